// PDF text for the core: pdf.js reads the text layer (text only: no
// scripting, no XFA, no eval, no fonts, no images); the positioned text
// items go to the core's layout code (`order`, the Rust `layout` module the
// CLI uses too), which rebuilds the reading order, two-column CVs included.

/** Most pages read from one PDF; the rest are left out with a warning. */
export const MAX_PDF_PAGES = 50;

let pdfjs = null;

/** Load pdf.js once, with its worker code run in this thread (we already
 * are in a Web Worker). */
export async function loadPdfjs() {
  if (pdfjs) return pdfjs;
  // pdf.worker.mjs starts itself as a worker when it sees a worker global
  // scope; `window` tells it that it is not one, so that it only registers
  // its handler for pdf.js's in-thread ("fake") worker.
  const hadWindow = 'window' in globalThis;
  if (!hadWindow) globalThis.window = globalThis;
  try {
    await import('./vendor/pdfjs/pdf.worker.min.mjs');
  } finally {
    if (!hadWindow) delete globalThis.window;
  }
  pdfjs = await import('./vendor/pdfjs/pdf.min.mjs');
  return pdfjs;
}

/**
 * Read the text of a PDF: `{ text, warnings, readable }` (warnings as
 * notes, see `note`), never throwing.
 * @param {Uint8Array} bytes
 * @param {(pages: string) => string} order pages JSON → text in reading order
 */
export async function pdfText(bytes, order) {
  let task = null;
  try {
    const lib = await loadPdfjs();
    task = lib.getDocument({
      data: bytes,
      isEvalSupported: false,
      enableXfa: false,
      disableFontFace: true,
      useSystemFonts: false,
      useWorkerFetch: false,
      disableAutoFetch: true,
      disableStream: true,
      isOffscreenCanvasSupported: false,
      isImageDecoderSupported: false,
      stopAtErrors: false,
      verbosity: 0,
    });
    const doc = await task.promise;
    const warnings = [];
    const n = Math.min(doc.numPages, MAX_PDF_PAGES);
    if (doc.numPages > MAX_PDF_PAGES) {
      warnings.push(note('warning.pdf_pages', { total: doc.numPages, read: MAX_PDF_PAGES }));
    }
    const pages = [];
    const empty = [];
    for (let i = 1; i <= n; i++) {
      const page = await doc.getPage(i);
      const view = page.view;
      const content = await page.getTextContent({ disableNormalization: false });
      const items = content.items.filter((it) => it.str).map((it) => item(it, view));
      if (!items.some((it) => it.s.trim())) empty.push(i);
      pages.push({ width: view[2] - view[0], items });
      page.cleanup();
    }
    // hidden: UTF-8 byte ranges of text a reader cannot see (tiny or off
    // the page); the core never lets them meet a requirement by themselves
    const { text, hidden } = JSON.parse(order(JSON.stringify(pages)));
    if (!text.trim()) {
      return { text: '', warnings: [...warnings, note('warning.no_text_layer')], readable: false };
    }
    // a scanned page among text pages: what is printed there was not read
    if (empty.length) warnings.push(note('warning.pages_no_text', { pages: empty.join(', ') }));
    return { text, warnings, readable: true, hidden };
  } catch (e) {
    const name = e && e.name;
    if (name === 'PasswordException') {
      return { text: '', warnings: [note('warning.pdf_encrypted')], readable: false };
    }
    return { text: '', warnings: [note('warning.pdf_unreadable', { why: short(e) })], readable: false };
  } finally {
    if (task) task.destroy().catch(() => {});
  }
}

/** A warning as the core takes it: a message key and its parameters. */
export function note(key, args = {}) {
  return { key, args: Object.entries(args).map(([k, v]) => [k, String(v)]) };
}

/** A pdf.js text item as the layout code takes it; `hidden` when it lies
 * wholly outside the page's visible box `[x0, y0, x1, y1]`. (pdf.js's text
 * content carries no fill colour, so white text is only caught by the CLI's
 * reader; tiny text is marked by the core.) */
function item(it, [x0, y0, x1, y1]) {
  const [a, b, c, d, e, f] = it.transform;
  const w = it.width || 0;
  const h = Math.hypot(c, d) || Math.hypot(a, b) || it.height || 10;
  const hidden = e + w <= x0 || e >= x1 || f + h <= y0 || f >= y1;
  return { s: it.str, x: e, y: f, w, h, hidden };
}

function short(e) {
  const m = (e && e.message) || String(e);
  return m.length > 120 ? m.slice(0, 117) + '…' : m;
}

