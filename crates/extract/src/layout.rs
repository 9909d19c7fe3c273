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
    pages.iter().map(page_text).filter(|t| !t.is_empty()).collect::<Vec<_>>().join("\n\n")
}

fn page_text(page: &Page) -> String {
    let items: Vec<&Item> =
        page.items.iter().filter(|i| !i.s.is_empty() && i.x.is_finite() && i.y.is_finite()).collect();
    if items.is_empty() {
        return String::new();
    }
    let lines = region(&items, page.width.max(1.0), 0);
    let mut text = lines.join("\n");
    while text.contains("\n\n\n") {
        text = text.replace("\n\n\n", "\n\n");
    }
    text.trim().to_string()
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

fn region(items: &[&Item], width: f32, depth: usize) -> Vec<String> {
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
        out.push(String::new());
    }
    out.extend(region(&left, width, depth + 1));
    out.push(String::new());
    out.extend(region(&right, width, depth + 1));
    if !spanning.is_empty() {
        out.push(String::new());
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
    let mut best: Option<(f32, f32)> = None;
    let mut run: Option<(f32, f32)> = None;
    let consider = |run: Option<(f32, f32)>, best: &mut Option<(f32, f32)>| {
        if let Some((a, b)) = run {
            if b - a >= min_gap && best.is_none_or(|(ba, bb)| b - a > bb - ba) {
                *best = Some((a, b));
            }
        }
    };
    let mut x = width * 0.15;
    while x <= width * 0.85 {
        if crossing(x) <= allowance {
            run = Some(run.map_or((x, x), |(a, _)| (a, x)));
        } else {
            consider(run.take(), &mut best);
        }
        x += 2.0;
    }
    consider(run, &mut best);
    let (a, b) = best?;
    let at = (a + b) / 2.0;
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
    Some((b - a, (left, right, spanning)))
}

/// Whether `narrow` is a column of side notes to `wide` (dates and places
/// beside each entry, right-aligned): few lines, nearly all on a baseline of
/// `wide`. A sidebar has about as many lines as the main column.
fn side_notes(narrow: &[&Item], wide: &[&Item]) -> bool {
    let (n, w) = (baselines(narrow), baselines(wide));
    if n.is_empty() || n.len() * 10 > w.len() * 6 {
        return false;
    }
    let aligned = n.iter().filter(|y| w.iter().any(|v| (*y - v).abs() <= 2.0)).count();
    aligned * 10 >= n.len() * 8
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
    let ls: Vec<String> = lines(items).into_iter().filter(|l| !l.trim().is_empty()).collect();
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
/// the vertical gap is large.
fn lines(items: &[&Item]) -> Vec<String> {
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
                out.push(String::new());
            }
        }
        row.items.sort_by(|a, b| a.x.total_cmp(&b.x));
        let mut text = String::new();
        let mut last: Option<&Item> = None;
        for i in &row.items {
            if let Some(l) = last {
                let gap = i.x - x1(l);
                if gap > 0.12 * size(l).min(size(i)) && !text.ends_with(' ') && !i.s.starts_with(' ') {
                    text.push(' ');
                }
            }
            text.push_str(&i.s);
            last = Some(i);
        }
        out.push(text.trim_end().to_string());
        prev = Some((row.y, row.h));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(s: &str, x: f32, y: f32, w: f32) -> Item {
        Item { s: s.into(), x, y, w, h: 10.0 }
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
}
