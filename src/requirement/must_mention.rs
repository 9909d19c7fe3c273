//! The fallback: a line that fits no other kind ("Erfaring med SAP",
//! "Kunnskap om AutoCAD") must be mentioned in the CV. Its key terms are
//! the words that are not filler (`requirements.txt`), each matched with its
//! inflections and in compounds.

use super::Line;
use crate::i18n::Lang;
use crate::lexicon::lexicon;
use crate::t;

/// A must-mention requirement.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MustMention {
    /// Key terms: words, lower case, space-separated (see [`term_set`]).
    pub terms: Vec<String>,
    /// "eller"/"or": any term is enough; otherwise all are needed.
    pub any: bool,
    /// With `any`: terms needed besides one of the alternatives, as the
    /// line joins them with "og"/"and" ("DIPS og Gerica eller CosDoc") or
    /// writes a regime before them ("EASA Part-FCL CPL(A) or ATPL(A)":
    /// `[regimes]`).
    pub needed: Vec<String>,
    /// Other wordings that meet a term: `(alias, term)`, from an acronym's
    /// expansion in parentheses ("ASK (alternativ og supplerande
    /// kommunikasjon)").
    pub aliases: Vec<(String, String)>,
    /// Terms the line writes in capitals ("ASK", "SAP"): in the CV too, so
    /// that the English verb "ask" is not the acronym.
    pub acronyms: Vec<String>,
    /// Words of the terms the line writes as names, with a capital inside
    /// the line ("Opera", "Visma"): matched as written, not by a stem
    /// ("Opera" is not "operatør").
    pub names: Vec<String>,
    /// Pairs of terms the line writes as one phrase with only numbers
    /// between them ("ATR 42/72 type rating"): a CV must name them
    /// together, on one line, not one here and one there.
    pub together: Vec<(String, String)>,
    /// The line asks for experience ("Erfaring med restaurering", "Design
    /// experience to Eurocodes"): a term named only in a course or a
    /// certificate is not met by that mention.
    pub experience: bool,
}

impl MustMention {
    pub fn interpretation(&self, lang: Lang) -> String {
        if self.terms.is_empty() {
            return t!(lang, "interp.must_mention_none");
        }
        let quoted = |w: &str| t!(lang, "what.quoted", words = w);
        let shown: Vec<String> = self
            .terms
            .iter()
            .map(|term| {
                let alias = self.aliases.iter().filter(|(_, t)| t == term).map(|(a, _)| format!(" / {}", quoted(a)));
                quoted(term) + &alias.collect::<String>()
            })
            .collect();
        let and = format!(" {} ", t!(lang, "word.and"));
        if !self.any {
            return t!(lang, "interp.must_mention", terms = shown.join(&and));
        }
        let (needed, alternatives): (Vec<_>, Vec<_>) =
            self.terms.iter().zip(shown).partition(|(term, _)| self.needed.contains(term));
        let alternatives: Vec<String> = alternatives.into_iter().map(|(_, s)| s).collect();
        let alternatives = alternatives.join(&format!(" {} ", t!(lang, "word.or")));
        let terms = match needed.is_empty() {
            true => alternatives,
            false => {
                needed.into_iter().map(|(_, s)| s).collect::<Vec<_>>().join(&and) + &and + &format!("({alternatives})")
            }
        };
        t!(lang, "interp.must_mention", terms = terms)
    }
}

/// Endings stripped from a key word so that its inflections match; "-ering"
/// also lets a Nordic noun match its English form ("programmering",
/// "programming").
const ENDINGS: &[&str] =
    &["ering", "ene", "ane", "erne", "arna", "orna", "ar", "er", "or", "en", "et", "na", "a", "e", "s"];

/// A key word as a pattern: short words (up to 4 letters: "SAP", "Java",
/// which must not match "JavaScript") exactly, others by their stem as a
/// prefix, long ones anywhere inside a compound.
pub fn term_pattern(word: &str) -> String {
    let n = word.chars().count();
    if n <= 4 || word.chars().any(|c| c.is_ascii_digit()) {
        return word.to_string();
    }
    let mut stem = word;
    for e in ENDINGS {
        if let Some(s) = word.strip_suffix(e) {
            if s.chars().count() >= 4 {
                stem = s;
                break;
            }
        }
    }
    // "-el" after a doubled consonant loses the "e" and one consonant in
    // the plural ("plantevernmiddel", "plantevernmidler"; "artikkel",
    // "artikler")
    let chars: Vec<char> = word.chars().collect();
    if stem == word && word.ends_with("el") && n >= 7 && chars[n - 3] == chars[n - 4] && !is_vowel(chars[n - 3]) {
        stem = &word[..word.len() - 3];
    }
    if stem.chars().count() >= 6 {
        format!("*{stem}*")
    } else {
        format!("{stem}*")
    }
}

/// A vowel of the five written languages.
pub(crate) fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'æ' | 'ø' | 'å' | 'ä' | 'ö')
}

/// The key terms of a line: runs of words outside `skip` that are not
/// filler, numbers or years, each run one term ("Power BI"). Terms are
/// written as their words, lower case, space-separated. Words in
/// parentheses are examples ("PLS-programmering (Siemens eller ABB)") and
/// are left out, unless nothing else is left; a generic head before a name
/// ("omsorgssystemet Nexus") is dropped from its run.
pub fn key_terms(line: &Line<'_>, skip: &[std::ops::Range<usize>]) -> Vec<String> {
    let inside = in_parentheses(line);
    let outside: Vec<std::ops::Range<usize>> =
        skip.iter().cloned().chain((0..line.len()).filter(|&i| inside[i]).map(|i| i..i + 1)).collect();
    let terms = terms_in(line, &outside);
    if terms.is_empty() {
        terms_in(line, skip)
    } else {
        terms
    }
}

