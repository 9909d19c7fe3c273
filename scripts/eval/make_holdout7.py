#!/usr/bin/env python3
"""Write Sikte's seventh held-out evaluation set: eval-holdout7/README.md, jobs/<job>.toml, cvs/<job>/<file>.

    python3 scripts/eval/make_holdout7.py            # (re)write eval-holdout7/
    python3 scripts/eval/make_holdout7.py --verify   # generate twice in temporary folders and check both
                                                     # runs and eval-holdout7/ are byte-identical

An eighth labelled set in the same layout and job-file format as eval/ and
eval-holdout/ ... eval-holdout6/, so that accuracy can be measured on CVs the
rules were never tuned on. Six fictional jobs in professions that no earlier
set uses (psychologist da, pharmacist sv, landscape gardener nb, waiter nn,
able seaman nb, payroll officer en) with 6-7 requirement lines each, and 5
fictional CVs per job in TXT, DOCX and PDF (one and two columns), in bokmål,
nynorsk, Swedish, Danish and English.

The set was written blind: without reading Sikte's rules, code, tests or data
tables, without running Sikte on it and without looking at any Sikte output.
Of the earlier sets only make_holdout6.py was read, as the template for this
script's structure; the CVs of eval/ and of eval-holdout/ ... eval-holdout5/
were not read. Every CV x requirement is labelled by hand with what a careful,
fair recruiter concludes on TODAY, under the conventions of eval/README.md
(met, not_met, unclear, manual). Never adjust a label to Sikte's output.

It reuses make_eval.py (the CV model S/L/I/KV/cv, the renderers, the job-file
writer and its checks), make_holdout.py (plain_text, the e-mail pattern,
check_blind_set, jobs_and_figures) and scripts/fixtures/cvlib.py, and
refuses: what make_eval.py refuses, a fragment quoted with single quotes in a
`why` that is not in the CV, an e-mail address outside example.*, a job with
fewer than two qualified CVs, and any job slug, person or town of eval/,
eval-holdout/, ..., eval-holdout6/. Python 3.11 standard library only. Every
person, employer, school, town, e-mail address and phone number is invented.
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
import make_holdout6 as mh6  # noqa: E402
from make_eval import CV, I, KV, L, S, cv  # noqa: E402

ROOT = me.ROOT
OUT = os.path.join(ROOT, "eval-holdout7")
SCRIPT = "scripts/eval/make_holdout7.py"
TODAY = me.TODAY  # 2026-11-27, written into every job file

# Towns of eval/ and eval-holdout/ ... eval-holdout6/; none may appear here.
USED_TOWNS = mh6.USED_TOWNS + ("Hegrenes", "Lundvåg", "Skarvhella", "Bjørnmo", "Ekfors", "Sjöbacka", "Lönnhamra",
                               "Tallbacka", "Tjørnbæk", "Sivkær", "Hyldeby", "Wrenfield", "Santa Ilvera", "Zarichne")
TOWNS = "Storlidal, Kvitberg, Ørnevåg and Hummelnes in Norway; Fjällsäter, Ekeskog and Svanbäcka in Sweden; " \
        "Hjortsbæk, Lærkeby and Skovkrog in Denmark; Brzezinki Stare and Roccalba abroad"

JOBS: list[me.Job] = []


def job(slug, title, lang, profession, reqs: list[tuple[str, str]], *cvs: CV) -> None:
    JOBS.append(me.Job(slug, title, lang, profession, [r for r, _ in reqs], [k for _, k in reqs], list(cvs)))


# ===========================================================================
# 1. da: Psykolog
# ===========================================================================

job(
    "psykolog", "Psykolog til Pædagogisk Psykologisk Rådgivning (PPR)", "da", "psychologist",
    [
        ("Du er uddannet cand.psych. eller cand.psych.aut.", "education"),
        ("Autorisation fra Psykolognævnet", "authorisation"),
        ("Minimum to års erfaring som psykolog med børn og unge", "experience"),
        ("Du taler og skriver dansk på et højt niveau", "language"),
        ("Erfaring med testning med WISC-V", "must_mention"),
        ("Kørekort til almindelig bil", "driving_licence"),
        ("Der indhentes børneattest og straffeattest", "manual"),
    ],
    cv("signe-kallehave.pdf", "da", "pdf", "right-dates", "MMMMMMX",
       "'Cand.psych., Hjortsbæk Universitet', 'Autoriseret af Psykolognævnet, 2019', psychologist with children "
       "since feb. 2017 (the years as 'Psykolog under autorisation' are work as a psychologist), 'WISC-V', "
       "'Kategori B'; the specialist training not finished does not matter",
       "Signe Kallehave", "Autoriseret psykolog",
       S("contact", L("Tlf. +45 12 34 63 01"), L("signe.kallehave@example.dk"), L("Hjortsbæk")),
       S("profile", "Autoriseret psykolog med knap ti års erfaring fra arbejdet med børn, unge og deres "
                    "familier. Jeg trives i samarbejdet med skoler og dagtilbud og skriver udtalelser, som "
                    "lærere og forældre kan bruge i praksis."),
       S("exp",
         I("aug. 2019 – nu", "Psykolog, PPR Hjortsbæk Kommune",
           "Pædagogisk-psykologiske vurderinger af børn i 0.–9. klasse",
           "Udredning med WISC-V, WPPSI-IV og Beery VMI", "Konsultative forløb med lærere og pædagoger"),
         I("feb. 2017 – jul. 2019", "Psykolog under autorisation, Børne- og Ungdomspsykiatrisk Ambulatorium, "
                                    "Lærkeby", "Udredning af ADHD og angst hos børn 6–17 år"),
         I("2015 – 2016", "Studentermedhjælper, Psykologisk Klinik, Hjortsbæk Universitet (8 timer om ugen)")),
       S("edu",
         I("2011 – 2016", "Cand.psych., Hjortsbæk Universitet"),
         I("2025 –", "Specialistuddannelse i børnepsykologi, forventet afsluttet 2028")),
       S("auth", L("Autoriseret af Psykolognævnet, 2019")),
       S("lic", L("Kategori B")),
       S("lang", L("Dansk – modersmål"), L("Engelsk – flydende"), L("Tysk – skolekundskaber")),
       date_first=True),
    cv("halvard-oyre.pdf", "nb", "pdf", "two-column", "MUMMMMX",
       "Norwegian 'Profesjonsstudiet i psykologi (cand.psychol.)' is the same degree as cand.psych.; only "
       "'Autorisasjon som psykolog, Helsedirektoratet (Norge)', the Danish one applied for ('Søknad om dansk "
       "autorisasjon sendt til Psykolognævnet'); BUP since 2016; 'Dansk – C1'; 'WISC-V'; 'Førerkort klasse B'",
       "Halvard Øyre", "Psykolog, spesialist i klinisk barne- og ungdomspsykologi",
       S("contact", L("Tlf. 123 46 401"), L("halvard.oyre@example.no"), L("Storlidal")),
       S("lic", L("Førerkort klasse B")),
       S("lang", L("Norsk – morsmål"), L("Dansk – C1 (Studieprøven, 2026)"), L("Engelsk – flytende")),
       S("skills", L("Testing: WISC-V, WAIS-IV, ADOS-2"), L("Foreldreveiledning (COS-P)")),
       S("profile", "Erfaren psykolog fra barne- og ungdomspsykiatrien. Familien flytter til Danmark våren "
                    "2027, og jeg søker stilling i PPR."),
       S("auth", L("Autorisasjon som psykolog, Helsedirektoratet (Norge), 2012"),
         L("Søknad om dansk autorisasjon sendt til Psykolognævnet, oktober 2026")),
       S("exp",
         I("2016 – d.d.", "Psykolog/spesialist, BUP Storlidal", "Utredning og behandling av barn og unge 6–18 år"),
         I("2012 – 2016", "Psykolog, Familievernkontoret i Kvitberg", "Par- og familieterapi, også samtaler med barn")),
       S("edu",
         I("2006 – 2012", "Profesjonsstudiet i psykologi (cand.psychol.), Universitetet i Storlidal"),
         I("2019", "Spesialist i klinisk barne- og ungdomspsykologi (Norsk Psykologforening)")),
       order="right-first"),
    cv("mikkel-thorhauge.txt", "da", "txt", "dates-after", "MMUMMMX",
       "cand.psych. and 'Autoriseret psykolog (Psykolognævnet), 2023', but 2021–2025 with adults ('Psykiatrisk "
       "Ambulatorium for voksne'); with children only at PPR since 'januar 2026 – nu' (11 months)",
       "Mikkel Thorhauge", "Psykolog",
       S("contact", L("Mobil: +45 12 34 63 02"), L("E-mail: mikkel.thorhauge@example.dk")),
       S("profile", "Jeg er autoriseret psykolog og har de seneste år arbejdet med voksne med angst og "
                    "depression. I januar skiftede jeg til PPR, fordi jeg gerne vil arbejde med børn og unge.",
         head="Om mig"),
       S("exp",
         I("januar 2026 – nu", "Psykolog, PPR Skovkrog Kommune", "Psykologiske undersøgelser, bl.a. med WISC-V",
           "Supervision af AKT-team"),
         I("2021 – 2025", "Psykolog, Psykiatrisk Ambulatorium for voksne, Lærkeby",
           "Kognitiv adfærdsterapi i grupper og individuelt")),
       S("edu", I("2015 – 2021", "cand.psych., Hjortsbæk Universitet")),
       S("auth", L("Autoriseret psykolog (Psykolognævnet), 2023")),
       S("lic", L("Kørekort B")),
       S("lang", L("Dansk: modersmål"), L("Engelsk: godt"))),
    cv("rikke-abildgaard.docx", "en", "docx", "one-column", "MMMMMNX",
       "'Cand.psych. (MSc in Psychology)', 'Authorised psychologist, Psykolognævnet', school psychologist "
       "with children since 2015, 'Assessments with WISC-V', 'Danish – native', but 'No driving licence'",
       "Rikke Abildgaard", "Psychologist (authorised)",
       S("contact", L("Lærkeby, Denmark"), L("+45 12 34 63 03"), L("rikke.abildgaard@example.dk")),
       S("profile", "School psychologist with eleven years in pedagogical psychological counselling. Calm, "
                    "structured and used to working across many schools."),
       S("exp",
         I("2018 – present", "School Psychologist, PPR Lærkeby Municipality",
           "Assessments with WISC-V and WPPSI-IV", "Consultation for teachers and parents"),
         I("2015 – 2018", "Psychologist, Child and Adolescent Psychiatry, Hjortsbæk")),
       S("edu", I("2009 – 2015", "Cand.psych. (MSc in Psychology), Hjortsbæk University")),
       S("auth", L("Authorised psychologist, Psykolognævnet, 2017"), head="Authorisation"),
       S("lic", L("No driving licence – I cycle and use public transport between the schools")),
       S("lang", L("Danish – native"), L("English – fluent"))),
    cv("annika-bergqvist.docx", "sv", "docx", "bold-headings", "MMMMMMX",
       "Swedish 'Psykologexamen (300 hp)' is the same degree; 'Dansk autorisation som psykolog "
       "(Psykolognævnet), 2021' besides the Swedish legitimation; BUP and PPR since 2013; 'Danska – flytande i "
       "tal och skrift'; 'Begåvningsutredningar med WISC-V'; 'Körkort B'",
       "Annika Bergqvist", "Psykolog",
       S("contact", L("Tel. +45 12 34 63 04"), L("annika.bergqvist@example.se"),
         L("Bosatt i Hjortsbæk, Danmark, sedan 2020")),
       S("profile", "Legitimerad psykolog från Sverige med dansk autorisation sedan 2021. Jag har arbetat med "
                    "barn och unga i hela mitt yrkesliv, först inom BUP och nu i PPR."),
       S("auth", L("Legitimerad psykolog (Socialstyrelsen), 2014"),
         L("Dansk autorisation som psykolog (Psykolognævnet), 2021"), head="Legitimation och auktorisation"),
       S("exp",
         I("2021 – nu", "Psykolog, PPR Hjortsbæk Kommune", "Begåvningsutredningar med WISC-V",
           "Handledning av pedagoger"),
         I("2013 – 2020", "Psykolog, Barn- och ungdomspsykiatrin (BUP) Ekeskog",
           "PTP-år 2013–2014, därefter tillsvidareanställd")),
       S("edu", I("2008 – 2013", "Psykologexamen (300 hp), Ekeskogs universitet")),
       S("lic", L("Körkort B")),
       S("lang", L("Svenska – modersmål"), L("Danska – flytande i tal och skrift"), L("Engelska – mycket god"))),
)


# ===========================================================================
# 2. sv: Receptarie / apotekare
# ===========================================================================

job(
    "receptarie", "Receptarie eller apotekare till öppenvårdsapotek", "sv", "pharmacist",
    [
        ("Svensk legitimation som receptarie eller apotekare", "authorisation"),
        ("Receptarieexamen eller apotekarexamen", "education"),
        ("Minst ett års erfarenhet av arbete på öppenvårdsapotek", "experience"),
        ("Mycket goda kunskaper i svenska i tal och skrift", "language"),
        ("Vana av receptexpedition i Eira", "must_mention"),
        ("Du kan arbeta kvällar och helger enligt schema", "manual"),
    ],
    cv("josefin-hallstrom.pdf", "sv", "pdf", "one-column", "MMMMMX",
       "'Legitimation som receptarie, Socialstyrelsen, 2017', 'Receptarieexamen juni 2017', receptarie at a "
       "pharmacy since 2017 (80 %), 'Receptexpedition och läkemedelsrådgivning i Eira'; the weekend job as "
       "'kassabiträde' does not matter",
       "Josefin Hallström", "Legitimerad receptarie",
       S("contact", L("0980-319 201"), L("josefin.hallstrom@example.se"), L("Fjällsäter")),
       S("profile", "Receptarie med nio års erfarenhet från öppenvårdsapotek. Jag tycker om mötet med "
                    "kunderna och är van att ha farmaceutiskt ansvar på egen hand kvällar och helger."),
       S("exp",
         I("2017 – nu", "Receptarie (80 %), Apotek Tranan, Fjällsäter",
           "Receptexpedition och läkemedelsrådgivning i Eira", "Ansvar för egenvårdssortimentet"),
         I("2015 – 2017", "Extrajobb (helger) som kassabiträde, Fjällsäter Livs")),
       S("edu", I("2014 – 2017", "Receptarieprogrammet, 180 hp, Ekeskogs universitet", "Receptarieexamen juni 2017")),
       S("auth", L("Legitimation som receptarie, Socialstyrelsen, 2017")),
       S("lang", L("Svenska – modersmål"), L("Engelska – mycket goda kunskaper"))),
    cv("karoline-bech.pdf", "en", "pdf", "two-column", "MMMNMX",
       "Danish 'MSc in Pharmacy (cand.pharm.)' is an apotekare degree; 'legitimerad apotekare' since 2022; "
       "community pharmacy since 2014; 'Prescription dispensing in Eira'; but 'Swedish – good working "
       "knowledge (B2)' is below \"mycket goda\"",
       "Karoline Vestergaard Bech", "Pharmacist (apotekare)",
       S("contact", L("0980-319 202"), L("karoline.bech@example.com"), L("Svanbäcka, Sweden")),
       S("lang", L("Danish – native"), L("English – fluent"), L("Swedish – good working knowledge (B2)")),
       S("skills", L("Prescription dispensing in Eira"), L("Medication reviews"), L("Vaccination")),
       S("auth", L("Swedish licence to practise as a pharmacist (legitimerad apotekare), Socialstyrelsen, 2022"),
         L("Danish authorisation as a pharmacist, 2014"), head="Licences"),
       S("profile", "Danish pharmacist who moved to Sweden in 2022. Twelve years in community pharmacy."),
       S("exp",
         I("2022 – present", "Pharmacist, Apotek Lärkspuren, Svanbäcka", "Dispensing, counselling and vaccinations"),
         I("2014 – 2022", "Pharmacist, Skovkrog Apotek, Denmark", "Community pharmacy with nine staff")),
       S("edu", I("2009 – 2014", "MSc in Pharmacy (cand.pharm.), Hjortsbæk University")),
       order="left-first"),
    cv("elin-wahlback.txt", "sv", "txt", "one-column", "MMUMMX",
       "'Legitimerad receptarie 2018', but at an öppenvårdsapotek only since 'mars 2026 – pågående' (9 "
       "months); the years at 'Sjukhusapoteket' are hospital pharmacy",
       "Elin Wahlbäck", "Receptarie",
       S("contact", L("Tel: 0980-319 203"), L("Mejl: elin.wahlback@example.se")),
       S("profile", "Legitimerad receptarie sedan 2018. Efter många år på sjukhusapotek har jag gått över till "
                    "öppenvården och trivs mycket bra med kundmötet."),
       S("exp",
         I("mars 2026 – pågående", "Receptarie, Apoteket Gullvivan, Ekeskog",
           "Receptexpedition i Eira, egenvårdsrådgivning"),
         I("aug 2018 – feb 2026", "Receptarie, Sjukhusapoteket vid Ekeskogs lasarett",
           "Läkemedelsförsörjning till avdelningarna, iordningställande och spårbarhet")),
       S("edu", I("2015 – 2018", "Receptarieprogrammet 180 hp (receptarieexamen), Ekeskogs universitet")),
       S("auth", L("Legitimerad receptarie 2018")),
       S("lang", L("Svenska – modersmål"), L("Engelska – goda kunskaper"), L("Finska – lite"))),
    cv("ragnhild-tveiteras.txt", "nn", "txt", "dates-after", "MMMMMX",
       "Norwegian 'Master i farmasi (provisorfarmasøyt)' is an apotekare degree; 'Svensk legitimation som "
       "apotekare'; pharmacy work in Sweden since sept. 2019 (75 %) and in Norway before; 'Reseptekspedering "
       "i Eira'; 'Svensk – flytande munnleg og skriftleg'",
       "Ragnhild Tveiterås", "Provisorfarmasøyt",
       S("contact", L("Tlf. 0980-319 204"), L("ragnhild.tveiteras@example.no")),
       S("profile", "Norsk provisorfarmasøyt, busett i Sverige sidan 2019. Eg har svensk legitimasjon og har "
                    "arbeidd på svenske apotek i sju år."),
       S("exp",
         I("sept. 2019 – d.d.", "Apotekare (75 %), Apoteket Blåklockan, Fjällsäter", "Reseptekspedering i Eira",
           "Farmasøytisk ansvarleg annakvar helg"),
         I("2015 – 2019", "Provisorfarmasøyt, Ørnevåg Apotek", "Reseptekspedering og legemiddelsamtalar"),
         head="Arbeid"),
       S("edu", I("2010 – 2015", "Master i farmasi (provisorfarmasøyt), Universitetet i Storlidal")),
       S("auth", L("Autorisasjon som provisorfarmasøyt (Helsedirektoratet), 2015"),
         L("Svensk legitimation som apotekare (Socialstyrelsen), 2019"), head="Autorisasjon og legitimasjon"),
       S("lang", L("Norsk – morsmål"), L("Svensk – flytande munnleg og skriftleg"), L("Engelsk – godt")),
       upper=False, rule=True),
    cv("mattias-ohrvall.docx", "sv", "docx", "bold-headings", "MMMMUX",
       "'Legitimerad apotekare, 2019' with öppenvårdsapotek since 2019, but dispensing in 'Farmasys'; Eira only "
       "as 'introduktionsutbildning inbokad' for January 2027",
       "Mattias Öhrvall", "Apotekare",
       S("contact", L("0980-319 205"), L("mattias.ohrvall@example.se"), L("Svanbäcka")),
       S("profile", "Legitimerad apotekare med sju års erfarenhet från öppenvårdsapotek, de senaste tre som "
                    "apotekschef."),
       S("exp",
         I("2023 – nu", "Apotekschef, Hälsoapoteket Svanbäcka", "Personalansvar för sex medarbetare",
           "Receptexpedition i Farmasys",
           "Vi byter till Eira i januari 2027; introduktionsutbildning inbokad"),
         I("2019 – 2023", "Apotekare, Hälsoapoteket Fjällsäter", "Receptexpedition och läkemedelsgenomgångar")),
       S("edu", I("2014 – 2019", "Apotekarprogrammet 300 hp (apotekarexamen), Ekeskogs universitet")),
       S("auth", L("Legitimerad apotekare, 2019")),
       S("lang", L("Svenska – modersmål"), L("Engelska – flytande"), L("Tyska – grundläggande"))),
)


# ===========================================================================
# 3. nb: Anleggsgartner
# ===========================================================================

job(
    "anleggsgartner", "Anleggsgartner med fagbrev", "nb", "landscape gardener",
    [
        ("Fagbrev som anleggsgartner", "education"),
        ("Minst 3 års erfaring fra anleggsgartnerfaget", "experience"),
        ("Førerkort klasse BE", "driving_licence"),
        ("Maskinførerbevis for gravemaskin (M2) og hjullaster (M4)", "certificate"),
        ("Gyldig kurs i arbeidsvarsling, kurs 1", "certificate"),
        ("Du må kunne gjøre deg forstått på norsk eller et annet skandinavisk språk", "language"),
        ("Du må tåle fysisk krevende arbeid ute i all slags vær", "manual"),
    ],
    cv("eirik-sandbakken.txt", "nb", "txt", "one-column", "MMMMMMX",
       "'Fagbrev i anleggsgartnerfaget, 2012', anleggsgartner since 2012 (the læretid not counted), 'B, BE, "
       "C1, C1E', 'Maskinførerbevis M1–M6' covers M2 and M4, 'Arbeidsvarsling kurs 1 – gyldig til 2028'",
       "Eirik Sandbakken", "Anleggsgartner",
       S("contact", L("Tlf: 123 46 411"), L("E-post: eirik.sandbakken@example.no"), L("Bosted: Storlidal")),
       S("profile", "Anleggsgartner med fagbrev og fjorten års erfaring fra parker, lekeplasser, murer og "
                    "steinlegging. Vant til å jobbe selvstendig og til å ha ansvar for lærlinger."),
       S("exp",
         I("2016 – nå", "Anleggsgartner/formann, Storlidal Grøntanlegg AS",
           "Natursteinsmurer, belegningsstein og beplantning", "Graving og massehåndtering med 14 tonns gravemaskin"),
         I("2012 – 2016", "Anleggsgartner, Kvitberg Park og Anlegg AS"),
         head="Erfaring"),
       S("edu",
         I("2010 – 2012", "Lærling, Kvitberg Park og Anlegg AS", "Fagbrev i anleggsgartnerfaget, 2012"),
         I("2008 – 2010", "Vg1 bygg- og anleggsteknikk, Vg2 anleggsgartner, Storlidal vgs.")),
       S("cert", L("Maskinførerbevis M1–M6 (dokumentert sikkerhetsopplæring)"),
         L("Arbeidsvarsling kurs 1 – gyldig til 2028"), L("Varme arbeider, 2024"), head="Sertifikater/kurs"),
       S("lic", L("Førerkort: B, BE, C1, C1E")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – godt"))),
    cv("albin-rydelius.docx", "sv", "docx", "table", "UMMMMMX",
       "landscaping since 2014, 'Körkort: B, BE', 'Maskinførerbevis M2 gravemaskin og M4 hjullaster', "
       "'Arbeidsvarsling kurs 1 (2022)', Swedish native; but only a Swedish school programme "
       "('Naturbruksprogrammet, inriktning trädgård'), no fagbrev or trade certificate",
       "Albin Rydelius", "Trädgårdsanläggare",
       S("contact", L("Tel. +47 123 46 412"), L("albin.rydelius@example.se"), L("Bor i Kvitberg, Norge")),
       S("profile", "Jag har jobbat med trädgårdsanläggning sedan 2014, de senaste fem åren i Norge. "
                    "Stenläggning, murar, planteringar och maskinarbete."),
       S("exp",
         I("2021 – nu", "Anleggsgartner (anställd som fagarbeider), Kvitberg Hageanlegg AS",
           "Stenläggning och murar, maskinarbete med grävmaskin och hjullastare"),
         I("2014 – 2021", "Trädgårdsanläggare, Ekeskog Mark & Trädgård AB")),
       S("edu", I("2011 – 2014", "Naturbruksprogrammet, inriktning trädgård, Fjällsäter naturbruksgymnasium",
                  "Gymnasieexamen 2014")),
       S("cert", L("Maskinførerbevis M2 gravemaskin og M4 hjullaster (Norge, 2021)"),
         L("Arbeidsvarsling kurs 1 (2022)"), L("Heta arbeten")),
       S("lic", L("Körkort: B, BE")),
       S("lang", L("Svenska – modersmål"), L("Norska – talar och förstår bra"), L("Engelska – bra"))),
    cv("torjus-hjelmeland.pdf", "nn", "pdf", "two-column", "MMMMMMX",
       "'Fagbrev i anleggsgartnarfaget (praksiskandidat)' 2024 after working in the trade since 03.2018 "
       "(hjelpearbeidar at a landscaping firm counts), 'Førarkort: klasse BE', 'Maskinførarbevis M2 og M4', "
       "'Arbeidsvarsling kurs 1 og 2, fornya 2025'",
       "Torjus Hjelmeland", "Anleggsgartnar",
       S("contact", L("123 46 413"), L("torjus.hjelmeland@example.no"), L("Hummelnes")),
       S("lic", L("Førarkort: klasse BE")),
       S("cert", L("Maskinførarbevis M2 og M4"), L("Arbeidsvarsling kurs 1 og 2, fornya 2025"),
         L("Motorsag, grunnkurs")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – bra")),
       S("profile", "Eg starta som hjelpearbeidar hjå ein anleggsgartnar i 2018 og tok fagbrevet som "
                    "praksiskandidat i 2024. Eg likar best å jobbe med naturstein og store maskinar."),
       S("exp",
         I("05.2024 – no", "Anleggsgartnar, Hummelnes Hage og Anlegg AS",
           "Skulegardar, parkanlegg og private hagar"),
         I("03.2018 – 04.2024", "Hjelpearbeidar/anleggsarbeidar, Hummelnes Hage og Anlegg AS",
           "Grunnarbeid, belegningsstein og plenlegging")),
       S("edu",
         I("2024", "Fagbrev i anleggsgartnarfaget (praksiskandidat)"),
         I("2014 – 2017", "Vidaregåande, studiespesialisering, Ørnevåg vgs.")),
       order="rows"),
    cv("jesper-kragelund.pdf", "da", "pdf", "dates-after", "MMMUMMX",
       "Danish 'Svendebrev som anlægsgartner' is the same trade certificate; anlægsgartner since 2014; "
       "'Kørekort kategori B/E'; 'Arbeidsvarsling kurs 1, 2024'; but the machine card shows 'M3 minigraver, M4 "
       "hjullaster', no M2 gravemaskin",
       "Jesper Kragelund", "Anlægsgartner",
       S("contact", L("+47 123 46 414"), L("jesper.kragelund@example.dk"), L("Ørnevåg, Norge")),
       S("profile", "Udlært anlægsgartner fra Danmark. Jeg har arbejdet i Norge siden 2019."),
       S("exp",
         I("april 2019 – d.d.", "Anleggsgartner, Ørnevåg Grønt AS",
           "Belægning, støttemure og beplantning i boligprojekter", "Kører minigraver og hjullæsser dagligt"),
         I("2014 – 2019", "Anlægsgartner, Hjortsbæk Anlæg ApS")),
       S("edu", I("2010 – 2014", "Anlægsgartneruddannelsen (EUD), Hjortsbæk Erhvervsskole",
                  "Svendebrev som anlægsgartner, 2014")),
       S("cert", L("Maskinførerbevis (Norge): M3 minigraver, M4 hjullaster"), L("Arbeidsvarsling kurs 1, 2024"),
         L("Førstehjælp, 2023")),
       S("lic", L("Kørekort kategori B/E")),
       S("lang", L("Dansk – modersmål"), L("Norsk – taler og forstår godt"), L("Engelsk – godt"))),
    cv("grzegorz-wilczynski.docx", "en", "docx", "europass", "MMMMMMX",
       "'Trade certificate (fagbrev) as landscape gardener', landscaping since 2012, 'B, B+E, C', 'M2 "
       "(excavator), M4 (wheel loader)', 'Arbeidsvarsling kurs 1 (work zone traffic control), 2025'; Norwegian "
       "'Speaking B1' is enough to make oneself understood",
       "Grzegorz Wilczyński", "Landscape gardener (anleggsgartner)",
       S("contact", KV("Phone", "123 46 415"), KV("E-mail", "grzegorz.wilczynski@example.com"),
         KV("Address", "Kvitberg, Norway")),
       S("exp",
         I("04/2017 – present", "Landscape gardener, Kvitberg Hageanlegg AS",
           "Paving, natural stone walls, planting and turf", "Excavator and wheel loader work on site"),
         I("2012 – 2017", "Landscaping worker, Zieleń Serwis, Brzezinki Stare, Poland")),
       S("edu",
         I("2021", "Trade certificate (fagbrev) as landscape gardener, Norway"),
         I("2008 – 2012", "Technical secondary school, horticulture, Brzezinki Stare")),
       S("lang", KV("Mother tongue", "Polish"),
         KV("Norwegian", "Understanding B1, Speaking B1, Writing A2"),
         KV("English", "Understanding B2, Speaking B2, Writing B1")),
       S("lic", KV("Driving licence", "B, B+E, C")),
       S("cert", L("Maskinførerbevis M2 (excavator), M4 (wheel loader), M6 (dumper)"),
         L("Arbeidsvarsling kurs 1 (work zone traffic control), 2025"))),
)


# ===========================================================================
# 4. nn: Servitør
# ===========================================================================

job(
    "servitor", "Servitør til à la carte-restaurant", "nn", "waiter",
    [
        ("Fagbrev som servitør eller tilsvarande utdanning", "education"),
        ("Minst to års erfaring frå servering i restaurant", "experience"),
        ("Bestått kunnskapsprøva om alkohollova", "certificate"),
        ("Gode kunnskapar i norsk og engelsk munnleg", "language"),
        ("Erfaring med kassasystemet Trivec", "must_mention"),
        ("Du må kunne arbeide kveldar og helgar", "manual"),
    ],
    cv("solveig-hauglum.pdf", "nn", "pdf", "two-column", "MMMMMX",
       "'Fagbrev i servitørfaget', servitør since 2014 (the læretid not counted), 'Kunnskapsprøva om "
       "alkohollova, bestått 2019', 'oppgjer i Trivec', 'Engelsk: godt, munnleg og skriftleg'",
       "Solveig Hauglum", "Servitør",
       S("contact", L("Tlf. 123 46 421"), L("solveig.hauglum@example.no"), L("Ørnevåg")),
       S("profile", "Utdanna servitør med over ti års erfaring frå à la carte og selskap. Eg er glad i vin og i "
                    "å gje gjestane ein god kveld."),
       S("exp",
         I("2019 – no", "Servitør og stadfortredar, Restaurant Fjæra, Ørnevåg",
           "Servering à la carte, vinmeny og oppgjer i Trivec"),
         I("2014 – 2019", "Servitør, Hummelnes Hotell, restauranten"),
         I("2012 – 2014", "Lærling i servitørfaget, Hummelnes Hotell")),
       S("edu",
         I("2014", "Fagbrev i servitørfaget"),
         I("2010 – 2012", "Vg1 restaurant- og matfag, Vg2 servitørfag, Ørnevåg vgs.")),
       S("cert", L("Kunnskapsprøva om alkohollova, bestått 2019"), L("WSET Level 2 i vin, 2022")),
       S("lang", L("Norsk: morsmål"), L("Engelsk: godt, munnleg og skriftleg")),
       order="left-first"),
    cv("filip-wennerholm.docx", "sv", "docx", "one-column", "MMUMMX",
       "Swedish 'Restaurang- och livsmedelsprogrammet, inriktning servering' with gymnasieexamen is "
       "\"tilsvarande utdanning\"; waiter since 2016; 'Kassasystem: Trivec'; 'Norska – talar flytande'; but "
       "only the Swedish 'Ansvarsfull alkoholservering' and the Norwegian test 'planerad, anmäld till "
       "januari 2027'",
       "Filip Wennerholm", "Servitör",
       S("contact", L("+47 123 46 422"), L("filip.wennerholm@example.se"), L("Ørnevåg, Norge")),
       S("lang", L("Svenska – modersmål"), L("Norska – talar flytande"), L("Engelska – mycket god")),
       S("skills", L("Kassasystem: Trivec"), L("Vinservering"), L("Bar")),
       S("cert", L("Ansvarsfull alkoholservering (Sverige), 2017"),
         L("Kunnskapsprøven om alkoholloven: planerad, anmäld till januari 2027")),
       S("profile", "Servitör sedan 2016. Flyttade till Norge hösten 2024."),
       S("exp",
         I("10/2024 – nu", "Servitør, Brasseriet Ørnevåg", "À la carte, 80 platser"),
         I("2016 – 2024", "Servitör, Restaurang Tornet, Ekeskog",
           "Servering, vinrekommendationer och kassa i Trivec")),
       S("edu", I("2013 – 2016", "Restaurang- och livsmedelsprogrammet, inriktning servering, Fjällsäter "
                                 "gymnasium", "Gymnasieexamen 2016"))),
    cv("marius-fjeldstad.txt", "nb", "txt", "badly-written", "MMMMMX",
       "badly written bokmål; 'tok fagbrev som servitør i 2017', restaurant 'fra høsten 2017 til nå', "
       "'kunnskapsprøven om alkoholloven (2020)', lower-case 'trivec', 'snakker norsk og engelsk flytende'",
       raw="""
