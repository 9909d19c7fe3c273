//! Europass CVs: the XML of the Cedefop editor (schema v3.x, root
//! `SkillsPassport` with `LearnerInfo`, 2012–2020) and of the Europass
//! platform since 2020 (root `Candidate` in `http://www.europass.eu/1.0`,
//! HR Open Standards elements), turned into plain text with English
//! headings the section splitter knows ("Work experience", "Education and
//! training", "Languages", "Driving licence", "Certificates", "Skills"),
//! one entry per line, dates as `2019-03 – 2021-06` or `2019-03 – present`,
//! language levels as "listening C1, reading C1, spoken interaction B2,
//! spoken production B2, writing B2". Evidence spans point into this text.
//!
//! Left out on purpose: birth date, gender, nationality, photo, disability
//! (protected attributes; Sikte never reads them), contact details and the
//! files a Europass XML may carry.
//!
//! Europass PDFs carry their XML as an embedded file. [`prefer_embedded`]
//! reads it instead of the page text, but only when every value in it (each
//! name, title, year, level, licence class and description word) is also on
//! the pages: a CV must not be credited with what a reader of the PDF cannot
//! see. Otherwise the page text is kept, with a warning.

use std::collections::HashSet;

use sikte::text::normalize::Normalized;
use sikte::text::tokens::words;
use sikte::{ExtractedText, Note};

use crate::xml::{self, Element};
use crate::Limits;

/// A Europass CV read into text, with the values that text was made of.
pub(crate) struct Cv {
    pub text: String,
    /// Each value the CV states, with its equivalent spellings (a language
    /// code stands for its name in several languages).
    pub values: Vec<Vec<String>>,
}

/// Why an XML file gave no CV.
pub(crate) enum Failure {
    /// Well-formed XML, but neither Europass schema.
    NotEuropass,
    /// Not readable as XML (or over a limit), with the reason.
    Unreadable(String),
}

/// Read a Europass XML file.
pub(crate) fn extract(bytes: &[u8], limits: &Limits) -> ExtractedText {
    match read(bytes, limits) {
        Ok(cv) => ExtractedText::readable(cv.text),
        Err(Failure::NotEuropass) => ExtractedText::unreadable(Note::new("warning.xml_not_europass", &[])),
        Err(Failure::Unreadable(why)) => {
            ExtractedText::unreadable(Note::new("warning.xml_unreadable", &[("why", why)]))
        }
    }
}

/// Whether the bytes look like a Europass XML file (for sniffing by content).
pub(crate) fn looks_like_europass(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(4096)];
    let head = head.strip_prefix(b"\xef\xbb\xbf").unwrap_or(head);
    let start = head.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(head.len());
    head[start..].starts_with(b"<")
        && (contains(head, b"<SkillsPassport")
            || contains(head, b":SkillsPassport")
            || (contains(head, b"Candidate") && contains(head, b"europass.eu")))
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

pub(crate) fn read(bytes: &[u8], limits: &Limits) -> Result<Cv, Failure> {
    let text = xml::decode(bytes).map_err(Failure::Unreadable)?;
    let root = xml::parse(&text, limits.max_xml_depth).map_err(Failure::Unreadable)?;
    let mut w = Writer::default();
    match root.name.as_str() {
        "SkillsPassport" => {
            let Some(learner) = root.child("LearnerInfo") else { return Err(Failure::NotEuropass) };
            v3(&mut w, learner);
        }
        "Candidate" if root.attrs.iter().any(|(k, v)| k.starts_with("xmlns") && v.contains("europass")) => {
            candidate(&mut w, &root);
        }
        _ => return Err(Failure::NotEuropass),
    }
    Ok(Cv { text: w.out, values: w.values })
}

// ---------------------------------------------------------------------------
// Writing the text

#[derive(Default)]
struct Writer {
    out: String,
    values: Vec<Vec<String>>,
    /// The heading waiting for its first line (a section with no lines gets none).
    pending: Option<&'static str>,
}

/// One part of a line: the candidate's own words (checked against a PDF's
/// pages) or Sikte's label.
enum Part {
    Value(String),
    /// A value with other spellings that count as the same on the pages.
    Named(String, Vec<String>),
    Label(String),
}

fn val(s: Option<String>) -> Option<Part> {
    s.map(|s| Part::Value(s.split_whitespace().collect::<Vec<_>>().join(" "))).filter(|p| !part_text(p).is_empty())
}

fn label(s: impl Into<String>) -> Option<Part> {
    Some(Part::Label(s.into()))
}

fn part_text(p: &Part) -> &str {
    match p {
        Part::Value(s) | Part::Named(s, _) | Part::Label(s) => s,
    }
}

impl Writer {
    fn section(&mut self, heading: &'static str) {
        self.pending = Some(heading);
    }

    /// One line of the parts, concatenated as they are; written only when
    /// it has at least one value.
    fn raw(&mut self, parts: Vec<Option<Part>>) {
        let parts: Vec<Part> = parts.into_iter().flatten().collect();
        if !parts.iter().any(|p| !matches!(p, Part::Label(_))) {
            return;
        }
        self.heading();
        for p in &parts {
            self.out.push_str(part_text(p));
            match p {
                Part::Value(s) => self.values.push(vec![s.clone()]),
                Part::Named(s, other) => self.values.push(std::iter::once(s.clone()).chain(other.clone()).collect()),
                Part::Label(_) => {}
            }
        }
        self.out.push('\n');
    }

    /// One line of the present parts, joined by `sep`.
    fn join(&mut self, parts: Vec<Option<Part>>, sep: &str) {
        let mut joined = Vec::new();
        for p in parts.into_iter().flatten() {
            if !joined.is_empty() {
                joined.push(label(sep));
            }
            joined.push(Some(p));
        }
        self.raw(joined);
    }

    fn line(&mut self, parts: Vec<Option<Part>>) {
        self.join(parts, ", ");
    }

