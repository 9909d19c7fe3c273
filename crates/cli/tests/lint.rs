//! `sikte lint`: the requirement linter on the command line.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

fn sikte(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_sikte")).args(args).output().expect("the binary runs")
}

fn write(name: &str, text: &str) -> PathBuf {
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::write(&path, text).unwrap();
    path
}

const KRAV: &str = "# Krav\nFørerkort klasse B\nVi søker en ung mann\n\nNorsk som morsmål\nErfaring med arbeid med ungdom\nNorwegian at C1 level\n";

#[test]
fn json_lists_every_warning_with_line_text_ground_and_reason() {
    let file = write("lint-krav.txt", KRAV);
    let out = sikte(&["lint", file.to_str().unwrap(), "--format", "json"]);
    assert_eq!(out.status.code(), Some(0), "a warning never blocks: {}", String::from_utf8_lossy(&out.stderr));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let got: Vec<(u64, &str, &str)> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|w| (w["line"].as_u64().unwrap(), w["text"].as_str().unwrap(), w["ground"].as_str().unwrap()))
        .collect();
    assert_eq!(got, [(3, "ung", "age"), (3, "mann", "sex"), (5, "morsmål", "ethnicity")]);
    for w in v.as_array().unwrap() {
        let keys: Vec<&str> = w.as_object().unwrap().keys().map(String::as_str).collect();
        assert_eq!(keys.len(), 4, "{keys:?}");
        assert!(w["reason"].as_str().unwrap().contains('§'), "the reason names the law: {w}");
    }
}

#[test]
fn text_is_one_line_per_warning() {
    let file = write("lint-krav-text.txt", KRAV);
    let out = sikte(&["lint", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 3, "{text}");
    assert!(lines[0].starts_with("3: \"ung\" — age: Age is a protected ground"), "{}", lines[0]);
    assert!(lines[2].starts_with("5: \"morsmål\" — ethnicity: "), "{}", lines[2]);
}

#[test]
fn a_clean_file_gives_an_empty_list() {
    let file = write("lint-clean.txt", "Førerkort klasse B\nNorwegian at C1 level\nBarn og unge\n");
    let out = sikte(&["lint", "--format", "json", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v, Value::Array(Vec::new()));
}

#[test]
fn reads_standard_input() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_sikte"))
        .args(["lint", "-", "--format", "json"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all("Svenska som modersmål\nHögst 35 år\n".as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 2, "{v}");
}

#[test]
fn bad_usage_and_unreadable_files_exit_2() {
    assert_eq!(sikte(&["lint", "no/such/file.txt"]).status.code(), Some(2));
    assert_eq!(sikte(&["lint"]).status.code(), Some(2));
    let file = write("lint-krav-fmt.txt", KRAV);
    assert_eq!(sikte(&["lint", file.to_str().unwrap(), "--format", "xml"]).status.code(), Some(2));
    let latin1 = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("lint-latin1.txt");
    std::fs::write(&latin1, b"F\xf8rerkort\n").unwrap();
    assert_eq!(sikte(&["lint", latin1.to_str().unwrap()]).status.code(), Some(2));
}
