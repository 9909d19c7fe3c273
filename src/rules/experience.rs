//! Years of experience: the dated jobs whose entries name the role or field
//! are summed, overlaps merged, open ends run to "today". Internships,
//! placements, student jobs and education are shown and not counted;
//! part-time jobs are noted and counted. A stated "6 års erfaring som
//! elektriker" also counts. Too few months is unclear, with the sum.

use super::{is_work_verb, Ctx, State};
use crate::date::{years_months, Month};
use crate::i18n::Lang;
use crate::lexicon::{lexicon, Match, PatternSet, Words};
use crate::report::{Arithmetic, Evidence, Period, Span, Verdict, VerdictKind};
use crate::requirement::experience::{seasons_text, years_at, Experience};
use crate::requirement::Subject;
use crate::t;
use crate::text::dates::{self, Mention};
use crate::text::{Document, SectionKind};

/// Most lines one job entry spans.
const MAX_ENTRY_LINES: usize = 10;

pub(crate) fn evaluate(req: &Experience, ctx: &Ctx<'_, '_>) -> Verdict {
    if !req.of_which.is_empty() {
        // the whole and each part of it ("av dette minst eitt år som skipper")
        // (met: the whole's verdict, with the parts' evidence too)
        let whole = Experience { of_which: Vec::new(), ..req.clone() };
        let mut verdict = evaluate(&whole, ctx);
        for part in &req.of_which {
            if verdict.verdict != VerdictKind::Met {
                break;
            }
            let v = evaluate(part, ctx);
            if v.verdict == VerdictKind::Met {
                verdict.evidence.extend(v.evidence);
            } else {
                verdict = v;
            }
        }
        return verdict;
    }
    if req.alternatives.is_empty() {
        return evaluate_one(req, ctx);
    }
    // any one of the experiences the line accepts
    let first = Experience { alternatives: Vec::new(), ..req.clone() };
    let verdicts = std::iter::once(&first).chain(&req.alternatives).map(|e| (evaluate_one(e, ctx), None)).collect();
    super::combine(verdicts, false, ctx.lang)
}

fn evaluate_one(req: &Experience, ctx: &Ctx<'_, '_>) -> Verdict {
    let (doc, lang) = (ctx.doc, ctx.lang);
    let subject = SubjectMatcher::new(&req.subject, req.sector.as_deref());
    // an open end runs to today, rounded to the nearest month's start: the
    // month in progress counts from its 15th ("jan 2025 – nu" on 1
    // December 2026 is 23 months, not two years)
    let today_end = today_end(ctx);
    let mut periods: Vec<(Period, Month, Month, Option<Evidence>, Evidence)> = Vec::new();
    let mut part_time = false;
    let own_role = subject.own_role(ctx);
    for entry in entries(doc) {
        // a prose job told by its workplace, since the writer has had the role
        let own = own_role.filter(|(_, since)| untitled_work(doc, &entry) && entry.mentions[0].start.month >= *since);
        let role = subject.find(doc, entry.words.clone()).or(own.map(|(m, _)| m));
        let recent = role.and_then(|r| recent_months(doc, &r));
        for mention in &entry.mentions {
            let (from, until) = interval(mention, today_end);
            let from = recent.map_or(from, |n| from.max(Month(until.0 - n)));
            let months = (until.0 - from.0).max(0);
            let (counted, notes) = classify(ctx, &entry, mention, role.is_some(), &req.subject);
            part_time |= counted && notes.contains(&"note.part_time");
            let note = notes.iter().map(|k| t!(lang, k)).collect::<Vec<_>>().join(", ");
            let period = Period {
                from: from.to_string(),
                until: until.to_string(),
                open: mention.is_open(),
                months,
                counted,
                note,
                evidence: doc.evidence(mention.first, mention.last),
            };
            // role and dates on one line are quoted together
            let same_line = role.filter(|r| doc.line_of(r.first) == doc.line_of(mention.first));
            let (role_ev, date_ev) = match same_line {
                Some(r) => {
                    let (a, b) = (r.first.min(mention.first), r.end().max(mention.last));
                    (None, doc.context_evidence(a, b))
                }
                None => (
                    role.map(|r| doc.context_evidence(r.first, r.end())),
                    doc.context_evidence(mention.first, mention.last),
                ),
            };
            periods.push((period, from, until, role_ev, date_ev));
        }
    }
    let merged = merge(periods.iter().filter(|p| p.0.counted).map(|p| (p.1, p.2)).collect());
    let months: i32 = merged.iter().map(|(a, b)| b.0 - a.0).sum();
    let seasons = req.seasons.map(|_| count_seasons(&merged));
    // what is counted, in the line's unit: months, or seasons
    let (total, required) = match (seasons, req.seasons) {
        (Some(have), Some(need)) => (have, need),
        _ => (months, req.months),
    };
    let arithmetic = Arithmetic {
        today: ctx.today.to_string(),
        periods: periods.iter().map(|p| p.0.clone()).collect(),
        merged: merged
            .iter()
            .map(|(a, b)| Span { from: a.to_string(), until: b.to_string(), months: b.0 - a.0 })
            .collect(),
        total_months: months,
        required_months: req.months,
        total_seasons: seasons,
        required_seasons: req.seasons,
    };
    let what = describe(lang, &req.subject);
    // an amount in the line's unit: years and months, or seasons
    let amount = |n: i32| match req.seasons {
        Some(_) => seasons_text(lang, n),
        None => years_months(lang, n),
    };
    if total >= required && total > 0 {
        let mut evidence: Vec<Evidence> = Vec::new();
        for (_, _, _, role, date) in periods.iter().filter(|p| p.0.counted) {
            evidence.push(date.clone());
            evidence.extend(role.clone());
        }
        let notes = if part_time { t!(lang, "experience.part_time_note") } else { String::new() };
        let mut v = Verdict::new(
            0,
            VerdictKind::Met,
            t!(
                lang,
                "experience.met",
                total = amount(total),
                what = what,
                need = amount(required),
                summary = summary(lang, &arithmetic),
                notes = notes
            ),
        )
        .with_evidence(evidence);
        v.arithmetic = Some(arithmetic);
        return v;
    }
    // "6 års erfaring som elektriker": a stated number of years; "Revit
    // siden 2015": a tool used since a date
    let since = || match req.subject {
        Subject::Terms(..) => stated_since(ctx, &subject),
        _ => None,
    };
    let stated = stated_years(ctx, &subject).into_iter().chain(since()).max_by_key(|(months, _)| *months);
    if let Some((months, ev)) = stated.filter(|_| req.seasons.is_none()) {
        if months >= required {
            let mut v = Verdict::new(
                0,
                VerdictKind::Met,
                t!(lang, "experience.stated", years = amount(months), what = what, need = amount(required)),
            )
            .with_evidence(vec![ev]);
            v.arithmetic = Some(arithmetic);
            return v;
        }
    }
    // "har ikke jobbet som sykepleier"
    if let Some(ev) = subject.negated(ctx) {
        let mut v =
            Verdict::new(0, VerdictKind::NotMet, t!(lang, "experience.denied", what = what)).with_evidence(vec![ev]);
        v.arithmetic = Some(arithmetic);
        return v;
    }
    let found = if arithmetic.periods.is_empty() {
        t!(lang, "experience.no_dates")
    } else if total == 0 {
        t!(lang, "experience.none_counts", what = what, summary = summary(lang, &arithmetic))
    } else {
        t!(lang, "experience.only", total = amount(total), summary = summary(lang, &arithmetic))
    };
    let mut v = Verdict::new(
        0,
        VerdictKind::Unclear,
        t!(lang, "experience.unclear", need = amount(required), what = what, found = found),
    );
    v.evidence = periods.iter().filter(|p| p.0.counted).map(|p| p.4.clone()).collect();
    v.arithmetic = Some(arithmetic);
    v
}

