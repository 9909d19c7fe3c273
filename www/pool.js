// Workers for the page: a pool that screens files in parallel (one worker
// per core, up to four), each file bounded in time, the batch cancellable;
// and one more worker for quick calls (interpretations, exports) so that
// typing stays fast during a batch.

/** Longest time one file may take; then its worker is stopped and the file
 * is marked for review with the reason. */
export const FILE_TIMEOUT_MS = 30_000;

export class TimeoutError extends Error {}
export class CancelledError extends Error {}

/** One worker and its pending calls. */
class Lane {
  constructor(makeWorker, init) {
    this.makeWorker = makeWorker;
    this.init = init;
    this.next = 1;
    this.pending = new Map();
    this.spawn();
  }

  spawn() {
    this.worker = this.makeWorker();
    this.worker.onmessage = ({ data }) => {
      const p = this.pending.get(data.id);
      if (!p) return;
      this.pending.delete(data.id);
      clearTimeout(p.timer);
      if (data.ok) p.resolve(data.result);
      else p.reject(new Error(data.error));
      // a trapped or grown core is replaced once no other call waits on it
      if (data.fatal || data.recycle) this.stale = true;
      if (this.stale && this.pending.size === 0) {
        this.stale = false;
        this.restart(new Error('the worker was restarted'));
      }
    };
    this.worker.onerror = (e) => {
      e.preventDefault?.();
      this.fail(new Error(`the worker stopped: ${e.message || 'unknown error'}`));
    };
    this.ready = this.call({ type: 'init', ...this.init() });
    this.ready.catch(() => {});
  }

  call(msg, transfer = [], timeoutMs = 0) {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      const p = { resolve, reject, timer: 0 };
      if (timeoutMs) {
        p.timer = setTimeout(() => {
          this.pending.delete(id);
          this.restart(new TimeoutError('stopped'));
          reject(new TimeoutError(String(timeoutMs / 1000)));
        }, timeoutMs);
      }
      this.pending.set(id, p);
      this.worker.postMessage({ ...msg, id }, transfer);
    });
  }

  fail(error) {
    for (const p of this.pending.values()) {
      clearTimeout(p.timer);
      p.reject(error);
    }
    this.pending.clear();
  }

  restart(error) {
    this.worker.terminate();
    this.fail(error);
    this.spawn();
  }

  terminate() {
    this.worker.terminate();
    this.fail(new CancelledError('cancelled'));
  }
}

export class Pool {
  /**
   * @param {() => Worker} makeWorker
   * @param {() => object} init extra fields of the init message (the WASM bytes in the single-file build)
   */
  constructor(makeWorker, init = () => ({}), size = 0) {
    const cores = size || Math.max(1, Math.min(navigator.hardwareConcurrency || 2, 4));
    this.makeWorker = makeWorker;
    this.init = init;
    this.size = cores;
    // the quick worker never reads a PDF: it does not load pdf.js (memory)
    this.quick = new Lane(makeWorker, () => ({ ...init(), pdf: false }));
    this.lanes = [];
    this.generation = 0;
    // start every worker now, so that all the page's code is loaded while
    // the network is there (the page keeps working offline after load)
    this.ensureLanes();
  }

  /** Resolves when every worker has loaded the core and pdf.js. */
  ready() {
    return Promise.all([this.quick.ready, ...this.lanes.map((l) => l.ready)]);
  }

  /** A quick call on the separate worker. */
  ask(msg) {
    return this.quick.call(msg);
  }

  ensureLanes() {
    while (this.lanes.length < this.size) this.lanes.push(new Lane(this.makeWorker, this.init));
  }

  /**
   * Screen files; `onResult(index, result | Error)` is called as each ends.
   * Resolves when all are done or the batch is cancelled.
   * @param {{name:string, read:() => Promise<ArrayBuffer>}[]} files
   */
  async screenAll(files, requirements, today, lang, onResult) {
    this.ensureLanes();
    const generation = ++this.generation;
    let next = 0;
    const work = async (lane) => {
      while (next < files.length && generation === this.generation) {
        const i = next++;
        let result;
        try {
          const bytes = await files[i].read();
          result = await lane.call({ type: 'screen', name: files[i].name, bytes, requirements, today, lang }, [bytes], FILE_TIMEOUT_MS);
        } catch (e) {
          result = e instanceof Error ? e : new Error(String(e));
        }
        if (generation !== this.generation) return;
        onResult(i, result);
      }
    };
    await Promise.all(this.lanes.map(work));
    return generation === this.generation;
  }

  /** Stop the running batch: its workers are stopped and replaced. */
  cancel() {
    this.generation++;
    for (const lane of this.lanes) lane.terminate();
    this.lanes = [];
    this.ensureLanes();
  }

  /** Stop every worker (clear everything). */
  destroy() {
    this.cancel();
    this.quick.terminate();
    this.quick = new Lane(this.makeWorker, () => ({ ...this.init(), pdf: false }));
  }
}
