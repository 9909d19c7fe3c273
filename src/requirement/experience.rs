//! Years of experience: "Minst 3 års erfaring som sykepleier", "minst två
//! års erfarenhet som lastbilschaufför", "at least 3 years of experience as
//! a software developer", "2 års relevant erfaring fra lager".

use super::{Line, Subject};
use crate::date::years_months;
use crate::i18n::Lang;
use crate::lexicon::{lexicon, Words};
use crate::t;
use crate::text::Document;

/// An experience requirement.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Experience {
    /// Months of experience required (0 when seasons are).
    pub months: i32,
    /// Seasons required instead of months ("Minst två säsongers erfarenhet
    /// som skidlärare"): a season is a July–June year with at least two
    /// months of counted work in it, so a winter counts once.
    pub seasons: Option<i32>,
    /// The role or field the experience must be in.
    pub subject: Subject,
    /// The sector the jobs must have been in ("fra kommunal
    /// barnevernstjeneste": `municipal`), from `[sector_asked]`.
    pub sector: Option<String>,
    /// Other experience the line accepts instead, each with its own years
    /// ("1 year as cabin crew, or 2 years in customer service").
    pub alternatives: Vec<Experience>,
    /// Years the line asks for as part of these ("Minst tre års erfaring
    /// frå fiske, av dette minst eitt år som skipper"): needed too.
    pub of_which: Vec<Experience>,
}

impl Experience {
    /// Years in a subject (and sector), with no alternatives or parts.
    fn new(months: i32, subject: Subject, sector: Option<String>) -> Self {
        Experience { months, seasons: None, subject, sector, alternatives: Vec::new(), of_which: Vec::new() }
    }

    pub fn interpretation(&self, lang: Lang) -> String {
        let any = std::iter::once(self.interpretation_one(lang))
            .chain(self.alternatives.iter().map(|a| a.interpretation_one(lang)))
            .collect::<Vec<_>>()
            .join(&format!("; {} ", t!(lang, "word.or")));
        std::iter::once(any)
            .chain(self.of_which.iter().map(|p| p.interpretation_part(lang)))
            .collect::<Vec<_>>()
            .join(&format!("; {} ", t!(lang, "word.of_which")))
    }

    /// A part of the years ("of which at least 1 year as skipper").
    fn interpretation_part(&self, lang: Lang) -> String {
        std::iter::once(self)
            .chain(&self.alternatives)
            .map(|e| t!(lang, "interp.experience_part", years = e.amount(lang), what = e.what(lang)))
            .collect::<Vec<_>>()
            .join(&format!(" {} ", t!(lang, "word.or")))
    }

    fn interpretation_one(&self, lang: Lang) -> String {
        match self.seasons {
            Some(_) => t!(lang, "interp.experience_seasons", seasons = self.amount(lang), what = self.what(lang)),
            None => t!(lang, "interp.experience", years = self.amount(lang), what = self.what(lang)),
        }
    }

    /// How much is asked for, in words ("2 years 6 months", "2 seasons").
    pub fn amount(&self, lang: Lang) -> String {
        match self.seasons {
            Some(n) => seasons_text(lang, n),
            None => years_months(lang, self.months),
        }
    }

    /// The experience asked for, in words ("experience as a nurse in the
    /// municipal sector").
    fn what(&self, lang: Lang) -> String {
        let what = match &self.subject {
            Subject::Any => t!(lang, "what.work_experience_any"),
            Subject::Relevant => t!(lang, "what.work_experience_relevant"),
            Subject::Role(_) | Subject::RoleIn(..) | Subject::RoleWith(..) => {
                t!(lang, "what.experience_as", role = self.subject.describe(lang))
            }
            s => t!(lang, "what.experience_in", field = s.describe(lang)),
        };
        match &self.sector {
            Some(s) => t!(lang, "what.in_sector", what = what, sector = crate::i18n::name(lang, "sector", s)),
            None => what,
        }
    }
}

/// A number of years at word `i`, followed by a years word ("3 års",
/// "tre år", "2-3 years" (the lower), "1,5 år"), or of months ("12
/// months", "seks måneders"): the months and the word after the unit.
pub fn years_at(doc: &Document<'_>, i: usize) -> Option<(i32, usize)> {
    let lx = lexicon();
    let w = doc.word(i);
    let (months, next) = if let Ok(n) = w.parse::<i32>() {
        if !(1..=50).contains(&n) {
            return None;
        }
        if i + 2 < doc.word_count() && matches!(doc.punct_after(i).as_str(), "," | ".") && doc.word(i + 1) == "5" {
            (n * 12 + 6, i + 2)
        } else if i + 2 < doc.word_count() && doc.punct_after(i) == "-" && doc.word(i + 1).parse::<i32>().is_ok() {
            (n * 12, i + 2)
        } else {
            (n * 12, i + 1)
        }
    } else {
        let (n, end) = number_word_at(doc, i)?;
        (n * 12, end)
    };
    if next >= doc.word_count() {
        return None;
    }
    if let Some(y) = lx.years_words.match_at(doc, next) {
        return Some((months, y.end()));
    }
    // "12 months", "6 måneders": the number was of months ("1,5" is years)
    let m = lx.months_words.match_at(doc, next)?;
    (months % 12 == 0 && next == i + 1).then_some((months / 12, m.end()))
}

