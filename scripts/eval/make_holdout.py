#!/usr/bin/env python3
"""Write Sikte's held-out evaluation set: eval-holdout/README.md, jobs/<job>.toml, cvs/<job>/<file>.

    python3 scripts/eval/make_holdout.py            # (re)write eval-holdout/
    python3 scripts/eval/make_holdout.py --verify   # generate twice in temporary folders and check both
                                                    # runs and eval-holdout/ are byte-identical

A second labelled set in the same layout and job-file format as eval/, for
measuring accuracy on CVs the rules were never tuned on. Six fictional jobs
(bus driver nb, social educator nn, nurse sv, social and healthcare assistant
da, DevOps engineer en, automation technician nb) with 6-7 requirement lines
each, and 5-6 fictional CVs per job in TXT, DOCX and PDF (one and two
columns), in bokmål, nynorsk, Swedish, Danish and English.

The set was written without reading Sikte's rules and without running Sikte
on it. Every CV x requirement is labelled by hand with what a careful, fair
recruiter concludes on TODAY, under the conventions of eval/README.md (met,
not_met, unclear, manual). Never adjust a label to Sikte's output.

It reuses make_eval.py (the CV model S/L/I/KV/cv, the TXT/DOCX/PDF renderers,
the job-file writer and its checks) and scripts/fixtures/cvlib.py, and adds
its own checks: every fragment quoted with single quotes in a `why` occurs in
the CV's text, every e-mail address is at an example.* domain, and no job
slug, person or town of eval/ is reused. Python 3.11 standard library only.
Every person, employer, school, town, e-mail address and phone number is
invented; nothing is copied from /work/shared/corpus, from eval/ or from any
real CV or ad.
"""

from __future__ import annotations

import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_eval as me  # noqa: E402
from make_eval import CV, I, KV, L, S, cv  # noqa: E402

cvlib = me.cvlib
ROOT = me.ROOT
OUT = os.path.join(ROOT, "eval-holdout")
SCRIPT = "scripts/eval/make_holdout.py"
TODAY = me.TODAY  # 2026-11-27, written into every job file

# Towns used by eval/ and the fixtures; none may appear here.
EVAL_TOWNS = ("Fjellby", "Fjordheim", "Havbu", "Granby", "Vestby", "Horsby", "Kolby", "Malmby", "Sønderby")
# The invented towns of this set (listed in the README).
TOWNS = "Tindvik, Lyngmo and Elvheim in Norway; Ekhamn, Tallmora and Lindåker in Sweden; Strandkær, " \
        "Bøgelund, Markbjerg and Lyngkøbing in Denmark; Westmoor, Upėnai and Lipowo abroad"

JOBS: list[me.Job] = []


def job(slug, title, lang, profession, reqs: list[tuple[str, str]], *cvs: CV) -> None:
    JOBS.append(me.Job(slug, title, lang, profession, [r for r, _ in reqs], [k for _, k in reqs], list(cvs)))


# ===========================================================================
# 1. nb: Bussjåfør, regionale ruter
# ===========================================================================
job("bussjafor", "Bussjåfør, regionale ruter", "nb", "bus driver", [
    ("Førerkort klasse D", "driving_licence"),
    ("Gyldig yrkessjåførkompetanse (YSK) for persontransport", "certificate"),
    ("Minst 2 års erfaring som bussjåfør", "experience"),
    ("Gode norskkunnskaper, muntlig og skriftlig", "language"),
    ("Politiattest ikke eldre enn tre måneder må fremlegges", "manual"),
    ("Må kunne arbeide delte skift, kveld og helg", "manual"),
],
    cv("eirik-stavem.docx", "nb", "docx", "table", "MMMMXX",
       "Meets everything: 'kl. B, D1 og D', YSK with code 95 valid until 04.2027, bus and coach driving since "
       "06/2017 in a DOCX table.",
       "Eirik Stavem", "Bussjåfør · Tindvik · eirik.stavem@example.no · 123 45 701",
       S("profile", "Rolig og punktlig bussjåfør med ni år bak rattet i rute- og turbil. Liker å gi passasjerene "
                    "en trygg tur, også på glatte vinterveier."),
       S("exp", I("03/2019 – nå", "Bussjåfør, Tindvik Rutebil AS", "Regionruter og skolekjøring",
                  "Billettering, kontantoppgjør og daglig kontroll av bussen"),
         I("06/2017 – 02/2019", "Sjåfør turbuss, Lyngmo Reiser AS", "Dagsturer og flyplasstransport")),
       S("edu", I("2013 – 2015", "Vg1 og Vg2 transport og logistikk, Tindvik videregående skole"),
         I("2017", "Grunnutdanning for yrkessjåfør, persontransport (140 timer)")),
       S("lic", KV("Førerkort", "kl. B, D1 og D")),
       S("cert", L("YSK persontransport (kode 95) – gyldig til 04.2027"), L("Førstehjelpskurs (2025)")),
       S("lang", "Norsk – morsmål", "Engelsk – grunnleggende")),
    cv("hallvard-brekke.txt", "nb", "txt", "one-column", "UUUMXX",
       "Lorry driver: 'Førerkort kl. B, BE, C og CE' has no D, his YSK is for goods ('YSK godstransport'), and "
       "twelve years of lorry driving are not bus driving.",
       "Hallvard Brekke", "Yrkessjåfør · Lyngmo · hallvard.brekke@example.no · 123 45 702",
       S("profile", "Yrkessjåfør med tolv års erfaring fra godstransport. Ønsker å gå over til persontransport "
                    "og kjøre buss."),
       S("exp", I("2014 – d.d.", "Lastebilsjåfør, Lyngmo Transport AS", "Distribusjon og fjernkjøring med semitrailer"),
         I("2011 – 2014", "Lagerarbeider, Brekke Bygg AS")),
       S("edu", I("2008 – 2010", "Vg2 transport og logistikk, Lyngmo videregående skole")),
       S("lic", "Førerkort kl. B, BE, C og CE"),
       S("cert", L("YSK godstransport, fornyet 2024"), L("ADR grunnkurs (2023)")),
       S("lang", "Norsk (morsmål)", "Engelsk (god)"),
       rule=True),
    cv("linnea-forsgren.pdf", "sv", "pdf", "two-column", "MMMNXX",
       "Swedish driver: D licence and an EU YKB with code 95 count in Norway, 'sedan 2018' is eight years of "
       "bus driving, but Norwegian is stated at B1 ('Norska – B1'), below good.",
       "Linnea Forsgren", "Busschaufför · Ekhamn, Sverige",
       S("contact", "Ekhamn, Sverige", "linnea.forsgren@example.se", "070-174 06 52"),
       S("lic", "B och D"),
       S("lang", "Svenska – modersmål", "Norska – B1 (kvällskurs, Ekhamns folkhögskola 2026)",
         "Engelska – goda kunskaper"),
       S("cert", "YKB persontransport (yrkeskompetensbevis, kod 95), giltigt till 2028-09", "HLR (2025)"),
       S("profile", "Busschaufför i linjetrafik sedan 2018. Söker tjänst i Norge och flyttar till Tindvik i vår."),
       S("exp", I("sedan 2018", "Busschaufför, Ekhamns Linjetrafik AB", "Stads- och regionlinjer, ledbuss"),
         I("2015 – 2018", "Taxichaufför, Ekhamns Taxi")),
       S("edu", I("2011 – 2014", "Fordons- och transportprogrammet, Ekhamns gymnasium")),
       order="right-first"),
    cv("ragnhild-aas.pdf", "nb", "pdf", "right-dates", "MMUMXX",
       "D licence and YSK 'gyldig til 15.12.2026' (still valid today), but bus driving is 02/2024 – 11/2024 "
       "plus 01/2026 – now, about 21 months, under two years; retail years do not count.",
       "Ragnhild Aas", "Bussjåfør · Tindvik · ragnhild.aas@example.no · 123 45 703",
       S("profile", "Tok D-førerkortet i 2023 etter mange år i varehandelen. Har kjørt både bybuss og ekspressbuss, "
                    "og trives med folk."),
       S("exp", I("01/2026 – nå", "Bussjåfør (vikar), Tindvik Rutebil AS", "Bybuss, kvelds- og helgevakter"),
         I("02/2024 – 11/2024", "Bussjåfør, Elvheim Ekspress AS", "Ekspressbuss og turistruter"),
         I("2015 – 2023", "Butikkmedarbeider og skiftleder, Tindvik Senter Matbutikk")),
       S("edu", I("2023", "Grunnutdanning for yrkessjåfør, persontransport, Tindvik trafikkskole"),
         I("2009 – 2012", "Vg3 påbygging til generell studiekompetanse, Tindvik videregående skole")),
       S("lic", "Klasse B (2012) og D (2023)"),
       S("cert", "Yrkessjåførkompetanse persontransport (kode 95), gyldig til 15.12.2026"),
       S("lang", "Norsk – morsmål", "Engelsk – god"),
       date_first=True),
    cv("sigbjorn-lode.txt", "nn", "txt", "dates-after", "MMMMXX",
       "Nynorsk; bus driving split over two jobs with a warehouse job between: 09.2021 – 06.2022 (10 months) and "
       "a half-time post since 08.2025 (16 months, counted by calendar time), just over two years.",
       "Sigbjørn Lode", "Bussjåfør · Elvheim · sigbjorn.lode@example.no · 123 45 704",
       S("profile", "Bussjåfør som kom attende til yrket i 2025. Eg køyrer no i halv stilling og ønskjer meir."),
       S("exp", I("08.2025 – d.d.", "Bussjåfør, 50 % stilling, Elvheim Rutetrafikk AS", "Lokalruter og skulekøyring"),
         I("2022 – 2025", "Lagermedarbeidar, Tindvik Grossist AS"),
         I("09.2021 – 06.2022", "Bussjåfør, Lyngmo Bussdrift AS", "Vikariat i full stilling")),
       S("edu", I("2021", "Grunnutdanning for yrkessjåførar, persontransport")),
       S("lic", "Klasse B og D"),
       S("cert", "Yrkessjåførkompetanse buss (kode 95), etterutdanning 2025, gyldig til 2030"),
       S("lang", "Norsk (nynorsk og bokmål) – morsmål", "Engelsk – middels"),
       bullet="* ", upper=False),
    cv("darius-kazlauskas.docx", "en", "docx", "europass", "MUMNXX",
       "English Europass: EU licence with D and twelve years as a city bus driver, but his code 95 'expired "
       "06/2025' and Norwegian is A2.",
       "Darius Kazlauskas", "Bus driver · Tindvik, Norway · darius.kazlauskas@example.com · 123 45 705",
       S("exp", I("10/2024 – present", "Warehouse operative", "Tindvik Grossist AS, Norway"),
         I("04/2012 – 09/2024", "City bus driver", "Upėnai Public Transport, Lithuania",
           "Articulated city buses, night routes"), head="Work experience"),
       S("edu", I("2008 – 2011", "Vocational school, motor vehicle mechanics",
                  "Upėnai Vocational Training Centre, Lithuania"), head="Education and training"),
       S("lang", KV("Mother tongue(s)", "Lithuanian"), KV("Other language(s)", "Russian – C1"),
         KV("", "English – B2"), KV("", "Norwegian – A2"), head="Personal skills"),
       S("lic", KV("Driving licence", "Categories B, C and D (EU licence, issued in Lithuania)"),
         KV("Driver CPC", "Code 95 (passenger transport) – expired 06/2025; periodic training booked for "
                          "spring 2027"), head="Additional information")),
)

