//! Language: "Gode norskkunnskaper muntlig og skriftlig", "flytande
//! svenska", "engelsk på B2-nivå". Levels run 1 (A1) to 6 (C2), 7 for a
//! native speaker; verbal levels map onto them (`languages.txt`).
//! Norwegian, Swedish and Danish are different languages.

use super::Line;
use crate::i18n::Lang;
use crate::lexicon::{lexicon, Words};
use crate::t;
use crate::text::Document;

/// A level on the CEFR scale, 7 for native.
pub type LangLevel = u8;

/// The level assumed when a requirement names a language but no level
/// ("Må beherske norsk" is B2 by its verb; "norsk" alone too).
pub const DEFAULT_LEVEL: LangLevel = 4;

/// A language requirement.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Language {
    /// Language keys ("norwegian"); "scandinavian" stands for any of the
    /// three Scandinavian languages.
    pub languages: Vec<String>,
    /// Whether every language is needed ("norsk og engelsk") or any one.
    pub all: bool,
    pub level: LangLevel,
    /// A level of its own for each language, in the order of `languages`,
    /// when the line gives them different ones ("Fluent Norwegian and good
    /// English"); empty when `level` holds for all.
    pub levels: Vec<LangLevel>,
    /// The level was written; otherwise [`DEFAULT_LEVEL`] is assumed.
    pub level_stated: bool,
    pub spoken: bool,
    pub written: bool,
    /// Other languages needed as well, each with its own alternatives
    /// ("Fluent Norwegian, Swedish or Danish, and good English": the
    /// English is needed besides one of the three).
    pub also: Vec<Language>,
}

/// A level in words.
pub fn level_name(level: LangLevel) -> &'static str {
    match level {
        1 => "A1",
        2 => "A2",
        3 => "B1",
        4 => "B2",
        5 => "C1",
        6 => "C2",
        _ => "native",
    }
}

impl Language {
    /// The level asked for in the language `key`.
    pub fn level_of(&self, key: &str) -> LangLevel {
        let i = self.languages.iter().position(|k| k == key);
        i.and_then(|i| self.levels.get(i).copied()).unwrap_or(self.level)
    }

    pub fn interpretation(&self, lang: Lang) -> String {
        std::iter::once(self.interpretation_one(lang))
            .chain(self.also.iter().map(|a| a.interpretation_one(lang)))
            .collect::<Vec<_>>()
            .join(&format!("; {} ", t!(lang, "word.and")))
    }

    fn interpretation_one(&self, lang: Lang) -> String {
        let level_words = |l: LangLevel| {
            if l >= 7 {
                t!(lang, "interp.language_native")
            } else {
                t!(lang, "interp.language_level", level = level_name(l))
            }
        };
        let names: Vec<String> = self
            .languages
            .iter()
            .enumerate()
            .map(|(i, l)| {
                let name = crate::i18n::name(lang, "language", l);
                // the last language's level is the line's `{level}`
                match self.levels.get(i).filter(|_| i + 1 < self.levels.len()) {
                    Some(&own) => format!("{name} {}", level_words(own)),
                    None => name,
                }
            })
            .collect();
        let joiner = if self.all { t!(lang, "word.and") } else { t!(lang, "word.or") };
        let names = names.join(&format!(" {joiner} "));
        let level = level_words(self.levels.last().copied().unwrap_or(self.level));
        let assumed = if self.level_stated { String::new() } else { t!(lang, "interp.language_assumed") };
        let modes = match (self.spoken, self.written) {
            (true, true) => t!(lang, "interp.spoken_written"),
            (true, false) => t!(lang, "interp.spoken"),
            (false, true) => t!(lang, "interp.written"),
            (false, false) => String::new(),
        };
        t!(lang, "interp.language", languages = names, level = level, assumed = assumed, modes = modes)
    }

    /// The concrete languages one key stands for.
    pub fn expand(key: &str) -> Vec<&str> {
        match key {
            "scandinavian" => vec!["norwegian", "swedish", "danish"],
            k => vec![k],
        }
    }
}

