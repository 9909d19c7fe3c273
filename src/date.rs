//! Calendar dates and months, and the month arithmetic experience sums need.

use std::fmt;

use crate::i18n::Lang;
use crate::t;

/// A calendar date. Only the year and month matter for experience; the day
/// is kept so that "today" round-trips.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Date {
    /// A valid date, or `None`.
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
            2 => 28,
            _ => return None,
        };
        ((1..=9999).contains(&year) && (1..=days).contains(&day)).then_some(Date { year, month, day })
    }

    /// Parse `YYYY-MM-DD`.
    pub fn parse(s: &str) -> Option<Date> {
        let mut it = s.trim().splitn(3, '-');
        let y = it.next()?;
        let m = it.next()?;
        let d = it.next()?;
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        Date::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
    }

    /// The month this date falls in.
    pub fn month(self) -> Month {
        Month::new(self.year, self.month)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// A calendar month, counted as months since year 0 so that differences are
/// plain subtraction.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month(pub i32);

impl Month {
    /// The month `month` (1–12) of `year`.
    pub fn new(year: i32, month: u32) -> Month {
        Month(year * 12 + month as i32 - 1)
    }

    pub fn year(self) -> i32 {
        self.0.div_euclid(12)
    }

    /// 1–12.
    pub fn month(self) -> u32 {
        self.0.rem_euclid(12) as u32 + 1
    }
}

impl fmt::Display for Month {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year(), self.month())
    }
}

/// A number of months written as years and months: "3 years 2 months".
pub fn years_months(lang: Lang, months: i32) -> String {
    let (y, m) = (months / 12, months % 12);
    let years = if y == 1 { t!(lang, "duration.year_one") } else { t!(lang, "duration.years", n = y) };
    let rest = if m == 1 { t!(lang, "duration.month_one") } else { t!(lang, "duration.months", n = m) };
    match (y, m) {
        (_, 0) => years,
        (0, _) => rest,
        _ => t!(lang, "duration.join", years = years, months = rest),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_iso_dates() {
        assert_eq!(Date::parse("2026-11-27"), Date::new(2026, 11, 27));
        assert_eq!(Date::parse("2024-02-29").map(|d| d.day), Some(29));
        assert_eq!(Date::parse("2023-02-29"), None);
        assert_eq!(Date::parse("2026-13-01"), None);
        assert_eq!(Date::parse("26-11-27"), None);
    }

    #[test]
    fn months_subtract() {
        assert_eq!(Month::new(2019, 3).0 - Month::new(2017, 3).0, 24);
        assert_eq!(Month::new(2019, 1).to_string(), "2019-01");
        assert_eq!(years_months(Lang::En, 35), "2 years 11 months");
        assert_eq!(years_months(Lang::En, 12), "1 year");
        assert_eq!(years_months(Lang::En, 1), "1 month");
        assert_eq!(years_months(Lang::Nb, 26), "2 år og 2 måneder");
    }
}
