//! The requirement linter: phrasings in requirement lines that discriminate
//! or act as proxies for a protected ground (age, sex, ethnicity and
//! language-as-ethnicity, nationality, religion, health and disability,
//! family, sexual orientation, political views, union membership), and
//! requests that break data minimisation (photo, date of birth), in bokmål,
//! nynorsk, Swedish, Danish and English.
//!
//! A warning is advice with its reason and legal ground, never a block. The
//! phrasings, their exceptions and the reasons are data, in
//! `lexicon/data/linter.txt`, whose header explains how a match is found and
//! silenced, and why some phrasings warn and others do not.
//!
//! ```
//! let w = sikte::lint::lint("Førerkort klasse B\nDu er ung og nyutdannet");
//! assert_eq!(w.len(), 2);
//! assert_eq!((w[0].line, w[0].text.as_str(), w[0].ground), (2, "ung", "age"));
//! assert!(sikte::lint::lint("Erfaring med arbeid med ungdom").is_empty());
//! ```

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use serde::Serialize;

use crate::lexicon::{Match, PatternSet, Table};
use crate::text::Document;
use crate::ExtractedText;

/// One warning about one phrasing in one line.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Warning {
    /// The 1-based line in the text.
    pub line: usize,
    /// The matched words, as written in the line.
    pub text: String,
    /// The protected ground: `age`, `sex`, `ethnicity`, `nationality`,
    /// `religion`, `health`, `disability`, `family`, `sexual_orientation`,
    /// `political_views`, `union_membership` or `data_minimisation`.
    pub ground: &'static str,
    /// Why, in plain words, with the legal ground.
    pub reason: String,
}

/// Every ground a warning may name.
pub const GROUNDS: &[&str] = &[
    "age",
    "sex",
    "ethnicity",
    "nationality",
    "religion",
    "health",
    "disability",
    "family",
    "sexual_orientation",
    "political_views",
    "union_membership",
    "data_minimisation",
];

/// Check every line of `requirements` (blank lines and lines starting with
/// `#` are skipped, as the requirement parser skips them). The warnings come
/// in line order, and in word order within a line.
pub fn lint(requirements: &str) -> Vec<Warning> {
    lint_with(requirements, |_, reason| reason.clone())
}

/// [`lint`] with each reason in `lang`: the message `lint.<key>` of the
/// language's catalogue (`src/i18n/<lang>.txt`) where it has one, else the
/// English reason of `linter.txt`. Lines, matched text and grounds are the
/// same as [`lint`]'s.
pub fn lint_in(requirements: &str, lang: crate::Lang) -> Vec<Warning> {
    lint_with(requirements, |key, reason| {
        let msg = format!("lint.{key}");
        let translated = crate::i18n::tr(lang, &msg, &[]);
        if translated == msg {
            reason.clone()
        } else {
            translated
        }
    })
}

fn lint_with(requirements: &str, reason: impl Fn(&str, &String) -> String) -> Vec<Warning> {
    let linter = linter();
    let mut out = Vec::new();
    for (n, raw) in requirements.lines().enumerate() {
        let trimmed = raw.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        lint_line(linter, n + 1, raw, &reason, &mut out);
    }
    out
}

fn lint_line(
    linter: &'static Linter,
    line: usize,
    raw: &str,
    reason_of: &impl Fn(&str, &String) -> String,
    out: &mut Vec<Warning>,
) {
    let extracted = ExtractedText::readable(raw.to_string());
    let doc = Document::new(&extracted);
    let view = linter.view(&doc);
    // Words covered by an exception match at any position (exception
    // matches may overlap each other).
    let mut excepted = vec![false; view.len()];
    for i in 0..view.len() {
        if let Some(e) = linter.exceptions.match_at(&view, i) {
            excepted[e.first..e.end()].iter_mut().for_each(|x| *x = true);
        }
    }
    // The clauses of the line, each found once: the clause of word `i` is
    // `clauses[clause_of[i]]`.
    let mut clauses = Vec::new();
    let mut clause_of = vec![0; view.len()];
    let mut i = 0;
    while i < view.len() {
        let c = doc.clause(i, i + 1);
        let end = c.end.max(i + 1);
        clause_of[i..end].iter_mut().for_each(|x| *x = clauses.len());
        clauses.push((i..end, linter.clause_all.any_in(&view, i..end)));
        i = end;
    }
    for m in linter.terms.find_all(&view) {
        let key = linter.terms.key(&m);
        if excepted[m.first..m.end()].iter().any(|&x| x) || linter.number_then_unit(&doc, &view, &m) {
            continue;
        }
        if linter.client_keys.contains(key) && m.first > 0 && linter.client_before.contains(view[m.first - 1]) {
            continue;
        }
        let (clause, inclusive) = &clauses[clause_of[m.first]];
        let in_clause = |set: &PatternSet| set.any_in(&view, clause.clone());
        if *inclusive || linter.clause_by_key.get(key).is_some_and(in_clause) {
            continue;
        }
        if linter.requires.get(key).is_some_and(|set| !in_clause(set)) {
            continue;
        }
        let Some((ground, reason)) = linter.rules.get(key) else { continue };
        out.push(Warning { line, text: doc.evidence(m.first, m.end()).text, ground, reason: reason_of(key, reason) });
    }
}

