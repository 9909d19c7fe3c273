//! ODT (OpenDocument text, from LibreOffice, OpenOffice, Google Docs and
//! Word's "Save as ODT"): the text of the body (`content.xml`) with the page
//! headers before it and the footers after it (`styles.xml`, master pages;
//! a header repeated on several master pages once).
//!
//! Paragraphs and headings are lines; table cells are separated by tabs and
//! rows by line breaks; list items are lines; a text box (`draw:text-box`,
//! the first of a frame's alternatives) and a footnote are read once, as
//! their own lines after the paragraph they are anchored in. `text:s`,
//! `text:tab` and `text:line-break` become spaces, a tab and a line break;
//! other white space collapses as ODF says. Tracked deletions, comments,
//! image titles and descriptions are not read.
//!
//! Text a reader cannot see is kept and marked ([`ExtractedText::hidden`]):
//! a paragraph hidden by a `text:hidden-paragraph` field, the text of a
//! `text:hidden-text` field, a hidden section (`text:display="none"` or a
//! condition), a header or footer switched off, and text whose style
//! (automatic or named, with its parents) says `text:display="none"`, a font
//! under 2 pt, or white or near-white colour on no coloured background.
//!
//! Bounded like DOCX: entry count, bytes inflated (counted while inflating),
//! XML depth; a DTD is refused, so no entity is ever expanded.

use std::collections::HashMap;
use std::io::{Cursor, Read};
use std::ops::Range;

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;
use sikte::{ExtractedText, Note};

use crate::layout::MIN_VISIBLE_SIZE;
use crate::Limits;

const MIMETYPE: &[u8] = b"application/vnd.oasis.opendocument.text";

/// Most spaces one `text:s` stands for (its count is the file's word).
const MAX_SPACES: usize = 100;

/// Whether a ZIP archive is an OpenDocument text: its first entry is the
/// uncompressed `mimetype` saying so, or (for writers that do not put it
/// first) it holds `content.xml` and no `word/document.xml`.
pub(crate) fn is_odt(bytes: &[u8]) -> bool {
    let u16_at = |i: usize| bytes.get(i..i + 2).map(|b| u16::from_le_bytes([b[0], b[1]]) as usize);
    if let (Some(8), Some(extra)) = (u16_at(26), u16_at(28)) {
        if bytes.get(30..38) == Some(b"mimetype") {
            return bytes.get(38 + extra..).is_some_and(|data| data.starts_with(MIMETYPE));
        }
    }
    zip::ZipArchive::new(Cursor::new(bytes)).is_ok_and(|z| {
        let names: Vec<String> = z.file_names().filter_map(|n| n.ok().map(|n| n.into_owned())).collect();
        names.iter().any(|n| n == "content.xml") && !names.iter().any(|n| n == "word/document.xml")
    })
}

/// Read an ODT file.
pub(crate) fn extract(bytes: &[u8], limits: &Limits) -> ExtractedText {
    match read(bytes, limits) {
        Ok(out) => ExtractedText::readable(out.text).with_hidden(out.hidden),
        Err(why) => ExtractedText::unreadable(Note::new("warning.odt_unreadable", &[("why", why)])),
    }
}

fn read(bytes: &[u8], limits: &Limits) -> Result<Out, String> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| format!("not a valid ZIP archive ({e})"))?;
    if zip.len() > limits.max_zip_entries {
        return Err(format!("{} entries, over the limit of {}", zip.len(), limits.max_zip_entries));
    }
    let names: Vec<String> = zip.file_names().filter_map(|n| n.ok().map(|n| n.into_owned())).collect();
    let has = |name: &str| names.iter().any(|n| n == name);
    if !has("content.xml") {
        return Err("no content.xml (not an OpenDocument text)".into());
    }
    let with_styles = has("styles.xml");
    let mut budget = limits.max_inflated_bytes;
    let mut entry = |name: &str| -> Result<String, String> {
        let file = zip.by_name(name).map_err(|e| format!("{name}: {e}"))?;
        let mut xml = Vec::new();
        // Count what is really inflated; the header's size may lie.
        file.take(budget + 1).read_to_end(&mut xml).map_err(|e| format!("{name}: {e}"))?;
        if xml.len() as u64 > budget {
            return Err(format!(
                "it inflates to more than {} bytes (a zip bomb?); not read",
                limits.max_inflated_bytes
            ));
        }
        budget -= xml.len() as u64;
        String::from_utf8(xml).map_err(|_| format!("{name} is not UTF-8"))
    };
    let mut styles = Styles::default();
    let mut pages = Parts::default();
    if with_styles {
        let xml = entry("styles.xml")?;
        pages = walk(&xml, &mut styles, limits.max_xml_depth).map_err(|e| format!("styles.xml: {e}"))?;
    }
    let xml = entry("content.xml")?;
    let content = walk(&xml, &mut styles, limits.max_xml_depth).map_err(|e| format!("content.xml: {e}"))?;

    let mut out = Out::default();
    let mut seen: Vec<String> = Vec::new();
    for block in pages.headers.iter().chain(std::iter::once(&content.body)).chain(&pages.footers) {
        if block.text.trim().is_empty() || seen.contains(&block.text) {
            continue;
        }
        seen.push(block.text.clone());
        out.append_block(block);
    }
    Ok(out)
}

