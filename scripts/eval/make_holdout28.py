#!/usr/bin/env python3
"""Write Sikte's twenty-eighth held-out evaluation set: eval-holdout28/README.md, jobs/<job>.toml, cvs/<job>/<file>.

    python3 scripts/eval/make_holdout28.py            # (re)write eval-holdout28/
    python3 scripts/eval/make_holdout28.py --verify   # generate twice in temporary folders and check both
                                                      # runs and eval-holdout28/ are byte-identical

A twenty-ninth labelled set in the same layout and job-file format as eval/ and
eval-holdout/ ... eval-holdout27/, so that accuracy can be measured on CVs the
rules were never tuned on. Six fictional jobs (train dispatcher nb, asphalt
worker nn, youth leader sv, port worker da, aircraft ramp agent en, building
permit officer nb) with 5-7 requirement lines each, and 5 fictional CVs per job
in TXT, DOCX and PDF (one and two columns), in bokmål, nynorsk, Swedish, Danish
and English. No earlier set names any of the six professions (the profession
check below refuses every earlier one; REUSED_PROFESSIONS is empty). The jobs,
ads, CVs, people, employers and towns are new.

The set was written blind: without reading Sikte's rules, code, tests, docs or
data tables, without running Sikte on it and without looking at any Sikte
output. Of the earlier sets only make_holdout27.py was read, as the template
for this script's structure, with the shared code of make_eval.py,
make_holdout.py and scripts/fixtures/cvlib.py, and eval/README.md for the
format and the labelling conventions (make_holdout27.py also defines the CVs
of eval-holdout27/; the CV definitions in make_eval.py and make_holdout.py
were skipped); make_holdout2.py ... make_holdout26.py were not read, only
imported (with make_holdout27.py) to refuse their people, slugs, towns, e-mail
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
eval-holdout/, ..., eval-holdout27/, any e-mail address or phone number that
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
import make_holdout25 as mh25  # noqa: E402
import make_holdout26 as mh26  # noqa: E402
import make_holdout27 as mh27  # noqa: E402
from make_eval import CV, I, KV, L, S, cv  # noqa: E402

cvlib = me.cvlib
ROOT = me.ROOT
OUT = os.path.join(ROOT, "eval-holdout28")
SCRIPT = "scripts/eval/make_holdout28.py"
# The day this set is judged on, written into every job file. make_eval.job_toml reads
# make_eval.TODAY, so it is set there too (only in this process).
TODAY = "2026-11-30"
me.TODAY = TODAY

# Towns of eval/ and eval-holdout/ ... eval-holdout27/; none may appear here.
USED_TOWNS = mh27.USED_TOWNS + mh27.OWN_TOWNS
# The invented towns of this set; an earlier set's CVs must not mention them either.
OWN_TOWNS = ("Skiferdal", "Kvartsmo", "Glimmervik", "Marmorstad", "Gnejsåsen", "Porfyrhamn", "Kalkspatby",
             "Kridtrup", "Agatbæk", "Opalløse", "Jaspercombe")
TOWNS = "Skiferdal, Kvartsmo, Glimmervik and Marmorstad in Norway; Gnejsåsen, Porfyrhamn and Kalkspatby in " \
        "Sweden; Kridtrup, Agatbæk and Opalløse in Denmark; Jaspercombe in the United Kingdom"
# Professions an earlier set names that this set may use all the same. None: the brief of this
# set asked for six new professions, and the profession check below confirms they are new.
REUSED_PROFESSIONS: tuple[str, ...] = ()

JOBS: list[me.Job] = []


def job(slug, title, lang, profession, reqs: list[tuple[str, str]], *cvs: CV) -> None:
    JOBS.append(me.Job(slug, title, lang, profession, [r for r, _ in reqs], [k for _, k in reqs], list(cvs)))


# ===========================================================================
# 1. nb: Togleder
# ===========================================================================

job(
    "togleder", "Togleder – Skiferdal trafikkstyringssentral (fast stilling, døgnkontinuerlig turnus)", "nb",
    "train dispatcher",
    [
        ("Fullført videregående opplæring med generell studiekompetanse eller fagbrev", "education"),
        ("Fullført toglederutdanning ved Norsk jernbaneskole", "education"),
        ("Minst to års erfaring med trafikkstyring på jernbane, som togleder eller trafikkstyrer", "experience"),
        ("Svært gode norskkunnskaper, muntlig og skriftlig", "language"),
        ("Gode engelskkunnskaper", "language"),
        ("Du må oppfylle helsekravene for sikkerhetskritiske arbeidsoppgaver på jernbane og kunne jobbe "
         "døgnkontinuerlig turnus", "manual"),
    ],
    cv("malin-sorbacka.docx", "sv", "docx", "europass", "MUMNMX",
       "a Swede: 'Gymnasieexamen, Teknikprogrammet' is complete upper secondary and 'Tågklarerare, "
       "driftledningscentralen i Gnejsåsen' since '2016-08 – nu' is the same work; but 'Tågklarerarutbildning "
       "(40 veckor), Porfyrhamns järnvägsskola' is the Swedish training, not Norsk jernbaneskole, and her "
       "Norwegian grid ('Muntlig interaktion B2 · Skriftlig produktion B1') is below very good",
       "Malin Sörbacka", "Tågklarerare",
       S("contact", KV("Telefon", "0980-419 501"), KV("E-post", "malin.sorbacka@example.se"),
         KV("Adress", "Porfyrhamn, Sverige")),
       S("profile", "Tågklarerare med tio års erfarenhet av fjärrstyrd trafik på enkelspår. Jag och min familj "
                    "flyttar till Skiferdal nästa sommar."),
       S("exp",
         I("2016-08 – nu", "Tågklarerare, driftledningscentralen i Gnejsåsen",
           "Tågklarering och trafikledning med mötesstationer", "Planering av banarbeten och hantering av "
                                                                  "störningar")),
       S("edu", I("2016", "Tågklarerarutbildning (40 veckor), Porfyrhamns järnvägsskola"),
         I("2011 – 2014", "Gymnasieexamen, Teknikprogrammet, Gnejsåsens gymnasium")),
       S("lang", KV("Modersmål", "Svenska"),
         KV("Engelska", "Hörförståelse C1 · Läsförståelse C1 · Muntlig interaktion C1 · Skriftlig produktion B2"),
         KV("Norska", "Hörförståelse C1 · Läsförståelse C1 · Muntlig interaktion B2 · Skriftlig produktion B1"))),
    cv("kristoffer-lindhjem.pdf", "nb", "pdf", "right-dates", "MMMMMX",
       "'Generell studiekompetanse, Kvartsmo videregående skole', 'Toglederutdanning, Norsk jernbaneskole', "
       "'Togleder, Glimmervik trafikkstyringssentral' since '09.2019 – d.d.' after three years as 'Trafikkstyrer, "
       "Kvartsmo stasjon', 'Norsk – morsmål', 'Engelsk – svært godt'",
       "Kristoffer Lindhjem", "Togleder",
       S("contact", L("Mobil 123 92 601"), L("kristoffer.lindhjem@example.no"), L("Kvartsmo")),
       S("profile", "Togleder med sju års erfaring fra fjernstyrte strekninger. Rolig under press og nøye med "
                    "sikkerhetsrutinene."),
       S("exp",
         I("09.2019 – d.d.", "Togleder, Glimmervik trafikkstyringssentral",
           "Styring av tog- og skiftebevegelser på tre banestrekninger",
           "Håndtering av avvik, sporarbeid og innstillinger"),
         I("08.2016 – 08.2019", "Trafikkstyrer, Kvartsmo stasjon")),
       S("edu", I("2018 – 2019", "Toglederutdanning, Norsk jernbaneskole"),
         I("2015 – 2016", "Trafikkstyrerutdanning, Norsk jernbaneskole"),
         I("2010 – 2013", "Generell studiekompetanse, Kvartsmo videregående skole")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – svært godt")),
       date_first=True),
    cv("ragnhild-oyen.txt", "nb", "txt", "badly-written", "MMUMMX",
       "badly written: 'har fagbrev i kontor- og administrasjonsfaget fra 2015', 'direkteutdanningen for "
       "togledere på norsk jernbaneskole 2023-2024 og besto', 'norsk er morsmålet', 'engelsk snakker og skriver "
       "jeg bra'; but 'jobbet som togleder på sentralen i Glimmervik siden januar 2025' is one year and eleven "
       "months (before that she worked in a shop)",
       raw="""
