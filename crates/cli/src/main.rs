//! `sikte`: screen CV files against requirement lines, on the command line.
//!
//! ```text
//! sikte screen --requirements krav.txt [--today 2026-11-27] [--format table|json|csv] cvs/ anna.pdf
//! ```
//!
//! Exit status: 0 when the run completed, whatever the verdicts; 2 on bad
//! usage or an unreadable requirements file.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Mutex};
use std::time::Duration;

mod eval;
mod lint;
mod verify;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand, ValueEnum};
use sikte::{Date, ExtractedText, Lang, Note, Options};
use sikte_extract::{Format as FileFormat, Limits};

/// Longest time one file may take to read; after it, the file is `review`.
const FILE_TIMEOUT: Duration = Duration::from_secs(10);

#[derive(Parser)]
#[command(
    name = "sikte",
    version,
    about = "Screen CVs against a job's absolute requirements, with evidence. Nothing leaves this machine."
)]
struct Cli {
    /// Language of interpretations, explanations and warnings: nb, nn, sv, da or en.
    #[arg(long, global = true, default_value = "en", value_parser = parse_lang)]
    lang: Lang,
    #[command(subcommand)]
    command: Command,
}

fn parse_lang(s: &str) -> Result<Lang, String> {
    Lang::parse(s).ok_or_else(|| format!("{s:?} is not one of nb, nn, sv, da, en"))
}

#[derive(Subcommand)]
enum Command {
    /// Screen CV files (TXT, Markdown, DOCX, PDF, JSON Resume) and folders.
    Screen(ScreenArgs),
    /// Print the text Sikte reads from a file (what evidence offsets point
    /// into), and its warnings on stderr.
    Text {
        /// A CV file.
        file: PathBuf,
    },
    /// Measure accuracy on a labelled evaluation set (and the shared corpus
    /// when present): pass precision, false review rate, confusion tables.
    Eval(eval::EvalArgs),
    /// Check requirement lines for phrasings that discriminate or act as
    /// proxies for protected grounds.
    Lint(lint::LintArgs),
    /// Verify an audit log's hash chain, and optionally re-screen its files.
    Verify(verify::VerifyArgs),
    /// Show how each requirement line is understood.
    Requirements {
        /// The requirements file: one requirement per line.
        file: PathBuf,
        /// FILE is a whole job ad: pick its requirement lines (under
        /// "Krav", "Kvalifikasjoner", "Requirements", ...) as the page does.
        #[arg(long)]
        from_ad: bool,
    },
}

#[derive(clap::Args)]
struct ScreenArgs {
    /// The requirements file: one requirement per line; blank lines and
    /// lines starting with `#` are ignored.
    #[arg(long, short)]
    requirements: PathBuf,
    /// The date used for "now" (YYYY-MM-DD); default: today.
    #[arg(long, value_parser = parse_date)]
    today: Option<Date>,
    /// Output format.
    #[arg(long, short, value_enum, default_value_t = OutputFormat::Table)]
    format: OutputFormat,
    /// CV files and folders (folders are searched recursively).
    #[arg(required = true)]
    paths: Vec<PathBuf>,
}

#[derive(Clone, Copy, ValueEnum)]
enum OutputFormat {
    Table,
    Json,
    Csv,
}

