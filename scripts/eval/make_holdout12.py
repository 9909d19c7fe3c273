#!/usr/bin/env python3
"""Write Sikte's twelfth held-out evaluation set: eval-holdout12/README.md, jobs/<job>.toml, cvs/<job>/<file>.

    python3 scripts/eval/make_holdout12.py            # (re)write eval-holdout12/
    python3 scripts/eval/make_holdout12.py --verify   # generate twice in temporary folders and check both
                                                      # runs and eval-holdout12/ are byte-identical

A thirteenth labelled set in the same layout and job-file format as eval/ and
eval-holdout/ ... eval-holdout11/, so that accuracy can be measured on CVs the
rules were never tuned on. Six fictional jobs in professions that no earlier
set uses (caretaker nb, farm relief worker nn, assistant nurse sv, lift
installer sv, auditor da, cyber security analyst en) with 7 requirement lines
each, and 5 fictional CVs per job in TXT, DOCX and PDF (one and two columns),
in bokmål, nynorsk, Swedish, Danish and English.

The set was written blind: without reading Sikte's rules, code, tests, docs or
data tables, without running Sikte on it and without looking at any Sikte
output. Of the earlier sets only make_holdout11.py was read, as the template
for this script's structure, with the shared code of make_eval.py,
make_holdout.py and scripts/fixtures/cvlib.py, and eval/README.md for the
format and the labelling conventions (make_holdout11.py also defines the CVs
of eval-holdout11/; the CV definitions in make_eval.py and make_holdout.py
were skipped); make_holdout2.py ... make_holdout10.py were not read, nor the
CV folders of any earlier set. Every CV x requirement is labelled by hand with
what a careful, fair recruiter concludes on TODAY, under the conventions of
eval/README.md (met, not_met, unclear, manual). Never adjust a label to
Sikte's output.

It reuses make_eval.py (the CV model S/L/I/KV/cv, the renderers, the job-file
writer and its checks), make_holdout.py (plain_text, the e-mail pattern,
check_blind_set, jobs_and_figures, script_paragraph, run_set) and
scripts/fixtures/cvlib.py, and refuses: what make_eval.py refuses, a fragment
quoted with single quotes in a `why` that is not in the CV, an e-mail address
outside example.*, a job with fewer than two qualified CVs, and any job slug,
person or town of eval/, eval-holdout/, ..., eval-holdout11/. Python 3.11
standard library only. Every person, employer, school, town, e-mail address
and phone number is invented.
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
import make_holdout8 as mh8  # noqa: E402
import make_holdout9 as mh9  # noqa: E402
import make_holdout10 as mh10  # noqa: E402
import make_holdout11 as mh11  # noqa: E402
from make_eval import CV, I, KV, L, S, cv  # noqa: E402

ROOT = me.ROOT
OUT = os.path.join(ROOT, "eval-holdout12")
SCRIPT = "scripts/eval/make_holdout12.py"
# The day this set is judged on, written into every job file. make_eval.job_toml reads
# make_eval.TODAY, so it is set there too (only in this process).
TODAY = "2026-11-28"
me.TODAY = TODAY

# Towns of eval/ and eval-holdout/ ... eval-holdout11/; none may appear here.
USED_TOWNS = mh11.USED_TOWNS + ("Ravnåsvik", "Sildvågen", "Skjelbreidvik", "Flusetra", "Grønnvollen", "Bäverhamn",
                                "Korpmora", "Tallnäset", "Gransjöberg", "Lærkesund", "Hvidkløv", "Ørnested",
                                "Mosebæk", "Brzozin", "Villaroja", "Wadi Sahran", "Ravensmere")
TOWNS = "Tjørnvika, Bjønnstøl, Myrbekkvoll, Hestnesøyra, Kvitebergvik and Rypefjellstad in Norway; Lodjursta, " \
        "Stensjövik, Harsjöhöjden, Kallmyrberg and Ugglekärr in Sweden; Kragholm, Rævekær, Storkelund and " \
        "Hjortebæk in Denmark; Vellenhoven and Port Kelvary abroad"

JOBS: list[me.Job] = []


def job(slug, title, lang, profession, reqs: list[tuple[str, str]], *cvs: CV) -> None:
    JOBS.append(me.Job(slug, title, lang, profession, [r for r, _ in reqs], [k for _, k in reqs], list(cvs)))


# ===========================================================================
# 1. nb: Vaktmester
# ===========================================================================

job(
    "vaktmester", "Vaktmester til boligsameier og næringsbygg – Tjørnvika", "nb", "caretaker",
    [
        ("Fagbrev som byggdrifter eller annet relevant fagbrev (f.eks. tømrer, elektriker eller rørlegger)",
         "education"),
        ("Minst tre års erfaring som vaktmester eller fra drift og vedlikehold av bygg", "experience"),
        ("Førerkort klasse B", "driving_licence"),
        ("Gyldig sertifikat for varme arbeider", "certificate"),
        ("Erfaring med sentral driftskontroll (SD-anlegg)", "must_mention"),
        ("Gode norskkunnskaper, muntlig og skriftlig", "language"),
        ("Du er serviceinnstilt, løser problemer selvstendig og kan delta i vaktordning utenom arbeidstid",
         "manual"),
    ],
    cv("geir-almasbakk.docx", "nb", "docx", "one-column", "MMMMMMX",
       "'Fagbrev i byggdrifterfaget (praksiskandidat)', 'Vaktmester, Tjørnvika Eiendomsdrift AS' since 'aug. "
       "2014 – d.d.', 'Førerkort: B, BE', 'Varme arbeider, fornyet mars 2024' (within the five years the "
       "certificate lasts), 'Overvåking og alarmhåndtering i SD-anlegget for ventilasjon og varme', 'Norsk – "
       "morsmål'",
       "Geir Almåsbakk", "Vaktmester / byggdrifter",
       S("contact", L("Tlf. 123 48 301"), L("geir.almasbakk@example.no"), L("Tjørnvika")),
       S("profile", "Byggdrifter med fagbrev og tolv års erfaring fra boligsameier og næringsbygg. Jeg liker å "
                    "ha oversikt, og beboerne vet at de kan ringe meg."),
       S("exp",
         I("aug. 2014 – d.d.", "Vaktmester, Tjørnvika Eiendomsdrift AS",
           "Daglig drift av 14 boligsameier og to kontorbygg",
           "Overvåking og alarmhåndtering i SD-anlegget for ventilasjon og varme",
           "Småreparasjoner, snømåking og oppfølging av håndverkere"),
         I("2008 – 2014", "Tømrerlærling, senere tømrer, Bjønnstøl Bygg AS")),
       S("edu",
         I("2013", "Fagbrev i byggdrifterfaget (praksiskandidat)"),
         I("2006 – 2008", "Vg1 bygg- og anleggsteknikk, Vg2 byggteknikk, Bjønnstøl videregående skole")),
       S("cert", L("Varme arbeider, fornyet mars 2024"), L("Førstehjelpskurs, 2022")),
       S("lic", L("Førerkort: B, BE")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – godt"))),
    cv("darius-kavolis.txt", "en", "txt", "one-column", "MMMMMNX",
       "a Lithuanian: 'Trade certificate as carpenter (fagbrev i tømrerfaget), Norway' is another relevant "
       "fagbrev, 'Caretaker (vaktmester), Hestnesøyra Borettslag' since '05/2019 – present', 'Driving licence "
       "B', 'Hot work certificate (varme arbeider), valid until 09/2028', 'building management system (SD "
       "system)'; but 'Norwegian – B1 (Norskprøven, 2021)' is below gode norskkunnskaper (B2)",
       "Darius Kavolis", "Caretaker / maintenance worker",
       S("contact", L("+47 123 48 302"), L("darius.kavolis@example.com"), L("Hestnesøyra, Norway")),
       S("profile", "Carpenter from Lithuania, in Norway since 2014. I have been the caretaker of a housing "
                    "cooperative since 2019 and know most of the technical systems in our buildings."),
       S("exp",
         I("05/2019 – present", "Caretaker (vaktmester), Hestnesøyra Borettslag",
           "Daily maintenance of 220 flats, small repairs, snow clearing",
           "Alarms and set points in the building management system (SD system)",
           "Contact with residents and contractors"),
         I("2014 – 2019", "Carpenter, Kvitebergvik Byggservice AS")),
       S("edu",
         I("2017", "Trade certificate as carpenter (fagbrev i tømrerfaget), Norway"),
         I("2008 – 2011", "Vocational school of construction, Lithuania")),
       S("cert", L("Hot work certificate (varme arbeider), valid until 09/2028"), L("Working at heights, 2022")),
       S("lic", L("Driving licence B")),
       S("lang", L("Lithuanian – native"), L("Russian – good"), L("Norwegian – B1 (Norskprøven, 2021)"),
         L("English – good")),
       sep="   "),
    cv("trine-haugsrud.pdf", "nb", "pdf", "two-column", "MMMMMMX",
       "'Fagbrev som elektriker' is one of the relevant fagbrev the ad names; 'Driftstekniker, Kvitebergvik "
       "Næringsbygg AS' since '2020-09 – d.d.' after 'Vaktmester (60 %), Rypefjellstad kommune' (over eight "
       "years of building operation), 'Førerkort kl. B', 'Varme arbeider (2023)', 'Sentral driftskontroll: "
       "trender, alarmer og tidsprogram', 'Norsk – morsmål'",
       "Trine Haugsrud", "Driftstekniker / vaktmester",
       S("contact", L("Tlf. 123 48 303"), L("trine.haugsrud@example.no"), L("Kvitebergvik")),
       S("lic", L("Førerkort kl. B")),
       S("cert", L("Varme arbeider (2023)"), L("Fallsikring, 2024"), head="Kurs"),
       S("lang", L("Norsk – morsmål"), L("Engelsk – flytende")),
       S("profile", "Elektriker som valgte drift framfor installasjon. Jeg har ansvaret for de tekniske "
                    "anleggene i tre næringsbygg og liker å finne feilen før brukerne merker den."),
       S("exp",
         I("2020-09 – d.d.", "Driftstekniker, Kvitebergvik Næringsbygg AS",
           "Drift av ventilasjon, varme og adgangskontroll i 26 000 m²",
           "Sentral driftskontroll: trender, alarmer og tidsprogram"),
         I("2018-01 – 2020-08", "Vaktmester (60 %), Rypefjellstad kommune", "Skoler og barnehager"),
         I("2012 – 2017", "Elektriker, Bjønnstøl Elektro AS")),
       S("edu",
         I("2012", "Fagbrev som elektriker"),
         I("2008 – 2010", "Vg1 elektrofag, Vg2 elenergi, Kvitebergvik vgs.")),
       order="right-first"),
    cv("eivind-nyhus.txt", "nn", "txt", "no-headings", "UMMUNMX",
       "no headings; 'Vaktmester, Myrbekkvoll skule (Rypefjellstad kommune)' since '2018 – d.d.', 'Førarkort "
       "klasse B', 'Norsk morsmål'; but the fagbrev is only a 'Fagprøve i byggdrifterfaget' set for 'våren "
       "2027', 'Varme arbeider – sertifikatet gjekk ut i 2023', and 'SD-anlegg: har ikkje jobba med det enno' "
       "says he has no SD experience",
       "Eivind Nyhus", "eivind.nyhus@example.no · 123 48 304 · Myrbekkvoll",
       S("profile", "Eg har vore vaktmester på Myrbekkvoll skule sidan 2018 og tek fagbrev som praksiskandidat. "
                    "Eg er praktisk anlagd og trivst med variert arbeid."),
       S("exp",
         I("2018 – d.d.", "Vaktmester, Myrbekkvoll skule (Rypefjellstad kommune)",
           "Vedlikehald av bygg og uteområde, brøyting, enkle reparasjonar"),
         I("2011 – 2018", "Lagermedarbeidar, Myrbekkvoll Landhandel")),
       S("edu", I("våren 2027", "Fagprøve i byggdrifterfaget, praksiskandidat (teoriprøva bestått hausten 2026)")),
       S("other", L("Førarkort klasse B"), L("Varme arbeider – sertifikatet gjekk ut i 2023, skal fornyast"),
         L("SD-anlegg: har ikkje jobba med det enno, men vil gjerne lære"), L("Norsk morsmål, engelsk middels")),
       bullet="• "),
    cv("stefan-hjortsberg.docx", "sv", "docx", "table", "UMMUMMX",
       "a Swede: 'Fastighetsskötare, Stensjöviks Bostäder AB' since 2016 counts as vaktmester work, 'Körkort "
       "B', 'styr- och övervakningssystem (DUC/SD)', 'Norska – förstår allt, talar och skriver bra'; but "
       "'Bygg- och anläggningsprogrammet, gymnasieexamen' is no fagbrev, and 'Heta arbeten "
       "(Brandskyddsföreningen), 2024' is the Swedish scheme, not the Norwegian certificate",
       "Stefan Hjortsberg", "Fastighetsskötare",
       S("contact", L("Tel. 031-390 06 41"), L("stefan.hjortsberg@example.se"), L("Stensjövik, Sverige")),
       S("profile", "Fastighetsskötare med tio år i yrket. Min sambo har fått jobb i Tjørnvika och vi flyttar "
                    "till Norge i februari 2027."),
       S("exp",
         I("2016 – nu", "Fastighetsskötare, Stensjöviks Bostäder AB",
           "Felanmälningar, tillsyn av värme och ventilation",
           "Dagligt arbete i fastighetens styr- och övervakningssystem (DUC/SD)"),
         I("2012 – 2016", "Lagerarbetare, Lodjursta Järn AB")),
       S("edu", I("2009 – 2012", "Bygg- och anläggningsprogrammet, gymnasieexamen, Lodjursta gymnasium")),
       S("cert", L("Heta arbeten (Brandskyddsföreningen), 2024"), L("Lift- och fallskyddsutbildning, 2023")),
       S("lic", L("Körkort B")),
       S("lang", L("Svenska – modersmål"), L("Norska – förstår allt, talar och skriver bra"),
         L("Engelska – god"))),
)


# ===========================================================================
# 2. nn: Gardsavløysar
# ===========================================================================

job(
    "gardsavloysar", "Gardsavløysar i Bjønnstøl avløysarlag – fast stilling 100 %", "nn", "farm relief worker",
    [
        ("Fagbrev i landbruksfaget eller fullført agronomutdanning", "education"),
        ("Førarkort klasse T og B", "driving_licence"),
        ("Minst to års erfaring frå arbeid på gard med mjølkeproduksjon", "experience"),
        ("Erfaring med mjølkerobot", "must_mention"),
        ("Gyldig autorisasjonsbevis for bruk av plantevernmiddel (Mattilsynet)", "authorisation"),
        ("Du må kunne kommunisere godt på norsk eller eit anna skandinavisk språk", "language"),
        ("Du må vere fleksibel, kunne arbeide sjølvstendig og ta helgevakter", "manual"),
    ],
    cv("sigve-reinsnos.docx", "nn", "docx", "bold-headings", "MMMMMMX",
       "'Fagbrev i landbruksfaget', 'Førarkort: B og T', 'Gardsavløysar, Bjønnstøl avløysarlag SA' on dairy "
       "farms since 'mars 2015 – d.d.', 'Drift og reinhald av mjølkerobot', 'Autorisasjonsbevis for "
       "plantevernmiddel (Mattilsynet), fornya 2022' (valid for ten years), 'Norsk – morsmål'",
       "Sigve Reinsnos", "Gardsavløysar",
       S("contact", L("Tlf. 123 48 305"), L("sigve.reinsnos@example.no"), L("Bjønnstøl")),
       S("profile", "Eg har vakse opp på mjølkegard og har jobba som avløysar i over ti år, mest i robotfjøs. Eg "
                    "er van med å kome inn på ein ny gard og ta over stellet same dagen."),
       S("exp",
         I("mars 2015 – d.d.", "Gardsavløysar, Bjønnstøl avløysarlag SA",
           "Avløysing på 20 mjølkebruk: fjøsstell, fôring og kalvestell",
           "Drift og reinhald av mjølkerobot, oppfølging av robotalarmar"),
         I("2012 – 2015", "Lærling i landbruksfaget, Reinsnos gard")),
       S("edu",
         I("2015", "Fagbrev i landbruksfaget"),
         I("2010 – 2012", "Vg1 naturbruk, Vg2 landbruk og gartnarnæring, Bjønnstøl vidaregåande skule")),
       S("cert", L("Autorisasjonsbevis for plantevernmiddel (Mattilsynet), fornya 2022"),
         L("Kurs i dyrevelferd, 2023")),
       S("lic", L("Førarkort: B og T")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – grei"))),
    cv("marte-lyngstadvoll.pdf", "nb", "pdf", "two-column", "MMUMMMX",
       "'Agronom, Vg3 landbruk (naturbruk)', 'Førerkort: B, T', 'Melkeproduksjon med to melkeroboter' "
       "(bokmål for mjølkerobot), 'Autorisasjonsbevis plantevernmidler (Mattilsynet), 2024', 'Norsk – "
       "morsmål'; but 'Fjøsrøkter, Lyngstadvoll Samdrift DA' only since 'jan. 2025 – d.d.' (23 months), and the "
       "'Praksis på melkegård, 8 uker' in school does not count",
       "Marte Lyngstadvoll", "Fjøsrøkter / agronom",
       S("contact", L("Tlf. 123 48 306"), L("marte.lyngstadvoll@example.no"), L("Hestnesøyra")),
       S("lic", L("Førerkort: B, T")),
       S("cert", L("Autorisasjonsbevis plantevernmidler (Mattilsynet), 2024"), head="Sertifikater"),
       S("lang", L("Norsk – morsmål"), L("Engelsk – godt")),
       S("profile", "Agronom som har jobbet i robotfjøs siden januar i fjor. Jeg ønsker meg fast stilling med "
                    "variasjon mellom flere gårder."),
       S("exp",
         I("jan. 2025 – d.d.", "Fjøsrøkter, Lyngstadvoll Samdrift DA", "Melkeproduksjon med to melkeroboter, 120 kyr",
           "Kalvestell, klauvpleie, fôrplanlegging"),
         I("2023 – 2024", "Butikkmedarbeider (deltid), Hestnesøyra Landhandel")),
       S("edu",
         I("2021 – 2024", "Agronom, Vg3 landbruk (naturbruk), Hestnesøyra vgs.", "Praksis på melkegård, 8 uker")),
       order="rows"),
    cv("elsa-hemmingsson.txt", "sv", "txt", "one-column", "MUMMUMX",
       "a Swede: 'Naturbruksprogrammet, inriktning lantbruk (djur), gymnasieexamen' is the Swedish counterpart "
       "of agronomutdanning, 'Djurskötare, Harsjöhöjdens Mjölkgård AB' since '2021-06 – nu', 'två "
       "mjölkrobotar', 'Svenska – modersmål' (a Scandinavian language); but 'Traktorkort (Sverige)' is the "
       "Swedish scheme, not Norwegian class T, and 'Behörighet 2L för växtskyddsmedel (Jordbruksverket), 2023' "
       "is not the autorisasjonsbevis of Mattilsynet",
       "Elsa Hemmingsson", "Djurskötare, mjölkproduktion",
       S("contact", L("Tel. 031-390 06 42"), L("elsa.hemmingsson@example.se"), L("Harsjöhöjden")),
       S("profile", "Djurskötare med fem år på mjölkgård. Jag vill pröva på avbytartjänst i Norge och kan börja "
                    "i mars 2027."),
       S("exp",
         I("2021-06 – nu", "Djurskötare, Harsjöhöjdens Mjölkgård AB", "Skötsel av 180 kor och två mjölkrobotar",
           "Traktorarbete vid vallskörd och gödselkörning"),
         I("somrarna 2018–2020", "Sommarjobb, Kallmyrberg gård")),
       S("edu", I("2017 – 2020", "Naturbruksprogrammet, inriktning lantbruk (djur), gymnasieexamen, Kallmyrberg "
                                 "naturbruksgymnasium")),
       S("cert", L("Behörighet 2L för växtskyddsmedel (Jordbruksverket), 2023"), L("Djurskyddsutbildning, 2022")),
       S("lic", L("Körkort B"), L("Traktorkort (Sverige)")),
       S("lang", L("Svenska – modersmål"), L("Norska – förstår bra"), L("Engelska – god")),
       upper=False, rule=True),
    cv("joost-van-rijswijk.docx", "en", "docx", "europass", "MMMMMMX",
       "a Dutchman: 'Fagbrev i landbruksfaget (praksiskandidat), Norway', 'B, BE and T (Norwegian licence)', "
       "'Farm relief worker (avløser)' on dairy farms since '10/2017 – present', 'most of them with milking "
       "robots', 'Autorisasjonsbevis for plantevernmidler (Mattilsynet), 2021', Norwegian 'Fluent, C1 "
       "(Bergenstesten 2019)'",
       "Joost van Rijswijk", "Farm relief worker (gardsavløser)",
       S("contact", KV("Phone", "+47 123 48 307"), KV("E-mail", "joost.vanrijswijk@example.nl"),
         KV("Address", "Bjønnstøl, Norway")),
       S("exp",
         I("10/2017 – present", "Farm relief worker (avløser), Kvitebergvik Landbrukstjenester SA",
           "Relief milking and feeding on dairy farms, most of them with milking robots",
           "Calf rearing, tractor work in the silage season"),
         I("2012 – 2017", "Herdsman, dairy farm in Vellenhoven, the Netherlands")),
       S("edu",
         I("2021", "Fagbrev i landbruksfaget (praksiskandidat), Norway"),
         I("2008 – 2012", "MBO Dairy farming, level 4, Vellenhoven Agricultural College, the Netherlands")),
       S("lic", KV("Driving licence", "B, BE and T (Norwegian licence)"),
         KV("Pesticides", "Autorisasjonsbevis for plantevernmidler (Mattilsynet), 2021"),
         head="Licences and certificates"),
       S("lang", KV("Mother tongue", "Dutch"), KV("Norwegian", "Fluent, C1 (Bergenstesten 2019)"),
         KV("English", "C1"))),
    cv("havard-kvale.txt", "nn", "txt", "badly-written", "UMMNUMX",
       "badly written; 'har førarkort B og T', 'avløysar i helgar og feriar sidan 2022' on dairy farms "
       "(part-time, counted by calendar time), 'snakkar norsk'; but he 'går Vg3 landbruk no' and will be "
       "agronom in 'juni 2027', 'mjølkerobot har eg ikkje prøvd', and no autorisasjonsbevis for plantevernmiddel",
       raw="""
