//! `cargo +nightly fuzz run normalize`: see fuzz/README.md and `sikte_fuzz::normalize`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| sikte_fuzz::normalize(data));
