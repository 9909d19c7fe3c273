#!/usr/bin/env python3
"""Write Sikte's thirty-fourth held-out evaluation set: eval-holdout34/README.md, jobs/<job>.toml, cvs/<job>/<file>.

    python3 scripts/eval/make_holdout34.py            # (re)write eval-holdout34/
    python3 scripts/eval/make_holdout34.py --verify   # generate twice in temporary folders and check both
                                                      # runs and eval-holdout34/ are byte-identical

A thirty-fifth labelled set in the same layout and job-file format as eval/ and
eval-holdout/ ... eval-holdout33/, so that accuracy can be measured on CVs the
rules were never tuned on. Six fictional jobs (fire alarm technician /
brannalarmtekniker nb, building surveyor / takstingeniør nn, riding instructor /
ridlärare sv, goldsmith / guldsmed da, ROV pilot en, conservator / konservator
nb) with 6-8 requirement lines each, and 5 fictional CVs per job in TXT, DOCX
and PDF (one and two columns), in bokmål, nynorsk, Swedish, Danish and English.
No earlier set names any of the six professions (the profession check below
refuses every earlier one; REUSED_PROFESSIONS is empty). The jobs, ads, CVs,
people, employers and towns are new.

The set was written blind: without reading Sikte's rules, code, tests, docs or
data tables, without running Sikte or git on it and without looking at any
Sikte output. Of the earlier sets' scripts only make_holdout33.py was read, as
the template for this script's structure (reading it also showed the CV
definitions of all six of its jobs and its hard-case notes and labelling
decisions), with the shared (non-CV) code of make_eval.py, make_holdout.py and
scripts/fixtures/cvlib.py, and eval/README.md for the format and the labelling
conventions (the CV definitions in make_eval.py and make_holdout.py were
skipped); make_holdout2.py ... make_holdout32.py were not read, only imported
(with make_holdout33.py) to refuse their people, slugs, towns, e-mail
addresses, phone numbers and professions (while the set was written, also to
test candidate professions, names, towns, slugs and phone numbers against
them), nor the CV folders of any earlier set. Every CV x requirement is
labelled by hand with what a careful, fair recruiter concludes on TODAY, under
the conventions of eval/README.md (met, not_met, unclear, manual). Never adjust
a label to Sikte's output.

It reuses make_eval.py (the CV model S/L/I/KV/cv, the renderers, the job-file
writer and its checks), make_holdout.py (plain_text, the e-mail pattern,
check_blind_set, check_new_set, jobs_and_figures, script_paragraph, run_set)
and scripts/fixtures/cvlib.py, and refuses: what make_eval.py refuses, a
fragment quoted with single quotes in a `why` that is not in the CV (or a stray
single quote that would hide one), an e-mail address outside example.*, a job
with fewer than two qualified CVs, any job slug, person or town of eval/,
eval-holdout/, ..., eval-holdout33/, any e-mail address or phone number that
an earlier set's CVs use, any profession an earlier set names, and any town of
this set that an earlier set's CVs mention. Python 3.11 standard library only.
Every person, employer, school, town, e-mail address and phone number is
invented.
"""

from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_eval as me  # noqa: E402
import make_holdout as mh  # noqa: E402
from make_eval import CV, I, KV, L, S, cv  # noqa: E402

# make_holdout2 ... make_holdout33, only to refuse what they use (before TODAY below).
EARLIER_SETS = mh.earlier_sets(33)

ROOT = me.ROOT
OUT = os.path.join(ROOT, "eval-holdout34")
SCRIPT = "scripts/eval/make_holdout34.py"
# The day this set is judged on, written into every job file. make_eval.job_toml reads
# make_eval.TODAY, so it is set there too (only in this process).
TODAY = "2026-12-05"
me.TODAY = TODAY

# Towns of eval/ and eval-holdout/ ... eval-holdout33/; none may appear here.
USED_TOWNS = EARLIER_SETS[-1].USED_TOWNS + EARLIER_SETS[-1].OWN_TOWNS
# The invented towns of this set; an earlier set's CVs must not mention them either.
OWN_TOWNS = ("Lysevågen", "Storsetervik", "Torvmyra", "Skarvøysund", "Bjørkelimo", "Granåsvallen", "Rävsnäs",
             "Lindholmsbruk", "Egebjerglund", "Kildeby", "Hedehusby", "Kirkbrae", "Glenbarrie", "Eschenwarder",
             "Montevalle")
TOWNS = "Lysevågen, Storsetervik, Torvmyra, Skarvøysund and Bjørkelimo in Norway; Granåsvallen, Rävsnäs " \
        "and Lindholmsbruk in Sweden; Egebjerglund, Kildeby and Hedehusby in Denmark; Kirkbrae and " \
        "Glenbarrie in Scotland; Eschenwarder in Germany; Montevalle in Italy"
# Professions an earlier set names that this set may use all the same. None: the brief of this
# set asked for six new professions, and the profession check below confirms they are new.
REUSED_PROFESSIONS: tuple[str, ...] = ()

JOBS: list[me.Job] = []


def job(slug, title, lang, profession, reqs: list[tuple[str, str]], *cvs: CV) -> None:
    JOBS.append(me.Job(slug, title, lang, profession, [r for r, _ in reqs], [k for _, k in reqs], list(cvs)))


# ===========================================================================
# 1. nb: Brannalarmtekniker
# ===========================================================================

