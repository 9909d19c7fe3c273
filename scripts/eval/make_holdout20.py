#!/usr/bin/env python3
"""Write Sikte's twentieth held-out evaluation set: eval-holdout20/README.md, jobs/<job>.toml, cvs/<job>/<file>.

    python3 scripts/eval/make_holdout20.py            # (re)write eval-holdout20/
    python3 scripts/eval/make_holdout20.py --verify   # generate twice in temporary folders and check both
                                                      # runs and eval-holdout20/ are byte-identical

A twenty-first labelled set in the same layout and job-file format as eval/ and
eval-holdout/ ... eval-holdout19/, so that accuracy can be measured on CVs the
rules were never tuned on. Six fictional jobs in professions that no earlier
set uses (lifeguard nb, fishing vessel skipper nn, train conductor sv, wind
turbine technician da, drone pilot en, sterile services technician sv) with
6-7 requirement lines each, and 5 fictional CVs per job in TXT, DOCX and PDF
(one and two columns), in bokmål, nynorsk, Swedish, Danish and English.

The set was written blind: without reading Sikte's rules, code, tests, docs or
data tables, without running Sikte on it and without looking at any Sikte
output. Of the earlier sets only make_holdout19.py was read, as the template
for this script's structure, with the shared code of make_eval.py,
make_holdout.py and scripts/fixtures/cvlib.py, and eval/README.md for the
format and the labelling conventions (make_holdout19.py also defines the CVs
of eval-holdout19/; the CV definitions in make_eval.py and make_holdout.py
were skipped); make_holdout2.py ... make_holdout18.py were not read, nor the
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
eval-holdout/, ..., eval-holdout19/, any e-mail address or phone number that
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
from make_eval import CV, I, KV, L, S, cv  # noqa: E402

cvlib = me.cvlib
ROOT = me.ROOT
OUT = os.path.join(ROOT, "eval-holdout20")
SCRIPT = "scripts/eval/make_holdout20.py"
# The day this set is judged on, written into every job file. make_eval.job_toml reads
# make_eval.TODAY, so it is set there too (only in this process).
TODAY = "2026-11-28"
me.TODAY = TODAY

# Towns of eval/ and eval-holdout/ ... eval-holdout19/; none may appear here.
USED_TOWNS = mh19.USED_TOWNS + mh19.OWN_TOWNS
# The invented towns of this set; an earlier set's CVs must not mention them either.
OWN_TOWNS = ("Brasmevika", "Kobbeneset", "Lomvihamn", "Krykkjeberg", "Steinbitvåg", "Lakeström", "Sutarp",
             "Braxenholm", "Mörtsjöås", "Ålekær", "Hornfiskeby", "Skrubberup", "Knurhanesø", "Oostvlieringen",
             "Kranichsfelde", "Kilbrannagh", "Kestlebury")
TOWNS = "Brasmevika, Kobbeneset, Lomvihamn, Krykkjeberg and Steinbitvåg in Norway; Lakeström, Sutarp, " \
        "Braxenholm and Mörtsjöås in Sweden; Ålekær, Hornfiskeby, Skrubberup and Knurhanesø in Denmark; " \
        "Oostvlieringen, Kranichsfelde, Kilbrannagh and Kestlebury abroad"

JOBS: list[me.Job] = []


def job(slug, title, lang, profession, reqs: list[tuple[str, str]], *cvs: CV) -> None:
    JOBS.append(me.Job(slug, title, lang, profession, [r for r, _ in reqs], [k for _, k in reqs], list(cvs)))


# ===========================================================================
# 1. nb: Badevakt
# ===========================================================================

job(
    "badevakt", "Badevakt til Brasmevika bad – fast stilling 80 %", "nb", "lifeguard",
    [
        ("Fullført videregående opplæring", "education"),
        ("Bestått livredningsprøve for svømmehall, avlagt i løpet av de siste 12 månedene", "certificate"),
        ("Kurs i førstehjelp og hjerte-lunge-redning (HLR) med hjertestarter", "certificate"),
        ("Minst ett års erfaring som badevakt, livredder eller bademester", "experience"),
        ("Erfaring med svømmeopplæring for barn", "must_mention"),
        ("Gode norskkunnskaper, muntlig og skriftlig", "language"),
        ("Politiattest må fremlegges før tiltredelse", "manual"),
    ],
    cv("mia-kobberstad.docx", "nb", "docx", "one-column", "MMMMMMX",
       "'Vitnemål fra videregående skole, idrettsfag', 'Livredningsprøve for svømmehall, bestått mars 2026' (within "
       "twelve months), 'Kurs i førstehjelp og HLR med hjertestarter, mai 2025', badevakt since 'aug. 2021 – d.d.', "
       "'Svømmeopplæring for barn i 1.–4. klasse', 'Norsk – morsmål'",
       "Mia Kobberstad Sæther", "Badevakt og svømmeinstruktør",
       S("contact", L("Mobil 123 62 301"), L("mia.kobberstad@example.no"), L("Brasmevika")),
       S("profile", "Badevakt med fem års erfaring fra svømmehall. Jeg liker å lære barn å bli trygge i vannet, "
                    "og jeg holder roen når det skjer noe."),
       S("exp",
         I("aug. 2021 – d.d.", "Badevakt, Brasmevika bad",
           "Vakthold i basseng, førstehjelp og kontroll av vannkvalitet",
           "Svømmeopplæring for barn i 1.–4. klasse, to kvelder i uka"),
         I("2019 – 2021", "Butikkmedarbeider, Brasmevika Sport")),
       S("edu", I("2016 – 2019", "Vitnemål fra videregående skole, idrettsfag, Brasmevika videregående skole")),
       S("cert", L("Livredningsprøve for svømmehall, bestått mars 2026"),
         L("Kurs i førstehjelp og HLR med hjertestarter, mai 2025")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – godt"))),
    cv("eirik-nesheim.txt", "nn", "txt", "badly-written", "MUMUMMX",
       "badly written nynorsk: 'gjekk ut frå vidaregåande i 2022' is a finished upper secondary school, 'hlr-kurs "
       "med hjartestartar og førstehjelp', 'hjelpte til med symjeopplæringa for småskulen', 'norsk er morsmålet "
       "mitt'; but 'livredningsprøva tok eg i fjor sommar' (summer 2025) is more than twelve months ago, and three "
       "summers as a summer temp 'frå juni til midten av august' add up to about seven and a half months",
       raw="""
Eirik Nesheim
eirik.nesheim@example.no / 123 62 302
Kobbeneset

