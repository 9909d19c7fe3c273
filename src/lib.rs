//! Sikte's core: requirement lines and extracted CV text in, a report out.
//!
//! The core does no IO and knows nothing of JavaScript. Text extraction from
//! files (TXT, DOCX, PDF, JSON Resume) lives in the `sikte-extract` crate; the
//! CLI and the WebAssembly layer both feed its [`ExtractedText`] to [`screen`].
//!
//! ```
//! let reqs = sikte::parse_requirements("Førerkort klasse B\nPolitiattest");
//! let cv = sikte::ExtractedText::readable("Sertifikater\nFørerkort klasse BE".into());
//! let report = sikte::screen(&reqs, &[("anna.txt".into(), cv)], &sikte::Options::new(sikte::Date::new(2026, 11, 27).unwrap()));
//! assert_eq!(report.candidates[0].status, sikte::Status::Pass);
//! ```
//!
//! # Untrusted input
//!
//! CV text is hostile input. The core never panics on any text, runs in time
//! roughly linear in the text length times the number of requirements, and
//! truncates text beyond [`MAX_TEXT_BYTES`] with a warning. Every evidence span
//! is a valid byte range on `char` boundaries of the extracted text, and
//! `text[start..end]` is the quoted evidence.
//!
//! Text a reader of the file cannot see ([`ExtractedText::hidden`]: hidden,
//! white, tiny or off-page text) never meets a requirement by itself: a
//! requirement met only there is `unclear`, with the evidence kept and the
//! reason given; and it never makes a requirement `not_met`.

pub mod date;
pub mod i18n;
pub mod job_ad;
pub mod lexicon;
pub mod lint;
pub mod redact;
pub mod render;
pub mod report;
pub mod requirement;
pub mod rules;
pub mod text;

pub use date::Date;
pub use i18n::Lang;
pub use report::{Candidate, Evidence, Report, Status, Verdict, VerdictKind};
pub use requirement::{parse_requirements, Requirement, RequirementKind};
pub use text::Document;

/// The largest CV text, in bytes, that is screened; longer text is cut here
/// (on a char boundary) and the candidate gets a warning.
pub const MAX_TEXT_BYTES: usize = 512 * 1024;

/// Text taken out of one file, before normalisation: what extraction hands to
/// the core. `text` is what evidence spans point into.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ExtractedText {
    /// The extracted text, exactly as evidence offsets refer to it.
    pub text: String,
    /// Warnings from extraction ("no text layer (scanned?)"), as messages
    /// rendered in the report's language.
    pub warnings: Vec<Note>,
    /// False when the file could not be read at all (corrupt, over a limit,
    /// no text). An unreadable file always ends as `review`.
    pub readable: bool,
    /// Byte ranges of `text` that a reader of the file cannot see: a DOCX
    /// run marked hidden (`w:vanish`), white or near-white text, a font
    /// under 2 pt, text outside the page, PDF text render mode 3. The text
    /// stays in `text` (so evidence offsets stay valid and a reviewer sees
    /// it); hidden text alone never meets a requirement, and never
    /// contradicts one. Any order, overlapping or out of range is accepted
    /// (see [`text::hidden::normalise`]).
    pub hidden: Vec<std::ops::Range<usize>>,
}

impl ExtractedText {
    /// Text that was read without trouble.
    pub fn readable(text: String) -> Self {
        ExtractedText { text, warnings: Vec::new(), readable: true, hidden: Vec::new() }
    }

    /// A file that could not be read, with the reason.
    pub fn unreadable(reason: Note) -> Self {
        ExtractedText { text: String::new(), warnings: vec![reason], readable: false, hidden: Vec::new() }
    }

    /// The same text with `hidden` byte ranges that a reader cannot see.
    pub fn with_hidden(mut self, hidden: Vec<std::ops::Range<usize>>) -> Self {
        self.hidden = hidden;
        self
    }
}

/// Notes that mean part of a file was not read because of a limit.
pub const OVER_LIMIT_NOTES: &[&str] = &["warning.text_cut", "warning.pdf_pages", "warning.timeout"];

/// A message: a key of the catalogues in `src/i18n/` and its parameters,
/// rendered in the report's language. Extraction warnings are notes so that
/// they can be shown in any language.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Note {
    pub key: String,
    #[serde(default)]
    pub args: Vec<(String, String)>,
}

/// A note in English.
impl std::fmt::Display for Note {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.render(Lang::En))
    }
}

impl Note {
    /// A note with parameters: `Note::new("warning.file_empty", &[])`.
    pub fn new(key: &str, args: &[(&str, String)]) -> Note {
        Note { key: key.to_string(), args: args.iter().map(|(k, v)| (k.to_string(), v.clone())).collect() }
    }

    /// Whether the note says part of the file was left out because it was
    /// over a limit (text length, page count, time): such a candidate is
    /// always `review`, since the unread part was never screened.
    pub fn is_over_limit(&self) -> bool {
        OVER_LIMIT_NOTES.contains(&self.key.as_str())
    }

    /// The note in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        let args: Vec<(&str, String)> = self.args.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
        i18n::tr(lang, &self.key, &args)
    }
}

/// Settings that change a report. Everything that could differ between runs
/// is here, so that the same inputs and options give the same report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    /// The date used for "now": open date ranges ("2019 – d.d.") end here,
    /// and dates after it are in the future.
    pub today: Date,
    /// The language of interpretations, explanations and warnings.
    pub lang: Lang,
}

impl Options {
    /// Options with the given "today", in English.
    pub fn new(today: Date) -> Self {
        Options { today, lang: Lang::En }
    }

    /// The same options in another language.
    pub fn with_lang(mut self, lang: Lang) -> Self {
        self.lang = lang;
        self
    }
}

/// Screen every document against every requirement.
///
/// `documents` are `(file name, extracted text)` pairs; the report keeps their
/// order, and the order of `requirements`.
pub fn screen(requirements: &[Requirement], documents: &[(String, ExtractedText)], options: &Options) -> Report {
    let candidates =
        documents.iter().map(|(file, extracted)| screen_one(requirements, file, extracted, options)).collect();
    Report::new(requirements, candidates, options.lang)
}

/// Screen one document; see [`screen`].
pub fn screen_one(requirements: &[Requirement], file: &str, extracted: &ExtractedText, options: &Options) -> Candidate {
    let doc = Document::of_cv(extracted);
    let verdicts = requirements.iter().map(|req| rules::evaluate(req, &doc, options)).collect();
    let warnings = doc.warnings().iter().map(|w| w.render(options.lang)).collect();
    let complete = doc.readable() && !doc.warnings().iter().any(Note::is_over_limit);
    Candidate::new(file, complete, verdicts, warnings)
}