/// A preposition and a law at word `i` ("under Byggherreforskriften",
/// "under Norwegian regulations"): the word after the law.
fn legal_basis_at(line: &Line<'_>, i: usize) -> Option<usize> {
    let lx = lexicon();
    let set = &lx.legal_basis;
    let doc = &line.doc;
    let p = set.match_at(doc, i).filter(|m| set.key(m) == "preposition")?;
    // a country's adjective before the law
    let at = lx.languages.match_at(doc, p.end()).map_or(p.end(), |m| m.end());
    let law = (at < line.len()).then(|| set.match_at(doc, at)).flatten()?;
    (set.key(&law) == "law").then_some(law.end())
}

/// Word `i` is an English verb in "-ing" joined by "and"/"or" to another
/// ("planning and running", "designing or building"), with more words after
/// them: the activities, not the thing.
fn gerund_pair(line: &Line<'_>, i: usize) -> bool {
    let ing = |k: usize| k < line.len() && line.word(k).len() > 5 && line.word(k).ends_with("ing");
    let joined = |k: usize| k < line.len() && matches!(line.word(k), "and" | "or");
    let first = ing(i) && joined(i + 1) && ing(i + 2) && i + 3 < line.len();
    let second = i >= 2 && ing(i) && joined(i - 1) && ing(i - 2) && i + 1 < line.len();
    first || second
}

fn terms_in(line: &Line<'_>, skip: &[std::ops::Range<usize>]) -> Vec<String> {
    let lx = lexicon();
    let doc = &line.doc;
    let mut out: Vec<String> = Vec::new();
    let mut run: Vec<(usize, &str)> = Vec::new();
    // a generic head beside a name is dropped ("omsorgssystemet Nexus",
    // "SAP ERP"); beside a common word, it is what is asked
    // ("elektroniske adgangskontrolsystemer"): a name is written with a
    // digit, a capital inside it, or a capital where a sentence does not
    // start ("Elektroniske adgangskontrolsystemer" opens the line)
    let is_name = |i: usize| {
        let text = doc.evidence(i, i + 1).text;
        let mut chars = text.chars();
        let first_capital = chars.next().is_some_and(char::is_uppercase) && i > 0;
        first_capital || text.chars().any(|c| c.is_ascii_digit()) || chars.any(char::is_uppercase)
    };
    let mut flush = |run: &mut Vec<(usize, &str)>| {
        if run.len() > 1 {
            let names: Vec<(usize, &str)> = run.iter().copied().filter(|(_, w)| !is_generic_head(w)).collect();
            if !names.is_empty() && names.iter().any(|(i, _)| is_name(*i)) {
                *run = names;
            }
        }
        if !run.is_empty() {
            let t = run.iter().map(|(_, w)| *w).collect::<Vec<_>>().join(" ");
            if !out.contains(&t) {
                out.push(t);
            }
            run.clear();
        }
    };
    let mut i = 0;
    while i < line.len() {
        if skip.iter().any(|r| r.contains(&i)) {
            flush(&mut run);
            i += 1;
            continue;
        }
        // a letter joined to the next word by a hyphen is part of its name
        // ("A-melding", "C-kort"), not the filler article "a"
        let hyphen_joined = i + 1 < line.len()
            && doc.between(i, i + 1).0 == "-"
            && !doc.evidence(i, i + 2).text.contains(char::is_whitespace)
            && !skip.iter().any(|r| r.contains(&(i + 1)));
        let letter_of_name = hyphen_joined && line.word(i).chars().count() == 1;
        // "etter akvakulturdriftsforskrifta": the law behind it, not a term
        if let Some(law) = legal_basis_at(line, i) {
            flush(&mut run);
            i = law;
            continue;
        }
        // filler, "ønskelig", "en fordel" (how much, not what), "eller
        // tilsvarende", "or higher" (what else will do)
        if let Some(f) = lx
            .equivalent
            .match_at(doc, i)
            .or_else(|| lx.filler.match_at(doc, i))
            .or_else(|| lx.preferred.match_at(doc, i))
            .filter(|_| !letter_of_name)
            // nor a filler word that is the first part of a compound
            // ("work-class ROV systems"); "hands-on" is a filler of two
            .filter(|f| !(hyphen_joined && f.end() == i + 1))
        {
            flush(&mut run);
            i = f.end();
            continue;
        }
        // "planning and running usability tests": English verbs joined by
        // "and"/"or" say what is done with the term after them
        if gerund_pair(line, i) {
            flush(&mut run);
            i += 1;
            continue;
        }
        let mut w = line.word(i);
        if is_number(w) || lx.years_words.match_at(doc, i).is_some() {
            flush(&mut run);
            i += 1;
            continue;
        }
        // "ledererfaring" is about "leder"; "praksiserfaring" about nothing
        if let Some(what) = EXPERIENCE_HEADS.iter().find_map(|h| w.strip_suffix(h)) {
            if what.chars().count() < 3 || GENERIC_EXPERIENCE.contains(&what) {
                flush(&mut run);
                i += 1;
                continue;
            }
            w = what;
        }
        // a comma or slash ends a term: "SAP, Visma"
        if i > 0 && !run.is_empty() && doc.between(i - 1, i).0.contains([',', '/', ';', '(', ')']) {
            flush(&mut run);
        }
        // "Commercial Pilot Licence CPL(A)", "Flight Instructor rating
        // FI(A)": an expansion and then its acronym name one thing, and
        // CVs write the acronym
        let spelled = expansion_before(line, &run, i);
        run.truncate(run.len() - spelled);
        run.push((i, w));
        // an acronym followed by its expansion ("PMS property management
        // system") names one thing: the expansion is left out
        i += 1 + expansion_after(line, i);
    }
    flush(&mut run);
    out
}

