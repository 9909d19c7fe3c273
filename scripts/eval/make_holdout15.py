#!/usr/bin/env python3
"""Write Sikte's fifteenth held-out evaluation set: eval-holdout15/README.md, jobs/<job>.toml, cvs/<job>/<file>.

    python3 scripts/eval/make_holdout15.py            # (re)write eval-holdout15/
    python3 scripts/eval/make_holdout15.py --verify   # generate twice in temporary folders and check both
                                                      # runs and eval-holdout15/ are byte-identical

A sixteenth labelled set in the same layout and job-file format as eval/ and
eval-holdout/ ... eval-holdout14/, so that accuracy can be measured on CVs the
rules were never tuned on. Six fictional jobs in professions that no earlier
set uses (scaffolder nb, prison officer nn, floor layer sv, bricklayer da,
structural engineer en, podiatrist nb) with 6-8 requirement lines each, and 5
fictional CVs per job in TXT, DOCX and PDF (one and two columns), in bokmål,
nynorsk, Swedish, Danish and English.

The set was written blind: without reading Sikte's rules, code, tests, docs or
data tables, without running Sikte on it and without looking at any Sikte
output. Of the earlier sets only make_holdout14.py was read, as the template
for this script's structure, with the shared code of make_eval.py,
make_holdout.py and scripts/fixtures/cvlib.py, and eval/README.md for the
format and the labelling conventions (make_holdout14.py also defines the CVs
of eval-holdout14/; the CV definitions in make_eval.py and make_holdout.py
were skipped); make_holdout2.py ... make_holdout13.py were not read, nor the
CV folders of any earlier set. Every CV x requirement is labelled by hand with
what a careful, fair recruiter concludes on TODAY, under the conventions of
eval/README.md (met, not_met, unclear, manual). Never adjust a label to
Sikte's output.

It reuses make_eval.py (the CV model S/L/I/KV/cv, the renderers, the job-file
writer and its checks), make_holdout.py (plain_text, the e-mail pattern,
check_blind_set, jobs_and_figures, script_paragraph, run_set) and
scripts/fixtures/cvlib.py, and refuses: what make_eval.py refuses, a fragment
quoted with single quotes in a `why` that is not in the CV (or a stray single
quote that would hide one), an e-mail address outside example.*, a job with
fewer than two qualified CVs, any job slug, person or town of eval/,
eval-holdout/, ..., eval-holdout14/, any e-mail address or phone number that
an earlier set's CVs use, and any town of this set that an earlier set's CVs
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
from make_eval import CV, I, KV, L, S, cv  # noqa: E402

cvlib = me.cvlib
ROOT = me.ROOT
OUT = os.path.join(ROOT, "eval-holdout15")
SCRIPT = "scripts/eval/make_holdout15.py"
# The day this set is judged on, written into every job file. make_eval.job_toml reads
# make_eval.TODAY, so it is set there too (only in this process).
TODAY = "2026-11-28"
me.TODAY = TODAY

# Towns of eval/ and eval-holdout/ ... eval-holdout14/; none may appear here.
USED_TOWNS = mh14.USED_TOWNS + mh14.OWN_TOWNS
# The invented towns of this set; an earlier set's CVs must not mention them either.
OWN_TOWNS = ("Lauvnesvika", "Hegrestølen", "Tyttebærmo", "Sildrevåg", "Kvernhusbakken", "Brakvasslia",
             "Myrsnipemo", "Rönnskärsby", "Kvarnlidsvik", "Ekorrbacka", "Hjortronmyra", "Hvedeløkke",
             "Slåenhøj", "Tjørnemose", "Engkarseby", "Brackenstow", "Wyndlecombe", "Olszynowo Górne",
             "Liepakalnis", "Amravalli")
TOWNS = "Lauvnesvika, Hegrestølen, Tyttebærmo, Sildrevåg, Kvernhusbakken, Brakvasslia and Myrsnipemo in " \
        "Norway; Rönnskärsby, Kvarnlidsvik, Ekorrbacka and Hjortronmyra in Sweden; Hvedeløkke, Slåenhøj, " \
        "Tjørnemose and Engkarseby in Denmark; Brackenstow, Wyndlecombe, Olszynowo Górne, Liepakalnis and " \
        "Amravalli abroad"

JOBS: list[me.Job] = []


def job(slug, title, lang, profession, reqs: list[tuple[str, str]], *cvs: CV) -> None:
    JOBS.append(me.Job(slug, title, lang, profession, [r for r, _ in reqs], [k for _, k in reqs], list(cvs)))


# ===========================================================================
# 1. nb: Stillasbygger
# ===========================================================================

job(
    "stillasbygger", "Stillasbygger – fast stilling, prosjekter i Hegrestølen og omegn", "nb", "scaffolder",
    [
        ("Fagbrev i stillasbyggerfaget", "education"),
        ("Dokumentert opplæring i montering, endring og demontering av stillas over 9 meter, jf. forskrift om "
         "utførelse av arbeid", "certificate"),
        ("Minst tre års erfaring som stillasbygger", "experience"),
        ("Førerkort klasse BE", "driving_licence"),
        ("Gode norskkunnskaper, muntlig og skriftlig (minimum B1)", "language"),
        ("Kurs i bruk av personlig fallsikringsutstyr", "certificate"),
        ("Du er fysisk sprek og trives med å jobbe i høyden", "manual"),
    ],
    cv("trond-halsebakk.docx", "nb", "docx", "table", "MMMMMMX",
       "'Fagbrev i stillasbyggerfaget', 'Stillasopplæring over 9 meter (modul 1, 2 og 3)', stillasbygger since "
       "'sep. 2014 – d.d.' (the apprenticeship does not count; twelve years remain), 'Førerkort: B og BE', "
       "'Norsk – morsmål', 'Fallsikring og redning fra høyden, 2023'",
       "Trond Einar Halsebakk", "Stillasbygger med fagbrev",
       S("contact", L("Mob. 123 49 401"), L("trond.halsebakk@example.no"), L("Hegrestølen")),
       S("profile", "Stillasbygger med over ti års erfaring fra bolig, næringsbygg og industri. Vant til å lede "
                    "små lag og ta ansvar for kontroll og overlevering av stillaset."),
       S("exp",
         I("sep. 2014 – d.d.", "Stillasbygger / bas, Hegrestølen Stillas AS",
           "Fasadestillas, hengestillas og innbygging av industrianlegg",
           "Kontroll og merking av stillas før overlevering"),
         I("aug. 2012 – aug. 2014", "Lærling i stillasbyggerfaget, Hegrestølen Stillas AS")),
       S("edu",
         I("2014", "Fagbrev i stillasbyggerfaget"),
         I("2010 – 2012", "Vg1 bygg- og anleggsteknikk, Vg2 byggteknikk, Tyttebærmo videregående skole")),
       S("cert",
         L("Stillasopplæring over 9 meter (modul 1, 2 og 3), dokumentert etter forskrift om utførelse av arbeid, "
           "2013"),
         L("Fallsikring og redning fra høyden, 2023"), L("Truck og lift (T1, T4 og A-lift), 2016"), head="Kurs"),
       S("lic", L("Førerkort: B og BE")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – godt"))),
    cv("dariusz-wolanski.pdf", "en", "pdf", "two-column", "MMMMMMX",
       "a Pole: 'Fagbrev i stillasbyggerfaget (praksiskandidat)' is a Norwegian fagbrev, 'Stillaskurs over 9 m "
       "(modul 1–3)', scaffolder since '05/2011 – 12/2017' and '03/2018 – present', 'Driving licence: B, BE "
       "(2009)', 'Norwegian – B1 written and B2 oral (Norskprøven 2023)', 'Fall protection equipment – user "
       "course (fallsikring), renewed 2025'",
       "Dariusz Wolanski", "Scaffolder (stillasbygger) – Norwegian trade certificate",
       S("contact", L("+47 123 49 402"), L("dariusz.wolanski@example.pl"), L("Tyttebærmo, Norway")),
       S("cert", L("Stillaskurs over 9 m (modul 1–3), Tyttebærmo, 2018"),
         L("Fall protection equipment – user course (fallsikring), renewed 2025"), head="Courses"),
       S("lic", L("Driving licence: B, BE (2009)")),
       S("lang", L("Polish – native"), L("Norwegian – B1 written and B2 oral (Norskprøven 2023)"),
         L("English – good")),
       S("profile", "Scaffolder since 2011, in Norway since 2018. I build facade, industrial and suspended "
                    "scaffolding and I passed the Norwegian trade exam in 2024."),
       S("exp",
         I("03/2018 – present", "Scaffolder (stillasbygger), Brakvasslia Stillasservice AS",
           "Facade and system scaffolding on housing and hospital projects", "Team leader for 3–4 people since 2022"),
         I("05/2011 – 12/2017", "Scaffolder, Rusztowania Olszynowo Sp. z o.o., Poland",
           "Facade scaffolding, chimneys and industrial plants")),
       S("edu",
         I("2024", "Fagbrev i stillasbyggerfaget (praksiskandidat) – Norwegian trade certificate, fagprøve passed "
                   "after six years of documented practice"),
         I("2004 – 2007", "Technical upper secondary school, construction, Olszynowo Górne, Poland")),
       order="right-first"),
    cv("sindre-lovoll.txt", "nb", "txt", "badly-written", "MUMMMUX",
       "badly written; 'tok fagprøven som stillasbygger våren 2023 (praksiskandidat) og bestod' is the fagbrev, "
       "'har jobba med stillas sia 2018', 'førerkort B og BE', 'norsk er morsmålet mitt'; but 'har stillaskurset "
       "til 9 meter' is the level below, and no fall protection course is mentioned",
       raw="""
