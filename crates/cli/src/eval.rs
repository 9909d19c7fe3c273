//! Accuracy evaluation (`sikte eval`). Not written yet.

use anyhow::{bail, Result};

#[derive(clap::Args)]
pub struct EvalArgs {}

pub fn run(_args: &EvalArgs) -> Result<()> {
    bail!("`sikte eval` is not written yet")
}
