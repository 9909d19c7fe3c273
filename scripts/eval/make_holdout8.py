#!/usr/bin/env python3
"""Write Sikte's eighth held-out evaluation set: eval-holdout8/README.md, jobs/<job>.toml, cvs/<job>/<file>.

    python3 scripts/eval/make_holdout8.py            # (re)write eval-holdout8/
    python3 scripts/eval/make_holdout8.py --verify   # generate twice in temporary folders and check both
                                                     # runs and eval-holdout8/ are byte-identical

A ninth labelled set in the same layout and job-file format as eval/ and
eval-holdout/ ... eval-holdout7/, so that accuracy can be measured on CVs the
rules were never tuned on. Six fictional jobs in professions that no earlier
set uses (train driver sv, midwife nb, speech therapist da, ventilation
fitter nn, warehouse manager nb, UX designer en) with 6-7 requirement lines
each, and 5 fictional CVs per job in TXT, DOCX and PDF (one and two columns),
in bokmål, nynorsk, Swedish, Danish and English.

The set was written blind: without reading Sikte's rules, code, tests or data
tables, without running Sikte on it and without looking at any Sikte output.
Of the earlier sets only make_holdout7.py was read, as the template for this
script's structure, with the shared code of make_eval.py and make_holdout.py;
the CVs of eval/ and of eval-holdout/ ... eval-holdout6/ were not read (apart
from the first few that sit next to that shared code). Every CV x requirement
is labelled by hand with what a careful, fair recruiter concludes on TODAY,
under the conventions of eval/README.md (met, not_met, unclear, manual).
Never adjust a label to Sikte's output.

It reuses make_eval.py (the CV model S/L/I/KV/cv, the renderers, the job-file
writer and its checks), make_holdout.py (plain_text, the e-mail pattern,
check_blind_set, jobs_and_figures) and scripts/fixtures/cvlib.py, and
refuses: what make_eval.py refuses, a fragment quoted with single quotes in a
`why` that is not in the CV, an e-mail address outside example.*, a job with
fewer than two qualified CVs, and any job slug, person or town of eval/,
eval-holdout/, ..., eval-holdout7/. Python 3.11 standard library only. Every
person, employer, school, town, e-mail address and phone number is invented.
"""

from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_eval as me  # noqa: E402
import make_holdout as mh  # noqa: E402
import make_holdout2 as mh2  # noqa: E402
import make_holdout3 as mh3  # noqa: E402
import make_holdout4 as mh4  # noqa: E402
import make_holdout5 as mh5  # noqa: E402
import make_holdout6 as mh6  # noqa: E402
import make_holdout7 as mh7  # noqa: E402
from make_eval import CV, I, KV, L, S, cv  # noqa: E402

ROOT = me.ROOT
OUT = os.path.join(ROOT, "eval-holdout8")
SCRIPT = "scripts/eval/make_holdout8.py"
TODAY = me.TODAY  # 2026-11-27, written into every job file

# Towns of eval/ and eval-holdout/ ... eval-holdout7/; none may appear here.
USED_TOWNS = mh7.USED_TOWNS + ("Storlidal", "Kvitberg", "Ørnevåg", "Hummelnes", "Fjällsäter", "Ekeskog", "Svanbäcka",
                               "Hjortsbæk", "Lærkeby", "Skovkrog", "Brzezinki Stare", "Roccalba")
TOWNS = "Kvannvik, Steinmyra, Eidsbrekka and Furuneset in Norway; Ljungfors, Björkmyra, Rönnhamn and Granliden " \
        "in Sweden; Mosekær, Tjørneby and Ravnsbøl in Denmark; Kastelno, Alytava, Drumvalley and Glenrothy abroad"

JOBS: list[me.Job] = []


def job(slug, title, lang, profession, reqs: list[tuple[str, str]], *cvs: CV) -> None:
    JOBS.append(me.Job(slug, title, lang, profession, [r for r, _ in reqs], [k for _, k in reqs], list(cvs)))


# ===========================================================================
# 1. sv: Lokförare
# ===========================================================================