/// How many words after word `i`, an acronym written in capitals, spell it
/// out by their first letters ("PMS property management system"); 0 if
/// they do not.
fn expansion_after(line: &Line<'_>, i: usize) -> usize {
    let original = line.doc.evidence(i, i + 1).text;
    if !is_acronym(&original) {
        return 0;
    }
    let letters: Vec<char> = line.word(i).chars().collect();
    let n = letters.len();
    let spelled = i + n < line.len() && letters.iter().enumerate().all(|(k, c)| line.word(i + 1 + k).starts_with(*c));
    if spelled {
        n
    } else {
        0
    }
}

/// How many words at the end of `run`, right before word `i`, an acronym
/// written in capitals, are its expansion: their first letters spell it,
/// with at most one word after them that names what it is ("Commercial
/// Pilot Licence CPL", "Flight Instructor rating FI"); 0 if none are.
fn expansion_before(line: &Line<'_>, run: &[(usize, &str)], i: usize) -> usize {
    if !is_acronym(&line.doc.evidence(i, i + 1).text) {
        return 0;
    }
    let letters: Vec<char> = line.word(i).chars().collect();
    let n = letters.len();
    for extra in 0..=1 {
        let Some(start) = run.len().checked_sub(n + extra) else { break };
        let words = &run[start..run.len() - extra];
        let in_a_row = run[start..].iter().enumerate().all(|(k, (at, _))| *at + (run.len() - start) - k == i);
        if n > 1 && in_a_row && words.iter().zip(&letters).all(|((_, w), c)| w.starts_with(*c)) {
            return n + extra;
        }
    }
    0
}

/// Compound heads that say "experience of": the word before them is the
/// key term ("ledererfaring", "salgserfarenhet").
const EXPERIENCE_HEADS: &[&str] =
    &["erfaringer", "erfaringar", "erfaringen", "erfaring", "erfarenheter", "erfarenhet", "røynsle", "experience"];
/// What goes before such a head without naming anything: "praksiserfaring",
/// "arbeidserfaring".
const GENERIC_EXPERIENCE: &[&str] =
    &["praksis", "arbeids", "arbets", "arbejds", "arbetslivs", "yrkes", "erhvervs", "jobb", "work", "praktisk"];

fn is_generic_head(word: &str) -> bool {
    lexicon().generic_heads.match_at(&[word][..], 0).is_some()
}

/// For each word of the line, whether it stands inside parentheses.
pub(crate) fn in_parentheses(line: &Line<'_>) -> Vec<bool> {
    line.doc.parenthesised(0..line.len())
}

/// Examples in parentheses after a term ("maskinstyring (GPS/3D)",
/// "ERP-system (SAP eller Visma)"): each one meets the term, as the
/// recruiter gave it as an instance of it: `(example, term)`. An acronym's
/// expansion (already in `known`) is not an example.
fn examples(line: &Line<'_>, terms: &[String], known: &[(String, String)]) -> Vec<(String, String)> {
    let inside = in_parentheses(line);
    let mut out = Vec::new();
    for i in 1..line.len() {
        if !inside[i] || inside[i - 1] {
            continue;
        }
        let Some(term) = terms.iter().find(|t| t.rsplit(' ').next() == Some(line.word(i - 1))) else { continue };
        // "(Norsk Vann)" names who gives the course, not an instance of it
        if known.iter().any(|(_, t)| t == term) || super::language::names_organisation(&line.doc, i) {
            continue;
        }
        let end = (i..line.len()).find(|&k| !inside[k]).unwrap_or(line.len());
        let skip: Vec<std::ops::Range<usize>> = vec![0..i, end..line.len()];
        out.extend(terms_in(line, &skip).into_iter().map(|e| (e, term.clone())));
    }
    out
}

/// The examples after an example marker outside parentheses ("et LIMS,
/// f.eks. LabWare"), when the line has terms before it and after it.
struct MarkedExamples {
    /// The terms before the marker.
    before: Vec<String>,
    /// The examples: the terms after it.
    examples: Vec<String>,
    /// The term before the marker that each example meets.
    of: String,
    /// Terms of the clause before the marker that say what is done with
    /// `of` and are not asked for on their own.
    activities: Vec<String>,
}

