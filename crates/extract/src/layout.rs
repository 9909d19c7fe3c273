//! Reading order of positioned text: the PDF text items of a page (from
//! pdf_oxide in the CLI, from pdf.js in the page) back into lines, in the
//! order a person reads them, two-column CVs column by column.
//!
//! One implementation for both, so that the CLI and the page read a PDF the
//! same way. Coordinates are PDF points with y growing upwards (a baseline
//! or box bottom); `x1 = x + w`.
//!
//! The page is split into columns at a vertical *gutter*: an x-range between
//! 15 % and 85 % of the width that (almost) no item crosses, with real text
//! on both sides. A side that is mostly dates ("2019 – 2021") is not a
//! column: dates beside job titles are rows. The top rows (the name, a
//! title line) may run across both columns; they are read first. Within a column, items on one
//! baseline form a line, left to right; a large vertical gap becomes a blank
//! line. Columns are split again inside, at most [`MAX_DEPTH`] levels.
//!
//! Text a reader cannot see is marked, not dropped: an item the reader
//! flags as `hidden` (white, invisible render mode, outside the page: what
//! only it can know) and any item set in a font under [`MIN_VISIBLE_SIZE`]
//! points end up in [`Ordered::hidden`], byte ranges of the ordered text.

use std::ops::Range;

use serde::Deserialize;

/// One positioned piece of text.
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct Item {
    /// The text.
    pub s: String,
    /// Left edge.
    pub x: f32,
    /// Baseline (or box bottom); larger is higher on the page.
    pub y: f32,
    /// Width.
    pub w: f32,
    /// Font size (height).
    pub h: f32,
    /// Whether a reader cannot see it, as far as the PDF reader can tell
    /// (fill colour, render mode, position off the page). Tiny text is
    /// marked by [`order_marked`] itself.
    #[serde(default)]
    pub hidden: bool,
}

/// Text in a font smaller than this many points is marked hidden: nobody
/// reads it on the page.
pub const MIN_VISIBLE_SIZE: f32 = 2.0;

/// Text in reading order, with the byte ranges of it a reader cannot see.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Ordered {
    pub text: String,
    /// Sorted, disjoint byte ranges of `text`, on char boundaries.
    pub hidden: Vec<Range<usize>>,
}

impl Ordered {
    /// Append `s`, hidden or not.
    fn push(&mut self, s: &str, hidden: bool) {
        let start = self.text.len();
        self.text.push_str(s);
        if hidden && !s.is_empty() {
            match self.hidden.last_mut() {
                Some(last) if last.end == start => last.end = self.text.len(),
                _ => self.hidden.push(start..self.text.len()),
            }
        }
    }

    /// Append another piece of ordered text.
    fn append(&mut self, other: Ordered) {
        let at = self.text.len();
        self.text.push_str(&other.text);
        for r in other.hidden {
            match self.hidden.last_mut() {
                Some(last) if last.end == at + r.start => last.end = at + r.end,
                _ => self.hidden.push(at + r.start..at + r.end),
            }
        }
    }

    /// Cut the text at byte `len` (a char boundary).
    fn truncate(&mut self, len: usize) {
        self.text.truncate(len);
        self.hidden.retain_mut(|r| {
            r.end = r.end.min(len);
            r.start < r.end
        });
    }

    /// Runs of three or more line breaks made two, and the whole trimmed;
    /// the hidden ranges follow the text.
    fn squeeze(self) -> Ordered {
        let text = &self.text;
        let start = text.len() - text.trim_start().len();
        let end = text.trim_end().len().max(start);
        // where each char boundary of `text` lands in the output
        let mut map = vec![0; text.len() + 1];
        let mut out = String::with_capacity(end - start);
        let mut breaks = 0;
        for (i, c) in text.char_indices() {
            map[i] = out.len();
            if i < start || i >= end {
                continue;
            }
            breaks = if c == '\n' { breaks + 1 } else { 0 };
            if breaks <= 2 {
                out.push(c);
            }
        }
        map[text.len()] = out.len();
        let hidden = self.hidden.iter().map(|r| map[r.start]..map[r.end]).filter(|r| r.start < r.end).collect();
        Ordered { text: out, hidden }
    }
}

/// A page: its width and its items.
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct Page {
    pub width: f32,
    pub items: Vec<Item>,
}

/// How deep columns are split inside columns.
const MAX_DEPTH: usize = 3;

/// The text of pages, in reading order, pages separated by a blank line.
pub fn order(pages: &[Page]) -> String {
    order_marked(pages).text
}

