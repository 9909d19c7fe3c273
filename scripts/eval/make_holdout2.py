#!/usr/bin/env python3
"""Write Sikte's second held-out evaluation set: eval-holdout2/README.md, jobs/<job>.toml, cvs/<job>/<file>.

    python3 scripts/eval/make_holdout2.py            # (re)write eval-holdout2/
    python3 scripts/eval/make_holdout2.py --verify   # generate twice in temporary folders and check both
                                                     # runs and eval-holdout2/ are byte-identical

A third labelled set in the same layout and job-file format as eval/ and
eval-holdout/, written after eval-holdout/ had been used to change the rules,
so that accuracy can again be measured on CVs the rules were never tuned on.
Six fictional jobs in professions that neither earlier set uses (construction
machine operator nb, physiotherapist nn, dental nurse sv, welder da, project
manager en, medical secretary nb) with 6-7 requirement lines each, and 5-6
fictional CVs per job in TXT, DOCX and PDF (one and two columns), in bokmål,
nynorsk, Swedish, Danish and English.

The set was written without reading Sikte's rules, without reading the CVs of
eval-holdout/ and without running Sikte on it. Every CV x requirement is
labelled by hand with what a careful, fair recruiter concludes on TODAY, under
the conventions of eval/README.md (met, not_met, unclear, manual). Never
adjust a label to Sikte's output.

It reuses make_eval.py (the CV model S/L/I/KV/cv, the renderers, the job-file
writer and its checks), make_holdout.py (plain_text, the e-mail pattern) and
scripts/fixtures/cvlib.py, and refuses: what make_eval.py refuses, a fragment
quoted with single quotes in a `why` that is not in the CV, an e-mail address
outside example.*, and any job slug, person or town of eval/ or eval-holdout/.
Python 3.11 standard library only. Every person, employer, school, town,
e-mail address and phone number is invented.
"""

from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_eval as me  # noqa: E402
import make_holdout as mh  # noqa: E402
from make_eval import CV, I, KV, L, S, cv  # noqa: E402

cvlib = me.cvlib
ROOT = me.ROOT
OUT = os.path.join(ROOT, "eval-holdout2")
SCRIPT = "scripts/eval/make_holdout2.py"
TODAY = me.TODAY  # 2026-11-27, written into every job file

# Towns of eval/ and of eval-holdout/; none may appear here.
USED_TOWNS = mh.EVAL_TOWNS + ("Tindvik", "Lyngmo", "Elvheim", "Ekhamn", "Tallmora", "Lindåker", "Strandkær",
                              "Bøgelund", "Markbjerg", "Lyngkøbing", "Westmoor", "Upėnai", "Lipowo")
TOWNS = "Steinvåg, Bjørkli and Nordvoll in Norway; Sjöhamra and Björnvik in Sweden; Kløverup and Rørkær " \
        "in Denmark; Cedarholm and Dębnik abroad"

JOBS: list[me.Job] = []


def job(slug, title, lang, profession, reqs: list[tuple[str, str]], *cvs: CV) -> None:
    JOBS.append(me.Job(slug, title, lang, profession, [r for r, _ in reqs], [k for _, k in reqs], list(cvs)))


