//! Plain text and Markdown: UTF-8 (with or without BOM), UTF-16 with BOM,
//! and Latin-1/Windows-1252 for anything that is not valid UTF-8.

use sikte::{ExtractedText, Note};

/// Decode text bytes.
pub(crate) fn extract(bytes: &[u8]) -> ExtractedText {
    let (text, warning) = decode(bytes);
    let control = text.chars().filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{0C}')).count();
    if control * 10 > text.chars().count().max(1) {
        return ExtractedText::unreadable(Note::new("warning.binary", &[]));
    }
    let mut out = ExtractedText::readable(text);
    out.warnings.extend(warning);
    out
}

/// Bytes to a string, and a warning when the encoding was guessed.
pub(crate) fn decode(bytes: &[u8]) -> (String, Option<Note>) {
    if let Some((enc, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, had_errors) = enc.decode_without_bom_handling(&bytes[bom..]);
        let warning = had_errors.then(|| Note::new("warning.bad_bytes", &[("encoding", enc.name().to_string())]));
        return (text.into_owned(), warning);
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => (s.to_string(), None),
        Err(_) => {
            let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
            (text.into_owned(), Some(Note::new("warning.windows_1252", &[])))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings() {
        assert_eq!(decode("Førerkort".as_bytes()), ("Førerkort".into(), None));
        assert_eq!(decode(b"\xEF\xBB\xBFF\xC3\xB8rerkort").0, "Førerkort");
        let utf16: Vec<u8> =
            [0xFF, 0xFE].into_iter().chain("Sjuksköterska".encode_utf16().flat_map(u16::to_le_bytes)).collect();
        assert_eq!(decode(&utf16).0, "Sjuksköterska");
        let (text, warning) = decode(b"F\xF8rerkort \x96 \xE6\xE5");
        assert_eq!(text, "Førerkort – æå");
        assert!(warning.is_some());
    }

    #[test]
    fn binary_is_unreadable() {
        assert!(!extract(&[0u8, 1, 2, 3, 4, 5, 6, 7, 0, 0, 0]).readable);
    }
}
