//! Years of experience: "Minst 3 års erfaring som sykepleier", "minst två
//! års erfarenhet som lastbilschaufför", "at least 3 years of experience as
//! a software developer", "2 års relevant erfaring fra lager".

use super::{Line, Subject};
use crate::date::years_months;
use crate::lexicon::lexicon;

/// An experience requirement.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Experience {
    /// Months of experience required.
    pub months: i32,
    /// The role or field the experience must be in.
    pub subject: Subject,
}

impl Experience {
    pub fn interpretation(&self) -> String {
        let what = match &self.subject {
            Subject::Any => "work experience of any kind".to_string(),
            Subject::Relevant => "work experience (Sikte counts every job; a person judges what is \"relevant\")".to_string(),
            Subject::Role(_) => format!("experience as {}", self.subject.describe()),
            s => format!("experience in {}", s.describe()),
        };
        format!(
            "at least {} of {what}; dated jobs are summed with overlaps merged, internships and studies not counted",
            years_months(self.months)
        )
    }
}

/// The number of years in words `i..`: "3", "tre", "2-3" (the lower), "3+",
/// "1,5"/"1.5".
fn years_at(line: &Line<'_>, i: usize) -> Option<(i32, usize)> {
    let lx = lexicon();
    let w = line.word(i);
    if let Ok(n) = w.parse::<i32>() {
        if !(1..=40).contains(&n) {
            return None;
        }
        // "1,5 år", "1.5 years"
        if i + 1 < line.len() && matches!(line.doc.punct_after(i).as_str(), "," | ".") && line.word(i + 1) == "5" {
            return Some((n * 12 + 6, i + 2));
        }
        // "2-3 år": the lower number counts
        if i + 1 < line.len() && line.doc.punct_after(i) == "-" && line.word(i + 1).parse::<i32>().is_ok() {
            return Some((n * 12, i + 2));
        }
        return Some((n * 12, i + 1));
    }
    let m = lx.number_words.match_at(&line.doc, i)?;
    let n: i32 = lx.number_words.key(&m).parse().ok()?;
    Some((n * 12, m.end()))
}

/// Recognise an experience requirement: a number of years and a word for
/// experience.
pub fn parse(line: &Line<'_>) -> Option<Experience> {
    let lx = lexicon();
    let doc = &line.doc;
    let exp = lx.experience_words.find_all(doc);
    if exp.is_empty() {
        return None;
    }
    let mut found = None;
    for i in 0..line.len() {
        if let Some((months, end)) = years_at(line, i) {
            // the years word right after the number ("3 års", "3+ years")
            if end < line.len() && lx.years_words.match_at(doc, end).is_some() {
                let yw = lx.years_words.match_at(doc, end).expect("checked");
                found = Some((months, i, yw.end()));
                break;
            }
        }
    }
    let (months, first, end) = found?;
    let mut skip: Vec<std::ops::Range<usize>> = exp.iter().map(|m| m.first..m.end()).collect();
    skip.push(first..end);
    let subject = Subject::read(line, &skip, false);
    Some(Experience { months, subject })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::requirement::{parse_line, RequirementKind};

    fn exp(text: &str) -> Experience {
        match parse_line(0, text).kind {
            RequirementKind::Experience(e) => e,
            other => panic!("{text}: {other:?}"),
        }
    }

    #[test]
    fn years_and_roles() {
        let e = exp("Minst 3 års erfaring som sykepleier");
        assert_eq!((e.months, &e.subject), (36, &Subject::Role("nurse".into())));
        assert_eq!(exp("minst två års erfarenhet som lastbilschaufför").subject, Subject::Role("truck_driver".into()));
        assert_eq!(exp("at least 3 years of experience as a software developer").months, 36);
        assert_eq!(exp("2 års relevant erfaring fra lager").subject, Subject::Role("warehouse".into()));
        assert_eq!(exp("Minst 2 års arbeidserfaring").subject, Subject::Any);
        assert_eq!(exp("1,5 års erfaring").months, 18);
        assert_eq!(exp("2-3 års erfaring").months, 24);
    }
}