hei!
eg søkjer jobben som badevakt
gjekk ut frå vidaregåande i 2022 (studiespesialisering)
har vore sommarvikar som badevakt på friluftsbadet i Kobbeneset tre somrar, frå juni til midten av august
livredningsprøva tok eg i fjor sommar
har hatt hlr-kurs med hjartestartar og førstehjelp i vår
hjelpte til med symjeopplæringa for småskulen kvar vår
norsk er morsmålet mitt
"""),
    cv("elsa-nordvinge.pdf", "sv", "pdf", "two-column", "MUMMMNX",
       "a Swede: 'Gymnasieexamen, Naturvetenskapsprogrammet' is a finished upper secondary school, badvakt since "
       "'2016 – nu', 'Simundervisning för barn 6–10 år', 'HLR med hjärtstartare och första hjälpen, 2025'; but the "
       "'Simhallsprov i livräddning (Svenska Livräddningssällskapet), april 2026' is the test of another country, and "
       "'Norska – grundläggande' is below good Norwegian",
       "Elsa Nordvinge", "Badvakt och simlärare",
       S("contact", L("Tel. +46 980 352 701"), L("elsa.nordvinge@example.se"), L("Lakeström, Sverige")),
       S("cert", L("Simhallsprov i livräddning (Svenska Livräddningssällskapet), april 2026"),
         L("HLR med hjärtstartare och första hjälpen, 2025")),
       S("lang", L("Svenska – modersmål"), L("Norska – grundläggande"), L("Engelska – god")),
       S("profile", "Badvakt och simlärare som flyttar till Norge i vår. Trygg i vattnet och van vid stora "
                    "barngrupper."),
       S("exp",
         I("2016 – nu", "Badvakt och simlärare, Lakeströms simhall",
           "Livräddning och övervakning i simhall", "Simundervisning för barn 6–10 år, alla simskolans nivåer")),
       S("edu", I("2011 – 2014", "Gymnasieexamen, Naturvetenskapsprogrammet, Sutarps gymnasium")),
       order="left-first"),
    cv("torunn-hjelmeland.pdf", "nn", "pdf", "right-dates", "MMMMMMX",
       "nynorsk: 'Vidaregåande skule, studiespesialisering, vitnemål 2012', 'Livredningsprøve for symjehall, bestått "
       "14.09.2026', 'Førstehjelp og HLR med hjartestartar, oppfriska 2024', bademester since '2015 – d.d.' and "
       "badevakt before, 'Symjeopplæring for born i 1.–4. klasse', 'Norsk – morsmål'",
       "Torunn Hjelmeland", "Bademester",
       S("contact", L("Tlf. 123 62 303"), L("torunn.hjelmeland@example.no"), L("Lomvihamn")),
       S("profile", "Bademester med elleve år i symjehall. Eg har ansvar for opplæring av nye badevakter og "
                    "for tryggleiken i bassenga."),
       S("exp",
         I("2015 – d.d.", "Bademester, Lomvihamn symjehall",
           "Ansvar for vaktlista og opplæring av badevakter",
           "Symjeopplæring for born i 1.–4. klasse og babysymjing"),
         I("2012 – 2015", "Badevakt (deltid), Lomvihamn symjehall")),
       S("edu", I("2009 – 2012", "Vidaregåande skule, studiespesialisering, vitnemål 2012")),
       S("cert", L("Livredningsprøve for symjehall, bestått 14.09.2026"),
         L("Førstehjelp og HLR med hjartestartar, oppfriska 2024")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – godt")),
       date_first=True),
    cv("joost-van-leersum.txt", "en", "txt", "one-column", "MMMUMMX",
       "a Dutchman: a 'VWO diploma (Dutch upper secondary school)' is a finished upper secondary school, 'Norwegian "
       "pool lifeguard test (livredningsprøve), passed 02/2026', 'First aid with CPR and AED, 2025', 'Swimming "
       "lessons for beginners', 'Norwegian – C1 (Norskprøven 2025)'; but lifeguard only since '01/2026 – present' "
       "(ten months; coaching a swimming club is not lifeguard work)",
       "Joost van Leersum", "Lifeguard and swimming coach",
       S("contact", L("Tel. +47 123 62 304"), L("joost.vanleersum@example.nl"), L("Steinbitvåg, Norway")),
       S("profile", "Dutch swimming coach living in Norway since 2024. Calm, punctual and used to large groups of "
                    "children."),
       S("exp",
         I("01/2026 – present", "Lifeguard (weekends), Steinbitvåg swimming pool"),
         I("2024 – 2025", "Warehouse assistant, Steinbitvåg Engros AS"),
         I("2020 – 2024", "Swimming coach, children aged 6–12, Oostvlieringen Swimming Club, Netherlands",
           "Swimming lessons for beginners and diploma groups")),
       S("edu", I("2013 – 2019", "VWO diploma (Dutch upper secondary school), Oostvlieringen")),
       S("cert", L("Norwegian pool lifeguard test (livredningsprøve), passed 02/2026"),
         L("First aid with CPR and AED, 2025")),
       S("lang", L("Dutch – native"), L("Norwegian – C1 (Norskprøven 2025)"), L("English – fluent"))),
)


# ===========================================================================
# 2. nn: Skipper på snurrevadbåt
# ===========================================================================

job(
    "fiskeskipper", "Skipper på snurrevadbåt i kystflåten, Krykkjeberg – fast stilling", "nn",
    "fishing vessel skipper",
    [
        ("Dekksoffisersertifikat klasse 5 (D5) eller høgare", "certificate"),
        ("Grunnleggjande sikkerheitsopplæring (STCW) med gyldig oppfriskingskurs", "certificate"),
        ("Minst tre års erfaring frå fiske, av dette minst eitt år som skipper eller styrmann", "experience"),
        ("Erfaring med snurrevadfiske", "must_mention"),
        ("Gyldig helseerklæring for arbeidstakarar på skip", "certificate"),
        ("Gode norskkunnskapar, munnleg og skriftleg", "language"),
        ("Du må kunne vere om bord i periodar på opptil tre veker", "manual"),
    ],
    cv("arnfinn-vassbotn.docx", "nn", "docx", "table", "MMMMMMX",
       "'Dekksoffisersertifikat klasse 4 (D4), 2015' is higher than D5, 'oppfriskingskurs mars 2024', skipper since "
       "'2018 – d.d.' after years as styrmann and fiskar, 'Snurrevadfiske etter torsk, hyse og sei', 'Helseerklæring "
       "for sjøfolk, gyldig til august 2027', 'Norsk – morsmål'",
       "Arnfinn Vassbotn Rønnevik", "Skipper",
       S("contact", L("Mobil 123 62 305"), L("arnfinn.vassbotn@example.no"), L("Krykkjeberg")),
       S("profile", "Skipper med tjue år på sjøen, dei siste åtte som skipper på snurrevadbåt. Eg held orden om "
                    "bord og kjenner kysten godt."),
       S("exp",
         I("2018 – d.d.", "Skipper, M/S Krykkjebergfisk",
           "Snurrevadfiske etter torsk, hyse og sei langs kysten",
           "Ansvar for mannskap på fem, fangstdagbok og kvoteplanlegging"),
         I("2013 – 2018", "Styrmann, M/S Steinbitvåg Senior"),
         I("2006 – 2013", "Fiskar og matros, M/S Steinbitvåg Senior")),
       S("edu", I("2011 – 2013", "Dekksoffiser, maritim fagskule, Krykkjeberg maritime fagskule")),
       S("cert", L("Dekksoffisersertifikat klasse 4 (D4), 2015"),
         L("Grunnleggjande sikkerheitsopplæring, oppfriskingskurs mars 2024"),
         L("Helseerklæring for sjøfolk, gyldig til august 2027")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – brukbart"))),
    cv("kjetil-ramsvik.txt", "nb", "txt", "badly-written", "MMMMMMX",
       "badly written bokmål, but complete: 'tok D5 på fagskolen i 2019', the safety course 'fornyet det i 2023', "
       "crew on a 'snurrevadbåt fra 2009' and 'styrmann på samme båt fra 2020 til nå', 'helseerklæringen fornyet i "
       "sommer, gjelder 2 år', 'norsk er morsmål'",
       raw="""
Kjetil Ramsvik
tlf 123 62 306
kjetil.ramsvik@example.no
bor i Steinbitvåg