    /// The pending section heading, before the section's first line.
    fn heading(&mut self) {
        if let Some(h) = self.pending.take() {
            if !self.out.is_empty() {
                self.out.push('\n');
            }
            self.out.push_str(h);
            self.out.push('\n');
        }
    }

    /// A description in HTML, one line per paragraph or list item.
    fn html(&mut self, html: Option<String>) {
        let Some(html) = html else { return };
        for l in xml::html_text(&html).lines() {
            self.line(vec![val(Some(l.to_string()))]);
        }
    }

    /// A date range line; its years are values, the rest is Sikte's.
    fn dates(&mut self, from: Option<Ymd>, to: Option<Ymd>, current: bool) {
        let mut parts = Vec::new();
        let mut years = Vec::new();
        if let Some(f) = &from {
            parts.push(f.to_string());
            years.push(f.year.clone());
        }
        if current {
            parts.push("present".into());
        } else if let Some(t) = &to {
            parts.push(t.to_string());
            years.push(t.year.clone());
        }
        if parts.is_empty() || from.is_none() && !current && to.is_none() {
            return;
        }
        self.heading();
        self.out.push_str(&parts.join(" – "));
        self.out.push('\n');
        self.values.extend(years.into_iter().map(|y| vec![y]));
    }
}

/// A date as Europass writes it: a year, maybe a month.
struct Ymd {
    year: String,
    month: Option<u32>,
}

impl std::fmt::Display for Ymd {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.month {
            Some(m) => write!(f, "{}-{m:02}", self.year),
            None => f.write_str(&self.year),
        }
    }
}

/// `<From year="2019" month="--03" day="---01"/>` (v3).
fn v3_date(e: Option<&Element>) -> Option<Ymd> {
    let e = e?;
    let year = e.attr("year")?.trim();
    if year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let month =
        e.attr("month").and_then(|m| m.trim_start_matches('-').parse::<u32>().ok()).filter(|m| (1..=12).contains(m));
    Some(Ymd { year: year.to_string(), month })
}

/// `2019`, `2019-03`, `2019-03-01`, `2019-03-01T00:00:00` (2020+).
fn iso_date(s: Option<String>) -> Option<Ymd> {
    let s = s?;
    let mut parts = s.trim().split(['-', 'T']);
    let year = parts.next()?;
    if year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let month = parts.next().and_then(|m| m.parse::<u32>().ok()).filter(|m| (1..=12).contains(m));
    Some(Ymd { year: year.to_string(), month })
}

fn is_true(s: Option<String>) -> bool {
    s.is_some_and(|s| s.trim().eq_ignore_ascii_case("true") || s.trim() == "1")
}

// ---------------------------------------------------------------------------
// Schema v3.x: SkillsPassport / LearnerInfo

fn v3(w: &mut Writer, learner: &Element) {
    let id = learner.child("Identification");
    let name = id.and_then(|i| i.child("PersonName"));
    w.join(
        vec![
            val(name.and_then(|n| n.text_at(&["Title", "Label"]))),
            val(name.and_then(|n| n.text_at(&["FirstName"]))),
            val(name.and_then(|n| n.text_at(&["Surname"]))),
        ],
        " ",
    );
    w.line(vec![val(learner.text_at(&["Headline", "Description", "Label"]))]);

    w.section("Work experience");
    for job in list(learner, "WorkExperienceList", "WorkExperience") {
        let employer = job.child("Employer");
        let place = employer.and_then(|e| e.at(&["ContactInfo", "Address", "Contact"]));
        w.line(vec![
            val(job.text_at(&["Position", "Label"])),
            val(employer.and_then(|e| e.text_at(&["Name"]))),
            val(place.and_then(|p| p.text_at(&["Municipality"]))),
            val(place.and_then(|p| p.text_at(&["Country", "Label"]))),
        ]);
        v3_period(w, job);
        w.html(job.text_at(&["Activities"]));
        w.line(vec![val(employer.and_then(|e| e.text_at(&["Sector", "Label"])))]);
    }

    w.section("Education and training");
    for edu in list(learner, "EducationList", "Education") {
        let org = edu.child("Organisation");
        let place = org.and_then(|o| o.at(&["ContactInfo", "Address", "Contact"]));
        w.line(vec![
            val(edu.text_at(&["Title"])),
            val(org.and_then(|o| o.text_at(&["Name"]))),
            val(place.and_then(|p| p.text_at(&["Municipality"]))),
            val(place.and_then(|p| p.text_at(&["Country", "Label"]))),
        ]);
        v3_period(w, edu);
        match (edu.text_at(&["Level", "Label"]), edu.text_at(&["Level", "Code"])) {
            (Some(l), _) => w.line(vec![val(Some(l))]),
            (None, Some(code)) => w.join(vec![label("EQF level"), val(Some(code))], " "),
            (None, None) => {}
        }
        w.line(vec![val(edu.text_at(&["Field", "Label"]))]);
        w.html(edu.text_at(&["Activities"]));
    }

    let skills = learner.child("Skills");
    let linguistic = skills.and_then(|s| s.child("Linguistic"));
    w.section("Languages");
    if let Some(ling) = linguistic {
        for mt in list(ling, "MotherTongueList", "MotherTongue") {
            language_line(w, language_part(mt.child("Description"), None), Vec::new(), true);
        }
        for fl in list(ling, "ForeignLanguageList", "ForeignLanguage") {
            let levels = fl.child("ProficiencyLevel");
            let levels: Vec<(&str, String)> = [
                ("Listening", "listening"),
                ("Reading", "reading"),
                ("SpokenInteraction", "spoken interaction"),
                ("SpokenProduction", "spoken production"),
                ("Writing", "writing"),
            ]
            .into_iter()
            .filter_map(|(tag, name)| Some((name, levels?.text_at(&[tag])?)))
            .collect();
            language_line(w, language_part(fl.child("Description"), None), levels, false);
            for cert in fl.elements().filter(|e| e.name == "VerifiedBy").flat_map(|v| v.children_named("Certificate")) {
                w.line(vec![
                    val(cert.text_at(&["Title"])),
                    val(cert.text_at(&["AwardingBody"])),
                    v3_date(cert.child("Date")).map(|d| Part::Value(d.to_string())),
                    val(cert.text_at(&["Level"])),
                ]);
            }
        }
    }

    w.section("Driving licence");
    if let Some(driving) = skills.and_then(|s| s.child("Driving")) {
        let mut licences = Vec::new();
        driving.descendants("Licence", &mut licences);
        let parts: Vec<Option<Part>> = licences.iter().map(|l| val(l.text())).collect();
        w.join(parts, ", ");
    }

    w.section("Skills");
    if let Some(skills) = skills {
        for tag in ["Communication", "Organisational", "JobRelated", "Computer", "Other"] {
            if let Some(s) = skills.child(tag) {
                w.html(s.text_at(&["Description"]));
            }
        }
    }

    let achievements: Vec<&Element> = list(learner, "AchievementList", "Achievement").collect();
    let is_cert = |a: &&&Element| {
        a.text_at(&["Title", "Code"]).is_some_and(|c| matches!(c.as_str(), "certifications" | "courses"))
    };
    w.section("Certificates");
    for a in achievements.iter().filter(is_cert) {
        w.html(a.text_at(&["Description"]));
    }
    w.section("Other");
    for a in achievements.iter().filter(|a| !is_cert(a)) {
        w.line(vec![val(a.text_at(&["Title", "Label"]))]);
        w.html(a.text_at(&["Description"]));
    }
}

