//! Education: met when a completed degree at or above the level, in the
//! field asked for, is stated. Ongoing, expected or unfinished degrees, a
//! lower level or another field are unclear.

use super::{not_found, rank, Ctx, Outcome, Scope, State};
use crate::lexicon::{lexicon, Match};
use crate::report::Verdict;
use crate::requirement::education::{level_name, level_of_key, Education, Level, CRAFT, TRADE};
use crate::requirement::Subject;
use crate::t;
use crate::text::{Document, SectionKind};

mod credits;

pub(crate) fn evaluate(req: &Education, ctx: &Ctx<'_, '_>) -> Verdict {
    if req.alternatives.is_empty() {
        return evaluate_one(req, ctx);
    }
    // any one of the educations the line accepts
    let first = Education { alternatives: Vec::new(), ..req.clone() };
    let verdicts = std::iter::once(&first).chain(&req.alternatives).map(|e| (evaluate_one(e, ctx), None)).collect();
    super::combine(verdicts, false, ctx.lang)
}

fn evaluate_one(req: &Education, ctx: &Ctx<'_, '_>) -> Verdict {
    if let Some(c) = &req.credits {
        return credits::evaluate(c, ctx);
    }
    let lx = lexicon();
    let (doc, lang) = (ctx.doc, ctx.lang);
    let degrees: Vec<Match> = crate::requirement::education::degrees(doc)
        .into_iter()
        .filter(|m| !super::in_contraction(doc, m.first))
        .filter(|m| !matches!(doc.section_of(m.first), SectionKind::Experience | SectionKind::Internship))
        .collect();
    let degree_lines: Vec<usize> = degrees.iter().map(|m| doc.line_of(m.first)).collect();
    let mut out = Outcome::new(lang);
    for m in &degrees {
        let key =
            lx.level_overrides.match_at(doc, m.first).map_or(lx.degree_levels.key(m), |o| lx.level_overrides.key(&o));
        let line = doc.line_of(m.first);
        let level = with_credits(doc, line, level_of_key(key));
        // another degree's line, or another dated entry when this one is
        // dated ("2008 Svendebrev som elektriker" over "2014 Elevatorteknik")
        let dated = ctx.starts_dated(line);
        let stop = |k: usize| k != line && (degree_lines.contains(&k) || (dated && ctx.starts_dated(k)));
        let entry = ctx.entry_lines(line, &stop);
        let field = field_in(doc, &req.field, line, &entry);
        let name = level_name(lang, level);
        let degree_ev = doc.context_evidence(m.first, m.end());
        let evidence = match &field {
            Some(f) if doc.line_of(f.first) == line => doc.context_evidence(m.first.min(f.first), m.end().max(f.end())),
            _ => degree_ev.clone(),
        };
        if !req.level_ok(level) {
            out.doubt(t!(lang, "doubt.education_level", level = name), evidence);
            continue;
        }
        let field_ok = matches!(req.field, Subject::Any | Subject::Relevant) || field.is_some();
        if !field_ok {
            out.doubt(t!(lang, "doubt.education_field", level = name, field = req.field.describe(lang)), evidence);
            continue;
        }
        if !school_named(doc, &req.school, &entry) {
            out.doubt(t!(lang, "doubt.education_school", level = name, school = req.school.join(" / ")), evidence);
            continue;
        }
        // another country's trade certificate in the trade for a line that
        // names one country's ("gesällbrev" for "fagbrev"): the same level
        // in the same trade, and the explanation names its system (asking
        // for one country's only would be the indirect national origin
        // PRODUCT.md names)
        let system = lx.trade_systems.match_at(doc, m.first).map(|s| lx.trade_systems.key(&s));
        let foreign = match (&req.trade_system, system) {
            (Some(need), Some(held)) if held != need => Some(super::quote(doc, m.first, m.end())),
            _ => None,
        };
        let scope = if matches!(level, TRADE | CRAFT) { Scope::Awarded } else { Scope::Entry };
        let state = unexpiring(ctx.state(m.first, m.end(), scope, &stop));
        let mut what = match &req.field {
            Subject::Any | Subject::Relevant => name.to_string(),
            f => t!(lang, "what.level_in_field", level = name, field = f.describe(lang)),
        };
        if let Some(degree) = foreign {
            what = t!(lang, "what.trade_system_other", what = what, degree = degree);
        }
        let mut state = state;
        if let Some(f) = field.filter(|f| doc.line_of(f.first) != line) {
            what = t!(lang, "what.field_next_line", what = what);
            // the field's own line may say it is not done yet ("går
            // konduktørutdanninga no, ferdig i januar 2027")
            if let Some(own) = line_state(ctx, doc.line_of(f.first)) {
                state = own;
            }
            out.add(state.clone(), what.clone(), doc.context_evidence(f.first, f.end()));
        }
        out.add_ranked(rank(doc, m.first, &[SectionKind::Education]), state, what, evidence);
    }
    if req.levels.is_empty() && !matches!(req.field, Subject::Any | Subject::Relevant) {
        named_education(req, ctx, &degree_lines, &mut out);
    }
    let what = match &req.field {
        Subject::Any | Subject::Relevant => t!(lang, "what.education_level"),
        f => t!(lang, "what.education_in", field = f.describe(lang)),
    };
    out.verdict(|| not_found(ctx, &what))
}

