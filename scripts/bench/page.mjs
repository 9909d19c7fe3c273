// Benchmark the page end to end in headless Chromium: N two-page PDF CVs
// (made by make_batch.py), from adding the files to the last verdict, with
// the main thread's longest task and the page's peak memory. Prints medians
// over repeated runs; asserts nothing about time.
// Usage: node scripts/bench/page.mjs [--cvs 300] [--runs 3] [--workers 0] [--profile]
//   --workers N  the page's worker pool size (`?workers=N`; 0: the page's
//                default, one per core up to four)
//   --profile    also print where the main thread spent its time (CDP
//                sampling profiler) and every task over 50 ms
//
// Memory: Chromium runs the page's main thread and its Web Workers in one
// renderer process. Every 100 ms the benchmark reads /proc/<pid>/status of
// every Chromium process it started (Linux only): the page's peak is the
// highest VmHWM (peak resident set) of a renderer process during the run;
// "all Chromium processes" is the highest sum of their VmRSS (browser,
// GPU/utility and renderers; shared pages counted once per process).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch } from '../../tests/e2e/browser.mjs';
import { serve } from '../serve.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The PDFs for a batch of `n`, generated once into target/bench/pdf-N/. */
export function batch(n) {
  const dir = join(ROOT, 'target/bench', `pdf-${n}`);
  if (!existsSync(dir) || readdirSync(dir).length !== n) execFileSync('python3', [join(ROOT, 'scripts/bench/make_batch.py'), String(n), dir], { stdio: 'inherit' });
  return readdirSync(dir).sort().map((f) => join(dir, f));
}

/** Chromium processes below this Node process, with their type and memory in bytes. */
function chromiumProcesses() {
  const parent = new Map();
  for (const p of readdirSync('/proc')) {
    if (!/^\d+$/.test(p)) continue;
    try {
      const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
      parent.set(Number(p), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {}
  }
  const mine = (pid) => {
    for (let q = pid, hops = 0; q > 1 && hops < 20; q = parent.get(q), hops++) if (q === process.pid) return true;
    return false;
  };
  const out = [];
  for (const pid of parent.keys()) {
    if (pid === process.pid || !mine(pid)) continue;
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!/chrom/i.test(cmd.split('\0')[0])) continue;
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const kb = (k) => Number((status.match(new RegExp(`^${k}:\\s+(\\d+)`, 'm')) || [0, 0])[1]) * 1024;
      const type = (cmd.match(/--type=([a-z-]+)/) || [0, 'browser'])[1];
      out.push({ pid, type, rss: kb('VmRSS'), hwm: kb('VmHWM') });
    } catch {}
  }
  return out;
}

/** Sample memory every `ms` until stopped; returns the peaks. */
function memorySampler(ms = 100) {
  const peak = { renderer: 0, all: 0, renderers: new Map(), start: null };
  const sample = () => {
    const ps = chromiumProcesses();
    if (peak.start === null) peak.start = Math.max(0, ...ps.filter((p) => p.type === 'renderer').map((p) => p.rss));
    peak.all = Math.max(peak.all, ps.reduce((s, p) => s + p.rss, 0));
    for (const p of ps.filter((p) => p.type === 'renderer')) peak.renderers.set(p.pid, Math.max(peak.renderers.get(p.pid) || 0, p.hwm, p.rss));
  };
  sample();
  const timer = setInterval(sample, ms);
  return () => {
    clearInterval(timer);
    sample();
    peak.renderer = Math.max(0, ...peak.renderers.values());
    return { renderer: peak.renderer, all: peak.all, start: peak.start };
  };
}

/**
 * Screen `n` PDFs in the page `runs` times (a fresh page each time).
 * @returns {{n, runs, workers, times, longest, memory, served, tasks}}
 */
