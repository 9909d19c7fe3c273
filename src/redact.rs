//! Redaction for blind review: the spans of a CV's text that tell who the
//! candidate is or name a protected ground — name, e-mail, phone, street
//! address and postcode, date of birth and age, gender, nationality and
//! citizenship, marital and family status, the person's own links, photo
//! captions — in bokmål, nynorsk, Swedish, Danish and English.
//!
//! The page shows a redacted span as redacted (never silently removed); the
//! spans are byte ranges of the extracted text on `char` boundaries, like
//! evidence. Skills, experience, education and languages are left alone:
//! "Førerkort klasse B", "Sykepleier", "Norsk – morsmål" stay readable (a
//! language level is not a nationality).
//!
//! The rules are heuristics over lines: labelled values ("Navn:", "Født",
//! "Sivilstand:"), patterns (e-mail, links, phone numbers, street addresses,
//! postcodes, personal numbers), and, on personal-data lines (the lines
//! before the first section heading and those under "Personalia", "Kontakt",
//! "Personal details" and the like), short facts such as "Kvinne", "32 år",
//! "gift", "2 barn".
//!
//! ```
//! let cv = "Kari Nordmann\nkari@example.no | +47 912 34 567\n\nErfaring\nSykepleier";
//! let kinds: Vec<_> = sikte::redact::redactions(cv).iter().map(|r| (r.kind, r.text.clone())).collect();
//! assert_eq!(kinds, [("name", "Kari Nordmann".into()), ("email", "kari@example.no".into()), ("phone", "+47 912 34 567".into())]);
//! ```

use serde::Serialize;

use crate::lexicon::lexicon;
use crate::text::normalize::Normalized;
use crate::text::tokens::words;

/// One span to hide in blind review.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Redaction {
    /// Byte offsets into the text, on `char` boundaries; `start < end`.
    pub start: usize,
    pub end: usize,
    /// `name`, `email`, `phone`, `address`, `birth_date`, `age`, `gender`,
    /// `nationality`, `family`, `link` or `photo_caption`.
    pub kind: &'static str,
    /// `text[start..end]`.
    pub text: String,
}

/// Every kind a redaction may have.
pub const KINDS: &[&str] = &[
    "name",
    "email",
    "phone",
    "address",
    "birth_date",
    "age",
    "gender",
    "nationality",
    "family",
    "link",
    "photo_caption",
];

/// The longest text that is searched; beyond it nothing is redacted (the
/// core screens no more than this either).
const MAX_BYTES: usize = crate::MAX_TEXT_BYTES;
/// Lines before the first heading that count as the header at most.
const MAX_HEADER_LINES: usize = 12;
/// Without any heading, the first this many non-empty lines are the header.
const HEADER_WITHOUT_HEADINGS: usize = 6;

/// The spans of `text` to hide in blind review, in text order, never
/// overlapping.
pub fn redactions(text: &str) -> Vec<Redaction> {
    let mut cut = text.len().min(MAX_BYTES);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let text = &text[..cut];
    let lines = split_lines(text);
    let mut found = Vec::new();
    let names = name_lines(&lines, &mut found);
    for line in &lines {
        scan_line(line, &mut found);
    }
    name_everywhere(&lines, &names, &mut found);
    resolve(text, found)
}

/// The candidate's name on the CV's first non-empty line, if it is there
/// (as [`redactions`] finds it): a name is never evidence, so the rules do
/// not search it ("Anna Tornander" holds no tower, "Kari Snekkestad" no
/// carpenter; see `text::Document::of_cv`).
pub fn name_on_first_line(text: &str) -> Option<std::ops::Range<usize>> {
    // the first line that is not "CV" is among the first few
    let cut = text.match_indices('\n').nth(MAX_HEADER_LINES).map_or(text.len().min(MAX_BYTES), |(i, _)| i);
    let mut found = Vec::new();
    name_lines(&split_lines(&text[..cut]), &mut found);
    found.first().map(|r| r.start..r.end)
}

// ---------------------------------------------------------------- lines

#[derive(Debug)]
struct Line<'a> {
    start: usize,
    text: &'a str,
    /// Before the first heading (name, contact details), or under a
    /// personal-data heading.
    personal: bool,
}

/// Lines that are section headings, and whether the heading opens a
/// personal-data section.
fn heading(line: &str) -> Option<bool> {
    let norm = Normalized::new(line.trim().trim_end_matches(':')).text;
    let ws = words(&norm);
    let mut first = 0;
    if ws.first().is_some_and(|w| w.chars().all(|c| c.is_ascii_digit() || "ivx".contains(c))) {
        first = 1;
    }
    let n = ws.len().saturating_sub(first);
    if n == 0 || n > 6 {
        return None;
    }
    let headings = &lexicon().headings;
    headings.match_at(&ws, first).filter(|m| m.end() == ws.len())?;
    let joined = ws[first..].join(" ");
    Some(PERSONAL_HEADINGS.contains(&joined.as_str()))
}

const PERSONAL_HEADINGS: &[&str] = &[
    "personalia",
    "personopplysninger",
    "personlige opplysninger",
    "kontakt",
    "kontaktinformasjon",
    "kontaktopplysninger",
    "personuppgifter",
    "kontaktuppgifter",
    "personlige oplysninger",
    "kontaktoplysninger",
    "personal details",
    "personal information",
    "contact",
    "contact information",
];

fn split_lines(text: &str) -> Vec<Line<'_>> {
    let mut raw = Vec::new();
    let mut start = 0;
    for piece in text.split('\n') {
        let t = piece.strip_suffix('\r').unwrap_or(piece);
        raw.push((start, t, heading(t)));
        start += piece.len() + 1;
    }
    let any_heading = raw.iter().any(|(_, _, h)| h.is_some());
    let mut out = Vec::with_capacity(raw.len());
    let mut personal_section = true; // the header, until the first heading
    let mut in_header = true;
    let mut non_empty = 0;
    for (start, t, h) in raw {
        if let Some(personal) = h {
            in_header = false;
            personal_section = personal;
            out.push(Line { start, text: t, personal: false });
            continue;
        }
        if !t.trim().is_empty() {
            non_empty += 1;
        }
        let limit = if any_heading { MAX_HEADER_LINES } else { HEADER_WITHOUT_HEADINGS };
        let header = in_header && non_empty <= limit;
        let personal = if in_header { header } else { personal_section };
        out.push(Line { start, text: t, personal });
    }
    out
}

// ---------------------------------------------------------------- helpers

/// Case-insensitive match of `needle` (lower case) at the start of `hay`:
/// the bytes of `hay` it covers.
fn match_ci(hay: &str, needle: &str) -> Option<usize> {
    let mut want = needle.chars().peekable();
    for (i, c) in hay.char_indices() {
        if want.peek().is_none() {
            return Some(i);
        }
        for l in c.to_lowercase() {
            if want.next() != Some(l) {
                return None;
            }
        }
    }
    want.peek().is_none().then_some(hay.len())
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Whether `pos` in `s` starts a word (not preceded by a letter or digit).
fn word_start(s: &str, pos: usize) -> bool {
    !s[..pos].chars().next_back().is_some_and(is_word_char)
}

/// Whether `pos` in `s` ends a word (not followed by a letter or digit).
fn word_end(s: &str, pos: usize) -> bool {
    !s[pos..].chars().next().is_some_and(is_word_char)
}

/// The words (letters and digits) of `s` with their byte ranges.
fn word_spans(s: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices() {
        if is_word_char(c) {
            start.get_or_insert(i);
        } else if let Some(st) = start.take() {
            out.push((st, i));
        }
    }
    if let Some(st) = start {
        out.push((st, s.len()));
    }
    out
}

/// Trim whitespace and the punctuation a value does not end with.
fn trim_span(s: &str, mut a: usize, mut b: usize) -> (usize, usize) {
    while a < b {
        let c = s[a..].chars().next().expect("a < b");
        if c.is_whitespace() || matches!(c, ':' | ',' | '-' | '–' | '—' | '|' | ';' | '•' | '·') {
            a += c.len_utf8();
        } else {
            break;
        }
    }
    while b > a {
        let c = s[..b].chars().next_back().expect("b > a");
        if c.is_whitespace() || matches!(c, ',' | ';' | ':' | '.' | '|' | '-' | '–' | '—' | '•' | '·' | '(' | '[')
        {
            b -= c.len_utf8();
        } else {
            break;
        }
    }
    (a, b)
}

/// Segments of a line: cut at `|`, `;`, `•`, `·`, tabs, and (when
/// `commas`) at commas not between digits, and at ` / ` and ` – `.
fn segments(s: &str, commas: bool) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        let prev = k.checked_sub(1).map(|p| chars[p].1);
        let next = chars.get(k + 1).map(|n| n.1);
        let cut = match c {
            '|' | ';' | '•' | '·' | '\t' | '▪' | '●' => true,
            ',' => commas && !(prev.is_some_and(|p| p.is_ascii_digit()) && next.is_some_and(|n| n.is_ascii_digit())),
            '/' | '–' | '—' => commas && prev == Some(' ') && next == Some(' '),
            _ => false,
        };
        if cut {
            out.push((start, i));
            start = i + c.len_utf8();
        }
    }
    out.push((start, s.len()));
    out.into_iter().map(|(a, b)| trim_span(s, a, b)).filter(|(a, b)| a < b).collect()
}

