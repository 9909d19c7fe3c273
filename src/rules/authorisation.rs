//! Authorisation: met when an authorisation word and the profession stand
//! together ("Autorisert sykepleier", "leg. sjuksköterska"); the profession
//! or degree alone, "søkt", a limited licence ("lisens") or another Nordic
//! country's authorisation are unclear.

use super::{not_found, quote, rank, Ctx, Outcome, Scope};
use crate::lexicon::{lexicon, Match};
use crate::report::Verdict;
use crate::requirement::authorisation::{direction_in, Authorisation, AuthorisationScope, Country};
use crate::t;
use crate::text::SectionKind;

/// How far apart, in words, the authorisation word and the profession may
/// stand ("Autorisasjon som sykepleier, HPR-nr ..." is 2).
const NEAR: usize = 4;

pub(crate) fn evaluate(req: &Authorisation, ctx: &Ctx<'_, '_>) -> Verdict {
    let lx = lexicon();
    let doc = ctx.doc;
    let words = lx.authorisation_words.find_all(doc);
    // every profession named, once: those the line asks for, and the
    // header's below
    let all_roles = lx.roles.find_all(doc);
    let roles: Vec<Match> = all_roles
        .iter()
        .copied()
        .filter(|m| match &req.role {
            Some(r) => lx.roles.key(m) == r,
            // a profession not in the table is matched by its own words below
            None => req.own_words.is_empty(),
        })
        .collect();
    let limited = lx.limited_licence_words.find_all(doc);
    let lang = ctx.lang;
    let mut out = Outcome::new(lang);
    let role_name =
        req.role.as_ref().map_or_else(|| t!(lang, "what.the_profession"), |r| crate::i18n::name(lang, "role", r));
    // a profession not in the table: its own words on the authorisation's line
    let own = crate::requirement::must_mention::term_set(&req.own_words);
    let names_own = |line: usize| {
        let found = own.find_in(doc, doc.lines()[line].words());
        req.own_words.iter().all(|t| found.iter().any(|m| own.key(m) == t))
    };
    // the profession the CV's header names, when it names only that one
    // ("Ergoterapeut" above all else)
    let header: Vec<Match> = all_roles
        .iter()
        .copied()
        .filter(|m| doc.lines()[doc.line_of(m.first)].section == SectionKind::Header)
        .collect();
    let header_role = header.first().copied().filter(|h| {
        req.role.as_deref() == Some(lx.roles.key(h)) && header.iter().all(|o| lx.roles.key(o) == lx.roles.key(h))
    });
    for w in words.iter().filter(|w| !doc.lines()[doc.line_of(w.first)].heading) {
        // the profession next to the word, or in the same sentence
        // ("utdanna sykepleier, ferdig 2010, og har autorisasjon")
        let clause = ctx.clause(w.first, w.end());
        let near_role = roles.iter().find(|r| {
            doc.line_of(r.first) == doc.line_of(w.first)
                && ((r.first <= w.end() + NEAR && w.first <= r.end() + NEAR) || (clause.contains(&r.first)))
        });
        // "Autoriseret af Styrelsen for Patientsikkerhed (2018)" under an
        // authorisations heading: a line that names no profession is about
        // the one the header names (not a sentence in the profile)
        let l = doc.line_of(w.first);
        let listed =
            doc.lines()[l].section == SectionKind::Licences && !all_roles.iter().any(|r| doc.line_of(r.first) == l);
        let about_header = header_role.filter(|_| listed).map(|_| *w);
        let Some(r) = near_role
            .copied()
            .or_else(|| (req.role.is_none() && names_own(doc.line_of(w.first))).then_some(*w))
            .or(about_header)
        else {
            // "Jeg har ikke norsk autorisasjon": denied even without the
            // profession next to it
            let state = ctx.state(w.first, w.end(), Scope::Clause, &|_| false);
            if let super::State::Negated(_) = state {
                out.add(state, t!(lang, "what.authorisation"), doc.context_evidence(w.first, w.end()));
            }
            continue;
        };
        // "autorisasjon" alone right after "søkt": state handles it
        let (first, end) = (w.first.min(r.first), w.end().max(r.end()));
        let evidence = doc.context_evidence(first, end);
        if let Some(l) = limited
            .iter()
            .find(|l| l.first + NEAR >= first && l.first <= end + 1 && doc.line_of(l.first) == doc.line_of(first))
        {
            out.doubt(t!(lang, "doubt.limited_licence", words = quote(doc, l.first, l.end())), evidence);
            continue;
        }
        if let Some(want) = req.country {
            // whose authorisation: a country named in the clause wins over
            // the word's own country ("autorisasjon i Polen"); English words
            // name none
            let clause = ctx.clause(first, end);
            let named: Vec<&str> = lx.countries.find_in(doc, clause).iter().map(|c| lx.countries.key(c)).collect();
            let word = lx.authorisation_words.key(w);
            let whose = match named.first() {
                Some(&c) if named.iter().all(|&n| n == c) => Some(c),
                Some(_) => Some("other"),
                None => (word != "any").then_some(word),
            };
            let doubt = match whose.map(Country::from_key) {
                Some(Some(have)) if have == want => None,
                Some(Some(have)) => {
                    Some(t!(lang, "doubt.authorisation_country", have = have.name(lang), want = want.name(lang)))
                }
                Some(None) => Some(t!(lang, "doubt.authorisation_foreign", want = want.name(lang))),
                None => Some(t!(lang, "doubt.authorisation_no_country", want = want.name(lang))),
            };
            if let Some(why) = doubt {
                out.doubt(why, evidence);
                continue;
            }
        }
        // "behörighet för åk F–3": the CV states the same scope in the
        // clause or the entry's line
        if let Some(scope) = &req.scope {
            if !scope_stated(ctx, scope, first) {
                out.doubt(t!(lang, "doubt.authorisation_scope", scope = scope.words), evidence);
                continue;
            }
        }
        // "från engelska till svenska": the same direction on its line
        if let Some((from, to)) = &req.direction {
            let line = doc.lines()[doc.line_of(first)].words();
            let stated = direction_in(doc, line);
            if !stated.iter().any(|(f, t)| f == from && t == to) {
                let name = |k: &str| crate::i18n::name(lang, "language", k);
                out.doubt(t!(lang, "doubt.authorisation_direction", from = name(from), to = name(to)), evidence);
                continue;
            }
        }
        let state = ctx.state(first, end, Scope::Clause, &|_| false);
        out.add_ranked(
            rank(doc, first, &[SectionKind::Licences]),
            state,
            t!(lang, "what.authorisation_as", role = role_name),
            evidence,
        );
    }
    // A limited licence with the profession but no authorisation word.
    for l in &limited {
        if let Some(r) =
            roles.iter().find(|r| doc.line_of(r.first) == doc.line_of(l.first) && r.first.abs_diff(l.end()) <= NEAR)
        {
            let (first, end) = (l.first.min(r.first), l.end().max(r.end()));
            out.doubt(
                t!(lang, "doubt.limited_licence", words = quote(doc, l.first, l.end())),
                doc.context_evidence(first, end),
            );
        }
    }
    if let Some(r) = roles.first() {
        out.doubt(
            t!(lang, "doubt.profession_only", words = quote(doc, r.first, r.end())),
            doc.context_evidence(r.first, r.end()),
        );
    }
    out.verdict(|| not_found(ctx, &t!(lang, "what.authorisation_as", role = role_name)))
}

/// Whether the scope is stated on the authorisation's line or the next
/// one ("Lärarlegitimation, behörig i / förskoleklass och åk 1–3").
fn scope_stated(ctx: &Ctx<'_, '_>, scope: &AuthorisationScope, at: usize) -> bool {
    let (doc, lx) = (ctx.doc, lexicon());
    let lines = doc.lines();
    let line = doc.line_of(at);
    let next = (line + 1 < lines.len() && !lines[line + 1].heading).then(|| lines[line + 1].words());
    let range = lines[line].words().start..next.map_or(lines[line].words().end, |n| n.end);
    match &scope.row {
        Some(row) => !lx.authorisation_scopes.find_keys_in(doc, range, std::slice::from_ref(row)).is_empty(),
        None => {
            let set = crate::requirement::must_mention::term_set(std::slice::from_ref(&scope.words));
            !set.find_in(doc, range).is_empty()
        }
    }
}