# ===========================================================================
# 1. nb: Anleggsmaskinfører
# ===========================================================================
job("anleggsmaskinforer", "Anleggsmaskinfører, vei og grunnarbeid", "nb", "construction machine operator", [
    ("Maskinførerbevis klasse M2 og M4", "certificate"),
    ("Fagbrev i anleggsmaskinførerfaget", "education"),
    ("Minst 3 års erfaring som maskinfører", "experience"),
    ("Førerkort kl. C", "driving_licence"),
    ("Erfaring med maskinstyring (GPS/3D)", "must_mention"),
    ("Gode kunnskaper i norsk eller engelsk, muntlig og skriftlig", "language"),
    ("Må kunne jobbe på anlegg med ukependling", "manual"),
],
    cv("torstein-hagebakken.docx", "nb", "docx", "table", "MMMMMMX",
       "Meets everything: 'M1, M2, M3, M4 og M6', fagbrev 2016, operator since 2016, 'B, BE, C og CE' (CE gives C), "
       "Trimble 3D machine control.",
       "Torstein Hagebakken", "Anleggsmaskinfører · Steinvåg · torstein.hagebakken@example.no · 123 45 801",
       S("profile", "Erfaren maskinfører fra vei, VA og tomtearbeid. Trives best på store gravemaskiner."),
       S("exp", I("2019 – d.d.", "Maskinfører, Steinvåg Entreprenør AS", "Gravemaskin 30 tonn på E-vegprosjekt",
                  "Trimble 3D maskinstyring og stikking"),
         I("2016 – 2019", "Maskinfører, Bjørkli Graving AS", "Hjullaster og gravemaskin i grustak")),
       S("edu", I("2014 – 2016", "Lærling, Bjørkli Graving AS"),
         I("2016", "Fagbrev i anleggsmaskinførerfaget"),
         I("2012 – 2014", "Vg1 bygg- og anleggsteknikk, Vg2 anleggsteknikk, Steinvåg videregående skole")),
       S("cert", L("Maskinførerbevis: M1, M2, M3, M4 og M6"), L("Arbeidsvarsling kurs 1 (2024)")),
       S("lic", "B, BE, C og CE"),
       S("lang", "Norsk – morsmål", "Engelsk – god")),
    cv("oddvar-haugland.txt", "nn", "txt", "dates-after", "MMMMMMX",
       "Nynorsk; operator years split by a gap (08.2021 – 07.2022 and 01.2024 – d.d., about four years); "
       "'Klasse B, C1 og C'; 'GPS-styring' is machine control.",
       "Oddvar Haugland", "Anleggsmaskinførar · Nordvoll · oddvar.haugland@example.no · 123 45 802",
       S("profile", "Maskinførar som tok fagbrev i 2021. Eg var eitt år på sjøen før eg kom attende til anlegg."),
       S("exp", I("01.2024 – d.d.", "Maskinførar, Nordvoll Maskin AS", "Gravemaskin og dumper på fylkesveg",
                  "GPS-styring (Leica) på gravemaskina"),
         I("08.2022 – 12.2023", "Matros, Havsule Shipping AS"),
         I("08.2021 – 07.2022", "Maskinførar, Steinvåg Entreprenør AS", "Tomtearbeid og grøfter")),
       S("edu", I("2021", "Fagbrev som anleggsmaskinførar"), I("2017 – 2019", "Vg1 og Vg2, Nordvoll vidaregåande skule")),
       S("cert", "Maskinførarbevis M2, M3, M4 og M5"),
       S("lic", "Klasse B, C1 og C"),
       S("lang", "Norsk – morsmål", "Engelsk – grunnleggjande"),
       bullet="* ", upper=False),
    cv("kristine-lervik.pdf", "nb", "pdf", "right-dates", "MMUUMMX",
       "Fagbrev 2024 after an apprenticeship (which does not count), operator only since 02/2024, 34 months, under "
       "three years; 'Førerkort: B og C1' has no C.",
       "Kristine Lervik", "Anleggsmaskinfører · Bjørkli · kristine.lervik@example.no · 123 45 803",
       S("profile", "Ung maskinfører med fagbrev og god erfaring med maskinstyring. Ønsker større prosjekter."),
       S("exp", I("02/2024 – nå", "Maskinfører, Bjørkli Graving AS", "Gravemaskin 14 og 22 tonn",
                  "3D-maskinstyring fra Topcon"),
         I("2022 – 2024", "Lærling i anleggsmaskinførerfaget, Bjørkli Graving AS")),
       S("edu", I("2024", "Fagbrev anleggsmaskinfører"), I("2020 – 2022", "Vg1 og Vg2, Bjørkli videregående skole")),
       S("cert", "Maskinførerbevis M2, M3 og M4"),
       S("lic", "Førerkort: B og C1"),
       S("lang", "Norsk – morsmål", "Engelsk – flytende"),
       date_first=True),
    cv("nils-bergqvist.pdf", "sv", "pdf", "two-column", "UUMMMUX",
       "Swedish operator: a Swedish MYK kompetensbevis is not the Norwegian maskinførerbevis and the Swedish "
       "yrkesbevis has no Norwegian approval; ten years and CE are fine; 'Norska – förstår bra' and "
       "'Engelska – grundläggande' do not show good written Norwegian or English.",
       "Nils Bergqvist", "Anläggningsmaskinförare · Sjöhamra, Sverige",
       S("contact", "Sjöhamra, Sverige", "nils.bergqvist@example.se", "070-174 06 61"),
       S("lic", "B, C och CE"),
       S("lang", "Svenska – modersmål", "Norska – förstår bra", "Engelska – grundläggande"),
       S("cert", "Kompetensbevis MYK: grävmaskin och hjullastare", "Heta arbeten (2024)"),
       S("profile", "Grävmaskinist sedan 2016, vill arbeta i Norge på veckopendling."),
       S("exp", I("2016 – nu", "Grävmaskinist, Sjöhamra Schakt AB", "Väg och VA, GPS-styrning (Topcon) sedan 2020")),
       S("edu", I("2016", "Yrkesbevis anläggningsmaskinförare (MYK)"),
         I("2012 – 2015", "Bygg- och anläggningsprogrammet, Sjöhamra gymnasium")),
       order="right-first"),
    cv("liam-oconnell.docx", "en", "docx", "one-column", "MMMUMMX",
       "English CV: Norwegian maskinførerbevis and fagbrev, eleven years, 3D machine guidance, but 'categories B "
       "and BE' has no C.",
       "Liam O'Connell", "Machine operator · Nordvoll, Norway · liam.oconnell@example.com · 123 45 804",
       S("profile", "Irish-born excavator operator, living in Norway since 2013."),
       S("exp", I("2015 – present", "Machine operator, Nordvoll Maskin AS", "Excavators and wheel loaders on road "
                                                                           "projects", "Leica 3D machine guidance"),
         I("2013 – 2015", "Apprentice, Nordvoll Maskin AS")),
       S("edu", I("2015", "Trade certificate (fagbrev) as construction machinery operator, Norway"),
         I("2008 – 2011", "Leaving Certificate, Cedarholm Community School, Ireland")),
       S("cert", "Norwegian operator's certificate (maskinførerbevis): M2, M3, M4"),
       S("lic", "Full driving licence, categories B and BE"),
       S("lang", "English – native", "Norwegian – fluent")),
    cv("are-sundset.txt", "nb", "txt", "badly-written", "MNMMMMX",
       "Lower-case prose: twelve years on excavators and 'maskinførerbevis på M1-M6', lorry licence 'kl C' and GPS, "
       "but 'har ikke fagbrev'.",
       raw="""
cv are sundset

are sundset, steinvåg. are.sundset@example.no, tlf 123 45 805

har kjørt gravemaskin i 12 år, fra 2014 til nå hos sundset maskin (eget firma, far min startet det).
har ikke fagbrev, men har maskinførerbevis på M1-M6.
sertifikat på lastebil (kl C) og bil.
gps på graveren siste 5 år, novatron.
norsk er morsmålet mitt, kan litt engelsk.
"""),
)

