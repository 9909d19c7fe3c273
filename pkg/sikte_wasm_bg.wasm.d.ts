/* tslint:disable */
/* eslint-disable */
export const memory: WebAssembly.Memory;
export const extract: (a: number, b: number, c: number, d: number) => [number, number, number, number];
export const interpret: (a: number, b: number, c: number, d: number) => [number, number, number, number];
export const lint: (a: number, b: number, c: number, d: number) => [number, number, number, number];
export const max_file_bytes: () => number;
export const order_pdf_text: (a: number, b: number) => [number, number, number, number];
export const pick_requirements: (a: number, b: number) => [number, number, number, number];
export const redactions: (a: number, b: number) => [number, number, number, number];
export const render: (a: number, b: number, c: number, d: number, e: number, f: number, g: number, h: number) => [number, number, number, number];
export const screen_file: (a: number, b: number, c: number, d: number, e: number, f: number, g: number, h: number) => [number, number, number, number];
export const screen_text: (a: number, b: number, c: number, d: number, e: number, f: number, g: number, h: number, i: number, j: number, k: number, l: number, m: number, n: number, o: number) => [number, number, number, number];
export const version: () => [number, number];
export const __wbindgen_externrefs: WebAssembly.Table;
export const __wbindgen_malloc: (a: number, b: number) => number;
export const __wbindgen_realloc: (a: number, b: number, c: number, d: number) => number;
export const __wbindgen_free: (a: number, b: number, c: number) => void;
export const __externref_table_dealloc: (a: number) => void;
export const __wbindgen_start: () => void;
