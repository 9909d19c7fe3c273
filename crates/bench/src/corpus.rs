//! The CV texts the core benchmark screens: fictional CVs of one to two
//! pages, generated deterministically (a fixed seed, no clock), in bokmål,
//! Swedish, Danish and English, plus the labelled evaluation set's CVs
//! (`eval/cvs`, extracted as the CLI extracts them).
//!
//! Every person, employer, school and place is made up; e-mail addresses are
//! `example.*`, phone numbers are in unreal ranges.

use std::fs;
use std::path::Path;

use sikte::ExtractedText;

/// SplitMix64: small, fast and the same everywhere.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `lo..=hi`.
    fn range(&mut self, lo: u32, hi: u32) -> u32 {
        lo + (self.next() % u64::from(hi - lo + 1)) as u32
    }

    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.next() as usize % xs.len()]
    }

    /// `k` distinct items of `xs`, in a shuffled order.
    fn sample<'a>(&mut self, xs: &[&'a str], k: usize) -> Vec<&'a str> {
        let mut v = xs.to_vec();
        for i in (1..v.len()).rev() {
            let j = self.next() as usize % (i + 1);
            v.swap(i, j);
        }
        v.truncate(k.min(v.len()));
        v
    }

    fn chance(&mut self, percent: u32) -> bool {
        self.range(1, 100) <= percent
    }
}

/// What changes between the four languages of the generated CVs.
struct Lang {
    headings: [&'static str; 9], // profile, work, education, courses, languages, licence, skills, references, interests
    titles: &'static [&'static str],
    employers: &'static [&'static str],
    tasks: &'static [&'static str],
    profile: &'static [&'static str],
    months: [&'static str; 12],
    open_end: &'static [&'static str],
    education: &'static [&'static str],
    school: &'static [&'static str],
    authorisation: &'static [&'static str],
    licence: &'static [&'static str],
    languages: &'static [&'static str],
    courses: &'static [&'static str],
    references: &'static str,
    interests: &'static [&'static str],
}

const PLACES: &[&str] =
    &["Fjellby", "Havbu", "Fjordheim", "Granby", "Vestby", "Nordfjell", "Horsby", "Kolby", "Malmby", "Sønderby"];
const FIRST: &[&str] = &[
    "Kari", "Ola", "Åshild", "Bjørn", "Ingrid", "Lars", "Sigrid", "Håkon", "Ewa", "Tomasz", "Amina", "Jonas", "Maja",
    "Erik", "Linnéa", "Søren", "Fatima", "Mikkel", "Astrid", "Yusuf",
];
const LAST: &[&str] = &[
    "Nordmann",
    "Bærø",
    "Haugen",
    "Kjølstad",
    "Lien",
    "Sjöberg",
    "Nyström",
    "Kowalska",
    "Hansen",
    "Dahl",
    "Berg",
    "Aas",
    "Østergaard",
    "Holm",
];
const SKILLS: &[&str] = &[
    "DIPS Arena",
    "Gerica",
    "CosDoc",
    "Cosmic",
    "Profil",
    "Visma",
    "Office 365",
    "Teams",
    "Helseplattformen",
    "Medicinsk journal",
    "SAP",
    "Excel",
];

