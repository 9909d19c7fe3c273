//! Must mention: met when the key terms (all, or any one for "eller") are
//! in the CV; "ingen erfaring med SAP" is not met; absent is unclear.

use super::{not_found, quote, Ctx, Outcome, Scope};
use crate::report::{Verdict, VerdictKind};
use crate::requirement::must_mention::{term_set, MustMention};

pub(crate) fn evaluate(req: &MustMention, ctx: &Ctx<'_, '_>) -> Verdict {
    let doc = ctx.doc;
    if req.terms.is_empty() {
        return Verdict::new(
            0,
            VerdictKind::Unclear,
            "This line has no key terms Sikte can look for; a person must check it.",
        );
    }
    let set = term_set(&req.terms);
    let found = set.find_all(doc);
    let mut per_term: Vec<Verdict> = Vec::new();
    for term in &req.terms {
        let shown = term;
        let mut out = Outcome::new();
        for m in found.iter().filter(|m| set.key(m) == term) {
            let state = ctx.state(m.first, m.end(), Scope::Clause, &|_| false);
            out.add(state, format!("\"{}\"", quote(doc, m.first, m.end())), doc.context_evidence(m.first, m.end()));
        }
        per_term.push(out.verdict(|| not_found(&format!("\"{shown}\""), doc)));
    }
    let met = |v: &Verdict| v.verdict == VerdictKind::Met;
    if req.any {
        if let Some(i) = per_term.iter().position(met) {
            return per_term.swap_remove(i);
        }
    } else if per_term.iter().all(met) {
        let evidence = per_term.iter().flat_map(|v| v.evidence.clone()).collect();
        let what: Vec<String> = per_term
            .iter()
            .map(|v| v.explanation.trim_start_matches("Found ").trim_end_matches('.').to_string())
            .collect();
        return Verdict::new(0, VerdictKind::Met, format!("Found {}.", what.join(" and "))).with_evidence(evidence);
    }
    let i = per_term
        .iter()
        .position(|v| v.verdict == VerdictKind::NotMet)
        .or_else(|| per_term.iter().position(|v| !met(v)))
        .unwrap_or(0);
    per_term.swap_remove(i)
}