/// The highest level word in words `range` of `doc`, and where it is.
pub fn level_in(doc: &Document<'_>, range: std::ops::Range<usize>) -> Option<(LangLevel, usize, usize)> {
    let lx = lexicon();
    let found: Vec<(LangLevel, usize, usize)> = lx
        .language_levels
        .find_in(doc, range)
        .into_iter()
        .map(|m| (lx.language_levels.key(&m).parse::<LangLevel>().unwrap_or(0), m.first, m.end()))
        .collect();
    // a CEFR level written out says what a word like "gode" leaves open
    // ("Gode norskkunnskaper (minimum B1)" asks for B1)
    let cefr: Vec<_> =
        found.iter().copied().filter(|&(_, first, end)| end == first + 1 && is_cefr(doc.word(first))).collect();
    let pick = if cefr.is_empty() { found } else { cefr };
    pick.into_iter().max_by_key(|&(l, first, _)| (l, std::cmp::Reverse(first)))
}

/// "b1", "C2": a level on the CEFR scale by its code.
fn is_cefr(word: &str) -> bool {
    matches!(word.as_bytes(), [b'a' | b'b' | b'c', b'1' | b'2'])
}

/// The languages a requirement line names. A language name before a school
/// says where the school is ("from a Nordic or Norwegian university").
fn mentions(doc: &Document<'_>) -> Vec<crate::lexicon::Match> {
    let lx = lexicon();
    let mut found = lx.languages.find_all(doc);
    // "Norwegian university", "Norwegian regulations": a country's adjective
    let next = |m: &crate::lexicon::Match| m.end()..(m.end() + 1).min(doc.word_count());
    found.retain(|m| !lx.institutions.any_in(doc, next(m)) && !lx.country_things.any_in(doc, next(m)));
    found.retain(|m| !(m.end() == m.first + 1 && names_organisation(doc, m.first)));
    found
}

/// Whether word `i` begins a name: a Scandinavian language adjective
/// written with a capital in the middle of a line that is not in title
/// case, before another capitalised word ("driftsoperatørkurs (Norsk
/// Vann)", "kursus i Dansk Indeks for Akuthjælp"). Scandinavian languages
/// write their language adjectives in lower case; English ones ("Fluent
/// English") are left alone.
pub(crate) fn names_organisation(doc: &Document<'_>, i: usize) -> bool {
    let n = doc.word_count();
    let w = doc.word(i);
    let adjective = lexicon().languages.any_in(doc, i..i + 1) && w.contains("sk") && w.ends_with(['k', 'a', 'e']);
    i > 0
        && i + 1 < n
        && adjective
        && doc.mostly_lower_case()
        && doc.is_name_word(i)
        && doc.is_name_word(i + 1)
        && !lexicon().languages.any_in(doc, i + 1..i + 2)
}

/// Recognise a language requirement: a language name together with a
/// level, a word about language skills, or nothing else of substance.
pub fn parse(line: &Line<'_>) -> Option<Language> {
    both(line).or_else(|| parse_one(line))
}

/// "Fluent Norwegian, Swedish or Danish, and good English": languages with
/// alternatives and another joined by "and", each part with its own level
/// (or the line's, when it states none) and the line's spoken and written.
fn both(line: &Line<'_>) -> Option<Language> {
    let doc = &line.doc;
    let found = mentions(doc);
    let or = |r: std::ops::Range<usize>| r.into_iter().any(|i| matches!(line.word(i), "eller" | "or"));
    let split = (1..line.len()).find(|&i| {
        super::is_and_word(line.word(i))
            && found.iter().any(|m| m.end() <= i)
            && found.iter().any(|m| m.first > i)
            && (or(0..i) || or(i + 1..line.len()))
    })?;
    let text = doc.original();
    let and = doc.evidence(split, split + 1);
    let whole = parse_one(line)?;
    let mut parts =
        vec![super::parse_part(&text[..and.start], parse_one)?, super::parse_part(&text[and.end..], parse_one)?];
    for p in &mut parts {
        if !p.level_stated {
            (p.level, p.level_stated, p.levels) = (whole.level, whole.level_stated, Vec::new());
        }
        (p.spoken, p.written) = (whole.spoken, whole.written);
    }
    let second = parts.pop().expect("two parts");
    let mut first = parts.pop().expect("two parts");
    first.also.push(second);
    Some(first)
}

