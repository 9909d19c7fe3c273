// Sikte's page: the main thread only renders. Workers (pool.js, worker.js)
// read and screen the files. Every string that comes from a CV or a file
// name is inserted as text (textContent / text nodes), never as HTML.

import { Pool, TimeoutError, CancelledError } from './pool.js';
import { t, setLanguage, initialLanguage, language } from './i18n.js';
import { startEmbedding } from './embed.js';
import { Review, impact, outcomeRatios, SMALL_GROUP } from './review.js';
import { encrypt, decrypt, toBase64, fromBase64, failure } from './session.js';
import { AuditLog, sha256Hex } from './audit.js';
import { $, el, download } from './dom.js';
import { blindCandidate, pieces } from './blind.js';
import { renderLint, clearLint, justificationsFor, onJustification, currentLint, restoreJustifications } from './lint-ui.js';
const config = globalThis.SIKTE_CONFIG || {};

const MARKS = { met: '✓', not_met: '✗', unclear: '?', manual: '—' };
const kindName = (kind) => t(`kind.${kind}`);
const verdictWords = (v) => t(`verdict.${v}`);
const READABLE = /\.(pdf|docx|odt|txt|md|markdown|json|xml)$/i;

/** Today, local time, YYYY-MM-DD: the date "now" means for every file of a batch. */
function todayIso() {
  const d = new Date();
  const p = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

const state = {
  today: todayIso(),
  interpreted: [], // [{index, text, kind, interpretation}]
  batchRequirements: '', // the requirements the results were screened with
  batchInterpreted: [], // and how they were read
  batchLang: 'en', // and in which language
  batchStarted: false, // whether anything was screened since the page was cleared
  auditBatch: { seq: 0 }, // the audit log's `requirements` entry of the batch
  files: [], // [{name, file?|bytes?, order}] everything added, in order
  results: [], // by file order: {file, candidate, text, evidence_utf16} or undefined
  queue: [], // indices of files not screened yet
  running: false,
  skipped: [],
  view: [], // indices into results, filtered and sorted
  selected: -1, // position in view
  blind: false, // blind review: pseudonyms, personal data hidden
};

/** The audit log: every screening, decision and override (see audit.js).
 * Its `session` entries name the core, and the "today" and language of the
 * results. */
const audit = new AuditLog(async () => {
  const core = await pool.quick.ready;
  const started = state.batchStarted;
  return { version: core.version, wasm_sha256: core.wasm_sha256, today: started ? state.today : $('today').value || state.today, lang: started ? state.batchLang : language() };
});

/** The reviewer's decisions and overrides (see review.js), each logged with
 * the candidate's file SHA-256 and the reviewer's label. */
const review = new Review((e) => {
  if (e.type === 'decision') audit.add('decision', { file_sha256: e.sha, decision: e.decision, reason: e.reason, note: e.note, reviewer: e.reviewer });
  else audit.add('override', { file_sha256: e.sha, requirement: e.requirement, from: e.from, to: e.to, reason: e.reason, reviewer: e.reviewer });
});

// `?workers=N` sets the pool size (for benchmarks); default: one per core, up to 4
const pool = new Pool(
  () => (config.makeWorker ? config.makeWorker() : new Worker(new URL('./worker.js', import.meta.url), { type: 'module' })),
  () => (config.wasm ? { wasm: config.wasm } : {}),
  Math.min(8, Number(new URLSearchParams(location.search).get('workers')) || 0),
);

// ---------------------------------------------------------------- helpers

function debounce(fn, ms) {
  let t = 0;
  return (...args) => {
    clearTimeout(t);
    t = setTimeout(() => fn(...args), ms);
  };
}

function requirementsText() {
  return $('requirements').value;
}

// ---------------------------------------------------------- requirements

const interpret = debounce(async () => {
  const text = requirementsText();
  let warnings = [];
  try {
    [state.interpreted, warnings] = await Promise.all([
      pool.ask({ type: 'interpret', requirements: text, lang: language() }),
      pool.ask({ type: 'lint', requirements: text, lang: language() }),
    ]);
  } catch (e) {
    state.interpreted = [];
  }
  if (text !== requirementsText()) return; // typed on meanwhile
  renderInterpretations();
  renderLint(text, warnings);
  renderStale();
}, 150);

// A justification written after screening goes into the log at once, with
// the requirements of the results it concerns.
onJustification(() => {
  if (state.batchStarted && currentLint().text === state.batchRequirements) logRequirements();
});

function renderInterpretations() {
  const list = $('interpretations');
  list.replaceChildren(
    ...state.interpreted.map((r) =>
      el(
        'li',
        {},
        el('span', { class: `kind ${r.kind}`, text: kindName(r.kind) }),
        el('q', { text: r.text }),
        ' → ',
        el('span', { class: 'interp', text: r.interpretation }),
      ),
    ),
  );
}

function renderStale() {
  const stale = state.results.some(Boolean) && requirementsText() !== state.batchRequirements;
  let note = $('stale');
  if (!stale) {
    note?.remove();
    return;
  }
  if (!note) {
    note = el('p', { id: 'stale', class: 'hint', role: 'status' }, t('req.stale'), ' ',
      el('button', { type: 'button', text: t('req.rescreen'), onclick: rescreen }));
    $('results-section').prepend(note);
  }
}

$('requirements').addEventListener('input', interpret);

$('save-req').addEventListener('click', () => {
  const lines = requirementsText().split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  download('sikte-requirements.json', JSON.stringify({ schema: 'sikte.requirements/1', requirements: lines }, null, 2) + '\n', 'application/json');
});

$('load-req').addEventListener('change', async (ev) => {
  const file = ev.target.files[0];
  ev.target.value = '';
  if (!file) return;
  try {
    const data = JSON.parse(await file.text());
    if (data.schema !== 'sikte.requirements/1' || !Array.isArray(data.requirements) || !data.requirements.every((l) => typeof l === 'string')) {
      throw new Error(t('req.notRequirementsFile'));
    }
    $('requirements').value = data.requirements.join('\n');
    interpret();
  } catch (e) {
    alertText(t('req.loadFailed', { file: file.name, error: e.message }));
  }
});

function alertText(message) {
  const p = $('req-hint');
  const note = el('p', { class: 'warnings', role: 'alert', text: message });
  p.after(note);
  setTimeout(() => note.remove(), 8000);
}

// Job ad → requirement lines, confirmed by the user.
$('paste-ad').addEventListener('click', () => {
  $('ad-lines').hidden = true;
  $('ad-none').hidden = true;
  $('ad-use').disabled = true;
  $('ad-dialog').showModal();
  $('ad-text').focus();
});

$('ad-pick').addEventListener('click', async () => {
  const lines = await pool.ask({ type: 'pick', ad: $('ad-text').value });
  const box = $('ad-lines');
  box.replaceChildren(el('legend', { text: t('ad.found') }));
  lines.forEach((line, i) => {
    const id = `ad-line-${i}`;
    box.append(el('label', { for: id }, el('input', { type: 'checkbox', id, checked: true, value: line }), ' ', line));
  });
  box.hidden = lines.length === 0;
  $('ad-none').hidden = lines.length > 0;
  $('ad-use').disabled = lines.length === 0;
});

$('ad-dialog').addEventListener('close', () => {
  if ($('ad-dialog').returnValue !== 'use') return;
  const picked = [...$('ad-lines').querySelectorAll('input:checked')].map((i) => i.value);
  const current = requirementsText().trim();
  $('requirements').value = (current ? current + '\n' : '') + picked.join('\n');
  interpret();
});

// ----------------------------------------------------------------- files

function addFiles(list) {
  const added = [];
  for (const f of list) {
    const name = f.path || f.webkitRelativePath || f.name;
    if (!READABLE.test(name)) {
      state.skipped.push(name);
      continue;
    }
    const order = state.files.length;
    state.files.push({ name, file: f.file || f, order });
    state.queue.push(order);
    added.push(order);
  }
  renderSkipped();
  if (added.length) run();
}

function renderSkipped() {
  const p = $('skipped');
  p.hidden = state.skipped.length === 0;
  p.textContent = state.skipped.length ? t('files.skipped', { count: state.skipped.length, names: state.skipped.join(', ') }) : '';
}

$('files').addEventListener('change', (ev) => {
  addFiles([...ev.target.files]);
  ev.target.value = '';
});
$('folder').addEventListener('change', (ev) => {
  addFiles([...ev.target.files]);
  ev.target.value = '';
});

const drop = $('drop');
drop.addEventListener('dragover', (ev) => {
  ev.preventDefault();
  drop.classList.add('over');
});
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', async (ev) => {
  ev.preventDefault();
  drop.classList.remove('over');
  const entries = [...ev.dataTransfer.items].map((i) => i.webkitGetAsEntry?.()).filter(Boolean);
  if (!entries.length) {
    addFiles([...ev.dataTransfer.files]);
    return;
  }
  const files = [];
  for (const entry of entries) await walkEntry(entry, files);
  addFiles(files);
});

