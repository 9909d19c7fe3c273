#!/usr/bin/env python3
"""Write Sikte's fifth held-out evaluation set: eval-holdout5/README.md, jobs/<job>.toml, cvs/<job>/<file>.

    python3 scripts/eval/make_holdout5.py            # (re)write eval-holdout5/
    python3 scripts/eval/make_holdout5.py --verify   # generate twice in temporary folders and check both
                                                     # runs and eval-holdout5/ are byte-identical

A sixth labelled set in the same layout and job-file format as eval/ and
eval-holdout/ ... eval-holdout4/, so that accuracy can be measured on CVs the
rules were never tuned on. Six fictional jobs in common professions that no
earlier set uses (hairdresser nb, painter sv, radiographer da, pharmacy
technician nn, customer service advisor en, HR adviser nb) with 5-7
requirement lines each, and 5-6 fictional CVs per job in TXT, DOCX and PDF
(one and two columns), in bokmål, nynorsk, Swedish, Danish and English.

The set was written without reading Sikte's rules, without reading the CVs of
eval/ or of the earlier held-out sets, and without running Sikte on it. Every
CV x requirement is labelled by hand with what a careful, fair recruiter
concludes on TODAY, under the conventions of eval/README.md (met, not_met,
unclear, manual). Never adjust a label to Sikte's output.

It reuses make_eval.py (the CV model S/L/I/KV/cv, the renderers, the job-file
writer and its checks), make_holdout.py (plain_text, the e-mail pattern) and
scripts/fixtures/cvlib.py, and refuses: what make_eval.py refuses, a fragment
quoted with single quotes in a `why` that is not in the CV, an e-mail address
outside example.*, and any job slug, person or town of eval/, eval-holdout/,
eval-holdout2/, eval-holdout3/ or eval-holdout4/. Python 3.11 standard library
only. Every person, employer, school, town, e-mail address and phone number is
invented.
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
from make_eval import CV, I, KV, L, S, cv  # noqa: E402

cvlib = me.cvlib
ROOT = me.ROOT
OUT = os.path.join(ROOT, "eval-holdout5")
SCRIPT = "scripts/eval/make_holdout5.py"
TODAY = me.TODAY  # 2026-11-27, written into every job file

# Towns of eval/ and eval-holdout/ ... eval-holdout4/; none may appear here.
USED_TOWNS = mh4.USED_TOWNS + ("Ospevik", "Rimdal", "Kvernhaug", "Lyngstø", "Hovdeland", "Brännvik", "Ormsjö",
                               "Videbäck", "Klintrup", "Hylleskov", "Egebølle", "Marshbury", "Pilecko",
                               "Kharnivka", "Velankad", "Koivuranta")
TOWNS = "Lomvik, Sildebu, Rognstad and Tyrihaug in Norway; Alvsätra, Mossbacka and Renvik in Sweden; " \
        "Hasselbøl, Kirkelund and Vibækby in Denmark; Harrowmere, Kherivka, Kalnowo Dolne and Bayamor abroad"

JOBS: list[me.Job] = []


def job(slug, title, lang, profession, reqs: list[tuple[str, str]], *cvs: CV) -> None:
    JOBS.append(me.Job(slug, title, lang, profession, [r for r, _ in reqs], [k for _, k in reqs], list(cvs)))


# ===========================================================================
# 1. nb: Frisør
# ===========================================================================

job(
    "frisor", "Frisør til salong i sentrum", "nb", "hairdresser",
    [
        ("Fagbrev som frisør", "education"),
        ("Minst 2 års erfaring som frisør", "experience"),
        ("Gode norskkunnskaper muntlig og skriftlig", "language"),
        ("Erfaring med bookingsystemet Timma eller Fresha", "must_mention"),
        ("Må kunne jobbe lørdager", "manual"),
    ],
    cv("ingvild-brekkestad.txt", "nb", "txt", "one-column", "MMMMX",
       "'Fagbrev i frisørfaget' 2019, frisør since 08.2019 (7 years; the læretid not counted), bookings in Fresha",
       "Ingvild Brekkestad", "Frisør",
       S("contact", L("Tlf. 123 46 201"), L("ingvild.brekkestad@example.no"), L("Lomvik")),
       S("profile", "Utdannet frisør med fagbrev og sju års erfaring fra salong. Jobber med klipp, farge og "
                    "striper, og liker å gi kundene gode råd om hårpleie."),
       S("exp",
         I("08.2019 – d.d.", "Frisør, Salong Saks og Speil, Lomvik",
           "Klipp, farge, balayage og herreklipp", "Timebestilling og kasse i Fresha"),
         I("08.2017 – 06.2019", "Lærling, Hårhuset Tyrihaug", "Læretid i frisørfaget")),
       S("edu",
         I("2019", "Fagbrev i frisørfaget"),
         I("2015 – 2017", "Vg1 og Vg2 frisør, blomster, interiør og eksponeringsdesign, Lomvik vgs.")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – godt")),
       bullet="* "),
    cv("sindre-aasvang.docx", "nn", "docx", "table", "MMMMX",
       "nynorsk CV; fagprøve passed June 2020 ('fagbrev som frisør'), barber/frisør since 09/2020, 'Timebok i Timma'",
       "Sindre Åsvang", "Frisør og barber",
       S("profile", "Eg er ein blid og nøyaktig frisør med fagbrev frå 2020. Spesialisert på herreklipp, fade "
                    "og skjeggstell."),
       S("exp",
         I("01/2021 – no", "Frisør/barber, Barber Bjørnhaug, Sildebu", "Herreklipp, fade og skjeggstell",
           "Timebok i Timma"),
         I("09/2020 – 12/2020", "Frisør (vikar), Klippotek Rognstad")),
       S("edu",
         I("2018 – 2020", "Lærling i frisørfaget, Klippotek Rognstad",
           "Fagprøve bestått juni 2020 – fagbrev som frisør"),
         I("2016 – 2018", "Vg1 og Vg2 frisør, Sildebu vidaregåande skule")),
       S("lang", L("Norsk: morsmål"), L("Engelsk: godt munnleg")),
       S("contact", L("123 46 202"), L("sindre.aasvang@example.net"))),
    cv("elvira-lindqvist.pdf", "sv", "pdf", "two-column", "UMUMX",
       "Swedish 'Gesällbrev, frisör', not a Norwegian fagbrev; frisör since 2016; 'Norska – förstår bra' says "
       "nothing of speaking or writing; Timma named",
       "Elvira Lindqvist", "Frisör med gesällbrev",
       S("contact", L("08-465 004 11"), L("elvira.lindqvist@example.se"), L("Alvsätra")),
       S("lang", L("Svenska – modersmål"), L("Norska – förstår bra"), L("Engelska – god")),
       S("profile", "Frisör sedan 2016. Söker nu tjänst i Norge och flyttar till Lomvik i januari."),
       S("exp",
         I("2018 – nu", "Frisör, Salong Lugg & Lock, Alvsätra", "Klippning, färgning och slingor",
           "Bokning i Bokadirekt och Timma"),
         I("2016 – 2018", "Frisör, Hårstudion Mossbacka")),
       S("edu",
         I("2016", "Gesällbrev, frisör"),
         I("2013 – 2016", "Hantverksprogrammet, frisör, Mossbacka gymnasium")),
       order="right-first"),
    cv("mathilde-eikrem.docx", "nb", "docx", "one-column", "MUMMX",
       "fagbrev 2025; frisør only since 08.2025 (16 months); the two lærling years do not count",
       "Mathilde Eikrem", "Nyutdannet frisør",
       S("contact", L("Tlf: 123 46 203"), L("E-post: mathilde.eikrem@example.com")),
       S("profile", "Fikk fagbrev våren 2025 og har jobbet fast som frisør siden august samme år."),
       S("exp",
         I("08.2025 – nå", "Frisør, Hårfin Tyrihaug", "Klipp og farge, dame og herre",
           "Bruker Fresha til timebestilling og kasse"),
         I("08.2023 – 06.2025", "Lærling i frisørfaget, Hårfin Tyrihaug")),
       S("edu",
         I("2025", "Fagbrev som frisør"),
         I("2021 – 2023", "Vg1 frisør, blomster, interiør og eksponeringsdesign; Vg2 frisør, Tyrihaug vgs.")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – gode kunnskaper"))),
    cv("torbjorg-haugsvaer.txt", "nn", "txt", "badly-written", "MMMUX",
       "badly written nynorsk; fagbrev 2012 and salon work since; bookings 'på sms eller telefon', no Timma or Fresha",
       raw="""