# ===========================================================================
# 2. nn: Fysioterapeut
# ===========================================================================
job("fysioterapeut", "Fysioterapeut i kommunal helse- og omsorgsteneste", "nn", "physiotherapist", [
    ("Autorisasjon som fysioterapeut", "authorisation"),
    ("Bachelor i fysioterapi", "education"),
    ("Minst to års erfaring som fysioterapeut", "experience"),
    ("Førarkort klasse B", "driving_licence"),
    ("Gode norskkunnskapar munnleg og skriftleg", "language"),
    ("Kjennskap til kvardagsrehabilitering", "must_mention"),
    ("Politiattest må leggjast fram", "manual"),
],
    cv("gunnhild-rysstad.docx", "nn", "docx", "bold-headings", "MMMMMMX",
       "Meets everything in nynorsk; bold-text headings, kvardagsrehabilitering among the tasks.",
       "Gunnhild Rysstad", "Fysioterapeut · Nordvoll · gunnhild.rysstad@example.no · 123 45 806",
       S("profile", "Fysioterapeut med åtte år i kommunehelsetenesta. Oppteken av at folk skal meistre kvardagen."),
       S("exp", I("sep. 2018 – d.d.", "Fysioterapeut, Nordvoll kommune", "Heimebasert rehabilitering og "
                                                                         "kvardagsrehabilitering",
                  "Fallførebygging og trening i grupper")),
       S("edu", I("2015 – 2018", "Bachelor i fysioterapi, Nordvoll høgskule")),
       S("auth", "Autorisert fysioterapeut, HPR-nr. 4567890"),
       S("lic", "Klasse B"),
       S("lang", "Norsk – morsmål", "Engelsk – god")),
    cv("henrik-skarstein.pdf", "nb", "pdf", "one-column", "MMMMMMX",
       "Bokmål; bachelor plus a master, physiotherapy over three jobs (11 + 16 + 35 months), 'Hverdagsrehabilitering' "
       "is the bokmål form.",
       "Henrik Skarstein", "Fysioterapeut · Bjørkli · henrik.skarstein@example.no · 123 45 807",
       S("profile", "Fysioterapeut med master i idrettsfysioterapi og erfaring fra både privat praksis og kommune."),
       S("exp", I("01/2024 – nå", "Fysioterapeut, Bjørkli kommune", "Hverdagsrehabilitering i hjemmetjenesten"),
         I("09/2022 – 12/2023", "Fysioterapeut, Bjørkli Fysikalske Institutt"),
         I("08/2021 – 06/2022", "Fysioterapeut (vikariat), Steinvåg sykehjem")),
       S("edu", I("2022 – 2023", "Master i idrettsfysioterapi, deltid, Bjørkli universitet"),
         I("2018 – 2021", "Bachelorgrad i fysioterapi (180 stp), Steinvåg høyskole")),
       S("auth", "Autorisasjon som fysioterapeut (2021)"),
       S("lic", "Førerkort kl. B"),
       S("lang", "Norsk – morsmål", "Engelsk – flytende")),
    cv("elsa-lindqvist.pdf", "sv", "pdf", "two-column", "UMMMMMX",
       "Swedish physiotherapist: fysioterapeutexamen is the same degree, seven years, Norwegian B2 in speech and "
       "writing, vardagsrehabilitering; a Swedish legitimation is not yet a Norwegian authorisation.",
       "Elsa Lindqvist", "Fysioterapeut · Björnvik, Sverige",
       S("contact", "Björnvik, Sverige", "elsa.lindqvist@example.se", "070-174 06 62"),
       S("lic", "B-körkort"),
       S("lang", "Svenska – modersmål", "Norska – B2 muntligt och skriftligt (Norskprøven 2026)",
         "Engelska – mycket goda kunskaper"),
       S("auth", "Legitimerad fysioterapeut (Socialstyrelsen, 2019)"),
       S("profile", "Fysioterapeut i hemrehabilitering. Flyttar till Norge våren 2027."),
       S("exp", I("2019 – nu", "Fysioterapeut, Björnviks kommun", "Vardagsrehabilitering i hemtjänsten",
                  "Förskrivning av hjälpmedel")),
       S("edu", I("2016 – 2019", "Fysioterapeutexamen (kandidatexamen), Sjöhamra högskola")),
       order="left-first"),
    cv("synnove-tveit.txt", "nn", "txt", "one-column", "MMUNMMX",
       "Newly qualified: bachelor June 2025 and authorisation, but 15 months as physiotherapist since 09.2025 "
       "(practice placements do not count), and 'Eg har ikkje førarkort'.",
       "Synnøve Tveit", "Fysioterapeut · Steinvåg · synnove.tveit@example.no · 123 45 808",
       S("profile", "Nyutdanna fysioterapeut med god kjennskap til kvardagsrehabilitering frå praksis."),
       S("exp", I("09.2025 – d.d.", "Fysioterapeut, Steinvåg Fysioterapi AS", "Rygg, nakke og idrettsskadar"),
         I("hausten 2024", "Praksis, kvardagsrehabilitering i Steinvåg kommune (8 veker)")),
       S("edu", I("2022 – 2025", "Bachelor i fysioterapi, Steinvåg høgskule, fullført juni 2025")),
       S("auth", "Autorisasjon som fysioterapeut tildelt august 2025"),
       S("lic", "Eg har ikkje førarkort"),
       S("lang", "Norsk – morsmål", "Engelsk – flytande")),
    cv("oliver-pennington.pdf", "en", "pdf", "two-column", "MMMMNMX",
       "English CV: BSc (Hons) Physiotherapy and a Norwegian authorisation granted 03/2026, ten years, reablement, "
       "but 'Norwegian – B1' is below good.",
       "Oliver Pennington", "Physiotherapist · Nordvoll, Norway",
       S("contact", "Nordvoll, Norway", "oliver.pennington@example.co.uk", "07700 900 501"),
       S("lic", "Full UK driving licence (category B)"),
       S("lang", "English – native", "Norwegian – B1 (taking a B2 course)"),
       S("auth", "Norwegian authorisation as physiotherapist (HPR), granted 03/2026",
         "HCPC registered physiotherapist (UK)"),
       S("profile", "Community physiotherapist with ten years in reablement and falls prevention."),
       S("exp", I("2016 – 2026", "Community physiotherapist, Cedarholm Health Trust, UK",
                  "Reablement at home after hospital discharge")),
       S("edu", I("2013 – 2016", "BSc (Hons) Physiotherapy, University of Cedarholm")),
       order="right-first", rows=False),
    cv("marte-fossum.docx", "nb", "docx", "table", "UUUMMMX",
       "An occupational therapist: 'Bachelor i ergoterapi' and 'Autorisert ergoterapeut' are another field, six "
       "years as ergoterapeut are not physiotherapy; hverdagsrehabilitering is known.",
       "Marte Fossum", "Ergoterapeut · Bjørkli · marte.fossum@example.no · 123 45 809",
       S("profile", "Ergoterapeut med lang erfaring fra hverdagsrehabilitering. Ønsker å jobbe tettere med trening."),
       S("exp", I("2020 – d.d.", "Ergoterapeut, Bjørkli kommune", "Hverdagsrehabilitering og hjelpemidler")),
       S("edu", I("2017 – 2020", "Bachelor i ergoterapi, Bjørkli universitet")),
       S("auth", "Autorisert ergoterapeut"),
       S("lic", "Førerkort B"),
       S("lang", "Norsk – morsmål", "Engelsk – god")),
)