/// The examples after an example marker, and what they are examples of:
/// the clause right before the marker, after any "og"/"and". Examples in
/// common words meet its first term. Examples written as names ("ETA 2824",
/// "T-DOC") are instances of the whole clause: they meet its last term, and
/// its terms before that, which say what work or kind of thing it is
/// ("service på automatverk, t.ex. ETA 2824 eller Sellita SW200";
/// "spårbarhetssystem för instrument, t.ex. T-DOC"), are not asked for on
/// their own: as with [`named_tools`], no one names the instance without
/// the work.
fn examples_after_marker(line: &Line<'_>, marker: Option<usize>) -> Option<MarkedExamples> {
    let m = lexicon().example_markers.match_at(&line.doc, marker?)?;
    let (rest, head) = (m.first..line.len(), 0..m.end());
    let before = key_terms(line, std::slice::from_ref(&rest));
    let examples = terms_in(line, std::slice::from_ref(&head));
    // (not the "og" of a compound: "sak- og arkivsystem")
    let joins = |i: usize| {
        (super::is_and_word(line.word(i)) || super::is_or_word(line.word(i)))
            && !(i > 0 && line.doc.between(i - 1, i).0.contains('-'))
    };
    let joined = (0..m.first).rev().find(|&i| joins(i));
    let clause = match joined {
        Some(j) => key_terms(line, &[0..j + 1, rest.clone()]),
        None => before.clone(),
    };
    let mut clause: Vec<String> = clause.into_iter().filter(|t| before.contains(t)).collect();
    if clause.is_empty() {
        clause.extend(before.last().cloned());
    }
    if examples.is_empty() || clause.is_empty() || m.end() >= line.len() {
        return None;
    }
    let named = is_named_text(&line.doc.evidence(m.end(), line.len()).text);
    let (of, activities) = if named && clause.len() > 1 {
        let of = clause.pop().expect("two or more");
        (of, clause)
    } else {
        (clause.swap_remove(0), Vec::new())
    };
    Some(MarkedExamples { before, examples, of, activities })
}

/// "stenfatning, herunder krappe- og pavéfatning": the term right before
/// an inclusion marker (`[inclusion_markers]`), when terms follow it. The
/// parts after the marker are what the line asks for; the whole is named
/// by them.
fn included_whole(line: &Line<'_>, terms: &[String]) -> Option<String> {
    let inside = in_parentheses(line);
    let m = lexicon().inclusion_markers.find_all(&line.doc).into_iter().find(|m| !inside[m.first])?;
    let at = |t: &String| position(line, t).map(|(first, _)| first);
    if !terms.iter().any(|t| at(t).is_some_and(|f| f >= m.end())) {
        return None;
    }
    terms.iter().filter(|t| at(t).is_some_and(|f| f < m.first)).max_by_key(|t| at(t)).cloned()
}

/// Where an example marker outside parentheses starts, if the line has one.
fn example_marker(line: &Line<'_>) -> Option<usize> {
    let inside = in_parentheses(line);
    lexicon().example_markers.find_all(&line.doc).into_iter().find(|m| !inside[m.first]).map(|m| m.first)
}

/// An acronym followed by its expansion in parentheses ("ASK (alternativ og
/// supplerande kommunikasjon)"): `(expansion, acronym)`, when the initials
/// of the expansion's key words spell the acronym.
fn acronym_aliases(line: &Line<'_>, terms: &[String]) -> Vec<(String, String)> {
    let inside = in_parentheses(line);
    let mut out = Vec::new();
    let mut i = 1;
    while i < line.len() {
        if !inside[i] || inside[i - 1] {
            i += 1;
            continue;
        }
        let end = (i..line.len()).find(|&k| !inside[k]).unwrap_or(line.len());
        let acronym = line.word(i - 1);
        if is_acronym(&line.doc.evidence(i - 1, i).text) && terms.iter().any(|t| t == acronym) {
            let skip: Vec<std::ops::Range<usize>> = vec![0..i, end..line.len()];
            let key_words = terms_in(line, &skip).join(" ");
            let initials: String = key_words.split(' ').filter_map(|w| w.chars().next()).collect();
            if initials == acronym {
                let expansion: Vec<&str> = (i..end).map(|k| line.word(k)).collect();
                out.push((expansion.join(" "), acronym.to_string()));
            }
        }
        i = end;
    }
    out
}

/// A term followed by its acronym in parentheses ("Security Operations
/// Centre (SOC)"): `(acronym, term)`, when the initials of the term's
/// words spell it.
pub fn acronyms_after(line: &Line<'_>, terms: &[String]) -> Vec<(String, String)> {
    let inside = in_parentheses(line);
    let mut out = Vec::new();
    for term in terms {
        let Some((_, end)) = position(line, term) else { continue };
        let alone = end < line.len() && inside[end] && (end + 1 == line.len() || !inside[end + 1]);
        if !alone || !is_acronym(&line.doc.evidence(end, end + 1).text) {
            continue;
        }
        let initials: String = term.split(' ').filter_map(|w| w.chars().next()).collect();
        if initials == line.word(end) {
            out.push((line.word(end).to_string(), term.clone()));
        }
    }
    out
}

/// The patterns of a term: its words, each by [`term_pattern`], and the
/// words written together ("PowerBI" for "Power BI"); and the same for the
/// term written with a word's other name ("PLC" for "PLS",
/// `requirements.txt`).
pub fn term_patterns(term: &str) -> Vec<String> {
    term_patterns_with(term, &[])
}

/// [`term_patterns`], with the words in `names` matched as written. A term
/// of several words that is itself a row's name has that row's names too
/// ("enteral nutrition": "sondmatning", "sonde").
fn term_patterns_with(term: &str, names: &[String]) -> Vec<String> {
    let mut out = term_word_patterns(term, names);
    if term.contains(' ') {
        for other in lexicon().term_synonyms.get(term).into_iter().flatten().filter(|o| *o != term) {
            out.extend(term_word_patterns(other, names));
        }
    }
    out
}

