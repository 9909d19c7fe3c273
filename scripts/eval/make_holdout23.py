#!/usr/bin/env python3
"""Write Sikte's twenty-third held-out evaluation set: eval-holdout23/README.md, jobs/<job>.toml, cvs/<job>/<file>.

    python3 scripts/eval/make_holdout23.py            # (re)write eval-holdout23/
    python3 scripts/eval/make_holdout23.py --verify   # generate twice in temporary folders and check both
                                                      # runs and eval-holdout23/ are byte-identical

A twenty-fourth labelled set in the same layout and job-file format as eval/ and
eval-holdout/ ... eval-holdout22/, so that accuracy can be measured on CVs the
rules were never tuned on. Six fictional jobs in professions that no earlier
set uses (insurance adviser nb, boat builder nn, teaching assistant sv,
metalworker da, zookeeper en, refuse collector nb) with 6-7 requirement lines
each, and 5 fictional CVs per job in TXT, DOCX and PDF (one and two columns),
in bokmål, nynorsk, Swedish, Danish and English.

The set was written blind: without reading Sikte's rules, code, tests, docs or
data tables, without running Sikte on it and without looking at any Sikte
output. Of the earlier sets only make_holdout22.py was read, as the template
for this script's structure, with the shared code of make_eval.py,
make_holdout.py and scripts/fixtures/cvlib.py, and eval/README.md for the
format and the labelling conventions (make_holdout22.py also defines the CVs
of eval-holdout22/; the CV definitions in make_eval.py and make_holdout.py
were skipped); make_holdout2.py ... make_holdout21.py were not read, only
imported to refuse their people, slugs, towns, e-mail addresses and phone
numbers, nor the CV folders of any earlier set. Every CV x requirement is
labelled by hand with what a careful, fair recruiter concludes on TODAY, under
the conventions of eval/README.md (met, not_met, unclear, manual). Never adjust
a label to Sikte's output.

It reuses make_eval.py (the CV model S/L/I/KV/cv, the renderers, the job-file
writer and its checks), make_holdout.py (plain_text, the e-mail pattern,
check_blind_set, jobs_and_figures, script_paragraph, run_set) and
scripts/fixtures/cvlib.py, and refuses: what make_eval.py refuses, a fragment
quoted with single quotes in a `why` that is not in the CV (or a stray single
quote that would hide one), an e-mail address outside example.*, a job with
fewer than two qualified CVs, any job slug, person or town of eval/,
eval-holdout/, ..., eval-holdout22/, any e-mail address or phone number that
an earlier set's CVs use, any profession an earlier set names, and any town of
this set that an earlier set's CVs mention. Python 3.11 standard library only.
Every person, employer, school, town, e-mail address and phone number is
invented.
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
import make_holdout21 as mh21  # noqa: E402
import make_holdout22 as mh22  # noqa: E402
from make_eval import CV, I, KV, L, S, cv  # noqa: E402

cvlib = me.cvlib
ROOT = me.ROOT
OUT = os.path.join(ROOT, "eval-holdout23")
SCRIPT = "scripts/eval/make_holdout23.py"
# The day this set is judged on, written into every job file. make_eval.job_toml reads
# make_eval.TODAY, so it is set there too (only in this process).
TODAY = "2026-11-28"
me.TODAY = TODAY

# Towns of eval/ and eval-holdout/ ... eval-holdout22/; none may appear here.
USED_TOWNS = mh22.USED_TOWNS + mh22.OWN_TOWNS
# The invented towns of this set; an earlier set's CVs must not mention them either.
OWN_TOWNS = ("Kornkrakvik", "Brushanevika", "Heilobekken", "Strandsnipvær", "Bäverfallet", "Järvåsen",
             "Uttersjövik", "Hasselmusby", "Oddervig", "Pindsvinekær", "Wrenfold", "Kraanvogelveen",
             "Żurawiniec")
TOWNS = "Kornkrakvik, Brushanevika, Heilobekken and Strandsnipvær in Norway; Bäverfallet, Järvåsen and " \
        "Uttersjövik in Sweden; Hasselmusby, Oddervig and Pindsvinekær in Denmark; Wrenfold, Kraanvogelveen " \
        "and Żurawiniec abroad"

JOBS: list[me.Job] = []


def job(slug, title, lang, profession, reqs: list[tuple[str, str]], *cvs: CV) -> None:
    JOBS.append(me.Job(slug, title, lang, profession, [r for r, _ in reqs], [k for _, k in reqs], list(cvs)))


# ===========================================================================
# 1. nb: Forsikringsrådgiver
# ===========================================================================

job(
    "forsikringsradgiver", "Forsikringsrådgiver, privatmarked – Kornkrakvik Forsikring (fast 100 %)", "nb",
    "insurance adviser",
    [
        ("Autorisert forsikringsrådgiver i skadeforsikring (Finans Norges autorisasjonsordning)", "authorisation"),
        ("Bachelorgrad innen økonomi, markedsføring eller tilsvarende", "education"),
        ("Minst to års erfaring med salg eller kunderådgivning", "experience"),
        ("Erfaring fra forsikring eller bank", "must_mention"),
        ("Svært gode norskkunnskaper, muntlig og skriftlig", "language"),
        ("Førerkort klasse B", "driving_licence"),
        ("Politiattest må fremlegges ved ansettelse", "manual"),
    ],
    cv("hanne-bergsland.docx", "nb", "docx", "one-column", "MMMMMMX",
       "'Autorisert forsikringsrådgiver skadeforsikring (Finans Norge), 2021', 'Bachelor i økonomi og "
       "administrasjon', kunderådgiver in a bank from '08.2018 – 05.2021' and forsikringsrådgiver since "
       "'06.2021 – d.d.', 'Norsk – morsmål', 'Førerkort klasse B'",
       "Hanne Bergsland", "Forsikringsrådgiver, privatmarked",
       S("contact", L("Mobil 123 66 501"), L("hanne.bergsland@example.no"), L("Kornkrakvik")),
       S("profile", "Erfaren rådgiver innen skadeforsikring. Jeg liker å finne gode løsninger sammen med kunden, "
                    "både på telefon og i møter."),
       S("exp",
         I("06.2021 – d.d.", "Forsikringsrådgiver, Brushanevika Forsikring AS",
           "Salg og rådgivning innen bil, bolig, innbo og reise", "Fornyelser og kundeoppfølging"),
         I("08.2018 – 05.2021", "Kunderådgiver, Kornkrakvik Sparebank",
           "Dagligbank, kort og enkle forsikringsprodukter")),
       S("edu", I("2015 – 2018", "Bachelor i økonomi og administrasjon, Handelshøyskolen i Heilobekken")),
       S("auth", L("Autorisert forsikringsrådgiver skadeforsikring (Finans Norge), 2021"), head="Autorisasjon"),
       S("lic", L("Førerkort klasse B")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – meget god"))),
    cv("linnea-forsberg.pdf", "sv", "pdf", "two-column", "UMMMNMX",
       "a Swede: 'Ekonomie kandidatexamen (180 hp)' and 'Försäkringsrådgivare, Järvåsen Försäkring AB' since "
       "'2018 – nu' meet the degree, experience and insurance lines, 'Körkort B'; but 'Insuresec-licens "
       "(skadeförsäkring), 2018' is the Swedish licence, not the Norwegian authorisation, and 'Norska – talar "
       "hjälpligt' is below very good Norwegian",
       "Linnea Forsberg", "Försäkringsrådgivare",
       S("contact", L("Tel. 0980-356 101"), L("linnea.forsberg@example.se"), L("Järvåsen, Sverige")),
       S("cert", L("Insuresec-licens (skadeförsäkring), 2018"), L("Säljutbildning, 2020")),
       S("lic", L("Körkort B")),
       S("lang", L("Svenska – modersmål"), L("Engelska – flytande"), L("Norska – talar hjälpligt")),
       S("profile", "Försäkringsrådgivare med åtta år i branschen. Jag vill flytta till Norge och jobba vidare "
                    "med privatkunder."),
       S("exp",
         I("2018 – nu", "Försäkringsrådgivare, Järvåsen Försäkring AB",
           "Rådgivning och försäljning av hem-, bil- och olycksfallsförsäkringar"),
         I("2015 – 2017", "Kassabiträde (extra), ICA Järvåsen")),
       S("edu", I("2014 – 2017", "Ekonomie kandidatexamen (180 hp), Järvåsens högskola")),
       order="left-first"),
    cv("oddvar-tveitane.txt", "nn", "txt", "no-headings", "UMMMMMX",
       "no headings: 'Bachelor i marknadsføring og sal, 180 studiepoeng', customer adviser at an insurer "
       "'mars 2023 – d.d.' (part time, but over three years by calendar time), 'norsk (morsmål)', 'Førarkort klasse "
       "B'; but the authorisation is not finished: 'Autorisasjonsprøva (skade) bestått april 2026, den "
       "praktiske prøva står att'",
       "Oddvar Tveitane", "Kunderådgjevar forsikring",
       S("contact", "oddvar.tveitane@example.no – tlf. 123 66 502 – Strandsnipvær"),
       S("profile", "Eg er ein roleg og løysingsorientert kunderådgjevar som trivst med å hjelpe folk. No vil eg "
                    "over i ei fast rådgjevarstilling."),
       S("exp",
         I("mars 2023 – d.d.", "Kunderådgjevar (50 %), Strandsnipvær Forsikring, kundesenteret",
           "Sal av innbu-, bil- og reiseforsikring på telefon og chat", "Melding av skadar"),
         I("2019 – 2022", "Butikkmedarbeidar (deltid), Strandsnipvær Sport")),
       S("edu", I("2020 – 2023", "Bachelor i marknadsføring og sal, 180 studiepoeng, Høgskulen i Heilobekken")),
       S("auth", L("Autorisasjonsprøva (skade) bestått april 2026, den praktiske prøva står att")),
       S("other", "Førarkort klasse B", "Språk: norsk (morsmål), engelsk (god)")),
    cv("gareth-pembroke.pdf", "en", "pdf", "europass", "MMMMMMX",
       "a Briton living in Norway: 'Authorised insurance adviser, non-life (Finance Norway authorisation scheme), "
       "2020', 'BSc (Hons) Business and Finance', claims handler and insurance adviser since 2012, 'Norwegian: C1 "
       "(Bergenstesten 2019)', 'B'",
       "Gareth Pembroke", "Insurance adviser (non-life)",
       S("contact", KV("Phone", "+47 123 66 503"), KV("E-mail", "gareth.pembroke@example.co.uk"),
         KV("Address", "Brushanevika, Norway")),
       S("exp",
         I("2019 – present", "Insurance adviser, private customers, Kornkrakvik Forsikring, Norway",
           "Advice and sales of home, car and travel insurance"),
         I("2012 – 2018", "Claims handler, Wrenfold Mutual Insurance, United Kingdom",
           "Motor and household claims")),
       S("edu", I("2009 – 2012", "BSc (Hons) Business and Finance, University of Wrenfold")),
       S("auth", KV("Norway", "Authorised insurance adviser, non-life (Finance Norway authorisation scheme), "
                              "2020")),
       S("lic", KV("Driving licence", "B")),
       S("lang", KV("Mother tongue", "English"), KV("Norwegian", "C1 (Bergenstesten 2019)"))),
    cv("mats-kolbjornsen.docx", "nb", "docx", "table", "UMUMMMX",
       "a bank adviser: 'Bachelor i økonomi og administrasjon, 2024', 'Kunderådgiver privatmarked, Brushanevika "
       "Sparebank' is bank work, 'Norsk – morsmål', 'Førerkort B'; but 'Autorisert finansiell rådgiver (AFR)' is "
       "the authorisation for savings and investment, not for non-life insurance, and as an adviser only since "
       "'01.2025 – d.d.' (one year and eleven months; the warehouse job does not count)",
       "Mats Kolbjørnsen", "Kunderådgiver bank",
       S("contact", L("Mobil 123 66 504"), L("mats.kolbjornsen@example.no"), L("Brushanevika")),
       S("profile", "Ung og sulten kunderådgiver som ønsker å jobbe mer med forsikring."),
       S("exp",
         I("01.2025 – d.d.", "Kunderådgiver privatmarked, Brushanevika Sparebank",
           "Boliglån, sparing og salg av forsikring via bankens samarbeidspartner"),
         I("2021 – 2024", "Lagerarbeider (deltid), Brushanevika Byggvare")),
       S("edu", I("2021 – 2024", "Bachelor i økonomi og administrasjon, 2024, Handelshøyskolen i Heilobekken")),
       S("auth", L("Autorisert finansiell rådgiver (AFR), 2025"), head="Autorisasjoner"),
       S("lic", L("Førerkort B")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – flytende"))),
)


# ===========================================================================
# 2. nn: Båtbyggar
# ===========================================================================

job(
    "batbyggar", "Båtbyggar til reparasjonsverkstaden – Heilobekken Båtbyggeri AS, fast stilling", "nn",
    "boat builder",
    [
        ("Fagbrev som båtbyggar eller tilsvarande", "education"),
        ("Minst fire års erfaring frå båtbygging eller båtreparasjon", "experience"),
        ("Erfaring med laminering i glasfiber (GRP)", "must_mention"),
        ("Gjennomført kurs i arbeid med epoksy og isocyanatar", "certificate"),
        ("Førarkort klasse B", "driving_licence"),
        ("Du må trivast med fysisk arbeid i støv og støy", "manual"),
    ],
    cv("sindre-heggheim.docx", "nn", "docx", "bold-headings", "MMMMMX",
       "'Fagbrev som båtbyggar, 2014', båtbyggar since '2014 – d.d.', 'Laminering i glasfiber og "
       "vakuuminfusjon', 'Epoksy- og isocyanatkurs, 2019', 'Førarkort B og BE'",
       "Sindre Heggheim", "Båtbyggar",
       S("contact", L("Mobil 123 66 505"), L("sindre.heggheim@example.no"), L("Heilobekken")),
       S("profile", "Båtbyggar med tolv år i faget, mest plastbåtar og reparasjon av fritidsbåtar."),
       S("exp",
         I("2014 – d.d.", "Båtbyggar, Heilobekken Båtbyggeri AS",
           "Laminering i glasfiber og vakuuminfusjon", "Reparasjon av skrog, dekk og kjøl"),
         I("2012 – 2014", "Lærling båtbyggarfaget, Heilobekken Båtbyggeri AS")),
       S("edu", I("2014", "Fagbrev som båtbyggar, 2014")),
       S("cert", L("Epoksy- og isocyanatkurs, 2019"), L("Truckførarbevis T1 og T4, 2016")),
       S("lic", L("Førarkort B og BE"))),
    cv("johan-lindqvist.pdf", "sv", "pdf", "dates-after", "MMMUMX",
       "a Swede: 'Gesällbrev som båtbyggare' is an equivalent trade certificate, båtbyggare since '2016 – nu', "
       "'Handuppläggning och vakuuminjicering av glasfiber', 'Körkort B'; but 'Härdplastutbildning (epoxi och "
       "isocyanater), 2016' is the Swedish course, not the Norwegian one",
       "Johan Lindqvist", "Båtbyggare",
       S("contact", L("Tel. 0980-356 102"), L("lindqvist.batbyggare@example.se"), L("Uttersjövik")),
       S("profile", "Båtbyggare från Uttersjövik som söker jobb på ett norskt varv. Tio år med plastbåtar."),
       S("exp",
         I("2016 – nu", "Båtbyggare, Uttersjöviks Båtvarv AB",
           "Handuppläggning och vakuuminjicering av glasfiber", "Gelcoatreparationer och osmosbehandling")),
       S("edu", I("2013 – 2016", "Båtbyggarutbildning, Uttersjöviks folkhögskola"),
         I("2016", "Gesällbrev som båtbyggare")),
       S("cert", L("Härdplastutbildning (epoxi och isocyanater), 2016"), L("Heta arbeten, 2023")),
       S("lic", L("Körkort B")),
       S("lang", L("Svenska – modersmål"), L("Norska – förstår och talar"))),
    cv("declan-ashby.txt", "en", "txt", "badly-written", "MUMNMX",
       "badly written: 'city & guilds level 3 in boat building' is an equivalent trade qualification, 'loads of "
       "grp laminating', a licence 'swapped to a norwegian one, class B'; but a boatbuilder only 'since march "
       "2023' (three years and eight months; the apprenticeship and the body shop do not count), and 'havent done "
       "the norwegian epoxy course yet' says he lacks the course",
       raw="""
