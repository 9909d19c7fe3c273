#!/usr/bin/env python3
"""Write Sikte's twenty-ninth held-out evaluation set: eval-holdout29/README.md, jobs/<job>.toml, cvs/<job>/<file>.

    python3 scripts/eval/make_holdout29.py            # (re)write eval-holdout29/
    python3 scripts/eval/make_holdout29.py --verify   # generate twice in temporary folders and check both
                                                      # runs and eval-holdout29/ are byte-identical

A thirtieth labelled set in the same layout and job-file format as eval/ and
eval-holdout/ ... eval-holdout28/, so that accuracy can be measured on CVs the
rules were never tuned on. Six fictional jobs (tiler / flislegger nb, water
treatment operator / driftsoperatør vassverk nn, ski instructor / skidlärare
sv, emergency medical dispatcher / sundhedsfaglig visitator in an AMK
vagtcentral da, mobile crane operator en, funeral director /
begravelsesagent nb) with 5-7 requirement lines each, and 5 fictional CVs per
job in TXT, DOCX and PDF (one and two columns), in bokmål, nynorsk, Swedish,
Danish and English. No earlier set names any of the six professions (the
profession check below refuses every earlier one; REUSED_PROFESSIONS is
empty). The jobs, ads, CVs, people, employers and towns are new.

The set was written blind: without reading Sikte's rules, code, tests, docs or
data tables, without running Sikte on it and without looking at any Sikte
output. Of the earlier sets only make_holdout28.py was read, as the template
for this script's structure, with the shared code of make_eval.py,
make_holdout.py and scripts/fixtures/cvlib.py, and eval/README.md for the
format and the labelling conventions (make_holdout28.py also defines the CVs
of eval-holdout28/; the CV definitions in make_eval.py and make_holdout.py
were skipped); make_holdout2.py ... make_holdout27.py were not read, only
imported (with make_holdout28.py) to refuse their people, slugs, towns, e-mail
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
eval-holdout/, ..., eval-holdout28/, any e-mail address or phone number that
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
import make_holdout28 as mh28  # noqa: E402
from make_eval import CV, I, KV, L, S, cv  # noqa: E402

cvlib = me.cvlib
ROOT = me.ROOT
OUT = os.path.join(ROOT, "eval-holdout29")
SCRIPT = "scripts/eval/make_holdout29.py"
# The day this set is judged on, written into every job file. make_eval.job_toml reads
# make_eval.TODAY, so it is set there too (only in this process).
TODAY = "2026-12-01"
me.TODAY = TODAY

# Towns of eval/ and eval-holdout/ ... eval-holdout28/; none may appear here.
USED_TOWNS = mh28.USED_TOWNS + mh28.OWN_TOWNS
# The invented towns of this set; an earlier set's CVs must not mention them either.
OWN_TOWNS = ("Lysvollen", "Hoggerdal", "Tjernmyra", "Skavlanes", "Kuldebø", "Drivbacka", "Kramsnöås",
             "Skarelund", "Rimhøj", "Sjapperup", "Hagelbæk", "Frostwick")
TOWNS = "Lysvollen, Hoggerdal, Tjernmyra, Skavlanes and Kuldebø in Norway; Drivbacka, Kramsnöås and " \
        "Skarelund in Sweden; Rimhøj, Sjapperup and Hagelbæk in Denmark; Frostwick in the United Kingdom"
# Professions an earlier set names that this set may use all the same. None: the brief of this
# set asked for six new professions, and the profession check below confirms they are new.
REUSED_PROFESSIONS: tuple[str, ...] = ()

JOBS: list[me.Job] = []


def job(slug, title, lang, profession, reqs: list[tuple[str, str]], *cvs: CV) -> None:
    JOBS.append(me.Job(slug, title, lang, profession, [r for r, _ in reqs], [k for _, k in reqs], list(cvs)))


# ===========================================================================
# 1. nb: Flislegger
# ===========================================================================

job(
    "flislegger", "Flislegger – Lysvollen Flis og Bad AS (fast stilling, 100 %)", "nb", "tiler",
    [
        ("Fagbrev som flislegger", "education"),
        ("Minimum 3 års erfaring som flislegger", "experience"),
        ("Våtromssertifikat fra Fagrådet for våtrom (FFV) eller tilsvarende dokumentert våtromskompetanse",
         "certificate"),
        ("Førerkort klasse B", "driving_licence"),
        ("Gode norskkunnskaper, muntlig og skriftlig", "language"),
        ("Du må være selvgående, nøyaktig og tåle fysisk krevende arbeid", "manual"),
    ],
    cv("hakon-brekkestuen.docx", "nb", "docx", "table", "MMMMMX",
       "'Fagbrev som flislegger', flislegger since 2013 ('Flislegger, Lysvollen Murmester AS', then 'Formann "
       "flis, Hoggerdal Flisservice AS' since '2019 – d.d.'; the apprenticeship before does not count), "
       "'Våtromssertifikat, Fagrådet for våtrom (FFV) – fornyet 2025', 'Førerkort klasse B og BE', 'Norsk – "
       "morsmål'",
       "Håkon Brekkestuen", "Flislegger / formann",
       S("contact", L("Mobil 123 97 801"), L("hakon.brekkestuen@example.no"), L("Hoggerdal")),
       S("profile", "Flislegger med fagbrev og tretten års erfaring fra bad, vaskerom og storkjøkken. Vant til "
                    "å lede små lag og å dokumentere våtromsarbeidet."),
       S("exp",
         I("2019 – d.d.", "Formann flis, Hoggerdal Flisservice AS",
           "Membran, flislegging og fuging i bad og vaskerom", "Sjekklister og dokumentasjon for våtrom"),
         I("2013 – 2019", "Flislegger, Lysvollen Murmester AS"),
         I("2011 – 2013", "Lærling i flisleggerfaget, Lysvollen Murmester AS")),
       S("edu", I("2013", "Fagbrev som flislegger"),
         I("2009 – 2011", "Vg1 bygg- og anleggsteknikk og Vg2 murer og flislegger, Hoggerdal videregående "
                          "skole")),
       S("cert", L("Våtromssertifikat, Fagrådet for våtrom (FFV) – fornyet 2025"),
         L("Kurs i stillas og fallsikring, 2022")),
       S("lic", L("Førerkort klasse B og BE")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – godt"))),
    cv("anders-ljungqvist.pdf", "sv", "pdf", "two-column", "MMMMMX",
       "a Swede working in Norway: 'Yrkesbevis plattsättare' is the same trade at the same level, plattsättare "
       "from 2012 and 'Flislegger, Tjernmyra Bad AS (Norge)' since '2019-06 – nu', 'Våtrumsbehörighet enligt "
       "Byggkeramikrådets branschregler (BKR), förnyad 2024' is the Swedish wet-room authorisation that \"eller "
       "tilsvarende\" lets in, 'Körkort: B', 'Norska – talar och skriver obehindrat'",
       "Anders Ljungqvist", "Plattsättare / flislegger",
       S("contact", L("Tel. +47 123 97 802"), L("anders.ljungqvist@example.se"), L("Tjernmyra, Norge")),
       S("lic", L("Körkort: B")),
       S("cert", L("Våtrumsbehörighet enligt Byggkeramikrådets branschregler (BKR), förnyad 2024"),
         L("Heta arbeten, 2023")),
       S("lang", L("Svenska – modersmål"), L("Norska – talar och skriver obehindrat"), L("Engelska – god")),
       S("profile", "Plattsättare med fjorton års erfarenhet av badrum, kök och storköksgolv. Jag har bott och "
                    "arbetat i Norge sedan 2019."),
       S("exp",
         I("2019-06 – nu", "Flislegger, Tjernmyra Bad AS (Norge)",
           "Tätskikt, plattsättning och fogning i badrum", "Egenkontroll och dokumentation"),
         I("2012-03 – 2019-05", "Plattsättare, Skarelund Kakel & Klinker AB")),
       S("edu", I("2012", "Yrkesbevis plattsättare, Plattsättningsbranschens Yrkesnämnd"),
         I("2008 – 2011", "Bygg- och anläggningsprogrammet, Skarelunds gymnasium")),
       order="rows"),
    cv("jonas-fremstad.txt", "nb", "txt", "no-headings", "UUUMMX",
       "prose without headings: 'Førerkort B fra 2023', 'Norsk er morsmålet mitt'; but he is an apprentice "
       "('skal opp til fagprøven i mars 2027'), the rest is a summer as hjelpearbeider, and the wet-room course "
       "has no exam yet ('men har ikke tatt eksamen ennå')",
       "Jonas Fremstad", "Lærling i flisleggerfaget",
       S("contact", "Jonas Fremstad · mobil 123 97 803 · jonas.fremstad@example.no · Kuldebø"),
       S("profile", "Jeg er lærling i flisleggerfaget hos Lysvollen Flis og Bad AS siden august 2024, og jeg "
                    "skal opp til fagprøven i mars 2027."),
       S("exp", "Før læretiden jobbet jeg som hjelpearbeider hos en murmester i Kuldebø sommeren 2023, mest med "
                "bæring, blanding av mørtel og rydding."),
       S("other", "Jeg har gått våtromskurset til Fagrådet for våtrom, men har ikke tatt eksamen ennå.",
         "Førerkort B fra 2023.",
         "Norsk er morsmålet mitt, og jeg kan litt engelsk.")),
    cv("piotr-zawadzki.docx", "en", "docx", "dates-after", "MMMMMX",
       "a Pole in Norway, in English: 'Trade certificate as tiler (fagbrev som flislegger), practice candidate', "
       "'Tiler (flislegger), Skavlanes Flis AS' since 'Sep 2016 – present', 'Wet room certificate "
       "(våtromssertifikat), Fagrådet for våtrom, 2021, renewed 2025', a Polish B licence exchanged for a "
       "Norwegian one, 'Norwegian – B2 (Norskprøven, 2019)' is the good level asked for",
       "Piotr Zawadzki", "Tiler (flislegger)",
       S("contact", L("Mobile +47 123 97 804"), L("piotr.zawadzki@example.com"), L("Skavlanes, Norway")),
       S("profile", "Tiler with sixteen years in the trade, ten of them in Norway. Bathrooms, swimming pools "
                    "and large-format tiles."),
       S("exp",
         I("Sep 2016 – present", "Tiler (flislegger), Skavlanes Flis AS",
           "Waterproofing membranes, tiling and grouting in bathrooms", "Large-format tiles and mosaic"),
         I("Mar 2010 – Jul 2016", "Tiler, own small company in Poland")),
       S("edu", I("2020", "Trade certificate as tiler (fagbrev som flislegger), practice candidate"),
         I("2007 – 2010", "Vocational school, building finishing works, Poland")),
       S("cert", L("Wet room certificate (våtromssertifikat), Fagrådet for våtrom, 2021, renewed 2025")),
       S("lic", L("Driving licence: B (Polish licence exchanged for a Norwegian one in 2017)")),
       S("lang", L("Polish – native"), L("Norwegian – B2 (Norskprøven, 2019)"), L("English – good"))),
    cv("marit-hovda.pdf", "nn", "pdf", "right-dates", "MUMMMX",
       "'Fagbrev i flisleggjarfaget', 'Våtromssertifikat (FFV), 2025', 'Førarkort B', 'Norsk – morsmål'; but "
       "'Flisleggjar, Skavlanes Flis og Mur AS' since '08.2024 – d.d.' is two years and four months, and the "
       "apprenticeship before it does not count",
       "Marit Hovda", "Flisleggjar",
       S("contact", L("Mobil 123 97 805"), L("marit.hovda@example.no"), L("Skavlanes")),
       S("profile", "Nyutdanna flisleggjar med fagbrev frå 2024. Eg likar presisjonsarbeid og har laga mange "
                    "bad frå grunnen av."),
       S("exp",
         I("08.2024 – d.d.", "Flisleggjar, Skavlanes Flis og Mur AS",
           "Bad, vaskerom og inngangsparti i einebustader"),
         I("08.2022 – 06.2024", "Lærling, Skavlanes Flis og Mur AS"),
         I("2019 – 2022", "Butikkmedarbeidar, Kuldebø Byggvare")),
       S("edu", I("2024", "Fagbrev i flisleggjarfaget"),
         I("2020 – 2022", "Vg1 bygg- og anleggsteknikk, Vg2 murar og flisleggjar, Skavlanes vidaregåande skule")),
       S("cert", L("Våtromssertifikat (FFV), 2025")),
       S("lic", L("Førarkort B")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – godt"))),
)


# ===========================================================================
# 2. nn: Driftsoperatør vassverk
# ===========================================================================

job(
    "driftsoperator-vassverk",
    "Driftsoperatør ved Tjernmyra vassverk – Skavlanes kommune, kommunalteknikk (fast 100 %)", "nn",
    "water treatment operator",
    [
        ("Fagbrev som VA-operatør eller i prosessfaget", "education"),
        ("Gjennomført driftsoperatørkurs for vassforsyning (Norsk Vann) eller tilsvarande", "certificate"),
        ("Minst to års erfaring frå drift av vassverk eller reinseanlegg", "experience"),
        ("Førarkort klasse B", "driving_licence"),
        ("Du må meistre norsk godt munnleg og skriftleg", "language"),
        ("Du må gå inn i vaktordninga med heimevakt kvar femte veke", "manual"),
    ],
    cv("gunnhild-rasteigen.docx", "nn", "docx", "bold-headings", "MMMMMX",
       "'Fagbrev som VA-operatør', 'Driftsoperatørkurs vassforsyning, Norsk Vann, 2015', 'Driftsoperatør, "
       "Hoggerdal vassverk' since '2014 – d.d.' (the apprenticeship before does not count, and is not needed), "
       "'Førarkort: B', 'Norsk – morsmål'",
       "Gunnhild Rasteigen", "Driftsoperatør vassforsyning",
       S("contact", L("Mobil 123 97 806"), L("gunnhild.rasteigen@example.no"), L("Tjernmyra")),
       S("profile", "Driftsoperatør med fagbrev og tolv års erfaring frå vassbehandling: UV, klor, "
                    "alkalisering og styring via driftskontrollsystemet."),
       S("exp",
         I("2014 – d.d.", "Driftsoperatør, Hoggerdal vassverk",
           "Drift og vedlikehald av reinseprosessen", "Prøvetaking og internkontroll etter drikkevassforskrifta"),
         I("2012 – 2014", "Lærling VA-operatør, Hoggerdal kommune")),
       S("edu", I("2014", "Fagbrev som VA-operatør"),
         I("2010 – 2012", "Vg1 teknologi- og industrifag, Vg2 kjemiprosess, Tjernmyra vidaregåande skule")),
       S("cert", L("Driftsoperatørkurs vassforsyning, Norsk Vann, 2015"),
         L("Kurs i hygiene for arbeid på vassverk, 2023")),
       S("lic", L("Førarkort: B")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – god"))),
    cv("sindre-vaagland.pdf", "nb", "pdf", "two-column", "MUMMMX",
       "'Fagbrev i prosessfaget', 'Driftsoperatør, Kuldebø renseanlegg (avløp)' since '2016 – d.d.' "
       "(reinseanlegg counts), 'Førerkort: B, C1', 'Norsk – morsmål'; but 'Driftsoperatørkurs avløp, Norsk "
       "Vann, 2018' is the wastewater course, not the one for vassforsyning",
       "Sindre Vaagland", "Driftsoperatør avløp",
       S("contact", L("Mobil 123 97 807"), L("sindre.vaagland@example.no"), L("Kuldebø")),
       S("lic", L("Førerkort: B, C1")),
       S("cert", L("Driftsoperatørkurs avløp, Norsk Vann, 2018"), L("Arbeid i tanker og kummer, 2021")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – godt")),
       S("profile", "Prosessoperatør som har jobbet ti år på avløpsrenseanlegg. Jeg vil gjerne over på "
                    "drikkevannssiden."),
       S("exp",
         I("2016 – d.d.", "Driftsoperatør, Kuldebø renseanlegg (avløp)",
           "Drift av mekanisk, kjemisk og biologisk rensing", "Slambehandling og prøvetaking"),
         I("2011 – 2016", "Prosessoperatør, Skavlanes Smelteverk AS")),
       S("edu", I("2011", "Fagbrev i prosessfaget"),
         I("2007 – 2010", "Vg1 teknikk og industriell produksjon, Vg2 og Vg3 kjemiprosess, Kuldebø "
                          "videregående skole")),
       order="left-first"),
    cv("mette-overgaard.pdf", "da", "pdf", "one-column", "MMMMNX",
       "a Dane: 'Procesoperatør (svendebrev)' is the same trade, 'Driftsuddannelse for vandværkspersonale "
       "(DANVA), 2017' is \"tilsvarande\", 'Driftsoperatør, Hagelbæk Vandværk' since '2015 – nu', 'Kørekort: "
       "B'; but 'Norsk – forstår godt, taler lidt' is below good Norwegian",
       "Mette Overgaard", "Driftsoperatør, vandværk",
       S("contact", L("Mobil +45 12 48 93 50"), L("mette.overgaard@example.dk"), L("Hagelbæk")),
       S("profile", "Procesoperatør med elleve års erfaring fra drift af vandværk. Min mand har fået job i "
                    "Norge, og vi flytter til Tjernmyra til foråret."),
       S("exp",
         I("2015 – nu", "Driftsoperatør, Hagelbæk Vandværk",
           "Drift af iltning, sandfiltre og rentvandstanke", "Prøvetagning og egenkontrol"),
         I("2010 – 2015", "Procesoperatør, Sjapperup Mejeri")),
       S("edu", I("2008 – 2010", "Procesoperatør (svendebrev), Sjapperup Tekniske Skole")),
       S("cert", L("Driftsuddannelse for vandværkspersonale (DANVA), 2017"), L("Hygiejnekursus, 2024")),
       S("lic", L("Kørekort: B")),
       S("lang", L("Dansk – modersmål"), L("Engelsk – godt"), L("Norsk – forstår godt, taler lidt"))),
    cv("olav-mjelstad.txt", "nn", "txt", "badly-written", "MMMMMX",
       "badly written: 'har fagbrev som VA-operatør frå 2009', 'har jobba på vassverket i Kuldebø sidan 2010', "
       "'tok driftsoperatørkurset til Norsk Vann for vassforsyning i 2011', 'førarkort B og BE', 'norsk er "
       "morsmålet mitt'",
       raw="""