const NB: Lang = Lang {
    headings: [
        "Profil",
        "Arbeidserfaring",
        "Utdanning",
        "Kurs og sertifikater",
        "Språk",
        "Førerkort",
        "Ferdigheter",
        "Referanser",
        "Interesser",
    ],
    titles: &[
        "Sykepleier",
        "Intensivsykepleier",
        "Helsefagarbeider",
        "Assistent",
        "Miljøterapeut",
        "Lagermedarbeider",
        "Sykepleier (vikar)",
        "Spesialsykepleier",
    ],
    employers: &[
        "{p} kommune, hjemmetjenesten",
        "{p} sykehus, medisinsk avdeling",
        "{p} sykehjem",
        "Bemanningsbyrået {p} AS",
        "{p} legevakt",
        "Lager og logistikk {p} AS",
    ],
    tasks: &[
        "Ansvar for medisinering, sårstell og dokumentasjon i pasientjournalen.",
        "Veiledning av studenter og nyansatte, og deltakelse i fagutvikling på avdelingen.",
        "Observasjon og oppfølging av pasienter med sammensatte behov og kroniske sykdommer.",
        "Samarbeid med lege, fysioterapeut og pårørende om tiltaksplaner og utskrivning.",
        "Koordinering av vaktlister, innkjøp av forbruksmateriell og opplæring i velferdsteknologi.",
        "Stedfortreder for avdelingsleder i ferier, med ansvar for bemanning og avvik.",
        "Palliativ pleie i samarbeid med kreftkoordinator og hjemmesykehus.",
        "Kjøring mellom brukere i kommunens biler, daglig rapportering og samhandling med fastleger.",
    ],
    profile: &[
        "Jeg er en strukturert og løsningsorientert sykepleier med bred erfaring fra kommunehelsetjenesten.",
        "Jeg trives i et travelt miljø og er vant til å ta ansvar for egne pasienter.",
        "Kolleger beskriver meg som rolig, tydelig og god til å samarbeide på tvers av faggrupper.",
        "Jeg er opptatt av pasientsikkerhet, gode rutiner og brukermedvirkning.",
        "De siste årene har jeg særlig jobbet med demens, diabetes og sårbehandling.",
        "Jeg søker nå en fast stilling der jeg kan bruke erfaringen min og utvikle meg videre faglig.",
    ],
    months: ["jan.", "feb.", "mars", "april", "mai", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "des."],
    open_end: &["d.d.", "nå", "i dag"],
    education: &[
        "Bachelor i sykepleie",
        "Bachelorgrad i sykepleie",
        "Fagbrev som helsefagarbeider",
        "Videreutdanning i geriatri (30 stp.)",
        "Master i avansert klinisk sykepleie",
    ],
    school: &["{p} universitet", "Høgskulen på {p}", "{p} videregående skole", "VID vitenskapelige høgskole, {p}"],
    authorisation: &[
        "Autorisasjon som sykepleier, Helsedirektoratet ({y})",
        "Autorisert sykepleier, HPR-nummer 9912345 ({y})",
        "Søkt om autorisasjon som sykepleier, forventet {y}",
    ],
    licence: &[
        "Klasse B",
        "Klasse B og BE",
        "Førerkort klasse B (manuell)",
        "Har ikke førerkort",
        "Klasse B, C og CE",
        "Klasse C1",
    ],
    languages: &[
        "Norsk – morsmål",
        "Engelsk – flytende muntlig og skriftlig",
        "Norsk – meget god muntlig og skriftlig",
        "Tysk – grunnleggende",
        "Polsk – morsmål",
        "Norsk – B1",
    ],
    courses: &[
        "HLR-kurs, {y}",
        "Legemiddelhåndtering, {y}",
        "Førstehjelpskurs, {y}",
        "Truckførerbevis T1–T4, {y}",
        "Kurs i sårbehandling, {y}",
        "Demensomsorgens ABC, {y}",
    ],
    references: "Oppgis ved forespørsel. Tidligere ledere kan kontaktes etter avtale.",
    interests: &[
        "Fjellturer, langrenn og friluftsliv med familien.",
        "Korps, frivillig arbeid i Røde Kors og matlaging.",
        "Løping, lesing og hagearbeid.",
    ],
};

