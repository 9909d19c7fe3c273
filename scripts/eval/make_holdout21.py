#!/usr/bin/env python3
"""Write Sikte's twenty-first held-out evaluation set: eval-holdout21/README.md, jobs/<job>.toml, cvs/<job>/<file>.

    python3 scripts/eval/make_holdout21.py            # (re)write eval-holdout21/
    python3 scripts/eval/make_holdout21.py --verify   # generate twice in temporary folders and check both
                                                      # runs and eval-holdout21/ are byte-identical

A twenty-second labelled set in the same layout and job-file format as eval/ and
eval-holdout/ ... eval-holdout20/, so that accuracy can be measured on CVs the
rules were never tuned on. Six fictional jobs in professions that no earlier
set uses (chiropractor nb, church musician nn, vehicle inspector sv, bartender
da, rope access technician en, postal worker nb) with 6-7 requirement lines
each, and 5 fictional CVs per job in TXT, DOCX and PDF (one and two columns),
in bokmål, nynorsk, Swedish, Danish and English.

The set was written blind: without reading Sikte's rules, code, tests, docs or
data tables, without running Sikte on it and without looking at any Sikte
output. Of the earlier sets only make_holdout20.py was read, as the template
for this script's structure, with the shared code of make_eval.py,
make_holdout.py and scripts/fixtures/cvlib.py, and eval/README.md for the
format and the labelling conventions (make_holdout20.py also defines the CVs
of eval-holdout20/; the CV definitions in make_eval.py and make_holdout.py
were skipped); make_holdout2.py ... make_holdout19.py were not read, nor the
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
eval-holdout/, ..., eval-holdout20/, any e-mail address or phone number that
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
import make_holdout18 as mh18  # noqa: E402
import make_holdout19 as mh19  # noqa: E402
import make_holdout20 as mh20  # noqa: E402
from make_eval import CV, I, KV, L, S, cv  # noqa: E402

cvlib = me.cvlib
ROOT = me.ROOT
OUT = os.path.join(ROOT, "eval-holdout21")
SCRIPT = "scripts/eval/make_holdout21.py"
# The day this set is judged on, written into every job file. make_eval.job_toml reads
# make_eval.TODAY, so it is set there too (only in this process).
TODAY = "2026-11-28"
me.TODAY = TODAY

# Towns of eval/ and eval-holdout/ ... eval-holdout20/; none may appear here.
USED_TOWNS = mh20.USED_TOWNS + mh20.OWN_TOWNS
# The invented towns of this set; an earlier set's CVs must not mention them either.
OWN_TOWNS = ("Hegglundvær", "Einerdalen", "Tyrihamn", "Bjørkelid", "Einerstø", "Kastanjeholm", "Idegransby",
             "Rönnbärsvik", "Aspmyra", "Mispelholt", "Bøgeskovrup", "Tjørnegaarde", "Pileborg", "Harrowcombe",
             "Glenmarrick", "Liepukalns", "Dunwarrow", "Kasztanowice", "Eglynai")
TOWNS = "Hegglundvær, Einerdalen, Tyrihamn, Bjørkelid and Einerstø in Norway; Kastanjeholm, Idegransby, " \
        "Rönnbärsvik and Aspmyra in Sweden; Mispelholt, Bøgeskovrup, Tjørnegaarde and Pileborg in Denmark; " \
        "Harrowcombe, Glenmarrick, Liepukalns, Dunwarrow, Kasztanowice and Eglynai abroad"

JOBS: list[me.Job] = []


def job(slug, title, lang, profession, reqs: list[tuple[str, str]], *cvs: CV) -> None:
    JOBS.append(me.Job(slug, title, lang, profession, [r for r, _ in reqs], [k for _, k in reqs], list(cvs)))


# ===========================================================================
# 1. nb: Kiropraktor
# ===========================================================================

job(
    "kiropraktor", "Kiropraktor til tverrfaglig klinikk i Hegglundvær – fast stilling 100 %", "nb", "chiropractor",
    [
        ("Norsk autorisasjon som kiropraktor", "authorisation"),
        ("Mastergrad i kiropraktikk eller tilsvarende utdanning", "education"),
        ("Minst to års erfaring som kiropraktor etter fullført turnustjeneste", "experience"),
        ("Erfaring med behandling av idrettsskader", "must_mention"),
        ("Gode norskkunnskaper, muntlig og skriftlig", "language"),
        ("Førerkort klasse B", "driving_licence"),
        ("Du er strukturert, løsningsorientert og har gode samarbeidsevner", "manual"),
    ],
    cv("marte-aasen.docx", "nb", "docx", "one-column", "MMMMMMX",
       "'Autorisasjon som kiropraktor, Helsedirektoratet, 2019', a British 'Master of Chiropractic (MChiro)' is a "
       "master in chiropractic, kiropraktor since 'aug. 2019 – d.d.' after the turnus year, 'Behandling av "
       "idrettsskader for spillere i Hegglundvær IL', 'Norsk – morsmål', 'Førerkort klasse B'",
       "Marte Skogheim Aasen", "Kiropraktor",
       S("contact", L("Mobil 123 64 501"), L("marte.aasen@example.no"), L("Hegglundvær")),
       S("profile", "Kiropraktor med sju års klinisk erfaring fra tverrfaglig klinikk. Jeg jobber mye med "
                    "idrettsutøvere og med pasienter med langvarige rygg- og nakkeplager."),
       S("exp",
         I("aug. 2019 – d.d.", "Kiropraktor, Hegglundvær Helse og Bevegelse AS",
           "Undersøkelse, diagnostikk og behandling av muskel- og skjelettplager",
           "Behandling av idrettsskader for spillere i Hegglundvær IL (fotball og håndball)"),
         I("aug. 2018 – juli 2019", "Turnuskandidat, Tyrihamn Kiropraktorsenter"),
         head="Yrkeserfaring"),
       S("edu", I("2013 – 2018", "Master of Chiropractic (MChiro), Harrowcombe College of Chiropractic, "
                                 "Storbritannia")),
       S("auth", L("Autorisasjon som kiropraktor, Helsedirektoratet, 2019")),
       S("lic", L("Førerkort klasse B")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – flytende"))),
    cv("anders-pilegaard.pdf", "da", "pdf", "two-column", "UMMMNMX",
       "a Dane: 'Cand.manu. (kandidat i klinisk biomekanik)' is the Danish master for chiropractors, kiropraktor "
       "since '2014 – nu' after the clinical year, 'Behandling af idrætsskader', 'Kørekort B'; but his authorisation "
       "is Danish and the Norwegian one only applied for ('Norsk autorisasjon: ansøgt oktober 2026, under "
       "behandling'), and 'Norsk – forstår godt, taler lidt' is below good Norwegian",
       "Anders Pilegaard Holm", "Kiropraktor",
       S("contact", L("Mobil +45 12 37 15 01"), L("anders.pilegaard@example.dk"), L("Mispelholt, Danmark")),
       S("auth", L("Autorisation som kiropraktor, Styrelsen for Patientsikkerhed, 2014"),
         L("Norsk autorisasjon: ansøgt oktober 2026, under behandling"), side=True),
       S("lang", L("Dansk – modersmål"), L("Engelsk – flydende"), L("Norsk – forstår godt, taler lidt")),
       S("lic", L("Kørekort B")),
       S("profile", "Kiropraktor med tolv års erfaring, heraf otte år med idrætsudøvere. Min familie flytter "
                    "til Norge i 2027."),
       S("exp",
         I("2014 – nu", "Kiropraktor, Kiropraktisk Klinik Mispelholt",
           "Behandling af idrætsskader hos løbere, håndbold- og fodboldspillere",
           "Samarbejde med fysioterapeuter og praktiserende læger"),
         I("2013 – 2014", "Klinisk uddannelsesår (turnus), Bøgeskovrup Kiropraktorklinik")),
       S("edu", I("2008 – 2013", "Cand.manu. (kandidat i klinisk biomekanik), Pileborg Universitet")),
       order="left-first"),
    cv("eivind-rusten.txt", "nn", "txt", "no-headings", "MMUMMMX",
       "no headings: 'Autorisasjon som kiropraktor (HPR), september 2025', 'Master i kiropraktikk (cand.manu.)', "
       "'Behandling av idrettsskadar', 'Norsk (morsmål)', 'Førarkort B'; but kiropraktor after the turnus only "
       "since 'sep. 2025 – d.d.' (about fourteen months; the turnus year is training)",
       "Eivind Tjønn Rusten", "Kiropraktor",
       S("contact", "eivind.rusten@example.no | 123 64 502 | Einerdalen"),
       S("profile", "Nyutdanna kiropraktor med bakgrunn som fotballspelar. Eg brenn for idrettsmedisin og vil "
                    "vidare i ein tverrfagleg klinikk."),
       S("exp",
         I("sep. 2025 – d.d.", "Kiropraktor, Einerdalen Idrettsklinikk",
           "Behandling av idrettsskadar, mest kne, ankel og lyske",
           "Fast kiropraktor for Einerdalen FK"),
         I("aug. 2024 – aug. 2025", "Turnuskiropraktor, Einerdalen Idrettsklinikk")),
       S("edu", I("2019 – 2024", "Master i kiropraktikk (cand.manu.), Pileborg Universitet, Danmark")),
       S("auth", L("Autorisasjon som kiropraktor (HPR), september 2025")),
       S("other", "Førarkort B", "Språk: Norsk (morsmål), engelsk (godt), dansk (godt)")),
    cv("megan-ashcroft.pdf", "en", "pdf", "right-dates", "MMMMMMX",
       "a Canadian: 'Norwegian authorisation as chiropractor (kiropraktor), Helsedirektoratet, 2020', a 'Doctor of "
       "Chiropractic (DC)' is a chiropractic degree above master level, chiropractor from '06/2012 – 05/2019' and "
       "again since '09/2020 – present' after the Norwegian supervised year, 'Sports injury rehabilitation for "
       "runners and cross-country skiers', 'Norwegian – C1 (Norskprøven 2021)', 'Driving licence: B'",
       "Megan Ashcroft-Lunde", "Chiropractor (DC)",
       S("contact", L("Tel. +47 123 64 514"), L("megan.ashcroft@example.ca"), L("Tyrihamn, Norway")),
       S("profile", "Canadian chiropractor living in Norway since 2019, married to a Norwegian. Thirteen years "
                    "in practice, with a special interest in endurance athletes."),
       S("exp",
         I("09/2020 – present", "Kiropraktor, Tyrihamn Ryggklinikk AS, Norway",
           "Sports injury rehabilitation for runners and cross-country skiers"),
         I("09/2019 – 08/2020", "Supervised clinical year (turnus), Tyrihamn Ryggklinikk AS"),
         I("06/2012 – 05/2019", "Chiropractor, Glenmarrick Spine and Sport Clinic, Canada",
           "Assessment and treatment of back, neck and sports injuries")),
       S("edu", I("2008 – 2012", "Doctor of Chiropractic (DC), Glenmarrick College of Chiropractic, Canada")),
       S("auth", L("Norwegian authorisation as chiropractor (kiropraktor), Helsedirektoratet, 2020")),
       S("lic", L("Driving licence: B")),
       S("lang", L("English – native"), L("Norwegian – C1 (Norskprøven 2021)"), L("French – basic")),
       date_first=True),
    cv("johanna-lonnberg.docx", "sv", "docx", "table", "UMMUMMX",
       "a Swede: 'Master of Science in Chiropractic', kiropraktor since '2016 – nu', 'Norska – god i tal och skrift "
       "(B2)', 'Körkort B'; but 'Legitimerad kiropraktor, Socialstyrelsen, 2015' is a Swedish authorisation not yet "
       "recognised in Norway, and no sports injuries are named (back, neck, headache and ergonomics)",
       "Johanna Lönnberg", "Legitimerad kiropraktor",
       S("contact", L("Tel. 0980-354 101"), L("johanna.lonnberg@example.se"), L("Kastanjeholm, Sverige")),
       S("profile", "Legitimerad kiropraktor med tio år i privat praktik. Jag söker mig till Norge och en "
                    "tvärprofessionell klinik."),
       S("exp",
         I("2016 – nu", "Kiropraktor, Kastanjeholms Kiropraktik AB",
           "Behandling av rygg-, nack- och huvudvärksbesvär", "Ergonomisk rådgivning till företag")),
       S("edu", I("2010 – 2015", "Master of Science in Chiropractic, Pileborg Universitet, Danmark")),
       S("auth", L("Legitimerad kiropraktor, Socialstyrelsen, 2015")),
       S("lic", L("Körkort B")),
       S("lang", L("Svenska – modersmål"), L("Norska – god i tal och skrift (B2)"), L("Engelska – flytande"))),
)


# ===========================================================================
# 2. nn: Kyrkjemusikar
# ===========================================================================

job(
    "kyrkjemusikar", "Kyrkjemusikar i 100 % stilling, Tyrihamn kyrkjelege fellesråd", "nn", "church musician",
    [
        ("Bachelor- eller mastergrad i kyrkjemusikk", "education"),
        ("Minst to års erfaring som organist eller kantor", "experience"),
        ("Erfaring med korleiing", "must_mention"),
        ("Gode norskkunnskapar, munnleg og skriftleg", "language"),
        ("Førarkort klasse B", "driving_licence"),
        ("Du må kunne arbeide helgar og på høgtidsdagar", "manual"),
    ],
    cv("solveig-brekke.docx", "nn", "docx", "bold-headings", "MMMMMX",
       "'Master i kyrkjemusikk', kantor since '2017 – d.d.' and organistvikar before, 'Leier Bjørkelid kyrkjekor og "
       "barnekoret Tonetrollet', 'Norsk – morsmål', 'Førarkort klasse B'",
       "Solveig Einarsdotter Brekke", "Kantor",
       S("contact", L("Mobil 123 64 503"), L("solveig.brekke@example.no"), L("Bjørkelid")),
       S("profile", "Kantor med ni år i kyrkjelydsarbeid. Eg leier born- og vaksenkor og spelar gjerne ved "
                    "konsertar."),
       S("exp",
         I("2017 – d.d.", "Kantor, Bjørkelid sokn",
           "Gudstenester, gravferder, vigslar og konsertar",
           "Leier Bjørkelid kyrkjekor og barnekoret Tonetrollet"),
         I("2015 – 2017", "Organistvikar (deltid), Bjørkelid sokn")),
       S("edu", I("2011 – 2016", "Master i kyrkjemusikk, Musikkonservatoriet i Tyrihamn")),
       S("lic", L("Førarkort klasse B")),
       S("lang", L("Norsk – morsmål"), L("Tysk – godt"), L("Engelsk – godt"))),
    cv("henrik-nilsen.txt", "nb", "txt", "one-column", "MUMMNX",
       "'Bachelor i kirkemusikk', 'Dirigent for Einerstø mannskor siden januar 2026', 'Norsk – morsmål'; but "
       "organist only since 'aug. 2025 – d.d.' plus the summers 'juni – aug. 2024' and 'juni – aug. 2023' (about one "
       "year and ten months in all), and 'Førerkort: har ikke'",
       "Henrik Solberg Nilsen", "Organist",
       S("contact", L("henrik.nilsen@example.no"), L("Tlf. 123 64 504"), L("Einerstø")),
       S("profile", "Nyutdannet kirkemusiker som har spilt i kirker siden jeg var 16. Jeg er glad i både salmer "
                    "og gospel."),
       S("exp",
         I("aug. 2025 – d.d.", "Organist (50 % stilling), Einerstø menighet",
           "Gudstjenester, begravelser og vielser",
           "Dirigent for Einerstø mannskor siden januar 2026"),
         I("juni – aug. 2024", "Sommervikar som organist, Hegglundvær kirke"),
         I("juni – aug. 2023", "Sommervikar som organist, Hegglundvær kirke"),
         I("2019 – 2022", "Butikkmedarbeider, Einerstø Musikk AS")),
       S("edu", I("2021 – 2025", "Bachelor i kirkemusikk, Musikkonservatoriet i Tyrihamn")),
       S("lic", L("Førerkort: har ikke")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – godt")),
       rule=True),
    cv("karin-sjoholm.pdf", "sv", "pdf", "two-column", "MMMMMX",
       "a Swede: 'Kandidatexamen i kyrkomusik' is a bachelor in church music, organist since '2015 – nu', "
       "'Körledare för kyrkokören och ungdomskören', 'Norska – god i tal och skrift (B2, Norskprøven 2025)', "
       "'Körkort B'",
       "Karin Almqvist Sjöholm", "Kyrkomusiker",
       S("contact", L("Tel. 0980-354 102"), L("k.almqvist.sjoholm@example.se"), L("Rönnbärsvik, Sverige")),
       S("lang", L("Svenska – modersmål"), L("Norska – god i tal och skrift (B2, Norskprøven 2025)"),
         L("Tyska – god")),
       S("lic", L("Körkort B")),
       S("profile", "Kyrkomusiker med elva år i Svenska kyrkan. Min man är från Norge och vi flyttar till "
                    "Tyrihamn i vår."),
       S("exp",
         I("2015 – nu", "Organist, Rönnbärsviks församling",
           "Gudstjänster, dop, vigslar och begravningar", "Körledare för kyrkokören och ungdomskören")),
       S("edu", I("2010 – 2015", "Kandidatexamen i kyrkomusik, Kastanjeholms musikhögskola")),
       order="right-first"),
    cv("mette-friis.pdf", "da", "pdf", "right-dates", "UMMUMX",
       "a Dane: organist since '2010 – nu', 'Leder af kirkens børnekor, 20 børn', 'Kørekort B'; but 'PO-eksamen "
       "(organisteksamen), Kirkemusikskolen i Bøgeskovrup' is a church music school exam below a bachelor, and "
       "'Norsk – læser godt' says nothing about speaking or writing",
       "Mette Tjørnelund Friis", "Organist",
       S("contact", L("Mobil +45 12 37 15 02"), L("mette.friis@example.dk"), L("Tjørnegaarde")),
       S("profile", "Organist med 16 års erfaring fra landsbykirker. Jeg leder børnekor og spiller også klaver "
                    "til koncerter."),
       S("exp",
         I("2010 – nu", "Organist, Tjørnegaarde og Mispelholt Pastorat",
           "Gudstjenester, kirkelige handlinger og koncerter", "Leder af kirkens børnekor, 20 børn")),
       S("edu", I("2007 – 2010", "PO-eksamen (organisteksamen), Kirkemusikskolen i Bøgeskovrup")),
       S("lic", L("Kørekort B")),
       S("lang", L("Dansk – modersmål"), L("Norsk – læser godt"), L("Engelsk – godt")),
       date_first=False),
    cv("elina-kalnina.pdf", "en", "pdf", "europass", "UMMNMX",
       "a Latvian: organist from '09/2016 – 06/2024', 'Assistant conductor of the church choir', driving licence "
       "B; but a 'Master of Music in Organ Performance' is an organ degree, not one in church music, and Norwegian "
       "'A2 (course ongoing)' is below good Norwegian",
       "Elina Kalnina", "Organist",
       S("contact", KV("Phone", "+47 123 64 505"), KV("E-mail", "elina.kalnina@example.lv"),
         KV("Address", "Tyrihamn, Norway")),
       S("exp",
         I("08/2024 – present", "Piano teacher (part-time), Tyrihamn kulturskule"),
         I("09/2016 – 06/2024", "Organist, Lutheran Church of St. John, Liepukalns, Latvia",
           "Sunday services, weddings and funerals", "Assistant conductor of the church choir")),
       S("edu", I("2011 – 2016", "Master of Music in Organ Performance, Liepukalns Academy of Music")),
       S("lic", KV("Driving licence", "B")),
       S("lang", KV("Mother tongue", "Latvian"), KV("English", "C1"), KV("Norwegian", "A2 (course ongoing)"))),
)


# ===========================================================================
# 3. sv: Besiktningstekniker
# ===========================================================================

job(
    "besiktningstekniker", "Besiktningstekniker personbil – Kastanjeholm (tillsvidareanställning)", "sv",
    "vehicle inspector",
    [
        ("Gymnasieutbildning inom fordonsteknik eller motsvarande", "education"),
        ("Minst tre års erfarenhet som bilmekaniker eller fordonstekniker", "experience"),
        ("Erfarenhet av felsökning med diagnosutrustning", "must_mention"),
        ("Genomgången utbildning för arbete med el- och hybridfordon (högvolt)", "certificate"),
        ("Körkort BE", "driving_licence"),
        ("God svenska i tal och skrift", "language"),
        ("Du är noggrann, serviceinriktad och trivs med kundkontakt", "manual"),
    ],
    cv("niklas-asbrink.docx", "sv", "docx", "one-column", "MMMMMMX",
       "'Fordons- och transportprogrammet, inriktning personbil', fordonstekniker since '2014 – nu', 'Felsökning "
       "med diagnosutrustning (VIDA, ODIS)', 'Elbilsutbildning – arbete med högvoltssystem i el- och hybridfordon, "
       "2021', 'Körkort: B, BE, C', 'Svenska – modersmål'",
       "Niklas Åsbrink", "Fordonstekniker",
       S("contact", L("Mobil 0980-354 103"), L("niklas.asbrink@example.se"), L("Idegransby")),
       S("profile", "Fordonstekniker med tolv år på märkesverkstad. Jag vill gå vidare till besiktning och har "
                    "alltid gillat att hitta felet."),
       S("exp",
         I("2014 – nu", "Fordonstekniker, Idegransby Bil AB (Volvo och VW)",
           "Felsökning med diagnosutrustning (VIDA, ODIS) och reparation",
           "Service och reparation av el- och hybridbilar"),
         I("2011 – 2014", "Däckmontör, Idegransby Däck & Fälg")),
       S("edu", I("2008 – 2011", "Fordons- och transportprogrammet, inriktning personbil, Idegransby gymnasium")),
       S("cert", L("Elbilsutbildning – arbete med högvoltssystem i el- och hybridfordon, 2021"),
         L("Heta arbeten, 2023")),
       S("lic", L("Körkort: B, BE, C")),
       S("lang", L("Svenska – modersmål"), L("Engelska – god"))),
    cv("geir-bakken.pdf", "nb", "pdf", "right-dates", "MMMMMUX",
       "a Norwegian: 'Fagbrev som bilmekaniker (lette kjøretøy), 2011' is an equivalent vehicle education, "
       "bilmekaniker since '2011 – d.d.', 'Feilsøking og diagnose med Autel og merkeverktøy', 'Kurs i arbeid på "
       "høyvoltsystemer i el- og hybridbiler, 2020', 'Førerkort klasse B og BE'; but 'Svensk – forstår godt' says "
       "nothing about speaking or writing",
       "Geir Are Bakken", "Bilmekaniker",
       S("contact", L("Mobil 123 64 506"), L("geir.bakken@example.no"), L("Tyrihamn")),
       S("profile", "Bilmekaniker med fagbrev og femten års erfaring. Jeg og samboeren flytter til Sverige neste "
                    "år."),
       S("exp",
         I("2011 – d.d.", "Bilmekaniker, Tyrihamn Bilsenter AS",
           "Feilsøking og diagnose med Autel og merkeverktøy", "Service på el- og hybridbiler"),
         I("2009 – 2011", "Lærling, Tyrihamn Bilsenter AS")),
       S("edu", I("2007 – 2009", "Videregående skole, Vg1 teknologi- og industrifag, Vg2 kjøretøy"),
         I("2011", "Fagbrev som bilmekaniker (lette kjøretøy), 2011")),
       S("cert", L("Kurs i arbeid på høyvoltsystemer i el- og hybridbiler, 2020")),
       S("lic", L("Førerkort klasse B og BE")),
       S("lang", L("Norsk – morsmål"), L("Svensk – forstår godt"), L("Engelsk – godt")),
       date_first=False),
    cv("robin-ostlund.txt", "sv", "txt", "badly-written", "UMMUUMX",
       "badly written: mekaniker 'sen 2020' (the tyre shop before is not mechanic work), 'kopplar in diagnosdatorn "
       "och felsöker', 'svenska är mitt modersmål'; but 'gick fordonsprogrammet men hoppade av i trean' is not a "
       "finished education, the high-voltage course is only booked ('är anmäld till februari'), and 'körkort B' is "
       "a lower class than BE",
       raw="""
