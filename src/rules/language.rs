//! Language: met when the CV lists the language at or above the level
//! (spoken and written separately when the CV separates them). Listed
//! without a level is unclear; a lower stated level is not met. A CV that
//! is merely written in a language proves nothing about it; but the
//! language it lists first, with no level, in a CV written in that
//! language is the person's own, for a line asking at most B2.

use super::{not_found, quote, rank, Ctx, Outcome, State};
use crate::lexicon::{lexicon, Match, Words};
use crate::report::Verdict;
use crate::requirement::language::{level_name, LangLevel, Language};
use crate::t;
use crate::text::Document;
use crate::text::SectionKind;

pub(crate) fn evaluate(req: &Language, ctx: &Ctx<'_, '_>) -> Verdict {
    if req.also.is_empty() {
        return evaluate_one(req, ctx);
    }
    // every part, each with its own alternatives
    let first = Language { also: Vec::new(), ..req.clone() };
    let verdicts = std::iter::once(&first).chain(&req.also).map(|l| (evaluate_one(l, ctx), None)).collect();
    super::combine(verdicts, true, ctx.lang)
}

fn evaluate_one(req: &Language, ctx: &Ctx<'_, '_>) -> Verdict {
    let lx = lexicon();
    let (doc, lang) = (ctx.doc, ctx.lang);
    // a language named inside a level ("Prøve i Dansk 3") is not a mention
    let levels = lx.language_levels.find_all(doc);
    let inside = |m: &Match| levels.iter().any(|l| l.len > 1 && l.first <= m.first && m.end() <= l.end());
    let mentions: Vec<Match> = lx.languages.find_all(doc).into_iter().filter(|m| !inside(m)).collect();
    // per language asked for: its verdict, and what met it
    let mut per_language: Vec<(Verdict, Option<String>)> = Vec::new();
    for key in &req.languages {
        let need = req.level_of(key);
        let wanted = Language::expand(key);
        let mut out = Outcome::new(lang);
        let mut met_what = None;
        for (i, m) in mentions.iter().enumerate() {
            let language = lx.languages.key(m);
            if !wanted.contains(&language) {
                continue;
            }
            let name = crate::i18n::name(lang, "language", language);
            let Some(found) = levels_for(doc, &mentions, i) else {
                // "Danska – förstår en del, talar och skriver inte", "taler
                // ikke dansk": the CV says the person does not use it
                if let Some(words) = not_used(doc, &mentions, i, req) {
                    out.add(State::Negated(words), name.to_string(), doc.context_evidence(m.first, m.end()));
                    continue;
                }
                // "taler dansk" for "Du taler og forstår dansk": a line that
                // writes no level is met by the language listed
                if !req.level_stated && listed(doc, &mentions, i, req) {
                    let what = t!(lang, "what.language_named", language = name);
                    met_what.get_or_insert_with(|| what.clone());
                    let evidence = doc.context_evidence(m.first, m.end());
                    out.add_ranked(rank(doc, m.first, &[SectionKind::Languages]), State::Plain, what, evidence);
                    continue;
                }
                // "Språk: norsk, engelsk, litt tysk" in a CV written in
                // Norwegian: the language listed first, with no level, in a
                // CV written in it is the person's own, for a line asking
                // at most B2 ("gode norskkunnskaper")
                if req.level_stated
                    && need <= OWN_LANGUAGE_UP_TO
                    && listed(doc, &mentions, i, req)
                    && listed_first(doc, &mentions, i)
                    && written_in(doc) == Some(language)
                {
                    let what = t!(lang, "what.language_own", language = name);
                    met_what.get_or_insert_with(|| what.clone());
                    let evidence = doc.context_evidence(m.first, m.end());
                    out.add_ranked(rank(doc, m.first, &[SectionKind::Languages]), State::Plain, what, evidence);
                    continue;
                }
                out.doubt(t!(lang, "doubt.language_no_level", language = name), doc.context_evidence(m.first, m.end()));
                continue;
            };
            let have = found.for_modes(req.spoken, req.written);
            let evidence = doc.context_evidence(m.first.min(found.first), m.end().max(found.end));
            let Some(have) = have else {
                // "forstår og taler godt" for "i tal och skrift": the level
                // that is given may already be too low
                match found.any_mode(req.spoken, req.written).filter(|&l| l < need) {
                    Some(low) => out.add(
                        State::Negated(quote(doc, found.first, found.end)),
                        t!(
                            lang,
                            "what.language_below",
                            language = name,
                            level = level_text(lang, low),
                            need = level_text(lang, need)
                        ),
                        evidence,
                    ),
                    None => out.doubt(t!(lang, "doubt.language_mode", language = name), evidence),
                }
                continue;
            };
            let shown = level_text(lang, have);
            if have >= need {
                let what = t!(lang, "what.language_at", language = name, level = shown);
                met_what.get_or_insert_with(|| what.clone());
                out.add_ranked(rank(doc, m.first, &[SectionKind::Languages]), State::Plain, what, evidence);
            } else {
                out.add(
                    State::Negated(quote(doc, found.first, found.end)),
                    t!(lang, "what.language_below", language = name, level = shown, need = level_text(lang, need)),
                    evidence,
                );
            }
        }
        let name = crate::i18n::name(lang, "language", key);
        let verdict = out.verdict(|| not_found(ctx, &t!(lang, "what.language_with_level", language = name)));
        per_language.push((verdict, met_what));
    }
    super::combine(per_language, req.all, lang)
}

