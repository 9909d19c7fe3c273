// A Sikte worker: owns one WebAssembly instance of the core and reads
// files (pdf.js for PDF, the Rust readers for everything else). The page
// only renders; all parsing and screening happens here.

import init, * as core from '../pkg/sikte_wasm.js';
import { pdfText, loadPdfjs, note } from './pdf-text.js';

let ready = null;
let wasmSha256 = '';
let memory = null; // the core's WebAssembly memory

/** WebAssembly memory never shrinks: a worker whose core grew past this
 * (a huge or hostile file) is replaced by the pool after its answer, so that
 * a batch's memory stays bounded. The hard cap is 512 MiB
 * (scripts/build-wasm.sh). */
const RECYCLE_BYTES = 96 * 1024 * 1024;

/** Load the core (and hash it, for the audit log) and, unless `pdf` is
 * false (the pool's quick worker), pdf.js, once. */
function start(wasm, pdf = true) {
  ready ??= (async () => {
    const bytes = wasm ?? (await (await fetch(new URL('../pkg/sikte_wasm_bg.wasm', import.meta.url))).arrayBuffer());
    wasmSha256 = await sha256(bytes);
    const [exports] = await Promise.all([init({ module_or_path: bytes }), pdf ? loadPdfjs() : null]);
    memory = exports.memory;
  })();
  return ready;
}

function isPdf(name, bytes) {
  const magic = bytes.length >= 5 && String.fromCharCode(...bytes.subarray(0, 5)) === '%PDF-';
  return magic || (/\.pdf$/i.test(name) && !(bytes[0] === 0x50 && bytes[1] === 0x4b));
}

/** SHA-256 of the bytes, hex: how the audit log and decisions name a file
 * without its content. */
async function sha256(bytes) {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

async function screen({ name, bytes, requirements, today, lang }) {
  const data = new Uint8Array(bytes);
  const hash = await sha256(data);
  let extracted;
  if (data.length > core.max_file_bytes()) {
    // over the size limit: not read at all, flagged with the reason
    extracted = { text: '', warnings: [note('warning.file_too_big', { bytes: data.length, limit: core.max_file_bytes() })], readable: false };
  } else if (isPdf(name, data)) {
    extracted = await pdfText(data, core.order_pdf_text);
    if (!/\.pdf$/i.test(name) && extracted.readable) {
      extracted.warnings.unshift(note('warning.pdf_not_named'));
    }
  } else {
    extracted = JSON.parse(core.extract(name, data));
  }
  const out = JSON.parse(
    core.screen_text(
      requirements, name, extracted.text, JSON.stringify(extracted.warnings), extracted.readable,
      JSON.stringify(extracted.hidden ?? []), today, lang,
    ),
  );
  // what blind review hides (names, contact details, birth date, ...), found
  // by the core like evidence; the page shows each span as redacted
  const redactions = JSON.parse(core.redactions(extracted.text));
  return {
    candidate: out.candidate, text: extracted.text, evidence_utf16: out.evidence_utf16,
    hidden_utf16: out.hidden_utf16, redactions, sha256: hash, size: data.length,
  };
}

self.onmessage = async (event) => {
  const msg = event.data;
  try {
    if (msg.type === 'init') {
      await start(msg.wasm, msg.pdf !== false);
      self.postMessage({ id: msg.id, ok: true, result: { version: core.version(), wasm_sha256: wasmSha256 } });
      return;
    }
    await start();
    let result;
    switch (msg.type) {
      case 'interpret':
        result = JSON.parse(core.interpret(msg.requirements, msg.lang));
        break;
      case 'lint':
        result = JSON.parse(core.lint(msg.requirements, msg.lang));
        break;
      case 'pick':
        result = JSON.parse(core.pick_requirements(msg.ad));
        break;
      case 'screen':
        result = await screen(msg);
        break;
      case 'unreadable': {
        // a file that could not be screened still gets its row
        const out = JSON.parse(core.screen_text(msg.requirements, msg.name, '', JSON.stringify([msg.reason]), false, '[]', msg.today, msg.lang));
        result = { candidate: out.candidate, text: '', evidence_utf16: out.evidence_utf16, hidden_utf16: [], redactions: [] };
        break;
      }
      case 'render':
        result = core.render(msg.requirements, JSON.stringify(msg.candidates), msg.format, msg.lang);
        break;
      default:
        throw new Error(`unknown message ${msg.type}`);
    }
    const recycle = Boolean(memory && memory.buffer.byteLength > RECYCLE_BYTES);
    self.postMessage({ id: msg.id, ok: true, result, recycle });
  } catch (e) {
    // a trap in the WebAssembly core (out of its memory cap, a bug): this
    // instance may be broken, so the pool replaces the worker
    const fatal = typeof WebAssembly !== 'undefined' && e instanceof WebAssembly.RuntimeError;
    self.postMessage({ id: msg.id, ok: false, error: String((e && e.message) || e), fatal });
  }
};
