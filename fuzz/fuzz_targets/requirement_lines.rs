//! `cargo +nightly fuzz run requirement_lines`: see fuzz/README.md and `sikte_fuzz::requirement_lines`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| sikte_fuzz::requirement_lines(data));
