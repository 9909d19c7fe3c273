//! DOCX (Office Open XML): the text of the body, headers and footers, with
//! paragraphs as lines and table cells separated by tabs. Bounded: entry
//! count, bytes inflated (counted while inflating), XML depth; a DTD is
//! refused, so no entity is ever expanded.
//!
//! Text a reader cannot see is kept and marked ([`ExtractedText::hidden`]):
//! runs marked hidden (`w:vanish`), runs in a font under 2 pt (`w:sz` under
//! 4 half-points), and white or near-white runs (`w:color`, every channel at
//! least [`NEAR_WHITE`]) unless they stand on a coloured background (run or
//! paragraph shading, highlighting, a shaded table cell, the page colour).
//! Only direct formatting is read: a character or paragraph *style* that
//! hides or whitens text is not (`styles.xml` is not read).

use std::io::{Cursor, Read};
use std::ops::Range;

use quick_xml::events::Event;
use quick_xml::Reader;
use sikte::{ExtractedText, Note};

use crate::Limits;

/// Read a DOCX file.
pub(crate) fn extract(bytes: &[u8], limits: &Limits) -> ExtractedText {
    match read(bytes, limits) {
        Ok((text, hidden)) => ExtractedText::readable(text).with_hidden(hidden),
        Err(why) => ExtractedText::unreadable(Note::new("warning.docx_unreadable", &[("why", why)])),
    }
}

fn read(bytes: &[u8], limits: &Limits) -> Result<(String, Vec<Range<usize>>), String> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| format!("not a valid ZIP archive ({e})"))?;
    if zip.len() > limits.max_zip_entries {
        return Err(format!("{} entries, over the limit of {}", zip.len(), limits.max_zip_entries));
    }
    let names: Vec<String> = zip.file_names().filter_map(|n| n.ok().map(|n| n.into_owned())).collect();
    let mut parts: Vec<String> = Vec::new();
    let sorted = |prefix: &str| {
        let mut v: Vec<String> =
            names.iter().filter(|n| n.starts_with(prefix) && n.ends_with(".xml")).cloned().collect();
        v.sort();
        v
    };
    parts.extend(sorted("word/header"));
    if !names.iter().any(|n| n == "word/document.xml") {
        return Err("no word/document.xml (not a Word document)".into());
    }
    parts.push("word/document.xml".into());
    parts.extend(sorted("word/footnotes"));
    parts.extend(sorted("word/footer"));

    let mut budget = limits.max_inflated_bytes;
    let mut text = String::new();
    let mut hidden = Vec::new();
    for name in parts {
        let entry = zip.by_name(&name).map_err(|e| format!("{name}: {e}"))?;
        let mut xml = Vec::new();
        // Count what is really inflated; the header's size may lie.
        entry.take(budget + 1).read_to_end(&mut xml).map_err(|e| format!("{name}: {e}"))?;
        if xml.len() as u64 > budget {
            return Err(format!(
                "it inflates to more than {} bytes (a zip bomb?); not read",
                limits.max_inflated_bytes
            ));
        }
        budget -= xml.len() as u64;
        let xml = String::from_utf8(xml).map_err(|_| format!("{name} is not UTF-8"))?;
        let (part, h) = xml_text(&xml, limits.max_xml_depth).map_err(|e| format!("{name}: {e}"))?;
        if !part.trim().is_empty() {
            if !text.is_empty() {
                text.push('\n');
            }
            let at = text.len();
            text.push_str(&part);
            hidden.extend(h.into_iter().map(|r| at + r.start..at + r.end));
        }
    }
    Ok((text, hidden))
}

/// A colour at least this light in each of red, green and blue (0–255) is
/// near-white: on a white page, nobody reads it.
pub(crate) const NEAR_WHITE: u8 = 235;

/// Whether a `w:color`/`w:fill` value (`RRGGBB` or `auto`) is white or
/// near-white.
fn near_white(value: &str) -> bool {
    value.len() == 6 && (0..3).all(|i| u8::from_str_radix(&value[2 * i..2 * i + 2], 16).is_ok_and(|c| c >= NEAR_WHITE))
}

/// Whether a colour value paints something other than white: a real colour,
/// not `auto`, not (near-)white.
fn coloured(value: &str) -> bool {
    !value.is_empty() && !value.eq_ignore_ascii_case("auto") && !near_white(value)
}

