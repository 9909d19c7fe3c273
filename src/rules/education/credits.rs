//! Credits in a subject ("Minst 60 studiepoeng i norsk"): met when a line
//! outside the language list names the subject with enough credits, by a
//! figure ("Nordisk 180 studiepoeng", "80 sp engelsk", "mellomfag i engelsk
//! (30 vekttal)") or by a study that states them ("årsstudium i nordisk").
//! A subject named without credits ("Lærer i norsk") proves nothing; fewer
//! credits than asked, or a study not finished, is unclear.

use super::super::{not_found, rank, Ctx, Outcome, Scope, State};
use crate::lexicon::{lexicon, Match, PatternSet, Words};
use crate::report::Verdict;
use crate::requirement::education::{credits_before, Credits};
use crate::t;
use crate::text::{Document, SectionKind};

/// How far after the subject its figure may stand on the line ("Master i
/// engelsk litteratur, 120 sp").
const AFTER_WINDOW: usize = 6;
/// How far before the subject a study may name it ("årsstudium i nordisk
/// språk").
const BEFORE_WINDOW: usize = 3;

pub(crate) fn evaluate(req: &Credits, ctx: &Ctx<'_, '_>) -> Verdict {
    let lx = lexicon();
    let (doc, lang) = (ctx.doc, ctx.lang);
    let subject = req.describe(lang);
    let mut out = Outcome::new(lang);
    let all = 0..doc.word_count();
    let named = lx.subjects.find_keys_in(doc, all.clone(), &req.subjects).into_iter().map(|m| (m, &lx.subjects));
    let fields = lx.fields.find_keys_in(doc, all, &req.fields).into_iter().map(|m| (m, &lx.fields));
    for (m, table) in named.chain(fields) {
        if doc.section_of(m.first) == SectionKind::Languages {
            continue;
        }
        let Some((credits, from, to)) = figure_near(doc, &m, table).or_else(|| study_before(doc, &m)) else {
            continue;
        };
        let evidence = doc.context_evidence(from, to);
        if credits < req.min {
            out.doubt(
                t!(lang, "doubt.credits_below", credits = credits, subject = subject, needed = req.min),
                evidence,
            );
            continue;
        }
        // the study's own line and those after it, up to another dated
        // entry ("2025 – ongoing PPU ... / ECTS – expected June 2027" above
        // "2020 – 2022 Master of Arts ..., 120 ECTS" is another study)
        let line = doc.line_of(m.first);
        let stop = |k: usize| k < line || (k > line && ctx.starts_dated(k));
        let state = match ctx.state(m.first, m.end(), Scope::Awarded, &stop) {
            State::Expired(_) => State::Plain,
            s => s,
        };
        let what = t!(lang, "what.credits", credits = credits, subject = subject);
        out.add_ranked(rank(doc, m.first, &[SectionKind::Education]), state, what, evidence);
    }
    let what = t!(lang, "what.credits_in", subject = subject);
    out.verdict(|| not_found(ctx, &what))
}

/// A figure and unit for the subject at `m` on its line: right before it
/// with nothing but "i"/"in" between ("80 sp engelsk", "60 hp i svenska"),
/// or after it before any other subject of `table` ("Nordisk 180
/// studiepoeng", "English 90 ECTS", "Arkivkunnskap, 30 studiepoeng").
/// Credits, and the words the evidence spans.
fn figure_near(doc: &Document<'_>, m: &Match, table: &PatternSet) -> Option<(u32, usize, usize)> {
    let lx = lexicon();
    let line = doc.lines()[doc.line_of(m.first)].words();
    let units = lx.credit_units.find_in(doc, line.clone());
    let worth = |u: &Match| lx.credit_units.key(u).parse::<u32>().unwrap_or(1);
    let before = m.first.checked_sub(1).filter(|&i| i >= line.start && matches!(doc.word(i), "i" | "in" | "inom"));
    for u in &units {
        let touching = u.end() == m.first || before == Some(u.end());
        if touching && doc.punct_after(u.end() - 1).trim().is_empty() {
            if let Some(n) = credits_before(doc, u.first) {
                return Some((n * worth(u), u.first - 1, m.end()));
            }
        }
    }
    let others = table.find_in(doc, line.clone());
    let next_subject = others.iter().map(|o| o.first).filter(|&f| f >= m.end()).min().unwrap_or(line.end);
    let limit = (m.end() + AFTER_WINDOW).min(next_subject);
    units
        .iter()
        .filter(|u| u.first > m.end() && u.first < limit)
        .find_map(|u| credits_before(doc, u.first).map(|n| (n * worth(u), m.first, u.end())))
}

/// The most credits a figure on line `line` states ("Ämneslärarexamen,
/// 300 hp"), in ECTS.
pub(super) fn stated_on_line(doc: &Document<'_>, line: usize) -> Option<u32> {
    let lx = lexicon();
    let words = doc.lines()[line].words();
    let worth = |u: &Match| lx.credit_units.key(u).parse::<u32>().unwrap_or(1);
    lx.credit_units.find_in(doc, words).iter().filter_map(|u| Some(credits_before(doc, u.first)? * worth(u))).max()
}

/// A study that states its credits by its name, just before the subject
/// ("årsstudium i nordisk", "hovudfag i nordisk", "Master i engelsk").
fn study_before(doc: &Document<'_>, m: &Match) -> Option<(u32, usize, usize)> {
    let lx = lexicon();
    let clause = doc.clause(m.first, m.end());
    let from = m.first.saturating_sub(BEFORE_WINDOW).max(clause.start);
    lx.credit_words
        .find_in(doc, from..m.first)
        .last()
        .map(|w| (lx.credit_words.key(w).parse().unwrap_or(0), w.first, m.end()))
}
