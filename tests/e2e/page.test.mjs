// The page end to end in headless Chromium (system Chromium, playwright-core):
// served from localhost and as the single file from disk; evidence; zero
// egress; hostile strings; parity with the CLI's JSON.
// Run: node --test tests/e2e/   (scripts/test.sh builds what they need first)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, openRecorded, scratchDir } from './browser.mjs';
import { serve } from '../../scripts/serve.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const FIXTURES = join(ROOT, 'tests/fixtures/cli');
const TODAY = '2026-11-27';
const REQUIREMENTS = readFileSync(join(ROOT, 'tests/fixtures/cli-requirements.txt'), 'utf8');
const EXPECTED = parseExpectedStatuses(readFileSync(join(ROOT, 'tests/fixtures/cli-expected.toml'), 'utf8'));

/** file → status from cli-expected.toml (the two keys this test needs). */
function parseExpectedStatuses(toml) {
  const out = {};
  let file = null;
  for (const line of toml.split('\n')) {
    const m = line.match(/^\[files\."(.+)"\]$/);
    if (m) file = m[1];
    const s = line.match(/^status = "(pass|review)"$/);
    if (s && file) out[file] = s[1];
  }
  return out;
}

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

const openPage = (url, allowed) => openRecorded(browser, url, allowed);

async function screen(page, requirements, files) {
  await page.fill('[data-testid=requirements]', requirements);
  await page.fill('#today', TODAY);
  await page.setInputFiles('[data-testid=files]', files);
  await page.waitForSelector('[data-testid=done]:not([hidden])', { timeout: 120_000 });
  return page.$$eval('[data-testid=candidate]', (rows) => rows.map((r) => ({ file: r.dataset.file, status: r.dataset.status })));
}

const fixtureFiles = () => readdirSync(FIXTURES).sort().map((f) => join(FIXTURES, f));
const ownOrigin = (u) => u.startsWith(origin + '/') || u.startsWith('blob:') || u.startsWith('data:');

async function evidenceOf(page, file) {
  await page.click(`[data-testid=candidate][data-file="${file}"]`);
  await page.waitForSelector('#detail:not([hidden])');
  return page.$$eval('#detail-text mark', (ms) => ms.map((m) => m.firstChild.textContent));
}

