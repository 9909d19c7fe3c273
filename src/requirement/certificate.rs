//! Certificates and courses: "Truckførerbevis T1–T4", "HMS-kort",
//! "PRINCE2", "ADK1", "Kurs i varme arbeider". Named ones are in
//! `lexicon/data/certificates.txt`; others are matched by their own words.

use super::Line;
use crate::date::years_months;
use crate::i18n::Lang;
use crate::lexicon::{lexicon, Words};
use crate::t;
use crate::text::Document;

/// A certificate requirement.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Certificate {
    /// A certificate from the table, with the classes required (all of
    /// them; lower case, e.g. "t1") and what it must be for, if the line
    /// says (`(scope key, the line's words)`: "ykb.passenger",
    /// "persontransport").
    /// `max_age`: taken at most this many months ago, when the line says so
    /// ("ikke eldre enn 2 år").
    Named { key: String, classes: Vec<String>, scope: Option<(String, String)>, max_age: Option<i32> },
    /// A certificate named in the recruiter's own words: all terms, or any
    /// one of them ("AWS or Azure certification"), taken at most `max_age`
    /// years ago when the line says so.
    Terms { terms: Vec<String>, any: bool, max_age: Option<i32> },
    /// Several named certificates: all of them ("PRINCE2 og ITIL"), or any
    /// one ("PRINCE2 Practitioner or PMP").
    Several { each: Vec<Certificate>, any: bool },
}

impl Certificate {
    /// The table key of a named certificate.
    fn key(&self) -> Option<&str> {
        match self {
            Certificate::Named { key, .. } => Some(key),
            _ => None,
        }
    }

    pub fn interpretation(&self, lang: Lang) -> String {
        match self {
            Certificate::Named { key, classes, scope, max_age } => {
                let name = crate::i18n::name(lang, "cert", key);
                if let Some(months) = max_age {
                    t!(lang, "interp.certificate_max_age", name = name, period = years_months(lang, *months))
                } else if let Some((_, words)) = scope {
                    t!(lang, "interp.certificate_scope", name = name, scope = words)
                } else if classes.is_empty() {
                    t!(lang, "interp.certificate", name = name)
                } else {
                    let c: Vec<String> = classes.iter().map(|c| c.to_uppercase()).collect();
                    t!(lang, "interp.certificate_classes", name = name, classes = c.join(", "))
                }
            }
            Certificate::Terms { terms, any, max_age } => {
                let joiner = if *any { format!(" {} ", t!(lang, "word.or")) } else { " + ".to_string() };
                match max_age {
                    Some(months) => t!(
                        lang,
                        "interp.certificate_max_age",
                        name = terms.join(&joiner),
                        period = years_months(lang, *months)
                    ),
                    None => t!(lang, "interp.certificate_terms", terms = terms.join(&joiner)),
                }
            }
            Certificate::Several { each, any } => {
                let each: Vec<String> = each.iter().map(|c| c.interpretation(lang)).collect();
                let joiner = if *any { t!(lang, "word.or") } else { t!(lang, "word.and") };
                each.join(&format!(" {joiner} "))
            }
        }
    }
}

/// Classes of certificate `key` written in words `range`, with ranges
/// expanded ("T1–T4" is T1, T2, T3, T4), numbered steps read whole ("1.1"),
/// and, for levels, one-letter classes written together split ("AB" is A
/// and B).
pub fn classes_in(doc: &Document<'_>, key: &str, range: std::ops::Range<usize>) -> Vec<(String, usize)> {
    let Some(known) = lexicon().certificate_classes.get(key) else { return Vec::new() };
    // levels written together ("AB"), not numerals ("II" is category II)
    let cumulative = lexicon().cumulative_classes.iter().any(|k| k == key);
    let stepped = known.iter().any(|k| k.contains('.'));
    let mut out: Vec<(String, usize)> = Vec::new();
    let end = range.end.min(doc.word_count());
    let mut skip_next = false;
    for i in range.start..end {
        if std::mem::take(&mut skip_next) {
            continue;
        }
        let w = doc.word(i);
        // a numbered step written with a point ("steg 1.1"): one class
        if stepped && i + 1 < end && doc.between(i, i + 1).0 == "." {
            let dotted = format!("{w}.{}", doc.word(i + 1));
            if known.contains(&dotted) {
                out.push((dotted, i + 1));
                skip_next = true;
                continue;
            }
        }
        let letter = |c: char| known.iter().any(|k| k.chars().eq([c]));
        if cumulative && w.chars().nth(1).is_some() && w.chars().all(letter) && right_after_name(doc, key, i) {
            out.extend(w.chars().map(|c| (c.to_string(), i)));
            continue;
        }
        let Some(pos) = known.iter().position(|k| k == w) else { continue };
        // a range "t1-t4": fill in the classes between
        if let Some((prev, _)) = out.last() {
            let prev_pos = known.iter().position(|k| k == prev).unwrap_or(pos);
            if i > 0 && doc.punct_after(i - 1).contains('-') && prev_pos < pos {
                for k in &known[prev_pos + 1..pos] {
                    out.push((k.clone(), i));
                }
            }
        }
        out.push((w.to_string(), i));
    }
    out
}