# ===========================================================================
# 2. nn: Vernepleiar i bufellesskap
# ===========================================================================
job("vernepleiar", "Vernepleiar i bufellesskap", "nn", "social educator", [
    ("Bachelorgrad i vernepleie", "education"),
    ("Autorisasjon som vernepleiar", "authorisation"),
    ("Minst eitt års erfaring frå arbeid med menneske med utviklingshemming", "experience"),
    ("Førarkort klasse B", "driving_licence"),
    ("Gode munnlege og skriftlege norskkunnskapar", "language"),
    ("Kjennskap til ASK (alternativ og supplerande kommunikasjon)", "must_mention"),
    ("Politiattest etter helse- og omsorgstenestelova § 5-4 må leggjast fram", "manual"),
],
    cv("solveig-nesheim.docx", "nn", "docx", "bold-headings", "MMMMMMX",
       "Meets everything in nynorsk; headings are bold text only, ASK is named among the tasks.",
       "Solveig Nesheim", "Vernepleiar · Elvheim · solveig.nesheim@example.no · 123 45 706",
       S("profile", "Vernepleiar med seks års erfaring frå bufellesskap. Eg er oppteken av sjølvbestemming, "
                    "struktur og god kommunikasjon."),
       S("exp", I("aug. 2020 – d.d.", "Vernepleiar, Solbakken bufellesskap, Elvheim kommune",
                  "Miljøarbeid for vaksne med utviklingshemming", "Tiltaksplanar og medisinhandtering",
                  "ASK: Tegn til tale, bilete og talemaskin i kvardagen"),
         I("2018 – 2020", "Assistent i helgestilling, Solbakken bufellesskap")),
       S("edu", I("2017 – 2020", "Bachelor i vernepleie, Elvheim høgskule")),
       S("auth", "Autorisert vernepleiar, HPR-nr. 3456789"),
       S("lic", "Klasse B"),
       S("lang", "Norsk – morsmål", "Engelsk – god")),
    cv("jonas-wiik.pdf", "nb", "pdf", "one-column", "UUMMMMX",
       "A 'Bachelor i barnevern' is another field and barnevernspedagog is no authorised health profession; five "
       "years with children with intellectual disabilities count, and 'Tegn til tale' is a form of ASK.",
       "Jonas Wiik", "Barnevernspedagog · Tindvik · jonas.wiik@example.no · 123 45 707",
       S("profile", "Barnevernspedagog med fem års erfaring fra avlastning for barn og unge med utviklingshemming. "
                    "Søker meg mot voksenfeltet."),
       S("exp", I("2024 – d.d.", "Miljøterapeut, Tindvik ungdomshjem (barnevernsinstitusjon)"),
         I("2019 – 2024", "Miljøterapeut, Lyngmo avlastningsbolig",
           "Avlastning for barn med utviklingshemming og autisme", "Tegn til tale og bildestøtte i hverdagen")),
       S("edu", I("2016 – 2019", "Bachelor i barnevern, Tindvik høgskole")),
       S("lic", "Førerkort klasse B"),
       S("lang", "Norsk – morsmål", "Engelsk – flytende")),
    cv("mette-kjaergaard.pdf", "da", "pdf", "two-column", "UUMMMMX",
       "Danish pædagog: a broader foreign degree without approval and a Norwegian authorisation only applied "
       "for; six years at a home for adults with 'udviklingshæmning', Norwegian B2 in speech and writing.",
       "Mette Kjærgaard", "Pædagog · Strandkær, Danmark",
       S("contact", "Strandkær, Danmark", "mette.kjaergaard@example.dk", "+45 12 34 57 61"),
       S("lic", "Kørekort: B"),
       S("lang", "Dansk – modersmål", "Norsk – B2 i tale og skrift (Norskprøven 2026)", "Engelsk – godt"),
       S("skills", "ASK: piktogrammer og tegn til tale", "Strukturpædagogik", head="Faglige kompetencer"),
       S("profile", "Uddannet pædagog med speciale i social- og specialpædagogik. Flytter til Norge i 2027."),
       S("exp", I("2020 – nu", "Pædagog, Bostedet Engtoften, Strandkær Kommune",
                  "Bosted for voksne med udviklingshæmning"),
         I("2016 – 2020", "Pædagogmedhjælper, Børnehuset Solsikken")),
       S("edu", I("2012 – 2016", "Pædagoguddannelsen (professionsbachelor), specialisering i social- og "
                                "specialpædagogik, Professionshøjskolen Strandkær")),
       S("auth", "Norsk autorisation som vernepleier: ansøgning sendt til Helsedirektoratet i oktober 2026"),
       order="left-first"),
    cv("ida-skjelbred.txt", "nn", "txt", "dates-after", "MUMUMUX",
       "Bachelor completed June 2026 but authorisation 'søkt juli 2026'; a 30 % assistant post since January "
       "2025 counts by calendar time; licence only 'under opplæring'; ASK not mentioned.",
       "Ida Skjelbred", "Vernepleiar · Lyngmo · ida.skjelbred@example.no · 123 45 708",
       S("profile", "Ferdig utdanna vernepleiar sommaren 2026. Har jobba ved sida av studia i eit bufellesskap "
                    "sidan januar 2025."),
       S("exp", I("jan. 2025 – d.d.", "Assistent, 30 % stilling, Lyngmo bufellesskap",
                  "Miljøarbeid for vaksne med utviklingshemming"),
         I("haust 2025", "Praksis, Lyngmo dagsenter (10 veker)")),
       S("edu", I("2023 – 2026", "Bachelor i vernepleie, Elvheim høgskule, fullført juni 2026")),
       S("auth", "Autorisasjon som vernepleiar: søkt juli 2026, ventar på svar frå Helsedirektoratet"),
       S("lic", "Klasse B: under opplæring, oppkøyring planlagd januar 2027"),
       S("lang", "Norsk – morsmål (nynorsk)", "Engelsk – god")),
    cv("grace-whitfield.docx", "en", "docx", "one-column", "UUMMUMX",
       "UK support worker: psychology degree, no authorisation; five years with adults with 'learning "
       "disabilities' count, AAC is ASK, but Norwegian appears only as an evening course without a level.",
       "Grace Whitfield",
       "Support worker · Westmoor, UK (moving to Norway in 2027) · grace.whitfield@example.com · 07700 900 412",
       S("profile", "Support worker with five years in supported living for adults with learning disabilities. "
                    "Warm, patient and organised."),
       S("exp", I("Mar 2021 – Present", "Support Worker, Harbourside Supported Living, Westmoor",
                  "Supporting adults with learning disabilities and autism in their own homes",
                  "Communication with Makaton, PECS and other AAC tools"),
         I("Sep 2019 – Feb 2021", "Care Assistant, Elmbank Residential Home, Westmoor")),
       S("edu", I("2016 – 2019", "BA (Hons) Psychology, University of Westmoor")),
       S("cert", L("Norwegian language course, evening classes, Westmoor Adult College (2026)"),
         L("Positive Behaviour Support, Level 3 (2022)"), head="Courses"),
       S("lic", "Full UK driving licence (category B)"),
       S("lang", "English – native")),
    cv("kristoffer-boe.pdf", "nn", "pdf", "two-column", "MMMMMMX",
       "Meets everything: the degree is written 'Vernepleiarutdanning, 180 studiepoeng (bachelorgrad)', and "
       "the relevant years are split over two jobs with a gap between.",
       "Kristoffer Bøe", "Vernepleiar · Tindvik",
       S("contact", "Tindvik", "kristoffer.boe@example.no", "123 45 709"),
       S("lic", "Førarkort: B"),
       S("lang", "Norsk – morsmål", "Engelsk – godt munnleg og skriftleg"),
       S("skills", "Rettleiar i ASK for personalet", "Tiltak etter kap. 9", head="Kompetanse"),
       S("profile", "Vernepleiar med to løp i feltet: miljøterapi i bustad og fagkonsulent i "
                    "habiliteringstenesta."),
       S("exp", I("2022 – i dag", "Fagkonsulent (vernepleiar), Habiliteringstenesta for vaksne, Tindvik",
                  "Rettleiing av personalgrupper rundt vaksne med utviklingshemming"),
         I("2015 – 2019", "Miljøterapeut, Granly bustader for personar med psykisk utviklingshemming")),
       S("edu", I("2011 – 2014", "Vernepleiarutdanning, 180 studiepoeng (bachelorgrad), Tindvik høgskule")),
       S("auth", "Autorisert som vernepleiar, HPR-nr. 4567890"),
       order="rows"),
)

