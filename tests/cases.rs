//! Runs every case in `tests/data/cases/*.toml` and every line in
//! `tests/data/requirements.toml`, and reports all failures at once.

use std::path::Path;

use serde::Deserialize;
use sikte::{parse_requirements, screen, Date, ExtractedText, Options};

const DEFAULT_TODAY: &str = "2026-11-27";

#[derive(Deserialize)]
struct CaseFile {
    case: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    name: String,
    requirement: String,
    cv: String,
    verdict: String,
    #[serde(default)]
    evidence: Vec<String>,
    today: Option<String>,
}

/// Check one case; `Err` says what is wrong.
fn check(kind: &str, case: &Case) -> Result<(), String> {
    let today = Date::parse(case.today.as_deref().unwrap_or(DEFAULT_TODAY)).ok_or("bad `today`")?;
    let reqs = parse_requirements(&case.requirement);
    if reqs.len() != 1 {
        return Err(format!("{} requirement lines, expected 1", reqs.len()));
    }
    if kind != "document" && reqs[0].kind.name() != kind {
        return Err(format!("parsed as {}, expected {kind}", reqs[0].kind.name()));
    }
    let doc = ExtractedText::readable(case.cv.clone());
    let report = screen(&reqs, &[("cv.txt".into(), doc)], &Options::new(today));
    let v = &report.candidates[0].verdicts[0];
    for e in &v.evidence {
        let span = case
            .cv
            .get(e.start..e.end)
            .ok_or_else(|| format!("evidence {}..{} is not a valid span", e.start, e.end))?;
        if span != e.text {
            return Err(format!("evidence text {:?} differs from the span {:?}", e.text, span));
        }
    }
    if v.verdict.name() != case.verdict {
        return Err(format!(
            "verdict {} (expected {}): {} [interpreted as: {}]",
            v.verdict.name(),
            case.verdict,
            v.explanation,
            report.requirements[0].interpretation
        ));
    }
    if case.verdict == "met" && v.evidence.is_empty() {
        return Err("met without evidence".into());
    }
    for want in &case.evidence {
        if !v.evidence.iter().any(|e| e.text.contains(want.as_str())) {
            let got: Vec<&str> = v.evidence.iter().map(|e| e.text.as_str()).collect();
            return Err(format!("no evidence contains {want:?}; evidence: {got:?}"));
        }
    }
    Ok(())
}

fn run_file(kind: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/data/cases/{kind}.toml"));
    let source = std::fs::read_to_string(&path).expect("case file");
    let file: CaseFile = toml::from_str(&source).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut failures = Vec::new();
    for case in &file.case {
        if let Err(why) = check(kind, case) {
            failures.push(format!("  {}: {why}", case.name));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases in {kind}.toml failed:\n{}",
        failures.len(),
        file.case.len(),
        failures.join("\n")
    );
}

#[test]
fn driving_licence() {
    run_file("driving_licence");
}

#[test]
fn authorisation() {
    run_file("authorisation");
}

#[test]
fn education() {
    run_file("education");
}

#[test]
fn language() {
    run_file("language");
}

#[test]
fn experience() {
    run_file("experience");
}

#[test]
fn hours() {
    run_file("hours");
}

#[test]
fn certificate() {
    run_file("certificate");
}

#[test]
fn must_mention() {
    run_file("must_mention");
}

#[test]
fn manual() {
    run_file("manual");
}

#[test]
fn document() {
    run_file("document");
}

#[derive(Deserialize)]
struct LineFile {
    line: Vec<Line>,
}

#[derive(Deserialize)]
struct Line {
    text: String,
    kind: String,
}

#[test]
fn requirement_lines() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/requirements.toml");
    let file: LineFile = toml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let mut failures = Vec::new();
    for line in &file.line {
        let reqs = parse_requirements(&line.text);
        let got = reqs.first().map_or("none", |r| r.kind.name());
        if got != line.kind {
            failures.push(format!(
                "  {:?}: {got}, expected {} ({})",
                line.text,
                line.kind,
                reqs[0].interpretation(sikte::Lang::En)
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} lines parsed wrong:\n{}",
        failures.len(),
        file.line.len(),
        failures.join("\n")
    );
}
