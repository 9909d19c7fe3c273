#!/usr/bin/env python3
"""Write Sikte's sixth held-out evaluation set: eval-holdout6/README.md, jobs/<job>.toml, cvs/<job>/<file>.

    python3 scripts/eval/make_holdout6.py            # (re)write eval-holdout6/
    python3 scripts/eval/make_holdout6.py --verify   # generate twice in temporary folders and check both
                                                     # runs and eval-holdout6/ are byte-identical

A seventh labelled set in the same layout and job-file format as eval/ and
eval-holdout/ ... eval-holdout5/, so that accuracy can be measured on CVs the
rules were never tuned on. Six fictional jobs in common professions that no
earlier set uses (dentist da, child and youth worker nn, shop assistant sv,
hotel receptionist en, taxi driver nb, finance manager nb) with 5-7
requirement lines each, and 5 fictional CVs per job in TXT, DOCX and PDF
(one and two columns), in bokmål, nynorsk, Swedish, Danish and English.

The set was written without reading Sikte's rules, without reading the CVs of
eval/ or of the earlier held-out sets, and without running Sikte on it. Every
CV x requirement is labelled by hand with what a careful, fair recruiter
concludes on TODAY, under the conventions of eval/README.md (met, not_met,
unclear, manual). Never adjust a label to Sikte's output.

It reuses make_eval.py (the CV model S/L/I/KV/cv, the renderers, the job-file
writer and its checks), make_holdout.py (plain_text, the e-mail pattern,
check_blind_set) and scripts/fixtures/cvlib.py, and refuses: what
make_eval.py refuses, a fragment quoted with single quotes in a `why` that is
not in the CV, an e-mail address outside example.*, and any job slug, person
or town of eval/, eval-holdout/, ..., eval-holdout5/. Python 3.11 standard
library only. Every person, employer, school, town, e-mail address and phone
number is invented.
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
from make_eval import CV, I, KV, L, S, cv  # noqa: E402

cvlib = me.cvlib
ROOT = me.ROOT
OUT = os.path.join(ROOT, "eval-holdout6")
SCRIPT = "scripts/eval/make_holdout6.py"
TODAY = me.TODAY  # 2026-11-27, written into every job file

# Towns of eval/ and eval-holdout/ ... eval-holdout5/; none may appear here.
USED_TOWNS = mh5.USED_TOWNS + ("Lomvik", "Sildebu", "Rognstad", "Tyrihaug", "Alvsätra", "Mossbacka", "Renvik",
                               "Hasselbøl", "Kirkelund", "Vibækby", "Harrowmere", "Kherivka", "Kalnowo Dolne",
                               "Bayamor")
TOWNS = "Hegrenes, Lundvåg, Skarvhella and Bjørnmo in Norway; Ekfors, Sjöbacka, Lönnhamra and Tallbacka in " \
        "Sweden; Tjørnbæk, Sivkær and Hyldeby in Denmark; Wrenfield, Santa Ilvera and Zarichne abroad"

JOBS: list[me.Job] = []


def job(slug, title, lang, profession, reqs: list[tuple[str, str]], *cvs: CV) -> None:
    JOBS.append(me.Job(slug, title, lang, profession, [r for r, _ in reqs], [k for _, k in reqs], list(cvs)))


# ===========================================================================
# 1. da: Tandlæge
# ===========================================================================

job(
    "tandlaege", "Tandlæge til privat tandklinik", "da", "dentist",
    [
        ("Dansk autorisation som tandlæge", "authorisation"),
        ("Uddannet tandlæge (cand.odont. eller tilsvarende)", "education"),
        ("Minimum 2 års erfaring som tandlæge", "experience"),
        ("Gode danskkundskaber i skrift og tale", "language"),
        ("Kendskab til journalsystemet Opus Dental", "must_mention"),
        ("Ren straffeattest", "manual"),
    ],
    cv("mette-kjeldgaard.docx", "da", "docx", "one-column", "MMMMMX",
       "'Autoriseret tandlæge siden 2018', 'Cand.odont.' 2018, tandlæge in two clinics since 2018, 'Opus Dental'",
       "Mette Kjeldgaard", "Tandlæge",
       S("contact", L("Tlf. +45 12 34 62 01"), L("mette.kjeldgaard@example.dk"), L("Tjørnbæk")),
       S("profile", "Autoriseret tandlæge siden 2018 med bred erfaring i almen tandpleje, endodonti og "
                    "protetik. Rolig og tryg over for angste patienter."),
       S("exp",
         I("2021 – nu", "Tandlæge, Tjørnbæk Tandlægehus",
           "Almen tandbehandling af børn og voksne", "Journalføring og booking i Opus Dental"),
         I("2018 – 2021", "Tandlæge (ansat), Klinik Smil, Hyldeby")),
       S("edu",
         I("2013 – 2018", "Cand.odont., Odontologisk Institut, Sivkær Universitet")),
       S("lang", L("Dansk – modersmål"), L("Engelsk – flydende"), L("Tysk – lidt"))),
    cv("maja-stromfelt.pdf", "sv", "pdf", "two-column", "UMMUUX",
       "Swedish 'Legitimerad tandläkare' with no Danish authorisation; tandläkarexamen is the same degree; "
       "'Danska – förstår bra' says nothing of speaking or writing; journals in 'T4', no Opus Dental",
       "Maja Strömfelt", "Legitimerad tandläkare",
       S("contact", L("08-465 005 01"), L("maja.stromfelt@example.se"), L("Ekfors")),
       S("lang", L("Svenska – modersmål"), L("Engelska – mycket god"), L("Danska – förstår bra")),
       S("skills", L("Journalsystem: T4"), L("Implantatprotetik"), L("Barntandvård")),
       S("auth", L("Legitimerad tandläkare (Socialstyrelsen), 2015")),
       S("profile", "Allmäntandläkare med elva års erfarenhet. Vill flytta till Danmark 2027."),
       S("exp",
         I("2018 – nu", "Tandläkare, Folktandvården Sjöbacka", "Allmäntandvård, barn och vuxna"),
         I("2015 – 2018", "Tandläkare, Ekfors Tandklinik AB")),
       S("edu", I("2010 – 2015", "Tandläkarexamen, 300 hp, Lönnhamra universitet")),
       order="right-first"),
    cv("aidan-fairclough.pdf", "en", "pdf", "right-dates", "MMMMMX",
       "UK 'BDS (Bachelor of Dental Surgery)', the full dental degree (\"eller tilsvarende\"), 'Danish authorisation "
       "as a dentist' granted 2024, dentist since 2015, Danish C1, 'OPUS Dental'",
       "Aidan Fairclough", "General Dental Practitioner",
       S("contact", L("Hyldeby, Denmark"), L("+45 12 34 62 02"), L("aidan.fairclough@example.com")),
       S("auth", L("Danish authorisation as a dentist (Styrelsen for Patientsikkerhed), 2024"),
         L("GDC registered dentist (UK), 2015")),
       S("exp",
         I("03/2024 – present", "Dentist, Hyldeby Tandklinik",
           "General dentistry; records and recall in OPUS Dental"),
         I("2015 – 2023", "Associate Dentist, Wrenfield Family Dental Care, UK")),
       S("edu", I("2010 – 2015", "BDS (Bachelor of Dental Surgery), Wrenfield School of Dentistry")),
       S("lang", L("English – native"), L("Danish – fluent, C1 (Prøve i Dansk 3 and Studieprøven)")),
       date_first=True),
    cv("rasmus-toft.txt", "da", "txt", "one-column", "MMUMMX",
       "cand.odont. June 2025 and authorised, but tandlæge only since 08.2025 (16 months); the "
       "klinikophold in the studies is training",
       "Rasmus Toft", "Nyuddannet tandlæge",
       S("contact", L("+45 12 34 62 03"), L("rasmus.toft@example.net")),
       S("profile", "Nyuddannet og autoriseret tandlæge. Glad for at arbejde med børn og unge."),
       S("exp",
         I("08.2025 – nu", "Tandlæge, Sivkær Tandcenter", "Undersøgelser, fyldninger og ekstraktioner",
           "Opus Dental"),
         I("2023 – 2025", "Klinikophold som tandlægestuderende, Tandlægeskolen i Sivkær")),
       S("edu", I("2020 – 2025", "Kandidat i odontologi (cand.odont.), Sivkær Universitet, juni 2025")),
       S("auth", L("Autorisation som tandlæge, juli 2025")),
       S("lang", L("Dansk: modersmål"), L("Engelsk: godt"))),
    cv("eldrid-hovland.txt", "nb", "txt", "dates-after", "MMMNMX",
       "Norwegian dentist with 'Dansk autorisasjon som tannlege' granted 2023; 'Dansk – B1' is below "
       "\"gode danskkundskaber\"",
       "Eldrid Hovland", "Tannlege",
       S("contact", L("Tlf. 123 46 301"), L("eldrid.hovland@example.no"), L("Hegrenes")),
       S("profile", "Allmennpraktiserende tannlege siden 2012, de siste årene i Danmark."),
       S("exp",
         I("2023 – d.d.", "Tannlege, Tandplejen Tjørnbæk", "Voksentannpleie, journal i Opus Dental"),
         I("2012 – 2023", "Tannlege, Lundvåg Tannhelse AS")),
       S("edu", I("2007 – 2012", "Master i odontologi, Universitetet i Hegrenes")),
       S("auth", L("Autorisasjon som tannlege (Helsedirektoratet), 2012"),
         L("Dansk autorisasjon som tannlege (Styrelsen for Patientsikkerhed), 2023")),
       S("lang", L("Norsk – morsmål"), L("Dansk – B1 (Prøve i Dansk 2)"), L("Engelsk – godt"))),
)


# ===========================================================================
# 2. nn: Barne- og ungdomsarbeidar
# ===========================================================================

job(
    "barne-ungdomsarbeidar", "Barne- og ungdomsarbeidar i skulefritidsordninga (SFO)", "nn",
    "child and youth worker",
    [
        ("Fagbrev som barne- og ungdomsarbeidar", "education"),
        ("Minst 2 års erfaring frå arbeid med barn i skule, SFO eller barnehage", "experience"),
        ("Gode norskkunnskapar munnleg og skriftleg", "language"),
        ("Førarkort klasse B", "driving_licence"),
        ("Kurs i førstehjelp for barn", "certificate"),
        ("Politiattest må leggjast fram", "manual"),
    ],
    cv("ingebjorg-sandvik.docx", "nn", "docx", "table", "MMMMMX",
       "'Fagbrev i barne- og ungdomsarbeidarfaget', barnehage and SFO since 2019, 'Førstehjelp for barn og "
       "småbarn'",
       "Ingebjørg Sandvik", "Barne- og ungdomsarbeidar",
       S("profile", "Eg er ein leiken og tolmodig fagarbeidar som likar å lage gode dagar for barn i "
                    "barnehage og SFO."),
       S("exp",
         I("08/2022 – no", "Fagarbeidar, Lundvåg skule, SFO", "Aktivitetar, leksehjelp og foreldrekontakt"),
         I("08/2019 – 07/2022", "Fagarbeidar, Hegrenes barnehage", "Småbarnsavdeling")),
       S("edu",
         I("2017 – 2019", "Lærling, Hegrenes barnehage",
           "Fagbrev i barne- og ungdomsarbeidarfaget, juni 2019"),
         I("2015 – 2017", "Vg1 helse- og oppvekstfag, Vg2 barne- og ungdomsarbeidarfag, Lundvåg vgs.")),
       S("cert", L("Førstehjelp for barn og småbarn (Raudekrossen), 2024")),
       S("lic", "B"),
       S("lang", L("Norsk: morsmål"), L("Engelsk: godt")),
       S("contact", L("123 46 311"), L("ingebjorg.sandvik@example.no"))),
    cv("amund-rosvold.pdf", "nb", "pdf", "two-column", "MMMMMX",
       "bokmål 'Fagbrev som barne- og ungdomsarbeider (praksiskandidat)', school assistant and fagarbeider "
       "since 2015, 'Klasse BE', 'Livreddende førstehjelp på barn'",
       "Amund Rosvold", "Fagarbeider i skole og SFO",
       S("contact", L("123 46 312"), L("amund.rosvold@example.com"), L("Skarvhella")),
       S("lic", L("Klasse BE")),
       S("cert", L("Livreddende førstehjelp på barn, 2025"), L("Kurs i ART (aggresjonserstatningstrening)")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – godt")),
       S("exp",
         I("2021 – d.d.", "Barne- og ungdomsarbeider, Skarvhella skole og SFO",
           "Ansvar for 2. trinn på SFO og miljøarbeid i skoletiden"),
         I("2015 – 2021", "Assistent, Skarvhella skole og SFO")),
       S("edu",
         I("2021", "Fagbrev som barne- og ungdomsarbeider (praksiskandidat)"),
         I("2011 – 2014", "Videregående skole, studiespesialisering, Bjørnmo vgs.")),
       order="left-first"),
    cv("tove-lindahl.txt", "sv", "txt", "one-column", "UMUMMX",
       "Swedish barnskötare: 'Barn- och fritidsprogrammet' is not a Norwegian fagbrev; förskola since 2017; "
       "'Norska – förstår' gives no level; 'Första hjälpen och HLR på barn'",
       "Tove Lindahl", "Barnskötare",
       S("contact", L("08-465 005 11"), L("tove.lindahl@example.se")),
       S("profile", "Barnskötare i förskola sedan 2017. Söker nu arbete i Norge."),
       S("exp",
         I("2017 – nu", "Barnskötare, Tallbacka förskola", "Avdelning med barn 3–5 år")),
       S("edu", I("2014 – 2017", "Barn- och fritidsprogrammet, inriktning pedagogiskt och socialt arbete, "
                                 "Tallbacka gymnasium")),
       S("cert", L("Första hjälpen och HLR på barn, 2023")),
       S("lic", L("B-körkort")),
       S("lang", L("Svenska – modersmål"), L("Norska – förstår"), L("Engelska – bra"))),
    cv("sigvald-nesheim.txt", "nn", "txt", "badly-written", "MUMNUX",
       "badly written nynorsk; fagbrev 2025, SFO work as fagarbeidar only since august 2025 (the læretid does "
       "not count); 'eg har ikkje førarkort'; 'førstehjelpskurs' is not said to be for children",
       raw="""