# ===========================================================================
# 3. sv: Sjuksköterska till medicinavdelning
# ===========================================================================
job("sjukskoterska", "Sjuksköterska till medicinavdelning", "sv", "nurse", [
    ("Legitimerad sjuksköterska", "authorisation"),
    ("Sjuksköterskeexamen", "education"),
    ("Minst två års erfarenhet som sjuksköterska", "experience"),
    ("Mycket goda kunskaper i svenska i tal och skrift", "language"),
    ("Erfarenhet av journalsystemet Millennium", "must_mention"),
    ("God samarbetsförmåga och stresstålighet", "manual"),
],
    cv("hanna-lovgren.docx", "sv", "docx", "table", "MMMMMX",
       "Meets everything; the legitimation is the abbreviation 'Leg. ssk sedan 2019', jobs sit in a DOCX table.",
       "Hanna Lövgren", "Sjuksköterska · Tallmora · hanna.lovgren@example.se · 070-174 06 51",
       S("profile", "Leg. sjuksköterska med sju års erfarenhet från medicin och akutsjukvård."),
       S("exp", I("sedan 2021", "Sjuksköterska, medicinavdelning 12, Tallmora lasarett", "Dokumentation i Millennium"),
         I("2019 – 2021", "Sjuksköterska, akutmottagningen, Ekhamns sjukhus")),
       S("edu", I("2016 – 2019", "Sjuksköterskeprogrammet 180 hp, Lindåkers högskola",
                  "Sjuksköterskeexamen och kandidatexamen i omvårdnad")),
       S("auth", "Leg. ssk sedan 2019"),
       S("lang", "Svenska – modersmål", "Engelska – mycket goda kunskaper"),
       S("lic", "B-körkort")),
    cv("silje-hovland.pdf", "nb", "pdf", "one-column", "UMMUUX",
       "Norwegian nurse: Swedish legitimation 'under behandling', the Norwegian bachelor and ten years count, "
       "Swedish 'forstår godt' says nothing about speaking or writing, DIPS is not Millennium.",
       "Silje Hovland", "Sykepleier · Tindvik, Norge · silje.hovland@example.no · 123 45 710",
       S("profile", "Sykepleier med ti års erfaring fra medisinsk sengepost. Ønsker å flytte til Sverige."),
       S("exp", I("aug. 2016 – d.d.", "Sykepleier, medisinsk avdeling, Tindvik sykehus",
                  "Ansvarsvakter og dokumentasjon i DIPS")),
       S("edu", I("2013 – 2016", "Bachelor i sykepleie, Tindvik høgskole")),
       S("auth", "Autorisasjon som sykepleier i Norge (2016)",
         "Svensk legitimasjon: søknad sendt til Socialstyrelsen, under behandling"),
       S("lang", "Norsk – morsmål", "Svensk – forstår godt", "Engelsk – flytende")),
    cv("amir-haddad.txt", "sv", "txt", "one-column", "UUUMMX",
       "Assistant nurse in his fifth of six terms ('examen planerad juni 2027'): no legitimation or degree yet, "
       "and nine years as undersköterska are not nurse experience; Millennium and fluent Swedish are there.",
       "Amir Haddad", "Undersköterska · Ekhamn · amir.haddad@example.se · 070-174 06 53",
       S("profile", "Undersköterska med nio års erfarenhet från medicinsk vård. Studerar till sjuksköterska."),
       S("exp", I("2017 – nu", "Undersköterska, medicinavdelning 4, Ekhamns sjukhus", "Deltid 75 % sedan 2024",
                  "Omvårdnad, provtagning och dokumentation i Millennium")),
       S("edu", I("2024 – 2027", "Sjuksköterskeprogrammet 180 hp, Ekhamns högskola",
                  "Termin 5 av 6, examen planerad juni 2027"),
         I("2013 – 2016", "Vård- och omsorgsprogrammet, Ekhamns gymnasium")),
       S("auth", "Bevis om skyddad yrkestitel undersköterska (Socialstyrelsen, 2024)", head="Yrkestitel"),
       S("lang", "Svenska – flytande i tal och skrift", "Arabiska – modersmål", "Engelska – goda kunskaper"),
       sep="   "),
    cv("joy-santos.pdf", "en", "pdf", "right-dates", "MMMMMX",
       "English CV, foreign-trained nurse with a Swedish legitimation (May 2025), a BSc in Nursing, six years "
       "abroad plus 18 months in Sweden, Swedish C1 (Tisus) and Millennium (Cerner): meets everything.",
       "Joy Santos", "Registered nurse · Tallmora, Sweden · joy.santos@example.com · 070-174 06 54",
       S("profile", "Nurse with eight years of ward experience in the Philippines and Sweden."),
       S("exp", I("06/2025 – present", "Registered nurse, medical ward 7, Tallmora Hospital",
                  "Documentation in Millennium (Cerner)"),
         I("01/2023 – 05/2025", "Assistant nurse (undersköterska), Tallmora Hospital",
           "While completing the Swedish licensing process"),
         I("07/2013 – 08/2019", "Staff nurse, internal medicine, Bayview Medical Center, Philippines")),
       S("edu", I("2009 – 2013", "Bachelor of Science in Nursing, Bayview College of Nursing, Philippines"),
         I("2023 – 2024", "Supplementary course for nurses with a foreign degree, Lindåker University")),
       S("auth", "Swedish nursing licence (legitimation), National Board of Health and Welfare, issued May 2025"),
       S("lang", "Swedish – C1 (Tisus test passed 2024)", "English – C2", "Tagalog – mother tongue")),
    cv("sofie-dalsgaard.pdf", "da", "pdf", "two-column", "MMUMUX",
       "Danish nurse with a Swedish legitimation and fluent Swedish, but nurse since 'feb. 2025 – nu' (22 "
       "months; the student job does not count) and Sundhedsplatformen, not Millennium.",
       "Sofie Dalsgaard", "Sygeplejerske · Bøgelund, Danmark",
       S("contact", "Bøgelund, Danmark", "sofie.dalsgaard@example.dk", "+45 12 34 57 62"),
       S("lic", "Kørekort: B"),
       S("lang", "Dansk – modersmål", "Svensk – flydende i tale og skrift", "Engelsk – godt"),
       S("skills", "Sundhedsplatformen (Epic)", "Medicinhåndtering", head="IT og kompetencer"),
       S("profile", "Sygeplejerske fra medicinsk afdeling, der søger nye udfordringer i Sverige."),
       S("exp", I("feb. 2025 – nu", "Sygeplejerske, medicinsk afdeling M2, Bøgelund Sygehus"),
         I("2022 – 2024", "Vikar i hjemmeplejen (studiejob ved siden af uddannelsen)")),
       S("edu", I("2021 – jan. 2025", "Professionsbachelor i sygepleje, Professionshøjskolen Bøgelund")),
       S("auth", "Autoriseret sygeplejerske, Styrelsen for Patientsikkerhed (2025)",
         "Svensk legitimation som sjuksköterska, Socialstyrelsen (2026)"),
       order="left-first", rows=False),
    cv("ebba-holm.txt", "sv", "txt", "badly-written", "MMMMMX",
       "Lower-case prose and no headings; 'leg sjuksköterska sen 2018', the degree, eight years on two wards, "
       "Millennium and Swedish as mother tongue are all there.",
       raw="""
ebba holm cv

hej! jag heter ebba och bor i tallmora. mejl ebba.holm@example.se tel 070-174 06 56

jag är leg sjuksköterska sen 2018 (legitimation från socialstyrelsen). tog sjuksköterskeexamen på lindåkers högskola 2018.
jobbat på akuten i ekhamn 2018-2022 och sen 2022 på medicin 3 i tallmora, mest natt.
jobbar i millennium varje dag, superanvändare sen 2023.
svenska är mitt modersmål, engelska går bra.
körkort finns
"""),
)