fn push(found: &mut Vec<Redaction>, line: &Line<'_>, a: usize, b: usize, kind: &'static str) {
    let (a, b) = trim_span(line.text, a, b);
    if a < b {
        found.push(Redaction { start: line.start + a, end: line.start + b, kind, text: line.text[a..b].to_string() });
    }
}

fn lower_words(s: &str) -> Vec<String> {
    word_spans(s).iter().map(|&(a, b)| s[a..b].to_lowercase()).collect()
}

fn number(w: &str) -> Option<u32> {
    (!w.is_empty() && w.len() <= 4 && w.bytes().all(|b| b.is_ascii_digit())).then(|| w.parse().ok()).flatten()
}

// ---------------------------------------------------------------- labels

/// Labels whose value is redacted, with the kind. Matched case-insensitively
/// at the start of a segment and followed by `:` (a few, marked `true`, also
/// by a number: "Født 12.03.1990").
const LABELS: &[(&str, &str, bool)] = &[
    ("fullt navn", "name", false),
    ("fullt namn", "name", false),
    ("full name", "name", false),
    ("navn", "name", false),
    ("namn", "name", false),
    ("name", "name", false),
    ("fornavn", "name", false),
    ("etternavn", "name", false),
    ("förnamn", "name", false),
    ("efternamn", "name", false),
    ("efternavn", "name", false),
    ("first name", "name", false),
    ("last name", "name", false),
    ("surname", "name", false),
    ("e-postadresse", "email", false),
    ("e-postadress", "email", false),
    ("e-post", "email", false),
    ("epost", "email", false),
    ("e-mail", "email", false),
    ("email", "email", false),
    ("mail", "email", false),
    ("mobiltelefon", "phone", false),
    ("telefonnummer", "phone", false),
    ("telefonnr", "phone", false),
    ("mobilnummer", "phone", false),
    ("mobilnr", "phone", false),
    ("telefon", "phone", false),
    ("telephone", "phone", false),
    ("mobile", "phone", false),
    ("mobil", "phone", false),
    ("phone", "phone", false),
    ("tlf", "phone", false),
    ("tel", "phone", false),
    ("mob", "phone", false),
    ("cell", "phone", false),
    ("bostedsadresse", "address", false),
    ("hjemmeadresse", "address", false),
    ("postadresse", "address", false),
    ("postadress", "address", false),
    ("gateadresse", "address", false),
    ("gatuadress", "address", false),
    ("home address", "address", false),
    ("street address", "address", false),
    ("adresse", "address", false),
    ("adress", "address", false),
    ("address", "address", false),
    ("bosted", "address", false),
    ("bustad", "address", false),
    ("bostad", "address", false),
    ("bopæl", "address", false),
    ("postnummer", "address", false),
    ("poststed", "address", false),
    ("postort", "address", false),
    ("residence", "address", false),
    ("fødselsdato", "birth_date", true),
    ("fødselsdag", "birth_date", true),
    ("fødselsår", "birth_date", true),
    ("fødselsnummer", "birth_date", true),
    ("fødselsnr", "birth_date", true),
    ("personnummer", "birth_date", true),
    ("personnr", "birth_date", true),
    ("födelsedatum", "birth_date", true),
    ("födelsedag", "birth_date", true),
    ("födelseår", "birth_date", true),
    ("date of birth", "birth_date", true),
    ("birth date", "birth_date", true),
    ("birthdate", "birth_date", true),
    ("d.o.b", "birth_date", true),
    ("dob", "birth_date", true),
    ("cpr-nummer", "birth_date", true),
    ("cpr-nr", "birth_date", true),
    ("cpr", "birth_date", true),
    ("født den", "birth_date", true),
    ("født", "birth_date", true),
    ("fødd", "birth_date", true),
    ("född", "birth_date", true),
    ("born on", "birth_date", true),
    ("born", "birth_date", true),
    ("f.", "birth_date", true),
    ("alder", "age", true),
    ("ålder", "age", true),
    ("age", "age", true),
    ("kjønn", "gender", false),
    ("kjonn", "gender", false),
    ("kön", "gender", false),
    ("køn", "gender", false),
    ("gender", "gender", false),
    ("sex", "gender", false),
    ("pronomen", "gender", false),
    ("pronouns", "gender", false),
    ("nasjonalitet", "nationality", false),
    ("nationalitet", "nationality", false),
    ("nationality", "nationality", false),
    ("statsborgerskap", "nationality", false),
    ("statsborgarskap", "nationality", false),
    ("statsborgerskab", "nationality", false),
    ("medborgarskap", "nationality", false),
    ("citizenship", "nationality", false),
    ("fødested", "nationality", false),
    ("fødestad", "nationality", false),
    ("födelseort", "nationality", false),
    ("fødeby", "nationality", false),
    ("place of birth", "nationality", false),
    ("birthplace", "nationality", false),
    ("opprinnelse", "nationality", false),
    ("hjemland", "nationality", false),
    ("hemland", "nationality", false),
    ("home country", "nationality", false),
    ("oppholdstillatelse", "nationality", false),
    ("uppehållstillstånd", "nationality", false),
    ("opholdstilladelse", "nationality", false),
    ("sivilstand", "family", false),
    ("sivilstatus", "family", false),
    ("civilstånd", "family", false),
    ("civilstand", "family", false),
    ("marital status", "family", false),
    ("familiesituasjon", "family", false),
    ("familjesituation", "family", false),
    ("familiesituation", "family", false),
    ("family status", "family", false),
    ("familie", "family", false),
    ("familj", "family", false),
    ("family", "family", false),
    ("barn", "family", false),
    ("born", "family", false),
    ("børn", "family", false),
    ("children", "family", false),
    ("ektefelle", "family", false),
    ("ægtefælle", "family", false),
    ("make/maka", "family", false),
    ("spouse", "family", false),
    ("partner", "family", false),
    ("linkedin", "link", false),
    ("github", "link", false),
    ("gitlab", "link", false),
    ("nettside", "link", false),
    ("nettstad", "link", false),
    ("hjemmeside", "link", false),
    ("heimeside", "link", false),
    ("hemsida", "link", false),
    ("webbplats", "link", false),
    ("website", "link", false),
    ("homepage", "link", false),
    ("web", "link", false),
    ("portfolio", "link", false),
    ("portefølje", "link", false),
    ("portfølje", "link", false),
    ("blogg", "link", false),
    ("blog", "link", false),
    ("twitter", "link", false),
    ("facebook", "link", false),
    ("instagram", "link", false),
    ("url", "link", false),
    ("profilbilde", "photo_caption", false),
    ("profilbild", "photo_caption", false),
    ("profilbillede", "photo_caption", false),
    ("profile photo", "photo_caption", false),
    ("profile picture", "photo_caption", false),
    ("foto", "photo_caption", false),
    ("bilde", "photo_caption", false),
    ("bilete", "photo_caption", false),
    ("bild", "photo_caption", false),
    ("billede", "photo_caption", false),
    ("photo", "photo_caption", false),
    ("picture", "photo_caption", false),
    ("image", "photo_caption", false),
    ("portrett", "photo_caption", false),
    ("porträtt", "photo_caption", false),
    ("portræt", "photo_caption", false),
    ("portrait", "photo_caption", false),
];

