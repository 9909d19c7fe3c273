#!/usr/bin/env python3
"""Write Sikte's twenty-seventh held-out evaluation set: eval-holdout27/README.md, jobs/<job>.toml, cvs/<job>/<file>.

    python3 scripts/eval/make_holdout27.py            # (re)write eval-holdout27/
    python3 scripts/eval/make_holdout27.py --verify   # generate twice in temporary folders and check both
                                                      # runs and eval-holdout27/ are byte-identical

A twenty-eighth labelled set in the same layout and job-file format as eval/ and
eval-holdout/ ... eval-holdout26/, so that accuracy can be measured on CVs the
rules were never tuned on. Six fictional jobs (milieu therapist nb, fish health
biologist nn, tram driver sv, sewer contractor da, railway signalling
technician en, parish priest nb) with 6-8 requirement lines each, and 5
fictional CVs per job in TXT, DOCX and PDF (one and two columns), in bokmål,
nynorsk, Swedish, Danish and English. No earlier set names any of the six
professions (the profession check below refuses every earlier one;
REUSED_PROFESSIONS is empty). The jobs, ads, CVs, people, employers and towns
are new.

The set was written blind: without reading Sikte's rules, code, tests, docs or
data tables, without running Sikte on it and without looking at any Sikte
output. Of the earlier sets only make_holdout26.py was read, as the template
for this script's structure, with the shared code of make_eval.py,
make_holdout.py and scripts/fixtures/cvlib.py, and eval/README.md for the
format and the labelling conventions (make_holdout26.py also defines the CVs
of eval-holdout26/; the CV definitions in make_eval.py and make_holdout.py
were skipped); make_holdout2.py ... make_holdout25.py were not read, only
imported (with make_holdout26.py) to refuse their people, slugs, towns, e-mail
addresses, phone numbers and professions, nor the CV folders of any earlier
set. Every CV x requirement is labelled by hand with what a careful, fair
recruiter concludes on TODAY, under the conventions of eval/README.md (met,
not_met, unclear, manual). Never adjust a label to Sikte's output.

It reuses make_eval.py (the CV model S/L/I/KV/cv, the renderers, the job-file
writer and its checks), make_holdout.py (plain_text, the e-mail pattern,
check_blind_set, jobs_and_figures, script_paragraph, run_set) and
scripts/fixtures/cvlib.py, and refuses: what make_eval.py refuses, a fragment
quoted with single quotes in a `why` that is not in the CV (or a stray single
quote that would hide one), an e-mail address outside example.*, a job with
fewer than two qualified CVs, any job slug, person or town of eval/,
eval-holdout/, ..., eval-holdout26/, any e-mail address or phone number that
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
import make_holdout23 as mh23  # noqa: E402
import make_holdout24 as mh24  # noqa: E402
import make_holdout25 as mh25  # noqa: E402
import make_holdout26 as mh26  # noqa: E402
from make_eval import CV, I, KV, L, S, cv  # noqa: E402

cvlib = me.cvlib
ROOT = me.ROOT
OUT = os.path.join(ROOT, "eval-holdout27")
SCRIPT = "scripts/eval/make_holdout27.py"
# The day this set is judged on, written into every job file. make_eval.job_toml reads
# make_eval.TODAY, so it is set there too (only in this process).
TODAY = "2026-11-30"
me.TODAY = TODAY

# Towns of eval/ and eval-holdout/ ... eval-holdout26/; none may appear here.
USED_TOWNS = mh26.USED_TOWNS + mh26.OWN_TOWNS
# The invented towns of this set; an earlier set's CVs must not mention them either.
OWN_TOWNS = ("Lyrevik", "Fløytestad", "Harpemo", "Trommeli", "Cellåker", "Orgelhamn", "Basunsjö",
             "Violinrup", "Klarinetbæk", "Oboelev", "Tubabury")
TOWNS = "Lyrevik, Fløytestad, Harpemo and Trommeli in Norway; Cellåker, Orgelhamn and Basunsjö in Sweden; " \
        "Violinrup, Klarinetbæk and Oboelev in Denmark; Tubabury in the United Kingdom"
# Professions an earlier set names that this set may use all the same. None: the brief of this
# set asked for six new professions, and the profession check below confirms they are new.
REUSED_PROFESSIONS: tuple[str, ...] = ()

JOBS: list[me.Job] = []


def job(slug, title, lang, profession, reqs: list[tuple[str, str]], *cvs: CV) -> None:
    JOBS.append(me.Job(slug, title, lang, profession, [r for r, _ in reqs], [k for _, k in reqs], list(cvs)))


# ===========================================================================
# 1. nb: Miljøterapeut
# ===========================================================================

job(
    "miljoterapeut", "Miljøterapeut – Harpemo ungdomshjem, Lyrevik kommune (fast 100 %)", "nb", "milieu therapist",
    [
        ("Bachelorgrad i helse- og sosialfag, for eksempel vernepleier, barnevernspedagog eller sosionom",
         "education"),
        ("Minst 1 års erfaring fra miljøterapeutisk arbeid med ungdom", "experience"),
        ("Førerkort klasse B", "driving_licence"),
        ("Gjennomført kurs i TMA (Terapeutisk mestring av aggresjon) eller tilsvarende", "certificate"),
        ("Gode norskkunnskaper, muntlig og skriftlig", "language"),
        ("Politiattest etter barnevernsloven må fremlegges", "manual"),
    ],
    cv("ingvild-aaremo.docx", "nb", "docx", "table", "MMMMMX",
       "'Bachelor i vernepleie, Høgskolen i Lyrevik', 'Miljøterapeut, Trommeli ungdomshjem (barnevernsinstitusjon)' "
       "since '08.2021 – d.d.', 'Førerkort klasse B', 'TMA grunnkurs (Terapeutisk mestring av aggresjon), 2022', "
       "'Norsk – morsmål'",
       "Ingvild Aaremo", "Vernepleier / miljøterapeut",
       S("contact", L("Mobil 123 86 401"), L("ingvild.aaremo@example.no"), L("Harpemo")),
       S("profile", "Vernepleier med fem års erfaring fra barnevernsinstitusjon for ungdom. Trygg i krevende "
                    "situasjoner og opptatt av relasjonsbygging."),
       S("exp",
         I("08.2021 – d.d.", "Miljøterapeut, Trommeli ungdomshjem (barnevernsinstitusjon)",
           "Primærkontakt for ungdom 13–18 år", "Miljøterapeutiske tiltak, ansvarsgrupper og skolesamarbeid"),
         I("2018 – 2021", "Assistent, Harpemo bofellesskap (deltid under studiet)")),
       S("edu", I("2018 – 2021", "Bachelor i vernepleie, Høgskolen i Lyrevik")),
       S("cert", L("TMA grunnkurs (Terapeutisk mestring av aggresjon), 2022"), L("Førstehjelp, 2025")),
       S("lic", L("Førerkort klasse B")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – godt"))),
    cv("tobias-warnstrom.pdf", "sv", "pdf", "two-column", "MMMMUX",
       "a Swede: 'Socionomexamen (210 hp)' is the sosionom degree, 'Behandlingsassistent, HVB-hem för ungdomar "
       "13–18 år, Cellåker' since '2018-08 – pågående' is milieu work with youth, 'Körkort B', 'TMA – Terapeutisk "
       "mestring av aggresjon (5 dagar), Fløytestad 2025'; but 'Svenska, norska, engelska' lists Norwegian "
       "without a level",
       "Tobias Wärnström", "Socionom",
       S("contact", L("Tel. 0980-417 307"), L("tobias.warnstrom@example.se"), L("Cellåker, Sverige")),
       S("lang", L("Svenska, norska, engelska")),
       S("lic", L("Körkort B")),
       S("cert", L("TMA – Terapeutisk mestring av aggresjon (5 dagar), Fløytestad 2025")),
       S("profile", "Socionom med åtta års erfarenhet av behandlingsarbete med ungdomar på HVB-hem. Vi flyttar "
                    "till Fløytestad i vår."),
       S("exp",
         I("2018-08 – pågående", "Behandlingsassistent, HVB-hem för ungdomar 13–18 år, Cellåker",
           "Miljöterapeutiskt vardagsarbete, samtal och aktiviteter")),
       S("edu", I("2015 – 2018", "Socionomexamen (210 hp), Orgelhamns universitet")),
       order="left-first"),
    cv("marius-bekkevold.txt", "nb", "txt", "badly-written", "UUMNMX",
       "badly written: 'har lappen (klasse B)', 'norsk er morsmålet mitt'; but the degree is still running "
       "('blir ferdig juni 2027'), the youth work is a placement ('praksis på Trommeli ungdomshjem i 12 uker') "
       "and extra shifts 'siden mai 2026' (seven months), and 'TMA har jeg ikke tatt enda'",
       raw="""