// ---------------------------------------------------------------------------
// Styles

/// What a style says about seeing its text; `None` inherits.
#[derive(Clone, Copy, Debug, Default)]
struct Look {
    display_none: Option<bool>,
    white: Option<bool>,
    tiny: Option<bool>,
    /// A coloured background behind the text (never switched off by an inner style).
    background: bool,
}

impl Look {
    /// `self` (inner) over `outer`.
    fn over(self, outer: Look) -> Look {
        Look {
            display_none: self.display_none.or(outer.display_none),
            white: self.white.or(outer.white),
            tiny: self.tiny.or(outer.tiny),
            background: self.background || outer.background,
        }
    }

    fn invisible(&self) -> bool {
        self.display_none == Some(true) || self.tiny == Some(true) || (self.white == Some(true) && !self.background)
    }
}

#[derive(Default)]
struct Styles {
    /// `family/name` → (parent name, own look).
    defs: HashMap<String, (Option<String>, Look)>,
}

impl Styles {
    /// The look of style `name` in `family`, with its parents (at most 16).
    fn resolve(&self, family: &str, name: Option<&str>) -> Look {
        let mut look = Look::default();
        let mut next = name.map(str::to_string);
        for _ in 0..16 {
            let Some(n) = next.take() else { break };
            let Some((parent, own)) = self.defs.get(&format!("{family}/{n}")) else { break };
            look = look.over(*own);
            next = parent.clone();
        }
        look
    }
}

/// The value of attribute `name` (any namespace prefix).
fn attr(e: &BytesStart<'_>, name: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == name)
        .and_then(|a| a.normalized_value(quick_xml::XmlVersion::Implicit1_0).ok().map(|v| v.into_owned()))
}

/// `#rrggbb` with every channel at least [`crate::docx::NEAR_WHITE`].
fn near_white(value: &str) -> bool {
    let hex = value.trim().trim_start_matches('#');
    hex.len() == 6
        && (0..3).all(|i| u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).is_ok_and(|c| c >= crate::docx::NEAR_WHITE))
}

/// A background colour that is not transparent and not (near-)white.
fn coloured(value: &str) -> bool {
    let v = value.trim();
    v.starts_with('#') && !near_white(v)
}

/// A font size in points, from `12pt`, `0.5cm`, `4mm`, `0.1in`, `2px`
/// (percentages are relative and not read).
fn points(value: &str) -> Option<f32> {
    let v = value.trim();
    let split = v.find(|c: char| c.is_ascii_alphabetic() || c == '%')?;
    let (num, unit) = v.split_at(split);
    let n: f32 = num.trim().parse().ok()?;
    let factor = match unit {
        "pt" => 1.0,
        "cm" => 28.35,
        "mm" => 2.835,
        "in" => 72.0,
        "pc" => 12.0,
        "px" => 0.75,
        _ => return None,
    };
    Some(n * factor)
}

/// Read a formatting-properties element into `look`.
fn properties(e: &BytesStart<'_>, look: &mut Look) {
    if let Some(d) = attr(e, "display") {
        look.display_none = Some(d == "none" || d == "condition");
    }
    if let Some(c) = attr(e, "color") {
        look.white = Some(near_white(&c));
    }
    if let Some(size) = attr(e, "font-size").and_then(|s| points(&s)) {
        look.tiny = Some(size < MIN_VISIBLE_SIZE);
    }
    if attr(e, "background-color").is_some_and(|c| coloured(&c)) {
        look.background = true;
    }
}

