// Accessibility: axe-core (WCAG 2.1 A and AA rules) finds no violation on
// each view, and a keyboard-only user can screen a batch and open, move
// through and leave candidates.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { launch } from './browser.mjs';
import { serve } from '../../scripts/serve.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const FIXTURES = join(ROOT, 'tests/fixtures/cli');
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

/** axe violations on the page as it is now. The test context bypasses the
 * page's CSP only so that axe itself can be injected. */
async function violations(page) {
  await page.evaluate(AXE);
  const result = await page.evaluate(() => globalThis.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
  return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

test('no axe violations on any view, in every language', async () => {
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  for (const lang of ['nb', 'nn', 'sv', 'da', 'en']) {
    await page.goto(`${origin}/?lang=${lang}&today=2026-11-27`);
    await page.waitForSelector('html[data-ready=true]');
    assert.deepEqual(await violations(page), [], `start view (${lang})`);
  }
  await page.fill('[data-testid=requirements]', readFileSync(join(ROOT, 'tests/fixtures/cli-requirements.txt'), 'utf8'));
  await page.waitForFunction(() => document.querySelectorAll('#interpretations li').length > 0);
  await page.setInputFiles('[data-testid=files]', [join(FIXTURES, 'nb-tospalte.pdf'), join(FIXTURES, 'nn-utf16-bom.txt')]);
  await page.waitForSelector('[data-testid=done]:not([hidden])');
  assert.deepEqual(await violations(page), [], 'results view');
  await page.click('[data-testid=candidate]');
  assert.deepEqual(await violations(page), [], 'candidate view');
  await page.click('#paste-ad');
  assert.deepEqual(await violations(page), [], 'job-ad dialog');
  await context.close();
});

test('keyboard only: type requirements, choose files, screen, open, move, go back', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/?today=2026-11-27&lang=en`);
  await page.waitForSelector('html[data-ready=true]');
  // the skip link is the first stop and leads to the requirements
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip');
  await page.keyboard.press('Enter');
  await page.focus('[data-testid=requirements]');
  await page.keyboard.type('Førerkort klasse B\nGode norskkunnskaper');
  // Tab to the file chooser and open it with the keyboard
  const chooser = page.waitForEvent('filechooser');
  let guard = 0;
  while ((await page.evaluate(() => document.activeElement.id)) !== 'files' && guard++ < 30) await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'files');
  const visible = await page.evaluate(() => {
    const el = document.activeElement;
    const label = document.querySelector('label[for=files]');
    return getComputedStyle(label).outlineStyle !== 'none' || getComputedStyle(el).outlineStyle !== 'none';
  });
  assert.ok(visible, 'focus is visible on the file chooser');
  await page.keyboard.press('Space');
  await (await chooser).setFiles([join(FIXTURES, 'nb-sykepleier.md'), join(FIXTURES, 'nn-utf16-bom.txt')]);
  await page.waitForSelector('[data-testid=done]:not([hidden])');
  guard = 0;
  while (!(await page.evaluate(() => document.activeElement.matches('[data-testid=candidate]'))) && guard++ < 40) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  assert.equal(await page.isVisible('#detail'), true);
  const first = await page.textContent('#detail-h');
  await page.keyboard.press('n');
  assert.notEqual(await page.textContent('#detail-h'), first);
  await page.keyboard.press('Escape');
  assert.equal(await page.isHidden('#detail'), true);
  assert.equal(await page.evaluate(() => document.activeElement.matches('[data-testid=candidate]')), true);
  await context.close();
});

test('the page reflows at 320 px wide and at 200 % zoom without horizontal scrolling', async () => {
  for (const [width, scale] of [[320, 1], [640, 2]]) {
    const context = await browser.newContext({ viewport: { width, height: 800 }, deviceScaleFactor: scale });
    const page = await context.newPage();
    await page.goto(`${origin}/?lang=en`);
    await page.waitForSelector('html[data-ready=true]');
    if (scale === 2) await page.evaluate(() => (document.body.style.zoom = '2'));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 1, `${width}px ×${scale}: ${overflow}px of horizontal scroll`);
    await context.close();
  }
});
