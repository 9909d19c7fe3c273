#!/usr/bin/env python3
"""Write Sikte's twenty-fifth held-out evaluation set: eval-holdout25/README.md, jobs/<job>.toml, cvs/<job>/<file>.

    python3 scripts/eval/make_holdout25.py            # (re)write eval-holdout25/
    python3 scripts/eval/make_holdout25.py --verify   # generate twice in temporary folders and check both
                                                      # runs and eval-holdout25/ are byte-identical

A twenty-sixth labelled set in the same layout and job-file format as eval/ and
eval-holdout/ ... eval-holdout24/, so that accuracy can be measured on CVs the
rules were never tuned on. Six fictional jobs in professions that no earlier
set uses (cemetery worker nb, cleaning supervisor nn, property technician sv,
pedagogical assistant da, solar PV installer en, fire prevention inspector nb)
with 6-7 requirement lines each, and 5 fictional CVs per job in TXT, DOCX and
PDF (one and two columns), in bokmål, nynorsk, Swedish, Danish and English.

The set was written blind: without reading Sikte's rules, code, tests, docs or
data tables, without running Sikte on it and without looking at any Sikte
output. Of the earlier sets only make_holdout24.py was read, as the template
for this script's structure, with the shared code of make_eval.py,
make_holdout.py and scripts/fixtures/cvlib.py, and eval/README.md for the
format and the labelling conventions (make_holdout24.py also defines the CVs
of eval-holdout24/; the CV definitions in make_eval.py and make_holdout.py
were skipped); make_holdout2.py ... make_holdout23.py were not read, only
imported (with make_holdout24.py) to refuse their people, slugs, towns, e-mail
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
eval-holdout/, ..., eval-holdout24/, any e-mail address or phone number that
an earlier set's CVs use, any profession an earlier set names, and any town of
this set that an earlier set's CVs mention. Python 3.11 standard library only.
Every person, employer, school, town, e-mail address and phone number is
invented.
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
from make_eval import CV, I, KV, L, S, cv  # noqa: E402

cvlib = me.cvlib
ROOT = me.ROOT
OUT = os.path.join(ROOT, "eval-holdout25")
SCRIPT = "scripts/eval/make_holdout25.py"
# The day this set is judged on, written into every job file. make_eval.job_toml reads
# make_eval.TODAY, so it is set there too (only in this process).
TODAY = "2026-11-29"
me.TODAY = TODAY

# Towns of eval/ and eval-holdout/ ... eval-holdout24/; none may appear here.
USED_TOWNS = mh24.USED_TOWNS + mh24.OWN_TOWNS
# The invented towns of this set; an earlier set's CVs must not mention them either.
OWN_TOWNS = ("Lurhaug", "Harpeli", "Fiolinvik", "Trommedal", "Lutahult", "Flöjtarp", "Oboeholm",
             "Fagotbæk", "Obostrup", "Spinetlund", "Cornetbury")
TOWNS = "Lurhaug, Harpeli, Fiolinvik and Trommedal in Norway; Lutahult, Flöjtarp and Oboeholm in Sweden; " \
        "Fagotbæk, Obostrup and Spinetlund in Denmark; Cornetbury in the United Kingdom"

JOBS: list[me.Job] = []


def job(slug, title, lang, profession, reqs: list[tuple[str, str]], *cvs: CV) -> None:
    JOBS.append(me.Job(slug, title, lang, profession, [r for r, _ in reqs], [k for _, k in reqs], list(cvs)))


# ===========================================================================
# 1. nb: Kirkegårdsarbeider
# ===========================================================================

job(
    "kirkegardsarbeider", "Kirkegårdsarbeider – Lurhaug kirkelige fellesråd (fast 100 %)", "nb", "cemetery worker",
    [
        ("Fagbrev som anleggsgartner eller gartner, eller tilsvarende grøntfaglig utdanning", "education"),
        ("Minst 2 års erfaring fra drift av gravplass eller kirkegård", "experience"),
        ("Kompetansebevis for gravemaskin (M2)", "certificate"),
        ("Gyldig autorisasjonsbevis for bruk av plantevernmidler (Mattilsynet)", "authorisation"),
        ("Førerkort klasse B", "driving_licence"),
        ("Gode norskkunnskaper, muntlig og skriftlig", "language"),
        ("Du må tåle tungt fysisk arbeid i all slags vær og møte etterlatte med ro og respekt", "manual"),
    ],
    cv("halvard-moltubakk.docx", "nb", "docx", "one-column", "MMMMMMX",
       "'Fagbrev i anleggsgartnerfaget', kirkegårdsarbeider since '04.2019 – d.d.', 'Kompetansebevis M2 gravemaskin "
       "og M4 hjullaster (2016)', 'Autorisasjonsbevis plantevernmidler, Mattilsynet – fornyet 2023', 'Førerkort: B, "
       "BE, T', 'Norsk – morsmål'",
       "Halvard Moltubakk", "Kirkegårdsarbeider / anleggsgartner",
       S("contact", L("Mobil 123 70 601"), L("halvard.moltubakk@example.no"), L("Lurhaug")),
       S("profile", "Kirkegårdsarbeider med fagbrev som anleggsgartner og sju års erfaring fra gravplassdrift. "
                    "Trygg på maskiner og vant til å møte pårørende."),
       S("exp",
         I("04.2019 – d.d.", "Kirkegårdsarbeider, Trommedal kirkelige fellesråd",
           "Gravlegging, oppkasting og gjenfylling av graver med gravemaskin",
           "Stell av gravfelt, hekker og grøntanlegg", "Stabilitetskontroll av gravminner"),
         I("2015 – 03.2019", "Anleggsgartner, Fiolinvik Grøntanlegg AS", "Plen, belegningsstein og beplantning")),
       S("edu", I("2015", "Fagbrev i anleggsgartnerfaget"),
         I("2011 – 2013", "Vg1 Bygg- og anleggsteknikk og Vg2 Anleggsgartner, Trommedal vgs")),
       S("cert", L("Kompetansebevis M2 gravemaskin og M4 hjullaster (2016)"),
         L("Autorisasjonsbevis plantevernmidler, Mattilsynet – fornyet 2023"),
         L("Kurs i stabilitetskontroll av gravminner, 2020")),
       S("lic", L("Førerkort: B, BE, T")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – godt"))),
    cv("lovisa-grennholm.pdf", "sv", "pdf", "two-column", "MMUUUMX",
       "a Swede: 'Naturbruksprogrammet, inriktning trädgård' is an equivalent green education, "
       "'Kyrkogårdsarbetare' since '2013-04 – pågående', 'Norska – talar och skriver bra'; but 'Maskinförarbevis "
       "grävmaskin (Maskinentreprenörerna), 2014' and 'Behörighet 2L, växtskyddsmedel (Jordbruksverket)' are "
       "Swedish schemes (the Norwegian autorisasjonsbevis is 'under behandling'), and 'Körkort: AM och traktorkort' "
       "shows no class B",
       "Lovisa Grennholm", "Kyrkogårdsarbetare",
       S("contact", L("Tel. 0980-357 601"), L("lovisa.grennholm@example.se"), L("Lutahult, Sverige")),
       S("cert", L("Maskinförarbevis grävmaskin (Maskinentreprenörerna), 2014"),
         L("Behörighet 2L, växtskyddsmedel (Jordbruksverket), giltig t.o.m. 2029"),
         L("Ansökan om norskt autorisasjonsbevis skickad till Mattilsynet – under behandling")),
       S("lic", L("Körkort: AM och traktorkort")),
       S("lang", L("Svenska – modersmål"), L("Norska – talar och skriver bra"), L("Engelska – grundläggande")),
       S("profile", "Kyrkogårdsarbetare med tretton års erfarenhet av gravöppning och skötsel. Flyttar till Norge "
                    "med familjen våren 2027 och har arbetat två somrar på norska kyrkogårdar."),
       S("exp",
         I("2013-04 – pågående", "Kyrkogårdsarbetare, Lutahults pastorat",
           "Gravöppning och återfyllning med grävmaskin", "Skötsel av gravplatser, häckar och gräsytor"),
         I("2010 – 2013", "Parkarbetare (säsong), Lutahults kommun")),
       S("edu", I("2007 – 2010", "Naturbruksprogrammet, inriktning trädgård, Flöjtarps naturbruksgymnasium")),
       order="rows"),
    cv("torleiv-hegglund.txt", "nn", "txt", "dates-after", "MMMMMMX",
       "'Fagbrev i gartnarnæringsfaget', 'Kyrkjegardsarbeidar, Harpeli sokneråd' since 'mars 2022 – no', "
       "'Maskinførarbevis M2 (gravemaskin), 2022', 'Autorisasjonsbevis for plantevernmiddel, teke 2019, gyldig til "
       "2029', 'Klasse B', 'Norsk – morsmål'",
       "Torleiv Hegglund", "Kyrkjegardsarbeidar",
       S("contact", L("Tlf. 123 70 602"), L("torleiv.hegglund@example.no"), L("Harpeli")),
       S("profile", "Kyrkjegardsarbeidar med bakgrunn som gartnar. Eg trivst med praktisk arbeid ute og tek "
                    "vare på både gravferder og grøntanlegg."),
       S("exp",
         I("mars 2022 – no", "Kyrkjegardsarbeidar, Harpeli sokneråd",
           "Graving og attfylling med minigravar", "Stell av gravfelt, plantefelt og gangvegar",
           "Vinterdrift og brøyting"),
         I("aug. 2017 – feb. 2022", "Gartnar, Harpeli Hagesenter", "Produksjon og sal av stauder og sommarblomar")),
       S("edu", I("2017", "Fagbrev i gartnarnæringsfaget")),
       S("cert", L("Maskinførarbevis M2 (gravemaskin), 2022"),
         L("Autorisasjonsbevis for plantevernmiddel, teke 2019, gyldig til 2029"), head="Kurs og sertifikat"),
       S("lic", L("Klasse B")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – middels"))),
    cv("callum-ashgrove.pdf", "en", "pdf", "right-dates", "MMMUMMX",
       "a Briton in Norway: 'City & Guilds Level 3 Diploma in Work-based Horticulture' is an equivalent green "
       "education, 'Cemetery worker (kirkegårdsarbeider)' since '04/2020 – present', 'Kompetansebevis M2 "
       "excavator', 'Driving licence: B (Norwegian)', 'Norwegian – good, spoken and written (B2, Norskprøven "
       "2022)'; but the 'Autorisasjonsbevis for plant protection products (Mattilsynet), 2014 – 2024' has run out "
       "and the renewal course is only 'booked for February 2027'",
       "Callum Ashgrove", "Cemetery worker",
       S("contact", L("Mobile +47 123 70 603"), L("callum.ashgrove@example.co.uk"), L("Fiolinvik, Norway")),
       S("profile", "British groundsman who has worked in a Norwegian cemetery since 2020. Calm and respectful "
                    "with bereaved families."),
       S("exp",
         I("04/2020 – present", "Cemetery worker (kirkegårdsarbeider), Fiolinvik kirkelige fellesråd",
           "Digging and backfilling graves with a 5-tonne excavator", "Grounds maintenance and snow clearing"),
         I("2012 – 2019", "Grounds operative, Cornetbury Borough Council, UK", "Parks and sports pitches")),
       S("edu", I("2010 – 2012", "City & Guilds Level 3 Diploma in Work-based Horticulture, Cornetbury College")),
       S("cert", L("Kompetansebevis M2 excavator (Norwegian machine operator certificate), 2020"),
         L("Autorisasjonsbevis for plant protection products (Mattilsynet), 2014 – 2024; renewal course "
           "booked for February 2027")),
       S("lic", L("Driving licence: B (Norwegian)")),
       S("lang", L("English – native"), L("Norwegian – good, spoken and written (B2, Norskprøven 2022)")),
       date_first=True),
    cv("rune-vageskar.txt", "nb", "txt", "badly-written", "MUMMMMX",
       "badly written: 'Har fagbrev anleggsgartner fra 2021', 'Har M2 og M4 maskinførerbevis.', autorisasjonsbevis "
       "'tok jeg i 2022', 'Førerkort B.', 'Norsk er morsmål.'; but on a cemetery only as 'sommerhjelp på "
       "kirkegården i Lurhaug fire somre' (about 16 months), and the anleggsgartner job is green work, not a "
       "cemetery",
       raw="""
