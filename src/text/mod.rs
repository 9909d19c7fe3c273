//! The document model: extracted text, normalised with an offset map,
//! tokenised, split into lines and sections.

pub mod dates;
pub mod hidden;
pub mod normalize;
pub mod sections;
pub mod tokens;

use crate::lexicon::Words;
use crate::report::Evidence;
use crate::{ExtractedText, Note};
use normalize::Normalized;
pub use sections::SectionKind;
use tokens::{tokenize, Token};

/// A line of at most this many words is quoted whole as evidence.
const SHORT_LINE_WORDS: usize = 16;
/// Words of context kept on each side of a match in a long line.
const CONTEXT_WORDS: usize = 10;

/// Words whose trailing dot is an abbreviation's, not a sentence end.
fn is_abbreviation(w: &str) -> bool {
    w.chars().count() <= 2
        || matches!(
            w,
            "kl" | "ca"
                | "nr"
                | "leg"
                | "ing"
                | "siv"
                | "cand"
                | "mag"
                | "jan"
                | "feb"
                | "mar"
                | "apr"
                | "jun"
                | "jul"
                | "aug"
                | "sep"
                | "sept"
                | "okt"
                | "oct"
                | "nov"
                | "des"
                | "dec"
                | "eks"
                | "mrs"
                | "ref"
                | "tlf"
                | "tel"
                | "inkl"
                | "evt"
                | "osv"
                | "bl"
                | "fil"
                | "dr"
                | "scient"
                | "polit"
                | "philol"
                | "oecon"
                | "jur"
                | "med"
                // the second part of the other cand.* degrees
                | "act"
                | "merc"
                | "theol"
                | "pharm"
                | "odont"
                | "psych"
                | "psychol"
                | "paed"
                | "sociol"
                | "agric"
        )
}

/// One line of the normalised text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    /// Byte range in the normalised text.
    pub start: u32,
    pub end: u32,
    /// Word range (indices into the document's words).
    pub first_word: u32,
    pub end_word: u32,
    /// The section the line is in.
    pub section: SectionKind,
    /// Whether the line is itself a section heading.
    pub heading: bool,
}

impl Line {
    pub fn words(&self) -> std::ops::Range<usize> {
        self.first_word as usize..self.end_word as usize
    }
}

/// A CV ready to be searched: see the module documentation.
#[derive(Debug)]
pub struct Document<'a> {
    original: &'a str,
    norm: Normalized,
    tokens: Vec<Token>,
    /// Indices into `tokens` of the word tokens.
    words: Vec<u32>,
    lines: Vec<Line>,
    /// The line each line of the text is part of (a wrapped list item's
    /// lines are one line: see [`Document::wrapped`]).
    line_index: Vec<u32>,
    has_headings: bool,
    readable: bool,
    warnings: Vec<Note>,
    /// Byte ranges of `original` a reader cannot see (normalised).
    hidden: Vec<std::ops::Range<usize>>,
    /// When there is hidden text: the same document with it blanked out,
    /// so that hidden words cannot match (same offsets, same lines).
    visible: Option<Box<Document<'a>>>,
}