Marius Bekkevold
tlf 123 86 403
marius.bekkevold@example.com
bor i Lyrevik

Hei!
jeg vil søke på jobben som miljøterapeut. jeg går 3. året på barnevernspedagog-studiet på høgskolen i Harpemo og blir ferdig juni 2027.
hadde praksis på Trommeli ungdomshjem i 12 uker våren 2026, og har tatt ekstravakter der siden mai 2026.
har lappen (klasse B).
TMA har jeg ikke tatt enda men tar det gjerne.
norsk er morsmålet mitt, engelsk går fint.
"""),
    cv("hilde-sandmo.pdf", "nn", "pdf", "right-dates", "MMMMMX",
       "'Bachelor i vernepleie, Høgskulen i Fløytestad', two youth jobs that add up to 21 months "
       "('Miljøarbeidar (vikariat 100 %), Lyrevik ungdomsbustad' from '09.2024 – 06.2025' and 'Miljøterapeut, "
       "Harpemo ungdomsheim' since '01.2026 – d.d.'), 'Førarkort: B', 'TMA – Terapeutisk meistring av aggresjon, "
       "2024', 'Norsk – morsmål (nynorsk og bokmål)'",
       "Hilde Sandmo", "Vernepleiar",
       S("contact", L("Tlf. 123 86 404"), L("hilde.sandmo@example.no"), L("Trommeli")),
       S("profile", "Vernepleiar som har jobba med ungdom i to barnevernsinstitusjonar. Eg er roleg, tydeleg og "
                    "glad i friluftsliv."),
       S("exp",
         I("01.2026 – d.d.", "Miljøterapeut, Harpemo ungdomsheim",
           "Miljøterapi og skulestøtte for ungdom i akuttplass"),
         I("09.2024 – 06.2025", "Miljøarbeidar (vikariat 100 %), Lyrevik ungdomsbustad",
           "Dagleg oppfølging av einslege mindreårige 15–18 år")),
       S("edu", I("2021 – 2024", "Bachelor i vernepleie, Høgskulen i Fløytestad")),
       S("cert", L("TMA – Terapeutisk meistring av aggresjon, 2024")),
       S("lic", L("Førarkort: B")),
       S("lang", L("Norsk – morsmål (nynorsk og bokmål)"), L("Engelsk – god")),
       date_first=True),
    cv("jonas-kjaersgaard.docx", "da", "docx", "one-column", "MMMUUX",
       "a Dane: 'Professionsbachelor som pædagog (social- og specialpædagogik)' is a bachelor in the social field "
       "and 'Pædagog, Violinrup Opholdssted for unge 13–17 år' since '2019 – nu', 'Kørekort: B'; but "
       "'Konflikthåndtering (1-dags kursus), 2020' is not shown to match TMA, and 'Norsk – læser og forstår' says "
       "nothing about speaking or writing",
       "Jonas Kjærsgaard", "Pædagog",
       S("contact", L("Mobil +45 12 39 56 31"), L("jonas.kjaersgaard@example.dk"), L("Violinrup")),
       S("profile", "Uddannet pædagog med syv års erfaring fra opholdssted for unge. Jeg søger nye udfordringer i "
                    "Norge."),
       S("exp",
         I("2019 – nu", "Pædagog, Violinrup Opholdssted for unge 13–17 år",
           "Socialpædagogisk arbejde med anbragte unge", "Kontaktperson og handleplaner")),
       S("edu", I("2015 – 2019", "Professionsbachelor som pædagog (social- og specialpædagogik), Klarinetbæk "
                                 "Professionshøjskole")),
       S("cert", L("Konflikthåndtering (1-dags kursus), 2020")),
       S("lic", L("Kørekort: B")),
       S("lang", L("Dansk – modersmål"), L("Norsk – læser og forstår"), L("Engelsk – flydende"))),
)


# ===========================================================================
# 2. nn: Fiskehelsebiolog
# ===========================================================================

job(
    "fiskehelsebiolog", "Fiskehelsebiolog til sjøanlegga våre – Harpemo Havbruk AS, Lyrevik (fast stilling)", "nn",
    "fish health biologist",
    [
        ("Autorisasjon som fiskehelsebiolog frå Mattilsynet", "authorisation"),
        ("Mastergrad i fiskehelse eller tilsvarande utdanning", "education"),
        ("Minst tre års erfaring med fiskehelsearbeid i havbruksnæringa", "experience"),
        ("Førarkort klasse B", "driving_licence"),
        ("Båtførarbevis", "certificate"),
        ("Gode munnlege og skriftlege kunnskapar i norsk eller eit anna skandinavisk språk", "language"),
        ("Du må vere budd på reisedøgn og helgevakter etter turnus", "manual"),
    ],
    cv("sunniva-hestenes.docx", "nb", "docx", "bold-headings", "MMMMMMX",
       "'Autorisasjon som fiskehelsebiolog, Mattilsynet (2017)', 'Master i fiskehelse (integrert masterprogram, 5 "
       "år)', 'Fiskehelsebiolog, Trommeli Fiskehelse AS' since '2017 – d.d.', 'Førerkort klasse B', "
       "'Båtførerbevis', 'Norsk – morsmål'",
       "Sunniva Hestenes", "Fiskehelsebiolog",
       S("contact", L("Mobil 123 86 405"), L("sunniva.hestenes@example.no"), L("Lyrevik")),
       S("profile", "Fiskehelsebiolog med ni års erfaring fra sjø- og landanlegg for laks og regnbueørret."),
       S("auth", L("Autorisasjon som fiskehelsebiolog, Mattilsynet (2017)")),
       S("exp",
         I("2017 – d.d.", "Fiskehelsebiolog, Trommeli Fiskehelse AS",
           "Helsekontroller, obduksjon og prøvetaking på oppdrettsanlegg",
           "Rådgivning om lus, vaksinering og fiskevelferd")),
       S("edu", I("2012 – 2017", "Master i fiskehelse (integrert masterprogram, 5 år), Universitetet i Fløytestad")),
       S("cert", L("Båtførerbevis"), L("Førstehjelp, 2024")),
       S("lic", L("Førerkort klasse B")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – flytende"))),
    cv("callum-rennie.pdf", "en", "pdf", "one-column", "UMMMUNX",
       "a Scot: 'MSc Aquatic Animal Health' is the same field and level, 'Fish Health Manager, Tubabury Salmon "
       "Ltd' since '2018 – present', 'Full UK driving licence, category B'; but the authorisation is only "
       "'applied for in September 2026, awaiting decision', 'RYA Powerboat Level 2 (UK), 2018' is a British "
       "scheme, and 'Norwegian – basic (A2)' is below good Norwegian (English does not count)",
       "Callum Rennie", "Fish health biologist",
       S("contact", L("Mobile +44 7700 900 871"), L("callum.rennie@example.co.uk"), L("Tubabury, Scotland, UK")),
       S("profile", "Fish health biologist with eight years on Scottish salmon farms, now relocating to Norway "
                    "with my family."),
       S("auth", L("Norwegian authorisation as fish health biologist (Mattilsynet): applied for in September "
                   "2026, awaiting decision")),
       S("exp",
         I("2018 – present", "Fish Health Manager, Tubabury Salmon Ltd",
           "Health surveillance, sea lice strategy and mortality investigations on six marine sites")),
       S("edu", I("2016 – 2017", "MSc Aquatic Animal Health, University of Tubabury"),
         I("2012 – 2016", "BSc (Hons) Marine Biology, University of Tubabury")),
       S("cert", L("RYA Powerboat Level 2 (UK), 2018")),
       S("lic", L("Full UK driving licence, category B")),
       S("lang", L("English – native"), L("Norwegian – basic (A2), evening course since 2026"))),
    cv("kaja-straumsnes.txt", "nn", "txt", "one-column", "UUUMMMX",
       "a student: 'Integrert master i fiskehelse' is 'ferdig juni 2027', the authorisation comes after "
       "('søkjer når graden er fullført'), and the fish farm work is two summer jobs and a placement; "
       "'Førarkort klasse B', 'Båtførarbevis (2019)', 'Norsk – morsmål'",
       "Kaja Straumsnes", "Masterstudent i fiskehelse",
       S("contact", L("Tlf. 123 86 406"), L("kaja.straumsnes@example.no"), L("Fløytestad")),
       S("profile", "Femteårsstudent på fiskehelse som ønskjer fast jobb etter studiet. Eg har jobba fleire "
                    "somrar på oppdrettsanlegg."),
       S("edu", I("2022 – 2027", "Integrert master i fiskehelse, Universitetet i Fløytestad – 5. studieår, ferdig "
                                 "juni 2027")),
       S("exp",
         I("06.2026 – 08.2026", "Sommarvikar, fiskehelseassistent, Harpemo Havbruk AS"),
         I("01.2026 – 03.2026", "Praksis, fiskehelseteneste (10 veker)"),
         I("06.2025 – 08.2025", "Sommarvikar, røktar, Lyrevik Laks AS")),
       S("auth", L("Autorisasjon som fiskehelsebiolog: søkjer når graden er fullført")),
       S("lic", L("Førarkort klasse B")),
       S("cert", L("Båtførarbevis (2019)")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – svært god"))),
    cv("anders-tjarnberg.pdf", "sv", "pdf", "two-column", "MMMMMMX",
       "a Swede in Norway: 'Autorisasjon som fiskehelsebiolog (Mattilsynet), 2020', 'Masterexamen i akvatisk "
       "djurhälsa (120 hp)' (same field and level), 'Fiskehelsebiolog, Lyrevik Laks AS (Norge)' since '2020-06 – "
       "pågående', 'Körkort: B', 'Båtførerbevis (Norge), 2020', 'Svenska – modersmål'",
       "Anders Tjärnberg", "Fiskhälsobiolog",
       S("contact", L("Tel. +47 123 86 407"), L("anders.tjarnberg@example.se"), L("Trommeli, Norge")),
       S("auth", L("Autorisasjon som fiskehelsebiolog (Mattilsynet), 2020"), side=True),
       S("cert", L("Båtførerbevis (Norge), 2020"), L("Första hjälpen, 2025")),
       S("lic", L("Körkort: B")),
       S("lang", L("Svenska – modersmål"), L("Norska – flytande i tal och skrift"), L("Engelska – mycket god")),
       S("profile", "Svensk fiskhälsobiolog, bosatt i Norge sedan 2020. Arbetar med hälsokontroller på "
                    "laxodlingar längs kusten."),
       S("exp",
         I("2020-06 – pågående", "Fiskehelsebiolog, Lyrevik Laks AS (Norge)",
           "Hälsobesök, obduktioner och provtagning på havsbruksanläggningar", "Rapportering till Mattilsynet"),
         I("2018 – 2020", "Forskningsassistent, fiskhälsa, Orgelhamns universitet")),
       S("edu", I("2016 – 2018", "Masterexamen i akvatisk djurhälsa (120 hp), Orgelhamns universitet"),
         I("2013 – 2016", "Kandidatexamen i biologi (180 hp), Orgelhamns universitet")),
       order="right-first"),
    cv("line-saetrevik.docx", "nb", "docx", "dates-after", "MMUMUMX",
       "'Autorisasjon som fiskehelsebiolog, 2024', 'Master i fiskehelse', 'Førerkort klasse B', 'Norsk – "
       "morsmål'; but 'Fiskehelsebiolog, Fløytestad Settefisk AS' since '03.2024 – d.d.' is two years and nine "
       "months (the master thesis does not count), and no boat licence is shown",
       "Line Sætrevik", "Fiskehelsebiolog",
       S("contact", L("Mobil 123 86 408"), L("line.saetrevik@example.no"), L("Harpemo")),
       S("profile", "Fiskehelsebiolog med erfaring fra settefisk. Jeg ønsker meg mer tid ute på sjøanleggene."),
       S("auth", L("Autorisasjon som fiskehelsebiolog, 2024")),
       S("exp",
         I("03.2024 – d.d.", "Fiskehelsebiolog, Fløytestad Settefisk AS",
           "Helsekontroller og vaksinasjonsplaner i settefiskanlegg"),
         I("08.2022 – 06.2023", "Masteroppgave om gjellehelse, Lyrevik havbruksstasjon")),
       S("edu", I("2018 – 2023", "Master i fiskehelse, Universitetet i Fløytestad")),
       S("lic", L("Førerkort klasse B")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – godt"))),
)


# ===========================================================================
# 3. sv: Spårvagnsförare
# ===========================================================================

job(
    "sparvagnsforare", "Spårvagnsförare – Cellåker Spårvägar AB (heltid, tillsvidare)", "sv", "tram driver",
    [
        ("Genomförd spårvagnsförarutbildning", "education"),
        ("Minst två års erfarenhet som spårvagnsförare i linjetrafik", "experience"),
        ("B-körkort sedan minst tre år", "driving_licence"),
        ("HLR-utbildning med hjärtstartare, genomförd de senaste två åren", "certificate"),
        ("Mycket goda kunskaper i svenska i tal och skrift", "language"),
        ("Goda kunskaper i engelska", "language"),
        ("Godkänd hälsoundersökning och drogtest före anställning", "manual"),
    ],
    cv("elin-saxborg.docx", "sv", "docx", "one-column", "MMMMMMX",
       "'Spårvagnsförarutbildning (14 veckor)', 'Spårvagnsförare, Orgelhamns Spårvagnar AB' since '2018-09 – nu', "
       "'Körkort B (sedan 2010)', 'HLR med hjärtstartare, 2026-04', 'Svenska – modersmål', 'Engelska – god i tal "
       "och skrift'",
       "Elin Saxborg", "Spårvagnsförare",
       S("contact", L("Tel. 0980-417 301"), L("elin.saxborg@example.se"), L("Cellåker")),
       S("profile", "Spårvagnsförare sedan 2018. Van vid tät stadstrafik, störningar och att informera "
                    "resenärer."),
       S("exp",
         I("2018-09 – nu", "Spårvagnsförare, Orgelhamns Spårvagnar AB",
           "Linjetrafik på linje 2 och 5, även kvälls- och nattrafik"),
         I("2012 – 2018", "Butikssäljare, Cellåker Centrum")),
       S("edu", I("2018", "Spårvagnsförarutbildning (14 veckor), Orgelhamns Spårvagnar AB")),
       S("cert", L("HLR med hjärtstartare, 2026-04")),
       S("lic", L("Körkort B (sedan 2010)")),
       S("lang", L("Svenska – modersmål"), L("Engelska – god i tal och skrift"))),
    cv("petter-nyhuus.pdf", "nb", "pdf", "two-column", "MMMMMMX",
       "a Norwegian: 'Trikkeførerutdanning (12 uker)' is tram driver training, 'Trikkefører, Fløytestad Sporvei "
       "AS' since '2016 – d.d.', 'Førerkort: B (2005), D (2012)', 'Førstehjelp med HLR og hjertestarter, mars "
       "2025', 'Svensk – flytende muntlig og skriftlig', 'Engelsk – meget godt'",
       "Petter Nyhuus", "Trikkefører",
       S("contact", L("Mobil +47 123 86 409"), L("petter.nyhuus@example.no"), L("Fløytestad")),
       S("lic", L("Førerkort: B (2005), D (2012)")),
       S("cert", L("Førstehjelp med HLR og hjertestarter, mars 2025")),
       S("lang", L("Norsk – morsmål"), L("Svensk – flytende muntlig og skriftlig (bodde i Sverige 2008–2012)"),
         L("Engelsk – meget godt")),
       S("profile", "Trikkefører i ti år. Flytter til Cellåker med familien og vil fortsette å kjøre trikk."),
       S("exp",
         I("2016 – d.d.", "Trikkefører, Fløytestad Sporvei AS", "Linjetrafikk i sentrum, opplæring av nye førere"),
         I("2012 – 2016", "Bussjåfør, Lyrevik Busstrafikk")),
       S("edu", I("2016", "Trikkeførerutdanning (12 uker), Fløytestad Sporvei AS")),
       order="rows"),
    cv("leyla-nasser.txt", "en", "txt", "one-column", "UUMUMMX",
       "'Driving licence: B (since 2014)', 'Swedish – fluent, spoken and written', 'English – fluent'; but the "
       "tram driver training is 'in progress, final test January 2027', the seven years are as a 'Bus driver', "
       "and 'First aid and CPR, 2021' is older than two years",
       "Leyla Nasser", "Bus driver – tram driver trainee",
       S("contact", L("Phone 0980-417 302"), L("leyla.nasser@example.com"), L("Cellåker, Sweden")),
       S("profile", "Bus driver for seven years, now training to become a tram driver."),
       S("exp",
         I("2019 – present", "Bus driver, Cellåker Stadsbuss AB",
           "City and regional routes, ticketing and passenger information")),
       S("edu", I("Sep 2026 – Jan 2027", "Tram driver training, Cellåker Spårvägar AB (in progress, final test "
                                         "January 2027)")),
       S("lic", L("Driving licence: B (since 2014), D (since 2019)")),
       S("cert", L("First aid and CPR, 2021")),
       S("lang", L("Swedish – fluent, spoken and written"), L("English – fluent"), L("Somali – native"))),
    cv("niklas-ohrn.txt", "sv", "txt", "badly-written", "MUUMMNX",
       "badly written: 'gick förarutbildningen hos Orgelhamns Spårvagnar våren 2025', 'hlr med hjärtstartare gick "
       "vi på jobbet i oktober i år', 'svenska är mitt modersmål'; but 'har kört spårvagn där sen maj 2025' is a "
       "year and a half, 'körkort B sen 2024' is under three years, and 'engelska kan jag lite' is below good "
       "English",
       raw="""
