//! Sikte in the browser: a thin wasm-bindgen layer over the core and the
//! extraction crate. Data crosses as JSON strings, rendered by the same
//! serialiser as the CLI so that page and CLI agree byte for byte. No panic
//! crosses the boundary (the core does not panic on any input); errors are
//! `JsValue` strings.
//!
//! Offsets in the core's JSON are UTF-8 byte offsets into the extracted
//! text. JavaScript strings are indexed in UTF-16 code units, so
//! [`screen_text`] also returns every evidence span as UTF-16 offsets, under
//! a name that says so.

use serde::Serialize;
use sikte::{Candidate, Date, ExtractedText, Lang, Note, Options};
use sikte_extract::Limits;
use wasm_bindgen::prelude::*;

type JsResult<T> = Result<T, JsValue>;

fn error(msg: impl std::fmt::Display) -> JsValue {
    JsValue::from_str(&msg.to_string())
}

fn parse_today(today: &str) -> JsResult<Date> {
    Date::parse(today).ok_or_else(|| error(format!("{today:?} is not a date in the form YYYY-MM-DD")))
}

fn parse_lang(lang: &str) -> JsResult<Lang> {
    Lang::parse(lang).ok_or_else(|| error(format!("{lang:?} is not one of nb, nn, sv, da, en")))
}

fn json<T: Serialize>(value: &T) -> JsResult<String> {
    serde_json::to_string(value).map_err(error)
}

/// How each requirement line is understood, in `lang`: a JSON array of
/// `{ index, text, kind, interpretation }`.
#[wasm_bindgen]
pub fn interpret(requirements: &str, lang: &str) -> JsResult<String> {
    let reqs = sikte::parse_requirements(requirements);
    json(&sikte::Report::new(&reqs, Vec::new(), parse_lang(lang)?).requirements)
}

/// The requirement lines of a pasted job ad (a JSON array of strings).
#[wasm_bindgen]
pub fn pick_requirements(ad: &str) -> JsResult<String> {
    json(&sikte::job_ad::requirement_lines(ad))
}

#[derive(Serialize)]
struct Extracted<'a> {
    text: &'a str,
    warnings: &'a [Note],
    readable: bool,
    /// Byte ranges `[start, end]` of `text` a reader of the file cannot see.
    hidden: Vec<[usize; 2]>,
}

fn pairs(ranges: &[std::ops::Range<usize>]) -> Vec<[usize; 2]> {
    ranges.iter().map(|r| [r.start, r.end]).collect()
}

/// Extract the text of a TXT, Markdown, DOCX or JSON Resume file:
/// `{ text, warnings, readable, hidden }`, the warnings as `{ key, args }`
/// notes, `hidden` the UTF-8 byte ranges `[start, end]` of text a reader of
/// the file cannot see (hand them back to [`screen_text`] unchanged).
/// PDFs are read by pdf.js in the page.
#[wasm_bindgen]
pub fn extract(name: &str, bytes: &[u8]) -> JsResult<String> {
    let e = sikte_extract::extract(name, bytes, &Limits::default());
    json(&Extracted { text: &e.text, warnings: &e.warnings, readable: e.readable, hidden: pairs(&e.hidden) })
}

#[derive(Serialize)]
struct Screened<'a> {
    candidate: &'a Candidate,
    /// For each verdict, each evidence span as UTF-16 `[start, end]`.
    evidence_utf16: Vec<Vec<[usize; 2]>>,
    /// The text a reader of the file cannot see, as UTF-16 `[start, end]`.
    hidden_utf16: Vec<[usize; 2]>,
}

/// Screen extracted text (from [`extract`] or pdf.js) with its extraction
/// warnings (a JSON array of `{ key, args }` notes); `readable = false`
/// marks a file that could not be read; `hidden` is a JSON array of UTF-8
/// byte ranges `[start, end]` of `text` a reader cannot see (from
/// [`extract`] or [`order_pdf_text`]; `[]` when none). Returns `{ candidate,
/// evidence_utf16, hidden_utf16 }`; `candidate` is as in `sikte.report/1`,
/// in `lang`.
#[wasm_bindgen]
#[allow(clippy::too_many_arguments)] // flat strings and a bool: the cheapest way across the boundary
pub fn screen_text(
    requirements: &str,
    name: &str,
    text: &str,
    warnings: &str,
    readable: bool,
    hidden: &str,
    today: &str,
    lang: &str,
) -> JsResult<String> {
    let options = Options::new(parse_today(today)?).with_lang(parse_lang(lang)?);
    let reqs = sikte::parse_requirements(requirements);
    let warnings: Vec<Note> = serde_json::from_str(warnings).map_err(error)?;
    let hidden: Vec<[usize; 2]> = serde_json::from_str(hidden).map_err(error)?;
    let hidden = hidden.iter().map(|&[s, e]| s..e).collect();
    let extracted = ExtractedText { text: text.to_string(), warnings, readable, hidden };
    let candidate = sikte::screen_one(&reqs, name, &extracted, &options);
    let evidence_utf16 = candidate
        .verdicts
        .iter()
        .map(|v| v.evidence.iter().map(|e| [utf16_offset(text, e.start), utf16_offset(text, e.end)]).collect())
        .collect();
    let hidden_utf16 = sikte::text::hidden::normalise(&extracted.hidden, text)
        .iter()
        .map(|r| [utf16_offset(text, r.start), utf16_offset(text, r.end)])
        .collect();
    json(&Screened { candidate: &candidate, evidence_utf16, hidden_utf16 })
}

