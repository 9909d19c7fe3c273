#!/usr/bin/env python3
"""Write Sikte's thirteenth held-out evaluation set: eval-holdout13/README.md, jobs/<job>.toml, cvs/<job>/<file>.

    python3 scripts/eval/make_holdout13.py            # (re)write eval-holdout13/
    python3 scripts/eval/make_holdout13.py --verify   # generate twice in temporary folders and check both
                                                      # runs and eval-holdout13/ are byte-identical

A fourteenth labelled set in the same layout and job-file format as eval/ and
eval-holdout/ ... eval-holdout12/, so that accuracy can be measured on CVs the
rules were never tuned on. Six fictional jobs in professions that no earlier
set uses (real estate agent nb, land surveyor nn, school counsellor sv, dental
hygienist sv, lawyer da, marine engineer en) with 7 requirement lines each, and
5 fictional CVs per job in TXT, DOCX and PDF (one and two columns), in bokmål,
nynorsk, Swedish, Danish and English.

The set was written blind: without reading Sikte's rules, code, tests, docs or
data tables, without running Sikte on it and without looking at any Sikte
output. Of the earlier sets only make_holdout12.py was read, as the template
for this script's structure, with the shared code of make_eval.py,
make_holdout.py and scripts/fixtures/cvlib.py, and eval/README.md for the
format and the labelling conventions (make_holdout12.py also defines the CVs
of eval-holdout12/; the CV definitions in make_eval.py and make_holdout.py
were skipped); make_holdout2.py ... make_holdout11.py were not read, nor the
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
person or town of eval/, eval-holdout/, ..., eval-holdout12/. Python 3.11
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
import make_holdout12 as mh12  # noqa: E402
from make_eval import CV, I, KV, L, S, cv  # noqa: E402

ROOT = me.ROOT
OUT = os.path.join(ROOT, "eval-holdout13")
SCRIPT = "scripts/eval/make_holdout13.py"
# The day this set is judged on, written into every job file. make_eval.job_toml reads
# make_eval.TODAY, so it is set there too (only in this process).
TODAY = "2026-11-28"
me.TODAY = TODAY

# Towns of eval/ and eval-holdout/ ... eval-holdout12/; none may appear here.
USED_TOWNS = mh12.USED_TOWNS + ("Tjørnvika", "Bjønnstøl", "Myrbekkvoll", "Hestnesøyra", "Kvitebergvik",
                                "Rypefjellstad", "Lodjursta", "Stensjövik", "Harsjöhöjden", "Kallmyrberg",
                                "Ugglekärr", "Kragholm", "Rævekær", "Storkelund", "Hjortebæk", "Vellenhoven",
                                "Port Kelvary")
TOWNS = "Gaupevika, Lomstølen, Sandgrovbotn, Kjeldvoll, Oterholmen, Vierbakken and Ternskjær in Norway; " \
        "Gökmyren, Vitsippeby, Lummerhed and Skrakholm in Sweden; Mågeløkke, Tranehøj, Siveholt and Kobbermose " \
        "in Denmark; Aberlochy, Punta Saliri and Kamienna Struga abroad"

JOBS: list[me.Job] = []


def job(slug, title, lang, profession, reqs: list[tuple[str, str]], *cvs: CV) -> None:
    JOBS.append(me.Job(slug, title, lang, profession, [r for r, _ in reqs], [k for _, k in reqs], list(cvs)))


# ===========================================================================
# 1. nb: Eiendomsmegler
# ===========================================================================

job(
    "eiendomsmegler", "Eiendomsmegler til vårt kontor i Gaupevika – fast stilling", "nb", "real estate agent",
    [
        ("Eiendomsmeglerbrev fra Finanstilsynet", "authorisation"),
        ("Bachelorgrad i eiendomsmegling", "education"),
        ("Minst tre års erfaring med boligsalg som eiendomsmegler eller eiendomsmeglerfullmektig", "experience"),
        ("Erfaring med meglersystemet Vitec Next", "must_mention"),
        ("Førerkort klasse B", "driving_licence"),
        ("Svært gode norskkunnskaper, muntlig og skriftlig", "language"),
        ("Politiattest må fremlegges ved ansettelse, og du er løsningsorientert og trives med salg", "manual"),
    ],
    cv("henriette-aune.docx", "nb", "docx", "one-column", "MMMMMMX",
       "'Eiendomsmeglerbrev fra Finanstilsynet, 2018', 'Bachelorgrad i eiendomsmegling', fullmektig from 'jan. "
       "2016 – jul. 2019' and megler since 'aug. 2019 – d.d.', 'visninger og budrunder i Vitec Next', 'Førerkort: "
       "B', 'Norsk – morsmål'",
       "Henriette Sølvberg Aune", "Eiendomsmegler MNEF",
       S("contact", L("Tlf. 123 48 401"), L("henriette.aune@example.no"), L("Gaupevika")),
       S("profile", "Eiendomsmegler med over ti års erfaring fra boligsalg i Gaupevika og omegn. Jeg har solgt "
                    "over 600 boliger og kjenner markedet godt."),
       S("exp",
         I("aug. 2019 – d.d.", "Eiendomsmegler MNEF, Gaupevika Eiendomsmegling AS",
           "Salg av bruktbolig, tomter og nye prosjekter",
           "Oppdragsinntak, visninger og budrunder i Vitec Next"),
         I("jan. 2016 – jul. 2019", "Eiendomsmeglerfullmektig, Kjeldvoll Bolig AS")),
       S("edu", I("2013 – 2016", "Bachelorgrad i eiendomsmegling, Oterholmen handelshøyskole")),
       S("auth", L("Eiendomsmeglerbrev fra Finanstilsynet, 2018"), head="Tillatelse"),
       S("lic", L("Førerkort: B")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – meget godt"))),
    cv("torgeir-skjervheim.pdf", "nn", "pdf", "two-column", "MMMMMMX",
       "nynorsk throughout: 'Eigedomsmeklarbrev frå Finanstilsynet (2019)', 'Bachelorgrad i eigedomsmekling', "
       "'Eigedomsmeklarfullmektig' from '2016 – 2019', then 'Eigedomsmeklar' since 'mars 2019 – d.d.', 'Vitec "
       "Next', 'Førarkort klasse B', 'Norsk – morsmål (nynorsk og bokmål)'",
       "Torgeir Skjervheim", "Eigedomsmeklar",
       S("contact", L("Tlf. 123 48 402"), L("torgeir.skjervheim@example.no"), L("Lomstølen")),
       S("auth", L("Eigedomsmeklarbrev frå Finanstilsynet (2019)"), head="Løyve", side=True),
       S("lic", L("Førarkort klasse B")),
       S("skills", L("Vitec Next"), L("Verdivurdering"), L("Budrunde og kontraktsmøte"),
         head="Fagsystem og kompetanse"),
       S("lang", L("Norsk – morsmål (nynorsk og bokmål)"), L("Engelsk – godt")),
       S("profile", "Eigedomsmeklar med ti år i bransjen. Eg sel bustader og hytter i Lomstølen og "
                    "nabokommunane og legg vekt på tryggleik for både seljar og kjøpar."),
       S("exp",
         I("mars 2019 – d.d.", "Eigedomsmeklar, Lomstølen Eigedom AS",
           "Sal av bustader og fritidsbustader, om lag 80 sal i året"),
         I("2016 – 2019", "Eigedomsmeklarfullmektig, Lomstølen Eigedom AS")),
       S("edu", I("2013 – 2016", "Bachelorgrad i eigedomsmekling, Kjeldvoll høgskule")),
       order="right-first"),
    cv("callum-aakervik.docx", "en", "docx", "dates-after", "UMUMMMX",
       "'Real Estate Brokerage (bachelorgrad i eiendomsmegling)', 'Daily use of Vitec Next', 'Driving licence: "
       "class B', Norwegian 'fluent, spoken and written (C1, Bergenstesten 2017)'; but the licence is only "
       "'applied for at Finanstilsynet in October 2026, under consideration', and 'Trainee estate agent "
       "(eiendomsmeglerfullmektig)' since 'January 2024 – present' is 35 months (the mortgage adviser job is "
       "a neighbouring role)",
       "Callum Aakervik", "Trainee estate agent (eiendomsmeglerfullmektig)",
       S("contact", L("+47 123 48 403"), L("callum.aakervik@example.com"), L("Gaupevika, Norway")),
       S("profile", "Half British, half Norwegian, raised in Aberlochy in Scotland and living in Norway since "
                    "2015. I have sold homes as a trainee for almost three years and have now applied for my "
                    "own licence."),
       S("exp",
         I("January 2024 – present", "Trainee estate agent (eiendomsmeglerfullmektig), Kjeldvoll Bolig AS, "
                                     "Gaupevika office",
           "Valuations, viewings and bidding rounds for flats and detached houses", "Daily use of Vitec Next"),
         I("2019 – 2023", "Customer adviser, mortgages, Gaupevika Sparebank")),
       S("edu", I("2020 – 2023", "Bachelor degree in Real Estate Brokerage (bachelorgrad i eiendomsmegling), "
                                 "Oterholmen handelshøyskole (part-time)")),
       S("auth", L("Estate agent licence (eiendomsmeglerbrev): applied for at Finanstilsynet in October 2026, "
                   "under consideration"), head="Licence"),
       S("lic", L("Driving licence: class B")),
       S("lang", L("English – native"), L("Norwegian – fluent, spoken and written (C1, Bergenstesten 2017)"))),
    cv("josefin-hagglov.pdf", "sv", "pdf", "dates-after", "UMMUMUX",
       "a Swede: 'Fastighetsmäklarprogrammet, 180 hp, kandidatexamen' is the same field and level, "
       "'Fastighetsmäklare, Vitsippeby Mäkleri AB' since '2015 – nu', 'Körkort B'; but 'Registrerad "
       "fastighetsmäklare (Fastighetsmäklarinspektionen), 2015' is the Swedish registration, not a Norwegian "
       "meglerbrev, 'Mäklarsystem: Vitec Express' is another system than Vitec Next, and 'Norska – förstår och "
       "läser obehindrat' says nothing about speaking or writing",
       "Josefin Hägglöv", "Registrerad fastighetsmäklare",
       S("contact", L("Tel. 031-390 06 61"), L("josefin.hagglov@example.se"), L("Vitsippeby, Sverige")),
       S("profile", "Fastighetsmäklare sedan 2015. Min man kommer från Gaupevika och vi flyttar dit i vår, så "
                    "jag söker nu tjänst i Norge."),
       S("exp",
         I("2015 – nu", "Fastighetsmäklare, Vitsippeby Mäkleri AB",
           "Försäljning av bostadsrätter och villor, 40–60 affärer per år", "Mäklarsystem: Vitec Express"),
         I("2012 – 2015", "Mäklarassistent, Vitsippeby Mäkleri AB")),
       S("edu", I("2009 – 2012", "Fastighetsmäklarprogrammet, 180 hp, kandidatexamen i fastighetsföretagande, "
                                 "Lummerheds högskola")),
       S("auth", L("Registrerad fastighetsmäklare (Fastighetsmäklarinspektionen), 2015"), head="Registrering"),
       S("lic", L("Körkort B")),
       S("lang", L("Svenska – modersmål"), L("Norska – förstår och läser obehindrat"), L("Engelska – mycket god"))),
    cv("ronny-haugsvaer.txt", "nb", "txt", "badly-written", "NUUMMMX",
       "badly written; 'kjenner vitec next ut og inn', 'førerkort B', 'norsk er morsmål'; but 'har ikke eget "
       "meglerbrev' contradicts line 1, 'bachelor i økonomi og administrasjon' with 30 credits of property law "
       "is no bachelor in eiendomsmegling, and he works 'i oppgjørsavdelingen' (settlement, a neighbouring role, "
       "not sales)",
       raw="""
