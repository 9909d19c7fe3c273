//! Sikte's integration tests: one binary (as in ripgrep and regex). The
//! data-driven cases under `tests/data/` are described in
//! `tests/data/README.md`; `check` runs them.

mod cases;
mod cli_fixtures;
mod report;
