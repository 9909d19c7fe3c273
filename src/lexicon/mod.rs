//! Domain tables, read from the plain-text files in `data/` (see
//! `data/README.md` for their format) and turned into patterns once.

mod pattern;

use std::collections::BTreeMap;
use std::sync::OnceLock;

pub use pattern::{Match, Part, Pattern, PatternSet, Words};

/// One table file: sections of `key: terms` entries, in file order.
#[derive(Debug, Default)]
pub struct Table {
    sections: BTreeMap<String, Vec<(String, Vec<String>)>>,
}

impl Table {
    /// Parse a table file. Malformed lines are a programming error in a
    /// bundled file, caught by the tests, so they panic with the line.
    pub fn parse(name: &str, source: &str) -> Table {
        let mut table = Table::default();
        let mut current: Option<String> = None;
        for (n, raw) in source.lines().enumerate() {
            let line = raw.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(section) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                current = Some(section.to_string());
                table.sections.entry(section.to_string()).or_default();
                continue;
            }
            let (Some(section), Some((key, values))) = (&current, line.split_once(':')) else {
                panic!("{name}:{}: expected `[section]` or `key: terms`, got {raw:?}", n + 1);
            };
            let values = values.split(',').map(str::trim).filter(|v| !v.is_empty()).map(String::from).collect();
            table.sections.get_mut(section).expect("section exists").push((key.trim().to_string(), values));
        }
        table
    }

    /// The entries of a section, in file order; empty if there is none.
    pub fn section(&self, name: &str) -> &[(String, Vec<String>)] {
        self.sections.get(name).map_or(&[], Vec::as_slice)
    }

    /// A section whose entries each hold one number ("stcw_basic_safety:
    /// 5"), by key; a missing or unreadable number is a data error.
    pub fn numbers<T: std::str::FromStr>(&self, name: &str) -> BTreeMap<String, T> {
        self.section(name)
            .iter()
            .map(|(k, v)| {
                let n = v.first().and_then(|n| n.parse().ok());
                (k.clone(), n.unwrap_or_else(|| panic!("[{name}] {k}: expected a number")))
            })
            .collect()
    }

    /// A section as a pattern set whose keys are the entry keys.
    pub fn patterns(&self, name: &str) -> PatternSet {
        let mut set = PatternSet::default();
        for (key, terms) in self.section(name) {
            for term in terms {
                set.add(term, key);
            }
        }
        set.finish();
        set
    }

    /// The values of one entry of a section; empty if there is none.
    pub fn names_of(&self, name: &str, key: &str) -> Vec<String> {
        self.section(name).iter().filter(|(k, _)| k == key).flat_map(|(_, v)| v.iter().cloned()).collect()
    }

    /// A section as `key → first value` (display names).
    pub fn names(&self, name: &str) -> BTreeMap<String, String> {
        self.section(name).iter().map(|(k, v)| (k.clone(), v.join(", "))).collect()
    }
}

/// Every table, parsed. Get it with [`lexicon()`].
pub struct Lexicon {
    pub months: PatternSet,
    pub seasons: PatternSet,
    pub open_end: PatternSet,
    pub since: PatternSet,
    pub since_then: PatternSet,
    pub since_alone: PatternSet,
    pub ago_units: PatternSet,
    pub range_to: PatternSet,

    pub licence_words: PatternSet,
    /// class → the classes holding it implies (itself included).
    pub licence_implies: BTreeMap<String, Vec<String>>,
    pub vehicles: PatternSet,
    /// `licence.txt` `[gears]`: manual and automatic (code 78) gear.
    pub gears: PatternSet,

    pub roles: PatternSet,
    /// Role → the narrower roles whose experience counts for it too
    /// (`[role_includes]`).
    pub role_includes: BTreeMap<String, Vec<String>>,
    /// Field of work → the roles whose jobs are experience in it
    /// (`[role_fields]`).
    pub role_fields: BTreeMap<String, Vec<String>>,
    pub regulated: BTreeMap<String, String>,
    pub authorisation_words: PatternSet,
    pub limited_licence_words: PatternSet,
    pub countries: PatternSet,
    pub authorisation_scopes: PatternSet,

