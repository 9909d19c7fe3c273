//! The report as a contract: statuses, order, determinism, evidence spans,
//! and the JSON shape documented in `docs/report-format.md`.

use serde_json::Value;
use sikte::{parse_requirements, render, screen, Date, ExtractedText, Note, Options, Status, VerdictKind};

fn options() -> Options {
    Options::new(Date::new(2026, 11, 27).unwrap())
}

const REQS: &str = "# Krav\nFørerkort klasse B\n\nMinst 2 års erfaring som sykepleier\nPolitiattest\n";

fn docs() -> Vec<(String, ExtractedText)> {
    vec![
        (
            "kari.txt".into(),
            ExtractedText::readable(
                "Kari Nordmann\nArbeidserfaring\nSykepleier, Ahus\njan. 2019 – d.d.\nSertifikater\nFørerkort klasse B"
                    .into(),
            ),
        ),
        ("ola.txt".into(), ExtractedText::readable("Ola\nHar ikke førerkort.".into())),
        (
            "tom.docx".into(),
            ExtractedText::unreadable(Note::new(
                "warning.docx_unreadable",
                &[("why", "not a valid ZIP archive".into())],
            )),
        ),
    ]
}

#[test]
fn statuses_follow_the_verdicts() {
    let reqs = parse_requirements(REQS);
    assert_eq!(reqs.len(), 3, "blank and # lines are skipped");
    let report = screen(&reqs, &docs(), &options());
    let [kari, ola, tom] = &report.candidates[..] else { panic!() };
    assert_eq!(kari.status, Status::Pass);
    assert_eq!(ola.status, Status::Review);
    assert_eq!(ola.verdicts[0].verdict, VerdictKind::NotMet);
    assert_eq!(ola.verdicts[2].verdict, VerdictKind::Manual);
    assert_eq!(tom.status, Status::Review);
    assert!(tom.verdicts[..2].iter().all(|v| v.verdict == VerdictKind::Unclear));
    assert_eq!(tom.warnings, ["DOCX could not be read: not a valid ZIP archive"]);
}

#[test]
fn an_unreadable_file_never_passes_even_with_only_manual_requirements() {
    let reqs = parse_requirements("Politiattest må fremlegges");
    let report = screen(
        &reqs,
        &[("x.pdf".into(), ExtractedText::unreadable(Note::new("warning.no_text_layer", &[])))],
        &options(),
    );
    assert_eq!(report.candidates[0].status, Status::Review);
}

#[test]
fn json_has_the_documented_shape_and_order() {
    let report = screen(&parse_requirements(REQS), &docs(), &options());
    let json = render::to_json(&report);
    let v: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["schema"], "sikte.report/1");
    let keys = |v: &Value| v.as_object().unwrap().keys().cloned().collect::<Vec<_>>();
    assert_eq!(keys(&v), ["schema", "requirements", "candidates"]);
    assert_eq!(keys(&v["requirements"][0]), ["index", "text", "kind", "interpretation"]);
    assert_eq!(keys(&v["candidates"][0]), ["file", "status", "verdicts", "warnings"]);
    assert_eq!(keys(&v["candidates"][0]["verdicts"][0]), ["requirement", "verdict", "explanation", "evidence"]);
    assert_eq!(
        keys(&v["candidates"][0]["verdicts"][1]),
        ["requirement", "verdict", "explanation", "evidence", "arithmetic"]
    );
    assert_eq!(v["requirements"][1]["kind"], "experience");
    assert_eq!(v["candidates"][0]["verdicts"][1]["arithmetic"]["total_months"], 95);
    let files: Vec<&str> = v["candidates"].as_array().unwrap().iter().map(|c| c["file"].as_str().unwrap()).collect();
    assert_eq!(files, ["kari.txt", "ola.txt", "tom.docx"], "input order is kept");
    // the same input, the same bytes
    assert_eq!(json, render::to_json(&screen(&parse_requirements(REQS), &docs(), &options())));
}

#[test]
fn evidence_offsets_are_bytes_into_the_extracted_text() {
    let text = "Ærlig og blid.\r\nSertifikat: klasse BE — gyldig";
    let report = screen(
        &parse_requirements("Førerkort klasse B"),
        &[("a.txt".into(), ExtractedText::readable(text.into()))],
        &options(),
    );
    let v = &report.candidates[0].verdicts[0];
    assert_eq!(v.verdict, VerdictKind::Met);
    for e in &v.evidence {
        assert_eq!(&text[e.start..e.end], e.text);
    }
}

#[test]
fn csv_is_inert_against_formulas() {
    let doc = ExtractedText::readable("x".into());
    let report =
        screen(&parse_requirements("Førerkort klasse B"), &[("=HYPERLINK(\"http://x\").txt".into(), doc)], &options());
    let csv = render::to_csv(&report);
    let row = csv.split("\r\n").nth(1).unwrap();
    assert!(row.starts_with("\"'=HYPERLINK("), "{row}");
}

#[test]
fn a_file_cut_at_a_limit_is_review_even_when_every_requirement_is_met() {
    let reqs = parse_requirements(REQS);
    let text = "Arbeidserfaring\nSykepleier, Ahus\njan. 2019 – d.d.\nSertifikater\nFørerkort klasse B";
    let whole = ExtractedText::readable(text.into());
    let mut cut = whole.clone();
    cut.warnings.push(Note::new("warning.text_cut", &[("bytes", "524288".into())]));
    let mut pages = whole.clone();
    pages.warnings.push(Note::new("warning.pdf_pages", &[("total", "5000".into()), ("read", "50".into())]));
    // text longer than the core keeps (as pdf.js may give it): cut by the core itself
    let long = ExtractedText::readable(format!("{text}\n{}", "Fyll. ".repeat(sikte::MAX_TEXT_BYTES / 6 + 10)));
    let docs = [("a".into(), whole), ("b".into(), cut), ("c".into(), pages), ("d".into(), long)];
    let report = screen(&reqs, &docs, &options());
    let statuses: Vec<Status> = report.candidates.iter().map(|c| c.status).collect();
    assert_eq!(statuses, [Status::Pass, Status::Review, Status::Review, Status::Review]);
    for c in &report.candidates[1..] {
        assert!(c.verdicts.iter().all(|v| matches!(v.verdict, VerdictKind::Met | VerdictKind::Manual)));
        assert!(c.warnings.iter().any(|w| w.contains("not screened")), "{:?}", c.warnings);
    }
}