/// A number of seasons at word `i` ("två säsongers", "three winters"): the
/// seasons and the word after the unit.
fn seasons_at(doc: &Document<'_>, i: usize) -> Option<(i32, usize)> {
    let lx = lexicon();
    let (n, next) = match doc.word(i).parse::<i32>() {
        Ok(n) => (n, i + 1),
        Err(_) => number_word_at(doc, i)?,
    };
    if !(1..=50).contains(&n) || next >= doc.word_count() {
        return None;
    }
    lx.seasons_words.match_at(doc, next).map(|m| (n, m.end()))
}

/// A number written as a word at word `i` ("tre", "två", "five"): the
/// number and the word after it.
fn number_word_at(doc: &Document<'_>, i: usize) -> Option<(i32, usize)> {
    let set = &lexicon().number_words;
    let m = set.match_at(doc, i)?;
    Some((set.key(&m).parse().ok()?, m.end()))
}

/// "2 seasons", "1 sesong".
pub fn seasons_text(lang: Lang, n: i32) -> String {
    if n == 1 {
        t!(lang, "duration.season_one")
    } else {
        t!(lang, "duration.seasons", n = n)
    }
}

/// Recognise an experience requirement: a number of years and a word for
/// experience. A line that gives other years after "eller"/"or" accepts
/// either ("At least 1 year as cabin crew, or 2 years in customer
/// service").
pub fn parse(line: &Line<'_>) -> Option<Experience> {
    of_which(line).or_else(|| parse_any(line))
}

/// "Minst tre års erfaring frå fiske, av dette minst eitt år som skipper
/// eller styrmann": the years before the words for "of which"
/// (`[of_which]`), and the years after them as a part also needed, which
/// need no word for experience of their own.
fn of_which(line: &Line<'_>) -> Option<Experience> {
    let doc = &line.doc;
    let m = lexicon()
        .of_which
        .find_all(doc)
        .into_iter()
        .find(|m| (m.end()..line.len()).any(|i| years_at(doc, i).is_some()))?;
    let text = doc.original();
    let words = doc.evidence(m.first, m.end());
    let mut whole = super::parse_part(&text[..words.start], parse_any)?;
    let part = super::parse_part(&text[words.end..], |l| parse_years(l, false))?;
    whole.of_which.push(part);
    Some(whole)
}

/// Recognise an experience requirement without parts.
fn parse_any(line: &Line<'_>) -> Option<Experience> {
    let doc = &line.doc;
    let inside = super::must_mention::in_parentheses(line);
    let years: Vec<usize> = (0..line.len()).filter(|&i| years_at(doc, i).is_some()).collect();
    let split = years
        .get(1)
        .and_then(|&second| (years[0] + 1..second).rfind(|&i| super::is_or_word(line.word(i)) && !inside[i]));
    let Some(split) = split else { return parse_one(line) };
    let text = doc.original();
    let or = doc.evidence(split, split + 1);
    let mut first = super::parse_part(&text[..or.start], parse_one)?;
    match super::parse_part(&text[or.end..], parse_any) {
        Some(rest) => {
            let Experience { alternatives, .. } = &rest;
            first.alternatives.push(Experience { alternatives: Vec::new(), ..rest.clone() });
            first.alternatives.extend(alternatives.iter().cloned());
        }
        // the part after "or" names no experience of its own: read whole
        None => return parse_one(line),
    }
    Some(first)
}

/// One experience requirement, without alternatives.
fn parse_one(line: &Line<'_>) -> Option<Experience> {
    parse_years(line, true)
}

/// Years in a role or field, with a word for experience when `worded`.
fn parse_years(line: &Line<'_>, worded: bool) -> Option<Experience> {
    let lx = lexicon();
    let doc = &line.doc;
    let exp = lx.experience_words.find_all(doc);
    if worded && exp.is_empty() {
        return None;
    }
    let years = (0..line.len()).find_map(|i| years_at(doc, i).map(|y| (i, y, None)));
    let seasons = || (0..line.len()).find_map(|i| seasons_at(doc, i).map(|(n, end)| (i, (0, end), Some(n))));
    let (first, (months, end), seasons) = years.or_else(seasons)?;
    let mut skip: Vec<std::ops::Range<usize>> = exp.iter().map(|m| m.first..m.end()).collect();
    skip.push(first..end);
    let sector = lx.sector_asked.find_all(doc).first().copied();
    if let Some(m) = sector {
        skip.push(m.first..m.end());
    }
    let subject = Subject::read(line, &skip, false);
    let Some(m) = sector else {
        let alternatives = other_roles(line, &subject, months, seasons);
        return Some(Experience { alternatives, seasons, ..Experience::new(months, subject, None) });
    };
    let sector = lx.sector_asked.key(&m).to_string();
    // "som tolk i sundhedsvæsenet eller den offentlige sektor": the sector
    // is the other place the years may be from, not a place the field must
    // also be in; the role, if any, is needed in both
    let or_sector = (m.first.saturating_sub(3)..m.first)
        .rfind(|&i| super::is_or_word(line.word(i)))
        .is_some_and(|or| (or + 1..m.first).all(|i| matches!(line.word(i), "den" | "det" | "the" | "a")));
    let without_field = match &subject {
        Subject::RoleIn(role, _) => Some(Subject::Role(role.clone())),
        Subject::Fields(_) => Some(Subject::Any),
        _ => None,
    };
    if let (true, Some(other)) = (or_sector, without_field) {
        let alternative = Experience { seasons, ..Experience::new(months, other, Some(sector)) };
        return Some(Experience { alternatives: vec![alternative], seasons, ..Experience::new(months, subject, None) });
    }
    Some(Experience { seasons, ..Experience::new(months, subject, Some(sector)) })
}