    pub degree_levels: PatternSet,
    pub level_overrides: PatternSet,
    /// Credit units by their worth in ECTS (`education.txt` `[credit_units]`).
    pub credit_units: PatternSet,
    /// Studies that state their credits by their name (`[credit_words]`).
    pub credit_words: PatternSet,
    /// The level a degree has at least when it states this many credits
    /// (`[credit_levels]`), highest first.
    pub credit_levels: Vec<(u8, u32)>,
    /// School and university subjects (`[subjects]`).
    pub subjects: PatternSet,
    pub not_degree: PatternSet,
    pub study_heads: PatternSet,
    pub higher_education: PatternSet,
    pub institutions: PatternSet,
    pub fields: PatternSet,
    /// Field → fields whose more specific words are not it (`[field_excludes]`).
    pub field_excludes: BTreeMap<String, Vec<String>>,

    pub languages: PatternSet,
    pub language_levels: PatternSet,
    pub spoken: PatternSet,
    pub receptive: PatternSet,
    pub written: PatternSet,
    /// Words after a language's name that make it a country's adjective
    /// (`[country_things]`: "Norwegian regulations").
    pub country_things: PatternSet,
    /// Small words only one language uses, to tell which language a CV is
    /// written in (`[written_in]`).
    pub written_in: PatternSet,

    pub certificates: PatternSet,
    pub certificate_classes: BTreeMap<String, Vec<String>>,
    /// Certificates whose classes are levels, each including the ones
    /// before it (`[cumulative_classes]`).
    pub cumulative_classes: Vec<String>,
    /// Words that say a class follows (`[class_labels]`).
    pub certificate_class_labels: Vec<String>,
    /// Keys `certificate.scope` (see `certificates.txt`).
    pub certificate_scopes: PatternSet,
    pub certificate_renewal_years: BTreeMap<String, i32>,
    /// Certificates made of parts (`[whole_of_parts]`): how many distinct
    /// words of scope `key.part` name the whole (`key.all`).
    pub certificate_parts: BTreeMap<String, usize>,
    /// A country's own certificates that meet a line asking for the general
    /// one (`[meets_general]`: a hygiejnebevis is a food hygiene course).
    pub certificate_meets_general: BTreeMap<String, Vec<String>>,
    /// Course words a line may write apart from what the course is in
    /// (`certificates.txt` `[split_heads]`).
    pub split_heads: Vec<String>,

    pub negation: PatternSet,
    pub negation_after: PatternSet,
    /// Negation words that say something else where they stand (nynorsk
    /// "no med" is "now with"): `[not_negation]`.
    pub not_negation: PatternSet,
    /// Small words no sentence ends on (`[break_off]`).
    pub break_off: PatternSet,
    /// Verbs that say someone has worked somewhere (`[work_verbs]`).
    pub work_verbs: PatternSet,
    pub pending: PatternSet,
    pub studying: PatternSet,
    /// Verbs that say someone studied (`[studied]`).
    pub studied: PatternSet,
    /// Verbs that say someone lives somewhere (`[residence_verbs]`).
    pub residence_verbs: PatternSet,
    /// "tok", "completed": the degree after it was awarded (`[completed]`).
    pub completed: PatternSet,
    pub expired: PatternSet,
    pub valid_until: PatternSet,
    pub internship: PatternSet,
    /// A thesis or degree project (`[thesis]`).
    pub thesis: PatternSet,
    /// "før det", "before that": what follows is about an earlier time
    /// (`[earlier]`).
    pub earlier: PatternSet,
    /// "dom senaste två åren", "the last two years": a job's last years
    /// only (`[recent]`).
    pub recent: PatternSet,
    pub leave: PatternSet,
    pub part_time: PatternSet,
    pub student_job: PatternSet,

