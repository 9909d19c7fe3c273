// PDF text for the core: pdf.js reads the text layer (text only: no
// scripting, no XFA, no eval, no fonts, no images), and orderText() rebuilds
// the reading order from the text items' positions, including two-column
// CVs, before the text goes to the core.

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
 * Read the text of a PDF: `{ text, warnings, readable }`, never throwing.
 * @param {Uint8Array} bytes
 */
export async function pdfText(bytes) {
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
      warnings.push(`the PDF has ${doc.numPages} pages; only the first ${MAX_PDF_PAGES} were read`);
    }
    const pages = [];
    for (let i = 1; i <= n; i++) {
      const page = await doc.getPage(i);
      const [x0, y0, x1, y1] = page.view;
      const content = await page.getTextContent({ disableNormalization: false });
      pages.push({ width: x1 - x0, height: y1 - y0, items: content.items.filter((it) => typeof it.str === 'string') });
      page.cleanup();
    }
    const text = orderText(pages);
    if (!text.trim()) {
      return { text: '', warnings: [...warnings, 'no text layer (scanned?): the PDF has no text Sikte can read'], readable: false };
    }
    return { text, warnings, readable: true };
  } catch (e) {
    const name = e && e.name;
    if (name === 'PasswordException') {
      return { text: '', warnings: ['the PDF is encrypted with a password; not read'], readable: false };
    }
    return { text: '', warnings: [`PDF could not be read: ${short(e)}`], readable: false };
  } finally {
    if (task) task.destroy().catch(() => {});
  }
}

function short(e) {
  const m = (e && e.message) || String(e);
  return m.length > 120 ? m.slice(0, 117) + '…' : m;
}

// ---------------------------------------------------------------------------
// Reading order. Pure functions of the items, tested on their own.

/** A year, optionally with months and dashes: a date-only cell. */
const DATE_ONLY = /^[\s\d.\/\-–—()]*(?:\p{L}{1,9}\.?[\s\d.\/\-–—()]*)*\d{4}[\s\d.\/\-–—()\p{L}]*$/u;

/**
 * The text of pages of pdf.js text items, in reading order.
 * @param {{width:number,height:number,items:{str:string,transform:number[],width:number,height:number}[]}[]} pages
 */
export function orderText(pages) {
  return pages.map((p) => pageText(p)).filter((t) => t).join('\n\n');
}

function boxesOf(page) {
  const out = [];
  for (const it of page.items) {
    if (!it.str) continue;
    const [a, b, c, d, e, f] = it.transform;
    const size = Math.hypot(c, d) || Math.hypot(a, b) || it.height || 10;
    out.push({ str: it.str, x0: e, x1: e + (it.width || 0), y: f, h: size });
  }
  return out;
}

function pageText(page) {
  const boxes = boxesOf(page);
  if (!boxes.length) return '';
  return regionText(boxes, page.width, 0).join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

/** Lines of a region: split into columns at a gutter, or read as rows. */
function regionText(boxes, width, depth) {
  const split = depth < 3 ? findGutter(boxes, width) : null;
  if (!split) return lines(boxes);
  const { left, right, spanning } = split;
  // above both columns: higher than the lower of the two column tops
  const top = Math.min(Math.max(...left.map((b) => b.y)), Math.max(...right.map((b) => b.y)));
  // a header above both columns (name, title) is read first, whole
  const above = [...left, ...right, ...spanning].filter((b) => b.y > top);
  const below = spanning.filter((b) => b.y <= top);
  const inColumn = (bs) => bs.filter((b) => b.y <= top);
  return [
    ...lines(above),
    ...(above.length ? [''] : []),
    ...regionText(inColumn(left), width, depth + 1),
    '',
    ...regionText(inColumn(right), width, depth + 1),
    ...(below.length ? ['', ...lines(below)] : []),
  ];
}

/**
 * A vertical gutter that splits the region into columns, if there is one:
 * an x-range, between 15 % and 85 % of the width, that (almost) no box
 * crosses — a name or title line above both columns may — with real text
 * on both sides, where neither side is just a column of dates (dates
 * beside titles are rows, not columns).
 */
function findGutter(boxes, width) {
  const solid = boxes.filter((b) => b.str.trim());
  if (solid.length < 6) return null;
  const minGap = Math.max(8, width * 0.015);
  const allowance = Math.max(1, Math.floor(solid.length * 0.05));
  const crossing = (x) => solid.filter((b) => b.x0 < x && x < b.x1).length;
  let best = null;
  let run = null;
  for (let x = width * 0.15; x <= width * 0.85; x += 2) {
    if (crossing(x) <= allowance) {
      run = run ? { from: run.from, to: x } : { from: x, to: x };
    } else {
      if (run && run.to - run.from >= minGap && (!best || run.to - run.from > best.to - best.from)) best = run;
      run = null;
    }
  }
  if (run && run.to - run.from >= minGap && (!best || run.to - run.from > best.to - best.from)) best = run;
  if (!best) return null;
  const at = (best.from + best.to) / 2;
  const left = [];
  const right = [];
  const spanning = [];
  for (const b of boxes) {
    if (b.x1 <= at) left.push(b);
    else if (b.x0 >= at) right.push(b);
    else if (!b.str.trim()) continue;
    else spanning.push(b);
  }
  const chars = (bs) => bs.reduce((n, b) => n + b.str.trim().length, 0);
  const total = chars(left) + chars(right);
  if (chars(left) < total * 0.08 || chars(right) < total * 0.08) return null;
  if (mostlyDates(left) || mostlyDates(right)) return null;
  return { left, right, spanning };
}

function mostlyDates(boxes) {
  const ls = lines(boxes).filter((l) => l.trim());
  if (!ls.length) return false;
  const dates = ls.filter((l) => l.length <= 40 && DATE_ONLY.test(l.trim())).length;
  return dates / ls.length >= 0.6;
}

/** Boxes grouped into lines by baseline, left to right; a blank line where
 * the vertical gap is large. */
function lines(boxes) {
  if (!boxes.length) return [];
  const sorted = [...boxes].sort((p, q) => q.y - p.y || p.x0 - q.x0);
  const rows = [];
  for (const b of sorted) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row.y - b.y) <= Math.max(2, 0.4 * Math.min(row.h, b.h))) {
      row.items.push(b);
      row.h = Math.max(row.h, b.h);
    } else {
      rows.push({ y: b.y, h: b.h, items: [b] });
    }
  }
  const out = [];
  let prev = null;
  for (const row of rows) {
    if (prev && prev.y - row.y > 1.9 * Math.max(prev.h, row.h)) out.push('');
    row.items.sort((p, q) => p.x0 - q.x0);
    let text = '';
    let last = null;
    for (const b of row.items) {
      if (last) {
        const gap = b.x0 - last.x1;
        const needSpace = gap > 0.12 * Math.min(last.h, b.h) && !text.endsWith(' ') && !b.str.startsWith(' ');
        if (needSpace) text += ' ';
      }
      text += b.str;
      last = b;
    }
    out.push(text.replace(/\s+$/u, ''));
    prev = row;
  }
  return out;
}
