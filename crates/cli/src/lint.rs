//! The requirement linter on the command line (`sikte lint`). Not written yet.

use anyhow::{bail, Result};

#[derive(clap::Args)]
pub struct LintArgs {}

pub fn run(_args: &LintArgs) -> Result<()> {
    bail!("`sikte lint` is not written yet")
}