// ---------------------------------------------------------------------------
// Text with hidden ranges

#[derive(Default, Debug)]
struct Out {
    text: String,
    hidden: Vec<Range<usize>>,
}

impl Out {
    fn push(&mut self, s: &str, invisible: bool) {
        let start = self.text.len();
        self.text.push_str(s);
        if invisible && !s.is_empty() {
            self.mark(start..self.text.len());
        }
    }

    fn mark(&mut self, r: Range<usize>) {
        if r.start >= r.end {
            return;
        }
        match self.hidden.last_mut() {
            Some(last) if last.end >= r.start && last.start <= r.start => last.end = last.end.max(r.end),
            _ => self.hidden.push(r),
        }
    }

    /// Remove trailing `c`s, keeping hidden ranges inside the text.
    fn trim_end(&mut self, c: char) {
        while self.text.ends_with(c) {
            self.text.pop();
        }
        let len = self.text.len();
        self.hidden.retain_mut(|r| {
            r.end = r.end.min(len);
            r.start < r.end
        });
    }

    /// Another block's text on lines of its own.
    fn append_block(&mut self, other: &Out) {
        if !self.text.is_empty() && !self.text.ends_with('\n') {
            self.text.push('\n');
        }
        let at = self.text.len();
        self.text.push_str(&other.text);
        for r in &other.hidden {
            self.mark(at + r.start..at + r.end);
        }
        if !self.text.ends_with('\n') {
            self.text.push('\n');
        }
    }
}

/// One open paragraph or heading.
struct Para {
    start: usize,
    hidden: bool,
    /// The last character written is white space (or the paragraph is empty).
    space: bool,
    /// Text boxes and footnotes anchored here, written after the paragraph.
    after: Vec<Out>,
}

/// Text being collected: the body, a header, a text box, a footnote.
#[derive(Default)]
struct Buf {
    out: Out,
    paras: Vec<Para>,
    /// Per open table row: the cells begun so far.
    rows: Vec<usize>,
}

#[derive(Default)]
struct Parts {
    headers: Vec<Out>,
    body: Out,
    footers: Vec<Out>,
}

/// What an open element did, so that its end can undo it.
enum Open {
    Nothing,
    Look,
    Para,
    Cell,
    Row,
    /// A text box, note body or shape: a buffer of its own.
    Buf,
    /// A header or footer, and whether it is switched off.
    Page {
        footer: bool,
        off: bool,
    },
    /// A style definition (`style:style`) being read.
    Style,
    /// A hidden section or header.
    Hidden,
    /// Not read at all (tracked changes, comments, image titles).
    Skip,
    Frame,
    Body,
}

