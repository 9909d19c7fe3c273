//! Picking requirement lines out of a pasted job ad: the lines under a
//! "Krav" / "Kvalifikasjoner" / "Kvalifikationer" / "Requirements" heading
//! (`lexicon/data/job_ads.txt`), up to the next heading. The user confirms
//! them before screening.

use crate::lexicon::lexicon;
use crate::text::Document;
use crate::ExtractedText;

/// The longest heading line, in words.
const MAX_HEADING_WORDS: usize = 8;

/// Bullet characters that start a list item.
const BULLETS: &[char] = &['-', '*', '•', '–', '·', '▪', '◦', '‣', '✓', '✔'];

/// Requirement lines from a job ad, bullets and numbering removed, in order.
/// An ad with no requirements heading gives no lines. The list under a
/// heading ends at the next heading, at a "Label: value" line whose label
/// is another heading ("Arbeidssted: Mehamn", "Kontaktperson: ..."), and,
/// when it is a bulleted list, at the first line without a bullet that is
/// not the item above going on (the prose after it). Lines that introduce a list (ending in ":") and lines
/// with an e-mail or web address are not requirements and are left out.
pub fn requirement_lines(ad: &str) -> Vec<String> {
    let lx = lexicon();
    let extracted = ExtractedText::readable(ad.to_string());
    let doc = Document::new(&extracted);
    let mut out: Vec<String> = Vec::new();
    let mut inside = false;
    // whether the list's first item had a bullet or a number
    let mut bulleted: Option<bool> = None;
    for line in doc.lines() {
        let words = line.words();
        if words.is_empty() {
            continue;
        }
        let start = lx.job_ad_headings.match_at(&doc, words.start);
        let heading = (words.len() <= MAX_HEADING_WORDS)
            .then_some(start)
            .flatten()
            .filter(|m| m.end() == words.end)
            .map(|m| lx.job_ad_headings.key(&m) == "requirements");
        if let Some(is_requirements) = heading {
            inside = is_requirements;
            bulleted = None;
            continue;
        }
        if !inside {
            continue;
        }
        let labelled = start.filter(|m| {
            lx.job_ad_headings.key(m) == "other" && m.end() < words.end && doc.punct_after(m.end() - 1).starts_with(':')
        });
        if labelled.is_some() {
            inside = false;
            continue;
        }
        let text = doc.lines_evidence_text(line);
        // a word hyphenated across a line break, or a wrapped list item, is
        // one line of the document model: picked, it is one line again
        // ("som-\npædagog", "• Førerkort\nkl. B.")
        let text = if text.contains(['\n', '\r']) { one_line(&text) } else { text };
        let item = text.trim_start_matches(BULLETS).trim_start_matches([' ', '\t']).trim();
        let unnumbered = strip_numbering(item);
        // a bullet stands before the line's first word in the ad itself
        let first = doc.evidence(words.start, words.start + 1).start;
        let bullet = ad[ad[..first].rfind('\n').map_or(0, |n| n + 1)..first].chars().any(|c| BULLETS.contains(&c));
        let marked = bullet || unnumbered.len() < item.len();
        match bulleted {
            // in a bulleted list, a line without a bullet that does not start
            // in upper case continues the item above ("• Førerkort" / "kl. B.");
            // any other ends the list
            Some(true) if !marked => {
                match out.last_mut() {
                    Some(last) if !unnumbered.starts_with(|c: char| c.is_uppercase()) => {
                        last.push(' ');
                        last.push_str(unnumbered);
                    }
                    _ => inside = false,
                }
                continue;
            }
            None => bulleted = Some(marked),
            _ => {}
        }
        let address = unnumbered.contains('@') || unnumbered.contains("www.") || unnumbered.contains("://");
        if !unnumbered.is_empty() && !unnumbered.ends_with(':') && !address {
            out.push(unnumbered.to_string());
        }
    }
    out
}

/// The lines of `text` as one: joined by a space, or by nothing after a
/// hyphen.
fn one_line(text: &str) -> String {
    let mut out = String::new();
    for piece in text.lines().map(str::trim).filter(|p| !p.is_empty()) {
        if !out.is_empty() && !out.ends_with('-') {
            out.push(' ');
        }
        out.push_str(piece);
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
    fn a_bulleted_list_ends_at_the_prose_after_it() {
        let ad = "Kvalifikasjoner:\n• 2-5 års erfaring fra næringsmiddelproduksjon\n• Systematisk og nøyaktig\nVi leter særlig etter deg som er ute etter et langsiktig engasjement.\nAntall stillinger: 1";
        assert_eq!(requirement_lines(ad), ["2-5 års erfaring fra næringsmiddelproduksjon", "Systematisk og nøyaktig"]);
    }

    #[test]
    fn a_bullet_wrapped_onto_the_next_line_is_one_item() {
        let ad = "Kvalifikasjoner\n\n• Førerkort\nkl. B.\n\n• God skriftlig og muntlig\nframstillingsevne på norsk\n\nPersonlige egenskaper\n• Blid";
        assert_eq!(requirement_lines(ad), ["Førerkort kl. B.", "God skriftlig og muntlig framstillingsevne på norsk"]);
    }

    #[test]
    fn a_label_line_ends_the_list_and_intros_and_addresses_are_left_out() {
        let ad = "Krav\nVi ønsker oss en medarbeider som:\nhar førerkort klasse B\nSøk på www.example.no\nArbeidssted: Fjordheim\nhar fagbrev";
        assert_eq!(requirement_lines(ad), ["har førerkort klasse B"]);
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