/** Files of a dropped folder, recursively, sorted by path. */
async function walkEntry(entry, out) {
  if (entry.isFile) {
    const file = await new Promise((res, rej) => entry.file(res, rej));
    out.push({ file, name: file.name, path: entry.fullPath.replace(/^\//, '') });
    return;
  }
  const reader = entry.createReader();
  const children = [];
  for (;;) {
    const batch = await new Promise((res, rej) => reader.readEntries(res, rej));
    if (!batch.length) break;
    children.push(...batch);
  }
  children.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const c of children) await walkEntry(c, out);
}

// ------------------------------------------------------------- screening

async function run() {
  if (state.running || !state.queue.length) return;
  state.running = true;
  state.batchRequirements = requirementsText();
  state.today = $('today').value || todayIso();
  try {
    state.batchLang = language();
    [state.batchInterpreted, state.batchWarnings] = await Promise.all([
      pool.ask({ type: 'interpret', requirements: state.batchRequirements, lang: state.batchLang }),
      pool.ask({ type: 'lint', requirements: state.batchRequirements, lang: state.batchLang }),
    ]);
  } catch (e) {
    state.running = false;
    failed(t('files.startFailed', { error: e.message }));
    return;
  }
  state.batchStarted = true;
  // overrides follow their requirement line, never its position
  review.remap(state.batchInterpreted.map((r) => r.text));
  logRequirements();
  $('done').hidden = true;
  $('results-section').hidden = false;
  renderTable();
  const batch = state.queue.splice(0);
  const total = () => state.files.length;
  const doneCount = () => state.results.filter(Boolean).length;
  showProgress(doneCount(), total());
  const files = batch.map((i) => ({
    name: state.files[i].name,
    read: () => (state.files[i].bytes ? Promise.resolve(state.files[i].bytes.slice(0)) : state.files[i].file.arrayBuffer()),
  }));
  const flush = rafThrottle(() => {
    // a flush that comes after the batch finished must not show the
    // progress (and its Cancel button) again
    if (state.running) showProgress(doneCount(), total());
    renderResults();
  });
  const completed = await pool.screenAll(files, state.batchRequirements, state.today, state.batchLang, (k, result) => {
    const i = batch[k];
    if (result instanceof Error) {
      storeFailure(i, result);
    } else {
      state.results[i] = { file: state.files[i].name, ...result };
      logFile(state.results[i], state.auditBatch);
    }
    flush();
  });
  state.running = false;
  if (!completed) return;
  showProgress(doneCount(), total());
  renderResults();
  if (state.queue.length) return run();
  finish();
}

/** A file that could not be screened still gets a row: every requirement
 * unclear, flagged for review, with the reason. */
async function storeFailure(i, error) {
  const reason = error instanceof TimeoutError ? { key: 'warning.timeout', args: [['seconds', error.message]] }
    : error instanceof CancelledError ? { key: 'warning.cancelled', args: [] }
    : { key: 'warning.read_failed', args: [['why', error.message]] };
  const batch = state.auditBatch;
  state.results[i] = { file: state.files[i].name, pending: true };
  try {
    const out = await pool.ask({ type: 'unreadable', requirements: state.batchRequirements, name: state.files[i].name, reason, today: state.today, lang: state.batchLang });
    state.results[i] = { file: state.files[i].name, ...out, ...(await fileHash(i)) };
    logFile(state.results[i], batch);
  } catch {
    state.results[i] = undefined;
  }
  renderResults();
}

/** SHA-256 (hex) and size of a file's bytes, for a file the workers could
 * not screen; those of no bytes if it cannot be read at all (its row says
 * why). */
async function fileHash(i) {
  let bytes = new Uint8Array(0);
  try {
    const f = state.files[i];
    bytes = new Uint8Array(f.bytes ?? (await f.file.arrayBuffer()));
  } catch {
    // unreadable: logged as empty, flagged for review with the reason
  }
  return { sha256: await sha256Hex(bytes), size: bytes.length };
}

/** Log what a batch is screened with: the requirement lines, how they were
 * read, the linter's warnings and the user's justifications (a new
 * `requirements` entry only when any of these changed). Files of the batch
 * refer to it by its `seq`. */
function logRequirements() {
  const batch = { seq: 0 };
  state.auditBatch = batch;
  const fields = {
    text: state.batchRequirements,
    lines: state.batchInterpreted,
    warnings: state.batchWarnings || [],
    justifications: justificationsFor(state.batchRequirements, state.batchWarnings || []),
  };
  audit.add('requirements', (log) => {
    const last = log.last('requirements');
    const same = last && ['text', 'lines', 'warnings', 'justifications'].every((k) => JSON.stringify(last[k]) === JSON.stringify(log.fields('requirements', fields)[k]));
    if (same) {
      batch.seq = last.seq;
      return null;
    }
    batch.seq = log.nextSeq();
    return fields;
  });
}

/** Log one screened file: its hash, size and verdicts with evidence
 * offsets, never its content. */
function logFile(r, batch) {
  audit.add('file', () => ({
    requirements_seq: batch.seq,
    name: r.file,
    sha256: r.sha256,
    size: r.size,
    status: r.candidate.status,
    verdicts: r.candidate.verdicts,
    warnings: r.candidate.warnings,
  }));
}

/** A problem the user must know about, shown where the work is. */
function failed(message) {
  $('progress-box').hidden = true;
  const p = el('p', { class: 'warnings', role: 'alert', text: message });
  $('files-section').append(p);
}

function finish() {
  $('progress-box').hidden = true;
  $('done').hidden = false;
  events.dispatchEvent(new CustomEvent('done'));
  $('progress-text').textContent = '';
  renderResults();
  const all = candidatesInOrder();
  const pass = all.filter((r) => review.statusOf(r.sha256, r.candidate) === 'pass').length;
  announce(`${t('results.done')} ${t('results.summary', { pass, flagged: all.length - pass })}.`);
}

/** Say `message` to screen readers (the page's polite live region, which
 * is never hidden). */
function announce(message) {
  const region = $('announcer');
  region.textContent = '';
  // a new text node in a later task, so that the same message twice is said twice
  setTimeout(() => (region.textContent = message), 50);
}

function rescreen() {
  state.results = [];
  rowCache.clear();
  state.queue = state.files.map((f) => f.order);
  run();
}

function showProgress(done, total) {
  $('progress-box').hidden = false;
  $('progress').max = Math.max(total, 1);
  $('progress').value = done;
  $('progress-text').textContent = t('files.progress', { done, total });
  events.dispatchEvent(new CustomEvent('progress', { detail: { done, total } }));
}

/** Run `fn` at most every 200 ms, on an animation frame: progress stays
 * live without redrawing the table for every file. */
function rafThrottle(fn) {
  let queued = false;
  let last = 0;
  return () => {
    if (queued) return;
    queued = true;
    const wait = Math.max(0, 200 - (performance.now() - last));
    setTimeout(() => requestAnimationFrame(() => {
      queued = false;
      last = performance.now();
      fn();
    }), wait);
  };
}

$('cancel').addEventListener('click', async () => {
  pool.cancel();
  state.running = false;
  const unscreened = state.files.map((f) => f.order).filter((i) => !state.results[i]).concat(state.queue.splice(0));
  for (const i of [...new Set(unscreened)]) await storeFailure(i, new CancelledError('cancelled'));
  finish();
});

// --------------------------------------------------------------- results

function candidatesInOrder() {
  return state.results.filter((r) => r && r.candidate);
}

function renderResults() {
  renderSummary();
  renderImpact();
  renderTable();
  renderStale();
}

/** How many candidates each requirement alone flags; a requirement that
 * flags most candidates may be too strict. */
function renderImpact() {
  const all = candidatesInOrder();
  const reqs = interpretedForBatch();
  const { alone, any } = impact(review, all, reqs.length);
  $('impact').replaceChildren(
    ...reqs.map((r, i) =>
      el('li', {}, t('impact.line', { n: i + 1, requirement: r.text, alone: alone[i], any: any[i], total: all.length }),
        ...(all.length >= 4 && any[i] * 2 > all.length ? [' ', el('strong', { class: 'strict', text: t('impact.strict') })] : []))),
  );
}

function renderSummary() {
  const all = candidatesInOrder();
  const pass = all.filter((r) => review.statusOf(r.sha256, r.candidate) === 'pass').length;
  const flagged = all.length - pass;
  const reqs = interpretedForBatch();
  const by = reqs
    .map((r) => ({ r, n: all.filter((c) => flaggedFor(c, r.index)).length }))
    .filter((x) => x.n > 0)
    .map((x) => t('results.summaryBy', { count: x.n, requirement: x.r.text }));
  $('summary').textContent = all.length
    ? `${t('results.summary', { pass, flagged })}${by.length ? ': ' + by.join(', ') : ''}.`
    : '';
}

function flaggedFor(r, index) {
  if (!r.candidate.verdicts[index]) return false;
  const v = review.verdictOf(r.sha256, r.candidate, index);
  return v === 'not_met' || v === 'unclear';
}

/** The requirements as read when the batch started (the list above may
 * already show edits). */
function interpretedForBatch() {
  return state.batchInterpreted;
}

function renderTable() {
  const reqs = interpretedForBatch();
  const head = $('results-head');
  const cols = [el('th', { scope: 'col', text: t('results.candidate') }), el('th', { scope: 'col', text: t('results.status') }), el('th', { scope: 'col', text: t('results.decision') })];
  reqs.forEach((r) => cols.push(el('th', { scope: 'col', class: 'req', title: r.text }, el('abbr', { title: r.text, text: t('req.label', { n: r.index + 1 }) }))));
  // the header and the filter change only with the requirements or the language
  const key = JSON.stringify([document.documentElement.lang, reqs.map((r) => r.text)]);
  if (head.dataset.key !== key) {
    head.dataset.key = key;
    head.replaceChildren(...cols);
    const sel = $('filter-req');
    const keep = sel.value;
    sel.replaceChildren(el('option', { value: '', text: t('results.anyRequirement') }), ...reqs.map((r) => el('option', { value: String(r.index), text: `${t('req.label', { n: r.index + 1 })}: ${r.text}` })));
    sel.value = keep;
  }

  state.view = computeView();
  syncChildren($('results-body'), state.view.map(rowFor));
}

/** Make `parent`'s children exactly `nodes`, moving only those out of place:
 * during a batch each update adds a few rows to a table of up to thousands,
 * and replacing every row each time kept the main thread busy for hundreds
 * of milliseconds per update. */
function syncChildren(parent, nodes) {
  let at = parent.firstChild;
  for (const node of nodes) {
    if (node === at) at = at.nextSibling;
    else parent.insertBefore(node, at);
  }
  while (at) {
    const next = at.nextSibling;
    at.remove();
    at = next;
  }
}

/** Rows are made once per result and reused by every sort and filter, so
 * that a long batch does not rebuild the table on every update. */
const rowCache = new Map();

function rowFor(i) {
  const r = state.results[i];
  const stamp = reviewStamp(r.sha256);
  const cached = rowCache.get(i);
  if (cached && cached.result === r && cached.stamp === stamp && cached.blind === state.blind) return cached.row;
  const c = shownCandidate(i);
  const reqs = interpretedForBatch();
  const status = review.statusOf(r.sha256, r.candidate);
  const row = el('tr', { class: 'candidate', tabindex: 0, 'data-testid': 'candidate', 'data-file': displayName(i), 'data-status': status });
  const decision = review.decisions.get(r.sha256);
  row.append(
    el('td', { text: displayName(i) }),
    el('td', { class: `status-${status}`, text: t(`status.${status}`) }),
    el('td', { class: 'decision', text: decision ? t(`decision.${decision.decision}`) : t('decision.none') }),
  );
  c.verdicts.forEach((v, k) => {
    const req = reqs[v.requirement];
    const shown = review.verdictOf(r.sha256, r.candidate, k);
    const overridden = review.overrideOf(r.sha256, k);
    const words = verdictWords(shown) + (overridden ? ` (${t('review.overridden')})` : '');
    row.append(el('td', { class: `mark v-${shown}${overridden ? ' overridden' : ''}`, title: `${words}: ${v.explanation}` },
      el('span', { 'aria-hidden': 'true', text: MARKS[shown] + (overridden ? '*' : '') }),
      el('span', { class: 'visually-hidden', text: t('verdict.cell', { n: v.requirement + 1, requirement: req ? req.text : '', verdict: words }) })));
  });
  row.addEventListener('click', () => openDetail(state.view.indexOf(i)));
  row.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter' || ev.key === ' ') {
      ev.preventDefault();
      openDetail(state.view.indexOf(i));
    } else if (ev.key === 'ArrowDown') {
      row.nextElementSibling?.focus();
      ev.preventDefault();
    } else if (ev.key === 'ArrowUp') {
      row.previousElementSibling?.focus();
      ev.preventDefault();
    }
  });
  rowCache.set(i, { result: r, row, stamp, blind: state.blind });
  return row;
}

