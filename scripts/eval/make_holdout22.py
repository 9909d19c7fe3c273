#!/usr/bin/env python3
"""Write Sikte's twenty-second held-out evaluation set: eval-holdout22/README.md, jobs/<job>.toml, cvs/<job>/<file>.

    python3 scripts/eval/make_holdout22.py            # (re)write eval-holdout22/
    python3 scripts/eval/make_holdout22.py --verify   # generate twice in temporary folders and check both
                                                      # runs and eval-holdout22/ are byte-identical

A twenty-third labelled set in the same layout and job-file format as eval/ and
eval-holdout/ ... eval-holdout21/, so that accuracy can be measured on CVs the
rules were never tuned on. Six fictional jobs in professions that no earlier
set uses (physician nb, power line installer nn, deck officer sv, paver da,
personal trainer en, customs officer nb) with 6-7 requirement lines each, and
5 fictional CVs per job in TXT, DOCX and PDF (one and two columns), in bokmål,
nynorsk, Swedish, Danish and English.

The set was written blind: without reading Sikte's rules, code, tests, docs or
data tables, without running Sikte on it and without looking at any Sikte
output. Of the earlier sets only make_holdout21.py was read, as the template
for this script's structure, with the shared code of make_eval.py,
make_holdout.py and scripts/fixtures/cvlib.py, and eval/README.md for the
format and the labelling conventions (make_holdout21.py also defines the CVs
of eval-holdout21/; the CV definitions in make_eval.py and make_holdout.py
were skipped); make_holdout2.py ... make_holdout20.py were not read, only
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
eval-holdout/, ..., eval-holdout21/, any e-mail address or phone number that
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
from make_eval import CV, I, KV, L, S, cv  # noqa: E402

cvlib = me.cvlib
ROOT = me.ROOT
OUT = os.path.join(ROOT, "eval-holdout22")
SCRIPT = "scripts/eval/make_holdout22.py"
# The day this set is judged on, written into every job file. make_eval.job_toml reads
# make_eval.TODAY, so it is set there too (only in this process).
TODAY = "2026-11-28"
me.TODAY = TODAY

# Towns of eval/ and eval-holdout/ ... eval-holdout21/; none may appear here.
USED_TOWNS = mh21.USED_TOWNS + mh21.OWN_TOWNS
# The invented towns of this set; an earlier set's CVs must not mention them either.
OWN_TOWNS = ("Krykkjevåg", "Teistholmen", "Havørnsund", "Lirypollen", "Tjäderholm", "Orrmosse", "Storlomsund",
             "Tranbärsnäs", "Vibekrog", "Hjejlekær", "Strandskadeby", "Ternedal", "Kadakarand", "Bocianowo",
             "Kilbrannock", "Tarrowby", "Suikerbosvlei")
TOWNS = "Krykkjevåg, Teistholmen, Havørnsund and Lirypollen in Norway; Tjäderholm, Orrmosse, Storlomsund and " \
        "Tranbärsnäs in Sweden; Vibekrog, Hjejlekær, Strandskadeby and Ternedal in Denmark; Kadakarand, " \
        "Bocianowo, Kilbrannock, Tarrowby and Suikerbosvlei abroad"

JOBS: list[me.Job] = []


def job(slug, title, lang, profession, reqs: list[tuple[str, str]], *cvs: CV) -> None:
    JOBS.append(me.Job(slug, title, lang, profession, [r for r, _ in reqs], [k for _, k in reqs], list(cvs)))


# ===========================================================================
# 1. nb: Lege (fastlege med legevakt)
# ===========================================================================

job(
    "lege", "Fastlege med legevakt – Krykkjevåg kommune (ALIS-avtale, 100 %)", "nb", "physician",
    [
        ("Norsk autorisasjon som lege", "authorisation"),
        ("Medisinsk embetseksamen (cand.med.) eller tilsvarende utdanning", "education"),
        ("Minst to års klinisk erfaring som lege, LIS1 medregnet", "experience"),
        ("Erfaring fra legevakt eller akuttmottak", "must_mention"),
        ("Svært gode norskkunnskaper, muntlig og skriftlig (minimum C1)", "language"),
        ("Førerkort klasse B", "driving_licence"),
        ("Du må delta i kommunal legevakt på kveld, natt og helg", "manual"),
    ],
    cv("ingvild-krogstad.docx", "nb", "docx", "one-column", "MMMMMMX",
       "'Autorisasjon som lege, Helsedirektoratet, 2021', 'Medisinsk embetseksamen (cand.med.)', LIS1 from "
       "'03.2022 – 08.2023' and fastlegevikar since '09.2023 – d.d.', 'Legevakt i Krykkjevåg interkommunale "
       "legevakt', 'Norsk – morsmål', 'Førerkort klasse B'",
       "Ingvild Sæther Krogstad", "Lege i spesialisering, allmennmedisin",
       S("contact", L("Mobil 123 65 501"), L("ingvild.krogstad@example.no"), L("Krykkjevåg")),
       S("profile", "Lege i spesialisering i allmennmedisin med bakgrunn fra sykehus og legevakt. Jeg ønsker en "
                    "fast hjemmel med ALIS-veiledning."),
       S("exp",
         I("09.2023 – d.d.", "Fastlegevikar og legevaktlege, Krykkjevåg legesenter",
           "Egen liste på 900 pasienter",
           "Legevakt i Krykkjevåg interkommunale legevakt, ca. fire vakter i måneden"),
         I("03.2022 – 08.2023", "LIS1, Teistholmen sykehus og Krykkjevåg kommune",
           "Indremedisin, kirurgi og akuttmottak, deretter kommunedelen"),
         head="Arbeidserfaring"),
       S("edu", I("2015 – 2021", "Medisinsk embetseksamen (cand.med.), Universitetet i Havørnsund")),
       S("auth", L("Autorisasjon som lege, Helsedirektoratet, 2021")),
       S("lic", L("Førerkort klasse B")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – flytende"))),
    cv("cecilia-wahlgren.pdf", "sv", "pdf", "two-column", "MMMMMMX",
       "a Swede: 'Norsk autorisasjon som lege, Helsedirektoratet, 2024' besides her Swedish legitimation, "
       "'Läkarexamen (läkarprogrammet, 330 hp)' is a medical degree, doctor since 2017 (AT '2017 – 2019', then "
       "'2019 – nu'), 'Jourer på akutmottagningen', 'Norska – C1 (Bergenstesten 2024)', 'Körkort B'",
       "Cecilia Wahlgren Strid", "Specialist i allmänmedicin",
       S("contact", L("Tel. 0980-355 101"), L("cecilia.wahlgren@example.se"), L("Tjäderholm, Sverige")),
       S("auth", L("Legitimerad läkare, Socialstyrelsen, 2017"),
         L("Norsk autorisasjon som lege, Helsedirektoratet, 2024"), side=True),
       S("lang", L("Svenska – modersmål"), L("Norska – C1 (Bergenstesten 2024)"), L("Engelska – flytande")),
       S("lic", L("Körkort B")),
       S("profile", "Specialist i allmänmedicin som vill flytta till den norska kusten. Jag har arbetat på "
                    "vårdcentral och akutmottagning och trivs med jourarbete."),
       S("exp",
         I("2019 – nu", "ST-läkare, sedan 2024 specialistläkare i allmänmedicin, Tjäderholms vårdcentral",
           "Jourer på akutmottagningen, Tjäderholms lasarett, två till tre pass i månaden"),
         I("2017 – 2019", "AT-läkare, Tjäderholms lasarett")),
       S("edu", I("2011 – 2017", "Läkarexamen (läkarprogrammet, 330 hp), Orrmosse universitet")),
       order="right-first"),
    cv("tomasz-olszowy.pdf", "en", "pdf", "europass", "UMMMNMX",
       "a Pole: 'Physician (lekarz), six-year medical degree' is a medical degree, ten years in an emergency "
       "department and 'Out-of-hours emergency primary care (legevakt)', 'Driving licence: B'; but his Norwegian "
       "lisens ended ('valid 07/2025 – 06/2026') and the authorisation is only applied for, and Norwegian "
       "'B2 (Norskprøven, 2025)' is below the C1 asked for",
       "Tomasz Olszowy", "Physician, emergency medicine",
       S("contact", KV("Phone", "+47 123 65 502"), KV("E-mail", "tomasz.olszowy@example.pl"),
         KV("Address", "Teistholmen, Norway")),
       S("exp",
         I("07/2026 – present", "Full-time Norwegian course for health personnel, Teistholmen"),
         I("07/2025 – 06/2026", "Physician (lisens), Teistholmen interkommunale legevakt, Norway",
           "Out-of-hours emergency primary care (legevakt)"),
         I("2015 – 2025", "Physician, Emergency Department (SOR), Bocianowo Regional Hospital, Poland",
           "Triage, resuscitation and acute internal medicine")),
       S("edu", I("2009 – 2015", "Physician (lekarz), six-year medical degree, Medical University of Bocianowo, "
                                 "Poland")),
       S("auth", KV("Poland", "Licence to practise medicine (prawo wykonywania zawodu lekarza), 2015"),
         KV("Norway", "Temporary licence (lisens) as physician, valid 07/2025 – 06/2026; authorisation applied "
                      "for in 09/2026")),
       S("lic", KV("Driving licence", "B")),
       S("lang", KV("Mother tongue", "Polish"), KV("English", "C1"), KV("Norwegian", "B2 (Norskprøven, 2025)"))),
    cv("torbjorn-lothe.txt", "nn", "txt", "no-headings", "MMUMMMX",
       "no headings: 'Autorisasjon som lege, Helsedirektoratet, juni 2025', 'Medisinsk embetseksamen (cand.med.)', "
       "'Vakter i akuttmottaket', 'norsk (morsmål)', 'Førarkort B'; but as a doctor only LIS1 since 'sep. 2025 – "
       "d.d.' (about fifteen months) and one summer as 'Studentvikar som lege (lisens)', well under two years",
       "Torbjørn Fjære Lothe", "Lege (LIS1)",
       S("contact", "torbjorn.lothe@example.no | 123 65 503 | Havørnsund"),
       S("profile", "Nyutdanna lege i LIS1. Eg vil bli allmennlege i ein kystkommune og har allereie fått smaken på "
                    "akuttmedisin."),
       S("exp",
         I("sep. 2025 – d.d.", "LIS1, Havørnsund sjukehus (sjukehusdelen)",
           "Vakter i akuttmottaket, medisinsk og kirurgisk avdeling"),
         I("sommaren 2024", "Studentvikar som lege (lisens), Havørnsund sjukeheim")),
       S("edu", I("2019 – 2025", "Medisinsk embetseksamen (cand.med.), Universitetet i Havørnsund")),
       S("auth", L("Autorisasjon som lege, Helsedirektoratet, juni 2025")),
       S("other", "Førarkort B", "Språk: norsk (morsmål), engelsk (flytande), tysk (litt)")),
    cv("soren-vinding.docx", "da", "docx", "bold-headings", "MMMMMNX",
       "a Dane with 'Norsk autorisasjon som lege, Helsedirektoratet, 2025', 'Lægevidenskabelig embedseksamen "
       "(cand.med.)', a doctor since 2008, 'Vagtlæge i Lægevagten' is legevakt work, 'Norsk – C1 (Bergenstesten "
       "2025)'; but 'Kørekort: har ikke'",
       "Søren Kjærgaard Vinding", "Speciallæge i almen medicin",
       S("contact", L("Mobil +45 12 37 16 01"), L("soren.vinding@example.dk"), L("Hjejlekær")),
       S("profile", "Praktiserende læge gennem tolv år. Min kone er norsk, og vi flytter til Krykkjevåg til "
                    "sommer."),
       S("exp",
         I("2014 – nu", "Praktiserende læge, Lægehuset Hjejlekær",
           "Vagtlæge i Lægevagten, to vagter om måneden"),
         I("2008 – 2014", "Introduktionslæge og hoveduddannelseslæge, Strandskadeby Sygehus og almen praksis")),
       S("edu", I("2002 – 2008", "Lægevidenskabelig embedseksamen (cand.med.), Strandskadeby Universitet")),
       S("auth", L("Autorisation som læge, Styrelsen for Patientsikkerhed, 2008"),
         L("Norsk autorisasjon som lege, Helsedirektoratet, 2025")),
       S("lang", L("Dansk – modersmål"), L("Norsk – C1 (Bergenstesten 2025)"), L("Engelsk – flydende")),
       S("lic", L("Kørekort: har ikke"))),
)


# ===========================================================================
# 2. nn: Energimontør
# ===========================================================================

job(
    "energimontor", "Energimontør i distribusjonsnettet – Lirypollen Nett AS, fast 100 %", "nn",
    "power line installer",
    [
        ("Fagbrev som energimontør eller tilsvarande", "education"),
        ("Minst tre års erfaring som energimontør", "experience"),
        ("Erfaring med arbeid under spenning (AUS)", "must_mention"),
        ("Gyldig FSE-kurs (gjennomført dei siste 12 månadene)", "certificate"),
        ("Førarkort klasse BE", "driving_licence"),
        ("Du må gå i beredskapsvakt med utrykking", "manual"),
    ],
    cv("arnstein-hovland.docx", "nn", "docx", "bold-headings", "MMMMMX",
       "'Fagbrev som energimontør', energimontør since '2012 – d.d.' after two years as apprentice, 'AUS-arbeid på "
       "lågspent', 'FSE-kurs, mars 2026' (within twelve months), 'Førarkort B, BE, C1 og C'",
       "Arnstein Bø Hovland", "Energimontør",
       S("contact", L("Mobil 123 65 504"), L("arnstein.hovland@example.no"), L("Lirypollen")),
       S("profile", "Energimontør med fjorten år i distribusjonsnettet. Eg likar å jobbe ute og kjenner nettet i "
                    "Lirypollen godt."),
       S("exp",
         I("2012 – d.d.", "Energimontør, Lirypollen Nett AS",
           "Bygging og vedlikehald av høgspent- og lågspentnett", "AUS-arbeid på lågspent, AUS-leiar sidan 2020"),
         I("2010 – 2012", "Lærling energimontør, Lirypollen Nett AS")),
       S("edu", I("2012", "Fagbrev som energimontør")),
       S("cert", L("FSE-kurs, mars 2026"), L("Førstehjelp, 2025")),
       S("lic", L("Førarkort B, BE, C1 og C"))),
    cv("vegard-lunnan.pdf", "nb", "pdf", "right-dates", "MMMMMX",
       "'Linjemontør' since '2008 – d.d.' is energimontør work, 'Fagbrev i energimontørfaget', 'Arbeid under "
       "spenning (AUS) på høyspent og lavspent luftlinjer', 'FSE 2026' (this year, so within twelve months), "
       "'Førerkort: B, BE, C, CE'",
       "Vegard Lunnan", "Linjemontør",
       S("contact", L("Mobil 123 65 505"), L("vegard.lunnan@example.no"), L("Krykkjevåg")),
       S("profile", "Linjemontør med lang erfaring fra regionalnett og distribusjonsnett. Jeg har jobbet med både "
                    "luftlinjer og kabel."),
       S("exp",
         I("2008 – d.d.", "Linjemontør, Krykkjevåg Energi AS",
           "Arbeid under spenning (AUS) på høyspent og lavspent luftlinjer", "Feilretting og beredskap"),
         I("2006 – 2008", "Lærling, Krykkjevåg Energi AS")),
       S("edu", I("2008", "Fagbrev i energimontørfaget")),
       S("cert", L("FSE 2026"), L("Motorsagkurs, 2015")),
       S("lic", L("Førerkort: B, BE, C, CE")),
       date_first=True),
    cv("viktor-fjallstrom.txt", "sv", "txt", "dates-after", "MMMUUX",
       "a Swede: 'Yrkesbevis som distributionselektriker' is the Swedish trade certificate for power "
       "distribution, in the grid since '2016 – nu', 'AMS – arbete med spänning på lågspänningsnät' is live "
       "working; but 'ESA Fortsättning (svensk elsäkerhetsutbildning), 2026' is the Swedish scheme, not FSE, "
       "and 'Körkort B' is a lower class than BE",
       "Viktor Fjällström", "Distributionselektriker",
       S("contact", L("Tel. 0980-355 102"), L("viktor.fjallstrom@example.se"), L("Orrmosse")),
       S("profile", "Distributionselektriker från Orrmosse som vill jobba i Norge. Tio år i elnätet, mest lokalnät "
                    "och kabelförläggning."),
       S("exp",
         I("2016 – nu", "Distributionselektriker (elnätsmontör), Orrmosse Elnät AB",
           "AMS – arbete med spänning på lågspänningsnät", "Kabelförläggning, nätstationer och luftledning"),
         head="Erfarenhet"),
       S("edu", I("2013 – 2016", "El- och energiprogrammet, inriktning elteknik, Orrmosse gymnasium"),
         I("2016", "Yrkesbevis som distributionselektriker")),
       S("cert", L("ESA Fortsättning (svensk elsäkerhetsutbildning), 2026"), L("Heta arbeten, 2024")),
       S("lic", L("Körkort B")),
       S("lang", L("Svenska – modersmål"), L("Norska – förstår bra"))),
    cv("eirik-skorpen.txt", "nn", "txt", "badly-written", "MUMMNX",
       "badly written: 'fagprøva som energimontør besto eg juni 2024', 'aus på lågspent sidan 2025', 'fse tok eg "
       "i januar i år'; but a montør only 'sidan juli 2024' (two years and four months; the apprenticeship does "
       "not count), and 'men ikkje BE enno' contradicts the BE line",
       raw="""
