//! Logged hours: each figure the line asks for is met by a figure the CV
//! states of that kind and at least as high ("Flytid: 2 350 timar totalt,
//! 420 timar som fartøysjef (PIC)"). Hours of a narrower kind are part of
//! the total, so 2 700 hours as pilot in command meet 2 000 in total; hours
//! in a simulator are not. Fewer hours than asked, or no figure of the
//! kind, are unclear: the CV may be older than the logbook, and a person
//! asks.

use super::{combine, not_found, Ctx, Outcome, Scope, State};
use crate::report::{Verdict, VerdictKind};
use crate::requirement::hours::{amount, figures, Figure, Hours};
use crate::t;

pub(crate) fn evaluate(req: &Hours, ctx: &Ctx<'_, '_>) -> Verdict {
    let lang = ctx.lang;
    let found = figures(ctx.doc, 0..ctx.doc.word_count());
    let verdicts = req.needed.iter().map(|(need, kind)| judge(ctx, &found, *need, kind)).collect();
    combine(verdicts, true, lang)
}

/// One figure asked for: the verdict, and what met it.
fn judge(ctx: &Ctx<'_, '_>, found: &[Figure], need: u32, kind: &str) -> (Verdict, Option<String>) {
    let (doc, lang) = (ctx.doc, ctx.lang);
    let asked = amount(lang, need, kind);
    let stated = |f: &Figure| amount(lang, f.hours, f.kind.as_deref().unwrap_or("total"));
    // hours in a simulator are no flight time
    let toward_total = |f: &&Figure| f.kind.as_deref() != Some("simulator");
    let of_kind = found.iter().filter(|f| (kind == "total" && toward_total(f)) || f.kind.as_deref() == Some(kind));
    let states: Vec<(&Figure, State)> =
        of_kind.map(|f| (f, ctx.state(f.first, f.end, Scope::Clause, &|_| false))).collect();
    // the highest figure stated plainly
    let best = states.iter().filter(|(_, s)| *s == State::Plain).map(|(f, _)| *f).max_by_key(|f| f.hours);
    if let Some(f) = best.filter(|f| f.hours >= need) {
        let what = stated(f);
        let v = Verdict::new(0, VerdictKind::Met, t!(lang, "outcome.found", what = what))
            .with_evidence(vec![doc.context_evidence(f.first, f.end)]);
        return (v, Some(what));
    }
    let mut out = Outcome::new(lang);
    for (f, state) in states.iter().filter(|(_, s)| *s != State::Plain) {
        out.add(state.clone(), stated(f), doc.context_evidence(f.first, f.end));
    }
    if let Some(f) = best {
        let why = t!(lang, "doubt.hours_short", stated = stated(f), asked = asked);
        out.doubt(why, doc.context_evidence(f.first, f.end));
    }
    (out.verdict(|| not_found(ctx, &asked)), None)
}