# ===========================================================================
# 4. da: Social- og sundhedsassistent til plejecenter
# ===========================================================================
job("sosu-assistent", "Social- og sundhedsassistent til plejecenter", "da", "healthcare assistant", [
    ("Uddannet social- og sundhedsassistent", "education"),
    ("Autorisation som social- og sundhedsassistent", "authorisation"),
    ("Minimum 1 års erfaring fra ældreplejen", "experience"),
    ("Kørekort til bil", "driving_licence"),
    ("Du taler og skriver dansk", "language"),
    ("Ren straffeattest", "manual"),
    ("Erfaring med omsorgssystemet Nexus", "must_mention"),
],
    cv("lene-bach-holm.docx", "da", "docx", "table", "MMMMMXM",
       "Meets everything: SOSU-assistent with authorisation, seven years in nursing home and home care, "
       "Nexus named in a table cell.",
       "Lene Bach Holm", "Social- og sundhedsassistent · Lyngkøbing · lene.holm@example.dk · +45 12 34 57 63",
       S("profile", "SOSU-assistent med syv års erfaring fra plejecenter og hjemmepleje. Rolig og struktureret."),
       S("exp", I("2021 – nu", "Social- og sundhedsassistent, Plejecenter Egely, Lyngkøbing Kommune",
                  "Medicinhåndtering, sårpleje og dokumentation i Nexus"),
         I("2019 – 2021", "SOSU-assistent, hjemmeplejen, Lyngkøbing Kommune")),
       S("edu", I("2017 – 2019", "Social- og sundhedsassistentuddannelsen, SOSU Markbjerg")),
       S("auth", "Autoriseret social- og sundhedsassistent, Styrelsen for Patientsikkerhed (2019)"),
       S("lic", "Kørekort: B"),
       S("lang", "Dansk – modersmål", "Engelsk – godt")),
    cv("birthe-kragh.txt", "da", "txt", "one-column", "UUMMMXM",
       "Social- og sundhedshjælper: a lower qualification that carries no authorisation; fourteen years in "
       "home care for older people, 'kørekort: B' and Nexus are there.",
       "Birthe Kragh", "Social- og sundhedshjælper · Markbjerg · birthe.kragh@example.dk · +45 12 34 57 64",
       S("profile", "Erfaren SOSU-hjælper fra hjemmeplejen. Jeg kender mine borgere og deres pårørende godt."),
       S("exp", I("2012 – nu", "Social- og sundhedshjælper, hjemmeplejen, Markbjerg Kommune",
                  "Personlig pleje og praktisk hjælp hos ældre borgere", "Dokumentation i Nexus")),
       S("edu", I("2011 – 2012", "Social- og sundhedshjælperuddannelsen, SOSU Markbjerg")),
       S("cert", L("Forflytningskursus (2023)"), L("Kursus i demens (2022)")),
       S("other", "kørekort: B", "Sprog: dansk (modersmål)"),
       upper=False, indent=2),
    cv("elin-sundqvist.pdf", "sv", "pdf", "two-column", "UUMMUXU",
       "Swedish undersköterska: no Danish education or authorisation, nine years in elderly care count, Danish "
       "only 'förstår bra, läser obehindrat', no Nexus.",
       "Elin Sundqvist", "Undersköterska · Lindåker, Sverige",
       S("contact", "Lindåker, Sverige", "elin.sundqvist@example.se", "070-174 06 55"),
       S("lic", "B-körkort"),
       S("lang", "Svenska – modersmål", "Danska – förstår bra, läser obehindrat", "Engelska – goda kunskaper"),
       S("skills", "Lifecare (dokumentation)", "Demensvård", head="Kompetenser"),
       S("profile", "Undersköterska inom äldreomsorgen sedan 2017. Vill arbeta i Danmark."),
       S("exp", I("2017 – nu", "Undersköterska, Björkgårdens äldreboende, Lindåkers kommun",
                  "Omvårdnad av äldre med demenssjukdom")),
       S("edu", I("2014 – 2017", "Vård- och omsorgsprogrammet, Lindåkers gymnasium")),
       S("auth", "Bevis om rätt att använda skyddad yrkestitel undersköterska (Socialstyrelsen, 2024)",
         head="Yrkestitel"),
       order="rows"),
    cv("nanna-frost.pdf", "da", "pdf", "one-column", "MUUNMXM",
       "Newly qualified (June 2026): authorisation 'afventer svar', about 5 months as assistant plus a 3-month "
       "summer job (praktik does not count) is under a year, and 'Har ikke kørekort'.",
       "Nanna Frost", "Social- og sundhedsassistent · Bøgelund · nanna.frost@example.dk · +45 12 34 57 65",
       S("profile", "Nyuddannet social- og sundhedsassistent med hjertet i ældreplejen."),
       S("exp", I("juli 2026 – nu", "Social- og sundhedsassistent, Plejecenter Kastanjehaven, Bøgelund"),
         I("2024 – 2026", "SOSU-elev, praktik i hjemmeplejen og på somatisk afdeling"),
         I("juni – aug. 2023", "Sommerafløser (ufaglært), hjemmeplejen, Bøgelund Kommune")),
       S("edu", I("2024 – 2026", "Social- og sundhedsassistentuddannelsen, SOSU Bøgelund (afsluttet juni 2026)")),
       S("auth", "Autorisation: ansøgt juli 2026, afventer svar fra Styrelsen for Patientsikkerhed"),
       S("lic", "Har ikke kørekort"),
       S("lang", "Dansk – modersmål", "Engelsk – godt"),
       S("skills", "Nexus (brugt i praktikken og i mit nuværende job)", head="IT")),
    cv("daniel-okafor.docx", "en", "docx", "europass", "MMMMMXM",
       "English Europass for a Danish job: SOSU assistant with Danish authorisation, six years in a care home "
       "for older people, Danish 'fluent, spoken and written', Nexus.",
       "Daniel Okafor",
       "Social and healthcare assistant · Markbjerg, Denmark · daniel.okafor@example.com · +45 12 34 57 66",
       S("exp", I("08/2020 – present", "Social and healthcare assistant (SOSU-assistent)",
                  "Egebakken Care Home for older people, Markbjerg Municipality",
                  "Medication, wound care and care plans in Nexus"),
         I("2016 – 2018", "Kitchen assistant", "Markbjerg Strandhotel"), head="Work experience"),
       S("edu", I("2018 – 2020", "Social and healthcare assistant programme", "SOSU Markbjerg, Denmark"),
         head="Education and training"),
       S("auth", KV("Authorisation", "Authorised social and healthcare assistant, Danish Patient Safety "
                                     "Authority, 2020"), head="Registration"),
       S("lang", KV("Mother tongue(s)", "English"),
         KV("Other language(s)", "Danish – fluent, spoken and written (Danish 3 exam, 2017)"),
         head="Personal skills"),
       S("lic", KV("Driving licence", "B"), head="Additional information")),
)