/// The highest level a language listed first without a level, in a CV
/// written in it, meets: B2. A line asking for more ("svært gode", C1) is
/// left to a person.
const OWN_LANGUAGE_UP_TO: LangLevel = 4;

/// Whether mention `i` is the first of its list: no language before it in
/// its clause, nor on the line above ("• Svenska" over "• Finska").
fn listed_first(doc: &Document<'_>, mentions: &[Match], i: usize) -> bool {
    let Some(prev) = i.checked_sub(1).map(|p| mentions[p]) else {
        return true;
    };
    let m = mentions[i];
    !doc.clause(m.first, m.end()).contains(&prev.first) && doc.line_of(m.first) > doc.line_of(prev.first) + 1
}

/// The language a CV is written in: the one whose own small words
/// (`[written_in]`) it uses at least 3 times and three times as often as any
/// other's.
fn written_in(doc: &Document<'_>) -> Option<&'static str> {
    let set = &lexicon().written_in;
    let mut counts = vec![0usize; set.keys().len()];
    for m in set.find_all(doc) {
        counts[m.key] += 1;
    }
    let best = (0..counts.len()).max_by_key(|&k| counts[k])?;
    let next = (0..counts.len()).filter(|&k| k != best).map(|k| counts[k]).max().unwrap_or(0);
    (counts[best] >= 3 && counts[best] >= 3 * next).then(|| set.keys()[best].as_str())
}

/// Whether mention `i` lists a language the person knows, with nothing
/// said about it: in the languages section, in a clause with another
/// language or with a word for speaking or writing ("taler dansk, lidt
/// engelsk"), or alone in its clause ("kørekort B. læser tegninger selv.
/// dansk"). Not when words follow it before the next language ("Dansk –
/// forstår godt", "förstår det mesta men talar inte"), when the line below
/// says what it is (a table: "Svensk" over "Forstår og læser godt"), when
/// the clause names a mode the line does not ask for alone ("taler dansk"
/// for "tale og skrive"), nor in a name ("Dansk Metal": a word follows).
fn listed(doc: &Document<'_>, mentions: &[Match], i: usize, req: &Language) -> bool {
    let lx = lexicon();
    let m = mentions[i];
    let clause = doc.clause(m.first, m.end());
    let line = doc.line_of(m.first);
    let next = mentions.get(i + 1).filter(|n| clause.contains(&n.first)).map_or(clause.end, |n| n.first);
    let filler = |w: usize| is_connector(doc, w) || lx.language_levels.any_in(doc, w..w + 1);
    if !(m.end()..next).all(filler) {
        return false;
    }
    let lines = doc.lines();
    let last_on_line = mentions.get(i + 1).is_none_or(|n| doc.line_of(n.first) != line);
    if last_on_line && line + 1 < lines.len() && lx.receptive.any_in(doc, lines[line + 1].words()) {
        return false;
    }
    let (spoken, written) = (lx.spoken.any_in(doc, clause.clone()), lx.written.any_in(doc, clause.clone()));
    if (spoken || written) && ((req.spoken && !spoken) || (req.written && !written)) {
        return false;
    }
    doc.section_of(m.first) == SectionKind::Languages
        || mentions.iter().any(|n| n.first != m.first && clause.contains(&n.first))
        || spoken
        || written
        || clause == (m.first..m.end())
}

/// The negation, when a clause about mention `i` says the person does not
/// speak or write it, in a mode the line asks for: after it, up to the next
/// language on its line ("Danska – förstår en del, talar och skriver inte"),
/// or before it in its clause ("Jeg taler ikke dansk endnu"). A negation
/// with no word for speaking or writing says nothing here ("ikke
/// morsmål").
fn not_used(doc: &Document<'_>, mentions: &[Match], i: usize, req: &Language) -> Option<String> {
    let lx = lexicon();
    let m = mentions[i];
    let line = doc.lines()[doc.line_of(m.first)].words();
    let next = mentions.get(i + 1).map(|n| n.first).filter(|&n| n < line.end).unwrap_or(line.end);
    let clause = doc.clause(m.first, m.end());
    for range in [m.end()..next, clause.start..m.first] {
        for neg in lx.negation.find_in(doc, range.clone()) {
            let around = doc.clause(neg.first, neg.end());
            let part = around.start.max(range.start)..around.end.min(range.end);
            let (spoken, written) = (lx.spoken.any_in(doc, part.clone()), lx.written.any_in(doc, part));
            let asked = (req.spoken && spoken) || (req.written && written) || (!req.spoken && !req.written);
            if (spoken || written) && asked {
                return Some(super::quote(doc, neg.first, neg.end()));
            }
        }
    }
    None
}

/// "og", "and", "eller" ...: a word that joins two languages or two parts of
/// a level.
fn is_connector(doc: &Document<'_>, w: usize) -> bool {
    matches!(doc.word(w), "og" | "and" | "och" | "samt" | "eller" | "or")
}

fn level_text(lang: crate::i18n::Lang, l: LangLevel) -> String {
    if l >= 7 {
        t!(lang, "level.native")
    } else {
        level_name(l).into()
    }
}

/// Levels found for one language mention.
struct Found {
    general: Option<LangLevel>,
    spoken: Option<LangLevel>,
    written: Option<LangLevel>,
    first: usize,
    end: usize,
}

impl Found {
    /// The level that counts for the modes asked for (the lower when
    /// both are asked for or when the CV separates them).
    fn for_modes(&self, spoken: bool, written: bool) -> Option<LangLevel> {
        let s = self.spoken.or(self.general);
        let w = self.written.or(self.general);
        match (spoken, written) {
            (true, true) => Some(s?.min(w?)),
            (true, false) => s,
            (false, true) => w,
            (false, false) => match (s, w) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            },
        }
    }

    /// The lowest level given for any of the modes asked for, when not all
    /// of them are given.
    fn any_mode(&self, spoken: bool, written: bool) -> Option<LangLevel> {
        let s = self.spoken.or(self.general).filter(|_| spoken);
        let w = self.written.or(self.general).filter(|_| written);
        match (s, w) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }
}

