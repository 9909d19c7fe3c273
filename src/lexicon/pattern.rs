//! Term patterns: sequences of words, each exact, a prefix (`word*`), a
//! suffix (`*word`, for compound heads) or contained (`*word*`), matched
//! against the word tokens of a text.

use crate::text::normalize::Normalized;
use crate::text::tokens::words;

/// Anything that can be looked at as a sequence of words.
pub trait Words {
    fn len(&self) -> usize;
    fn word(&self, i: usize) -> &str;
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// Whether word `i` may go on a term begun before it (a document says
    /// no across a section heading).
    fn joins(&self, _i: usize) -> bool {
        true
    }
}

impl Words for [&str] {
    fn len(&self) -> usize {
        <[&str]>::len(self)
    }
    fn word(&self, i: usize) -> &str {
        self[i]
    }
}

impl Words for Vec<&str> {
    fn len(&self) -> usize {
        <[&str]>::len(self)
    }
    fn word(&self, i: usize) -> &str {
        self[i]
    }
}

/// One word of a pattern.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Part {
    Exact(String),
    Prefix(String),
    Suffix(String),
    Contains(String),
}

impl Part {
    pub fn matches(&self, word: &str) -> bool {
        match self {
            Part::Exact(w) => word == w,
            Part::Prefix(p) => word.starts_with(p.as_str()),
            Part::Suffix(s) => word.ends_with(s.as_str()),
            Part::Contains(s) => word.contains(s.as_str()),
        }
    }

    fn text(&self) -> &str {
        match self {
            Part::Exact(s) | Part::Prefix(s) | Part::Suffix(s) | Part::Contains(s) => s,
        }
    }
}

/// A term: words that must follow each other.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pattern {
    pub parts: Vec<Part>,
}

impl Pattern {
    /// Parse a term as written in the tables (see `data/README.md`).
    pub fn parse(term: &str) -> Pattern {
        let mut parts = Vec::new();
        for piece in term.split_whitespace() {
            let lead = piece.starts_with('*');
            let trail = piece.ends_with('*') && piece.len() > 1;
            let core = piece.trim_matches('*');
            let norm = Normalized::new(core).text;
            let ws = words(&norm);
            let n = ws.len();
            for (i, w) in ws.into_iter().enumerate() {
                let w = w.to_string();
                let (l, t) = (lead && i == 0, trail && i + 1 == n);
                parts.push(match (l, t) {
                    (true, true) => Part::Contains(w),
                    (true, false) => Part::Suffix(w),
                    (false, true) => Part::Prefix(w),
                    (false, false) => Part::Exact(w),
                });
            }
        }
        Pattern { parts }
    }

    /// How specific the pattern is, to break a tie between patterns that
    /// match the same number of words: the more letters it spells out, the
    /// more specific ("anleggsmaskinfører*" over "anlegg*" in
    /// "anleggsmaskinførerfaget"); with as many, the more exact words
    /// ("tømrer" over "tømrer*").
    pub fn specificity(&self) -> (usize, usize) {
        let letters = self.parts.iter().map(|p| p.text().chars().count()).sum();
        let exact = self.parts.iter().filter(|p| matches!(p, Part::Exact(_))).count();
        (letters, exact)
    }

    /// The number of words this pattern matches at `i`, if it does.
    pub fn match_at<W: Words + ?Sized>(&self, words: &W, i: usize) -> Option<usize> {
        if self.parts.is_empty() || i + self.parts.len() > words.len() {
            return None;
        }
        let all =
            self.parts.iter().enumerate().all(|(k, p)| p.matches(words.word(i + k)) && (k == 0 || words.joins(i + k)));
        all.then_some(self.parts.len())
    }
}

/// A match of a [`PatternSet`]: words `first..first + len`, for entry `key`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Match {
    pub key: usize,
    pub first: usize,
    pub len: usize,
}

