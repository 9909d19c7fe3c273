#!/usr/bin/env python3
"""Write Sikte's twenty-sixth held-out evaluation set: eval-holdout26/README.md, jobs/<job>.toml, cvs/<job>/<file>.

    python3 scripts/eval/make_holdout26.py            # (re)write eval-holdout26/
    python3 scripts/eval/make_holdout26.py --verify   # generate twice in temporary folders and check both
                                                      # runs and eval-holdout26/ are byte-identical

A twenty-seventh labelled set in the same layout and job-file format as eval/ and
eval-holdout/ ... eval-holdout25/, so that accuracy can be measured on CVs the
rules were never tuned on. Six fictional jobs (train conductor nb, social
worker nn, firefighter sv, marine engineer da, asbestos removal worker en,
nurse anaesthetist nb) with 6-7 requirement lines each, and 5 fictional CVs per
job in TXT, DOCX and PDF (one and two columns), in bokmål, nynorsk, Swedish,
Danish and English. The brief chose these six professions as ones no earlier
set uses; the profession check below found that earlier sets already name four
of them (train conductor, social worker, firefighter, marine engineer). They
are kept, as the brief asked, and let through by name (REUSED_PROFESSIONS);
every other earlier profession is still refused. The jobs, ads, CVs, people,
employers and towns are new.

The set was written blind: without reading Sikte's rules, code, tests, docs or
data tables, without running Sikte on it and without looking at any Sikte
output. Of the earlier sets only make_holdout25.py was read, as the template
for this script's structure, with the shared code of make_eval.py,
make_holdout.py and scripts/fixtures/cvlib.py, and eval/README.md for the
format and the labelling conventions (make_holdout25.py also defines the CVs
of eval-holdout25/; the CV definitions in make_eval.py and make_holdout.py
were skipped); make_holdout2.py ... make_holdout24.py were not read, only
imported (with make_holdout25.py) to refuse their people, slugs, towns, e-mail
addresses, phone numbers and professions, nor the CV folders of any earlier
set. Every CV x requirement is labelled by hand with what a careful, fair
recruiter concludes on TODAY, under the conventions of eval/README.md (met,
not_met, unclear, manual). Never adjust a label to Sikte's output.

It reuses make_eval.py (the CV model S/L/I/KV/cv, the renderers, the job-file
writer and its checks), make_holdout.py (plain_text, the e-mail pattern,
check_blind_set, jobs_and_figures, script_paragraph, run_set) and
scripts/fixtures/cvlib.py, and refuses: what make_eval.py refuses, a fragment
quoted with single quotes in a `why` that is not in the CV (or a stray single
quote that would hide one), an e-mail address outside example.*, a job with
fewer than two qualified CVs, any job slug, person or town of eval/,
eval-holdout/, ..., eval-holdout25/, any e-mail address or phone number that
an earlier set's CVs use, any profession an earlier set names (but the four of
REUSED_PROFESSIONS), and any town of this set that an earlier set's CVs
mention. Python 3.11 standard library only. Every person, employer, school,
town, e-mail address and phone number is invented.
"""

from __future__ import annotations

import os
import re
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
import make_holdout8 as mh8  # noqa: E402
import make_holdout9 as mh9  # noqa: E402
import make_holdout10 as mh10  # noqa: E402
import make_holdout11 as mh11  # noqa: E402
import make_holdout12 as mh12  # noqa: E402
import make_holdout13 as mh13  # noqa: E402
import make_holdout14 as mh14  # noqa: E402
import make_holdout15 as mh15  # noqa: E402
import make_holdout16 as mh16  # noqa: E402
import make_holdout17 as mh17  # noqa: E402
import make_holdout18 as mh18  # noqa: E402
import make_holdout19 as mh19  # noqa: E402
import make_holdout20 as mh20  # noqa: E402
import make_holdout21 as mh21  # noqa: E402
import make_holdout22 as mh22  # noqa: E402
import make_holdout23 as mh23  # noqa: E402
import make_holdout24 as mh24  # noqa: E402
import make_holdout25 as mh25  # noqa: E402
from make_eval import CV, I, KV, L, S, cv  # noqa: E402

cvlib = me.cvlib
ROOT = me.ROOT
OUT = os.path.join(ROOT, "eval-holdout26")
SCRIPT = "scripts/eval/make_holdout26.py"
# The day this set is judged on, written into every job file. make_eval.job_toml reads
# make_eval.TODAY, so it is set there too (only in this process).
TODAY = "2026-11-29"
me.TODAY = TODAY

# Towns of eval/ and eval-holdout/ ... eval-holdout25/; none may appear here.
USED_TOWNS = mh25.USED_TOWNS + mh25.OWN_TOWNS
# The invented towns of this set; an earlier set's CVs must not mention them either.
OWN_TOWNS = ("Kvadratvik", "Sirkelstad", "Trekantmo", "Rombeli", "Ellipsåker", "Kubhamn", "Konsjö",
             "Kuglerup", "Vinkelbæk", "Prismelev", "Octonbury", "Kwadratowo")
TOWNS = "Kvadratvik, Sirkelstad, Trekantmo and Rombeli in Norway; Ellipsåker, Kubhamn and Konsjö in Sweden; " \
        "Kuglerup, Vinkelbæk and Prismelev in Denmark; Octonbury in the United Kingdom; Kwadratowo in Poland"
# Professions the brief of this set asked for although an earlier set names them too (found by the
# profession check, not by reading an earlier set). Every other earlier profession is refused.
REUSED_PROFESSIONS = ("train conductor", "social worker", "firefighter", "marine engineer")

JOBS: list[me.Job] = []


def job(slug, title, lang, profession, reqs: list[tuple[str, str]], *cvs: CV) -> None:
    JOBS.append(me.Job(slug, title, lang, profession, [r for r, _ in reqs], [k for _, k in reqs], list(cvs)))


# ===========================================================================
# 1. nb: Togkonduktør
# ===========================================================================

