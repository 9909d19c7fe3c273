// The audit log (`sikte.audit/1`, docs/audit-log.md): what was screened,
// how, and what people decided — never CV content. Entries are hash-chained
// so that a later edit is detectable; `sikte verify LOG` checks the chain.
//
// Every entry's keys come in the documented order: `seq` (1 for the first),
// `time`, `type`, `prev`, the type's own fields, and `hash` last, the
// SHA-256 (hex) of the entry's JSON without `hash`. Each entry type has one
// builder below that writes its fields in that order; every string goes
// through `toWellFormed()` so that the bytes hashed are the bytes written.

export const SCHEMA = 'sikte.audit/1';
const ZERO = '0'.repeat(64);

/** Hex SHA-256 of bytes (an ArrayBuffer or a typed array) or of a string's UTF-8. */
export async function sha256Hex(data) {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

const str = (s) => String(s ?? '').toWellFormed();
const int = (n) => (Number.isSafeInteger(n) && n >= 0 ? n : 0);

/** The fields of each entry type, in the documented order. */
const FIELDS = {
  session: (f) => ({ schema: SCHEMA, version: str(f.version), wasm_sha256: str(f.wasm_sha256), today: str(f.today), lang: str(f.lang) }),
  requirements: (f) => ({
    text: str(f.text),
    lines: f.lines.map((l) => ({ index: int(l.index), text: str(l.text), kind: str(l.kind), interpretation: str(l.interpretation) })),
    warnings: f.warnings.map((w) => ({ line: int(w.line), text: str(w.text), ground: str(w.ground), reason: str(w.reason) })),
    justifications: f.justifications.map((j) => ({ line: int(j.line), text: str(j.text) })),
  }),
  file: (f) => ({
    requirements_seq: int(f.requirements_seq),
    name: str(f.name),
    sha256: str(f.sha256),
    size: int(f.size),
    status: str(f.status),
    verdicts: f.verdicts.map((v) => ({
      requirement: int(v.requirement),
      verdict: str(v.verdict),
      explanation: str(v.explanation),
      // offsets only (UTF-8 bytes into the extracted text), never the quote
      evidence: v.evidence.map((e) => ({ start: int(e.start), end: int(e.end) })),
    })),
    warnings: f.warnings.map(str),
  }),
  decision: (f) => ({ file_sha256: str(f.file_sha256), decision: str(f.decision), reason: str(f.reason), note: str(f.note), reviewer: str(f.reviewer) }),
  override: (f) => ({ file_sha256: str(f.file_sha256), requirement: int(f.requirement), from: str(f.from), to: str(f.to), reason: str(f.reason), reviewer: str(f.reviewer) }),
  export: (f) => ({ what: str(f.what), blind: Boolean(f.blind), sha256: str(f.sha256) }),
};

export class AuditLog {
  /**
   * @param {() => Promise<{version: string, wasm_sha256: string, today: string, lang: string}>} sessionInfo
   *   what the `session` entry records; a new `session` entry is written
   *   before any other entry when the log has none yet or when `today` or
   *   `lang` changed since the last one (re-screening needs both).
   */
  constructor(sessionInfo) {
    this.sessionInfo = sessionInfo;
    this.clear();
  }

  clear() {
    this.entries = [];
    this.chain = Promise.resolve();
  }

  /** Continue a log from a saved session: a `session` entry follows. */
  restore(entries) {
    this.entries = entries.slice();
    this.chain = Promise.resolve();
    this.add('session', null);
  }

  /** The last entry of a type, if any. */
  last(type) {
    for (let i = this.entries.length - 1; i >= 0; i--) if (this.entries[i].type === type) return this.entries[i];
    return undefined;
  }

  /**
   * Append an entry; entries are chained in the order of the calls.
   * `fields` is an object or a function returning one, called when the
   * entry is written (so that it sees the entries before it). Resolves to
   * the entry written, or null when `fields` returns null (nothing to log).
   */
  add(type, fields) {
    const result = this.chain.then(async () => {
      const info = await this.sessionInfo();
      const session = this.last('session');
      if (type === 'session' || !session || session.today !== info.today || session.lang !== info.lang) {
        await this.append('session', info);
        if (type === 'session') return this.entries[this.entries.length - 1];
      }
      const f = typeof fields === 'function' ? fields(this) : fields;
      return f ? this.append(type, f) : null;
    });
    this.chain = result.catch(() => null);
    return result;
  }

  /** `fields` as an entry of `type` holds them (order, types, well-formed strings). */
  fields(type, fields) {
    return FIELDS[type](fields);
  }

  /** The `seq` the next entry gets (inside a `fields` function: the entry's own). */
  nextSeq() {
    return this.entries.length + 1;
  }

  async append(type, fields) {
    const prev = this.entries.length ? this.entries[this.entries.length - 1].hash : ZERO;
    const entry = { seq: this.entries.length + 1, time: new Date().toISOString(), type, prev, ...FIELDS[type](fields) };
    entry.hash = await sha256Hex(JSON.stringify(entry));
    this.entries.push(entry);
    return entry;
  }

  /** The log as JSON Lines, after every pending entry is written. */
  async text() {
    await this.chain;
    return this.entries.map((e) => JSON.stringify(e) + '\n').join('');
  }
}
