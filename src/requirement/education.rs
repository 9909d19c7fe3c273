//! Education: "Bachelor i sykepleie", "relevant høyere utdanning på
//! masternivå", "fagbrev som elektriker", "högskoleexamen",
//! "kandidatuddannelse". Levels and fields are in
//! `lexicon/data/education.txt`.

use super::{Line, Subject};
use crate::i18n::Lang;
use crate::lexicon::{lexicon, Words};
use crate::t;
use crate::text::Document;

/// Education levels. 3 is general upper secondary; 4 is a trade
/// certificate, a track of its own that only a trade certificate (or a
/// master craftsman's certificate) satisfies; 5–8 follow the EQF.
pub type Level = u8;

/// The trade-certificate level.
pub const TRADE: Level = 4;
/// A master craftsman's certificate: satisfies a trade certificate.
pub const CRAFT: Level = 9;

/// An education requirement.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Education {
    /// The levels accepted, any one of them ("fagbrev eller fagskole");
    /// empty = any completed education.
    pub levels: Vec<Level>,
    pub field: Subject,
    /// The country whose trade certificate the line names ("fagbrev":
    /// "no"), when it names only one country's: another country's is for a
    /// person to judge.
    pub trade_system: Option<String>,
    /// Other educations the line accepts instead, any one of them
    /// ("Fagbrev i kontorfaget eller relevant høyere utdanning").
    pub alternatives: Vec<Education>,
    /// Credits asked in a subject instead of a degree ("Minst 60
    /// studiepoeng i norsk").
    pub credits: Option<Credits>,
    /// The school the line names ("frå Kriminalomsorgens høgskole og
    /// utdanningssenter KRUS"), by its own words and acronyms: the degree's
    /// entry must name one of them. Empty when no school is named.
    pub school: Vec<String>,
}

/// Credits in a subject: at least `min` ECTS credits in any one of
/// `subjects` (keys of `[subjects]`) or of `fields` (keys of `[fields]`:
/// "30 studiepoeng arkivfag").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Credits {
    pub min: u32,
    pub subjects: Vec<String>,
    pub fields: Vec<String>,
}

impl Credits {
    /// The subjects and fields in words, joined by "or".
    pub fn describe(&self, lang: Lang) -> String {
        let subjects = self.subjects.iter().map(|k| crate::i18n::name(lang, "subject", k));
        let fields = self.fields.iter().map(|k| crate::i18n::name(lang, "field", k));
        subjects.chain(fields).collect::<Vec<String>>().join(&format!(" {} ", t!(lang, "word.or")))
    }
}

impl Education {
    pub fn interpretation(&self, lang: Lang) -> String {
        std::iter::once(self.interpretation_one(lang))
            .chain(self.alternatives.iter().map(|a| a.interpretation_one(lang)))
            .collect::<Vec<_>>()
            .join(&format!("; {} ", t!(lang, "word.or")))
    }

    fn interpretation_one(&self, lang: Lang) -> String {
        if let Some(c) = &self.credits {
            return t!(lang, "interp.credits", credits = c.min, subject = c.describe(lang));
        }
        let levels = if self.levels.is_empty() {
            level_name(lang, 0)
        } else {
            self.levels
                .iter()
                .map(|&l| match l {
                    TRADE => t!(lang, "interp.level_trade", level = level_name(lang, l)),
                    CRAFT | 8 => level_name(lang, l),
                    _ => t!(lang, "interp.level_or_higher", level = level_name(lang, l)),
                })
                .collect::<Vec<_>>()
                .join(&format!(", {} ", t!(lang, "word.or")))
        };
        let school = self.school.join(" / ");
        let field = match (&self.field, school.is_empty()) {
            (Subject::Any, true) => return t!(lang, "interp.education", levels = levels),
            (Subject::Any, false) => t!(lang, "interp.from_school", school = school),
            (f, true) => f.describe(lang),
            (f, false) => t!(lang, "interp.field_from_school", field = f.describe(lang), school = school),
        };
        t!(lang, "interp.education_in", levels = levels, field = field)
    }

    /// Whether a completed degree at `held` satisfies this requirement's
    /// level (the field is checked separately).
    pub fn level_ok(&self, held: Level) -> bool {
        self.levels.is_empty() || self.levels.iter().any(|&r| satisfies(held, r))
    }
}