/// Whether a `w:shd` element gives a coloured background: a fill, or a
/// pattern (not `clear`/`nil`) in a colour.
fn shading(e: &quick_xml::events::BytesStart<'_>) -> bool {
    let fill = attr(e, "fill").is_some_and(|v| coloured(&v));
    let pattern =
        attr(e, "val").is_some_and(|v| v != "clear" && v != "nil") && attr(e, "color").is_some_and(|v| coloured(&v));
    fill || pattern
}

/// The value of attribute `name` (any namespace prefix).
fn attr(e: &quick_xml::events::BytesStart<'_>, name: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == name)
        .and_then(|a| a.normalized_value(quick_xml::XmlVersion::Implicit1_0).ok().map(|v| v.into_owned()))
}

/// Whether a toggle property (`<w:vanish/>`, `<w:vanish w:val="false"/>`)
/// is on.
fn toggle_on(e: &quick_xml::events::BytesStart<'_>) -> bool {
    attr(e, "val").is_none_or(|v| !matches!(v.as_str(), "0" | "false" | "off"))
}

/// What the formatting of the current run says about seeing it.
#[derive(Clone, Copy, Default)]
struct RunLook {
    vanish: bool,
    white: bool,
    tiny: bool,
    /// Shading or highlighting behind the run itself.
    background: bool,
}