Håvard Kvåle
havard.kvale@example.no / 123 48 308 / Rypefjellstad

hei, eg er 19 år og søkjer jobb som avløysar.
går Vg3 landbruk no, blir ferdig agronom til sommaren (juni 2027).
har førarkort B og T (traktorlappen tok eg som 16-åring).
har jobba som avløysar i helgar og feriar sidan 2022, mest på mjølkegardar her i bygda, og heime på garden vår med 30 kyr i båsfjøs.
mjølkerobot har eg ikkje prøvd, vi mjølkar med rørmjølkeanlegg i båsfjøset.
snakkar norsk (nynorsk heime), litt engelsk.
"""),
)


# ===========================================================================
# 3. sv: Undersköterska
# ===========================================================================

job(
    "underskoterska", "Undersköterska till hemtjänsten i Lodjursta, tillsvidare 90 %", "sv", "assistant nurse",
    [
        ("Bevis om rätt att använda den skyddade yrkestiteln undersköterska, utfärdat av Socialstyrelsen",
         "authorisation"),
        ("Gymnasieexamen från vård- och omsorgsprogrammet eller motsvarande utbildning till undersköterska",
         "education"),
        ("Minst två års erfarenhet av arbete som undersköterska i hemtjänst, äldreomsorg eller hälso- och "
         "sjukvård", "experience"),
        ("B-körkort", "driving_licence"),
        ("Erfarenhet av läkemedelshantering på delegering", "must_mention"),
        ("Mycket goda kunskaper i svenska i tal och skrift", "language"),
        ("Du är lugn, empatisk och ansvarstagande och trivs med att arbeta självständigt", "manual"),
    ],
    cv("anneli-tjarnstrom.docx", "sv", "docx", "dates-after", "MMMMMMX",
       "'Bevis om rätt att använda skyddad yrkestitel undersköterska (Socialstyrelsen), december 2023', 'Vård- "
       "och omsorgsprogrammet, gymnasieexamen', undersköterska since '2011-08 – 2017-02' and '2017-03 – nu', "
       "'B-körkort', 'Läkemedelshantering på delegering: dosett, insulin, ögondroppar', 'Svenska – modersmål'",
       "Anneli Tjärnström", "Undersköterska",
       S("contact", L("Tel. 031-390 06 43"), L("anneli.tjarnstrom@example.se"), L("Lodjursta")),
       S("profile", "Undersköterska sedan 2011 med lång erfarenhet av hemtjänst. Jag är van att arbeta "
                    "självständigt och att ta ansvar för delegerade insatser."),
       S("exp",
         I("2017-03 – nu", "Undersköterska, hemtjänsten Lodjursta kommun",
           "Omvårdnad och personlig hygien, dokumentation i journalsystem",
           "Läkemedelshantering på delegering: dosett, insulin, ögondroppar"),
         I("2011-08 – 2017-02", "Undersköterska, Ugglekärrs vård- och omsorgsboende")),
       S("edu", I("2008 – 2011", "Vård- och omsorgsprogrammet, gymnasieexamen, Lodjursta gymnasium")),
       S("auth", L("Bevis om rätt att använda skyddad yrkestitel undersköterska (Socialstyrelsen), december 2023"),
         head="Yrkestitel"),
       S("lic", L("B-körkort")),
       S("lang", L("Svenska – modersmål"), L("Engelska – god"))),
    cv("rebecka-stromvall.pdf", "sv", "pdf", "two-column", "UMMMMMX",
       "'Vård- och omsorgsprogrammet, Komvux, 1 500 poäng, undersköterskeexamen', undersköterska 'sedan 2019', "
       "'Körkort: B', 'Läkemedel och insulin på delegering', 'Svenska – modersmål'; but the bevis is only "
       "'ansökan inskickad till Socialstyrelsen 2026-09, under handläggning'",
       "Rebecka Strömvall", "Undersköterska, äldreomsorg",
       S("contact", L("Tel. 031-390 06 44"), L("rebecka.stromvall@example.se"), L("Kallmyrberg")),
       S("auth", L("Bevis om skyddad yrkestitel: ansökan inskickad till Socialstyrelsen 2026-09, under "
                   "handläggning"), head="Yrkestitel", side=True),
       S("lic", L("Körkort: B")),
       S("lang", L("Svenska – modersmål"), L("Engelska – mycket god"), L("Finska – grundläggande")),
       S("profile", "Jag har arbetat som undersköterska på särskilt boende sedan 2019 och vill nu pröva "
                    "hemtjänsten. Jag har delegering för läkemedel och insulin."),
       S("exp",
         I("sedan 2019", "Undersköterska, Kallmyrberg särskilda boende",
           "Omvårdnad vid demenssjukdom, palliativ vård", "Läkemedel och insulin på delegering"),
         I("2016 – 2019", "Vårdbiträde (timanställd), Kallmyrberg hemtjänst")),
       S("edu", I("2017 – 2019", "Vård- och omsorgsprogrammet, Komvux, 1 500 poäng, undersköterskeexamen")),
       order="left-first"),
    cv("mette-hvalsoe.txt", "da", "txt", "one-column", "UMMMMNX",
       "a Dane: 'Social- og sundhedsassistentuddannelsen (2 år og 10 mdr.)' is motsvarande utbildning, 'Social- "
       "og sundhedsassistent, Kragholm Plejecenter' since '03/2015 – nu', 'Kørekort B', 'dosering og "
       "udlevering af medicin efter delegation fra læge'; but she has only a Danish authorisation, no bevis from "
       "Socialstyrelsen, and 'Svensk – forstår godt, taler lidt' is below mycket goda kunskaper",
       "Mette Hvalsøe", "Social- og sundhedsassistent",
       S("contact", L("Tlf. +45 12 34 67 01"), L("mette.hvalsoe@example.dk"), L("Kragholm")),
       S("profile", "Erfaren social- og sundhedsassistent, som gerne vil arbejde i Sverige, hvor min mand har "
                    "fået job. Jeg er rolig og god til at skabe tryghed hos borgerne."),
       S("exp",
         I("03/2015 – nu", "Social- og sundhedsassistent, Kragholm Plejecenter",
           "Pleje og omsorg for borgere med demens",
           "Medicinhåndtering: dosering og udlevering af medicin efter delegation fra læge"),
         I("2012 – 2015", "Social- og sundhedshjælper, hjemmeplejen i Kragholm Kommune")),
       S("edu", I("2012 – 2015", "Social- og sundhedsassistentuddannelsen (2 år og 10 mdr.), SOSU-skolen i "
                                 "Kragholm")),
       S("auth", L("Autoriseret social- og sundhedsassistent (Styrelsen for Patientsikkerhed), 2015")),
       S("lic", L("Kørekort B")),
       S("lang", L("Dansk – modersmål"), L("Svensk – forstår godt, taler lidt"), L("Engelsk – godt"))),
    cv("grace-otieno.pdf", "en", "pdf", "right-dates", "MMMMMMX",
       "'Protected professional title undersköterska – certificate from Socialstyrelsen, issued June 2024', "
       "'Vård- och omsorgsprogrammet (Komvux)', assistant nurse since '02/2019–08/2021' and '09/2021 – "
       "present', 'Driving licence: B (Swedish)', 'medication under delegation', 'Swedish – very good, "
       "spoken and written (C1)'",
       "Grace Wanjiru Otieno", "Assistant nurse (undersköterska)",
       S("contact", L("Phone 031-390 06 45"), L("grace.otieno@example.com"), L("Stensjövik, Sweden")),
       S("profile", "Assistant nurse born in Kenya, living in Sweden since 2014. I have worked in home care and "
                    "on a medical ward, and I write all my documentation in Swedish."),
       S("exp",
         I("09/2021 – present", "Assistant nurse (undersköterska), home care, Stensjövik municipality",
           "Personal care, wound care, medication under delegation (dosette boxes, insulin)"),
         I("02/2019–08/2021", "Assistant nurse, medical ward, Stensjövik hospital")),
       S("edu",
         I("2016 – 2018", "Vård- och omsorgsprogrammet (Komvux), Stensjövik"),
         I("2014 – 2016", "Swedish for immigrants (SFI) and Svenska som andraspråk 3")),
       S("auth", L("Protected professional title undersköterska – certificate from Socialstyrelsen, issued June "
                   "2024")),
       S("lic", L("Driving licence: B (Swedish)")),
       S("lang", L("Swahili – native"), L("English – native level"),
         L("Swedish – very good, spoken and written (C1)")),
       date_first=True),
    cv("jessika-brannstrom.txt", "sv", "txt", "badly-written", "UUUMMMX",
       "badly written; 'Jag ger läkemedel på delegering sen 2020', 'B-körkort har jag sen 2015', 'Svenska är "
       "mitt modersmål'; but she works 'som vårdbiträde sen 2017' (a neighbouring role, not undersköterska), "
       "the vård- och omsorgsprogrammet 'blir klar i januari 2027', and the bevis 'söker jag när jag har "
       "betyget'",
       raw="""
