//! Bounded XML reading on `quick-xml`, shared by the ODT and Europass
//! readers: bytes to a string (UTF-8 or UTF-16 by byte-order mark, other
//! declared encodings through `encoding_rs`), a small element tree with
//! limits on depth and element count, and the text of the HTML fragments
//! that Europass keeps in its descriptions.
//!
//! A DTD is refused, so no entity is ever declared, let alone expanded:
//! only the five predefined entities and character references are read
//! (`quick-xml` never expands anything itself).

use quick_xml::events::{BytesRef, Event};
use quick_xml::Reader;

/// Most elements one XML file may have. A long CV has a few thousand.
pub(crate) const MAX_ELEMENTS: usize = 200_000;

/// The bytes of an XML file as text: a byte-order mark decides (UTF-8,
/// UTF-16 LE/BE), then the declaration's `encoding`, else UTF-8. Only the
/// encodings Nordic CVs are written in are known (UTF-8, UTF-16, Latin-1 /
/// Windows-1252): naming every encoding `encoding_rs` knows would put all
/// its tables (CJK and more, hundreds of KB) into the page's WebAssembly.
pub(crate) fn decode(bytes: &[u8]) -> Result<String, String> {
    if let Some((enc, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, had_errors) = enc.decode_without_bom_handling(&bytes[bom..]);
        return if had_errors { Err(format!("not valid {}", enc.name())) } else { Ok(text.into_owned()) };
    }
    let head = &bytes[..bytes.len().min(200)];
    let declared = std::str::from_utf8(head.split(|&b| b == b'>').next().unwrap_or_default())
        .ok()
        .and_then(|decl| decl.strip_prefix("<?xml"))
        .and_then(|decl| {
            let at = decl.find("encoding")?;
            let rest = decl[at + "encoding".len()..].trim_start().strip_prefix('=')?.trim_start();
            let quote = rest.chars().next().filter(|c| *c == '"' || *c == '\'')?;
            rest[1..].split(quote).next().map(str::to_string)
        });
    let enc = match declared {
        Some(label) => match label.trim().to_ascii_lowercase().as_str() {
            "utf-8" | "utf8" => encoding_rs::UTF_8,
            "utf-16" | "utf-16le" => encoding_rs::UTF_16LE,
            "utf-16be" => encoding_rs::UTF_16BE,
            "iso-8859-1" | "latin1" | "iso_8859-1" | "windows-1252" | "cp1252" | "us-ascii" | "ascii" => {
                encoding_rs::WINDOWS_1252
            }
            _ => return Err(format!("unknown encoding {label:?}")),
        },
        None => encoding_rs::UTF_8,
    };
    let (text, had_errors) = enc.decode_without_bom_handling(bytes);
    if had_errors {
        return Err(format!("not valid {}", enc.name()));
    }
    Ok(text.into_owned())
}

/// One element: its local name (namespace prefix dropped), attributes (local
/// names too) and children in document order.
#[derive(Debug, Default)]
pub(crate) struct Element {
    pub name: String,
    pub attrs: Vec<(String, String)>,
    pub children: Vec<Node>,
}

#[derive(Debug)]
pub(crate) enum Node {
    Element(Element),
    Text(String),
}

impl Element {
    /// The child elements.
    pub fn elements(&self) -> impl Iterator<Item = &Element> {
        self.children.iter().filter_map(|c| match c {
            Node::Element(e) => Some(e),
            Node::Text(_) => None,
        })
    }

    /// The first child element named `name`.
    pub fn child(&self, name: &str) -> Option<&Element> {
        self.elements().find(|e| e.name == name)
    }

    /// Every child element named `name`.
    pub fn children_named<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Element> + 'a {
        self.elements().filter(move |e| e.name == name)
    }

    /// The element at a path of child names: `at(&["Period", "From"])`.
    pub fn at(&self, path: &[&str]) -> Option<&Element> {
        path.iter().try_fold(self, |e, name| e.child(name))
    }

    /// Every descendant named `name`, depth first, in document order.
    pub fn descendants<'a>(&'a self, name: &'a str, out: &mut Vec<&'a Element>) {
        for e in self.elements() {
            if e.name == name {
                out.push(e);
            }
            e.descendants(name, out);
        }
    }

    /// An attribute's value.
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }

    /// All the text inside, trimmed; `None` when there is none.
    pub fn text(&self) -> Option<String> {
        let mut s = String::new();
        self.collect_text(&mut s);
        let t = s.trim();
        (!t.is_empty()).then(|| t.to_string())
    }

    fn collect_text(&self, out: &mut String) {
        for c in &self.children {
            match c {
                Node::Text(t) => out.push_str(t),
                Node::Element(e) => e.collect_text(out),
            }
        }
    }

    /// The text of the child at `path`.
    pub fn text_at(&self, path: &[&str]) -> Option<String> {
        self.at(path).and_then(Element::text)
    }
}