/// Whether word `i` comes right after a name of certificate `key` or a
/// class word ("Motorsågskörkort AB", "motorsåg nivå AB"), which a company's
/// "AB" ("Skogsbolaget AB") does not.
fn right_after_name(doc: &Document<'_>, key: &str, i: usize) -> bool {
    let lx = lexicon();
    i.checked_sub(1).is_some_and(|b| lx.certificate_class_labels.iter().any(|l| l == doc.word(b)))
        || lx
            .certificates
            .find_in(doc, i.saturating_sub(4)..i)
            .iter()
            .any(|m| m.end() == i && lx.certificates.key(m) == key)
}

/// Recognise a certificate requirement.
/// How many words after a course word what it is in may stand
/// ("opplæring i montering, endring og demontering av stillas").
const SPLIT_WINDOW: usize = 8;

/// The certificates named as a course word and, later in its clause, what
/// the course is in, which together make the certificate's compound name
/// ("Dokumentert opplæring i montering ... av stillas": "stillasopplæring";
/// "Kurs i asbestsanering (3 dager)": "asbestsaneringskurs"). Each match
/// spans both.
pub fn split_compounds(doc: &Document<'_>) -> Vec<crate::lexicon::Match> {
    let lx = lexicon();
    let mut out = Vec::new();
    for i in 0..doc.word_count() {
        let head = doc.word(i);
        if !lx.split_heads.iter().any(|h| h == head) {
            continue;
        }
        let clause = doc.clause(i, i + 1);
        'part: for j in i + 1..clause.end.min(i + 1 + SPLIT_WINDOW) {
            let part = doc.word(j);
            for joined in [format!("{part}{head}"), format!("{part}s{head}")] {
                let one = [joined.as_str()];
                if let Some(m) = lx.certificates.match_at(&one[..], 0) {
                    out.push(crate::lexicon::Match { first: i, len: j + 1 - i, ..m });
                    break 'part;
                }
            }
        }
    }
    out
}

pub fn parse(line: &Line<'_>) -> Option<Certificate> {
    let lx = lexicon();
    let doc = &line.doc;
    // each certificate named, with the classes and scope written after it
    // (up to the next one): "PRINCE2 Practitioner or PMP"
    let mut found = lx.certificates.find_all(doc);
    if found.is_empty() {
        found.extend(split_compounds(doc).into_iter().take(1));
    }
    let mut named: Vec<Certificate> = Vec::new();
    for (k, m) in found.iter().enumerate() {
        let key = lx.certificates.key(m).to_string();
        if named.iter().any(|c| matches!(c, Certificate::Named { key: k2, .. } if *k2 == key)) {
            continue;
        }
        // "sikkerhetsrådgiverbevis for vegtransport (ADR)": a certificate
        // in brackets after another one, with no "or" between, says what
        // the first is for; it is not asked for itself
        if k > 0 && m.first > 0 && doc.between(m.first - 1, m.first).0.ends_with('(') {
            let prev = found[k - 1].end();
            if !(prev..m.first).any(|i| super::is_or_word(doc.word(i))) {
                continue;
            }
        }
        let until = found[k + 1..].iter().find(|n| lx.certificates.key(n) != key).map_or(line.len(), |n| n.first);
        // the first one's classes may also stand before it ("T1-T4 truck")
        let from = if k == 0 { 0 } else { m.first };
        let mut classes: Vec<String> = Vec::new();
        for (c, _) in classes_in(doc, &key, from..until) {
            if !classes.contains(&c) {
                classes.push(c);
            }
        }
        // levels, each holding the ones below: "IRATA Level 2 or Level 3"
        // asks for level 2 at least, "motorsåg A och B" for B
        if lx.cumulative_classes.contains(&key) && classes.len() > 1 {
            let known = &lx.certificate_classes[&key];
            classes.sort_by_key(|c| known.iter().position(|k| k == c));
            let or = (from..until).any(|i| super::is_or_word(doc.word(i)));
            classes = vec![if or { classes.swap_remove(0) } else { classes.pop().expect("two or more") }];
        }
        let scope = scopes_in(doc, &key, from..until).into_iter().next();
        named.push(Certificate::Named { key, classes, scope, max_age: max_age(line).map(|(months, _)| months) });
    }
    // a general certificate named beside its more specific kind, with no
    // "or" between, asks for that kind: "as master without limitations,
    // STCW II/2" is the master's STCW II/2, not the chief mate's (but
    // "Dansk Indeks ... eller tilsvarende visitationsværktøj" accepts both)
    let at = |key: &str| found.iter().find(|m| lx.certificates.key(m) == key).map(|m| m.first);
    let apposed = |a: usize, b: usize| !(a.min(b)..a.max(b)).any(|i| super::is_or_word(doc.word(i)));
    let keys: Vec<String> = named.iter().filter_map(Certificate::key).map(str::to_string).collect();
    named.retain(|c| {
        let Some(general) = c.key() else { return true };
        let own = lx.certificate_meets_general.get(general).into_iter().flatten();
        !own.filter(|o| keys.contains(o)).any(|o| at(general).zip(at(o)).is_some_and(|(a, b)| apposed(a, b)))
    });
    let any = (0..line.len()).any(|i| matches!(line.word(i), "eller" | "or" | "el"));
    match named.len() {
        0 => {}
        1 => return named.pop(),
        _ => return Some(Certificate::Several { each: named, any }),
    }
    // a course word, or a time limit ("GMP-træning inden for de seneste 12
    // måneder": only something taken has a date to be within)
    let words = lx.certificate_words.find_all(doc);
    let age = max_age(line);
    if words.is_empty() && age.is_none() {
        return None;
    }
    let mut skip: Vec<_> = words.iter().map(|m| m.first..m.end()).collect();
    // "i løpet av de siste to årene" says when, not what
    skip.extend(age.clone().map(|(_, words)| words));
    let terms = super::must_mention::key_terms(line, &skip);
    (!terms.is_empty()).then_some(Certificate::Terms { terms, any, max_age: age.map(|(months, _)| months) })
}

