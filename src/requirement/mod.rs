//! Requirement lines → typed requirements, one kind per module.
//!
//! A line is tried against the kinds in a fixed order (see [`parse_line`]);
//! the first that recognises it wins, and a line no kind recognises becomes
//! a *must mention* requirement with its key terms. No line is dropped.

pub mod authorisation;
pub mod certificate;
pub mod education;
pub mod experience;
pub mod hours;
pub mod language;
pub mod licence;
pub mod manual;
pub mod must_mention;

use crate::i18n::Lang;
use crate::lexicon::{lexicon, Words};
use crate::t;
use crate::text::Document;
use crate::ExtractedText;

/// One requirement, as typed by the recruiter and as Sikte understood it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Requirement {
    /// Position among the requirements (blank and `#` lines not counted).
    pub index: usize,
    /// The line as written.
    pub text: String,
    pub kind: RequirementKind,
    /// The line says an equivalent is accepted ("eller tilsvarende").
    pub or_equivalent: bool,
    /// The line says the thing is preferred, not required ("ønskelig").
    pub preferred: bool,
}

/// The typed content of a requirement.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RequirementKind {
    DrivingLicence(licence::Licence),
    Authorisation(authorisation::Authorisation),
    Education(education::Education),
    Language(language::Language),
    Experience(experience::Experience),
    Hours(hours::Hours),
    Certificate(certificate::Certificate),
    MustMention(must_mention::MustMention),
    Manual(manual::Manual),
}

impl RequirementKind {
    /// The kind's name in reports: `driving_licence`, `authorisation`, ...
    pub fn name(&self) -> &'static str {
        match self {
            RequirementKind::DrivingLicence(_) => "driving_licence",
            RequirementKind::Authorisation(_) => "authorisation",
            RequirementKind::Education(_) => "education",
            RequirementKind::Language(_) => "language",
            RequirementKind::Experience(_) => "experience",
            RequirementKind::Hours(_) => "hours",
            RequirementKind::Certificate(_) => "certificate",
            RequirementKind::MustMention(_) => "must_mention",
            RequirementKind::Manual(_) => "manual",
        }
    }
}

impl Requirement {
    /// What Sikte will check, in words, for the user to confirm.
    pub fn interpretation(&self, lang: Lang) -> String {
        let mut s = match &self.kind {
            RequirementKind::DrivingLicence(r) => r.interpretation(lang),
            RequirementKind::Authorisation(r) => r.interpretation(lang),
            RequirementKind::Education(r) => r.interpretation(lang),
            RequirementKind::Language(r) => r.interpretation(lang),
            RequirementKind::Experience(r) => r.interpretation(lang),
            RequirementKind::Hours(r) => r.interpretation(lang),
            RequirementKind::Certificate(r) => r.interpretation(lang),
            RequirementKind::MustMention(r) => r.interpretation(lang),
            RequirementKind::Manual(r) => r.interpretation(lang),
        };
        if self.or_equivalent && !matches!(self.kind, RequirementKind::Manual(_)) {
            s.push_str(&t!(lang, "interp.or_equivalent"));
        }
        if self.preferred && !matches!(self.kind, RequirementKind::Manual(_)) {
            s.push_str(&t!(lang, "interp.preferred"));
        }
        s
    }
}

/// Parse a requirements text: one requirement per line; blank lines and
/// lines starting with `#` are skipped; list bullets are ignored.
pub fn parse_requirements(text: &str) -> Vec<Requirement> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .enumerate()
        .map(|(index, line)| parse_line(index, line))
        .collect()
}

/// A requirement line's words, for the kind parsers.
pub struct Line<'a> {
    pub doc: Document<'a>,
}

impl Line<'_> {
    pub fn len(&self) -> usize {
        self.doc.word_count()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn word(&self, i: usize) -> &str {
        self.doc.word(i)
    }

    /// Whether any term of `set` occurs in the line.
    pub fn has(&self, set: &crate::lexicon::PatternSet) -> bool {
        set.any_in(&self.doc, 0..self.len())
    }
}

/// A word that offers an alternative between two requirements ("Fagbrev
/// ... eller relevant høyere utdanning", "1 year as cabin crew, or 2 years
/// in customer service").
pub(crate) fn is_or_word(word: &str) -> bool {
    matches!(word, "eller" | "or" | "alternativt" | "alternatively")
}

