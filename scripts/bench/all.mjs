// Every benchmark figure of the README's "Speed and size" section, on this
// machine, as medians over repeated runs. A command, not a test: it prints
// figures and the goals next to them, and asserts nothing about time.
//
//   node scripts/bench/all.mjs [--runs 3] [--pkg pkg]
//
//   1. the core, native: CVs/s against 8 requirements, next to one
//      aho-corasick pass over the same texts (crates/bench, release build)
//   2. the core in WebAssembly (Node, pkg/ or --pkg DIR), the same texts
//   3. the page in headless Chromium: 300 and 1,000 two-page PDFs, time to
//      the last verdict, the main thread's longest task, peak memory
//      (page.mjs says how it is measured)
//   4. the page with a pool of 1 and of 2 workers (`?workers=N`): speed-up
//   5. sizes, gzipped (level 9): the WASM module, the files the page fetched,
//      dist/sikte.html (as last built by `node scripts/build-page.mjs`)
//
// Needs: cargo, Node with the npm dev tools (bash scripts/setup.sh --browser
// --node), Chromium, python3. About a minute on a 2-core machine once built
// (the first run builds crates/bench and generates the PDFs).
// Results also go to target/bench/results/all.json.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { benchPage, median, printPage } from './page.mjs';
import { benchWasm } from './wasm.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const opt = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : dflt;
};
const runs = Number(opt('--runs', 3));
const pkg = resolve(opt('--pkg', join(ROOT, 'pkg')));
const out = join(ROOT, 'target/bench/results');
mkdirSync(out, { recursive: true });
const kb = (b) => `${(b / 1024).toFixed(0)} KB`;
const mb = (b) => `${(b / 1e6).toFixed(0)} MB`;
const gz = (f) => gzipSync(readFileSync(f), { level: 9 }).length;
const load = () => loadavg().map((x) => x.toFixed(1)).join(' ');

console.log(`machine: ${cpus().length} × ${cpus()[0].model}; load average at start ${load()}`);

// 1. native
console.log('\n== 1. core, native');
execFileSync('cargo', ['build', '--release', '--quiet', '-p', 'sikte-bench'], { cwd: ROOT, stdio: 'inherit' });
execFileSync(join(ROOT, 'target/release/sikte-bench'), ['--runs', '9', '--json', join(out, 'core-native.json')], { cwd: ROOT, stdio: 'inherit' });
const native = JSON.parse(readFileSync(join(out, 'core-native.json'), 'utf8'));

// 2. WebAssembly
console.log(`\n== 2. core, WebAssembly in Node ${process.version} (${pkg.replace(ROOT, '')})`);
const wasm = await benchWasm({ runs: 9, pkg });
console.log(`  screen_text as the page calls it: ${wasm.cvs_per_s.toFixed(0)} CVs/s (${wasm.us_per_cv.toFixed(0)} µs per CV), median of ${wasm.runs}; runs ${wasm.times.map((t) => `${(t * 1e3).toFixed(0)} ms`).join(', ')}`);

// 3. and 4. the page
const page = {};
for (const [key, n, workers] of [['p300', 300, 0], ['p1000', 1000, 0], ['w1', 300, 1], ['w2', 300, 2]]) {
  if (key === 'w2' && page.p300.size === 2) {
    page.w2 = page.p300; // the default pool on this machine is 2 workers
    continue;
  }
  console.log(`\n== page: ${n} PDFs${workers ? `, ${workers} worker${workers > 1 ? 's' : ''}` : ''} (load average ${load()})`);
  page[key] = await benchPage({ n, runs, workers });
  printPage(page[key]);
}

// 5. sizes
const wasmFile = join(pkg, 'sikte_wasm_bg.wasm');
const dist = join(ROOT, 'dist/sikte.html');
const sizes = {
  wasm: { raw: statSync(wasmFile).size, gzip: gz(wasmFile) },
  served: { raw: page.p300.served.raw, gzip: page.p300.served.gzip, files: page.p300.served.files.length },
  dist: existsSync(dist) ? { raw: statSync(dist).size, gzip: gz(dist), built: statSync(dist).mtime.toISOString() } : null,
};
console.log('\n== sizes (gzip -9)');
console.log(`  WASM module: ${kb(sizes.wasm.raw)}, gzipped ${kb(sizes.wasm.gzip)}`);
console.log(`  the served page (the ${sizes.served.files} files it fetched, pdf.js included): ${kb(sizes.served.raw)}, gzipped ${kb(sizes.served.gzip)}`);
for (const f of page.p300.served.files) console.log(`    ${f.path}: ${kb(f.bytes)}, gzipped ${kb(f.gzip)}`);
console.log(sizes.dist ? `  dist/sikte.html (built ${sizes.dist.built}): ${kb(sizes.dist.raw)}, gzipped ${kb(sizes.dist.gzip)}` : '  dist/sikte.html: not built (node scripts/build-page.mjs)');

// summary against the goals
const yes = (ok) => (ok ? 'met' : 'MISSED');
const ratioWasm = native.baseline_cvs_per_s / wasm.cvs_per_s;
const t1000 = median(page.p1000.times);
const long1000 = median(page.p1000.longest);
const mem1000 = median(page.p1000.memory.map((m) => m.renderer));
const speedup = median(page.w1.times) / median(page.w2.times);
console.log(`\n== summary (${new Date().toISOString().slice(0, 10)}, load average at the end ${load()})`);
console.log(`  core native ${native.core_cvs_per_s.toFixed(0)} CVs/s, WASM ${wasm.cvs_per_s.toFixed(0)} CVs/s; baseline ${native.baseline_cvs_per_s.toFixed(0)} CVs/s; ratio native ${native.ratio.toFixed(1)}×, WASM ${ratioWasm.toFixed(1)}× (goal ≤ 10×: ${yes(native.ratio <= 10)})`);
console.log(`  page 300 PDFs: ${median(page.p300.times).toFixed(1)} s, longest task ${median(page.p300.longest).toFixed(0)} ms`);
console.log(`  page 1,000 PDFs: ${t1000.toFixed(1)} s (goal < 60 s: ${yes(t1000 < 60)}), longest task ${long1000.toFixed(0)} ms (goal ≤ 100 ms: ${yes(long1000 <= 100)})`);
console.log(`  peak memory, 1,000 PDFs: ${mb(mem1000)} (goal < 500 MB: ${yes(mem1000 < 500e6)})`);
console.log(`  WASM gzipped ${kb(sizes.wasm.gzip)} (goal < 400 KB: ${yes(sizes.wasm.gzip < 400 * 1024)}); page gzipped ${kb(sizes.served.gzip)} served, ${sizes.dist ? kb(sizes.dist.gzip) : '—'} single file`);
console.log(`  1 → 2 workers, 300 PDFs: ${median(page.w1.times).toFixed(1)} s → ${median(page.w2.times).toFixed(1)} s, speed-up ${speedup.toFixed(2)}×`);
writeFileSync(join(out, 'all.json'), JSON.stringify({ date: new Date().toISOString(), native, wasm: { ...wasm, ratio: ratioWasm }, page, sizes, speedup }, null, 2));