/// The levels written for mention `i`: right after it on its line (up to
/// the next language), else shared with the next language ("norsk og
/// engelsk: flytende"), else right before it, else on the next short line.
fn levels_for(doc: &Document<'_>, mentions: &[Match], i: usize) -> Option<Found> {
    levels_around(doc, mentions, i, true)
}

/// [`levels_for`]; `left`: whether a level right before the mention counts
/// (not when an earlier language shares this one's level: in "norsk,
/// engelsk, litt tysk" the "litt" is German's).
fn levels_around(doc: &Document<'_>, mentions: &[Match], i: usize, left: bool) -> Option<Found> {
    let m = mentions[i];
    let line = doc.line_of(m.first);
    let words = doc.lines()[line].words();
    let next_on_line = mentions.get(i + 1).filter(|n| doc.line_of(n.first) == line).map(|n| n.first);
    let prev_on_line = i.checked_sub(1).map(|p| mentions[p]).filter(|p| doc.line_of(p.first) == line).map(|p| p.end());
    let mut right = m.end()..next_on_line.unwrap_or(words.end);
    // a level written right before the next language, which has none
    // after it, is that one's ("norsk, engelsk, litt tysk"; but "Norsk
    // morsmål Engelsk flytende" is a table row)
    if let Some(n) = next_on_line {
        let set = &lexicon().language_levels;
        let after_next = mentions[i + 1].end()
            ..mentions.get(i + 2).filter(|k| doc.line_of(k.first) == line).map_or(words.end, |k| k.first);
        let levels = set.find_in(doc, right.clone());
        let adjacent = levels.last().filter(|l| l.end() == n && doc.between(n - 1, n).0.trim().is_empty());
        if let Some(l) = adjacent.filter(|_| set.find_in(doc, after_next).is_empty()) {
            right.end = l.first;
        }
    }
    let lines = doc.lines();
    let has_language = |l: usize| mentions.iter().any(|n| doc.line_of(n.first) == l);
    // a line that ends in "og"/"and", or one followed by a line that starts
    // with it, goes on on the next one, as in a narrow column: "Svensk –
    // flydende i tale og / skrift", "mycket god i tal / och skrift"
    let connector = |w: usize| is_connector(doc, w);
    if next_on_line.is_none()
        && right.end > right.start
        && line + 1 < lines.len()
        && (connector(right.end - 1) || lines[line + 1].words().next().is_some_and(connector))
    {
        let next = lines[line + 1].words();
        if !lines[line + 1].heading && !has_language(line + 1) && next.len() <= 4 {
            right.end = next.end;
        }
    }
    if let Some(f) = read_levels(doc, right.clone()) {
        return Some(f);
    }
    // only connectors between this language and the next: share its level
    if next_on_line.is_some() && right.clone().all(connector) {
        if let Some(f) = levels_around(doc, mentions, i + 1, false) {
            return Some(f);
        }
    }
    // after an earlier language, only what follows the last separator:
    // in "Norsk (morsmål), engelsk" the native level is Norwegian's
    let before = match prev_on_line {
        Some(p) => doc.after_last(p..m.first, &[',', ';', ')']),
        None => words.start,
    }..m.first;
    if let Some(f) = read_levels(doc, before).filter(|_| left) {
        return Some(f);
    }
    // a level that heads a bare list of languages is every one's
    // ("Modersmål (dansk og svensk)", "Flytende: norsk, engelsk")
    if let Some(f) = heading_level(doc, mentions, i).filter(|_| left) {
        return Some(f);
    }
    // a table ("Norsk" on one line, "Morsmål" on the next) or a level
    // wrapped onto the next line ("talar på / grundläggande nivå")
    if next_on_line.is_none() && line + 1 < lines.len() {
        let next = lines[line + 1].words();
        // a line of levels and mode words only ("Understanding B1, Speaking
        // B1, Writing A2")
        let lx = lexicon();
        let covered =
            |set: &crate::lexicon::PatternSet| -> usize { set.find_in(doc, next.clone()).iter().map(|m| m.len).sum() };
        let only_levels =
            covered(&lx.language_levels) + covered(&lx.spoken) + covered(&lx.written) + covered(&lx.receptive)
                >= next.len();
        if !has_language(line + 1) && (next.len() <= 4 || only_levels) && !lines[line + 1].heading {
            if let Some(f) = read_levels(doc, right.start..next.end) {
                return Some(f);
            }
        }
        // a language alone on its line over its Europass grid, labelled, with
        // a note after it ("Danish" / "Listening C1 · Reading C1 · ... ·
        // Writing C1 (Studieprøven 2021)")
        let alone = words == (m.first..m.end()) && !has_language(line + 1) && !lines[line + 1].heading;
        let cefr: Vec<Match> =
            lx.language_levels.find_in(doc, next.clone()).into_iter().filter(|l| is_cefr(doc, l)).collect();
        if let Some(f) = europass_grid(doc, &cefr).filter(|_| alone) {
            return Some(f);
        }
        // a language alone on its line over a line that starts with a level
        // and goes on about it ("English" / "C2, three years of work in the UK")
        let lead = lx.language_levels.find_in(doc, next.clone()).into_iter().next().filter(|l| l.first == next.start);
        if let Some(l) = lead.filter(|_| words == (m.first..m.end()) && !has_language(line + 1)) {
            if let Some(f) = read_levels(doc, l.first..l.end()) {
                return Some(f);
            }
        }
    }
    // a label line above that is only a level, over a language alone on
    // its line (Europass: "Mother tongue(s)", then "Norwegian")
    if prev_on_line.is_none() && next_on_line.is_none() && words == (m.first..m.end()) && line > 0 {
        let above = lines[line - 1].words();
        let levels = lexicon().language_levels.find_in(doc, above.clone());
        let covered: usize = levels.iter().map(|l| l.len).sum();
        if !above.is_empty() && !has_language(line - 1) && covered == above.len() {
            return read_levels(doc, above);
        }
    }
    None
}

