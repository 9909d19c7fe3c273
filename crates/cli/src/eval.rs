//! `sikte eval`: how right Sikte is on a hand-labelled set of CVs, and whether
//! it survives a corpus of real files.
//!
//! ```text
//! sikte eval [DIR] [--corpus PATH] [--min-precision 1.0] [--max-false-review 0.05] [--format text|json]
//! ```
//!
//! `DIR` (default `eval`) holds `jobs/*.toml`: a job's requirement lines and
//! its candidates, each a CV file (relative to `DIR`) with one label per line
//! (`met`, `not_met`, `unclear`, `manual`), written by hand as a careful
//! recruiter concludes (format: `eval/README.md`). Every CV is screened as
//! `sikte screen` screens it: the same extraction, the same core, with the
//! job's `today`.
//!
//! Metrics, overall and per CV language, file format, layout and job:
//!
//! - **truly qualified**: every label that is not `manual` is `met`.
//! - **pass precision** = truly qualified among the `pass` candidates / `pass`
//!   candidates. It must be 100 %: a `pass` for someone who misses a
//!   requirement is the one error a recruiter never sees. With no `pass` at
//!   all it is shown as "–" and counts as 100 %.
//! - **false review rate** = truly qualified candidates flagged `review` /
//!   truly qualified candidates: the work Sikte's caution leaves to people.
//! - Per requirement kind (as Sikte reads the line): the confusion table of
//!   label × verdict and its accuracy (agreements / labels); per requirement
//!   line: its accuracy; lines Sikte reads as another kind than the set's
//!   optional `kinds` say.
//! - Every disagreement: file, requirement, label, verdict and the verdict's
//!   explanation, so that a developer can fix the rule.
//!
//! Exit status: 1 when the overall pass precision is below
//! `--min-precision`, the overall false review rate is above
//! `--max-false-review`, or a corpus file crashed or was lost; 0 otherwise; 2 on bad usage or a malformed set.
//!
//! With `--corpus PATH`, every PDF, DOCX, ODT, TXT, MD, JSON and XML file under
//! `PATH/cvs` is also read and screened against every job's requirements,
//! with its format, extraction warnings, readability, text length and verdict
//! counts, ending in "corpus: N files, C crashes, L lost". A crash is a panic
//! in extraction or screening (caught); a lost file is one missing from a
//! job's report (a crashed file is lost too).
//!
//! Job files are TOML, read with the `toml` crate; unknown keys are errors.

use std::collections::BTreeMap;
use std::io::Write;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{ensure, Context, Result};
use clap::ValueEnum;
use serde_json::{json, Value as Json};
use sikte::{Candidate, Date, ExtractedText, Options, Requirement, Status, VerdictKind};
use sikte_extract::Limits;

#[derive(clap::Args)]
pub struct EvalArgs {
    /// The evaluation set: a folder with `jobs/*.toml` and the CVs they name.
    #[arg(default_value = "eval")]
    pub dir: PathBuf,
    /// Also screen every CV under PATH/cvs (e.g. ../shared/corpus) for crashes and lost files.
    #[arg(long, value_name = "PATH")]
    pub corpus: Option<PathBuf>,
    /// Exit with status 1 when the pass precision is below this (0–1).
    #[arg(long, default_value_t = 1.0)]
    pub min_precision: f64,
    /// Exit with status 1 when the false review rate is above this (0–1).
    #[arg(long, default_value_t = 0.05)]
    pub max_false_review: f64,
    /// Output format.
    #[arg(long, short, value_enum, default_value_t = EvalFormat::Text)]
    pub format: EvalFormat,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum EvalFormat {
    Text,
    Json,
}

const VERDICTS: [VerdictKind; 4] = [VerdictKind::Met, VerdictKind::NotMet, VerdictKind::Unclear, VerdictKind::Manual];
const CORPUS_FORMATS: [&str; 7] = ["pdf", "docx", "odt", "txt", "md", "json", "xml"];

struct Job {
    slug: String,
    today: Date,
    requirements: Vec<Requirement>,
    /// The kind the set gives each line; empty when the file has none.
    kinds: Vec<String>,
    cases: Vec<Case>,
}

struct Case {
    file: String,
    lang: String,
    format: String,
    layout: String,
    labels: Vec<VerdictKind>,
}

impl Case {
    fn truly_qualified(&self) -> bool {
        self.labels.iter().all(|l| matches!(l, VerdictKind::Met | VerdictKind::Manual))
    }
}

/// One screened case.
struct Outcome<'a> {
    job: &'a Job,
    case: &'a Case,
    candidate: Candidate,
}