/// The patterns of a term by its words' other names and spellings.
fn term_word_patterns(term: &str, names: &[String]) -> Vec<String> {
    // every word's other names and spellings, in every combination
    let mut variants: Vec<Vec<String>> = vec![Vec::new()];
    for w in term.split(' ') {
        let others = lexicon().term_synonyms.get(w).into_iter().flatten().cloned();
        let names: Vec<String> = std::iter::once(w.to_string()).chain(others).chain(spellings(w)).collect();
        variants = variants
            .into_iter()
            .flat_map(|v| {
                names.iter().map(move |n| {
                    let mut v = v.clone();
                    v.push(n.clone());
                    v
                })
            })
            .collect();
    }
    let mut out = Vec::new();
    for v in variants {
        // a name as written, with an ending only after a consonant
        // ("Rammeplan", "rammeplanen"; "Opera", not "operatør")
        let pattern = |w: &String| match names.contains(w) {
            true if w.chars().last().is_some_and(is_vowel) => w.clone(),
            true => format!("{w}*"),
            false => term_pattern(w),
        };
        out.push(v.iter().map(pattern).collect::<Vec<_>>().join(" "));
        // written together: by its stem, but exactly when a part is a
        // single letter ("e-conomic" is not "economics")
        if v.len() > 1 {
            let together = v.concat();
            out.push(if v.iter().any(|w| w.chars().count() == 1) { together } else { term_pattern(&together) });
        }
    }
    out
}

/// A word with its parts written as the other written standards write
/// them ("kvardagsrehabilitering" as "hverdagsrehabilitering";
/// "tegningslæsning" as "ritningsläsning"): every combination, the word
/// itself left out.
fn spellings(word: &str) -> Vec<String> {
    let mut out = vec![word.to_string()];
    for group in &lexicon().spelling_variants {
        let mut more = Vec::new();
        for w in &out {
            for part in group.iter().filter(|p| w.contains(p.as_str())) {
                more.extend(group.iter().filter(|o| *o != part).map(|o| w.replacen(part.as_str(), o, 1)));
            }
        }
        out.extend(more);
    }
    out.remove(0);
    out.sort();
    out.dedup();
    out
}

/// Verbal-noun endings of a compound's last part, and what stays of the
/// verb: "tegnings|læsning" is read in "læser tegninger", "maskin|styring"
/// in "styrer maskinen".
const VERBAL_NOUNS: &[&str] = &["ning", "ing", "else"];

/// A one-word compound whose last part is a verbal noun, written as the
/// verb and the thing ("tegningslæsning": "læser tegninger", "lese
/// tegninger"): `(alias, term)`. Every split is tried; one that is not a
/// real word boundary gives words no CV writes.
fn verb_forms(terms: &[String]) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for term in terms.iter().filter(|t| !t.contains(' ')) {
        let chars: Vec<(usize, char)> = term.char_indices().collect();
        for &(at, _) in chars.iter().skip(4) {
            let (thing, noun) = term.split_at(at);
            let thing = if thing.chars().count() > 4 { thing.strip_suffix('s').unwrap_or(thing) } else { thing };
            let Some(stem) = VERBAL_NOUNS.iter().find_map(|e| noun.strip_suffix(e)) else { continue };
            if noun.chars().count() < 6 || stem.chars().count() < 3 || thing.chars().count() < 4 {
                continue;
            }
            for verb in [format!("{stem}er"), format!("{stem}e"), stem.to_string()] {
                out.push((format!("{verb} {thing}"), term.clone()));
            }
        }
    }
    out
}

/// A one-word compound whose head only names a kind of tool
/// ("diagnosverktyg"): the word before it alone (`requirements.txt`
/// `[tool_heads]`), when it is long enough to say something.
fn tool_modifiers(terms: &[String]) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for term in terms.iter().filter(|t| !t.contains(' ')) {
        for head in &lexicon().tool_heads {
            if let Some(what) = term.strip_suffix(head.as_str()) {
                let what = what.strip_suffix('s').filter(|w| w.chars().count() >= 5).unwrap_or(what);
                if what.chars().count() >= 5 {
                    out.push((what.to_string(), term.clone()));
                }
            }
        }
    }
    out
}

/// A product written with its vendor ("microsoft intune"): the product's
/// own name alone, unless it is an everyday word (`[vendors]`).
fn products(terms: &[String]) -> Vec<(String, String)> {
    let lx = lexicon();
    let mut out = Vec::new();
    for term in terms {
        // the vendor may be several words ("john deere timbermatic")
        let product = lx.vendors.iter().find_map(|v| term.strip_prefix(v.as_str())?.strip_prefix(' '));
        if let Some(product) = product {
            let everyday = lx.everyday_products.iter().any(|e| product.split(' ').any(|w| w == e));
            if !everyday && product.chars().count() >= 4 {
                out.push((product.to_string(), term.clone()));
            }
        }
    }
    out
}

/// A pattern set whose keys are the terms.
pub fn term_set(terms: &[String]) -> std::rc::Rc<crate::lexicon::PatternSet> {
    term_set_with(terms, &[])
}

/// Built pattern sets by their terms and aliases: a batch screens every CV
/// against the same lines, so each line's set is built once, not per CV.
type TermSets = std::collections::HashMap<
    (Vec<String>, Vec<(String, String)>, Vec<String>),
    std::rc::Rc<crate::lexicon::PatternSet>,
>;

/// At most this many sets are kept (a batch has a few dozen lines).
const TERM_SETS_KEPT: usize = 256;

thread_local! {
    static TERM_SETS: std::cell::RefCell<TermSets> = std::cell::RefCell::new(TermSets::new());
}

