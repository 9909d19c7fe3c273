//! Evaluation: one requirement kind per module, each judging one
//! requirement against one document.
//!
//! Shared here: what the words around a match say about it (negated,
//! pending, expired), and the scope those words are looked for in.

mod authorisation;
mod certificate;
mod education;
mod experience;
mod hours;
mod language;
mod licence;
mod must_mention;

use crate::date::{Date, Month};
use crate::i18n::Lang;
use crate::lexicon::{lexicon, Words};
use crate::report::{Verdict, VerdictKind};
use crate::requirement::{Requirement, RequirementKind};
use crate::t;
use crate::text::{dates, Document};
use crate::Options;

/// Judge one requirement against one document.
///
/// Text a reader cannot see ([`Document::hidden`]) is judged apart: the
/// requirement is first judged on the text a reader sees (the hidden words
/// blanked out, so they cannot match); that verdict stands unless it is not
/// `met` and the whole text, hidden words included, would meet it. Then the
/// verdict is `unclear`, says that only hidden text meets it and what the
/// visible text shows, and keeps the (hidden) evidence for the reviewer.
/// So hidden text never meets a requirement by itself, and never makes one
/// `not_met` ("har ikke førerkort" in white text changes nothing).
pub fn evaluate(req: &Requirement, doc: &Document<'_>, options: &Options) -> Verdict {
    let lang = options.lang;
    if let RequirementKind::Manual(m) = &req.kind {
        return Verdict::new(req.index, VerdictKind::Manual, m.interpretation(lang));
    }
    if !doc.readable() {
        let why = doc.warnings().first().map_or_else(|| t!(lang, "verdict.unreadable_file"), |w| w.render(lang));
        return Verdict::new(req.index, VerdictKind::Unclear, t!(lang, "verdict.not_checked", why = why));
    }
    let Some(visible) = doc.visible() else { return judge(req, doc, options) };
    let seen = judge(req, visible, options);
    if seen.verdict == VerdictKind::Met {
        return seen;
    }
    let all = judge(req, doc, options);
    if all.verdict != VerdictKind::Met {
        return seen;
    }
    let why = t!(lang, "verdict.hidden_only", found = all.explanation, visible = seen.explanation);
    Verdict { verdict: VerdictKind::Unclear, explanation: why, ..all }
}

/// Judge one requirement against the words of one document.
fn judge(req: &Requirement, doc: &Document<'_>, options: &Options) -> Verdict {
    let ctx = Ctx { doc, today: options.today, lang: options.lang };
    let mut v = match &req.kind {
        RequirementKind::DrivingLicence(r) => licence::evaluate(r, &ctx),
        RequirementKind::Authorisation(r) => authorisation::evaluate(r, &ctx),
        RequirementKind::Education(r) => education::evaluate(r, &ctx),
        RequirementKind::Language(r) => language::evaluate(r, &ctx),
        RequirementKind::Experience(r) => experience::evaluate(r, &ctx),
        RequirementKind::Hours(r) => hours::evaluate(r, &ctx),
        RequirementKind::Certificate(r) => certificate::evaluate(r, &ctx),
        RequirementKind::MustMention(r) => must_mention::evaluate(r, &ctx),
        RequirementKind::Manual(_) => unreachable!("handled above"),
    };
    v.requirement = req.index;
    let mut seen = Vec::new();
    v.evidence.retain(|e| {
        let new = !seen.contains(e);
        seen.push(e.clone());
        new
    });
    debug_assert!(v.verdict != VerdictKind::Met || !v.evidence.is_empty(), "met without evidence");
    if v.verdict == VerdictKind::Met && v.evidence.is_empty() {
        v.verdict = VerdictKind::Unclear;
    }
    v
}

/// What a rule needs.
pub(crate) struct Ctx<'d, 'a> {
    pub doc: &'d Document<'a>,
    pub today: Date,
    pub lang: Lang,
}

/// How many lines below its first an entry may wrap over.
const MAX_WRAPPED: usize = 3;

/// What the words around a match say about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum State {
    /// Nothing changes its meaning.
    Plain,
    /// "har ikke", "Førerkort: nei".
    Negated(String),
    /// Planned, in progress, applied for, or dated in the future.
    Pending(String),
    /// No longer valid.
    Expired(String),
}