/** What changes a row: the decision and the overrides of its candidate. */
function reviewStamp(sha) {
  return JSON.stringify([review.decisions.get(sha), [...(review.overrides.get(sha) || [])]]);
}

/** A candidate's name in lists: the file name, or a stable pseudonym in
 * blind review ("Candidate 007", by the order the file was added). */
function displayName(i) {
  return state.blind ? t('blind.pseudonym', { n: String(i + 1).padStart(3, '0') }) : state.results[i].file;
}

function computeView() {
  const status = $('filter-status').value;
  const req = $('filter-req').value;
  const sort = $('sort').value;
  let idx = state.results.map((r, i) => (r && r.candidate ? i : -1)).filter((i) => i >= 0);
  if (status !== 'all') idx = idx.filter((i) => review.statusOf(state.results[i].sha256, state.results[i].candidate) === status);
  if (req !== '') idx = idx.filter((i) => flaggedFor(state.results[i], Number(req)));
  if (sort === 'file' && !state.blind) idx.sort((a, b) => state.results[a].file.localeCompare(state.results[b].file));
  const st = (i) => review.statusOf(state.results[i].sha256, state.results[i].candidate);
  if (sort === 'status') idx.sort((a, b) => (st(a) === st(b) ? a - b : st(a) === 'review' ? -1 : 1));
  return idx;
}

