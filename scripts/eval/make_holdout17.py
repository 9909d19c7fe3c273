#!/usr/bin/env python3
"""Write Sikte's seventeenth held-out evaluation set: eval-holdout17/README.md, jobs/<job>.toml, cvs/<job>/<file>.

    python3 scripts/eval/make_holdout17.py            # (re)write eval-holdout17/
    python3 scripts/eval/make_holdout17.py --verify   # generate twice in temporary folders and check both
                                                      # runs and eval-holdout17/ are byte-identical

An eighteenth labelled set in the same layout and job-file format as eval/ and
eval-holdout/ ... eval-holdout16/, so that accuracy can be measured on CVs the
rules were never tuned on. Six fictional jobs in professions that no earlier
set uses (air traffic controller nb, process operator nn, librarian sv, roofer
da, architect en, medical physicist sv) with 6-8 requirement lines each, and 5
fictional CVs per job in TXT, DOCX and PDF (one and two columns), in bokmål,
nynorsk, Swedish, Danish and English.

The set was written blind: without reading Sikte's rules, code, tests, docs or
data tables, without running Sikte on it and without looking at any Sikte
output. Of the earlier sets only make_holdout16.py was read, as the template
for this script's structure, with the shared code of make_eval.py,
make_holdout.py and scripts/fixtures/cvlib.py, and eval/README.md for the
format and the labelling conventions (make_holdout16.py also defines the CVs
of eval-holdout16/; the CV definitions in make_eval.py and make_holdout.py
were skipped); make_holdout2.py ... make_holdout15.py were not read, nor the
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
eval-holdout/, ..., eval-holdout16/, any e-mail address or phone number that
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
from make_eval import CV, I, KV, L, S, cv  # noqa: E402

cvlib = me.cvlib
ROOT = me.ROOT
OUT = os.path.join(ROOT, "eval-holdout17")
SCRIPT = "scripts/eval/make_holdout17.py"
# The day this set is judged on, written into every job file. make_eval.job_toml reads
# make_eval.TODAY, so it is set there too (only in this process).
TODAY = "2026-11-28"
me.TODAY = TODAY

# Towns of eval/ and eval-holdout/ ... eval-holdout16/; none may appear here.
USED_TOWNS = mh16.USED_TOWNS + mh16.OWN_TOWNS
# The invented towns of this set; an earlier set's CVs must not mention them either.
OWN_TOWNS = ("Havørnnes", "Rypeskaret", "Ørretvollen", "Kvitlyngstad", "Molteberglia", "Tjäderåsen",
             "Näverkullen", "Sikfjärden", "Hjortronmyren", "Mågekrog", "Rønnebærhøj", "Starreklit", "Ålegrund",
             "Thistlecombe", "Lochandrum", "Kastanienau", "Sosnowy Jar", "Ciudad Almendra")
TOWNS = "Havørnnes, Rypeskaret, Ørretvollen, Kvitlyngstad and Molteberglia in Norway; Tjäderåsen, " \
        "Näverkullen, Sikfjärden and Hjortronmyren in Sweden; Mågekrog, Rønnebærhøj, Starreklit and Ålegrund " \
        "in Denmark; Thistlecombe, Lochandrum, Kastanienau, Sosnowy Jar and Ciudad Almendra abroad"

JOBS: list[me.Job] = []


def job(slug, title, lang, profession, reqs: list[tuple[str, str]], *cvs: CV) -> None:
    JOBS.append(me.Job(slug, title, lang, profession, [r for r, _ in reqs], [k for _, k in reqs], list(cvs)))


# ===========================================================================
# 1. nb: Flygeleder
# ===========================================================================

job(
    "flygeleder", "Flygeleder tårn – Havørnnes lufthavn (fast stilling, turnus)", "nb",
    "air traffic controller",
    [
        ("Gyldig flygelederlisens med rettigheten ADC (tårnkontroll)", "authorisation"),
        ("Gyldig medisinsk sertifikat klasse 3", "certificate"),
        ("Engelsk språkferdighet på ICAO-nivå 5 eller høyere", "language"),
        ("Minst tre års erfaring som flygeleder i tårn", "experience"),
        ("Gode norskkunnskaper muntlig og skriftlig (minimum B2)", "language"),
        ("Førerkort klasse B", "driving_licence"),
        ("Du må kunne gå døgnkontinuerlig turnus, også helg og høytid", "manual"),
    ],
    cv("marte-hovland.pdf", "nb", "pdf", "dates-after", "MMMMMMX",
       "'rettigheter ADC og APP' in a licence from Luftfartstilsynet, 'Medisinsk sertifikat klasse 3, gyldig til "
       "14.03.2028', 'Engelsk – ICAO nivå 6', tower controller since 'aug. 2016 – d.d.' (the years as "
       "'Flygelederelev (ATCO-elev)' are training), 'Norsk – morsmål', 'Førerkort: B'",
       "Marte Ødegård Hovland", "Flygeleder (ADC/APP)",
       S("contact", L("Mob. 123 59 301"), L("marte.hovland@example.no"), L("Havørnnes")),
       S("profile", "Tårnflygeleder med ti års erfaring fra en travel regional lufthavn. Jeg er også OJTI "
                    "(instruktør) og liker å lære opp nye kolleger."),
       S("exp",
         I("aug. 2016 – d.d.", "Flygeleder tårn, Havørnnes lufthavn",
           "Tårnkontroll og innflyging, om lag 40 000 bevegelser i året", "OJTI for elever siden 2021"),
         I("jan. 2014 – juni 2016", "Flygelederelev (ATCO-elev), grunnutdanning og enhetsopplæring")),
       S("edu",
         I("2014 – 2016", "Flygelederutdanning, grunnkurs og enhetsopplæring"),
         I("2010 – 2013", "Studiespesialisering, Rypeskaret videregående skole")),
       S("cert",
         L("Flygelederlisens (Luftfartstilsynet) – rettigheter ADC og APP, enhetspåtegning Havørnnes TWR"),
         L("Medisinsk sertifikat klasse 3, gyldig til 14.03.2028"),
         L("OJTI-påtegning, 2021"), head="Lisens og sertifikater"),
       S("lic", L("Førerkort: B")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – ICAO nivå 6"))),
    cv("ludvig-brandt.pdf", "sv", "pdf", "two-column", "UMMMNMX",
       "a Swede: 'behörigheter ADC och APP' in a Swedish licence ('Flygledarcertifikat (Transportstyrelsen)') "
       "with no sign of a Norwegian one, 'Medicinskt intyg klass 3, giltigt till 2027-09-30', 'Engelska: ICAO "
       "nivå 5', flygledare in the tower since '2015-02 – nu', 'Körkort B'; but 'Norska – förstår bra, talar "
       "hjälpligt' is below good spoken and written Norwegian",
       "Ludvig Tornander Brandt", "Flygledare TWR/APP",
       S("contact", L("Tel. 0980-327 451"), L("ludvig.brandt@example.se"), L("Tjäderåsen, Sverige")),
       S("cert",
         L("Flygledarcertifikat (Transportstyrelsen), behörigheter ADC och APP, enhetsbehörighet Tjäderåsen TWR"),
         L("Medicinskt intyg klass 3, giltigt till 2027-09-30"),
         L("Engelska: ICAO nivå 5, giltig till 2029"), head="Certifikat"),
       S("lic", L("Körkort B")),
       S("lang", L("Svenska – modersmål"), L("Norska – förstår bra, talar hjälpligt"), L("Engelska – flytande")),
       S("profile", "Flygledare med elva års erfarenhet i tornet på en regional flygplats. Familjen flyttar till "
                    "Norge nästa sommar och jag söker tjänst där."),
       S("exp",
         I("2015-02 – nu", "Flygledare TWR/APP, Tjäderåsens flygplats",
           "Tornkontroll och inflygningskontroll, cirka 30 000 rörelser per år"),
         I("2013-08 – 2015-01", "Flygledarelev, grundutbildning och enhetsutbildning")),
       S("edu", I("2013 – 2015", "Flygledarutbildning (grundutbildning ADC/APP)")),
       order="right-first"),
    cv("henrik-solvang.txt", "nb", "txt", "badly-written", "MMMUMMX",
       "badly written; 'fikk lisensen med ADC i mars 2024', 'medisinsk klasse 3 ok til 2028', 'engelsk icao nivå "
       "5', 'norsk morsmål', 'førerkort B'; but in the tower only since March 2024 (two years and eight months; "
       "the training years do not count)",
       raw="""
Henrik Solvang
henrik.solvang@example.no / 123 59 302 / Rypeskaret

