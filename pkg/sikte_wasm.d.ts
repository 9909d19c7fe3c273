/* tslint:disable */
/* eslint-disable */

/**
 * Extract the text of a TXT, Markdown, DOCX or JSON Resume file:
 * `{ text, warnings, readable, hidden }`, the warnings as `{ key, args }`
 * notes, `hidden` the UTF-8 byte ranges `[start, end]` of text a reader of
 * the file cannot see (hand them back to [`screen_text`] unchanged).
 * PDFs are read by pdf.js in the page.
 */
export function extract(name: string, bytes: Uint8Array | number[]): string;

/**
 * How each requirement line is understood, in `lang`: a JSON array of
 * `{ index, text, kind, interpretation }`.
 */
export function interpret(requirements: string, lang: string): string;

/**
 * The requirement linter's warnings on `requirements` (advice, never a
 * block): a JSON array of `{ line, text, ground, reason }` as `sikte lint
 * --format json` gives them (`line` is 1-based), with each reason in `lang`.
 */
export function lint(requirements: string, lang: string): string;

/**
 * The largest file, in bytes, the page reads (the same limit as the CLI's):
 * a larger file is not handed to pdf.js or the readers at all.
 */
export function max_file_bytes(): number;

/**
 * The text of a PDF in reading order, from pdf.js's positioned text items:
 * `pages` is a JSON array of `{ width, items: [{ s, x, y, w, h, hidden }] }`
 * (the same ordering the CLI applies to its own PDF reader's spans).
 * Returns `{ text, hidden }`: `hidden` the UTF-8 byte ranges `[start, end]`
 * of text a reader cannot see (items marked `hidden`, tiny fonts).
 */
export function order_pdf_text(pages: string): string;

/**
 * The requirement lines of a pasted job ad (a JSON array of strings).
 */
export function pick_requirements(ad: string): string;

/**
 * The spans of a CV's text to hide in blind review (`sikte::redact`): a
 * JSON array of `{ kind, start, end, start_utf16, end_utf16 }` in text
 * order, never overlapping. The page shows each as redacted, never removes
 * it silently.
 */
export function redactions(text: string): string;

/**
 * The whole report from candidates screened one by one (a JSON array of
 * `candidate` objects), rendered as `json` (`sikte.report/1`, exactly as
 * the CLI writes it) or `csv`, with interpretations in `lang`.
 */
export function render(requirements: string, candidates: string, format: string, lang: string): string;

/**
 * Screen one file's bytes (not PDF): the candidate as JSON, in English.
 */
export function screen_file(requirements: string, name: string, bytes: Uint8Array | number[], today: string): string;

/**
 * Screen extracted text (from [`extract`] or pdf.js) with its extraction
 * warnings (a JSON array of `{ key, args }` notes); `readable = false`
 * marks a file that could not be read; `hidden` is a JSON array of UTF-8
 * byte ranges `[start, end]` of `text` a reader cannot see (from
 * [`extract`] or [`order_pdf_text`]; `[]` when none). Returns `{ candidate,
 * evidence_utf16, hidden_utf16 }`; `candidate` is as in `sikte.report/1`,
 * in `lang`.
 */
export function screen_text(requirements: string, name: string, text: string, warnings: string, readable: boolean, hidden: string, today: string, lang: string): string;

/**
 * The version of the core.
 */
export function version(): string;

export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;

export interface InitOutput {
    readonly memory: WebAssembly.Memory;
    readonly extract: (a: number, b: number, c: number, d: number) => [number, number, number, number];
    readonly interpret: (a: number, b: number, c: number, d: number) => [number, number, number, number];
    readonly lint: (a: number, b: number, c: number, d: number) => [number, number, number, number];
    readonly max_file_bytes: () => number;
    readonly order_pdf_text: (a: number, b: number) => [number, number, number, number];
    readonly pick_requirements: (a: number, b: number) => [number, number, number, number];
    readonly redactions: (a: number, b: number) => [number, number, number, number];
    readonly render: (a: number, b: number, c: number, d: number, e: number, f: number, g: number, h: number) => [number, number, number, number];
    readonly screen_file: (a: number, b: number, c: number, d: number, e: number, f: number, g: number, h: number) => [number, number, number, number];
    readonly screen_text: (a: number, b: number, c: number, d: number, e: number, f: number, g: number, h: number, i: number, j: number, k: number, l: number, m: number, n: number, o: number) => [number, number, number, number];
    readonly version: () => [number, number];
    readonly __wbindgen_externrefs: WebAssembly.Table;
    readonly __wbindgen_malloc: (a: number, b: number) => number;
    readonly __wbindgen_realloc: (a: number, b: number, c: number, d: number) => number;
    readonly __wbindgen_free: (a: number, b: number, c: number) => void;
    readonly __externref_table_dealloc: (a: number) => void;
    readonly __wbindgen_start: () => void;
}

export type SyncInitInput = BufferSource | WebAssembly.Module;

/**
 * Instantiates the given `module`, which can either be bytes or
 * a precompiled `WebAssembly.Module`.
 *
 * @param {{ module: SyncInitInput }} module - Passing `SyncInitInput` directly is deprecated.
 *
 * @returns {InitOutput}
 */
export function initSync(module: { module: SyncInitInput } | SyncInitInput): InitOutput;

/**
 * If `module_or_path` is {RequestInfo} or {URL}, makes a request and
 * for everything else, calls `WebAssembly.instantiate` directly.
 *
 * @param {{ module_or_path: InitInput | Promise<InitInput> }} module_or_path - Passing `InitInput` directly is deprecated.
 *
 * @returns {Promise<InitOutput>}
 */
export default function __wbg_init (module_or_path?: { module_or_path: InitInput | Promise<InitInput> } | InitInput | Promise<InitInput>): Promise<InitOutput>;