const SV: Lang = Lang {
    headings: [
        "Profil",
        "Arbetslivserfarenhet",
        "Utbildning",
        "Kurser och certifikat",
        "Språk",
        "Körkort",
        "Kompetenser",
        "Referenser",
        "Intressen",
    ],
    titles: &[
        "Sjuksköterska",
        "Undersköterska",
        "Vårdbiträde",
        "Lagerarbetare",
        "Specialistsjuksköterska",
        "Sjuksköterska (bemanning)",
    ],
    employers: &[
        "{p} kommun, hemtjänsten",
        "{p} sjukhus, medicinkliniken",
        "Region {p}",
        "Äldreboendet {p}gården",
        "{p} Logistik AB",
    ],
    tasks: &[
        "Ansvar för läkemedelshantering, såromläggning och dokumentation i journalsystemet.",
        "Handledning av studenter och nyanställda samt deltagande i förbättringsarbete.",
        "Bedömning och uppföljning av patienter med komplexa vårdbehov.",
        "Samarbete med läkare, arbetsterapeuter och anhöriga kring vårdplaner.",
        "Schemaläggning, beställning av förbrukningsmaterial och introduktion av ny personal.",
        "Palliativ vård i hemmet i samarbete med den specialiserade palliativa enheten.",
        "Plock, pack och inleverans med truck, inventering och kvalitetskontroll.",
    ],
    profile: &[
        "Jag är en lugn och strukturerad sjuksköterska med erfarenhet från både sjukhus och kommun.",
        "Jag tycker om att ta ansvar och att arbeta i team med andra yrkesgrupper.",
        "Patientsäkerhet och ett gott bemötande är viktigt för mig.",
        "Jag har de senaste åren arbetat mycket med äldre multisjuka patienter.",
        "Nu söker jag en tjänst i Norge där jag kan utvecklas vidare.",
    ],
    months: ["jan", "feb", "mars", "april", "maj", "juni", "juli", "aug", "sep", "okt", "nov", "dec"],
    open_end: &["pågående", "nu", "idag"],
    education: &[
        "Sjuksköterskeexamen, kandidatexamen i omvårdnad",
        "Undersköterskeutbildning, vård- och omsorgsprogrammet",
        "Specialistsjuksköterskeexamen, vård av äldre",
    ],
    school: &["{p} högskola", "{p} universitet", "Vård- och omsorgscollege {p}"],
    authorisation: &[
        "Legitimerad sjuksköterska, Socialstyrelsen ({y})",
        "Norsk autorisasjon som sykepleier ({y})",
        "Ansökt om norsk autorisation, väntar på beslut",
    ],
    licence: &["B-körkort", "Körkort B", "Körkort: B och BE", "Inget körkort"],
    languages: &[
        "Svenska – modersmål",
        "Norska – god förståelse, B1",
        "Engelska – flytande i tal och skrift",
        "Norska – mycket goda kunskaper i tal och skrift (B2)",
    ],
    courses: &[
        "Hjärt-lungräddning (HLR), {y}",
        "Läkemedelsberäkning, {y}",
        "Truckkort A och B, {y}",
        "Basala hygienrutiner, {y}",
    ],
    references: "Lämnas på begäran.",
    interests: &["Friluftsliv, skidåkning och trädgård.", "Körsång, läsning och matlagning."],
};

const DA: Lang = Lang {
    headings: [
        "Profil",
        "Erhvervserfaring",
        "Uddannelse",
        "Kurser og certifikater",
        "Sprog",
        "Kørekort",
        "Kompetencer",
        "Referencer",
        "Interesser",
    ],
    titles: &[
        "Sygeplejerske",
        "Social- og sundhedsassistent",
        "Lagermedarbejder",
        "Klinisk sygeplejerske",
        "Sygeplejerske (vikar)",
    ],
    employers: &["{p} Kommune, hjemmeplejen", "{p} Sygehus, medicinsk afdeling", "Plejecenter {p}", "{p} Lager ApS"],
    tasks: &[
        "Ansvar for medicinadministration, sårpleje og dokumentation i sundhedsplatformen.",
        "Vejledning af studerende og nyansatte samt deltagelse i kvalitetsarbejde.",
        "Observation og pleje af borgere med komplekse behov og kroniske sygdomme.",
        "Tværfagligt samarbejde med læger, terapeuter og pårørende om plejeplaner.",
        "Planlægning af vagter, bestilling af varer og oplæring i velfærdsteknologi.",
        "Pluk og pak, varemodtagelse og kørsel med truck på centrallageret.",
    ],
    profile: &[
        "Jeg er en engageret og struktureret sygeplejerske med erfaring fra både hospital og kommune.",
        "Jeg trives med ansvar og arbejder godt i tværfaglige teams.",
        "Patientsikkerhed og god kommunikation med borgere og pårørende er vigtigt for mig.",
        "Jeg søger nu en stilling i Norge, hvor jeg kan bruge min erfaring.",
    ],
    months: ["jan.", "feb.", "marts", "april", "maj", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "dec."],
    open_end: &["d.d.", "nu"],
    education: &[
        "Professionsbachelor i sygepleje",
        "Social- og sundhedsassistentuddannelsen",
        "Kandidatuddannelse i klinisk sygepleje",
    ],
    school: &["Professionshøjskolen {p}", "{p} Universitet", "SOSU {p}"],
    authorisation: &[
        "Autoriseret sygeplejerske, Styrelsen for Patientsikkerhed ({y})",
        "Norsk autorisasjon som sykepleier ({y})",
    ],
    licence: &["Kørekort kategori B", "Kørekort til bil (B)", "Intet kørekort"],
    languages: &[
        "Dansk – modersmål",
        "Norsk – B2 mundtligt og skriftligt",
        "Engelsk – flydende",
        "Norsk – gode kundskaber i tale og skrift",
    ],
    courses: &["Førstehjælp og hjerte-lunge-redning, {y}", "Medicinhåndtering, {y}", "Truckcertifikat B, {y}"],
    references: "Gives gerne på forespørgsel.",
    interests: &["Løb, cykling og friluftsliv.", "Kor, frivilligt arbejde og madlavning."],
};

