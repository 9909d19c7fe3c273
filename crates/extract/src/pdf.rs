//! PDF text layer, for the native CLI only (the page reads PDFs with pdf.js).
//!
//! The reading is done by the `pdf_oxide` crate; `docs/pdf-extraction.md`
//! says why it was chosen over the other pure-Rust readers and what it gets
//! wrong. This module only bounds it and turns its result into an
//! [`ExtractedText`]:
//!
//! - Positioned text spans come page by page from
//!   `PdfDocument::extract_spans`; [`crate::layout`] puts them in reading
//!   order (column by column on two-column CVs, dates kept beside their
//!   titles), the same code the page runs on pdf.js's text items. Pages are
//!   joined with a blank line. Nothing else is repaired here; normalisation
//!   is the core's job.
//! - Only the first `limits.max_pdf_pages` pages are read; a longer PDF keeps
//!   their text and gets a warning (partial, not unreadable).
//! - A PDF that needs a password is unreadable ("encrypted"). A PDF encrypted
//!   with an empty user password (owner restrictions only, which every viewer
//!   and pdf.js open without asking) is read, with a warning, so that the CLI
//!   and the page agree.
//! - A PDF whose pages carry no text at all is unreadable with the warning
//!   "no text layer (scanned?)"; single pages without text get the same
//!   phrase as a warning while the rest is read.
//! - Text a reader cannot see is kept and marked ([`ExtractedText::hidden`]):
//!   white or near-white text (the span's fill colour) unless it stands on a
//!   coloured filled shape or an image, text in render mode 3 or 7 (neither
//!   filled nor stroked; `pdf_oxide` does not report the mode, so
//!   [`invisible_runs`] reads it from the page's content stream), and text
//!   under 2 pt ([`layout::MIN_VISIBLE_SIZE`]). Text entirely outside the
//!   page is dropped by `pdf_oxide` itself. `docs/pdf-extraction.md` lists
//!   what is not detected.
//! - Hostile files: the reader runs on its own thread under
//!   [`std::panic::catch_unwind`], so a panic in it becomes "PDF could not be
//!   read". The thread also gets a time budget ([`TIME_BUDGET`]): fuzzed
//!   corpus PDFs (a corrupt embedded font's cmap) kept `pdf_oxide` busy for
//!   minutes, and no library call can be interrupted, so after the budget the
//!   file is reported unreadable and the thread is left to finish on its own
//!   (it ends with the process at the latest). Normal CVs take 5–80 ms in a
//!   release build.
//! - `pdf_oxide` parses nested arrays and dictionaries recursively with no
//!   depth limit, and a stack overflow aborts the whole process (it cannot be
//!   caught). [`too_deep`] therefore measures the nesting first, in the file
//!   and in every decoded non-image stream (content streams and object
//!   streams), and refuses files nested deeper than [`MAX_NESTING`]; the
//!   reader thread also gets a large stack. The check reads filters only when
//!   they are named in the stream's own dictionary, so it narrows the hole
//!   rather than closing it; only a separate process closes it.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::mpsc;
use std::time::Duration;

use pdf_oxide::PdfDocument;
use sikte::{ExtractedText, Note};

use crate::layout::{self, Item, Page};
use crate::Limits;

/// Longest time one PDF may take before it is given up as unreadable.
/// Generous on purpose: only pathological files come near it, so the outcome
/// does not depend on the machine's speed for any real CV.
const TIME_BUDGET: Duration = Duration::from_secs(30);

/// Stack for the reader thread: deeply nested PDF objects recurse in the
/// parser, and a stack overflow would abort the process, not unwind.
/// Only touched pages of it cost memory.
const READER_STACK_BYTES: usize = 256 * 1024 * 1024;

/// Deepest nesting of arrays and dictionaries accepted. Real PDFs stay under
/// about 20. `pdf_oxide` needs at most about 7 KiB of stack per level in a
/// debug build (less in release), so [`READER_STACK_BYTES`] holds 35 000+.
const MAX_NESTING: usize = 2000;

/// Read the text layer of one PDF. Never panics.
pub(crate) fn extract(bytes: &[u8], limits: &Limits) -> ExtractedText {
    let owned = bytes.to_vec();
    let limits_owned = limits.clone();
    let (tx, rx) = mpsc::channel();
    let spawned =
        std::thread::Builder::new().name("sikte-pdf".into()).stack_size(READER_STACK_BYTES).spawn(move || {
            // `read`, then the Europass XML the PDF may carry (europass.rs).
            let result = catch_unwind(AssertUnwindSafe(|| crate::europass::read_pdf(owned, &limits_owned, read)));
            // The receiver is gone only after a timeout; nothing to do then.
            let _ = tx.send(result.map_err(|payload| panic_reason(payload.as_ref())));
        });
    let result = match spawned {
        Ok(handle) => match rx.recv_timeout(TIME_BUDGET) {
            Ok(result) => {
                let _ = handle.join();
                result
            }
            Err(mpsc::RecvTimeoutError::Timeout) => {
                // The thread cannot be stopped; it is detached and ends by itself.
                return ExtractedText::unreadable(Note::new(
                    "warning.pdf_too_slow",
                    &[("seconds", TIME_BUDGET.as_secs().to_string())],
                ));
            }
            Err(mpsc::RecvTimeoutError::Disconnected) => Err("the PDF reader stopped unexpectedly".to_string()),
        },
        // Not on this thread instead: its stack may be too small for the nesting allowed.
        Err(e) => Err(format!("no thread for the PDF reader ({})", short(&e.to_string()))),
    };
    result.unwrap_or_else(unreadable)
}

