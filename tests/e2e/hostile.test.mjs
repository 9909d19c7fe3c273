// The page on hostile files (tests/fixtures/hostile/, see its README) in
// headless Chromium: every file gets a row, every file not named safe-* is
// flagged for review, no dialog opens, no request leaves the origin, the
// page answers while the batch runs, and hostile strings (HTML, script,
// javascript: links, bidi overrides, formulas) are shown as literal text.
// Also: the served page's security headers, and that its CSP refuses eval
// and new Function.
// Run: node --test tests/e2e/hostile.test.mjs (after node scripts/build-page.mjs)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, openRecorded } from './browser.mjs';
import { serve } from '../../scripts/serve.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const HOSTILE = join(ROOT, 'tests/fixtures/hostile');
const CVS = join(HOSTILE, 'cvs');
const REQUIREMENTS = readFileSync(join(HOSTILE, 'requirements.txt'), 'utf8');
const TODAY = '2026-11-27';
/** How long the page may take to answer page.evaluate while a batch runs. */
const RESPONSIVE_MS = 2_000;

// Files whose *names* are hostile, made at run time (no such names in the repository).
const SAFE_CV = readFileSync(join(CVS, 'safe-formula.txt'));
const HOSTILE_NAMES = [
  '=HYPERLINK("https://attacker.example/")&A1.txt',
  '@SUM(1+1).txt',
  '+cmd|calc.txt',
  '-2+3.txt',
  '<img src=x onerror=alert(11)>.txt',
  'Kari\u202Etxt.exe\u202C.txt',
];

let browser;
let server;
let origin;

before(async () => {
  browser = await launch();
  server = await serve({ root: ROOT, port: 0 });
  origin = `http://127.0.0.1:${server.address().port}`;
});

after(async () => {
  await browser?.close();
  server?.close();
});

const ownOrigin = (u) => u.startsWith(origin + '/') || u.startsWith('blob:') || u.startsWith('data:');

const openPage = (url, allowed) => openRecorded(browser, url, allowed);

/** Elements a hostile string could have created if it were parsed as HTML (the page has forms of its own). */
const DANGEROUS = 'body img, body iframe, body svg, body base, body meta, body link, body style, body object, body embed, form[action], a[href^="javascript:" i]';

/** Attributes that would load or run something, holding anything from the hostile files. */
function riskyAttributes() {
  const out = [];
  for (const el of document.querySelectorAll('*')) {
    for (const a of el.attributes) {
      const loads = /^(on|src$|srcdoc$|href$|action$|formaction$|poster$|data$|style$)/i.test(a.name);
      if (loads && /alert|attacker|javascript:|onerror/i.test(a.value)) out.push(`<${el.localName} ${a.name}="${a.value}">`);
    }
  }
  return out;
}

async function rowsOf(page) {
  return page.$$eval('[data-testid=candidate]', (rows) => rows.map((r) => ({ file: r.dataset.file, status: r.dataset.status, text: r.textContent })));
}

async function openDetail(page, file, part = '#detail-text') {
  const rows = await page.$$('[data-testid=candidate]');
  for (const row of rows) {
    if ((await row.evaluate((r) => r.dataset.file)) === file) {
      await row.click();
      await page.waitForSelector('#detail:not([hidden])');
      return page.textContent(part);
    }
  }
  throw new Error(`no row for ${file}`);
}

