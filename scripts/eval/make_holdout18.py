#!/usr/bin/env python3
"""Write Sikte's eighteenth held-out evaluation set: eval-holdout18/README.md, jobs/<job>.toml, cvs/<job>/<file>.

    python3 scripts/eval/make_holdout18.py            # (re)write eval-holdout18/
    python3 scripts/eval/make_holdout18.py --verify   # generate twice in temporary folders and check both
                                                      # runs and eval-holdout18/ are byte-identical

A nineteenth labelled set in the same layout and job-file format as eval/ and
eval-holdout/ ... eval-holdout17/, so that accuracy can be measured on CVs the
rules were never tuned on. Six fictional jobs in professions that no earlier
set uses (pest control technician nb, veterinary nurse nn, arborist sv,
locksmith da, commercial diver en, dental technician nb) with 7-8 requirement
lines each, and 5 fictional CVs per job in TXT, DOCX and PDF (one and two
columns), in bokmål, nynorsk, Swedish, Danish and English.

The set was written blind: without reading Sikte's rules, code, tests, docs or
data tables, without running Sikte on it and without looking at any Sikte
output. Of the earlier sets only make_holdout17.py was read, as the template
for this script's structure, with the shared code of make_eval.py,
make_holdout.py and scripts/fixtures/cvlib.py, and eval/README.md for the
format and the labelling conventions (make_holdout17.py also defines the CVs
of eval-holdout17/; the CV definitions in make_eval.py and make_holdout.py
were skipped); make_holdout2.py ... make_holdout16.py were not read, nor the
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
eval-holdout/, ..., eval-holdout17/, any e-mail address or phone number that
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
import make_holdout15 as mh15  # noqa: E402
import make_holdout16 as mh16  # noqa: E402
import make_holdout17 as mh17  # noqa: E402
from make_eval import CV, I, KV, L, S, cv  # noqa: E402

cvlib = me.cvlib
ROOT = me.ROOT
OUT = os.path.join(ROOT, "eval-holdout18")
SCRIPT = "scripts/eval/make_holdout18.py"
# The day this set is judged on, written into every job file. make_eval.job_toml reads
# make_eval.TODAY, so it is set there too (only in this process).
TODAY = "2026-11-28"
me.TODAY = TODAY

# Towns of eval/ and eval-holdout/ ... eval-holdout17/; none may appear here.
USED_TOWNS = mh17.USED_TOWNS + mh17.OWN_TOWNS
# The invented towns of this set; an earlier set's CVs must not mention them either.
OWN_TOWNS = ("Snipeodden", "Gaupeberg", "Ravnetuva", "Kobbevågen", "Lomtjønna", "Gäddviken", "Vitmossa",
             "Lavskogen", "Björnbärsby", "Lærkeklint", "Slåenvang", "Kobbelrøn", "Hvidtjørnsted", "Miškavilė",
             "Pinewick", "Glenharrow", "Pedra Alvarinha")
TOWNS = "Snipeodden, Gaupeberg, Ravnetuva, Kobbevågen and Lomtjønna in Norway; Gäddviken, Vitmossa, " \
        "Lavskogen and Björnbärsby in Sweden; Lærkeklint, Slåenvang, Kobbelrøn and Hvidtjørnsted in Denmark; " \
        "Miškavilė, Pinewick, Glenharrow and Pedra Alvarinha abroad"

JOBS: list[me.Job] = []


def job(slug, title, lang, profession, reqs: list[tuple[str, str]], *cvs: CV) -> None:
    JOBS.append(me.Job(slug, title, lang, profession, [r for r, _ in reqs], [k for _, k in reqs], list(cvs)))


# ===========================================================================
# 1. nb: Skadedyrbekjemper
# ===========================================================================

job(
    "skadedyrbekjemper", "Skadedyrbekjemper – Snipeodden og omegn (fast stilling, 100 %)", "nb",
    "pest control technician",
    [
        ("Fagbrev i skadedyrbekjemperfaget", "education"),
        ("Minst to års erfaring som skadedyrbekjemper", "experience"),
        ("Gyldig kompetansebevis for bruk av biocider mot gnagere (fornyes hvert femte år)", "certificate"),
        ("Erfaring med skadedyrsikring av næringsmiddelbedrifter", "must_mention"),
        ("Førerkort klasse B", "driving_licence"),
        ("Gode norskkunnskaper, muntlig og skriftlig", "language"),
        ("Politiattest må legges fram ved ansettelse", "manual"),
    ],
    cv("ingrid-faleide.docx", "nb", "docx", "one-column", "MMMMMMX",
       "'Fagbrev i skadedyrbekjemperfaget' (feb. 2015), skadedyrtekniker since 'mars 2015 – d.d.' (the "
       "apprenticeship does not count), 'Kompetansebevis biocider – gnagermidler, fornyet mars 2024', 'Faste "
       "avtaler med bakerier, meierier og to kjøttforedlingsbedrifter' is pest-proofing of food businesses, "
       "'Klasse B' under the heading Førerkort, 'Norsk – morsmål'",
       "Ingrid Brattland Faleide", "Skadedyrtekniker med fagbrev",
       S("contact", L("Mobil 123 58 401"), L("ingrid.faleide@example.no"), L("Snipeodden")),
       S("profile", "Skadedyrtekniker med elleve år i faget. Jeg har ansvaret for kundene våre i matindustrien "
                    "og liker å finne årsaken, ikke bare fjerne problemet."),
       S("exp",
         I("mars 2015 – d.d.", "Skadedyrtekniker, Gaupeberg Skadedyrkontroll AS",
           "Faste avtaler med bakerier, meierier og to kjøttforedlingsbedrifter: sikring mot rotter og mus, "
           "åtestasjoner og rapporter etter HACCP",
           "Kartlegging og behandling av veggedyr og kakerlakker i hoteller og boliger"),
         I("aug. 2013 – feb. 2015", "Lærling i skadedyrbekjemperfaget, Gaupeberg Skadedyrkontroll AS")),
       S("edu",
         I("feb. 2015", "Fagbrev i skadedyrbekjemperfaget"),
         I("2011 – 2013", "Videregående skole, Snipeodden videregående skole")),
       S("cert", L("Kompetansebevis biocider – gnagermidler, fornyet mars 2024"), L("Førstehjelp, 2025")),
       S("lic", L("Klasse B")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – godt"))),
    cv("oddvar-hatlem.txt", "nb", "txt", "badly-written", "MMMMMMX",
       "badly written but complete: 'tok fagbrevet som skadedyrbekjemper sommeren 2020' and has worked at the same "
       "firm since (six years; the apprenticeship does not count), 'kompetansebeviset for gnagermidler fornya i "
       "fjor høst' (autumn 2025), 'fiskemottak, bakerier og et par storkjøkken' are food businesses, 'har lappen "
       "klasse B', 'norsk morsmål'",
       raw="""
Oddvar Hatlem
tlf 123 58 402  oddvar.hatlem@example.no
bor i Kobbevågen

