#!/usr/bin/env python3
"""Write Sikte's third held-out evaluation set: eval-holdout3/README.md, jobs/<job>.toml, cvs/<job>/<file>.

    python3 scripts/eval/make_holdout3.py            # (re)write eval-holdout3/
    python3 scripts/eval/make_holdout3.py --verify   # generate twice in temporary folders and check both
                                                     # runs and eval-holdout3/ are byte-identical

A fourth labelled set in the same layout and job-file format as eval/,
eval-holdout/ and eval-holdout2/, so that accuracy can be measured on CVs the
rules were never tuned on. Six fictional jobs in professions that no earlier
set uses (paramedic nb, carpenter nn, car mechanic sv, biomedical laboratory
scientist da, data analyst en, security guard nb) with 7 requirement lines
each, and 5-6 fictional CVs per job in TXT, DOCX and PDF (one and two
columns), in bokmål, nynorsk, Swedish, Danish and English.

The set was written without reading Sikte's rules, without reading the CVs of
eval/, eval-holdout/ or eval-holdout2/, and without running Sikte on it. Every
CV x requirement is labelled by hand with what a careful, fair recruiter
concludes on TODAY, under the conventions of eval/README.md (met, not_met,
unclear, manual). Never adjust a label to Sikte's output.

It reuses make_eval.py (the CV model S/L/I/KV/cv, the renderers, the job-file
writer and its checks), make_holdout.py (plain_text, the e-mail pattern) and
scripts/fixtures/cvlib.py, and refuses: what make_eval.py refuses, a fragment
quoted with single quotes in a `why` that is not in the CV, an e-mail address
outside example.*, and any job slug, person or town of eval/, eval-holdout/
or eval-holdout2/. Python 3.11 standard library only. Every person, employer,
school, town, e-mail address and phone number is invented.
"""

from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_eval as me  # noqa: E402
import make_holdout as mh  # noqa: E402
import make_holdout2 as mh2  # noqa: E402
from make_eval import CV, I, KV, L, S, cv  # noqa: E402

cvlib = me.cvlib
ROOT = me.ROOT
OUT = os.path.join(ROOT, "eval-holdout3")
SCRIPT = "scripts/eval/make_holdout3.py"
TODAY = me.TODAY  # 2026-11-27, written into every job file

# Towns of eval/, eval-holdout/ and eval-holdout2/; none may appear here.
USED_TOWNS = mh2.USED_TOWNS + ("Steinvåg", "Bjørkli", "Nordvoll", "Sjöhamra", "Björnvik", "Kløverup", "Rørkær",
                               "Cedarholm", "Dębnik")
TOWNS = "Fossmork, Gjeldvik, Lauvrud and Brattøyra in Norway; Tjärnby, Ravnsjö and Granhamra in Sweden; " \
        "Mosbølle, Tornkær and Hvedslund in Denmark; Kestrelford abroad"

JOBS: list[me.Job] = []


def job(slug, title, lang, profession, reqs: list[tuple[str, str]], *cvs: CV) -> None:
    JOBS.append(me.Job(slug, title, lang, profession, [r for r, _ in reqs], [k for _, k in reqs], list(cvs)))


