//! `sikte verify`: the audit log's hash chain (docs/audit-log.md) and
//! re-screening. The logs are written here, entry by entry, in the
//! documented canonical form: keys in the documented order, no spaces,
//! JSON.stringify's escapes, `hash` = SHA-256 of the entry without it.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde::Serialize;
use sha2::{Digest, Sha256};
use sikte::{Date, Options};
use sikte_extract::Limits;

fn sikte(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_sikte")).args(args).output().expect("the binary runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

fn tmp(name: &str) -> PathBuf {
    let p = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&p);
    std::fs::create_dir_all(&p).unwrap();
    p
}

/// An entry: the common fields, then the type's own, in documented order.
#[derive(Serialize)]
struct Entry<'a, B: Serialize> {
    seq: u64,
    time: &'a str,
    #[serde(rename = "type")]
    kind: &'a str,
    prev: &'a str,
    #[serde(flatten)]
    body: B,
}

#[derive(Serialize)]
struct Session<'a> {
    schema: &'a str,
    version: &'a str,
    wasm_sha256: &'a str,
    today: &'a str,
    lang: &'a str,
}

#[derive(Serialize)]
struct Requirements<'a> {
    text: &'a str,
    lines: Vec<ReqLine>,
    warnings: Vec<sikte::lint::Warning>,
    justifications: Vec<Justification<'a>>,
}

#[derive(Serialize)]
struct ReqLine {
    index: usize,
    text: String,
    kind: &'static str,
    interpretation: String,
}

#[derive(Serialize)]
struct Justification<'a> {
    line: usize,
    text: &'a str,
}

#[derive(Serialize)]
struct FileEntry<'a> {
    requirements_seq: u64,
    name: &'a str,
    sha256: String,
    size: usize,
    status: &'static str,
    verdicts: Vec<Verdict>,
    warnings: Vec<String>,
}

#[derive(Serialize)]
struct Verdict {
    requirement: usize,
    verdict: &'static str,
    explanation: String,
    evidence: Vec<Span>,
}

#[derive(Serialize)]
struct Span {
    start: usize,
    end: usize,
}

#[derive(Serialize)]
struct Decision<'a> {
    file_sha256: &'a str,
    decision: &'a str,
    reason: &'a str,
    note: &'a str,
    reviewer: &'a str,
}

#[derive(Serialize)]
struct Override<'a> {
    file_sha256: &'a str,
    requirement: usize,
    from: &'a str,
    to: &'a str,
    reason: &'a str,
    reviewer: &'a str,
}

#[derive(Serialize)]
struct Export<'a> {
    what: &'a str,
    blind: bool,
    sha256: &'a str,
}

/// A log being written, as the page writes it.
#[derive(Default)]
struct Log {
    lines: Vec<String>,
    prev: String,
}

impl Log {
    fn push<B: Serialize>(&mut self, kind: &str, body: B) -> u64 {
        let seq = self.lines.len() as u64 + 1;
        let prev = if self.lines.is_empty() { "0".repeat(64) } else { self.prev.clone() };
        let time = format!("2026-11-27T09:{:02}:00.000Z", seq);
        let canonical = serde_json::to_string(&Entry { seq, time: &time, kind, prev: &prev, body }).unwrap();
        let hash = hex(canonical.as_bytes());
        self.lines.push(format!("{},\"hash\":\"{hash}\"}}", &canonical[..canonical.len() - 1]));
        self.prev = hash;
        seq
    }

    fn text(&self) -> String {
        self.lines.iter().map(|l| format!("{l}\n")).collect()
    }
}

const REQUIREMENTS: &str = "Førerkort klasse B\nMinst 2 års erfaring som sykepleier\nPolitiattest må fremlegges";
const TODAY: &str = "2026-11-27";