/// Parse a whole XML document into its root element. Refuses a DTD, nesting
/// deeper than `max_depth` and more than [`MAX_ELEMENTS`] elements.
pub(crate) fn parse(xml: &str, max_depth: usize) -> Result<Element, String> {
    let mut reader = Reader::from_str(xml);
    let mut stack: Vec<Element> = vec![Element::default()]; // a document node
    let mut count = 0usize;
    loop {
        let event = reader.read_event().map_err(|e| format!("malformed XML ({e})"))?;
        match event {
            Event::DocType(_) => return Err("a DTD is not allowed".into()),
            Event::Start(e) | Event::Empty(e) if stack.len() > max_depth => {
                let _ = e;
                return Err(format!("XML nested deeper than {max_depth}"));
            }
            Event::Start(e) => {
                count += 1;
                if count > MAX_ELEMENTS {
                    return Err(format!("more than {MAX_ELEMENTS} XML elements"));
                }
                stack.push(element(&e)?);
            }
            Event::Empty(e) => {
                count += 1;
                if count > MAX_ELEMENTS {
                    return Err(format!("more than {MAX_ELEMENTS} XML elements"));
                }
                let el = element(&e)?;
                push(&mut stack, Node::Element(el));
            }
            Event::End(_) if stack.len() > 1 => {
                let done = stack.pop().expect("checked");
                push(&mut stack, Node::Element(done));
            }
            Event::Text(t) => push_text(&mut stack, &t.xml10_content()),
            Event::CData(t) => push_text(&mut stack, &t.xml10_content()),
            Event::GeneralRef(r) => {
                if let Some(c) = reference(&r) {
                    push_text(&mut stack, c.encode_utf8(&mut [0; 4]));
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    let document = stack.into_iter().next().unwrap_or_default();
    document
        .children
        .into_iter()
        .find_map(|c| match c {
            Node::Element(e) => Some(e),
            Node::Text(_) => None,
        })
        .ok_or_else(|| "no root element".to_string())
}

fn element(e: &quick_xml::events::BytesStart<'_>) -> Result<Element, String> {
    let mut attrs = Vec::new();
    for a in e.attributes() {
        let a = a.map_err(|e| format!("malformed XML attribute ({e})"))?;
        let value = a
            .normalized_value(quick_xml::XmlVersion::Implicit1_0)
            .map_err(|e| format!("malformed XML attribute ({e})"))?;
        attrs.push((a.key.local_name().as_ref().to_string(), value.into_owned()));
    }
    Ok(Element { name: e.local_name().as_ref().to_string(), attrs, children: Vec::new() })
}

fn push(stack: &mut [Element], node: Node) {
    if let Some(top) = stack.last_mut() {
        top.children.push(node);
    }
}

fn push_text(stack: &mut [Element], text: &str) {
    if let Some(top) = stack.last_mut() {
        if let Some(Node::Text(t)) = top.children.last_mut() {
            t.push_str(text);
        } else {
            top.children.push(Node::Text(text.to_string()));
        }
    }
}

/// The character a reference stands for: a character reference or one of the
/// five predefined entities. Anything else is dropped (never expanded).
pub(crate) fn reference(r: &BytesRef<'_>) -> Option<char> {
    match r.resolve_char_ref() {
        Ok(Some(c)) => Some(c),
        Ok(None) => match &**r {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ => None,
        },
        Err(_) => None,
    }
}

/// The text of an HTML fragment (Europass descriptions are HTML escaped into
/// XML): tags dropped, block ends (`p`, `li`, `div`, headings, `br`) as line
/// breaks, list items as "- " lines, the common named entities resolved.
/// Read leniently (unclosed `<br>`, mismatched ends); if it still cannot be
/// read as markup, the fragment is taken as plain text.
pub(crate) fn html_text(html: &str) -> String {
    if !html.contains('<') && !html.contains('&') {
        return tidy_lines(html);
    }
    let mut reader = Reader::from_str(html);
    let config = reader.config_mut();
    config.check_end_names = false;
    config.allow_unmatched_ends = true;
    config.allow_dangling_amp = true;
    let mut out = String::new();
    let mut skip = 0usize; // inside <script> or <style>
    loop {
        let event = match reader.read_event() {
            Ok(e) => e,
            Err(_) => return tidy_lines(html),
        };
        match event {
            Event::Start(e) => match e.local_name().as_ref().to_ascii_lowercase().as_str() {
                "script" | "style" => skip += 1,
                "li" => out.push_str("\n- "),
                "br" => out.push('\n'),
                "p" | "div" | "ul" | "ol" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "tr" | "table" => out.push('\n'),
                "td" | "th" => out.push('\t'),
                _ => {}
            },
            Event::Empty(e) => {
                if matches!(e.local_name().as_ref().to_ascii_lowercase().as_str(), "br" | "p" | "div" | "hr") {
                    out.push('\n');
                }
            }
            Event::End(e) => match e.local_name().as_ref().to_ascii_lowercase().as_str() {
                "script" | "style" => skip = skip.saturating_sub(1),
                "p" | "div" | "li" | "ul" | "ol" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "tr" | "table" => {
                    out.push('\n')
                }
                _ => {}
            },
            Event::Text(t) if skip == 0 => out.push_str(&t.xml10_content()),
            Event::CData(t) if skip == 0 => out.push_str(&t.xml10_content()),
            Event::GeneralRef(r) if skip == 0 => match reference(&r) {
                Some(c) => out.push(c),
                None => match &*r {
                    "nbsp" | "ensp" | "emsp" | "thinsp" => out.push(' '),
                    "ndash" => out.push('–'),
                    "mdash" => out.push('—'),
                    "hellip" => out.push('…'),
                    "laquo" => out.push('«'),
                    "raquo" => out.push('»'),
                    "bull" | "middot" => out.push('·'),
                    name => {
                        // An unknown name stays as written, so no text is lost.
                        out.push('&');
                        out.push_str(name);
                        out.push(';');
                    }
                },
            },
            Event::Eof => break,
            _ => {}
        }
    }
    tidy_lines(&out)
}

/// Lines trimmed, runs of spaces collapsed, empty lines and list markers
/// without text dropped.
fn tidy_lines(s: &str) -> String {
    let mut out = String::new();
    for line in s.lines() {
        let words: Vec<&str> = line.split([' ', '\t', '\u{a0}']).filter(|w| !w.is_empty()).collect();
        if words.is_empty() || words == ["-"] {
            continue;
        }
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(&words.join(" "));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tree_with_prefixes_entities_and_limits() {
        let root = parse(
            r#"<?xml version="1.0"?><a:Root xmlns:a="urn:x" a:lang="nb"><B>Sykepleier &amp; lærer</B><C n="1"/></a:Root>"#,
            16,
        )
        .unwrap();
        assert_eq!(root.name, "Root");
        assert_eq!(root.attr("lang"), Some("nb"));
        assert_eq!(root.text_at(&["B"]).as_deref(), Some("Sykepleier & lærer"));
        assert_eq!(root.child("C").and_then(|c| c.attr("n")), Some("1"));
        assert!(parse("<!DOCTYPE a [<!ENTITY x \"y\">]><a>&x;</a>", 16).unwrap_err().contains("DTD"));
        assert!(parse(&format!("{}{}", "<a>".repeat(20), "</a>".repeat(20)), 16).unwrap_err().contains("deeper"));
        assert!(parse("<a><b></a>", 16).is_err());
    }

    #[test]
    fn decodes_boms_and_declared_encodings() {
        assert_eq!(decode(b"\xef\xbb\xbf<a>\xc3\xa6</a>").unwrap(), "<a>æ</a>");
        let utf16: Vec<u8> =
            [0xff, 0xfe].into_iter().chain("<a>ø</a>".encode_utf16().flat_map(u16::to_le_bytes)).collect();
        assert_eq!(decode(&utf16).unwrap(), "<a>ø</a>");
        assert_eq!(
            decode(b"<?xml version='1.0' encoding='ISO-8859-1'?><a>\xe5</a>").unwrap().chars().last(),
            Some('>')
        );
        assert!(decode(b"<?xml version='1.0' encoding='ISO-8859-1'?><a>\xe5</a>").unwrap().contains('å'));
        assert!(decode(b"<a>\xff</a>").is_err());
    }

    #[test]
    fn html_fragments_become_lines() {
        let html = "<p>Ansvar for <strong>medisinrom</strong> &amp; turnus.</p><ul><li>DIPS&nbsp;Arena</li><li></li><li>Gerica<br>og CosDoc</li></ul><script>x()</script>";
        assert_eq!(html_text(html), "Ansvar for medisinrom & turnus.\n- DIPS Arena\n- Gerica\nog CosDoc");
        assert_eq!(html_text("plain  text"), "plain text");
        assert_eq!(html_text("a < b & c"), "a < b & c");
    }
}
