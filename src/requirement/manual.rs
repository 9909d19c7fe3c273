//! Requirements no CV can prove: police certificate, security clearance,
//! start date, personal suitability and qualities, availability, and any
//! line that asks for a protected attribute. They are checked later by a
//! person and never flag anyone.

use super::Line;
use crate::i18n::Lang;
use crate::lexicon::lexicon;
use crate::t;

/// A manual requirement, with the reason it is manual.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Manual {
    /// The group of `[manual]` or `[protected]` it belongs to.
    pub reason: String,
}

impl Manual {
    pub fn interpretation(&self, lang: Lang) -> String {
        let what = match self.reason.as_str() {
            "police_certificate" => t!(lang, "manual.police_certificate"),
            "security_clearance" => t!(lang, "manual.security_clearance"),
            "start_date" => t!(lang, "manual.start_date"),
            "suitability" => t!(lang, "manual.suitability"),
            "soft_skill" => t!(lang, "manual.soft_skill"),
            "availability" => t!(lang, "manual.availability"),
            "physical" => t!(lang, "manual.physical"),
            "hiring_document" => t!(lang, "manual.hiring_document"),
            "pre_employment_check" => t!(lang, "manual.pre_employment_check"),
            "health" => t!(lang, "manual.health"),
            "nationality" | "age" | "sex" | "family" | "religion" | "politics" | "photo" => {
                t!(lang, "manual.protected")
            }
            _ => t!(lang, "manual.other"),
        };
        t!(lang, "interp.manual", why = what)
    }
}

/// Police certificate, security clearance, start date, suitability, and
/// protected attributes: these win over every other kind.
pub fn parse_strong(line: &Line<'_>) -> Option<Manual> {
    let lx = lexicon();
    for m in lx.manual.find_all(&line.doc) {
        let key = lx.manual.key(&m);
        if matches!(key, "police_certificate" | "security_clearance" | "start_date" | "suitability") {
            return Some(Manual { reason: key.to_string() });
        }
    }
    // A protected attribute, unless the line asks for a language level
    // ("norsk som morsmål" is a language line; the linter warns about it).
    // "Norsk statsborger" names a language word but no level: nationality.
    // "erfaring med børn i alderen 0-3 år": in a line about experience, the
    // children's age, not the candidate's ("Vi søker ungdom i alderen
    // 16-20 år" asks for the candidate's)
    let others_age = |m: &crate::lexicon::Match| {
        lx.protected.key(m) == "age"
            && line.has(&lx.experience_words)
            && lx.age_of_others.any_in(&line.doc, m.first.saturating_sub(2)..m.first)
    };
    if let Some(m) = lx.protected.find_all(&line.doc).iter().find(|m| !others_age(m)) {
        let language_level =
            line.has(&lx.languages) && crate::requirement::language::level_in(&line.doc, 0..line.len()).is_some();
        if !language_level {
            return Some(Manual { reason: lx.protected.key(m).to_string() });
        }
    }
    None
}

/// Personal qualities, availability, health: tried after every other kind,
/// so "gode norskkunnskaper og samarbeidsevner" stays a language line.
/// A quality word after "erfaring med"/"experience with" names what the
/// experience is of, which a CV can show: "Erfarenhet av samverkan med
/// socialtjänsten", "Experience working with social services".
pub fn parse_weak(line: &Line<'_>) -> Option<Manual> {
    let lx = lexicon();
    let experience_at = lx.experience_words.find_all(&line.doc).first().map(|m| m.first);
    let m = lx
        .manual
        .find_all(&line.doc)
        .into_iter()
        .find(|m| lx.manual.key(m) != "soft_skill" || experience_at.is_none_or(|e| m.first < e))?;
    Some(Manual { reason: lx.manual.key(&m).to_string() })
}