Robin Östlund
0980-354 104
robin.ostlund@example.se
Aspmyra

hej
söker jobbet som besiktningstekniker
gick fordonsprogrammet men hoppade av i trean, har jobbat sen dess
först på en däckverkstad 2016 till 2019 och sen mekaniker på Aspmyra Bilservice sen 2020
kopplar in diagnosdatorn och felsöker på allt från gamla volvos till nya elbilar
har inte gått högvoltskursen än, är anmäld till februari
körkort B
svenska är mitt modersmål
"""),
    cv("piotr-grabowiecki.pdf", "en", "pdf", "two-column", "MMMMMNX",
       "a Pole: 'Technikum samochodowe (upper secondary vehicle technician school)' is an equivalent vehicle "
       "education, car mechanic '2012 – 2019' and '2019 – present', 'Diagnostics and fault-finding with Autel and "
       "VCDS', 'High-voltage safety training for electric and hybrid vehicles, 2024', 'Driving licence: B, BE "
       "(Polish, exchanged 2022)'; but 'Swedish – B1' is below good Swedish",
       "Piotr Grabowiecki", "Car Mechanic",
       S("contact", L("Tel. 0980-354 105"), L("piotr.grabowiecki@example.pl"), L("Aspmyra, Sweden")),
       S("cert", L("High-voltage safety training for electric and hybrid vehicles, 2024")),
       S("lic", L("Driving licence: B, BE (Polish, exchanged 2022)")),
       S("lang", L("Polish – native"), L("Swedish – B1 (SFI and Swedish for adults, basic level)"),
         L("English – B2")),
       S("profile", "Car mechanic with fourteen years of experience in Poland and Sweden. I am looking for a new "
                    "challenge in vehicle inspection."),
       S("exp",
         I("2019 – present", "Car mechanic, Rönnbärsviks Bilverkstad AB, Sweden",
           "Diagnostics and fault-finding with Autel and VCDS"),
         I("2012 – 2019", "Car mechanic, Auto-Serwis Kasztanowice, Poland")),
       S("edu", I("2008 – 2012", "Technikum samochodowe (upper secondary vehicle technician school), "
                                 "Kasztanowice, Poland")),
       order="rows"),
    cv("kasper-brandt.docx", "da", "docx", "table", "MMMMMMX",
       "a Dane in Sweden: 'Automekaniker, svendebrev 2009' is an equivalent vehicle education, mechanic '2009 – "
       "2015' and '2015 – nu', 'Fejlfinding med diagnoseudstyr (Bosch KTS, Autel)', 'Højvoltskursus for el- og "
       "hybridbiler (niveau 2), 2022', 'Kørekort B og BE', 'Svensk – flydende i tale og skrift'",
       "Kasper Holm Brandt", "Automekaniker",
       S("contact", L("Mobil +45 12 37 15 03"), L("kasper.brandt@example.dk"), L("Kastanjeholm, Sverige")),
       S("profile", "Dansk automekaniker bosat i Sverige siden 2015. Jeg har arbejdet på svenske værksteder i "
                    "elleve år og vil gerne over i syn og besiktning."),
       S("exp",
         I("2015 – nu", "Bilmekaniker, Kastanjeholms Bilverkstad AB",
           "Fejlfinding med diagnoseudstyr (Bosch KTS, Autel)", "Service og reparation af el- og hybridbiler"),
         I("2009 – 2015", "Automekaniker, Pileborg Auto ApS, Danmark")),
       S("edu", I("2005 – 2009", "Automekaniker, svendebrev 2009, Pileborg Tekniske Skole")),
       S("cert", L("Højvoltskursus for el- og hybridbiler (niveau 2), 2022")),
       S("lic", L("Kørekort B og BE")),
       S("lang", L("Dansk – modersmål"), L("Svensk – flydende i tale og skrift"), L("Engelsk – godt"))),
)


# ===========================================================================
# 4. da: Bartender
# ===========================================================================

job(
    "bartender", "Bartender til cocktailbar i Mispelholt – fuldtid", "da", "bartender",
    [
        ("Mindst 2 års erfaring som bartender", "experience"),
        ("Erfaring med klassiske cocktails", "must_mention"),
        ("Uddannet tjener, bartender eller tilsvarende", "education"),
        ("Du har hygiejnebevis", "certificate"),
        ("Du taler flydende dansk og engelsk", "language"),
        ("Du kan arbejde aften, nat og weekend", "manual"),
    ],
    cv("sofie-mikkelsen.txt", "da", "txt", "one-column", "MMMMMX",
       "'Headbartender' since '03/2022 – nu' and bartender from '08/2019 – 02/2022', 'Klassiske cocktails og "
       "sæsonens signaturdrinks', 'Tjeneruddannelsen, svendebrev 2019', 'Hygiejnebevis, 2016', 'Dansk – "
       "modersmål', 'Engelsk – flydende'",
       "Sofie Lund Mikkelsen", "Headbartender",
       S("contact", L("Tlf. +45 12 37 15 04"), L("sofie.mikkelsen@example.dk"), L("Mispelholt")),
       S("profile", "Bartender med syv år bag baren, de sidste fire som headbartender. Jeg elsker klassikerne og "
                    "at give gæsterne en god aften."),
       S("exp",
         I("03/2022 – nu", "Headbartender, Bar Hyldeblomst, Mispelholt",
           "Klassiske cocktails og sæsonens signaturdrinks", "Oplæring af nye bartendere, bestilling og opgørelse"),
         I("08/2019 – 02/2022", "Bartender, Café Tjørnen, Tjørnegaarde"),
         I("2015 – 2019", "Tjenerelev, Hotel Bøgeskovrup")),
       S("edu", I("2015 – 2019", "Tjeneruddannelsen, svendebrev 2019, Pileborg Hotel- og Restaurantskole")),
       S("cert", L("Hygiejnebevis, 2016")),
       S("lang", L("Dansk – modersmål"), L("Engelsk – flydende")),
       sep=" | "),
    cv("riley-thornbury.docx", "en", "docx", "europass", "MMMUNX",
       "an Australian: bartender from '02/2021 – 12/2023' and since '05/2024 – present', 'Full-time cocktail "
       "bartender, classic and modern cocktails', 'Certificate III in Hospitality (bar service)' is a bartender "
       "training; but 'Responsible Service of Alcohol (RSA), NSW, 2020' is not a food hygiene certificate, and "
       "Danish 'A2 (Danskuddannelse 2, module 3)' is below fluent",
       "Riley Thornbury", "Bartender",
       S("contact", KV("Phone", "+45 12 37 15 05"), KV("E-mail", "riley.thornbury@example.com.au"),
         KV("Address", "Mispelholt, Denmark")),
       S("exp",
         I("05/2024 – present", "Bartender, Bar Solsort, Mispelholt, Denmark",
           "Cocktails, highballs and natural wine"),
         I("02/2021 – 12/2023", "Bartender, The Dunwarrow Hotel, Australia",
           "Full-time cocktail bartender, classic and modern cocktails")),
       S("edu", I("2020", "Certificate III in Hospitality (bar service), Dunwarrow TAFE")),
       S("cert", KV("Certificates", "Responsible Service of Alcohol (RSA), NSW, 2020")),
       S("lang", KV("Mother tongue", "English"), KV("Danish", "A2 (Danskuddannelse 2, module 3)"))),
    cv("ebba-lindvall.pdf", "sv", "pdf", "two-column", "MMMUMX",
       "a Swede: bartender '2017 – 2022' and '2022 – nu', 'Klassiska cocktails: Negroni, Martini, Old Fashioned', "
       "'Restaurang- och livsmedelsprogrammet, inriktning servering' is a waiter education, 'Danska – flytande i "
       "tal', 'Engelska – flytande'; but 'Livsmedelshygien, grundkurs (Sverige), 2017' is a Swedish course, not a "
       "Danish hygiejnebevis",
       "Ebba Lindvall", "Bartender",
       S("contact", L("Tel. +46 980 354 106"), L("ebba.lindvall@example.se"), L("Mispelholt, Danmark")),
       S("cert", L("Livsmedelshygien, grundkurs (Sverige), 2017")),
       S("lang", L("Svenska – modersmål"), L("Danska – flytande i tal"), L("Engelska – flytande")),
       S("profile", "Bartender från Rönnbärsvik som flyttade till Danmark 2022. Jag gör gärna klassiker som de "
                    "ska smaka."),
       S("exp",
         I("2022 – nu", "Bartender, Cocktailbaren Pilen, Mispelholt",
           "Klassiska cocktails: Negroni, Martini, Old Fashioned"),
         I("2017 – 2022", "Bartender och servitör, Rönnbärsviks Stadshotell")),
       S("edu", I("2014 – 2017", "Restaurang- och livsmedelsprogrammet, inriktning servering, "
                                 "Rönnbärsviks gymnasium")),
       order="left-first"),
    cv("sindre-haugland.docx", "nn", "docx", "table", "MMMMMX",
       "a Norwegian: bartender since '2023 – d.d.' and bartendar from '2020 – 2022', 'Klassiske cocktails og eigne "
       "drinkar på menyen', 'Fagbrev i servitørfaget' is a waiter education, 'Hygiejnebevis (Danmark), 2023', "
       "'Dansk – flytande', 'Engelsk – flytande'",
       "Sindre Haugland", "Bartendar",
       S("contact", L("Mobil +45 12 37 15 06"), L("sindre.haugland@example.no"), L("Mispelholt, Danmark")),
       S("profile", "Norsk bartendar som har budd i Danmark sidan 2023. Eg er rask bak baren og glad i klassiske "
                    "drinkar."),
       S("exp",
         I("2023 – d.d.", "Bartender, Mispelholt Cocktail Club", "Klassiske cocktails og eigne drinkar på menyen"),
         I("2020 – 2022", "Bartendar og servitør, Einerstø Hotell, Noreg")),
       S("edu", I("2016 – 2020", "Fagbrev i servitørfaget, 2020")),
       S("cert", L("Hygiejnebevis (Danmark), 2023"), L("Kunnskapsprøven om alkoholloven, 2020")),
       S("lang", L("Norsk – morsmål"), L("Dansk – flytande"), L("Engelsk – flytande"))),
    cv("jonas-thorup.txt", "da", "txt", "badly-written", "UUNMMX",
       "badly written: 'har hygiejnebevis', 'dansk er mit modersmål og snakker flydende engelsk'; but in a bar "
       "only 'siden sommeren 2025' (about one year and five months), 'mest fadøl, shots og drinks' names no classic "
       "cocktails, and 'ingen uddannelse efter 9. klasse' contradicts the education line",
       raw="""