# ===========================================================================
# 1. nb: Ambulansearbeider
# ===========================================================================
job("ambulansearbeider", "Ambulansearbeider, Lauvrud ambulansestasjon", "nb", "paramedic", [
    ("Autorisasjon som ambulansearbeider", "authorisation"),
    ("Fagbrev i ambulansefaget eller bachelor i paramedisin", "education"),
    ("Førerkort klasse C1", "driving_licence"),
    ("Kompetansebevis for utrykningskjøretøy (kode 160)", "certificate"),
    ("Minst 2 års erfaring fra ambulansetjenesten", "experience"),
    ("Gode norskkunnskaper, muntlig og skriftlig", "language"),
    ("Politiattest må fremlegges", "manual"),
],
    cv("ingvild-saeterbo.docx", "nb", "docx", "table", "MMMMMMX",
       "Authorised ambulansearbeider with a fagbrev, C1 among her classes, the emergency-driving code on "
       "her licence and eight years on an ambulance; every line met.",
       "Ingvild Sæterbø", "Ambulansearbeider  ·  ingvild.saeterbo@example.no  ·  123 45 901",
       S("profile", "Ambulansearbeider med åtte år på bil og noe båt i et stort distrikt med lange "
                    "transporter. Rolig i akutte situasjoner og god på kommunikasjon med pasienter og "
                    "pårørende. Veileder lærlinger og er med i stasjonens fagutvalg."),
       S("exp",
         I("2018 – d.d.", "Ambulansearbeider, Brattøyra ambulansestasjon",
           "Helse Nordkyst HF, 100 % i turnus, primært bil, enkelte vakter på ambulansebåt",
           "Lærlingveileder fra 2022"),
         I("2016 – 2018", "Lærling i ambulansefaget, Brattøyra ambulansestasjon"),
         I("2013 – 2016", "Butikkmedarbeider (deltid), dagligvare, Brattøyra")),
       S("edu",
         I("2018", "Fagbrev som ambulansearbeider", "Fagprøve bestått juni 2018"),
         I("2013 – 2016", "Vg1 helse- og oppvekstfag, Vg2 ambulansefag, Lauvrud videregående skole")),
       S("auth", L("Autorisert ambulansearbeider (HPR), 2018")),
       S("lic", KV("Klasser", "B, BE, C1, C1E"), L("Kode 160 – utrykningskjøring (2019)"), head="Førerkort"),
       S("cert", L("PHTLS 2023"), L("Akuttmedisinsk kurs for ambulansepersonell, 2021"),
         L("Båtførerprøven")),
       S("lang", KV("Norsk", "morsmål"), KV("Engelsk", "godt muntlig og skriftlig")),
       S("contact", "Storgata 14, Brattøyra  ·  123 45 901  ·  ingvild.saeterbo@example.no")),

    cv("torjus-hovland-nes.pdf", "nn", "pdf", "two-column", "MMMMMMX",
       "Bachelor i paramedisin plus a fagbrev as praksiskandidat and the authorisation; 'Klasse C' under "
       "Førarkort covers C1 and 'utrykkingskøyretøy, kode 160' is the certificate; all met.",
       "Torjus Hovland Nes", "Ambulansearbeidar / paramedisinar",
       S("contact", "Fjordvegen 3, Gjeldvik", "123 45 912", "torjus.nes@example.no"),
       S("lic", "Klasse C", "Kompetansebevis for utrykkingskøyretøy, kode 160 (2021)"),
       S("lang", KV("Norsk", "morsmål (nynorsk og bokmål)"), KV("Engelsk", "flytande")),
       S("cert", L("PHTLS / AMLS"), L("Vassredning, grunnkurs")),
       S("profile", "Paramedisinar med bachelorgrad og fagbrev. Trivst i distrikt med lange responstider "
                    "der ein må ta sjølvstendige avgjerder."),
       S("exp",
         I("mars 2021 – no", "Ambulansearbeidar, Gjeldvik ambulansestasjon",
           "Heiltid, turnus. Akuttoppdrag, sekundærtransportar og samarbeid med luftambulansen."),
         I("2017 – 2020", "Ekstravakt, legevaktsentral (deltid under studiet)")),
       S("edu",
         I("2017 – 2020", "Bachelor i paramedisin, Høgskulen på Gjeldvik"),
         I("2021", "Fagbrev i ambulansefaget (praksiskandidat)")),
       S("auth", L("Autorisasjon som ambulansearbeidar, Helsedirektoratet (HPR), 2021")),
       order="right-first"),

    cv("nadia-rahimi.txt", "nb", "txt", "one-column", "MMMMMMX",
       "Two ambulance jobs with a gap, '06/2022 – 12/2023' and '03/2025 – d.d.' at 60 %, add up to about "
       "40 months; C1 and D1 listed, 'Utrykningssertifikat (kode 160)'; all met.",
       "Nadia Rahimi", "Ambulansearbeider – nadia.rahimi@example.com – 123 45 923",
       S("profile", "Autorisert ambulansearbeider som trives i et travelt byområde. Snakker dari og farsi i "
                    "tillegg til norsk, noe jeg ofte har nytte av i møte med pasienter."),
       S("exp",
         I("03/2025 – d.d.", "Ambulansearbeider, 60 % fast stilling, Lauvrud ambulansestasjon"),
         I("01/2024 – 02/2025", "Årsstudium i psykologi, Universitetet i Fossmork"),
         I("06/2022 – 12/2023", "Ambulansearbeider (vikariat), Fossmork ambulansestasjon"),
         I("08/2020 – 06/2022", "Lærling i ambulansefaget, Fossmork ambulansestasjon")),
       S("edu",
         I("2022", "Fagbrev i ambulansefaget"),
         I("2017 – 2020", "Helse- og oppvekstfag / ambulansefag, Fossmork videregående skole")),
       S("auth", L("Autorisert (HPR) som ambulansearbeider, 2022")),
       S("lic", KV("Klasser", "B, C1, D1"), L("Utrykningssertifikat (kode 160), 2022")),
       S("lang", KV("Norsk", "flytende muntlig og skriftlig"), KV("Dari", "morsmål"), KV("Engelsk", "god")),
       sep=" | ", rule=True),

    cv("linnea-akerholm.docx", "sv", "docx", "one-column", "UUMUMNX",
       "A Swedish nurse with a specialist degree in ambulance care: neither the Norwegian authorisation nor "
       "the trade education; only Swedish 'utryckningskörning' training; Norwegian 'talar på B1-nivå' is "
       "below B2.",
       "Linnea Åkerholm", "Specialistsjuksköterska inom ambulanssjukvård",
       S("profile", "Legitimerad sjuksköterska med nio års erfarenhet från ambulansen. Jag söker mig till "
                    "Norge av familjeskäl och läser norska på kvällstid."),
       S("exp",
         I("2017 – nu", "Ambulanssjuksköterska, Ambulanssjukvården i Tjärnby",
           "Akuta uppdrag, triage enligt RETTS, ansvarig för läkemedel på stationen"),
         I("2015 – 2017", "Sjuksköterska, akutmottagningen, Tjärnby lasarett")),
       S("edu",
         I("2016 – 2017", "Specialistsjuksköterskeprogrammet med inriktning ambulanssjukvård, 60 hp, "
                          "Ravnsjö universitet"),
         I("2012 – 2015", "Sjuksköterskeprogrammet, 180 hp, Ravnsjö universitet")),
       S("auth", L("Legitimerad sjuksköterska (Socialstyrelsen), 2015")),
       S("lic", "Körkort: B, C1", "Utbildning i utryckningskörning, 2017"),
       S("lang", KV("Svenska", "modersmål"), KV("Engelska", "mycket god"),
         KV("Norska", "förstår bra, talar på B1-nivå (kurs pågår)")),
       S("contact", "linnea.akerholm@example.se  ·  070-174 06 81")),

    cv("callum-brierley.pdf", "en", "pdf", "right-dates", "UMMUMMX",
       "A UK paramedic: the BSc in Paramedic Science is the same degree, but the Norwegian authorisation is "
       "only applied for and the blue-light course is British; C1 on the UK licence and Norwegian at B2.",
       "Callum Brierley", "Paramedic  |  callum.brierley@example.co.uk  |  07700 900 614",
       S("profile", "HCPC-registered paramedic with nine years on frontline ambulances, moving to Norway "
                    "with my partner. I have passed the Norwegian language test and applied for "
                    "authorisation."),
       S("exp",
         I("Sep 2016 – Jun 2025", "Paramedic, East Kestrelford Ambulance Service",
           "Emergency and urgent care, single-crewed rapid response car 2020-2025, mentor for students"),
         I("2012 – 2013", "Emergency Care Assistant, East Kestrelford Ambulance Service")),
       S("edu", I("2013 – 2016", "BSc (Hons) Paramedic Science, University of Kestrelford")),
       S("auth", L("HCPC registered Paramedic, PA 123456"),
         L("Norwegian authorisation as ambulansearbeider: application submitted to Helsedirektoratet "
           "October 2026")),
       S("lic", L("Full UK driving licence, categories B and C1"),
         L("IHCD Emergency Response Driving (blue light), 2016")),
       S("lang", L("English: native"), L("Norwegian: B2 (Norskprøven May 2026, oral B2, written B2)"))),

    cv("marte-grotli.pdf", "nn", "pdf", "dates-after", "MMUUUMX",
       "Fagbrev and authorisation, but 'januar 2025 – d.d.' is about 23 months (the apprenticeship does not "
       "count), C1 'oppkøyring januar 2027' and the emergency-driving certificate only 'planlagt etter C1'.",
       "Marte Grøtli", "Ambulansearbeidar  ·  marte.grotli@example.net  ·  123 45 934",
       S("exp",
         I("januar 2025 – d.d.", "Ambulansearbeidar, Fossmork ambulansestasjon",
           "Fast 80 %, bil, dag- og nattvakter"),
         I("august 2022 – desember 2024", "Lærling i ambulansefaget, Fossmork ambulansestasjon"),
         I("2019 – 2022", "Helsefagarbeidarelev, Brattøyra vidaregåande skule")),
       S("edu", I("desember 2024", "Fagbrev i ambulansefaget")),
       S("auth", "Autorisert ambulansearbeidar, 2024"),
       S("lic", "Klasse B. Tek C1 no i haust, oppkøyring januar 2027.",
         "Kompetansebevis for utrykkingskøyretøy: planlagt etter C1."),
       S("lang", "Norsk morsmål, engelsk godt."),
       S("other", "Frivillig i hjelpekorpset i Fossmork sidan 2016.")),
)