/// Where qualifying words are looked for around a match.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Scope {
    /// The match's clause only (its line, up to `.` or `;`).
    Clause,
    /// The clause, plus the line before and after in the same entry.
    Entry,
    /// As `Entry`, for something awarded once (a trade certificate): "fagbrev
    /// fra 2012" is when it was awarded, not a study going on since.
    Awarded,
    /// The clause, for a skill or task: "tar"/"tager" is doing it ("Tager
    /// blodprøver"), not taking it as a course.
    Task,
}

impl Scope {
    /// `Entry` or `Awarded`: the entry's lines and dates count.
    fn is_entry(self) -> bool {
        matches!(self, Scope::Entry | Scope::Awarded)
    }
}

impl Ctx<'_, '_> {
    /// The words of the clause around words `first..end`, within its line.
    pub fn clause(&self, first: usize, end: usize) -> std::ops::Range<usize> {
        self.doc.clause(first, end)
    }

    /// Lines next to line `l` in the same entry: same section, not a
    /// heading, not blank; `stop` rejects lines that start another entry.
    pub fn entry_lines(&self, l: usize, stop: &dyn Fn(usize) -> bool) -> Vec<usize> {
        let lines = self.doc.lines();
        let mut out = vec![l];
        let ok = |k: usize| {
            let line = &lines[k];
            let own = !line.heading && line.first_word < line.end_word && line.section == lines[l].section;
            own && !stop(k) && !self.both_list_items(l, k)
        };
        if l > 0 && ok(l - 1) {
            out.insert(0, l - 1);
        }
        if l + 1 < lines.len() && ok(l + 1) && !self.dated_sentence(l) {
            out.push(l + 1);
        }
        out
    }

    /// Whether line `l` is a sentence of its own with its date ("har
    /// svendebrev som kloakrørlægger fra 2003."): what the next line says
    /// is about something else.
    fn dated_sentence(&self, l: usize) -> bool {
        let words = self.doc.lines()[l].words();
        !words.is_empty()
            && self.doc.punct_after(words.end - 1).contains(['.', '!', '?'])
            && !dates::find(self.doc, words).is_empty()
    }

    /// Whether lines `a` and `b` are both items of a list ("• Førarkort
    /// klasse B" over "• Varme arbeider – sertifikatet gjekk ut"): each is
    /// its own entry.
    pub fn both_list_items(&self, a: usize, b: usize) -> bool {
        self.doc.is_list_item(a) && self.doc.is_list_item(b)
    }

    /// Whether line `k` starts with a date ("2014  Elevatorteknik ..."): an
    /// entry of its own.
    pub fn starts_dated(&self, k: usize) -> bool {
        self.doc.leading_date(k).is_some()
    }

    /// When words `first..end` are the whole of their line (a label, as in
    /// Europass: "Driver CPC", then its value below), the next line's words,
    /// if it is a plain line of the same section.
    pub fn value_line(&self, first: usize, end: usize) -> Option<std::ops::Range<usize>> {
        let lines = self.doc.lines();
        let l = self.doc.line_of(first);
        let next = lines.get(l + 1)?;
        let label = lines[l].words() == (first..end);
        (label
            && !self.both_list_items(l, l + 1)
            && !next.heading
            && next.first_word < next.end_word
            && next.section == lines[l].section)
            .then(|| next.words())
    }

    /// When the clause around words `first..end` runs to the end of its
    /// line and the next line carries it on (the line ends without a stop
    /// and the next one starts in lower case or with a digit: "Svetscertifikat
    /// SS-EN ISO" then "9606-1, 135, giltigt till 2024-05"), the next line's
    /// words.
    pub fn continuation_line(&self, first: usize, end: usize) -> Option<std::ops::Range<usize>> {
        let doc = self.doc;
        let lines = doc.lines();
        let l = doc.line_of(first);
        if self.clause(first, end).end != lines[l].words().end {
            return None;
        }
        self.carries_on(l).then(|| lines[l + 1].words())
    }

