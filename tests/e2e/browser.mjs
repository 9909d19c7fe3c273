// Launching the system Chromium for the page's tests, offline-safe.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

export async function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--allow-file-access-from-files'],
  });
}

/** A new empty folder under the system's temporary folder, removed when the
 * test process exits, so repeated runs leave nothing behind. */
export function scratchDir(prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** What the page holds in the browser's storage for its origin: its
 * cookies, the number of localStorage and sessionStorage keys, the IndexedDB databases and the
 * Cache Storage caches (the workers share the origin's storage, so this sees
 * theirs too). `NO_STORAGE` is the answer when nothing was written. */
export async function storageUse(page) {
  return page.evaluate(async () => ({
    cookies: document.cookie,
    localStorage: localStorage.length,
    sessionStorage: sessionStorage.length,
    indexedDB: (await indexedDB.databases()).map((d) => d.name),
    caches: globalThis.caches ? await caches.keys() : ['(no Cache Storage API: not a secure context?)'],
  }));
}

export const NO_STORAGE = Object.freeze({ cookies: '', localStorage: 0, sessionStorage: 0, indexedDB: [], caches: [] });

/** Click `selector` and wait for the download it starts: its suggested name
 * and the path of the downloaded file. */
export async function downloadFrom(page, selector) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return { name: download.suggestedFilename(), path: await download.path() };
}

/** A page at `url` in a new context of `browser` that records every request
 * (refusing those `allowed(url)` rejects), dialogs (dismissed), popups, page
 * errors and CSP violations (`window.__cspViolations`), once the page says it
 * is ready. */
export async function openRecorded(browser, url, allowed) {
  const context = await browser.newContext({ acceptDownloads: true });
  const requests = [];
  const refused = [];
  await context.route('**/*', (route) => {
    const u = route.request().url();
    requests.push(u);
    if (allowed(u)) return route.continue();
    refused.push(u);
    return route.abort();
  });
  const popups = [];
  context.on('page', (p) => popups.push(p.url()));
  const page = await context.newPage();
  popups.length = 0; // the page itself
  page.on('request', (r) => requests.push(r.url()));
  const dialogs = [];
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    d.dismiss().catch(() => {});
  });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(url);
  await page.waitForSelector('html[data-ready=true]', { timeout: 60_000 });
  return { context, page, requests, refused, dialogs, errors, popups };
}