impl Match {
    pub fn end(&self) -> usize {
        self.first + self.len
    }
}

/// Patterns with keys, indexed so that only the patterns that can match a
/// word are tried there: exact and prefix patterns by their first two
/// letters, compound heads (`*word`) by their last two; only `*word*`
/// patterns are tried everywhere.
#[derive(Clone, Debug, Default)]
pub struct PatternSet {
    keys: Vec<String>,
    patterns: Vec<(Pattern, usize)>,
    by_start: PairIndex,
    by_end: PairIndex,
    floating: Vec<usize>,
}

/// Pattern indices by the first two letters of a word (or the last two,
/// read backwards); a pattern word of one letter is indexed by it alone.
/// Sorted lists searched by halving: small sets (a recruiter's own terms,
/// built per requirement) cost no more than their patterns.
#[derive(Clone, Debug, Default)]
struct PairIndex {
    /// By one letter, sorted.
    single: Vec<(char, Vec<usize>)>,
    /// By two letters packed in a `u64`, sorted.
    pairs: Vec<(u64, Vec<usize>)>,
}

impl PairIndex {
    fn key(a: char, b: char) -> u64 {
        (u64::from(a) << 32) | u64::from(b)
    }

    fn push(&mut self, mut letters: impl Iterator<Item = char>, pattern: usize) {
        fn add<K: Ord + Copy>(list: &mut Vec<(K, Vec<usize>)>, key: K, pattern: usize) {
            match list.binary_search_by_key(&key, |(k, _)| *k) {
                Ok(i) => list[i].1.push(pattern),
                Err(i) => list.insert(i, (key, vec![pattern])),
            }
        }
        let Some(a) = letters.next() else { return };
        match letters.next() {
            None => add(&mut self.single, a, pattern),
            Some(b) => add(&mut self.pairs, Self::key(a, b), pattern),
        }
    }

    /// The patterns indexed by one letter, and by two, of a word's letters.
    fn get(&self, mut letters: impl Iterator<Item = char>) -> (&[usize], &[usize]) {
        fn find<K: Ord + Copy>(list: &[(K, Vec<usize>)], key: K) -> &[usize] {
            list.binary_search_by_key(&key, |(k, _)| *k).map_or(&[][..], |i| list[i].1.as_slice())
        }
        let Some(a) = letters.next() else { return (&[], &[]) };
        let pair = letters.next().map_or(&[][..], |b| find(&self.pairs, Self::key(a, b)));
        (find(&self.single, a), pair)
    }

    fn clear(&mut self) {
        self.single.clear();
        self.pairs.clear();
    }
}

