#!/usr/bin/env python3
"""Write Sikte's ninth held-out evaluation set: eval-holdout9/README.md, jobs/<job>.toml, cvs/<job>/<file>.

    python3 scripts/eval/make_holdout9.py            # (re)write eval-holdout9/
    python3 scripts/eval/make_holdout9.py --verify   # generate twice in temporary folders and check both
                                                     # runs and eval-holdout9/ are byte-identical

A tenth labelled set in the same layout and job-file format as eval/ and
eval-holdout/ ... eval-holdout8/, so that accuracy can be measured on CVs the
rules were never tuned on. Six fictional jobs in professions that no earlier
set uses (public health nurse nb, forestry machine operator sv, firefighter nn,
interpreter da, software tester en, office clerk nb) with 6-7 requirement
lines each, and 5 fictional CVs per job in TXT, DOCX and PDF (one and two
columns), in bokmål, nynorsk, Swedish, Danish and English.

The set was written blind: without reading Sikte's rules, code, tests or data
tables, without running Sikte on it and without looking at any Sikte output.
Of the earlier sets only make_holdout8.py was read, as the template for this
script's structure, with the shared code of make_eval.py and make_holdout.py;
the CVs of eval/ and of eval-holdout/ ... eval-holdout7/ were not read. Every
CV x requirement is labelled by hand with what a careful, fair recruiter
concludes on TODAY, under the conventions of eval/README.md (met, not_met,
unclear, manual). Never adjust a label to Sikte's output.

It reuses make_eval.py (the CV model S/L/I/KV/cv, the renderers, the job-file
writer and its checks), make_holdout.py (plain_text, the e-mail pattern,
check_blind_set, jobs_and_figures) and scripts/fixtures/cvlib.py, and
refuses: what make_eval.py refuses, a fragment quoted with single quotes in a
`why` that is not in the CV, an e-mail address outside example.*, a job with
fewer than two qualified CVs, and any job slug, person or town of eval/,
eval-holdout/, ..., eval-holdout8/. Python 3.11 standard library only. Every
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
import make_holdout4 as mh4  # noqa: E402
import make_holdout5 as mh5  # noqa: E402
import make_holdout6 as mh6  # noqa: E402
import make_holdout7 as mh7  # noqa: E402
import make_holdout8 as mh8  # noqa: E402
from make_eval import CV, I, KV, L, S, cv  # noqa: E402

ROOT = me.ROOT
OUT = os.path.join(ROOT, "eval-holdout9")
SCRIPT = "scripts/eval/make_holdout9.py"
TODAY = me.TODAY  # 2026-11-27, written into every job file

# Towns of eval/ and eval-holdout/ ... eval-holdout8/; none may appear here.
USED_TOWNS = mh8.USED_TOWNS + ("Kvannvik", "Steinmyra", "Eidsbrekka", "Furuneset", "Ljungfors", "Björkmyra",
                               "Rönnhamn", "Granliden", "Mosekær", "Tjørneby", "Ravnsbøl", "Kastelno", "Alytava",
                               "Drumvalley", "Glenrothy")
TOWNS = "Tåkeli, Myrvollnes, Brekkestrand and Laksefoss in Norway; Tranbäcken, Hedsjövik, Älgmora and Stensund " \
        "in Sweden; Kragsted, Ulvekær and Bregnerød in Denmark; Tervala, Dunmere, Valdeira and Tell Basmir abroad"

JOBS: list[me.Job] = []


def job(slug, title, lang, profession, reqs: list[tuple[str, str]], *cvs: CV) -> None:
    JOBS.append(me.Job(slug, title, lang, profession, [r for r, _ in reqs], [k for _, k in reqs], list(cvs)))


# ===========================================================================
# 1. nb: Helsesykepleier
# ===========================================================================

job(
    "helsesykepleier", "Helsesykepleier, helsestasjon og skolehelsetjeneste", "nb", "public health nurse",
    [
        ("Norsk autorisasjon som sykepleier", "authorisation"),
        ("Fullført utdanning som helsesykepleier (master i helsesykepleie eller tilsvarende videreutdanning)",
         "education"),
        ("Minst to års erfaring som helsesykepleier fra helsestasjon eller skolehelsetjeneste", "experience"),
        ("Erfaring med journalsystemet HsPro eller CosDoc", "must_mention"),
        ("Førerkort klasse B", "driving_licence"),
        ("Gode norskkunnskaper, muntlig og skriftlig", "language"),
        ("Politiattest må fremlegges før tiltredelse", "manual"),
    ],
    cv("marte-solbakk.docx", "nb", "docx", "table", "MMMMMMX",
       "'Autorisasjon som sykepleier, 2012', 'Master i helsesykepleie', helsesykepleier at the helsestasjon since "
       "'aug. 2019 – nå' (the years as a nurse on the children's ward not needed), 'Journalføring i HsPro', "
       "'Førerkort kl. B', 'Norsk – morsmål'",
       "Marte Solbakk", "Helsesykepleier",
       S("contact", L("Tlf. 123 47 011"), L("marte.solbakk@example.no"), L("Tåkeli")),
       S("profile", "Helsesykepleier med sju års erfaring fra helsestasjon for barn 0–5 år. Jeg er opptatt av "
                    "tidlig innsats og godt samarbeid med barnehager og fastleger."),
       S("exp",
         I("aug. 2019 – nå", "Helsesykepleier, Tåkeli helsestasjon",
           "Konsultasjoner og hjemmebesøk etter nasjonal faglig retningslinje", "Journalføring i HsPro"),
         I("2012 – 2017", "Sykepleier, Barneavdelingen, Myrvollnes sykehus")),
       S("edu",
         I("2017 – 2019", "Master i helsesykepleie, 120 stp, Universitetet i Myrvollnes"),
         I("2009 – 2012", "Bachelor i sykepleie, Høgskolen i Brekkestrand")),
       S("auth", L("Autorisasjon som sykepleier, 2012")),
       S("cert", L("Kurs i ICDP-veiledning, 2022"), L("Sped- og småbarns psykiske helse, 15 stp, 2021")),
       S("lic", L("Førerkort kl. B")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – godt"))),
    cv("oddny-hjelmeland.pdf", "nn", "pdf", "two-column", "MMMMNMX",
       "'Autorisasjon som sjukepleiar (2010)', 'Vidareutdanning i helsesjukepleie, 60 stp', school health "
       "service since 2016, 'Dokumenterer i CosDoc', 'Norsk – morsmål', but 'Førarkort: har ikkje, syklar og "
       "tek buss'",
       "Oddny Hjelmeland", "Helsesjukepleiar",
       S("contact", L("Tlf. 123 47 012"), L("oddny.hjelmeland@example.no"), L("Brekkestrand")),
       S("lic", L("Førarkort: har ikkje, syklar og tek buss")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – godt"), L("Tysk – litt")),
       S("cert", L("Vald i nære relasjonar, 2023"), L("Samtalemetodikk med barn, 2019")),
       S("profile", "Helsesjukepleiar i skulehelsetenesta sidan 2016. Eg er trygg i samtalar med ungdom om "
                    "psykisk helse, seksualitet og rus, og eg har eit godt samarbeid med lærarane."),
       S("exp",
         I("2016 – d.d.", "Helsesjukepleiar, skulehelsetenesta, Brekkestrand kommune",
           "Ungdomsskule og vidaregåande skule", "Dokumenterer i CosDoc"),
         I("2010 – 2014", "Sjukepleiar, medisinsk avdeling, Laksefoss sjukehus")),
       S("edu",
         I("2014 – 2015", "Vidareutdanning i helsesjukepleie, 60 stp, Høgskulen i Laksefoss"),
         I("2007 – 2010", "Bachelor i sjukepleie, Høgskulen i Laksefoss")),
       S("auth", L("Autorisasjon som sjukepleiar (2010)"), side=True),
       order="right-first"),
    cv("josefin-lindqvist.docx", "sv", "docx", "dates-after", "MMMMMMX",
       "a Swede with 'Norsk autorisasjon som sykepleier (Helsedirektoratet), 2016' besides her legitimation, "
       "'Master i helsesykepleie, 120 stp', helsesykepleier in the school health service since 'aug 2020 – nu', "
       "'Journalföring i CosDoc', 'Körkort B', 'Norska – flytande i tal och skrift'",
       "Josefin Lindqvist", "Helsesykepleier / skolsköterska",
       S("contact", L("Tel. +47 123 47 013"), L("josefin.lindqvist@example.se"), L("Laksefoss, Norge")),
       S("profile", "Svensk sjuksköterska som har bott och arbetat i Norge sedan 2016. Jag trivs med att möta "
                    "barn och unga där de är, i skolan, och med det förebyggande arbetet."),
       S("exp",
         I("aug 2020 – nu", "Helsesykepleier, skolehelsetjenesten, Laksefoss kommune",
           "Barnskola och högstadium, vaccinationer och samtal", "Journalföring i CosDoc"),
         I("2016 – 2020", "Sykepleier, kirurgisk avdeling, Laksefoss sykehus"),
         I("2013 – 2016", "Sjuksköterska, Akutmottagningen, Hedsjöviks lasarett")),
       S("edu",
         I("2018 – 2020", "Master i helsesykepleie, 120 stp, Høgskolen i Brekkestrand (deltid)"),
         I("2010 – 2013", "Sjuksköterskeprogrammet, 180 hp, Älgmora högskola")),
       S("auth", L("Legitimerad sjuksköterska (Socialstyrelsen), 2013"),
         L("Norsk autorisasjon som sykepleier (Helsedirektoratet), 2016"), head="Legitimation och autorisasjon"),
       S("lic", L("Körkort B")),
       S("lang", L("Svenska – modersmål"), L("Norska – flytande i tal och skrift"), L("Engelska – god"))),
    cv("maricel-bautista.txt", "en", "txt", "badly-written", "MMUMMMX",
       "badly written English; 'norwegian authorisation as nurse 2019', 'master in public health nursing "
       "(helsesykepleie)', 'HsPro', 'driving licence B', 'norwegian B2', but helsesykepleier only 'from march "
       "2025 - now' (21 months); the years as nurse at the childrens ward and the 'practice at helsestasjon' "
       "during the master do not count",
       raw="""