# ===========================================================================
# 5. en: DevOps Engineer, platform team
# ===========================================================================
job("devops-engineer", "DevOps Engineer, platform team", "en", "software engineer", [
    ("Bachelor's degree in computer science or a related field", "education"),
    ("At least 3 years of experience in a DevOps, SRE or platform engineering role", "experience"),
    ("Hands-on experience with Kubernetes in production", "must_mention"),
    ("Fluent English, written and spoken", "language"),
    ("A current AWS or Azure certification", "certificate"),
    ("Must be able to obtain a Norwegian security clearance", "manual"),
],
    cv("priya-raman.pdf", "en", "pdf", "two-column", "MMMMMX",
       "Meets everything: a B.Tech in computer science, SRE then DevOps since 06/2018, EKS clusters in "
       "production, English C2 and an AWS certification valid until 2027.",
       "Priya Raman", "Senior DevOps Engineer · Tindvik, Norway",
       S("contact", "Tindvik, Norway", "priya.raman@example.com", "123 45 711"),
       S("skills", "Kubernetes (EKS, AKS)", "Terraform, Helm, Argo CD", "Prometheus, Grafana"),
       S("cert", "AWS Certified Solutions Architect – Associate (valid until 2027)"),
       S("lang", "English – fluent (C2)", "Tamil – native", "Norwegian – A2"),
       S("profile", "Platform engineer who likes boring, reliable infrastructure."),
       S("exp", I("Sep 2021 – present", "Senior DevOps Engineer, Nordlys Logistics AS, Tindvik",
                  "Runs 14 production Kubernetes clusters on EKS"),
         I("Jun 2018 – Aug 2021", "Site Reliability Engineer, Copperleaf Payments, Bengaluru")),
       S("edu", I("2014 – 2018", "B.Tech in Computer Science and Engineering, Coromandel Institute of Technology")),
       order="rows"),
    cv("magnus-tveit.docx", "nb", "docx", "one-column", "MMMMUX",
       "Norwegian CV: a master's covers the bachelor, platform engineer since 08/2023 (over three years), "
       "'K8s-klynger i produksjon' is Kubernetes, but the Azure certification 'utløpt mars 2025'.",
       "Magnus Tveit", "Plattformingeniør · Lyngmo · magnus.tveit@example.no · 123 45 712",
       S("profile", "Plattformingeniør med bakgrunn fra backend-utvikling. Liker automatisering og gode "
                    "utviklerverktøy."),
       S("exp", I("08/2023 – nå", "Plattformingeniør, Tindvik Kraft AS",
                  "Drift av K8s-klynger i produksjon (on-prem og AKS)", "GitOps med Flux, Terraform"),
         I("01/2020 – 07/2023", "Backend-utvikler, Lyngmo Data AS", "Java og Kotlin")),
       S("edu", I("2014 – 2019", "Master i informatikk (5-årig), Universitetet i Tindvik")),
       S("cert", L("Microsoft Certified: Azure Administrator Associate (AZ-104) – utløpt mars 2025")),
       S("lang", "Norsk – morsmål", "Engelsk – flytende")),
    cv("oskar-nyberg.txt", "sv", "txt", "one-column", "UUMMMX",
       "Degree in economics ('Ekonomie kandidatexamen'), DevOps only since 'mars 2024' (about 33 months; the sysadmin "
       "years are another role); Kubernetes in production, fluent English and a current AWS certification.",
       "Oskar Nyberg", "DevOps-ingenjör · Ekhamn · oskar.nyberg@example.se · 070-174 06 57",
       S("profile", "Driftstekniker som blev DevOps-ingenjör. Brinner för CI/CD och observability."),
       S("exp", I("mars 2024 – nu", "DevOps-ingenjör, Ekhamn Spel AB", "CI/CD, Kubernetes i produktion, Helm"),
         I("2015 – 2024", "Systemadministratör, Lindåker Sparbank", "Drift av Linux- och Windowsservrar")),
       S("edu", I("2011 – 2014", "Ekonomie kandidatexamen, Lindåkers universitet")),
       S("cert", L("AWS Certified SysOps Administrator – Associate (2025)")),
       S("lang", "Svenska – modersmål", "Engelska – flytande i tal och skrift"),
       sep=" | ", bullet="• "),
    cv("kasper-vinther.pdf", "da", "pdf", "right-dates", "UMMMUX",
       "Danish 'Datamatiker' is a short-cycle academy degree, below a bachelor's; seven years as DevOps/SRE, "
       "Kubernetes, English C1, but CKA and Google Cloud are neither AWS nor Azure.",
       "Kasper Vinther", "Site Reliability Engineer · Strandkær · kasper.vinther@example.dk · +45 12 34 57 67",
       S("profile", "SRE med fokus på drift af Kubernetes og overvågning."),
       S("exp", I("2022 – nu", "Site Reliability Engineer, Strandkær Energi A/S", "Kubernetes på bare metal, Prometheus"),
         I("2019 – 2022", "DevOps engineer, Markbjerg Software ApS")),
       S("edu", I("2016 – 2019", "Datamatiker (erhvervsakademiuddannelse), Erhvervsakademi Strandkær")),
       S("cert", "Certified Kubernetes Administrator (CKA), 2025", "Google Cloud Associate Cloud Engineer, 2024"),
       S("lang", "Dansk – modersmål", "Engelsk – C1")),
    cv("chloe-brennan.docx", "en", "docx", "bold-headings", "MUMMMX",
       "Junior DevOps engineer since 'Jan 2024 – present', 35 months, a month short of three years (the "
       "internship does not count); everything else is met.",
       "Chloe Brennan", "DevOps Engineer · Westmoor, UK · chloe.brennan@example.com · 07700 900 413",
       S("profile", "DevOps engineer who enjoys on-call calm and tidy pipelines."),
       S("exp", I("Jan 2024 – present", "Junior DevOps Engineer, Brightwater Analytics Ltd, Westmoor",
                  "Kubernetes (EKS) in production: deployments, Helm charts, on-call rota"),
         I("Jun 2023 – Aug 2023", "DevOps intern, Brightwater Analytics Ltd")),
       S("edu", I("2020 – 2023", "BSc (Hons) Software Engineering, University of Westmoor")),
       S("cert", L("AWS Certified Cloud Practitioner (2024, valid until 2027)")),
       S("lang", "English – native")),
    cv("ingvild-hovdenak.pdf", "nn", "pdf", "one-column", "MMMNMX",
       "Nynorsk; meets everything except English: 'grunnleggjande munnleg' is below fluent spoken English.",
       "Ingvild Hovdenak", "Site Reliability Engineer · Elvheim · ingvild.hovdenak@example.no · 123 45 713",
       S("profile", "SRE med bakgrunn frå kommunal IT-drift."),
       S("exp", I("2021 – d.d.", "Site Reliability Engineer, Elvheim Nett AS", "Kubernetes og OpenShift i produksjon"),
         I("2017 – 2021", "Driftsingeniør, Elvheim kommune IT")),
       S("edu", I("2014 – 2017", "Bachelor i informatikk, Elvheim høgskule")),
       S("cert", "Microsoft Certified: Azure Solutions Architect Expert (AZ-305), gyldig til juni 2027"),
       S("lang", "Norsk – morsmål", "Engelsk – grunnleggjande munnleg, les teknisk engelsk godt")),
)