hei! søker stillingen som flygeleder i tårnet
tok flygelederutdanningen fra 2022 til 2024, fikk lisensen med ADC i mars 2024 og har jobba i tårnet på Rypeskaret lufthavn siden da
medisinsk klasse 3 ok til 2028
engelsk icao nivå 5
norsk morsmål
førerkort B
"""),
    cv("jonas-weidenbach.docx", "en", "docx", "europass", "MMMMMMX",
       "a German in Norway: 'ATCO licence issued by Luftfartstilsynet (Norway), ratings ADC and APP', 'Class 3 "
       "medical certificate, valid until 06/2027', 'ICAO Level 5 (valid until 2030)', tower controller in Germany "
       "from '05/2011 – 08/2019' and in Norway since '09/2019 – present', 'C1 – Norskprøven 2022, oral and "
       "written', driving licence B",
       "Jonas Weidenbach", "Air Traffic Controller (ATCO) – ADC, APP",
       S("contact", KV("Phone", "+47 123 59 303"), KV("E-mail", "jonas.weidenbach@example.de"),
         KV("Address", "Ørretvollen, Norway")),
       S("exp",
         I("09/2019 – present", "Air Traffic Controller, tower and approach, Ørretvollen Airport, Norway",
           "Aerodrome control (ADC) and procedural approach control"),
         I("05/2011 – 08/2019", "Tower controller (Fluglotse), Kastanienau Regional Airport, Germany")),
       S("edu", I("2009 – 2011", "ATCO initial training and unit training, Germany")),
       S("cert",
         KV("Licence", "ATCO licence issued by Luftfartstilsynet (Norway), ratings ADC and APP, valid unit "
                       "endorsement Ørretvollen TWR"),
         KV("Medical", "Class 3 medical certificate, valid until 06/2027"), head="Licence and medical"),
       S("lic", KV("Driving licence", "B")),
       S("lang", KV("Mother tongue", "German"), KV("English", "ICAO Level 5 (valid until 2030), C1"),
         KV("Norwegian", "C1 – Norskprøven 2022, oral and written"))),
    cv("eirik-tjelmeland.pdf", "nn", "pdf", "right-dates", "MUMMMMX",
       "nynorsk: 'Flygeleiarlisens med rettane ADC og APP', tower controller since 'mars 2011 – d.d.', 'Engelsk – "
       "ICAO-nivå 6 (expert)', 'Norsk – morsmål', 'Førarkort klasse B'; but the medical has run out: 'gyldig til "
       "september 2026, ny undersøking bestilt januar 2027'",
       "Eirik Botnen Tjelmeland", "Flygeleiar tårn",
       S("contact", L("Tlf. 123 59 304"), L("eirik.tjelmeland@example.no"), L("Molteberglia")),
       S("profile", "Flygeleiar med femten år i tårnet på Molteberglia. No søkjer eg meg nærare familien."),
       S("exp",
         I("mars 2011 – d.d.", "Flygeleiar tårn, Molteberglia lufthamn",
           "Tårnkontroll (ADC), opplæringsansvarleg 2019–2023"),
         I("2009 – 2011", "Flygeleiarelev, Molteberglia lufthamn")),
       S("edu", I("2009 – 2011", "Flygeleiarutdanning (grunnutdanning og einingsopplæring)")),
       S("cert", L("Flygeleiarlisens med rettane ADC og APP, Luftfartstilsynet"),
         L("Medisinsk sertifikat klasse 3 – gyldig til september 2026, ny undersøking bestilt januar 2027"),
         head="Lisens og sertifikat"),
       S("lic", L("Førarkort klasse B")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – ICAO-nivå 6 (expert)"))),
)


# ===========================================================================
# 2. nn: Prosessoperatør
# ===========================================================================

job(
    "prosessoperator", "Prosessoperatør til produksjonsanlegget i Kvitlyngstad – fast stilling i skift", "nn",
    "process operator",
    [
        ("Fagbrev i kjemiprosessfaget", "education"),
        ("Minst tre års erfaring som prosessoperatør", "experience"),
        ("Erfaring med styring av prosessanlegg frå kontrollrom (DCS)", "must_mention"),
        ("Kompetansebevis for truck, klasse T4", "certificate"),
        ("Gjennomført kurs i arbeid i trange rom, ikkje eldre enn tre år", "certificate"),
        ("Førarkort klasse B", "driving_licence"),
        ("Gode norskkunnskapar, munnleg og skriftleg", "language"),
        ("Du må kunne gå fem-skiftsordning", "manual"),
    ],
    cv("havard-tveiten.pdf", "nn", "pdf", "two-column", "MMMMMMMX",
       "'Fagbrev i kjemiprosessfaget', prosessoperatør since 'sep. 2012 – d.d.' (the apprenticeship does not "
       "count), 'Panelvakt i kontrollrommet' running the plant 'i ABB 800xA', 'Truckførarbevis T1, T2 og T4 "
       "(2013)', 'Arbeid i trange rom, oppfrisking april 2025' (within three years), 'Førarkort: B, BE', 'Norsk – "
       "morsmål'",
       "Håvard Lunde Tveiten", "Prosessoperatør / panelvakt",
       S("contact", L("Mob. 123 59 305"), L("havard.tveiten@example.no"), L("Kvitlyngstad")),
       S("profile", "Prosessoperatør med fjorten år i skift, dei siste åra mest i kontrollrommet. Eg er "
                    "verneombod på skiftet mitt."),
       S("exp",
         I("sep. 2012 – d.d.", "Prosessoperatør, Kvitlyngstad Gjødselfabrikk AS",
           "Panelvakt i kontrollrommet: køyring av ammoniakk- og salpetersyreanlegget i ABB 800xA",
           "Prøvetaking, rundar i anlegget og klargjering for vedlikehald"),
         I("aug. 2010 – aug. 2012", "Lærling i kjemiprosessfaget, Kvitlyngstad Gjødselfabrikk AS")),
       S("edu",
         I("2012", "Fagbrev i kjemiprosessfaget"),
         I("2008 – 2010", "Vg1 teknologi- og industrifag, Vg2 kjemiprosess- og laboratoriefag, Kvitlyngstad "
                          "vidaregåande skule")),
       S("cert", L("Truckførarbevis T1, T2 og T4 (2013)"), L("Arbeid i trange rom, oppfrisking april 2025"),
         L("Gassmåling og førstehjelp, 2024"), head="Kurs og sertifikat"),
       S("lic", L("Førarkort: B, BE")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – godt")),
       order="right-first"),
    cv("camilla-nordahl.txt", "nb", "txt", "one-column", "MMMMUMMX",
       "bokmål: 'Fagbrev i kjemiprosessfaget', prosessoperatør since 'aug. 2020 – d.d.' (six years and three "
       "months), 'Operatør i kontrollrommet (Yokogawa Centum VP)', 'Truck T4 (motvektstruck), 2019', 'Førerkort "
       "B', 'Norsk – morsmål'; but 'Arbeid i trange rom, kurs, oktober 2021' is more than three years old",
       "Camilla Brekke Nordahl", "Prosessoperatør med fagbrev",
       S("contact", L("Tlf: 123 59 306"), L("E-post: camilla.nordahl@example.no"), L("Bosted: Ørretvollen")),
       S("exp",
         I("aug. 2020 – d.d.", "Prosessoperatør, Ørretvollen Silisium AS",
           "Operatør i kontrollrommet (Yokogawa Centum VP) og ute i anlegget", "Skiftleder-vikar siden 2024"),
         I("aug. 2018 – juli 2020", "Lærling i kjemiprosessfaget, Ørretvollen Silisium AS")),
       S("edu",
         I("juni 2020", "Fagbrev i kjemiprosessfaget"),
         I("2016 – 2018", "Vg1 teknologi- og industrifag, Vg2 kjemiprosess- og laboratoriefag")),
       S("cert", L("Truck T4 (motvektstruck), 2019"), L("Arbeid i trange rom, kurs, oktober 2021"),
         L("Varme arbeider, 2023")),
       S("lic", L("Førerkort B")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – godt")),
       bullet="* ", upper=False, rule=True),
    cv("linnea-fors.pdf", "sv", "pdf", "two-column", "UMMUMMMX",
       "a Swede in Norway: processoperatör from '2016-06 – 2025-02' and since '2025-03 – nu', 'Styrning av "
       "kokeri och blekeri från centrala kontrollrummet (Valmet DNA)', 'Arbete i slutna utrymmen, 2024', 'Körkort "
       "B', 'Norska – B2 (Norskprøven 2025, muntlig och skriftlig)'; but the 'Industritekniska programmet, "
       "inriktning process' is a school programme, not a fagbrev, and 'Truckkort A och B (TLP10), 2017' is the "
       "Swedish scheme, not the Norwegian T4",
       "Linnea Fors Wikström", "Processoperatör",
       S("contact", L("Tel. +47 123 59 307"), L("linnea.fors@example.se"), L("Kvitlyngstad, Norge")),
       S("cert", L("Truckkort A och B (TLP10), 2017"), L("Arbete i slutna utrymmen, 2024"),
         L("Heta arbeten, 2022"), head="Certifikat och kurser"),
       S("lic", L("Körkort B")),
       S("lang", L("Svenska – modersmål"), L("Norska – B2 (Norskprøven 2025, muntlig och skriftlig)"),
         L("Engelska – god")),
       S("profile", "Processoperatör med tio år i massaindustrin. Flyttade till Norge 2025 och jobbar nu på ett "
                    "kemiskt processanlegg."),
       S("exp",
         I("2025-03 – nu", "Prosessoperatør, Kvitlyngstad Kjemi AS", "Uteoperatör och kontrollrumsoperatör (DCS)"),
         I("2016-06 – 2025-02", "Processoperatör, Sikfjärdens Massafabrik AB",
           "Styrning av kokeri och blekeri från centrala kontrollrummet (Valmet DNA)")),
       S("edu", I("2013 – 2016", "Industritekniska programmet, inriktning process, Sikfjärdens gymnasium")),
       order="left-first"),
    cv("pawel-zielinski.docx", "en", "docx", "europass", "MMMMMMMX",
       "a Pole: 'Fagbrev i kjemiprosessfaget (praksiskandidat)', process operator from '10/2009 – 12/2021' in "
       "Poland and since '01/2022 – present' in Norway, 'Control room operator on Honeywell Experion DCS', 'Kompetansebevis truck T4 "
       "(Norway), 2022', 'Arbeid i trange rom – course, March 2026', driving licence 'B, C', 'B2 spoken and "
       "written (Norskprøven 2023)'",
       "Paweł Zieliński", "Process Operator (prosessoperatør)",
       S("contact", KV("Phone", "+47 123 59 308"), KV("E-mail", "pawel.zielinski@example.pl"),
         KV("Address", "Rypeskaret, Norway")),
       S("exp",
         I("01/2022 – present", "Process operator (prosessoperatør), Rypeskaret Metanol AS, Norway",
           "Control room operator on Honeywell Experion DCS, five-shift rotation",
           "Field rounds, sampling, isolation of equipment for maintenance"),
         I("10/2009 – 12/2021", "Process operator, Sosnowy Jar Chemical Works, Poland",
           "Ammonia unit, field and control room")),
       S("edu",
         I("2024", "Fagbrev i kjemiprosessfaget (praksiskandidat), Norway"),
         I("2005 – 2009", "Chemical technician, technical secondary school, Sosnowy Jar, Poland")),
       S("cert", KV("Truck", "Kompetansebevis truck T4 (Norway), 2022"),
         KV("Confined spaces", "Arbeid i trange rom – course, March 2026"), head="Courses"),
       S("lic", KV("Driving licence", "B, C")),
       S("lang", KV("Mother tongue", "Polish"), KV("Norwegian", "B2 spoken and written (Norskprøven 2023)"),
         KV("English", "B2"))),
    cv("sindre-kvamme.txt", "nn", "txt", "badly-written", "MUMMMMMX",
       "badly written; 'tok fagbrev i kjemiprosessfaget i juni 2024', 'køyrer ovnane frå kontrollrommet (DCS)', "
       "'har truck T4', 'tok kurs i trange rom i fjor' (2025), 'har førarkort B', 'norsk er morsmålet mitt'; but "
       "operator only since June 2024 (two years and five months; the apprenticeship does not count)",
       raw="""