Sindre Løvoll
sindre.lovoll@example.no  tlf 123 49 403  Kvernhusbakken

hei søker jobb som stillasbygger
har jobba med stillas sia 2018, først hos Kvernhusbakken Bygg og fra 2021 hos Myrsnipemo Stillas, mest fasade på boligblokker
tok fagprøven som stillasbygger våren 2023 (praksiskandidat) og bestod
har stillaskurset til 9 meter, skal ta det over 9 m når firmaet sender meg
førerkort B og BE, har egen bil
norsk er morsmålet mitt
"""),
    cv("eirik-brekkedal.pdf", "nn", "pdf", "right-dates", "MMUUMMX",
       "nynorsk: 'Fagbrev i stillasbyggjarfaget' (the nynorsk name of the trade), 'Stillasopplæring modul 1–3 "
       "(over 9 meter), 2022', 'Fallsikring – brukarkurs, 2024', 'Norsk – morsmål'; but 'Stillasbyggjar' since "
       "'juli 2024 – d.d.' is under 29 months (the apprenticeship does not count), and he has class B only: "
       "'BE: oppkøyring bestilt til januar 2027'",
       "Eirik Sjursen Brekkedal", "Stillasbyggjar",
       S("contact", L("Tlf. 123 49 404"), L("eirik.brekkedal@example.no"), L("Sildrevåg")),
       S("profile", "Ung stillasbyggjar med fagbrev frå 2024. Eg har mest jobba med systemstillas på "
                    "bustadprosjekt og vil gjerne vidare til industri."),
       S("exp",
         I("juli 2024 – d.d.", "Stillasbyggjar, Sildrevåg Stillas og Bygg AS",
           "Systemstillas og fasadestillas på bustad- og skuleprosjekt"),
         I("aug. 2022 – juni 2024", "Lærling i stillasbyggjarfaget, Sildrevåg Stillas og Bygg AS")),
       S("edu",
         I("juni 2024", "Fagbrev i stillasbyggjarfaget"),
         I("2020 – 2022", "Vg1 bygg- og anleggsteknikk, Vg2 byggteknikk, Sildrevåg vidaregåande skule")),
       S("cert", L("Stillasopplæring modul 1–3 (over 9 meter), 2022"), L("Fallsikring – brukarkurs, 2024"),
         head="Kurs"),
       S("lic", L("Førarkort klasse B. BE: oppkøyring bestilt til januar 2027")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – godt"))),
    cv("tomas-jankauskas.txt", "en", "txt", "one-column", "UMMMNMX",
       "'Stillaskurs over 9 meter (modul 1–3), Norway, 2019', scaffolder since '2014-03 – 2019-03' and '2019-04 – "
       "now', 'Driving licence: B, BE, C', 'Fall protection and rescue, 2025'; but a 'Scaffolding assembler "
       "certificate, Lithuania (40 h course), 2014' is no fagbrev, and 'Norwegian – A2 (basic)' is below B1",
       "Tomas Jankauskas", "Scaffolder / rigger",
       S("contact", L("tel. +47 123 49 405"), L("tomas.jankauskas@example.lt"), L("Brakvasslia, Norway")),
       S("profile", "Experienced scaffolder from Lithuania. 12 years in scaffolding, in Norway since 2019. I speak "
                    "English at work and I am learning Norwegian."),
       S("exp",
         I("2019-04 – now", "Scaffolder, Myrsnipemo Industristillas AS",
           "Scaffolding in process plants and a shipyard, up to 40 m"),
         I("2014-03 – 2019-03", "Scaffolder, UAB Liepakalnio statyba, Lithuania")),
       S("edu", I("2010 – 2013", "Vocational school, construction worker (bricklayer and concrete worker), "
                                 "Liepakalnis, Lithuania")),
       S("cert", L("Scaffolding assembler certificate, Lithuania (40 h course), 2014"),
         L("Stillaskurs over 9 meter (modul 1–3), Norway, 2019"), L("Fall protection and rescue, 2025")),
       S("lic", L("Driving licence: B, BE, C")),
       S("lang", L("Lithuanian – native"), L("English – B2"), L("Norwegian – A2 (basic)"), L("Russian – good")),
       bullet="* ", sep=" | "),
)


# ===========================================================================
# 2. nn: Fengselsbetjent
# ===========================================================================

job(
    "fengselsbetjent", "Fengselsbetjent – Lauvnesvika fengsel, avdeling med høgt sikkerheitsnivå (fast 100 %)", "nn",
    "prison officer",
    [
        ("Fullført fengselsbetjentutdanning frå Kriminalomsorgens høgskole og utdanningssenter KRUS "
         "(høgskulekandidat i straffegjennomføring)", "education"),
        ("Minst to års erfaring som fengselsbetjent", "experience"),
        ("Førarkort klasse B", "driving_licence"),
        ("Gode munnlege og skriftlege norskkunnskapar", "language"),
        ("Gode engelskkunnskapar", "language"),
        ("Gjennomført kurs i førstehjelp i løpet av dei siste to åra", "certificate"),
        ("Tilfredsstillande politiattest må leggjast fram før tilsetjing", "manual"),
        ("Du må kunne arbeide turnus med dag-, kvelds-, natt- og helgevakter", "manual"),
    ],
    cv("gunnhild-tverberg.docx", "nn", "docx", "dates-after", "MMMMMMXX",
       "'Høgskulekandidat i straffegjennomføring, Kriminalomsorgens høgskole og utdanningssenter KRUS', "
       "'Fengselsbetjent' since 'aug. 2019 – d.d.' (the aspirant years are training), 'Førarkort klasse B', "
       "'Norsk (nynorsk og bokmål) – morsmål', 'Engelsk – flytande, brukar det dagleg med innsette', "
       "'Førstehjelp med hjarte-lunge-redning, repetisjon februar 2026'",
       "Gunnhild Myklebust Tverberg", "Fengselsbetjent",
       S("contact", L("Mob. 123 49 406"), L("gunnhild.tverberg@example.no"), L("Lauvnesvika")),
       S("profile", "Fengselsbetjent med sju års erfaring frå høgt sikkerheitsnivå. Eg er kontaktbetjent og "
                    "trivst med miljøarbeid og tydelege rammer."),
       S("exp",
         I("aug. 2019 – d.d.", "Fengselsbetjent, Lauvnesvika fengsel, avdeling A (høgt sikkerheitsnivå)",
           "Kontaktbetjent for fire innsette, miljøarbeid og sikkerheitsarbeid",
           "Instruktør i konflikthandtering sidan 2023"),
         I("aug. 2017 – juli 2019", "Aspirant, Lauvnesvika fengsel (praksis i utdanninga)")),
       S("edu",
         I("2017 – 2019", "Høgskulekandidat i straffegjennomføring, Kriminalomsorgens høgskole og "
                          "utdanningssenter KRUS"),
         I("2013 – 2016", "Studiespesialisering, Tyttebærmo vidaregåande skule")),
       S("cert", L("Førstehjelp med hjarte-lunge-redning, repetisjon februar 2026"),
         L("Konflikthandtering og sjølvforsvar, instruktørkurs ved KRUS, 2023")),
       S("lic", L("Førarkort klasse B")),
       S("lang", L("Norsk (nynorsk og bokmål) – morsmål"), L("Engelsk – flytande, brukar det dagleg med innsette"),
         L("Polsk – litt"))),
    cv("arild-skjervheim.pdf", "nb", "pdf", "two-column", "MMMMMMXX",
       "bokmål, the older 'Fengselsbetjentutdanningen, Kriminalomsorgens utdanningssenter (KRUS)' (the same "
       "education before the høgskolekandidat), 'Fengselsbetjent' from 2008 and 'Førstebetjent' since '2016 – "
       "d.d.', 'Førerkort kl. B, BE og C1', 'Norsk – morsmål', 'Engelsk – meget god muntlig og skriftlig', "
       "'Førstehjelp og HLR – årlig repetisjon, sist september 2026'",
       "Arild Skjervheim", "Førstebetjent",
       S("contact", L("Tlf. 123 49 407"), L("arild.skjervheim@example.no"), L("Myrsnipemo")),
       S("lic", L("Førerkort kl. B, BE og C1")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – meget god muntlig og skriftlig"), L("Tysk – skolekunnskaper")),
       S("cert", L("Førstehjelp og HLR – årlig repetisjon, sist september 2026"),
         L("Sikkerhetskurs for innsatsstyrken, 2021"), head="Kurs"),
       S("profile", "Førstebetjent med 18 års erfaring fra kriminalomsorgen, de siste årene som skiftleder på "
                    "avdeling med høyt sikkerhetsnivå."),
       S("exp",
         I("2016 – d.d.", "Førstebetjent, Brakvasslia fengsel",
           "Skiftleder, vaktplanlegging og opplæring av aspiranter"),
         I("2008 – 2016", "Fengselsbetjent, Brakvasslia fengsel")),
       S("edu",
         I("2006 – 2008", "Fengselsbetjentutdanningen, Kriminalomsorgens utdanningssenter (KRUS)"),
         I("2002 – 2005", "Allmennfaglig studieretning, Myrsnipemo videregående skole")),
       order="left-first"),
    cv("jonna-sandelin.txt", "sv", "txt", "one-column", "UMMUMMXX",
       "a Swede: 'Kriminalvårdare' at a prison since '2015-09 – nu' is the same role, 'Körkort B', 'Engelska – "
       "flytande i tal och skrift', 'Första hjälpen och HLR, repetition april 2025'; but 'Kriminalvårdens "
       "grundutbildning för kriminalvårdare (20 veckor)' is not the KRUS education, and 'Norska – förstår bra' "
       "says nothing about speaking or writing Norwegian",
       "Jonna Sandelin", "Kriminalvårdare",
       S("contact", L("Tel. 0980-319 271"), L("jonna.sandelin@example.se"), L("Rönnskärsby, Sverige")),
       S("profile", "Kriminalvårdare sedan 2015 på anstalt med säkerhetsklass 1. Min sambo har fått jobb i Norge "
                    "och jag söker nu tjänster inom norsk kriminalomsorg."),
       S("exp",
         I("2015-09 – nu", "Kriminalvårdare, Anstalten Rönnskärsby (säkerhetsklass 1)",
           "Bevakning, visitationer och motiverande samtal", "Kontaktman för klienter i programverksamhet"),
         I("2012 – 2015", "Väktare, Kvarnlidsvik Bevakning AB")),
       S("edu",
         I("2015 – 2016", "Kriminalvårdens grundutbildning för kriminalvårdare (20 veckor), Kriminalvårdens "
                          "utbildningscentrum"),
         I("2009 – 2012", "Gymnasieexamen, samhällsvetenskapsprogrammet, Kvarnlidsviks gymnasium")),
       S("cert", L("Första hjälpen och HLR, repetition april 2025")),
       S("lic", L("Körkort B")),
       S("lang", L("Svenska – modersmål"), L("Engelska – flytande i tal och skrift"), L("Norska – förstår bra")),
       sep="   ", indent=6),
    cv("sjur-ullaland.txt", "nn", "txt", "badly-written", "UUNMNMXX",
       "badly written in nynorsk; 'norsk er morsmål', 'hadde førstehjelp på KRUS i haust'; but he is still a "
       "student ('ferdig til sommaren 2027'), the praksisår is training and two summers as 'sommarvikar i "
       "fengselet' are far from two years, 'har ikkje førarkort enno', and 'engelsk kan eg berre litt'",
       raw="""
