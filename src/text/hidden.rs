//! Hidden text: byte ranges of the extracted text that a reader of the file
//! cannot see (a DOCX run marked `w:vanish`, white or near-white text, a font
//! under 2 pt, text outside the page, PDF text render mode 3). Extraction
//! keeps such text and marks it, so that evidence offsets stay valid and a
//! reviewer can see what was hidden; the rules never let it meet a
//! requirement on its own, and never let it contradict one
//! (`rules::evaluate`).
//!
//! Ranges come from extraction (and, in the page, across the WebAssembly
//! boundary), so they are taken as untrusted: [`normalise`] clips, widens to
//! `char` boundaries, sorts and merges them.

use std::ops::Range;

/// `ranges` as a sorted list of disjoint, non-empty ranges on `char`
/// boundaries of `text`: clipped to the text, widened outwards to char
/// boundaries, overlapping and touching ranges merged. Never panics.
pub fn normalise(ranges: &[Range<usize>], text: &str) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = ranges
        .iter()
        .filter_map(|r| {
            let (mut start, mut end) = (r.start.min(text.len()), r.end.min(text.len()));
            while !text.is_char_boundary(start) {
                start -= 1;
            }
            while !text.is_char_boundary(end) {
                end += 1;
            }
            (start < end).then_some(start..end)
        })
        .collect();
    out.sort_by_key(|r| (r.start, r.end));
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(out.len());
    for r in out {
        match merged.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => merged.push(r),
        }
    }
    merged
}

/// `text` with every character in `hidden` (normalised ranges) except line
/// breaks replaced by ASCII spaces, one per byte: the same length and the
/// same lines, so every offset into it is an offset into `text`. What the
/// rules search when hidden words must not match.
pub fn blank(text: &str, hidden: &[Range<usize>]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for r in hidden {
        out.push_str(&text[at..r.start]);
        for c in text[r.clone()].chars() {
            if matches!(c, '\n' | '\r') {
                out.push(c);
            } else {
                out.extend(std::iter::repeat_n(' ', c.len_utf8()));
            }
        }
        at = r.end;
    }
    out.push_str(&text[at..]);
    debug_assert_eq!(out.len(), text.len());
    out
}

/// The number of characters in `hidden` that are not whitespace: what the
/// warning counts.
pub fn non_blank_chars(text: &str, hidden: &[Range<usize>]) -> usize {
    hidden.iter().map(|r| text[r.clone()].chars().filter(|c| !c.is_whitespace()).count()).sum()
}

#[cfg(test)]
#[allow(clippy::single_range_in_vec_init)] // a list of one range is meant
mod tests {
    use super::*;

    #[test]
    fn ranges_are_clipped_widened_sorted_and_merged() {
        let text = "Før kort B"; // 'ø' is bytes 1..3
        let r = normalise(&[8..20, 2..3, 0..1, 5..5, 3..4], text);
        assert_eq!(r, vec![0..4, 8..11]);
        assert!(normalise(&[40..50], text).is_empty());
    }

    #[test]
    fn blanking_keeps_offsets_and_lines() {
        let text = "ab\nFørerkort B\ncd";
        let hidden = normalise(&[3..15], text);
        let b = blank(text, &hidden);
        assert_eq!(b.len(), text.len());
        assert_eq!(b, format!("ab\n{}\ncd", " ".repeat(12)));
        assert_eq!(non_blank_chars(text, &hidden), 10);
    }
}