const EN: Lang = Lang {
    headings: [
        "Profile",
        "Work experience",
        "Education",
        "Courses and certificates",
        "Languages",
        "Driving licence",
        "Skills",
        "References",
        "Interests",
    ],
    titles: &["Registered nurse", "Staff nurse", "Healthcare assistant", "Warehouse operative", "Intensive care nurse"],
    employers: &[
        "{p} Municipality, home care services",
        "{p} Hospital, medical ward",
        "{p} Care Home",
        "{p} Logistics Ltd",
    ],
    tasks: &[
        "Responsible for medication rounds, wound care and documentation in the electronic patient record.",
        "Mentored nursing students and new staff, and took part in quality improvement projects.",
        "Assessed and followed up patients with complex needs and long-term conditions.",
        "Worked with doctors, physiotherapists and relatives on care and discharge plans.",
        "Planned rotas, ordered supplies and trained colleagues in new welfare technology.",
        "Picking, packing and goods-in with forklift trucks; stock counts and quality checks.",
    ],
    profile: &[
        "Calm and organised registered nurse with experience from hospital wards and community care.",
        "I enjoy responsibility and work well in multidisciplinary teams.",
        "Patient safety and clear communication with patients and families matter to me.",
        "I am now looking for a permanent position in Norway where I can keep developing.",
    ],
    months: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    open_end: &["present", "now"],
    education: &[
        "BSc (Hons) Nursing",
        "Bachelor of Nursing",
        "Diploma in Health and Social Care",
        "MSc Advanced Clinical Practice",
    ],
    school: &["University of {p}", "{p} College"],
    authorisation: &[
        "Norwegian authorisation as a nurse, HPR ({y})",
        "NMC registered nurse ({y})",
        "Applied for Norwegian authorisation, decision expected {y}",
    ],
    licence: &["Full UK driving licence, category B", "Driving licence: B", "No driving licence"],
    languages: &[
        "English – native",
        "Norwegian – B2, spoken and written (Norskprøven)",
        "Norwegian – basic",
        "Polish – fluent",
    ],
    courses: &[
        "First aid and CPR, {y}",
        "Basic life support (BLS), {y}",
        "Medication management, {y}",
        "Forklift licence, {y}",
    ],
    references: "Available on request.",
    interests: &["Hiking, cross-country skiing and cooking.", "Choir, volunteering and reading."],
};

fn fill(s: &str, place: &str, year: u32) -> String {
    s.replace("{p}", place).replace("{y}", &year.to_string())
}