    pub manual: PatternSet,
    pub experience_words: PatternSet,
    pub years_words: PatternSet,
    pub number_words: PatternSet,
    pub req_authorisation_words: PatternSet,
    pub authorisation_scope: PatternSet,
    pub certificate_words: PatternSet,
    pub preferred: PatternSet,
    /// Words after which a role's qualifier ends (`[qualifier_ends]`).
    pub qualifier_ends: PatternSet,
    /// A sector a requirement restricts experience to, by key
    /// (`[sector_asked]`: "kommunal" is `municipal`).
    pub sector_asked: PatternSet,
    /// Logged hours (`[hours_words]`, `[hours_logged]`, and `[hours_as]`:
    /// what kind of hours a figure is, `total`, `pic`, ...).
    pub hours_words: PatternSet,
    pub hours_logged: PatternSet,
    pub hours_as: PatternSet,
    /// Words that ask for years as part of the years before them ("av
    /// dette", "varav", "of which": `[of_which]`).
    pub of_which: PatternSet,
    /// A law named as the basis of a course (`[legal_basis]`: a
    /// `preposition`, then a `law`).
    pub legal_basis: PatternSet,
    /// Words before a role that make it someone else's (`[beside_role]`).
    pub beside_role: PatternSet,
    /// Words that bring in examples (`[example_markers]`).
    pub example_markers: PatternSet,
    /// Words that bring in the parts asked for (`[inclusion_markers]`).
    pub inclusion_markers: PatternSet,
    pub field_links: PatternSet,
    /// Words for months after a number ("de seneste 12 måneder").
    pub months_words: PatternSet,
    /// Words for seasons after a number ("två säsongers erfarenhet").
    pub seasons_words: PatternSet,
    /// The words of a job entry that place it in a sector (`[sectors]`).
    pub sectors: PatternSet,
    pub equivalent: PatternSet,
    /// Words that leave alternatives open (`[open_alternatives]`).
    pub open_alternatives: PatternSet,
    pub filler: PatternSet,
    pub generic_heads: PatternSet,
    /// term → the other names it goes by, and its kinds (see `requirements.txt`).
    pub term_synonyms: BTreeMap<String, Vec<String>>,
    /// Word parts and how the other written standards write them
    /// (`requirements.txt` `[spelling_variants]`), one group per row.
    pub spelling_variants: Vec<Vec<String>>,
    /// Trade-certificate words by the country that issues them.
    pub trade_systems: PatternSet,
    /// Field and role keys one is educated in by a trade certificate
    /// (`education.txt` `[trades]`).
    pub trades: Vec<String>,
    /// Field keys that are a school level's workplaces, not fields of study
    /// (`education.txt` `[level_fields]`).
    pub level_fields: Vec<String>,
    /// "ikke eldre enn": a certificate's greatest age follows.
    pub not_older_than: PatternSet,
    /// Compound heads that name only a kind of tool ("-verktyg", "-utstyr").
    pub tool_heads: Vec<String>,
    /// Words for the work itself, implied by what it is done with
    /// (`requirements.txt` `[generic_activities]`).
    pub generic_activities: Vec<String>,
    /// Regimes and issuers written before alternatives, each with its names,
    /// the first its key term (`requirements.txt` `[regimes]`).
    pub regimes: Vec<(String, Vec<String>)>,
    /// Vendors written before a product, and product words too everyday to
    /// stand alone (`requirements.txt` `[vendors]`).
    pub vendors: Vec<String>,
    pub everyday_products: Vec<String>,
    /// Certificates whose scope the CV must state when a line names one.
    pub certificate_scope_required: Vec<String>,
    /// Company forms ("AS", "AB", "GmbH"): the name before one is an employer.
    pub company_forms: PatternSet,
    pub protected: PatternSet,
    /// People a job is with, whose age a line may name (`[age_of_others]`).
    pub age_of_others: PatternSet,
    pub education_words: PatternSet,
    /// Compound heads that make a field an education (`[education_heads]`).
    pub education_heads: PatternSet,

    pub headings: PatternSet,
    pub job_ad_headings: PatternSet,
}

impl Lexicon {
    /// The fields whose work a role does (`[role_fields]` read backwards).
    pub fn fields_of_role(&self, role: &str) -> Vec<String> {
        self.role_fields.iter().filter(|(_, roles)| roles.iter().any(|r| r == role)).map(|(f, _)| f.clone()).collect()
    }
}

/// Synonym groups as `name → the group's other names`.
fn synonyms(groups: &[(String, Vec<String>)]) -> BTreeMap<String, Vec<String>> {
    let mut out: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (_, names) in groups {
        for name in names {
            out.entry(name.clone()).or_default().extend(names.iter().filter(|n| *n != name).cloned());
        }
    }
    out
}

macro_rules! table {
    ($file:literal) => {
        Table::parse($file, include_str!(concat!("data/", $file)))
    };
}

/// The lexicon, built on first use.
pub fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(build)
}

