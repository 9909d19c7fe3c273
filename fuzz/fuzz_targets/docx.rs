//! `cargo +nightly fuzz run docx`: see fuzz/README.md and `sikte_fuzz::docx`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| sikte_fuzz::docx(data));
