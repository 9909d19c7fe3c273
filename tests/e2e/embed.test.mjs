// Embedding: the example ATS on one origin embeds Sikte from another and
// completes a round trip; a third origin's messages are ignored and
// counted; no request goes to any origin but the two.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, scratchDir } from './browser.mjs';
import { serve, SECURITY_HEADERS } from '../../scripts/serve.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
let browser;
const servers = [];
let sikte;
let host;
let evil;

const origin = (s) => `http://127.0.0.1:${s.address().port}`;

before(async () => {
  browser = await launch();
  // ports first, so that the allowlist can name the host
  const hostServer = await serve({ root: ROOT, port: 0, config: { allowedOrigins: [] } });
  host = origin(hostServer);
  const sikteServer = await serve({ root: ROOT, port: 0, config: { allowedOrigins: [host] } });
  sikte = origin(sikteServer);
  hostServer.close();
  const hostPort = Number(new URL(host).port);
  const frameOk = { ...SECURITY_HEADERS, 'Content-Security-Policy': `default-src 'self'; frame-src ${sikte} http://127.0.0.1:*; connect-src 'self'; object-src 'none'` };
  const hostAgain = await serve({ root: ROOT, port: hostPort, config: { allowedOrigins: [] }, headers: frameOk });
  const evilDir = scratchDir('sikte-evil-');
  writeFileSync(join(evilDir, 'index.html'), `<!doctype html><script>
    // a third origin in the same page tries to drive Sikte
    const sikte = window.parent.frames[0];
    for (let i = 0; i < 3; i++) sikte.postMessage({ protocol: 'sikte.embed/1', type: 'screen', requirements: 'x', applications: [{ name: 'evil.txt', text: 'evil' }] }, '*');
    sikte.postMessage({ protocol: 'sikte.embed/1', type: 'hello' }, '*');
  </script>`);
  const evilServer = await serve({ root: evilDir, port: 0, headers: { 'Content-Security-Policy': "script-src 'unsafe-inline'" } });
  evil = origin(evilServer);
  servers.push(sikteServer, hostAgain, evilServer);
});

after(async () => {
  await browser?.close();
  for (const s of servers) s.close();
});

test('the example ATS embeds Sikte from another origin: round trip, third origin ignored, no other request', async () => {
  const context = await browser.newContext();
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  const page = await context.newPage();
  await page.goto(`${host}/examples/ats/?sikte=${encodeURIComponent(sikte)}&today=2026-11-27&lang=en`);
  await page.waitForSelector('body[data-sikte-ready=true]', { timeout: 60_000 });
  // the attacker frame
  await page.evaluate((src) => {
    const f = document.createElement('iframe');
    f.src = src;
    document.body.append(f);
  }, `${evil}/index.html`);
  await page.waitForTimeout(500);
  await page.click('#screen');
  await page.waitForFunction(() => document.body.dataset.report, null, { timeout: 60_000 });
  const report = JSON.parse(await page.evaluate(() => document.body.dataset.report));
  assert.deepEqual(report, [
    ['nb-sykepleier.md', 'pass'],
    ['nb-tospalte.pdf', 'pass'],
    ['da-tabel.docx', 'pass'],
    ['nn-utf16-bom.txt', 'review'],
    ['en-jsonresume.json', 'pass'],
  ]);
  assert.deepEqual(await page.$$eval('.sikte-status', (cs) => cs.map((c) => c.textContent)), ['meets all', 'meets all', 'meets all', 'flagged for review', 'meets all']);
  const frame = page.frames().find((f) => f.url().startsWith(sikte));
  const ignored = Number(await frame.$eval('#embed-diagnostics', (d) => d.dataset.ignored));
  assert.ok(ignored >= 4, `ignored ${ignored}`);
  // Sikte screened the host's batch only: no "evil.txt" row
  assert.equal(await frame.$$eval('[data-testid=candidate][data-file="evil.txt"]', (r) => r.length), 0);
  const allowed = [host, sikte, evil];
  const other = requests.filter((u) => !allowed.some((o) => u.startsWith(o + '/')) && !u.startsWith('blob:') && !u.startsWith('data:'));
  assert.deepEqual(other, []);
  await context.close();
});