# ===========================================================================
# 3. sv: Tandsköterska
# ===========================================================================
job("tandskoterska", "Tandsköterska, allmäntandvård", "sv", "dental nurse", [
    ("Du är utbildad tandsköterska", "education"),
    ("Minst ett års erfarenhet som tandsköterska", "experience"),
    ("Flytande svenska i tal och skrift", "language"),
    ("Erfarenhet av journalsystemet T4", "must_mention"),
    ("B-körkort", "driving_licence"),
    ("Du är noggrann, serviceinriktad och har god samarbetsförmåga", "manual"),
],
    cv("frida-holmlund.docx", "sv", "docx", "one-column", "MMMMMX",
       "Meets everything: YH tandsköterska 2020, tandsköterska since then, T4, 'Körkort: B'.",
       "Frida Holmlund", "Tandsköterska · Sjöhamra · frida.holmlund@example.se · 070-174 06 63",
       S("profile", "Tandsköterska med sex år i allmäntandvård. Trygg med barn och tandvårdsrädda patienter."),
       S("exp", I("2020 – nu", "Tandsköterska, Sjöhamra Tandvård", "Assistans, röntgen och sterilrutiner",
                  "Journalföring och tidbok i T4")),
       S("edu", I("2018 – 2020", "Tandsköterskeutbildning, yrkeshögskoleexamen, Sjöhamra YH")),
       S("lic", KV("Körkort", "B")),
       S("lang", "Svenska – modersmål", "Engelska – goda kunskaper")),
    cv("rania-haddad.txt", "sv", "txt", "dates-after", "MMMMMX",
       "Swedish, not her first language but 'flytande'; 75 % post since mars 2025 (21 months by calendar time) "
       "after her 2024 YH exam.",
       "Rania Haddad", "Tandsköterska · Björnvik · rania.haddad@example.se · 070-174 06 64",
       S("profile", "Utbildad tandsköterska som arbetar 75 % och söker heltid."),
       S("exp", I("mars 2025 – nu", "Tandsköterska 75 %, Björnviks Tandläkargrupp", "Journalföring i T4",
                  "Profylax och fluorbehandling"),
         I("2021 – 2022", "Receptionist, Björnvik Hotell")),
       S("edu", I("2022 – juni 2024", "Tandsköterskeprogrammet, 400 YH-poäng, Björnvik YH")),
       S("lic", "B"),
       S("lang", "Arabiska – modersmål", "Svenska – flytande i tal och skrift", "Engelska – god"),
       bullet="• "),
    cv("signe-mollgaard.pdf", "da", "pdf", "two-column", "MMMMNX",
       "Danish klinikassistent: the same trade and level abroad, nine years, Swedish fluent, T4 and Opus, but "
       "'Har ikke kørekort'.",
       "Signe Møllgaard", "Klinikassistent · Kløverup, Danmark",
       S("contact", "Kløverup, Danmark", "signe.mollgaard@example.dk", "+45 12 34 58 01"),
       S("lic", "Har ikke kørekort"),
       S("lang", "Dansk – modersmål", "Svensk – flydende i tale og skrift", "Engelsk – godt"),
       S("skills", "Journalsystemer: T4 og Opus", "Intraoral røntgen"),
       S("profile", "Klinikassistent med ni års erfaring, de seneste fire på en klinik i Sverige."),
       S("exp", I("2022 – nu", "Tandsköterska, Sjöhamra Tandvård (Sverige)"),
         I("2017 – 2022", "Klinikassistent, Kløverup Tandlægehus")),
       S("edu", I("2015 – 2017", "Uddannet klinikassistent (erhvervsuddannelse), Kløverup Tandlægeskole")),
       order="left-first"),
    cv("megan-ashworth.pdf", "en", "pdf", "one-column", "MMNUMX",
       "UK dental nurse: NEBDN diploma and eight years count, but 'Swedish – B1' is below fluent, and she knows "
       "Dentally and R4, not T4.",
       "Megan Ashworth", "Dental nurse · Sjöhamra, Sweden · megan.ashworth@example.co.uk · 07700 900 502",
       S("profile", "GDC-registered dental nurse who moved to Sweden in 2025."),
       S("exp", I("2016 – 2025", "Dental nurse, Cedarholm Dental Care, UK", "Chairside assistance, radiography, "
                                                                           "decontamination",
                  "Patient records in Dentally and R4")),
       S("edu", I("2015 – 2016", "Level 3 Diploma in Dental Nursing (NEBDN)"),
         I("2025 – 2026", "Swedish for immigrants (SFI), completed")),
       S("lic", "Full UK driving licence (B), exchanged for a Swedish licence"),
       S("lang", "English – native", "Swedish – B1")),
    cv("ebba-sandstrom.pdf", "sv", "pdf", "right-dates", "UUMMMX",
       "Still in training ('examen juni 2027'), and her ten months as an outbildad tandsköterska vikarie are "
       "under a year.",
       "Ebba Sandström", "Tandsköterskestuderande · Sjöhamra · ebba.sandstrom@example.se · 070-174 06 65",
       S("profile", "Studerar till tandsköterska och arbetar extra som vikarie."),
       S("exp", I("02/2026 – nu", "Tandsköterska, vikarie utan examen, Sjöhamra Tandvård", "T4, sterilhantering"),
         I("2022 – 2025", "Kassamedarbetare, Sjöhamra Livs")),
       S("edu", I("2025 – 2027", "Tandsköterskeutbildning, Sjöhamra YH, examen juni 2027")),
       S("lic", "B-körkort"),
       S("lang", "Svenska – modersmål", "Engelska – flytande")),
    cv("jessica-tornblom.txt", "sv", "txt", "badly-written", "MMMMMX",
       "Terse lower-case lines: 'jobbat som tandsköterska sen 2011', trained at komvux, T4, 'har b-kort', Swedish "
       "mother tongue.",
       raw="""
jessica törnblom, björnvik
jessica.tornblom@example.se 070-174 06 66
jobbat som tandsköterska sen 2011 på tre olika kliniker i björnvik
utbildad tandsköterska på komvux 2010
t4 och lite opus, har b-kort, svenska är mitt modersmål
"""),
)

