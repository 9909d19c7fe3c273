//! Normalisation of extracted text with an offset map back to it.
//!
//! The normalised text is what rules search: Unicode NFKC, lower case, soft
//! hyphens and zero-width and bidi controls removed, ligatures split, bullet
//! glyphs and icon-font glyphs turned into spaces, every dash into `-`,
//! horizontal whitespace collapsed, lines trimmed, runs of blank lines
//! collapsed to one, and words hyphenated across a line break joined again
//! ("syke-\npleier" becomes "sykepleier").
//!
//! Every byte of the normalised text remembers the range of the original
//! text it came from, so that a match in the normalised text maps back to a
//! byte range of the original on `char` boundaries.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Normalised text and its map back to the original.
#[derive(Clone, Debug, Default)]
pub struct Normalized {
    /// The normalised text.
    pub text: String,
    /// For every byte of `text`, the original byte range it came from.
    map: Vec<(u32, u32)>,
}

impl Normalized {
    /// Normalise `original`.
    pub fn new(original: &str) -> Normalized {
        let mut n = Builder { out: Normalized::default(), blank_run: 0 };
        let mut chars = original.char_indices().peekable();
        while let Some((start, c)) = chars.next() {
            // A base character with the combining marks that follow it.
            let mut end = start + c.len_utf8();
            while let Some(&(i, m)) = chars.peek() {
                if !is_combining_mark(m) {
                    break;
                }
                end = i + m.len_utf8();
                chars.next();
            }
            if c == '\r' && chars.peek().map(|&(_, n)| n) == Some('\n') {
                continue; // CRLF: the '\n' stands for both
            }
            // LaTeX's old accents: "p˚a", "¨o", "¨ o" as one letter
            if let Some((letter, len)) = loose_accent(c, &original[end..]) {
                let letter_end = end + len;
                while chars.peek().is_some_and(|&(i, _)| i < letter_end) {
                    chars.next();
                }
                for l in letter.to_lowercase() {
                    n.push_text(l, true, (start as u32, letter_end as u32));
                }
                continue;
            }
            // a rule or a Markdown heading's underline ("=========",
            // "---------") is a line of its own, not text
            if matches!(c, '=' | '-' | '_') && (n.out.text.is_empty() || n.out.text.ends_with('\n')) {
                let line = original[start..].split('\n').next().unwrap_or("");
                let marks = line.chars().filter(|&m| m == c).count();
                if marks >= 3 && line.trim_end_matches('\r').chars().all(|m| m == c || m == ' ' || m == '\t') {
                    // with its line break: the heading's next line follows it
                    let line_end = start + line.len() + 1;
                    while chars.peek().is_some_and(|&(i, _)| i < line_end) {
                        chars.next();
                    }
                    continue;
                }
            }
            let cluster = &original[start..end];
            let range = (start as u32, end as u32);
            match class(c) {
                Class::Drop => {}
                Class::Space => n.space(range),
                Class::Newline => n.newline(range),
                Class::Dash => n.push('-', range),
                Class::Quote => n.push('\'', range),
                // ASCII is its own NFKC form: no decomposition needed
                Class::Text if c.is_ascii() && cluster.len() == 1 => {
                    n.push_text(c.to_ascii_lowercase(), c.is_ascii_lowercase(), range);
                }
                Class::Text => {
                    for k in cluster.nfkc() {
                        match class(k) {
                            Class::Text => {
                                for l in k.to_lowercase() {
                                    n.push_text(l, c.is_lowercase(), range);
                                }
                            }
                            Class::Space => n.space(range),
                            Class::Newline => n.newline(range),
                            Class::Dash => n.push('-', range),
                            Class::Quote => n.push('\'', range),
                            Class::Drop => {}
                        }
                    }
                }
            }
        }
        let mut out = n.out;
        while out.text.ends_with([' ', '\n']) {
            out.pop();
        }
        out
    }

    /// The original byte range behind the normalised byte range
    /// `start..end`. Both ends fall on `char` boundaries of the original.
    pub fn to_original(&self, start: usize, end: usize) -> (usize, usize) {
        if start >= end || end > self.map.len() {
            let at = self.map.get(start).map_or(0, |r| r.0 as usize);
            return (at, at);
        }
        (self.map[start].0 as usize, self.map[end - 1].1 as usize)
    }

    fn pop(&mut self) -> Option<char> {
        let c = self.text.pop()?;
        self.map.truncate(self.text.len());
        Some(c)
    }
}

struct Builder {
    out: Normalized,
    blank_run: u32,
}

impl Builder {
    fn push(&mut self, c: char, range: (u32, u32)) {
        self.out.text.push(c);
        self.out.map.resize(self.out.text.len(), range);
        self.blank_run = 0;
    }

    /// A letter or digit; `was_lower` tells whether the original was lower
    /// case, which decides whether a hyphen at a line end was a hyphenation.
    fn push_text(&mut self, c: char, was_lower: bool, range: (u32, u32)) {
        if was_lower && c.is_alphabetic() && self.out.text.ends_with("-\n") {
            let before = self.out.text[..self.out.text.len() - 2].chars().next_back();
            if before.is_some_and(|b| b.is_alphabetic()) {
                self.out.pop();
                self.out.pop();
            }
        }
        self.push(c, range);
    }

    fn space(&mut self, range: (u32, u32)) {
        if !self.out.text.is_empty() && !self.out.text.ends_with([' ', '\n']) {
            self.push(' ', range);
        }
    }

