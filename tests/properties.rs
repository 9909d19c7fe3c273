//! Property-based tests (proptest) of the core's invariants, for any text:
//!
//! - (a) every evidence span (verdicts and experience arithmetic) lies on
//!   `char` boundaries of the extracted text, `start <= end`, and
//!   `text[start..end]` is the quoted evidence;
//! - (b) a candidate is `pass` only if the file is readable and every
//!   non-manual verdict is `met`;
//! - (c) the JSON report is the same on every run;
//! - (d) an unrelated line added at the end of a CV never turns a `met` into
//!   anything else;
//! - (e) nothing panics, whatever the requirement lines, CV text or file bytes.
//!
//! Requirement lines are drawn from realistic lines in five languages (and,
//! for (e), from arbitrary strings); CV text mixes realistic CV lines with
//! arbitrary Unicode, soft hyphens, CRLF, combining marks, bidi controls and
//! characters whose normalisation or case mapping changes their length.
//!
//! 256 cases per property by default, from a fixed seed so that a run is
//! reproducible; `PROPTEST_CASES=N` and `PROPTEST_RNG_SEED=N` override both.
//! A failure prints the smallest input found; add it to `tests/data/cases/`
//! (or as a test here) when it is fixed.

use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed};
use sikte::{parse_requirements, screen, Date, ExtractedText, Options, Report, Status, VerdictKind};

fn config() -> Config {
    let env = |name: &str| std::env::var(name).ok().and_then(|v| v.parse::<u64>().ok());
    Config {
        cases: env("PROPTEST_CASES").map_or(256, |n| n as u32),
        rng_seed: RngSeed::Fixed(env("PROPTEST_RNG_SEED").unwrap_or(0x5117_e000)),
        failure_persistence: None,
        max_shrink_iters: 2_000,
        ..Config::default()
    }
}

fn options() -> Options {
    Options::new(Date::new(2026, 11, 27).unwrap())
}

/// Requirement lines as recruiters write them, in bokmål, nynorsk, Swedish,
/// Danish and English, one or more of each kind.
const REQUIREMENT_LINES: &[&str] = &[
    // nb
    "Førerkort klasse B",
    "Førerkort kl. C1E",
    "Autorisasjon som sykepleier",
    "Minst 3 års erfaring som sykepleier",
    "2 års relevant erfaring fra lager",
    "Gode norskkunnskaper muntlig og skriftlig",
    "Engelsk på B2-nivå",
    "Bachelor i sykepleie",
    "Relevant høyere utdanning på masternivå",
    "Fagbrev som elektriker",
    "Truckførerbevis T1–T4",
    "HMS-kort",
    "Erfaring med SAP",
    "Kunnskap om AutoCAD",
    "Politiattest må fremlegges",
    "Må kunne sikkerhetsklareres",
    // nn
    "Førarkort klasse B",
    "Autorisasjon som sjukepleiar",
    "Minst 2 års erfaring som elektrikar",
    "Gode norskkunnskapar munnleg og skriftleg",
    "Fagbrev som elektrikar",
    // sv
    "B-körkort",
    "C-körkort och YKB",
    "Legitimerad sjuksköterska",
    "Flytande svenska i tal och skrift",
    "Högskoleexamen inom ekonomi",
    "Minst 3 års erfarenhet som lastbilschaufför",
    // da
    "Kørekort til bil",
    "Autoriseret sygeplejerske",
    "Kandidatuddannelse i datalogi",
    "Gode danskkundskaber i skrift og tale",
    "Mindst 2 års erfaring som pædagog",
    "Pædagoguddannelse",
    // en
    "Valid driving licence",
    "Registered nurse",
    "Master's degree in computer science or equivalent experience",
    "Fluent English",
    "At least 5 years of experience as a software developer",
    "PRINCE2 certification",
    "Experience with Kubernetes",
];