# ===========================================================================
# 4. da: Svejser
# ===========================================================================
job("svejser", "Svejser til stålkonstruktioner", "da", "welder", [
    ("Gyldigt svejsecertifikat efter DS/EN ISO 9606-1 (MAG, proces 135/136)", "certificate"),
    ("Uddannet smed, klejnsmed eller svejser", "education"),
    ("Minimum 3 års erfaring som svejser", "experience"),
    ("Kørekort til bil", "driving_licence"),
    ("Du taler dansk eller engelsk", "language"),
    ("Erfaring med tegningslæsning", "must_mention"),
    ("Villig til at arbejde i toholdsskift", "manual"),
],
    cv("kasper-norgaard.docx", "da", "docx", "table", "MMMMMMX",
       "Meets everything: ISO 9606-1 for 135 and 136 renewed 03/2026, svendebrev as klejnsmed, welder since 2012; "
       "'Læser arbejdstegninger' is drawing reading.",
       "Kasper Nørgaard", "Svejser · Rørkær · kasper.norgaard@example.dk · +45 12 34 58 02",
       S("profile", "Svejser med fjorten års erfaring i stål- og konstruktionssvejsning."),
       S("exp", I("2017 – nu", "Svejser, Rørkær Stål A/S", "MAG-svejsning af bjælker og rammer",
                  "Læser arbejdstegninger og svejsesymboler"),
         I("2012 – 2017", "Svejser, Kløverup Maskinfabrik")),
       S("edu", I("2008 – 2012", "Svendebrev som klejnsmed, Rørkær Tekniske Skole")),
       S("cert", "Svejsecertifikat DS/EN ISO 9606-1, proces 135 og 136, P BW og FW, fornyet 03/2026"),
       S("lic", "Kørekort: B"),
       S("lang", "Dansk – modersmål", "Engelsk – godt")),
    cv("tomasz-wrobel.txt", "en", "txt", "one-column", "MMMMMMX",
       "English CV from a Polish welder: ISO 9606-1 for 135 and 136 valid until 09/2027, a Polish welder's "
       "vocational qualification (same trade and level), thirteen years, English C1.",
       "Tomasz Wróbel", "Welder · Rørkær, Denmark · tomasz.wrobel@example.com · +45 12 34 58 03",
       S("profile", "MAG and flux-cored welder, in Denmark since 2019."),
       S("exp", I("2019 – present", "Welder, Rørkær Stål A/S", "Welding of steel structures from workshop drawings"),
         I("2013 – 2019", "Welder, Dębnik Steel Works, Poland")),
       S("edu", I("2010 – 2013", "Vocational qualification as welder, Dębnik Vocational School, Poland")),
       S("cert", "Welding certificate EN ISO 9606-1, MAG 135 and FCAW 136, valid until 09/2027"),
       S("lic", "Driving licence: B"),
       S("lang", "Polish – native", "English – C1", "Danish – A2")),
    cv("mikkel-dahl.pdf", "da", "pdf", "right-dates", "MMUMMMX",
       "Smed with a valid certificate, but welding only since 01/2024 (35 months); the apprenticeship and "
       "warehouse years do not count.",
       "Mikkel Dahl", "Svejser · Kløverup · mikkel.dahl@example.dk · +45 12 34 58 04",
       S("profile", "Uddannet smed, vendt tilbage til faget efter nogle år på lager."),
       S("exp", I("01/2024 – nu", "Svejser, Kløverup Maskinfabrik", "Konstruktionssvejsning efter tegning"),
         I("2016 – 2023", "Lagerarbejder, Rørkær Grossisten"),
         I("2012 – 2016", "Lærling som smed, Kløverup Maskinfabrik")),
       S("edu", I("2016", "Svendebrev som smed")),
       S("cert", "DS/EN ISO 9606-1, 135 og 136 – gyldigt til 2028"),
       S("lic", "Kørekort B"),
       S("lang", "Dansk – modersmål", "Engelsk – middel")),
    cv("viktor-ramsell.pdf", "sv", "pdf", "two-column", "UUMMMMX",
       "Swedish welder: his certificate is 'giltigt till 2024-05', expired; a Swedish upper-secondary programme is "
       "not a Danish svendebrev; eight years, English good, ritningsläsning.",
       "Viktor Ramsell", "Svetsare · Björnvik, Sverige",
       S("contact", "Björnvik, Sverige", "viktor.ramsell@example.se", "070-174 06 67"),
       S("lic", "B-körkort"),
       S("lang", "Svenska – modersmål", "Engelska – goda kunskaper", "Danska – förstår bra"),
       S("cert", "Svetscertifikat SS-EN ISO 9606-1, 135, giltigt till 2024-05"),
       S("profile", "Svetsare inom tung stålkonstruktion. Söker jobb i Danmark."),
       S("exp", I("2018 – nu", "Svetsare, Björnvik Verkstad AB", "Ritningsläsning och MAG-svets")),
       S("edu", I("2015 – 2018", "Industritekniska programmet, inriktning svets, Björnvik gymnasium")),
       order="right-first"),
    cv("eilif-myklebust.docx", "nn", "docx", "dates-after", "MMMMUMX",
       "Norwegian welder in nynorsk: valid ISO 9606-1 and fagbrev as sveisar, but 'Engelsk – grunnleggjande' and "
       "Danish he only understands ('Dansk – forstår godt').",
       "Eilif Myklebust", "Sveisar · Nordvoll · eilif.myklebust@example.no · 123 45 810",
       S("profile", "Sveisar med fagbrev og åtte års erfaring frå verft og verkstad."),
       S("exp", I("2018 – d.d.", "Sveisar, Nordvoll Verft AS", "Les arbeidsteikningar og sveisesymbol")),
       S("edu", I("2018", "Fagbrev som sveisar")),
       S("cert", "Sveisesertifikat NS-EN ISO 9606-1, 135 (MAG) og 136, gyldig til 2027"),
       S("lic", "Førarkort klasse B"),
       S("lang", "Norsk – morsmål", "Dansk – forstår godt", "Engelsk – grunnleggjande")),
    cv("bent-rasmussen.txt", "da", "txt", "badly-written", "MMMMMMX",
       "Terse Danish lines: twenty years welding, klejnsmed, certificate 135/136 'fornyet feb 2026', B licence, "
       "reads drawings.",
       raw="""
bent rasmussen - kløverup - bent.rasmussen@example.dk
har svejset i 20 år, de sidste 11 hos kløverup stålbyg
svendebrev som klejnsmed 2004
certifikat 135 og 136 iso 9606-1, fornyet feb 2026
kørekort B. læser tegninger selv. dansk
"""),
)