    /// Whether line `l + 1` carries line `l` on: `l` ends without a stop and
    /// with a comma, or the next line of the same section opens a
    /// parenthesis or starts in lower case or with a digit.
    fn carries_on(&self, l: usize) -> bool {
        let doc = self.doc;
        let lines = doc.lines();
        let (Some(line), Some(next)) = (lines.get(l), lines.get(l + 1)) else { return false };
        if line.words().is_empty() || next.heading || next.words().is_empty() || next.section != line.section {
            return false;
        }
        let last = line.words().end - 1;
        let ends = doc.punct_after(last);
        if ends.contains(['.', ':', ';', '!', '?']) {
            return false;
        }
        // ends with a comma, or the next line opens a parenthesis
        // ("Kompetensbevis tornkran" / "(Sverige) – udløbet")
        let (between, _) = doc.between(last, next.words().start);
        let start = doc.evidence(next.words().start, next.words().start + 1).text.chars().next();
        ends.trim_end().ends_with(',')
            || between.trim_end().ends_with('(')
            || start.is_some_and(|c| c.is_lowercase() || c.is_ascii_digit())
    }

    /// When `clause` opens its line and the line before breaks off in the
    /// middle of a sentence, after a small word no sentence ends on
    /// (`markers.txt` `[break_off]`: "Jag har sökt behörighet som" /
    /// "maskinbefäl klass II."), that line's last clause.
    fn carried_from(&self, clause: std::ops::Range<usize>) -> Option<std::ops::Range<usize>> {
        let l = self.doc.line_of(clause.start);
        let opens = self.doc.lines()[l].words().start == clause.start;
        let before = (l > 0 && opens && self.carries_on(l - 1)).then(|| self.doc.lines()[l - 1].words())?;
        let breaks_off = !before.is_empty() && lexicon().break_off.match_at(self.doc, before.end - 1).is_some();
        breaks_off.then(|| self.doc.clause(before.end - 1, before.end))
    }

    /// The clause after `clause` when it goes on with "men det"/"but it"
    /// (a word that points back at what the clause named).
    fn but_it(&self, clause: std::ops::Range<usize>) -> Option<std::ops::Range<usize>> {
        let doc = self.doc;
        let line_end = doc.lines()[doc.line_of(clause.start)].words().end;
        let (but, it) = (clause.end, clause.end + 1);
        let points_back =
            |w: &str| matches!(w, "det" | "den" | "dei" | "de" | "dette" | "detta" | "it" | "they" | "that");
        (it < line_end && matches!(doc.word(but), "men" | "but") && points_back(doc.word(it)))
            .then(|| doc.clause(it, it + 1))
    }

