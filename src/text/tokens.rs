//! Tokens of the normalised text: words (letters and digits) and single
//! punctuation characters, each with its byte range and line number.

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters and digits: "førerkort", "c1", "2019".
    Word,
    /// One character that is neither a letter, a digit nor whitespace.
    Punct,
}

/// One token; `start..end` is a byte range of the normalised text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub start: u32,
    pub end: u32,
    pub line: u32,
    pub kind: TokenKind,
}

impl Token {
    /// The token's text in the normalised text `norm`.
    pub fn text<'a>(&self, norm: &'a str) -> &'a str {
        &norm[self.start as usize..self.end as usize]
    }

    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }
}

/// Split normalised text into tokens.
pub fn tokenize(norm: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut line = 0u32;
    let mut word_start: Option<usize> = None;
    for (i, c) in norm.char_indices() {
        if c.is_alphanumeric() {
            if word_start.is_none() {
                word_start = Some(i);
            }
            continue;
        }
        if let Some(s) = word_start.take() {
            tokens.push(Token { start: s as u32, end: i as u32, line, kind: TokenKind::Word });
        }
        if c == '\n' {
            line += 1;
        } else if !c.is_whitespace() {
            let e = i + c.len_utf8();
            tokens.push(Token { start: i as u32, end: e as u32, line, kind: TokenKind::Punct });
        }
    }
    if let Some(s) = word_start {
        tokens.push(Token { start: s as u32, end: norm.len() as u32, line, kind: TokenKind::Word });
    }
    tokens
}

/// The word tokens of `text` as strings (used for lexicon patterns and
/// requirement lines, which are tokenised exactly as CV text is).
pub fn words(norm: &str) -> Vec<&str> {
    tokenize(norm).into_iter().filter(|t| t.is_word()).map(|t| t.text(norm)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_words_punctuation_and_lines() {
        let s = "kl. b, c1\nph.d.";
        let t = tokenize(s);
        let texts: Vec<_> = t.iter().map(|t| t.text(s)).collect();
        assert_eq!(texts, ["kl", ".", "b", ",", "c1", "ph", ".", "d", "."]);
        assert_eq!(t[4].line, 0);
        assert_eq!(t[5].line, 1);
        assert_eq!(words("driver's licence"), ["driver", "s", "licence"]);
    }
}
