//! The `sikte` binary on real files made for the project
//! (`tests/fixtures/cli/`, expected verdicts in `tests/fixtures/cli-expected.toml`).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde::Deserialize;
use serde_json::Value;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn sikte(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_sikte")).current_dir(root()).args(args).output().expect("the binary runs")
}

fn screen_fixtures(format: &str) -> Output {
    sikte(&[
        "screen",
        "--requirements",
        "tests/fixtures/cli-requirements.txt",
        "--today",
        "2026-11-27",
        "--format",
        format,
        "tests/fixtures/cli",
    ])
}

#[derive(Deserialize)]
struct Expected {
    files: BTreeMap<String, ExpectedFile>,
}

#[derive(Deserialize)]
struct ExpectedFile {
    status: String,
    req: BTreeMap<String, ExpectedVerdict>,
}

#[derive(Deserialize)]
struct ExpectedVerdict {
    verdict: String,
    #[serde(default)]
    evidence: Option<OneOrMany>,
    #[serde(default)]
    also_ok: Vec<String>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

fn expected() -> Expected {
    toml::from_str(&std::fs::read_to_string(root().join("tests/fixtures/cli-expected.toml")).unwrap()).unwrap()
}

#[test]
fn screens_the_fixture_folder_as_a_careful_recruiter_would() {
    let out = screen_fixtures("json");
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["schema"], "sikte.report/1");
    let expected = expected();
    let candidates = report["candidates"].as_array().unwrap();
    assert_eq!(candidates.len(), expected.files.len(), "every fixture file is in the report, none lost");
    let mut failures = Vec::new();
    for c in candidates {
        let file = c["file"].as_str().unwrap();
        let name = file.rsplit('/').next().unwrap();
        let want = &expected.files[name];
        if c["status"] != want.status.as_str() {
            failures.push(format!("{name}: status {} (expected {})", c["status"], want.status));
        }
        for (i, w) in &want.req {
            let v = &c["verdicts"][i.parse::<usize>().unwrap()];
            let got = v["verdict"].as_str().unwrap();
            if got != w.verdict && !w.also_ok.iter().any(|a| a == got) {
                failures.push(format!("{name} R{i}: {got} (expected {}): {}", w.verdict, v["explanation"]));
                continue;
            }
            if got == "met" {
                let wanted = match &w.evidence {
                    Some(OneOrMany::One(s)) => vec![s.clone()],
                    Some(OneOrMany::Many(v)) => v.clone(),
                    None => vec![],
                };
                let texts: Vec<String> =
                    v["evidence"].as_array().unwrap().iter().map(|e| flat(e["text"].as_str().unwrap())).collect();
                assert!(!texts.is_empty(), "{name} R{i}: met without evidence");
                for want in wanted {
                    if !texts.iter().any(|t| t.contains(&flat(&want))) {
                        failures.push(format!("{name} R{i}: no evidence contains {want:?}: {texts:?}"));
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{} differences:\n{}", failures.len(), failures.join("\n"));
}

/// Whitespace-insensitive text (line breaks in PDFs and tables vary).
fn flat(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn every_evidence_span_is_the_quoted_text() {
    let out = screen_fixtures("json");
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    for c in report["candidates"].as_array().unwrap() {
        let file = c["file"].as_str().unwrap();
        let bytes = std::fs::read(root().join(file)).unwrap();
        let text = sikte_extract::extract(file, &bytes, &sikte_extract::Limits::default()).text;
        for v in c["verdicts"].as_array().unwrap() {
            for e in v["evidence"].as_array().unwrap() {
                let (s, end) = (e["start"].as_u64().unwrap() as usize, e["end"].as_u64().unwrap() as usize);
                assert_eq!(text.get(s..end), e["text"].as_str(), "{file}: span {s}..{end}");
            }
        }
    }
}

#[test]
fn the_same_input_gives_byte_identical_json() {
    let a = screen_fixtures("json").stdout;
    let b = screen_fixtures("json").stdout;
    assert!(!a.is_empty());
    assert_eq!(a, b);
}

#[test]
fn hostile_files_end_as_review_with_a_warning() {
    let report: Value = serde_json::from_slice(&screen_fixtures("json").stdout).unwrap();
    for name in ["corrupt.docx", "zip-bomb.docx", "empty.txt", "scanned.pdf"] {
        let c = report["candidates"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["file"].as_str().unwrap().ends_with(name))
            .unwrap();
        assert_eq!(c["status"], "review", "{name}");
        assert!(!c["warnings"].as_array().unwrap().is_empty(), "{name} has no warning");
    }
    let scanned = report["candidates"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["file"].as_str().unwrap().ends_with("scanned.pdf"))
        .unwrap();
    assert!(scanned["warnings"][0].as_str().unwrap().contains("no text layer (scanned?)"), "{}", scanned["warnings"]);
}

#[test]
fn table_and_csv_outputs() {
    let table = String::from_utf8(screen_fixtures("table").stdout).unwrap();
    assert!(table.contains("meet all absolute requirements"), "{table}");
    assert!(table.contains("flagged for review"));
    let csv = String::from_utf8(screen_fixtures("csv").stdout).unwrap();
    let lines: Vec<&str> = csv.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert!(lines[0].starts_with("file,status,"), "{}", lines[0]);
    assert_eq!(lines.len(), 1 + expected().files.len());
}

#[test]
fn exit_status_two_on_bad_usage_or_unreadable_requirements() {
    assert_eq!(sikte(&["screen"]).status.code(), Some(2));
    assert_eq!(sikte(&["screen", "--requirements", "no/such/file.txt", "tests/fixtures/cli"]).status.code(), Some(2));
    assert_eq!(
        sikte(&["screen", "-r", "tests/fixtures/cli-requirements.txt", "--today", "27.11.2026", "x"]).status.code(),
        Some(2)
    );
}

#[test]
fn a_missing_file_is_reported_not_dropped_and_unsupported_files_are_listed() {
    let dir = std::env::temp_dir().join(format!("sikte-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("photo.png"), b"\x89PNG").unwrap();
    std::fs::write(dir.join("cv.txt"), "Førerkort klasse B").unwrap();
    let dir_s = dir.to_string_lossy().into_owned();
    let out = sikte(&["screen", "-r", "tests/fixtures/cli-requirements.txt", "--format", "json", &dir_s, "gone.pdf"]);
    assert_eq!(out.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("photo.png"), "{stderr}");
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let files: Vec<&str> =
        report["candidates"].as_array().unwrap().iter().map(|c| c["file"].as_str().unwrap()).collect();
    assert_eq!(files.len(), 2, "{files:?}");
    assert!(files[0].ends_with("/cv.txt"));
    assert_eq!(files[1], "gone.pdf");
    assert_eq!(report["candidates"][1]["status"], "review");
    std::fs::remove_dir_all(dir).unwrap();
}