hei
jeg er skadedyrbekjemper og søker på jobben dere har ute
gikk i lære 2018-2020 og tok fagbrevet som skadedyrbekjemper sommeren 2020, har jobba i Lomtjønna Skadedyrservice siden
kjører runder på fiskemottak, bakerier og et par storkjøkken, setter opp åtestasjoner og tetter vegger og dører mot rotter
kompetansebeviset for gnagermidler fornya i fjor høst
har lappen klasse B
norsk morsmål, skriver greit
"""),
    cv("johan-lindqvist.pdf", "sv", "pdf", "two-column", "UMUMMNX",
       "a Swede: sanerare since '2017-03 – nu', 'Skadedjursavtal med livsmedelsindustri, bagerier och lantbruk "
       "enligt HACCP', 'Körkort B'; but a one-year Swedish YH course is not the Norwegian fagbrev, the Swedish "
       "'Behörighet för yrkesmässig användning av gnagarmedel (Sverige)' is the scheme of another country, and "
       "'Norska – förstår det mesta, talar lite' is below good Norwegian",
       "Johan Tegnér Lindqvist", "Sanerare / skadedjurstekniker",
       S("contact", L("Tel. 0980-327 481"), L("johan.lindqvist@example.se"), L("Gäddviken, Sverige")),
       S("cert", L("Behörighet för yrkesmässig användning av gnagarmedel (Sverige), giltig till 2029"),
         L("Sanering av vägglöss med värme, 2021"), head="Behörigheter"),
       S("lic", L("Körkort B")),
       S("lang", L("Svenska – modersmål"), L("Norska – förstår det mesta, talar lite"), L("Engelska – god")),
       S("profile", "Sanerare med nio års erfarenhet. Min sambo har fått jobb i Norge och jag söker mig dit."),
       S("exp",
         I("2017-03 – nu", "Sanerare, Gäddvikens Skadedjursservice AB",
           "Skadedjursavtal med livsmedelsindustri, bagerier och lantbruk enligt HACCP",
           "Råttsäkring av byggnader och sanering av vägglöss")),
       S("edu", I("2016 – 2017", "Skadedjurstekniker, yrkeshögskoleutbildning 1 år, Vitmossa YH")),
       order="right-first"),
    cv("stian-myrvold.pdf", "nb", "pdf", "right-dates", "MMUMMMX",
       "'Fagbrev i skadedyrbekjemperfaget' (2018), skadedyrbekjemper since 'aug. 2018 – d.d.', 'avtaler med "
       "fiskeindustri og bakerier', 'Førerkort: B', 'Norsk – morsmål'; but the rodenticide certificate has run out: "
       "'utløpt mai 2024, nytt kurs i januar 2027'",
       "Stian Aakre Myrvold", "Skadedyrbekjemper",
       S("contact", L("Tlf. 123 58 403"), L("stian.myrvold@example.no"), L("Ravnetuva")),
       S("profile", "Skadedyrbekjemper med åtte år i faget, de siste tre som fagansvarlig for "
                    "næringsmiddelkundene i distriktet."),
       S("exp",
         I("aug. 2018 – d.d.", "Skadedyrbekjemper, Ravnetuva Skadedyrtjeneste AS",
           "Fagansvarlig for avtaler med fiskeindustri og bakerier: sikringsplaner, fellekontroll og "
           "avviksrapporter",
           "Fjerning av vepsebol og duesikring"),
         I("2016 – 2018", "Lærling, Ravnetuva Skadedyrtjeneste AS")),
       S("edu", I("2018", "Fagbrev i skadedyrbekjemperfaget")),
       S("cert", L("Kompetansebevis for bruk av gnagermidler – utløpt mai 2024, nytt kurs i januar 2027"),
         L("Arbeid i høyden, 2023")),
       S("lic", L("Førerkort: B")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – godt"))),
    cv("vytautas-grinkevicius.docx", "en", "docx", "europass", "MMMMMMX",
       "a Lithuanian: 'Fagbrev i skadedyrbekjemperfaget (praksiskandidat)', pest control technician from "
       "'03/2012 – 05/2019' and since '06/2019 – present', 'Kompetansebevis – biocides for rodent control "
       "(Norway), renewed 02/2025', 'Service agreements with fish processing plants and bakeries', driving "
       "licence B, Norwegian 'B2 – Norskprøven 2023, oral and written'",
       "Vytautas Grinkevičius", "Pest Control Technician (skadedyrbekjemper)",
       S("contact", KV("Phone", "+47 123 58 404"), KV("E-mail", "vytautas.grinkevicius@example.lt"),
         KV("Address", "Snipeodden, Norway")),
       S("exp",
         I("06/2019 – present", "Pest control technician, Snipeodden Skadedyrkontroll AS, Norway",
           "Service agreements with fish processing plants and bakeries: HACCP pest control plans, bait "
           "stations, inspection reports",
           "Bed bug heat treatment in hotels"),
         I("03/2012 – 05/2019", "Pest control technician, Miškavilė Sanitation UAB, Lithuania",
           "Rodent and insect control in warehouses and apartment blocks")),
       S("edu",
         I("2021", "Fagbrev i skadedyrbekjemperfaget (praksiskandidat), Norway"),
         I("2008 – 2011", "Vocational school, sanitation technician, Miškavilė, Lithuania")),
       S("cert", KV("Rodenticides", "Kompetansebevis – biocides for rodent control (Norway), renewed 02/2025"),
         head="Certificates"),
       S("lic", KV("Driving licence", "B")),
       S("lang", KV("Mother tongue", "Lithuanian"), KV("Norwegian", "B2 – Norskprøven 2023, oral and written"),
         KV("English", "B2"), KV("Russian", "B1"))),
)


# ===========================================================================
# 2. nn: Dyrepleiar
# ===========================================================================

job(
    "dyrepleiar", "Dyrepleiar til smådyrklinikken vår i Ravnetuva – 100 % fast stilling", "nn",
    "veterinary nurse",
    [
        ("Autorisasjon som dyrepleiar", "authorisation"),
        ("Fullført utdanning som dyrepleiar", "education"),
        ("Minst to års erfaring som dyrepleiar ved smådyrklinikk", "experience"),
        ("Erfaring med anestesiovervaking", "must_mention"),
        ("Førarkort klasse B", "driving_licence"),
        ("Gode norskkunnskapar, munnleg og skriftleg", "language"),
        ("Du må kunne gå vakter på kveld og i helg", "manual"),
    ],
    cv("siri-haugsnes.pdf", "nn", "pdf", "two-column", "MMMMMMX",
       "'Autorisasjon som dyrepleiar, Mattilsynet, 2019', 'Bachelor i dyrepleie, 180 studiepoeng', dyrepleiar "
       "at a small-animal hospital since 'aug. 2019 – d.d.' (the weekend student job does not count), "
       "'Anestesiovervaking under kirurgi og tannbehandling', 'Førarkort: B', 'Norsk – morsmål'",
       "Siri Tveit Haugsnes", "Autorisert dyrepleiar",
       S("contact", L("Tlf. 123 58 405"), L("siri.haugsnes@example.no"), L("Lomtjønna")),
       S("lic", L("Førarkort: B")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – godt")),
       S("profile", "Dyrepleiar med sju år på smådyrklinikk. Eg har hovudansvaret for anestesi og oppvakning "
                    "på operasjonsdagane våre."),
       S("exp",
         I("aug. 2019 – d.d.", "Dyrepleiar, Lomtjønna Dyresjukehus (hund og katt)",
           "Anestesiovervaking under kirurgi og tannbehandling: puls, SpO2, kapnografi og narkosejournal",
           "Laboratorium, røntgen og klientsamtalar"),
         I("2017 – 2019", "Ekstrahjelp i helgane (studentjobb), Lomtjønna Dyresjukehus")),
       S("edu", I("2016 – 2019", "Bachelor i dyrepleie, 180 studiepoeng, Gaupeberg høgskule")),
       S("auth", L("Autorisasjon som dyrepleiar, Mattilsynet, 2019")),
       order="rows"),
    cv("marianne-ostli.docx", "nb", "docx", "table", "MMMMMMX",
       "bokmål: 'Autorisert dyrepleier (Mattilsynet)', a two-year 'Dyrepleierutdanning, fagskole', dyrepleier at "
       "small-animal clinics from 'jan. 2017 – mai 2021' and since 'juni 2021 – d.d.' (part-time counts by "
       "calendar time; the weekend shifts from 'aug. 2020 – des. 2022' overlap and count once), 'Overvåker "
       "pasienter i narkose' is anaesthetic monitoring, 'Førerkort klasse B', 'Norsk – morsmål'",
       "Marianne Østli Dahle", "Dyrepleier",
       S("contact", L("Telefon: 123 58 406"), L("E-post: marianne.ostli@example.no"), L("Adresse: Ravnetuva")),
       S("profile", "Erfaren dyrepleier som trives best i travle dager med mange pasienter. Jeg har jobbet deltid "
                    "mens barna var små, og ønsker nå full stilling."),
       S("exp",
         I("juni 2021 – d.d.", "Dyrepleier (60 %), Ravnetuva Smådyrklinikk",
           "Overvåker pasienter i narkose (puls, blodtrykk, kapnografi) og følger dem opp etter operasjon",
           "Vaksinasjonskonsultasjoner og fôrveiledning"),
         I("aug. 2020 – des. 2022", "Helgevakter som dyrepleier (20 %), Ravnetuva Dyrlegevakt"),
         I("jan. 2017 – mai 2021", "Dyrepleier, Kobbevågen Dyreklinikk (hund, katt og smådyr)")),
       S("edu", I("2014 – 2016", "Dyrepleierutdanning, fagskole (2 år), Snipeodden fagskole")),
       S("auth", L("Autorisert dyrepleier (Mattilsynet)")),
       S("lic", L("Førerkort klasse B")),
       S("lang", L("Norsk – morsmål"), L("Svensk – forstår godt"))),
    cv("ebba-sjoberg.txt", "sv", "txt", "one-column", "UMMMMUX",
       "a Swede: djursjukskötare at a small-animal hospital since '2018-06 – nu', a 'kandidatexamen i "
       "djuromvårdnad' is the same education, 'Anestesiövervakning vid ortopedi och mjukdelskirurgi', 'Körkort "
       "B'; but 'Legitimerad djursjukskötare (Jordbruksverket)' is a Swedish authorisation with no sign of a "
       "Norwegian one, and 'Norska – förstår och läser bra' says nothing about speaking or writing",
       "Ebba Sjöberg Lantz", "Leg. djursjukskötare",
       S("contact", L("Tel: 0980-327 482"), L("E-post: ebba.sjoberg@example.se"), L("Vitmossa, Sverige")),
       S("profile", "Legitimerad djursjukskötare med åtta år på smådjurssjukhus. Jag flyttar till Norge i vår "
                    "och vill fortsätta arbeta med hund och katt."),
       S("exp",
         I("2018-06 – nu", "Djursjukskötare, Vitmossa Smådjurssjukhus",
           "Anestesiövervakning vid ortopedi och mjukdelskirurgi", "Intensivvård och smärtskattning")),
       S("edu", I("2015 – 2018", "Djursjukskötarprogrammet, 180 hp, kandidatexamen i djuromvårdnad, "
                                 "Lavskogens universitet")),
       S("auth", L("Legitimerad djursjukskötare (Jordbruksverket), 2018")),
       S("lic", L("Körkort B")),
       S("lang", L("Svenska – modersmål"), L("Norska – förstår och läser bra"), L("Engelska – god"))),
    cv("live-nesheim.txt", "nn", "txt", "badly-written", "UMUUMMX",
       "badly written; 'vart ferdig med bachelor i dyrepleie no i juni' (2026), 'har lappen' (the everyday word "
       "for a car licence), 'norsk er morsmål'; but the authorisation is only applied for ('ventar på svar'), "
       "there is no work as dyrepleiar (a pet shop is not), and anaesthesia only 'i praksisen' (training)",
       raw="""