Eirik Skorpen
tlf 123 65 506
eirik.skorpen@example.no
Teistholmen

hei
søkjer på energimontør stillinga
gjekk elenergi på vgs, lærling hjå Teistholmen Kraftlag 2022 til 2024, fagprøva som energimontør besto eg juni 2024
har jobba som montør same stad sidan juli 2024, mykje lågspent og nettstasjonar
aus på lågspent sidan 2025, har og vore med på høgspent
fse tok eg i januar i år
lappen har eg, B, men ikkje BE enno
"""),
    cv("cathal-mulrooney.pdf", "en", "pdf", "two-column", "MMMUMX",
       "an Irishman: 'Craft certificate, Electrical Power Network Technician (overhead lines)' is an equivalent "
       "trade certificate, linesman from '2010 – 09/2026', 'Live-line working on LV and 11 kV networks', 'Full "
       "driving licence: B, BE, C1'; but the 'Norwegian FSE course: not yet completed, booked for January 2027'",
       "Cathal Mulrooney", "Overhead Linesman",
       S("contact", L("Mobile +47 123 65 507"), L("cathal.mulrooney@example.ie"), L("Lirypollen, Norway")),
       S("cert", L("Norwegian FSE course: not yet completed, booked for January 2027"),
         L("Working at height and pole-top rescue, 2025")),
       S("lic", L("Full driving licence: B, BE, C1")),
       S("lang", L("English – native"), L("Norwegian – B1")),
       S("profile", "Irish linesman with sixteen years on overhead networks. I moved to Norway in October 2026 with "
                    "my Norwegian partner."),
       S("exp",
         I("2010 – 09/2026", "Overhead linesman, Kilbrannock Networks, Ireland",
           "Live-line working on LV and 11 kV networks", "Storm repair and standby"),
         I("2006 – 2010", "Apprentice network technician, Kilbrannock Networks")),
       S("edu", I("2010", "Craft certificate, Electrical Power Network Technician (overhead lines), Kilbrannock "
                          "Training Centre")),
       order="rows"),
)


# ===========================================================================
# 3. sv: Styrman
# ===========================================================================

job(
    "styrman", "Styrman till passagerarfärja – Storlomsund (tillsvidareanställning, 14/14)", "sv", "deck officer",
    [
        ("Giltigt behörighetsbevis som vaktstyrman (STCW II/1) eller högre", "certificate"),
        ("Sjökaptensprogrammet eller motsvarande nautisk utbildning", "education"),
        ("Minst två års sjötid som styrman", "experience"),
        ("Erfarenhet av navigering med ECDIS", "must_mention"),
        ("Giltigt läkarintyg för sjöpersonal", "certificate"),
        ("God svenska och engelska i tal och skrift", "language"),
        ("Du trivs med att arbeta 14 dagar ombord och vara ledig 14 dagar", "manual"),
    ],
    cv("linnea-ostergren.docx", "sv", "docx", "table", "MMMMMMX",
       "'Behörighetsbevis som vaktstyrman (STCW II/1), giltigt till 2029', 'Sjökaptensprogrammet, kandidatexamen i "
       "sjöfartsvetenskap', styrman since '2017 – nu' (the cadet year does not count), 'Brovakt med ECDIS och "
       "ARPA', 'Läkarintyg för sjöpersonal, giltigt till 05/2027', 'Svenska – modersmål', 'Engelska – flytande i "
       "tal och skrift'",
       "Linnea Östergren Falk", "Styrman",
       S("contact", L("Mobil 0980-355 103"), L("linnea.ostergren@example.se"), L("Storlomsund")),
       S("profile", "Styrman med nio år på ro-pax-fartyg i Östersjön. Jag söker mig till en färja närmare hemmet."),
       S("exp",
         I("2017 – nu", "Styrman, Tranbärsnäs Rederi AB (ro-pax)", "Brovakt med ECDIS och ARPA",
           "Ansvarig för livräddningsutrustningen ombord"),
         I("2016", "Kadett, Tranbärsnäs Rederi AB")),
       S("edu", I("2012 – 2016", "Sjökaptensprogrammet, kandidatexamen i sjöfartsvetenskap, Sjöfartshögskolan i "
                                 "Storlomsund")),
       S("cert", L("Behörighetsbevis som vaktstyrman (STCW II/1), giltigt till 2029"),
         L("Läkarintyg för sjöpersonal, giltigt till 05/2027"), L("ECDIS typspecifik utbildning (Furuno), 2022")),
       S("lang", L("Svenska – modersmål"), L("Engelska – flytande i tal och skrift"))),
    cv("kristjan-tamm.pdf", "en", "pdf", "right-dates", "MMMMUMX",
       "an Estonian: 'Officer in charge of a navigational watch (STCW II/1), Estonia, with Swedish endorsement "
       "(erkännandebevis)', 'BSc in Navigation', officer of the watch since '03/2018 – 05/2021' and after, "
       "'Navigational watches with ECDIS (JRC) and ARPA', 'Swedish – B2 (spoken and written)', 'English – C1'; "
       "but the 'Seafarer medical certificate, valid until 10/2026' has expired",
       "Kristjan Tamm", "Second Officer",
       S("contact", L("Tel. 0980-355 104"), L("kristjan.tamm@example.ee"), L("Tranbärsnäs, Sweden")),
       S("profile", "Estonian deck officer on Baltic ferries since 2018, living in Sweden since 2021."),
       S("exp",
         I("06/2021 – present", "Second Officer, Tranbärsnäs Rederi AB, Sweden",
           "Navigational watches with ECDIS (JRC) and ARPA"),
         I("03/2018 – 05/2021", "Third Officer, Kadakarand Shipping, Estonia")),
       S("edu", I("2014 – 2018", "BSc in Navigation (professional higher education), Kadakarand Maritime Academy, "
                                 "Estonia")),
       S("cert", L("Certificate of competency: Officer in charge of a navigational watch (STCW II/1), Estonia, "
                   "with Swedish endorsement (erkännandebevis), valid to 2028"),
         L("Seafarer medical certificate, valid until 10/2026"), L("ECDIS generic course, 2017")),
       S("lang", L("Estonian – native"), L("English – C1"), L("Swedish – B2 (spoken and written)")),
       date_first=False),
    cv("jimmy-sandqvist.txt", "sv", "txt", "badly-written", "UUMMMMX",
       "badly written: 'styrman på skärgårdsfärjan Orrmosse–Tjäderholm sen 2021', 'navigerar med ECDIS och radar "
       "varje dag', 'läkarintyget gäller till mars 2028', 'svenska modersmål och engelska flytande'; but "
       "'behörighet fartygsbefäl klass VIII' is a lower class than vaktstyrman, and 'sjöbefälsutbildningen klass "
       "VIII' is a short course far below the sjökapten programme",
       raw="""
