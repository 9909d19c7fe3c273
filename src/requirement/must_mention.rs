//! The fallback: a line that fits no other kind ("Erfaring med SAP",
//! "Kunnskap om AutoCAD") must be mentioned in the CV. Its key terms are
//! the words that are not filler (`requirements.txt`), each matched with its
//! inflections and in compounds.

use super::Line;
use crate::lexicon::lexicon;

/// A must-mention requirement.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MustMention {
    /// Key terms, as patterns.
    pub terms: Vec<String>,
    /// "eller"/"or": any term is enough; otherwise all are needed.
    pub any: bool,
}

impl MustMention {
    pub fn interpretation(&self) -> String {
        if self.terms.is_empty() {
            return "no key terms found in this line; it cannot be checked, so it flags everyone for review".into();
        }
        let shown: Vec<String> = self.terms.iter().map(|t| format!("\"{}\"", t.replace('*', ""))).collect();
        let joiner = if self.any { " or " } else { " and " };
        format!("must mention {} (inflections and compounds count)", shown.join(joiner))
    }
}

/// Endings stripped from a key word so that its inflections match.
const ENDINGS: &[&str] = &["ene", "ane", "erne", "arna", "orna", "ar", "er", "or", "en", "et", "na", "a", "e", "s"];

/// A key word as a pattern: short words exactly, others by their stem as a
/// prefix, long ones anywhere inside a compound.
pub fn term_pattern(word: &str) -> String {
    let n = word.chars().count();
    if n <= 3 || word.chars().any(|c| c.is_ascii_digit()) {
        return word.to_string();
    }
    let mut stem = word;
    for e in ENDINGS {
        if let Some(s) = word.strip_suffix(e) {
            if s.chars().count() >= 4 {
                stem = s;
                break;
            }
        }
    }
    if stem.chars().count() >= 6 {
        format!("*{stem}*")
    } else {
        format!("{stem}*")
    }
}

/// The key terms of a line: words outside `skip` that are not filler,
/// numbers or years, as patterns.
pub fn key_terms(line: &Line<'_>, skip: &[std::ops::Range<usize>]) -> Vec<String> {
    let lx = lexicon();
    let doc = &line.doc;
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < line.len() {
        if skip.iter().any(|r| r.contains(&i)) {
            i += 1;
            continue;
        }
        if let Some(f) = lx.filler.match_at(doc, i) {
            i = f.end();
            continue;
        }
        let w = line.word(i);
        if w.chars().all(|c| c.is_ascii_digit()) || lx.years_words.match_at(doc, i).is_some() {
            i += 1;
            continue;
        }
        let p = term_pattern(w);
        if !out.contains(&p) {
            out.push(p);
        }
        i += 1;
    }
    out
}

/// Make a must-mention requirement of any line.
pub fn parse(line: &Line<'_>) -> MustMention {
    let terms = key_terms(line, &[]);
    let any = (0..line.len()).any(|i| matches!(line.word(i), "eller" | "or")) || line.doc.norm().contains('/');
    MustMention { terms, any }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_term_patterns() {
        assert_eq!(term_pattern("sap"), "sap");
        assert_eq!(term_pattern("excel"), "excel*");
        assert_eq!(term_pattern("systemer"), "*system*");
        assert_eq!(term_pattern("prosjektledelse"), "*prosjektledels*");
        assert_eq!(term_pattern("autocad"), "*autocad*");
    }
}
