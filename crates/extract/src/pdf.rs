//! PDF text layer, for the native CLI only (the page reads PDFs with pdf.js).
//!
//! The reading is done by the `pdf_oxide` crate; `docs/pdf-extraction.md`
//! says why it was chosen over the other pure-Rust readers and what it gets
//! wrong. This module only bounds it and turns its result into an
//! [`ExtractedText`]:
//!
//! - Text comes page by page from `PdfDocument::extract_text`, which orders
//!   the page's text by position (column by column on two-column CVs where it
//!   can tell the columns apart), keeps one line per printed line and puts
//!   spaces between words. Pages are joined with a blank line. Nothing else is
//!   repaired here; normalisation is the core's job.
//! - Only the first `limits.max_pdf_pages` pages are read; a longer PDF keeps
//!   their text and gets a warning (partial, not unreadable).
//! - A PDF that needs a password is unreadable ("encrypted"). A PDF encrypted
//!   with an empty user password (owner restrictions only, which every viewer
//!   and pdf.js open without asking) is read, with a warning, so that the CLI
//!   and the page agree.
//! - A PDF whose pages carry no text at all is unreadable with the warning
//!   "no text layer (scanned?)"; single pages without text get the same
//!   phrase as a warning while the rest is read.
//! - Hostile files: the reader runs on its own thread under
//!   [`std::panic::catch_unwind`], so a panic in it becomes "PDF could not be
//!   read". The thread also gets a time budget ([`TIME_BUDGET`]): fuzzed
//!   corpus PDFs (a corrupt embedded font's cmap) kept `pdf_oxide` busy for
//!   minutes, and no library call can be interrupted, so after the budget the
//!   file is reported unreadable and the thread is left to finish on its own
//!   (it ends with the process at the latest). Normal CVs take 5–80 ms in a
//!   release build.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::mpsc;
use std::time::Duration;

use pdf_oxide::PdfDocument;
use sikte::ExtractedText;

use crate::Limits;

/// Longest time one PDF may take before it is given up as unreadable.
/// Generous on purpose: only pathological files come near it, so the outcome
/// does not depend on the machine's speed for any real CV.
const TIME_BUDGET: Duration = Duration::from_secs(30);

/// Stack for the reader thread: deeply nested PDF objects recurse in the
/// parser, and a stack overflow would abort the process, not unwind.
const READER_STACK_BYTES: usize = 64 * 1024 * 1024;

/// The phrase the core and the tests look for on image-only PDFs.
const NO_TEXT_LAYER: &str = "no text layer (scanned?)";

/// Read the text layer of one PDF. Never panics.
pub(crate) fn extract(bytes: &[u8], limits: &Limits) -> ExtractedText {
    let owned = bytes.to_vec();
    let limits_owned = limits.clone();
    let (tx, rx) = mpsc::channel();
    let spawned = std::thread::Builder::new()
        .name("sikte-pdf".into())
        .stack_size(READER_STACK_BYTES)
        .spawn(move || {
            let result = catch_unwind(AssertUnwindSafe(|| read(owned, &limits_owned)));
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
                return ExtractedText::unreadable(format!(
                    "PDF could not be read: gave up after {} s (the file is too slow to read, possibly malformed)",
                    TIME_BUDGET.as_secs()
                ));
            }
            Err(mpsc::RecvTimeoutError::Disconnected) => Err("the PDF reader stopped unexpectedly".to_string()),
        },
        // No thread to be had: read here, still catching panics.
        Err(_) => catch_unwind(AssertUnwindSafe(|| read(bytes.to_vec(), limits)))
            .map_err(|payload| panic_reason(payload.as_ref())),
    };
    result.unwrap_or_else(|reason| ExtractedText::unreadable(format!("PDF could not be read: {reason}")))
}