/// A pattern set whose keys are the terms, each also found by its aliases
/// (`(alias, term)`) and, for two words, written the other way round.
pub fn term_set_with(terms: &[String], aliases: &[(String, String)]) -> std::rc::Rc<crate::lexicon::PatternSet> {
    term_set_named(terms, aliases, &[])
}

/// [`term_set_with`], with the words in `names` matched as written.
pub fn term_set_named(
    terms: &[String],
    aliases: &[(String, String)],
    names: &[String],
) -> std::rc::Rc<crate::lexicon::PatternSet> {
    let key = (terms.to_vec(), aliases.to_vec(), names.to_vec());
    if let Some(set) = TERM_SETS.with(|c| c.borrow().get(&key).cloned()) {
        return set;
    }
    let set = std::rc::Rc::new(build_term_set(terms, aliases, names));
    TERM_SETS.with(|c| {
        let mut c = c.borrow_mut();
        if c.len() >= TERM_SETS_KEPT {
            c.clear();
        }
        c.insert(key, set.clone());
    });
    set
}

fn build_term_set(terms: &[String], aliases: &[(String, String)], names: &[String]) -> crate::lexicon::PatternSet {
    let derived: Vec<(String, String)> = reversed(terms)
        .into_iter()
        .chain(verb_forms(terms))
        .chain(tool_modifiers(terms))
        .chain(products(terms))
        .collect();
    let named = terms
        .iter()
        .map(|t| (t.as_str(), t.as_str()))
        .chain(aliases.iter().chain(&derived).map(|(a, t)| (a.as_str(), t.as_str())));
    let patterns: Vec<(String, &str)> =
        named.flat_map(|(w, t)| term_patterns_with(w, names).into_iter().map(move |p| (p, t))).collect();
    crate::lexicon::PatternSet::from_terms(patterns.iter().map(|(p, t)| (p.as_str(), *t)))
}

/// Make a must-mention requirement of any line. "eller"/"or" between
/// examples in parentheses does not make the line's terms alternatives.
pub fn parse(line: &Line<'_>) -> MustMention {
    let mut terms = key_terms(line, &[]);
    // "t.ex. ETA 2824 eller Sellita SW200": an "or" between examples makes
    // no alternatives of the line's terms
    let marker = example_marker(line);
    let any = says_or_before(line, marker.unwrap_or(line.len()));
    // the activity done with named tools is not enough alone, also when the
    // tools are alternatives ("dosplanering i Eclipse eller RayStation")
    let activities = named_tools(line, &terms);
    terms.retain(|t| !activities.contains(t));
    let mut aliases = acronym_aliases(line, &terms);
    aliases.extend(acronyms_after(line, &terms));
    aliases.extend(examples(line, &terms, &aliases));
    // "et LIMS, f.eks. LabWare": the examples meet the term before them
    if let Some(marked) = examples_after_marker(line, marker) {
        // (a term across the marker, "t ex t doc", is no term)
        terms.retain(|t| marked.before.contains(t) && !marked.activities.contains(t));
        let examples = marked.examples.into_iter().filter(|e| !marked.before.contains(e));
        aliases.extend(examples.map(|e| (e, marked.of.clone())));
    }
    if let Some(whole) = included_whole(line, &terms) {
        terms.retain(|t| *t != whole);
    }
    let mut needed = if any { and_joined(line, &terms, JOIN_WORDS) } else { Vec::new() };
    if any {
        needed.extend(under_regime(&mut terms, &needed, &mut aliases));
    }
    let acronyms = (0..line.len())
        .filter(|&i| terms.iter().any(|t| t == line.word(i)) && is_acronym(&line.doc.evidence(i, i + 1).text))
        .map(|i| line.word(i).to_string())
        .collect();
    let names = names(line, &terms);
    let together = if any { Vec::new() } else { number_joined(line, &terms) };
    let experience = line.has(&lexicon().experience_words);
    MustMention { terms, any, needed, aliases, acronyms, names, together, experience }
}

/// Words that join a needed term to the part with the alternatives: "og",
/// "och", "and", "samt" between terms, "på"/"on" after the thing the
/// alternatives are of ("Typekurs på ATR 42/72 eller Dash 8 Q400": the type
/// course, on either), and "av"/"of" before the thing alternative kinds of
/// work are done with ("installasjon eller service av brannalarmanlegg").
const JOIN_WORDS: &[&str] = &["og", "och", "and", "samt", "på", "on", "av", "af", "of"];

/// The join words before the thing that the work of the part before is
/// done with: that thing is needed, the work never is ("drift av vassverk
/// eller reinseanlegg" needs no "drift").
pub const OBJECT_JOINS: &[&str] = &["av", "af", "of"];