Live Nesheim
live.nesheim@example.no - 123 58 407 - Gaupeberg

hei! søkjer stillinga som dyrepleiar
vart ferdig med bachelor i dyrepleie no i juni
har søkt om autorisasjon hos mattilsynet, ventar på svar
i praksisen fekk eg vere med på anestesi og oppvakning, det likte eg godt
har jobba som ekstrahjelp på dyrebutikk i tre år ved sida av studiet
har lappen
norsk er morsmål
"""),
    cv("rebecca-hartwell.pdf", "en", "pdf", "dates-after", "MMMMMMX",
       "an Englishwoman: 'Autorisasjon som dyrepleier (Mattilsynet), granted March 2024', an 'FdSc Veterinary "
       "Nursing', veterinary nurse in small-animal practice from 'Sep 2012 – Jun 2023' and since 'Mar 2024 – "
       "present', 'Anaesthetic monitoring, induction and recovery', a UK licence B 'exchanged for a Norwegian "
       "licence 2024', 'Norwegian – B2, Norskprøven 2025 (oral and written)'",
       "Rebecca Hartwell", "Veterinary Nurse (dyrepleier)",
       S("contact", L("Tel. +47 123 58 408"), L("rebecca.hartwell@example.co.uk"), L("Ravnetuva, Norway")),
       S("profile", "Registered veterinary nurse from England with fourteen years in small-animal practice. "
                    "Living in Norway since 2023."),
       S("auth", L("Autorisasjon som dyrepleier (Mattilsynet), granted March 2024"),
         L("Registered Veterinary Nurse (RCVS), England, 2012")),
       S("exp",
         I("Mar 2024 – present", "Veterinary nurse (dyrepleier), Snipeodden Dyreklinikk, Norway",
           "Anaesthetic monitoring, induction and recovery; dental and orthopaedic lists"),
         I("Sep 2023 – Feb 2024", "Veterinary assistant while awaiting Norwegian authorisation, Snipeodden "
                                  "Dyreklinikk"),
         I("Sep 2012 – Jun 2023", "Veterinary nurse, Pinewick Small Animal Hospital, England",
           "Theatre nurse: anaesthesia and intensive care")),
       S("edu", I("2009 – 2012", "FdSc Veterinary Nursing, Pinewick College")),
       S("lic", L("Full UK licence (B), exchanged for a Norwegian licence 2024")),
       S("lang", L("English – native"), L("Norwegian – B2, Norskprøven 2025 (oral and written)"))),
)


# ===========================================================================
# 3. sv: Arborist
# ===========================================================================

job(
    "arborist", "Arborist till trädvårdsavdelningen i Gäddviken – tillsvidareanställning", "sv", "arborist",
    [
        ("Arboristutbildning från naturbruksgymnasium eller yrkeshögskola", "education"),
        ("Minst tre års erfarenhet av arbete som arborist", "experience"),
        ("Motorsågskörkort, lägst nivå B", "certificate"),
        ("Giltigt certifikat i trädklättring och räddning i träd", "certificate"),
        ("Giltig utbildning i Arbete på väg, steg 1.1 och 1.2", "certificate"),
        ("Körkort B och BE", "driving_licence"),
        ("God svenska i tal och skrift", "language"),
        ("Du är inte höjdrädd och trivs med att arbeta utomhus i alla väder", "manual"),
    ],
    cv("viktor-hallgren.pdf", "sv", "pdf", "right-dates", "MMMMMMMX",
       "'YH-utbildning Trädvård – arborist, 400 YH-poäng', arborist since '2016-08 – nu' (the LIA placement does "
       "not count), 'Motorsågskörkort AB och C', 'Trädklättring och räddning i träd – omcertifierad april 2025', "
       "'Arbete på väg steg 1.1 och 1.2, maj 2023' (valid five years), 'Körkort B, BE', 'Svenska – modersmål'",
       "Viktor Hallgren Strand", "Arborist",
       S("contact", L("Tel. 0980-327 483"), L("viktor.hallgren@example.se"), L("Gäddviken")),
       S("profile", "Klättrande arborist med tio år i yrket. Jag arbetar mest med beskärning av gamla parkträd "
                    "och fällning av riskträd i trånga lägen."),
       S("exp",
         I("2016-08 – nu", "Arborist, Gäddvikens Trädvård AB",
           "Beskärning, kronreducering och sektionsfällning med klättring och skylift",
           "Arbetsledare för ett lag om tre sedan 2021"),
         I("2015-09 – 2016-05", "LIA-praktik inom YH-utbildningen, parkförvaltningen i Lavskogen")),
       S("edu", I("2014 – 2016", "YH-utbildning Trädvård – arborist, 400 YH-poäng, Lavskogens yrkeshögskola")),
       S("cert", L("Motorsågskörkort AB och C"), L("Trädklättring och räddning i träd – omcertifierad april 2025"),
         L("Arbete på väg steg 1.1 och 1.2, maj 2023")),
       S("lic", L("Körkort B, BE")),
       S("lang", L("Svenska – modersmål"), L("Engelska – god")),
       date_first=True),
    cv("alvin-nordh.txt", "sv", "txt", "badly-written", "MMMMMMMX",
       "badly written but complete: 'gick naturbruksgymnasiet i Lavskogen med arboristinriktning', tree feller "
       "and climber 'sen hösten 2018', 'motorsåg AB och C', 'klättercertet med räddning förnyade jag i våras' "
       "(2026), 'arbete på väg 1.1 o 1.2 gick jag 2024', 'har B och BE', 'svenska modersmål'",
       raw="""
Alvin Nordh
0980-327 484 / alvin.nordh@example.se / bor i Vitmossa