/// CV lines: headings, dated entries, licences, degrees, languages,
/// negations, things in progress and expired, in the five languages.
const CV_LINES: &[&str] = &[
    "Kari Nordmann",
    "Erfaring",
    "Arbeidserfaring",
    "Utdanning",
    "Sertifikater",
    "Språk",
    "Førerkort klasse B",
    "Førerkort: BE, C1",
    "Har ikke førerkort",
    "Tar førerkort nå",
    "Autorisasjon som sykepleier (HPR), 2016",
    "jan. 2019 – d.d.  Sykepleier, Havbu sykehus",
    "2015–2018 Sykepleier, Fjellby kommune, 50 %",
    "03/2017 - 05/2019 Lagermedarbeider, Matbua",
    "aug 2016 til des 2018 sykepleier på medisinsk avdeling",
    "Bachelor i sykepleie, Nordfjell universitet 2013–2016",
    "Master i informatikk (forventet ferdig juni 2027)",
    "Fagbrev som elektriker 2012",
    "Truckførerbevis T1, T2 og T4",
    "HMS-kort (utløpt 2021)",
    "Norsk – morsmål",
    "Engelsk: flytende (C1)",
    "Førarkort klasse B",
    "Sjukepleiar med autorisasjon sidan 2017",
    "2018–no Elektrikar, Vestby Elektro",
    "Arbetslivserfarenhet",
    "B-körkort",
    "Legitimerad sjuksköterska sedan 2020",
    "sedan 2020 Lastbilschaufför, Granby Åkeri",
    "Svenska: modersmål",
    "Kørekort til bil",
    "Autoriseret sygeplejerske",
    "2018-nu Pædagog, Vestby Børnehave",
    "Dansk: flydende",
    "Work experience",
    "2019 – present Software developer, Example AS",
    "Master of Science in Computer Science, 2012–2014",
    "PRINCE2 Practitioner (expired 2020)",
    "Kubernetes, Docker, SAP, AutoCAD",
    "Driving licence: none",
    "Registered nurse (pending registration)",
    "• Politiattest kan fremvises",
];

/// Characters that stress normalisation, case mapping and offsets.
const NASTY: &[&str] = &[
    "\u{AD}",            // soft hyphen
    "\r\n",              // CRLF
    "\r",                // lone CR
    "\u{0301}",          // combining acute
    "e\u{0301}",         // decomposed é
    "o\u{0308}\u{0332}", // stacked combining marks
    "\u{202E}",          // right-to-left override
    "\u{202C}",          // pop directional formatting
    "\u{2066}\u{2069}",  // isolates
    "\u{200F}",          // right-to-left mark
    "\u{200B}",          // zero-width space
    "\u{FEFF}",          // BOM in the middle
    "ﬁ",                 // ligature (NFKC: fi)
    "ﷺ",                 // NFKC: 18 characters
    "㍻",                // NFKC: 平成
    "İ",                 // lower case is two characters
    "ẞ",                 // capital sharp s
    "ǅ",                 // title case digraph
    "\u{0345}",          // combining iota subscript
    "Ⅻ",                 // roman numeral (NFKC: XII)
    "½",                 // NFKC: 1⁄2
    "２０１９",          // full-width digits
    "–",
    "—",
    "‐",   // hyphen
    "-\n", // hyphenation across lines
    "\t",
    "\u{0}",
    "\u{85}",   // next line
    "\u{2028}", // line separator
    "😀",
    "👩‍⚕️", // ZWJ sequence
    "æøå ÆØÅ äö",
];

/// Things that separate pieces of CV text.
const SEPARATORS: &[&str] = &["\n", "\n", "\n", "\r\n", " ", "", "\u{AD}", "\t", "\n\n", " – "];

/// Lines that say nothing about any requirement.
const UNRELATED: &[&str] = &[
    "Hobbyer: fotball og fjellturer",
    "Fritid: ski, sykling og matlaging",
    "Intressen: läsning och friluftsliv",
    "Interesser: løb og brætspil",
    "Interests: chess and hiking",
    "Referanser oppgis ved forespørsel",
];

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => prop::sample::select(CV_LINES).prop_map(str::to_string),
        2 => prop::sample::select(NASTY).prop_map(str::to_string),
        1 => any::<String>().prop_map(|s| s.chars().take(40).collect()),
        1 => "[a-zæøåäö0-9 .,:;()/–-]{0,30}",
        1 => prop::collection::vec(prop::sample::select(NASTY), 1..6).prop_map(|v| v.concat()),
    ]
}

