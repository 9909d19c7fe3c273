//! Dates and date ranges as CVs write them, in five languages: "jan. 2019 –
//! d.d.", "2018–nå", "sedan 2020", "03/2017 - 05/2019", "2017-03",
//! "3.2017", "Aug 2016 - Present", "sommer 2019", "2015–2018".

use super::Document;
use crate::date::Month;
use crate::lexicon::{lexicon, Words};

/// A point in time as written: a month, or a year alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Point {
    pub month: Month,
    /// True when only the year was written.
    pub year_only: bool,
    /// Words `first..end` of the document.
    pub first: usize,
    pub end: usize,
}

impl Point {
    /// The latest month the point may mean: a year alone is its December
    /// (the benefit of the doubt for a renewal, and no month taken that may
    /// not have been for a time held).
    pub fn last_month(&self) -> Month {
        match self.year_only {
            true => Month::new(self.month.year(), 12),
            false => self.month,
        }
    }
}

/// A date mention: a single point, or a range whose end may be open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mention {
    pub start: Point,
    /// `None` for a single point; `Some(None)` for an open end ("– d.d.").
    pub end: Option<Option<Point>>,
    /// Words `first..last` of the whole mention.
    pub first: usize,
    pub last: usize,
}

impl Mention {
    pub fn is_range(&self) -> bool {
        self.end.is_some()
    }

    pub fn is_open(&self) -> bool {
        matches!(self.end, Some(None))
    }

    /// The latest month the mention names (its end, or its only point).
    pub fn latest(&self) -> Option<Month> {
        match self.end {
            None => Some(self.start.month),
            Some(Some(p)) => Some(p.month),
            Some(None) => None,
        }
    }
}

const MIN_YEAR: i32 = 1940;
const MAX_YEAR: i32 = 2100;

/// All date mentions in words `range`, left to right.
pub fn find(doc: &Document<'_>, range: std::ops::Range<usize>) -> Vec<Mention> {
    let mut out = Vec::new();
    let end = range.end.min(doc.word_count());
    let mut i = range.start;
    while i < end {
        if let Some(m) = mention_at(doc, i, end) {
            i = m.last;
            out.push(m);
        } else {
            i += 1;
        }
    }
    out
}

/// "tok fagbrevet sommeren 2020, har jobba i X siden", "sedan dess", "since
/// then": open ranges in words `range` that start at the date the sentence
/// gave before (the end of a closed range, else its start). A mention runs
/// from that date's first word to the end of the "since" words. `found`
/// is [`find`]'s answer for the same words.
pub fn since_then(doc: &Document<'_>, range: std::ops::Range<usize>, found: &[Mention]) -> Vec<Mention> {
    let lx = lexicon();
    let end = range.end.min(doc.word_count());
    let mut out: Vec<Mention> = Vec::new();
    for i in range.start..end {
        // not inside a date, nor inside "since" words already read ("ever since")
        let read = |m: &Mention| m.first <= i && i < m.last;
        if found.iter().any(read) || out.last().is_some_and(read) {
            continue;
        }
        let phrase = lx.since_then.match_at(doc, i).map(|m| m.end()).filter(|&e| e <= end);
        let last = phrase.or_else(|| {
            let alone = lx.since_alone.match_at(doc, i).is_some();
            let clause_ends = i + 1 >= end
                || doc.line_of(i + 1) != doc.line_of(i)
                || doc.punct_after(i).contains(['.', ',', ';', ':', '!', '?', ')'])
                || super::is_coordinator(doc.word(i + 1));
            (alone && clause_ends).then_some(i + 1)
        });
        let Some(last) = last else { continue };
        if i > 0 && lx.ago_units.match_at(doc, i - 1).is_some() {
            continue;
        }
        let sentence = doc.clause(i, last);
        let Some(before) = found.iter().rfind(|m| m.last <= i && m.first >= sentence.start) else {
            continue;
        };
        let start = match before.end {
            Some(Some(p)) => p,
            _ => before.start,
        };
        out.push(Mention { start, end: Some(None), first: before.first, last });
    }
    out
}

