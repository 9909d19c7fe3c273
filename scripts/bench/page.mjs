// Benchmark the page end to end in headless Chromium: N two-page PDF CVs
// (made by make_batch.py), from adding the files to the last verdict, with
// the main thread's longest task. Prints medians over repeated runs.
// Usage: node scripts/bench/page.mjs [--cvs 300] [--runs 3] [--workers 0]
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from '../../tests/e2e/browser.mjs';
import { serve } from '../serve.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const n = arg('--cvs', 300);
const runs = arg('--runs', 3);
const workers = arg('--workers', 0);
const dir = join(ROOT, 'target/bench', `pdf-${n}`);
if (!existsSync(dir) || readdirSync(dir).length !== n) execFileSync('python3', [join(ROOT, 'scripts/bench/make_batch.py'), String(n), dir], { stdio: 'inherit' });
const files = readdirSync(dir).sort().map((f) => join(dir, f));
const requirements = readFileSync(join(ROOT, 'demo/sykepleier-hjemmetjenesten/requirements.txt'), 'utf8');

const server = await serve({ root: ROOT, port: 0 });
const url = `http://127.0.0.1:${server.address().port}/?today=2026-11-27${workers ? `&workers=${workers}` : ''}`;
const browser = await launch();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const times = [];
const longest = [];
for (let r = 0; r < runs; r++) {
  const page = await browser.newPage();
  await page.addInitScript(() => {
    globalThis.__longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => globalThis.__longTasks.push(e.duration))).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(url);
  await page.waitForSelector('html[data-ready=true]', { timeout: 60_000 });
  await page.fill('[data-testid=requirements]', requirements);
  await page.evaluate(() => (globalThis.__longTasks = []));
  const t0 = Date.now();
  await page.setInputFiles('[data-testid=files]', files);
  await page.waitForSelector('[data-testid=done]:not([hidden])', { timeout: 600_000 });
  times.push((Date.now() - t0) / 1000);
  const rows = await page.$$eval('[data-testid=candidate]', (rs) => rs.length);
  if (rows !== n) throw new Error(`${rows} rows for ${n} files`);
  longest.push(Math.max(0, ...(await page.evaluate(() => globalThis.__longTasks))));
  await page.close();
}
await browser.close();
server.close();
const w = workers || 'one per core';
console.log(`page, ${n} two-page PDF CVs, workers: ${w}, ${runs} runs`);
console.log(`  time to the last verdict: median ${median(times).toFixed(1)} s (runs: ${times.map((t) => t.toFixed(1)).join(', ')})`);
console.log(`  CVs per second: ${(n / median(times)).toFixed(1)}`);
console.log(`  main thread's longest task: median ${median(longest).toFixed(0)} ms (runs: ${longest.map((t) => t.toFixed(0)).join(', ')})`);