Jonas Thorup
tlf +45 12 37 15 07
jonas.thorup@example.dk
Bøgeskovrup

hej, jeg vil gerne søge jobbet i baren
har arbejdet i bar på Bøgeskovrup Bodega siden sommeren 2025, mest fadøl, shots og drinks
ingen uddannelse efter 9. klasse men lærer hurtigt
har hygiejnebevis
dansk er mit modersmål og snakker flydende engelsk
kan godt arbejde om natten
"""),
)


# ===========================================================================
# 5. en: Rope access technician
# ===========================================================================

job(
    "rope-access-technician",
    "Rope Access Technician – offshore maintenance, Norwegian continental shelf (base Tyrihamn)", "en",
    "rope access technician",
    [
        ("IRATA Level 2 or Level 3 certificate, valid", "certificate"),
        ("Minimum two years of experience as a rope access technician", "experience"),
        ("Trade certificate (fagbrev) as surface treatment operator, industrial mechanic or scaffolder, or "
         "equivalent", "education"),
        ("Valid basic offshore safety training (GSK or OPITO BOSIET/FOET)", "certificate"),
        ("Valid Norwegian offshore health certificate", "certificate"),
        ("Good English, spoken and written", "language"),
        ("You are comfortable working at height in all weather and on a 2-4 rotation", "manual"),
    ],
    cv("fraser-dunbarrie.pdf", "en", "pdf", "one-column", "MMMMMMX",
       "a Scot: 'IRATA Level 3, valid to 03/2028', on rope since '2014 – 2019' and '2019 – present', 'SVQ Level 3 "
       "in Industrial Coating (protective coatings)' is an equivalent trade qualification, 'FOET refresher "
       "06/2026', 'Norwegian offshore health certificate (helseerklæring), valid to 08/2027', 'English – native'",
       "Fraser Dunbarrie", "Rope Access Supervisor (IRATA L3)",
       S("contact", L("Mobile +47 123 64 507"), L("fraser.dunbarrie@example.co.uk"), L("Tyrihamn, Norway")),
       S("profile", "IRATA Level 3 supervisor with twelve years on rope in the North Sea, mostly coating and "
                    "inspection work."),
       S("exp",
         I("2019 – present", "Rope access supervisor (IRATA L3), Tyrihamn Tilkomst AS, Norway",
           "Blasting and coating, bolt tightening and inspection on platforms"),
         I("2014 – 2019", "Rope access technician, Glenmarrick Access Ltd, Scotland",
           "Fabric maintenance and NDT assistance offshore"),
         head="Employment history"),
       S("edu", I("2010 – 2013", "SVQ Level 3 in Industrial Coating (protective coatings), Glenmarrick College")),
       S("cert", L("IRATA Level 3, valid to 03/2028"), L("OPITO BOSIET with CA-EBS 2014, FOET refresher 06/2026"),
         L("Norwegian offshore health certificate (helseerklæring), valid to 08/2027")),
       S("lang", L("English – native"))),
    cv("stian-eide.docx", "nb", "docx", "dates-after", "MMMMMMX",
       "'IRATA nivå 2, fornyet mai 2025' (valid three years), tautilgangstekniker since 'mars 2016 – d.d.', "
       "'Fagbrev i overflatebehandling (industrimaler), 2013', 'GSK (grunnleggende sikkerhetskurs) 2013, "
       "repetisjonskurs 2024', 'Offshore helseerklæring, gyldig til 01.2027', 'Engelsk – godt muntlig og skriftlig'",
       "Stian Myrvoll Eide", "Tautilgangstekniker / industrimaler",
       S("contact", L("Mobil 123 64 508"), L("stian.eide@example.no"), L("Hegglundvær")),
       S("profile", "Industrimaler og tautilgangstekniker med ti år offshore. Jeg trives i høyden og i team."),
       S("exp",
         I("mars 2016 – d.d.", "Tautilgangstekniker (IRATA nivå 2), Hegglundvær Industriservice AS",
           "Overflatebehandling og inspeksjon på plattformer i Nordsjøen", "2-4-rotasjon"),
         I("2013 – 2016", "Industrimaler, Hegglundvær Industriservice AS")),
       S("edu", I("2011 – 2013", "Fagbrev i overflatebehandling (industrimaler), 2013")),
       S("cert", L("IRATA nivå 2, fornyet mai 2025"),
         L("GSK (grunnleggende sikkerhetskurs) 2013, repetisjonskurs 2024"),
         L("Offshore helseerklæring, gyldig til 01.2027")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – godt muntlig og skriftlig"))),
    cv("albin-sjodahl.txt", "sv", "txt", "dates-after", "UUMMUMX",
       "a Swede: 'Yrkesbevis som ställningsbyggare, 2018' is a scaffolder trade certificate, 'BOSIET (OPITO), "
       "september 2025', 'Engelska – flytande i tal och skrift'; but 'IRATA Level 1, 2025' is below Level 2, on "
       "rope only since '05/2025 – nu' (about one and a half years; scaffolding is not rope access), and no "
       "Norwegian offshore health certificate is named",
       "Albin Sjödahl", "Reparbetare / ställningsbyggare",
       S("contact", L("Tel. 0980-354 107"), L("albin.sjodahl@example.se"), L("Idegransby")),
       S("profile", "Ställningsbyggare som gått över till repteknik. Jag vill jobba offshore i Norge."),
       S("exp",
         I("05/2025 – nu", "Reparbetare (rope access), Idegransby Höjdteknik AB",
           "Fasadinspektion och montage på hög höjd"),
         I("2018 – 04/2025", "Ställningsbyggare, Idegransby Ställning AB"),
         head="Erfarenhet"),
       S("edu", I("2016 – 2018", "Yrkesbevis som ställningsbyggare, 2018")),
       S("cert", L("IRATA Level 1, 2025"), L("BOSIET (OPITO), september 2025")),
       S("lang", L("Svenska – modersmål"), L("Engelska – flytande i tal och skrift"))),
    cv("mikkel-sorensen.pdf", "da", "pdf", "two-column", "UMMMUMX",
       "a Dane: rope access from '2015 – 2024', 'Smed, svendebrev 2014' is an equivalent metal trade, 'BOSIET 2017, "
       "FOET 2025', 'Engelsk – flydende i skrift og tale'; but 'IRATA Level 2 – udløbet marts 2024, genopfriskning "
       "planlagt' and 'Norsk offshore helseerklæring, gyldig til 02.2026' have both expired",
       "Mikkel Bach Sørensen", "Rope access-tekniker / smed",
       S("contact", L("Mobil +45 12 37 15 08"), L("mikkel.sorensen@example.dk"), L("Pileborg")),
       S("cert", L("IRATA Level 2 – udløbet marts 2024, genopfriskning planlagt"), L("BOSIET 2017, FOET 2025"),
         L("Norsk offshore helseerklæring, gyldig til 02.2026")),
       S("lang", L("Dansk – modersmål"), L("Engelsk – flydende i skrift og tale"), L("Norsk – forstår godt")),
       S("profile", "Smed og rope access-tekniker med ni år offshore i Nordsøen. Har de sidste to år arbejdet på "
                    "land, men vil tilbage offshore."),
       S("exp",
         I("2024 – nu", "Smed, Pileborg Maskinfabrik"),
         I("2015 – 2024", "Rope access-tekniker, Pileborg Offshore Service A/S",
           "Mekanisk vedligehold og boltearbejde på platforme")),
       S("edu", I("2010 – 2014", "Smed, svendebrev 2014, Pileborg Tekniske Skole")),
       order="rows"),
    cv("oystein-tverberg.txt", "nn", "txt", "badly-written", "MMMMMMX",
       "badly written but complete: on rope offshore 'sidan 2019', 'irata nivå 3 tok eg i fjor' (2025, valid three "
       "years), 'fagbrev som stillasbyggjar frå 2012', 'gsk har eg, fornya i 2023', 'helseattesten offshore er "
       "gyldig til sommaren 2027', 'engelsk snakkar og skriv eg godt'",
       raw="""
