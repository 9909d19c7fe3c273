//! CSV for spreadsheets (RFC 4180): one row per candidate, one column per
//! requirement. Cells that a spreadsheet would run as a formula (starting
//! with `=`, `+`, `-`, `@`, tab or carriage return) get a leading `'`.

use crate::Report;

/// The report as CSV, CRLF line ends as RFC 4180 says.
pub fn to_csv(report: &Report) -> String {
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut header = vec!["file".to_string(), "status".to_string()];
    for r in &report.requirements {
        header.push(format!("{}: {}", r.index + 1, r.text));
    }
    header.push("reasons".into());
    header.push("warnings".into());
    rows.push(header);
    for c in &report.candidates {
        let mut row = vec![c.file.clone(), c.status.name().to_string()];
        row.extend(c.verdicts.iter().map(|v| v.verdict.name().to_string()));
        let reasons: Vec<String> = c
            .verdicts
            .iter()
            .filter(|v| !matches!(v.verdict, crate::VerdictKind::Met | crate::VerdictKind::Manual))
            .map(|v| format!("{}: {}", v.requirement + 1, v.explanation))
            .collect();
        row.push(reasons.join(" | "));
        row.push(c.warnings.join(" | "));
        rows.push(row);
    }
    let mut out = String::new();
    for row in rows {
        let cells: Vec<String> = row.iter().map(|c| cell(c)).collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

/// One cell: made inert against formula injection, then quoted if needed.
fn cell(value: &str) -> String {
    let inert =
        if value.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{value}") } else { value.to_string() };
    if inert.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", inert.replace('"', "\"\""))
    } else {
        inert
    }
}

#[cfg(test)]
mod tests {
    use super::cell;

    #[test]
    fn cells_are_inert_and_quoted() {
        assert_eq!(cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(cell("-2+3"), "'-2+3");
        assert_eq!(cell("a,b"), "\"a,b\"");
        assert_eq!(cell("plain"), "plain");
    }
}