Ragnhild Øyen
tlf 123 92 602
ragnhild.oyen@example.com
Skiferdal

hei
søker jobben som togleder. har fagbrev i kontor- og administrasjonsfaget fra 2015.
jobbet i butikk i mange år, så kom jeg inn på direkteutdanningen for togledere på norsk jernbaneskole 2023-2024 og besto.
jobbet som togleder på sentralen i Glimmervik siden januar 2025.
norsk er morsmålet, engelsk snakker og skriver jeg bra.
turnus er helt greit for meg.
"""),
    cv("henrik-tollefsrud.pdf", "en", "pdf", "two-column", "MUMMMX",
       "written in English by a Norwegian: 'Upper secondary school, general studies (generell "
       "studiekompetanse)', 'Traffic controller (trafikkstyrer), Kvartsmo station' since 'Aug 2023 – present', "
       "'Norwegian – native', 'English – fluent (spoken and written)'; but the dispatcher training is 'in "
       "progress, completion expected April 2027' (the trafikkstyrer training is another course)",
       "Henrik Tollefsrud", "Traffic controller (trafikkstyrer)",
       S("contact", L("Mobile +47 123 92 604"), L("henrik.tollefsrud@example.no"), L("Kvartsmo, Norway")),
       S("lang", L("Norwegian – native"), L("English – fluent (spoken and written)")),
       S("profile", "Traffic controller at a busy junction station, now in the train dispatcher programme. I am "
                    "looking for a permanent dispatcher position after the exams."),
       S("exp",
         I("Aug 2023 – present", "Traffic controller (trafikkstyrer), Kvartsmo station",
           "Train and shunting movements at the station", "Coordination with drivers and track crews"),
         I("2019 – 2023", "Customer service agent, Kvartsmo travel centre")),
       S("edu",
         I("Sep 2026 – Apr 2027", "Train dispatcher training (toglederutdanning), Norsk jernbaneskole – in "
                                  "progress, completion expected April 2027"),
         I("2022 – 2023", "Traffic controller training (trafikkstyrerutdanning), Norsk jernbaneskole"),
         I("2016 – 2019", "Upper secondary school, general studies (generell studiekompetanse)")),
       order="left-first"),
    cv("solveig-bratteberg.docx", "nn", "docx", "table", "MMMMMX",
       "'Vidaregåande skule, studiespesialisering (generell studiekompetanse)', 'Toglederutdanning ved Norsk "
       "jernbaneskole', togleiar since 2013 ('Togleiar, Marmorstad trafikkstyringssentral', then 'Togleiar og "
       "instruktør, Glimmervik trafikkstyringssentral'), 'Norsk – morsmål (nynorsk og bokmål)', 'Engelsk – svært "
       "god munnleg og skriftleg'",
       "Solveig Bratteberg", "Togleiar",
       S("contact", L("Mobil 123 92 603"), L("solveig.bratteberg@example.no"), L("Glimmervik")),
       S("profile", "Togleiar med lang erfaring frå trafikkstyringssentral. Eg er trygg når det skjer uønskte "
                    "hendingar, og eg rettleier nye toglederaspirantar."),
       S("exp",
         I("2021 – d.d.", "Togleiar og instruktør, Glimmervik trafikkstyringssentral",
           "Trafikkstyring, avvikshandtering og opplæring"),
         I("2013 – 2021", "Togleiar, Marmorstad trafikkstyringssentral"),
         I("2010 – 2013", "Trafikkstyrar, Skiferdal stasjon")),
       S("edu", I("2012 – 2013", "Toglederutdanning ved Norsk jernbaneskole"),
         I("2009 – 2010", "Trafikkstyrarutdanning ved Norsk jernbaneskole"),
         I("2005 – 2008", "Vidaregåande skule, studiespesialisering (generell studiekompetanse)")),
       S("lang", L("Norsk – morsmål (nynorsk og bokmål)"), L("Engelsk – svært god munnleg og skriftleg"))),
)


# ===========================================================================
# 2. nn: Asfaltør
# ===========================================================================

job(
    "asfaltor", "Asfaltør til asfaltlaget vårt – Glimmervik Asfalt AS, Skiferdal (fast stilling)", "nn",
    "asphalt worker",
    [
        ("Fagbrev i asfaltfaget", "education"),
        ("Minst tre års erfaring med asfaltlegging", "experience"),
        ("Førarkort klasse BE", "driving_licence"),
        ("Gjennomført kurs i arbeidsvarsling, minimum kurs 1", "certificate"),
        ("Du må kunne gjere deg godt forstått munnleg på norsk eller eit anna skandinavisk språk", "language"),
        ("Du må tole tungt fysisk arbeid og vere budd på nattarbeid og lange dagar i sesongen", "manual"),
    ],
    cv("arnt-birkeland.txt", "nb", "txt", "badly-written", "MMMMMX",
       "badly written: 'har fagbrev i asfaltfaget fra 2005', asphalt work 'siden 2005' (now 'som formann'), "
       "'lappen klasse B og BE', 'arbeidsvarsling kurs 1 har jeg', 'norsk er morsmål'",
       raw="""
Arnt Birkeland
123 92 607
arnt.b@example.no

