// Core throughput in WebAssembly (Node): the very texts the native benchmark
// screened (target/bench/core-corpus.json, written by `cargo run --release -p
// sikte-bench`), each screened with `screen_text` as the page's worker calls
// it (parse the 8 requirement lines, screen, candidate JSON with UTF-16
// evidence offsets). Prints the median over repeated runs; asserts nothing
// about time.
// Usage: node scripts/bench/wasm.mjs [--runs 5] [--pkg pkg] [--corpus target/bench/core-corpus.json] [--json out.json]
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = new URL('../..', import.meta.url).pathname;
const opt = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : dflt;
};

export async function benchWasm({ runs = 5, pkg = join(ROOT, 'pkg'), corpus = join(ROOT, 'target/bench/core-corpus.json') } = {}) {
  const core = await import(pathToFileURL(join(pkg, 'sikte_wasm.js')).href);
  core.initSync({ module: readFileSync(join(pkg, 'sikte_wasm_bg.wasm')) });
  const { requirements, today, lang, cvs } = JSON.parse(readFileSync(corpus, 'utf8'));
  const screenAll = () => {
    let out = 0;
    for (const cv of cvs) out += core.screen_text(requirements, cv.name, cv.text, '[]', true, '[]', today, lang).length;
    return out;
  };
  screenAll(); // warm-up
  const times = [];
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    screenAll();
    times.push((performance.now() - t) / 1000);
  }
  const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
  const passes = cvs.filter((cv) => JSON.parse(core.screen_text(requirements, cv.name, cv.text, '[]', true, '[]', today, lang)).candidate.status === 'pass').length;
  return { cvs: cvs.length, runs, times, median_s: median, cvs_per_s: cvs.length / median, us_per_cv: (median / cvs.length) * 1e6, passes, version: core.version() };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const r = await benchWasm({ runs: Number(opt('--runs', 5)), pkg: resolve(opt('--pkg', join(ROOT, 'pkg'))), corpus: resolve(opt('--corpus', join(ROOT, 'target/bench/core-corpus.json'))) });
  console.log(`core, WebAssembly in Node ${process.version} (single thread), median of ${r.runs} runs`);
  console.log(`  screen_text as the page calls it: ${r.cvs_per_s.toFixed(0)} CVs/s (${r.us_per_cv.toFixed(0)} µs per CV; ${r.cvs} CVs, ${r.passes} pass; runs ${r.times.map((t) => `${(t * 1e3).toFixed(0)} ms`).join(', ')})`);
  const out = opt('--json');
  if (out) {
    mkdirSync(dirname(resolve(out)), { recursive: true });
    writeFileSync(out, JSON.stringify(r, null, 2));
  }
}