/// The work itself; may panic inside `pdf_oxide`, the caller catches that.
fn read(bytes: Vec<u8>, limits: &Limits) -> ExtractedText {
    if too_deep(&bytes, MAX_NESTING) {
        return ExtractedText::unreadable(Note::new("warning.pdf_nested", &[("levels", MAX_NESTING.to_string())]));
    }
    let doc = match PdfDocument::from_bytes(bytes) {
        Ok(doc) => doc,
        Err(e) => return unreadable(short(&e.to_string())),
    };
    let mut warnings = Vec::new();
    if doc.is_encrypted() {
        // `is_authenticated` tries the empty user password.
        if !doc.is_authenticated() {
            return ExtractedText::unreadable(Note::new("warning.pdf_encrypted", &[]));
        }
        warnings.push(Note::new("warning.pdf_owner_encrypted", &[]));
    }
    let total = match doc.page_count() {
        Ok(n) => n,
        Err(e) => return unreadable(short(&e.to_string())),
    };
    if total == 0 {
        return unreadable("it has no pages".to_string());
    }
    let wanted = total.min(limits.max_pdf_pages);
    if total > wanted {
        warnings.push(Note::new("warning.pdf_pages", &[("total", total.to_string()), ("read", wanted.to_string())]));
    }

    let mut text = layout::Ordered::default();
    let mut pages_with_text = 0;
    let mut empty_pages = Vec::new();
    let mut first_error = None;
    for index in 0..wanted {
        let page = match doc.extract_spans(index) {
            Ok(spans) => page_text(&doc, index, &spans),
            Err(e) => {
                let reason = short(&e.to_string());
                warnings.push(Note::new(
                    "warning.pdf_page_unreadable",
                    &[("page", (index + 1).to_string()), ("why", reason.clone())],
                ));
                first_error.get_or_insert(reason);
                continue;
            }
        };
        if page.text.trim().is_empty() {
            empty_pages.push(index + 1);
            continue;
        }
        let at = if text.text.is_empty() { 0 } else { text.text.len() + 2 };
        if at > 0 {
            text.text.push_str("\n\n");
        }
        text.text.push_str(&page.text);
        text.hidden.extend(page.hidden.into_iter().map(|r| at + r.start..at + r.end));
        pages_with_text += 1;
        // The core cuts the text at this size anyway; later pages are not worth reading.
        if text.text.len() > limits.max_text_bytes {
            break;
        }
    }

    if pages_with_text == 0 {
        return match first_error {
            Some(reason) => unreadable(reason),
            None => {
                let mut out = ExtractedText::unreadable(Note::new("warning.no_text_layer", &[]));
                out.warnings.extend(warnings);
                out
            }
        };
    }
    if !empty_pages.is_empty() {
        let list: Vec<String> = empty_pages.iter().map(|p| p.to_string()).collect();
        warnings.push(Note::new("warning.pages_no_text", &[("pages", list.join(", "))]));
    }
    ExtractedText { text: text.text, warnings, readable: true, hidden: text.hidden }
}

/// A PDF that could not be read, with the (technical) reason.
fn unreadable(reason: String) -> ExtractedText {
    ExtractedText::unreadable(Note::new("warning.pdf_unreadable", &[("why", reason)]))
}

/// The text of one page's spans, in reading order, with what a reader
/// cannot see marked.
fn page_text(doc: &PdfDocument, index: usize, spans: &[pdf_oxide::layout::TextSpan]) -> layout::Ordered {
    let width = doc.get_page_media_box(index).map_or(595.0, |(x0, _, x1, _)| (x1 - x0).abs());
    let invisible = invisible_runs(doc, index);
    let mut backgrounds: Option<Vec<Box>> = None;
    let items = spans
        .iter()
        .map(|s| {
            let (x, y, w, h) = (s.bbox.x, s.bbox.y, s.bbox.width, s.bbox.height.max(s.font_size));
            let white = [s.color.r, s.color.g, s.color.b].iter().all(|&c| c * 255.0 >= f32::from(NEAR_WHITE));
            let hidden = starts_invisible(&invisible, x, y)
                || (white && {
                    // white on a coloured shape or an image is visible
                    let (cx, cy) = (x + w / 2.0, y + h / 3.0);
                    !backgrounds.get_or_insert_with(|| coloured_areas(doc, index)).iter().any(|b| b.contains(cx, cy))
                });
            Item { s: s.text.clone(), x, y: s.bbox.y, w, h: s.font_size, hidden }
        })
        .collect();
    layout::order_marked(&[Page { width, items }])
}

/// A colour at least this light in each of red, green and blue (0–255) is
/// near-white (the same bound as for DOCX).
const NEAR_WHITE: u8 = crate::docx::NEAR_WHITE;