Ronny Haugsvær
ronny.haugsvaer@example.no  tlf 123 48 404  Sandgrovbotn

hei. jeg søker på jobben som megler.
jobber i oppgjørsavdelingen hos Sandgrovbotn Eiendomsoppgjør AS fra 2018, så jeg kjenner vitec next ut og inn.
har bachelor i økonomi og administrasjon (2017) og tok 30 studiepoeng eiendomsrett ved siden av jobb, resten av eiendomsmeglerutdanningen har jeg ikke tatt.
har ikke eget meglerbrev, men har vært med på mange visninger.
førerkort B. norsk er morsmål.
"""),
)


# ===========================================================================
# 2. nn: Landmålar / oppmålingsingeniør
# ===========================================================================

job(
    "landmalar", "Landmålar / oppmålingsingeniør – Kjeldvoll kommune, eining for plan og geodata", "nn",
    "land surveyor",
    [
        ("Autorisasjon som eigedomslandmålar frå Kartverket", "authorisation"),
        ("Bachelorgrad i geomatikk eller landmåling, eller tilsvarande utdanning", "education"),
        ("Minst to års erfaring med oppmålingsforretningar", "experience"),
        ("Erfaring med GNSS-måling og totalstasjon", "must_mention"),
        ("Erfaring med matrikkelføring i KOMTEK eller Gemini", "must_mention"),
        ("Gode kunnskapar i norsk, munnleg og skriftleg", "language"),
        ("Du er nøyaktig, trivst med feltarbeid i all slags vêr og møter grunneigarar på ein god måte", "manual"),
    ],
    cv("ingebjorg-rudlende.docx", "nn", "docx", "table", "MMMMMMX",
       "'Autorisert eigedomslandmålar (Kartverket), 2024', 'Bachelor i geomatikk', 'Oppmålingsforretningar, "
       "grensejusteringar og seksjonering' since '2018 – d.d.', 'Måling med GNSS (RTK/CPOS) og totalstasjon', "
       "'Matrikkelføring i KOMTEK', 'Norsk – morsmål'",
       "Ingebjørg Rudlende", "Oppmålingsingeniør",
       S("contact", L("Tlf. 123 48 405"), L("ingebjorg.rudlende@example.no"), L("Kjeldvoll")),
       S("profile", "Oppmålingsingeniør med over åtte år i kommunal oppmåling. Eg leier oppmålingsforretningar "
                    "frå varsling til matrikkelføring og likar å vere ute i felt."),
       S("exp",
         I("2018 – d.d.", "Oppmålingsingeniør, Kjeldvoll kommune",
           "Oppmålingsforretningar, grensejusteringar og seksjonering",
           "Måling med GNSS (RTK/CPOS) og totalstasjon", "Matrikkelføring i KOMTEK"),
         I("2016 – 2018", "Geomatikar, Vierbakken Kart AS", "Kartlegging og stikking")),
       S("edu", I("2013 – 2016", "Bachelor i geomatikk, Oterholmen høgskule")),
       S("auth", L("Autorisert eigedomslandmålar (Kartverket), 2024"), head="Autorisasjon"),
       S("lang", L("Norsk – morsmål"), L("Engelsk – godt"))),
    cv("vegard-nyhammer.pdf", "nb", "pdf", "right-dates", "MMMMMMX",
       "bokmål: 'Autorisasjon som eiendomslandmåler, Kartverket, mai 2024', 'Bachelor i geomatikk' and 'Master "
       "i eiendomsfag', oppmålingsforretninger since '08/2015 – 02/2020' and '03/2020 – d.d.', 'GNSS-måling med "
       "Trimble R12 og totalstasjon Leica TS16', 'føring av matrikkelen i Gemini Geodata', 'Norsk – morsmål'",
       "Vegard Nyhammer", "Eiendomslandmåler",
       S("contact", L("Tlf. 123 48 406"), L("vegard.nyhammer@example.no"), L("Oterholmen")),
       S("profile", "Landmåler med master i eiendomsfag og elleve års erfaring fra kommune og privat "
                    "landmålerfirma."),
       S("exp",
         I("03/2020 – d.d.", "Eiendomslandmåler, Oterholmen Oppmåling AS",
           "Oppmålingsforretninger for private og kommuner etter matrikkelloven",
           "GNSS-måling med Trimble R12 og totalstasjon Leica TS16"),
         I("08/2015 – 02/2020", "Oppmålingsingeniør, Sandgrovbotn kommune",
           "Oppmålingsforretninger og føring av matrikkelen i Gemini Geodata")),
       S("edu",
         I("2013 – 2015", "Master i eiendomsfag, Kjeldvoll høgskole"),
         I("2010 – 2013", "Bachelor i geomatikk, Kjeldvoll høgskole")),
       S("auth", L("Autorisasjon som eiendomslandmåler, Kartverket, mai 2024")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – flytende")),
       date_first=True),
    cv("agnes-markstrom.txt", "sv", "txt", "one-column", "UMMMUUX",
       "a Swede: 'Högskoleingenjörsexamen i lantmäteriteknik, 180 hp' is the same field and level, "
       "'Förrättningslantmätare' since '2017-08 – nu' doing 'Lantmäteriförrättningar' (the Swedish "
       "oppmålingsforretning), 'Inmätning med GNSS och totalstation'; but she has no authorisation from "
       "Kartverket, 'Registrering i fastighetsregistret' is the Swedish register, not KOMTEK or Gemini, and "
       "'Norska – förstår bra' says nothing about speaking or writing",
       "Agnes Markström", "Förrättningslantmätare",
       S("contact", L("Tel. 031-390 06 62"), L("agnes.markstrom@example.se"), L("Lummerhed")),
       S("profile", "Förrättningslantmätare med nio års erfarenhet. Jag vill flytta till Norge och arbeta med "
                    "fastighetsbildning i en kommun."),
       S("exp",
         I("2017-08 – nu", "Förrättningslantmätare, Lantmäteriet, kontoret i Lummerhed",
           "Lantmäteriförrättningar: avstyckning, fastighetsreglering och gränsutmärkning",
           "Inmätning med GNSS och totalstation", "Registrering i fastighetsregistret"),
         I("2014-06 – 2017-07", "Sommarjobb och extrajobb som mätbiträde, Gökmyrens kommun")),
       S("edu", I("2014 – 2017", "Högskoleingenjörsexamen i lantmäteriteknik, 180 hp, Gökmyrens tekniska "
                                 "högskola")),
       S("lang", L("Svenska – modersmål"), L("Norska – förstår bra"), L("Engelska – god")),
       upper=False, rule=True),
    cv("eirik-tangvald.pdf", "en", "pdf", "two-column", "UMUMMMX",
       "'BSc in Geomatics', GNSS and 'Total station (Leica, Trimble)', 'Registration in the cadastre in KOMTEK', "
       "'Norwegian – native'; but the authorisation is 'exam passed September 2026, authorisation pending', and "
       "'Cadastral surveys (oppmålingsforretninger)' only since '02/2025 – present' (22 months; setting out as "
       "'Construction surveyor' is a neighbouring role)",
       "Eirik Tangvald", "Land surveyor",
       S("contact", L("+47 123 48 407"), L("eirik.tangvald@example.no"), L("Vierbakken, Norway")),
       S("auth", L("Kartverket authorisation: exam passed September 2026, authorisation pending"),
         head="Authorisation", side=True),
       S("skills", L("GNSS (RTK, CPOS)"), L("Total station (Leica, Trimble)"),
         L("KOMTEK (cadastre registration)"), L("Gemini Terreng")),
       S("lang", L("Norwegian – native"), L("English – fluent")),
       S("profile", "Surveyor with a BSc in geomatics. After six years of setting out on construction sites I "
                    "moved to the municipality, where I now carry out cadastral surveys."),
       S("exp",
         I("02/2025 – present", "Land surveyor (oppmålingsingeniør), Vierbakken municipality",
           "Cadastral surveys (oppmålingsforretninger) and boundary determinations",
           "Registration in the cadastre in KOMTEK"),
         I("2019 – 01/2025", "Construction surveyor, Vierbakken Entreprenør AS",
           "Setting out roads and buildings with GNSS and total station")),
       S("edu", I("2016 – 2019", "BSc in Geomatics, Oterholmen University College")),
       order="rows"),
    cv("arnfinn-saebovik.txt", "nn", "txt", "badly-written", "MUMMMMX",
       "badly written; 'autorisasjon frå Kartverket fekk eg i 2024', landmålar 'sidan 2009' holding "
       "'oppmålingsforretningar kvar veke', 'måler med gps og totalstasjon' (GPS is GNSS), 'fører matrikkelen "
       "i KOMTEK', 'norsk er morsmålet mitt'; but 'ingen bachelor', only a '2-årig teknisk fagskule' (a lower "
       "level than a bachelor)",
       raw="""
