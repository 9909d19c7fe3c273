#!/usr/bin/env python3
"""Write Sikte's fourteenth held-out evaluation set: eval-holdout14/README.md, jobs/<job>.toml, cvs/<job>/<file>.

    python3 scripts/eval/make_holdout14.py            # (re)write eval-holdout14/
    python3 scripts/eval/make_holdout14.py --verify   # generate twice in temporary folders and check both
                                                      # runs and eval-holdout14/ are byte-identical

A fifteenth labelled set in the same layout and job-file format as eval/ and
eval-holdout/ ... eval-holdout13/, so that accuracy can be measured on CVs the
rules were never tuned on. Six fictional jobs in professions that no earlier
set uses (aircraft maintenance technician nb, upper-secondary teacher nn,
dietitian sv, refrigeration technician sv, baker da, cabin crew member en)
with 6-8 requirement lines each, and 5 fictional CVs per job in TXT, DOCX and
PDF (one and two columns), in bokmål, nynorsk, Swedish, Danish and English.

The set was written blind: without reading Sikte's rules, code, tests, docs or
data tables, without running Sikte on it and without looking at any Sikte
output. Of the earlier sets only make_holdout13.py was read, as the template
for this script's structure, with the shared code of make_eval.py,
make_holdout.py and scripts/fixtures/cvlib.py, and eval/README.md for the
format and the labelling conventions (make_holdout13.py also defines the CVs
of eval-holdout13/; the CV definitions in make_eval.py and make_holdout.py
were skipped); make_holdout2.py ... make_holdout12.py were not read, nor the
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
eval-holdout/, ..., eval-holdout13/, any e-mail address or phone number that
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
from make_eval import CV, I, KV, L, S, cv  # noqa: E402

cvlib = me.cvlib
ROOT = me.ROOT
OUT = os.path.join(ROOT, "eval-holdout14")
SCRIPT = "scripts/eval/make_holdout14.py"
# The day this set is judged on, written into every job file. make_eval.job_toml reads
# make_eval.TODAY, so it is set there too (only in this process).
TODAY = "2026-11-28"
me.TODAY = TODAY

# Towns of eval/ and eval-holdout/ ... eval-holdout13/; none may appear here.
USED_TOWNS = mh13.USED_TOWNS + ("Gaupevika", "Lomstølen", "Sandgrovbotn", "Kjeldvoll", "Oterholmen", "Vierbakken",
                                "Ternskjær", "Gökmyren", "Vitsippeby", "Lummerhed", "Skrakholm", "Mågeløkke",
                                "Tranehøj", "Siveholt", "Kobbermose", "Aberlochy", "Punta Saliri", "Kamienna Struga")
# The invented towns of this set; an earlier set's CVs must not mention them either.
OWN_TOWNS = ("Tjeldøya", "Grønnvika", "Ospelia", "Reinsåsen", "Krokfjellmo", "Steinvassbotn", "Bjørkesund",
             "Sälgvik", "Björkhällan", "Tranemåla", "Ljungmossa", "Stærekøbing", "Hyldebjerg", "Ellemose",
             "Pilegård", "Kestleford", "Vaskijärvi", "Brzozowa Dolina", "Santa Velora", "Monte Alvano")
TOWNS = "Tjeldøya, Grønnvika, Ospelia, Reinsåsen, Krokfjellmo, Steinvassbotn and Bjørkesund in Norway; " \
        "Sälgvik, Björkhällan, Tranemåla and Ljungmossa in Sweden; Stærekøbing, Hyldebjerg, Ellemose and " \
        "Pilegård in Denmark; Kestleford, Vaskijärvi, Brzozowa Dolina, Santa Velora and Monte Alvano abroad"

JOBS: list[me.Job] = []


def job(slug, title, lang, profession, reqs: list[tuple[str, str]], *cvs: CV) -> None:
    JOBS.append(me.Job(slug, title, lang, profession, [r for r, _ in reqs], [k for _, k in reqs], list(cvs)))


# ===========================================================================
# 1. nb: Flymekaniker / flytekniker
# ===========================================================================

job(
    "flymekaniker", "Flymekaniker / flytekniker B1 til linjevedlikehold – Tjeldøya lufthavn", "nb",
    "aircraft maintenance technician",
    [
        ("Gyldig EASA Part-66 flyteknikersertifikat, kategori B1.1", "authorisation"),
        ("Typekurs (typerettighet) på ATR 42/72 eller Dash 8 Q400", "certificate"),
        ("Fagbrev i flyfaget eller tilsvarende teknisk utdanning (Part-147)", "education"),
        ("Minimum tre års erfaring fra linje- og/eller basevedlikehold på fly", "experience"),
        ("Gode engelskkunnskaper, muntlig og skriftlig", "language"),
        ("Snakker og skriver norsk eller et annet skandinavisk språk", "language"),
        ("Førerkort klasse B", "driving_licence"),
        ("Du må få godkjent bakgrunnssjekk for adgangskort til lufthavnens sikkerhetsbegrensede område", "manual"),
    ],
    cv("sigurd-elvestrand.docx", "nb", "docx", "table", "MMMMMMMX",
       "'Part-66 lisens kat. B1.1, utstedt av Luftfartstilsynet (fornyet 2024)', 'Typerettighet ATR 42/72 "
       "(PW127), 2016', 'Fagbrev i flyfaget (flymekaniker)', flymekaniker and flytekniker since 'aug. 2012 – "
       "feb. 2016' and 'mars 2016 – d.d.' (the apprenticeship does not count, the rest is over 14 years), "
       "'Engelsk – flytende (all dokumentasjon og AMM på engelsk)', 'Norsk – morsmål', 'Førerkort kl. B'",
       "Sigurd Kvalvåg Elvestrand", "Flytekniker, sertifiserende B1",
       S("contact", L("Mob. 123 46 901"), L("sigurd.elvestrand@example.no"), L("Tjeldøya")),
       S("profile", "Flytekniker med tolv års erfaring fra vedlikehold på turbopropfly. Jeg sertifiserer daglige "
                    "og ukentlige inspeksjoner og liker feilsøking på motor og systemer."),
       S("exp",
         I("mars 2016 – d.d.", "Flytekniker B1, Tjeldøya Aircraft Maintenance AS (Part-145)",
           "Linjevedlikehold på ATR 72-600, nattskift og AOG-utrykninger",
           "Utstedelse av CRS etter daglige og ukentlige inspeksjoner"),
         I("aug. 2012 – feb. 2016", "Flymekaniker, Bjørkesund Flyteknikk AS", "Basevedlikehold, C-sjekker"),
         I("aug. 2010 – juli 2012", "Lærling i flyfaget, Bjørkesund Flyteknikk AS")),
       S("edu",
         I("2012", "Fagbrev i flyfaget (flymekaniker)"),
         I("2008 – 2010", "Vg1 teknikk og industriell produksjon, Vg2 flyfag, Grønnvika vgs")),
       S("cert", L("Part-66 lisens kat. B1.1, utstedt av Luftfartstilsynet (fornyet 2024)"),
         L("Typerettighet ATR 42/72 (PW127), 2016"), L("Human factors og EWIS, repetisjon 2025"),
         head="Sertifikater"),
       S("lic", L("Førerkort kl. B")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – flytende (all dokumentasjon og AMM på engelsk)"))),
    cv("linnea-osterberg.pdf", "sv", "pdf", "two-column", "MMMMMMMX",
       "a Swede: a Part-66 licence from another EASA state is valid in Norway, 'EASA Part-66 certifikat B1.1 och "
       "B2, utfärdat av Transportstyrelsen', 'Typbehörighet DHC-8-400 (PW150A), 2017' is the Dash 8 Q400, "
       "'Gymnasieskolans flygteknikprogram med Part-147 grundutbildning' is the equivalent education, mechanic "
       "and technician since '2011-09 – 2014-03' and '2014-04 – nu', 'Engelska – flytande', Swedish "
       "('Svenska – modersmål') is a Scandinavian language, 'Körkort B'",
       "Linnéa Österberg", "Flygtekniker B1/B2",
       S("contact", L("Tel. 0980-319 251"), L("linnea.osterberg@example.se"), L("Sälgvik, Sverige")),
       S("cert", L("EASA Part-66 certifikat B1.1 och B2, utfärdat av Transportstyrelsen"),
         L("Typbehörighet DHC-8-400 (PW150A), 2017"), L("Human Factors, repetition 2025"), head="Certifikat"),
       S("lic", L("Körkort B")),
       S("lang", L("Svenska – modersmål"), L("Engelska – flytande"), L("Norska – förstår allt")),
       S("profile", "Flygtekniker med drygt tolv år i linjeunderhåll på turbopropflyg. Jag vill flytta till "
                    "Norge och fortsätta arbeta med Q400."),
       S("exp",
         I("2014-04 – nu", "Flygtekniker, linjeunderhåll, Sälgvik Aero Technics AB",
           "Dagliga tillsyner, felsökning och CRS-signering på Q400"),
         I("2011-09 – 2014-03", "Flygmekaniker, Sälgvik Aero Technics AB", "Hjul- och bromsbyten, motorkörning")),
       S("edu", I("2008 – 2011", "Gymnasieskolans flygteknikprogram med Part-147 grundutbildning, kategori B1.1, "
                                 "Björkhällans flygtekniska gymnasium")),
       order="rows"),
    cv("declan-ferris.txt", "en", "txt", "one-column", "UMMMMNMX",
       "'ATR 42/72 (PW127)', 'Aircraft Maintenance Engineering Apprenticeship (Level 3)' (the British "
       "equivalent of a fagbrev), 'B1 Licensed Engineer' since 'Jun 2016 – present', 'English – native', 'Full "
       "UK driving licence (category B)'; but 'UK Part-66 Aircraft Maintenance Licence B1.1, issued by the UK "
       "CAA (2018)' is no EASA licence since Brexit, and 'Norwegian – basic (A2)' is below the level asked, "
       "with no other Scandinavian language",
       "Declan Ferris", "Licensed Aircraft Engineer (B1)",
       S("contact", L("Mobile +44 7700 900 417"), L("declan.ferris@example.co.uk"), L("Kestleford, England")),
       S("profile", "B1 licensed engineer with ten years on ATR and Embraer line stations. Moving to Norway "
                    "with my Norwegian partner in spring 2027."),
       S("exp",
         I("Jun 2016 – present", "B1 Licensed Engineer, Kestleford Regional Engineering Ltd",
           "Line maintenance on ATR 72-600 and Embraer 175, certifying staff since 2018"),
         I("Sep 2012 – May 2016", "Aircraft Maintenance Apprentice, Kestleford Regional Engineering Ltd")),
       S("edu", I("2012 – 2016", "Aircraft Maintenance Engineering Apprenticeship (Level 3), Kestleford College")),
       S("lic", L("UK Part-66 Aircraft Maintenance Licence B1.1, issued by the UK CAA (2018)"),
         L("Type ratings: ATR 42/72 (PW127), Embraer 170/190 (CF34)"), L("Full UK driving licence (category B)"),
         head="Licences"),
       S("lang", L("English – native"), L("Norwegian – basic (A2), evening classes since 2025")),
       upper=False, rule=True),
    cv("halvard-rimstad.pdf", "nn", "pdf", "dates-after", "UUMUMMMX",
       "nynorsk: 'Fagbrev i flyfaget', 'Engelsk – godt, munnleg og skriftleg', 'Norsk – morsmål', 'Førarkort "
       "klasse B'; but the licence is only 'søknad sendt Luftfartstilsynet oktober 2026', the type course has "
       "its 'praksisdel (OJT) startar januar 2027', and 'Flymekanikar' since 'sep. 2024 – d.d.' is 27 months "
       "(the apprenticeship does not count)",
       "Halvard Lid Rimstad", "Flymekanikar",
       S("contact", L("Tlf. 123 46 904"), L("halvard.rimstad@example.no"), L("Grønnvika")),
       S("profile", "Nyutdanna flymekanikar med fagbrev frå 2024. Eg har teke alle modulane til B1 og ventar no "
                    "på sertifikatet."),
       S("exp",
         I("sep. 2024 – d.d.", "Flymekanikar, Grønnvika Flyteknikk AS",
           "Linjevedlikehald på ATR 72 under rettleiing av sertifiserande tekniker"),
         I("aug. 2022 – aug. 2024", "Lærling i flyfaget, Grønnvika Flyteknikk AS")),
       S("edu",
         I("2024", "Fagbrev i flyfaget"),
         I("2020 – 2022", "Vg1 teknologi- og industrifag, Vg2 flyfag, Grønnvika vidaregåande skule")),
       S("cert", L("Part-66 B1.1: alle modular bestått, søknad sendt Luftfartstilsynet oktober 2026"),
         L("ATR 72 typekurs: teoridel fullført, praksisdel (OJT) startar januar 2027"), head="Sertifikat og kurs"),
       S("lic", L("Førarkort klasse B")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – godt, munnleg og skriftleg"))),
    cv("mikkel-sogaard.docx", "da", "docx", "europass", "UMMMMMMX",
       "'DHC-8-402 (PW150), 2012' is the Dash 8 Q400, 'svendebrev som flymekaniker', 'Flymekaniker' from "
       "'01.03.2009 – 31.07.2021', English 'flydende', Danish mother tongue, driving licence 'B'; but the "
       "Part-66 licence is 'udstedt af Trafikstyrelsen, gyldigt til 14.03.2025', expired since he moved to "
       "wind turbines",
       "Mikkel Bruun Søgaard", "Flymekaniker (B1)",
       S("contact", KV("Telefon", "+45 12 34 68 21"), KV("E-mail", "mikkel.sogaard@example.dk"),
         KV("Adresse", "Hyldebjerg, Danmark")),
       S("exp",
         I("01.08.2021 – nu", "Servicetekniker, vindmøller, Hyldebjerg Vind A/S",
           "Fejlfinding og vedligehold af nacelle og hydraulik"),
         I("01.03.2009 – 31.07.2021", "Flymekaniker, Ellemose Airport Technics ApS",
           "Linje- og hangarvedligehold på Q400 og ATR 72", "Certificerende B1-mekaniker fra 2012")),
       S("edu", I("2005 – 2009", "Flymekanikeruddannelsen, svendebrev som flymekaniker, Stærekøbing Tekniske Skole")),
       S("cert", KV("Part-66 B1.1", "udstedt af Trafikstyrelsen, gyldigt til 14.03.2025"),
         KV("Typeuddannelse", "DHC-8-402 (PW150), 2012"), head="Certifikater"),
       S("lic", KV("Kørekort", "B")),
       S("lang", KV("Modersmål", "dansk"), KV("Engelsk", "flydende"), KV("Norsk", "forstår og læser"))),
)


# ===========================================================================
# 2. nn: Lektor
# ===========================================================================

job(
    "lektor", "Lektor i norsk og engelsk – Reinsåsen vidaregåande skule, 100 % fast stilling", "nn",
    "upper-secondary teacher",
    [
        ("Mastergrad eller tilsvarande (lektorkompetanse)", "education"),
        ("Praktisk-pedagogisk utdanning (PPU) eller anna godkjend lærarutdanning", "education"),
        ("Minst 60 studiepoeng i norsk", "education"),
        ("Minst 60 studiepoeng i engelsk", "education"),
        ("Minst eitt års undervisningserfaring frå vidaregåande skule", "experience"),
        ("Svært god munnleg og skriftleg framstillingsevne på norsk, både bokmål og nynorsk", "language"),
        ("Politiattest, jf. opplæringslova, må leggjast fram før tilsetjing", "manual"),
    ],
    cv("marte-kvamsdal.docx", "nn", "docx", "dates-after", "MMMMMMX",
       "'Lektorprogrammet, master i nordisk språk' with 'Nordisk 180 studiepoeng, engelsk 60 studiepoeng' and "
       "'Pedagogikk og fagdidaktikk 60 studiepoeng med 100 dagar praksis' (the pedagogy of the lektor "
       "programme), 'Lektor, Ospelia vidaregåande skule' since 'august 2019 – d.d.', 'Norsk (nynorsk og "
       "bokmål) – morsmål'",
       "Marte Synnøve Kvamsdal", "Lektor i norsk og engelsk",
       S("contact", L("Mob. 123 46 905"), L("marte.kvamsdal@example.no"), L("Ospelia")),
       S("profile", "Lektor med sju års erfaring frå vidaregåande, mest norsk og engelsk fellesfag. Eg er "
                    "oppteken av skriving og vurdering for læring."),
       S("exp",
         I("august 2019 – d.d.", "Lektor, Ospelia vidaregåande skule",
           "Norsk Vg1–Vg3 og engelsk Vg1 studieførebuande", "Kontaktlærar og medlem i fagnettverk for nynorsk"),
         I("2017 – 2019", "Timelærar ved sida av studia, Reinsåsen ungdomsskule")),
       S("edu", I("2014 – 2019", "Lektorprogrammet, master i nordisk språk, Steinvassbotn universitet",
                  "Nordisk 180 studiepoeng, engelsk 60 studiepoeng",
                  "Pedagogikk og fagdidaktikk 60 studiepoeng med 100 dagar praksis")),
       S("lang", L("Norsk (nynorsk og bokmål) – morsmål"), L("Engelsk – svært godt (C2)"))),
    cv("jonas-tveit.pdf", "nb", "pdf", "right-dates", "MMMMMMX",
       "bokmål: 'Master i engelsk litteratur, 120 sp', 'Praktisk-pedagogisk utdanning (PPU), 60 sp', "
       "'Årsstudium i nordisk språk og litteratur, 60 sp' is 60 credits of norsk, 'Bachelor i engelsk (80 sp "
       "engelsk)', lektor since '08/2015 – 06/2020' and '08/2020 – nå', 'Norsk – morsmål; jeg skriver bokmål og "
       "nynorsk'",
       "Jonas Eikrem Tveit", "Lektor, norsk og engelsk",
       S("contact", L("Tlf. 123 46 906"), L("jonas.tveit@example.no"), L("Reinsåsen")),
       S("profile", "Lektor med master i engelsk og årsstudium i nordisk. Elleve år i videregående skole, de "
                    "siste seks som lærer i påbygging til generell studiekompetanse."),
       S("exp",
         I("08/2020 – nå", "Lektor, Reinsåsen videregående skole",
           "Engelsk fordypning og norsk på påbygg til generell studiekompetanse"),
         I("08/2015 – 06/2020", "Lektor, Krokfjellmo videregående skole", "Engelsk Vg1 og internasjonal engelsk")),
       S("edu",
         I("2014 – 2015", "Praktisk-pedagogisk utdanning (PPU), 60 sp, Steinvassbotn universitet"),
         I("2012 – 2014", "Master i engelsk litteratur, 120 sp, Steinvassbotn universitet"),
         I("2011 – 2012", "Årsstudium i nordisk språk og litteratur, 60 sp, Steinvassbotn universitet"),
         I("2008 – 2011", "Bachelor i engelsk (80 sp engelsk), Steinvassbotn universitet")),
       S("lang", L("Norsk – morsmål; jeg skriver bokmål og nynorsk, sensor i sidemål 2023"),
         L("Engelsk – flytende (C2)")),
       date_first=True),
    cv("ebba-lindqvist.txt", "sv", "txt", "one-column", "MUUMMNX",
       "a Swede: 'Ämneslärarexamen med inriktning mot gymnasieskolan, 300 hp' is a master-level degree, "
       "'engelska 90 hp', 'Lärare i svenska och engelska, Björkhällans gymnasium' since '2017-08 – nu'; but the "
       "Norwegian approval of her teacher education is only 'ansökan skickad oktober 2026', 'Svenska 120 hp' is "
       "Swedish, not norsk, and 'Norska – läser obehindrat, talar och skriver på B1-nivå' is below the level "
       "asked",
       "Ebba Lindqvist", "Legitimerad gymnasielärare i svenska och engelska",
       S("contact", L("Tel. 0980-319 252"), L("ebba.lindqvist@example.se"), L("Björkhällan")),
       S("profile", "Gymnasielärare med nio år i yrket. Vi flyttar till Norge sommaren 2027 och jag läser "
                    "norska på kvällstid."),
       S("exp", I("2017-08 – nu", "Lärare i svenska och engelska, Björkhällans gymnasium",
                  "Svenska 1–3 och Engelska 5–7, mentor på samhällsvetenskapsprogrammet")),
       S("edu", I("2012 – 2017", "Ämneslärarexamen med inriktning mot gymnasieskolan, 300 hp, Tranemåla universitet",
                  "Svenska 120 hp, engelska 90 hp, utbildningsvetenskaplig kärna 60 hp och VFU 30 hp")),
       S("auth", L("Lärarlegitimation (Skolverket), behörig i svenska och engelska i gymnasieskolan"),
         L("Godkännande av lärarutbildningen i Norge (HK-dir): ansökan skickad oktober 2026")),
       S("lang", L("Svenska – modersmål"), L("Engelska – mycket goda kunskaper"),
         L("Norska – läser obehindrat, talar och skriver på B1-nivå")),
       sep=" | "),
    cv("nour-saether.pdf", "en", "pdf", "two-column", "MUUMMMX",
       "'Master of Arts in English Linguistics, 120 ECTS', 'English 90 ECTS', 'Teacher (temporary position)' "
       "since '08/2023 – present' at an upper secondary school, 'Norwegian – native, writes both "
       "bokmål and nynorsk'; but 'Practical Teacher Education (PPU), part-time, 60 ECTS – expected June "
       "2027' is not finished, and 'Nordic language and literature 40 ECTS' is below 60 credits of norsk",
       "Nour Khalil Sæther", "Teacher of English and Norwegian",
       S("contact", L("+47 123 46 907"), L("nour.saether@example.com"), L("Krokfjellmo, Norway")),
       S("lang", L("Norwegian – native, writes both bokmål and nynorsk"),
         L("English – near-native (C2)"), L("Arabic – fluent")),
       S("skills", L("itslearning, Google Classroom"), L("Assessment for learning")),
       S("profile", "Teacher with an MA in English. I have taught in upper secondary school since 2023 and am "
                    "completing my teacher training part-time."),
       S("exp",
         I("08/2023 – present", "Teacher (temporary position), Krokfjellmo upper secondary school",
           "English Vg1 and Norwegian Vg2, vocational programmes"),
         I("2021 – 2023", "Private tutor and exam invigilator")),
       S("edu",
         I("2025 – ongoing", "Practical Teacher Education (PPU), part-time, 60 ECTS – expected June 2027"),
         I("2020 – 2022", "Master of Arts in English Linguistics, 120 ECTS, University of Steinvassbotn"),
         I("2017 – 2020", "Bachelor in Language Studies, 180 ECTS (English 90 ECTS, Nordic language and "
                          "literature 40 ECTS)")),
       order="left-first"),
    cv("torbjorn-rimehaug.txt", "nn", "txt", "badly-written", "MMMMMMX",
       "badly written, old degrees: 'cand.philol. frå 1995 med hovudfag i nordisk og mellomfag i engelsk (30 "
       "vekttal)' is a higher degree with far over 60 credits of norsk and 90 of engelsk, 'praktisk-pedagogisk "
       "seminar' is the old PPU, 'har undervist i vidaregåande i snart 30 år', 'nynorsk er hovudmålet mitt, "
       "bokmål skriv eg like godt'",
       raw="""