pub fn run(args: &EvalArgs) -> Result<()> {
    ensure!((0.0..=1.0).contains(&args.min_precision), "--min-precision must be between 0 and 1");
    ensure!((0.0..=1.0).contains(&args.max_false_review), "--max-false-review must be between 0 and 1");
    let started = Instant::now();
    let jobs = load_jobs(&args.dir)?;
    let outcomes: Vec<Outcome> =
        jobs.iter().flat_map(|job| job.cases.iter().map(move |case| screen_case(&args.dir, job, case))).collect();
    let overall = Group::of(outcomes.iter());
    let ok = overall.precision().unwrap_or(1.0) >= args.min_precision
        && overall.false_review_rate().unwrap_or(0.0) <= args.max_false_review;
    let corpus = args.corpus.as_deref().map(|p| run_corpus(p, &jobs));
    let ok = ok && corpus.as_ref().is_none_or(|c| c.crashes() == 0 && c.lost() == 0);
    let out = match args.format {
        EvalFormat::Text => text_report(args, &jobs, &outcomes, corpus.as_ref(), ok),
        EvalFormat::Json => {
            serde_json::to_string_pretty(&json_report(args, &jobs, &outcomes, corpus.as_ref(), ok))? + "\n"
        }
    };
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(out.as_bytes()).context("cannot write the output")?;
    stdout.flush().context("cannot write the output")?;
    eprintln!("sikte: eval took {:.1} s", started.elapsed().as_secs_f64());
    if !ok {
        std::process::exit(1);
    }
    Ok(())
}

fn screen_case<'a>(dir: &Path, job: &'a Job, case: &'a Case) -> Outcome<'a> {
    let extracted = read(&dir.join(&case.file));
    let candidate = sikte::screen_one(&job.requirements, &case.file, &extracted, &Options::new(job.today));
    Outcome { job, case, candidate }
}

/// Read and extract one file as `sikte screen` does (without its time limit).
fn read(path: &Path) -> ExtractedText {
    match std::fs::read(path) {
        Ok(bytes) => sikte_extract::extract(&path.to_string_lossy(), &bytes, &Limits::default()),
        Err(e) => ExtractedText::unreadable(sikte::Note::new("warning.read_failed", &[("why", e.to_string())])),
    }
}

// ---- figures ---------------------------------------------------------------

#[derive(Default)]
struct Group {
    candidates: usize,
    truly: usize,
    pass: usize,
    false_pass: usize,
    flagged_truly: usize,
}

impl Group {
    fn of<'a, 'b: 'a>(outcomes: impl Iterator<Item = &'a Outcome<'b>>) -> Group {
        let mut g = Group::default();
        for o in outcomes {
            let truly = o.case.truly_qualified();
            let pass = o.candidate.status == Status::Pass;
            g.candidates += 1;
            g.truly += usize::from(truly);
            g.pass += usize::from(pass);
            g.false_pass += usize::from(pass && !truly);
            g.flagged_truly += usize::from(truly && !pass);
        }
        g
    }

    fn precision(&self) -> Option<f64> {
        (self.pass > 0).then(|| (self.pass - self.false_pass) as f64 / self.pass as f64)
    }

    fn false_review_rate(&self) -> Option<f64> {
        (self.truly > 0).then(|| self.flagged_truly as f64 / self.truly as f64)
    }
}

/// The groups reported: overall, then by CV language, file format, layout and job.
fn groups<'a>(outcomes: &'a [Outcome<'a>]) -> Vec<(&'static str, String, Group)> {
    type Key = fn(&Outcome) -> String;
    let dims: [(&str, Key); 4] = [
        ("language", |o| o.case.lang.clone()),
        ("format", |o| o.case.format.clone()),
        ("layout", |o| o.case.layout.clone()),
        ("job", |o| o.job.slug.clone()),
    ];
    let mut out = vec![("overall", String::new(), Group::of(outcomes.iter()))];
    for (by, key) in dims {
        let mut keys: Vec<String> = outcomes.iter().map(key).collect();
        keys.sort();
        keys.dedup();
        for k in keys {
            out.push((by, k.clone(), Group::of(outcomes.iter().filter(|o| key(o) == k))));
        }
    }
    out
}