/// Kinds whose values end at a comma ("Født 12.03.1990, gift, 2 barn").
fn stops_at_comma(kind: &str) -> bool {
    matches!(kind, "birth_date" | "age" | "gender" | "nationality" | "email" | "phone" | "link")
}

/// A label at `pos` of `s`: its kind and where its value starts.
fn label_at(s: &str, pos: usize) -> Option<(&'static str, usize)> {
    // at the start of a segment: only spaces, bullets or a separator before
    let before =
        s[..pos].trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '*' | '•' | '·' | '▪' | '●'));
    if !(before.is_empty() || before.ends_with(['|', ';', ',', '(', '\t'])) {
        return None;
    }
    let rest = &s[pos..];
    for &(label, kind, bare) in LABELS {
        let Some(n) = match_ci(rest, label) else { continue };
        if !word_end(rest, n) && !label.ends_with('.') {
            continue;
        }
        let mut after = &rest[n..];
        after = after.strip_prefix('.').unwrap_or(after);
        let spaced = after.trim_start_matches([' ', '\u{a0}']);
        if let Some(v) = spaced.strip_prefix(':') {
            let v0 = s.len() - v.len();
            return Some((kind, v0));
        }
        if bare && spaced.len() < after.len() {
            // "Født 12.03.1990", "Født den 12. mars 1990", "f. 1990"
            let mut v = spaced;
            for filler in ["den ", "on ", "the "] {
                if let Some(n) = match_ci(v, filler) {
                    v = &v[n..];
                }
            }
            if v.starts_with(|c: char| c.is_ascii_digit()) {
                return Some((kind, s.len() - v.len()));
            }
        }
    }
    None
}

fn labelled(line: &Line<'_>, found: &mut Vec<Redaction>) {
    let s = line.text;
    let starts: Vec<usize> = word_spans(s).iter().map(|w| w.0).filter(|&p| word_start(s, p)).collect();
    let labels: Vec<(usize, &'static str, usize)> =
        starts.iter().filter_map(|&p| label_at(s, p).map(|(k, v)| (p, k, v))).collect();
    for (i, &(_, kind, v)) in labels.iter().enumerate() {
        let mut end = labels.get(i + 1).map_or(s.len(), |l| l.0);
        // a separator ends the value
        let comma = stops_at_comma(kind);
        for (j, c) in s[v..end].char_indices() {
            let after = s[v + j + c.len_utf8()..].trim_start_matches(' ');
            let stop = match c {
                '|' | ';' | '•' | '·' | '\t' => true,
                // "Født 12.03.1990, gift" stops; "March 12, 1990" does not
                ',' => comma && !after.starts_with(|d: char| d.is_ascii_digit()),
                _ => false,
            };
            if stop {
                end = v + j;
                break;
            }
        }
        push(found, line, v, end, kind);
    }
}

// ---------------------------------------------------------------- patterns

fn emails(line: &Line<'_>, found: &mut Vec<Redaction>) {
    let s = line.text;
    let local = |c: char| c.is_alphanumeric() || "._%+-'".contains(c);
    let domain = |c: char| c.is_alphanumeric() || ".-".contains(c);
    for (at, _) in s.match_indices('@') {
        let a = s[..at].char_indices().rev().take_while(|&(_, c)| local(c)).last().map_or(at, |(i, _)| i);
        let b = s[at + 1..]
            .char_indices()
            .take_while(|&(_, c)| domain(c))
            .last()
            .map_or(at + 1, |(i, c)| at + 1 + i + c.len_utf8());
        let dom = s[at + 1..b].trim_end_matches(['.', '-']);
        let tld_ok =
            dom.rsplit_once('.').is_some_and(|(_, t)| t.chars().count() >= 2 && t.chars().all(char::is_alphabetic));
        if a < at && tld_ok {
            push(found, line, a, at + 1 + dom.len(), "email");
        } else if a < at && s[at + 1..].trim().is_empty() {
            // "kari.nordmann@" with the domain on the next line (two columns)
            push(found, line, a, at + 1, "email");
        }
    }
}

const PROFILE_HOSTS: &[&str] = &[
    "linkedin.com",
    "github.com",
    "github.io",
    "gitlab.com",
    "bitbucket.org",
    "twitter.com",
    "x.com",
    "facebook.com",
    "instagram.com",
    "behance.net",
    "dribbble.com",
    "medium.com",
    "stackoverflow.com",
    "youtube.com",
    "tiktok.com",
    "about.me",
    "kaggle.com",
    "orcid.org",
    "researchgate.net",
    "vimeo.com",
    "flickr.com",
    "mastodon.social",
];

const TLDS: &[&str] = &[
    "no", "se", "dk", "fi", "is", "com", "net", "org", "io", "dev", "me", "eu", "uk", "info", "nu", "de", "page",
    "app", "site", "online", "tech", "blog", "design", "xyz",
];

/// Technology names that look like domains.
const NOT_DOMAINS: &[&str] = &["asp.net", "vb.net", "ado.net", "socket.io", "dot.net", "ml.net"];

fn links(line: &Line<'_>, found: &mut Vec<Redaction>) {
    let s = line.text;
    let mut pos = 0;
    for token in s.split(|c: char| c.is_whitespace()) {
        let t0 = pos;
        pos += token.len() + s[pos + token.len()..].chars().next().map_or(0, char::len_utf8);
        if token.is_empty() || token.contains('@') && !token.contains('/') {
            continue;
        }
        let (a, b) = {
            let lead = token.len() - token.trim_start_matches(['(', '<', '[', '"', '\'', '«', '“']).len();
            let trail = token.len()
                - token.trim_end_matches(['.', ',', ';', ':', '!', '?', ')', '>', ']', '"', '\'', '»', '”']).len();
            if lead + trail >= token.len() {
                continue;
            }
            (t0 + lead, t0 + token.len() - trail)
        };
        let t = &s[a..b];
        let lower = t.to_lowercase();
        let bare = lower.strip_prefix("https://").or_else(|| lower.strip_prefix("http://")).unwrap_or(&lower);
        let schemed = bare.len() < lower.len();
        let bare = bare.strip_prefix("www.").map_or((bare, schemed), |r| (r, true));
        let (host_path, strong) = bare;
        let host = host_path.split(['/', '?', '#']).next().unwrap_or("");
        let path = host_path.len() > host.len() + 1;
        let domain_like = host.contains('.')
            && host.split('.').all(|p| !p.is_empty() && p.chars().all(|c| c.is_alphanumeric() || c == '-'))
            && host.rsplit('.').next().is_some_and(|tld| TLDS.contains(&tld))
            && host.chars().any(char::is_alphabetic)
            && !NOT_DOMAINS.contains(&host);
        let profile = PROFILE_HOSTS.iter().any(|h| host == *h || host.ends_with(&format!(".{h}")));
        if (strong && host.contains('.')) || (domain_like && (profile || path || line.personal)) {
            push(found, line, a, b, "link");
        }
    }
}

fn phones(line: &Line<'_>, found: &mut Vec<Redaction>) {
    let s = line.text;
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let starts = (c == b'+' && b.get(i + 1).is_some_and(u8::is_ascii_digit))
            || (c == b'(' && b.get(i + 1).is_some_and(|n| n.is_ascii_digit() || *n == b'+'))
            || c.is_ascii_digit();
        if !starts || !word_start(s, i) || (i > 0 && matches!(b[i - 1], b'.' | b'-' | b'/' | b'+')) {
            i += 1;
            continue;
        }
        let start = i;
        let mut plus = false;
        let mut groups: Vec<usize> = Vec::new();
        let mut seps: Vec<u8> = Vec::new();
        let mut j = i;
        let mut end = i;
        loop {
            if j < b.len() && b[j] == b'(' {
                j += 1;
            }
            if j < b.len() && b[j] == b'+' && groups.is_empty() {
                plus = true;
                j += 1;
            }
            let g0 = j;
            while j < b.len() && b[j].is_ascii_digit() {
                j += 1;
            }
            if j == g0 {
                break;
            }
            groups.push(j - g0);
            if j < b.len() && b[j] == b')' {
                j += 1;
            }
            end = j;
            // one separator, then more digits
            let sep_len = if s[j..].starts_with('\u{a0}') { 2 } else { 1 };
            let sep = b.get(j).copied();
            let is_sep = matches!(sep, Some(b' ' | b'.' | b'-')) || s[j..].starts_with('\u{a0}');
            let then = b.get(j + sep_len).copied();
            if is_sep && then.is_some_and(|t| t.is_ascii_digit() || t == b'(') {
                seps.push(if sep_len == 2 { b' ' } else { sep.unwrap_or(b' ') });
                j += sep_len;
            } else {
                break;
            }
        }
        let digits: usize = groups.iter().sum();
        let first = s[start..end].bytes().find(u8::is_ascii_digit).unwrap_or(b'0');
        let after_ok = word_end(s, end) && !s[end..].starts_with(['-', '/']);
        let spaced = seps.iter().all(|&x| x == b' ');
        let year = |k: usize| {
            let g = &s[start..end];
            let d: Vec<&str> = g.split(|c: char| !c.is_ascii_digit()).filter(|x| !x.is_empty()).collect();
            d.get(k).and_then(|x| number(x)).is_some_and(|y| (1900..=2099).contains(&y))
        };
        let zero_zero = s[start..end].trim_start_matches(['(', '+']).starts_with("00");
        let phone = after_ok
            && (((plus || zero_zero) && (8..=15).contains(&digits) && groups.len() <= 6)
                || (first == b'0'
                    && !zero_zero
                    && (9..=11).contains(&digits)
                    && groups.len() <= 5
                    && !seps.contains(&b'.'))
                || (digits == 8
                    && first != b'0'
                    && spaced
                    && (matches!(groups.as_slice(), [8] | [3, 2, 3] | [2, 2, 2, 2])
                        || (groups == [4, 4] && !(year(0) && year(1))))));
        if phone {
            push(found, line, start, end, "phone");
        }
        i = end.max(i + 1);
    }
}