Hei. Søker som skipper.
Har fisket siden jeg var 16, fast mannskap på snurrevadbåt fra 2009 og styrmann på samme båt fra 2020 til nå
tok D5 på fagskolen i 2019
grunnleggende sikkerhetskurs tok jeg 2009 og fornyet det i 2023
helseerklæringen fornyet i sommer, gjelder 2 år
norsk er morsmål
"""),
    cv("mads-hvidtfeldt.pdf", "da", "pdf", "right-dates", "UMMMMNX",
       "a Dane: 'Snurrevodsfiskeri i Nordsøen og Skagerrak' as styrmand since '2017 – nu' and fisher before, "
       "'Sikkerhedskursus (STCW Basic Safety), opfrisket 2023', 'Helbredsbevis for søfarende (STCW), gyldigt til "
       "2027'; but 'Fiskeskipper af 3. grad, Søfartsstyrelsen, 2016' is a Danish certificate whose Norwegian "
       "endorsement is only applied for ('Norsk påtegning søgt oktober 2026'), and 'Norsk – læser og taler godt, "
       "skriver lidt' is below good written Norwegian",
       "Mads Hvidtfeldt Krogh", "Styrmand / fiskeskipper",
       S("contact", L("Mobil +45 12 36 98 41"), L("mads.krogh@example.dk"), L("Hornfiskeby, Danmark")),
       S("cert", L("Fiskeskipper af 3. grad, Søfartsstyrelsen, 2016"),
         L("Norsk påtegning søgt oktober 2026 (under behandling)"),
         L("Sikkerhedskursus (STCW Basic Safety), opfrisket 2023"),
         L("Helbredsbevis for søfarende (STCW), gyldigt til 2027")),
       S("lang", L("Dansk – modersmål"), L("Norsk – læser og taler godt, skriver lidt")),
       S("profile", "Fisker fra Hornfiskeby med tyve år i snurrevodsfiskeriet. Jeg søger skipperjob i Norge, "
                    "hvor min familie har båd."),
       S("exp",
         I("2017 – nu", "Styrmand, HF 212 Hornfiskeby",
           "Snurrevodsfiskeri i Nordsøen og Skagerrak", "Vagtchef og ansvar for fangstbehandling"),
         I("2006 – 2017", "Fisker, HF 118 Hornfiskeby")),
       S("edu", I("2014 – 2016", "Fiskeskipperuddannelsen, Hornfiskeby Fiskeriskole")),
       date_first=True),
    cv("havard-myklebust.txt", "nn", "txt", "no-headings", "UMMMMMX",
       "no headings: crew from '2015 – 2021' and skipper since '2021 – d.d.', 'Snurrevad, line og garn', "
       "'Grunnleggjande sikkerheitsopplæring, 2015, oppfrisking 2025', 'Helseerklæring gyldig til 06.2028', "
       "'norsk (morsmål)'; but 'Dekksoffisersertifikat klasse 6 (D6), 2021' is a lower class than D5",
       "Håvard Steinsland Myklebust", "Skipper / fiskar",
       S("contact", "havard.myklebust@example.no · 123 62 307 · Lomvihamn"),
       S("exp",
         I("2021 – d.d.", "Skipper, M/S Lomviodden (14,9 meter)", "Snurrevad, line og garn, fire mann om bord"),
         I("2015 – 2021", "Mannskap, M/S Lomvihamn Kyst", "Snurrevad, line og garn")),
       S("edu", I("2013 – 2015", "Vidaregåande, naturbruk, fiske og fangst")),
       S("cert", L("Dekksoffisersertifikat klasse 6 (D6), 2021"),
         L("Grunnleggjande sikkerheitsopplæring, 2015, oppfrisking 2025"),
         L("Helseerklæring gyldig til 06.2028")),
       S("other", L("Språk: norsk (morsmål), engelsk (godt)"))),
    cv("synnove-flatoy.pdf", "nn", "pdf", "two-column", "MMMMMMX",
       "'D5, utferda 2016', 'Grunnleggjande sikkerheitsopplæring, oppfriska november 2022' (valid five years), "
       "skipper since 'mai 2019 – d.d.' and styrmann before, 'Snurrevad etter torsk og hyse', 'Helseerklæring for "
       "arbeidstakarar på skip, gyldig til 2027-03', 'Norsk – morsmål'",
       "Synnøve Flatøy", "Skipper",
       S("contact", L("Tlf. 123 62 308"), L("synnove.flatoy@example.no"), L("Krykkjeberg")),
       S("profile", "Eg har vakse opp om bord i fiskebåten til familien og tok over som skipper då far min gjekk "
                    "av. No vil eg prøve meg i eit større reiarlag."),
       S("exp",
         I("mai 2019 – d.d.", "Skipper, M/S Flatøyværing", "Snurrevad etter torsk og hyse, garn om vinteren"),
         I("2010 – april 2019", "Styrmann og mannskap, M/S Flatøyværing")),
       S("edu", I("2008 – 2010", "Fagskule, dekksoffiser, Krykkjeberg maritime fagskule")),
       S("cert", L("D5, utferda 2016"), L("Grunnleggjande sikkerheitsopplæring, oppfriska november 2022"),
         L("Helseerklæring for arbeidstakarar på skip, gyldig til 2027-03")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – godt")),
       order="right-first"),
)


# ===========================================================================
# 3. sv: Tågvärd
# ===========================================================================

job(
    "tagvard", "Tågvärd till fjärrtåg – Lakeström (tillsvidareanställning)", "sv", "train conductor",
    [
        ("Genomförd tågvärdsutbildning (YH) eller motsvarande utbildning för ombordpersonal", "education"),
        ("Minst ett års erfarenhet som tågvärd, konduktör eller tågmästare", "experience"),
        ("Erfarenhet av biljettkontroll och försäljning ombord", "must_mention"),
        ("Giltigt HLR-intyg (högst två år gammalt)", "certificate"),
        ("God svenska och engelska i tal och skrift", "language"),
        ("Du kan arbeta oregelbundna tider, kvällar och helger", "manual"),
    ],
    cv("sara-odmark.docx", "sv", "docx", "dates-after", "MMMMMX",
       "'Tågvärdsutbildning, YH 30 veckor', tågvärd since '2018-08 – nu', 'Biljettkontroll och försäljning av "
       "biljetter ombord', 'HLR vuxen med hjärtstartare, förnyad 2025-09', 'Svenska – modersmål', 'Engelska – god i "
       "tal och skrift'",
       "Sara Ljungqvist Ödmark", "Tågvärd",
       S("contact", L("Tel. 0980-352 702"), L("sara.odmark@example.se"), L("Sutarp")),
       S("profile", "Tågvärd sedan åtta år, mest på fjärrtåg mellan Lakeström och kusten. Lugn i störningslägen "
                    "och van vid fulla tåg."),
       S("exp",
         I("2018-08 – nu", "Tågvärd, Norrbanans Fjärrtåg AB",
           "Biljettkontroll och försäljning av biljetter ombord",
           "Information till resenärer vid störningar, ansvar vid utrymning"),
         I("2015 – 2018", "Butikssäljare, Sutarps Bokhandel")),
       S("edu", I("2017 – 2018", "Tågvärdsutbildning, YH 30 veckor, Sutarps yrkeshögskola")),
       S("cert", L("HLR vuxen med hjärtstartare, förnyad 2025-09")),
       S("lang", L("Svenska – modersmål"), L("Engelska – god i tal och skrift"))),
    cv("vegard-tveit.pdf", "nb", "pdf", "two-column", "MMMUMX",
       "a Norwegian: 'Konduktørutdanning (intern, 14 uker)' is an equivalent training for on-board staff, konduktør "
       "since '2012 – d.d.', 'Billettkontroll og billettsalg om bord', 'Svensk – flytende muntlig og skriftlig' and "
       "'Engelsk – godt muntlig og skriftlig'; but 'HLR-kurs, 2021' is more than two years old",
       "Vegard Solhaug Tveit", "Konduktør",
       S("contact", L("Mobil +47 123 62 309"), L("vegard.tveit@example.no"), L("Brasmevika, Norge")),
       S("cert", L("HLR-kurs, 2021")),
       S("lang", L("Norsk – morsmål"), L("Svensk – flytende muntlig og skriftlig"),
         L("Engelsk – godt muntlig og skriftlig")),
       S("profile", "Konduktør med fjorten år om bord. Jeg flytter til Sverige og søker fast stilling i "
                    "fjerntrafikk."),
       S("exp",
         I("2012 – d.d.", "Konduktør, Kobbeneset Togselskap AS",
           "Billettkontroll og billettsalg om bord", "Ansvar for sikkerhet og informasjon ved avvik")),
       S("edu", I("2012", "Konduktørutdanning (intern, 14 uker), Kobbeneset Togselskap AS")),
       order="rows"),
    cv("linnea-fagervall.txt", "sv", "txt", "badly-written", "MUMMMX",
       "badly written: 'gick tågvärdsutbildningen på YH i vintras', 'kollar biljetter och säljer biljetter ombord', "
       "'hlr-kurs i januari i år', 'engelska pratar och skriver jag bra'; but tågvärd only 'sen mars 2026' (eight "
       "months; the shop job before is not work on board)",
       raw="""