/// Label × verdict counts per requirement kind (as Sikte reads the line).
fn confusion(outcomes: &[Outcome]) -> BTreeMap<&'static str, [[usize; 4]; 4]> {
    let mut tables: BTreeMap<&'static str, [[usize; 4]; 4]> = BTreeMap::new();
    for o in outcomes {
        for (req, (label, verdict)) in o.job.requirements.iter().zip(o.case.labels.iter().zip(&o.candidate.verdicts)) {
            tables.entry(req.kind.name()).or_default()[index(*label)][index(verdict.verdict)] += 1;
        }
    }
    tables
}

fn index(v: VerdictKind) -> usize {
    VERDICTS.iter().position(|&x| x == v).expect("every verdict kind is listed")
}

struct Disagreement<'a> {
    job: &'a Job,
    file: &'a str,
    req: &'a Requirement,
    label: VerdictKind,
    verdict: VerdictKind,
    explanation: &'a str,
}

fn disagreements<'a>(outcomes: &'a [Outcome<'a>]) -> Vec<Disagreement<'a>> {
    let mut out = Vec::new();
    for o in outcomes {
        for (req, (label, v)) in o.job.requirements.iter().zip(o.case.labels.iter().zip(&o.candidate.verdicts)) {
            if *label != v.verdict {
                out.push(Disagreement {
                    job: o.job,
                    file: &o.case.file,
                    req,
                    label: *label,
                    verdict: v.verdict,
                    explanation: &v.explanation,
                });
            }
        }
    }
    out
}

/// Per requirement line: (job, requirement, agreements, labels).
fn per_line<'a>(jobs: &'a [Job], outcomes: &[Outcome]) -> Vec<(&'a Job, &'a Requirement, usize, usize)> {
    let mut out = Vec::new();
    for job in jobs {
        for (i, req) in job.requirements.iter().enumerate() {
            let mine = outcomes.iter().filter(|o| std::ptr::eq(o.job, job));
            let (agree, total) = mine.fold((0, 0), |(a, t), o| {
                (a + usize::from(o.case.labels[i] == o.candidate.verdicts[i].verdict), t + 1)
            });
            out.push((job, req, agree, total));
        }
    }
    out
}

/// Lines the set labels as one kind and Sikte reads as another.
fn kind_mismatches(jobs: &[Job]) -> Vec<(&Job, &Requirement, &str)> {
    let mut out = Vec::new();
    for job in jobs {
        for (req, kind) in job.requirements.iter().zip(&job.kinds) {
            if req.kind.name() != kind {
                out.push((job, req, kind.as_str()));
            }
        }
    }
    out
}

// ---- corpus ----------------------------------------------------------------

struct CorpusFile {
    path: String,
    /// None when extraction or screening panicked.
    read: Option<CorpusRead>,
    lost: bool,
}

struct CorpusRead {
    format: String,
    readable: bool,
    chars: usize,
    warnings: Vec<String>,
    /// Verdict counts over every job's requirements, in `VERDICTS` order.
    verdicts: [usize; 4],
    pass: usize,
}

struct Corpus {
    path: PathBuf,
    present: bool,
    files: Vec<CorpusFile>,
    skipped: BTreeMap<String, usize>,
}

fn run_corpus(path: &Path, jobs: &[Job]) -> Corpus {
    let mut corpus =
        Corpus { path: path.to_path_buf(), present: path.is_dir(), files: Vec::new(), skipped: BTreeMap::new() };
    if !corpus.present {
        return corpus;
    }
    let mut paths = Vec::new();
    walk(&path.join("cvs"), &mut paths);
    for p in paths {
        let ext = p.extension().map(|e| e.to_string_lossy().to_lowercase()).unwrap_or_default();
        if !CORPUS_FORMATS.contains(&ext.as_str()) {
            *corpus.skipped.entry(if ext.is_empty() { "(none)".into() } else { ext }).or_default() += 1;
            continue;
        }
        let name = p.strip_prefix(path).unwrap_or(&p).to_string_lossy().replace('\\', "/");
        let result = catch_unwind(AssertUnwindSafe(|| {
            let extracted = read(&p);
            let reports: Vec<sikte::Report> = jobs
                .iter()
                .map(|j| sikte::screen(&j.requirements, &[(name.clone(), extracted.clone())], &Options::new(j.today)))
                .collect();
            (extracted, reports)
        }));
        let file = match result {
            Err(_) => CorpusFile { path: name, read: None, lost: true },
            Ok((extracted, reports)) => {
                let lost = reports.iter().any(|r| r.candidates.len() != 1);
                let mut verdicts = [0; 4];
                let cands = reports.iter().flat_map(|r| &r.candidates);
                for v in cands.clone().flat_map(|c| &c.verdicts) {
                    verdicts[index(v.verdict)] += 1;
                }
                let read = CorpusRead {
                    format: sikte_extract::Format::sniff(&std::fs::read(&p).unwrap_or_default())
                        .or_else(|| sikte_extract::Format::from_name(&name))
                        .map_or("?", |f| f.name())
                        .to_string(),
                    readable: extracted.readable,
                    chars: extracted.text.chars().count(),
                    warnings: extracted.warnings.iter().map(|w| w.to_string()).collect(),
                    verdicts,
                    pass: cands.filter(|c| c.status == Status::Pass).count(),
                };
                CorpusFile { path: name, read: Some(read), lost }
            }
        };
        corpus.files.push(file);
    }
    corpus
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else { return };
    let mut entries: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            walk(&p, out);
        } else {
            out.push(p);
        }
    }
}