Marius Fjeldstad
servitør
marius.fjeldstad@example.net   mob 123 46 423

hei! jeg heter marius og er 29 år. tok fagbrev som servitør i 2017 og har jobba på Hummelnes Brygge restaurant fra høsten 2017 til nå, mest a la carte men også selskap og bryllup.
har tatt kunnskapsprøven om alkoholloven (2020), kan lage drinker og kan mye om vin
vi bruker trivec i kassa og til bordbestilling
snakker norsk og engelsk flytende, litt spansk
har førerkort
"""),
    cv("dorthe-kjaersgaard.docx", "da", "docx", "table", "MMMMUX",
       "Danish 'Svendebrev som tjener' is an equivalent qualification; tjener since 2013; 'Kunnskapsprøven om "
       "alkoholloven (Norge), bestået 2022'; 'Norsk – flydende'; but 'Kassesystemer: Orderbird og Lightspeed', "
       "no Trivec",
       "Dorthe Kjærsgaard", "Tjener",
       S("contact", L("+47 123 46 424"), L("dorthe.kjaersgaard@example.dk")),
       S("profile", "Uddannet tjener med mange års erfaring fra restauranter i Danmark og Norge. Jeg er rolig i "
                    "travle perioder og god til mersalg."),
       S("exp",
         I("jun. 2021 – d.d.", "Servitør, Restaurant Kvitberg Bryggeri",
           "À la carte og selskaber op til 120 kuverter"),
         I("2013 – 2021", "Tjener, Hjortsbæk Kro", "Restaurant og selskaber")),
       S("edu", I("2011 – 2013", "Tjeneruddannelsen (EUD), Hjortsbæk Hotel- og Restaurantskole",
                  "Svendebrev som tjener, 2013")),
       S("cert", L("Kunnskapsprøven om alkoholloven (Norge), bestået 2022"), L("Hygiejnebevis")),
       S("skills", L("Kassesystemer: Orderbird og Lightspeed"), L("Vinkendskab")),
       S("lang", L("Dansk – modersmål"), L("Norsk – flydende (bor i Norge siden 2021)"), L("Engelsk – godt"))),
    cv("matteo-ricciardi.pdf", "en", "pdf", "right-dates", "MUMMMX",
       "hotel school in food and beverage service is \"tilsvarande\"; 'Kunnskapsprøven (Norwegian alcohol act "
       "test), passed May 2025'; 'Norwegian – B2'; 'payment in Trivec'; but waiting tables only since "
       "'06/2025 – present' (18 months), the years before as 'Kitchen porter and dishwasher'",
       "Matteo Ricciardi", "Waiter",
       S("contact", L("Storlidal, Norway"), L("+47 123 46 425"), L("matteo.ricciardi@example.it")),
       S("profile", "Italian waiter trained at hotel school. After school I worked in a restaurant kitchen "
                    "before moving to Norway, where I now serve in the dining room."),
       S("exp",
         I("06/2025 – present", "Waiter, Osteria Nord, Storlidal",
           "À la carte service for 60 covers, orders and payment in Trivec"),
         I("2019 – 2025", "Kitchen porter and dishwasher, Ristorante Il Faro, Roccalba, Italy")),
       S("edu", I("2014 – 2019", "Diploma, hotel school (Istituto Alberghiero), food and beverage service, "
                                 "Roccalba")),
       S("cert", L("Kunnskapsprøven (Norwegian alcohol act test), passed May 2025")),
       S("lang", L("Italian – native"), L("English – fluent"), L("Norwegian – B2, spoken and written"))),
)


# ===========================================================================
# 5. nb: Matros
# ===========================================================================

job(
    "matros", "Matros til forsyningsfartøy i Nordsjøen", "nb", "able seaman",
    [
        ("Fagbrev som matros", "education"),
        ("Minimum 2 års fartstid som matros", "experience"),
        ("Gyldig grunnleggende sikkerhetsopplæring (STCW A-VI/1)", "certificate"),
        ("Sertifikat for redningsfarkoster og MOB-båt (STCW A-VI/2-1)", "certificate"),
        ("Gyldig helseerklæring for arbeidstakere på skip", "certificate"),
        ("Gode engelskkunnskaper, muntlig og skriftlig", "language"),
        ("Må kunne jobbe 4 uker på / 4 uker av", "manual"),
    ],
    cv("sindre-hagebakken.pdf", "nb", "pdf", "dates-after", "MMMMMMX",
       "'Fagbrev som matros, 2014', matros and båtsmann at sea since 2014, 'Grunnleggende sikkerhetsopplæring "
       "STCW A-VI/1, oppfrisket 2024', 'Redningsfarkost og MOB-båt (STCW A-VI/2-1)', helseerklæring 'gyldig "
       "til mars 2027', 'Engelsk – flytende'",
       "Sindre Hagebakken", "Matros / båtsmann",
       S("contact", L("Tlf 123 46 431"), L("sindre.hagebakken@example.no"), L("Hummelnes")),
       S("profile", "Erfaren matros fra offshore forsyningsskip og ankerhåndtering. Trives på dekk og har "
                    "gått som båtsmann siden 2021."),
       S("exp",
         I("2021 – d.d.", "Båtsmann, MS Havørn (PSV), Hummelnes Offshore AS",
           "Arbeidsleder på dekk, lasting og lossing ved installasjonene"),
         I("2014 – 2021", "Matros, MS Stormsvale, Hummelnes Offshore AS",
           "Ankerhåndtering, vakthold på bro og vedlikehold")),
       S("edu",
         I("2012 – 2014", "Lærling om bord, Hummelnes Offshore AS", "Fagbrev som matros, 2014"),
         I("2010 – 2012", "Vg1 teknikk og industriell produksjon, Vg2 maritime fag, Kvitberg vgs.")),
       S("cert", L("Grunnleggende sikkerhetsopplæring STCW A-VI/1, oppfrisket 2024"),
         L("Redningsfarkost og MOB-båt (STCW A-VI/2-1), 2024"), L("Hurtiggående MOB-båt (FRB), 2024"),
         L("Helseerklæring for sjøfolk, gyldig til mars 2027"), L("Able Seafarer Deck (STCW A-II/5)"),
         head="Sertifikater"),
       S("lang", L("Norsk – morsmål"), L("Engelsk – flytende, arbeidsspråk om bord"))),
    cv("tomasz-wierzbicki.pdf", "en", "pdf", "two-column", "MMMMMMX",
       "'Trade certificate as able seaman (fagbrev som matros)' as praksiskandidat, AB on Norwegian vessels "
       "since 2013, 'Basic Safety Training STCW A-VI/1, refresher 2023', 'Proficiency in Survival Craft and "
       "Rescue Boats (A-VI/2-1)', medical 'valid until 08/2027', 'English – fluent'",
       "Tomasz Wierzbicki", "Able Seaman (AB)",
       S("contact", L("+47 123 46 432"), L("tomasz.wierzbicki@example.com"), L("Kvitberg, Norway")),
       S("cert", L("Basic Safety Training STCW A-VI/1, refresher 2023"),
         L("Proficiency in Survival Craft and Rescue Boats (A-VI/2-1), 2023"),
         L("Seafarer medical certificate (helseerklæring), valid until 08/2027"),
         L("Able Seafarer Deck A-II/5")),
       S("lang", L("Polish – native"), L("English – fluent"), L("Norwegian – good")),
       S("profile", "Able seaman on Norwegian supply and standby vessels since 2013. Safety-minded and "
                    "experienced with deck cargo and mooring."),
       S("exp",
         I("2018 – present", "Able Seaman, MS Kvitberg Supporter, Kvitberg Shipping AS",
           "Deck cargo, mooring and watchkeeping", "Rotation 4 weeks on / 4 weeks off"),
         I("2013 – 2018", "Able Seaman, standby vessel MS Sjøglimt, Ørnevåg Rederi AS")),
       S("edu",
         I("2016", "Trade certificate as able seaman (fagbrev som matros), Norway, as praksiskandidat"),
         I("2008 – 2012", "Maritime vocational school, deck ratings, Poland")),
       order="right-first"),
    cv("aslak-vindenes.txt", "nn", "txt", "badly-written", "MUMMMMX",
       "badly written nynorsk; 'fagbrev matros juni 2025' and matros only 'sidan august 2025' (15 months); the "
       "lærling years and two summers as 'lettmatros' are not fartstid as matros",
       raw="""
