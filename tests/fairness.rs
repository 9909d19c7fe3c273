//! Counterfactual fairness: the same CV with a majority- or minority-typical
//! name, with and without sex markers, with another birth or graduation
//! year, with and without a gap labelled as parental leave, and with æøå or
//! transliterated letters in the name must get identical verdicts and
//! status. The pairs are made by `scripts/fairness/make_pairs.py` from the
//! base CVs in `tests/fixtures/fairness/base/` (five languages); the
//! requirements are `tests/fixtures/fairness/requirements.txt`.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use sikte::{parse_requirements, screen_one, Candidate, Date, Options, Requirement, VerdictKind};
use sikte_extract::Limits;

fn fairness() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fairness")
}

fn screen(reqs: &[Requirement], path: &Path) -> Candidate {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    let extracted = sikte_extract::extract(&name, &bytes, &Limits::default());
    screen_one(reqs, &name, &extracted, &Options::new(Date::new(2026, 11, 27).unwrap()))
}

fn requirements() -> Vec<Requirement> {
    parse_requirements(&std::fs::read_to_string(fairness().join("requirements.txt")).unwrap())
}

/// `(base stem, variant, path)` of every variant file.
fn variants() -> Vec<(String, String, PathBuf)> {
    let mut out: Vec<_> = std::fs::read_dir(fairness().join("pairs"))
        .expect("tests/fixtures/fairness/pairs/ exists: run scripts/fairness/make_pairs.py")
        .map(|e| e.unwrap().path())
        .filter_map(|p| {
            let stem = p.file_stem()?.to_str()?.to_string();
            let (base, variant) = stem.split_once("__")?;
            Some((base.to_string(), variant.to_string(), p.clone()))
        })
        .collect();
    out.sort();
    out
}

#[test]
fn every_pair_gets_identical_verdicts_and_status() {
    let reqs = requirements();
    let mut failures = Vec::new();
    let mut compared = 0;
    for (base, variant, path) in variants() {
        let a = screen(&reqs, &fairness().join("base").join(format!("{base}.txt")));
        let b = screen(&reqs, &path);
        compared += 1;
        if a.status != b.status {
            failures.push(format!("{base} vs {variant}: status {:?} vs {:?}", a.status, b.status));
        }
        for (va, vb) in a.verdicts.iter().zip(&b.verdicts) {
            if va.verdict != vb.verdict {
                failures.push(format!(
                    "{base} vs {variant}: R{} {:?}: {} ({}) vs {} ({})",
                    va.requirement + 1,
                    reqs[va.requirement].text,
                    va.verdict.name(),
                    va.explanation,
                    vb.verdict.name(),
                    vb.explanation
                ));
            }
        }
    }
    assert!(compared >= 100, "only {compared} pairs: run scripts/fairness/make_pairs.py");
    assert!(failures.is_empty(), "{} differences:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn every_base_has_every_kind_of_variant_in_all_five_languages() {
    let bases: BTreeSet<String> = std::fs::read_dir(fairness().join("base"))
        .unwrap()
        .map(|e| e.unwrap().path().file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(bases.len(), 10);
    let langs: BTreeSet<&str> = bases.iter().map(|b| b.split('-').next().unwrap()).collect();
    assert_eq!(langs, BTreeSet::from(["da", "en", "nb", "nn", "sv"]));
    let have: BTreeSet<(String, String)> = variants().into_iter().map(|(b, v, _)| (b, v)).collect();
    let required = [
        "name-mohammed-ali",
        "name-nguyen-thi-lan",
        "name-amina-yusuf",
        "sex-female",
        "sex-male",
        "born-later",
        "born-earlier",
        "graduated-earlier",
        "parental-leave",
    ];
    for base in &bases {
        for v in required {
            assert!(have.contains(&(base.clone(), v.to_string())), "{base} has no {v} variant");
        }
        let text = std::fs::read_to_string(fairness().join("base").join(format!("{base}.txt"))).unwrap();
        let name = text.lines().next().unwrap();
        if name.contains(['æ', 'ø', 'å', 'ä', 'ö', 'Æ', 'Ø', 'Å', 'Ä', 'Ö']) {
            assert!(have.contains(&(base.clone(), "name-transliterated".into())), "{base}");
        }
    }
}

#[test]
fn the_pairs_test_something() {
    // Every base CV meets some requirements and not others, so that a
    // protected attribute that moved a verdict would show.
    let reqs = requirements();
    for entry in std::fs::read_dir(fairness().join("base")).unwrap() {
        let path = entry.unwrap().path();
        let c = screen(&reqs, &path);
        let kinds: BTreeSet<VerdictKind> = c.verdicts.iter().map(|v| v.verdict).collect();
        assert!(kinds.contains(&VerdictKind::Met), "{}: nothing met", path.display());
        assert!(kinds.contains(&VerdictKind::Unclear) || kinds.contains(&VerdictKind::NotMet), "{}", path.display());
    }
}