Linnea Fagervall
linnea.fagervall@example.se
0980-352 703
Braxenholm

hej jag söker jobbet som tågvärd
gick tågvärdsutbildningen på YH i vintras och har jobbat som tågvärd sen mars 2026 på regionaltågen
innan dess jobbade jag i kassan på en mataffär i fyra år (tror det är bra erfarenhet)
kollar biljetter och säljer biljetter ombord, har även hand om bistron
hlr-kurs i januari i år
svenska är mitt modersmål och engelska pratar och skriver jag bra
"""),
    cv("callum-fairweather.docx", "en", "docx", "europass", "MMMMNX",
       "a Briton: 'Train guard training (10 weeks)' is an equivalent training for on-board staff, 'Train guard "
       "(conductor)' from '06/2015 – 12/2023' and tågvärd since '04/2024 – present', 'Ticket inspection and "
       "on-board ticket sales', 'First aid at work incl. CPR and defibrillator, 03/2025'; but Swedish 'B1 (SFI "
       "completed 2024)' is below good Swedish",
       "Callum Fairweather", "Train conductor",
       S("contact", KV("Phone", "+46 980 352 704"), KV("E-mail", "callum.fairweather@example.co.uk"),
         KV("Address", "Mörtsjöås, Sweden")),
       S("exp",
         I("04/2024 – present", "Tågvärd (part-time 75 %), Lakeström Regionaltåg AB, Sweden",
           "Ticket inspection and on-board ticket sales, passenger information"),
         I("06/2015 – 12/2023", "Train guard (conductor), Kestlebury Rail, United Kingdom",
           "Revenue protection, door operation and safety of passengers")),
       S("edu", I("2015", "Train guard training (10 weeks), Kestlebury Rail Academy")),
       S("cert", KV("First aid", "First aid at work incl. CPR and defibrillator, 03/2025"), head="Certificates"),
       S("lang", KV("Mother tongue", "English"), KV("Swedish", "B1 (SFI completed 2024)"))),
    cv("rasmus-kildegaard.pdf", "da", "pdf", "right-dates", "MMMMMX",
       "a Dane: 'Togføreruddannelse' and togfører (the Danish word for the conductor on board) since '2019 – nu', "
       "'Billetkontrol og salg af billetter i toget', 'Førstehjælp inkl. hjerte-lunge-redning, marts 2026', 'Svensk "
       "– flydende i tale og skrift', 'Engelsk – flydende'",
       "Rasmus Kildegaard Holt", "Togfører",
       S("contact", L("Mobil +45 12 36 98 42"), L("rasmus.holt@example.dk"), L("Skrubberup")),
       S("profile", "Togfører med syv år på tog mellem Danmark og Sverige. Jeg er vant til svenske, danske og "
                    "internationale passagerer hver dag."),
       S("exp",
         I("2019 – nu", "Togfører, Sundlinjen A/S", "Billetkontrol og salg af billetter i toget",
           "Kundeservice på dansk, svensk og engelsk"),
         I("2014 – 2019", "Buschauffør, Skrubberup Bybusser")),
       S("edu", I("2018 – 2019", "Togføreruddannelse, Sundlinjens Togskole")),
       S("cert", L("Førstehjælp inkl. hjerte-lunge-redning, marts 2026")),
       S("lang", L("Dansk – modersmål"), L("Svensk – flydende i tale og skrift"), L("Engelsk – flydende")),
       date_first=False),
)


# ===========================================================================
# 4. da: Vindmølletekniker
# ===========================================================================

job(
    "vindmolletekniker", "Servicetekniker til vindmøller – Skrubberup (fast stilling)", "da",
    "wind turbine technician",
    [
        ("Svendebrev som elektriker, mekaniker, smed eller tilsvarende teknisk uddannelse", "education"),
        ("Gyldigt GWO Basic Safety Training (BST) med alle fem moduler", "certificate"),
        ("Mindst 2 års erfaring som servicetekniker på vindmøller", "experience"),
        ("Erfaring med fejlfinding på el- og hydrauliksystemer", "must_mention"),
        ("Kørekort kategori B", "driving_licence"),
        ("Du taler og skriver engelsk på et godt niveau", "language"),
        ("Du har ingen højdeskræk og kan arbejde i 14/14-rotation", "manual"),
    ],
    cv("nikolaj-thygesen.docx", "da", "docx", "table", "MMMMMMX",
       "'Elektriker, svendebrev 2013', 'GWO BST (FA, MH, FAW, WAH, SS) – gyldig til 04/2027' names all five "
       "modules, vindmølletekniker since '2016 – nu', 'Fejlfinding på el-, styrings- og hydrauliksystemer', "
       "'Kørekort B', 'Engelsk – flydende'",
       "Nikolaj Bøgh Thygesen", "Vindmølletekniker",
       S("contact", L("Telefon +45 12 36 98 43"), L("nikolaj.thygesen@example.dk"), L("Knurhanesø")),
       S("profile", "Vindmølletekniker med ti år i faget, på land og til havs. Jeg trives bedst 80 meter oppe "
                    "med en god kollega."),
       S("exp",
         I("2016 – nu", "Vindmølletekniker, Skrubberup Vindservice A/S",
           "Fejlfinding på el-, styrings- og hydrauliksystemer",
           "Service og udskiftning af gear, pitch- og krøjesystem"),
         I("2013 – 2016", "Elektriker, Knurhanesø El-service")),
       S("edu", I("2009 – 2013", "Elektriker, svendebrev 2013, Hornfiskeby Tekniske Skole")),
       S("cert", L("GWO BST (FA, MH, FAW, WAH, SS) – gyldig til 04/2027"), L("GWO BTT (Basic Technical Training)")),
       S("lic", L("Kørekort B")),
       S("lang", L("Dansk – modersmål"), L("Engelsk – flydende"))),
    cv("lukas-achternbusch.pdf", "en", "pdf", "two-column", "MMUMMMX",
       "a German: 'Mechatroniker (Gesellenbrief)' is a journeyman certificate of an equivalent technical trade, "
       "'GWO BST incl. Sea Survival, refresher 09/2025', 'Troubleshooting of electrical and hydraulic systems', "
       "'Driving licence: B (German)', 'English – C1'; but wind service only since '02/2025 – present' (one year "
       "and nine months; the industrial job before is not wind work)",
       "Lukas Achternbusch", "Service Technician, Wind",
       S("contact", L("Mobile +45 12 36 98 44"), L("lukas.achternbusch@example.de"), L("Skrubberup, Denmark")),
       S("cert", L("GWO BST incl. Sea Survival, refresher 09/2025"), L("GWO Blade Repair")),
       S("lic", L("Driving licence: B (German)")),
       S("lang", L("German – native"), L("English – C1"), L("Danish – A2")),
       S("profile", "Mechatronics technician who moved from industry to wind in 2025. Used to working alone and "
                    "in teams of two."),
       S("exp",
         I("02/2025 – present", "Service technician, onshore wind, Skrubberup Vindservice A/S, Denmark",
           "Troubleshooting of electrical and hydraulic systems in 3–4 MW turbines"),
         I("2016 – 01/2025", "Industrial mechatronics technician, Kranichsfelde Verpackung GmbH, Germany",
           "Maintenance of packaging lines, PLC and hydraulics")),
       S("edu", I("2013 – 2016", "Mechatroniker (Gesellenbrief), vocational school Kranichsfelde")),
       order="left-first"),
    cv("brian-skaarup.txt", "da", "txt", "badly-written", "MUMUMNX",
       "badly written: 'uddannet smed (svendeprøve 2015)', 'vindmølletekniker i 4 år', 'kørekort B'; but 'GWO "
       "working at heights og first aid' is two of the five modules, 'fejlfinding på hydraulik, bremser og gear' "
       "names no electrical fault-finding, and 'skriver det ikke så godt' is below good written English",
       raw="""