Maricel Bautista - CV
helsesykepleier / nurse
mob 123 47 014 , maricel.bautista@example.com

im nurse from philippines, in norway since 2017. norwegian authorisation as nurse 2019 (HPR).
work: nurse at childrens ward Myrvollnes sykehus 2019-2023. practice at helsestasjon 8 weeks in 2024 (part of the master).
finished master in public health nursing (helsesykepleie) feb 2025, university of myrvollnes
from march 2025 - now helsesykepleier Tåkeli helsestasjon, use HsPro every day, home visits with own car.
driving licence B. language: tagalog, english good, norwegian B2 (norskprøve 2018)
"""),
    cv("gunvor-aasheim.txt", "nb", "txt", "no-headings", "MMMMMMX",
       "no headings; the old titles: 'Helsesøsterutdanning (videreutdanning, 60 stp)' and 'Helsesøster, "
       "Laksefoss helsestasjon', then 'Helsesykepleier i skolehelsetjenesten'; 'Autorisasjon som sykepleier "
       "(2004)', 'dokumenterer i HsPro', 'Førerkort B', 'Norsk morsmål'",
       "Gunvor Aasheim", "gunvor.aasheim@example.no · 123 47 015 · Laksefoss",
       S("profile", "Jeg har jobbet som helsesøster i snart tjue år, først på helsestasjon og de siste årene "
                    "i skolehelsetjenesten. Jeg ønsker meg nå tilbake til småbarnsfeltet."),
       S("exp",
         I("2019 – d.d.", "Helsesykepleier i skolehelsetjenesten, Laksefoss kommune",
           "Tre barneskoler, dokumenterer i HsPro"),
         I("2009 – 2019", "Helsesøster, Laksefoss helsestasjon"),
         I("2004 – 2008", "Sykepleier, Fødeavdelingen, Laksefoss sykehus")),
       S("edu",
         I("2008 – 2009", "Helsesøsterutdanning (videreutdanning, 60 stp), Høgskolen i Brekkestrand"),
         I("2001 – 2004", "Sykepleierutdanning, Høgskolen i Brekkestrand")),
       S("other", L("Autorisasjon som sykepleier (2004)"), L("Førerkort B"), L("Norsk morsmål, engelsk godt"))),
)


# ===========================================================================
# 2. sv: Skogsmaskinförare
# ===========================================================================

job(
    "skogsmaskinforare", "Skogsmaskinförare, skördare", "sv", "forestry machine operator",
    [
        ("Gymnasieutbildning inom naturbruk med inriktning skogsmaskin, eller motsvarande yrkesutbildning",
         "education"),
        ("Minst tre års erfarenhet som skördarförare", "experience"),
        ("Motorsågskörkort A och B", "certificate"),
        ("Erfarenhet av John Deere TimberMatic eller Ponsse Opti", "must_mention"),
        ("B-körkort", "driving_licence"),
        ("God svenska i tal och skrift", "language"),
        ("Du ska kunna arbeta tvåskift och bo i arbetsbod under veckorna", "manual"),
    ],
    cv("emil-norrgard.pdf", "sv", "pdf", "right-dates", "MMMMMMX",
       "'Naturbruksprogrammet, inriktning skog', harvester driver since 2017 (the forwarder years not needed), "
       "'Motorsågskörkort A och B (2013)', 'Ponsse Scorpion King med Opti4G', 'Körkort: B, BE', 'Svenska – "
       "modersmål'",
       "Emil Norrgård", "Skogsmaskinförare",
       S("contact", L("Tel. 031-390 06 71"), L("emil.norrgard@example.se"), L("Hedsjövik")),
       S("profile", "Skördarförare sedan 2017, mest slutavverkning men även gallring. Jag sköter "
                    "maskinen som om den vore min egen och har bra koll på apteringen."),
       S("exp",
         I("2017 – nu", "Skördarförare, Tranbäckens Skogstjänst AB", "Slutavverkning och gallring",
           "Ponsse Scorpion King med Opti4G"),
         I("2014 – 2017", "Skotarförare, Tranbäckens Skogstjänst AB")),
       S("edu", I("2011 – 2014", "Naturbruksprogrammet, inriktning skog (skogsmaskinförare), "
                                 "Hedsjöviks naturbruksgymnasium")),
       S("cert", L("Motorsågskörkort A och B (2013)"), L("Första hjälpen, 2024")),
       S("lic", L("Körkort: B, BE")),
       S("lang", L("Svenska – modersmål"), L("Engelska – hyfsad")),
       date_first=True),
    cv("tormod-haugerud.docx", "nb", "docx", "one-column", "MMUMMMX",
       "a Norwegian with 'Fagbrev i skogfaget' (motsvarande) and harvester driving since 2013 ('Hogstmaskinfører'), "
       "'John Deere 1270G med TimberMatic H-09', 'Førerkort: B, BE, C1', 'Svensk – flytende muntlig og "
       "skriftlig'; but only a Norwegian 'Motorsagkurs med sertifikat', no Swedish motorsågskörkort A and B",
       "Tormod Haugerud", "Hogstmaskinfører",
       S("contact", L("Tlf. 123 47 021"), L("tormod.haugerud@example.no"), L("Laksefoss")),
       S("profile", "Hogstmaskinfører med tretten år i skogen. Jeg er vokst opp med svensk mor og vil gjerne "
                    "jobbe i Sverige noen år."),
       S("exp",
         I("2013 – d.d.", "Hogstmaskinfører, Laksefoss Skogsdrift AS", "Sluttavvirkning og tynning",
           "John Deere 1270G med TimberMatic H-09"),
         I("2011 – 2013", "Lærling i skogfaget, Laksefoss Skogsdrift AS")),
       S("edu",
         I("2009 – 2011", "Vg1 naturbruk og Vg2 skogbruk, Laksefoss vgs."),
         I("2013", "Fagbrev i skogfaget")),
       S("cert", L("Motorsagkurs med sertifikat, Laksefoss skogskole, 2010"), L("Førstehjelp, 2023")),
       S("lic", L("Førerkort: B, BE, C1")),
       S("lang", L("Norsk – morsmål"), L("Svensk – flytende muntlig og skriftlig (svensk mor)"))),
    cv("jonny-alvkvist.txt", "sv", "txt", "badly-written", "MUMMMMX",
       "badly written; 'naturbruk skog', 'motorsågskörkort A och B', 'TimberMatic', 'körkort B', 'svenska "
       "modersmål', but he drove a forwarder ('kört skotare') until 2025 and a harvester only 'sen april 2025' "
       "(20 months)",
       raw="""
