// Human review: a person decides every candidate. Decisions (advance / do
// not advance, with a required reason for not advancing) and overrides of
// single verdicts (with a reason) are kept by file SHA-256, shown as such,
// and go into the audit log. Sikte decides nothing by itself.

/** @typedef {{decision: 'advance'|'do_not_advance', reason: string, note: string, reviewer: string, time: string}} Decision */
/** @typedef {{from: string, to: string, reason: string, reviewer: string, time: string, text?: string}} Override
 * (`text`: the requirement line it was made on) */

export class Review {
  constructor(onChange = () => {}) {
    /** @type {Map<string, Decision>} */
    this.decisions = new Map();
    /** @type {Map<string, Map<number, Override>>} */
    this.overrides = new Map();
    this.onChange = onChange;
  }

  clear() {
    this.decisions.clear();
    this.overrides.clear();
  }

  /** Record a decision by `reviewer` (a name or initials); a reason is
   * required to not advance. */
  decide(sha, decision, reason = '', note = '', reviewer = '') {
    if (decision === 'do_not_advance' && !reason.trim()) throw new Error('reason required');
    const d = { decision, reason: reason.trim(), note: note.trim(), reviewer: reviewer.trim(), time: new Date().toISOString() };
    this.decisions.set(sha, d);
    this.onChange({ type: 'decision', sha, ...d });
    return d;
  }

  /** The requirement lines are now `lines` (their texts): move each
   * override to the line it was made on, and drop those whose line is gone,
   * so that an override never lands on another requirement. */
  remap(lines) {
    for (const [sha, byIndex] of this.overrides) {
      const moved = new Map();
      for (const [i, o] of byIndex) {
        const free = (k) => !moved.has(k) && lines[k] === o.text;
        const j = o.text === undefined ? i : free(i) ? i : lines.findIndex((_, k) => free(k));
        if (j >= 0 && j < lines.length) moved.set(j, o);
      }
      if (moved.size) this.overrides.set(sha, moved);
      else this.overrides.delete(sha);
    }
  }

  /** Override one verdict, with a reason, by `reviewer`. */
  override(sha, requirement, from, to, reason, reviewer = '', text = undefined) {
    if (!reason.trim()) throw new Error('reason required');
    if (!this.overrides.has(sha)) this.overrides.set(sha, new Map());
    const o = { from, to, reason: reason.trim(), reviewer: reviewer.trim(), time: new Date().toISOString(), ...(text === undefined ? {} : { text }) };
    this.overrides.get(sha).set(requirement, o);
    this.onChange({ type: 'override', sha, requirement, ...o });
    return o;
  }

  /** The verdict a person sees for requirement `i`: the override if there is one. */
  verdictOf(sha, candidate, i) {
    return this.overrides.get(sha)?.get(i)?.to ?? candidate.verdicts[i].verdict;
  }

  overrideOf(sha, i) {
    return this.overrides.get(sha)?.get(i);
  }

  /** Status after overrides: pass only when every non-manual verdict is met
   * and the file was read whole. When the core said review although every
   * verdict is met or manual, the file was not read whole (unreadable, or
   * cut at a size, page or time limit): no override changes that. */
  statusOf(sha, candidate) {
    const metByCore = candidate.verdicts.every((v) => v.verdict === 'met' || v.verdict === 'manual');
    if (candidate.status === 'review' && metByCore) return 'review';
    const all = candidate.verdicts.every((v, i) => ['met', 'manual'].includes(this.verdictOf(sha, candidate, i)));
    return all ? 'pass' : 'review';
  }

  /** Everything decided, for the embedding host and the session file. */
  toJSON() {
    return {
      decisions: [...this.decisions].map(([sha, d]) => ({ sha256: sha, ...d })),
      overrides: [...this.overrides].flatMap(([sha, m]) => [...m].map(([requirement, o]) => ({ sha256: sha, requirement, ...o }))),
    };
  }

  load(json) {
    this.clear();
    for (const d of json.decisions || []) this.decisions.set(d.sha256, { decision: d.decision, reason: d.reason, note: d.note, reviewer: d.reviewer || '', time: d.time });
    for (const o of json.overrides || []) {
      if (!this.overrides.has(o.sha256)) this.overrides.set(o.sha256, new Map());
      this.overrides.get(o.sha256).set(o.requirement, { from: o.from, to: o.to, reason: o.reason, reviewer: o.reviewer || '', time: o.time, ...(typeof o.text === 'string' ? { text: o.text } : {}) });
    }
  }
}

/** How many candidates each requirement *alone* flags: flagged for it and
 * for nothing else. */
export function impact(review, results, count) {
  const alone = new Array(count).fill(0);
  const any = new Array(count).fill(0);
  for (const r of results) {
    const flagged = [];
    for (let i = 0; i < count; i++) {
      const v = review.verdictOf(r.sha256, r.candidate, i);
      if (v === 'not_met' || v === 'unclear') flagged.push(i);
    }
    for (const i of flagged) any[i]++;
    if (flagged.length === 1) alone[flagged[0]]++;
  }
  return { alone, any };
}

/** Groups smaller than this are not shown in the outcome audit. */
export const SMALL_GROUP = 10;

/**
 * The optional outcome audit: for group counts typed in by hand (never
 * inferred from CVs), each group's share who met all requirements and its
 * impact ratio against the highest share (the four-fifths heuristic).
 * Groups under `SMALL_GROUP` applicants are suppressed (`small`); rows that
 * do not add up (`met` over `applied`, or not numbers) get no figures.
 * @param {{applied: number, met: number}[]} groups
 * @returns {{share: number | null, ratio: number | null, small: boolean}[]}
 */
export function outcomeRatios(groups) {
  const rows = groups.map(({ applied, met }) => {
    const ok = Number.isFinite(applied) && Number.isFinite(met) && applied > 0 && met >= 0 && met <= applied;
    return { share: ok ? met / applied : null, small: ok && applied < SMALL_GROUP };
  });
  const best = Math.max(0, ...rows.filter((r) => r.share !== null && !r.small).map((r) => r.share));
  return rows.map((r) => ({
    share: r.small ? null : r.share,
    ratio: r.share === null || r.small || best === 0 ? null : r.share / best,
    small: r.small,
  }));
}