/// A level in words.
pub fn level_name(lang: Lang, level: Level) -> String {
    let key = match level {
        0 => "level.any",
        1..=3 => "level.upper_secondary",
        TRADE => "level.trade",
        5 => "level.vocational_college",
        6 => "level.bachelor",
        7 => "level.master",
        8 => "level.doctorate",
        CRAFT => "level.craft",
        _ => "level.education",
    };
    t!(lang, key)
}

/// Whether a completed `held` level satisfies a `required` level.
pub fn satisfies(held: Level, required: Level) -> bool {
    match (held, required) {
        (_, 0) => true,
        (CRAFT, r) => r <= TRADE,
        (TRADE, r) => r <= TRADE,
        (h, TRADE) => h == TRADE || h == CRAFT,
        (h, r) => h >= r,
    }
}

/// The level key of the education table as a [`Level`].
pub fn level_of_key(key: &str) -> Level {
    match key {
        "craft" => CRAFT,
        k => k.parse().unwrap_or(0),
    }
}

/// "Minst 60 studiepoeng i norsk", "30 hp i specialpedagogik": a figure,
/// a credit unit and the subjects after it. Tried before a language line
/// ("norsk" here is a subject, not the language).
pub fn parse_credits(line: &Line<'_>) -> Option<Education> {
    let lx = lexicon();
    let doc = &line.doc;
    let (unit, figure) =
        lx.credit_units.find_all(doc).into_iter().find_map(|m| Some((m, credits_before(doc, m.first)?)))?;
    let worth: u32 = lx.credit_units.key(&unit).parse().unwrap_or(1);
    let mut subjects: Vec<String> = Vec::new();
    for m in lx.subjects.find_all(doc).iter().filter(|m| m.first >= unit.end()) {
        let key = lx.subjects.key(m).to_string();
        if !subjects.contains(&key) {
            subjects.push(key);
        }
    }
    let fields = if subjects.is_empty() { fields_after(doc, &unit) } else { Vec::new() };
    if subjects.is_empty() && fields.is_empty() {
        return None;
    }
    let credits = Some(Credits { min: figure * worth, subjects, fields });
    Some(Education {
        levels: Vec::new(),
        field: Subject::Any,
        trade_system: None,
        alternatives: Vec::new(),
        credits,
        school: Vec::new(),
    })
}

/// The fields of study right after a credit unit, in its clause, with
/// nothing but "i"/"innen"/"in" between ("minst 30 studiepoeng arkivfag",
/// "60 studiepoeng innen økonomi"), and another field joined by "or" after
/// it. None when a degree stands before the unit: "Master med minst 30
/// studiepoeng i statistikk" asks for the degree too, which credits alone
/// would not show.
fn fields_after(doc: &Document<'_>, unit: &crate::lexicon::Match) -> Vec<String> {
    let lx = lexicon();
    if degrees(doc).iter().any(|d| d.first < unit.first) {
        return Vec::new();
    }
    let clause = doc.clause(unit.first, unit.end());
    let plain = |i: usize| doc.punct_after(i).trim().is_empty();
    let mut at = unit.end();
    if at < clause.end && CREDIT_LINKS.contains(&doc.word(at)) && plain(at - 1) {
        at += 1;
    }
    let mut keys: Vec<String> = Vec::new();
    while at < clause.end && plain(at - 1) {
        let Some(m) = lx.fields.match_at(doc, at) else { break };
        let key = lx.fields.key(&m).to_string();
        if !keys.contains(&key) {
            keys.push(key);
        }
        at = m.end();
        // "økonomi eller administrasjon": another field, either is enough
        if at + 1 < clause.end && super::is_or_word(doc.word(at)) {
            at += 1;
        } else {
            break;
        }
    }
    keys
}

/// Words between a credit unit and the field it is in.
const CREDIT_LINKS: &[&str] = &["i", "innen", "innan", "inom", "in", "within", "av"];

/// The figure right before word `unit` ("60 studiepoeng"), if any.
pub fn credits_before(doc: &Document<'_>, unit: usize) -> Option<u32> {
    let i = unit.checked_sub(1)?;
    doc.word(i).parse::<u32>().ok().filter(|&n| (1..=600).contains(&n))
}

/// Recognise an education requirement.
pub fn parse(line: &Line<'_>) -> Option<Education> {
    alternatives(line).or_else(|| parse_one(line))
}