/// An axis-aligned box in user space.
struct Box {
    x0: f32,
    y0: f32,
    x1: f32,
    y1: f32,
}

impl Box {
    fn contains(&self, x: f32, y: f32) -> bool {
        self.x0 <= x && x <= self.x1 && self.y0 <= y && y <= self.y1
    }
}

/// The areas of a page that are not white: shapes filled in a colour that
/// is not near-white, and images. Only asked for when a page has white text.
fn coloured_areas(doc: &PdfDocument, index: usize) -> Vec<Box> {
    let rect = |r: &pdf_oxide::geometry::Rect| Box { x0: r.x, y0: r.y, x1: r.x + r.width, y1: r.y + r.height };
    let mut out: Vec<Box> = doc
        .extract_paths(index)
        .unwrap_or_default()
        .iter()
        .filter(|p| p.fill_color.is_some_and(|c| [c.r, c.g, c.b].iter().any(|&v| v * 255.0 < f32::from(NEAR_WHITE))))
        .map(|p| rect(&p.bbox))
        .collect();
    out.extend(doc.extract_images(index).unwrap_or_default().iter().filter_map(|i| i.bbox().map(rect)));
    out
}

/// Where text starts on a page, and whether it is drawn in an invisible
/// render mode (3: neither filled nor stroked; 7: clip only): one entry
/// `(x, y, invisible)` in user space for every text-showing operator that
/// starts at a newly set text position. Empty when the page never sets a
/// render mode.
///
/// `pdf_oxide` reports no render mode, so the page's content stream is read
/// again here: the current transformation matrix (`cm`, `q`/`Q`), the text
/// matrix (`BT`, `Tm`, `Td`, `TD`, `T*`, `'`, `"`) and `Tr`. Text continued
/// without a new position after a mode change, and text inside form
/// XObjects, is not located.
fn invisible_runs(doc: &PdfDocument, index: usize) -> Vec<(f32, f32, bool)> {
    use pdf_oxide::content::Operator as Op;
    type M = [f32; 6];
    fn mul(a: M, b: M) -> M {
        [
            a[0] * b[0] + a[1] * b[2],
            a[0] * b[1] + a[1] * b[3],
            a[2] * b[0] + a[3] * b[2],
            a[2] * b[1] + a[3] * b[3],
            a[4] * b[0] + a[5] * b[2] + b[4],
            a[4] * b[1] + a[5] * b[3] + b[5],
        ]
    }
    const I: M = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];
    let Ok(data) = doc.get_page_content_data(index) else { return Vec::new() };
    if !data.windows(2).any(|w| w == b"Tr") {
        return Vec::new();
    }
    let Ok(ops) = pdf_oxide::content::parse_content_stream(&data) else { return Vec::new() };
    let (mut ctm, mut tm, mut tlm, mut mode, mut leading) = (I, I, I, 0u8, 0.0f32);
    let mut saved: Vec<(M, u8, f32)> = Vec::new();
    let mut fresh = false;
    let mut out = Vec::new();
    let mut any_invisible = false;
    for op in &ops {
        let mut next_line = false;
        let mut show = false;
        match op {
            Op::SaveState => saved.push((ctm, mode, leading)),
            Op::RestoreState => {
                if let Some((c, m, l)) = saved.pop() {
                    (ctm, mode, leading) = (c, m, l);
                }
            }
            Op::Cm { a, b, c, d, e, f } => ctm = mul([*a, *b, *c, *d, *e, *f], ctm),
            Op::BeginText => (tm, tlm, fresh) = (I, I, true),
            Op::Tm { a, b, c, d, e, f } => {
                tlm = [*a, *b, *c, *d, *e, *f];
                (tm, fresh) = (tlm, true);
            }
            Op::Td { tx, ty } | Op::TD { tx, ty } => {
                if matches!(op, Op::TD { .. }) {
                    leading = -ty;
                }
                tlm = mul([1.0, 0.0, 0.0, 1.0, *tx, *ty], tlm);
                (tm, fresh) = (tlm, true);
            }
            Op::TL { leading: l } => leading = *l,
            Op::TStar => next_line = true,
            Op::Tr { render } => mode = *render,
            Op::Tj { .. } | Op::TJ { .. } => show = true,
            Op::Quote { .. } | Op::DoubleQuote { .. } => (next_line, show) = (true, true),
            _ => {}
        }
        if next_line {
            tlm = mul([1.0, 0.0, 0.0, 1.0, 0.0, -leading], tlm);
            (tm, fresh) = (tlm, true);
        }
        if show {
            if fresh {
                let m = mul(tm, ctm);
                let invisible = matches!(mode, 3 | 7);
                any_invisible |= invisible;
                out.push((m[4], m[5], invisible));
            }
            fresh = false;
        }
    }
    if !any_invisible {
        out.clear();
    }
    out
}

/// Whether a span starting at `(x, y)` was drawn invisibly: the nearest
/// text start at or before it on its baseline is an invisible one (a span
/// that `pdf_oxide` split off the same run starts further right).
fn starts_invisible(runs: &[(f32, f32, bool)], x: f32, y: f32) -> bool {
    const TOLERANCE: f32 = 1.0;
    runs.iter()
        .filter(|(rx, ry, _)| (ry - y).abs() <= TOLERANCE && *rx <= x + TOLERANCE)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .is_some_and(|r| r.2)
}

