//! Certificates and courses: met when named (with every required class,
//! for the kind of work asked); missing classes, another kind ("YSK
//! godstransport" for persontransport), "utløpt", "påmeldt" and a course
//! older than its renewal period are unclear. A certificate in the
//! recruiter's own words must be stated as a certificate or course.

use super::{not_found, quote, rank, Ctx, Outcome, Scope};
use crate::lexicon::lexicon;
use crate::report::{Verdict, VerdictKind};
use crate::requirement::certificate::{classes_in, scopes_in, Certificate};
use crate::t;
use crate::text::{dates, SectionKind};

/// How many words after a certificate's name its classes may stand.
const CLASS_WINDOW: usize = 8;

pub(crate) fn evaluate(req: &Certificate, ctx: &Ctx<'_, '_>) -> Verdict {
    let lx = lexicon();
    let (doc, lang) = (ctx.doc, ctx.lang);
    let mut out = Outcome::new(lang);
    match req {
        Certificate::Named { key, classes, scope, max_age } => {
            let name = crate::i18n::name(lang, "cert", key);
            // by name, or as a course word and what it is in ("Kurs i
            // asbestsanering")
            let mut named = lx.certificates.find_all(doc);
            named.extend(crate::requirement::certificate::split_compounds(doc));
            for m in named {
                let held = lx.certificates.key(&m);
                let counts =
                    held == key || lx.certificate_meets_general.get(key).is_some_and(|k| k.iter().any(|k| k == held));
                if !counts || doc.lines()[doc.line_of(m.first)].heading {
                    continue;
                }
                let line = doc.lines()[doc.line_of(m.first)].words();
                // classes stand after the name, before any driving licence
                // ("truckcertifikat. kørekort b": B is the car's)
                let mut window = m.first..line.end.min(m.end() + CLASS_WINDOW);
                // or on the line that carries it on ("categories A" then "and
                // B"), else on the value line below a name alone on its line
                // ("F-gas", then "Category I certificate, Incert")
                if window.end == line.end {
                    if let Some(next) = ctx.continuation_line(m.first, m.end()) {
                        window.end = next.end.min(m.end() + CLASS_WINDOW);
                    } else if let Some(value) = ctx.value_line(m.first, m.end()) {
                        window.end = value.end.min(value.start + CLASS_WINDOW);
                    }
                }
                if let Some(l) = lx.licence_words.find_in(doc, m.end()..window.end).first() {
                    window.end = l.first;
                }
                // or before it, in its clause ("certifikat 135 og 136 iso
                // 9606-1"), after any driving licence
                let clause = doc.clause(m.first, m.end());
                window.start = clause.start.max(m.first.saturating_sub(CLASS_WINDOW));
                if let Some(l) = lx.licence_words.find_in(doc, window.start..m.first).last() {
                    window.start = l.end();
                }
                let held = with_lower_levels(key, classes_in(doc, key, window));
                let end = held.iter().map(|(_, i)| *i + 1).max().map_or(m.end(), |e| e.max(m.end()));
                let evidence = doc.context_evidence(m.first, end);
                let missing: Vec<String> =
                    classes.iter().filter(|c| !held.iter().any(|(h, _)| h == *c)).map(|c| c.to_uppercase()).collect();
                if !missing.is_empty() {
                    out.doubt(t!(lang, "doubt.certificate_class", name = name, classes = missing.join(", ")), evidence);
                    continue;
                }
                // the line, and its value when the name is a label ("Driver
                // CPC", then "Code 95 (goods), 2019")
                let mut said = doc.lines()[doc.line_of(m.first)].words();
                if let Some(value) =
                    ctx.value_line(m.first, m.end()).or_else(|| ctx.continuation_line(m.first, m.end()))
                {
                    said.end = value.end;
                }
                if let Some((need, need_words)) = scope {
                    let held = whole_of_parts(key, scopes_in(doc, key, said.clone()));
                    if held.is_empty() && lx.certificate_scope_required.contains(key) {
                        let need = t!(lang, "what.quoted", words = need_words);
                        out.doubt(t!(lang, "doubt.certificate_scope_unsaid", name = name, need = need), evidence);
                        continue;
                    }
                    if !held.is_empty() && !held.iter().any(|(k, _)| k == need) {
                        let held: Vec<&str> = held.iter().map(|(_, w)| w.as_str()).collect();
                        let (held, need) = (
                            t!(lang, "what.quoted", words = held.join(", ")),
                            t!(lang, "what.quoted", words = need_words),
                        );
                        out.doubt(t!(lang, "doubt.certificate_scope", name = name, held = held, need = need), evidence);
                        continue;
                    }
                }
                let renewal = lx.certificate_renewal_years.get(key).map(|y| y * 12).into_iter().chain(*max_age).min();
                if let Some(doubt) = age_doubt(ctx, m.first..m.end(), said.clone(), renewal, *max_age, &name) {
                    out.doubt(doubt, evidence);
                    continue;
                }
                // (the clause of the name's own line, which may carry on below)
                let mut state = ctx.state(m.first, end.min(line.end), Scope::Clause, &|_| false);
                if let (super::State::Plain, Some(date)) = (&state, ctx.future_date(said.clone())) {
                    state = super::State::Pending(t!(lang, "state.future", date = date));
                }
                out.add_ranked(rank(doc, m.first, &[SectionKind::Licences]), state, name.clone(), evidence);
            }
            out.verdict(|| not_found(ctx, &name))
        }
        Certificate::Terms { terms, any, max_age } => {
            let set = crate::requirement::must_mention::term_set(terms);
            // the terms (all, or any one) in one line that says it is a
            // certificate or course, or in the certificates section
            for l in doc.lines() {
                let found = set.find_in(doc, l.words());
                let has = |t: &String| found.iter().any(|m| set.key(m) == t);
                let named = if *any { terms.iter().any(has) } else { terms.iter().all(has) };
                let stated = l.section == SectionKind::Licences || lx.certificate_words.any_in(doc, l.words());
                if !named || !stated || l.heading {
                    continue;
                }
                let (first, end) = (found[0].first, found.last().expect("non-empty").end());
                let evidence = doc.context_evidence(first, end);
                let quoted = t!(lang, "what.quoted", words = super::quote(doc, first, end));
                // "i løpet av de siste to årene": taken too long ago, or undated
                // (its date may follow a gloss in parentheses, or stand on the
                // line that carries it on)
                if max_age.is_some() {
                    let name = first..after_parentheses(doc, end, l.words().end);
                    let mut said = l.words();
                    if let Some(next) = ctx.continuation_line(first, end) {
                        said.end = next.end;
                    }
                    if let Some(doubt) = age_doubt(ctx, name, said, *max_age, *max_age, &quoted) {
                        out.doubt(doubt, evidence);
                        continue;
                    }
                }
                let state = ctx.state(first, end, Scope::Clause, &|_| false);
                out.add(state, quoted, evidence);
            }
            let joiner = if *any { format!(" {} ", t!(lang, "word.or")) } else { " + ".to_string() };
            let what = terms.join(&joiner);
            out.verdict(|| not_found(ctx, &what))
        }
        Certificate::Several { each, any } => {
            let verdicts = each
                .iter()
                .map(|c| {
                    let v = evaluate(c, ctx);
                    let name = match c {
                        Certificate::Named { key, .. } => crate::i18n::name(lang, "cert", key),
                        other => other.interpretation(lang),
                    };
                    let what = (v.verdict == VerdictKind::Met).then_some(name);
                    (v, what)
                })
                .collect();
            super::combine(verdicts, !*any, lang)
        }
    }
}