Sjur Kvamme Ullaland
sjur.ullaland@example.no / 123 49 408 / Kvernhusbakken

hei, søkjer fast stilling som fengselsbetjent.
går andre året på KRUS no (høgskulekandidat i straffegjennomføring), ferdig til sommaren 2027. praksisåret har eg i Lauvnesvika fengsel.
før det var eg sommarvikar i fengselet i 2023 og 2024, ufaglært.
har ikkje førarkort enno, tek det til våren.
norsk er morsmål, engelsk kan eg berre litt.
hadde førstehjelp på KRUS i haust.
"""),
    cv("callum-redfern.docx", "en", "docx", "bold-headings", "UMMNMUXX",
       "an English prison officer: 'Prison Officer, HMP Brackenstow (Category B)' from 'Jun 2015 – Jul 2024' is "
       "the same role, 'English – native', 'Driving licence: category B (UK licence exchanged for a Norwegian "
       "one, 2025)'; but 'Prison Officer Entry Level Training (POELT), HM Prison Service – 10 weeks' is not the "
       "KRUS education, 'Norwegian – intermediate (B1), Norskprøven 2025' is below gode norskkunnskapar, and "
       "'First Aid at Work (3 days), March 2023' is older than two years",
       "Callum Redfern", "Prison Officer",
       S("contact", L("+47 123 49 409"), L("callum.redfern@example.co.uk"),
         L("Tyttebærmo (moved from Brackenstow, England, in 2024)")),
       S("profile", "Former HM Prison Service officer with nine years on residential wings in a Category B "
                    "prison. Living in Norway with my family since 2024 and working as a miljøarbeider while I "
                    "improve my Norwegian."),
       S("exp",
         I("Sep 2024 – present", "Miljøarbeider (support worker, 80 %), Tyttebærmo kommune, housing for "
                                 "unaccompanied minors"),
         I("Jun 2015 – Jul 2024", "Prison Officer, HMP Brackenstow (Category B)",
           "Wing officer and key worker for six prisoners", "Control and restraint trained")),
       S("edu",
         I("2015", "Prison Officer Entry Level Training (POELT), HM Prison Service – 10 weeks"),
         I("2008 – 2010", "A levels (History, Sociology, Biology), Brackenstow Sixth Form College")),
       S("cert", L("First Aid at Work (3 days), March 2023"),
         L("Control and Restraint (C&R) basic, refreshed yearly until 2024")),
       S("lic", L("Driving licence: category B (UK licence exchanged for a Norwegian one, 2025)")),
       S("lang", L("English – native"), L("Norwegian – intermediate (B1), Norskprøven 2025"))),
)


# ===========================================================================
# 3. sv: Golvläggare
# ===========================================================================

job(
    "golvlaggare", "Golvläggare till Kvarnlidsviks Golv & Våtrum AB – tillsvidareanställning", "sv", "floor layer",
    [
        ("Yrkesbevis som golvläggare från Golvbranschens Yrkesnämnd", "education"),
        ("Giltig behörighet för våtrumsarbete enligt GVK (Golvbranschens Våtrumskontroll)", "certificate"),
        ("Minst fem års erfarenhet som golvläggare", "experience"),
        ("Erfarenhet av läggning av linoleummatta", "must_mention"),
        ("B-körkort", "driving_licence"),
        ("God svenska i tal och skrift", "language"),
        ("Du är noggrann, självgående och har god fysik", "manual"),
    ],
    cv("viktor-fridolfsson.pdf", "sv", "pdf", "one-column", "MMMMMMX",
       "'Yrkesbevis som golvläggare, Golvbranschens Yrkesnämnd', 'GVK våtrumsbehörighet, förnyad 2024, giltig "
       "till 2029', golvläggare since '2013-09 – nu' (the lärling years do not count), 'Linoleummatta och "
       "plastmatta i offentliga miljöer', 'Körkort B', 'Svenska – modersmål'",
       "Viktor Fridolfsson", "Golvläggare med yrkesbevis",
       S("contact", L("Mobil 0980-319 272"), L("viktor.fridolfsson@example.se"), L("Kvarnlidsvik")),
       S("profile", "Golvläggare sedan 2013. Plastmatta och linoleum i skolor och sjukhus, våtrum i bostäder och "
                    "parkett när det behövs."),
       S("exp",
         I("2013-09 – nu", "Golvläggare, Kvarnlidsviks Golv & Våtrum AB",
           "Linoleummatta och plastmatta i offentliga miljöer, svetsning av fogar",
           "Våtrum enligt GVK:s branschregler"),
         I("2011-08 – 2013-08", "Golvläggarlärling, Kvarnlidsviks Golv & Våtrum AB")),
       S("edu",
         I("2013", "Yrkesbevis som golvläggare, Golvbranschens Yrkesnämnd"),
         I("2008 – 2011", "Bygg- och anläggningsprogrammet, Ekorrbacka gymnasium")),
       S("cert", L("GVK våtrumsbehörighet, förnyad 2024, giltig till 2029"), L("Heta arbeten, 2023")),
       S("lic", L("Körkort B")),
       S("lang", L("Svenska – modersmål"), L("Engelska – god"))),
    cv("hallvard-nesje.pdf", "nb", "pdf", "two-column", "UMMMMMX",
       "a Norwegian in Sweden: 'GVK-behörighet våtrum (Sverige), 2021, fornyet 2026', gulvlegger since 'aug. "
       "2011 – feb. 2020' and 'mars 2020 – d.d.', 'Linoleum og vinyl i skoler og omsorgsboliger', 'Førerkort "
       "klasse B', 'Svensk – flytende muntlig og skriftlig'; but 'Fagbrev i gulvleggerfaget' is Norwegian, not "
       "the yrkesbevis of the Swedish body the ad names",
       "Hallvard Nesje", "Gulvlegger med fagbrev",
       S("contact", L("Tlf. +46 980 319 273"), L("hallvard.nesje@example.no"), L("Ekorrbacka, Sverige")),
       S("lic", L("Førerkort klasse B")),
       S("lang", L("Norsk – morsmål"), L("Svensk – flytende muntlig og skriftlig (bodd i Sverige siden 2020)"),
         L("Engelsk – godt")),
       S("cert", L("GVK-behörighet våtrum (Sverige), 2021, fornyet 2026"),
         L("Våtromssertifikat, Fagrådet for våtrom (Norge), 2015")),
       S("profile", "Norsk gulvlegger med fagbrev, bosatt i Sverige siden 2020. Jeg legger belegg, linoleum og "
                    "parkett og har jobbet mye med våtrom."),
       S("exp",
         I("mars 2020 – d.d.", "Golvläggare, Ekorrbacka Golvservice AB",
           "Linoleum og vinyl i skoler og omsorgsboliger, våtrom etter GVK"),
         I("aug. 2011 – feb. 2020", "Gulvlegger, Hegrestølen Gulv AS", "Belegg, linoleum og parkett, våtrom")),
       S("edu",
         I("2011", "Fagbrev i gulvleggerfaget"),
         I("2007 – 2009", "Vg1 bygg- og anleggsteknikk, Vg2 overflateteknikk, Hegrestølen videregående skole")),
       order="rows"),
    cv("grzegorz-zielinski.docx", "en", "docx", "europass", "MMMMMMX",
       "a Pole in Sweden: 'Yrkesbevis som golvläggare (Golvbranschens Yrkesnämnd), after validation of my Polish "
       "experience', 'Wet room authorisation (våtrumsbehörighet GVK), 2022, valid', floor layer since '2011-09 – "
       "2016-04' and '2016-05 – present', 'Linoleum, vinyl flooring and wet rooms', driving licence B, Swedish "
       "'fluent, spoken and written'",
       "Grzegorz Zieliński", "Floor layer (golvläggare)",
       S("contact", KV("Phone", "+46 980 319 274"), KV("E-mail", "grzegorz.zielinski@example.pl"),
         KV("Address", "Hjortronmyra, Sweden")),
       S("exp",
         I("2016-05 – present", "Floor layer (golvläggare), Hjortronmyra Golv AB",
           "Linoleum, vinyl flooring and wet rooms in schools, hospitals and apartments"),
         I("2011-09 – 2016-04", "Floor layer, Posadzki Olszynowo s.c., Poland", "Vinyl, carpet and wood flooring")),
       S("edu",
         I("2018", "Yrkesbevis som golvläggare (Golvbranschens Yrkesnämnd), after validation of my Polish "
                   "experience"),
         I("2007 – 2011", "Technical school, finishing works in construction, Olszynowo Górne, Poland")),
       S("cert", KV("GVK", "Wet room authorisation (våtrumsbehörighet GVK), 2022, valid"),
         KV("Other", "Heta arbeten, 2025"), head="Certificates"),
       S("lic", KV("Driving licence", "B")),
       S("lang", KV("Mother tongue", "Polish"),
         KV("Swedish", "fluent, spoken and written (Svenska som andraspråk 3)"), KV("English", "B2"))),
    cv("linus-akerlind.txt", "sv", "txt", "badly-written", "MUUUMMX",
       "badly written; 'yrkesbeviset fick jag 2022', 'har B-körkort', 'svenska är mitt modersmål'; but 'GVK-kursen "
       "ska jag gå i vår', golvläggare only 'sedan hösten 2022' (about four years; the lärling years are "
       "training), and 'mest plastmatta i nya lägenheter och lite parkett' is not linoleum",
       raw="""