fn build() -> Lexicon {
    let dates = table!("dates.txt");
    let licence = table!("licence.txt");
    let professions = table!("professions.txt");
    let education = table!("education.txt");
    let languages = table!("languages.txt");
    let certificates = table!("certificates.txt");
    let markers = table!("markers.txt");
    let requirements = table!("requirements.txt");
    let sections = table!("sections.txt");
    let job_ads = table!("job_ads.txt");

    let licence_implies = licence
        .section("implies")
        .iter()
        .map(|(class, implied)| {
            let mut all = vec![class.clone()];
            all.extend(implied.iter().cloned());
            (class.clone(), all)
        })
        .collect();
    let certificate_classes = certificates.section("classes").iter().cloned().collect();

    Lexicon {
        months: dates.patterns("months"),
        seasons: dates.patterns("seasons"),
        open_end: dates.patterns("open_end"),
        since: dates.patterns("since"),
        since_then: dates.patterns("since_then"),
        since_alone: dates.patterns("since_alone"),
        ago_units: dates.patterns("ago_units"),
        range_to: dates.patterns("range_to"),
        licence_words: licence.patterns("licence_words"),
        licence_implies,
        vehicles: licence.patterns("vehicles"),
        gears: licence.patterns("gears"),
        roles: professions.patterns("roles"),
        role_includes: professions.section("role_includes").iter().cloned().collect(),
        role_fields: professions.section("role_fields").iter().cloned().collect(),
        regulated: professions.names("regulated"),
        authorisation_words: professions.patterns("authorisation_words"),
        limited_licence_words: professions.patterns("limited_licence_words"),
        countries: professions.patterns("countries"),
        authorisation_scopes: professions.patterns("authorisation_scopes"),
        degree_levels: education.patterns("levels"),
        level_overrides: education.patterns("level_overrides"),
        credit_units: education.patterns("credit_units"),
        credit_words: education.patterns("credit_words"),
        credit_levels: {
            let mut levels: Vec<(u8, u32)> = education
                .section("credit_levels")
                .iter()
                .map(|(k, v)| {
                    let credits = v.first().and_then(|n| n.parse().ok());
                    (k.parse().expect("credit_levels: a level"), credits.expect("credit_levels: credits"))
                })
                .collect();
            levels.sort_by(|a, b| b.cmp(a));
            levels
        },
        subjects: education.patterns("subjects"),
        not_degree: education.patterns("not_degree"),
        study_heads: education.patterns("study_heads"),
        higher_education: education.patterns("higher_education"),
        institutions: education.patterns("institutions"),
        fields: education.patterns("fields"),
        field_excludes: education.section("field_excludes").iter().cloned().collect(),
        languages: languages.patterns("languages"),
        language_levels: languages.patterns("levels"),
        spoken: languages.patterns("spoken"),
        receptive: languages.patterns("receptive"),
        written: languages.patterns("written"),
        country_things: languages.patterns("country_things"),
        written_in: languages.patterns("written_in"),
        certificates: certificates.patterns("certificates"),
        certificate_classes,
        cumulative_classes: certificates.names_of("cumulative_classes", "levels"),
        certificate_class_labels: certificates.names_of("class_labels", "label"),
        certificate_scopes: certificates.patterns("scopes"),
        split_heads: certificates.names_of("split_heads", "course"),
        certificate_parts: certificates.numbers("whole_of_parts"),
        certificate_meets_general: certificates.section("meets_general").iter().cloned().collect(),
        certificate_renewal_years: certificates.numbers("renewal_years"),
        negation: markers.patterns("negation"),
        negation_after: markers.patterns("negation_after"),
        not_negation: markers.patterns("not_negation"),
        break_off: markers.patterns("break_off"),
        work_verbs: markers.patterns("work_verbs"),
        pending: markers.patterns("pending"),
        studying: markers.patterns("studying"),
        studied: markers.patterns("studied"),
        residence_verbs: markers.patterns("residence_verbs"),
        completed: markers.patterns("completed"),
        expired: markers.patterns("expired"),
        valid_until: markers.patterns("valid_until"),
        internship: markers.patterns("internship"),
        thesis: markers.patterns("thesis"),
        earlier: markers.patterns("earlier"),
        recent: markers.patterns("recent"),
        leave: markers.patterns("leave"),
        part_time: markers.patterns("part_time"),
        student_job: markers.patterns("student_job"),
        manual: requirements.patterns("manual"),
        experience_words: requirements.patterns("experience_words"),
        years_words: requirements.patterns("years_words"),
        number_words: requirements.patterns("number_words"),
        req_authorisation_words: requirements.patterns("authorisation_words"),
        authorisation_scope: requirements.patterns("authorisation_scope"),
        certificate_words: requirements.patterns("certificate_words"),
        preferred: requirements.patterns("preferred"),
        qualifier_ends: requirements.patterns("qualifier_ends"),
        sector_asked: requirements.patterns("sector_asked"),
        hours_words: requirements.patterns("hours_words"),
        hours_logged: requirements.patterns("hours_logged"),
        hours_as: requirements.patterns("hours_as"),
        of_which: requirements.patterns("of_which"),
        months_words: requirements.patterns("months_words"),
        seasons_words: requirements.patterns("seasons_words"),
        example_markers: requirements.patterns("example_markers"),
        inclusion_markers: requirements.patterns("inclusion_markers"),
        field_links: requirements.patterns("field_links"),
        beside_role: professions.patterns("beside_role"),
        legal_basis: requirements.patterns("legal_basis"),
        sectors: professions.patterns("sectors"),
        equivalent: requirements.patterns("equivalent"),
        open_alternatives: requirements.patterns("open_alternatives"),
        filler: requirements.patterns("filler"),
        generic_heads: requirements.patterns("generic_heads"),
        company_forms: requirements.patterns("company_forms"),
        certificate_scope_required: certificates.names_of("scope_required", "required"),
        vendors: requirements.names_of("vendors", "vendor"),
        everyday_products: requirements.names_of("vendors", "everyday"),
        tool_heads: requirements.section("tool_heads").iter().flat_map(|(_, w)| w.iter().cloned()).collect(),
        generic_activities: requirements
            .section("generic_activities")
            .iter()
            .flat_map(|(_, w)| w.iter().cloned())
            .collect(),
        regimes: requirements.section("regimes").to_vec(),
        not_older_than: requirements.patterns("not_older_than"),
        trade_systems: education.patterns("trade_systems"),
        trades: education.section("trades").iter().flat_map(|(_, keys)| keys.iter().cloned()).collect(),
        level_fields: education.section("level_fields").iter().flat_map(|(_, keys)| keys.iter().cloned()).collect(),
        term_synonyms: {
            let mut names = synonyms(requirements.section("term_synonyms"));
            for (general, kinds) in requirements.section("term_kinds") {
                names.entry(general.clone()).or_default().extend(kinds.iter().cloned());
            }
            names
        },
        spelling_variants: requirements.section("spelling_variants").iter().map(|(_, parts)| parts.clone()).collect(),
        protected: requirements.patterns("protected"),
        age_of_others: requirements.patterns("age_of_others"),
        education_words: requirements.patterns("education_words"),
        education_heads: requirements.patterns("education_heads"),
        headings: sections.patterns("headings"),
        job_ad_headings: job_ads.patterns("headings"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_table_parses_and_has_entries() {
        let lx = lexicon();
        assert!(!lx.months.is_empty());
        assert_eq!(lx.licence_implies["ce"], ["ce", "c", "c1e", "c1", "be", "b", "am"]);
        let named = |kind: &str, key: &str| crate::i18n::keys().contains(&format!("{kind}.{key}").as_str());
        for key in &lx.level_fields {
            assert!(lx.fields.keys().contains(key), "level field {key} is no field");
        }
        for key in &lx.trades {
            assert!(lx.roles.keys().contains(key) || lx.fields.keys().contains(key), "trade {key} is no role or field");
        }
        for key in lx.subjects.keys() {
            assert!(named("subject", key), "subject {key} has no display name in src/i18n/en.txt");
        }
        for key in lx.roles.keys() {
            assert!(named("role", key), "role {key} has no display name in src/i18n/en.txt");
        }
        for key in lx.certificates.keys() {
            assert!(named("cert", key), "certificate {key} has no display name");
        }
        for key in lx.languages.keys() {
            assert!(named("language", key), "language {key} has no display name");
        }
        for key in lx.fields.keys() {
            assert!(named("field", key), "field {key} has no display name");
        }
        for (role, narrower) in &lx.role_includes {
            for key in std::iter::once(role).chain(narrower) {
                assert!(lx.roles.keys().contains(key), "role_includes: {key} is no role");
            }
        }
        for (field, others) in &lx.field_excludes {
            for key in std::iter::once(field).chain(others) {
                assert!(lx.fields.keys().contains(key), "field_excludes: {key} is no field");
            }
        }
        for (field, roles) in &lx.role_fields {
            assert!(lx.fields.keys().contains(field), "role_fields: {field} is no field");
            for key in roles {
                assert!(lx.roles.keys().contains(key), "role_fields: {key} is no role");
            }
        }
        for (general, own) in &lx.certificate_meets_general {
            for key in std::iter::once(general).chain(own) {
                assert!(lx.certificates.keys().contains(key), "meets_general: {key} is no certificate");
            }
        }
    }

    #[test]
    fn licence_hierarchy_is_closed() {
        // Every class a class implies implies nothing beyond what the first
        // class already implies: the table is its own transitive closure.
        let imp = &lexicon().licence_implies;
        for (class, implied) in imp {
            for other in implied {
                for deeper in &imp[other] {
                    assert!(implied.contains(deeper), "{class} implies {other} which implies {deeper}");
                }
            }
        }
    }
}