Øystein Tverberg
123 64 509 / oystein.tverberg@example.no
Einerdalen

hei
eg søkjer på jobben som tautilgangsteknikar
har jobba med tau offshore sidan 2019, irata nivå 3 tok eg i fjor
fagbrev som stillasbyggjar frå 2012, jobba med stillas før eg byrja med tau
gsk har eg, fornya i 2023
helseattesten offshore er gyldig til sommaren 2027
engelsk snakkar og skriv eg godt
"""),
)


# ===========================================================================
# 6. nb: Postbud
# ===========================================================================

job(
    "postbud", "Postbud med bil – Einerdalen (fast 100 %)", "nb", "postal worker",
    [
        ("Førerkort klasse B for bil med manuelt gir", "driving_licence"),
        ("Minst ett års erfaring fra post-, bud- eller distribusjonsarbeid", "experience"),
        ("Fullført videregående opplæring", "education"),
        ("Gode norskkunnskaper, muntlig og skriftlig", "language"),
        ("Erfaring med skanning av sendinger med håndterminal", "must_mention"),
        ("Du trives med å jobbe ute i all slags vær", "manual"),
    ],
    cv("tone-moen.docx", "nb", "docx", "one-column", "MMMMMX",
       "'Førerkort klasse B' with no automatic restriction, postbud since 'mai 2019 – d.d.', 'Vitnemål, videregående "
       "skole, service og samferdsel', 'Norsk – morsmål', 'Skanning av alle sendinger med håndterminal (PDA)'",
       "Tone Elisabeth Moen", "Postbud",
       S("contact", L("Mobil 123 64 510"), L("tone.moen@example.no"), L("Einerdalen")),
       S("profile", "Postbud med sju år i ruta. Jeg er rask, blid og kjenner Einerdalen som min egen "
                    "bukselomme."),
       S("exp",
         I("mai 2019 – d.d.", "Postbud, Einerdalen Post og Pakke AS",
           "Utkjøring av post og pakker med bil, 90 km rute",
           "Skanning av alle sendinger med håndterminal (PDA)"),
         I("2015 – 2019", "Kassemedarbeider, Einerdalen Matsenter")),
       S("edu", I("2012 – 2015", "Vitnemål, videregående skole, service og samferdsel")),
       S("lic", L("Førerkort klasse B")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – godt"))),
    cv("ragnhild-fossdal.txt", "nn", "txt", "badly-written", "NMMMMX",
       "badly written: 'har køyrt ut aviser kvar morgon sidan 2021' is distribution work, 'skannar kvar pakke og "
       "avis med handterminalen', 'gjekk ut frå vidaregåande (studiespesialisering) i 2020', 'norsk er morsmålet "
       "mitt'; but 'berre automatlappen (klasse B med kode 78)' rules out a car with manual gears",
       raw="""