for (const id of ['filter-status', 'filter-req', 'sort']) $(id).addEventListener('change', renderTable);

// ---------------------------------------------------------------- detail

function openDetail(pos) {
  if (pos < 0 || pos >= state.view.length) return;
  state.selected = pos;
  const index = state.view[pos];
  const r = state.results[index];
  const c = shownCandidate(index);
  const reqs = interpretedForBatch();
  const status = review.statusOf(r.sha256, r.candidate);
  $('detail-h').textContent = displayName(index);
  $('detail-status').replaceChildren(
    el('strong', { class: `status-${status}`, text: t(status === 'pass' ? 'status.passLong' : 'status.reviewLong') }),
    ` — ${t('detail.position', { n: pos + 1, total: state.view.length })}`,
  );
  $('detail-warnings').replaceChildren(...c.warnings.map((w) => el('li', { text: w })));
  $('detail-verdicts').replaceChildren(...c.verdicts.map((v, k) => verdictItem(r, v, k, reqs[v.requirement])));
  $('detail-text').dataset.blind = String(state.blind);
  $('detail-decision').replaceChildren(decisionForm(r));
  $('explain-text').value = explanation(index);
  renderCvText($('detail-text'), r);
  $('detail').hidden = false;
  $('detail').focus();
}

/** One verdict in the candidate view: the reason first, then the evidence,
 * the arithmetic, what was searched for an unclear one, and the override. */