const CVS: &[(&str, &str)] = &[
    (
        "anna-lie.txt",
        "Anna Lie\nanna@example.no\n\nArbeidserfaring\n2018 – d.d. Sykepleier, Havbu sykehus\n\nSertifikater\nFørerkort klasse B\n",
    ),
    ("per-vik.txt", "Per Vik\n\nArbeidserfaring\n2025 – d.d. Sykepleier, Fjellby kommune\n\nJeg har ikke førerkort.\n"),
];

/// The CV folder, and a log of a whole session on it: the verdicts are the
/// core's, computed here as the page would; `tamper` changes one verdict of
/// the second file before it is logged (honestly hashed, but not what the
/// core says).
fn session(dir: &Path, tamper: bool) -> Log {
    let mut log = Log::default();
    log.push(
        "session",
        Session { schema: "sikte.audit/1", version: "0.1.0", wasm_sha256: "", today: TODAY, lang: "en" },
    );
    let reqs = sikte::parse_requirements(REQUIREMENTS);
    let lines = sikte::Report::new(&reqs, Vec::new(), sikte::Lang::En)
        .requirements
        .into_iter()
        .map(|r| ReqLine { index: r.index, text: r.text, kind: r.kind, interpretation: r.interpretation })
        .collect();
    let req_seq = log.push(
        "requirements",
        Requirements {
            text: REQUIREMENTS,
            lines,
            warnings: sikte::lint::lint(REQUIREMENTS),
            justifications: Vec::new(),
        },
    );
    let options = Options::new(Date::parse(TODAY).unwrap());
    let mut hashes = Vec::new();
    for (i, (name, text)) in CVS.iter().enumerate() {
        std::fs::write(dir.join(name), text).unwrap();
        let extracted = sikte_extract::extract(name, text.as_bytes(), &Limits::default());
        let c = sikte::screen_one(&reqs, name, &extracted, &options);
        let mut verdicts: Vec<Verdict> = c
            .verdicts
            .iter()
            .map(|v| Verdict {
                requirement: v.requirement,
                verdict: v.verdict.name(),
                explanation: v.explanation.clone(),
                evidence: v.evidence.iter().map(|e| Span { start: e.start, end: e.end }).collect(),
            })
            .collect();
        if tamper && i == 1 {
            verdicts[0].verdict = "met";
        }
        let sha = hex(text.as_bytes());
        hashes.push(sha.clone());
        log.push(
            "file",
            FileEntry {
                requirements_seq: req_seq,
                name,
                sha256: sha,
                size: text.len(),
                status: c.status.name(),
                verdicts,
                warnings: c.warnings.clone(),
            },
        );
    }
    log.push(
        "override",
        Override {
            file_sha256: &hashes[1],
            requirement: 1,
            from: "unclear",
            to: "met",
            reason: "Read the whole CV: 2 years' experience.",
            reviewer: "AB",
        },
    );
    log.push(
        "decision",
        Decision { file_sha256: &hashes[0], decision: "advance", reason: "", note: "", reviewer: "AB" },
    );
    log.push(
        "decision",
        Decision {
            file_sha256: &hashes[1],
            decision: "do_not_advance",
            reason: "No driving licence (\"har ikke førerkort\").",
            note: "Æøå \\ \u{2028} ok",
            reviewer: "AB",
        },
    );
    log.push("export", Export { what: "audit_log", blind: true, sha256: "" });
    log
}

fn write_log(dir: &Path, name: &str, text: &str) -> String {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p.to_str().unwrap().to_string()
}

#[test]
fn an_intact_chain_passes() {
    let dir = tmp("verify-intact");
    let cvs = dir.join("cvs");
    std::fs::create_dir_all(&cvs).unwrap();
    let log = session(&cvs, false);
    let path = write_log(&dir, "audit.jsonl", &log.text());
    let out = sikte(&["verify", &path]);
    assert_eq!(out.status.code(), Some(0), "{}{}", stdout(&out), String::from_utf8_lossy(&out.stderr));
    assert_eq!(stdout(&out), "chain intact: 8 entries\n");
}