job(
    "lokforare", "Lokförare till regional persontrafik", "sv", "train driver",
    [
        ("Giltigt förarbevis utfärdat av Transportstyrelsen", "authorisation"),
        ("Genomförd lokförarutbildning inom yrkeshögskolan eller motsvarande", "education"),
        ("Minst ett års erfarenhet som lokförare i persontrafik", "experience"),
        ("Erfarenhet av att köra med ERTMS", "must_mention"),
        ("B-körkort", "driving_licence"),
        ("Mycket goda kunskaper i svenska, i tal och skrift", "language"),
        ("Du ska kunna arbeta oregelbundna tider och genomgå drog- och alkoholtest innan anställning", "manual"),
    ],
    cv("tobias-lindehav.pdf", "sv", "pdf", "right-dates", "MMMMMMX",
       "'Förarbevis (Transportstyrelsen), utfärdat 2018', 'Lokförarutbildning 400 YH-poäng', lokförare in "
       "regional and commuter passenger traffic since 2018 (the years as 'Tågvärd' do not count and are not "
       "needed), 'Körning på ERTMS nivå 2 sedan 2023', the licence class 'B' alone under its heading",
       "Tobias Lindehav", "Lokförare",
       S("contact", L("Tel. 031-390 06 11"), L("tobias.lindehav@example.se"), L("Ljungfors")),
       S("profile", "Lokförare sedan 2018 i regional persontrafik och pendeltågstrafik. Van vid ERTMS, "
                    "vintertrafik och att ta hand om resenärerna när det blir störningar."),
       S("exp",
         I("2021 – nu", "Lokförare, Ljungfors Regiontåg AB", "Regional persontrafik med motorvagnar",
           "Körning på ERTMS nivå 2 sedan 2023"),
         I("2018 – 2021", "Lokförare, Björkmyra Pendel AB", "Pendeltågstrafik i rusningstid"),
         I("2014 – 2016", "Tågvärd, Björkmyra Pendel AB")),
       S("edu",
         I("2016 – 2018", "Lokförarutbildning 400 YH-poäng, Rönnhamns yrkeshögskola", "Yrkeshögskoleexamen 2018")),
       S("auth", L("Förarbevis (Transportstyrelsen), utfärdat 2018"),
         L("Kompletterande intyg för motorvagnar och aktuella sträckor"), head="Behörigheter"),
       S("lic", L("B")),
       S("lang", L("Svenska – modersmål"), L("Engelska – god")),
       date_first=True),
    cv("sondre-myrbekk.docx", "nb", "docx", "table", "UMMMMMX",
       "only the Norwegian 'Førerbevis for tog, Statens jernbanetilsyn, 2016'; the Swedish one is applied for "
       "('Søknad om svensk förarbevis sendt til Transportstyrelsen'); 'Lokførerutdanning, Jernbaneskolen i "
       "Furuneset' is \"motsvarande\"; passenger trains since 2016, 'ERTMS-strekningen', 'Klasse B', 'Svensk – flytende muntlig og skriftlig'",
       "Sondre Myrbekk", "Lokfører",
       S("contact", L("Tlf. 123 46 511"), L("sondre.myrbekk@example.no"), L("Kvannvik")),
       S("profile", "Lokfører med ti års erfaring fra persontrafikk i Norge. Familien flytter til Sverige "
                    "sommeren 2027, og jeg søker fast stilling som lokförare der."),
       S("exp",
         I("2016 – d.d.", "Lokfører, Kvannvik Persontog AS", "Regiontog og lokaltog",
           "Fører på ERTMS-strekningen Kvannvik–Steinmyra siden 2024"),
         I("2014 – 2016", "Konduktør, Kvannvik Persontog AS")),
       S("edu",
         I("2015 – 2016", "Lokførerutdanning, Jernbaneskolen i Furuneset", "Fagskoleutdanning, 11 måneder"),
         I("2010 – 2013", "Vg1–Vg3 studiespesialisering, Kvannvik vgs.")),
       S("auth", L("Førerbevis for tog, Statens jernbanetilsyn, 2016"),
         L("Tilleggssertifikat for aktuelle togtyper og strekninger"),
         L("Søknad om svensk förarbevis sendt til Transportstyrelsen, oktober 2026"), head="Sertifikater"),
       S("lic", L("Klasse B")),
       S("lang", L("Norsk – morsmål"), L("Svensk – flytende muntlig og skriftlig (svensk mor)"),
         L("Engelsk – god"))),
    cv("malin-osterlind.txt", "sv", "txt", "dates-after", "MMUMMMX",
       "'Förarbevis utfärdat av Transportstyrelsen 2018' and YH training, but eight years in freight ('Lokförare "
       "godstrafik'); in passenger traffic only since 'mars 2026 – pågående' (9 months); ERTMS shown in both "
       "jobs; 'Körkort B, BE'",
       "Malin Österlind", "Lokförare",
       S("contact", L("Mobil 031-390 06 12"), L("malin.osterlind@example.se"), L("Björkmyra")),
       S("profile", "Lokförare med åtta år i godstrafik. Sedan i våras kör jag persontåg och trivs "
                    "jättebra med det, så nu söker jag en fast tjänst i persontrafiken."),
       S("exp",
         I("mars 2026 – pågående", "Lokförare persontrafik (visstid), Rönnhamn Tåg AB",
           "Regionaltåg, ERTMS-utrustade fordon"),
         I("2018 – feb 2026", "Lokförare godstrafik, Nordgods Järnväg AB",
           "Malm- och containertåg, ERTMS nivå 2 på delar av sträckan")),
       S("edu", I("2016 – 2018", "Lokförare, yrkeshögskoleutbildning 400 YH-poäng, Ljungfors YH",
                  "LIA-praktik på Nordgods Järnväg AB")),
       S("auth", L("Förarbevis utfärdat av Transportstyrelsen 2018"), head="Behörighet"),
       S("lic", L("Körkort B, BE")),
       S("lang", L("Svenska – modersmål"), L("Engelska – goda kunskaper"))),
    cv("bjarke-lysgaard.pdf", "da", "pdf", "two-column", "MMMMMMX",
       "a Dane with 'Svensk förarbevis, Transportstyrelsen, 2022 (ombyttet fra dansk licens)'; "
       "'Lokomotivføreruddannelsen, Jernbaneskolen Ravnsbøl' is \"motsvarande\"; passenger trains since 2016 in "
       "Denmark and Sweden, 'Regionaltog med ERTMS nivå 2', 'Kørekort: B', 'Svensk – flydende i tale og skrift'",
       "Bjarke Lysgaard", "Lokomotivfører / lokförare",
       S("contact", L("Tlf. +45 12 34 64 01"), L("bjarke.lysgaard@example.dk"), L("Bor i Rönnhamn, Sverige")),
       S("cert", L("Svensk förarbevis, Transportstyrelsen, 2022 (ombyttet fra dansk licens)"),
         L("Kompletterande intyg för regionaltåg"), head="Licens og certifikater"),
       S("lic", L("Kørekort: B")),
       S("lang", L("Dansk – modersmål"), L("Svensk – flydende i tale og skrift"), L("Engelsk – godt")),
       S("profile", "Dansk lokomotivfører, bosat i Sverige siden 2022. Jeg har kørt persontog i ti år, "
                    "først i Danmark og nu i Sverige."),
       S("exp",
         I("2022 – nu", "Lokförare, Rönnhamn Regiontåg AB", "Regionaltog med ERTMS nivå 2"),
         I("2016 – 2022", "Lokomotivfører, persontog, Mosekær Lokaltog A/S", "Lokaltog og regionaltog")),
       S("edu", I("2015 – 2016", "Lokomotivføreruddannelsen, Jernbaneskolen Ravnsbøl")),
       order="right-first"),
    cv("hampus-ringblad.docx", "sv", "docx", "one-column", "MMMMNMX",
       "'Förarbevis, Transportstyrelsen (2020)', YH training, pendeltåg since 'aug 2020 – nu', 'ERTMS-körning "
       "sedan ombyggnaden 2024', but 'Inget körkort – pendlar med tåg och cykel'",
       "Hampus Ringblad", "Lokförare",
       S("contact", L("031-390 06 13"), L("hampus.ringblad@example.se"), L("Granliden")),
       S("profile", "Lokförare i pendeltågstrafik sedan 2020. Punktlig, lugn och van vid störningshantering "
                    "och långa pass."),
       S("exp",
         I("aug 2020 – nu", "Lokförare, Björkmyra Pendel AB", "Pendeltåg i rusningstrafik",
           "ERTMS-körning sedan ombyggnaden 2024"),
         I("2017 – 2019", "Tågvärd (deltid, 50 %), Björkmyra Pendel AB")),
       S("edu", I("2019 – 2020", "Lokförarutbildning (YH), 400 YH-poäng, Granliden yrkeshögskola")),
       S("auth", L("Förarbevis, Transportstyrelsen (2020)"), head="Förarbevis"),
       S("lic", L("Inget körkort – pendlar med tåg och cykel")),
       S("lang", L("Svenska – modersmål"), L("Engelska – god"))),
)


# ===========================================================================
# 2. nb: Jordmor
# ===========================================================================

