//! `cargo +nightly fuzz run screen`: see fuzz/README.md and `sikte_fuzz::screen`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| sikte_fuzz::screen(data));
