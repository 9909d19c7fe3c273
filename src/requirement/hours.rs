//! Logged hours: "Minst 2 000 flygtimmar totalt, varav minst 500 timmar
//! som befälhavare (PIC)", "Minimum 1,500 hours total flight time, of which
//! at least 500 hours on multi-pilot aircraft". A pilot's hours are a
//! figure the CV states, not years summed from dated jobs, so they are a
//! kind of their own. The figures are found the same way in the line and
//! in the CV ([`figures`]); what kind of hours each is comes from
//! `[hours_as]` in `requirements.txt`.

use super::Line;
use crate::i18n::Lang;
use crate::lexicon::{lexicon, Words};
use crate::t;
use crate::text::Document;

/// An hours requirement: every figure is needed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hours {
    /// The hours asked for, the first usually the total: (hours, kind), the
    /// kind a key of `[hours_as]` (`total`, `pic`, `multi_pilot`, ...).
    pub needed: Vec<(u32, String)>,
}

impl Hours {
    pub fn interpretation(&self, lang: Lang) -> String {
        let parts: Vec<String> = self.needed.iter().map(|(n, kind)| amount(lang, *n, kind)).collect();
        t!(lang, "interp.hours", hours = parts.join(&format!("; {} ", t!(lang, "word.of_which"))))
    }
}

/// "2 000 hours in total", "500 hours as pilot in command".
pub fn amount(lang: Lang, n: u32, kind: &str) -> String {
    t!(lang, "duration.hours", n = grouped(lang, n), what = crate::i18n::name(lang, "hours_as", kind))
}

/// A number with its thousands grouped the way the language writes them:
/// "2 000" in the Nordic languages, "2,000" in English.
fn grouped(lang: Lang, n: u32) -> String {
    let digits = n.to_string();
    let sep = if lang == Lang::En { ',' } else { '\u{a0}' };
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// One figure of hours in a text: its value, its words (the number through
/// the word for hours, if any), and its kind, if its clause names one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Figure {
    pub hours: u32,
    pub first: usize,
    pub end: usize,
    /// A key of `[hours_as]`, or none when the clause says nothing of
    /// what the hours were.
    pub kind: Option<String>,
}

/// The figures of logged hours in words `range` of `doc`: a number and a
/// word for hours ("2 350 timar", "3,450 h", "4.100 flyvetimer"), a number
/// right after "varav"/"heraf"/"of which" that follows such a figure
/// ("heraf 2.700 som luftfartøjschef") or that names a kind of hours
/// ("rundt 350 som instruktør"), or a number right after a word for logged
/// hours ("Flight time: 3100"). A figure counts only when its line is
/// about logged hours: it has a word of `[hours_logged]`, or a figure whose
/// clause names a kind of hours other than the total. So a course's length
/// ("Førstehjælp, 12 timer") is none.
pub fn figures(doc: &Document<'_>, range: std::ops::Range<usize>) -> Vec<Figure> {
    let lx = lexicon();
    let mut out: Vec<Figure> = Vec::new();
    let mut i = range.start;
    while i < range.end {
        let Some((hours, after)) = number_at(doc, i, range.end) else {
            i += 1;
            continue;
        };
        let unit = (after < range.end).then(|| lx.hours_words.match_at(doc, after)).flatten();
        let same_line = |a: usize| doc.line_of(a) == doc.line_of(i);
        // "heraf 2.700 som ...", after a figure on the same line
        let of_which = i > 0
            && out.last().is_some_and(|f| same_line(f.first))
            && lx.of_which.find_in(doc, i.saturating_sub(3)..i).iter().any(|m| m.end() == i);
        // "Flight time: 3100", "Flygtimmar totalt: 5 400"
        let labelled = (i.saturating_sub(3)..i).any(|k| {
            same_line(k) && (lx.hours_logged.match_at(doc, k).is_some() || lx.hours_words.match_at(doc, k).is_some())
        }) && !(1950..=2040).contains(&hours);
        let from = out.last().map_or(range.start, |f| f.end);
        // "ca 900 timar totalt, rundt 350 som instruktør": a number after a
        // figure on its line, in a clause that names a kind of hours
        let kinded = || {
            out.last().is_some_and(|f| same_line(f.first))
                && kind_of(doc, i, after, from, range.end).is_some_and(|k| k != "total")
        };
        let end = match unit {
            Some(u) => u.end(),
            None if of_which || labelled || kinded() => after,
            None => {
                i = after;
                continue;
            }
        };
        let kind = kind_of(doc, i, end, from, range.end);
        out.push(Figure { hours, first: i, end, kind });
        i = end;
    }
    // only the figures of lines about logged hours: a word for them, or a
    // figure of a narrower kind ("ca 900 timar totalt, rundt 350 som
    // instruktør")
    let about_hours = |l: usize| {
        let words = doc.lines()[l].words();
        lx.hours_logged.any_in(doc, words.start.max(range.start)..words.end.min(range.end))
            || out.iter().any(|f| doc.line_of(f.first) == l && f.kind.as_deref().is_some_and(|k| k != "total"))
    };
    let keep: Vec<bool> = out.iter().map(|f| about_hours(doc.line_of(f.first))).collect();
    out.into_iter().zip(keep).filter_map(|(f, keep)| keep.then_some(f)).collect()
}