/// Personal numbers: Swedish "YYMMDD-XXXX" / "YYYYMMDD-XXXX", Norwegian
/// 11-digit fødselsnummer "DDMMYYXXXXX", Danish CPR "DDMMYY-XXXX".
fn personal_numbers(line: &Line<'_>, found: &mut Vec<Redaction>) {
    let s = line.text;
    for (a, b) in word_spans(s) {
        let w = &s[a..b];
        if !w.bytes().all(|c| c.is_ascii_digit()) {
            continue;
        }
        let next_four = s[b..].strip_prefix(['-', '+']).and_then(|r| {
            let d = r.bytes().take_while(u8::is_ascii_digit).count();
            (d == 4).then_some(b + 1 + 4)
        });
        match (w.len(), next_four) {
            (6 | 8, Some(end)) if word_end(s, end) => push(found, line, a, end, "birth_date"),
            (11, None) if plausible_date(&w[..6]) => push(found, line, a, b, "birth_date"),
            _ => {}
        }
    }
}

/// "DDMMYY" that is a date.
fn plausible_date(d: &str) -> bool {
    let (dd, mm) = (d[..2].parse::<u32>().unwrap_or(0), d[2..4].parse::<u32>().unwrap_or(0));
    (1..=31).contains(&dd) && (1..=12).contains(&mm)
}

const STREET_SUFFIXES: &[&str] = &[
    "gate", "gata", "gaten", "gatan", "gade", "vei", "veien", "veg", "vegen", "väg", "vägen", "vej", "vejen", "allé",
    "alléen", "plass", "plassen", "torg", "torget", "torv", "plads", "stræde", "stien", "svingen", "bakken", "vænget",
];

/// Whether a word (lower case) is a street name or a street word.
fn street_word(w: &str) -> bool {
    STREET_SUFFIXES.iter().any(|suf| w.ends_with(suf) && w.chars().count() >= suf.chars().count())
}

fn is_capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

fn addresses(line: &Line<'_>, found: &mut Vec<Redaction>) {
    let s = line.text;
    let ws = word_spans(s);
    let lw: Vec<String> = ws.iter().map(|&(a, b)| s[a..b].to_lowercase()).collect();
    let mut street: Option<(usize, usize)> = None; // words of the street
    let mut k = 0;
    while k < ws.len() {
        let w = &s[ws[k].0..ws[k].1];
        // "Storgata 12B", "Karl Johans gate 5", "Nørregade 12"
        if street_word(&lw[k]) && (is_capitalised(w) || STREET_SUFFIXES.contains(&lw[k].as_str())) {
            if let Some(nk) = (k + 1 < ws.len()).then_some(k + 1) {
                let num = &s[ws[nk].0..ws[nk].1];
                let digits = num.trim_end_matches(|c: char| c.is_alphabetic());
                let gap = &s[ws[k].1..ws[nk].0];
                if number(digits).is_some_and(|n| (1..=999).contains(&n))
                    && digits.len() < num.len() + 2
                    && num.len() - digits.len() <= 1
                    && gap.trim().is_empty()
                {
                    let mut first = k;
                    if !is_capitalised(w) {
                        while first > 0
                            && k - first < 3
                            && is_capitalised(&s[ws[first - 1].0..ws[first - 1].1])
                            && s[ws[first - 1].1..ws[first].0].trim().is_empty()
                        {
                            first -= 1;
                        }
                        if first == k {
                            k += 1;
                            continue;
                        }
                    }
                    let mut end = nk + 1;
                    // "12 B"
                    if end < ws.len()
                        && s[ws[end].0..ws[end].1].chars().count() == 1
                        && is_capitalised(&s[ws[end].0..ws[end].1])
                        && s[ws[nk].1..ws[end].0] == *" "
                    {
                        end += 1;
                    }
                    push(found, line, ws[first].0, ws[end - 1].1, "address");
                    street = Some((first, end));
                    k = end;
                    continue;
                }
            }
        }
        // "12 Baker Street"
        if number(w).is_some_and(|n| (1..=999).contains(&n)) {
            let mut e = k + 1;
            while e < ws.len() && e - k <= 3 && is_capitalised(&s[ws[e].0..ws[e].1]) {
                if matches!(
                    lw[e].as_str(),
                    "street" | "road" | "avenue" | "lane" | "drive" | "close" | "crescent" | "terrace" | "square"
                ) {
                    push(found, line, ws[k].0, ws[e].1, "address");
                    street = Some((k, e + 1));
                    break;
                }
                e += 1;
            }
        }
        k += 1;
    }
    postcodes(line, &ws, street, found);
}

fn postcodes(line: &Line<'_>, ws: &[(usize, usize)], street: Option<(usize, usize)>, found: &mut Vec<Redaction>) {
    let s = line.text;
    let word = |k: usize| &s[ws[k].0..ws[k].1];
    for k in 0..ws.len() {
        let w = word(k);
        // a UK postcode, "BS6 7QT", with the town before it ("Bristol BS6 7QT")
        if k + 1 < ws.len() && uk_outward(w) && uk_inward(word(k + 1)) && &s[ws[k].1..ws[k + 1].0] == " " {
            let mut first = k;
            while first > 0
                && k - first < 2
                && street.is_none_or(|(_, se)| first > se)
                && is_capitalised(word(first - 1))
                && word(first - 1).chars().all(char::is_alphabetic)
                && matches!(&s[ws[first - 1].1..ws[first].0], " " | ", ")
            {
                first -= 1;
            }
            let after_street = street.filter(|&(_, se)| se == first).map(|(f, _)| f);
            if line.personal || after_street.is_some() {
                push(found, line, ws[after_street.unwrap_or(first)].0, ws[k + 1].1, "address");
            }
            continue;
        }
        // "N-0155", "SE-123 45", "DK-2100"
        let prefixed = k > 0
            && matches!(word(k - 1), "N" | "NO" | "S" | "SE" | "DK" | "D" | "FI")
            && &s[ws[k - 1].1..ws[k].0] == "-";
        let (code_end, code_ok) = match (w.len(), w.bytes().all(|c| c.is_ascii_digit())) {
            (4 | 5, true) => (k + 1, true),
            // Swedish "123 45"
            (3, true)
                if k + 1 < ws.len()
                    && word(k + 1).len() == 2
                    && word(k + 1).bytes().all(|c| c.is_ascii_digit())
                    && &s[ws[k].1..ws[k + 1].0] == " " =>
            {
                (k + 2, true)
            }
            _ => (k + 1, false),
        };
        if !code_ok || code_end >= ws.len() {
            continue;
        }
        let gap = &s[ws[code_end - 1].1..ws[code_end].0];
        if gap != " " && gap != "\u{a0}" {
            continue;
        }
        // the town: capitalised words (and a district letter: "København Ø")
        let mut e = code_end;
        while e < ws.len() && e - code_end < 3 && is_capitalised(word(e)) && word(e).chars().all(char::is_alphabetic) {
            if e > code_end && !s[ws[e - 1].1..ws[e].0].trim().is_empty() && s[ws[e - 1].1..ws[e].0] != *"-" {
                break;
            }
            e += 1;
        }
        if e == code_end {
            continue;
        }
        let year_like = w.len() == 4 && number(w).is_some_and(|y| (1900..=2099).contains(&y));
        let after_street = street.filter(|&(_, se)| se <= k && k - se <= 1).map(|(first, _)| first);
        let short_line = ws.len() <= 5;
        let ok = prefixed
            || after_street.is_some()
            || (line.personal && (short_line || !year_like))
            || (!year_like && short_line && code_end - k == 2);
        if ok {
            let a = match after_street {
                Some(first) => ws[first].0,
                None if prefixed => ws[k - 1].0,
                None => ws[k].0,
            };
            push(found, line, a, ws[e - 1].1, "address");
        }
    }
}