/// One language requirement, its languages all or any one.
fn parse_one(line: &Line<'_>) -> Option<Language> {
    let lx = lexicon();
    let doc = &line.doc;
    let found = mentions(doc);
    if found.is_empty() {
        return None;
    }
    // "norsk statsborger" is about nationality, not language.
    if line.has(&lx.protected) && level_in(doc, 0..line.len()).is_none() {
        return None;
    }
    // "Fluent English; Danish is a plus": a language in a clause that says
    // it is only preferred is not asked for, when another one is
    let wanted: Vec<crate::lexicon::Match> =
        found.iter().copied().filter(|m| !lx.preferred.any_in(doc, doc.clause(m.first, m.end()))).collect();
    let found = if wanted.is_empty() { found } else { wanted };
    let mut languages: Vec<String> = Vec::new();
    for m in &found {
        let k = lx.languages.key(m).to_string();
        if !languages.contains(&k) {
            languages.push(k);
        }
    }
    let level = level_in(doc, 0..line.len());
    // "Norsk autorisasjon som sykepleier" is about authorisation, and
    // "Norwegian commercial diving certificate" about a certificate.
    if level.is_none() && (line.has(&lx.req_authorisation_words) || line.has(&lx.certificates)) {
        return None;
    }
    let any = (0..line.len()).any(|i| super::is_or_word(line.word(i))) || doc.norm().contains('/');
    let spoken = line.has(&lx.spoken);
    let written = line.has(&lx.written);
    let (level, stated) = match level {
        Some((l, _, _)) => (l, true),
        None => (DEFAULT_LEVEL, false),
    };
    let levels = own_levels(doc, &found, &languages);
    Some(Language { all: !any, languages, level, levels, level_stated: stated, spoken, written, also: Vec::new() })
}

/// Each language's own level, when the line gives them different ones:
/// every level word belongs to the language it stands next to, before it
/// when the line starts with a level ("Fluent Norwegian and good English"),
/// after it otherwise ("norsk flytende, engelsk godt").
fn own_levels(doc: &Document<'_>, found: &[crate::lexicon::Match], languages: &[String]) -> Vec<LangLevel> {
    let lx = lexicon();
    let levels = lx.language_levels.find_all(doc);
    if levels.len() < 2 || languages.len() < 2 || found.is_empty() {
        return Vec::new();
    }
    let before = levels[0].first < found[0].first;
    let mut own: Vec<Option<LangLevel>> = vec![None; languages.len()];
    for l in &levels {
        let owner = if before {
            found.iter().find(|m| m.first >= l.end())
        } else {
            found.iter().rev().find(|m| m.end() <= l.first)
        };
        let Some(m) = owner else { continue };
        let Some(i) = languages.iter().position(|k| k == lx.languages.key(m)) else { continue };
        let value = lx.language_levels.key(l).parse::<LangLevel>().unwrap_or(0);
        own[i] = Some(own[i].map_or(value, |v: LangLevel| v.max(value)));
    }
    let all: Option<Vec<LangLevel>> = own.into_iter().collect();
    match all {
        Some(v) if v.windows(2).any(|w| w[0] != w[1]) => v,
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::requirement::{parse_line, RequirementKind};

    fn lang(text: &str) -> Language {
        match parse_line(0, text).kind {
            RequirementKind::Language(l) => l,
            other => panic!("{text}: {other:?}"),
        }
    }

    #[test]
    fn levels_and_modes() {
        let l = lang("Gode norskkunnskaper muntlig og skriftlig");
        assert_eq!(
            (l.languages.as_slice(), l.level, l.spoken, l.written),
            (&["norwegian".to_string()][..], 4, true, true)
        );
        assert_eq!(lang("flytande svenska").level, 5);
        assert_eq!(lang("engelsk på B2-nivå").level, 4);
        assert_eq!(lang("Gode norskkunnskaper, muntlig og skriftlig (minimum B1)").level, 3);
        assert_eq!(lang("Dansk som modersmål").level, 7);
        let two = lang("Beherske norsk og engelsk");
        assert_eq!(two.languages, ["norwegian", "english"]);
        assert!(two.all);
        assert!(!lang("Norsk eller svensk").all);
        let own = lang("Fluent Norwegian and good English, written and spoken");
        assert_eq!((own.level_of("norwegian"), own.level_of("english")), (5, 4));
        let after = lang("Norsk flytende, engelsk godt");
        assert_eq!((after.level_of("norwegian"), after.level_of("english")), (5, 4));
        assert!(lang("Gode kunnskaper i norsk og engelsk").levels.is_empty());
        assert_eq!(lang("Fluent in English, written and spoken; Danish is a plus").languages, ["english"]);
    }
}