Brian Skaarup
+45 12 36 98 45 / brian.skaarup@example.dk
Ålekær

hej
jeg er uddannet smed (svendeprøve 2015) og har arbejdet som vindmølletekniker i 4 år ved Ålekær Vind
jeg har GWO working at heights og first aid, fornyet i år
laver mest fejlfinding på hydraulik, bremser og gear
kørekort B
snakker engelsk ok men skriver det ikke så godt
"""),
    cv("oskar-tjarnstrom.pdf", "sv", "pdf", "one-column", "MMMMMMX",
       "a Swede: 'Vindkraftteknikerutbildning, YH 2 år' is an equivalent technical education, 'GWO BST (alla fem "
       "moduler), förnyad 2025-06', vindkrafttekniker since '2017-09 – nu', 'Felsökning i el- och hydraulsystem', "
       "'Körkort B', 'Engelska – flytande'",
       "Oskar Tjärnström", "Vindkrafttekniker",
       S("contact", L("Tel. +46 980 352 705"), L("oskar.tjarnstrom@example.se"), L("Mörtsjöås, Sverige")),
       S("profile", "Vindkrafttekniker som vill jobba i Danmark. Van vid rotation och vid att jobba på höjd i "
                    "alla väder."),
       S("exp",
         I("2017-09 – nu", "Vindkrafttekniker, Mörtsjöås Vindkraft AB",
           "Felsökning i el- och hydraulsystem, byte av komponenter i nacellen")),
       S("edu", I("2015 – 2017", "Vindkraftteknikerutbildning, YH 2 år, Braxenholms yrkeshögskola")),
       S("cert", L("GWO BST (alla fem moduler), förnyad 2025-06"), L("Heta arbeten, 2024")),
       S("lic", L("Körkort B")),
       S("lang", L("Svenska – modersmål"), L("Engelska – flytande"), L("Danska – förstår bra"))),
    cv("sigurd-fjaereide.docx", "nb", "docx", "bold-headings", "MUMMMMX",
       "a Norwegian: 'Fagbrev som industrimekaniker, 2010' is a mechanic trade certificate, servicetekniker since "
       "'2019 – d.d.', 'Feilsøking på elektriske og hydrauliske systemer', 'Førerkort klasse B og BE', 'Engelsk – "
       "godt muntlig og skriftlig'; but the GWO training is 'utløpt juni 2024, oppfriskning bestilt januar 2027'",
       "Sigurd Fjæreide", "Servicetekniker vindkraft",
       S("contact", L("Mobil 123 62 310"), L("sigurd.fjaereide@example.no"), L("Kobbeneset")),
       S("profile", "Servicetekniker innen vindkraft med sju år i parken på Kobbeneset. Jeg vil gjerne jobbe i "
                    "Danmark med rotasjon."),
       S("exp",
         I("2019 – d.d.", "Servicetekniker vindkraft, Kobbeneset Vindpark AS",
           "Feilsøking på elektriske og hydrauliske systemer", "Planlagt vedlikehold og utskifting av komponenter"),
         I("2010 – 2019", "Industrimekaniker, Steinbitvåg Mek. Verksted")),
       S("edu", I("2010", "Fagbrev som industrimekaniker, 2010")),
       S("cert", L("GWO BST, alle moduler – utløpt juni 2024, oppfriskning bestilt januar 2027")),
       S("lic", L("Førerkort klasse B og BE")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – godt muntlig og skriftlig"), L("Dansk – forstår godt"))),
)


# ===========================================================================
# 5. en: Drone pilot
# ===========================================================================

job(
    "drone-pilot", "Drone Pilot – Infrastructure Inspection, Krykkjeberg (Norway), permanent position", "en",
    "drone pilot",
    [
        ("EU A2 Certificate of Competency (A2 CofC) issued by an EASA member state", "certificate"),
        ("STS theoretical knowledge certificate (STS-01 or STS-02)", "certificate"),
        ("At least two years of experience as a commercial drone pilot", "experience"),
        ("Experience with photogrammetry software (Pix4D, Agisoft Metashape or similar)", "must_mention"),
        ("Driving licence class B", "driving_licence"),
        ("Fluent English, spoken and written", "language"),
        ("You must be able to travel and stay away from home for several days at a time", "manual"),
    ],
    cv("ingvild-stromsholm.txt", "en", "txt", "dates-after", "MMMMMMX",
       "an English CV by a Norwegian: 'A2 CofC (Luftfartstilsynet), 2023', 'STS theoretical knowledge certificate "
       "(STS-01, STS-02), 2024', drone pilot since '2021 – present', 'Photogrammetry in Pix4D and DJI Terra', "
       "'Driving licence: B', 'English – fluent, spoken and written'",
       "Ingvild Strømsholm", "Drone Pilot",
       S("contact", L("Tel. +47 123 62 311"), L("ingvild.stromsholm@example.no"), L("Lomvihamn, Norway")),
       S("profile", "Drone pilot specialising in power line and bridge inspection. Five years of commercial "
                    "flying along the coast, in all weathers."),
       S("exp",
         I("2021 – present", "Drone pilot, Lomvihamn Luftfoto AS",
           "Commercial inspection flights for power lines, bridges and telecom masts",
           "Photogrammetry in Pix4D and DJI Terra: orthophotos and 3D models"),
         I("2018 – 2021", "GIS assistant, Lomvihamn municipality")),
       S("edu", I("2015 – 2018", "BSc in Geomatics, Krykkjeberg University College")),
       S("cert", L("A2 CofC (Luftfartstilsynet), 2023"),
         L("STS theoretical knowledge certificate (STS-01, STS-02), 2024")),
       S("lic", L("Driving licence: B")),
       S("lang", L("Norwegian – native"), L("English – fluent, spoken and written"))),
    cv("orjan-sletteberg.pdf", "nn", "pdf", "two-column", "UUMMMMX",
       "own drone business since '2020 – d.d.' (self-employed counts) with a part-time job overlapping it "
       "(counts once), '3D-modellar og ortofoto i Agisoft Metashape', 'Førarkort: B', 'Engelsk – flytande i tale "
       "og skrift'; but 'Kompetansebevis A1/A3 (open kategori), 2024' is a lower certificate than A2, and no STS "
       "certificate is named",
       "Ørjan Sletteberg", "Dronepilot og dronefotograf",
       S("contact", L("Tlf. 123 62 312"), L("orjan.sletteberg@example.no"), L("Steinbitvåg")),
       S("skills", L("3D-modellar og ortofoto i Agisoft Metashape"), L("Video og foto frå lufta")),
       S("cert", L("Kompetansebevis A1/A3 (open kategori), 2024")),
       S("lic", L("Førarkort: B")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – flytande i tale og skrift")),
       S("profile", "Dronefotograf med eige firma sidan 2020. Eg flyg for eigedomsmeklarar, kommunar og "
                    "entreprenørar, og vil no over i inspeksjon."),
       S("exp",
         I("2020 – d.d.", "Dronepilot og dronefotograf, Sletteberg Luftbilete (eige firma)",
           "Oppdrag for eigedomsmeklarar, kommunar og entreprenørar"),
         I("2022 – 2024", "Dronepilot (deltid 40 %), Steinbitvåg Kraftnett AS", "Inspeksjon av kraftliner")),
       S("edu", I("2012 – 2015", "Vidaregåande, medium og kommunikasjon")),
       order="right-first"),
    cv("cecilie-lindhardt.docx", "da", "docx", "one-column", "MMUMMMX",
       "a Dane: 'A2 CofC (Trafikstyrelsen), 2024' and 'STS-01 teoretisk prøve, Trafikstyrelsen, 2024' are issued "
       "in an EASA state, 'Fotogrammetri i Pix4D', 'Kørekort B', 'Engelsk – flydende i skrift og tale'; but drone "
       "pilot only since 'marts 2025 – nu' (one year and eight months; 'Lejlighedsvise droneflyvninger' in a "
       "mapping job are not work as a drone pilot)",
       "Cecilie Lindhardt", "Dronepilot",
       S("contact", L("Telefon +45 12 36 98 46"), L("cecilie.lindhardt@example.dk"), L("Ålekær")),
       S("profile", "Dronepilot med baggrund i kortlægning. Jeg flytter til Norge til foråret med min kæreste."),
       S("exp",
         I("marts 2025 – nu", "Dronepilot, Ålekær Droneinspektion ApS",
           "Inspektion af vindmøller og broer med drone",
           "Fotogrammetri i Pix4D: ortofotos, punktskyer og 3D-modeller"),
         I("2019 – 2025", "Kortlægningsassistent, Hornfiskeby Kommune",
           "Lejlighedsvise droneflyvninger til kortlægning af vejarealer")),
       S("edu", I("2016 – 2019", "Kort- og landmålingstekniker, Hornfiskeby Erhvervsakademi")),
       S("cert", L("A2 CofC (Trafikstyrelsen), 2024"), L("STS-01 teoretisk prøve, Trafikstyrelsen, 2024")),
       S("lic", L("Kørekort B")),
       S("lang", L("Dansk – modersmål"), L("Engelsk – flydende i skrift og tale"), L("Norsk – forstår godt"))),
    cv("trond-kvamsdal.pdf", "nb", "pdf", "dates-after", "UMMMNMX",
       "dronepilot since '2019 – d.d.', 'Kartlegging med drone, ortofoto og punktskyer i Pix4D', 'STS teoriprøve "
       "(STS-01/02), 2024', 'Engelsk – flytende'; but 'RO2-lisens (Luftfartstilsynet), 2019' is the old Norwegian "
       "operator licence from before the EU drone rules, not an A2 CofC, and 'Førerkort: har ikke' contradicts "
       "line 5",
       "Trond Kvamsdal", "Dronepilot",
       S("contact", L("Mobil 123 62 313"), L("trond.kvamsdal@example.no"), L("Brasmevika")),
       S("profile", "Dronepilot med sju års erfaring fra kartlegging og inspeksjon. Jeg reiser kollektivt eller "
                    "sammen med kolleger."),
       S("exp",
         I("2019 – d.d.", "Dronepilot, Brasmevika Kartdata AS",
           "Kartlegging med drone, ortofoto og punktskyer i Pix4D", "Inspeksjon av kraftlinjer og demninger")),
       S("edu", I("2016 – 2019", "Fagskole, geomatikk, Brasmevika fagskole")),
       S("cert", L("RO2-lisens (Luftfartstilsynet), 2019"), L("STS teoriprøve (STS-01/02), 2024")),
       S("lic", L("Førerkort: har ikke")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – flytende"))),
    cv("ciaran-mulvihill.pdf", "en", "pdf", "right-dates", "MMMMMMX",
       "an Irishman: 'A2 CofC (Irish Aviation Authority), 2024' and 'STS theoretical knowledge (IAA), 2024' are from "
       "an EASA state, drone pilot from '03/2019 – 07/2024' and since '08/2024 – present', 'photogrammetry "
       "(Pix4Dmatic, Metashape)', 'Full driving licence, category B', 'English – native' (his Norwegian is not "
       "asked for)",
       "Ciarán Mulvihill", "Senior Drone Pilot",
       S("contact", L("Tel. +47 123 62 314"), L("ciaran.mulvihill@example.ie"), L("Krykkjeberg, Norway")),
       S("profile", "Irish drone pilot in Norway since 2024, with seven years of survey and inspection flying."),
       S("exp",
         I("08/2024 – present", "Senior drone pilot, Krykkjeberg Inspeksjon AS, Norway",
           "Wind turbine blade and power line inspection"),
         I("03/2019 – 07/2024", "Commercial drone pilot, Kilbrannagh Aerial Surveys, Ireland",
           "Survey flights and photogrammetry (Pix4Dmatic, Metashape)")),
       S("edu", I("2014 – 2017", "BSc Environmental Science, Kilbrannagh Institute of Technology")),
       S("cert", L("A2 CofC (Irish Aviation Authority), 2024"), L("STS theoretical knowledge (IAA), 2024")),
       S("lic", L("Full driving licence, category B")),
       S("lang", L("English – native"), L("Norwegian – A2")),
       date_first=True),
)


# ===========================================================================
# 6. sv: Steriltekniker
# ===========================================================================

job(
    "steriltekniker", "Steriltekniker till centralsterilen, Braxenholms sjukhus – tillsvidareanställning", "sv",
    "sterile services technician",
    [
        ("Yrkeshögskoleutbildning till steriltekniker eller motsvarande", "education"),
        ("Minst två års erfarenhet av arbete på sterilcentral", "experience"),
        ("Erfarenhet av packning och kontroll av operationsinstrument", "must_mention"),
        ("Erfarenhet av spårbarhetssystem för instrument, t.ex. T-DOC", "must_mention"),
        ("God svenska i tal och skrift", "language"),
        ("Du kan arbeta dag- och kvällspass enligt schema", "manual"),
    ],
    cv("malin-grasberg.pdf", "sv", "pdf", "two-column", "MMMMMX",
       "'Steriltekniker, YH 1 år', steriltekniker since '2016 – nu', 'Packar och kontrollerar instrumentgaller till "
       "ortopeden och kirurgen', 'Registrering och spårbarhet i T-DOC', 'Svenska – modersmål'",
       "Malin Gräsberg", "Steriltekniker",
       S("contact", L("Tel. 0980-352 706"), L("malin.grasberg@example.se"), L("Braxenholm")),
       S("profile", "Steriltekniker med tio år på centralsterilen. Noggrann och trygg med ortopedins och "
                    "kirurgins instrument."),
       S("exp",
         I("2016 – nu", "Steriltekniker, Centralsterilen, Lakeströms lasarett",
           "Packar och kontrollerar instrumentgaller till ortopeden och kirurgen",
           "Registrering och spårbarhet i T-DOC", "Diskdesinfektorer, autoklaver och daglig kontroll")),
       S("edu", I("2015 – 2016", "Steriltekniker, YH 1 år, Sutarps yrkeshögskola")),
       S("lang", L("Svenska – modersmål"), L("Engelska – god")),
       order="rows"),
    cv("gunilla-rapp.txt", "sv", "txt", "badly-written", "UMMMMX",
       "badly written: 'jobbat på sterilen på Sutarps lasarett sen 2022', 'packar galler och kollar att alla "
       "instrument är hela och rena', 'scannar alla galler i spårbarhetssystemet', 'svenska är mitt modersmål'; but "
       "an undersköterska ('undersköterskeutbildning på komvux') is a broader care education, not a steriltekniker "
       "education",
       raw="""
