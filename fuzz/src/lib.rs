//! The bodies of Sikte's fuzz targets, as plain functions, so that they run
//! both under libFuzzer (`fuzz_targets/*.rs`, nightly) and as ordinary tests
//! over the seed corpus (`cargo test --lib --no-default-features`, stable).
//!
//! Each function panics when an invariant breaks; a panic is what libFuzzer
//! reports as a crash. The invariants are those of `tests/properties.rs`:
//! evidence spans on `char` boundaries with the quoted text, `pass` only when
//! readable and every non-manual verdict is `met`, the same JSON on every
//! run, an unrelated last line never taking a `met` away, and no panic.

use sikte::text::dates;
use sikte::text::normalize::Normalized;
use sikte::{
    parse_requirements, screen as screen_all, Date, Document, Evidence, ExtractedText, Lang, Options, Report, Status,
    VerdictKind,
};
use sikte_extract::Limits;

/// The separator between requirement lines and CV text in a `screen`
/// input: 0xFF never occurs in UTF-8.
pub const SPLIT: u8 = 0xFF;

/// A line that says nothing about any requirement.
pub const UNRELATED: &str = "Hobbyer: fotball og fjellturer";

/// Experience requirements in the five languages, for `dates`.
pub const EXPERIENCE: &str = "Minst 2 års erfaring som sykepleier
Minst 2 års erfaring som elektrikar
Minst 3 års erfarenhet som lastbilschaufför
Mindst 2 års erfaring som pædagog
At least 5 years of experience as a software developer
2 års relevant erfaring fra lager";

fn options(lang: Lang) -> Options {
    Options::new(Date::new(2026, 11, 27).expect("a valid date")).with_lang(lang)
}

fn lang_of(data: &[u8]) -> Lang {
    Lang::ALL[data.len() % Lang::ALL.len()]
}

/// `parse_requirements` on arbitrary UTF-8: one requirement per
/// non-blank, non-comment line, in order, each with a kind and an
/// interpretation in every language; job-ad picking does not panic either.
pub fn requirement_lines(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let reqs = parse_requirements(text);
    let lines = text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).count();
    assert_eq!(reqs.len(), lines, "every requirement line is kept, none dropped");
    for (i, r) in reqs.iter().enumerate() {
        assert_eq!(r.index, i);
        assert!(!r.kind.name().is_empty());
        for lang in Lang::ALL {
            let _ = r.interpretation(lang);
        }
    }
    for line in sikte::job_ad::requirement_lines(text) {
        assert!(!line.contains('\n'), "a picked requirement is one line: {line:?}");
    }
}

/// `sikte_extract::extract` on arbitrary bytes named `.docx`, with the
/// default limits; the result is then screened.
pub fn docx(data: &[u8]) {
    let limits = Limits::default();
    let out = sikte_extract::extract("x.docx", data, &limits);
    assert!(out.text.len() <= limits.max_text_bytes, "text over the limit: {} bytes", out.text.len());
    assert!(out.readable || !out.warnings.is_empty(), "an unreadable file without a reason");
    assert!(!out.readable || !out.text.trim().is_empty(), "readable, but no text");
    let reqs = parse_requirements("Førerkort klasse B\nAutorisasjon som sykepleier\nErfaring med DIPS");
    let report = screen_all(&reqs, &[("x.docx".to_string(), out.clone())], &options(Lang::En));
    check_report(&report, &out.text, out.readable);
}

/// The document model of arbitrary text: lines follow each other and cover
/// the normalised text, word ranges are consecutive, every word is
/// non-empty and maps back to a valid span of the original, and every range
/// of the offset map lands on `char` boundaries.
pub fn normalize(data: &[u8]) {
    let text = String::from_utf8_lossy(data).into_owned();
    let extracted = ExtractedText::readable(text);
    let doc = Document::new(&extracted);
    let original = doc.original();
    assert!(extracted.text.starts_with(original), "the original is a prefix of the extracted text");
    let norm = doc.norm();

    let (mut at, mut word) = (0usize, 0usize);
    for (i, line) in doc.lines().iter().enumerate() {
        let (s, e) = (line.start as usize, line.end as usize);
        assert_eq!(s, at, "line {i} starts where the previous one ended");
        assert!(s <= e && e <= norm.len(), "line {i}: {s}..{e} of {}", norm.len());
        assert!(norm.is_char_boundary(s) && norm.is_char_boundary(e), "line {i}: {s}..{e} off char boundaries");
        // a line holds line breaks only as a list item wrapped over lines
        assert!(!norm[s..e].contains('\n') || doc.is_list_item(i), "line {i} holds a line break");
        assert!(e == norm.len() || norm.as_bytes()[e] == b'\n', "line {i} ends at a line break or the end");
        assert_eq!(line.first_word as usize, word, "line {i}: word ranges are consecutive");
        assert!(line.first_word <= line.end_word);
        word = line.end_word as usize;
        at = e + 1;
    }
    assert_eq!(at, norm.len() + 1, "the lines cover the normalised text");
    assert_eq!(word, doc.word_count(), "the lines cover every word");

    for w in 0..doc.word_count() {
        let t = doc.word_text(w);
        assert!(!t.is_empty() && !t.contains('\n'), "word {w}: {t:?}");
        assert!(doc.lines()[doc.line_of(w)].words().contains(&w), "word {w} is in the line it says");
        check_span(&doc.evidence(w, w + 1), original);
    }
    for l in 0..doc.lines().len() {
        check_span(&doc.lines_evidence(l, l), original);
    }

    let n = Normalized::new(original);
    assert_eq!(n.text, norm);
    let bounds: Vec<usize> = (0..=n.text.len()).filter(|&i| n.text.is_char_boundary(i)).collect();
    for pair in bounds.windows(2) {
        let (s, e) = n.to_original(pair[0], pair[1]);
        assert!(s <= e && e <= original.len(), "to_original({}, {}) = {s}..{e}", pair[0], pair[1]);
        assert!(original.is_char_boundary(s) && original.is_char_boundary(e), "to_original off char boundaries");
    }
    let (s, e) = n.to_original(0, n.text.len());
    assert!(s <= e && original.is_char_boundary(s) && original.is_char_boundary(e));
}