job(
    "jordmor", "Jordmor, fødeavdelingen", "nb", "midwife",
    [
        ("Norsk autorisasjon som jordmor", "authorisation"),
        ("Master i jordmorfag eller videreutdanning i jordmorfag", "education"),
        ("Minimum ett års erfaring som jordmor fra fødeavdeling eller fødestue", "experience"),
        ("Gjennomført PROBA eller tilsvarende kurs i akutt obstetrikk i løpet av de siste to årene", "certificate"),
        ("Erfaring med Partus", "must_mention"),
        ("Du må beherske norsk muntlig og skriftlig på minimum C1-nivå", "language"),
        ("Stillingen inngår i tredelt turnus med arbeid hver tredje helg", "manual"),
    ],
    cv("tuva-ronneberg.docx", "nb", "docx", "bold-headings", "MMMMMMX",
       "'Autorisasjon som jordmor (HPR), 2019', 'Master i jordmorfag', midwife at the birth ward since 'sep. 2019 "
       "– d.d.' (the nurse years before do not count and are not needed), 'PROBA – praktisk obstetrisk "
       "ferdighetstrening, mars 2026', 'Dokumentasjon i Partus', 'Norsk – morsmål'",
       "Tuva Rønneberg", "Jordmor",
       S("contact", L("Tlf. 123 46 521"), L("tuva.ronneberg@example.no"), L("Steinmyra")),
       S("profile", "Jordmor med sju års erfaring fra fødeavdeling. Jeg er trygg i akuttsituasjoner og opptatt "
                    "av god kontinuitet for de fødende og partnerne deres."),
       S("exp",
         I("sep. 2019 – d.d.", "Jordmor, Fødeavdelingen, Steinmyra sykehus",
           "Fødselsomsorg, barselomsorg og akutt obstetrikk", "Dokumentasjon i Partus"),
         I("2015 – 2017", "Sykepleier, Barsel- og nyfødtavdelingen, Steinmyra sykehus")),
       S("edu",
         I("2017 – 2019", "Master i jordmorfag, Høgskolen i Eidsbrekka"),
         I("2012 – 2015", "Bachelor i sykepleie, Høgskolen i Eidsbrekka")),
       S("auth", L("Autorisasjon som jordmor (HPR), 2019"), L("Autorisasjon som sykepleier, 2015")),
       S("cert", L("PROBA – praktisk obstetrisk ferdighetstrening, mars 2026"),
         L("Nyfødtresuscitering (NRP), 2025")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – god"))),
    cv("klara-viberg.pdf", "sv", "pdf", "two-column", "MMMMMMX",
       "Swedish 'Barnmorskeprogrammet, 90 hp' after nursing is a videreutdanning i jordmorfag; 'Norsk "
       "autorisasjon som jordmor, Helsedirektoratet, 2023' besides the Swedish legitimation; birth wards since "
       "2016; 'PROBA, Eidsbrekka sjukhus, oktober 2025'; 'Partus'; 'Norska – C1 (Bergenstestet, 2023)'",
       "Klara Viberg", "Barnmorska / jordmor",
       S("contact", L("Tel. +47 123 46 522"), L("klara.viberg@example.se"), L("Eidsbrekka, Norge")),
       S("lang", L("Svenska – modersmål"), L("Norska – C1 (Bergenstestet, 2023)"), L("Engelska – flytande")),
       S("cert", L("PROBA, Eidsbrekka sjukhus, oktober 2025"), L("Neonatal HLR, 2024"), head="Kurser"),
       S("skills", L("Partus"), L("CTG-tolkning"), L("Suturering av bristningar")),
       S("profile", "Legitimerad barnmorska med tio års erfarenhet av förlossningsvård i Sverige och Norge. "
                    "Jag arbetar lugnt och strukturerat även när det går fort."),
       S("auth", L("Legitimerad barnmorska, Socialstyrelsen, 2016"),
         L("Norsk autorisasjon som jordmor, Helsedirektoratet, 2023"), head="Legitimation och autorisasjon"),
       S("exp",
         I("2023 – nu", "Jordmor, Fødeavdelingen, Eidsbrekka sjukehus",
           "Förlossningar och akut obstetrik, dokumentation i Partus"),
         I("2016 – 2023", "Barnmorska, Förlossningen, Ljungfors lasarett")),
       S("edu",
         I("2014 – 2016", "Barnmorskeprogrammet, 90 hp, Ljungfors universitet",
           "Barnmorskeexamen och magisterexamen i reproduktiv, perinatal och sexuell hälsa"),
         I("2009 – 2012", "Sjuksköterskeprogrammet, 180 hp, Ljungfors universitet")),
       order="left-first"),
    cv("ingeborg-skeie.txt", "nn", "txt", "one-column", "MMMUMMX",
       "'Vidareutdanning i jordmorfag', 'Autorisasjon som jordmor, 2014', birth ward and fødestove since 2014 "
       "(80 %), 'Partus sidan 2021', but the last acute obstetrics course is 'PROBA, Kvannvik sjukehus, 2022', "
       "more than two years ago (the 'Ammekurs, 2025' is not one)",
       "Ingeborg Skeie", "Jordmor",
       S("contact", L("Tlf: 123 46 523"), L("E-post: ingeborg.skeie@example.no"), L("Furuneset")),
       S("profile", "Jordmor med over ti år på fødestove og fødeavdeling. Eg har vore med på om lag 900 "
                    "fødslar og likar tempoet på ei lita fødestove langt frå sjukehuset."),
       S("exp",
         I("2018 – no", "Jordmor (80 %), Furuneset fødestove",
           "Fødslar, barsel og akutt transport til fødeavdeling", "Partus sidan 2021"),
         I("2014 – 2018", "Jordmor, fødeavdelinga, Kvannvik sjukehus"),
         I("2010 – 2012", "Sjukepleiar, kirurgisk post, Kvannvik sjukehus"),
         head="Arbeid"),
       S("edu",
         I("2012 – 2014", "Vidareutdanning i jordmorfag, Høgskulen i Eidsbrekka"),
         I("2007 – 2010", "Bachelor i sjukepleie, Høgskulen i Eidsbrekka")),
       S("auth", L("Autorisasjon som jordmor, 2014")),
       S("cert", L("PROBA, Kvannvik sjukehus, 2022"), L("Ammekurs, 2025")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – godt")),
       upper=False, rule=True),
    cv("adaeze-nwachukwu.docx", "en", "docx", "europass", "MMUMMMX",
       "'Norwegian authorisation as midwife (Helsedirektoratet), 2020', 'Master i jordmorfag', 'C1 (Norskprøven, "
       "2019)', PROBA 'September 2025', Partus on the summer job; but the midwife work since 2021 is 'antenatal "
       "care (svangerskapsomsorg)' at a health centre; on a labour ward only '07/2022 – 08/2022' (2 months)",
       "Adaeze Nwachukwu", "Midwife (jordmor)",
       S("contact", KV("Phone", "+47 123 46 524"), KV("E-mail", "adaeze.nwachukwu@example.com"),
         KV("Address", "Kvannvik, Norway")),
       S("exp",
         I("01/2021 – present", "Midwife, antenatal care (svangerskapsomsorg), Kvannvik municipal health centre",
           "Antenatal check-ups, parent groups and postnatal home visits"),
         I("07/2022 – 08/2022", "Summer substitute midwife, labour ward, Kvannvik Hospital",
           "Births and postnatal care, documentation in Partus"),
         I("2016 – 2018", "Registered nurse, medical ward, Steinmyra Hospital")),
       S("edu",
         I("2018 – 2020", "Master i jordmorfag (MSc in Midwifery), Eidsbrekka University College"),
         I("2012 – 2016", "Bachelor in Nursing, Eidsbrekka University College")),
       S("auth", KV("Authorisation", "Norwegian authorisation as midwife (Helsedirektoratet), 2020")),
       S("cert", L("PROBA (acute obstetrics skills training), September 2025")),
       S("lang", KV("Mother tongue", "English, Igbo"), KV("Norwegian", "C1 (Norskprøven, 2019)"))),
    cv("katarzyna-dabrowska.txt", "nb", "txt", "badly-written", "MMMMMNX",
       "badly written bokmål; 'master i jordmorfag (magister położnictwa)', 'norsk autorisasjon som jordmor fra "
       "2021', birth wards since 2012, 'PROBA kurs mai 2025', 'bruker Partus hver dag', but 'norsk B2 "
       "(norskprøven 2023)' is below C1",
       raw="""
Katarzyna Dąbrowska
jordmor
tlf 123 46 525   katarzyna.dabrowska@example.pl

Jeg er jordmor fra Polen og bor i Norge siden 2021. jeg har master i jordmorfag (magister położnictwa) fra universitetet i Kastelno, 2012.
jobbet på fødeavdeling på sykehuset i Kastelno 2012-2021 og på fødeavdelingen Steinmyra sykehus siden januar 2022, fast stilling 100%
norsk autorisasjon som jordmor fra 2021.
PROBA kurs mai 2025. bruker Partus hver dag.
språk: polsk morsmål, norsk B2 (norskprøven 2023), engelsk B2
"""),
)


# ===========================================================================
# 3. da: Logopæd
# ===========================================================================

job(
    "logopaed", "Logopæd til neurorehabilitering af voksne", "da", "speech therapist",
    [
        ("Du er uddannet cand.mag. i audiologopædi eller har en tilsvarende kandidatuddannelse i logopædi",
         "education"),
        ("Minimum to års erfaring med afasi- og dysartribehandling af voksne med erhvervet hjerneskade",
         "experience"),
        ("Gennemført FOTT-grundkursus", "certificate"),
        ("Erfaring med dokumentation i Nexus", "must_mention"),
        ("Du behersker dansk flydende i skrift og tale", "language"),
        ("Kørekort til personbil (kat. B)", "driving_licence"),
        ("Ansættelse forudsætter tilfredsstillende straffeattest", "manual"),
    ],
    cv("astrid-holmsgaard.pdf", "da", "pdf", "one-column", "MMMMMMX",
       "'Cand.mag. i audiologopædi', adults with acquired brain injury since 2019, 'FOTT-grundkursus, 2020', "
       "'Dokumentation i Nexus', 'Dansk – modersmål', 'Kørekort kategori B'",
       "Astrid Holmsgaard", "Logopæd, cand.mag.",
       S("contact", L("Tlf. +45 12 34 64 11"), L("astrid.holmsgaard@example.dk"), L("Mosekær")),
       S("profile", "Logopæd med syv års erfaring i kommunal neurorehabilitering. Jeg arbejder med afasi, "
                    "dysartri og dysfagi og lægger vægt på et tæt samarbejde med de pårørende."),
       S("exp",
         I("2019 – nu", "Logopæd, Neurorehabiliteringen, Mosekær Kommune",
           "Afasi- og dysartribehandling af voksne med erhvervet hjerneskade",
           "Dysfagiudredning efter FOTT-konceptet", "Dokumentation i Nexus"),
         I("2018 – 2019", "Logopæd (barselsvikariat), Voksenspecialundervisningen, Tjørneby Kommune")),
       S("edu",
         I("2016 – 2018", "Cand.mag. i audiologopædi, Ravnsbøl Universitet"),
         I("2013 – 2016", "BA i audiologopædi, Ravnsbøl Universitet")),
       S("cert", L("FOTT-grundkursus, 2020"),
         L("Kursus i Supported Conversation for Adults with Aphasia (SCA), 2022")),
       S("lic", L("Kørekort kategori B")),
       S("lang", L("Dansk – modersmål"), L("Engelsk – flydende"), L("Tysk – skolekundskaber"))),
    cv("hedvig-strandqvist.docx", "sv", "docx", "one-column", "MMMMMMX",
       "Swedish 'Logopedexamen (yrkesexamen på avancerad nivå)' is an equivalent master-level degree in speech "
       "therapy; adults after stroke and brain injury since 2016 in Sweden and Denmark, 'FOTT-grundkurs, "
       "Tjørneby 2021', 'Journalföring i Nexus', 'Danska – flytande i tal och skrift', 'Körkort B'",
       "Hedvig Strandqvist", "Legitimerad logoped",
       S("contact", L("Tel. +45 12 34 64 12"), L("hedvig.strandqvist@example.se"), L("Tjørneby, Danmark")),
       S("profile", "Svensk legitimerad logoped som har arbetat i Danmark sedan 2020. Jag brinner för "
                    "rehabilitering av vuxna med förvärvad hjärnskada."),
       S("exp",
         I("2020 – nu", "Logopæd, Hjerneskadecenter Tjørneby",
           "Afasi- och dysartribehandling, individuellt och i grupp", "Journalföring i Nexus"),
         I("2016 – 2020", "Logoped, Strokeenheten, Ljungfors lasarett",
           "Bedömning och behandling av afasi, dysartri och dysfagi hos vuxna")),
       S("edu", I("2012 – 2016", "Logopedprogrammet, 240 hp, Ljungfors universitet",
                  "Logopedexamen (yrkesexamen på avancerad nivå)")),
       S("auth", L("Legitimerad logoped, Socialstyrelsen, 2016")),
       S("cert", L("FOTT-grundkurs, Tjørneby 2021"), L("LSVT LOUD, 2019")),
       S("lic", L("Körkort B")),
       S("lang", L("Svenska – modersmål"), L("Danska – flytande i tal och skrift"),
         L("Engelska – mycket goda kunskaper"))),
    cv("pernille-krogsbol.txt", "da", "txt", "no-headings", "MUMMMMX",
       "no headings; 'Cand.mag. i audiologopædi', 'FOTT-grundkursus, 2025', Nexus, 'Kørekort B', but nine years "
       "with children at PPR and adults with brain injury only since 'august 2025 – nu' (16 months)",
       "Pernille Krogsbøl", "Logopæd, cand.mag. · pernille.krogsbol@example.dk · +45 12 34 64 13",
       S("profile", "Jeg har arbejdet som logopæd i ti år, de fleste af dem i PPR med børn med sprog- og "
                    "talevanskeligheder. Siden sidste sommer har jeg arbejdet med voksne med erhvervet "
                    "hjerneskade, og det vil jeg gerne fortsætte med."),
       S("exp",
         I("august 2025 – nu", "Logopæd, Voksenrehabiliteringen, Ravnsbøl Kommune",
           "Afasi- og dysartribehandling, dokumentation i Nexus"),
         I("2016 – juli 2025", "Logopæd, PPR Mosekær Kommune",
           "Udredning og behandling af børn med sprogforstyrrelser og stammen")),
       S("edu", I("2011 – 2016", "Cand.mag. i audiologopædi, Ravnsbøl Universitet")),
       S("other", L("FOTT-grundkursus, 2025"), L("Kørekort B"), L("Dansk modersmål, engelsk godt"))),
    cv("sigrun-haugsdal.pdf", "nn", "pdf", "two-column", "MMUMMMX",
       "Norwegian 'Master i logopedi' is an equivalent degree; adults with brain injury since 2017 in Norway "
       "and Denmark, 'Dokumentasjon i Nexus', 'Dansk – flytande munnleg og skriftleg', but 'FOTT-grunnkurs: "
       "påmeld, mars 2027' is not done yet",
       "Sigrun Haugsdal", "Logoped",
       S("contact", L("Tlf. +45 12 34 64 14"), L("sigrun.haugsdal@example.no"), L("Mosekær, Danmark")),
       S("lic", L("Førarkort klasse B")),
       S("lang", L("Norsk – morsmål"), L("Dansk – flytande munnleg og skriftleg"), L("Engelsk – godt")),
       S("cert", L("FOTT-grunnkurs: påmeld, mars 2027"), L("LSVT LOUD, 2022")),
       S("profile", "Norsk logoped som har budd i Danmark sidan 2020. Eg arbeider med vaksne med afasi og "
                    "dysartri etter hjerneslag og hovudskadar."),
       S("exp",
         I("2020 – d.d.", "Logopæd, Genoptræningscenter Mosekær",
           "Afasi- og dysartribehandling av vaksne med erverva hjerneskade", "Dokumentasjon i Nexus"),
         I("2017 – 2020", "Logoped, Rehabiliteringsavdelinga, Kvannvik sjukehus")),
       S("edu",
         I("2015 – 2017", "Master i logopedi, Universitetet i Furuneset"),
         I("2012 – 2015", "Bachelor i spesialpedagogikk, Universitetet i Furuneset")),
       order="rows"),
    cv("orla-mulcahy.docx", "en", "docx", "table", "MMMMNMX",
       "'MSc in Speech and Language Therapy (professional qualifying master)', adult neurorehabilitation since "
       "2018, 'FOTT basic course (FOTT-grundkursus), 2024', 'Documentation in Nexus', 'Full driving licence "
       "(category B)', but 'Danish – B1 (Prøve i Dansk 2, 2026)' is below fluent",
       "Orla Mulcahy", "Speech and Language Therapist",
       S("contact", L("+45 12 34 64 15"), L("orla.mulcahy@example.ie"), L("Ravnsbøl, Denmark")),
       S("profile", "Irish speech and language therapist with eight years in adult neurorehabilitation. "
                    "I moved to Denmark in 2024 and I am learning Danish at evening school."),
       S("exp",
         I("03/2024 – present", "Speech and Language Therapist (logopæd), Neurorehabilitation Team, Ravnsbøl "
                                "Municipality",
           "Aphasia and dysarthria therapy for adults after stroke and brain injury", "Documentation in Nexus"),
         I("2018 – 2024", "Senior Speech and Language Therapist, Stroke Unit, Drumvalley University Hospital")),
       S("edu",
         I("2016 – 2018", "MSc in Speech and Language Therapy (professional qualifying master), University of "
                          "Drumvalley"),
         I("2012 – 2015", "BA in Linguistics, University of Drumvalley")),
       S("cert", L("FOTT basic course (FOTT-grundkursus), 2024"), L("Dysphagia competency, 2019")),
       S("lic", L("Full driving licence (category B)")),
       S("lang", L("English – native"), L("Irish – fluent"),
         L("Danish – B1 (Prøve i Dansk 2, 2026); therapy in English while I improve"))),
)


# ===========================================================================
# 4. nn: Ventilasjonsmontør
# ===========================================================================

job(
    "ventilasjonsmontor", "Ventilasjonsmontør til prosjekt- og serviceavdelinga", "nn", "ventilation fitter",
    [
        ("Fagbrev i ventilasjons- og blikkenslagarfaget", "education"),
        ("Minst tre års erfaring som ventilasjonsmontør", "experience"),
        ("Erfaring med innregulering av ventilasjonsanlegg", "must_mention"),
        ("Dokumentert opplæring i bruk av personløftar (lift)", "certificate"),
        ("Førarkort klasse B – BE er ein fordel", "driving_licence"),
        ("Du må kunne gjere deg godt forstått på norsk, munnleg og skriftleg", "language"),
        ("Du må vere villig til å reise og bu borte i periodar", "manual"),
    ],
    cv("eivind-tjeldnes.pdf", "nn", "pdf", "dates-after", "MMMMMMX",
       "'Fagbrev i ventilasjons- og blikkenslagarfaget, 2014', fitter since 2014 (the læretid not counted), "
       "'Innregulering og dokumentasjon før overlevering', 'Personløftar (kl. 1–3), sikkerheitsopplæring 2022', "
       "'Førarkort: B og BE'; the fagskule still running does not matter",
       "Eivind Tjeldnes", "Ventilasjonsmontør med fagbrev",
       S("contact", L("Tlf. 123 46 531"), L("eivind.tjeldnes@example.no"), L("Kvannvik")),
       S("profile", "Ventilasjonsmontør med tolv år i faget. Eg har montert anlegg i skular, sjukeheimar og "
                    "næringsbygg, og dei siste åra har eg hatt ansvar for innregulering og overlevering."),
       S("exp",
         I("2019 – d.d.", "Ventilasjonsmontør/bas, Kvannvik Klima AS", "Montering av kanalnett og aggregat",
           "Innregulering og dokumentasjon før overlevering"),
         I("2014 – 2019", "Ventilasjonsmontør, Steinmyra Ventilasjon AS")),
       S("edu",
         I("2012 – 2014", "Lærling, Steinmyra Ventilasjon AS", "Fagbrev i ventilasjons- og blikkenslagarfaget, 2014"),
         I("2010 – 2012", "Vg1 bygg- og anleggsteknikk, Vg2 ventilasjonsteknikk, Kvannvik vgs."),
         I("2025 –", "Fagskule, energi og miljø (deltid), pågåande, ferdig 2027")),
       S("cert", L("Personløftar (kl. 1–3), sikkerheitsopplæring 2022"), L("Varme arbeid, 2025"),
         L("Fallsikring")),
       S("lic", L("Førarkort: B og BE")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – godt"))),
    cv("viggo-bergfalk.docx", "sv", "docx", "table", "UMMMMMX",
       "only the Swedish school programme 'VVS- och fastighetsprogrammet, inriktning ventilationsteknik', no "
       "fagbrev; fitter since 2012, 'Injustering av luftflöden' is innregulering, 'Personløfter – dokumentert "
       "sikkerhetsopplæring (Norge), 2021', 'Körkort B', 'Norska – talar och skriver bra'",
       "Viggo Bergfalk", "Ventilationsmontör",
       S("contact", L("Tel. +47 123 46 532"), L("viggo.bergfalk@example.se"), L("Bor i Steinmyra, Norge")),
       S("profile", "Ventilationsmontör sedan 2012, i Norge sedan 2020. Jag gör allt från montage av kanaler "
                    "och aggregat till injustering och service."),
       S("exp",
         I("2020 – nu", "Ventilasjonsmontør, Steinmyra Ventilasjon AS", "Montage i nybygg och rehabilitering",
           "Injustering av luftflöden före överlämning"),
         I("2012 – 2020", "Ventilationsmontör, Ljungfors Ventilation AB")),
       S("edu", I("2009 – 2012", "VVS- och fastighetsprogrammet, inriktning ventilationsteknik, Björkmyra gymnasium",
                  "Gymnasieexamen 2012")),
       S("cert", L("Personløfter – dokumentert sikkerhetsopplæring (Norge), 2021"), L("Heta arbeten, 2023")),
       S("lic", L("Körkort B")),
       S("lang", L("Svenska – modersmål"), L("Norska – talar och skriver bra"), L("Engelska – bra"))),
    cv("geir-arne-tverrli.txt", "nb", "txt", "badly-written", "MMMMMMX",
       "badly written bokmål; 'fagbrev som ventilasjons- og blikkenslager fra 2009', fitter since 2009, 'mye "
       "innregulering', 'lift (personløfter) 2019', 'førerkort kl B og BE', a bare 'norsk' (written in Norwegian)",
       raw="""
Geir Arne Tverrli
ventilasjon
geirarne.tverrli@example.no / tlf 123 46 533

har jobbet med ventilasjon siden 2009 og har fagbrev som ventilasjons- og blikkenslager fra 2009.
Furuneset Luft og Klima AS 2009-2017, montør. fra 2017 til nå i Kvannvik Klima AS, montør og serviceteknikker, mye innregulering og service på aggregater.
kurs: lift (personløfter) 2019, stillas, varme arbeider
førerkort kl B og BE, egen bil
norsk
kan reise
"""),
    cv("mindaugas-jurkus.pdf", "en", "pdf", "two-column", "MMMMMNX",
       "'Norwegian trade certificate (fagbrev) in ventilation and sheet metal work' as praksiskandidat, fitter "
       "since 2012, 'Air balancing (innregulering)', lift training, 'Driving licence: B, BE, C', but 'Norwegian – "
       "basic (A2)'",
       "Mindaugas Jurkus", "Ventilation fitter",
       S("contact", L("+47 123 46 534"), L("mindaugas.jurkus@example.com"), L("Furuneset, Norway")),
       S("lic", L("Driving licence: B, BE, C")),
       S("lang", L("Lithuanian – native"), L("Russian – good"), L("English – good"),
         L("Norwegian – basic (A2), attending evening course")),
       S("cert", L("Documented training for mobile elevating work platforms (personløfter), 2023"),
         L("Hot work certificate (varme arbeider)")),
       S("profile", "Ventilation fitter with fourteen years of experience, nine of them in Norway. Installation "
                    "of ducts and air handling units, commissioning and air balancing."),
       S("exp",
         I("2017 – present", "Ventilation fitter, Furuneset Luft og Klima AS",
           "Installation of ductwork and air handling units in schools and offices",
           "Air balancing (innregulering) and commissioning"),
         I("2012 – 2017", "Ventilation installer, Vent Statyba UAB, Alytava, Lithuania")),
       S("edu",
         I("2022", "Norwegian trade certificate (fagbrev) in ventilation and sheet metal work, praksiskandidat"),
         I("2008 – 2011", "Vocational school, building services, Alytava")),
       order="left-first"),
    cv("jeppe-tornvig.docx", "da", "docx", "dates-after", "MMMMMMX",
       "'Norsk fagbrev i ventilasjons- og blikkenslagerfaget', fitter since 2017 (the læretid not counted), "
       "'Indregulering af anlæg og indkøring', 'Personløfter – dokumenteret sikkerhedsopplæring, 2024', "
       "'Kørekort: B', 'Norsk – flydende'",
       "Jeppe Tornvig", "Ventilationsmontør",
       S("contact", L("Tlf. +47 123 46 535"), L("jeppe.tornvig@example.dk"), L("Kvannvik, Norge")),
       S("profile", "Dansk ventilationsmontør med norsk fagbrev. Jeg kom til Norge som 19-årig og har arbejdet "
                    "med ventilation lige siden."),
       S("exp",
         I("marts 2020 – d.d.", "Ventilasjonsmontør, Kvannvik Klima AS", "Montage af kanaler, spjæld og aggregater",
           "Indregulering af anlæg og indkøring"),
         I("2017 – feb. 2020", "Ventilasjonsmontør, Steinmyra Ventilasjon AS"),
         I("2015 – 2017", "Lærling, Steinmyra Ventilasjon AS")),
       S("edu",
         I("2017", "Norsk fagbrev i ventilasjons- og blikkenslagerfaget"),
         I("2013 – 2014", "Grundforløb, bygge og anlæg, Ravnsbøl Erhvervsskole")),
       S("cert", L("Personløfter – dokumenteret sikkerhedsopplæring, 2024"), L("Førstehjælp, 2025")),
       S("lic", L("Kørekort: B")),
       S("lang", L("Dansk – modersmål"), L("Norsk – flydende, jeg taler og skriver norsk på arbejdet hver dag"),
         L("Engelsk – godt"))),
)


# ===========================================================================
# 5. nb: Lagerleder
# ===========================================================================

job(
    "lagerleder", "Lagerleder til sentrallager", "nb", "warehouse manager",
    [
        ("Bachelorgrad innen logistikk, supply chain management eller økonomi", "education"),
        ("Minst 3 års erfaring med personalledelse fra lager eller logistikk", "experience"),
        ("Truckførerbevis for klassene T1 og T4", "certificate"),
        ("Erfaring med SAP EWM eller et annet lagerstyringssystem (WMS)", "must_mention"),
        ("Du snakker og skriver flytende norsk og godt engelsk", "language"),
        ("Førerkort klasse B", "driving_licence"),
        ("Stillingen inngår i en toskiftordning (dag/kveld)", "manual"),
    ],
    cv("hakon-lierbakk.docx", "nb", "docx", "table", "MMMMMMX",
       "'Bachelor i logistikk og supply chain management (deltid)', staff responsibility since 2018 as "
       "skiftleder and lagerleder, 'Truckførerbevis T1–T4 og T8' as a range, 'Innføring av SAP EWM i 2022', "
       "'Engelsk – flytende', 'Førerkort klasse B'",
       "Håkon Lierbakk", "Lagerleder",
       S("contact", L("Tlf. 123 46 541"), L("hakon.lierbakk@example.no"), L("Eidsbrekka")),
       S("profile", "Lagerleder med åtte års ledererfaring fra dagligvare- og byggevarelager. Jeg liker å lede "
                    "folk og å gjøre lageret litt bedre hver uke."),
       S("exp",
         I("2021 – d.d.", "Lagerleder, Eidsbrekka Byggevarer AS (sentrallager)",
           "Personalansvar for 28 lagermedarbeidere", "Innføring av SAP EWM i 2022"),
         I("2018 – 2021", "Skiftleder, Kvannvik Dagligvarelager AS", "Personalansvar for 12 på kveldsskiftet"),
         I("2012 – 2018", "Lagermedarbeider og truckfører, Kvannvik Dagligvarelager AS")),
       S("edu", I("2015 – 2018", "Bachelor i logistikk og supply chain management (deltid), "
                                 "Handelshøyskolen i Eidsbrekka")),
       S("cert", L("Truckførerbevis T1–T4 og T8"), L("HMS for ledere, 2021")),
       S("lic", L("Førerkort klasse B")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – flytende"))),
    cv("therese-vinblad.pdf", "sv", "pdf", "right-dates", "MMUMMMX",
       "'Kandidatexamen i logistik, 180 hp', personalansvar since 2017, 'Astro WMS' is a WMS, 'Norska – flytande "
       "i tal och skrift', 'Körkort: B'; but only the Swedish 'Truckkort A och B (TLP10), 2012', no Norwegian "
       "T1 and T4",
       "Therese Vinblad", "Lagerchef",
       S("contact", L("Tel. +47 123 46 542"), L("therese.vinblad@example.se"), L("Steinmyra, Norge")),
       S("profile", "Lagerchef med personalansvar sedan 2017. Jag har lett lager inom e-handel och livsmedel "
                    "i Sverige och Norge, gärna med fokus på säkerhet och trivsel."),
       S("exp",
         I("jan 2023 – nu", "Lagerleder, Steinmyra Netthandel AS",
           "Personalansvar för 35 medarbetare i två skift", "Lagerstyrning i Astro WMS"),
         I("2017 – 2022", "Lagerchef, Ljungfors Livs Distribution AB", "Personalansvar för 20 medarbetare"),
         I("2012 – 2017", "Truckförare och lagerarbetare, Ljungfors Livs Distribution AB")),
       S("edu", I("2009 – 2012", "Kandidatexamen i logistik, 180 hp, Ljungfors universitet")),
       S("cert", L("Truckkort A och B (TLP10), 2012"), L("Arbetsmiljöutbildning BAM, 2019 (utgången)")),
       S("lic", L("Körkort: B")),
       S("lang", L("Svenska – modersmål"), L("Norska – flytande i tal och skrift"), L("Engelska – mycket god"))),
    cv("audun-skjelvik.pdf", "nn", "pdf", "two-column", "MMMMMMX",
       "'Bachelor i økonomi og administrasjon', lagersjef with 'Personalansvar for 14 tilsette' since 2020, "
       "'Truckførarbevis T1, T2, T4', 'SAP EWM', 'Engelsk – godt munnleg og skriftleg', 'Førarkort B, BE'",
       "Audun Skjelvik", "Lagersjef",
       S("contact", L("Tlf. 123 46 543"), L("audun.skjelvik@example.no"), L("Furuneset")),
       S("cert", L("Truckførarbevis T1, T2, T4"), L("Førstehjelp, 2024")),
       S("lic", L("Førarkort B, BE")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – godt munnleg og skriftleg")),
       S("skills", L("SAP EWM"), L("Power BI"), L("Lean / 5S")),
       S("profile", "Lagersjef med ansvar for drift, bemanning og budsjett. Eg har leidd lager sidan 2020 og "
                    "trivst best når eg kan vere tett på folka mine."),
       S("exp",
         I("2020 – no", "Lagersjef, Furuneset Fiskeutstyr AS", "Personalansvar for 14 tilsette",
           "Overgang frå papirplukk til SAP EWM i 2021"),
         I("2014 – 2020", "Lagermedarbeidar og truckførar, Furuneset Fiskeutstyr AS")),
       S("edu", I("2010 – 2013", "Bachelor i økonomi og administrasjon, Høgskulen i Eidsbrekka")),
       order="left-first"),
    cv("fraser-mcallister.txt", "en", "txt", "one-column", "MUMMMMX",
       "'BA (Hons) Logistics and Supply Chain Management', 'Truckførerbevis T1 and T4', 'WMS: SAP EWM', "
       "'Norwegian – fluent (C1, Norskprøven 2022)', but staff responsibility only since '10/2024 – present' "
       "(26 months); even with the team leader months ('01/2024 – 09/2024', 'Coordinated the daily work') it "
       "is 35 months, one short of three years",
       "Fraser McAllister", "Warehouse Manager",
       S("contact", L("Eidsbrekka, Norway"), L("+47 123 46 544"), L("fraser.mcallister@example.co.uk")),
       S("profile", "Warehouse manager with a logistics degree and years on the floor. Moved to Norway in 2018 "
                    "and worked my way up from reach truck driver."),
       S("exp",
         I("10/2024 – present", "Warehouse Manager (Lagerleder), Eidsbrekka Frakt AS",
           "Responsible for 22 employees on two shifts", "WMS: SAP EWM"),
         I("01/2024 – 09/2024", "Team Leader, Goods Receiving, Eidsbrekka Frakt AS",
           "Coordinated the daily work of 6 operatives"),
         I("2018 – 2023", "Warehouse Operative / reach truck driver, Kvannvik Dagligvarelager AS")),
       S("edu", I("2011 – 2015", "BA (Hons) Logistics and Supply Chain Management, University of Glenrothy")),
       S("cert", L("Truckførerbevis T1 and T4 (Norway), 2018")),
       S("lic", L("Full UK and Norwegian driving licence, category B")),
       S("lang", L("English – native"), L("Norwegian – fluent (C1, Norskprøven 2022)"))),
    cv("soren-kvistgaard.docx", "da", "docx", "one-column", "MMMMMMX",
       "'Professionsbachelor i logistikmanagement', personaleansvar since 2016 as teamleder and lagerleder, "
       "'Truckførerbevis T1 og T4 (Norge), 2021' besides the Danish certificate, 'WMS: SAP EWM', 'Norsk – "
       "flydende i tale og skrift', 'Engelsk – flydende', 'Kørekort: B'",
       "Søren Kvistgaard", "Lagerchef / lagerleder",
       S("contact", L("Tlf. +47 123 46 545"), L("soren.kvistgaard@example.dk"), L("Steinmyra, Norge")),
       S("profile", "Dansk lagerchef, bosat i Norge siden 2021. Jeg har ledet lagre med op til 40 medarbejdere "
                    "og har været med til at indføre WMS to gange."),
       S("exp",
         I("aug. 2021 – nu", "Lagerleder, Steinmyra Sentrallager AS",
           "Personaleansvar for 40 medarbejdere fordelt på to skift", "WMS: SAP EWM"),
         I("2016 – jul. 2021", "Teamleder, lager, Ravnsbøl Engros A/S", "Personaleansvar for 12 lagermedarbejdere",
           "Lagerstyring i Astro WMS")),
       S("edu", I("2012 – 2016", "Professionsbachelor i logistikmanagement, Erhvervsakademi Mosekær")),
       S("cert", L("Truckførerbevis T1 og T4 (Norge), 2021"), L("Dansk truckcertifikat B, 2010")),
       S("lic", L("Kørekort: B")),
       S("lang", L("Dansk – modersmål"), L("Norsk – flydende i tale og skrift"), L("Engelsk – flydende"))),
)


# ===========================================================================
# 6. en: UX designer
# ===========================================================================

job(
    "ux-designer", "UX Designer, digital self-service (Mosekær, Denmark)", "en", "UX designer",
    [
        ("Bachelor's or master's degree in interaction design, HCI or a related field", "education"),
        ("At least 3 years of professional experience as a UX or product designer", "experience"),
        ("Proficient in Figma", "must_mention"),
        ("Hands-on experience planning and running usability tests", "must_mention"),
        ("Fluent in English, written and spoken; Danish is a plus", "language"),
        ("A portfolio that shows your design process", "manual"),
    ],
    cv("laura-brinkmann.pdf", "en", "pdf", "two-column", "MMMMMX",
       "'MSc in IT, Interaction Design', UX designer since 2019 (the 'UX intern' months not counted), 'Figma "
       "(incl. variables and prototyping)', 'Plan and run moderated usability tests every sprint', 'English – "
       "fluent (C2)'",
       "Laura Brinkmann", "UX Designer",
       S("contact", L("+45 12 34 64 21"), L("laura.brinkmann@example.dk"), L("Ravnsbøl, Denmark"),
         L("Portfolio: brinkmann.example.com")),
       S("skills", L("Figma (incl. variables and prototyping)"), L("FigJam, Miro"), L("Maze, Lookback"),
         L("WCAG 2.2")),
       S("lang", L("Danish – native"), L("English – fluent (C2)"), L("German – good")),
       S("profile", "UX designer with seven years in digital banking and public self-service. I like turning "
                    "research into simple flows, and I test early and often."),
       S("exp",
         I("2021 – present", "Senior UX Designer, Mosekær Bank",
           "Onboarding and payments in the mobile banking app",
           "Plan and run moderated usability tests every sprint"),
         I("2019 – 2021", "UX Designer, Tjørneby Digital ApS", "Self-service solutions for municipalities",
           "Usability testing with citizens"),
         I("2018", "UX intern, Tjørneby Digital ApS (5 months)")),
       S("edu",
         I("2017 – 2019", "MSc in IT, Interaction Design, Ravnsbøl University"),
         I("2014 – 2017", "BSc in Digital Design, Ravnsbøl University")),
       order="left-first"),
    cv("villads-engholm.docx", "da", "docx", "europass", "MMUMMX",
       "'Cand.it. i interaktionsdesign', UX designer since 'feb. 2021 – nu' (the student job not needed), "
       "'Planlægning og afvikling af brugertests', English 'Forstå C2, Tale C1, Skrive C1'; but the tools are "
       "'Prototyper i Sketch og Adobe XD' and 'Sketch, Adobe XD, Axure, Miro', no Figma",
       "Villads Engholm", "UX-designer",
       S("contact", KV("Telefon", "+45 12 34 64 22"), KV("E-mail", "villads.engholm@example.dk"),
         KV("Portfolio", "engholm.example.net")),
       S("exp",
         I("feb. 2021 – nu", "UX-designer, Ravnsbøl Forsikring A/S", "Selvbetjeningsløsninger til skadeanmeldelse",
           "Planlægning og afvikling af brugertests, både modererede og umodererede",
           "Prototyper i Sketch og Adobe XD"),
         I("2019 – jan. 2021", "Studentermedhjælper, UX, Mosekær Kommune (15 t/uge)")),
       S("edu",
         I("2018 – 2020", "Cand.it. i interaktionsdesign, Ravnsbøl Universitet"),
         I("2015 – 2018", "Bachelor i informationsvidenskab, Ravnsbøl Universitet")),
       S("skills", KV("Digitale kompetencer", "Sketch, Adobe XD, Axure, Miro")),
       S("lang", KV("Modersmål", "Dansk"), KV("Engelsk", "Forstå C2, Tale C1, Skrive C1"))),
    cv("eline-vardal.txt", "nb", "txt", "dates-after", "MMMMMX",
       "'Master i interaksjonsdesign', interaction and UX designer since 'jan. 2021', 'Figma, FigJam', "
       "'Planlegger og gjennomfører brukertester hver måned', 'Engelsk – flytende muntlig og skriftlig'",
       "Eline Vårdal", "UX-designer",
       S("contact", L("Tlf: 123 46 551"), L("E-post: eline.vardal@example.no"), L("Portefølje: vardal.example.no")),
       S("profile", "UX-designer med snart seks år i produktteam og konsulentoppdrag. Jeg tester tidlig med "
                    "ekte brukere og jobber tett med utviklerne."),
       S("exp",
         I("aug. 2022 – nå", "UX-designer, Kvannvik Energi AS (digitale kundeflater)",
           "Ansvar for kundeportalen og appen", "Planlegger og gjennomfører brukertester hver måned"),
         I("jan. 2021 – juli 2022", "Interaksjonsdesigner (konsulent), Steinmyra Digital AS")),
       S("edu",
         I("2018 – 2020", "Master i interaksjonsdesign, Universitetet i Furuneset"),
         I("2015 – 2018", "Bachelor i informatikk, Universitetet i Furuneset")),
       S("skills", L("Figma, FigJam"), L("Brukertesting, intervjuer, tjenestedesign"), L("HTML/CSS")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – flytende muntlig og skriftlig"), L("Dansk – forstår godt"))),
    cv("alice-hedenmark.pdf", "sv", "pdf", "one-column", "MUMMMX",
       "'Kandidatexamen i grafisk design och interaktion' is a related field; Figma, 'Planerar och leder "
       "användartester', English fluent; but UX only since 'jan 2025 – pågående' (23 months): the "
       "'UX-praktikant' months are a placement and the years as 'Grafisk formgivare' are not UX work",
       "Alice Hedenmark", "UX-designer",
       S("contact", L("Tel. 031-390 06 14"), L("alice.hedenmark@example.se"), L("Granliden")),
       S("profile", "Jag arbetade som grafisk formgivare i många år och har nu gått över till UX. Jag vill "
                    "förstå användarna på riktigt och inte bara göra det snyggt."),
       S("exp",
         I("jan 2025 – pågående", "UX-designer, Björkmyra Resor AB", "Bokningsflödet i appen, prototyper i Figma",
           "Planerar och leder användartester varannan vecka"),
         I("aug 2024 – dec 2024", "UX-praktikant, Björkmyra Resor AB (LIA-praktik)"),
         I("2016 – 2024", "Grafisk formgivare, Reklambyrån Rönnhamn", "Annonser, förpackningar och visuell identitet")),
       S("edu",
         I("2023 – 2024", "UX-design, yrkeshögskoleutbildning 200 YH-poäng, Granliden YH"),
         I("2013 – 2016", "Kandidatexamen i grafisk design och interaktion, 180 hp, Ljungfors universitet")),
       S("skills", L("Figma, Adobe Illustrator, InDesign"), L("Användartester, Maze")),
       S("lang", L("Svenska – modersmål"), L("Engelska – flytande i tal och skrift"))),
    cv("torbjorn-kvalsvik.docx", "nn", "docx", "bold-headings", "UMMMMX",
       "product and UX designer since 2020, 'designsystemet i Figma', 'Planlegg og køyrer brukartestar', English "
       "'flytande'; but the degree is a 'Bachelor i journalistikk' and the 'UX Design Bootcamp, 12 veker' is "
       "not a degree",
       "Torbjørn Kvålsvik", "Produktdesignar / UX",
       S("contact", L("Tlf. 123 46 552"), L("torbjorn.kvalsvik@example.no"), L("Portefølje: kvalsvik.example.org")),
       S("profile", "Produktdesignar med seks år i oppstartsselskap og konsulentbransjen. Eg har ikkje gått den "
                    "klassiske vegen: eg er utdanna journalist og tok eit UX-bootcamp i 2019."),
       S("exp",
         I("2022 – no", "Senior produktdesignar, Eidsbrekka Helseapp AS", "Ansvar for designsystemet i Figma",
           "Planlegg og køyrer brukartestar med pasientar og legar"),
         I("2020 – 2022", "UX-designar, Kvannvik Konsulenthus AS", "Kundar i bank og offentleg sektor"),
         I("2014 – 2019", "Journalist, Kvannvik Avis")),
       S("edu",
         I("2019", "UX Design Bootcamp, 12 veker, Nordic Design Academy (nettkurs)"),
         I("2011 – 2014", "Bachelor i journalistikk, Høgskulen i Eidsbrekka")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – flytande, arbeidsspråk sidan 2020"))),
)


# --------------------------------------------------------------------------
# The README's closing sections, written by hand
# --------------------------------------------------------------------------

HARD_CASES = [
    "### Hard cases, on purpose",
    "",
    "Authorisation: a Swedish förarbevis written \"Förarbevis (Transportstyrelsen), utfärdat 2018\",",
    "\"Förarbevis, Transportstyrelsen (2020)\" and by a Dane in Danish, against a Norwegian \"Førerbevis",
    "for tog, Statens jernbanetilsyn\" with the Swedish one only applied for; a Norwegian jordmor",
    "authorisation with HPR, by a Swede beside her legitimation, in English and in lower case.",
    "Education: a Norwegian fagskole and a Danish lokomotivfører school as \"motsvarande\" a Swedish",
    "YH programme; a Swedish barnmorskeprogram, a Polish magister położnictwa and \"Vidareutdanning",
    "i jordmorfag\"; a Swedish logopedexamen, a Norwegian master i logopedi and an Irish MSc as",
    "\"tilsvarende kandidatuddannelse\"; a Swedish VVS programme against a fagbrev, a Norwegian",
    "fagbrev in English (praksiskandidat) and in Danish;",
    "a Danish professionsbachelor, a British BA (Hons) and a Swedish kandidatexamen as bachelor",
    "degrees; a degree in journalism with a 12-week bootcamp. Experience: eight years of freight",
    "before 9 months of passenger trains; a midwife in antenatal care with two summer months on a",
    "labour ward; nine years with children before 16 months with adults with brain injury; a",
    "team leader who \"coordinated\" and a warehouse manager, together one month short of three",
    "years; a graphic designer with a UX placement before 23 months as UX designer; læretid, a",
    "student job and an internship that do not count. Certificates: PROBA in 2022 against \"de",
    "siste to årene\", a course \"påmeld, mars 2027\", Swedish truck classes A and B (TLP10) against",
    "T1 and T4, \"T1–T4 og T8\" as a range, \"T1, T2, T4\", a Danish truck certificate beside the",
    "Norwegian one. Must-mention lines met in other words (\"Injustering av luftflöden\",",
    "\"Indregulering af anlæg\", \"Air balancing (innregulering)\", \"brugertests\", \"brukartestar\",",
    "\"användartester\", \"Astro WMS\" as another WMS) or not (Sketch and Adobe XD, no Figma).",
    "Licences: a lone \"B\", \"Klasse B\", \"Førarkort: B og BE\", \"B, BE, C\", \"Full driving licence",
    "(category B)\", \"Inget körkort\".",
    "Languages: \"norsk B2 (norskprøven 2023)\" against C1, \"Danish – B1 (Prøve i Dansk 2)\" against",
    "\"flydende\", \"Norwegian – basic (A2)\", a Europass grid \"Forstå C2, Tale C1, Skrive C1\", a bare",
    "\"norsk\" in a Norwegian CV, a Norwegian's \"Svensk – flytende\" and a Dane's \"Svensk – flydende\".",
    "Two badly written TXT CVs, one TXT CV without headings.",
    "",
    "### Labelling decisions specific to this set",
    "",
    "The conventions of `eval/README.md` and of the earlier held-out sets apply. In addition:",
    "",
    "- **Förarbevis utfärdat av Transportstyrelsen**: a Norwegian førerbevis (issued under the same",
    "  EEA rules) is `unclear` until it is exchanged or accepted; a Danish licence exchanged for a",
    "  Swedish one counts. **Persontrafik**: freight trains are not passenger traffic; the months",
    "  in passenger traffic are counted. A Norwegian fagskole or a Danish lokomotivfører school is",
    "  \"motsvarande\" a YH programme.",
    "- **Jordmor**: a Swedish barnmorskeprogram after nursing is a videreutdanning i jordmorfag and",
    "  a Polish magister in midwifery is a master. Midwife work in antenatal care at a health",
    "  centre is not work \"fra fødeavdeling eller fødestue\". A PROBA course counts only after",
    "  2024-11-27 (two years before `today`). A stated B2 is `not_met` against \"minimum C1\".",
    "- **Logopæd**: a Swedish logopedexamen (advanced level), a Norwegian master i logopedi and an",
    "  Irish professional MSc are \"tilsvarende kandidatuddannelser\". Work with children does not",
    "  count for adults with acquired brain injury. A stated B1 is `not_met` against \"flydende\".",
    "- **Ventilasjonsmontør**: a Swedish upper secondary programme is not a fagbrev (`unclear`).",
    "  \"Gjere deg godt forstått\" is read as B2; a stated A2 is `not_met`. A bare \"norsk\" in a CV",
    "  written in Norwegian is `met`. \"BE er ein fordel\" does not make BE a requirement.",
    "- **Lagerleder**: personalledelse counts only roles with staff responsibility; a team leader",
    "  who coordinates the work may or may not have it, but here even with it the sum is 35",
    "  months (`unclear`). Swedish truck classes (A, B, TLP10) are another country's scheme",
    "  (`unclear`); \"T1–T4\" covers T1 and T4. Any named WMS meets \"et annet",
    "  lagerstyringssystem (WMS)\".",
    "- **UX designer**: a degree in graphic design and interaction is a related field; a degree in",
    "  journalism is not, and a bootcamp is no degree (`unclear`). Work as a graphic designer and",
    "  a UX placement are not experience as a UX or product designer. Other design tools (Sketch,",
    "  Adobe XD) do not show Figma (`unclear`). Only English is required.",
    "",
]


# --------------------------------------------------------------------------
# Checks of our own (on top of make_eval.check_data)
# --------------------------------------------------------------------------


def check_holdout8() -> None:
    mh.check_blind_set(JOBS, me.JOBS + mh.JOBS + mh2.JOBS + mh3.JOBS + mh4.JOBS + mh5.JOBS + mh6.JOBS + mh7.JOBS,
                       USED_TOWNS, per_job=(5, 7), min_qualified=2)


# --------------------------------------------------------------------------
# README (generated, so its figures always match the set)
# --------------------------------------------------------------------------


def readme() -> str:
    n_all = sum(len(j.cvs) for j in JOBS)
    out = [
        "# Sikte's eighth held-out evaluation set",
        "",
        f"{len(JOBS)} fictional jobs and {n_all} fictional CVs, labelled by hand requirement by",
        "requirement, in the same layout and job-file format as `eval/` (see `eval/README.md`",
        "for the format, the label meanings and the labelling conventions). It exists to measure",
        "accuracy again on CVs the rules were never tuned on. It was written blind: without",
        "reading Sikte's rules, code, tests or data tables, without running Sikte on it and",
        "without looking at any Sikte output, and no label was ever set from Sikte's output. Of",
        "the earlier sets only the script of `eval-holdout7/` was read, as the template for this",
        "script's structure, together with the shared code of `make_eval.py` and `make_holdout.py`;",
        "the CVs of `eval/` and `eval-holdout/` ... `eval-holdout6/` were not (apart from the first",
        "few that sit next to that shared code). Every CV x requirement is labelled with what a",
        f"careful, fair Nordic recruiter concludes on {TODAY} (the `today` of every job file, which",
        "closes open ranges such as \"d.d.\", \"nå\", \"no\", \"nu\", \"pågående\" and \"present\"); the",
        "set was written on that date. Its professions appear in no earlier set. Keep it that way:",
        "do not tune rules on these CVs; once a rule changes because of a disagreement found here,",
        "the set is no longer held out, and its figures become a regression check.",
        "",
        "Everything here is invented for Sikte: people, employers, schools, towns",
        f"({TOWNS}), e-mail addresses (`example.*`) and phone numbers (unreal",
        "ranges: `123 46 5xx` in Norway, the Swedish fiction range `031-390 06 xx`,",
        "`+45 12 34 64 xx` in Denmark). Nothing is copied from `/work/shared/corpus`, from the",
        "earlier sets or from any real CV or job ad. Authority, test, course and product names in",
        "CVs (Transportstyrelsen, Statens jernbanetilsyn, ERTMS, Helsedirektoratet, Socialstyrelsen,",
        "PROBA, NRP, Partus, Norskprøven, Bergenstestet, Prøve i Dansk, FOTT, LSVT LOUD, Nexus,",
        "SAP EWM, Astro WMS, TLP10, Power BI, Figma, FigJam, Miro, Maze, Lookback, WCAG, Adobe",
        "Illustrator, InDesign) are named as real ads and CVs name them; \"Nordic Design Academy\"",
        "is invented. Licence: the same as the project (MIT OR Apache-2.0).",
        "",
        "The format is the one of `eval/`, so Sikte's evaluator reads this folder as it reads",
        "`eval/`; report its figures for each set separately.",
        "",
        "## Regenerate, never edit",
        "",
        "```sh",
        f"python3 {SCRIPT}            # (re)writes eval-holdout8/, removes stale files",
        f"python3 {SCRIPT} --verify   # generates twice elsewhere: byte-identical, and eval-holdout8/ fresh?",
        "```",
        "",
    ]
    return "\n".join(out + mh.script_paragraph(8) + mh.jobs_and_figures(JOBS, HARD_CASES))


# --------------------------------------------------------------------------
# Writing and checking
# --------------------------------------------------------------------------


def main(argv: list[str]) -> int:
    check_holdout8()
    return mh.run_set(argv, OUT, JOBS, SCRIPT, readme, __doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