/// In a line with alternatives, the terms outside the part that has them,
/// as `joins` ([`JOIN_WORDS`]: "og"/"and") join that part to them:
/// "Erfaring med Visma og Tripletex eller PowerOffice" needs Visma and one
/// of the rest. Not a part of a compound ("sak- og arkivsystemet"), nor
/// "og/eller", "and/or", nor the part before an object join (the work);
/// nothing when the alternatives are open ("Jira and Xray, Zephyr or a
/// similar tool", `[open_alternatives]`).
pub fn and_joined(line: &Line<'_>, terms: &[String], joins: &[&str]) -> Vec<String> {
    let inside = in_parentheses(line);
    let doc = &line.doc;
    let splits: Vec<usize> = (1..line.len().saturating_sub(1))
        .filter(|&i| !inside[i] && joins.contains(&line.word(i)))
        .filter(|&i| !doc.between(i - 1, i).0.contains('-') && !doc.between(i, i + 1).0.contains('/'))
        .collect();
    if splits.is_empty() {
        return Vec::new();
    }
    let part_of = |i: usize| splits.iter().filter(|&&s| s < i).count();
    let mut with_or = vec![false; splits.len() + 1];
    for i in (1..line.len()).filter(|&i| or_at(line, &inside, i)) {
        with_or[part_of(i)] = true;
    }
    // "or a similar tool": the part with the alternatives is open
    let open = lexicon().open_alternatives.find_all(doc).iter().any(|m| !inside[m.first] && with_or[part_of(m.first)]);
    if open {
        return Vec::new();
    }
    // the part right before an object join is the work done with it
    let work = |p: usize| splits.get(p).is_some_and(|&s| OBJECT_JOINS.contains(&line.word(s)));
    let needed = |p: usize| !with_or[p] && !work(p);
    terms.iter().filter(|t| position(line, t).is_some_and(|(first, _)| needed(part_of(first)))).cloned().collect()
}

/// A regime or issuer written before the first alternative ("EASA
/// Part-FCL CPL(A) or ATPL(A)", `[regimes]`): it holds for every
/// alternative, so it is needed as a term of its own (any of its names),
/// and the alternative is what follows it. Returns the regime's term.
fn under_regime(terms: &mut Vec<String>, needed: &[String], aliases: &mut Vec<(String, String)>) -> Option<String> {
    let at = terms.iter().position(|t| !needed.contains(t))?;
    let regimes = &lexicon().regimes;
    let mut rest = terms[at].as_str();
    let mut found = None;
    while let Some((key, name)) = regimes
        .iter()
        .flat_map(|(k, names)| names.iter().map(move |n| (k, n)))
        .find(|(_, n)| rest.strip_prefix(n.as_str()).is_some_and(|r| r.starts_with(' ')))
    {
        rest = &rest[name.len() + 1..];
        found = Some(key);
    }
    let key = found?;
    let names = &regimes.iter().find(|(k, _)| k == key)?.1;
    let term = names[0].clone();
    terms[at] = rest.to_string();
    aliases.extend(names[1..].iter().map(|n| (n.clone(), term.clone())));
    terms.insert(0, term.clone());
    Some(term)
}

/// Terms with only numbers between them ("ATR 42/72 type rating"): one
/// phrase the numbers split. A comma, semicolon or parenthesis between them
/// parts them.
fn number_joined(line: &Line<'_>, terms: &[String]) -> Vec<(String, String)> {
    let number = |i: usize| is_number(line.word(i));
    let mut out = Vec::new();
    let mut i = 1;
    while i < line.len() {
        if !number(i) {
            i += 1;
            continue;
        }
        let start = i;
        while i < line.len() && number(i) {
            i += 1;
        }
        if i == line.len() {
            break;
        }
        let parted = (start - 1..i).any(|k| line.doc.between(k, k + 1).0.contains([',', ';', '(', ')']));
        let before = terms.iter().find(|t| t.rsplit(' ').next() == Some(line.word(start - 1)));
        let after = terms.iter().find(|t| t.split(' ').next() == Some(line.word(i)));
        if let (Some(a), Some(b), false) = (before, after, parted) {
            if a != b {
                out.push((a.clone(), b.clone()));
            }
        }
    }
    out
}

/// Whether the line joins its terms with "eller"/"or" (or a slash),
/// outside examples in parentheses; not "or equivalent", "eller høgare",
/// nor a slash between numbers ("ATR 42/72").
pub fn says_or(line: &Line<'_>) -> bool {
    says_or_before(line, line.len())
}

/// [`says_or`], for the words before word `end` only.
fn says_or_before(line: &Line<'_>, end: usize) -> bool {
    let inside = in_parentheses(line);
    (0..end).any(|i| or_at(line, &inside, i))
}

/// Whether word `i`, outside parentheses, is "eller"/"or" (not "eller
/// tilsvarende", "or higher") or follows a slash (not one beside a number:
/// "ATR 42/72", "STCW III/2" are names).
fn or_at(line: &Line<'_>, inside: &[bool], i: usize) -> bool {
    let number = |i: usize| is_number(line.word(i));
    let or_word = matches!(line.word(i), "eller" | "or") && lexicon().equivalent.match_at(&line.doc, i).is_none();
    let slash = i > 0 && line.doc.between(i - 1, i).0.contains('/') && !(number(i - 1) || number(i));
    !inside[i] && (or_word || slash)
}

/// A word of digits only ("42", "2019").
fn is_number(word: &str) -> bool {
    word.chars().all(|c| c.is_ascii_digit())
}

/// "ASK", "SAP", "WMS": two to six letters, all capitals.
pub fn is_acronym(original: &str) -> bool {
    let letters: Vec<char> = original.chars().filter(|c| c.is_alphabetic()).collect();
    (2..=6).contains(&letters.len()) && letters.iter().all(|c| c.is_uppercase())
}

/// The words of `terms` the line writes as names: a capital first letter
/// and lower case after it, not as the line's first word, in a line that
/// is not written in title case (most of its words in lower case).
fn names(line: &Line<'_>, terms: &[String]) -> Vec<String> {
    // (digits may follow: "Revit2024" is a name too, matched as written)
    let capitalised = |i: usize| {
        let t = line.doc.evidence(i, i + 1).text;
        let mut c = t.chars();
        c.next().is_some_and(char::is_uppercase) && c.all(|c| !c.is_uppercase())
    };
    if !line.doc.mostly_lower_case() {
        return Vec::new();
    }
    let mut out: Vec<String> = Vec::new();
    for i in 1..line.len() {
        let w = line.word(i);
        let named = capitalised(i) && w.chars().count() >= 5 && terms.iter().any(|t| t.split(' ').any(|x| x == w));
        if named && !out.iter().any(|o| o == w) {
            out.push(w.to_string());
        }
    }
    out
}

