//! Driving licence: met when the CV states a class that implies a required
//! class, or a licence with no class for a line that class B meets; a
//! lower class, a licence with no class for a higher one, "tar førerkort"
//! or "utløpt" are unclear; "har ikke førerkort" is not met.

use super::{not_found, rank, Ctx, Outcome, Scope, State};
use crate::date::years_months;
use crate::report::Verdict;
use crate::requirement::licence::{automatic_only, licence_mentions, satisfies, Classes, Licence};
use crate::t;
use crate::text::dates;
use crate::text::SectionKind;

pub(crate) fn evaluate(req: &Licence, ctx: &Ctx<'_, '_>) -> Verdict {
    let (doc, lang) = (ctx.doc, ctx.lang);
    let mut out = Outcome::new(lang);
    for (m, classes) in licence_mentions(doc) {
        // a heading ("Driving licence") is a label, not a statement, unless
        // the classes follow it
        if doc.lines()[doc.line_of(m.first)].heading && classes.list.is_empty() {
            continue;
        }
        let end = classes.end.max(m.end());
        let first = classes.list.first().map_or(m.first, |(_, i)| (*i).min(m.first));
        let evidence = doc.context_evidence(first, end);
        let mut state = ctx.state(first, end, Scope::Clause, &|_| false);
        // classes on the next line ("Kørekort\nB-kørekort (udløbet 2024)")
        if let (State::Plain, Some((_, c))) = (&state, classes.list.first()) {
            if doc.line_of(*c) != doc.line_of(m.first) {
                state = ctx.state(*c, end, Scope::Clause, &|_| false);
            }
        }
        // "klasse B med kode 78", "bara automat": the licence the CV states
        // is not the one a line asking for manual gear needs
        let automatic = || automatic_only(doc, doc.lines()[doc.line_of(m.first)].words());
        if let Some(auto) = req.manual.then(automatic).flatten() {
            let words = super::quote(doc, auto.first, auto.end());
            out.add(State::Negated(words), t!(lang, "what.licence_manual"), evidence);
            continue;
        }
        let held: Vec<&str> = classes.list.iter().map(|(c, _)| c.as_str()).collect();
        let shown = held.iter().map(|c| c.to_uppercase()).collect::<Vec<_>>().join(", ");
        if req.classes.is_empty() {
            let what = if held.is_empty() {
                t!(lang, "what.licence")
            } else {
                t!(lang, "what.licence_class", classes = shown)
            };
            out.add_ranked(rank(doc, m.first, &[SectionKind::Licences]), state, what, evidence);
            continue;
        }
        if held.is_empty() {
            match state {
                // "har førerkort og egen bil", "har lappen": with no class
                // named, a licence is the ordinary one, class B
                State::Plain if ordinary(req) => match held_long_enough(req, ctx, &classes, m.first, None) {
                    Err(doubt) => out.doubt(doubt, evidence),
                    Ok(()) => out.add_ranked(
                        rank(doc, m.first, &[SectionKind::Licences]),
                        state,
                        t!(lang, "what.licence_ordinary"),
                        evidence,
                    ),
                },
                State::Plain => out.doubt(t!(lang, "doubt.licence_no_class"), evidence),
                // "har ikke førerkort" contradicts any class; "ikkje enno",
                // "utløpt" say why it is not there
                _ => out.add(state, t!(lang, "what.licence"), evidence),
            }
            continue;
        }
        let ok = |r: &String| held.iter().any(|h| satisfies(h, r));
        let met = if req.all { req.classes.iter().all(ok) } else { req.classes.iter().any(ok) };
        // the first class held that meets the line: its date says since when
        let meeting = classes.list.iter().find(|(c, _)| req.classes.iter().any(|r| satisfies(c, r))).map(|(_, i)| *i);
        if let (true, Err(doubt)) = (met, held_long_enough(req, ctx, &classes, m.first, meeting)) {
            out.doubt(doubt, evidence);
            continue;
        }
        if met {
            out.add_ranked(
                rank(doc, m.first, &[SectionKind::Licences]),
                state,
                t!(lang, "what.licence_class", classes = shown),
                evidence,
            );
        } else if let State::Negated(_) = state {
            // "ikke klasse C" says nothing about the required B
            continue;
        } else {
            let joiner = if req.all { t!(lang, "word.and") } else { t!(lang, "word.or") };
            let need = req.classes.iter().map(|c| c.to_uppercase()).collect::<Vec<_>>().join(&format!(" {joiner} "));
            out.doubt(t!(lang, "doubt.licence_lower", held = shown, need = need), evidence);
        }
    }
    out.verdict(|| not_found(ctx, &t!(lang, "what.licence")))
}

/// For a line that asks for a licence held so long ("sedan minst tre år"):
/// since when the CV says it is held, from the date after the class that
/// meets it (`class`), else the only date on the licence's line, from its
/// last month ([`dates::Point::last_month`]). `Err` is the doubt: held too
/// short, or no date.
fn held_long_enough(
    req: &Licence,
    ctx: &Ctx<'_, '_>,
    classes: &Classes,
    first: usize,
    class: Option<usize>,
) -> Result<(), String> {
    let Some(months) = req.held_months else { return Ok(()) };
    let (doc, lang) = (ctx.doc, ctx.lang);
    // the class's line ("Körkort" / "B (sedan 2008)"), else the licence's
    let line = doc.lines()[doc.line_of(class.unwrap_or(first))].words();
    let after_class = class.map(|c| {
        let next = classes.list.iter().map(|(_, i)| *i).filter(|&i| i > c).min().unwrap_or(line.end);
        dates::find(doc, c + 1..next.min(line.end))
    });
    let on_line = || Some(dates::find(doc, line.clone())).filter(|d| d.len() == 1);
    let since = after_class.filter(|d| !d.is_empty()).or_else(on_line).and_then(|d| d.into_iter().next());
    let duration = years_months(lang, months);
    let Some(since) = since else { return Err(t!(lang, "doubt.licence_held_unknown", duration = duration)) };
    match ctx.today.month().0 - since.start.last_month().0 >= months {
        true => Ok(()),
        false => Err(t!(
            lang,
            "doubt.licence_held_short",
            date = super::quote(doc, since.first, since.last),
            duration = duration
        )),
    }
}

/// Whether class B, the ordinary licence, meets `req`.
fn ordinary(req: &Licence) -> bool {
    let b = |r: &String| satisfies("b", r);
    if req.all {
        req.classes.iter().all(b)
    } else {
        req.classes.iter().any(b)
    }
}