/// "Fagbrev i kontorfaget eller relevant høyere utdanning", "master i
/// helsesykepleie eller tilsvarende videreutdanning": educations joined by
/// "or", each named by a degree or an education word of its own; any one
/// is enough. One that names no field takes the field of the others
/// (equivalent further education is in the same field); alternatives that
/// differ only in level are one education ("bachelor or master in X").
fn alternatives(line: &Line<'_>) -> Option<Education> {
    let lx = lexicon();
    let doc = &line.doc;
    let mut named = degrees(doc);
    named.extend(lx.higher_education.find_all(doc));
    named.extend(lx.education_words.find_all(doc));
    let inside = crate::requirement::must_mention::in_parentheses(line);
    let or_at = |i: usize| super::is_or_word(line.word(i)) && !inside[i];
    // (an education named before the next "or": "Fagbrev som elektriker
    // eller automatiker, eller fagskole innen elektro" parts at the second)
    let next_or = |i: usize| (i + 1..line.len()).find(|&k| or_at(k)).unwrap_or(line.len());
    let split = (1..line.len()).find(|&i| {
        let right = |r: &std::ops::Range<usize>| r.start > i && r.start < next_or(i);
        or_at(i)
            && !named.iter().any(|m| m.first < i && i < m.end())
            && named.iter().any(|m| m.end() <= i)
            && named.iter().any(|m| right(&(m.first..m.end())))
    })?;
    let text = doc.original();
    let or = doc.evidence(split, split + 1);
    let first = super::parse_part(&text[..or.start], parse_one)?;
    let rest = super::parse_part(&text[or.end..], |l| parse_credits(l).or_else(|| parse(l)))?;
    let mut all = vec![first];
    let Education { alternatives, .. } = &rest;
    all.push(Education { alternatives: Vec::new(), ..rest.clone() });
    all.extend(alternatives.iter().cloned());
    // an alternative without a field takes the field the others name
    let named_field = all.iter().map(|e| &e.field).find(|f| !matches!(f, Subject::Any | Subject::Relevant)).cloned();
    if let Some(f) = named_field {
        for e in all.iter_mut().filter(|e| matches!(e.field, Subject::Any) && e.credits.is_none()) {
            e.field = f.clone();
        }
    }
    // the same field and system: one education with the levels of all
    let same = all.iter().all(|e| {
        e.field == all[0].field
            && e.trade_system == all[0].trade_system
            && e.credits.is_none()
            && all[0].credits.is_none()
    });
    if same {
        let mut levels: Vec<Level> = all.iter().flat_map(|e| e.levels.iter().copied()).collect();
        if all.iter().any(|e| e.levels.is_empty()) {
            levels.clear();
        }
        let one = all.swap_remove(0);
        return Some(Education { levels: lowest(levels), ..one });
    }
    let mut first = all.remove(0);
    first.alternatives = all;
    Some(first)
}

/// The degree words of a text, without those inside a phrase that is no
/// degree ("scrum master", "masteroppgave").
pub fn degrees(doc: &Document<'_>) -> Vec<crate::lexicon::Match> {
    let lx = lexicon();
    let not_degree = lx.not_degree.find_all(doc);
    let mut found = lx.degree_levels.find_all(doc);
    found.retain(|m| !not_degree.iter().any(|n| n.first <= m.first && m.first < n.end()));
    // "Cambridge, MA": a US state after a town is no master of arts
    let state_code = |m: &crate::lexicon::Match| {
        m.len == 1 && m.first > 0 && doc.word(m.first) == "ma" && doc.punct_after(m.first - 1).contains(',')
    };
    found.retain(|m| !state_code(m));
    found
}

/// The levels a requirement keeps: the lowest of the general ones ("bachelor
/// eller master" accepts a bachelor), and the trade track apart.
fn lowest(mut levels: Vec<Level>) -> Vec<Level> {
    levels.sort_unstable();
    levels.dedup();
    let general_min = levels.iter().copied().filter(|&l| l != TRADE && l != CRAFT).min();
    let has_trade = levels.contains(&TRADE);
    levels.retain(|&l| l == TRADE || (l == CRAFT && !has_trade) || Some(l) == general_min);
    levels
}

/// The endings of a compound that names an education by its field
/// ("kranförarutbildning", "tolkeuddannelse").
const EDUCATION_ENDINGS: &[&str] =
    &["utdanning", "utdanninga", "utbildning", "utbildningen", "uddannelse", "uddannelsen"];