fn parse_date(s: &str) -> Result<Date, String> {
    Date::parse(s).ok_or_else(|| format!("{s:?} is not a date in the form YYYY-MM-DD"))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Screen(args) => screen(args, cli.lang),
        Command::Requirements { file, from_ad } => show_requirements(&file, from_ad, cli.lang),
        Command::Text { file } => show_text(&file, cli.lang),
        Command::Eval(args) => eval::run(&args),
        Command::Lint(args) => lint::run(&args),
        Command::Verify(args) => verify::run(&args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("sikte: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn read_requirements(file: &Path) -> Result<Vec<sikte::Requirement>> {
    let bytes = std::fs::read(file).with_context(|| format!("cannot read the requirements file {}", file.display()))?;
    let text = String::from_utf8(bytes).with_context(|| format!("{} is not UTF-8 text", file.display()))?;
    let reqs = sikte::parse_requirements(&text);
    anyhow::ensure!(!reqs.is_empty(), "{} has no requirement lines", file.display());
    Ok(reqs)
}

fn show_requirements(file: &Path, from_ad: bool, lang: Lang) -> Result<()> {
    let requirements = if from_ad {
        let ad = std::fs::read_to_string(file).with_context(|| format!("cannot read the job ad {}", file.display()))?;
        let lines = sikte::job_ad::requirement_lines(&ad);
        anyhow::ensure!(!lines.is_empty(), "found no requirement lines in the job ad {}", file.display());
        sikte::parse_requirements(&lines.join("\n"))
    } else {
        read_requirements(file)?
    };
    for r in requirements {
        // some interpretations already begin with their kind ("education: ...")
        let interpretation = r.interpretation(lang);
        let kind = format!("{}: ", r.kind.name());
        let shown = interpretation.strip_prefix(kind.as_str()).unwrap_or(&interpretation);
        println!("R{}  {}\n    {kind}{shown}", r.index + 1, r.text);
    }
    Ok(())
}

fn show_text(file: &Path, lang: Lang) -> Result<()> {
    let extracted = extract_one(file);
    for w in &extracted.warnings {
        eprintln!("sikte: {}: {}", display(file), w.render(lang));
    }
    std::io::stdout().lock().write_all(extracted.text.as_bytes()).context("cannot write the output")?;
    Ok(())
}

fn screen(args: ScreenArgs, lang: Lang) -> Result<()> {
    let requirements = read_requirements(&args.requirements)?;
    let today = args.today.unwrap_or_else(today);
    let (files, skipped) = collect(&args.paths);
    for s in &skipped {
        eprintln!("sikte: skipped {s}");
    }
    let documents = extract_all(&files);
    let report = sikte::screen(&requirements, &documents, &Options::new(today).with_lang(lang));
    let out = match args.format {
        OutputFormat::Json => sikte::render::to_json(&report),
        OutputFormat::Csv => sikte::render::to_csv(&report),
        OutputFormat::Table => {
            let mut t = sikte::render::to_table(&report, lang);
            if !skipped.is_empty() {
                t.push('\n');
                t.push_str(&sikte::t!(lang, "table.skipped", n = skipped.len()));
                t.push('\n');
                for s in &skipped {
                    t.push_str(&format!("  {s}\n"));
                }
            }
            t
        }
    };
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(out.as_bytes()).context("cannot write the output")?;
    Ok(())
}

/// The files to screen, in a stable order (folders sorted by name), and the
/// files skipped with the reason. A path given that does not exist is kept:
/// it becomes a candidate whose file cannot be read.
fn collect(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<String>) {
    let mut files = Vec::new();
    let mut skipped = Vec::new();
    for p in paths {
        if p.is_dir() {
            walk(p, &mut files, &mut skipped);
        } else {
            files.push(p.clone());
        }
    }
    (files, skipped)
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>, skipped: &mut Vec<String>) {
    let mut entries: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
        Err(e) => {
            skipped.push(format!("{} (cannot read the folder: {e})", display(dir)));
            return;
        }
    };
    entries.sort();
    for p in entries {
        let name = p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        if name.starts_with('.') {
            continue; // hidden files and folders (.DS_Store, .git)
        }
        if p.is_dir() {
            walk(&p, files, skipped);
        } else if FileFormat::from_name(&name).is_some() {
            files.push(p);
        } else {
            skipped.push(format!(
                "{} (not a format Sikte reads: PDF, DOCX, ODT, TXT, MD, JSON Resume, Europass XML)",
                display(&p)
            ));
        }
    }
}

fn display(p: &Path) -> String {
    p.to_string_lossy().replace('\\', "/")
}

/// Read every file, on as many threads as there are cores, each file
/// bounded in time. The result keeps the order of `files`.
fn extract_all(files: &[PathBuf]) -> Vec<(String, ExtractedText)> {
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get()).min(files.len().max(1));
    let next = AtomicUsize::new(0);
    let slots: Vec<Mutex<Option<ExtractedText>>> = files.iter().map(|_| Mutex::new(None)).collect();
    std::thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some(path) = files.get(i) else { break };
                *slots[i].lock().expect("no poisoning") = Some(extract_one(path));
            });
        }
    });
    files
        .iter()
        .zip(slots)
        .map(|(p, slot)| {
            let text = slot.into_inner().expect("no poisoning");
            (
                display(p),
                text.unwrap_or_else(|| {
                    ExtractedText::unreadable(Note::new("warning.read_failed", &[("why", "not read".into())]))
                }),
            )
        })
        .collect()
}

/// Read one file on its own thread; give up after [`FILE_TIMEOUT`].
fn extract_one(path: &Path) -> ExtractedText {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => return ExtractedText::unreadable(Note::new("warning.read_failed", &[("why", e.to_string())])),
    };
    let name = display(path);
    let (tx, rx) = mpsc::channel();
    let spawned = std::thread::Builder::new().name(format!("read {name}")).spawn(move || {
        let out = std::panic::catch_unwind(|| sikte_extract::extract(&name, &bytes, &Limits::default()))
            .unwrap_or_else(|_| {
                ExtractedText::unreadable(Note::new("warning.read_failed", &[("why", "the reader failed".into())]))
            });
        let _ = tx.send(out);
    });
    if spawned.is_err() {
        return ExtractedText::unreadable(Note::new("warning.read_failed", &[("why", "no thread to read it".into())]));
    }
    rx.recv_timeout(FILE_TIMEOUT).unwrap_or_else(|_| {
        ExtractedText::unreadable(Note::new("warning.timeout", &[("seconds", FILE_TIMEOUT.as_secs().to_string())]))
    })
}

/// Today's date in UTC, from the system clock.
fn today() -> Date {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let days = (secs / 86_400) as i64;
    // civil-from-days (Howard Hinnant's algorithm)
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = (yoe + era * 400 + i64::from(m <= 2)) as i32;
    Date::new(y, m, d).expect("a valid civil date")
}