/// Arbitrary text as a CV against experience requirements in five
/// languages: date mentions are ordered word ranges inside the document,
/// the arithmetic adds up, and the report invariants hold.
pub fn dates(data: &[u8]) {
    let text = String::from_utf8_lossy(data).into_owned();
    let extracted = ExtractedText::readable(text.clone());
    let doc = Document::new(&extracted);
    let mut last_end = 0;
    for m in dates::find(&doc, 0..doc.word_count()) {
        assert!(m.first < m.last && m.last <= doc.word_count(), "mention {}..{}", m.first, m.last);
        assert!(m.first >= last_end, "mentions overlap or go backwards");
        assert!(m.first <= m.start.first && m.start.first < m.start.end && m.start.end <= m.last);
        if let Some(Some(p)) = m.end {
            assert!(m.start.end <= p.first && p.first < p.end && p.end <= m.last, "range end inside the mention");
        }
        last_end = m.last;
    }

    let reqs = parse_requirements(EXPERIENCE);
    assert!(reqs.iter().all(|r| r.kind.name() == "experience"), "the requirements are read as experience");
    let report = screen_all(&reqs, &[("cv.txt".to_string(), extracted)], &options(lang_of(data)));
    check_report(&report, &text, true);
    for v in &report.candidates[0].verdicts {
        let Some(a) = &v.arithmetic else { continue };
        let sum: i32 = a.merged.iter().map(|s| s.months).sum();
        assert_eq!(a.total_months, sum, "the total is the sum of the merged spans");
        // (a future start, "2038 – d.d.", is a counted period of 0 months and shows as a 0-month span)
        assert!(a.merged.iter().all(|s| s.months >= 0), "a merged span of negative months: {:?}", a.merged);
        assert!(a.periods.iter().all(|p| p.months >= 0), "a period of negative months");
        let counted: i32 = a.periods.iter().filter(|p| p.counted).map(|p| p.months).sum();
        assert!(a.total_months <= counted, "merging overlaps cannot add months");
    }
    check_unrelated_line(&reqs, &text, &report, lang_of(data));
}

/// Arbitrary requirements (the first [`MAX_REQUIREMENTS`] lines) and an
/// arbitrary CV, split at the first 0xFF byte: the report invariants, the
/// same JSON twice, renderers that do not panic, and an unrelated last line
/// that keeps every `met`; unreadable, every candidate is `review`.
pub fn screen(data: &[u8]) {
    let (reqs_part, cv_part) = match data.iter().position(|&b| b == SPLIT) {
        Some(i) => (&data[..i], &data[i + 1..]),
        None => (data, &b""[..]),
    };
    let requirements = String::from_utf8_lossy(reqs_part);
    let text = String::from_utf8_lossy(cv_part).into_owned();
    let lang = lang_of(data);
    let mut reqs = parse_requirements(&requirements);
    reqs.truncate(MAX_REQUIREMENTS);
    let docs = |readable| {
        vec![(
            "cv.txt".to_string(),
            ExtractedText { text: text.clone(), warnings: Vec::new(), readable, hidden: Vec::new() },
        )]
    };

    let report = screen_all(&reqs, &docs(true), &options(lang));
    check_report(&report, &text, true);
    let again = screen_all(&reqs, &docs(true), &options(lang));
    assert_eq!(sikte::render::to_json(&report), sikte::render::to_json(&again), "the same input, another report");
    let _ = sikte::render::to_csv(&report);
    let _ = sikte::render::to_table(&report, lang);
    check_unrelated_line(&reqs, &text, &report, lang);

    let unreadable = screen_all(&reqs, &docs(false), &options(lang));
    check_report(&unreadable, &text, false);
    assert_eq!(unreadable.candidates[0].status, Status::Review, "an unreadable file passed");
}

/// At most this many requirement lines are screened per `screen` input
/// (more only slow the fuzzer down; a real job has under ten).
pub const MAX_REQUIREMENTS: usize = 8;