CV
jobba med asfalt siden 2005. forst hos skiferdal veiservice, fra 2014 hos Marmorstad Asfalt AS som formann.
har fagbrev i asfaltfaget fra 2005
lappen klasse B og BE, kjører henger med valsen
arbeidsvarsling kurs 1 har jeg, tok den på nytt i fjor
norsk er morsmål
bor i Marmorstad
"""),
    cv("sigurd-nyttingnes.txt", "nn", "txt", "no-headings", "UUUMMX",
       "prose without headings: 'Arbeidsvarsling kurs 1 tok eg i 2024', 'Norsk er morsmålet mitt'; but he is "
       "an apprentice ('Fagprøva tek eg i april 2027'), the rest is two summer jobs, and 'Eg har førarkort "
       "klasse B, og BE tek eg til våren'",
       "Sigurd Nyttingnes", "Lærling i asfaltfaget",
       S("contact", "Sigurd Nyttingnes · tlf. 123 92 606 · sigurd.nyttingnes@example.no · Glimmervik"),
       S("profile", "Eg er 19 år og har vore lærling i asfaltfaget hos Skiferdal Asfaltservice AS sidan april "
                    "2025. Fagprøva tek eg i april 2027."),
       S("exp", "Før læretida jobba eg to somrar (2023 og 2024) som sommarvikar på asfaltlaget til Kvartsmo "
                "kommune, mest med handlegging og kosting."),
       S("other", "Arbeidsvarsling kurs 1 tok eg i 2024.",
         "Eg har førarkort klasse B, og BE tek eg til våren.",
         "Norsk er morsmålet mitt.")),
    cv("mikael-tuvesson.pdf", "sv", "pdf", "two-column", "MMMUMX",
       "a Swede: 'Yrkesbevis som beläggningsarbetare (asfalt)' is the same trade, 'Asfaltläggare / lagbas, "
       "Porfyrhamns Beläggning AB' from '2010-04 – 2026-09', 'Körkort: B, C, CE' (CE covers BE), 'Svenska – "
       "modersmål' is a Scandinavian language; but 'Arbete på väg, steg 1.1 (Trafikverket), 2022' is the "
       "Swedish scheme, not the Norwegian arbeidsvarsling course",
       "Mikael Tuvesson", "Asfaltläggare",
       S("contact", L("Tel. 0980-419 502"), L("mikael.tuvesson@example.se"), L("Porfyrhamn, Sverige")),
       S("lic", L("Körkort: B, C, CE")),
       S("cert", L("Arbete på väg, steg 1.1 (Trafikverket), 2022"), L("Maskinförarutbildning vält, 2012")),
       S("lang", L("Svenska – modersmål"), L("Norska – förstår bra")),
       S("profile", "Asfaltläggare med sexton säsonger bakom mig. Jag söker jobb i Norge, där min sambo bor."),
       S("exp",
         I("2010-04 – 2026-09", "Asfaltläggare / lagbas, Porfyrhamns Beläggning AB",
           "Maskinläggning och handläggning, vältning och skarvar")),
       S("edu", I("2010", "Yrkesbevis som beläggningsarbetare (asfalt), Byggnadsindustrins Yrkesnämnd"),
         I("2006 – 2009", "Bygg- och anläggningsprogrammet, Gnejsåsens gymnasium")),
       order="right-first"),
    cv("tore-hamrevoll.docx", "nb", "docx", "bold-headings", "MMMMMX",
       "'Fagbrev i asfaltfaget', asphalt work since 2010 ('Asfaltør, Skiferdal Veiservice AS', then 'Asfaltør / "
       "lagleder, Kvartsmo Vei og Asfalt AS'), 'Førerkort: B, BE, C', 'Arbeidsvarsling kurs 1 og 2 (Statens "
       "vegvesen), fornyet 2023', 'Norsk – morsmål'",
       "Tore Hamrevoll", "Asfaltør / lagleder",
       S("contact", L("Mobil 123 92 605"), L("tore.hamrevoll@example.no"), L("Marmorstad")),
       S("profile", "Asfaltør og lagleder med sytten sesonger i faget. Vant til maskinlegging, håndlegging og "
                    "fresing på riks- og fylkesveier."),
       S("exp",
         I("2016 – d.d.", "Asfaltør / lagleder, Kvartsmo Vei og Asfalt AS",
           "Legging med utlegger, valsing og kantarbeid", "Ansvar for arbeidsvarsling på anlegget"),
         I("2010 – 2016", "Asfaltør, Skiferdal Veiservice AS")),
       S("edu", I("2010", "Fagbrev i asfaltfaget"),
         I("2006 – 2008", "Vg1 bygg- og anleggsteknikk og Vg2 anleggsteknikk, Marmorstad videregående skole")),
       S("cert", L("Arbeidsvarsling kurs 1 og 2 (Statens vegvesen), fornyet 2023"),
         L("Kompetansebevis for anleggsmaskin: valse og hjullaster")),
       S("lic", L("Førerkort: B, BE, C")),
       S("lang", L("Norsk – morsmål"))),
    cv("katarzyna-wrobel.docx", "en", "docx", "table", "MMMMNX",
       "a Pole in Norway: 'Trade certificate in asphalt work (fagbrev i asfaltfaget), practice candidate', "
       "'Asphalt worker (asfaltør), Skiferdal Veidrift AS' since 'Apr 2018 – present', 'Driving licence: B, BE', "
       "'Work zone traffic control course (arbeidsvarsling kurs 1), 2019'; but 'Norwegian – B1 (Norskprøven "
       "2022)' is below the B2 a line without a level asks for, and Polish and English are not Scandinavian",
       "Katarzyna Wróbel", "Asphalt worker (asfaltør)",
       S("contact", L("Mobile +47 123 92 608"), L("katarzyna.wrobel@example.com"), L("Skiferdal, Norway")),
       S("profile", "Asphalt worker from Poland, in Norway since 2018. I passed the Norwegian trade test as a "
                    "practice candidate in 2021."),
       S("exp",
         I("Apr 2018 – present", "Asphalt worker (asfaltør), Skiferdal Veidrift AS",
           "Paver crew, hand laying, roller and tack coat"),
         I("2012 – 2018", "Road construction worker, road contractor in Poland")),
       S("edu", I("2021", "Trade certificate in asphalt work (fagbrev i asfaltfaget), practice candidate")),
       S("cert", L("Work zone traffic control course (arbeidsvarsling kurs 1), 2019")),
       S("lic", L("Driving licence: B, BE")),
       S("lang", L("Polish – native"), L("Norwegian – B1 (Norskprøven 2022)"), L("English – good"))),
)


# ===========================================================================
# 3. sv: Fritidsledare
# ===========================================================================

job(
    "fritidsledare", "Fritidsledare till fritidsgården Kvarnen – Porfyrhamns kommun (tillsvidare, heltid)", "sv",
    "youth leader",
    [
        ("Fritidsledarexamen från folkhögskola eller annan utbildning som arbetsgivaren bedömer som likvärdig",
         "education"),
        ("Minst ett års erfarenhet av arbete med ungdomar i öppen fritidsverksamhet", "experience"),
        ("B-körkort", "driving_licence"),
        ("Mycket goda kunskaper i svenska i tal och skrift", "language"),
        ("Utdrag ur belastningsregistret ska visas upp före anställning", "manual"),
    ],
    cv("henrik-saeterdal.docx", "nb", "docx", "dates-after", "UMMUX",
       "a Norwegian: 'Miljøarbeider, Marmorstad fritidsklubb (ungdomsklubb 13–18 år)' since '2021 – d.d.', "
       "'Førerkort klasse B'; but 'Fagbrev som barne- og ungdomsarbeider' is an upper secondary trade, not shown "
       "to be equivalent to a fritidsledarexamen, and 'Svensk – forstår alt' says nothing about speaking or "
       "writing",
       "Henrik Sæterdal", "Barne- og ungdomsarbeider",
       S("contact", L("Mobil 123 92 609"), L("henrik.saeterdal@example.no"), L("Marmorstad, Norge")),
       S("profile", "Barne- og ungdomsarbeider som har jobbet på fritidsklubb i fem år. Jeg ønsker å flytte "
                    "til Sverige."),
       S("exp",
         I("2021 – d.d.", "Miljøarbeider, Marmorstad fritidsklubb (ungdomsklubb 13–18 år)",
           "Åpen klubbkveld, turer og aktiviteter", "Oppfølging av ungdom sammen med utekontakten")),
       S("edu", I("2019 – 2021", "Fagbrev som barne- og ungdomsarbeider")),
       S("lic", L("Førerkort klasse B")),
       S("lang", L("Norsk – morsmål"), L("Svensk – forstår alt"), L("Engelsk – godt"))),
    cv("amira-khouri.docx", "sv", "docx", "one-column", "MMMMX",
       "'Fritidsledarexamen (2 år), Gnejsåsens folkhögskola', 'Fritidsledare, Ungdomens hus i Kalkspatby' since "
       "'2020-08 – nu', 'Körkort B', 'Svenska – modersmål'",
       "Amira Khouri", "Fritidsledare",
       S("contact", L("Tel. 0980-419 503"), L("amira.khouri@example.se"), L("Porfyrhamn")),
       S("profile", "Utbildad fritidsledare som brinner för ungas delaktighet. Van att driva kvällsverksamhet, "
                    "lovaktiviteter och tjejgrupper."),
       S("exp",
         I("2020-08 – nu", "Fritidsledare, Ungdomens hus i Kalkspatby",
           "Öppen verksamhet för unga 13–19 år, kvällar och helger", "Lovaktiviteter, tjejgrupp och samarbete "
                                                                     "med skolan"),
         I("2018 – 2020", "Extrapersonal, Porfyrhamns badhus")),
       S("edu", I("2018 – 2020", "Fritidsledarexamen (2 år), Gnejsåsens folkhögskola")),
       S("lic", L("Körkort B")),
       S("lang", L("Svenska – modersmål"), L("Arabiska – modersmål"), L("Engelska – mycket god"))),
    cv("oskar-wendelius.txt", "sv", "txt", "badly-written", "UUNMX",
       "badly written: 'svenska är mitt modersmål'; but the fritidsledare course is still running ('klar i juni "
       "2027'), the fritidsgård work is 'sen januari 2026' (under a year) plus a praktik, and 'har inte körkort "
       "än men övningskör'",
       raw="""
Oskar Wendelius
0980-419 504
oskar.wendelius@example.se