Jimmy Sandqvist
0980-355 105
jimmy.sandqvist@example.se
Orrmosse

Hej!
Söker tjänsten som styrman på färjan.
Jag har kört som styrman på skärgårdsfärjan Orrmosse–Tjäderholm sen 2021, innan dess däcksman i fyra år
behörighet fartygsbefäl klass VIII, gick sjöbefälsutbildningen klass VIII 2020
navigerar med ECDIS och radar varje dag
läkarintyget gäller till mars 2028
svenska modersmål och engelska flytande
"""),
    cv("henrik-lassen.docx", "da", "docx", "europass", "MMMMMMX",
       "a Dane: 'Overstyrmand (STCW II/2), Søfartsstyrelsen, med svensk erkännandebevis, 2024' is above vaktstyrman "
       "and recognised in Sweden, 'Professionsbachelor som skibsfører (navigatør)', styrmand '2013 – 2019' and "
       "overstyrmand since, 'Brovagt og passageplanlægning i ECDIS', 'Lægeerklæring for søfarende, gyldig til "
       "02.2027', Swedish 'taler og skriver flydende' and English 'flydende i skrift og tale'",
       "Henrik Overgaard Lassen", "Overstyrmand",
       S("contact", KV("Telefon", "+45 12 37 16 02"), KV("E-mail", "henrik.lassen@example.dk"),
         KV("Adresse", "Ternedal, Danmark")),
       S("exp",
         I("2019 – nu", "Overstyrmand, Ternedal Færgefart A/S", "Brovagt og passageplanlægning i ECDIS",
           "Sikkerhedsansvarlig om bord"),
         I("2013 – 2019", "Styrmand, Ternedal Færgefart A/S")),
       S("edu", I("2009 – 2013", "Professionsbachelor som skibsfører (navigatør), Strandskadeby Maritime "
                                 "Uddannelsescenter")),
       S("cert", KV("Kompetencebevis", "Overstyrmand (STCW II/2), Søfartsstyrelsen, med svensk erkännandebevis, "
                                       "2024"),
         KV("Helbred", "Lægeerklæring for søfarende, gyldig til 02.2027")),
       S("lang", KV("Modersmål", "Dansk"), KV("Svensk", "taler og skriver flydende"),
         KV("Engelsk", "flydende i skrift og tale"))),
    cv("sigve-haland.pdf", "nn", "pdf", "two-column", "MMUMMMX",
       "a Norwegian: 'D3 dekksoffiser (STCW II/1), Sjøfartsdirektoratet, med svensk erkännandebevis frå 2025', "
       "'maritim fagskuleutdanning i nautikk' is a nautical officer education, 'Navigering med ECDIS og radar', "
       "'Läkarintyg för sjöpersonal, gyldig til august 2027', 'Svensk – snakkar og skriv godt (B2)'; but styrmann "
       "only since '01.2025 – d.d.' (about twenty-three months; the years as matros do not count)",
       "Sigve Tangen Håland", "Styrmann",
       S("contact", L("Mobil 123 65 508"), L("sigve.haland@example.no"), L("Storlomsund, Sverige")),
       S("cert", L("D3 dekksoffiser (STCW II/1), Sjøfartsdirektoratet, med svensk erkännandebevis frå 2025"),
         L("Läkarintyg för sjöpersonal, gyldig til august 2027")),
       S("lang", L("Norsk – morsmål"), L("Svensk – snakkar og skriv godt (B2)"),
         L("Engelsk – godt munnleg og skriftleg")),
       S("profile", "Norsk styrmann busett i Storlomsund. Eg har gått frå matros til styrmann og vil vidare i eit "
                    "reiarlag med god tryggleikskultur."),
       S("exp",
         I("01.2025 – d.d.", "Styrmann, Storlomsund Färjetrafik AB",
           "Navigering med ECDIS og radar, vaktansvar på brua"),
         I("2018 – 2024", "Matros, Havørnsund Ferjeselskap AS")),
       S("edu", I("2016 – 2018", "Fagskule: maritim fagskuleutdanning i nautikk, Havørnsund fagskule")),
       order="left-first"),
)


# ===========================================================================
# 4. da: Brolægger
# ===========================================================================

job(
    "brolaegger", "Brolægger til anlægsafdelingen i Vibekrog – fast fuldtidsstilling", "da", "paver",
    [
        ("Uddannet brolægger (svendebrev) eller tilsvarende", "education"),
        ("Mindst 3 års erfaring som brolægger", "experience"),
        ("Erfaring med lægning af granit og natursten", "must_mention"),
        ("Certifikat i Sikkerhed og trafikafvikling ved vejarbejde (modul 1)", "certificate"),
        ("Kørekort kategori B", "driving_licence"),
        ("Du er mødestabil og kan arbejde udendørs i al slags vejr", "manual"),
    ],
    cv("jesper-kragh.pdf", "da", "pdf", "two-column", "MMMMMX",
       "'Brolæggeruddannelsen, svendebrev 2011', brolægger since '2011 – nu' after the apprenticeship, 'Granit, "
       "brosten og chaussésten', 'Sikkerhed og trafikafvikling ved vejarbejde, modul 1 og 2, 2019', 'Kørekort B og "
       "BE'",
       "Jesper Brøndum Kragh", "Brolægger",
       S("contact", L("Mobil +45 12 37 16 03"), L("jesper.kragh@example.dk"), L("Vibekrog")),
       S("cert", L("Sikkerhed og trafikafvikling ved vejarbejde, modul 1 og 2, 2019"), L("Teleskoplæsser, 2021")),
       S("lic", L("Kørekort B og BE")),
       S("lang", L("Dansk – modersmål"), L("Engelsk – godt")),
       S("profile", "Brolægger med femten år i faget. Jeg lægger helst granit og brosten og er god til at sætte "
                    "lærlinge i gang."),
       S("exp",
         I("2011 – nu", "Brolægger, Vibekrog Anlæg & Belægning ApS",
           "Granit, brosten og chaussésten på pladser og i gågader", "Kantsten, fliser og betonbelægning"),
         I("2007 – 2011", "Brolæggerlærling, Vibekrog Anlæg & Belægning ApS")),
       S("edu", I("2007 – 2011", "Brolæggeruddannelsen, svendebrev 2011, Vibekrog Tekniske Skole")),
       order="rows"),
    cv("kenneth-lauge.txt", "da", "txt", "badly-written", "NMMNMX",
       "badly written: brolægger 'siden 2018', 'også granitkantsten og brosten', 'kørekort B'; but 'ingen "
       "svendebrev, har lært det hele i firmaet' contradicts the trained brolægger line, and 'har ikke vejkurset "
       "(trafikafvikling)' contradicts the certificate line",
       raw="""