test('Sikte refuses to be framed by an origin not on its list (frame-ancestors)', async () => {
  const res = await fetch(`${sikte}/`);
  const csp = res.headers.get('content-security-policy');
  assert.match(csp, new RegExp(`frame-ancestors 'self' ${host.replace(/[.]/g, '\\.')}(;|$)`));
  assert.doesNotMatch(csp, new RegExp(evil.replace(/[.]/g, '\\.')));
});

test('the host can ask for blind review, and gets the reviewer\'s decisions when the review is complete', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${host}/examples/ats/?sikte=${encodeURIComponent(sikte)}&today=2026-11-27&lang=en`);
  await page.waitForSelector('body[data-sikte-ready=true]', { timeout: 60_000 });
  // the host listens to Sikte itself too, as any host may
  await page.evaluate((from) => {
    globalThis.fromSikte = [];
    addEventListener('message', (e) => e.origin === from && globalThis.fromSikte.push(e.data));
  }, sikte);
  // a batch with blind review on, sent with the host helper
  const report = await page.evaluate(async (to) => {
    const { SikteHost } = await import('/embed/sikte-host.js');
    const helper = new SikteHost(document.getElementById('sikte'), to);
    const r = await helper.screen({
      requirements: ['Førerkort klasse B'],
      applications: [{ name: 'anna-berg.txt', text: 'Anna Berg\nFørerkort klasse B' }, { name: 'ola-nordmann.txt', text: 'Ola Nordmann\nHar ikke førerkort' }],
      settings: { lang: 'en', today: '2026-11-27', blind: true },
    });
    return r.candidates.map((c) => [c.file, c.status]);
  }, sikte);
  // the host gets the real names (it sent the files); the reviewer sees pseudonyms
  assert.deepEqual(report, [['anna-berg.txt', 'pass'], ['ola-nordmann.txt', 'review']]);
  const frame = page.frames().find((f) => f.url().startsWith(sikte));
  assert.equal(await frame.isChecked('#blind'), true);
  assert.deepEqual(await frame.$$eval('[data-testid=candidate]', (rows) => rows.map((r) => r.dataset.file)), ['Candidate 001', 'Candidate 002']);
  // the reviewer decides one, changes nothing, and completes the review
  await frame.fill('#reviewer', 'KB');
  await frame.click('[data-testid=candidate]');
  await frame.check('#dec-advance');
  await frame.click('#dec-save');
  await frame.click('#review-complete');
  await page.waitForFunction(() => globalThis.fromSikte.some((m) => m.type === 'decisions'));
  // the example ATS shows what came back
  await page.waitForSelector('#decisions li[data-file="anna-berg.txt"]');
  assert.equal(await page.textContent('#decisions li[data-file="anna-berg.txt"]'), 'anna-berg.txt: advance, by KB');
  const messages = await page.evaluate(() => globalThis.fromSikte);
  const msg = messages.find((m) => m.type === 'decisions');
  assert.equal(msg.protocol, 'sikte.embed/1');
  const decisions = msg.decisions; // { decisions, overrides }, as SikteHost.onDecisions hands it on
  assert.deepEqual(decisions.decisions.map((d) => [d.file, d.decision, d.reviewer]), [['anna-berg.txt', 'advance', 'KB']]);
  assert.match(decisions.decisions[0].sha256, /^[0-9a-f]{64}$/);
  assert.deepEqual(decisions.overrides, []);
  // progress came before the report, and none after it
  const types = messages.map((m) => m.type);
  assert.ok(types.indexOf('progress') >= 0 && types.indexOf('progress') < types.indexOf('report'), types.join(' '));
  assert.equal(types.lastIndexOf('progress') < types.indexOf('report'), true, types.join(' '));
  // settings of the wrong type are refused and counted, not half applied
  const ignoredBefore = Number(await frame.$eval('#embed-diagnostics', (d) => d.dataset.ignored));
  await page.evaluate((to) => document.getElementById('sikte').contentWindow.postMessage({ protocol: 'sikte.embed/1', type: 'screen', requirements: 'x', applications: [], settings: { blind: 'yes' } }, to), sikte);
  await frame.waitForFunction((n) => Number(document.getElementById('embed-diagnostics').dataset.ignored) === n + 1, ignoredBefore);
  assert.equal(await frame.$$eval('[data-testid=candidate]', (rows) => rows.length), 2);
  await context.close();
});