hej!
jag heter oskar och är 21 år. jag går andra året på fritidsledarutbildningen på Gnejsåsens folkhögskola, klar i juni 2027.
har jobbat extra på fritidsgården i Kalkspatby sen januari 2026, mest kvällar. hade praktik på en fritidsgård i Porfyrhamn förra hösten.
har inte körkort än men övningskör.
svenska är mitt modersmål.
"""),
    cv("elias-norrback.pdf", "sv", "pdf", "europass", "MMMMX",
       "'Fritidsledarutbildning, Porfyrhamns folkhögskola – fritidsledarexamen 2018'; two fritidsgård jobs add up "
       "to sixteen months ('Fritidsledare (vikariat), Kalkspatby fritidsgård' from '2018-09 – 2019-03' and "
       "'Fritidsledare, Gnejsåsens ungdomsgård' since '2026-03 – nu'; the elevassistent years in between do not "
       "count), 'B (sedan 2015)', mother tongue 'Svenska'",
       "Elias Norrback", "Fritidsledare",
       S("contact", KV("Telefon", "0980-419 505"), KV("E-post", "elias.norrback@example.se"),
         KV("Adress", "Kalkspatby")),
       S("profile", "Fritidsledare som har kommit tillbaka till fritidsgården efter några år i skolan."),
       S("exp",
         I("2026-03 – nu", "Fritidsledare, Gnejsåsens ungdomsgård", "Öppen verksamhet för 12–17-åringar"),
         I("2019-04 – 2026-02", "Elevassistent, Kalkspatby skola"),
         I("2018-09 – 2019-03", "Fritidsledare (vikariat), Kalkspatby fritidsgård")),
       S("edu", I("2016 – 2018", "Fritidsledarutbildning, Porfyrhamns folkhögskola – fritidsledarexamen 2018")),
       S("lic", KV("Körkort", "B (sedan 2015)")),
       S("lang", KV("Modersmål", "Svenska"), KV("Engelska", "B2"), KV("Finska", "A2"))),
    cv("freja-holmgaard.pdf", "da", "pdf", "two-column", "MMMNX",
       "a Dane: 'Professionsbachelor som pædagog (skole- og fritidspædagogik)' is a higher education in the "
       "field, 'Pædagog, Agatbæk Ungdomsklub (klub for 13–18-årige)' since '2019 – nu', 'Kørekort: B'; but "
       "'Svensk – forstår godt, taler lidt' is below very good Swedish",
       "Freja Holmgaard", "Pædagog",
       S("contact", L("Mobil +45 12 39 72 41"), L("freja.holmgaard@example.dk"), L("Agatbæk")),
       S("lic", L("Kørekort: B")),
       S("lang", L("Dansk – modersmål"), L("Svensk – forstår godt, taler lidt"), L("Engelsk – flydende")),
       S("profile", "Pædagog med syv års erfaring fra ungdomsklub. Jeg flytter til Porfyrhamn med min svenske "
                    "kæreste."),
       S("exp",
         I("2019 – nu", "Pædagog, Agatbæk Ungdomsklub (klub for 13–18-årige)",
           "Åbent klubarbejde, ture og værkstedsaktiviteter")),
       S("edu", I("2015 – 2019", "Professionsbachelor som pædagog (skole- og fritidspædagogik), Opalløse "
                                 "Professionshøjskole")),
       order="rows"),
)


# ===========================================================================
# 4. da: Havnearbejder
# ===========================================================================

job(
    "havnearbejder", "Havnearbejder til containerterminalen – Kridtrup Havn A/S (fastansættelse, skiftehold)",
    "da", "port worker",
    [
        ("Uddannet havne- og terminalarbejder eller tilsvarende", "education"),
        ("Mindst 2 års erfaring fra arbejde på havn eller terminal (lastning, losning, lashing)", "experience"),
        ("Truckcertifikat B", "certificate"),
        ("Kørekort kategori B", "driving_licence"),
        ("Du taler og forstår dansk eller engelsk", "language"),
        ("Du kan arbejde i treholdsskift, også weekender og helligdage", "manual"),
    ],
    cv("bjorn-aasland.pdf", "nb", "pdf", "dates-after", "MMUMMX",
       "a Norwegian: 'Fagbrev som havne- og terminaloperatør' is the same trade, 'Havne- og terminaloperatør, "
       "Kvartsmo Havn KF' since '2017 – d.d.', 'Førerkort klasse B', 'Engelsk – godt' is enough with \"eller\"; "
       "but 'Truckførerbevis T1–T4 (2016)' is the Norwegian scheme, not the Danish certificate B",
       "Bjørn Aasland", "Havne- og terminaloperatør",
       S("contact", L("Mobil +47 123 92 610"), L("bjorn.aasland@example.no"), L("Kvartsmo, Norge")),
       S("profile", "Havne- og terminaloperatør med fagbrev og ni års erfaring. Familien flytter til Danmark "
                    "i 2027."),
       S("exp",
         I("2017 – d.d.", "Havne- og terminaloperatør, Kvartsmo Havn KF",
           "Lasting og lossing av container- og stykkgodsskip", "Surring, sikring og kjøring av terminaltraktor")),
       S("edu", I("2015 – 2017", "Fagbrev som havne- og terminaloperatør")),
       S("cert", L("Truckførerbevis T1–T4 (2016)")),
       S("lic", L("Førerkort klasse B")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – godt"), L("Dansk – forstår godt"))),
    cv("mads-kjeldgaard.docx", "da", "docx", "table", "MMMMMX",
       "'Havne- og terminaluddannelsen, svendebrev som havne- og terminalarbejder', 'Havnearbejder, Opalløse "
       "Containerterminal A/S' since '2015 – nu', 'Truckcertifikat B (gaffeltruck)', 'Kørekort: B, C', 'Dansk "
       "– modersmål'",
       "Mads Kjeldgaard", "Havne- og terminalarbejder",
       S("contact", L("Mobil +45 12 39 72 42"), L("mads.kjeldgaard@example.dk"), L("Opalløse")),
       S("profile", "Uddannet havne- og terminalarbejder med elleve års erfaring fra containerterminal og "
                    "bulkhavn."),
       S("exp",
         I("2015 – nu", "Havnearbejder, Opalløse Containerterminal A/S",
           "Lastning og losning af containerskibe, lashing og surring",
           "Kørsel med gaffeltruck, reachstacker og terminaltraktor")),
       S("edu", I("2012 – 2015", "Havne- og terminaluddannelsen, svendebrev som havne- og terminalarbejder")),
       S("cert", L("Truckcertifikat B (gaffeltruck)"), L("Kranførercertifikat (mobilkran), 2018")),
       S("lic", L("Kørekort: B, C")),
       S("lang", L("Dansk – modersmål"), L("Engelsk – godt"))),
    cv("rasmus-holt.txt", "da", "txt", "badly-written", "UUUMMX",
       "badly written: 'kørekort B', 'dansk er mit sprog'; but 'nogle AMU kurser i havnearbejde og surring' are "
       "not the education, the port work is 'siden marts 2025' (one year and eight months), and 'Truckcert A' "
       "is the lower class",
       raw="""
Rasmus Holt
tlf. 12 39 72 43
rasmusholt@example.dk