/// The level written before the first language of mention `i`'s line, when
/// the rest of the line is nothing but languages and connectors: a level
/// that heads a list ("Modersmål: dansk og svensk"). Not in "Norsk
/// (morsmål), engelsk", where the level follows a language.
fn heading_level(doc: &Document<'_>, mentions: &[Match], i: usize) -> Option<Found> {
    let line = doc.line_of(mentions[i].first);
    let words = doc.lines()[line].words();
    let on_line: Vec<&Match> = mentions.iter().filter(|n| doc.line_of(n.first) == line).collect();
    let first = on_line.first()?;
    if on_line.len() < 2 || first.first == mentions[i].first {
        return None;
    }
    let is_language = |w: usize| on_line.iter().any(|n| (n.first..n.end()).contains(&w));
    if !(first.first..words.end).all(|w| is_language(w) || is_connector(doc, w)) {
        return None;
    }
    // one list: no sentence ends inside it ("Morsmål: norsk. Svensk")
    if (first.first..mentions[i].first).any(|w| doc.punct_after(w).contains(['.', ';', ')'])) {
        return None;
    }
    let lead = words.start..first.first;
    let levels = lexicon().language_levels.find_in(doc, lead.clone());
    let covered: usize = levels.iter().map(|l| l.len).sum();
    if lead.is_empty() || covered != lead.len() {
        return None;
    }
    read_levels(doc, lead)
}