impl Corpus {
    fn crashes(&self) -> usize {
        self.files.iter().filter(|f| f.read.is_none()).count()
    }

    fn lost(&self) -> usize {
        self.files.iter().filter(|f| f.lost).count()
    }

    fn summary(&self) -> String {
        if !self.present {
            return format!("corpus not present at {}; skipped", self.path.display());
        }
        format!("corpus: {} files, {} crashes, {} lost", self.files.len(), self.crashes(), self.lost())
    }
}

// ---- text output -----------------------------------------------------------

fn pct(x: Option<f64>) -> String {
    x.map_or("–".into(), |x| format!("{:.1} %", 100.0 * x))
}

fn text_report(args: &EvalArgs, jobs: &[Job], outcomes: &[Outcome], corpus: Option<&Corpus>, ok: bool) -> String {
    let mut s = String::new();
    let labels: usize = outcomes.iter().map(|o| o.case.labels.len()).sum();
    s += &format!(
        "Sikte evaluation of {}: {} jobs, {} candidates, {} labels\n\n",
        args.dir.display(),
        jobs.len(),
        outcomes.len(),
        labels
    );
    s += &format!(
        "{:<32} {:>6} {:>6} {:>6} {:>15} {:>22}\n",
        "", "CVs", "truly", "pass", "pass precision", "false review rate"
    );
    let mut last = "";
    for (by, key, g) in groups(outcomes) {
        if by != last && by != "overall" {
            s.push('\n');
        }
        last = by;
        let fr = format!("{} ({}/{})", pct(g.false_review_rate()), g.flagged_truly, g.truly);
        s += &format!(
            "{:<32} {:>6} {:>6} {:>6} {:>15} {:>22}\n",
            format!("{by} {key}").trim_end(),
            g.candidates,
            g.truly,
            g.pass,
            pct(g.precision()),
            fr
        );
    }
    let false_passes: Vec<&Outcome> =
        outcomes.iter().filter(|o| o.candidate.status == Status::Pass && !o.case.truly_qualified()).collect();
    if !false_passes.is_empty() {
        s += "\nFALSE PASS (shown as meeting everything, but a requirement is not met):\n";
        for o in false_passes {
            s += &format!("  {}\n", o.case.file);
        }
    }

    s += "\nPer requirement kind: label (rows) × Sikte's verdict (columns)\n";
    for (kind, t) in confusion(outcomes) {
        let total: usize = t.iter().flatten().sum();
        let agree: usize = (0..4).map(|i| t[i][i]).sum();
        s += &format!("\n{kind}: {agree}/{total} agree ({})\n", pct(Some(agree as f64 / total as f64)));
        s += &format!("  {:<10}", "");
        for v in VERDICTS {
            s += &format!(" {:>8}", v.name());
        }
        s.push('\n');
        for (i, row) in t.iter().enumerate() {
            if row.iter().sum::<usize>() > 0 {
                s += &format!("  {:<10}", VERDICTS[i].name());
                for n in row {
                    s += &format!(" {n:>8}");
                }
                s.push('\n');
            }
        }
    }

    s += "\nPer requirement line: agreements / labels\n";
    for (job, req, agree, total) in per_line(jobs, outcomes) {
        s += &format!(
            "  {:>3}/{:<3} {:<20} R{} {:<14} {}\n",
            agree,
            total,
            job.slug,
            req.index + 1,
            req.kind.name(),
            req.text
        );
    }
    let mismatches = kind_mismatches(jobs);
    if !mismatches.is_empty() {
        s += "\nLines Sikte reads as another kind than the set says:\n";
        for (job, req, kind) in mismatches {
            s += &format!(
                "  {} R{} \"{}\": labelled {kind}, read as {}\n",
                job.slug,
                req.index + 1,
                req.text,
                req.kind.name()
            );
        }
    }

    let ds = disagreements(outcomes);
    s += &format!("\nDisagreements ({}):\n", ds.len());
    for d in &ds {
        s += &format!(
            "  {}  R{} {} \"{}\": label {}, verdict {} — {}\n",
            d.file,
            d.req.index + 1,
            d.req.kind.name(),
            d.req.text,
            d.label.name(),
            d.verdict.name(),
            d.explanation
        );
    }

    if let Some(c) = corpus.filter(|c| !c.present) {
        s += &format!("\n{}\n", c.summary());
    }
    if let Some(c) = corpus.filter(|c| c.present) {
        s += "\nCorpus (every file screened against every job's requirements):\n";
        for f in &c.files {
            match &f.read {
                None => s += &format!("  {}  CRASH (panic in extraction or screening)\n", f.path),
                Some(r) => {
                    s += &format!(
                        "  {}  {} {} {} chars  met {} not_met {} unclear {} manual {}  pass {}/{}{}{}\n",
                        f.path,
                        r.format,
                        if r.readable { "readable" } else { "UNREADABLE" },
                        r.chars,
                        r.verdicts[0],
                        r.verdicts[1],
                        r.verdicts[2],
                        r.verdicts[3],
                        r.pass,
                        jobs.len(),
                        if f.lost { "  LOST" } else { "" },
                        r.warnings.iter().map(|w| format!("\n      warning: {w}")).collect::<String>()
                    )
                }
            }
        }
        if !c.skipped.is_empty() {
            let list: Vec<String> = c.skipped.iter().map(|(ext, n)| format!("{n} .{ext}")).collect();
            s += &format!("  skipped (not a CV format Sikte reads): {}\n", list.join(", "));
        }
        s += &format!("{}\n", c.summary());
    }

    s += &format!(
        "\n{}: pass precision {} (minimum {}), false review rate {} (maximum {})\n",
        if ok { "OK" } else { "FAILED" },
        pct(Group::of(outcomes.iter()).precision()),
        pct(Some(args.min_precision)),
        pct(Group::of(outcomes.iter()).false_review_rate()),
        pct(Some(args.max_false_review))
    );
    s
}