# ===========================================================================
# 6. nb: Automatiker, prosessindustri
# ===========================================================================
job("automatiker", "Automatiker, prosessindustri", "nb", "automation technician", [
    ("Fagbrev som automatiker eller elektriker", "education"),
    ("Minst 3 års erfaring som automatiker", "experience"),
    ("Erfaring med PLS-programmering (Siemens eller ABB)", "must_mention"),
    ("Gyldig FSE-kurs", "certificate"),
    ("Førerkort klasse B", "driving_licence"),
    ("Behersker norsk og engelsk muntlig og skriftlig", "language"),
    ("Må kunne gå i 5-skiftordning", "manual"),
],
    cv("trond-saebo.docx", "nb", "docx", "dates-after", "MMMMMMX",
       "Meets everything: the apprenticeship years do not count but ten years as automatiker since the "
       "fagbrev do; FSE in October 2026; English 'god i tale og skrift'.",
       "Trond Sæbø", "Automatiker · Tindvik · trond.saebo@example.no · 123 45 714",
       S("profile", "Automatiker med ti års erfaring fra smelteverk. Trives med feilsøking på skift."),
       S("exp", I("2016 – d.d.", "Automatiker, Tindvik Smelteverk AS",
                  "Feilsøking og programmering av PLS (Siemens S7, TIA Portal)",
                  "Vedlikehold av instrumentering og frekvensomformere"),
         I("2014 – 2016", "Lærling, Tindvik Smelteverk AS")),
       S("edu", I("2016", "Fagbrev i automatiseringsfaget"),
         I("2012 – 2014", "Vg1 elektro og Vg2 automatisering, Tindvik videregående skole")),
       S("cert", L("FSE-kurs, oktober 2026"), L("Arbeid i høyden (2024)")),
       S("lic", "Førerkort klasse B"),
       S("lang", "Norsk – morsmål", "Engelsk – god i tale og skrift")),
    cv("rune-kvalheim.pdf", "nb", "pdf", "two-column", "MUMUMMX",
       "Electrician's fagbrev; automation technician only since 01/2024 (35 months, the installation years are "
       "another trade), PLC is PLS, but 'FSE-kurs (2023)' is not valid (FSE is yearly); 'Sertifikat kl. B'.",
       "Rune Kvalheim", "Automasjonstekniker · Lyngmo",
       S("contact", "Lyngmo", "rune.kvalheim@example.no", "123 45 715"),
       S("lic", "Sertifikat kl. B"),
       S("lang", "Norsk – morsmål", "Engelsk – god muntlig og skriftlig"),
       S("cert", "FSE-kurs (2023)", "Varme arbeider (2022)"),
       S("skills", "PLC-programmering: Siemens S7-1500, TIA Portal", "Profinet", head="Kompetanse"),
       S("profile", "Elektriker som har gått over til automasjon i papirindustrien."),
       S("exp", I("01/2024 – nå", "Automasjonstekniker, Lyngmo Papir AS"),
         I("08/2013 – 12/2023", "Elektriker, Kvalheim Elektro AS", "Bolig- og næringsinstallasjoner")),
       S("edu", I("2013", "Fagbrev som elektriker (elektrikerfaget)"),
         I("2009 – 2011", "Vg1 elektrofag og Vg2 elenergi, Lyngmo videregående skole")),
       order="left-first"),
    cv("piotr-zielinski.docx", "en", "docx", "europass", "UMMMMNX",
       "Polish technician: a foreign vocational diploma whose DSB approval is only 'application submitted', "
       "eleven years of PLC work and a current FSE course, but Norwegian is A2.",
       "Piotr Zieliński", "Automation technician · Tindvik, Norway · piotr.zielinski@example.com · 123 45 716",
       S("exp", I("09/2024 – present", "Automation technician (temporary staff)", "Tindvik Smelteverk AS, Norway"),
         I("03/2013 – 08/2024", "Automation technician", "Lipowo Chemical Works, Poland",
           "PLC programming (Siemens S7-300 and S7-1500, TIA Portal), instrumentation"),
         head="Work experience"),
       S("edu", I("2009 – 2013", "Technik automatyk (automation technician), vocational upper secondary diploma",
                  "Lipowo Technical School, Poland"),
         KV("Qualification approval (DSB, Norway)", "application submitted 09/2026"),
         head="Education and training"),
       S("lang", KV("Mother tongue(s)", "Polish"), KV("Other language(s)", "English – C1"),
         KV("", "Norwegian – A2 (course at Tindvik adult education centre)"), head="Personal skills"),
       S("cert", KV("Safety", "FSE course, October 2026"), head="Certificates"),
       S("lic", KV("Driving licence", "B (EU)"), head="Additional information")),
    cv("haldor-fosse.txt", "nn", "txt", "no-headings", "MMMMMMX",
       "Nynorsk without headings: 'Fagbrev i automatiseringsfaget', eight years as 'Automatikar' before a "
       "gap and an operator job, ABB and Siemens PLS, yearly FSE last in October 2026.",
       "Haldor Fosse", "Automatikar · Elvheim · haldor.fosse@example.no · 123 45 717",
       S("profile", "Automatikar med lang fartstid frå prosessindustrien. Trivst med feilsøking og skiftarbeid."),
       S("exp", I("2020 – d.d.", "Driftsoperatør, Elvheim Aluminium AS"),
         I("2010 – 2018", "Automatikar, Elvheim Aluminium AS", "PLS-programmering i ABB AC800M og Siemens S7")),
       S("edu", I("2008 – 2010", "Fagbrev i automatiseringsfaget (lærling ved Elvheim Aluminium AS)")),
       S("other", "FSE-opplæring: årleg, sist oktober 2026", "Førarkort klasse B og BE",
         "Norsk (morsmål), engelsk (god munnleg og skriftleg)")),
    cv("tilde-ekstrom.pdf", "sv", "pdf", "right-dates", "UMMUMUX",
       "Swedish automation technician: upper-secondary programme, no Norwegian fagbrev; ESA is the Swedish "
       "counterpart of FSE, not FSE; Norwegian 'talar obehindrat' says nothing of writing.",
       "Tilde Ekström", "Automationstekniker · Ekhamn · tilde.ekstrom@example.se · 070-174 06 58",
       S("profile", "Automationstekniker i pappersindustrin. Söker skiftarbete i Norge."),
       S("exp", I("2019 – nu", "Automationstekniker, Ekhamns Bruk AB", "PLC-programmering i TIA Portal, felsökning"),
         I("2016 – 2019", "Elektriker, Ekhamns Elservice AB")),
       S("edu", I("2013 – 2016", "El- och energiprogrammet, inriktning automation, Ekhamns gymnasium")),
       S("cert", "ESA Fackman (elsäkerhet), 2026", "Heta arbeten, 2025"),
       S("lic", "B-körkort"),
       S("lang", "Svenska – modersmål", "Engelska – flytande", "Norska – talar obehindrat")),
    cv("geir-arne-solli.txt", "nb", "txt", "badly-written", "MMMMNMX",
       "Lower-case prose: fagbrev 2019, automatiker since then, PLS and FSE there, but 'har ikke førerkort'.",
       raw="""
cv - geir arne solli

geir arne solli, lyngmo. tlf 123 45 718. geirarne.solli@example.no

tok fagbrev som automatiker i 2019 etter lære på lyngmo papir. har jobba som automatiker der fra 2019 til nå, mest på papirmaskin 2.
programerer pls (siemens s7 og litt abb), feilsøker på instrumenter og motorer.
fse kurs tatt sept 2026.
har ikke førerkort, men kommer meg på jobb med buss og sykkel.
snakker og skriver norsk og engelsk flytende.
"""),
)


# --------------------------------------------------------------------------
# Checks of our own (on top of make_eval.check_data)
# --------------------------------------------------------------------------

EMAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")


def plain_text(c: CV) -> str:
    """The text a reader sees in the CV (PDF: before line wrapping)."""
    if c.fmt == "txt":
        return me.render_txt(c)
    if c.fmt == "docx":
        return cvlib.docx_visible_text(me.docx_blocks(c))
    out = [c.name, c.headline]
    for s in c.sections:
        out.append(me.heading(c, s))
        for e in s.entries:
            if isinstance(e, str):
                out.append(e)
            elif e[0] == "li":
                out.append(e[1])
            elif e[0] == "kv":
                out.append(f"{e[1]}: {e[2]}")
            else:
                out.extend([e[1], e[2], *e[3]])
    return "\n".join(out)


def earlier_sets(last: int) -> list:
    """The modules make_holdout2 ... make_holdout{last}, imported only to refuse their
    people, slugs, towns, e-mail addresses, phone numbers and professions. Import them
    before setting make_eval.TODAY: each sets its own day when imported."""
    import importlib
    return [importlib.import_module(f"make_holdout{i}") for i in range(2, last + 1)]


