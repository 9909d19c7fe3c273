//! Core throughput, native: CVs screened per second against eight
//! requirements of eight kinds, next to one aho-corasick pass over the same
//! bytes with the lexicon's keywords (the practical floor for any screening
//! that has to look at every byte). A benchmark, not a test: it prints
//! medians and asserts nothing about time.
//!
//! Usage: cargo run --release -p sikte-bench -- [--runs 9] [--generated 300]
//!        [--corpus-out target/bench/core-corpus.json] [--json target/bench/results/core-native.json]
//!
//! It also writes the corpus it screened (requirements, "today" and every
//! CV text) to `--corpus-out`, so that `scripts/bench/wasm.mjs` screens the
//! very same texts in WebAssembly.

mod corpus;

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Instant;

use aho_corasick::{AhoCorasick, MatchKind};
use sikte::{Date, ExtractedText, Options, Status, VerdictKind};

/// Eight requirements, one of each kind a recruiter writes (and a manual one).
pub const REQUIREMENTS: &str = "Førerkort klasse B
Autorisasjon som sykepleier
Bachelor i sykepleie
Gode norskkunnskaper muntlig og skriftlig
Minst 3 års erfaring som sykepleier
Kurs i hjerte-lunge-redning (HLR)
Erfaring med DIPS eller Gerica
Politiattest må fremlegges før tiltredelse
";

const TODAY: &str = "2026-11-27";

/// The lexicon tables whose terms are looked for in CV text (not the ones
/// for requirement lines, the linter or job ads).
const LEXICON: &[&str] = &[
    include_str!("../../../src/lexicon/data/dates.txt"),
    include_str!("../../../src/lexicon/data/licence.txt"),
    include_str!("../../../src/lexicon/data/professions.txt"),
    include_str!("../../../src/lexicon/data/education.txt"),
    include_str!("../../../src/lexicon/data/languages.txt"),
    include_str!("../../../src/lexicon/data/certificates.txt"),
    include_str!("../../../src/lexicon/data/markers.txt"),
    include_str!("../../../src/lexicon/data/sections.txt"),
];