fn read_levels(doc: &Document<'_>, range: std::ops::Range<usize>) -> Option<Found> {
    let lx = lexicon();
    let levels = lx.language_levels.find_in(doc, range.clone());
    if let Some(f) = europass_grid(doc, &levels) {
        return Some(f);
    }
    let mut f = Found { general: None, spoken: None, written: None, first: range.end, end: range.start };
    let mut from = range.start;
    let mut last_end: Option<usize> = None;
    for l in &levels {
        let level: LangLevel = lx.language_levels.key(l).parse().unwrap_or(0);
        // "Dansk – ikke modersmål", "ikke flydende, men god": a level the
        // CV denies is no level
        if negated(doc, range.start, l.first) {
            from = l.end();
            continue;
        }
        // "god hörförståelse": a level for understanding only is no level
        // for speaking or writing
        // (within its clause: in "basic, I understand more than I speak"
        // the level is not for understanding)
        let mut near = l.first.saturating_sub(2).max(range.start)..(l.end() + 2).min(range.end);
        if let Some(cut) = (l.end() - 1..near.end).find(|&w| doc.punct_after(w).contains([',', ';'])) {
            near.end = near.end.min(cut + 1);
        }
        if let Some(cut) = (near.start..l.first).rev().find(|&w| doc.punct_after(w).contains([',', ';'])) {
            near.start = cut + 1;
        }
        // ("talar och förstår bra": speaking too)
        let also_said = lx.spoken.any_in(doc, from..l.first) || lx.written.any_in(doc, from..l.first);
        if lx.receptive.any_in(doc, near) && !also_said {
            from = l.end();
            continue;
        }
        let before = from..l.first;
        let (mut spoken, mut written) = (lx.spoken.any_in(doc, before.clone()), lx.written.any_in(doc, before));
        if !spoken && !written {
            // "god muntlig, grunnleggende skriftlig": the mode after the
            // level, up to the next comma or level
            let next_level = levels.iter().find(|n| n.first > l.first).map_or(range.end, |n| n.first);
            let mut end = l.end();
            while end < next_level.min(l.end() + 4) && !doc.punct_after(end - 1).contains([',', ';']) {
                end += 1;
            }
            spoken = lx.spoken.any_in(doc, l.end()..end);
            written = lx.written.any_in(doc, l.end()..end);
            if spoken || written {
                from = end;
            }
        }
        let slot = match (spoken, written) {
            (true, false) => &mut f.spoken,
            (false, true) => &mut f.written,
            _ => &mut f.general,
        };
        // "B2/C1", "B2-C1": a range, the lower one counts; otherwise the
        // first level said for a slot is the one ("flytende, litt engelsk":
        // "litt" is about English)
        let range_join = last_end.is_some_and(|e| {
            e == l.first
                && doc.between(l.first - 1, l.first).0.trim().chars().all(|c| c == '/' || c == '-')
                && !doc.between(l.first - 1, l.first).0.is_empty()
        });
        *slot = match *slot {
            None => Some(level),
            Some(s) if range_join => Some(s.min(level)),
            Some(s) => Some(s),
        };
        f.first = f.first.min(l.first);
        f.end = f.end.max(l.end());
        from = from.max(l.end());
        last_end = Some(l.end());
    }
    (f.general.is_some() || f.spoken.is_some() || f.written.is_some()).then_some(f)
}