Arnfinn Sæbøvik, Sandgrovbotn
arnfinn.saebovik@example.no   tlf 123 48 408

eg har vore landmålar i Sandgrovbotn kommune sidan 2009 og held oppmålingsforretningar kvar veke heile sommarhalvåret.
ingen bachelor. eg tok 2-årig teknisk fagskule, linje for geomatikk, i 2008.
autorisasjon frå Kartverket fekk eg i 2024 etter overgangsordninga for dei med lang praksis.
måler med gps og totalstasjon, og fører matrikkelen i KOMTEK sjølv.
norsk er morsmålet mitt. pc og skriving går greitt.
"""),
)


# ===========================================================================
# 3. sv: Skolkurator
# ===========================================================================

job(
    "skolkurator", "Skolkurator till elevhälsan, Gökmyrens kommun – grundskola F–9", "sv", "school counsellor",
    [
        ("Socionomexamen eller motsvarande examen på grundnivå inom socialt arbete", "education"),
        ("Minst två års erfarenhet av arbete som skolkurator eller kurator inom elevhälsan", "experience"),
        ("Utbildning i motiverande samtal (MI) eller KBT steg 1", "certificate"),
        ("Erfarenhet av orosanmälningar och samverkan med socialtjänsten", "must_mention"),
        ("Mycket goda kunskaper i svenska i tal och skrift", "language"),
        ("B-körkort", "driving_licence"),
        ("Utdrag ur belastningsregistret ska uppvisas före anställning", "manual"),
    ],
    cv("lovisa-hedenskog.docx", "sv", "docx", "bold-headings", "MMMMMMX",
       "'Socionomexamen, 210 hp', 'Skolkurator, Vitsippeskolan (F–9)' since '2019-08 – nu', 'MI – motiverande "
       "samtal, grundutbildning (4 dagar), 2020', 'Orosanmälningar och samverkan med socialtjänsten och BUP', "
       "'Svenska – modersmål', 'Körkort: B'",
       "Lovisa Hedenskog", "Socionom, skolkurator",
       S("contact", L("Tel. 031-390 06 63"), L("lovisa.hedenskog@example.se"), L("Gökmyren")),
       S("profile", "Socionom och skolkurator sedan 2019. Jag arbetar främjande och förebyggande i "
                    "elevhälsoteamet och har många enskilda samtal med elever och vårdnadshavare."),
       S("exp",
         I("2019-08 – nu", "Skolkurator, Vitsippeskolan (F–9), Gökmyrens kommun",
           "Elevhälsoteam tillsammans med skolsköterska, psykolog och specialpedagog",
           "Orosanmälningar och samverkan med socialtjänsten och BUP"),
         I("2016-06 – 2019-07", "Socialsekreterare, barn och unga, Gökmyrens kommun")),
       S("edu", I("2012 – 2016", "Socionomexamen, 210 hp, Lummerheds universitet")),
       S("cert", L("MI – motiverande samtal, grundutbildning (4 dagar), 2020"),
         L("Första hjälpen till psykisk hälsa, 2022")),
       S("lic", L("Körkort: B")),
       S("lang", L("Svenska – modersmål"), L("Engelska – god"))),
    cv("aino-vaisala.pdf", "en", "pdf", "two-column", "MMMMMMX",
       "'Bachelor of Science in Social Work (socionomexamen), 210 credits', 'School counsellor (skolkurator)' "
       "since '2021-01 – present', 'Motivational Interviewing (MI), 3-day course, 2021', 'Reports of concern "
       "(orosanmälningar) and joint meetings with the social services', 'Swedish – fluent, spoken and written', "
       "'Driving licence B'",
       "Aino Väisälä", "School counsellor (skolkurator)",
       S("contact", L("Phone 031-390 06 64"), L("aino.vaisala@example.com"), L("Lummerhed, Sweden")),
       S("lang", L("Finnish – native"), L("Swedish – fluent, spoken and written"), L("English – very good")),
       S("lic", L("Driving licence B")),
       S("cert", L("Motivational Interviewing (MI), 3-day course, 2021"), L("Youth Mental Health First Aid, 2024"),
         head="Courses"),
       S("profile", "School counsellor born in Finland and educated in Sweden. I have worked in pupil health "
                    "teams (elevhälsa) since 2021 and before that in the social services."),
       S("exp",
         I("2021-01 – present", "School counsellor (skolkurator), Skrakholm upper secondary school",
           "Individual counselling, group work on bullying and school absence",
           "Reports of concern (orosanmälningar) and joint meetings with the social services"),
         I("2018 – 2020", "Social worker, family support unit, Skrakholm municipality")),
       S("edu", I("2014 – 2017", "Bachelor of Science in Social Work (socionomexamen), 210 credits, Gökmyren "
                                 "University")),
       order="left-first"),
    cv("siri-hovlandsdal.pdf", "nb", "pdf", "one-column", "MUUMMNX",
       "a Norwegian: 'Bachelor i sosialt arbeid (sosionom)' is a motsvarande examen, 'Bekymringsmeldinger "
       "(orosanmälningar) til socialtjänsten', 'Svensk – flytende i tale og skrift'; but 'Skolkurator "
       "(vikariat 50 %)' only since 'sep. 2025 – d.d.' (15 months; the ungdomsmottagning is not elevhälsa), "
       "'KBT steg 1 – påbegynt høsten 2026' is not finished, and 'Førerkort: har ikke'",
       "Siri Hovlandsdal", "Sosionom / skolkurator",
       S("contact", L("Tlf. +47 123 48 409"), L("siri.hovlandsdal@example.no"), L("Skrakholm, Sverige")),
       S("profile", "Sosionom fra Norge, bosatt i Sverige siden 2022. Jeg har jobbet med ungdom i mange år og "
                    "har nå et vikariat som skolekurator."),
       S("exp",
         I("sep. 2025 – d.d.", "Skolkurator (vikariat 50 %), Lummerheds skola", "Samtaler med elever i årskurs 7–9"),
         I("2022 – aug. 2025", "Kurator, ungdomsmottagningen i Skrakholm",
           "Samtaler om psykisk helse, rus og relasjoner",
           "Bekymringsmeldinger (orosanmälningar) til socialtjänsten ved bekymring for barn"),
         I("2015 – 2022", "Miljøterapeut, Oterholmen barnevernsinstitusjon")),
       S("edu", I("2011 – 2014", "Bachelor i sosialt arbeid (sosionom), 180 studiepoeng, Kjeldvoll høgskole")),
       S("cert", L("KBT steg 1 – påbegynt høsten 2026, avsluttes juni 2027")),
       S("lic", L("Førerkort: har ikke")),
       S("lang", L("Norsk – morsmål"), L("Svensk – flytende i tale og skrift, bruker svensk daglig i jobben"))),
    cv("signe-bach-overgaard.txt", "da", "txt", "one-column", "MMMMNMX",
       "a Dane: 'Professionsbachelor som socialrådgiver' is a motsvarande examen, 'Skolesocialrådgiver, "
       "Mågeløkke Kommune' since '2016 – nu', 'Motivational Interviewing (MI), grundkursus, 2019', "
       "'Underretninger til kommunens børne- og familieafdeling' (Danish orosanmälningar), 'Kørekort B'; but "
       "'Svensk – forstår godt, taler og skriver på mellemniveau (B1)' is below mycket goda kunskaper",
       "Signe Bach Overgaard", "Socialrådgiver",
       S("contact", L("Tlf. +45 12 34 67 11"), L("signe.overgaard@example.dk"), L("Mågeløkke")),
       S("profile", "Socialrådgiver med ti års erfaring som skolesocialrådgiver. Jeg vil gerne flytte til "
                    "Sverige og arbejde i elevhälsan."),
       S("exp",
         I("2016 – nu", "Skolesocialrådgiver, Mågeløkke Kommune (tre folkeskoler)",
           "Samtaler med elever og forældre, trivselsgrupper",
           "Underretninger til kommunens børne- og familieafdeling og tværfagligt samarbejde med "
           "socialforvaltningen"),
         I("2013 – 2016", "Socialrådgiver, Jobcenter Mågeløkke")),
       S("edu", I("2009 – 2013", "Professionsbachelor som socialrådgiver, Tranehøj Professionshøjskole")),
       S("cert", L("Motivational Interviewing (MI), grundkursus, 2019")),
       S("lic", L("Kørekort B")),
       S("lang", L("Dansk – modersmål"), L("Svensk – forstår godt, taler og skriver på mellemniveau (B1)"),
         L("Engelsk – godt")),
       sep=" · "),
    cv("emelie-wardh.txt", "sv", "txt", "no-headings", "UMMUMMX",
       "no headings; 'Skolkurator, Lummerheds skola' since '2021-01 – nu', 'Motiverande samtal (MI), 3 dagar, "
       "2023', 'Svenska – modersmål', 'B-körkort'; but 'Beteendevetenskaplig kandidatexamen' with psychology "
       "as main field is not social work, and nothing is said about orosanmälningar or the social services",
       "Emelie Wårdh", "emelie.wardh@example.se · 031-390 06 65 · Vitsippeby",
       S("profile", "Beteendevetare och skolkurator sedan 2021. Jag tycker om att möta elever där de är och "
                    "arbetar mycket med skolnärvaro."),
       S("exp",
         I("2021-01 – nu", "Skolkurator, Lummerheds skola, Gökmyrens kommun", "Stödsamtal och gruppverksamhet",
           "Arbete med skolfrånvaro i elevhälsoteamet"),
         I("2018 – 2020", "Behandlingsassistent, HVB-hem för ungdomar, Vitsippeby")),
       S("edu", I("2015 – 2018", "Beteendevetenskaplig kandidatexamen, 180 hp, huvudområde psykologi, Gökmyrens "
                                 "universitet")),
       S("other", L("Motiverande samtal (MI), 3 dagar, 2023"), L("B-körkort"),
         L("Svenska – modersmål, engelska – god")),
       bullet="* "),
)


# ===========================================================================
# 4. sv: Tandhygienist
# ===========================================================================

job(
    "tandhygienist", "Tandhygienist till Skrakholms Tandvårdscentral – tillsvidare, heltid", "sv",
    "dental hygienist",
    [
        ("Legitimation som tandhygienist utfärdad av Socialstyrelsen", "authorisation"),
        ("Tandhygienistexamen, 180 hp, eller motsvarande utländsk utbildning", "education"),
        ("Minst två års erfarenhet av arbete som tandhygienist", "experience"),
        ("Erfarenhet av journalsystemet T4", "must_mention"),
        ("Erfarenhet av parodontal behandling", "must_mention"),
        ("Mycket goda kunskaper i svenska i tal och skrift", "language"),
        ("Du har ett gott bemötande och god samarbetsförmåga", "manual"),
    ],
    cv("therese-alvebrink.pdf", "sv", "pdf", "right-dates", "MMMMMMX",
       "'Legitimerad tandhygienist (Socialstyrelsen), 2014', 'Tandhygienistprogrammet, 180 hp – "
       "tandhygienistexamen', tandhygienist since '2014-08 – 2017-02' and '2017-03 – nu', 'Journalföring i T4', "
       "'Undersökning, diagnostik och parodontal behandling', 'Svenska – modersmål'",
       "Therese Alvebrink", "Legitimerad tandhygienist",
       S("contact", L("Tel. 031-390 06 66"), L("therese.alvebrink@example.se"), L("Skrakholm")),
       S("profile", "Legitimerad tandhygienist med tolv års erfarenhet från allmäntandvård. Särskilt "
                    "intresserad av parodontologi och av att möta tandvårdsrädda patienter."),
       S("exp",
         I("2017-03 – nu", "Tandhygienist, Vitsippeby Tandläkarhus",
           "Undersökning, diagnostik och parodontal behandling", "Journalföring i T4"),
         I("2014-08 – 2017-02", "Tandhygienist, Gökmyrens Tandvård AB")),
       S("edu", I("2011 – 2014", "Tandhygienistprogrammet, 180 hp – tandhygienistexamen, Lummerheds universitet")),
       S("auth", L("Legitimerad tandhygienist (Socialstyrelsen), 2014")),
       S("lang", L("Svenska – modersmål"), L("Engelska – god"))),
    cv("lene-brekkhus.docx", "nb", "docx", "one-column", "UMMUMNX",
       "a Norwegian: 'Bachelor i tannpleie, 180 studiepoeng', 'Tannpleier, Oterholmen Tannhelse AS' since '2016 "
       "– d.d.', 'Periodontal behandling og vedlikehold'; but the Swedish legitimation is 'søkt september 2026, "
       "under behandling', her records are in 'Opus Dental', not T4, and 'Svensk – snakker og skriver godt "
       "(B2)' is below mycket goda kunskaper",
       "Lene Brekkhus", "Tannpleier",
       S("contact", L("Tlf. 123 48 410"), L("lene.brekkhus@example.no"), L("Oterholmen")),
       S("profile", "Tannpleier med ti års erfaring fra privat praksis. Vi flytter til Sverige neste år, og jeg "
                    "har søkt svensk legitimasjon."),
       S("exp",
         I("2016 – d.d.", "Tannpleier, Oterholmen Tannhelse AS", "Periodontal behandling og vedlikehold",
           "Journalføring i Opus Dental"),
         I("2010 – 2013", "Tannhelsesekretær, Oterholmen Tannhelse AS")),
       S("edu", I("2013 – 2016", "Bachelor i tannpleie, 180 studiepoeng, Kjeldvoll høgskole")),
       S("auth", L("Autorisasjon som tannpleier (Helsedirektoratet), 2016"),
         L("Legitimation som tandhygienist (Socialstyrelsen): søkt september 2026, under behandling")),
       S("lic", L("Førerkort klasse B")),
       S("lang", L("Norsk – morsmål"), L("Svensk – snakker og skriver godt (B2)"), L("Engelsk – godt"))),
    cv("nasrin-lofgren.txt", "en", "txt", "dates-after", "MMMMMMX",
       "'Licensed dental hygienist (legitimation), National Board of Health and Welfare (Socialstyrelsen), "
       "2019', 'Dental Hygienist Programme, 180 credits', 'Dental hygienist, Vitsippeby Privattandvård' since "
       "'08/2019 – present', 'All records in T4', 'scaling and periodontal treatment', 'Swedish – native-like, "
       "spoken and written (C2)'",
       "Nasrin Karimi Löfgren", "Dental hygienist",
       S("contact", L("Phone 031-390 06 67"), L("nasrin.lofgren@example.com"), L("Vitsippeby, Sweden")),
       S("profile", "Licensed dental hygienist in Sweden since 2019. I came to Sweden as a teenager and took all "
                    "my education here."),
       S("exp",
         I("08/2019 – present", "Dental hygienist, Vitsippeby Privattandvård",
           "Check-ups, scaling and periodontal treatment", "All records in T4"),
         I("2016 – 2019", "Dental nurse (tandsköterska), extra hours while studying")),
       S("edu", I("2016 – 2019", "Dental Hygienist Programme, 180 credits – Bachelor of Science in Oral Health, "
                                 "Gökmyren University")),
       S("auth", L("Licensed dental hygienist (legitimation), National Board of Health and Welfare "
                   "(Socialstyrelsen), 2019"), head="Licence"),
       S("lang", L("Persian – native"), L("Swedish – native-like, spoken and written (C2)"), L("English – fluent"))),
    cv("ida-sandelin.docx", "sv", "docx", "table", "UUUMUMX",
       "'Tidbok och journal i T4', 'Svenska – modersmål'; but the 'Tandhygienistprogrammet, 180 hp – termin "
       "6' ends with 'examen januari 2027', the legitimation 'söks hos Socialstyrelsen efter examen', and her "
       "years as 'Tandsköterska' are a neighbouring role; parodontal treatment is not mentioned",
       "Ida Sandelin", "Tandsköterska, blivande tandhygienist",
       S("contact", L("Tel. 031-390 06 68"), L("ida.sandelin@example.se"), L("Lummerhed")),
       S("profile", "Tandsköterska med lång erfarenhet som nu vidareutbildar mig till tandhygienist. Jag tar "
                    "examen i januari och söker jobb från februari 2027."),
       S("exp",
         I("2024 – nu", "Tandsköterska (timanställd, 30 %), Lummerheds Tandvårdscentral"),
         I("2012 – 2023", "Tandsköterska, Lummerheds Tandvårdscentral", "Assistans vid behandling, sterilteknik",
           "Tidbok och journal i T4")),
       S("edu",
         I("2024 – pågående", "Tandhygienistprogrammet, 180 hp – termin 6, examen januari 2027, Gökmyrens "
                              "universitet"),
         I("2009 – 2011", "Tandsköterskeutbildning, Lummerheds yrkeshögskola")),
       S("auth", L("Legitimation söks hos Socialstyrelsen efter examen")),
       S("lang", L("Svenska – modersmål"), L("Engelska – god"))),
    cv("louise-tolstrup-dam.pdf", "da", "pdf", "two-column", "MMMMMMX",
       "a Dane already working in Sweden: 'Svensk legitimation som tandhygienist (Socialstyrelsen), udstedt "
       "marts 2026', 'Professionsbachelor i tandpleje (tandplejer)' is motsvarande utländsk utbildning, "
       "tandplejer since '2012 – 2026' and 'Tandhygienist' since 'april 2026 – nu', 'Journalføring i T4', "
       "'Parodontalbehandling og profylakse', 'Svensk – flydende i tale og skrift'",
       "Louise Tolstrup Dam", "Tandplejer / tandhygienist",
       S("contact", L("Tlf. +46 31 390 06 70"), L("louise.dam@example.dk"), L("Skrakholm, Sverige")),
       S("auth", L("Autoriseret tandplejer (Styrelsen for Patientsikkerhed), 2012"),
         L("Svensk legitimation som tandhygienist (Socialstyrelsen), udstedt marts 2026"), head="Autorisation",
         side=True),
       S("lang", L("Dansk – modersmål"), L("Svensk – flydende i tale og skrift"), L("Engelsk – godt")),
       S("skills", L("T4"), L("Lokalbedøvelse"), L("Motiverende samtale")),
       S("profile", "Dansk tandplejer, der flyttede til Sverige i foråret 2026. Jeg har arbejdet som "
                    "tandhygienist i Skrakholm siden april."),
       S("exp",
         I("april 2026 – nu", "Tandhygienist, Skrakholm Tandklinik AB", "Journalføring i T4"),
         I("2012 – 2026", "Tandplejer, Tranehøj Tandlægehus", "Parodontalbehandling og profylakse")),
       S("edu", I("2009 – 2012", "Professionsbachelor i tandpleje (tandplejer), Siveholt Professionshøjskole")),
       order="rows"),
)


# ===========================================================================
# 5. da: Advokat
# ===========================================================================

job(
    "advokat", "Advokat til erhvervsafdelingen – Tranehøj", "da", "lawyer",
    [
        ("Advokatbeskikkelse", "authorisation"),
        ("Juridisk kandidateksamen (cand.jur.)", "education"),
        ("Mindst fem års erfaring som advokat eller advokatfuldmægtig inden for erhvervsret", "experience"),
        ("Møderet for landsret", "certificate"),
        ("Erfaring med due diligence og virksomhedsoverdragelser", "must_mention"),
        ("Flydende dansk og engelsk i skrift og tale", "language"),
        ("Du er grundig, har høj integritet og kan fremvise ren straffeattest", "manual"),
    ],
    cv("anne-sofie-kjaerbolling.docx", "da", "docx", "table", "MMMMMMX",
       "'Advokatbeskikkelse, 2016', 'Cand.jur., Siveholt Universitet', 'Advokatfuldmægtig' from '2013 – 2016' "
       "and 'Advokat' since '2016 – nu' in 'Selskabsret, M&A og virksomhedsoverdragelser', 'Møderet for "
       "landsret, 2019', 'Legal due diligence', 'Dansk – modersmål', 'Engelsk – flydende i skrift og tale'",
       "Anne-Sofie Kjærbølling", "Advokat, selskabsret og M&A",
       S("contact", L("Tlf. +45 12 34 67 13"), L("anne-sofie.kjaerbolling@example.dk"), L("Tranehøj")),
       S("profile", "Advokat med speciale i selskabsret og M&A. Jeg har ført sager for landsretten og leder "
                    "due diligence-processer for danske og udenlandske købere."),
       S("exp",
         I("2016 – nu", "Advokat, Kobbermose Advokatfirma P/S", "Selskabsret, M&A og virksomhedsoverdragelser",
           "Legal due diligence og forhandling af købsaftaler på engelsk"),
         I("2013 – 2016", "Advokatfuldmægtig, Kobbermose Advokatfirma P/S")),
       S("edu", I("2008 – 2013", "Cand.jur., Siveholt Universitet")),
       S("auth", L("Advokatbeskikkelse, 2016"), L("Møderet for landsret, 2019"), head="Beskikkelse og møderet"),
       S("lang", L("Dansk – modersmål"), L("Engelsk – flydende i skrift og tale"))),
    cv("jonas-ladegaard.pdf", "en", "pdf", "europass", "MMMMMMX",
       "'Admitted to the Danish Bar (advokatbeskikkelse), 2015', 'Master of Laws (cand.jur.)', associate and "
       "attorney since '09/2012 – 08/2018' and '09/2018 – present' in corporate and M&A, 'High Court (møderet "
       "for landsret), 2018', 'legal due diligence, share and asset transfers', Danish mother tongue and "
       "English 'Fluent (C2), LL.M. in the UK'",
       "Jonas Friis Ladegaard", "Attorney (advokat), corporate and M&A",
       S("contact", KV("Phone", "+45 12 34 67 14"), KV("E-mail", "jonas.ladegaard@example.dk"),
         KV("Address", "Siveholt, Denmark")),
       S("exp",
         I("09/2018 – present", "Senior associate, corporate and M&A, Mågeløkke Law P/S",
           "Buy-side and sell-side legal due diligence, share and asset transfers",
           "Post-closing disputes before the High Court"),
         I("09/2012 – 08/2018", "Associate (advokatfuldmægtig), attorney from 2015, Tranehøj Advokater I/S")),
       S("edu",
         I("2011 – 2012", "LL.M. in Corporate Law, Aberlochy Law School, United Kingdom"),
         I("2006 – 2011", "Master of Laws (cand.jur.), University of Siveholt")),
       S("auth", KV("Bar admission", "Admitted to the Danish Bar (advokatbeskikkelse), 2015"),
         KV("Right of audience", "High Court (møderet for landsret), 2018"), head="Admissions"),
       S("lang", KV("Mother tongue", "Danish"), KV("English", "Fluent (C2), LL.M. in the UK"), KV("German", "B2"))),
    cv("eldbjorg-rasmussen.txt", "nn", "txt", "one-column", "UMMUMNX",
       "a Norwegian: 'Cand.jur., Universitetet i Kjeldvoll' (the old Norwegian law degree, same field and "
       "level), 'Advokatfullmektig' and 'Advokat' since 2008 in 'Selskapsrett, verksemdsoverdragingar og due "
       "diligence'; but 'Advokatbevilling (Tilsynsrådet for advokatvirksomhet), 2012' is Norwegian, not a "
       "Danish beskikkelse, 'Møterett for lagmannsretten' is the Norwegian court, and 'Dansk – forstår godt, "
       "snakkar og skriv på middels nivå' is below flydende",
       "Eldbjørg Høyvik Rasmussen", "Advokat, forretningsjus",
       S("contact", L("Tlf. 123 48 411"), L("eldbjorg.rasmussen@example.no"), L("Oterholmen")),
       S("profile", "Norsk advokat, over tjue år som jurist og dei siste atten i forretningsjus. Mannen min er "
                    "dansk, og vi flyttar til Tranehøj sommaren 2027."),
       S("exp",
         I("2012 – d.d.", "Advokat, partnar frå 2020, Oterholmen Advokatfirma AS",
           "Selskapsrett, verksemdsoverdragingar og due diligence", "Prosedyre for tingrett og lagmannsrett"),
         I("2008 – 2012", "Advokatfullmektig, Oterholmen Advokatfirma AS"),
         I("2004 – 2008", "Juridisk rådgjevar, Kjeldvoll kommune")),
       S("edu", I("1999 – 2004", "Cand.jur., Universitetet i Kjeldvoll")),
       S("auth", L("Advokatbevilling (Tilsynsrådet for advokatvirksomhet), 2012"),
         L("Møterett for lagmannsretten, 2016"), head="Bevilling"),
       S("lang", L("Norsk – morsmål"), L("Engelsk – flytande"),
         L("Dansk – forstår godt, snakkar og skriv på middels nivå")),
       sep="  |  "),
    cv("cecilie-rytter-bonde.pdf", "da", "pdf", "two-column", "UMUUMMX",
       "'Cand.jur., Siveholt Universitet', 'Due diligence ved køb og salg af virksomheder', 'Dansk – "
       "modersmål', 'Engelsk – flydende i skrift og tale'; but 'Beskikkelse søgt hos Civilstyrelsen – under "
       "behandling', 'Advokatfuldmægtig' only since 'sep. 2022 – d.d.' (4 years and 3 months; the student job "
       "does not count), and 'Prøvesag for landsret: 1 af 2 gennemført'",
       "Cecilie Rytter Bonde", "Advokatfuldmægtig",
       S("contact", L("Tlf. +45 12 34 67 15"), L("cecilie.bonde@example.dk"), L("Tranehøj")),
       S("auth", L("Advokateksamen bestået juni 2026"), L("Beskikkelse søgt hos Civilstyrelsen – under "
                                                          "behandling"),
         head="Advokatuddannelsen", side=True),
       S("cert", L("Prøvesag for landsret: 1 af 2 gennemført"), head="Møderet"),
       S("lang", L("Dansk – modersmål"), L("Engelsk – flydende i skrift og tale")),
       S("profile", "Advokatfuldmægtig i erhvervsafdelingen siden 2022. Jeg arbejder især med selskabsret og "
                    "virksomhedsoverdragelser."),
       S("exp",
         I("sep. 2022 – d.d.", "Advokatfuldmægtig, erhverv, Tranehøj Advokater I/S",
           "Due diligence ved køb og salg af virksomheder", "Udarbejdelse af overdragelsesaftaler og ejeraftaler"),
         I("2019 – 2022", "Juridisk studentermedhjælper, Kobbermose Advokatfirma P/S")),
       S("edu", I("2017 – 2022", "Cand.jur., Siveholt Universitet")),
       order="right-first"),
    cv("kim-lunoe.txt", "da", "txt", "badly-written", "NMUUMUX",
       "five terse lines; 'cand.jur. 2012', 'due diligence når vi køber selskaber'; but 'ikke advokat, har "
       "aldrig haft beskikkelse' contradicts line 1, 'virksomhedsjurist' in a shipping company is in-house work, "
       "not as advokat or fuldmægtig, møderet is not mentioned, and 'dansk, engelsk' gives no level",
       raw="""