Torbjørn Gjerstad Rimehaug
Reinsåsen. tlf 123 46 908. torbjorn.rimehaug@example.no

søknad på lektorstilling i norsk/engelsk

eg er cand.philol. frå 1995 med hovudfag i nordisk og mellomfag i engelsk (30 vekttal).
tok praktisk-pedagogisk seminar året etter.
har undervist i vidaregåande i snart 30 år, no på Krokfjellmo vgs (sidan 2004), før det Grønnvika vgs 1996-2004.
nynorsk er hovudmålet mitt, bokmål skriv eg like godt. har vore sensor i norsk til eksamen mange gonger.
"""),
)


# ===========================================================================
# 3. sv: Dietist
# ===========================================================================

job(
    "dietist", "Dietist till medicinkliniken, Tranemåla sjukhus – tillsvidareanställning", "sv", "dietitian",
    [
        ("Legitimerad dietist (legitimation utfärdad av Socialstyrelsen)", "authorisation"),
        ("Dietistexamen, 180 hp, eller motsvarande utländsk utbildning", "education"),
        ("Minst två års erfarenhet av arbete som dietist inom hälso- och sjukvården", "experience"),
        ("Erfarenhet av enteral nutrition (sondnäring)", "must_mention"),
        ("Mycket goda kunskaper i svenska i tal och skrift", "language"),
        ("B-körkort, då tjänsten innebär resor till kommunens särskilda boenden", "driving_licence"),
    ],
    cv("hedvig-lundell.docx", "sv", "docx", "bold-headings", "MMMMMM",
       "'Legitimation som dietist, Socialstyrelsen, oktober 2016', 'Dietistprogrammet, 180 hp', dietitian since "
       "'2016-09 – 2017-12' and '2018-01 – nu', 'Uppstart av nutrition via nasogastrisk sond och PEG' is enteral "
       "nutrition, 'Svenska – modersmål', 'Körkort: B'",
       "Hedvig Sandström Lundell", "Leg. dietist",
       S("contact", L("Tfn 0980-319 253"), L("hedvig.lundell@example.se"), L("Tranemåla")),
       S("profile", "Leg. dietist med tio års erfarenhet från slutenvården, främst medicin och geriatrik. Jag "
                    "undervisar gärna vårdpersonal i nutrition."),
       S("exp",
         I("2018-01 – nu", "Dietist, medicinkliniken, Tranemåla sjukhus",
           "Nutritionsbehandling av inneliggande patienter med undernäring, dysfagi och diabetes",
           "Uppstart av nutrition via nasogastrisk sond och PEG i samråd med läkare"),
         I("2016-09 – 2017-12", "Dietist, Sälgviks vårdcentral")),
       S("edu", I("2013 – 2016", "Dietistprogrammet, 180 hp, kandidatexamen i klinisk nutrition, Björkhällans "
                                 "universitet")),
       S("auth", L("Legitimation som dietist, Socialstyrelsen, oktober 2016")),
       S("lic", L("Körkort: B")),
       S("lang", L("Svenska – modersmål"), L("Engelska – mycket god"))),
    cv("riikka-maenpaa.pdf", "en", "pdf", "europass", "MMMMMM",
       "a Finn: 'Licensed dietitian (legitimerad dietist), Socialstyrelsen, 2022', 'Master of Health Sciences, "
       "Clinical Nutrition' is a foreign dietitian degree, dietitian since '2017-06 – 2022-02' and '2022-03 – "
       "present', 'Tube feeding and parenteral nutrition' is enteral nutrition, Swedish 'C1 – fluent, spoken "
       "and written', 'Driving licence: B'",
       "Riikka Mäenpää", "Clinical dietitian",
       S("contact", KV("Phone", "+46 980 319 254"), KV("E-mail", "riikka.maenpaa@example.fi"),
         KV("Address", "Tranemåla, Sweden")),
       S("exp",
         I("2022-03 – present", "Dietitian, Tranemåla hospital, surgical and oncology wards",
           "Tube feeding and parenteral nutrition for patients after upper GI surgery"),
         I("2017-06 – 2022-02", "Clinical dietitian (ravitsemusterapeutti), Vaskijärvi central hospital, Finland")),
       S("edu", I("2011 – 2017", "Master of Health Sciences, Clinical Nutrition – qualified dietitian "
                                 "(ravitsemusterapeutti), University of Vaskijärvi, Finland")),
       S("auth", KV("Sweden", "Licensed dietitian (legitimerad dietist), Socialstyrelsen, 2022"),
         KV("Finland", "Licensed dietitian, Valvira, 2017"), head="Registration"),
       S("lang", KV("Mother tongue", "Finnish"), KV("Swedish", "C1 – fluent, spoken and written"),
         KV("English", "C1")),
       S("lic", KV("Driving licence", "B"), head="Other")),
    cv("tindra-nyberg.pdf", "sv", "pdf", "two-column", "UMUUMM",
       "'Dietistprogrammet 180 hp' with 'dietistexamen juni 2026', 'Svenska – modersmål', 'B-körkort'; but the "
       "legitimation is 'inskickad till Socialstyrelsen juli 2026 – inväntar beslut', 'Dietist (vikariat)' since "
       "'2026-08 – nu' is four months (the undersköterska job is another role), and sondnäring appears only in "
       "her VFU (training, not experience)",
       "Tindra Wahlgren Nyberg", "Dietist",
       S("contact", L("Tel. 0980-319 255"), L("tindra.nyberg@example.se"), L("Ljungmossa")),
       S("auth", L("Ansökan om legitimation inskickad till Socialstyrelsen juli 2026 – inväntar beslut"),
         side=True),
       S("lic", L("B-körkort")),
       S("lang", L("Svenska – modersmål"), L("Engelska – flytande"), L("Spanska – grundläggande")),
       S("profile", "Nyexaminerad dietist som brinner för klinisk nutrition. Under min VFU på onkologen fick jag "
                    "arbeta med sondnäring, och det är där jag vill fortsätta."),
       S("exp",
         I("2026-08 – nu", "Dietist (vikariat), Ljungmossa vårdcentral", "Diabetes, IBS och viktmottagning"),
         I("2023 – 2026", "Undersköterska (timanställd, extrajobb), Tranemåla sjukhus")),
       S("edu", I("2023 – 2026", "Dietistprogrammet 180 hp, Björkhällans universitet, dietistexamen juni 2026",
                  "VFU 10 veckor på onkologiska kliniken: sondnäring och nutritionsbedömning")),
       order="right-first"),
    cv("karoline-thygesen.txt", "da", "txt", "dates-after", "UMMMNM",
       "a Dane: 'Professionsbachelor i ernæring og sundhed, retning klinisk diætist' is the same education, "
       "'Klinisk diætist' since 'august 2014 – nu' at a hospital, 'sondeernæring og parenteral ernæring', "
       "'Kørekort: B'; but 'Autoriseret klinisk diætist (Styrelsen for Patientsikkerhed), 2012' is Danish, not a "
       "Swedish legitimation, and 'Svensk – forstår godt, taler lidt' is below mycket goda kunskaper",
       "Karoline Munk Thygesen", "Klinisk diætist",
       S("contact", L("Tlf. +45 12 34 68 22"), L("karoline.thygesen@example.dk"), L("Pilegård")),
       S("profile", "Klinisk diætist med tolv års erfaring fra hospital og kommune. Min mand har fået arbejde i "
                    "Sverige, og vi flytter i foråret."),
       S("exp",
         I("august 2014 – nu", "Klinisk diætist, Medicinsk afdeling, Hyldebjerg Sygehus",
           "Ernæringsterapi til indlagte patienter, herunder sondeernæring og parenteral ernæring"),
         I("2012 – 2014", "Diætist, Pilegård Kommune, hjemmeplejen")),
       S("edu", I("2008 – 2012", "Professionsbachelor i ernæring og sundhed, retning klinisk diætist, Stærekøbing "
                                 "Professionshøjskole")),
       S("auth", L("Autoriseret klinisk diætist (Styrelsen for Patientsikkerhed), 2012")),
       S("lic", L("Kørekort: B")),
       S("lang", L("Dansk – modersmål"), L("Engelsk – flydende"), L("Svensk – forstår godt, taler lidt"))),
    cv("ingrid-fossheim-lie.pdf", "nb", "pdf", "right-dates", "MMMMMM",
       "a Norwegian already licensed in Sweden: 'Svensk legitimasjon som dietist (Socialstyrelsen), mars 2024', "
       "'Master i klinisk ernæring (klinisk ernæringsfysiolog)' is a foreign dietitian education at a higher "
       "level, klinisk ernæringsfysiolog from 'aug. 2012 – apr. 2024' and 'Dietist' since 'mai 2024 – d.d.', "
       "'Ernæringsbehandling med sonde', 'Svensk – flytende, muntlig og skriftlig', driving licence 'Klasse B'",
       "Ingrid Fossheim Lie", "Klinisk ernæringsfysiolog / dietist",
       S("contact", L("Tlf. +46 980 319 256"), L("ingrid.lie@example.no"), L("Sälgvik, Sverige")),
       S("profile", "Norsk klinisk ernæringsfysiolog, bosatt i Sverige siden 2024 og nå ansatt som dietist i "
                    "primærvården."),
       S("exp",
         I("mai 2024 – d.d.", "Dietist, Sälgviks vårdcentral", "Ernæringsbehandling for eldre og pasienter med KOLS"),
         I("aug. 2012 – apr. 2024", "Klinisk ernæringsfysiolog, Bjørkesund sykehus",
           "Ernæringsbehandling med sonde og intravenøs ernæring på kirurgisk avdeling")),
       S("edu", I("2007 – 2012", "Master i klinisk ernæring (klinisk ernæringsfysiolog), Steinvassbotn universitet")),
       S("auth", L("Svensk legitimasjon som dietist (Socialstyrelsen), mars 2024"),
         L("Autorisasjon som klinisk ernæringsfysiolog (Helsedirektoratet), 2012")),
       S("lic", L("Klasse B")),
       S("lang", L("Norsk – morsmål"), L("Svensk – flytende, muntlig og skriftlig"), L("Engelsk – meget god"))),
)


# ===========================================================================
# 4. sv: Kyltekniker
# ===========================================================================

job(
    "kyltekniker", "Kyltekniker till service och installation – Sälgvik", "sv", "refrigeration technician",
    [
        ("Certifikat för arbete med köldmedier (f-gaser), kategori I", "certificate"),
        ("Yrkesexamen som kyl- och värmepumpstekniker från gymnasiet eller YH, eller motsvarande", "education"),
        ("Minst tre års erfarenhet av service och installation av kyl- och värmepumpsanläggningar", "experience"),
        ("Erfarenhet av naturliga köldmedier, t.ex. CO2 (R744) eller propan (R290)", "must_mention"),
        ("B-körkort", "driving_licence"),
        ("God svenska i tal och skrift", "language"),
        ("Du är självgående, noggrann och har god servicekänsla", "manual"),
    ],
    cv("jesper-ahlin.txt", "sv", "txt", "one-column", "MMMMMMX",
       "'F-gascert. kat. I (Incert), giltigt t.o.m. 2029-05', 'Kyl- och värmepumpstekniker, YH-utbildning 400 "
       "YH-poäng', 'Kyltekniker' since '2015-03 – nu' (the lärling months do not count), 'transkritiska "
       "CO2-aggregat', körkort 'B, BE', 'Svenska – modersmål'",
       "Jesper Viklund Ahlin", "Kyltekniker",
       S("contact", L("Mobil 0980-319 257"), L("jesper.ahlin@example.se"), L("Sälgvik")),
       S("profile", "Kyltekniker sedan 2015. Service, felsökning och nyinstallation av kyl- och frysanläggningar i "
                    "butik och industri samt värmepumpar i villor."),
       S("exp",
         I("2015-03 – nu", "Kyltekniker, Sälgviks Kyl & Värme AB",
           "Service och jour på kyl- och frysanläggningar i livsmedelsbutiker",
           "Installation av transkritiska CO2-aggregat och luft/vatten-värmepumpar"),
         I("2014-08 – 2015-02", "Lärling, Sälgviks Kyl & Värme AB")),
       S("edu", I("2012 – 2014", "Kyl- och värmepumpstekniker, YH-utbildning 400 YH-poäng, Ljungmossa "
                                 "yrkeshögskola")),
       S("cert", L("F-gascert. kat. I (Incert), giltigt t.o.m. 2029-05"), L("Heta arbeten, 2024"), head="Cert"),
       S("lic", L("B, BE")),
       S("lang", L("Svenska – modersmål"), L("Engelska – ok")),
       sep=" | ", indent=2),
    cv("bartosz-jedlina.docx", "en", "docx", "europass", "MMMMMMX",
       "'Category I certificate, Incert (Sweden), 2019 – valid to 2029', 'refrigeration and air-conditioning "
       "technician (vocational diploma)' is the equivalent education, refrigeration fitter and service "
       "technician since '2012-07 – 2019-08' and '2019-09 – present', 'Propane (R290) heat pumps and CO2 "
       "booster systems', driving licence 'category B', Swedish 'good, spoken and written (B2)'",
       "Bartosz Jedlina", "Refrigeration and heat pump technician",
       S("contact", KV("Phone", "+46 980 319 258"), KV("E-mail", "bartosz.jedlina@example.pl"),
         KV("Address", "Ljungmossa, Sweden")),
       S("exp",
         I("2019-09 – present", "Service technician, refrigeration, Ljungmossa Kylservice AB",
           "Service and installation of commercial refrigeration and heat pumps",
           "Propane (R290) heat pumps and CO2 booster systems in supermarkets"),
         I("2012-07 – 2019-08", "Refrigeration fitter, Chłodnictwo Brzozowa Dolina sp. z o.o., Poland")),
       S("edu", I("2008 – 2012", "Technical upper secondary school, refrigeration and air-conditioning technician "
                                 "(vocational diploma), Brzozowa Dolina")),
       S("cert", KV("F-gas", "Category I certificate, Incert (Sweden), 2019 – valid to 2029; before that Category I "
                             "in Poland"),
         KV("Brazing", "EN 13585, 2024"), head="Certificates"),
       S("lic", KV("Driving licence", "category B")),
       S("lang", KV("Mother tongue", "Polish"),
         KV("Swedish", "good, spoken and written (B2), SFI and Swedish as a second language completed"),
         KV("English", "B2"))),
    cv("rasmus-ohlund.pdf", "sv", "pdf", "two-column", "UMMMMMX",
       "'VVS- och fastighetsprogrammet, inriktning kyl- och värmepumpsteknik, gymnasieexamen', "
       "'Värmepumpsmontör' since '2021-05 – nu' (installation and service of heat pumps), 'Luft/vatten-"
       "värmepumpar med R290', 'Körkort B', 'Svenska – modersmål'; but he holds 'Certifikat kategori II "
       "(köldmedier), Incert 2021', a lower category, and category I has its 'praktiskt prov bokat februari "
       "2027'",
       "Rasmus Öhlund", "Värmepumpsmontör / blivande kyltekniker",
       S("contact", L("Tel. 0980-319 259"), L("rasmus.ohlund@example.se"), L("Björkhällan")),
       S("cert", L("Certifikat kategori II (köldmedier), Incert 2021"),
         L("Kategori I: teori klar, praktiskt prov bokat februari 2027"), head="Certifikat"),
       S("lic", L("Körkort B")),
       S("lang", L("Svenska – modersmål"), L("Engelska – god")),
       S("profile", "Montör med fem års erfarenhet av värmepumpar i villor och flerbostadshus. Nu vill jag vidare "
                    "mot större kylanläggningar."),
       S("exp",
         I("2021-05 – nu", "Värmepumpsmontör, Björkhällans Energiteknik AB",
           "Installation och service av luft/vatten- och bergvärmepumpar", "Luft/vatten-värmepumpar med R290"),
         I("2019 – 2021", "Lagerarbetare, Björkhällans Bygghandel")),
       S("edu", I("2016 – 2019", "VVS- och fastighetsprogrammet, inriktning kyl- och värmepumpsteknik, "
                                 "gymnasieexamen, Björkhällans tekniska gymnasium")),
       order="rows"),
    cv("henrik-bang.pdf", "da", "pdf", "no-headings", "MMMMNNX",
       "no headings, a Dane: 'Kølecertifikat kategori I (KMO) – EU-certifikat efter F-gasforordningen, fornyet "
       "2024' (a category I certificate from another EU country is recognised in Sweden), 'svendebrev som "
       "kølemontør', 'Kølemontør' since '2009 – nu', 'CO2-anlæg (R744)'; but 'Kørekort B – frakendt, får det "
       "igen marts 2027' means no licence today, and 'Svensk – forstår en del, taler og skriver det kun lidt' "
       "is below god svenska",
       "Henrik Vestergaard Bang", "Kølemontør · henrik.bang@example.dk · +45 12 34 68 23 · Stærekøbing",
       S("profile", "Kølemontør med 17 års erfaring i service og montage af køle- og fryseanlæg. Jeg søger "
                    "arbejde i Sverige, hvor min kæreste bor."),
       S("exp", I("2009 – nu", "Kølemontør, Stærekøbing Køleteknik A/S",
                  "Service og montage af CO2-anlæg (R744) i supermarkeder og store varmepumper til fjernvarme")),
       S("edu", I("2005 – 2009", "Kølemontøruddannelsen, svendebrev som kølemontør, Pilegård Tekniske Skole")),
       S("cert", L("Kølecertifikat kategori I (KMO) – EU-certifikat efter F-gasforordningen, fornyet 2024"),
         L("Kørekort B – frakendt, får det igen marts 2027")),
       S("lang", L("Dansk – modersmål"), L("Engelsk – godt"),
         L("Svensk – forstår en del, taler og skriver det kun lidt"))),
    cv("niklas-bergvall.txt", "sv", "txt", "badly-written", "MUUUMMX",
       "badly written; 'kat 1 certet tog jag i våras, alla prov godkända', 'har B-kort', 'svenska är mitt "
       "modersmål'; but 'gick elprogrammet på gymnasiet' is no refrigeration education, kyl work is only 'dom "
       "senaste två åren' of his electrician job, and natural refrigerants are not mentioned",
       raw="""