# ===========================================================================
# 2. nn: Tømrar
# ===========================================================================
job("tomrar", "Tømrar til nybygg og rehabilitering", "nn", "carpenter", [
    ("Fagbrev i tømrarfaget", "education"),
    ("Minst 3 års erfaring som tømrar", "experience"),
    ("Førarkort klasse B", "driving_licence"),
    ("Gyldig sertifikat for varme arbeid", "certificate"),
    ("Kjennskap til TEK17", "must_mention"),
    ("Gode norskkunnskapar munnleg", "language"),
    ("Må kunne byrje snarast", "manual"),
],
    cv("havard-midtbust.docx", "nn", "docx", "bold-headings", "MMMMMMX",
       "Fagbrev 2011, fifteen years as tømrar, then his own firm; 'Varme arbeider' renewed 2024 (valid five "
       "years), energy work to TEK17; all met.",
       "Håvard Midtbust", "Tømrar  –  havard.midtbust@example.no  –  123 45 945",
       S("profile", "Allsidig tømrar med lang røynsle frå både nybygg og rehabilitering av gamle trehus. "
                    "Likar å ha ansvar for ein jobb frå grunnmur til ferdig listing."),
       S("exp",
         I("2020 – d.d.", "Sjølvstendig tømrar, Midtbust Tre og Tak ENK",
           "Tilbygg, etterisolering og vindaugsskifte i bustader frå 1920–1960"),
         I("2011 – 2020", "Tømrar og bas, Lauvrud Trehus AS", "Bas på einebustader og rekkjehus frå 2015")),
       S("edu",
         I("2011", "Fagbrev i tømrarfaget"),
         I("2007 – 2009", "Vg1 bygg- og anleggsteknikk, Vg2 tømrar, Gjeldvik vidaregåande skule")),
       S("cert", L("Varme arbeider, sertifikat fornya mai 2024"), L("Stillaskurs 2–9 meter"),
         L("Fallsikring")),
       S("skills", L("Energitiltak og tettleik etter TEK17"), L("Byggforskserien, våtromsnormen"),
         L("Enkel prosjektering og kalkyle")),
       S("lic", KV("Førarkort", "B og BE (hengar)")),
       S("lang", KV("Norsk", "morsmål"), KV("Engelsk", "middels"))),

    cv("marek-wrona.pdf", "en", "pdf", "two-column", "MMMMMMX",
       "A Polish carpenter with a Norwegian fagbrev as praksiskandidat; 'Hot work certificate (Varme "
       "arbeider)' renewed 2023; 'fluent spoken' Norwegian meets a spoken-only line; all met.",
       "Marek Wrona", "Carpenter / tømrer",
       S("contact", "marek.wrona@example.com", "123 45 956", "Brattøyra"),
       S("lic", "Category B (Polish, EU)"),
       S("lang", KV("Polish", "native"), KV("Norwegian", "fluent spoken, written basic"),
         KV("English", "good")),
       S("cert", L("Hot work certificate (Varme arbeider), renewed 2023"), L("Scaffolding course"),
         L("HMS-kort")),
       S("profile", "Carpenter with eighteen years in the trade, the last eleven in Norway. Formwork, "
                    "timber frame houses, roofs and renovation of old houses."),
       S("exp",
         I("2015 – present", "Tømrer / carpenter, Brattøyra Bygg AS",
           "Timber frame houses and extensions, works to Norwegian building regulations (TEK17) and "
           "Byggforsk details"),
         I("2008 – 2014", "Carpenter, family building firm, Poland")),
       S("edu",
         I("2019", "Trade certificate (fagbrev) in carpentry, tømrerfaget, Norway – praksiskandidat"),
         I("2005 – 2008", "Vocational school, building trades, Poland")),
       order="rows"),

    cv("viktor-hagglund.txt", "sv", "txt", "dates-after", "UMMUMMX",
       "A Swedish snickare with a 'Yrkesbevis snickare (BYN)', not a Norwegian fagbrev, and 'Heta arbeten', "
       "the Swedish hot-work scheme; years, licence, TEK17 and spoken Norwegian are met.",
       "Viktor Hägglund", "Snickare  /  viktor.hagglund@example.se  /  070-174 06 82",
       S("profile", "Snickare sedan 2014. Har jobbat fyra år på bygg i Norge och vill tillbaka dit."),
       S("exp",
         I("2023–nu", "Snickare, egen firma (Hägglunds Bygg & Snickeri)"),
         I("2019–2023", "Snickare, inhyrd via bemanning till byggen i Norge",
           "Flerbostadshus och småhus, byggt efter TEK17"),
         I("2014–2019", "Snickare, Ravnsjö Bygg AB")),
       S("edu",
         I("2014", "Yrkesbevis snickare (BYN)"),
         I("2010–2013", "Bygg- och anläggningsprogrammet, husbyggnad, Ravnsjö gymnasium")),
       S("cert", L("Heta arbeten, certifikat giltigt till 2027-04"), L("Ställningsbyggnad, 2–9 m")),
       S("lic", "B"),
       S("lang", KV("Svenska", "modersmål"), KV("Norska", "talar obehindrat efter fyra år i Norge"))),

    cv("sander-tveiten.txt", "nn", "txt", "badly-written", "UUNMMMX",
       "An apprentice: the fagprøve is only set ('fagprøva er sett til juni 2027') and apprentice years "
       "are not experience; 'har ikkje førarkort enno' contradicts the licence line.",
       raw="""sander vik tveiten
tlf 123 45 967   sander.tveiten@example.no

lærling tømrar hjå Fossmork Byggservice sidan august 2024. fagprøva er sett til juni 2027.
før det vg1 bygg og anlegg og vg2 tømrar på Gjeldvik vgs (2022-2024)
sommarjobb på sagbruket 2022 og 2023
kurs: varme arbeider (2025), stillaskurs, fallsikring. vi lærte TEK17 på skulen og bruker det kvar dag på jobb
har ikkje førarkort enno, øvingskøyrer
norsk morsmål, litt engelsk
kan begynne med ein gong
"""),

    cv("kjetil-aasheim.pdf", "nb", "pdf", "one-column", "MMMUMMX",
       "A career changer with a fagbrev as praksiskandidat and seven years as tømrer, but 'Varme arbeider – "
       "gyldig til 03/2026' expired before today.",
       "Kjetil Aasheim", "Tømrer  ·  kjetil.aasheim@example.no  ·  123 45 978",
       S("profile", "Tidligere prosessoperatør som byttet yrke i 2019. Jobber mest med rehabilitering av "
                    "eldre eneboliger etter TEK17, etterisolering og nye bad."),
       S("exp",
         I("2019 – d.d.", "Tømrer, Lauvrud Snekkerverksted AS"),
         I("2008 – 2019", "Prosessoperatør, Gjeldvik Smelteverk")),
       S("edu",
         I("2020", "Fagbrev som tømrer (praksiskandidat)"),
         I("2005 – 2008", "Kjemi- og prosessfag, Gjeldvik videregående skole")),
       S("cert", L("Varme arbeider – gyldig til 03/2026"), L("Stillasmontering over 5 meter"),
         L("Våtromssertifikat")),
       S("lic", KV("Klasser", "B, BE")),
       S("lang", KV("Norsk", "morsmål"), KV("Engelsk", "god"))),

    cv("signe-aarvik-lie.docx", "nn", "docx", "table", "MUMMMMX",
       "Fagbrev in 2024 and a tømrar job from '02/2024 – d.d.', about 34 months; the apprenticeship and the "
       "warehouse job before it do not count.",
       "Signe Aarvik Lie", "Tømrar med fagbrev  |  signe.lie@example.no  |  123 45 989",
       S("exp",
         I("02/2024 – d.d.", "Tømrar, Fossmork Bygg AS", "Nybygg, rekkjehus og hytter"),
         I("08/2022 – 01/2024", "Lærling, Fossmork Bygg AS"),
         I("2019 – 2022", "Lagermedarbeidar, Gjeldvik Byggvare")),
       S("edu",
         I("januar 2024", "Fagbrev, tømrarfaget"),
         I("2020 – 2022", "Vg1 bygg- og anleggsteknikk, Vg2 tømrar (vaksenopplæring)")),
       S("cert", L("Varme arbeider (2024)"), L("Stillaskurs"), L("Truckførarbevis T1, T4")),
       S("skills", L("TEK17, bygningsfysikk, tettleik"), L("Les arbeidsteikningar")),
       S("lic", "Førarkort: B"),
       S("lang", "Norsk (morsmål), engelsk (god)")),
)