    /// The state of the match at words `first..end`.
    pub fn state(&self, first: usize, end: usize, scope: Scope, stop: &dyn Fn(usize) -> bool) -> State {
        let lx = lexicon();
        let doc = self.doc;
        let clause = self.clause(first, end);
        let mut ranges: Vec<std::ops::Range<usize>> = match scope {
            // a label alone on its line ("Driver CPC") is qualified by its
            // value on the next ("Code 95 – expired 06/2025")
            // and a line carried on below says how it ends
            Scope::Clause | Scope::Task => std::iter::once(clause.clone())
                .chain(self.value_line(first, end).or_else(|| self.continuation_line(first, end)))
                .chain(self.carried_from(clause.clone()))
                .collect(),
            Scope::Entry | Scope::Awarded => {
                let l = doc.line_of(first);
                let mut lines = self.entry_lines(l, stop);
                // an entry wrapped over more lines ("2022 – Fagbrev som
                // elektriker," / "praksiskandidat: ... practical" / "exam
                // booked March 2027") says how it ends on the last
                let mut k = *lines.last().expect("the match's line");
                while k > l && k - l < MAX_WRAPPED && self.carries_on(k) && !stop(k + 1) && !self.starts_dated(k + 1) {
                    k += 1;
                    lines.push(k);
                }
                lines.into_iter().map(|k| if k == l { clause.clone() } else { doc.lines()[k].words() }).collect()
            }
        };
        // "heta arbeten hade jag men det gick ut i somras": the clause after
        // "men"/"but" that speaks of it again may say it expired
        let but_it = self.but_it(clause.clone());
        for r in ranges.iter().chain(&but_it) {
            if let Some(m) = lx.expired.find_in(doc, r.clone()).first() {
                return State::Expired(quote(doc, m.first, m.end()));
            }
            if let Some(s) = self.expiry_date_passed(r.clone()) {
                return State::Expired(s);
            }
        }
        // an entry's own line goes on after "men"/"but" ("har gått vård och
        // omsorg på gymnasiet men fick inte fullständig examen")
        if let Some(own) = ranges.iter_mut().find(|r| scope.is_entry() && r.contains(&first)) {
            let line_end = doc.lines()[doc.line_of(first)].words().end;
            while own.end + 1 < line_end
                && matches!(doc.word(own.end), "men" | "but")
                && !doc.between(own.end - 1, own.end).0.contains(['.', ';', '!', '?'])
            {
                own.end = doc.clause(own.end + 1, own.end + 2).end.max(own.end + 1);
            }
        }
        for r in &ranges {
            let pending = lx.pending.find_in(doc, r.clone());
            let finishing = pending.iter().any(|m| lx.pending.key(m) == "finishing");
            let counts = |m: &&crate::lexicon::Match| match lx.pending.key(m) {
                "this_job" | "name" | "finishing" => false,
                "by_time" => finishing,
                "taking" => scope != Scope::Task,
                _ => true,
            };
            if let Some(m) = pending.iter().find(counts) {
                return State::Pending(quote(doc, m.first, m.end()));
            }
            // "student", "studerer": about an education entry only
            if scope.is_entry() {
                if let Some(m) = lx.studying.find_in(doc, r.clone()).first() {
                    return State::Pending(quote(doc, m.first, m.end()));
                }
            }
        }
        // negation before the match (after pending words: "har ikke
        // autorisasjon ennå" is pending), in its clause, at most 4 words back
        let from = first.saturating_sub(4).max(clause.start);
        let negates =
            |m: &crate::lexicon::Match| !in_address(doc, m.first) && lx.not_negation.match_at(doc, m.first).is_none();
        if let Some(m) = lx.negation.find_in(doc, from..first).into_iter().rfind(negates) {
            return State::Negated(quote(doc, m.first, m.end()));
        }
        // "Førerkort: nei", "mjølkerobot har eg ikkje prøvd" (after "tek
        // førarkort no", where "no" is "now")
        if end < clause.end {
            if let Some(m) = lx.negation_after.match_at(doc, end).filter(|m| !in_address(doc, m.first)) {
                if m.end() <= clause.end && m.end() - end <= 3 {
                    return State::Negated(quote(doc, m.first, m.end()));
                }
            }
        }
        if scope.is_entry() {
            // the match's own line speaks for it when it has a date; the
            // neighbours' dates count only when it has none ("bachelor
            // 2010" above "jobbet siden 2010")
            let own: Vec<_> = dates::find(doc, clause.clone());
            for r in ranges.iter().filter(|r| own.is_empty() || r.contains(&first)) {
                // on the match's own line only the date nearest to it counts
                // ("bachelor 2013-2016, autorisasjon siden 2016")
                let mut found = dates::find(doc, r.clone());
                // a date told of work ("gick tågvärdsutbildningen ... och
                // har jobbat som tågvärd sen mars 2026") is the job's
                found.retain(|d| {
                    let told = if !r.contains(&first) {
                        doc.clause(d.first, d.last).start..d.first
                    } else if d.first >= end {
                        end..d.first
                    } else {
                        d.last..first
                    };
                    !told.into_iter().any(|i| is_work_verb(doc, i))
                });
                if r.contains(&first) {
                    found.sort_by_key(|d| if d.first >= end { d.first - end } else { first.saturating_sub(d.last) });
                    found.truncate(1);
                }
                for d in found {
                    // "fagbrev fra 2012", "cand.philol. frå 1995 med
                    // hovudfag i nordisk": awarded then ("since" written
                    // after it or after a degree, no dash)
                    let after_degree = d.first > 0
                        && lx.degree_levels.find_in(doc, clause.start..d.first).iter().any(|m| m.end() == d.first);
                    let since = d.first < d.start.first && (d.first >= end || after_degree);
                    // "tok master i meteorologi frå 2016": taken, then
                    let taken = || d.first >= end && lx.completed.any_in(doc, clause.start..first);
                    if d.is_open() && !(since && (scope == Scope::Awarded || taken())) {
                        return State::Pending(t!(self.lang, "state.ongoing", date = quote(doc, d.first, d.last)));
                    }
                    if d.latest().is_some_and(|m| m > self.today.month()) {
                        return State::Pending(t!(self.lang, "state.future", date = quote(doc, d.first, d.last)));
                    }
                }
            }
        }
        State::Plain
    }