Rune Vågeskar
tlf 123 70 604
runevag@example.no
Trommedal

Hei
søker jobben som kirkegårdsarbeider.
Har fagbrev anleggsgartner fra 2021 og jobber som anleggsgartner i Trommedal Park og Anlegg AS nå, mest steinlegging og plen.
Før det var jeg sommerhjelp på kirkegården i Lurhaug fire somre (mai til august 2017, 2018, 2019 og 2020), klipte gress og var med på gravlegging.
Har M2 og M4 maskinførerbevis.
Autorisasjonsbevis for plantevern tok jeg i 2022.
Førerkort B.
Norsk er morsmål.
"""),
)


# ===========================================================================
# 2. nn: Reinhaldsleiar
# ===========================================================================

job(
    "reinhaldsleiar", "Reinhaldsleiar – Harpeli Reinhald AS, avdeling Fiolinvik (fast 100 %)", "nn",
    "cleaning supervisor",
    [
        ("Fagbrev i reinhaldsoperatørfaget eller tilsvarande", "education"),
        ("Minst tre års erfaring frå profesjonelt reinhald", "experience"),
        ("Erfaring som formann, arbeidsleiar eller teamleiar", "must_mention"),
        ("Gjennomført HMS-opplæring for leiarar (40-timarskurs)", "certificate"),
        ("Førarkort klasse B", "driving_licence"),
        ("Norsk munnleg og skriftleg på minst B2-nivå, og god engelsk", "language"),
        ("Du må kunne arbeide kveld og helg etter turnus", "manual"),
    ],
    cv("gunvor-hjelmeset.docx", "nn", "docx", "bold-headings", "MMMMMMX",
       "'Fagbrev i reinhaldsoperatørfaget (praksiskandidat)', reinhald since 2011, 'Formann reinhald' since 'sep. "
       "2019 – d.d.', 'HMS-kurs for leiarar, 40 timar, 2020', 'Førarkort klasse B', 'Norsk – morsmål', 'Engelsk – "
       "godt munnleg og skriftleg'",
       "Gunvor Hjelmeset", "Formann reinhald",
       S("contact", L("Mobil 123 70 605"), L("gunvor.hjelmeset@example.no"), L("Fiolinvik")),
       S("profile", "Reinhaldsoperatør med fagbrev og sju år som formann. Eg likar å planleggje, lære opp nye "
                    "tilsette og halde orden på kvalitetskontrollane."),
       S("exp",
         I("sep. 2019 – d.d.", "Formann reinhald, Trommedal Eigedomsservice AS",
           "Leiar eit team på 14 reinhaldarar i kontorbygg og skular", "Turnusplanar, opplæring og INSTA 800-kontrollar"),
         I("2011 – aug. 2019", "Reinhaldar, Trommedal Eigedomsservice AS",
           "Dagleg reinhald, golvbehandling og hovudreingjering")),
       S("edu", I("2016", "Fagbrev i reinhaldsoperatørfaget (praksiskandidat)")),
       S("cert", L("HMS-kurs for leiarar, 40 timar, 2020"), L("INSTA 800 – kvalitetskontrollør, 2021")),
       S("lic", L("Førarkort klasse B")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – godt munnleg og skriftleg"))),
    cv("dorthe-hvilsom.pdf", "da", "pdf", "europass", "MMMMMNX",
       "a Dane in Norway: 'Serviceassistent (erhvervsuddannelse, rengøring), svendebrev 2013' is an equivalent "
       "trade, cleaning since 2013, 'Holdleder, rengøring' since '03.2021 – nu', 'HMS-kurs for ledere, 40 timer "
       "(Norge), oktober 2022', 'B', English 'godt'; but Norwegian 'forstår godt, taler og skriver lidt' is below B2",
       "Dorthe Hvilsom", "Holdleder, rengøring",
       S("contact", KV("Telefon", "+47 123 70 606"), KV("E-mail", "dorthe.hvilsom@example.dk"),
         KV("Adresse", "Harpeli, Norge")),
       S("exp",
         I("03.2021 – nu", "Holdleder, rengøring, Harpeli Sjukehusservice, Norge",
           "Leder et hold på 8 rengøringsassistenter på sygehuset"),
         I("2013 – 02.2021", "Rengøringsassistent / serviceassistent, Fagotbæk Kommune",
           "Rengøring på plejecentre og skoler")),
       S("edu", I("2011 – 2013", "Serviceassistent (erhvervsuddannelse, rengøring), svendebrev 2013, Fagotbæk "
                                 "Erhvervsskole")),
       S("cert", KV("HMS", "HMS-kurs for ledere, 40 timer (Norge), oktober 2022")),
       S("lic", KV("Kørekort", "B")),
       S("lang", KV("Modersmål", "Dansk"), KV("Norsk", "forstår godt, taler og skriver lidt"),
         KV("Engelsk", "godt"))),
    cv("marta-zielonka.txt", "en", "txt", "one-column", "MMMMMMX",
       "'Trade certificate in cleaning (fagbrev i renholdsoperatørfaget), 2019', cleaner from 'Aug 2015', 'Cleaning "
       "supervisor (teamleder renhold)' since 'Jan 2021 – present', 'HSE course for managers (HMS for ledere, 40 "
       "hours), 2021', 'Driving licence: category B', 'Norwegian – B2 (Norskprøven, 2019)', 'English – fluent'",
       "Marta Zielonka", "Cleaning supervisor",
       S("contact", L("Phone: +47 123 70 607"), L("marta.zielonka@example.com"), L("Lurhaug, Norway")),
       S("profile", "Cleaning supervisor with a Norwegian trade certificate. I have led cleaning teams in offices "
                    "and hotels since 2021."),
       S("exp",
         I("Jan 2021 – present", "Cleaning supervisor (teamleder renhold), Lurhaug Renhold AS",
           "Team of 9 cleaners, rotas, quality checks, customer contact"),
         I("Aug 2015 – Dec 2020", "Cleaner (renholder), Lurhaug Renhold AS", "Offices and hotels, floor care")),
       S("edu", I("2019", "Trade certificate in cleaning (fagbrev i renholdsoperatørfaget), 2019"),
         I("2008 – 2012", "Secondary school, Poland")),
       S("cert", L("HSE course for managers (HMS for ledere, 40 hours), 2021"), L("Floor care and machine "
                                                                                "cleaning, 2017")),
       S("lic", L("Driving licence: category B")),
       S("lang", L("Polish – native"), L("Norwegian – B2 (Norskprøven, 2019)"), L("English – fluent")),
       sep=" | "),
    cv("pirjo-hedenmark.docx", "sv", "docx", "table", "MMMUMMX",
       "a Swede: 'Yrkesbevis för lokalvårdare (branschens yrkesbevis), 2012' is an equivalent trade, lokalvård "
       "since 2011, 'Arbetsledare städ' since '2018-02 – nu', 'Körkort B', 'Norska – goda kunskaper i tal och "
       "skrift', 'Engelska – bra'; but 'BAM – Bättre arbetsmiljö (3 dagar), 2019' is a shorter Swedish course, "
       "not the 40-hour HMS course for leaders",
       "Pirjo Hedenmark", "Arbetsledare lokalvård",
       S("contact", L("Tel. 0980-357 602"), L("pirjo.hedenmark@example.se"), L("Oboeholm, Sverige")),
       S("profile", "Arbetsledare inom lokalvård med femton år i branschen. Söker mig till Norge där min sambo "
                    "arbetar."),
       S("exp",
         I("2018-02 – nu", "Arbetsledare städ, Oboeholms Städservice AB",
           "Ansvarar för 20 lokalvårdare, schema, kvalitetsronder och kundkontakt"),
         I("2011-06 – 2018-01", "Lokalvårdare, Oboeholms Städservice AB", "Kontor, skolor och vårdlokaler")),
       S("edu", I("2012", "Yrkesbevis för lokalvårdare (branschens yrkesbevis), 2012")),
       S("cert", L("BAM – Bättre arbetsmiljö (3 dagar), 2019"), L("Miljöutbildning för arbetsledare, 2020")),
       S("lic", L("Körkort B")),
       S("lang", L("Svenska – modersmål"), L("Norska – goda kunskaper i tal och skrift"), L("Engelska – bra"))),
    cv("silje-kvalsvoll.pdf", "nb", "pdf", "no-headings", "UUMMMMX",
       "no headings: 'Teamleder for fire renholdere', 'HMS-kurs for ledere (40 t), 2025', 'Førerkort klasse B', "
       "'Norsk morsmål, engelsk godt'; but cleaning only since 'juni 2024 – d.d.' (under three years) and the "
       "trade certificate is not there yet ('fagprøve booket januar 2027')",
       "Silje Kvålsvoll", "Renholder og teamleder",
       S("contact", "Silje Kvålsvoll – tlf. 123 70 608 – silje.kvalsvoll@example.no – Trommedal"),
       S("profile", "Renholder som ønsker mer ansvar. Jeg har vært teamleder siden mars 2025 og trives med å "
                    "lede og lære opp nye."),
       S("exp",
         I("juni 2024 – d.d.", "Renholder / teamleder (fra mars 2025), Fiolinvik Rent & Pent AS",
           "Renhold av kontorer og barnehager", "Teamleder for fire renholdere"),
         I("2019 – 2024", "Butikkmedarbeider, Trommedal Bok og Papir")),
       S("edu", I("2026 –", "Praksiskandidat i renholdsoperatørfaget – fagprøve booket januar 2027"),
         I("2016 – 2019", "Vg3 Påbygging til generell studiekompetanse, Trommedal vgs")),
       S("other", "HMS-kurs for ledere (40 t), 2025", "Førerkort klasse B", "Norsk morsmål, engelsk godt")),
)


# ===========================================================================
# 3. sv: Fastighetstekniker
# ===========================================================================

job(
    "fastighetstekniker", "Fastighetstekniker till bostadsbeståndet i Lutahult – Flöjtarp Bostäder AB (tillsvidare, heltid)",
    "sv", "property technician",
    [
        ("Gymnasieutbildning inom VVS, el eller fastighet, eller motsvarande yrkesutbildning", "education"),
        ("Minst 3 års erfarenhet av fastighetsskötsel eller drift och underhåll av fastigheter", "experience"),
        ("Giltigt certifikat för heta arbeten", "certificate"),
        ("Genomgången elsäkerhetsutbildning, ESA Fastighet eller ESA Instruerad person", "certificate"),
        ("B-körkort", "driving_licence"),
        ("Du behärskar svenska väl i tal och skrift", "language"),
        ("Du ska kunna ingå i jourschemat (beredskap var sjätte vecka)", "manual"),
    ],
    cv("mikael-fornbrant.txt", "sv", "txt", "dates-after", "MMMMMMX",
       "'VVS- och fastighetsprogrammet, inriktning fastighet', 'Fastighetstekniker' since '2016-09 – pågående', "
       "'Heta arbeten, förnyat 2024-03', 'ESA Fastighet, 2023', 'Körkort B', 'Svenska – modersmål'",
       "Mikael Fornbrant", "Fastighetstekniker",
       S("contact", L("Tel. 0980-357 603"), L("mikael.fornbrant@example.se"), L("Lutahult")),
       S("profile", "Fastighetstekniker med tio års erfarenhet av bostäder och skolor. Van vid jour och "
                    "felanmälningar."),
       S("exp",
         I("2016-09 – pågående", "Fastighetstekniker, Lutahults Kommunfastigheter AB",
           "Drift och skötsel av värme- och ventilationssystem",
           "Felavhjälpande underhåll, ronder och kontakt med hyresgäster"),
         I("2014 – 2016", "Fastighetsskötare (vikariat), Oboeholms Bostadsstiftelse")),
       S("edu", I("2011 – 2014", "VVS- och fastighetsprogrammet, inriktning fastighet, Oboeholms gymnasium")),
       S("cert", L("Heta arbeten, förnyat 2024-03"), L("ESA Fastighet, 2023"), L("Liftutbildning (skylift), 2022")),
       S("lic", L("Körkort B")),
       S("lang", L("Svenska – modersmål"), L("Engelska – goda kunskaper"))),
    cv("elias-vretholm.pdf", "en", "pdf", "two-column", "MMMMMMX",
       "a Swede writing in English: 'HVAC and property programme (VVS- och fastighetsprogrammet)', caretaker and "
       "property technician since 'Aug 2017', 'Hot work certificate (Heta arbeten), renewed June 2025', 'ESA "
       "Instruerad person (electrical safety), 2024', 'Driving licence: B', 'Swedish – native'",
       "Elias Vretholm", "Property technician",
       S("contact", L("Phone 0980-357 604"), L("elias.vretholm@example.se"), L("Flöjtarp, Sweden")),
       S("cert", L("Hot work certificate (Heta arbeten), renewed June 2025"),
         L("ESA Instruerad person (electrical safety), 2024"), L("F-gas certificate, category II")),
       S("lic", L("Driving licence: B")),
       S("lang", L("Swedish – native"), L("Arabic – native"), L("English – fluent")),
       S("profile", "Property technician working in an international team. Strong on ventilation, heating and "
                    "building automation."),
       S("exp",
         I("Mar 2021 – present", "Property technician (fastighetstekniker), Oboeholm Science Park AB",
           "Operation and maintenance of HVAC, BMS alarms, contractor follow-up"),
         I("Aug 2017 – Feb 2021", "Building caretaker (fastighetsskötare), Lutahult Hyresbostäder AB",
           "Tenant call-outs, boiler rooms, outdoor areas")),
       S("edu", I("2014 – 2017", "HVAC and property programme (VVS- och fastighetsprogrammet), Lutahult upper "
                                 "secondary school")),
       order="right-first"),
    cv("arnstein-vigdal.docx", "nb", "docx", "table", "MMUMMMX",
       "a Norwegian in Sweden: 'Fagbrev i byggdrifterfaget' is an equivalent trade, byggdrifter and "
       "fastighetsskötare since 2012, 'ESA Fastighet, 2025', 'Førerkort: B', 'Svensk – flytende muntlig og "
       "skriftlig'; but 'Heta arbeten (Brandskyddsföreningen), 2019' has expired (five years) and so has 'Varme "
       "arbeider, 2017'",
       "Arnstein Vigdal", "Byggdrifter / fastighetsskötare",
       S("contact", L("Mobil +46 980 357 605"), L("arnstein.vigdal@example.no"), L("Lutahult, Sverige")),
       S("profile", "Norsk byggdrifter som har bodd i Lutahult siden 2019. Jeg liker variert arbeid med tekniske "
                    "anlegg og god kontakt med beboerne."),
       S("exp",
         I("aug. 2019 – d.d.", "Fastighetsskötare, Lutahult Hyresbostäder AB",
           "Ronder i undercentraler, filterbytte, felanmälningar"),
         I("2012 – juli 2019", "Byggdrifter/vaktmester, Harpeli borettslag", "Drift av boligblokker, ventilasjon "
                                                                             "og varme")),
       S("edu", I("2012", "Fagbrev i byggdrifterfaget")),
       S("cert", L("Heta arbeten (Brandskyddsföreningen), 2019"), L("ESA Fastighet, 2025"),
         L("Varme arbeider, 2017")),
       S("lic", L("Førerkort: B")),
       S("lang", L("Norsk – morsmål"), L("Svensk – flytende muntlig og skriftlig"))),
    cv("kasper-hojbjerre.txt", "da", "txt", "badly-written", "MUMMMMX",
       "badly written: 'uddannet vvs-montør (svendebrev 2012)', 'har heta arbeten fra 2024 og ESA instrueret "
       "person fra 2025', 'kørekort B', 'svensk taler og skriver jeg flydende'; but 'vicevært (fastighetsskötare)' "
       "only 'siden august 2024' (under three years), and the years as 'vvs-montør på nybyggeri' are installation, "
       "not property upkeep",
       raw="""
