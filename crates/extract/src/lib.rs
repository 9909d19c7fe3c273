//! Text extraction for Sikte: file bytes in, [`sikte::ExtractedText`] out.
//!
//! Extraction never fails as a whole: a file that cannot be read yields an
//! unreadable [`ExtractedText`] with the reason, so that the candidate ends as
//! `review` and is never dropped.
//!
//! # Untrusted input
//!
//! Every reader is bounded by [`Limits`]: file size, extracted text length,
//! DOCX and ODT entry count and inflated bytes (counted while inflating,
//! never taken from the archive's headers), XML nesting depth and element
//! count, PDF page count. DTDs are refused, so no entity is ever expanded.

mod docx;
mod europass;
mod jsonresume;
pub mod layout;
mod odt;
#[cfg(feature = "pdf")]
mod pdf;
mod plain;
mod xml;

use sikte::{ExtractedText, Note};

/// Hard limits for one file. Each limit, when hit, makes the file unreadable
/// with a warning that names the limit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Largest file accepted, in bytes.
    pub max_file_bytes: usize,
    /// Largest extracted text kept, in bytes.
    pub max_text_bytes: usize,
    /// Most entries a DOCX or ODT archive may have.
    pub max_zip_entries: usize,
    /// Most bytes inflated from one DOCX or ODT, counted while inflating
    /// (and the largest XML file a PDF may carry).
    pub max_inflated_bytes: u64,
    /// Deepest XML element nesting accepted.
    pub max_xml_depth: usize,
    /// Most PDF pages read.
    pub max_pdf_pages: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_file_bytes: 20 * 1024 * 1024,
            max_text_bytes: sikte::MAX_TEXT_BYTES,
            max_zip_entries: 2_000,
            max_inflated_bytes: 64 * 1024 * 1024,
            max_xml_depth: 256,
            max_pdf_pages: 50,
        }
    }
}

/// The file formats Sikte reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Format {
    /// Plain text, any of UTF-8, UTF-16 with BOM, Latin-1/Windows-1252.
    Text,
    /// Markdown, read as plain text.
    Markdown,
    /// Office Open XML word-processing document.
    Docx,
    /// OpenDocument text (LibreOffice, OpenOffice, Google Docs' export).
    Odt,
    /// A JSON Resume (`resume.json`).
    JsonResume,
    /// A Europass CV as XML (schema v3 `SkillsPassport`, or the 2020+
    /// `Candidate`).
    EuropassXml,
    /// PDF (text layer).
    Pdf,
}

impl Format {
    /// The format's name as used in reports and messages.
    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Markdown => "markdown",
            Format::Docx => "docx",
            Format::Odt => "odt",
            Format::JsonResume => "json-resume",
            Format::EuropassXml => "europass-xml",
            Format::Pdf => "pdf",
        }
    }

    /// The format a file name's extension says, if Sikte reads it.
    pub fn from_name(name: &str) -> Option<Format> {
        let ext = name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase())?;
        match ext.as_str() {
            "txt" | "text" => Some(Format::Text),
            "md" | "markdown" => Some(Format::Markdown),
            "docx" => Some(Format::Docx),
            "odt" => Some(Format::Odt),
            "json" => Some(Format::JsonResume),
            "xml" => Some(Format::EuropassXml),
            "pdf" => Some(Format::Pdf),
            _ => None,
        }
    }

    /// The format the bytes themselves show (magic numbers), if any. A ZIP
    /// archive is ODT when it says so (its first entry, `mimetype`, stored
    /// uncompressed) or holds `content.xml` and no `word/document.xml`;
    /// otherwise DOCX. XML is a Europass CV when its start names one.
    pub fn sniff(bytes: &[u8]) -> Option<Format> {
        if bytes.starts_with(b"%PDF-") {
            Some(Format::Pdf)
        } else if bytes.starts_with(b"PK\x03\x04") {
            Some(if odt::is_odt(bytes) { Format::Odt } else { Format::Docx })
        } else if europass::looks_like_europass(bytes) {
            Some(Format::EuropassXml)
        } else {
            None
        }
    }
}

/// Extract text from one file. `name` chooses the format by extension; the
/// bytes' magic numbers win when they disagree (a PDF named `.txt` is read as
/// PDF), with a warning.
pub fn extract(name: &str, bytes: &[u8], limits: &Limits) -> ExtractedText {
    if bytes.len() > limits.max_file_bytes {
        return ExtractedText::unreadable(Note::new(
            "warning.file_too_big",
            &[("bytes", bytes.len().to_string()), ("limit", limits.max_file_bytes.to_string())],
        ));
    }
    if bytes.is_empty() {
        return ExtractedText::unreadable(Note::new("warning.file_empty", &[]));
    }
    let by_name = Format::from_name(name);
    let sniffed = Format::sniff(bytes);
    let format = match (by_name, sniffed) {
        (_, Some(s)) => s,
        (Some(n), None) => n,
        (None, None) => Format::Text,
    };
    let mut out = match format {
        Format::Text | Format::Markdown => plain::extract(bytes),
        Format::Docx => docx::extract(bytes, limits),
        Format::Odt => odt::extract(bytes, limits),
        Format::JsonResume => jsonresume::extract(bytes),
        Format::EuropassXml => europass::extract(bytes, limits),
        Format::Pdf => extract_pdf(bytes, limits),
    };
    if let (Some(n), Some(s)) = (by_name, sniffed) {
        if n != s {
            out.warnings.insert(
                0,
                Note::new("warning.format_mismatch", &[("named", n.name().into()), ("actual", s.name().into())]),
            );
        }
    }
    truncate(&mut out, limits.max_text_bytes);
    if out.readable && out.text.trim().is_empty() {
        out.readable = false;
        out.warnings.push(Note::new("warning.no_text", &[]));
    }
    out
}

/// The page text of a PDF, or the Europass CV the PDF carries as an
/// embedded XML file, given as `(file name, bytes)` pairs: the first
/// Europass XML among them is read instead of the pages when every value in
/// it (names, titles, years, levels, licence classes, description words) is
/// also on the pages, with a warning saying so; otherwise the page text is
/// kept, with a warning saying why. Attachments that are not Europass XML
/// are passed over. The CLI's PDF reader does this itself; the page, which
/// reads PDFs with pdf.js, can call it with the attachments pdf.js finds.
pub fn prefer_embedded_europass(
    pages: ExtractedText,
    attachments: &[(String, Vec<u8>)],
    limits: &Limits,
) -> ExtractedText {
    europass::prefer_embedded(pages, attachments, limits)
}

#[cfg(feature = "pdf")]
fn extract_pdf(bytes: &[u8], limits: &Limits) -> ExtractedText {
    pdf::extract(bytes, limits)
}

#[cfg(not(feature = "pdf"))]
fn extract_pdf(_bytes: &[u8], _limits: &Limits) -> ExtractedText {
    ExtractedText::unreadable(Note::new("warning.pdf_unsupported", &[]))
}

fn truncate(out: &mut ExtractedText, max: usize) {
    if out.text.len() > max {
        let mut cut = max;
        while !out.text.is_char_boundary(cut) {
            cut -= 1;
        }
        out.text.truncate(cut);
        out.hidden.retain_mut(|r| {
            r.end = r.end.min(cut);
            r.start < r.end
        });
        out.warnings.push(Note::new("warning.text_cut", &[("bytes", max.to_string())]));
    }
}
