// The audit log (`sikte.audit/1`, docs/audit-log.md): what was screened,
// how, and what people decided — never CV content. Entries are hash-chained
// so that a later edit is detectable; `sikte verify LOG` checks the chain.
//
// Each entry is a JSON object whose keys come in this order: `seq`, `time`,
// `type`, the entry's own fields, `prev`; `hash` is the SHA-256 (hex) of
// exactly that JSON text (JSON.stringify, no spaces), and is appended last.

const ZERO = '0'.repeat(64);

async function sha256Hex(text) {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

export class AuditLog {
  constructor() {
    this.entries = [];
    this.chain = Promise.resolve();
  }

  clear() {
    this.entries = [];
    this.chain = Promise.resolve();
  }

  restore(entries) {
    this.entries = entries.slice();
  }

  /** Append an entry; entries are chained in the order of the calls. */
  add(type, fields) {
    this.chain = this.chain.then(async () => {
      const prev = this.entries.length ? this.entries[this.entries.length - 1].hash : ZERO;
      const entry = { seq: this.entries.length, time: new Date().toISOString(), type, ...fields, prev };
      entry.hash = await sha256Hex(JSON.stringify(entry));
      this.entries.push(entry);
    });
    return this.chain;
  }

  /** The log as JSON Lines, after every pending entry is written. */
  async text() {
    await this.chain;
    return this.entries.map((e) => JSON.stringify(e)).join('\n') + '\n';
  }
}