/// The outward code of a UK postcode: "BS6", "SW1A", "M1", "EC1V".
fn uk_outward(w: &str) -> bool {
    let b = w.as_bytes();
    let letters = b.iter().take_while(|c| c.is_ascii_uppercase()).count();
    (1..=2).contains(&letters)
        && (letters + 1..=letters + 2).contains(&b.len())
        && b[letters].is_ascii_digit()
        && b[letters + 1..].iter().all(|c| c.is_ascii_digit() || c.is_ascii_uppercase())
}

/// The inward code of a UK postcode: "7QT".
fn uk_inward(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() == 3 && b[0].is_ascii_digit() && b[1].is_ascii_uppercase() && b[2].is_ascii_uppercase()
}

// ---------------------------------------------------------------- facts

const GENDER_WORDS: &[&str] = &[
    "mann",
    "kvinne",
    "kvinna",
    "man",
    "kvinde",
    "mand",
    "male",
    "female",
    "woman",
    "ikke-binær",
    "ikkje-binær",
    "icke-binär",
    "non-binary",
    "nonbinary",
];

/// Third-person pronouns (a CV profile written about the candidate).
const PRONOUNS: &[&str] =
    &["han", "hun", "ho", "hon", "he", "she", "him", "his", "hers", "henne", "hennes", "hende", "hendes", "honom"];

const MARITAL_CLEAR: &[&str] = &[
    "gift",
    "ugift",
    "samboer",
    "sambuar",
    "sambo",
    "skilt",
    "separert",
    "separerad",
    "skild",
    "fraskilt",
    "fraskild",
    "enke",
    "enkemann",
    "änka",
    "änkling",
    "enkemand",
    "married",
    "divorced",
    "widowed",
    "cohabiting",
    "forlovet",
    "förlovad",
    "forlova",
    "separeret",
];
const MARITAL_PERSONAL: &[&str] = &["single", "engaged", "singel", "enslig", "einsleg", "ensamstående"];
const PARENT_WORDS: &[&str] =
    &["mor", "far", "mamma", "pappa", "mother", "father", "mom", "dad", "forelder", "förälder"];
const CHILD_WORDS: &[&str] = &[
    "barn",
    "born",
    "børn",
    "children",
    "kids",
    "child",
    "barnet",
    "sønn",
    "søn",
    "son",
    "sons",
    "datter",
    "døtre",
    "dotter",
    "döttrar",
    "daughter",
    "daughters",
    "sønner",
    "söner",
];
const NUMBER_WORDS: &[&str] = &[
    "ett", "en", "ei", "eitt", "et", "one", "to", "två", "two", "tre", "tri", "three", "fire", "fyra", "four", "fem",
    "five", "seks", "sex", "six",
];
const LEAVE_WORDS: &[&str] = &[
    "foreldrepermisjon",
    "fødselspermisjon",
    "mammapermisjon",
    "pappapermisjon",
    "svangerskapspermisjon",
    "omsorgspermisjon",
    "foreldrepermisjonen",
    "barselpermisjon",
    "föräldraledighet",
    "föräldraledig",
    "föräldraledigheten",
    "mammaledighet",
    "pappaledighet",
    "barselsorlov",
    "barsel",
    "barselorlov",
    "forældreorlov",
    "fædreorlov",
    "moderskabsorlov",
    "omsorgspermisjon",
];
const LEAVE_PHRASES: &[&str] = &["parental leave", "maternity leave", "paternity leave", "fødselspermisjon"];
const CITIZEN_WORDS_PREFIX: &[&str] = &["statsborger", "statsborgar", "medborgar", "citizen", "indfødsret"];
const CITIZEN_WORDS: &[&str] = &["medborgare", "nationality", "nasjonalitet", "nationalitet"];

fn facts(line: &Line<'_>, found: &mut Vec<Redaction>) {
    let s = line.text;
    let ws = word_spans(s);
    let lw: Vec<String> = ws.iter().map(|&(a, b)| s[a..b].to_lowercase()).collect();

    // pronouns, anywhere
    for (k, w) in lw.iter().enumerate() {
        if PRONOUNS.contains(&w.as_str()) {
            push(found, line, ws[k].0, ws[k].1, "gender");
        }
        if LEAVE_WORDS.contains(&w.as_str()) {
            push(found, line, ws[k].0, ws[k].1, "family");
        }
    }
    // parental leave, ages "32 år gammel", "32 years old", "32-årig", anywhere
    let low = s.to_lowercase();
    if low.len() == s.len() {
        for p in LEAVE_PHRASES {
            for (i, _) in low.match_indices(p) {
                if word_start(s, i) && word_end(s, i + p.len()) {
                    push(found, line, i, i + p.len(), "family");
                }
            }
        }
    }
    for k in 0..ws.len() {
        let Some(n) = number(&lw[k]) else { continue };
        if !(15..=99).contains(&n) {
            continue;
        }
        let next = |d: usize| lw.get(k + d).map(String::as_str);
        let gap = |d: usize| ws.get(k + d).map(|w| &s[ws[k + d - 1].1..w.0]);
        let old = matches!((next(1), next(2)), (Some("år"), Some("gammel" | "gamal" | "gammal")))
            || matches!((next(1), next(2)), (Some("years" | "year"), Some("old")));
        let aarig = matches!(next(1), Some("årig" | "åring" | "year"))
            && gap(1) == Some("-")
            && !matches!(next(2), Some("erfaring" | "erfarenhet" | "experience"));
        if old {
            push(found, line, ws[k].0, ws[k + 2].1, "age");
        } else if aarig && line.personal {
            push(found, line, ws[k].0, ws[k + 1].1, "age");
        }
    }
    // citizenship phrases: "Norsk statsborger", "EU citizen"
    let cit = |w: &str| CITIZEN_WORDS.contains(&w) || CITIZEN_WORDS_PREFIX.iter().any(|p| w.starts_with(p));
    for (a, b) in segments(s, true) {
        let seg = &s[a..b];
        let sw = lower_words(seg);
        if label_at(s, a).is_some() {
            continue;
        }
        if sw.iter().any(|w| cit(w)) {
            if sw.len() <= 6 {
                push(found, line, a, b, "nationality");
            } else {
                let sws = word_spans(seg);
                for (k, w) in sw.iter().enumerate() {
                    if cit(w) {
                        let first = k.saturating_sub(1);
                        let last = (k + 1).min(sws.len() - 1);
                        push(found, line, a + sws[first].0, a + sws[last].1, "nationality");
                    }
                }
            }
        }
    }
    // family: "gift", "samboer, 2 barn", "mor til to"
    for (a, b) in segments(s, true) {
        let sw = lower_words(&s[a..b]);
        let Some(first) = sw.first().map(String::as_str) else { continue };
        let short = sw.len() <= 6;
        let marital = MARITAL_CLEAR.contains(&first)
            && (short && (line.personal || sw.len() <= 3) && !(first == "gift" && !line.personal && sw.len() > 1));
        let marital_p = MARITAL_PERSONAL.contains(&first) && line.personal && sw.len() <= 3;
        let kids = short
            && (number(first).is_some_and(|n| n <= 12) || NUMBER_WORDS.contains(&first))
            && sw.get(1).is_some_and(|w| CHILD_WORDS.contains(&w.as_str()))
            && (line.personal || sw.len() == 2);
        let parent = short
            && PARENT_WORDS.contains(&first)
            && matches!(sw.get(1).map(String::as_str), Some("til" | "till" | "to" | "of" | "av"))
            && sw.get(2).is_some_and(|w| number(w).is_some() || NUMBER_WORDS.contains(&w.as_str()));
        if marital || marital_p || kids || parent {
            push(found, line, a, b, "family");
        }
    }
    if !line.personal {
        return;
    }
    // personal-data lines: "Kvinne", "32 år", "Norsk", "Bilde av ..."
    for (a, b) in segments(s, true) {
        let seg = &s[a..b];
        if label_at(s, a).is_some() {
            continue; // "Alder: 32": the value alone, from `labelled`
        }
        let sw = lower_words(seg);
        let words: Vec<&str> = sw.iter().map(String::as_str).collect();
        match words.as_slice() {
            [g] if GENDER_WORDS.contains(g) => push(found, line, a, b, "gender"),
            [g1, g2] if GENDER_WORDS.contains(g1) && GENDER_WORDS.contains(g2) => push(found, line, a, b, "gender"),
            [n, "år" | "years" | "yrs"] | ["age" | "aged" | "alder" | "ålder", n]
                if number(n).is_some_and(|n| (15..=99).contains(&n)) =>
            {
                push(found, line, a, b, "age")
            }
            [adj] if nationality_adjective(adj) => push(found, line, a, b, "nationality"),
            [first, ..]
                if words.len() <= 6
                    && matches!(
                        *first,
                        "foto"
                            | "bilde"
                            | "bilete"
                            | "bild"
                            | "billede"
                            | "photo"
                            | "picture"
                            | "image"
                            | "profilbilde"
                            | "profilbild"
                            | "portrett"
                            | "portrait"
                            | "porträtt"
                            | "portræt"
                    ) =>
            {
                push(found, line, a, b, "photo_caption")
            }
            _ => {}
        }
    }
}