/// `WorkExperienceList/WorkExperience`, also without the list element.
fn list<'a>(parent: &'a Element, list: &'a str, item: &'a str) -> impl Iterator<Item = &'a Element> + 'a {
    parent.children_named(list).flat_map(move |l| l.children_named(item)).chain(parent.children_named(item))
}

fn v3_period(w: &mut Writer, e: &Element) {
    let period = e.child("Period");
    w.dates(
        v3_date(period.and_then(|p| p.child("From"))),
        v3_date(period.and_then(|p| p.child("To"))),
        is_true(period.and_then(|p| p.text_at(&["Current"]))),
    );
}

/// "Engelsk: mother tongue" or "Engelsk: listening C1, reading C1, ...":
/// the language and the levels are values, the rest is Sikte's.
fn language_line(w: &mut Writer, lang: Option<Part>, levels: Vec<(&str, String)>, mother_tongue: bool) {
    if lang.is_none() {
        return;
    }
    let mut parts = vec![lang];
    if mother_tongue {
        parts.push(label(": mother tongue"));
    }
    for (i, (name, level)) in levels.into_iter().enumerate() {
        parts.push(label(format!("{}{name} ", if i == 0 { ": " } else { ", " })));
        parts.push(val(Some(level)));
    }
    w.raw(parts);
}

// ---------------------------------------------------------------------------
// Europass since 2020: Candidate (HR Open Standards)