function verdictItem(r, v, k, req) {
  const shown = review.verdictOf(r.sha256, r.candidate, k);
  const o = review.overrideOf(r.sha256, k);
  const li = el('li', { class: `v-${shown}` },
    el('strong', { text: `${MARKS[shown]} ${verdictWords(shown)}` }), ' — ',
    el('q', { text: req ? req.text : t('req.label', { n: v.requirement + 1 }) }),
    el('span', { class: 'why', text: v.explanation }));
  if (v.evidence.length) {
    li.append(el('span', { class: 'why' }, t('detail.evidence'), ' ', ...v.evidence.flatMap((e, n) => [n ? ' · ' : '', el('q', { text: e.text })])));
  }
  if (v.arithmetic) li.append(arithmetic(v.arithmetic));
  if (v.verdict === 'unclear' && req) li.append(el('span', { class: 'why searched', text: t('review.searched', { interpretation: req.interpretation }) }));
  if (o) li.append(el('span', { class: 'why overridden-note', text: t('review.overrideShown', { from: verdictWords(o.from), to: verdictWords(o.to), reason: o.reason, reviewer: o.reviewer || '—' }) }));
  if (v.verdict !== 'manual') li.append(overrideForm(r, v, k));
  return li;
}

function overrideForm(r, v, k) {
  const id = `ov-${k}`;
  const select = el('select', { id: `${id}-to` }, ...['met', 'not_met', 'unclear'].map((x) => el('option', { value: x, text: verdictWords(x) })));
  select.value = review.verdictOf(r.sha256, r.candidate, k);
  const reason = el('input', { id: `${id}-reason`, type: 'text', required: true });
  const form = el('form', { class: 'override' },
    el('label', { for: `${id}-to`, text: t('review.overrideTo') }), ' ', select, ' ',
    el('label', { for: `${id}-reason`, text: t('review.reason') }), ' ', reason, ' ',
    el('button', { type: 'submit', text: t('review.overrideSave') }));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    if (!reason.value.trim()) {
      reason.setCustomValidity(t('review.reasonRequired'));
      reason.reportValidity();
      reason.setCustomValidity('');
      return;
    }
    const who = reviewer();
    if (!who) return;
    const from = review.verdictOf(r.sha256, r.candidate, k);
    review.override(r.sha256, k, from, select.value, reason.value, who, state.batchInterpreted[k]?.text);
    refreshAfterReview(`#detail-verdicts > li:nth-child(${k + 1}) .override-box summary`);
    announce(t('review.overrideSaved', { n: v.requirement + 1, to: verdictWords(select.value) }));
  });
  return el('details', { class: 'override-box' }, el('summary', { text: t('review.override') }), form);
}

/** The decision: after every reason, never before. */
function decisionForm(r) {
  const current = review.decisions.get(r.sha256);
  const box = el('fieldset', { class: 'decision-box' }, el('legend', { text: t('review.decisionHeading') }));
  if (current) box.append(el('p', { class: 'current-decision', text: t('review.decided', { decision: t(`decision.${current.decision}`), reason: current.reason || '—', reviewer: current.reviewer || '—' }) }));
  const adv = el('input', { type: 'radio', name: 'decision', id: 'dec-advance', value: 'advance', checked: current?.decision === 'advance' });
  const not = el('input', { type: 'radio', name: 'decision', id: 'dec-not', value: 'do_not_advance', checked: current?.decision === 'do_not_advance' });
  const reason = el('textarea', { id: 'dec-reason', rows: 2, value: current?.reason || '' });
  const note = el('input', { id: 'dec-note', type: 'text', value: current?.note || '' });
  const save = el('button', { type: 'button', id: 'dec-save', text: t('review.saveDecision') });
  box.append(
    el('p', {}, adv, ' ', el('label', { for: 'dec-advance', text: t('decision.advance') }), ' ', not, ' ', el('label', { for: 'dec-not', text: t('decision.do_not_advance') })),
    el('p', {}, el('label', { for: 'dec-reason', text: t('review.decisionReason') }), el('br'), reason),
    el('p', {}, el('label', { for: 'dec-note', text: t('review.note') }), ' ', note),
    save,
  );
  save.addEventListener('click', () => {
    const choice = adv.checked ? 'advance' : not.checked ? 'do_not_advance' : '';
    if (!choice) {
      adv.setCustomValidity(t('review.chooseDecision'));
      adv.reportValidity();
      adv.setCustomValidity('');
      return;
    }
    if (choice === 'do_not_advance' && !reason.value.trim()) {
      reason.setCustomValidity(t('review.reasonRequired'));
      reason.reportValidity();
      reason.setCustomValidity('');
      return;
    }
    const who = reviewer();
    if (!who) return;
    review.decide(r.sha256, choice, reason.value, note.value, who);
    refreshAfterReview('#dec-save');
    announce(t('review.decisionSaved', { name: $('detail-h').textContent, decision: t(`decision.${choice}`) }));
  });
  return box;
}

/** The reviewer's label (name or initials) for the audit log; when it is
 * empty, the field says so and gets the focus, and null is returned. */
function reviewer() {
  const input = $('reviewer');
  const who = input.value.trim();
  if (who) return who;
  input.setCustomValidity(t('review.reviewerRequired'));
  input.reportValidity();
  input.focus();
  input.setCustomValidity('');
  return null;
}

/** The candidate explanation (GDPR Art. 15, AI Act Art. 86): each
 * requirement, what was found, and the person's decision, in plain words. */