Jonny Älvkvist
skogsmaskinförare   tel 031-390 06 72   jonny.alvkvist@example.se

hej! har gått naturbruk skog på Älgmora naturbruksgymnasium 2012-2015.
kört skotare åt Stensunds Skogsentreprenad 2015 - mars 2025 (mest gallring), sen april 2025 kör jag skördare åt samma firma, John Deere 1270 med TimberMatic.
motorsågskörkort A och B. körkort B. svenska modersmål, lite engelska
kan börja direkt, bor i Stensund
"""),
    cv("aleksi-hirvonen.docx", "en", "docx", "europass", "MMMMMNX",
       "a Finn with the 'Vocational qualification in forestry, forest machine operator', harvester operator since "
       "2009, 'Motorsågskörkort A and B', 'Ponsse Ergo and Ponsse Bear with Opti4G', 'B, C', but Swedish "
       "'Understanding B2, Speaking B2, Writing B1': writing below good",
       "Aleksi Hirvonen", "Forest machine operator (harvester)",
       S("contact", KV("Phone", "031-390 06 73"), KV("E-mail", "aleksi.hirvonen@example.fi"),
         KV("Address", "Stensund, Sweden")),
       S("exp",
         I("2021 – present", "Harvester operator (skördarförare), Stensunds Skog AB",
           "Final felling, Ponsse Ergo and Ponsse Bear with Opti4G"),
         I("2009 – 2021", "Harvester operator, Tervala Metsäpalvelu Oy, Finland", "Thinning and final felling")),
       S("edu", I("2006 – 2009", "Vocational qualification in forestry, forest machine operator "
                                 "(metsäkoneenkuljettaja), Tervala Vocational College")),
       S("cert", L("Motorsågskörkort A and B (Swedish chainsaw licence), 2021")),
       S("lic", KV("Driving licence", "B, C")),
       S("lang", KV("Mother tongue", "Finnish"), KV("Swedish", "Understanding B2, Speaking B2, Writing B1"),
         KV("English", "Understanding B2, Speaking B1, Writing B1"))),
    cv("rasmus-skovmand.pdf", "da", "pdf", "two-column", "MMMMMMX",
       "a Dane: 'Skov- og naturteknikeruddannelsen (EUD)' with the 'AMU-kursus skovmaskinefører (harvester)' "
       "is motsvarande; harvester driver since 2011 ('Harvesterfører', then 'Skördarförare'), 'Motorsågskörkort "
       "A och B, 2019', 'John Deere 1170G, TimberMatic H', 'Kørekort: B og BE', 'Svensk – flydende i tale og skrift'",
       "Rasmus Skovmand", "Harvesterfører / skördarförare",
       S("contact", L("Tel. +46 31 390 06 74"), L("rasmus.skovmand@example.dk"), L("Bor i Tranbäcken, Sverige")),
       S("cert", L("Motorsågskörkort A och B, 2019"), L("Førstehjælp, 2025"), head="Certifikater"),
       S("lic", L("Kørekort: B og BE")),
       S("lang", L("Dansk – modersmål"), L("Svensk – flydende i tale og skrift"), L("Engelsk – godt")),
       S("skills", L("John Deere 1170G, TimberMatic H"), L("Aptering efter prislister")),
       S("profile", "Dansk harvesterfører, som har boet i Sverige siden 2019. Jeg har femten år i skoven og "
                    "kan både gallring og slutavverkning."),
       S("exp",
         I("2019 – nu", "Skördarförare, Tranbäckens Skogstjänst AB", "Gallring og slutavverkning"),
         I("2011 – 2019", "Harvesterfører, Kragsted Skovservice ApS", "Tyndinger i nåletræ")),
       S("edu",
         I("2007 – 2010", "Skov- og naturteknikeruddannelsen (EUD), Kragsted Skovskole"),
         I("2011", "AMU-kursus skovmaskinefører (harvester), 6 uger")),
       order="left-first"),
)


# ===========================================================================
# 3. nn: Brannkonstabel
# ===========================================================================

job(
    "brannkonstabel", "Brannkonstabel, heiltid", "nn", "firefighter",
    [
        ("Fullført fagskuleutdanning i brann og redning, eller grunnkurs for heiltidspersonell frå Norges "
         "brannskole", "education"),
        ("Fagbrev i eit handverksfag eller anna relevant yrkesutdanning", "education"),
        ("Minst to års erfaring som brannkonstabel, heiltid eller deltid", "experience"),
        ("Førarkort klasse C", "driving_licence"),
        ("Godkjend som røykdykkar", "certificate"),
        ("Du må meistre norsk godt, munnleg og skriftleg", "language"),
        ("Du må bestå fysisk test og helseundersøking for røykdykkarar, og leggje fram politiattest", "manual"),
    ],
    cv("kristoffer-brennhaug.docx", "nb", "docx", "bold-headings", "MMMMMMX",
       "'Grunnkurs for heltidsansatte brannkonstabler, Norges brannskole, 2017', 'Fagbrev i tømrerfaget, 2012', "
       "full-time firefighter since 'jan. 2016 – d.d.', 'Førerkort: B, BE, C, CE', 'Røykdykker – godkjent', "
       "'Norsk – morsmål'",
       "Kristoffer Brennhaug", "Brannkonstabel",
       S("contact", L("Tlf. 123 47 031"), L("kristoffer.brennhaug@example.no"), L("Myrvollnes")),
       S("profile", "Brannkonstabel i heltidsstilling siden 2016. Tømrer i bunn, og jeg bruker fagkunnskapen "
                    "min hver dag på branntilsyn og i innsats."),
       S("exp",
         I("jan. 2016 – d.d.", "Brannkonstabel (heltid), Myrvollnes brann og redning",
           "Brann, trafikkulykker, akutthjelper"),
         I("2012 – 2015", "Tømrer, Myrvollnes Bygg AS")),
       S("edu",
         I("2017", "Grunnkurs for heltidsansatte brannkonstabler, Norges brannskole, 2017"),
         I("2010 – 2012", "Lærling, Myrvollnes Bygg AS", "Fagbrev i tømrerfaget, 2012")),
       S("cert", L("Røykdykker – godkjent, siste årlige test mai 2026"), L("Akutthjelper, 2023"),
         L("Utrykningskjøring, kode 160")),
       S("lic", L("Førerkort: B, BE, C, CE")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – godt"))),
    cv("torill-nesbakken.txt", "nn", "txt", "one-column", "MMMMMMX",
       "'Fagskuleutdanning brann og redning', 'Fagbrev i industrimekanikarfaget, 2016', part-time firefighter "
       "from 2019 and full-time since 'aug. 2025 – d.d.', 'Førarkort: B, C1, C (C teke oktober 2026)', "
       "'godkjend røykdykkar sidan 2020', 'Norsk – morsmål'",
       "Torill Nesbakken", "Brannkonstabel",
       S("contact", L("Tlf: 123 47 032"), L("E-post: torill.nesbakken@example.no"), L("Brekkestrand")),
       S("profile", "Eg har vore deltidsbrannkonstabel sidan 2019 og gjekk over i heiltid etter fagskulen. "
                    "Eg er industrimekanikar av fag."),
       S("exp",
         I("aug. 2025 – d.d.", "Brannkonstabel (heiltid), Brekkestrand brann og redning"),
         I("2019 – juli 2025", "Brannkonstabel (deltid), Brekkestrand brannstasjon", "Utrykking ved alarm"),
         I("2016 – 2023", "Industrimekanikar, Brekkestrand Verft AS")),
       S("edu",
         I("2023 – 2025", "Fagskuleutdanning brann og redning, 120 studiepoeng"),
         I("2014 – 2016", "Lærling, Brekkestrand Verft AS", "Fagbrev i industrimekanikarfaget, 2016")),
       S("cert", L("Røykdykkarkurs, godkjend røykdykkar sidan 2020"), L("Akutthjelpar, 2024")),
       S("lic", L("Førarkort: B, C1, C (C teke oktober 2026)")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – godt")),
       upper=False),
    cv("viktor-sandelin.pdf", "sv", "pdf", "one-column", "MMMMMNX",
       "a Swede: 'Skydd mot olyckor (SMO), 2 år' as the Swedish fire and rescue education, 'Fordonsprogrammet' "
       "and four years as a car mechanic as relevant vocational training, 'Brandman, heltid' since 2018, "
       "'Körkort: B, C, CE', 'Rökdykare, godkänd'; but 'Norska – förstår det mesta, pratar och skriver bara lite'",
       "Viktor Sandelin", "Brandman",
       S("contact", L("Tel. 031-390 06 75"), L("viktor.sandelin@example.se"), L("Stensund")),
       S("profile", "Brandman på heltid sedan 2018. Jag vill flytta till Norge med min sambo och söker "
                    "tjänst som brannkonstabel."),
       S("exp",
         I("2018 – nu", "Brandman, heltid, Räddningstjänsten Stensund", "Insatser, tillsyn och övningar"),
         I("2012 – 2016", "Bilmekaniker, Stensunds Bil AB")),
       S("edu",
         I("2016 – 2018", "Skydd mot olyckor (SMO), 2 år, Tranbäckens räddningsskola"),
         I("2009 – 2012", "Fordonsprogrammet, inriktning personbil, Stensunds gymnasium")),
       S("cert", L("Rökdykare, godkänd (årligt test 2026)"), L("HLR-instruktör (utgånget 2024)")),
       S("lic", L("Körkort: B, C, CE")),
       S("lang", L("Svenska – modersmål"), L("Engelska – god"),
         L("Norska – förstår det mesta, pratar och skriver bara lite"))),
    cv("eirik-loftesnes.docx", "nn", "docx", "table", "MMUMMMX",
       "'Fagskule brann og redning', 'Fagbrev som bilmekanikar, 2019', 'Førarkort: B, BE, C, CE', 'Godkjend "
       "røykdykkar (2025)', but full-time only since 'mars 2025 – d.d.' (21 months); the 'Praksis' and the "
       "summer job during the fagskule are training, and with them it is still 23 months",
       "Eirik Loftesnes", "Brannkonstabel",
       S("contact", L("Tlf. 123 47 033"), L("eirik.loftesnes@example.no"), L("Laksefoss")),
       S("profile", "Nyutdanna frå fagskulen og tilsett som brannkonstabel i Laksefoss. Bilmekanikar av fag "
                    "og glad i tunge køyretøy."),
       S("exp",
         I("mars 2025 – d.d.", "Brannkonstabel (heiltid), Laksefoss brann og redning"),
         I("juli – aug. 2024", "Sommarvikar brannkonstabel, Laksefoss brann og redning"),
         I("2024", "Praksis (fagskulen), Myrvollnes brannstasjon, 8 veker"),
         I("2019 – 2023", "Bilmekanikar, Laksefoss Auto AS")),
       S("edu",
         I("2023 – feb. 2025", "Fagskule brann og redning, 120 studiepoeng"),
         I("2017 – 2019", "Lærling", "Fagbrev som bilmekanikar, 2019")),
       S("cert", L("Godkjend røykdykkar (2025)"), L("Utrykkingskøyring, kode 160 (2025)")),
       S("lic", L("Førarkort: B, BE, C, CE")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – bra"))),
    cv("joris-vandijkhuis.pdf", "en", "pdf", "two-column", "MUMMMMX",
       "'Basic course for full-time firefighters (grunnkurs heltid), Norges brannskole', firefighter since 2018, "
       "'Driving licence: B, C, CE', 'Approved smoke diver (røykdykker)', 'Norwegian – fluent (C1, Norskprøven 2016)'; but the "
       "fagbrev is not done: 'theory exam passed 2025, practical exam booked March 2027'",
       "Joris van Dijkhuis", "Firefighter (brannkonstabel)",
       S("contact", L("+47 123 47 034"), L("joris.vandijkhuis@example.nl"), L("Brekkestrand, Norway")),
       S("lic", L("Driving licence: B, C, CE")),
       S("lang", L("Dutch – native"), L("Norwegian – fluent (C1, Norskprøven 2016)"), L("English – fluent")),
       S("cert", L("Approved smoke diver (røykdykker), annual test passed 2026"),
         L("Emergency driving (code 160)")),
       S("profile", "Dutch-born firefighter in Norway since 2015. I have worked full time on the B-shift in "
                    "Brekkestrand since 2018 and I am finishing my trade certificate as an electrician."),
       S("exp",
         I("2018 – present", "Firefighter (brannkonstabel), Brekkestrand Fire and Rescue",
           "Fire, rescue and road traffic collisions"),
         I("2015 – 2018", "Warehouse worker, Brekkestrand Elektro AS")),
       S("edu",
         I("2019", "Basic course for full-time firefighters (grunnkurs heltid), Norges brannskole"),
         I("2022 –", "Trade certificate (fagbrev) as electrician, praksiskandidat: theory exam passed 2025, "
                     "practical exam booked March 2027"),
         I("2010 – 2013", "Upper secondary school (HAVO), general studies, the Netherlands")),
       order="rows"),
)


# ===========================================================================
# 4. da: Tolk
# ===========================================================================

job(
    "tolk", "Tolk (arabisk–dansk) til regionens hospitaler", "da", "interpreter",
    [
        ("Gennemført tolkeuddannelse på diplomniveau eller tilsvarende", "education"),
        ("Mindst tre års erfaring som tolk i sundhedsvæsenet eller den offentlige sektor", "experience"),
        ("Du taler og skriver dansk flydende (mindst C1)", "language"),
        ("Arabisk på modersmålsniveau", "language"),
        ("Optaget i Rigspolitiets tolkeregister", "authorisation"),
        ("Du har kørekort (kat. B), da du skal køre mellem regionens hospitaler", "driving_licence"),
        ("Ren straffeattest og underskrevet tavshedserklæring", "manual"),
    ],
    cv("yasmin-haddad.docx", "da", "docx", "one-column", "MMMMMMX",
       "'Diplomuddannelse i tolkning (sundhedstolkning), 60 ECTS', interpreter since 2014 (freelance for "
       "municipalities, then 'Tolk, Tolkecentret, Bregnerød Hospital'), 'Dansk – flydende i skrift og tale (C1, "
       "Studieprøven 2012)', 'Arabisk – modersmål', 'Optaget i Rigspolitiets tolkeregister (arabisk) siden 2017', "
       "'Kørekort B'",
       "Yasmin Haddad", "Tolk, arabisk–dansk",
       S("contact", L("Tlf. +45 12 34 65 11"), L("yasmin.haddad@example.dk"), L("Bregnerød")),
       S("profile", "Erfaren tolk med tolv år i kommuner og på hospitaler. Jeg tolker ved konsultationer, "
                    "indlæggelser og svære samtaler og kender terminologien på de fleste afdelinger."),
       S("exp",
         I("2019 – nu", "Tolk, Tolkecentret, Bregnerød Hospital", "Fremmødetolkning og videotolkning"),
         I("2014 – 2019", "Tolk (freelance), Ulvekær Tolkeservice", "Opgaver for kommuner, jobcentre og læger")),
       S("edu",
         I("2018 – 2019", "Diplomuddannelse i tolkning (sundhedstolkning), 60 ECTS, Kragsted Erhvervsakademi"),
         I("2009 – 2013", "Bachelor i arabisk, Universitetet i Tell Basmir, Syrien")),
       S("auth", L("Optaget i Rigspolitiets tolkeregister (arabisk) siden 2017"), head="Registreringer"),
       S("lic", L("Kørekort B")),
       S("lang", L("Arabisk – modersmål"), L("Dansk – flydende i skrift og tale (C1, Studieprøven 2012)"),
         L("Engelsk – godt"))),
    cv("omar-khalil.pdf", "en", "pdf", "dates-after", "MMMMMMX",
       "'Diploma in Community Interpreting (60 ECTS)', 'Interpreter (Arabic–Danish), Ulvekær Municipality' since "
       "2017, 'Danish – C2', 'Arabic – mother tongue', 'Registered in the Danish National Police interpreter "
       "register (Rigspolitiets tolkeregister)', 'Driving licence: B'",
       "Omar Khalil", "Interpreter, Arabic–Danish",
       S("contact", L("Phone: +45 12 34 65 12"), L("E-mail: omar.khalil@example.com"), L("Ulvekær, Denmark")),
       S("profile", "I came to Denmark at the age of ten and have interpreted between Arabic and Danish "
                    "professionally since 2017, mostly in hospitals, job centres and schools."),
       S("exp",
         I("2017 – present", "Interpreter (Arabic–Danish), Ulvekær Municipality",
           "Health visits, social services, parent meetings"),
         I("2014 – 2017", "Customer adviser, Ulvekær Telecom A/S")),
       S("edu",
         I("2019 – 2020", "Diploma in Community Interpreting (60 ECTS), University College Bregnerød"),
         I("2011 – 2014", "Upper secondary school (STX), Ulvekær Gymnasium")),
       S("auth", L("Registered in the Danish National Police interpreter register (Rigspolitiets "
                   "tolkeregister), 2018")),
       S("lic", L("Driving licence: B")),
       S("lang", L("Arabic – mother tongue"), L("Danish – C2 (near-native, in Denmark since age 10)"),
         L("English – fluent"))),
    cv("nadia-alsaadi.txt", "sv", "txt", "dates-after", "MMMMMMX",
       "a Swede in Denmark: 'Auktoriserad tolk (Kammarkollegiet), arabiska–svenska' after 'Tolkutbildning, "
       "30 hp' is equivalent; interpreter since 2012, 'Danska – flytande i tal och skrift (C1, Studieprøven "
       "2021)', 'Arabiska – modersmål', 'Optagen i Rigspolitiets tolkeregister, 2022', 'Körkort B'",
       "Nadia Al-Saadi", "Tolk arabiska",
       S("contact", L("Tel. +45 12 34 65 13"), L("nadia.alsaadi@example.se"), L("Kragsted, Danmark")),
       S("profile", "Auktoriserad tolk sedan 2014. Jag flyttade till Danmark 2021 och tolkar nu mellan "
                    "arabiska och danska på sjukhus och i kommuner."),
       S("exp",
         I("2021 – nu", "Tolk, Bregnerød Hospital (Danmark)", "Tolkning vid undersökningar och samtal"),
         I("2012 – 2021", "Tolk, Stensunds tolkförmedling", "Vård, socialtjänst och Migrationsverket")),
       S("edu",
         I("2011 – 2012", "Tolkutbildning, 30 hp, Älgmora universitet"),
         I("2014", "Auktoriserad tolk (Kammarkollegiet), arabiska–svenska")),
       S("auth", L("Optagen i Rigspolitiets tolkeregister, 2022"), head="Register"),
       S("lic", L("Körkort B")),
       S("lang", L("Arabiska – modersmål"), L("Svenska – modersmål"),
         L("Danska – flytande i tal och skrift (C1, Studieprøven 2021)"))),
    cv("samir-benali.pdf", "da", "pdf", "two-column", "MUMMMMX",
       "'Diplomuddannelse i tolkning', 'Dansk – modersmål', 'Arabisk – modersmål', 'Optaget i Rigspolitiets "
       "tolkeregister, 2025', 'Kørekort: B', but interpreter only since 'jan. 2025 – nu' (23 months); the "
       "'Tolkepraktik' and the years as 'Tosproget kontaktperson' are not interpreter work",
       "Samir Benali", "Tolk",
       S("contact", L("Tlf. +45 12 34 65 14"), L("samir.benali@example.dk"), L("Kragsted")),
       S("lic", L("Kørekort: B")),
       S("lang", L("Dansk – modersmål (født og opvokset i Danmark)"), L("Arabisk – modersmål"),
         L("Fransk – lidt")),
       S("auth", L("Optaget i Rigspolitiets tolkeregister, 2025"), side=True, head="Registrering"),
       S("profile", "Tosproget og uddannet tolk. Før jeg blev tolk, arbejdede jeg fem år som kontaktperson "
                    "for arabisktalende familier i kommunen, hvor jeg ofte hjalp med at oversætte."),
       S("exp",
         I("jan. 2025 – nu", "Tolk, Regionstolkene Kragsted", "Hospitaler og lægepraksis"),
         I("2019 – 2024", "Tosproget kontaktperson, Ulvekær Kommune", "Kontakt med familier, hjemmebesøg"),
         I("2024", "Tolkepraktik, 6 uger, Bregnerød Hospital")),
       S("edu",
         I("2023 – 2024", "Diplomuddannelse i tolkning, 60 ECTS, Kragsted Erhvervsakademi"),
         I("2015 – 2018", "Socialrådgiveruddannelsen, Kragsted Professionshøjskole (ikke afsluttet)")),
       order="left-first"),
    cv("leila-mansour.docx", "nb", "docx", "europass", "MMMMMNX",
       "a Norwegian in Denmark: 'Statsautorisert tolk (arabisk–norsk)' is equivalent, interpreter since 2015 "
       "in Norway and Denmark, Danish 'Forstå C2, Tale C1, Skrive C1', 'Arabisk', 'Optatt i Rigspolitiets "
       "tolkeregister, 2024', but 'Førerkort: har ikke'",
       "Leila Mansour", "Tolk, arabisk",
       S("contact", KV("Telefon", "+45 12 34 65 15"), KV("E-post", "leila.mansour@example.no"),
         KV("Adresse", "Ulvekær, Danmark")),
       S("exp",
         I("2023 – d.d.", "Tolk, Ulvekær Tolkeservice", "Sykehus, kommuner og politi"),
         I("2015 – 2023", "Tolk (frilans), Brekkestrand kommune og Brekkestrand sykehus",
           "Helse, NAV og barnevern")),
       S("edu",
         I("2016", "Statsautorisert tolk (arabisk–norsk)"),
         I("2014 – 2015", "Grunnemne i tolking i offentlig sektor, 30 stp, Universitetet i Myrvollnes")),
       S("auth", KV("Register", "Optatt i Rigspolitiets tolkeregister, 2024")),
       S("lic", KV("Førerkort", "Førerkort: har ikke")),
       S("lang", KV("Morsmål", "Arabisk"), KV("Dansk", "Forstå C2, Tale C1, Skrive C1"),
         KV("Norsk", "Flytende (oppvokst i Norge)"))),
)


# ===========================================================================
# 5. en: Software tester / QA engineer
# ===========================================================================

job(
    "qa-engineer", "QA Engineer / Software Tester (Myrvollnes, Norway)", "en", "software tester",
    [
        ("Bachelor's degree in computer science, software engineering or a related field", "education"),
        ("Minimum 3 years of experience as a software tester or QA engineer", "experience"),
        ("ISTQB Certified Tester Foundation Level (CTFL)", "certificate"),
        ("Hands-on test automation experience with Playwright or Cypress", "must_mention"),
        ("Experience with Jira and Xray, Zephyr or a similar test management tool", "must_mention"),
        ("Excellent written and spoken English", "language"),
        ("You must be willing to undergo a security clearance (sikkerhetsklarering) and background check",
         "manual"),
    ],
    cv("niamh-doherty.pdf", "en", "pdf", "two-column", "MMMMMMX",
       "'BSc in Computer Science', tester and QA engineer since 2017, 'ISTQB Certified Tester Foundation Level "
       "(CTFL), 2017', 'Playwright (TypeScript)', 'Jira, Xray', 'English – native'",
       "Niamh Doherty", "QA Engineer",
       S("contact", L("+47 123 47 051"), L("niamh.doherty@example.ie"), L("Myrvollnes, Norway")),
       S("skills", L("Playwright (TypeScript), Cypress"), L("Jira, Xray"), L("Postman, k6"), L("GitHub Actions")),
       S("cert", L("ISTQB Certified Tester Foundation Level (CTFL), 2017")),
       S("lang", L("English – native"), L("Norwegian – B1, improving")),
       S("profile", "QA engineer with nine years of testing web and mobile apps in fintech. I build test "
                    "automation that developers actually trust, and I still love exploratory testing."),
       S("exp",
         I("2021 – present", "QA Engineer, Brekkestrand Payments AS",
           "End-to-end tests in Playwright, test plans and runs in Xray"),
         I("2017 – 2021", "Software Tester, Dunmere Digital Ltd", "Manual and automated regression testing")),
       S("edu", I("2013 – 2016", "BSc in Computer Science, University of Dunmere")),
       order="right-first"),
    cv("henrik-tangen.docx", "nb", "docx", "one-column", "MMUMMMX",
       "'Bachelor i informatikk', tester since 2019, 'Cypress', 'Jira og Zephyr Scale', 'Engelsk – flytende "
       "skriftlig og muntlig', but 'ISTQB Foundation Level – eksamen avtalt januar 2027'",
       "Henrik Tangen", "Programvaretester",
       S("contact", L("Tlf. 123 47 052"), L("henrik.tangen@example.no"), L("Myrvollnes")),
       S("profile", "Tester med sju års erfaring fra offentlig sektor og nettbank. Jeg liker å finne feilene "
                    "før brukerne gjør det, og har automatisert regresjonstestene i to team."),
       S("exp",
         I("2022 – d.d.", "Testleder/tester, Tåkeli Nettbank AS", "Automatiserte tester i Cypress",
           "Testplanlegging i Jira og Zephyr Scale"),
         I("2019 – 2022", "Tester, Myrvollnes kommune, IT-avdelingen")),
       S("edu", I("2015 – 2018", "Bachelor i informatikk, Universitetet i Myrvollnes")),
       S("cert", L("ISTQB Foundation Level – eksamen avtalt januar 2027"), L("Scrum Master (PSM I), 2021")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – flytende skriftlig og muntlig"))),
    cv("linnea-bergkvist.pdf", "sv", "pdf", "right-dates", "MMMUMMX",
       "'Högskoleingenjör i datateknik, 180 hp', tester since 2016, 'ISTQB CTFL, 2016', 'Jira, TestRail', "
       "'Engelska – flytande i tal och skrift', but the automation is 'Selenium WebDriver (Java), Robot "
       "Framework', no Playwright or Cypress",
       "Linnea Bergkvist", "Testautomatiserare / QA",
       S("contact", L("Tel. 031-390 06 76"), L("linnea.bergkvist@example.se"), L("Älgmora")),
       S("profile", "Testare sedan 2016 med fokus på testautomatisering och CI. Jag gillar stabila tester "
                    "och tydliga felrapporter."),
       S("exp",
         I("2020 – nu", "Testautomatiserare, Älgmora Försäkring AB", "Selenium WebDriver (Java), Robot Framework",
           "Testfall och testkörningar i TestRail, buggar i Jira"),
         I("2016 – 2020", "Testare, Hedsjövik Data AB", "Manuell systemtestning och acceptanstest")),
       S("edu", I("2012 – 2015", "Högskoleingenjör i datateknik, 180 hp, Älgmora högskola")),
       S("cert", L("ISTQB CTFL, 2016"), L("ISTQB Advanced Level Test Analyst, 2019")),
       S("skills", L("Jira, TestRail"), L("Postman"), L("Jenkins, GitLab CI")),
       S("lang", L("Svenska – modersmål"), L("Engelska – flytande i tal och skrift"))),
    cv("mikkel-frandsen.txt", "da", "txt", "badly-written", "UMMMMMX",
       "badly written Danish; tester since 2017, 'ISTQB foundation 2018', 'playwright og cypress', 'jira + "
       "xray', 'engelsk flydende', but the education is 'datamatiker 2017', an academy profession degree, "
       "not a bachelor",
       raw="""