torbjørg haugsvær
frisør
tlf 123 46 205  torbjorg.h@example.org

eg har fagbrev som frisør frå 2012 og har jobba på salong sidan då, fyrst hos Hårkunst Sildebu (2012-2018) og sidan 2018 har eg eigen stol på Salong Krølla i Rognstad.
eg kan klipp, farge, permanent og brudefrisyrar.
kundane bestiller time på sms eller telefon, eg skriv i timeboka.
norsk er morsmålet mitt.
eg kan jobbe laurdagar.
"""),
    cv("oksana-hrytsenko.pdf", "en", "pdf", "right-dates", "MMNMX",
       "Norwegian fagbrev as praksiskandidat; hairdresser since 2012 in two countries; 'Norwegian – B1' is below "
       "\"gode norskkunnskaper\"",
       "Oksana Hrytsenko", "Hairdresser",
       S("contact", L("Rognstad, Norway"), L("Phone 123 46 206"), L("oksana.hrytsenko@example.com")),
       S("profile", "Hairdresser and colour specialist with a Norwegian trade certificate."),
       S("exp",
         I("09/2020 – present", "Hairdresser, Salong Krølla, Rognstad", "Colour, cuts and extensions",
           "Bookings in Fresha"),
         I("2012 – 2019", "Hairdresser, Salon Oksamyt, Kherivka, Ukraine")),
       S("edu",
         I("2020", "Fagbrev i frisørfaget (Norwegian trade certificate), praksiskandidat"),
         I("2009 – 2012", "Vocational school of hairdressing, Kherivka")),
       S("lang", L("Ukrainian – native"), L("Norwegian – B1 (Norskprøven 2021)"), L("English – B2")),
       date_first=True),
)


# ===========================================================================
# 2. sv: Målare
# ===========================================================================

job(
    "malare", "Målare till bostadsrenovering", "sv", "painter",
    [
        ("Yrkesbevis som målare", "education"),
        ("Minst 3 års erfarenhet som målare", "experience"),
        ("B-körkort", "driving_licence"),
        ("Ställningsutbildning upp till 9 meter", "certificate"),
        ("Goda kunskaper i svenska i tal och skrift", "language"),
        ("Drogtest genomförs innan anställning", "manual"),
    ],
    cv("joakim-sundelius.docx", "sv", "docx", "one-column", "MMMMMX",
       "'Yrkesbevis, måleri' 2016, målare since 2016 (lärling years not counted), 'Ställningsbyggnad 2–9 m'",
       "Joakim Sundelius", "Byggnadsmålare",
       S("contact", L("08-465 004 12"), L("joakim.sundelius@example.se"), L("Renvik")),
       S("profile", "Yrkesutbildad målare med tio år i branschen, både inomhus och fasad."),
       S("exp",
         I("2019 – nu", "Målare, Renvik Måleri AB", "Invändig renovering av bostäder, tapetsering, sprutmålning"),
         I("2016 – 2019", "Målare, Färgmästarna i Alvsätra AB"),
         I("2014 – 2016", "Målarlärling, Färgmästarna i Alvsätra AB")),
       S("edu",
         I("2016", "Yrkesbevis, måleri (Måleribranschens Yrkesnämnd)"),
         I("2011 – 2014", "Bygg- och anläggningsprogrammet, inriktning måleri, Renvik gymnasium")),
       S("cert", L("Ställningsbyggnad 2–9 m, 2022"), L("Härdplastutbildning, 2020")),
       S("lic", "B"),
       S("lang", L("Svenska – modersmål"), L("Engelska – bra"))),
    cv("eirik-storbekken.txt", "nb", "txt", "one-column", "UMMUUX",
       "Norwegian 'Fagbrev i malerfaget', not a Swedish yrkesbevis; Norwegian 'Stillaskurs modul 1–3'; "
       "'Svensk – forstår og snakker godt' says nothing of writing",
       "Eirik Storbekken", "Maler med fagbrev",
       S("contact", L("Tlf. 123 46 207"), L("eirik.storbekken@example.no")),
       S("profile", "Erfaren maler fra Norge som ønsker å jobbe i Sverige. Flytter til Renvik i februar."),
       S("exp",
         I("2013 – d.d.", "Maler, Tyrihaug Malerservice AS", "Innvendig og utvendig maling, sparkling, tapetsering")),
       S("edu",
         I("2013", "Fagbrev i malerfaget"),
         I("2009 – 2011", "Vg1 bygg- og anleggsteknikk, Vg2 overflateteknikk, Tyrihaug vgs.")),
       S("cert", L("Stillaskurs modul 1–3 (stillas inntil 9 meter), 2019")),
       S("lic", "Klasse B"),
       S("lang", L("Norsk – morsmål"), L("Svensk – forstår og snakker godt"), L("Engelsk – godt")),
       sep="   "),
    cv("amanda-frykholm.pdf", "sv", "pdf", "two-column", "MMMMMX",
       "'Yrkesbevis målare' 2019, byggnadsmålare since aug 2019 (7 years), 'BE' includes B, 'Ställningsbehörighet 2–9 meter'",
       "Amanda Frykholm", "Målare",
       S("contact", L("08-465 004 13"), L("amanda.frykholm@example.se"), L("Mossbacka")),
       S("lic", L("BE")),
       S("lang", L("Svenska (modersmål)"), L("Engelska (flytande)")),
       S("cert", L("Ställningsbehörighet 2–9 meter (2024)")),
       S("profile", "Målare med yrkesbevis sedan 2019. Van vid både nyproduktion och ROT-jobb."),
       S("exp",
         I("aug 2019 – nu", "Byggnadsmålare, Mossbacka Bygg & Måleri", "Spackling, tapetsering och fasadmålning"),
         I("2017 – 2019", "Lärling, Mossbacka Bygg & Måleri")),
       S("edu",
         I("2019", "Yrkesbevis målare"),
         I("2014 – 2017", "Bygg- och anläggningsprogrammet, Mossbacka gymnasium")),
       order="rows"),
    cv("linnea-hagg.txt", "sv", "txt", "dates-after", "MUMUMX",
       "yrkesbevis aug 2024; målare only since sep 2024 (26 months), lärling years not counted; the scaffolding "
       "course 'planerad januari 2027'",
       "Linnea Hägg", "Målare",
       S("contact", L("linnea.hagg@example.com"), L("08-465 004 14")),
       S("exp",
         I("sep 2024 – nu", "Målare, Alvsätra Fasad AB", "Fasadtvätt, fasadmålning och fönsterrenovering"),
         I("2022 – 2024", "Målarlärling, Alvsätra Fasad AB")),
       S("edu",
         I("aug 2024", "Yrkesbevis som målare"),
         I("2019 – 2022", "Bygg- och anläggningsprogrammet (måleri), Alvsätra gymnasieskola")),
       S("cert", L("Ställningsutbildning upp till 9 meter – planerad januari 2027")),
       S("lic", "B-körkort"),
       S("lang", L("Svenska: modersmål"), L("Engelska: god"))),
    cv("tomasz-wierzbinski.pdf", "en", "pdf", "one-column", "MMNMNX",
       "yrkesbevis held, painter since 2015 in Poland and Sweden; 'No driving licence'; 'Swedish – B1' is below "
       "\"goda kunskaper\"",
       "Tomasz Wierzbinski", "Painter and decorator",
       S("contact", L("08-465 004 15"), L("tomasz.wierzbinski@example.com")),
       S("profile", "Painter with a Swedish trade certificate and eleven years of experience in Poland and Sweden."),
       S("exp",
         I("03/2018 – present", "Painter, Renvik Måleri AB", "Renovation of flats, wallpapering, spray painting"),
         I("2015 – 2018", "Painter and decorator, Remontex, Kalnowo Dolne, Poland")),
       S("edu",
         I("2020", "Yrkesbevis (Swedish painter's trade certificate), Måleribranschens Yrkesnämnd"),
         I("2010 – 2013", "Vocational school, painter and decorator, Kalnowo Dolne")),
       S("cert", L("Scaffolding training up to 9 m (ställningsutbildning 2–9 m), 2021")),
       S("lic", "No driving licence – I commute by public transport"),
       S("lang", L("Polish – native"), L("Swedish – B1 (SFI course D completed)"), L("English – B2"))),
    cv("roger-almkvist.docx", "sv", "docx", "europass", "UMMMMX",
       "målare since 2008 with his own firm, but no yrkesbevis: only 'Byggprogrammet, inriktning måleri'",
       "Roger Almkvist", "Målare",
       S("contact", KV("Telefon", "08-465 004 16"), KV("E-post", "roger.almkvist@example.se"),
         KV("Ort", "Renvik")),
       S("exp",
         I("2012 – nu", "Målare, egen firma (Almkvists Måleri, Renvik)", "ROT-jobb åt privatpersoner och BRF:er"),
         I("2008 – 2012", "Målare, Renvik Måleri AB")),
       S("edu", I("2005 – 2008", "Byggprogrammet, inriktning måleri, Renvik gymnasium")),
       S("cert", L("Ställningsbyggnad 2–9 m (förnyad 2023)")),
       S("lic", KV("Körkort", "B")),
       S("lang", KV("Modersmål", "Svenska"), KV("Engelska", "B1"))),
)


# ===========================================================================
# 3. da: Radiograf
# ===========================================================================

job(
    "radiograf", "Radiograf til Billeddiagnostisk Afdeling", "da", "radiographer",
    [
        ("Autoriseret radiograf", "authorisation"),
        ("Professionsbachelor i radiografi", "education"),
        ("Minimum 2 års erfaring som radiograf", "experience"),
        ("Erfaring med CT-scanning", "must_mention"),
        ("Gode danskkundskaber i skrift og tale", "language"),
        ("Kendskab til RIS/PACS", "must_mention"),
        ("Der indhentes straffeattest ved ansættelse", "manual"),
    ],
    cv("signe-morkholt.pdf", "da", "pdf", "one-column", "MMMMMMX",
       "authorised 2020, professionsbachelor, radiograf since sep. 2020 with CT, 'RIS/PACS (Sectra)'",
       "Signe Mørkholt", "Autoriseret radiograf",
       S("contact", L("Tlf. +45 12 34 61 01"), L("signe.morkholt@example.dk"), L("Hasselbøl")),
       S("profile", "Radiograf med seks års erfaring fra konventionel røntgen, CT og MR."),
       S("exp",
         I("sep. 2020 – nu", "Radiograf, Billeddiagnostisk Afdeling, Hasselbøl Sygehus",
           "CT-scanning af akutte og elektive patienter", "MR-skanninger, primært columna og knæ"),
         I("2017 – 2020", "Studentermedhjælper, portør, Hasselbøl Sygehus")),
       S("edu", I("2017 – 2020", "Professionsbachelor i radiografi, Professionshøjskolen Kirkelund")),
       S("auth", L("Autoriseret radiograf, Styrelsen for Patientsikkerhed (2020)")),
       S("skills", L("RIS/PACS (Sectra)"), L("Strålehygiejne")),
       S("lang", L("Dansk – modersmål"), L("Engelsk – flydende"))),
    cv("rasmus-krogsgaard.docx", "da", "docx", "dates-after", "MMMMMMX",
       "'Aut. radiograf', 'Radiograf (professionsbachelor)', radiograf since aug. 2018, 'CT-skanninger', 'PACS og RIS'",
       "Rasmus Krogsgaard", "Radiograf, prof.bach.",
       S("contact", L("+45 12 34 61 02"), L("rasmus.krogsgaard@example.dk")),
       S("profile", "Jeg blev uddannet radiograf i 2018 og har siden arbejdet med røntgen og CT i både akut- og "
                    "ambulant regi."),
       S("exp",
         I("feb. 2021 – d.d.", "Radiograf, Røntgen og Skanning, Vibækby Regionshospital",
           "Akutte CT-skanninger og traumeskanninger"),
         I("aug. 2018 – jan. 2021", "Radiograf, Kirkelund Privathospital",
           "Konventionel røntgen og knoglemineralmåling (DXA)")),
       S("edu", I("2015 – 2018", "Radiograf (professionsbachelor), Professionshøjskolen Kirkelund")),
       S("auth", "Aut. radiograf, autorisations-ID 0R7K2"),
       S("skills", L("PACS og RIS i daglig drift"), L("Kontrastinjektor")),
       S("lang", L("Dansk: modersmål"), L("Engelsk: godt"))),
    cv("ebba-sjostrand.pdf", "sv", "pdf", "two-column", "UMMMNMX",
       "Swedish legitimation, Danish authorisation only applied for; kandidatexamen i radiografi counts; "
       "'Danska – B1' is below \"gode danskkundskaber\"",
       "Ebba Sjöstrand", "Legitimerad röntgensjuksköterska",
       S("contact", L("08-465 004 17"), L("ebba.sjostrand@example.se")),
       S("lang", L("Svenska – modersmål"), L("Danska – B1"), L("Engelska – C1")),
       S("skills", L("Sectra RIS/PACS"), L("CT, MR, genomlysning")),
       S("profile", "Röntgensjuksköterska som flyttar till Danmark. Ansökan om dansk autorisation är inskickad "
                    "till Styrelsen for Patientsikkerhed (oktober 2026)."),
       S("auth", L("Legitimerad röntgensjuksköterska, Socialstyrelsen, 2017")),
       S("exp",
         I("2017 – nu", "Röntgensjuksköterska, Röntgenkliniken, Mossbacka lasarett", "Datortomografi (CT) och MR")),
       S("edu",
         I("2014 – 2017", "Röntgensjuksköterskeprogrammet, kandidatexamen i radiografi, 180 hp")),
       order="left-first"),
    cv("freja-kjaergaard.txt", "da", "txt", "one-column", "MMUMMMX",
       "newly qualified: radiograf since 'feb. 2026' (10 months); 'Klinisk undervisning (praktik)' does not count",
       "Freja Kjærgaard", "Nyuddannet radiograf",
       S("contact", L("+45 12 34 61 03"), L("freja.kjaergaard@example.dk")),
       S("profile", "Nyuddannet radiograf, der trives i et travlt akutmiljø."),
       S("exp",
         I("feb. 2026 – nu", "Radiograf, Røntgenafsnittet, Vibækby Regionshospital", "Konventionel røntgen og CT"),
         I("2023 – 2025", "Klinisk undervisning (praktik), Hasselbøl Sygehus")),
       S("edu", I("jan. 2026", "Professionsbachelor i radiografi, Professionshøjskolen Kirkelund")),
       S("auth", "Autoriseret radiograf, 2026"),
       S("skills", L("RIS/PACS"), L("Patientforberedelse og kontrastmidler")),
       S("lang", "Dansk (modersmål), engelsk (godt)"),
       upper=False, rule=True),
    cv("gareth-wrenfield.docx", "en", "docx", "table", "MMMMMMX",
       "UK-trained with Danish authorisation granted; BSc Diagnostic Radiography = same degree; radiographer "
       "since 2014; 'Prøve i Dansk 3' is B2",
       "Gareth Wrenfield", "Diagnostic radiographer",
       S("contact", L("+45 12 34 61 04"), L("gareth.wrenfield@example.co.uk")),
       S("profile", "UK-trained radiographer living in Denmark since 2024."),
       S("auth", L("Autoriseret radiograf (Danish authorisation, March 2025)"), L("HCPC registered, 2014")),
       S("exp",
         I("04/2025 – present", "Radiograf, Billeddiagnostisk Afdeling, Hasselbøl Sygehus", "CT and conventional X-ray"),
         I("09/2014 – 12/2023", "Diagnostic Radiographer, Harrowmere General Hospital",
           "CT scanning incl. CT angiography", "RIS and PACS (Agfa)")),
       S("edu", I("2011 – 2014", "BSc (Hons) Diagnostic Radiography, University of Harrowmere")),
       S("lang", L("English – native"), L("Danish – Prøve i Dansk 3 passed (2024)"))),
    cv("kristoffer-vaage.pdf", "nb", "pdf", "right-dates", "UMMMUMX",
       "Norwegian 'Autorisasjon som radiograf', not Danish; 'Dansk – forstår godt' says nothing of speaking or writing",
       "Kristoffer Vaage", "Radiograf",
       S("contact", L("123 46 208"), L("kristoffer.vaage@example.no")),
       S("profile", "Norsk radiograf som ønsker å flytte til Danmark med familien."),
       S("auth", L("Autorisasjon som radiograf (Helsepersonellregisteret), 2019")),
       S("exp",
         I("aug. 2019 – d.d.", "Radiograf, Bildediagnostikk, Lomvik sykehus", "CT, MR og gjennomlysning",
           "RIS/PACS (Sectra)")),
       S("edu", I("2016 – 2019", "Bachelor i radiografi, Høgskolen i Lomvik")),
       S("lang", L("Norsk – morsmål"), L("Dansk – forstår godt"), L("Engelsk – flytende"))),
)


# ===========================================================================
# 4. nn: Apotekteknikar
# ===========================================================================

job(
    "apotekteknikar", "Apotekteknikar til apotek i sentrum", "nn", "pharmacy technician",
    [
        ("Utdanning som apotekteknikar", "education"),
        ("Minst eitt års erfaring frå apotek", "experience"),
        ("Gode munnlege og skriftlege norskkunnskapar", "language"),
        ("Kjennskap til FarmaPro", "must_mention"),
        ("Må kunne arbeide annakvar laurdag", "manual"),
    ],
    cv("gunnhild-tveitane.txt", "nn", "txt", "one-column", "MMMMX",
       "'Vitnemål som apotekteknikar' 2021, apotekteknikar since 2021, 'Reseptekspedering i FarmaPro'",
       "Gunnhild Tveitane", "Apotekteknikar",
       S("contact", L("Tlf. 123 46 211"), L("gunnhild.tveitane@example.no")),
       S("profile", "Apotekteknikar med fem års erfaring frå reseptekspedisjon og kundebehandling i apotek."),
       S("exp",
         I("2021–no", "Apotekteknikar, Sildebu Apotek", "Reseptekspedering i FarmaPro",
           "Varebestilling og vareteljing"),
         I("2019–2021", "Butikkmedarbeidar (deltid), Nærbutikken Sildebu")),
       S("edu",
         I("2021", "Vitnemål som apotekteknikar"),
         I("2018–2021", "Vg1 helse- og oppvekstfag, Vg2 og Vg3 apotekteknikk, Sildebu vidaregåande skule")),
       S("lang", L("Norsk: morsmål"), L("Engelsk: godt")),
       sep=" | "),
    cv("henrik-myrseth.docx", "nb", "docx", "one-column", "MMMMX",
       "bokmål CV for a nynorsk ad; 'Apotektekniker, Vg3 (apotekteknikk)', apotektekniker since 03.2017, 'FarmaPro (reseptekspedisjon)'",
       "Henrik Myrseth", "Apotektekniker",
       S("contact", L("123 46 212"), L("henrik.myrseth@example.com"), L("Rognstad")),
       S("profile", "Apotektekniker med bred erfaring fra reseptur, multidose og egenomsorg."),
       S("exp",
         I("03.2017 – d.d.", "Apotektekniker, Fjordapoteket Rognstad",
           "Ekspedering av resepter, multidose og kundeveiledning")),
       S("edu", I("2014 – 2017", "Apotektekniker, Vg3 (apotekteknikk), Rognstad videregående skole")),
       S("skills", L("FarmaPro (reseptekspedisjon)"), L("Kasse og varemottak")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – godt"))),
    cv("matilda-ekblad.pdf", "sv", "pdf", "two-column", "MMUUX",
       "Swedish YH apotekstekniker is the same training; apotek since 2019; 'Norska – förstår' only; no FarmaPro",
       "Matilda Ekblad", "Apotekstekniker",
       S("contact", L("08-465 004 18"), L("matilda.ekblad@example.se")),
       S("lang", L("Svenska – modersmål"), L("Norska – förstår"), L("Engelska – god")),
       S("skills", L("Receptexpediering"), L("Egenvårdsrådgivning")),
       S("profile", "Utbildad apotekstekniker som vill flytta till Norge."),
       S("exp", I("2019 – nu", "Apotekstekniker, Apoteket Renvik", "Receptexpediering och egenvård")),
       S("edu", I("2017 – 2019", "Apotekstekniker, yrkeshögskoleutbildning (YH), 400 YH-poäng, Renvik")),
       order="right-first"),
    cv("ragnhild-oppedal.docx", "nn", "docx", "table", "UMMMX",
       "six years in 'Tyrihaug Apotek' as butikkmedarbeidar count as experience from an apotek, but no "
       "apotekteknikar education",
       "Ragnhild Oppedal", "Butikkmedarbeidar",
       S("contact", L("123 46 213"), L("ragnhild.oppedal@example.org")),
       S("profile", "Eg har jobba seks år på apotek, mest med handelsvarer, kasse og kundeservice, og ønskjer no "
                    "å bli apotekteknikar."),
       S("exp",
         I("2020 – no", "Butikkmedarbeidar, Tyrihaug Apotek", "Kasse i FarmaPro, varemottak og handelsvarer"),
         I("2018 – 2020", "Kassemedarbeidar, Daglegvare Tyrihaug")),
       S("edu", I("2015 – 2018", "Vg1 og Vg2 sal, service og reiseliv, Vg3 påbygging, Tyrihaug vidaregåande skule")),
       S("lang", L("Norsk: morsmål"), L("Engelsk: middels"))),
    cv("maricel-dumalagan.pdf", "en", "pdf", "one-column", "UMNUX",
       "apotektekniker course 'expected June 2027'; pharmacy assistant abroad 2016–2024 counts; 'Norwegian – B1' is "
       "below \"gode\"; no FarmaPro",
       "Maricel Dumalagan", "Pharmacy assistant",
       S("contact", L("Phone 123 46 214"), L("maricel.dumalagan@example.com"), L("Lomvik")),
       S("profile", "Pharmacy assistant from the Philippines, living in Norway since 2024. Currently taking the "
                    "apotektekniker programme for adults."),
       S("exp",
         I("01/2025 – present", "Cleaner (part-time), Rent Hus AS, Lomvik"),
         I("2016 – 2024", "Pharmacy Assistant, Farmacia Luntian, Bayamor", "Dispensing prescriptions, inventory")),
       S("edu",
         I("2025 – 2027", "Apotektekniker, Vg3 for adults, Lomvik – expected June 2027"),
         I("2014 – 2016", "Pharmacy Aide Certificate, Bayamor Technical Institute")),
       S("lang", L("Filipino – native"), L("English – C1"), L("Norwegian – B1"))),
)


# ===========================================================================
# 5. en: Customer Service Advisor
# ===========================================================================

job(
    "customer-service", "Customer Service Advisor, Nordic support team", "en", "customer service advisor",
    [
        ("Completed upper secondary education", "education"),
        ("At least 1 year of experience in customer service", "experience"),
        ("Fluent Swedish or Norwegian, written and spoken", "language"),
        ("Good written and spoken English", "language"),
        ("Experience with Zendesk or Salesforce Service Cloud", "must_mention"),
        ("You must be able to work shifts, including weekends", "manual"),
    ],
    cv("alva-runesson.docx", "en", "docx", "one-column", "MMMMMX",
       "'Upper secondary diploma (gymnasieexamen)', customer service since Feb 2021, Swedish native, Zendesk",
       "Alva Runesson", "Customer Service Agent",
       S("contact", L("08-465 004 19"), L("alva.runesson@example.se")),
       S("profile", "Patient and structured customer service agent with phone, chat and e-mail support since 2021."),
       S("exp",
         I("Feb 2024 – present", "Team Lead Customer Support, Nordhem Energi AB, Alvsätra"),
         I("Feb 2021 – Jan 2024", "Customer Service Agent, Nordhem Energi AB", "Handled 60–80 tickets a day in Zendesk")),
       S("edu", I("2019", "Upper secondary diploma (gymnasieexamen), Social Science Programme, Alvsätra gymnasium")),
       S("lang", L("Swedish – native"), L("English – fluent"), L("German – basic"))),
    cv("noah-bergkvist.pdf", "sv", "pdf", "two-column", "MMMMMX",
       "Swedish CV: 'Gymnasieexamen', kundtjänst since 2018, 'Engelska – flytande i tal och skrift', "
       "'Salesforce Service Cloud'",
       "Noah Bergkvist", "Kundtjänstmedarbetare",
       S("contact", L("08-465 004 20"), L("noah.bergkvist@example.se")),
       S("lang", L("Svenska – modersmål"), L("Engelska – flytande i tal och skrift"), L("Finska – grundläggande")),
       S("skills", L("Salesforce Service Cloud"), L("Telefoni: Puzzel")),
       S("profile", "Lugn och lösningsorienterad kundtjänstmedarbetare."),
       S("exp",
         I("2018 – nu", "Kundtjänstmedarbetare, Renvik Försäkring AB", "Ärendehantering i telefon, chatt och mejl",
           "Kvälls- och helgpass")),
       S("edu", I("2014 – 2017", "Gymnasieexamen, Ekonomiprogrammet, Renvik gymnasium")),
       order="rows"),
    cv("jonas-skarsbo.txt", "nb", "txt", "one-column", "MUMMMX",
       "customer service only since '01/2026' (10 months, part-time); the warehouse job is another field",
       "Jonas Skarsbø", "Kundebehandler",
       S("contact", L("123 46 215"), L("jonas.skarsbo@example.no")),
       S("profile", "Serviceinnstilt, tålmodig og rask på tastaturet."),
       S("exp",
         I("01/2026 – d.d.", "Kundeservicemedarbeider (deltid 60 %), Lomvik Bredbånd AS", "Chat og e-post i Zendesk"),
         I("2023 – 2025", "Lagermedarbeider (ekstrahjelp), Rognstad Logistikk")),
       S("edu", I("2019 – 2022", "Videregående skole, studiespesialisering, Rognstad vgs. (vitnemål 2022)")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – god muntlig og skriftlig"))),
    cv("mikkel-ravnholt.docx", "da", "docx", "table", "MMUMMX",
       "Danish native; 'Norsk og svensk – forstår det godt' is understanding only, Danish is not asked for",
       "Mikkel Ravnholt", "Kundeservicemedarbejder",
       S("contact", L("+45 12 34 61 05"), L("mikkel.ravnholt@example.dk")),
       S("profile", "Jeg har ti års erfaring med kundeservice på telefon og chat og søger et job i et nordisk team."),
       S("exp",
         I("2024 – nu", "Supporter, Vibækby Webshop ApS"),
         I("2016 – 2024", "Kundeservicemedarbejder, Kirkelund Telecom A/S", "Sager i Zendesk")),
       S("edu", I("2012 – 2015", "Studentereksamen (STX), Kirkelund Gymnasium")),
       S("lang", L("Dansk – modersmål"), L("Engelsk – flydende"), L("Norsk og svensk – forstår det godt"))),
    cv("stian-oddevold.pdf", "en", "pdf", "right-dates", "UMMMUX",
       "only 'Vg1 and Vg2 electrical' shown, no completed upper secondary; 'Puzzel and Freshdesk', not Zendesk or Salesforce",
       "Stian Oddevold", "Customer support specialist",
       S("contact", L("123 46 216"), L("stian.oddevold@example.net")),
       S("profile", "Norwegian customer support specialist with eleven years in call centres."),
       S("exp",
         I("2018 – present", "Customer Support Specialist, Tyrihaug Strøm AS",
           "Phone and chat support in Puzzel and Freshdesk"),
         I("2015 – 2018", "Call centre agent, Lomvik Kundesenter")),
       S("edu", I("2012 – 2014", "Vg1 and Vg2 electrical, Lomvik upper secondary school")),
       S("lang", L("Norwegian – native"), L("English – fluent"))),
    cv("ida-karlberg.txt", "sv", "txt", "badly-written", "MMMMMX",
       "badly written: 'gick ut gymnasiet 2020', kundtjänst 'sen 2021', 'i zendesk', "
       "'engelska pratar o skriver jag obehindrat'",
       raw="""