test('served page: every hostile file gets a row, the broken ones flagged; no dialog, no request off the origin, responsive, text stays text', async () => {
  const { context, page, requests, refused, dialogs, errors, popups } = await openPage(`${origin}/`, ownOrigin);
  const dangerousBefore = await page.$$eval(DANGEROUS, (els) => els.length);
  const names = readdirSync(CVS).filter((n) => !n.startsWith('.')).sort();
  const files = [
    ...names.map((n) => ({ name: n, mimeType: 'application/octet-stream', buffer: readFileSync(join(CVS, n)) })),
    ...HOSTILE_NAMES.map((n) => ({ name: n, mimeType: 'text/plain', buffer: SAFE_CV })),
    // over the 20 MiB file limit: made here, not committed (it is mostly spaces)
    { name: 'over-size.pdf', mimeType: 'application/pdf', buffer: Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(21 * 1024 * 1024, 0x20)]) },
  ];
  await page.fill('[data-testid=requirements]', REQUIREMENTS);
  await page.fill('#today', TODAY);
  const started = Date.now();
  await page.setInputFiles('[data-testid=files]', files);

  // The main thread only renders: it must answer while the workers read zip bombs and 5,000-page PDFs.
  const latencies = [];
  for (;;) {
    const t0 = Date.now();
    const done = await Promise.race([
      page.evaluate(() => document.querySelector('[data-testid=done]')?.hidden === false),
      new Promise((_, fail) => setTimeout(() => fail(new Error(`the page did not answer within ${RESPONSIVE_MS} ms`)), RESPONSIVE_MS)),
    ]);
    latencies.push(Date.now() - t0);
    if (done) break;
    assert.ok(Date.now() - started < 240_000, 'the batch finished within 4 minutes');
    await new Promise((ok) => setTimeout(ok, 200));
  }
  const took = Date.now() - started;
  console.log(`hostile batch in the page: ${files.length} files in ${(took / 1000).toFixed(1)} s; slowest answer of the page while it ran: ${Math.max(...latencies)} ms (${latencies.length} probes)`);

  await page.waitForFunction((n) => document.querySelectorAll('[data-testid=candidate]').length === n, files.length, { timeout: 30_000 });
  const rows = await rowsOf(page);
  assert.deepEqual(rows.map((r) => r.file).sort(), files.map((f) => f.name).sort(), 'one row per file, none lost, none twice');
  const wrong = rows.filter((r) => names.includes(r.file) && !r.file.startsWith('safe-') && r.status !== 'review');
  assert.deepEqual(wrong.map((r) => `${r.file}: ${r.status}`), [], 'every broken, over-limit or misnamed file is flagged for review');
  for (const r of rows) assert.ok(['pass', 'review'].includes(r.status), `${r.file}: ${r.status}`);
  assert.equal(rows.find((r) => r.file === 'over-size.pdf').status, 'review', 'a file over the size limit is flagged');
  assert.match(await openDetail(page, 'over-size.pdf', '#detail'), /over the limit of 20971520 bytes/);

  // Hostile file names are shown as text.
  for (const n of HOSTILE_NAMES) assert.ok(rows.find((r) => r.file === n).text.includes(n), `the row shows ${JSON.stringify(n)} as text`);

  // Hostile CV strings are shown as text, in the CV view.
  const html = await openDetail(page, 'safe-html.txt');
  for (const s of ['<img src=x onerror=alert(1)>', "<script>alert('skript')</script>", '<iframe src="javascript:alert(3)"></iframe>', '<meta http-equiv="refresh"', '<base href="https://attacker.example/">', '&lt;b&gt; &amp;amp;']) {
    assert.ok(html.includes(s), `safe-html.txt shows ${s} literally`);
  }
  const md = await openDetail(page, 'safe-html.md');
  assert.ok(md.includes('[bekreftelse](javascript:alert(1))') && md.includes('![bilde](https://attacker.example/track.png)'), 'Markdown is not rendered');
  const urls = await openDetail(page, 'safe-javascript-urls.txt');
  assert.ok(urls.includes('javascript:alert(document.domain)') && urls.includes('file:///etc/passwd'));
  const bidi = await openDetail(page, 'safe-bidi.txt');
  assert.ok(bidi.includes('Kari \u202EnnamdroN\u202C Nordmann'), 'the right-to-left override stays a character of the text');
  const json = await openDetail(page, 'safe-html.json');
  assert.ok(json.includes("<script>alert('json')</script>Kari Nordmann"));
  const docx = await openDetail(page, 'safe-html.docx');
  assert.ok(docx.includes('<img src=x onerror=alert(1)>Kari Nordmann'));
  const evidence = await page.$$eval('#detail-text mark', (ms) => ms.map((m) => m.textContent));
  assert.ok(evidence.some((t) => t.includes('Førerkort klasse B')), evidence.join(' | '));

  assert.equal(await page.$$eval(DANGEROUS, (els) => els.length), dangerousBefore, 'no element was made from CV text or a file name');
  assert.deepEqual(await page.evaluate(riskyAttributes), [], 'no attribute that loads or runs anything holds CV text or a file name');
  assert.equal(await page.evaluate(() => document.querySelectorAll('script:not([src])').length), 0, 'no inline script');

  // CSV: nothing a spreadsheet would run.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
  const csv = readFileSync(await download.path(), 'utf8');
  const cells = parseCsv(csv).flat();
  for (const n of HOSTILE_NAMES.filter((x) => /^[=+\-@]/.test(x))) assert.ok(cells.includes(`'${n}`), `the CSV keeps ${n} behind a quote`);
  for (const cell of cells) assert.ok(!/^[=+\-@\t\r]/.test(cell), `a spreadsheet would run ${JSON.stringify(cell)}`);

  await page.waitForTimeout(500); // a late dialog or request would show up here
  assert.deepEqual(dialogs, [], 'no dialog');
  assert.deepEqual(popups, [], 'no window opened');
  assert.deepEqual(refused, [], 'no request off the origin was even tried');
  assert.ok(requests.every(ownOrigin), requests.filter((u) => !ownOrigin(u)).join('\n'));
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), [], 'nothing the CSP had to block');
  assert.deepEqual(errors, []);
  await context.close();
});

