//! Authorisation or registration in a regulated profession: "Autorisasjon
//! som sykepleier", "legitimerad sjuksköterska", "autoriseret
//! sygeplejerske", "registered nurse", "godkjent lærer".

use super::Line;
use crate::lexicon::lexicon;

/// The country whose authorisation system a word names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Country {
    Norway,
    Sweden,
    Denmark,
}

impl Country {
    pub fn from_key(key: &str) -> Option<Country> {
        match key {
            "no" => Some(Country::Norway),
            "sv" => Some(Country::Sweden),
            "da" => Some(Country::Denmark),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Country::Norway => "Norway",
            Country::Sweden => "Sweden",
            Country::Denmark => "Denmark",
        }
    }
}

/// An authorisation requirement.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Authorisation {
    /// The profession (a key of `roles`), if named.
    pub role: Option<String>,
    /// The country whose authorisation the line asks for, when its wording
    /// names one ("autorisasjon" is Norwegian, "legitimation" Swedish).
    pub country: Option<Country>,
}

impl Authorisation {
    pub fn interpretation(&self) -> String {
        let lx = lexicon();
        let who = match &self.role {
            Some(r) => format!("as {}", lx.role_names.get(r).map_or(r.as_str(), String::as_str)),
            None => "(profession not named)".into(),
        };
        let register = self
            .role
            .as_ref()
            .and_then(|r| lx.regulated.get(r))
            .map(|r| format!("; registers: {r}"))
            .unwrap_or_default();
        let country = match self.country {
            Some(c) => format!(" in {}", c.name()),
            None => String::new(),
        };
        format!("authorisation {who}{country}{register}")
    }
}

/// Recognise an authorisation requirement: an authorisation word and,
/// usually, a profession.
pub fn parse(line: &Line<'_>) -> Option<Authorisation> {
    let lx = lexicon();
    let words = lx.authorisation_words.find_all(&line.doc);
    let req_words = lx.req_authorisation_words.find_all(&line.doc);
    if words.is_empty() && req_words.is_empty() {
        return None;
    }
    let role = lx.roles.find_all(&line.doc).first().map(|m| lx.roles.key(m).to_string());
    // "godkjent", "registered" alone are too weak without a profession.
    let strong = words.iter().any(|m| lx.authorisation_words.key(m) != "any")
        && !words.iter().all(|m| matches!(line.word(m.first), "godkjent" | "godkjend"));
    if role.is_none() && !strong {
        return None;
    }
    // the country from the word ("legitimation" is Swedish), else from an
    // adjective ("Norwegian authorisation", "norsk autorisasjon")
    let country = words.iter().find_map(|m| Country::from_key(lx.authorisation_words.key(m))).or_else(|| {
        lx.languages.find_all(&line.doc).iter().find_map(|m| match lx.languages.key(m) {
            "norwegian" => Some(Country::Norway),
            "swedish" => Some(Country::Sweden),
            "danish" => Some(Country::Denmark),
            _ => None,
        })
    });
    Some(Authorisation { role, country })
}