Linus Åkerlind, 24 år
tel 0980-319 275, linus.akerlind@example.se
Bor i Rönnskärsby

hej!
söker jobbet som golvläggare. lärling 2020-2022 och sen golvläggare på Rönnskärsby Golv sedan hösten 2022, mest plastmatta i nya lägenheter och lite parkett.
yrkesbeviset fick jag 2022.
GVK-kursen ska jag gå i vår, chefen har anmält mig.
har B-körkort. svenska är mitt modersmål
"""),
    cv("kasper-ostergaard.pdf", "da", "pdf", "one-column", "UUMMMNX",
       "a Dane: gulvlægger since '2008 – nu', 'Linoleum og vinyl i skoler, plejecentre og hospitaler', "
       "'Kørekort: B'; but 'Svendebrev som gulvlægger' is not the yrkesbevis the ad names, the Danish "
       "'GVD-certificeret vådrumsmontør' is not GVK, and 'Svensk – forstår det meste, taler og skriver lidt' is "
       "below god svenska",
       "Kasper Bjerre Østergaard", "Gulvlægger",
       S("contact", L("Tlf. +45 12 34 79 31"), L("kasper.ostergaard@example.dk"), L("Slåenhøj")),
       S("profile", "Gulvlægger med 18 års erfaring i linoleum, vinyl og trægulve. Vi flytter til Sverige i "
                    "foråret, og jeg søger fast arbejde."),
       S("exp",
         I("2008 – nu", "Gulvlægger, Slåenhøj Gulve ApS", "Linoleum og vinyl i skoler, plejecentre og hospitaler",
           "Vådrum med vinyl og svejste samlinger"),
         I("2004 – 2008", "Gulvlæggerlærling, Slåenhøj Gulve ApS")),
       S("edu", I("2008", "Svendebrev som gulvlægger, Tjørnemose Erhvervsskole")),
       S("cert", L("GVD-certificeret vådrumsmontør (Gulvbranchens Vådrumsordning, Danmark), 2019")),
       S("lic", L("Kørekort: B")),
       S("lang", L("Dansk – modersmål"), L("Engelsk – godt"), L("Svensk – forstår det meste, taler og skriver lidt"))),
)


# ===========================================================================
# 4. da: Murer
# ===========================================================================

job(
    "murer", "Murersvend til restaurering og renovering – Hvedeløkke Murerforretning ApS", "da", "bricklayer",
    [
        ("Uddannet murer med svendebrev", "education"),
        ("Mindst 3 års erfaring som murersvend", "experience"),
        ("AMU-kursus i opstilling af facadestilladser (systemstilladser)", "certificate"),
        ("Erfaring med restaurering af ældre murværk med kalkmørtel", "must_mention"),
        ("Kørekort kategori B", "driving_licence"),
        ("Du taler og forstår dansk eller engelsk", "language"),
        ("Du er mødestabil og kan arbejde selvstændigt", "manual"),
    ],
    cv("jeppe-morch.docx", "da", "docx", "table", "MMMMMMX",
       "'Svendebrev som murer', 'Murersvend' since 'aug. 2013 – d.d.' (the apprenticeship does not count), 'AMU: "
       "Opstilling af facadestilladser – systemstilladser, 2015', 'Restaurering af fredede bygninger med "
       "kalkmørtel', 'Kørekort: B, BE', 'Dansk – modersmål'",
       "Jeppe Kjeldgaard Mørch", "Murersvend",
       S("contact", L("Mobil +45 12 34 79 32"), L("jeppe.morch@example.dk"), L("Hvedeløkke")),
       S("profile", "Murersvend med speciale i ældre huse: omfugning, udskiftning af sten og kalkpuds på "
                    "bindingsværk."),
       S("exp",
         I("aug. 2013 – d.d.", "Murersvend, Engkarseby Murer & Restaurering ApS",
           "Restaurering af fredede bygninger med kalkmørtel og hydraulisk kalk",
           "Omfugning af facader og nye skorstene"),
         I("2009 – 2013", "Murerlærling, Engkarseby Murer & Restaurering ApS")),
       S("edu",
         I("juni 2013", "Svendebrev som murer, Hvedeløkke Tekniske Skole"),
         I("2008 – 2009", "Grundforløb, bygge og anlæg")),
       S("cert", L("AMU: Opstilling af facadestilladser – systemstilladser, 2015"),
         L("AMU: Kalkmørtel og restaurering af murværk, 2018"), L("Førstehjælp, 2025")),
       S("lic", L("Kørekort: B, BE")),
       S("lang", L("Dansk – modersmål"), L("Engelsk – godt"))),
    cv("tadeusz-mrozek.docx", "en", "docx", "europass", "MMMMMMX",
       "a Pole: 'Journeyman certificate as bricklayer (świadectwo czeladnicze, murarz)' is a svendebrev in the "
       "same trade, bricklayer since '09/2009 – 03/2017' and '04/2017 – present', 'AMU: Opstilling af "
       "facadestilladser (systemstilladser), 2018', 'Restoration of old brick facades with lime mortar', driving "
       "licence B, English 'good, spoken and written (B2)' (dansk eller engelsk: one is enough)",
       "Tadeusz Mrozek", "Bricklayer (murer)",
       S("contact", KV("Phone", "+45 12 34 79 33"), KV("E-mail", "tadeusz.mrozek@example.pl"),
         KV("Address", "Tjørnemose, Denmark")),
       S("exp",
         I("04/2017 – present", "Bricklayer (murersvend), Tjørnemose Murerfirma A/S",
           "Restoration of old brick facades with lime mortar, repointing and brick replacement",
           "New build: facing brick and block walls"),
         I("09/2009 – 03/2017", "Bricklayer (murarz), Budownictwo Mrozek i Syn, Poland")),
       S("edu",
         I("2009", "Journeyman certificate as bricklayer (świadectwo czeladnicze, murarz), Chamber of Crafts, Poland"),
         I("2006 – 2009", "Vocational school, bricklayer, Olszynowo Górne")),
       S("cert", KV("Scaffolding", "AMU: Opstilling af facadestilladser (systemstilladser), 2018"),
         KV("Safety", "Asbest – nedrivning og bortskaffelse (AMU), 2021"), head="Courses"),
       S("lic", KV("Driving licence", "B")),
       S("lang", KV("Mother tongue", "Polish"), KV("English", "good, spoken and written (B2)"),
         KV("Danish", "basic (A2), I understand instructions on site"))),
    cv("brian-lauritsen.txt", "da", "txt", "badly-written", "NUUMMMX",
       "badly written; 'blander kalkmørtel og hjælper murerne med at restaurere gamle facader', 'har kørekort og "
       "egen bil' (a car licence is B), 'dansk er mit modersmål'; but 'har ikke svendebrev', a murerarbejdsmand "
       "is not a murersvend, and 'har kursus i rullestillads' is not the facadestillads course",
       raw="""
