//! The requirement linter on the command line (`sikte lint`), for recruiters
//! and for ATS vendors who check job ads on their side.
//!
//! ```text
//! sikte lint krav.txt [--format text|json]
//! ```
//!
//! Text: one line per warning, `LINE: "text" — ground: reason`. JSON: an
//! array of `{ "line", "text", "ground", "reason" }` (`line` is 1-based).
//! The exit status is 0 whatever the warnings (a warning never blocks); 2 on
//! bad usage or a file that cannot be read.

use std::io::{Read, Write};
use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::ValueEnum;

#[derive(clap::Args)]
pub struct LintArgs {
    /// The requirements file (or a job ad), one requirement per line; `-`
    /// reads standard input. Blank lines and lines starting with `#` are
    /// skipped.
    pub file: PathBuf,
    /// Output format.
    #[arg(long, short, value_enum, default_value_t = LintFormat::Text)]
    pub format: LintFormat,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum LintFormat {
    Text,
    Json,
}

pub fn run(args: &LintArgs) -> Result<()> {
    let bytes = if args.file.as_os_str() == "-" {
        let mut b = Vec::new();
        std::io::stdin().lock().read_to_end(&mut b).context("cannot read standard input")?;
        b
    } else {
        std::fs::read(&args.file).with_context(|| format!("cannot read {}", args.file.display()))?
    };
    let text = String::from_utf8(bytes).with_context(|| format!("{} is not UTF-8 text", args.file.display()))?;
    let warnings = sikte::lint::lint(&text);
    let out = match args.format {
        LintFormat::Json => serde_json::to_string_pretty(&warnings).context("cannot render the warnings")? + "\n",
        LintFormat::Text => {
            warnings.iter().map(|w| format!("{}: \"{}\" — {}: {}\n", w.line, w.text, w.ground, w.reason)).collect()
        }
    };
    std::io::stdout().lock().write_all(out.as_bytes()).context("cannot write the output")?;
    if matches!(args.format, LintFormat::Text) {
        match warnings.len() {
            0 => eprintln!("sikte: no warnings"),
            1 => eprintln!("sikte: 1 warning (advice, not a block)"),
            n => eprintln!("sikte: {n} warnings (advice, not a block)"),
        }
    }
    Ok(())
}
