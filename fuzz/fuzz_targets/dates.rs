//! `cargo +nightly fuzz run dates`: see fuzz/README.md and `sikte_fuzz::dates`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| sikte_fuzz::dates(data));