Mikkel Frandsen   tlf +45 12 34 65 21   mikkel.frandsen@example.dk

CV
er uddannet datamatiker 2017 fra Kragsted erhvervsakademi. har arbejdet som tester siden 2017, først hos Ulvekær Software (2017-2021) og nu test engineer hos Bregnerød Logistik IT (2021-nu).
laver automatiske tests i playwright og cypress, bruger jira + xray til testcases.
ISTQB foundation 2018
engelsk flydende, dansk modersmål
"""),
    cv("ragnhild-tveito.docx", "nn", "docx", "bold-headings", "MMMMMMX",
       "'Bachelor i informasjonsteknologi', tester from 'aug. 2021 – des. 2022' and test lead since 'jan. 2023 – "
       "no' (the developer years not needed), 'ISTQB CTFL', 'Playwright', 'Jira og TestRail', 'Engelsk – "
       "flytande munnleg og skriftleg'",
       "Ragnhild Tveito", "Testleiar",
       S("contact", L("Tlf. 123 47 053"), L("ragnhild.tveito@example.no"), L("Tåkeli")),
       S("profile", "Eg var utviklar i fire år før eg gjekk over til testing. No leier eg testarbeidet i eit "
                    "team på åtte og skriv mykje av automatiseringa sjølv."),
       S("exp",
         I("jan. 2023 – no", "Testleiar, Tåkeli Kraft AS", "Testautomatisering i Playwright",
           "Testplanar i Jira og TestRail"),
         I("aug. 2021 – des. 2022", "Testar, Brekkestrand Data AS"),
         I("2017 – 2021", "Systemutviklar, Brekkestrand Data AS")),
       S("edu", I("2014 – 2017", "Bachelor i informasjonsteknologi, Høgskulen i Brekkestrand")),
       S("cert", L("ISTQB CTFL (Certified Tester Foundation Level), 2021")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – flytande munnleg og skriftleg"))),
)


# ===========================================================================
# 6. nb: Kontormedarbeider
# ===========================================================================

job(
    "kontormedarbeider", "Kontormedarbeider, servicetorget", "nb", "office clerk",
    [
        ("Fagbrev i kontor- og administrasjonsfaget eller relevant høyere utdanning", "education"),
        ("Minst to års erfaring fra kontor- eller sekretærarbeid", "experience"),
        ("Gode kunnskaper i Microsoft Excel", "must_mention"),
        ("Du har erfaring med sak- og arkivsystemet Elements eller Public 360", "must_mention"),
        ("Du behersker norsk og engelsk godt, både muntlig og skriftlig", "language"),
        ("Ordinær politiattest må leveres ved ansettelse", "manual"),
    ],
    cv("trine-bakkevold.txt", "nb", "txt", "one-column", "MMMMMX",
       "'Fagbrev i kontor- og administrasjonsfaget, 2016', office clerk since 2016 (the læretid not counted), "
       "'Excel (pivottabeller, FINN.RAD)', 'Elements (saksbehandling og journalføring)', 'Engelsk – god "
       "muntlig og skriftlig'",
       "Trine Bakkevold", "Kontormedarbeider",
       S("contact", L("Tlf. 123 47 061"), L("trine.bakkevold@example.no"), L("Tåkeli")),
       S("profile", "Blid og strukturert kontormedarbeider med ti år i kommunen. Jeg tar imot henvendelser, "
                    "journalfører post og holder orden på det meste."),
       S("exp",
         I("2016 – d.d.", "Kontormedarbeider, servicetorget, Tåkeli kommune",
           "Publikumsmottak, sentralbord og postmottak"),
         I("2014 – 2016", "Lærling i kontor- og administrasjonsfaget, Tåkeli kommune")),
       S("edu",
         I("2016", "Fagbrev i kontor- og administrasjonsfaget, 2016"),
         I("2012 – 2014", "Vg1 og Vg2 service og samferdsel, Tåkeli vgs.")),
       S("skills", L("Excel (pivottabeller, FINN.RAD)"), L("Word, Outlook, Teams"),
         L("Elements (saksbehandling og journalføring)")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – god muntlig og skriftlig")),
       sep=" | "),
    cv("elin-soderholm.docx", "sv", "docx", "table", "MMMMMX",
       "'Kandidatexamen i företagsekonomi, 180 hp' is relevant higher education, office work since 2017, "
       "'Excel – avancerad', 'Public 360 (diarieföring)', 'Norska – flytande i tal och skrift', 'Engelska – "
       "mycket god'",
       "Elin Söderholm", "Kontorsmedarbetare",
       S("contact", L("Tel. +47 123 47 062"), L("elin.soderholm@example.se"), L("Myrvollnes, Norge")),
       S("profile", "Ekonom i grunden, men det är administrationen jag trivs bäst med. Jag har arbetat i "
                    "kommun i både Sverige och Norge."),
       S("exp",
         I("2021 – nu", "Kontormedarbeider, Myrvollnes kommune", "Post, arkiv och möteshandlingar",
           "Diarieföring i Public 360"),
         I("2017 – 2021", "Administratör, Stensunds kommun", "Fakturahantering och kanslistöd")),
       S("edu", I("2014 – 2017", "Kandidatexamen i företagsekonomi, 180 hp, Hedsjöviks högskola")),
       S("skills", L("Excel – avancerad (pivottabeller, makron)"), L("Public 360 (diarieföring)"),
         L("Visma")),
       S("lang", L("Svenska – modersmål"), L("Norska – flytande i tal och skrift"), L("Engelska – mycket god"))),
    cv("ines-carvalhais.pdf", "en", "pdf", "one-column", "MMMMMX",
       "a Portuguese 'Licenciatura (bachelor) in Management' is relevant higher education; office work 2014 – "
       "2019 and 'Office assistant (50 % part-time)' since '03/2023 – present' (part-time counts by calendar "
       "time), 'Excel (advanced: pivot tables, XLOOKUP)', 'Public 360', 'Norwegian – C1 (Norskprøven 2022)', "
       "'English – fluent'",
       "Inês Carvalhais", "Office assistant",
       S("contact", L("+47 123 47 063"), L("ines.carvalhais@example.pt"), L("Brekkestrand, Norway")),
       S("profile", "Organised office assistant with a degree in management. I moved to Norway in 2020, "
                    "learned Norwegian and now work half time while my children are small."),
       S("exp",
         I("03/2023 – present", "Office assistant (50 % part-time), Brekkestrand Eiendom AS",
           "Invoices, tenant letters, archiving in Public 360"),
         I("2014 – 2019", "Administrative assistant, Valdeira Municipal Services, Portugal",
           "Front desk, correspondence, registers")),
       S("edu", I("2010 – 2013", "Licenciatura (bachelor) in Management, Valdeira Polytechnic Institute")),
       S("skills", L("Excel (advanced: pivot tables, XLOOKUP)"), L("Public 360"), L("Microsoft 365")),
       S("lang", L("Portuguese – native"), L("Norwegian – C1 (Norskprøven 2022)"), L("English – fluent"))),
    cv("solveig-rambekk.txt", "nn", "txt", "no-headings", "MUMMMX",
       "no headings; 'Fagbrev i kontor- og administrasjonsfaget, 2024', 'Excel – godt', 'Elements', 'engelsk "
       "godt munnleg og skriftleg', but office clerk only since 'jan. 2025 – no' (23 months); the "
       "'Lærling' years do not count",
       "Solveig Rambekk", "solveig.rambekk@example.no – 123 47 064 – Laksefoss",
       S("profile", "Eg er ferdig med læretida og har fagbrev. No jobbar eg i eit vikariat på rådhuset og "
                    "ønskjer meg fast stilling."),
       S("exp",
         I("jan. 2025 – no", "Kontormedarbeidar (vikariat 80 %), Laksefoss kommune",
           "Postmottak og journalføring i Elements"),
         I("aug. 2022 – des. 2024", "Lærling i kontor- og administrasjonsfaget, Laksefoss kommune")),
       S("edu",
         I("2024", "Fagbrev i kontor- og administrasjonsfaget, 2024"),
         I("2020 – 2022", "Vg1 og Vg2 sal, service og reiseliv, Laksefoss vgs.")),
       S("other", L("Excel – godt, Word, Outlook"), L("Norsk morsmål, engelsk godt munnleg og skriftleg"))),
    cv("dorthe-kjaerbo.docx", "da", "docx", "europass", "MMMUMX",
       "'Kontoruddannelse med speciale i administration (EUD)' is the Danish fagbrev, office work since 2014, "
       "'Excel (avanceret)', Norwegian and English at B2 or better; but the archive systems are 'Acadre og "
       "SBSYS' and 'SharePoint', not Elements or Public 360",
       "Dorthe Kjærbo", "Administrativ medarbejder",
       S("contact", KV("Telefon", "+47 123 47 065"), KV("E-mail", "dorthe.kjaerbo@example.dk"),
         KV("Adresse", "Laksefoss, Norge")),
       S("exp",
         I("2022 – nu", "Kontormedarbeider, Laksefoss Regnskap AS (Norge)", "Kundeservice og fakturering",
           "Arkivering i SharePoint"),
         I("2014 – 2022", "Administrativ medarbejder, Ulvekær Kommune", "Journalisering i ESDH: Acadre og SBSYS")),
       S("edu", I("2012 – 2014", "Kontoruddannelse med speciale i administration (EUD), Kragsted Handelsskole")),
       S("skills", KV("Digitale kompetencer", "Excel (avanceret), Word, Outlook, Acadre, SBSYS, SharePoint")),
       S("lang", KV("Modersmål", "Dansk"), KV("Norsk", "Forstå C1, Tale C1, Skrive B2"),
         KV("Engelsk", "Forstå C1, Tale B2, Skrive B2"))),
)


# --------------------------------------------------------------------------
# The README's closing sections, written by hand
# --------------------------------------------------------------------------

HARD_CASES = [
    "### Hard cases, on purpose",
    "",
    "Authorisation: a Norwegian nurse authorisation beside a Swedish legitimation, in English, in",
    "nynorsk and in a CV without headings; Rigspolitiets tolkeregister in Danish, Swedish",
    "(\"Optagen i\"), Norwegian (\"Optatt i\") and English (\"Danish National Police interpreter register\").",
    "Education: the old title \"Helsesøsterutdanning\" and \"Vidareutdanning i helsesjukepleie\" for",
    "helsesykepleier; a Norwegian fagbrev i skogfaget, a Finnish forest machine operator",
    "qualification and a Danish skov- og naturteknikeruddannelse with an AMU harvester course as",
    "\"motsvarande yrkesutbildning\"; a Swedish SMO programme for the Norwegian fire and rescue",
    "fagskule and a Swedish vocational programme as \"anna relevant yrkesutdanning\"; a fagbrev whose",
    "practical exam is only booked; a Swedish Kammarkollegiet authorisation and a Norwegian",
    "statsautorisert tolk as \"tilsvarende\" a Danish diploma; a Danish datamatiker (academy",
    "profession degree) against a bachelor's degree; a Swedish högskoleingenjör, a Swedish",
    "kandidatexamen, a Portuguese licenciatura and a Danish kontoruddannelse (EUD).",
    "Experience: a public health nurse for 21 months after years on a children's ward and a",
    "placement at a helsestasjon; a forwarder driver (skotare) who has driven a harvester for 20",
    "months; a part-time firefighter who went full time; a firefighter with 21 months full time",
    "plus a summer job and a placement during the fagskule; an interpreter for 23 months after",
    "five years as a bilingual contact person who \"often helped to translate\"; a tester who was a",
    "developer first; an office assistant at 50 % (counted by calendar time); an office clerk",
    "with 23 months after her apprenticeship. Certificates: a Norwegian chainsaw course against",
    "the Swedish motorsågskörkort A and B; ISTQB \"eksamen avtalt januar 2027\"; a smoke diver in",
    "Swedish (\"Rökdykare, godkänd\") and English. Named systems met in other words (\"Ponsse",
    "Scorpion King med Opti4G\", \"TimberMatic H-09\", \"Zephyr Scale\", \"TestRail\" as a similar test",
    "management tool) or not (Selenium WebDriver and Robot Framework for Playwright or Cypress;",
    "Acadre, SBSYS and SharePoint for Elements or Public 360). Licences: \"Førarkort: har ikkje\",",
    "\"Førerkort: har ikke\", \"Førarkort: B, C1, C (C teke oktober 2026)\", \"Førerkort: B, BE, C1\",",
    "\"Kørekort: B og BE\". Languages: Europass grids (Swedish \"Writing B1\" against \"God svenska i",
    "tal och skrift\"; Danish \"Forstå C2, Tale C1, Skrive C1\"; Norwegian \"Skrive B2\" against",
    "\"godt\"), \"Norska – förstår det mesta, pratar och skriver bara lite\", two mother tongues, a",
    "Dane's \"Svensk – flydende\", a Norwegian's \"Svensk – flytende\". Two badly written TXT CVs",
    "(one in English), two TXT CVs without headings.",
    "",
    "### Labelling decisions specific to this set",
    "",
    "The conventions of `eval/README.md` and of the earlier held-out sets apply. In addition:",
    "",
    "- **Helsesykepleier**: helsesøster is the old title of helsesykepleier, so a",
    "  helsesøsterutdanning and work as helsesøster count. Work as a nurse elsewhere (a",
    "  children's ward) and a study placement at a helsestasjon are not work as helsesykepleier.",
    "  \"Gode norskkunnskaper\" is read as B2.",
    "- **Skogsmaskinförare**: a Norwegian fagbrev i skogfaget, a Finnish forest machine operator",
    "  qualification and a Danish forestry vocational education with a harvester course are",
    "  \"motsvarande yrkesutbildning\". A Norwegian chainsaw certificate is another country's",
    "  scheme (`unclear`). Driving a forwarder (skotare) is not driving a harvester. \"God svenska",
    "  i tal och skrift\" is B2 in speaking and writing; a stated B1 for writing is `not_met`.",
    "- **Brannkonstabel**: the Swedish two-year SMO programme is the same field and level as the",
    "  Norwegian fagskule. With \"eller anna relevant yrkesutdanning\", a Swedish vocational",
    "  upper secondary programme followed by years in the trade counts. A fagbrev whose practical",
    "  exam is only booked is `unclear`. Part-time (deltid) firefighter work counts by calendar",
    "  time; summer jobs and placements during the fagskule are training. A C licence taken",
    "  before `today` counts. \"Pratar och skriver bara lite\" is below \"godt\" (`not_met`).",
    "- **Tolk**: a Swedish Kammarkollegiet authorisation as interpreter and a Norwegian",
    "  statsautorisert tolk are \"tilsvarende\" a Danish interpreting diploma. Work as a bilingual",
    "  contact person is not work as an interpreter, even with some translating. Two mother",
    "  tongues meet both language lines. Studieprøven is read as C1.",
    "- **QA engineer**: a Danish datamatiker (AP degree) and no bachelor's degree is `unclear`;",
    "  a Swedish högskoleingenjör (180 hp) is a bachelor-level degree. TestRail and Zephyr Scale",
    "  with Jira meet \"Jira and Xray, Zephyr or a similar test management tool\". Selenium and",
    "  Robot Framework do not show Playwright or Cypress (`unclear`). \"Fluent\" and \"native\"",
    "  meet \"Excellent\".",
    "- **Kontormedarbeider**: a Danish kontoruddannelse (EUD) is the same field and level as the",
    "  fagbrev; a Swedish kandidatexamen in business and a Portuguese licenciatura in management",
    "  are relevant higher education. Part-time office work counts by calendar time; an",
    "  apprenticeship does not. Other archive systems (Acadre, SBSYS, SharePoint) do not show",
    "  Elements or Public 360 (`unclear`). \"Godt\" is B2, so a Europass B2 meets it.",
    "",
]


# --------------------------------------------------------------------------
# Checks of our own (on top of make_eval.check_data)
# --------------------------------------------------------------------------


def check_holdout9() -> None:
    mh.check_blind_set(JOBS, me.JOBS + mh.JOBS + mh2.JOBS + mh3.JOBS + mh4.JOBS + mh5.JOBS + mh6.JOBS + mh7.JOBS
                       + mh8.JOBS, USED_TOWNS, per_job=(5, 7), min_qualified=2)


# --------------------------------------------------------------------------
# README (generated, so its figures always match the set)
# --------------------------------------------------------------------------


def readme() -> str:
    n_all = sum(len(j.cvs) for j in JOBS)
    out = [
        "# Sikte's ninth held-out evaluation set",
        "",
        f"{len(JOBS)} fictional jobs and {n_all} fictional CVs, labelled by hand requirement by",
        "requirement, in the same layout and job-file format as `eval/` (see `eval/README.md`",
        "for the format, the label meanings and the labelling conventions). It exists to measure",
        "accuracy again on CVs the rules were never tuned on. It was written blind: without",
        "reading Sikte's rules, code, tests or data tables, without running Sikte on it and",
        "without looking at any Sikte output, and no label was ever set from Sikte's output. Of",
        "the earlier sets only the script of `eval-holdout8/` was read, as the template for this",
        "script's structure, together with the shared code of `make_eval.py` and `make_holdout.py`;",
        "the CVs of `eval/` and `eval-holdout/` ... `eval-holdout7/` were not. Every CV x",
        "requirement is labelled with what a careful, fair Nordic recruiter concludes on",
        f"{TODAY} (the `today` of every job file, which closes open ranges such as \"d.d.\", \"nå\",",
        "\"no\", \"nu\", \"present\" and \"pågående\"); the set was written on that date. Its professions",
        "appear in no earlier set. Keep it that way: do not tune rules on these CVs; once a rule",
        "changes because of a disagreement found here, the set is no longer held out, and its",
        "figures become a regression check.",
        "",
        "Everything here is invented for Sikte: people, employers, schools, towns",
        f"({TOWNS}), e-mail addresses (`example.*`) and phone numbers (unreal",
        "ranges: `123 47 0xx` in Norway, the Swedish fiction range `031-390 06 xx`,",
        "`+45 12 34 65 xx` in Denmark). Nothing is copied from `/work/shared/corpus`, from the",
        "earlier sets or from any real CV or job ad. Authority, test, course and product names in",
        "CVs (Helsedirektoratet, Socialstyrelsen, HPR, HsPro, CosDoc, ICDP, Ponsse, Opti4G, John",
        "Deere, TimberMatic, Norges brannskole, SMO, Kammarkollegiet, Rigspolitiets tolkeregister,",
        "Studieprøven, Norskprøven, ISTQB, Playwright, Cypress, Selenium, Robot Framework, Jira,",
        "Xray, Zephyr Scale, TestRail, Elements, Public 360, Acadre, SBSYS, SharePoint, Excel) are",
        "named as real ads and CVs name them. Licence: the same as the project (MIT OR",
        "Apache-2.0).",
        "",
        "The format is the one of `eval/`, so Sikte's evaluator reads this folder as it reads",
        "`eval/`; report its figures for each set separately.",
        "",
        "## Regenerate, never edit",
        "",
        "```sh",
        f"python3 {SCRIPT}            # (re)writes eval-holdout9/, removes stale files",
        f"python3 {SCRIPT} --verify   # generates twice elsewhere: byte-identical, and eval-holdout9/ fresh?",
        "```",
        "",
    ]
    return "\n".join(out + mh.script_paragraph(9) + mh.jobs_and_figures(JOBS, HARD_CASES))


# --------------------------------------------------------------------------
# Writing and checking
# --------------------------------------------------------------------------


def main(argv: list[str]) -> int:
    check_holdout9()
    return mh.run_set(argv, OUT, JOBS, SCRIPT, readme, __doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