sigvald nesheim
sigvald.nesheim@example.org  tlf 123 46 313

eg tok fagbrev som barne- og ungdomsarbeidar i juni 2025 etter to år som lærling på Bjørnmo skule sfo.
sidan august 2025 har eg vore fast tilsett som fagarbeidar same stad, eg har mest ansvar for uteaktivitetar og fotball.
eg har ikkje førarkort enno men syklar overalt.
har teke førstehjelpskurs på jobben.
norsk er morsmålet mitt.
"""),
    cv("olena-marchenko.docx", "en", "docx", "europass", "MMNMMX",
       "Norwegian 'Trade certificate (fagbrev)' in child and youth work, SFO since 2019; the CEFR grid gives "
       "Norwegian writing B1, below \"gode ... skriftleg\"",
       "Olena Marchenko", "Child and youth worker",
       S("contact", KV("Phone", "123 46 314"), KV("E-mail", "olena.marchenko@example.com"),
         KV("Address", "Bjørnmo, Norway")),
       S("exp",
         I("08/2019 – present", "Assistant, later child and youth worker, Bjørnmo skule SFO",
           "Play, homework help and outdoor activities for children aged 6–10")),
       S("edu",
         I("2022", "Trade certificate (fagbrev) in child and youth work, Norway"),
         I("2008 – 2012", "Bachelor of Pedagogy, Zarichne Pedagogical College, Ukraine")),
       S("lang", KV("Mother tongue", "Ukrainian"),
         KV("Norwegian", "Understanding C1, Speaking B2, Writing B1"),
         KV("English", "Understanding B2, Speaking B2, Writing B2")),
       S("lic", KV("Driving licence", "B")),
       S("cert", L("Paediatric first aid (Norsk Folkehjelp), 2022"))),
)


# ===========================================================================
# 3. sv: Butikssäljare
# ===========================================================================

job(
    "butikssaljare", "Butikssäljare till järnhandel", "sv", "shop assistant",
    [
        ("Fullständig gymnasieexamen", "education"),
        ("Minst 1 års erfarenhet av försäljning i butik", "experience"),
        ("Goda kunskaper i svenska och engelska", "language"),
        ("B-körkort", "driving_licence"),
        ("Truckkort A och B", "certificate"),
        ("Erfarenhet av kassasystem", "must_mention"),
        ("Du måste kunna arbeta helger", "manual"),
    ],
    cv("viktor-almgren.docx", "sv", "docx", "one-column", "MMMMMMX",
       "gymnasieexamen 2018, säljare in a järnhandel since 2019, 'behörighet A och B', 'kassaarbete och "
       "dagsavslut'",
       "Viktor Almgren", "Säljare bygg och järn",
       S("contact", L("08-465 005 21"), L("viktor.almgren@example.se"), L("Ekfors")),
       S("profile", "Serviceinriktad säljare med sju år i järnhandel. Kan verktyg, färg och infästning."),
       S("exp",
         I("2019 – nu", "Säljare, Ekfors Bygg & Järn AB",
           "Kundrådgivning, kassaarbete och dagsavslut (Extenda)", "Varumottagning och påfyllning med truck")),
       S("edu", I("2015 – 2018", "Gymnasieexamen, Handels- och administrationsprogrammet, Ekfors gymnasium")),
       S("cert", L("Truckförarutbildning TLP10, behörighet A och B (2021)")),
       S("lic", L("Körkort: B")),
       S("lang", L("Svenska – modersmål"), L("Engelska – flytande"))),
    cv("freya-holmqvist.pdf", "en", "pdf", "two-column", "MMMMMMX",
       "English CV of a Swede: 'Upper secondary diploma (gymnasieexamen)', sales assistant 2021–2023, "
       "'Forklift licence, categories A and B', 'Till and card payments'",
       "Freya Holmqvist", "Sales Assistant",
       S("contact", L("08-465 005 22"), L("freya.holmqvist@example.com"), L("Sjöbacka, Sweden")),
       S("lic", L("Driving licence: B")),
       S("cert", L("Forklift licence, categories A and B (TLP10), 2021")),
       S("lang", L("Swedish – native"), L("English – fluent")),
       S("profile", "Friendly sales assistant who likes DIY and practical problem solving."),
       S("exp",
         I("2023 – present", "Warehouse operative, Sjöbacka Logistik AB"),
         I("2021 – 2023", "Sales Assistant, Tallbacka Järnhandel",
           "Customer advice on tools and paint", "Till and card payments, end-of-day cash-up")),
       S("edu", I("2017 – 2020", "Upper secondary diploma (gymnasieexamen), Technology Programme, "
                                 "Sjöbacka gymnasium")),
       order="rows", rows=False),
    cv("elias-backlund.txt", "sv", "txt", "dates-after", "UUMMUMX",
       "'studiebevis, ej fullständig examen'; two summer jobs of three months each; 'Truckkort A' only",
       "Elias Backlund", "Butikssäljare",
       S("contact", L("08-465 005 23"), L("elias.backlund@example.se")),
       S("exp",
         I("juni – augusti 2025", "Butikssäljare (sommarjobb), Lönnhamra Järn & Fritid",
           "Kassa och påfyllning"),
         I("juni – augusti 2024", "Butikssäljare (sommarjobb), Lönnhamra Järn & Fritid")),
       S("edu", I("2021 – 2024", "Bygg- och anläggningsprogrammet, Lönnhamra gymnasium (studiebevis, ej "
                                 "fullständig examen)")),
       S("cert", L("Truckkort A, 2024")),
       S("lic", L("B-körkort sedan 2025")),
       S("lang", L("Svenska – modersmål"), L("Engelska – goda kunskaper"))),
    cv("nikolaj-brask.docx", "da", "docx", "table", "MMUNUMX",
       "Danish STX counts as upper secondary; butiksassistent since 2016; 'Svensk – forstår godt' gives no "
       "speaking or writing; 'Kørekort: Nej'; Danish 'Truckcertifikat B' is another scheme",
       "Nikolaj Brask", "Butiksassistent",
       S("contact", L("+45 12 34 62 21"), L("nikolaj.brask@example.dk")),
       S("exp",
         I("2016 – 2026", "Butiksassistent, Sivkær Byggecenter", "Kasseekspedition, rådgivning og vareopfyldning")),
       S("edu", I("2012 – 2015", "Studentereksamen (STX), Sivkær Gymnasium")),
       S("cert", L("Truckcertifikat B, 2017")),
       S("lic", L("Kørekort: Nej")),
       S("lang", L("Dansk – modersmål"), L("Svensk – forstår godt"), L("Engelsk – godt"))),
    cv("hanna-sjodin.pdf", "sv", "pdf", "right-dates", "MMNMMMX",
       "everything shown, but 'Engelska – grundläggande' is below \"goda kunskaper\"",
       "Hanna Sjödin", "Butikssäljare",
       S("contact", L("08-465 005 24"), L("hanna.sjodin@example.se"), L("Tallbacka")),
       S("exp",
         I("2023-09 – nu", "Butikssäljare, Lönnhamra Järn AB", "Kassa, reklamationer och beställningar"),
         I("2021 – 2023", "Lagerarbetare, Tallbacka Trä")),
       S("edu", I("2018 – 2021", "Gymnasieexamen, Fordons- och transportprogrammet")),
       S("cert", L("Truckbehörighet A och B")),
       S("lic", L("Körkort: BE")),
       S("lang", L("Svenska – modersmål"), L("Engelska – grundläggande"))),
)


# ===========================================================================
# 4. en: Hotel receptionist
# ===========================================================================

job(
    "hotel-receptionist", "Hotel Receptionist, front office", "en", "hotel receptionist",
    [
        ("Vocational qualification in hospitality or reception work, or equivalent", "education"),
        ("At least 2 years of experience from a hotel front desk", "experience"),
        ("Fluent English and a Scandinavian language", "language"),
        ("Experience with the Opera PMS property management system", "must_mention"),
        ("Willingness to work shifts, including nights and weekends", "manual"),
    ],
    cv("kristine-vaage.docx", "nb", "docx", "one-column", "MMMMX",
       "'Fagbrev i resepsjonsfaget', resepsjonist and front office supervisor since 2017, check-in and "
       "invoicing 'i Opera'",
       "Kristine Vaage", "Resepsjonsleder",
       S("contact", L("Tlf: 123 46 321"), L("E-post: kristine.vaage@example.no"), L("Skarvhella")),
       S("profile", "Resepsjonsleder med ni års erfaring fra hotell. Trives med mange baller i luften og "
                    "internasjonale gjester."),
       S("exp",
         I("2022 – d.d.", "Front office supervisor, Skarvhella Fjordhotell",
           "Vaktplaner, opplæring av nyansatte og gruppebookinger"),
         I("2017 – 2022", "Resepsjonist, Skarvhella Fjordhotell",
           "Inn- og utsjekk, fakturering og kassaoppgjør i Opera")),
       S("edu",
         I("2017", "Fagbrev i resepsjonsfaget"),
         I("2013 – 2015", "Vg1 restaurant- og matfag, Vg2 servitørfag, Bjørnmo vgs.")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – flytende"), L("Tysk – grunnleggende"))),
    cv("cecilie-wendt.pdf", "da", "pdf", "two-column", "MMMMX",
       "Danish 'Receptionistuddannelsen (EUD)', hotel receptionist since 2019, 'Engelsk – flydende', "
       "'OPERA PMS'",
       "Cecilie Wendt", "Hotelreceptionist",
       S("contact", L("+45 12 34 62 31"), L("cecilie.wendt@example.dk"), L("Tjørnbæk")),
       S("lang", L("Dansk – modersmål"), L("Engelsk – flydende"), L("Tysk – godt")),
       S("skills", L("OPERA PMS"), L("Protel"), L("Booking.com extranet")),
       S("profile", "Udlært receptionist med syv års erfaring fra hoteller ved kysten."),
       S("exp",
         I("2021 – nu", "Receptionist, Hotel Tjørnbæk Strand", "Check-in, check-ud og konferencebookinger"),
         I("2019 – 2021", "Receptionist, Hyldeby Kro & Hotel")),
       S("edu", I("2017 – 2019", "Receptionistuddannelsen (EUD), Hyldeby Hotel- og Restaurantskole")),
       order="right-first"),
    cv("ebba-nordlund.txt", "sv", "txt", "one-column", "MUMUX",
       "'Hotell- och turismprogrammet' is equivalent; front desk only 2023-06 – 2024-05 (12 months), the "
       "frukostvärd years are not reception; bookings in 'Visual Matrix', no Opera",
       "Ebba Nordlund", "Receptionist",
       S("contact", L("08-465 005 31"), L("ebba.nordlund@example.se"), L("Lönnhamra")),
       S("profile", "Serviceinriktad och glad, med bakgrund i hotellfrukost och reception."),
       S("exp",
         I("2024-06 – nu", "Butikssäljare, Lönnhamra Presenthus"),
         I("2023-06 – 2024-05", "Receptionist, Ekfors Stadshotell", "Incheckning och bokningar i Visual Matrix"),
         I("2019 – 2023", "Frukostvärd, Ekfors Stadshotell")),
       S("edu", I("2016 – 2019", "Hotell- och turismprogrammet, Lönnhamra gymnasium")),
       S("lang", L("Svenska – modersmål"), L("Engelska – flytande"))),
    cv("lucia-ferreiro.pdf", "en", "pdf", "right-dates", "MMNMX",
       "hospitality degree and front desk / night audit since 2016, 'Opera Cloud'; Spanish and English "
       "native but 'Norwegian – A2', no Scandinavian language at a fluent level",
       "Lucía Ferreiro", "Front Desk Agent",
       S("contact", L("Hegrenes, Norway"), L("+47 123 46 322"), L("lucia.ferreiro@example.com")),
       S("exp",
         I("2021 – present", "Night Auditor, Hegrenes Fjordhotell",
           "Front desk alone at night: late arrivals, night audit and reports in Opera Cloud"),
         I("2016 – 2020", "Front Desk Agent, Hotel Mirador, Santa Ilvera, Spain")),
       S("edu", I("2012 – 2016", "BA (Hons) International Hospitality Management, University of Wrenfield")),
       S("lang", L("Spanish – native"), L("English – native"), L("Norwegian – A2"))),
    cv("margit-fossdal.txt", "nn", "txt", "badly-written", "UMMMX",
       "badly written nynorsk; resepsjonist since 2018, 'bookingsystemet opera', but only "
       "'studiespesialisering', no hospitality qualification",
       raw="""
