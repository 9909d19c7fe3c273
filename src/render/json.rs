//! The `sikte.report/1` JSON contract, documented in `docs/report-format.md`.

use crate::Report;

/// The report as pretty-printed JSON, with a final newline. Field order is
/// fixed, so the same report always gives the same bytes.
pub fn to_json(report: &Report) -> String {
    let mut s = serde_json::to_string_pretty(report).expect("a report always serialises");
    s.push('\n');
    s
}