# ===========================================================================
# 3. sv: Bilmekaniker
# ===========================================================================
job("bilmekaniker", "Bilmekaniker till märkesverkstad", "sv", "car mechanic", [
    ("Gymnasieexamen från fordons- och transportprogrammet eller motsvarande utbildning", "education"),
    ("Minst 3 års erfarenhet som bilmekaniker", "experience"),
    ("B-körkort", "driving_licence"),
    ("Genomförd utbildning i elsäkerhet för el- och hybridfordon", "certificate"),
    ("Erfarenhet av felsökning med diagnosverktyg", "must_mention"),
    ("God svenska i tal och skrift", "language"),
    ("Drogtest genomförs innan anställning", "manual"),
],
    cv("jonatan-ekstrand.docx", "sv", "docx", "one-column", "MMMMMMX",
       "Fordons- och transportprogrammet, twelve years as personbilsmekaniker, 'HV-behörighet nivå 2' for "
       "high-voltage systems and diagnostics with ODIS; all met.",
       "Jonatan Ekstrand", "Personbilsmekaniker  ·  jonatan.ekstrand@example.se  ·  070-174 06 83",
       S("profile", "Mekaniker med tolv år på märkesverkstad. Gillar elfel och svåra fall som andra har "
                    "gett upp på."),
       S("exp",
         I("aug 2014 – nu", "Personbilsmekaniker, Ravnsjö Bil AB",
           "Service, reparationer och garantiärenden på VW, Audi och Skoda",
           "Diagnostik och felsökning av elsystem med ODIS, kontaktperson för elbilar sedan 2021")),
       S("edu",
         I("2011 – 2014", "Fordons- och transportprogrammet, inriktning personbil, Tjärnby gymnasium",
           "Gymnasieexamen")),
       S("cert", L("HV-behörighet nivå 2 (arbete på högvoltsystem i el- och hybridbilar), 2022"),
         L("Köldmediecertifikat för fordons-AC, 2019")),
       S("lic", KV("Körkort", "B, BE")),
       S("lang", KV("Svenska", "modersmål"), KV("Engelska", "god"))),

    cv("ahmad-khalil.pdf", "sv", "pdf", "two-column", "MMMMMMX",
       "A three-year vocational training in vehicle mechanics from Syria is an equivalent education; "
       "mechanic since 2009 with a gap; a course in high-voltage safety on electric and hybrid cars; "
       "Swedish 'mycket god i tal och skrift'; all met.",
       "Ahmad Khalil", "Fordonstekniker",
       S("contact", "ahmad.khalil@example.com", "070-174 06 84", "Granhamra"),
       S("lic", "Körkort B"),
       S("lang", KV("Arabiska", "modersmål"), KV("Svenska", "mycket god i tal och skrift"),
         KV("Engelska", "grundläggande")),
       S("skills", L("Felsökning med diagnosdator (Autel, Launch)"), L("Däck, hjulinställning"),
         L("Bromsar, styrning, AC")),
       S("cert", L("Säkert arbete med högspänningssystem i el- och hybridbilar, 2023")),
       S("profile", "Jag har arbetat som bilmekaniker i Syrien och i Sverige. Noggrann och lugn, van att ha "
                    "egen kundkontakt."),
       S("exp",
         I("2018 – nu", "Fordonstekniker, Granhamra Däck & Service AB",
           "Service och reparation av personbilar och lätta lastbilar"),
         I("2016 – 2018", "Lagerarbetare, Tjärnby Logistik (deltid) och svenska för invandrare"),
         I("2009 – 2013", "Bilmekaniker, egen verkstad, Syrien")),
       S("edu",
         I("2006 – 2009", "Yrkesutbildning i fordonsmekanik, 3 år, tekniskt yrkesinstitut, Syrien"),
         I("2016 – 2017", "Svenska som andraspråk 3, Komvux Granhamra")),
       order="left-first"),

    cv("vegard-myrhaug.txt", "nb", "txt", "one-column", "MUMMMUX",
       "The Norwegian fagbrev counts as an equivalent education, but only '08/2016 – 06/2019' as a mechanic "
       "(35 months) before moving to sales; Swedish 'forstår godt' only.",
       "Vegard Myrhaug", "vegard.myrhaug@example.no | 123 45 990",
       S("exp",
         I("07/2019 – d.d.", "Salgskonsulent bil, Brattøyra Bilsenter"),
         I("08/2016 – 06/2019", "Bilmekaniker, Brattøyra Bilsenter",
           "Service og reparasjon, feilsøking med diagnoseverktøy (VIDA, ODIS)"),
         I("08/2014 – 07/2016", "Lærling i bilfaget, Brattøyra Bilsenter")),
       S("edu",
         I("2016", "Fagbrev i bilfaget, lette kjøretøy"),
         I("2012 – 2014", "Vg1 teknologi- og industrifag, Vg2 kjøretøy, Lauvrud videregående skole")),
       S("cert", L("Høyvoltkurs for el- og hybridbil, nivå 2 (2018)")),
       S("lic", "Klasse B"),
       S("lang", KV("Norsk", "morsmål"), KV("Svensk", "forstår godt"), KV("Engelsk", "god")),
       sep="   ", upper=False, bullet="* "),

    cv("elin-rask.docx", "sv", "docx", "table", "MUNUMMX",
       "Examen from the programme in June 2025, but only 'aug 2025 – nu' as a mechanic (16 months, the "
       "workplace training does not count), 'Körkort: inte än' and high-voltage training only booked.",
       "Elin Rask", "Bilmekaniker  |  elin.rask@example.se  |  070-174 06 85",
       S("exp",
         I("aug 2025 – nu", "Bilmekaniker, Snabbfix Bilservice, Tjärnby",
           "Service, däck, felsökning med Bosch KTS"),
         I("2023 – 2025", "APL (arbetsplatsförlagt lärande), Ravnsjö Bil AB")),
       S("edu", I("2022 – juni 2025", "Fordons- och transportprogrammet, inriktning personbil, "
                                      "Granhamra gymnasium", "Gymnasieexamen juni 2025")),
       S("cert", L("HV-utbildning nivå 1 inbokad januari 2027")),
       S("lic", "Körkort: inte än, övningskör och har uppkörning i vår"),
       S("lang", KV("Svenska", "modersmål"), KV("Engelska", "god"))),

    cv("rasmus-kjaergaard.pdf", "da", "pdf", "right-dates", "MMMMMUX",
       "A Danish svendebrev in the trade is an equivalent education and the high-voltage course is done, but "
       "Swedish is 'taler og forstår, skriver med hjælp': writing is not shown to be good.",
       "Rasmus Holm Kjærgaard", "Personvognsmekaniker · rasmus.kjaergaard@example.dk · +45 12 34 59 11",
       S("profile", "Mekaniker med 15 år i faget, de sidste år som værkstedsformand. Min kone har fået job i "
                    "Sverige, og jeg søger derfor værkstedsjob der."),
       S("exp",
         I("2018 – d.d.", "Værkstedsformand, Tornkær Autoservice ApS",
           "Fordeling af opgaver, fejlsøgning med diagnoseudstyr (Texa, Bosch), kundekontakt"),
         I("2011 – 2018", "Personvognsmekaniker, Tornkær Autoservice ApS")),
       S("edu",
         I("2007 – 2011", "Svendebrev som personvognsmekaniker, Erhvervsskolen i Mosbølle")),
       S("cert", L("Højvoltsuddannelse, el- og hybridbiler (HV-certifikat), 2021"),
         L("Kølemiddelcertifikat, mobile anlæg")),
       S("lic", L("Kategori B")),
       S("lang", L("Dansk: modersmål"), L("Svensk: taler og forstår, skriver med hjælp"), L("Engelsk: godt"))
       , date_first=True),

    cv("gareth-pennock.txt", "en", "txt", "no-headings", "MMMMMNX",
       "A UK vehicle technician with a Level 3 NVQ, an IMI hybrid award and Snap-on diagnostics; all met "
       "except Swedish at 'A2 (SFI, ongoing)'.",
       "Gareth Pennock", "Vehicle Technician – gareth.pennock@example.co.uk – 070-174 06 86",
       S("profile", "Light vehicle technician, eight years in a franchised workshop in England, living in "
                    "Sweden since 2024."),
       S("exp",
         I("2024 – present", "Warehouse operative, Tjärnby (temporary)"),
         I("2015 – 2023", "Vehicle Technician, Pennock Motors, Kestrelford",
           "Servicing, repairs, MOT preparation, diagnostics with Snap-on Verus and manufacturer software")),
       S("edu", I("2013 – 2015", "Level 3 NVQ Diploma in Light Vehicle Maintenance and Repair, "
                                 "Kestrelford College")),
       S("cert", L("IMI Level 2 Award in Hybrid Electric Vehicle Routine Maintenance, 2021")),
       S("lic", "Full UK driving licence (category B), exchanged for a Swedish licence 2024"),
       S("lang", "English: native. Swedish: A2 (SFI, ongoing)."),
       sep=" - "),
)


