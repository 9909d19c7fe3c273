//! CV sections, found by their headings in five languages
//! (`lexicon/data/sections.txt`).

use super::Document;
use crate::lexicon::{lexicon, Words};

/// The kinds of section a CV is split into.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SectionKind {
    /// Before the first heading: name, contact details, often a profile.
    Header,
    Education,
    Experience,
    /// Placements and internships during studies.
    Internship,
    Languages,
    /// Licences, authorisations, certificates and courses.
    Licences,
    Skills,
    Other,
}

impl SectionKind {
    fn from_key(key: &str) -> SectionKind {
        match key {
            "education" => SectionKind::Education,
            "experience" => SectionKind::Experience,
            "internship" => SectionKind::Internship,
            "languages" => SectionKind::Languages,
            "licences" => SectionKind::Licences,
            "skills" => SectionKind::Skills,
            _ => SectionKind::Other,
        }
    }
}

/// The longest heading, in words.
const MAX_HEADING_WORDS: usize = 6;

/// Mark heading lines and give every line its section. Returns whether any
/// heading was found.
pub(super) fn assign(doc: &mut Document<'_>) -> bool {
    let headings = &lexicon().headings;
    let mut found = false;
    let mut current = SectionKind::Header;
    for i in 0..doc.lines().len() {
        let words = doc.lines()[i].words();
        let mut first = words.start;
        // "1. Utdanning", "II Education"
        if first < words.end && doc.word(first).chars().all(|c| c.is_ascii_digit() || "ivx".contains(c)) {
            first += 1;
        }
        let n = words.end.saturating_sub(first);
        let kind = (n > 0 && n <= MAX_HEADING_WORDS)
            .then(|| headings.match_at(doc, first))
            .flatten()
            .filter(|m| m.end() == words.end)
            .map(|m| SectionKind::from_key(headings.key(&m)));
        let line = &mut doc.lines_mut()[i];
        if let Some(kind) = kind {
            found = true;
            current = kind;
            line.heading = true;
        }
        line.section = current;
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ExtractedText;

    #[test]
    fn finds_headings_in_five_languages() {
        let cases = [
            (
                "Kari\nUTDANNING\nBachelor\nArbeidserfaring:\nSykepleier",
                [
                    SectionKind::Header,
                    SectionKind::Education,
                    SectionKind::Education,
                    SectionKind::Experience,
                    SectionKind::Experience,
                ],
            ),
            (
                "Eva\nUtbildning\nX\nArbetslivserfarenhet\nY",
                [
                    SectionKind::Header,
                    SectionKind::Education,
                    SectionKind::Education,
                    SectionKind::Experience,
                    SectionKind::Experience,
                ],
            ),
            (
                "Ib\n## Uddannelse\nX\n2. Sprog\nDansk",
                [
                    SectionKind::Header,
                    SectionKind::Education,
                    SectionKind::Education,
                    SectionKind::Languages,
                    SectionKind::Languages,
                ],
            ),
        ];
        for (text, expected) in cases {
            let ex = ExtractedText::readable(text.into());
            let doc = Document::new(&ex);
            let got: Vec<_> = doc.lines().iter().map(|l| l.section).collect();
            assert_eq!(got, expected, "{text}");
            assert!(doc.has_headings());
        }
    }

    #[test]
    fn a_key_value_line_is_not_a_heading() {
        let ex = ExtractedText::readable("Førerkort: klasse B".into());
        let doc = Document::new(&ex);
        assert!(!doc.has_headings());
    }
}