function explanation(index) {
  const r = state.results[index];
  const c = shownCandidate(index);
  const reqs = interpretedForBatch();
  const lines = [t('explain.intro', { file: c.file }), ''];
  c.verdicts.forEach((v, k) => {
    const shown = review.verdictOf(r.sha256, r.candidate, k);
    lines.push(t('explain.requirement', { n: k + 1, requirement: reqs[k]?.text ?? '', verdict: verdictWords(shown), explanation: v.explanation }));
    if (v.evidence.length) lines.push('   ' + t('explain.found', { evidence: v.evidence.map((e) => t('quote', { text: e.text })).join(' · ') }));
    const o = review.overrideOf(r.sha256, k);
    if (o) lines.push('   ' + t('explain.overridden', { to: verdictWords(o.to), reason: o.reason }));
  });
  lines.push('');
  const d = review.decisions.get(r.sha256);
  lines.push(d ? t('explain.decision', { decision: t(`decision.${d.decision}`), reason: d.reason }) : t('explain.noDecision'));
  lines.push(t('explain.contact'));
  return lines.join('\n');
}

/** Show a decision or change everywhere; `focus` (a selector in the
 * candidate view) gets the focus back after the view is rebuilt, so that
 * a keyboard user stays where they were. */
function refreshAfterReview(focus = '') {
  renderResults();
  const pos = state.selected;
  if (!$('detail').hidden) {
    openDetail(pos);
    if (focus) document.querySelector(focus)?.focus();
  }
}

function arithmetic(a) {
  const ul = el('ul', { class: 'arith' });
  for (const p of a.periods) {
    const until = p.open ? t('detail.periodToday', { today: a.today }) : p.until;
    const line = t('detail.period', { text: p.evidence.text, from: p.from, until, length: t(p.months === 1 ? 'detail.month' : 'detail.months', { n: p.months }) });
    const note = p.note ? ` (${p.note})` : '';
    const counted = p.counted ? '' : ` — ${t('detail.notCounted')}`;
    ul.append(el('li', { text: line + note + counted }));
  }
  const spans = a.merged.map((s) => `${s.from}–${s.until} (${s.months})`).join(', ') || t('detail.none');
  const merged = a.required_seasons == null
    ? t('detail.merged', { spans, total: a.total_months, required: a.required_months })
    : t('detail.mergedSeasons', { spans, total: a.total_seasons, required: a.required_seasons });
  ul.append(el('li', { text: merged }));
  return ul;
}

/** The CV text with evidence highlighted, built from text nodes. */
function renderCvText(pre, r) {
  const marks = [];
  r.candidate.verdicts.forEach((v, vi) => {
    (r.evidence_utf16[vi] || []).forEach(([s, e]) => marks.push({ s, e, req: v.requirement + 1 }));
  });
  marks.sort((a, b) => a.s - b.s || b.e - a.e);
  const parts = [];
  let at = 0;
  for (let k = 0; k < marks.length; k++) {
    const m = marks[k];
    if (m.e <= at) continue;
    const s = Math.max(m.s, at);
    let e = m.e;
    const reqs = new Set([m.req]);
    while (k + 1 < marks.length && marks[k + 1].s < e) {
      e = Math.max(e, marks[k + 1].e);
      reqs.add(marks[k + 1].req);
      k++;
    }
    if (s > at) parts.push(...cvPieces(r, at, s));
    const label = [...reqs].map((n) => t('req.label', { n })).join(' ');
    parts.push(el('mark', { title: t('detail.evidenceFor', { label }) }, ...cvPieces(r, s, e), el('sup', { text: label })));
    at = e;
  }
  parts.push(...cvPieces(r, at, r.text.length));
  pre.replaceChildren(...parts);
}

/** `r.text[from, to)` as nodes, text a reader of the file cannot see
 * (hidden, white, tiny or off-page) marked as such. */
function cvPieces(r, from, to) {
  const out = [];
  let at = from;
  for (const [s, e] of r.hidden_utf16 || []) {
    if (e <= at || s >= to) continue;
    if (s > at) out.push(...shownPieces(r, at, s));
    const end = Math.min(e, to);
    out.push(el('span', { class: 'hidden-text', title: t('detail.hiddenText') },
      el('span', { class: 'visually-hidden', text: `${t('detail.hiddenText')}: ` }), ...shownPieces(r, Math.max(s, at), end)));
    at = end;
  }
  if (at < to) out.push(...shownPieces(r, at, to));
  return out;
}

/** `r.text[from, to)` as nodes: in blind review each redacted span is a
 * visible marker, never the text and never nothing. */
function shownPieces(r, from, to) {
  if (!state.blind) return [document.createTextNode(r.text.slice(from, to))];
  return pieces(r.text, from, to, r.redactions || []).map((p) =>
    typeof p === 'string' ? document.createTextNode(p) : el('span', { class: 'redacted', text: marker(p.kind) }));
}

/** The marker shown for a redacted span: "[redacted: name]". */
function marker(kind) {
  let what = kind;
  try {
    what = t(`redact.${kind}`);
  } catch {
    // a kind the catalogues do not know yet: shown as the core names it
  }
  return t('blind.redacted', { kind: what });
}

/** A candidate as the reviewer sees it: in blind review under a pseudonym,
 * with every redacted span in quotes and explanations replaced by its
 * marker (see blind.js). */
function shownCandidate(i) {
  const r = state.results[i];
  return state.blind ? blindCandidate(r, displayName(i), marker) : r.candidate;
}

function closeDetail() {
  $('detail').hidden = true;
  const rows = $('results-body').children;
  rows[state.selected]?.focus();
}

$('prev').addEventListener('click', () => openDetail(state.selected - 1));
$('next').addEventListener('click', () => openDetail(state.selected + 1));
$('close-detail').addEventListener('click', closeDetail);
document.addEventListener('keydown', (ev) => {
  if ($('detail').hidden || ev.target.closest?.('dialog')) return;
  // Escape also leaves from a field of the candidate view (its decision and
  // changes), so that the keyboard never gets stuck there
  if (ev.key === 'Escape' && ev.target.closest?.('#detail')) {
    ev.preventDefault();
    closeDetail();
    return;
  }
  if (ev.target.closest?.('input, textarea, select')) return;
  if (ev.key === 'n' || ev.key === 'j') openDetail(state.selected + 1);
  else if (ev.key === 'p' || ev.key === 'k') openDetail(state.selected - 1);
  else if (ev.key === 'Escape') closeDetail();
});

