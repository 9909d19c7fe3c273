// A static server for the page on localhost, with the security headers a
// deployment should send. Node's standard library only.
// Usage: node scripts/serve.mjs [--port 8080] [--root .]
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const root = resolve(opt('--root', join(fileURLToPath(import.meta.url), '../..')));
const port = Number(opt('--port', process.env.PORT || 8080));
const host = opt('--host', '127.0.0.1');

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.txt': 'text/plain; charset=utf-8', '.md': 'text/markdown; charset=utf-8',
  '.pdf': 'application/pdf', '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** The headers every response carries: what the page needs and no more. */
export const SECURITY_HEADERS = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; connect-src 'self'; img-src 'self' data:; style-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

/** The headers for a deployment whose embedding allowlist is `origins`:
 * `frame-ancestors` is set from the same list as sikte.config.json. */
export function headersFor(origins = []) {
  const csp = SECURITY_HEADERS['Content-Security-Policy'].replace("frame-ancestors 'self'", ["frame-ancestors 'self'", ...origins].join(' '));
  return { ...SECURITY_HEADERS, 'Content-Security-Policy': csp };
}

/** Serve `root` on `host:port`; resolves to the listening server. `config`
 * (sikte.config.json's content) overrides the file, for tests. */
export function serve({ root: dir = root, port: p = port, host: h = host, config = null, headers: fixed = null } = {}) {
  const base = resolve(dir);
  let cfg = config;
  if (!cfg) {
    try {
      cfg = JSON.parse(readFileSync(join(base, 'sikte.config.json'), 'utf8'));
    } catch {
      cfg = { allowedOrigins: [] };
    }
  }
  const headers = fixed || headersFor(cfg.allowedOrigins || []);
  const server = createServer(async (req, res) => {
    let path;
    try {
      path = decodeURIComponent(req.url.split(/[?#]/, 1)[0]);
    } catch {
      res.writeHead(400, headers).end('bad request');
      return;
    }
    if (path === '/sikte.config.json' && config) {
      res.writeHead(200, { ...headers, 'Content-Type': 'application/json' }).end(JSON.stringify(config));
      return;
    }
    let file = normalize(join(base, path));
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(403, headers).end('forbidden');
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(file)] || 'application/octet-stream', 'Cache-Control': 'no-cache' });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { ...headers, 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((ok) => server.listen(p, h, () => ok(server)));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const server = await serve();
  const { port: actual } = server.address();
  console.log(`Sikte is served at http://${host}:${actual}/ — files never leave your computer. Ctrl-C stops it.`);
}