Olav Mjelstad
tlf 123 97 808
olav.mjelstad@example.no

hei
eg søkjer på jobben som driftsoperatør.
har fagbrev som VA-operatør frå 2009 og har jobba på vassverket i Kuldebø sidan 2010, fyrst som operatør og no som vaktleiar.
tok driftsoperatørkurset til Norsk Vann for vassforsyning i 2011 og for avløp i 2016.
førarkort B og BE.
norsk er morsmålet mitt, skriv og snakkar utan problem.
heimevakt er eg vant med.
"""),
    cv("ida-nesheim.docx", "nn", "docx", "dates-after", "UUUNMX",
       "an apprentice: 'Lærling i VA-operatørfaget, Skavlanes kommune' since '08.2025 – d.d.' (training, not "
       "experience), 'Fagprøva er planlagd hausten 2027', 'Påmeld driftsoperatørkurs vassforsyning, februar "
       "2027', and 'Eg har ikkje førarkort enno'; 'Norsk – morsmål'",
       "Ida Nesheim", "Lærling i VA-operatørfaget",
       S("contact", L("Mobil 123 97 809"), L("ida.nesheim@example.no"), L("Skavlanes")),
       S("profile", "Eg er lærling i VA-operatørfaget og trivst med å jobbe med reint vatn. Fagprøva er "
                    "planlagd hausten 2027."),
       S("exp",
         I("08.2025 – d.d.", "Lærling i VA-operatørfaget, Skavlanes kommune",
           "Vassverk og leidningsnett, prøvetaking og vedlikehald"),
         I("06.2024 – 08.2024", "Sommarjobb, Tjernmyra Bakeri")),
       S("edu", I("2023 – 2025", "Vg1 teknologi- og industrifag, Vg2 kjemiprosess og laboratoriefag, Skavlanes "
                                 "vidaregåande skule")),
       S("cert", L("Påmeld driftsoperatørkurs vassforsyning, februar 2027")),
       S("lic", L("Eg har ikkje førarkort enno, men køyreopplæringa er i gang.")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – godt"))),
)


# ===========================================================================
# 3. sv: Skidlärare
# ===========================================================================

job(
    "skidlarare", "Skidlärare till Drivbacka Skidskola, Kramsnöås – säsongen 2026/27 (heltid december–april)",
    "sv", "ski instructor",
    [
        ("Skidlärarutbildning motsvarande lägst SSSR steg 2", "certificate"),
        ("Minst två säsongers erfarenhet som skidlärare", "experience"),
        ("Genomgången utbildning i HLR och första hjälpen, inte äldre än två år", "certificate"),
        ("Du talar svenska eller ett annat skandinaviskt språk", "language"),
        ("Goda kunskaper i engelska i tal", "language"),
        ("Du ska kunna arbeta helger, jul, nyår och sportlov", "manual"),
    ],
    cv("klara-wikstrand.docx", "sv", "docx", "europass", "MMMMMX",
       "'SSSR steg 3 (Svenska Skidlärarrådet)', 'Skidlärare, Drivbacka Skidskola' for seven seasons ('dec "
       "2019 – apr 2026 (säsong)'), 'HLR och första hjälpen, Röda korset – november 2025', mother tongue "
       "'Svenska', English 'Muntlig interaktion C1 · Muntlig produktion C1'",
       "Klara Wikstrand", "Skidlärare",
       S("contact", KV("Telefon", "0980-437 611"), KV("E-post", "klara.wikstrand@example.se"),
         KV("Adress", "Kramsnöås")),
       S("profile", "Skidlärare med sju säsonger bakom mig: barngrupper, vuxengrupper, privatlektioner och "
                    "offpist."),
       S("exp",
         I("dec 2019 – apr 2026 (säsong)", "Skidlärare, Drivbacka Skidskola",
           "Gruppundervisning och privatlektioner, nivå 1–4", "Barnskidskola och introduktion av nya "
                                                                 "instruktörer"),
         I("maj – nov varje år", "Fjällguide och receptionist, Kramsnöås Fjällhotell")),
       S("edu", I("2021", "SSSR steg 3 (Svenska Skidlärarrådet)"),
         I("2018 – 2019", "SSSR steg 1 och steg 2"),
         I("2015 – 2018", "Naturbruksprogrammet, Skarelunds gymnasium")),
       S("cert", KV("HLR", "HLR och första hjälpen, Röda korset – november 2025")),
       S("lang", KV("Modersmål", "Svenska"),
         KV("Engelska", "Hörförståelse C1 · Läsförståelse C1 · Muntlig interaktion C1 · Muntlig produktion C1 · "
                        "Skriftlig produktion B2"),
         KV("Tyska", "A2"))),
    cv("eirik-solbakk.pdf", "nb", "pdf", "two-column", "MMMMMX",
       "a Norwegian: 'Alpin skilærer trinn 2, Norges Skiforbund' is the level asked for, 'Skilærer "
       "(vintersesong), Tjernmyra Alpinsenter' from '12.2021 – 04.2026' (five seasons), 'Førstehjelp med HLR, "
       "Norsk Folkehjelp – januar 2026', 'Norsk – morsmål' is a Scandinavian language, 'Engelsk – flytende'",
       "Eirik Solbakk", "Skilærer",
       S("contact", L("Mobil 123 97 810"), L("eirik.solbakk@example.no"), L("Tjernmyra, Norge")),
       S("cert", L("Alpin skilærer trinn 2, Norges Skiforbund (2021)"),
         L("Førstehjelp med HLR, Norsk Folkehjelp – januar 2026"), L("Skredkurs 1, 2024")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – flytende"), L("Svensk – forstår godt")),
       S("profile", "Skilærer med fem vintre i alpinbakken, mest barn og nybegynnere. Tømrer om sommeren. Jeg "
                    "vil gjerne prøve en sesong i Kramsnöås."),
       S("exp",
         I("12.2021 – 04.2026", "Skilærer (vintersesong), Tjernmyra Alpinsenter",
           "Gruppekurs og privattimer, barneskiskole"),
         I("2019 – d.d.", "Tømrer (sommerhalvåret), Skavlanes Bygg AS")),
       S("edu", I("2016 – 2019", "Vg1 bygg- og anleggsteknikk, Vg2 tømrer, Tjernmyra videregående skole")),
       order="right-first"),
    cv("callum-reddaway.docx", "en", "docx", "one-column", "MMUNMX",
       "a Briton: 'BASI Alpine Instructor Level 2' is an equivalent qualification, three winter seasons as "
       "'Ski instructor (seasonal), Alpine Peak Ski School, Austria', 'English – native'; but 'Outdoor First "
       "Aid (16 hours), Oct 2023' is older than two years, and 'Swedish – basic (A2), evening classes' is "
       "below speaking it",
       "Callum Reddaway", "Ski instructor",
       S("contact", L("Mobile +44 7700 900 957"), L("callum.reddaway@example.co.uk"), L("Frostwick, UK")),
       S("profile", "BASI Level 2 ski instructor with three winters in the Alps. My partner is Swedish and we "
                    "want to live in Sweden."),
       S("exp",
         I("Dec 2025 – Apr 2026", "Ski instructor (seasonal), Alpine Peak Ski School, Austria",
           "Group and private lessons, adults and children"),
         I("Dec 2024 – Apr 2025", "Ski instructor (seasonal), Alpine Peak Ski School, Austria"),
         I("Dec 2023 – Apr 2024", "Ski instructor (seasonal), Alpine Peak Ski School, Austria"),
         I("2020 – 2023", "Slope assistant (part-time), Frostwick Snow Centre")),
       S("cert", L("BASI Alpine Instructor Level 2 (2023)"), L("Outdoor First Aid (16 hours), Oct 2023")),
       S("lang", L("English – native"), L("Swedish – basic (A2), evening classes"), L("German – conversational"))),
    cv("wilma-backstrom.txt", "sv", "txt", "badly-written", "UUUMMX",
       "badly written: 'svenska är mitt modersmål, engelska kan jag bra'; but 'steg 2 är bokad till mitten av "
       "december', one season as skidlärare ('vintern 2025/26') after a winter as hjälpinstruktör, and "
       "'hlr hade vi i skolan i nian'",
       raw="""