/// The work itself; may panic inside `pdf_oxide`, the caller catches that.
fn read(bytes: Vec<u8>, limits: &Limits) -> ExtractedText {
    let doc = match PdfDocument::from_bytes(bytes) {
        Ok(doc) => doc,
        Err(e) => return ExtractedText::unreadable(format!("PDF could not be read: {}", short(&e.to_string()))),
    };
    let mut warnings = Vec::new();
    if doc.is_encrypted() {
        // `is_authenticated` tries the empty user password.
        if !doc.is_authenticated() {
            return ExtractedText::unreadable("PDF is encrypted with a password; not read");
        }
        warnings.push("PDF is encrypted without a user password (owner restrictions only); read anyway".to_string());
    }
    let total = match doc.page_count() {
        Ok(n) => n,
        Err(e) => return ExtractedText::unreadable(format!("PDF could not be read: {}", short(&e.to_string()))),
    };
    if total == 0 {
        return ExtractedText::unreadable("PDF could not be read: it has no pages");
    }
    let wanted = total.min(limits.max_pdf_pages);
    if total > wanted {
        warnings.push(format!(
            "PDF has {total} pages; only the first {wanted} were read, the rest was not screened"
        ));
    }

    let mut text = String::new();
    let mut pages_with_text = 0;
    let mut empty_pages = Vec::new();
    let mut first_error = None;
    for index in 0..wanted {
        let page = match doc.extract_text(index) {
            Ok(page) => page,
            Err(e) => {
                let reason = short(&e.to_string());
                warnings.push(format!("PDF page {} could not be read: {reason}", index + 1));
                first_error.get_or_insert(reason);
                continue;
            }
        };
        let page = page.trim_end();
        if page.trim().is_empty() {
            empty_pages.push(index + 1);
            continue;
        }
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        text.push_str(page);
        pages_with_text += 1;
        // The core cuts the text at this size anyway; later pages are not worth reading.
        if text.len() > limits.max_text_bytes {
            break;
        }
    }

    if pages_with_text == 0 {
        return match first_error {
            Some(reason) => ExtractedText::unreadable(format!("PDF could not be read: {reason}")),
            None => {
                let mut out = ExtractedText::unreadable(format!(
                    "PDF has {NO_TEXT_LAYER}: its pages hold no text, perhaps only images; a person must read it"
                ));
                out.warnings.extend(warnings);
                out
            }
        };
    }
    if !empty_pages.is_empty() {
        let list: Vec<String> = empty_pages.iter().map(|p| p.to_string()).collect();
        let which = if empty_pages.len() == 1 { "page" } else { "pages" };
        warnings.push(format!(
            "PDF {which} {} {} {NO_TEXT_LAYER}; what is printed there was not screened",
            list.join(", "),
            if empty_pages.len() == 1 { "has" } else { "have" }
        ));
    }
    ExtractedText { text, warnings, readable: true }
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
        let mut out = b"%PDF-1.4\n%\xE2\xE3\xCF\xD3\n".to_vec();
        let mut offsets = Vec::new();
        for (i, body) in objects.iter().enumerate() {
            offsets.push(out.len());
            out.extend_from_slice(format!("{} 0 obj\n{}\nendobj\n", i + 1, body).as_bytes());
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
        let page = lines(&["Sertifikater", "B-k\\366rkort, k\\370rekort til bil", "\\306RLIG \\330KONOMI \\305R", "l\\344rare p\\345 sk\\345ne"]);
        let out = run(&text_pdf(&[&page], ""));
        assert!(out.readable, "{out:?}");
        let got: Vec<&str> = out.text.lines().filter(|l| !l.trim().is_empty()).map(str::trim).collect();
        assert_eq!(got, ["Sertifikater", "B-körkort, kørekort til bil", "ÆRLIG ØKONOMI ÅR", "lärare på skåne"], "{:?}", out.text);
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
    fn reads_only_the_first_max_pages_and_warns() {
        let bytes = text_pdf(&[&lines(&["Side en"]), &lines(&["Side to"]), &lines(&["Side tre"])], "");
        let limits = Limits { max_pdf_pages: 2, ..Limits::default() };
        let out = extract(&bytes, &limits);
        assert!(out.readable, "{out:?}");
        assert!(out.text.contains("Side en") && out.text.contains("Side to"), "{:?}", out.text);
        assert!(!out.text.contains("Side tre"), "{:?}", out.text);
        assert!(out.warnings.iter().any(|w| w.contains("3 pages") && w.contains("first 2")), "{:?}", out.warnings);
    }

    #[test]
    fn image_only_pdf_has_no_text_layer() {
        let out = run(&pdf(&image_page_objects(), ""));
        assert!(!out.readable, "{out:?}");
        assert!(out.text.is_empty());
        assert!(out.warnings.iter().any(|w| w.contains("no text layer (scanned?)")), "{:?}", out.warnings);
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
        assert!(out.warnings.iter().any(|w| w.contains("no text layer (scanned?)")), "{:?}", out.warnings);
    }

    #[test]
    fn a_scanned_page_among_text_pages_is_named() {
        let out = run(&text_pdf(&[&lines(&["Side en"]), "q Q", &lines(&["Side tre"])], ""));
        assert!(out.readable, "{out:?}");
        assert_eq!(out.text, "Side en\n\nSide tre");
        assert!(
            out.warnings.iter().any(|w| w.contains("page 2 ") && w.contains("no text layer (scanned?)")),
            "{:?}",
            out.warnings
        );
    }

    #[test]
    fn password_protected_pdf_is_unreadable_and_says_encrypted() {
        // A standard security handler (RC4, revision 2) whose /U entry matches
        // no password we know, so the empty user password fails.
        let enc = format!(
            "<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <{}> /U <{}> >>",
            "6b".repeat(32),
            "a5".repeat(32)
        );
        let mut objects = vec![
            "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_string(),
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>".to_string(),
            stream("", "garbled"),
        ];
        objects.push(enc);
        let bytes = pdf(&objects, "/Encrypt 5 0 R /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>]");
        let out = run(&bytes);
        assert!(!out.readable, "{out:?}");
        assert!(out.warnings.iter().any(|w| w.contains("encrypted")), "{:?}", out.warnings);
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
        assert!(out.warnings.iter().any(|w| w.starts_with("PDF could not be read")), "{:?}", out.warnings);
        assert!(!run(b"%PDF-").readable);
        assert!(!run(b"%PDF-1.4\n%%EOF\n").readable);
    }

    #[test]
    fn deeply_nested_objects_do_not_crash() {
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        let objects = vec![
            "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_string(),
            format!(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R /Junk {deep} >>"
            ),
            stream("", &lines(&["Dypt nede"])),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>".to_string(),
        ];
        let out = run(&pdf(&objects, ""));
        assert!(out.readable || !out.warnings.is_empty(), "{out:?}");
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
