//! Requirements no CV can prove: police certificate, security clearance,
//! start date, personal suitability and qualities, availability, and any
//! line that asks for a protected attribute. They are checked later by a
//! person and never flag anyone.

use super::Line;
use crate::lexicon::lexicon;

/// A manual requirement, with the reason it is manual.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Manual {
    /// The group of `[manual]` or `[protected]` it belongs to.
    pub reason: String,
}

impl Manual {
    pub fn interpretation(&self) -> String {
        let what = match self.reason.as_str() {
            "police_certificate" => "a police certificate is shown at hiring, not in a CV",
            "security_clearance" => "security clearance is granted after hiring",
            "start_date" => "a start date is agreed with the candidate",
            "suitability" => "personal suitability is judged in interviews",
            "soft_skill" => "personal qualities cannot be proven by a CV",
            "availability" => "availability is agreed with the candidate",
            "health" => "health is a protected ground; it is never read from a CV",
            "nationality" | "age" | "sex" | "family" | "religion" | "politics" | "photo" => {
                "this asks about a protected ground, which Sikte never reads from a CV"
            }
            _ => "no CV can show this",
        };
        format!("checked later by a person: {what}; never flags anyone")
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
    // A protected attribute, unless the line is about a language level
    // ("norsk som morsmål" is a language line; the linter warns about it).
    if let Some(m) = lx.protected.find_all(&line.doc).first() {
        let language = line.has(&lx.languages);
        if !language {
            return Some(Manual { reason: lx.protected.key(m).to_string() });
        }
    }
    None
}

/// Personal qualities, availability, health: tried after every other kind,
/// so "gode norskkunnskaper og samarbeidsevner" stays a language line.
pub fn parse_weak(line: &Line<'_>) -> Option<Manual> {
    let lx = lexicon();
    let m = lx.manual.find_all(&line.doc).into_iter().next()?;
    Some(Manual { reason: lx.manual.key(&m).to_string() })
}
