// Build the page's generated parts from one source:
//   www/vendor/pdfjs/   pdf.js copied from node_modules (committed, so the
//                       repository can be served as the site as it is)
//   demo/manifest.json  the demo jobs the page's demo button loads
//   dist/sikte.html     one self-contained file (code, styles, WASM, pdf.js,
//                       demo) that works when opened from disk, offline
// Usage: node scripts/build-page.mjs [--check]
//   --check: fail if the committed vendor files or manifest are stale.
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const problems = [];

function write(path, content) {
  const full = join(root, path);
  if (check) {
    const old = existsSync(full) ? readFileSync(full) : null;
    if (!old || !old.equals(Buffer.from(content))) problems.push(`${path} is stale: run node scripts/build-page.mjs`);
    return;
  }
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, content);
}

// 1. pdf.js, vendored
const pdfjsDir = join(root, 'node_modules/pdfjs-dist');
const pdfjsVersion = JSON.parse(readFileSync(join(pdfjsDir, 'package.json'))).version;
for (const f of ['pdf.min.mjs', 'pdf.worker.min.mjs']) {
  write(`www/vendor/pdfjs/${f}`, readFileSync(join(pdfjsDir, 'build', f)));
}
write('www/vendor/pdfjs/LICENSE', readFileSync(join(pdfjsDir, 'LICENSE')));
write('www/vendor/pdfjs/README.md', `# pdf.js ${pdfjsVersion} (vendored)

Copied from the npm package \`pdfjs-dist@${pdfjsVersion}\` by \`scripts/build-page.mjs\`;
do not edit. Licence: Apache-2.0 (see LICENSE). Used for the text layer only:
no scripting, no XFA, no eval, no font loading.
`);

// 2. the demo manifest: every job folder, the nurse job (several languages) first
const jobs = readdirSync(join(root, 'demo'))
  .filter((d) => statSync(join(root, 'demo', d)).isDirectory())
  .sort((a, b) => (a === 'sykepleier-hjemmetjenesten' ? -1 : b === 'sykepleier-hjemmetjenesten' ? 1 : a.localeCompare(b)))
  .map((dir) => ({
    dir,
    requirements: readFileSync(join(root, 'demo', dir, 'requirements.txt'), 'utf8'),
    files: readdirSync(join(root, 'demo', dir, 'cvs')).sort().map((name) => ({ name })),
  }));
write('demo/manifest.json', JSON.stringify({ jobs }, null, 2) + '\n');

if (check) {
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
  console.log('page: vendored pdf.js and demo manifest are fresh');
  process.exit(0);
}

// 3. the single file
async function bundle(entry) {
  const out = await esbuild.build({
    entryPoints: [join(root, entry)],
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    legalComments: 'none',
    logLevel: 'warning',
  });
  return out.outputFiles[0].text;
}
const appCode = await bundle('www/app.js');
const workerCode = await bundle('www/worker.js');
const css = readFileSync(join(root, 'www/style.css'), 'utf8');
const wasm = readFileSync(join(root, 'pkg/sikte_wasm_bg.wasm')).toString('base64');
const demo = {
  jobs: jobs.map((j) => ({
    ...j,
    files: j.files.map((f) => ({ name: f.name, base64: readFileSync(join(root, 'demo', j.dir, 'cvs', f.name)).toString('base64') })),
  })),
};
// Data goes into non-running script elements, read with textContent. No
// content may close its element: JSON escapes `<` as \u003c; code (where
// `</script` can only occur inside a string, regex or comment) gets `<\/`.
const data = (id, text) => `<script type="application/octet-stream" id="${id}">${text}</script>`;
const json = (value) => JSON.stringify(value).replaceAll('<', '\\u003c');
const code = (js) => js.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
const boot = `(() => {
  const text = (id) => document.getElementById(id).textContent;
  const bytes = (b64) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)).buffer;
  const workerUrl = URL.createObjectURL(new Blob([text('sikte-worker')], { type: 'text/javascript' }));
  globalThis.SIKTE_CONFIG = {
    wasm: bytes(text('sikte-wasm')),
    makeWorker: () => new Worker(workerUrl, { type: 'module' }),
    demo: JSON.parse(text('sikte-demo')),
  };
})();`;
const sha = (s) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
const csp = [
  "default-src 'none'",
  `script-src ${sha(boot)} ${sha(code(appCode))} 'wasm-unsafe-eval'`,
  'worker-src blob:',
  `style-src ${sha(css)}`,
  "img-src data:",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
let html = readFileSync(join(root, 'index.html'), 'utf8');
html = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, `<meta http-equiv="Content-Security-Policy" content="${csp}">`);
html = html.replace('<link rel="stylesheet" href="www/style.css">', () => `<style>${css}</style>`);
html = html.replace('<script type="module" src="www/app.js"></script>', () =>
  [data('sikte-wasm', wasm), data('sikte-worker', code(workerCode)), data('sikte-demo', json(demo)), `<script>${boot}</script>`, `<script type="module">${code(appCode)}</script>`].join('\n'));
mkdirSync(join(root, 'dist'), { recursive: true });
writeFileSync(join(root, 'dist/sikte.html'), html);
console.log(`dist/sikte.html: ${(html.length / 1024 / 1024).toFixed(1)} MB (pdf.js ${pdfjsVersion})`);