test('served page: a mixed batch gets the statuses a careful recruiter gives, with highlighted evidence, and nothing leaves', async () => {
  const { context, page, requests, refused, dialogs, errors } = await openPage(`${origin}/`, ownOrigin);
  const rows = await screen(page, REQUIREMENTS, fixtureFiles());
  assert.equal(rows.length, Object.keys(EXPECTED).length, 'every file has a row, none lost');
  for (const { file, status } of rows) assert.equal(status, EXPECTED[file], file);
  const twoColumn = await evidenceOf(page, 'nb-tospalte.pdf');
  assert.ok(twoColumn.some((t) => t.includes('Klasse B og BE')), twoColumn.join(' | '));
  assert.ok(twoColumn.some((t) => t.includes('Autorisasjon som sykepleier')), twoColumn.join(' | '));
  const aeoeaa = await evidenceOf(page, 'nb-aeoeaa-navn.pdf');
  assert.ok(aeoeaa.some((t) => t.includes('Norsk – morsmål')), aeoeaa.join(' | '));
  assert.match(await page.textContent('#detail-h'), /nb-aeoeaa-navn\.pdf/);
  const docx = await evidenceOf(page, 'da-tabel.docx');
  assert.ok(docx.some((t) => t.includes('Professionsbachelor i sygepleje')), docx.join(' | '));
  // text a reader of the DOCX cannot see is shown marked as hidden, and met nothing
  await evidenceOf(page, 'nb-skjult-tekst.docx');
  const hidden = await page.$$eval('#detail-text .hidden-text', (ss) => ss.map((s) => s.textContent).join(' '));
  assert.match(hidden, /Autorisasjon som sykepleier/, 'the hidden run is marked in the CV text');
  assert.match(await page.textContent('#detail'), /hidden/i);
  assert.deepEqual(refused, []);
  assert.ok(requests.every(ownOrigin), requests.filter((u) => !ownOrigin(u)).join('\n'));
  assert.deepEqual(dialogs, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('keyboard: open a candidate with Enter, move with n and p, leave with Escape', async () => {
  const { context, page } = await openPage(`${origin}/`, ownOrigin);
  await screen(page, REQUIREMENTS, fixtureFiles().filter((f) => /\.(txt|md)$/.test(f)));
  await page.focus('[data-testid=candidate]');
  await page.keyboard.press('Enter');
  const first = await page.textContent('#detail-h');
  await page.keyboard.press('n');
  const second = await page.textContent('#detail-h');
  assert.notEqual(first, second);
  await page.keyboard.press('p');
  assert.equal(await page.textContent('#detail-h'), first);
  await page.keyboard.press('Escape');
  assert.equal(await page.isHidden('#detail'), true);
  await context.close();
});

test('offline after load: screening still works and asks the network for nothing', async () => {
  const { context, page, refused } = await openPage(`${origin}/`, ownOrigin);
  await context.setOffline(true);
  const rows = await screen(page, REQUIREMENTS, [join(FIXTURES, 'nb-tospalte.pdf'), join(FIXTURES, 'nb-sykepleier.md'), join(FIXTURES, 'da-tabel.docx')]);
  assert.deepEqual(rows.map((r) => r.status), ['pass', 'pass', 'pass']);
  assert.deepEqual(refused, []);
  await context.close();
});

test('hostile strings are shown as text: no HTML, no script, no dialog', async () => {
  const dir = scratchDir('sikte-hostile-');
  const evil = '"><script>.pdf';
  copyFileSync(join(FIXTURES, 'nb-tospalte.pdf'), join(dir, evil));
  const cv = join(dir, 'img.txt');
  writeFileSync(cv, '<img src=x onerror=alert(1)>\nFørerkort klasse B <b>bold</b> javascript:alert(2)\n');
  const { context, page, dialogs, refused } = await openPage(`${origin}/`, ownOrigin);
  const rows = await screen(page, 'Førerkort klasse B', [join(dir, evil), cv]);
  assert.deepEqual(rows.map((r) => r.file), [evil, 'img.txt']);
  await page.click('[data-testid=candidate][data-file="img.txt"]');
  assert.match(await page.textContent('#detail-text'), /<img src=x onerror=alert\(1\)>/);
  assert.equal(await page.$$eval('img, script:not([src]), b', (els) => els.filter((e) => !e.closest('head')).length), 0);
  assert.equal(await page.evaluate(() => document.querySelectorAll('script').length), 1);
  await page.waitForTimeout(300);
  assert.deepEqual(dialogs, []);
  assert.deepEqual(refused, []);
  await context.close();
});

test('parity: the JSON the page exports equals the CLI JSON, except the documented differences', async () => {
  const files = fixtureFiles();
  const cli = JSON.parse(
    execFileSync(join(ROOT, 'target/release/sikte'), ['screen', '-r', 'tests/fixtures/cli-requirements.txt', '--today', TODAY, '--format', 'json', 'tests/fixtures/cli'], { cwd: ROOT, encoding: 'utf8' }),
  );
  const { context, page } = await openPage(`${origin}/`, ownOrigin);
  await screen(page, REQUIREMENTS, files);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.equal(exported.schema, 'sikte.report/1');
  assert.deepEqual(exported.requirements, cli.requirements);
  assert.equal(exported.candidates.length, cli.candidates.length);
  for (const [i, c] of cli.candidates.entries()) {
    const p = exported.candidates[i];
    // documented: the page names a file by its name, the CLI by the path given
    assert.equal(p.file, basename(c.file));
    assert.equal(p.status, c.status, c.file);
    const pdf = c.file.endsWith('.pdf');
    for (const [k, v] of c.verdicts.entries()) {
      assert.equal(p.verdicts[k].verdict, v.verdict, `${c.file} R${k + 1}: ${p.verdicts[k].explanation} / CLI: ${v.explanation}`);
      // documented: PDF text comes from pdf.js in the page and from a Rust
      // reader in the CLI, so PDF evidence offsets and wording may differ
      if (!pdf) assert.deepEqual(p.verdicts[k], v, `${c.file} R${k + 1}`);
    }
    if (!pdf) assert.deepEqual(p.warnings, c.warnings, c.file);
  }
  await context.close();
});

test('the single-file build works from disk, offline, with no request but itself', async () => {
  const url = pathToFileURL(join(ROOT, 'dist/sikte.html')).href;
  const own = (u) => u === url || u.startsWith('blob:') || u.startsWith('data:');
  const { context, page, refused, requests, errors } = await openPage(url, own);
  await context.setOffline(true);
  const rows = await screen(page, REQUIREMENTS, [join(FIXTURES, 'nb-tospalte.pdf'), join(FIXTURES, 'da-tabel.docx'), join(FIXTURES, 'nn-utf16-bom.txt'), join(FIXTURES, 'en-jsonresume.json')]);
  assert.deepEqual(rows.map((r) => [r.file, r.status]), [['nb-tospalte.pdf', 'pass'], ['da-tabel.docx', 'pass'], ['nn-utf16-bom.txt', 'review'], ['en-jsonresume.json', 'pass']]);
  const evidence = await evidenceOf(page, 'nb-tospalte.pdf');
  assert.ok(evidence.some((t) => t.includes('Klasse B og BE')));
  await page.click('#close-detail');
  await page.click('#demo');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=candidate]').length > 4, null, { timeout: 60_000 });
  assert.deepEqual(refused, []);
  assert.ok(requests.every(own), requests.filter((u) => !own(u)).join('\n'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('requirements: picked from a pasted job ad, confirmed, interpreted as typed, saved and loaded again', async () => {
  const { context, page } = await openPage(`${origin}/`, ownOrigin);
  await page.click('#paste-ad');
  await page.fill('#ad-text', 'Sykepleier til hjemmetjenesten\n\nArbeidsoppgaver\n- Pasientarbeid\n\nKvalifikasjoner\n• Autorisasjon som sykepleier\n• Førerkort klasse B\n• Gode norskkunnskaper\n\nVi tilbyr\n- Gode betingelser\n');
  await page.click('#ad-pick');
  await page.waitForSelector('#ad-lines:not([hidden]) input');
  const found = await page.$$eval('#ad-lines input', (is) => is.map((i) => i.value));
  assert.deepEqual(found, ['Autorisasjon som sykepleier', 'Førerkort klasse B', 'Gode norskkunnskaper']);
  await page.uncheck('#ad-lines input[value="Gode norskkunnskaper"]');
  await page.click('#ad-use');
  await page.waitForFunction(() => document.querySelector('[data-testid=requirements]').value !== '');
  assert.equal(await page.inputValue('[data-testid=requirements]'), 'Autorisasjon som sykepleier\nFørerkort klasse B');
  await page.waitForFunction(() => document.querySelectorAll('#interpretations li').length === 2);
  assert.match(await page.textContent('#interpretations'), /driving licence, class B/);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#save-req')]);
  const saved = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.deepEqual(saved, { schema: 'sikte.requirements/1', requirements: ['Autorisasjon som sykepleier', 'Førerkort klasse B'] });
  await page.fill('[data-testid=requirements]', '');
  await page.setInputFiles('#load-req', { name: 'krav.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(saved)) });
  await page.waitForFunction(() => document.querySelector('[data-testid=requirements]').value.includes('Førerkort'));
  await context.close();
});

test('a cancelled batch keeps every file, flagged as not screened; CSV export is safe', async () => {
  const { context, page } = await openPage(`${origin}/`, ownOrigin);
  await page.fill('[data-testid=requirements]', REQUIREMENTS);
  const many = fixtureFiles();
  const files = [...many, ...many, ...many].map((f, i) => ({ name: `${i}-${basename(f)}`, mimeType: 'application/octet-stream', buffer: readFileSync(f) }));
  await page.setInputFiles('[data-testid=files]', files);
  await page.click('#cancel');
  await page.waitForSelector('[data-testid=done]:not([hidden])', { timeout: 60_000 });
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid=candidate]').length === n, files.length, { timeout: 60_000 });
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
  const csv = readFileSync(await download.path(), 'utf8');
  const rows = csv.split('\r\n').filter(Boolean);
  assert.equal(rows.length, files.length + 1);
  assert.ok(csv.includes('not screened: the batch was cancelled') || rows.length === files.length + 1);
  for (const cell of csv.split(/[,\r\n]/)) assert.ok(!/^[=+\-@]/.test(cell), cell);
  await context.close();
});