Hej
söker jobbet som arborist. gick naturbruksgymnasiet i Lavskogen med arboristinriktning, tog studenten 2017
har jobbat som trädfällare och klättrare på Vitmossa Trädtjänst sen hösten 2018, nästan bara klättring
och beskärning numer
motorsåg AB och C
klättercertet med räddning förnyade jag i våras
arbete på väg 1.1 o 1.2 gick jag 2024
har B och BE, drar flishuggen varje dag
svenska modersmål
"""),
    cv("callum-strachan.docx", "en", "docx", "europass", "MMMMMMMX",
       "a Scot in Sweden: a 'Level 3 Diploma in Arboriculture' is arborist training at the same level, arborist "
       "from '09/2013 – 02/2019' and since '04/2019 – present', 'Motorsågskörkort AB (Sweden), 2019', "
       "'Trädklättring och räddning i träd – renewed 03/2025', 'Arbete på väg, steg 1.1 and 1.2 – 2022', 'B and "
       "BE (Swedish licence)', Swedish 'C1 – Tisus 2022, spoken and written'",
       "Callum Ferrier Strachan", "Climbing Arborist",
       S("contact", KV("Phone", "+46 980 327 485"), KV("E-mail", "callum.strachan@example.co.uk"),
         KV("Address", "Lavskogen, Sweden")),
       S("exp",
         I("04/2019 – present", "Arborist, Lavskogens Trädvård AB, Sweden",
           "Climbing, crown reduction and sectional felling of park and roadside trees"),
         I("09/2013 – 02/2019", "Climbing arborist, Glenharrow Tree Services, Scotland",
           "Utility line clearance and veteran tree work")),
       S("edu", I("2011 – 2013", "Level 3 Diploma in Arboriculture, Glenharrow College of Land-based Studies, "
                                 "Scotland")),
       S("cert", KV("Chainsaw", "Motorsågskörkort AB (Sweden), 2019"),
         KV("Tree climbing", "Trädklättring och räddning i träd – renewed 03/2025"),
         KV("Roadworks", "Arbete på väg, steg 1.1 and 1.2 – 2022"), head="Certificates"),
       S("lic", KV("Driving licence", "B and BE (Swedish licence)")),
       S("lang", KV("Mother tongue", "English"), KV("Swedish", "C1 – Tisus 2022, spoken and written"),
         KV("Norwegian", "understand well"))),
    cv("wilma-astrom.pdf", "sv", "pdf", "two-column", "UMMMUMMX",
       "arborist since '2021-03 – nu' (five years and eight months; the forestry work before does not count), "
       "'Motorsågskörkort A och B, 2022', 'Trädklättring med räddning, oktober 2024', 'Körkort B och BE', 'Svenska "
       "– modersmål'; but the arborist education is still under way ('Pågår, examen planerad juni 2027') and "
       "'Arbete på väg, steg 1.1 (2023)' lacks step 1.2",
       "Wilma Åström", "Arborist",
       S("contact", L("Mobil 0980-327 486"), L("wilma.astrom@example.se"), L("Björnbärsby")),
       S("cert", L("Motorsågskörkort A och B, 2022"), L("Trädklättring med räddning, oktober 2024"),
         L("Arbete på väg, steg 1.1 (2023)")),
       S("lic", L("Körkort B och BE")),
       S("lang", L("Svenska – modersmål"), L("Engelska – god"), L("Tyska – grundläggande")),
       S("profile", "Arborist som gillar höga träd och noggrant arbete. Jag lärde mig yrket på jobbet och läser "
                    "nu in utbildningen på distans vid sidan av."),
       S("exp",
         I("2021-03 – nu", "Arborist, Björnbärsby Trädpartner AB",
           "Klättring, beskärning och fällning av riskträd i villaträdgårdar"),
         I("2017-01 – 2021-02", "Skogsarbetare (röjning och gallring), Lavskogens Skogsentreprenad")),
       S("edu", I("2024 – pågår", "YH-utbildning Arborist på distans, halvfart, Björnbärsby yrkeshögskola",
                  "Pågår, examen planerad juni 2027")),
       order="left-first"),
    cv("mikkel-thygesen.docx", "da", "docx", "bold-headings", "MMUMUMNX",
       "a Dane: 'speciale: træpleje' in a Danish vocational education is arborist training, arborist since 'aug. "
       "2012 – dags dato', 'Træklatring og redning i træer – fornyet juni 2025', 'Kørekort: B og BE'; but a "
       "Danish 'Motorsavscertifikat' is the scheme of another country and names no level B, a Danish road-marking "
       "course is not Arbete på väg, and 'Svensk – forstår godt, taler lidt' is below good Swedish",
       "Mikkel Fogh Thygesen", "Arborist (træplejer)",
       S("contact", L("Telefon: +45 12 35 88 21"), L("Mail: mikkel.thygesen@example.dk"), L("Slåenvang, Danmark")),
       S("profile", "Dansk arborist med fjorten års erfaring fra kommuner og private haver. Jeg vil gerne arbejde "
                    "i Sverige, hvor min kæreste bor."),
       S("exp",
         I("aug. 2012 – dags dato", "Arborist, Slåenvang Træpleje ApS",
           "Klatring, beskæring og sektionsfældning, også fra lift",
           "Pleje af vejtræer for kommunen")),
       S("edu", I("2009 – 2012", "Erhvervsuddannelse som skov- og naturtekniker (speciale: træpleje), "
                                 "Kobbelrøn Skovskole")),
       S("cert", L("Motorsavscertifikat (dansk), 2010"), L("Træklatring og redning i træer – fornyet juni 2025"),
         L("Afmærkning af vejarbejde, dansk kursus 2023")),
       S("lic", L("Kørekort: B og BE")),
       S("lang", L("Dansk – modersmål"), L("Svensk – forstår godt, taler lidt"), L("Engelsk – godt"))),
)


# ===========================================================================
# 4. da: Låsesmed
# ===========================================================================

job(
    "laasesmed", "Låsesmed til service og montage – Lærkeklint Lås & Sikring ApS", "da", "locksmith",
    [
        ("Svendebrev som låsesmed", "education"),
        ("Mindst 4 års erfaring som låsesmed efter endt uddannelse", "experience"),
        ("Erfaring med elektroniske adgangskontrolsystemer (ADK)", "must_mention"),
        ("Erfaring med planlægning af mekaniske systemnøgleanlæg", "must_mention"),
        ("Kørekort kategori B", "driving_licence"),
        ("Du taler og skriver flydende dansk", "language"),
        ("Ren straffeattest er et krav", "manual"),
    ],
    cv("rasmus-holst.pdf", "da", "pdf", "two-column", "MMMMMMX",
       "'Svendeprøve, låsesmed (bestået 2013)', låsesmed since 'aug. 2013 – dags dato' (the elevtid does not "
       "count), 'Montage og service af adgangskontrol (ADK)', 'Planlægning af mastersystemer og "
       "hovednøgleanlæg', 'Kørekort: B', 'Dansk – modersmål'",
       "Rasmus Kjeldgaard Holst", "Låsesmed",
       S("contact", L("Mobil +45 12 35 88 22"), L("rasmus.holst@example.dk"), L("Lærkeklint")),
       S("lic", L("Kørekort: B")),
       S("lang", L("Dansk – modersmål"), L("Engelsk – godt"), L("Tysk – lidt")),
       S("skills", L("Kortlæsere, kodetastaturer og elektroniske cylindre"), L("Nøgleplaner og udskæring")),
       S("profile", "Låsesmed med 13 år i faget. Jeg kan lide at stå for hele opgaven, fra nøgleplanen til den "
                    "sidste dør virker."),
       S("exp",
         I("aug. 2013 – dags dato", "Låsesmed, Slåenvang Låseservice A/S",
           "Montage og service af adgangskontrol (ADK) hos erhvervskunder og boligforeninger",
           "Planlægning af mastersystemer og hovednøgleanlæg for boligforeninger"),
         I("2009 – 2013", "Låsesmedelev, Slåenvang Låseservice A/S")),
       S("edu", I("juni 2013", "Svendeprøve, låsesmed (bestået 2013), Kobbelrøn Tekniske Skole")),
       order="right-first"),
    cv("line-bech.txt", "da", "txt", "one-column", "MMMMMMX",
       "'Udlært låsesmed (svendeprøve bestået)' in June 2019, låsesmed from 'juli 2019 – marts 2022' and since "
       "'april 2022 – nu' (seven years and four months), 'Programmering og fejlfinding på adgangskontrol', "
       "'Nøgleplaner og masterkeysystemer til erhvervskunder', 'Almindeligt kørekort (B)', 'Dansk (modersmål)'",
       "Line Korsholm Bech", "Servicetekniker / låsesmed",
       S("contact", L("Tlf. 12 35 88 23"), L("line.bech@example.dk"), L("Kobbelrøn")),
       S("profile", "Udlært låsesmed med hang til elektronik. Jeg er vant til at køre alene ud til kunder og "
                    "planlægge min egen dag."),
       S("exp",
         I("april 2022 – nu", "Servicetekniker (låsesmed), Lærkeklint Sikring A/S",
           "Programmering og fejlfinding på adgangskontrol, dørautomatik og elektroniske låse"),
         I("juli 2019 – marts 2022", "Låsesmed, Kobbelrøn Låse & Nøgler",
           "Nøgleplaner og masterkeysystemer til erhvervskunder, opmåling og tilbud")),
       S("edu",
         I("juni 2019", "Udlært låsesmed (svendeprøve bestået)"),
         I("2015 – 2019", "Låsesmedelev, Kobbelrøn Låse & Nøgler")),
       S("lic", L("Almindeligt kørekort (B)")),
       S("lang", L("Dansk (modersmål)"), L("Engelsk (godt)"))),
    cv("anders-wikstrom.docx", "sv", "docx", "dates-after", "MMMUMNX",
       "a Swede: 'Gesällbrev som låssmed' is the journeyman certificate of the same trade, låssmed since "
       "'januari 2016 – nu', 'passersystem och elektroniska lås' is access control, 'Körkort B'; but no master-key "
       "systems, and 'Danska – förstår det mesta, talar lite' is below fluent Danish",
       "Anders Wikström Falk", "Låssmed",
       S("contact", L("Tel. 0980-327 487"), L("anders.wikstrom@example.se"), L("Lavskogen, Sverige")),
       S("profile", "Låssmed med tio år i yrket, mest inom elektronisk passerkontroll. Jag pendlar gärna över "
                    "sundet."),
       S("exp",
         I("januari 2016 – nu", "Låssmed, Lavskogens Lås AB",
           "Installation och service av passersystem och elektroniska lås i kontor och skolor",
           "Dörrautomatik och inbrottslarm"),
         I("2013 – 2015", "Lärling, Lavskogens Lås AB")),
       S("edu", I("december 2015", "Gesällbrev som låssmed")),
       S("lic", L("Körkort B")),
       S("lang", L("Svenska – modersmål"), L("Danska – förstår det mesta, talar lite"), L("Engelska – god"))),
    cv("emil-krogh.docx", "da", "docx", "table", "MUMMMMX",
       "'Svendebrev, låsesmed' (January 2023), 'Installation af adgangskontrol (ADK)', 'Planlægning og etablering "
       "af systemnøgleanlæg', 'Kørekort B', 'Dansk – modersmål'; but a journeyman only since 'februar 2023 – "
       "d.d.' (three years and nine months; the elevtid does not count)",
       "Emil Dam Krogh", "Låsesmed",
       S("contact", L("Telefon +45 12 35 88 24"), L("emil.krogh@example.dk"), L("Hvidtjørnsted")),
       S("profile", "Ung låsesmed med fire års læretid og snart fire år som svend. Jeg laver både mekanik og "
                    "elektronik."),
       S("exp",
         I("februar 2023 – d.d.", "Låsesmed, Hvidtjørnsted Låsecenter",
           "Installation af adgangskontrol (ADK) og elektroniske cylindre",
           "Planlægning og etablering af systemnøgleanlæg til andelsboliger"),
         I("august 2018 – januar 2023", "Låsesmedelev, Hvidtjørnsted Låsecenter")),
       S("edu", I("januar 2023", "Svendebrev, låsesmed")),
       S("lic", L("Kørekort B")),
       S("lang", L("Dansk – modersmål"), L("Engelsk – rimeligt"))),
    cv("kim-norregaard.pdf", "da", "pdf", "right-dates", "MMMMNMX",
       "'Svendebrev som låsesmed' (2006), låsesmed since 2006, 'Planlægning af systemnøgleanlæg', 'Opsætning og "
       "programmering af ADK-systemer', 'Dansk – modersmål'; but 'Kørekort: frakendt til marts 2027' means no "
       "licence today",
       "Kim Nørregaard Lund", "Låsesmed",
       S("contact", L("Tlf. +45 12 35 88 25"), L("kim.norregaard@example.dk"), L("Slåenvang")),
       S("profile", "Låsesmed gennem tyve år. Jeg har mistet kørekortet for en periode og søger derfor helst "
                    "værkstedsopgaver eller kørsel sammen med en kollega."),
       S("exp",
         I("2014 – nu", "Værkstedsansvarlig låsesmed, Lærkeklint Lås & Nøgle",
           "Planlægning af systemnøgleanlæg (mekaniske og mekatroniske) for kommuner og boligselskaber",
           "Opsætning og programmering af ADK-systemer"),
         I("2006 – 2014", "Låsesmed, Hvidtjørnsted Låsecenter")),
       S("edu", I("2006", "Svendebrev som låsesmed")),
       S("lic", L("Kørekort: frakendt til marts 2027")),
       S("lang", L("Dansk – modersmål"))),
)


# ===========================================================================
# 5. en: Commercial diver
# ===========================================================================

job(
    "commercial-diver", "Commercial Diver – aquaculture and inshore services, Kobbevågen (permanent, rotation)",
    "en", "commercial diver",
    [
        ("Norwegian commercial diving certificate (yrkesdykkersertifikat), class B or higher", "certificate"),
        ("Valid diving medical (helseerklæring for yrkesdykkere, renewed every year)", "certificate"),
        ("At least three years of experience as a commercial diver", "experience"),
        ("Experience with net inspection and repair at fish farms", "must_mention"),
        ("Boat licence (båtførerbevis) or a higher maritime certificate", "certificate"),
        ("Driving licence class B", "driving_licence"),
        ("Good English, spoken and written", "language"),
        ("You must be able to work a 14/14 rotation", "manual"),
    ],
    cv("kristoffer-aasen.docx", "nb", "docx", "one-column", "MMMMMMMX",
       "bokmål: 'Yrkesdykkersertifikat klasse B (Arbeidstilsynet), 2014', 'Helseerklæring for yrkesdykkere, gyldig "
       "til april 2027', diver since 'jan. 2015 – d.d.', 'Notinspeksjon, lapping av hull i nøter' on salmon "
       "farms, 'Båtførerbevis', 'Førerkort B', 'Engelsk – flytende muntlig og skriftlig'",
       "Kristoffer Holm Aasen", "Yrkesdykker",
       S("contact", L("Mob. 123 58 409"), L("kristoffer.aasen@example.no"), L("Kobbevågen")),
       S("profile", "Yrkesdykker med elleve år på oppdrett og anlegg langs kysten. Trives i turnus og på båt."),
       S("exp",
         I("jan. 2015 – d.d.", "Yrkesdykker, Kobbevågen Havservice AS",
           "Notinspeksjon, lapping av hull i nøter og kontroll av fortøyninger på lakseanlegg",
           "Kai- og rørinspeksjon med overflateforsynt utstyr")),
       S("edu", I("2013 – 2014", "Yrkesdykkerutdanning, Snipeodden fagskole")),
       S("cert", L("Yrkesdykkersertifikat klasse B (Arbeidstilsynet), 2014"),
         L("Helseerklæring for yrkesdykkere, gyldig til april 2027"), L("Båtførerbevis"),
         L("Førstehjelp for dykkere, 2025")),
       S("lic", L("Førerkort B")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – flytende muntlig og skriftlig"))),
    cv("euan-laird.pdf", "en", "pdf", "two-column", "MMMMMMMX",
       "a Scot in Norway: 'Norwegian diving certificate class B (converted from HSE Surface Supplied, 2019)', "
       "'Diving medical: valid until 09/2027', diver from '04/2012 – 12/2018' and since '01/2019 – present', "
       "'Net inspection, hole repair and mooring checks on salmon farms', 'Båtførerbevis (Norway), 2019', a UK "
       "licence B, 'English – native'",
       "Euan Laird", "Commercial Diver (surface supplied)",
       S("contact", L("Tel. +47 123 58 410"), L("euan.laird@example.co.uk"), L("Kobbevågen, Norway")),
       S("cert", L("Norwegian diving certificate class B (converted from HSE Surface Supplied, 2019)"),
         L("Diving medical: valid until 09/2027"), L("Båtførerbevis (Norway), 2019"), L("Offshore first aid, 2024"),
         head="Certificates"),
       S("lic", L("Full UK driving licence (B)")),
       S("lang", L("English – native"), L("Norwegian – conversational")),
       S("profile", "Surface-supplied diver with fourteen years in aquaculture, first in Scotland and since 2019 "
                    "in Norway."),
       S("exp",
         I("01/2019 – present", "Commercial diver, Kobbevågen Havservice AS, Norway",
           "Net inspection, hole repair and mooring checks on salmon farms"),
         I("04/2012 – 12/2018", "Commercial diver, Glenharrow Marine Ltd, Scotland",
           "Fish farm moorings, pier inspection and outfall work")),
       S("edu", I("2011 – 2012", "HSE Surface Supplied diving course, Glenharrow Diving School")),
       order="left-first"),
    cv("tor-einar-brekke.txt", "nn", "txt", "badly-written", "MMMMMMNX",
       "badly written; 'yrkesdykkarsertifikat klasse B frå 2021', diving since the summer of 2021, 'inspeksjon og "
       "lapping av nøter' on fish farms, 'var hos dykkarlegen i mars, helseerklæringa er i orden' (March 2026), "
       "'har båtførarbevis og førarkort B'; but 'engelsk kan eg litt' is below good English",
       raw="""