Kim Lunøe
cand.jur. 2012
virksomhedsjurist i Kobbermose Shipping A/S siden 2012: kontrakter, M&A, due diligence når vi køber selskaber
ikke advokat, har aldrig haft beskikkelse. dansk, engelsk
kim.lunoe@example.dk  +45 12 34 67 16
"""),
)


# ===========================================================================
# 6. en: Marine engineer (Second Engineer)
# ===========================================================================

job(
    "marine-engineer", "Second Engineer – platform supply vessels, Ternskjær Offshore AS (Norway)", "en",
    "marine engineer",
    [
        ("Certificate of Competency as Second Engineer Officer, STCW III/2 (3000 kW or more)", "authorisation"),
        ("At least two years of sea service as an engineer officer", "experience"),
        ("Experience with diesel-electric propulsion", "must_mention"),
        ("Valid STCW Basic Safety Training and Advanced Fire Fighting", "certificate"),
        ("Valid seafarer medical certificate", "certificate"),
        ("Good command of English, written and spoken", "language"),
        ("You are willing to work a four weeks on, four weeks off rotation", "manual"),
    ],
    cv("sindre-vikoren.docx", "nn", "docx", "dates-after", "MMMMMMX",
       "nynorsk: 'Maskinoffiser klasse 2 (STCW III/2), utan avgrensing, Sjøfartsdirektoratet – gyldig til "
       "04/2029', '1. maskinist' since '2018 – d.d.' after '2. maskinist', 'diesel-elektrisk framdrift', "
       "'Grunnleggjande tryggleikskurs (STCW A-VI/1), fornya 2024' and 'Vidaregåande brannkurs, fornya 2024', "
       "'Helseerklæring for arbeidstakarar på skip – gyldig til 08/2027', 'Engelsk – flytande, munnleg og "
       "skriftleg'",
       "Sindre Hauge Vikøren", "1. maskinist",
       S("contact", L("Tlf. 123 48 412"), L("sindre.vikoren@example.no"), L("Ternskjær")),
       S("profile", "1. maskinist med tolv år til sjøs, dei siste åtte på forsyningsskip med diesel-elektrisk "
                    "framdrift og DP2. Eg går 4/4 i dag og vil gjerne halde fram med det."),
       S("exp",
         I("2018 – d.d.", "1. maskinist, PSV «Skarvøy Supplier», Oterholmen Offshore AS",
           "Ansvar for maskinrommet på skip med diesel-elektrisk framdrift", "Planlagt vedlikehald i AMOS"),
         I("2014 – 2018", "2. maskinist, Oterholmen Offshore AS"),
         I("2010 – 2014", "Motormann og maskinistlærling, Kjeldvoll Ferjeselskap")),
       S("edu", I("2012 – 2014", "Fagskule, maskinteknikk (maskinoffiser), Kjeldvoll maritime fagskule")),
       S("cert", L("Maskinoffiser klasse 2 (STCW III/2), utan avgrensing, Sjøfartsdirektoratet – gyldig til "
                   "04/2029"),
         L("Grunnleggjande tryggleikskurs (STCW A-VI/1), fornya 2024"), L("Vidaregåande brannkurs, fornya 2024"),
         L("Helseerklæring for arbeidstakarar på skip – gyldig til 08/2027"), head="Sertifikat"),
       S("lang", L("Norsk – morsmål"), L("Engelsk – flytande, munnleg og skriftleg"))),
    cv("jomar-dacanay.pdf", "en", "pdf", "two-column", "MMMMMMX",
       "'CoC Second Engineer Officer, STCW III/2, unlimited – MARINA, valid to 03/2029' with a 'Flag State "
       "Endorsement, Norway (NMA)', 'Third Engineer' from '2015-02 – 2019-04' and 'Second Engineer' since "
       "'2019-05 – present', 'PSV with diesel-electric propulsion', 'Basic Training – revalidated 2025' and "
       "'Advanced Fire Fighting – revalidated 2025', 'Medical certificate for seafarers – valid to 06/2027', "
       "'English – fluent (all work on board in English)'",
       "Jomar Villaruel Dacanay", "Second Engineer Officer",
       S("contact", L("+47 123 48 413"), L("jomar.dacanay@example.com"), L("Punta Saliri, Philippines")),
       S("cert", L("CoC Second Engineer Officer, STCW III/2, unlimited – MARINA, valid to 03/2029"),
         L("Flag State Endorsement, Norway (NMA), valid to 03/2029"), L("Basic Training – revalidated 2025"),
         L("Advanced Fire Fighting – revalidated 2025"), L("Medical certificate for seafarers – valid to 06/2027"),
         head="Certificates"),
       S("lang", L("Tagalog – native"), L("English – fluent (all work on board in English)")),
       S("profile", "Second engineer with eleven years at sea, the last seven on offshore supply vessels in the "
                    "North Sea."),
       S("exp",
         I("2019-05 – present", "Second Engineer, Vierbakken Offshore AS",
           "PSV with diesel-electric propulsion (4 x 2 000 kW gensets), DP2",
           "Planned maintenance, bunkering, leading the engine room team"),
         I("2015-02 – 2019-04", "Third Engineer, Punta Saliri Ship Management, bulk carriers")),
       S("edu", I("2010 – 2014", "BSc Marine Engineering, Punta Saliri Maritime Academy")),
       order="left-first"),
    cv("troels-vinding-baek.txt", "da", "txt", "one-column", "UMUMMMX",
       "'Vagthavende maskinmester' since 'feb. 2024 – d.d.' (34 months as engineer officer), 'Grundlæggende "
       "sikkerhedskursus (STCW), 2023' and 'Avanceret brandbekæmpelse, 2023', 'Lægeerklæring for søfarende, "
       "gyldig til september 2027', 'Engelsk – godt i skrift og tale'; but 'Sønæringsbevis som vagthavende "
       "maskinmester (STCW III/1)' is a lower certificate than III/2, and the ferry has 'to hovedmotorer', not "
       "diesel-electric propulsion",
       "Troels Vinding Bæk", "Maskinmester",
       S("contact", L("Tlf. +45 12 34 67 17"), L("troels.baek@example.dk"), L("Kobbermose")),
       S("profile", "Maskinmester med knap tre års sejlads som vagthavende på ro-ro-færge. Jeg søger nu "
                    "offshore og vil gerne videre mod 1. mester."),
       S("exp",
         I("feb. 2024 – d.d.", "Vagthavende maskinmester, Kobbermose Færgefart A/S",
           "Ro-ro-færge med to hovedmotorer på 4.800 kW og skruer med vendbare blade",
           "Vagt i maskinrummet, vedligehold af separatorer og hjælpemotorer"),
         I("2019 – 2020", "Værkstedspraktik og søpraktik (maskinmesteruddannelsen)")),
       S("edu", I("2019 – 2023", "Maskinmester (professionsbachelor), Siveholt Maskinmesterskole")),
       S("cert", L("Sønæringsbevis som vagthavende maskinmester (STCW III/1), 2024"),
         L("Grundlæggende sikkerhedskursus (STCW), 2023"), L("Avanceret brandbekæmpelse, 2023"),
         L("Lægeerklæring for søfarende, gyldig til september 2027")),
       S("lang", L("Dansk – modersmål"), L("Engelsk – godt i skrift og tale"))),
    cv("krzysztof-debowiak.docx", "en", "docx", "europass", "MMMUUMX",
       "'Second Engineer Officer, STCW III/2, unlimited (Poland) – valid until 04/2028' with a Norwegian flag "
       "state endorsement, 'Second Engineer' from '2016-03 – 2026-06', 'Diesel-electric propulsion, azimuth "
       "thrusters, DP2', English 'C1 – all work on board in English'; but Basic Safety Training and Advanced "
       "Fire Fighting were 'refreshed 09/2021' and lapsed after five years, and the medical 'expired 06/2026 – "
       "new examination booked for December 2026'",
       "Krzysztof Dębowiak", "Second Engineer Officer",
       S("contact", KV("Phone", "+47 123 48 414"), KV("E-mail", "krzysztof.debowiak@example.pl"),
         KV("Address", "Kamienna Struga, Poland")),
       S("exp",
         I("2016-03 – 2026-06", "Second Engineer, Kamienna Struga Crewing, offshore vessels (PSV, AHTS) for "
                                "Nordic owners",
           "Diesel-electric propulsion, azimuth thrusters, DP2"),
         I("2011 – 2016", "Third Engineer, container vessels")),
       S("edu", I("2006 – 2010", "Maritime University, Marine Engineering (engineer degree)")),
       S("cert", KV("Certificate of Competency", "Second Engineer Officer, STCW III/2, unlimited (Poland) – valid "
                                                 "until 04/2028"),
         KV("Flag State Endorsement", "Norway (NMA) – valid until 04/2028"),
         KV("Basic Safety Training", "refreshed 09/2021"), KV("Advanced Fire Fighting", "refreshed 09/2021"),
         KV("Medical", "expired 06/2026 – new examination booked for December 2026"), head="Certificates"),
       S("lang", KV("Mother tongue", "Polish"), KV("English", "C1 – all work on board in English"))),
    cv("oskar-nyqvist.pdf", "sv", "pdf", "no-headings", "UMMUMMX",
       "no headings; 'Tredjemaskinist' from '2022-09 – 2024-06' and 'Andremaskinist' since '2024-07 – nu', "
       "'Dieselelektrisk framdrivning, DP2', 'Grundläggande säkerhetsutbildning (STCW), förnyad 2025', "
       "'Läkarintyg för sjöfolk, giltigt till 2027-04', 'Engelska – god i tal och skrift'; but he holds "
       "'Behörighet som sjöingenjör (STCW III/1)' and the III/2 is only an 'ansökan inskickad till "
       "Transportstyrelsen oktober 2026', and 'Avancerad brandbekämpning – bokad januari 2027'",
       "Oskar Nyqvist", "oskar.nyqvist@example.se · 031-390 06 69 · Skrakholm",
       S("profile", "Sjöingenjör som har seglat som andremaskinist på offshorefartyg sedan 2024. Jag har sökt "
                    "behörighet som maskinbefäl klass II."),
       S("exp",
         I("2024-07 – nu", "Andremaskinist, Skrakholms Offshore Rederi AB",
           "Dieselelektrisk framdrivning, DP2, 4 x 1 800 kW"),
         I("2022-09 – 2024-06", "Tredjemaskinist, Skrakholms Offshore Rederi AB")),
       S("edu", I("2019 – 2022", "Sjöingenjörsprogrammet, 180 hp, sjöingenjörsexamen, Lummerheds "
                                 "sjöfartshögskola")),
       S("cert", L("Behörighet som sjöingenjör (STCW III/1), Transportstyrelsen, 2022"),
         L("Behörighet som maskinbefäl klass II (STCW III/2) – ansökan inskickad till Transportstyrelsen oktober "
           "2026"),
         L("Grundläggande säkerhetsutbildning (STCW), förnyad 2025"), L("Avancerad brandbekämpning – bokad "
                                                                       "januari 2027"),
         L("Läkarintyg för sjöfolk, giltigt till 2027-04")),
       S("lang", L("Svenska – modersmål"), L("Engelska – god i tal och skrift"))),
)


# --------------------------------------------------------------------------
# The README's closing sections, written by hand
# --------------------------------------------------------------------------

HARD_CASES = [
    "### Hard cases, on purpose",
    "",
    "Authorisations and licences: a meglerbrev \"applied for at Finanstilsynet in October 2026, under",
    "consideration\" and one denied outright (\"har ikke eget meglerbrev\"); a Swedish registration with",
    "Fastighetsmäklarinspektionen for the Norwegian meglerbrev; Kartverket's authorisation written in",
    "bokmål (\"eiendomslandmåler\") for the nynorsk ad, one given under the transitional rule, one",
    "\"exam passed September 2026, authorisation pending\", and a Swedish förrättningslantmätare",
    "without one; a Swedish legitimation \"søkt september 2026, under behandling\", one to be sought",
    "\"efter examen\", one already issued to a Dane; a Norwegian advokatbevilling and a Danish",
    "beskikkelse \"søgt hos Civilstyrelsen – under behandling\", and \"ikke advokat, har aldrig haft",
    "beskikkelse\"; STCW certificates of competency in Norwegian (\"Maskinoffiser klasse 2 (STCW",
    "III/2)\"), Philippine and Polish with a Norwegian flag state endorsement, a Danish III/1",
    "(\"vagthavende maskinmester\") and a Swedish III/1 with the III/2 \"ansökan inskickad\".",
    "Education: a bachelor in eiendomsmegling in nynorsk (\"eigedomsmekling\") and in English, a",
    "Swedish fastighetsmäklarprogram, a bachelor in økonomi og administrasjon with 30 credits of",
    "property law; a master in eiendomsfag, a Swedish lantmäteriteknik degree, a two-year fagskule;",
    "a Norwegian sosionom, a Danish socialrådgiver and a Swedish beteendevetare (psychology) against",
    "socionomexamen \"eller motsvarande\"; a Norwegian bachelor in tannpleie, a Danish tandplejer and a",
    "tandhygienistprogram ending in January 2027; the old Norwegian cand.jur. Experience: 35 months",
    "as eiendomsmeglerfullmektig, oppgjør as a neighbouring role, a Swedish lantmäteriförrättning as",
    "an oppmålingsforretning, 22 months of cadastral surveys after years of construction surveying,",
    "a 50 % vikariat of 15 months after a kurator job outside the school, a Danish",
    "skolesocialrådgiver, a tandsköterska, a tandplejer, an advokatfuldmægtig for 4 years and 3",
    "months, an in-house virksomhedsjurist, a Norwegian advokat; 34 months as watchkeeping engineer.",
    "Named skills and certificates: Vitec Next in lower case and Vitec Express instead; GPS for GNSS;",
    "KOMTEK and Gemini Geodata against the Swedish fastighetsregistret; Danish \"underretninger\" and",
    "Norwegian \"bekymringsmeldinger\" for orosanmälningar, and a CV that never mentions them; MI in",
    "English, Danish and Swedish, a KBT steg 1 \"påbegynt høsten 2026\"; Opus Dental instead of T4;",
    "\"periodontal\" and \"parodontal\" treatment; møderet for landsret with \"1 af 2\" test cases, and the",
    "Norwegian \"møterett for lagmannsretten\"; a ferry with \"to hovedmotorer\" (not diesel-electric);",
    "safety training \"refreshed 09/2021\" (lapsed after five years), fire fighting \"bokad januari",
    "2027\", a medical \"expired 06/2026\". Languages: \"förstår och läser obehindrat\" and \"förstår bra\"",
    "with nothing on speaking or writing; \"mellemniveau (B1)\", \"snakker og skriver godt (B2)\" and",
    "\"middels nivå\" below the asked level; \"dansk, engelsk\" without a level; \"flydende\" and",
    "\"fluent\" as C1. \"Førerkort: har ikke\". Three badly written TXT CVs, one TXT and one PDF CV",
    "without headings, Europass DOCX and PDF, right-aligned dates with the date first in the stream.",
    "",
    "### Labelling decisions specific to this set",
    "",
    "The conventions of `eval/README.md` and of the earlier held-out sets apply. In addition:",
    "",
    "- **Eiendomsmegler**: only a meglerbrev from Finanstilsynet meets line 1; one applied for or a",
    "  Swedish registration is `unclear`, \"har ikke eget meglerbrev\" is `not_met`. A Swedish",
    "  fastighetsmäklarprogram (180 hp, kandidatexamen) is the same field and level; økonomi og",
    "  administrasjon is not. Oppgjør (settlement) is not boligsalg. Another system than Vitec Next",
    "  is `unclear`. \"Svært gode\" is C1; understanding and reading alone is `unclear`.",
    "- **Landmålar**: only Kartverket's authorisation meets line 1; bokmål \"eiendomslandmåler\" is the",
    "  same. A master meets \"bachelorgrad ... eller tilsvarande\"; a two-year fagskule is a lower",
    "  level (`unclear`). A Swedish lantmäteriförrättning is the equivalent of an",
    "  oppmålingsforretning; setting out on construction sites is not. GPS is GNSS. The Swedish",
    "  property register is neither KOMTEK nor Gemini.",
    "- **Skolkurator**: a Norwegian sosionom and a Danish socialrådgiver are \"motsvarande examen",
    "  inom socialt arbete\"; a behavioural science degree in psychology is not (`unclear`). A Danish",
    "  skolesocialrådgiver is a kurator in pupil health; a kurator at an ungdomsmottagning is not.",
    "  Danish \"underretninger\" are orosanmälningar. \"Mycket goda\" is C1, so a stated B1 is `not_met`.",
    "- **Tandhygienist**: only Socialstyrelsen's legitimation meets line 1. A Norwegian bachelor in",
    "  tannpleie and a Danish tandplejer are \"motsvarande utländsk utbildning\", and tannpleier and",
    "  tandplejer work is tandhygienist work; tandsköterska is not. \"Godt (B2)\" is below \"mycket",
    "  goda\" (`not_met`).",
    "- **Advokat**: only a Danish advokatbeskikkelse meets line 1, and only Danish møderet for",
    "  landsret meets line 4. The Norwegian cand.jur. is the same degree. Years as advokat in Norway",
    "  count; an in-house virksomhedsjurist is a neighbouring role (`unclear`). \"Flydende\" is C1; a",
    "  language without a level is `unclear`.",
    "- **Marine engineer**: any STCW III/2 certificate of competency with a Norwegian flag state",
    "  endorsement meets line 1; a III/1 is a lower level (`unclear`). Sea service counts as third",
    "  engineer, watchkeeping engineer or above; training periods do not. Basic safety training and",
    "  advanced fire fighting last five years, so they must be from after 2021-11-28; a course",
    "  booked is `unclear`. \"Good\" English is enough.",
    "",
]


# --------------------------------------------------------------------------
# Checks of our own (on top of make_eval.check_data)
# --------------------------------------------------------------------------


def check_holdout13() -> None:
    mh.check_blind_set(JOBS, me.JOBS + mh.JOBS + mh2.JOBS + mh3.JOBS + mh4.JOBS + mh5.JOBS + mh6.JOBS + mh7.JOBS
                       + mh8.JOBS + mh9.JOBS + mh10.JOBS + mh11.JOBS + mh12.JOBS, USED_TOWNS, per_job=(5, 7),
                       min_qualified=2)
    # The same CV file name must not repeat across jobs either (people are unique in this set).
    names = [c.name for j in JOBS for c in j.cvs if c.name]
    assert len(names) == len(set(names)), "a person appears twice"
    files = [c.file for j in JOBS for c in j.cvs]
    assert len(files) == len(set(files)), "a CV file name appears twice"
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
        "# Sikte's thirteenth held-out evaluation set",
        "",
        f"{len(JOBS)} fictional jobs and {n_all} fictional CVs, labelled by hand requirement by",
        "requirement, in the same layout and job-file format as `eval/` (see `eval/README.md`",
        "for the format, the label meanings and the labelling conventions). It is the fourteenth",
        "labelled set and exists to measure accuracy again on CVs the rules were never tuned on.",
        "It was written blind: without reading Sikte's rules, code, tests, docs or data tables,",
        "without running Sikte on it and without looking at any Sikte output, and no label was",
        "ever set from Sikte's output. The only files read were `eval/README.md` (format, label",
        "meanings, conventions), the script of `eval-holdout12/` (`make_holdout12.py`, as the",
        "template for this script's structure; it also defines the CVs of `eval-holdout12/`) and",
        "the shared code of `make_eval.py`, `make_holdout.py` and `scripts/fixtures/cvlib.py` (the",
        "CV definitions of `eval/` and `eval-holdout/` in the first two were skipped). The scripts",
        "`make_holdout2.py` ... `make_holdout11.py` are imported only to refuse their people, slugs",
        "and towns and were not read, and no CV folder of an earlier set was opened. Every CV x",
        "requirement is labelled with what a careful, fair Nordic recruiter concludes on",
        f"{TODAY} (the `today` of every job file, which closes open ranges such as \"d.d.\", \"nu\",",
        "\"present\" and \"pågående\"). Its professions appear in no earlier set. Keep it that",
        "way: do not tune rules on these CVs; once a rule changes because of a disagreement found",
        "here, the set is no longer held out, and its figures become a regression check.",
        "",
        "Everything here is invented for Sikte: people, employers, schools, towns",
        f"({TOWNS}), e-mail addresses (`example.*`) and phone numbers (unreal",
        "ranges: `123 48 4xx` in Norway, the Swedish fiction range `031-390 06 6x` and `7x`,",
        "`+45 12 34 67 1x` in Denmark). Nothing is copied from `/work/shared/corpus`, from the",
        "earlier sets or from any real CV or job ad. Authority, test, course and product names in",
        "CVs and ads (Finanstilsynet, Fastighetsmäklarinspektionen, Kartverket, Lantmäteriet,",
        "Socialstyrelsen, Helsedirektoratet, Styrelsen for Patientsikkerhed, Civilstyrelsen, Tilsynsrådet",
        "for advokatvirksomhet, Sjøfartsdirektoratet, Transportstyrelsen, MARINA, NMA, Bergenstesten,",
        "Vitec Next, Vitec Express, KOMTEK, Gemini, Trimble, Leica, Opus Dental, T4, AMOS, STCW, MI, KBT,",
        "BUP, MNEF) are named as real ads and CVs name them. Licence: the same as the project (MIT OR",
        "Apache-2.0).",
        "",
        "The format is the one of `eval/`, so Sikte's evaluator reads this folder as it reads",
        "`eval/`; report its figures for each set separately.",
        "",
        "## Regenerate, never edit",
        "",
        "```sh",
        f"python3 {SCRIPT}            # (re)writes eval-holdout13/, removes stale files",
        f"python3 {SCRIPT} --verify   # generates twice elsewhere: byte-identical, and eval-holdout13/ fresh?",
        "```",
        "",
    ]
    return "\n".join(out + mh.script_paragraph(13) + mh.jobs_and_figures(JOBS, HARD_CASES))


# --------------------------------------------------------------------------
# Writing and checking
# --------------------------------------------------------------------------


def main(argv: list[str]) -> int:
    check_holdout13()
    return mh.run_set(argv, OUT, JOBS, SCRIPT, readme, __doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