/// One generated CV of about one to two pages.
pub fn generate_one(rng: &mut Rng, i: usize) -> String {
    let l = match rng.range(1, 100) {
        1..=55 => &NB,
        56..=70 => &SV,
        71..=85 => &DA,
        _ => &EN,
    };
    let h = &l.headings;
    let name = format!("{} {}", rng.pick(FIRST), rng.pick(LAST));
    let home = rng.pick(PLACES);
    let mut cv = String::with_capacity(6000);
    let mut line = |s: &str| {
        cv.push_str(s);
        cv.push('\n');
    };
    line(&name);
    line(&format!("{home} · kandidat{i}@example.no · +47 000 {:02} {:03}", i % 100, (i * 7) % 1000));
    line("");
    line(h[0]);
    let k = rng.range(3, 5) as usize;
    line(&rng.sample(l.profile, k).join(" "));
    line("");

    let start = rng.range(2004, 2016);
    let mut jobs = Vec::new();
    let mut y = start;
    for _ in 0..rng.range(4, 7) {
        let end = y + rng.range(1, 3);
        jobs.push((y, rng.range(1, 12), end, rng.range(1, 12)));
        y = end;
    }
    line(h[1]);
    for (n, &(y1, m1, y2, m2)) in jobs.iter().enumerate().rev() {
        let open = n == jobs.len() - 1 && y2 >= 2024;
        let end = if open {
            rng.pick(l.open_end).to_string()
        } else {
            match rng.range(1, 3) {
                1 => format!("{} {y2}", l.months[m2 as usize - 1]),
                2 => format!("{m2:02}/{y2}"),
                _ => y2.to_string(),
            }
        };
        let begin = match rng.range(1, 3) {
            1 => format!("{} {y1}", l.months[m1 as usize - 1]),
            2 => format!("{m1:02}/{y1}"),
            _ => y1.to_string(),
        };
        let place = rng.pick(PLACES);
        line(&format!("{begin} – {end}   {}, {}", rng.pick(l.titles), fill(rng.pick(l.employers), place, 0)));
        let k = rng.range(3, 5) as usize;
        for t in rng.sample(l.tasks, k) {
            line(&format!("• {t}"));
        }
        line("");
    }

    line(h[2]);
    let k = rng.range(1, 2) as usize;
    for (n, e) in rng.sample(l.education, k).into_iter().enumerate() {
        let y2 = start - 3 * n as u32;
        line(&format!("{} – {y2}   {}, {}", y2 - 3, e, fill(rng.pick(l.school), rng.pick(PLACES), 0)));
    }
    if rng.chance(60) {
        line(&format!("{} – {}   Videregående skole / upper secondary, {}", start - 9, start - 6, rng.pick(PLACES)));
    }
    line(&fill(rng.pick(l.authorisation), home, start + rng.range(0, 10)));
    line("");

    line(h[3]);
    let k = rng.range(1, 4) as usize;
    for c in rng.sample(l.courses, k) {
        line(&fill(c, home, rng.range(2015, 2026)));
    }
    line("");
    line(h[4]);
    let k = rng.range(2, 3) as usize;
    for s in rng.sample(l.languages, k) {
        line(s);
    }
    line("");
    line(h[5]);
    line(rng.pick(l.licence));
    line("");
    line(h[6]);
    let k = rng.range(3, 7) as usize;
    line(&rng.sample(SKILLS, k).join(", "));
    line("");
    line(h[8]);
    line(rng.pick(l.interests));
    line("");
    line(h[7]);
    line(l.references);
    cv
}

/// `n` generated CVs, the same for the same `n` on every machine.
pub fn generate(n: usize) -> Vec<(String, ExtractedText)> {
    let mut rng = Rng::new(20_261_127);
    (0..n).map(|i| (format!("generated/cv-{i:04}.txt"), ExtractedText::readable(generate_one(&mut rng, i)))).collect()
}

/// Every readable CV of the labelled evaluation set, extracted as the CLI
/// extracts it (PDF, DOCX, TXT, Markdown, JSON Resume), in path order.
pub fn eval_set(root: &Path) -> Vec<(String, ExtractedText)> {
    let mut files = Vec::new();
    let mut stack = vec![root.join("eval/cvs")];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = fs::read_dir(&dir) else { continue };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                files.push(p);
            }
        }
    }
    files.sort();
    let limits = sikte_extract::Limits::default();
    files
        .into_iter()
        .filter_map(|p| {
            let bytes = fs::read(&p).ok()?;
            let name = p.strip_prefix(root).unwrap_or(&p).to_string_lossy().into_owned();
            let e = sikte_extract::extract(&name, &bytes, &limits);
            e.readable.then_some((name, e))
        })
        .collect()
}