Niklas Öhrn
0980-417 303
niklas.ohrn@example.se

hej
jag söker som spårvagnsförare. gick förarutbildningen hos Orgelhamns Spårvagnar våren 2025 och har kört spårvagn där sen maj 2025.
innan jobbade jag på lager.
körkort B sen 2024
hlr med hjärtstartare gick vi på jobbet i oktober i år
svenska är mitt modersmål, engelska kan jag lite
bor i Orgelhamn
"""),
    cv("rikke-vinding.pdf", "da", "pdf", "europass", "MMMMMMX",
       "a Dane: 'Letbaneføreruddannelse (10 uger)' is tram driver training and 'Letbanefører, Oboelev Letbane A/S' "
       "from '2020-08 – 2026-06' is tram driving in service, 'B, erhvervet 2003', 'Hjerte-lunge-redning med "
       "hjertestarter, februar 2026', Swedish 'C1 – taler og skriver flydende', English 'B2'",
       "Rikke Vinding", "Letbanefører",
       S("contact", KV("Telefon", "0980-417 304"), KV("E-mail", "rikke.vinding@example.dk"),
         KV("Adresse", "Cellåker, Sverige")),
       S("profile", "Letbanefører i knap seks år. Jeg flyttede til Cellåker i sommer og vil gerne køre sporvogn "
                    "her."),
       S("exp",
         I("2020-08 – 2026-06", "Letbanefører, Oboelev Letbane A/S",
           "Kørsel i rutetrafik, kundeservice og fejlmeldinger")),
       S("edu", I("2020", "Letbaneføreruddannelse (10 uger), Oboelev Letbane A/S")),
       S("cert", KV("Førstehjælp", "Hjerte-lunge-redning med hjertestarter, februar 2026")),
       S("lic", KV("Kørekort", "B, erhvervet 2003")),
       S("lang", KV("Modersmål", "Dansk"), KV("Svensk", "C1 – taler og skriver flydende"), KV("Engelsk", "B2"))),
)


# ===========================================================================
# 4. da: Kloakmester
# ===========================================================================

job(
    "kloakmester", "Autoriseret kloakmester – Violinrup Kloak & Anlæg ApS (fuldtid)", "da", "sewer contractor",
    [
        ("Autoriseret kloakmester", "authorisation"),
        ("Svendebrev som kloakrørlægger", "education"),
        ("Mindst 5 års erfaring med kloakarbejde (separatkloakering, stikledninger, reparationer)", "experience"),
        ("Kørekort kategori BE (trailer)", "driving_licence"),
        ("Kursus i afmærkning af vejarbejde", "certificate"),
        ("Du taler og skriver dansk", "language"),
        ("Du er mødestabil og kan arbejde selvstændigt", "manual"),
    ],
    cv("kasper-bundgaard.docx", "da", "docx", "table", "MMMMMMX",
       "'Autoriseret kloakmester (Sikkerhedsstyrelsen), 2016', 'Svendebrev som kloakrørlægger', kloak work since "
       "2005 ('Kloakrørlægger, Oboelev Entreprenør A/S'), 'Kørekort: B, BE og C', 'Afmærkning af vejarbejde, "
       "kursus 2022', 'Dansk – modersmål'",
       "Kasper Bundgaard", "Autoriseret kloakmester",
       S("contact", L("Mobil +45 12 39 56 32"), L("kasper.bundgaard@example.dk"), L("Klarinetbæk")),
       S("profile", "Autoriseret kloakmester med over 20 års erfaring fra kloakering af parcelhuse, landbrug og "
                    "kommunale ledningsanlæg."),
       S("exp",
         I("2016 – nu", "Kloakmester og fagligt ansvarlig, Klarinetbæk Kloakservice ApS",
           "Separatkloakering, TV-inspektion og strømpeforing", "Tilbud, tilladelser og færdigmeldinger"),
         I("2005 – 2016", "Kloakrørlægger, Oboelev Entreprenør A/S")),
       S("edu", I("2016", "Kloakmesteruddannelsen, Klarinetbæk Tekniske Skole"),
         I("2001 – 2005", "Svendebrev som kloakrørlægger, Oboelev Tekniske Skole")),
       S("auth", L("Autoriseret kloakmester (Sikkerhedsstyrelsen), 2016")),
       S("lic", L("Kørekort: B, BE og C")),
       S("cert", L("Afmærkning af vejarbejde, kursus 2022"), L("Asbest i rør og ledninger, 2019")),
       S("lang", L("Dansk – modersmål"))),
    cv("stine-hauberg.pdf", "da", "pdf", "two-column", "MMMMMMX",
       "'Autoriseret kloakmester siden 2020', 'Kloakrørlægger, svendebrev 2011', kloak work since 2011, "
       "'Kørekort: B og CE' (CE covers BE), 'Afmærkning af vejarbejde (2024)', 'Dansk – modersmål'",
       "Stine Hauberg", "Kloakmester / formand",
       S("contact", L("Mobil +45 12 39 56 33"), L("stine.hauberg@example.dk"), L("Oboelev")),
       S("auth", L("Autoriseret kloakmester siden 2020"), side=True),
       S("lic", L("Kørekort: B og CE")),
       S("cert", L("Afmærkning af vejarbejde (2024)")),
       S("lang", L("Dansk – modersmål"), L("Engelsk – godt")),
       S("profile", "Kloakmester og formand med femten år i faget. Jeg trives med at styre pladsen og tale med "
                    "kunderne."),
       S("exp",
         I("2020 – nu", "Kloakmester / formand, Violinrup Anlæg A/S", "Kloakrenovering i villaveje og "
                                                                      "hovedledninger"),
         I("2011 – 2020", "Kloakrørlægger, Klarinetbæk Kloak ApS")),
       S("edu", I("2019 – 2020", "Kloakmesteruddannelsen, Oboelev Erhvervsakademi"),
         I("2007 – 2011", "Kloakrørlægger, svendebrev 2011, Oboelev Tekniske Skole")),
       order="left-first"),
    cv("jorgen-vestergaard.txt", "da", "txt", "badly-written", "UMMMMMX",
       "badly written: 'har lavet kloak i over 20 år', 'har svendebrev som kloakrørlægger fra 2003', 'kørekort B "
       "og BE (trailer)', 'skiltekursus til vejarbejde (afmærkning af vejarbejde) har jeg fra 2021', 'dansk er "
       "mit modersmål'; but the kloakmester course is 'færdig marts 2027' and the authorisation only comes after",
       raw="""
