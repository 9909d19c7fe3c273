//! Certificates and courses: met when named (with every required class);
//! missing classes, "utløpt", "påmeldt" are unclear.

use super::{not_found, rank, Ctx, Outcome, Scope};
use crate::lexicon::lexicon;
use crate::report::Verdict;
use crate::requirement::certificate::{classes_in, Certificate};
use crate::t;
use crate::text::SectionKind;

/// How many words after a certificate's name its classes may stand.
const CLASS_WINDOW: usize = 8;

pub(crate) fn evaluate(req: &Certificate, ctx: &Ctx<'_, '_>) -> Verdict {
    let lx = lexicon();
    let (doc, lang) = (ctx.doc, ctx.lang);
    let mut out = Outcome::new(lang);
    match req {
        Certificate::Named { key, classes } => {
            let name = crate::i18n::name(lang, "cert", key);
            for m in lx.certificates.find_all(doc) {
                if lx.certificates.key(&m) != key || doc.lines()[doc.line_of(m.first)].heading {
                    continue;
                }
                let line = doc.lines()[doc.line_of(m.first)].words();
                // classes stand after the name, before any driving licence
                // ("truckcertifikat. kørekort b": B is the car's)
                let mut window = m.first..line.end.min(m.end() + CLASS_WINDOW);
                if let Some(l) = lx.licence_words.find_in(doc, m.end()..window.end).first() {
                    window.end = l.first;
                }
                let held = classes_in(doc, key, window);
                let end = held.last().map_or(m.end(), |(_, i)| (*i + 1).max(m.end()));
                let evidence = doc.context_evidence(m.first, end);
                let missing: Vec<String> =
                    classes.iter().filter(|c| !held.iter().any(|(h, _)| h == *c)).map(|c| c.to_uppercase()).collect();
                if !missing.is_empty() {
                    out.doubt(t!(lang, "doubt.certificate_class", name = name, classes = missing.join(", ")), evidence);
                    continue;
                }
                let state = ctx.state(m.first, end, Scope::Clause, &|_| false);
                out.add_ranked(rank(doc, m.first, &[SectionKind::Licences]), state, name.clone(), evidence);
            }
            out.verdict(|| not_found(ctx, &name))
        }
        Certificate::Terms(terms) => {
            let set = crate::requirement::must_mention::term_set(terms);
            // all terms in one line
            for l in doc.lines() {
                let found = set.find_in(doc, l.words());
                if !terms.iter().all(|t| found.iter().any(|m| set.key(m) == t)) {
                    continue;
                }
                let (first, end) = (found[0].first, found.last().expect("non-empty").end());
                let state = ctx.state(first, end, Scope::Clause, &|_| false);
                out.add(
                    state,
                    t!(lang, "what.quoted", words = super::quote(doc, first, end)),
                    doc.context_evidence(first, end),
                );
            }
            let what = terms.join(" + ");
            out.verdict(|| not_found(ctx, &what))
        }
    }
}
