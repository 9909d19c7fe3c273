//! Where the core's time goes, per requirement: screens the benchmark corpus
//! (written by `cargo run --release -p sikte-bench`) with no requirement,
//! then with each of the eight alone, and prints the time of each pass.
//! A profiling aid, not a benchmark of record.
//!
//! Usage: cargo run --release -p sikte-bench --example per_rule

use std::time::Instant;
fn main() {
    let c: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string("target/bench/core-corpus.json").unwrap()).unwrap();
    let cvs: Vec<String> =
        c["cvs"].as_array().unwrap().iter().map(|v| v["text"].as_str().or(v.as_str()).unwrap().to_string()).collect();
    let reqs = c["requirements"].as_str().unwrap();
    let opts = sikte::Options::new(sikte::Date::parse(c["today"].as_str().unwrap()).unwrap());
    let docs: Vec<sikte::ExtractedText> = cvs.iter().map(|t| sikte::ExtractedText::readable(t.clone())).collect();
    let t = Instant::now();
    for d in &docs {
        let _ = sikte::screen_one(&[], "x", d, &opts);
    }
    println!("no requirements: {:?}", t.elapsed());
    for line in reqs.lines().filter(|l| !l.trim().is_empty()) {
        let r = sikte::parse_requirements(line);
        let t = Instant::now();
        for _ in 0..3 {
            for d in &docs {
                let _ = sikte::screen_one(&r, "x", d, &opts);
            }
        }
        println!("{:?} {line}", t.elapsed() / 3);
    }
}