Jessika Brännström
jessika.brannstrom@example.se  031-390 06 46

Hej! Jag har jobbat i hemtjänsten i Harsjöhöjden som vårdbiträde sen 2017, de senaste åren mest på kvällar och helger.
Nu läser jag till undersköterska på komvux (vård- och omsorgsprogrammet), blir klar i januari 2027. Bevis från Socialstyrelsen söker jag när jag har betyget.
Jag ger läkemedel på delegering sen 2020.
B-körkort har jag sen 2015.
Svenska är mitt modersmål.
"""),
)


# ===========================================================================
# 4. sv: Hissmontör
# ===========================================================================

job(
    "hissmontor", "Hissmontör, service och reparation – Harsjöhöjden", "sv", "lift installer",
    [
        ("Yrkesbevis som hissmontör eller motsvarande yrkesutbildning inom hiss", "education"),
        ("Minst tre års erfarenhet av service, felsökning och reparation av hissar", "experience"),
        ("B-körkort", "driving_licence"),
        ("Utbildning i elsäkerhet (ESA Fackkunnig eller motsvarande), genomförd eller repeterad under de senaste "
         "tre åren", "certificate"),
        ("Erfarenhet av felsökning i styrsystem och frekvensomriktare", "must_mention"),
        ("Goda kunskaper i svenska och engelska, i tal och skrift", "language"),
        ("Du ingår i jourlistan med beredskap var femte vecka", "manual"),
    ],
    cv("roger-elfving.pdf", "sv", "pdf", "one-column", "MMMMMMX",
       "'yrkesbevis som hissmontör 2011', 'Servicetekniker hiss, Harsjöhöjdens Hisservice AB' since '2016 – "
       "nu', 'B-körkort', 'ESA Fackkunnig, repetition 2025-03', 'Felsökning i styrsystem och "
       "frekvensomriktare', 'Svenska – modersmål' and 'Engelska – god i tal och skrift'",
       "Roger Elfving", "Hissmontör, service",
       S("contact", L("Tel. 031-390 06 47"), L("roger.elfving@example.se"), L("Harsjöhöjden")),
       S("profile", "Hissmontör med femton år i branschen, de senaste tio på service. Jag tycker om felsökning "
                    "och är van att jobba ensam ute hos kund."),
       S("exp",
         I("2016 – nu", "Servicetekniker hiss, Harsjöhöjdens Hisservice AB",
           "Service, felsökning och reparation av linhissar och hydrauliska hissar",
           "Felsökning i styrsystem och frekvensomriktare, byte av dörrmaskiner"),
         I("2010 – 2016", "Hissmontör, nyinstallation, Lodjursta Hiss AB")),
       S("edu",
         I("2009 – 2011", "Lärlingstid och yrkesprov – yrkesbevis som hissmontör 2011"),
         I("2006 – 2009", "El- och energiprogrammet, gymnasieexamen")),
       S("cert", L("ESA Fackkunnig, repetition 2025-03"), L("Fallskydd, 2024"), L("Heta arbeten, 2023")),
       S("lic", L("B-körkort")),
       S("lang", L("Svenska – modersmål"), L("Engelska – god i tal och skrift"))),
    cv("kasper-vindelov.docx", "da", "docx", "one-column", "UMMMMUX",
       "a Dane: 'Elevatortekniker, Rævekær Elevatorservice ApS' since '2014 – nu', 'Kørekort: B', 'Elsikkerhed "
       "– AMU-kursus, 2024' (equivalent to ESA), 'Fejlfinding på styringer og frekvensomformere'; but "
       "'Svendebrev som elektriker' and a four-week 'Elevatorteknik for elektrikere, AMU-kursus (4 uger)' are "
       "not a trade education as hissmontör, and 'Svensk – forstår og læser godt' says nothing about speaking "
       "or writing Swedish",
       "Kasper Vindeløv", "Elevatortekniker",
       S("contact", L("Tlf. +45 12 34 67 02"), L("kasper.vindelov@example.dk"), L("Rævekær")),
       S("profile", "Elektriker og elevatortekniker med tolv års erfaring fra service på elevatorer og "
                    "rulletrapper. Vi flytter til Harsjöhöjden til sommer, og jeg søger job i Sverige."),
       S("exp",
         I("2014 – nu", "Elevatortekniker, Rævekær Elevatorservice ApS",
           "Service, fejlfinding og reparation af elevatorer",
           "Fejlfinding på styringer og frekvensomformere"),
         I("2008 – 2014", "Elektriker, Storkelund El-teknik A/S")),
       S("edu",
         I("2008", "Svendebrev som elektriker"),
         I("2014", "Elevatorteknik for elektrikere, AMU-kursus (4 uger)")),
       S("cert", L("Elsikkerhed – AMU-kursus, 2024"), L("Førstehjælp, 2025")),
       S("lic", L("Kørekort: B")),
       S("lang", L("Dansk – modersmål"), L("Engelsk – godt i skrift og tale"),
         L("Svensk – forstår og læser godt"))),
    cv("daniel-wiklander.txt", "en", "txt", "one-column", "MMMMMMX",
       "'Lift fitter apprenticeship, vocational certificate (yrkesbevis hissmontör) 2015', 'Service technician, "
       "lifts and escalators' since '2019-01 – present', 'Driving licence B', 'Electrical safety ESA "
       "Fackkunnig – renewed 02/2024', 'Fault finding in lift control systems and frequency converters (VFD)', "
       "'Swedish – native' and 'English – fluent (all work documentation in English)'",
       "Daniel Wiklander", "Lift service technician",
       S("contact", L("Phone 031-390 06 48"), L("daniel.wiklander@example.se"), L("Lodjursta, Sweden")),
       S("profile", "Swedish lift technician at an international lift company, where everything from reports "
                    "to training is in English. Looking for a smaller employer closer to home."),
       S("exp",
         I("2019-01 – present", "Service technician, lifts and escalators, Lodjursta Lift & Rulltrappor AB",
           "Preventive maintenance, call-outs, troubleshooting and repairs",
           "Fault finding in lift control systems and frequency converters (VFD)"),
         I("2015-08 – 2018-12", "Lift fitter (new installations), Lodjursta Lift & Rulltrappor AB")),
       S("edu", I("2013 – 2015", "Lift fitter apprenticeship, vocational certificate (yrkesbevis hissmontör) 2015")),
       S("cert", L("Electrical safety ESA Fackkunnig – renewed 02/2024"), L("Fall protection – 2025")),
       S("lic", L("Driving licence B")),
       S("lang", L("Swedish – native"), L("English – fluent (all work documentation in English)")),
       bullet="* ", indent=2),
    cv("stale-vikebo.docx", "nn", "docx", "dates-after", "MMMUMMX",
       "a Norwegian: 'Fagbrev i heismontørfaget' is motsvarande yrkesutbildning, service on lifts since 2014 "
       "('Service og ombygging av eldre heisanlegg', then 'Servicemontör hiss'), 'Førarkort klasse B', "
       "'Feilsøking på styresystem og frekvensomformarar', 'Svensk – godt munnleg og skriftleg' and 'Engelsk – "
       "godt'; but the electrical safety course 'FSE-kurs (elsikkerheit), 2021' is more than three years old",
       "Ståle Vikebø", "Heismontør",
       S("contact", L("Tlf. 123 48 309"), L("stale.vikebo@example.no"), L("Stensjövik, Sverige")),
       S("profile", "Heismontør med fagbrev frå Noreg. Eg har budd i Sverige sidan 2023 og jobbar no med service "
                    "på heisar for eit svensk firma."),
       S("exp",
         I("aug. 2023 – d.d.", "Servicemontör hiss, Stensjöviks Hissteknik AB",
           "Service, feilsøking og reparasjon av heisar", "Feilsøking på styresystem og frekvensomformarar"),
         I("2014 – 2023", "Heismontør, Kvitebergvik Heis AS", "Service og ombygging av eldre heisanlegg")),
       S("edu",
         I("2014", "Fagbrev i heismontørfaget"),
         I("2010 – 2012", "Vg1 elektro, Vg2 elenergi, Kvitebergvik vidaregåande skule")),
       S("cert", L("FSE-kurs (elsikkerheit), 2021"), L("Fallsikring, 2025")),
       S("lic", L("Førarkort klasse B")),
       S("lang", L("Norsk – morsmål"), L("Svensk – godt munnleg og skriftleg"), L("Engelsk – godt"))),
    cv("emil-rydh.pdf", "sv", "pdf", "no-headings", "UUMMUNX",
       "no headings; 'B-körkort', 'ESA Fackkunnig, 2024'; but the 'Yrkesprov för yrkesbevis som hissmontör "
       "(planerat)' is set for 'våren 2027', 'Hissmontörlärling' since 'hösten 2024 – nu' is an apprenticeship "
       "and 'Fastighetstekniker' is not lift service, 'Vill lära mig mer om felsökning i styrsystem och "
       "frekvensomriktare' is a wish, and 'Engelska – grundläggande' is below goda kunskaper",
       "Emil Rydh", "Hissmontörlärling",
       S("contact", L("emil.rydh@example.se"), L("031-390 06 49"), L("Kallmyrberg")),
       S("profile", "Jag är lärling som hissmontör sedan hösten 2024 och siktar på yrkesbeviset nästa år. Innan "
                    "dess jobbade jag som fastighetstekniker."),
       S("exp",
         I("hösten 2024 – nu", "Hissmontörlärling, Kallmyrberg Hiss AB",
           "Service och reparation tillsammans med handledare"),
         I("2017 – 2024", "Fastighetstekniker, Kallmyrberg Fastigheter AB",
           "Felanmälan, ventilation, enklare elarbeten")),
       S("edu",
         I("våren 2027", "Yrkesprov för yrkesbevis som hissmontör (planerat)"),
         I("2014 – 2017", "El- och energiprogrammet, gymnasieexamen")),
       S("cert", L("ESA Fackkunnig, 2024"), L("B-körkort")),
       S("skills", L("Vill lära mig mer om felsökning i styrsystem och frekvensomriktare")),
       S("lang", L("Svenska – modersmål"), L("Engelska – grundläggande"))),
)


# ===========================================================================
# 5. da: Revisor
# ===========================================================================

job(
    "revisor", "Revisor til revisionsafdelingen i Kragholm", "da", "auditor",
    [
        ("Godkendt som statsautoriseret eller registreret revisor (Erhvervsstyrelsen)", "authorisation"),
        ("Cand.merc.aud. eller tilsvarende kandidatuddannelse i revision", "education"),
        ("Mindst fem års erfaring med revision og andre erklæringsopgaver", "experience"),
        ("Erfaring med revision af virksomheder, der aflægger regnskab efter IFRS", "must_mention"),
        ("Kørekort kategori B, da kundebesøg indgår i arbejdet", "driving_licence"),
        ("Flydende dansk og engelsk i skrift og tale", "language"),
        ("Ren straffeattest", "manual"),
    ],
    cv("louise-braendgaard.docx", "da", "docx", "table", "MMMMMMX",
       "'Statsautoriseret revisor, godkendt af Erhvervsstyrelsen 2019', 'Cand.merc.aud.', audit work since "
       "2014, 'Revision af koncerner og børsnoterede selskaber efter IFRS', 'Kørekort: B', 'Dansk – modersmål' "
       "and 'Engelsk – flydende i skrift og tale'",
       "Louise Brændgaard", "Statsautoriseret revisor, manager",
       S("contact", L("Tlf. +45 12 34 67 03"), L("louise.braendgaard@example.dk"), L("Kragholm")),
       S("profile", "Statsautoriseret revisor med tolv års erfaring fra revision af mellemstore og børsnoterede "
                    "virksomheder. Jeg trives med ansvar for en kundeportefølje og med at udvikle yngre kolleger."),
       S("exp",
         I("2019 – nu", "Manager, statsautoriseret revisor, Kragholm Revision P/S",
           "Revision af koncerner og børsnoterede selskaber efter IFRS",
           "Udvidet gennemgang, review og andre erklæringer"),
         I("2014 – 2019", "Revisorassistent, senere senior, Storkelund Revisionsfirma",
           "Revision af små og mellemstore virksomheder efter årsregnskabsloven")),
       S("edu",
         I("2012 – 2014", "Cand.merc.aud., Hjortebæk Handelshøjskole"),
         I("2009 – 2012", "HA (erhvervsøkonomi), Hjortebæk Handelshøjskole")),
       S("auth", L("Statsautoriseret revisor, godkendt af Erhvervsstyrelsen 2019")),
       S("lic", L("Kørekort: B")),
       S("lang", L("Dansk – modersmål"), L("Engelsk – flydende i skrift og tale"), L("Tysk – godt"))),
    cv("karin-wessberg.pdf", "sv", "pdf", "two-column", "UMMMMNX",
       "a Swede: 'Masterexamen i redovisning och revision (120 hp)' is a tilsvarende kandidatuddannelse, audit "
       "work since 2012, 'Revision av noterade koncerner som rapporterar enligt IFRS', 'Körkort B'; but "
       "'Auktoriserad revisor (Revisorsinspektionen), 2018' is the Swedish authorisation, not a godkendelse "
       "from Erhvervsstyrelsen, and 'Danska – förstår bra, talar hjälpligt' is below flydende dansk",
       "Karin Wessberg", "Auktoriserad revisor",
       S("contact", L("Tel. 031-390 06 50"), L("karin.wessberg@example.se"), L("Stensjövik")),
       S("auth", L("Auktoriserad revisor (Revisorsinspektionen), 2018"), head="Behörighet", side=True),
       S("lic", L("Körkort B")),
       S("lang", L("Svenska – modersmål"), L("Engelska – flytande"), L("Danska – förstår bra, talar hjälpligt")),
       S("profile", "Auktoriserad revisor med fjorton års erfarenhet från revisionsbyrå. Jag har lett "
                    "revisioner av noterade koncerner och vill nu arbeta i Danmark."),
       S("exp",
         I("2018 – nu", "Auktoriserad revisor, Stensjöviks Revisionsbyrå AB",
           "Revision av noterade koncerner som rapporterar enligt IFRS"),
         I("2012 – 2018", "Revisorsassistent, Stensjöviks Revisionsbyrå AB")),
       S("edu",
         I("2010 – 2012", "Masterexamen i redovisning och revision (120 hp), Lodjursta universitet"),
         I("2007 – 2010", "Ekonomie kandidatexamen (180 hp), Lodjursta universitet")),
       order="rows"),
    cv("anders-krogh-lykke.docx", "en", "docx", "europass", "MMMMMMX",
       "'Registered public accountant (registreret revisor), approved by the Danish Business Authority "
       "(Erhvervsstyrelsen), 2011', 'MSc in Auditing (cand.merc.aud.)', audit work since 2007, 'groups "
       "reporting under IFRS', driving licence 'B', Danish mother tongue and English 'C2, three years of work "
       "in the UK'",
       "Anders Krogh Lykke", "Registered public accountant (registreret revisor)",
       S("contact", KV("Phone", "+45 12 34 67 04"), KV("E-mail", "anders.lykke@example.dk"),
         KV("Address", "Storkelund, Denmark")),
       S("exp",
         I("08/2016 – present", "Senior manager, audit, Storkelund Revisorerne P/S",
           "Statutory audits of groups reporting under IFRS and the Danish Financial Statements Act",
           "Assurance engagements and other statements (erklæringsopgaver)"),
         I("2013 – 2016", "Audit senior, Harlow & Finch LLP, Port Kelvary, United Kingdom",
           "Audits of UK subsidiaries of Nordic groups"),
         I("2007 – 2013", "Auditor, Storkelund Revisorerne P/S")),
       S("edu",
         I("2005 – 2007", "MSc in Auditing (cand.merc.aud.), Hjortebæk Business School"),
         I("2002 – 2005", "BSc in Economics and Business Administration (HA), Hjortebæk Business School")),
       S("auth", KV("Approval", "Registered public accountant (registreret revisor), approved by the Danish "
                                "Business Authority (Erhvervsstyrelsen), 2011"),
         KV("Driving licence", "B"), head="Approval and licences"),
       S("lang", KV("Mother tongue", "Danish"), KV("English", "C2, three years of work in the UK"),
         KV("German", "B1"))),
    cv("sebastian-thorso.txt", "da", "txt", "one-column", "UUMUNMX",
       "'Revisorassistent, Rævekær Revision ApS' since 'aug. 2019 – d.d.' with 'Review og andre "
       "erklæringsopgaver', 'Dansk – modersmål', 'Engelsk – flydende i skrift og tale'; but the cand.merc.aud. "
       "is 'forventet afsluttet juni 2027', the revisoreksamen has its 'mundtlig prøve august 2027', IFRS is "
       "only wished for ('Ønsker at arbejde med IFRS'), and 'Kørekort: nej'",
       "Sebastian Thorsø", "Revisorassistent",
       S("contact", L("Tlf. +45 12 34 67 05"), L("sebastian.thorso@example.dk"), L("Rævekær")),
       S("profile", "Revisorassistent med syv års erfaring fra et lokalt revisionsfirma. Jeg læser "
                    "cand.merc.aud. ved siden af arbejdet og er i gang med revisoreksamen."),
       S("exp",
         I("aug. 2019 – d.d.", "Revisorassistent, Rævekær Revision ApS",
           "Revision og udvidet gennemgang af mindre virksomheder efter årsregnskabsloven (klasse B og C)",
           "Review og andre erklæringsopgaver, skatteopgørelser"),
         I("2016 – 2019", "Studentermedhjælper i bogholderiet, Rævekær Tømmerhandel")),
       S("edu",
         I("2023 – d.d.", "Cand.merc.aud. på deltid, Hjortebæk Handelshøjskole (mangler speciale – forventet "
                          "afsluttet juni 2027)"),
         I("2016 – 2019", "HA (erhvervsøkonomi), Hjortebæk Handelshøjskole")),
       S("auth", L("Revisoreksamen: skriftlig prøve bestået 2026, mundtlig prøve august 2027"),
         head="Revisoreksamen"),
       S("skills", L("Ønsker at arbejde med IFRS og børsnoterede kunder")),
       S("lic", L("Kørekort: nej")),
       S("lang", L("Dansk – modersmål"), L("Engelsk – flydende i skrift og tale")),
       sep=" | "),
    cv("ingvild-brekkesto.pdf", "nb", "pdf", "dates-after", "MMMUMMX",
       "a Norwegian: 'Godkendt som statsautoriseret revisor i Danmark (Erhvervsstyrelsen), marts 2025', "
       "'Master i regnskap og revisjon (MRR)' is a tilsvarende kandidatuddannelse, audit work since 2013, "
       "'Førerkort klasse B', 'Dansk – flytende muntlig og skriftlig', 'Engelsk – flytende'; but IFRS is "
       "nowhere, only 'regnskapsloven og NGAAP' and 'årsregnskabsloven'",
       "Ingvild Brekkestø", "Statsautorisert revisor",
       S("contact", L("Tlf. +45 12 34 67 06"), L("ingvild.brekkesto@example.no"), L("Kragholm, Danmark")),
       S("profile", "Norsk statsautorisert revisor som har bodd og arbeidet i Danmark siden 2024. Jeg har ansvar "
                    "for revisjon av mellomstore selskaper og har fått dansk godkjenning."),
       S("exp",
         I("sep. 2024 – d.d.", "Revisor, Kragholm Revisionsfirma A/S",
           "Revisjon av mellomstore selskaper etter årsregnskabsloven"),
         I("2013 – 2024", "Revisor, senere manager, Kvitebergvik Revisjon AS",
           "Revisjon av aksjeselskaper etter regnskapsloven og NGAAP", "Attestasjonsoppdrag og særattestasjoner")),
       S("edu", I("2008 – 2013", "Master i regnskap og revisjon (MRR), Kvitebergvik handelshøyskole")),
       S("auth", L("Statsautorisert revisor (Finanstilsynet), 2016"),
         L("Godkendt som statsautoriseret revisor i Danmark (Erhvervsstyrelsen), marts 2025")),
       S("lic", L("Førerkort klasse B")),
       S("lang", L("Norsk – morsmål"), L("Dansk – flytende muntlig og skriftlig"), L("Engelsk – flytende"))),
)


# ===========================================================================
# 6. en: Cyber Security Analyst
# ===========================================================================

job(
    "cyber-security-analyst", "Cyber Security Analyst, Security Operations Centre – Kvitebergvik, Norway", "en",
    "cyber security analyst",
    [
        ("Bachelor's or master's degree in information security, computer science or a related field",
         "education"),
        ("At least three years of experience from a Security Operations Centre (SOC) or in incident response",
         "experience"),
        ("Hands-on experience with a SIEM platform (e.g. Microsoft Sentinel, Splunk or Elastic)", "must_mention"),
        ("A current security certification such as GIAC GCIH, CompTIA Security+ or CISSP", "certificate"),
        ("Fluent English, spoken and written", "language"),
        ("Good command of Norwegian, Swedish or Danish", "language"),
        ("You must be able to obtain security clearance at the level HEMMELIG under the Norwegian Security Act",
         "manual"),
    ],
    cv("nora-stigen.pdf", "nn", "pdf", "two-column", "MMMMMMX",
       "'Master i informasjonssikkerheit (MSc Information Security)', 'SOC-analytikar L2, Kvitebergvik Kraft AS' "
       "since '2021-08 – d.d.', 'Microsoft Sentinel (KQL)', 'GIAC GCIH, gyldig til 2028', 'Engelsk – flytande "
       "munnleg og skriftleg', 'Norsk – morsmål'",
       "Nora Stigen", "SOC-analytikar (L2)",
       S("contact", L("Tlf. 123 48 310"), L("nora.stigen@example.no"), L("Kvitebergvik")),
       S("cert", L("GIAC GCIH, gyldig til 2028"), L("Microsoft SC-200, 2024"), head="Sertifikat"),
       S("skills", L("Microsoft Sentinel (KQL)"), L("Splunk"), L("Defender for Endpoint")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – flytande munnleg og skriftleg")),
       S("profile", "SOC-analytikar med fem år i skiftarbeid i eit SOC som er ope døgnet rundt. Eg handterer "
                    "eskalerte hendingar frå start til slutt og skriv deteksjonsreglane våre."),
       S("exp",
         I("2021-08 – d.d.", "SOC-analytikar L2, Kvitebergvik Kraft AS",
           "Triage og analyse av eskalerte varsel", "Deteksjonsreglar og trusseljakt"),
         I("2019 – 2021", "IT-konsulent, brukarstøtte, Bjønnstøl IT AS")),
       S("edu",
         I("2017 – 2019", "Master i informasjonssikkerheit (MSc Information Security), Kvitebergvik høgskule"),
         I("2014 – 2017", "Bachelor i dataingeniørfag, Kvitebergvik høgskule")),
       order="left-first"),
    cv("kristoffer-aaland.docx", "nb", "docx", "bold-headings", "MUMUMMX",
       "'Bachelor i informatikk', 'Overvåking og analyse av hendelser i Splunk', 'Engelsk – flytende muntlig og "
       "skriftlig', 'Norsk – morsmål'; but 'SOC-analytiker, Tjørnvika Sikkerhetssenter AS' only since 'jan. "
       "2024 – d.d.' (35 months; 'IT-driftstekniker' is a neighbouring role), 'CompTIA Security+ (utløpt mai "
       "2026, skal fornyes)' has lapsed and 'CISSP – planlagt 2027' is planned",
       "Kristoffer Åland", "SOC-analytiker",
       S("contact", L("Tlf. 123 48 311"), L("kristoffer.aaland@example.no"), L("Tjørnvika")),
       S("profile", "Jeg gikk fra IT-drift til sikkerhet for snart tre år siden og jobber nå som analytiker i et "
                    "SOC. Jeg liker å grave i logger og forstå hva som faktisk skjedde."),
       S("exp",
         I("jan. 2024 – d.d.", "SOC-analytiker, Tjørnvika Sikkerhetssenter AS",
           "Overvåking og analyse av hendelser i Splunk", "Førstelinje hendelseshåndtering"),
         I("2018 – des. 2023", "IT-driftstekniker, Myrbekkvoll kommune", "Drift av servere, nettverk og brannmur")),
       S("edu", I("2015 – 2018", "Bachelor i informatikk, Universitetet i Tjørnvika")),
       S("cert", L("CompTIA Security+ (utløpt mai 2026, skal fornyes)"), L("CISSP – planlagt 2027")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – flytende muntlig og skriftlig"))),
    cv("linnea-sjodahl.txt", "sv", "txt", "dates-after", "MMMMMMX",
       "'Civilingenjör i datateknik, 300 hp, inriktning informationssäkerhet' (a master's level degree), "
       "incident response since '2019-09 – 2022-03' and SOC work since '2022-04 – nu', 'Elastic Security', "
       "'CISSP (ISC2), certifierad 2021 – aktiv', 'Engelska – flytande i tal och skrift', 'Svenska – modersmål'",
       "Linnéa Sjödahl", "Säkerhetsanalytiker / incidenthanterare",
       S("contact", L("Tel. 031-390 06 51"), L("linnea.sjodahl@example.se"), L("Ugglekärr")),
       S("profile", "Säkerhetsanalytiker med sju års erfarenhet av incidenthantering, först i en CSIRT och sedan "
                    "2022 i ett SOC. Jag söker mig till Norge."),
       S("exp",
         I("2022-04 – nu", "Säkerhetsanalytiker, SOC, Ugglekärr Cyberförsvar AB",
           "Larmhantering och utredning i Elastic Security", "Hotjakt och detektionsregler"),
         I("2019-09 – 2022-03", "Incidenthanterare, CSIRT, Lodjursta Energi AB", "Incidenthantering och forensik")),
       S("edu", I("2014 – 2019", "Civilingenjör i datateknik, 300 hp, inriktning informationssäkerhet, "
                                 "Stensjöviks tekniska högskola")),
       S("cert", L("CISSP (ISC2), certifierad 2021 – aktiv"), L("GIAC GCFA, 2023")),
       S("lang", L("Svenska – modersmål"), L("Engelska – flytande i tal och skrift"), L("Norska – förstår bra"))),
    cv("mathias-fogh.pdf", "da", "pdf", "europass", "UMMMMMX",
       "a Dane: 'SOC-analytiker, Hjortebæk Security ApS' since '03/2021 – nu', 'Overvågning og analyse i "
       "Microsoft Sentinel', 'CompTIA Security+ (2025)', English 'C1 – flydende i tale og skrift', Danish mother "
       "tongue; but 'Datamatiker (erhvervsakademiuddannelse, 2½ år)' is a short-cycle degree, not a bachelor, "
       "and the top-up bachelor is 'forventet afsluttet januar 2027'",
       "Mathias Fogh", "SOC-analytiker",
       S("contact", KV("Telefon", "+45 12 34 67 07"), KV("E-mail", "mathias.fogh@example.dk"),
         KV("Adresse", "Hjortebæk, Danmark")),
       S("exp",
         I("03/2021 – nu", "SOC-analytiker, Hjortebæk Security ApS", "Overvågning og analyse i Microsoft Sentinel",
           "Håndtering af sikkerhedshændelser for 40 kunder"),
         I("2019 – 2021", "IT-supporter, Hjortebæk Kommune")),
       S("edu",
         I("2025 – nu", "Professionsbachelor i IT-sikkerhed (top-up, deltid) – forventet afsluttet januar 2027"),
         I("2016 – 2018", "Datamatiker (erhvervsakademiuddannelse, 2½ år), Hjortebæk Erhvervsakademi")),
       S("cert", KV("Certificering", "CompTIA Security+ (2025)")),
       S("lang", KV("Modersmål", "Dansk"), KV("Engelsk", "C1 – flydende i tale og skrift"),
         KV("Norsk", "Forstår godt"))),
    cv("oddny-hatlestad.docx", "en", "docx", "one-column", "MUUMMMX",
       "'Master in Information Security', 'OSCP (Offensive Security Certified Professional), 2020' (a security "
       "certification that does not lapse; the list in the ad only gives examples), 'English – very good, spoken and "
       "written', 'Norwegian – mother tongue'; but 'Penetration tester, Hestnesøyra Tryggleik AS' since 2019 is "
       "offensive testing, not SOC or incident response, and SIEM is only something she 'would like to learn "
       "more about'",
       "Oddny Hatlestad", "Penetration tester",
       S("contact", L("Phone +47 123 48 312"), L("oddny.hatlestad@example.no"), L("Hestnesøyra, Norway")),
       S("profile", "Penetration tester with seven years on the offensive side. I now want to move to defence "
                    "and would like to learn more about SIEM and detection."),
       S("exp",
         I("2019 – present", "Penetration tester, Hestnesøyra Tryggleik AS",
           "Penetration testing of networks and web applications", "Reporting and advice to clients"),
         I("2017 – 2019", "Developer, Bjønnstøl Data AS")),
       S("edu",
         I("2015 – 2017", "Master in Information Security, University of Hestnesøyra"),
         I("2012 – 2015", "Bachelor in Informatics, University of Hestnesøyra")),
       S("cert", L("OSCP (Offensive Security Certified Professional), 2020"), L("CEH, 2018")),
       S("lang", L("Norwegian – mother tongue"), L("English – very good, spoken and written"))),
)


# --------------------------------------------------------------------------
# The README's closing sections, written by hand
# --------------------------------------------------------------------------

HARD_CASES = [
    "### Hard cases, on purpose",
    "",
    "Authorisations and approvals: a Swedish \"bevis om skyddad yrkestitel\" applied for",
    "(\"ansökan inskickad till Socialstyrelsen 2026-09, under handläggning\") or not yet sought",
    "(\"söker jag när jag har betyget\"), one written in English (\"Protected professional title",
    "undersköterska – certificate from Socialstyrelsen\"), and a Danish SOSU authorisation instead",
    "of it; a Swedish \"Behörighet 2L för växtskyddsmedel\" for Mattilsynet's autorisasjonsbevis;",
    "a Swedish auktoriserad revisor and a Norwegian statsautorisert revisor with and without the",
    "Danish approval; \"Registered public accountant ... approved by the Danish Business",
    "Authority\" for Erhvervsstyrelsen; a revisoreksamen half passed. Education: fagbrev taken",
    "as praksiskandidat, a fagprøve set for \"våren 2027\", a carpenter's and an electrician's",
    "fagbrev as \"annet relevant fagbrev\", a Swedish gymnasieexamen that is no fagbrev; a",
    "Swedish naturbruksprogram for agronomutdanning and a Vg3 still in progress; a Danish SOSU",
    "education as \"motsvarande\"; a Norwegian fagbrev in heismontørfaget, and an electrician",
    "with a four-week lift course; cand.merc.aud. \"forventet afsluttet juni 2027\", a Swedish",
    "master and a Norwegian MRR as \"tilsvarende\"; a Danish datamatiker (short-cycle) with a",
    "top-up bachelor in progress, a Swedish civilingenjör. Experience: fastighetsskötare and",
    "driftstekniker as caretaker work, part-time jobs counted by calendar time (a 60 % job,",
    "weekends and holidays as avløysar), 23 months in a dairy barn, a vårdbiträde, a lift",
    "apprentice after years as fastighetstekniker, a revisorassistent, 35 months in a SOC after",
    "years in IT operations, a penetration tester. Certificates and time limits: varme",
    "arbeider (five years) expired in 2023 and the Swedish \"Heta arbeten\"; electrical safety",
    "courses from 2021 (FSE) and 2024 (Danish AMU, Swedish ESA) against \"de senaste tre åren\";",
    "a plantevern authorisation renewed 2022 (ten years); CompTIA Security+ \"utløpt mai 2026\",",
    "CISSP \"planlagt 2027\", an OSCP. Licences: \"Kørekort: nej\"; a Swedish traktorkort for",
    "Norwegian class T; \"har førarkort B og T (traktorlappen ...)\". Named skills met in other",
    "words (\"building management system (SD system)\", \"styr- och övervakningssystem",
    "(DUC/SD)\", \"melkeroboter\", \"milking robots\", \"medicin efter delegation fra læge\",",
    "\"frekvensomformere\", \"frequency converters (VFD)\", Elastic Security) or negated (\"SD-anlegg:",
    "har ikkje jobba med det enno\", \"mjølkerobot har eg ikkje prøvd\") or only wished for (\"Vill",
    "lära mig mer om felsökning i styrsystem\", \"Ønsker at arbejde med IFRS\", \"would like to",
    "learn more about SIEM\"). Languages: \"Norwegian – B1 (Norskprøven, 2021)\" against gode",
    "norskkunnskaper; \"taler lidt\", \"talar hjälpligt\", \"Engelska – grundläggande\" against good or",
    "fluent; \"Svensk – forstår og læser godt\" with nothing said about speaking; Swedish accepted",
    "as \"eit anna skandinavisk språk\"; a Swede's and a Norwegian's Scandinavian neighbour",
    "language written well; \"English – very good, spoken and written\" for fluent. Two badly",
    "written TXT CVs, one TXT and one PDF CV without headings.",
    "",
    "### Labelling decisions specific to this set",
    "",
    "The conventions of `eval/README.md` and of the earlier held-out sets apply. In addition:",
    "",
    "- **Vaktmester**: any Norwegian trade certificate in a building trade meets \"annet relevant",
    "  fagbrev\"; a Swedish gymnasieexamen is not a fagbrev (`unclear`), and a fagprøve not yet",
    "  taken is `unclear`. Fastighetsskötare and driftstekniker work is building operation. A",
    "  varme arbeider certificate lasts five years, so it must be from after 2021-11-28; the",
    "  Swedish Heta arbeten is another country's scheme (`unclear`). \"Gode\" is read as B2, so a",
    "  stated B1 is `not_met`. \"har ikkje jobba med det enno\" is `not_met`.",
    "- **Gardsavløysar**: the Swedish naturbruksprogram (lantbruk) is the same field and level as",
    "  agronomutdanning and meets it; one still in progress does not. Class T must be Norwegian;",
    "  a Swedish traktorkort is `unclear`. Bokmål \"melkerobot\" and English \"milking robot\" meet",
    "  the robot line; \"har eg ikkje prøvd\" is `not_met`. The autorisasjonsbevis lasts ten years",
    "  and must come from Mattilsynet. With \"norsk eller eit anna skandinavisk språk\", a Swedish",
    "  mother tongue is enough.",
    "- **Undersköterska**: only Socialstyrelsen's bevis meets line 1; an application, a plan or a",
    "  Danish authorisation is `unclear`. The Danish social- og sundhedsassistent education is",
    "  \"motsvarande\", and the role is undersköterska work; vårdbiträde is not. Danish",
    "  \"medicin efter delegation\" is läkemedelshantering på delegering. \"Mycket goda\" is C1, so",
    "  \"taler lidt\" is `not_met`.",
    "- **Hissmontör**: a Norwegian fagbrev in heismontørfaget is \"motsvarande\"; an electrician's",
    "  svendebrev with a four-week lift course is not (`unclear`). Years of new installation alone",
    "  are not service, but this set's installers also did service. Danish and Norwegian electrical",
    "  safety courses are \"motsvarande\" ESA if they fall after 2023-11-28. Both languages must",
    "  reach B2, in speech and writing: one stated below it makes the line `not_met`, one that is",
    "  only understood and read makes it `unclear`.",
    "- **Revisor**: only an approval by Erhvervsstyrelsen meets line 1 (a Swedish or Norwegian one",
    "  is `unclear`). A master in auditing from Sweden or Norway is \"tilsvarende\". Revisorassistent",
    "  work is audit work. \"Flydende\" is C1; \"talar hjälpligt\" is `not_met`. \"Kørekort: nej\" is",
    "  `not_met`. Audits under årsregnskabsloven or NGAAP do not show IFRS.",
    "- **Cyber security analyst**: a civilingenjör (300 hp) is a master's degree; a Danish",
    "  datamatiker is a short-cycle degree, not a bachelor (`unclear`). Penetration testing and",
    "  IT operations are not SOC or incident response. Any named SIEM counts (\"e.g.\"). A",
    "  lapsed or planned certification is `unclear`; the list of certifications is examples, so",
    "  an OSCP (which does not lapse) meets it. \"Very good, spoken and written\" is fluent.",
    "",
]


# --------------------------------------------------------------------------
# Checks of our own (on top of make_eval.check_data)
# --------------------------------------------------------------------------


def check_holdout12() -> None:
    mh.check_blind_set(JOBS, me.JOBS + mh.JOBS + mh2.JOBS + mh3.JOBS + mh4.JOBS + mh5.JOBS + mh6.JOBS + mh7.JOBS
                       + mh8.JOBS + mh9.JOBS + mh10.JOBS + mh11.JOBS, USED_TOWNS, per_job=(5, 7), min_qualified=2)
    # The same CV file name must not repeat across jobs either (people are unique in this set).
    names = [c.name for j in JOBS for c in j.cvs if c.name]
    assert len(names) == len(set(names)), "a person appears twice"
    # Every job has exactly seven lines, and at least one of them is manual.
    for j in JOBS:
        assert len(j.requirements) == 7 and "manual" in j.kinds, j.slug
    # The job files must carry this set's day.
    assert me.TODAY == TODAY, me.TODAY


# --------------------------------------------------------------------------
# README (generated, so its figures always match the set)
# --------------------------------------------------------------------------


def readme() -> str:
    n_all = sum(len(j.cvs) for j in JOBS)
    out = [
        "# Sikte's twelfth held-out evaluation set",
        "",
        f"{len(JOBS)} fictional jobs and {n_all} fictional CVs, labelled by hand requirement by",
        "requirement, in the same layout and job-file format as `eval/` (see `eval/README.md`",
        "for the format, the label meanings and the labelling conventions). It is the thirteenth",
        "labelled set and exists to measure accuracy again on CVs the rules were never tuned on.",
        "It was written blind: without reading Sikte's rules, code, tests, docs or data tables,",
        "without running Sikte on it and without looking at any Sikte output, and no label was",
        "ever set from Sikte's output. The only files read were `eval/README.md` (format, label",
        "meanings, conventions), the script of `eval-holdout11/` (`make_holdout11.py`, as the",
        "template for this script's structure; it also defines the CVs of `eval-holdout11/`) and",
        "the shared code of `make_eval.py`, `make_holdout.py` and `scripts/fixtures/cvlib.py` (the",
        "CV definitions of `eval/` and `eval-holdout/` in the first two were skipped). The scripts",
        "`make_holdout2.py` ... `make_holdout10.py` are imported only to refuse their people, slugs",
        "and towns and were not read, and no CV folder of an earlier set was opened. Every CV x",
        "requirement is labelled with what a careful, fair Nordic recruiter concludes on",
        f"{TODAY} (the `today` of every job file, which closes open ranges such as \"d.d.\", \"nå\",",
        "\"nu\", \"present\" and \"pågående\"). Its professions appear in no earlier set. Keep it that",
        "way: do not tune rules on these CVs; once a rule changes because of a disagreement found",
        "here, the set is no longer held out, and its figures become a regression check.",
        "",
        "Everything here is invented for Sikte: people, employers, schools, towns",
        f"({TOWNS}), e-mail addresses (`example.*`) and phone numbers (unreal",
        "ranges: `123 48 3xx` in Norway, the Swedish fiction range `031-390 06 4x` and `5x`,",
        "`+45 12 34 67 0x` in Denmark). Nothing is copied from `/work/shared/corpus`, from the",
        "earlier sets or from any real CV or job ad. Authority, test, course and product names in",
        "CVs and ads (Mattilsynet, Socialstyrelsen, Jordbruksverket, Styrelsen for Patientsikkerhed,",
        "Erhvervsstyrelsen, Revisorsinspektionen, Finanstilsynet, Brandskyddsföreningen, Norskprøven,",
        "Bergenstesten, SFI, varme arbeider, Heta arbeten, ESA Fackkunnig, FSE, AMU, SD and DUC,",
        "IFRS, NGAAP, Microsoft Sentinel, Splunk, Elastic Security, KQL, GIAC GCIH and GCFA,",
        "CompTIA Security+, CISSP, ISC2, OSCP, CEH, SC-200) are named as real ads and CVs name them.",
        "Licence: the same as the project (MIT OR Apache-2.0).",
        "",
        "The format is the one of `eval/`, so Sikte's evaluator reads this folder as it reads",
        "`eval/`; report its figures for each set separately.",
        "",
        "## Regenerate, never edit",
        "",
        "```sh",
        f"python3 {SCRIPT}            # (re)writes eval-holdout12/, removes stale files",
        f"python3 {SCRIPT} --verify   # generates twice elsewhere: byte-identical, and eval-holdout12/ fresh?",
        "```",
        "",
    ]
    return "\n".join(out + mh.script_paragraph(12) + mh.jobs_and_figures(JOBS, HARD_CASES))


# --------------------------------------------------------------------------
# Writing and checking
# --------------------------------------------------------------------------


def main(argv: list[str]) -> int:
    check_holdout12()
    return mh.run_set(argv, OUT, JOBS, SCRIPT, readme, __doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