    fn newline(&mut self, range: (u32, u32)) {
        while self.out.text.ends_with(' ') {
            self.out.pop();
        }
        if self.out.text.is_empty() {
            return;
        }
        if self.out.text.ends_with('\n') {
            self.blank_run += 1;
            if self.blank_run > 1 {
                return;
            }
            self.out.text.push('\n');
            self.out.map.resize(self.out.text.len(), range);
            return;
        }
        self.push('\n', range);
    }
}

/// A spacing accent followed by an optional space and a letter, as TeX
/// without T1 fonts writes å, ä, ö, ü and é: the composed letter and how many
/// bytes after the accent it takes.
fn loose_accent(accent: char, rest: &str) -> Option<(char, usize)> {
    let skipped = usize::from(rest.starts_with(' '));
    let letter = rest[skipped..].chars().next()?;
    let composed = match (accent, letter) {
        ('\u{2DA}', 'a') => 'å',
        ('\u{2DA}', 'A') => 'Å',
        ('\u{A8}', 'a') => 'ä',
        ('\u{A8}', 'o') => 'ö',
        ('\u{A8}', 'u') => 'ü',
        ('\u{A8}', 'A') => 'Ä',
        ('\u{A8}', 'O') => 'Ö',
        ('\u{A8}', 'U') => 'Ü',
        ('\u{B4}', 'e') => 'é',
        ('\u{B4}', 'E') => 'É',
        _ => return None,
    };
    Some((composed, skipped + letter.len_utf8()))
}

/// A character that marks an item of a list: a bullet, check mark, arrow
/// or icon (which normalising turns into a space), a dash or a star.
pub(crate) fn is_list_mark(c: char) -> bool {
    let mark = !c.is_whitespace() && !c.is_control();
    (mark && class(c) == Class::Space) || class(c) == Class::Dash || matches!(c, '-' | '*')
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Text,
    Space,
    Newline,
    Dash,
    Quote,
    Drop,
}

fn class(c: char) -> Class {
    match c {
        '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}' => Class::Newline,
        // soft hyphen, zero-width characters, bidi controls, BOM
        '\u{AD}'
        | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}'
        | '\u{FEFF}' => Class::Drop,
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}' => Class::Dash,
        '\u{2018}' | '\u{2019}' | '\u{201B}' | '\u{2032}' | '\u{02BC}' | '`' | '\u{B4}' => Class::Quote,
        // bullets, check marks, stars, arrows, geometric shapes
        '\u{2022}'
        | '\u{2023}'
        | '\u{2043}'
        | '\u{2219}'
        | '\u{25A0}'..='\u{25FF}'
        | '\u{2190}'..='\u{21FF}'
        | '\u{2600}'..='\u{27BF}'
        | '\u{B7}'
        | '\u{2027}' => Class::Space,
        // icon fonts live in the private use areas
        '\u{E000}'..='\u{F8FF}' | '\u{F0000}'..='\u{10FFFF}' => Class::Space,
        c if c.is_whitespace() || c.is_control() => Class::Space,
        _ => Class::Text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(s: &str) -> String {
        Normalized::new(s).text
    }

    #[test]
    fn folds_case_and_whitespace() {
        assert_eq!(norm("  Førerkort\u{A0}Klasse  B \r\n\r\n\r\n\nNorsk"), "førerkort klasse b\n\nnorsk");
    }

    #[test]
    fn repairs_hyphenation_soft_hyphens_and_ligatures() {
        assert_eq!(norm("syke-\npleier"), "sykepleier");
        assert_eq!(norm("syke\u{AD}pleier"), "sykepleier");
        assert_eq!(norm("Pro\u{FB01}l"), "profil");
        assert_eq!(norm("2018-\n2019"), "2018-\n2019");
        assert_eq!(norm("Norsk-\nEngelsk"), "norsk-\nengelsk");
    }

    #[test]
    fn latex_loose_accents_become_letters() {
        assert_eq!(norm("p\u{2DA}a en rejse, 16 \u{2DA}ar"), "på en rejse, 16 år");
        assert_eq!(norm("Sj\u{A8}oberg, f\u{A8} ors\u{A8}akring, caf\u{B4}e"), "sjöberg, försäkring, café");
        let orig = "p\u{2DA}a";
        let n = Normalized::new(orig);
        assert_eq!(n.to_original(0, n.text.len()), (0, orig.len()));
    }

    #[test]
    fn bullets_dashes_and_controls() {
        assert_eq!(norm("• Truck\u{2013}kort\u{202E}"), "truck-kort");
        assert_eq!(norm("\u{F0B7} HMS\u{200B}-kort"), "hms-kort");
    }

    #[test]
    fn rules_and_underlines_are_no_text() {
        assert_eq!(norm("FØRERKORT\n=========\nKlasser: B"), "førerkort\nklasser: b");
        assert_eq!(norm("a - b\n---\nc"), "a - b\nc");
    }

    #[test]
    fn maps_back_to_original() {
        let orig = "Syke-\npleier • Pro\u{FB01}l";
        let n = Normalized::new(orig);
        let at = n.text.find("sykepleier").unwrap();
        let (s, e) = n.to_original(at, at + "sykepleier".len());
        assert_eq!(&orig[s..e], "Syke-\npleier");
        let at = n.text.find("profil").unwrap();
        let (s, e) = n.to_original(at, at + "profil".len());
        assert_eq!(&orig[s..e], "Pro\u{FB01}l");
    }
}
