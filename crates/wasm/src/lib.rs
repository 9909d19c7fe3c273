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
}

/// Extract the text of a TXT, Markdown, DOCX or JSON Resume file:
/// `{ text, warnings, readable }`, the warnings as `{ key, args }` notes.
/// PDFs are read by pdf.js in the page.
#[wasm_bindgen]
pub fn extract(name: &str, bytes: &[u8]) -> JsResult<String> {
    let e = sikte_extract::extract(name, bytes, &Limits::default());
    json(&Extracted { text: &e.text, warnings: &e.warnings, readable: e.readable })
}

#[derive(Serialize)]
struct Screened<'a> {
    candidate: &'a Candidate,
    /// For each verdict, each evidence span as UTF-16 `[start, end]`.
    evidence_utf16: Vec<Vec<[usize; 2]>>,
}

/// Screen extracted text (from [`extract`] or pdf.js) with its extraction
/// warnings (a JSON array of `{ key, args }` notes); `readable = false`
/// marks a file that could not be read. Returns `{ candidate,
/// evidence_utf16 }`; `candidate` is as in `sikte.report/1`, in `lang`.
#[wasm_bindgen]
pub fn screen_text(
    requirements: &str,
    name: &str,
    text: &str,
    warnings: &str,
    readable: bool,
    today: &str,
    lang: &str,
) -> JsResult<String> {
    let options = Options::new(parse_today(today)?).with_lang(parse_lang(lang)?);
    let reqs = sikte::parse_requirements(requirements);
    let warnings: Vec<Note> = serde_json::from_str(warnings).map_err(error)?;
    let extracted = ExtractedText { text: text.to_string(), warnings, readable };
    let candidate = sikte::screen_one(&reqs, name, &extracted, &options);
    let evidence_utf16 = candidate
        .verdicts
        .iter()
        .map(|v| v.evidence.iter().map(|e| [utf16_offset(text, e.start), utf16_offset(text, e.end)]).collect())
        .collect();
    json(&Screened { candidate: &candidate, evidence_utf16 })
}

/// The UTF-16 index of UTF-8 byte offset `byte` of `text`.
fn utf16_offset(text: &str, byte: usize) -> usize {
    text.get(..byte).map_or(0, |s| s.encode_utf16().count())
}

/// The text of a PDF in reading order, from pdf.js's positioned text items:
/// `pages` is a JSON array of `{ width, items: [{ s, x, y, w, h }] }` (the
/// same ordering the CLI applies to its own PDF reader's spans).
#[wasm_bindgen]
pub fn order_pdf_text(pages: &str) -> JsResult<String> {
    let pages: Vec<sikte_extract::layout::Page> = serde_json::from_str(pages).map_err(error)?;
    Ok(sikte_extract::layout::order(&pages))
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

/// The version of the core.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

#[cfg(test)]
mod tests {
    use super::utf16_offset;

    #[test]
    fn utf16_offsets() {
        let t = "ø😀b";
        assert_eq!(utf16_offset(t, 0), 0);
        assert_eq!(utf16_offset(t, 2), 1);
        assert_eq!(utf16_offset(t, 6), 3);
        assert_eq!(utf16_offset(t, 7), 4);
    }
}
