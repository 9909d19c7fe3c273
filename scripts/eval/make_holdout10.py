#!/usr/bin/env python3
"""Write Sikte's tenth held-out evaluation set: eval-holdout10/README.md, jobs/<job>.toml, cvs/<job>/<file>.

    python3 scripts/eval/make_holdout10.py            # (re)write eval-holdout10/
    python3 scripts/eval/make_holdout10.py --verify   # generate twice in temporary folders and check both
                                                      # runs and eval-holdout10/ are byte-identical

An eleventh labelled set in the same layout and job-file format as eval/ and
eval-holdout/ ... eval-holdout9/, so that accuracy can be measured on CVs the
rules were never tuned on. Six fictional jobs in professions that no earlier
set uses (child welfare officer nb, tower crane operator sv, fish farm
operator nn, laboratory technician da, construction site manager en, personal
assistant sv) with 7 requirement lines each, and 5 fictional CVs per job in
TXT, DOCX and PDF (one and two columns), in bokmål, nynorsk, Swedish, Danish
and English.

The set was written blind: without reading Sikte's rules, code, tests or data
tables, without running Sikte on it and without looking at any Sikte output.
Of the earlier sets only make_holdout9.py was read, as the template for this
script's structure, with the shared code of make_eval.py, make_holdout.py and
scripts/fixtures/cvlib.py (make_eval.py, make_holdout.py and make_holdout9.py
also define the CVs of eval/, eval-holdout/ and eval-holdout9/); the CVs of
eval-holdout2/ ... eval-holdout8/ were not read, nor the CV folders of any
earlier set. Every CV x requirement is labelled by hand with what a careful,
fair recruiter concludes on TODAY, under the conventions of eval/README.md
(met, not_met, unclear, manual). Never adjust a label to Sikte's output.

It reuses make_eval.py (the CV model S/L/I/KV/cv, the renderers, the job-file
writer and its checks), make_holdout.py (plain_text, the e-mail pattern,
check_blind_set, jobs_and_figures, script_paragraph, run_set) and
scripts/fixtures/cvlib.py, and refuses: what make_eval.py refuses, a fragment
quoted with single quotes in a `why` that is not in the CV, an e-mail address
outside example.*, a job with fewer than two qualified CVs, and any job slug,
person or town of eval/, eval-holdout/, ..., eval-holdout9/. Python 3.11
standard library only. Every person, employer, school, town, e-mail address
and phone number is invented.
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
import make_holdout7 as mh7  # noqa: E402
import make_holdout8 as mh8  # noqa: E402
import make_holdout9 as mh9  # noqa: E402
from make_eval import CV, I, KV, L, S, cv  # noqa: E402

ROOT = me.ROOT
OUT = os.path.join(ROOT, "eval-holdout10")
SCRIPT = "scripts/eval/make_holdout10.py"
TODAY = me.TODAY  # 2026-11-27, written into every job file

# Towns of eval/ and eval-holdout/ ... eval-holdout9/; none may appear here.
USED_TOWNS = mh9.USED_TOWNS + ("Tåkeli", "Myrvollnes", "Brekkestrand", "Laksefoss", "Tranbäcken", "Hedsjövik",
                               "Älgmora", "Stensund", "Kragsted", "Ulvekær", "Bregnerød", "Tervala", "Dunmere",
                               "Valdeira", "Tell Basmir")
TOWNS = "Heggvollen, Kråkeneset, Ternevika and Saltbuvik in Norway; Hagnäsby, Orrmyra, Lommarö and Tjäderfors " \
        "in Sweden; Hjelmstrup, Egernæs and Siversted in Denmark; Kroświn, Puerto Quilanto and Ambrani abroad"

JOBS: list[me.Job] = []


def job(slug, title, lang, profession, reqs: list[tuple[str, str]], *cvs: CV) -> None:
    JOBS.append(me.Job(slug, title, lang, profession, [r for r, _ in reqs], [k for _, k in reqs], list(cvs)))


# ===========================================================================
# 1. nb: Barnevernskonsulent
# ===========================================================================

job(
    "barnevernskonsulent", "Barnevernskonsulent, undersøkelses- og tiltaksteamet", "nb", "child welfare officer",
    [
        ("Bachelorgrad i sosialt arbeid (sosionom) eller barnevern (barnevernspedagog)", "education"),
        ("Minst tre års erfaring fra kommunal barnevernstjeneste", "experience"),
        ("Erfaring med fagsystemet Familia eller Modulus Barn", "must_mention"),
        ("Gjennomført opplæring i DCM (Dialogisk kommunikasjonsmetode)", "certificate"),
        ("Førerkort klasse B", "driving_licence"),
        ("Meget gode norskkunnskaper, skriftlig og muntlig, minimum nivå C1", "language"),
        ("Det kreves politiattest etter barnevernsloven", "manual"),
    ],
    cv("synne-kvalvik.docx", "nb", "docx", "table", "MMMMMMX",
       "'Bachelor i sosialt arbeid', 'Barnevernskonsulent, Heggvollen kommune, barneverntjenesten' since "
       "'aug. 2017 – d.d.', 'Saksdokumentasjon i Familia', 'DCM – Dialogisk kommunikasjonsmetode, grunnopplæring "
       "2019', 'Førerkort: klasse B', 'Norsk – morsmål'; the expired first aid course is beside the point",
       "Synne Kvalvik", "Barnevernskonsulent",
       S("contact", L("Tlf. 123 47 071"), L("synne.kvalvik@example.no"), L("Heggvollen")),
       S("profile", "Sosionom med ni års erfaring fra kommunalt barnevern, de siste fire årene i "
                    "undersøkelsesteamet. Jeg er trygg i krevende samtaler med barn og foreldre og skriver "
                    "grundige, etterprøvbare vurderinger."),
       S("exp",
         I("aug. 2017 – d.d.", "Barnevernskonsulent, Heggvollen kommune, barneverntjenesten",
           "Undersøkelser etter bekymringsmeldinger, tiltaksplaner og oppfølging i hjemmet",
           "Saksdokumentasjon i Familia"),
         I("2016 – 2017", "Miljøarbeider, Heggvollen bofellesskap for enslige mindreårige")),
       S("edu", I("2013 – 2016", "Bachelor i sosialt arbeid, Høgskolen i Ternevika")),
       S("cert", L("DCM – Dialogisk kommunikasjonsmetode, grunnopplæring 2019"),
         L("Videreutdanning i barnevernsfaglig veiledning, 30 stp, 2022"), L("Førstehjelpskurs, 2015 (utgått)")),
       S("lic", L("Førerkort: klasse B")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – godt"))),
    cv("aslaug-myrstolen.pdf", "nn", "pdf", "two-column", "MMMMMMX",
       "'Bachelor i barnevern', 'Sakshandsamar, barnevernstenesta i Kråkeneset kommune' from '03/2018–' (the "
       "institution years not needed), 'Dokumentasjon i Modulus Barn', 'Dialogisk kommunikasjonsmetode (DCM), "
       "2021' on its own line in the sidebar, 'Førarkort kl. B', 'Norsk – morsmål'",
       "Aslaug Myrstølen", "Barnevernspedagog",
       S("contact", L("Tlf. 123 47 072"), L("aslaug.myrstolen@example.no"), L("Kråkeneset")),
       S("cert", L("Dialogisk kommunikasjonsmetode (DCM), 2021"), L("Traumebevisst omsorg, 2018")),
       S("skills", L("Modulus Barn"), L("Kvellomalen"), L("Barnesamtalar"), head="Fagsystem og metodar"),
       S("lic", L("Førarkort kl. B")),
       S("lang", L("Norsk – morsmål (nynorsk og bokmål)"), L("Engelsk – godt")),
       S("profile", "Barnevernspedagog som har arbeidd i kommunalt barnevern sidan 2018, først med tiltak og "
                    "no med undersøkingar. Eg likar å vere tett på familiane og skriv grundige rapportar."),
       S("exp",
         I("03/2018–", "Sakshandsamar, barnevernstenesta i Kråkeneset kommune",
           "Undersøkingar, tiltak og samarbeid med skule og helsestasjon", "Dokumentasjon i Modulus Barn"),
         I("2015 – 2018", "Miljøterapeut, Saltbuvik ungdomsheim (barnevernsinstitusjon)")),
       S("edu", I("2012 – 2015", "Bachelor i barnevern, Høgskulen i Ternevika")),
       order="right-first"),
    cv("frida-hellmark.docx", "sv", "docx", "one-column", "MMMUMMX",
       "a Swede: 'Socionomprogrammet, 210 hp (socionomexamen)' is a social work degree, barnevernskonsulent in "
       "Norway since 'okt. 2022 – nu' (over four years) after 'Socialsekreterare, barn och unga', "
       "'dokumentation i Familia', 'B-körkort', 'Norska – C1 (Bergenstesten 2023)'; but DCM is only 'anmäld "
       "till utbildning våren 2027', and BBIC and Signs of Safety are other methods",
       "Frida Hellmark", "Socionom / barnevernskonsulent",
       S("contact", L("Tel. +47 123 47 073"), L("frida.hellmark@example.se"), L("Kråkeneset, Norge")),
       S("profile", "Socionom med lång erfarenhet av barnavårdsutredningar i Sverige. Sedan hösten 2022 arbetar "
                    "jag i den norska barneverntjenesten och trivs mycket bra med det."),
       S("exp",
         I("okt. 2022 – nu", "Barnevernskonsulent, Kråkeneset kommune (barneverntjenesten)",
           "Undersøkelser och tiltak, dokumentation i Familia"),
         I("2013 – 2022", "Socialsekreterare, barn och unga, Tjäderfors kommun",
           "Utredningar enligt SoL och LVU, BBIC")),
       S("edu", I("2009 – 2013", "Socionomprogrammet, 210 hp (socionomexamen), Lommarö universitet")),
       S("cert", L("BBIC – grundutbildning, 2014"), L("Signs of Safety, introduktion, 2023"),
         L("DCM (Dialogisk kommunikasjonsmetode) – anmäld till utbildning våren 2027")),
       S("lic", L("B-körkort")),
       S("lang", L("Svenska – modersmål"), L("Norska – C1 (Bergenstesten 2023)"), L("Engelska – god"))),
    cv("vegard-tollefsrud.txt", "nb", "txt", "no-headings", "MUMMMMX",
       "no headings; 'Bachelor i barnevern', 'Bruker Familia daglig', 'DCM-kurs (Dialogisk kommunikasjonsmetode), "
       "2025', 'Førerkort B', 'Norsk morsmål', but in the municipal child welfare service only since 'aug. 2024 – "
       "d.d.' (28 months); seven years as 'Miljøterapeut' at a state institution are not kommunal "
       "barnevernstjeneste",
       "Vegard Tollefsrud", "vegard.tollefsrud@example.no · 123 47 074 · Ternevika",
       S("profile", "Barnevernspedagog med lang erfaring fra institusjon. Siden høsten 2024 har jeg jobbet i den "
                    "kommunale barneverntjenesten, og jeg ønsker meg nå fast stilling i undersøkelsesteamet."),
       S("exp",
         I("aug. 2024 – d.d.", "Barnevernskonsulent (vikariat), Ternevika kommune, barneverntjenesten",
           "Tiltaksarbeid og oppfølging av fosterhjem", "Bruker Familia daglig"),
         I("2017 – 2024", "Miljøterapeut, Saltbuvik akuttinstitusjon for ungdom (Bufetat)",
           "Statlig barnevernsinstitusjon, ungdom 13–18 år")),
       S("edu", I("2014 – 2017", "Bachelor i barnevern, Høgskolen i Ternevika")),
       S("other", L("DCM-kurs (Dialogisk kommunikasjonsmetode), 2025"), L("Førerkort B"),
         L("Norsk morsmål, engelsk godt")),
       bullet="• "),
    cv("birthe-agersnap.pdf", "da", "pdf", "dates-after", "MMUUMNX",
       "a Dane: 'Professionsbachelor i socialt arbejde (socialrådgiver)' and 'Socialrådgiver, Børn og Familie, "
       "Hjelmstrup Kommune' since 2012 count, 'Kørekort: B'; but 'Sagsbehandling i DUBU' is neither Familia nor "
       "Modulus Barn, DCM is not mentioned, and 'Norsk – forstår godt, skriver på B2-niveau' is below C1",
       "Birthe Agersnap", "Socialrådgiver",
       S("contact", L("Tlf. +45 12 34 65 31"), L("birthe.agersnap@example.dk"), L("Hjelmstrup")),
       S("profile", "Erfaren socialrådgiver fra børne- og familieområdet. Min mand har fået arbejde i Norge, og "
                    "jeg søger derfor stilling i en norsk barneverntjeneste fra foråret 2027."),
       S("exp",
         I("2012 – nu", "Socialrådgiver, Børn og Familie, Hjelmstrup Kommune",
           "Børnefaglige undersøgelser, handleplaner og opfølgning", "Sagsbehandling i DUBU"),
         I("2010 – 2012", "Sagsbehandler, Jobcenter Hjelmstrup")),
       S("edu", I("2006 – 2010", "Professionsbachelor i socialt arbejde (socialrådgiver), Professionshøjskolen "
                                 "Egernæs")),
       S("cert", L("Kursus i børnesamtaler, 2018"), L("Signs of Safety, 2021")),
       S("lic", L("Kørekort: B")),
       S("lang", L("Dansk – modersmål"), L("Norsk – forstår godt, skriver på B2-niveau"), L("Engelsk – godt"))),
)


# ===========================================================================
# 2. sv: Kranförare, tornkran
# ===========================================================================

job(
    "kranforare", "Kranförare till tornkran, bostadsprojekt", "sv", "tower crane operator",
    [
        ("Giltigt kompetensbevis för tornkran", "certificate"),
        ("Kranförarutbildning för tornkran (Komvux, YH eller privat utbildningsanordnare) eller motsvarande",
         "education"),
        ("Minst fem års erfarenhet som tornkranförare i byggprojekt", "experience"),
        ("Erfarenhet av Liebherr- eller Potain-kranar", "must_mention"),
        ("B-körkort", "driving_licence"),
        ("Goda kunskaper i svenska i tal och skrift", "language"),
        ("Du ska klara arbete på hög höjd och genomgå läkarundersökning före anställning", "manual"),
    ],
    cv("patrik-hallgren.pdf", "sv", "pdf", "right-dates", "MMMMMMX",
       "'Kompetensbevis tornkran, giltigt t.o.m. 2029-04-30', 'Kranförarutbildning tornkran, Komvux Hagnäsby', "
       "tower crane operator since 2010 ('Tornkranförare', then 'Kranförare tornkran'), 'Liebherr 172 EC-B', "
       "'Körkort: B, C', 'Svenska – modersmål'",
       "Patrik Hällgren", "Tornkranförare",
       S("contact", L("Tel. 031-390 06 81"), L("patrik.hallgren@example.se"), L("Hagnäsby")),
       S("profile", "Tornkranförare sedan 2010 med bostäder, skolor och ett sjukhusbygge bakom mig. Jag har lugn "
                    "i kroppen, bra koll på lyftplanen och ett nära samarbete med lastkopplarna."),
       S("exp",
         I("2016 – nu", "Kranförare tornkran, Orrmyra Bygg AB", "Bostadsprojekt, Liebherr 172 EC-B och "
                                                                "Liebherr 280 EC-H"),
         I("2010 – 2016", "Tornkranförare, Hagnäsby Kranuthyrning AB", "Potain MDT 219, även montage och "
                                                                        "demontage")),
       S("edu",
         I("2009", "Kranförarutbildning tornkran, Komvux Hagnäsby (10 veckor)"),
         I("2005 – 2008", "Bygg- och anläggningsprogrammet, Hagnäsby gymnasium")),
       S("cert", L("Kompetensbevis tornkran, giltigt t.o.m. 2029-04-30"), L("Fallskydd, 2025"), L("ID06")),
       S("lic", L("Körkort: B, C")),
       S("lang", L("Svenska – modersmål"), L("Engelska – god")),
       date_first=True),
    cv("havard-lindtveit.docx", "nb", "docx", "bold-headings", "MMMMMMX",
       "a Norwegian: 'Kompetensbevis tornkran (Sverige), gyldig til 11.2030' beside the Norwegian "
       "'Kompetansebevis G4 tårnkran', 'Sikkerhetsopplæring tårnkran (G4), teori og praksis' as motsvarande "
       "training, tower crane operator since 2014, 'Potain MC 125 og Liebherr 280 EC-H', 'Førerkort B', "
       "'Svensk – flytende muntlig, skriver godt'",
       "Håvard Lindtveit", "Tårnkranfører",
       S("contact", L("Tlf. +47 123 47 075"), L("havard.lindtveit@example.no"), L("Kråkeneset")),
       S("profile", "Tårnkranfører med tolv års erfaring fra bolig- og næringsbygg i Norge og Sverige. Jeg har "
                    "jobbet på svenske byggeplasser siden 2021 og har svensk kompetensbevis."),
       S("exp",
         I("2021 – d.d.", "Tårnkranfører (kranförare), Tjäderfors Byggkran AB, Sverige",
           "Potain MC 125 og Liebherr 280 EC-H, boligprosjekter"),
         I("2014 – 2021", "Kranfører tårnkran, Saltbuvik Entreprenør AS", "Næringsbygg og skoler")),
       S("edu",
         I("2013", "Sikkerhetsopplæring tårnkran (G4), teori og praksis"),
         I("2009 – 2012", "Fagbrev i betongfaget, Kråkeneset vgs. og lærebedrift")),
       S("cert", L("Kompetansebevis G4 tårnkran (2013)"), L("Kompetensbevis tornkran (Sverige), gyldig til 11.2030"),
         L("Anhuker/signalgiver (G11)"), head="Sertifikater"),
       S("lic", L("Førerkort B")),
       S("lang", L("Norsk – morsmål"), L("Svensk – flytende muntlig, skriver godt"), L("Engelsk – godt"))),
    cv("tomasz-wrzosek.txt", "en", "txt", "badly-written", "UMMMMMX",
       "badly written English; 'crane operator course and UDT licence for tower cranes (Poland) 2011', tower "
       "cranes 'since 2011', 'Liebherr and Potain', 'driving licence B', 'swedish good'; but the Swedish "
       "certificate is 'applied, under handläggning since september 2026' and the Polish UDT licence belongs to "
       "another country",
       raw="""