Declan Ashby
ph 123 66 506
declan.ashby@example.co.uk
Heilobekken

hi there
applying for the boat builder job
did my apprenticeship at Wrenfold Boatyard 2019-2022, got the city & guilds level 3 in boat building
then car body shop for a year
boatbuilder at Brushanevika Marina since march 2023, loads of grp laminating and repairs, some teak decks
havent done the norwegian epoxy course yet but happy to go
uk licence swapped to a norwegian one, class B
"""),
    cv("kristoffer-mo.pdf", "nb", "pdf", "two-column", "MMUMMX",
       "'Fagbrev i båtbyggerfaget, 2011', båtbygger since '2011 – d.d.', 'Epoksy- og isocyanatkurs, 2016', "
       "'Førerkort B'; but at work he builds aluminium boats ('Sveising og montering av skrog i aluminium') and "
       "glass fibre appears only in his spare time ('Restaurerer en gammel plastsnekke')",
       "Kristoffer Mo", "Båtbygger",
       S("contact", L("Mobil 123 66 507"), L("kristoffer.mo@example.no"), L("Kornkrakvik")),
       S("cert", L("Epoksy- og isocyanatkurs, 2016"), L("Varme arbeider, 2024")),
       S("lic", L("Førerkort B")),
       S("other", L("Restaurerer en gammel plastsnekke på fritiden, mye glassfiberarbeid"), head="Fritid",
         side=True),
       S("profile", "Båtbygger med femten år på aluminiumsbåter. Jeg vil gjerne jobbe mer med reparasjon."),
       S("exp",
         I("2011 – d.d.", "Båtbygger, Kornkrakvik Aluminiumsbåter AS",
           "Sveising og montering av skrog i aluminium", "Innredning og montering av utstyr"),
         I("2009 – 2011", "Lærling, Kornkrakvik Aluminiumsbåter AS")),
       S("edu", I("2011", "Fagbrev i båtbyggerfaget, 2011")),
       order="right-first"),
    cv("bo-skaarup.docx", "da", "docx", "table", "MMMMMX",
       "a Dane: 'Svendebrev som bådebygger, 2008', bådebygger since 2008 in Denmark and Norway, 'Laminering i "
       "glasfiber, gelcoat og vakuuminfusion', 'Epoksy- og isocyanatkurs (norsk kursbevis), Heilobekken, marts "
       "2024', 'Kørekort B'",
       "Bo Skaarup", "Bådebygger",
       S("contact", L("Mobil +47 123 66 508"), L("bo.skaarup@example.dk"), L("Heilobekken, Norge")),
       S("profile", "Dansk bådebygger, bosat i Norge siden 2024. Jeg har arbejdet med både træ og glasfiber."),
       S("exp",
         I("2024 – nu", "Bådebygger, Brushanevika Marina, Norge",
           "Laminering i glasfiber, gelcoat og vakuuminfusion"),
         I("2008 – 2024", "Bådebygger, Oddervig Bådeværft", "Nybygning og reparation af træ- og glasfiberbåde")),
       S("edu", I("2004 – 2008", "Svendebrev som bådebygger, 2008, Oddervig Tekniske Skole")),
       S("cert", L("Epoksy- og isocyanatkurs (norsk kursbevis), Heilobekken, marts 2024")),
       S("lic", L("Kørekort B")),
       S("lang", L("Dansk – modersmål"), L("Norsk – forstår og taler godt"))),
)


# ===========================================================================
# 3. sv: Elevassistent
# ===========================================================================

job(
    "elevassistent", "Elevassistent till Bäverfallets skola, F–6 (tillsvidare, 80 %)", "sv", "teaching assistant",
    [
        ("Gymnasieexamen från barn- och fritidsprogrammet eller motsvarande utbildning", "education"),
        ("Minst ett års erfarenhet av arbete med barn i skola eller fritidshem", "experience"),
        ("Erfarenhet av att stötta elever med NPF-diagnoser (t.ex. adhd, autism)", "must_mention"),
        ("Genomförd HLR-utbildning för barn (inom de senaste två åren)", "certificate"),
        ("Mycket goda kunskaper i svenska i tal och skrift", "language"),
        ("Utdrag ur belastningsregistret ska uppvisas före anställning", "manual"),
    ],
    cv("amanda-ekstrom.docx", "sv", "docx", "one-column", "MMMMMX",
       "'Gymnasieexamen, barn- och fritidsprogrammet', elevassistent since 'aug 2020 – nu', 'Stöd till elever "
       "med adhd och autism', 'HLR barn, mars 2026', 'Svenska – modersmål'",
       "Amanda Ekström", "Elevassistent",
       S("contact", L("Tel. 0980-356 103"), L("amanda.ekstrom@example.se"), L("Bäverfallet")),
       S("profile", "Lugn och strukturerad elevassistent som tycker om att se varje elev växa."),
       S("exp",
         I("aug 2020 – nu", "Elevassistent, Järvåsens skola F–6",
           "Stöd till elever med adhd och autism i klassrummet och på rasterna", "Bildstöd och anpassat schema"),
         I("2019 – 2020", "Timvikarie, förskolor i Järvåsen")),
       S("edu", I("2016 – 2019", "Gymnasieexamen, barn- och fritidsprogrammet, Bäverfallets gymnasium")),
       S("cert", L("HLR barn, mars 2026"), L("Lågaffektivt bemötande, 2024")),
       S("lang", L("Svenska – modersmål"), L("Engelska – god"))),
    cv("ingrid-sandnes.txt", "nb", "txt", "one-column", "MMMUUX",
       "a Norwegian: 'Fagbrev i barne- og ungdomsarbeiderfaget' is equivalent, 'Assistent i SFO' since '2019 – "
       "d.d.' (SFO is the fritidshem), 'Miljøarbeider for en elev med autisme'; but 'Førstehjelpskurs, 2022' is "
       "older than two years and 'Svensk: forstår godt' says nothing about speaking or writing",
       "Ingrid Sandnes", "Barne- og ungdomsarbeider",
       S("contact", L("Mobil 123 66 509"), L("ingrid.sandnes@example.no"), L("Strandsnipvær")),
       S("profile", "Barne- og ungdomsarbeider som vil flytte til Sverige med samboeren sin."),
       S("exp",
         I("2019 – d.d.", "Assistent i SFO, Strandsnipvær skole",
           "Miljøarbeider for en elev med autisme (1:1) de siste tre årene", "Leksehjelp og aktiviteter")),
       S("edu", I("2016 – 2019", "Fagbrev i barne- og ungdomsarbeiderfaget, 2019")),
       S("cert", L("Førstehjelpskurs, 2022")),
       S("lang", L("Norsk: morsmål"), L("Svensk: forstår godt"), L("Engelsk: godt"))),
    cv("jonny-pettersson.txt", "sv", "txt", "badly-written", "UUMMMX",
       "badly written: 'har en kille med adhd som jag är resurs till', 'hlr för barn gick jag i somras', "
       "'svenska är mitt modersmål'; but 'gick barn och fritid men hoppade av i tvåan' (no gymnasieexamen) and "
       "'resurs på fritids sen januari i år' is ten months",
       raw="""
