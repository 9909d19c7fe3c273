//! Driving licence: "Førerkort klasse B", "B-körkort", "kørekort til bil",
//! "valid driving licence". Classes follow the EU hierarchy in
//! `lexicon/data/licence.txt` (C, C1, D, BE imply B; CE implies C; ...).

use super::Line;
use crate::i18n::Lang;
use crate::lexicon::{lexicon, Match, Words};
use crate::t;
use crate::text::Document;

/// A driving-licence requirement.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Licence {
    /// Required classes, lower case ("b", "ce"); empty means any class.
    pub classes: Vec<String>,
    /// Whether all `classes` are needed ("B og BE") or any one ("C/CE").
    pub all: bool,
    /// The line asks for manual gear ("bil med manuelt gir"): a licence for
    /// automatic gear only (code 78) does not meet it.
    pub manual: bool,
    /// How long the licence must have been held, in months ("B-körkort
    /// sedan minst tre år", "held for at least 2 years").
    pub held_months: Option<i32>,
}

impl Licence {
    pub fn interpretation(&self, lang: Lang) -> String {
        if self.classes.is_empty() {
            return t!(lang, "interp.licence_any");
        }
        let parts: Vec<String> = self
            .classes
            .iter()
            .map(|c| {
                let also = classes_implying(c);
                if also.is_empty() {
                    t!(lang, "interp.licence_class", class = c.to_uppercase())
                } else {
                    t!(lang, "interp.licence_class_also", class = c.to_uppercase(), also = also.join(", "))
                }
            })
            .collect();
        let joiner = if self.all { t!(lang, "word.and") } else { t!(lang, "word.or") };
        let mut licence = t!(lang, "interp.licence", classes = parts.join(&format!(" {joiner} ")));
        if let Some(months) = self.held_months {
            licence =
                t!(lang, "interp.licence_held", licence = licence, duration = crate::date::years_months(lang, months));
        }
        match self.manual {
            true => t!(lang, "interp.licence_manual", licence = licence),
            false => licence,
        }
    }
}

/// Classes, upper case, that imply `class` (other than itself).
pub fn classes_implying(class: &str) -> Vec<String> {
    lexicon()
        .licence_implies
        .iter()
        .filter(|(k, v)| *k != class && v.iter().any(|c| c == class))
        .map(|(k, _)| k.to_uppercase())
        .collect()
}

/// Whether holding `held` satisfies `required`.
pub fn satisfies(held: &str, required: &str) -> bool {
    lexicon().licence_implies.get(held).is_some_and(|v| v.iter().any(|c| c == required))
}

/// Licence words in `doc`: matches of `licence_words` (entries keyed
/// `with_class` only count when a class is next to them).
pub fn licence_mentions(doc: &Document<'_>) -> Vec<(Match, Classes)> {
    let lx = lexicon();
    let mut out = Vec::new();
    for m in lx.licence_words.find_all(doc) {
        let classes = classes_near(doc, &m);
        if lx.licence_words.key(&m) == "with_class" && classes.list.is_empty() {
            continue;
        }
        out.push((m, classes));
    }
    // "BE-kort", "B-kort": a class glued to the word "kort"
    for i in 1..doc.word_count() {
        if doc.word(i) == "kort" && is_class(doc.word(i - 1)) && doc.punct_after(i - 1) == "-" {
            let m = Match { key: 0, first: i - 1, len: 2 };
            if !out.iter().any(|(o, _)| o.first <= i && i < o.end()) {
                let classes = Classes { list: vec![(doc.word(i - 1).to_string(), i - 1)], all: false, end: i + 1 };
                out.push((m, classes));
            }
        }
    }
    out.sort_by_key(|(m, _)| m.first);
    out
}

/// Classes written next to a licence word.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Classes {
    /// (class, word index)
    pub list: Vec<(String, usize)>,
    /// "og"/"and" joined them (all needed) rather than "eller"/"/" (any).
    pub all: bool,
    /// The word after the last class (or after the licence word).
    pub end: usize,
}

fn is_class(w: &str) -> bool {
    lexicon().licence_implies.contains_key(w)
}

const LEAD_WORDS: &[&str] = &[
    "klasse",
    "klassen",
    "kl",
    "class",
    "classes",
    "klass",
    "klasser",
    "kategori",
    "category",
    "kat",
    "cat",
    "for",
    "til",
    "till",
    "to",
    "i",
    "på",
    "med",
    "type",
    "gruppe",
    "grupp",
    "kategorie",
    "kategorier",
    "kategorien",
    "kategorierna",
    "kategorierne",
    "categories",
    "klassene",
    "klasserna",
    "klasserne",
    "har",
    "have",
    "has",
    "gyldig",
    "valid",
    "giltig",
    "gyldigt",
    "behörighet",
    "behörigheten",
    "behörigheter",
    "behørighed",
    "rettighet",
    "rettigheter",
    "rettigheit",
    "rettighed",
    "rettigheder",
    "entitlement",
];
// ("o": the informal Swedish "och", "körkort B o BE")
const AND_WORDS: &[&str] = &["og", "and", "och", "o", "samt", "+", "&"];
const OR_WORDS: &[&str] = &["eller", "or", "/"];