fn mention_at(doc: &Document<'_>, i: usize, end: usize) -> Option<Mention> {
    let lx = lexicon();
    // "siden 2019", "fra 2015 til 2018"
    if let Some(since) = lx.since.match_at(doc, i) {
        if let Some(p) = point_at(doc, since.end(), end) {
            if let Some(m) = range_after(doc, p, i, end) {
                return Some(m);
            }
            return Some(Mention { start: p, end: Some(None), first: i, last: p.end });
        }
    }
    if let Some(p) = point_at(doc, i, end) {
        if let Some(m) = range_after(doc, p, i, end) {
            return Some(m);
        }
        return Some(Mention { start: p, end: None, first: i, last: p.end });
    }
    // "jan – mar 2019": a month without a year, its year taken from the end.
    if let Some(mm) = lx.months.match_at(doc, i) {
        let month: u32 = lx.months.key(&mm).parse().ok()?;
        let (sep_end, _) = separator(doc, mm.end() - 1, mm.end(), end)?;
        let p2 = point_at(doc, sep_end, end)?;
        if p2.year_only {
            return None;
        }
        let mut year = p2.month.year();
        if month > p2.month.month() {
            year -= 1;
        }
        let p1 = Point { month: Month::new(year, month), year_only: false, first: i, end: mm.end() };
        return Some(Mention { start: p1, end: Some(Some(p2)), first: i, last: p2.end });
    }
    None
}

/// A range that continues after the point `p`, if any.
fn range_after(doc: &Document<'_>, p: Point, first: usize, end: usize) -> Option<Mention> {
    let lx = lexicon();
    let last_word = p.end - 1;
    let Some((next, dash)) = separator(doc, last_word, p.end, end) else {
        // "2019 –" at the end of a line: an open range.
        if p.end <= end && doc.punct_after(last_word).contains('-') && ends_line(doc, last_word) {
            return Some(Mention { start: p, end: Some(None), first, last: p.end });
        }
        return None;
    };
    if let Some(p2) = point_at(doc, next, end) {
        if p2.month >= p.month || p2.year_only {
            return Some(Mention { start: p, end: Some(Some(p2)), first, last: p2.end });
        }
        return None;
    }
    // "2015-16": a two-digit year after a full one
    if p.year_only && next < end {
        if let Ok(yy) = doc.word(next).parse::<i32>() {
            let century = p.month.year() / 100 * 100;
            if doc.word(next).len() == 2 && century + yy > p.month.year() {
                let p2 = Point { month: Month::new(century + yy, 1), year_only: true, first: next, end: next + 1 };
                return Some(Mention { start: p, end: Some(Some(p2)), first, last: p2.end });
            }
        }
    }
    if next < end {
        if let Some(o) = lx.open_end.match_at(doc, next) {
            if o.end() <= end {
                return Some(Mention { start: p, end: Some(None), first, last: o.end() });
            }
        }
    }
    if dash && (ends_line(doc, last_word) || dash_then_title(doc, last_word)) {
        return Some(Mention { start: p, end: Some(None), first, last: p.end });
    }
    None
}

/// "03/2018– Sakshandsamar": a dash written against the date, then a space
/// and a word that is no date: the range is still going on. A dash with
/// spaces on both sides ("2019 – Fagbrev") may only part a date from its
/// title, and stays a single date.
fn dash_then_title(doc: &Document<'_>, last: usize) -> bool {
    let t = doc.words[last] as usize;
    let (word, dash) = (&doc.tokens[t], doc.tokens.get(t + 1));
    let Some(dash) = dash.filter(|d| !d.is_word() && d.start == word.end && d.line == word.line) else {
        return false;
    };
    let next = doc.tokens.get(t + 2).filter(|n| n.is_word() && n.line == word.line);
    dash.text(&doc.norm.text).contains('-')
        && next.is_some_and(|n| n.start > dash.end && n.text(&doc.norm.text).chars().any(char::is_alphabetic))
}

