//! The report: plain data, rendered elsewhere (`render`).

use serde::{Deserialize, Serialize};

use crate::i18n::Lang;
use crate::requirement::Requirement;

/// The schema name written into every JSON report.
pub const SCHEMA: &str = "sikte.report/1";

/// The outcome of screening a batch.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Report {
    pub schema: &'static str,
    pub requirements: Vec<RequirementInfo>,
    pub candidates: Vec<Candidate>,
}

impl Report {
    pub fn new(requirements: &[Requirement], candidates: Vec<Candidate>, lang: Lang) -> Report {
        Report {
            schema: SCHEMA,
            requirements: requirements.iter().map(|r| RequirementInfo::new(r, lang)).collect(),
            candidates,
        }
    }
}

/// A requirement as the report shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RequirementInfo {
    pub index: usize,
    pub text: String,
    pub kind: &'static str,
    pub interpretation: String,
}

impl RequirementInfo {
    /// A requirement as the report shows it, interpreted in `lang`.
    pub fn new(r: &Requirement, lang: Lang) -> Self {
        RequirementInfo {
            index: r.index,
            text: r.text.clone(),
            kind: r.kind.name(),
            interpretation: r.interpretation(lang),
        }
    }
}

/// A candidate's overall status. There is no "rejected".
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Every requirement that a CV can show is met.
    Pass,
    /// Flagged for human review.
    Review,
}

impl Status {
    pub fn name(self) -> &'static str {
        match self {
            Status::Pass => "pass",
            Status::Review => "review",
        }
    }
}

/// One file's result.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Candidate {
    pub file: String,
    pub status: Status,
    pub verdicts: Vec<Verdict>,
    pub warnings: Vec<String>,
}

impl Candidate {
    /// A candidate; the status follows from the verdicts: `pass` only when
    /// the whole file was read (readable, nothing left out over a limit) and
    /// every non-manual verdict is `met`.
    pub fn new(file: &str, complete: bool, verdicts: Vec<Verdict>, warnings: Vec<String>) -> Candidate {
        let all_met = verdicts.iter().all(|v| matches!(v.verdict, VerdictKind::Met | VerdictKind::Manual));
        let status = if complete && all_met { Status::Pass } else { Status::Review };
        Candidate { file: file.to_string(), status, verdicts, warnings }
    }
}

/// What Sikte concluded about one requirement for one candidate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VerdictKind {
    /// The CV shows it; there is evidence.
    Met,
    /// The CV contradicts it ("har ikke førerkort").
    NotMet,
    /// Not found, ambiguous, in the future, expired or unreadable.
    Unclear,
    /// No CV can show it; a person checks it later.
    Manual,
}

impl VerdictKind {
    pub fn name(self) -> &'static str {
        match self {
            VerdictKind::Met => "met",
            VerdictKind::NotMet => "not_met",
            VerdictKind::Unclear => "unclear",
            VerdictKind::Manual => "manual",
        }
    }

    /// The mark used in tables: ✓ ✗ ? —
    pub fn mark(self) -> &'static str {
        match self {
            VerdictKind::Met => "✓",
            VerdictKind::NotMet => "✗",
            VerdictKind::Unclear => "?",
            VerdictKind::Manual => "—",
        }
    }
}

/// One requirement's verdict for one candidate.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Verdict {
    /// The requirement's index.
    pub requirement: usize,
    pub verdict: VerdictKind,
    /// One sentence saying why.
    pub explanation: String,
    /// The CV text behind the verdict; never empty when `met`.
    pub evidence: Vec<Evidence>,
    /// For experience: the date ranges found and how they were summed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub arithmetic: Option<Arithmetic>,
}

impl Verdict {
    pub fn new(requirement: usize, verdict: VerdictKind, explanation: impl Into<String>) -> Verdict {
        Verdict { requirement, verdict, explanation: explanation.into(), evidence: Vec::new(), arithmetic: None }
    }

    pub fn with_evidence(mut self, evidence: Vec<Evidence>) -> Verdict {
        self.evidence = evidence;
        self
    }
}

/// A byte range `start..end` (half-open, `start <= end`, on `char`
/// boundaries) of the extracted CV text, and the text it covers.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Evidence {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// How years of experience were summed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Arithmetic {
    /// The date used for "now".
    pub today: String,
    /// Every period found, counted or not.
    pub periods: Vec<Period>,
    /// The counted periods after overlaps were merged.
    pub merged: Vec<Span>,
    /// Total months counted.
    pub total_months: i32,
    /// Months the requirement asks for (0 when it asks for seasons).
    pub required_months: i32,
    /// Seasons counted, when the requirement asks for seasons: the July–June
    /// years with at least two months of the merged periods in them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_seasons: Option<i32>,
    /// Seasons the requirement asks for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required_seasons: Option<i32>,
}

/// One dated entry of a CV.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Period {
    /// The first month, `YYYY-MM`.
    pub from: String,
    /// The month after the last, `YYYY-MM` (half-open).
    pub until: String,
    /// Whether the entry is still going on.
    pub open: bool,
    pub months: i32,
    /// Whether the period counts for the requirement.
    pub counted: bool,
    /// Why it does or does not count ("part-time", "internship", ...).
    pub note: String,
    /// The date text, e.g. "jan. 2019 – d.d.".
    pub evidence: Evidence,
}

/// A merged stretch of months, half-open.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    pub from: String,
    pub until: String,
    pub months: i32,
}