// ---- JSON output -----------------------------------------------------------

fn json_report(args: &EvalArgs, jobs: &[Job], outcomes: &[Outcome], corpus: Option<&Corpus>, ok: bool) -> Json {
    let groups: Vec<Json> = groups(outcomes)
        .into_iter()
        .map(|(by, key, g)| {
            json!({
                "by": by, "key": key, "candidates": g.candidates, "truly_qualified": g.truly, "pass": g.pass,
                "false_pass": g.false_pass, "pass_precision": g.precision(),
                "flagged_qualified": g.flagged_truly, "false_review_rate": g.false_review_rate(),
            })
        })
        .collect();
    let kinds: Vec<Json> = confusion(outcomes)
        .into_iter()
        .map(|(kind, t)| {
            let table: serde_json::Map<String, Json> = VERDICTS
                .iter()
                .zip(t)
                .map(|(label, row)| {
                    let cells: serde_json::Map<String, Json> =
                        VERDICTS.iter().zip(row).map(|(v, n)| (v.name().to_string(), json!(n))).collect();
                    (label.name().to_string(), Json::Object(cells))
                })
                .collect();
            let total: usize = t.iter().flatten().sum();
            let agree: usize = (0..4).map(|i| t[i][i]).sum();
            json!({"kind": kind, "labels": total, "agree": agree, "confusion": table})
        })
        .collect();
    let lines: Vec<Json> = per_line(jobs, outcomes)
        .into_iter()
        .map(|(job, req, agree, total)| {
            json!({"job": job.slug, "requirement": req.index + 1, "text": req.text, "kind": req.kind.name(),
                   "labelled_kind": job.kinds.get(req.index), "agree": agree, "labels": total})
        })
        .collect();
    let ds: Vec<Json> = disagreements(outcomes)
        .iter()
        .map(|d| {
            json!({"job": d.job.slug, "file": d.file, "requirement": d.req.index + 1, "text": d.req.text,
                   "kind": d.req.kind.name(), "label": d.label.name(), "verdict": d.verdict.name(),
                   "explanation": d.explanation})
        })
        .collect();
    let corpus = corpus.map(|c| {
        let files: Vec<Json> = c
            .files
            .iter()
            .map(|f| match &f.read {
                None => json!({"path": f.path, "crash": true, "lost": f.lost}),
                Some(r) => json!({
                    "path": f.path, "crash": false, "lost": f.lost, "format": r.format, "readable": r.readable,
                    "chars": r.chars, "warnings": r.warnings, "pass": r.pass,
                    "verdicts": {"met": r.verdicts[0], "not_met": r.verdicts[1], "unclear": r.verdicts[2],
                                 "manual": r.verdicts[3]},
                }),
            })
            .collect();
        json!({"path": c.path.to_string_lossy(), "present": c.present, "files": files, "skipped": c.skipped,
               "crashes": c.crashes(), "lost": c.lost(), "summary": c.summary()})
    });
    json!({
        "schema": "sikte.eval/1",
        "dir": args.dir.to_string_lossy(),
        "jobs": jobs.len(),
        "candidates": outcomes.len(),
        "groups": groups,
        "kinds": kinds,
        "requirements": lines,
        "disagreements": ds,
        "corpus": corpus,
        "thresholds": {"min_precision": args.min_precision, "max_false_review": args.max_false_review},
        "ok": ok,
    })
}