# ===========================================================================
# 5. en: Project manager
# ===========================================================================
job("project-manager", "Project Manager, infrastructure projects", "en", "project manager", [
    ("PRINCE2 Practitioner or PMP certification", "certificate"),
    ("Bachelor's degree in engineering or business administration", "education"),
    ("Minimum 5 years of experience as a project manager", "experience"),
    ("Fluent English, spoken and written", "language"),
    ("Good command of Norwegian, Swedish or Danish", "language"),
    ("Experience with MS Project", "must_mention"),
    ("Willing to travel up to 30 % of the time", "manual"),
],
    cv("ingrid-solheim.docx", "en", "docx", "one-column", "MMMMMMX",
       "Meets everything: PMP 2019, an MSc in civil engineering (above a bachelor), project manager since 2015, "
       "Norwegian mother tongue.",
       "Ingrid Solheim", "Project manager · Steinvåg · ingrid.solheim@example.no · 123 45 811",
       S("profile", "Project manager for road and tunnel projects, from tender to handover."),
       S("exp", I("2019 – present", "Senior project manager, Steinvåg Entreprenør AS", "Tunnel upgrades, budgets "
                                                                                      "up to NOK 400 million",
                  "Schedules in MS Project"),
         I("2015 – 2019", "Project manager, Bjørkli Consulting AS")),
       S("edu", I("2010 – 2015", "MSc in Civil Engineering, Bjørkli University of Technology")),
       S("cert", "PMP (Project Management Professional), PMI, 2019"),
       S("lang", "Norwegian – mother tongue", "English – C2")),
    cv("petter-vangsnes.pdf", "nb", "pdf", "two-column", "MMMMMMX",
       "Norwegian CV: 'PRINCE2® Practitioner', a bachelor in økonomi og administrasjon is business administration, "
       "prosjektleder 2017 – 2020 and since 2021 (almost nine years).",
       "Petter Vangsnes", "Prosjektleder · Bjørkli",
       S("contact", "Bjørkli", "petter.vangsnes@example.no", "123 45 812"),
       S("lang", "Norsk – morsmål", "Engelsk – flytende muntlig og skriftlig"),
       S("cert", "PRINCE2® Practitioner (2021)"),
       S("skills", "MS Project og Jira", "Kontraktsstyring (NS 8405)"),
       S("profile", "Prosjektleder i bygg og anlegg med erfaring fra offentlige byggherrer."),
       S("exp", I("2021 – d.d.", "Prosjektleder, Bjørkli kommune, eiendom"),
         I("2020 – 2021", "Foreldrepermisjon og videreutdanning"),
         I("2017 – 2020", "Prosjektleder, Nordvoll Bygg AS")),
       S("edu", I("2011 – 2014", "Bachelor i økonomi og administrasjon, Bjørkli handelshøyskole")),
       order="left-first"),
    cv("annika-wester.txt", "sv", "txt", "one-column", "UMUMMMX",
       "Civilingenjör, but only 'PRINCE2 Foundation' (not Practitioner), and projektledare since jan 2022, 59 "
       "months, just under five years.",
       "Annika Wester", "Projektledare · Sjöhamra · annika.wester@example.se · 070-174 06 68",
       S("profile", "Civilingenjör som gått från konstruktion till projektledning."),
       S("exp", I("jan 2022 – nu", "Projektledare, Sjöhamra Infra AB", "Planering i MS Project"),
         I("2015 – 2021", "Konstruktör, Sjöhamra Infra AB")),
       S("edu", I("2010 – 2015", "Civilingenjör, väg- och vattenbyggnad, Sjöhamra tekniska högskola")),
       S("cert", "PRINCE2 Foundation (2022)"),
       S("lang", "Svenska – modersmål", "Engelska – flytande"),
       sep="   "),
    cv("david-harrowgate.pdf", "en", "pdf", "right-dates", "MUMMNMX",
       "PMP and fourteen years as project manager, but a 'BA in History' is another field and 'Norwegian – A2' "
       "is no good command of a Scandinavian language.",
       "David Harrowgate", "Project manager · Nordvoll, Norway · david.harrowgate@example.co.uk · 07700 900 503",
       S("profile", "Project manager in rail and utilities, moved to Norway in 2025."),
       S("exp", I("2012 – present", "Project manager, Cedarholm Rail Services, UK", "Microsoft Project, "
                                                                                  "risk registers, stakeholders")),
       S("edu", I("2008 – 2011", "BA in History, University of Cedarholm")),
       S("cert", "PMP (Project Management Professional), active until 2027"),
       S("lang", "English – native", "Norwegian – A2")),
    cv("rasmus-kjeldsen.docx", "da", "docx", "bold-headings", "UMMMMMX",
       "Danish cand.polyt. and twelve years as projektleder, but the PMP is only 'forventet marts 2027'.",
       "Rasmus Kjeldsen", "Projektleder · Kløverup · rasmus.kjeldsen@example.dk · +45 12 34 58 05",
       S("profile", "Projektleder på bro- og vejprojekter, vant til internationale teams."),
       S("exp", I("2014 – nu", "Projektleder, Kløverup Rådgivende Ingeniører", "Tidsplaner i Primavera P6 og "
                                                                            "Microsoft Project")),
       S("edu", I("2009 – 2014", "Cand.polyt. (civilingeniør), Kløverup Tekniske Universitet")),
       S("cert", "PMP – certificering forventet marts 2027"),
       S("lang", "Dansk – modersmål", "Engelsk – flydende i skrift og tale")),
    cv("maja-fridell.txt", "en", "txt", "dates-after", "MMMMMMX",
       "English CV from a Swede: PRINCE2 Practitioner, BSc in Business Administration, project manager Jan 2016 – "
       "Dec 2019 and since Mar 2021 with parental leave between, C1 English.",
       "Maja Fridell", "Project manager · Björnvik, Sweden · maja.fridell@example.se · 070-174 06 69",
       S("profile", "Project manager for energy and grid projects."),
       S("exp", I("Mar 2021 – present", "Senior Project Manager, Björnvik Energi AB", "MS Project, budgets and "
                                                                                     "supplier follow-up"),
         I("Jan 2020 – Feb 2021", "Parental leave"),
         I("Jan 2016 – Dec 2019", "Project Manager, Sjöhamra Nät AB")),
       S("edu", I("2011 – 2014", "BSc in Business Administration, Björnvik University")),
       S("cert", "PRINCE2 Practitioner, 2018 (re-registered 2023)"),
       S("lang", "Swedish – native", "English – full professional proficiency (C1)")),
)

