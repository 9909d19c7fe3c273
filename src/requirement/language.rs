//! Language: "Gode norskkunnskaper muntlig og skriftlig", "flytande
//! svenska", "engelsk på B2-nivå". Levels run 1 (A1) to 6 (C2), 7 for a
//! native speaker; verbal levels map onto them (`languages.txt`).
//! Norwegian, Swedish and Danish are different languages.

use super::Line;
use crate::i18n::Lang;
use crate::lexicon::lexicon;
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
    /// The level was written; otherwise [`DEFAULT_LEVEL`] is assumed.
    pub level_stated: bool,
    pub spoken: bool,
    pub written: bool,
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
    pub fn interpretation(&self, lang: Lang) -> String {
        let names: Vec<String> = self.languages.iter().map(|l| crate::i18n::name(lang, "language", l)).collect();
        let joiner = if self.all { t!(lang, "word.and") } else { t!(lang, "word.or") };
        let names = names.join(&format!(" {joiner} "));
        let level = if self.level >= 7 {
            t!(lang, "interp.language_native")
        } else {
            t!(lang, "interp.language_level", level = level_name(self.level))
        };
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
    lx.language_levels
        .find_in(doc, range)
        .into_iter()
        .map(|m| (lx.language_levels.key(&m).parse::<LangLevel>().unwrap_or(0), m.first, m.end()))
        .max_by_key(|&(l, first, _)| (l, std::cmp::Reverse(first)))
}

/// Recognise a language requirement: a language name together with a
/// level, a word about language skills, or nothing else of substance.
pub fn parse(line: &Line<'_>) -> Option<Language> {
    let lx = lexicon();
    let doc = &line.doc;
    let found = lx.languages.find_all(doc);
    if found.is_empty() {
        return None;
    }
    // "norsk statsborger" is about nationality, not language.
    if line.has(&lx.protected) && level_in(doc, 0..line.len()).is_none() {
        return None;
    }
    let mut languages: Vec<String> = Vec::new();
    for m in &found {
        let k = lx.languages.key(m).to_string();
        if !languages.contains(&k) {
            languages.push(k);
        }
    }
    let level = level_in(doc, 0..line.len());
    // "Norsk autorisasjon som sykepleier" is about authorisation.
    if level.is_none() && line.has(&lx.req_authorisation_words) {
        return None;
    }
    let any = (0..line.len()).any(|i| matches!(line.word(i), "eller" | "or" | "alternativt" | "alternatively"))
        || doc.norm().contains('/');
    let spoken = line.has(&lx.spoken);
    let written = line.has(&lx.written);
    let (level, stated) = match level {
        Some((l, _, _)) => (l, true),
        None => (DEFAULT_LEVEL, false),
    };
    Some(Language { all: !any, languages, level, level_stated: stated, spoken, written })
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
        assert_eq!(lang("Dansk som modersmål").level, 7);
        let two = lang("Beherske norsk og engelsk");
        assert_eq!(two.languages, ["norwegian", "english"]);
        assert!(two.all);
        assert!(!lang("Norsk eller svensk").all);
    }
}