// ---- job files ---------------------------------------------------------------

fn load_jobs(dir: &Path) -> Result<Vec<Job>> {
    let jobs_dir = dir.join("jobs");
    let rd = std::fs::read_dir(&jobs_dir).with_context(|| format!("cannot read {}", jobs_dir.display()))?;
    let mut paths: Vec<PathBuf> =
        rd.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|e| e == "toml")).collect();
    paths.sort();
    ensure!(!paths.is_empty(), "{} has no job files (*.toml)", jobs_dir.display());
    paths.iter().map(|p| load_job(p).with_context(|| format!("in {}", p.display()))).collect()
}

/// A job file as written (format: `eval/README.md`); unknown keys are errors.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct JobFile {
    #[allow(dead_code)]
    job: String,
    #[allow(dead_code)]
    lang: String,
    #[allow(dead_code)]
    profession: Option<String>,
    today: String,
    requirements: Vec<String>,
    #[serde(default)]
    kinds: Vec<String>,
    #[serde(default)]
    candidate: Vec<CaseFile>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct CaseFile {
    file: String,
    lang: String,
    format: String,
    layout: String,
    labels: Vec<String>,
    truly_meets_all: Option<bool>,
    #[allow(dead_code)]
    why: Option<String>,
}

fn load_job(path: &Path) -> Result<Job> {
    let text = std::fs::read_to_string(path).context("cannot read the file as UTF-8 text")?;
    let file: JobFile = toml::from_str(&text)?;
    let today = Date::parse(&file.today).context("`today` is not a YYYY-MM-DD date")?;
    let lines = file.requirements;
    let requirements = sikte::parse_requirements(&lines.join("\n"));
    ensure!(requirements.len() == lines.len(), "a requirement line is empty or starts with '#'");
    let kinds = file.kinds;
    ensure!(kinds.is_empty() || kinds.len() == lines.len(), "`kinds` has {} entries, not {}", kinds.len(), lines.len());
    let cases = file
        .candidate
        .into_iter()
        .enumerate()
        .map(|(n, c)| load_case(c, lines.len()).with_context(|| format!("candidate {}", n + 1)))
        .collect::<Result<Vec<_>>>()?;
    let slug = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    Ok(Job { slug, today, requirements, kinds, cases })
}

fn load_case(c: CaseFile, n: usize) -> Result<Case> {
    let labels = c
        .labels
        .iter()
        .map(|l| VERDICTS.into_iter().find(|v| v.name() == l).with_context(|| format!("unknown label {l:?}")))
        .collect::<Result<Vec<_>>>()?;
    ensure!(labels.len() == n, "{} labels for {n} requirement lines", labels.len());
    let case = Case { file: c.file, lang: c.lang, format: c.format, layout: c.layout, labels };
    if let Some(b) = c.truly_meets_all {
        ensure!(b == case.truly_qualified(), "truly_meets_all = {b} contradicts the labels");
    }
    Ok(case)
}
