//! The fallback: a line that fits no other kind ("Erfaring med SAP",
//! "Kunnskap om AutoCAD") must be mentioned in the CV. Its key terms are
//! the words that are not filler (`requirements.txt`), each matched with its
//! inflections and in compounds.

use super::Line;
use crate::i18n::Lang;
use crate::lexicon::lexicon;
use crate::t;

/// A must-mention requirement.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MustMention {
    /// Key terms: words, lower case, space-separated (see [`term_set`]).
    pub terms: Vec<String>,
    /// "eller"/"or": any term is enough; otherwise all are needed.
    pub any: bool,
}

impl MustMention {
    pub fn interpretation(&self, lang: Lang) -> String {
        if self.terms.is_empty() {
            return t!(lang, "interp.must_mention_none");
        }
        let shown: Vec<String> = self.terms.iter().map(|term| t!(lang, "what.quoted", words = term)).collect();
        let joiner = if self.any { t!(lang, "word.or") } else { t!(lang, "word.and") };
        t!(lang, "interp.must_mention", terms = shown.join(&format!(" {joiner} ")))
    }
}

/// Endings stripped from a key word so that its inflections match.
const ENDINGS: &[&str] = &["ene", "ane", "erne", "arna", "orna", "ar", "er", "or", "en", "et", "na", "a", "e", "s"];

/// A key word as a pattern: short words (up to 4 letters: "SAP", "Java",
/// which must not match "JavaScript") exactly, others by their stem as a
/// prefix, long ones anywhere inside a compound.
pub fn term_pattern(word: &str) -> String {
    let n = word.chars().count();
    if n <= 4 || word.chars().any(|c| c.is_ascii_digit()) {
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

/// The key terms of a line: runs of words outside `skip` that are not
/// filler, numbers or years, each run one term ("Power BI"). Terms are
/// written as their words, lower case, space-separated.
pub fn key_terms(line: &Line<'_>, skip: &[std::ops::Range<usize>]) -> Vec<String> {
    let lx = lexicon();
    let doc = &line.doc;
    let mut out: Vec<String> = Vec::new();
    let mut run: Vec<&str> = Vec::new();
    let mut flush = |run: &mut Vec<&str>| {
        if !run.is_empty() {
            let t = run.join(" ");
            if !out.contains(&t) {
                out.push(t);
            }
            run.clear();
        }
    };
    let mut i = 0;
    while i < line.len() {
        if skip.iter().any(|r| r.contains(&i)) {
            flush(&mut run);
            i += 1;
            continue;
        }
        if let Some(f) = lx.filler.match_at(doc, i) {
            flush(&mut run);
            i = f.end();
            continue;
        }
        let w = line.word(i);
        if w.chars().all(|c| c.is_ascii_digit()) || lx.years_words.match_at(doc, i).is_some() {
            flush(&mut run);
            i += 1;
            continue;
        }
        // a comma or slash ends a term: "SAP, Visma"
        if i > 0 && !run.is_empty() && doc.between(i - 1, i).0.contains([',', '/', ';', '(', ')']) {
            flush(&mut run);
        }
        run.push(w);
        i += 1;
    }
    flush(&mut run);
    out
}

/// The patterns of a term: its words, each by [`term_pattern`], and the
/// words written together ("PowerBI" for "Power BI").
pub fn term_patterns(term: &str) -> Vec<String> {
    let words: Vec<&str> = term.split(' ').collect();
    let mut out = vec![words.iter().map(|w| term_pattern(w)).collect::<Vec<_>>().join(" ")];
    if words.len() > 1 {
        out.push(term_pattern(&words.concat()));
    }
    out
}

/// A pattern set whose keys are the terms.
pub fn term_set(terms: &[String]) -> crate::lexicon::PatternSet {
    let patterns: Vec<(String, &str)> =
        terms.iter().flat_map(|t| term_patterns(t).into_iter().map(move |p| (p, t.as_str()))).collect();
    crate::lexicon::PatternSet::from_terms(patterns.iter().map(|(p, t)| (p.as_str(), *t)))
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
    fn phrases_match_apart_or_together() {
        assert_eq!(term_patterns("power bi"), ["power* bi", "*powerbi*"]);
    }

    #[test]
    fn key_term_patterns() {
        assert_eq!(term_pattern("sap"), "sap");
        assert_eq!(term_pattern("excel"), "excel*");
        assert_eq!(term_pattern("systemer"), "*system*");
        assert_eq!(term_pattern("prosjektledelse"), "*prosjektledels*");
        assert_eq!(term_pattern("autocad"), "*autocad*");
    }
}