/// The classes held, with the levels below each for a certificate whose
/// classes are levels (`[cumulative_classes]`: a holder of motorsågskörkort
/// C holds B).
fn with_lower_levels(key: &str, mut held: Vec<(String, usize)>) -> Vec<(String, usize)> {
    let lx = lexicon();
    let Some(known) = lx.certificate_classes.get(key).filter(|_| lx.cumulative_classes.iter().any(|k| k == key)) else {
        return held;
    };
    let top = held.iter().filter_map(|(c, i)| known.iter().position(|k| k == c).map(|p| (p, *i))).max();
    if let Some((top, at)) = top {
        for k in &known[..top] {
            if !held.iter().any(|(c, _)| c == k) {
                held.push((k.clone(), at));
            }
        }
    }
    held
}

/// The scopes held, with the whole (`key.all`) when as many different
/// parts (`key.part`) are named as the whole has (`[whole_of_parts]`).
fn whole_of_parts(key: &str, mut held: Vec<(String, String)>) -> Vec<(String, String)> {
    let Some(&total) = lexicon().certificate_parts.get(key) else { return held };
    let part = format!("{key}.part");
    let mut parts: Vec<&str> = held.iter().filter(|(k, _)| *k == part).map(|(_, w)| w.as_str()).collect();
    parts.sort_unstable();
    parts.dedup();
    if parts.len() >= total {
        let words = parts.join(", ");
        held.push((format!("{key}.all"), words));
    }
    held
}

/// How many words from a certificate's name its date may stand.
const DATE_WINDOW: usize = 3;

/// Whether the certificate at words `name` has a date near it in words
/// `range`.
fn dated(ctx: &Ctx<'_, '_>, name: std::ops::Range<usize>, range: std::ops::Range<usize>) -> bool {
    dates::find(ctx.doc, range).iter().any(|d| distance(&name, d) <= DATE_WINDOW || own_date(ctx, &name, d))
}

