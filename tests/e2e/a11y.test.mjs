// Accessibility: axe-core (WCAG 2.1 A and AA rules) finds no violation on
// any view in any of the five languages (including the linter's warnings,
// the decision and change forms, blind review, the exports, the dialogs and
// the embedding diagnostics); a keyboard-only user, with the focus visible
// at every stop, types requirements, chooses files, screens, opens
// candidates, decides, changes a verdict and exports; and screen readers
// hear progress, completion, decisions and exports; and every view reflows
// at 320 px and at 200 % zoom.
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

const LANGS = ['nb', 'nn', 'sv', 'da', 'en'];
const REQUIREMENTS = readFileSync(join(ROOT, 'tests/fixtures/cli-requirements.txt'), 'utf8');
const AD = 'Vi søker en sykepleier til hjemmetjenesten.\n\nKrav:\n- Førerkort klasse B\n- Autorisasjon som sykepleier\n\nVi tilbyr et godt arbeidsmiljø.';

test('no axe violations on any view, in every language', async () => {
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  for (const lang of LANGS) {
    const clean = async (view) => assert.deepEqual(await violations(page), [], `${view} (${lang})`);
    await page.goto(`${origin}/?lang=${lang}&today=2026-11-27`);
    await page.waitForSelector('html[data-ready=true]');
    await clean('start view');
    // the requirement linter's warnings, with a justification open
    await page.fill('[data-testid=requirements]', `${REQUIREMENTS}\nDu er ung og nyutdannet`);
    await page.waitForSelector('#lint-box:not([hidden]) .lint-line');
    await page.click('#lint .justify summary');
    await clean('requirements with the linter warnings');
    await page.setInputFiles('[data-testid=files]', [join(FIXTURES, 'nb-tospalte.pdf'), join(FIXTURES, 'nn-utf16-bom.txt')]);
    await page.waitForSelector('[data-testid=done]:not([hidden])');
    await page.click('.impact-box summary');
    await page.click('#outcome-box summary');
    await page.click('#outcome-add');
    await clean('results view with the impact and the outcome audit open');
    await page.click('[data-testid=candidate]');
    await page.click('#detail-verdicts .override-box summary');
    await page.click('#explain-box summary');
    await clean('candidate view: verdicts, decision, a change form, the explanation');
    // a decision and a change saved, as the candidate view then shows them
    await page.fill('#reviewer', 'KB');
    await page.selectOption('#detail-verdicts .override-box select', 'unclear');
    await page.fill('#detail-verdicts .override-box input[type=text]', 'checked the original');
    await page.click('#detail-verdicts .override-box button[type=submit]');
    await page.waitForSelector('#detail-verdicts .overridden-note');
    await page.check('#dec-not');
    await page.fill('#dec-reason', 'not the right experience');
    await page.click('#dec-save');
    await page.waitForSelector('#detail-decision .current-decision');
    await clean('candidate view after a decision and a change');
    await page.check('#blind');
    await page.waitForSelector('#detail-text .redacted, [data-testid=candidate]');
    await clean('blind review: pseudonyms, redactions');
    // review complete and the exports (the audit and export panel)
    await page.click('#review-complete');
    for (const id of ['export-csv', 'export-json', 'export-audit']) await Promise.all([page.waitForEvent('download'), page.click(`#${id}`)]);
    await page.waitForFunction(() => document.getElementById('announcer').textContent);
    await clean('after review complete and the exports');
    await page.uncheck('#blind');
    await page.keyboard.press('Escape');
    // the dialogs: a job ad with its lines found, and a session's passphrase
    await page.click('#paste-ad');
    await page.fill('#ad-text', AD);
    await page.click('#ad-pick');
    await page.waitForSelector('#ad-lines:not([hidden]) input');
    await clean('job-ad dialog with the lines found');
    await page.keyboard.press('Escape');
    await page.click('#save-session');
    await page.waitForSelector('#session-dialog[open]');
    await clean('session passphrase dialog');
    await page.keyboard.press('Escape');
    // the embedding diagnostics, shown when Sikte is in a frame (here a
    // frame of its own origin, not on the allowlist: the hello is counted)
    await page.setContent(`<!doctype html><html lang="${lang}"><title>host</title><iframe title="Sikte" src="${origin}/?lang=${lang}&today=2026-11-27" style="width:60rem;height:40rem"></iframe></html>`);
    const frame = await (await page.waitForSelector('iframe')).contentFrame();
    await frame.waitForSelector('html[data-ready=true]');
    await frame.waitForSelector('#embed-diagnostics');
    await page.evaluate(() => document.querySelector('iframe').contentWindow.postMessage({ protocol: 'sikte.embed/1', type: 'hello' }, '*'));
    await frame.waitForFunction(() => document.getElementById('embed-diagnostics').dataset.ignored === '1');
    await frame.click('#embed-diagnostics summary');
    assert.deepEqual(await violations(frame), [], `embedding diagnostics (${lang})`);
  }
  await context.close();
});

/** What has the focus, and whether that is visible: an outline of 2 px or
 * more, or a box shadow (the page's focus ring; no element has either
 * otherwise), on the element (for a visually hidden file input: on its
 * label, which is what is seen). */