/// Read one part (`styles.xml` or `content.xml`): its style definitions
/// into `styles`, and its text.
fn walk(xml: &str, styles: &mut Styles, max_depth: usize) -> Result<Parts, String> {
    let mut reader = Reader::from_str(xml);
    let mut parts = Parts::default();
    let mut open: Vec<Open> = Vec::new();
    let mut bufs: Vec<Buf> = Vec::new();
    let mut looks: Vec<Look> = vec![Look::default()];
    let mut hidden_depth = 0usize;
    let mut skip_depth = 0usize;
    let mut text_depth = 0usize; // inside office:body or a header/footer
    let mut style: Option<(String, Option<String>, Look)> = None; // a style:style being read
    let mut frames: Vec<bool> = Vec::new(); // per draw:frame: its text box was read
    loop {
        let event = reader.read_event().map_err(|e| format!("malformed XML ({e})"))?;
        let (e, empty) = match event {
            Event::DocType(_) => return Err("a DTD is not allowed".into()),
            Event::Start(e) => (e, false),
            Event::Empty(e) => (e, true),
            Event::End(_) => {
                match open.pop() {
                    Some(Open::Look) => {
                        looks.pop();
                    }
                    Some(Open::Para) => {
                        looks.pop();
                        if let Some(buf) = bufs.last_mut() {
                            end_paragraph(buf);
                        }
                    }
                    Some(Open::Cell) => {
                        looks.pop();
                        if let Some(buf) = bufs.last_mut() {
                            // The cell's last paragraph ends the cell, not a line.
                            if buf.out.text.ends_with('\n') {
                                buf.out.text.pop();
                                buf.out.trim_end(' ');
                            }
                        }
                    }
                    Some(Open::Row) => {
                        if let Some(buf) = bufs.last_mut() {
                            buf.rows.pop();
                            buf.out.push("\n", false);
                        }
                    }
                    Some(Open::Buf) => {
                        if let Some(done) = bufs.pop() {
                            let mut done = done.out;
                            done.trim_end('\n');
                            if let Some(buf) = bufs.last_mut() {
                                match buf.paras.last_mut() {
                                    Some(p) => p.after.push(done),
                                    None if !done.text.is_empty() => buf.out.append_block(&done),
                                    None => {}
                                }
                            }
                        }
                    }
                    Some(Open::Page { footer, off }) => {
                        if let Some(done) = bufs.pop() {
                            if footer {
                                parts.footers.push(done.out)
                            } else {
                                parts.headers.push(done.out)
                            }
                        }
                        text_depth -= 1;
                        if off {
                            hidden_depth -= 1;
                        }
                    }
                    Some(Open::Style) => {
                        if let Some((name, parent, look)) = style.take() {
                            styles.defs.insert(name, (parent, look));
                        }
                    }
                    Some(Open::Body) => {
                        if let Some(done) = bufs.pop() {
                            parts.body = done.out;
                        }
                        text_depth -= 1;
                    }
                    Some(Open::Hidden) => hidden_depth -= 1,
                    Some(Open::Skip) => skip_depth -= 1,
                    Some(Open::Frame) => {
                        frames.pop();
                    }
                    Some(Open::Nothing) | None => {}
                }
                continue;
            }
            Event::Text(t) => {
                if skip_depth == 0 && text_depth > 0 {
                    let invisible = hidden_depth > 0 || looks.last().is_some_and(Look::invisible);
                    if let Some(buf) = bufs.last_mut() {
                        character_data(buf, &t.xml10_content(), invisible);
                    }
                }
                continue;
            }
            Event::GeneralRef(r) => {
                if skip_depth == 0 && text_depth > 0 {
                    if let Some(c) = crate::xml::reference(&r) {
                        let invisible = hidden_depth > 0 || looks.last().is_some_and(Look::invisible);
                        if let Some(buf) = bufs.last_mut() {
                            character_data(buf, c.encode_utf8(&mut [0; 4]), invisible);
                        }
                    }
                }
                continue;
            }
            Event::Eof => break,
            _ => continue,
        };
        if !empty && open.len() >= max_depth {
            return Err(format!("XML nested deeper than {max_depth}"));
        }
        let name = e.local_name().as_ref().to_string();
        let top = *looks.last().unwrap_or(&Look::default());
        let invisible = hidden_depth > 0 || top.invisible();
        let mut did = Open::Nothing;

        // Style definitions (office:styles, office:automatic-styles).
        if name == "style" && text_depth == 0 {
            if let (Some(n), Some(family)) = (attr(&e, "name"), attr(&e, "family")) {
                let entry = (format!("{family}/{n}"), attr(&e, "parent-style-name"), Look::default());
                if empty {
                    styles.defs.insert(entry.0, (entry.1, entry.2));
                } else {
                    style = Some(entry);
                    open.push(Open::Style);
                    continue;
                }
            }
        } else if name.ends_with("-properties") && text_depth == 0 {
            if let Some((_, _, look)) = style.as_mut() {
                properties(&e, look);
            }
        }

        if skip_depth > 0 {
            if !empty {
                skip_depth += 1;
                open.push(Open::Skip);
            }
            continue;
        }
        match name.as_str() {
            "body" if text_depth == 0 && !empty => {
                text_depth += 1;
                bufs.push(Buf::default());
                did = Open::Body;
            }
            "header" | "footer" | "header-left" | "footer-left" | "header-first" | "footer-first"
                if text_depth == 0 && !empty =>
            {
                text_depth += 1;
                bufs.push(Buf::default());
                // A header switched off: nobody sees it.
                let off = attr(&e, "display").as_deref() == Some("false");
                if off {
                    hidden_depth += 1;
                }
                did = Open::Page { footer: name.starts_with("footer"), off };
            }
            _ if text_depth == 0 => {}
            "tracked-changes" | "annotation" | "annotation-end" | "note-citation" | "title" | "desc"
            | "sequence-decls" | "variable-decls" | "user-field-decls" | "forms" | "binary-data"
            | "event-listeners"
                if !empty =>
            {
                skip_depth += 1;
                did = Open::Skip;
            }
            "p" | "h" => {
                let look = styles.resolve("paragraph", attr(&e, "style-name").as_deref()).over(top);
                if let Some(buf) = bufs.last_mut() {
                    let start = buf.out.text.len();
                    buf.paras.push(Para { start, hidden: false, space: true, after: Vec::new() });
                    if empty {
                        end_paragraph(buf);
                    }
                }
                if !empty {
                    looks.push(look);
                    did = Open::Para;
                }
            }
            "span" | "a" if !empty => {
                looks.push(styles.resolve("text", attr(&e, "style-name").as_deref()).over(top));
                did = Open::Look;
            }
            "table-row" if !empty => {
                if let Some(buf) = bufs.last_mut() {
                    buf.rows.push(0);
                }
                did = Open::Row;
            }
            "table-cell" => {
                if let Some(buf) = bufs.last_mut() {
                    if let Some(n) = buf.rows.last_mut() {
                        if *n > 0 {
                            buf.out.push("\t", false);
                        }
                        *n += 1;
                    }
                }
                if !empty {
                    looks.push(styles.resolve("table-cell", attr(&e, "style-name").as_deref()).over(top));
                    did = Open::Cell;
                }
            }
            "section" if !empty => {
                let display = attr(&e, "display");
                if matches!(display.as_deref(), Some("none" | "condition")) {
                    hidden_depth += 1;
                    did = Open::Hidden;
                }
            }
            "frame" if !empty => {
                frames.push(false);
                did = Open::Frame;
            }
            "text-box" if !empty => {
                // A frame's alternatives are one picture: read its first text box only.
                let first = frames.last().is_none_or(|read| !read);
                if let Some(read) = frames.last_mut() {
                    *read = true;
                }
                if first {
                    bufs.push(Buf::default());
                    did = Open::Buf;
                } else {
                    skip_depth += 1;
                    did = Open::Skip;
                }
            }
            "note-body" | "custom-shape" | "rect" | "ellipse" | "polygon" | "path" if !empty => {
                bufs.push(Buf::default());
                did = Open::Buf;
            }
            "s" => {
                let n = attr(&e, "c").and_then(|c| c.parse::<usize>().ok()).unwrap_or(1).clamp(1, MAX_SPACES);
                if let Some(buf) = bufs.last_mut() {
                    buf.out.push(&" ".repeat(n), invisible);
                    if let Some(p) = buf.paras.last_mut() {
                        p.space = true;
                    }
                }
            }
            "tab" | "line-break" => {
                if let Some(buf) = bufs.last_mut() {
                    buf.out.push(if name == "tab" { "\t" } else { "\n" }, invisible);
                    if let Some(p) = buf.paras.last_mut() {
                        p.space = true;
                    }
                }
            }
            "hidden-paragraph" if attr(&e, "is-hidden").as_deref() != Some("false") => {
                if let Some(p) = bufs.last_mut().and_then(|b| b.paras.last_mut()) {
                    p.hidden = true;
                }
            }
            "hidden-text" => {
                // Its text is an attribute: shown only while its condition is false.
                if let (Some(value), Some(buf)) = (attr(&e, "string-value"), bufs.last_mut()) {
                    let shown = attr(&e, "is-hidden").as_deref() == Some("false");
                    character_data(buf, &value, invisible || !shown);
                }
                if !empty {
                    skip_depth += 1;
                    did = Open::Skip;
                }
            }
            _ => {}
        }
        if !empty {
            open.push(did);
        }
    }
    Ok(parts)
}