Ragnhild Fossdal
ragnhild.fossdal@example.no
tlf 123 64 511
bur i Bjørkelid

hei, eg vil gjerne bli postbod
har køyrt ut aviser kvar morgon sidan 2021, no som avisbod på full rute for Bjørkelid Avisdistribusjon
skannar kvar pakke og avis med handterminalen
gjekk ut frå vidaregåande (studiespesialisering) i 2020
norsk er morsmålet mitt
lappen har eg, men berre automatlappen (klasse B med kode 78)
"""),
    cv("hanna-vinterkvist.pdf", "sv", "pdf", "two-column", "MMMUMX",
       "a Swede: 'Körkort B', 'Brevbärare (deltid 50 %)' from '2017 – 2022' (part-time counts by calendar time), "
       "'Gymnasieexamen, Handels- och administrationsprogrammet', 'Skanning av rekommenderade brev och paket med "
       "handdator'; but 'Norska – förstår bra' says nothing about speaking or writing",
       "Hanna Vinterkvist", "Brevbärare",
       S("contact", L("Tel. +46 980 354 108"), L("hanna.vinterkvist@example.se"), L("Einerdalen, Norge")),
       S("lic", L("Körkort B")),
       S("lang", L("Svenska – modersmål"), L("Norska – förstår bra"), L("Engelska – god")),
       S("profile", "Brevbärare från Sverige som flyttat till Norge med familjen. Van vid att köra ut post i ur "
                    "och skur."),
       S("exp",
         I("2022 – nu", "Lagerarbetare, Einerdalen Grossist AS"),
         I("2017 – 2022", "Brevbärare (deltid 50 %), Rönnbärsvik Brev & Paket AB",
           "Utdelning av brev och paket med bil",
           "Skanning av rekommenderade brev och paket med handdator")),
       S("edu", I("2013 – 2016", "Gymnasieexamen, Handels- och administrationsprogrammet")),
       order="right-first"),
    cv("darius-jankauskas.docx", "en", "docx", "europass", "MUMMMX",
       "a Lithuanian: 'B (manual), since 2017', 'Secondary school diploma (brandos atestatas)', Norwegian 'B2 "
       "(Norskprøven, 2025)', 'scanning parcels with a handheld scanner'; but courier work only '02/2025 – "
       "11/2025' (ten months; the factory warehouse and cleaning jobs are not distribution)",
       "Darius Jankauskas", "Courier driver",
       S("contact", KV("Phone", "+47 123 64 512"), KV("E-mail", "darius.jankauskas@example.lt"),
         KV("Address", "Einerstø, Norway")),
       S("exp",
         I("12/2025 – present", "Cleaner (part-time), Einerstø Renhold AS, Norway"),
         I("02/2025 – 11/2025", "Courier driver, Einerstø Ekspress AS, Norway",
           "Parcel delivery with van, scanning parcels with a handheld scanner"),
         I("2019 – 2024", "Warehouse worker, Eglynai furniture factory, Lithuania")),
       S("edu", I("2015 – 2019", "Secondary school diploma (brandos atestatas), Eglynai gymnasium, Lithuania")),
       S("lic", KV("Driving licence", "B (manual), since 2017")),
       S("lang", KV("Mother tongue", "Lithuanian"), KV("Norwegian", "B2 (Norskprøven, 2025)"),
         KV("English", "B2"))),
    cv("arild-kvernmo.pdf", "nb", "pdf", "right-dates", "MMMMMX",
       "'Førerkort klasse B, BE og C1', budbil driver since '2016 – d.d.', 'Fagbrev som logistikkoperatør' is a "
       "completed upper secondary education, 'Norsk – morsmål', 'Skanning av pakker i håndterminal ved henting og "
       "levering'",
       "Arild Kvernmo", "Sjåfør / budbilsjåfør",
       S("contact", L("Mobil 123 64 513"), L("arild.kvernmo@example.no"), L("Einerstø")),
       S("profile", "Sjåfør med ti år i budbil. Jeg er stabil, punktlig og liker å være ute blant folk."),
       S("exp",
         I("2016 – d.d.", "Sjåfør, budbil, Einerstø Transport AS",
           "Levering av pakker og post til bedrifter og privatkunder",
           "Skanning av pakker i håndterminal ved henting og levering"),
         I("2013 – 2015", "Lærling, logistikkfaget, Einerstø Grossist AS")),
       S("edu", I("2015", "Fagbrev som logistikkoperatør")),
       S("lic", L("Førerkort klasse B, BE og C1")),
       S("lang", L("Norsk – morsmål")),
       date_first=False),
)


# --------------------------------------------------------------------------
# The README's closing sections, written by hand
# --------------------------------------------------------------------------

HARD_CASES = [
    "### Hard cases, on purpose",
    "",
    "Authorisations: a Norwegian chiropractor authorisation (in bokmål, nynorsk and English,",
    "with or without Helsedirektoratet), a Danish one with the Norwegian one \"ansøgt oktober 2026, under",
    "behandling\", and a Swedish \"Legitimerad kiropraktor\". Education: a British \"Master of",
    "Chiropractic (MChiro)\", a Danish \"Cand.manu.\", a Canadian \"Doctor of Chiropractic (DC)\", a",
    "\"Master of Science in Chiropractic\"; a Norwegian master and bachelor in church music, a",
    "Swedish \"Kandidatexamen i kyrkomusik\", a Danish \"PO-eksamen\" from a church music school and a",
    "Latvian \"Master of Music in Organ Performance\"; the Swedish vehicle programme, a Norwegian",
    "fagbrev as bilmekaniker, a Polish \"Technikum samochodowe\", a Danish automekaniker svendebrev and",
    "\"gick fordonsprogrammet men hoppade av i trean\"; a Danish tjener svendebrev, a Norwegian",
    "fagbrev as servitør, a Swedish serving programme, an Australian \"Certificate III in Hospitality",
    "(bar service)\" and \"ingen uddannelse efter 9. klasse\"; a Norwegian fagbrev in surface",
    "treatment and as stillasbyggjar, a Scottish SVQ Level 3 in industrial coating, a Swedish",
    "\"Yrkesbevis som ställningsbyggare\" and a Danish smith's svendebrev; a Norwegian vitnemål, a",
    "Swedish \"Gymnasieexamen\", a Lithuanian \"brandos atestatas\" and a \"Fagbrev som",
    "logistikkoperatør\" for a completed upper secondary education. Certificates with a level or a",
    "validity: IRATA Level 3 \"valid to 03/2028\", \"nivå 2, fornyet mai 2025\", \"nivå 3 tok eg i",
    "fjor\", Level 1, and Level 2 \"udløbet marts 2024, genopfriskning planlagt\"; GSK with a",
    "repetition course, BOSIET with a FOET refresher, \"gsk har eg, fornya i 2023\"; offshore health",
    "certificates \"gyldig til 01.2027\", \"valid to 08/2027\", \"gyldig til sommaren 2027\", one",
    "\"gyldig til 02.2026\" (expired) and one not named; high-voltage courses for electric and hybrid",
    "cars in four languages and one \"anmäld till februari\"; a Danish \"Hygiejnebevis\", a Swedish",
    "course in \"Livsmedelshygien\" and an Australian RSA. Experience: a turnus year before the",
    "authorisation (training, not experience), fourteen months after it; two summers as organist",
    "plus sixteen months at 50 % (one year and ten months in all); an organist who leads a",
    "children's choir; a mechanic after years in a tyre shop; a bartender \"siden sommeren 2025\";",
    "a scaffolder on rope since 05/2025; a newspaper carrier, a part-time brevbärare and a courier",
    "driver for ten months. Named skills: \"idrettsskader\", \"idrætsskader\", \"idrettsskadar\" and",
    "\"Sports injury rehabilitation\"; \"Leier ... kyrkjekor\", \"Dirigent for ... mannskor\",",
    "\"Körledare\" and an \"Assistant conductor of the church choir\"; diagnostics with VIDA, ODIS,",
    "Autel, VCDS and Bosch KTS and \"kopplar in diagnosdatorn\"; \"Klassiske cocktails\" and",
    "\"Negroni, Martini, Old Fashioned\" against \"mest fadøl, shots og drinks\"; a \"håndterminal",
    "(PDA)\", a \"handterminalen\", a \"handdator\" and a \"handheld scanner\". Licences: \"Førerkort:",
    "har ikke\", \"Körkort B\" where BE is asked, \"Körkort: B, BE, C\", a Polish B and BE exchanged in",
    "Sweden, \"B, BE og C1\", \"B (manual)\" and \"berre automatlappen (klasse B med kode 78)\".",
    "Languages: \"Norsk – forstår godt, taler lidt\", \"Norsk – læser godt\", Norwegian A2 (course",
    "ongoing), B2 and C1 (Norskprøven), \"Norska – förstår bra\", \"Svensk – forstår godt\", Swedish",
    "B1, Danish A2, \"Danska – flytande i tal\" and \"engelsk snakkar og skriv eg godt\".",
    "Badly written TXT CVs in Swedish, Danish and nynorsk (two), a TXT CV without headings,",
    "Europass DOCX and PDF, table and bold-heading DOCX, dates after titles, right-aligned dates",
    "with the date first or last in the stream, and all three column orders.",
    "",
    "### Labelling decisions specific to this set",
    "",
    "The conventions of `eval/README.md` and of the earlier held-out sets apply. In addition:",
    "",
    "- **Kiropraktor**: a Danish or Swedish chiropractor authorisation is `unclear` until the",
    "  Norwegian one is granted. A Danish cand.manu., a British MChiro and an MSc in chiropractic",
    "  are masters in chiropractic; a Canadian Doctor of Chiropractic is a higher degree in the same",
    "  field. The turnus year (or a Danish clinical year) is training and does not count for line",
    "  3; practice as a chiropractor after qualifying in another country does. Norwegian B2 is",
    "  good Norwegian; \"taler lidt\" is below it (`not_met`).",
    "- **Kyrkjemusikar**: a Swedish kandidatexamen in church music is a bachelor in the same",
    "  field. A Danish PO exam from a church music school is below a bachelor, and a master in",
    "  organ performance is not a degree in church music (both `unclear`). Summer temp jobs as",
    "  organist count by calendar time. Leading or assistant-conducting a choir, also a",
    "  children's choir or a male voice choir, is choir leading. \"Norsk – læser godt\" says",
    "  nothing about speaking or writing (`unclear`).",
    "- **Besiktningstekniker**: a Norwegian fagbrev as bilmekaniker, a Danish automekaniker",
    "  svendebrev and a Polish technikum samochodowe are equivalent to the Swedish vehicle",
    "  programme; a dropped-out programme is `unclear`. A tyre fitter is not a mechanic. Any",
    "  completed high-voltage course for electric and hybrid vehicles meets line 4 whatever its",
    "  level; one only booked is `unclear`. B alone is a lower class than BE (`unclear`).",
    "- **Bartender**: head bartender is bartender work. A Norwegian fagbrev as servitør, a Swedish",
    "  serving programme and an Australian Certificate III in Hospitality (bar service) are",
    "  \"tilsvarende\"; \"ingen uddannelse efter 9. klasse\" contradicts line 3 (`not_met`). The",
    "  hygiejnebevis is the Danish certificate: a Swedish food hygiene course is another country's",
    "  scheme and an RSA is not a food hygiene certificate (both `unclear`). Line 5 needs both",
    "  languages; spoken Danish is enough (\"taler\"), Danish A2 is below fluent (`not_met`).",
    "- **Rope access technician**: IRATA certificates are valid three years from the last",
    "  assessment; Level 1 is below the level asked for and an expired one is `unclear`. GSK,",
    "  BOSIET and FOET are valid four years from the last course or refresher. The health",
    "  certificate must be Norwegian and valid on 2026-11-28. A Scottish SVQ Level 3 in industrial",
    "  coating, a Swedish yrkesbevis as scaffolder and a Danish smith's svendebrev are equivalent",
    "  trade qualifications. Scaffolding is not rope access work (line 2).",
    "- **Postbud**: a B licence with no restriction stated meets line 1, and so do higher classes;",
    "  \"berre automatlappen (klasse B med kode 78)\" says the holder may not drive a car with",
    "  manual gears, so it contradicts line 1 (`not_met`). A newspaper carrier, a courier driver",
    "  and a brevbärare do distribution work; a warehouse job in a factory and cleaning do not. A",
    "  fagbrev is a completed upper secondary education (videregående opplæring), and so is a",
    "  foreign secondary school diploma. Any handheld scanner (\"handdator\", PDA) meets line 5.",
    "",
]


# --------------------------------------------------------------------------
# Checks of our own (on top of make_eval.check_data)
# --------------------------------------------------------------------------

EARLIER = (me.JOBS + mh.JOBS + mh2.JOBS + mh3.JOBS + mh4.JOBS + mh5.JOBS + mh6.JOBS + mh7.JOBS + mh8.JOBS
           + mh9.JOBS + mh10.JOBS + mh11.JOBS + mh12.JOBS + mh13.JOBS + mh14.JOBS + mh15.JOBS + mh16.JOBS
           + mh17.JOBS + mh18.JOBS + mh19.JOBS + mh20.JOBS)
PHONE = re.compile(r"\+?\d[\d \-]{5,}\d")


def phones(text: str) -> set[str]:
    """Digit strings of phone-like runs (8 digits or more; the last 8 digits, so a country code does not matter)."""
    out = set()
    for m in PHONE.findall(text):
        digits = re.sub(r"\D", "", m)
        if len(digits) >= 8:
            out.add(digits[-8:])
    return out


def check_holdout21() -> None:
    mh.check_blind_set(JOBS, EARLIER, USED_TOWNS, per_job=(5, 5), min_qualified=2)
    # The same person or CV file name must not repeat across jobs either.
    names = [c.name or c.raw.strip().splitlines()[0] for j in JOBS for c in j.cvs]
    assert len(names) == len(set(names)), "a person appears twice"
    files = [c.file for j in JOBS for c in j.cvs]
    assert len(files) == len(set(files)), "a CV file name appears twice"
    # 6-7 lines a job (the brief of this set), and not all jobs the same length.
    assert all(6 <= len(j.requirements) <= 7 for j in JOBS)
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
        "# Sikte's twenty-first held-out evaluation set",
        "",
        f"{len(JOBS)} fictional jobs and {n_all} fictional CVs, labelled by hand requirement by",
        "requirement, in the same layout and job-file format as `eval/` (see `eval/README.md`",
        "for the format, the label meanings and the labelling conventions). It is the twenty-second",
        "labelled set and exists to measure accuracy again on CVs the rules were never tuned on.",
        "It was written blind: without reading Sikte's rules, code, tests, docs or data tables,",
        "without running Sikte on it and without looking at any Sikte output, and no label was",
        "ever set from Sikte's output. The only files read were `eval/README.md` (format, label",
        "meanings, conventions), the script of `eval-holdout20/` (`make_holdout20.py`, as the",
        "template for this script's structure; it also defines the CVs of `eval-holdout20/`) and",
        "the shared code of `make_eval.py`, `make_holdout.py` and `scripts/fixtures/cvlib.py` (the",
        "CV definitions of `eval/` and `eval-holdout/` in the first two were skipped). The scripts",
        "`make_holdout2.py` ... `make_holdout19.py` are imported only to refuse their people, slugs,",
        "towns, e-mail addresses and phone numbers and were not read, and no CV folder of an",
        "earlier set was opened. Every CV x requirement is labelled with what a careful, fair",
        f"Nordic recruiter concludes on {TODAY} (the `today` of every job file, which closes open",
        "ranges such as \"d.d.\", \"nu\", \"sidan 2019\" and \"present\"). Its professions (chiropractor,",
        "church musician, vehicle inspector, bartender, rope access technician, postal worker)",
        "appear in no earlier set. Keep it that way: do not tune rules on these CVs; once a rule",
        "changes because of a disagreement found here, the set is no longer held out, and its",
        "figures become a regression check.",
        "",
        "Everything here is invented for Sikte: people, employers, schools, towns",
        f"({TOWNS}), e-mail addresses (`example.*`) and phone numbers (unreal",
        "ranges: `123 64 5xx` in Norway, the Swedish fiction range `0980-354 1xx`, and",
        "`+45 12 37 15 0x` in Denmark). Nothing is copied from `/work/shared/corpus`, from the",
        "earlier sets or from any real CV or job ad. Authority, body, scheme, course, test and",
        "product names in CVs and ads (Helsedirektoratet, HPR, Styrelsen for Patientsikkerhed,",
        "Socialstyrelsen, IRATA, OPITO, GSK, BOSIET, FOET, SVQ, TAFE, RSA, Norskprøven, SFI, VIDA,",
        "ODIS, Autel, VCDS, Bosch KTS) are named as real ads and CVs name them.",
        "Licence: the same as the project (MIT OR Apache-2.0).",
        "",
        "The format is the one of `eval/`, so Sikte's evaluator reads this folder as it reads",
        "`eval/`; report its figures for each set separately.",
        "",
        "## Regenerate, never edit",
        "",
        "```sh",
        f"python3 {SCRIPT}            # (re)writes eval-holdout21/, removes stale files",
        f"python3 {SCRIPT} --verify   # generates twice elsewhere: byte-identical, and eval-holdout21/ fresh?",
        "```",
        "",
    ]
    extra = [
        "It also refuses an e-mail address or phone number that an earlier set's CVs use, a town of",
        "this set that an earlier set's CVs mention, a profession an earlier set names, and a stray",
        "single quote in a `why`.",
        "",
    ]
    return "\n".join(out + mh.script_paragraph(21) + extra + mh.jobs_and_figures(JOBS, HARD_CASES))


# --------------------------------------------------------------------------
# Writing and checking
# --------------------------------------------------------------------------


def main(argv: list[str]) -> int:
    check_holdout21()
    return mh.run_set(argv, OUT, JOBS, SCRIPT, readme, __doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