/// Evidence is a valid span of `text` that quotes it.
fn check_span(e: &Evidence, text: &str) {
    assert!(e.start <= e.end, "span {}..{} runs backwards", e.start, e.end);
    assert!(
        text.is_char_boundary(e.start) && text.is_char_boundary(e.end),
        "span {}..{} off char boundaries of a {}-byte text",
        e.start,
        e.end,
        text.len()
    );
    assert_eq!(&text[e.start..e.end], e.text, "span {}..{} does not quote the text", e.start, e.end);
}

/// (a) and (b) for a one-candidate report.
pub fn check_report(report: &Report, text: &str, readable: bool) {
    let c = &report.candidates[0];
    assert_eq!(c.verdicts.len(), report.requirements.len(), "one verdict per requirement");
    for v in &c.verdicts {
        for e in &v.evidence {
            check_span(e, text);
        }
        if let Some(a) = &v.arithmetic {
            for p in &a.periods {
                check_span(&p.evidence, text);
            }
        }
        if v.verdict == VerdictKind::Met {
            assert!(!v.evidence.is_empty(), "met without evidence: {}", v.explanation);
        }
    }
    if c.status == Status::Pass {
        assert!(readable, "an unreadable file passed");
        assert!(
            c.verdicts.iter().all(|v| matches!(v.verdict, VerdictKind::Met | VerdictKind::Manual)),
            "pass with a verdict that is neither met nor manual"
        );
    }
}

/// (d): the CV with [`UNRELATED`] as a new last line keeps every `met`.
fn check_unrelated_line(reqs: &[sikte::Requirement], text: &str, before: &Report, lang: Lang) {
    if text.len() + UNRELATED.len() + 1 > sikte::MAX_TEXT_BYTES {
        return;
    }
    let longer = if text.is_empty() || text.ends_with('\n') {
        format!("{text}{UNRELATED}")
    } else {
        format!("{text}\n{UNRELATED}")
    };
    let after = screen_all(reqs, &[("cv.txt".to_string(), ExtractedText::readable(longer.clone()))], &options(lang));
    check_report(&after, &longer, true);
    for (b, a) in before.candidates[0].verdicts.iter().zip(&after.candidates[0].verdicts) {
        if b.verdict == VerdictKind::Met {
            assert_eq!(
                a.verdict,
                VerdictKind::Met,
                "requirement {:?}: met before, {} after an unrelated last line ({})",
                before.requirements[b.requirement].text,
                a.verdict.name(),
                a.explanation
            );
        }
    }
}

#[cfg(test)]
mod tests {
    //! Every target over its seeds in `fuzz/seeds/<target>/` (committed),
    //! over `fuzz/corpus/<target>/` (what libFuzzer found, not committed)
    //! when `SIKTE_FUZZ_CORPUS=1`, and over `fuzz/artifacts/<target>/`
    //! (crash inputs, not committed) when `SIKTE_FUZZ_ARTIFACTS=1`.

    use std::path::{Path, PathBuf};

    fn inputs(target: &str) -> Vec<PathBuf> {
        let here = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut dirs = vec![here.join("seeds").join(target)];
        if std::env::var("SIKTE_FUZZ_CORPUS").is_ok_and(|v| v == "1") {
            dirs.push(here.join("corpus").join(target));
        }
        if std::env::var("SIKTE_FUZZ_ARTIFACTS").is_ok_and(|v| v == "1") {
            dirs.push(here.join("artifacts").join(target));
        }
        let mut files = Vec::new();
        for d in dirs {
            let Ok(rd) = std::fs::read_dir(&d) else { continue };
            files.extend(rd.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.is_file()));
        }
        files.sort();
        files
    }

    fn run(target: &str, f: fn(&[u8])) {
        let files = inputs(target);
        assert!(!files.is_empty(), "no seeds for {target} (python3 fuzz/make_seeds.py)");
        let mut failed = Vec::new();
        for file in &files {
            let data = std::fs::read(file).unwrap();
            let started = std::time::Instant::now();
            if let Err(e) = std::panic::catch_unwind(|| f(&data)) {
                let msg =
                    e.downcast_ref::<String>().cloned().or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()));
                failed.push(format!("{target}: {} fails: {}", file.display(), msg.unwrap_or_default()));
            }
            let took = started.elapsed();
            if took.as_secs_f64() > 1.0 {
                eprintln!("{target}: {} took {:.2} s", file.display(), took.as_secs_f64());
            }
        }
        assert!(failed.is_empty(), "{} of {} inputs fail:\n{}", failed.len(), files.len(), failed.join("\n"));
        eprintln!("{target}: {} inputs", files.len());
    }

    #[test]
    fn requirement_lines() {
        run("requirement_lines", super::requirement_lines);
    }

    #[test]
    fn docx() {
        run("docx", super::docx);
    }

    #[test]
    fn normalize() {
        run("normalize", super::normalize);
    }

    #[test]
    fn dates() {
        run("dates", super::dates);
    }

    #[test]
    fn screen() {
        run("screen", super::screen);
    }
}
