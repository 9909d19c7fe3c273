//! A plain-text table for terminals: one line per candidate with a mark per
//! requirement (✓ met, ✗ not met, ? unclear, — manual), then the reasons
//! for every flag.

use crate::i18n::Lang;
use crate::t;
use crate::{Report, Status, VerdictKind};

/// The report as a terminal table, its words in `lang`.
pub fn to_table(report: &Report, lang: Lang) -> String {
    let mut out = String::new();
    out.push_str(&t!(lang, "table.requirements"));
    out.push('\n');
    for r in &report.requirements {
        out.push_str(&format!("  R{}  {}\n      → {}\n", r.index + 1, one_line(&r.text), r.interpretation));
    }
    out.push('\n');
    let width = report.candidates.iter().map(|c| c.file.chars().count()).max().unwrap_or(4).clamp(4, 48);
    let marks_header: String = report.requirements.iter().map(|r| format!("R{:<3}", r.index + 1)).collect();
    out.push_str(&format!("{:<width$}  {:<24}  {}\n", t!(lang, "table.file"), t!(lang, "table.status"), marks_header));
    for c in &report.candidates {
        let status = match c.status {
            Status::Pass => t!(lang, "table.pass"),
            Status::Review => t!(lang, "table.review"),
        };
        let marks: String = c.verdicts.iter().map(|v| format!("{:<4}", v.verdict.mark())).collect();
        out.push_str(&format!("{:<width$}  {:<24}  {}\n", truncate(&c.file, width), status, marks));
    }
    let pass = report.candidates.iter().filter(|c| c.status == Status::Pass).count();
    out.push('\n');
    out.push_str(&t!(
        lang,
        "table.summary",
        total = report.candidates.len(),
        pass = pass,
        flagged = report.candidates.len() - pass
    ));
    out.push('\n');
    for c in report.candidates.iter().filter(|c| c.status == Status::Review) {
        out.push_str(&format!("\n{}\n", c.file));
        for w in &c.warnings {
            out.push_str(&format!("  ! {}\n", one_line(w)));
        }
        for v in c.verdicts.iter().filter(|v| matches!(v.verdict, VerdictKind::NotMet | VerdictKind::Unclear)) {
            out.push_str(&format!("  {} R{}  {}\n", v.verdict.mark(), v.requirement + 1, one_line(&v.explanation)));
        }
    }
    out
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn truncate(s: &str, width: usize) -> String {
    if s.chars().count() <= width {
        s.to_string()
    } else {
        let tail: String = s.chars().rev().take(width - 1).collect::<Vec<_>>().into_iter().rev().collect();
        format!("…{tail}")
    }
}