Sindre Kvamme
tlf 123 59 309   sindre.kvamme@example.no   Molteberglia

hei, eg søkjer på jobben som prosessoperatør
gjekk lærling på Molteberglia Smelteverk frå 2022, tok fagbrev i kjemiprosessfaget i juni 2024 og har jobba der som operatør sidan
køyrer ovnane frå kontrollrommet (DCS) annakvar veke, elles ute i hallen
har truck T4
tok kurs i trange rom i fjor
har førarkort B
norsk er morsmålet mitt
"""),
)


# ===========================================================================
# 3. sv: Bibliotekarie
# ===========================================================================

job(
    "bibliotekarie", "Bibliotekarie med inriktning barn och unga – Näverkullens bibliotek, tillsvidareanställning",
    "sv", "librarian",
    [
        ("Kandidatexamen i biblioteks- och informationsvetenskap eller motsvarande", "education"),
        ("Minst två års erfarenhet som bibliotekarie på folkbibliotek", "experience"),
        ("Erfarenhet av läsfrämjande arbete med barn och unga", "must_mention"),
        ("B-körkort, då tjänsten innebär resor mellan filialerna", "driving_licence"),
        ("God svenska i tal och skrift", "language"),
        ("Goda kunskaper i engelska", "language"),
        ("Du är serviceinriktad och trivs i mötet med besökare", "manual"),
    ],
    cv("agnes-sundqvist.docx", "sv", "docx", "one-column", "MMMMMMX",
       "'Kandidatexamen i biblioteks- och informationsvetenskap, 180 hp', bibliotekarie at a city library since "
       "'aug. 2018 – nu', 'Bokprat i skolklasser, läsecirklar för mellanstadiet och sommarläsning' is reading "
       "promotion, 'Körkort B', 'Svenska – modersmål', 'Engelska – mycket god'",
       "Agnes Sundqvist", "Bibliotekarie",
       S("contact", L("Mobil 0980-327 452"), L("agnes.sundqvist@example.se"), L("Näverkullen")),
       S("profile", "Bibliotekarie med åtta år på folkbibliotek, de senaste fem med barn- och "
                    "ungdomsverksamhet. Jag brinner för att få fler barn att läsa."),
       S("exp",
         I("aug. 2018 – nu", "Bibliotekarie, Tjäderåsens stadsbibliotek",
           "Bokprat i skolklasser, läsecirklar för mellanstadiet och sommarläsning",
           "Medieinköp för barn och unga"),
         I("2017 – 2018", "Biblioteksassistent (timanställd), Tjäderåsens stadsbibliotek")),
       S("edu", I("2015 – 2018", "Kandidatexamen i biblioteks- och informationsvetenskap, 180 hp, "
                                 "Hjortronmyrens högskola")),
       S("lic", L("Körkort B")),
       S("lang", L("Svenska – modersmål"), L("Engelska – mycket god"), L("Tyska – grundläggande"))),
    cv("tuva-aas.pdf", "nb", "pdf", "one-column", "MMMMNMX",
       "a Norwegian: 'Bachelor i bibliotek- og informasjonsvitenskap, 180 studiepoeng' is the same degree, "
       "bibliotekar at a public library since 'jan. 2019 – d.d.', 'Lesestimulering for barn og unge', 'Førerkort "
       "B', 'Engelsk – flytende'; but 'Svensk – forstår godt, skriver enkelt' is below good written Swedish",
       "Tuva Rønning Aas", "Bibliotekar",
       S("contact", L("Tlf. +47 123 59 310"), L("tuva.aas@example.no"), L("Molteberglia, Norge")),
       S("profile", "Bibliotekar med snart åtte år i folkebibliotek. Jeg flytter til Sverige med familien og vil "
                    "gjerne fortsette med barn og unge."),
       S("exp", I("jan. 2019 – d.d.", "Bibliotekar, Molteberglia folkebibliotek",
                  "Lesestimulering for barn og unge: sommerlesekampanje, eventyrstund og bokkafé for ungdom")),
       S("edu", I("2015 – 2018", "Bachelor i bibliotek- og informasjonsvitenskap, 180 studiepoeng, Rypeskaret "
                                 "høgskole")),
       S("lic", L("Førerkort B")),
       S("lang", L("Norsk – morsmål"), L("Svensk – forstår godt, skriver enkelt"), L("Engelsk – flytende"))),
    cv("moa-ekstrom.txt", "sv", "txt", "badly-written", "MMMMMMX",
       "badly written but complete: 'har en kandidatexamen i biblioteks och informationsvetenskap från 2019', "
       "bibliotekarie 'på Sikfjärdens folkbibliotek sen hösten 2020', 'har sagostunder, bokcirklar för "
       "mellanstadiet', 'körkort b', 'svenska modersmål, engelska flytande'",
       raw="""
Moa Ekström
moa.ekstrom@example.se  0980-327 453  Sikfjärden