Niklas Bergvall
niklas.bergvall@example.se   0980-319 260   Ljungmossa

Hej! söker tjänsten som kyltekniker.
jobbat som elektriker sen 2010 (Ljungmossa El AB), dom senaste två åren mest med kyl o värmepumpar, kopplar in aggregat och gör service ihop med kylteknikerna.
gick elprogrammet på gymnasiet. kat 1 certet tog jag i våras, alla prov godkända.
har B-kort och egen bil. svenska är mitt modersmål.
"""),
)


# ===========================================================================
# 5. da: Bager
# ===========================================================================

job(
    "bager", "Bager til morgenholdet – Pilegårds Brød, Stærekøbing", "da", "baker",
    [
        ("Uddannet bager med svendebrev eller tilsvarende", "education"),
        ("Mindst 2 års erfaring fra et håndværksbageri", "experience"),
        ("Hygiejnebevis", "certificate"),
        ("Erfaring med surdejsbrød", "must_mention"),
        ("Du taler dansk, norsk eller svensk", "language"),
        ("Kørekort kategori B (udbringning til caféer om morgenen)", "driving_licence"),
        ("Du kan arbejde om natten og i weekender", "manual"),
    ],
    cv("sofie-brandt.docx", "da", "docx", "one-column", "MMMMMMX",
       "'Svendeprøve som bager' (the svendebrev), 'Bager, Hyldebjerg Håndværksbageri' since 'jan. 2019 – d.d.' "
       "(the apprenticeship does not count), 'Hygiejnebevis (AMU, hygiejne for fødevarevirksomheder), 2014', "
       "'hvedebrød på levain' and 'Ansvar for surdejene', 'Dansk – modersmål', 'Kørekort B'",
       "Sofie Lykke Brandt", "Bagersvend",
       S("contact", L("Mobil +45 12 34 68 24"), L("sofie.brandt@example.dk"), L("Stærekøbing")),
       S("profile", "Bagersvend med passion for langtidshævede brød og rigtigt rugbrød. Jeg er vant til at møde "
                    "kl. 02 og trives med tempoet om morgenen."),
       S("exp",
         I("jan. 2019 – d.d.", "Bager, Hyldebjerg Håndværksbageri",
           "Rugbrød, hvedebrød på levain og morgenbrød til butik og caféer",
           "Ansvar for surdejene og planlægning af natholdet"),
         I("aug. 2014 – dec. 2018", "Bagerlærling, Hyldebjerg Håndværksbageri")),
       S("edu", I("2018", "Svendeprøve som bager, Stærekøbing Erhvervsskole (bronzemedalje)")),
       S("cert", L("Hygiejnebevis (AMU, hygiejne for fødevarevirksomheder), 2014")),
       S("lic", L("Kørekort B")),
       S("lang", L("Dansk – modersmål"), L("Engelsk – godt"))),
    cv("elin-rask.pdf", "sv", "pdf", "two-column", "MMMMMMX",
       "a Swede in Denmark: 'Gesällbrev som bagare' is the Swedish svendebrev, 'Bagare' at 'Sälgviks "
       "Hantverksbageri' from '2016-02 – 2023-03' and in Denmark since '2023-04 – nu', 'Hygiejnebevis "
       "(Danmark), 2023', 'Stenugnsbakat surdegsbröd', 'Svenska – modersmål', 'Körkort B'",
       "Elin Gustafsson Rask", "Bagare",
       S("contact", L("Tel. +45 12 34 68 25"), L("elin.g.rask@example.se"), L("Ellemose, Danmark")),
       S("cert", L("Gesällbrev som bagare, 2016"), L("Hygiejnebevis (Danmark), 2023"), head="Certifikat"),
       S("lic", L("Körkort B")),
       S("lang", L("Svenska – modersmål"), L("Danska – förstår och talar bra"), L("Engelska – god")),
       S("profile", "Svensk bagare som bor i Danmark sedan 2023. Surdeg, vetebröd och kanelbullar är min vardag."),
       S("exp",
         I("2023-04 – nu", "Bagare, Ellemose Bageri (Danmark)", "Surdegsbröd, rågbröd och wienerbröd, nattskift"),
         I("2016-02 – 2023-03", "Bagare, Sälgviks Hantverksbageri", "Stenugnsbakat surdegsbröd och fikabröd")),
       S("edu", I("2013 – 2016", "Restaurang- och livsmedelsprogrammet, inriktning bageri och konditori, "
                                 "Ljungmossa gymnasium")),
       order="left-first"),
    cv("giulia-santoro.txt", "en", "txt", "no-headings", "UUMMNNX",
       "no headings; 'Hygiejnebevis – obtained in Denmark 2024', 'I make our own sourdough (lievito madre) every "
       "morning'; but a 'Diploma in Pastry Arts' and years as 'Pastry chef' in a konditori and a pasticceria "
       "are the neighbouring konditor trade, not bager, 'Danish – beginner (A2)' is below the level asked, and "
       "'Driving licence: none'",
       "Giulia Santoro", "Pastry chef",
       S("contact", "giulia.santoro@example.it · +45 12 34 68 26 · Ellemose"),
       S("profile", "Italian pastry chef living in Denmark since 2024. I make our own sourdough (lievito madre) "
                    "every morning for the café and love laminated doughs."),
       S("exp",
         I("2024-03 – present", "Pastry chef, Ellemose Konditori & Café",
           "Cakes, viennoiserie and the daily lievito madre loaves"),
         I("2017 – 2024", "Pastry chef (pasticcera), Pasticceria Lucenti, Monte Alvano, Italy")),
       S("edu", I("2014 – 2017", "Diploma in Pastry Arts, Istituto Alberghiero di Monte Alvano")),
       S("other", L("Hygiejnebevis – obtained in Denmark 2024"),
         L("Italian – native, English – fluent, Danish – beginner (A2)"), L("Driving licence: none"))),
    cv("mads-kjaergaard.txt", "da", "txt", "badly-written", "UUMMMNX",
       "badly written; 'har hygiejnebevis fra skolen', 'vi laver surdejsbrød og rugbrød hver nat', 'snakker "
       "dansk'; but he is 'i lære som bager' and 'svendeprøven er i januar 2027' (an apprenticeship is training, "
       "not experience), and 'har kun knallertkørekort, ikke bil endnu'",
       raw="""