/// After word `last` (whose successor is `next`): a dash or a "til" word?
/// Returns the word index after the separator, and whether it was a dash.
fn separator(doc: &Document<'_>, last: usize, next: usize, end: usize) -> Option<(usize, bool)> {
    if next > end {
        return None;
    }
    let dash = doc.punct_after(last).contains('-');
    if next == end {
        return None;
    }
    if dash {
        return Some((next, true));
    }
    let to = lexicon().range_to.match_at(doc, next)?;
    (to.end() <= end && to.end() < doc.word_count()).then_some((to.end(), false))
}

fn ends_line(doc: &Document<'_>, word: usize) -> bool {
    word + 1 >= doc.word_count() || doc.line_of(word + 1) != doc.line_of(word)
}

fn year_of(word: &str) -> Option<i32> {
    if word.len() != 4 || !word.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let y: i32 = word.parse().ok()?;
    (MIN_YEAR..=MAX_YEAR).contains(&y).then_some(y)
}

fn small_number(word: &str, max: u32) -> Option<u32> {
    if word.is_empty() || word.len() > 2 || !word.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n: u32 = word.parse().ok()?;
    (1..=max).contains(&n).then_some(n)
}

/// Words `a` and `b = a + 1` written with exactly `sep` between them and no
/// space ("03/2017", "2017-03").
fn tight(doc: &Document<'_>, a: usize, seps: &str) -> bool {
    if a + 1 >= doc.word_count() {
        return false;
    }
    let (ta, tb) = (doc.token_of(a), doc.token_of(a + 1));
    tb.start == ta.end + 1 && seps.contains(&doc.norm()[ta.end as usize..tb.start as usize])
}