/// "ikke eldre enn 2 år", "de seneste 12 måneder", "under det senaste
/// året": the months, and the words that say it.
fn max_age(line: &Line<'_>) -> Option<(i32, std::ops::Range<usize>)> {
    let doc = &line.doc;
    let lx = lexicon();
    let m = lx.not_older_than.find_all(doc).into_iter().next()?;
    // "under det senaste året", "within the past year"
    if lx.not_older_than.key(&m) == "year" {
        return Some((12, m.first..m.end()));
    }
    if m.end() >= line.len() {
        return None;
    }
    // "de seneste 12 måneder"
    if let (Ok(n), Some(unit)) = (doc.word(m.end()).parse::<i32>(), lx.months_words.match_at(doc, m.end() + 1)) {
        return (1..=120).contains(&n).then_some((n, m.first..unit.end()));
    }
    let (months, end) = super::experience::years_at(doc, m.end())?;
    Some((months, m.first..end))
}

/// What certificate `key` is said to be for in words `range`: `(scope key,
/// the words)`, e.g. `("ykb.goods", "godstransport")`.
pub fn scopes_in(doc: &Document<'_>, key: &str, range: std::ops::Range<usize>) -> Vec<(String, String)> {
    let set = &lexicon().certificate_scopes;
    let prefix = format!("{key}.");
    set.find_in(doc, range)
        .into_iter()
        .filter(|m| set.key(m).starts_with(&prefix))
        .map(|m| (set.key(&m).to_string(), (m.first..m.end()).map(|i| doc.word(i)).collect::<Vec<_>>().join(" ")))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::requirement::{parse_line, RequirementKind};

    #[test]
    fn alternatives_each_with_their_classes() {
        match parse_line(0, "PRINCE2 Practitioner or PMP certification").kind {
            RequirementKind::Certificate(Certificate::Several { each, any: true }) => {
                assert_eq!(each.len(), 2);
                assert!(
                    matches!(&each[0], Certificate::Named { key, classes, .. } if key == "prince2" && classes == &["practitioner"])
                );
                assert!(matches!(&each[1], Certificate::Named { key, .. } if key == "pmp"));
            }
            other => panic!("{other:?}"),
        }
        assert!(matches!(
            parse_line(0, "PRINCE2 og ITIL").kind,
            RequirementKind::Certificate(Certificate::Several { any: false, .. })
        ));
    }

    #[test]
    fn a_course_no_older_than() {
        assert!(matches!(
            parse_line(0, "Gyldig førstehjelpskurs (ikke eldre enn 2 år)").kind,
            RequirementKind::Certificate(Certificate::Named { max_age: Some(24), .. })
        ));
    }

    #[test]
    fn truck_classes_expand() {
        match parse_line(0, "Truckførerbevis T1–T4").kind {
            RequirementKind::Certificate(Certificate::Named { key, classes, .. }) => {
                assert_eq!(key, "forklift");
                assert_eq!(classes, ["t1", "t2", "t3", "t4"]);
            }
            other => panic!("{other:?}"),
        }
    }
}