/// A higher-education degree's level, raised by the credits its line
/// states (`[credit_levels]`): "Ämneslärarexamen ..., 300 hp" is at
/// master's level.
fn with_credits(doc: &Document<'_>, line: usize, level: Level) -> Level {
    if !(5..=6).contains(&level) {
        return level;
    }
    let Some(credits) = credits::stated_on_line(doc, line) else { return level };
    let raised = lexicon().credit_levels.iter().find(|&&(_, min)| credits >= min).map(|&(l, _)| l);
    raised.map_or(level, |r| r.max(level))
}

/// What line `l` says of its clauses when not plain: pending ("går ...
/// no"), negated, or finishing on a future date ("ferdig i januar 2027").
fn line_state(ctx: &Ctx<'_, '_>, l: usize) -> Option<State> {
    let words = ctx.doc.lines()[l].words();
    let mut k = words.start;
    while k < words.end {
        let clause = ctx.clause(k, k + 1);
        let state = unexpiring(ctx.state(clause.start, clause.end, Scope::Clause, &|_| false));
        if state != State::Plain {
            return Some(state);
        }
        k = clause.end.max(k + 1);
    }
    let date = ctx.future_date(words)?;
    Some(State::Pending(t!(ctx.lang, "state.future", date = date)))
}

/// A completed education never expires: "gick ut gymnasiet 2020" is
/// graduating, and a word of expiry next to a degree is about something
/// else on its line.
fn unexpiring(state: State) -> State {
    match state {
        State::Expired(_) => State::Plain,
        s => s,
    }
}

/// How many words before the field an education word may stand
/// ("Utbildad tandsköterska", "uddannet som klinikassistent").
const STATED_WINDOW: usize = 3;