# ===========================================================================
# 6. nb: Helsesekretær
# ===========================================================================
job("helsesekretaer", "Helsesekretær ved legekontor", "nb", "medical secretary", [
    ("Autorisasjon som helsesekretær", "authorisation"),
    ("Utdannet helsesekretær", "education"),
    ("Minst 1 års erfaring fra legekontor", "experience"),
    ("Erfaring med journalsystemet CGM Allmenn eller Infodoc", "must_mention"),
    ("Svært gode norskkunnskaper, muntlig og skriftlig", "language"),
    ("Taushetserklæring må signeres ved ansettelse", "manual"),
],
    cv("hilde-brattli.txt", "nb", "txt", "one-column", "MMMMMX",
       "Meets everything: HPR-registered, Vg3 helsesekretær 2015, at a legesenter since then, Infodoc Plenario.",
       "Hilde Brattli", "Helsesekretær · Steinvåg · hilde.brattli@example.no · 123 45 813",
       S("profile", "Helsesekretær med lang erfaring fra skranke, laboratorium og timebok."),
       S("exp", I("2015 – d.d.", "Helsesekretær, Steinvåg legesenter", "Blodprøver, EKG og spirometri",
                  "Timebok og journal i Infodoc Plenario")),
       S("edu", I("2013 – 2015", "Vg2 helseservicefag og Vg3 helsesekretær, Steinvåg videregående skole")),
       S("auth", "Autorisert helsesekretær, HPR-nr. 5678901"),
       S("lang", "Norsk – morsmål", "Engelsk – god")),
    cv("randi-skogheim.docx", "nn", "docx", "table", "MMMMMX",
       "Nynorsk; a 60 % post at a legekontor 01.2021 – 03.2022 is 15 months by calendar time; CGM Allmenn.",
       "Randi Skogheim", "Helsesekretær · Nordvoll · randi.skogheim@example.no · 123 45 814",
       S("profile", "Helsesekretær som likar travle dagar og god struktur."),
       S("exp", I("04.2022 – d.d.", "Helsesekretær, Nordvoll legevakt", "Triage-støtte og journal i CGM Allmenn"),
         I("01.2021 – 03.2022", "Helsesekretær, 60 % stilling, Bjørkli legekontor")),
       S("edu", I("2017 – 2019", "Utdanna helsesekretær (Vg3), Nordvoll vidaregåande skule")),
       S("auth", "Autorisasjon som helsesekretær (2020)"),
       S("lang", "Norsk – morsmål", "Engelsk – god")),
    cv("karin-ostberg.pdf", "sv", "pdf", "one-column", "UUMUMX",
       "Swedish medicinsk sekreterare: not the same training nor an authorisation in Norway; nine years at a "
       "vårdcentral (a GP practice), Norwegian C1, but TakeCare and Cosmic, not CGM or Infodoc.",
       "Karin Östberg", "Medicinsk sekreterare · Sjöhamra · karin.ostberg@example.se · 070-174 06 70",
       S("profile", "Medicinsk sekreterare som vill flytta till Norge."),
       S("exp", I("2016 – 2025", "Medicinsk sekreterare, Sjöhamra vårdcentral", "Journalskrivning i TakeCare och "
                                                                               "Cosmic")),
       S("edu", I("2014 – 2016", "Medicinsk sekreterare, yrkeshögskoleexamen, Sjöhamra YH")),
       S("lang", "Svenska – modersmål", "Norska – C1 (Bergenstesten 2025)", "Engelska – goda kunskaper")),
    cv("amalie-roenning.pdf", "nb", "pdf", "two-column", "UUMMMX",
       "A helsefagarbeider at a legesenter: fagbrev and authorisation as helsefagarbeider, not helsesekretær; her "
       "four years there and CGM Allmenn count.",
       "Amalie Rønning", "Helsefagarbeider · Bjørkli",
       S("contact", "Bjørkli", "amalie.ronning@example.no", "123 45 815"),
       S("lang", "Norsk – morsmål", "Engelsk – middels"),
       S("skills", "CGM Allmenn", "Blodprøvetaking og sårstell"),
       S("profile", "Helsefagarbeider som har jobbet på legesenter i fire år."),
       S("exp", I("2022 – nå", "Helsefagarbeider, Bjørkli legesenter"),
         I("2019 – 2022", "Helsefagarbeider, Bjørkli sykehjem")),
       S("edu", I("2017 – 2019", "Fagbrev som helsefagarbeider")),
       S("auth", "Autorisasjon som helsefagarbeider (2019)"),
       order="right-first"),
    cv("sunniva-lie.docx", "en", "docx", "europass", "MMMMMX",
       "English Europass for a Norwegian job: authorised helsesekretær, GP practice 09/2023 – 08/2024 (exactly "
       "twelve months) before parental leave and a hotel job, Infodoc.",
       "Sunniva Lie", "Medical secretary (helsesekretær) · Nordvoll · sunniva.lie@example.no · 123 45 816",
       S("exp", I("01/2026 – present", "Receptionist", "Nordvoll Fjordhotell"),
         I("09/2024 – 12/2025", "Parental leave"),
         I("09/2023 – 08/2024", "Medical secretary (helsesekretær)", "Bjørkli GP practice (legekontor)",
           "Appointments, blood samples and records in Infodoc"), head="Work experience"),
       S("edu", I("2021 – 2023", "Helsesekretær education (Vg3), Nordvoll upper secondary school"),
         head="Education and training"),
       S("auth", KV("Authorisation", "Authorised helsesekretær, HPR no. 6789012 (2023)"), head="Registration"),
       S("lang", KV("Mother tongue(s)", "Norwegian"), KV("Other language(s)", "English – C1"),
         head="Personal skills")),
)


# --------------------------------------------------------------------------
# Checks of our own (on top of make_eval.check_data)
# --------------------------------------------------------------------------


def check_holdout2() -> None:
    mh.check_blind_set(JOBS, me.JOBS + mh.JOBS, USED_TOWNS, per_job=(5, 6), min_qualified=0)


# --------------------------------------------------------------------------
# README (generated, so its figures always match the set)
# --------------------------------------------------------------------------