Jørgen Vestergaard
tlf 12 39 56 34
jorgen.vestergaard@example.dk
Violinrup

hej
jeg har lavet kloak i over 20 år, mest hos Oboelev Entreprenør. har svendebrev som kloakrørlægger fra 2003.
kloakmesteruddannelsen er jeg i gang med, færdig marts 2027, derefter søger jeg autorisation.
kørekort B og BE (trailer), har også egen trailer.
skiltekursus til vejarbejde (afmærkning af vejarbejde) har jeg fra 2021.
dansk er mit modersmål.
"""),
    cv("eivind-skjelbred.docx", "nb", "docx", "bold-headings", "UMMUUUX",
       "a Norwegian: 'Fagbrev som anleggsrørlegger' is the same trade and 'Anleggsrørlegger, Harpemo "
       "VA-Entreprenør AS' since '2012 – d.d.'; but no Danish authorisation is shown, 'Førerkort: B, C1' has no "
       "BE, 'Arbeidsvarsling kurs 1 (Statens vegvesen), 2023' is the Norwegian scheme, and 'Dansk – forstår godt "
       "og leser' says nothing about speaking or writing",
       "Eivind Skjelbred", "Anleggsrørlegger",
       S("contact", L("Mobil 123 86 410"), L("eivind.skjelbred@example.no"), L("Harpemo, Norge")),
       S("profile", "Anleggsrørlegger med 14 års erfaring fra VA-anlegg, stikkledninger og kummer. Familien og "
                    "jeg flytter til Danmark neste år."),
       S("exp",
         I("2012 – d.d.", "Anleggsrørlegger, Harpemo VA-Entreprenør AS",
           "Separering av avløp, stikkledninger og kummer", "Rørinspeksjon og reparasjon med strømpe")),
       S("edu", I("2010 – 2012", "Fagbrev som anleggsrørlegger, Harpemo videregående skole")),
       S("cert", L("ADK1 – sertifikat for arbeid med vann- og avløpsledninger, 2013"),
         L("Arbeidsvarsling kurs 1 (Statens vegvesen), 2023")),
       S("lic", L("Førerkort: B, C1")),
       S("lang", L("Norsk – morsmål"), L("Dansk – forstår godt og leser"), L("Engelsk – godt"))),
    cv("piotr-nowicki.pdf", "en", "pdf", "dates-after", "UMUMMMX",
       "'Journeyman certificate as sewer pipe layer (svendebrev som kloakrørlægger), December 2021', 'Driving "
       "licence: B, BE', 'Road works marking course (afmærkning af vejarbejde), 2023', 'Danish – fluent, spoken "
       "and written'; but the authorisation is 'applied for October 2026, pending', and sewer work since 'Jan "
       "2022 – present' is four years and eleven months (the apprenticeship does not count)",
       "Piotr Nowicki", "Sewer pipe layer (kloakrørlægger)",
       S("contact", L("Mobile +45 12 39 56 35"), L("piotr.nowicki@example.com"), L("Oboelev, Denmark")),
       S("profile", "Sewer pipe layer in Denmark since 2017. I finished the kloakmester course this year and "
                    "have applied for my authorisation."),
       S("exp",
         I("Jan 2022 – present", "Sewer pipe layer (kloakrørlægger), Oboelev Kloak ApS",
           "Separate sewer systems for housing estates, service connections and repairs"),
         I("Aug 2017 – Dec 2021", "Apprentice sewer pipe layer, Oboelev Kloak ApS")),
       S("edu", I("2026", "Kloakmester course (kloakmesteruddannelsen), Klarinetbæk Technical College"),
         I("2017 – 2021", "Journeyman certificate as sewer pipe layer (svendebrev som kloakrørlægger), December "
                          "2021")),
       S("auth", L("Authorisation as kloakmester (Sikkerhedsstyrelsen): applied for October 2026, pending")),
       S("lic", L("Driving licence: B, BE")),
       S("cert", L("Road works marking course (afmærkning af vejarbejde), 2023")),
       S("lang", L("Polish – native"), L("Danish – fluent, spoken and written"), L("English – fluent"))),
)


# ===========================================================================
# 5. en: Railway signalling technician
# ===========================================================================

job(
    "signalling-technician", "Railway Signalling Technician – Trommeli Signal & Rail AS, Norway (permanent, full "
                             "time)", "en", "railway signalling technician",
    [
        ("Trade certificate as signalling technician (fagbrev som signalmontør) or a bachelor's degree in "
         "electrical or automation engineering", "education"),
        ("At least 3 years of experience installing or maintaining railway signalling or interlocking systems",
         "experience"),
        ("Valid Bane NOR track safety course (sikkerhetskurs for arbeid i og ved spor)", "certificate"),
        ("FSE electrical safety course completed within the last 12 months", "certificate"),
        ("Driving licence class B", "driving_licence"),
        ("Good spoken and written English", "language"),
        ("Norwegian, Swedish or Danish at level B2 or higher", "language"),
        ("Willingness to work nights and weekends during track possessions", "manual"),
    ],
    cv("oystein-lyngtveit.pdf", "nb", "pdf", "right-dates", "MMMMMMMX",
       "'Fagbrev som signalmontør', 'Signalmontør, Harpemo Banetjenester AS' since '2012 – d.d.', 'Sikkerhetskurs "
       "for arbeid i og ved spor (Bane NOR), gyldig til 03.2028', 'FSE-kurs, februar 2026', 'Førerkort klasse B', "
       "'Engelsk – flytende muntlig og skriftlig', 'Norsk – morsmål'",
       "Øystein Lyngtveit", "Signalmontør",
       S("contact", L("Mobil 123 86 411"), L("oystein.lyngtveit@example.no"), L("Trommeli")),
       S("profile", "Signalmontør med fjorten års erfaring fra sikringsanlegg, sporveksler og planoverganger."),
       S("exp",
         I("2012 – d.d.", "Signalmontør, Harpemo Banetjenester AS",
           "Feilsøking og vedlikehold av sikringsanlegg (reléanlegg og datamaskinbaserte)",
           "Montasje av akseltellere og signaler"),
         I("2010 – 2012", "Lærling i signalmontørfaget, Harpemo Banetjenester AS")),
       S("edu", I("2012", "Fagbrev som signalmontør")),
       S("cert", L("Sikkerhetskurs for arbeid i og ved spor (Bane NOR), gyldig til 03.2028"),
         L("FSE-kurs, februar 2026")),
       S("lic", L("Førerkort klasse B")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – flytende muntlig og skriftlig"))),
    cv("karin-backstedt.docx", "sv", "docx", "europass", "MMMMMMMX",
       "a Swede: 'Högskoleingenjörsexamen i elektroteknik (180 hp)', 'Signaltekniker, Basunsjö Järnvägsteknik AB' "
       "since '2017-05 – nu', 'Sikkerhetskurs for arbeid i og ved spor (Bane NOR), 2025, giltigt till 2028', "
       "'FSE-kurs (Norge), 2026-09', 'B (sedan 2008)', English 'C1', mother tongue 'Svenska'",
       "Karin Bäckstedt", "Signaltekniker",
       S("contact", KV("Telefon", "0980-417 305"), KV("E-post", "karin.backstedt@example.se"),
         KV("Adress", "Basunsjö, Sverige")),
       S("profile", "Signaltekniker med nio års erfarenhet av ställverk och signalanläggningar, också på den "
                    "norska sidan av gränsbanan."),
       S("exp",
         I("2017-05 – nu", "Signaltekniker, Basunsjö Järnvägsteknik AB",
           "Underhåll och felsökning av ställverk, spårledningar och växeldriv")),
       S("edu", I("2014 – 2017", "Högskoleingenjörsexamen i elektroteknik (180 hp), Orgelhamns universitet")),
       S("cert", KV("Spårsäkerhet", "Sikkerhetskurs for arbeid i og ved spor (Bane NOR), 2025, giltigt till 2028"),
         KV("Elsäkerhet", "FSE-kurs (Norge), 2026-09")),
       S("lic", KV("Körkort", "B (sedan 2008)")),
       S("lang", KV("Modersmål", "Svenska"), KV("Engelska", "C1"), KV("Norska", "förstår bra"))),
    cv("gavin-pellworth.txt", "en", "txt", "one-column", "MMUUMMNX",
       "a Briton: 'Level 3 NVQ Diploma in Rail Engineering (Signalling Maintenance)' is the trade qualification, "
       "'Signalling maintenance technician, Tubabury Rail Signalling Ltd' from '2015 – 2025', 'Full UK driving "
       "licence (B)', 'English – native'; but 'PTS (Personal Track Safety), expired March 2024' is a British card "
       "and has run out, no FSE course is shown, and 'Norwegian – A2' is below B2",
       "Gavin Pellworth", "Signalling technician",
       S("contact", L("Mobile +44 7700 900 872"), L("gavin.pellworth@example.co.uk"), L("Tubabury, England")),
       S("profile", "Signalling maintenance technician with eleven years on main line and metro signalling. "
                    "Moving to Norway in 2027."),
       S("exp",
         I("2025 – present", "Signalling installer (contract), Tubabury Metro", "Installation and testing of "
                                                                                "axle counters"),
         I("2015 – 2025", "Signalling maintenance technician, Tubabury Rail Signalling Ltd",
           "Fault finding on relay and solid-state interlockings, track circuits and point machines")),
       S("edu", I("2013 – 2015", "Level 3 NVQ Diploma in Rail Engineering (Signalling Maintenance), Tubabury "
                                 "College")),
       S("cert", L("PTS (Personal Track Safety), expired March 2024"), L("Wiring Regulations course, 2022")),
       S("lic", L("Full UK driving licence (B)")),
       S("lang", L("English – native"), L("Norwegian – A2, evening classes since 2026"))),
    cv("signe-thorsager.pdf", "da", "pdf", "two-column", "MUUMMMMX",
       "a Dane: 'Diplomingeniør i elektroteknologi (bachelor, 210 ECTS)', 'FSE-kursus (Norge), oktober 2026', "
       "'Kørekort: B', 'Engelsk – flydende i skrift og tale', 'Dansk – modersmål'; but signalling work since "
       "'03.2024 – nu' is two years and nine months (the 'Ingeniørpraktik' is a placement, the utility job is not "
       "signalling), and 'Sikkerhedskursus for arbejde i og ved spor (Banedanmark), 2025' is the Danish course, "
       "not Bane NOR",
       "Signe Thorsager", "Signalingeniør",
       S("contact", L("Mobil +45 12 39 56 36"), L("signe.thorsager@example.dk"), L("Klarinetbæk")),
       S("cert", L("Sikkerhedskursus for arbejde i og ved spor (Banedanmark), 2025"),
         L("FSE-kursus (Norge), oktober 2026")),
       S("lic", L("Kørekort: B")),
       S("lang", L("Dansk – modersmål"), L("Engelsk – flydende i skrift og tale"), L("Norsk – forstår")),
       S("profile", "Diplomingeniør i elektroteknologi, der arbejder med sikringsanlæg på fjernbanen. Jeg søger "
                    "job på den norske side."),
       S("exp",
         I("03.2024 – nu", "Signalingeniør / signaltekniker, Oboelev Jernbanesignal A/S",
           "Test og idriftsættelse af ETCS- og relæsikringsanlæg"),
         I("2019 – 02.2024", "Elektroingeniør, Violinrup Forsyning (eldistribution)"),
         I("02.2018 – 06.2018", "Ingeniørpraktik, signalafdelingen, Oboelev Jernbanesignal A/S")),
       S("edu", I("2015 – 2019", "Diplomingeniør i elektroteknologi (bachelor, 210 ECTS), Klarinetbæk "
                                 "Ingeniørhøjskole")),
       order="right-first"),
    cv("halvor-myrstad.docx", "nn", "docx", "dates-after", "UUMMNUMX",
       "'Sikkerheitskurs for arbeid i og ved spor (Bane NOR), 2024, gyldig til 2027', 'FSE-kurs, januar 2026', "
       "'Norsk (morsmål)'; but the signalling trade test is only 'planlagt mars 2027' (a 'Fagbrev som elektrikar' "
       "is neither), the signalling work is an apprenticeship, 'Førarkort: har ikkje', and English is listed "
       "without a level ('Norsk (morsmål), engelsk')",
       "Halvor Myrstad", "Lærling, signalmontør",
       S("contact", L("Tlf. 123 86 412"), L("halvor.myrstad@example.no"), L("Lyrevik")),
       S("profile", "Elektrikar som har bytt spor og no er lærling i signalmontørfaget. Fagprøva tek eg i mars "
                    "2027."),
       S("exp",
         I("09.2024 – d.d.", "Lærling i signalmontørfaget, Trommeli Signal & Rail AS"),
         I("2016 – 2024", "Elektrikar, Lyrevik Elektro AS", "Bustad- og næringsinstallasjonar")),
       S("edu", I("2024 – 2027", "Fagbrev som signalmontør – fagprøve planlagt mars 2027"),
         I("2016", "Fagbrev som elektrikar")),
       S("cert", L("Sikkerheitskurs for arbeid i og ved spor (Bane NOR), 2024, gyldig til 2027"),
         L("FSE-kurs, januar 2026")),
       S("lic", L("Førarkort: har ikkje")),
       S("lang", L("Norsk (morsmål), engelsk"))),
)


# ===========================================================================
# 6. nb: Sokneprest
# ===========================================================================

job(
    "sokneprest", "Sokneprest i Harpemo sokn – Lyrevik prosti, Den norske kirke (fast 100 %)", "nb", "parish priest",
    [
        ("Teologisk embetseksamen (cand.theol.) eller master i teologi", "education"),
        ("Fullført praktisk-teologisk utdanning", "education"),
        ("Ordinert prest i Den norske kirke", "authorisation"),
        ("Minst to års erfaring som prest i menighet", "experience"),
        ("Førerkort klasse B – soknet er langstrakt", "driving_licence"),
        ("Svært god muntlig og skriftlig fremstillingsevne på norsk", "language"),
        ("Tilfredsstillende politiattest må legges fram før tiltredelse", "manual"),
    ],
    cv("torunn-hegglund.pdf", "nb", "pdf", "two-column", "MMMMMMX",
       "'Cand.theol., Det teologiske fakultet, Universitetet i Lyrevik', 'Praktisk-teologisk utdanning (PTU), 60 "
       "studiepoeng', 'Ordinert til prest i Den norske kirke, Fløytestad domkirke 2011', 'Sokneprest, Trommeli "
       "sokn' since '2017 – d.d.', 'Førerkort klasse B', 'Norsk – morsmål (bokmål og nynorsk)'",
       "Torunn Hegglund", "Sokneprest",
       S("contact", L("Mobil 123 86 413"), L("torunn.hegglund@example.no"), L("Trommeli")),
       S("lic", L("Førerkort klasse B")),
       S("lang", L("Norsk – morsmål (bokmål og nynorsk)"), L("Engelsk – godt"), L("Tysk – litt")),
       S("profile", "Sokneprest med femten års erfaring fra by- og bygdemenigheter. Glad i gudstjenestelivet, "
                    "sjelesorg og trosopplæring."),
       S("exp",
         I("2017 – d.d.", "Sokneprest, Trommeli sokn", "Gudstjenester, kirkelige handlinger, sjelesorg og "
                                                       "konfirmantarbeid"),
         I("2011 – 2017", "Kapellan, Fløytestad domkirkemenighet")),
       S("edu", I("2004 – 2010", "Cand.theol., Det teologiske fakultet, Universitetet i Lyrevik"),
         I("2010 – 2011", "Praktisk-teologisk utdanning (PTU), 60 studiepoeng")),
       S("auth", L("Ordinert til prest i Den norske kirke, Fløytestad domkirke 2011")),
       order="rows"),
    cv("johan-vallinder.docx", "sv", "docx", "one-column", "MMUMMUX",
       "a Swede: 'Teologie masterexamen (120 hp)', 'Pastoralutbildning, Svenska kyrkans utbildningsinstitut (ett "
       "år)' (the Swedish counterpart of PTU), priest since 2013 ('Komminister, Basunsjö församling', then "
       "'Kyrkoherde, Orgelhamns församling'), 'Körkort B'; but 'Prästvigd i Svenska kyrkan' is not shown to be "
       "recognised in Den norske kirke, and 'Norska – förstår bra' says nothing about speaking or writing",
       "Johan Vallinder", "Kyrkoherde",
       S("contact", L("Tel. 0980-417 306"), L("johan.vallinder@example.se"), L("Orgelhamn")),
       S("profile", "Präst i Svenska kyrkan sedan 2013, nu kyrkoherde. Min fru har fått arbete i Harpemo och vi "
                    "flyttar till Norge."),
       S("exp",
         I("2019 – nu", "Kyrkoherde, Orgelhamns församling", "Gudstjänster, förrättningar och arbetsledning"),
         I("2013 – 2019", "Komminister, Basunsjö församling", "Gudstjänster, dop, vigslar, begravningar och "
                                                              "konfirmandarbete")),
       S("edu", I("2010 – 2012", "Teologie masterexamen (120 hp), Orgelhamns universitet"),
         I("2012 – 2013", "Pastoralutbildning, Svenska kyrkans utbildningsinstitut (ett år)")),
       S("auth", L("Prästvigd i Svenska kyrkan, Orgelhamns domkyrka 2013")),
       S("lic", L("Körkort B")),
       S("lang", L("Svenska – modersmål"), L("Norska – förstår bra"), L("Engelska – mycket god"))),
    cv("aslak-tverrbakk.txt", "nn", "txt", "no-headings", "UUNUMMX",
       "prose without headings: 'Førarkort klasse B har eg hatt sidan 2017', 'Norsk er morsmålet mitt, og eg "
       "skriv både nynorsk og bokmål'; but the theology degree is unfinished ('Eg ventar å vere ferdig i juni "
       "2027') with the practical-theological part still ahead, 'Eg er ikkje ordinert enno', and the church work "
       "is as a youth worker and an eight-week student placement",
       "Aslak Tverrbakk", "Teologistudent",
       S("contact", "Aslak Tverrbakk · tlf. 123 86 414 · aslak.tverrbakk@example.no · Harpemo"),
       S("profile", "Eg er 27 år og studerer teologi (profesjonsstudiet) ved Universitetet i Lyrevik. Eg ventar å "
                    "vere ferdig i juni 2027, og den praktisk-teologiske delen tek eg siste studieåret."),
       S("exp", "Sidan 2022 har eg jobba som ungdomsarbeidar i Harpemo sokn (deltid, 40 %), med konfirmantleir, "
                "ungdomsklubb og leiartrening.",
         "Hausten 2025 hadde eg praksis som prestestudent i Trommeli sokn i åtte veker."),
       S("other", "Eg er ikkje ordinert enno, men ønskjer ordinasjon når studiet er fullført.",
         "Førarkort klasse B har eg hatt sidan 2017.",
         "Norsk er morsmålet mitt, og eg skriv både nynorsk og bokmål.")),
    cv("marit-stavang.pdf", "en", "pdf", "right-dates", "MMMMMMX",
       "written in English: 'Master of Theology (profesjonsstudium i teologi)', 'Practical theological education "
       "(PTU), 60 ECTS', 'Ordained in the Church of Norway, Lyrevik Cathedral, August 2016', priest since 'Sep "
       "2016' (abroad, then 'Parish priest (sokneprest), Fløytestad parish, Church of Norway'), 'Driving "
       "licence: class B', 'Norwegian – native'",
       "Marit Stavang", "Parish priest (sokneprest)",
       S("contact", L("Mobile +47 123 86 415"), L("marit.stavang@example.no"), L("Fløytestad, Norway")),
       S("profile", "Parish priest in the Church of Norway since 2016, four of those years in a Norwegian "
                    "congregation abroad."),
       S("exp",
         I("Aug 2020 – present", "Parish priest (sokneprest), Fløytestad parish, Church of Norway",
           "Services, baptisms, funerals, pastoral care and confirmation classes"),
         I("Sep 2016 – Jul 2020", "Priest, Norwegian congregation in Tubabury, UK (Church of Norway abroad)")),
       S("edu", I("2009 – 2015", "Master of Theology (profesjonsstudium i teologi), University of Harpemo"),
         I("2015 – 2016", "Practical theological education (PTU), 60 ECTS")),
       S("auth", L("Ordained in the Church of Norway, Lyrevik Cathedral, August 2016")),
       S("lic", L("Driving licence: class B")),
       S("lang", L("Norwegian – native"), L("English – fluent")),
       date_first=True),
    cv("lauritz-brondum.docx", "da", "docx", "table", "MMUMMMX",
       "a Dane: 'Cand.theol., Oboelev Universitet', 'Pastoralseminariet, Oboelev' (the Danish counterpart of PTU), "
       "'Sognepræst, Klarinetbæk Sogn (Folkekirken)' since '2012 – nu', 'Kørekort: B', 'Norsk – C1 mundtligt og "
       "skriftligt (Norskprøven 2025)'; but 'Ordineret i Folkekirken' is not shown to be recognised in Den norske "
       "kirke",
       "Lauritz Brøndum", "Sognepræst",
       S("contact", L("Mobil +45 12 39 56 37"), L("lauritz.brondum@example.dk"), L("Klarinetbæk")),
       S("profile", "Dansk sognepræst gennem fjorten år. Min familie flytter til Harpemo i 2027, og jeg har "
                    "lært norsk til C1."),
       S("exp",
         I("2012 – nu", "Sognepræst, Klarinetbæk Sogn (Folkekirken)",
           "Gudstjenester, kirkelige handlinger, sjælesorg og konfirmandundervisning")),
       S("edu", I("2004 – 2011", "Cand.theol., Oboelev Universitet"),
         I("2011 – 2012", "Pastoralseminariet, Oboelev")),
       S("auth", L("Ordineret i Folkekirken, Oboelev Domkirke 2012")),
       S("lic", L("Kørekort: B")),
       S("lang", L("Dansk – modersmål"), L("Norsk – C1 mundtligt og skriftligt (Norskprøven 2025)"),
         L("Engelsk – godt"))),
)


# --------------------------------------------------------------------------
# The README's closing sections, written by hand
# --------------------------------------------------------------------------

HARD_CASES = [
    "### Hard cases, on purpose",
    "",
    "Education: a bachelor in vernepleie, a Swedish socionomexamen, a Danish professionsbachelor",
    "som pædagog and a barnevernspedagog degree that ends in June 2027 against \"bachelorgrad i",
    "helse- og sosialfag\"; a Norwegian master in fiskehelse, a Swedish master in akvatisk",
    "djurhälsa, a British MSc in aquatic animal health and an integrated master \"ferdig juni 2027\";",
    "an operator's spårvagnsförarutbildning, a Norwegian trikkeførerutdanning, a Danish",
    "letbaneføreruddannelse and a tram training \"in progress, final test January 2027\"; a Danish",
    "svendebrev as kloakrørlægger (in Danish and in English) and a Norwegian fagbrev as",
    "anleggsrørlegger; a fagbrev as signalmontør, a Swedish högskoleingenjör and a Danish",
    "diplomingeniør in electrical engineering, a British NVQ level 3 in signalling, and a",
    "signalmontør trade test \"planlagt mars 2027\" next to a fagbrev as elektrikar; cand.theol.,",
    "a Swedish teologie masterexamen, a Danish cand.theol. and an unfinished profesjonsstudium,",
    "with PTU, a Swedish pastoralutbildning and the Danish Pastoralseminariet.",
    "Authorisations and certificates: a fish health authorisation \"applied for in September 2026,",
    "awaiting decision\" and one that comes after the degree; a kloakmester authorisation",
    "\"applied for October 2026, pending\", one after a course \"færdig marts 2027\" and none for a",
    "Norwegian; ordination in Den norske kirke, in Svenska kyrkan and in Folkekirken, and \"Eg er",
    "ikkje ordinert enno\"; TMA against a one-day Danish conflict course and \"TMA har jeg ikke",
    "tatt enda\"; a Norwegian båtførerbevis against a British RYA Powerboat certificate; HLR within",
    "two years (\"2026-04\", \"mars 2025\", \"februar 2026\", \"i oktober i år\") against one from 2021;",
    "the Bane NOR track safety course against a Danish Banedanmark course and a British PTS card",
    "that ran out; FSE within twelve months (\"februar 2026\", \"2026-09\", \"oktober 2026\",",
    "\"januar 2026\"); afmærkning af vejarbejde, \"skiltekursus til vejarbejde\" and the Norwegian",
    "\"Arbeidsvarsling kurs 1\".",
    "Experience: milieu work in a Norwegian youth home, a Swedish HVB-hem and a Danish",
    "opholdssted, two youth jobs that add up to 21 months, and a placement with seven months of",
    "extra shifts; fish health work of nine, six and two years nine months (a master thesis does",
    "not count) against summer jobs; tram, trikk and letbane driving against a bus driver and a",
    "year and a half; kloak work of twenty years against four years eleven months after an",
    "apprenticeship; signalling work of fourteen and eleven years against two years nine months",
    "(a placement and a utility job do not count) and an apprenticeship; priests, komminister,",
    "kyrkoherde and sognepræst against a youth worker and an eight-week student placement.",
    "Licences: \"har lappen (klasse B)\"; \"B-körkort sedan minst tre år\" against \"Körkort B (sedan",
    "2010)\", \"B, erhvervet 2003\" and \"körkort B sen 2024\"; BE against \"B og CE\" (CE covers BE),",
    "\"B og BE (trailer)\" and \"B, C1\" (no BE); \"Førarkort: har ikkje\".",
    "Languages: \"Svenska, norska, engelska\" and \"Norsk (morsmål), engelsk\" (no levels); \"Norsk –",
    "læser og forstår\", \"Dansk – forstår godt og leser\", \"Norska – förstår bra\"; \"Norwegian –",
    "basic (A2)\", \"Norwegian – A2\" and \"engelska kan jag lite\" below the level asked for; \"C1 –",
    "taler og skriver flydende\", \"Norsk – C1 mundtligt og skriftligt\"; \"Norwegian, Swedish or",
    "Danish\" met by any of the three.",
    "Dates: \"d.d.\", \"nu\", \"pågående\", \"present\", \"sen maj 2025\", \"sidan 2022\", \"i oktober i år\";",
    "month names and numbers in all five languages (\"08.2021\", \"2018-08\", \"Sep 2016\", \"Jan 2022\",",
    "\"mars 2025\", \"februar 2026\").",
    "Badly written TXT CVs in bokmål, Swedish and Danish, a prose CV without headings in nynorsk,",
    "a Europass DOCX and PDF, table, bold-heading and dates-after DOCX, a dates-after PDF,",
    "right-aligned dates (two CVs with them written first in the stream), and all three column",
    "orders.",
    "",
    "### Labelling decisions specific to this set",
    "",
    "The conventions of `eval/README.md` apply. In addition:",
    "",
    "- **Miljøterapeut**: the line asks for any bachelor in health and social care, so a Swedish",
    "  socionomexamen and a Danish professionsbachelor som pædagog (social- og specialpædagogik)",
    "  meet it. Work as behandlingsassistent on a Swedish HVB-hem and as pædagog at a Danish",
    "  opholdssted for unge is milieu work with youth; a placement does not count, extra shifts",
    "  count by calendar time. A one-day conflict course is not shown to match TMA (`unclear`).",
    "  \"Har lappen (klasse B)\" is a licence. \"Svenska, norska, engelska\" lists Norwegian without a",
    "  level (`unclear`).",
    "- **Fiskehelsebiolog**: only Mattilsynet's authorisation counts; applied for is `unclear`. A",
    "  Swedish or British master in aquatic animal health is the same field and level. Work as",
    "  fiskehelsebiolog in settefisk counts, a master thesis and summer jobs of a few months do",
    "  not reach three years. A British RYA certificate is another country's scheme (`unclear`).",
    "  A Scandinavian mother tongue meets the language line; English does not.",
    "- **Spårvagnsförare**: a Norwegian trikkefører and a Danish letbanefører do the same job, and",
    "  their operators' trainings are tram driver trainings. B must be from 2023-11-30 or earlier",
    "  (\"sen 2024\" is too recent, `unclear`); a year alone is read as within or outside as a",
    "  whole year. HLR must be from after 2024-11-30; \"i oktober i år\" is October 2026.",
    "- **Kloakmester**: only a Danish authorisation counts; a course that ends in 2027 or an",
    "  authorisation applied for is `unclear`. A Norwegian fagbrev as anleggsrørlegger is the same",
    "  trade; an apprenticeship is not experience. CE covers BE; C1 does not. The Norwegian",
    "  Arbeidsvarsling course is another country's scheme (`unclear`).",
    "- **Railway signalling technician**: a British NVQ level 3 in signalling is the trade",
    "  qualification; a fagbrev as elektrikar is neither a signalling trade nor an engineering",
    "  degree. Only Bane NOR's course meets line 3 (Danish and British courses are `unclear`). FSE",
    "  must be from after 2025-11-30. \"Norsk (morsmål), engelsk\" gives English no level",
    "  (`unclear`); \"Norwegian – A2\" is `not_met`.",
    "- **Sokneprest**: a Swedish teologie masterexamen and a Danish cand.theol. are the same",
    "  education; a Swedish pastoralutbildning and the Danish Pastoralseminariet are the",
    "  counterparts of PTU. Ordination in Svenska kyrkan or Folkekirken is a foreign",
    "  authorisation, `unclear` until Den norske kirke has recognised it; \"Eg er ikkje ordinert",
    "  enno\" is `not_met`. Komminister, kyrkoherde, kapellan and sognepræst are priests in a",
    "  congregation; a youth worker and a student placement are not.",
    "",
]


# --------------------------------------------------------------------------
# Checks of our own (on top of make_eval.check_data)
# --------------------------------------------------------------------------

EARLIER = (me.JOBS + mh.JOBS + mh2.JOBS + mh3.JOBS + mh4.JOBS + mh5.JOBS + mh6.JOBS + mh7.JOBS + mh8.JOBS
           + mh9.JOBS + mh10.JOBS + mh11.JOBS + mh12.JOBS + mh13.JOBS + mh14.JOBS + mh15.JOBS + mh16.JOBS
           + mh17.JOBS + mh18.JOBS + mh19.JOBS + mh20.JOBS + mh21.JOBS + mh22.JOBS + mh23.JOBS + mh24.JOBS
           + mh25.JOBS + mh26.JOBS)
PHONE = re.compile(r"\+?\d[\d \-]{5,}\d")


def phones(text: str) -> set[str]:
    """Digit strings of phone-like runs (8 digits or more; the last 8 digits, so a country code does not matter)."""
    out = set()
    for m in PHONE.findall(text):
        digits = re.sub(r"\D", "", m)
        if len(digits) >= 8:
            out.add(digits[-8:])
    return out


def check_holdout27() -> None:
    mh.check_blind_set(JOBS, EARLIER, USED_TOWNS, per_job=(5, 5), min_qualified=2)
    # The same person or CV file name must not repeat across jobs either.
    names = [c.name or c.raw.strip().splitlines()[0] for j in JOBS for c in j.cvs]
    assert len(names) == len(set(names)), "a person appears twice"
    files = [c.file for j in JOBS for c in j.cvs]
    assert len(files) == len(set(files)), "a CV file name appears twice"
    # 6 jobs, 30 CVs, 5-8 lines a job (the brief of this set), and not all jobs the same length.
    assert len(JOBS) == 6 and sum(len(j.cvs) for j in JOBS) == 30
    assert all(5 <= len(j.requirements) <= 8 for j in JOBS)
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
    # No job of this set names a profession an earlier set used (REUSED_PROFESSIONS lets named ones
    # through; it is empty for this set, and any name in it must really be an earlier profession).
    earlier_prof = {j.profession.lower() for j in EARLIER}
    for p in REUSED_PROFESSIONS:
        assert p in earlier_prof, f"{p} is not an earlier profession; drop it from REUSED_PROFESSIONS"
        assert p in {j.profession for j in JOBS}, p
    for j in JOBS:
        if j.profession not in REUSED_PROFESSIONS:
            assert j.profession.lower() not in earlier_prof, f"{j.slug}: profession {j.profession} used before"
    assert len({j.profession for j in JOBS}) == len(JOBS), "a profession appears twice"
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
        "# Sikte's twenty-seventh held-out evaluation set",
        "",
        f"{len(JOBS)} fictional jobs and {n_all} fictional CVs, labelled by hand requirement by",
        "requirement, in the same layout and job-file format as `eval/` (see `eval/README.md`",
        "for the format, the label meanings and the labelling conventions). It is the twenty-eighth",
        "labelled set and exists to measure accuracy again on CVs the rules were never tuned on.",
        "It was written blind: without reading Sikte's rules, code, tests, docs or data tables,",
        "without running Sikte on it and without looking at any Sikte output, and no label was",
        "ever set from Sikte's output. The only files read were `eval/README.md` (format, label",
        "meanings, conventions), the script of `eval-holdout26/` (`make_holdout26.py`, as the",
        "template for this script's structure; it also defines the CVs of `eval-holdout26/`) and",
        "the shared code of `make_eval.py`, `make_holdout.py` and `scripts/fixtures/cvlib.py` (the",
        "CV definitions of `eval/` and `eval-holdout/` in the first two were skipped). The scripts",
        "`make_holdout2.py` ... `make_holdout26.py` are imported only to refuse their people, slugs,",
        "towns, e-mail addresses, phone numbers and professions (`make_holdout2.py` ...",
        "`make_holdout25.py` were not read), and no CV folder of an earlier set was opened. Every CV",
        "x requirement is labelled with what a careful, fair Nordic recruiter concludes on",
        f"{TODAY} (the `today` of every job file, which closes open ranges such as \"d.d.\", \"nu\",",
        "\"pågående\" and \"present\").",
        "",
        "Its professions are milieu therapist (miljøterapeut), fish health biologist",
        "(fiskehelsebiolog), tram driver (spårvagnsförare), sewer contractor (autoriseret",
        "kloakmester), railway signalling technician and parish priest (sokneprest in Den norske",
        "kirke). The script's profession check confirms that no earlier set names any of them, so",
        "no profession is let through by name. Keep the set held out: do not tune rules on these",
        "CVs; once a rule changes because of a disagreement found here, the set is no longer held",
        "out, and its figures become a regression check.",
        "",
        "Everything here is invented for Sikte: people, employers, schools, towns",
        f"({TOWNS}), e-mail addresses (`example.*`) and phone numbers (unreal",
        "ranges: `123 86 4xx` in Norway, `0980-417 3xx` in Sweden, `12 39 56 3x` in Denmark and the",
        "UK drama range `07700 900 87x`). Nothing is copied from `/work/shared/corpus`, from the",
        "earlier sets or from any real CV or job ad. Authority, body, scheme, course, test and",
        "product names in CVs and ads (Mattilsynet, Sikkerhedsstyrelsen, Statens vegvesen, Bane NOR,",
        "Banedanmark, FSE, PTS, ETCS, NVQ, RYA, TMA, HVB, ADK1, PTU, Pastoralseminariet, Svenska",
        "kyrkan, Folkekirken, Den norske kirke, Norskprøven, HLR) are named as real ads and CVs name",
        "them.",
        "Licence: the same as the project (MIT OR Apache-2.0).",
        "",
        "The format is the one of `eval/`, so Sikte's evaluator reads this folder as it reads",
        "`eval/`; report its figures for each set separately.",
        "",
        "## Regenerate, never edit",
        "",
        "```sh",
        f"python3 {SCRIPT}            # (re)writes eval-holdout27/, removes stale files",
        f"python3 {SCRIPT} --verify   # generates twice elsewhere: byte-identical, and eval-holdout27/ fresh?",
        "```",
        "",
    ]
    extra = [
        "It also refuses an e-mail address or phone number that an earlier set's CVs use, a town of",
        "this set that an earlier set's CVs mention, a profession an earlier set names, and a stray",
        "single quote in a `why`.",
        "",
    ]
    return "\n".join(out + mh.script_paragraph(27) + extra + mh.jobs_and_figures(JOBS, HARD_CASES))


# --------------------------------------------------------------------------
# Writing and checking
# --------------------------------------------------------------------------


def main(argv: list[str]) -> int:
    check_holdout27()
    return mh.run_set(argv, OUT, JOBS, SCRIPT, readme, __doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