Mads Kjærgaard, 20 år
mads.kjaergaard@example.dk / 12 34 68 27 / Hyldebjerg

hej jeg søger jobbet som bager
er i lære som bager hos Hyldebjerg Bageri siden aug 2023, svendeprøven er i januar 2027
har hygiejnebevis fra skolen
vi laver surdejsbrød og rugbrød hver nat og jeg har selv ansvaret for at fodre surdejen
snakker dansk og lidt engelsk
har kun knallertkørekort, ikke bil endnu
"""),
    cv("oyvind-dahl.docx", "nb", "docx", "table", "MMUMMMX",
       "a Norwegian: 'Fagbrev i bakerfaget' and 'Mesterbrev i bakerfaget' are the svendebrev and more, baker "
       "since 2011 in håndverksbakerier, 'Steinovnsbakt surdeigsbrød', 'Norsk – morsmål', 'Førerkort klasse B "
       "og BE'; but 'Kurs i mattrygghet og internkontroll (IK-mat), 2019' is a Norwegian food-safety course, "
       "not the Danish hygiejnebevis",
       "Øyvind Nesheim Dahl", "Bakermester",
       S("contact", L("Tlf. 123 46 909"), L("oyvind.dahl@example.no"), L("Bjørkesund")),
       S("profile", "Baker og bakermester med 15 års erfaring fra håndverksbakerier. Familien flytter til Danmark, "
                    "og jeg søker nattskift som baker."),
       S("exp",
         I("2020 – d.d.", "Bakermester og daglig leder, Bjørkesund Brødbakeri AS",
           "Eget håndverksbakeri med seks ansatte", "Steinovnsbakt surdeigsbrød, grovbrød og kanelsnurrer"),
         I("2011 – 2020", "Baker, Nesheims Bakeri, Bjørkesund")),
       S("edu",
         I("2017", "Mesterbrev i bakerfaget"),
         I("2011", "Fagbrev i bakerfaget"),
         I("2008 – 2010", "Restaurant- og matfag, Vg2 baker og konditor, Bjørkesund vgs")),
       S("cert", L("Kurs i mattrygghet og internkontroll (IK-mat), 2019")),
       S("lic", L("Førerkort klasse B og BE")),
       S("lang", L("Norsk – morsmål"), L("Dansk – forstår godt"), L("Engelsk – godt"))),
)


# ===========================================================================
# 6. en: Cabin crew member
# ===========================================================================

job(
    "cabin-crew", "Cabin Crew Member – Tjeldøya base, Nordic regional routes", "en", "cabin crew member",
    [
        ("Valid EASA Cabin Crew Attestation (CCA)", "certificate"),
        ("At least 1 year of experience as cabin crew, or 2 years of experience in customer service", "experience"),
        ("Completed upper secondary education (videregående, gymnasium or equivalent)", "education"),
        ("Fluent English, written and spoken", "language"),
        ("Good command of Norwegian, Swedish or Danish", "language"),
        ("Valid first aid certificate", "certificate"),
        ("You must pass our medical assessment, a swimming test and a background check", "manual"),
    ],
    cv("thea-aasgard.pdf", "en", "pdf", "two-column", "MMMMMMX",
       "'Cabin crew attestation (CCA), Norwegian CAA, 2020', cabin crew since 'May 2020 – Feb 2023' and 'Mar "
       "2023 – present', 'Upper secondary school (studiespesialisering)', 'English – C1, daily working language "
       "on board', 'Norwegian – native', 'CPR/AED and first aid – annual recurrent, last 10/2026'",
       "Thea Marlen Aasgård", "Senior cabin crew member",
       S("contact", L("+47 123 46 910"), L("thea.aasgard@example.no"), L("Tjeldøya, Norway")),
       S("cert", L("Cabin crew attestation (CCA), Norwegian CAA, 2020"),
         L("CPR/AED and first aid – annual recurrent, last 10/2026"), L("Dangerous goods awareness, 2026"),
         head="Certificates"),
       S("lang", L("Norwegian – native"), L("English – C1, daily working language on board"),
         L("Spanish – conversational")),
       S("profile", "Cabin crew member with six years on regional and European routes. Calm in irregular "
                    "situations and happy to look after people."),
       S("exp",
         I("Mar 2023 – present", "Senior cabin crew member, Krokfjellmo Air",
           "Purser on ATR 72 and Q400 flights, briefing and leading the cabin team"),
         I("May 2020 – Feb 2023", "Cabin crew member, Krokfjellmo Air"),
         I("2018 – 2020", "Sales assistant, Tjeldøya Sport")),
       S("edu", I("2015 – 2018", "Upper secondary school (studiespesialisering), Tjeldøya videregående skole")),
       order="right-first"),
    cv("moa-ekstrand.docx", "sv", "docx", "table", "MMMMMMX",
       "'CCA – Cabin Crew Attestation (Transportstyrelsen), 2023', 'Flygvärdinna (kabinpersonal), Sälgvik "
       "Airlines' since '2023-05 – nu', 'Gymnasieexamen, ekonomiprogrammet', 'Engelska – flytande i tal och "
       "skrift', 'Svenska – modersmål', 'Första hjälpen och HLR, årlig repetition, senast mars 2026'",
       "Moa Lindberg Ekstrand", "Kabinpersonal / flygvärdinna",
       S("contact", L("Tel. 0980-319 261"), L("moa.ekstrand@example.se"), L("Björkhällan")),
       S("profile", "Flygvärdinna sedan 2023 med bakgrund från resebyrå. Jag trivs bäst när jag får ta hand om "
                    "människor."),
       S("exp",
         I("2023-05 – nu", "Flygvärdinna (kabinpersonal), Sälgvik Airlines",
           "Inrikes- och Europatrafik på A320, säkerhetsdemonstrationer och försäljning ombord"),
         I("2019-08 – 2023-04", "Resesäljare, Björkhällans Resebyrå", "Kundmöten, bokningar och reklamationer")),
       S("edu", I("2016 – 2019", "Gymnasieexamen, ekonomiprogrammet, Björkhällans gymnasium")),
       S("cert", L("CCA – Cabin Crew Attestation (Transportstyrelsen), 2023"),
         L("Första hjälpen och HLR, årlig repetition, senast mars 2026"), head="Certifikat"),
       S("lang", L("Svenska – modersmål"), L("Engelska – flytande i tal och skrift"), L("Tyska – grundläggande"))),
    cv("freja-ravn.txt", "da", "txt", "one-column", "UMMMMUX",
       "'Kundeservicemedarbejder' since 'jan. 2023 – nu' (almost four years), 'HHX (studentereksamen)', "
       "'Engelsk – flydende', 'Dansk – modersmål'; but the attestation course is ongoing ('eksamen december "
       "2026'), and 'Førstehjælpskursus, 12 timer, marts 2022' is not shown to be valid any more",
       "Freja Holm Ravn", "Kundeservicemedarbejder – kommende cabin crew",
       S("contact", L("Tlf. +45 12 34 68 28"), L("freja.ravn@example.dk"), L("Pilegård")),
       S("profile", "Serviceminded og glad for mennesker. Jeg er i gang med cabin crew-uddannelsen og har flere "
                    "års erfaring med kunder i telefonen og ved skranken."),
       S("exp",
         I("jan. 2023 – nu", "Kundeservicemedarbejder, Hyldebjerg Rejser A/S",
           "Rådgivning om rejser, ombookinger og klager i telefon og chat"),
         I("2021 – 2022", "Tjener (deltid), Café Pilehytten")),
       S("edu",
         I("okt. 2026 – pågår", "Cabin crew initial training (EASA), Stærekøbing Aviation Academy – eksamen "
                                "december 2026"),
         I("2018 – 2021", "HHX (studentereksamen), Pilegård Handelsgymnasium")),
       S("cert", L("Førstehjælpskursus, 12 timer, marts 2022")),
       S("lang", L("Dansk – modersmål"), L("Engelsk – flydende"), L("Svensk – forstår det meste"))),
    cv("lucia-ferrer.pdf", "en", "pdf", "one-column", "MMMMNMX",
       "'EASA Cabin Crew Attestation (AESA, Spain), 2018' is valid in every EASA state, 'Cabin crew member (TCP)' "
       "from '05/2018 – 10/2025', 'Bachillerato (upper secondary)', 'English – fluent (C1)', 'First aid "
       "certificate (Red Cross), renewed 09/2026'; but 'Norwegian – beginner (A2)' is below a good command, and "
       "she lists no Swedish or Danish",
       "Lucía Ferrer Navarro", "Cabin crew member (TCP)",
       S("contact", L("Phone +47 123 46 911"), L("lucia.ferrer@example.es"), L("Santa Velora, Spain")),
       S("profile", "Cabin crew member with seven years of experience in Spain. I am moving to Norway with my "
                    "partner and I am learning Norwegian."),
       S("exp",
         I("11/2025 – present", "Guest services agent, Hotel Marinada, Santa Velora"),
         I("05/2018 – 10/2025", "Cabin crew member (TCP), Santa Velora Airways",
           "Short and medium haul on A320 and ATR 72, galley and safety duties")),
       S("edu", I("2013 – 2015", "Bachillerato (upper secondary), IES Santa Velora")),
       S("cert", L("EASA Cabin Crew Attestation (AESA, Spain), 2018"),
         L("First aid certificate (Red Cross), renewed 09/2026")),
       S("lang", L("Spanish – native"), L("English – fluent (C1)"),
         L("Norwegian – beginner (A2), evening course since 2025"))),
    cv("kristoffer-bjornevik.txt", "nn", "txt", "badly-written", "NMNMMMX",
       "badly written in nynorsk; 'jobba i butikk hos Grønnvika Sport frå 2019 til 2025' (six years of customer "
       "service), 'engelsk snakkar og skriv eg flytande', 'norsk er morsmål', 'tok førstehjelpskurs hos Røde "
       "Kors i mars i år'; but 'har ikkje cabin crew-sertifikat enno' and 'fullførte ikkje vidaregåande'",
       raw="""