/// Whether arrays (`[`) and dictionaries (`<<`) nest deeper than `limit`
/// anywhere `pdf_oxide` may parse them recursively: in the file's own
/// objects, and in the data of every stream (content streams and object
/// streams hold objects too).
///
/// A small tokenizer, not a parser. It skips comments, literal strings (with
/// nested parentheses and escapes; it resynchronises at `obj` and `endobj`
/// so that a stray `(` cannot hide what follows) and hex strings (hex digits only),
/// counts brackets, and restarts the count at each `obj`/`endobj`, since each
/// object is parsed on its own. At each `stream` keyword it reads the
/// `/Filter` names from the stream's dictionary (the bytes since the last
/// `obj`), decodes the data with `pdf_oxide`'s own decoders (no ratio limit,
/// the same 256 MiB cap as its inflater) and scans the result, one level
/// deep. Image data is scanned as stored (compressed, so without long runs of
/// brackets); data that cannot be decoded is scanned as it is.
fn too_deep(bytes: &[u8], limit: usize) -> bool {
    scan_nesting(bytes, limit, true)
}

fn scan_nesting(bytes: &[u8], limit: usize, follow_streams: bool) -> bool {
    let is_delimiter = |b: u8| b.is_ascii_whitespace() || b"()<>[]{}/%".contains(&b);
    // A keyword at `i`: delimiters (or the ends of the data) on both sides.
    let keyword_at = |i: usize, word: &[u8]| {
        bytes[i..].starts_with(word)
            && (i == 0 || is_delimiter(bytes[i - 1]))
            && bytes.get(i + word.len()).is_none_or(|&b| is_delimiter(b))
    };
    let mut depth = 0usize;
    let mut object_start = 0;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                while i < bytes.len() && bytes[i] != b'\n' && bytes[i] != b'\r' {
                    i += 1;
                }
            }
            b'(' => {
                let mut level = 0usize;
                while i < bytes.len() && !(level > 0 && (keyword_at(i, b"obj") || keyword_at(i, b"endobj"))) {
                    match bytes[i] {
                        b'\\' => i += 1,
                        b'(' => level += 1,
                        b')' => level -= 1,
                        _ => {}
                    }
                    i += 1;
                    if level == 0 {
                        break;
                    }
                }
                continue;
            }
            b'<' if bytes.get(i + 1) == Some(&b'<') => {
                depth += 1;
                i += 1;
            }
            b'<' => {
                i += 1;
                while i < bytes.len() && (bytes[i].is_ascii_hexdigit() || bytes[i].is_ascii_whitespace()) {
                    i += 1;
                }
                continue;
            }
            b'>' if bytes.get(i + 1) == Some(&b'>') => {
                depth = depth.saturating_sub(1);
                i += 1;
            }
            b'[' => depth += 1,
            b']' => depth = depth.saturating_sub(1),
            b'o' | b'e' if follow_streams && (keyword_at(i, b"obj") || keyword_at(i, b"endobj")) => {
                depth = 0;
                object_start = i;
            }
            b's' if follow_streams && keyword_at(i, b"stream") => {
                let mut start = i + b"stream".len();
                if bytes.get(start) == Some(&b'\r') {
                    start += 1;
                }
                if bytes.get(start) == Some(&b'\n') {
                    start += 1;
                }
                let end = find(&bytes[start..], b"endstream").map_or(bytes.len(), |n| start + n);
                if stream_too_deep(&bytes[object_start..i], &bytes[start..end], limit) {
                    return true;
                }
                i = end + b"endstream".len();
                object_start = i;
                depth = 0;
                continue;
            }
            _ => {}
        }
        if depth > limit {
            return true;
        }
        i += 1;
    }
    false
}

/// Decode one stream's data as its dictionary says, then scan it.
fn stream_too_deep(dict: &[u8], data: &[u8], limit: usize) -> bool {
    const IMAGE_FILTERS: [&str; 7] = ["DCTDecode", "DCT", "JPXDecode", "CCITTFaxDecode", "CCF", "JBIG2Decode", "Crypt"];
    let image = find(dict, b"/Image").is_some();
    // A filter given by reference is most likely FlateDecode; try that.
    let filters = stream_filters(dict).unwrap_or_else(|| vec!["FlateDecode".to_string()]);
    if filters.is_empty() {
        // Raw pixels may hold long runs of any byte; anything else is syntax.
        return !image && scan_nesting(data, limit, false);
    }
    if image || filters.iter().any(|f| IMAGE_FILTERS.contains(&f.as_str())) {
        return scan_nesting(data, limit, false);
    }
    let options = pdf_oxide::parser_config::ParserOptions {
        max_decompression_ratio: 0,
        max_decompressed_size: 256 * 1024 * 1024,
        ..Default::default()
    };
    match pdf_oxide::decoders::decode_stream_with_options(data, &filters, None, Some(&options)) {
        Ok(decoded) => scan_nesting(&decoded, limit, false),
        Err(_) => scan_nesting(data, limit, false),
    }
}

