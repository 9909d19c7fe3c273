//! Audit-log verification (`sikte verify`). Not written yet.

use anyhow::{bail, Result};

#[derive(clap::Args)]
pub struct VerifyArgs {}

pub fn run(_args: &VerifyArgs) -> Result<()> {
    bail!("`sikte verify` is not written yet")
}