/// Character data inside a paragraph: white space collapses to one space,
/// none at the start of the paragraph.
fn character_data(buf: &mut Buf, s: &str, invisible: bool) {
    let Some(p) = buf.paras.last_mut() else {
        return; // text outside paragraphs is layout white space
    };
    let mut run = String::new();
    let mut space = p.space;
    for c in s.chars() {
        if matches!(c, ' ' | '\t' | '\n' | '\r') {
            if !space {
                run.push(' ');
                space = true;
            }
        } else {
            run.push(c);
            space = false;
        }
    }
    p.space = space;
    buf.out.push(&run, invisible);
}

/// Close the innermost paragraph: trailing spaces dropped, the paragraph
/// marked when a hidden-paragraph field hides it, a line break, then the
/// text boxes and footnotes anchored in it.
fn end_paragraph(buf: &mut Buf) {
    let Some(p) = buf.paras.pop() else { return };
    buf.out.trim_end(' ');
    if p.hidden {
        let end = buf.out.text.len();
        buf.out.mark(p.start.min(end)..end);
    }
    buf.out.push("\n", false);
    for b in p.after {
        if !b.text.trim().is_empty() {
            buf.out.append_block(&b);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    const NS: &str = r#"xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0""#;

    fn odt(content_body: &str, automatic_styles: &str, styles_xml: Option<&str>, mimetype_first: bool) -> Vec<u8> {
        let mut buf = Cursor::new(Vec::new());
        let mut z = zip::ZipWriter::new(&mut buf);
        let stored = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
        let deflated = zip::write::SimpleFileOptions::default();
        if mimetype_first {
            z.start_file("mimetype", stored).unwrap();
            z.write_all(MIMETYPE).unwrap();
        }
        z.start_file("content.xml", deflated).unwrap();
        write!(
            z,
            r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS}><office:automatic-styles>{automatic_styles}</office:automatic-styles><office:body><office:text>{content_body}</office:text></office:body></office:document-content>"#
        )
        .unwrap();
        if let Some(s) = styles_xml {
            z.start_file("styles.xml", deflated).unwrap();
            write!(
                z,
                r#"<?xml version="1.0" encoding="UTF-8"?><office:document-styles {NS}>{s}</office:document-styles>"#
            )
            .unwrap();
        }
        z.finish().unwrap();
        buf.into_inner()
    }

    fn hidden(t: &ExtractedText) -> Vec<&str> {
        t.hidden.iter().map(|r| &t.text[r.clone()]).collect()
    }

    #[test]
    fn paragraphs_headings_lists_tables_and_spacing() {
        let body = r#"<text:h text:outline-level="1">Arbeidserfaring</text:h>
            <table:table><table:table-column/><table:table-row>
              <table:table-cell><text:p>2019 –<text:s/>nå</text:p></table:table-cell>
              <table:table-cell><text:p>Sykepleier,   Havbu
                 sykehus</text:p><text:p>DIPS</text:p></table:table-cell>
            </table:table-row><table:table-row>
              <table:table-cell><text:p>2016<text:tab/>2019</text:p></table:table-cell><table:covered-table-cell/>
            </table:table-row></table:table>
            <text:list><text:list-item><text:p>Førerkort<text:s text:c="3"/>klasse B<text:line-break/>og BE</text:p></text:list-item></text:list>
            <text:p/><text:p>A &amp; B<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>Fotnote</text:p></text:note-body></text:note> slutt </text:p>
            <text:tracked-changes><text:changed-region><text:deletion><text:p>slettet</text:p></text:deletion></text:changed-region></text:tracked-changes>
            <text:p>før<office:annotation><text:p>kommentar</text:p></office:annotation> etter</text:p>"#;
        let t = extract(&odt(body, "", None, true), &Limits::default());
        assert!(t.readable, "{:?}", t.warnings);
        assert_eq!(
            t.text,
            "Arbeidserfaring\n2019 – nå\tSykepleier, Havbu sykehus\nDIPS\n2016\t2019\n\
             Førerkort   klasse B\nog BE\n\nA & B slutt\nFotnote\nfør etter\n"
        );
        assert!(t.hidden.is_empty());
    }

    #[test]
    fn headers_footers_and_text_boxes_once() {
        let styles = r#"<office:master-styles>
            <style:master-page style:name="Standard"><style:header><text:p>Kari Nordvik, tlf 123 45 678</text:p></style:header>
              <style:footer><text:p>Side 1</text:p></style:footer></style:master-page>
            <style:master-page style:name="First_20_Page"><style:header><text:p>Kari Nordvik, tlf 123 45 678</text:p></style:header></style:master-page>
            </office:master-styles>"#;
        let body = r#"<text:p>Profil<draw:frame draw:name="Ramme1"><draw:text-box><text:p>Førerkort: B</text:p><text:p>Norsk: morsmål</text:p></draw:text-box><draw:text-box><text:p>Førerkort: B</text:p></draw:text-box><draw:image><svg:title>Bilde av meg</svg:title></draw:image></draw:frame> og mer</text:p><text:p>Slutt</text:p>"#;
        let t = extract(&odt(body, "", Some(styles), true), &Limits::default());
        assert_eq!(
            t.text,
            "Kari Nordvik, tlf 123 45 678\nProfil og mer\nFørerkort: B\nNorsk: morsmål\nSlutt\nSide 1\n"
        );
    }

    #[test]
    fn hidden_text_is_kept_and_marked() {
        let auto = r##"<style:style style:name="T1" style:family="text"><style:text-properties text:display="none"/></style:style>
            <style:style style:name="T2" style:family="text" style:parent-style-name="Hvit"/>
            <style:style style:name="T3" style:family="text"><style:text-properties fo:color="#ffffff" fo:background-color="#003366"/></style:style>
            <style:style style:name="T4" style:family="text"><style:text-properties fo:font-size="1pt"/></style:style>"##;
        let styles = r##"<office:styles><style:style style:name="Hvit" style:family="text"><style:text-properties fo:color="#FAFAFA"/></style:style></office:styles>"##;
        let body = r#"<text:p>Synlig <text:span text:style-name="T1">skjult</text:span> tekst</text:p>
            <text:p><text:hidden-paragraph text:condition="ooow:1" text:is-hidden="true"/>Autorisasjon som sykepleier</text:p>
            <text:p><text:span text:style-name="T2">hvit</text:span> <text:span text:style-name="T3">på blått</text:span> <text:span text:style-name="T4">liten</text:span></text:p>
            <text:p><text:hidden-text text:condition="ooow:1" text:string-value="DIPS" text:is-hidden="true"/>x</text:p>
            <text:section text:name="S" text:display="none"><text:p>Seksjon</text:p></text:section>"#;
        let t = extract(&odt(body, auto, Some(styles), true), &Limits::default());
        assert!(t.readable, "{:?}", t.warnings);
        assert_eq!(t.text, "Synlig skjult tekst\nAutorisasjon som sykepleier\nhvit på blått liten\nDIPSx\nSeksjon\n");
        assert_eq!(hidden(&t), ["skjult", "Autorisasjon som sykepleier", "hvit", "liten", "DIPS", "Seksjon"]);
    }

    #[test]
    fn sniffing_and_bounds() {
        let good = odt("<text:p>Hei</text:p>", "", None, true);
        assert!(is_odt(&good));
        let no_mimetype = odt("<text:p>Hei</text:p>", "", None, false);
        assert!(is_odt(&no_mimetype));
        let dtd = odt("<text:p>Hei</text:p>", "", None, true);
        let dtd = {
            // a DTD in content.xml
            let mut z = zip::ZipArchive::new(Cursor::new(&dtd)).unwrap();
            let mut s = String::new();
            z.by_name("content.xml").unwrap().read_to_string(&mut s).unwrap();
            let mut buf = Cursor::new(Vec::new());
            let mut w = zip::ZipWriter::new(&mut buf);
            w.start_file("content.xml", zip::write::SimpleFileOptions::default()).unwrap();
            w.write_all(s.replacen("?>", "?><!DOCTYPE x [<!ENTITY a \"aaaa\">]>", 1).as_bytes()).unwrap();
            w.finish().unwrap();
            buf.into_inner()
        };
        let t = extract(&dtd, &Limits::default());
        assert!(!t.readable && t.warnings[0].to_string().contains("DTD"), "{:?}", t.warnings);
        let big = odt(&format!("<text:p>{}</text:p>", "a".repeat(10_000)), "", None, true);
        let t = extract(&big, &Limits { max_inflated_bytes: 1_000, ..Limits::default() });
        assert!(!t.readable && t.warnings[0].to_string().contains("zip bomb"), "{:?}", t.warnings);
        let deep = odt(&format!("{}{}", "<text:span>".repeat(300), "</text:span>".repeat(300)), "", None, true);
        assert!(!extract(&deep, &Limits::default()).readable);
        assert!(!extract(b"PK\x03\x04garbage", &Limits::default()).readable);
    }
}