fn candidate(w: &mut Writer, root: &Element) {
    let person = root.child("CandidatePerson");
    let profile = root.child("CandidateProfile");
    let locale = profile.and_then(|p| p.attr("languageCode")).unwrap_or("en").to_ascii_lowercase();
    let name = person.and_then(|p| p.child("PersonName"));
    w.join(
        vec![
            val(name.and_then(|n| n.text_at(&["GivenName"]))),
            val(name.and_then(|n| n.text_at(&["MiddleName"]))),
            val(name.and_then(|n| n.text_at(&["FamilyName"]))),
        ],
        " ",
    );
    let Some(profile) = profile else { return };
    w.html(profile.text_at(&["ExecutiveSummary"]));

    w.section("Work experience");
    for employer in list(profile, "EmploymentHistory", "EmployerHistory") {
        let org = employer.text_at(&["OrganizationName"]);
        let employer_period = employer.child("EmploymentPeriod");
        let positions: Vec<&Element> = employer.children_named("PositionHistory").collect();
        if positions.is_empty() {
            w.line(vec![val(org.clone())]);
            candidate_period(w, employer_period);
        }
        for pos in positions {
            w.line(vec![val(pos.text_at(&["PositionTitle"])), val(org.clone()), val(pos.text_at(&["City"]))]);
            candidate_period(w, pos.child("EmploymentPeriod").or(employer_period));
            w.html(pos.text_at(&["Description"]));
        }
    }

    w.section("Education and training");
    for edu in list(profile, "EducationHistory", "EducationOrganizationAttendance") {
        let degree = edu.child("EducationDegree");
        let title = degree.and_then(|d| d.text_at(&["DegreeName"])).or_else(|| edu.text_at(&["ProgramName"]));
        let place = edu.at(&["OrganizationContact", "Communication", "Address"]);
        w.line(vec![
            val(title),
            val(edu.text_at(&["OrganizationName"])),
            val(place.and_then(|p| p.text_at(&["CityName"]))),
        ]);
        let period = edu.child("AttendancePeriod");
        w.dates(
            iso_date(period.and_then(|p| p.text_at(&["StartDate", "FormattedDateTime"]))),
            iso_date(period.and_then(|p| p.text_at(&["EndDate", "FormattedDateTime"]))),
            is_true(period.and_then(|p| p.text_at(&["Ongoing"]))),
        );
        if let Some(level) = edu.child("EducationLevelCode") {
            let eqf = level.attr("listName").is_none_or(|l| l.to_ascii_uppercase().contains("EQF"));
            if eqf {
                w.join(vec![label("EQF level"), val(level.text())], " ");
            }
        }
        w.html(degree.and_then(|d| d.text_at(&["OccupationalSkillsCovered"])));
        w.html(edu.text_at(&["Description"]));
    }

    w.section("Languages");
    for code in person.into_iter().flat_map(|p| p.children_named("PrimaryLanguageCode")) {
        language_line(w, code_language(code, &locale), Vec::new(), true);
    }
    let competencies: Vec<&Element> =
        profile.children_named("PersonQualifications").flat_map(|q| q.children_named("PersonCompetency")).collect();
    let is_language =
        |c: &&&Element| c.text_at(&["TaxonomyID"]).is_some_and(|t| t.trim().eq_ignore_ascii_case("language"));
    for comp in competencies.iter().filter(is_language) {
        let lang = comp.child("CompetencyID").and_then(|c| code_language(c, &locale));
        let mut levels = Vec::new();
        for dim in comp.children_named("CompetencyDimension") {
            let kind = dim.text_at(&["CompetencyDimensionTypeCode"]).unwrap_or_default();
            let name = match kind.as_str() {
                "CEF-Understanding-Listening" => "listening",
                "CEF-Understanding-Reading" => "reading",
                "CEF-Speaking-Interaction" => "spoken interaction",
                "CEF-Speaking-Production" => "spoken production",
                "CEF-Writing-Production" | "CEF-Writing-Interaction" => "writing",
                _ => continue,
            };
            if let Some(level) = dim.text_at(&["Score", "ScoreText"]) {
                levels.push((name, level));
            }
        }
        if levels.is_empty() {
            if let Some(level) = comp.text_at(&["ProficiencyLevel", "ScoreText"]) {
                levels.push(("level", level));
            }
        }
        language_line(w, lang, levels, false);
    }

    w.section("Driving licence");
    let licences: Vec<Option<Part>> = profile
        .children_named("Licenses")
        .flat_map(|l| l.children_named("License"))
        .map(|l| val(l.text_at(&["LicenseTypeCode"]).or_else(|| l.text_at(&["LicenseName"]))))
        .collect();
    w.join(licences, ", ");

    w.section("Certificates");
    for cert in profile.children_named("Certifications").flat_map(|c| c.children_named("Certification")) {
        w.line(vec![
            val(cert.text_at(&["CertificationName"])),
            val(cert.text_at(&["IssuingAuthority", "Name"])),
            iso_date(cert.text_at(&["FirstIssuedDate", "FormattedDateTime"])).map(|d| Part::Value(d.to_string())),
        ]);
        w.html(cert.text_at(&["Description"]));
    }
    for section in profile.children_named("CourseCertifications") {
        generic(w, section);
    }

    w.section("Skills");
    for q in profile.children_named("PersonQualifications") {
        w.html(q.text_at(&["QualificationsSummary"]));
    }
    for comp in competencies.iter().filter(|c| !is_language(c)) {
        w.line(vec![val(comp.text_at(&["CompetencyName"]).or_else(|| comp.text_at(&["CompetencyID"])))]);
    }
    for tag in [
        "DigitalSkills",
        "CommunicationAndInterpersonalSkills",
        "ManagementAndLeadershipSkills",
        "OrganisationalSkills",
        "JobRelatedSkills",
        "Skills",
    ] {
        for section in profile.children_named(tag) {
            generic(w, section);
        }
    }

    w.section("Other");
    for tag in [
        "Projects",
        "VoluntaryWorks",
        "SocialAndPoliticalActivities",
        "NetworksAndMemberships",
        "ConferencesAndSeminars",
        "PublicationHistory",
        "CreativeWorks",
        "HonorsAndAwards",
        "Others",
    ] {
        for section in profile.children_named(tag) {
            generic(w, section);
        }
    }
}

fn candidate_period(w: &mut Writer, period: Option<&Element>) {
    w.dates(
        iso_date(period.and_then(|p| p.text_at(&["StartDate", "FormattedDateTime"]))),
        iso_date(period.and_then(|p| p.text_at(&["EndDate", "FormattedDateTime"]))),
        is_true(period.and_then(|p| p.text_at(&["CurrentIndicator"]))),
    );
}

/// A section the reader knows only by shape: every text leaf in document
/// order, one per line, descriptions as HTML; codes, identifiers, links and
/// attached data left out.
fn generic(w: &mut Writer, e: &Element) {
    for child in e.elements() {
        let skip = child.name.ends_with("Code")
            || child.name.ends_with("ID")
            || matches!(
                child.name.as_str(),
                "URI" | "Link" | "EmbeddedData" | "FileType" | "Instructions" | "AttachmentReference" | "Communication"
            );
        if skip {
            continue;
        }
        if child.elements().next().is_some() {
            generic(w, child);
        } else if child.name == "FormattedDateTime" {
            w.dates(iso_date(child.text()), None, false);
        } else if child.name == "Description" || child.name.ends_with("Summary") {
            w.html(child.text());
        } else if child.name != "Ongoing" && child.name != "CurrentIndicator" {
            w.line(vec![val(child.text())]);
        }
    }
}

/// A language named by a v3 `Description` (label, else code).
fn language_part(desc: Option<&Element>, locale: Option<&str>) -> Option<Part> {
    let desc = desc?;
    match desc.text_at(&["Label"]) {
        Some(label) => val(Some(label)),
        None => desc.child("Code").and_then(|c| code_language(c, locale.unwrap_or("en"))),
    }
}

/// A language named by its code (ISO 639-1, 639-2/B or /T, or the EU
/// authority URI), in the CV's own language when Sikte knows the name; the
/// names in the other languages count on the pages too. A free-text code
/// (`typeCode="FREETEXT"`) is its own name.
fn code_language(code: &Element, locale: &str) -> Option<Part> {
    let raw = code.text()?;
    if code.attr("typeCode").is_some_and(|t| t.eq_ignore_ascii_case("FREETEXT"))
        || code.attr("schemeName").is_some_and(|t| t.eq_ignore_ascii_case("FREE_TEXT"))
    {
        return val(Some(raw));
    }
    let key = raw.rsplit('/').next().unwrap_or(&raw).trim().to_ascii_lowercase();
    let Some(row) = LANGUAGE_NAMES.iter().find(|row| row.codes.split(' ').any(|c| c == key)) else {
        return val(Some(raw));
    };
    let name = match locale.split(['-', '_']).next().unwrap_or("en") {
        "no" | "nb" | "nn" | "nob" | "nno" | "nor" => row.nb,
        "sv" | "swe" => row.sv,
        "da" | "dan" => row.da,
        _ => row.en,
    };
    let others = [row.en, row.nb, row.sv, row.da, key.as_str()].iter().map(|s| s.to_string()).collect();
    Some(Part::Named(name.to_string(), others))
}