/// The linter's tables, compiled once.
struct Linter {
    terms: PatternSet,
    exceptions: PatternSet,
    clause_all: PatternSet,
    clause_by_key: BTreeMap<String, PatternSet>,
    requires: BTreeMap<String, PatternSet>,
    client_before: BTreeSet<String>,
    client_keys: BTreeSet<String>,
    units: BTreeSet<String>,
    number_words: BTreeSet<String>,
    years_words: BTreeSet<String>,
    /// key → (ground, reason)
    rules: BTreeMap<String, (&'static str, String)>,
}

fn linter() -> &'static Linter {
    static LINTER: OnceLock<Linter> = OnceLock::new();
    LINTER.get_or_init(|| build(&Table::parse("linter.txt", include_str!("lexicon/data/linter.txt"))))
}

/// The words of one entry of a section, as a set.
fn word_set(table: &Table, section: &str, key: &str) -> BTreeSet<String> {
    table.section(section).iter().filter(|(k, _)| k == key).flat_map(|(_, v)| v.iter().cloned()).collect()
}

/// A section whose keys each have their own pattern set.
fn sets_by_key(table: &Table, section: &str) -> BTreeMap<String, PatternSet> {
    let mut terms: BTreeMap<String, Vec<&str>> = BTreeMap::new();
    for (key, values) in table.section(section) {
        terms.entry(key.clone()).or_default().extend(values.iter().map(String::as_str));
    }
    terms
        .into_iter()
        .map(|(key, ts)| {
            let set = PatternSet::from_terms(ts.iter().map(|t| (*t, key.as_str())));
            (key, set)
        })
        .collect()
}

fn build(table: &Table) -> Linter {
    let grounds = table.names("grounds");
    let reasons = table.names("reasons");
    let rules = grounds
        .iter()
        .map(|(key, ground)| {
            // A ground is one of GROUNDS, so that it can be `&'static str`.
            let ground = GROUNDS.iter().find(|g| **g == ground).copied().unwrap_or_else(|| {
                panic!("linter.txt: key {key} has the ground {ground:?}, which is not one of {GROUNDS:?}")
            });
            let reason = reasons.get(key).cloned().unwrap_or_else(|| panic!("linter.txt: key {key} has no reason"));
            (key.clone(), (ground, reason))
        })
        .collect();
    let mut clause_by_key = sets_by_key(table, "clause_exceptions");
    let clause_all = clause_by_key.remove("all").unwrap_or_default();
    Linter {
        terms: table.patterns("terms"),
        exceptions: table.patterns("exceptions"),
        clause_all,
        clause_by_key,
        requires: sets_by_key(table, "requires"),
        client_before: word_set(table, "client_context", "before"),
        client_keys: word_set(table, "client_context", "keys"),
        units: word_set(table, "units", "units"),
        number_words: word_set(table, "numbers", "words"),
        years_words: word_set(table, "numbers", "years"),
        rules,
    }
}