async function focused(page) {
  return page.evaluate(() => {
    const e = document.activeElement;
    if (!e || e === document.body) return { id: '', tag: 'body', visible: false };
    const seen = e.matches('input.visually-hidden') ? document.querySelector(`label[for="${e.id}"]`) : e;
    const s = getComputedStyle(seen);
    const box = seen.getBoundingClientRect();
    const ring = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none';
    return {
      id: e.id,
      tag: e.tagName.toLowerCase(),
      testid: e.dataset?.testid || '',
      file: e.dataset?.file || '',
      override: Boolean(e.closest('.override-box')),
      checked: Boolean(e.checked),
      visible: ring && box.width > 1 && box.height > 1,
    };
  });
}

/** Press `key` until the focus is where `want` says, checking at every stop
 * on the way that the focus is visible. */
async function pressTo(page, want, what, key = 'Tab') {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press(key);
    const f = await focused(page);
    assert.ok(f.visible, `the focus is visible at every stop (${JSON.stringify(f)}, on the way to ${what})`);
    if (want(f)) return f;
  }
  return assert.fail(`${what}: not reached with ${key}`);
}

const said = (page, re) => page.waitForFunction((src) => new RegExp(src).test(document.getElementById('announcer').textContent), re.source);

test('keyboard only: requirements, files, screening, a candidate, decisions, a change, exports', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(`${origin}/?today=2026-11-27&lang=en`);
  await page.waitForSelector('html[data-ready=true]');
  // every text put into a live region, as a screen reader would hear it
  await page.evaluate(() => {
    globalThis.heard = [];
    const regions = document.querySelectorAll('[aria-live], [role=status], [role=alert]');
    const observer = new MutationObserver((records) => {
      for (const r of records) {
        const region = (r.target.nodeType === 1 ? r.target : r.target.parentElement).closest('[aria-live], [role=status], [role=alert]');
        if (region?.textContent.trim()) globalThis.heard.push([region.id, region.textContent.trim()]);
      }
    });
    for (const region of regions) observer.observe(region, { childList: true, subtree: true, characterData: true });
  });

  // the skip link is the first stop and leads to the requirements
  let f = await pressTo(page, () => true, 'the skip link');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip');
  await page.keyboard.press('Enter');
  f = await focused(page);
  if (f.id !== 'requirements') f = await pressTo(page, (x) => x.id === 'requirements', 'the requirements');
  await page.keyboard.type('Førerkort klasse B\nGode norskkunnskaper');
  await page.waitForFunction(() => document.querySelectorAll('#interpretations li').length === 2);

  assert.equal(await page.isVisible('#progress-box'), false, 'no progress (nor its Cancel button) before a batch');
  // the file chooser, opened with the keyboard
  f = await pressTo(page, (x) => x.id === 'files', 'the file chooser');
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Space');
  await (await chooser).setFiles([join(FIXTURES, 'nb-sykepleier.md'), join(FIXTURES, 'nn-utf16-bom.txt')]);
  await page.waitForSelector('[data-testid=done]:not([hidden])');
  await said(page, /Screening finished\. 1 meet all absolute requirements, 1 flagged for review/);
  assert.equal(await page.isVisible('#progress-box'), false, 'the progress and its Cancel button are gone when done');

  // the reviewer's initials, then the first candidate
  await pressTo(page, (x) => x.id === 'reviewer', 'the reviewer field');
  await page.keyboard.type('KB');
  f = await pressTo(page, (x) => x.testid === 'candidate', 'the first candidate');
  const first = f.file;
  await page.keyboard.press('Enter');
  assert.equal(await page.isVisible('#detail'), true);
  assert.equal(await page.textContent('#detail-h'), first);
  f = await focused(page);
  assert.equal(f.id, 'detail');
  assert.ok(f.visible, 'the focus is visible on the candidate view');

  // advance the first candidate
  await pressTo(page, (x) => x.id === 'dec-advance', 'the decision');
  await page.keyboard.press('Space');
  assert.equal((await focused(page)).checked, true);
  await pressTo(page, (x) => x.id === 'dec-save', 'save the decision');
  await page.keyboard.press('Enter');
  await said(page, new RegExp(`Decision saved for ${first.replace('.', '\\.')}: advance`));
  f = await focused(page);
  assert.equal(f.id, 'dec-save', 'the focus stays on the button after saving');
  assert.ok(f.visible);
  assert.equal(await page.textContent(`[data-testid=candidate][data-file="${first}"] td.decision`), 'advance');

  // the next candidate: change a verdict, then do not advance, with a reason
  await page.keyboard.press('n');
  const second = await page.textContent('#detail-h');
  assert.notEqual(second, first);
  await pressTo(page, (x) => x.override, 'change a verdict');
  await page.keyboard.press('Enter');
  f = await pressTo(page, (x) => x.tag === 'select', 'the new verdict');
  const before = await page.evaluate(() => document.activeElement.value);
  await page.keyboard.press(before === 'met' ? 'End' : 'Home');
  const after = await page.evaluate(() => document.activeElement.value);
  assert.notEqual(after, before, 'the arrow keys choose another verdict');
  await pressTo(page, (x) => x.tag === 'input', 'the reason for the change');
  await page.keyboard.type('Seen in the original certificate');
  await pressTo(page, (x) => x.tag === 'button', 'save the change');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#detail-verdicts .overridden-note');
  await said(page, /Change saved: requirement \d is now/);
  f = await focused(page);
  assert.ok(f.override && f.visible, 'the focus is back on the change control');
  f = await pressTo(page, (x) => x.id === 'dec-advance' || x.id === 'dec-not', 'the decision');
  if (f.id === 'dec-advance') await page.keyboard.press('ArrowRight');
  f = await focused(page);
  assert.deepEqual([f.id, f.checked, f.visible], ['dec-not', true, true]);
  await pressTo(page, (x) => x.id === 'dec-reason', 'the reason');
  await page.keyboard.type('Needs a Norwegian authorisation first');
  await pressTo(page, (x) => x.id === 'dec-save', 'save the decision');
  await page.keyboard.press('Enter');
  await said(page, /Decision saved for .*: do not advance/);
  assert.equal(await page.textContent(`[data-testid=candidate][data-file="${second}"] td.decision`), 'do not advance');

  // Escape leaves the candidate, and the focus is back on its row
  await page.keyboard.press('Escape');
  assert.equal(await page.isHidden('#detail'), true);
  f = await focused(page);
  assert.deepEqual([f.testid, f.file], ['candidate', second], 'after Escape the focus is on the candidate row');
  assert.ok(f.visible, 'and is visible');
  // Escape from a field of the candidate view leaves too
  await page.keyboard.press('Enter');
  await pressTo(page, (x) => x.id === 'dec-reason', 'the reason');
  await page.keyboard.press('Escape');
  f = await focused(page);
  assert.deepEqual([f.testid, f.file], ['candidate', second], 'Escape from a field of the candidate view');

  // the exports, back up the page
  const exported = {};
  for (const id of ['export-audit', 'export-json', 'export-csv']) {
    await pressTo(page, (x) => x.id === id, id, 'Shift+Tab');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    exported[id] = { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
    await said(page, new RegExp(`Exported ${download.suggestedFilename().replace(/[.]/g, '\\.')}`));
    assert.equal((await focused(page)).id, id);
  }
  assert.equal(exported['export-csv'].name, 'sikte-report.csv');
  assert.match(exported['export-csv'].text, /nb-sykepleier\.md/);
  assert.equal(JSON.parse(exported['export-json'].text).schema, 'sikte.report/1');
  const log = exported['export-audit'].text.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(log.filter((e) => e.type === 'decision').map((e) => [e.decision, e.reviewer]), [['advance', 'KB'], ['do_not_advance', 'KB']]);
  assert.equal(log.filter((e) => e.type === 'override').length, 1);

  // what a screen reader heard: progress, completion, decisions, the change, exports
  const heard = await page.evaluate(() => globalThis.heard);
  const texts = (id) => heard.filter(([region]) => region === id).map(([, text]) => text);
  assert.ok(texts('progress-text').some((x) => /of 2 files screened/.test(x)), `progress: ${JSON.stringify(heard)}`);
  for (const re of [/Screening finished/, /Decision saved for .*: advance/, /Decision saved for .*: do not advance/, /Change saved/, /Exported sikte-report\.csv/, /Exported sikte-report\.json/, /Exported sikte-audit-.*\.jsonl/]) {
    assert.ok(texts('announcer').some((x) => re.test(x)), `${re} announced: ${JSON.stringify(heard)}`);
  }
  await context.close();
});