/// Language codes and their names in English, Norwegian, Swedish and
/// Danish: the languages of `src/lexicon/data/languages.txt`, so that the
/// name written is one the language rule knows.
struct LanguageName {
    codes: &'static str,
    en: &'static str,
    nb: &'static str,
    sv: &'static str,
    da: &'static str,
}

macro_rules! languages {
    ($($codes:literal => $en:literal, $nb:literal, $sv:literal, $da:literal;)*) => {
        &[$(LanguageName { codes: $codes, en: $en, nb: $nb, sv: $sv, da: $da }),*]
    };
}

const LANGUAGE_NAMES: &[LanguageName] = languages! {
    "no nb nn nor nob nno" => "Norwegian", "norsk", "norska", "norsk";
    "sv swe" => "Swedish", "svensk", "svenska", "svensk";
    "da dan" => "Danish", "dansk", "danska", "dansk";
    "en eng" => "English", "engelsk", "engelska", "engelsk";
    "de ger deu" => "German", "tysk", "tyska", "tysk";
    "fr fre fra" => "French", "fransk", "franska", "fransk";
    "es spa" => "Spanish", "spansk", "spanska", "spansk";
    "fi fin" => "Finnish", "finsk", "finska", "finsk";
    "is ice isl" => "Icelandic", "islandsk", "isländska", "islandsk";
    "se sme smi sma smj" => "Sami", "samisk", "samiska", "samisk";
    "pl pol" => "Polish", "polsk", "polska", "polsk";
    "lt lit" => "Lithuanian", "litauisk", "litauiska", "litauisk";
    "ru rus" => "Russian", "russisk", "ryska", "russisk";
    "uk ukr" => "Ukrainian", "ukrainsk", "ukrainska", "ukrainsk";
    "ar ara" => "Arabic", "arabisk", "arabiska", "arabisk";
    "so som" => "Somali", "somali", "somaliska", "somali";
    "ti tir" => "Tigrinya", "tigrinja", "tigrinja", "tigrinya";
    "fa per fas" => "Persian", "persisk", "persiska", "persisk";
    "ur urd" => "Urdu", "urdu", "urdu", "urdu";
    "tr tur" => "Turkish", "tyrkisk", "turkiska", "tyrkisk";
    "it ita" => "Italian", "italiensk", "italienska", "italiensk";
    "pt por" => "Portuguese", "portugisisk", "portugisiska", "portugisisk";
    "nl dut nld" => "Dutch", "nederlandsk", "nederländska", "hollandsk";
    "zh chi zho" => "Chinese", "kinesisk", "kinesiska", "kinesisk";
    "ja jpn" => "Japanese", "japansk", "japanska", "japansk";
    "th tha" => "Thai", "thai", "thai", "thai";
    "tl tgl fil" => "Tagalog", "tagalog", "tagalog", "tagalog";
    "et est" => "Estonian", "estisk", "estniska", "estisk";
    "lv lav" => "Latvian", "latvisk", "lettiska", "lettisk";
    "ro rum ron" => "Romanian", "rumensk", "rumänska", "rumænsk";
    "hu hun" => "Hungarian", "ungarsk", "ungerska", "ungarsk";
    "el gre ell" => "Greek", "gresk", "grekiska", "græsk";
};

// ---------------------------------------------------------------------------
// Europass PDFs: the embedded XML, checked against the pages

/// The page text of a PDF, or the Europass CV it carries as an embedded XML
/// file (`attachments`: file name and bytes) when every value of that CV is
/// also on the pages. The result says which was read, and why.
///
/// The page reads PDFs with pdf.js; it can call this with the attachments
/// pdf.js finds, so that the page and the CLI decide alike.
pub fn prefer_embedded(pages: ExtractedText, attachments: &[(String, Vec<u8>)], limits: &Limits) -> ExtractedText {
    let mut pages = pages;
    for (name, bytes) in attachments {
        if !is_xml_name(name) && !looks_like_europass(bytes) {
            continue;
        }
        let file = short(name);
        if bytes.len() as u64 > limits.max_inflated_bytes {
            pages.warnings.push(Note::new(
                "warning.europass_pdf_xml_unreadable",
                &[("file", file), ("why", format!("over {} bytes", limits.max_inflated_bytes))],
            ));
            return pages;
        }
        let cv = match read(bytes, limits) {
            Ok(cv) => cv,
            Err(Failure::NotEuropass) => continue,
            Err(Failure::Unreadable(why)) => {
                pages.warnings.push(Note::new("warning.europass_pdf_xml_unreadable", &[("file", file), ("why", why)]));
                return pages;
            }
        };
        if !pages.readable {
            pages.warnings.push(Note::new("warning.europass_pdf_unchecked", &[("file", file)]));
            return pages;
        }
        let missing = missing_from(&cv.values, &pages.text);
        if let Some(first) = missing.first() {
            pages.warnings.push(Note::new(
                "warning.europass_pdf_mismatch",
                &[("file", file), ("n", missing.len().to_string()), ("example", short(first))],
            ));
            return pages;
        }
        let mut warnings = vec![Note::new("warning.europass_pdf_xml", &[("file", file)])];
        warnings.extend(pages.warnings);
        let mut out = ExtractedText::readable(cv.text);
        out.warnings = warnings;
        return out;
    }
    pages
}

fn is_xml_name(name: &str) -> bool {
    name.to_ascii_lowercase().ends_with(".xml")
}

/// A value or file name as shown in a warning: at most 60 characters, no
/// control characters.
fn short(s: &str) -> String {
    let clean: String = s.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    let clean = clean.trim();
    if clean.chars().count() > 60 {
        clean.chars().take(59).collect::<String>() + "…"
    } else {
        clean.to_string()
    }
}