def check_blind_set(jobs, earlier, used_towns, per_job: tuple[int, int], min_qualified: int = 0) -> None:
    """The checks every later held-out set makes on top of make_eval.check_data: no job, person
    or town of an earlier set; 5-7 CVs a job with enough qualified ones; quotes in a `why` are
    in the CV; every e-mail address is at example.*."""
    me.check_data(jobs)
    used_slugs = {j.slug for j in earlier}
    used_names = {c.name for j in earlier for c in j.cvs if c.name}
    used_lower = {n.lower() for n in used_names}
    for j in jobs:
        assert j.slug not in used_slugs, f"{j.slug}: a job of an earlier set"
        assert per_job[0] <= len(j.cvs) <= per_job[1], (j.slug, len(j.cvs))
        assert sum(me.truly_meets_all(c) for c in j.cvs) >= min_qualified, f"{j.slug}: too few qualified CVs"
        for c in j.cvs:
            where = f"{j.slug}/{c.file}"
            text = plain_text(c)
            assert c.name not in used_names, f"{where}: a person of an earlier set"
            first = text.strip().splitlines()[0].lower()
            for n in used_lower:
                assert n not in first, f"{where}: a person of an earlier set"
            for town in used_towns:
                assert town.lower() not in text.lower(), f"{where}: town {town} of an earlier set"
            for frag in cvlib.quoted_fragments(c.why):
                assert frag in text, f"{where}: quoted '{frag}' is not in the CV"
            mails = EMAIL.findall(text)
            assert mails, f"{where}: no e-mail address"
            for dom in mails:
                assert dom.split(".")[0] == "example", f"{where}: e-mail domain {dom}"


PHONE = re.compile(r"\+?\d[\d \-]{5,}\d")


def phones(text: str) -> set[str]:
    """Digit strings of phone-like runs (8 digits or more; the last 8 digits, so a country code does not matter)."""
    out = set()
    for m in PHONE.findall(text):
        digits = re.sub(r"\D", "", m)
        if len(digits) >= 8:
            out.add(digits[-8:])
    return out


def check_new_set(jobs, earlier, own_towns, towns: str, reused_professions=()) -> None:
    """The checks a blind set of six new professions makes on top of check_blind_set (from
    eval-holdout30/ on; the earlier scripts carry their own copies): no person or file name twice;
    every ad and CV language, every format and all three two-column orders; one manual line, the
    last; no stray single quote in a `why`; no profession, e-mail address, phone number or town of
    an earlier set (`reused_professions` lets named earlier professions through)."""
    names = [c.name or c.raw.strip().splitlines()[0] for j in jobs for c in j.cvs]
    assert len(names) == len(set(names)), "a person appears twice"
    files = [c.file for j in jobs for c in j.cvs]
    assert len(files) == len(set(files)), "a CV file name appears twice"
    assert {j.lang for j in jobs} == set(LANG_ORDER), {j.lang for j in jobs}
    assert {c.lang for j in jobs for c in j.cvs} == set(LANG_ORDER)
    assert {c.fmt for j in jobs for c in j.cvs} == {"txt", "docx", "pdf"}
    assert {c.opts.get("order", "left-first") for j in jobs for c in j.cvs if c.layout == "two-column"} \
        == set(cvlib.COLUMN_ORDERS)
    for j in jobs:
        assert j.kinds.count("manual") == 1 and j.kinds[-1] == "manual", j.slug
        for c in j.cvs:
            n = len(cvlib.quoted_fragments(c.why))
            assert c.why.count("'") == 2 * n, f"{j.slug}/{c.file}: a stray single quote in why"
    earlier_prof = {j.profession.lower() for j in earlier}
    for p in reused_professions:
        assert p in earlier_prof, f"{p} is not an earlier profession; drop it from REUSED_PROFESSIONS"
        assert p in {j.profession for j in jobs}, p
    for j in jobs:
        if j.profession not in reused_professions:
            assert j.profession.lower() not in earlier_prof, f"{j.slug}: profession {j.profession} used before"
    assert len({j.profession for j in jobs}) == len(jobs), "a profession appears twice"
    earlier_text = [plain_text(c) for j in earlier for c in j.cvs]
    earlier_mails = {m.group(0).lower() for t in earlier_text for m in EMAIL.finditer(t)}
    earlier_phones = set().union(*(phones(t) for t in earlier_text))
    mine_mails, mine_phones = [], []
    for j in jobs:
        for c in j.cvs:
            text = plain_text(c)
            mails = {m.group(0).lower() for m in EMAIL.finditer(text)}
            assert not mails & earlier_mails, f"{j.slug}/{c.file}: an e-mail address of an earlier set"
            ph = phones(text)
            assert ph, f"{j.slug}/{c.file}: no phone number"
            assert not ph & earlier_phones, f"{j.slug}/{c.file}: a phone number of an earlier set {ph & earlier_phones}"
            mine_mails += sorted(mails)
            mine_phones += sorted(ph)
    assert len(mine_mails) == len(set(mine_mails)), "an e-mail address appears twice"
    assert len(mine_phones) == len(set(mine_phones)), "a phone number appears twice"
    low = "\n".join(earlier_text).lower()
    mine = "\n".join(plain_text(c) for j in jobs for c in j.cvs).lower()
    for town in own_towns:
        assert town.lower() not in low, f"town {town} appears in an earlier set"
        assert town.lower() in mine, f"town {town} is not used"
        assert town in towns, town


def check_holdout() -> None:
    check_blind_set(JOBS, me.JOBS, EVAL_TOWNS, per_job=(5, 6))


# --------------------------------------------------------------------------
# README (generated, so its figures always match the set)
# --------------------------------------------------------------------------

LANG_ORDER = ("nb", "nn", "sv", "da", "en")


def script_paragraph(n: int) -> list[str]:
    """The README paragraph of held-out set `n` (7 and later) that says what its
    script imports and refuses."""
    return [
        "The script imports `scripts/eval/make_eval.py` (CV model, TXT/DOCX/PDF renderers,",
        "job-file writer, checks), `scripts/eval/make_holdout.py` (text extraction, the checks of",
        "a blind set and this README's figures), `scripts/eval/make_holdout2.py` ...",
        f"`scripts/eval/make_holdout{n - 1}.py` (only to refuse their people, slugs and towns) and",
        "`scripts/fixtures/cvlib.py`. It refuses what `make_eval.py` refuses (wrong number of",
        "labels, unknown label, `manual` on a non-manual line or the reverse, duplicate files,",
        "PDF text outside Windows-1252) and also a fragment quoted with single quotes in a `why`",
        "that is not in the CV, an e-mail address outside `example.*`, a job with fewer than two",
        "qualified CVs, and any job slug, person or town of `eval/` or `eval-holdout/` ...",
        f"`eval-holdout{n - 1}/`. This README is generated too.",
        "",
    ]


def run_set(argv: list[str], out: str, jobs, script: str, readme, doc: str) -> int:
    """Write or verify a held-out set (7 and later): its CVs, job files and README."""

    def generate(folder: str) -> list[str]:
        written = me.generate(folder, jobs, script)
        cvlib.write_text(os.path.join(folder, "README.md"), readme())
        return written + ["README.md"]

    return me.run(argv, out, generate, jobs, doc)


