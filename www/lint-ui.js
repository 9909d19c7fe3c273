// The requirement linter in the page: while requirements are typed, the
// core's linter (`sikte::lint`, in a worker) warns about phrasings that
// discriminate or act as proxies for a protected ground. A warning is advice
// with its reason and legal ground, never a block: screening runs whatever it
// says. The user may keep a warned line with a written justification, which
// goes into the audit log's `requirements` entry.

import { t } from './i18n.js';
import { $, el } from './dom.js';

/** Justifications by the line's text (trimmed), so that one follows its
 * line when lines above it are added or removed. */
const justifications = new Map();
let shown = { text: '', warnings: [] };
let onJustify = () => {};

/** Called after a justification is written or changed (for the audit log). */
export function onJustification(fn) {
  onJustify = fn;
}

export function clearLint() {
  justifications.clear();
  shown = { text: '', warnings: [] };
  $('lint').replaceChildren();
  $('lint-box').hidden = true;
}

/** The line of `text` that 1-based `line` names, trimmed. */
const lineText = (text, line) => (text.split('\n')[line - 1] ?? '').trim();

/** The justifications for the warned lines of `text`: `[{line, text}]`,
 * in line order, as the audit log records them. */
export function justificationsFor(text, warnings) {
  const lines = [...new Set(warnings.map((w) => w.line))].sort((a, b) => a - b);
  return lines
    .map((line) => ({ line, text: (justifications.get(lineText(text, line)) || '').trim() }))
    .filter((j) => j.text);
}

/** Justifications from a saved session's audit log (`[{line, text}]` for
 * the lines of `text`). */
export function restoreJustifications(text, list) {
  for (const j of list || []) justifications.set(lineText(text, j.line), j.text);
}

/** Show the warnings for `text` under the requirements box. */
export function renderLint(text, warnings) {
  shown = { text, warnings };
  const byLine = new Map();
  for (const w of warnings) {
    if (!byLine.has(w.line)) byLine.set(w.line, []);
    byLine.get(w.line).push(w);
  }
  $('lint-box').hidden = byLine.size === 0;
  $('lint').replaceChildren(...[...byLine].map(([line, ws]) => lineItem(text, line, ws)));
}

function lineItem(text, line, ws) {
  const key = lineText(text, line);
  const id = `just-${line}`;
  const kept = justifications.get(key)?.trim();
  const status = el('span', { class: 'kept', text: kept ? t('lint.kept') : '' });
  const area = el('textarea', { id, rows: 2, value: justifications.get(key) || '' });
  area.addEventListener('input', () => {
    justifications.set(key, area.value);
    status.textContent = area.value.trim() ? t('lint.kept') : '';
  });
  area.addEventListener('change', () => onJustify());
  return el('li', { class: 'lint-line', 'data-line': String(line) },
    el('p', {}, el('strong', { text: t('lint.line', { n: line }) }), ' ', el('q', { text: key }), ' ', status),
    el('ul', {}, ...ws.map((w) => el('li', { class: 'lint-warning' },
      el('q', { class: 'lint-text', text: w.text }), ' — ',
      el('strong', { text: groundName(w.ground) }), ': ',
      el('span', { class: 'lint-reason', text: w.reason })))),
    el('details', { class: 'justify', open: Boolean(kept) },
      el('summary', { text: t('lint.keep') }),
      el('label', { for: id, text: t('lint.justification') }), el('br'), area));
}

/** A ground's name in the page's language (a ground the catalogues do not
 * know yet is shown as the core names it). */
function groundName(ground) {
  try {
    return t(`ground.${ground}`);
  } catch {
    return ground;
  }
}

/** The warnings shown now (for re-rendering after a language change). */
export function currentLint() {
  return shown;
}