aslak vindenes
aslak.vindenes@example.no - 123 46 433

hei, eg søkjer på jobben som matros.
eg gjekk maritime fag på Ørnevåg vgs og var lettmatros på ferja Hummelnes–Kvitberg sommaren 2021 og 2022 før eg fekk læreplass.
lærling på dekk hjå Kvitberg Shipping 2023-2025, fagbrev matros juni 2025.
sidan august 2025 har eg gått fast som matros på MS Sjøglimt, 4 veker på 4 av.
sertifikat: grunnleggjande tryggleiksopplæring stcw a-vi/1 (2023), redningsfarkost og mob-båt a-vi/2-1 (2023), helseerklæring gyldig til 2027
engelsk: flytande, snakkar engelsk kvar dag om bord
"""),
    cv("kasper-munkholm.txt", "da", "txt", "no-headings", "MMMMMMX",
       "Danish 'Skibsassistentuddannelsen (EUD)' with svendebrev is the matros trade certificate; "
       "skibsassistent at sea since 2017; 'Grundlæggende sikkerhedskursus STCW A-VI/1, fornyet 2025'; "
       "'Redningsfartøjer og MOB-både A-VI/2-1'; 'Lægeattest for søfarende, gyldig til 11.2027'; 'engelsk – "
       "flydende'",
       "Kasper Munkholm", "Befaren skibsassistent",
       S("contact", "Tlf. +45 12 34 63 41 · kasper.munkholm@example.dk · Skovkrog"),
       S("profile", "Skibsassistent med ni års sejltid på forsyningsskibe og færger. Jeg søger job på norsk "
                    "skib med 4/4-rotation."),
       S("exp",
         I("2020 – nu", "Skibsassistent (matros), MS Skovkrog Supplier, forsyning i Nordsøen"),
         I("2017 – 2020", "Skibsassistent, færgen Lærkeby–Hjortsbæk")),
       S("edu", I("2014 – 2017", "Skibsassistentuddannelsen (EUD), Hjortsbæk Maritime Skole – svendebrev 2017")),
       S("cert", L("Grundlæggende sikkerhedskursus STCW A-VI/1, fornyet 2025"),
         L("Redningsfartøjer og MOB-både A-VI/2-1, fornyet 2025"), L("Lægeattest for søfarende, gyldig til 11.2027")),
       S("lang", L("Dansk – modersmål, engelsk – flydende, norsk – forstår godt"))),
    cv("joakim-fahlgren.docx", "sv", "docx", "europass", "MMMMUMX",
       "'Norskt fagbrev som matros', matros 2018 – juli 2026 (the lärling years not counted), both STCW "
       "courses, 'Engelska – flytande', but the 'Läkarintyg för sjöfolk, giltigt t.o.m. 2026-09-30' has expired",
       "Joakim Fahlgren", "Matros",
       S("contact", L("0980-319 206"), L("joakim.fahlgren@example.se"), L("Ekeskog")),
       S("profile", "Svensk matros med norskt fagbrev och åtta år på norska fartyg. Söker ny tjänst efter att "
                    "mitt kontrakt tog slut i somras."),
       S("exp",
         I("2018 – juli 2026", "Matros, MS Nordstjerna, Ørnevåg Rederi AS",
           "Lasthantering, förtöjning och vakt på bryggan"),
         I("2016 – 2018", "Lärling däck, Ørnevåg Rederi AS")),
       S("edu",
         I("2018", "Norskt fagbrev som matros"),
         I("2013 – 2016", "Gymnasieexamen, Ekeskog gymnasium")),
       S("cert", L("Grundläggande säkerhetsutbildning STCW A-VI/1, förnyad 2024"),
         L("Räddningsfarkoster och beredskapsbåtar (A-VI/2-1), 2024"),
         L("Läkarintyg för sjöfolk, giltigt t.o.m. 2026-09-30")),
       S("lang", L("Svenska – modersmål"), L("Norska – flytande"), L("Engelska – flytande"))),
)


# ===========================================================================
# 6. en: Payroll officer
# ===========================================================================

job(
    "payroll-officer", "Payroll Officer (Lønnsmedarbeider)", "en", "payroll officer",
    [
        ("Bachelor's degree in accounting, economics or a related field", "education"),
        ("Minimum 3 years' experience with payroll processing", "experience"),
        ("Experience with A-melding reporting", "must_mention"),
        ("Hands-on experience with Visma Lønn or Huldt & Lillevik", "must_mention"),
        ("Fluent Norwegian and good English, written and spoken", "language"),
        ("High integrity and discretion in handling confidential information", "manual"),
    ],
    cv("marianne-bjorgum.docx", "nb", "docx", "table", "MMMMMX",
       "'Bachelor i økonomi og administrasjon', payroll since 2016, 'Månedlig A-melding', 'Huldt & Lillevik' "
       "and 'Visma Lønn', 'Norsk – morsmål', 'Engelsk – godt muntlig og skriftlig'",
       "Marianne Bjørgum", "Lønnsansvarlig",
       S("contact", L("Tlf. 123 46 441"), L("marianne.bjorgum@example.no"), L("Storlidal")),
       S("profile", "Jeg har jobbet med lønn i ti år, både i regnskapsbyrå og i industribedrift. Nøyaktig, "
                    "diskret og glad i Excel."),
       S("exp",
         I("2019 – d.d.", "Lønnsansvarlig, Storlidal Trevare AS (420 ansatte)",
           "Lønnskjøring for timelønte og fastlønte i Huldt & Lillevik",
           "Månedlig A-melding, feriepenger og årsoppgjør"),
         I("2016 – 2019", "Lønns- og regnskapsmedarbeider, Kvitberg Regnskapskontor AS",
           "Lønn for 30 kunder i Visma Lønn")),
       S("edu", I("2012 – 2015", "Bachelor i økonomi og administrasjon, Høgskolen i Kvitberg")),
       S("cert", L("Kurs i skattetrekk og reiseregninger, 2022")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – godt muntlig og skriftlig"))),
    cv("aleksandra-nowicka.pdf", "en", "pdf", "right-dates", "MMMMNX",
       "'Bachelor of Finance and Accounting', payroll since 2017, 'A-melding', 'Visma Lønn', but 'Norwegian "
       "– B2' with written B1 is below \"fluent\"",
       "Aleksandra Nowicka", "Payroll Specialist",
       S("contact", L("Hummelnes, Norway"), L("+47 123 46 442"), L("aleksandra.nowicka@example.com")),
       S("exp",
         I("09/2022 – present", "Payroll Officer, Hummelnes Seafood AS",
           "Monthly payroll for 250 employees in Visma Lønn",
           "A-melding, holiday pay and sick pay refunds from NAV"),
         I("2017 – 2022", "Payroll Specialist, Nordlys Shared Services, Poland",
           "Payroll for Scandinavian clients")),
       S("edu", I("2013 – 2016", "Bachelor of Finance and Accounting (licencjat), Kaszuby School of Economics, "
                                 "Poland")),
       S("skills", L("Visma Lønn, Excel (pivot tables, XLOOKUP)"), L("SAP HCM")),
       S("lang", L("Polish – native"), L("English – fluent (C1)"),
         L("Norwegian – B2 (Norskprøven: B2 oral, B1 written)"))),
    cv("ellinor-stahlberg.txt", "sv", "txt", "one-column", "MMMMMX",
       "'Ekonomie kandidatexamen' is a bachelor; payroll since 2014 in Sweden and Norway; 'A-melding varje "
       "månad'; 'Visma Lønn'; 'Norska – flytande i tal och skrift'; 'Engelska – goda kunskaper'",
       "Ellinor Ståhlberg", "Lönespecialist",
       S("contact", L("Tel: +47 123 46 443"), L("ellinor.stahlberg@example.se"), L("Bor i Kvitberg sedan 2021")),
       S("profile", "Lönespecialist med tolv års erfarenhet från Sverige och Norge. Jag kan både svensk och "
                    "norsk lönehantering."),
       S("exp",
         I("maj 2021 – nu", "Lønnsmedarbeider, Kvitberg Bygg AS", "Lönekörning i Visma Lønn för 180 anställda",
           "A-melding varje månad, sykepenger och foreldrepenger från NAV"),
         I("2014 – april 2021", "Löneadministratör, Ekeskogs kommun",
           "Lön i Hogia, arbetsgivardeklarationer på individnivå (AGI)")),
       S("edu", I("2010 – 2013", "Ekonomie kandidatexamen, inriktning redovisning, Ekeskogs universitet")),
       S("cert", L("Norsk arbeidsrett for lønnsmedarbeidere, kurs pågående (klart i december 2026)")),
       S("lang", L("Svenska – modersmål"), L("Norska – flytande i tal och skrift"), L("Engelska – goda kunskaper"))),
    cv("kristoffer-halse.pdf", "nn", "pdf", "two-column", "NMMMMX",
       "'Eg har ikkje bachelorgrad', only 'Fagskule i økonomi og administrasjon, 60 studiepoeng'; payroll "
       "since 2012, 'Rapportering av a-meldinga kvar månad', 'Huldt & Lillevik'",
       "Kristoffer Halse", "Lønnsmedarbeidar",
       S("contact", L("123 46 444"), L("kristoffer.halse@example.no"), L("Hummelnes")),
       S("skills", L("Huldt & Lillevik Lønn"), L("Excel"), L("Tidsregistrering")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – godt")),
       S("profile", "Lønnsmedarbeidar med fjorten år i faget. Eg har ikkje bachelorgrad, men fagskule i økonomi "
                    "og lang praksis."),
       S("exp",
         I("2018 – no", "Lønnsmedarbeidar, Hummelnes kommune", "Lønnskøyring for 900 tilsette i Huldt & Lillevik",
           "Rapportering av a-meldinga kvar månad"),
         I("2012 – 2018", "Lønns- og personalkonsulent, Ørnevåg Hotell AS")),
       S("edu", I("2009 – 2011", "Fagskule i økonomi og administrasjon, 60 studiepoeng, Ørnevåg fagskule")),
       order="rows"),
    cv("sanne-ravnkilde.docx", "da", "docx", "dates-after", "MMMMMX",
       "Danish 'Professionsbachelor i økonomi og ressourcestyring'; lønbogholder since 2016; 'Indberetning af "
       "A-melding hver måned'; 'Huldt&Lillevik' written without spaces; 'Norsk – flydende i skrift og tale'",
       "Sanne Ravnkilde", "Lønbogholder / lønnsmedarbeider",
       S("contact", L("Tlf. +47 123 46 445"), L("sanne.ravnkilde@example.dk"), L("Storlidal, Norge")),
       S("profile", "Dansk lønbogholder, bosat i Norge siden 2022. Jeg har kørt løn i Danmark og nu i Norge og "
                    "kender både eIndkomst og A-meldingen."),
       S("exp",
         I("aug. 2022 – nu", "Lønnsmedarbeider, Storlidal Energi AS",
           "Lønkørsel i Huldt&Lillevik for ca. 300 medarbejdere", "Indberetning af A-melding hver måned"),
         I("2016 – 2022", "Lønbogholder, Hjortsbæk Revision ApS", "Løn til 40 kunder i Danløn og indberetning "
                                                                 "til eIndkomst")),
       S("edu", I("2012 – 2015", "Professionsbachelor i økonomi og ressourcestyring, Erhvervsakademi Hjortsbæk")),
       S("lang", L("Dansk – modersmål"), L("Norsk – flydende i skrift og tale"), L("Engelsk – godt"))),
)


# --------------------------------------------------------------------------
# The README's closing sections, written by hand
# --------------------------------------------------------------------------

HARD_CASES = [
    "### Hard cases, on purpose",
    "",
    "Authorisation: \"Autoriseret af Psykolognævnet\", \"Authorised psychologist, Psykolognævnet\" and",
    "a Swede's \"Dansk autorisation som psykolog\", against a Norwegian autorisasjon with the Danish",
    "one only applied for; a Swedish legitimation as receptarie or apotekare written",
    "\"Legitimation som receptarie\", \"Legitimerad receptarie 2018\", in English \"legitimerad",
    "apotekare\" and by a Norwegian in nynorsk. Education: cand.psych. met by a Norwegian",
    "cand.psychol. and a Swedish psykologexamen; apotekarexamen met by a Danish cand.pharm. and a",
    "Norwegian master i farmasi; a fagbrev as anleggsgartner, as praksiskandidat, in English and",
    "as a Danish svendebrev, against a Swedish Naturbruksprogrammet; \"Fagbrev som servitør eller",
    "tilsvarande\" met by a Swedish restaurant programme, a Danish tjener svendebrev and an Italian",
    "hotel school; a fagbrev as matros as praksiskandidat, \"Norskt fagbrev\" in Swedish and a",
    "Danish skibsassistent svendebrev; a bachelor met by a Polish licencjat, a Swedish ekonomie",
    "kandidatexamen and a Danish professionsbachelor, not by \"Eg har ikkje bachelorgrad\" with a",
    "fagskule. Experience: \"Psykolog under autorisation\" as psychologist work, adults only before",
    "11 months at PPR; a hospital pharmacy before 9 months at a community pharmacy; part-time",
    "pharmacists (80 %, 75 %); a hjelpearbeidar in a landscaping firm before his praksiskandidat",
    "fagbrev; a kitchen porter before 18 months as a waiter; læretid and lettmatros summers that",
    "are not fartstid as matros; båtsmann, Able Seaman and skibsassistent as matros; lønbogholder",
    "and \"Lønns- og personalkonsulent\" as payroll. Licences: \"Kategori B\", \"Førerkort klasse B\",",
    "\"No driving licence\"; BE as \"B, BE, C1, C1E\", \"klasse BE\", \"kategori B/E\", \"B, B+E, C\".",
    "Certificates: \"Maskinførerbevis M1–M6\" as a range, M3 minigraver instead of M2 gravemaskin;",
    "arbeidsvarsling \"gyldig til 2028\" and \"kurs 1 og 2\"; the Norwegian kunnskapsprøve against the",
    "Swedish \"Ansvarsfull alkoholservering\" and a test only planned; STCW courses in Norwegian,",
    "nynorsk lower case, English, Danish and Swedish; health certificates valid to 2027 against a",
    "Swedish läkarintyg expired in September 2026. Must-mention lines met by variants",
    "(\"Begåvningsutredningar med WISC-V\", \"Reseptekspedering i Eira\", lower-case \"trivec\",",
    "\"a-meldinga\", \"Huldt&Lillevik\") or not (Eira only as training booked for January 2027,",
    "\"Farmasys\", Orderbird and Lightspeed). Languages: \"Dansk – C1 (Studieprøven)\", \"Danska –",
    "flytande i tal och skrift\", \"Swedish – good working knowledge (B2)\" and \"Norwegian – B2\"",
    "below the level asked for, a Europass grid with Norwegian speaking B1 for \"gjøre deg",
    "forstått\", \"Norsk – flydende\" in Danish. Two badly written TXT CVs.",
    "",
    "### Labelling decisions specific to this set",
    "",
    "The conventions of `eval/README.md` and of the earlier held-out sets apply. In addition:",
    "",
    "- **Autorisation fra Psykolognævnet**: only the Danish authorisation counts; a Norwegian",
    "  autorisasjon with the Danish one applied for is `unclear`. Years as \"psykolog under",
    "  autorisation\" and a Swedish PTP year are work as a psychologist; work with adults does",
    "  not count for \"erfaring som psykolog med børn og unge\".",
    "- **Svensk legitimation som receptarie eller apotekare**: a Danish or Norwegian pharmacist",
    "  degree at master level is an apotekarexamen. **Öppenvårdsapotek**: a community pharmacy in",
    "  any Nordic country counts; a hospital pharmacy (sjukhusapotek) does not. \"Mycket goda",
    "  kunskaper\" asks for C1 or native: a stated B2 is `not_met`. **Eira**: a training course",
    "  booked for the future is `unclear`.",
    "- **Fagbrev** (anleggsgartner, matros): a Danish svendebrev in the same trade is a trade",
    "  certificate like a fagbrev and counts, also as praksiskandidat; a Swedish upper secondary",
    "  programme is not a trade certificate and is `unclear` unless the ad adds \"eller",
    "  tilsvarande\" (servitør). Work as hjelpearbeidar in a landscaping firm is experience from",
    "  the trade; lærling years are not. **M2 og M4**: a range M1–M6 covers both; M3 (minigraver)",
    "  is not M2. **Gjøre deg forstått på norsk eller et annet skandinavisk språk** asks for less",
    "  than B2: spoken B1 is enough, and Swedish or Danish as mother tongue meets it.",
    "- **Servitør**: waiting tables in a restaurant counts, kitchen work does not. The Norwegian",
    "  kunnskapsprøve is required; the Swedish course or a test only planned is `unclear`.",
    "- **Matros**: fartstid counts time as matros, Able Seaman, skibsassistent or båtsmann, not as",
    "  lærling or lettmatros. STCW courses and seafarers' medical certificates from another",
    "  STCW state count; one whose validity has run out is `unclear`.",
    "- **Payroll officer**: a fagskule is below a bachelor, and \"Eg har ikkje bachelorgrad\" is",
    "  `not_met`. \"Fluent Norwegian\" asks for C1 or native: a stated B2 is `not_met`.",
    "",
]


# --------------------------------------------------------------------------
# Checks of our own (on top of make_eval.check_data)
# --------------------------------------------------------------------------


def check_holdout7() -> None:
    mh.check_blind_set(JOBS, me.JOBS + mh.JOBS + mh2.JOBS + mh3.JOBS + mh4.JOBS + mh5.JOBS + mh6.JOBS,
                       USED_TOWNS, per_job=(5, 7), min_qualified=2)


# --------------------------------------------------------------------------
# README (generated, so its figures always match the set)
# --------------------------------------------------------------------------


def readme() -> str:
    n_all = sum(len(j.cvs) for j in JOBS)
    out = [
        "# Sikte's seventh held-out evaluation set",
        "",
        f"{len(JOBS)} fictional jobs and {n_all} fictional CVs, labelled by hand requirement by",
        "requirement, in the same layout and job-file format as `eval/` (see `eval/README.md`",
        "for the format, the label meanings and the labelling conventions). It exists to measure",
        "accuracy again on CVs the rules were never tuned on. It was written blind: without",
        "reading Sikte's rules, code, tests or data tables, without running Sikte on it and",
        "without looking at any Sikte output, and no label was ever set from Sikte's output. Of",
        "the earlier sets only the script of `eval-holdout6/` was read, as the template for this",
        "script's structure; the CVs of `eval/` and `eval-holdout/` ... `eval-holdout5/` were not.",
        "Every CV x requirement is labelled with what a careful, fair Nordic recruiter concludes on",
        f"{TODAY} (the `today` of every job file, which closes open ranges such as \"d.d.\",",
        "\"nå\", \"nu\", \"pågående\" and \"present\"); the set was written on that date. Its",
        "professions appear in no earlier set. Keep it that way: do not tune rules on these CVs;",
        "once a rule changes because of a disagreement found here, the set is no longer held out,",
        "and its figures become a regression check.",
        "",
        "Everything here is invented for Sikte: people, employers, schools, towns",
        f"({TOWNS}), e-mail addresses (`example.*`) and phone numbers (unreal",
        "ranges: `123 46 4xx` in Norway, the Swedish fiction range `0980-319 2xx`,",
        "`+45 12 34 63 xx` in Denmark). Nothing is copied from `/work/shared/corpus`, from the",
        "earlier sets or from any real CV or job ad. Product, test and scheme names in CVs",
        "(Psykolognævnet, Helsedirektoratet, Socialstyrelsen, Studieprøven, WISC-V, WAIS-IV,",
        "WPPSI-IV, ADOS-2, Eira, STCW, WSET, Trivec, Orderbird, Lightspeed, Visma Lønn, Huldt &",
        "Lillevik, Hogia, Danløn, eIndkomst, Norskprøven, NAV) are named as real ads and CVs name",
        "them; the pharmacy system \"Farmasys\" is invented.",
        "Licence: the same as the project (MIT OR Apache-2.0).",
        "",
        "The format is the one of `eval/`, so Sikte's evaluator reads this folder as it reads",
        "`eval/`; report its figures for each set separately.",
        "",
        "## Regenerate, never edit",
        "",
        "```sh",
        f"python3 {SCRIPT}            # (re)writes eval-holdout7/, removes stale files",
        f"python3 {SCRIPT} --verify   # generates twice elsewhere: byte-identical, and eval-holdout7/ fresh?",
        "```",
        "",
    ]
    return "\n".join(out + mh.script_paragraph(7) + mh.jobs_and_figures(JOBS, HARD_CASES))


# --------------------------------------------------------------------------
# Writing and checking
# --------------------------------------------------------------------------


def main(argv: list[str]) -> int:
    check_holdout7()
    return mh.run_set(argv, OUT, JOBS, SCRIPT, readme, __doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