    /// A date after today in words `range` that is no expiry date ("started
    /// October 2026, exam December 2026"; not "gyldig til 2028"): the
    /// certificate is not there yet, nor a system the workplace changes to.
    pub fn future_date(&self, range: std::ops::Range<usize>) -> Option<String> {
        let lx = lexicon();
        let doc = self.doc;
        let until = lx.valid_until.find_in(doc, range.clone());
        dates::find(doc, range)
            .into_iter()
            .filter(|d| !until.iter().any(|u| u.end() <= d.first))
            .find(|d| {
                let later = if d.start.year_only {
                    d.start.month.year() > self.today.year
                } else {
                    d.start.month > self.today.month()
                };
                !d.is_open() && later
            })
            .map(|d| quote(doc, d.first, d.last))
    }

    /// "gyldig til 03.2024" with that date before today.
    fn expiry_date_passed(&self, range: std::ops::Range<usize>) -> Option<String> {
        let lx = lexicon();
        let doc = self.doc;
        for m in lx.valid_until.find_in(doc, range.clone()) {
            let mut after = m.end()..range.end;
            // "giltigt till" / "03/2025": a narrow column wraps the date
            // onto the next line
            let line = doc.line_of(m.first);
            if after.is_empty() && m.end() == doc.lines()[line].words().end && line + 1 < doc.lines().len() {
                let next = doc.lines()[line + 1].words();
                after = next.start..next.end.min(next.start + 3);
            }
            if let Some(d) = dates::find(doc, after).first() {
                let until: Month = d.latest().unwrap_or(d.start.month);
                if until < self.today.month() || (d.start.year_only && until.year() < self.today.year) {
                    return Some(quote(doc, m.first, d.last));
                }
            }
        }
        None
    }
}

/// Combine the verdicts of several things asked for (languages,
/// certificates), each with what met it: all needed, or any one.
pub(crate) fn combine(mut verdicts: Vec<(Verdict, Option<String>)>, all: bool, lang: crate::i18n::Lang) -> Verdict {
    if verdicts.len() == 1 {
        return verdicts.pop().expect("one").0;
    }
    let met = |v: &Verdict| v.verdict == VerdictKind::Met;
    if all {
        if verdicts.iter().all(|(v, _)| met(v)) {
            let evidence = verdicts.iter().flat_map(|(v, _)| v.evidence.clone()).collect();
            let what = verdicts.iter().filter_map(|(_, w)| w.clone()).collect::<Vec<_>>().join("; ");
            return Verdict::new(0, VerdictKind::Met, t!(lang, "outcome.found", what = what)).with_evidence(evidence);
        }
        let worst = verdicts
            .iter()
            .position(|(v, _)| v.verdict == VerdictKind::NotMet)
            .or_else(|| verdicts.iter().position(|(v, _)| !met(v)))
            .expect("one is not met");
        return verdicts.swap_remove(worst).0;
    }
    if let Some(i) = verdicts.iter().position(|(v, _)| met(v)) {
        return verdicts.swap_remove(i).0;
    }
    let best = verdicts.iter().position(|(v, _)| v.verdict == VerdictKind::Unclear).unwrap_or(0);
    verdicts.swap_remove(best).0
}

/// Whether the words before word `end` are a company's name: a company
/// form follows them ("Siemens AS", "Visma Software AB"), in capitals when
/// it is also a common word ("AS", not the English "as").
pub(crate) fn employer(doc: &Document<'_>, end: usize) -> bool {
    if end >= doc.word_count() {
        return false;
    }
    let Some(m) = lexicon().company_forms.match_at(doc, end) else { return false };
    let common = matches!(doc.word(m.first), "as" | "sa") && m.len == 1;
    !common || !doc.evidence(m.first, m.end()).text.chars().any(|c| c.is_lowercase())
}

/// Whether word `i` is the tail of an English contraction ("I'm a" is
/// not "M.A."; "it's", "don't"): joined to the word before by an
/// apostrophe with no space.
pub(crate) fn in_contraction(doc: &Document<'_>, i: usize) -> bool {
    if i == 0 {
        return false;
    }
    let (a, b) = (doc.token_of(i - 1), doc.token_of(i));
    b.start > a.end && matches!(&doc.norm()[a.end as usize..b.start as usize], "'" | "\u{2019}")
}

/// Whether word `i` is part of an e-mail or web address ("example.no"):
/// joined to the word before by `.` or `@` with no space.
fn in_address(doc: &Document<'_>, i: usize) -> bool {
    if i == 0 {
        return false;
    }
    let (a, b) = (doc.token_of(i - 1), doc.token_of(i));
    b.start == a.end + 1 && matches!(&doc.norm()[a.end as usize..b.start as usize], "." | "@")
}

