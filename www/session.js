// Saving a session, only when the user asks: everything needed to carry on
// later (requirements, the files, decisions, overrides, the audit log) in
// one file encrypted with a passphrase the user sets. Web Crypto: PBKDF2
// (SHA-256, 600 000 iterations) derives an AES-256-GCM key. Nothing is
// written to the browser's storage; the file is a download.
//
// File layout: "SIKTE-SESSION-1\n" (16 bytes), salt (16), IV (12), then the
// AES-GCM ciphertext of the session's JSON.

const MAGIC = new TextEncoder().encode('SIKTE-SESSION-1\n');
const ITERATIONS = 600_000;

async function key(passphrase, salt) {
  const base = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', salt, iterations: ITERATIONS, hash: 'SHA-256' }, base, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

/** Encrypt a session object. */
export async function encrypt(session, passphrase) {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const plain = new TextEncoder().encode(JSON.stringify(session));
  const cipher = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, await key(passphrase, salt), plain));
  const out = new Uint8Array(MAGIC.length + salt.length + iv.length + cipher.length);
  out.set(MAGIC, 0);
  out.set(salt, MAGIC.length);
  out.set(iv, MAGIC.length + 16);
  out.set(cipher, MAGIC.length + 28);
  return out;
}

/** An error whose `key` names the catalogue message the page shows for it
 * (www/i18n/); `message` is for the console. */
export function failure(key, message) {
  return Object.assign(new Error(message), { key });
}

/** Decrypt a session file; throws on a wrong passphrase or a damaged file
 * (errors made by `failure`). */
export async function decrypt(bytes, passphrase) {
  const data = new Uint8Array(bytes);
  if (data.length < MAGIC.length + 28 || !MAGIC.every((b, i) => data[i] === b)) throw failure('session.notSessionFile', 'not a Sikte session file');
  const salt = data.subarray(MAGIC.length, MAGIC.length + 16);
  const iv = data.subarray(MAGIC.length + 16, MAGIC.length + 28);
  let plain;
  try {
    plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, await key(passphrase, salt), data.subarray(MAGIC.length + 28));
  } catch {
    throw failure('session.wrongPassphrase', 'wrong passphrase, or the file is damaged');
  }
  return JSON.parse(new TextDecoder().decode(plain));
}

export function toBase64(buffer) {
  const bytes = new Uint8Array(buffer);
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

export function fromBase64(b64) {
  return Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)).buffer;
}