# ===========================================================================
# 4. da: Bioanalytiker
# ===========================================================================
job("bioanalytiker", "Bioanalytiker til Klinisk Biokemisk Afdeling", "da", "biomedical laboratory scientist", [
    ("Autorisation som bioanalytiker", "authorisation"),
    ("Professionsbachelor i bioanalytisk diagnostik", "education"),
    ("Mindst 2 års erfaring fra et klinisk biokemisk laboratorium", "experience"),
    ("Erfaring med blodprøvetagning", "must_mention"),
    ("Kendskab til LABKA", "must_mention"),
    ("Du taler og skriver dansk", "language"),
    ("Du skal kunne indgå i vagtplanen med aften- og weekendvagter", "manual"),
],
    cv("mette-solvhoj.docx", "da", "docx", "one-column", "MMMMMMX",
       "Authorised bioanalytiker since 2015 with the professionsbachelor, eleven years at a KBA, "
       "'Venepunktur' for blood sampling and LABKA II; all met.",
       "Mette Sølvhøj Andersen", "Bioanalytiker  ·  mette.andersen@example.dk  ·  +45 12 34 59 21",
       S("profile", "Erfaren bioanalytiker med hjerte for præanalysen og for patienterne i ambulatoriet. "
                    "Superbruger i laboratoriesystemet og oplærer nye kolleger."),
       S("exp",
         I("2015 – d.d.", "Bioanalytiker, Klinisk Biokemisk Afdeling, Tornkær Sygehus",
           "Venepunktur og kapillærprøver på ambulatorium og sengeafsnit, også børn",
           "Hæmatologi og koagulation, kvalitetskontrol, LABKA II superbruger")),
       S("edu", I("2012 – 2015", "Bioanalytikeruddannelsen (professionsbachelor), UC Mosbølle")),
       S("auth", L("Autoriseret bioanalytiker, 2015")),
       S("lang", KV("Dansk", "modersmål"), KV("Engelsk", "godt i skrift og tale"), KV("Tysk", "lidt"))),

    cv("frida-holmgard.pdf", "sv", "pdf", "two-column", "UMMMUNX",
       "A Swedish legitimation is not a Danish authorisation; the same degree and years at a klinisk kemi "
       "lab count, venprovtagning is blood sampling, but Flexlab is not LABKA and Danish 'talar lite'.",
       "Frida Holmgård", "Biomedicinsk analytiker",
       S("contact", "frida.holmgard@example.se", "070-174 06 87"),
       S("lang", KV("Svenska", "modersmål"), KV("Engelska", "flytande"), KV("Danska", "förstår bra, talar lite")),
       S("skills", L("Venprovtagning, även barn"), L("Flexlab"), L("Akutlab, blodgas"),
         L("Kvalitetsarbete, ackreditering")),
       S("profile", "Legitimerad biomedicinsk analytiker som vill pendla över sundet och arbeta på ett "
                    "danskt sjukhuslaboratorium."),
       S("exp",
         I("2017 – nu", "Biomedicinsk analytiker, Klinisk kemi, Tjärnby lasarett",
           "Provtagning, akutlab, koagulation och hematologi")),
       S("edu", I("2014 – 2017", "Biomedicinsk analytikerprogrammet, 180 hp, Ravnsjö universitet",
                  "Kandidatexamen i biomedicinsk laboratorievetenskap")),
       S("auth", L("Legitimerad biomedicinsk analytiker (Socialstyrelsen), 2017")),
       order="right-first"),

    cv("maria-dela-rosa.pdf", "en", "pdf", "one-column", "UMMMMMX",
       "A Philippine medical technologist (same field and level) with seven years in clinical chemistry and "
       "LABKA II as a lab assistant in Denmark; the Danish authorisation is 'pending'; Prøve i Dansk 3.",
       "Maria Cristina Dela Rosa", "Medical Technologist · maria.delarosa@example.com · +45 12 34 59 32",
       S("profile", "Medical technologist with clinical chemistry experience, working in a Danish hospital "
                    "laboratory since 2022 while my authorisation is processed."),
       S("exp",
         I("2022 – present", "Laboratory assistant (laboratorieassistent), KBA, Hvedslund Sygehus",
           "Pre-analysis, sample reception and registration in LABKA II"),
         I("2011 – 2018", "Medical Technologist, Clinical Chemistry section, St. Amparo General Hospital, "
                          "Philippines", "Phlebotomy, chemistry and immunoassay analysers, quality control")),
       S("edu", I("2007 – 2011", "BSc Medical Technology, Bayanihan Medical College, Philippines")),
       S("auth", L("Registered Medical Technologist, PRC Philippines, 2011"),
         L("Danish authorisation as bioanalytiker: application sent to Styrelsen for Patientsikkerhed "
           "March 2026, pending")),
       S("lang", L("Tagalog: native"), L("English: fluent"), L("Danish: Prøve i Dansk 3 (2024)"))),

    cv("jonas-damgaard.txt", "da", "txt", "one-column", "MMUMMMX",
       "Newly graduated and authorised, but 'marts 2026 – nu' is nine months as bioanalytiker; the job as "
       "studentermedhjælper during the studies does not count.",
       "Jonas Friis Damgaard", "Bioanalytiker, nyuddannet · jonas.damgaard@example.dk · +45 12 34 59 43",
       S("exp",
         I("marts 2026 – nu", "Bioanalytiker, Klinisk Biokemisk Afdeling, Tornkær Sygehus",
           "Tager blodprøver (venøse og kapillære), analyser i LABKA"),
         I("2023 – 2025", "Studentermedhjælper, Klinisk Biokemisk Afdeling, Tornkær Sygehus")),
       S("edu", I("2022 – jan. 2026", "Professionsbachelor i bioanalytisk diagnostik, UC Mosbølle")),
       S("auth", L("Autorisation som bioanalytiker, februar 2026")),
       S("lang", KV("Dansk", "modersmål"), KV("Engelsk", "godt")),
       sep="  ·  "),

    cv("kristoffer-lundeby.docx", "nb", "docx", "europass", "MMMMMMX",
       "A Norwegian bioingeniør who holds a 'Dansk autorisasjon som bioanalytiker'; bioingeniørfag is the "
       "same degree, medisinsk biokjemi is clinical biochemistry; Danish C1; all met.",
       "Kristoffer Lundeby", "Bioingeniør / bioanalytiker",
       S("contact", KV("E-post", "kristoffer.lundeby@example.no"), KV("Telefon", "+45 12 34 59 54"),
         KV("Adresse", "Hvedslund, Danmark")),
       S("exp",
         I("2023 – d.d.", "Bioanalytiker, Klinisk Biokemisk Afdeling, Hvedslund Sygehus",
           "Blodprøvetaking, akuttlaboratoriet, LABKA II"),
         I("2011 – 2022", "Bioingeniør, Avdeling for medisinsk biokjemi, Brattøyra sykehus",
           "Blodprøvetaking på poliklinikk og sengepost, hematologi, koagulasjon")),
       S("edu", I("2008 – 2011", "Bachelor i bioingeniørfag, Høgskolen i Brattøyra")),
       S("auth", KV("Norge", "Autorisasjon som bioingeniør (HPR), 2011"),
         KV("Danmark", "Dansk autorisasjon som bioanalytiker (Styrelsen for Patientsikkerhed), 2023")),
       S("lang", KV("Norsk", "Morsmål"), KV("Dansk", "Forstå C1 · Snakke C1 · Skrive C1"),
         KV("Engelsk", "Forstå C1 · Snakke B2 · Skrive B2"))),

    cv("lone-bech.pdf", "da", "pdf", "two-column", "UUMMMMX",
       "A laborant at a KBA for seventeen years (experience, blood sampling and LABKA met), but the "
       "bioanalytiker degree is 'Forventet færdig juni 2027' and there is no authorisation.",
       "Lone Kræmer Bech", "Laborant, KBA",
       S("contact", "lone.bech@example.dk", "+45 12 34 59 65", "Hvedslund"),
       S("lang", L("Dansk (modersmål)"), L("Engelsk (godt)")),
       S("skills", L("Blodprøvetagning i ambulatoriet"), L("LABKA II"), L("Præanalyse og forsendelse")),
       S("exp",
         I("2009 – d.d.", "Laborant, Klinisk Biokemisk Afdeling, Hvedslund Sygehus",
           "Tager blodprøver, præanalyse, urinanalyser")),
       S("edu",
         I("2024 – ", "Bioanalytikeruddannelsen (merit), UC Mosbølle", "Forventet færdig juni 2027"),
         I("2005 – 2008", "Laborantuddannelsen (erhvervsuddannelse)")),
       order="rows"),
)