// --------------------------------------------------------------- exports

/** The report as the core renders it (the CLI's JSON or CSV); in blind
 * review with pseudonyms and redacted quotes. */
async function render(format, blind = state.blind) {
  const candidates = state.results.map((r, i) => (r && r.candidate ? (blind ? shownCandidate(i) : r.candidate) : null)).filter(Boolean);
  return pool.ask({ type: 'render', requirements: state.batchRequirements, candidates, format, lang: state.batchLang });
}

$('explain-copy').addEventListener('click', () => {
  $('explain-text').select();
  navigator.clipboard?.writeText($('explain-text').value).catch(() => document.execCommand?.('copy'));
  logExport('explanation', $('explain-text').value);
});

$('explain-print').addEventListener('click', () => {
  $('print-area').replaceChildren(el('article', { class: 'print-page' }, el('pre', { class: 'explain-print', text: $('explain-text').value })));
  logExport('explanation', $('explain-text').value);
  window.print();
});

// Outcome audit: group counts typed in by hand, never inferred, never logged.

function addOutcomeRow() {
  const n = $('outcome-rows').children.length + 1;
  const input = (key, type) => el('input', { type, min: type === 'number' ? 0 : undefined, 'aria-label': t(key, { n }), class: 'outcome-input' });
  const row = el('tr', {},
    el('td', {}, input('outcome.groupLabel', 'text')),
    el('td', {}, input('outcome.appliedLabel', 'number')),
    el('td', {}, input('outcome.metLabel', 'number')),
    el('td', { class: 'share' }), el('td', { class: 'ratio' }));
  row.addEventListener('input', renderOutcome);
  $('outcome-rows').append(row);
}

function renderOutcome() {
  const rows = [...$('outcome-rows').children];
  const counts = rows.map((row) => {
    const [, applied, met] = [...row.querySelectorAll('input')].map((i) => i.value);
    return { applied: applied === '' ? NaN : Number(applied), met: met === '' ? NaN : Number(met) };
  });
  outcomeRatios(counts).forEach((x, k) => {
    const share = rows[k].querySelector('.share');
    const ratio = rows[k].querySelector('.ratio');
    share.textContent = x.small ? t('outcome.small', { min: SMALL_GROUP }) : x.share === null ? '' : `${Math.round(x.share * 100)} %`;
    ratio.textContent = x.ratio === null ? '' : x.ratio.toFixed(2);
  });
}

$('outcome-add').addEventListener('click', addOutcomeRow);

$('bulk-confirm').addEventListener('click', () => {
  const who = reviewer();
  if (!who) return;
  // only candidates who meet all requirements; there is no bulk "do not advance"
  for (const r of candidatesInOrder()) {
    if (review.statusOf(r.sha256, r.candidate) === 'pass' && !review.decisions.has(r.sha256)) review.decide(r.sha256, 'advance', t('review.bulkReason'), '', who);
  }
  refreshAfterReview();
});

$('review-complete').addEventListener('click', () => {
  // for the embedding host: each decision and change also names its file,
  // as the report does (the SHA-256 is of the file's bytes)
  const names = new Map(candidatesInOrder().map((r) => [r.sha256, r.file]));
  const named = (x) => ({ ...x, file: names.get(x.sha256) ?? '' });
  const { decisions, overrides } = review.toJSON();
  events.dispatchEvent(new CustomEvent('decisions', { detail: { decisions: decisions.map(named), overrides: overrides.map(named) } }));
  $('review-status').textContent = t('review.completed', { n: review.decisions.size, total: candidatesInOrder().length });
});

$('blind').addEventListener('change', () => {
  state.blind = $('blind').checked;
  document.documentElement.dataset.blind = String(state.blind);
  renderResults();
  if (!$('detail').hidden) openDetail(state.selected);
});

/** Ask for a passphrase (twice when saving); resolves to it, or null. */
function askPassphrase(saving) {
  const dialog = $('session-dialog');
  $('session-hint').textContent = t(saving ? 'session.saveHint' : 'session.loadHint');
  $('pass2-row').hidden = !saving;
  $('pass1').value = '';
  $('pass2').value = '';
  $('session-error').textContent = '';
  dialog.showModal();
  return new Promise((resolve) => {
    const onClose = () => {
      dialog.removeEventListener('close', onClose);
      if (dialog.returnValue !== 'ok') return resolve(null);
      resolve($('pass1').value);
    };
    dialog.addEventListener('close', onClose);
  });
}

$('session-form').addEventListener('submit', (ev) => {
  if (ev.submitter?.value !== 'ok') return;
  if (!$('pass2-row').hidden && $('pass1').value !== $('pass2').value) {
    ev.preventDefault();
    $('session-error').textContent = t('session.mismatch');
  }
});

$('save-session').addEventListener('click', async () => {
  const pass = await askPassphrase(true);
  if (!pass) return;
  const files = [];
  for (const f of state.files) files.push({ name: f.name, data: toBase64(f.bytes ?? (await f.file.arrayBuffer())) });
  const session = {
    schema: 'sikte.session/1',
    requirements: state.batchRequirements,
    today: state.today,
    lang: state.batchLang,
    files,
    review: review.toJSON(),
    audit: auditEntries(),
  };
  download('sikte-session.sikte', await encrypt(session, pass), 'application/octet-stream');
  $('review-status').textContent = t('session.saved');
});

$('load-session').addEventListener('change', async (ev) => {
  const file = ev.target.files[0];
  ev.target.value = '';
  if (!file) return;
  const pass = await askPassphrase(false);
  if (!pass) return;
  try {
    const session = await decrypt(await file.arrayBuffer(), pass);
    if (session.schema !== 'sikte.session/1') throw failure('session.notSessionFile', 'not a Sikte session');
    $('clear').click();
    review.load(session.review || {});
    restoreAudit(session.audit || []);
    restoreJustifications(session.requirements, audit.last('requirements')?.justifications);
    if (session.lang) {
      $('lang').value = session.lang;
      setLanguage(session.lang);
    }
    $('today').value = session.today;
    $('requirements').value = session.requirements;
    interpret();
    addLoaded(session.files.map((f) => ({ name: f.name, bytes: fromBase64(f.data) })));
  } catch (e) {
    failed(t('session.failed', { error: e.key ? t(e.key) : e.message }));
  }
});

