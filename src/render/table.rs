//! A plain-text table for terminals: one line per candidate with a mark per
//! requirement (✓ met, ✗ not met, ? unclear, — manual), then the reasons
//! for every flag.

use crate::{Report, Status, VerdictKind};

/// The report as a terminal table.
pub fn to_table(report: &Report) -> String {
    let mut out = String::new();
    out.push_str("Requirements:\n");
    for r in &report.requirements {
        out.push_str(&format!("  R{}  {}\n      → {}\n", r.index + 1, one_line(&r.text), r.interpretation));
    }
    out.push('\n');
    let width = report.candidates.iter().map(|c| c.file.chars().count()).max().unwrap_or(4).clamp(4, 48);
    let marks_header: String = report.requirements.iter().map(|r| format!("R{:<3}", r.index + 1)).collect();
    out.push_str(&format!("{:<width$}  {:<20}  {}\n", "File", "Status", marks_header));
    for c in &report.candidates {
        let status = match c.status {
            Status::Pass => "meets all",
            Status::Review => "flagged for review",
        };
        let marks: String = c.verdicts.iter().map(|v| format!("{:<4}", v.verdict.mark())).collect();
        out.push_str(&format!("{:<width$}  {:<20}  {}\n", truncate(&c.file, width), status, marks));
    }
    let pass = report.candidates.iter().filter(|c| c.status == Status::Pass).count();
    out.push_str(&format!(
        "\n{} candidates: {} meet all absolute requirements, {} flagged for human review.\n",
        report.candidates.len(),
        pass,
        report.candidates.len() - pass
    ));
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