/// The UTF-16 index of UTF-8 byte offset `byte` of `text`.
fn utf16_offset(text: &str, byte: usize) -> usize {
    text.get(..byte).map_or(0, |s| s.encode_utf16().count())
}

/// The text of a PDF in reading order, from pdf.js's positioned text items:
/// `pages` is a JSON array of `{ width, items: [{ s, x, y, w, h, hidden }] }`
/// (the same ordering the CLI applies to its own PDF reader's spans).
/// Returns `{ text, hidden }`: `hidden` the UTF-8 byte ranges `[start, end]`
/// of text a reader cannot see (items marked `hidden`, tiny fonts).
#[wasm_bindgen]
pub fn order_pdf_text(pages: &str) -> JsResult<String> {
    #[derive(Serialize)]
    struct Out {
        text: String,
        hidden: Vec<[usize; 2]>,
    }
    let pages: Vec<sikte_extract::layout::Page> = serde_json::from_str(pages).map_err(error)?;
    let ordered = sikte_extract::layout::order_marked(&pages);
    json(&Out { hidden: pairs(&ordered.hidden), text: ordered.text })
}

/// Screen one file's bytes (not PDF): the candidate as JSON, in English.
#[wasm_bindgen]
pub fn screen_file(requirements: &str, name: &str, bytes: &[u8], today: &str) -> JsResult<String> {
    let today = parse_today(today)?;
    let reqs = sikte::parse_requirements(requirements);
    let extracted = sikte_extract::extract(name, bytes, &Limits::default());
    json(&sikte::screen_one(&reqs, name, &extracted, &Options::new(today)))
}

/// The whole report from candidates screened one by one (a JSON array of
/// `candidate` objects), rendered as `json` (`sikte.report/1`, exactly as
/// the CLI writes it) or `csv`, with interpretations in `lang`.
#[wasm_bindgen]
pub fn render(requirements: &str, candidates: &str, format: &str, lang: &str) -> JsResult<String> {
    let reqs = sikte::parse_requirements(requirements);
    let candidates: Vec<Candidate> = serde_json::from_str(candidates).map_err(error)?;
    let report = sikte::Report::new(&reqs, candidates, parse_lang(lang)?);
    match format {
        "json" => Ok(sikte::render::to_json(&report)),
        "csv" => Ok(sikte::render::to_csv(&report)),
        other => Err(error(format!("unknown format {other:?}"))),
    }
}

/// The requirement linter's warnings on `requirements` (advice, never a
/// block): a JSON array of `{ line, text, ground, reason }` as `sikte lint
/// --format json` gives them (`line` is 1-based), with each reason in `lang`.
#[wasm_bindgen]
pub fn lint(requirements: &str, lang: &str) -> JsResult<String> {
    json(&sikte::lint::lint_in(requirements, parse_lang(lang)?))
}

#[derive(Serialize)]
struct Redacted {
    kind: &'static str,
    /// UTF-8 byte offsets into the text, as the core gives them.
    start: usize,
    end: usize,
    /// The same span in UTF-16 code units, for JavaScript strings.
    start_utf16: usize,
    end_utf16: usize,
}

/// The spans of a CV's text to hide in blind review (`sikte::redact`): a
/// JSON array of `{ kind, start, end, start_utf16, end_utf16 }` in text
/// order, never overlapping. The page shows each as redacted, never removes
/// it silently.
#[wasm_bindgen]
pub fn redactions(text: &str) -> JsResult<String> {
    let spans = sikte::redact::redactions(text);
    let mut at = Utf16Cursor::default();
    let out: Vec<Redacted> = spans
        .iter()
        .map(|r| {
            let start_utf16 = at.advance(text, r.start);
            let end_utf16 = at.advance(text, r.end);
            Redacted { kind: r.kind, start: r.start, end: r.end, start_utf16, end_utf16 }
        })
        .collect();
    json(&out)
}

/// UTF-8 → UTF-16 offsets for increasing byte offsets, in one pass.
#[derive(Default)]
struct Utf16Cursor {
    byte: usize,
    unit: usize,
}

impl Utf16Cursor {
    fn advance(&mut self, text: &str, byte: usize) -> usize {
        if byte < self.byte {
            *self = Self::default();
        }
        if let Some(s) = text.get(self.byte..byte) {
            self.unit += s.encode_utf16().count();
            self.byte = byte;
        }
        self.unit
    }
}

/// The largest file, in bytes, the page reads (the same limit as the CLI's):
/// a larger file is not handed to pdf.js or the readers at all.
#[wasm_bindgen]
pub fn max_file_bytes() -> usize {
    Limits::default().max_file_bytes
}

/// The version of the core.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

#[cfg(test)]
mod tests {
    use super::{utf16_offset, Utf16Cursor};

    #[test]
    fn utf16_offsets() {
        let t = "ø😀b";
        assert_eq!(utf16_offset(t, 0), 0);
        assert_eq!(utf16_offset(t, 2), 1);
        assert_eq!(utf16_offset(t, 6), 3);
        assert_eq!(utf16_offset(t, 7), 4);
    }

    #[test]
    fn utf16_cursor_matches_offsets() {
        let t = "ø😀b ÆØÅ x";
        let mut c = Utf16Cursor::default();
        for b in [0, 2, 6, 7, 8, 10, 14] {
            assert_eq!(c.advance(t, b), utf16_offset(t, b), "{b}");
        }
        assert_eq!(c.advance(t, 2), 1);
    }
}