Wilma Bäckström
0980-437 614
wilma.backstrom@example.se

hej!
jag är 19 år och älskar att åka skidor. gick SSSR steg 1 förra vintern och steg 2 är bokad till mitten av december.
jobbade som skidlärare i Drivbacka förra säsongen (vintern 2025/26), innan dess var jag hjälpinstruktör i barnbacken en vinter.
hlr hade vi i skolan i nian.
svenska är mitt modersmål, engelska kan jag bra.
kan jobba alla helger och hela sportlovet!
"""),
    cv("torstein-lindeflaten.txt", "nn", "txt", "one-column", "MMMMMX",
       "in nynorsk: 'Skilærarutdanning trinn 1 og 2 (alpint), Norges Skiforbund', 'Skiinstruktør (sesong), "
       "Skavlanes skisenter' over six winters, 'Førstehjelp med HLR – mars 2025' (within two years), 'Norsk – "
       "morsmål', 'Engelsk – godt'",
       "Torstein Lindeflaten", "Skiinstruktør",
       S("contact", L("Mobil 123 97 811"), L("torstein.lindeflaten@example.no"), L("Skavlanes")),
       S("profile", "Skiinstruktør i alpint og telemark. Om sommaren jobbar eg som snikkar."),
       S("exp",
         I("des. 2020 – apr. 2026", "Skiinstruktør (sesong), Skavlanes skisenter",
           "Alpint og telemark for born og vaksne, kvar vinter"),
         I("2019 – d.d.", "Snikkar (sommarhalvåret), Kuldebø Trebygg")),
       S("edu", I("2020 – 2021", "Skilærarutdanning trinn 1 og 2 (alpint), Norges Skiforbund"),
         I("2016 – 2019", "Vidaregåande, idrettsfag, Tjernmyra vidaregåande skule")),
       S("cert", L("Førstehjelp med HLR – mars 2025"), L("Skredkurs 1, 2023")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – godt"), L("Svensk – forstår godt")),
       upper=False, rule=True),
)


# ===========================================================================
# 4. da: Sundhedsfaglig visitator, AMK-vagtcentralen
# ===========================================================================

job(
    "amk-visitator",
    "Sundhedsfaglig visitator til AMK-vagtcentralen – Akutberedskabet, Sjapperup (fast stilling, 37 timer)",
    "da", "emergency medical dispatcher",
    [
        ("Uddannet sygeplejerske eller paramediciner", "education"),
        ("Gyldig dansk autorisation fra Styrelsen for Patientsikkerhed", "authorisation"),
        ("Minimum 3 års klinisk erfaring fra akutmodtagelse, intensiv, anæstesi eller ambulancetjeneste",
         "experience"),
        ("Gennemført kursus i Dansk Indeks for Akuthjælp eller tilsvarende visitationsværktøj", "certificate"),
        ("Du taler og skriver flydende dansk", "language"),
        ("Gode engelskkundskaber i tale og skrift", "language"),
        ("Du kan arbejde i rulleskema med dag-, aften- og nattevagter, også i weekender", "manual"),
    ],
    cv("louise-brandstrup.docx", "da", "docx", "table", "MMMMMMX",
       "'Professionsbachelor i sygepleje', 'Dansk autorisation som sygeplejerske (2013)', 'Sygeplejerske, "
       "Akutmodtagelsen, Rimhøj Sygehus' for seven years and 'Sundhedsfaglig visitator, AMK-vagtcentralen, "
       "Sjapperup' since '2020 – nu', 'Dansk Indeks for Akuthjælp – certificeret 2020', 'Dansk – modersmål', "
       "'Engelsk – flydende i tale og skrift'",
       "Louise Brandstrup", "Sygeplejerske, sundhedsfaglig visitator",
       S("contact", L("Mobil 12 48 93 51"), L("louise.brandstrup@example.dk"), L("Sjapperup")),
       S("profile", "Sygeplejerske med baggrund i akutmodtagelsen og seks år som sundhedsfaglig visitator i "
                    "AMK. Rolig i telefonen, også når det brænder på."),
       S("exp",
         I("2020 – nu", "Sundhedsfaglig visitator, AMK-vagtcentralen, Sjapperup",
           "Visitation af 1-1-2-opkald og henvendelser til akuttelefonen", "Disponering af ambulancer og "
                                                                           "akutlægebil"),
         I("2013 – 2020", "Sygeplejerske, Akutmodtagelsen, Rimhøj Sygehus")),
       S("edu", I("2009 – 2012", "Professionsbachelor i sygepleje, Professionshøjskolen i Rimhøj")),
       S("auth", L("Dansk autorisation som sygeplejerske (2013)")),
       S("cert", L("Dansk Indeks for Akuthjælp – certificeret 2020"),
         L("ALS-udbyder (Advanced Life Support), 2024")),
       S("lang", L("Dansk – modersmål"), L("Engelsk – flydende i tale og skrift"), L("Tysk – lidt"))),
    cv("jesper-kallesoe.pdf", "da", "pdf", "europass", "MMMMMMX",
       "a paramedic: 'Paramedicineruddannelsen', 'Autoriseret paramediciner (Styrelsen for Patientsikkerhed)', "
       "seventeen years at 'Hagelbæk Ambulancestation' ('Ambulancebehandler', then 'Paramediciner'), 'Kursus "
       "i Dansk Indeks for Akuthjælp, marts 2024', mother tongue 'Dansk', English 'Tale B2 · Skrive B2'",
       "Jesper Kallesøe", "Paramediciner",
       S("contact", KV("Telefon", "+45 12 48 93 52"), KV("E-mail", "jesper.kallesoe@example.dk"),
         KV("Adresse", "Hagelbæk")),
       S("profile", "Paramediciner med sytten år i ambulancetjenesten, de seneste tre som vagthavende. Jeg søger "
                    "nye udfordringer på vagtcentralen."),
       S("exp",
         I("2016 – nu", "Paramediciner, Hagelbæk Ambulancestation",
           "Præhospital behandling og ledelse af indsatser på skadested"),
         I("2009 – 2016", "Ambulancebehandler, Hagelbæk Ambulancestation")),
       S("edu", I("2015 – 2016", "Paramedicineruddannelsen"),
         I("2006 – 2009", "Ambulancebehandleruddannelsen (erhvervsuddannelse)")),
       S("auth", KV("Autorisation", "Autoriseret paramediciner (Styrelsen for Patientsikkerhed)")),
       S("cert", KV("Visitation", "Kursus i Dansk Indeks for Akuthjælp, marts 2024")),
       S("lang", KV("Modersmål", "Dansk"), KV("Engelsk", "Lytte C1 · Læse C1 · Tale B2 · Skrive B2"))),
    cv("annika-forsman.pdf", "sv", "pdf", "two-column", "MUMUNMX",
       "a Swede: 'Sjuksköterskeexamen (kandidatexamen i omvårdnad, 180 hp)' is the same education, "
       "'Sjuksköterska, akutmottagningen, Skarelunds lasarett' since '2016-09 – nu', 'Engelska – mycket god i "
       "tal och skrift'; but the Danish authorisation is 'ansökan inlämnad september 2026, under handläggning', "
       "no Dansk Indeks course is shown, and 'Danska – förstår bra, talar och skriver med viss hjälp' is below "
       "fluent",
       "Annika Forsman", "Sjuksköterska, akutmottagning",
       S("contact", L("Tel. 0980-437 612"), L("annika.forsman@example.se"), L("Skarelund, Sverige")),
       S("auth", L("Svensk legitimation som sjuksköterska (2016)"),
         L("Dansk autorisation: ansökan inlämnad september 2026, under handläggning"), side=True),
       S("lang", L("Svenska – modersmål"), L("Engelska – mycket god i tal och skrift"),
         L("Danska – förstår bra, talar och skriver med viss hjälp")),
       S("profile", "Akutsjuksköterska med tio års erfarenhet. Jag flyttar till Sjapperup nästa år och vill "
                    "arbeta med telefonvisitation."),
       S("exp",
         I("2016-09 – nu", "Sjuksköterska, akutmottagningen, Skarelunds lasarett",
           "Triage, akut omhändertagande och traumalarm"),
         I("2013 – 2016", "Undersköterska (extra), Skarelunds lasarett")),
       S("edu", I("2013 – 2016", "Sjuksköterskeexamen (kandidatexamen i omvårdnad, 180 hp), Skarelunds "
                                 "högskola")),
       S("cert", L("HLR-instruktör, 2022"), side=False),
       order="left-first"),
    cv("sofie-hyllested.txt", "da", "txt", "badly-written", "MMUNMMX",
       "badly written: 'færdig som sygeplejerske i januar 2023' with 'min autorisation samme måned', 'Dansk er "
       "mit modersmål og engelsk taler og skriver jeg fint'; but intensive care only 'siden februar 2024' (two "
       "years and ten months; the medical ward before does not count), and 'Jeg har ikke taget kurset i Dansk "
       "Indeks endnu'",
       raw="""