/// The normalised text of words `first..end`, for explanations.
pub(crate) fn quote(doc: &Document<'_>, first: usize, end: usize) -> String {
    let e = doc.evidence(first, end.max(first + 1));
    e.text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A verdict for a requirement that was not found.
pub(crate) fn not_found(ctx: &Ctx<'_, '_>, what: &str) -> Verdict {
    let key = if ctx.doc.has_headings() { "verdict.not_found" } else { "verdict.not_found_no_headings" };
    Verdict::new(0, VerdictKind::Unclear, t!(ctx.lang, key, what = what))
}

/// Most evidence items kept for one `met` verdict.
const MAX_EVIDENCE: usize = 3;

/// The rank of a match at word `i`: 0 in one of the `home` sections, else 1.
pub(crate) fn rank(doc: &Document<'_>, i: usize, home: &[crate::text::SectionKind]) -> u8 {
    u8::from(!home.contains(&doc.section_of(i)))
}

/// Verdict from the states of candidate matches: the first `Plain` one is
/// met; otherwise a negation is not met; otherwise the first other state
/// is unclear with its reason.
pub(crate) struct Outcome {
    pub lang: Lang,
    /// Plain matches: (rank, what, evidence); a lower rank is shown first.
    pub met: Vec<(u8, String, crate::report::Evidence)>,
    pub negated: Option<(String, crate::report::Evidence)>,
    pub doubtful: Option<(String, crate::report::Evidence)>,
}

impl Outcome {
    pub fn new(lang: Lang) -> Self {
        Outcome { lang, met: Vec::new(), negated: None, doubtful: None }
    }

    /// Record a match and its state; `what` names what the match shows.
    pub fn add(&mut self, state: State, what: String, evidence: crate::report::Evidence) {
        self.add_ranked(1, state, what, evidence);
    }

    /// As [`add`](Self::add), with a rank: matches in the section where the
    /// thing belongs (rank 0) are shown before mentions elsewhere.
    pub fn add_ranked(&mut self, rank: u8, state: State, what: String, evidence: crate::report::Evidence) {
        match state {
            State::Plain => self.met.push((rank, what, evidence)),
            State::Negated(w) => {
                if self.negated.is_none() {
                    self.negated = Some((t!(self.lang, "outcome.negated", words = w, what = what), evidence));
                }
            }
            State::Pending(w) => {
                if self.doubtful.is_none() {
                    self.doubtful = Some((t!(self.lang, "outcome.pending", words = w, what = what), evidence));
                }
            }
            State::Expired(w) => {
                if self.doubtful.is_none() {
                    self.doubtful = Some((t!(self.lang, "outcome.expired", words = w, what = what), evidence));
                }
            }
        }
    }

    /// A doubt that is not about state ("class B found, C needed").
    pub fn doubt(&mut self, why: String, evidence: crate::report::Evidence) {
        if self.doubtful.is_none() {
            self.doubtful = Some((why, evidence));
        }
    }

    /// The verdict: met, else not met, else unclear, else `missing`.
    pub fn verdict(mut self, missing: impl FnOnce() -> Verdict) -> Verdict {
        if !self.met.is_empty() {
            self.met.sort_by_key(|(rank, _, _)| *rank);
            let what = self.met[0].1.clone();
            let mut evidence: Vec<crate::report::Evidence> = Vec::new();
            for (_, _, e) in self.met {
                if evidence.len() < MAX_EVIDENCE && !evidence.contains(&e) {
                    evidence.push(e);
                }
            }
            return Verdict::new(0, VerdictKind::Met, t!(self.lang, "outcome.found", what = what))
                .with_evidence(evidence);
        }
        if let Some((why, e)) = self.negated {
            return Verdict::new(0, VerdictKind::NotMet, t!(self.lang, "outcome.not_met", why = why))
                .with_evidence(vec![e]);
        }
        if let Some((why, e)) = self.doubtful {
            return Verdict::new(0, VerdictKind::Unclear, t!(self.lang, "outcome.unclear", why = why))
                .with_evidence(vec![e]);
        }
        missing()
    }
}

/// Whether word `i` says someone has worked somewhere ("har jobbet som kokk
/// i 5 år", "har undervist i vidaregåande": `markers.txt` `[work_verbs]`).
pub(crate) fn is_work_verb(doc: &Document<'_>, i: usize) -> bool {
    lexicon().work_verbs.match_at(doc, i).is_some()
}