job(
    "konduktor", "Togkonduktør – Rombebanen AS, base Kvadratvik (fast 100 %)", "nb", "train conductor",
    [
        ("Fullført konduktørutdanning eller tilsvarende opplæring for ombordpersonale i persontog", "education"),
        ("Minimum 2 års erfaring som konduktør eller annen ombordtjeneste på persontog", "experience"),
        ("Gyldig førstehjelpskurs, ikke eldre enn 2 år", "certificate"),
        ("Flytende norsk muntlig og skriftlig", "language"),
        ("Gode engelskkunnskaper muntlig", "language"),
        ("Ren politiattest", "manual"),
    ],
    cv("sigrun-flatekval.docx", "nb", "docx", "one-column", "MMMMMX",
       "'Konduktørutdanning, Sirkelbanen AS (16 uker)', 'Konduktør, Sirkelbanen AS' since '03.2019 – d.d.', "
       "'Førstehjelp og hjerte-lunge-redning, oppfrisket mai 2025', 'Norsk – morsmål', 'Engelsk – godt muntlig og "
       "skriftlig'",
       "Sigrun Flatekval", "Konduktør",
       S("contact", L("Mobil 123 74 301"), L("sigrun.flatekval@example.no"), L("Kvadratvik")),
       S("profile", "Erfaren konduktør med sju år på regiontog og nattog. Trygg i møte med reisende, også når "
                    "det blir uro om bord."),
       S("exp",
         I("03.2019 – d.d.", "Konduktør, Sirkelbanen AS (base Kvadratvik)",
           "Billettkontroll, salg og informasjon om bord", "Sikkerhetsansvar ved avgang og evakueringsøvelser"),
         I("2014 – 02.2019", "Kundeveileder, Trekantmo Reisesenter", "Billettsalg og reiseinformasjon")),
       S("edu", I("2019", "Konduktørutdanning, Sirkelbanen AS (16 uker)"),
         I("2010 – 2013", "Vg1–Vg3 Service og samferdsel, Kvadratvik vgs")),
       S("cert", L("Førstehjelp og hjerte-lunge-redning, oppfrisket mai 2025"), L("Konflikthåndtering om bord, 2021")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – godt muntlig og skriftlig"), L("Tysk – litt"))),
    cv("jonatan-brannlov.pdf", "sv", "pdf", "two-column", "MMMMMX",
       "a Swede: 'Tågmästarutbildning (YH), 200 yh-poäng' is the Swedish conductor training, on board since "
       "'2016-08 – 2021-05' and '2021-06 – pågående', 'Första hjälpen och HLR, 2026-02', 'Norska – flytande i tal "
       "och skrift', 'Engelska – mycket god'",
       "Jonatan Brännlöv", "Tågmästare / konduktör",
       S("contact", L("Tel. 0980-358 201"), L("jonatan.brannlov@example.se"), L("Kubhamn, Sverige")),
       S("cert", L("Första hjälpen och HLR, 2026-02"), L("Konflikthantering ombord, 2019")),
       S("lang", L("Svenska – modersmål"), L("Norska – flytande i tal och skrift"), L("Engelska – mycket god")),
       S("profile", "Tågmästare med tio års erfarenhet, varav fem på den norska sidan av gränsbanan. Jag vill nu "
                    "arbeta helt i Norge."),
       S("exp",
         I("2021-06 – pågående", "Konduktör, Gränståg AB (linjen Kubhamn–Trekantmo)",
           "Biljettkontroll och säkerhetsansvar ombord på norska och svenska sträckor"),
         I("2016-08 – 2021-05", "Tågvärd, senare tågmästare, Ellipsåker Regionaltåg AB",
           "Biljettförsäljning, information och avgångsklarering")),
       S("edu", I("2015 – 2016", "Tågmästarutbildning (YH), 200 yh-poäng, Kubhamns yrkeshögskola")),
       order="left-first"),
    cv("rasmus-tvillingholm.txt", "da", "txt", "dates-after", "MMUUMX",
       "a Dane: 'Togføreruddannelse (intern, 14 uger)' is equivalent on-board training, 'Togfører, Vinkelbæk "
       "Lokalbane A/S (aug. 2023 – nu)' is over three years, 'Engelsk – flydende'; but 'Førstehjælpskursus (12 "
       "timer), 2022' is older than two years and 'Norsk – forstår godt' says nothing about speaking or writing "
       "(the bus years do not count and are not needed)",
       "Rasmus Tvillingholm", "Togfører",
       S("contact", L("Mobil +45 12 38 45 21"), L("rasmus.tvillingholm@example.dk"), L("Vinkelbæk")),
       S("profile", "Togfører på lokalbanen gennem tre år. Jeg vil gerne prøve kræfter med fjerntog i Norge, "
                    "hvor min kæreste bor."),
       S("exp",
         I("aug. 2023 – nu", "Togfører, Vinkelbæk Lokalbane A/S", "Billetkontrol, kundeservice og sikkerhed i toget"),
         I("2019 – 2023", "Buschauffør, Prismelev Bybusser")),
       S("edu", I("2023", "Togføreruddannelse (intern, 14 uger), Vinkelbæk Lokalbane A/S")),
       S("cert", L("Førstehjælpskursus (12 timer), 2022")),
       S("lang", L("Dansk – modersmål"), L("Engelsk – flydende"), L("Norsk – forstår godt"))),
    cv("gareth-pembridge.pdf", "en", "pdf", "right-dates", "MMMMMX",
       "'Norwegian conductor course (konduktørkurs)' and 'Guard training (safety-critical)', on board since 'Sep "
       "2015' ('Konduktør (train conductor), Sirkelbanen AS' since 'Jan 2023 – present'), 'First aid course (8 "
       "h), March 2026', 'Norwegian – fluent, spoken and written (Norskprøven C1, 2024)', 'English – native'",
       "Gareth Pembridge", "Train conductor",
       S("contact", L("Mobile +47 123 74 302"), L("gareth.pembridge@example.co.uk"), L("Kvadratvik, Norway")),
       S("profile", "British train guard who moved to Norway in 2022 and has worked as a konduktør since January "
                    "2023. Calm, safety-minded and good with difficult passengers."),
       S("exp",
         I("Jan 2023 – present", "Konduktør (train conductor), Sirkelbanen AS, Norway",
           "Ticket inspection, door operation and departure procedures", "Night trains Kvadratvik–Rombeli"),
         I("Sep 2015 – Dec 2022", "Train guard, Octonbury Rail, UK", "Safety-critical guard duties on regional "
                                                                   "services")),
       S("edu", I("2023", "Norwegian conductor course (konduktørkurs), Sirkelbanen AS"),
         I("2015", "Guard training (safety-critical), Octonbury Rail Academy")),
       S("cert", L("First aid course (8 h), March 2026"), L("Personal track safety (PTS), 2015")),
       S("lang", L("English – native"), L("Norwegian – fluent, spoken and written (Norskprøven C1, 2024)")),
       date_first=True),
    cv("eirik-nautsund.txt", "nn", "txt", "badly-written", "UUMMNX",
       "badly written: 'førstehjelpskurs tok eg i august 2026', 'norsk er morsmålet mitt'; but the training is "
       "still running ('går konduktørutdanninga hjå Sirkelbanen no, ferdig i januar 2027'), 'billettkontrollør på "
       "bussane' is buses, not trains, and 'engelsk kan eg litt' is below good English",
       raw="""
Eirik Nautsund
tlf 123 74 303
eirik.nautsund@example.no
Trekantmo

hei
eg søkjer på konduktørjobben. eg er 21 år og går konduktørutdanninga hjå Sirkelbanen no, ferdig i januar 2027.
ved sida av vidaregåande og etterpå har eg jobba som billettkontrollør på bussane i Trekantmo (deltid sidan 2024).
førstehjelpskurs tok eg i august 2026 som ein del av utdanninga.
norsk er morsmålet mitt. engelsk kan eg litt, men eg er ikkje så stø på det.
"""),
)


# ===========================================================================
# 2. nn: Sosionom i barnevernstenesta
# ===========================================================================

job(
    "sosionom", "Sosionom i barnevernstenesta – Trekantmo kommune (fast 100 %)", "nn", "social worker",
    [
        ("Bachelorgrad i sosialt arbeid (sosionom) eller barnevern (barnevernspedagog)", "education"),
        ("Minst to års arbeidserfaring frå barnevern, NAV eller kommunal sosialteneste", "experience"),
        ("Erfaring med saksbehandling og skriving av vedtak", "must_mention"),
        ("Førarkort klasse B (heimebesøk i heile kommunen)", "driving_licence"),
        ("Svært god munnleg og skriftleg framstillingsevne på norsk", "language"),
        ("Politiattest etter barnevernslova må leggjast fram før tilsetjing", "manual"),
    ],
    cv("hanne-vollestad.docx", "nb", "docx", "bold-headings", "MMMMMX",
       "'Bachelor i sosialt arbeid (sosionom)', 'Kontaktperson, barneverntjenesten i Kvadratvik kommune' since "
       "'08.2020 – d.d.', 'Saksbehandling etter barnevernsloven, skriver vedtak', 'Førerkort klasse B', "
       "'Norsk – morsmål'",
       "Hanne Vollestad", "Sosionom",
       S("contact", L("Mobil 123 74 304"), L("hanne.vollestad@example.no"), L("Rombeli")),
       S("profile", "Sosionom med seks års erfaring fra barneverntjenesten. Jeg er strukturert i "
                    "saksbehandlingen og trygg i samtaler med barn og foreldre."),
       S("exp",
         I("08.2020 – d.d.", "Kontaktperson, barneverntjenesten i Kvadratvik kommune",
           "Undersøkelser, tiltaksplaner og oppfølging av fosterhjem",
           "Saksbehandling etter barnevernsloven, skriver vedtak og begjæringer til fylkesnemnda"),
         I("2017 – 07.2020", "Miljøterapeut, Sirkelstad ungdomshjem (barneverninstitusjon)")),
       S("edu", I("2014 – 2017", "Bachelor i sosialt arbeid (sosionom), Høgskolen i Rombeli")),
       S("cert", L("Videreutdanning i barnesamtalen (15 stp), 2022")),
       S("lic", L("Førerkort klasse B")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – godt"))),
    cv("maja-tallroth.pdf", "sv", "pdf", "europass", "MMMMNX",
       "a Swede: 'Socionomexamen (210 hp)' is the same degree, 'Socialsekreterare, barn och unga, Konsjö kommun' "
       "from '2015-09 – 2026-06', 'Fattade beslut på delegation och skrev utredningar till nämnden', 'Körkort: B'; "
       "but Norwegian 'förstår bra, talar och skriver på grundläggande nivå' is far below very good",
       "Maja Tallroth", "Socionom",
       S("contact", KV("Telefon", "0980-358 202"), KV("E-post", "maja.tallroth@example.se"),
         KV("Adress", "Konsjö, Sverige")),
       S("profile", "Socionom med elva års erfarenhet av barnavårdsutredningar. Jag vill flytta till Norge och "
                    "arbeta inom barnevernet."),
       S("exp",
         I("2015-09 – 2026-06", "Socialsekreterare, barn och unga, Konsjö kommun",
           "Barnavårdsutredningar enligt SoL och LVU",
           "Fattade beslut på delegation och skrev utredningar till nämnden"),
         I("2014-06 – 2015-08", "Behandlingsassistent, HVB-hem i Ellipsåker")),
       S("edu", I("2011 – 2014", "Socionomexamen (210 hp), Kubhamns universitet")),
       S("lic", KV("Körkort", "B")),
       S("lang", KV("Modersmål", "Svenska"), KV("Norska", "förstår bra, talar och skriver på grundläggande nivå"),
         KV("Engelska", "goda kunskaper"))),
    cv("solveig-brekkhus.txt", "nn", "txt", "no-headings", "MMMMMX",
       "prose, no headings: 'Eg er utdanna barnevernspedagog (bachelor i barnevern', NAV 'Sidan januar 2019', "
       "'skriv vedtak etter sosialtenestelova', 'Eg har førarkort klasse B', 'Norsk er morsmålet mitt, og eg skriv "
       "nynorsk og bokmål like godt'",
       "Solveig Brekkhus", "Barnevernspedagog",
       S("contact", "Solveig Brekkhus · tlf. 123 74 305 · solveig.brekkhus@example.no · Sirkelstad"),
       S("profile", "Eg er utdanna barnevernspedagog (bachelor i barnevern, Høgskulen i Trekantmo, 2014) og har "
                    "jobba med utsette barn, unge og familiar i over ti år."),
       S("exp", "Sidan januar 2019 har eg arbeidd som rettleiar ved NAV Sirkelstad, der eg saksbehandlar søknader "
                "om økonomisk stønad og skriv vedtak etter sosialtenestelova.",
         "Før det var eg miljøarbeidar på Rombeli barnevernsinstitusjon frå 2014 til 2018, mest med ungdom i "
         "akuttplassar."),
       S("other", "Eg har førarkort klasse B og eigen bil.",
         "Norsk er morsmålet mitt, og eg skriv nynorsk og bokmål like godt. Engelsk: godt.")),
    cv("mette-stubkjaer.docx", "da", "docx", "table", "MMMNMX",
       "a Dane in Norway: 'Professionsbachelor som socialrådgiver' is the same degree, 'Socialrådgiver, Børn og "
       "Familie, Kuglerup Kommune' 2012 – 2023, 'Skrev afgørelser om foranstaltninger og anbringelser', 'Norsk – "
       "C1 skriftligt og mundtligt (Norskprøven 2025)'; but 'Jeg har ikke kørekort' contradicts the licence line",
       "Mette Stubkjær", "Socialrådgiver",
       S("contact", L("Mobil +47 123 74 306"), L("mette.stubkjaer@example.dk"), L("Trekantmo, Norge")),
       S("profile", "Dansk socialrådgiver, bosat i Norge siden 2024. Jeg har mange års erfaring med børnesager og "
                    "skriver gerne på norsk."),
       S("exp",
         I("jan. 2024 – nu", "Saksbehandler, NAV Trekantmo (Norge)", "Økonomisk sosialhjelp og "
                                                                      "kvalifiseringsprogrammet"),
         I("2012 – 2023", "Socialrådgiver, Børn og Familie, Kuglerup Kommune",
           "Børnefaglige undersøgelser og sagsbehandling efter serviceloven",
           "Skrev afgørelser om foranstaltninger og anbringelser")),
       S("edu", I("2008 – 2012", "Professionsbachelor som socialrådgiver, Prismelev Professionshøjskole")),
       S("lic", L("Jeg har ikke kørekort")),
       S("lang", L("Dansk – modersmål"), L("Norsk – C1 skriftligt og mundtligt (Norskprøven 2025)"),
         L("Engelsk – godt"))),
    cv("yasmin-korsvold.pdf", "en", "pdf", "two-column", "UUUMMX",
       "a student: the 'Bachelor in Social Work (sosionom)' is 'expected June 2027', the part-time 'Youth worker' "
       "job since 'Sep 2025 – present' is 15 months, and case work and 'drafted decisions' come only from a "
       "'Placement, NAV Sirkelstad (12 weeks)'; 'Driving licence: B', 'Norwegian – native'",
       "Yasmin Korsvold", "Social work student",
       S("contact", L("Phone +47 123 74 307"), L("yasmin.korsvold@example.com"), L("Sirkelstad, Norway")),
       S("lic", L("Driving licence: B")),
       S("lang", L("Norwegian – native"), L("English – fluent"), L("Arabic – spoken")),
       S("profile", "Final-year social work student looking for my first permanent job in child welfare. I have "
                    "worked part-time at a child welfare institution alongside my studies."),
       S("exp",
         I("Sep 2025 – present", "Youth worker (miljøarbeider, 40 %, student job), Kvadratvik child welfare "
                                 "institution", "Evening and weekend shifts with teenagers in care"),
         I("Jan – Apr 2026", "Placement, NAV Sirkelstad (12 weeks)",
           "Case work under supervision: drafted decisions on social assistance")),
       S("edu", I("2023 – 2027", "Bachelor in Social Work (sosionom), Rombeli University College – final year, "
                                 "expected June 2027")),
       order="right-first"),
)


# ===========================================================================
# 3. sv: Brandman
# ===========================================================================

job(
    "brandman", "Brandman heltid – Räddningstjänsten Ellipsåker (tillsvidareanställning)", "sv", "firefighter",
    [
        ("Genomförd utbildning i Skydd mot olyckor (SMO) eller motsvarande", "education"),
        ("Minst två års erfarenhet som brandman, heltid eller deltid (RIB)", "experience"),
        ("Körkort med behörighet C", "driving_licence"),
        ("Giltigt HLR-intyg, genomfört under de senaste 12 månaderna", "certificate"),
        ("God svenska i tal och skrift", "language"),
        ("Godkända fystester och medicinska kontroller för rök- och kemdykning enligt AFS", "manual"),
    ],
    cv("oskar-rimfors.docx", "sv", "docx", "one-column", "MMMMMX",
       "'Skydd mot olyckor (SMO), MSB, 2 år', 'Brandman, Räddningstjänsten Kubhamn' since '2019-08 – nu', "
       "'B, C, CE', 'HLR med hjärtstartare – repetition 2026-03', 'Svenska – modersmål'",
       "Oskar Rimfors", "Brandman",
       S("contact", L("Tel. 0980-358 203"), L("oskar.rimfors@example.se"), L("Konsjö")),
       S("profile", "Brandman med sju år i heltidsstyrka och två år som RIB innan dess. Rökdykare och ansvarig "
                    "för stationens övningsplanering."),
       S("exp",
         I("2019-08 – nu", "Brandman, Räddningstjänsten Kubhamn",
           "Räddningsinsatser, rök- och kemdykning, tillsyn av brandposter"),
         I("2015-06 – 2017-07", "Brandman i beredskap (RIB), Konsjö brandstation")),
       S("edu", I("2017 – 2019", "Skydd mot olyckor (SMO), MSB, 2 år"),
         I("2011 – 2014", "Bygg- och anläggningsprogrammet, Konsjö gymnasium")),
       S("cert", L("HLR med hjärtstartare – repetition 2026-03"), L("Båtförarutbildning, 2020")),
       S("lic", L("B, C, CE")),
       S("lang", L("Svenska – modersmål"), L("Engelska – god"))),
    cv("kristoffer-lauvstad.pdf", "nb", "pdf", "right-dates", "MMUMUX",
       "a Norwegian: 'Fagskoleutdanning brann og redning (120 studiepoeng, 2 år)' is the Norwegian counterpart of "
       "SMO, 'Brannkonstabel (heltid)' since '08.2020 – d.d.', 'HLR og førstehjelp, oppfrisket januar 2026'; but "
       "'Førerkort: B, C1' is the light class, not C, and 'Svensk – forstår godt' says nothing about speaking or "
       "writing",
       "Kristoffer Lauvstad", "Brannkonstabel",
       S("contact", L("Mobil +47 123 74 308"), L("kristoffer.lauvstad@example.no"), L("Trekantmo")),
       S("profile", "Brannkonstabel med seks år i heltidsstyrke. Vil flytte til Sverige med samboeren min, som er "
                    "svensk."),
       S("exp",
         I("08.2020 – d.d.", "Brannkonstabel (heltid), Sirkelstad brann og redning IKS",
           "Utrykning, røykdykking og trafikkulykker"),
         I("2018 – 2020", "Student, fagskolen (praksis ved Trekantmo brannstasjon)")),
       S("edu", I("2018 – 2020", "Fagskoleutdanning brann og redning (120 studiepoeng, 2 år), Fagskolen brann og "
                                 "redning, Trekantmo")),
       S("cert", L("HLR og førstehjelp, oppfrisket januar 2026"), L("Røykdykker, 2020")),
       S("lic", L("Førerkort: B, C1")),
       S("lang", L("Norsk – morsmål"), L("Svensk – forstår godt"), L("Engelsk – godt")),
       date_first=True),
    cv("dennis-hallestrom.txt", "sv", "txt", "badly-written", "NMMUMX",
       "badly written: 'deltidsbrandman (RIB) i Konsjö sen mars 2021' (RIB counts), 'C-körkort har jag sen 2022', "
       "'svenska är mitt modersmål'; but 'har GRIB' and 'inte gått SMO' (GRIB is the short course for part-time "
       "crews, not an equivalent), and 'HLR-kurs i oktober 2025' is more than twelve months old",
       raw="""
Dennis Hälleström
0980-358 204
dennis.hallestrom@example.se
Konsjö

hej!
söker jobbet som heltidsbrandman. jobbar som deltidsbrandman (RIB) i Konsjö sen mars 2021 och som snickare på dagarna.
har GRIB (grundutbildning för räddningsinsats i beredskap) från 2021, inte gått SMO.
C-körkort har jag sen 2022.
gick HLR-kurs i oktober 2025 på brandstationen.
svenska är mitt modersmål.
"""),
    cv("bo-fjeldsted.pdf", "da", "pdf", "two-column", "UMMMMX",
       "a Dane: 'Brandmand (fuldtid)' since 'marts 2016 – nu', 'Kørekort: B, C og CE', 'Førstehjælp og HLR, "
       "genopfrisket september 2026', 'Svensk – flydende i tale og skrift'; but 'Uddannelse til brandmand – "
       "fuldtid (Beredskabsstyrelsen), 2016' is a Danish course not shown to match the two-year SMO",
       "Bo Fjeldsted", "Brandmand",
       S("contact", L("Mobil +45 12 38 45 22"), L("bo.fjeldsted@example.dk"), L("Kuglerup")),
       S("lic", L("Kørekort: B, C og CE")),
       S("cert", L("Førstehjælp og HLR, genopfrisket september 2026"), L("Røgdykker, 2016")),
       S("lang", L("Dansk – modersmål"), L("Svensk – flydende i tale og skrift"), L("Engelsk – godt")),
       S("profile", "Fuldtidsbrandmand gennem ti år. Min kone er fra Ellipsåker, og vi flytter til Sverige til "
                    "sommer."),
       S("exp",
         I("marts 2016 – nu", "Brandmand (fuldtid), Kuglerup Brand & Redning",
           "Brand- og redningsindsats, røgdykning, frigørelse ved færdselsuheld")),
       S("edu", I("2016", "Uddannelse til brandmand – fuldtid (Beredskabsstyrelsen), 2016"),
         I("2008 – 2012", "Smed, svendebrev, Prismelev Tekniske Skole")),
       order="rows"),
    cv("frida-kalmgren.docx", "en", "docx", "europass", "MMMMMX",
       "'Skydd mot olyckor (SMO), two-year firefighter programme', 'Firefighter, Konsjö Fire and Rescue Service' "
       "since 'Aug 2016 – present', licence 'B, C', 'CPR with defibrillator (HLR), renewed October 2026', mother "
       "tongue 'Swedish'",
       "Frida Kalmgren", "Firefighter",
       S("contact", KV("Phone", "0980-358 205"), KV("E-mail", "frida.kalmgren@example.se"),
         KV("Address", "Ellipsåker, Sweden")),
       S("exp",
         I("Aug 2016 – present", "Firefighter, Konsjö Fire and Rescue Service (Räddningstjänsten Konsjö)",
           "Smoke diving, road traffic collisions, water rescue")),
       S("edu", I("2014 – 2016", "Skydd mot olyckor (SMO), two-year firefighter programme, MSB")),
       S("cert", KV("CPR", "CPR with defibrillator (HLR), renewed October 2026")),
       S("lic", KV("Driving licence", "B, C")),
       S("lang", KV("Mother tongue", "Swedish"), KV("English", "fluent"))),
)


# ===========================================================================
# 4. da: Maskinmester
# ===========================================================================

job(
    "maskinmester", "Maskinmester til færgeruten Prismelev–Vinkelbæk – Kuglerup Færgefart A/S (fast stilling)", "da",
    "marine engineer",
    [
        ("Uddannet maskinmester (professionsbachelor) eller tilsvarende", "education"),
        ("Gyldigt sønæringsbevis som 1. maskinmester eller maskinchef (STCW III/2)", "authorisation"),
        ("Minimum 3 års sejltid som maskinofficer", "experience"),
        ("Gyldigt helbredsbevis for søfarende", "certificate"),
        ("Gyldige STCW-kurser i Basic Safety og avanceret brandbekæmpelse", "certificate"),
        ("Du taler og skriver dansk eller engelsk flydende", "language"),
        ("Du skal kunne arbejde i 7/7-skift med ophold om bord", "manual"),
    ],
    cv("henrik-lundsgaard.docx", "da", "docx", "table", "MMMMMMX",
       "'Maskinmester (professionsbachelor), Prismelev Maskinmesterskole', 'Sønæringsbevis: 1. maskinmester (STCW "
       "III/2), fornyet 2024', at sea since 2015 ('1. maskinmester, M/F Kuglestjerne'), 'Helbredsbevis, gyldigt "
       "til 08.2027', 'Basic Safety Training, genopfrisket 2023', 'Avanceret brandbekæmpelse, genopfrisket 2023', "
       "'Dansk – modersmål'",
       "Henrik Lundsgaard", "1. maskinmester",
       S("contact", L("Mobil +45 12 38 45 23"), L("henrik.lundsgaard@example.dk"), L("Prismelev")),
       S("profile", "Maskinmester med elleve års sejltid på færger og tankskibe. Jeg har været 1. maskinmester "
                    "siden 2019 og vil gerne tættere på familien."),
       S("exp",
         I("2019 – nu", "1. maskinmester, M/F Kuglestjerne, Prismelev Rederi A/S",
           "Ansvar for hovedmaskineri, vedligeholdsplanlægning og vagtplaner"),
         I("2015 – 2019", "Maskinmester, produkttankskib, Vinkelbæk Tankers A/S",
           "Vagtgående maskinmester i nordeuropæisk fart")),
       S("edu", I("2011 – 2015", "Maskinmester (professionsbachelor), Prismelev Maskinmesterskole")),
       S("cert", L("Sønæringsbevis: 1. maskinmester (STCW III/2), fornyet 2024"),
         L("Helbredsbevis, gyldigt til 08.2027"), L("Basic Safety Training, genopfrisket 2023"),
         L("Avanceret brandbekæmpelse, genopfrisket 2023")),
       S("lang", L("Dansk – modersmål"), L("Engelsk – flydende"))),
    cv("bjornar-hallangen.pdf", "nn", "pdf", "two-column", "UMMMMMX",
       "a Norwegian: 'Maskinoffiser klasse 1 (STCW III/2)' with 'Påtegning frå Søfartsstyrelsen (DK), 2025', at "
       "sea since 2011 ('1. maskinist, MS Trekantfjord' since '2014 – d.d.'), 'Helseerklæring for arbeidstakarar "
       "på skip, gyldig til mai 2027', both STCW courses 'oppfriska 2022', 'Engelsk – flytande munnleg og "
       "skriftleg'; but 'Fagskule, maskinteknikk (marin), 2 år' is a shorter vocational education, not a "
       "professionsbachelor",
       "Bjørnar Hallangen", "Maskinoffiser",
       S("contact", L("Mobil 123 74 309"), L("bjornar.hallangen@example.no"), L("Rombeli")),
       S("cert", L("Maskinoffiser klasse 1 (STCW III/2), Sjøfartsdirektoratet, gyldig til 2029"),
         L("Påtegning frå Søfartsstyrelsen (DK), 2025"),
         L("Helseerklæring for arbeidstakarar på skip, gyldig til mai 2027"),
         L("Grunnleggjande tryggleikskurs (STCW), oppfriska 2022"), L("Avansert brannvern, oppfriska 2022")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – flytande munnleg og skriftleg"), L("Dansk – forstår godt")),
       S("profile", "Maskinoffiser med femten år på ferjer langs kysten. Eg vil prøve meg i dansk ferjefart."),
       S("exp",
         I("2014 – d.d.", "1. maskinist, MS Trekantfjord, Sirkelstad Ferjeselskap",
           "Ansvar for maskinrom, vedlikehald og vaktordning"),
         I("2011 – 2014", "2. maskinist, MS Rombeli, Sirkelstad Ferjeselskap")),
       S("edu", I("2008 – 2010", "Fagskule, maskinteknikk (marin), 2 år, Rombeli maritime fagskule")),
       order="right-first"),
    cv("viktor-sandqvist.pdf", "en", "pdf", "one-column", "MMMUMMX",
       "a Swede: 'BSc Marine Engineering (sjöingenjörsexamen, 180 ECTS)', 'Chief Engineer, unlimited (STCW "
       "III/2)' with a 'Danish endorsement (påtegning) issued February 2026', at sea since 2014, 'Basic Safety "
       "Training and Advanced Fire Fighting – refreshed 2025', 'English – fluent'; but the 'Seafarer medical "
       "certificate – valid until 2026-10' ran out a month ago",
       "Viktor Sandqvist", "Chief Engineer",
       S("contact", L("Phone +46 980 358 206"), L("viktor.sandqvist@example.se"), L("Kubhamn, Sweden")),
       S("profile", "Swedish chief engineer on RoPax ferries. The working language on board has always been "
                    "English."),
       S("exp",
         I("2021 – present", "Chief Engineer, RoPax ferry, Ellipsåker Line AB",
           "Responsible for engine department of 9, budgets and class surveys"),
         I("2014 – 2021", "Second Engineer, later First Engineer, Ellipsåker Line AB")),
       S("edu", I("2009 – 2012", "BSc Marine Engineering (sjöingenjörsexamen, 180 ECTS), Kubhamn Maritime "
                                 "Academy")),
       S("cert", L("Certificate of Competency: Chief Engineer, unlimited (STCW III/2), Swedish Transport Agency"),
         L("Danish endorsement (påtegning) issued February 2026"),
         L("Seafarer medical certificate – valid until 2026-10"),
         L("Basic Safety Training and Advanced Fire Fighting – refreshed 2025")),
       S("lang", L("Swedish – native"), L("English – fluent (working language on board)"),
         L("Danish – understand well"))),
    cv("jesper-molbjerg.txt", "da", "txt", "one-column", "MUUMMMX",
       "'Maskinmester (professionsbachelor)', 'Helbredsbevis gyldigt til 2028', 'Basic Safety og avanceret "
       "brandbekæmpelse, 2024', 'Dansk – modersmål'; but 'Sønæringsbevis som maskinmester (STCW III/1)' is the "
       "operational level, below 1. maskinmester, and at sea only since '03.2024 – nu' (two years and nine "
       "months; the power plant and the cadet months do not count)",
       "Jesper Mølbjerg", "Maskinmester",
       S("contact", L("Tlf. 12 38 45 24"), L("jesper.molbjerg@example.dk"), L("Vinkelbæk")),
       S("profile", "Maskinmester, der efter ti år på kraftvarmeværk er gået til søs. Jeg trives med ansvar og "
                    "skiftearbejde."),
       S("exp",
         I("03.2024 – nu", "2. maskinmester, M/F Vinkelbæk, Vinkelbæk Færger ApS",
           "Vagtgående maskinmester, vedligehold af hjælpemaskineri"),
         I("2014 – 02.2024", "Driftsmaskinmester, Prismelev Kraftvarmeværk",
           "Drift af kedler, turbiner og fjernvarmeanlæg"),
         I("2013", "Kadet / maskinmesterpraktik (6 mdr.), Kuglerup Færgefart")),
       S("edu", I("2010 – 2014", "Maskinmester (professionsbachelor), Prismelev Maskinmesterskole")),
       S("cert", L("Sønæringsbevis som maskinmester (STCW III/1), 2024"), L("Helbredsbevis gyldigt til 2028"),
         L("Basic Safety og avanceret brandbekæmpelse, 2024")),
       S("lang", L("Dansk – modersmål"), L("Engelsk – godt")),
       sep="   "),
    cv("linnea-vattholm.docx", "sv", "docx", "dates-after", "MMMMMMX",
       "a Swede: 'sjöingenjörsexamen (180 hp)' is the same field and level, 'Behörighetsbevis som maskinchef "
       "(STCW III/2)' with 'Påtegning från Søfartsstyrelsen, 2024', at sea since '2013-08', 'Läkarintyg för "
       "sjöfolk, giltigt t.o.m. 2027-04', 'Basic Safety, repetition 2024', 'Avancerad brandbekämpning, repetition "
       "2024', 'Danska – flytande i tal och skrift'",
       "Linnea Vattholm", "Förste fartygsingenjör",
       S("contact", L("Tel. 0980-358 207"), L("linnea.vattholm@example.se"), L("Vinkelbæk, Danmark")),
       S("profile", "Sjöingenjör som bott i Danmark sedan 2019. Trivs med ansvar i maskin och med att handleda "
                    "kadetter."),
       S("exp",
         I("2016-05 – pågående", "Förste fartygsingenjör, M/S Konsjöfjärd, Ellipsåker Rederi AB",
           "Ansvar för maskinrummets underhållssystem och vaktschema"),
         I("2013-08 – 2016-04", "Fartygsingenjör, M/S Kubhamn, Ellipsåker Rederi AB")),
       S("edu", I("2009 – 2013", "Sjöingenjörsprogrammet, sjöingenjörsexamen (180 hp), Sjöfartshögskolan i "
                                 "Kubhamn")),
       S("cert", L("Behörighetsbevis som maskinchef (STCW III/2), Transportstyrelsen"),
         L("Påtegning från Søfartsstyrelsen, 2024"), L("Läkarintyg för sjöfolk, giltigt t.o.m. 2027-04"),
         L("Basic Safety, repetition 2024"), L("Avancerad brandbekämpning, repetition 2024")),
       S("lang", L("Svenska – modersmål"), L("Danska – flytande i tal och skrift"), L("Engelska – flytande"))),
)


# ===========================================================================
# 5. en: Asbestos removal worker
# ===========================================================================

job(
    "asbestos-remover", "Asbestos Removal Worker – Rombeli Miljøsanering AS, Kvadratvik, Norway (permanent, "
                        "full-time)", "en", "asbestos removal worker",
    [
        ("Trade certificate in demolition and environmental remediation (fagbrev i riving og miljøsanering) or "
         "another trade certificate in building and construction", "education"),
        ("Completed asbestos removal course under Norwegian regulations (asbestsaneringskurs)", "certificate"),
        ("Minimum 2 years of hands-on experience with asbestos removal", "experience"),
        ("Valid HSE card (HMS-kort) for the construction industry", "certificate"),
        ("Driving licence class B", "driving_licence"),
        ("Good spoken English or a Scandinavian language", "language"),
        ("You must pass a pre-employment medical examination (lung function) and be able to work in full "
         "protective equipment", "manual"),
    ],
    cv("tomasz-wrzosek.txt", "en", "txt", "one-column", "MMMMMMX",
       "'fagbrev i riving og miljøsaneringsfaget, praksiskandidat', 'Asbestos removal course (asbestsanering, 3 "
       "days), Kvadratvik, 2018', 'Asbestos remover' since 'May 2018 – present', 'HMS card (HMS-kort) – valid to "
       "03/2028', 'Driving licence: B', 'English – good, spoken and written'",
       "Tomasz Wrzosek", "Asbestos remover",
       S("contact", L("Phone: +47 123 74 310"), L("tomasz.wrzosek@example.pl"), L("Sirkelstad, Norway")),
       S("profile", "Asbestos remover with eight years in Norway. Experienced with asbestos cement, pipe lagging "
                    "and floor tiles in occupied buildings."),
       S("exp",
         I("May 2018 – present", "Asbestos remover / environmental remediation worker, Sirkelstad Sanering AS, "
                                 "Norway",
           "Removal of asbestos cement sheets, pipe lagging and floor tiles",
           "Negative pressure enclosures, decontamination units, waste handling"),
         I("2012 – Apr 2018", "Demolition worker, Kwadratowo Rozbiórki, Poland")),
       S("edu", I("2022", "Trade certificate in demolition and environmental remediation (fagbrev i riving og "
                          "miljøsaneringsfaget, praksiskandidat)"),
         I("2008 – 2011", "Vocational school, construction, Kwadratowo")),
       S("cert", L("Asbestos removal course (asbestsanering, 3 days), Kvadratvik, 2018; refresher 2024"),
         L("HMS card (HMS-kort) – valid to 03/2028"), L("Scaffolding course 2–9 m, 2019")),
       S("lic", L("Driving licence: B")),
       S("lang", L("Polish – native"), L("English – good, spoken and written"), L("Norwegian – B1")),
       sep=" | "),
    cv("geir-ramsvik.docx", "nb", "docx", "europass", "MMMUMMX",
       "'Fagbrev i tømrerfaget' is a building trade, 'Kurs i asbestsanering (3 dager), 2017', asbestos work since "
       "'2021 – d.d.' ('Asbestsanering, PCB-vinduer og blyholdig maling'), licence 'B, BE, C1', mother tongue "
       "'Norsk'; but the HSE card is 'utløpt 04.2026, fornyelse søkt'",
       "Geir Ramsvik", "Fagarbeider riving og miljøsanering",
       S("contact", KV("Mobil", "123 74 311"), KV("E-post", "geir.ramsvik@example.no"), KV("Adresse", "Trekantmo")),
       S("exp",
         I("2021 – d.d.", "Fagarbeider riving og miljøsanering, Trekantmo Riving AS",
           "Asbestsanering, PCB-vinduer og blyholdig maling"),
         I("2004 – 2021", "Tømrer, Rombeli Bygg AS")),
       S("edu", I("2004", "Fagbrev i tømrerfaget")),
       S("cert", KV("Asbest", "Kurs i asbestsanering (3 dager), 2017"),
         KV("HMS-kort", "utløpt 04.2026, fornyelse søkt")),
       S("lic", KV("Førerkort", "B, BE, C1")),
       S("lang", KV("Morsmål", "Norsk"), KV("Engelsk", "godt"))),
    cv("robin-ekerlund.pdf", "sv", "pdf", "no-headings", "MUMUMMX",
       "no headings, a Swede: 'Yrkesbevis som träarbetare (Byggbranschens Yrkesnämnd)' is a building trade, "
       "'Saneringsarbetare (asbest, PCB)' since '2019-03 – pågående', 'Körkort B', 'Svenska – modersmål'; but "
       "'Asbestutbildning enligt AFS (3 dagar), 2019' is the Swedish course and 'ID06-kort (svenskt byggkort)' "
       "is the Swedish card, not the Norwegian HMS-kort",
       "Robin Ekerlund", "Saneringsarbetare",
       S("contact", "Robin Ekerlund · 0980-358 208 · robin.ekerlund@example.se · Konsjö, Sverige"),
       S("profile", "Saneringsarbetare med sju år på asbest- och PCB-sanering. Söker jobb i Norge, där många av "
                    "våra kunder redan finns."),
       S("exp",
         I("2019-03 – pågående", "Saneringsarbetare (asbest, PCB), Konsjö Sanering AB",
           "Rivning av asbestcementplattor, rörisolering och mattor", "Undertrycksaggregat och saneringsenheter"),
         I("2014 – 2019", "Träarbetare, Ellipsåker Bygg AB")),
       S("edu", I("2014", "Yrkesbevis som träarbetare (Byggbranschens Yrkesnämnd)"),
         I("2011 – 2014", "Bygg- och anläggningsprogrammet, Konsjö gymnasium")),
       S("other", "Asbestutbildning enligt AFS (3 dagar), 2019", "ID06-kort (svenskt byggkort), giltigt",
         "Körkort B", "Svenska – modersmål, engelska – bra")),
    cv("kim-hvidtfeldt.pdf", "da", "pdf", "two-column", "MMMMNMX",
       "a Dane in Norway: 'Tømrer, svendebrev 2008', 'Asbestsaneringskurs (norsk, 3 dage), Kvadratvik 2023', "
       "asbestos removal since 2015, 'HMS-kort (Norge), gyldigt til 2027', 'Dansk – modersmål'; but 'Kørekort: "
       "frakendt indtil marts 2027' (licence withdrawn) contradicts the licence line",
       "Kim Hvidtfeldt", "Saneringsarbejder",
       S("contact", L("Mobil +47 123 74 312"), L("kim.hvidtfeldt@example.dk"), L("Kvadratvik, Norge")),
       S("cert", L("Asbestsaneringskurs (norsk, 3 dage), Kvadratvik 2023"), L("HMS-kort (Norge), gyldigt til 2027")),
       S("lic", L("Kørekort: frakendt indtil marts 2027")),
       S("lang", L("Dansk – modersmål"), L("Norsk – forstår og taler godt"), L("Engelsk – godt")),
       S("profile", "Tømrer og nedriver med elleve år i asbestsanering, først i Danmark og fra 2023 i Norge."),
       S("exp",
         I("2023 – nu", "Saneringsarbejder, Sirkelstad Sanering AS, Norge", "Asbestsanering i skoler og boliger"),
         I("2015 – 2023", "Nedriver og asbestsanering, Vinkelbæk Nedrivning ApS"),
         I("2008 – 2015", "Tømrer, Kuglerup Byg")),
       S("edu", I("2004 – 2008", "Tømrer, svendebrev 2008, Kuglerup Tekniske Skole")),
       order="left-first"),
    cv("vegard-holmefjord.txt", "nn", "txt", "badly-written", "MMMMMMX",
       "badly written: 'har fagbrev i riving og miljøsanering frå 2023', 'asbestkurs (3 dagar) tok eg i 2021', "
       "'sidan september 2023, mest asbestsanering' (three years and two months; the apprenticeship does not "
       "count), 'HMS-kort har eg, gyldig til 2028', 'førarkort B', 'snakkar norsk'",
       raw="""
Vegard Holmefjord
mob 123 74 313
vegard.holmefjord@example.no
Rombeli

hei, eg søkjer jobben som asbestsanerar
har fagbrev i riving og miljøsanering frå 2023, gjekk i lære hjå Trekantmo Riving AS 2021-2023
har jobba som fagarbeidar same stad sidan september 2023, mest asbestsanering i skular og bustader, litt PCB
asbestkurs (3 dagar) tok eg i 2021 i lærlingtida
HMS-kort har eg, gyldig til 2028
førarkort B
snakkar norsk og greit engelsk
"""),
)


# ===========================================================================
# 6. nb: Anestesisykepleier
# ===========================================================================

job(
    "anestesisykepleier", "Anestesisykepleier – operasjonsavdelingen, Sykehuset Sirkelstad (fast 100 %)", "nb",
    "nurse anaesthetist",
    [
        ("Norsk autorisasjon som sykepleier", "authorisation"),
        ("Fullført videreutdanning eller master i anestesisykepleie", "education"),
        ("Minst 2 års erfaring som anestesisykepleier", "experience"),
        ("Gjennomført ALS-kurs (avansert hjerte-lunge-redning) i løpet av de siste tre årene", "certificate"),
        ("Norskkunnskaper på minimum B2-nivå, muntlig og skriftlig", "language"),
        ("Du må kunne gå i tredelt turnus med helg og beredskapsvakter", "manual"),
    ],
    cv("kari-anne-sletteberg.pdf", "nb", "pdf", "two-column", "MMMMMX",
       "'Autorisasjon som sykepleier, 2008', 'Videreutdanning i anestesisykepleie (90 studiepoeng)', "
       "'Anestesisykepleier, Sykehuset Rombeli' since '2012 – d.d.', 'ALS-kurs (NRR), mars 2025', 'Norsk – "
       "morsmål'",
       "Kari-Anne Sletteberg", "Anestesisykepleier",
       S("contact", L("Mobil 123 74 314"), L("kari-anne.sletteberg@example.no"), L("Sirkelstad")),
       S("auth", L("Autorisasjon som sykepleier, 2008"), side=True),
       S("cert", L("ALS-kurs (NRR), mars 2025"), L("Barneanestesi, kurs 2019")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – godt")),
       S("profile", "Anestesisykepleier med fjorten års erfaring fra generell kirurgi, ortopedi og "
                    "akuttmottak."),
       S("exp",
         I("2012 – d.d.", "Anestesisykepleier, Sykehuset Rombeli, operasjonsavdelingen",
           "Generell anestesi, sedasjon og traumeteam"),
         I("2008 – 2010", "Sykepleier, kirurgisk sengepost, Sykehuset Rombeli")),
       S("edu", I("2010 – 2012", "Videreutdanning i anestesisykepleie (90 studiepoeng), Høgskolen i Trekantmo"),
         I("2005 – 2008", "Bachelor i sykepleie, Høgskolen i Trekantmo")),
       order="rows"),
    cv("sara-nordenvik.docx", "sv", "docx", "one-column", "UMMMMX",
       "a Swede: 'Specialistsjuksköterskeexamen med inriktning mot anestesisjukvård (60 hp)', "
       "'Anestesisjuksköterska' since '2013-09 – pågående', 'Avancerad HLR (ALS, ERC), 2024', 'Norska – goda "
       "kunskaper i tal och skrift (B2, Norskprøven 2026)'; but the Norwegian authorisation is only applied for "
       "('under handläggning')",
       "Sara Nordenvik", "Anestesisjuksköterska",
       S("contact", L("Tel. 0980-358 209"), L("sara.nordenvik@example.se"), L("Ellipsåker, Sverige")),
       S("profile", "Anestesisjuksköterska med tretton års erfarenhet. Jag har sökt norsk autorisation och vill "
                    "börja arbeta i Norge under 2027."),
       S("exp",
         I("2013-09 – pågående", "Anestesisjuksköterska, Kubhamns lasarett",
           "Anestesi inom ortopedi, kirurgi och förlossning"),
         I("2009 – 2011", "Sjuksköterska, akutmottagningen, Kubhamns lasarett")),
       S("edu", I("2011 – 2013", "Specialistsjuksköterskeexamen med inriktning mot anestesisjukvård (60 hp), "
                                 "Ellipsåkers högskola"),
         I("2006 – 2009", "Sjuksköterskeexamen (180 hp), Ellipsåkers högskola")),
       S("auth", L("Legitimerad sjuksköterska (Socialstyrelsen), 2009"),
         L("Norsk autorisation som sykepleier: ansökan skickad till Helsedirektoratet oktober 2026, under "
           "handläggning")),
       S("cert", L("Avancerad HLR (ALS, ERC), 2024")),
       S("lang", L("Svenska – modersmål"), L("Norska – goda kunskaper i tal och skrift (B2, Norskprøven 2026)"),
         L("Engelska – flytande"))),
    cv("louise-bramsen.pdf", "en", "pdf", "right-dates", "MMMUMX",
       "a Dane in Norway: 'Norwegian authorisation as a nurse (Helsedirektoratet), granted 2024', "
       "'specialuddannelse i anæstesisygepleje', nurse anaesthetist since 2018, 'Norwegian – B2, oral and written "
       "(Norskprøven 2024)'; but 'ALS provider course (ERC), November 2023' may be a few days more than three "
       "years old (the cut-off is 29 November 2023)",
       "Louise Bramsen", "Nurse anaesthetist",
       S("contact", L("Mobile +47 123 74 315"), L("louise.bramsen@example.dk"), L("Rombeli, Norway")),
       S("profile", "Danish nurse anaesthetist, working in Norway since August 2024."),
       S("auth", L("Norwegian authorisation as a nurse (Helsedirektoratet), granted 2024"),
         L("Danish authorisation as a nurse (sygeplejerske), 2010")),
       S("exp",
         I("Aug 2024 – present", "Anestesisykepleier (nurse anaesthetist), Sykehuset Rombeli, Norway"),
         I("2018 – Jul 2024", "Nurse anaesthetist (anæstesisygeplejerske), Kuglerup Hospital, Denmark"),
         I("2010 – 2016", "Staff nurse, surgical ward, Kuglerup Hospital")),
       S("edu", I("2016 – 2018", "Specialist education in anaesthesia nursing (specialuddannelse i "
                                 "anæstesisygepleje), Danish Health Authority"),
         I("2007 – 2010", "Bachelor of Nursing, Kuglerup University College")),
       S("cert", L("ALS provider course (ERC), November 2023")),
       S("lang", L("Danish – native"), L("Norwegian – B2, oral and written (Norskprøven 2024)"),
         L("English – fluent"))),
    cv("ragnhild-skaret.txt", "nn", "txt", "dates-after", "MUUMMX",
       "'Autorisasjon som sjukepleiar, 2012', 'ALS-kurs, januar 2026', 'Norsk – morsmål'; but the anaesthesia "
       "master is still running ('pågår, ferdig våren 2027'), her 'Vidareutdanning i intensivsjukepleie' is "
       "another specialty, and 'Intensivsjukepleiar' is not anaesthesia nursing",
       "Ragnhild Skaret", "Intensivsjukepleiar",
       S("contact", L("Tlf. 123 74 316"), L("ragnhild.skaret@example.no"), L("Trekantmo")),
       S("profile", "Intensivsjukepleiar som tek master i anestesisjukepleie ved sida av jobben. Eg er ferdig "
                    "våren 2027 og vil gjerne byrje hjå dykk alt no."),
       S("exp",
         I("2016 – d.d.", "Intensivsjukepleiar, Sirkelstad sjukehus, intensivavdelinga",
           "Respiratorbehandling, overvaking og sedasjon"),
         I("2012 – 2014", "Sjukepleiar, medisinsk sengepost, Sirkelstad sjukehus")),
       S("edu", I("2025 – 2027", "Master i anestesisjukepleie, deltid – pågår, ferdig våren 2027"),
         I("2014 – 2016", "Vidareutdanning i intensivsjukepleie (90 stp)"),
         I("2009 – 2012", "Bachelor i sjukepleie")),
       S("auth", L("Autorisasjon som sjukepleiar, 2012")),
       S("cert", L("ALS-kurs, januar 2026")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – godt"))),
    cv("ida-sorboen.docx", "nb", "docx", "table", "MMMMMX",
       "'Autorisasjon som sykepleier (2016)', 'Master i anestesisykepleie (120 studiepoeng)', 'Anestesisykepleier "
       "(60 % stilling)' since 'jan. 2024 – d.d.' (part-time counts by calendar time: two years and ten months; "
       "the master placements do not count and are not needed), 'Avansert HLR (ALS-kurs), repetert 2024', 'Norsk "
       "– morsmål'",
       "Ida Sørbøen", "Anestesisykepleier",
       S("contact", L("Mobil 123 74 317"), L("ida.sorboen@example.no"), L("Kvadratvik")),
       S("profile", "Anestesisykepleier i 60 % fast stilling. Jeg ønsker meg nå en større stilling og et nytt "
                    "fagmiljø."),
       S("exp",
         I("jan. 2024 – d.d.", "Anestesisykepleier (60 % stilling), Sykehuset Sirkelstad, dagkirurgisk enhet",
           "Anestesi til dagkirurgiske pasienter, sedasjon og postoperativ overvåking"),
         I("2021 – 2023", "Masterstudent, praksis i anestesi ved Sykehuset Rombeli"),
         I("2016 – 2021", "Sykepleier, kirurgisk sengepost, Sykehuset Sirkelstad")),
       S("edu", I("2021 – 2023", "Master i anestesisykepleie (120 studiepoeng), Universitetet i Trekantmo"),
         I("2013 – 2016", "Bachelor i sykepleie, Universitetet i Trekantmo")),
       S("auth", L("Autorisasjon som sykepleier (2016)")),
       S("cert", L("Avansert HLR (ALS-kurs), repetert 2024")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – flytende"))),
)


# --------------------------------------------------------------------------
# The README's closing sections, written by hand
# --------------------------------------------------------------------------

HARD_CASES = [
    "### Hard cases, on purpose",
    "",
    "Education: an operator's own konduktørutdanning, a Swedish YH tågmästarutbildning, a Danish",
    "togføreruddannelse and a British guard training against \"konduktørutdanning eller tilsvarende\",",
    "with one applicant still in training (\"ferdig i januar 2027\"); a Swedish socionomexamen and a",
    "Danish professionsbachelor som socialrådgiver against \"sosialt arbeid (sosionom)\", a",
    "barnevernspedagog, and a bachelor \"expected June 2027\"; SMO, the Norwegian two-year fagskole in",
    "brann og redning, a Danish brandmand course, and GRIB with \"inte gått SMO\"; a Danish",
    "maskinmester, a Swedish sjöingenjörsexamen (in Swedish and in English) and a Norwegian two-year",
    "fagskule in marine engineering; a fagbrev in riving og miljøsanering (as a praksiskandidat and",
    "after an apprenticeship), a Norwegian fagbrev as tømrer, a Danish svendebrev and a Swedish",
    "yrkesbevis as träarbetare; a Norwegian videreutdanning and master in anestesisykepleie, a",
    "Swedish specialistsjuksköterskeexamen, a Danish specialuddannelse i anæstesisygepleje, and an",
    "intensive care nurse whose anaesthesia master \"pågår\".",
    "Authorisations and certificates: a Swedish legitimation with the Norwegian authorisation",
    "\"under handläggning\" against a Danish nurse with \"Norwegian authorisation ... granted 2024\";",
    "STCW III/2 certificates of competency from Denmark, Norway and Sweden with and without a Danish",
    "påtegning, and a \"Sønæringsbevis som maskinmester (STCW III/1)\" one level too low; seafarers'",
    "medical certificates \"gyldigt til 08.2027\", \"gyldig til mai 2027\", \"giltigt t.o.m. 2027-04\" and",
    "one \"valid until 2026-10\" (run out); STCW courses refreshed 2022-2025; first aid courses within",
    "two years (\"oppfrisket mai 2025\", \"2026-02\", \"March 2026\", \"august 2026\") against one from",
    "2022; HLR within twelve months (\"repetition 2026-03\", \"januar 2026\", \"september 2026\",",
    "\"October 2026\") against \"oktober 2025\", a month too old; ALS within three years (\"mars 2025\",",
    "\"2024\", \"januar 2026\") against \"November 2023\", which may be a few days too old; a Norwegian",
    "asbestos course in three languages against a Swedish \"Asbestutbildning enligt AFS\"; an HMS-kort",
    "\"valid to 03/2028\", \"gyldig til 2028\", \"utløpt 04.2026, fornyelse søkt\" and a Swedish ID06 card.",
    "Experience: conductors and train guards in three countries, a bus ticket inspector and a",
    "bus driver (not trains); barnevern, NAV and a Swedish socialsekreterare, a part-time student",
    "job of 15 months and a 12-week placement; full-time firefighters and a deltidsbrandman (RIB)",
    "who counts; sea time as maskinmester, maskinist, fartygsingenjör and chief engineer against",
    "ten years on a power plant and a cadet term; asbestos removal after an apprenticeship, after",
    "years as a carpenter, and in three countries; anaesthesia nursing full-time, in a 60 % post and",
    "in a master's placement, and intensive care nursing that does not count.",
    "Licences: \"B, C, CE\", \"B, C\", \"Kørekort: B, C og CE\", \"C-körkort har jag sen 2022\" against",
    "\"Førerkort: B, C1\"; \"Jeg har ikke kørekort\" and \"Kørekort: frakendt indtil marts 2027\".",
    "Languages: \"Norska – flytande i tal och skrift\", \"Norskprøven C1\", \"Norsk – C1 skriftligt og",
    "mundtligt\", \"B2, Norskprøven 2026\" against \"Norsk – forstår godt\", \"Svensk – forstår godt\",",
    "\"talar och skriver på grundläggande nivå\" and \"engelsk kan eg litt\"; \"dansk eller engelsk\"",
    "met by English alone; \"English or a Scandinavian language\" met by Norwegian, Swedish or Danish.",
    "Dates: \"d.d.\", \"nu\", \"nå\", \"pågående\", \"present\", \"sidan september 2023\", \"sen mars 2021\",",
    "\"Sidan januar 2019\"; month names and numbers in all five languages (\"03.2019\", \"aug. 2023\",",
    "\"2016-08\", \"Sep 2015\", \"marts 2016\", \"jan. 2024\", \"Jan – Apr 2026\").",
    "Badly written TXT CVs (two in nynorsk, one in Swedish), a prose CV without headings in",
    "nynorsk, a PDF without headings, a Europass DOCX and PDF, table, bold-heading and dates-after",
    "DOCX, right-aligned dates (one CV with them written first in the stream), and all three column",
    "orders.",
    "",
    "### Labelling decisions specific to this set",
    "",
    "The conventions of `eval/README.md` and of the earlier held-out sets apply. In addition:",
    "",
    "- **Konduktør**: an operator's internal konduktørutdanning, a Swedish YH tågmästarutbildning,",
    "  a Danish togføreruddannelse and a British guard training are \"tilsvarende opplæring for",
    "  ombordpersonale\"; training that ends in January 2027 is `unclear`. Conductor, tågvärd,",
    "  tågmästare, togfører and train guard work counts; bus work does not. First aid must be from",
    "  after 2024-11-29. \"Forstår godt\" alone is `unclear`; \"litt\" English is `not_met`.",
    "- **Sosionom**: a Swedish socionomexamen and a Danish socialrådgiver (professionsbachelor) are the",
    "  same degree. Work in barnevern, NAV or a Swedish/Danish municipal social service counts;",
    "  placements do not, and a 15-month student job is too short. \"Fattade beslut på delegation\"",
    "  and \"skrev afgørelser\" are writing decisions (vedtak). \"Svært god\" Norwegian is met by a",
    "  mother tongue or C1; \"grundläggande nivå\" is `not_met`.",
    "- **Brandman**: the Norwegian two-year fagskole in brann og redning is the counterpart of SMO",
    "  (same field and level); a Danish brandmand course is not shown to be equivalent (`unclear`);",
    "  GRIB, the short course for part-time crews, with \"inte gått SMO\" is `not_met`. RIB service",
    "  counts by calendar time. C1 is a lower class than C (`unclear`); CE includes C. HLR must be",
    "  from after 2025-11-29.",
    "- **Maskinmester**: a Swedish sjöingenjörsexamen (180 hp) is the same field and level; a",
    "  Norwegian two-year fagskule is a lower level (`unclear`). A foreign STCW III/2 certificate",
    "  meets line 2 only with a Danish påtegning; an STCW III/1 maskinmester certificate is a level",
    "  too low (`unclear`). Only sea time as an engineer officer counts, not a power plant or a cadet",
    "  term. Any valid STCW seafarers' medical certificate meets line 4; one that ran out is",
    "  `unclear`. STCW courses are valid for five years. Line 6 needs one of the two languages.",
    "- **Asbestos removal worker**: a fagbrev as tømrer, a Danish svendebrev as tømrer and a Swedish",
    "  yrkesbevis as träarbetare are trade certificates in building. Only a Norwegian asbestos",
    "  course meets line 2 (a Swedish AFS course is `unclear`); an apprenticeship does not count as",
    "  experience. An HMS-kort that ran out, with renewal applied for, and a Swedish ID06 card are",
    "  `unclear`. A driving licence withdrawn (\"frakendt\") until 2027 is `not_met`. Any",
    "  Scandinavian mother tongue meets line 6.",
    "- **Anestesisykepleier**: a Swedish specialistsjuksköterska in anestesisjukvård and a Danish",
    "  specialuddannelse i anæstesisygepleje are the same education; intensive care is another",
    "  specialty (`unclear`), and so is its work. A 60 % post counts by calendar time. ALS must be",
    "  from after 2023-11-29; \"November 2023\" cannot be placed either side (`unclear`); a bare",
    "  \"2024\" is within. A Swedish legitimation with the Norwegian authorisation applied for is",
    "  `unclear`.",
    "",
]


# --------------------------------------------------------------------------
# Checks of our own (on top of make_eval.check_data)
# --------------------------------------------------------------------------

EARLIER = (me.JOBS + mh.JOBS + mh2.JOBS + mh3.JOBS + mh4.JOBS + mh5.JOBS + mh6.JOBS + mh7.JOBS + mh8.JOBS
           + mh9.JOBS + mh10.JOBS + mh11.JOBS + mh12.JOBS + mh13.JOBS + mh14.JOBS + mh15.JOBS + mh16.JOBS
           + mh17.JOBS + mh18.JOBS + mh19.JOBS + mh20.JOBS + mh21.JOBS + mh22.JOBS + mh23.JOBS + mh24.JOBS
           + mh25.JOBS)
PHONE = re.compile(r"\+?\d[\d \-]{5,}\d")


def phones(text: str) -> set[str]:
    """Digit strings of phone-like runs (8 digits or more; the last 8 digits, so a country code does not matter)."""
    out = set()
    for m in PHONE.findall(text):
        digits = re.sub(r"\D", "", m)
        if len(digits) >= 8:
            out.add(digits[-8:])
    return out


def check_holdout26() -> None:
    mh.check_blind_set(JOBS, EARLIER, USED_TOWNS, per_job=(5, 5), min_qualified=2)
    # The same person or CV file name must not repeat across jobs either.
    names = [c.name or c.raw.strip().splitlines()[0] for j in JOBS for c in j.cvs]
    assert len(names) == len(set(names)), "a person appears twice"
    files = [c.file for j in JOBS for c in j.cvs]
    assert len(files) == len(set(files)), "a CV file name appears twice"
    # 6-7 lines a job (the brief of this set), and not all jobs the same length.
    assert all(6 <= len(j.requirements) <= 7 for j in JOBS)
    assert len({len(j.requirements) for j in JOBS}) > 1
    # Every ad language is used, and every CV language and format; all three two-column orders.
    assert {j.lang for j in JOBS} == set(mh.LANG_ORDER), {j.lang for j in JOBS}
    assert {c.lang for j in JOBS for c in j.cvs} == set(mh.LANG_ORDER)
    assert {c.fmt for j in JOBS for c in j.cvs} == {"txt", "docx", "pdf"}
    assert {c.opts.get("order", "left-first") for j in JOBS for c in j.cvs if c.layout == "two-column"} \
        == set(cvlib.COLUMN_ORDERS)
    # Every job has exactly one manual line, and it is the last.
    for j in JOBS:
        assert j.kinds.count("manual") == 1 and j.kinds[-1] == "manual", j.slug
    # No single quote in a `why` that is not part of a checked quotation.
    for j in JOBS:
        for c in j.cvs:
            n = len(cvlib.quoted_fragments(c.why))
            assert c.why.count("'") == 2 * n, f"{j.slug}/{c.file}: a stray single quote in why"
    # No job of this set names a profession an earlier set used, but the ones the brief asked for
    # (REUSED_PROFESSIONS); those must really be earlier professions, so the list stays honest.
    earlier_prof = {j.profession.lower() for j in EARLIER}
    for p in REUSED_PROFESSIONS:
        assert p in earlier_prof, f"{p} is not an earlier profession; drop it from REUSED_PROFESSIONS"
        assert p in {j.profession for j in JOBS}, p
    for j in JOBS:
        if j.profession not in REUSED_PROFESSIONS:
            assert j.profession.lower() not in earlier_prof, f"{j.slug}: profession {j.profession} used before"
    # E-mail addresses and phone numbers: unique here, and none an earlier set uses.
    earlier_text = [mh.plain_text(c) for j in EARLIER for c in j.cvs]
    earlier_mails = {m.group(0).lower() for t in earlier_text for m in mh.EMAIL.finditer(t)}
    earlier_phones = set().union(*(phones(t) for t in earlier_text))
    mine_mails, mine_phones = [], []
    for j in JOBS:
        for c in j.cvs:
            text = mh.plain_text(c)
            mails = {m.group(0).lower() for m in mh.EMAIL.finditer(text)}
            assert not mails & earlier_mails, f"{j.slug}/{c.file}: an e-mail address of an earlier set"
            ph = phones(text)
            assert ph, f"{j.slug}/{c.file}: no phone number"
            assert not ph & earlier_phones, f"{j.slug}/{c.file}: a phone number of an earlier set {ph & earlier_phones}"
            mine_mails += sorted(mails)
            mine_phones += sorted(ph)
    assert len(mine_mails) == len(set(mine_mails)), "an e-mail address appears twice"
    assert len(mine_phones) == len(set(mine_phones)), "a phone number appears twice"
    # This set's towns are new: no earlier CV mentions them, and every one is used here.
    low = "\n".join(earlier_text).lower()
    mine = "\n".join(mh.plain_text(c) for j in JOBS for c in j.cvs).lower()
    for town in OWN_TOWNS:
        assert town.lower() not in low, f"town {town} appears in an earlier set"
        assert town.lower() in mine, f"town {town} is not used"
        assert town in TOWNS, town
    # The job files must carry this set's day.
    assert me.TODAY == TODAY, me.TODAY


# --------------------------------------------------------------------------
# README (generated, so its figures always match the set)
# --------------------------------------------------------------------------


def readme() -> str:
    n_all = sum(len(j.cvs) for j in JOBS)
    out = [
        "# Sikte's twenty-sixth held-out evaluation set",
        "",
        f"{len(JOBS)} fictional jobs and {n_all} fictional CVs, labelled by hand requirement by",
        "requirement, in the same layout and job-file format as `eval/` (see `eval/README.md`",
        "for the format, the label meanings and the labelling conventions). It is the twenty-seventh",
        "labelled set and exists to measure accuracy again on CVs the rules were never tuned on.",
        "It was written blind: without reading Sikte's rules, code, tests, docs or data tables,",
        "without running Sikte on it and without looking at any Sikte output, and no label was",
        "ever set from Sikte's output. The only files read were `eval/README.md` (format, label",
        "meanings, conventions), the script of `eval-holdout25/` (`make_holdout25.py`, as the",
        "template for this script's structure; it also defines the CVs of `eval-holdout25/`) and",
        "the shared code of `make_eval.py`, `make_holdout.py` and `scripts/fixtures/cvlib.py` (the",
        "CV definitions of `eval/` and `eval-holdout/` in the first two were skipped). The scripts",
        "`make_holdout2.py` ... `make_holdout24.py` are imported only to refuse their people, slugs,",
        "towns, e-mail addresses, phone numbers and professions and were not read, and no CV folder",
        "of an earlier set was opened. Every CV x requirement is labelled with what a careful, fair",
        f"Nordic recruiter concludes on {TODAY} (the `today` of every job file, which closes open",
        "ranges such as \"d.d.\", \"nå\", \"nu\", \"pågående\" and \"present\").",
        "",
        "Its professions are train conductor, social worker, firefighter, marine engineer, asbestos",
        "removal worker and nurse anaesthetist. The brief chose all six as new, but the script's",
        "profession check found four of them (train conductor, social worker, firefighter, marine",
        "engineer) named by an earlier set too; they were kept as the brief asked, with new ads,",
        "requirement lines, CVs, people, employers and towns, and the script lets exactly these",
        "four through by name. Asbestos removal worker and nurse anaesthetist appear in no earlier",
        "set. Keep the set held out: do not tune rules on these CVs; once a rule changes because of",
        "a disagreement found here, the set is no longer held out, and its figures become a",
        "regression check.",
        "",
        "Everything here is invented for Sikte: people, employers, schools, towns",
        f"({TOWNS}), e-mail addresses (`example.*`) and phone numbers (unreal",
        "ranges: `123 74 3xx` in Norway, `0980-358 2xx` in Sweden, and `12 38 45 2x` in Denmark).",
        "Nothing is copied from `/work/shared/corpus`, from the earlier sets or from any real CV or",
        "job ad. Authority, body, scheme, course, test and product names in CVs and ads (NAV,",
        "Helsedirektoratet, Socialstyrelsen, SoL, LVU, MSB, SMO, GRIB, RIB, AFS, Beredskabsstyrelsen,",
        "Søfartsstyrelsen, Sjøfartsdirektoratet, Transportstyrelsen, STCW, HMS-kort, ID06,",
        "Byggbranschens Yrkesnämnd, YH, NRR, ERC, ALS, HLR, Norskprøven) are named as real ads and",
        "CVs name them.",
        "Licence: the same as the project (MIT OR Apache-2.0).",
        "",
        "The format is the one of `eval/`, so Sikte's evaluator reads this folder as it reads",
        "`eval/`; report its figures for each set separately.",
        "",
        "## Regenerate, never edit",
        "",
        "```sh",
        f"python3 {SCRIPT}            # (re)writes eval-holdout26/, removes stale files",
        f"python3 {SCRIPT} --verify   # generates twice elsewhere: byte-identical, and eval-holdout26/ fresh?",
        "```",
        "",
    ]
    extra = [
        "It also refuses an e-mail address or phone number that an earlier set's CVs use, a town of",
        "this set that an earlier set's CVs mention, a profession an earlier set names (but the four",
        "listed above), and a stray single quote in a `why`.",
        "",
    ]
    return "\n".join(out + mh.script_paragraph(26) + extra + mh.jobs_and_figures(JOBS, HARD_CASES))


# --------------------------------------------------------------------------
# Writing and checking
# --------------------------------------------------------------------------


def main(argv: list[str]) -> int:
    check_holdout26()
    return mh.run_set(argv, OUT, JOBS, SCRIPT, readme, __doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