/// Whether a negation ("ikke", "inte", "not") stands right before word `i`,
/// within `from..i`.
fn negated(doc: &Document<'_>, from: usize, i: usize) -> bool {
    let lx = lexicon();
    (from..i).rev().take(2).any(|s| {
        lx.negation
            .match_at(doc, s)
            .is_some_and(|m| m.end() == i && lx.negation.key(&m) == "not" && doc.word(s) != "no")
    })
}

/// A CEFR level written as one ("B2"), not a level in words.
fn is_cefr(doc: &Document<'_>, m: &Match) -> bool {
    m.len == 1 && matches!(doc.word(m.first), "a1" | "a2" | "b1" | "b2" | "c1" | "c2")
}

/// The Europass self-assessment grid: five CEFR levels in a row, for
/// listening, reading, spoken interaction, spoken production and writing,
/// alone ("C1 C1 B2 B2 B1") or each after its label on one line
/// ("Hörförståelse C1 · Läsförståelse C1 · Muntlig interaktion C1 · ...").
/// Speaking is the lower of the two spoken levels; listening and reading
/// are understanding only.
fn europass_grid(doc: &Document<'_>, levels: &[Match]) -> Option<Found> {
    let lx = lexicon();
    if levels.len() != 5 || !levels.iter().all(|m| is_cefr(doc, m)) {
        return None;
    }
    let in_a_row = levels[4].first - levels[0].first == 4;
    let labelled = levels.iter().all(|m| doc.line_of(m.first) == doc.line_of(levels[0].first))
        && levels.windows(2).all(|w| (1..=4).contains(&(w[1].first - w[0].end())));
    if !in_a_row && !labelled {
        return None;
    }
    let level = |i: usize| -> LangLevel { lx.language_levels.key(&levels[i]).parse().unwrap_or(0) };
    Some(Found {
        general: None,
        spoken: Some(level(2).min(level(3))),
        written: Some(level(4)),
        first: levels[0].first,
        end: levels[4].end(),
    })
}