fn nationality_adjective(w: &str) -> bool {
    let n = w.chars().count();
    (n >= 4 && (w.ends_with("sk") || w.ends_with("skt") || w.ends_with("ish") || w.ends_with("ese")))
        || NATIONALITIES.contains(&w)
}

/// English nationality words that no suffix rule finds.
const NATIONALITIES: &[&str] = &[
    "norwegian",
    "canadian",
    "indian",
    "italian",
    "brazilian",
    "nigerian",
    "syrian",
    "iranian",
    "russian",
    "ukrainian",
    "romanian",
    "hungarian",
    "estonian",
    "latvian",
    "lithuanian",
    "croatian",
    "serbian",
    "bosnian",
    "albanian",
    "bulgarian",
    "egyptian",
    "ethiopian",
    "eritrean",
    "colombian",
    "peruvian",
    "chilean",
    "argentinian",
    "australian",
    "austrian",
    "belgian",
    "georgian",
    "armenian",
    "algerian",
    "tunisian",
    "jordanian",
    "palestinian",
    "ghanaian",
    "kenyan",
    "ugandan",
    "american",
    "mexican",
    "german",
    "moroccan",
    "korean",
    "afghan",
    "pakistani",
    "iraqi",
    "somali",
    "thai",
    "filipino",
    "dutch",
    "french",
    "greek",
    "swiss",
    "icelandic",
    "slovak",
    "czech",
    "slovenian",
    "european",
    "african",
    "asian",
];

/// "[Bilde]", "[Photo]", "(foto)" anywhere.
fn photo_markers(line: &Line<'_>, found: &mut Vec<Redaction>) {
    let s = line.text;
    for (open, close) in [('[', ']'), ('(', ')')] {
        let mut from = 0;
        while let Some(i) = s[from..].find(open).map(|i| from + i) {
            let Some(j) = s[i..].find(close).map(|j| i + j) else { break };
            let inner = lower_words(&s[i + 1..j]);
            if !inner.is_empty()
                && inner.len() <= 4
                && matches!(
                    inner[0].as_str(),
                    "foto"
                        | "bilde"
                        | "bild"
                        | "billede"
                        | "photo"
                        | "picture"
                        | "image"
                        | "profilbilde"
                        | "portrait"
                        | "bilete"
                )
            {
                push(found, line, i, j + 1, "photo_caption");
            }
            from = j + 1;
        }
    }
}

fn scan_line(line: &Line<'_>, found: &mut Vec<Redaction>) {
    if line.text.trim().is_empty() {
        return;
    }
    labelled(line, found);
    emails(line, found);
    links(line, found);
    personal_numbers(line, found);
    phones(line, found);
    addresses(line, found);
    facts(line, found);
    photo_markers(line, found);
}

// ---------------------------------------------------------------- names

/// Words that are not names even when capitalised.
const NOT_NAMES: &[&str] = &[
    "cv",
    "curriculum",
    "vitae",
    "resume",
    "résumé",
    "resumé",
    "cv:",
    "personalia",
    "personlige",
    "opplysninger",
    "profil",
    "profile",
    "om",
    "meg",
    "about",
    "me",
    "kontakt",
    "contact",
    "senior",
    "junior",
    "software",
    "engineer",
    "developer",
    "utvikler",
    "manager",
    "leder",
    "konsulent",
    "consultant",
    "nurse",
    "sykepleier",
    "sjukepleiar",
    "sjuksköterska",
    "sygeplejerske",
    "lærer",
    "lärare",
    "teacher",
    "elektriker",
    "elektrikar",
    "ingeniør",
    "ingenjör",
    "sammendrag",
    "summary",
    "the",
    "and",
    "og",
    "och",
    "for",
    "i",
    "of",
    "in",
    "at",
    "ved",
    "hos",
    "page",
    "side",
    "sida",
    "side",
    "uddannelse",
    "utdanning",
    "education",
    "experience",
    "erfaring",
    "arbeidserfaring",
    "job",
    "jobb",
    "søknad",
    "application",
    "ansøgning",
    "ansökan",
    "personal",
    "details",
    "information",
    "info",
    "vgs",
    "as",
    "ab",
    "asa",
    "a/s",
];

const PARTICLES: &[&str] = &[
    "van", "von", "de", "der", "den", "af", "av", "la", "le", "da", "di", "du", "bin", "ibn", "al", "el", "ter", "ten",
    "dos", "das", "del", "y", "zu",
];

/// Whether `s` reads as a person's name: 2–5 words, each capitalised (or a
/// particle), letters only (with `-`, `'`, `.` for initials).
fn looks_like_name(s: &str) -> bool {
    let ws: Vec<&str> = s.split_whitespace().collect();
    if !(2..=5).contains(&ws.len()) {
        return false;
    }
    let mut capitalised = 0;
    for w in &ws {
        let lw = w.to_lowercase();
        if NOT_NAMES.contains(&lw.trim_end_matches([',', '.', ':']))
            || !w.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
            || !w.chars().any(char::is_alphabetic)
        {
            return false;
        }
        if PARTICLES.contains(&lw.as_str()) {
            continue;
        }
        if !is_capitalised(w) {
            return false;
        }
        capitalised += 1;
    }
    capitalised >= 2 && heading(s).is_none() && lexicon().roles.find_all(&words(&Normalized::new(s).text)).is_empty()
}

