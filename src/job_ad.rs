//! Picking requirement lines out of a pasted job ad: the lines under a
//! "Krav" / "Kvalifikasjoner" / "Kvalifikationer" / "Requirements" heading
//! (`lexicon/data/job_ads.txt`), up to the next heading. The user confirms
//! them before screening.

use crate::lexicon::lexicon;
use crate::text::Document;
use crate::ExtractedText;

/// The longest heading line, in words.
const MAX_HEADING_WORDS: usize = 8;

/// Requirement lines from a job ad, bullets and numbering removed, in order.
/// An ad with no requirements heading gives no lines.
pub fn requirement_lines(ad: &str) -> Vec<String> {
    let lx = lexicon();
    let extracted = ExtractedText::readable(ad.to_string());
    let doc = Document::new(&extracted);
    let mut out = Vec::new();
    let mut inside = false;
    for line in doc.lines() {
        let words = line.words();
        if words.is_empty() {
            continue;
        }
        let heading = (words.len() <= MAX_HEADING_WORDS)
            .then(|| lx.job_ad_headings.match_at(&doc, words.start))
            .flatten()
            .filter(|m| m.end() == words.end)
            .map(|m| lx.job_ad_headings.key(&m) == "requirements");
        if let Some(is_requirements) = heading {
            inside = is_requirements;
            continue;
        }
        if inside {
            let text = doc.lines_evidence_text(line);
            // a word hyphenated across a line break is one line of the
            // document model: picked, it is one line again ("som-\npædagog")
            let text = if text.contains(['\n', '\r']) { text.lines().map(str::trim).collect() } else { text };
            let text = strip_numbering(text.trim_start_matches(['-', '*', '•', '–', '·', ' ', '\t']).trim());
            if !text.is_empty() {
                out.push(text.to_string());
            }
        }
    }
    out
}

/// "1. Førerkort" → "Førerkort"; "2) B2" → "B2".
fn strip_numbering(s: &str) -> &str {
    let digits = s.len() - s.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    match s[digits..].strip_prefix(['.', ')']) {
        Some(rest) if digits > 0 && digits <= 2 && rest.starts_with(' ') => rest.trim_start(),
        _ => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picks_the_lines_under_krav() {
        let ad = "Sykepleier til hjemmetjenesten\n\nArbeidsoppgaver\n- Pasientarbeid\n\nKvalifikasjoner:\n• Autorisasjon som sykepleier\n• Førerkort klasse B\n\nVi tilbyr\n- Gode betingelser\n";
        assert_eq!(requirement_lines(ad), ["Autorisasjon som sykepleier", "Førerkort klasse B"]);
    }

    #[test]
    fn swedish_and_english_headings() {
        assert_eq!(requirement_lines("Vi söker dig som har\n- B-körkort\nVi erbjuder\n- lön"), ["B-körkort"]);
        assert_eq!(requirement_lines("Requirements\n1. Fluent English\nAbout us\nx"), ["Fluent English"]);
        assert!(requirement_lines("no headings here\nat all").is_empty());
    }

    #[test]
    fn a_word_hyphenated_across_lines_is_picked_as_one_line() {
        let ad = "Kvalifikationer\n- Uddannet som-\n pædagog\n- Kørekort B\n";
        let lines = requirement_lines(ad);
        assert!(lines.iter().all(|l| !l.contains('\n')), "{lines:?}");
        assert_eq!(lines.len(), 2, "{lines:?}");
        assert!(lines[0].starts_with("Uddannet som-") && lines[0].ends_with("pædagog"), "{lines:?}");
    }
}