/// CV text: pieces joined by separators.
fn cv_text() -> impl Strategy<Value = String> {
    prop::collection::vec((piece(), prop::sample::select(SEPARATORS)), 0..24).prop_map(|parts| {
        let mut s = String::new();
        for (p, sep) in parts {
            s.push_str(&p);
            s.push_str(sep);
        }
        s
    })
}

/// Requirement text: 1–6 realistic lines, sometimes with a bullet or a comment line.
fn requirement_text() -> impl Strategy<Value = String> {
    prop::collection::vec((prop::sample::select(REQUIREMENT_LINES), 0..4usize), 1..7).prop_map(|lines| {
        lines
            .into_iter()
            .map(|(l, deco)| match deco {
                1 => format!("• {l}"),
                2 => format!("- {l}\r"),
                3 => format!("# comment\n{l}"),
                _ => l.to_string(),
            })
            .collect::<Vec<_>>()
            .join("\n")
    })
}

fn screen_text(requirements: &str, text: &str, readable: bool) -> Report {
    screen_hidden(requirements, text, readable, Vec::new())
}

fn screen_hidden(requirements: &str, text: &str, readable: bool, hidden: Vec<std::ops::Range<usize>>) -> Report {
    let reqs = parse_requirements(requirements);
    let extracted = ExtractedText { text: text.to_string(), warnings: Vec::new(), readable, hidden };
    screen(&reqs, &[("cv.txt".to_string(), extracted)], &options())
}