/// The endings of a compound that names an exam ("ridlärarexamen").
const EXAM_ENDINGS: &[&str] = &["examen", "eksamen"];

/// Words that say where an education was taken ("frå Kriminalomsorgens
/// høgskole", "from an accredited university").
const FROM_WORDS: &[&str] = &["fra", "frå", "från", "fraa", "from", "ved", "vid", "at"];

/// Where the line says the education is from, when it names a school: from
/// the word "fra"/"from" to the end of its clause or of the parentheses it
/// stands in ("frå Kriminalomsorgens høgskole og utdanningssenter KRUS").
/// That is not the field of study. Not kinds of school ("från gymnasiet
/// eller YH"), which say the level.
fn institution_named(line: &Line<'_>) -> Option<std::ops::Range<usize>> {
    let lx = lexicon();
    let doc = &line.doc;
    let inside = crate::requirement::must_mention::in_parentheses(line);
    let from = (0..line.len()).find(|&i| FROM_WORDS.contains(&line.word(i)))?;
    let clause = doc.clause(from, from + 1);
    let end = (from + 1..clause.end).find(|&k| inside[k] != inside[from]).unwrap_or(clause.end);
    let named = from + 1..end;
    // "från gymnasiet eller YH": kinds of school, which name the level
    let kinds = lx.degree_levels.any_in(doc, named.clone()) || named.clone().any(|k| super::is_or_word(line.word(k)));
    (lx.institutions.any_in(doc, named) && !kinds).then_some(from..end)
}

/// Capitalised words that say where a school is, not which one ("from a
/// Nordic university").
const REGIONS: &[&str] =
    &["nordic", "nordisk", "nordiskt", "nordiske", "scandinavian", "european", "europeisk", "eu", "eøs", "eea"];

/// The words that name the school at words `at`: its acronyms ("KRUS") and
/// the words of its name written with a capital that are not words for a
/// school, a country, a language or a region ("Kriminalomsorgens"). "from
/// an accredited university" and "from a Norwegian university" name none.
fn school_names(line: &Line<'_>, at: std::ops::Range<usize>) -> Vec<String> {
    let lx = lexicon();
    let doc = &line.doc;
    let mut names = Vec::new();
    for i in at.start + 1..at.end {
        let original = doc.evidence(i, i + 1).text;
        let capital = original.chars().next().is_some_and(char::is_uppercase);
        let word = line.word(i).to_string();
        let place = REGIONS.contains(&word.as_str())
            || lx.countries.match_at(doc, i).is_some()
            || lx.languages.match_at(doc, i).is_some();
        if capital && !place && !lx.institutions.any_in(doc, i..i + 1) && !names.contains(&word) {
            names.push(word);
        }
    }
    names
}

