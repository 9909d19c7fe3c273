#!/usr/bin/env python3
"""Write Sikte's fourth held-out evaluation set: eval-holdout4/README.md, jobs/<job>.toml, cvs/<job>/<file>.

    python3 scripts/eval/make_holdout4.py            # (re)write eval-holdout4/
    python3 scripts/eval/make_holdout4.py --verify   # generate twice in temporary folders and check both
                                                     # runs and eval-holdout4/ are byte-identical

A fifth labelled set in the same layout and job-file format as eval/,
eval-holdout/, eval-holdout2/ and eval-holdout3/, so that accuracy can be
measured on CVs the rules were never tuned on. Six fictional jobs in common
professions that no earlier set uses (plumber nb, industrial mechanic nn,
childcare worker sv, occupational therapist da, IT support technician en,
social worker sv) with 6-7 requirement lines each, and 5-6 fictional CVs per
job in TXT, DOCX and PDF (one and two columns), in bokmål, nynorsk, Swedish,
Danish and English.

The set was written without reading Sikte's rules, without reading the CVs of
eval/, eval-holdout/, eval-holdout2/ or eval-holdout3/, and without running
Sikte on it. Every CV x requirement is labelled by hand with what a careful,
fair recruiter concludes on TODAY, under the conventions of eval/README.md
(met, not_met, unclear, manual). Never adjust a label to Sikte's output.

It reuses make_eval.py (the CV model S/L/I/KV/cv, the renderers, the job-file
writer and its checks), make_holdout.py (plain_text, the e-mail pattern) and
scripts/fixtures/cvlib.py, and refuses: what make_eval.py refuses, a fragment
quoted with single quotes in a `why` that is not in the CV, an e-mail address
outside example.*, and any job slug, person or town of eval/, eval-holdout/,
eval-holdout2/ or eval-holdout3/. Python 3.11 standard library only. Every
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
from make_eval import CV, I, KV, L, S, cv  # noqa: E402

cvlib = me.cvlib
ROOT = me.ROOT
OUT = os.path.join(ROOT, "eval-holdout4")
SCRIPT = "scripts/eval/make_holdout4.py"
TODAY = me.TODAY  # 2026-11-27, written into every job file

# Towns of eval/, eval-holdout/, eval-holdout2/ and eval-holdout3/; none may appear here.
USED_TOWNS = mh3.USED_TOWNS + ("Fossmork", "Gjeldvik", "Lauvrud", "Brattøyra", "Tjärnby", "Ravnsjö", "Granhamra",
                               "Mosbølle", "Tornkær", "Hvedslund", "Kestrelford")
TOWNS = "Ospevik, Rimdal, Kvernhaug, Lyngstø and Hovdeland in Norway; Brännvik, Ormsjö and Videbäck in " \
        "Sweden; Klintrup, Hylleskov and Egebølle in Denmark; Marshbury, Pilecko, Kharnivka, Velankad and " \
        "Koivuranta abroad"

JOBS: list[me.Job] = []


def job(slug, title, lang, profession, reqs: list[tuple[str, str]], *cvs: CV) -> None:
    JOBS.append(me.Job(slug, title, lang, profession, [r for r, _ in reqs], [k for _, k in reqs], list(cvs)))


# ===========================================================================
# 1. nb: Rørlegger
# ===========================================================================

job(
    "rorlegger", "Rørlegger til service og rehabilitering", "nb", "plumber",
    [
        ("Fagbrev som rørlegger", "education"),
        ("Minimum 3 års erfaring som rørlegger", "experience"),
        ("Våtromssertifikat", "certificate"),
        ("Førerkort klasse B", "driving_licence"),
        ("Gode norskkunnskaper muntlig og skriftlig", "language"),
        ("Kjennskap til SmartDok", "must_mention"),
        ("Må kunne delta i vaktordning", "manual"),
    ],
    cv("sindre.txt", "nb", "txt", "one-column", "MMMMMMX",
       "Fagbrev 2017 and rørlegger since 2017 (the lærling years are not needed); 'Våtromskurs med eksamen, "
       "Fagrådet for våtrom (FFV), 2020' is the våtromssertifikat; 'Klasse B og BE'; 'Timer og sjekklister i "
       "SmartDok'; a hard-wrapped profile",
       "Sindre Østmoe", "Rørleggersvenn – service, bad og varme",
       S("contact", "Lyngstø · 123 46 102 · sindre.ostmoe@example.no"),
       S("profile", "Rørlegger med fagbrev og ni år i faget, mest service og baderomsrehabilitering\n"
                    "for privatkunder og borettslag. Vant til å kjøre servicebil alene og ta\n"
                    "hastejobber på kveldstid."),
       S("exp",
         I("2019 – d.d.", "Rørlegger, Ospevik Rør og Varme AS",
           "Service, lekkasjer, varmepumper og vannbåren varme",
           "Totalrehabilitering av bad, membran og sluk",
           "Timer og sjekklister i SmartDok"),
         I("2017 – 2019", "Rørlegger, Hovdeland VVS AS", "Nybygg, rørføring i boligblokker"),
         I("2015 – 2017", "Lærling, Hovdeland VVS AS")),
       S("edu",
         I("2017", "Fagbrev i rørleggerfaget"),
         I("2013 – 2015", "Rimdal videregående skole, Vg1 bygg- og anleggsteknikk og Vg2 rørlegger")),
       S("cert", L("Våtromskurs med eksamen, Fagrådet for våtrom (FFV), 2020"), L("Varme arbeider, 2024")),
       S("lic", "Klasse B og BE"),
       S("lang", KV("Norsk", "morsmål"), KV("Engelsk", "godt")),
       bullet="* ", indent=2),
    cv("marek.pdf", "en", "pdf", "two-column", "MMMMNMX",
       "Norwegian fagbrev as 'praksiskandidat'; plumber since 2009 in Poland and Norway; the FFV wet room "
       "certificate; licence B; Norwegian 'writing B1' is below the good written Norwegian asked for (not_met); "
       "SmartDok",
       "Marek Zielinski", "Plumber (rørlegger) with Norwegian trade certificate",
       S("contact", "Kvernhaug, Norway", "marek.zielinski@example.com", "+47 123 46 117"),
       S("lic", "B (Polish licence exchanged for a Norwegian one, 2019)"),
       S("lang", KV("Polish", "native"), KV("Norwegian", "speaking B2, writing B1 (Norskprøven 2023)"),
         KV("English", "B2")),
       S("cert", L("Wet room certificate (FFV), 2022")),
       S("skills", L("SmartDok, Cordel"), L("PEX and copper, press fittings"), L("Heat pumps, floor heating")),
       S("profile", "Plumber since 2009. I came to Norway in 2018 and took the Norwegian trade certificate as "
                    "a practice candidate in 2021."),
       S("exp",
         I("2018 – present", "Plumber, Kvernhaug Rørservice AS", "Service and bathroom renovation",
           "Daily reports and checklists in SmartDok"),
         I("2009 – 2018", "Hydraulik (plumber), Instal-Pilecko, Poland",
           "Heating and water installations in new apartment buildings")),
       S("edu",
         I("2021", "Fagbrev som rørlegger (praksiskandidat), Norway"),
         I("2006 – 2009", "Technical vocational school, Pilecko: plumbing installer")),
       order="left-first"),
    cv("patrik.docx", "sv", "docx", "table", "UMUMUMX",
       "'Yrkesbevis VVS-montör' is the Swedish scheme, not a Norwegian fagbrev (unclear); VVS-montör since "
       "2011; 'Säker Vatten' is the Swedish wet-room scheme, not the Norwegian våtromssertifikat; Norwegian "
       "'förstår och talar' shows no writing; SmartDok at the Norwegian firm",
       "Patrik Ekholm", "VVS-montör med yrkesbevis",
       S("contact", "Brännvik, Sverige · patrik.ekholm@example.se · 031-390 06 21"),
       S("profile", "Jag är VVS-montör sedan 2011 och har sedan 2023 pendlat till jobb i Norge. Söker nu fast "
                    "tjänst på norska sidan."),
       S("exp",
         I("2023 – nu", "VVS-montör (inhyrd), Ospevik Rør og Varme AS, Norge",
           "Service och badrum, tidrapportering i SmartDok"),
         I("2011 – 2023", "VVS-montör, Brännviks Rör & Värme AB", "Installation och service i villor och flerbostadshus")),
       S("edu",
         I("2013", "Yrkesbevis VVS-montör (VVS-branschens yrkesnämnd)"),
         I("2008 – 2011", "VVS- och fastighetsprogrammet, Brännviks gymnasium")),
       S("cert", L("Säker Vatten – behörig VVS-montör (2019)"), L("Heta arbeten (2024)")),
       S("lic", "B"),
       S("lang", KV("Svenska", "modersmål"), KV("Norska", "förstår och talar"), KV("Engelska", "bra"))),
    cv("aurora.pdf", "nb", "pdf", "right-dates", "MUMMMMX",
       "Fagbrev 2024, but rørlegger only from 'aug. 2024 – d.d.' (28 months); the lærling years and the shop "
       "job do not count; FFV wet-room course; B; SmartDok",
       "Aurora Nygaard Brekke", "Rørlegger",
       S("contact", "Rimdal | aurora.brekke@example.no | 123 46 124"),
       S("profile", "Fikk fagbrevet sommeren 2024 og har jobbet som rørlegger siden. Liker service og "
                    "feilsøking på varmeanlegg."),
       S("exp",
         I("aug. 2024 – d.d.", "Rørlegger, Rimdal Rørleggerbedrift AS", "Service, varmeanlegg og bad",
           "Bruker SmartDok til timer, avvik og egenkontroll"),
         I("aug. 2022 – jun. 2024", "Lærling i rørleggerfaget, Rimdal Rørleggerbedrift AS"),
         I("2019 – 2022", "Butikkmedarbeider (deltid), Rimdal Jernvare")),
       S("edu",
         I("2024", "Fagbrev rørlegger"),
         I("2020 – 2022", "Vg1 bygg- og anleggsteknikk og Vg2 rørlegger, Rimdal vgs")),
       S("cert", L("Våtromskurs FFV, bestått 2025")),
       S("lic", "Førerkort B"),
       S("lang", KV("Norsk", "morsmål"), KV("Engelsk", "flytende"))),
    cv("ola.docx", "nn", "docx", "bold-headings", "MMMMMMX",
       "Nynorsk: 'Fagbrev i røyrleggarfaget', røyrleggar since 2009, 'Våtromskurs, Fagrådet for våtrom – "
       "fornya 2024', 'Førarkort klasse B', SmartDok",
       "Ola Tveitane", "Røyrleggar",
       S("contact", "Hovdeland · ola.tveitane@example.no · 123 46 131"),
       S("profile", "Røyrleggar med lang fartstid frå både nybygg og service. Eg har servicebil og vakttelefon "
                    "annakvar veke."),
       S("exp",
         I("2014 – no", "Røyrleggar og servicemontør, Tveitane Røyr AS, Hovdeland",
           "Lekkasjar, varmtvassberedarar, bad", "Timeføring og FDV i SmartDok"),
         I("2009 – 2014", "Røyrleggar, Lyngstø Byggrøyr AS"),
         I("2007 – 2009", "Lærling, Lyngstø Byggrøyr AS")),
       S("edu",
         I("2009", "Fagbrev i røyrleggarfaget"),
         I("2005 – 2007", "Hovdeland vidaregåande skule, byggfag")),
       S("cert", L("Våtromskurs, Fagrådet for våtrom – fornya 2024"), L("Varme arbeid")),
       S("lic", "Førarkort klasse B"),
       S("lang", KV("Norsk", "morsmål (nynorsk og bokmål)"), KV("Engelsk", "godt"))),
    cv("vytautas.txt", "nb", "txt", "badly-written", "UMUNNUX",
       "A vocational school in Lithuania and no Norwegian fagbrev, with no \"eller tilsvarende\" in the ad "
       "(unclear); rørlegger since 2012; no wet-room certificate; 'førerkort har ikke'; 'skriver litt' is below "
       "good written Norwegian; no SmartDok",
       "Vytautas Gervė",
       raw="""Vytautas Gervė
