// Embedding in an applicant tracking system: the `sikte.embed/1` protocol
// (docs/embedding.md). The host page puts Sikte in an iframe and talks to it
// with postMessage; files travel as transferable ArrayBuffers, never in
// URLs, and nothing leaves the recruiter's browser.
//
// Security: a message is accepted only from the parent window, from an
// origin on the allowlist in `sikte.config.json` (set at deploy time), in
// the documented shape and within the size limits. Everything else is
// ignored and counted in the diagnostics panel. Replies go to the exact
// origin of the host, never "*".

import { t } from './i18n.js';

export const PROTOCOL = 'sikte.embed/1';
export const LIMITS = { files: 2000, bytes: 500 * 1024 * 1024, requirementsChars: 20000, nameChars: 255 };

const counts = { accepted: 0, wrongOrigin: 0, wrongWindow: 0, malformed: 0, oversized: 0 };

async function allowlist(config) {
  if (config.embed) return config.embed.allowedOrigins || [];
  try {
    const res = await fetch(new URL('../sikte.config.json', import.meta.url), { cache: 'no-store' });
    if (!res.ok) return [];
    const data = await res.json();
    return Array.isArray(data.allowedOrigins) ? data.allowedOrigins.filter((o) => typeof o === 'string') : [];
  } catch {
    return [];
  }
}

function renderDiagnostics(origins) {
  let box = document.getElementById('embed-diagnostics');
  if (!box) {
    box = document.createElement('details');
    box.id = 'embed-diagnostics';
    box.className = 'diagnostics';
    document.querySelector('main').append(box);
  }
  const summary = document.createElement('summary');
  summary.textContent = t('embed.diagnostics');
  const list = document.createElement('ul');
  const items = [
    t('embed.allowed', { origins: origins.join(', ') || '—' }),
    t('embed.accepted', { n: counts.accepted }),
    t('embed.ignoredOrigin', { n: counts.wrongOrigin }),
    t('embed.ignoredWindow', { n: counts.wrongWindow }),
    t('embed.ignoredMalformed', { n: counts.malformed }),
    t('embed.ignoredOversized', { n: counts.oversized }),
  ];
  for (const text of items) {
    const li = document.createElement('li');
    li.textContent = text;
    list.append(li);
  }
  box.replaceChildren(summary, list);
  box.dataset.ignored = String(counts.wrongOrigin + counts.wrongWindow + counts.malformed + counts.oversized);
}

const isBinary = (d) => d instanceof ArrayBuffer || d instanceof Blob || ArrayBuffer.isView(d);

/** The reason a message is refused, or '' when it is well formed. */
function check(msg) {
  if (!msg || typeof msg !== 'object' || msg.protocol !== PROTOCOL || typeof msg.type !== 'string') return 'malformed';
  if (msg.type === 'hello' || msg.type === 'cancel') return '';
  if (msg.type !== 'screen') return 'malformed';
  const reqs = Array.isArray(msg.requirements) ? msg.requirements : [msg.requirements];
  if (!reqs.every((r) => typeof r === 'string')) return 'malformed';
  if (reqs.join('\n').length > LIMITS.requirementsChars) return 'oversized';
  if (!Array.isArray(msg.applications)) return 'malformed';
  if (msg.applications.length > LIMITS.files) return 'oversized';
  let bytes = 0;
  for (const a of msg.applications) {
    if (!a || typeof a.name !== 'string' || !a.name || a.name.length > LIMITS.nameChars) return 'malformed';
    if (typeof a.text === 'string') bytes += a.text.length * 3;
    else if (isBinary(a.data)) bytes += a.data.byteLength ?? a.data.size;
    else return 'malformed';
  }
  if (bytes > LIMITS.bytes) return 'oversized';
  const s = msg.settings || {};
  if (typeof s !== 'object' || s === null) return 'malformed';
  if (s.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(s.today)) return 'malformed';
  if (s.lang !== undefined && !['nb', 'nn', 'sv', 'da', 'en'].includes(s.lang)) return 'malformed';
  if (s.blind !== undefined && typeof s.blind !== 'boolean') return 'malformed';
  return '';
}

async function toBytes(a) {
  if (typeof a.text === 'string') return new TextEncoder().encode(a.text).buffer;
  if (a.data instanceof Blob) return a.data.arrayBuffer();
  if (ArrayBuffer.isView(a.data)) return a.data.buffer.slice(a.data.byteOffset, a.data.byteOffset + a.data.byteLength);
  return a.data;
}

/**
 * Listen for a host when Sikte runs in an iframe.
 * @param {{events: EventTarget, config: object, screen: Function, cancel: Function, report: Function}} api
 */
export async function startEmbedding(api) {
  if (window.parent === window) return;
  const origins = await allowlist(api.config);
  let host = null; // the origin of the host that sent the current batch
  const reply = (msg) => host && window.parent.postMessage({ protocol: PROTOCOL, ...msg }, host);
  api.events.addEventListener('progress', (e) => reply({ type: 'progress', ...e.detail }));
  api.events.addEventListener('done', async () => reply({ type: 'report', report: await api.report() }));
  api.events.addEventListener('decisions', (e) => reply({ type: 'decisions', decisions: e.detail }));
  window.addEventListener('message', async (event) => {
    if (event.source !== window.parent) counts.wrongWindow++;
    else if (!origins.includes(event.origin)) counts.wrongOrigin++;
    else {
      const why = check(event.data);
      if (why) counts[why]++;
      else {
        counts.accepted++;
        host = event.origin;
        const msg = event.data;
        if (msg.type === 'hello') reply({ type: 'ready', languages: ['nb', 'nn', 'sv', 'da', 'en'] });
        else if (msg.type === 'cancel') api.cancel();
        else {
          const files = [];
          for (const a of msg.applications) files.push({ name: a.name, bytes: await toBytes(a) });
          const requirements = Array.isArray(msg.requirements) ? msg.requirements.join('\n') : msg.requirements;
          const s = msg.settings || {};
          await api.screen({ requirements, files, today: s.today, lang: s.lang, blind: s.blind });
        }
      }
    }
    renderDiagnostics(origins);
  });
  renderDiagnostics(origins);
}