/// As [`order`], with the ranges of the text a reader cannot see: items
/// marked `hidden`, and items in a font under [`MIN_VISIBLE_SIZE`].
pub fn order_marked(pages: &[Page]) -> Ordered {
    let mut out = Ordered::default();
    for page in pages.iter().map(page_text).filter(|t| !t.text.is_empty()) {
        if !out.text.is_empty() {
            out.push("\n\n", false);
        }
        out.append(page);
    }
    out
}

fn page_text(page: &Page) -> Ordered {
    let items: Vec<&Item> =
        page.items.iter().filter(|i| !i.s.is_empty() && i.x.is_finite() && i.y.is_finite()).collect();
    if items.is_empty() {
        return Ordered::default();
    }
    let mut text = Ordered::default();
    for (k, line) in region(&items, page.width.max(1.0), 0).into_iter().enumerate() {
        if k > 0 {
            text.push("\n", false);
        }
        text.append(line);
    }
    text.squeeze()
}

/// Whether a reader cannot see the item: marked so, or tiny.
fn unseen(i: &Item) -> bool {
    i.hidden || (i.h > 0.0 && i.h < MIN_VISIBLE_SIZE)
}

fn x1(i: &Item) -> f32 {
    i.x + i.w.max(0.0)
}

fn size(i: &Item) -> f32 {
    if i.h > 0.0 {
        i.h
    } else {
        10.0
    }
}

fn region(items: &[&Item], width: f32, depth: usize) -> Vec<Ordered> {
    if depth >= MAX_DEPTH {
        return lines(items);
    }
    // The name and title lines at the top often run across both columns:
    // look for a gutter below the first 0–3 rows, which are then read first.
    let mut by_height: Vec<f32> = items.iter().map(|i| i.y).collect();
    by_height.sort_by(|a, b| b.total_cmp(a));
    by_height.dedup_by(|a, b| (*a - *b).abs() < 2.0);
    // the widest gutter over the choices of header rows
    let mut best: Option<(f32, Vec<&Item>, Split)> = None;
    for header_rows in 0..=HEADER_ROWS.min(by_height.len().saturating_sub(1)) {
        let cut = if header_rows == 0 { f32::INFINITY } else { by_height[header_rows - 1] - 1.0 };
        let (header, body): (Vec<&Item>, Vec<&Item>) = items.iter().copied().partition(|i| i.y > cut);
        if let Some((gap, split)) = gutter(&body, width) {
            if best.as_ref().is_none_or(|(g, _, _)| gap > *g + 0.5) {
                best = Some((gap, header, split));
            }
        }
    }
    let Some((_, header, (left, right, spanning))) = best else { return lines(items) };
    let mut out = lines(&header);
    if !out.is_empty() {
        out.push(Ordered::default());
    }
    out.extend(region(&left, width, depth + 1));
    out.push(Ordered::default());
    out.extend(region(&right, width, depth + 1));
    if !spanning.is_empty() {
        out.push(Ordered::default());
        out.extend(lines(&spanning));
    }
    out
}

/// Rows at the top of a region that may run across its columns.
const HEADER_ROWS: usize = 3;

type Split<'a> = (Vec<&'a Item>, Vec<&'a Item>, Vec<&'a Item>);

/// The widest gutter, if there is one: its width, and the items left of
/// it, right of it, and crossing it.
fn gutter<'a>(items: &[&'a Item], width: f32) -> Option<(f32, Split<'a>)> {
    let solid: Vec<&Item> = items.iter().copied().filter(|i| !i.s.trim().is_empty()).collect();
    if solid.len() < 6 {
        return None;
    }
    let min_gap = (width * 0.015).max(8.0);
    let allowance = (solid.len() / 20).max(1);
    let crossing = |x: f32| solid.iter().filter(|i| i.x < x && x < x1(i)).count();
    // every run of x where (almost) nothing crosses, widest first; the
    // widest that splits the items into two real columns wins (a wide empty
    // margin right of a short column is not a gutter)
    let mut runs: Vec<(f32, f32)> = Vec::new();
    let mut run: Option<(f32, f32)> = None;
    let mut x = width * 0.15;
    while x <= width * 0.85 {
        if crossing(x) <= allowance {
            run = Some(run.map_or((x, x), |(a, _)| (a, x)));
        } else if let Some(r) = run.take() {
            runs.push(r);
        }
        x += 2.0;
    }
    runs.extend(run);
    runs.retain(|(a, b)| b - a >= min_gap);
    runs.sort_by(|(a1, b1), (a2, b2)| (b2 - a2).total_cmp(&(b1 - a1)).then(a1.total_cmp(a2)));
    // a narrower gutter must be clean: nothing crossing it (a heading or a
    // language line running past a column of dates is not a gutter)
    runs.into_iter().enumerate().find_map(|(k, (a, b))| {
        split_at(items, (a + b) / 2.0)
            .filter(|(_, _, spanning)| k == 0 || spanning.is_empty())
            .map(|split| (b - a, split))
    })
}