fn describe(lang: Lang, s: &Subject) -> String {
    match s {
        Subject::Any | Subject::Relevant => t!(lang, "what.work_experience"),
        Subject::Role(_) | Subject::RoleIn(..) | Subject::RoleWith(..) => {
            t!(lang, "what.experience_as", role = s.describe(lang))
        }
        _ => t!(lang, "what.experience_in", field = s.describe(lang)),
    }
}

/// The seasons in merged periods: the July–June years with at least two
/// months in them, so that "dec 2019 – apr 2026" is seven winter seasons
/// and a December-to-April job is one.
fn count_seasons(merged: &[(Month, Month)]) -> i32 {
    let mut months_in: std::collections::BTreeMap<i32, i32> = std::collections::BTreeMap::new();
    for &(from, until) in merged {
        for m in from.0..until.0 {
            *months_in.entry((m + 6).div_euclid(12)).or_default() += 1;
        }
    }
    months_in.values().filter(|&&n| n >= 2).count() as i32
}

/// "2019-01 to 2021-06 = 2 years 5 months; ...": every period, with notes.
fn summary(lang: Lang, a: &Arithmetic) -> String {
    a.periods
        .iter()
        .map(|p| {
            let until = if p.open { t!(lang, "experience.today", today = a.today) } else { p.until.clone() };
            let note = if p.note.is_empty() { String::new() } else { format!(", {}", p.note) };
            let counted = if p.counted { String::new() } else { format!(", {}", t!(lang, "note.not_counted")) };
            let line =
                t!(lang, "experience.period", from = p.from, until = until, length = years_months(lang, p.months));
            format!("{line}{note}{counted}")
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// Where an open end runs to: today, rounded to the nearest month's start.
fn today_end(ctx: &Ctx<'_, '_>) -> Month {
    Month(ctx.today.month().0 + i32::from(ctx.today.day >= 15))
}

/// The date that a word for "since" at word `at` starts ("sen 2019",
/// "since 2016"), before word `end`: an open range from then.
fn since_date(ctx: &Ctx<'_, '_>, at: usize, end: usize) -> Option<Mention> {
    lexicon().since.match_at(ctx.doc, at)?;
    dates::find(ctx.doc, at..end).into_iter().next().filter(|d| d.first == at)
}

/// The half-open month interval a mention covers. A year alone starts in
/// January and ends in January of its year (so "2015–2018" is 3 years); an
/// open end runs to `today_end`.
fn interval(m: &Mention, today_end: Month) -> (Month, Month) {
    let from = m.start.month;
    let until = match m.end {
        None => Month(from.0 + 1),
        Some(None) => today_end,
        Some(Some(p)) if p.year_only => Month::new(p.month.year(), 1).max(Month(from.0 + 1)),
        Some(Some(p)) => Month(p.month.0 + 1),
    };
    (from, until.min(today_end).max(from))
}

/// Sort and merge overlapping or touching intervals.
fn merge(mut v: Vec<(Month, Month)>) -> Vec<(Month, Month)> {
    v.sort();
    let mut out: Vec<(Month, Month)> = Vec::new();
    for (a, b) in v {
        match out.last_mut() {
            Some(last) if a <= last.1 => last.1 = last.1.max(b),
            _ => out.push((a, b)),
        }
    }
    out
}

/// One dated job entry.
struct Entry {
    mentions: Vec<Mention>,
    /// The words of the entry's lines.
    words: std::ops::Range<usize>,
    /// The words of its title and date lines (not the description).
    head: std::ops::Range<usize>,
    section: SectionKind,
    /// Told after an earlier date of its sentence ("tok fagbrevet i 2020,
    /// har jobba i X siden"): `head` is the part after that date, which
    /// names no degree.
    after: bool,
}

/// A CV's job entries, split once, to ask where a word stands.
pub(crate) struct JobEntries(Vec<Entry>);

impl JobEntries {
    pub(crate) fn of(doc: &Document<'_>) -> Self {
        JobEntries(entries(doc))
    }

    /// Whether word `i` stands in a student's placement ("Jan – Apr 2026
    /// Placement, NAV Sirkelstad": "Case work under supervision"): not yet
    /// the work itself. An apprentice's or trainee's work is.
    pub(crate) fn in_placement(&self, doc: &Document<'_>, i: usize) -> bool {
        if doc.section_of(i) == SectionKind::Internship {
            return true;
        }
        // in every entry the word's line may belong to, on or after its
        // date line (a line above a date line may be the previous entry's
        // last)
        let dated_before = |e: &&Entry| e.mentions.first().is_some_and(|m| doc.line_of(m.first) <= doc.line_of(i));
        let mut around = self.0.iter().filter(|e| e.words.contains(&i)).filter(dated_before).peekable();
        around.peek().is_some() && around.all(|e| training(doc, e, true))
    }
}

/// Whether entry `e` is training, not a job: in an internship section, or
/// its title names an internship (`[internship]`), only a student's
/// placement when `placement_only`.
fn training(doc: &Document<'_>, e: &Entry, placement_only: bool) -> bool {
    let lx = lexicon();
    let counts = |m: &Match| (!placement_only || lx.internship.key(m) == "placement") && !said_of_earlier(doc, m.first);
    e.section == SectionKind::Internship || lx.internship.find_in(doc, e.head.clone()).iter().any(counts)
}

/// Whether a period counts, and the message keys of its notes.
fn classify(
    ctx: &Ctx<'_, '_>,
    e: &Entry,
    mention: &Mention,
    role: bool,
    subject: &Subject,
) -> (bool, Vec<&'static str>) {
    let lx = lexicon();
    let doc = ctx.doc;
    let mut notes: Vec<&'static str> = Vec::new();
    if training(doc, e, false) {
        return (false, vec!["note.internship"]);
    }
    if lx.leave.any_in(doc, e.head.clone()) {
        return (false, vec!["note.leave"]);
    }
    if !e.after && is_education(doc, e, mention) {
        return (false, vec!["note.education"]);
    }
    if lx.part_time.any_in(doc, e.words.clone()) || has_percentage(doc, e.words.clone()) {
        notes.push("note.part_time");
    }
    // a student job is not yet the work asked for (as an internship)
    if lx.student_job.any_in(doc, e.words.clone()) {
        notes.push("note.student_job");
        return (false, notes);
    }
    let counted = role || matches!(subject, Subject::Any | Subject::Relevant);
    if !counted {
        notes.push("note.other_role");
    }
    (counted, notes)
}

/// Whether word `i` follows, in its clause and at most 4 words on, words
/// that move it to an earlier time ("fra høsten 2019, før det var jeg
/// lærling samme sted": the apprenticeship was before 2019).
fn said_of_earlier(doc: &Document<'_>, i: usize) -> bool {
    lexicon().earlier.any_in(doc, doc.words_back(i, 4))
}

/// The months of "the last N years" before match `m` in its clause, at
/// most 8 words back ("dom senaste två åren mest med kyl o värmepumpar"):
/// the match holds for the job's last N years only.
fn recent_months(doc: &Document<'_>, m: &Match) -> Option<i32> {
    let lx = lexicon();
    doc.words_back(m.first, 8)
        .find_map(|i| lx.recent.match_at(doc, i).and_then(|r| years_at(doc, r.end())).map(|(n, _)| n))
}

/// Whether the clause of a date says someone worked: "har jobba som
/// automatiker der fra 2019 til nå", "jobbat på akuten 2018-2022".
fn says_worked(doc: &Document<'_>, m: &Mention) -> bool {
    doc.clause(m.first, m.last).any(|i| is_work_verb(doc, i))
}

/// "Svensk elektriker som bor i Norge sedan 2024": a date whose clause says
/// where someone lives (`[residence_verbs]`), and not that they worked.
fn lives(doc: &Document<'_>, m: &Mention) -> bool {
    lexicon().residence_verbs.any_in(doc, doc.clause(m.first, m.last)) && !says_worked(doc, m)
}

/// A job told in prose by its workplace only ("jobbat på akuten i ekhamn
/// 2018-2022"): the date's clause says someone worked, gives no title
/// ("som"/"as" ...), and the entry names no role at all.
fn untitled_work(doc: &Document<'_>, e: &Entry) -> bool {
    let m = &e.mentions[0];
    let titled = doc.clause(m.first, m.last).any(|i| matches!(doc.word(i), "som" | "as"));
    says_worked(doc, m) && !titled && lexicon().roles.find_in(doc, e.words.clone()).is_empty()
}

/// An entry that names a degree or a school is education, not a job; but a
/// date whose clause says someone worked, with no degree in that clause, is
/// a job even on a line that also names a degree ("tok fagbrev i 2019. har
/// jobba som automatiker der fra 2019 til nå"), and a school whose title
/// names a role first, or whose line says someone worked there, is a workplace
/// ("Lektor, Reinsåsen videregående skole", "har undervist ... på
/// Krokfjellmo vgs"). Each date of an entry is judged by its own clause:
/// in "har fagbrev frå 2009 og har jobba på vassverket sidan 2010", 2009 is
/// the certificate and 2010 the job.
fn is_education(doc: &Document<'_>, e: &Entry, m: &Mention) -> bool {
    let lx = lexicon();
    let clause = doc.clause(m.first, m.last);
    // "kom inn på direkteutdanningen for togledere ... 2023-2024 og besto":
    // a sentence about an education, with no work in it, is a time of study
    // (from the last comma before the date: "jobbet i butikk i mange år,
    // så kom jeg inn på ...")
    let part = doc.after_last(clause.start..m.first, &[','])..clause.end;
    let heads = &lx.education_heads;
    let names_education = heads.find_in(doc, part.clone()).iter().any(|h| heads.key(h) == "education")
        || lx.education_words.any_in(doc, part.clone());
    if names_education && !part.clone().any(|i| is_work_verb(doc, i)) {
        return true;
    }
    // "har fagbrev frå 2009 og har jobba på vassverket sidan 2010": the
    // work after the last "og" before the date is this date's
    let and_at = (part.start..m.first).rev().find(|&i| crate::requirement::is_and_word(doc.word(i)));
    let own = and_at.map_or(part.start, |i| i + 1)..clause.end;
    if says_worked(doc, m) && !lx.degree_levels.any_in(doc, own) {
        return false;
    }
    // "Läste bantekniker på YH 2022 till 2024" (not "mens jeg studerer":
    // a job beside one's studies)
    if lx.studied.any_in(doc, clause.clone()) {
        return true;
    }
    let not_degree = lx.not_degree.find_in(doc, e.words.clone());
    let first_line = doc.lines()[doc.line_of(e.mentions[0].first)].words();
    let range =
        e.words.start.min(first_line.start)..first_line.end.max(e.words.start + 1).min(e.words.end.max(first_line.end));
    let schools = lx.institutions.find_in(doc, range.clone());
    let is_school = |m: &Match| schools.iter().any(|s| s.first < m.end() && m.first < s.end());
    // the title first on its line, before the school ("Lektor, Reinsåsen
    // videregående skole"; not a programme, "Vg2 slaktar, ... skule")
    let dated = |i: usize| e.mentions.iter().any(|m| m.first <= i && i < m.last);
    let title_at = first_line.clone().find(|&i| !dated(i));
    let role_first = title_at.and_then(|i| lx.roles.match_at(doc, i));
    let worked = first_line.clone().any(|i| is_work_verb(doc, i));
    let titled = |m: &Match| worked || role_first.is_some_and(|r| r.end() <= m.first);
    lx.degree_levels
        .find_in(doc, range)
        .iter()
        .filter(|m| !(is_school(m) && titled(m)))
        .any(|m| !not_degree.iter().any(|n| n.first <= m.first && m.first < n.end()))
}

/// "50 %", "80% stilling": a share below 100 %.
fn has_percentage(doc: &Document<'_>, range: std::ops::Range<usize>) -> bool {
    range
        .clone()
        .any(|i| doc.punct_after(i).starts_with('%') && doc.word(i).parse::<u32>().is_ok_and(|n| (1..100).contains(&n)))
        || range.clone().any(|i| doc.word(i) == "prosent" || doc.word(i) == "procent")
}

/// The sections whose dates are jobs.
fn job_lines(doc: &Document<'_>) -> Vec<usize> {
    let lines = doc.lines();
    let has_experience = lines.iter().any(|l| l.section == SectionKind::Experience);
    (0..lines.len())
        .filter(|&i| {
            let s = lines[i].section;
            !lines[i].heading
                && if has_experience {
                    matches!(s, SectionKind::Experience | SectionKind::Internship)
                } else {
                    !matches!(
                        s,
                        SectionKind::Education | SectionKind::Languages | SectionKind::Licences | SectionKind::Skills
                    )
                }
        })
        .collect()
}

/// Split the job sections into entries, one per line with a date range.
fn entries(doc: &Document<'_>) -> Vec<Entry> {
    let lines = doc.lines();
    let candidates = job_lines(doc);
    // every date of each line, read once
    let found: Vec<Vec<Mention>> = candidates.iter().map(|&l| dates::find(doc, lines[l].words())).collect();
    let ranged: Vec<(usize, Vec<Mention>)> = candidates
        .iter()
        .zip(&found)
        .filter_map(|(&l, all)| {
            let ms: Vec<Mention> = all.iter().copied().filter(|m| m.is_range() && !lives(doc, m)).collect();
            (!ms.is_empty()).then_some((l, ms))
        })
        .collect();
    let is_candidate = |l: usize| candidates.binary_search(&l).is_ok();
    let date_only = |l: usize, ms: &[Mention]| {
        let words = lines[l].words();
        let covered: usize = ms.iter().map(|m| m.last - m.first).sum();
        words.len() <= covered + 1
    };
    // "2008 – present" / "Senior Engineer, Firm, remote since 2024": a
    // title right under a date-only line is that entry's title, and a
    // period inside it only describes part of the job
    let ranged: Vec<(usize, Vec<Mention>)> = ranged
        .iter()
        .enumerate()
        .filter(|(k, (l, ms))| {
            let Some((pl, pms)) = k.checked_sub(1).map(|p| &ranged[p]) else { return true };
            let inside = ms[0].first > lines[*l].words().start;
            !(*pl + 1 == *l && inside && date_only(*pl, pms) && lines[*pl].section == lines[*l].section)
        })
        .map(|(_, r)| r.clone())
        .collect();
    // In a "dates first" layout, the first dated line of its section has
    // nothing but a heading (or nothing) before it.
    let dates_first = |idx: usize| -> bool {
        let section = lines[ranged[idx].0].section;
        let first = ranged.iter().find(|(k, _)| lines[*k].section == section).map(|(k, ms)| (*k, ms)).expect("itself");
        let (l, ms) = first;
        date_only(l, ms) && (l == 0 || lines[l - 1].heading || lines[l - 1].first_word == lines[l - 1].end_word)
    };
    // Title before the dates, or dates before the title? Decided by the
    // first dated line of the section.
    let title_of = |idx: usize| -> usize {
        let (l, ms) = &ranged[idx];
        let l = *l;
        let prev_ok = l > 0
            && is_candidate(l - 1)
            && lines[l - 1].first_word < lines[l - 1].end_word
            && !ranged.iter().any(|(k, _)| *k == l - 1)
            && lines[l - 1].section == lines[l].section;
        if date_only(l, ms) && prev_ok && !dates_first(idx) {
            l - 1
        } else {
            l
        }
    };
    let mut out = Vec::new();
    for idx in 0..ranged.len() {
        let (l, ms) = &ranged[idx];
        let start = title_of(idx);
        let next_start = if idx + 1 < ranged.len() { title_of(idx + 1) } else { lines.len() };
        let mut end = *l;
        while end + 1 < next_start
            && end + 1 < lines.len()
            && end + 1 - start < MAX_ENTRY_LINES
            && !lines[end + 1].heading
            && lines[end + 1].section == lines[*l].section
            // a line with a date of its own ("APL-praktik, Förskolan
            // Ugglan (2016)") is something else, not this job's description,
            // unless it is the title under a line of dates alone
            && ((end == *l && date_only(*l, ms)) || dates::find(doc, lines[end + 1].words()).is_empty())
        {
            end += 1;
        }
        let words = lines[start].first_word as usize..lines[end].end_word as usize;
        // the title under a line of dates alone ("2020 – 2022", then
        // "Lærling i IKT-servicefag, ...") is part of the head
        let title = if date_only(*l, ms) && start == *l && end > *l { *l + 1 } else { *l };
        let head = lines[start].first_word as usize..lines[title].end_word as usize;
        out.push(Entry { mentions: ms.clone(), words, head, section: lines[*l].section, after: false });
    }
    for (&l, all) in candidates.iter().zip(&found) {
        out.extend(dates::since_then(doc, lines[l].words(), all).into_iter().filter_map(|m| since_then(doc, m)));
    }
    out
}

/// A job "since then" ("fik svendebrev i 2019 og har været tagdækker hos X
/// siden"), told in the part of its sentence after the last comma or "og"
/// before it: that part says someone worked or names a role, and names no
/// degree. Its role is looked for in that part if it names one, else in
/// the whole sentence (the role the writer qualified in).
fn since_then(doc: &Document<'_>, m: Mention) -> Option<Entry> {
    let lx = lexicon();
    let sentence = doc.clause(m.last - 1, m.last);
    let mut a = m.last - 1;
    while a > sentence.start
        && !doc.between(a - 1, a).0.contains([',', ';', ':', '(', ')'])
        && !crate::text::is_coordinator(doc.word(a - 1))
    {
        a -= 1;
    }
    let part = a..m.last;
    let titled = !lx.roles.find_in(doc, part.clone()).is_empty();
    let worked = part.clone().any(|i| is_work_verb(doc, i));
    if !(titled || worked) || lx.degree_levels.any_in(doc, part.clone()) {
        return None;
    }
    let words = if titled { part.clone() } else { sentence };
    Some(Entry {
        mentions: vec![m],
        words,
        head: part,
        section: doc.lines()[doc.line_of(m.last - 1)].section,
        after: true,
    })
}

/// Finds the requirement's role or field in text.
struct SubjectMatcher {
    /// What must be there: a set and the keys of it that count (any one),
    /// or, for the recruiter's own words, every term.
    needs: Vec<Need>,
}

/// A lexicon table (borrowed: it is large) or the recruiter's own terms
/// (built once per batch).
enum Set {
    Table(&'static PatternSet),
    Terms(std::rc::Rc<PatternSet>),
}

impl std::ops::Deref for Set {
    type Target = PatternSet;
    fn deref(&self) -> &PatternSet {
        match self {
            Set::Table(t) => t,
            Set::Terms(t) => t,
        }
    }
}

struct Need {
    /// A lexicon table (borrowed: it is large) or the recruiter's own terms.
    set: Set,
    /// Keys that count; empty = every term of the set must be there.
    keys: Vec<String>,
    /// Roles whose titles count as well: the narrower roles of a role
    /// (`[role_includes]`), or the roles of a field (`[role_fields]`).
    roles: Vec<String>,
    /// Keys of the set whose words, where they match, are not these keys'
    /// (`[field_excludes]`: "sjukhusapoteket" is no community pharmacy).
    excludes: Vec<String>,
}

impl Need {
    fn find(&self, doc: &Document<'_>, range: std::ops::Range<usize>) -> Option<Match> {
        let is_roles = std::ptr::eq(&*self.set, &lexicon().roles);
        // a role that is someone else's, or work done beside them
        let others = |m: &Match| if is_roles { someone_else(doc, m) } else { beside_other(doc, m) };
        if self.keys.is_empty() {
            let found: Vec<Match> = self.set.find_in(doc, range).into_iter().filter(|m| !others(m)).collect();
            let all = self.set.keys().iter().all(|t| found.iter().any(|m| self.set.key(m) == t));
            return if all { found.first().copied() } else { None };
        }
        // not where the words are more specifically an excluded field's,
        // nor inside a longer title of another role ("architect" in
        // "Solution Architect"); the roles in range are looked up only
        // once a candidate match needs them
        let longer = std::cell::OnceCell::new();
        let inside_longer = |m: &Match| {
            let roles: &Vec<Match> = longer.get_or_init(|| lexicon().roles.find_in(doc, range.clone()));
            roles.iter().any(|o| o.first <= m.first && m.end() <= o.end() && o.len > m.len && o.key != m.key)
        };
        let own = self.set.find_keys_in(doc, range.clone(), &self.keys).into_iter().find(|m| {
            (self.excludes.is_empty() || self.set.find_keys_in(doc, m.first..m.end(), &self.excludes).is_empty())
                && !others(m)
                && !(is_roles && inside_longer(m))
        });
        own.or_else(|| {
            let roles = lexicon().roles.find_keys_in(doc, range.clone(), &self.roles);
            roles.into_iter().find(|m| !someone_else(doc, m) && !inside_longer(m))
        })
    }
}

/// "Lyftplanering med kranföraren": a role named as someone worked with
/// (`[beside_role]` right before it, in its clause); or a role in its
/// definite form ("OCT-bilder som optikern sedan bedömer", "the" in one
/// word), which names a particular other person: a title never has it; or
/// a role's name inside the name of a study.
fn someone_else(doc: &Document<'_>, m: &Match) -> bool {
    beside(doc, m) || definite(doc, m) || studied(doc, m)
}

/// "tok flygelederutdanningen 2022–2024": a role's name as the first part
/// of a compound whose head is a study (`[study_heads]`) names a programme,
/// not a job.
fn studied(doc: &Document<'_>, m: &Match) -> bool {
    let word = doc.word(m.end() - 1);
    lexicon().study_heads.match_at(&[word][..], 0).is_some()
}

/// Whether a word of `[beside_role]`'s "with" ends right before `m`, in its
/// clause.
fn beside(doc: &Document<'_>, m: &Match) -> bool {
    let set = &lexicon().beside_role;
    (m.first.saturating_sub(3)..m.first).any(|i| {
        set.match_at(doc, i)
            .is_some_and(|b| set.key(&b) == "with" && b.end() == m.first && doc.clause(i, m.end()).start <= i)
    })
}

/// "Biträder teknikern vid brandskyddskontroller": work named after
/// someone else's role in its clause is that person's work.
fn beside_other(doc: &Document<'_>, m: &Match) -> bool {
    let lx = lexicon();
    let clause = doc.clause(m.first, m.end());
    let before = clause.start..m.first;
    let workers = lx.beside_role.find_in(doc, before.clone()).into_iter().filter(|w| lx.beside_role.key(w) == "worker");
    lx.roles.find_in(doc, before).into_iter().chain(workers).any(|r| beside(doc, &r))
}

/// Definite endings of Nordic nouns, singular and plural.
const DEFINITE: &[&str] = &["erne", "arna", "orna", "ene", "ane", "en", "et", "na", "ne", "n", "a"];

/// Whether the last word of a role match is the definite form of one of its
/// role's words: without the ending it is the same role, and the role's
/// word ends there ("optikern", "optiker"; "sykepleieren", "sykepleier";
/// "jordmora", "jordmor"); not a compound the role's prefix goes on into
/// ("rørleggerfaget"), nor another spelling ("båtsmann", "båtsman": "-n"
/// is an ending only after a vowel or "r").
fn definite(doc: &Document<'_>, m: &Match) -> bool {
    let roles = &lexicon().roles;
    let word = doc.word(m.end() - 1);
    let same_role = |w: &str| roles.match_at(&[w][..], 0).is_some_and(|b| b.len == 1 && roles.key(&b) == roles.key(m));
    DEFINITE.iter().any(|e| {
        let Some(stem) = word.strip_suffix(e).filter(|s| s.chars().count() >= 4) else { return false };
        let mut shorter = stem.chars();
        let last = shorter.next_back();
        let after_vowel_or_r = last.is_some_and(|c| c == 'r' || crate::requirement::must_mention::is_vowel(c));
        (*e != "n" || after_vowel_or_r) && same_role(stem) && !same_role(shorter.as_str())
    })
}

impl SubjectMatcher {
    fn new(subject: &Subject, sector: Option<&str>) -> SubjectMatcher {
        let lx = lexicon();
        let role = |k: &String| Need {
            set: Set::Table(&lx.roles),
            keys: vec![k.clone()],
            roles: lx.role_includes.get(k).cloned().unwrap_or_default(),
            excludes: Vec::new(),
        };
        let fields = |f: &Vec<String>| Need {
            set: Set::Table(&lx.fields),
            keys: f.clone(),
            roles: f.iter().flat_map(|k| lx.role_fields.get(k).into_iter().flatten().cloned()).collect(),
            excludes: f.iter().flat_map(|k| lx.field_excludes.get(k).into_iter().flatten().cloned()).collect(),
        };
        // the recruiter's own words: all of them, or any one
        let terms = |t: &Vec<String>, any: bool, aliases: &[(String, String)]| Need {
            set: Set::Terms(crate::requirement::must_mention::term_set_with(t, aliases)),
            keys: if any { t.clone() } else { Vec::new() },
            roles: Vec::new(),
            excludes: Vec::new(),
        };
        let mut needs = match subject {
            Subject::Any | Subject::Relevant => Vec::new(),
            Subject::Role(k) => vec![role(k)],
            Subject::Fields(f) => vec![fields(f)],
            Subject::RoleIn(r, f) => vec![role(r), fields(f)],
            Subject::RoleWith(r, t, any) => vec![role(r), terms(t, *any, &[])],
            // the needed terms each, and one of the others
            Subject::Terms(t, true, aliases, needed) if !needed.is_empty() => {
                let others: Vec<String> = t.iter().filter(|x| !needed.contains(x)).cloned().collect();
                let one = |keys: Vec<String>| Need { keys, ..terms(t, true, aliases) };
                needed.iter().map(|n| one(vec![n.clone()])).chain([one(others)]).collect()
            }
            Subject::Terms(t, any, aliases, _) => vec![terms(t, *any, aliases)],
        };
        // the job entry names its sector ("Ternevika kommune")
        needs.extend(sector.map(|s| Need {
            set: Set::Table(&lx.sectors),
            keys: vec![s.to_string()],
            roles: Vec::new(),
            excludes: Vec::new(),
        }));
        SubjectMatcher { needs }
    }

    /// The first match in `range` of what is needed, if all of it is there.
    fn find(&self, doc: &Document<'_>, range: std::ops::Range<usize>) -> Option<Match> {
        let mut first = None;
        for need in &self.needs {
            let m = need.find(doc, range.clone())?;
            first.get_or_insert(m);
        }
        first
    }

    /// Any subject, or the subject: whether the clause has it.
    fn in_clause(&self, doc: &Document<'_>, range: std::ops::Range<usize>) -> Option<Match> {
        if self.needs.is_empty() {
            return Some(Match { key: 0, first: range.start, len: 0 });
        }
        self.find(doc, range)
    }

    /// The role a CV says its writer has had since a year, in the first
    /// person ("jag är leg sjuksköterska sen 2018", "jeg er sykepleier fra
    /// 2015") or first on its line and followed by "since" ("leg audionom
    /// sen 2019"), stated plainly (not studying, applied for or denied): a
    /// prose CV's jobs from that year on, told by their workplace, are in
    /// that role. Only for a role requirement; the month is January of the
    /// year.
    fn own_role(&self, ctx: &Ctx<'_, '_>) -> Option<(Match, Month)> {
        let [need] = self.needs.as_slice() else { return None };
        let lx = lexicon();
        if need.keys.is_empty() || !std::ptr::eq(&*need.set, &lx.roles) {
            return None;
        }
        let doc = ctx.doc;
        let line_start = |i: usize| i == 0 || doc.line_of(i - 1) != doc.line_of(i);
        (1..doc.word_count()).find_map(|i| {
            let me = matches!((doc.word(i - 1), doc.word(i)), ("jag", "är") | ("jeg" | "eg", "er") | ("i", "am"));
            let first = !me && line_start(i - 1);
            if !me && !first {
                return None;
            }
            let clause = ctx.clause(i, i + 1);
            let m = if me {
                need.find(doc, i + 1..(i + 4).min(clause.end))?
            } else {
                // at most two words before it ("leg", "autorisert"), then
                // "since" and a date (a closed range is no role held now)
                let m = need.find(doc, i - 1..(i + 2).min(clause.end))?;
                since_date(ctx, m.end(), clause.end)?;
                m
            };
            // "jag är leg sjuksköterska sen 2018": held since then
            let plain = matches!(ctx.state(m.first, m.end(), super::Scope::Awarded, &|_| false), State::Plain);
            let year = (m.end()..clause.end)
                .find_map(|k| doc.word(k).parse::<i32>().ok().filter(|y| (1950..=2100).contains(y)));
            year.filter(|_| plain).map(|y| (m, Month::new(y, 1)))
        })
    }

    /// "har ikke jobbet som sykepleier": the subject under a negation.
    fn negated(&self, ctx: &Ctx<'_, '_>) -> Option<Evidence> {
        let need = self.needs.first()?;
        let doc = ctx.doc;
        let exp = &lexicon().experience_words;
        for m in need.set.find_all(doc) {
            if !need.keys.is_empty() && !need.keys.iter().any(|k| need.set.key(&m) == k) {
                continue;
            }
            if let State::Negated(_) = ctx.state(m.first, m.end(), super::Scope::Clause, &|_| false) {
                let clause = ctx.clause(m.first, m.end());
                let about_work = exp.any_in(doc, clause.clone()) || clause.clone().any(|i| is_work_verb(doc, i));
                if about_work {
                    return Some(doc.evidence(clause.start, clause.end));
                }
            }
        }
        None
    }
}

/// A stated number of years: "6 års erfaring som elektriker", "over 5
/// years of experience as a developer".
fn stated_years(ctx: &Ctx<'_, '_>, subject: &SubjectMatcher) -> Option<(i32, Evidence)> {
    let lx = lexicon();
    let doc = ctx.doc;
    let mut best: Option<(i32, Evidence)> = None;
    for i in 0..doc.word_count() {
        let Some((months, y_end)) = years_at(doc, i) else { continue };
        let clause = ctx.clause(i, y_end);
        // "6 års erfaring …", or "har jobba som elektriker i 12 år"
        let window = y_end..(y_end + 4).min(clause.end);
        let worked = clause.clone().any(|w| is_work_verb(doc, w));
        if !lx.experience_words.any_in(doc, window) && !worked {
            continue;
        }
        if !matches!(ctx.state(i, y_end, super::Scope::Clause, &|_| false), State::Plain) {
            continue;
        }
        if subject.in_clause(doc, clause.clone()).is_none() {
            continue;
        }
        let ev = doc.evidence(clause.start, clause.end);
        if best.as_ref().is_none_or(|(b, _)| months > *b) {
            best = Some((months, ev));
        }
    }
    best
}

/// A tool or method the CV says it has used since a date, right after its
/// name on one line ("Revit siden 2015", "Autodesk Revit (daily since
/// 2016)"), stated plainly: the months from then to this month. Only for a
/// line in the recruiter's own words; a role's years are its jobs'.
fn stated_since(ctx: &Ctx<'_, '_>, subject: &SubjectMatcher) -> Option<(i32, Evidence)> {
    let (lx, doc) = (lexicon(), ctx.doc);
    let mut best: Option<(i32, Evidence)> = None;
    for s in lx.since.find_all(doc) {
        let Some(d) = since_date(ctx, s.first, ctx.clause(s.first, s.end()).end) else { continue };
        let line = doc.lines()[doc.line_of(s.first)].words();
        let Some(m) = subject.find(doc, s.first.saturating_sub(4).max(line.start)..s.first) else { continue };
        if !matches!(ctx.state(m.first, d.last, super::Scope::Clause, &|_| false), State::Plain) {
            continue;
        }
        let (from, until) = interval(&d, today_end(ctx));
        let months = until.0 - from.0;
        if months > 0 && best.as_ref().is_none_or(|(b, _)| months > *b) {
            best = Some((months, doc.evidence(m.first, d.last)));
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merges_overlaps() {
        let m = |y, mo| Month::new(y, mo);
        let merged = merge(vec![(m(2015, 1), m(2017, 1)), (m(2016, 6), m(2018, 1)), (m(2019, 1), m(2019, 7))]);
        assert_eq!(merged, [(m(2015, 1), m(2018, 1)), (m(2019, 1), m(2019, 7))]);
    }
}
