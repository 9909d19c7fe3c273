//! The `sikte` binary on hostile files (`tests/fixtures/hostile/`, generated
//! by `scripts/hostile/make_hostile.py`; its README says what each file is).
//!
//! Files named `safe-*` are readable CVs full of hostile strings: they may
//! pass. Every other file is broken, over a limit or not what its name says:
//! it must end as `review` with a warning that says why. The batch always
//! completes, every file is in the report once, the CSV is inert in a
//! spreadsheet, and the JSON is byte-identical across runs. How long each
//! file takes is printed (`cargo test -- --nocapture`), not asserted.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::{Mutex, MutexGuard};
use std::time::Instant;

use serde_json::Value;

const CVS: &str = "tests/fixtures/hostile/cvs";
const REQUIREMENTS: &str = "tests/fixtures/hostile/requirements.txt";
const TODAY: &str = "2026-11-27";

/// Non-safe files that may be read without a warning. Each must still be `review`.
const NO_WARNING_NEEDED: &[&str] = &[
    // The page tree claims /Count 5000 but holds one page; the CLI's reader
    // counts the real page and reads it (a CV with a licence only: review).
    "pages-claimed-5000.pdf",
];

/// One CLI run at a time: the runs read zip bombs and 500 kB of PDF text, and
/// in parallel on a small machine a debug build could reach the CLI's
/// per-file timeout, which would change the report.
static SERIAL: Mutex<()> = Mutex::new(());

fn serial() -> MutexGuard<'static, ()> {
    SERIAL.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn sikte_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_sikte")).current_dir(dir).args(args).output().expect("the binary runs")
}

fn screen(format: &str, paths: &[&str]) -> Output {
    let mut args = vec!["screen", "--requirements", REQUIREMENTS, "--today", TODAY, "--format", format];
    args.extend_from_slice(paths);
    sikte_in(&root(), &args)
}

/// The fixture files, sorted by name, hidden files left out (as the CLI does).
fn fixture_names() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(root().join(CVS))
        .expect("tests/fixtures/hostile/cvs exists (python3 scripts/hostile/make_hostile.py)")
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| !n.starts_with('.'))
        .collect();
    names.sort();
    names
}

fn name_of(candidate: &Value) -> &str {
    let file = candidate["file"].as_str().unwrap();
    file.rsplit('/').next().unwrap()
}