Brian Kragh Lauritsen
tlf 12 34 79 34 - brian.lauritsen@example.dk - Engkarseby

Hej. jeg søger stillingen som murer.
har ikke svendebrev men har arbejdet som murerarbejdsmand siden 2016 hos Engkarseby Murer & Restaurering, og kan det meste.
blander kalkmørtel og hjælper murerne med at restaurere gamle facader og skorstene, har også selv fuget.
har kursus i rullestillads.
har kørekort og egen bil. dansk er mit modersmål.
"""),
    cv("oskar-bergqvist-lodin.pdf", "sv", "pdf", "right-dates", "MMUMMMX",
       "a Swede: 'Yrkesbevis som murare (Byggnadsindustrins Yrkesnämnd, BYN)' is the Swedish svendebrev, murare "
       "since '2016-06 – nu', 'Renovering av kalkputsade fasader, murning med kalkbruk', 'Körkort B', 'Engelska – "
       "god i tal och skrift'; but 'Ställningsutbildning för fasadställningar över 9 m' is a Swedish course, not "
       "the AMU course the ad asks for",
       "Oskar Bergqvist Lodin", "Murare",
       S("contact", L("Tel. +46 980 319 276"), L("oskar.lodin@example.se"), L("Hjortronmyra, Sverige")),
       S("profile", "Murare med yrkesbevis och tio års erfarenhet av renovering av äldre fasader. Jag flyttar till "
                    "Danmark 2027 och söker jobb inom restaurering."),
       S("exp",
         I("2016-06 – nu", "Murare, Hjortronmyra Mur & Puts AB",
           "Renovering av kalkputsade fasader, murning med kalkbruk", "Omfogning och skorstensrenovering"),
         I("2014-06 – 2016-05", "Murarlärling, Hjortronmyra Mur & Puts AB")),
       S("edu",
         I("2016", "Yrkesbevis som murare (Byggnadsindustrins Yrkesnämnd, BYN)"),
         I("2011 – 2014", "Bygg- och anläggningsprogrammet, inriktning murning, Hjortronmyra gymnasium")),
       S("cert", L("Ställningsutbildning för fasadställningar över 9 m (enligt AFS), 2017"), L("Heta arbeten, 2024")),
       S("lic", L("Körkort B")),
       S("lang", L("Svenska – modersmål"), L("Engelska – god i tal och skrift"), L("Danska – förstår det mesta")),
       date_first=True),
    cv("mathias-damgaard.pdf", "da", "pdf", "two-column", "MUMUMMX",
       "'Svendebrev som murer' from 'juni 2025', 'AMU: Opstilling af facadestilladser (systemstilladser), 2023', "
       "'Kørekort B (2024)', 'Dansk – modersmål'; but 'Murersvend' since 'aug. 2025 – nu' is about 16 months "
       "(the læretid is training), and lime mortar restoration appears only in the apprenticeship",
       "Mathias Friis Damgaard", "Murer (nyudlært)",
       S("contact", L("Tlf. +45 12 34 79 35"), L("mathias.damgaard@example.dk"), L("Slåenhøj")),
       S("lic", L("Kørekort B (2024)")),
       S("lang", L("Dansk – modersmål"), L("Engelsk – flydende")),
       S("cert", L("AMU: Opstilling af facadestilladser (systemstilladser), 2023"), head="Kurser"),
       S("profile", "Nyudlært murer med ambitioner inden for restaurering. I min læretid var jeg med til at "
                    "restaurere en gammel præstegård med kalkmørtel."),
       S("exp",
         I("aug. 2025 – nu", "Murersvend, Slåenhøj Byggeservice ApS", "Nybyg: blokmurværk, fliser og betonarbejde"),
         I("2021 – 2025", "Murerlærling, Slåenhøj Murer ApS",
           "Restaurering af gammel præstegård med kalkmørtel (i læretiden)")),
       S("edu", I("juni 2025", "Svendebrev som murer, Tjørnemose Erhvervsskole")),
       order="right-first"),
)


# ===========================================================================
# 5. en: Structural engineer
# ===========================================================================

job(
    "structural-engineer",
    "Structural Engineer – bridges and buildings, Sildrevåg office (Nordic consultancy, English-speaking team)", "en",
    "structural engineer",
    [
        ("MSc or MEng in Structural or Civil Engineering, or equivalent", "education"),
        ("Chartered Engineer (CEng MIStructE or CEng MICE) or equivalent professional registration", "authorisation"),
        ("Minimum 5 years of post-graduate experience in structural design", "experience"),
        ("Design experience to Eurocodes (EN 1992 and/or EN 1993)", "must_mention"),
        ("Experience with FEM analysis software such as Robot, SAP2000 or FEM-Design", "must_mention"),
        ("Fluent English, written and spoken", "language"),
        ("Professional working proficiency in Norwegian, Swedish or Danish (B2 or higher)", "language"),
        ("Right to work in Norway and willingness to travel to sites across the Nordics", "manual"),
    ],
    cv("fiona-hovde.docx", "en", "docx", "table", "MMMMMMMX",
       "'MEng Civil and Structural Engineering', 'Chartered Engineer, CEng MIStructE (2017)', structural engineer "
       "since 'Sep 2013 – Dec 2018' and 'Jan 2019 – present' (the summer placement does not count), 'EN 1992-2 "
       "and EN 1993-2', 'FE models in Robot and SOFiSTiK', 'English – native', 'Norwegian – fluent (C1), "
       "Norskprøven C1 2022'",
       "Fiona Strachan Hovde", "Chartered Structural Engineer (CEng MIStructE)",
       S("contact", L("+47 123 49 410"), L("fiona.hovde@example.com"), L("Sildrevåg, Norway")),
       S("profile", "Scottish-born structural engineer with 13 years in bridges and buildings. Living in Norway "
                    "since 2019 and working in Norwegian every day."),
       S("exp",
         I("Jan 2019 – present", "Senior Structural Engineer, Sildrevåg Rådgivende Ingeniører AS",
           "Concrete and steel bridges designed to EN 1992-2 and EN 1993-2 with the Norwegian annexes",
           "FE models in Robot and SOFiSTiK; checking of junior engineers"),
         I("Sep 2013 – Dec 2018", "Structural Engineer, Brackenstow Structures LLP, England",
           "Steel-framed schools and car parks to Eurocode 3"),
         I("Summer 2012", "Summer placement, Brackenstow Structures LLP")),
       S("edu", I("2009 – 2013", "MEng Civil and Structural Engineering (first class), University of Wyndlecombe")),
       S("cert", L("Chartered Engineer, CEng MIStructE (2017)"), head="Professional registration"),
       S("skills", L("Robot Structural Analysis, SOFiSTiK, Tekla Structures, Revit")),
       S("lang", L("English – native"), L("Norwegian – fluent (C1), Norskprøven C1 2022"))),
    cv("solveig-lium.pdf", "nb", "pdf", "two-column", "MMMMMMMX",
       "bokmål: 'Sivilingeniør / Master i bygg- og miljøteknikk, konstruksjonsteknikk', 'Chartered Engineer (CEng "
       "MICE), Institution of Civil Engineers, 2014', structural engineer since 'sep. 2010 – juli 2016' and 'aug. "
       "2016 – d.d.', 'Dimensjonering etter Eurokode 2 og 3 (NS-EN 1992 og NS-EN 1993)', 'FEM-Design, Robot "
       "Structural Analysis', 'Engelsk – flytende muntlig og skriftlig', 'Norsk – morsmål'",
       "Solveig Arnestad Lium", "Sivilingeniør, bærende konstruksjoner (CEng MICE)",
       S("contact", L("Tlf. 123 49 411"), L("solveig.lium@example.no"), L("Brakvasslia")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – flytende muntlig og skriftlig (bodde i England 2010–2016)"),
         L("Svensk – forstår godt")),
       S("cert", L("Chartered Engineer (CEng MICE), Institution of Civil Engineers, 2014"), L("Medlem av Tekna"),
         head="Sertifiseringer"),
       S("skills", L("FEM-Design, Robot Structural Analysis, Focus Konstruksjon"),
         L("Dimensjonering etter Eurokode 2 og 3 (NS-EN 1992 og NS-EN 1993)"), head="Programvare og regelverk"),
       S("profile", "Rådgivende ingeniør bygg (RIB) med 16 års erfaring fra bruer, kaier og næringsbygg i Norge og "
                    "Storbritannia."),
       S("exp",
         I("aug. 2016 – d.d.", "Rådgivende ingeniør bygg (RIB), Brakvasslia Konstruksjon AS",
           "Prosjekterer betongbruer og kaier, FEM-analyser og tegningskontroll"),
         I("sep. 2010 – juli 2016", "Structural Engineer, Wyndlecombe Bridge Consultants Ltd, England",
           "Stålbruer og gangbruer")),
       S("edu", I("2005 – 2010", "Sivilingeniør / Master i bygg- og miljøteknikk, konstruksjonsteknikk, "
                                 "Tyttebærmo tekniske universitet")),
       order="left-first"),
    cv("arjun-venkatraman.pdf", "en", "pdf", "one-column", "MUMUMMNX",
       "'M.Tech in Structural Engineering', structural design since 'Jul 2017 – Mar 2026', 'Analysis and design "
       "in STAAD.Pro and ETABS' (FEM software of the kind asked), 'English – fluent (IELTS 8.0)'; but 'Chartered "
       "Engineer (India), Institution of Engineers (India)' is not shown to be equivalent to CEng, his design was "
       "to 'IS 456 and IS 800' with only a 'Eurocode 2 – online course (40 h)', and 'Norwegian – A1, started "
       "evening course' is below B2",
       "Arjun Venkatraman", "Structural Engineer, M.Tech",
       S("contact", L("Phone +47 123 49 412"), L("arjun.venkatraman@example.in"),
         L("Kvernhusbakken, Norway (family immigration, 2026)")),
       S("profile", "Structural engineer with nine years of design of high-rise residential and industrial "
                    "buildings in India. Moved to Norway in 2026 with my wife, who works here as a doctor."),
       S("exp",
         I("Jul 2017 – Mar 2026", "Senior Structural Engineer, Amravalli Consulting Engineers Pvt Ltd, India",
           "RCC and steel design to IS 456 and IS 800", "Analysis and design in STAAD.Pro and ETABS"),
         I("Aug 2015 – Jun 2017", "Graduate Engineer Trainee, Amravalli Consulting Engineers Pvt Ltd")),
       S("edu",
         I("2013 – 2015", "M.Tech in Structural Engineering, Amravalli Institute of Technology"),
         I("2009 – 2013", "B.E. Civil Engineering, Amravalli Institute of Technology")),
       S("cert", L("Chartered Engineer (India), Institution of Engineers (India), 2021"),
         L("Eurocode 2 – online course (40 h), completed October 2026"), head="Professional"),
       S("lang", L("English – fluent (IELTS 8.0)"), L("Hindi and Tamil – native"),
         L("Norwegian – A1, started evening course"))),
    cv("elsa-wik.docx", "sv", "docx", "dates-after", "MUUMMMMX",
       "'Civilingenjör, Väg- och vattenbyggnad, inriktning konstruktion, 300 hp' is an MSc, 'Dimensionering enligt "
       "Eurokod 2 och 3', 'FEM-analyser i FEM-Design och RFEM', 'Engelska – flytande i tal och skrift (C1)', "
       "'Svenska – modersmål'; but the CEng is pending ('Professional Review Interview booked March 2027'), and "
       "'Konstruktör' since '2022-02 – nu' is under five years (the thesis and student drafting are not "
       "post-graduate experience)",
       "Elsa Lindroth Wik", "Konstruktör, bärande konstruktioner",
       S("contact", L("Tel. 0980-319 277"), L("elsa.wik@example.se"), L("Ekorrbacka")),
       S("profile", "Civilingenjör och konstruktör inom betong och stål. Jag är på väg mot CEng via IStructE och "
                    "vill arbeta med broar i ett internationellt team."),
       S("exp",
         I("2022-02 – nu", "Konstruktör, Ekorrbacka Byggkonstruktion AB",
           "Dimensionering enligt Eurokod 2 och 3 (SS-EN 1992, SS-EN 1993) med svenska nationella val",
           "FEM-analyser i FEM-Design och RFEM"),
         I("2021-01 – 2021-06", "Examensarbete, Ekorrbacka Byggkonstruktion AB: fogfria broar i FEM"),
         I("2017 – 2021", "Ritare, extrajobb på deltid under studierna, Ekorrbacka Byggkonstruktion AB")),
       S("edu", I("2016 – 2021", "Civilingenjör, Väg- och vattenbyggnad, inriktning konstruktion, 300 hp, "
                                 "Kvarnlidsviks tekniska högskola")),
       S("cert", L("IStructE: Initial Professional Development (IPD) approved 2025, Professional Review Interview "
                   "booked March 2027"), head="Certifieringar"),
       S("lang", L("Svenska – modersmål"), L("Engelska – flytande i tal och skrift (C1)"), L("Norska – förstår bra"))),
    cv("niels-lind.txt", "da", "txt", "no-headings", "UUMMMMMX",
       "no headings, a Dane: 'Statiker' since '2010 – nu', 'Statiske beregninger efter Eurocode 2, 3 og 5', "
       "'FEM-modeller i Robot og StaadPro', 'engelsk – flydende i skrift og tale', 'Dansk – modersmål'; but "
       "'Bygningsingeniør (professionsbachelor, 210 ECTS)' is a bachelor, not an MSc, and 'Medlem af IDA "
       "(Ingeniørforeningen)' is a membership, not a registration",
       "Niels Holmboe Lind", "Bygningsingeniør / statiker",
       S("contact", "niels.lind@example.dk · +45 12 34 79 36 · Engkarseby"),
       S("profile", "Bygningsingeniør og statiker med 16 års erfaring i beton- og stålkonstruktioner til erhverv og "
                    "boliger. Søger nye udfordringer med broer i Norge."),
       S("exp", I("2010 – nu", "Statiker, Engkarseby Rådgivende Ingeniører A/S",
                  "Statiske beregninger efter Eurocode 2, 3 og 5 med danske nationale annekser",
                  "FEM-modeller i Robot og StaadPro")),
       S("edu", I("2006 – 2010", "Bygningsingeniør (professionsbachelor, 210 ECTS), Tjørnemose Ingeniørhøjskole")),
       S("other", L("Medlem af IDA (Ingeniørforeningen)"),
         L("Dansk – modersmål, engelsk – flydende i skrift og tale, norsk – forstår")),
       sep=": "),
)


# ===========================================================================
# 6. nb: Fotterapeut
# ===========================================================================

job(
    "fotterapeut", "Fotterapeut – Myrsnipemo kommune, fotterapi for personer med diabetes (80 % fast)", "nb",
    "podiatrist",
    [
        ("Autorisasjon som fotterapeut fra Helsedirektoratet", "authorisation"),
        ("Fullført fagskoleutdanning i fotterapi eller tilsvarende", "education"),
        ("Minst to års erfaring som fotterapeut", "experience"),
        ("Erfaring med behandling av diabetiske føtter og andre risikoføtter", "must_mention"),
        ("Gode norskkunnskaper, muntlig og skriftlig", "language"),
        ("Du er omsorgsfull, selvstendig og nøyaktig med hygiene", "manual"),
    ],
    cv("mari-aune.pdf", "nb", "pdf", "dates-after", "MMMMMX",
       "'Autorisasjon som fotterapeut, Helsedirektoratet, august 2016', 'Fagskoleutdanning i fotterapi, "
       "Kvernhusbakken fagskole', fotterapeut since 'sep. 2016 – d.d.' (overlapping jobs count once), 'behandling av "
       "diabetiske føtter og risikoføtter', 'Norsk – morsmål'",
       "Mari Heggelund Aune", "Autorisert fotterapeut",
       S("contact", L("Mob. 123 49 413"), L("mari.aune@example.no"), L("Myrsnipemo")),
       S("profile", "Autorisert fotterapeut med ti års erfaring fra egen klinikk og kommunalt diabetesfotteam."),
       S("exp",
         I("jan. 2020 – d.d.", "Fotterapeut (60 %), Myrsnipemo kommune, diabetesfotteamet",
           "Sårforebygging, avlastning og behandling av diabetiske føtter og risikoføtter i samarbeid med "
           "fastleger"),
         I("sep. 2016 – d.d.", "Fotterapeut og daglig leder, Aune Fotterapi (enkeltpersonforetak, deltid)")),
       S("edu", I("2014 – 2016", "Fagskoleutdanning i fotterapi, Kvernhusbakken fagskole")),
       S("auth", L("Autorisasjon som fotterapeut, Helsedirektoratet, august 2016")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – godt"))),
    cv("karin-sjoholm.pdf", "sv", "pdf", "two-column", "UMMMMX",
       "a Swede: 'Medicinsk fotterapeut, YH-utbildning 400 YH-poäng' is the same education, medicinsk "
       "fotterapeut since '2013-08 – nu', 'Diabetesfotvård och riskfötter', 'Norska – god i tal och skrift'; but "
       "'Legitimerad medicinsk fotterapeut, Socialstyrelsen' is Swedish, and the Norwegian authorisation is only "
       "'ansökan skickad till Helsedirektoratet september 2026'",
       "Karin Ekdahl Sjöholm", "Leg. medicinsk fotterapeut",
       S("contact", L("Tel. +46 980 319 278"), L("karin.sjoholm@example.se"), L("Hjortronmyra")),
       S("auth", L("Legitimerad medicinsk fotterapeut, Socialstyrelsen, 2013"),
         L("Norsk autorisation som fotterapeut: ansökan skickad till Helsedirektoratet september 2026"), side=True),
       S("lang", L("Svenska – modersmål"), L("Norska – god i tal och skrift"), L("Engelska – god")),
       S("profile", "Legitimerad medicinsk fotterapeut med 13 års erfarenhet, bland annat av diabetesmottagning. "
                    "Jag flyttar till Norge i januari."),
       S("exp", I("2013-08 – nu", "Medicinsk fotterapeut, Hjortronmyra Fotvårdsklinik",
                  "Diabetesfotvård och riskfötter på remiss från vårdcentralen", "Ortoser och avlastning")),
       S("edu", I("2011 – 2013", "Medicinsk fotterapeut, YH-utbildning 400 YH-poäng, Rönnskärsby yrkeshögskola")),
       order="rows"),
    cv("hege-tangvald.pdf", "nb", "pdf", "right-dates", "MMUMMX",
       "'Autorisasjon som fotterapeut, Helsedirektoratet, juli 2025', 'Fagskoleutdanning i fotterapi (deltid)', "
       "'Behandling av risikoføtter og diabetiske føtter', 'Norsk – morsmål'; but 'Fotterapeut' only since 'aug. "
       "2025 – d.d.' (about 16 months), and the years as 'Fotpleier og hudpleier' are cosmetic foot care, another "
       "role",
       "Hege Ryen Tangvald", "Fotterapeut (tidligere fotpleier)",
       S("contact", L("Tlf. 123 49 414"), L("hege.tangvald@example.no"), L("Kvernhusbakken")),
       S("profile", "Fotpleier i over ti år og nå autorisert fotterapeut. Jeg tok fotterapiutdanningen på deltid "
                    "ved siden av jobben og har siden august 2025 jobbet som fotterapeut."),
       S("exp",
         I("aug. 2025 – d.d.", "Fotterapeut, Kvernhusbakken Fotklinikk",
           "Behandling av risikoføtter og diabetiske føtter, nagelregulering og avlastning"),
         I("2014 – juli 2025", "Fotpleier og hudpleier, Salong Tangvald", "Kosmetisk fotpleie og manikyr")),
       S("edu",
         I("2023 – 2025", "Fagskoleutdanning i fotterapi (deltid), Kvernhusbakken fagskole"),
         I("2013 – 2014", "Fotpleierkurs, 6 måneder, privat skole")),
       S("auth", L("Autorisasjon som fotterapeut, Helsedirektoratet, juli 2025")),
       S("lang", L("Norsk – morsmål"))),
    cv("gareth-penhallow.pdf", "en", "pdf", "europass", "UMMMNX",
       "an English podiatrist: 'BSc (Hons) Podiatry' is the same field at a higher level, 'Podiatrist (Band 6)' "
       "from 'Oct 2015 – Jun 2026', 'High-risk diabetic foot clinic'; but the Norwegian authorisation is 'case "
       "pending', and 'B1 (Norskprøven, spoken and written, 2026)' is below gode norskkunnskaper",
       "Gareth Penhallow", "Podiatrist (BSc Hons), HCPC registered",
       S("contact", KV("Phone", "+47 123 49 415"), KV("E-mail", "gareth.penhallow@example.co.uk"),
         KV("Address", "Brakvasslia, Norway")),
       S("exp", I("Oct 2015 – Jun 2026", "Podiatrist (Band 6), Wyndlecombe Community Podiatry Service, England",
                  "High-risk diabetic foot clinic: ulcer care, offloading and nail surgery")),
       S("edu", I("2012 – 2015", "BSc (Hons) Podiatry, University of Wyndlecombe")),
       S("auth", KV("United Kingdom", "HCPC registered podiatrist since 2015"),
         KV("Norway", "authorisation as fotterapeut applied for at Helsedirektoratet, August 2026 – case pending"),
         head="Registration"),
       S("lang", KV("Mother tongue", "English"), KV("Norwegian", "B1 (Norskprøven, spoken and written, 2026)"))),
    cv("ragnhild-saevareid.txt", "nn", "txt", "dates-after", "MMMMMX",
       "nynorsk, older titles: 'Autorisasjon som fotterapeut, Statens autorisasjonskontor for helsepersonell, "
       "2009' is a Norwegian authorisation (that office is now part of Helsedirektoratet), "
       "'Fotterapeututdanning (godkjend, eitt år fulltid)' is the education of its time, fotterapeut since '2009 "
       "– d.d.', 'Diabetesføter, risikoføter og sårførebygging', 'Norsk – morsmål'",
       "Ragnhild Lothe Sævareid", "Fotterapeut",
       S("contact", L("tlf. 123 49 416"), L("ragnhild.saevareid@example.no"), L("Tyttebærmo")),
       S("profile", "Fotterapeut med eiga klinikk sidan 2009. Eg ønskjer meg no fast stilling i kommunen og meir "
                    "tverrfagleg arbeid."),
       S("exp",
         I("2009 – d.d.", "Fotterapeut, eiga klinikk (Sævareid Fotterapi), Tyttebærmo",
           "Diabetesføter, risikoføter og sårførebygging, tilvising frå fastlegar",
           "Innleigd fotterapeut ved Tyttebærmo sjukeheim ein dag i veka sidan 2018"),
         I("2001 – 2007", "Hjelpepleiar, Tyttebærmo sjukeheim")),
       S("edu",
         I("2007 – 2008", "Fotterapeututdanning (godkjend, eitt år fulltid), Brakvasslia helsefagskule"),
         I("1998 – 2000", "Hjelpepleiarutdanning, Tyttebærmo vidaregåande skule")),
       S("auth", L("Autorisasjon som fotterapeut, Statens autorisasjonskontor for helsepersonell, 2009")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – litt")),
       upper=False, rule=True),
)


# --------------------------------------------------------------------------
# The README's closing sections, written by hand
# --------------------------------------------------------------------------

HARD_CASES = [
    "### Hard cases, on purpose",
    "",
    "Trade certificates: fagbrev i stillasbyggerfaget (and its nynorsk name stillasbyggjarfaget), one",
    "taken by a Pole and one by a Norwegian as praksiskandidat (\"tok fagprøven ... og bestod\"), a",
    "Lithuanian \"Scaffolding assembler certificate ... (40 h course)\"; a golvläggare yrkesbevis from",
    "Golvbranschens Yrkesnämnd, one \"after validation of my Polish experience\", a Norwegian fagbrev i",
    "gulvleggerfaget and a Danish svendebrev som gulvlægger for it; a Danish svendebrev som murer, a",
    "Polish \"świadectwo czeladnicze\", a Swedish \"Yrkesbevis som murare (... BYN)\" and \"har ikke",
    "svendebrev\". Education: the KRUS høgskulekandidat, the older \"Fengselsbetjentutdanningen\", a",
    "student \"ferdig til sommaren 2027\", Kriminalvården's 20-week basic training and the British POELT;",
    "MEng, \"Sivilingeniør / Master\", M.Tech, a Swedish civilingenjör (300 hp) and a Danish",
    "professionsbachelor; a fagskole in fotterapi, a Swedish YH medicinsk fotterapeut, a British BSc",
    "(Hons) Podiatry and an old one-year fotterapeut education. Courses and authorisations: stillas",
    "training \"over 9 meter (modul 1–3)\" against \"stillaskurset til 9 meter\", fall protection courses",
    "named in three languages; GVK valid to 2029, a GVK course \"ska jag gå i vår\", a Danish GVD and a",
    "Norwegian våtromssertifikat; the Danish AMU facadestillads course against a \"rullestillads\" course",
    "and a Swedish \"Ställningsutbildning för fasadställningar över 9 m\"; CEng MIStructE and CEng MICE,",
    "\"Chartered Engineer (India)\", an IStructE review interview \"booked March 2027\" and IDA",
    "membership; the fotterapeut authorisation from Helsedirektoratet and from its predecessor, Statens",
    "autorisasjonskontor for helsepersonell, a Swedish legitimation with a Norwegian application",
    "\"skickad ... september 2026\" and a British HCPC registration \"case pending\"; first aid",
    "\"repetisjon februar 2026\", \"sist september 2026\", \"april 2025\", \"i haust\" and \"March 2023\".",
    "Experience: apprenticeships, lærling and aspirant years (training, not experience), 28 months",
    "as stillasbyggjar, four years as golvläggare, 16 months as murersvend and as fotterapeut, 57",
    "months as konstruktör after a thesis and student drafting, a murerarbejdsmand and a fotpleier",
    "(other roles), kriminalvårdare and HM prison officer (the same role), two overlapping part-time",
    "fotterapeut jobs. Named skills: linoleum against plastmatta,",
    "kalkmørtel and kalkbruk met at work, by a labourer and only in an apprenticeship; Eurocodes as",
    "\"Eurokode 2 og 3\", \"Eurokod 2 och 3\", \"EN 1992-2\" and only as an online course beside IS 456;",
    "STAAD.Pro, ETABS, SOFiSTiK, RFEM and FEM-Design; \"diabetiske føtter\", \"riskfötter\",",
    "\"Diabetesføter\" and \"High-risk diabetic foot clinic\". Languages: Norskprøven \"B1 written and B2",
    "oral\", \"Norwegian – A2 (basic)\", \"intermediate (B1)\" below gode, \"Norska – förstår bra\",",
    "\"Svensk – forstår det meste, taler og skriver lidt\", \"engelsk kan eg berre litt\", English for",
    "\"dansk eller engelsk\", Swedish and Danish for \"Norwegian, Swedish or Danish\". Driving licences:",
    "\"B og BE\", \"B, BE, C\", a BE test \"bestilt til januar 2027\", \"har ikkje førarkort enno\", \"har",
    "kørekort og egen bil\". Badly written TXT CVs in bokmål, nynorsk, Swedish and Danish; a TXT CV",
    "without headings, Europass DOCX and PDF, right-aligned dates with the date first in the stream.",
    "",
    "### Labelling decisions specific to this set",
    "",
    "The conventions of `eval/README.md` and of the earlier held-out sets apply. In addition:",
    "",
    "- **Stillasbygger**: a fagbrev taken as praksiskandidat is a fagbrev; a short foreign course",
    "  for scaffold assemblers is not. Only training for scaffolds over 9 metres meets line 2; a",
    "  course \"til 9 meter\" is the level below (`unclear`). Class B alone is below BE (`unclear`).",
    "  Norskprøven B1 meets \"minimum B1\"; a stated A2 is `not_met`.",
    "- **Fengselsbetjent**: the older fengselsbetjentutdanning at KRUS is the same education as the",
    "  høgskulekandidat; Kriminalvården's basic training and the British POELT are not (`unclear`).",
    "  Førstebetjent, kriminalvårdare and a British prison officer count as prison officer",
    "  experience; aspirant practice, and unskilled summer work, do not reach two years. \"Gode\"",
    "  Norwegian is read as B2, so a stated B1 is `not_met`. A first aid course counts if taken or",
    "  refreshed after 2024-11-28.",
    "- **Golvläggare**: the ad names the issuing body, so only Golvbranschens Yrkesnämnd's",
    "  yrkesbevis meets line 1; a Norwegian fagbrev or a Danish svendebrev in the same trade is",
    "  `unclear` until validated. Likewise only GVK meets line 2 (a Danish GVD or a Norwegian",
    "  våtromssertifikat is `unclear`). Plastmatta and vinyl are not linoleum.",
    "- **Murer**: line 1 names no body, so a foreign journeyman certificate in the same trade (a",
    "  Polish świadectwo czeladnicze, a Swedish yrkesbevis som murare) is the svendebrev. Line 3",
    "  asks for the AMU course; a Swedish scaffolding course is another country's scheme (`unclear`),",
    "  and a rullestillads course is another course. A murerarbejdsmand is not a murersvend, but his",
    "  hands-on work with kalkmørtel on old facades meets line 4; met only in the læretid it is",
    "  training (`unclear`). \"Har kørekort og egen bil\" is read as B.",
    "- **Structural engineer**: a Swedish civilingenjör (300 hp) and a Norwegian sivilingeniør are",
    "  master-level; a Danish professionsbachelor is not. MIStructE and MICE chartered membership",
    "  is CEng; an Indian \"Chartered Engineer\" title, a pending review interview and an IDA",
    "  membership are `unclear`. Design to Indian codes with only a Eurocode course is `unclear`.",
    "  STAAD.Pro, ETABS, SOFiSTiK and RFEM are FEM software of the kind named. A native Swede or Dane",
    "  meets line 7.",
    "- **Fotterapeut**: only a Norwegian authorisation meets line 1; one issued by Statens",
    "  autorisasjonskontor for helsepersonell, before Helsedirektoratet took over, is Norwegian and",
    "  valid. A Swedish YH medicinsk fotterapeut, a British BSc in podiatry and the old approved",
    "  one-year education are \"tilsvarende\".",
    "  Fotpleier (cosmetic foot care) is another role; podiatrist and medicinsk fotterapeut are the",
    "  same role. \"Gode\" Norwegian is read as B2.",
    "",
]


# --------------------------------------------------------------------------
# Checks of our own (on top of make_eval.check_data)
# --------------------------------------------------------------------------

EARLIER = (me.JOBS + mh.JOBS + mh2.JOBS + mh3.JOBS + mh4.JOBS + mh5.JOBS + mh6.JOBS + mh7.JOBS + mh8.JOBS
           + mh9.JOBS + mh10.JOBS + mh11.JOBS + mh12.JOBS + mh13.JOBS + mh14.JOBS)
PHONE = re.compile(r"\+?\d[\d \-]{5,}\d")


def phones(text: str) -> set[str]:
    """Digit strings of phone-like runs (8 digits or more; the last 8 digits, so a country code does not matter)."""
    out = set()
    for m in PHONE.findall(text):
        digits = re.sub(r"\D", "", m)
        if len(digits) >= 8:
            out.add(digits[-8:])
    return out


def check_holdout15() -> None:
    mh.check_blind_set(JOBS, EARLIER, USED_TOWNS, per_job=(5, 5), min_qualified=2)
    # The same person or CV file name must not repeat across jobs either.
    names = [c.name or c.raw.strip().splitlines()[0] for j in JOBS for c in j.cvs]
    assert len(names) == len(set(names)), "a person appears twice"
    files = [c.file for j in JOBS for c in j.cvs]
    assert len(files) == len(set(files)), "a CV file name appears twice"
    # 6-8 lines a job, and not all jobs the same length.
    assert all(6 <= len(j.requirements) <= 8 for j in JOBS)
    assert len({len(j.requirements) for j in JOBS}) > 1
    # No single quote in a `why` that is not part of a checked quotation.
    for j in JOBS:
        for c in j.cvs:
            n = len(cvlib.quoted_fragments(c.why))
            assert c.why.count("'") == 2 * n, f"{j.slug}/{c.file}: a stray single quote in why"
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
            assert not ph & earlier_phones, f"{j.slug}/{c.file}: a phone number of an earlier set"
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
        "# Sikte's fifteenth held-out evaluation set",
        "",
        f"{len(JOBS)} fictional jobs and {n_all} fictional CVs, labelled by hand requirement by",
        "requirement, in the same layout and job-file format as `eval/` (see `eval/README.md`",
        "for the format, the label meanings and the labelling conventions). It is the sixteenth",
        "labelled set and exists to measure accuracy again on CVs the rules were never tuned on.",
        "It was written blind: without reading Sikte's rules, code, tests, docs or data tables,",
        "without running Sikte on it and without looking at any Sikte output, and no label was",
        "ever set from Sikte's output. The only files read were `eval/README.md` (format, label",
        "meanings, conventions), the script of `eval-holdout14/` (`make_holdout14.py`, as the",
        "template for this script's structure; it also defines the CVs of `eval-holdout14/`) and",
        "the shared code of `make_eval.py`, `make_holdout.py` and `scripts/fixtures/cvlib.py` (the",
        "CV definitions of `eval/` and `eval-holdout/` in the first two were skipped). The scripts",
        "`make_holdout2.py` ... `make_holdout13.py` are imported only to refuse their people, slugs,",
        "towns, e-mail addresses and phone numbers and were not read, and no CV folder of an",
        "earlier set was opened. Every CV x requirement is labelled with what a careful, fair",
        f"Nordic recruiter concludes on {TODAY} (the `today` of every job file, which closes open",
        "ranges such as \"d.d.\", \"nu\", \"now\" and \"present\"). Its professions appear in no",
        "earlier set. Keep it that way: do not tune rules on these CVs; once a rule changes",
        "because of a disagreement found here, the set is no longer held out, and its figures",
        "become a regression check.",
        "",
        "Everything here is invented for Sikte: people, employers, schools, towns",
        f"({TOWNS}), e-mail addresses (`example.*`) and phone numbers (unreal",
        "ranges: `123 49 4xx` in Norway, the Swedish fiction range `0980-319 27x`, `+45 12 34 79 3x`",
        "in Denmark). Nothing is copied from `/work/shared/corpus`, from the earlier sets or from any",
        "real CV or job ad. Authority, body, scheme, course and product names in CVs and ads",
        "(Arbeidstilsynet's forskrift om utførelse av arbeid, Norskprøven, KRUS, Kriminalvården, HM",
        "Prison Service, Golvbranschens Yrkesnämnd, GVK, GVD, Fagrådet for våtrom, Byggnadsindustrins",
        "Yrkesnämnd, AMU, AFS, IStructE, ICE, Institution of Engineers (India), IDA, Tekna, IELTS,",
        "Eurocodes, Robot, SAP2000, FEM-Design, STAAD.Pro, ETABS, SOFiSTiK, RFEM, Helsedirektoratet,",
        "Statens autorisasjonskontor for helsepersonell, Socialstyrelsen, HCPC) are named as real ads",
        "and CVs name them. Licence: the same as the project (MIT OR Apache-2.0).",
        "",
        "The format is the one of `eval/`, so Sikte's evaluator reads this folder as it reads",
        "`eval/`; report its figures for each set separately.",
        "",
        "## Regenerate, never edit",
        "",
        "```sh",
        f"python3 {SCRIPT}            # (re)writes eval-holdout15/, removes stale files",
        f"python3 {SCRIPT} --verify   # generates twice elsewhere: byte-identical, and eval-holdout15/ fresh?",
        "```",
        "",
    ]
    extra = [
        "It also refuses an e-mail address or phone number that an earlier set's CVs use, a town of",
        "this set that an earlier set's CVs mention, and a stray single quote in a `why`.",
        "",
    ]
    return "\n".join(out + mh.script_paragraph(15) + extra + mh.jobs_and_figures(JOBS, HARD_CASES))


# --------------------------------------------------------------------------
# Writing and checking
# --------------------------------------------------------------------------


def main(argv: list[str]) -> int:
    check_holdout15()
    return mh.run_set(argv, OUT, JOBS, SCRIPT, readme, __doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