/// A single point starting at word `i`.
fn point_at(doc: &Document<'_>, i: usize, end: usize) -> Option<Point> {
    if i >= end {
        return None;
    }
    let lx = lexicon();
    let w = doc.word(i);
    // month name or season, then a year
    for set in [&lx.months, &lx.seasons] {
        if let Some(m) = set.match_at(doc, i) {
            let y = m.end();
            if y < end && doc.line_of(y) == doc.line_of(i) {
                if let Some(year) = year_of(doc.word(y)) {
                    let month: u32 = set.key(&m).parse().ok()?;
                    return Some(Point { month: Month::new(year, month), year_only: false, first: i, end: y + 1 });
                }
            }
        }
    }
    // day.month.year: "01.03.2017"
    if i + 2 < end && small_number(w, 31).is_some() && tight(doc, i, ".") && tight(doc, i + 1, ".") {
        if let (Some(m), Some(y)) = (small_number(doc.word(i + 1), 12), year_of(doc.word(i + 2))) {
            return Some(Point { month: Month::new(y, m), year_only: false, first: i, end: i + 3 });
        }
    }
    // month/year: "03/2017", "3.2017", "03-2017"
    if i + 1 < end && tight(doc, i, "/.-") {
        if let (Some(m), Some(y)) = (small_number(w, 12), year_of(doc.word(i + 1))) {
            return Some(Point { month: Month::new(y, m), year_only: false, first: i, end: i + 2 });
        }
    }
    let year = year_of(w)?;
    // year-month(-day): "2017-03", "2017/03", "2017-03-01"
    if i + 1 < end && tight(doc, i, "-/.") {
        if let Some(m) = small_number(doc.word(i + 1), 12) {
            if doc.word(i + 1).len() == 2 {
                let mut e = i + 2;
                if e < end && tight(doc, i + 1, "-/.") && small_number(doc.word(e), 31).is_some() {
                    e += 1;
                }
                return Some(Point { month: Month::new(year, m), year_only: false, first: i, end: e });
            }
        }
    }
    Some(Point { month: Month::new(year, 1), year_only: true, first: i, end: i + 1 })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ExtractedText;

    fn ranges(text: &str) -> Vec<String> {
        let ex = ExtractedText::readable(text.into());
        let doc = Document::new(&ex);
        find(&doc, 0..doc.word_count())
            .iter()
            .map(|m| {
                let s = |p: &Point| if p.year_only { p.month.year().to_string() } else { p.month.to_string() };
                match m.end {
                    None => s(&m.start),
                    Some(None) => format!("{}..now", s(&m.start)),
                    Some(Some(e)) => format!("{}..{}", s(&m.start), s(&e)),
                }
            })
            .collect()
    }

    #[test]
    fn nordic_and_english_forms() {
        assert_eq!(ranges("jan. 2019 – d.d."), ["2019-01..now"]);
        assert_eq!(ranges("Januar 2019 - nå"), ["2019-01..now"]);
        assert_eq!(ranges("2018–nå"), ["2018..now"]);
        assert_eq!(ranges("sedan 2020"), ["2020..now"]);
        assert_eq!(ranges("siden mars 2019"), ["2019-03..now"]);
        assert_eq!(ranges("03/2017 - 05/2019"), ["2017-03..2019-05"]);
        assert_eq!(ranges("2017-03 – 2019-05"), ["2017-03..2019-05"]);
        assert_eq!(ranges("3.2017 - 5.2019"), ["2017-03..2019-05"]);
        assert_eq!(ranges("Aug 2016 - Present"), ["2016-08..now"]);
        assert_eq!(ranges("okt. 2015 til dags dato"), ["2015-10..now"]);
        assert_eq!(ranges("maj 2012 – sep. 2014"), ["2012-05..2014-09"]);
        assert_eq!(ranges("fra 2015 til 2018"), ["2015..2018"]);
        assert_eq!(ranges("2015 - 2018"), ["2015..2018"]);
        assert_eq!(ranges("Sommer 2019"), ["2019-06"]);
        assert_eq!(ranges("01.03.2017 - 31.05.2019"), ["2017-03..2019-05"]);
        assert_eq!(ranges("jan - mar 2019"), ["2019-01..2019-03"]);
        assert_eq!(ranges("2019 —"), ["2019..now"]);
        assert_eq!(ranges("2016 - pågående"), ["2016..now"]);
        assert_eq!(ranges("2015-16"), ["2015..2016"]);
        assert_eq!(ranges("03/2018– Sakshandsamar"), ["2018-03..now"]);
        assert_eq!(ranges("2019– Elektrikar"), ["2019..now"]);
    }

    #[test]
    fn a_spaced_dash_parts_a_date_from_its_title() {
        assert_eq!(ranges("2019 – Fagbrev elektrikar"), ["2019"]);
        assert_eq!(ranges("2019 - Fagbrev"), ["2019"]);
    }

    #[test]
    fn two_ranges_in_one_line() {
        assert_eq!(ranges("Ahus 2015–2016 og Lovisenberg 2018–2020"), ["2015..2016", "2018..2020"]);
    }

    /// Fuzz crashes (`dates` target, fuzz/seeds/dates/crash-future-*): a
    /// future start with an open end is an open range from that year. It is
    /// a counted period of 0 months (nothing of it has happened by "today"),
    /// which the arithmetic shows as a 0-month span.
    #[test]
    fn future_start_with_open_end() {
        assert_eq!(ranges("2038–\nelektrikar"), ["2038..now"]);
        assert_eq!(ranges("2038 –\n elektrikar,\n"), ["2038..now"]);
        assert_eq!(ranges("2038 –,\n elektrikar,\n"), ["2038..now"]);
        assert_eq!(ranges("Work experience\n2038 – present Softwareelektrikar,\n"), ["2038..now"]);
        assert_eq!(
            ranges("2038 – present Softwareelektrikar,  2012–2014 (expected June)"),
            ["2038..now", "2012..2014"]
        );
    }

    #[test]
    fn not_dates() {
        assert_eq!(ranges("Tlf 9123 4567, 0150 Oslo"), Vec::<String>::new());
        assert_eq!(ranges("Klasse B, 12 - 14"), Vec::<String>::new());
    }
}