Kenneth Lauge
+45 12 37 16 04
kenneth.lauge@example.dk
Hjejlekær

hej
vil gerne søge som brolægger
har arbejdet som brolægger ved Hjejlekær Belægning siden 2018, mest betonsten og fliser men også granitkantsten og brosten
ingen svendebrev, har lært det hele i firmaet
har ikke vejkurset (trafikafvikling)
kørekort B
møder altid til tiden
"""),
    cv("mattias-berglof.docx", "sv", "docx", "one-column", "MMUUMX",
       "a Swede: 'Yrkesbevis som stenläggare (Byggnadsindustrins Yrkesnämnd)' is an equivalent trade certificate, "
       "stenläggare since 2014, 'Körkort B'; but at work only 'Betongmarksten, plattor och kantstöd' and "
       "'Betonfliser og kantsten' (granite only in his spare time: 'lägger kullersten och granithällar på gården "
       "hemma'), and 'Arbete på väg, steg 1.1 och 2.1 (Trafikverket), 2022' is the Swedish scheme, not the Danish "
       "road-work certificate",
       "Mattias Berglöf", "Stenläggare",
       S("contact", L("Tel. +46 980 355 106"), L("mattias.berglof@example.se"), L("Strandskadeby, Danmark")),
       S("profile", "Stenläggare från Tjäderholm som flyttat till Danmark med familjen. Jag jobbar noggrant och "
                    "snabbt."),
       S("exp",
         I("08/2025 – nu", "Stenlægger, Strandskadeby Entreprenør A/S", "Betonfliser og kantsten"),
         I("2014 – 07/2025", "Stenläggare, Tjäderholms Mark & Sten AB",
           "Betongmarksten, plattor och kantstöd på gator och parkeringar")),
       S("edu", I("2011 – 2014", "Bygg- och anläggningsprogrammet, inriktning mark och anläggning"),
         I("2014", "Yrkesbevis som stenläggare (Byggnadsindustrins Yrkesnämnd)")),
       S("cert", L("Arbete på väg, steg 1.1 och 2.1 (Trafikverket), 2022")),
       S("lic", L("Körkort B")),
       S("lang", L("Svenska – modersmål"), L("Danska – förstår och talar bra")),
       S("other", "Fritid: lägger kullersten och granithällar på gården hemma och bygger stenmurar åt grannarna.",
         head="Fritid")),
    cv("kjetil-aune.docx", "nb", "docx", "table", "MMMMMX",
       "a Norwegian: 'Fagbrev som brolegger, 2016', brolegger '2016 – 2019' and brolægger since '2024 – d.d.' "
       "(about five years in all; the truck driving between does not count), 'Legging av granittheller og "
       "naturstein', 'Sikkerhed og trafikafvikling ved vejarbejde, modul 1, 2024', 'Førerkort klasse B'",
       "Kjetil Stensrud Aune", "Brolegger",
       S("contact", L("Mobil 123 65 509"), L("kjetil.aune@example.no"), L("Ternedal, Danmark")),
       S("profile", "Norsk brolegger med fagbrev, bosatt i Danmark siden 2024. Jeg trives best med naturstein."),
       S("exp",
         I("2024 – d.d.", "Brolægger, Ternedal Stenentreprise ApS",
           "Legging av granittheller og naturstein på torv og i parker"),
         I("2019 – 2024", "Lastebilsjåfør, Krykkjevåg Transport AS"),
         I("2016 – 2019", "Brolegger, Krykkjevåg Stein og Anlegg AS", "Gatestein, kantstein og belegningsstein")),
       S("edu", I("2013 – 2016", "Fagbrev som brolegger, 2016")),
       S("cert", L("Sikkerhed og trafikafvikling ved vejarbejde, modul 1, 2024")),
       S("lic", L("Førerkort klasse B")),
       S("lang", L("Norsk – morsmål"), L("Dansk – snakker og forstår godt"))),
    cv("marcin-zielonka.pdf", "en", "pdf", "one-column", "UMMMMX",
       "a Pole: a paver since 2017 ('2017 – 03/2023' in Poland and '04/2023 – present' in Denmark), 'Granite "
       "setts, cobbles and natural stone paving', 'Sikkerhed og trafikafvikling ved vejarbejde – modul 1, 2023', "
       "'Driving licence: B'; but a 'bricklayer (murarz) certificate' is another trade, not a paver training",
       "Marcin Zielonka", "Paver",
       S("contact", L("Phone +45 12 37 16 05"), L("marcin.zielonka@example.pl"), L("Vibekrog, Denmark")),
       S("profile", "Polish paver with nine years of experience in Poland and Denmark. I work with granite, "
                    "concrete pavers and natural stone."),
       S("exp",
         I("04/2023 – present", "Paver (brolægger), Vibekrog Anlæg & Belægning ApS, Denmark",
           "Granite setts, cobbles and natural stone paving in the town centre"),
         I("2017 – 03/2023", "Paver (brukarz), Bocianowo Drogi Sp. z o.o., Poland")),
       S("edu", I("2013 – 2016", "Vocational school, bricklayer (murarz) certificate, Bocianowo, Poland")),
       S("cert", L("Sikkerhed og trafikafvikling ved vejarbejde – modul 1, 2023")),
       S("lic", L("Driving licence: B")),
       S("lang", L("Polish – native"), L("Danish – B1"), L("English – B2"))),
)


# ===========================================================================
# 5. en: Personal trainer
# ===========================================================================

job(
    "personal-trainer", "Personal Trainer – Teistholmen Fitness Club, Norway (full-time)", "en", "personal trainer",
    [
        ("A recognised personal trainer qualification (Level 3 Diploma in Personal Training or equivalent) or a "
         "bachelor's degree in sport science", "education"),
        ("At least two years of experience as a personal trainer", "experience"),
        ("Experience leading group training classes", "must_mention"),
        ("First aid and CPR/AED course completed within the last two years", "certificate"),
        ("Fluent English and Norwegian", "language"),
        ("You are available early mornings, evenings and some weekends", "manual"),
    ],
    cv("chloe-pemberton.docx", "en", "docx", "europass", "MMMMMX",
       "a Briton: 'Level 3 Diploma in Personal Training', personal trainer since '01/2016 – 07/2021' and "
       "'08/2021 – present', 'Leading group classes: HIIT, spinning and kettlebells', 'First Aid at Work and "
       "CPR/AED, renewed 03/2026', English mother tongue and Norwegian 'C1 (Bergenstesten 2024)'",
       "Chloe Pemberton", "Personal Trainer",
       S("contact", KV("Phone", "+47 123 65 510"), KV("E-mail", "chloe.pemberton@example.co.uk"),
         KV("Address", "Teistholmen, Norway")),
       S("exp",
         I("08/2021 – present", "Personal trainer, Teistholmen Treningssenter AS, Norway",
           "One-to-one strength and weight-loss programmes", "Leading group classes: HIIT, spinning and kettlebells"),
         I("01/2016 – 07/2021", "Personal trainer, Tarrowby Leisure Centre, UK")),
       S("edu", I("2015", "Level 3 Diploma in Personal Training, Tarrowby College")),
       S("cert", KV("First aid", "First Aid at Work and CPR/AED, renewed 03/2026")),
       S("lang", KV("Mother tongue", "English"), KV("Norwegian", "C1 (Bergenstesten 2024)"))),
    cv("marius-vangen.txt", "nb", "txt", "no-headings", "MMMMMX",
       "no headings: 'Bachelor i idrettsvitenskap', 'Personlig trener' since '2019 – d.d.', 'Instruktør på "
       "gruppetimer: styrke, sirkeltrening og yoga', 'Førstehjelpskurs med HLR og hjertestarter, oktober 2025', "
       "'norsk (morsmål), engelsk (flytende)'",
       "Marius Lie Vangen", "Personlig trener (PT)",
       S("contact", "marius.vangen@example.no – 123 65 511 – Krykkjevåg"),
       S("profile", "Utdannet idrettsviter og PT siden 2019. Jeg liker å få folk i gang, fra nybegynnere til "
                    "idrettsutøvere."),
       S("exp",
         I("2019 – d.d.", "Personlig trener, Krykkjevåg Treningssenter",
           "Instruktør på gruppetimer: styrke, sirkeltrening og yoga"),
         I("2016 – 2019", "Resepsjonist (deltid), Krykkjevåg Treningssenter")),
       S("edu", I("2016 – 2019", "Bachelor i idrettsvitenskap, Høgskolen i Havørnsund")),
       S("cert", L("Førstehjelpskurs med HLR og hjertestarter, oktober 2025")),
       S("other", "Språk: norsk (morsmål), engelsk (flytende)")),
    cv("alva-nordenfalk.pdf", "sv", "pdf", "two-column", "MUMUMX",
       "a Swede: 'Certifierad personlig tränare (EQF nivå 4), 2025', 'Leder spinning, bodypump och "
       "cirkelträning', 'Norska – talar och skriver obehindrat', 'Engelska – flytande'; but a personal trainer "
       "only since '09/2025 – nu' (group instructing is not personal training), and 'HLR med hjärtstartare, "
       "2021' is older than two years",
       "Alva Nordenfalk", "Personlig tränare och gruppträningsinstruktör",
       S("contact", L("Tel. +47 123 65 512"), L("alva.nordenfalk@example.se"), L("Teistholmen, Norge")),
       S("cert", L("Certifierad personlig tränare (EQF nivå 4), 2025"), L("HLR med hjärtstartare, 2021")),
       S("lang", L("Svenska – modersmål"), L("Norska – talar och skriver obehindrat"), L("Engelska – flytande")),
       S("profile", "Gruppträningsinstruktör sedan många år som nu också jobbar som PT. Jag flyttade till Norge "
                    "2023."),
       S("exp",
         I("09/2025 – nu", "Personlig tränare (extrajobb), Teistholmen Fitness Club"),
         I("2023 – nu", "Gruppträningsinstruktör, Teistholmen Fitness Club",
           "Leder spinning, bodypump och cirkelträning"),
         I("2019 – 2023", "Gruppträningsinstruktör (deltid), Tjäderholms Friskvård")),
       S("edu", I("2016 – 2019", "Gymnasieexamen, Naturvetenskapsprogrammet, Tjäderholm")),
       order="left-first"),
    cv("frederikke-holst.docx", "da", "docx", "bold-headings", "MMUMNX",
       "a Dane: 'Bachelor i idræt (BSc)', personal trainer since '2018 – nu', 'Førstehjælp med hjertestarter (12 "
       "timer), 2025'; but at work 'Kun personlig træning én-til-én' and group training only in her spare time "
       "('løbetræner for et motionshold'), and 'Norsk – B1 (kursus på aftenskole)' is below fluent",
       "Frederikke Bach Holst", "Personlig træner",
       S("contact", L("Mobil +45 12 37 16 06"), L("frederikke.holst@example.dk"), L("Ternedal")),
       S("profile", "Personlig træner med speciale i styrketræning og skadesforebyggelse. Jeg søger job i Norge fra "
                    "foråret."),
       S("exp",
         I("2018 – nu", "Personlig træner, Ternedal Fitness",
           "Kun personlig træning én-til-én, kostvejledning og træningsprogrammer")),
       S("edu", I("2015 – 2018", "Bachelor i idræt (BSc), Strandskadeby Universitet")),
       S("cert", L("Førstehjælp med hjertestarter (12 timer), 2025")),
       S("lang", L("Dansk – modersmål"), L("Engelsk – flydende"), L("Norsk – B1 (kursus på aftenskole)")),
       S("other", "Fritid: frivillig løbetræner for et motionshold i Ternedal Løbeklub hver søndag.",
         head="Fritid")),
    cv("thabo-mokoena.txt", "en", "txt", "badly-written", "MMMUMX",
       "badly written: 'level 3 diploma in personal training in 2019', 'pt since 2019', 'i teach bootcamp and "
       "spin classes', 'english is my first language and norsk C1 (bergenstesten 2025)'; but 'first aid ran out "
       "in 2024, need to renew it'",
       raw="""