impl PatternSet {
    /// A set from `(term, key)` pairs.
    pub fn from_terms<'a>(terms: impl IntoIterator<Item = (&'a str, &'a str)>) -> PatternSet {
        let mut set = PatternSet::default();
        for (term, key) in terms {
            set.add(term, key);
        }
        set.finish();
        set
    }

    pub(crate) fn add(&mut self, term: &str, key: &str) {
        let pattern = Pattern::parse(term);
        if pattern.parts.is_empty() {
            return;
        }
        let k = match self.keys.iter().position(|x| x == key) {
            Some(k) => k,
            None => {
                self.keys.push(key.to_string());
                self.keys.len() - 1
            }
        };
        self.patterns.push((pattern, k));
    }

    pub(crate) fn finish(&mut self) {
        self.by_start.clear();
        self.by_end.clear();
        self.floating.clear();
        for (i, (p, _)) in self.patterns.iter().enumerate() {
            match &p.parts[0] {
                Part::Exact(w) | Part::Prefix(w) if !w.is_empty() => self.by_start.push(w.chars(), i),
                Part::Suffix(w) if !w.is_empty() => self.by_end.push(w.chars().rev(), i),
                _ => self.floating.push(i),
            }
        }
    }

    /// The patterns that can match at a word, in no particular order: by
    /// its first letters, by its last letters, and the floating ones.
    fn candidates<'s>(&'s self, word: &str) -> impl Iterator<Item = usize> + 's {
        let (start1, start2) = self.by_start.get(word.chars());
        let (end1, end2) = self.by_end.get(word.chars().rev());
        start1.iter().chain(start2).chain(end1).chain(end2).chain(&self.floating).copied()
    }

    pub fn is_empty(&self) -> bool {
        self.patterns.is_empty()
    }

    /// The keys, in the order they were first added.
    pub fn keys(&self) -> &[String] {
        &self.keys
    }

    /// The key of a match.
    pub fn key(&self, m: &Match) -> &str {
        &self.keys[m.key]
    }

    /// The index of `key`, if the set has it.
    pub fn key_index(&self, key: &str) -> Option<usize> {
        self.keys.iter().position(|k| k == key)
    }

    /// The longest match starting at word `i`; between patterns of as many
    /// words, the most specific (see [`Pattern::specificity`]); then the
    /// pattern added first.
    pub fn match_at<W: Words + ?Sized>(&self, words: &W, i: usize) -> Option<Match> {
        // past the last word: nothing (callers look ahead of a match)
        if i >= words.len() {
            return None;
        }
        let word = words.word(i);
        word.chars().next()?;
        self.best_at(words, i, self.candidates(word), usize::MAX).map(|(len, pi)| Match {
            key: self.patterns[pi].1,
            first: i,
            len,
        })
    }

    /// The best of `candidates` matching at word `i` within `limit` words:
    /// the longest, then the most specific, then the one added first.
    fn best_at<W: Words + ?Sized>(
        &self,
        words: &W,
        i: usize,
        candidates: impl Iterator<Item = usize>,
        limit: usize,
    ) -> Option<(usize, usize)> {
        let mut best: Option<(usize, (usize, usize), usize)> = None; // (len, specificity, pattern index)
        for pi in candidates {
            let Some(len) = self.patterns[pi].0.match_at(words, i).filter(|&len| len <= limit) else { continue };
            let spec = self.patterns[pi].0.specificity();
            let better = best.is_none_or(|(bl, bs, bp)| (len, spec) > (bl, bs) || ((len, spec) == (bl, bs) && pi < bp));
            if better {
                best = Some((len, spec, pi));
            }
        }
        best.map(|(len, _, pi)| (len, pi))
    }

    /// All matches in `range` of words, leftmost-longest, not overlapping.
    pub fn find_in<W: Words + ?Sized>(&self, words: &W, range: std::ops::Range<usize>) -> Vec<Match> {
        let mut out = Vec::new();
        let end = range.end.min(words.len());
        let mut i = range.start;
        while i < end {
            match self.match_at(words, i) {
                Some(m) if m.end() <= end => {
                    out.push(m);
                    i = m.end();
                }
                _ => i += 1,
            }
        }
        out
    }

    /// All matches in the whole text.
    pub fn find_all<W: Words + ?Sized>(&self, words: &W) -> Vec<Match> {
        self.find_in(words, 0..words.len())
    }

    /// Matches in `range` of the patterns of the entries `keys` only, so
    /// that an entry's words are found even where another entry's pattern
    /// would win the leftmost-longest choice ("barnehagelærarutdanning" is
    /// both early childhood and teaching). Leftmost-longest among them.
    pub fn find_keys_in<W: Words + ?Sized>(
        &self,
        words: &W,
        range: std::ops::Range<usize>,
        keys: &[String],
    ) -> Vec<Match> {
        let wanted: Vec<usize> = keys.iter().filter_map(|k| self.key_index(k)).collect();
        let mut out = Vec::new();
        let end = range.end.min(words.len());
        let mut i = range.start;
        while i < end {
            // the patterns that can match at word i; the longest wins, then
            // the most specific, as in `match_at`
            let candidates = self.candidates(words.word(i)).filter(|&pi| wanted.contains(&self.patterns[pi].1));
            let best = self.best_at(words, i, candidates, end - i).map(|(len, pi)| (len, self.patterns[pi].1));
            match best {
                Some((len, key)) => {
                    out.push(Match { key, first: i, len });
                    i += len;
                }
                None => i += 1,
            }
        }
        out
    }

    /// Whether any pattern matches anywhere in `range`.
    pub fn any_in<W: Words + ?Sized>(&self, words: &W, range: std::ops::Range<usize>) -> bool {
        let end = range.end.min(words.len());
        (range.start..end).any(|i| self.match_at(words, i).is_some_and(|m| m.end() <= end))
    }

    /// The terms of entry `key`, as written (for interpretations).
    pub fn terms_of(&self, key: &str) -> Vec<String> {
        let Some(k) = self.key_index(key) else { return Vec::new() };
        self.patterns
            .iter()
            .filter(|(_, pk)| *pk == k)
            .map(|(p, _)| p.parts.iter().map(Part::text).collect::<Vec<_>>().join(" "))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_match_inflections_and_compounds() {
        let set = PatternSet::from_terms([
            ("sykepleier*", "nurse"),
            ("*sykepleier", "nurse"),
            ("driving licen*", "licence"),
            ("ph.d.", "phd"),
        ]);
        let text = ["intensivsykepleier", "sykepleierutdanning", "driving", "licence", "ph", "d"];
        let found: Vec<_> = set.find_all(&text[..]).iter().map(|m| (set.key(m).to_string(), m.first, m.len)).collect();
        assert_eq!(
            found,
            [("nurse".into(), 0, 1), ("nurse".into(), 1, 1), ("licence".into(), 2, 2), ("phd".into(), 4, 2)]
        );
    }

    #[test]
    fn on_a_tie_the_more_specific_pattern_wins() {
        // one word each: the term that spells out more letters wins, whatever
        // the order of the table ("anlegg*" is construction, the trade's own
        // name is more specific)
        let set = PatternSet::from_terms([
            ("anlegg*", "construction"),
            ("tømrer*", "construction"),
            ("anleggsmaskinfører*", "machine_operator"),
            ("tømrer", "carpentry"),
        ]);
        let key = |w: &str| set.match_at(&[w][..], 0).map(|m| set.key(&m).to_string());
        assert_eq!(key("anleggsmaskinførerfaget").as_deref(), Some("machine_operator"));
        assert_eq!(key("anleggsarbeid").as_deref(), Some("construction"));
        // as many letters: the exact word over the prefix
        assert_eq!(key("tømrer").as_deref(), Some("carpentry"));
        assert_eq!(key("tømrerfaget").as_deref(), Some("construction"));
        // restricted to some keys, the same order
        let keys = ["construction".to_string(), "machine_operator".to_string()];
        let found = set.find_keys_in(&["anleggsmaskinførerfaget"][..], 0..1, &keys);
        assert_eq!(set.key(&found[0]), "machine_operator");
        // a longer match still beats a more specific shorter one
        let set = PatternSet::from_terms([("anleggsmaskinfører*", "a"), ("anlegg* og bygg*", "b")]);
        let m = set.match_at(&["anleggsmaskinfører", "og", "bygg"][..], 0).unwrap();
        assert_eq!((set.key(&m), m.len), ("b", 3));
    }

    #[test]
    fn nothing_matches_past_the_last_word() {
        let set = PatternSet::from_terms([("måneder", "months")]);
        assert!(set.match_at(&["12"][..], 1).is_none());
        assert!(set.match_at(&["12"][..], 5).is_none());
    }

    #[test]
    fn longest_match_wins() {
        let set = PatternSet::from_terms([("cand", "7"), ("cand mag", "6")]);
        let m = set.match_at(&["cand", "mag"][..], 0).unwrap();
        assert_eq!((set.key(&m), m.len), ("6", 2));
    }
}