fn parse_one(line: &Line<'_>) -> Option<Education> {
    let lx = lexicon();
    let doc = &line.doc;
    let mut levels: Vec<Level> = Vec::new();
    let mut skip = Vec::new();
    // "høyere utdanning på masternivå": the most specific phrase wins
    let mut higher: Option<Level> = None;
    let higher_named = lx.higher_education.find_all(doc);
    for m in &higher_named {
        let l = level_of_key(lx.higher_education.key(m));
        higher = Some(higher.map_or(l, |h| h.max(l)));
        skip.push(m.first..m.end());
    }
    // schools named in parentheses ("Kranförarutbildning (Komvux, YH eller
    // privat utbildningsanordnare)") are where, not the level, when the
    // line names its education outside them by words, not by a degree (a
    // degree's gloss stays: "a tertiary vocational degree (fagskole)")
    let inside = crate::requirement::must_mention::in_parentheses(line);
    // "kranförarutbildning": an education named by its field
    // (or an exam named by its field, "Ridlärarexamen", "hippologexamen";
    // not "Skorstensfejarteknikerexamen", which names no field of study)
    let field_exam = |i: usize| {
        EXAM_ENDINGS.iter().any(|e| line.word(i).ends_with(e)) && lx.fields.match_at(doc, i).is_some_and(|m| m.len == 1)
    };
    let field_education = (0..line.len())
        .any(|i| !inside[i] && (EDUCATION_ENDINGS.iter().any(|e| line.word(i).ends_with(e)) || field_exam(i)));
    let degrees = degrees(doc);
    let named_outside = !degrees.iter().any(|m| !inside[m.first])
        && !higher_named.iter().any(|m| !inside[m.first])
        && (lx.education_words.find_all(doc).iter().any(|m| !inside[m.first]) || field_education);
    // the words of the brackets around word `i`
    let brackets = |i: usize| {
        let (mut a, mut b) = (i, i);
        while a > 0 && inside[a - 1] && inside[a] {
            a -= 1;
        }
        while b + 1 < line.len() && inside[b + 1] {
            b += 1;
        }
        a..b + 1
    };
    for m in degrees {
        // (but a degree alone in them, in a field, is the education itself:
        // "Uddannet politibetjent (professionsbachelor i politivirksomhed)";
        // not one of choices: "(årsstudium eller bachelor i X)")
        let alone = || {
            let b = brackets(m.first);
            let key = lx.degree_levels.key(&m);
            level_of_key(key) >= 6
                && !b.clone().any(|i| super::is_or_word(line.word(i)))
                && lx.fields.any_in(doc, m.end()..b.end)
        };
        if inside[m.first] && named_outside && !alone() {
            skip.push(m.first..m.end());
            continue;
        }
        let key =
            lx.level_overrides.match_at(doc, m.first).map_or(lx.degree_levels.key(&m), |o| lx.level_overrides.key(&o));
        levels.push(level_of_key(key));
        skip.push(m.first..m.end());
    }
    if levels.is_empty() {
        levels.extend(higher);
    }
    // "Utdanning innen logistikk": a generic education word and a field; a
    // named certificate ("Utbildning i livsmedelshygien") is a certificate
    // line instead. Next to a degree ("upper secondary education") the
    // generic word names no field either.
    let generic = lx.education_words.find_all(doc);
    if levels.is_empty() && ((generic.is_empty() && !field_education) || line.has(&lx.certificates)) {
        return None;
    }
    skip.extend(generic.iter().map(|m| m.first..m.end()));
    let mut levels = lowest(levels);
    // "upper secondary education (videregående, gymnasium)": the school
    // names the level, not a field
    let level_field = |m: &crate::lexicon::Match| lx.level_fields.iter().any(|k| k == lx.fields.key(m));
    skip.extend(lx.fields.find_all(doc).iter().filter(|m| level_field(m)).map(|m| m.first..m.end()));
    let school_at = institution_named(line);
    let school = school_at.clone().map(|r| school_names(line, r)).unwrap_or_default();
    skip.extend(school_at);
    let mut field = Subject::read(line, &skip, true);
    // "Sjuksköterskeexamen", "sykepleierutdanning": a degree word that
    // begins with a field names the field, unless the line names one
    // itself ("Siv.ing. i elektro" is in electrical, not all engineering);
    // over a role named after it ("hippologexamen med inriktning
    // ridlärare": the degree, with the role its specialisation)
    if !matches!(field, Subject::Fields(_) | Subject::RoleIn(..)) {
        let named = |r: &std::ops::Range<usize>| {
            lx.fields.match_at(doc, r.start).is_some_and(|f| f.end() == r.end && !level_field(&f))
        };
        if skip.iter().any(named) {
            skip.retain(|r| !named(r));
            field = Subject::read(line, &skip, true);
        }
    }
    // "Uddannet smed": educated in a trade is its trade certificate (not
    // "kranförarutbildning", a course of the trade's field)
    let trade = |k: &String| lx.trades.contains(k);
    let in_trade = match &field {
        Subject::Role(r) => trade(r),
        Subject::Fields(keys) => keys.iter().all(trade),
        _ => false,
    };
    if levels.is_empty() && in_trade && !field_education {
        levels.push(TRADE);
    }
    let systems: Vec<&str> = lx.trade_systems.find_all(doc).iter().map(|m| lx.trade_systems.key(m)).collect();
    let trade_system = systems.first().filter(|s| systems.iter().all(|o| o == *s)).map(|s| s.to_string());
    Some(Education { levels, field, trade_system, alternatives: Vec::new(), credits: None, school })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn level_order_with_the_trade_track() {
        assert!(satisfies(7, 6));
        assert!(satisfies(6, 6));
        assert!(!satisfies(6, 7));
        assert!(!satisfies(6, TRADE));
        assert!(satisfies(CRAFT, TRADE));
        assert!(satisfies(TRADE, 3));
        assert!(!satisfies(TRADE, 5));
        assert!(satisfies(5, 3));
        assert!(satisfies(3, 0));
    }
}