Hej
Jeg har arbejdet på havnen i Kridtrup siden marts 2025 som løsarbejder for Agatbæk Stevedoring, mest lashing og losning.
Før det var jeg chauffør.
Har taget nogle AMU kurser i havnearbejde og surring.
Truckcert A. kørekort B.
dansk er mit sprog, engelsk lidt.
"""),
    cv("lisa-engstrom.pdf", "sv", "pdf", "two-column", "UMUMMX",
       "a Swede: 'Hamnarbetare, Porfyrhamns Hamn AB' since '2011 – nu', 'Körkort: B', 'Engelska – god'; but "
       "'Gymnasieexamen, Fordons- och transportprogrammet' is not a port worker education, and 'Truckkort A+B "
       "(2011)' is the Swedish scheme",
       "Lisa Engström", "Hamnarbetare",
       S("contact", L("Tel. 0980-419 506"), L("lisa.engstrom@example.se"), L("Porfyrhamn, Sverige")),
       S("lic", L("Körkort: B")),
       S("cert", L("Truckkort A+B (2011)"), L("Fallskyddsutbildning, 2024")),
       S("lang", L("Svenska – modersmål"), L("Engelska – god"), L("Danska – förstår bra")),
       S("profile", "Hamnarbetare i femton år, van vid RoRo och container. Jag söker arbete i Danmark."),
       S("exp",
         I("2011 – nu", "Hamnarbetare, Porfyrhamns Hamn AB",
           "Lossning och lastning av RoRo- och containerfartyg", "Surrning, truck och terminaltraktor")),
       S("edu", I("2007 – 2010", "Gymnasieexamen, Fordons- och transportprogrammet, Porfyrhamns gymnasium")),
       order="left-first"),
    cv("tomas-zelenka.pdf", "en", "pdf", "one-column", "MMMMMX",
       "a Czech in Denmark: 'Havne- og terminaluddannelsen (Danish vocational education for port and terminal "
       "workers), completed 2019', 'Port worker / lasher, Agatbæk Containerterminal ApS' since '2019 – present' "
       "(the apprenticeship before does not count, and is not needed), 'Forklift certificate B (truckcertifikat "
       "B), 2017', 'Driving licence: B', 'English – fluent' (Danish is only basic; one language is enough)",
       "Tomáš Zelenka", "Port and terminal worker",
       S("contact", L("Mobile +45 12 39 72 44"), L("tomas.zelenka@example.com"), L("Agatbæk, Denmark")),
       S("profile", "Port and terminal worker in Denmark since 2017, mostly on container vessels and project "
                    "cargo for wind turbines."),
       S("exp",
         I("2019 – present", "Port worker / lasher, Agatbæk Containerterminal ApS",
           "Loading and discharging container vessels, lashing, reach stacker"),
         I("2017 – 2019", "Apprentice port and terminal worker, Agatbæk Containerterminal ApS")),
       S("edu", I("2017 – 2019", "Havne- og terminaluddannelsen (Danish vocational education for port and "
                                 "terminal workers), completed 2019")),
       S("cert", L("Forklift certificate B (truckcertifikat B), 2017")),
       S("lic", L("Driving licence: B")),
       S("lang", L("Czech – native"), L("English – fluent"), L("Danish – basic"))),
)


# ===========================================================================
# 5. en: Ramp agent
# ===========================================================================

job(
    "ramp-agent", "Ramp Agent – Kvartsmo Airport, Norway (permanent, shift work)", "en", "aircraft ramp agent",
    [
        ("Completed upper secondary education (videregående skole) or equivalent", "education"),
        ("At least 12 months of experience in ramp or baggage handling at an airport", "experience"),
        ("Driving licence class B, held for at least two years", "driving_licence"),
        ("Dangerous goods training for ramp staff (IATA DGR) completed within the last 24 months", "certificate"),
        ("Good spoken and written English", "language"),
        ("Spoken Norwegian, Swedish or Danish", "language"),
        ("You must pass the background check required for an airport ID card", "manual"),
    ],
    cv("bethan-carrow.docx", "en", "docx", "bold-headings", "MMMUMNX",
       "a Briton: 'A levels (3), Jaspercombe Sixth Form College' is complete upper secondary, 'Ramp agent / "
       "baggage handler, Jaspercombe Airport' from 'Mar 2021 – Sep 2026', 'Full UK driving licence (category B) "
       "since 2017', 'English – native'; but 'Dangerous goods awareness for ramp staff (IATA DGR), Feb 2023' is "
       "older than 24 months, and 'Norwegian – beginner (A1)' is below what the line asks",
       "Bethan Carrow", "Ramp agent",
       S("contact", L("Mobile +44 7700 900 941"), L("bethan.carrow@example.co.uk"), L("Jaspercombe, UK")),
       S("profile", "Experienced ramp agent moving to Norway with my partner in spring 2027."),
       S("exp",
         I("Mar 2021 – Sep 2026", "Ramp agent / baggage handler, Jaspercombe Airport",
           "Loading and unloading narrow-body aircraft, baggage make-up", "Pushback and marshalling"),
         I("2018 – 2021", "Warehouse operative, Jaspercombe Retail Park")),
       S("edu", I("2014 – 2016", "A levels (3), Jaspercombe Sixth Form College")),
       S("cert", L("Dangerous goods awareness for ramp staff (IATA DGR), Feb 2023"), L("Airside driving permit, "
                                                                                          "2021")),
       S("lic", L("Full UK driving licence (category B) since 2017")),
       S("lang", L("English – native"), L("Norwegian – beginner (A1)"))),
    cv("kasper-winther.docx", "da", "docx", "europass", "MMMMMMX",
       "a Dane: 'Studentereksamen (hhx), Kridtrup Handelsgymnasium', 'Lufthavnsoperatør (rampe og bagage), "
       "Opalløse Lufthavn' from '2013-04 – 2026-10', 'B (2011)', 'Farligt gods for rampepersonale (IATA DGR), "
       "marts 2026', English 'Lytte C1 · Læse C1 · Tale C1 · Skrive B2' (good in speech and writing), mother "
       "tongue 'Dansk'",
       "Kasper Winther", "Lufthavnsoperatør",
       S("contact", KV("Telefon", "+45 12 39 72 45"), KV("E-mail", "kasper.winther@example.dk"),
         KV("Adresse", "Opalløse")),
       S("profile", "Erfaren bagage- og rampemedarbejder, der søger nye udfordringer i Norge."),
       S("exp",
         I("2013-04 – 2026-10", "Lufthavnsoperatør (rampe og bagage), Opalløse Lufthavn",
           "Lastning og losning af fly, bagagesortering og pushback")),
       S("edu", I("2009 – 2012", "Studentereksamen (hhx), Kridtrup Handelsgymnasium")),
       S("cert", KV("Farligt gods", "Farligt gods for rampepersonale (IATA DGR), marts 2026")),
       S("lic", KV("Kørekort", "B (2011)")),
       S("lang", KV("Modersmål", "Dansk"), KV("Engelsk", "Lytte C1 · Læse C1 · Tale C1 · Skrive B2"),
         KV("Norsk", "Lytte B2 · Læse B2"))),
    cv("linnea-sjoblom.txt", "sv", "txt", "one-column", "MUMMMMX",
       "'Gymnasieexamen, Handels- och administrationsprogrammet', 'Körkort B (sedan 2023)', 'Farligt gods för "
       "rampen (IATA DGR), 2025-05', 'Engelska – mycket god i tal och skrift', 'Svenska – modersmål'; but the "
       "ramp work is two summer jobs of three months each ('Ramppersonal (sommarvikarie), Porfyrhamns "
       "flygplats'), six months in all",
       "Linnea Sjöblom", "Ramppersonal",
       S("contact", L("Tel. 0980-419 507"), L("linnea.sjoblom@example.se"), L("Porfyrhamn")),
       S("profile", "Har jobbat två somrar på rampen och vill nu ha ett fast jobb på en flygplats."),
       S("exp",
         I("2026-06 – 2026-08", "Ramppersonal (sommarvikarie), Porfyrhamns flygplats",
           "Lastning och lossning av bagage"),
         I("2025-06 – 2025-08", "Ramppersonal (sommarvikarie), Porfyrhamns flygplats"),
         I("2023 – 2026", "Kassapersonal (deltid), Gnejsåsens livs")),
       S("edu", I("2019 – 2022", "Gymnasieexamen, Handels- och administrationsprogrammet, Porfyrhamns gymnasium")),
       S("cert", L("Farligt gods för rampen (IATA DGR), 2025-05")),
       S("lic", L("Körkort B (sedan 2023)")),
       S("lang", L("Svenska – modersmål"), L("Engelska – mycket god i tal och skrift"))),
    cv("even-grytdal.txt", "en", "txt", "badly-written", "MMUMNMX",
       "broken English: 'i have fagbrev in logistics from 2020', ramp work 'since june 2024', 'dangerous goods "
       "course for ramp i took in january this year', 'norwegian is my language'; but 'driver license B since "
       "summer 2025' is under two years, and 'writing is not so good' is below good written English",
       raw="""