Kasper Højbjerre
mobil 0980-357 606
kasper.hojbjerre@example.dk
bor i Flöjtarp

hej
jeg søger jobbet som fastighetstekniker
er uddannet vvs-montør (svendebrev 2012) og har arbejdet 10 år som vvs-montør på nybyggeri i Danmark
flyttede til Sverige i 2024, har siden august 2024 været vicevært (fastighetsskötare) i en boligforening i Flöjtarp
har heta arbeten fra 2024 og ESA instrueret person fra 2025
kørekort B
svensk taler og skriver jeg flydende, min mor er svensk
"""),
    cv("hampus-ljungdell.pdf", "sv", "pdf", "dates-after", "MMMUMMX",
       "'El- och energiprogrammet, inriktning elteknik', 'Drifttekniker' since '2020-05 – pågående', 'Heta "
       "arbeten, giltigt t.o.m. 2027-10', 'Körkort B, BE', 'Svenska – modersmål'; but 'ESA Röj, 2018' is the "
       "tree-clearing variant, not ESA Fastighet or ESA Instruerad person",
       "Hampus Ljungdell", "Drifttekniker",
       S("contact", L("Tel. 0980-357 607"), L("hampus.ljungdell@example.se"), L("Oboeholm")),
       S("profile", "Drifttekniker med bakgrund i parkförvaltning och elteknik. Jag tar gärna ansvar för egna "
                    "fastigheter."),
       S("exp",
         I("2020-05 – pågående", "Drifttekniker, Oboeholms Fastighetsförvaltning AB",
           "Drift och underhåll av skolor och förskolor", "Ventilation, värme och enklare elarbeten"),
         I("2017-06 – 2020-04", "Parkarbetare, Oboeholms kommun", "Röjning, trädvård och grönytor")),
       S("edu", I("2014 – 2017", "El- och energiprogrammet, inriktning elteknik, Oboeholms gymnasium")),
       S("cert", L("Heta arbeten, giltigt t.o.m. 2027-10"), L("ESA Röj, 2018"), L("Motorsågskörkort AB")),
       S("lic", L("Körkort B, BE")),
       S("lang", L("Svenska – modersmål"), L("Engelska – god"))),
)


# ===========================================================================
# 4. da: Pædagogisk assistent
# ===========================================================================

job(
    "paedagogisk-assistent", "Pædagogisk assistent til Børnehuset Spiren – Obostrup Kommune (32 timer, fast)", "da",
    "pedagogical assistant",
    [
        ("Uddannet pædagogisk assistent (PAU) eller pædagogmedhjælper med PGU", "education"),
        ("Mindst 2 års erfaring fra dagtilbud (vuggestue, børnehave eller integreret institution)", "experience"),
        ("Gyldigt kursus i førstehjælp til børn, taget inden for de seneste 2 år", "certificate"),
        ("Kørekort kategori B – vi bruger institutionens bus til ture", "driving_licence"),
        ("Du taler og skriver dansk på mindst niveau med Prøve i Dansk 3", "language"),
        ("Tilfredsstillende børneattest og straffeattest", "manual"),
    ],
    cv("camilla-rorbaek.docx", "da", "docx", "one-column", "MMMMMX",
       "'Pædagogisk assistent (PAU), Spinetlund SOSU-skole', in a vuggestue since 'aug. 2019 – nu' (the praktik "
       "before does not count and is not needed), 'Førstehjælp til børn (12 timer), marts 2026', 'Kørekort: B', "
       "'Dansk – modersmål'",
       "Camilla Rørbæk", "Pædagogisk assistent",
       S("contact", L("Mobil +45 12 37 19 31"), L("camilla.rorbaek@example.dk"), L("Obostrup")),
       S("profile", "Uddannet pædagogisk assistent med syv år i vuggestue. Jeg elsker sang, sansemotorik og at "
                    "være ude i al slags vejr."),
       S("exp",
         I("aug. 2019 – nu", "Pædagogisk assistent, vuggestuen Mælkebøtten, Obostrup Kommune",
           "Daglig omsorg, sprogarbejde og forældresamarbejde", "Ansvar for institutionens sangskat"),
         I("2017 – 2019", "Elev, pædagogisk assistentuddannelse (praktik i børnehave)")),
       S("edu", I("2017 – 2019", "Pædagogisk assistent (PAU), Spinetlund SOSU-skole")),
       S("cert", L("Førstehjælp til børn (12 timer), marts 2026"), L("Sprogvurdering 3-6, 2022")),
       S("lic", L("Kørekort: B")),
       S("lang", L("Dansk – modersmål"), L("Engelsk – godt"))),
    cv("aslaug-tveitane.pdf", "nn", "pdf", "two-column", "MMUMMX",
       "a Norwegian in Denmark: 'Fagbrev i barne- og ungdomsarbeidarfaget' is the Norwegian counterpart of PAU, "
       "in a barnehage since 2014, 'Førarkort B', 'Dansk – snakkar og skriv godt (Prøve i Dansk 3, 2025)'; but "
       "'Førstehjelp for born i barnehage (6 timar), mai 2023' is older than two years",
       "Aslaug Tveitane", "Barne- og ungdomsarbeidar",
       S("contact", L("Mobil +47 123 70 609"), L("aslaug.tveitane@example.no"), L("Fagotbæk, Danmark")),
       S("cert", L("Førstehjelp for born i barnehage (6 timar), mai 2023"), L("Språkarbeid i barnehagen, 2024")),
       S("lic", L("Førarkort B")),
       S("lang", L("Norsk – morsmål"), L("Dansk – snakkar og skriv godt (Prøve i Dansk 3, 2025)"),
         L("Engelsk – godt")),
       S("profile", "Barne- og ungdomsarbeidar som flytta til Danmark i 2024. Eg har jobba i barnehage i over ti "
                    "år, mest med dei minste."),
       S("exp",
         I("sep. 2024 – d.d.", "Pædagogmedhjælper, Fagotbæk Børnehus (integreret institution)",
           "Vuggestuegruppa, 0–3 år"),
         I("2014 – 2024", "Barne- og ungdomsarbeidar, Trommedal barnehage", "Småbarnsavdeling og utegruppe")),
       S("edu", I("2014", "Fagbrev i barne- og ungdomsarbeidarfaget")),
       order="left-first"),
    cv("jannik-solvhoj.txt", "da", "txt", "no-headings", "NMMMMX",
       "no headings: 'Pædagogmedhjælper, Spinetlund Naturbørnehave' since 'jan. 2020 – nu', 'Førstehjælp til "
       "børn, januar 2026', 'Kørekort B', 'Dansk (modersmål)'; but 'Jeg har ikke nogen pædagogisk uddannelse' "
       "contradicts the education line",
       "Jannik Sølvhøj", "Pædagogmedhjælper",
       S("contact", "Jannik Sølvhøj · tlf. 12 37 19 32 · jannik.solvhoj@example.dk · Spinetlund"),
       S("profile", "Pædagogmedhjælper gennem syv år. Jeg har ikke nogen pædagogisk uddannelse, men jeg har taget "
                    "mange kurser og er glad for at være ude med børnene."),
       S("exp",
         I("jan. 2020 – nu", "Pædagogmedhjælper, Spinetlund Naturbørnehave",
           "Ture i skoven med bussen, bål og værksted"),
         I("2018 – 2019", "Pædagogmedhjælper (vikar), børnehaver i Obostrup Kommune")),
       S("edu", I("2014 – 2017", "HHX, Spinetlund Handelsgymnasium")),
       S("other", "Førstehjælp til børn, januar 2026", "Kørekort B", "Dansk (modersmål), engelsk")),
    cv("elin-skoghammar.pdf", "sv", "pdf", "right-dates", "MMMMMX",
       "a Swede in Denmark: 'Barn- och fritidsprogrammet, inriktning pedagogiskt och socialt arbete (barnskötare)' "
       "is the Swedish counterpart of PAU, förskola from '2021-08 – 2023-06' and '2025-01 – pågående' (about "
       "46 months together), 'Första hjälpen och HLR för barn, september 2025', 'Körkort B', 'Danska – talar och "
       "skriver obehindrat (Prøve i Dansk 3, 2024)'",
       "Elin Skoghammar", "Barnskötare",
       S("contact", L("Tel. 0980-357 608"), L("elin.skoghammar@example.se"), L("Fagotbæk, Danmark")),
       S("profile", "Barnskötare som flyttat till Danmark med min sambo. Jag har arbetat i förskola i snart fyra "
                    "år."),
       S("exp",
         I("2025-01 – pågående", "Pædagogmedhjælper, Fagotbæk Børnehus", "Børnehavegruppe 3–6 år"),
         I("2021-08 – 2023-06", "Barnskötare, Flöjtarps förskola, Sverige", "Småbarnsavdelning 1–3 år")),
       S("edu", I("2018 – 2021", "Barn- och fritidsprogrammet, inriktning pedagogiskt och socialt arbete "
                                 "(barnskötare), Flöjtarps gymnasium")),
       S("cert", L("Första hjälpen och HLR för barn, september 2025")),
       S("lic", L("Körkort B")),
       S("lang", L("Svenska – modersmål"), L("Danska – talar och skriver obehindrat (Prøve i Dansk 3, 2024)"),
         L("Engelska – goda kunskaper"))),
    cv("naomi-achterberg.docx", "en", "docx", "table", "MMMMMX",
       "'Pædagogisk assistentuddannelse (PAU), Spinetlund SOSU School', 'Pedagogical assistant' since 'Oct 2018 – "
       "present', 'Paediatric first aid, 12 hours (Red Cross), February 2025', 'Driving licence: category B', "
       "'Danish – fluent, written and spoken (Prøve i Dansk 3, 2014)'",
       "Naomi Achterberg", "Pedagogical assistant",
       S("contact", L("Mobile +45 12 37 19 33"), L("naomi.achterberg@example.com"), L("Fagotbæk, Denmark")),
       S("profile", "Dutch-born pedagogical assistant, living in Denmark since 2012. I work in Danish every day "
                    "and write the daily notes to parents."),
       S("exp",
         I("Oct 2018 – present", "Pedagogical assistant, Fagotbæk Integrated Daycare (integreret institution)",
           "Toddler group (vuggestue), from 2022 the kindergarten group"),
         I("2016 – 2018", "Student, work placements in daycare during the PAU programme")),
       S("edu", I("2016 – 2018", "Pædagogisk assistentuddannelse (PAU), Spinetlund SOSU School")),
       S("cert", L("Paediatric first aid, 12 hours (Red Cross), February 2025")),
       S("lic", L("Driving licence: category B")),
       S("lang", L("Dutch – native"), L("Danish – fluent, written and spoken (Prøve i Dansk 3, 2014)"),
         L("English – fluent"))),
)


# ===========================================================================
# 5. en: Solar PV installer
# ===========================================================================

job(
    "solar-installer", "Solar PV Installer – Harpeli Solenergi AS, Trommedal, Norway (permanent, full-time)", "en",
    "solar PV installer",
    [
        ("Trade certificate as an electrician (fagbrev) or an equivalent electrician qualification", "education"),
        ("At least 2 years of experience installing solar PV systems", "experience"),
        ("Valid course in working at heights and fall protection", "certificate"),
        ("FSE training (safety regulations for electrical work) completed within the last 12 months",
         "certificate"),
        ("Driving licence class B", "driving_licence"),
        ("Fluent English, spoken and written", "language"),
        ("You must be comfortable working on roofs in all weather", "manual"),
    ],
    cv("owain-prothero.pdf", "en", "pdf", "one-column", "MMMUMMX",
       "a Welshman in Norway: 'NVQ Level 3 Diploma in Electrotechnical Services (Installation)', PV installer since "
       "'Sep 2019', 'Working at height and fall protection (arbeid i høyden), Norway, 2024', 'Driving licence: class B "
       "(Norwegian, exchanged 2023)', 'English – native'; but 'FSE – annual course, last completed October 2025' is "
       "more than twelve months old",
       "Owain Prothero", "Electrician and solar PV installer",
       S("contact", L("Mobile +47 123 70 610"), L("owain.prothero@example.co.uk"), L("Trommedal, Norway")),
       S("profile", "Electrician and solar PV installer from Wales, in Norway since 2023. Domestic, agricultural "
                    "and commercial rooftop systems."),
       S("exp",
         I("May 2023 – present", "Solar PV installer / electrician, Fiolinvik Sol AS, Norway",
           "Roof-mounted PV, inverters and battery storage", "Commissioning and documentation"),
         I("Sep 2019 – Apr 2023", "Solar PV installer, Cornetbury Renewables Ltd, UK",
           "Domestic rooftop systems, 4–12 kWp"),
         I("2018 – 2019", "Electrician, Cornetbury Electrical Services")),
       S("edu", I("2014 – 2018", "NVQ Level 3 Diploma in Electrotechnical Services (Installation), Cornetbury "
                                 "College")),
       S("cert", L("Working at height and fall protection (arbeid i høyden), Norway, 2024"),
         L("FSE – annual course, last completed October 2025"), L("City & Guilds 2399 Solar PV, 2019")),
       S("lic", L("Driving licence: class B (Norwegian, exchanged 2023)")),
       S("lang", L("English – native"), L("Welsh – native"), L("Norwegian – A2"))),
    cv("havard-nygjerde.docx", "nb", "docx", "dates-after", "MMMMMMX",
       "'Fagbrev elektriker (elektrikerfaget)', 'Elektriker / solcellemontør' since 'april 2022 – nå', 'Arbeid i "
       "høyden og fallsikring, 2025', 'FSE – gjennomført januar 2026', 'Førerkort klasse B', 'Engelsk – flytende "
       "muntlig og skriftlig'",
       "Håvard Nygjerde", "Elektriker / solcellemontør",
       S("contact", L("Mobil 123 70 611"), L("havard.nygjerde@example.no"), L("Harpeli")),
       S("profile", "Elektriker med fagbrev som har jobbet med solceller siden 2022. Har montert over 300 anlegg "
                    "på bolig, landbruk og næringsbygg."),
       S("exp",
         I("april 2022 – nå", "Elektriker / solcellemontør, Trommedal Elektro AS",
           "Montering av solcellepaneler, invertere og batterier", "Idriftsettelse og samsvarserklæring"),
         I("2017 – mars 2022", "Elektriker, Trommedal Elektro AS", "Boliginstallasjon og service")),
       S("edu", I("2017", "Fagbrev elektriker (elektrikerfaget)"),
         I("2013 – 2015", "Vg1 Elektrofag og Vg2 Elenergi, Harpeli vgs")),
       S("cert", L("Arbeid i høyden og fallsikring, 2025"), L("FSE – gjennomført januar 2026"),
         L("Varme arbeider, 2024")),
       S("lic", L("Førerkort klasse B")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – flytende muntlig og skriftlig"))),
    cv("anton-ravemyr.txt", "sv", "txt", "no-headings", "MUMMMMX",
       "no headings: 'Auktorisation B som elinstallatör, 2018', 'Fallskyddsutbildning, 2024', 'FSE (Norge) – mars "
       "2026', 'Körkort B', 'Engelska flytande i tal och skrift'; but 'Solcellsmontör' only since '2025-05 – nu' "
       "(one year and seven months), the years as 'Elektriker' before were installation in new homes, not PV",
       "Anton Ravemyr", "Elektriker / solcellsmontör",
       S("contact", "Anton Ravemyr, 0980-357 609, anton.ravemyr@example.se, boende i Trommedal, Norge"),
       S("profile", "Svensk elektriker som bor i Norge sedan 2024. Har jobbat med solceller i ett och ett halvt år "
                    "och vill fortsätta med det."),
       S("exp",
         I("2025-05 – nu", "Solcellsmontör, Fiolinvik Sol AS", "Montage av solcellspaneler på villatak och ladugårdar"),
         I("2016-08 – 2024-12", "Elektriker, Lutahults Elinstallation AB", "Installation i nybyggda bostäder")),
       S("edu", I("2013 – 2016", "El- och energiprogrammet, inriktning elteknik"),
         I("2018", "Auktorisation B som elinstallatör, 2018")),
       S("other", "Fallskyddsutbildning, 2024", "FSE (Norge) – mars 2026", "Körkort B",
         "Engelska flytande i tal och skrift")),
    cv("mikkel-sandvad.pdf", "da", "pdf", "two-column", "MMMMMMX",
       "a Dane: 'Elektriker, svendebrev 2010', 'Solcellemontør / elektriker' since 'marts 2018 – nu', 'Faldsikring "
       "og arbejde i højden (2 dage), 2023' (no expiry stated), 'FSE (norsk sikkerhedskursus), september 2026', "
       "'Kørekort: B', 'Engelsk – flydende i tale og skrift'",
       "Mikkel Sandvad", "Solcellemontør",
       S("contact", L("Mobil +45 12 37 19 34"), L("mikkel.sandvad@example.dk"), L("Obostrup, Danmark")),
       S("cert", L("Faldsikring og arbejde i højden (2 dage), 2023"),
         L("FSE (norsk sikkerhedskursus), september 2026"), L("Autorisation som elinstallatør, 2014")),
       S("lic", L("Kørekort: B")),
       S("lang", L("Dansk – modersmål"), L("Engelsk – flydende i tale og skrift"), L("Norsk – forstår")),
       S("profile", "Dansk elektriker med otte år på solcelleanlæg. Har arbejdet på projekter i Norge i to "
                    "sæsoner."),
       S("exp",
         I("marts 2018 – nu", "Solcellemontør / elektriker, Obostrup Solteknik ApS",
           "Tagmonterede og markmonterede anlæg i Danmark og Norge"),
         I("2010 – 2018", "Elektriker, Spinetlund El-service")),
       S("edu", I("2006 – 2010", "Elektriker, svendebrev 2010, Obostrup Tekniske Skole")),
       order="rows"),
    cv("orjan-fladmark.docx", "nn", "docx", "table", "NMMMMNX",
       "a carpenter who mounts panels: 'Montør solcelletak' since 'jan. 2023 – d.d.', 'Arbeid i høgda og "
       "fallsikring, 2024', 'FSE for ikkje-elektrofagleg personell, februar 2026', 'Førarkort B, BE'; but 'Eg er "
       "ikkje elektrikar' contradicts the education line, and 'Engelsk – godt munnleg, middels skriftleg' is below "
       "fluent written English",
       "Ørjan Fladmark", "Montør solcelletak",
       S("contact", L("Mobil 123 70 612"), L("orjan.fladmark@example.no"), L("Lurhaug")),
       S("profile", "Tømrar som har spesialisert seg på montering av solcellepanel på tak. Eg er ikkje "
                    "elektrikar; det elektriske vert kopla av elektrikarane våre."),
       S("exp",
         I("jan. 2023 – d.d.", "Montør solcelletak, Lurhaug Tak & Sol AS",
           "Montering av skinner og panel på takstein og takpapp", "Fallsikring og rigging av stillas"),
         I("2013 – des. 2022", "Tømrar, Lurhaug Byggmeister AS")),
       S("edu", I("2013", "Fagbrev i tømrarfaget")),
       S("cert", L("Arbeid i høgda og fallsikring, 2024"), L("FSE for ikkje-elektrofagleg personell, februar 2026"),
         L("Stillasmontasje 2 – 9 meter")),
       S("lic", L("Førarkort B, BE")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – godt munnleg, middels skriftleg"))),
)


# ===========================================================================
# 6. nb: Brannforebygger
# ===========================================================================

job(
    "brannforebygger", "Brannforebygger – Lurhaug og Harpeli brann og redning IKS (fast 100 %)", "nb",
    "fire prevention inspector",
    [
        ("Bachelorgrad som branningeniør eller annen relevant ingeniørutdanning", "education"),
        ("Gjennomført brannforebyggerutdanning ved Norges brannskole (tidligere Forebyggende 1 og 2)",
         "certificate"),
        ("Minst 3 års erfaring fra tilsyn, brannforebyggende arbeid eller brannteknisk rådgivning", "experience"),
        ("Førerkort klasse B", "driving_licence"),
        ("Svært gode norskkunnskaper, muntlig og skriftlig – du skal skrive tilsynsrapporter og vedtak",
         "language"),
        ("Du må ha god helse og kunne legge fram politiattest", "manual"),
    ],
    cv("marianne-hovdenak.pdf", "nb", "pdf", "two-column", "MMMMMX",
       "'Bachelor i ingeniørfag – brannsikkerhet', 'Forebyggende 1 og 2, Norges brannskole (2016)', brannforebygger "
       "and branninspektør since 'aug. 2015', 'Førerkort: B, BE', 'Norsk – morsmål'",
       "Marianne Hovdenak", "Branninspektør",
       S("contact", L("Mobil 123 70 613"), L("marianne.hovdenak@example.no"), L("Harpeli")),
       S("cert", L("Forebyggende 1 og 2, Norges brannskole (2016)"), L("Tilsynsmetodikk, DSB-kurs 2021")),
       S("lic", L("Førerkort: B, BE")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – godt")),
       S("profile", "Branningeniør med over ti års erfaring fra tilsyn i særskilte brannobjekter og forebyggende "
                    "arbeid mot risikogrupper."),
       S("exp",
         I("jan. 2019 – d.d.", "Branninspektør, Harpeli brannvesen",
           "Tilsyn i særskilte brannobjekter, rapporter og vedtak", "Forebyggende arbeid i hjemmetjenesten"),
         I("aug. 2015 – des. 2018", "Brannforebygger, Trommedal kommune, brann og redning")),
       S("edu", I("2011 – 2014", "Bachelor i ingeniørfag – brannsikkerhet, Høgskolen i Fiolinvik")),
       order="left-first"),
    cv("audun-rekvesoy.txt", "nn", "txt", "one-column", "MMMMMX",
       "'Bachelor i ingeniørfag, brannsikkerheit', 'Brannforebyggjarutdanninga, Norges brannskole – fullført "
       "2021', 'Rådgjevar brannteknikk' since '08.2019 – d.d.', 'Førarkort klasse B', 'Norsk – morsmål (nynorsk og "
       "bokmål)'",
       "Audun Rekvesøy", "Branningeniør",
       S("contact", L("Tlf. 123 70 614"), L("audun.rekvesoy@example.no"), L("Fiolinvik")),
       S("profile", "Branningeniør som har jobba med brannteknisk prosjektering og kontroll, og som no vil over til "
                    "tilsyn."),
       S("exp",
         I("08.2019 – d.d.", "Rådgjevar brannteknikk, Fiolinvik Brannrådgjeving AS",
           "Brannkonsept for bustader, skular og næringsbygg", "Uavhengig kontroll av brannprosjektering"),
         I("06.2017 – 07.2019", "Brannkonstabel (deltid), Fiolinvik brannvesen")),
       S("edu", I("2016 – 2019", "Bachelor i ingeniørfag, brannsikkerheit, Høgskulen i Trommedal")),
       S("cert", L("Brannforebyggjarutdanninga, Norges brannskole – fullført 2021"), L("Røykdykkar, 2018")),
       S("lic", L("Førarkort klasse B")),
       S("lang", L("Norsk – morsmål (nynorsk og bokmål)"), L("Engelsk – godt")),
       indent=2, bullet="* "),
    cv("ylva-sundemo.docx", "sv", "docx", "one-column", "MUMMNX",
       "a Swede: 'Brandingenjörsexamen (210 hp)', 'Brandinspektör' since '2014-09 – nu', 'Körkort B'; but 'Tillsyn "
       "A och Tillsyn B (MSB), 2015' is the Swedish course (approval only 'søkt'), and 'Norska – goda kunskaper i "
       "tal, skriftligt under utveckling' is below very good written Norwegian",
       "Ylva Sundemo", "Brandinspektör",
       S("contact", L("Tel. 0980-357 610"), L("ylva.sundemo@example.se"), L("Oboeholm, Sverige")),
       S("profile", "Brandingenjör med tolv års erfarenhet av tillsyn enligt lagen om skydd mot olyckor. Vill "
                    "flytta till Norge."),
       S("exp",
         I("2014-09 – nu", "Brandinspektör, Räddningstjänsten Oboeholm",
           "Tillsyn enligt LSO och LBE, beslut och förelägganden",
           "Brandskyddsinformation till skolor och äldreboenden"),
         I("2012-08 – 2014-08", "Brandingenjör, Lutahult Brandkonsult AB")),
       S("edu", I("2008 – 2012", "Brandingenjörsexamen (210 hp), Flöjtarps universitet")),
       S("cert", L("Tillsyn A och Tillsyn B (MSB), 2015"),
         L("Godkännande hos Norges brannskole: søkt 09.2026"), L("Rökdykarledare, 2013")),
       S("lic", L("Körkort B")),
       S("lang", L("Svenska – modersmål"), L("Norska – goda kunskaper i tal, skriftligt under utveckling"),
         L("Engelska – flytande"))),
    cv("niamh-kearsley.docx", "en", "docx", "europass", "MUMMMX",
       "from the UK, now in Norway: 'BSc (Hons) Fire Safety Engineering', 'Fire Safety Inspecting Officer' from 2011 to "
       "2024, 'B (UK licence, exchanged to Norwegian 2025)', 'C1 – spoken and written (Norskprøven 2025)'; but at "
       "Norges brannskole only 'module 1 completed 2025, module 2 booked for spring 2027'",
       "Niamh Kearsley", "Fire safety inspector",
       S("contact", KV("Phone", "+47 123 70 615"), KV("E-mail", "niamh.kearsley@example.co.uk"),
         KV("Address", "Lurhaug, Norway")),
       S("exp",
         I("2025 –", "Fire safety adviser, Trommedal brann og redning, Norway",
           "Inspections with a senior inspector, fire safety information"),
         I("2011 – 2024", "Fire Safety Inspecting Officer, Cornetbury Fire and Rescue Service, UK",
           "Fire safety audits and enforcement notices")),
       S("edu", I("2007 – 2011", "BSc (Hons) Fire Safety Engineering, University of Cornetbury")),
       S("cert", KV("Norges brannskole", "Brannforebygger – module 1 completed 2025, module 2 booked for spring 2027"),
         KV("UK", "Level 4 Certificate in Fire Safety (Inspecting Officers), 2012")),
       S("lic", KV("Driving licence", "B (UK licence, exchanged to Norwegian 2025)")),
       S("lang", KV("Mother tongue", "English"), KV("Norwegian", "C1 – spoken and written (Norskprøven 2025)"))),
    cv("stian-orrestad.txt", "nb", "txt", "badly-written", "MMMNMX",
       "badly written: 'utdannet branningeniør (bachelor)', 'tok forebyggende 1 og 2 på brannskolen', brannforebygger "
       "'siden høsten 2020', 'norsk er morsmål'; but 'førerkort har jeg ikke' contradicts the licence line",
       raw="""