test('the page reflows at 320 px wide and at 200 % zoom without horizontal scrolling, on every view', async () => {
  for (const [width, scale] of [[320, 1], [640, 2]]) {
    const context = await browser.newContext({ viewport: { width, height: 800 }, deviceScaleFactor: scale });
    const page = await context.newPage();
    const fits = async (view) => {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 1, `${view}, ${width}px ×${scale}: ${overflow}px of horizontal scroll`);
    };
    await page.goto(`${origin}/?lang=nb&today=2026-11-27`);
    await page.waitForSelector('html[data-ready=true]');
    if (scale === 2) await page.evaluate(() => (document.body.style.zoom = '2'));
    await fits('start view');
    // long requirement lines (they fill the filter's options) and a linter warning
    await page.fill('[data-testid=requirements]', `${REQUIREMENTS}\nDu er ung og nyutdannet`);
    await page.waitForSelector('#lint-box:not([hidden]) .lint-line');
    await fits('linter warnings');
    await page.setInputFiles('[data-testid=files]', [join(FIXTURES, 'nb-tospalte.pdf'), join(FIXTURES, 'nn-utf16-bom.txt')]);
    await page.waitForSelector('[data-testid=done]:not([hidden])');
    await fits('results (the table itself may scroll in its box)');
    await page.click('[data-testid=candidate]');
    await page.click('#detail-verdicts .override-box summary');
    await fits('candidate view');
    await context.close();
  }
});