Even Grytdal
phone 123 92 612
evengrytdal@example.no

hello
i am 25 year and work at the ramp in Kvartsmo airport since june 2024, loading bags and cargo and pushback.
before i was at the warehouse. i have fagbrev in logistics from 2020 (logistikkoperatør).
driver license B since summer 2025.
dangerous goods course for ramp i took in january this year.
norwegian is my language. english i speak good but writing is not so good.
"""),
    cv("vegard-brattvold.pdf", "nb", "pdf", "two-column", "MMMMMMX",
       "written in bokmål: 'Vg3 studiespesialisering, Kvartsmo videregående skole – generell studiekompetanse', "
       "'Rampeagent, Skiferdal lufthavn – Polarlys Handling AS' since '05.2019 – d.d.', 'Førerkort klasse B "
       "(2014)', 'Farlig gods for bakkepersonell på rampen (IATA DGR), oktober 2025', 'Engelsk – flytende "
       "muntlig og skriftlig', 'Norsk – morsmål'",
       "Vegard Brattvold", "Rampeagent",
       S("contact", L("Mobil 123 92 611"), L("vegard.brattvold@example.no"), L("Kvartsmo")),
       S("lic", L("Førerkort klasse B (2014)")),
       S("cert", L("Farlig gods for bakkepersonell på rampen (IATA DGR), oktober 2025"),
         L("Førerbevis for flyside, 2019")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – flytende muntlig og skriftlig")),
       S("profile", "Rampeagent med sju års erfaring fra lasting, lossing og pushback på en travel regional "
                    "lufthavn."),
       S("exp",
         I("05.2019 – d.d.", "Rampeagent, Skiferdal lufthavn – Polarlys Handling AS",
           "Lasting og lossing av bagasje, frakt og post", "Pushback, avising og bagasjesortering"),
         I("2014 – 2019", "Lagermedarbeider, Kvartsmo Logistikk AS")),
       S("edu", I("2011 – 2014", "Vg3 studiespesialisering, Kvartsmo videregående skole – generell "
                                 "studiekompetanse")),
       order="rows"),
)


# ===========================================================================
# 6. nb: Byggesaksbehandler
# ===========================================================================

job(
    "byggesaksbehandler", "Byggesaksbehandler – Marmorstad kommune, plan- og byggesaksavdelingen (fast 100 %)",
    "nb", "building permit officer",
    [
        ("Høyere utdanning på minimum bachelornivå innen bygg, arkitektur, plan eller juss", "education"),
        ("Minst to års erfaring med byggesaksbehandling", "experience"),
        ("Førerkort klasse B", "driving_licence"),
        ("Svært god muntlig og skriftlig fremstillingsevne på norsk", "language"),
        ("Du må ha god rolleforståelse og trives med å stå i krevende saker", "manual"),
    ],
    cv("petter-grande.txt", "nb", "txt", "one-column", "MUMMX",
       "'Bachelor i ingeniørfag, bygg, Høgskolen i Glimmervik', 'Førerkort B', 'Norsk – morsmål'; but "
       "'Prosjekterende og ansvarlig søker, Marmorstad Byggrådgivning AS' writes building applications on the "
       "private side, which is not case handling",
       "Petter Grande", "Byggingeniør / ansvarlig søker",
       S("contact", L("Mobil 123 92 614"), L("petter.grande@example.no"), L("Marmorstad")),
       S("profile", "Byggingeniør med sju års erfaring fra byggesøknader på privat side. Jeg vil over til "
                    "kommunen."),
       S("exp",
         I("2019 – d.d.", "Prosjekterende og ansvarlig søker, Marmorstad Byggrådgivning AS",
           "Byggesøknader og dispensasjonssøknader for boliger og næringsbygg",
           "Dialog med kommunens byggesaksavdeling")),
       S("edu", I("2016 – 2019", "Bachelor i ingeniørfag, bygg, Høgskolen i Glimmervik")),
       S("lic", L("Førerkort B")),
       S("lang", L("Norsk – morsmål"))),
    cv("tuva-kleppe.pdf", "nn", "pdf", "two-column", "MMMMX",
       "'Master i rettsvitskap, Universitetet i Glimmervik' (juss), 'Sakshandsamar byggjesak (jurist), Kvartsmo "
       "kommune' from '09.2018 – 08.2022' (four years of byggjesak, written in nynorsk), 'Førarkort: B', 'Norsk – "
       "morsmål (nynorsk og bokmål)'",
       "Tuva Kleppe", "Jurist",
       S("contact", L("Mobil 123 92 615"), L("tuva.kleppe@example.no"), L("Glimmervik")),
       S("lic", L("Førarkort: B")),
       S("lang", L("Norsk – morsmål (nynorsk og bokmål)"), L("Engelsk – god")),
       S("profile", "Jurist med fire år som sakshandsamar i byggjesak. Eg vil tilbake til kommunal forvaltning."),
       S("exp",
         I("09.2022 – d.d.", "Advokatfullmektig, Glimmervik Advokatkontor", "Plan- og bygningsrett, naborett"),
         I("09.2018 – 08.2022", "Sakshandsamar byggjesak (jurist), Kvartsmo kommune",
           "Handsaming av byggjesøknader, dispensasjonar og klager etter plan- og bygningslova")),
       S("edu", I("2013 – 2018", "Master i rettsvitskap, Universitetet i Glimmervik")),
       order="right-first"),
    cv("sanna-hellgren.pdf", "sv", "pdf", "right-dates", "MMMNX",
       "a Swede: 'Högskoleingenjörsexamen i byggteknik (180 hp)' is a bachelor in building, 'Bygglovshandläggare, "
       "Gnejsåsens kommun' since '2017-01 – nu' is the same work, 'Körkort B'; but 'Norska – talar obehindrat, "
       "skriver med viss hjälp' is below very good written Norwegian",
       "Sanna Hellgren", "Bygglovshandläggare",
       S("contact", L("Tel. 0980-419 508"), L("sanna.hellgren@example.se"), L("Gnejsåsen")),
       S("profile", "Bygglovshandläggare med nästan tio års erfarenhet. Vi flyttar till Marmorstad i vår och jag "
                    "lär mig norska."),
       S("exp",
         I("2017-01 – nu", "Bygglovshandläggare, Gnejsåsens kommun",
           "Bygglov, marklov och rivningslov enligt plan- och bygglagen", "Tillsyn och startbesked"),
         I("2014 – 2016", "Byggnadsingenjör, Porfyrhamns Bygg AB")),
       S("edu", I("2011 – 2014", "Högskoleingenjörsexamen i byggteknik (180 hp), Porfyrhamns högskola")),
       S("lic", L("Körkort B")),
       S("lang", L("Svenska – modersmål"), L("Norska – talar obehindrat, skriver med viss hjälp"),
         L("Engelska – god"))),
    cv("martin-kvalheim.docx", "nb", "docx", "table", "UUMMX",
       "a student: 'Bachelor i arealplanlegging, Høgskolen i Glimmervik – forventet ferdig juni 2027', and the "
       "byggesak work is two summer jobs ('Sommervikar, byggesak, Marmorstad kommune'); 'Førerkort klasse B "
       "(2018)', 'Norsk – morsmål'",
       "Martin Kvalheim", "Student, arealplanlegging",
       S("contact", L("Mobil 123 92 616"), L("martin.kvalheim@example.no"), L("Kvartsmo")),
       S("profile", "Student i arealplanlegging med to somre som sommervikar i byggesak. Søker fast jobb etter "
                    "studiene."),
       S("exp",
         I("06.2026 – 08.2026", "Sommervikar, byggesak, Marmorstad kommune",
           "Registrering av byggesøknader og enkle ferdigattester"),
         I("06.2025 – 08.2025", "Sommervikar, byggesak, Marmorstad kommune"),
         I("2022 – 2024", "Butikkmedarbeider (deltid), Kvartsmo Byggevare")),
       S("edu", I("2024 – 2027", "Bachelor i arealplanlegging, Høgskolen i Glimmervik – forventet ferdig juni "
                                 "2027")),
       S("lic", L("Førerkort klasse B (2018)")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – godt"))),
    cv("ingeborg-lunde.docx", "nb", "docx", "dates-after", "MMMMX",
       "'Master i arkitektur, Arkitekthøgskolen i Kvartsmo', 'Byggesaksbehandler, Skiferdal kommune' since "
       "'08.2020 – d.d.', 'Førerkort klasse B', 'Norsk – morsmål'",
       "Ingeborg Lunde", "Arkitekt / byggesaksbehandler",
       S("contact", L("Mobil 123 92 613"), L("ingeborg.lunde@example.no"), L("Skiferdal")),
       S("profile", "Arkitekt og byggesaksbehandler med seks års erfaring fra kommunal byggesak. Jeg trives med "
                    "veiledning av søkere og ryddige vedtak."),
       S("exp",
         I("08.2020 – d.d.", "Byggesaksbehandler, Skiferdal kommune",
           "Behandling av byggesøknader etter plan- og bygningsloven", "Dispensasjoner, ulovlighetsoppfølging og "
                                                                       "tilsyn"),
         I("2018 – 2020", "Arkitekt, Kvartsmo Arkitektkontor AS")),
       S("edu", I("2013 – 2018", "Master i arkitektur, Arkitekthøgskolen i Kvartsmo")),
       S("lic", L("Førerkort klasse B")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – flytende"))),
)


# --------------------------------------------------------------------------
# The README's closing sections, written by hand
# --------------------------------------------------------------------------

HARD_CASES = [
    "### Hard cases, on purpose",
    "",
    "Education: generell studiekompetanse, a fagbrev, a Swedish gymnasieexamen, a Danish",
    "studentereksamen (hhx), British A levels and a Norwegian fagbrev written in broken English",
    "against \"upper secondary\"; a toglederutdanning at Norsk jernbaneskole (also the new direct",
    "route), a Swedish tågklarerarutbildning, a trafikkstyrer course and a dispatcher course \"in",
    "progress, completion expected April 2027\"; a fagbrev i asfaltfaget (also as a practice",
    "candidate, in English), a Swedish yrkesbevis as beläggningsarbetare and an apprentice whose",
    "\"Fagprøva tek eg i april 2027\"; a fritidsledarexamen, a course \"klar i juni 2027\", a Danish",
    "professionsbachelor som pædagog (skole- og fritidspædagogik) and a Norwegian fagbrev as barne-",
    "og ungdomsarbeider; the Danish havne- og terminaluddannelsen (in Danish and in English), a",
    "Norwegian fagbrev as havne- og terminaloperatør, AMU courses and a Swedish gymnasieexamen",
    "from the transport programme; a master in architecture, a master in law, a Swedish",
    "högskoleingenjör in building, a bachelor in building engineering and a bachelor in",
    "arealplanlegging \"forventet ferdig juni 2027\".",
    "Certificates: arbeidsvarsling kurs 1 (also in English) against the Swedish \"Arbete på väg,",
    "steg 1.1\"; the Danish truckcertifikat B against \"Truckcert A\", the Norwegian T1–T4 and the",
    "Swedish \"Truckkort A+B\"; IATA DGR ramp training within 24 months (\"oktober 2025\", \"2025-05\",",
    "\"marts 2026\", \"january this year\") against \"Feb 2023\".",
    "Experience: togleder, trafikkstyrer and a Swedish tågklarerare against one year and eleven",
    "months; asphalt work of eight to twenty-one years against an apprenticeship and two summer",
    "jobs; open youth work in Sweden, a Norwegian fritidsklubb and a Danish ungdomsklub, two",
    "fritidsgård jobs that add up to sixteen months around seven years as elevassistent, and",
    "eleven months of extra evenings plus a praktik; port work of seven to fifteen years against",
    "one year and eight months as løsarbejder; ramp work of two and a half to thirteen years",
    "against two summer jobs; byggesak in a Norwegian and a Swedish municipality",
    "(bygglovshandläggare), four years written in nynorsk (\"byggjesak\") in an earlier job,",
    "against an ansvarlig søker on the private side and two summer jobs.",
    "Licences: BE against \"B, BE, C\", \"B, C, CE\" (CE covers BE), \"lappen klasse B og BE\" and \"B,",
    "og BE tek eg til våren\"; \"held for at least two years\" against \"(2014)\", \"since 2017\",",
    "\"(sedan 2023)\", \"B (2011)\" and \"since summer 2025\"; \"har inte körkort än men övningskör\".",
    "Languages: CEFR grids (Norwegian \"Muntlig interaktion B2 · Skriftlig produktion B1\" against",
    "\"svært gode\", English \"Tale C1 · Skrive B2\" against \"good\"); \"Norwegian – B1 (Norskprøven",
    "2022)\", \"Norwegian – beginner (A1)\", \"Svensk – forstår godt, taler lidt\", \"skriver med viss",
    "hjälp\" and \"writing is not so good\" below the level asked for; \"Svensk – forstår alt\"",
    "(nothing about speaking or writing); \"Svenska – modersmål\" for \"norsk eller eit anna",
    "skandinavisk språk\"; \"dansk eller engelsk\" met by English alone.",
    "Dates: \"d.d.\", \"nu\", \"present\", \"siden januar 2025\", \"sen januari 2026\", \"siden marts",
    "2025\", \"since june 2024\", \"i fjor\", \"january this year\"; month names and numbers in all",
    "five languages (\"09.2019\", \"2016-08\", \"Aug 2023\", \"marts 2026\", \"oktober 2025\").",
    "Badly written TXT CVs in bokmål (two), Swedish and Danish and one in broken English, a prose",
    "CV without headings in nynorsk, a Europass DOCX and PDF, table, bold-heading and dates-after",
    "DOCX, a dates-after PDF, right-aligned dates (one CV with them written first in the stream),",
    "and all three column orders.",
    "",
    "### Labelling decisions specific to this set",
    "",
    "The conventions of `eval/README.md` apply. In addition:",
    "",
    "- **Togleder**: a fagbrev and a Swedish gymnasieexamen meet line 1, as generell",
    "  studiekompetanse does. Line 2 names Norsk jernbaneskole: a Swedish tågklarerarutbildning",
    "  is another country's training (`unclear`), and so is a trafikkstyrer course or a togleder",
    "  course still running. A Swedish tågklarerare does the same work as a togleder (experience",
    "  `met`). \"Svært gode\" is read as C1: a grid with B2 speaking and B1 writing is below it",
    "  (`not_met`).",
    "- **Asfaltør**: a Swedish yrkesbevis as beläggningsarbetare (asfalt) is the same trade at the",
    "  same level (`met`); an apprenticeship and summer jobs are not experience. CE covers BE; B",
    "  with BE planned is `unclear`. The Swedish \"Arbete på väg\" course is another country's",
    "  scheme (`unclear`). The language line has no level, so it is read as B2: Norwegian B1 is",
    "  `not_met`, and a Swedish mother tongue meets \"eit anna skandinavisk språk\".",
    "- **Fritidsledare**: the line lets the employer accept an equivalent education; a Danish",
    "  professionsbachelor som pædagog in skole- og fritidspædagogik is a higher education in the",
    "  same field (`met`), a Norwegian upper secondary fagbrev as barne- og ungdomsarbeider is not",
    "  shown to be equivalent (`unclear`). Work as miljøarbeider in a Norwegian fritidsklubb and as",
    "  pædagog in a Danish ungdomsklub is open youth work; elevassistent in a school is not.",
    "  \"Mycket goda\" is read as C1: \"taler lidt\" is `not_met`.",
    "- **Havnearbejder**: a Norwegian fagbrev as havne- og terminaloperatør is \"tilsvarende\"",
    "  (`met`); AMU courses and a transport programme at a Swedish gymnasium are not. Only the",
    "  Danish truckcertifikat B counts: class A is lower, the Norwegian T classes and a Swedish",
    "  truckkort are other countries' schemes (`unclear`). With \"dansk eller engelsk\" one language",
    "  is enough.",
    "- **Ramp agent**: a fagbrev completes upper secondary school, and so do A levels, a",
    "  studentereksamen and a gymnasieexamen. Only ramp or baggage work at an airport counts;",
    "  summer jobs count by calendar time (six months is too few). A licence from a year alone",
    "  (\"2023\") lies before 2024-11-30; \"since summer 2025\" is too recent (`unclear`). DGR",
    "  training must be from after 2024-11-30. \"Good\" written English is met by B2 in writing.",
    "- **Byggesaksbehandler**: a master in architecture or law and a Swedish högskoleingenjör in",
    "  building meet line 1. A Swedish bygglovshandläggare does the same work (experience `met`);",
    "  an ansvarlig søker on the private side applies for permits but does not handle them",
    "  (`unclear`); earlier byggesak work counts as well as current work. \"Svært god skriftlig\" is",
    "  not met by \"skriver med viss hjälp\" (`not_met`).",
    "",
]


# --------------------------------------------------------------------------
# Checks of our own (on top of make_eval.check_data)
# --------------------------------------------------------------------------

EARLIER = (me.JOBS + mh.JOBS + mh2.JOBS + mh3.JOBS + mh4.JOBS + mh5.JOBS + mh6.JOBS + mh7.JOBS + mh8.JOBS
           + mh9.JOBS + mh10.JOBS + mh11.JOBS + mh12.JOBS + mh13.JOBS + mh14.JOBS + mh15.JOBS + mh16.JOBS
           + mh17.JOBS + mh18.JOBS + mh19.JOBS + mh20.JOBS + mh21.JOBS + mh22.JOBS + mh23.JOBS + mh24.JOBS
           + mh25.JOBS + mh26.JOBS + mh27.JOBS)
PHONE = re.compile(r"\+?\d[\d \-]{5,}\d")


def phones(text: str) -> set[str]:
    """Digit strings of phone-like runs (8 digits or more; the last 8 digits, so a country code does not matter)."""
    out = set()
    for m in PHONE.findall(text):
        digits = re.sub(r"\D", "", m)
        if len(digits) >= 8:
            out.add(digits[-8:])
    return out


def check_holdout28() -> None:
    mh.check_blind_set(JOBS, EARLIER, USED_TOWNS, per_job=(5, 5), min_qualified=2)
    # The same person or CV file name must not repeat across jobs either.
    names = [c.name or c.raw.strip().splitlines()[0] for j in JOBS for c in j.cvs]
    assert len(names) == len(set(names)), "a person appears twice"
    files = [c.file for j in JOBS for c in j.cvs]
    assert len(files) == len(set(files)), "a CV file name appears twice"
    # 6 jobs, 30 CVs, 5-8 lines a job (the brief of this set), and not all jobs the same length.
    assert len(JOBS) == 6 and sum(len(j.cvs) for j in JOBS) == 30
    assert all(5 <= len(j.requirements) <= 8 for j in JOBS)
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
    # No job of this set names a profession an earlier set used (REUSED_PROFESSIONS lets named ones
    # through; it is empty for this set, and any name in it must really be an earlier profession).
    earlier_prof = {j.profession.lower() for j in EARLIER}
    for p in REUSED_PROFESSIONS:
        assert p in earlier_prof, f"{p} is not an earlier profession; drop it from REUSED_PROFESSIONS"
        assert p in {j.profession for j in JOBS}, p
    for j in JOBS:
        if j.profession not in REUSED_PROFESSIONS:
            assert j.profession.lower() not in earlier_prof, f"{j.slug}: profession {j.profession} used before"
    assert len({j.profession for j in JOBS}) == len(JOBS), "a profession appears twice"
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
        "# Sikte's twenty-eighth held-out evaluation set",
        "",
        f"{len(JOBS)} fictional jobs and {n_all} fictional CVs, labelled by hand requirement by",
        "requirement, in the same layout and job-file format as `eval/` (see `eval/README.md`",
        "for the format, the label meanings and the labelling conventions). It is the twenty-ninth",
        "labelled set and exists to measure accuracy again on CVs the rules were never tuned on.",
        "It was written blind: without reading Sikte's rules, code, tests, docs or data tables,",
        "without running Sikte on it and without looking at any Sikte output, and no label was",
        "ever set from Sikte's output. The only files read were `eval/README.md` (format, label",
        "meanings, conventions), the script of `eval-holdout27/` (`make_holdout27.py`, as the",
        "template for this script's structure; it also defines the CVs of `eval-holdout27/`) and",
        "the shared code of `make_eval.py`, `make_holdout.py` and `scripts/fixtures/cvlib.py` (the",
        "CV definitions of `eval/` and `eval-holdout/` in the first two were skipped). The scripts",
        "`make_holdout2.py` ... `make_holdout27.py` are imported only to refuse their people, slugs,",
        "towns, e-mail addresses, phone numbers and professions (`make_holdout2.py` ...",
        "`make_holdout26.py` were not read), and no CV folder of an earlier set was opened. Every CV",
        "x requirement is labelled with what a careful, fair Nordic recruiter concludes on",
        f"{TODAY} (the `today` of every job file, which closes open ranges such as \"d.d.\", \"nu\"",
        "and \"present\").",
        "",
        "Its professions are train dispatcher (togleder / trafikkstyrer), asphalt worker (asfaltør,",
        "fagbrev i asfaltfaget), youth leader (fritidsledare), port worker (havnearbejder), aircraft",
        "ramp agent (ground handling at a Norwegian airport) and building permit officer",
        "(byggesaksbehandler in a municipality). The script's profession check confirms that no",
        "earlier set names any of them, so no profession is let through by name. Keep the set held",
        "out: do not tune rules on these CVs; once a rule changes because of a disagreement found",
        "here, the set is no longer held out, and its figures become a regression check.",
        "",
        "Everything here is invented for Sikte: people, employers, schools, towns",
        f"({TOWNS}), e-mail addresses (`example.*`) and phone numbers (unreal",
        "ranges: `123 92 6xx` in Norway, `0980-419 5xx` in Sweden, `12 39 72 4x` in Denmark and the",
        "UK drama range `07700 900 94x`). Nothing is copied from `/work/shared/corpus`, from the",
        "earlier sets or from any real CV or job ad. Authority, body, scheme, course, test and",
        "product names in CVs and ads (Norsk jernbaneskole, Statens vegvesen, Trafikverket,",
        "Byggnadsindustrins Yrkesnämnd, AMU, IATA DGR, Norskprøven, CEFR, plan- og bygningsloven,",
        "plan- och bygglagen) are named as real ads and CVs name them.",
        "Licence: the same as the project (MIT OR Apache-2.0).",
        "",
        "The format is the one of `eval/`, so Sikte's evaluator reads this folder as it reads",
        "`eval/`; report its figures for each set separately.",
        "",
        "## Regenerate, never edit",
        "",
        "```sh",
        f"python3 {SCRIPT}            # (re)writes eval-holdout28/, removes stale files",
        f"python3 {SCRIPT} --verify   # generates twice elsewhere: byte-identical, and eval-holdout28/ fresh?",
        "```",
        "",
    ]
    extra = [
        "It also refuses an e-mail address or phone number that an earlier set's CVs use, a town of",
        "this set that an earlier set's CVs mention, a profession an earlier set names, and a stray",
        "single quote in a `why`.",
        "",
    ]
    return "\n".join(out + mh.script_paragraph(28) + extra + mh.jobs_and_figures(JOBS, HARD_CASES))


# --------------------------------------------------------------------------
# Writing and checking
# --------------------------------------------------------------------------


def main(argv: list[str]) -> int:
    check_holdout28()
    return mh.run_set(argv, OUT, JOBS, SCRIPT, readme, __doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
