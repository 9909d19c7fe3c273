// sikte-host.js — for applicant tracking systems that embed Sikte.
// One ES module, no dependencies. Puts nothing in URLs and sends files as
// transferable ArrayBuffers; every message goes to Sikte's exact origin.
//
//   import { SikteHost } from './sikte-host.js';
//   const sikte = new SikteHost(iframe, SIKTE_ORIGIN); // where you serve Sikte
//   await sikte.ready();
//   const report = await sikte.screen({
//     requirements: ['Førerkort klasse B', 'Autorisasjon som sykepleier'],
//     applications: [{ name: 'anna.pdf', data: arrayBuffer }, { name: 'ola.txt', text: '…' }],
//     settings: { lang: 'nb', today: '2026-11-27', blind: false },
//   }, { onProgress: ({ done, total }) => {} });
//   sikte.onDecisions(({ decisions, overrides }) => {
//     // decisions: [{ file, sha256, decision: 'advance' | 'do_not_advance', reason, note, reviewer, time }]
//     // overrides: [{ sha256, requirement, from, to, reason, reviewer, time, text }]
//   });
//
// The report is `sikte.report/1` (docs/report-format.md); the protocol is
// `sikte.embed/1` (docs/embedding.md). Sikte accepts messages only from
// origins on its deploy-time allowlist.

export const PROTOCOL = 'sikte.embed/1';

export class SikteHost {
  /**
   * @param {HTMLIFrameElement} iframe the iframe Sikte is loaded in
   * @param {string} origin Sikte's origin (scheme, host and port where it is served)
   */
  constructor(iframe, origin) {
    this.iframe = iframe;
    this.origin = new URL(origin).origin;
    this.listeners = new Set();
    window.addEventListener('message', (event) => {
      if (event.origin !== this.origin || event.source !== this.iframe.contentWindow) return;
      const msg = event.data;
      if (!msg || msg.protocol !== PROTOCOL) return;
      for (const l of this.listeners) l(msg);
    });
  }

  send(msg, transfer = []) {
    this.iframe.contentWindow.postMessage({ protocol: PROTOCOL, ...msg }, this.origin, transfer);
  }

  /** Wait for one message of `type`. */
  next(type, onOther) {
    return new Promise((resolve) => {
      const l = (msg) => {
        if (msg.type === type) {
          this.listeners.delete(l);
          resolve(msg);
        } else onOther?.(msg);
      };
      this.listeners.add(l);
    });
  }

  /** Resolves when Sikte has loaded and answered. */
  async ready({ interval = 250, timeout = 30000 } = {}) {
    const answered = this.next('ready');
    const started = Date.now();
    let done = false;
    answered.then(() => (done = true));
    while (!done) {
      if (Date.now() - started > timeout) throw new Error('Sikte did not answer');
      this.send({ type: 'hello' });
      await Promise.race([answered, new Promise((r) => setTimeout(r, interval))]);
    }
    return answered;
  }

  /**
   * Screen a batch. Resolves with the `sikte.report/1` report.
   * @param {{requirements: string | string[], applications: {name: string, data?: ArrayBuffer | Blob | Uint8Array, text?: string}[], settings?: {lang?: string, today?: string, blind?: boolean}}} batch
   * @param {{onProgress?: (p: {done: number, total: number}) => void}} [options]
   */
  async screen(batch, { onProgress } = {}) {
    const transfer = batch.applications.map((a) => a.data).filter((d) => d instanceof ArrayBuffer);
    const report = this.next('report', (msg) => msg.type === 'progress' && onProgress?.(msg));
    this.send({ type: 'screen', requirements: batch.requirements, applications: batch.applications, settings: batch.settings || {} }, transfer);
    return (await report).report;
  }

  /** Stop the running batch. */
  cancel() {
    this.send({ type: 'cancel' });
  }

  /** Call `fn({ decisions, overrides })` whenever the reviewer completes a
   * review (the shapes are in the comment at the top). */
  onDecisions(fn) {
    this.listeners.add((msg) => msg.type === 'decisions' && fn(msg.decisions));
  }
}