rørlegger
tlf 123 46 148 epost vytautas.gerve@example.net

jeg har jobbet som rørlegger fra 2012 til 2019 i litauen og fra 2019 i norge hos Lyngstø VVS, mest bad og kjøkken og service.
utdanning yrkesskole i litauen 3 år santechnikas (rørlegger) ferdig 2012
førerkort har ikke
norsk snakker bra men skriver litt
litauisk og russisk
"""),
)


# ===========================================================================
# 2. nn: Industrimekanikar
# ===========================================================================

job(
    "industrimekanikar", "Industrimekanikar til vedlikehaldsavdelinga", "nn", "industrial mechanic",
    [
        ("Fagbrev som industrimekanikar", "education"),
        ("Minst 2 års erfaring frå mekanisk vedlikehald i industrien", "experience"),
        ("Truckførarbevis klasse T4", "certificate"),
        ("Førarkort klasse B", "driving_licence"),
        ("Gode munnlege og skriftlege kunnskapar i norsk", "language"),
        ("Erfaring med SAP PM eller IFS", "must_mention"),
        ("Du må kunne gå i tredelt skift", "manual"),
    ],
    cv("kjartan.txt", "nn", "txt", "dates-after", "MMMMMMX",
       "'Fagbrev i industrimekanikarfaget' 2014, maintenance at a smelter and a hatchery since 2014, "
       "'Truckførarbevis T1, T2 og T4', 'arbeidsordrar i SAP (PM-modulen)'; dates after the titles, a "
       "hard-wrapped profile",
       "Kjartan Bøe Hovland", "Industrimekanikar",
       S("contact", "Ospevik | kjartan.hovland@example.no | 123 46 156"),
       S("profile", "Fagarbeidar med tolv år i vedlikehald på smelteverk og settefiskanlegg.\n"
                    "Trivst med feilsøking på pumper, gir og hydraulikk, og har gått\n"
                    "skift heile yrkeslivet."),
       S("exp",
         I("2016 – no", "Vedlikehaldsmekanikar, Ospevik Smelteverk AS",
           "Førebyggjande og korrektivt vedlikehald, arbeidsordrar i SAP (PM-modulen)",
           "Laserjustering av akslingar, vibrasjonsmåling"),
         I("2014 – 2016", "Industrimekanikar, Lyngstø Settefisk AS"),
         I("2012 – 2014", "Lærling i industrimekanikarfaget, Ospevik Smelteverk AS")),
       S("edu",
         I("2014", "Fagbrev i industrimekanikarfaget"),
         I("2010 – 2012", "Ospevik vidaregåande skule, teknikk og industriell produksjon")),
       S("cert", L("Truckførarbevis T1, T2 og T4"), L("Traverskran G4"), L("Varme arbeid, fornya 2025")),
       S("lic", "Klasse B"),
       S("lang", KV("Norsk", "morsmål"), KV("Engelsk", "godt, les manualar på engelsk")),
       upper=False, rule=True),
    cv("linnea.pdf", "sv", "pdf", "two-column", "UMUMUMX",
       "The Swedish 'Industritekniska programmet' is not a Norwegian fagbrev (unclear); ten years as "
       "'Underhållsmekaniker' in a paper mill; 'Truckkort A+B (TLP10)' is the Swedish scheme, not T4; no "
       "Norwegian; IFS",
       "Linnea Åsberg", "Underhållsmekaniker",
       S("contact", "Ormsjö, Sverige", "linnea.asberg@example.se", "040-628 04 12"),
       S("lic", "B-körkort"),
       S("lang", KV("Svenska", "modersmål"), KV("Engelska", "god")),
       S("cert", L("Truckkort A+B (TLP10)"), L("Heta arbeten")),
       S("skills", L("IFS Applications"), L("Hydraulik och pneumatik"), L("Vibrationsanalys")),
       S("profile", "Mekaniker med tio års erfarenhet av underhåll i pappersindustrin. Vill flytta till Norge."),
       S("exp",
         I("aug 2025 – nu", "Föräldraledig"),
         I("2015 – jul 2025", "Underhållsmekaniker, Ormsjö Bruk AB",
           "Förebyggande underhåll av pumpar och växlar, arbetsorder i IFS")),
       S("edu", I("2012 – 2015", "Industritekniska programmet, inriktning underhåll, Ormsjö gymnasium",
                  "Gymnasieexamen")),
       order="right-first"),
    cv("roar.docx", "nb", "docx", "table", "MMMMMMX",
       "Bokmål 'Fagbrev i industrimekanikerfaget (praksiskandidat)', vedlikeholdsmekaniker since 2016, "
       "'Truckførerbevis T1–T4' covers T4, licence 'BE' includes B, SAP PM",
       "Roar Dalsbotten", "Industrimekaniker / vedlikeholdsmekaniker",
       S("contact", "Kvernhaug · roar.dalsbotten@example.no · 123 46 163"),
       S("profile", "Jobbet som prosessoperatør før jeg gikk over til vedlikehold og tok fagbrev som "
                    "praksiskandidat."),
       S("exp",
         I("2016 – d.d.", "Vedlikeholdsmekaniker, Kvernhaug Papirfabrikk AS",
           "Mekanisk vedlikehold av pumper, valser og gir", "Arbeidsordrer og reservedeler i SAP PM"),
         I("2010 – 2016", "Prosessoperatør, Kvernhaug Papirfabrikk AS")),
       S("edu",
         I("2019", "Fagbrev i industrimekanikerfaget (praksiskandidat)"),
         I("2007 – 2010", "Kvernhaug vgs, kjemi og prosess")),
       S("cert", L("Truckførerbevis T1–T4")),
       S("lic", "BE"),
       S("lang", KV("Norsk", "morsmål"), KV("Engelsk", "god"))),
    cv("oleksandr.pdf", "en", "pdf", "one-column", "UMMMNUX",
       "A Ukrainian diploma and 'Fagprøve industrimekaniker: booked for February 2027' (unclear); maintenance "
       "fitter 2008-2022 and mechanic since 2023; Norwegian T4; Norwegian 'B1 (Norskprøven 2025)' is below "
       "good (not_met); 'work orders in Maximo' is neither SAP PM nor IFS",
       "Oleksandr Hnatiuk", "Maintenance fitter / industrial mechanic",
       S("contact", "Rimdal, Norway · oleksandr.hnatiuk@example.com · +47 123 46 170"),
       S("profile", "Industrial mechanic from Ukraine with 14 years in a mining and processing plant. In Norway "
                    "since 2022."),
       S("exp",
         I("2023 – present", "Mechanic (temporary), Rimdal Aluminium AS",
           "Pumps, conveyors, gearboxes; work orders in Maximo"),
         I("2008 – 2022", "Maintenance fitter, Kharnivka Ore Processing Plant, Ukraine",
           "Preventive maintenance of crushers, mills and conveyors")),
       S("edu", I("2004 – 2008", "Technical college, Kharnivka: junior specialist diploma, maintenance of "
                                 "industrial equipment")),
       S("cert", L("Forklift licence T4 (Norwegian truckførerbevis), 2024"),
         L("Fagprøve industrimekaniker: booked for February 2027")),
       S("lic", "B (Ukrainian licence exchanged for a Norwegian one, 2023)"),
       S("lang", KV("Ukrainian", "native"), KV("Russian", "fluent"), KV("Norwegian", "B1 (Norskprøven 2025)"),
         KV("English", "B2"))),
    cv("synnove.docx", "nn", "docx", "europass", "MUUMMMX",
       "Fagbrev 2010, but industrial maintenance only since '03.2025 – no' (21 months; the car workshop is not "
       "industry); 'Truckførarbevis T2' is not T4; IFS; a Europass grid",
       "Synnøve Flatabø", "Industrimekanikar",
       S("contact", KV("E-post", "synnove.flatabo@example.no"), KV("Telefon", "123 46 177"),
         KV("Adresse", "Lyngstø")),
       S("exp",
         I("03.2025 – no", "Industrimekanikar (vikariat), Lyngstø Fôrfabrikk AS",
           "Vedlikehald av pelletslina, arbeidsordrar i IFS"),
         I("2010 – 02.2025", "Bilmekanikar, Hovdeland Bil AS", "Service og reparasjon av personbilar")),
       S("edu",
         I("2010", "Fagbrev som industrimekanikar"),
         I("2008 – 2010", "Lærling, Hovdeland Mek. Verkstad")),
       S("cert", KV("Truck", "Truckførarbevis T2 (2025)")),
       S("lic", KV("Førarkort", "B")),
       S("lang", KV("Morsmål", "norsk"), KV("Engelsk", "Lytting B2 · Lesing B2 · Munnleg B1 · Skriving B1"))),
    cv("eirik.txt", "nn", "txt", "no-headings", "MMMMMMX",
       "No headings: 'Fagbrev industrimekanikar 2014', industrimekanikar since 2014, 'Truck T1–T4 og "
       "traverskran G4', 'Førarkort BE' includes B, IFS",
       "Eirik Haugsnes", "Industrimekanikar – 12 år i vedlikehald",
       S("contact", "Hovdeland · eirik.haugsnes@example.no · 123 46 185"),
       S("exp",
         I("2014 – d.d.", "Industrimekanikar, Hovdeland Treforedling AS",
           "Pumper, gir, hydraulikk, valsebyte", "Arbeidsordrar og reservedelar i IFS"),
         I("2012 – 2014", "Lærling, Hovdeland Treforedling AS")),
       S("edu", "Fagbrev industrimekanikar 2014"),
       S("cert", "Truck T1–T4 og traverskran G4"),
       S("lic", "Førarkort BE"),
       S("lang", "Norsk morsmål, engelsk godt"),
       sep=" | "),
)


# ===========================================================================
# 3. sv: Barnskötare
# ===========================================================================

job(
    "barnskotare", "Barnskötare till förskola", "sv", "childcare worker",
    [
        ("Barnskötarutbildning eller annan likvärdig utbildning", "education"),
        ("Minst 1 års erfarenhet av arbete i förskola", "experience"),
        ("Goda kunskaper i svenska i tal och skrift", "language"),
        ("Utbildning i HLR för barn", "certificate"),
        ("Erfarenhet av TAKK", "must_mention"),
        ("Utdrag ur belastningsregistret ska uppvisas före anställning", "manual"),
    ],
    cv("elin.docx", "sv", "docx", "one-column", "MMMMMX",
       "Gymnasieexamen from 'Barn- och fritidsprogrammet', barnskötare since 'aug 2019 – nu', 'Barn-HLR, "
       "2025', TAKK",
       "Elin Sjöberg Marklund", "Barnskötare",
       S("contact", "Videbäck · elin.marklund@example.se · 031-390 06 34"),
       S("profile", "Jag har jobbat i förskola i sju år, mest med de yngsta barnen. Jag gillar utevistelse, "
                    "sång och rörelse."),
       S("exp",
         I("aug 2019 – nu", "Barnskötare, Förskolan Lärkan, Videbäcks kommun",
           "Inskolning och småbarnsavdelning (1–3 år)", "Använder TAKK i samlingar och vid måltider"),
         I("2017 – 2019", "Timvikarie på förskolor i Videbäck (extrajobb under gymnasiet)")),
       S("edu", I("2016 – 2019", "Barn- och fritidsprogrammet, inriktning pedagogiskt och socialt arbete, "
                                 "Videbäcks gymnasium", "Gymnasieexamen")),
       S("cert", L("Barn-HLR, 2025")),
       S("lang", KV("Svenska", "modersmål"), KV("Engelska", "god"))),
    cv("ingrid.pdf", "nb", "pdf", "two-column", "MMNMMX",
       "Norwegian 'Fagbrev som barne- og ungdomsarbeider' is an equivalent education and barnehage is förskola; "
       "Swedish 'forstår godt, snakker litt' is below good (not_met); first aid with HLR for children; 'Tegn "
       "til tale' is the Norwegian name of TAKK",
       "Ingrid Solvang", "Barne- og ungdomsarbeider",
       S("contact", "Brännvik, Sverige", "ingrid.solvang@example.no", "+47 123 46 192"),
       S("lang", KV("Norsk", "morsmål"), KV("Svensk", "forstår godt, snakker litt"), KV("Engelsk", "god")),
       S("cert", L("Førstehjelp med HLR for barn og spedbarn, 2023")),
       S("skills", L("Tegn til tale"), L("Musikk og forming")),
       S("profile", "Fagarbeider i barnehage i sju år. Har flyttet til Sverige og søker jobb i förskola."),
       S("exp",
         I("2017 – 2024", "Barne- og ungdomsarbeider, Rimdal kommunale barnehage",
           "Fast på småbarnsavdeling, ansvar for språkgrupper"),
         I("2024 – 2026", "Assistent, Rimdal SFO (50 %)")),
       S("edu",
         I("2017", "Fagbrev som barne- og ungdomsarbeider"),
         I("2013 – 2015", "Vg1 og Vg2 helse- og oppvekstfag, Rimdal vgs")),
       order="rows"),
    cv("wilma.txt", "sv", "txt", "one-column", "UMMUUX",
       "Barnskötarutbildning 'pågående' (unclear); vikarie on förskolor since 'mars 2024 – nu' (33 months, "
       "part-time counts by calendar time); 'HLR vuxen, 2022' is not HLR for children; no TAKK",
       "Wilma Forsgren", "Timvikarie i förskola, studerar till barnskötare",
       S("contact", "Ormsjö · wilma.forsgren@example.se · 040-628 04 27"),
       S("profile", "Studerar på distans och jobbar som vikarie så ofta jag kan."),
       S("exp",
         I("mars 2024 – nu", "Timvikarie, förskolor i Ormsjö kommun (ca 60 %)",
           "Mest på Förskolan Tallkotten och Förskolan Myran"),
         I("2021 – 2024", "Kassabiträde, Ormsjö Livs (helger)")),
       S("edu",
         I("2025 – juni 2027", "Barnskötarutbildning, Komvux Ormsjö (distans), pågående"),
         I("2018 – 2021", "Ekonomiprogrammet, Ormsjö gymnasium")),
       S("cert", L("HLR vuxen, 2022")),
       S("lang", KV("Svenska", "modersmål"), KV("Engelska", "bra")),
       sep="   "),
    cv("rasha.pdf", "sv", "pdf", "two-column", "MMMMMX",
       "'Barnskötarutbildning 1 300 poäng', barnskötare since 'jan 2023 – nu' (the praktik is not needed), "
       "Swedish 'mycket goda kunskaper i tal och skrift', HLR for children, 'Tecken som stöd (TSS)' is TAKK "
       "under another name; two columns",
       "Rasha Haddad", "Barnskötare",
       S("contact", "Videbäck", "rasha.haddad@example.se", "031-390 06 48"),
       S("profile", "Jag kom till Sverige 2016 och har arbetat som barnskötare sedan 2023. Innan dess var jag "
                    "lärare i engelska i Syrien."),
       S("exp",
         I("jan 2023 – nu", "Barnskötare, Förskolan Solrosen, Videbäck",
           "Tecken som stöd (TSS) i vardagen, språkutvecklande arbetssätt"),
         I("2021 – 2022", "Språkstödjare (praktik), Förskolan Solrosen"),
         I("2008 – 2012", "Lärare i engelska, grundskola, Syrien")),
       S("edu",
         I("2022", "Barnskötarutbildning 1 300 poäng, Komvux Videbäck"),
         I("2019 – 2021", "Svenska som andraspråk 1–3, Komvux Videbäck"),
         I("2004 – 2008", "Kandidatexamen i engelska, universitet i Syrien")),
       S("cert", L("Första hjälpen och HLR för barn och vuxna, 2024")),
       S("lang", KV("Arabiska", "modersmål"), KV("Svenska", "mycket goda kunskaper i tal och skrift"),
         KV("Engelska", "flytande")),
       order="right-first", rows=False),
    cv("mette.docx", "da", "docx", "table", "MMUMMX",
       "The Danish PAU is the equivalent of barnskötarutbildning and børnehave is förskola; Swedish 'forstår "
       "godt' says nothing about speaking or writing (unclear); first aid with hjerte-lunge-redning for "
       "children; 'Tegn til tale'",
       "Mette Kragh Vinther", "Pædagogisk assistent",
       S("contact", "Hylleskov, Danmark · mette.vinther@example.dk · +45 12 34 60 14"),
       S("profile", "Uddannet pædagogisk assistent med fem års erfaring fra børnehave. Søger job i Skåne, hvor "
                    "jeg skal bo fra 2027."),
       S("exp",
         I("2020 – 2025", "Pædagogisk assistent, Børnehuset Mælkebøtten, Hylleskov",
           "Tegn til tale med de yngste", "Sprogvurderinger og forældresamarbejde"),
         I("2025 – nu", "Vikar i Hylleskov Kommunes dagtilbud")),
       S("edu", I("2018 – 2020", "Den pædagogiske assistentuddannelse (PAU), Hylleskov SOSU- og PAU-skole")),
       S("cert", L("Førstehjælp til børn inkl. hjerte-lunge-redning (Dansk Førstehjælpsråd), 2024")),
       S("lang", KV("Dansk", "modersmål"), KV("Svensk", "forstår godt"), KV("Engelsk", "godt"))),
    cv("jonatan.txt", "sv", "txt", "dates-after", "MUMMMX",
       "Gymnasieexamen from 'Barn- och fritidsprogrammet'; in förskola only since 'aug 2026 – nu' (4 months), "
       "the fritidsgård is not förskola and the 'APL-praktik' does not count; Barn-HLR; a TAKK course",
       "Jonatan Berglöf", "Barnskötare",
       S("contact", "Brännvik · jonatan.berglof@example.se · 031-390 06 55"),
       S("exp",
         I("aug 2026 – nu", "Barnskötare, Förskolan Ugglan, Brännvik"),
         I("2018 – juli 2026", "Fritidsledare, Brännviks fritidsgård", "Kvällsverksamhet för 13–16-åringar"),
         I("2016", "APL-praktik, Förskolan Ugglan (8 veckor)")),
       S("edu", I("2013 – 2016", "Barn- och fritidsprogrammet, Brännviks gymnasium", "Gymnasieexamen")),
       S("cert", L("Barn-HLR (Röda Korset), augusti 2026"), L("TAKK – grundkurs, 2026")),
       S("lang", KV("Svenska", "modersmål"), KV("Engelska", "bra")),
       bullet="• "),
)


# ===========================================================================
# 4. da: Ergoterapeut
# ===========================================================================

job(
    "ergoterapeut", "Ergoterapeut til hjemmetræning og rehabilitering", "da", "occupational therapist",
    [
        ("Autoriseret ergoterapeut", "authorisation"),
        ("Professionsbachelor i ergoterapi", "education"),
        ("Mindst 2 års erfaring som ergoterapeut", "experience"),
        ("Kørekort til bil", "driving_licence"),
        ("Taler og skriver dansk flydende", "language"),
        ("Erfaring med Nexus eller Cura", "must_mention"),
        ("Vi indhenter straffeattest og børneattest", "manual"),
    ],
    cv("sofie.pdf", "da", "pdf", "two-column", "MMMMMMX",
       "'Autoriseret af Styrelsen for Patientsikkerhed (2018)', 'Professionsbachelor i ergoterapi', "
       "ergoterapeut since 2018, B, Nexus; two columns",
       "Sofie Lund Damgaard", "Ergoterapeut",
       S("contact", "Klintrup", "sofie.damgaard@example.dk", "+45 12 34 60 21"),
       S("lic", "B"),
       S("lang", KV("Dansk", "modersmål"), KV("Engelsk", "flydende"), KV("Tysk", "lidt")),
       S("skills", L("Nexus"), L("Hverdagsrehabilitering"), L("AMPS-certificeret")),
       S("profile", "Ergoterapeut med otte års erfaring fra kommunal genoptræning og hjemmetræning."),
       S("auth", "Autoriseret af Styrelsen for Patientsikkerhed (2018)"),
       S("exp",
         I("2020 – nu", "Ergoterapeut, Hjemmetræningen, Klintrup Kommune",
           "Genoptræning efter sundhedsloven § 140, hjælpemidler, dokumentation i Nexus"),
         I("2018 – 2020", "Ergoterapeut, Egebølle Plejecenter")),
       S("edu", I("2014 – 2018", "Professionsbachelor i ergoterapi, Professionshøjskolen Klintrup")),
       order="left-first"),
    cv("karin.docx", "sv", "docx", "one-column", "UMMMUUX",
       "Swedish legitimation, the Danish autorisation applied for and 'väntar på besked' (unclear); "
       "'Arbetsterapeutexamen och kandidatexamen i arbetsterapi' is the same degree; arbetsterapeut since "
       "2015; Danish 'skriver med stöd' does not show fluent writing; Lifecare, not Nexus or Cura",
       "Karin Hedström", "Legitimerad arbetsterapeut",
       S("contact", "Videbäck, Sverige · karin.hedstrom@example.se · 040-628 04 33"),
       S("profile", "Arbetsterapeut med elva års erfarenhet, mest från hemrehabilitering. Flyttar till Danmark "
                    "våren 2027."),
       S("auth", L("Legitimerad arbetsterapeut, Socialstyrelsen, 2015"),
         L("Dansk autorisation ansökt hos Styrelsen for Patientsikkerhed, väntar på besked")),
       S("exp",
         I("2024 – nu", "Arbetsterapeut, Videbäcks sjukhus, geriatriken"),
         I("2015 – 2024", "Arbetsterapeut, hemrehabiliteringen, Videbäcks kommun",
           "Bedömningar, hjälpmedel och bostadsanpassning; journalföring i Lifecare")),
       S("edu", I("2012 – 2015", "Arbetsterapeutprogrammet 180 hp, Videbäcks högskola",
                  "Arbetsterapeutexamen och kandidatexamen i arbetsterapi")),
       S("lic", "B-körkort"),
       S("lang", KV("Svenska", "modersmål"), KV("Danska", "förstår och talar, skriver med stöd"),
         KV("Engelska", "flytande"))),
    cv("frederikke.txt", "da", "txt", "one-column", "MMUMMMX",
       "Authorised and professionsbachelor 2025, but ergoterapeut only since 'feb. 2025 – nu' (22 months); "
       "the studentermedhjælper job and the klinisk undervisning do not count; Cura",
       "Frederikke Holst Ravn", "Ergoterapeut",
       S("contact", "Egebølle · frederikke.ravn@example.dk · +45 12 34 60 28"),
       S("profile", "Uddannet i januar 2025 og ansat i kommunal genoptræning siden."),
       S("auth", "Autoriseret ergoterapeut, 2025"),
       S("exp",
         I("feb. 2025 – nu", "Ergoterapeut, Genoptræningscenter Egebølle, Egebølle Kommune",
           "Genoptræningsplaner, dokumentation i Cura"),
         I("efterår 2024", "Klinisk undervisning, Egebølle Kommune"),
         I("2023 – 2024", "Studentermedhjælper, Egebølle Plejecenter (deltid)")),
       S("edu", I("2021 – jan. 2025", "Professionsbachelor i ergoterapi, UC Egebølle")),
       S("lic", "Kørekort: B"),
       S("lang", KV("Dansk", "modersmål"), KV("Engelsk", "godt")),
       sep=" — "),
    cv("siobhan.pdf", "en", "pdf", "one-column", "MMMMMMX",
       "'Authorised as ergoterapeut by the Danish Patient Safety Authority, 2021', a UK 'BSc (Hons) "
       "Occupational Therapy', OT since 2013, licence B, Danish 'Prøve i Dansk 3' and fluent, Nexus",
       "Siobhan Carey", "Occupational Therapist (ergoterapeut)",
       S("contact", "Hylleskov, Denmark · siobhan.carey@example.com · +45 12 34 60 35"),
       S("profile", "UK-trained occupational therapist, living and working in Denmark since 2021."),
       S("auth", L("Authorised as ergoterapeut by the Danish Patient Safety Authority, 2021")),
       S("exp",
         I("2021 – present", "Ergoterapeut, Hylleskov Kommune, rehabilitation team",
           "Home visits, assistive devices, documentation in Nexus"),
         I("2013 – 2021", "Community Occupational Therapist, Marshbury County Council, UK")),
       S("edu", I("2009 – 2013", "BSc (Hons) Occupational Therapy, Marshbury University, UK")),
       S("lic", "Full driving licence, category B (exchanged for a Danish licence)"),
       S("lang", KV("English", "native"),
         KV("Danish", "fluent, spoken and written; Prøve i Dansk 3 (2021)"))),
    cv("birgitte.docx", "da", "docx", "bold-headings", "UUUMMMX",
       "Still studying, 'forventet færdig januar 2027': no authorisation, no degree yet and no job as "
       "ergoterapeut (social- og sundhedsassistent and a student job do not count); B; Cura",
       "Birgitte Mørup", "Ergoterapeutstuderende, 7. semester",
       S("contact", "Klintrup · birgitte.morup@example.dk · +45 12 34 60 42"),
       S("profile", "Jeg har ti år bag mig som social- og sundhedsassistent og læser nu til ergoterapeut. Jeg "
                    "søger job fra februar 2027."),
       S("exp",
         I("2023 – nu", "Studentermedhjælper, Klintrup Genoptræning (8 timer om ugen)"),
         I("2012 – 2022", "Social- og sundhedsassistent, hjemmeplejen, Klintrup Kommune",
           "Hverdagsrehabilitering, dokumentation i Cura")),
       S("edu",
         I("2022 – 2027", "Professionsbachelor i ergoterapi, UC Klintrup (forventet færdig januar 2027)"),
         I("2010 – 2012", "Social- og sundhedsassistentuddannelsen")),
       S("lic", "B"),
       S("lang", KV("Dansk", "modersmål"), KV("Engelsk", "godt"))),
    cv("jens.txt", "da", "txt", "badly-written", "MMMNMMX",
       "Terse: 'ergoterapeut, aut.', 'uddannet ergoterapeut (professionsbachelor)', ergoterapeut since 2011, "
       "'kørekort: nej' (not_met), nexus",
       "Jens Kjærsgaard",
       raw="""jens kjærsgaard