/// The items left of `at`, right of it and crossing it, if that makes two
/// columns: each with a fair share of the text, neither a column of dates
/// or of side notes to the other.
fn split_at<'a>(items: &[&'a Item], at: f32) -> Option<Split<'a>> {
    let (mut left, mut right, mut spanning) = (Vec::new(), Vec::new(), Vec::new());
    for &i in items {
        if x1(i) <= at {
            left.push(i);
        } else if i.x >= at {
            right.push(i);
        } else if !i.s.trim().is_empty() {
            spanning.push(i);
        }
    }
    let chars = |v: &[&Item]| v.iter().map(|i| i.s.trim().chars().count()).sum::<usize>();
    let total = chars(&left) + chars(&right);
    if chars(&left) * 100 < total * 8 || chars(&right) * 100 < total * 8 {
        return None;
    }
    if mostly_dates(&left) || mostly_dates(&right) || side_notes(&left, &right) || side_notes(&right, &left) {
        return None;
    }
    Some((left, right, spanning))
}

/// Whether `narrow` is a column of side notes to `wide` (dates and places
/// beside each entry, right-aligned): few lines, nearly all on a baseline of
/// `wide`. A sidebar has about as many lines as the main column.
/// Side notes are also the narrower of the two: a main column with fewer
/// lines than a sidebar (short CVs) is still a column.
fn side_notes(narrow: &[&Item], wide: &[&Item]) -> bool {
    let (n, w) = (baselines(narrow), baselines(wide));
    if n.is_empty() || n.len() * 10 > w.len() * 6 || spread(narrow) > spread(wide) {
        return false;
    }
    let aligned = n.iter().filter(|y| w.iter().any(|v| (*y - v).abs() <= 1.5)).count();
    aligned * 10 >= n.len() * 8
}

/// The width the items take up, from the leftmost edge to the rightmost.
fn spread(items: &[&Item]) -> f32 {
    let left = items.iter().map(|i| i.x).fold(f32::INFINITY, f32::min);
    let right = items.iter().map(|i| x1(i)).fold(f32::NEG_INFINITY, f32::max);
    (right - left).max(0.0)
}

/// The baselines of the rows the items form.
fn baselines(items: &[&Item]) -> Vec<f32> {
    let mut ys: Vec<f32> = items.iter().filter(|i| !i.s.trim().is_empty()).map(|i| i.y).collect();
    ys.sort_by(|a, b| b.total_cmp(a));
    ys.dedup_by(|a, b| (*a - *b).abs() < 2.0);
    ys
}

/// Whether most lines of the items are a date or a date range alone.
fn mostly_dates(items: &[&Item]) -> bool {
    let ls: Vec<String> = lines(items).into_iter().map(|l| l.text).filter(|l| !l.trim().is_empty()).collect();
    if ls.is_empty() {
        return false;
    }
    let dates = ls.iter().filter(|l| is_date_only(l)).count();
    dates * 10 >= ls.len() * 6
}

/// "2019 – 2021", "jan. 2019 – d.d.", "03/2017": a year, and otherwise only
/// digits, punctuation and short words (month names, "nå", "present").
fn is_date_only(line: &str) -> bool {
    let line = line.trim();
    if line.chars().count() > 40 {
        return false;
    }
    let mut year = false;
    for word in line.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        if word.len() == 4 && word.chars().all(|c| c.is_ascii_digit()) {
            year = true;
        } else if word.chars().all(|c| c.is_ascii_digit()) {
            continue;
        } else if word.chars().count() > 9 {
            return false;
        }
    }
    year
}

struct Row<'a> {
    y: f32,
    h: f32,
    items: Vec<&'a Item>,
}