Stian Orrestad
mob 123 70 616
stian.orrestad@example.no
Trommedal

hei, søker stillingen som brannforebygger
er utdannet branningeniør (bachelor) fra 2018
har jobbet som brannforebygger i Trommedal brann og redning siden høsten 2020, mest tilsyn i boliger og særskilte brannobjekter
tok forebyggende 1 og 2 på brannskolen i 2021 og 2022
førerkort har jeg ikke, bruker sykkel og buss
norsk er morsmål
"""),
)


# --------------------------------------------------------------------------
# The README's closing sections, written by hand
# --------------------------------------------------------------------------

HARD_CASES = [
    "### Hard cases, on purpose",
    "",
    "Certificates and authorisations: the Norwegian M2 kompetansebevis for excavators as",
    "\"Kompetansebevis M2 gravemaskin\", \"Maskinførarbevis M2\", \"Har M2 og M4\" and in English,",
    "against a Swedish \"Maskinförarbevis grävmaskin (Maskinentreprenörerna)\"; the Norwegian",
    "autorisasjonsbevis for plantevernmidler \"fornyet\", \"gyldig til 2029\", one that ran out in 2024",
    "with its renewal \"booked\", a Swedish \"Behörighet 2L\" and a Norwegian one \"under",
    "behandling\"; a 40-hour HMS course for",
    "leaders in three languages against the Swedish \"BAM – Bättre arbetsmiljö (3 dagar)\"; Heta",
    "arbeten \"förnyat\", \"renewed\", \"giltigt t.o.m.\" and one from 2019 (expired), with a Norwegian",
    "\"Varme arbeider, 2017\"; ESA Fastighet and ESA Instruerad person (also Danish \"instrueret",
    "person\") against \"ESA Röj\"; first aid for children from 2025 and 2026 against one from",
    "\"mai 2023\"; the Norwegian FSE course within twelve months (\"januar 2026\", \"september 2026\",",
    "\"for ikkje-elektrofagleg personell\") against one \"last completed October 2025\"; Forebyggende 1 og",
    "2 and the new brannforebygger education, half of it done and half \"booked\", and the Swedish",
    "MSB courses Tillsyn A and B with approval \"søkt\".",
    "Education: fagbrev as anleggsgartner and in gartnarnæringsfaget, a Swedish naturbruk",
    "programme and a British Level 3 horticulture diploma; a fagbrev in reinhaldsoperatørfaget (also",
    "as a praksiskandidat and with the fagprøve \"booket\"), a Danish serviceassistent and a Swedish",
    "yrkesbevis för lokalvårdare; the Swedish VVS and el programmes, a Norwegian fagbrev as",
    "byggdrifter and a Danish svendebrev as vvs-montør; PAU, a Norwegian fagbrev as barne- og",
    "ungdomsarbeidar, a Swedish barnskötare and \"Jeg har ikke nogen pædagogisk uddannelse\"; an",
    "NVQ Level 3, a Danish svendebrev, a Swedish auktorisation and \"Eg er ikkje elektrikar\"; a",
    "Norwegian, a Swedish and a British fire engineering degree.",
    "Experience: four summers as sommerhjelp on a cemetery; caretaker, byggdrifter, drifttekniker",
    "and property technician for fastighetsskötsel, and years as vvs-montør on new builds that do",
    "not count; two stints in a förskola that add up; PV installers in four countries, an",
    "electrician who started on solar in 2025 and a carpenter who mounts panels; fire inspection",
    "in Norway, Sweden and the UK and fire engineering consultancy.",
    "Licences: \"Førerkort: B, BE, T\", \"Klasse B\", \"Körkort: AM och traktorkort\", \"førerkort har",
    "jeg ikke\". Languages: Norwegian B2 from Norskprøven, \"taler og skriver lidt\", \"talar och",
    "skriver bra\", \"talar och skriver obehindrat\", Prøve i Dansk 3, \"middels skriftleg\", \"skriftligt",
    "under utveckling\", Norwegian C1.",
    "Dates: \"d.d.\", \"nå\", \"no\", \"nu\", \"pågående\", \"present\" and a bare \"2025 –\"; month names and",
    "numbers in all five languages (\"04.2019\", \"mars 2022\", \"04/2020\", \"sep. 2019\", \"2013-04\",",
    "\"marts 2018\", \"Oct 2018\", \"jan. 2023\"); \"siden høsten 2020\", \"siden august 2024\".",
    "Badly written TXT CVs in bokmål and Danish, TXT and PDF CVs without headings, a Europass DOCX",
    "and PDF, table, bold-heading and dates-after DOCX, right-aligned dates (one CV with them",
    "written first in the stream), and all three column orders.",
    "",
    "### Labelling decisions specific to this set",
    "",
    "The conventions of `eval/README.md` and of the earlier held-out sets apply. In addition:",
    "",
    "- **Kirkegårdsarbeider**: a fagbrev in gartnarnæringsfaget is \"gartner\"; a Swedish naturbruk",
    "  programme in horticulture and a British Level 3 horticulture diploma are \"tilsvarende",
    "  grøntfaglig utdanning\". Only work on a cemetery counts; summer help counts by calendar time",
    "  (four summers are about 16 months) and anleggsgartner work does not count. Swedish machine",
    "  operator cards and the Swedish plant protection behörighet are other countries' schemes",
    "  (`unclear`); a Norwegian autorisasjonsbevis is valid for ten years, and one that ran out",
    "  in 2024 is `unclear` until renewed. AM and a tractor",
    "  licence do not show class B (`unclear`). Norwegian B2 and \"talar och skriver bra\" are good",
    "  Norwegian.",
    "- **Reinhaldsleiar**: a Danish serviceassistent (cleaning) and a Swedish yrkesbevis for",
    "  lokalvårdare are \"tilsvarande\"; a fagprøve booked is `unclear`. Holdleder, arbetsledare,",
    "  teamleder and formann meet line 3. Only a 40-hour HMS course for leaders meets line 4; the",
    "  three-day Swedish BAM is `unclear`. Line 6 needs both languages: \"taler og skriver lidt\"",
    "  Norwegian is below B2 (`not_met`); \"goda kunskaper i tal och skrift\" is B2.",
    "- **Fastighetstekniker**: a fagbrev as byggdrifter and a svendebrev as vvs-montør are",
    "  \"motsvarande yrkesutbildning\". Caretaker, vicevært, byggdrifter and drifttekniker work",
    "  count; installation on new builds and park work do not. Heta arbeten is valid for five years",
    "  (a 2019 certificate is `unclear`). ESA Röj is not one of the two ESA courses asked for",
    "  (`unclear`).",
    "- **Pædagogisk assistent**: a Norwegian fagbrev as barne- og ungdomsarbeider and a Swedish",
    "  barnskötare from the barn- och fritidsprogram are the same field and level as PAU; \"Jeg har",
    "  ikke nogen pædagogisk uddannelse\" is `not_met`. Work as pædagogmedhjælper, barnskötare or in",
    "  a barnehage counts; praktik does not, and two stints add up. First aid must be from after",
    "  2024-11-29. Prøve i Dansk 3 and \"talar och skriver obehindrat\" meet line 5.",
    "- **Solar PV installer**: an NVQ Level 3 electrotechnical diploma, a Danish svendebrev as",
    "  elektriker and a Swedish auktorisation are equivalent electrician qualifications; \"Eg er",
    "  ikkje elektrikar\" is `not_met`. Mounting PV panels on roofs counts as installing PV, general",
    "  electrical installation does not. A working-at-heights course with no stated expiry is",
    "  valid. FSE must be from after 2025-11-29; the FSE course for non-electrical staff is FSE",
    "  training. \"Middels skriftleg\" is below fluent written English (`not_met`).",
    "- **Brannforebygger**: only Norges brannskole's course (Forebyggende 1 og 2 or the newer",
    "  brannforebygger education, complete) meets line 2; the Swedish Tillsyn A/B with approval",
    "  applied for and half the course are `unclear`. Fire engineering consultancy, brandinspektör",
    "  and a British fire safety inspecting officer count. Norwegian C1 is very good Norwegian;",
    "  \"goda kunskaper i tal, skriftligt under utveckling\" is below it (`not_met`).",
    "",
]


# --------------------------------------------------------------------------
# Checks of our own (on top of make_eval.check_data)
# --------------------------------------------------------------------------

EARLIER = (me.JOBS + mh.JOBS + mh2.JOBS + mh3.JOBS + mh4.JOBS + mh5.JOBS + mh6.JOBS + mh7.JOBS + mh8.JOBS
           + mh9.JOBS + mh10.JOBS + mh11.JOBS + mh12.JOBS + mh13.JOBS + mh14.JOBS + mh15.JOBS + mh16.JOBS
           + mh17.JOBS + mh18.JOBS + mh19.JOBS + mh20.JOBS + mh21.JOBS + mh22.JOBS + mh23.JOBS + mh24.JOBS)
PHONE = re.compile(r"\+?\d[\d \-]{5,}\d")


def phones(text: str) -> set[str]:
    """Digit strings of phone-like runs (8 digits or more; the last 8 digits, so a country code does not matter)."""
    out = set()
    for m in PHONE.findall(text):
        digits = re.sub(r"\D", "", m)
        if len(digits) >= 8:
            out.add(digits[-8:])
    return out


def check_holdout25() -> None:
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
    # No job of this set names a profession an earlier set used.
    earlier_prof = {j.profession.lower() for j in EARLIER}
    for j in JOBS:
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
        "# Sikte's twenty-fifth held-out evaluation set",
        "",
        f"{len(JOBS)} fictional jobs and {n_all} fictional CVs, labelled by hand requirement by",
        "requirement, in the same layout and job-file format as `eval/` (see `eval/README.md`",
        "for the format, the label meanings and the labelling conventions). It is the twenty-sixth",
        "labelled set and exists to measure accuracy again on CVs the rules were never tuned on.",
        "It was written blind: without reading Sikte's rules, code, tests, docs or data tables,",
        "without running Sikte on it and without looking at any Sikte output, and no label was",
        "ever set from Sikte's output. The only files read were `eval/README.md` (format, label",
        "meanings, conventions), the script of `eval-holdout24/` (`make_holdout24.py`, as the",
        "template for this script's structure; it also defines the CVs of `eval-holdout24/`) and",
        "the shared code of `make_eval.py`, `make_holdout.py` and `scripts/fixtures/cvlib.py` (the",
        "CV definitions of `eval/` and `eval-holdout/` in the first two were skipped). The scripts",
        "`make_holdout2.py` ... `make_holdout23.py` are imported only to refuse their people, slugs,",
        "towns, e-mail addresses, phone numbers and professions and were not read, and no CV folder",
        "of an earlier set was opened. Every CV x requirement is labelled with what a careful, fair",
        f"Nordic recruiter concludes on {TODAY} (the `today` of every job file, which closes open",
        "ranges such as \"d.d.\", \"nå\", \"no\", \"nu\", \"pågående\" and \"present\"). Its professions",
        "(cemetery worker, cleaning supervisor, property technician, pedagogical assistant, solar PV",
        "installer, fire prevention inspector) appear in no earlier set. Keep it that way: do not",
        "tune rules on these CVs; once a rule changes because of a disagreement found here, the set",
        "is no longer held out, and its figures become a regression check.",
        "",
        "Everything here is invented for Sikte: people, employers, schools, towns",
        f"({TOWNS}), e-mail addresses (`example.*`) and phone numbers (unreal",
        "ranges: `123 70 6xx` in Norway, the Swedish fiction range `0980-357 6xx`, and",
        "`12 37 19 3x` in Denmark). Nothing is copied from `/work/shared/corpus`, from the",
        "earlier sets or from any real CV or job ad. Authority, body, scheme, course, test and",
        "product names in CVs and ads (Mattilsynet, Jordbruksverket, Maskinentreprenörerna, INSTA",
        "800, BAM, Brandskyddsföreningen, Heta arbeten, Varme arbeider, ESA, PAU, PGU, SOSU, Prøve i",
        "Dansk 3, Norskprøven, FSE, NVQ, City & Guilds, Red Cross, Norges brannskole, DSB, MSB, LSO,",
        "LBE) are named as real ads and CVs name them.",
        "Licence: the same as the project (MIT OR Apache-2.0).",
        "",
        "The format is the one of `eval/`, so Sikte's evaluator reads this folder as it reads",
        "`eval/`; report its figures for each set separately.",
        "",
        "## Regenerate, never edit",
        "",
        "```sh",
        f"python3 {SCRIPT}            # (re)writes eval-holdout25/, removes stale files",
        f"python3 {SCRIPT} --verify   # generates twice elsewhere: byte-identical, and eval-holdout25/ fresh?",
        "```",
        "",
    ]
    extra = [
        "It also refuses an e-mail address or phone number that an earlier set's CVs use, a town of",
        "this set that an earlier set's CVs mention, a profession an earlier set names, and a stray",
        "single quote in a `why`.",
        "",
    ]
    return "\n".join(out + mh.script_paragraph(25) + extra + mh.jobs_and_figures(JOBS, HARD_CASES))


# --------------------------------------------------------------------------
# Writing and checking
# --------------------------------------------------------------------------


def main(argv: list[str]) -> int:
    check_holdout25()
    return mh.run_set(argv, OUT, JOBS, SCRIPT, readme, __doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