job(
    "brannalarmtekniker", "Servicetekniker brannalarm – Lysevågen Brannsikring AS (fast, 100 %)", "nb",
    "fire alarm technician",
    [
        ("Fagbrev som elektriker eller automatiker, eller fagskole innen elektro", "education"),
        ("Gyldig FG-sertifikat for brannalarmanlegg (service og installasjon)", "certificate"),
        ("Minst 3 års erfaring med installasjon eller service av brannalarmanlegg", "experience"),
        ("Erfaring med adresserbare brannalarmsentraler, f.eks. Autronica, Consilium eller Siemens",
         "must_mention"),
        ("Førerkort klasse B", "driving_licence"),
        ("Gode norskkunnskaper, muntlig og skriftlig", "language"),
        ("Dokumentert sikkerhetsopplæring for personløfter (G4)", "certificate"),
        ("Du går i beredskapsvakt hver sjette uke, og politiattest må fremlegges", "manual"),
    ],
    cv("sindre-ovrebotten.docx", "nb", "docx", "one-column", "MMMMMMMX",
       "'Fagbrev som elektriker (gruppe L)', 'FG-sertifikat brannalarm (service og installasjon), gyldig til "
       "03.2029', fire alarms since 2016 (installing them as an electrician, then 'Servicetekniker brannalarm' "
       "since '2019 – d.d.'), 'Autronica AutroSafe og Consilium Salwico', 'Førerkort: B og BE', 'Norsk – "
       "morsmål', 'Sikkerhetsopplæring personløfter, kategori G4 (2018)'",
       "Sindre Øvrebotten", "Elektriker og servicetekniker brannalarm",
       S("contact", L("Mobil 123 94 611"), L("sindre.ovrebotten@example.no"), L("Lysevågen")),
       S("profile", "Elektriker og brannalarmtekniker med ti års erfaring fra installasjon og service på "
                    "adresserbare anlegg."),
       S("exp",
         I("2019 – d.d.", "Servicetekniker brannalarm, Lysevågen Sikkerhet AS",
           "Årlig kontroll og service etter NS 3960 og FG-760",
           "Adresserbare anlegg: Autronica AutroSafe og Consilium Salwico"),
         I("2016 – 2019", "Elektriker, Torvmyra Elektro AS", "Installasjon av brannalarmanlegg i skoler og sykehjem"),
         I("2014 – 2016", "Lærling i elektrikerfaget, Torvmyra Elektro AS")),
       S("edu", I("2016", "Fagbrev som elektriker (gruppe L)"),
         I("2012 – 2014", "Vg1 elektrofag, Vg2 elenergi, Lysevågen videregående skole")),
       S("cert", L("FG-sertifikat brannalarm (service og installasjon), gyldig til 03.2029"),
         L("Sikkerhetsopplæring personløfter, kategori G4 (2018)")),
       S("lic", L("Førerkort: B og BE")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – godt"))),
    cv("mattias-kallgren.pdf", "sv", "pdf", "two-column", "MUMMMMMX",
       "a Swede in Norway: 'Elteknikerutbildning (YH, 2 år)' is a fagskole in electrical engineering, fire alarms "
       "since '2015 – 2020' and '2020 – nu', 'Autronica- och Siemens-centraler', 'Körkort B', 'Norska – "
       "flytande i tal och skrift', 'Personløfter G4, 2021'; but the Norwegian FG certificate is not there yet "
       "('FG-sertifikat brannalarm: kurs genomförd, provet bokat mars 2027'), and the Swedish 'Certifierad "
       "brandlarmstekniker (SBSC)' is another scheme",
       "Mattias Källgren", "Brandlarmstekniker",
       S("contact", L("Mobil +47 123 94 612"), L("mattias.kallgren@example.se"), L("Bjørkelimo, Norge")),
       S("lic", L("Körkort B")),
       S("lang", L("Svenska – modersmål"), L("Norska – flytande i tal och skrift"), L("Engelska – god")),
       S("cert", L("Certifierad brandlarmstekniker (SBSC), 2016"),
         L("FG-sertifikat brannalarm: kurs genomförd, provet bokat mars 2027"), L("Personløfter G4, 2021")),
       S("profile", "Svensk brandlarmstekniker som har bott och arbetat i Norge sedan 2020."),
       S("exp",
         I("2020 – nu", "Brannalarmtekniker, Bjørkelimo Brannteknikk AS",
           "Service och installation av Autronica- och Siemens-centraler"),
         I("2015 – 2020", "Brandlarmstekniker, Rävsnäs Larm & Säkerhet AB",
           "Installation och underhåll av adresserbara brandlarm")),
       S("edu", I("2013 – 2015", "Elteknikerutbildning (YH, 2 år), Lindholmsbruks yrkeshögskola")),
       order="left-first"),
    cv("dariusz-zawadka.txt", "en", "txt", "dates-after", "MMMMMNMX",
       "a Pole: the 'Technik elektryk' diploma was 'Recognised by DSB as electrician (approval of foreign "
       "qualifications), 2019', 'FG certificate for fire alarm systems, valid until 06/2029', 'Fire alarm service "
       "technician' since 'Mar 2021 – present', 'Autronica BS-420, Siemens Cerberus PRO', 'Driving licence: B', "
       "'Mobile elevating work platforms (G4), 2021'; but 'Norwegian – B1 (Norskprøven 2023)' is below good "
       "Norwegian",
       "Dariusz Zawadka", "Fire alarm service technician",
       S("contact", L("Phone +47 123 94 613"), L("dariusz.zawadka@example.pl"), L("Storsetervik, Norway")),
       S("profile", "Polish electrician, in Norway since 2018. Fire alarm service technician since 2021."),
       S("exp",
         I("Mar 2021 – present", "Fire alarm service technician, Storsetervik Brann & Sikring AS",
           "Service and annual inspections of addressable systems (Autronica BS-420, Siemens Cerberus PRO)"),
         I("Aug 2018 – Feb 2021", "Electrician, Skarvøysund Elektro AS", "Installations in new apartment buildings"),
         I("2011 – 2018", "Electrician, Elektro-Serwis, Poland")),
       S("edu", I("2007 – 2011", "Technik elektryk (electrician diploma), vocational technical school, Poland"),
         L("Recognised by DSB as electrician (approval of foreign qualifications), 2019")),
       S("cert", L("FG certificate for fire alarm systems, valid until 06/2029"),
         L("Mobile elevating work platforms (G4), 2021")),
       S("lic", L("Driving licence: B")),
       S("lang", L("Polish – native"), L("Norwegian – B1 (Norskprøven 2023)"), L("English – good"))),
    cv("ragnvald-ystebo.pdf", "nn", "pdf", "right-dates", "MMMMMMMX",
       "'Fagbrev som automatikar', 'FG-sertifikat for brannalarmanlegg, gyldig til 2028-09', 'Installasjon av "
       "brannalarm og gassdeteksjon' from '2017-03 – 2021-08' and 'Brannalarmtekniker' since '2021-09 – d.d.', "
       "'Consilium Salwico og Autronica AutroSafe', 'Førarkort klasse B', 'Norsk – morsmål', 'Personløftar "
       "kategori G4 og truck T1 (2019)'",
       "Ragnvald Ystebø", "Brannalarmtekniker",
       S("contact", L("Mobil 123 94 614"), L("ragnvald.ystebo@example.no"), L("Skarvøysund")),
       S("profile", "Automatikar som har arbeidd med brannalarm og gassdeteksjon sidan 2017."),
       S("exp",
         I("2021-09 – d.d.", "Brannalarmtekniker, Skarvøysund Tryggleik AS",
           "Service og feilsøking på Consilium Salwico og Autronica AutroSafe"),
         I("2017-03 – 2021-08", "Automatikar, Torvmyra Industriservice AS",
           "Installasjon av brannalarm og gassdeteksjon på verft og industri")),
       S("edu", I("2015", "Fagbrev som automatikar"),
         I("2011 – 2013", "Vg1 elektrofag, Vg2 automatisering, Skarvøysund vidaregåande skule")),
       S("cert", L("FG-sertifikat for brannalarmanlegg, gyldig til 2028-09"),
         L("Personløftar kategori G4 og truck T1 (2019)")),
       S("lic", L("Førarkort klasse B")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – godt")),
       date_first=True),
    cv("kristoffer-hammerstad.txt", "nb", "txt", "no-headings", "MMUMMMUX",
       "'Fagbrev som elektriker', 'FG-sertifikat brannalarm, bestått 2025', 'Autronica AutroSafe', 'Førerkort B', "
       "'Norsk – morsmål'; but fire alarm work only since '08.2024 – d.d.' (two years and four months; the "
       "electrician years were 'Boliginstallasjon, sikringsskap og varmekabler'), and no personløfter training "
       "is named",
       "Kristoffer Hammerstad", "Elektriker / brannalarmtekniker",
       S("contact", L("Tlf: 123 94 615"), L("kristoffer.hammerstad@example.no"), L("Torvmyra")),
       S("profile", "Elektriker med fagbrev fra 2021. Jobber nå med brannalarm og vil bli enda bedre på det."),
       S("exp",
         I("08.2024 – d.d.", "Brannalarmtekniker, Torvmyra Brannvern AS",
           "Service på Autronica AutroSafe, utskifting av detektorer"),
         I("09.2021 – 07.2024", "Elektriker, Lysevågen Installasjon AS",
           "Boliginstallasjon, sikringsskap og varmekabler"),
         I("2019 – 2021", "Lærling i elektrikerfaget, Lysevågen Installasjon AS")),
       S("edu", I("2021", "Fagbrev som elektriker")),
       S("cert", L("FG-sertifikat brannalarm, bestått 2025")),
       S("lic", L("Førerkort B")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – middels")),
       sep="  ", indent=2),
)


# ===========================================================================
# 2. nn: Takstingeniør
# ===========================================================================

job(
    "takstingenior", "Takstingeniør – Skarvøysund Takst og Byggrådgjeving AS (fast, 100 %)", "nn",
    "building surveyor",
    [
        ("Autorisert takstingeniør for tilstandsrapport bustad (Norsk takst)", "authorisation"),
        ("Bachelor i ingeniørfag (bygg), fagbrev i byggfag med meisterbrev, eller tilsvarande", "education"),
        ("Minst 3 års erfaring med tilstandsvurdering av bustader etter NS 3600", "experience"),
        ("Erfaring med fuktmåling og termografi", "must_mention"),
        ("Førarkort klasse B – du køyrer til synfaringar i heile regionen", "driving_licence"),
        ("Du snakkar og skriv godt norsk", "language"),
        ("Du er sjølvstendig, strukturert og trygg i møte med kundar", "manual"),
    ],
    cv("gunnhild-aspevoll.docx", "nn", "docx", "table", "MMMMMMX",
       "'Autorisert takstingeniør – tilstandsrapport bustad, Norsk takst (2022)', 'Bachelor i ingeniørfag, bygg', "
       "'Tilstandsrapportar etter NS 3600' since 2017 in two jobs, 'Fuktmåling og termografi i våtrom og "
       "kjellarar', 'Førarkort klasse B', 'Norsk – morsmål (nynorsk og bokmål)'",
       "Gunnhild Aspevoll", "Takstingeniør",
       S("contact", L("Mobil 123 94 621"), L("gunnhild.aspevoll@example.no"), L("Skarvøysund")),
       S("profile", "Byggingeniør og autorisert takstingeniør. Eg har skrive tilstandsrapportar sidan 2017."),
       S("exp",
         I("2019 – d.d.", "Takstingeniør, Skarvøysund Takstkontor AS",
           "Tilstandsrapportar etter NS 3600 og forskrift til avhendingslova",
           "Fuktmåling og termografi i våtrom og kjellarar"),
         I("2017 – 2019", "Takstingeniør, Lysevågen Bygningsrådgjeving AS",
           "Tilstandsvurdering av einebustader og leilegheiter"),
         I("2012 – 2017", "Prosjektingeniør, Storsetervik Entreprenør AS")),
       S("edu", I("2009 – 2012", "Bachelor i ingeniørfag, bygg, Skarvøysund høgskule")),
       S("auth", L("Autorisert takstingeniør – tilstandsrapport bustad, Norsk takst (2022)")),
       S("lic", L("Førarkort klasse B")),
       S("lang", L("Norsk – morsmål (nynorsk og bokmål)"), L("Engelsk – godt"))),
    cv("arvid-kolstadmo.txt", "nb", "txt", "one-column", "MMMMMMX",
       "a byggmester: 'Fagbrev som tømrer' and 'Mesterbrev i tømrerfaget', 'Autorisert takstingeniør (Norsk "
       "takst), tilstandsrapport bolig – 2022', 'Tilstandsrapporter og verditakster for boliger' since '2016 – "
       "02.2022' and 'Tilstandsrapporter etter NS 3600' since '03.2022 – d.d.', 'fuktmåler og termografi (FLIR)', "
       "'Førerkort B', 'Norsk – morsmål'",
       "Arvid Kolstadmo", "Byggmester og takstingeniør",
       S("contact", L("Tlf 123 94 622"), L("arvid.kolstadmo@example.no"), L("Bjørkelimo")),
       S("profile", "Byggmester og takstmann med 20 år i byggfaget. Godkjent av Norsk takst."),
       S("auth", L("Autorisert takstingeniør (Norsk takst), tilstandsrapport bolig – 2022")),
       S("exp",
         I("03.2022 – d.d.", "Takstingeniør, Bjørkelimo Takst AS",
           "Tilstandsrapporter etter NS 3600, fuktmåler og termografi (FLIR)"),
         I("2016 – 02.2022", "Takstmann, Kolstadmo Bygg og Takst (eget firma)",
           "Tilstandsrapporter og verditakster for boliger"),
         I("2005 – 2016", "Tømrer og byggmester, Kolstadmo Bygg")),
       S("edu", I("2009", "Mesterbrev i tømrerfaget"), I("2004", "Fagbrev som tømrer")),
       S("lic", L("Førerkort B")),
       S("lang", L("Norsk – morsmål")),
       sep=" | ", bullet="* "),
    cv("per-erik-sandaker.pdf", "sv", "pdf", "two-column", "MMMMMUX",
       "a Swede in Norway: 'Autoriserad takstingeniør (Norsk takst), 2023', 'Högskoleingenjörsexamen i "
       "byggteknik, 180 hp', 'Överlåtelsebesiktningar av villor och fritidshus' from '2016 – 2022' and "
       "'Tilstandsrapporter för bostäder enligt NS 3600' since '2023 – nu', 'Fuktmätning och termografering', "
       "'Körkort B'; but 'Norska – talar obehindrat' says nothing about writing",
       "Per-Erik Sandåker", "Byggnadsingenjör, takstingeniør",
       S("contact", L("Tel. 0980-613 523"), L("per-erik.sandaker@example.se"), L("Torvmyra, Norge")),
       S("lic", L("Körkort B")),
       S("lang", L("Svenska – modersmål"), L("Norska – talar obehindrat"), L("Engelska – god")),
       S("skills", L("Fuktmätning och termografering"), L("NS 3600, NS 3424")),
       S("profile", "Svensk byggnadsingenjör och besiktningsman, sedan 2023 takstingeniør i Norge."),
       S("auth", L("Autoriserad takstingeniør (Norsk takst), 2023"), head="Auktorisation"),
       S("exp",
         I("2023 – nu", "Takstingeniør, Torvmyra Takst & Bygg AS",
           "Tilstandsrapporter för bostäder enligt NS 3600"),
         I("2016 – 2022", "Besiktningsman, Rävsnäs Besiktning AB",
           "Överlåtelsebesiktningar av villor och fritidshus")),
       S("edu", I("2012 – 2015", "Högskoleingenjörsexamen i byggteknik, 180 hp, Lindholmsbruks högskola")),
       order="right-first"),
    cv("callum-mactavish.pdf", "en", "pdf", "one-column", "UMMMMMX",
       "a Scot: 'BSc (Hons) Building Surveying' (same level, same field), 'Home condition surveys (RICS Level 3)' "
       "since 2012, 'Damp meter readings and thermal imaging', 'Driving licence: B', 'Norwegian – B2 "
       "(Norskprøven 2026, spoken and written)'; but he is 'Chartered Building Surveyor (MRICS)', and the "
       "Norwegian authorisation is 'exam passed October 2026, application under processing'",
       "Callum Mactavish", "Chartered building surveyor",
       S("contact", L("Mobile 07700 900 324"), L("callum.mactavish@example.co.uk"), L("Lysevågen, Norway")),
       S("profile", "Chartered building surveyor from Scotland, living in Norway since 2025."),
       S("exp",
         I("Jun 2025 – present", "Building surveyor, Lysevågen Takst AS (Norway)",
           "Condition surveys of homes under NS 3600 together with an authorised colleague"),
         I("2012 – May 2025", "Building surveyor, Glenbarrie Surveying Ltd, Scotland",
           "Home condition surveys (RICS Level 3)", "Damp meter readings and thermal imaging")),
       S("edu", I("2008 – 2012", "BSc (Hons) Building Surveying, Kirkbrae University")),
       S("auth", L("Chartered Building Surveyor (MRICS), 2014"),
         L("Norsk takst authorisation (tilstandsrapport): exam passed October 2026, application under processing")),
       S("lic", L("Driving licence: B (UK licence exchanged for a Norwegian one)")),
       S("lang", L("English – native"), L("Norwegian – B2 (Norskprøven 2026, spoken and written)"))),
    cv("jon-olav-bekkestua.pdf", "nn", "pdf", "no-headings", "MMUUMMX",
       "'Autorisert takstingeniør, tilstandsrapport bustad (Norsk takst), 2024', 'Meisterbrev i tømrarfaget', "
       "'Førarkort: B', 'Norsk – morsmål'; but condition reports only since '2024-09 – d.d.' (two years and three "
       "months; before that 'Verditakstar og lånetakstar for bankar', which is valuation), and 'fuktmåling i "
       "våtrom' without any thermography",
       "Jon Olav Bekkestua", "Takstingeniør og byggmeister",
       S("contact", L("Mobil 123 94 625"), L("jon-olav.bekkestua@example.no"), L("Storsetervik")),
       S("profile", "Byggmeister med lang erfaring frå verditakst. Autorisert for tilstandsrapportar sidan 2024."),
       S("auth", L("Autorisert takstingeniør, tilstandsrapport bustad (Norsk takst), 2024")),
       S("exp",
         I("2024-09 – d.d.", "Takstingeniør, Storsetervik Takst AS",
           "Tilstandsrapportar for bustadsal etter NS 3600, fuktmåling i våtrom"),
         I("2018-01 – 2024-08", "Takstmann, Bekkestua Eigedomstakst", "Verditakstar og lånetakstar for bankar"),
         I("2003 – 2017", "Tømrar og byggmeister, eige firma")),
       S("edu", I("2008", "Meisterbrev i tømrarfaget"), I("2001", "Fagbrev som tømrar")),
       S("lic", L("Førarkort: B")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – litt"))),
)


# ===========================================================================
# 3. sv: Ridlärare
# ===========================================================================

job(
    "ridlarare", "Ridlärare till ridskolan – Granåsvallens Ryttarförening (heltid)", "sv",
    "riding instructor",
    [
        ("Ridlärarexamen SRL I eller högre, alternativt hippologexamen med inriktning ridlärare", "education"),
        ("Minst 3 års erfarenhet som ridlärare på ridskola", "experience"),
        ("Erfarenhet av att undervisa i både dressyr och hoppning", "must_mention"),
        ("Körkort med behörighet BE – du kör ridskolans hästtransport", "driving_licence"),
        ("Svenska flytande i tal och skrift", "language"),
        ("Utdrag ur belastningsregistret ska visas upp före anställning", "manual"),
    ],
    cv("elin-hagmyr.docx", "sv", "docx", "bold-headings", "MMMMMX",
       "'Ridlärare SRL II, Svenska Ridsportförbundet', ridlärare since '2015-06 – 2019-07' and '2019-08 – nu', "
       "'Lektioner i dressyr och hoppning', 'Körkort B, BE', 'Svenska – modersmål'",
       "Elin Hagmyr", "Ridlärare SRL II",
       S("contact", L("Tel. 0980-613 531"), L("elin.hagmyr@example.se"), L("Granåsvallen")),
       S("profile", "Ridlärare SRL II med elva års erfarenhet från ridskola. Jag undervisar barn, ungdomar och "
                    "vuxna."),
       S("exp",
         I("2019-08 – nu", "Ridlärare, Rävsnäs Ridskola",
           "Lektioner i dressyr och hoppning, nybörjare till LA-nivå", "Ansvar för lektionshästarna"),
         I("2015-06 – 2019-07", "Ridlärare, Lindholmsbruks Ryttarsällskap", "Barngrupper och ponnyridning")),
       S("edu", I("2015", "Ridlärare SRL II, Svenska Ridsportförbundet"),
         I("2013", "Ridlärare SRL I, Svenska Ridsportförbundet"),
         I("2009 – 2012", "Naturbruksprogrammet, inriktning häst, Granåsvallens naturbruksgymnasium")),
       S("lic", L("Körkort B, BE")),
       S("lang", L("Svenska – modersmål"), L("Engelska – god"))),
    cv("ingvild-stubsjoen.pdf", "nb", "pdf", "one-column", "UMMMMX",
       "a Norwegian in Sweden: ridlärare since '2018 – d.d.', 'Undervisning i dressur og sprang', 'Førerkort: B, "
       "BE', 'Svensk – flytende i tale og skrift'; but her qualification is 'Rideinstruktør 2, Norges "
       "Rytterforbund', which is neither an SRL level nor a hippologexamen, and the ad names no equivalent",
       "Ingvild Stubsjøen", "Rideinstruktør / ridlärare",
       S("contact", L("Mobil +46 980-613 532"), L("ingvild.stubsjoen@example.no"), L("Granåsvallen, Sverige")),
       S("profile", "Norsk rideinstruktør med elleve års erfaring. Jeg har bodd i Sverige siden 2018 og ønsker å "
                    "bli her."),
       S("exp",
         I("2018 – d.d.", "Ridlärare, Lindholmsbruks Ridskola (Sverige)",
           "Undervisning i dressur og sprang for barn og voksne"),
         I("2015 – 2018", "Rideinstruktør, Bjørkelimo Rideskole", "Nybegynnerkurs og sprangtrening")),
       S("edu", I("2015", "Rideinstruktør 2, Norges Rytterforbund"),
         I("2011 – 2014", "Naturbruk med hestefag, Bjørkelimo videregående skole")),
       S("lic", L("Førerkort: B, BE")),
       S("lang", L("Norsk – morsmål"), L("Svensk – flytende i tale og skrift"), L("Engelsk – godt"))),
    cv("mette-bjerrehave.txt", "da", "txt", "dates-after", "MMMUMX",
       "a Dane: 'Hippologexamen med inriktning ridlärare, 120 hp', ridelærer from '2014 – 2018' and since "
       "'08.2020 – nu', 'Dressur- og springundervisning', 'Svensk – flydende i tale og skrift'; but 'Kørekort: B' "
       "is a lower class than BE",
       "Mette Bjerrehave", "Ridelærer (hippolog)",
       S("contact", L("Mobil +46 980-613 533"), L("mette.bjerrehave@example.dk"), L("Rävsnäs, Sverige")),
       S("profile", "Dansk ridelærer med svensk hippologexamen. Jeg har boet i Sverige siden 2020."),
       S("exp",
         I("08.2020 – nu", "Ridlärare, Rävsnäs Ridskola (Sverige)",
           "Dressur- og springundervisning for børn og voksne"),
         I("2014 – 2018", "Ridelærer, Egebjerglund Rideskole", "Hold for begyndere og ponyryttere")),
       S("edu", I("2012 – 2014", "Hippologexamen med inriktning ridlärare, 120 hp, Granåsvallens hippologskola")),
       S("lic", L("Kørekort: B")),
       S("lang", L("Dansk – modersmål"), L("Svensk – flydende i tale og skrift"), L("Engelsk – godt"))),
    cv("emmi-westerholm.pdf", "en", "pdf", "two-column", "MMMMMX",
       "a Finland-Swede writing in English: 'SRL III (riding instructor level III, Swedish Equestrian "
       "Federation)' (2020) is higher than SRL I, riding instructor since 'Sep 2012 – Jul 2016' (part-time, "
       "counted by calendar time) and 'Aug 2016 – present', 'Dressage and show jumping lessons', 'Driving "
       "licence: B, BE', 'Swedish – native (Finland-Swedish)'",
       "Emmi Westerholm", "Riding instructor (SRL III)",
       S("contact", L("Mobile +46 980-613 534"), L("annika.westerholm@example.fi"), L("Lindholmsbruk, Sweden")),
       S("lic", L("Driving licence: B, BE")),
       S("lang", L("Swedish – native (Finland-Swedish)"), L("Finnish – fluent"), L("English – fluent")),
       S("profile", "Finland-Swedish riding instructor, living in Sweden since 2012. I teach dressage and show "
                    "jumping at all levels."),
       S("exp",
         I("Aug 2016 – present", "Riding instructor, Lindholmsbruk Riding School",
           "Dressage and show jumping lessons for children, teenagers and adults"),
         I("Sep 2012 – Jul 2016", "Riding instructor (part-time, 50 %), Rävsnäs Ponnyklubb",
           "Beginner groups and pony lessons")),
       S("edu", I("2020", "SRL III (riding instructor level III, Swedish Equestrian Federation)"),
         I("2013", "SRL I (riding instructor level I)")),
       order="rows"),
    cv("tova-lindroos.txt", "sv", "txt", "badly-written", "MMMMMX",
       "a terse writer: 'SRL 1 klar 2017, sen dess jobbat på Rävsnäs ridskola som ridlärare' (nine years), "
       "'lektioner i dressyr o hopp', 'körkort B o BE', 'svenska är mitt modersmål'",
       raw="""Tova Lindroos
tel 0980-613 535   mejl tova.lindroos@example.se
Granåsvallen

hej! söker jobbet som ridlärare
SRL 1 klar 2017, sen dess jobbat på Rävsnäs ridskola som ridlärare
har lektioner i dressyr o hopp, mest barn o ungdomar
körkort B o BE, kör hästtransport varje helg
svenska är mitt modersmål, engelska ok
"""),
)


# ===========================================================================
# 4. da: Guldsmed
# ===========================================================================

job(
    "guldsmed", "Guldsmed til værksted og butik – Guldsmed Egebjerglund ApS (fuldtid)", "da",
    "goldsmith",
    [
        ("Svendebrev som guldsmed eller sølvsmed, eller tilsvarende udenlandsk svendeprøve", "education"),
        ("Mindst 4 års erfaring som guldsmed efter svendeprøven", "experience"),
        ("Erfaring med stenfatning, herunder krappe- og pavéfatning", "must_mention"),
        ("Kendskab til CAD, fx Rhino eller MatrixGold", "must_mention"),
        ("Du taler og skriver flydende dansk", "language"),
        ("Engelsk på samtaleniveau – mange af vores kunder er turister", "language"),
        ("Ren straffeattest", "manual"),
    ],
    cv("soren-baekmose.docx", "da", "docx", "one-column", "MMMMMMX",
       "'Svendebrev som guldsmed' in 2012, guldsmed since '2012 – 2016' and '2016 – nu', 'Fatning af brillanter "
       "i krapper, kanal og pavé', 'Rhino 7, MatrixGold', 'Dansk – modersmål', 'Engelsk – flydende'",
       "Søren Bækmose", "Guldsmed",
       S("contact", L("Mobil 12 48 63 41"), L("soren.baekmose@example.dk"), L("Egebjerglund")),
       S("profile", "Guldsmed med svendebrev og 14 års erfaring fra værksted og butik."),
       S("exp",
         I("2016 – nu", "Guldsmed, Kildeby Guld & Sølv",
           "Fatning af brillanter i krapper, kanal og pavé", "Ringe tegnet i MatrixGold og printet i voks"),
         I("2012 – 2016", "Guldsmed, Hedehusby Smykkeværksted", "Reparationer, ringændringer og gravering")),
       S("edu", I("2012", "Svendebrev som guldsmed"),
         I("2008 – 2012", "Guldsmedeuddannelsen, Kildeby Tekniske Skole")),
       S("skills", L("Rhino 7, MatrixGold"), L("Stenfatning, lodning, polering")),
       S("lang", L("Dansk – modersmål"), L("Engelsk – flydende"), L("Tysk – lidt"))),
    cv("hanna-tjarnlof.pdf", "sv", "pdf", "right-dates", "MMMMNMX",
       "a Swede: 'Gesällbrev som guldsmed' is the Swedish svendeprøve, guldsmed since 2013, 'Krappfattning och "
       "pavéfattning av briljanter', 'Specialsmycken i Rhino 3D', 'Engelska – mycket god'; but 'Danska – "
       "förstår bra, talar lite' is below fluent Danish",
       "Hanna Tjärnlöf", "Guldsmed",
       S("contact", L("Tel. 0980-613 542"), L("hanna.tjarnlof@example.se"), L("Rävsnäs")),
       S("profile", "Guldsmed med gesällbrev. Jag och min sambo flyttar till Danmark i vår."),
       S("exp",
         I("2017-02 – nu", "Guldsmed, Rävsnäs Guldsmedja",
           "Krappfattning och pavéfattning av briljanter", "Specialsmycken i Rhino 3D"),
         I("2013-09 – 2017-01", "Guldsmed, Lindholmsbruks Ädelsmide", "Lagning och omarbetning av ringar")),
       S("edu", I("2013", "Gesällbrev som guldsmed"),
         I("2010 – 2013", "Guldsmedsutbildning, Granåsvallens hantverksskola")),
       S("lang", L("Svenska – modersmål"), L("Danska – förstår bra, talar lite"), L("Engelska – mycket god"))),
    cv("franziska-brennecke.docx", "en", "docx", "europass", "MMMMMMX",
       "a German in a Europass: 'Gesellenbrief als Goldschmiedin (journeyman certificate, goldsmith)' is a "
       "foreign svendeprøve, goldsmith since 'Sep 2012 – Feb 2019' and 'Mar 2019 – present', 'Claw (krappe) and "
       "pavé setting of diamonds', 'CAD design in Rhino and MatrixGold', Danish at C1 in all five skills, "
       "English 'Spoken interaction B2'",
       "Franziska Brennecke", "Goldsmith (Goldschmiedin)",
       S("contact", KV("Telephone", "+45 12 48 63 43"), KV("E-mail", "franziska.brennecke@example.de"),
         KV("Address", "Hedehusby, Denmark")),
       S("profile", "German goldsmith, living in Denmark since 2019. Stone setting and CAD are my specialities."),
       S("exp",
         I("Mar 2019 – present", "Goldsmith, Hedehusby Guldsmedie ApS",
           "Claw (krappe) and pavé setting of diamonds", "CAD design in Rhino and MatrixGold"),
         I("Sep 2012 – Feb 2019", "Goldschmiedin (goldsmith), Goldschmiede Lindner, Eschenwarder, Germany",
           "Repairs, ring sizing, channel settings")),
       S("edu", I("2012", "Gesellenbrief als Goldschmiedin (journeyman certificate, goldsmith), Eschenwarder "
                          "Chamber of Crafts")),
       S("lang", KV("Mother tongue", "German"),
         KV("Danish", "Listening C1 · Reading C1 · Spoken interaction C1 · Spoken production C1 · Writing C1 "
                      "(Studieprøven 2021)"),
         KV("English", "Listening C1 · Reading C1 · Spoken interaction B2 · Spoken production B2 · Writing B2"))),
    cv("line-skovbolling.pdf", "da", "pdf", "two-column", "MUUMMMX",
       "'Svendebrev som sølvsmed' (the ad accepts it), 'MatrixGold og Rhino', 'Dansk – modersmål', 'Engelsk – "
       "godt'; but smith work after the svendeprøve only since '08.2023 – nu' (three years and four months; the "
       "'Lærling som sølvsmed' years are training), and her stones are set as 'Zargefatning af cabochoner', "
       "with no claw or pavé setting",
       "Line Skovbølling", "Sølvsmed",
       S("contact", L("Mobil 12 48 63 44"), L("line.skovbolling@example.dk"), L("Kildeby")),
       S("lang", L("Dansk – modersmål"), L("Engelsk – godt")),
       S("skills", L("MatrixGold og Rhino"), L("Zargefatning af cabochoner"), L("Emaljering")),
       S("profile", "Ung sølvsmed med eget værksted. Jeg elsker farvede sten og emalje."),
       S("exp",
         I("08.2023 – nu", "Sølvsmed, eget værksted, Kildeby",
           "Smykker i sølv og guld med cabochoner i zargefatning"),
         I("08.2019 – 07.2023", "Lærling som sølvsmed, Egebjerglund Sølvsmedie")),
       S("edu", I("2023", "Svendebrev som sølvsmed")),
       order="right-first"),
    cv("torunn-aaserud.txt", "nb", "txt", "one-column", "MMMMMMX",
       "a Norwegian: 'Svennebrev i gullsmedfaget' is a foreign svendeprøve, guldsmed in Denmark from '2009 – "
       "2016' and her own workshop since '2016 – d.d.', 'Innfatning av diamanter: krapper, kanal og pavé', "
       "'Modellering i Rhino og MatrixGold', 'Dansk – flytende muntlig og skriftlig', 'Engelsk – godt'",
       "Torunn Aaserud", "Gullsmed",
       S("contact", L("Mobil +47 123 94 645"), L("torunn.aaserud@example.no"), L("Storsetervik, Norge")),
       S("profile", "Gullsmed med svennebrev og eget verksted. Jeg flytter tilbake til Danmark, der jeg bodde i "
                    "sju år."),
       S("exp",
         I("2016 – d.d.", "Gullsmed og daglig leder, Aaserud Gullsmie, Storsetervik",
           "Innfatning av diamanter: krapper, kanal og pavé", "Modellering i Rhino og MatrixGold"),
         I("2009 – 2016", "Guldsmed, Kildeby Guldsmedie (Danmark)", "Reparasjoner og spesialbestillinger")),
       S("edu", I("2008", "Svennebrev i gullsmedfaget"), I("2004 – 2008", "Lærling, Storsetervik Gullsmed")),
       S("lang", L("Norsk – morsmål"), L("Dansk – flytende muntlig og skriftlig"), L("Engelsk – godt"))),
)


# ===========================================================================
# 5. en: ROV pilot
# ===========================================================================

job(
    "rov-pilot", "ROV Pilot Technician – Tarnholm Subsea AS (offshore, Norwegian continental shelf)", "en",
    "ROV pilot",
    [
        ("Trade certificate (fagbrev) as automation technician, electrician or electronics technician, or an "
         "equivalent technical qualification", "education"),
        ("Minimum 2 years of offshore experience as ROV pilot on work-class ROV systems", "experience"),
        ("Valid GSK or BOSIET with HUET and CA-EBS", "certificate"),
        ("Valid offshore health certificate", "certificate"),
        ("Hands-on experience with manipulator arms (e.g. Schilling Titan 4)", "must_mention"),
        ("Fluent English, spoken and written", "language"),
        ("Offshore rotation 2 weeks on / 4 weeks off, including night shifts", "manual"),
    ],
    cv("fraser-munro.pdf", "en", "pdf", "dates-after", "MMMMMMX",
       "a Scot: 'HNC Electrical and Electronic Engineering' (an equivalent technical qualification), ROV pilot on "
       "work-class systems since 'Apr 2016 – Dec 2020' and 'Jan 2021 – present', 'BOSIET (incl. HUET) with "
       "CA-EBS, refreshed via FOET, valid until 03/2028', 'OEUK offshore medical, valid until 11/2027', "
       "'Schilling Titan 4 and Atlas manipulators', 'English – native'",
       "Fraser Munro", "ROV supervisor / senior pilot technician",
       S("contact", L("Mobile 07700 900 351"), L("fraser.munro@example.co.uk"), L("Kirkbrae, Scotland")),
       S("profile", "ROV pilot technician with ten years offshore on work-class systems in the North Sea."),
       S("exp",
         I("Jan 2021 – present", "ROV Supervisor / Senior Pilot, Glenbarrie Subsea Ltd",
           "Work-class ROV (Triton XLX, 150 hp), pipeline inspection and intervention",
           "Schilling Titan 4 and Atlas manipulators"),
         I("Apr 2016 – Dec 2020", "ROV Pilot Technician, Glenbarrie Subsea Ltd",
           "Drill support and construction with work-class ROVs")),
       S("edu", I("2012 – 2014", "HNC Electrical and Electronic Engineering, Kirkbrae College")),
       S("cert", L("BOSIET (incl. HUET) with CA-EBS, refreshed via FOET, valid until 03/2028"),
         L("OEUK offshore medical, valid until 11/2027")),
       S("lang", L("English – native"))),
    cv("eskil-brattlien.docx", "nb", "docx", "dates-after", "MMMMMMX",
       "'Fagbrev som automatiker', 'ROV-pilot' since '05.2019 – d.d.' on 'Arbeidsklasse-ROV (Schilling UHD) på "
       "borerigger og konstruksjonsfartøy', 'GSK med HUET og nødpustesystem (CA-EBS), gyldig til 05.2029', "
       "'Helseerklæring for arbeid offshore, gyldig til 02.2027', 'Schilling Titan 4 og Orion', 'Engelsk – "
       "flytende, muntlig og skriftlig'",
       "Eskil Brattlien", "ROV-pilot",
       S("contact", L("Mobil 123 94 652"), L("eskil.brattlien@example.no"), L("Lysevågen")),
       S("profile", "Automatiker og ROV-pilot med sju år offshore på norsk sokkel."),
       S("exp",
         I("05.2019 – d.d.", "ROV-pilot, Lysevågen Subsea Services AS",
           "Arbeidsklasse-ROV (Schilling UHD) på borerigger og konstruksjonsfartøy",
           "Manipulatorarmer: Schilling Titan 4 og Orion"),
         I("08.2015 – 04.2019", "Automatiker, Storsetervik Automasjon AS")),
       S("edu", I("2015", "Fagbrev som automatiker"),
         I("2011 – 2013", "Vg1 elektrofag, Vg2 automatisering, Lysevågen videregående skole")),
       S("cert", L("GSK med HUET og nødpustesystem (CA-EBS), gyldig til 05.2029"),
         L("Helseerklæring for arbeid offshore, gyldig til 02.2027")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – flytende, muntlig og skriftlig"))),
    cv("oddvar-hesjedal.pdf", "nn", "pdf", "two-column", "MUMMUMX",
       "'Fagbrev som elektrikar', 'GSK med HUET og CA-EBS, gyldig til 2027-10', 'Helseerklæring offshore, gyldig "
       "til 2028-01', 'Engelsk – flytande'; but his ROV work since '2023-05 – d.d.' is 'Inspeksjon av merdar og "
       "fortøyingar med observasjons-ROV' in fish farming, not offshore on work-class systems, and no "
       "manipulator arm is named",
       "Oddvar Hesjedal", "ROV-operatør",
       S("contact", L("Mobil 123 94 653"), L("oddvar.hesjedal@example.no"), L("Skarvøysund")),
       S("cert", L("GSK med HUET og CA-EBS, gyldig til 2027-10"), L("Helseerklæring offshore, gyldig til 2028-01")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – flytande")),
       S("profile", "Elektrikar som har flydd ROV i oppdrett sidan 2023. Eg vil over til offshore."),
       S("exp",
         I("2023-05 – d.d.", "ROV-operatør, Skarvøysund Havbruksteneste AS",
           "Inspeksjon av merdar og fortøyingar med observasjons-ROV"),
         I("2016-08 – 2023-04", "Elektrikar, Torvmyra Elektro AS")),
       S("edu", I("2016", "Fagbrev som elektrikar")),
       order="left-first"),
    cv("viktor-nyhammar.txt", "sv", "txt", "no-headings", "MMUMMMX",
       "'Högskoleingenjörsexamen i elektronik, 180 hp', 'ROV-pilot' offshore from '2017-03 – 2024-06', "
       "'Arbetsklass-ROV i Nordsjön, Schilling Titan 4-manipulatorer', 'Offshore medical (OEUK), giltig till "
       "2027-08', 'Engelska – flytande i tal och skrift'; but the 'BOSIET med HUET och CA-EBS, utgick 2025-09', "
       "and the refresher is only booked",
       "Viktor Nyhammar", "ROV-pilot",
       S("contact", L("Tel. 0980-613 554"), L("viktor.nyhammar@example.se"), L("Granåsvallen")),
       S("profile", "Elektronikingenjör och ROV-pilot med sju års offshoreerfarenhet. Jag har varit "
                    "föräldraledig och vill tillbaka till sjöss."),
       S("exp",
         I("2024-07 – nu", "Föräldraledig"),
         I("2017-03 – 2024-06", "ROV-pilot, Rävsnäs Offshore AB",
           "Arbetsklass-ROV i Nordsjön, Schilling Titan 4-manipulatorer")),
       S("edu", I("2013 – 2016", "Högskoleingenjörsexamen i elektronik, 180 hp, Lindholmsbruks högskola")),
       S("cert", L("BOSIET med HUET och CA-EBS, utgick 2025-09, FOET bokad januari 2027"),
         L("Offshore medical (OEUK), giltig till 2027-08")),
       S("lang", L("Svenska – modersmål"), L("Engelska – flytande i tal och skrift"))),
    cv("mikkel-osterbye.docx", "da", "docx", "table", "MUMMMMX",
       "'Elektriker (svendebrev)', 'BOSIET med HUET og CA-EBS, gyldig til 2029-04', 'Offshore helbredsattest, "
       "gyldig til 2027-12', 'manipulatorarme (Schilling Titan 4)', 'Engelsk – flydende i tale og skrift'; but "
       "he is 'ROV-pilot trainee' only since '2025-09 – nu' (fifteen months); the years as 'Offshore-elektriker' "
       "are another role",
       "Mikkel Østerbye", "Offshore-elektriker og ROV-pilot trainee",
       S("contact", L("Mobil 12 48 63 55"), L("mikkel.osterbye@example.dk"), L("Hedehusby")),
       S("profile", "Elektriker med ni år offshore. Siden 2025 ROV-pilot trainee på arbejdsklasse-ROV."),
       S("exp",
         I("2025-09 – nu", "ROV-pilot trainee, Hedehusby Subsea A/S",
           "Arbejdsklasse-ROV i Nordsøen, manipulatorarme (Schilling Titan 4) under oplæring"),
         I("2016 – 2025", "Offshore-elektriker, Kildeby Offshore Service A/S",
           "Vedligehold af el-anlæg på produktionsplatforme")),
       S("edu", I("2012 – 2016", "Elektriker (svendebrev), Hedehusby Tekniske Skole")),
       S("cert", L("BOSIET med HUET og CA-EBS, gyldig til 2029-04"), L("Offshore helbredsattest, gyldig til 2027-12")),
       S("lang", L("Dansk – modersmål"), L("Engelsk – flydende i tale og skrift"))),
)


# ===========================================================================
# 6. nb: Konservator
# ===========================================================================

job(
    "konservator", "Konservator, malerier og bemalte gjenstander – Storsetervik museum (fast, 100 %)", "nb",
    "conservator",
    [
        ("Mastergrad i konservering, eller tilsvarende utdanning på mastergradsnivå", "education"),
        ("Minst 2 års erfaring som konservator fra museum eller konserveringsatelier", "experience"),
        ("Erfaring med konservering av malerier eller bemalte treobjekter", "must_mention"),
        ("Erfaring med Primus eller et annet samlingsforvaltningssystem", "must_mention"),
        ("Gode norskkunnskaper, muntlig og skriftlig (minimum B2)", "language"),
        ("Gode engelskkunnskaper", "language"),
        ("Førerkort klasse B", "driving_licence"),
        ("Stillingen innebærer noe reising til museets avdelinger og arbeid i magasiner", "manual"),
    ],
    cv("solveig-fjellvang.docx", "nb", "docx", "table", "MMMMMMMX",
       "'Master i konservering (malerikonservering)', konservator since 2015 in her own atelier and a museum, "
       "'Konservering av staffelimalerier og bemalte kirkeinventarier', 'Registrering og tilstandsvurdering i "
       "Primus', 'Norsk – morsmål', 'Engelsk – flytende', 'Førerkort B'",
       "Solveig Fjellvang", "Malerikonservator",
       S("contact", L("Mobil 123 94 661"), L("solveig.fjellvang@example.no"), L("Storsetervik")),
       S("profile", "Malerikonservator med elleve års erfaring fra museum og eget atelier."),
       S("exp",
         I("2019 – d.d.", "Konservator, Lysevågen kunstmuseum",
           "Konservering av staffelimalerier og bemalte kirkeinventarier",
           "Registrering og tilstandsvurdering i Primus"),
         I("2015 – 2019", "Konservator, Fjellvang Konservering (eget atelier)", "Oppdrag for kirker og private")),
       S("edu", I("2013 – 2015", "Master i konservering (malerikonservering), Bjørkelimo universitet"),
         I("2010 – 2013", "Bachelor i kunsthistorie, Bjørkelimo universitet")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – flytende")),
       S("lic", L("Førerkort B"))),
    cv("karolina-vretblad.pdf", "sv", "pdf", "two-column", "MMMMMMMX",
       "a Swede: 'Masterexamen i kulturvård, inriktning konservering, 120 hp', konservator since '2012-01 – "
       "2014-08' and '2014-09 – nu', 'Konservering av målade träföremål och kyrkinventarier', 'Registrering i "
       "Carlotta' (another collections system), 'Norska – goda kunskaper i tal och skrift', 'Engelska – "
       "flytande', 'Körkort B'",
       "Karolina Vretblad", "Konservator",
       S("contact", L("Tel. 0980-613 562"), L("karolina.vretblad@example.se"), L("Lindholmsbruk")),
       S("lic", L("Körkort B")),
       S("lang", L("Svenska – modersmål"), L("Norska – goda kunskaper i tal och skrift"), L("Engelska – flytande")),
       S("skills", L("Carlotta, Sofie"), L("Klimatmätning, skadedjursövervakning (IPM)")),
       S("profile", "Konservator med inriktning på målade träföremål. Jag vill gärna arbeta i Norge."),
       S("exp",
         I("2014-09 – nu", "Konservator, Lindholmsbruks länsmuseum",
           "Konservering av målade träföremål och kyrkinventarier", "Registrering i Carlotta"),
         I("2012-01 – 2014-08", "Projektanställd konservator, Rävsnäs kyrkliga kulturarv")),
       S("edu", I("2010 – 2012", "Masterexamen i kulturvård, inriktning konservering, 120 hp, Granåsvallens "
                                 "universitet"),
         I("2007 – 2010", "Kandidatexamen i kulturvård, 180 hp, Granåsvallens universitet")),
       order="rows"),
    cv("giulia-ferrandi.txt", "en", "txt", "one-column", "MMMUNMMX",
       "an Italian: 'Laurea magistrale in Conservazione e Restauro dei Beni Culturali (5-year master degree, "
       "paintings)', 'Paintings conservator' from '2014 – 2025', 'Easel paintings and painted wooden altarpieces', "
       "'English – fluent (C1)', 'Driving licence: B (Italian)'; but no collections system is named, and "
       "'Norwegian – A2 (evening course, 2026)' is below B2",
       "Giulia Ferrandi", "Paintings conservator",
       S("contact", L("Mobile +47 123 94 663"), L("giulia.ferrandi@example.it"), L("Bjørkelimo, Norway")),
       S("profile", "Italian paintings conservator. I moved to Norway in 2026 with my partner."),
       S("exp",
         I("2026 – present", "Museum host (part-time), Bjørkelimo kunstsenter"),
         I("2014 – 2025", "Paintings conservator, Studio di Restauro Valdoro, Montevalle, Italy",
           "Easel paintings and painted wooden altarpieces", "Cleaning, consolidation, retouching")),
       S("edu", I("2009 – 2014", "Laurea magistrale in Conservazione e Restauro dei Beni Culturali (5-year master "
                                 "degree, paintings), Montevalle Academy of Fine Arts")),
       S("lang", L("Italian – native"), L("English – fluent (C1)"), L("Norwegian – A2 (evening course, 2026)")),
       S("lic", L("Driving licence: B (Italian)"))),
    cv("marta-liadal.docx", "nn", "docx", "dates-after", "UUMMMMMX",
       "'Reinsing og tilstandsregistrering av rosemåla kister og skap', 'Registrering i Primus', 'Norsk – "
       "morsmål', 'Engelsk – godt', 'Førarkort klasse B'; but the master is 'Forventa ferdig juni 2027', and she "
       "is 'Konservatorassistent (prosjekttilsetjing, 60 %)' since '2025-01 – d.d.', not yet a conservator for "
       "two years",
       "Marta Liadal", "Konservatorassistent",
       S("contact", L("Mobil 123 94 664"), L("marta.liadal@example.no"), L("Lysevågen")),
       S("profile", "Konservatorstudent med bakgrunn frå bygdemuseum. Eg er ferdig med masteren til sommaren."),
       S("exp",
         I("2025-01 – d.d.", "Konservatorassistent (prosjekttilsetjing, 60 %), Lysevågen bygdemuseum",
           "Reinsing og tilstandsregistrering av rosemåla kister og skap", "Registrering i Primus"),
         I("2021 – 2024", "Museumsvert, Torvmyra friluftsmuseum")),
       S("edu", I("2024 – 2027", "Master i konservering, Bjørkelimo universitet", "Forventa ferdig juni 2027"),
         I("2020 – 2023", "Bachelor i arkeologi og konservering, Bjørkelimo universitet")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – godt")),
       S("lic", L("Førarkort klasse B"))),
    cv("ditte-bramsnaes.pdf", "da", "pdf", "dates-after", "MMMMUMMX",
       "a Dane: 'Cand.scient.cons. (kandidat i konservering, malerier)', konservator since 2016, 'Konservering af "
       "staffelimalerier og bemalede møbler', 'Registrering i museets samlingssystem (Regin)', 'Engelsk – "
       "flydende', 'Kørekort B'; but 'Norsk – forstår og læser godt' says nothing about speaking or writing",
       "Ditte Bramsnæs", "Malerikonservator",
       S("contact", L("Mobil 12 48 63 65"), L("ditte.bramsnaes@example.dk"), L("Kildeby")),
       S("profile", "Malerikonservator med kandidatgrad. Min mand har fået job i Norge, og jeg flytter med."),
       S("exp",
         I("2018 – nu", "Konservator, Kildeby Kunstmuseum",
           "Konservering af staffelimalerier og bemalede møbler",
           "Registrering i museets samlingssystem (Regin)"),
         I("2016 – 2018", "Konservator, Hedehusby Bevaringscenter")),
       S("edu", I("2014 – 2016", "Cand.scient.cons. (kandidat i konservering, malerier), Kildeby Konservatorskole"),
         I("2011 – 2014", "Bachelor i konservering, Kildeby Konservatorskole")),
       S("lang", L("Dansk – modersmål"), L("Norsk – forstår og læser godt"), L("Engelsk – flydende")),
       S("lic", L("Kørekort B"))),
)


# --------------------------------------------------------------------------
# The README's hard cases and labelling decisions (written by hand)
# --------------------------------------------------------------------------

HARD_CASES = [
    "### Hard cases, on purpose",
    "",
    "Authorisations: \"Autorisert takstingeniør\" from Norsk takst in nynorsk, bokmål and Swedish",
    "(\"Autoriserad takstingeniør\", under a heading \"Auktorisation\") against a British \"Chartered",
    "Building Surveyor (MRICS)\" whose Norwegian authorisation is \"exam passed October 2026, application",
    "under processing\".",
    "Education: a fagbrev as elektriker or automatiker, a Swedish two-year YH elteknikerutbildning and a",
    "Polish electrician diploma \"Recognised by DSB\"; a bachelor in building engineering, a mesterbrev",
    "(and a meisterbrev) in carpentry, a Swedish högskoleingenjörsexamen and a BSc (Hons) Building",
    "Surveying; SRL I, SRL II, SRL III (in English) and \"SRL 1\", and a Swedish hippologexamen held by a",
    "Dane, against a Norwegian \"Rideinstruktør 2, Norges Rytterforbund\"; a svendebrev as guldsmed or",
    "sølvsmed, a Swedish gesällbrev, a German Gesellenbrief and a Norwegian svennebrev; an HNC, a",
    "högskoleingenjörsexamen in electronics and a Danish electrician's svendebrev; a Norwegian master, a",
    "Swedish masterexamen i kulturvård, an Italian laurea magistrale and a Danish cand.scient.cons.",
    "against a master \"Forventa ferdig juni 2027\".",
    "Certificates: FG certificates \"gyldig til 03.2029\", \"valid until 06/2029\", \"gyldig til 2028-09\"",
    "and \"bestått 2025\" against \"kurs genomförd, provet bokat mars 2027\" and a Swedish SBSC",
    "certification; personløfter G4 in three languages against a CV without it; GSK and BOSIET with",
    "HUET and CA-EBS valid to 2027, 2028 and 2029 against \"utgick 2025-09, FOET bokad januari 2027\";",
    "offshore health certificates in four languages (OEUK, helseerklæring, helbredsattest).",
    "Experience: fire alarm work counted through an electrician or automatikar job that installed fire",
    "alarms, against an electrician whose years were house wiring (two years and four months of fire",
    "alarms); condition surveys since 2012, 2016 and 2017 (Swedish överlåtelsebesiktningar and British",
    "RICS Level 3 surveys) against \"Verditakstar og lånetakstar\" (valuation) and two years and three",
    "months of condition reports; a part-time riding instructor counted by calendar time; goldsmith",
    "years after the svendeprøve against three years and four months after an apprenticeship; offshore",
    "ROV years against an observation ROV in fish farming and fifteen months as \"ROV-pilot trainee\"",
    "after years as an offshore electrician; parental leave after seven years as ROV pilot; a",
    "\"Konservatorassistent (prosjekttilsetjing, 60 %)\" and a museum host against conservators.",
    "Must-mention lines: Autronica, Consilium, Siemens, BS-420, Cerberus PRO; \"fuktmåling og",
    "termografi\", \"fuktmåler og termografi (FLIR)\", \"Fuktmätning och termografering\", \"Damp meter",
    "readings and thermal imaging\" against \"fuktmåling i våtrom\" alone; dressyr and hoppning as",
    "\"dressur og sprang\", \"Dressage and show jumping\" and \"dressyr o hopp\"; claw and pavé setting as",
    "\"krapper, kanal og pavé\", \"Krappfattning och pavéfattning\", \"Claw (krappe) and pavé setting\"",
    "against \"Zargefatning af cabochoner\"; Rhino, Rhino 3D and MatrixGold; Schilling Titan 4, Atlas and",
    "Orion manipulators (one \"under oplæring\"); Primus, Carlotta and Regin against none.",
    "Licences: \"Førerkort: B og BE\", \"Körkort B, BE\", \"Driving licence: B, BE\", \"körkort B o BE\"",
    "against \"Kørekort: B\" for a BE line; a UK licence exchanged for a Norwegian one; an Italian B.",
    "Languages: \"Norwegian – B1 (Norskprøven 2023)\" and \"Norwegian – A2 (evening course, 2026)\" against",
    "B2; \"Norska – talar obehindrat\" (speaking only) and \"Norsk – forstår og læser godt\" (no speaking or",
    "writing); \"Norska – flytande i tal och skrift\" and \"Norska – goda kunskaper i tal och skrift\";",
    "\"Danska – förstår bra, talar lite\" against flydende dansk; a Europass grid with Danish at C1 and",
    "English at B2 spoken; \"Dansk – flytende muntlig og skriftlig\" from a Norwegian; \"Svensk –",
    "flydende i tale og skrift\" from a Dane and \"Swedish – native (Finland-Swedish)\".",
    "Dates: \"d.d.\", \"nu\", \"present\", \"2019-08 – nu\", \"08.2024 – d.d.\", \"Sep 2012 – Jul 2016\",",
    "\"2016 – 02.2022\", \"gyldig til 03.2029\", \"valid until 11/2027\", \"utgick 2025-09\".",
    "A badly written Swedish TXT CV, a Europass DOCX (with a CEFR grid), table, bold-heading,",
    "dates-after and one-column DOCX, one-column (one with \"|\" separators), dates-after and no-heading",
    "TXT, one-column, dates-after and no-heading PDF, right-aligned dates (one CV with them written first",
    "in the stream), and all three column orders.",
    "",
    "### Labelling decisions specific to this set",
    "",
    "The conventions of `eval/README.md` apply. In addition:",
    "",
    "- **Brannalarmtekniker**: a Swedish two-year YH electrical programme is \"fagskole innen elektro\",",
    "  and a foreign electrician diploma approved by DSB is an electrician's trade certificate (`met`).",
    "  Only the Norwegian FG certificate meets line 2; a Swedish SBSC certification and an FG exam",
    "  booked are `unclear`; an FG certificate \"bestått 2025\" is valid. Installing fire alarms as an",
    "  electrician or automatikar is fire alarm experience; house wiring is not. The G4 training has",
    "  no expiry date in the ad, so a course in 2018 counts; a CV without it is `unclear`. \"Gode",
    "  norskkunnskaper\" is B2, so B1 is `not_met`.",
    "- **Takstingeniør**: only Norsk takst's authorisation meets line 1; MRICS and an application under",
    "  processing are `unclear`. A BSc (Hons) Building Surveying and a Swedish högskoleingenjörsexamen",
    "  i byggteknik are \"tilsvarande\" (`met`). Swedish överlåtelsebesiktningar and British RICS Level 3",
    "  surveys are condition surveys of homes (the role, in another country); valuations (verditakst,",
    "  lånetakst) are not. A CV with moisture measuring and no thermography is `unclear` on line 4.",
    "  \"talar obehindrat\" shows speaking, not writing (`unclear`); Norwegian B2 is \"godt norsk\".",
    "- **Ridlärare**: SRL II and SRL III are higher than SRL I, and a Swedish hippologexamen med",
    "  inriktning ridlärare meets line 1 whoever holds it; the Norwegian Rideinstruktør 2 is another",
    "  federation's scheme and the ad names no equivalent (`unclear`). A ridlärare in Sweden and a",
    "  ridelærer or rideinstruktør at a Danish or Norwegian riding school count for line 2. Licence B is",
    "  a lower class than BE (`unclear`).",
    "- **Guldsmed**: a Swedish gesällbrev, a German Gesellenbrief and a Norwegian svennebrev are foreign",
    "  svendeprøver (`met`); a sølvsmed meets lines 1 and 2 as the ad allows. Apprenticeship years do not",
    "  count (three years and four months is `unclear`). Bezel setting of cabochons without claw or pavé",
    "  is `unclear` on line 3. \"talar lite\" is below fluent Danish (`not_met`); a Europass grid with",
    "  Danish at C1 in every skill meets line 5; English \"godt\", \"mycket god\" and B2 are",
    "  conversational (`met`).",
    "- **ROV pilot**: an HNC, a högskoleingenjörsexamen in electronics and a Danish electrician's",
    "  svendebrev are equivalent technical qualifications. Only ROV pilot work offshore on work-class",
    "  systems counts for line 2: an observation ROV in fish farming is `unclear`, and fifteen months as",
    "  a trainee is too few; years as an offshore electrician do not count. BOSIET includes HUET; an",
    "  expired BOSIET with a refresher booked is `unclear`. A trainee who runs Schilling Titan 4",
    "  manipulators on a real job \"under oplæring\" has hands-on experience (`met`). \"Flytande\",",
    "  \"flydende\" and \"flytende\" are fluent.",
    "- **Konservator**: a Swedish masterexamen i kulturvård med inriktning konservering, a five-year",
    "  Italian laurea magistrale and a Danish cand.scient.cons. are master's-level conservation degrees;",
    "  a master expected in 2027 is `unclear`. A conservator's assistant on a part-time project while",
    "  studying is not yet two years as conservator (`unclear`). Carlotta and Regin are other collection",
    "  management systems (`met`); a CV naming none is `unclear`. \"Norska – goda kunskaper i tal och",
    "  skrift\" is B2; A2 is `not_met`; \"forstår og læser godt\" is `unclear`.",
    "",
]


# --------------------------------------------------------------------------
# Checks of our own (on top of make_eval.check_data)
# --------------------------------------------------------------------------

EARLIER = me.JOBS + mh.JOBS + [j for m in EARLIER_SETS for j in m.JOBS]


def check_holdout34() -> None:
    mh.check_blind_set(JOBS, EARLIER, USED_TOWNS, per_job=(5, 5), min_qualified=2)
    # 6 jobs, 30 CVs, 6-8 lines a job (the brief of this set), and not all jobs the same length.
    assert len(JOBS) == 6 and sum(len(j.cvs) for j in JOBS) == 30
    assert all(6 <= len(j.requirements) <= 8 for j in JOBS)
    assert len({len(j.requirements) for j in JOBS}) > 1
    # About half of the CVs truly meet every requirement, so the false review rate is measured on
    # enough candidates.
    assert 12 <= sum(me.truly_meets_all(c) for j in JOBS for c in j.cvs) <= 18
    # No person, file name, profession, e-mail address, phone number or town of an earlier set;
    # every language, format and column order; one manual line, the last.
    mh.check_new_set(JOBS, EARLIER, OWN_TOWNS, TOWNS, REUSED_PROFESSIONS)
    # The job files must carry this set's day.
    assert me.TODAY == TODAY, me.TODAY


# --------------------------------------------------------------------------
# README (generated, so its figures always match the set)
# --------------------------------------------------------------------------


def readme() -> str:
    n_all = sum(len(j.cvs) for j in JOBS)
    out = [
        "# Sikte's thirty-fourth held-out evaluation set",
        "",
        f"{len(JOBS)} fictional jobs and {n_all} fictional CVs, labelled by hand requirement by",
        "requirement, in the same layout and job-file format as `eval/` (see `eval/README.md`",
        "for the format, the label meanings and the labelling conventions). It is the thirty-fifth",
        "labelled set and exists to measure accuracy again on CVs the rules were never tuned on.",
        "It was written blind: without reading Sikte's rules, code, tests, docs or data tables,",
        "without running Sikte or git on it and without looking at any Sikte output, and no label",
        "was ever set from Sikte's output. The only files read were `eval/README.md` (format, label",
        "meanings, conventions), the script of `eval-holdout33/` (`make_holdout33.py`, as the",
        "template for this script's structure; reading it also showed the CV definitions of all six",
        "of its jobs, its hard-case notes and its labelling decisions) and the shared code of",
        "`make_eval.py`, `make_holdout.py` and `scripts/fixtures/cvlib.py` (the CV definitions of",
        "`eval/` and `eval-holdout/` in the first two were skipped). The scripts `make_holdout2.py`",
        "... `make_holdout33.py` are imported only to refuse their people, slugs, towns, e-mail",
        "addresses, phone numbers and professions (`make_holdout2.py` ... `make_holdout32.py` were",
        "not read; while the set was written, the imports were also used to test candidate",
        "professions, names, towns, slugs and phone numbers against them, which showed the earlier",
        "professions that matched the keywords tried, whether a candidate surname occurs in an",
        "earlier CV, and the digits of a few earlier phone numbers in the ranges tried, never their",
        "CVs), and no CV folder of an earlier set was opened. Every CV x requirement is labelled",
        f"with what a careful, fair Nordic recruiter concludes on {TODAY} (the `today` of every job",
        "file, which closes open ranges such as \"d.d.\", \"nu\" and \"present\").",
        "",
        "Its professions are fire alarm technician (brannalarmtekniker at a fire safety company: a",
        "fagbrev, the FG certificate, G4), building surveyor (takstingeniør authorised by Norsk takst),",
        "riding instructor (ridlärare at a Swedish riding school: SRL or hippologexamen, licence BE),",
        "goldsmith (guldsmed with a svendebrev, stone setting and CAD), ROV pilot (offshore on the",
        "Norwegian shelf: GSK or BOSIET, offshore health certificate) and conservator (konservator at a",
        "museum, with a master's degree). The script's profession check confirms that no earlier set",
        "names any of them, so no profession is let through by name. Keep the set held out: do not",
        "tune rules on these CVs; once a rule changes because of a disagreement found here, the set",
        "is no longer held out, and its figures become a regression check.",
        "",
        "Everything here is invented for Sikte: people, employers, schools, towns",
        f"({TOWNS}), e-mail addresses (`example.*`) and phone numbers (unreal",
        "ranges: `123 94 6xx` in Norway, `0980-613 5xx` in Sweden, `12 48 63 xx` in Denmark and the",
        "UK drama range `07700 900 3xx`). Nothing is copied from `/work/shared/corpus`, from the",
        "earlier sets or from any real CV or job ad. Authority, body, scheme, course, standard, system",
        "and product names in CVs and ads (Norsk takst, DSB, FG, FG-760, NS 3960, NS 3600, NS 3424,",
        "SBSC, RICS, MRICS, Norskprøven, Studieprøven, Svenska Ridsportförbundet, SRL,",
        "Norges Rytterforbund, OPITO, BOSIET, FOET, GSK, HUET, CA-EBS, OEUK, HNC, Autronica, Consilium",
        "Salwico, Siemens Cerberus, Schilling Titan 4, Triton XLX, Rhino, MatrixGold, Primus,",
        "Carlotta, Sofie, Regin, FLIR, CEFR) are named as real ads and CVs name them.",
        "Licence: the same as the project (MIT OR Apache-2.0).",
        "",
        "The format is the one of `eval/`, so Sikte's evaluator reads this folder as it reads",
        "`eval/`; report its figures for each set separately.",
        "",
        "## Regenerate, never edit",
        "",
        "```sh",
        f"python3 {SCRIPT}            # (re)writes eval-holdout34/, removes stale files",
        f"python3 {SCRIPT} --verify   # generates twice elsewhere: byte-identical, and eval-holdout34/ fresh?",
        "```",
        "",
    ]
    extra = [
        "It also refuses an e-mail address or phone number that an earlier set's CVs use, a town of",
        "this set that an earlier set's CVs mention, a profession an earlier set names, and a stray",
        "single quote in a `why`.",
        "",
    ]
    return "\n".join(out + mh.script_paragraph(34) + extra + mh.jobs_and_figures(JOBS, HARD_CASES))


# --------------------------------------------------------------------------
# Writing and checking
# --------------------------------------------------------------------------


def main(argv: list[str]) -> int:
    check_holdout34()
    return mh.run_set(argv, OUT, JOBS, SCRIPT, readme, __doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