hej! söker jobbet som bibliotekarie
har en kandidatexamen i biblioteks och informationsvetenskap från 2019
jobbat som bibliotekarie på Sikfjärdens folkbibliotek sen hösten 2020, mest barnavdelningen
har sagostunder, bokcirklar för mellanstadiet och läser högt på förskolor
körkort b
svenska modersmål, engelska flytande
"""),
    cv("harriet-cole.pdf", "en", "pdf", "two-column", "MMMMNMX",
       "an Englishwoman: 'MA Library and Information Studies' is the same field at a higher level, librarian for "
       "children at 'Thistlecombe Public Library' from 'Sep 2015 – Jul 2024', 'Storytimes, class visits and the "
       "summer reading challenge', 'Full UK driving licence (category B)', 'English – native'; but 'Swedish – B1' "
       "is below good Swedish",
       "Harriet Cole", "Children's Librarian",
       S("contact", L("Tel. 0980-327 454"), L("harriet.cole@example.co.uk"),
         L("Näverkullen, Sweden (from Thistlecombe, England)")),
       S("lang", L("English – native"), L("Swedish – B1 (SFI completed, Svenska som andraspråk grund ongoing)"),
         L("French – good")),
       S("lic", L("Full UK driving licence (category B), exchanged for a Swedish licence 2025")),
       S("profile", "Librarian with nine years in public libraries in England, most of them in children's "
                    "services. I moved to Sweden in 2024."),
       S("exp",
         I("Feb 2025 – present", "Library assistant (biblioteksassistent, part-time), Näverkullens bibliotek"),
         I("Sep 2015 – Jul 2024", "Children's Librarian, Thistlecombe Public Library, England",
           "Storytimes, class visits and the summer reading challenge", "Reading groups for teenagers")),
       S("edu",
         I("2013 – 2015", "MA Library and Information Studies, University of Thistlecombe"),
         I("2010 – 2013", "BA English Literature, University of Thistlecombe")),
       order="rows"),
    cv("elin-holmberg.pdf", "sv", "pdf", "right-dates", "MUMMMMX",
       "'Fil. kand. i ABM' 'med huvudområde biblioteks- och informationsvetenskap', 'Läsfrämjande för "
       "förskolegrupper och familjer med små barn', 'Körkort B', 'Svenska – modersmål', 'Engelska – god'; but "
       "the years at the university library ('januari 2016 – juni 2025') are not public-library experience, and "
       "at the folkbibliotek only since 'september 2025 – nu' (one year and three months)",
       "Elin Grahn Holmberg", "Bibliotekarie",
       S("contact", L("Tel. 0980-327 455"), L("elin.holmberg@example.se"), L("Hjortronmyren")),
       S("profile", "Bibliotekarie med bakgrund på universitetsbibliotek. Sedan förra hösten arbetar jag på "
                    "folkbibliotek och har hittat hem bland barnen."),
       S("exp",
         I("september 2025 – nu", "Bibliotekarie, Hjortronmyrens bibliotek (folkbibliotek)",
           "Läsfrämjande för förskolegrupper och familjer med små barn, bokprat för lågstadiet"),
         I("januari 2016 – juni 2025", "Bibliotekarie, Hjortronmyrens universitetsbibliotek",
           "Referensarbete, informationssökning för studenter och katalogisering")),
       S("edu", I("2012 – 2015", "Fil. kand. i ABM (arkiv, bibliotek, museer) med huvudområde biblioteks- och "
                                 "informationsvetenskap, Hjortronmyrens universitet")),
       S("lic", L("Körkort B")),
       S("lang", L("Svenska – modersmål"), L("Engelska – god")),
       date_first=True),
)


# ===========================================================================
# 4. da: Tagdækker
# ===========================================================================

job(
    "tagdaekker", "Tagdækker til flade tage og renovering – Rønnebærhøj Tag ApS", "da", "roofer",
    [
        ("Uddannet tagdækker med svendebrev", "education"),
        ("Mindst 3 års erfaring som tagdækker", "experience"),
        ("Erfaring med tagpap og tagfolie på flade tage", "must_mention"),
        ("Gyldigt certifikat i varmt arbejde – tagdækning", "certificate"),
        ("Førstehjælpskursus, ikke ældre end 2 år", "certificate"),
        ("Kørekort kategori B", "driving_licence"),
        ("Du taler og forstår dansk", "language"),
        ("Du kan arbejde i højden og i al slags vejr", "manual"),
    ],
    cv("soren-bundgaard.docx", "da", "docx", "table", "MMMMMMMX",
       "'Svendebrev som tagdækker', tagdækker since 'aug. 2011 – dags dato' (the læretid does not count), "
       "'Tagpap (SBS) og PVC-folie på flade tage', 'Varmt arbejde – tagdækning (DBI), fornyet januar 2023' "
       "(valid five years), 'Førstehjælp, 12 timer, maj 2025', 'Kørekort: B', 'Dansk – modersmål'",
       "Søren Kjær Bundgaard", "Tagdækker",
       S("contact", L("Mobil +45 12 35 87 11"), L("soren.bundgaard@example.dk"), L("Rønnebærhøj")),
       S("profile", "Tagdækker med 15 år på flade tage – nybyg, renovering og service. Jeg er vant til at køre "
                    "mit eget sjak."),
       S("exp",
         I("aug. 2011 – dags dato", "Tagdækker / sjakbajs, Rønnebærhøj Tag ApS",
           "Tagpap (SBS) og PVC-folie på flade tage, skoler og boligblokke", "Efterisolering og tagbrønde"),
         I("2007 – 2011", "Tagdækkerlærling, Mågekrog Tagentreprise")),
       S("edu", I("juli 2011", "Svendebrev som tagdækker, Starreklit Tekniske Skole")),
       S("cert", L("Varmt arbejde – tagdækning (DBI), fornyet januar 2023"), L("Førstehjælp, 12 timer, maj 2025"),
         L("Faldsikring, 2019")),
       S("lic", L("Kørekort: B")),
       S("lang", L("Dansk – modersmål"), L("Engelsk – lidt"))),
    cv("kasper-vestergaard.txt", "da", "txt", "badly-written", "MMMMMMMX",
       "badly written but complete: 'fik svendebrev som tagdækker i 2019' and tagdækker since then, 'tagpap og "
       "folie på flade tage', 'varmt arbejde tagdækning fornyet 2024', 'var på førstehjælp sidste år' (2025), "
       "'har kørekort B', 'taler dansk'",
       raw="""
Kasper Vestergaard
kasper.vestergaard@example.dk   tlf 12 35 87 12   Starreklit