# ===========================================================================
# 5. en: Data Analyst
# ===========================================================================
job("data-analyst", "Data Analyst, customer insight", "en", "data analyst", [
    ("Bachelor's degree in statistics, mathematics, economics or a related field", "education"),
    ("At least 2 years of experience as a data analyst", "experience"),
    ("Strong SQL skills", "must_mention"),
    ("Experience with Power BI or Tableau", "must_mention"),
    ("Fluent English, written and spoken", "language"),
    ("Norwegian, Swedish or Danish at B2 level or higher", "language"),
    ("Background check before employment", "manual"),
],
    cv("aisling-moran.pdf", "en", "pdf", "two-column", "MMMMMMX",
       "BSc Economics and an MSc in Applied Statistics, seven years as data and insight analyst, SQL and "
       "Tableau, English native and Norwegian B2; all met.",
       "Aisling Moran", "Insight Analyst",
       S("contact", "aisling.moran@example.com", "123 45 911", "Brattøyra"),
       S("skills", L("SQL (PostgreSQL, Snowflake)"), L("Tableau, Power BI"), L("Python (pandas)"),
         L("A/B testing, segmentation")),
       S("lang", KV("English", "native"), KV("Norwegian", "B2 (Norskprøven 2025)")),
       S("profile", "Analyst who turns messy customer data into decisions. Moved to Norway in 2023."),
       S("exp",
         I("2023 – present", "Insight Analyst, Nordkyst Energi AS",
           "Churn and pricing analysis, dashboards for the customer service team"),
         I("2019 – 2023", "Data Analyst, Fernlight Retail Group, Kestrelford",
           "Loyalty programme analytics, weekly sales reporting")),
       S("edu",
         I("2018 – 2019", "MSc Applied Statistics, University of Kestrelford"),
         I("2015 – 2018", "BSc Economics, University of Kestrelford")),
       order="left-first"),

    cv("filip-noren.docx", "sv", "docx", "table", "MMMMMMX",
       "Kandidatexamen i statistik, dataanalytiker then BI-analytiker since 2018, T-SQL and Power BI, "
       "English 'flytande i tal och skrift', Swedish native; all met.",
       "Filip Norén", "BI-analytiker  |  filip.noren@example.se  |  070-174 06 88",
       S("profile", "Statistiker i grunden som har arbetat med analys och rapportering i försäkring och "
                    "handel."),
       S("exp",
         I("2022 – nu", "BI-analytiker, Granhamra Handel AB",
           "Datamodeller och rapporter i Power BI, avancerad T-SQL mot lagret"),
         I("2018 – 2022", "Dataanalytiker, Tjärnby Försäkring AB", "Skadeanalys, prissättning, SQL och R")),
       S("edu", I("2015 – 2018", "Kandidatexamen i statistik, Ravnsjö universitet")),
       S("lang", KV("Svenska", "modersmål"), KV("Engelska", "flytande i tal och skrift"))),

    cv("sofie-morch.pdf", "da", "pdf", "europass", "MUMMMMX",
       "A cand.polit. who was a business controller until 2024; 'januar 2025 – nu' as data analyst is "
       "about 23 months.",
       "Sofie Lykke Mørch", "Data Analyst",
       S("contact", KV("E-mail", "sofie.morch@example.dk"), KV("Telefon", "+45 12 34 59 76")),
       S("exp",
         I("januar 2025 – nu", "Data Analyst, Tornkær Forsyning A/S",
           "Forbrugsdata, prognoser, rapporter i Power BI, SQL"),
         I("2017 – 2024", "Business Controller, Mosbølle Maskinfabrik A/S",
           "Budget, opfølgning, månedsrapportering i Excel")),
       S("edu",
         I("2015 – 2017", "Cand.polit. (økonomi), Mosbølle Universitet"),
         I("2012 – 2015", "BSc i økonomi")),
       S("lang", KV("Dansk", "modersmål"), KV("Engelsk", "flydende (C1)")),
       S("skills", KV("Værktøjer", "SQL, Power BI, Excel, lidt Python"))),

    cv("hilde-vassbotn.docx", "nb", "docx", "dates-after", "UMMMMMX",
       "A nurse turned analyst: four years as dataanalytiker with SQL and Power BI, but a nursing bachelor "
       "plus 'Årsstudium i statistikk (60 stp)' is not a bachelor in a quantitative field.",
       "Hilde Vassbotn", "Dataanalytiker  ·  hilde.vassbotn@example.no  ·  123 45 922",
       S("profile", "Sykepleier som fant ut at jeg likte tallene bak tjenestene bedre enn turnus. Jobber med "
                    "styringsdata i kommunen."),
       S("exp",
         I("aug. 2022 – d.d.", "Dataanalytiker, Fossmork kommune",
           "SQL mot fagsystemene, Power BI-rapporter for helse og omsorg"),
         I("2010 – 2022", "Sykepleier, Fossmork sykehjem")),
       S("edu",
         I("2020 – 2021", "Årsstudium i statistikk (60 stp), Universitetet i Fossmork"),
         I("2007 – 2010", "Bachelor i sykepleie, Høgskolen i Fossmork")),
       S("lang", L("Norsk: morsmål"), L("Engelsk: flytende skriftlig og muntlig"))),

    cv("oleksandr-hrytsenko.txt", "en", "txt", "one-column", "MMMUMNX",
       "Applied mathematics degree and five years as data analyst with SQL, but Looker and Qlik Sense are "
       "neither tool asked for, and Norwegian is 'A2 (B1 course ongoing)'.",
       "Oleksandr Hrytsenko", "Data Analyst | oleksandr.hrytsenko@example.com | 123 45 933",
       S("profile", "Data analyst from Ukraine, living in Norway since 2023. Strong in SQL and statistics."),
       S("exp",
         I("2023 – present", "Warehouse associate, Lauvrud Logistikk (part-time)"),
         I("2017 – 2022", "Data Analyst, e-commerce company, Ukraine",
           "SQL (advanced: window functions, query tuning), Looker dashboards, Qlik Sense, Excel")),
       S("edu", I("2013 – 2017", "BSc in Applied Mathematics, State Technical University, Ukraine")),
       S("lang", L("Ukrainian – native"), L("English – C1"), L("Norwegian – A2 (B1 course ongoing)")),
       sep="  |  ", rule=True, upper=False),

    cv("ragnhild-boe.docx", "nn", "docx", "one-column", "UUMMMMX",
       "A student: the bachelor is 'Forventa ferdig juni 2027' and a part-time student job is not two years "
       "as a data analyst; SQL, Tableau and the languages are met.",
       "Ragnhild Bøe", "Student i statistikk  ·  ragnhild.boe@example.no  ·  123 45 944",
       S("profile", "Tredjeårsstudent som vil bruke data til å forstå kundar betre. Søkjer jobb frå sommaren "
                    "2027."),
       S("exp",
         I("2025 – no", "Analyseassistent (studentjobb, 20 %), Gjeldvik Sparebank",
           "SQL-uttrekk, Tableau-rapportar for marknadsavdelinga")),
       S("edu", I("2024 – 2027", "Bachelor i statistikk og dataanalyse, Universitetet i Gjeldvik",
                  "Forventa ferdig juni 2027")),
       S("skills", L("SQL, R, Python"), L("Tableau")),
       S("lang", L("Norsk: morsmål"), L("Engelsk: flytande munnleg og skriftleg"))),
)