HARD_CASES = [
    "### Hard cases, on purpose",
    "",
    "Licence classes: C1 or BE where C is asked for, CE giving C, \"sertifikat på lastebil (kl C)\",",
    "\"B-kort\", a full UK licence; \"Har ikke kørekort\" and \"Eg har ikkje førarkort\".",
    "Operator certificates: Norwegian M classes listed as \"M1-M6\" or one by one, a Swedish",
    "MYK kompetensbevis for a Norwegian maskinførerbevis. Welding certificates to the same",
    "ISO 9606-1 under DS/EN, NS-EN and SS-EN, one expired (\"giltigt till 2024-05\"). PRINCE2",
    "Foundation where Practitioner is asked for; a PMP only expected. Experience just under",
    "(34, 35 and 59 months; 10 and 15 months against one or two years) and just over (exactly",
    "twelve months), summed over jobs with gaps, parental leave and part-time posts;",
    "apprenticeships, placements and an unqualified stand-in that do not count. Degrees in a",
    "neighbouring field (ergoterapi, helsefagarbeider, medicinsk sekreterare, BA in History),",
    "a master's or cand.polyt. above a bachelor's, foreign qualifications in the same trade",
    "(Danish klinikassistent, UK NEBDN dental nursing, a Polish welder's school, a Swedish",
    "fysioterapeutexamen), a Swedish upper-secondary programme, training still under way",
    "(\"examen juni 2027\"), \"har ikke fagbrev\". A Swedish legitimation for a Norwegian",
    "authorisation; another profession's authorisation. Must-mention lines met by a",
    "translation or variant (maskinstyring as GPS-styring, GPS-styrning, machine guidance;",
    "kvardagsrehabilitering as hverdagsrehabilitering, vardagsrehabilitering, reablement;",
    "tegningslæsning as \"læser arbejdstegninger\", ritningsläsning, arbeidsteikningar;",
    "Microsoft Project) or not (Opus, Dentally, R4, TakeCare, Cosmic). Languages at CEFR",
    "levels, verbal levels, \"förstår bra\" / \"forstår godt\" only, \"kan litt engelsk\", a",
    "language only as a course, \"or\" lines met by one language. CVs in English, Swedish,",
    "Danish and nynorsk for jobs in another language.",
    "",
    "### Labelling decisions specific to this set",
    "",
    "The conventions of `eval/README.md` and `eval-holdout/README.md` apply. In addition:",
    "",
    "- **Maskinførerbevis** classes must cover each class asked for (M2 and M4); \"M1-M6\" does.",
    "  A Swedish MYK kompetensbevis is another country's scheme: `unclear`.",
    "- **Welding certificates** to EN ISO 9606-1 are European; the national prefix (DS/, NS-,",
    "  SS-) does not matter, the process numbers and validity do.",
    "- **PRINCE2 Foundation** is not **Practitioner**: `unclear`.",
    "- **Foreign vocational qualifications** in the same trade and level count for",
    "  \"uddannet smed/svejser\" and \"utbildad tandsköterska\" (as a foreign degree does in",
    "  `eval/`); a Swedish upper-secondary programme does not stand for a Danish svendebrev",
    "  (`unclear`), nor does a medicinsk sekreterare for a helsesekretær.",
    "- **\"Svært gode norskkunnskaper\"** is read as C1; a stated C1 meets it.",
    "- **\"Erfaring fra legekontor\"** counts any real job at a GP practice in any role",
    "  (helsefagarbeider, Swedish vårdcentral). An unqualified stand-in counts neither as",
    "  the trade's experience nor as the education.",
    "- **\"Dansk eller engelsk\"**: one is enough; a basic level is `not_met`, \"forstår godt\"",
    "  only is `unclear`, so the line is `unclear` when the best is only understanding.",
    "- A CV written in a language with that language as mother tongue meets a language line",
    "  for it; \"kan litt engelsk\" does not matter where Norwegian already meets an \"or\" line.",
    "",
]


def readme() -> str:
    n_all = sum(len(j.cvs) for j in JOBS)
    out = [
        "# Sikte's second held-out evaluation set",
        "",
        f"{len(JOBS)} fictional jobs and {n_all} fictional CVs, labelled by hand requirement by",
        "requirement, in the same layout and job-file format as `eval/` (see `eval/README.md`",
        "for the format, the label meanings and the labelling conventions). It was written after",
        "`eval-holdout/` had been used to change the rules, to measure accuracy again on CVs the",
        "rules were never tuned on: written without reading Sikte's rules, without reading the",
        "CVs of `eval-holdout/` and without running Sikte on it, and no label was ever set from",
        "Sikte's output. Its professions appear in neither earlier set. Keep it that way: do not",
        "tune rules on these CVs; once a rule changes because of a disagreement found here, the",
        "set is no longer held out, and its figures become a regression check.",
        "",
        "Everything here is invented for Sikte: people, employers, schools, towns",
        f"({TOWNS}), e-mail addresses (`example.*`) and phone numbers (unreal",
        "ranges: `123 45 8xx` in Norway, the Swedish fiction range `070-174 06 6x`/`7x`, the UK",
        "drama range `07700 900 5xx`, `+45 12 34 58 xx` in Denmark). Nothing is copied from",
        "`/work/shared/corpus`, from `eval/`, from `eval-holdout/` or from any real CV or job ad.",
        "Product names in CVs (MS Project, T4, Opus, CGM Allmenn, Infodoc, Trimble, Leica) are",
        "named as real ads name them. Licence: the same as the project (MIT OR Apache-2.0).",
        "",
        "The format is the one of `eval/`, so Sikte's evaluator reads this folder as it reads",
        "`eval/`; report its figures for each set separately.",
        "",
        "## Regenerate, never edit",
        "",
        "```sh",
        f"python3 {SCRIPT}            # (re)writes eval-holdout2/, removes stale files",
        f"python3 {SCRIPT} --verify   # generates twice elsewhere: byte-identical, and eval-holdout2/ fresh?",
        "```",
        "",
        "The script imports `scripts/eval/make_eval.py` (CV model, TXT/DOCX/PDF renderers,",
        "job-file writer, checks), `scripts/eval/make_holdout.py` (text extraction for the",
        "checks) and `scripts/fixtures/cvlib.py`. It refuses what `make_eval.py` refuses (wrong",
        "number of labels, unknown label, `manual` on a non-manual line or the reverse, duplicate",
        "files, PDF text outside Windows-1252) and also a fragment quoted with single quotes in a",
        "`why` that is not in the CV, an e-mail address outside `example.*`, and any job slug,",
        "person or town of `eval/` or `eval-holdout/`. This README is generated too.",
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
    check_holdout2()
    return me.run(argv, OUT, generate, JOBS, __doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