/// "som skipper eller styrmann", "som tågvärd, konduktör eller
/// tågmästare": when the line names roles listed and joined by "or", the
/// roles after the first are other experiences it accepts, each for the
/// same years (years in different roles are not summed: a person weighs
/// that), and each with what the line says of where.
fn other_roles(line: &Line<'_>, subject: &Subject, months: i32, seasons: Option<i32>) -> Vec<Experience> {
    // "som sykepleier eller vernepleier fra psykiatri": what the line says
    // of where holds for each role
    let (first, with): (&String, &dyn Fn(String) -> Subject) = match subject {
        Subject::Role(r) => (r, &Subject::Role),
        Subject::RoleWith(r, terms, or) => (r, &|o| Subject::RoleWith(o, terms.clone(), *or)),
        Subject::RoleIn(r, fields) => (r, &|o| Subject::RoleIn(o, fields.clone())),
        _ => return Vec::new(),
    };
    let lx = lexicon();
    let doc = &line.doc;
    let roles = lx.roles.find_all(doc);
    let Some(at) = roles.iter().position(|m| lx.roles.key(m) == first) else { return Vec::new() };
    let mut others: Vec<String> = Vec::new();
    let mut said_or = false;
    for pair in roles[at..].windows(2) {
        let between = pair[0].end()..pair[1].first;
        let joined = between.clone().all(|i| super::is_or_word(line.word(i)))
            && (pair[0].end()..=pair[1].first).all(|i| i == 0 || !doc.between(i - 1, i).0.contains(['(', ')']));
        if !joined {
            break;
        }
        said_or |= !between.is_empty();
        let key = lx.roles.key(&pair[1]).to_string();
        if key != *first && !others.contains(&key) {
            others.push(key);
        }
    }
    if !said_or {
        return Vec::new();
    }
    others.into_iter().map(|r| Experience { seasons, ..Experience::new(months, with(r), None) }).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::requirement::{parse_line, RequirementKind};

    fn exp(text: &str) -> Experience {
        match parse_line(0, text).kind {
            RequirementKind::Experience(e) => e,
            other => panic!("{text}: {other:?}"),
        }
    }

    #[test]
    fn years_and_roles() {
        let e = exp("Minst 3 års erfaring som sykepleier");
        assert_eq!((e.months, &e.subject), (36, &Subject::Role("nurse".into())));
        assert_eq!(exp("minst två års erfarenhet som lastbilschaufför").subject, Subject::Role("truck_driver".into()));
        assert_eq!(exp("at least 3 years of experience as a software developer").months, 36);
        assert_eq!(exp("2 års relevant erfaring fra lager").subject, Subject::Role("warehouse".into()));
        assert_eq!(exp("Minst 2 års arbeidserfaring").subject, Subject::Any);
        assert_eq!(exp("1,5 års erfaring").months, 18);
        assert_eq!(exp("2-3 års erfaring").months, 24);
        assert_eq!(exp("At least 12 months of experience as a nurse").months, 12);
        assert_eq!(exp("Minst 6 måneders erfaring som sykepleier").months, 6);
        let e = exp("Minst två säsongers erfarenhet som skidlärare");
        assert_eq!((e.months, e.seasons), (0, Some(2)));
    }

    #[test]
    fn a_sector_after_or_is_the_other_place_the_years_may_be_from() {
        let e = exp("Mindst tre års erfaring som tolk i sundhedsvæsenet eller den offentlige sektor");
        assert_eq!((&e.subject, &e.sector), (&Subject::RoleIn("interpreter".into(), vec!["health".into()]), &None));
        let [alt] = e.alternatives.as_slice() else { panic!("{e:?}") };
        assert_eq!((&alt.subject, alt.sector.as_deref()), (&Subject::Role("interpreter".into()), Some("public")));
        // a sector the line does not offer instead is needed too
        let e = exp("Minst 2 års erfaring som sykepleier i kommunal helsetjeneste");
        assert!(e.alternatives.is_empty() && e.sector.as_deref() == Some("municipal"), "{e:?}");
    }
}