/// Whether a word joins two things that are both asked for.
pub(crate) fn is_and_word(word: &str) -> bool {
    matches!(word, "og" | "and" | "och" | "samt")
}

/// Parse a part of a requirement line's text as a line of its own (one of
/// the educations or languages a line joins by "or"/"and").
pub(crate) fn parse_part<T>(text: &str, parse: impl FnOnce(&Line<'_>) -> Option<T>) -> Option<T> {
    let extracted = ExtractedText::readable(text.to_string());
    parse(&Line { doc: Document::new(&extracted) })
}

/// Parse one line. Kinds are tried in this order: manual (police
/// certificate, security clearance, start date, protected attributes),
/// driving licence, logged hours, experience, language, authorisation, education,
/// certificate, manual (personal qualities, availability), must mention.
pub fn parse_line(index: usize, text: &str) -> Requirement {
    let extracted = ExtractedText::readable(text.to_string());
    let line = Line { doc: Document::new(&extracted) };
    let lx = lexicon();
    let or_equivalent = line.has(&lx.equivalent);
    let preferred = line.has(&lx.preferred);
    let kind = manual::parse_strong(&line)
        .map(RequirementKind::Manual)
        .or_else(|| education::parse_credits(&line).map(RequirementKind::Education))
        .or_else(|| licence::parse(&line).map(RequirementKind::DrivingLicence))
        .or_else(|| hours::parse(&line).map(RequirementKind::Hours))
        .or_else(|| experience::parse(&line).map(RequirementKind::Experience))
        .or_else(|| language::parse(&line).map(RequirementKind::Language))
        .or_else(|| authorisation::parse(&line).map(RequirementKind::Authorisation))
        .or_else(|| education::parse(&line).map(RequirementKind::Education))
        .or_else(|| certificate::parse(&line).map(RequirementKind::Certificate))
        .or_else(|| manual::parse_weak(&line).map(RequirementKind::Manual))
        .unwrap_or_else(|| RequirementKind::MustMention(must_mention::parse(&line)));
    // "or equivalent": another country's trade certificate may be one
    let kind = match kind {
        RequirementKind::Education(mut e) if or_equivalent => {
            e.trade_system = None;
            e.alternatives.iter_mut().for_each(|a| a.trade_system = None);
            RequirementKind::Education(e)
        }
        k => k,
    };
    Requirement { index, text: text.to_string(), kind, or_equivalent, preferred }
}

/// What a requirement wants of a field or role: the recruiter may name a
/// role or field from the tables, name one in their own words, or leave it
/// open.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Subject {
    /// Any (no field named).
    Any,
    /// "relevant": any, and a person judges relevance.
    Relevant,
    /// A role from `professions.txt`.
    Role(String),
    /// Fields of study from `education.txt`, any one of them ("regnskab
    /// eller økonomi").
    Fields(Vec<String>),
    /// A role in a field, both needed: "electrical engineer".
    RoleIn(String, Vec<String>),
    /// A role where the recruiter's own words say where or with what
    /// (experience only): "som jordmor fra fødeavdeling eller fødestue";
    /// the terms all, or any one for "eller".
    RoleWith(String, Vec<String>, bool),
    /// The recruiter's own words, as terms (see `must_mention::term_set`):
    /// all of them, or any one when the line says "eller"/"or" ("vakt-
    /// eller sikkerhetsarbeid"), each also met by its acronym written after
    /// it (`(acronym, term)`: "Security Operations Centre (SOC)"). With
    /// "or", the last list holds the terms needed besides one of the others
    /// ("installasjon eller service av brannalarmanlegg": the fire alarm
    /// systems, and either kind of work on them).
    Terms(Vec<String>, bool, Vec<(String, String)>, Vec<String>),
}