ida karlberg
ida.karlberg@example.com  08-465 004 21

hej! jag gick ut gymnasiet 2020 (barn- och fritidsprogrammet) och har jobbat på kundtjänst sen 2021.
jobbar nu på Mossbacka Resor, svarar på mejl och chatt i zendesk, ca 70 ärenden om dagen.
svenska är mitt modersmål och engelska pratar o skriver jag obehindrat.
kan jobba helger och kvällar
"""),
)


# ===========================================================================
# 6. nb: HR-rådgiver
# ===========================================================================

job(
    "hr-radgiver", "HR-rådgiver i personalavdelingen", "nb", "HR adviser",
    [
        ("Relevant utdanning på bachelornivå innen HR, personalledelse eller tilsvarende", "education"),
        ("Minst 3 års erfaring fra HR-arbeid", "experience"),
        ("God kjennskap til arbeidsmiljøloven", "must_mention"),
        ("Erfaring med Visma HRM eller SAP SuccessFactors", "must_mention"),
        ("Svært gode norskkunnskaper muntlig og skriftlig", "language"),
        ("Du må kunne sikkerhetsklareres", "manual"),
    ],
    cv("marte-fjeldstad.pdf", "nb", "pdf", "two-column", "MMMMMX",
       "'Bachelor i HR og personalledelse', HR since 2016, 'Arbeidsmiljøloven og hovedavtalen', 'Visma HRM'",
       "Marte Fjeldstad", "HR-rådgiver",
       S("contact", L("123 46 217"), L("marte.fjeldstad@example.no")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – flytende")),
       S("skills", L("Visma HRM"), L("Rekruttering og onboarding"), L("Arbeidsmiljøloven og hovedavtalen")),
       S("profile", "HR-rådgiver med ti års erfaring fra privat og offentlig sektor."),
       S("exp",
         I("2019 – d.d.", "HR-rådgiver, Rognstad kommune",
           "Rådgivning til ledere i personalsaker og oppfølging av sykefravær"),
         I("2016 – 2019", "HR-konsulent, Tyrihaug Bemanning AS")),
       S("edu", I("2013 – 2016", "Bachelor i HR og personalledelse, Høgskolen i Lomvik")),
       order="left-first"),
    cv("ashild-bergsli.docx", "nn", "docx", "europass", "MMMMMX",
       "nynorsk: 'Bachelorgrad i organisasjon og leiing' is equivalent, personalrådgivar since 2015, 'Arbeidsmiljølova', "
       "'SAP SuccessFactors (superbrukar)'",
       "Åshild Bergsli", "Personalrådgivar",
       S("contact", KV("Telefon", "123 46 218"), KV("E-post", "ashild.bergsli@example.no")),
       S("exp",
         I("2015 – no", "Personalrådgivar, Sildebu kommune",
           "Personalsaker, rekruttering og sekretær for arbeidsmiljøutvalet")),
       S("edu", I("2011 – 2014", "Bachelorgrad i organisasjon og leiing, Høgskulen i Sildebu")),
       S("skills", L("Arbeidsmiljølova og hovudavtalen i KS"), L("SAP SuccessFactors (superbrukar)")),
       S("lang", KV("Morsmål", "Norsk"), KV("Engelsk", "C1"))),
    cv("karin-wahlstedt.pdf", "sv", "pdf", "one-column", "MMUUMX",
       "personalvetare, HR since 2018; Swedish 'arbetsmiljölagen', not the Norwegian act; 'Visma Lön 600' is not "
       "Visma HRM; 'Norska – talar och skriver obehindrat (C1)'",
       "Karin Wåhlstedt", "HR-specialist",
       S("contact", L("08-465 004 22"), L("karin.wahlstedt@example.se")),
       S("profile", "HR-specialist med åtta års erfarenhet, nu på väg till Norge."),
       S("exp",
         I("2018 – nu", "HR-specialist, Alvsätra kommun", "Arbetsrätt: LAS, arbetsmiljölagen och kollektivavtal",
           "Lönesystem: Visma Lön 600")),
       S("edu", I("2015 – 2018", "Personalvetarprogrammet, kandidatexamen, Mossbacka högskola")),
       S("lang", L("Svenska – modersmål"), L("Norska – talar och skriver obehindrat (C1)"), L("Engelska – flytande"))),
    cv("trond-kvalheim-bye.docx", "nb", "docx", "table", "MUMMMX",
       "økonomi og administrasjon with 'fordypning i organisasjon og personalledelse' counts; HR only since "
       "09.2024 (26 months), the accounting years do not count; 'Arbeidsrett for HR (AML)'",
       "Trond Kvalheim-Bye", "Lønns- og personalkonsulent",
       S("contact", L("123 46 219"), L("trond.kvalheim-bye@example.com")),
       S("profile", "Økonom som har gått over fra regnskap til HR."),
       S("exp",
         I("09.2024 – d.d.", "Lønns- og personalkonsulent, Lomvik Havn KF",
           "Lønnskjøring og personaladministrasjon i Visma HRM"),
         I("2012 – 08.2024", "Regnskapsmedarbeider, Rognstad Regnskap AS")),
       S("edu", I("2009 – 2012", "Bachelor i økonomi og administrasjon, fordypning i organisasjon og "
                                 "personalledelse, Handelshøyskolen i Lomvik")),
       S("cert", L("Arbeidsrett for HR (AML), 2025")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – godt"))),
    cv("priya-raghunathan.pdf", "en", "pdf", "two-column", "MMMMNX",
       "MSc HRM, HR since 2015, 'Norwegian Working Environment Act', SuccessFactors; 'Norwegian – B2' is below "
       "\"svært gode\"",
       "Priya Raghunathan", "HR Business Partner",
       S("contact", L("123 46 220"), L("priya.raghunathan@example.com")),
       S("lang", L("English – native"), L("Tamil – native"), L("Norwegian – B2 (Norskprøven)")),
       S("skills", L("SAP SuccessFactors"), L("Norwegian Working Environment Act")),
       S("profile", "HR business partner in Norway since 2019."),
       S("exp",
         I("2019 – present", "HR Business Partner, Tyrihaug Subsea AS"),
         I("2015 – 2019", "HR Generalist, Brightwell Software, Harrowmere")),
       S("edu", I("2013 – 2015", "MSc Human Resource Management, University of Harrowmere")),
       order="right-first"),
    cv("silje-almenning.txt", "nb", "txt", "dates-after", "UMMMMX",
       "HR-koordinator since 2017, but the bachelor is 'forventet ferdig juni 2027'",
       "Silje Almenning", "HR-koordinator",
       S("contact", L("123 46 221"), L("silje.almenning@example.no")),
       S("exp",
         I("2017 – d.d.", "HR-koordinator, Sildebu Sjømat AS",
           "Rekruttering, arbeidskontrakter og HMS etter arbeidsmiljøloven", "Personalregister i Visma HRM")),
       S("edu",
         I("2024 – 2027", "Bachelor i personalledelse (deltid), forventet ferdig juni 2027"),
         I("2013 – 2016", "Videregående skole, studiespesialisering")),
       S("lang", L("Norsk: morsmål"), L("Engelsk: godt"))),
)


# --------------------------------------------------------------------------
# The README's closing sections, written by hand
# --------------------------------------------------------------------------

HARD_CASES = [
    "### Hard cases, on purpose",
    "",
    "Education: a Norwegian fagbrev written several ways (\"Fagbrev i frisørfaget\", \"fagbrev som",
    "frisør\" inside a fagprøve line, \"Fagbrev i frisørfaget (Norwegian trade certificate),",
    "praksiskandidat\") against a Swedish gesällbrev; a Swedish yrkesbevis written \"Yrkesbevis,",
    "måleri (Måleribranschens Yrkesnämnd)\", \"Yrkesbevis målare\" and in English, against a",
    "Norwegian fagbrev i malerfaget and a gymnasium programme \"inriktning måleri\" without",
    "yrkesbevis; the Danish professionsbachelor as \"Radiograf (professionsbachelor)\", a Swedish",
    "kandidatexamen i radiografi and a UK BSc (Hons) Diagnostic Radiography; apotekteknikar as",
    "a vitnemål, a Vg3 in bokmål, a Swedish YH apotekstekniker, Vg2 sal og service, and an",
    "adult course \"expected June 2027\"; upper secondary as gymnasieexamen, STX, studie-",
    "spesialisering, \"gick ut gymnasiet\", and only \"Vg1 and Vg2\"; \"bachelor innen HR,",
    "personalledelse eller tilsvarende\" met by organisasjon og leiing, personalvetare, økonomi",
    "og administrasjon with an HR specialisation and an MSc, and not by a degree \"forventet",
    "ferdig juni 2027\". Experience: lærling and praktik years that do not count (frisør,",
    "målare, klinisk undervisning), months just short (16, 26, 26, 10 and 10 months), a",
    "butikkmedarbeidar in a pharmacy for \"erfaring frå apotek\", pharmacy work abroad,",
    "röntgensjuksköterska for radiograf, an accountant turned HR. Authorisation: Danish",
    "\"Aut. radiograf\", granted to a UK radiographer, applied for by a Swedish legitimerad",
    "röntgensjuksköterska, Norwegian only. Certificates: Swedish ställningsutbildning 2–9 m as",
    "\"Ställningsbehörighet\", \"Ställningsbyggnad\", in English, renewed or \"planerad januari",
    "2027\", against the Norwegian stillaskurs modul 1–3. Must-mention lines met by variants",
    "(\"Timebok i Timma\", \"CT-skanninger\", \"Datortomografi (CT)\", \"PACS og RIS\", \"Sectra RIS/PACS\",",
    "lower-case \"zendesk\", \"Arbeidsmiljølova\", \"AML\", \"Norwegian Working Environment Act\") or not",
    "(\"timeboka\", Puzzel and Freshdesk, Visma Lön, the Swedish arbetsmiljölagen). Licences:",
    "\"BE\", \"No driving licence\". Languages: CEFR B1 under \"gode\"/\"goda\", B2 under \"svært",
    "gode\", C1 met, Prøve i Dansk 3, \"förstår bra\", \"forstår godt\", \"forstår det godt\" for",
    "Norwegian and Swedish from a Dane, and an \"or\" line met by Swedish or Norwegian alone.",
    "Two badly written TXT CVs.",
    "",
    "### Labelling decisions specific to this set",
    "",
    "The conventions of `eval/README.md` and of the earlier held-out sets apply. In addition:",
    "",
    "- **Fagbrev som frisør** (no \"or equivalent\"): a Norwegian fagbrev, also as",
    "  praksiskandidat, counts; a Swedish gesällbrev is `unclear`.",
    "- **Yrkesbevis som målare** is the Swedish trade certificate of Måleribranschens",
    "  Yrkesnämnd; a Norwegian fagbrev i malerfaget and a gymnasium programme with no",
    "  yrkesbevis named are `unclear`. The Norwegian stillaskurs (modul 1–3) is another",
    "  scheme than the Swedish ställningsutbildning 2–9 m and is `unclear`.",
    "- **\"Erfarenhet som målare\" / \"erfaring som frisør\"** count jobs in the trade in any",
    "  country and with or without the certificate; lärling years do not count.",
    "- **Autoriseret radiograf** is Danish; a Norwegian autorisasjon or a Swedish legitimation",
    "  with the Danish one applied for is `unclear`. A Swedish kandidatexamen i radiografi and",
    "  a UK BSc Diagnostic Radiography are the same degree as the professionsbachelor;",
    "  röntgensjuksköterska and diagnostic radiographer jobs are radiograf experience. Prøve i",
    "  Dansk 3 is read as B2 and meets \"gode danskkundskaber\".",
    "- **Utdanning som apotekteknikar**: the Norwegian Vg3 apotekteknikk and the Swedish YH",
    "  apotekstekniker (same field and level) count; a Philippine pharmacy aide certificate",
    "  does not, and the Norwegian course under way is `unclear`. **\"Erfaring frå apotek\"**",
    "  names a workplace: any job in a pharmacy, in any role and any country, counts.",
    "- **Completed upper secondary education**: gymnasieexamen, STX, vitnemål and \"gick ut",
    "  gymnasiet\" count; only Vg1 and Vg2 is `unclear`. A Dane who only understands Norwegian",
    "  and Swedish does not show \"fluent Swedish or Norwegian\" (`unclear`).",
    "- **HR-rådgiver**: organisasjon og leiing, personalvetarprogrammet and økonomi og",
    "  administrasjon with fordypning i personalledelse are \"tilsvarende\"; HR-koordinator,",
    "  personalrådgivar, lønns- og personalkonsulent and HR business partner are HR work;",
    "  \"arbeidsmiljøloven\" is Norwegian, the Swedish arbetsmiljölagen is `unclear`; Visma Lön",
    "  is not Visma HRM. \"Svært gode norskkunnskaper\" asks for C1 or native; a stated B2 is",
    "  `not_met`.",
    "",
]


# --------------------------------------------------------------------------
# Checks of our own (on top of make_eval.check_data)
# --------------------------------------------------------------------------


def check_holdout5() -> None:
    mh.check_blind_set(JOBS, me.JOBS + mh.JOBS + mh2.JOBS + mh3.JOBS + mh4.JOBS, USED_TOWNS, per_job=(5, 7), min_qualified=2)


# --------------------------------------------------------------------------
# README (generated, so its figures always match the set)
# --------------------------------------------------------------------------



def readme() -> str:
    n_all = sum(len(j.cvs) for j in JOBS)
    out = [
        "# Sikte's fifth held-out evaluation set",
        "",
        f"{len(JOBS)} fictional jobs and {n_all} fictional CVs, labelled by hand requirement by",
        "requirement, in the same layout and job-file format as `eval/` (see `eval/README.md`",
        "for the format, the label meanings and the labelling conventions). It exists to measure",
        "accuracy again on CVs the rules were never tuned on: written without reading Sikte's",
        "rules, without reading the CVs of `eval/` or of the earlier held-out sets",
        "(`eval-holdout/` ... `eval-holdout4/`) and without running Sikte on it, and no label",
        "was ever set from Sikte's output. Its professions are common ones in Nordic job ads",
        "and appear in no earlier set. Keep it that way: do not tune rules on these CVs; once",
        "a rule changes because of a disagreement found here, the set is no longer held out,",
        "and its figures become a regression check.",
        "",
        "Everything here is invented for Sikte: people, employers, schools, towns",
        f"({TOWNS}), e-mail addresses (`example.*`) and phone numbers (unreal",
        "ranges: `123 46 2xx` in Norway, the Swedish fiction range `08-465 004 xx`,",
        "`+45 12 34 61 xx` in Denmark). Nothing is copied from `/work/shared/corpus`, from the",
        "earlier sets or from any real CV or job ad. Product and scheme names in CVs (Timma,",
        "Fresha, Bokadirekt, Måleribranschens Yrkesnämnd, Sectra, Agfa, HCPC, Prøve i Dansk 3,",
        "FarmaPro, Zendesk, Salesforce Service Cloud, Puzzel, Freshdesk, Visma HRM, Visma Lön,",
        "SAP SuccessFactors) are named as real ads and CVs name them.",
        "Licence: the same as the project (MIT OR Apache-2.0).",
        "",
        "The format is the one of `eval/`, so Sikte's evaluator reads this folder as it reads",
        "`eval/`; report its figures for each set separately.",
        "",
        "## Regenerate, never edit",
        "",
        "```sh",
        f"python3 {SCRIPT}            # (re)writes eval-holdout5/, removes stale files",
        f"python3 {SCRIPT} --verify   # generates twice elsewhere: byte-identical, and eval-holdout5/ fresh?",
        "```",
        "",
        "The script imports `scripts/eval/make_eval.py` (CV model, TXT/DOCX/PDF renderers,",
        "job-file writer, checks), `scripts/eval/make_holdout.py` (text extraction for the",
        "checks), `scripts/eval/make_holdout2.py`, `scripts/eval/make_holdout3.py` and",
        "`scripts/eval/make_holdout4.py` (only to refuse their people, slugs and towns) and",
        "`scripts/fixtures/cvlib.py`. It refuses what `make_eval.py` refuses (wrong number of",
        "labels, unknown label, `manual` on a non-manual line or the reverse, duplicate files,",
        "PDF text outside Windows-1252) and also a fragment quoted with single quotes in a `why`",
        "that is not in the CV, an e-mail address outside `example.*`, a job with fewer than two",
        "qualified CVs, and any job slug, person or town of `eval/` or `eval-holdout/` ...",
        "`eval-holdout4/`. This README is generated too.",
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
    check_holdout5()
    return me.run(argv, OUT, generate, JOBS, __doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