Jonny Pettersson
0980-356 104
jonny.pettersson@example.se
Uttersjövik

hej!
söker jobbet som elevassistent
gick barn och fritid men hoppade av i tvåan, jobbade sen på lager i flera år
är resurs på fritids sen januari i år på Uttersjöviks skola, har en kille med adhd som jag är resurs till
hlr för barn gick jag i somras
svenska är mitt modersmål, engelska funkar
"""),
    cv("rebecca-hollis.pdf", "en", "pdf", "two-column", "MMMMNX",
       "an Englishwoman: 'BA (Hons) Education Studies' exceeds the upper-secondary level, 'Teaching assistant, "
       "Wrenfold Primary School' '09/2018 – 07/2023', 'One-to-one support for pupils with autism and ADHD', "
       "'Paediatric first aid (incl. CPR), renewed 05/2025'; but 'Swedish – B1 (SFI completed)' is below very "
       "good Swedish",
       "Rebecca Hollis", "Teaching assistant",
       S("contact", L("Phone 0980-356 105"), L("rebecca.hollis@example.co.uk"), L("Bäverfallet, Sweden")),
       S("cert", L("Paediatric first aid (incl. CPR), renewed 05/2025"), L("Safeguarding level 2, 2022")),
       S("lang", L("English – native"), L("Swedish – B1 (SFI completed)")),
       S("profile", "Experienced teaching assistant who moved to Sweden in 2023. I love helping children who "
                    "find school hard."),
       S("exp",
         I("08/2023 – present", "Fritidsledare (substitute, 40 %), Bäverfallets skola"),
         I("09/2018 – 07/2023", "Teaching assistant, Wrenfold Primary School",
           "One-to-one support for pupils with autism and ADHD", "Small-group reading")),
       S("edu", I("2015 – 2018", "BA (Hons) Education Studies, University of Wrenfold")),
       order="rows"),
    cv("mette-juhl.docx", "da", "docx", "europass", "MMMMMX",
       "a Dane with Swedish as a mother tongue: 'Pædagogisk assistentuddannelse (PAU), 2019' is equivalent, "
       "'Pædagogisk medhjælper i SFO' since '2019 – nu', 'Inklusion af børn med ADHD og autisme', 'HLR for børn, "
       "2025', Swedish 'Modersmål (dansk og svensk)'",
       "Mette Juhl", "Pædagogisk assistent",
       S("contact", KV("Telefon", "+45 12 37 17 01"), KV("E-mail", "mette.juhl@example.dk"),
         KV("Adresse", "Hasselmusby, Danmark")),
       S("exp",
         I("2019 – nu", "Pædagogisk medhjælper i SFO, Hasselmusby Skole",
           "Inklusion af børn med ADHD og autisme", "Støtte i undervisningen i indskolingen")),
       S("edu", I("2017 – 2019", "Pædagogisk assistentuddannelse (PAU), 2019, SOSU Hasselmusby")),
       S("cert", KV("Førstehjælp", "HLR for børn, 2025")),
       S("lang", KV("Sprog", "Modersmål (dansk og svensk)"), KV("Engelsk", "B2"))),
)


# ===========================================================================
# 4. da: Klejnsmed
# ===========================================================================

job(
    "klejnsmed", "Klejnsmed til værksted og montage – Oddervig Stålmontage ApS (fuldtid)", "da", "metalworker",
    [
        ("Uddannet klejnsmed (svendebrev) eller tilsvarende", "education"),
        ("Mindst 3 års erfaring som klejnsmed eller smed", "experience"),
        ("Erfaring med montage af trapper, gelændere og stålkonstruktioner", "must_mention"),
        ("Gyldigt svejsecertifikat efter DS/EN ISO 9606-1 (MAG, proces 135)", "certificate"),
        ("Kørekort kategori B", "driving_licence"),
        ("Du taler og skriver dansk eller engelsk", "language"),
        ("Du kan arbejde i højden og tage en tørn på tilkaldevagten", "manual"),
    ],
    cv("niels-brodsgaard.pdf", "da", "pdf", "right-dates", "MMMMMMX",
       "'Svendebrev som klejnsmed, 2012', klejnsmed since '2012 – nu', 'Montage af trapper, gelændere og "
       "stålkonstruktioner på byggepladser', 'Svejsecertifikat DS/EN ISO 9606-1, proces 135 (MAG), fornyet "
       "06/2026', 'Kørekort B', 'Dansk – modersmål'",
       "Niels Brødsgaard", "Klejnsmed",
       S("contact", L("Mobil +45 12 37 17 02"), L("niels.brodsgaard@example.dk"), L("Oddervig")),
       S("profile", "Klejnsmed med fjorten år i faget, både på værkstedet og ude på pladsen."),
       S("exp",
         I("2012 – nu", "Klejnsmed, Hasselmusby Smedie A/S",
           "Montage af trapper, gelændere og stålkonstruktioner på byggepladser", "Værkstedsarbejde og svejsning"),
         I("2008 – 2012", "Klejnsmedelev, Hasselmusby Smedie A/S")),
       S("edu", I("2012", "Svendebrev som klejnsmed, 2012, Oddervig Tekniske Skole")),
       S("cert", L("Svejsecertifikat DS/EN ISO 9606-1, proces 135 (MAG), fornyet 06/2026"), L("Lift, 2020")),
       S("lic", L("Kørekort B")),
       S("lang", L("Dansk – modersmål"), L("Engelsk – godt")),
       date_first=True),
    cv("emil-nordstrand.pdf", "sv", "pdf", "two-column", "UMMUMMX",
       "a Swede: smed and welder since '2016 – nu', 'Tillverkning och montering av trappor, räcken och "
       "stålstommar', 'Körkort B', 'Engelska – goda kunskaper i tal och skrift'; but 'Industritekniska "
       "programmet, inriktning svets' is a school programme, not a trade certificate, and the welding "
       "certificate was 'giltigt till 03/2025'",
       "Emil Nordstrand", "Smed och svetsare",
       S("contact", L("Tel. 0980-356 106"), L("emil.nordstrand@example.se"), L("Uttersjövik")),
       S("cert", L("Svetscertifikat EN ISO 9606-1, 135 (MAG), giltigt till 03/2025"), L("Skylift, 2022")),
       S("lic", L("Körkort B")),
       S("lang", L("Svenska – modersmål"), L("Engelska – goda kunskaper i tal och skrift"),
         L("Danska – förstår")),
       S("profile", "Smed och svetsare som gärna pendlar till Danmark. Jag gillar montage ute på bygget."),
       S("exp",
         I("2016 – nu", "Smed/svetsare, Uttersjöviks Mekaniska AB",
           "Tillverkning och montering av trappor, räcken och stålstommar")),
       S("edu", I("2012 – 2015", "Industritekniska programmet, inriktning svets, Uttersjöviks gymnasium")),
       order="left-first"),
    cv("ruben-van-dijk.docx", "en", "docx", "dates-after", "MMMMMMX",
       "a Dutchman: 'MBO level 3 Constructiewerker (structural metalworker)' is an equivalent trade "
       "qualification, metalworker since 2010, 'Fabrication and installation of steel stairs, balustrades and "
       "steel frames', 'Welding certificate ISO 9606-1, 135 P FW, valid until 10/2027', 'Driving licence: B, C', "
       "'English – fluent (C1)'",
       "Ruben van Dijk", "Structural metalworker",
       S("contact", L("Phone +45 12 37 17 03"), L("ruben.vandijk@example.nl"), L("Oddervig, Denmark")),
       S("profile", "Dutch metalworker living in Denmark since 2024. Reliable, tidy and used to site work."),
       S("exp",
         I("2024 – present", "Metalworker, Pindsvinekær Stål ApS, Denmark",
           "Fabrication and installation of steel stairs, balustrades and steel frames"),
         I("2010 – 2024", "Constructiewerker (metalworker), Kraanvogelveen Staalbouw B.V., Netherlands",
           "Workshop fabrication and site assembly")),
       S("edu", I("2007 – 2010", "MBO level 3 Constructiewerker (structural metalworker), ROC Kraanvogelveen")),
       S("cert", L("Welding certificate ISO 9606-1, 135 P FW, valid until 10/2027"), L("VCA safety, 2023")),
       S("lic", L("Driving licence: B, C")),
       S("lang", L("Dutch – native"), L("English – fluent (C1)"), L("Danish – A2"))),
    cv("brian-kjaergaard.txt", "da", "txt", "badly-written", "NMUMMMX",
       "badly written: smed 'i 8 år', 'svejsecertifikat MAG fornyet i marts (iso 9606)', 'kørekort B', 'snakker "
       "dansk'; but 'har ik noget svendebrev' contradicts the trained klejnsmed line, and he makes 'mest låger, "
       "hegn og staldinventar' (no stairs, railings or steel structures)",
       raw="""
