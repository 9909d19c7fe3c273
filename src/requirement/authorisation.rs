//! Authorisation or registration in a regulated profession: "Autorisasjon
//! som sykepleier", "legitimerad sjuksköterska", "autoriseret
//! sygeplejerske", "registered nurse", "godkjent lærer".

use super::Line;
use crate::i18n::Lang;
use crate::lexicon::{lexicon, Words};
use crate::t;

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

    pub fn name(self, lang: Lang) -> String {
        let key = match self {
            Country::Norway => "country.norway",
            Country::Sweden => "country.sweden",
            Country::Denmark => "country.denmark",
        };
        t!(lang, key)
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
    /// The scope the line names after "med behörighet för", "with
    /// specialisation in", which the CV must state too.
    pub scope: Option<AuthorisationScope>,
    /// A profession not in the table, in the line's own words
    /// ("helsesekretær"): the CV's authorisation must name it too.
    pub own_words: Vec<String>,
    /// A translator's direction, from one language into another ("från
    /// engelska till svenska"): the CV's authorisation must state the same.
    pub direction: Option<(String, String)>,
}

/// An authorisation's scope: the line's words ("åk f 3") and, when the
/// scope is in the `authorisation_scopes` table, its row ("grades_f_3"),
/// whose every wording counts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AuthorisationScope {
    pub words: String,
    pub row: Option<String>,
}

impl Authorisation {
    pub fn interpretation(&self, lang: Lang) -> String {
        let lx = lexicon();
        let who = match &self.role {
            Some(r) => crate::i18n::name(lang, "role", r),
            None if !self.own_words.is_empty() => t!(lang, "what.quoted", words = self.own_words.join(" ")),
            None => t!(lang, "what.the_profession"),
        };
        let register = self
            .role
            .as_ref()
            .and_then(|r| lx.regulated.get(r))
            .map(|r| t!(lang, "interp.registers", registers = r))
            .unwrap_or_default();
        let text = match self.country {
            Some(c) => t!(lang, "interp.authorisation_in", role = who, country = c.name(lang), registers = register),
            None => t!(lang, "interp.authorisation", role = who, registers = register),
        };
        let text = match &self.scope {
            Some(scope) => t!(lang, "interp.authorisation_scope", authorisation = text, scope = scope.words),
            None => text,
        };
        match &self.direction {
            Some((from, to)) => t!(
                lang,
                "interp.authorisation_direction",
                authorisation = text,
                from = crate::i18n::name(lang, "language", from),
                to = crate::i18n::name(lang, "language", to)
            ),
            None => text,
        }
    }
}

/// Two languages in `range` joined by a word for "into" or a dash ("från
/// engelska till svenska", "from Swedish into English", "engelsk–norsk"):
/// each such pair, as the two languages' keys in order.
pub fn direction_in(doc: &crate::text::Document<'_>, range: std::ops::Range<usize>) -> Vec<(String, String)> {
    let lx = lexicon();
    let found = lx.languages.find_in(doc, range);
    found
        .windows(2)
        .filter(|p| {
            let (a, b) = (p[0], p[1]);
            let into = b.first == a.end() + 1 && matches!(doc.word(a.end()), "till" | "til" | "to" | "into");
            let dash =
                b.first == a.end() && doc.between(a.end() - 1, b.first).0.trim().chars().all(|c| "–-/".contains(c));
            into || dash
        })
        .map(|p| (lx.languages.key(&p[0]).to_string(), lx.languages.key(&p[1]).to_string()))
        .collect()
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
    // "Certified welding inspector: CSWIP 3.1", "autorisasjonsbevis for
    // plantevernmidler": no role an authority authorises, and a
    // certificate named: the line asks for the certificate
    let regulated = role.as_ref().is_some_and(|r| lx.regulated.contains_key(r));
    if !regulated && !lx.certificates.find_all(&line.doc).is_empty() {
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
    let own_words = if role.is_none() {
        // a country or its register is whose authorisation, not the
        // profession ("fra Styrelsen for Patientsikkerhed")
        let languages = lx.languages.find_all(&line.doc);
        let countries = lx.countries.find_all(&line.doc);
        let skip: Vec<_> =
            words.iter().chain(&req_words).chain(&languages).chain(&countries).map(|m| m.first..m.end()).collect();
        super::must_mention::key_terms(line, &skip)
    } else {
        Vec::new()
    };
    let direction = direction_in(&line.doc, 0..line.len()).into_iter().next();
    Some(Authorisation { role, country, scope: scope(line), own_words, direction })
}

/// The words after a scope phrase, up to a comma or the end of the line
/// (at most six), and their row in the scopes table.
fn scope(line: &Line<'_>) -> Option<AuthorisationScope> {
    let lx = lexicon();
    let m = lx.authorisation_scope.find_all(&line.doc).into_iter().next()?;
    let mut end = m.end();
    while end < line.len().min(m.end() + 6) {
        end += 1;
        if line.doc.punct_after(end - 1).contains([',', ';', '.', '(']) {
            break;
        }
    }
    let words: Vec<&str> = (m.end()..end).map(|i| line.word(i)).collect();
    let row = lx
        .authorisation_scopes
        .find_in(&line.doc, m.end()..end)
        .first()
        .map(|r| lx.authorisation_scopes.key(r).to_string());
    (!words.is_empty()).then(|| AuthorisationScope { words: words.join(" "), row })
}