def jobs_and_figures(jobs, hard_cases: list[str]) -> list[str]:
    """The part of a held-out set's README that its data decides: the jobs with their lines,
    what the set holds (by language, format, requirement kind and layout), then the set's own
    hard cases and labelling decisions (`hard_cases`, lines of Markdown)."""
    cvs = [(j, c) for j in jobs for c in j.cvs]
    n_all = len(cvs)
    n_yes = sum(me.truly_meets_all(c) for _, c in cvs)
    labels = Counter(lab for _, c in cvs for lab in me.labels_of(c))
    n_lab = sum(labels.values())

    def fmt_key(c):
        if c.fmt != "pdf":
            return c.fmt
        return "pdf (two columns)" if c.layout == "two-column" else "pdf (one column)"

    by_lang = Counter(c.lang for _, c in cvs)
    yes_lang = Counter(c.lang for _, c in cvs if me.truly_meets_all(c))
    fmts = ("txt", "docx", "pdf (one column)", "pdf (two columns)")
    by_fmt = Counter(fmt_key(c) for _, c in cvs)
    yes_fmt = Counter(fmt_key(c) for _, c in cvs if me.truly_meets_all(c))
    layouts = Counter(c.layout for _, c in cvs)

    out = ["## The jobs", ""]
    for j in jobs:
        n_j = sum(me.truly_meets_all(c) for c in j.cvs)
        out.append(f"### `{j.slug}`: {j.title} ({j.lang}, {j.profession}, {len(j.cvs)} CVs, {n_j} meet all)")
        out.append("")
        for r, k in zip(j.requirements, j.kinds):
            out.append(f"- {r} *({k.replace('_', ' ')})*")
        out.append("")
    out += [
        "## What the set holds",
        "",
        f"{n_all} CVs; {n_yes} truly meet every requirement, {n_all - n_yes} do not. {n_lab} labels: "
        f"{labels['met']} met, {labels['not_met']} not met, {labels['unclear']} unclear, {labels['manual']} manual.",
        "",
        "| CV language | CVs | truly meet all | | format | CVs | truly meet all |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    rows = max(len(LANG_ORDER), len(fmts))
    for i in range(rows):
        left = (f"| {LANG_ORDER[i]} | {by_lang[LANG_ORDER[i]]} | {yes_lang[LANG_ORDER[i]]} |"
                if i < len(LANG_ORDER) else "| | | |")
        right = f" | {fmts[i]} | {by_fmt[fmts[i]]} | {yes_fmt[fmts[i]]} |" if i < len(fmts) else " | | | |"
        out.append(left + right)
    kinds = [k for k in me.KINDS if any(k in j.kinds for j in jobs)]
    per_kind = Counter((k, lab) for j, c in cvs for k, lab in zip(j.kinds, me.labels_of(c)))
    out += [
        "",
        "| requirement kind | lines | met | not met | unclear | manual |",
        "| --- | --- | --- | --- | --- | --- |",
        *[f"| {k.replace('_', ' ')} | {sum(j.kinds.count(k) for j in jobs)} | "
          + " | ".join(str(per_kind[(k, lab)]) for lab in ("met", "not_met", "unclear", "manual")) + " |"
          for k in kinds],
    ]
    out += [
        "",
        "Layouts: " + ", ".join(f"{k} {n}" for k, n in sorted(layouts.items(), key=lambda kv: (-kv[1], kv[0])))
        + ".",
        "",
        *hard_cases,
    ]
    return out


HARD_CASES = [
    "### Hard cases, on purpose",
    "",
    "Licence classes that do not cover the one asked for (B, BE, C, CE but no D); a driver's",
    "YSK for goods, not passengers; code 95 expired, or valid only until next month (still",
    "valid today); an EU licence and a Swedish YKB with code 95 for a Norwegian job;",
    "experience summed over several jobs with gaps and part-time posts, just over two years",
    "(10 + 16 months) or just under (about 8, 21, 22, 33 or 35 months); apprenticeships, praktik,",
    "internships and student jobs that do not count; an assistant nurse (undersköterska)",
    "or a lorry driver whose years are another role; degrees in another field (child welfare,",
    "psychology, economics), a short-cycle degree below a bachelor's (datamatiker), a",
    "master's covering a bachelor's, degrees written as B.Tech, BSc (Hons), professionsbachelor,",
    "\"180 studiepoeng (bachelorgrad)\", \"Fagbrev i automatiseringsfaget\"; a foreign vocational",
    "diploma awaiting DSB approval; authorisations applied for, from another country, or a",
    "lower profession's (SOSU-hjælper, skyddad yrkestitel undersköterska); a Swedish",
    "legitimation for a Danish nurse; a certificate expired (Azure), a year old where the",
    "course is yearly (FSE), or the neighbour country's counterpart (ESA for FSE); other",
    "vendors' certificates (CKA, Google Cloud) for \"AWS or Azure\"; K8s for Kubernetes, PLC",
    "for PLS, AAC, Makaton and Tegn til tale for ASK, DIPS and Sundhedsplatformen for",
    "Millennium; languages at CEFR levels, \"forstår godt\", \"talar obehindrat\" (speaking",
    "only), \"grunnleggjande munnleg\", or only as an evening course; \"Har ikke kørekort\",",
    "\"har ikke førerkort\" and \"under opplæring\"; \"sertifikat\" for a driving licence;",
    "English CVs for Nordic jobs and Nordic CVs in a neighbour's language.",
    "",
    "### Labelling decisions specific to this set",
    "",
    "The conventions of `eval/README.md` apply. In addition:",
    "",
    "- **YSK / code 95** is the EU driver CPC: a valid one from another EEA country (Swedish",
    "  YKB) counts for a Norwegian \"yrkessjåførkompetanse\"; one for goods does not count for",
    "  passenger transport; an expired one is `unclear`.",
    "- **Authorisations**: a Swedish legitimation already granted counts for a Swedish job",
    "  whatever the nurse's country; a Danish social- og sundhedshjælper has no authorisation",
    "  (only assistants do); a barnevernspedagog is not an authorised health profession.",
    "- **Fagbrev**: an electrician's fagbrev meets \"automatiker eller elektriker\"; a foreign",
    "  vocational diploma without DSB's approval, and a Swedish upper-secondary programme, are",
    "  `unclear`.",
    "- **FSE** training is yearly, so \"Gyldig FSE-kurs\" needs a course within the last",
    "  twelve months; the Swedish ESA is not FSE.",
    "- **Experience in a field** (\"arbeid med menneske med utviklingshemming\", \"erfaring fra",
    "  ældreplejen\") counts any real job in that field, in any role and language (miljøterapeut,",
    "  assistant, support worker for adults with \"learning disabilities\", undersköterska in",
    "  elderly care). Experience **as a role** counts the role or an equivalent title",
    "  (automasjonstekniker and automationstekniker for automatiker; SRE and platform engineer",
    "  for DevOps), not the trade before it (electrician, system administrator, assistant nurse).",
    "- **Must mention** lines are judged by meaning, as a recruiter in the field reads them:",
    "  K8s is Kubernetes, PLC is PLS, AAC, Makaton, PECS and Tegn til tale are ASK.",
    "- **Language**: \"Gode norskkunnskaper\" is B2, so B1 and A2 are `not_met`;",
    "  \"Mycket goda kunskaper i svenska\" is met by C1, \"flytande\" or mother tongue;",
    "  \"Fluent English\" is not met by \"grunnleggjande munnleg\"; a language that appears only",
    "  as a course, or only as understanding or speaking when writing is asked for, is `unclear`.",
    "",
]


def readme() -> str:
    n_all = sum(len(j.cvs) for j in JOBS)
    out = [
        "# Sikte's held-out evaluation set",
        "",
        f"{len(JOBS)} fictional jobs and {n_all} fictional CVs, labelled by hand requirement by",
        "requirement, in the same layout and job-file format as `eval/` (see `eval/README.md`",
        "for the format, the label meanings and the labelling conventions). It exists to measure",
        "accuracy on CVs the rules were never tuned on: it was written without reading Sikte's",
        "rules and without running Sikte on it, and no label was ever set from Sikte's output.",
        "Keep it that way: do not tune rules on these CVs; when a rule changes because of a",
        "disagreement found here, the set is no longer held out and a new one should be written.",
        "That has happened: its first run (2026-11-27) flagged 10 of its 12 qualified candidates,",
        "and the rules were generalised after reading its disagreements (see the README's",
        "Accuracy section). Its figures now say that those fixes hold, not how Sikte does on",
        "CVs it has not seen; run it as a regression check, and write a new held-out set.",
        "",
        "Everything here is invented for Sikte: people, employers, schools, towns",
        f"({TOWNS}), e-mail addresses (`example.*`) and phone numbers (unreal",
        "ranges: `123 45 7xx` in Norway, the Swedish fiction range `070-174 06 5x`, the UK drama",
        "range `07700 900 4xx`, `+45 12 34 57 xx` in Denmark). Nothing is copied from",
        "`/work/shared/corpus`, from `eval/` or from any real CV or job ad.",
        "Licence: the same as the project (MIT OR Apache-2.0).",
        "",
        "The format is the one of `eval/`, so Sikte's evaluator reads this folder as it reads",
        "`eval/`; report its figures for the two sets separately.",
        "",
        "## Regenerate, never edit",
        "",
        "```sh",
        f"python3 {SCRIPT}            # (re)writes eval-holdout/, removes stale files",
        f"python3 {SCRIPT} --verify   # generates twice elsewhere: byte-identical, and eval-holdout/ fresh?",
        "```",
        "",
        "The script imports `scripts/eval/make_eval.py` (CV model, TXT/DOCX/PDF renderers,",
        "job-file writer, checks) and `scripts/fixtures/cvlib.py`. It refuses what `make_eval.py`",
        "refuses (wrong number of labels, unknown label, `manual` on a non-manual line or the",
        "reverse, duplicate files, PDF text outside Windows-1252) and also a fragment quoted with",
        "single quotes in a `why` that is not in the CV, an e-mail address outside `example.*`,",
        "and any job slug, person or town of `eval/`. This README is generated too.",
        "",
    ]
    return "\n".join(out + jobs_and_figures(JOBS, HARD_CASES))


# --------------------------------------------------------------------------
# Writing and checking
# --------------------------------------------------------------------------


def generate(out: str) -> list[str]:
    written = me.generate(out, JOBS, SCRIPT)
    cvlib.write_text(os.path.join(out, "README.md"), readme())
    return written + ["README.md"]


def main(argv: list[str]) -> int:
    check_holdout()
    return me.run(argv, OUT, generate, JOBS, __doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