/// Classes right after (or right before) the licence word `m`.
pub fn classes_near(doc: &Document<'_>, m: &Match) -> Classes {
    let lx = lexicon();
    let line = doc.line_of(m.first);
    let mut out = Classes { end: m.end(), ..Classes::default() };
    let mut i = m.end();
    let mut seen_and = false;
    let mut seen_or = false;
    let mut budget = 10;
    // "Førerkort" alone on its line (a heading, a table cell): the classes
    // may stand on the next line.
    let line_words = doc.lines()[line].words();
    let alone = (m.end()..line_words.end).all(|w| LEAD_WORDS.contains(&doc.word(w)));
    let last_line = if alone { line + 1 } else { line };
    while i < doc.word_count() && budget > 0 && doc.line_of(i) <= last_line {
        budget -= 1;
        let w = doc.word(i);
        let (between, _) = doc.between(i - 1, i);
        if between.contains('/') {
            seen_or = true;
        }
        if between.contains('+') || between.contains('&') {
            seen_and = true;
        }
        if is_class(w) && !(w == "a" && out.list.is_empty() && i != m.end() && !prev_is_lead(doc, i)) {
            // "C+E", "B+E": the class with a trailer
            let with_trailer = format!("{w}e");
            if i + 1 < doc.word_count()
                && doc.word(i + 1) == "e"
                && doc.punct_after(i) == "+"
                && is_class(&with_trailer)
            {
                out.list.push((with_trailer, i));
                out.end = i + 2;
                i += 2;
                continue;
            }
            out.list.push((w.to_string(), i));
            out.end = i + 1;
        } else if let Some(v) = lx.vehicles.match_at(doc, i) {
            out.list.push((lx.vehicles.key(&v).to_string(), i));
            out.end = v.end();
            i = v.end();
            continue;
        } else if AND_WORDS.contains(&w) {
            seen_and = true;
        } else if OR_WORDS.contains(&w) {
            seen_or = true;
        } else if !LEAD_WORDS.contains(&w) {
            break;
        }
        i += 1;
    }
    // "B-körkort", "klasse B førerkort": classes just before the word
    if out.list.is_empty() {
        let mut j = m.first;
        let mut steps = 0;
        while j > 0 && steps < 3 && doc.line_of(j - 1) == line {
            let w = doc.word(j - 1);
            if is_class(w) && w != "a" {
                out.list.insert(0, (w.to_string(), j - 1));
            } else if !(LEAD_WORDS.contains(&w) || AND_WORDS.contains(&w) || OR_WORDS.contains(&w)) {
                break;
            }
            j -= 1;
            steps += 1;
        }
    }
    out.all = seen_and && !seen_or;
    out
}

fn prev_is_lead(doc: &Document<'_>, i: usize) -> bool {
    i > 0 && LEAD_WORDS.contains(&doc.word(i - 1))
}

/// Recognise a driving-licence requirement.
pub fn parse(line: &Line<'_>) -> Option<Licence> {
    let mentions = licence_mentions(&line.doc);
    let (_, classes) = mentions.into_iter().next()?;
    let mut list: Vec<String> = Vec::new();
    for (c, _) in classes.list {
        if !list.contains(&c) {
            list.push(c);
        }
    }
    let gears = &lexicon().gears;
    let manual = gears.find_all(&line.doc).iter().any(|m| gears.key(m) == "manual");
    // a number of years on a line that asks for no experience is how long
    // the licence must have been held ("Førerkort klasse B i minst 2 år")
    let doc = &line.doc;
    let held_months = (!lexicon().experience_words.any_in(doc, 0..doc.word_count()))
        .then(|| (0..doc.word_count()).find_map(|i| super::experience::years_at(doc, i)).map(|(m, _)| m))
        .flatten();
    Some(Licence { all: classes.all || list.len() == 1, classes: list, manual, held_months })
}

/// Whether words `range` of `doc` say a licence is for automatic gear only.
pub fn automatic_only(doc: &Document<'_>, range: std::ops::Range<usize>) -> Option<crate::lexicon::Match> {
    let gears = &lexicon().gears;
    gears.find_in(doc, range).into_iter().find(|m| gears.key(m) == "automatic")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::requirement::{parse_line, RequirementKind};

    fn licence(text: &str) -> Licence {
        match parse_line(0, text).kind {
            RequirementKind::DrivingLicence(l) => l,
            other => panic!("{text}: {other:?}"),
        }
    }

    #[test]
    fn hierarchy() {
        assert!(satisfies("c1", "b"));
        assert!(satisfies("ce", "c"));
        assert!(satisfies("ce", "b"));
        assert!(satisfies("de", "be"));
        assert!(satisfies("b", "b"));
        assert!(!satisfies("b", "be"));
        assert!(!satisfies("c1", "c"));
        assert!(!satisfies("am", "b"));
        assert!(!satisfies("d", "c"));
        assert_eq!(classes_implying("b"), ["BE", "C", "C1", "C1E", "CE", "D", "D1", "D1E", "DE"]);
    }

    #[test]
    fn reads_classes_in_five_languages() {
        assert_eq!(licence("Førerkort klasse B").classes, ["b"]);
        assert_eq!(licence("Førarkort kl. B").classes, ["b"]);
        assert_eq!(licence("B-körkort").classes, ["b"]);
        assert_eq!(licence("Kørekort til bil").classes, ["b"]);
        assert_eq!(licence("Valid driving licence").classes, Vec::<String>::new());
        assert_eq!(licence("Sertifikat klasse C/CE").classes, ["c", "ce"]);
        assert!(!licence("Sertifikat klasse C/CE").all);
        let both = licence("Førerkort klasse B og BE");
        assert_eq!((both.classes.as_slice(), both.all), (&["b".to_string(), "be".to_string()][..], true));
        assert_eq!(licence("BE-kort").classes, ["be"]);
        assert_eq!(licence("Körkort C+E").classes, ["ce"]);
        assert!(licence("Førerkort klasse B for bil med manuelt gir").manual);
        assert!(!licence("Førerkort klasse B").manual);
        assert_eq!(licence("B-körkort sedan minst tre år").held_months, Some(36));
        assert_eq!(licence("Førerkort klasse B i minst 2 år").held_months, Some(24));
        assert_eq!(licence("Førerkort klasse B").held_months, None);
    }
}