/// The name on the first non-empty line(s), with a leading "CV –" or a
/// trailing "– Sykepleier" cut off; and values of "Navn:"-labels (found by
/// `labelled`, collected here too). Returns the names found.
fn name_lines(lines: &[Line<'_>], found: &mut Vec<Redaction>) -> Vec<String> {
    let mut names = Vec::new();
    let first = lines.iter().filter(|l| !l.text.trim().is_empty()).find(|l| {
        let lower = l.text.trim().trim_end_matches(':').to_lowercase();
        !matches!(lower.as_str(), "cv" | "curriculum vitae" | "resume" | "résumé" | "resumé" | "personalia")
    });
    if let Some(line) = first {
        let parts = segments(line.text, false).into_iter().flat_map(|(a, b)| split_dashes(line.text, a, b));
        for (a, b) in parts {
            // "# Kari Nordmann" (Markdown), "**Kari Nordmann**"
            let marks = |c: char| matches!(c, '#' | '*' | '_' | '>' | '=') || c.is_whitespace();
            let a = b - line.text[a..b].trim_start_matches(marks).len();
            let b = a + line.text[a..b].trim_end_matches(marks).len();
            let seg = &line.text[a..b];
            if a < b && looks_like_name(seg) {
                push(found, line, a, b, "name");
                names.push(seg.to_string());
                break;
            }
        }
    }
    for line in lines {
        let s = line.text;
        for p in word_spans(s).iter().map(|w| w.0).filter(|&p| word_start(s, p)) {
            if let Some(("name", v)) = label_at(s, p) {
                let end = s[v..].find(['|', ';', '•', '\t']).map_or(s.len(), |e| v + e);
                let (x, y) = trim_span(s, v, end);
                if x < y {
                    names.push(s[x..y].to_string());
                }
            }
        }
    }
    names
}

/// Parts of a segment cut at " – ", " - ", " — ".
fn split_dashes(s: &str, a: usize, b: usize) -> Vec<(usize, usize)> {
    let seg = &s[a..b];
    let mut out = Vec::new();
    let mut start = 0;
    for sep in [" – ", " - ", " — "] {
        if let Some(i) = seg.find(sep) {
            out.push((a + start, a + i));
            start = i + sep.len();
            break;
        }
    }
    out.push((a + start, b));
    out.into_iter().map(|(x, y)| trim_span(s, x, y)).filter(|(x, y)| x < y).collect()
}

/// Every other occurrence of the name and of its parts (case-sensitive,
/// whole words, two letters or more): a signature, a page footer, the name
/// in a sentence.
fn name_everywhere(lines: &[Line<'_>], names: &[String], found: &mut Vec<Redaction>) {
    let mut parts: Vec<String> = Vec::new();
    for n in names {
        parts.push(n.clone());
        for w in n.split(|c: char| c.is_whitespace() || c == ',') {
            let w = w.trim_matches(|c: char| !c.is_alphabetic());
            if w.chars().count() >= 2 && !PARTICLES.contains(&w.to_lowercase().as_str()) && is_capitalised(w) {
                parts.push(w.to_string());
            }
        }
    }
    parts.sort_by_key(|p| std::cmp::Reverse(p.len()));
    parts.dedup();
    for line in lines {
        for p in &parts {
            for (i, _) in line.text.match_indices(p.as_str()) {
                if word_start(line.text, i) && word_end(line.text, i + p.len()) {
                    push(found, line, i, i + p.len(), "name");
                }
            }
        }
    }
}

// ---------------------------------------------------------------- result

/// Sort, and keep the first of overlapping spans (the earliest; of those
/// starting together, the longest).
fn resolve(text: &str, mut found: Vec<Redaction>) -> Vec<Redaction> {
    found.retain(|r| {
        r.start < r.end && r.end <= text.len() && text.is_char_boundary(r.start) && text.is_char_boundary(r.end)
    });
    found.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
    let mut out: Vec<Redaction> = Vec::with_capacity(found.len());
    for r in found {
        if out.last().is_some_and(|l| r.start < l.end) {
            continue;
        }
        out.push(r);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(&'static str, String)> {
        redactions(text).into_iter().map(|r| (r.kind, r.text)).collect()
    }

    /// Every `(kind, text)` in `want` is redacted, and no redaction covers
    /// any of `keep`.
    fn check(cv: &str, want: &[(&str, &str)], keep: &[&str]) {
        let got = redactions(cv);
        for r in &got {
            assert_eq!(&cv[r.start..r.end], r.text, "span and text agree");
        }
        let mut missing = Vec::new();
        for (kind, text) in want {
            if !got.iter().any(|r| r.kind == *kind && r.text == *text) {
                missing.push(format!("{kind}: {text:?}"));
            }
        }
        let mut wrong = Vec::new();
        for k in keep {
            let i = cv.find(k).unwrap_or_else(|| panic!("{k:?} is in the CV"));
            let j = i + k.len();
            for r in got.iter().filter(|r| r.start < j && i < r.end) {
                wrong.push(format!("{k:?} overlaps {}: {:?}", r.kind, r.text));
            }
        }
        let all: Vec<_> = got.iter().map(|r| (r.kind, r.text.as_str())).collect();
        assert!(missing.is_empty() && wrong.is_empty(), "missing: {missing:#?}\nwrong: {wrong:#?}\nall: {all:#?}");
    }

    #[test]
    fn the_name_on_the_first_line_is_found_and_nothing_else() {
        let cv = "CV\n\n# Anna Tornander\nanna@example.se\n\nErfarenhet\nFlygledare i tornet";
        let name = name_on_first_line(cv).expect("a name");
        assert_eq!(&cv[name], "Anna Tornander");
        // a title or a requirement line is no name
        assert_eq!(name_on_first_line("Sykepleier\nKari Nordmann"), None);
        assert_eq!(name_on_first_line("Erfarenhet av arbete i tornet"), None);
        assert_eq!(name_on_first_line(""), None);
    }

    #[test]
    fn bokmal_cv() {
        let cv = "Kari Nordmann\n\
                  Storgata 12B, 0155 Oslo\n\
                  Tlf: 912 34 567 | E-post: kari.nordmann@example.no\n\
                  Født 12.03.1990 | 35 år | Kjønn: kvinne\n\
                  Sivilstand: gift, 2 barn\n\
                  Nasjonalitet: norsk\n\
                  linkedin.com/in/karinordmann\n\
                  \n\
                  Profil\n\
                  Hun er en erfaren sykepleier med 10 års erfaring.\n\
                  \n\
                  Arbeidserfaring\n\
                  2015 – d.d. Sykepleier, Oslo universitetssykehus\n\
                  2020–2021 Foreldrepermisjon\n\
                  \n\
                  Utdanning\n\
                  2012–2015 Bachelor i sykepleie, OsloMet\n\
                  \n\
                  Språk\n\
                  Norsk – morsmål\n\
                  Engelsk – flytende\n\
                  \n\
                  Sertifikater\n\
                  Førerkort klasse B\n\
                  \n\
                  Referanser\n\
                  Oppgis på forespørsel. Hilsen Kari Nordmann\n";
        check(
            cv,
            &[
                ("name", "Kari Nordmann"),
                ("address", "Storgata 12B, 0155 Oslo"),
                ("phone", "912 34 567"),
                ("email", "kari.nordmann@example.no"),
                ("birth_date", "12.03.1990"),
                ("age", "35 år"),
                ("gender", "kvinne"),
                ("family", "gift, 2 barn"),
                ("nationality", "norsk"),
                ("link", "linkedin.com/in/karinordmann"),
                ("gender", "Hun"),
                ("family", "Foreldrepermisjon"),
            ],
            &[
                "Sykepleier, Oslo universitetssykehus",
                "2020–2021",
                "Bachelor i sykepleie, OsloMet",
                "Norsk – morsmål",
                "Engelsk – flytende",
                "Førerkort klasse B",
                "10 års erfaring",
            ],
        );
        // the name in the signature too
        let n = redactions(cv).iter().filter(|r| r.kind == "name").count();
        assert_eq!(n, 2);
    }

    #[test]
    fn nynorsk_cv() {
        let cv = "CV – Ola Nesheim\n\
                  Navn: Ola Nesheim\n\
                  Adresse: Fjordvegen 7, 6800 Førde\n\
                  Mobil: 47 11 22 33\n\
                  E-post: ola@nesheim.no\n\
                  Fødd: 03.05.1985\n\
                  Alder: 40\n\
                  Sivilstand: sambuar\n\
                  Statsborgarskap: norsk\n\
                  \n\
                  Arbeidsrøynsle\n\
                  2010–2025 Elektrikar, Sunnfjord Energi\n\
                  \n\
                  Utdanning\n\
                  Fagbrev som elektrikar, 2009\n\
                  \n\
                  Språk\n\
                  Nynorsk – morsmål\n";
        check(
            cv,
            &[
                ("name", "Ola Nesheim"),
                ("address", "Fjordvegen 7, 6800 Førde"),
                ("phone", "47 11 22 33"),
                ("email", "ola@nesheim.no"),
                ("birth_date", "03.05.1985"),
                ("age", "40"),
                ("family", "sambuar"),
                ("nationality", "norsk"),
            ],
            &["Elektrikar, Sunnfjord Energi", "Fagbrev som elektrikar, 2009", "Nynorsk – morsmål", "2010–2025"],
        );
    }

    #[test]
    fn swedish_cv() {
        let cv = "Anna Lindqvist\n\
                  Drottninggatan 3, 111 51 Stockholm\n\
                  070-123 45 67\n\
                  anna.lindqvist@example.se\n\
                  Född: 1988-07-14\n\
                  Personnummer: 880714-1234\n\
                  Kön: Kvinna\n\
                  Civilstånd: Gift, tre barn\n\
                  Medborgarskap: svenskt\n\
                  github.com/annalindqvist\n\
                  \n\
                  Arbetslivserfarenhet\n\
                  2014–2024 Legitimerad sjuksköterska, Karolinska\n\
                  2019–2020 Föräldraledighet\n\
                  \n\
                  Språk\n\
                  Svenska – modersmål\n\
                  \n\
                  Körkort\n\
                  B-körkort\n";
        check(
            cv,
            &[
                ("name", "Anna Lindqvist"),
                ("address", "Drottninggatan 3, 111 51 Stockholm"),
                ("phone", "070-123 45 67"),
                ("email", "anna.lindqvist@example.se"),
                ("birth_date", "1988-07-14"),
                ("birth_date", "880714-1234"),
                ("gender", "Kvinna"),
                ("family", "Gift, tre barn"),
                ("nationality", "svenskt"),
                ("link", "github.com/annalindqvist"),
                ("family", "Föräldraledighet"),
            ],
            &["Legitimerad sjuksköterska, Karolinska", "Svenska – modersmål", "B-körkort", "2019–2020"],
        );
    }

    #[test]
    fn danish_cv() {
        let cv = "Mette Sørensen\n\
                  Nørregade 12, 2100 København Ø\n\
                  Telefon: 12 34 56 78\n\
                  mette@example.dk\n\
                  Fødselsdato: 1. april 1992\n\
                  Køn: Kvinde\n\
                  Civilstand: Gift, 2 børn\n\
                  Statsborgerskab: Dansk\n\
                  www.mettesorensen.dk\n\
                  \n\
                  Erhvervserfaring\n\
                  2016–2025 Autoriseret sygeplejerske, Rigshospitalet\n\
                  2021–2022 Barselsorlov\n\
                  \n\
                  Uddannelse\n\
                  Professionsbachelor i sygepleje, 2016\n\
                  \n\
                  Sprog\n\
                  Dansk – modersmål\n\
                  \n\
                  Kørekort\n\
                  Kørekort til bil\n";
        check(
            cv,
            &[
                ("name", "Mette Sørensen"),
                ("address", "Nørregade 12, 2100 København Ø"),
                ("phone", "12 34 56 78"),
                ("email", "mette@example.dk"),
                ("birth_date", "1. april 1992"),
                ("gender", "Kvinde"),
                ("family", "Gift, 2 børn"),
                ("nationality", "Dansk"),
                ("link", "www.mettesorensen.dk"),
                ("family", "Barselsorlov"),
            ],
            &["Autoriseret sygeplejerske, Rigshospitalet", "Dansk – modersmål", "Kørekort til bil", "2021–2022"],
        );
    }

    #[test]
    fn english_cv() {
        let cv = "Mohammed Ali\n\
                  Software developer\n\
                  Name: Mohammed Ali\n\
                  Address: 12 Baker Street, London\n\
                  Phone: +44 20 7946 0958\n\
                  Email: m.ali@example.com\n\
                  Date of birth: 14 February 1991\n\
                  Age: 34\n\
                  Gender: Male\n\
                  Nationality: British\n\
                  Marital status: Married, two children\n\
                  https://github.com/mali\n\
                  Portfolio: mali.dev\n\
                  [Photo]\n\
                  \n\
                  Profile\n\
                  He has eight years of experience with ASP.NET and Node.js.\n\
                  \n\
                  Work experience\n\
                  2017 – present Software developer, Acme Ltd\n\
                  2022 Parental leave\n\
                  \n\
                  Languages\n\
                  English – native\n\
                  Norwegian – B2\n\
                  \n\
                  Certificates\n\
                  Valid driving licence, category B\n";
        check(
            cv,
            &[
                ("name", "Mohammed Ali"),
                ("address", "12 Baker Street, London"),
                ("phone", "+44 20 7946 0958"),
                ("email", "m.ali@example.com"),
                ("birth_date", "14 February 1991"),
                ("age", "34"),
                ("gender", "Male"),
                ("nationality", "British"),
                ("family", "Married, two children"),
                ("link", "https://github.com/mali"),
                ("link", "mali.dev"),
                ("photo_caption", "[Photo]"),
                ("gender", "He"),
                ("family", "Parental leave"),
            ],
            &[
                "Software developer, Acme Ltd",
                "ASP.NET",
                "Node.js",
                "English – native",
                "Norwegian – B2",
                "Valid driving licence, category B",
                "eight years of experience",
                "2017 – present",
            ],
        );
    }

    #[test]
    fn uk_postcodes_with_the_town() {
        let cv = "Eleanor Whitcombe-Hale\n\
                  42 Larkspur Road, Bristol BS6 7QT\n\
                  Leeds LS1 4AP\n\
                  \n\
                  Work experience\n\
                  2015 – present Registered nurse, Bristol Royal Infirmary, BS2 8HW\n\
                  Certificates\n\
                  ISO 9001 lead auditor, category B1 2AB\n";
        check(
            cv,
            &[("address", "42 Larkspur Road, Bristol BS6 7QT"), ("address", "Leeds LS1 4AP")],
            &["Registered nurse, Bristol Royal Infirmary, BS2 8HW", "ISO 9001 lead auditor"],
        );
    }

    #[test]
    fn inline_header_and_minority_names() {
        let cv = "Nguyen Thi Lan — Sykepleier\n\
                  Kvinne, 32 år, gift | +47 98 76 54 32 | lan.nguyen@example.no\n\
                  \n\
                  Erfaring\n\
                  Sykepleier ved Haukeland, 2018–2024. Ansvar for 12 barn på avdelingen.\n\
                  Kunnskap om LAN og nettverk.\n";
        check(
            cv,
            &[
                ("name", "Nguyen Thi Lan"),
                ("gender", "Kvinne"),
                ("age", "32 år"),
                ("family", "gift"),
                ("phone", "+47 98 76 54 32"),
                ("email", "lan.nguyen@example.no"),
            ],
            &["Sykepleier ved Haukeland, 2018–2024", "Ansvar for 12 barn", "LAN og nettverk"],
        );
    }

    #[test]
    fn skill_and_experience_lines_are_left_alone() {
        let cv = "Erfaring\n\
                  2015–2019 Lagermedarbeider, Posten, 100 %\n\
                  Org.nr. 912 345 678\n\
                  Arbeidstid 08.00-16.00\n\
                  Kontonummer 1234.56.78901\n\
                  Truckførerbevis T1–T4\n\
                  Førerkort klasse B og C1\n\
                  Norsk – morsmål, engelsk – flytende\n\
                  Ansvar for 25 barn i alderen 1–6 år\n\
                  Gift- og kjemikaliehåndtering\n\
                  Sertifisert i ASP.NET og socket.io\n\
                  2019 2021 prosjekter\n\
                  Sykepleier";
        let got = kinds(cv);
        assert!(got.is_empty(), "{got:#?}");
    }

    #[test]
    fn spans_are_valid_on_hostile_text() {
        let mut s = String::new();
        for i in 0..2000 {
            s.push_str(&format!("æøå {i} +47 ( @ . http:// www. 🙂 Født: \u{301}x, gift, 2 barn | 0155 Oslo\n"));
        }
        for r in redactions(&s) {
            assert!(s.is_char_boundary(r.start) && s.is_char_boundary(r.end) && r.start < r.end);
            assert_eq!(s[r.start..r.end], r.text);
        }
        for t in ["", "\n", "@", "+", "(", "Født", "Navn:", "a@b", "CV", "\r\n\r\n", "æ@ø.å"] {
            let _ = redactions(t);
        }
    }

    #[test]
    fn kinds_are_the_documented_ones() {
        for (_, kind, _) in LABELS {
            assert!(KINDS.contains(kind), "{kind}");
        }
    }
}