/// Items grouped into lines by baseline, left to right; a blank line where
/// the vertical gap is large. A space put between two hidden items is
/// hidden too.
fn lines(items: &[&Item]) -> Vec<Ordered> {
    let mut sorted: Vec<&Item> = items.to_vec();
    sorted.sort_by(|a, b| b.y.total_cmp(&a.y).then(a.x.total_cmp(&b.x)));
    let mut rows: Vec<Row> = Vec::new();
    for i in sorted {
        match rows.last_mut() {
            Some(row) if (row.y - i.y).abs() <= (0.4 * row.h.min(size(i))).max(2.0) => {
                row.items.push(i);
                row.h = row.h.max(size(i));
            }
            _ => rows.push(Row { y: i.y, h: size(i), items: vec![i] }),
        }
    }
    let mut out = Vec::new();
    let mut prev: Option<(f32, f32)> = None;
    for mut row in rows {
        if let Some((py, ph)) = prev {
            if py - row.y > 1.9 * ph.max(row.h) {
                out.push(Ordered::default());
            }
        }
        row.items.sort_by(|a, b| a.x.total_cmp(&b.x));
        let mut text = Ordered::default();
        let mut last: Option<&Item> = None;
        for i in &row.items {
            if let Some(l) = last {
                let gap = i.x - x1(l);
                if gap > 0.12 * size(l).min(size(i)) && !text.text.ends_with(' ') && !i.s.starts_with(' ') {
                    text.push(" ", unseen(l) && unseen(i));
                }
            }
            text.push(&i.s, unseen(i));
            last = Some(i);
        }
        text.truncate(text.text.trim_end().len());
        out.push(text);
        prev = Some((row.y, row.h));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(s: &str, x: f32, y: f32, w: f32) -> Item {
        Item { s: s.into(), x, y, w, h: 10.0, hidden: false }
    }

    fn page(items: Vec<Item>) -> Vec<Page> {
        vec![Page { width: 595.0, items }]
    }

    #[test]
    fn sidebar_and_main_column_are_read_one_after_the_other() {
        let items = vec![
            item("Kari Nordmann", 40.0, 780.0, 150.0),
            item("Sykepleier · hjemmesykepleie", 40.0, 767.0, 209.0),
            item("FØRERKORT", 42.0, 662.0, 70.0),
            item("ARBEIDSERFARING", 214.0, 675.0, 112.0),
            item("Klasse B", 42.0, 649.0, 39.0),
            item("2018–nå", 214.0, 662.0, 39.0),
            item("Sykepleier, Fjordheim", 292.0, 662.0, 250.0),
            item("SPRÅK", 42.0, 625.0, 38.0),
            item("2015–2018", 214.0, 603.0, 50.0),
            item("Sykepleier, Havbu sykehus", 292.0, 603.0, 244.0),
            item("Norsk (morsmål)", 42.0, 612.0, 74.0),
        ];
        assert_eq!(
            order(&page(items)),
            "Kari Nordmann\nSykepleier · hjemmesykepleie\n\nFØRERKORT\nKlasse B\n\nSPRÅK\nNorsk (morsmål)\n\nARBEIDSERFARING\n2018–nå Sykepleier, Fjordheim\n\n2015–2018 Sykepleier, Havbu sykehus"
        );
    }

    #[test]
    fn a_short_main_column_beside_a_long_sidebar_is_still_a_column() {
        // the main column has fewer lines than the sidebar, and most of its
        // baselines are near one of the sidebar's
        let mut items = vec![item("Nils Vik", 40.0, 780.0, 65.0)];
        for (k, s) in
            ["KONTAKT", "nils@example.no", "123 45 702", "SPRÅK", "Norsk – morsmål", "Svensk – god"].iter().enumerate()
        {
            items.push(item(s, 42.0, 725.0 - 13.0 * k as f32, 90.0));
        }
        for (k, s) in ["KURS", "Hygienekurs", "(hygienebevis), 2022"].iter().enumerate() {
            items.push(item(s, 42.0, 640.0 - 13.0 * k as f32, 90.0));
        }
        items.push(item("PROFIL", 214.0, 725.0, 42.0));
        items.push(item("Kokk med fagbrev og ti års erfaring fra à la carte og selskap.", 214.0, 712.0, 267.0));
        items.push(item("ARBEIDSERFARING", 214.0, 688.0, 112.0));
        items.push(item("2016 – d.d.", 214.0, 675.0, 50.0));
        items.push(item("Kokk, Restaurant Fjellstua", 292.0, 675.0, 125.0));
        items.push(item("UTDANNING", 214.0, 638.0, 69.0));
        items.push(item("2016", 214.0, 625.0, 22.0));
        items.push(item("Fagbrev som kokk", 292.0, 625.0, 88.0));
        let text = order(&page(items));
        assert!(text.contains("SPRÅK\nNorsk – morsmål\nSvensk – god"), "{text}");
        assert!(text.contains("ARBEIDSERFARING\n2016 – d.d. Kokk, Restaurant Fjellstua"), "{text}");
    }

    #[test]
    fn dates_beside_titles_are_rows_not_columns() {
        let items = vec![
            item("2019 – 2021", 60.0, 700.0, 60.0),
            item("Sykepleier, Ahus", 200.0, 700.0, 200.0),
            item("2016 – 2019", 60.0, 686.0, 60.0),
            item("Assistent, Fjellby sykehjem", 200.0, 686.0, 220.0),
            item("2012 – 2016", 60.0, 672.0, 60.0),
            item("Butikkmedarbeider, Rema", 200.0, 672.0, 210.0),
        ];
        assert_eq!(
            order(&page(items)),
            "2019 – 2021 Sykepleier, Ahus\n2016 – 2019 Assistent, Fjellby sykehjem\n2012 – 2016 Butikkmedarbeider, Rema"
        );
    }

    #[test]
    fn words_drawn_apart_get_a_space_and_pages_a_blank_line() {
        let pages = vec![
            Page {
                width: 595.0,
                items: vec![item("Førerkort", 40.0, 700.0, 45.0), item("klasse B", 88.0, 700.0, 40.0)],
            },
            Page { width: 595.0, items: vec![item("Side 2", 40.0, 700.0, 30.0)] },
        ];
        assert_eq!(order(&pages), "Førerkort klasse B\n\nSide 2");
    }

    #[test]
    fn right_aligned_dates_and_places_stay_on_their_rows() {
        let mut items = Vec::new();
        for (k, (title, date)) in [
            ("PhD, Princeton University", "Sept 2018 – May 2023"),
            ("BS, Boğaziçi University", "Sept 2014 – June 2018"),
        ]
        .iter()
        .enumerate()
        {
            let y = 700.0 - 80.0 * k as f32;
            items.push(item(title, 60.0, y, 200.0));
            items.push(item("Princeton, NJ", 480.0, y, 60.0));
            items.push(item(date, 460.0, y - 12.0, 90.0));
            for b in 0..4 {
                items.push(item("• a bullet line of the entry", 70.0, y - 12.0 * (b as f32 + 1.0), 300.0));
            }
        }
        let text = order(&page(items));
        assert!(
            text.starts_with(
                "PhD, Princeton University Princeton, NJ
• a bullet line of the entry Sept 2018 – May 2023
"
            ),
            "{text}"
        );
    }

    #[test]
    fn date_only_lines() {
        assert!(is_date_only("2019 – 2021"));
        assert!(is_date_only("jan. 2019 – d.d."));
        assert!(is_date_only("03/2017 - 05/2019"));
        assert!(!is_date_only("Sykepleier 2019"));
        assert!(!is_date_only("Norsk (morsmål)"));
    }

    #[test]
    fn hidden_and_tiny_items_are_marked_in_the_ordered_text() {
        let hidden = |s: &str, x: f32, y: f32, w: f32| Item { hidden: true, ..item(s, x, y, w) };
        let tiny = |s: &str, x: f32, y: f32, w: f32| Item { h: 1.0, ..item(s, x, y, w) };
        let pages = vec![
            Page {
                width: 595.0,
                items: vec![
                    item("Sertifikater", 40.0, 720.0, 60.0),
                    hidden("Førerkort", 40.0, 706.0, 45.0),
                    hidden("klasse B", 88.0, 706.0, 40.0),
                    item("Truckførerbevis", 40.0, 692.0, 70.0),
                    tiny("T1–T4", 115.0, 692.0, 5.0),
                ],
            },
            Page { width: 595.0, items: vec![tiny("Side 2", 40.0, 700.0, 3.0)] },
        ];
        let out = order_marked(&pages);
        assert_eq!(out.text, order(&pages));
        assert_eq!(out.text, "Sertifikater\nFørerkort klasse B\nTruckførerbevis T1–T4\n\nSide 2");
        let quoted: Vec<&str> = out.hidden.iter().map(|r| &out.text[r.clone()]).collect();
        assert_eq!(quoted, ["Førerkort klasse B", "T1–T4", "Side 2"]);
    }

    #[test]
    fn squeezing_matches_the_plain_text_rules_and_moves_the_ranges() {
        let mut t = Ordered::default();
        t.push("\n  ", false);
        t.push("a", true);
        t.push("\n\n\n\n\n", false);
        t.push("bø", true);
        t.push("\n\n\n c \n", false);
        let plain = {
            let mut s = t.text.clone();
            while s.contains("\n\n\n") {
                s = s.replace("\n\n\n", "\n\n");
            }
            s.trim().to_string()
        };
        let out = t.squeeze();
        assert_eq!(out.text, plain);
        let quoted: Vec<&str> = out.hidden.iter().map(|r| &out.text[r.clone()]).collect();
        assert_eq!(quoted, ["a", "bø"]);
    }
}