Kristoffer Vatne Bjørnevik
kristoffer.bjornevik@example.no  -  123 46 912  -  Grønnvika

Hei, eg søkjer på jobben som kabinpersonale.
har ikkje cabin crew-sertifikat enno men er klar for å ta kurset dykk har.
jobba i butikk hos Grønnvika Sport frå 2019 til 2025 og er no servitør på Grønnvika Hotell sidan januar.
fullførte ikkje vidaregåande, manglar matte og naturfag for å få vitnemål.
engelsk snakkar og skriv eg flytande, budde eitt år i Australia.
norsk er morsmål. tok førstehjelpskurs hos Røde Kors i mars i år.
"""),
)


# --------------------------------------------------------------------------
# The README's closing sections, written by hand
# --------------------------------------------------------------------------

HARD_CASES = [
    "### Hard cases, on purpose",
    "",
    "Licences, attestations and certificates: a Part-66 B1.1 issued in Norway, in Sweden",
    "(\"utfärdat av Transportstyrelsen\") and in Denmark but \"gyldigt til 14.03.2025\", a British",
    "\"UK Part-66\" licence from the UK CAA (no EASA licence since Brexit), and one only \"søknad sendt",
    "Luftfartstilsynet oktober 2026\"; type ratings written \"DHC-8-400\" and \"DHC-8-402\" for the Dash 8",
    "Q400, and a type course whose \"praksisdel (OJT) startar januar 2027\"; Socialstyrelsen's",
    "legitimation held by a Finn and by a Norwegian (\"Svensk legitimasjon som dietist\"), one",
    "\"inskickad ... inväntar beslut\", and a Danish autorisation as klinisk diætist; f-gas",
    "certificates \"kat. I (Incert)\", a Danish \"Kølecertifikat kategori I (KMO)\", a \"kategori II\" with",
    "the category I test \"bokat februari 2027\", and \"kat 1 certet tog jag i våras\"; a hygiejnebevis",
    "taken in Denmark by a Swede and an Italian, and a Norwegian IK-mat course instead; cabin crew",
    "attestations from the Norwegian CAA, Transportstyrelsen and Spain's AESA, a course with",
    "\"eksamen december 2026\", and \"har ikkje cabin crew-sertifikat enno\"; first aid refreshed",
    "\"10/2026\", \"senast mars 2026\", \"i mars i år\" and one from \"marts 2022\".",
    "Education: fagbrev i flyfaget, a Swedish flygteknikprogram with Part-147, a British Level 3",
    "apprenticeship and a Danish svendebrev; a lektorprogram with integrated pedagogy, a master in",
    "engelsk with an årsstudium i nordisk, a Swedish ämneslärarexamen with \"Svenska 120 hp\" (not",
    "norsk) and HK-dir's approval \"ansökan skickad\", 40 ECTS of Nordic (below 60), a PPU",
    "\"expected June 2027\", and the old \"cand.philol. ... hovudfag i nordisk og mellomfag i",
    "engelsk (30 vekttal)\" with \"praktisk-pedagogisk seminar\";",
    "a Finnish master in clinical nutrition, a Danish professionsbachelor as klinisk diætist and a",
    "Norwegian master as klinisk ernæringsfysiolog for dietistexamen \"eller motsvarande utländsk",
    "utbildning\"; a YH kyltekniker, a Polish vocational diploma, VVS- och fastighetsprogrammet with",
    "kyl- och värmepumpsteknik, elprogrammet, a Danish svendebrev som kølemontør; \"Svendeprøve som",
    "bager\", a Swedish gesällbrev, a Norwegian fagbrev and mesterbrev, an Italian pastry diploma",
    "(konditor, not bager), \"svendeprøven er i januar 2027\"; HHX, bachillerato, studiespesialisering,",
    "\"fullførte ikkje vidaregåande\". Experience: apprenticeships and lærling months (training, not",
    "experience), 27 months as flymekanikar, years in aviation followed by wind turbines, a",
    "vikar teacher, dietitian work of four months after a VFU, heat pumps as kyl- och",
    "värmepumpsanläggningar, \"dom senaste två åren\" of an electrician job, a konditori and a",
    "pasticceria for håndværksbageri, cabin crew that ended in 10/2025, travel agency and shop work",
    "as customer service. Named skills: PEG, \"nasogastrisk sond\", \"Tube feeding\", \"sondeernæring\",",
    "\"Ernæringsbehandling med sonde\" for enteral nutrition (and sondnäring only in a VFU);",
    "\"transkritiska CO2-aggregat\", \"CO2-anlæg (R744)\", \"Propane (R290)\"; levain, surdejen,",
    "\"surdegsbröd\", \"surdeigsbrød\" and \"lievito madre\" for surdejsbrød. Languages: Swedish and Danish",
    "as the \"annet skandinavisk språk\"; \"Norwegian – basic (A2)\", \"Norska ... B1-nivå\", \"Svensk –",
    "forstår godt, taler lidt\", \"taler og skriver det kun lidt\", \"Danish – beginner (A2)\",",
    "\"Norwegian – beginner (A2)\" below the level asked; \"snakker dansk\" without a level. Driving",
    "licences: \"Full UK driving licence (category B)\", \"B, BE\", \"Kørekort B – frakendt, får det igen",
    "marts 2027\", \"har kun knallertkørekort, ikke bil endnu\", \"Driving licence: none\". Two badly",
    "written TXT CVs in nynorsk, one in Swedish and one in Danish; TXT and PDF CVs without headings,",
    "Europass DOCX and PDF, right-aligned dates with the date first in the stream.",
    "",
    "### Labelling decisions specific to this set",
    "",
    "The conventions of `eval/README.md` and of the earlier held-out sets apply. In addition:",
    "",
    "- **Flymekaniker**: a Part-66 licence issued by any EASA state is valid in Norway; a UK CAA",
    "  licence is not an EASA licence (`unclear`), nor is one applied for or expired. A finished type",
    "  course on ATR 42/72 or the Q400 (DHC-8-400, DHC-8-402) meets line 2; one with its practical",
    "  part still to come is `unclear`. A Swedish flygteknikprogram with Part-147 training, a British",
    "  Level 3 apprenticeship and a Danish svendebrev are the equivalent education. Experience counts",
    "  as mechanic or technician; apprenticeships do not. Swedish and Danish are Scandinavian",
    "  languages; a stated A2 in Norwegian is `not_met`.",
    "- **Lektor**: a Swedish ämneslärarexamen (300 hp) is a master-level degree (line 1), but as",
    "  \"godkjend lærarutdanning\" a foreign teacher education needs HK-dir's approval, so one",
    "  applied for is `unclear`; the old cand.philol. with hovudfag is a higher degree and",
    "  praktisk-pedagogisk seminar is the old PPU. Credits: 1 vekttal = 3",
    "  studiepoeng, 1 hp = 1 ECTS = 1 studiepoeng, nordisk counts as norsk, Swedish (\"svenska\")",
    "  does not. A teacher in a Swedish gymnasium or a temporary (vikar) teacher in upper secondary",
    "  has teaching experience there. A native speaker who writes both bokmål and nynorsk meets",
    "  the language line; a stated B1 in Norwegian is `not_met`.",
    "- **Dietist**: only Socialstyrelsen's legitimation meets line 1; a Danish autorisation is",
    "  `unclear`. A Finnish or Norwegian master in clinical nutrition and a Danish professionsbachelor",
    "  as klinisk diætist are \"motsvarande utländsk utbildning\", and klinisk diætist or klinisk",
    "  ernæringsfysiolog work is dietitian work. Tube feeding through a sond or PEG is enteral",
    "  nutrition; met only in a VFU it is training (`unclear`). \"Taler lidt\" is `not_met`.",
    "- **Kyltekniker**: a category I f-gas certificate from another EU country is recognised in",
    "  Sweden under the EU f-gas rules (`met`); a category II is a lower level (`unclear`). Heat",
    "  pump installation and service counts as experience with kyl- och värmepumpsanläggningar;",
    "  electrician work with some refrigeration does not count in full. A driving licence that is",
    "  revoked today (\"frakendt\") is `not_met`.",
    "- **Bager**: a Swedish gesällbrev and a Norwegian fagbrev are the svendebrev \"eller",
    "  tilsvarende\"; a pastry diploma and konditor work are a neighbouring trade (`unclear`). Only",
    "  a hygiejnebevis meets line 3; a Norwegian food-safety course is `unclear`. Apprenticeship",
    "  years are training. With \"dansk, norsk eller svensk\" one of them is enough.",
    "- **Cabin crew**: a cabin crew attestation issued in any EASA state meets line 1; a course",
    "  in progress is `unclear`, \"har ikkje ... enno\" is `not_met`. Either experience route is",
    "  enough. A first aid course counts as valid if refreshed within the last two years; one",
    "  from March 2022 is `unclear`.",
    "",
]


# --------------------------------------------------------------------------
# Checks of our own (on top of make_eval.check_data)
# --------------------------------------------------------------------------

EARLIER = (me.JOBS + mh.JOBS + mh2.JOBS + mh3.JOBS + mh4.JOBS + mh5.JOBS + mh6.JOBS + mh7.JOBS + mh8.JOBS
           + mh9.JOBS + mh10.JOBS + mh11.JOBS + mh12.JOBS + mh13.JOBS)
PHONE = re.compile(r"\+?\d[\d \-]{5,}\d")


def phones(text: str) -> set[str]:
    """Digit strings of phone-like runs (8 digits or more; the last 8 digits, so a country code does not matter)."""
    out = set()
    for m in PHONE.findall(text):
        digits = re.sub(r"\D", "", m)
        if len(digits) >= 8:
            out.add(digits[-8:])
    return out


def check_holdout14() -> None:
    mh.check_blind_set(JOBS, EARLIER, USED_TOWNS, per_job=(5, 5), min_qualified=2)
    # The same person or CV file name must not repeat across jobs either.
    names = [c.name or c.raw.strip().splitlines()[0] for j in JOBS for c in j.cvs]
    assert len(names) == len(set(names)), "a person appears twice"
    files = [c.file for j in JOBS for c in j.cvs]
    assert len(files) == len(set(files)), "a CV file name appears twice"
    # 5-8 lines a job, and not all jobs the same length.
    assert all(5 <= len(j.requirements) <= 8 for j in JOBS)
    assert len({len(j.requirements) for j in JOBS}) > 1
    # No single quote in a `why` that is not part of a checked quotation.
    for j in JOBS:
        for c in j.cvs:
            n = len(cvlib.quoted_fragments(c.why))
            assert c.why.count("'") == 2 * n, f"{j.slug}/{c.file}: a stray single quote in why"
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
            assert not ph & earlier_phones, f"{j.slug}/{c.file}: a phone number of an earlier set"
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
        "# Sikte's fourteenth held-out evaluation set",
        "",
        f"{len(JOBS)} fictional jobs and {n_all} fictional CVs, labelled by hand requirement by",
        "requirement, in the same layout and job-file format as `eval/` (see `eval/README.md`",
        "for the format, the label meanings and the labelling conventions). It is the fifteenth",
        "labelled set and exists to measure accuracy again on CVs the rules were never tuned on.",
        "It was written blind: without reading Sikte's rules, code, tests, docs or data tables,",
        "without running Sikte on it and without looking at any Sikte output, and no label was",
        "ever set from Sikte's output. The only files read were `eval/README.md` (format, label",
        "meanings, conventions), the script of `eval-holdout13/` (`make_holdout13.py`, as the",
        "template for this script's structure; it also defines the CVs of `eval-holdout13/`) and",
        "the shared code of `make_eval.py`, `make_holdout.py` and `scripts/fixtures/cvlib.py` (the",
        "CV definitions of `eval/` and `eval-holdout/` in the first two were skipped). The scripts",
        "`make_holdout2.py` ... `make_holdout12.py` are imported only to refuse their people, slugs,",
        "towns, e-mail addresses and phone numbers and were not read, and no CV folder of an",
        "earlier set was opened. Every CV x requirement is labelled with what a careful, fair",
        f"Nordic recruiter concludes on {TODAY} (the `today` of every job file, which closes open",
        "ranges such as \"d.d.\", \"nu\", \"nå\", \"present\" and \"pågår\"). Its professions appear in",
        "no earlier set. Keep it that way: do not tune rules on these CVs; once a rule changes",
        "because of a disagreement found here, the set is no longer held out, and its figures",
        "become a regression check.",
        "",
        "Everything here is invented for Sikte: people, employers, schools, towns",
        f"({TOWNS}), e-mail addresses (`example.*`) and phone numbers (unreal",
        "ranges: `123 46 9xx` in Norway, the Swedish fiction range `0980-319 25x` and `26x`, `+45 12 34 68 2x`",
        "in Denmark and the British drama range `07700 900xxx`). Nothing is copied from",
        "`/work/shared/corpus`, from the earlier sets or from any real CV or job ad. Authority, body,",
        "scheme, course and product names in CVs and ads (EASA, Part-66, Part-145, Part-147,",
        "Luftfartstilsynet, Transportstyrelsen, Trafikstyrelsen, UK CAA, AESA, ATR, Dash 8 / DHC-8,",
        "Q400, Embraer, PW127, PW150, Skolverket, HK-dir, Socialstyrelsen, Valvira, Helsedirektoratet, Styrelsen",
        "for Patientsikkerhed, Incert, KMO, AMU, IK-mat, SFI, Red Cross / Røde Kors) are named as real",
        "ads and CVs name them. Licence: the same as the project (MIT OR Apache-2.0).",
        "",
        "The format is the one of `eval/`, so Sikte's evaluator reads this folder as it reads",
        "`eval/`; report its figures for each set separately.",
        "",
        "## Regenerate, never edit",
        "",
        "```sh",
        f"python3 {SCRIPT}            # (re)writes eval-holdout14/, removes stale files",
        f"python3 {SCRIPT} --verify   # generates twice elsewhere: byte-identical, and eval-holdout14/ fresh?",
        "```",
        "",
    ]
    extra = [
        "It also refuses an e-mail address or phone number that an earlier set's CVs use, a town of",
        "this set that an earlier set's CVs mention, and a stray single quote in a `why`.",
        "",
    ]
    return "\n".join(out + mh.script_paragraph(14) + extra + mh.jobs_and_figures(JOBS, HARD_CASES))


# --------------------------------------------------------------------------
# Writing and checking
# --------------------------------------------------------------------------


def main(argv: list[str]) -> int:
    check_holdout14()
    return mh.run_set(argv, OUT, JOBS, SCRIPT, readme, __doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