Tomasz Wrzosek   tower crane operator
tel 031-390 06 82  /  tomasz.wrzosek@example.com

i am crane operator from poland, tower cranes since 2011. crane operator course and UDT licence for tower cranes (Poland) 2011.
2011-2018 Budmax S.A., Kroświn (poland) - tower crane, Liebherr and Potain
2018 - now in sweden, tornkranförare for Lommarö Bygg AB, housing and one bridge
swedish kompetensbevis tornkran: applied, under handläggning since september 2026
driving licence B
swedish good (SFI and 8 years at work), english ok, polish native
"""),
    cv("sanna-ohrvall.docx", "sv", "docx", "table", "MMUMMMX",
       "'Kompetensbevis tornkran, utfärdat 2022-05, giltigt till 2027-05' is still valid, "
       "'Tornkranförarutbildning, YH-kurs', 'Liebherr 150 EC-B', 'B-körkort', 'Svenska – modersmål'; but tower "
       "crane operator only since '2022-06 – pågående' (54 months); the years as 'Lastkopplare och signalman' "
       "with short runs under supervision are not crane operator work",
       "Sanna Öhrvall", "Tornkranförare",
       S("contact", L("Tel. 031-390 06 83"), L("sanna.ohrvall@example.se"), L("Lommarö")),
       S("profile", "Jag började som lastkopplare och signalman och har kört tornkran på heltid sedan sommaren "
                    "2022. Trygg, noggrann och van vid trånga innerstadsbyggen."),
       S("exp",
         I("2022-06 – pågående", "Tornkranförare, Lommarö Bygg AB", "Liebherr 150 EC-B, flerbostadshus"),
         I("2017-03 – 2022-05", "Lastkopplare och signalman, Lommarö Bygg AB",
           "Lyftplanering med kranföraren, kortare körningar under handledning")),
       S("edu",
         I("2021-2022", "Tornkranförarutbildning, YH-kurs (Tjäderfors yrkeshögskola)"),
         I("2013-2016", "Bygg- och anläggningsprogrammet, Lommarö gymnasieskola")),
       S("cert", L("Kompetensbevis tornkran, utfärdat 2022-05, giltigt till 2027-05"), L("Heta arbeten, 2024")),
       S("lic", L("B-körkort")),
       S("lang", L("Svenska – modersmål"), L("Engelska – god"))),
    cv("jesper-thorsoe.pdf", "da", "pdf", "two-column", "UMMMMNX",
       "a Dane: 'Kranføreruddannelse, tårnkran (AMU)', tower crane operator since 2006, 'Liebherr EC-B og Potain "
       "MDT', 'Kørekort: B'; but the Swedish certificate is 'udløbet 2026-08-31, fornyelse bestilt', the Danish "
       "'Kranførercertifikat (Arbejdstilsynet)' belongs to another country, and 'skriver på B1-niveau' is below "
       "good written Swedish",
       "Jesper Thorsøe", "Kranfører, tårnkran",
       S("contact", L("Tlf. +45 12 34 65 32"), L("jesper.thorsoe@example.dk"), L("Egernæs")),
       S("cert", L("Kompetensbevis tornkran (Sverige) – udløbet 2026-08-31, fornyelse bestilt"),
         L("Kranførercertifikat (Arbejdstilsynet), tårnkran, 2006"), head="Certifikater"),
       S("lic", L("Kørekort: B")),
       S("lang", L("Dansk – modersmål"), L("Svensk – flydende i tale, skriver på B1-niveau"), L("Engelsk – godt")),
       S("profile", "Dansk tårnkranfører med tyve år i faget, heraf de sidste fem på svenske byggepladser. Jeg "
                    "pendler hver dag og vil gerne fortsætte i Sverige."),
       S("exp",
         I("2021 – nu", "Tornkranförare, Hagnäsby Kranuthyrning AB (Sverige)", "Liebherr EC-B og Potain MDT"),
         I("2006 – 2021", "Tårnkranfører, Egernæs Kranservice A/S", "Boligbyggeri og broprojekter")),
       S("edu",
         I("2005 – 2006", "Kranføreruddannelse, tårnkran (AMU), Egernæs AMU-center"),
         I("2001 – 2005", "Tømrer, svendebrev")),
       order="left-first"),
)


# ===========================================================================
# 3. nn: Akvakulturoperatør
# ===========================================================================

job(
    "akvakulturoperator", "Akvakulturoperatør, matfisklokalitet i sjø", "nn", "fish farm operator",
    [
        ("Fagbrev i akvakulturfaget, eller fagskule- eller bachelorutdanning innan havbruk", "education"),
        ("Minst to års erfaring frå drift av matfiskanlegg i sjø", "experience"),
        ("Gjennomført fiskevelferdskurs etter akvakulturdriftsforskrifta", "certificate"),
        ("Fartøyførarsertifikat klasse 5 (D5L) eller høgare", "certificate"),
        ("Erfaring med fôringssystem frå AKVA group eller ScaleAQ", "must_mention"),
        ("Du må kunne norsk eller eit anna skandinavisk språk godt, munnleg og skriftleg", "language"),
        ("Du må kunne symje og vere budd på turnus 7–7 med overnatting på fôrflåten", "manual"),
    ],
    cv("ingebjorg-vassbotn.docx", "nn", "docx", "one-column", "MMMMMMX",
       "'Fagbrev i akvakulturfaget', 'Røktar / operatør' at a salmon sea site since 2015 (the læretid not needed), "
       "'Fiskevelferdskurs (akvakulturdriftsforskrifta), 2016', 'D5L – fartøyførarsertifikat klasse 5, 2017', "
       "'Fôrar frå fôrflåten med AKVAconnect', 'Norsk – morsmål'",
       "Ingebjørg Vassbotn", "Akvakulturoperatør",
       S("contact", L("Tlf. 123 47 076"), L("ingebjorg.vassbotn@example.no"), L("Saltbuvik")),
       S("profile", "Eg har jobba på matfisklokalitet for laks sidan eg var lærling og trivst best ute på "
                    "merdene. Eg har ansvar for fôring og lusetellingar på lokaliteten."),
       S("exp",
         I("2015 – d.d.", "Røktar / operatør, Saltbuvik Havbruk AS, lokalitet Skarvholmen",
           "Fôring, lusetelling, notskifte og handtering av daudfisk", "Fôrar frå fôrflåten med AKVAconnect"),
         I("2013 – 2015", "Lærling i akvakulturfaget, Saltbuvik Havbruk AS")),
       S("edu",
         I("2015", "Fagbrev i akvakulturfaget"),
         I("2011 – 2013", "Vg1 naturbruk og Vg2 akvakultur, Saltbuvik vidaregåande skule")),
       S("cert", L("Fiskevelferdskurs (akvakulturdriftsforskrifta), 2016"),
         L("D5L – fartøyførarsertifikat klasse 5, 2017"), L("Kranførarbevis G8, 2018")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – godt"))),
    cv("ruben-haldorsen.pdf", "nb", "pdf", "two-column", "MMMMMMX",
       "'Fagbrev akvakultur (2018)' among the certificates, 'Driftsoperatør sjø' on salmon sites 'fra 2019', "
       "'Kurs i fiskevelferd iht. akvakulturdriftsforskriften, 2019', 'Fartøyførersertifikat D5L "
       "(Sjøfartsdirektoratet), 2020', 'ScaleAQ fôringsanlegg og kamera', 'Norsk – morsmål'",
       "Ruben Haldorsen", "Havbruksoperatør",
       S("contact", L("Tlf. 123 47 077"), L("ruben.haldorsen@example.no"), L("Kråkeneset")),
       S("cert", L("Fagbrev akvakultur (2018)"), L("Kurs i fiskevelferd iht. akvakulturdriftsforskriften, 2019"),
         L("Fartøyførersertifikat D5L (Sjøfartsdirektoratet), 2020"), L("Truckførerbevis T1–T4"),
         head="Fagbrev og sertifikater"),
       S("skills", L("ScaleAQ fôringsanlegg og kamera"), L("Fishtalk"), L("Notvask og notskifte"),
         head="Utstyr og systemer"),
       S("lang", L("Norsk – morsmål"), L("Engelsk – godt")),
       S("profile", "Driftsoperatør på sjø med sju år på matfisklokaliteter for laks. Jeg kjører arbeidsbåt, "
                    "fôrer og følger opp fiskehelsen, og jeg trives i all slags vær."),
       S("exp",
         I("fra 2019", "Driftsoperatør sjø, Kråkeneset Sjømat AS", "Matfisk laks, to lokaliteter",
           "Skipper på arbeidsbåten"),
         I("2016 – 2018", "Lærling, Kråkeneset Sjømat AS")),
       S("edu", I("2014 – 2016", "Vg1 naturbruk og Vg2 akvakultur, Kråkeneset vgs.")),
       order="rows"),
    cv("mikael-strandqvist.txt", "sv", "txt", "dates-after", "UMMMMMX",
       "a Swede: operator on a Norwegian sea site 'sedan 2020' after years as 'Fiskodlare' in sea cages, "
       "'Fiskevelferdskurs (Norge), 2020', 'D5L, norskt fartygsförarcertifikat, 2021', 'utfodring med ScaleAQ:s "
       "system', Swedish mother tongue; but 'Naturbruksprogrammet med profil fiske och vattenbruk' is a Swedish "
       "upper secondary programme, not a fagbrev, fagskule or bachelor",
       "Mikael Strandqvist", "Fiskodlare / akvakulturoperatör",
       S("contact", L("Tel. +47 123 47 078"), L("mikael.strandqvist@example.se"), L("Saltbuvik, Norge")),
       S("profile", "Svensk fiskodlare som har arbetat på norska laxlokaliteter sedan 2020. Innan dess odlade jag "
                    "regnbåge i nätkassar i havet."),
       S("exp",
         I("sedan 2020", "Operatør, Saltbuvik Havbruk AS (Norge)", "Matfisk lax i sjö, utfodring med ScaleAQ:s "
                                                                   "system"),
         I("2013 – 2020", "Fiskodlare, Tjäderfors Fisk AB", "Regnbåge i nätkassar, utfodring och vaccinering")),
       S("edu", I("2010 – 2013", "Naturbruksprogrammet med profil fiske och vattenbruk, Tjäderfors "
                                 "naturbruksgymnasium")),
       S("cert", L("Fiskevelferdskurs (Norge), 2020"), L("D5L, norskt fartygsförarcertifikat, 2021"),
         L("Båtförarintyg (Sverige)")),
       S("lang", L("Svenska – modersmål"), L("Norska – förstår allt, talar och skriver bra"), L("Engelska – god")),
       bullet="– "),
    cv("camila-retamal.pdf", "en", "pdf", "one-column", "MMMUMNX",
       "a Chilean 'Ingeniería en Acuicultura (5-year professional degree)' is a degree in aquaculture, sea sites "
       "since 2011, 'Fish welfare course (fiskevelferdskurs), 2023', 'Feeding from the feed barge with "
       "AKVAconnect'; but the D5L is 'søkt, under behandling hos Sjøfartsdirektoratet' and 'Norwegian – A2' is "
       "far below good (neither Spanish nor English is Scandinavian)",
       "Camila Retamal Ossandón", "Aquaculture engineer / fish farm operator",
       S("contact", L("+47 123 47 079"), L("camila.retamal@example.cl"), L("Ternevika, Norway")),
       S("profile", "Aquaculture engineer from Chile with fifteen years on salmon farms, both as operator and as "
                    "site manager. I moved to Norway in 2023 and work on a sea site while I learn Norwegian."),
       S("exp",
         I("05/2023 – present", "Fish farm operator (havbruksoperatør), Ternevika Laks AS",
           "Feeding from the feed barge with AKVAconnect, lice counts, net inspections"),
         I("2014 – 2023", "Site manager, salmon sea site, Salmones Quilanto S.A., Chile"),
         I("2011 – 2014", "Farm technician, sea cages, Salmones Quilanto S.A.")),
       S("edu", I("2006 – 2011", "Ingeniería en Acuicultura (5-year professional degree), Universidad de Puerto "
                                 "Quilanto, Chile")),
       S("cert", L("Fish welfare course (fiskevelferdskurs), 2023"),
         L("D5L (fartøyførarsertifikat klasse 5): exam passed October 2026, søkt, under behandling hos "
           "Sjøfartsdirektoratet")),
       S("lang", L("Spanish – native"), L("English – fluent"), L("Norwegian – A2"))),
    cv("sindre-breivoll.txt", "nn", "txt", "no-headings", "MUMMMMX",
       "no headings; 'Fagbrev i akvakulturfaget, 2025', 'Fiskevelferdskurs, 2024', 'D5L, 2024', 'Fôring med "
       "Steinsvik-anlegget' (Steinsvik is the former name of ScaleAQ), 'Norsk morsmål'; but operator only since "
       "'okt. 2025 – no' (14 months); the apprenticeship and the summer job at a land-based hatchery do not count",
       "Sindre Breivoll", "sindre.breivoll@example.no – 123 47 080 – Saltbuvik",
       S("profile", "Eg fekk fagbrevet i fjor haust og har sidan jobba fast på lokaliteten der eg var lærling. Eg "
                    "vil gjerne bli verande i havbruk og ta meir ansvar etter kvart."),
       S("exp",
         I("okt. 2025 – no", "Operatør, Saltbuvik Havbruk AS, matfisklokalitet",
           "Fôring med Steinsvik-anlegget, lusetelling og notvask"),
         I("sep. 2023 – sep. 2025", "Lærling i akvakulturfaget, Saltbuvik Havbruk AS"),
         I("sommar 2022", "Sommarjobb, Saltbuvik Settefisk AS (landanlegg)")),
       S("edu",
         I("2025", "Fagbrev i akvakulturfaget, 2025"),
         I("2021 – 2023", "Vg1 naturbruk og Vg2 akvakultur, Saltbuvik vidaregåande skule")),
       S("other", L("Fiskevelferdskurs, 2024"), L("D5L, 2024"), L("Norsk morsmål, engelsk bra")),
       bullet="* "),
)


# ===========================================================================
# 4. da: Laborant
# ===========================================================================

job(
    "laborant", "Laborant til QC-laboratoriet (kvalitetskontrol)", "da", "laboratory technician",
    [
        ("Uddannet laborant eller tilsvarende laboratorieuddannelse", "education"),
        ("Mindst to års erfaring fra et GMP-reguleret kvalitetskontrollaboratorium", "experience"),
        ("Praktisk erfaring med HPLC-analyser", "must_mention"),
        ("Erfaring med et LIMS, f.eks. LabWare", "must_mention"),
        ("Dokumenteret GMP-træning inden for de seneste 12 måneder", "certificate"),
        ("Gode dansk- og engelskkundskaber i skrift og tale", "language"),
        ("Der indhentes straffeattest forud for ansættelsen", "manual"),
    ],
    cv("signe-fauerholdt.docx", "da", "docx", "one-column", "MMMMMMX",
       "'Laborant (AK), Egernæs Erhvervsakademi', 'Laborant, QC Kemi, Hjelmstrup Pharma A/S' since 'feb. 2015 – "
       "nu' under GMP, 'HPLC og UPLC (Empower)', 'LabWare LIMS', 'GMP-genopfriskning (årlig), senest 14. oktober "
       "2026', 'Dansk – modersmål', 'Engelsk – flydende i skrift og tale'",
       "Signe Fauerholdt", "Laborant",
       S("contact", L("Tlf. +45 12 34 65 33"), L("signe.fauerholdt@example.dk"), L("Hjelmstrup")),
       S("profile", "Laborant med elleve års erfaring fra kvalitetskontrol i medicinalindustrien. Jeg er vant til "
                    "at arbejde efter GMP, skrive afvigelser og oplære nye kolleger i HPLC."),
       S("exp",
         I("feb. 2015 – nu", "Laborant, QC Kemi, Hjelmstrup Pharma A/S",
           "Frigivelsesanalyser af råvarer og færdigvarer efter GMP", "HPLC og UPLC (Empower), KF-titrering, "
                                                                      "opløsningstest",
           "Registrering af resultater i LabWare LIMS")),
       S("edu", I("2012 – 2014", "Laborant (AK), Egernæs Erhvervsakademi")),
       S("cert", L("GMP-genopfriskning (årlig), senest 14. oktober 2026"), L("Kemikaliekursus (AMU), 2016")),
       S("lang", L("Dansk – modersmål"), L("Engelsk – flydende i skrift og tale"))),
    cv("moa-ekdahl.pdf", "sv", "pdf", "two-column", "MMMMMMX",
       "a Swede: 'Laboratorietekniker, YH-utbildning 400 YH-poäng' is an equivalent laboratory education, QC "
       "under GMP since 2018, 'HPLC (Agilent, Chromeleon), GC', 'LIMS: LabVantage' (an LIMS other than the "
       "example), 'GMP-utbildning (årlig repetition), 2026-03', 'Danska – flytande i tal och skrift', "
       "'Engelska – mycket god i tal och skrift'",
       "Moa Ekdahl", "Laboratorietekniker, kvalitetskontroll",
       S("contact", L("Tel. +45 12 34 65 34"), L("moa.ekdahl@example.se"), L("Egernæs, Danmark")),
       S("skills", L("HPLC (Agilent, Chromeleon), GC"), L("LIMS: LabVantage"), L("GMP-dokumentation, avvikelser, "
                                                                                 "CAPA"),
         head="Teknik och system"),
       S("cert", L("GMP-utbildning (årlig repetition), 2026-03"), L("Kemisk riskbedömning, 2022")),
       S("lang", L("Svenska – modersmål"), L("Danska – flytande i tal och skrift"),
         L("Engelska – mycket god i tal och skrift")),
       S("profile", "Laboratorietekniker med åtta år i kvalitetskontroll på läkemedelsföretag, först i Sverige "
                    "och sedan 2022 i Danmark."),
       S("exp",
         I("2022 – nu", "Laborant, kvalitetskontrol, Egernæs Biologics ApS (Danmark)",
           "Frisläppningsanalyser med HPLC och GC"),
         I("2018 – 2022", "Laboratorietekniker, QC, Tjäderfors Läkemedel AB", "GMP-miljö, stabilitetsstudier")),
       S("edu", I("2016 – 2018", "Laboratorietekniker, YH-utbildning 400 YH-poäng, Tjäderfors yrkeshögskola")),
       order="right-first"),
    cv("eline-vatnedal.pdf", "nb", "pdf", "one-column", "MMMMMMX",
       "a Norwegian 'Bachelor i bioingeniørfag' is an equivalent laboratory education, 'QC-laborant, Siversted "
       "Pharma A/S' since 'jan. 2021 – d.d.' (the hospital years not needed), 'HPLC', 'LIMS: LabWare', 'GMP-kurs, "
       "juni 2026', 'Dansk – flytende skriftlig og muntlig', 'Engelsk – meget god'",
       "Eline Vatnedal", "Bioingeniør",
       S("contact", L("Tlf. +45 12 34 65 35"), L("eline.vatnedal@example.no"), L("Siversted, Danmark")),
       S("profile", "Norsk bioingeniør som har jobbet i danske legemiddelselskaper siden 2019. Jeg trives med "
                    "presise analyser og ryddig dokumentasjon."),
       S("exp",
         I("jan. 2021 – d.d.", "QC-laborant, Siversted Pharma A/S",
           "Frigivelse av tabletter: HPLC, løsningstest og identitet", "LIMS: LabWare"),
         I("2019 – 2020", "Laborant (vikar), Egernæs Biologics ApS", "Miljømonitorering i renrom (GMP)"),
         I("2016 – 2019", "Bioingeniør, Saltbuvik sykehus, avdeling for medisinsk biokjemi")),
       S("edu", I("2013 – 2016", "Bachelor i bioingeniørfag, Høgskolen i Kråkeneset")),
       S("cert", L("GMP-kurs, juni 2026"), L("Autorisasjon som bioingeniør (Norge)")),
       S("lang", L("Norsk – morsmål"), L("Dansk – flytende skriftlig og muntlig"), L("Engelsk – meget god"))),
    cv("priyanka-deshmane.docx", "en", "docx", "europass", "MMMMUNX",
       "an Indian 'M.Sc. Chemistry (analytical chemistry)' is a laboratory education above the laborant level, QC "
       "under GMP since 2016, HPLC, 'LabWare LIMS'; but the last GMP training is 'GMP training, 2024 "
       "(onboarding)', more than 12 months ago, and Danish is 'Understanding A2, Speaking A2, Writing A1'",
       "Priyanka Deshmane", "Laboratory technician / QC analyst",
       S("contact", KV("Phone", "+45 12 34 65 36"), KV("E-mail", "priyanka.deshmane@example.com"),
         KV("Address", "Hjelmstrup, Denmark")),
       S("exp",
         I("03/2024 – present", "Laboratory technician (laborant), Hjelmstrup Pharma A/S",
           "In-process control and HPLC assays, results in LabWare LIMS"),
         I("06/2016 – 12/2023", "QC Chemist, Ambrani Pharmaceuticals Ltd, India",
           "HPLC and GC analysis of active ingredients under GMP")),
       S("edu",
         I("2013 – 2015", "M.Sc. Chemistry (analytical chemistry), Ambrani University, India"),
         I("2010 – 2013", "B.Sc. Chemistry, Ambrani University")),
       S("cert", KV("GMP", "GMP training, 2024 (onboarding)"), KV("GDP", "Good Documentation Practice, 2019")),
       S("lang", KV("Mother tongue", "Marathi"), KV("English", "Understanding C1, Speaking C1, Writing C1"),
         KV("Danish", "Understanding A2, Speaking A2, Writing A1 (Danskuddannelse 2, module 3)"))),
    cv("frederik-lysgaard.txt", "da", "txt", "dates-after", "UUMMMMX",
       "a student: 'Laborant (AK), Egernæs Erhvervsakademi' ends 'forventet jan. 2027'; only a 15-hour student "
       "job since 'feb. 2026 – nu' and a 'Praktikant' placement; 'HPLC-analyser under supervision', 'Registrering "
       "i LabWare' and 'GMP-introduktion, Hjelmstrup Pharma, februar 2026' are met",
       "Frederik Lysgaard", "Laborantstuderende",
       S("contact", L("Tlf. +45 12 34 65 37"), L("frederik.lysgaard@example.dk"), L("Egernæs")),
       S("profile", "Jeg er på sidste semester af laborantuddannelsen og har haft praktik og studiejob i "
                    "kvalitetskontrol. Jeg kan starte på fuld tid fra februar 2027."),
       S("edu", I("aug. 2024 – forventet jan. 2027", "Laborant (AK), Egernæs Erhvervsakademi")),
       S("exp",
         I("feb. 2026 – nu", "Studentermedhjælper, QC-laboratoriet, Hjelmstrup Pharma A/S (15 t/uge)",
           "Prøvemodtagelse og HPLC-analyser under supervision", "Registrering i LabWare"),
         I("aug. 2025 – jan. 2026", "Praktikant, QC Mikrobiologi, Siversted Pharma A/S")),
       S("cert", L("GMP-introduktion, Hjelmstrup Pharma, februar 2026")),
       S("lang", L("Dansk – modersmål"), L("Engelsk – flydende")),
       upper=False),
)


# ===========================================================================
# 5. en: Construction site manager
# ===========================================================================

job(
    "site-manager", "Site Manager (anleggsleder), residential construction – Kråkeneset, Norway", "en",
    "construction site manager",
    [
        ("Bachelor's degree in construction engineering or a tertiary vocational degree (fagskole) in building "
         "and construction", "education"),
        ("At least 5 years' experience as site manager (anleggsleder/byggeleder) on building projects",
         "experience"),
        ("Completed SHA coordinator training (KP/KU) under Byggherreforskriften", "certificate"),
        ("Practical experience with Dalux and MS Project", "must_mention"),
        ("Valid driving licence, class B", "driving_licence"),
        ("Fluent Norwegian, Swedish or Danish, and good English", "language"),
        ("A police certificate (politiattest) will be required before employment", "manual"),
    ],
    cv("kristian-aakervik.pdf", "en", "pdf", "europass", "MMMMMMX",
       "'Bachelor of Engineering, Construction (byggingeniør)', 'Site manager (anleggsleder)' since '04/2016 – "
       "present' (the site engineer years not needed), 'SHA coordinator course, execution phase (KU)', 'Dalux "
       "Field, schedules in MS Project', 'B, BE', Norwegian mother tongue and English C1",
       "Kristian Aakervik", "Site Manager",
       S("contact", KV("Phone", "+47 123 47 081"), KV("E-mail", "kristian.aakervik@example.no"),
         KV("Address", "Kråkeneset, Norway")),
       S("exp",
         I("04/2016 – present", "Site manager (anleggsleder), Heggvollen Bygg AS",
           "Residential blocks of 40–120 flats, up to 60 workers on site",
           "Registrations and checklists in Dalux Field, schedules in MS Project"),
         I("09/2012 – 03/2016", "Site engineer (ingeniør i produksjon), Heggvollen Bygg AS")),
       S("edu", I("2009 – 2012", "Bachelor of Engineering, Construction (byggingeniør), University College of "
                                 "Ternevika")),
       S("cert", KV("SHA", "SHA coordinator course, execution phase (KU) – Byggherreforskriften, 2018"),
         KV("Other", "HMS card; first aid, 2025")),
       S("lic", KV("Driving licence", "B, BE")),
       S("lang", KV("Mother tongue", "Norwegian"), KV("English", "Understanding C2, Speaking C1, Writing C1"))),
    cv("goran-lindeborg.docx", "sv", "docx", "dates-after", "MMMMMNX",
       "a Swede: 'Byggingenjör, högskoleingenjörsexamen 180 hp', 'Platschef' since 2015 and 'Anleggsleder' in "
       "Norway since 2023, 'SHA-koordinator, kurs etter byggherreforskriften (KP/KU), 2023' beside his BAS-U, "
       "'tidplan i MS Project, kvalitet och HMS i Dalux', 'B-körkort', Swedish mother tongue; but 'Engelska – "
       "grundläggande' is below good English",
       "Göran Lindeborg", "Platschef / anleggsleder",
       S("contact", L("Tel. 031-390 06 84"), L("goran.lindeborg@example.se"), L("Orrmyra")),
       S("profile", "Platschef med femton år i produktion, främst flerbostadshus. De senaste tre åren har jag "
                    "drivit projekt i Norge och pendlar veckovis."),
       S("exp",
         I("2023 – nu", "Anleggsleder, Saltbuvik Entreprenør AS (Norge)",
           "Boligprosjekter, tidplan i MS Project, kvalitet och HMS i Dalux"),
         I("2015 – 2023", "Platschef, Orrmyra Bygg AB", "Flerbostadshus och skolor"),
         I("2011 – 2015", "Arbetsledare, Orrmyra Bygg AB")),
       S("edu", I("2008 – 2011", "Byggingenjör, högskoleingenjörsexamen 180 hp, Hagnäsby högskola")),
       S("cert", L("BAS-U (byggarbetsmiljösamordnare för utförande), 2016"),
         L("SHA-koordinator, kurs etter byggherreforskriften (KP/KU), 2023"), L("Heta arbeten, 2024")),
       S("lic", L("B-körkort")),
       S("lang", L("Svenska – modersmål"), L("Norska – förstår allt och gör mig förstådd"),
         L("Engelska – grundläggande"))),
    cv("bjornar-tveitane.txt", "nb", "txt", "one-column", "MMMMMMX",
       "'Fagskoleingeniør bygg (teknisk fagskole, byggteknikk)', 'Byggeleder / anleggsleder' since '01.2018 – "
       "d.d.' after years as 'Bas', 'SHA-koordinator (KU) etter byggherreforskriften, 2019', 'Fremdriftsplaner i "
       "MS Project, avvik og sjekklister i Dalux', 'Førerkort klasse B og BE', 'Norsk – morsmål', 'Engelsk – "
       "godt muntlig og skriftlig'; the expired hot work certificate is beside the point",
       "Bjørnar Tveitane", "Byggeleder",
       S("contact", L("Tlf. 123 47 082"), L("bjornar.tveitane@example.no"), L("Heggvollen")),
       S("profile", "Tømrer som ble bas og deretter byggeleder. Jeg har ledet byggeplasser for boliger og "
                    "næringsbygg siden 2018, med 20–45 mann i produksjon."),
       S("exp",
         I("01.2018 – d.d.", "Byggeleder / anleggsleder, Kråkeneset Byggmester AS",
           "Daglig ledelse av byggeplassen, fremdrift, HMS og innkjøp",
           "Fremdriftsplaner i MS Project, avvik og sjekklister i Dalux"),
         I("2012 – 2017", "Bas, Kråkeneset Byggmester AS"),
         I("2006 – 2012", "Tømrer, Kråkeneset Byggmester AS")),
       S("edu",
         I("2015 – 2017", "Fagskoleingeniør bygg (teknisk fagskole, byggteknikk), 120 fagskolepoeng, deltid"),
         I("2006", "Fagbrev i tømrerfaget")),
       S("cert", L("SHA-koordinator (KU) etter byggherreforskriften, 2019"), L("HMS-kort"),
         L("Varme arbeider (sertifikatet utgått 2024)")),
       S("lic", L("Førerkort klasse B og BE")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – godt muntlig og skriftlig")),
       bullet="* ", sep=" | "),
    cv("kasper-rodbro.pdf", "da", "pdf", "two-column", "MMUMMMX",
       "a Dane: 'Bygningskonstruktør (professionsbachelor)', 'Byggeleder' since 2016, 'Dalux Field og Dalux Box', "
       "'MS Project (tidsplaner)', 'Kørekort: B', Danish mother tongue, 'Engelsk – godt i skrift og tale'; but "
       "'Arbejdsmiljøkoordinator (projektering og udførelse)' is the Danish counterpart, not SHA training under "
       "Byggherreforskriften",
       "Kasper Rødbro", "Byggeleder / entrepriseleder",
       S("contact", L("Tlf. +45 12 34 65 38"), L("kasper.rodbro@example.dk"), L("Siversted")),
       S("lic", L("Kørekort: B")),
       S("lang", L("Dansk – modersmål"), L("Norsk – læser og forstår alt"), L("Engelsk – godt i skrift og tale")),
       S("cert", L("Arbejdsmiljøkoordinator (projektering og udførelse), 2017"), L("Førstehjælp, 2025")),
       S("skills", L("Dalux Field og Dalux Box"), L("MS Project (tidsplaner)"), L("Byggesagsstyring"), head="IT"),
       S("profile", "Bygningskonstruktør med ti år som byggeleder på boligbyggeri i Danmark. Jeg søger nye "
                    "udfordringer i Norge fra januar 2027."),
       S("exp",
         I("2016 – nu", "Byggeleder, Siversted Entreprise A/S", "Boligbyggeri og rækkehuse, 30–50 håndværkere"),
         I("2013 – 2016", "Assisterende byggeleder, Siversted Entreprise A/S")),
       S("edu", I("2009 – 2013", "Bygningskonstruktør (professionsbachelor), Egernæs Erhvervsakademi")),
       order="left-first"),
    cv("bartosz-zielnicki.docx", "en", "docx", "table", "MUMUMMX",
       "a Polish 'Master of Science in Civil Engineering', 'SHA coordinator course (KU), 2024', 'Driving licence: "
       "B', 'Norwegian – C1 (Norskprøven 2024)', 'English – fluent'; but site manager only since '06/2023 – "
       "present' (42 months; the years as 'Site engineer' are another role), and 'daily follow-up in Dalux' with "
       "'schedules in Primavera P6' does not show MS Project",
       "Bartosz Zielnicki", "Site Manager",
       S("contact", L("+47 123 47 083"), L("bartosz.zielnicki@example.pl"), L("Saltbuvik, Norway")),
       S("profile", "Civil engineer from Poland, in Norway since 2020. I have run my own sites since mid-2023 and "
                    "before that I was site engineer on large residential and hospital projects."),
       S("exp",
         I("06/2023 – present", "Site manager (anleggsleder), Saltbuvik Entreprenør AS",
           "Residential project, 64 flats, daily follow-up in Dalux"),
         I("09/2020 – 05/2023", "Site engineer (prosjektingeniør), Saltbuvik Entreprenør AS"),
         I("2014 – 2020", "Site engineer, Budmax S.A., Kroświn, Poland",
           "Hospital and residential projects, schedules in Primavera P6")),
       S("edu", I("2009 – 2014", "Master of Science in Civil Engineering (magister inżynier), Kroświn University "
                                 "of Technology")),
       S("cert", L("SHA coordinator course (KU), 2024"), L("HMS card")),
       S("lic", L("Driving licence: B")),
       S("lang", L("Polish – native"), L("Norwegian – C1 (Norskprøven 2024)"), L("English – fluent"))),
)


# ===========================================================================
# 6. sv: Personlig assistent (LSS)
# ===========================================================================

job(
    "personlig-assistent", "Personlig assistent till ung man, heltid (LSS)", "sv", "personal assistant",
    [
        ("Avslutad gymnasieutbildning inom vård och omsorg, eller motsvarande", "education"),
        ("Minst två års erfarenhet som personlig assistent", "experience"),
        ("Erfarenhet av sondmatning via PEG", "must_mention"),
        ("HLR-utbildning genomförd under det senaste året", "certificate"),
        ("B-körkort, eftersom du kör brukarens bil", "driving_licence"),
        ("Du kan uttrycka dig väl på svenska i tal och skrift", "language"),
        ("Utdrag ur belastningsregistret ska visas upp före anställning", "manual"),
    ],
    cv("ebba-rosenlind.docx", "sv", "docx", "bold-headings", "MMMMMMX",
       "'Vård- och omsorgsprogrammet', 'Personlig assistent' since 'aug. 2019 – nu', 'Sondmatning via PEG', 'HLR "
       "vuxen och barn, repetition mars 2026', 'B-körkort', 'Svenska – modersmål'",
       "Ebba Rosenlind", "Undersköterska / personlig assistent",
       S("contact", L("Tel. 031-390 06 85"), L("ebba.rosenlind@example.se"), L("Orrmyra")),
       S("profile", "Utbildad undersköterska som har arbetat som personlig assistent sedan 2019, mest hos unga "
                    "vuxna med flerfunktionsnedsättning. Jag är lugn, lyhörd och bra på att läsa av den jag "
                    "arbetar hos."),
       S("exp",
         I("aug. 2019 – nu", "Personlig assistent, Assistansbolaget Omtanke i Orrmyra AB",
           "Assistans till ung man med cerebral pares och epilepsi",
           "Sondmatning via PEG, läkemedel och förflyttningar med lift"),
         I("2017 – 2019", "Undersköterska (timvikarie), Orrmyra vård- och omsorgsboende")),
       S("edu", I("2014 – 2017", "Vård- och omsorgsprogrammet, Orrmyra gymnasium")),
       S("cert", L("HLR vuxen och barn, repetition mars 2026"), L("Förflyttningsteknik, 2023"),
         L("Bevis om rätt att använda yrkestiteln undersköterska (Socialstyrelsen), 2024")),
       S("lic", L("B-körkort")),
       S("lang", L("Svenska – modersmål"), L("Engelska – god"))),
    cv("marit-solheimsnes.pdf", "nn", "pdf", "two-column", "MMMMMMX",
       "a Norwegian: 'Fagbrev som helsefagarbeidar' is equivalent to Vård- och omsorgsprogrammet, 'BPA-assistent "
       "(brukarstyrt personleg assistanse)' 2018 – 2023 and 'Personlig assistent' since 'sep. 2023 – d.d.', "
       "'ernæring gjennom PEG-sonde', 'HLR og førstehjelp, oktober 2026', 'Førarkort klasse B', 'Svensk – "
       "flytande munnleg og skriftleg'",
       "Marit Solheimsnes", "Helsefagarbeidar / personleg assistent",
       S("contact", L("Tlf. +46 31 390 06 86"), L("marit.solheimsnes@example.no"), L("Tjäderfors, Sverige")),
       S("cert", L("HLR og førstehjelp, oktober 2026"), L("Forflytningsteknikk, 2021"), head="Kurs"),
       S("lic", L("Førarkort klasse B")),
       S("lang", L("Norsk – morsmål"), L("Svensk – flytande munnleg og skriftleg")),
       S("profile", "Norsk helsefagarbeidar som flytta til Sverige i 2023. Eg har vore assistent i brukarstyrt "
                    "personleg assistanse i fleire år og jobbar no som personlig assistent i Tjäderfors."),
       S("exp",
         I("sep. 2023 – d.d.", "Personlig assistent, Tjäderfors kommun (LSS)",
           "Ung kvinne med Retts syndrom, ernæring gjennom PEG-sonde"),
         I("2018 – 2023", "BPA-assistent (brukarstyrt personleg assistanse), Kråkeneset kommune",
           "Assistanse i heim, skule og fritid")),
       S("edu",
         I("2018", "Fagbrev som helsefagarbeidar"),
         I("2014 – 2016", "Vg1 helse- og oppvekstfag og Vg2 helsearbeidarfag, Kråkeneset vidaregåande skule")),
       order="rows"),
    cv("nellie-forsman.txt", "sv", "txt", "badly-written", "UMMUMMX",
       "badly written; personal assistant 'sen 2021' (hourly, 'nästan heltid', counted by calendar time), "
       "'sondmatning i knappen (PEG)', 'har körkort B', 'svenska är mitt modersmål'; but the programme ended "
       "without a full diploma ('fick inte fullständig examen') and 'hlr gick jag 2023' is older than a year",
       raw="""