#[test]
fn one_changed_byte_breaks_the_chain_at_that_entry() {
    let dir = tmp("verify-tamper");
    let cvs = dir.join("cvs");
    std::fs::create_dir_all(&cvs).unwrap();
    let log = session(&cvs, false);
    for (k, line) in log.lines.iter().enumerate() {
        // change one byte in the middle of the line, and one in its hash
        for at in [line.len() / 2, line.len() - 10] {
            let mut bytes = log.text().into_bytes();
            let offset: usize = log.lines[..k].iter().map(|l| l.len() + 1).sum::<usize>() + at;
            bytes[offset] = if bytes[offset] == b'7' {
                b'8'
            } else if bytes[offset].is_ascii_alphanumeric() {
                b'7'
            } else {
                b' '
            };
            let path = dir.join(format!("tampered-{k}-{at}.jsonl"));
            std::fs::write(&path, &bytes).unwrap();
            let out = sikte(&["verify", path.to_str().unwrap()]);
            assert_eq!(out.status.code(), Some(1), "line {} byte {at}: {}", k + 1, stdout(&out));
            assert!(
                stdout(&out).starts_with(&format!("broken at line {}:", k + 1)),
                "line {} byte {at}: {}",
                k + 1,
                stdout(&out)
            );
        }
    }
}

#[test]
fn removed_inserted_and_swapped_entries_are_found() {
    let dir = tmp("verify-order");
    let cvs = dir.join("cvs");
    std::fs::create_dir_all(&cvs).unwrap();
    let log = session(&cvs, false);
    let join = |lines: Vec<&String>| lines.into_iter().map(|l| format!("{l}\n")).collect::<String>();
    let cases = [
        ("removed", join(log.lines.iter().enumerate().filter(|(i, _)| *i != 3).map(|(_, l)| l).collect()), 4),
        ("swapped", join(vec![&log.lines[0], &log.lines[1], &log.lines[3], &log.lines[2]]), 3),
        ("duplicated", join(vec![&log.lines[0], &log.lines[1], &log.lines[1]]), 3),
        ("first is not a session", join(vec![&log.lines[1]]), 1),
    ];
    for (what, text, line) in cases {
        let path = write_log(&dir, &format!("{what}.jsonl"), &text);
        let out = sikte(&["verify", &path]);
        assert_eq!(out.status.code(), Some(1), "{what}");
        assert!(stdout(&out).starts_with(&format!("broken at line {line}:")), "{what}: {}", stdout(&out));
    }
    // a line in another key order or with spaces is not canonical, even
    // with a hash computed over it
    let spaced = log.lines[0].replacen("\"seq\":1,", "\"seq\": 1,", 1);
    let path = write_log(&dir, "spaced.jsonl", &format!("{spaced}\n"));
    let out = sikte(&["verify", &path]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).contains("canonical form"), "{}", stdout(&out));
}

