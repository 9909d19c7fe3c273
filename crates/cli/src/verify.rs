//! Audit-log verification (`sikte verify`): checks the hash chain of a
//! `sikte.audit/1` log (docs/audit-log.md) and, with `--rescreen DIR`,
//! screens the logged files again to show that the same files, requirements
//! and "today" give the same verdicts.
//!
//! ```text
//! sikte verify audit.jsonl [--rescreen cvs/]
//! ```
//!
//! Exit status: 0 when the chain is intact (and, with `--rescreen`, every
//! file found gives the same status and verdicts); 1 when an entry is
//! broken or a re-screened file differs (or none could be re-screened); 2 on
//! bad usage or a log that cannot be read.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use sikte::{Date, Lang, Options};

/// The schema name in a log's `session` entries.
pub const SCHEMA: &str = "sikte.audit/1";
/// `prev` of the first entry.
const ZERO: &str = "0000000000000000000000000000000000000000000000000000000000000000";

#[derive(clap::Args)]
pub struct VerifyArgs {
    /// The audit log (JSON Lines, `sikte.audit/1`).
    pub log: PathBuf,
    /// Re-screen the logged files found in this folder (matched by SHA-256)
    /// with the logged requirements and "today", and compare the verdicts.
    #[arg(long, value_name = "DIR")]
    pub rescreen: Option<PathBuf>,
}

// ------------------------------------------------------------- entries
//
// One struct per entry type, its fields in the documented canonical order:
// serde_json writes struct fields in declaration order, without spaces,
// escaping exactly as JavaScript's JSON.stringify does, so serialising a
// parsed entry gives its canonical bytes back.

#[derive(Serialize, Deserialize)]
struct Session {
    seq: u64,
    time: String,
    #[serde(rename = "type")]
    kind: String,
    prev: String,
    schema: String,
    version: String,
    wasm_sha256: String,
    today: String,
    lang: String,
}

#[derive(Serialize, Deserialize)]
struct Requirements {
    seq: u64,
    time: String,
    #[serde(rename = "type")]
    kind: String,
    prev: String,
    text: String,
    lines: Vec<RequirementLine>,
    warnings: Vec<LintWarning>,
    justifications: Vec<Justification>,
}

#[derive(Serialize, Deserialize)]
struct RequirementLine {
    index: u64,
    text: String,
    kind: String,
    interpretation: String,
}

#[derive(Serialize, Deserialize)]
struct LintWarning {
    line: u64,
    text: String,
    ground: String,
    reason: String,
}

#[derive(Serialize, Deserialize)]
struct Justification {
    line: u64,
    text: String,
}

#[derive(Serialize, Deserialize)]
struct FileEntry {
    seq: u64,
    time: String,
    #[serde(rename = "type")]
    kind: String,
    prev: String,
    requirements_seq: u64,
    name: String,
    sha256: String,
    size: u64,
    status: String,
    verdicts: Vec<LoggedVerdict>,
    warnings: Vec<String>,
}

#[derive(Serialize, Deserialize, PartialEq, Eq, Debug)]
struct LoggedVerdict {
    requirement: u64,
    verdict: String,
    explanation: String,
    evidence: Vec<Span>,
}

#[derive(Serialize, Deserialize, PartialEq, Eq, Debug)]
struct Span {
    start: u64,
    end: u64,
}

#[derive(Serialize, Deserialize)]
struct Decision {
    seq: u64,
    time: String,
    #[serde(rename = "type")]
    kind: String,
    prev: String,
    file_sha256: String,
    decision: String,
    reason: String,
    note: String,
    reviewer: String,
}

#[derive(Serialize, Deserialize)]
struct Override {
    seq: u64,
    time: String,
    #[serde(rename = "type")]
    kind: String,
    prev: String,
    file_sha256: String,
    requirement: u64,
    from: String,
    to: String,
    reason: String,
    reviewer: String,
}

#[derive(Serialize, Deserialize)]
struct Export {
    seq: u64,
    time: String,
    #[serde(rename = "type")]
    kind: String,
    prev: String,
    what: String,
    blind: bool,
    sha256: String,
}