/// The values (their first spelling) none of whose spellings is on the
/// pages. A value is on the pages when each of its words is: as a word of
/// the normalised page text, or, for words of four characters or more,
/// inside the page text with everything but letters and digits removed (a
/// PDF may break or join words differently).
fn missing_from<'a>(values: &'a [Vec<String>], page_text: &str) -> Vec<&'a str> {
    let norm = Normalized::new(page_text).text;
    let page_words: HashSet<&str> = words(&norm).into_iter().collect();
    let squashed: String = norm.chars().filter(|c| c.is_alphanumeric()).collect();
    let shown = |v: &str| {
        let vn = Normalized::new(v).text;
        words(&vn).iter().all(|w| page_words.contains(w) || (w.chars().count() >= 4 && squashed.contains(w)))
    };
    values.iter().filter(|alts| !alts.iter().any(|v| shown(v))).map(|alts| alts[0].as_str()).collect()
}

/// Whether a PDF's bytes name an embedded file at all (`/EmbeddedFile` is in
/// a stream's own dictionary, which is never compressed).
#[cfg(feature = "pdf")]
pub(crate) fn may_carry_attachment(pdf: &[u8]) -> bool {
    contains(pdf, b"/EmbeddedFile")
}

/// The XML files a PDF carries in its `/Names /EmbeddedFiles` tree, decoded
/// one at a time: only files named `*.xml` or typed as XML, at most
/// [`MAX_ATTACHMENTS`] looked at, each at most `limits.max_inflated_bytes`.
/// An encrypted PDF's attachments are not read.
#[cfg(feature = "pdf")]
pub(crate) fn pdf_xml_attachments(pdf: Vec<u8>, limits: &Limits) -> Vec<(String, Vec<u8>)> {
    use pdf_oxide::object::Object;
    use pdf_oxide::PdfDocument;

    const MAX_ATTACHMENTS: usize = 32;
    let Ok(doc) = PdfDocument::from_bytes(pdf) else { return Vec::new() };
    if doc.is_encrypted() {
        return Vec::new();
    }
    let resolve = |o: &Object| doc.resolve_object(o).ok();
    let Some(root) = doc
        .catalog()
        .ok()
        .and_then(|c| c.as_dict().and_then(|d| d.get("Names")).and_then(&resolve))
        .and_then(|n| n.as_dict().and_then(|d| d.get("EmbeddedFiles")).and_then(&resolve))
    else {
        return Vec::new();
    };
    // The name tree, breadth first, bounded in depth and size.
    let mut specs = Vec::new();
    let mut level = vec![root];
    for _ in 0..16 {
        let mut next = Vec::new();
        for node in &level {
            let Some(dict) = node.as_dict() else { continue };
            if let Some(names) = dict.get("Names").and_then(&resolve) {
                for pair in names.as_array().into_iter().flatten().skip(1).step_by(2) {
                    if specs.len() < MAX_ATTACHMENTS {
                        specs.extend(resolve(pair));
                    }
                }
            }
            if let Some(kids) = dict.get("Kids").and_then(&resolve) {
                next.extend(kids.as_array().into_iter().flatten().take(MAX_ATTACHMENTS).filter_map(&resolve));
            }
        }
        if next.is_empty() || specs.len() >= MAX_ATTACHMENTS {
            break;
        }
        level = next;
    }
    let mut out = Vec::new();
    for spec in specs {
        let Some(dict) = spec.as_dict() else { continue };
        let name = ["UF", "F"]
            .iter()
            .find_map(|k| dict.get(*k).and_then(&resolve))
            .and_then(|n| n.as_string().map(pdf_text_string))
            .unwrap_or_default();
        let Some(stream_ref) = dict.get("EF").and_then(&resolve).and_then(|ef| {
            ef.as_dict().and_then(|d| d.get("F").or_else(|| d.get("UF"))).and_then(|r| r.as_reference())
        }) else {
            continue;
        };
        let Ok(stream) = doc.load_object(stream_ref) else { continue };
        let typed_xml = matches!(&stream, Object::Stream { dict, .. }
            if dict.get("Subtype").and_then(|s| s.as_name()).is_some_and(|s| s.to_ascii_lowercase().contains("xml")));
        if !is_xml_name(&name) && !typed_xml {
            continue;
        }
        let Ok(data) = stream.decode_stream_data() else { continue };
        if data.len() as u64 > limits.max_inflated_bytes {
            continue;
        }
        out.push((if name.is_empty() { "attachment.xml".to_string() } else { name }, data));
    }
    out
}

/// A PDF text string: UTF-16BE with its byte-order mark, else PDFDocEncoding
/// (read as Latin-1, which agrees with it for file names in practice).
#[cfg(feature = "pdf")]
fn pdf_text_string(bytes: &[u8]) -> String {
    match bytes.strip_prefix(b"\xfe\xff") {
        Some(utf16) => {
            let units: Vec<u16> = utf16.chunks_exact(2).map(|c| u16::from_be_bytes([c[0], c[1]])).collect();
            String::from_utf16_lossy(&units)
        }
        None => bytes.iter().map(|&b| b as char).collect(),
    }
}

/// Read a PDF (`read`: the page-text reader) and, when it carries a
/// Europass XML, prefer that as [`prefer_embedded`] says. Runs on the PDF
/// reader's guarded thread; the attachments are looked for only after the
/// page reader has accepted the file (nesting depth, encryption).
#[cfg(feature = "pdf")]
pub(crate) fn read_pdf(bytes: Vec<u8>, limits: &Limits, read: fn(Vec<u8>, &Limits) -> ExtractedText) -> ExtractedText {
    let copy = may_carry_attachment(&bytes).then(|| bytes.clone());
    let pages = read(bytes, limits);
    let Some(copy) = copy else { return pages };
    let accepted = pages.readable || pages.warnings.iter().any(|w| w.key == "warning.no_text_layer");
    if !accepted {
        return pages;
    }
    let attachments = pdf_xml_attachments(copy, limits);
    prefer_embedded(pages, &attachments, limits)
}