margit fossdal
resepsjonist
margit.fossdal@example.net / 123 46 323

eg har jobba i resepsjonen på Bjørnmo Turisthotell sidan 2018, innsjekk, utsjekk, telefon og rekningar i bookingsystemet opera.
før det var eg au pair i england eitt år.
skule: vidaregåande med studiespesialisering, Lundvåg vgs 2014-2017
språk: norsk morsmål, engelsk flytande
kan jobbe natt og helg
"""),
)


# ===========================================================================
# 5. nb: Taxisjåfør
# ===========================================================================

job(
    "taxisjafor", "Taxisjåfør, dag og natt", "nb", "taxi driver",
    [
        ("Kjøreseddel for taxi", "authorisation"),
        ("Førerkort klasse B", "driving_licence"),
        ("Minst ett års erfaring som yrkessjåfør", "experience"),
        ("Gode norskkunnskaper muntlig", "language"),
        ("Kurs i førstehjelp", "certificate"),
        ("Ren vandel, politiattest må fremvises", "manual"),
    ],
    cv("runar-klemetsen.txt", "nb", "txt", "one-column", "MMMMMX",
       "'Kjøreseddel (taxi)' renewed 2024, 'Sertifikat: klasse B og BE', taxi driver since 2019, "
       "'Førstehjelpskurs'",
       "Runar Klemetsen", "Taxisjåfør",
       S("contact", L("Tlf. 123 46 331"), L("runar.klemetsen@example.no"), L("Lundvåg")),
       S("profile", "Rolig og serviceinnstilt sjåfør med sju år bak rattet i taxi, dag og natt."),
       S("exp",
         I("2019 – d.d.", "Taxisjåfør, Lundvåg Taxi SA", "Persontransport, skolekjøring og pasientreiser"),
         I("2012 – 2019", "Butikkmedarbeider, Lundvåg Jernvare")),
       S("cert", L("Kjøreseddel (taxi), utstedt 2019, fornyet 2024"), L("Førstehjelpskurs, Norsk Folkehjelp, 2023")),
       S("lic", L("Sertifikat: klasse B og BE")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – godt"))),
    cv("tormod-heggheim.pdf", "nn", "pdf", "two-column", "MMMMMX",
       "nynorsk 'Køyresetel for drosje', 'C1, B', varebil driver 2017–2021 and drosjesjåfør since, "
       "'Førstehjelp, grunnkurs'",
       "Tormod Heggheim", "Drosjesjåfør",
       S("contact", L("123 46 332"), L("tormod.heggheim@example.org"), L("Hegrenes")),
       S("lic", L("Førarkort: C1, B")),
       S("cert", L("Køyresetel for drosje, 2021"), L("Førstehjelp, grunnkurs, 2022"),
         L("Yrkessjåførkompetanse gods (YSK), 2017")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – middels")),
       S("exp",
         I("2021 – no", "Drosjesjåfør, Hegrenes Drosjesentral"),
         I("2017 – 2021", "Varebilsjåfør, Hegrenes Transport AS", "Bulevering i distriktet")),
       S("edu", I("2013 – 2016", "Vg1 teknikk og industriell produksjon, Vg2 transport og logistikk")),
       order="rows"),
    cv("goran-lindkvist.docx", "sv", "docx", "bold-headings", "UMMMMX",
       "Swedish 'Taxiförarlegitimation' is not a Norwegian kjøreseddel; taxi driver 2015–2025; "
       "'Norska – talar och förstår bra' is good spoken Norwegian; 'Första hjälpen och HLR'",
       "Göran Lindkvist", "Taxiförare",
       S("contact", L("08-465 005 41"), L("goran.lindkvist@example.se")),
       S("profile", "Erfaren taxiförare som flyttat till Norge och söker nytt jobb."),
       S("exp",
         I("2015 – 2025", "Taxiförare, Ekfors Taxi AB", "Beställningsresor, färdtjänst och flygtaxi")),
       S("cert", L("Taxiförarlegitimation (Transportstyrelsen), 2015"), L("Första hjälpen och HLR, 2024")),
       S("lic", L("Körkort B")),
       S("lang", L("Svenska – modersmål"), L("Norska – talar och förstår bra"), L("Engelska – god"))),
    cv("pawel-zielinski.docx", "en", "docx", "europass", "UMMNMX",
       "kjøreseddel 'applied for in October 2026'; van driver since 2020; the CEFR grid gives Norwegian "
       "speaking B1, below \"gode ... muntlig\"",
       "Pawel Zielinski", "Driver",
       S("contact", KV("Phone", "123 46 333"), KV("E-mail", "pawel.zielinski@example.com")),
       S("exp",
         I("2020 – present", "Delivery van driver, Bjørnmo Bud AS", "Parcel routes, 120 stops a day")),
       S("lic", KV("Driving licence", "B (Polish 2012, exchanged to Norwegian 2020)"),
         KV("Taxi", "Kjøreseddel applied for in October 2026, awaiting decision")),
       S("lang", KV("Mother tongue", "Polish"),
         KV("Norwegian", "Understanding B2, Speaking B1, Writing A2"),
         KV("English", "Understanding B2, Speaking B2, Writing B1")),
       S("cert", L("First aid course, 2020"))),
    cv("sana-qureshi.pdf", "nb", "pdf", "right-dates", "MMUMUX",
       "kjøreseddel 2026 and B, but driving only since 03.2026 (8 months, part-time); no first aid course",
       "Sana Qureshi", "Taxisjåfør",
       S("contact", L("123 46 334"), L("sana.qureshi@example.no"), L("Skarvhella")),
       S("exp",
         I("03.2026 – d.d.", "Taxisjåfør (deltid), Skarvhella Taxi"),
         I("2018 – 2026", "Kundebehandler, Skarvhella Sparebank")),
       S("cert", L("Kjøreseddel, februar 2026")),
       S("lic", L("Førerkort klasse B (siden 2019)")),
       S("lang", L("Norsk – morsmål"), L("Urdu – morsmål"), L("Engelsk – flytende"))),
)


# ===========================================================================
# 6. nb: Økonomisjef
# ===========================================================================

job(
    "okonomisjef", "Økonomisjef", "nb", "finance manager",
    [
        ("Mastergrad i økonomi og administrasjon (siviløkonom) eller tilsvarende", "education"),
        ("Minst 5 års erfaring fra regnskap eller økonomistyring", "experience"),
        ("Minst 2 års erfaring med personalledelse", "experience"),
        ("Erfaring med Visma Business", "must_mention"),
        ("Beherske norsk og engelsk flytende, muntlig og skriftlig", "language"),
        ("Må kunne sikkerhetsklareres", "manual"),
    ],
    cv("haakon-brattli.docx", "nb", "docx", "one-column", "MMMMMX",
       "'Siviløkonom (MSc i økonomi og administrasjon)', controller, regnskapssjef 'med personalansvar for seks' "
       "and økonomisjef since 2012, 'Visma Business'",
       "Haakon Brattli", "Økonomisjef",
       S("contact", L("Tlf: 123 46 341"), L("E-post: haakon.brattli@example.no"), L("Lundvåg")),
       S("profile", "Økonomileder med fjorten års erfaring fra industri og handel."),
       S("exp",
         I("2021 – d.d.", "Økonomisjef, Lundvåg Mekaniske AS", "Budsjett, rapportering til styret og likviditet"),
         I("2016 – 2021", "Regnskapssjef, Skarvhella Handel AS", "Regnskapsavdeling med personalansvar for seks",
           "Innføring av Visma Business"),
         I("2012 – 2016", "Controller, Skarvhella Handel AS")),
       S("edu", I("2007 – 2012", "Siviløkonom (MSc i økonomi og administrasjon), Handelshøyskolen i Lundvåg")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – flytende"))),
    cv("kerstin-ahlbeck.pdf", "sv", "pdf", "two-column", "MMMMMX",
       "Swedish 'Civilekonomexamen' (240 hp) is equivalent; redovisningsekonom and ekonomichef since 2010 with "
       "'Personalansvar för fem'; 'Visma Business'; 'Norska – flytande i tal och skrift'",
       "Kerstin Ahlbeck", "Ekonomichef",
       S("contact", L("08-465 005 51"), L("kerstin.ahlbeck@example.se"), L("Hegrenes, Norge")),
       S("lang", L("Svenska – modersmål"), L("Norska – flytande i tal och skrift"), L("Engelska – flytande")),
       S("skills", L("Affärssystem: Visma Business, Fortnox"), L("Power BI"), L("Koncernredovisning")),
       S("profile", "Ekonomichef bosatt i Norge sedan 2019."),
       S("exp",
         I("2019 – nu", "Ekonomichef, Hegrenes Fisk AS", "Personalansvar för fem medarbetare"),
         I("2018 – 2019", "Ekonomichef, Ekfors Bygg AB"),
         I("2010 – 2018", "Redovisningsekonom, Ekfors Bygg AB")),
       S("edu", I("2006 – 2010", "Civilekonomexamen (240 hp), Ekfors universitet")),
       order="left-first"),
    cv("fiona-marchetti.pdf", "en", "pdf", "right-dates", "MMMUNX",
       "MSc Finance, controller and finance manager 'leading a team of three' since 2019, but ERP is 'SAP "
       "S/4HANA' and Oracle NetSuite, and 'Norwegian – B2' is below fluent",
       "Fiona Marchetti", "Finance Manager",
       S("contact", L("Bjørnmo, Norway"), L("+44 1632 960 614"), L("fiona.marchetti@example.co.uk")),
       S("exp",
         I("2019 – present", "Finance Manager, Bjørnmo Seafood AS",
           "Monthly close, budgeting and cash flow, leading a team of three"),
         I("2014 – 2019", "Financial Controller, Wrenfield Engineering Ltd")),
       S("edu", I("2013 – 2014", "MSc Finance, University of Wrenfield"),
         I("2010 – 2013", "BSc Accounting and Finance, University of Wrenfield")),
       S("skills", L("SAP S/4HANA"), L("Oracle NetSuite"), L("Excel, Power BI")),
       S("lang", L("English – native"), L("Norwegian – B2"), L("Italian – good"))),
    cv("jorunn-tveitane.txt", "nn", "txt", "dates-after", "UMMMMX",
       "'Bachelor i økonomi og administrasjon' and autorisert rekneskapsførar, not a master; rekneskap since "
       "2015, 'Teamleiar for fire rekneskapsførarar' since 2022",
       "Jorunn Tveitane", "Teamleiar rekneskap",
       S("contact", L("123 46 342"), L("jorunn.tveitane@example.no")),
       S("exp",
         I("2022 – d.d.", "Teamleiar for fire rekneskapsførarar, Hegrenes Rekneskap AS",
           "Månadsavslutningar og årsoppgjer i Visma Business"),
         I("2015 – 2022", "Rekneskapsførar, Hegrenes Rekneskap AS")),
       S("edu", I("2012 – 2015", "Bachelor i økonomi og administrasjon, Høgskulen i Hegrenes")),
       S("cert", L("Autorisert rekneskapsførar, 2018")),
       S("lang", L("Norsk: morsmål"), L("Engelsk: flytande"))),
    cv("petter-ostgaard.txt", "nb", "txt", "one-column", "MMUUMX",
       "'Master i regnskap og revisjon (MRR)' is equivalent and revisor since 2020 is accounting work, but "
       "'Ingen formell lederrolle' and Tripletex and PowerOffice, no Visma Business",
       "Petter Østgaard", "Statsautorisert revisor",
       S("contact", L("123 46 343"), L("petter.ostgaard@example.com"), L("Skarvhella")),
       S("profile", "Revisor med seks års erfaring fra revisjon av små og mellomstore bedrifter."),
       S("exp",
         I("08.2020 – d.d.", "Revisor, Skarvhella Revisjon AS",
           "Årsoppgjør, revisjon og rådgivning; kundene bruker Tripletex og PowerOffice",
           "Ingen formell lederrolle, men veileder nyansatte assistenter")),
       S("edu", I("2018 – 2020", "Master i regnskap og revisjon (MRR), Handelshøyskolen i Lundvåg"),
         I("2015 – 2018", "Bachelor i økonomi og administrasjon")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – flytende"))),
)


# --------------------------------------------------------------------------
# The README's closing sections, written by hand
# --------------------------------------------------------------------------

HARD_CASES = [
    "### Hard cases, on purpose",
    "",
    "Authorisation: a Danish tandlæge authorisation written \"Autoriseret tandlæge siden 2018\",",
    "\"Autorisation som tandlæge\", in English and by a Norwegian in bokmål, against a Swedish",
    "legitimation only; a Norwegian kjøreseddel written \"Kjøreseddel (taxi)\", \"Køyresetel for",
    "drosje\" and \"Kjøreseddel, februar 2026\", against a Swedish taxiförarlegitimation and a",
    "kjøreseddel \"applied for in October 2026\". Education: cand.odont. \"or equivalent\" met by a",
    "Swedish tandläkarexamen, a Norwegian master i odontologi and a UK BDS; a fagbrev as barne-",
    "og ungdomsarbeidar in nynorsk, in bokmål as praksiskandidat, in English \"Trade certificate",
    "(fagbrev)\", against a Swedish Barn- och fritidsprogrammet; \"Fullständig gymnasieexamen\"",
    "met by gymnasieexamen in Swedish and English and by a Danish STX, not by a \"studiebevis, ej",
    "fullständig examen\"; a hospitality qualification \"or equivalent\" met by a Norwegian",
    "fagbrev i resepsjonsfaget, the Danish receptionistuddannelse, the Swedish Hotell- och",
    "turismprogrammet and a BA in hospitality management, not by studiespesialisering; a",
    "master \"eller tilsvarende\" met by siviløkonom, civilekonom, MSc Finance and MRR, not by a",
    "bachelor with autorisert rekneskapsførar. Experience: a newly qualified dentist (16",
    "months), a fagarbeidar whose læretid does not count (15 months), two summer jobs, a",
    "frukostvärd before 12 months at the front desk, a part-time taxi driver (8 months); a",
    "night auditor at the front desk, a varebilsjåfør and a taxiförare as yrkessjåfør, a",
    "revisor as accounting work; \"personalansvar\", \"leading a team of three\" and \"Teamleiar for",
    "fire rekneskapsførarar\" as personnel management, \"Ingen formell lederrolle\" not. Licences:",
    "\"Sertifikat: klasse B og BE\", \"C1, B\", \"Klasse BE\", \"Körkort: BE\", \"eg har ikkje",
    "førarkort\", \"Kørekort: Nej\", a licence exchanged from Poland. Certificates: truck A and B",
    "as TLP10 \"behörighet A och B\", in English and \"Truckbehörighet\", against \"Truckkort A\" only",
    "and a Danish \"Truckcertifikat B\"; first aid for children as \"Livreddende førstehjelp på",
    "barn\", \"Paediatric first aid\", \"Första hjälpen och HLR på barn\", against a general",
    "\"førstehjelpskurs\". Must-mention lines met by variants (\"OPUS Dental\", \"kassaarbete\",",
    "\"kasseekspedition\", \"Till and card payments\", \"i Opera\", \"Opera Cloud\", lower-case",
    "\"opera\", \"Affärssystem: Visma Business\") or not (T4, Visual Matrix, SAP S/4HANA, Tripletex).",
    "Languages: \"Dansk – B1\", \"Norwegian – A2\", \"Norwegian – B2\" for \"fluent\", \"Engelska –",
    "grundläggande\", CEFR grids with one skill too low (writing B1, speaking B1), \"förstår bra\",",
    "\"forstår godt\", \"Norska – förstår\" without a level, \"Norska – talar och förstår bra\" for",
    "spoken Norwegian, and \"a Scandinavian language\" met by Norwegian, Swedish or Danish.",
    "Two badly written TXT CVs.",
    "",
    "### Labelling decisions specific to this set",
    "",
    "The conventions of `eval/README.md` and of the earlier held-out sets apply. In addition:",
    "",
    "- **Dansk autorisation som tandlæge**: only the Danish authorisation counts; a Swedish",
    "  legitimation or a Norwegian autorisasjon alone is `unclear`. **Uddannet tandlæge",
    "  (cand.odont. eller tilsvarende)**: any full dental degree (tandläkarexamen, master i",
    "  odontologi, UK BDS) counts; klinikophold during the studies is not experience.",
    "- **Fagbrev som barne- og ungdomsarbeidar**: the Norwegian fagbrev, also as",
    "  praksiskandidat; the Swedish gymnasium programme is `unclear`. Work as assistent or",
    "  fagarbeidar in school, SFO or barnehage counts; lærling years do not. **Kurs i førstehjelp",
    "  for barn** needs a course said to be for children; a general førstehjelpskurs is",
    "  `unclear`.",
    "- **Fullständig gymnasieexamen**: any completed upper secondary (Danish STX, Norwegian",
    "  vitnemål); a studiebevis is `unclear`. **Truckkort A och B** is the Swedish TLP10 scheme;",
    "  A only or the Danish truckcertifikat is `unclear`. Working the till counts as",
    "  experience of a kassasystem.",
    "- **Hotel receptionist**: night auditor and front office supervisor are front desk work;",
    "  \"Fluent English and a Scandinavian language\" needs both, Norwegian A2 is `not_met`.",
    "- **Kjøreseddel for taxi** is Norwegian; the Swedish taxiförarlegitimation is `unclear`.",
    "  Yrkessjåfør is any paid driving of people or goods (taxi, varebil, bud).",
    "  \"Talar och förstår bra\" meets \"gode norskkunnskaper muntlig\"; CEFR speaking B1 does not.",
    "- **Økonomisjef**: civilekonom, MSc Finance and MRR are \"tilsvarende\"; a bachelor is a",
    "  lower level (`unclear`). Revisor is accounting experience. \"Beherske ... flytende\" asks",
    "  for C1 or native: a stated B2 is `not_met`.",
    "",
]


# --------------------------------------------------------------------------
# Checks of our own (on top of make_eval.check_data)
# --------------------------------------------------------------------------


def check_holdout6() -> None:
    mh.check_blind_set(JOBS, me.JOBS + mh.JOBS + mh2.JOBS + mh3.JOBS + mh4.JOBS + mh5.JOBS, USED_TOWNS,
                       per_job=(5, 7), min_qualified=2)


# --------------------------------------------------------------------------
# README (generated, so its figures always match the set)
# --------------------------------------------------------------------------



def readme() -> str:
    n_all = sum(len(j.cvs) for j in JOBS)
    out = [
        "# Sikte's sixth held-out evaluation set",
        "",
        f"{len(JOBS)} fictional jobs and {n_all} fictional CVs, labelled by hand requirement by",
        "requirement, in the same layout and job-file format as `eval/` (see `eval/README.md`",
        "for the format, the label meanings and the labelling conventions). It exists to measure",
        "accuracy again on CVs the rules were never tuned on: written without reading Sikte's",
        "rules, without reading the CVs of `eval/` or of the earlier held-out sets",
        "(`eval-holdout/` ... `eval-holdout5/`) and without running Sikte on it, and no label",
        "was ever set from Sikte's output. Its professions are common ones in Nordic job ads",
        "and appear in no earlier set. Keep it that way: do not tune rules on these CVs; once",
        "a rule changes because of a disagreement found here, the set is no longer held out,",
        "and its figures become a regression check.",
        "",
        "Everything here is invented for Sikte: people, employers, schools, towns",
        f"({TOWNS}), e-mail addresses (`example.*`) and phone numbers (unreal",
        "ranges: `123 46 3xx` in Norway, the Swedish fiction range `08-465 005 xx`,",
        "`+45 12 34 62 xx` in Denmark, the UK drama range `01632 960 xxx`). Nothing is copied",
        "from `/work/shared/corpus`, from the earlier sets or from any real CV or job ad. Product",
        "and scheme names in CVs (Opus Dental, T4, Styrelsen for Patientsikkerhed, Prøve i Dansk,",
        "Raudekrossen, Norsk Folkehjelp, TLP10, Extenda, Opera, Protel, Visual Matrix,",
        "Transportstyrelsen, Visma Business, Fortnox, SAP, Oracle NetSuite, Tripletex,",
        "PowerOffice) are named as real ads and CVs name them.",
        "Licence: the same as the project (MIT OR Apache-2.0).",
        "",
        "The format is the one of `eval/`, so Sikte's evaluator reads this folder as it reads",
        "`eval/`; report its figures for each set separately.",
        "",
        "## Regenerate, never edit",
        "",
        "```sh",
        f"python3 {SCRIPT}            # (re)writes eval-holdout6/, removes stale files",
        f"python3 {SCRIPT} --verify   # generates twice elsewhere: byte-identical, and eval-holdout6/ fresh?",
        "```",
        "",
        "The script imports `scripts/eval/make_eval.py` (CV model, TXT/DOCX/PDF renderers,",
        "job-file writer, checks), `scripts/eval/make_holdout.py` (text extraction and the",
        "checks of a blind set), `scripts/eval/make_holdout2.py` ... `scripts/eval/make_holdout5.py`",
        "(only to refuse their people, slugs and towns) and",
        "`scripts/fixtures/cvlib.py`. It refuses what `make_eval.py` refuses (wrong number of",
        "labels, unknown label, `manual` on a non-manual line or the reverse, duplicate files,",
        "PDF text outside Windows-1252) and also a fragment quoted with single quotes in a `why`",
        "that is not in the CV, an e-mail address outside `example.*`, a job with fewer than two",
        "qualified CVs, and any job slug, person or town of `eval/` or `eval-holdout/` ...",
        "`eval-holdout5/`. This README is generated too.",
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
    check_holdout6()
    return me.run(argv, OUT, generate, JOBS, __doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