Sofie Hyllested
tlf 12 48 93 53
sofie.hyllested@example.dk

Hej
Jeg blev færdig som sygeplejerske i januar 2023 (professionsbachelor fra Professionshøjskolen i Sjapperup) og fik min autorisation samme måned.
Første år arbejdede jeg på medicinsk afdeling, og siden februar 2024 har jeg været på intensiv i Rimhøj.
Jeg har ikke taget kurset i Dansk Indeks endnu, men det tager jeg gerne.
Dansk er mit modersmål og engelsk taler og skriver jeg fint.
Nattevagter er ikke noget problem.
"""),
    cv("kristin-holmedal.docx", "nb", "docx", "dates-after", "MMMMMMX",
       "a Norwegian in Denmark: 'Bachelor i sykepleie' is the same education, 'Dansk autorisation som "
       "sygeplejerske, Styrelsen for Patientsikkerhed (2025)', eight years as 'Sykepleier, akuttmottaket, Kuldebø "
       "sykehus' (then AMK and now an akutmodtagelse), 'Kurs i Norsk indeks for medisinsk nødhjelp' is the equivalent tool, "
       "'Dansk – flytende muntlig og skriftlig', 'Engelsk – godt'",
       "Kristin Holmedal", "Sykepleier / AMK-operatør",
       S("contact", L("Mobil +45 12 48 93 54"), L("kristin.holmedal@example.no"), L("Rimhøj, Danmark")),
       S("profile", "Sykepleier med akuttmottak og seks år som operatør på AMK-sentral. Bosatt i Danmark siden "
                    "2025."),
       S("exp",
         I("2025 – d.d.", "Sykepleier (vikar), akutmodtagelsen, Rimhøj Sygehus"),
         I("2019 – 2025", "AMK-operatør, AMK-sentralen i Hoggerdal",
           "Mottak av 113-anrop og medisinsk nødmeldetjeneste", "Utalarmering av ambulanse og luftambulanse"),
         I("2011 – 2019", "Sykepleier, akuttmottaket, Kuldebø sykehus")),
       S("edu", I("2008 – 2011", "Bachelor i sykepleie, Høgskolen i Kuldebø")),
       S("auth", L("Norsk autorisasjon som sykepleier (2011)"),
         L("Dansk autorisation som sygeplejerske, Styrelsen for Patientsikkerhed (2025)")),
       S("cert", L("Kurs i Norsk indeks for medisinsk nødhjelp, 2019")),
       S("lang", L("Norsk – morsmål"), L("Dansk – flytende muntlig og skriftlig"), L("Engelsk – godt"))),
)


# ===========================================================================
# 5. en: Mobile crane operator
# ===========================================================================

job(
    "mobile-crane-operator",
    "Mobile Crane Operator – Lysvollen Kran og Løft AS, Norway (permanent, travel within the region)", "en",
    "mobile crane operator",
    [
        ("Valid Norwegian certificate of competence (kompetansebevis) for mobile cranes, class G4", "certificate"),
        ("Trade certificate as crane operator (fagbrev i kranførerfaget) or equivalent", "education"),
        ("Minimum 5 years of experience operating mobile cranes", "experience"),
        ("Driving licence class C", "driving_licence"),
        ("Completed slinger/signaller training (anhuker, G11)", "certificate"),
        ("Good spoken English", "language"),
        ("You must be willing to work away from home for periods and pass a medical check", "manual"),
    ],
    cv("oddvar-tangvald.pdf", "en", "pdf", "right-dates", "MMMMMMX",
       "a Norwegian writing in English: 'Certificate of competence (kompetansebevis) G4 mobile crane, G8 lorry "
       "crane, G11 slinger/signaller', 'Trade certificate, crane operator (fagbrev i kranførerfaget)', 'Mobile "
       "crane operator, Skavlanes Kranservice AS' since '03/2012 – present', 'Driving licence: B, BE, C, CE', "
       "'English – fluent'",
       "Oddvar Tangvald", "Mobile crane operator",
       S("contact", L("Mobile +47 123 97 821"), L("oddvar.tangvald@example.no"), L("Skavlanes, Norway")),
       S("profile", "Mobile crane operator with fourteen years on all-terrain cranes up to 200 tonnes: wind "
                    "turbines, bridge beams and precast concrete."),
       S("exp",
         I("03/2012 – present", "Mobile crane operator, Skavlanes Kranservice AS",
           "All-terrain cranes 60–200 t, lift planning and set-up", "Wind turbine assembly and bridge projects"),
         I("2009 – 03/2012", "Truck driver with lorry crane, Tjernmyra Transport AS")),
       S("edu", I("2011", "Trade certificate, crane operator (fagbrev i kranførerfaget)"),
         I("2005 – 2008", "Upper secondary school, construction and civil engineering")),
       S("cert", L("Certificate of competence (kompetansebevis) G4 mobile crane, G8 lorry crane, G11 "
                   "slinger/signaller"), L("ADR basic, 2020")),
       S("lic", L("Driving licence: B, BE, C, CE")),
       S("lang", L("Norwegian – native"), L("English – fluent")),
       date_first=True),
    cv("rune-kvalsoren.docx", "nb", "docx", "one-column", "MMMMMMX",
       "in bokmål: 'Kompetansebevis G4 (mobilkran) og G11 (anhuker)', 'Fagbrev i kranførerfaget', "
       "'Mobilkranfører, Lysvollen Løft AS' since 'sep. 2007 – d.d.' (the apprenticeship before does not count, "
       "and is not needed), 'Førerkort: B, C, CE', 'Engelsk – godt'",
       "Rune Kvalsøren", "Mobilkranfører",
       S("contact", L("Mobil 123 97 822"), L("rune.kvalsoren@example.no"), L("Lysvollen")),
       S("profile", "Kranfører med nesten tjue års erfaring på mobilkran. Trives med krevende løft, lange dager "
                    "og jobb rundt om i regionen."),
       S("exp",
         I("sep. 2007 – d.d.", "Mobilkranfører, Lysvollen Løft AS",
           "Mobilkraner 40–250 tonn, løfteplaner og rigging"),
         I("aug. 2005 – aug. 2007", "Lærling i kranførerfaget, Lysvollen Løft AS")),
       S("edu", I("2007", "Fagbrev i kranførerfaget"),
         I("2003 – 2005", "Vg1 og Vg2 bygg- og anleggsteknikk, Lysvollen videregående skole")),
       S("cert", L("Kompetansebevis G4 (mobilkran) og G11 (anhuker)"), L("Kurs i løfteplanlegging, 2019")),
       S("lic", L("Førerkort: B, C, CE")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – godt"))),
    cv("goran-hedlof.docx", "sv", "docx", "table", "UMMMUMX",
       "a Swede: 'Yrkesbevis mobilkranförare (TYA)' is the equivalent trade certificate, 'Mobilkranförare, "
       "Skarelund Lyft AB' since '2015-04 – nu', 'Körkort: B, C, CE', 'Engelska – god'; but 'Kranförarbevis "
       "mobilkran (TYA), 2015' and 'Lastkopplare/signalman (TYA), 2010' are Swedish certificates, not the "
       "Norwegian G4 and G11",
       "Göran Hedlöf", "Mobilkranförare",
       S("contact", L("Tel. 0980-437 613"), L("goran.hedlof@example.se"), L("Skarelund")),
       S("profile", "Mobilkranförare med elva år på kranar upp till 160 ton inom vindkraft och industri. Jag söker "
                    "jobb i Norge."),
       S("exp",
         I("2015-04 – nu", "Mobilkranförare, Skarelund Lyft AB",
           "Mobilkranar 50–160 ton, vindkraft och industrilyft"),
         I("2010-02 – 2015-03", "Lastbilschaufför med kran, Drivbacka Åkeri AB")),
       S("edu", I("2015", "Yrkesbevis mobilkranförare (TYA), efter lärlingstid")),
       S("cert", L("Kranförarbevis mobilkran (TYA), 2015"), L("Lastkopplare/signalman (TYA), 2010")),
       S("lic", L("Körkort: B, C, CE")),
       S("lang", L("Svenska – modersmål"), L("Engelska – god"), L("Norska – förstår bra"))),
    cv("marek-sobczak.txt", "en", "txt", "badly-written", "MUUMMMX",
       "broken English: 'kompetansebevis G4 and G11 i have from 2022', 'driving licence B and C', 'english "
       "good'; but mobile cranes only 'since march 2022' (four years and nine months; the tower crane years "
       "before are another machine), and 'no fagbrev' (a Polish vocational school is not shown to be "
       "equivalent)",
       raw="""