# ===========================================================================
# 6. nb: Vekter
# ===========================================================================
job("vekter", "Vekter, objektvakt og mobil vakt", "nb", "security guard", [
    ("Fullført grunnopplæring for vektere", "certificate"),
    ("Minst 1 års erfaring fra vakt- eller sikkerhetsarbeid", "experience"),
    ("Førerkort klasse B", "driving_licence"),
    ("Gyldig førstehjelpskurs (ikke eldre enn 2 år)", "certificate"),
    ("Må beherske norsk godt, muntlig og skriftlig", "language"),
    ("Plettfri politiattest", "manual"),
    ("Må kunne jobbe turnus med natt og helg", "manual"),
],
    cv("ole-martin-skjaervik.pdf", "nb", "pdf", "no-headings", "MMMMMXX",
       "Vekterutdanning with grunnopplæring in 2018, eight years as vekter, first aid refreshed "
       "'september 2025', within two years; all met.",
       "Ole Martin Skjærvik", "Vekter  ·  ole.skjaervik@example.no  ·  123 45 955",
       S("profile", "Erfaren vekter innen objektvakt, mobil vakt og alarmutrykning. Rolig, tydelig og "
                    "løsningsorientert."),
       S("exp",
         I("2018 – d.d.", "Vekter, Nordkyst Vakt AS, Brattøyra",
           "Objektvakt på kjøpesenter, mobil vakt natt, alarmrespons"),
         I("2012 – 2018", "Lagermedarbeider, Brattøyra Engros")),
       S("cert",
         L("Vekterutdanning: grunnopplæring (80 t) og praksis 2018, videregående opplæring 2019"),
         L("Førstehjelp med hjertestarter, oppfrisket september 2025")),
       S("lic", KV("Førerkort", "B")),
       S("lang", KV("Språk", "norsk (morsmål), engelsk (god)"))),

    cv("farah-abdi-nur.docx", "nb", "docx", "bold-headings", "MMMMMXX",
       "Grunnopplæring and videregående opplæring for vektere, five years as vekter (part-time counts by "
       "calendar time), HLR and first aid in June 2025, Norwegian C1; all met.",
       "Farah Abdi Nur", "Vekter  ·  farah.nur@example.com  ·  123 45 966",
       S("profile", "Jeg kom til Norge i 2012 og har jobbet i vaktbransjen siden 2021. Trives med nattevakter "
                    "og å ha ansvar for et bygg."),
       S("exp",
         I("2021 – d.d.", "Vekter (60 %), Lauvrud Sikkerhet AS", "Objektvakt på sykehus og kontorbygg"),
         I("2019 – 2021", "Ordensvakt, helger, Fossmork kulturhus"),
         I("2014 – 2019", "Renholder, Fossmork kommune")),
       S("edu", I("2013 – 2016", "Voksenopplæring og videregående skole, Fossmork")),
       S("cert", L("Grunnopplæring og videregående opplæring for vektere, 2021"),
         L("HLR og førstehjelp, kurs juni 2025"), L("Ordensvaktkurs, 2019")),
       S("lic", L("B, egen bil")),
       S("lang", L("Somali – morsmål"), L("Norsk – flytende muntlig og skriftlig (Norskprøven C1, 2019)"),
         L("Engelsk – god"))),

    cv("mikael-sundin.pdf", "sv", "pdf", "two-column", "UMMUUXX",
       "A Swedish väktare: 'Väktarutbildning' is not the Norwegian grunnopplæring, the HLR course of 'mars "
       "2023' is over two years old, and Norwegian is only 'förstår och talar bra'.",
       "Mikael Sundin", "Väktare",
       S("contact", "mikael.sundin@example.se", "070-174 06 89"),
       S("lic", "B-körkort"),
       S("lang", KV("Svenska", "modersmål"), KV("Norska", "förstår och talar bra"), KV("Engelska", "god")),
       S("cert", L("Väktarutbildning (Väktare 1 och 2), 2016"), L("HLR-utbildning mars 2023")),
       S("profile", "Väktare i tio år, söker arbete i Norge där min sambo bor."),
       S("exp",
         I("2016 – nu", "Väktare, Tjärnby Bevakning AB", "Rondering, larmutryckning, butiksbevakning"),
         I("2013 – 2016", "Butikssäljare, Tjärnby")),
       order="right-first"),

    cv("tobias-kleiven.txt", "nb", "txt", "badly-written", "UMNMMXX",
       "An ordensvakt since March 2025 (weekends, 20 months of security work) with a first-aid course in "
       "2025, but an 'ordensvaktkurs' is not the vekter grunnopplæring, which he has not taken, and 'har "
       "ikke lappen'.",
       raw="""Tobias Kleiven
tobias.kleiven@example.com / 123 45 977

hei! jeg søker jobb som vekter. jobber som ordensvakt på utested i
helgene fra mars 2025 og fremdeles. har ordensvaktkurs fra mars
2025 med førstehjelpskurs inkludert og skal ta grunnopplæring for
vektere når jeg får jobb i et vaktselskap.
jobba i matbutikk 2020-2025
har ikke lappen men begynner på kjøreskole snart
norsk er morsmålet mitt, engelsk bra
kan jobbe natt og helg
"""),

    cv("tomas-vaitkus.docx", "en", "docx", "europass", "UMMUNXX",
       "Six years as a security officer in Lithuania count, but the Norwegian basic training is under way, "
       "the first aid course is from 2012 and Norwegian is B1 with A2 writing.",
       "Tomas Vaitkus", "Security officer",
       S("contact", KV("E-mail", "tomas.vaitkus@example.com"), KV("Phone", "123 45 988")),
       S("exp",
         I("2021 – present", "Warehouse worker, Gjeldvik Lager AS"),
         I("2014 – 2020", "Security Officer, Vilkas Apsauga UAB, Lithuania",
           "Guarding of shopping centres and industrial sites, patrol car")),
       S("edu", I("2008 – 2012", "Vocational school, Lithuania")),
       S("cert", L("Basic training for security guards (grunnopplæring for vektere) – started October 2026, "
                   "exam December 2026"), L("First aid course, military service, 2012")),
       S("lic", KV("Driving licence", "B, C")),
       S("lang", KV("Lithuanian", "Native"), KV("Russian", "C1"), KV("English", "B2"),
         KV("Norwegian", "Listening B1 · Speaking B1 · Writing A2"))),
)


# --------------------------------------------------------------------------
# Checks of our own (on top of make_eval.check_data)
# --------------------------------------------------------------------------


def check_holdout3() -> None:
    mh.check_blind_set(JOBS, me.JOBS + mh.JOBS + mh2.JOBS, USED_TOWNS, per_job=(5, 7), min_qualified=2)


# --------------------------------------------------------------------------
# README (generated, so its figures always match the set)
# --------------------------------------------------------------------------