Brian Kjærgaard
tlf +45 12 37 17 04
brian.kjaergaard@example.dk
Pindsvinekær

hej
jeg søger jobbet som klejnsmed
har ik noget svendebrev men har arbejdet som smed hos Pindsvinekær Landbrugssmedie i 8 år
laver mest låger, hegn og staldinventar, både svejsning og montage ude hos landmændene
har svejsecertifikat MAG fornyet i marts (iso 9606)
kørekort B
snakker dansk og lidt tysk
"""),
    cv("eivind-rasten.docx", "nb", "docx", "table", "MUMMMMX",
       "a Norwegian: 'Fagbrev som platearbeider, juni 2024' is an equivalent metalwork trade, 'Montering av "
       "rekkverk, trapper og stålkonstruksjoner', 'Sveisesertifikat NS-EN ISO 9606-1, 135, 2025', 'Førerkort: B', "
       "'Engelsk – flytende'; but a platearbeider only since '08.2024 – d.d.' (two years and four months; the "
       "apprenticeship does not count)",
       "Eivind Rasten", "Platearbeider",
       S("contact", L("Mobil +47 123 66 510"), L("eivind.rasten@example.no"), L("Oddervig, Danmark")),
       S("profile", "Ung platearbeider som har flyttet til Danmark. Jeg er vant til både verksted og montasje."),
       S("exp",
         I("08.2024 – d.d.", "Platearbeider, Oddervig Stålmontage ApS",
           "Montering av rekkverk, trapper og stålkonstruksjoner"),
         I("08.2022 – 06.2024", "Lærling platearbeider, Strandsnipvær Mek. Verksted")),
       S("edu", I("2020 – 2022", "Teknologi- og industrifag, Strandsnipvær vgs"),
         I("2024", "Fagbrev som platearbeider, juni 2024")),
       S("cert", L("Sveisesertifikat NS-EN ISO 9606-1, 135, 2025")),
       S("lic", L("Førerkort: B")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – flytende"), L("Dansk – forstår det meste"))),
)


# ===========================================================================
# 5. en: Zookeeper
# ===========================================================================

job(
    "zookeeper", "Zookeeper, carnivore section – Kornkrakvik Wildlife Park, Norway (permanent, full time)", "en",
    "zookeeper",
    [
        ("Level 3 Diploma in Zoo Animal Management, a bachelor's degree in animal science or zoology, or "
         "equivalent", "education"),
        ("At least two years' paid experience as a keeper in a zoo, wildlife park or aquarium", "experience"),
        ("Experience with large carnivores (e.g. big cats, bears or wolves)", "must_mention"),
        ("Valid first aid certificate (completed within the last three years)", "certificate"),
        ("Fluent spoken and written English (C1 or above)", "language"),
        ("Full driving licence, category B", "driving_licence"),
        ("You must be able to work weekends and public holidays on a rota", "manual"),
    ],
    cv("holly-marchbank.pdf", "en", "pdf", "one-column", "MMMMMMX",
       "'Level 3 Diploma in Zoo Animal Management', keeper since 2016, 'Tigers, snow leopards and brown bears', "
       "'First aid at work, renewed 02/2025', 'English – native', 'Full UK driving licence (B), exchanged for a "
       "Norwegian licence in 2024'",
       "Holly Marchbank", "Senior zookeeper, carnivores",
       S("contact", L("Phone +47 123 66 511"), L("holly.marchbank@example.co.uk"), L("Kornkrakvik, Norway")),
       S("profile", "Zookeeper with ten years in carnivore sections, keen on enrichment and training for "
                    "voluntary veterinary procedures."),
       S("exp",
         I("03/2024 – present", "Zookeeper, Kornkrakvik Wildlife Park", "Brown bears, wolves and lynx"),
         I("2016 – 2024", "Keeper, later senior keeper, carnivores, Wrenfold Zoo",
           "Tigers, snow leopards and brown bears", "Enrichment and positive reinforcement training")),
       S("edu", I("2014 – 2016", "Level 3 Diploma in Zoo Animal Management, Wrenfold College")),
       S("cert", L("First aid at work, renewed 02/2025"), L("Dangerous animal escape drills, annual")),
       S("lic", L("Full UK driving licence (B), exchanged for a Norwegian licence in 2024")),
       S("lang", L("English – native"), L("Norwegian – B1"))),
    cv("ane-sorhus.docx", "nb", "docx", "one-column", "MMMUMMX",
       "'Bachelor i husdyrvitenskap' is animal science, 'Dyrepasser, Brushanevika Dyrepark' since '06.2023 – "
       "d.d.', 'Ansvar for ulv og gaupe', 'Engelsk – flytende', 'Førerkort klasse B'; but 'Førstehjelpskurs, 2021' "
       "is older than three years",
       "Ane Sørhus", "Dyrepasser",
       S("contact", L("Mobil 123 66 512"), L("ane.sorhus@example.no"), L("Brushanevika")),
       S("profile", "Dyrepasser med bakgrunn i husdyrvitenskap. Jeg trives best med rovdyrene."),
       S("exp",
         I("06.2023 – d.d.", "Dyrepasser, Brushanevika Dyrepark", "Ansvar for ulv og gaupe",
           "Berikelse og publikumsformidling"),
         I("2019 – 2023", "Butikkmedarbeider (deltid), Brushanevika Dyrebutikk")),
       S("edu", I("2020 – 2023", "Bachelor i husdyrvitenskap, Universitetet i Heilobekken")),
       S("cert", L("Førstehjelpskurs, 2021")),
       S("lic", L("Førerkort klasse B")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – flytende"))),
    cv("elsa-brannstrom.txt", "sv", "txt", "one-column", "MUMMMUX",
       "a Swede: 'Naturbruksprogrammet, inriktning djur (djurvårdare zoo)' is equivalent, 'Björn och järv' are "
       "large carnivores, 'HLR och första hjälpen, 2025', 'Engelska – flytande'; but a keeper only since "
       "'2025-01 – nu' (one year and ten months; the 'Praktik' does not count), and 'Körkort: AM (B-körkort "
       "under utbildning)' is not a B licence",
       "Elsa Brännström", "Djurvårdare",
       S("contact", L("Tel. 0980-356 107"), L("elsa.brannstrom@example.se"), L("Järvåsen")),
       S("profile", "Djurvårdare som vill jobba med rovdjur i Norge."),
       S("exp",
         I("2025-01 – nu", "Djurvårdare, Järvåsens Djurpark", "Björn och järv, utfodring och städning av hägn"),
         I("2017", "Praktik, 8 veckor, Uttersjöviks Zoo")),
       S("edu", I("2015 – 2018", "Naturbruksprogrammet, inriktning djur (djurvårdare zoo), Järvåsens "
                                 "naturbruksgymnasium")),
       S("cert", L("HLR och första hjälpen, 2025")),
       S("lic", L("Körkort: AM (B-körkort under utbildning)")),
       S("lang", L("Svenska – modersmål"), L("Engelska – flytande"))),
    cv("kasper-lind.pdf", "da", "pdf", "two-column", "MMMMMMX",
       "a Dane: 'Dyrepasseruddannelsen, zoologisk dyrepasser (svendebrev 2015)' is equivalent, 'Dyrepasser i "
       "rovdyrafdelingen' since '2015 – nu' with 'Løver, tigre og ulve', 'Førstehjælp (12 timer), 2024', 'Engelsk – "
       "flydende (C1)', 'Kørekort B'",
       "Kasper Lind", "Dyrepasser",
       S("contact", L("Mobil +45 12 37 17 05"), L("kasper.lind@example.dk"), L("Hasselmusby")),
       S("cert", L("Førstehjælp (12 timer), 2024")),
       S("lic", L("Kørekort B")),
       S("lang", L("Dansk – modersmål"), L("Engelsk – flydende (C1)"), L("Norsk – forstår")),
       S("profile", "Dyrepasser med elleve års erfaring fra rovdyrafdelingen. Jeg søger nye udfordringer i "
                    "Norge."),
       S("exp",
         I("2015 – nu", "Dyrepasser i rovdyrafdelingen, Oddervig Zoo", "Løver, tigre og ulve",
           "Træning og berigelse")),
       S("edu", I("2011 – 2015", "Dyrepasseruddannelsen, zoologisk dyrepasser (svendebrev 2015)")),
       order="right-first"),
    cv("sunniva-aarvik.txt", "nn", "txt", "no-headings", "MUMMNNX",
       "no headings: 'Bachelor i biologi (zoologi), 2025', 'fôring og reinhald hjå bjørn', 'Førstehjelp, januar "
       "2026'; but keeper work only in two summers ('sommaren 2024' and 'sommaren 2025'), 'engelsk: B2' is "
       "below C1, and 'Eg har ikkje førarkort'",
       "Sunniva Aarvik", "Nyutdanna biolog",
       S("contact", "sunniva.aarvik@example.no, tlf. 123 66 513, Heilobekken"),
       S("profile", "Nyutdanna zoolog som vil jobbe med dyr i fangenskap. Eg er ikkje redd for å ta i eit tak."),
       S("exp",
         I("sommaren 2025", "Dyrepassar (sommarvikar), Kornkrakvik villmarkspark", "fôring og reinhald hjå bjørn"),
         I("sommaren 2024", "Dyrepassar (sommarvikar), Kornkrakvik villmarkspark")),
       S("edu", I("2022 – 2025", "Bachelor i biologi (zoologi), 2025, Universitetet i Heilobekken")),
       S("other", "Førstehjelp, januar 2026", "Språk: norsk (morsmål), engelsk: B2", "Eg har ikkje førarkort")),
)


# ===========================================================================
# 6. nb: Renovatør
# ===========================================================================

job(
    "renovator", "Renovatør/sjåfør – Strandsnipvær Interkommunale Renovasjon IKS (fast 100 %)", "nb",
    "refuse collector",
    [
        ("Førerkort klasse C", "driving_licence"),
        ("Gyldig yrkessjåførkompetanse (YSK) for godstransport", "certificate"),
        ("Minst ett års erfaring som renovatør eller yrkessjåfør med tunge kjøretøy", "experience"),
        ("Erfaring med bakløfter eller sideløfter", "must_mention"),
        ("Gode norskkunnskaper muntlig", "language"),
        ("Arbeidsdagen starter kl. 06.00", "manual"),
    ],
    cv("roger-hetland.pdf", "nb", "pdf", "two-column", "MMMMMX",
       "'Førerkort: B, C1, C, CE', 'YSK gods, fornyet 2024', renovatør since '2019 – d.d.', 'Kjøring av "
       "bakløfter og sideløfter', 'Norsk – morsmål'",
       "Roger Hetland", "Renovatør",
       S("contact", L("Mobil 123 66 514"), L("roger.hetland@example.no"), L("Strandsnipvær")),
       S("lic", L("Førerkort: B, C1, C, CE")),
       S("cert", L("YSK gods, fornyet 2024")),
       S("lang", L("Norsk – morsmål")),
       S("profile", "Renovatør og yrkessjåfør som kjenner rutene i Strandsnipvær godt."),
       S("exp",
         I("2019 – d.d.", "Renovatør, Strandsnipvær Interkommunale Renovasjon IKS",
           "Kjøring av bakløfter og sideløfter", "Tømming av containere"),
         I("2012 – 2019", "Lastebilsjåfør, Heilobekken Transport AS")),
       S("edu", I("2009 – 2011", "Vg2 Transport og logistikk, Heilobekken vgs")),
       order="rows"),
    cv("patrik-sjodin.docx", "sv", "docx", "dates-after", "MMMMMX",
       "a Swede: 'Körkort: B, C, CE', 'YKB (yrkeskompetensbevis) gods, giltigt till 2028' is the EU "
       "professional competence that Norway recognises, 'Sopbilschaufför' since '2021 – nu' with 'Baklastare och "
       "sidlastare', 'Norska – talar bra'",
       "Patrik Sjödin", "Sopbilschaufför",
       S("contact", L("Tel. 0980-356 108"), L("patrik.sjodin@example.se"), L("Bäverfallet")),
       S("profile", "Chaufför som vill pendla till Norge. Jag kör säkert och kommer alltid i tid."),
       S("exp",
         I("2021 – nu", "Sopbilschaufför, Bäverfallets Renhållning AB", "Baklastare och sidlastare",
           "Hämtning av hushållsavfall och matavfall"),
         I("2017 – 2021", "Lagerarbetare, Järvåsen Logistik")),
       S("lic", L("Körkort: B, C, CE")),
       S("cert", L("YKB (yrkeskompetensbevis) gods, giltigt till 2028")),
       S("lang", L("Svenska – modersmål"), L("Norska – talar bra"))),
    cv("arild-nesbo.txt", "nn", "txt", "badly-written", "MUUMMX",
       "badly written: 'førarkort klasse C tok eg i mars', 'var med på bakløftar heile sommaren', 'snakkar "
       "norsk'; but 'ysk held eg på med, har 35 timar att' and renovation only 'sommaren 2025' (the van driving "
       "is not with heavy vehicles)",
       raw="""