impl Linter {
    /// The line's words with numbers replaced by their placeholders (see
    /// the header of `linter.txt`).
    fn view<'d>(&self, doc: &'d Document<'_>) -> Vec<&'d str> {
        let n = doc.word_count();
        (0..n)
            .map(|i| {
                let w = doc.word_text(i);
                if !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit()) {
                    let value: u32 = if w.len() > 4 { u32::MAX } else { w.parse().unwrap_or(u32::MAX) };
                    return match value {
                        0..=14 => "0",
                        15..=120 => "00",
                        _ => "000",
                    };
                }
                let before_years = i + 1 < n && self.years_words.contains(doc.word_text(i + 1));
                if before_years && self.number_words.contains(w) {
                    return "0";
                }
                w
            })
            .collect()
    }

    /// Whether the match ends in a number followed by a unit or a "%"
    /// ("under 30 timer", "under 20 %"): then it is no age.
    fn number_then_unit(&self, doc: &Document<'_>, view: &[&str], m: &Match) -> bool {
        let last = m.end() - 1;
        if !matches!(view[last], "0" | "00" | "000") {
            return false;
        }
        if doc.punct_after(last).contains('%') {
            return true;
        }
        m.end() < view.len() && doc.line_of(m.end()) == doc.line_of(last) && self.units.contains(view[m.end()])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Lines that must warn, with the ground of the (first) warning.
    const BAD: &[(&str, &str)] = &[
        // bokmål
        ("Vi søker en ung og motivert medarbeider", "age"),
        ("Du passer inn i vårt unge team", "age"),
        ("Ungt og dynamisk miljø", "age"),
        ("Du er yngre enn 35", "age"),
        ("Søkere bør være mellom 25 og 35 år", "age"),
        ("Søkere under 40 år", "age"),
        ("Alder: 25–35 år", "age"),
        ("Du må være over 18 år", "age"),
        ("Nyutdannet sykepleier", "age"),
        ("Gjerne nyutdannet", "age"),
        ("Maks 5 års erfaring", "age"),
        ("Maks fem års erfaring fra salg", "age"),
        ("Norsk som morsmål", "ethnicity"),
        ("Etnisk norsk", "ethnicity"),
        ("Norsk statsborger", "nationality"),
        ("Norsk statsborgerskap kreves grunnet sikkerhetsklarering", "nationality"),
        ("Norsk utdanning påkrevd", "nationality"),
        ("Du kan ikke være gravid", "family"),
        ("Ingen familieplaner de neste årene", "family"),
        ("Sivilstand må oppgis", "family"),
        ("Ingen hull i CV-en", "family"),
        ("Vi søker en mann til lageret", "sex"),
        ("Kvinne, 30–40 år", "sex"),
        ("Han må ha førerkort klasse B", "sex"),
        ("Frisk og rask", "health"),
        ("God helse er et krav", "health"),
        ("Ingen funksjonsnedsettelse", "disability"),
        ("Du må være personlig kristen", "religion"),
        ("Du deler vårt livssyn", "religion"),
        ("Partimedlem", "political_views"),
        ("Ikke fagorganisert", "union_membership"),
        ("Heterofil", "sexual_orientation"),
        ("CV med bilde", "data_minimisation"),
        ("Foto påkrevd", "data_minimisation"),
        ("Oppgi fødselsdato", "data_minimisation"),
        ("Født etter 1990", "age"),
        ("Digitalt innfødt", "age"),
        // nynorsk
        ("Vi søkjer ein ung medarbeidar", "age"),
        ("Nyutdanna sjukepleiar", "age"),
        ("Norsk som morsmål er ein føresetnad", "ethnicity"),
        ("Norsk statsborgar", "nationality"),
        ("Ingen hol i CV-en", "family"),
        ("Høgst 35 år gamal", "age"),
        ("Ho må ha førarkort", "sex"),
        // svenska
        ("Du är ung och hungrig", "age"),
        ("Högst 35 år", "age"),
        ("Nyexaminerad civilingenjör", "age"),
        ("Svenska som modersmål", "ethnicity"),
        ("Svensk medborgare", "nationality"),
        ("Svensk examen krävs", "nationality"),
        ("Inga luckor i CV:t", "family"),
        ("Kvinnlig sjuksköterska", "sex"),
        ("God hälsa", "health"),
        ("Kristna värderingar", "religion"),
        ("Fackligt ansluten", "union_membership"),
        ("Bifoga foto", "data_minimisation"),
        ("Ange personnummer", "data_minimisation"),
        ("Max 3 års erfarenhet", "age"),
        ("Civilstånd", "family"),
        // dansk
        ("Vi søger en ung medarbejder", "age"),
        ("Nyuddannet pædagog", "age"),
        ("Dansk som modersmål", "ethnicity"),
        ("Dansk statsborger", "nationality"),
        ("Sund og rask", "health"),
        ("Ingen huller i CV'et", "family"),
        ("Mandlig lagermedarbejder", "sex"),
        ("Højst 40 år", "age"),
        ("Kristne værdier", "religion"),
        ("Ikke fagligt organiseret", "union_membership"),
        ("Billede påkrævet", "data_minimisation"),
        // English
        ("Young and energetic", "age"),
        ("Must be under 40", "age"),
        ("Aged 25-35", "age"),
        ("Between 25 and 35 years old", "age"),
        ("Recent graduate", "age"),
        ("Digital native", "age"),
        ("No more than 5 years' experience", "age"),
        ("Native English speaker", "ethnicity"),
        ("Mother tongue Norwegian", "ethnicity"),
        ("EU citizen", "nationality"),
        ("Norwegian degree required", "nationality"),
        ("Male candidates only", "sex"),
        ("He must hold a valid licence", "sex"),
        ("No children", "family"),
        ("Married", "family"),
        ("Please state your marital status", "family"),
        ("Not pregnant", "family"),
        ("No employment gaps", "family"),
        ("Good health", "health"),
        ("No disability", "disability"),
        ("Christian values", "religion"),
        ("Union member", "union_membership"),
        ("Political affiliation", "political_views"),
        ("Sexual orientation: heterosexual", "sexual_orientation"),
        ("Photo required", "data_minimisation"),
        ("Date of birth", "data_minimisation"),
    ];

    /// Lines that must stay silent.
    const GOOD: &[&str] = &[
        // bokmål
        "Vi er en ung bedrift i vekst",
        "Erfaring med arbeid med ungdom",
        "Erfaring fra arbeid med unge brukere",
        "Kompetanse innen barn og unge",
        "Erfaring fra barnehage",
        "Morsmålslærer i somali",
        "Nyutdannede oppfordres også til å søke",
        "Kvinner oppfordres til å søke",
        "Vi ønsker søkere uavhengig av alder, kjønn, funksjonsevne og etnisk bakgrunn",
        "Gode norskkunnskaper muntlig og skriftlig",
        "Minst 3 års erfaring som sykepleier",
        "2–5 års erfaring fra lager",
        "Minst 15 år som leder",
        "Førerkort klasse B",
        "Autorisasjon som sykepleier",
        "Norsk autorisasjon som lege",
        "Bachelor i sykepleie eller tilsvarende utdanning",
        "Norsk utdanning eller tilsvarende godkjent av NOKUT",
        "Erfaring med barn i alderen 1–6 år",
        "Politiattest må fremlegges",
        "Må kunne sikkerhetsklareres",
        "Arbeidstillatelse i Norge",
        "Kunnskap om etniske minoriteter",
        "Erfaring fra psykisk helse",
        "God fysikk",
        "Erfaring som tillitsvalgt",
        "Erfaring med bilde- og videoredigering",
        "Han/hun må ha førerkort",
        "Stilling på under 30 timer i uken",
        "Oppfølging av gravide",
        "Undervisningskompetanse i religion, livssyn og etikk",
        // nynorsk
        "Erfaring frå arbeid med born og unge",
        "Førarkort klasse B",
        "Autorisasjon som sjukepleiar",
        "Minst tre års erfaring frå sal",
        "Gode norskkunnskapar",
        // svenska
        "Erfarenhet av arbete med unga vuxna",
        "Nyexaminerade är välkomna att söka",
        "Legitimerad sjuksköterska",
        "B-körkort",
        "Flytande svenska i tal och skrift",
        "Minst 5 års erfarenhet av projektledning",
        "Vi är ett ungt företag",
        // dansk
        "Erfaring med børn og unge",
        "Kørekort til bil",
        "Autoriseret sygeplejerske",
        "Dansk på C1-niveau",
        "Nyuddannede er også velkomne",
        // English
        "Experience working with young people",
        "Norwegian at C1 level",
        "Valid driving licence",
        "At least 3 years' experience as a welder",
        "Experience with React Native",
        "Fluent English, written and spoken",
        "Right to work in Norway",
        "Experience in aged care",
        "Experience with maternity care for pregnant women",
        "Experience with older people and younger children",
        "Recent graduates are welcome to apply",
        "We are a young company",
        "Junior developer",
        "First aid and CPR certificate",
        "He or she must hold a valid licence",
        "# Comment: ung mann under 40",
    ];

    #[test]
    fn bad_phrasings_warn_with_their_ground() {
        assert!(BAD.len() >= 60, "at least 60 bad phrasings");
        let mut failures = Vec::new();
        for (line, ground) in BAD {
            let w = lint(line);
            if !w.iter().any(|w| w.ground == *ground) {
                failures.push(format!("{line:?}: expected {ground}, got {w:?}"));
            }
        }
        assert!(failures.is_empty(), "{} of {} failed:\n{}", failures.len(), BAD.len(), failures.join("\n"));
    }

    #[test]
    fn good_phrasings_stay_silent() {
        assert!(GOOD.len() >= 30, "at least 30 good phrasings");
        let failures: Vec<String> = GOOD
            .iter()
            .filter_map(|line| Some(format!("{line:?}: {:?}", lint(line))).filter(|_| !lint(line).is_empty()))
            .collect();
        assert!(failures.is_empty(), "{} of {} warned:\n{}", failures.len(), GOOD.len(), failures.join("\n"));
    }

    #[test]
    fn warnings_have_lines_text_as_written_and_reasons() {
        let text = "Førerkort klasse B\n\n# ung\nVi søker en UNG mann, mellom 25 og 35 år\nNorsk som morsmål";
        let w = lint(text);
        let got: Vec<_> = w.iter().map(|w| (w.line, w.text.as_str(), w.ground)).collect();
        assert_eq!(
            got,
            [(4, "UNG", "age"), (4, "mann", "sex"), (4, "mellom 25 og 35 år", "age"), (5, "morsmål", "ethnicity")]
        );
        assert!(w[0].reason.contains("arbeidsmiljøloven § 13-1"), "{}", w[0].reason);
        assert!(w[3].reason.contains("C1"), "{}", w[3].reason);
    }

    #[test]
    fn nationality_and_faith_warnings_say_when_they_may_be_lawful() {
        let w = lint("Norsk statsborger");
        assert!(w[0].reason.contains("security clearance"), "{}", w[0].reason);
        let w = lint("Personlig kristen");
        assert!(w[0].reason.contains("faith-based employer"), "{}", w[0].reason);
    }

    #[test]
    fn an_exception_silences_only_what_it_overlaps() {
        let w = lint("Vi er en ung bedrift som søker unge medarbeidere");
        assert_eq!(w.iter().map(|w| w.text.as_str()).collect::<Vec<_>>(), ["unge"]);
    }

    #[test]
    fn every_rule_has_a_known_ground_and_a_reason() {
        let lx = linter();
        for key in lx.terms.keys() {
            let (ground, reason) = lx.rules.get(key).unwrap_or_else(|| panic!("{key} has no ground"));
            assert!(GROUNDS.contains(ground));
            assert!(reason.contains('(') && reason.len() > 40, "{key}: {reason}");
        }
    }

    #[test]
    fn reasons_in_every_language() {
        use crate::Lang;
        // English comes from linter.txt; every other language has every reason
        for key in linter().rules.keys() {
            for lang in [Lang::Nb, Lang::Nn, Lang::Sv, Lang::Da] {
                let msg = format!("lint.{key}");
                assert_ne!(crate::i18n::tr(lang, &msg, &[]), msg, "{lang:?} has no {msg}");
            }
        }
        let text = "Du er ung\nNorsk statsborger";
        assert_eq!(lint_in(text, Lang::En), lint(text));
        let nb = lint_in(text, Lang::Nb);
        assert_eq!(nb.iter().map(|w| (w.line, w.ground)).collect::<Vec<_>>(), [(1, "age"), (2, "nationality")]);
        assert!(nb[1].reason.contains("statsborgerskap"), "{}", nb[1].reason);
    }

    #[test]
    fn hostile_input_does_not_panic() {
        let long = "ung ".repeat(10_000);
        assert_eq!(lint(&long).len(), 10_000);
        for s in ["", "\n\n", "99999999999999999999 år", "under", "maks 5", "\u{0}\u{feff}ung", "%%%"] {
            let _ = lint(s);
        }
    }
}