/// Where a term stands in the line: its first word and the word after it.
fn position(line: &Line<'_>, term: &str) -> Option<(usize, usize)> {
    let words: Vec<&str> = term.split(' ').collect();
    (0..line.len().saturating_sub(words.len() - 1))
        .find(|&i| words.iter().enumerate().all(|(k, w)| line.word(i + k) == *w))
        .map(|i| (i, i + words.len()))
}

/// An activity done with a named tool ("testning med WISC-V", "receptexpedition
/// i Eira", "journalføring i DIPS"): the tool's name is the key term, as no
/// one names the tool without having done the work with it; the activity
/// alone is not enough. The tool is written as a name (a capital letter or
/// a digit), the activity in lower case, one small word between. So is
/// what a named tool is used for ("Python for processing model and
/// observation data"). Returns the activities.
fn named_tools(line: &Line<'_>, terms: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    for pair in terms.windows(2) {
        let (Some((x, x_end)), Some((y, y_end))) = (position(line, &pair[0]), position(line, &pair[1])) else {
            continue;
        };
        let (x_text, y_text) = (line.doc.evidence(x, x_end).text, line.doc.evidence(y, y_end).text);
        let (named, activity) = (is_named_text(&y_text), !is_named_text(&x_text));
        if y == x_end + 1 && JOINERS[1..].contains(&line.word(x_end)) && named && activity {
            out.push(pair[0].clone());
        }
    }
    // "Python for processing model and observation data": what a named tool
    // is used for, in the rest of its clause, is not asked alone either
    let lower = |t: &String| position(line, t).is_some_and(|(a, b)| !is_named_text(&line.doc.evidence(a, b).text));
    for (k, tool) in terms.iter().enumerate() {
        let Some((a, end)) = position(line, tool) else { continue };
        let used_for =
            end + 1 < line.len() && PURPOSE.contains(&line.word(end)) && line.doc.between(end - 1, end).0.is_empty();
        if !used_for || !is_named_text(&line.doc.evidence(a, end).text) {
            continue;
        }
        let clause_end = (end + 1..line.len())
            .find(|&i| line.doc.between(i - 1, i).0.contains([',', ';', '.']))
            .unwrap_or(line.len());
        let purpose =
            terms[k + 1..].iter().filter(|t| position(line, t).is_some_and(|(f, _)| f < clause_end) && lower(t));
        out.extend(purpose.cloned());
    }
    out
}

/// Words that say what a tool is used for: "Python for processing data".
const PURPOSE: &[&str] = &["for", "til", "till", "för", "to"];

/// Whether text is written as a name: a capital letter or a digit.
fn is_named_text(text: &str) -> bool {
    text.chars().any(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// Small words that join a two-word term written the other way round.
const JOINERS: &[&str] = &["", "av", "af", "i", "med", "på", "pa", "för", "for", "til", "till", "of", "in", "with"];

/// A two-word term written the other way round, with or without a small
/// word between: "PLS-programmering" as "programmering av PLS".
fn reversed(terms: &[String]) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for term in terms {
        if let [a, b] = term.split(' ').collect::<Vec<_>>()[..] {
            for j in JOINERS {
                let alias = if j.is_empty() { format!("{b} {a}") } else { format!("{b} {j} {a}") };
                out.push((alias, term.clone()));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_match_apart_or_together() {
        assert_eq!(term_patterns("power bi"), ["power* bi", "*powerbi*"]);
    }

    #[test]
    fn derived_wordings() {
        let set = term_set(&["tegningslæsning".to_string()]);
        let text = crate::ExtractedText::readable("Læser arbejdstegninger og svejsesymboler".into());
        let doc = crate::text::Document::new(&text);
        assert_eq!(set.find_all(&doc).len(), 1, "{:?}", verb_forms(&["tegningslæsning".to_string()]));
        let set = term_set(&["tegningslæsning".to_string()]);
        for cv in ["Les arbeidsteikningar og sveisesymbol", "Ritningsläsning och MAG-svets"] {
            let text = crate::ExtractedText::readable(cv.into());
            assert_eq!(set.find_all(&crate::text::Document::new(&text)).len(), 1, "{cv}");
        }
        let set = term_set(&["kvardagsrehabilitering".to_string()]);
        let text = crate::ExtractedText::readable("Hverdagsrehabilitering i hjemmetjenesten".into());
        let doc = crate::text::Document::new(&text);
        assert_eq!(set.find_all(&doc).len(), 1);
    }

    #[test]
    fn key_term_patterns() {
        assert_eq!(term_pattern("sap"), "sap");
        assert_eq!(term_pattern("excel"), "excel*");
        assert_eq!(term_pattern("systemer"), "*system*");
        assert_eq!(term_pattern("prosjektledelse"), "*prosjektledels*");
        assert_eq!(term_pattern("programmering"), "*programm*");
        assert_eq!(term_pattern("autocad"), "*autocad*");
        assert_eq!(term_pattern("plantevernmiddel"), "*plantevernmid*");
        assert_eq!(term_pattern("artikkel"), "artik*");
    }
}