/// A checked entry, with what re-screening needs.
enum Entry {
    Session(Session),
    Requirements(Requirements),
    File(FileEntry),
    Other,
}

// ------------------------------------------------------------- checks

/// Hex SHA-256.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

fn is_hex64(s: &str) -> bool {
    s.len() == 64 && s.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// "2026-11-27T10:15:30Z" or with milliseconds, as `Date.toISOString()`.
fn is_iso_utc(s: &str) -> bool {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| r.clone().all(|i| b.get(i).is_some_and(u8::is_ascii_digit));
    let head = b.len() >= 20
        && digits(0..4)
        && b[4] == b'-'
        && digits(5..7)
        && b[7] == b'-'
        && digits(8..10)
        && b[10] == b'T'
        && digits(11..13)
        && b[13] == b':'
        && digits(14..16)
        && b[16] == b':'
        && digits(17..19);
    let tail = &s[19.min(s.len())..];
    head && Date::parse(&s[..10]).is_some()
        && (tail == "Z" || (tail.len() == 5 && tail.starts_with('.') && digits(20..23) && tail.ends_with('Z')))
}

/// Parse `value` as `T` and serialise it again: the canonical bytes.
fn canonical<T: DeserializeOwned + Serialize>(value: serde_json::Value) -> Result<(T, String), String> {
    let typed: T = serde_json::from_value(value).map_err(|e| format!("not a valid entry of its type: {e}"))?;
    let bytes = serde_json::to_string(&typed).map_err(|e| e.to_string())?;
    Ok((typed, bytes))
}

/// Check one line: its JSON, its canonical form, its hash, its place in the
/// chain. Returns the entry and its hash.
fn check_line(line: &str, seq: u64, prev: &str, entries: &[Entry]) -> Result<(Entry, String), String> {
    const TAIL: usize = ",\"hash\":\"\"}".len() + 64;
    let value: serde_json::Value = serde_json::from_str(line).map_err(|e| format!("not JSON: {e}"))?;
    let serde_json::Value::Object(mut map) = value else { return Err("not a JSON object".into()) };
    let hash = match map.remove("hash") {
        Some(serde_json::Value::String(h)) if is_hex64(&h) => h,
        _ => return Err("no `hash` of 64 lower-case hex digits".into()),
    };
    if line.len() < TAIL || !line.ends_with(&format!(",\"hash\":\"{hash}\"}}")) {
        return Err("`hash` is not the last field".into());
    }
    let written = format!("{}}}", &line[..line.len() - TAIL]);
    let kind = map.get("type").and_then(|t| t.as_str()).unwrap_or("").to_string();
    let value = serde_json::Value::Object(map);
    let (entry, bytes) = match kind.as_str() {
        "session" => canonical::<Session>(value).map(|(e, b)| (Entry::Session(e), b))?,
        "requirements" => canonical::<Requirements>(value).map(|(e, b)| (Entry::Requirements(e), b))?,
        "file" => canonical::<FileEntry>(value).map(|(e, b)| (Entry::File(e), b))?,
        "decision" => canonical::<Decision>(value).map(|(_, b)| (Entry::Other, b))?,
        "override" => canonical::<Override>(value).map(|(_, b)| (Entry::Other, b))?,
        "export" => canonical::<Export>(value).map(|(_, b)| (Entry::Other, b))?,
        other => return Err(format!("unknown entry type {other:?}")),
    };
    if bytes != written {
        return Err(
            "not in canonical form (fields out of order, spaces, or escapes other than JSON.stringify's)".into()
        );
    }
    let actual = sha256_hex(bytes.as_bytes());
    if actual != hash {
        return Err(format!("the entry was changed: its SHA-256 is {actual}, its `hash` says {hash}"));
    }
    let h: Header = serde_json::from_str(&bytes).map_err(|e| e.to_string())?;
    if h.seq != seq {
        return Err(format!("`seq` is {}, expected {seq} (an entry was removed, added or moved)", h.seq));
    }
    if h.prev != prev {
        return Err("`prev` is not the previous entry's hash (an entry was removed, added or changed)".into());
    }
    if !is_iso_utc(&h.time) {
        return Err(format!("`time` {:?} is not an ISO 8601 UTC time", h.time));
    }
    if entries.is_empty() && !matches!(entry, Entry::Session(_)) {
        return Err("the first entry is not a `session`".into());
    }
    validate(&entry, entries, &bytes)?;
    Ok((entry, hash))
}

#[derive(Deserialize)]
struct Header {
    seq: u64,
    time: String,
    prev: String,
}

/// Field values that the format fixes.
fn validate(entry: &Entry, entries: &[Entry], bytes: &str) -> Result<(), String> {
    match entry {
        Entry::Session(s) => {
            if s.schema != SCHEMA {
                return Err(format!("`schema` is {:?}, expected {SCHEMA:?}", s.schema));
            }
            if Date::parse(&s.today).is_none() {
                return Err(format!("`today` {:?} is not a date", s.today));
            }
            if Lang::parse(&s.lang).is_none() {
                return Err(format!("`lang` {:?} is not one of nb, nn, sv, da, en", s.lang));
            }
            if !(s.wasm_sha256.is_empty() || is_hex64(&s.wasm_sha256)) {
                return Err("`wasm_sha256` is not a SHA-256".into());
            }
        }
        Entry::File(f) => {
            if !is_hex64(&f.sha256) {
                return Err("`sha256` is not a SHA-256".into());
            }
            if !matches!(f.status.as_str(), "pass" | "review") {
                return Err(format!("`status` {:?} is not pass or review", f.status));
            }
            if let Some(v) =
                f.verdicts.iter().find(|v| !matches!(v.verdict.as_str(), "met" | "not_met" | "unclear" | "manual"))
            {
                return Err(format!("verdict {:?} is not met, not_met, unclear or manual", v.verdict));
            }
            let refers = entries.get(f.requirements_seq.wrapping_sub(1) as usize);
            if !matches!(refers, Some(Entry::Requirements(_))) {
                return Err(format!(
                    "`requirements_seq` {} is not an earlier `requirements` entry",
                    f.requirements_seq
                ));
            }
        }
        Entry::Requirements(_) => {}
        Entry::Other => {
            let v: serde_json::Value = serde_json::from_str(bytes).map_err(|e| e.to_string())?;
            for key in ["file_sha256"] {
                if let Some(h) = v.get(key).and_then(|h| h.as_str()) {
                    if !is_hex64(h) {
                        return Err(format!("`{key}` is not a SHA-256"));
                    }
                }
            }
            if let Some(d) = v.get("decision").and_then(|d| d.as_str()) {
                if !matches!(d, "advance" | "do_not_advance") {
                    return Err(format!("`decision` {d:?} is not advance or do_not_advance"));
                }
                if d == "do_not_advance" && v.get("reason").and_then(|r| r.as_str()).is_none_or(|r| r.trim().is_empty())
                {
                    return Err("a `do_not_advance` decision has no reason".into());
                }
            }
        }
    }
    Ok(())
}

// ------------------------------------------------------------- run

pub fn run(args: &VerifyArgs) -> Result<()> {
    let bytes = std::fs::read(&args.log).with_context(|| format!("cannot read {}", args.log.display()))?;
    let text = String::from_utf8(bytes).with_context(|| format!("{} is not UTF-8 text", args.log.display()))?;
    let mut out = std::io::stdout().lock();
    let (entries, broken) = check_chain(&text);
    if let Some((line, why)) = broken {
        writeln!(out, "broken at line {line}: {why}")?;
        writeln!(out, "the first {} entries are intact; from line {line} on the log cannot be trusted", line - 1)?;
        return fail(out);
    }
    writeln!(out, "chain intact: {} entries", entries.len())?;
    let Some(dir) = &args.rescreen else { return Ok(()) };
    if rescreen(&entries, dir, &mut out)? {
        Ok(())
    } else {
        fail(out)
    }
}

/// Exit with status 1 (a broken chain or a different verdict), after the
/// output is written.
fn fail(mut out: std::io::StdoutLock<'_>) -> Result<()> {
    out.flush()?;
    std::process::exit(1);
}

/// The checked entries, and the first broken line (1-based) with the reason.
fn check_chain(text: &str) -> (Vec<Entry>, Option<(usize, String)>) {
    let body = text.strip_suffix('\n').unwrap_or(text);
    let mut entries = Vec::new();
    if body.is_empty() {
        return (entries, Some((1, "the log is empty".into())));
    }
    let mut prev = ZERO.to_string();
    for (i, line) in body.split('\n').enumerate() {
        match check_line(line, i as u64 + 1, &prev, &entries) {
            Ok((entry, hash)) => {
                entries.push(entry);
                prev = hash;
            }
            Err(why) => return (entries, Some((i + 1, why))),
        }
    }
    (entries, None)
}

/// Re-screen the logged files found in `dir`. Returns whether every file
/// found gave the same status and verdicts (and at least one was found).
fn rescreen(entries: &[Entry], dir: &Path, out: &mut impl Write) -> Result<bool> {
    anyhow::ensure!(dir.is_dir(), "{} is not a folder", dir.display());
    let (files, _skipped) = crate::collect(&[dir.to_path_buf()]);
    let mut by_hash: BTreeMap<String, PathBuf> = BTreeMap::new();
    for f in files {
        if let Ok(bytes) = std::fs::read(&f) {
            by_hash.entry(sha256_hex(&bytes)).or_insert(f);
        }
    }
    let (mut same, mut different, mut missing) = (0, 0, 0);
    let mut session: Option<&Session> = None;
    for entry in entries {
        let f = match entry {
            Entry::Session(s) => {
                session = Some(s);
                continue;
            }
            Entry::File(f) => f,
            _ => continue,
        };
        let Some(path) = by_hash.get(&f.sha256) else {
            missing += 1;
            writeln!(out, "not found: {} ({}…) is not in {}", f.name, &f.sha256[..12], dir.display())?;
            continue;
        };
        let Some(Entry::Requirements(reqs)) = entries.get(f.requirements_seq as usize - 1) else { continue };
        let s = session.expect("the first entry is a session");
        let today = Date::parse(&s.today).expect("validated");
        let lang = Lang::parse(&s.lang).expect("validated");
        let requirements = sikte::parse_requirements(&reqs.text);
        let extracted = crate::extract_one(path);
        let c = sikte::screen_one(&requirements, &f.name, &extracted, &Options::new(today).with_lang(lang));
        let now: Vec<LoggedVerdict> = c
            .verdicts
            .iter()
            .map(|v| LoggedVerdict {
                requirement: v.requirement as u64,
                verdict: v.verdict.name().to_string(),
                explanation: v.explanation.clone(),
                evidence: v.evidence.iter().map(|e| Span { start: e.start as u64, end: e.end as u64 }).collect(),
            })
            .collect();
        let mut diffs = Vec::new();
        if c.status.name() != f.status {
            diffs.push(format!("status {} in the log, {} now", f.status, c.status.name()));
        }
        if now.len() != f.verdicts.len() {
            diffs.push(format!("{} verdicts in the log, {} now", f.verdicts.len(), now.len()));
        }
        for (then, now) in f.verdicts.iter().zip(&now) {
            let r = then.requirement + 1;
            if then.requirement != now.requirement {
                diffs.push(format!("R{r}: the verdicts are for different requirements"));
            } else if then.verdict != now.verdict {
                diffs.push(format!("R{r}: {} in the log, {} now", then.verdict, now.verdict));
            } else if then.evidence != now.evidence {
                diffs.push(format!("R{r}: the evidence offsets differ"));
            } else if then.explanation != now.explanation {
                diffs.push(format!("R{r}: the explanation differs"));
            }
        }
        let shown = crate::display(path);
        if diffs.is_empty() {
            same += 1;
            writeln!(out, "same: {shown} ({}, {} verdicts)", f.status, now.len())?;
        } else {
            different += 1;
            writeln!(out, "DIFFERENT: {shown}: {}", diffs.join("; "))?;
            if shown.to_lowercase().ends_with(".pdf") {
                writeln!(
                    out,
                    "  (a PDF: the page reads PDFs with pdf.js, the CLI with its own reader; see docs/audit-log.md)"
                )?;
            }
        }
    }
    writeln!(out, "re-screened {}: {same} same, {different} different, {missing} not found", same + different)?;
    Ok(different == 0 && same > 0)
}