#[cfg(test)]
mod tests {
    use super::*;

    const V3: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<SkillsPassport xmlns="http://europass.cedefop.europa.eu/Europass" locale="no">
  <LearnerInfo>
    <Identification>
      <PersonName><FirstName>Kari</FirstName><Surname>Nordvik</Surname></PersonName>
      <ContactInfo><Email><Contact>kari@example.no</Contact></Email></ContactInfo>
      <Demographics><Birthdate year="1990" month="--04" day="---02"/><Gender><Code>F</Code></Gender></Demographics>
    </Identification>
    <Headline><Description><Label>Sykepleier</Label></Description></Headline>
    <WorkExperienceList>
      <WorkExperience>
        <Period><From year="2019" month="--03"/><Current>true</Current></Period>
        <Position><Label>Sykepleier</Label></Position>
        <Activities>&lt;p&gt;Dokumentasjon i &lt;b&gt;DIPS&lt;/b&gt;&lt;/p&gt;</Activities>
        <Employer><Name>Havbu sykehus</Name></Employer>
      </WorkExperience>
      <WorkExperience>
        <Period><From year="2016" month="--08"/><To year="2019" month="--02"/></Period>
        <Position><Label>Pleieassistent</Label></Position>
      </WorkExperience>
    </WorkExperienceList>
    <EducationList><Education>
      <Period><From year="2013"/><To year="2016" month="--06"/></Period>
      <Title>Bachelor i sykepleie</Title>
      <Organisation><Name>Nordfjell universitet</Name></Organisation>
      <Level><Code>6</Code></Level>
    </Education></EducationList>
    <Skills>
      <Linguistic>
        <MotherTongueList><MotherTongue><Description><Code>no</Code><Label>Norsk</Label></Description></MotherTongue></MotherTongueList>
        <ForeignLanguageList><ForeignLanguage>
          <Description><Code>en</Code><Label>Engelsk</Label></Description>
          <ProficiencyLevel><Listening>C1</Listening><Reading>C1</Reading><SpokenInteraction>B2</SpokenInteraction><SpokenProduction>B2</SpokenProduction><Writing>B2</Writing></ProficiencyLevel>
        </ForeignLanguage></ForeignLanguageList>
      </Linguistic>
      <Driving><Description><Licence>B</Licence><Licence>BE</Licence></Description></Driving>
    </Skills>
    <AchievementList><Achievement>
      <Title><Code>certifications</Code><Label>Sertifikater</Label></Title>
      <Description>&lt;p&gt;Autorisasjon som sykepleier, Helsedirektoratet, 2016&lt;/p&gt;</Description>
    </Achievement></AchievementList>
  </LearnerInfo>
</SkillsPassport>"#;

    #[test]
    fn reads_schema_v3() {
        let t = extract(V3.as_bytes(), &Limits::default());
        assert!(t.readable, "{:?}", t.warnings);
        assert_eq!(
            t.text,
            "Kari Nordvik\nSykepleier\n\
             \nWork experience\nSykepleier, Havbu sykehus\n2019-03 – present\nDokumentasjon i DIPS\n\
             Pleieassistent\n2016-08 – 2019-02\n\
             \nEducation and training\nBachelor i sykepleie, Nordfjell universitet\n2013 – 2016-06\nEQF level 6\n\
             \nLanguages\nNorsk: mother tongue\n\
             Engelsk: listening C1, reading C1, spoken interaction B2, spoken production B2, writing B2\n\
             \nDriving licence\nB, BE\n\
             \nCertificates\nAutorisasjon som sykepleier, Helsedirektoratet, 2016\n"
        );
        assert!(!t.text.contains("1990") && !t.text.contains("example.no"), "no birth date, no contact details");
    }

    const CANDIDATE: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<Candidate xmlns="http://www.europass.eu/1.0" xmlns:oa="http://www.openapplications.org/oagis/9" xmlns:eures="http://www.europass_eures.eu/1.0" xmlns:hr="http://www.hr-xml.org/3">
  <CandidatePerson>
    <PersonName><oa:GivenName>Anna</oa:GivenName><hr:FamilyName>Kowalska</hr:FamilyName></PersonName>
    <hr:BirthDate>1988-01-01</hr:BirthDate>
    <PrimaryLanguageCode name="language">pol</PrimaryLanguageCode>
  </CandidatePerson>
  <CandidateProfile languageCode="en">
    <EmploymentHistory><EmployerHistory>
      <hr:OrganizationName>Fjordheim sykehjem</hr:OrganizationName>
      <PositionHistory>
        <PositionTitle typeCode="FREETEXT">Nurse</PositionTitle>
        <eures:EmploymentPeriod><eures:StartDate><hr:FormattedDateTime>2021-09-01</hr:FormattedDateTime></eures:StartDate><hr:CurrentIndicator>true</hr:CurrentIndicator></eures:EmploymentPeriod>
        <oa:Description>&lt;ul&gt;&lt;li&gt;Medication rounds&lt;/li&gt;&lt;/ul&gt;</oa:Description>
      </PositionHistory>
    </EmployerHistory></EmploymentHistory>
    <EducationHistory><EducationOrganizationAttendance>
      <hr:OrganizationName>Medical University of Gdańsk</hr:OrganizationName>
      <EducationLevelCode>6</EducationLevelCode>
      <AttendancePeriod><StartDate><hr:FormattedDateTime>2014-10</hr:FormattedDateTime></StartDate><EndDate><hr:FormattedDateTime>2018-06</hr:FormattedDateTime></EndDate></AttendancePeriod>
      <EducationDegree><hr:DegreeName>Bachelor of Nursing</hr:DegreeName></EducationDegree>
    </EducationOrganizationAttendance></EducationHistory>
    <eures:Licenses><eures:License><hr:LicenseTypeCode>B</hr:LicenseTypeCode></eures:License></eures:Licenses>
    <Certifications><Certification><hr:CertificationName>Norwegian authorisation as a nurse</hr:CertificationName><hr:IssuingAuthority><hr:Name>Helsedirektoratet</hr:Name></hr:IssuingAuthority><hr:FirstIssuedDate><hr:FormattedDateTime>2021-05</hr:FormattedDateTime></hr:FirstIssuedDate></Certification></Certifications>
    <PersonQualifications>
      <PersonCompetency>
        <CompetencyID schemeName="NORMAL">nor</CompetencyID><hr:TaxonomyID>language</hr:TaxonomyID>
        <eures:CompetencyDimension><hr:CompetencyDimensionTypeCode>CEF-Understanding-Listening</hr:CompetencyDimensionTypeCode><eures:Score><hr:ScoreText>B2</hr:ScoreText></eures:Score></eures:CompetencyDimension>
        <eures:CompetencyDimension><hr:CompetencyDimensionTypeCode>CEF-Writing-Production</hr:CompetencyDimensionTypeCode><eures:Score><hr:ScoreText>B1</hr:ScoreText></eures:Score></eures:CompetencyDimension>
      </PersonCompetency>
    </PersonQualifications>
  </CandidateProfile>
</Candidate>"#;