impl Subject {
    /// Read the subject of a requirement line from its words, skipping the
    /// words `skip` already explained (level words, numbers, ...).
    pub fn read(line: &Line<'_>, skip: &[std::ops::Range<usize>], prefer_field: bool) -> Subject {
        let lx = lexicon();
        let free = |i: usize| !skip.iter().any(|r| r.contains(&i));
        let doc = &line.doc;
        let roles: Vec<crate::lexicon::Match> = lx.roles.find_all(doc).into_iter().filter(|m| free(m.first)).collect();
        let role = roles.first().copied();
        // every field named, and those outside the role's own words
        // ("electrical" in "electrical engineer", not "elektriker" in
        // "som elektriker")
        let (mut all, mut outside): (Vec<String>, Vec<String>) = (Vec::new(), Vec::new());
        // a field joined to the role by "or" ("regnskap eller
        // økonomistyring"): either is enough
        let mut or_field = false;
        // "electrical engineering" names one field, not also "engineering":
        // a field word right after another (no comma or "or" between) only
        // completes the first one's name, which is the more specific
        let fields = lx.fields.find_all(doc);
        let completes = |m: &crate::lexicon::Match| {
            fields.iter().any(|o| {
                (o.first < m.first && m.first < o.end())
                    || (o.end() == m.first && doc.punct_after(o.end() - 1).trim().is_empty())
            })
        };
        let named: Vec<crate::lexicon::Match> =
            fields.iter().copied().filter(|m| free(m.first) && !completes(m)).collect();
        // "boring og sprengning i anlegg, tunnel eller steinbrudd": fields
        // after a place word that follows a field are where the work was,
        // not other work; "transport, lagring eller håndtering av farlig
        // gods": a field after an object word is what the fields before it
        // are about, and the one asked for
        let link = |i: usize, key: &str| lx.field_links.match_at(doc, i).is_some_and(|l| lx.field_links.key(&l) == key);
        // (not "eller i": another alternative; and with a role, fields
        // after it are already where its years must be)
        let place = |i: usize| {
            link(i, "place") && !(i > 0 && (is_or_word(doc.word(i - 1)) || doc.between(i - 1, i).0.contains(',')))
        };
        let no_role = roles.is_empty();
        let after_place = named.iter().skip(1).find(|m| no_role && (named[0].end()..m.first).any(place));
        let object = named.iter().skip(1).rev().find(|m| no_role && m.first > 0 && link(m.first - 1, "object"));
        // "som ortoptist, gjerne med utredning av barn": a field after a
        // preference, with a role or field before it, is only wished for
        let asked_before = |i: usize| roles.iter().any(|r| r.first < i) || named.iter().any(|m| m.first < i);
        let wished = (1..line.len()).find(|&i| {
            let end = lx.qualifier_ends.match_at(doc, i).is_some_and(|m| lx.qualifier_ends.key(&m) == "end");
            (end || lx.preferred.match_at(doc, i).is_some()) && asked_before(i)
        });
        let named: Vec<crate::lexicon::Match> = named
            .iter()
            .copied()
            .filter(|m| after_place.is_none_or(|p| m.first < p.first))
            .filter(|m| object.is_none_or(|o| m.first >= o.first))
            .filter(|m| wished.is_none_or(|w| m.first < w))
            .collect();
        for m in named {
            let key = lx.fields.key(&m).to_string();
            // inside any role's words: "platform engineering" in "DevOps,
            // SRE or platform engineering role" names a role, not a field
            let overlaps = roles.iter().any(|r| m.first < r.end() && r.first < m.end());
            if !overlaps && !outside.contains(&key) {
                outside.push(key.clone());
            }
            if let (false, Some(r)) = (overlaps, role) {
                let (a, b) = if r.end() <= m.first { (r.end(), m.first) } else { (m.end(), r.first) };
                // not an "or" between fields ("som undersköterska i
                // hemtjänst, äldreomsorg eller hälso- och sjukvård")
                let field_between = fields.iter().any(|o| a <= o.first && o.end() <= b);
                or_field |= !field_between
                    && ((a..b).any(|i| matches!(doc.word(i), "eller" | "or"))
                        || (a..=b).any(|i| i > 0 && doc.between(i - 1, i).0.contains('/')));
            }
            if !all.contains(&key) {
                all.push(key);
            }
        }
        let role_key = role.map(|m| lx.roles.key(&m).to_string());
        // what the line says after the role, in its own words, up to a
        // preference ("som jordmor fra fødeavdeling", not "gjerne fra
        // akuttmottak"): where the role's years must have been
        let qualifiers = |r: &crate::lexicon::Match| -> Vec<String> {
            let pref = (r.end()..line.len()).find_map(|i| {
                if lx.preferred.match_at(doc, i).is_some() {
                    return Some(i);
                }
                let end = lx.qualifier_ends.match_at(doc, i)?;
                // "som lege, LIS1 medregnet": the clause that says what
                // counts too ends the qualifier where it starts
                if lx.qualifier_ends.key(&end) != "counted" {
                    return Some(i);
                }
                let mut k = i;
                while k > r.end() && !doc.between(k - 1, k).0.contains([',', '(', ';']) {
                    k -= 1;
                }
                Some(k)
            });
            let before_role = 0..r.end();
            let after_pref = pref.unwrap_or(line.len())..line.len();
            let mut skip: Vec<std::ops::Range<usize>> = skip.to_vec();
            skip.extend([before_role, after_pref]);
            // other names of roles ("DevOps, SRE or platform engineering
            // role") are no qualifier
            skip.extend(roles.iter().map(|m| m.first..m.end()));
            must_mention::key_terms(line, &skip)
        };
        let found = match (role_key, prefer_field) {
            (_, true) if !all.is_empty() => Some(Subject::Fields(all)),
            (Some(r), _) if or_field => {
                // the role as the fields whose work it is
                for f in lx.fields_of_role(&r) {
                    if !all.contains(&f) {
                        all.push(f);
                    }
                }
                Some(Subject::Fields(all))
            }
            (Some(r), _) if !outside.is_empty() => Some(Subject::RoleIn(r, outside)),
            (Some(r), false) => {
                let terms = role.map(|m| qualifiers(&m)).unwrap_or_default();
                if terms.is_empty() {
                    Some(Subject::Role(r))
                } else {
                    Some(Subject::RoleWith(r, terms, must_mention::says_or(line)))
                }
            }
            (Some(r), _) => Some(Subject::Role(r)),
            (None, _) if !all.is_empty() => Some(Subject::Fields(all)),
            (None, _) => None,
        };
        if let Some(s) = found {
            return s;
        }
        let terms = must_mention::key_terms(line, skip);
        if !terms.is_empty() {
            let acronyms = must_mention::acronyms_after(line, &terms);
            let any = must_mention::says_or(line);
            // (only the thing worked on: a job entry names its work in words of
            // its own more often than a CV's list of tools does)
            let needed =
                if any { must_mention::and_joined(line, &terms, must_mention::OBJECT_JOINS) } else { Vec::new() };
            return Subject::Terms(terms, any, acronyms, needed);
        }
        let relevant = (0..line.len()).any(|i| line.word(i).starts_with("relevan"));
        if relevant {
            Subject::Relevant
        } else {
            Subject::Any
        }
    }