/// Every term of the tables, without its `*` marks, lower case; single
/// letters (licence classes) are left out, as a plain substring search for
/// them would match inside every word.
fn keywords() -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for table in LEXICON {
        for line in table.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') || line.starts_with('[') {
                continue;
            }
            let Some((_, terms)) = line.split_once(':') else { continue };
            for t in terms.split(',') {
                let t = t.replace('*', "").trim().to_lowercase();
                if t.chars().count() >= 2 {
                    out.push(t);
                }
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

fn arg(args: &[String], name: &str) -> Option<String> {
    args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned()
}

fn median(xs: &[f64]) -> f64 {
    let mut v = xs.to_vec();
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

/// The median over `runs` of one call of `f` (after one warm-up call), in seconds.
fn time(runs: usize, mut f: impl FnMut() -> usize) -> (f64, Vec<f64>) {
    black_box(f());
    let times: Vec<f64> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            black_box(f());
            t.elapsed().as_secs_f64()
        })
        .collect();
    (median(&times), times)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let runs: usize = arg(&args, "--runs").map_or(9, |s| s.parse().expect("--runs N"));
    let generated: usize = arg(&args, "--generated").map_or(300, |s| s.parse().expect("--generated N"));
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().expect("the repository");
    let corpus_out =
        arg(&args, "--corpus-out").map_or_else(|| root.join("target/bench/core-corpus.json"), PathBuf::from);
    let json_out = arg(&args, "--json").map(PathBuf::from);

    let mut docs = corpus::generate(generated);
    let eval = corpus::eval_set(&root);
    let n_eval = eval.len();
    docs.extend(eval);
    let texts: Vec<&str> = docs.iter().map(|(_, e)| e.text.as_str()).collect();
    let bytes: usize = texts.iter().map(|t| t.len()).sum();
    let mut lens: Vec<usize> = texts.iter().map(|t| t.len()).collect();
    lens.sort();

    let reqs = sikte::parse_requirements(REQUIREMENTS);
    assert_eq!(reqs.len(), 8);
    let options = Options::new(Date::parse(TODAY).expect("a date"));

    // the texts for the WebAssembly run
    let cvs: Vec<serde_json::Value> =
        docs.iter().map(|(name, e)| serde_json::json!({ "name": name, "text": e.text })).collect();
    let corpus_json = serde_json::json!({ "requirements": REQUIREMENTS, "today": TODAY, "lang": "en", "cvs": cvs });
    if let Some(dir) = corpus_out.parent() {
        std::fs::create_dir_all(dir).expect("the corpus folder");
    }
    std::fs::write(&corpus_out, serde_json::to_string(&corpus_json).expect("json")).expect("the corpus file");

    // what the core decides, so that one sees it does real work
    let report = sikte::screen(&reqs, &docs, &options);
    let passes = report.candidates.iter().filter(|c| c.status == Status::Pass).count();
    let mut per_kind = [0usize; 4]; // met, not_met, unclear, manual
    for c in &report.candidates {
        for v in &c.verdicts {
            per_kind[match v.verdict {
                VerdictKind::Met => 0,
                VerdictKind::NotMet => 1,
                VerdictKind::Unclear => 2,
                VerdictKind::Manual => 3,
            }] += 1;
        }
    }

    // 1. the core: requirements parsed once, every CV screened (document model + 8 rules)
    let (core, core_runs) =
        time(runs, || docs.iter().map(|(name, e)| sikte::screen_one(&reqs, name, e, &options).verdicts.len()).sum());
    // 2. as the page calls it, per file: parse the 8 lines, screen, serialise the candidate to JSON
    let (per_call, _) = time(runs, || {
        docs.iter()
            .map(|(name, e)| {
                let reqs = sikte::parse_requirements(REQUIREMENTS);
                let c = sikte::screen_one(&reqs, name, &ExtractedText::clone(e), &options);
                serde_json::to_string(&c).expect("json").len()
            })
            .sum()
    });
    // 3. the baseline: one aho-corasick pass (leftmost-longest, ASCII case folded) with every keyword
    let words = keywords();
    let t = Instant::now();
    let ac = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .ascii_case_insensitive(true)
        .build(&words)
        .expect("automaton");
    let build_ms = t.elapsed().as_secs_f64() * 1e3;
    let (baseline, _) = time(runs, || texts.iter().map(|t| ac.find_iter(t.as_bytes()).count()).sum());
    let matches: usize = texts.iter().map(|t| ac.find_iter(t.as_bytes()).count()).sum();
    // 4. the memory floor: memchr counting line breaks
    let (floor, _) = time(runs, || texts.iter().map(|t| memchr::memchr_iter(b'\n', t.as_bytes()).count()).sum());

    let n = docs.len();
    let ratio = core / baseline;
    println!("core, native (this machine, single thread), median of {runs} runs");
    println!(
        "  corpus: {n} CVs ({generated} generated, {n_eval} from eval/cvs), {:.1} MB, median {:.1} kB per CV (min {:.1}, max {:.1})",
        bytes as f64 / 1e6,
        lens[lens.len() / 2] as f64 / 1e3,
        lens[0] as f64 / 1e3,
        lens[lens.len() - 1] as f64 / 1e3
    );
    println!(
        "  requirements: 8 (licence, authorisation, education, language, experience, certificate, must-mention, manual); \
         verdicts: {} met, {} not met, {} unclear, {} manual; {passes} of {n} pass",
        per_kind[0], per_kind[1], per_kind[2], per_kind[3]
    );
    println!(
        "  core screen_one:            {:>9.0} CVs/s  ({:.0} µs per CV, {:.1} MB/s; runs {})",
        n as f64 / core,
        core / n as f64 * 1e6,
        bytes as f64 / core / 1e6,
        core_runs.iter().map(|t| format!("{:.0} ms", t * 1e3)).collect::<Vec<_>>().join(", ")
    );
    println!(
        "  per call as the page does:  {:>9.0} CVs/s  (parse 8 lines + screen + candidate JSON)",
        n as f64 / per_call
    );
    println!(
        "  baseline aho-corasick:      {:>9.0} CVs/s  ({:.1} MB/s; {} keywords, {matches} matches, built in {build_ms:.1} ms)",
        n as f64 / baseline,
        bytes as f64 / baseline / 1e6,
        words.len()
    );
    println!(
        "  floor memchr('\\n'):         {:>9.0} CVs/s  ({:.0} MB/s)",
        n as f64 / floor,
        bytes as f64 / floor / 1e6
    );
    println!("  core / baseline: {ratio:.1}× the baseline's time (goal: within 10×)");
    println!("  corpus written to {}", corpus_out.display());

    if let Some(path) = json_out {
        let result = serde_json::json!({
            "cvs": n, "generated": generated, "eval": n_eval, "bytes": bytes, "runs": runs,
            "median_kb": lens[lens.len() / 2] as f64 / 1e3,
            "core_cvs_per_s": n as f64 / core, "core_us_per_cv": core / n as f64 * 1e6,
            "per_call_cvs_per_s": n as f64 / per_call,
            "baseline_cvs_per_s": n as f64 / baseline, "baseline_mb_per_s": bytes as f64 / baseline / 1e6,
            "keywords": words.len(), "memchr_mb_per_s": bytes as f64 / floor / 1e6,
            "ratio": ratio, "passes": passes,
        });
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).expect("the results folder");
        }
        std::fs::write(&path, serde_json::to_string_pretty(&result).expect("json")).expect("the results file");
    }
}