/// Whether date `d`, later on the certificate's line, is its own: no other
/// certificate or course is named between them, outside a gloss in
/// parentheses ("Førstehjelp med hjarte-lunge-redning, repetisjon februar
/// 2026", "Førstehjelp ved børneulykker (dansk kurs), juni 2025"; not
/// "Førstehjelp, HMS-kurs 2025").
fn own_date(ctx: &Ctx<'_, '_>, name: &std::ops::Range<usize>, d: &dates::Mention) -> bool {
    let (lx, doc) = (lexicon(), ctx.doc);
    if d.first < name.end || doc.line_of(d.first) != doc.line_of(name.start) {
        return false;
    }
    let between = name.end..d.first;
    // the gloss opens right after the name, so the range starts a word back
    let glossed = doc.parenthesised(name.end - 1..d.first);
    let outside = |m: &crate::lexicon::Match| !glossed[m.first + 1 - name.end];
    let own = lx.certificates.match_at(doc, name.start).map(|m| lx.certificates.key(&m).to_string());
    let other = lx
        .certificates
        .find_in(doc, between.clone())
        .iter()
        .any(|m| outside(m) && Some(lx.certificates.key(m)) != own.as_deref());
    !other && !lx.certificate_words.find_in(doc, between).iter().any(outside)
}

/// Why a certificate at words `name`, said in words `said`, is too old to
/// count: taken longer ago than it must be renewed (`renewal` months), or
/// undated when the line allows at most `max_age` months ("ikke eldre enn 2
/// år" with no date: a person asks).
fn age_doubt(
    ctx: &Ctx<'_, '_>,
    name: std::ops::Range<usize>,
    said: std::ops::Range<usize>,
    renewal: Option<i32>,
    max_age: Option<i32>,
    shown: &str,
) -> Option<String> {
    let lang = ctx.lang;
    if let Some((date, months)) = renewal.and_then(|m| Some((renewal_passed(ctx, name.clone(), said.clone(), m)?, m))) {
        return Some(t!(lang, "doubt.certificate_renewal", name = shown, date = date, months = months));
    }
    let months = max_age.filter(|_| !dated(ctx, name, said))?;
    let period = crate::date::years_months(lang, months);
    Some(t!(lang, "doubt.certificate_undated", name = shown, period = period))
}

/// Word `end`, or, when a gloss in parentheses opens there ("PROBA (acute
/// obstetrics skills training), September 2025"), the word after it closes,
/// within `limit`.
fn after_parentheses(doc: &crate::text::Document<'_>, end: usize, limit: usize) -> usize {
    if end == 0 || end >= limit || !doc.between(end - 1, end).0.contains('(') {
        return end;
    }
    (end + 1..limit).find(|&k| doc.between(k - 1, k).0.contains(')')).unwrap_or(end)
}

/// How many words lie between a certificate's name and a date.
fn distance(name: &std::ops::Range<usize>, d: &dates::Mention) -> usize {
    if d.first >= name.end {
        d.first - name.end
    } else {
        name.start.saturating_sub(d.last)
    }
}

/// The date of the certificate at words `name` when it is longer ago than
/// `years` (a course that must be renewed): the latest closed date of the
/// name in words `range` ("FSE-kurs (2023)"; "Grunnleggjande
/// sikkerheitsopplæring, 2015, oppfrisking 2025" was renewed in 2025; not
/// "sedan 2017", which is about something else), unless the line gives its
/// own expiry date.
fn renewal_passed(
    ctx: &Ctx<'_, '_>,
    name: std::ops::Range<usize>,
    range: std::ops::Range<usize>,
    months: i32,
) -> Option<String> {
    let doc = ctx.doc;
    if lexicon().valid_until.any_in(doc, range.clone()) {
        return None;
    }
    let latest = dates::find(doc, range)
        .into_iter()
        .filter(|d| !d.is_open() && (distance(&name, d) <= DATE_WINDOW || own_date(ctx, &name, d)))
        .max_by_key(|d| (d.latest().unwrap_or(d.start.month), std::cmp::Reverse(distance(&name, d))))?;
    // a year alone is read as its last month (the benefit of the doubt);
    // a period that ends in this very month may have ended already (the
    // day is not known: "November 2023" for "within the last three years"
    // on 29 November 2026)
    let month = match latest.end {
        None => latest.start.last_month(),
        Some(_) => latest.latest().unwrap_or(latest.start.month),
    };
    let passed = month.0 + months <= ctx.today.month().0;
    passed.then(|| quote(doc, latest.first, latest.last))
}