fn json(out: &Output) -> Value {
    assert_eq!(out.status.code(), Some(0), "exit status; stderr:\n{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("the report is JSON")
}

#[test]
fn every_hostile_file_is_reported_once_and_flagged_with_a_reason() {
    let _serial = serial();
    let started = Instant::now();
    let out = screen("json", &[CVS]);
    eprintln!("hostile batch: {} files in {:.2} s", fixture_names().len(), started.elapsed().as_secs_f64());
    let report = json(&out);
    assert_eq!(report["schema"], "sikte.report/1");
    let candidates = report["candidates"].as_array().unwrap();
    let mut reported: Vec<&str> = candidates.iter().map(name_of).collect();
    reported.sort();
    assert_eq!(reported, fixture_names(), "every file in the report exactly once");

    let mut failures = Vec::new();
    for c in candidates {
        let name = name_of(c);
        let warnings: Vec<&str> = c["warnings"].as_array().unwrap().iter().map(|w| w.as_str().unwrap()).collect();
        assert_eq!(c["verdicts"].as_array().unwrap().len(), 4, "{name}: one verdict per requirement");
        for v in c["verdicts"].as_array().unwrap() {
            if v["verdict"] == "met" {
                assert!(!v["evidence"].as_array().unwrap().is_empty(), "{name}: met without evidence");
            }
        }
        if name.starts_with("safe-") {
            continue;
        }
        if c["status"] != "review" {
            failures.push(format!("{name}: status {} (warnings {warnings:?})", c["status"]));
        }
        if warnings.iter().all(|w| w.trim().is_empty()) && !NO_WARNING_NEEDED.contains(&name) {
            failures.push(format!("{name}: no warning says why it is flagged"));
        }
    }
    assert!(failures.is_empty(), "hostile files not flagged as they must be:\n{}", failures.join("\n"));

    // A file read as what its bytes are, not what its name says, says so.
    let warning_of = |file: &str| {
        let c = candidates.iter().find(|c| name_of(c) == file).unwrap();
        c["warnings"].to_string()
    };
    assert!(warning_of("pdf-named.docx").contains("pdf"), "{}", warning_of("pdf-named.docx"));
    assert!(warning_of("docx-named.txt").contains("docx"), "{}", warning_of("docx-named.txt"));
    assert!(warning_of("encrypted-password.pdf").contains("encrypted"), "{}", warning_of("encrypted-password.pdf"));
    assert!(warning_of("image-only.pdf").contains("no text layer"), "{}", warning_of("image-only.pdf"));
}

#[test]
fn each_file_alone_gives_the_same_result_as_in_the_batch_and_its_time_is_printed() {
    let _serial = serial();
    let batch = json(&screen("json", &[CVS]));
    let mut times = Vec::new();
    for name in fixture_names() {
        let path = format!("{CVS}/{name}");
        let started = Instant::now();
        let out = screen("json", &[&path]);
        let took = started.elapsed();
        let alone = json(&out);
        let in_batch = batch["candidates"].as_array().unwrap().iter().find(|c| name_of(c) == name).unwrap();
        assert_eq!(&alone["candidates"][0], in_batch, "{name}: alone and in the batch differ");
        times.push((took, name));
    }
    times.sort();
    times.reverse();
    eprintln!("time per hostile file (whole CLI run, this build's profile), slowest first:");
    for (took, name) in &times {
        eprintln!("  {:>8.3} s  {name}", took.as_secs_f64());
    }
}

#[test]
fn safe_files_keep_their_hostile_strings_verbatim_in_valid_evidence() {
    let _serial = serial();
    let report = json(&screen("json", &[CVS]));
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
    // The quoted evidence is the CV's text, not an escaped or sanitised copy.
    let evidence = |file: &str, req: usize| -> String {
        let c = report["candidates"].as_array().unwrap().iter().find(|c| name_of(c) == file).unwrap();
        c["verdicts"][req]["evidence"].to_string()
    };
    let html = evidence("safe-html.txt", 0);
    assert!(html.contains("<img src=x onerror=alert(1)>"), "{html}");
    let formula = evidence("safe-formula.txt", 0);
    assert!(formula.contains("Førerkort klasse B"), "{formula}");
}

#[test]
fn csv_has_no_cell_a_spreadsheet_would_run() {
    let _serial = serial();
    let out = screen("csv", &[CVS]);
    assert_eq!(out.status.code(), Some(0));
    let csv = String::from_utf8(out.stdout).unwrap();
    let rows = parse_csv(&csv);
    assert_eq!(rows.len(), 1 + fixture_names().len(), "a header and one row per file");
    assert_inert(&rows);

    // File names are the cells a CV's author controls: give the CLI bare names
    // that are formulas (from inside their folder, so the cell starts with them).
    let dir = std::env::temp_dir().join(format!("sikte-hostile-csv-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let cv = std::fs::read(root().join(CVS).join("safe-formula.txt")).unwrap();
    let names = ["=HYPERLINK(1).txt", "+cmd.txt", "-2+3.txt", "@SUM(1).txt", "\tx.txt"];
    for n in names {
        std::fs::write(dir.join(n), &cv).unwrap();
    }
    let reqs = root().join(REQUIREMENTS);
    let mut args = vec!["screen", "-r", reqs.to_str().unwrap(), "--today", TODAY, "--format", "csv", "--"];
    args.extend(names);
    let out = sikte_in(&dir, &args);
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let rows = parse_csv(&String::from_utf8(out.stdout).unwrap());
    assert_eq!(rows.len(), 1 + names.len());
    for (row, name) in rows[1..].iter().zip(names) {
        assert_eq!(row[0], format!("'{name}"), "the file cell keeps the name behind a leading quote");
    }
    assert_inert(&rows);
}

fn assert_inert(rows: &[Vec<String>]) {
    for row in rows {
        for cell in row {
            assert!(!cell.starts_with(['=', '+', '-', '@', '\t', '\r']), "a spreadsheet would run this cell: {cell:?}");
        }
    }
}

/// RFC 4180: fields separated by commas, records by CRLF, quoted fields with
/// doubled quotes inside.
fn parse_csv(s: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut chars = s.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted = false,
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' if field.is_empty() => quoted = true,
            ',' => row.push(std::mem::take(&mut field)),
            '\r' if chars.peek() == Some(&'\n') => {
                chars.next();
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            _ => field.push(c),
        }
    }
    assert!(!quoted, "unterminated quoted field");
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows
}

#[test]
fn json_is_byte_identical_across_runs() {
    let _serial = serial();
    let a = screen("json", &[CVS]);
    let b = screen("json", &[CVS]);
    assert_eq!(a.status.code(), Some(0));
    assert!(!a.stdout.is_empty());
    assert!(a.stdout == b.stdout, "two runs on the hostile folder gave different JSON");
}
