// The page in five languages: every catalogue has every key with the same
// parameters, every key the page uses exists, and no user-facing string is
// written into the page's code or HTML instead of a catalogue.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('../..', import.meta.url).pathname;
const LANGS = ['en', 'nb', 'nn', 'sv', 'da'];
const catalogues = Object.fromEntries(await Promise.all(LANGS.map(async (l) => [l, (await import(join(ROOT, `www/i18n/${l}.js`))).default])));
// every module of the page's main thread (the workers show no text)
const PAGE_MODULES = readdirSync(join(ROOT, 'www')).filter((f) => f.endsWith('.js') && !['worker.js', 'pool.js', 'pdf-text.js'].includes(f)).sort();
const params = (s) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

test('every catalogue has every key, with the same parameters', () => {
  const keys = Object.keys(catalogues.en).sort();
  for (const l of LANGS) {
    assert.deepEqual(Object.keys(catalogues[l]).sort(), keys, `${l}: keys differ from en`);
    for (const k of keys) {
      assert.equal(typeof catalogues[l][k], 'string', `${l} ${k}`);
      assert.ok(catalogues[l][k].trim(), `${l} ${k} is empty`);
      assert.deepEqual(params(catalogues[l][k]), params(catalogues.en[k]), `${l} ${k}: parameters`);
    }
  }
});

test('every key the page uses exists', () => {
  const html = readFileSync(join(ROOT, 'index.html'), 'utf8');
  const used = new Set();
  for (const m of html.matchAll(/data-i18n="([^"]+)"/g)) used.add(m[1]);
  for (const m of html.matchAll(/data-i18n-attr="([^"]+)"/g)) for (const pair of m[1].split(';')) used.add(pair.split(':')[1]);
  for (const f of PAGE_MODULES) {
    const js = readFileSync(join(ROOT, 'www', f), 'utf8');
    for (const m of js.matchAll(/\bt\('([a-zA-Z_.]+)'/g)) used.add(m[1]);
    for (const m of js.matchAll(/t\(`(\w+)\.\$\{/g)) for (const k of Object.keys(catalogues.en)) if (k.startsWith(m[1] + '.')) used.add(k);
  }
  const missing = [...used].filter((k) => !(k in catalogues.en));
  assert.deepEqual(missing, []);
});

test('no user-facing text is hard-coded in the page', () => {
  const html = readFileSync(join(ROOT, 'index.html'), 'utf8');
  const body = html.slice(html.indexOf('<body>'), html.indexOf('</body>'));
  // text between tags, outside the allowed: the product name, step numbers,
  // language names in their own language, and the no-script note (which
  // cannot be translated without script)
  const allowed = new Set(['Sikte', '1', '2', '3', 'Norsk bokmål', 'Norsk nynorsk', 'Svenska', 'Dansk', 'English']);
  const texts = [...body.replace(/<noscript>[\s\S]*?<\/noscript>/, '').matchAll(/>([^<]+)</g)].map((m) => m.group ?? m[1]).map((s) => s.trim()).filter((s) => /\p{L}/u.test(s));
  assert.deepEqual(texts.filter((s) => !allowed.has(s)), []);
  for (const f of PAGE_MODULES.filter((f) => f !== 'i18n.js')) {
    const js = readFileSync(join(ROOT, 'www', f), 'utf8');
    // string literals shown as text: `text: '…'`, textContent = '…', or a
    // bare literal child of el(...) that holds a word
    const bad = [
      ...js.matchAll(/text:\s*'([^']*\p{L}{2}[^']*)'/gu),
      ...js.matchAll(/text:\s*`([^`]*)`/gu),
      ...js.matchAll(/textContent\s*=\s*['`]([^'`]*\p{L}{2}[^'`]*)['`]/gu),
    ].map((m) => m[1]).filter((s) => /\p{L}{2}/u.test(s.replace(/\$\{[^}]*\}/g, '')));
    assert.deepEqual(bad, [], `${f}: strings that belong in www/i18n/`);
  }
});
