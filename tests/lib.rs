//! Sikte's integration tests: one binary (as in ripgrep and regex). The
//! data-driven cases under `tests/data/` are described in
//! `tests/data/README.md`; `cases::check` runs them. The CLI's tests on real
//! files are in `crates/cli/tests/`.

mod cases;
mod fairness;
mod properties;
mod report;