/** Log that something left the page: what, whether blind review was on,
 * and the SHA-256 of the exported text ("" for print and the log itself). */
async function logExport(what, text = null) {
  const sha256 = text === null ? '' : await sha256Hex(text);
  return audit.add('export', { what, blind: state.blind, sha256 });
}

$('export-csv').addEventListener('click', async () => {
  const csv = await render('csv');
  offer('sikte-report.csv', csv, 'text/csv');
  logExport('report_csv', csv);
});
$('export-json').addEventListener('click', async () => {
  const json = await render('json');
  offer('sikte-report.json', json, 'application/json');
  logExport('report_json', json);
});

$('export-audit').addEventListener('click', async () => {
  await logExport('audit_log');
  offer(`sikte-audit-${todayIso()}.jsonl`, await audit.text(), 'application/x-ndjson');
});

/** An export offered as a download, and said to screen readers. */
function offer(name, data, type) {
  download(name, data, type);
  announce(t('results.exported', { file: name }));
}

$('print').addEventListener('click', () => {
  const area = $('print-area');
  const reqs = interpretedForBatch();
  area.replaceChildren(
    ...state.results.map((r, i) => (r && r.candidate ? i : -1)).filter((i) => i >= 0).map((i) => {
      const r = state.results[i];
      const c = shownCandidate(i);
      const status = review.statusOf(r.sha256, r.candidate);
      return el('article', { class: 'print-page' },
        el('h2', { text: c.file }),
        el('p', { text: t(status === 'pass' ? 'status.passLong' : 'status.reviewLong') }),
        el('ol', {}, ...c.verdicts.map((v, k) => {
          const verdict = review.verdictOf(r.sha256, r.candidate, k);
          const o = review.overrideOf(r.sha256, k);
          return el('li', {}, el('strong', { text: `${MARKS[verdict]} ${verdictWords(verdict)}: ` }),
            reqs[v.requirement]?.text || '', el('br'), v.explanation,
            ...(o ? [el('br'), t('review.overrideShown', { from: verdictWords(o.from), to: verdictWords(o.to), reason: o.reason, reviewer: o.reviewer || '—' })] : []),
            ...(v.evidence.length ? [el('br'), t('detail.evidence'), ' ', v.evidence.map((e) => t('quote', { text: e.text })).join(' · ')] : []));
        })),
        el('p', { class: 'hint', text: t('print.footer', { today: state.today }) }));
    }),
  );
  logExport('print');
  window.print();
});

// ------------------------------------------------------------ clear, demo

$('clear').addEventListener('click', () => {
  pool.destroy();
  rowCache.clear();
  review.clear();
  audit.clear();
  clearLint();
  Object.assign(state, { interpreted: [], batchRequirements: '', batchInterpreted: [], batchWarnings: [], batchStarted: false, auditBatch: { seq: 0 }, files: [], results: [], queue: [], running: false, skipped: [], view: [], selected: -1 });
  $('requirements').value = '';
  $('interpretations').replaceChildren();
  $('results-body').replaceChildren();
  $('results-head').replaceChildren();
  $('summary').textContent = '';
  $('detail').hidden = true;
  $('detail-text').replaceChildren();
  $('print-area').replaceChildren();
  $('results-section').hidden = true;
  $('progress-box').hidden = true;
  $('done').hidden = true;
  renderSkipped();
  $('stale')?.remove();
  $('outcome-rows').replaceChildren();
});

$('demo').addEventListener('click', async () => {
  const demo = config.demo || (await (await fetch(new URL('../demo/manifest.json', import.meta.url))).json());
  const job = demo.jobs[0];
  $('requirements').value = job.requirements;
  await new Promise((res) => {
    state.interpreted = [];
    interpret();
    setTimeout(res, 200);
  });
  const files = [];
  for (const f of job.files) {
    const bytes = f.base64 ? Uint8Array.from(atob(f.base64), (ch) => ch.charCodeAt(0)).buffer
      : await (await fetch(new URL(`../demo/${job.dir}/cvs/${f.name}`, import.meta.url))).arrayBuffer();
    files.push({ name: f.name, bytes });
  }
  addLoaded(files);
});

/** The audit log so far (see audit.js). */
function auditEntries() {
  return audit.entries;
}

function restoreAudit(entries) {
  audit.restore(entries);
}

/** Files already in memory (demo, embedding host): added and screened. */
function addLoaded(files) {
  for (const f of files) {
    const order = state.files.length;
    state.files.push({ name: f.name, bytes: f.bytes, order });
    state.queue.push(order);
  }
  run();
}

// ------------------------------------------------------------- embedding

/** Progress and completion, for the embedding host (embed.js). */
const events = new EventTarget();

startEmbedding({
  events,
  config,
  /** Replace everything with a host's batch and screen it. */
  async screen({ requirements, files, today, lang, blind }) {
    $('clear').click();
    if (lang) {
      $('lang').value = lang;
      $('lang').dispatchEvent(new Event('change'));
    }
    if (blind !== undefined && blind !== $('blind').checked) {
      $('blind').checked = blind;
      $('blind').dispatchEvent(new Event('change'));
    }
    if (today) $('today').value = today;
    $('requirements').value = requirements;
    interpret();
    addLoaded(files);
  },
  cancel: () => $('cancel').click(),
  report: async () => JSON.parse(await render('json', false)),
});

$('today').value = new URLSearchParams(location.search).get('today') || state.today;
setLanguage(initialLanguage());
$('lang').value = language();
$('lang').addEventListener('change', () => {
  setLanguage($('lang').value);
  rowCache.clear();
  interpret();
  renderResults();
  // explanations come from the core in the batch's language: screen again
  if (state.results.some(Boolean) && !state.running) rescreen();
});
interpret();
pool.ready().then(
  () => {
    document.documentElement.dataset.ready = 'true';
    $('loading').hidden = true;
  },
  (e) => failed(t('page.loadFailed', { error: e.message })),
);