HARD_CASES = [
    "### Hard cases, on purpose",
    "",
    "Licence classes: C1 asked for and met by \"klasse C\", \"B, BE, C1, C1E\", \"B, C1, D1\" and a",
    "UK licence with C1; C1 still in training; \"Körkort: inte än\", \"har ikkje førarkort enno\",",
    "\"har ikke lappen\"; a full UK licence for \"B-körkort\". The emergency-driving code 160",
    "written as \"Kode 160 – utrykningskjøring\" or \"Utrykningssertifikat\", against a Swedish",
    "\"utryckningskörning\" course, a British blue-light course, and one only planned.",
    "Authorisations: a Swedish nurse legitimation for a Norwegian ambulansearbeider, a UK HCPC",
    "registration and a Philippine PRC registration with the local authorisation applied for,",
    "a Swedish biomedicinsk analytiker legitimation for a Danish bioanalytiker, a Norwegian",
    "bioingeniør who already holds the Danish one. Education: a paramedic bachelor or a fagbrev",
    "(\"or\"), a Norwegian fagbrev taken as praksiskandidat, a Swedish yrkesbevis and a fagprøve",
    "only set; for \"eller motsvarande utbildning\", a Norwegian fagbrev, a Danish svendebrev,",
    "a UK NVQ Level 3 and a three-year Syrian vocational school in the trade; bioingeniørfag,",
    "biomedicinsk analytiker and BSc Medical Technology for bioanalytisk diagnostik, a laborant",
    "and a degree \"forventet færdig juni 2027\"; a cand.polit. above a bachelor's, a nursing",
    "bachelor plus a one-year statistics programme. Experience just under (23, 23, 34 and 35",
    "months, nine and sixteen months), summed over two stints with a gap (19 + 21 months), a",
    "weekend job as ordensvakt that counts by calendar time (in a hard-wrapped TXT where the",
    "course date runs over a line break, \"fra mars\" / \"2025\"), apprenticeships, APL and a",
    "student job that do not count, and years in another role (sales, business controller).",
    "Hot-work certificates valid, expired (\"gyldig til 03/2026\") or the Swedish Heta arbeten;",
    "first aid within or beyond two years; an ordensvaktkurs or a Swedish väktarutbildning",
    "for the vekter grunnopplæring. Must-mention lines met by a variant (venepunktur,",
    "venprovtagning, phlebotomy, blodprøvetaking, \"tager blodprøver\"; feilsøking and",
    "fejlsøgning med diagnoseudstyr; T-SQL and PostgreSQL for SQL; LABKA II) or not (Flexlab,",
    "Looker and Qlik Sense). Languages: a spoken-only line met by \"fluent spoken, written",
    "basic\" and \"talar obehindrat\"; \"talar på B1-nivå\", \"talar lite\", \"A2 (SFI, ongoing)\",",
    "a Europass grid with B1 and A2; \"forstår godt\", \"förstår och talar bra\" and \"skriver",
    "med hjælp\" where writing is asked for; Prøve i Dansk 3; an \"or\" line met by one of",
    "three Scandinavian languages.",
    "",
    "### Labelling decisions specific to this set",
    "",
    "The conventions of `eval/README.md`, `eval-holdout/README.md` and `eval-holdout2/README.md`",
    "apply. In addition:",
    "",
    "- **Driving licence C1**: C, C1E and CE include C1; B with C1 \"under training\" is `unclear`.",
    "- **Kode 160** (kompetansebevis for utrykningskjøretøy) is a Norwegian credential; foreign",
    "  emergency-driving training (Swedish, British) is `unclear`, as is one only planned.",
    "- **Fagbrev** with no \"or equivalent\": a Norwegian fagbrev taken as praksiskandidat counts;",
    "  a Swedish yrkesbevis is another country's scheme (`unclear`). With \"eller motsvarande",
    "  utbildning\", a foreign vocational qualification in the same trade counts.",
    "- **\"Utbildning i elsäkerhet för el- och hybridfordon\"** names no national scheme, so any",
    "  completed high-voltage vehicle training counts (Swedish HV nivå 1-2, a Norwegian høyvoltkurs,",
    "  a Danish HV-certifikat, the UK IMI hybrid award); one only booked is `unclear`.",
    "- **Varme arbeider** is valid five years from the course; a dated course within that is",
    "  `met`, a stated expiry before today `unclear`; the Swedish Heta arbeten is `unclear`.",
    "- **Authorisation** as bioanalytiker is Danish; a foreign one is `unclear` until the Danish",
    "  one is granted, whatever the degree. A laborant is not a bioanalytiker.",
    "- **\"Erfaring fra et klinisk biokemisk laboratorium\"** counts any real job in such a lab,",
    "  in any role (laborant, laboratory assistant) and any country (klinisk kemi, medisinsk",
    "  biokjemi, clinical chemistry); a studentermedhjælper job during the studies does not.",
    "- **\"As a data analyst\"** counts data, BI and insight analysts, not a business controller;",
    "  a part-time student job as analysis assistant does not count.",
    "- **\"Vakt- eller sikkerhetsarbeid\"** counts vekter, väktare, ordensvakt and security officer",
    "  jobs in any country; part-time and weekend jobs count by calendar time.",
    "- **Grunnopplæring for vektere** is the Norwegian course; an ordensvaktkurs, a Swedish",
    "  väktarutbildning or a course under way is `unclear`.",
    "- **First aid \"ikke eldre enn 2 år\"**: a course dated after 2024-11-27 is `met`, older is",
    "  `unclear`.",
    "- **Language**: a spoken-only line (\"munnleg\") is met by fluent speaking whatever the",
    "  writing; Prøve i Dansk 3 is B2 and meets \"taler og skriver dansk\"; \"skriver med hjælp\"",
    "  does not show writing (`unclear`); a stated level below B2 is `not_met`.",
    "",
]


def readme() -> str:
    n_all = sum(len(j.cvs) for j in JOBS)
    out = [
        "# Sikte's third held-out evaluation set",
        "",
        f"{len(JOBS)} fictional jobs and {n_all} fictional CVs, labelled by hand requirement by",
        "requirement, in the same layout and job-file format as `eval/` (see `eval/README.md`",
        "for the format, the label meanings and the labelling conventions). It exists to measure",
        "accuracy again on CVs the rules were never tuned on: written without reading Sikte's",
        "rules, without reading the CVs of `eval/`, `eval-holdout/` or `eval-holdout2/` and",
        "without running Sikte on it, and no label was ever set from Sikte's output. Its",
        "professions appear in no earlier set. Keep it that way: do not tune rules on these CVs;",
        "once a rule changes because of a disagreement found here, the set is no longer held",
        "out, and its figures become a regression check.",
        "",
        "Everything here is invented for Sikte: people, employers, schools, towns",
        f"({TOWNS}), e-mail addresses (`example.*`) and phone numbers (unreal",
        "ranges: `123 45 9xx` in Norway, the Swedish fiction range `070-174 06 8x`, the UK drama",
        "range `07700 900 6xx`, `+45 12 34 59 xx` in Denmark). Nothing is copied from",
        "`/work/shared/corpus`, from the earlier sets or from any real CV or job ad. Product and",
        "scheme names in CVs (LABKA, Flexlab, ODIS, VIDA, Power BI, Tableau, Looker, Qlik Sense,",
        "PHTLS, Varme arbeider, Heta arbeten) are named as real ads and CVs name them.",
        "Licence: the same as the project (MIT OR Apache-2.0).",
        "",
        "The format is the one of `eval/`, so Sikte's evaluator reads this folder as it reads",
        "`eval/`; report its figures for each set separately.",
        "",
        "## Regenerate, never edit",
        "",
        "```sh",
        f"python3 {SCRIPT}            # (re)writes eval-holdout3/, removes stale files",
        f"python3 {SCRIPT} --verify   # generates twice elsewhere: byte-identical, and eval-holdout3/ fresh?",
        "```",
        "",
        "The script imports `scripts/eval/make_eval.py` (CV model, TXT/DOCX/PDF renderers,",
        "job-file writer, checks), `scripts/eval/make_holdout.py` (text extraction for the",
        "checks), `scripts/eval/make_holdout2.py` (only to refuse its people, slugs and towns) and",
        "`scripts/fixtures/cvlib.py`. It refuses what `make_eval.py` refuses (wrong number of",
        "labels, unknown label, `manual` on a non-manual line or the reverse, duplicate files, PDF",
        "text outside Windows-1252) and also a fragment quoted with single quotes in a `why` that",
        "is not in the CV, an e-mail address outside `example.*`, a job with fewer than two",
        "qualified CVs, and any job slug, person or town of `eval/`, `eval-holdout/` or",
        "`eval-holdout2/`. This README is generated too.",
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
    check_holdout3()
    return me.run(argv, OUT, generate, JOBS, __doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