Marek Sobczak
tel +47 123 97 823
marek.sobczak@example.com
Hoggerdal

hello, i apply for the job mobile crane operator.
i work with mobile crane in Norway since march 2022 (Hoggerdal Kranutleie AS), 90 t and 130 t cranes.
before that 5 years tower crane operator on building sites in Poland.
kompetansebevis G4 and G11 i have from 2022.
no fagbrev, but i have 2 years vocational school for building machine operator in Poland.
driving licence B and C.
english good, norwegian a little.
"""),
    cv("nikolaj-sandholt.pdf", "da", "pdf", "two-column", "MUMMMMX",
       "a Dane working in Norway: 'Norsk kompetansebevis G4 og G11 (2019)', 'Mobilkranfører, Hagelbæk Kran "
       "ApS' and 'Mobilkranfører, Tjernmyra Kran AS (Norge)' since 2008, 'Kørekort: B, C, CE', 'Engelsk – "
       "godt'; but 'Svendebrev som anlægsstruktør' is a construction trade, not a crane operator certificate",
       "Nikolaj Sandholt", "Mobilkranfører",
       S("contact", L("Mobil +45 12 48 93 55"), L("nikolaj.sandholt@example.dk"), L("Hagelbæk")),
       S("lic", L("Kørekort: B, C, CE")),
       S("cert", L("Kranførercertifikat, mobilkran over 25 tm (2008)"), L("Norsk kompetansebevis G4 og G11 "
                                                                          "(2019)")),
       S("lang", L("Dansk – modersmål"), L("Engelsk – godt"), L("Norsk – forstår det meste")),
       S("profile", "Mobilkranfører med atten års erfaring i Danmark og Norge. Søger fast stilling i Norge."),
       S("exp",
         I("2019 – nu", "Mobilkranfører, Tjernmyra Kran AS (Norge)",
           "Mobilkraner op til 220 t, vindmøller og broelementer"),
         I("2008 – 2019", "Mobilkranfører, Hagelbæk Kran ApS")),
       S("edu", I("2005 – 2008", "Svendebrev som anlægsstruktør, Sjapperup Tekniske Skole")),
       order="rows"),
)


# ===========================================================================
# 6. nb: Begravelsesagent
# ===========================================================================

job(
    "begravelsesagent", "Begravelsesagent – Kuldebø og Omegn Begravelsesbyrå AS (fast 100 %)", "nb",
    "funeral director",
    [
        ("Bestått bransjeprøve for begravelsesagenter (Norges Begravelsesbyråers Forbund) eller tilsvarende",
         "certificate"),
        ("Minst to års erfaring fra arbeid i begravelsesbyrå", "experience"),
        ("Førerkort klasse B, og du må ha hatt førerkort i minst tre år", "driving_licence"),
        ("Svært gode norskkunnskaper, muntlig og skriftlig", "language"),
        ("Du må legge fram politiattest", "manual"),
    ],
    cv("bjorg-aasvangen.txt", "nb", "txt", "one-column", "MMMMX",
       "'Bransjeprøven for begravelsesagenter (NBF), bestått 2016', 'Begravelsesagent, Lysvollen "
       "Begravelsesbyrå AS' since '2015 – nå', 'Førerkort kl. B (2003)', 'Norsk – morsmål'",
       "Bjørg Aasvangen", "Begravelsesagent",
       S("contact", L("Mobil 123 97 826"), L("bjorg.aasvangen@example.no"), L("Kuldebø")),
       S("profile", "Begravelsesagent med elleve års erfaring. Jeg møter pårørende med ro og respekt og følger "
                    "dem fra første samtale til gravferden."),
       S("exp",
         I("2015 – nå", "Begravelsesagent, Lysvollen Begravelsesbyrå AS",
           "Samtaler med pårørende, planlegging og gjennomføring av seremonier",
           "Henting og stell av avdøde, kjøring av bårebil"),
         I("2008 – 2015", "Resepsjonist, Kuldebø Hotell")),
       S("cert", L("Bransjeprøven for begravelsesagenter (NBF), bestått 2016")),
       S("lic", L("Førerkort kl. B (2003)")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – godt")),
       sep=" | "),
    cv("mathias-sten.docx", "nb", "docx", "bold-headings", "UUMMX",
       "a trainee: 'Begravelsesagent under opplæring, Hoggerdal Begravelsesbyrå AS' since 'mars 2025 – d.d.' "
       "(one year and nine months) and 'Oppmeldt til bransjeprøven i april 2027'; 'Førerkort klasse B "
       "(2016)', 'Norsk – morsmål'",
       "Mathias Sten", "Begravelsesagent under opplæring",
       S("contact", L("Mobil 123 97 827"), L("mathias.sten@example.no"), L("Hoggerdal")),
       S("profile", "Jeg har funnet yrket mitt i begravelsesbransjen etter mange år i varehandelen, og ønsker "
                    "nå en fast stilling."),
       S("exp",
         I("mars 2025 – d.d.", "Begravelsesagent under opplæring, Hoggerdal Begravelsesbyrå AS",
           "Samtaler med pårørende sammen med erfaren agent", "Stell av avdøde og praktisk arbeid ved "
                                                                "seremonier"),
         I("2012 – 2025", "Butikkmedarbeider og assisterende butikksjef, Hoggerdal Interiør")),
       S("cert", L("Oppmeldt til bransjeprøven i april 2027")),
       S("lic", L("Førerkort klasse B (2016)")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – godt"))),
    cv("synnove-tverra.pdf", "nn", "pdf", "two-column", "MMMMX",
       "in nynorsk: 'Bransjeprøva for begravelsesagentar (NBF), 2020', 'Gravferdsrådgivar, Hoggerdal Gravferd "
       "AS' since '03/2019 – d.d.' (the years as kyrkjetenar before do not count, and are not needed), "
       "'Førarkort B (sidan 2012)', 'Norsk – morsmål (nynorsk og bokmål)'",
       "Synnøve Tverrå", "Gravferdsrådgivar",
       S("contact", L("Mobil 123 97 828"), L("synnove.tverra@example.no"), L("Hoggerdal")),
       S("lic", L("Førarkort B (sidan 2012)")),
       S("cert", L("Bransjeprøva for begravelsesagentar (NBF), 2020")),
       S("lang", L("Norsk – morsmål (nynorsk og bokmål)"), L("Engelsk – god")),
       S("profile", "Gravferdsrådgivar med snart åtte års erfaring frå byrå i distriktet. Eg har også ansvar "
                    "for minnesider og samarbeidet med kyrkjelydane."),
       S("exp",
         I("03/2019 – d.d.", "Gravferdsrådgivar, Hoggerdal Gravferd AS",
           "Samtalar med pårørande, seremoniar og praktisk gravferdsarbeid"),
         I("2014 – 2019", "Kyrkjetenar, Hoggerdal kyrkjelege fellesråd")),
       S("edu", I("2010 – 2013", "Helse- og oppvekstfag, Tjernmyra vidaregåande skule")),
       order="right-first"),
    cv("henning-solum.pdf", "nb", "pdf", "dates-after", "MMUMX",
       "'Bransjeprøven for begravelsesagenter, bestått mai 2024', 'Begravelsesagent, Tjernmyra Begravelsesbyrå "
       "AS' since 'jan. 2023 – d.d.', 'Norsk – morsmål'; but 'Førerkort klasse B (tatt juni 2024)' is two "
       "years and five months, not three",
       "Henning Solum", "Begravelsesagent",
       S("contact", L("Mobil 123 97 829"), L("henning.solum@example.no"), L("Tjernmyra")),
       S("profile", "Begravelsesagent med nesten fire års erfaring. Før det drev jeg blomsterbutikk og laget "
                    "kranser og bårebuketter."),
       S("exp",
         I("jan. 2023 – d.d.", "Begravelsesagent, Tjernmyra Begravelsesbyrå AS",
           "Samtaler med pårørende, seremonier, dokumenter og annonser"),
         I("2015 – 2022", "Butikksjef, Tjernmyra Blomster")),
       S("cert", L("Bransjeprøven for begravelsesagenter, bestått mai 2024")),
       S("lic", L("Førerkort klasse B (tatt juni 2024)")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – godt"))),
    cv("hanne-vestergaard.docx", "da", "docx", "one-column", "MMMMX",
       "a Dane in Norway: 'Bedemandsuddannelsen (Danske Bedemænd), 2013' is the Danish funeral director "
       "examination that \"eller tilsvarende\" lets in, 'Bedemand, Rimhøj Begravelsesforretning' and "
       "'Begravelsesagent, Skavlanes Begravelsesbyrå AS (Norge)' since 2011, 'Kørekort: B (1998)', 'Norsk – "
       "flydende i tale og skrift'",
       "Hanne Vestergaard", "Bedemand / begravelsesagent",
       S("contact", L("Mobil +47 123 97 830"), L("hanne.vestergaard@example.dk"), L("Skavlanes, Norge")),
       S("profile", "Bedemand med femten års erfaring, de seneste seks i Norge. Jeg lægger vægt på tryghed og "
                    "omsorg for de efterladte."),
       S("exp",
         I("2020 – nu", "Begravelsesagent, Skavlanes Begravelsesbyrå AS (Norge)",
           "Samtaler med pårørende, seremonier og transport af afdøde"),
         I("2011 – 2020", "Bedemand, Rimhøj Begravelsesforretning")),
       S("edu", I("2012 – 2013", "Bedemandsuddannelsen (Danske Bedemænd), 2013")),
       S("lic", L("Kørekort: B (1998)")),
       S("lang", L("Dansk – modersmål"), L("Norsk – flydende i tale og skrift (bosat i Norge siden 2020)"),
         L("Engelsk – godt"))),
)



# --------------------------------------------------------------------------
# The README's closing sections, written by hand
# --------------------------------------------------------------------------

HARD_CASES = [
    "### Hard cases, on purpose",
    "",
    "Education: a fagbrev som flislegger (also as a practice candidate, in English), a Swedish",
    "yrkesbevis as plattsättare, an apprentice who \"skal opp til fagprøven i mars 2027\"; a fagbrev",
    "as VA-operatør, a fagbrev i prosessfaget, a Danish procesoperatør svendebrev and an apprentice",
    "whose \"Fagprøva er planlagd hausten 2027\"; a Danish professionsbachelor i sygepleje, a Swedish",
    "sjuksköterskeexamen, a Norwegian bachelor i sykepleie and the Danish paramedicineruddannelse;",
    "a fagbrev i kranførerfaget (also in English), a Swedish TYA yrkesbevis, a Danish svendebrev as",
    "anlægsstruktør and \"no fagbrev\" with a Polish vocational school.",
    "Certificates: the FFV våtromssertifikat against the Swedish BKR våtrumsbehörighet and a",
    "course \"men har ikke tatt eksamen ennå\"; Norsk Vann's driftsoperatørkurs for vassforsyning",
    "against the one for avløp, a Danish DANVA course and a course only signed up for; SSSR steg 3,",
    "a Norwegian skilærer trinn 2, BASI Level 2 and \"steg 2 är bokad\"; first aid with HLR within",
    "two years (\"november 2025\", \"januar 2026\", \"mars 2025\") against \"Oct 2023\" and \"i nian\"; Dansk",
    "Indeks for Akuthjælp against the Norwegian index and \"Jeg har ikke taget kurset\"; the",
    "Norwegian kompetansebevis G4 and G11 against the Swedish TYA kranförarbevis and",
    "lastkopplare; the NBF bransjeprøve against the Danish bedemandsuddannelse and a test",
    "\"Oppmeldt\" for April 2027.",
    "Authorisations: Danish authorisations of nurses and a paramedic, a Norwegian nurse who has",
    "the Danish one, and a Swedish legitimation with the Danish one \"under handläggning\".",
    "Experience: thirteen years as flislegger against two years and four months after the",
    "apprenticeship; vassverk and an avløpsrenseanlegg against an apprenticeship; ski seasons",
    "written as one range, as three entries and as \"vintern 2025/26\" after a winter as",
    "hjälpinstruktör; akutmodtagelse, ambulance service and AMK against intensive care since",
    "February 2024 after a medical ward; mobile cranes since 2007, 2008, 2012 and 2015 against",
    "four years and nine months after tower cranes; funeral homes (begravelsesagent,",
    "gravferdsrådgivar, bedemand) against a trainee since March 2025.",
    "Licences: B against \"B og BE\", \"B, C1\", a Polish licence exchanged for a Norwegian one and",
    "\"Eg har ikkje førarkort enno\"; C against \"B, C, CE\" and \"B and C\"; B held three years",
    "against \"(2003)\", \"(sidan 2012)\", \"(1998)\" and \"(tatt juni 2024)\".",
    "Languages: \"Norwegian – B2 (Norskprøven, 2019)\", \"Norska – talar och skriver obehindrat\",",
    "\"Norsk – forstår godt, taler lidt\", \"Swedish – basic (A2)\", \"Danska – förstår bra, talar och",
    "skriver med viss hjälp\", \"Dansk – flytende muntlig og skriftlig\", \"Norsk – flydende i tale og",
    "skrift\"; CEFR grids (Swedish \"Muntlig interaktion C1\", Danish \"Tale B2 · Skrive B2\");",
    "\"engelska kan jag bra\" and \"english good\"; Norwegian for \"svenska eller ett annat",
    "skandinaviskt språk\".",
    "Dates: \"d.d.\", \"nå\", \"nu\", \"present\", \"sedan\" and \"sidan\", \"dec 2019 – apr 2026 (säsong)\",",
    "\"12.2021 – 04.2026\", \"des. 2020 – apr. 2026\", \"03/2012\", \"03/2019\", \"2019-06\", \"Sep 2016\",",
    "\"sep. 2007\", \"jan. 2023\", \"mars 2025\", \"siden februar 2024\", \"since march 2022\", \"förra",
    "säsongen\", \"hausten 2027\".",
    "Badly written TXT CVs in nynorsk, Swedish, Danish and broken English, a prose CV without",
    "headings in bokmål, Europass DOCX and PDF, table, bold-heading, dates-after and one-column",
    "DOCX, a dates-after PDF, right-aligned dates (one CV with them written first in the stream),",
    "and all three column orders.",
    "",
    "### Labelling decisions specific to this set",
    "",
    "The conventions of `eval/README.md` apply. In addition:",
    "",
    "- **Flislegger**: a Swedish yrkesbevis as plattsättare is the same trade at the same level",
    "  (`met`), and so is a fagbrev taken as a practice candidate. The line on wet rooms says",
    "  \"eller tilsvarende\": a Swedish wet-room authorisation under Byggkeramikrådets",
    "  branschregler is such an equivalent (`met`); a course without its exam is not. Years as an",
    "  apprentice do not count, so two years and four months after the fagbrev are too few.",
    "  Norwegian B2 is \"gode norskkunnskaper\".",
    "- **Driftsoperatør vassverk**: a Danish procesoperatør is the same trade as the fagbrev i",
    "  prosessfaget. The Norsk Vann course for avløp is another course than the one for",
    "  vassforsyning (`unclear`); the Danish course for waterworks staff is \"tilsvarande\"",
    "  (`met`). \"Eg har ikkje førarkort enno\" contradicts the licence line (`not_met`); \"taler",
    "  lidt\" is below \"godt munnleg\" (`not_met`).",
    "- **Skidlärare**: a Norwegian skilærer trinn 2 and a British BASI Level 2 are read as",
    "  \"motsvarande\" SSSR steg 2. A season is a winter at a ski school; a winter as",
    "  hjälpinstruktör is not a season as skidlärare. The HLR line counts from 2024-12-01: October",
    "  2023 is too old (`unclear`). Norwegian meets \"ett annat skandinaviskt språk\"; Swedish",
    "  \"basic (A2)\" does not (`not_met`).",
    "- **AMK-visitator**: a Norwegian bachelor i sykepleie and a Swedish sjuksköterskeexamen are",
    "  the same education (`met`), but only a Danish authorisation meets line 2; an application",
    "  \"under handläggning\" is `unclear`. The Norwegian index for medical emergencies is the",
    "  \"tilsvarende visitationsværktøj\" (`met`). A medical ward does not count towards the three",
    "  years. \"Flydende\" / \"flytende\" in speech and writing meets \"flydende dansk\"; \"skriver med",
    "  viss hjälp\" does not (`not_met`).",
    "- **Mobile crane operator**: the ad asks for the Norwegian kompetansebevis G4 and the G11",
    "  slinger training, so the Swedish TYA kranförarbevis and lastkopplare training are another",
    "  country's scheme (`unclear`); a Swedish TYA yrkesbevis as mobilkranförare is an equivalent",
    "  trade certificate (`met`), a Danish anlægsstruktør or a Polish vocational school is not",
    "  shown to be one (`unclear`). Tower cranes and lorry cranes do not count as mobile cranes.",
    "- **Begravelsesagent**: the Danish bedemandsuddannelse is \"tilsvarende\" (`met`); a test one is",
    "  signed up for is not. A trainee in a funeral home works there, but one year and nine months",
    "  are too few. \"Hatt førerkort i minst tre år\" counts from the year or month the CV gives;",
    "  June 2024 is too recent (`unclear`). \"Flydende i tale og skrift\" is read as \"svært gode\".",
    "",
]


# --------------------------------------------------------------------------
# Checks of our own (on top of make_eval.check_data)
# --------------------------------------------------------------------------

EARLIER = (me.JOBS + mh.JOBS + mh2.JOBS + mh3.JOBS + mh4.JOBS + mh5.JOBS + mh6.JOBS + mh7.JOBS + mh8.JOBS
           + mh9.JOBS + mh10.JOBS + mh11.JOBS + mh12.JOBS + mh13.JOBS + mh14.JOBS + mh15.JOBS + mh16.JOBS
           + mh17.JOBS + mh18.JOBS + mh19.JOBS + mh20.JOBS + mh21.JOBS + mh22.JOBS + mh23.JOBS + mh24.JOBS
           + mh25.JOBS + mh26.JOBS + mh27.JOBS + mh28.JOBS)
PHONE = re.compile(r"\+?\d[\d \-]{5,}\d")


def phones(text: str) -> set[str]:
    """Digit strings of phone-like runs (8 digits or more; the last 8 digits, so a country code does not matter)."""
    out = set()
    for m in PHONE.findall(text):
        digits = re.sub(r"\D", "", m)
        if len(digits) >= 8:
            out.add(digits[-8:])
    return out


def check_holdout29() -> None:
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
        "# Sikte's twenty-ninth held-out evaluation set",
        "",
        f"{len(JOBS)} fictional jobs and {n_all} fictional CVs, labelled by hand requirement by",
        "requirement, in the same layout and job-file format as `eval/` (see `eval/README.md`",
        "for the format, the label meanings and the labelling conventions). It is the thirtieth",
        "labelled set and exists to measure accuracy again on CVs the rules were never tuned on.",
        "It was written blind: without reading Sikte's rules, code, tests, docs or data tables,",
        "without running Sikte on it and without looking at any Sikte output, and no label was",
        "ever set from Sikte's output. The only files read were `eval/README.md` (format, label",
        "meanings, conventions), the script of `eval-holdout28/` (`make_holdout28.py`, as the",
        "template for this script's structure; it also defines the CVs of `eval-holdout28/`) and",
        "the shared code of `make_eval.py`, `make_holdout.py` and `scripts/fixtures/cvlib.py` (the",
        "CV definitions of `eval/` and `eval-holdout/` in the first two were skipped). The scripts",
        "`make_holdout2.py` ... `make_holdout28.py` are imported only to refuse their people, slugs,",
        "towns, e-mail addresses, phone numbers and professions (`make_holdout2.py` ...",
        "`make_holdout27.py` were not read), and no CV folder of an earlier set was opened. Every CV",
        "x requirement is labelled with what a careful, fair Nordic recruiter concludes on",
        f"{TODAY} (the `today` of every job file, which closes open ranges such as \"d.d.\", \"nå\",",
        "\"nu\" and \"present\").",
        "",
        "Its professions are tiler (flislegger, fagbrev and wet-room certificate), water treatment",
        "operator (driftsoperatør at a municipal vassverk), ski instructor (skidlärare at a Swedish",
        "ski school), emergency medical dispatcher (sundhedsfaglig visitator at a Danish",
        "AMK-vagtcentral), mobile crane operator (Norwegian kompetansebevis G4) and funeral",
        "director (begravelsesagent). The script's profession check confirms that no earlier set",
        "names any of them, so no profession is let through by name. Keep the set held out: do not",
        "tune rules on these CVs; once a rule changes because of a disagreement found here, the",
        "set is no longer held out, and its figures become a regression check.",
        "",
        "Everything here is invented for Sikte: people, employers, schools, towns",
        f"({TOWNS}), e-mail addresses (`example.*`) and phone numbers (unreal",
        "ranges: `123 97 8xx` in Norway, `0980-437 6xx` in Sweden, `12 48 93 5x` in Denmark and the",
        "UK drama range `07700 900 95x`). Nothing is copied from `/work/shared/corpus`, from the",
        "earlier sets or from any real CV or job ad. Authority, body, scheme, course, test and",
        "product names in CVs and ads (Fagrådet for våtrom, Byggkeramikrådet, Norskprøven, Norsk",
        "Vann, DANVA, SSSR, Norges Skiforbund, BASI, Röda korset and Norsk Folkehjelp, Styrelsen for",
        "Patientsikkerhed, Dansk Indeks for Akuthjælp, Norsk indeks for medisinsk nødhjelp, TYA,",
        "Norges Begravelsesbyråers Forbund, Danske Bedemænd, CEFR) are named as real ads and CVs",
        "name them.",
        "Licence: the same as the project (MIT OR Apache-2.0).",
        "",
        "The format is the one of `eval/`, so Sikte's evaluator reads this folder as it reads",
        "`eval/`; report its figures for each set separately.",
        "",
        "## Regenerate, never edit",
        "",
        "```sh",
        f"python3 {SCRIPT}            # (re)writes eval-holdout29/, removes stale files",
        f"python3 {SCRIPT} --verify   # generates twice elsewhere: byte-identical, and eval-holdout29/ fresh?",
        "```",
        "",
    ]
    extra = [
        "It also refuses an e-mail address or phone number that an earlier set's CVs use, a town of",
        "this set that an earlier set's CVs mention, a profession an earlier set names, and a stray",
        "single quote in a `why`.",
        "",
    ]
    return "\n".join(out + mh.script_paragraph(29) + extra + mh.jobs_and_figures(JOBS, HARD_CASES))


# --------------------------------------------------------------------------
# Writing and checking
# --------------------------------------------------------------------------


def main(argv: list[str]) -> int:
    check_holdout29()
    return mh.run_set(argv, OUT, JOBS, SCRIPT, readme, __doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