hej jeg søger jobbet som tagdækker
fik svendebrev som tagdækker i 2019 og har været tagdækker hos Starreklit Tagservice siden
laver mest tagpap og folie på flade tage, boligblokke og haller
varmt arbejde tagdækning fornyet 2024
var på førstehjælp sidste år
har kørekort B
taler dansk, lidt engelsk
"""),
    cv("bartosz-grabowiecki.pdf", "en", "pdf", "two-column", "UMMMMMMX",
       "a Pole: roofer from '06/2008 – 03/2017' in Poland and since "
       "'04/2017 – present' in Denmark, 'Bitumen roofing felt and PVC/TPO "
       "membranes on flat roofs', 'Varmt arbejde – tagdækning (DBI), 2022', 'First aid (førstehjælp), March "
       "2026', 'Driving licence: B', 'Danish – good (Prøve i Dansk 3, 2021)'; but a Polish 'vocational "
       "qualification' as roofer from a school is not shown to equal a svendebrev",
       "Bartosz Grabowiecki", "Roofer (tagdækker)",
       S("contact", L("+45 12 35 87 13"), L("bartosz.grabowiecki@example.pl"), L("Ålegrund, Denmark")),
       S("cert", L("Varmt arbejde – tagdækning (DBI), 2022"), L("First aid (førstehjælp), March 2026"),
         head="Courses"),
       S("lic", L("Driving licence: B")),
       S("lang", L("Polish – native"), L("Danish – good (Prøve i Dansk 3, 2021)"), L("English – good")),
       S("profile", "Roofer with 18 years of experience on flat roofs, in Denmark since 2017."),
       S("exp",
         I("04/2017 – present", "Roofer (tagdækker), Ålegrund Tagentreprise A/S",
           "Bitumen roofing felt and PVC/TPO membranes on flat roofs, torch and hot-air welding"),
         I("06/2008 – 03/2017", "Roofer (dekarz), Sosnowy Jar, Poland", "Flat and pitched roofs, bitumen membranes")),
       S("edu", I("2005 – 2008", "Vocational school, roofer (dekarz) – vocational qualification, Sosnowy Jar, "
                                 "Poland")),
       order="left-first"),
    cv("mette-skov.pdf", "da", "pdf", "one-column", "MUMMMMMX",
       "'Svendebrev som tagdækker (EUV, voksenlærling)', 'Tagpap og tagfolie på flade tage', 'Varmt arbejde – "
       "tagdækning, 2023', 'Førstehjælp, oktober 2025', 'Kørekort B', 'Dansk – modersmål'; but tagdækker only "
       "since 'marts 2024 – nu' (two years and nine months; the years as voksenlærling do not count)",
       "Mette Højgaard Skov", "Tagdækker",
       S("contact", L("Tlf. 12 35 87 14"), L("mette.skov@example.dk"), L("Mågekrog")),
       S("profile", "Jeg skiftede fra kontoret til tagene som voksenlærling og har ikke fortrudt det. Jeg er "
                    "omhyggelig med detaljerne omkring tagbrønde og inddækninger."),
       S("exp",
         I("marts 2024 – nu", "Tagdækker, Mågekrog Tagentreprise ApS",
           "Tagpap og tagfolie på flade tage, renovering af rækkehuse"),
         I("aug. 2021 – feb. 2024", "Voksenlærling som tagdækker, Mågekrog Tagentreprise ApS"),
         I("2012 – 2021", "Kontorassistent, Mågekrog Kommune")),
       S("edu", I("februar 2024", "Svendebrev som tagdækker (EUV, voksenlærling), Starreklit Tekniske Skole")),
       S("cert", L("Varmt arbejde – tagdækning, 2023"), L("Førstehjælp, oktober 2025")),
       S("lic", L("Kørekort B")),
       S("lang", L("Dansk – modersmål"), L("Engelsk – godt"))),
    cv("viktor-ahlstrom.docx", "sv", "docx", "dates-after", "MMMUMMNX",
       "a Swede: 'Yrkesbevis som takläggare (papp och duk)' is the journeyman certificate of the same trade, "
       "takläggare since '2012-04 – nu', 'Tätskikt med asfaltsmattor och PVC-duk på platta tak', 'HLR och första "
       "hjälpen, 2025', 'Körkort B'; but 'Heta arbeten, förnyat 2024' is the Swedish scheme, not the Danish "
       "certificate for tagdækning, and 'Danska – förstår det mesta men talar inte'",
       "Viktor Ahlström", "Takläggare",
       S("contact", L("Tel. +46 980 327 456"), L("viktor.ahlstrom@example.se"), L("Tjäderåsen, Sverige")),
       S("profile", "Takläggare med yrkesbevis och fjorton år på platta tak. Min sambo har fått jobb i Danmark "
                    "och vi flyttar till Rønnebærhøj i vår."),
       S("exp",
         I("2012-04 – nu", "Takläggare, Tjäderåsens Tak & Tätskikt AB",
           "Tätskikt med asfaltsmattor och PVC-duk på platta tak, nyproduktion och renovering"),
         I("2009-08 – 2012-03", "Takläggarlärling, Tjäderåsens Tak & Tätskikt AB")),
       S("edu", I("2012", "Yrkesbevis som takläggare (papp och duk)")),
       S("cert", L("Heta arbeten, förnyat 2024"), L("HLR och första hjälpen, 2025"), L("Fallskydd, 2023")),
       S("lic", L("Körkort B")),
       S("lang", L("Svenska – modersmål"), L("Danska – förstår det mesta men talar inte"), L("Engelska – god"))),
)


# ===========================================================================
# 5. en: Architect
# ===========================================================================

job(
    "architect",
    "Architect – timber and public buildings, Kvitlyngstad studio (Nordic practice, English-speaking team)",
    "en", "architect",
    [
        ("Master's degree in Architecture (300 ECTS) or equivalent", "education"),
        ("Minimum 5 years of professional experience as an architect", "experience"),
        ("Advanced skills in Revit", "must_mention"),
        ("Experience with timber construction (CLT or glulam)", "must_mention"),
        ("Fluent English, spoken and written", "language"),
        ("Professional working proficiency in Norwegian, Swedish or Danish", "language"),
        ("You enjoy working across disciplines with engineers and clients", "manual"),
    ],
    cv("anders-mikkelsen.docx", "en", "docx", "table", "MMMMMMX",
       "a Dane: 'Master of Arts in Architecture (cand.arch.), 300 ECTS', architect since 'Sep 2013 – Feb 2020' "
       "and 'Mar 2020 – present', 'Revit – advanced', 'CLT slabs and glulam frames', 'English – fluent, spoken "
       "and written (C1)', 'Danish – native' (one Nordic language is enough)",
       "Anders Wulff Mikkelsen", "Architect MAA",
       S("contact", L("+47 123 59 311"), L("anders.mikkelsen@example.dk"), L("Kvitlyngstad, Norway")),
       S("profile", "Danish architect with thirteen years in practice, the last six in Norway. Schools, sports "
                    "halls and libraries, most of them in timber."),
       S("exp",
         I("Mar 2020 – present", "Project architect, Kvitlyngstad Arkitektkontor AS, Norway",
           "Lead architect for two primary schools with CLT slabs and glulam frames",
           "BIM lead: Revit models, families and coordination with structural engineers"),
         I("Sep 2013 – Feb 2020", "Architect, Starreklit Arkitekter ApS, Denmark",
           "Housing and public buildings, detailed design and tender documents")),
       S("edu", I("2008 – 2013", "Master of Arts in Architecture (cand.arch.), 300 ECTS, Ålegrund School of "
                                 "Architecture")),
       S("skills", L("Revit – advanced (families, worksharing, Dynamo)"), L("Rhino, Enscape, AutoCAD")),
       S("lang", L("Danish – native"), L("English – fluent, spoken and written (C1)"),
         L("Norwegian – understand and read well"))),
    cv("sunniva-lothe.pdf", "nb", "pdf", "two-column", "MUMMMMX",
       "bokmål: 'Master i arkitektur (5-årig, 300 studiepoeng)', 'Revit – avansert, BIM-koordinering', "
       "'massivtre (KL-tre) og limtre' is CLT and glulam, 'Engelsk – flytende skriftlig og muntlig', 'Norsk – "
       "morsmål'; but architect only since 'sep. 2022 – d.d.' (four years and three months; the summer jobs as a "
       "student do not count)",
       "Sunniva Hegre Lothe", "Arkitekt MNAL",
       S("contact", L("Tlf. 123 59 312"), L("sunniva.lothe@example.no"), L("Rypeskaret")),
       S("skills", L("Revit – avansert, BIM-koordinering"), L("Rhino/Grasshopper"), L("Twinmotion")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – flytende skriftlig og muntlig")),
       S("profile", "Arkitekt med master fra 2022 og fire år i praksis. Jeg er opptatt av tre som byggemateriale "
                    "og ombruk."),
       S("exp",
         I("sep. 2022 – d.d.", "Arkitekt, Rypeskaret Arkitekter AS",
           "Barnehage og omsorgsboliger i massivtre (KL-tre) og limtre", "Detaljprosjektering i Revit"),
         I("sommer 2020 og 2021", "Sommerjobb som arkitektstudent, Rypeskaret Arkitekter AS")),
       S("edu", I("2017 – 2022", "Master i arkitektur (5-årig, 300 studiepoeng), Havørnnes arkitekthøgskole")),
       order="right-first"),
    cv("lucia-montalban.pdf", "en", "pdf", "one-column", "MMMUMNX",
       "a Spaniard: 'Grado y Máster en Arquitectura (habilitante), 360 ECTS', architect since 'Oct 2012 – Jun "
       "2021' and 'Aug 2021 – present', 'Revit (advanced, families and coordination)', 'English – C1 (Cambridge "
       "Advanced)'; but no timber buildings ('in concrete and steel') and 'Norwegian – A2, attending B1 course' "
       "is below professional proficiency",
       "Lucía Montalbán Reyes", "Architect",
       S("contact", L("+47 123 59 313"), L("lucia.montalban@example.es"), L("Ørretvollen, Norway")),
       S("profile", "Spanish architect with fourteen years of experience in housing and healthcare buildings. "
                    "Moved to Norway in 2021."),
       S("exp",
         I("Aug 2021 – present", "Architect, Ørretvollen Arkitektur AS",
           "BIM coordinator in Revit for a 12 000 m2 health centre in concrete and steel"),
         I("Oct 2012 – Jun 2021", "Architect, Estudio Almendra, Ciudad Almendra, Spain",
           "Social housing and a day hospital: design and construction documents")),
       S("edu", I("2005 – 2012", "Grado y Máster en Arquitectura (habilitante), 360 ECTS, Universidad de Ciudad "
                                 "Almendra")),
       S("skills", L("Revit (advanced, families and coordination), Rhino, AutoCAD")),
       S("lang", L("Spanish – native"), L("English – C1 (Cambridge Advanced)"),
         L("Norwegian – A2, attending B1 course"))),
    cv("erik-sandstrom.docx", "sv", "docx", "bold-headings", "MMMMMMX",
       "a Swede writing in Swedish: 'Arkitektexamen, 300 hp', arkitekt since '2009-09 – 2015-02' and '2015-03 – "
       "nu', 'Revit på avancerad nivå', 'stomme i limträ och KL-trä', 'Engelska – flytande i tal och skrift', "
       "'Svenska – modersmål'",
       "Erik Norrby Sandström", "Arkitekt SAR/MSA",
       S("contact", L("Tel. 0980-327 457"), L("erik.sandstrom@example.se"), L("Tjäderåsen")),
       S("profile", "Arkitekt med sjutton års erfarenhet av offentliga byggnader. Jag söker mig till ett kontor "
                    "som vill bygga i trä."),
       S("exp",
         I("2015-03 – nu", "Arkitekt och uppdragsansvarig, Tjäderåsens Arkitektstudio AB",
           "Idrottshall och två skolor med stomme i limträ och KL-trä", "BIM-samordnare, Revit på avancerad nivå"),
         I("2009-09 – 2015-02", "Arkitekt, Näverkullens stadsbyggnadskontor")),
       S("edu", I("2004 – 2009", "Arkitektexamen, 300 hp, Hjortronmyrens tekniska högskola")),
       S("lang", L("Svenska – modersmål"), L("Engelska – flytande i tal och skrift"), L("Norska – förstår bra"))),
    cv("hamish-corrieston.txt", "en", "txt", "dates-after", "MUMUMNX",
       "a Scot: 'MArch Architecture (ARB/RIBA Part 2)' after a BA is the master level, 'Revit – advanced (daily "
       "use)', 'English – native'; but architect only since 'Jul 2024 – present' (two years and five months; the "
       "year out as an assistant is training), timber only in the thesis ('Thesis: a glulam and CLT ferry "
       "terminal'), and 'Norwegian – none yet'",
       "Hamish Corrieston", "Architect (ARB registered)",
       S("contact", L("Mobile: +44 7700 900 471"), L("hamish.corrieston@example.co.uk"), L("Lochandrum, Scotland")),
       S("profile", "Architect, qualified 2024. Keen on timber and low-carbon design and looking to move to "
                    "Scandinavia."),
       S("exp",
         I("Jul 2024 – present", "Architect, Lochandrum Design Studio",
           "Steel-frame and masonry housing, planning and building warrant drawings"),
         I("Sep 2019 – Jun 2020", "Part 1 year out (architectural assistant), Thistlecombe Architects")),
       S("edu",
         I("2024", "Part 3, professional practice"),
         I("2020 – 2023", "MArch Architecture (ARB/RIBA Part 2), University of Lochandrum",
           "Thesis: a glulam and CLT ferry terminal"),
         I("2016 – 2019", "BA (Hons) Architecture (Part 1), University of Lochandrum")),
       S("skills", L("Revit – advanced (daily use)"), L("SketchUp, AutoCAD")),
       S("lang", L("English – native"), L("Norwegian – none yet, starting a course in January")),
       upper=False),
)


# ===========================================================================
# 6. sv: Sjukhusfysiker
# ===========================================================================

job(
    "sjukhusfysiker", "Sjukhusfysiker till strålbehandlingen – Sikfjärdens sjukhus, tillsvidareanställning", "sv",
    "medical physicist",
    [
        ("Legitimerad sjukhusfysiker", "authorisation"),
        ("Sjukhusfysikerexamen eller motsvarande utländsk utbildning", "education"),
        ("Minst tre års erfarenhet som sjukhusfysiker inom strålbehandling", "experience"),
        ("Erfarenhet av dosplanering i Eclipse eller RayStation", "must_mention"),
        ("God svenska i tal och skrift", "language"),
        ("Du är noggrann och har god samarbetsförmåga", "manual"),
    ],
    cv("klara-forsberg.pdf", "sv", "pdf", "two-column", "MMMMMX",
       "'Legitimerad sjukhusfysiker, Socialstyrelsen, 2014', 'Sjukhusfysikerprogrammet 300 hp, "
       "sjukhusfysikerexamen', sjukhusfysiker in radiotherapy since '2014-09 – nu' (the thesis does not count), "
       "'Dosplanering och planverifiering i RayStation', 'Svenska – modersmål'",
       "Klara Modig Forsberg", "Leg. sjukhusfysiker",
       S("contact", L("Mobil 0980-327 458"), L("klara.forsberg@example.se"), L("Sikfjärden")),
       S("lang", L("Svenska – modersmål"), L("Engelska – flytande")),
       S("skills", L("RayStation (dosplanering, skript)"), L("Python")),
       S("profile", "Sjukhusfysiker med tolv års erfarenhet av strålbehandling, de senaste fyra som ansvarig för "
                    "stereotaktisk behandling."),
       S("exp",
         I("2014-09 – nu", "Sjukhusfysiker, strålbehandlingen, Hjortronmyrens universitetssjukhus",
           "Dosplanering och planverifiering i RayStation",
           "Kvalitetskontroll av linjäracceleratorer, ansvarig för stereotaktisk strålbehandling sedan 2022"),
         I("2014-01 – 2014-06", "Examensarbete, strålbehandlingen")),
       S("edu", I("2009 – 2014", "Sjukhusfysikerprogrammet 300 hp, sjukhusfysikerexamen, Hjortronmyrens "
                                 "universitet")),
       S("auth", L("Legitimerad sjukhusfysiker, Socialstyrelsen, 2014")),
       order="rows"),
    cv("niels-damgaard.docx", "da", "docx", "europass", "UUMMUX",
       "a Dane: medicinsk fysiker in radiotherapy since '09/2013 – nu', 'Dosisplanlægning i Eclipse'; but the "
       "Swedish legitimation is only applied for ('sendt til Socialstyrelsen, september 2026'), 'Cand.scient. i "
       "fysik' with further training is not shown to equal a sjukhusfysikerexamen before Socialstyrelsen has "
       "assessed it, and Swedish 'læser og forstår godt' says nothing about speaking or writing",
       "Niels Kragh Damgaard", "Medicinsk fysiker (stråleterapi)",
       S("contact", KV("Telefon", "+45 12 35 87 15"), KV("E-mail", "niels.damgaard@example.dk"),
         KV("Adresse", "Rønnebærhøj, Danmark")),
       S("exp", I("09/2013 – nu", "Medicinsk fysiker, Stråleterapien, Rønnebærhøj Sygehus",
                  "Dosisplanlægning i Eclipse, plan-QA og kvalitetssikring af acceleratorer")),
       S("edu",
         I("2014 – 2016", "Efteruddannelse i medicinsk fysik (stråleterapi), Ålegrund Universitet"),
         I("2006 – 2011", "Cand.scient. i fysik (bachelor og kandidat, 300 ECTS), Ålegrund Universitet")),
       S("auth", KV("Sverige", "Ansøgning om svensk legitimation som sjukhusfysiker sendt til Socialstyrelsen, "
                               "september 2026")),
       S("lang", KV("Modersmål", "Dansk"), KV("Svensk", "læser og forstår godt"), KV("Engelsk", "C1"))),
    cv("jonatan-ek.docx", "sv", "docx", "dates-after", "MMUMMX",
       "'Legitimerad sjukhusfysiker, juni 2024', 'Sjukhusfysikerexamen, 300 hp', 'Dosplanering i Eclipse', "
       "'Svenska – modersmål'; but in radiotherapy only since 'september 2025 – nu' (one year and three months); "
       "the year in 'röntgen och nuklearmedicin' is another field",
       "Jonatan Ek", "Leg. sjukhusfysiker",
       S("contact", L("Tel. 0980-327 459"), L("jonatan.ek@example.se"), L("Näverkullen")),
       S("profile", "Sjukhusfysiker sedan 2024. Jag började inom röntgen och nuklearmedicin och har nu hittat rätt "
                    "inom strålbehandlingen."),
       S("exp",
         I("september 2025 – nu", "Sjukhusfysiker, strålbehandlingen, Näverkullens lasarett",
           "Dosplanering i Eclipse, plankontroller"),
         I("augusti 2024 – augusti 2025", "Sjukhusfysiker, röntgen och nuklearmedicin, Näverkullens lasarett",
           "Patientdoser och kvalitetskontroll av datortomografer")),
       S("edu", I("2019 – 2024", "Sjukhusfysikerexamen, 300 hp, Hjortronmyrens universitet")),
       S("auth", L("Legitimerad sjukhusfysiker, juni 2024")),
       S("lang", L("Svenska – modersmål"), L("Engelska – god"))),
    cv("helena-brandauer.pdf", "en", "pdf", "one-column", "MMMMMX",
       "a German: 'Legitimerad sjukhusfysiker (Swedish licence), Socialstyrelsen, April 2025', 'MSc Medical "
       "Physics' after a BSc in physics is the same field and level, in radiotherapy from 'Oct 2011 – Mar 2024' "
       "and since 'May 2025 – present', 'Treatment planning in RayStation' and 'Treatment planning in Eclipse', "
       "'Swedish – C1 (Tisus 2025), spoken and written'",
       "Helena Brandauer", "Medical Physicist (leg. sjukhusfysiker)",
       S("contact", L("Tel. +46 980 327 460"), L("helena.brandauer@example.de"), L("Sikfjärden, Sweden")),
       S("profile", "Medical physicist with fifteen years in radiotherapy, most of them at a German university "
                    "hospital. Living in Sweden since 2024."),
       S("exp",
         I("May 2025 – present", "Sjukhusfysiker (radiotherapy), Sikfjärdens sjukhus",
           "Treatment planning in RayStation, patient-specific QA"),
         I("Oct 2011 – Mar 2024", "Medical physicist (Medizinphysik-Experte), radiotherapy, Kastanienau "
                                  "University Hospital, Germany",
           "Treatment planning in Eclipse, linac commissioning and QA")),
       S("edu",
         I("2009 – 2011", "MSc Medical Physics, University of Kastanienau"),
         I("2006 – 2009", "BSc Physics, University of Kastanienau")),
       S("auth", L("Legitimerad sjukhusfysiker (Swedish licence), Socialstyrelsen, April 2025")),
       S("lang", L("German – native"), L("Swedish – C1 (Tisus 2025), spoken and written"),
         L("English – fluent (C1)"))),
    cv("patrik-ohman.txt", "sv", "txt", "no-headings", "MMMUMX",
       "no headings: 'Legitimerad sjukhusfysiker, 2018', 'Sjukhusfysikerexamen (300 hp)', sjukhusfysiker in "
       "radiotherapy from '2018-03 – 2021-06' (three years and four months; the job as applikationsspecialist is "
       "another role), 'Svenska – modersmål'; but 'Dosplanering i Oncentra och Monaco' names other planning "
       "systems than Eclipse or RayStation",
       "Patrik Öhman", "Sjukhusfysiker / applikationsspecialist",
       S("contact", "patrik.ohman@example.se · 0980-327 461 · Tjäderåsen"),
       S("profile", "Legitimerad sjukhusfysiker med erfarenhet från både klinik och industri. Vill tillbaka till "
                    "kliniken."),
       S("exp",
         I("2021-07 – nu", "Applikationsspecialist, Tjäderåsen Medical Systems AB",
           "Utbildning av kliniker i dosplaneringssystem, installationer i Norden"),
         I("2018-03 – 2021-06", "Sjukhusfysiker, strålbehandlingen, Tjäderåsens lasarett",
           "Dosplanering i Oncentra och Monaco, kvalitetskontroll av linjäracceleratorer")),
       S("edu", I("2013 – 2018", "Sjukhusfysikerexamen (300 hp), Hjortronmyrens universitet")),
       S("auth", L("Legitimerad sjukhusfysiker, 2018")),
       S("other", L("Svenska – modersmål, engelska – flytande"), L("Körkort B")),
       sep=": "),
)


# --------------------------------------------------------------------------
# The README's closing sections, written by hand
# --------------------------------------------------------------------------

HARD_CASES = [
    "### Hard cases, on purpose",
    "",
    "Licences and authorisations: a Norwegian flygelederlisens with \"rettigheter ADC og APP\", its",
    "nynorsk form \"rettane ADC og APP\", \"fikk lisensen med ADC i mars 2024\", a German's licence",
    "issued by Luftfartstilsynet and a Swede's \"Flygledarcertifikat (Transportstyrelsen)\" with no",
    "sign of a Norwegian one; \"Legitimerad sjukhusfysiker\" from a Swedish programme, one granted to",
    "a German in 2025 and a Danish application only \"sendt til Socialstyrelsen\". Certificates with a",
    "validity: medical class 3 \"gyldig til 14.03.2028\", \"ok til 2028\" and \"gyldig til september",
    "2026, ny undersøking bestilt januar 2027\"; a confined-space course \"oktober 2021\" against",
    "\"ikkje eldre enn tre år\", \"i fjor\" and a Swedish \"Arbete i slutna utrymmen, 2024\"; the Danish",
    "certificate for varmt arbejde – tagdækning \"fornyet januar 2023\", \"fornyet 2024\", from 2022",
    "and 2023, against the Swedish Heta arbeten; first aid \"maj 2025\", \"sidste år\", \"March 2026\"",
    "and \"HLR och första hjälpen, 2025\" against \"ikke ældre end 2 år\"; truck T4 among T1, T2 and",
    "T4, \"har truck T4\" and a Swedish \"Truckkort A och B (TLP10)\". Trade certificates: fagbrev i",
    "kjemiprosessfaget (one as praksiskandidat) against a Swedish upper-secondary process programme;",
    "svendebrev som tagdækker (one through EUV as voksenlærling), a Swedish \"Yrkesbevis som",
    "takläggare (papp och duk)\" and a Polish school \"vocational qualification\" as roofer. Degrees:",
    "a Swedish kandidatexamen in library and information science, a Norwegian bachelor in the same",
    "field, a British MA Library and Information Studies and a \"Fil. kand. i ABM\" with library",
    "science as main field; a cand.arch. (300 ECTS), a Norwegian five-year master, a Spanish Grado y",
    "Máster (360 ECTS), a Swedish arkitektexamen and a British BA plus MArch (ARB/RIBA Part 2);",
    "sjukhusfysikerexamen, a German MSc Medical Physics and a Danish cand.scient. in physics with",
    "further training. Experience: ATCO students, apprentices, voksenlærlinge, a thesis, a year out",
    "and student summer jobs (training, not experience); two years and eight months in the tower,",
    "two years and five months as operator and as architect, two years and nine months as",
    "tagdækker, four years and three months as arkitekt, one year and three months at a public",
    "library (after nine years at a university library) and in radiotherapy (after a year in",
    "radiology); three years and four months as sjukhusfysiker before a job as",
    "applikationsspecialist (enough). Named skills: DCS as \"ABB 800xA\", \"Yokogawa Centum VP\",",
    "\"Valmet DNA\", \"Honeywell Experion DCS\" and \"køyrer ovnane frå kontrollrommet (DCS)\"; reading",
    "promotion as \"Bokprat\", \"Lesestimulering\", \"sagostunder\" and \"Storytimes\"; tagpap and",
    "tagfolie as \"SBS og PVC-folie\", \"tagpap og folie\", \"Bitumen roofing felt and PVC/TPO",
    "membranes\" and \"asfaltsmattor och PVC-duk\"; CLT and glulam as \"KL-tre og limtre\", \"limträ och",
    "KL-trä\", a thesis only, and \"concrete and steel\"; Eclipse and RayStation against \"Oncentra och",
    "Monaco\". Languages: ICAO levels 5 and 6, \"Norska – förstår bra, talar hjälpligt\", Norskprøven",
    "B2 and C1, \"Svensk – forstår godt, skriver enkelt\", Swedish B1 and C1 (Tisus), \"Danska – förstår",
    "det mesta men talar inte\", Prøve i Dansk 3, \"læser og forstår godt\", Norwegian A2 and \"none",
    "yet\", Danish or Swedish for \"Norwegian, Swedish or Danish\". Badly written TXT CVs in bokmål,",
    "nynorsk, Swedish and Danish; a TXT CV without headings, Europass DOCX, tables, bold headings,",
    "right-aligned dates with the date first or last in the stream, and all three column orders.",
    "",
    "### Labelling decisions specific to this set",
    "",
    "The conventions of `eval/README.md` and of the earlier held-out sets apply. In addition:",
    "",
    "- **Flygeleder**: line 1 asks for a valid licence with the ADC rating; a Norwegian licence, or",
    "  one issued by Luftfartstilsynet to a foreigner, meets it; a Swedish licence with no sign of a",
    "  Norwegian one is `unclear` (a foreign authorisation, as in `eval/`). A class 3 medical that",
    "  ran out in September 2026 is `unclear`, however soon the new examination. ICAO level 5 or 6",
    "  meets line 3. Training as an ATCO student does not count as experience. \"Talar",
    "  hjälpligt\" is below B2 (`not_met`).",
    "- **Prosessoperatør**: line 1 names the Norwegian trade certificate; a Swedish upper-secondary",
    "  process programme without a trade certificate is `unclear`. A control-room operator on a",
    "  named DCS meets line 3. A Swedish truck card is another country's scheme (`unclear`); a",
    "  confined-space course counts whatever its country, as long as it is at most three years old",
    "  (after 2023-11-28; \"i fjor\" is 2025).",
    "- **Bibliotekarie**: a Norwegian bachelor in library and information science and a British MA",
    "  in library and information studies are the same field at the same or a higher level. Only",
    "  librarian work at a public library counts for line 2: years at a university library do not,",
    "  nor does part-time work as a library assistant. \"Skriver enkelt\" and a stated B1 are below",
    "  good Swedish (`not_met`).",
    "- **Tagdækker**: line 1 names no body, so a Swedish yrkesbevis as takläggare (papp och duk)",
    "  is the journeyman certificate of the same trade; a Polish school qualification is not shown",
    "  to be one (`unclear`). Line 3 needs both roofing felt and membrane (asfaltsmattor and",
    "  PVC-duk are both). Line 4 names the Danish certificate for hot work on roofs (valid five",
    "  years); the Swedish Heta arbeten is another scheme (`unclear`). First aid must be after",
    "  2024-11-28. \"Taler dansk\" meets line 7; Prøve i Dansk 3 is B2; \"talar inte\" is `not_met`.",
    "- **Architect**: a cand.arch., a five-year Norwegian master, a Spanish Grado y Máster, a",
    "  Swedish arkitektexamen and a British BA with an MArch (Part 2) are all the master level in",
    "  architecture. Revit named with an advanced level or as daily BIM work meets line 3. Timber",
    "  in a thesis only is `unclear`. One of Norwegian, Swedish or Danish is enough for line 6; A2",
    "  and \"none yet\" are `not_met`. Summer jobs, a year out and Part 3 are training.",
    "- **Sjukhusfysiker**: a Swedish legitimation granted to a foreign physicist meets line 1; an",
    "  application does not. A foreign MSc in medical physics is the same field and level; a",
    "  cand.scient. in physics with further training is a broader degree not yet assessed",
    "  (`unclear`). Only work as a physicist in radiotherapy counts for line 3 (not radiology, not",
    "  a vendor's application specialist). Other planning systems than Eclipse or RayStation are",
    "  `unclear`. \"Læser og forstår godt\" says nothing about speaking or writing (`unclear`).",
    "",
]


# --------------------------------------------------------------------------
# Checks of our own (on top of make_eval.check_data)
# --------------------------------------------------------------------------

EARLIER = (me.JOBS + mh.JOBS + mh2.JOBS + mh3.JOBS + mh4.JOBS + mh5.JOBS + mh6.JOBS + mh7.JOBS + mh8.JOBS
           + mh9.JOBS + mh10.JOBS + mh11.JOBS + mh12.JOBS + mh13.JOBS + mh14.JOBS + mh15.JOBS + mh16.JOBS)
PHONE = re.compile(r"\+?\d[\d \-]{5,}\d")


def phones(text: str) -> set[str]:
    """Digit strings of phone-like runs (8 digits or more; the last 8 digits, so a country code does not matter)."""
    out = set()
    for m in PHONE.findall(text):
        digits = re.sub(r"\D", "", m)
        if len(digits) >= 8:
            out.add(digits[-8:])
    return out


def check_holdout17() -> None:
    mh.check_blind_set(JOBS, EARLIER, USED_TOWNS, per_job=(5, 5), min_qualified=2)
    # The same person or CV file name must not repeat across jobs either.
    names = [c.name or c.raw.strip().splitlines()[0] for j in JOBS for c in j.cvs]
    assert len(names) == len(set(names)), "a person appears twice"
    files = [c.file for j in JOBS for c in j.cvs]
    assert len(files) == len(set(files)), "a CV file name appears twice"
    # 5-8 lines a job, and not all jobs the same length.
    assert all(5 <= len(j.requirements) <= 8 for j in JOBS)
    assert len({len(j.requirements) for j in JOBS}) > 1
    # Every ad language is used, and every CV language and format.
    assert {j.lang for j in JOBS} == set(mh.LANG_ORDER), {j.lang for j in JOBS}
    assert {c.lang for j in JOBS for c in j.cvs} == set(mh.LANG_ORDER)
    assert {c.fmt for j in JOBS for c in j.cvs} == {"txt", "docx", "pdf"}
    # Every job has exactly one manual line, and it is the last.
    for j in JOBS:
        assert j.kinds.count("manual") == 1 and j.kinds[-1] == "manual", j.slug
    # No single quote in a `why` that is not part of a checked quotation.
    for j in JOBS:
        for c in j.cvs:
            n = len(cvlib.quoted_fragments(c.why))
            assert c.why.count("'") == 2 * n, f"{j.slug}/{c.file}: a stray single quote in why"
    # No job slug of this set names a profession an earlier set used.
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
        "# Sikte's seventeenth held-out evaluation set",
        "",
        f"{len(JOBS)} fictional jobs and {n_all} fictional CVs, labelled by hand requirement by",
        "requirement, in the same layout and job-file format as `eval/` (see `eval/README.md`",
        "for the format, the label meanings and the labelling conventions). It is the eighteenth",
        "labelled set and exists to measure accuracy again on CVs the rules were never tuned on.",
        "It was written blind: without reading Sikte's rules, code, tests, docs or data tables,",
        "without running Sikte on it and without looking at any Sikte output, and no label was",
        "ever set from Sikte's output. The only files read were `eval/README.md` (format, label",
        "meanings, conventions), the script of `eval-holdout16/` (`make_holdout16.py`, as the",
        "template for this script's structure; it also defines the CVs of `eval-holdout16/`) and",
        "the shared code of `make_eval.py`, `make_holdout.py` and `scripts/fixtures/cvlib.py` (the",
        "CV definitions of `eval/` and `eval-holdout/` in the first two were skipped). The scripts",
        "`make_holdout2.py` ... `make_holdout15.py` are imported only to refuse their people, slugs,",
        "towns, e-mail addresses and phone numbers and were not read, and no CV folder of an",
        "earlier set was opened. Every CV x requirement is labelled with what a careful, fair",
        f"Nordic recruiter concludes on {TODAY} (the `today` of every job file, which closes open",
        "ranges such as \"d.d.\", \"nu\", \"dags dato\", \"nå\" and \"present\"). Its professions appear",
        "in no earlier set. Keep it that way: do not tune rules on these CVs; once a rule changes",
        "because of a disagreement found here, the set is no longer held out, and its figures",
        "become a regression check.",
        "",
        "Everything here is invented for Sikte: people, employers, schools, towns",
        f"({TOWNS}), e-mail addresses (`example.*`) and phone numbers (unreal",
        "ranges: `123 59 3xx` in Norway, the Swedish fiction range `0980-327 45x` / `0980-327 46x`,",
        "`+45 12 35 87 1x` in Denmark, and the British drama range `07700 900xxx`). Nothing is copied",
        "from `/work/shared/corpus`, from the earlier sets or from any real CV or job ad. Authority,",
        "body, scheme, course, test and product names in CVs and ads (Luftfartstilsynet,",
        "Transportstyrelsen, ICAO, OJTI, Socialstyrelsen, Tisus, SFI, Svenska som andraspråk,",
        "Norskprøven, Prøve i Dansk 3, Cambridge Advanced, ARB, RIBA, MNAL, MAA, SAR/MSA, DBI, EUV,",
        "TLP10, Heta arbeten, varme arbeider, ABB 800xA, Yokogawa Centum VP, Valmet DNA, Honeywell",
        "Experion, Revit, Dynamo, Rhino, Grasshopper, Enscape, Twinmotion, SketchUp, AutoCAD, Eclipse,",
        "RayStation, Oncentra, Monaco) are named as real ads and CVs name them. Licence: the same as",
        "the project (MIT OR Apache-2.0).",
        "",
        "The format is the one of `eval/`, so Sikte's evaluator reads this folder as it reads",
        "`eval/`; report its figures for each set separately.",
        "",
        "## Regenerate, never edit",
        "",
        "```sh",
        f"python3 {SCRIPT}            # (re)writes eval-holdout17/, removes stale files",
        f"python3 {SCRIPT} --verify   # generates twice elsewhere: byte-identical, and eval-holdout17/ fresh?",
        "```",
        "",
    ]
    extra = [
        "It also refuses an e-mail address or phone number that an earlier set's CVs use, a town of",
        "this set that an earlier set's CVs mention, a profession an earlier set names, and a stray",
        "single quote in a `why`.",
        "",
    ]
    return "\n".join(out + mh.script_paragraph(17) + extra + mh.jobs_and_figures(JOBS, HARD_CASES))


# --------------------------------------------------------------------------
# Writing and checking
# --------------------------------------------------------------------------


def main(argv: list[str]) -> int:
    check_holdout17()
    return mh.run_set(argv, OUT, JOBS, SCRIPT, readme, __doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
