//! Must mention: met when the key terms (all, or any one for "eller", with
//! the ones needed besides it) are in the CV; "ingen erfaring med SAP" is
//! not met; absent is unclear. A line that asks for experience is not met
//! by a term named only in a course or a certificate, or only in an
//! internship or placement.

use super::experience::JobEntries;
use super::{not_found, quote, Ctx, Outcome, Scope};
use crate::lexicon::{lexicon, Words};
use crate::report::{Verdict, VerdictKind};
use crate::requirement::must_mention::{term_set_named, MustMention};
use crate::t;

pub(crate) fn evaluate(req: &MustMention, ctx: &Ctx<'_, '_>) -> Verdict {
    let (doc, lang) = (ctx.doc, ctx.lang);
    if req.terms.is_empty() {
        return Verdict::new(0, VerdictKind::Unclear, t!(lang, "verdict.no_key_terms"));
    }
    let set = term_set_named(&req.terms, &req.aliases, &req.names);
    // the job entries, split only when a line asking for experience finds a
    // term
    let jobs = std::cell::OnceCell::new();
    // per term: its verdict, the words that met it, and the lines where it
    // is met plainly
    let mut per_term: Vec<(Verdict, Option<String>, Vec<usize>)> = Vec::new();
    for term in &req.terms {
        let mut lines = Vec::new();
        let mut out = Outcome::new(lang);
        let mut first_quote = None;
        // an acronym written as itself must be in capitals ("ask" is a verb)
        let lower_case_acronym = |m: &&crate::lexicon::Match| {
            req.acronyms.contains(term)
                && m.len == 1
                && doc.word(m.first) == term
                && !crate::requirement::must_mention::is_acronym(&doc.evidence(m.first, m.end()).text)
        };
        // each term's own matches: one word may name two terms
        // ("springundervisning": teaching, and jumping)
        let found = set.find_keys_in(doc, 0..doc.word_count(), std::slice::from_ref(term));
        for m in found.iter().filter(|m| !lower_case_acronym(m) && !super::employer(doc, m.end())) {
            let mut state = ctx.state(m.first, m.end(), Scope::Task, &|_| false);
            // "Vi byter till Eira i januari 2027": not yet
            if let (super::State::Plain, Some(date)) = (&state, ctx.future_date(ctx.clause(m.first, m.end()))) {
                state = super::State::Pending(t!(lang, "state.future", date = date));
            }
            let words = t!(lang, "what.quoted", words = quote(doc, m.first, m.end()));
            if req.experience && state == super::State::Plain && in_course(ctx, m.first) {
                out.doubt(t!(lang, "doubt.course_only", words = words), doc.context_evidence(m.first, m.end()));
                continue;
            }
            let placement = || jobs.get_or_init(|| JobEntries::of(doc)).in_placement(doc, m.first);
            if req.experience && state == super::State::Plain && placement() {
                let why = t!(lang, "doubt.internship_only", words = words);
                out.doubt(why, doc.context_evidence(m.first, m.end()));
                continue;
            }
            if state == super::State::Plain {
                first_quote.get_or_insert_with(|| words.clone());
                lines.push(doc.line_of(m.first));
            }
            out.add(state, words, doc.context_evidence(m.first, m.end()));
        }
        let verdict = out.verdict(|| not_found(ctx, &t!(lang, "what.quoted", words = term)));
        per_term.push((verdict, first_quote, lines));
    }
    // "ATR 42/72 type rating": terms the line writes as one phrase must
    // stand together, on one line
    let lines_of = |t: &String| req.terms.iter().position(|x| x == t).map(|i| &per_term[i].2);
    let apart = req.together.iter().find(|(a, b)| match (lines_of(a), lines_of(b)) {
        (Some(la), Some(lb)) => !la.is_empty() && !lb.is_empty() && !la.iter().any(|l| lb.contains(l)),
        _ => false,
    });
    if let Some((a, b)) = apart {
        return not_found(ctx, &t!(lang, "what.quoted", words = format!("{a} {b}")));
    }
    let met = |v: &Verdict| v.verdict == VerdictKind::Met;
    // all the needed terms, and one of the alternatives if there are any
    let needed: Vec<usize> = (0..req.terms.len()).filter(|&i| !req.any || req.needed.contains(&req.terms[i])).collect();
    let alternatives: Vec<usize> = (0..req.terms.len()).filter(|i| !needed.contains(i)).collect();
    let alternative = alternatives.iter().copied().find(|&i| met(&per_term[i].0));
    // "Erfaring med behandling av diabetiske føtter": a generic activity
    // word ([generic_activities]) is the work done with what the other
    // needed terms name; with all of those met, it need not be written
    // ("Diabetiske føtter og sår, negler"). Only when the CV does not name
    // it at all: not when it is negated, pending or only in a course.
    let implied = |i: usize| {
        lexicon().generic_activities.contains(&req.terms[i])
            && per_term[i].0.verdict == VerdictKind::Unclear
            && per_term[i].0.evidence.is_empty()
            && needed.iter().any(|&k| k != i && !lexicon().generic_activities.contains(&req.terms[k]))
            && needed.iter().all(|&k| k == i || met(&per_term[k].0))
    };
    let implied: Vec<usize> = needed.iter().copied().filter(|&i| implied(i)).collect();
    let needed_met = needed.iter().all(|&i| met(&per_term[i].0) || implied.contains(&i));
    if needed_met && (alternative.is_some() || alternatives.is_empty()) {
        if needed.is_empty() {
            return per_term.swap_remove(alternative.expect("an alternative is met")).0;
        }
        let shown: Vec<usize> = needed.iter().copied().chain(alternative).collect();
        let evidence = shown.iter().flat_map(|&i| per_term[i].0.evidence.clone()).collect();
        let mut what: Vec<String> = shown.iter().filter_map(|&i| per_term[i].1.clone()).collect();
        what.extend(implied.iter().map(|&i| {
            t!(lang, "what.activity_implied", words = t!(lang, "what.quoted", words = req.terms[i].as_str()))
        }));
        let joined = what.join(&format!(" {} ", t!(lang, "word.and")));
        return Verdict::new(0, VerdictKind::Met, t!(lang, "outcome.found", what = joined)).with_evidence(evidence);
    }
    // what keeps it from being met: a needed term if one is not met, else
    // the alternatives; one that is not met before one that is unclear
    let open: Vec<usize> = match needed_met {
        true => alternatives,
        false => needed.into_iter().filter(|&i| !met(&per_term[i].0)).collect(),
    };
    let i = open.iter().copied().find(|&i| per_term[i].0.verdict == VerdictKind::NotMet).unwrap_or(open[0]);
    per_term.swap_remove(i).0
}

/// Whether the word at `i` stands in a course, a certificate or a thesis:
/// its clause names one ("Eurocode 2 – online course (40 h)", "Speciale (i
/// gang): Risikomargen under Solvens II"; not "PROBA kurs mai 2025. bruker
/// Partus hver dag").
fn in_course(ctx: &Ctx<'_, '_>, i: usize) -> bool {
    let (lx, clause) = (lexicon(), ctx.clause(i, i + 1));
    lx.certificate_words.any_in(ctx.doc, clause.clone()) || lx.thesis.any_in(ctx.doc, clause)
}
