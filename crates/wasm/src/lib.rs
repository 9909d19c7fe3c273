//! Sikte in the browser: a thin wasm-bindgen layer over the core and the
//! extraction crate. Data crosses as JSON strings (the same renderer as the
//! CLI, so page and CLI agree byte for byte); no panic crosses the boundary,
//! and errors are `JsValue` strings.

use sikte::{Date, ExtractedText, Options};
use sikte_extract::Limits;
use wasm_bindgen::prelude::*;

type JsResult<T> = Result<T, JsValue>;

fn parse_today(today: &str) -> JsResult<Date> {
    Date::parse(today).ok_or_else(|| JsValue::from_str(&format!("{today:?} is not a date in the form YYYY-MM-DD")))
}

fn json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"))
}

/// How each requirement line is understood: a JSON array of
/// `{ index, text, kind, interpretation }`.
#[wasm_bindgen]
pub fn interpret(requirements: &str) -> String {
    let reqs = sikte::parse_requirements(requirements);
    let report = sikte::Report::new(&reqs, Vec::new());
    json(&report.requirements)
}

/// Screen one file's bytes (TXT, Markdown, DOCX, JSON Resume; PDFs are read
/// by pdf.js and go through [`screen_text`]). Returns the candidate as JSON,
/// as in `sikte.report/1`.
#[wasm_bindgen]
pub fn screen_file(requirements: &str, name: &str, bytes: &[u8], today: &str) -> JsResult<String> {
    let today = parse_today(today)?;
    let reqs = sikte::parse_requirements(requirements);
    let extracted = sikte_extract::extract(name, bytes, &Limits::default());
    Ok(json(&sikte::screen_one(&reqs, name, &extracted, &Options::new(today))))
}

/// Screen text extracted elsewhere (pdf.js), with its extraction warnings;
/// `readable = false` marks a file that could not be read.
#[wasm_bindgen]
pub fn screen_text(
    requirements: &str,
    name: &str,
    text: &str,
    warnings: Vec<String>,
    readable: bool,
    today: &str,
) -> JsResult<String> {
    let today = parse_today(today)?;
    let reqs = sikte::parse_requirements(requirements);
    let extracted = ExtractedText { text: text.to_string(), warnings, readable };
    Ok(json(&sikte::screen_one(&reqs, name, &extracted, &Options::new(today))))
}

/// The version of the core.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