/// The text of one WordprocessingML part, and the byte ranges of it that a
/// reader cannot see.
fn xml_text(xml: &str, max_depth: usize) -> Result<(String, Vec<Range<usize>>), String> {
    let mut reader = Reader::from_str(xml);
    let mut out = String::new();
    let mut hidden: Vec<Range<usize>> = Vec::new();
    let mut depth = 0usize;
    let mut in_text = false;
    // inside w:instrText, w:delText, or mc:Fallback (the copy of a text box
    // or drawing for old readers: its text is already in mc:Choice)
    let mut skip_depth: Option<usize> = None;
    let mut run = RunLook::default();
    let mut in_rpr = false; // a run's properties (not the paragraph mark's)
    let mut in_ppr = false;
    let mut paragraph_shaded = false;
    let mut cells_shaded: Vec<bool> = Vec::new(); // one per open table cell
    let mut page_coloured = false;
    // Append text, marking it when the current run cannot be seen.
    let mut push = |out: &mut String, s: &str, run: &RunLook, behind: bool| {
        let start = out.len();
        out.push_str(s);
        if run.vanish || run.tiny || (run.white && !(run.background || behind)) {
            match hidden.last_mut() {
                Some(last) if last.end == start => last.end = out.len(),
                _ if start < out.len() => hidden.push(start..out.len()),
                _ => {}
            }
        }
    };
    loop {
        let event = reader.read_event().map_err(|e| format!("malformed XML ({e})"))?;
        match event {
            Event::DocType(_) => return Err("a DTD is not allowed".into()),
            Event::Start(e) => {
                depth += 1;
                if depth > max_depth {
                    return Err(format!("XML nested deeper than {max_depth}"));
                }
                if skip_depth.is_some() {
                    continue;
                }
                match e.local_name().as_ref() {
                    "t" => in_text = true,
                    "instrText" | "delText" | "delInstrText" | "Fallback" if skip_depth.is_none() => {
                        skip_depth = Some(depth)
                    }
                    "r" => run = RunLook::default(),
                    "rPr" if !in_ppr => in_rpr = true,
                    "pPr" => in_ppr = true,
                    "p" => paragraph_shaded = false,
                    "tc" => cells_shaded.push(false),
                    _ => look(&e, in_rpr, in_ppr, &mut run, &mut paragraph_shaded, &mut cells_shaded),
                }
            }
            Event::Empty(_) if skip_depth.is_some() => {}
            Event::Empty(e) => match e.local_name().as_ref() {
                "tab" if !in_rpr && !in_ppr => out.push('\t'),
                "br" | "cr" => out.push('\n'),
                "background" => page_coloured = attr(&e, "color").is_some_and(|v| coloured(&v)),
                _ => look(&e, in_rpr, in_ppr, &mut run, &mut paragraph_shaded, &mut cells_shaded),
            },
            Event::End(e) => {
                let skipping = skip_depth.is_some();
                if skip_depth == Some(depth) {
                    skip_depth = None;
                }
                depth = depth.saturating_sub(1);
                if skipping {
                    continue;
                }
                match e.local_name().as_ref() {
                    "t" => in_text = false,
                    "rPr" => in_rpr = false,
                    "pPr" => in_ppr = false,
                    "r" => run = RunLook::default(),
                    "p" => out.push('\n'),
                    "tc" => {
                        cells_shaded.pop();
                        out.push('\t')
                    }
                    "tr" => out.push('\n'),
                    _ => {}
                }
            }
            Event::Text(t) if in_text && skip_depth.is_none() => {
                let behind = paragraph_shaded || page_coloured || cells_shaded.iter().any(|&c| c);
                push(&mut out, &t.xml10_content(), &run, behind);
            }
            Event::GeneralRef(r) if in_text && skip_depth.is_none() => {
                if let Some(c) = crate::xml::reference(&r) {
                    let behind = paragraph_shaded || page_coloured || cells_shaded.iter().any(|&c| c);
                    push(&mut out, c.encode_utf8(&mut [0; 4]), &run, behind);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok((out, hidden))
}

/// Read one formatting element: a run property (inside `w:rPr`), paragraph
/// shading (inside `w:pPr`) or a table cell's shading (inside `w:tcPr`).
fn look(
    e: &quick_xml::events::BytesStart<'_>,
    in_rpr: bool,
    in_ppr: bool,
    run: &mut RunLook,
    paragraph_shaded: &mut bool,
    cells_shaded: &mut [bool],
) {
    match e.local_name().as_ref() {
        "vanish" if in_rpr => run.vanish = toggle_on(e),
        "color" if in_rpr => run.white = attr(e, "val").is_some_and(|v| near_white(&v)),
        "sz" if in_rpr => run.tiny = attr(e, "val").and_then(|v| v.parse::<u32>().ok()).is_some_and(|hp| hp < 4),
        "highlight" if in_rpr => run.background = attr(e, "val").is_some_and(|v| v != "none" && v != "white"),
        "shd" if in_rpr => run.background = shading(e),
        "shd" if in_ppr => *paragraph_shaded = shading(e),
        "shd" => {
            if let Some(cell) = cells_shaded.last_mut() {
                *cell = *cell || shading(e);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn docx(document: &str) -> Vec<u8> {
        let mut buf = Cursor::new(Vec::new());
        let mut z = zip::ZipWriter::new(&mut buf);
        let opts = zip::write::SimpleFileOptions::default();
        z.start_file("word/document.xml", opts).unwrap();
        z.write_all(document.as_bytes()).unwrap();
        z.finish().unwrap();
        buf.into_inner()
    }

    const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;

    #[test]
    fn paragraphs_tables_and_entities() {
        let xml = format!(
            r#"<w:document {W}><w:body><w:p><w:r><w:t>Førerkort &amp; klasse B</w:t></w:r></w:p>
            <w:tbl><w:tr><w:tc><w:p><w:r><w:t>2019</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Sykepleier</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
            <w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>skjult</w:t></w:r><w:r><w:t>synlig</w:t></w:r></w:p></w:body></w:document>"#
        );
        let t = extract(&docx(&xml), &Limits::default());
        assert!(t.readable, "{:?}", t.warnings);
        assert_eq!(t.text, "Førerkort & klasse B\n2019\n\tSykepleier\n\t\nskjultsynlig\n");
        assert!(t.warnings.is_empty(), "{:?}", t.warnings);
        assert_eq!(hidden_text(&t), ["skjult"]);
    }

    #[test]
    fn a_text_box_is_read_once_not_again_from_its_fallback() {
        let xml = format!(
            r#"<w:document {W} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>
            <w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>
            <w:p><w:r><w:t>Førerkort klasse B</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>
            <mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>Førerkort klasse B</w:t></w:r><w:r><w:br/></w:r></w:p>
            </w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>
            <w:p><w:r><w:t>Sykepleier</w:t></w:r></w:p></w:body></w:document>"#
        );
        let t = extract(&docx(&xml), &Limits::default());
        assert_eq!(
            t.text,
            "Førerkort klasse B

Sykepleier
"
        );
    }

    fn hidden_text(t: &ExtractedText) -> Vec<&str> {
        t.hidden.iter().map(|r| &t.text[r.clone()]).collect()
    }

    fn run(props: &str, text: &str) -> String {
        format!(r#"<w:r><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>"#)
    }

    #[test]
    fn hidden_white_and_tiny_runs_are_kept_and_marked() {
        let body = [
            format!("<w:p>{}</w:p>", run("<w:vanish/>", "skjult")),
            format!("<w:p>{}</w:p>", run(r#"<w:vanish w:val="false"/>"#, "vist likevel")),
            format!("<w:p>{}{}</w:p>", run(r#"<w:color w:val="FFFFFF"/>"#, "hvit "), run("", "svart")),
            format!("<w:p>{}</w:p>", run(r#"<w:color w:val="F2F2F2"/>"#, "nesten hvit")),
            format!("<w:p>{}</w:p>", run(r#"<w:color w:val="BFBFBF"/>"#, "grå")),
            format!("<w:p>{}</w:p>", run(r#"<w:sz w:val="2"/>"#, "bitteliten")),
            format!("<w:p>{}</w:p>", run(r#"<w:sz w:val="16"/>"#, "liten")),
            // white on a coloured background is visible
            format!("<w:p>{}</w:p>", run(r#"<w:color w:val="FFFFFF"/><w:shd w:val="clear" w:fill="1F3864"/>"#, "på blått")),
            format!("<w:p>{}</w:p>", run(r#"<w:color w:val="FFFFFF"/><w:highlight w:val="darkBlue"/>"#, "uthevet")),
            format!(
                r#"<w:p><w:pPr><w:shd w:val="clear" w:fill="333333"/><w:rPr><w:vanish/></w:rPr></w:pPr>{}</w:p>"#,
                run(r#"<w:color w:val="FFFFFF"/>"#, "skyggelagt avsnitt")
            ),
            format!(
                r#"<w:tbl><w:tr><w:tc><w:tcPr><w:shd w:val="clear" w:fill="000000"/></w:tcPr><w:p>{}</w:p></w:tc><w:tc><w:p>{}</w:p></w:tc></w:tr></w:tbl>"#,
                run(r#"<w:color w:val="FFFFFF"/>"#, "mørk celle"),
                run(r#"<w:color w:val="FFFFFF"/>"#, "lys celle")
            ),
        ]
        .concat();
        let xml = format!("<w:document {W}><w:body>{body}</w:body></w:document>");
        let t = extract(&docx(&xml), &Limits::default());
        assert!(t.readable, "{:?}", t.warnings);
        for s in ["skjult", "vist likevel", "hvit svart", "bitteliten", "på blått", "lys celle"] {
            assert!(t.text.contains(s), "{s:?} in {:?}", t.text);
        }
        assert_eq!(hidden_text(&t), ["skjult", "hvit ", "nesten hvit", "bitteliten", "lys celle"]);
    }

    #[test]
    fn a_page_colour_makes_white_text_visible() {
        let xml = format!(
            r#"<w:document {W}><w:background w:color="1F3864"/><w:body><w:p>{}</w:p></w:body></w:document>"#,
            run(r#"<w:color w:val="FFFFFF"/>"#, "hvit på mørk side")
        );
        let t = extract(&docx(&xml), &Limits::default());
        assert!(t.hidden.is_empty(), "{:?}", hidden_text(&t));
    }

    #[test]
    fn dtd_depth_and_garbage_are_refused() {
        let dtd = format!(
            r#"<!DOCTYPE x [<!ENTITY a "aaaa">]><w:document {W}><w:body><w:p><w:r><w:t>&a;</w:t></w:r></w:p></w:body></w:document>"#
        );
        let t = extract(&docx(&dtd), &Limits::default());
        assert!(!t.readable && t.warnings[0].to_string().contains("DTD"), "{:?}", t.warnings);
        let deep = format!("<w:document {W}>{}{}</w:document>", "<w:p>".repeat(300), "</w:p>".repeat(300));
        assert!(!extract(&docx(&deep), &Limits::default()).readable);
        assert!(!extract(b"PK\x03\x04garbage", &Limits::default()).readable);
    }

    #[test]
    fn inflated_bytes_are_counted() {
        let big = format!(
            "<w:document {W}><w:body><w:p><w:r><w:t>{}</w:t></w:r></w:p></w:body></w:document>",
            "a".repeat(10_000)
        );
        let limits = Limits { max_inflated_bytes: 1_000, ..Limits::default() };
        let t = extract(&docx(&big), &limits);
        assert!(!t.readable && t.warnings[0].to_string().contains("zip bomb"), "{:?}", t.warnings);
    }
}