Tor Einar Brekke
123 58 411   toreinar.brekke@example.no   Lomtjønna

hei, eg søkjer jobb som dykkar hjå dykk
eg har yrkesdykkarsertifikat klasse B frå 2021 og har dykka for eit dykkarfirma i Lomtjønna sidan sommaren same år
mest på oppdrettsanlegg, inspeksjon og lapping av nøter, litt kaiarbeid
var hos dykkarlegen i mars, helseerklæringa er i orden
har båtførarbevis og førarkort B
engelsk kan eg litt, men ikkje så godt å skrive
"""),
    cv("gunnhild-reite.pdf", "nn", "pdf", "right-dates", "MUMMMMMX",
       "nynorsk: 'Yrkesdykkarsertifikat klasse B og C', diver since 'mai 2019 – d.d.' (the years as deckhand do "
       "not count), 'Notinspeksjon og notreparasjon på laksemerder', 'Dekksoffisersertifikat klasse D5L' is a "
       "higher maritime certificate than a boat licence, 'Førarkort: B, BE', 'Engelsk – god, munnleg og "
       "skriftleg'; but the yearly medical has run out: 'siste undersøking oktober 2025'",
       "Gunnhild Reite Sævik", "Yrkesdykkar",
       S("contact", L("Tlf. 123 58 412"), L("gunnhild.reite@example.no"), L("Ravnetuva")),
       S("profile", "Yrkesdykkar med sju år i havbruket. Eg er van med turnus og med å leie små dykkarlag."),
       S("exp",
         I("mai 2019 – d.d.", "Yrkesdykkar, Ravnetuva Dykk og Havbruk AS",
           "Notinspeksjon og notreparasjon på laksemerder, oppsamling av daudfisk", "Dykkarleiar sidan 2023"),
         I("2017 – 2019", "Dekksarbeidar på arbeidsbåt, Ravnetuva Havbruk AS")),
       S("edu", I("2018 – 2019", "Yrkesdykkarutdanning, Gaupeberg fagskule")),
       S("cert", L("Yrkesdykkarsertifikat klasse B og C"),
         L("Helseerklæring for yrkesdykkarar – siste undersøking oktober 2025"),
         L("Dekksoffisersertifikat klasse D5L")),
       S("lic", L("Førarkort: B, BE")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – god, munnleg og skriftleg"))),
    cv("oskar-lindgren.docx", "sv", "docx", "europass", "UMMMMMUX",
       "a Swede: the 'Dykläkarintyg' is 'giltigt till 2027-02-28', diver from '2017-08 – 2024-02' and since "
       "'2024-03 – nu', 'Notinspektion och lagning av hål vid laxodlingar', 'Båtførerbevis (Norge), 2024', "
       "Körkort B; but the diving certificate is Swedish ('Svenskt yrkesdykarcertifikat (ytförsörjd dykning till "
       "50 m)') with no sign of a Norwegian one, and 'Svenska, engelska, norska' lists English without a level",
       "Oskar Hed Lindgren", "Yrkesdykare",
       S("contact", KV("Telefon", "+46 980 327 488"), KV("E-post", "oskar.lindgren@example.se"),
         KV("Adress", "Gäddviken, Sverige")),
       S("exp",
         I("2024-03 – nu", "Yrkesdykare (inhyrd), Kobbevågen Havservice AS, Norge",
           "Notinspektion och lagning av hål vid laxodlingar"),
         I("2017-08 – 2024-02", "Yrkesdykare, Gäddvikens Dykservice AB", "Hamn- och kajinspektioner, "
                                                                         "ledningsarbeten")),
       S("edu", I("2016 – 2017", "Yrkesdykarutbildning, Gäddvikens dykarskola")),
       S("cert", KV("Dykcertifikat", "Svenskt yrkesdykarcertifikat (ytförsörjd dykning till 50 m), 2017"),
         KV("Dykläkarintyg", "giltigt till 2027-02-28"), KV("Båt", "Båtførerbevis (Norge), 2024")),
       S("lic", KV("Körkort", "B")),
       S("lang", L("Svenska, engelska, norska"))),
)


# ===========================================================================
# 6. nb: Tanntekniker
# ===========================================================================

job(
    "tanntekniker", "Tanntekniker til digitalt tannteknisk laboratorium i Gaupeberg – fast 100 %", "nb",
    "dental technician",
    [
        ("Norsk autorisasjon som tanntekniker", "authorisation"),
        ("Bachelor i tannteknikk eller tilsvarende utdanning", "education"),
        ("Minst tre års erfaring som tanntekniker", "experience"),
        ("Erfaring med CAD-design i exocad eller 3Shape", "must_mention"),
        ("Erfaring med fresing og sintring av zirkonia", "must_mention"),
        ("Gode norskkunnskaper, minimum B2 muntlig og skriftlig", "language"),
        ("Du må kunne jobbe nøyaktig og holde leveringsfrister", "manual"),
    ],
    cv("hilde-sandvoll.pdf", "nb", "pdf", "one-column", "MMMMMMX",
       "'Autorisert tanntekniker, Helsedirektoratet, 2012', 'Bachelor i tannteknikk, 180 studiepoeng', "
       "tanntekniker from 'aug. 2012 – aug. 2018' and since 'sep. 2018 – d.d.', 'Konstruerer kroner, broer og "
       "implantatsuprastrukturer i exocad', 'Monolittiske zirkoniakroner fra fres til sintringsovn', 'Norsk – "
       "morsmål'",
       "Hilde Sandvoll Ruud", "Tanntekniker",
       S("contact", L("Tlf. 123 58 413"), L("hilde.sandvoll@example.no"), L("Gaupeberg")),
       S("profile", "Tanntekniker med fjorten års erfaring, de siste åtte nesten bare digitalt. Jeg liker "
                    "estetiske fronttannkasus best."),
       S("exp",
         I("sep. 2018 – d.d.", "Tanntekniker, Gaupeberg Dentallab AS",
           "Konstruerer kroner, broer og implantatsuprastrukturer i exocad",
           "Monolittiske zirkoniakroner fra fres til sintringsovn, farging og glasering"),
         I("aug. 2012 – aug. 2018", "Tanntekniker, Snipeodden Tannteknikk", "Metallkeramikk og avtakbar protetikk")),
       S("edu", I("2009 – 2012", "Bachelor i tannteknikk, 180 studiepoeng, Kobbevågen høgskole")),
       S("auth", L("Autorisert tanntekniker, Helsedirektoratet, 2012")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – godt"))),
    cv("per-arne-kvitnes.txt", "nb", "txt", "no-headings", "MMMMMMX",
       "no headings: 'Autorisert tanntekniker (1998)', the three-year 'Tannteknikerutdanning (3 år)' of the 1990s "
       "is the equivalent of the bachelor of today, tanntekniker since 1998 (the own lab from 2014 overlaps the "
       "last year as employee), 'Digital design i 3Shape (daglig bruk)', 'egen fres og sintringsovn for zirkonia', "
       "'Norsk morsmål'",
       "Per Arne Kvitnes", "Tanntekniker",
       S("contact", "per.arne.kvitnes@example.no · 123 58 414 · Snipeodden"),
       S("profile", "Tanntekniker med lang erfaring fra både gips og skjerm. Har drevet eget lab i tolv år."),
       S("exp",
         I("2014 – d.d.", "Daglig leder og tanntekniker, Kvitnes Tannlab, Snipeodden",
           "Digital design i 3Shape (daglig bruk), egen fres og sintringsovn for zirkonia"),
         I("1998 – 2015", "Tanntekniker, Lomtjønna Dental AS", "Metallkeramikk, pressekeramikk og proteser")),
       S("edu", I("1995 – 1998", "Tannteknikerutdanning (3 år), Snipeodden tannteknikerskole")),
       S("auth", L("Autorisert tanntekniker (1998)")),
       S("other", L("Norsk morsmål, engelsk bra")),
       sep=": "),
    cv("mette-kragelund.docx", "da", "docx", "one-column", "MMMMMUX",
       "a Dane in Norway: 'Norsk autorisasjon som tanntekniker (Helsedirektoratet), 2023' (so her Danish trade "
       "education with svendebrev has been accepted as equivalent), tandtekniker from 'august 2015 – juni 2023' "
       "and since 'september 2023 – nu', 'Design af kroner og broer i 3Shape Dental System', 'Zirkoniabroer: "
       "fræsning, indfarvning og sintring'; but 'Norsk – forstår og læser godt, taler dansk på jobben' does not "
       "show B2 spoken and written Norwegian",
       "Mette Kragelund Vest", "Tandtekniker",
       S("contact", L("Telefon +47 123 58 415"), L("mette.kragelund@example.dk"), L("Lomtjønna, Norge")),
       S("profile", "Dansk tandtekniker, bosat i Norge siden 2023. Jeg arbejder mest med digital protetik og "
                    "zirkonia."),
       S("exp",
         I("september 2023 – nu", "Tandtekniker, Lomtjønna Tannlab AS, Norge",
           "Design af kroner og broer i 3Shape Dental System",
           "Zirkoniabroer: fræsning, indfarvning og sintring"),
         I("august 2015 – juni 2023", "Tandtekniker, Hvidtjørnsted Dentallaboratorium, Danmark")),
       S("edu", I("2011 – 2015", "Tandtekniker, erhvervsuddannelse med svendebrev, Kobbelrøn Tekniske Skole")),
       S("auth", L("Norsk autorisasjon som tanntekniker (Helsedirektoratet), 2023")),
       S("lang", L("Dansk – modersmål"), L("Norsk – forstår og læser godt, taler dansk på jobben"),
         L("Engelsk – godt"))),
    cv("ines-carvalho.pdf", "en", "pdf", "two-column", "UMMMMNX",
       "a Portuguese: a 'Licenciatura em Prótese Dentária (bachelor, 180 ECTS)' is the same degree, dental "
       "technician from '02/2014 – 05/2025', 'exocad DentalCAD – expert', 'Zirconia: milling, staining, "
       "sintering'; but the Norwegian authorisation is only 'applied to Helsedirektoratet 09/2026, pending' and "
       "'Norwegian – B1 (Norskprøven 2025)' is below B2",
       "Inês Moura Carvalho", "Dental Technician",
       S("contact", L("Tel. +47 123 58 416"), L("ines.carvalho@example.pt"), L("Gaupeberg, Norway")),
       S("skills", L("exocad DentalCAD – expert"), L("Zirconia: milling, staining, sintering"),
         L("Pressed lithium disilicate")),
       S("lang", L("Portuguese – native"), L("English – C1"),
         L("Norwegian – B1 (Norskprøven 2025), B2 course in progress")),
       S("profile", "Dental technician with eleven years in digital laboratories in Portugal. I moved to Norway in "
                    "2025 with my husband."),
       S("auth", L("Norwegian authorisation as tanntekniker: applied to Helsedirektoratet 09/2026, pending")),
       S("exp",
         I("06/2025 – present", "Laboratory assistant (not yet authorised), Gaupeberg Dentallab AS"),
         I("02/2014 – 05/2025", "Dental technician, Laboratório Dental Pedra Alvarinha, Portugal",
           "CAD design of crowns, bridges and implant bars; zirconia from milling to sintering")),
       S("edu", I("2010 – 2013", "Licenciatura em Prótese Dentária (bachelor, 180 ECTS), Pedra Alvarinha "
                                 "School of Health")),
       order="rows"),
    cv("eirin-skjelbred.docx", "nn", "docx", "bold-headings", "MMUMMMX",
       "nynorsk: 'Autorisasjon som tanntekniker, juli 2024', 'Bachelor i tannteknikk', 'Design av kroner og bruer "
       "i exocad', 'zirkoniakroner frå fres til sintringsomn', 'Norsk – morsmål'; but tanntekniker only since "
       "'aug. 2024 – d.d.' (two years and three months; the student job does not count)",
       "Eirin Skjelbred", "Tanntekniker",
       S("contact", L("Tlf. 123 58 417"), L("eirin.skjelbred@example.no"), L("Kobbevågen")),
       S("profile", "Nyutdanna tanntekniker som har funne seg godt til rette bak skjermen. Eg jobba på lab ved "
                    "sida av studiet og har vore fast tilsett sidan eg fekk autorisasjonen."),
       S("exp",
         I("aug. 2024 – d.d.", "Tanntekniker, Kobbevågen Tannteknikk AS",
           "Design av kroner og bruer i exocad", "Produksjon av zirkoniakroner frå fres til sintringsomn"),
         I("sep. 2022 – juni 2024", "Ekstrahjelp på lab (studentjobb, 20 %), Kobbevågen Tannteknikk AS")),
       S("edu", I("2021 – 2024", "Bachelor i tannteknikk, Gaupeberg høgskule")),
       S("auth", L("Autorisasjon som tanntekniker, juli 2024")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – god"))),
)


# --------------------------------------------------------------------------
# The README's closing sections, written by hand
# --------------------------------------------------------------------------

HARD_CASES = [
    "### Hard cases, on purpose",
    "",
    "Authorisations: \"Autorisasjon som dyrepleiar, Mattilsynet\", \"Autorisert dyrepleier",
    "(Mattilsynet)\", an Englishwoman's Norwegian authorisation \"granted March 2024\" next to her",
    "RCVS registration, a Swedish \"Legitimerad djursjukskötare (Jordbruksverket)\" with no sign of a",
    "Norwegian one, \"har søkt om autorisasjon hos mattilsynet, ventar på svar\"; \"Autorisert",
    "tanntekniker\" from 1998 and 2012, a Dane's \"Norsk autorisasjon som tanntekniker",
    "(Helsedirektoratet), 2023\" and a Portuguese application \"pending\". Certificates with a",
    "validity: a rodenticide certificate \"fornyet mars 2024\", \"fornya i fjor høst\", \"renewed",
    "02/2025\" and \"utløpt mai 2024, nytt kurs i januar 2027\", against a Swedish \"Behörighet för",
    "yrkesmässig användning av gnagarmedel\"; a diving medical \"gyldig til april 2027\", \"valid until",
    "09/2027\", \"var hos dykkarlegen i mars\" and \"siste undersøking oktober 2025\" against \"renewed",
    "every year\"; tree climbing and rescue \"omcertifierad april 2025\", \"förnyade jag i våras\" and",
    "\"fornyet juni 2025\"; Arbete på väg steps 1.1 and 1.2 (\"1.1 o 1.2\"), step 1.1 alone and a",
    "Danish road-marking course. Classes and levels: motorsågskörkort \"AB och C\", \"A och B\", a",
    "Danish \"Motorsavscertifikat\" without a level; diving certificates class B, \"klasse B og C\", a",
    "British HSE Surface Supplied \"converted\" to a Norwegian class B, and a Swedish certificate;",
    "\"Båtførerbevis\", a Norwegian one held by a Swede and a deck officer certificate D5L; \"Körkort",
    "B, BE\", \"har B och BE\", \"Kørekort: B og BE\", \"Klasse B\" under the heading Førerkort, \"har",
    "lappen\", \"Almindeligt kørekort (B)\" and \"Kørekort: frakendt til marts 2027\". Trade",
    "certificates and degrees: fagbrev i skadedyrbekjemperfaget (one as praksiskandidat) against a",
    "one-year Swedish YH course; \"Svendeprøve, låsesmed (bestået 2013)\", \"Udlært låsesmed",
    "(svendeprøve bestået)\" and a Swedish \"Gesällbrev som låssmed\"; a bachelor in dyrepleie, a",
    "two-year fagskole, a British FdSc and a Swedish kandidatexamen i djuromvårdnad; an arborist YH",
    "course, a naturbruksgymnasium \"med arboristinriktning\", a Scottish Level 3 Diploma in",
    "Arboriculture and a Danish vocational education \"speciale: træpleje\"; a bachelor in",
    "tannteknikk, the three-year programme of the 1990s, a Danish trade education and a Portuguese",
    "Licenciatura. Experience: apprentices, elever, LIA placements, a weekend student job, a",
    "20 % student job at a lab and forestry work (not experience); part-time at 60 %; a journeyman",
    "for three years and nine months against \"efter endt uddannelse\"; two years and three months",
    "as tanntekniker; overlapping jobs (weekend shifts beside a clinic job, an own lab started a",
    "year before leaving the employer); an arborist whose education is \"Pågår, examen planerad",
    "juni 2027\"; a pet shop; a veterinary assistant waiting for her",
    "authorisation. Named skills: food businesses as \"bakerier, meierier og to",
    "kjøttforedlingsbedrifter\", \"fiskemottak, bakerier og et par storkjøkken\" and \"livsmedelsindustri\";",
    "anaesthesia as \"Overvåker pasienter i narkose\", \"Anestesiövervakning\" and only \"i praksisen\";",
    "access control as \"ADK\", \"adgangskontrol\" and \"passersystem\"; master-key systems as",
    "\"mastersystemer og hovednøgleanlæg\" and \"Nøgleplaner og masterkeysystemer\", and none; net work",
    "as \"Notinspeksjon\", \"lapping av nøter\", \"Net inspection, hole repair\" and \"Notinspektion och",
    "lagning av hål\"; CAD as \"Konstruerer ... i exocad\", \"Digital design i 3Shape\" and \"exocad",
    "DentalCAD\"; zirconia \"fra fres til sintringsovn\" and \"milling, staining, sintering\".",
    "Languages: \"Norska – förstår det mesta, talar lite\", \"förstår och läser bra\", Norskprøven B2,",
    "\"engelsk kan eg litt\", \"Svensk – forstår godt, taler lidt\", Swedish C1 (Tisus), \"Danska –",
    "förstår det mesta, talar lite\", \"taler dansk på jobben\", Norwegian B1 and a bare list",
    "\"Svenska, engelska, norska\" without levels. Badly written TXT CVs in bokmål, nynorsk and",
    "Swedish (one wraps a sentence over two lines); a TXT CV without headings, Europass DOCX,",
    "tables, bold headings, dates after titles, right-aligned dates with the date first or last in",
    "the stream, a sidebar line wrapped over three lines, and all three column orders.",
    "",
    "### Labelling decisions specific to this set",
    "",
    "The conventions of `eval/README.md` and of the earlier held-out sets apply. In addition:",
    "",
    "- **Skadedyrbekjemper**: line 1 names the Norwegian trade certificate; a one-year Swedish YH",
    "  course is `unclear`. Line 3 names the Norwegian certificate (renewed every five years); one",
    "  renewed in 2024 or 2025 meets it, one that ran out in May 2024 is `unclear` however soon the",
    "  new course, and the Swedish authorisation is the scheme of another country (`unclear`). Fish",
    "  receiving stations, bakeries, dairies, meat processors, canteens and the food industry are",
    "  food businesses. \"Talar lite\" is below good Norwegian (`not_met`).",
    "- **Dyrepleiar**: only a Norwegian authorisation meets line 1 (a Swedish legitimation or an",
    "  application is `unclear`, as in `eval/`). A bachelor, a two-year fagskole, a British FdSc and a",
    "  Swedish kandidatexamen in animal nursing all complete the education. Monitoring patients",
    "  \"i narkose\" is anaesthetic monitoring; anaesthesia seen in a placement only is `unclear`.",
    "  \"Har lappen\" is the everyday word for a car licence (class B). \"Förstår och läser bra\" says",
    "  nothing about speaking or writing (`unclear`).",
    "- **Arborist**: a Scottish Level 3 Diploma in Arboriculture and a Danish vocational education",
    "  specialised in tree care are arborist training at the level the ad names. Tree fellers and",
    "  climbers do arborist work, with or without the education; forest workers do not. An",
    "  education still under way is `unclear`. Motorsågskörkort AB (or A och B) meets level",
    "  B; a Danish chainsaw certificate is another scheme and names no level (`unclear`). Line 5",
    "  needs both steps (valid five years); step 1.1 alone and a Danish road-marking course are",
    "  `unclear`. \"Taler lidt\" is below good Swedish (`not_met`).",
    "- **Låsesmed**: a Swedish gesällbrev as låssmed is the journeyman certificate of the same",
    "  trade (line 1 names no body). Only time after the journeyman test counts for line 2.",
    "  \"Passersystem\" is access control; \"nøgleplaner\" and master-key systems are the planning of",
    "  system-key installations. \"Kørekort: frakendt\" contradicts line 5 today (`not_met`); \"talar",
    "  lite\" is below fluent Danish (`not_met`).",
    "- **Commercial diver**: line 1 asks for the Norwegian certificate; a British certificate",
    "  converted to a Norwegian class B meets it, a Swedish certificate with no sign of a Norwegian",
    "  one is `unclear`; class C is higher than B. The medical is renewed every year, so an",
    "  examination in October 2025 has run out (`unclear`) and one in March 2026 is valid. A deck",
    "  officer certificate D5L is a higher maritime certificate than a boat licence. \"Kan eg litt\"",
    "  is below good English (`not_met`); English in a list without a level is `unclear`.",
    "- **Tanntekniker**: a Norwegian authorisation granted on a Danish trade education shows that",
    "  Norway accepts it as equivalent (`met` for line 2); a Portuguese bachelor in dental",
    "  prosthetics is the same field and level; the three-year programme before the bachelor is",
    "  its equivalent. An application for authorisation is `unclear`. Work as a laboratory",
    "  assistant and a 20 % student job do not count as experience. \"Forstår og læser godt, taler",
    "  dansk på jobben\" does not show B2 spoken and written Norwegian (`unclear`); a stated B1 is",
    "  `not_met`.",
    "",
]


# --------------------------------------------------------------------------
# Checks of our own (on top of make_eval.check_data)
# --------------------------------------------------------------------------

EARLIER = (me.JOBS + mh.JOBS + mh2.JOBS + mh3.JOBS + mh4.JOBS + mh5.JOBS + mh6.JOBS + mh7.JOBS + mh8.JOBS
           + mh9.JOBS + mh10.JOBS + mh11.JOBS + mh12.JOBS + mh13.JOBS + mh14.JOBS + mh15.JOBS + mh16.JOBS
           + mh17.JOBS)
PHONE = re.compile(r"\+?\d[\d \-]{5,}\d")


def phones(text: str) -> set[str]:
    """Digit strings of phone-like runs (8 digits or more; the last 8 digits, so a country code does not matter)."""
    out = set()
    for m in PHONE.findall(text):
        digits = re.sub(r"\D", "", m)
        if len(digits) >= 8:
            out.add(digits[-8:])
    return out


def check_holdout18() -> None:
    mh.check_blind_set(JOBS, EARLIER, USED_TOWNS, per_job=(5, 5), min_qualified=2)
    # The same person or CV file name must not repeat across jobs either.
    names = [c.name or c.raw.strip().splitlines()[0] for j in JOBS for c in j.cvs]
    assert len(names) == len(set(names)), "a person appears twice"
    files = [c.file for j in JOBS for c in j.cvs]
    assert len(files) == len(set(files)), "a CV file name appears twice"
    # 6-8 lines a job (the brief of this set), and not all jobs the same length.
    assert all(6 <= len(j.requirements) <= 8 for j in JOBS)
    assert len({len(j.requirements) for j in JOBS}) > 1
    # Every ad language is used, and every CV language and format; both two-column orders and more.
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
        "# Sikte's eighteenth held-out evaluation set",
        "",
        f"{len(JOBS)} fictional jobs and {n_all} fictional CVs, labelled by hand requirement by",
        "requirement, in the same layout and job-file format as `eval/` (see `eval/README.md`",
        "for the format, the label meanings and the labelling conventions). It is the nineteenth",
        "labelled set and exists to measure accuracy again on CVs the rules were never tuned on.",
        "It was written blind: without reading Sikte's rules, code, tests, docs or data tables,",
        "without running Sikte on it and without looking at any Sikte output, and no label was",
        "ever set from Sikte's output. The only files read were `eval/README.md` (format, label",
        "meanings, conventions), the script of `eval-holdout17/` (`make_holdout17.py`, as the",
        "template for this script's structure; it also defines the CVs of `eval-holdout17/`) and",
        "the shared code of `make_eval.py`, `make_holdout.py` and `scripts/fixtures/cvlib.py` (the",
        "CV definitions of `eval/` and `eval-holdout/` in the first two were skipped). The scripts",
        "`make_holdout2.py` ... `make_holdout16.py` are imported only to refuse their people, slugs,",
        "towns, e-mail addresses and phone numbers and were not read, and no CV folder of an",
        "earlier set was opened. Every CV x requirement is labelled with what a careful, fair",
        f"Nordic recruiter concludes on {TODAY} (the `today` of every job file, which closes open",
        "ranges such as \"d.d.\", \"nu\", \"dags dato\", \"nå\" and \"present\"). Its professions appear",
        "in no earlier set. Keep it that way: do not tune rules on these CVs; once a rule changes",
        "because of a disagreement found here, the set is no longer held out, and its figures",
        "become a regression check.",
        "",
        "Everything here is invented for Sikte: people, employers, schools, towns",
        f"({TOWNS}), e-mail addresses (`example.*`) and phone numbers (unreal",
        "ranges: `123 58 4xx` in Norway, the Swedish fiction range `0980-327 48x`, and",
        "`+45 12 35 88 2x` in Denmark). Nothing is copied from `/work/shared/corpus`, from the",
        "earlier sets or from any real CV or job ad. Authority, body, scheme, course, test and",
        "product names in CVs and ads (Mattilsynet, Jordbruksverket, RCVS, Helsedirektoratet,",
        "Arbeidstilsynet, Arbetsmiljöverket, HSE, HACCP, Norskprøven, Tisus, SFI, Arbete på väg,",
        "LIA, YH, D5L, ADK, exocad, 3Shape Dental System) are named as real ads and CVs name them.",
        "Licence: the same as the project (MIT OR Apache-2.0).",
        "",
        "The format is the one of `eval/`, so Sikte's evaluator reads this folder as it reads",
        "`eval/`; report its figures for each set separately.",
        "",
        "## Regenerate, never edit",
        "",
        "```sh",
        f"python3 {SCRIPT}            # (re)writes eval-holdout18/, removes stale files",
        f"python3 {SCRIPT} --verify   # generates twice elsewhere: byte-identical, and eval-holdout18/ fresh?",
        "```",
        "",
    ]
    extra = [
        "It also refuses an e-mail address or phone number that an earlier set's CVs use, a town of",
        "this set that an earlier set's CVs mention, a profession an earlier set names, and a stray",
        "single quote in a `why`.",
        "",
    ]
    return "\n".join(out + mh.script_paragraph(18) + extra + mh.jobs_and_figures(JOBS, HARD_CASES))


# --------------------------------------------------------------------------
# Writing and checking
# --------------------------------------------------------------------------


def main(argv: list[str]) -> int:
    check_holdout18()
    return mh.run_set(argv, OUT, JOBS, SCRIPT, readme, __doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