#[test]
fn rescreening_the_same_files_gives_the_same_verdicts() {
    let dir = tmp("verify-rescreen");
    let cvs = dir.join("cvs");
    std::fs::create_dir_all(&cvs).unwrap();
    let log = session(&cvs, false);
    std::fs::write(cvs.join("unrelated.txt"), "Not in the log").unwrap();
    let path = write_log(&dir, "audit.jsonl", &log.text());
    let out = sikte(&["verify", &path, "--rescreen", cvs.to_str().unwrap()]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{text}{}", String::from_utf8_lossy(&out.stderr));
    assert!(text.starts_with("chain intact: 8 entries\n"), "{text}");
    assert_eq!(text.matches("same: ").count(), 2, "{text}");
    assert!(text.contains("re-screened 2: 2 same, 0 different, 0 not found"), "{text}");
}

#[test]
fn rescreening_finds_a_verdict_that_the_core_does_not_give() {
    let dir = tmp("verify-rescreen-diff");
    let cvs = dir.join("cvs");
    std::fs::create_dir_all(&cvs).unwrap();
    let log = session(&cvs, true);
    let path = write_log(&dir, "audit.jsonl", &log.text());
    // the chain itself is intact: the change was logged, not made later
    assert_eq!(sikte(&["verify", &path]).status.code(), Some(0));
    let out = sikte(&["verify", &path, "--rescreen", cvs.to_str().unwrap()]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(
        text.contains("DIFFERENT: ")
            && text.contains("per-vik.txt")
            && text.contains("R1: met in the log, not_met now"),
        "{text}"
    );
    // a file missing from the folder is listed; with none found, nothing agrees
    let empty = tmp("verify-rescreen-empty");
    let out = sikte(&["verify", &path, "--rescreen", empty.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stdout(&out).matches("not found: ").count(), 2, "{}", stdout(&out));
}

#[test]
fn the_example_in_the_documentation_verifies() {
    let doc = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/audit-log.md")).unwrap();
    let block = doc.split("```jsonl\n").nth(1).unwrap().split("```").next().unwrap();
    let dir = tmp("verify-doc");
    let path = write_log(&dir, "example.jsonl", block);
    let out = sikte(&["verify", &path]);
    assert_eq!(stdout(&out), "chain intact: 6 entries\n");
}

/// Written by Node.js 20 with `JSON.stringify` and node:crypto, exactly as
/// the page writes entries: quotes, backslashes, control characters,
/// U+2028, U+007F, æøå and an emoji in strings.
const FROM_JAVASCRIPT: &str = "{\"seq\":1,\"time\":\"2026-11-27T09:00:00.000Z\",\"type\":\"session\",\"prev\":\"0000000000000000000000000000000000000000000000000000000000000000\",\"schema\":\"sikte.audit/1\",\"version\":\"0.1.0\",\"wasm_sha256\":\"\",\"today\":\"2026-11-27\",\"lang\":\"nb\",\"hash\":\"48f6c9b1c573842f35109a58e36fd8d5b107b91efa897f685f4b39534cbb647b\"}\n{\"seq\":2,\"time\":\"2026-11-27T09:01:00.000Z\",\"type\":\"requirements\",\"prev\":\"48f6c9b1c573842f35109a58e36fd8d5b107b91efa897f685f4b39534cbb647b\",\"text\":\"Førerkort \\\"B\\\"\\\\\\n\\tÆØÅ\u{2028}😀\\u0001\u{7f}/<>&\",\"lines\":[],\"warnings\":[],\"justifications\":[{\"line\":1,\"text\":\"ok\\r\\n\\b\\f\"}],\"hash\":\"4ef4db88eb12872e15bfef5e8254432a3d3535245f9989b17be119a50b63ea77\"}\n{\"seq\":3,\"time\":\"2026-11-27T09:02:00.000Z\",\"type\":\"export\",\"prev\":\"4ef4db88eb12872e15bfef5e8254432a3d3535245f9989b17be119a50b63ea77\",\"what\":\"report_json\",\"blind\":false,\"sha256\":\"\",\"hash\":\"e80973210c514e0909add46dcd0ea1632afbcc0fc6d3065105f3bfe51ecdbc0d\"}\n";

#[test]
fn a_log_written_by_javascript_verifies_byte_for_byte() {
    let dir = tmp("verify-js");
    let path = write_log(&dir, "js.jsonl", FROM_JAVASCRIPT);
    let out = sikte(&["verify", &path]);
    assert_eq!(stdout(&out), "chain intact: 3 entries\n");
}

#[test]
fn bad_usage_exits_2() {
    assert_eq!(sikte(&["verify", "no/such/log.jsonl"]).status.code(), Some(2));
    assert_eq!(sikte(&["verify"]).status.code(), Some(2));
    let dir = tmp("verify-usage");
    let log = session(&dir, false);
    let path = write_log(&dir, "audit.jsonl", &log.text());
    assert_eq!(sikte(&["verify", &path, "--rescreen", "no/such/dir"]).status.code(), Some(2));
}