Arild Nesbø
123 66 515
arild.nesbo@example.no
Kornkrakvik

hei
søkjer jobb som renovatør
har køyrt varebil for Kornkrakvik Bud i 4 år
hjelpar på bossbilen sommaren 2025, var med på bakløftar heile sommaren
førarkort klasse C tok eg i mars
ysk held eg på med, har 35 timar att
snakkar norsk og litt engelsk
"""),
    cv("bartlomiej-szczepaniak.docx", "en", "docx", "europass", "MUMMNX",
       "a Pole: 'B, C, C+E', refuse collection driver and truck driver since 2014, 'Rear loaders and side "
       "loaders'; but the 'Certificate of Professional Competence (code 95), valid until 09/2026' has expired, "
       "and Norwegian 'A2' is below good spoken Norwegian",
       "Bartłomiej Szczepaniak", "Refuse collection driver",
       S("contact", KV("Phone", "+47 123 66 516"), KV("E-mail", "b.szczepaniak@example.pl"),
         KV("Address", "Brushanevika, Norway")),
       S("exp",
         I("2023 – present", "Truck driver (CE), Brushanevika Frakt AS, Norway", "Distribution of building materials"),
         I("2014 – 2023", "Refuse collection driver, Miejskie Przedsiębiorstwo Oczyszczania, Żurawiniec, Poland",
           "Rear loaders and side loaders")),
       S("lic", KV("Driving licence", "B, C, C+E")),
       S("cert", KV("CPC", "Certificate of Professional Competence (code 95), valid until 09/2026")),
       S("lang", KV("Mother tongue", "Polish"), KV("English", "B1"), KV("Norwegian", "A2"))),
    cv("geir-vatnedal.txt", "nb", "txt", "dates-after", "UMMMMX",
       "'YSK for gods, 2023', 'Renovatør (lastemann)' for six years, 'Tømming av avfallsbeholdere på bakløfter', "
       "'Norsk: morsmål'; but 'Førerkort: B, C1' is a lower class than C",
       "Geir Vatnedal", "Renovatør",
       S("contact", L("Tlf 123 66 517"), L("geir.vatnedal@example.no"), L("Heilobekken")),
       S("exp",
         I("01.2025 – d.d.", "Sjåfør (C1), Heilobekken Byggvare", "Varelevering med lett lastebil"),
         I("2018 – 2024", "Renovatør (lastemann), Heilobekken kommune",
           "Tømming av avfallsbeholdere på bakløfter")),
       S("lic", L("Førerkort: B, C1")),
       S("cert", L("YSK for gods, 2023")),
       S("lang", L("Norsk: morsmål"))),
)


# --------------------------------------------------------------------------
# The README's closing sections, written by hand
# --------------------------------------------------------------------------

HARD_CASES = [
    "### Hard cases, on purpose",
    "",
    "Authorisations and licences: a Norwegian non-life insurance authorisation in bokmål and",
    "English CVs, a Swedish \"Insuresec-licens\", the AFR (the authorisation for savings and",
    "investment, not insurance), and an authorisation exam passed with \"den praktiske prøva står",
    "att\". Education: a bachelor in økonomi og administrasjon, a Swedish ekonomie kandidatexamen,",
    "a British BSc and a nynorsk bachelor in marknadsføring; a fagbrev as båtbyggar, \"Fagbrev i",
    "båtbyggerfaget\", a Swedish gesällbrev, a Danish svendebrev as bådebygger and a City & Guilds",
    "level 3 written in lower case; a gymnasieexamen from barn- och fritidsprogrammet, a Norwegian",
    "fagbrev as barne- og ungdomsarbeider, a Danish PAU, a BA in Education Studies and \"hoppade",
    "av i tvåan\"; a svendebrev as klejnsmed, a Dutch MBO 3 constructiewerker, a Norwegian fagbrev",
    "as platearbeider, a Swedish school programme in welding and \"har ik noget svendebrev\"; a",
    "Level 3 Diploma, a Norwegian bachelor in husdyrvitenskap, a Swedish naturbruksprogram, a",
    "Danish zoo keeper svendebrev and a nynorsk bachelor in zoology.",
    "Experience: a bank adviser for one year and eleven months after a warehouse job; a part-time",
    "(50 %) insurance customer adviser over three years by calendar time; aluminium boats at work",
    "and glass fibre only in a hobby; an apprenticeship and a body shop before three years and",
    "eight months as boatbuilder; ten months as \"resurs på fritids\"; SFO as fritidshem; a",
    "platearbeider for two years and four months after his apprenticeship; a keeper for one year",
    "and ten months plus an eight-week praktik; two summers as a keeper; a summer on a refuse truck",
    "after van driving; a lastemann on a rear loader who now drives a C1 truck. Named skills:",
    "insurance or bank work, glass fibre laminating (\"Handuppläggning och vakuuminjicering av",
    "glasfiber\", \"grp laminating\"), NPF support (adhd, autism, \"One-to-one support\"), stairs,",
    "railings and steel structures against \"låger, hegn og staldinventar\", bears, wolves, lynx,",
    "wolverines and big cats, rear and side loaders (\"Baklastare och sidlastare\").",
    "Certificates with a date: \"Epoksy- og isocyanatkurs\" (Norwegian) against the Swedish",
    "\"Härdplastutbildning\" and \"havent done the norwegian epoxy course yet\"; \"HLR barn, mars",
    "2026\", \"Førstehjelpskurs, 2022\", \"i somras\", paediatric first aid \"renewed 05/2025\"; welding",
    "certificates \"fornyet 06/2026\", \"giltigt till 03/2025\", \"valid until 10/2027\", \"fornyet i",
    "marts\"; first aid 2021 against a three-year window; YSK \"fornyet 2024\", a Swedish YKB, a",
    "Polish code 95 \"valid until 09/2026\" and \"har 35 timar att\".",
    "Licences: \"Körkort: AM (B-körkort under utbildning)\", \"Eg har ikkje førarkort\", a UK licence",
    "exchanged in Norway, \"Førerkort: B, C1\" where C is asked, \"C+E\". Languages: \"Norska –",
    "talar hjälpligt\", Norwegian C1 (Bergenstesten), \"Svensk: forstår godt\", Swedish B1, a",
    "bilingual Dane, \"dansk eller engelsk\" met by English, English B2 where C1 is asked, Norwegian",
    "A2, \"snakkar norsk\" without a level.",
    "Badly written TXT CVs in English, Swedish, Danish and nynorsk, TXT CVs without headings, a",
    "Europass DOCX and PDF, table and bold-heading DOCX, dates after titles, right-aligned dates",
    "written first in the stream, and all three column orders.",
    "",
    "### Labelling decisions specific to this set",
    "",
    "The conventions of `eval/README.md` and of the earlier held-out sets apply. In addition:",
    "",
    "- **Forsikringsrådgiver**: only Finance Norway's authorisation for non-life insurance meets",
    "  line 1; a Swedish Insuresec licence is another country's scheme, the AFR covers savings",
    "  and investment, and a passed theory exam with the practical test left is in progress (all",
    "  `unclear`). Any bachelor in economics, business or marketing (also Swedish or British) meets",
    "  line 2. Customer advice and sales at an insurer or bank count for line 3; a warehouse job",
    "  does not. \"Svært gode\" is read as C1: native speakers and C1 meet it, \"talar hjälpligt\"",
    "  is below it (`not_met`).",
    "- **Båtbyggar**: a Swedish gesällbrev, a Danish svendebrev as bådebygger and a British City &",
    "  Guilds level 3 in boat building are \"tilsvarande\". Building aluminium boats is",
    "  boatbuilding (line 2) but not glass fibre work; glass fibre in a hobby is `unclear`. Line 4",
    "  is the Norwegian course: the Swedish härdplast course is another country's scheme",
    "  (`unclear`), \"havent done ... yet\" says the holder lacks it (`not_met`). A UK licence",
    "  exchanged for a Norwegian class B meets line 5.",
    "- **Elevassistent**: a Norwegian fagbrev as barne- og ungdomsarbeider, a Danish PAU and a BA in",
    "  Education Studies are \"motsvarande\"; leaving the programme early is `unclear`. SFO and a",
    "  Danish SFO are fritidshem. Line 4 needs a course from after 2024-11-28; paediatric first aid",
    "  includes child CPR. Swedish must be very good: a mother tongue meets it, B1 is below it",
    "  (`not_met`), \"forstår godt\" says nothing about speaking or writing (`unclear`).",
    "- **Klejnsmed**: a Dutch MBO 3 constructiewerker and a Norwegian fagbrev as platearbeider are",
    "  \"tilsvarende\" metalwork trades; a Swedish upper-secondary welding programme is not a trade",
    "  certificate (`unclear`); \"har ik noget svendebrev\" contradicts line 1 (`not_met`). Smed,",
    "  welder-smith and metalworker count as experience, the apprenticeship does not. The welding",
    "  certificate must be valid on 2026-11-28; a MAG certificate renewed this spring and written",
    "  with ISO 9606 is valid. With \"dansk eller engelsk\" one language is enough.",
    "- **Zookeeper**: a Swedish naturbruksprogram with zoo keeping, a Danish zoo keeper svendebrev",
    "  and bachelors in animal science or zoology meet line 1. Summer jobs as a keeper are paid",
    "  work and count by calendar time, but two summers are under two years; a praktik does not",
    "  count. Wolves, bears, wolverines, lynx and big cats are large carnivores. First aid must be",
    "  from after 2023-11-28. \"Flytende\", \"flytande\" and native are",
    "  C1 or above; B2 is below (`not_met`). AM with B in training is `unclear`.",
    "- **Renovatør**: C1 is a lower class than C (`unclear`); CE and C+E include C. A Swedish YKB",
    "  for goods is the EU certificate of professional competence, valid in Norway (`met`); an",
    "  expired code 95 and a YSK in progress are `unclear`. A lastemann on a refuse truck is a",
    "  renovatør; van driving is not with heavy vehicles. Norwegian A2 is below good spoken",
    "  Norwegian (`not_met`); \"snakkar norsk\" without a level is read as B2 (`met`), and \"talar",
    "  bra\" is good spoken Norwegian.",
    "",
]


# --------------------------------------------------------------------------
# Checks of our own (on top of make_eval.check_data)
# --------------------------------------------------------------------------

EARLIER = (me.JOBS + mh.JOBS + mh2.JOBS + mh3.JOBS + mh4.JOBS + mh5.JOBS + mh6.JOBS + mh7.JOBS + mh8.JOBS
           + mh9.JOBS + mh10.JOBS + mh11.JOBS + mh12.JOBS + mh13.JOBS + mh14.JOBS + mh15.JOBS + mh16.JOBS
           + mh17.JOBS + mh18.JOBS + mh19.JOBS + mh20.JOBS + mh21.JOBS + mh22.JOBS)
PHONE = re.compile(r"\+?\d[\d \-]{5,}\d")


def phones(text: str) -> set[str]:
    """Digit strings of phone-like runs (8 digits or more; the last 8 digits, so a country code does not matter)."""
    out = set()
    for m in PHONE.findall(text):
        digits = re.sub(r"\D", "", m)
        if len(digits) >= 8:
            out.add(digits[-8:])
    return out


def check_holdout23() -> None:
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
        "# Sikte's twenty-third held-out evaluation set",
        "",
        f"{len(JOBS)} fictional jobs and {n_all} fictional CVs, labelled by hand requirement by",
        "requirement, in the same layout and job-file format as `eval/` (see `eval/README.md`",
        "for the format, the label meanings and the labelling conventions). It is the twenty-fourth",
        "labelled set and exists to measure accuracy again on CVs the rules were never tuned on.",
        "It was written blind: without reading Sikte's rules, code, tests, docs or data tables,",
        "without running Sikte on it and without looking at any Sikte output, and no label was",
        "ever set from Sikte's output. The only files read were `eval/README.md` (format, label",
        "meanings, conventions), the script of `eval-holdout22/` (`make_holdout22.py`, as the",
        "template for this script's structure; it also defines the CVs of `eval-holdout22/`) and",
        "the shared code of `make_eval.py`, `make_holdout.py` and `scripts/fixtures/cvlib.py` (the",
        "CV definitions of `eval/` and `eval-holdout/` in the first two were skipped). The scripts",
        "`make_holdout2.py` ... `make_holdout21.py` are imported only to refuse their people, slugs,",
        "towns, e-mail addresses and phone numbers and were not read, and no CV folder of an",
        "earlier set was opened. Every CV x requirement is labelled with what a careful, fair",
        f"Nordic recruiter concludes on {TODAY} (the `today` of every job file, which closes open",
        "ranges such as \"d.d.\", \"nu\", \"sen januari i år\" and \"present\"). Its professions",
        "(insurance adviser, boat builder, teaching assistant, metalworker, zookeeper, refuse",
        "collector) appear in no earlier set. Keep it that way: do not tune rules on these CVs; once",
        "a rule changes because of a disagreement found here, the set is no longer held out, and its",
        "figures become a regression check.",
        "",
        "Everything here is invented for Sikte: people, employers, schools, towns",
        f"({TOWNS}), e-mail addresses (`example.*`) and phone numbers (unreal",
        "ranges: `123 66 5xx` in Norway, the Swedish fiction range `0980-356 1xx`, and",
        "`+45 12 37 17 0x` in Denmark). Nothing is copied from `/work/shared/corpus`, from the",
        "earlier sets or from any real CV or job ad. Authority, body, scheme, course, test and",
        "product names in CVs and ads (Finans Norge, AFR, Insuresec, City & Guilds, SFI, SFO, PAU,",
        "DS/EN ISO 9606-1, MBO, VCA, YSK, YKB, code 95, HLR, Bergenstesten) are named as real",
        "ads and CVs name them. Licence: the same as the project (MIT OR Apache-2.0).",
        "",
        "The format is the one of `eval/`, so Sikte's evaluator reads this folder as it reads",
        "`eval/`; report its figures for each set separately.",
        "",
        "## Regenerate, never edit",
        "",
        "```sh",
        f"python3 {SCRIPT}            # (re)writes eval-holdout23/, removes stale files",
        f"python3 {SCRIPT} --verify   # generates twice elsewhere: byte-identical, and eval-holdout23/ fresh?",
        "```",
        "",
    ]
    extra = [
        "It also refuses an e-mail address or phone number that an earlier set's CVs use, a town of",
        "this set that an earlier set's CVs mention, a profession an earlier set names, and a stray",
        "single quote in a `why`.",
        "",
    ]
    return "\n".join(out + mh.script_paragraph(23) + extra + mh.jobs_and_figures(JOBS, HARD_CASES))


# --------------------------------------------------------------------------
# Writing and checking
# --------------------------------------------------------------------------


def main(argv: list[str]) -> int:
    check_holdout23()
    return mh.run_set(argv, OUT, JOBS, SCRIPT, readme, __doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