Thabo Mokoena
+47 123 65 513
thabo.mokoena@example.co.za
Lirypollen

hi my name is Thabo and i want to apply for the PT job
i did the level 3 diploma in personal training in 2019 back home in Suikerbosvlei
pt since 2019, first in a gym in Suikerbosvlei and since 2023 at Lirypollen Gym here in norway
i teach bootcamp and spin classes 3 times a week
first aid ran out in 2024, need to renew it
english is my first language and norsk C1 (bergenstesten 2025)
"""),
)


# ===========================================================================
# 6. nb: Tollbetjent
# ===========================================================================

job(
    "tollbetjent", "Tollbetjent – vareførsel og kontroll, Lirypollen tollsted", "nb", "customs officer",
    [
        ("Bachelorgrad (180 studiepoeng) eller tilsvarende", "education"),
        ("Minst ett års erfaring fra fortolling, spedisjon eller tolldeklarering", "experience"),
        ("Erfaring med klassifisering av varer i tolltariffen (HS-koder)", "must_mention"),
        ("Gode norskkunnskaper, muntlig og skriftlig", "language"),
        ("Gode engelskkunnskaper, muntlig og skriftlig", "language"),
        ("Førerkort klasse B", "driving_licence"),
        ("Du må kunne sikkerhetsklareres og bestå en fysisk test", "manual"),
    ],
    cv("hilde-ronningen.pdf", "nb", "pdf", "one-column", "MMMMMMX",
       "'Bachelor i logistikk og supply chain management (180 studiepoeng)', 'Tolldeklarant' since '2018 – "
       "d.d.', 'Klassifisering av varer etter tolltariffen (HS-koder)', 'Norsk – morsmål', 'Engelsk – flytende "
       "muntlig og skriftlig', 'Førerkort klasse B'",
       "Hilde Marie Rønningen", "Tolldeklarant",
       S("contact", L("Mobil 123 65 514"), L("hilde.ronningen@example.no"), L("Lirypollen")),
       S("profile", "Tolldeklarant med åtte års erfaring fra spedisjon ved grensen. Jeg vil bruke kunnskapen min "
                    "på kontrollsiden."),
       S("exp",
         I("2018 – d.d.", "Tolldeklarant, Lirypollen Spedisjon AS",
           "Fortolling av import og eksport i TVINN og Digitoll",
           "Klassifisering av varer etter tolltariffen (HS-koder)"),
         I("2015 – 2018", "Butikkmedarbeider (deltid), Lirypollen Handel")),
       S("edu", I("2015 – 2018", "Bachelor i logistikk og supply chain management (180 studiepoeng), Høgskolen i "
                                 "Havørnsund")),
       S("lic", L("Førerkort klasse B")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – flytende muntlig og skriftlig"))),
    cv("jenny-akerlund.docx", "sv", "docx", "dates-after", "MMMMMMX",
       "a Swede in Norway: 'Kandidatexamen i företagsekonomi (180 hp)', tulldeklarant since 2014 (in Norway "
       "'2019 – nu'), 'klassificering av varor enligt tolltariffen (HS-nummer)', 'Norska – flytande i tal och "
       "skrift', 'Engelska – mycket god i tal och skrift', 'Körkort B'",
       "Jenny Åkerlund", "Tulldeklarant",
       S("contact", L("Tel. 0980-355 107"), L("jenny.akerlund@example.se"), L("Lirypollen, Norge")),
       S("profile", "Tulldeklarant som bott i Norge sedan 2019 och arbetat med förtullning på båda sidor av "
                    "gränsen."),
       S("exp",
         I("2019 – nu", "Tolldeklarant, Lirypollen Grensespedisjon AS",
           "Förtullning i TVINN, klassificering av varor enligt tolltariffen (HS-nummer)"),
         I("2014 – 2019", "Tulldeklarant, Tranbärsnäs Speditionsbyrå AB",
           "Klassificering av varor enligt Tulltaxan (KN-nummer)")),
       S("edu", I("2011 – 2014", "Kandidatexamen i företagsekonomi (180 hp), Tjäderholms universitet")),
       S("lic", L("Körkort B")),
       S("lang", L("Svenska – modersmål"), L("Norska – flytande i tal och skrift"),
         L("Engelska – mycket god i tal och skrift"))),
    cv("adne-vikesland.txt", "nn", "txt", "one-column", "UMMMMMX",
       "'Speditør (deltid 60 %)' since '03/2025 – d.d.' (one year and eight months; part-time counts by calendar "
       "time), 'tariffering av varer (HS-kodar)', 'Norsk – morsmål', 'Engelsk – godt munnleg og skriftleg', "
       "'Førarkort klasse B'; but the bachelor is not finished ('150 av 180 studiepoeng, ventar ferdig våren "
       "2027')",
       "Ådne Vikesland", "Speditør",
       S("contact", L("Tlf. 123 65 515"), L("adne.vikesland@example.no"), L("Havørnsund")),
       S("profile", "Student og speditør med interesse for toll og grensekontroll."),
       S("exp",
         I("03/2025 – d.d.", "Speditør (deltid 60 %), Havørnsund Shipping og Spedisjon AS",
           "Tollklarering og tariffering av varer (HS-kodar)"),
         I("2021 – 2024", "Lagermedarbeidar (deltid), Havørnsund Fisk AS")),
       S("edu", I("2022 – d.d.", "Bachelor i økonomi og administrasjon, Høgskulen i Havørnsund – 150 av 180 "
                                 "studiepoeng, ventar ferdig våren 2027")),
       S("lic", L("Førarkort klasse B")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – godt munnleg og skriftleg"))),
    cv("anjali-sivakumaran.docx", "en", "docx", "one-column", "MMMNMMX",
       "a Briton: 'BA (Hons) International Trade and Logistics', customs broker '2016 – 2024', 'tariff "
       "classification (HS/CN codes)', 'English – native', a B licence exchanged in Norway; but 'Norwegian – B1 "
       "(Norskprøven 2025)' is below good Norwegian",
       "Anjali Sivakumaran", "Customs Entry Specialist",
       S("contact", L("Mobile +47 123 65 516"), L("anjali.sivakumaran@example.co.uk"), L("Krykkjevåg, Norway")),
       S("profile", "Customs specialist with eight years in freight forwarding in the UK. I moved to Norway in 2024."),
       S("exp",
         I("2024 – present", "Warehouse coordinator, Krykkjevåg Logistikk AS"),
         I("2016 – 2024", "Customs entry clerk, later customs broker, Tarrowby Freight Ltd, UK",
           "Import and export declarations, tariff classification (HS/CN codes)")),
       S("edu", I("2012 – 2015", "BA (Hons) International Trade and Logistics, University of Tarrowby")),
       S("lic", L("Driving licence: B (UK licence exchanged for a Norwegian one in 2024)")),
       S("lang", L("English – native"), L("Norwegian – B1 (Norskprøven 2025)"), L("Tamil – fluent"))),
    cv("camilla-riis.pdf", "da", "pdf", "two-column", "MUMMMMX",
       "a Dane: 'Professionsbachelor i international handel og markedsføring (180 ECTS)', 'tarifering af varer "
       "(KN- og HS-koder)', 'Norsk – taler og skriver godt', 'Engelsk – flydende', 'Kørekort B'; but in customs "
       "only since '02/2026 – nu' (ten months; the warehouse job does not count)",
       "Camilla Toft Riis", "Toldspeditør",
       S("contact", L("Mobil +45 12 37 16 07"), L("camilla.riis@example.dk"), L("Hjejlekær")),
       S("lic", L("Kørekort B")),
       S("lang", L("Dansk – modersmål"), L("Norsk – taler og skriver godt (boede i Norge 2010–2016)"),
         L("Engelsk – flydende")),
       S("profile", "Nyuddannet i international handel med snart et år i toldafdelingen og lang erfaring fra "
                    "lager og logistik."),
       S("exp",
         I("02/2026 – nu", "Toldmedarbejder, Hjejlekær Shipping A/S",
           "Toldklarering og tarifering af varer (KN- og HS-koder)"),
         I("2017 – 01/2026", "Lagermedarbejder (deltid under studiet), Hjejlekær Shipping A/S")),
       S("edu", I("2022 – 2025", "Professionsbachelor i international handel og markedsføring (180 ECTS), "
                                 "Erhvervsakademi Hjejlekær")),
       order="right-first"),
)


# --------------------------------------------------------------------------
# The README's closing sections, written by hand
# --------------------------------------------------------------------------

HARD_CASES = [
    "### Hard cases, on purpose",
    "",
    "Authorisations and licences: a Norwegian doctor's authorisation in bokmål, nynorsk and",
    "Danish/Swedish CVs (granted to a Swede and a Dane besides their own), a Polish licence with",
    "a Norwegian \"lisens\" that ended in 06/2026 and the authorisation \"applied for in 09/2026\";",
    "a Swedish vaktstyrman certificate, an Estonian STCW II/1 with a Swedish \"erkännandebevis\",",
    "a Danish \"Overstyrmand (STCW II/2)\" (higher than asked), a Norwegian D3 with a Swedish",
    "erkännandebevis, and \"fartygsbefäl klass VIII\" (lower). Education: cand.med. in Norwegian",
    "and Danish, a Swedish \"Läkarexamen\", a Polish \"lekarz\" degree; a fagbrev as energimontør,",
    "\"Fagbrev i energimontørfaget\", a fagprøve written as \"besto eg juni 2024\", a Swedish",
    "\"Yrkesbevis som distributionselektriker\" and an Irish craft certificate in overhead lines;",
    "the Swedish sjökapten programme, an Estonian BSc in navigation, a Danish professionsbachelor",
    "as skibsfører, a Norwegian fagskule in nautikk and a short klass VIII course; a Danish",
    "svendebrev, a Norwegian fagbrev as brolegger, a Swedish yrkesbevis as stenläggare, a Polish",
    "bricklayer certificate and \"ingen svendebrev\"; a Level 3 Diploma in Personal Training, a",
    "bachelor in sport science (nb, da), a Swedish EQF 4 PT certificate; bachelors of 180",
    "studiepoeng, hp and ECTS and one \"150 av 180 studiepoeng, ventar ferdig våren 2027\".",
    "Experience: LIS1 counted as clinical work, fifteen months of LIS1 plus a summer as",
    "\"Studentvikar som lege (lisens)\"; an apprenticeship before two years and four months as",
    "montør; \"Linjemontør\" and \"Overhead linesman\" as energimontør; a cadet year; a matros who",
    "became styrmann in 01.2025; third and second officer; a paver who drove a truck for five",
    "years between two paving periods; a group fitness instructor who became a PT in 09/2025; a",
    "part-time speditør (60 %) for twenty months; a customs job of ten months after years in a",
    "warehouse. Named skills: legevakt, \"Vagtlæge i Lægevagten\", \"Vakter i akuttmottaket\",",
    "\"Jourer på akutmottagningen\"; AUS, \"AMS – arbete med spänning\" and \"Live-line working\";",
    "ECDIS on the bridge; granite at work against granite only in a hobby; group classes at work",
    "against a running club in spare time and \"Kun personlig træning én-til-én\"; HS, KN and CN",
    "codes and \"tariffering\". Certificates with a date: \"FSE-kurs, mars 2026\", \"FSE 2026\",",
    "\"fse tok eg i januar i år\", the Swedish ESA course, an FSE course \"booked for January",
    "2027\"; a seafarer's medical \"valid until 10/2026\" (expired) and others valid to 2027 and",
    "2028; first aid \"renewed 03/2026\", \"oktober 2025\", \"2025\", \"2021\" and \"ran out in 2024\";",
    "the Danish road-work certificate against Swedish \"Arbete på väg\" and \"har ikke vejkurset\".",
    "Licences: \"Kørekort: har ikke\", \"Førarkort B, BE, C1 og C\", \"Körkort B\" where BE is asked,",
    "\"B, men ikkje BE enno\", a UK licence exchanged in Norway. Languages: Norwegian C1",
    "(Bergenstesten) against B2 where C1 is asked, B1, \"talar och skriver obehindrat\", \"norsk",
    "(morsmål)\", Swedish B2 for a Swedish ad, two language lines in one ad.",
    "Badly written TXT CVs in nynorsk, Swedish, Danish and English, TXT CVs without headings, a",
    "Europass DOCX and PDF, table and bold-heading DOCX, dates after titles, right-aligned dates",
    "with the date first or last in the stream, and all three column orders.",
    "",
    "### Labelling decisions specific to this set",
    "",
    "The conventions of `eval/README.md` and of the earlier held-out sets apply. In addition:",
    "",
    "- **Lege**: a Swedish legitimation or a Danish autorisation counts only with the Norwegian",
    "  authorisation granted; a Norwegian \"lisens\" that has ended, with the authorisation applied",
    "  for, is `unclear`. Swedish, Danish and Polish medical degrees are equivalent to cand.med.",
    "  LIS1 and work as a doctor abroad count as clinical experience; a summer as a student",
    "  locum is counted by calendar time but does not bring fifteen months of LIS1 to two years.",
    "  \"Vagtlæge i Lægevagten\", on-call shifts in an emergency department and LIS1 shifts in the",
    "  akuttmottak meet line 4. The ad asks for C1: Norwegian B2 is a stated level below it",
    "  (`not_met`); a native speaker meets it.",
    "- **Energimontør**: a Swedish yrkesbevis as distributionselektriker and an Irish craft",
    "  certificate in overhead network work are \"tilsvarande\". Linjemontør and linesman are",
    "  energimontør work; the apprenticeship before the fagprøve is training. AUS, \"AMS – arbete",
    "  med spänning\" and live-line working are the same thing. FSE must be completed within the",
    "  twelve months before 2026-11-28 (\"2026\" and \"januar i år\" are); the Swedish ESA course is",
    "  another country's scheme and a booked course is `unclear`. B alone is a lower class than",
    "  BE (`unclear`), \"men ikkje BE enno\" says the holder lacks it (`not_met`).",
    "- **Styrman**: a foreign STCW II/1 (or II/2, which is higher) certificate meets line 1 only",
    "  with a Swedish erkännandebevis. \"Fartygsbefäl klass VIII\" and its short course are below",
    "  vaktstyrman and the sjökapten programme (`unclear`). An Estonian BSc in navigation, a",
    "  Danish professionsbachelor as skibsfører and a Norwegian fagskule in nautikk are",
    "  equivalent nautical educations. Third and second officers and styrman on small ferries",
    "  are styrman; matros, däcksman and cadet time is not. The medical certificate must be valid",
    "  on 2026-11-28. Line 6 needs both languages.",
    "- **Brolægger**: a Norwegian fagbrev as brolegger and a Swedish yrkesbevis as stenläggare are",
    "  \"tilsvarende\"; a bricklayer certificate is another trade (`unclear`); \"ingen svendebrev\"",
    "  contradicts line 1 (`not_met`). An unskilled worker who has laid stone as a brolægger for",
    "  years has the experience. Granite and natural stone count only at work: laying granite in",
    "  one's own garden is `unclear`. The Swedish \"Arbete på väg\" is another country's scheme",
    "  (`unclear`).",
    "- **Personal trainer**: a Swedish EQF 4 PT certificate is a recognised qualification. Group",
    "  fitness instruction is not personal training (line 2) but is leading group classes (line",
    "  3); a volunteer running group in spare time is `unclear` for line 3. The first aid course",
    "  must date from after 2024-11-28; a year alone (\"2025\") is within. Norwegian C1 and",
    "  \"talar och skriver obehindrat\" are fluent; B1 is below it (`not_met`).",
    "- **Tollbetjent**: any bachelor of 180 credits (studiepoeng, hp, ECTS) meets line 1; one not",
    "  finished is `unclear`. Tolldeklarant, tulldeklarant, customs broker, speditør and",
    "  toldmedarbejder are customs or forwarding work; a warehouse job at a shipping firm is not.",
    "  HS, KN and CN codes are classification in the customs tariff. A UK licence exchanged for a",
    "  Norwegian one meets line 6.",
    "",
]


# --------------------------------------------------------------------------
# Checks of our own (on top of make_eval.check_data)
# --------------------------------------------------------------------------

EARLIER = (me.JOBS + mh.JOBS + mh2.JOBS + mh3.JOBS + mh4.JOBS + mh5.JOBS + mh6.JOBS + mh7.JOBS + mh8.JOBS
           + mh9.JOBS + mh10.JOBS + mh11.JOBS + mh12.JOBS + mh13.JOBS + mh14.JOBS + mh15.JOBS + mh16.JOBS
           + mh17.JOBS + mh18.JOBS + mh19.JOBS + mh20.JOBS + mh21.JOBS)
PHONE = re.compile(r"\+?\d[\d \-]{5,}\d")


def phones(text: str) -> set[str]:
    """Digit strings of phone-like runs (8 digits or more; the last 8 digits, so a country code does not matter)."""
    out = set()
    for m in PHONE.findall(text):
        digits = re.sub(r"\D", "", m)
        if len(digits) >= 8:
            out.add(digits[-8:])
    return out


def check_holdout22() -> None:
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
        "# Sikte's twenty-second held-out evaluation set",
        "",
        f"{len(JOBS)} fictional jobs and {n_all} fictional CVs, labelled by hand requirement by",
        "requirement, in the same layout and job-file format as `eval/` (see `eval/README.md`",
        "for the format, the label meanings and the labelling conventions). It is the twenty-third",
        "labelled set and exists to measure accuracy again on CVs the rules were never tuned on.",
        "It was written blind: without reading Sikte's rules, code, tests, docs or data tables,",
        "without running Sikte on it and without looking at any Sikte output, and no label was",
        "ever set from Sikte's output. The only files read were `eval/README.md` (format, label",
        "meanings, conventions), the script of `eval-holdout21/` (`make_holdout21.py`, as the",
        "template for this script's structure; it also defines the CVs of `eval-holdout21/`) and",
        "the shared code of `make_eval.py`, `make_holdout.py` and `scripts/fixtures/cvlib.py` (the",
        "CV definitions of `eval/` and `eval-holdout/` in the first two were skipped). The scripts",
        "`make_holdout2.py` ... `make_holdout20.py` are imported only to refuse their people, slugs,",
        "towns, e-mail addresses and phone numbers and were not read, and no CV folder of an",
        "earlier set was opened. Every CV x requirement is labelled with what a careful, fair",
        f"Nordic recruiter concludes on {TODAY} (the `today` of every job file, which closes open",
        "ranges such as \"d.d.\", \"nu\", \"sidan juli 2024\" and \"present\"). Its professions",
        "(physician, power line installer, deck officer, paver, personal trainer, customs officer)",
        "appear in no earlier set. Keep it that way: do not tune rules on these CVs; once a rule",
        "changes because of a disagreement found here, the set is no longer held out, and its",
        "figures become a regression check.",
        "",
        "Everything here is invented for Sikte: people, employers, schools, towns",
        f"({TOWNS}), e-mail addresses (`example.*`) and phone numbers (unreal",
        "ranges: `123 65 5xx` in Norway, the Swedish fiction range `0980-355 1xx`, and",
        "`+45 12 37 16 0x` in Denmark). Nothing is copied from `/work/shared/corpus`, from the",
        "earlier sets or from any real CV or job ad. Authority, body, scheme, course, test and",
        "product names in CVs and ads (Helsedirektoratet, Socialstyrelsen, Styrelsen for",
        "Patientsikkerhed, Sjøfartsdirektoratet, Søfartsstyrelsen, Trafikverket, Byggnadsindustrins",
        "Yrkesnämnd, LIS1, ALIS, STCW, ECDIS, ARPA, Furuno, JRC, FSE, AUS, AMS, ESA, EQF,",
        "Bergenstesten, Norskprøven, TVINN, Digitoll) are named as real ads and CVs name them.",
        "Licence: the same as the project (MIT OR Apache-2.0).",
        "",
        "The format is the one of `eval/`, so Sikte's evaluator reads this folder as it reads",
        "`eval/`; report its figures for each set separately.",
        "",
        "## Regenerate, never edit",
        "",
        "```sh",
        f"python3 {SCRIPT}            # (re)writes eval-holdout22/, removes stale files",
        f"python3 {SCRIPT} --verify   # generates twice elsewhere: byte-identical, and eval-holdout22/ fresh?",
        "```",
        "",
    ]
    extra = [
        "It also refuses an e-mail address or phone number that an earlier set's CVs use, a town of",
        "this set that an earlier set's CVs mention, a profession an earlier set names, and a stray",
        "single quote in a `why`.",
        "",
    ]
    return "\n".join(out + mh.script_paragraph(22) + extra + mh.jobs_and_figures(JOBS, HARD_CASES))


# --------------------------------------------------------------------------
# Writing and checking
# --------------------------------------------------------------------------


def main(argv: list[str]) -> int:
    check_holdout22()
    return mh.run_set(argv, OUT, JOBS, SCRIPT, readme, __doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