/// The `/Filter` names of a stream dictionary: empty when there is no
/// filter, `None` when it is not given as a name or an array of names.
fn stream_filters(dict: &[u8]) -> Option<Vec<String>> {
    let Some(at) = find(dict, b"/Filter") else {
        return Some(Vec::new());
    };
    let rest = &dict[at + b"/Filter".len()..];
    let rest = &rest[rest.iter().position(|b| !b.is_ascii_whitespace())?..];
    let names = match rest.first()? {
        b'/' => {
            let len = rest[1..].iter().position(|b| b.is_ascii_whitespace() || b"/[]<>()".contains(b));
            &rest[..len.map_or(rest.len(), |n| n + 1)]
        }
        b'[' => &rest[1..rest.iter().position(|&b| b == b']')?],
        _ => return None,
    };
    let names: Vec<String> = names
        .split(|&b| b == b'/' || b.is_ascii_whitespace())
        .filter(|n| !n.is_empty())
        .map(|n| String::from_utf8_lossy(n).into_owned())
        .collect();
    Some(names)
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// The message of a caught panic, shortened.
fn panic_reason(payload: &(dyn std::any::Any + Send)) -> String {
    let message = payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_default();
    if message.is_empty() {
        "the PDF reader failed".to_string()
    } else {
        format!("the PDF reader failed ({})", short(&message))
    }
}

/// One line, at most 120 chars, for a warning.
fn short(message: &str) -> String {
    let line = message.lines().next().unwrap_or("").trim();
    let mut out: String = line.chars().take(120).collect();
    if line.chars().count() > 120 {
        out.push('…');
    }
    if out.is_empty() {
        out.push_str("unknown error");
    }
    out
}

#[cfg(test)]
mod tests {
    //! Every PDF here is written out in the test: objects by hand, the xref
    //! offsets counted by [`pdf`].

    use super::*;

    /// A PDF from numbered object bodies (object 1 is the catalog), with a
    /// correct xref table; `trailer_extra` goes into the trailer dictionary.
    fn pdf(objects: &[String], trailer_extra: &str) -> Vec<u8> {
        let objects: Vec<Vec<u8>> = objects.iter().map(|o| o.as_bytes().to_vec()).collect();
        pdf_bytes(&objects, trailer_extra)
    }

    fn pdf_bytes(objects: &[Vec<u8>], trailer_extra: &str) -> Vec<u8> {
        let mut out = b"%PDF-1.4\n%\xE2\xE3\xCF\xD3\n".to_vec();
        let mut offsets = Vec::new();
        for (i, body) in objects.iter().enumerate() {
            offsets.push(out.len());
            out.extend_from_slice(format!("{} 0 obj\n", i + 1).as_bytes());
            out.extend_from_slice(body);
            out.extend_from_slice(b"\nendobj\n");
        }
        let xref = out.len();
        out.extend_from_slice(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes());
        for offset in offsets {
            out.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
        }
        out.extend_from_slice(
            format!(
                "trailer\n<< /Size {} /Root 1 0 R {trailer_extra} >>\nstartxref\n{xref}\n%%EOF\n",
                objects.len() + 1
            )
            .as_bytes(),
        );
        out
    }

    /// A stream object with binary data.
    fn stream_bytes(dict: &str, data: &[u8]) -> Vec<u8> {
        let mut out = format!("<< /Length {} {dict} >>\nstream\n", data.len()).into_bytes();
        out.extend_from_slice(data);
        out.extend_from_slice(b"\nendstream");
        out
    }

    fn stream(dict: &str, content: &str) -> String {
        format!("<< /Length {} {dict} >>\nstream\n{content}\nendstream", content.len())
    }

    /// One page per content stream, A4, Helvetica with WinAnsiEncoding as /F1.
    fn text_pdf(pages: &[&str], trailer_extra: &str) -> Vec<u8> {
        let n = pages.len();
        // 1 catalog, 2 pages, 3 font, then page i at 4 + 2i and its content at 5 + 2i.
        let kids: Vec<String> = (0..n).map(|i| format!("{} 0 R", 4 + 2 * i)).collect();
        let mut objects = vec![
            "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
            format!("<< /Type /Pages /Kids [{}] /Count {n} >>", kids.join(" ")),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>".to_string(),
        ];
        for (i, content) in pages.iter().enumerate() {
            objects.push(format!(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents {} 0 R >>",
                5 + 2 * i
            ));
            objects.push(stream("", content));
        }
        pdf(&objects, trailer_extra)
    }

    /// A page showing `lines` one under another at the left margin.
    fn lines(lines: &[&str]) -> String {
        let mut s = String::from("BT /F1 12 Tf 14 TL 72 760 Td\n");
        for line in lines {
            s.push_str(&format!("({line}) Tj T*\n"));
        }
        s.push_str("ET");
        s
    }

    /// A page that only paints a 2×2 grey image: what a scanner makes.
    fn image_page_objects() -> Vec<String> {
        vec![
            "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_string(),
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>"
                .to_string(),
            stream("", "q 595 0 0 842 0 0 cm /Im1 Do Q"),
            stream("/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8", "\u{7f}\u{7f}\u{7f}\u{7f}"),
        ]
    }

    fn run(bytes: &[u8]) -> ExtractedText {
        extract(bytes, &Limits::default())
    }

    #[test]
    fn reads_winansi_helvetica_with_norwegian_letters() {
        let bytes = text_pdf(&[&lines(&["F\\370rerkort klasse B"])], "");
        let out = run(&bytes);
        assert!(out.readable, "{out:?}");
        assert!(out.text.contains("Førerkort klasse B"), "{:?}", out.text);
        assert!(out.warnings.is_empty(), "{:?}", out.warnings);
    }

    #[test]
    fn reads_other_nordic_letters_and_keeps_line_breaks() {
        let page = lines(&[
            "Sertifikater",
            "B-k\\366rkort, k\\370rekort til bil",
            "\\306RLIG \\330KONOMI \\305R",
            "l\\344rare p\\345 sk\\345ne",
        ]);
        let out = run(&text_pdf(&[&page], ""));
        assert!(out.readable, "{out:?}");
        let got: Vec<&str> = out.text.lines().filter(|l| !l.trim().is_empty()).map(str::trim).collect();
        assert_eq!(
            got,
            ["Sertifikater", "B-körkort, kørekort til bil", "ÆRLIG ØKONOMI ÅR", "lärare på skåne"],
            "{:?}",
            out.text
        );
    }

    #[test]
    fn spaces_between_words_drawn_apart() {
        // Two words drawn as separate strings with a gap, no space character.
        let page = "BT /F1 12 Tf 72 760 Td (Truckf\\370rerbevis) Tj 120 0 Td (T1) Tj ET";
        let out = run(&text_pdf(&[page], ""));
        assert!(out.readable, "{out:?}");
        assert!(out.text.contains("Truckførerbevis T1"), "{:?}", out.text);
    }

    #[test]
    fn pages_in_order_with_a_blank_line_between() {
        let out = run(&text_pdf(&[&lines(&["Side en"]), &lines(&["Side to"]), &lines(&["Side tre"])], ""));
        assert!(out.readable, "{out:?}");
        assert_eq!(out.text, "Side en\n\nSide to\n\nSide tre", "{:?}", out.text);
    }

    #[test]
    fn two_columns_on_one_line_grid_keep_each_column_line_whole() {
        // A sidebar at x = 40 and a main column at x = 220 on the same line
        // grid, drawn row by row (left, right, left, right, ...). pdf_oxide
        // does not split these columns: it joins the two lines of a row with
        // a space (docs/pdf-extraction.md). What must hold: no line of either
        // column is broken or reordered, so a quote from one line stays whole.
        let left = [
            "KONTAKT",
            "Storgata 1",
            "0150 Oslo",
            "",
            "SPR\\305K",
            "Norsk",
            "Engelsk",
            "",
            "SERTIFIKATER",
            "F\\370rerkort klasse B",
        ];
        let right = [
            "ARBEIDSERFARING",
            "2019 - 2024 Lagermedarbeider, Eksempel AS",
            "Plukk og pakk, varemottak og truckkj\\370ring.",
            "",
            "2016 - 2019 Butikkmedarbeider, Butikken AS",
            "Kasse, varep\\345fylling og kundeservice.",
            "",
            "UTDANNING",
            "2013 - 2016 Videreg\\345ende skole, studiespesialisering",
            "",
        ];
        let mut content = String::from("BT /F1 10 Tf\n");
        for (row, (l, r)) in left.iter().zip(right.iter()).enumerate() {
            let y = 780 - 14 * row;
            if !l.is_empty() {
                content.push_str(&format!("1 0 0 1 40 {y} Tm ({l}) Tj\n"));
            }
            if !r.is_empty() {
                content.push_str(&format!("1 0 0 1 220 {y} Tm ({r}) Tj\n"));
            }
        }
        content.push_str("ET");
        let out = run(&text_pdf(&[&content], ""));
        assert!(out.readable, "{out:?}");
        let expect = |column: &[&str]| {
            let mut from = 0;
            for line in column.iter().filter(|l| !l.is_empty()) {
                let line = line.replace("\\305", "Å").replace("\\345", "å").replace("\\370", "ø");
                let at = out.text[from..]
                    .find(&line)
                    .unwrap_or_else(|| panic!("{line:?} missing or out of order in {:?}", out.text));
                from += at + line.len();
            }
        };
        expect(&left);
        expect(&right);
    }

    #[test]
    fn reads_only_the_first_max_pages_and_warns() {
        let bytes = text_pdf(&[&lines(&["Side en"]), &lines(&["Side to"]), &lines(&["Side tre"])], "");
        let limits = Limits { max_pdf_pages: 2, ..Limits::default() };
        let out = extract(&bytes, &limits);
        assert!(out.readable, "{out:?}");
        assert!(out.text.contains("Side en") && out.text.contains("Side to"), "{:?}", out.text);
        assert!(!out.text.contains("Side tre"), "{:?}", out.text);
        assert!(
            out.warnings.iter().any(|w| w.to_string().contains("3 pages") && w.to_string().contains("first 2")),
            "{:?}",
            out.warnings
        );
    }

    #[test]
    fn image_only_pdf_has_no_text_layer() {
        let out = run(&pdf(&image_page_objects(), ""));
        assert!(!out.readable, "{out:?}");
        assert!(out.text.is_empty());
        assert!(out.warnings.iter().any(|w| w.to_string().contains("no text layer (scanned?)")), "{:?}", out.warnings);
    }

    #[test]
    fn page_without_content_has_no_text_layer() {
        let objects = vec![
            "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_string(),
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>".to_string(),
        ];
        let out = run(&pdf(&objects, ""));
        assert!(!out.readable, "{out:?}");
        assert!(out.warnings.iter().any(|w| w.to_string().contains("no text layer (scanned?)")), "{:?}", out.warnings);
    }

    #[test]
    fn a_scanned_page_among_text_pages_is_named() {
        let out = run(&text_pdf(&[&lines(&["Side en"]), "q Q", &lines(&["Side tre"])], ""));
        assert!(out.readable, "{out:?}");
        assert_eq!(out.text, "Side en\n\nSide tre");
        assert!(
            out.warnings
                .iter()
                .any(|w| w.to_string().contains("page(s) 2:") && w.to_string().contains("no text layer (scanned?)")),
            "{:?}",
            out.warnings
        );
    }

    fn hex(s: &str) -> Vec<u8> {
        (0..s.len()).step_by(2).map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap()).collect()
    }

    const FILE_ID: &str = "/ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>]";

    /// Standard security handler, RC4 40-bit (V 1, R 2), permissions -44.
    fn encrypt_dict(o: &str, u: &str) -> String {
        format!("<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <{o}> /U <{u}> >>")
    }

    #[test]
    fn password_protected_pdf_is_unreadable_and_says_encrypted() {
        // /U matches no password we know, so the empty user password fails.
        let enc = encrypt_dict(&"6b".repeat(32), &"a5".repeat(32));
        let bytes = page_with("null", "", b"garbled", &[&enc], &format!("/Encrypt 6 0 R {FILE_ID}"));
        let out = run(&bytes);
        assert!(!out.readable, "{out:?}");
        assert!(out.warnings.iter().any(|w| w.to_string().contains("encrypted")), "{:?}", out.warnings);
    }

    #[test]
    fn owner_restricted_pdf_is_read_with_a_warning() {
        // Empty user password, owner password "eier". O, U and the RC4-encrypted
        // content stream "BT /F1 12 Tf 72 760 Td (F\370rerkort klasse B) Tj ET"
        // (object 4) were computed with the algorithms 2, 3 and 4 of the PDF
        // specification (MD5 and RC4 from Python's standard library).
        let enc = encrypt_dict(
            "4474594f1835edc55a49da6dcab5ad21018ed483173c0af2244a9ab7b2390ebb",
            "69e3c96a12e05d95a41a236d2c720ee08765c5f7a8a43d688bb7441141bdc3f4",
        );
        let content = hex(
            "9898c0f520e8cf7233ae168255e38f89f7d4422255e61f3c75352d33e3f0436ca514f751188c0e666d53411fbc34b6471b5728b1",
        );
        let bytes = page_with("null", "", &content, &[&enc], &format!("/Encrypt 6 0 R {FILE_ID}"));
        let out = run(&bytes);
        assert!(out.readable, "{out:?}");
        assert!(out.text.contains("Førerkort klasse B"), "{:?}", out.text);
        assert!(out.warnings.iter().any(|w| w.to_string().contains("encrypted")), "{:?}", out.warnings);
    }

    #[test]
    fn truncated_pdf_does_not_panic() {
        let full = text_pdf(&[&lines(&["F\\370rerkort klasse B"]), &lines(&["Side to"])], "");
        for cut in [9, 20, full.len() / 3, full.len() / 2, full.len() - 30, full.len() - 1] {
            let out = run(&full[..cut]);
            if out.readable {
                assert!(!out.text.trim().is_empty(), "cut {cut}: {out:?}");
            } else {
                assert!(!out.warnings.is_empty(), "cut {cut}: {out:?}");
            }
        }
    }

    #[test]
    fn garbage_after_the_header_is_unreadable() {
        let mut bytes = b"%PDF-1.7\n".to_vec();
        let mut x: u32 = 0x2545_4446;
        for _ in 0..4096 {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            bytes.push(x as u8);
        }
        let out = run(&bytes);
        assert!(!out.readable, "{out:?}");
        assert!(out.warnings.iter().any(|w| w.to_string().starts_with("PDF could not be read")), "{:?}", out.warnings);
        assert!(!run(b"%PDF-").readable);
        assert!(!run(b"%PDF-1.4\n%%EOF\n").readable);
    }

    /// A one-page PDF whose page dictionary carries `junk`, whose content
    /// stream (object 4) is `content` and whose font is object 5; `extra`
    /// objects follow as 6, 7, ...
    fn page_with(junk: &str, content_dict: &str, content: &[u8], extra: &[&str], trailer_extra: &str) -> Vec<u8> {
        let mut objects = vec![
            b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
            format!(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R /Junk {junk} >>"
            )
            .into_bytes(),
            stream_bytes(content_dict, content),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>".to_vec(),
        ];
        objects.extend(extra.iter().map(|o| o.as_bytes().to_vec()));
        pdf_bytes(&objects, trailer_extra)
    }

    /// `data` as a zlib stream made of stored (uncompressed) deflate blocks.
    fn zlib_stored(data: &[u8]) -> Vec<u8> {
        let mut out = vec![0x78, 0x01];
        let chunks: Vec<&[u8]> = data.chunks(65_535).collect();
        for (i, chunk) in chunks.iter().enumerate() {
            out.push(u8::from(i + 1 == chunks.len()));
            let len = chunk.len() as u16;
            out.extend_from_slice(&len.to_le_bytes());
            out.extend_from_slice(&(!len).to_le_bytes());
            out.extend_from_slice(chunk);
        }
        let (mut a, mut b) = (1u32, 0u32);
        for &byte in data {
            a = (a + u32::from(byte)) % 65_521;
            b = (b + a) % 65_521;
        }
        out.extend_from_slice(&((b << 16) | a).to_be_bytes());
        out
    }

    fn nested(depth: usize) -> String {
        format!("{}{}", "[".repeat(depth), "]".repeat(depth))
    }

    fn assert_refused_as_too_deep(out: &ExtractedText) {
        assert!(!out.readable, "{out:?}");
        assert!(out.warnings.iter().any(|w| w.to_string().contains("nested")), "{:?}", out.warnings);
    }

    // Each of these aborted the whole test process with a stack overflow
    // inside pdf_oxide before the nesting check.
    #[test]
    fn deep_nesting_in_an_object_is_refused_not_a_crash() {
        let content = lines(&["Dypt nede"]);
        assert_refused_as_too_deep(&run(&page_with(&nested(200_000), "", content.as_bytes(), &[], "")));
        let dicts = format!("{}null{}", "<< /A ".repeat(100_000), " >>".repeat(100_000));
        assert_refused_as_too_deep(&run(&page_with(&dicts, "", content.as_bytes(), &[], "")));
    }

    #[test]
    fn deep_nesting_in_a_content_stream_is_refused_not_a_crash() {
        let content = format!("BT /F1 12 Tf 72 760 Td {} TJ (Hei) Tj ET", nested(200_000));
        assert_refused_as_too_deep(&run(&page_with("null", "", content.as_bytes(), &[], "")));
        let packed = zlib_stored(content.as_bytes());
        assert_refused_as_too_deep(&run(&page_with("null", "/Filter /FlateDecode", &packed, &[], "")));
        assert_refused_as_too_deep(&run(&page_with("null", "/Filter [/FlateDecode]", &packed, &[], "")));
    }

    #[test]
    fn nesting_just_under_the_limit_is_read() {
        let content = lines(&["Dypt nede"]);
        let out = run(&page_with(&nested(MAX_NESTING - 10), "", content.as_bytes(), &[], ""));
        assert!(out.readable, "{out:?}");
        assert!(out.text.contains("Dypt nede"), "{:?}", out.text);
        let content = format!("BT /F1 12 Tf 72 760 Td {} TJ (Hei) Tj ET", nested(MAX_NESTING - 10));
        let out = run(&page_with("null", "/Filter /FlateDecode", &zlib_stored(content.as_bytes()), &[], ""));
        assert!(out.readable || !out.warnings.is_empty(), "{out:?}");
    }

    #[test]
    fn nesting_scan_skips_strings_comments_and_images() {
        let brackets = "[".repeat(MAX_NESTING + 5);
        let doc = format!("1 0 obj\n<< /A ({brackets}) /B <00ff> >>\nendobj\n% {brackets}\n");
        assert!(!too_deep(doc.as_bytes(), MAX_NESTING));
        let image = format!("2 0 obj\n<< /Subtype /Image /Length 9 >>\nstream\n{brackets}\nendstream\nendobj\n");
        assert!(!too_deep(image.as_bytes(), MAX_NESTING));
        // A stray parenthesis outside any object does not hide what follows it.
        let hidden = format!("junk ( 1 0 obj\n<< /A {} >>\nendobj\n", nested(MAX_NESTING + 5));
        assert!(too_deep(hidden.as_bytes(), MAX_NESTING));
        assert_eq!(stream_filters(b"<< /Length 5 /Filter /FlateDecode >>"), Some(vec!["FlateDecode".to_string()]));
        assert_eq!(stream_filters(b"<< /Filter [/A85 /Fl] >>"), Some(vec!["A85".to_string(), "Fl".to_string()]));
        assert_eq!(stream_filters(b"<< /Filter 7 0 R >>"), None);
        assert_eq!(stream_filters(b"<< /Length 5 >>"), Some(vec![]));
    }

    #[test]
    fn through_the_crate_entry_point() {
        let bytes = text_pdf(&[&lines(&["F\\370rerkort klasse B"])], "");
        let out = crate::extract("cv.pdf", &bytes, &Limits::default());
        assert!(out.readable, "{out:?}");
        assert!(out.text.contains("Førerkort klasse B"));
        // Sniffed as PDF even when named otherwise.
        let out = crate::extract("cv.txt", &bytes, &Limits::default());
        assert!(out.text.contains("Førerkort klasse B"), "{out:?}");
    }
}