/// An education named by its field or role with no degree word, for a
/// requirement that asks for no level ("Utdannet helsesekretær"): a line
/// of the education section that names it ("Tandsköterskeprogrammet, 400
/// YH-poäng (2022 – 2024)"), or an education word just before it outside
/// the work history ("Utbildad tandsköterska som ..."). Courses are not
/// educations.
fn named_education(req: &Education, ctx: &Ctx<'_, '_>, degree_lines: &[usize], out: &mut Outcome) {
    let lx = lexicon();
    let (doc, lang) = (ctx.doc, ctx.lang);
    let lines = doc.lines();
    for (l, line) in lines.iter().enumerate() {
        if line.heading || degree_lines.contains(&l) || lx.certificate_words.any_in(doc, line.words()) {
            continue;
        }
        if matches!(line.section, SectionKind::Experience | SectionKind::Internship) {
            continue;
        }
        let Some(f) = field_in(doc, &req.field, l, &[l]) else { continue };
        if !school_named(doc, &req.school, &[l]) {
            let what = t!(lang, "what.education_in", field = req.field.describe(lang));
            let doubt = t!(lang, "doubt.education_school", level = what, school = req.school.join(" / "));
            out.doubt(doubt, doc.context_evidence(f.first, f.end()));
            continue;
        }
        let before = doc.words_back(f.first, STATED_WINDOW);
        // or right after it on its line ("Helsesøsterutdanning
        // (videreutdanning, 60 stp)")
        let after = f.end()..(f.end() + STATED_WINDOW).min(line.words().end);
        let stated = line.section == SectionKind::Education
            || lx.education_heads.any_in(doc, f.first..f.end())
            || lx.education_words.any_in(doc, before.clone())
            || lx.education_words.any_in(doc, after.clone())
            || lx.education_heads.any_in(doc, before)
            || lx.education_heads.any_in(doc, after);
        if !stated {
            continue;
        }
        let stop = |k: usize| k != l && degree_lines.contains(&k);
        let state = unexpiring(ctx.state(f.first, f.end(), Scope::Entry, &stop));
        let what = t!(lang, "what.education_in", field = req.field.describe(lang));
        out.add_ranked(
            rank(doc, f.first, &[SectionKind::Education]),
            state,
            what,
            doc.context_evidence(f.first, f.end()),
        );
    }
}

/// Whether the entry's lines name the school the line asks for (any of
/// its names), or the line names none.
fn school_named(doc: &Document<'_>, school: &[String], entry: &[usize]) -> bool {
    if school.is_empty() {
        return true;
    }
    let set = crate::requirement::must_mention::term_set(school);
    let lines = doc.lines();
    entry.iter().any(|&l| !set.find_in(doc, lines[l].words()).is_empty())
}

/// A word of the field in the entry's lines (the degree word itself
/// counts: "sykepleierutdanning"), the degree's own line `line` first.
fn field_in(doc: &Document<'_>, field: &Subject, line: usize, entry: &[usize]) -> Option<Match> {
    let lx = lexicon();
    let lines = doc.lines();
    for l in std::iter::once(line).chain(entry.iter().copied().filter(|&l| l != line)) {
        let range = lines[l].words();
        let found = match field {
            Subject::Any | Subject::Relevant => None,
            Subject::Fields(keys) => lx.fields.find_keys_in(doc, range, keys).first().copied(),
            // the role's name, or a field that is its work
            // ("Brolæggeruddannelsen" for "Uddannet brolægger")
            Subject::Role(k) | Subject::RoleWith(k, ..) => {
                let role = lx.roles.find_keys_in(doc, range.clone(), std::slice::from_ref(k)).first().copied();
                role.or_else(|| lx.fields.find_keys_in(doc, range, &lx.fields_of_role(k)).first().copied())
            }
            Subject::RoleIn(r, keys) => {
                let role = lx.roles.find_keys_in(doc, range.clone(), std::slice::from_ref(r)).first().copied();
                role.filter(|_| !lx.fields.find_keys_in(doc, range, keys).is_empty())
            }
            Subject::Terms(terms, any, aliases, needed) => {
                let set = crate::requirement::must_mention::term_set_with(terms, aliases);
                let found = set.find_in(doc, range);
                let has = |t: &String| found.iter().any(|m| set.key(m) == t);
                let all = match *any {
                    true => needed.iter().all(has) && terms.iter().any(|t| !needed.contains(t) && has(t)),
                    false => terms.iter().all(has),
                };
                if all {
                    found.first().copied()
                } else {
                    None
                }
            }
        };
        if found.is_some() {
            return found;
        }
    }
    None
}
