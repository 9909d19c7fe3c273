// Blind review: the core finds the spans of a CV's text that tell who the
// candidate is or name a protected ground (`sikte::redact`: name, e-mail,
// phone, address, date of birth and age, gender, nationality, family status,
// own links, photo captions), and the worker hands them over with the text as
// UTF-16 offsets. This module hides them wherever a reviewer sees CV text —
// the CV text, evidence quotes, explanations, exports — as a visible marker
// ("[redacted: name]"), never silently. Pure functions, no DOM.

/** Kinds whose text is also hidden where it is quoted outside the CV text
 * (explanations, arithmetic). Short generic words ("gift", "norsk",
 * "Kvinne") are hidden by position only, so that "Norsk – morsmål" quoted
 * as language evidence stays readable. */
const QUOTED_KINDS = new Set(['name', 'email', 'phone', 'address', 'birth_date', 'link', 'photo_caption']);

/** The UTF-16 index of UTF-8 byte offset `byte` in `text`. */
export function utf16Offset(text, byte) {
  let bytes = 0;
  let i = 0;
  while (i < text.length && bytes < byte) {
    const cp = text.codePointAt(i);
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    i += cp >= 0x10000 ? 2 : 1;
  }
  return i;
}

/**
 * The parts of `text[from, to)`: strings, and `{kind}` where a redacted span
 * starts. A span that began before `from` gives a marker only when
 * `repeat` (a quote on its own); in a run of pieces of one text it was
 * already shown by the piece before.
 */
export function pieces(text, from, to, spans, repeat = false) {
  const out = [];
  let at = from;
  for (const r of spans) {
    if (r.end_utf16 <= from || r.start_utf16 >= to) continue;
    if (r.start_utf16 > at) out.push(text.slice(at, r.start_utf16));
    if (repeat || r.start_utf16 >= from) out.push({ kind: r.kind });
    at = Math.max(at, Math.min(r.end_utf16, to));
  }
  if (at < to) out.push(text.slice(at, to));
  return out;
}

/** `text[from, to)` with every redacted span replaced by `marker(kind)`. */
export function blindSlice(text, from, to, spans, marker) {
  return pieces(text, from, to, spans, true).map((p) => (typeof p === 'string' ? p : marker(p.kind))).join('');
}

/** A replacer for strings made from the CV (explanations quoting it): every
 * redacted text of the quoted kinds, in any case and spacing, becomes its
 * marker, in one pass (a marker is never replaced again). */
export function quoteBlinder(text, spans, marker) {
  const byKey = new Map();
  for (const r of spans) {
    if (!QUOTED_KINDS.has(r.kind)) continue;
    const s = text.slice(r.start_utf16, r.end_utf16).trim();
    if (s.length >= 3 && !byKey.has(key(s))) byKey.set(key(s), { s, kind: r.kind });
  }
  if (!byKey.size) return (s) => s;
  const alternatives = [...byKey.values()]
    .sort((a, b) => b.s.length - a.s.length)
    .map(({ s }) => s.split(/\s+/).map(escape).join('\\s+'));
  const re = new RegExp(alternatives.join('|'), 'giu');
  return (s) => String(s).replace(re, (m) => marker(byKey.get(key(m))?.kind ?? 'name'));
}

const key = (s) => s.toLowerCase().split(/\s+/).join(' ');
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A screened result's candidate as a blind reviewer may see it: the file
 * named by `file` (a pseudonym), every evidence quote and explanation with
 * the redacted spans replaced by `marker(kind)`. Offsets are unchanged (they
 * point into the original text, which a blind reviewer does not get).
 * `result` is `{candidate, text, evidence_utf16, redactions}`.
 */
export function blindCandidate(result, file, marker) {
  const { candidate: c, text = '', evidence_utf16: utf16 = [], redactions: spans = [] } = result;
  const quoted = quoteBlinder(text, spans, marker);
  const quote = (e, at) => {
    const [s, end] = at ?? [utf16Offset(text, e.start), utf16Offset(text, e.end)];
    const slice = text.slice(s, end) === e.text ? blindSlice(text, s, end, spans, marker) : e.text;
    return { ...e, text: quoted(slice) };
  };
  return {
    ...c,
    file,
    warnings: c.warnings.map(quoted),
    verdicts: c.verdicts.map((v, vi) => ({
      ...v,
      explanation: quoted(v.explanation),
      evidence: v.evidence.map((e, ei) => quote(e, utf16[vi]?.[ei])),
      ...(v.arithmetic
        ? { arithmetic: { ...v.arithmetic, periods: v.arithmetic.periods.map((p) => ({ ...p, note: quoted(p.note), evidence: quote(p.evidence) })) } }
        : {}),
    })),
  };
}