Nellie Forsman
nellie.forsman@example.se   tel 031-390 06 87

hej! jag heter nellie och är 24 år. jag har jobbat som personlig assistent sen 2021 hos två olika brukare i Lommarö, timanställd men nästan heltid.
har gått vård och omsorg på gymnasiet men fick inte fullständig examen, saknar två kurser som jag läser på komvux nu.
kan sondmatning i knappen (PEG) och har varit med om epilepsianfall.
hlr gick jag 2023.
har körkort B och egen bil. svenska är mitt modersmål.
"""),
    cv("nanna-bodtcher.docx", "da", "docx", "europass", "MMMUMUX",
       "a Dane: 'Social- og sundhedsassistent (SOSU-assistent)' is equivalent, 'Hjælper i BPA-ordning (borgerstyret "
       "personlig assistance)' since 2016 is personal assistance, 'sondeernæring via PEG', Kørekort B; but "
       "'Førstehjælp inkl. HLR, 12 timer, maj 2024' is more than a year old and Swedish is only 'Forstår og læser "
       "godt'",
       "Nanna Bødtcher", "Social- og sundhedsassistent",
       S("contact", KV("Telefon", "+45 12 34 65 39"), KV("E-mail", "nanna.bodtcher@example.dk"),
         KV("Adresse", "Siversted, Danmark")),
       S("exp",
         I("2016 – nu", "Hjælper i BPA-ordning (borgerstyret personlig assistance), Siversted Kommune",
           "Ung mand med muskelsvind, respirator og sondeernæring via PEG"),
         I("2014 – 2016", "Social- og sundhedsassistent, Siversted Plejecenter")),
       S("edu", I("2011 – 2014", "Social- og sundhedsassistent (SOSU-assistent), SOSU-skolen Egernæs")),
       S("cert", KV("Førstehjælp", "Førstehjælp inkl. HLR, 12 timer, maj 2024"),
         KV("Forflytning", "Forflytningsvejleder, 2020")),
       S("lic", KV("Kørekort", "B")),
       S("lang", KV("Modersmål", "Dansk"), KV("Svensk", "Forstår og læser godt"))),
    cv("hiwet-tesfamariam.pdf", "en", "pdf", "one-column", "MUMMUMX",
       "'Vård- och omsorgsprogrammet, Komvux Lommarö (completed 2024)', 'tube feeding through PEG', 'CPR (HLR) for "
       "adults, September 2026', 'Swedish – fluent'; but personal assistant only since '04/2025 – present' (20 "
       "months; home care is another role) and the licence is not there yet: 'driving test booked January 2027'",
       "Hiwet Tesfamariam", "Personal assistant",
       S("contact", L("Phone 031-390 06 88"), L("hiwet.tesfamariam@example.com"), L("Lommarö, Sweden")),
       S("profile", "I came to Sweden in 2016, learned Swedish and trained as an assistant nurse at Komvux. I like "
                    "working close to one person and helping him live the life he wants."),
       S("exp",
         I("04/2025 – present", "Personal assistant (personlig assistent), Lommarö Assistans AB",
           "Young man with a brain injury: tube feeding through PEG, transfers with a ceiling lift"),
         I("2022 – 03/2025", "Care assistant, home care (hemtjänst), Lommarö kommun")),
       S("edu",
         I("2022 – 2024", "Vård- och omsorgsprogrammet, Komvux Lommarö (completed 2024)"),
         I("2017 – 2021", "Swedish for immigrants (SFI) and Svenska som andraspråk 1–3, Komvux Lommarö")),
       S("cert", L("CPR (HLR) for adults, September 2026"), L("Transfer technique (förflyttningsteknik), 2025")),
       S("lic", L("Driving licence: theory test passed, driving test booked January 2027")),
       S("lang", L("Tigrinya – native"), L("Swedish – fluent"), L("English – good"))),
)


# --------------------------------------------------------------------------
# The README's closing sections, written by hand
# --------------------------------------------------------------------------

HARD_CASES = [
    "### Hard cases, on purpose",
    "",
    "Education: a Swedish socionomexamen and a Danish professionsbachelor i socialt arbejde for",
    "\"sosionom\"; a Norwegian G4 tower crane training, a Danish AMU course and a Polish course",
    "with a UDT licence as \"motsvarande\" crane operator training; a Swedish naturbruksprogram",
    "with a fish farming profile against a fagbrev, fagskule or bachelor; a Chilean five-year",
    "aquaculture engineering degree; a Swedish YH laboratorietekniker, a Norwegian bioingeniør",
    "and an Indian M.Sc. in analytical chemistry as \"tilsvarende laboratorieuddannelse\"; a",
    "laborant student \"forventet\" January 2027; a Swedish högskoleingenjör, a Danish",
    "bygningskonstruktør (professionsbachelor), a Polish M.Sc. and a Norwegian fagskoleingeniør",
    "for the site manager; a Norwegian fagbrev as helsefagarbeidar and a Danish SOSU-assistent",
    "as \"motsvarande\" Vård- och omsorgsprogrammet, and a programme left without a full diploma.",
    "Experience: 28 months in municipal child welfare after seven years at a state institution",
    "(Bufetat); Swedish socialtjänst and Danish børne- og familieafdeling; 54 months as tower",
    "crane operator after years as lastkopplare and signalman; an operator for 14 months after",
    "an apprenticeship and a summer job at a land-based hatchery; a 15-hour student job and a",
    "placement in a QC laboratory; a QC chemist under GMP in India; 42 months as site manager",
    "after years as site engineer; bas and tømrer before byggeleder; a platschef; a personal",
    "assistant for 20 months after home care (hemtjänst); hourly (\"timanställd\") assistance;",
    "Norwegian BPA and Danish BPA-ordning for personlig assistent. Certificates: a Swedish",
    "tower crane kompetensbevis valid, expired (\"udløbet 2026-08-31\") or \"under handläggning\";",
    "a Polish UDT and a Danish Arbejdstilsynet certificate; D5L \"søkt, under behandling hos",
    "Sjøfartsdirektoratet\"; DCM \"anmäld till utbildning våren 2027\"; GMP training within 12",
    "months (\"senest 14. oktober 2026\", \"2026-03\", \"juni 2026\", \"februar 2026\") or not",
    "(\"2024 (onboarding)\"); HLR within a year or not (\"maj 2024\", \"hlr gick jag 2023\");",
    "Swedish BAS-U beside the Norwegian SHA course, and the Danish arbejdsmiljøkoordinator",
    "alone; expired certificates that the ad does not ask for (first aid, hot work). Named",
    "systems met in other words (\"Modulus Barn\", \"Liebherr 172 EC-B\", \"Potain MC 125\",",
    "\"AKVAconnect\", \"ScaleAQ:s system\", \"Steinsvik-anlegget\", \"LabVantage\" as an LIMS,",
    "\"Dalux Field\") or not (DUBU for Familia or Modulus Barn; BBIC and Signs of",
    "Safety for DCM; Primavera P6 for MS Project). Licences: \"Førerkort: klasse B\", \"Körkort: B,",
    "C\", \"B, BE\", \"har körkort B\", \"driving test booked January 2027\". Languages: \"Norska –",
    "C1 (Bergenstesten 2023)\", \"Norsk – forstår godt, skriver på B2-niveau\" against C1,",
    "\"Svensk – flydende i tale, skriver på B1-niveau\", \"swedish good\", a Swedish mother tongue",
    "for \"eit anna skandinavisk språk\", \"Norwegian – A2\", a Europass Danish A2/A1, \"Engelska –",
    "grundläggande\", \"Forstår og læser godt\". Two badly written TXT CVs (one in English), two",
    "TXT CVs without headings.",
    "",
    "### Labelling decisions specific to this set",
    "",
    "The conventions of `eval/README.md` and of the earlier held-out sets apply. In addition:",
    "",
    "- **Barnevernskonsulent**: a Swedish socionomexamen and a Danish professionsbachelor i",
    "  socialt arbejde are social work degrees of the level asked for. Case work in a Swedish",
    "  socialtjänst (barn och unga) or a Danish municipal børne- og familieafdeling is the",
    "  neighbour country's municipal child welfare; work as miljøterapeut at a state institution",
    "  is not \"kommunal barnevernstjeneste\". DCM must be named: planned training and other",
    "  methods (BBIC, Signs of Safety) are `unclear`. \"Minimum nivå C1\": Bergenstesten with a",
    "  stated C1 meets it, a stated B2 for writing is `not_met`.",
    "- **Kranförare**: the kompetensbevis must be valid on `today`; expired, applied for and",
    "  other countries' schemes (Polish UDT, Danish Arbejdstilsynet) are `unclear`; a Swedish",
    "  kompetensbevis beside a Norwegian G4 meets the line. Tower crane training in Norway,",
    "  Denmark or Poland is \"motsvarande\". Work as lastkopplare or signalman is not work as",
    "  tornkranförare. Liebherr or Potain named by model meets the line. \"swedish good\" is",
    "  read as good in speech and writing; a stated B1 for writing is `not_met`.",
    "- **Akvakulturoperatør**: a Swedish upper secondary programme is not a fagbrev, fagskule or",
    "  bachelor (`unclear`); a Chilean aquaculture engineering degree is a degree in havbruk.",
    "  Site management on Chilean sea sites counts; an apprenticeship and a summer job on land do",
    "  not. A D5L applied for is `unclear`. Steinsvik is the former name of ScaleAQ. Swedish",
    "  counts as \"eit anna skandinavisk språk\"; Spanish and English do not, and Norwegian A2 is",
    "  `not_met`.",
    "- **Laborant**: a Swedish YH laboratorietekniker, a Norwegian bioingeniør and an M.Sc. in",
    "  analytical chemistry are \"tilsvarende laboratorieuddannelse\". QC analyst and QC chemist",
    "  under GMP are laborant work; a placement and a 10-month student job are not two years.",
    "  HPLC run under supervision in a student job is practical experience. Any named LIMS",
    "  meets \"et LIMS, f.eks. LabWare\". GMP training must fall after 2025-11-27. Europass A2/A1",
    "  Danish is `not_met`.",
    "- **Site manager**: platschef, byggeleder and anleggsleder are site managers; site engineer,",
    "  prosjektingeniør and bas are other roles. The Swedish BAS-U and the Danish",
    "  arbejdsmiljøkoordinator are the neighbours' counterparts, not training under",
    "  Byggherreforskriften (`unclear`), but a CV that also names the Norwegian SHA course meets",
    "  the line. \"Dalux and MS Project\" needs both. \"Fluent\" is read as C1, so a stated C1 or a",
    "  mother tongue meets it; \"Engelska – grundläggande\" is below good English (`not_met`).",
    "- **Personlig assistent**: a Norwegian fagbrev as helsefagarbeidar and a Danish",
    "  SOSU-assistent are \"motsvarande\"; a programme without a full diploma is `unclear`.",
    "  Norwegian BPA and a Danish BPA-ordning are personal assistance; home care (hemtjänst) is",
    "  not. Hourly assistance counts by calendar time. HLR must fall after 2025-11-27.",
    "  \"har körkort B\" meets the licence; a booked driving test does not (`unclear`). \"Forstår",
    "  og læser godt\" says nothing about speaking or writing Swedish (`unclear`).",
    "",
]


# --------------------------------------------------------------------------
# Checks of our own (on top of make_eval.check_data)
# --------------------------------------------------------------------------


def check_holdout10() -> None:
    mh.check_blind_set(JOBS, me.JOBS + mh.JOBS + mh2.JOBS + mh3.JOBS + mh4.JOBS + mh5.JOBS + mh6.JOBS + mh7.JOBS
                       + mh8.JOBS + mh9.JOBS, USED_TOWNS, per_job=(5, 7), min_qualified=2)


# --------------------------------------------------------------------------
# README (generated, so its figures always match the set)
# --------------------------------------------------------------------------


def readme() -> str:
    n_all = sum(len(j.cvs) for j in JOBS)
    out = [
        "# Sikte's tenth held-out evaluation set",
        "",
        f"{len(JOBS)} fictional jobs and {n_all} fictional CVs, labelled by hand requirement by",
        "requirement, in the same layout and job-file format as `eval/` (see `eval/README.md`",
        "for the format, the label meanings and the labelling conventions). It is the eleventh",
        "labelled set and exists to measure accuracy again on CVs the rules were never tuned on.",
        "It was written blind: without reading Sikte's rules, code, tests or data tables, without",
        "running Sikte on it and without looking at any Sikte output, and no label was ever set",
        "from Sikte's output. Of the earlier sets only the script of `eval-holdout9/`",
        "(`make_holdout9.py`) was read, as the template for this script's structure, together",
        "with the shared code of `make_eval.py`, `make_holdout.py` and `scripts/fixtures/cvlib.py`",
        "(`make_eval.py`, `make_holdout.py` and `make_holdout9.py` also define the CVs of `eval/`,",
        "`eval-holdout/` and `eval-holdout9/`); the CVs of `eval-holdout2/` ... `eval-holdout8/`",
        "were not read, and no CV folder of an earlier set was opened. Every CV x requirement is",
        "labelled with what a careful, fair Nordic recruiter concludes on",
        f"{TODAY} (the `today` of every job file, which closes open ranges such as \"d.d.\", \"nå\",",
        "\"no\", \"nu\", \"present\" and \"pågående\"); the set was written on that date. Its professions",
        "appear in no earlier set. Keep it that way: do not tune rules on these CVs; once a rule",
        "changes because of a disagreement found here, the set is no longer held out, and its",
        "figures become a regression check.",
        "",
        "Everything here is invented for Sikte: people, employers, schools, towns",
        f"({TOWNS}), e-mail addresses (`example.*`) and phone numbers (unreal",
        "ranges: `123 47 0xx` in Norway, the Swedish fiction range `031-390 06 xx`,",
        "`+45 12 34 65 xx` in Denmark). Nothing is copied from `/work/shared/corpus`, from the",
        "earlier sets or from any real CV or job ad. Authority, test, course and product names in",
        "CVs and ads (Bufetat, Familia, Modulus Barn, DCM, Kvellomalen, BBIC, Signs of Safety,",
        "DUBU, Bergenstesten, Norskprøven, Socialstyrelsen, Komvux, YH, SFI, ID06, Heta arbeten,",
        "Liebherr, Potain, UDT, Arbejdstilsynet, AMU, G4, G8 and G11 kompetansebevis,",
        "Sjøfartsdirektoratet, D5L, akvakulturdriftsforskrifta, AKVA group, AKVAconnect, ScaleAQ,",
        "Steinsvik, Fishtalk, GMP, HPLC, UPLC, Empower, Chromeleon, Agilent, LIMS, LabWare,",
        "LabVantage, Danskuddannelse, Byggherreforskriften, SHA, BAS-U, HMS-kort, Dalux, MS",
        "Project, Primavera P6, LSS, BPA, HLR) are named as real ads and CVs name them.",
        "Licence: the same as the project (MIT OR Apache-2.0).",
        "",
        "The format is the one of `eval/`, so Sikte's evaluator reads this folder as it reads",
        "`eval/`; report its figures for each set separately.",
        "",
        "## Regenerate, never edit",
        "",
        "```sh",
        f"python3 {SCRIPT}            # (re)writes eval-holdout10/, removes stale files",
        f"python3 {SCRIPT} --verify   # generates twice elsewhere: byte-identical, and eval-holdout10/ fresh?",
        "```",
        "",
    ]
    return "\n".join(out + mh.script_paragraph(10) + mh.jobs_and_figures(JOBS, HARD_CASES))


# --------------------------------------------------------------------------
# Writing and checking
# --------------------------------------------------------------------------


def main(argv: list[str]) -> int:
    check_holdout10()
    return mh.run_set(argv, OUT, JOBS, SCRIPT, readme, __doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