/// A number at word `i` before word `limit`, its thousands written apart
/// ("2 000", "1,500", "4.100") or not ("2350"): its value and the word
/// after it.
fn number_at(doc: &Document<'_>, i: usize, limit: usize) -> Option<(u32, usize)> {
    let digits = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit());
    let w = doc.word(i);
    // not the tail of another number ("2 000": "000" is no figure)
    if !digits(w) || w.len() > 6 || (i > 0 && digits(doc.word(i - 1)) && joined(doc, i - 1, i)) {
        return None;
    }
    let mut value: u64 = w.parse().ok()?;
    let mut end = i + 1;
    if w.len() <= 3 {
        while end < limit && doc.word(end).len() == 3 && digits(doc.word(end)) && joined(doc, end - 1, end) {
            value = value * 1000 + doc.word(end).parse::<u64>().ok()?;
            end += 1;
        }
    }
    Some((u32::try_from(value).ok()?, end))
}

/// Whether words `a` and `a + 1` are groups of one number: a space, a
/// comma or a dot between them, on one line.
fn joined(doc: &Document<'_>, a: usize, b: usize) -> bool {
    let (punct, broken) = doc.between(a, b);
    !broken && matches!(punct.as_str(), "" | "," | "." | "'")
}

/// The kind of hours the figure at words `first..end` is: the `[hours_as]`
/// word of its clause, which runs back to a comma, a semicolon or the
/// previous figure (not before `from`) and on to a comma, a semicolon or
/// the end of the line (not past `to`). A narrower kind wins over `total`
/// ("500 timer totalt som fartøysjef" are hours as pilot in command).
fn kind_of(doc: &Document<'_>, first: usize, end: usize, from: usize, to: usize) -> Option<String> {
    let lx = lexicon();
    let words = doc.lines()[doc.line_of(first)].words();
    let stop = |a: usize, b: usize| doc.between(a, b).0.contains([',', ';', '|', '•']);
    let mut a = first;
    while a > words.start.max(from) && !stop(a - 1, a) {
        a -= 1;
    }
    let mut b = end;
    while b < words.end.min(to) && !stop(b - 1, b) && number_at(doc, b, to).is_none() {
        b += 1;
    }
    let found = lx.hours_as.find_in(doc, a..b);
    let kind = |m: &crate::lexicon::Match| lx.hours_as.key(m).to_string();
    found.iter().find(|m| lx.hours_as.key(m) != "total").or(found.first()).map(kind)
}

/// Recognise an hours requirement: a figure of logged hours.
pub fn parse(line: &Line<'_>) -> Option<Hours> {
    let found = figures(&line.doc, 0..line.len());
    let needed: Vec<(u32, String)> = found
        .iter()
        .enumerate()
        .map(|(i, f)| {
            // the first figure is the total unless its clause names a kind
            let kind = f.kind.clone().unwrap_or_else(|| if i == 0 { "total" } else { "other" }.to_string());
            (f.hours, kind)
        })
        .filter(|(n, _)| *n > 0)
        .collect();
    (!needed.is_empty()).then_some(Hours { needed })
}

#[cfg(test)]
mod tests {
    use crate::requirement::{parse_line, RequirementKind};

    fn hours(text: &str) -> Vec<(u32, String)> {
        match parse_line(0, text).kind {
            RequirementKind::Hours(h) => h.needed,
            other => panic!("{text}: {other:?}"),
        }
    }

    #[test]
    fn total_and_narrower_hours() {
        let h = hours("Minst 2 000 flygtimmar totalt, varav minst 500 timmar som befälhavare (PIC)");
        assert_eq!(h, [(2000, "total".to_string()), (500, "pic".to_string())]);
        let h = hours("Minimum 1,500 hours total flight time, of which at least 500 hours on multi-pilot aircraft");
        assert_eq!(h, [(1500, "total".to_string()), (500, "multi_pilot".to_string())]);
        assert_eq!(hours("Minst 1500 timer flytid"), [(1500, "total".to_string())]);
    }

    #[test]
    fn a_course_length_is_no_hours_requirement() {
        let kind = parse_line(0, "Gyldig kurs i førstehjelp i villmark, minst 16 timar, teke dei siste to åra").kind;
        assert!(!matches!(kind, RequirementKind::Hours(_)), "{kind:?}");
    }
}