    /// The subject in words, for interpretations.
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            Subject::Any => t!(lang, "subject.any"),
            Subject::Relevant => t!(lang, "subject.relevant"),
            Subject::Role(r) => crate::i18n::name(lang, "role", r),
            Subject::Fields(f) => {
                let names: Vec<String> = f.iter().map(|k| crate::i18n::name(lang, "field", k)).collect();
                names.join(&format!(" {} ", t!(lang, "word.or")))
            }
            Subject::RoleIn(r, f) => t!(
                lang,
                "subject.role_in",
                role = crate::i18n::name(lang, "role", r),
                field = Subject::Fields(f.clone()).describe(lang)
            ),
            Subject::Terms(t, any, _, needed) => {
                let joiner = if *any { format!(" {} ", t!(lang, "word.or")) } else { " + ".to_string() };
                let others: Vec<&str> = t.iter().filter(|x| !needed.contains(x)).map(String::as_str).collect();
                match needed.is_empty() {
                    true => t.join(&joiner),
                    false => format!("{} + ({})", needed.join(" + "), others.join(&joiner)),
                }
            }
            Subject::RoleWith(r, t, any) => t!(
                lang,
                "subject.role_in",
                role = crate::i18n::name(lang, "role", r),
                field = Subject::Terms(t.clone(), *any, Vec::new(), Vec::new()).describe(lang)
            ),
        }
    }
}