/// (a) and (b) for one report of one CV.
fn check_invariants(report: &Report, text: &str, readable: bool) -> Result<(), TestCaseError> {
    let c = &report.candidates[0];
    prop_assert_eq!(c.verdicts.len(), report.requirements.len());
    for v in &c.verdicts {
        let mut spans: Vec<&sikte::Evidence> = v.evidence.iter().collect();
        if let Some(a) = &v.arithmetic {
            spans.extend(a.periods.iter().map(|p| &p.evidence));
        }
        for e in spans {
            prop_assert!(e.start <= e.end, "span {}..{} runs backwards", e.start, e.end);
            prop_assert!(
                text.is_char_boundary(e.start) && text.is_char_boundary(e.end),
                "span {}..{} is not on char boundaries of {:?}",
                e.start,
                e.end,
                text
            );
            prop_assert_eq!(&text[e.start..e.end], e.text.as_str(), "span {}..{}", e.start, e.end);
        }
        if v.verdict == VerdictKind::Met {
            prop_assert!(!v.evidence.is_empty(), "met without evidence: {}", v.explanation);
        }
    }
    if c.status == Status::Pass {
        prop_assert!(readable, "an unreadable file passed");
        for v in &c.verdicts {
            prop_assert!(
                matches!(v.verdict, VerdictKind::Met | VerdictKind::Manual),
                "pass with a {} verdict",
                v.verdict.name()
            );
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    /// (a), (b), (e): realistic requirements against messy CV text.
    #[test]
    fn evidence_spans_and_status_hold_for_any_text(reqs in requirement_text(), text in cv_text(), readable in prop::bool::weighted(0.9)) {
        let report = screen_text(&reqs, &text, readable);
        check_invariants(&report, &text, readable)?;
    }

    /// (c): the same input gives the same JSON.
    #[test]
    fn the_report_is_the_same_on_every_run(reqs in requirement_text(), text in cv_text()) {
        let a = sikte::render::to_json(&screen_text(&reqs, &text, true));
        let b = sikte::render::to_json(&screen_text(&reqs, &text, true));
        prop_assert_eq!(a, b);
    }

    /// (d): an unrelated last line never takes a `met` away.
    #[test]
    fn an_unrelated_last_line_keeps_every_met(reqs in requirement_text(), text in cv_text(), extra in prop::sample::select(UNRELATED)) {
        let before = screen_text(&reqs, &text, true);
        let longer = if text.is_empty() || text.ends_with('\n') { format!("{text}{extra}") } else { format!("{text}\n{extra}") };
        let after = screen_text(&reqs, &longer, true);
        check_invariants(&after, &longer, true)?;
        for (b, a) in before.candidates[0].verdicts.iter().zip(&after.candidates[0].verdicts) {
            if b.verdict == VerdictKind::Met {
                prop_assert_eq!(
                    a.verdict,
                    VerdictKind::Met,
                    "requirement {:?}: met before, {} after adding {:?} ({})",
                    &before.requirements[b.requirement].text,
                    a.verdict.name(),
                    extra,
                    &a.explanation
                );
            }
        }
    }

    /// Hidden ranges from outside (any order, overlapping, off the text, inside
    /// a character) never panic, the invariants hold, hiding text never turns
    /// a verdict into `met` or `not_met` that was not that with the text in
    /// plain sight, and no `met` quotes hidden text only.
    #[test]
    fn hidden_text_never_meets_or_contradicts(reqs in requirement_text(), text in cv_text(), cuts in prop::collection::vec((0usize..4096, 0usize..200), 0..6)) {
        let hidden: Vec<std::ops::Range<usize>> = cuts.iter().map(|&(s, n)| s..s + n).collect();
        let plain = screen_text(&reqs, &text, true);
        let report = screen_hidden(&reqs, &text, true, hidden.clone());
        check_invariants(&report, &text, true)?;
        let hidden = sikte::text::hidden::normalise(&hidden, &text);
        for (p, v) in plain.candidates[0].verdicts.iter().zip(&report.candidates[0].verdicts) {
            if v.verdict == VerdictKind::Met {
                prop_assert_eq!(p.verdict, VerdictKind::Met, "{}", &v.explanation);
                let all_hidden = v.evidence.iter().all(|e| hidden.iter().any(|h| h.start <= e.start && e.end <= h.end));
                prop_assert!(v.evidence.is_empty() || !all_hidden || hidden.is_empty(), "met on hidden text only: {}", &v.explanation);
            }
            if v.verdict == VerdictKind::NotMet && !hidden.is_empty() {
                // the visible text alone contradicts it (hidden words were blanked)
                let blanked = sikte::text::hidden::blank(&text, &hidden);
                let seen = screen_text(&reqs, &blanked, true);
                prop_assert_eq!(seen.candidates[0].verdicts[v.requirement].verdict, VerdictKind::NotMet);
            }
        }
    }

    /// (e): arbitrary requirement text and arbitrary CV text never panic, and the invariants hold.
    #[test]
    fn arbitrary_requirements_and_text_never_panic(reqs in any::<String>(), text in any::<String>()) {
        let report = screen_text(&reqs, &text, true);
        check_invariants(&report, &text, true)?;
        let _ = sikte::render::to_csv(&report);
        let _ = sikte::render::to_table(&report, sikte::Lang::En);
    }

    /// (e): arbitrary file bytes under every name the readers take never panic;
    /// a file that is not readable is never `pass`.
    #[test]
    fn arbitrary_file_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2048), ext in prop::sample::select(&["txt", "md", "docx", "json", "pdf", "bin"][..]), zip_magic in any::<bool>()) {
        let mut data = bytes;
        if zip_magic {
            data.splice(0..0, *b"PK\x03\x04");
        }
        let name = format!("cv.{ext}");
        let extracted = sikte_extract::extract(&name, &data, &sikte_extract::Limits::default());
        let reqs = parse_requirements("Førerkort klasse B\nAutorisasjon som sykepleier");
        let report = screen(&reqs, &[(name, extracted.clone())], &options());
        check_invariants(&report, &extracted.text, extracted.readable)?;
    }
}
