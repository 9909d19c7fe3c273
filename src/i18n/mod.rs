//! The languages Sikte speaks: every interpretation, explanation and warning
//! is a message with a key, looked up in one catalogue per language
//! (`en.txt`, `nb.txt`, `nn.txt`, `sv.txt`, `da.txt` beside this file).
//!
//! A catalogue line is `key = text` (everything after ` = `, leading spaces
//! included, is the text); `{name}` in the text is a parameter.
//! A key missing from a catalogue falls back to English; the tests require
//! every catalogue to have every English key.

use std::collections::HashMap;
use std::sync::OnceLock;

/// A language of the user interface and the reports.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Lang {
    #[default]
    En,
    Nb,
    Nn,
    Sv,
    Da,
}

impl Lang {
    /// Every language, in the order the page offers them.
    pub const ALL: [Lang; 5] = [Lang::Nb, Lang::Nn, Lang::Sv, Lang::Da, Lang::En];

    /// `nb`, `nn`, `sv`, `da`, `en` (and `no` for bokmål).
    pub fn parse(code: &str) -> Option<Lang> {
        match code.trim().to_ascii_lowercase().as_str() {
            "en" => Some(Lang::En),
            "nb" | "no" => Some(Lang::Nb),
            "nn" => Some(Lang::Nn),
            "sv" => Some(Lang::Sv),
            "da" => Some(Lang::Da),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Nb => "nb",
            Lang::Nn => "nn",
            Lang::Sv => "sv",
            Lang::Da => "da",
        }
    }

    fn source(self) -> &'static str {
        match self {
            Lang::En => include_str!("en.txt"),
            Lang::Nb => include_str!("nb.txt"),
            Lang::Nn => include_str!("nn.txt"),
            Lang::Sv => include_str!("sv.txt"),
            Lang::Da => include_str!("da.txt"),
        }
    }
}

type Catalogue = HashMap<&'static str, &'static str>;

fn parse(source: &'static str) -> Catalogue {
    source
        .lines()
        .map(str::trim_start)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_once(" = "))
        .map(|(k, v)| (k.trim(), v.trim_end()))
        .collect()
}

fn catalogue(lang: Lang) -> &'static Catalogue {
    static CATALOGUES: OnceLock<[Catalogue; 5]> = OnceLock::new();
    let all = CATALOGUES.get_or_init(|| {
        [
            parse(Lang::En.source()),
            parse(Lang::Nb.source()),
            parse(Lang::Nn.source()),
            parse(Lang::Sv.source()),
            parse(Lang::Da.source()),
        ]
    });
    &all[lang as usize]
}

/// The text of message `key` in `lang`, with `{name}` parameters filled in.
/// An unknown key comes back as the key itself (a bug the tests catch).
pub fn tr(lang: Lang, key: &str, args: &[(&str, String)]) -> String {
    let template = catalogue(lang).get(key).or_else(|| catalogue(Lang::En).get(key)).copied().unwrap_or(key);
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) if after[..close].chars().all(|c| c.is_ascii_alphanumeric() || c == '_') => {
                let name = &after[..close];
                match args.iter().find(|(n, _)| *n == name) {
                    Some((_, v)) => out.push_str(v),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = &after[close + 1..];
            }
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// `t!(lang, "key", name = value, ...)`: [`tr`] with parameters written inline.
#[macro_export]
macro_rules! t {
    ($lang:expr, $key:expr $(, $name:ident = $val:expr)* $(,)?) => {
        $crate::i18n::tr($lang, $key, &[$((stringify!($name), ($val).to_string())),*])
    };
}

/// The display name of a lexicon entry: `role.nurse`, `language.swedish`,
/// `cert.forklift`, `field.nursing`.
pub fn name(lang: Lang, kind: &str, key: &str) -> String {
    tr(lang, &format!("{kind}.{key}"), &[])
}

/// Every key of the English catalogue (for tests and tools).
pub fn keys() -> Vec<&'static str> {
    let mut k: Vec<&'static str> = catalogue(Lang::En).keys().copied().collect();
    k.sort_unstable();
    k
}

/// The keys `lang` lacks.
pub fn missing(lang: Lang) -> Vec<&'static str> {
    keys().into_iter().filter(|k| !catalogue(lang).contains_key(k)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_parameters_and_falls_back() {
        assert_eq!(tr(Lang::En, "test.hello", &[("name", "Kari".into())]), "Hello, Kari!");
        assert_eq!(tr(Lang::En, "no.such.key", &[]), "no.such.key");
        assert_eq!(t!(Lang::En, "test.hello", name = 3), "Hello, 3!");
    }

    #[test]
    fn every_catalogue_has_every_key_and_the_same_parameters() {
        for lang in Lang::ALL {
            assert_eq!(missing(lang), Vec::<&str>::new(), "{lang:?} lacks keys");
            for key in keys() {
                let params = |s: &str| {
                    let mut p: Vec<String> =
                        s.split('{').skip(1).filter_map(|x| x.split_once('}')).map(|(n, _)| n.to_string()).collect();
                    p.sort();
                    p
                };
                assert_eq!(params(catalogue(lang)[key]), params(catalogue(Lang::En)[key]), "{lang:?} {key}");
            }
        }
    }
}