export async function benchPage({ n = 300, runs = 3, workers = 0, profile = false, log = console.log } = {}) {
  const files = batch(n);
  const requirements = readFileSync(join(ROOT, 'demo/sykepleier-hjemmetjenesten/requirements.txt'), 'utf8');
  const server = await serve({ root: ROOT, port: 0 });
  const url = `http://127.0.0.1:${server.address().port}/?today=2026-11-27${workers ? `&workers=${workers}` : ''}`;
  const browser = await launch();
  const result = { n, runs, workers, times: [], longest: [], input: [], other: [], memory: [], served: null, tasks: [] };
  try {
    for (let r = 0; r < runs; r++) {
      const page = await browser.newPage();
      const requested = new Set();
      page.on('request', (req) => {
        const u = new URL(req.url());
        if (u.protocol.startsWith('http')) requested.add(u.pathname);
      });
      await page.addInitScript(() => {
        globalThis.__longTasks = [];
        // when the file input's change event fires: the task that holds it is
        // the browser handing over the files (a FileList of N entries)
        document.addEventListener('change', () => (globalThis.__changeAt ??= performance.now()), true);
        new PerformanceObserver((list) => list.getEntries().forEach((e) => globalThis.__longTasks.push([e.startTime, e.duration]))).observe({ type: 'longtask', buffered: true });
      });
      await page.goto(url);
      await page.waitForSelector('html[data-ready=true]', { timeout: 60_000 });
      const size = workers || (await page.evaluate(() => Math.max(1, Math.min(navigator.hardwareConcurrency || 2, 4))));
      result.size = size;
      await page.fill('[data-testid=requirements]', requirements);
      await page.waitForTimeout(500); // the interpretation as you type settles
      let cdp = null;
      if (profile) {
        cdp = await page.context().newCDPSession(page);
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
        await cdp.send('Profiler.start');
      }
      const t0ms = await page.evaluate(() => {
        globalThis.__longTasks = [];
        return performance.now();
      });
      // "done" shows: watched by a MutationObserver, not by polling the DOM
      // (Playwright's waitForSelector would work on the main thread it measures)
      await page.evaluate(() => {
        const done = document.querySelector('[data-testid=done]');
        globalThis.__done = new Promise((resolve) => new MutationObserver(() => !done.hidden && resolve(performance.now())).observe(done, { attributes: true }));
      });
      const stop = memorySampler();
      const t0 = Date.now();
      await page.setInputFiles('[data-testid=files]', files);
      const tDone = await page.evaluate(() => globalThis.__done);
      const took = (Date.now() - t0) / 1000;
      // the last render after "done" belongs to the batch too
      await page.waitForTimeout(300);
      const memory = stop();
      // the main thread's share: its JavaScript heap (Chromium's performance.memory) and DOM
      Object.assign(memory, await page.evaluate(() => ({ mainHeap: performance.memory?.usedJSHeapSize || 0, nodes: document.getElementsByTagName('*').length })));
      const rows = await page.$$eval('[data-testid=candidate]', (rs) => rs.length);
      if (rows !== n) throw new Error(`${rows} rows for ${n} files`);
      const tasks = await page.evaluate(() => globalThis.__longTasks);
      const changeAt = await page.evaluate(() => globalThis.__changeAt);
      const isInput = ([s, d]) => changeAt !== undefined && s <= changeAt && changeAt <= s + d;
      result.times.push(took);
      result.longest.push(Math.max(0, ...tasks.map((t) => t[1])));
      result.input.push(Math.max(0, ...tasks.filter(isInput).map((t) => t[1])));
      result.other.push(Math.max(0, ...tasks.filter((t) => !isInput(t)).map((t) => t[1])));
      result.memory.push(memory);
      if (profile) {
        const { profile: prof } = await cdp.send('Profiler.stop');
        const rel = tasks.map(([s, d]) => [Math.round(s - t0ms), Math.round(d)]);
        const top = [...rel].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([s, d]) => ({ start: s, ms: d, hot: hotFunctions(prof, [s, s + d]) }));
        result.tasks.push({ tasks: rel, doneAt: Math.round(tDone - t0ms), hot: hotFunctions(prof), top });
      }
      if (!result.served) result.served = servedSize(requested);
      log(`    run ${r + 1}: ${took.toFixed(1)} s, longest task ${result.longest.at(-1).toFixed(0)} ms (file input ${result.input.at(-1).toFixed(0)} ms, other ${result.other.at(-1).toFixed(0)} ms), ${tasks.length} tasks over 50 ms, page peak ${(memory.renderer / 1e6).toFixed(0)} MB (pool: ${size} workers)`);
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return result;
}

/** The files the page fetched, their size as served and gzipped. */
function servedSize(paths) {
  let raw = 0;
  let gz = 0;
  const files = [];
  for (const p of [...paths].sort()) {
    const f = join(ROOT, decodeURIComponent(p === '/' ? '/index.html' : p));
    if (!existsSync(f)) continue;
    const bytes = readFileSync(f);
    const g = gzipSync(bytes, { level: 9 }).length;
    raw += bytes.length;
    gz += g;
    files.push({ path: p, bytes: bytes.length, gzip: g });
  }
  return { raw, gzip: gz, files };
}

/** Self time per function (ms) from a CDP CPU profile, the top 15; within
 * `window` ([from, to] ms after the profile started) with the two callers
 * (to tell what a long task was doing), else over the whole profile. */
function hotFunctions(prof, window) {
  const self = new Map();
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of prof.nodes) for (const c of n.children || []) parent.set(c, n);
  const name = (n) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
  let at = 0;
  for (let i = 0; i < prof.samples.length; i++) {
    at += (prof.timeDeltas[i] || 0) / 1000;
    if (window && (at < window[0] || at > window[1])) continue;
    let node = byId.get(prof.samples[i]);
    let key = name(node);
    if (window) for (let k = 0; k < 2 && (node = parent.get(node.id)) && node.callFrame.functionName !== '(root)'; k++) key += ` < ${name(node)}`;
    self.set(key, (self.get(key) || 0) + (prof.timeDeltas[i] || 0) / 1000);
  }
  return [...self.entries()].filter(([k]) => !k.startsWith('(idle)') && (window || !k.startsWith('(program)'))).sort((a, b) => b[1] - a[1]).slice(0, window ? 6 : 15).map(([k, ms]) => [k, Math.round(ms)]);
}