    #[test]
    fn reads_the_2020_candidate_schema() {
        let cv = read(CANDIDATE.as_bytes(), &Limits::default()).ok().expect("a Europass CV");
        assert_eq!(
            cv.text,
            "Anna Kowalska\n\
             \nWork experience\nNurse, Fjordheim sykehjem\n2021-09 – present\n- Medication rounds\n\
             \nEducation and training\nBachelor of Nursing, Medical University of Gdańsk\n2014-10 – 2018-06\nEQF level 6\n\
             \nLanguages\nPolish: mother tongue\nNorwegian: listening B2, writing B1\n\
             \nDriving licence\nB\n\
             \nCertificates\nNorwegian authorisation as a nurse, Helsedirektoratet, 2021-05\n"
        );
        assert!(cv.values.iter().any(|v| v.contains(&"norsk".to_string())), "other spellings of a coded language");
    }

    #[test]
    fn other_xml_dtds_and_bombs_are_unreadable() {
        let t = extract(b"<?xml version=\"1.0\"?><invoice><total>12</total></invoice>", &Limits::default());
        assert!(!t.readable && t.warnings[0].key == "warning.xml_not_europass");
        let hr = br#"<Candidate xmlns="http://www.hr-xml.org/3"><CandidatePerson/></Candidate>"#;
        assert_eq!(extract(hr, &Limits::default()).warnings[0].key, "warning.xml_not_europass");
        let laughs = format!(
            "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">{}]><SkillsPassport><LearnerInfo>&lol9;</LearnerInfo></SkillsPassport>",
            (1..10).map(|i| format!("<!ENTITY lol{i} \"{}\">", format!("&lol{};", i - 1).repeat(10))).collect::<String>()
        );
        let t = extract(laughs.as_bytes(), &Limits::default());
        assert!(!t.readable && t.warnings[0].to_string().contains("DTD"), "{:?}", t.warnings);
        assert!(!extract(b"<SkillsPassport><LearnerInfo>", &Limits::default()).readable);
    }

    #[test]
    fn sniffs_europass_by_content() {
        assert!(looks_like_europass(V3.as_bytes()));
        assert!(looks_like_europass(CANDIDATE.as_bytes()));
        assert!(!looks_like_europass(b"<html><body>Europass</body></html>"));
        assert!(!looks_like_europass(b"CV: see SkillsPassport"));
    }

    fn pages(text: &str) -> ExtractedText {
        ExtractedText::readable(text.to_string())
    }

    const PAGES: &str = "Kari Nordvik\nSykepleier\nWORK EXPERIENCE\n03/2019 – CURRENT Sykepleier\nHavbu sykehus\n\
        Dokumentasjon i DIPS\n08/2016 – 02/2019 Pleieassistent\nEDUCATION AND TRAINING\n2013 – 06/2016 Bachelor i syke-\npleie \
        Nordfjell universitet EQF level 6\nLANGUAGE SKILLS Mother tongue(s): Norsk\nEngelsk C1 C1 B2 B2 B2\n\
        DRIVING LICENCE Driving Licence: B Driving Licence: BE\nSertifikater Autorisasjon som sykepleier, Helsedirektoratet, 2016";

    #[test]
    fn the_embedded_xml_is_read_when_the_pages_show_all_of_it() {
        let t = prefer_embedded(pages(PAGES), &[("attachment.xml".into(), V3.as_bytes().to_vec())], &Limits::default());
        assert!(t.text.starts_with("Kari Nordvik\nSykepleier\n\nWork experience\n"), "{}", t.text);
        assert_eq!(t.warnings[0].key, "warning.europass_pdf_xml");
    }

    #[test]
    fn the_page_text_is_kept_when_the_xml_says_more() {
        let claim = V3.replace("<Licence>BE</Licence>", "<Licence>BE</Licence><Licence>CE</Licence>");
        let t = prefer_embedded(pages(PAGES), &[("attachment.xml".into(), claim.into_bytes())], &Limits::default());
        assert_eq!(t.text, PAGES);
        assert_eq!(t.warnings[0].key, "warning.europass_pdf_mismatch");
        assert!(t.warnings[0].to_string().contains("\"CE\""), "{}", t.warnings[0]);
        let scanned = ExtractedText::unreadable(Note::new("warning.no_text_layer", &[]));
        let t = prefer_embedded(scanned, &[("cv.xml".into(), V3.as_bytes().to_vec())], &Limits::default());
        assert!(!t.readable);
        assert_eq!(t.warnings[1].key, "warning.europass_pdf_unchecked");
        let other =
            prefer_embedded(pages(PAGES), &[("invoice.xml".into(), b"<invoice/>".to_vec())], &Limits::default());
        assert_eq!((other.text.as_str(), other.warnings.len()), (PAGES, 0));
    }
}