Gunilla Rapp
0980-352 707
gunilla.rapp@example.se
Sutarp

Hej!
Jag är undersköterska sen 2005 (undersköterskeutbildning på komvux) och har jobbat på sterilen på Sutarps lasarett sen 2022.
packar galler och kollar att alla instrument är hela och rena
scannar alla galler i spårbarhetssystemet, det går snabbt nu
svenska är mitt modersmål
"""),
    cv("rowena-dimaculangan.pdf", "en", "pdf", "europass", "UMMMNX",
       "a Filipina: 'Sterile processing technician' from '03/2015 – 08/2023' in England, 'Decontamination, assembly "
       "and inspection of surgical instrument trays', 'Barcode tracking of every tray'; but a British 'Certificate "
       "in Decontamination Sciences (Level 3)' is a foreign course below the YH level, and Swedish 'A2 (SFI, "
       "ongoing)' is below good Swedish",
       "Rowena Dimaculangan", "Sterile Processing Technician",
       S("contact", KV("Phone", "+46 980 352 708"), KV("E-mail", "rowena.dimaculangan@example.com"),
         KV("Address", "Braxenholm, Sweden")),
       S("exp",
         I("01/2024 – present", "Kitchen assistant (part-time), Braxenholm elderly care home, Sweden"),
         I("03/2015 – 08/2023", "Sterile processing technician, Kestlebury General Hospital, United Kingdom",
           "Decontamination, assembly and inspection of surgical instrument trays",
           "Barcode tracking of every tray in the instrument tracking system")),
       S("edu", I("2014 – 2015", "Certificate in Decontamination Sciences (Level 3), Kestlebury College")),
       S("lang", KV("Mother tongue", "Filipino"), KV("English", "C1"), KV("Swedish", "A2 (SFI, ongoing)"))),
    cv("hilde-sundvor.docx", "nb", "docx", "one-column", "MMMMMX",
       "a Norwegian: 'Fagskoleutdanning i sterilforsyning (60 studiepoeng)' is an equivalent post-secondary "
       "education, on the sterilsentral since '2017 – d.d.', 'Pakking og kontroll av kirurgiske instrumenter og "
       "operasjonssett', 'Sporbarhet i T-DOC', 'Svensk – flytende muntlig og skriftlig'",
       "Hilde Marie Sundvor", "Sterilforsyningsmedarbeider",
       S("contact", L("Telefon +47 123 62 315"), L("hilde.sundvor@example.no"), L("Kobbeneset")),
       S("profile", "Sterilforsyningsmedarbeider med ni år på sterilsentralen. Familien flytter til Braxenholm "
                    "til våren."),
       S("exp",
         I("2017 – d.d.", "Sterilforsyningsmedarbeider, Sterilsentralen, Kobbeneset sykehus",
           "Pakking og kontroll av kirurgiske instrumenter og operasjonssett",
           "Sporbarhet i T-DOC, vask, desinfeksjon og sterilisering"),
         I("2010 – 2017", "Helsefagarbeider, Kobbeneset sykehjem")),
       S("edu", I("2015 – 2017", "Fagskoleutdanning i sterilforsyning (60 studiepoeng), Kobbeneset fagskole"),
         I("2010", "Fagbrev som helsefagarbeider")),
       S("lang", L("Norsk – morsmål"), L("Svensk – flytende muntlig og skriftlig"), L("Engelsk – godt"))),
    cv("amir-jalali.docx", "sv", "docx", "table", "UMMMMX",
       "sterilassistent since '2024-08 – nu' (two years and three months) after a summer in 2023, 'Packning av "
       "operationsset enligt packlistor och kontroll av instrumentens funktion', 'registrering i T-DOC', 'Svenska – "
       "modersmål'; but the steriltekniker education is still in progress ('pågår, examen juni 2027')",
       "Amir Jalali", "Sterilassistent",
       S("contact", L("Telefon 0980-352 709"), L("amir.jalali@example.se"), L("Lakeström")),
       S("profile", "Sterilassistent som läser till steriltekniker på distans vid sidan av jobbet. Examen till "
                    "sommaren."),
       S("exp",
         I("2024-08 – nu", "Sterilassistent, Centralsterilen, Braxenholms sjukhus",
           "Packning av operationsset enligt packlistor och kontroll av instrumentens funktion",
           "Spårbarhet: registrering i T-DOC"),
         I("2023-06 – 2023-08", "Sommarvikarie, sterilcentralen, Lakeströms lasarett")),
       S("edu", I("2025 – 2027", "Steriltekniker, YH distans, Mörtsjöås yrkeshögskola – pågår, examen juni 2027")),
       S("lang", L("Svenska – modersmål"), L("Persiska – modersmål"), L("Engelska – god"))),
)


# --------------------------------------------------------------------------
# The README's closing sections, written by hand
# --------------------------------------------------------------------------

HARD_CASES = [
    "### Hard cases, on purpose",
    "",
    "Education: \"Vitnemål fra videregående skole\", \"gjekk ut frå vidaregåande i 2022\", a Swedish",
    "\"Gymnasieexamen\" and a Dutch \"VWO diploma\" for a finished upper secondary school; internal",
    "conductor and train guard courses, a YH tågvärd course \"i vintras\" and a Danish",
    "\"Togføreruddannelse\"; an electrician's svendebrev, a smith's \"svendeprøve\", a German",
    "\"Mechatroniker (Gesellenbrief)\", a Swedish YH wind course and a Norwegian fagbrev as",
    "industrimekaniker; a YH steriltekniker, a Norwegian \"Fagskoleutdanning i sterilforsyning\", an",
    "undersköterska, a British \"Certificate in Decontamination Sciences (Level 3)\" and a course",
    "\"pågår, examen juni 2027\". Certificates with a class or a validity: a lifeguard test \"bestått",
    "mars 2026\", \"14.09.2026\", \"passed 02/2026\", \"i fjor sommar\" and a Swedish",
    "\"Simhallsprov\"; D4 (higher than D5), D5, \"tok D5 på fagskolen\", D6 (lower) and a Danish",
    "\"Fiskeskipper af 3. grad\" with a Norwegian endorsement \"søgt\"; safety refreshers from 2022 to",
    "2025; seafarers' health certificates \"gyldig til 06.2028\", \"fornyet i sommer, gjelder 2 år\"",
    "and a Danish \"Helbredsbevis\"; CPR as \"HLR\", \"hjerte-lunge-redning\" and \"CPR and",
    "defibrillator\", one from 2021 (too old); GWO BST with the five modules abbreviated, \"incl.",
    "Sea Survival\", \"alla fem moduler\", only two modules, and \"utløpt juni 2024, oppfriskning",
    "bestilt januar 2027\"; drone certificates from Luftfartstilsynet, Trafikstyrelsen and the",
    "Irish Aviation Authority, an A1/A3 only and an old Norwegian \"RO2-lisens\". Experience: three",
    "summers as a summer temp, ten months as a weekend lifeguard beside years as a swimming coach,",
    "eight months as tågvärd after a shop job, one year and nine months in wind after years in",
    "industry, one year and eight months as a drone pilot after occasional flights in a mapping",
    "job; a bademester, a konduktør, a Danish togfører and a British train guard; an own drone",
    "business with an overlapping part-time job; a sterilassistent with two years and three",
    "months and a summer temp job. Named skills: \"symjeopplæring\", \"Simundervisning\" and \"Swimming",
    "lessons\"; \"snurrevadbåt\", \"Snurrevad, line og garn\" and the Danish \"Snurrevodsfiskeri\";",
    "\"Billettkontroll og billettsalg om bord\" and \"Billetkontrol og salg af billetter i toget\";",
    "fault-finding on \"el- og hydraulsystem\", \"elektriske og hydrauliske systemer\" and only",
    "\"hydraulik, bremser og gear\"; Pix4D, Pix4Dmatic, Metashape and DJI Terra; \"instrumentgaller\",",
    "\"galler\", \"operasjonssett\" and \"instrument trays\"; T-DOC and \"spårbarhetssystemet\".",
    "Licences: \"Førerkort: har ikke\", a German licence and \"Full driving licence, category B\".",
    "Languages: \"Norska – grundläggande\", Norwegian C1, \"Norsk – læser og taler godt, skriver",
    "lidt\", Swedish B1 and A2 (SFI), \"engelska pratar och skriver jag bra\", \"snakker engelsk ok",
    "men skriver det ikke så godt\", English C1, and Norwegian A2 beside a drone A2 certificate.",
    "Badly written TXT CVs in nynorsk, bokmål, Swedish (two) and Danish, a TXT CV without",
    "headings, Europass DOCX and PDF, table and bold-heading DOCX, dates after titles,",
    "right-aligned dates with the date first or last in the stream, and all three column orders.",
    "",
    "### Labelling decisions specific to this set",
    "",
    "The conventions of `eval/README.md` and of the earlier held-out sets apply. In addition:",
    "",
    "- **Badevakt**: a finished upper secondary school from another country meets line 1. The",
    "  lifeguard test must be dated after 2025-11-28; \"i fjor sommar\" (summer 2025) is",
    "  `unclear`, and a Swedish test of Svenska Livräddningssällskapet is another country's test",
    "  (`unclear`). CPR with an AED in any language meets line 3. Swimming coaching and teaching",
    "  are not lifeguard work (line 4) but are swimming teaching for children (line 5); assisting",
    "  at school swimming lessons counts for line 5. Norwegian C1 is good Norwegian.",
    "- **Fiskeskipper**: D1-D4 are higher than D5, D6 is lower (`unclear`). A Danish fishing",
    "  skipper certificate needs a Norwegian endorsement; one applied for is `unclear`. The basic",
    "  safety training is valid five years from the last refresher. A seafarer's health certificate",
    "  is valid to the date it states; one issued under STCW by another EEA state counts. A",
    "  styrmann on a snurrevad boat has fishing experience and mate experience in one.",
    "- **Tågvärd**: any completed training for on-board staff (an operator's internal conductor",
    "  course, a British train guard course, a Danish togfører course) is \"motsvarande",
    "  utbildning\". A konduktør, a togfører and a train guard do tågvärd work. An HLR course from",
    "  before 2024-11-28 is `unclear`. Line 5 needs both languages; Swedish B1 is below good",
    "  Swedish (`not_met`).",
    "- **Vindmølletekniker**: a Norwegian fagbrev, a German Gesellenbrief and a Swedish two-year YH",
    "  course in wind power are equivalent to a svendebrev in the trades named. GWO BST is valid",
    "  two years and must name all five modules (or BST with Sea Survival); two modules, an",
    "  expired BST and a booked refresher are `unclear`. Industrial maintenance is not wind",
    "  service (line 3). Line 4 needs both electrical and hydraulic fault-finding. Spoken English",
    "  \"ok\" with writing \"ikke så godt\" is below a good level (`not_met`).",
    "- **Drone pilot**: Norway, Denmark and Ireland apply the EASA rules, so their A2 and STS",
    "  certificates meet lines 1-2 (each is valid five years). Norway applied the EU drone rules",
    "  from 2023; an older national RO2 licence is not an A2 CofC (`unclear`), and A1/A3 is a",
    "  lower certificate. An own drone business is commercial flying; occasional flights inside",
    "  a mapping job are not work as a drone pilot.",
    "- **Steriltekniker**: a Norwegian fagskole education in sterile supply is equivalent to the",
    "  YH education; an undersköterska education and a British level 3 certificate are not shown",
    "  to be (`unclear`). \"Sterilen\" and a Norwegian sterilsentral are a sterilcentral. Scanning",
    "  trays into a traceability system meets line 4 without a product name.",
    "",
]


# --------------------------------------------------------------------------
# Checks of our own (on top of make_eval.check_data)
# --------------------------------------------------------------------------

EARLIER = (me.JOBS + mh.JOBS + mh2.JOBS + mh3.JOBS + mh4.JOBS + mh5.JOBS + mh6.JOBS + mh7.JOBS + mh8.JOBS
           + mh9.JOBS + mh10.JOBS + mh11.JOBS + mh12.JOBS + mh13.JOBS + mh14.JOBS + mh15.JOBS + mh16.JOBS
           + mh17.JOBS + mh18.JOBS + mh19.JOBS)
PHONE = re.compile(r"\+?\d[\d \-]{5,}\d")


def phones(text: str) -> set[str]:
    """Digit strings of phone-like runs (8 digits or more; the last 8 digits, so a country code does not matter)."""
    out = set()
    for m in PHONE.findall(text):
        digits = re.sub(r"\D", "", m)
        if len(digits) >= 8:
            out.add(digits[-8:])
    return out


def check_holdout20() -> None:
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
        "# Sikte's twentieth held-out evaluation set",
        "",
        f"{len(JOBS)} fictional jobs and {n_all} fictional CVs, labelled by hand requirement by",
        "requirement, in the same layout and job-file format as `eval/` (see `eval/README.md`",
        "for the format, the label meanings and the labelling conventions). It is the twenty-first",
        "labelled set and exists to measure accuracy again on CVs the rules were never tuned on.",
        "It was written blind: without reading Sikte's rules, code, tests, docs or data tables,",
        "without running Sikte on it and without looking at any Sikte output, and no label was",
        "ever set from Sikte's output. The only files read were `eval/README.md` (format, label",
        "meanings, conventions), the script of `eval-holdout19/` (`make_holdout19.py`, as the",
        "template for this script's structure; it also defines the CVs of `eval-holdout19/`) and",
        "the shared code of `make_eval.py`, `make_holdout.py` and `scripts/fixtures/cvlib.py` (the",
        "CV definitions of `eval/` and `eval-holdout/` in the first two were skipped). The scripts",
        "`make_holdout2.py` ... `make_holdout18.py` are imported only to refuse their people, slugs,",
        "towns, e-mail addresses and phone numbers and were not read, and no CV folder of an",
        "earlier set was opened. Every CV x requirement is labelled with what a careful, fair",
        f"Nordic recruiter concludes on {TODAY} (the `today` of every job file, which closes open",
        "ranges such as \"d.d.\", \"nu\", \"til nå\" and \"present\"). Its professions (lifeguard,",
        "fishing vessel skipper, train conductor, wind turbine technician, drone pilot, sterile",
        "services technician) appear in no earlier set. Keep it that way: do not tune rules on",
        "these CVs; once a rule changes because of a disagreement found here, the set is no longer",
        "held out, and its figures become a regression check.",
        "",
        "Everything here is invented for Sikte: people, employers, schools, towns",
        f"({TOWNS}), e-mail addresses (`example.*`) and phone numbers (unreal",
        "ranges: `123 62 3xx` in Norway, the Swedish fiction range `0980-352 7xx`, and",
        "`+45 12 36 98 4x` in Denmark). Nothing is copied from `/work/shared/corpus`, from the",
        "earlier sets or from any real CV or job ad. Authority, body, scheme, course, test and",
        "product names in CVs and ads (Luftfartstilsynet, Trafikstyrelsen, Irish Aviation Authority,",
        "EASA, Søfartsstyrelsen, Svenska Livräddningssällskapet, STCW, GWO, Norskprøven, SFI, YH,",
        "T-DOC, Pix4D, Agisoft Metashape, DJI Terra) are named as real ads and CVs name them.",
        "Licence: the same as the project (MIT OR Apache-2.0).",
        "",
        "The format is the one of `eval/`, so Sikte's evaluator reads this folder as it reads",
        "`eval/`; report its figures for each set separately.",
        "",
        "## Regenerate, never edit",
        "",
        "```sh",
        f"python3 {SCRIPT}            # (re)writes eval-holdout20/, removes stale files",
        f"python3 {SCRIPT} --verify   # generates twice elsewhere: byte-identical, and eval-holdout20/ fresh?",
        "```",
        "",
    ]
    extra = [
        "It also refuses an e-mail address or phone number that an earlier set's CVs use, a town of",
        "this set that an earlier set's CVs mention, a profession an earlier set names, and a stray",
        "single quote in a `why`.",
        "",
    ]
    return "\n".join(out + mh.script_paragraph(20) + extra + mh.jobs_and_figures(JOBS, HARD_CASES))


# --------------------------------------------------------------------------
# Writing and checking
# --------------------------------------------------------------------------


def main(argv: list[str]) -> int:
    check_holdout20()
    return mh.run_set(argv, OUT, JOBS, SCRIPT, readme, __doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