export function printPage(r, log = console.log) {
  const mb = (b) => `${(b / 1e6).toFixed(0)} MB`;
  log(`page, ${r.n} two-page PDF CVs, ${r.size} workers${r.workers ? ' (?workers=' + r.workers + ')' : ' (the default: one per core, up to 4)'}, ${r.runs} runs`);
  log(`  time to the last verdict: median ${median(r.times).toFixed(1)} s (runs: ${r.times.map((t) => t.toFixed(1)).join(', ')}); ${(r.n / median(r.times)).toFixed(0)} CVs/s`);
  log(`  main thread's longest task: median ${median(r.longest).toFixed(0)} ms (runs: ${r.longest.map((t) => t.toFixed(0)).join(', ')}); the file input's task (the browser handing over ${r.n} files) ${median(r.input).toFixed(0)} ms, the longest other task ${median(r.other).toFixed(0)} ms`);
  log(`  peak memory: page renderer (main thread + workers) median ${mb(median(r.memory.map((m) => m.renderer)))} (${mb(median(r.memory.map((m) => m.start)))} before the batch; main thread's JS heap at the end ${mb(median(r.memory.map((m) => m.mainHeap)))}, ${median(r.memory.map((m) => m.nodes))} elements); all Chromium processes ${mb(median(r.memory.map((m) => m.all)))}`);
  for (const t of r.tasks) {
    log(`  tasks over 50 ms [start ms after adding the files, duration ms], done at ${t.doneAt} ms: ${JSON.stringify(t.tasks)}`);
    log(`  main thread self time (ms): ${t.hot.map(([k, ms]) => `${k} ${ms}`).join('; ')}`);
    for (const x of t.top) log(`  task at ${x.start} ms, ${x.ms} ms: ${x.hot.map(([k, ms]) => `${k} ${ms}`).join('; ')}`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const arg = (name, dflt) => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? Number(process.argv[i + 1]) : dflt;
  };
  const r = await benchPage({ n: arg('--cvs', 300), runs: arg('--runs', 3), workers: arg('--workers', 0), profile: process.argv.includes('--profile') });
  printPage(r);
}