impl<'a> Document<'a> {
    /// Build the document model of extracted text (a job ad, a requirement
    /// line; a CV is read with [`Document::of_cv`]).
    pub fn new(extracted: &'a ExtractedText) -> Document<'a> {
        Document::with_name(extracted, false)
    }

    /// Build the document model of a CV: as [`Document::new`], but the
    /// candidate's name on the first line is searched by no rule (it is
    /// blanked, with the same offsets, in the text the rules read; evidence
    /// still quotes the original). A name is never evidence: "Anna
    /// Tornander" holds no tower.
    pub fn of_cv(extracted: &'a ExtractedText) -> Document<'a> {
        Document::with_name(extracted, true)
    }

    fn with_name(extracted: &'a ExtractedText, cv: bool) -> Document<'a> {
        let mut warnings = extracted.warnings.clone();
        let mut original = extracted.text.as_str();
        if original.len() > crate::MAX_TEXT_BYTES {
            let mut cut = crate::MAX_TEXT_BYTES;
            while !original.is_char_boundary(cut) {
                cut -= 1;
            }
            original = &original[..cut];
            warnings.push(Note::new("warning.text_cut", &[("bytes", crate::MAX_TEXT_BYTES.to_string())]));
        }
        let hidden = hidden::normalise(&extracted.hidden, original);
        if !hidden.is_empty() {
            let chars = hidden::non_blank_chars(original, &hidden);
            warnings.push(Note::new("warning.hidden_text", &[("chars", chars.to_string())]));
        }
        let name: Vec<std::ops::Range<usize>> =
            if cv { crate::redact::name_on_first_line(original).into_iter().collect() } else { Vec::new() };
        let searched = if name.is_empty() { None } else { Some(hidden::blank(original, &name)) };
        let mut doc =
            Document::build(original, searched.as_deref().unwrap_or(original), extracted.readable, warnings.clone());
        let wrapped = doc.wrapped();
        doc.join(&wrapped);
        let visible = (!hidden.is_empty()).then(|| {
            let unsearched = hidden::normalise(&[hidden.as_slice(), name.as_slice()].concat(), original);
            let blanked = hidden::blank(original, &unsearched);
            let mut visible = Document::build(original, &blanked, extracted.readable, warnings);
            visible.join(&wrapped);
            Box::new(visible)
        });
        doc.hidden = hidden;
        doc.visible = visible;
        doc
    }

    /// The document of `searched` (the original, or the original with its
    /// hidden text blanked: the same length), quoting `original`.
    fn build(original: &'a str, searched: &str, readable: bool, warnings: Vec<Note>) -> Document<'a> {
        debug_assert_eq!(original.len(), searched.len());
        let norm = Normalized::new(searched);
        let tokens = tokenize(&norm.text);
        let words: Vec<u32> = tokens.iter().enumerate().filter(|(_, t)| t.is_word()).map(|(i, _)| i as u32).collect();
        let mut doc = Document {
            original,
            norm,
            tokens,
            words,
            lines: Vec::new(),
            line_index: Vec::new(),
            has_headings: false,
            readable,
            warnings,
            hidden: Vec::new(),
            visible: None,
        };
        doc.lines = doc.split_lines();
        doc.line_index = (0..doc.lines.len() as u32).collect();
        doc.has_headings = sections::assign(&mut doc);
        doc
    }

    /// Which lines go on the line before: the lines a narrow column wrapped
    /// a list item over ("• Førstehjelp og HLR – årlig" / "repetisjon, sist
    /// september" / "2026"). After a list item, a line that is no item,
    /// heading or blank and goes on in lower case, in brackets, with a
    /// date of at most two words, or in at most four words with a date the
    /// line above lacks, belongs to that item, unless it starts with a date
    /// range (a new entry).
    fn wrapped(&self) -> Vec<bool> {
        let mut out = vec![false; self.lines.len()];
        let mut in_item = false;
        for (l, line) in self.lines.iter().enumerate() {
            let words = line.words();
            if words.is_empty() || line.heading {
                in_item = false;
                continue;
            }
            if self.is_list_item(l) {
                in_item = true;
                continue;
            }
            let (a, b) = self.to_original(line.start as usize, line.end as usize);
            let text = self.original[a..b].trim_start();
            let date =
                words.len() <= 2 && words.clone().all(|w| self.word(w).starts_with(|c: char| c.is_ascii_digit()));
            // (not a line that starts a dated entry: "aug. 2014 – dec. 2018
            // Bagerlærling")
            let starts_range = || self.leading_date(l).is_some_and(|m| m.is_range());
            // a name broken over two lines, the rest with the date the item
            // above lacks ("• Førstehjelp med HLR, Norsk" / "Folkehjelp –
            // januar 2026"; not "• Førstehjelp og HLR" / "Truckbevis, 2026")
            let dated = |r: std::ops::Range<usize>| !dates::find(self, r).is_empty();
            let date_tail = in_item && l > 0 && words.len() <= 4 && {
                let above = self.lines[l - 1].words();
                above.len() >= 2 && self.is_name_word(above.end - 1) && dated(words.clone()) && !dated(above)
            };
            let goes_on = text.starts_with(|c: char| c.is_lowercase() || c == '(') || date || date_tail;
            out[l] = in_item && goes_on && self.lines[l - 1].section == line.section && !starts_range();
            in_item = out[l];
        }
        out
    }

    /// The first word of `range` after the last one followed by one of
    /// `seps` ("Norsk (morsmål), engelsk": the words after the comma), or
    /// `range.start`.
    pub fn after_last(&self, range: std::ops::Range<usize>, seps: &[char]) -> usize {
        let start = range.start;
        range.rev().find(|&w| self.punct_after(w).contains(seps)).map_or(start, |w| w + 1)
    }

    /// The date line `l` starts with, if any ("2014  Elevatorteknik ...",
    /// "aug. 2014 – dec. 2018 Bagerlærling").
    pub fn leading_date(&self, l: usize) -> Option<dates::Mention> {
        let words = self.lines[l].words();
        dates::find(self, words.clone()).into_iter().next().filter(|d| d.first == words.start)
    }

    /// Whether word `i` is written as a name: a capital, then lower-case
    /// letters ("Norsk", "Norges"; not "HLR" or "B2").
    pub(crate) fn is_name_word(&self, i: usize) -> bool {
        let text = self.evidence(i, i + 1).text;
        let mut c = text.chars();
        c.next().is_some_and(char::is_uppercase) && c.clone().next().is_some() && c.all(char::is_lowercase)
    }

    /// Whether most words after the first begin in lower case: the text is
    /// not written in title case, so a capital marks a name.
    pub(crate) fn mostly_lower_case(&self) -> bool {
        let n = self.word_count();
        let lower = (1..n).filter(|&i| self.evidence(i, i + 1).text.starts_with(char::is_lowercase)).count();
        lower * 2 >= n.saturating_sub(1)
    }

    /// Join each line marked in `wrapped` to the line before it.
    fn join(&mut self, wrapped: &[bool]) {
        let mut lines: Vec<Line> = Vec::with_capacity(self.lines.len());
        let mut index = Vec::with_capacity(self.lines.len());
        for (l, line) in self.lines.iter().enumerate() {
            match lines.last_mut() {
                Some(prev) if wrapped.get(l) == Some(&true) => {
                    prev.end = line.end;
                    prev.end_word = line.end_word;
                }
                _ => lines.push(line.clone()),
            }
            index.push((lines.len() - 1) as u32);
        }
        self.lines = lines;
        self.line_index = index;
    }

    fn split_lines(&self) -> Vec<Line> {
        let text = &self.norm.text;
        let mut lines = Vec::new();
        let mut start = 0usize;
        let mut w = 0usize;
        for (line_no, piece) in text.split('\n').enumerate() {
            let end = start + piece.len();
            let first_word = w;
            while w < self.words.len() && self.token_of(w).line as usize == line_no {
                w += 1;
            }
            lines.push(Line {
                start: start as u32,
                end: end as u32,
                first_word: first_word as u32,
                end_word: w as u32,
                section: SectionKind::Header,
                heading: false,
            });
            start = end + 1;
        }
        lines
    }

    /// The extracted text evidence spans point into.
    pub fn original(&self) -> &str {
        self.original
    }

    /// Whether line `l` is an item of a list: a list mark before its first
    /// word in the original text ("• Førarkort klasse B"; see
    /// [`normalize::is_list_mark`]).
    pub fn is_list_item(&self, l: usize) -> bool {
        let line = &self.lines[l];
        if line.first_word >= line.end_word {
            return false;
        }
        let start = self.evidence(line.first_word as usize, line.first_word as usize + 1).start;
        let line_start = self.original[..start].rfind('\n').map_or(0, |i| i + 1);
        self.original[line_start..start].chars().any(normalize::is_list_mark)
    }

    /// The normalised text rules search.
    pub fn norm(&self) -> &str {
        &self.norm.text
    }

    pub fn readable(&self) -> bool {
        self.readable
    }

    pub fn warnings(&self) -> &[Note] {
        &self.warnings
    }

    /// Byte ranges of the extracted text a reader cannot see: sorted,
    /// disjoint, on char boundaries.
    pub fn hidden(&self) -> &[std::ops::Range<usize>] {
        &self.hidden
    }

    /// When the text has hidden parts: the document a reader sees, the same
    /// text with the hidden parts blanked out (offsets and evidence are the
    /// same as in this one). `None` when nothing is hidden.
    pub fn visible(&self) -> Option<&Document<'a>> {
        self.visible.as_deref()
    }

    pub fn lines(&self) -> &[Line] {
        &self.lines
    }

    pub(crate) fn lines_mut(&mut self) -> &mut [Line] {
        &mut self.lines
    }

    /// Whether the CV has any recognised section headings.
    pub fn has_headings(&self) -> bool {
        self.has_headings
    }

    /// The number of words.
    pub fn word_count(&self) -> usize {
        self.words.len()
    }

    pub(crate) fn token_of(&self, word: usize) -> &Token {
        &self.tokens[self.words[word] as usize]
    }

    /// The line word `i` is on.
    pub fn line_of(&self, word: usize) -> usize {
        self.line_index[self.token_of(word).line as usize] as usize
    }

    /// The section word `i` is in.
    pub fn section_of(&self, word: usize) -> SectionKind {
        self.lines[self.line_of(word)].section
    }

    /// The punctuation characters between words `a` and `b` (`a < b`), and
    /// whether a line break separates them.
    pub fn between(&self, a: usize, b: usize) -> (String, bool) {
        let (ta, tb) = (self.words[a] as usize, self.words[b] as usize);
        let punct = self.tokens[ta + 1..tb].iter().map(|t| t.text(&self.norm.text)).collect();
        (punct, self.token_of(a).line != self.token_of(b).line)
    }

    /// For each word of `range`, whether it stands inside parentheses opened
    /// within the range ("Førstehjelp ved børneulykker (dansk kurs), juni
    /// 2025": "dansk kurs").
    pub fn parenthesised(&self, range: std::ops::Range<usize>) -> Vec<bool> {
        let mut depth = 0usize;
        let first = range.start;
        range
            .map(|i| {
                if i > first {
                    for c in self.between(i - 1, i).0.chars() {
                        match c {
                            '(' => depth += 1,
                            ')' => depth = depth.saturating_sub(1),
                            _ => {}
                        }
                    }
                }
                depth > 0
            })
            .collect()
    }

    /// The punctuation right after word `i` on its line ("" if none).
    pub fn punct_after(&self, word: usize) -> String {
        let t = self.words[word] as usize;
        let line = self.tokens[t].line;
        self.tokens[t + 1..]
            .iter()
            .take_while(|x| !x.is_word() && x.line == line)
            .map(|x| x.text(&self.norm.text))
            .collect()
    }

    /// Evidence for words `first..end`: the original text they came from.
    pub fn evidence(&self, first: usize, end: usize) -> Evidence {
        let (s, e) = (self.token_of(first).start, self.token_of(end.max(first + 1) - 1).end);
        self.evidence_norm(s as usize, e as usize)
    }

    /// Evidence for lines `first..=last`, from the first word of the first
    /// (so without a bullet or list mark) to the end of the last.
    pub fn lines_evidence(&self, first: usize, last: usize) -> Evidence {
        let (a, b) = (&self.lines[first], &self.lines[last]);
        let start = if a.first_word < a.end_word { self.token_of(a.first_word as usize).start } else { a.start };
        self.evidence_norm(start as usize, (b.end.max(start)) as usize)
    }

    /// The original text of a line, from its first word to its end.
    pub fn lines_evidence_text(&self, line: &Line) -> String {
        let start =
            if line.first_word < line.end_word { self.token_of(line.first_word as usize).start } else { line.start };
        let (s, e) = self.to_original(start as usize, line.end.max(start) as usize);
        self.original[s..e].to_string()
    }

    /// A normalised range mapped back to the original, on its char
    /// boundaries (the map of a document with blanked hidden text may point
    /// inside a character it blanked).
    fn to_original(&self, s: usize, e: usize) -> (usize, usize) {
        let (start, end) = self.norm.to_original(s, e);
        let text = self.original;
        let mut start = start.min(text.len());
        let mut end = end.min(text.len()).max(start);
        while !text.is_char_boundary(start) {
            start -= 1;
        }
        while !text.is_char_boundary(end) {
            end += 1;
        }
        (start, end)
    }

    /// Evidence for words `first..end` with their context, as a recruiter
    /// would highlight it: the whole line(s) when short, else the clause.
    pub fn context_evidence(&self, first: usize, end: usize) -> Evidence {
        let end = end.max(first + 1);
        let (la, lb) = (self.line_of(first), self.line_of(end - 1));
        let words: usize = (la..=lb).map(|l| self.lines[l].words().len()).sum();
        if words <= SHORT_LINE_WORDS {
            return self.lines_evidence(la, lb);
        }
        // the clause, cut at commas and brackets, at most CONTEXT_WORDS
        // words on either side of the match
        let c = self.clause(first, end);
        let stop = |x: usize, y: usize| self.between(x, y).0.contains([',', '(', ')', ':']);
        let mut a = first;
        while a > c.start && first - a < CONTEXT_WORDS && !stop(a - 1, a) {
            a -= 1;
        }
        let mut b = end;
        while b < c.end && b - end < CONTEXT_WORDS && !stop(b - 1, b) {
            b += 1;
        }
        let mut e = self.token_of(b - 1).end as usize;
        // keep a closing bracket or the final stop of an abbreviation
        let rest = &self.norm.text[e..];
        if let Some(c) = rest.chars().next().filter(|c| matches!(c, ')' | ']' | '.')) {
            e += c.len_utf8();
        }
        self.evidence_norm(self.token_of(a).start as usize, e)
    }

    /// The words of the clause around words `first..end`, within its line:
    /// up to `.`, `;`, `!`, `?` or `|` (not the dot of an abbreviation), or
    /// up to "men"/"but".
    pub fn clause(&self, first: usize, end: usize) -> std::ops::Range<usize> {
        let words = self.lines[self.line_of(first)].words();
        // a clause also ends before "men"/"but": "har ikke X, men tar det"
        let ends = |a: usize, b: usize| {
            let (p, _) = self.between(a, b);
            (p.contains(['.', ';', '!', '?', '|']) && !is_abbreviation(self.word(a)))
                || matches!(self.word(b), "men" | "but")
        };
        let mut a = first;
        while a > words.start && !ends(a - 1, a) {
            a -= 1;
        }
        let mut b = end.max(first + 1);
        while b < words.end && !ends(b - 1, b) {
            b += 1;
        }
        a..b
    }

    /// At most `n` words right before word `i`, within its clause.
    pub fn words_back(&self, i: usize, n: usize) -> std::ops::Range<usize> {
        i.saturating_sub(n).max(self.clause(i, i + 1).start)..i
    }

    fn evidence_norm(&self, s: usize, e: usize) -> Evidence {
        let (start, end) = self.to_original(s, e);
        Evidence { start, end, text: self.original[start..end].to_string() }
    }

    /// The words of the document as a [`Words`] view.
    pub fn word_text(&self, i: usize) -> &str {
        self.token_of(i).text(&self.norm.text)
    }
}

/// "og", "och", "and", "samt", "men", "but": a word that joins two parts
/// of a sentence (a part of it ends before one).
pub fn is_coordinator(word: &str) -> bool {
    matches!(word, "og" | "och" | "and" | "samt" | "men" | "but")
}

impl Words for Document<'_> {
    fn len(&self) -> usize {
        self.words.len()
    }
    fn word(&self, i: usize) -> &str {
        self.word_text(i)
    }
    /// Not into or out of a section heading ("DGSA" at a line's end, then
    /// "Certificates": no "DGSA certificate").
    fn joins(&self, i: usize) -> bool {
        let (a, b) = (self.line_of(i - 1), self.line_of(i));
        a == b || !(self.lines[a].heading || self.lines[b].heading)
    }
}