test('served page: security headers on every response, and the CSP refuses eval and new Function', async () => {
  for (const path of ['/', '/index.html', '/www/app.js', '/pkg/sikte_wasm_bg.wasm', '/no/such/file']) {
    const res = await fetch(origin + path);
    const csp = res.headers.get('content-security-policy') || '';
    assert.match(csp, /script-src[^;]*'wasm-unsafe-eval'/, `${path}: CSP allows WebAssembly compilation: ${csp}`);
    assert.doesNotMatch(csp, /'unsafe-eval'|'unsafe-inline'/, `${path}: no unsafe-eval or unsafe-inline`);
    assert.match(csp, /connect-src 'self'(;|$)/, `${path}: connect-src is the page's own origin`);
    assert.match(csp, /frame-ancestors [^;]+/, `${path}: frame-ancestors is set`);
    assert.match(csp, /object-src 'none'/, path);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff', path);
    assert.equal(res.headers.get('referrer-policy'), 'no-referrer', path);
    await res.arrayBuffer();
  }
  // DevTools evaluation is exempt from the CSP, so the attempts run from a
  // script of the page's own origin (served by the test through a route).
  const { context, page, errors } = await openPage(`${origin}/`, ownOrigin);
  await context.route(`${origin}/__csp_probe.js`, (route) => route.fulfill({ contentType: 'text/javascript', body: PROBE }));
  await page.evaluate(() => new Promise((ok, fail) => {
    const s = document.createElement('script');
    s.src = '/__csp_probe.js';
    s.onload = ok;
    s.onerror = () => fail(new Error('the probe script did not load'));
    document.head.append(s);
  }));
  await page.waitForTimeout(200);
  const results = await page.evaluate(() => window.__probe);
  assert.equal(results.eval, 'EvalError', 'eval is refused');
  assert.equal(results.indirectEval, 'EvalError', 'indirect eval is refused');
  assert.equal(results.Function, 'EvalError', 'new Function is refused');
  assert.equal(results.AsyncFunction, 'EvalError', 'the AsyncFunction constructor is refused');
  assert.equal(await page.evaluate(() => window.__ranString), false, 'setTimeout with a string does not run it');
  const violations = await page.evaluate(() => window.__cspViolations);
  assert.ok(violations.some((v) => v.startsWith('script-src') && v.endsWith('eval')), violations.join('\n'));
  // An inline script (what injected HTML would carry) is refused too.
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__inline = true';
    document.head.append(s);
  });
  assert.equal(await page.evaluate(() => window.__inline), undefined, 'an inline script does not run');
  assert.deepEqual(errors, []);
  await context.close();
});

/** Runs as a script of the page: every way of turning a string into code. */
const PROBE = `
  const attempt = (f) => { try { f(); return 'ran'; } catch (e) { return e.name; } };
  window.__ranString = false;
  window.__probe = {
    eval: attempt(() => eval('1')),
    indirectEval: attempt(() => (0, eval)('1')),
    Function: attempt(() => new Function('return 1')()),
    AsyncFunction: attempt(() => new (Object.getPrototypeOf(async function () {}).constructor)('return 1')),
  };
  try { setTimeout('window.__ranString = true', 0); } catch (e) {}
`;

test('the single-file build from disk: its CSP allows no eval, no inline script but its own, no connection', async () => {
  const html = readFileSync(join(ROOT, 'dist/sikte.html'), 'utf8');
  const csp = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/)?.[1] ?? '';
  assert.match(csp, /script-src[^;]*'wasm-unsafe-eval'/, csp);
  assert.doesNotMatch(csp, /'unsafe-eval'|'unsafe-inline'/, csp);
  assert.match(csp, /connect-src 'none'/, csp);
  assert.match(csp, /object-src 'none'/, csp);
  const url = pathToFileURL(join(ROOT, 'dist/sikte.html')).href;
  const own = (u) => u === url || u.startsWith('blob:') || u.startsWith('data:');
  const { context, page } = await openPage(url, own);
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__inline = true';
    document.head.append(s);
  });
  assert.equal(await page.evaluate(() => window.__inline), undefined, 'an inline script without its hash does not run');
  await context.close();
});

/** RFC 4180 CSV: quoted fields with doubled quotes, CRLF records. */
function parseCsv(s) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && s[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}
