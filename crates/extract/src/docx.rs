//! DOCX (Office Open XML): the text of the body, headers and footers, with
//! paragraphs as lines and table cells separated by tabs. Bounded: entry
//! count, bytes inflated (counted while inflating), XML depth; a DTD is
//! refused, so no entity is ever expanded. Hidden runs (`w:vanish`) are
//! left out with a warning: a reader cannot see them.

use std::io::{Cursor, Read};

use quick_xml::events::Event;
use quick_xml::Reader;
use sikte::{ExtractedText, Note};

use crate::Limits;

/// Read a DOCX file.
pub(crate) fn extract(bytes: &[u8], limits: &Limits) -> ExtractedText {
    match read(bytes, limits) {
        Ok((text, warnings)) => {
            let mut out = ExtractedText::readable(text);
            out.warnings = warnings;
            out
        }
        Err(why) => ExtractedText::unreadable(Note::new("warning.docx_unreadable", &[("why", why)])),
    }
}

fn read(bytes: &[u8], limits: &Limits) -> Result<(String, Vec<Note>), String> {
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
    let mut hidden = 0usize;
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
        hidden += h;
        if !part.trim().is_empty() {
            if !text.is_empty() {
                text.push('\n');
            }
            text.push_str(&part);
        }
    }
    let mut warnings = Vec::new();
    if hidden > 0 {
        warnings.push(Note::new("warning.hidden_runs", &[("n", hidden.to_string())]));
    }
    Ok((text, warnings))
}

/// The text of one WordprocessingML part, and the number of hidden runs.
fn xml_text(xml: &str, max_depth: usize) -> Result<(String, usize), String> {
    let mut reader = Reader::from_str(xml);
    let mut out = String::new();
    let mut depth = 0usize;
    let mut in_text = false;
    let mut skip_depth: Option<usize> = None; // inside w:instrText, w:delText
    let mut run_hidden = false;
    let mut in_rpr = false;
    let mut hidden_runs = 0usize;
    loop {
        let event = reader.read_event().map_err(|e| format!("malformed XML ({e})"))?;
        match event {
            Event::DocType(_) => return Err("a DTD is not allowed".into()),
            Event::Start(e) => {
                depth += 1;
                if depth > max_depth {
                    return Err(format!("XML nested deeper than {max_depth}"));
                }
                match e.local_name().as_ref() {
                    "t" => in_text = true,
                    "instrText" | "delText" | "delInstrText" if skip_depth.is_none() => skip_depth = Some(depth),
                    "r" => run_hidden = false,
                    "rPr" => in_rpr = true,
                    _ => {}
                }
            }
            Event::Empty(e) => match e.local_name().as_ref() {
                "tab" if !in_rpr => out.push('\t'),
                "br" | "cr" => out.push('\n'),
                "vanish" if in_rpr => {
                    run_hidden = true;
                    hidden_runs += 1;
                }
                _ => {}
            },
            Event::End(e) => {
                if skip_depth == Some(depth) {
                    skip_depth = None;
                }
                depth = depth.saturating_sub(1);
                match e.local_name().as_ref() {
                    "t" => in_text = false,
                    "rPr" => in_rpr = false,
                    "r" => run_hidden = false,
                    "p" => out.push('\n'),
                    "tc" => out.push('\t'),
                    "tr" => out.push('\n'),
                    _ => {}
                }
            }
            Event::Text(t) if in_text && skip_depth.is_none() && !run_hidden => out.push_str(&t.xml10_content()),
            Event::GeneralRef(r) if in_text && skip_depth.is_none() && !run_hidden => {
                let c = match r.resolve_char_ref() {
                    Ok(Some(c)) => Some(c),
                    _ => match &*r {
                        "amp" => Some('&'),
                        "lt" => Some('<'),
                        "gt" => Some('>'),
                        "quot" => Some('"'),
                        "apos" => Some('\''),
                        _ => None,
                    },
                };
                out.extend(c);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok((out, hidden_runs))
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
        assert_eq!(t.text, "Førerkort & klasse B\n2019\n\tSykepleier\n\t\nsynlig\n");
        assert_eq!(t.warnings.len(), 1);
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