ergoterapeut, aut.
mail jens.kjaersgaard@example.dk tlf +45 12 34 60 49

uddannet ergoterapeut (professionsbachelor) fra UC Hylleskov 2011
ergoterapeut i egebølle kommune siden 2011, hjemmetræning og hjælpemidler, vi bruger nexus
kørekort: nej, jeg cykler og tager bus
dansk modersmål, engelsk ok
"""),
)


# ===========================================================================
# 5. en: IT Support Technician
# ===========================================================================

job(
    "it-support", "IT Support Technician, service desk", "en", "IT support technician",
    [
        ("Trade certificate (fagbrev) in ICT service or a bachelor's degree in IT", "education"),
        ("At least 2 years of experience in IT support or service desk", "experience"),
        ("ITIL 4 Foundation certification", "certificate"),
        ("Experience with Microsoft Intune", "must_mention"),
        ("Fluent Norwegian, Swedish or Danish", "language"),
        ("Driving licence class B", "driving_licence"),
        ("You must be able to pass a background check", "manual"),
    ],
    cv("havard.docx", "nb", "docx", "one-column", "MMMMMMX",
       "Norwegian CV: 'Fagbrev IKT-servicefag', support since 2019 (the lærling years are not needed), "
       "'ITIL® 4 Foundation (2021)', Intune, Norwegian, 'Førerkort klasse B'",
       "Håvard Tofte Berg", "IT-konsulent, brukerstøtte",
       S("contact", "Rimdal · havard.berg@example.no · 123 46 104"),
       S("profile", "Første- og andrelinje brukerstøtte siden 2019. Rolig på telefon, liker å løse saken på "
                    "første forsøk."),
       S("exp",
         I("2021 – d.d.", "IT-konsulent, servicedesk, Rimdal kommune IKT",
           "2. linje: klientdrift i Intune og Entra ID, utrulling med Autopilot", "Saker i TOPdesk"),
         I("2019 – 2021", "Brukerstøtte 1. linje, Lyngstø Data AS"),
         I("2017 – 2019", "Lærling i IKT-servicefag, Lyngstø Data AS")),
       S("edu",
         I("2019", "Fagbrev IKT-servicefag"),
         I("2015 – 2017", "Vg1 og Vg2 informasjonsteknologi, Rimdal vgs")),
       S("cert", L("ITIL® 4 Foundation (2021)")),
       S("lic", "Førerkort klasse B"),
       S("lang", KV("Norsk", "morsmål"), KV("Engelsk", "flytende"))),
    cv("pranav.pdf", "en", "pdf", "two-column", "MMUMNMX",
       "'B.Tech in Computer Science and Engineering' is an IT bachelor; service desk since 2016; 'ITIL v3 "
       "Foundation (2017)' is not ITIL 4 (unclear); Intune; Swedish 'B1 (SFI completed, SAS Grund ongoing)' "
       "is below fluent and no other Scandinavian language (not_met)",
       "Pranav Kulkarni", "IT Support Engineer",
       S("contact", "Brännvik, Sweden", "pranav.kulkarni@example.com", "031-390 06 62"),
       S("lang", KV("English", "fluent"), KV("Marathi", "native"), KV("Hindi", "fluent"),
         KV("Swedish", "B1 (SFI completed, SAS Grund ongoing)")),
       S("cert", L("ITIL v3 Foundation (2017)"), L("CompTIA A+")),
       S("lic", "B (Swedish)"),
       S("skills", L("Microsoft Endpoint Manager (Intune)"), L("Active Directory, Exchange Online"),
         L("ServiceNow")),
       S("profile", "Five years on a global service desk in India and almost six in Sweden."),
       S("exp",
         I("2021 – present", "IT Support Engineer, Ormsjö Logistik AB, Brännvik",
           "2nd line, device enrolment in Intune, onboarding of new staff"),
         I("2016 – 2020", "Service Desk Analyst, Velankad Infotech Services, India",
           "24/7 global service desk, ServiceNow")),
       S("edu", I("2012 – 2016", "B.Tech in Computer Science and Engineering, Velankad Institute of Technology, "
                                 "India")),
       order="right-first"),
    cv("emil.txt", "sv", "txt", "dates-after", "UMMMMMX",
       "The Swedish 'IT-tekniker, yrkeshögskoleutbildning 400 yhp' is neither a fagbrev nor a bachelor "
       "(unclear); IT support since 2018; 'ITIL 4 Foundation, 2022'; Intune; Swedish native is enough",
       "Emil Lövgren", "IT-supporttekniker",
       S("contact", "Videbäck · emil.lovgren@example.se · 040-628 04 46"),
       S("exp",
         I("2018 – nu", "IT-supporttekniker, Videbäcks Energi AB",
           "Första och andra linjens support, ca 400 användare", "Intune, Entra ID och Microsoft 365"),
         I("2016 – 2018", "Butikssäljare (deltid), Videbäcks Elektronik")),
       S("edu",
         I("2016 – 2018", "IT-tekniker, yrkeshögskoleutbildning 400 yhp, YH Videbäck"),
         I("2013 – 2016", "Teknikprogrammet, Videbäcks gymnasium")),
       S("cert", L("ITIL 4 Foundation, 2022")),
       S("lic", "B"),
       S("lang", KV("Svenska", "modersmål"), KV("Engelska", "mycket god"), KV("Norska", "förstår bra"))),
    cv("kasper.pdf", "da", "pdf", "right-dates", "MMMMMMX",
       "'Professionsbachelor i softwareudvikling' is an IT bachelor; support since 2016; 'ITIL 4 Foundation "
       "certificeret (2023)'; Intune; Danish; B; dates right-aligned and written first",
       "Kasper Vestergaard Nøhr", "IT-supporter",
       S("contact", "Klintrup · kasper.nohr@example.dk · +45 12 34 60 56"),
       S("profile", "IT-supporter med ti års erfaring fra 1st og 2nd level support."),
       S("exp",
         I("2019 – nu", "IT-supporter, Klintrup Kommune, Digitalisering og IT",
           "Klargøring og udrulning af pc'er med Intune og Autopilot"),
         I("2016 – 2019", "Supporter, 1st level, Hylleskov Hosting ApS")),
       S("edu", I("2012 – 2016", "Datamatiker (AK) og top-up: Professionsbachelor i softwareudvikling, "
                                 "Erhvervsakademi Klintrup")),
       S("cert", L("ITIL 4 Foundation certificeret (2023)")),
       S("lic", "Kørekort B"),
       S("lang", KV("Dansk", "modersmål"), KV("Engelsk", "flydende")),
       date_first=True),
    cv("torstein.docx", "nn", "docx", "table", "UUUMMNX",
       "Bachelor 'forventa ferdig juni 2027' and an apprenticeship 'ikkje fullført' (unclear); only a "
       "part-time student job and an apprenticeship, which are not experience; no ITIL; Intune; 'Har ikkje "
       "førarkort' (not_met)",
       "Torstein Midtbø", "Student – IT-brukarstøtte",
       S("contact", "Ospevik · torstein.midtbo@example.no · 123 46 111"),
       S("profile", "Tredjeårsstudent i informasjonsteknologi. Jobbar deltid i brukarstøtta på campus."),
       S("exp",
         I("aug. 2024 – no", "Studentassistent, IT-brukarstøtte, Høgskulen i Ospevik (deltid 20 %)",
           "Innrullering av maskiner i Intune, passordbyte, skrivarar"),
         I("2020 – 2022", "Lærling i IKT-servicefag, Ospevik kommune (ikkje fullført, slutta før fagprøva)")),
       S("edu", I("2023 – 2027", "Bachelor i informasjonsteknologi, Høgskulen i Ospevik (forventa ferdig juni "
                                 "2027)")),
       S("lic", "Har ikkje førarkort"),
       S("lang", KV("Norsk", "morsmål"), KV("Engelsk", "flytande"))),
    cv("agnieszka.pdf", "en", "pdf", "dates-after", "MMMUMMX",
       "'MSc in Computer Science' is above a bachelor in IT; service desk '03/2018 – 08/2020' is 30 months; "
       "ITIL 4; SCCM and Jamf but no Intune (unclear); Norwegian 'fluent (C1, Bergenstesten 2022)'",
       "Agnieszka Wróbel", "IT Support / System Administrator",
       S("contact", "Lyngstø, Norway · agnieszka.wrobel@example.com · +47 123 46 128"),
       S("exp",
         I("09/2020 – present", "System Administrator, Lyngstø Havbruk AS",
           "Windows servers, SCCM, Jamf for the Mac users", "3rd line escalations"),
         I("03/2018 – 08/2020", "Service Desk Technician, Hovdeland Shared Services AS",
           "1st and 2nd line, phone and chat")),
       S("edu", I("2012 – 2017", "MSc in Computer Science, Pilecko University of Technology, Poland")),
       S("cert", L("ITIL 4 Foundation (2019)"), L("Microsoft Certified: Azure Administrator Associate")),
       S("lic", "B"),
       S("lang", KV("Polish", "native"), KV("Norwegian", "fluent (C1, Bergenstesten 2022)"), KV("English", "C1"))),
)


# ===========================================================================
# 6. sv: Socialsekreterare
# ===========================================================================

job(
    "socialsekreterare", "Socialsekreterare, ekonomiskt bistånd", "sv", "social worker",
    [
        ("Socionomexamen eller annan relevant högskoleexamen om minst 180 hp", "education"),
        ("Minst 2 års erfarenhet av myndighetsutövning inom socialtjänsten", "experience"),
        ("B-körkort", "driving_licence"),
        ("Mycket goda kunskaper i svenska i tal och skrift", "language"),
        ("Erfarenhet av Viva eller Procapita", "must_mention"),
        ("Stor vikt läggs vid personlig lämplighet", "manual"),
    ],
    cv("johanna.docx", "sv", "docx", "dates-after", "MMMMMX",
       "'Socionomexamen', socialsekreterare since 2017 ('Utredningar enligt SoL och LVU', försörjningsstöd), "
       "B, Viva and Procapita",
       "Johanna Rask", "Socionom",
       S("contact", "Ormsjö · johanna.rask@example.se · 031-390 06 71"),
       S("profile", "Socionom med nio år inom socialtjänsten, de senaste fem med barnutredningar."),
       S("exp",
         I("2021 – nu", "Socialsekreterare, barn och unga, Ormsjö kommun",
           "Utredningar enligt SoL och LVU, dokumentation i Procapita"),
         I("2017 – 2021", "Socialsekreterare, ekonomiskt bistånd, Videbäcks kommun",
           "Handläggning av försörjningsstöd i Viva")),
       S("edu", I("2014 – 2017", "Socionomprogrammet 210 hp, Ormsjö universitet", "Socionomexamen")),
       S("lic", "B"),
       S("lang", KV("Svenska", "modersmål"), KV("Engelska", "god"))),
    cv("hilde.pdf", "nb", "pdf", "two-column", "MMMUUX",
       "Norwegian 'Bachelor i sosialt arbeid (sosionom), 180 studiepoeng'; decisions on social assistance at "
       "NAV and barnevern since 2014; B; Swedish 'forstår og leser godt' shows neither speaking nor writing "
       "(unclear); Socio, not Viva or Procapita",
       "Hilde Marie Sørbø", "Sosionom",
       S("contact", "Brännvik, Sverige", "hilde.sorbo@example.no", "+47 123 46 135"),
       S("lic", "Førerkort klasse B"),
       S("lang", KV("Norsk", "morsmål"), KV("Svensk", "forstår og leser godt"), KV("Engelsk", "god")),
       S("skills", L("Fagsystem: Socio"), L("Motiverende intervju (MI)")),
       S("profile", "Sosionom med erfaring fra NAV og barneverntjenesten."),
       S("exp",
         I("2019 – 2026", "Barnevernskonsulent, Rimdal barneverntjeneste", "Undersøkelser og tiltak"),
         I("2014 – 2019", "Saksbehandler, økonomisk sosialhjelp, NAV Rimdal",
           "Vedtak etter sosialtjenesteloven")),
       S("edu", I("2011 – 2014", "Bachelor i sosialt arbeid (sosionom), 180 studiepoeng, Høgskolen i Rimdal")),
       order="left-first"),
    cv("abdirahman.txt", "sv", "txt", "one-column", "MUUMMX",
       "Kandidatexamen from 'Beteendevetenskapliga programmet 180 hp' is a relevant degree; myndighetsutövning "
       "only since 'aug 2025 – nu' (16 months), the HVB-hem is treatment work; 'uppkörning bokad januari 2027' (no licence yet, unclear); fluent Swedish; Viva",
       "Abdirahman Warsame", "Socialsekreterare, försörjningsstöd",
       S("contact", "Videbäck · abdirahman.warsame@example.se · 040-628 04 58"),
       S("profile", "Beteendevetare som har gått från behandlingsarbete till myndighet."),
       S("exp",
         I("aug 2025 – nu", "Socialsekreterare, försörjningsstöd, Videbäcks kommun",
           "Utredning och beslut om ekonomiskt bistånd i Viva"),
         I("2016 – jul 2025", "Behandlingsassistent, HVB-hem Tallgården, Videbäck")),
       S("edu", I("2012 – 2015", "Beteendevetenskapliga programmet 180 hp, Videbäcks universitet",
                  "Kandidatexamen i sociologi")),
       S("lic", "B-körkort: övningskör, uppkörning bokad januari 2027"),
       S("lang", KV("Svenska", "flytande i tal och skrift"), KV("Somaliska", "modersmål"),
         KV("Engelska", "god")),
       upper=False),
    cv("annalena.pdf", "sv", "pdf", "right-dates", "MMMMMX",
       "Finnish 'Socionom (YH), 210 studiepoäng' is a relevant degree above 180 hp; decisions on utkomststöd "
       "and ekonomiskt bistånd since 2013; 'B, C1'; Swedish native; Procapita",
       "Anna-Lena Nyberg", "Socionom (YH)",
       S("contact", "Brännvik · anna-lena.nyberg@example.se · 031-390 06 83"),
       S("profile", "Finlandssvensk socionom, bosatt i Sverige sedan 2020."),
       S("exp",
         I("2020 – nu", "Socialsekreterare, vuxenenheten, Brännviks kommun",
           "Ekonomiskt bistånd och missbruksärenden, Procapita"),
         I("2013 – 2019", "Socialarbetare, utkomststöd, Koivuranta stad, Finland", "Beslut om utkomststöd")),
       S("edu", I("2009 – 2013", "Socionom (YH), 210 studiepoäng, Yrkeshögskolan i Koivuranta, Finland")),
       S("lic", "B, C1"),
       S("lang", KV("Svenska", "modersmål"), KV("Finska", "flytande"), KV("Engelska", "god"))),
    cv("rebecca.pdf", "en", "pdf", "europass", "MMNNUX",
       "'BA (Hons) Social Work' is a relevant degree; eight years of statutory social work in the UK; driving "
       "licence 'none' (not_met); Swedish B1 with writing A2 is below very good (not_met); no Viva or Procapita",
       "Rebecca Thornton", "Social Worker",
       S("contact", KV("Email", "rebecca.thornton@example.co.uk"), KV("Phone", "07700 900 712"),
         KV("Address", "Ormsjö, Sweden")),
       S("exp",
         I("2019 – present", "English teacher (part-time), Ormsjö folkhögskola"),
         I("2010 – 2018", "Social Worker, Children's Services, Marshbury Borough Council, UK",
           "Statutory assessments and child protection plans")),
       S("edu", I("2007 – 2010", "BA (Hons) Social Work, Marshbury University, UK")),
       S("lic", KV("Driving licence", "none")),
       S("lang", KV("Mother tongue", "English"),
         KV("Swedish", "Listening B1 · Reading B1 · Speaking B1 · Writing A2"))),
)


# --------------------------------------------------------------------------
# Checks of our own (on top of make_eval.check_data)
# --------------------------------------------------------------------------


def check_holdout4() -> None:
    mh.check_blind_set(JOBS, me.JOBS + mh.JOBS + mh2.JOBS + mh3.JOBS, USED_TOWNS, per_job=(5, 7), min_qualified=2)


# --------------------------------------------------------------------------
# README (generated, so its figures always match the set)
# --------------------------------------------------------------------------



HARD_CASES = [
    "### Hard cases, on purpose",
    "",
    "Education: a Norwegian fagbrev written three ways (\"Fagbrev i rørleggerfaget\", \"Fagbrev i",
    "røyrleggarfaget\", \"Fagbrev rørlegger\"), taken as praksiskandidat, in bokmål for a nynorsk",
    "ad; against a Swedish yrkesbevis, a Swedish gymnasium programme, a Lithuanian vocational",
    "school, a Ukrainian diploma with the fagprøve only booked, and an apprenticeship left",
    "before the fagprøve. \"Eller annan likvärdig utbildning\" met by a Swedish gymnasieexamen,",
    "a Komvux course, a Norwegian fagbrev as barne- og ungdomsarbeider and a Danish PAU; a",
    "course \"pågående\". Foreign degrees in the same field (Swedish arbetsterapeutexamen, UK",
    "BSc Occupational Therapy, Norwegian sosionom, Finnish socionom YH, UK BA Social Work, an",
    "Indian B.Tech, a Danish professionsbachelor in software development, a Polish MSc) and a",
    "Swedish YH IT-tekniker that is neither. Experience just under (21, 22 and 28 months, 16",
    "months, 4 months), in another role or setting (car workshop, fritidsgård, HVB-hem,",
    "social- og sundhedsassistent, system administrator), part-time vikariat by calendar time",
    "(33 months), a parental leave after ten years, apprenticeships, APL-praktik, klinisk",
    "undervisning and student jobs that do not count. Certificates: the Norwegian",
    "våtromssertifikat as an FFV course with exam or renewed, against the Swedish Säker",
    "Vatten; truck T4 inside \"T1, T2 og T4\" and \"T1–T4\" and missing from \"T2\" and the Swedish",
    "TLP10 \"A+B\"; ITIL 4 against ITIL v3; HLR for children in Swedish, Norwegian and Danish",
    "against adult HLR only. Authorisation: Danish autorisation held, written \"aut.\", held by",
    "a UK-trained OT, applied for by a Swedish legitimerad arbetsterapeut, not yet possible for",
    "a student. Must-mention lines met by variants (\"SAP (PM-modulen)\", \"Microsoft Endpoint",
    "Manager (Intune)\", \"Tecken som stöd (TSS)\", \"Tegn til tale\", lower-case \"nexus\") or not",
    "(Maximo, Lifecare, Socio, SCCM and Jamf). Licences: \"BE\", \"B, C1\", a Polish, Ukrainian",
    "and UK licence exchanged, a driving test only booked, \"førerkort har ikke\", \"kørekort: nej\", \"Har ikkje førarkort\",",
    "\"none\". Languages: written B1 under spoken B2, \"skriver litt\", \"snakker litt\", \"forstår",
    "godt\", \"förstår och talar\", \"forstår og leser godt\", \"skriver med stöd\", a Europass grid",
    "with B1 and A2, Prøve i Dansk 3, Bergenstesten C1, and an \"or\" line met by Swedish or",
    "Danish alone. A hard-wrapped TXT profile, a no-headings TXT, two badly written TXT CVs.",
    "",
    "### Labelling decisions specific to this set",
    "",
    "The conventions of `eval/README.md` and of the earlier held-out sets apply. In addition:",
    "",
    "- **Fagbrev** with no \"or equivalent\" (rørlegger, industrimekanikar, IKT-servicefag): a",
    "  Norwegian fagbrev, also as praksiskandidat, counts; another country's vocational",
    "  qualification (Swedish yrkesbevis or gymnasium programme, Lithuanian or Ukrainian",
    "  school), a fagprøve booked and an unfinished apprenticeship are `unclear`.",
    "- **Våtromssertifikat** is the Norwegian personal certification of Fagrådet for våtrom",
    "  (FFV); an FFV wet-room course with exam or renewal counts; the Swedish Säker Vatten is",
    "  `unclear`.",
    "- **\"Erfaring som rørlegger\"** counts plumber, VVS-montör and hydraulik jobs in any",
    "  country after or without a fagbrev; the lærling years do not count.",
    "- **\"Mekanisk vedlikehald i industrien\"** counts maintenance jobs in process industry,",
    "  aquaculture, feed and paper mills and a mining plant in any country; a car workshop does",
    "  not.",
    "- **Truckførarbevis T4** is the Norwegian class; T1–T4 includes it; T2 alone or the Swedish",
    "  TLP10 truckkort (A+B) is `unclear`.",
    "- **\"Barnskötarutbildning eller annan likvärdig utbildning\"**: Barn- och fritidsprogrammet,",
    "  a Komvux barnskötarutbildning, a Norwegian fagbrev as barne- og ungdomsarbeider and the",
    "  Danish PAU count; a course under way is `unclear`.",
    "- **\"Arbete i förskola\"** counts barnehage and børnehave and hourly vikariat by calendar",
    "  time; fritidsgård, SFO and APL-praktik do not.",
    "- **\"HLR för barn\"** is met by any dated first-aid course that includes CPR for children,",
    "  in any Nordic language; adult HLR alone is `unclear`.",
    "- **TAKK**: \"Tecken som stöd\" and \"Tegn til tale\" name the same method and count.",
    "- **Autoriseret ergoterapeut** is Danish; a Swedish legitimation with the Danish one",
    "  applied for is `unclear`. A Swedish arbetsterapeutexamen and a UK BSc (Hons) Occupational",
    "  Therapy are the same degree as the professionsbachelor. \"Erfaring som ergoterapeut\"",
    "  counts arbetsterapeut and occupational therapist jobs in any country.",
    "- **\"Fagbrev in ICT service or a bachelor's degree in IT\"**: any bachelor or master in",
    "  computing counts (B.Tech, professionsbachelor in software development, MSc); a Swedish",
    "  YH IT-tekniker is neither (`unclear`). A campus student job in IT support does not count",
    "  as experience. ITIL v3 is not ITIL 4.",
    "- **\"Myndighetsutövning inom socialtjänsten\"** counts socialsekreterare jobs, Norwegian",
    "  NAV social-assistance casework and barnevern, Finnish utkomststöd decisions and UK",
    "  statutory social work; treatment work at an HVB-hem does not.",
    "- **Language**: with \"or\", one language is enough; a CV whose only Scandinavian language",
    "  is at B1 is `not_met`. \"Mycket goda kunskaper i svenska\" is met by native or fluent",
    "  speech and writing; B1 (and writing A2) is `not_met`; \"forstår og leser godt\" is",
    "  `unclear`. A stated written level below B2 is `not_met` even when speaking is B2.",
    "",
]


def readme() -> str:
    n_all = sum(len(j.cvs) for j in JOBS)
    out = [
        "# Sikte's fourth held-out evaluation set",
        "",
        f"{len(JOBS)} fictional jobs and {n_all} fictional CVs, labelled by hand requirement by",
        "requirement, in the same layout and job-file format as `eval/` (see `eval/README.md`",
        "for the format, the label meanings and the labelling conventions). It exists to measure",
        "accuracy again on CVs the rules were never tuned on: written without reading Sikte's",
        "rules, without reading the CVs of `eval/`, `eval-holdout/`, `eval-holdout2/` or",
        "`eval-holdout3/` and without running Sikte on it, and no label was ever set from Sikte's",
        "output. Its professions are common ones in Nordic job ads and appear in no earlier set.",
        "Keep it that way: do not tune rules on these CVs; once a rule changes because of a",
        "disagreement found here, the set is no longer held out, and its figures become a",
        "regression check.",
        "",
        "Everything here is invented for Sikte: people, employers, schools, towns",
        f"({TOWNS}), e-mail addresses (`example.*`) and phone numbers (unreal",
        "ranges: `123 46 1xx` in Norway, the Swedish fiction ranges `031-390 06 xx` and",
        "`040-628 04 xx`, the UK drama range `07700 900 7xx`, `+45 12 34 60 xx` in Denmark).",
        "Nothing is copied from `/work/shared/corpus`, from the earlier sets or from any real CV",
        "or job ad. Product and scheme names in CVs (SmartDok, Cordel, SAP PM, IFS, Maximo, TAKK,",
        "Tecken som stöd, Tegn til tale, Nexus, Cura, Lifecare, Intune, Entra ID, Autopilot,",
        "TOPdesk, ServiceNow, SCCM, Jamf, ITIL, Viva, Procapita, Socio, Fagrådet for våtrom,",
        "Säker Vatten, TLP10) are named as real ads and CVs name them.",
        "Licence: the same as the project (MIT OR Apache-2.0).",
        "",
        "The format is the one of `eval/`, so Sikte's evaluator reads this folder as it reads",
        "`eval/`; report its figures for each set separately.",
        "",
        "## Regenerate, never edit",
        "",
        "```sh",
        f"python3 {SCRIPT}            # (re)writes eval-holdout4/, removes stale files",
        f"python3 {SCRIPT} --verify   # generates twice elsewhere: byte-identical, and eval-holdout4/ fresh?",
        "```",
        "",
        "The script imports `scripts/eval/make_eval.py` (CV model, TXT/DOCX/PDF renderers,",
        "job-file writer, checks), `scripts/eval/make_holdout.py` (text extraction for the",
        "checks), `scripts/eval/make_holdout2.py` and `scripts/eval/make_holdout3.py` (only to",
        "refuse their people, slugs and towns) and `scripts/fixtures/cvlib.py`. It refuses what",
        "`make_eval.py` refuses (wrong number of labels, unknown label, `manual` on a non-manual",
        "line or the reverse, duplicate files, PDF text outside Windows-1252) and also a fragment",
        "quoted with single quotes in a `why` that is not in the CV, an e-mail address outside",
        "`example.*`, a job with fewer than two qualified CVs, and any job slug, person or town of",
        "`eval/`, `eval-holdout/`, `eval-holdout2/` or `eval-holdout3/`. This README is generated",
        "too.",
        "",
    ]
    return "\n".join(out + mh.jobs_and_figures(JOBS, HARD_CASES))


# --------------------------------------------------------------------------
# Writing and checking
# --------------------------------------------------------------------------


def generate(out: str) -> list[str]:
    written = me.generate(out, JOBS, SCRIPT)
    cvlib.write_text(os.path.join(out, "README.md"), readme())
    return written + ["README.md"]


def main(argv: list[str]) -> int:
    check_holdout4()
    return me.run(argv, OUT, generate, JOBS, __doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
