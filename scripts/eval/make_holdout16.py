#!/usr/bin/env python3
"""Write Sikte's sixteenth held-out evaluation set: eval-holdout16/README.md, jobs/<job>.toml, cvs/<job>/<file>.

    python3 scripts/eval/make_holdout16.py            # (re)write eval-holdout16/
    python3 scripts/eval/make_holdout16.py --verify   # generate twice in temporary folders and check both
                                                      # runs and eval-holdout16/ are byte-identical

A seventeenth labelled set in the same layout and job-file format as eval/ and
eval-holdout/ ... eval-holdout15/, so that accuracy can be measured on CVs the
rules were never tuned on. Six fictional jobs in professions that no earlier
set uses (sheet metal worker nb, prosthetist-orthotist nn, audiologist sv,
glazier da, HSE advisor en, concrete worker sv) with 6-8 requirement lines
each, and 5 fictional CVs per job in TXT, DOCX and PDF (one and two columns),
in bokmål, nynorsk, Swedish, Danish and English.

The set was written blind: without reading Sikte's rules, code, tests, docs or
data tables, without running Sikte on it and without looking at any Sikte
output. Of the earlier sets only make_holdout15.py was read, as the template
for this script's structure, with the shared code of make_eval.py,
make_holdout.py and scripts/fixtures/cvlib.py, and eval/README.md for the
format and the labelling conventions (make_holdout15.py also defines the CVs
of eval-holdout15/; the CV definitions in make_eval.py and make_holdout.py
were skipped); make_holdout2.py ... make_holdout14.py were not read, nor the
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
eval-holdout/, ..., eval-holdout15/, any e-mail address or phone number that
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
from make_eval import CV, I, KV, L, S, cv  # noqa: E402

cvlib = me.cvlib
ROOT = me.ROOT
OUT = os.path.join(ROOT, "eval-holdout16")
SCRIPT = "scripts/eval/make_holdout16.py"
# The day this set is judged on, written into every job file. make_eval.job_toml reads
# make_eval.TODAY, so it is set there too (only in this process).
TODAY = "2026-11-28"
me.TODAY = TODAY

# Towns of eval/ and eval-holdout/ ... eval-holdout15/; none may appear here.
USED_TOWNS = mh15.USED_TOWNS + mh15.OWN_TOWNS
# The invented towns of this set; an earlier set's CVs must not mention them either.
OWN_TOWNS = ("Skjellvikøra", "Bekkasinmyra", "Lomtjønnlia", "Furuskjæret", "Vierbotn", "Lingonhällan",
             "Tranviksborg", "Gäddsjövallen", "Blåbärsnäs", "Kløverholt", "Hyldebæk", "Snerlebjerg", "Gyvelstrup",
             "Kettlebrook", "Dunmarrow", "Ozolkalni", "Porto Salgueiro", "Marikit Bay", "Dealu Mierlei",
             "Kalynove Pole")
TOWNS = "Skjellvikøra, Bekkasinmyra, Lomtjønnlia, Furuskjæret and Vierbotn in Norway; Lingonhällan, " \
        "Tranviksborg, Gäddsjövallen and Blåbärsnäs in Sweden; Kløverholt, Hyldebæk, Snerlebjerg and Gyvelstrup " \
        "in Denmark; Kettlebrook, Dunmarrow, Ozolkalni, Porto Salgueiro, Marikit Bay, Dealu Mierlei and " \
        "Kalynove Pole abroad"

JOBS: list[me.Job] = []


def job(slug, title, lang, profession, reqs: list[tuple[str, str]], *cvs: CV) -> None:
    JOBS.append(me.Job(slug, title, lang, profession, [r for r, _ in reqs], [k for _, k in reqs], list(cvs)))


# ===========================================================================
# 1. nb: Blikkenslager
# ===========================================================================

job(
    "blikkenslager", "Blikkenslager – tak og fasade, Skjellvikøra Blikk AS (fast stilling)", "nb",
    "sheet metal worker",
    [
        ("Fagbrev i blikkenslagerfaget", "education"),
        ("Minst fem års erfaring som blikkenslager", "experience"),
        ("Erfaring med båndtekking (falsede tak) i stål, sink eller kobber", "must_mention"),
        ("Gyldig sertifikat for varme arbeider", "certificate"),
        ("Dokumentert sikkerhetsopplæring i bruk av personløfter (lift)", "certificate"),
        ("Førerkort klasse B", "driving_licence"),
        ("Gode norskkunnskaper, muntlig og skriftlig", "language"),
        ("Du tåler høyder og å jobbe ute i all slags vær", "manual"),
    ],
    cv("kjetil-hamre.docx", "nb", "docx", "table", "MMMMMMMX",
       "'Fagbrev i blikkenslagerfaget', blikkenslager since 'aug. 2009 – d.d.' (the apprenticeship does not "
       "count), 'Tekking med dobbeltfalsede plater i kobber og stål' is standing-seam roofing, that is "
       "båndtekking, 'Varme arbeider – sertifikat, fornyet mars 2024' (valid five years), 'Sikkerhetsopplæring "
       "personløftere (bom- og saksløfter), 2017', 'Førerkort: B og BE', 'Norsk – morsmål'",
       "Kjetil Vassbotn Hamre", "Blikkenslager med fagbrev",
       S("contact", L("Mob. 123 58 601"), L("kjetil.hamre@example.no"), L("Lomtjønnlia")),
       S("profile", "Blikkenslager i snart 20 år, de siste årene mest på kirker og andre verneverdige bygg. Jeg "
                    "liker håndverket og tar gjerne ansvar for lærlinger."),
       S("exp",
         I("aug. 2009 – d.d.", "Blikkenslager, Lomtjønnlia Tak og Blikk AS",
           "Tekking med dobbeltfalsede plater i kobber og stål på kirker, skoler og verneverdige bygg",
           "Pipebeslag, takrenner og fasadekledning"),
         I("aug. 2007 – juli 2009", "Lærling i blikkenslagerfaget, Lomtjønnlia Tak og Blikk AS")),
       S("edu",
         I("2009", "Fagbrev i blikkenslagerfaget"),
         I("2005 – 2007", "Vg1 bygg- og anleggsteknikk og Vg2 klima-, energi- og miljøteknikk, Bekkasinmyra "
                          "videregående skole")),
       S("cert",
         L("Varme arbeider – sertifikat, fornyet mars 2024"),
         L("Sikkerhetsopplæring personløftere (bom- og saksløfter), 2017"),
         L("Fallsikring og redning, 2022"), head="Kurs"),
       S("lic", L("Førerkort: B og BE")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – godt"))),
    cv("edgars-kalnins.docx", "en", "docx", "europass", "MMMUMMMX",
       "a Latvian: 'Norwegian trade certificate (fagbrev) in blikkenslagerfaget, praksiskandidat', tinsmith since "
       "'06/2008 – 03/2016' and '04/2016 – present', 'Standing seam roofs (dobbeltfals) in steel and zinc', "
       "'Personløfter / lift operator safety training, 2016', driving licence B, 'B2 spoken and written "
       "(Norskprøven 2020)'; but the hot work certificate is 'expired 05/2024 – renewal course booked January "
       "2027'",
       "Edgars Kalniņš", "Tinsmith / blikkenslager with Norwegian fagbrev",
       S("contact", KV("Phone", "+47 123 58 602"), KV("E-mail", "edgars.kalnins@example.lv"),
         KV("Address", "Furuskjæret, Norway")),
       S("exp",
         I("04/2016 – present", "Tinsmith (blikkenslager), Furuskjæret Byggblikk AS",
           "Standing seam roofs (dobbeltfals) in steel and zinc, flashings, gutters and chimney covers"),
         I("06/2008 – 03/2016", "Tinsmith (skārdnieks), SIA Ozolkalni Jumti, Latvia",
           "Roofs and facade cladding in steel sheet")),
       S("edu",
         I("2021", "Norwegian trade certificate (fagbrev) in blikkenslagerfaget, praksiskandidat"),
         I("2005 – 2008", "Vocational school, roofer and tinsmith, Ozolkalni, Latvia")),
       S("cert",
         KV("Hot work", "Varme arbeider certificate, issued 05/2019, expired 05/2024 – renewal course booked "
                        "January 2027"),
         KV("Lift", "Personløfter / lift operator safety training, 2016"), head="Courses"),
       S("lic", KV("Driving licence", "B")),
       S("lang", KV("Mother tongue", "Latvian"), KV("Norwegian", "B2 spoken and written (Norskprøven 2020)"),
         KV("English", "B2"), KV("Russian", "good"))),
    cv("sivert-aasen.txt", "nb", "txt", "badly-written", "MUUMMMMX",
       "badly written; 'fikk fagbrev i blikkenslagerfaget i juni 2023', 'tok varme arbeider i 2023 og liftkurs "
       "samme året' (valid to 2028), 'har lappen (B)', 'norsk er morsmålet'; but blikkenslager only since June "
       "2023 (about three years and five months; the apprenticeship does not count), and 'mest takrenner, "
       "pipebeslag og beslag rundt vinduer, lite tak' shows no standing-seam roofing",
       raw="""
Sivert Aasen
sivert.aasen@example.no  mob 123 58 603  Bekkasinmyra

hei, søker på jobben som blikkenslager
gikk lærling hos Bekkasinmyra Blikk fra 2021 til 2023, fikk fagbrev i blikkenslagerfaget i juni 2023 og har jobba der som blikkenslager sia.
mest takrenner, pipebeslag og beslag rundt vinduer, lite tak.
tok varme arbeider i 2023 og liftkurs samme året
har lappen (B)
norsk er morsmålet
"""),
    cv("torleiv-eikrem.pdf", "nn", "pdf", "right-dates", "MMMMMMMX",
       "nynorsk: 'Fagbrev i blikkenslagarfaget' (the nynorsk name of the trade), blikkenslagar since 'jan. 2012 – "
       "mai 2018' and 'juni 2018 – d.d.' (the apprenticeship does not count), 'Falsa tak i sink og kopar' is "
       "båndtekking, 'Varme arbeid – sertifikat, fornya oktober 2022' (valid to October 2027), "
       "'Sikkerheitsopplæring for personløftarar (lift), 2015', 'Førarkort: B', 'Norsk – morsmål'",
       "Torleiv Hauge Eikrem", "Blikkenslagar",
       S("contact", L("Tlf. 123 58 604"), L("torleiv.eikrem@example.no"), L("Vierbotn")),
       S("profile", "Blikkenslagar med fagbrev og femten år i faget. Eg har mest arbeidd med falsa tak og beslag, "
                    "både på nybygg og gamle hus."),
       S("exp",
         I("juni 2018 – d.d.", "Blikkenslagar, Vierbotn Blikk og Ventilasjon AS",
           "Falsa tak i sink og kopar, maskinfalsing og handfalsing", "Beslag, pipebeslag og fasadeplater i stål"),
         I("jan. 2012 – mai 2018", "Blikkenslagar, Skjellvikøra Tak AS"),
         I("aug. 2010 – des. 2011", "Lærling i blikkenslagarfaget, Skjellvikøra Tak AS")),
       S("edu",
         I("des. 2011", "Fagbrev i blikkenslagarfaget"),
         I("2008 – 2010", "Vg1 bygg- og anleggsteknikk, Vg2 klima-, energi- og miljøteknikk, Vierbotn vidaregåande "
                          "skule")),
       S("cert", L("Varme arbeid – sertifikat, fornya oktober 2022"),
         L("Sikkerheitsopplæring for personløftarar (lift), 2015"), head="Kurs"),
       S("lic", L("Førarkort: B")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – godt"))),
    cv("anton-hellqvist.pdf", "sv", "pdf", "two-column", "MMMUMMNX",
       "a Swede working in Norway: 'Yrkesbevis som byggnadsplåtslagare' is the Swedish certificate of the same "
       "trade, plåtslagare since '2014-06 – 2020-02' and '2020-03 – nu', 'Bandtäckning och falsade tak i stål "
       "och koppar', 'Sikkerhetsopplæring personløfter (lift), Norge, 2020', 'Körkort B'; but 'Heta arbeten "
       "(Brandskyddsföreningen), 2024' is the Swedish scheme, not the Norwegian varme arbeider, and 'Norska – "
       "förstår allt och pratar bra, skriver lite' is below good written Norwegian",
       "Anton Hellqvist", "Byggnadsplåtslagare / blikkenslager",
       S("contact", L("Tel. +47 123 58 605"), L("anton.hellqvist@example.se"), L("Furuskjæret, Norge")),
       S("lic", L("Körkort B")),
       S("lang", L("Svenska – modersmål"), L("Norska – förstår allt och pratar bra, skriver lite"),
         L("Engelska – god")),
       S("cert", L("Heta arbeten (Brandskyddsföreningen), 2024"),
         L("Sikkerhetsopplæring personløfter (lift), Norge, 2020")),
       S("profile", "Plåtslagare från Blåbärsnäs som har jobbat i Norge sedan 2020. Tak, takavvattning och "
                    "fasader i plåt."),
       S("exp",
         I("2020-03 – nu", "Plåtslagare (blikkenslager), Furuskjæret Byggblikk AS, Norge",
           "Bandtäckning och falsade tak i stål och koppar", "Takavvattning och fasadbeslag"),
         I("2014-06 – 2020-02", "Byggnadsplåtslagare, Blåbärsnäs Plåtslageri AB")),
       S("edu",
         I("2014", "Yrkesbevis som byggnadsplåtslagare"),
         I("2010 – 2013", "Bygg- och anläggningsprogrammet, inriktning plåtslageri, Blåbärsnäs gymnasium")),
       order="rows"),
)


# ===========================================================================
# 2. nn: Ortopediingeniør
# ===========================================================================

job(
    "ortopediingenior", "Ortopediingeniør – protese- og ortoseverkstaden i Bekkasinmyra (fast 100 %)", "nn",
    "prosthetist-orthotist",
    [
        ("Norsk autorisasjon som ortopediingeniør", "authorisation"),
        ("Bachelorgrad i ortopediingeniørfag eller tilsvarande", "education"),
        ("Minst tre års erfaring som ortopediingeniør", "experience"),
        ("Erfaring med protesar for underekstremitet (legg- og lårprotesar)", "must_mention"),
        ("Gode munnlege og skriftlege norskkunnskapar (minimum B2)", "language"),
        ("Førarkort klasse B", "driving_licence"),
        ("Du er løysingsorientert og trivst med tett pasientkontakt", "manual"),
    ],
    cv("solrun-boe.docx", "nn", "docx", "dates-after", "MMMMMMX",
       "'Autorisasjon som ortopediingeniør, Helsedirektoratet, 2015', 'Bachelor i ortopediingeniørfag', "
       "ortopediingeniør since 'aug. 2015 – d.d.' (the student job does not count), 'transtibiale og "
       "transfemorale protesar' are below-knee and above-knee prostheses, 'Norsk – morsmål', 'Førarkort klasse "
       "B'",
       "Solrun Hjelmeland Bøe", "Ortopediingeniør",
       S("contact", L("Mob. 123 58 606"), L("solrun.boe@example.no"), L("Bekkasinmyra")),
       S("profile", "Ortopediingeniør med elleve års erfaring, mest med protesar til vaksne etter amputasjon. Eg "
                    "trivst best når eg kan følgje pasienten frå første avtrykk til ferdig gangtrening."),
       S("exp",
         I("aug. 2015 – d.d.", "Ortopediingeniør, Bekkasinmyra Ortopediske Verkstad AS",
           "Bygging og tilpassing av transtibiale og transfemorale protesar",
           "Gipsing, skanning og hylsetilpassing, oppfølging saman med fysioterapeut"),
         I("2013 – 2015", "Ekstrahjelp på verkstaden under studiet (deltid), Bekkasinmyra Ortopediske Verkstad AS")),
       S("edu", I("2012 – 2015", "Bachelor i ortopediingeniørfag, Lomtjønnlia høgskule")),
       S("auth", L("Autorisasjon som ortopediingeniør, Helsedirektoratet, 2015")),
       S("lic", L("Førarkort klasse B")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – godt"), L("Tysk – litt"))),
    cv("frida-ahlgren.pdf", "sv", "pdf", "two-column", "UMMMMMX",
       "a Swede: 'Ortopedingenjörsprogrammet 180 hp, kandidatexamen i ortopedteknik' is the same education, "
       "ortopedingenjör since '2016-08 – nu', 'Benproteser, transtibiala och transfemorala', 'Norska – B2 "
       "(Norskprøven, muntlig och skriftlig, 2026)', 'Körkort B'; but 'Legitimerad ortopedingenjör, "
       "Socialstyrelsen' is Swedish and the Norwegian authorisation is only an application: 'ansökan till "
       "Helsedirektoratet skickad oktober 2026'",
       "Frida Ahlgren", "Leg. ortopedingenjör",
       S("contact", L("Tel. 0980-327 412"), L("frida.ahlgren@example.se"), L("Tranviksborg, Sverige")),
       S("auth", L("Legitimerad ortopedingenjör, Socialstyrelsen, 2016"),
         L("Norsk autorisation: ansökan till Helsedirektoratet skickad oktober 2026"), side=True),
       S("lang", L("Svenska – modersmål"), L("Norska – B2 (Norskprøven, muntlig och skriftlig, 2026)"),
         L("Engelska – flytande")),
       S("lic", L("Körkort B")),
       S("profile", "Legitimerad ortopedingenjör med tio års erfarenhet av proteser och ortoser. Min familj flyttar "
                    "till Norge i vår och jag söker tjänst där."),
       S("exp", I("2016-08 – nu", "Ortopedingenjör, Tranviksborgs Ortopedteknik (Region Tranviksborg)",
                  "Benproteser, transtibiala och transfemorala, samt ortoser för barn",
                  "Handledare för ortopedingenjörsstudenter")),
       S("edu", I("2013 – 2016", "Ortopedingenjörsprogrammet 180 hp, kandidatexamen i ortopedteknik, "
                                 "Tranviksborgs högskola")),
       order="right-first"),
    cv("catriona-baird.txt", "en", "txt", "one-column", "MMMMNMX",
       "a Scottish prosthetist: 'Norwegian authorisation as ortopediingeniør (Helsedirektoratet), March 2024', "
       "'BSc (Hons) Prosthetics and Orthotics', prosthetist since 'Sep 2014 – Dec 2023' and 'Jan 2024 – "
       "present', 'Lower limb prosthetics: transtibial and transfemoral sockets', 'Driving licence: B'; but "
       "'Norwegian – B1 (Norskprøven 2025), attending B2 course' is below the B2 asked for",
       "Catriona Baird", "Prosthetist / ortopediingeniør",
       S("contact", L("+47 123 58 607"), L("catriona.baird@example.co.uk"),
         L("Lomtjønnlia, Norway (from Dunmarrow, Scotland)")),
       S("profile", "Prosthetist with twelve years of clinical practice, nine of them in the NHS in Scotland. I "
                    "moved to Norway with my partner in 2024."),
       S("exp",
         I("Jan 2024 – present", "Ortopediingeniør (prosthetist), Lomtjønnlia Ortopedi AS",
           "Lower limb prosthetics: transtibial and transfemoral sockets, liners and alignment"),
         I("Sep 2014 – Dec 2023", "Prosthetist/Orthotist, Dunmarrow Limb Fitting Centre (NHS), Scotland",
           "Amputee clinic, upper and lower limb", "Clinical supervisor for students")),
       S("edu", I("2010 – 2014", "BSc (Hons) Prosthetics and Orthotics, University of Dunmarrow")),
       S("auth", L("Norwegian authorisation as ortopediingeniør (Helsedirektoratet), March 2024"),
         L("HCPC registered prosthetist/orthotist, 2014 – 2024")),
       S("lic", L("Driving licence: B (UK licence exchanged for a Norwegian one, 2024)")),
       S("lang", L("English – native"), L("Norwegian – B1 (Norskprøven 2025), attending B2 course")),
       bullet="* ", sep=" | "),
    cv("ashild-tveit.pdf", "nn", "pdf", "one-column", "MMUMMMX",
       "'Autorisasjon som ortopediingeniør, Helsedirektoratet, desember 2023', 'Bachelor i "
       "ortopediingeniørfag', 'Protesar for legg- og låramputerte', 'Norsk – morsmål', 'Førarkort klasse B'; "
       "but ortopediingeniør only since 'jan. 2024 – d.d.' (two years and ten months; the part-time student "
       "job and the praksis do not count)",
       "Åshild Nygard Tveit", "Ortopediingeniør",
       S("contact", L("Tlf. 123 58 608"), L("ashild.tveit@example.no"), L("Skjellvikøra")),
       S("profile", "Ortopediingeniør med bachelor frå 2023. Eg arbeider med både protesar og ortosar og ønskjer "
                    "meg meir protesearbeid."),
       S("exp",
         I("jan. 2024 – d.d.", "Ortopediingeniør, Skjellvikøra Ortopediteknikk AS",
           "Protesar for legg- og låramputerte, fotortosar og korsett"),
         I("2021 – 2023", "Verkstadmedarbeidar, deltid under studiet, Skjellvikøra Ortopediteknikk AS"),
         I("haust 2022", "Praksis, protesepoliklinikk")),
       S("edu", I("2020 – 2023", "Bachelor i ortopediingeniørfag, Lomtjønnlia høgskule")),
       S("auth", L("Autorisasjon som ortopediingeniør, Helsedirektoratet, desember 2023")),
       S("lic", L("Førarkort klasse B")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – flytande"))),
    cv("pal-stenersen.docx", "nb", "docx", "table", "MMMMMMX",
       "bokmål, older titles: 'Autorisert ortopediingeniør siden 2009', 'Ortopediingeniørutdanning (treårig "
       "høgskoleutdanning)' is the forerunner of the bachelor, ortopediingeniør since '2009 – 2014' and '2014 – "
       "d.d.', 'Lårproteser med mikroprosessorstyrte kneledd og leggproteser', 'Norsk – morsmål', 'Førerkort: "
       "B'",
       "Pål Egil Stenersen", "Ortopediingeniør",
       S("contact", L("Tlf. 123 58 609"), L("pal.stenersen@example.no"), L("Vierbotn")),
       S("profile", "Erfaren ortopediingeniør med hovedvekt på proteser for amputerte i alle aldre. Fagansvarlig "
                    "og veileder for nyutdannede."),
       S("exp",
         I("2014 – d.d.", "Fagansvarlig ortopediingeniør, Vierbotn Ortopedi AS",
           "Lårproteser med mikroprosessorstyrte kneledd og leggproteser", "Veileder for nyutdannede"),
         I("2009 – 2014", "Ortopediingeniør, Furuskjæret Ortopediske Senter")),
       S("edu", I("2006 – 2009", "Ortopediingeniørutdanning (treårig høgskoleutdanning), Lomtjønnlia høgskole")),
       S("auth", L("Autorisert ortopediingeniør siden 2009")),
       S("lic", L("Førerkort: B")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – meget godt"), L("Svensk – godt"))),
)


# ===========================================================================
# 3. sv: Audionom
# ===========================================================================

job(
    "audionom", "Audionom till hörselmottagningen i Lingonhällan – tillsvidareanställning, heltid", "sv",
    "audiologist",
    [
        ("Legitimerad audionom", "authorisation"),
        ("Audionomexamen (180 hp) eller motsvarande", "education"),
        ("Minst två års erfarenhet som audionom", "experience"),
        ("Erfarenhet av utprovning av hörapparater", "must_mention"),
        ("B-körkort", "driving_licence"),
        ("God svenska i tal och skrift", "language"),
        ("Du har ett gott bemötande och god samarbetsförmåga", "manual"),
    ],
    cv("ebba-lindfors.pdf", "sv", "pdf", "two-column", "MMMMMMX",
       "'Legitimerad audionom, Socialstyrelsen, 2017', 'Audionomprogrammet 180 hp, kandidatexamen i audiologi', "
       "audionom since '2017-08 – nu' (the summer job as a student does not count), 'Anpassning av hörapparater "
       "och uppföljning', 'Körkort B', 'Svenska – modersmål'",
       "Ebba Lindfors", "Leg. audionom",
       S("contact", L("Mobil 0980-327 413"), L("ebba.lindfors@example.se"), L("Lingonhällan")),
       S("profile", "Audionom med nio års erfarenhet från sjukhusets hörselmottagning. Jag tycker om det långa "
                    "rehabiliteringsarbetet tillsammans med patienten."),
       S("exp",
         I("2017-08 – nu", "Audionom, Hörselmottagningen, Gäddsjövallens sjukhus",
           "Hörselutredningar och rehabilitering av vuxna", "Anpassning av hörapparater och uppföljning"),
         I("2016-06 – 2016-08", "Sommarvikarie, hörselvården (audionomstudent)")),
       S("edu", I("2014 – 2017", "Audionomprogrammet 180 hp, kandidatexamen i audiologi, Gäddsjövallens "
                                 "universitet")),
       S("auth", L("Legitimerad audionom, Socialstyrelsen, 2017")),
       S("lic", L("Körkort B")),
       S("lang", L("Svenska – modersmål"), L("Engelska – mycket god")),
       order="right-first"),
    cv("ingrid-holm.pdf", "nb", "pdf", "two-column", "UMMMMNX",
       "a Norwegian audiograf: 'Bachelor i audiologi (audiograf), 180 studiepoeng' is the same education, "
       "audiograf since 'sep. 2015 – d.d.' is the same role, 'Tilpasning av høreapparater', 'Førerkort klasse "
       "B'; but the Swedish legitimation is only applied for ('sendt Socialstyrelsen, oktober 2026') and 'Svensk "
       "– forstår godt, snakker litt' is below good Swedish",
       "Ingrid Fagerli Holm", "Audiograf",
       S("contact", L("Tlf. +47 123 58 610"), L("ingrid.holm@example.no"), L("Furuskjæret, Norge")),
       S("auth", L("Audiograf er ikke autorisasjonspliktig i Norge"),
         L("Søknad om svensk legitimasjon som audionom sendt Socialstyrelsen, oktober 2026"), head="Legitimasjon",
         side=True),
       S("lic", L("Førerkort klasse B")),
       S("lang", L("Norsk – morsmål"), L("Svensk – forstår godt, snakker litt"), L("Engelsk – godt")),
       S("profile", "Audiograf med elleve års erfaring fra hørselsentral. Samboeren min har fått jobb i "
                    "Lingonhällan, og vi flytter dit i vår."),
       S("exp", I("sep. 2015 – d.d.", "Audiograf, Furuskjæret sykehus, hørselsentralen",
                  "Tilpasning av høreapparater til voksne og eldre", "Hørselsutredning og tinnitusveiledning")),
       S("edu", I("2012 – 2015", "Bachelor i audiologi (audiograf), 180 studiepoeng, Bekkasinmyra høgskole")),
       order="left-first"),
    cv("mattias-olund.txt", "sv", "txt", "badly-written", "MMMMMMX",
       "badly written but complete: 'leg audionom sen 2019', 'gick audionomprogrammet 2016 till 2019', audionom "
       "'sen juni 2019', 'utprovning av hörapparater varje dag', 'körkort B', 'svenska modersmål'",
       raw="""
Mattias Ölund
mattias.olund@example.se   tel 0980-327 414   Gäddsjövallen

söker tjänsten som audionom
leg audionom sen 2019, gick audionomprogrammet 2016 till 2019
jobbat på hörcentralen i Gäddsjövallen sen juni 2019, hörselutredningar och utprovning av hörapparater varje dag
körkort B
svenska modersmål, engelska bra
"""),
    cv("ines-moutinho.docx", "en", "docx", "europass", "MMMMMNX",
       "a Portuguese audiologist: 'Legitimation as audionom, Socialstyrelsen, May 2026', 'Licenciatura em "
       "Audiologia (240 ECTS)' is the same field at a higher level, audiologist from '03/2012 – 12/2025', "
       "'Hearing aid fitting and verification', 'B (Portuguese licence)'; but 'B1 – SFI completed, Svenska som "
       "andraspråk 1 ongoing' is below good Swedish",
       "Inês Carvalho Moutinho", "Audiologist (leg. audionom)",
       S("contact", KV("Phone", "+46 980 327 415"), KV("E-mail", "ines.moutinho@example.pt"),
         KV("Address", "Blåbärsnäs, Sweden")),
       S("exp",
         I("02/2026 – present", "Hörselassistent (hearing care assistant, temporary), Blåbärsnäs hörcentral"),
         I("03/2012 – 12/2025", "Audiologist (audiologista), Hospital de Porto Salgueiro, Portugal",
           "Diagnostic audiology for adults and children",
           "Hearing aid fitting and verification with real-ear measurements")),
       S("edu", I("2008 – 2012", "Licenciatura em Audiologia (240 ECTS), Escola Superior de Saúde de Porto "
                                 "Salgueiro")),
       S("auth", KV("Sweden", "Legitimation as audionom, Socialstyrelsen, May 2026"),
         KV("Portugal", "Registered audiologist (cédula profissional), 2012")),
       S("lic", KV("Driving licence", "B (Portuguese licence)")),
       S("lang", KV("Mother tongue", "Portuguese"),
         KV("Swedish", "B1 – SFI completed, Svenska som andraspråk 1 ongoing"), KV("English", "C1"))),
    cv("sara-hedin.docx", "sv", "docx", "bold-headings", "MMUMMMX",
       "'Legitimerad audionom sedan januari 2025', 'Audionomexamen (kandidatexamen i audiologi, 180 hp)', "
       "'Hörapparatanpassning', 'Körkort B', 'Svenska – modersmål'; but audionom only since 'januari 2025 – nu' "
       "(one year and eleven months); the years as 'Undersköterska' at an ear clinic are another role",
       "Sara Wiklander Hedin", "Audionom",
       S("contact", L("Tel. 0980-327 416"), L("sara.hedin@example.se"), L("Tranviksborg")),
       S("profile", "Nyexaminerad audionom med bakgrund som undersköterska inom öron-näsa-hals. Jag trivs med "
                    "patientmöten och vill utvecklas inom hörselrehabilitering."),
       S("exp",
         I("januari 2025 – nu", "Audionom, Tranviksborgs hörselvård",
           "Hörapparatanpassning, uppföljning och hörseltaktik i grupp"),
         I("2015 – 2021", "Undersköterska, öron-näsa-halsmottagningen, Tranviksborgs lasarett")),
       S("edu", I("2021 – dec. 2024", "Audionomexamen (kandidatexamen i audiologi, 180 hp), Gäddsjövallens "
                                      "universitet")),
       S("auth", L("Legitimerad audionom sedan januari 2025")),
       S("lic", L("Körkort B")),
       S("lang", L("Svenska – modersmål"), L("Engelska – god"))),
)


# ===========================================================================
# 4. da: Glarmester
# ===========================================================================

job(
    "glarmester", "Glarmestersvend til facade- og servicemontage – Kløverholt Glas ApS", "da", "glazier",
    [
        ("Uddannet glarmester med svendebrev", "education"),
        ("Mindst 4 års erfaring som glarmester", "experience"),
        ("Erfaring med montage af glasfacader i aluminiumsprofilsystemer", "must_mention"),
        ("AMU-kursus i betjening af mobile personløftere (lift)", "certificate"),
        ("Kørekort kategori B", "driving_licence"),
        ("Du taler og skriver dansk", "language"),
        ("Du er mødestabil og arbejder sikkert og ordentligt", "manual"),
    ],
    cv("rasmus-bach.docx", "da", "docx", "table", "MMMMMMX",
       "'Svendebrev som glarmester', glarmestersvend since 'aug. 2010 – dags dato' (the læretid does not count), "
       "'Facadeglas og glastage i aluminiumssystemer', 'AMU: Mobile personløftere (lift), 2014', 'Kørekort: B, "
       "BE', 'Dansk – modersmål'",
       "Rasmus Thygesen Bach", "Glarmestersvend",
       S("contact", L("Mobil +45 12 35 86 41"), L("rasmus.bach@example.dk"), L("Hyldebæk")),
       S("profile", "Glarmester med 16 års erfaring i facader, glastage og service. Jeg er vant til at arbejde "
                    "selvstændigt på pladsen og tager gerne en lærling med."),
       S("exp",
         I("aug. 2010 – dags dato", "Glarmestersvend, Hyldebæk Glas & Facade A/S",
           "Facadeglas og glastage i aluminiumssystemer på kontor- og skolebyggeri",
           "Service: udskiftning af termoruder og beslag"),
         I("2006 – 2010", "Glarmesterlærling, Hyldebæk Glas & Facade A/S")),
       S("edu", I("juni 2010", "Svendebrev som glarmester, Snerlebjerg Tekniske Skole")),
       S("cert", L("AMU: Mobile personløftere (lift), 2014"), L("AMU: Glas i facader og tage, 2016"),
         L("Førstehjælp, 2025")),
       S("lic", L("Kørekort: B, BE")),
       S("lang", L("Dansk – modersmål"), L("Engelsk – godt"))),
    cv("jimmy-brannstrom.pdf", "sv", "pdf", "right-dates", "MMMUMNX",
       "a Swede: 'Gesällbrev som glasmästare' is the journeyman certificate of the same trade, glasmästare since "
       "'2012-06 – nu' (the lärling years do not count), 'Montering av glasfasader och glaspartier i aluminium', "
       "'Körkort B'; but 'Liftutbildning, skylift och saxlift (Sverige), 2019' is a Swedish course, not the AMU "
       "course, and 'Danska – förstår bra, pratar lite' is below speaking and writing Danish",
       "Jimmy Brännström", "Glasmästare",
       S("contact", L("Tel. +46 980 327 417"), L("jimmy.brannstrom@example.se"), L("Lingonhällan, Sverige")),
       S("profile", "Glasmästare med gesällbrev och 14 år i yrket. Min sambo är dansk och vi flyttar till "
                    "Kløverholt efter nyår."),
       S("exp",
         I("2012-06 – nu", "Glasmästare, Lingonhällans Glas AB",
           "Montering av glasfasader och glaspartier i aluminium", "Isolerglas, skyltfönster och glasräcken"),
         I("2009-08 – 2012-05", "Glasmästarlärling, Lingonhällans Glas AB")),
       S("edu", I("2012", "Gesällbrev som glasmästare")),
       S("cert", L("Liftutbildning, skylift och saxlift (Sverige), 2019"), L("Heta arbeten, 2023")),
       S("lic", L("Körkort B")),
       S("lang", L("Svenska – modersmål"), L("Danska – förstår bra, pratar lite"), L("Engelska – god")),
       date_first=True),
    cv("mikkel-hvidbjerg.txt", "da", "txt", "badly-written", "MUMMMMX",
       "badly written; 'fik svendebrev i januar 2024', 'montere glasfacader i aluprofiler', 'har AMU "
       "liftkursus', 'har kørekort' (a car licence is B), 'dansk er mit modersmål'; but glarmestersvend only "
       "'siden februar 2024' (two years and ten months; the læretid does not count)",
       raw="""
Mikkel Hvidbjerg
tlf 12 35 86 42 / mikkel.hvidbjerg@example.dk / Snerlebjerg

hej jeg vil gerne søge jobbet som glarmester
var lærling hos Snerlebjerg Glas fra 2020 og fik svendebrev i januar 2024, har arbejdet som glarmestersvend der siden februar 2024
har været med til at montere glasfacader i aluprofiler på et nyt kontorhus og to skoler
har AMU liftkursus
har kørekort
dansk er mit modersmål, lidt engelsk
"""),
    cv("ionut-stanciulescu.pdf", "en", "pdf", "two-column", "UMMMMNX",
       "a Romanian: glazier since '09/2008 – 04/2017' and '05/2017 – present', 'Curtain wall glazing in "
       "aluminium systems', 'AMU: Mobile personløftere (lift), 2018', 'Driving licence: B, C'; but 'Certificate "
       "of professional qualification as glazier (certificat de calificare, level 3, 720-hour course)' is a "
       "course, not a svendebrev, and 'Danish – basic (A2)' is below the Danish asked for",
       "Ionut Stanciulescu", "Glazier (glarmester)",
       S("contact", L("+45 12 35 86 43"), L("ionut.stanciulescu@example.ro"), L("Kløverholt, Denmark")),
       S("lic", L("Driving licence: B, C")),
       S("lang", L("Romanian – native"), L("English – good (B2)"), L("Danish – basic (A2)")),
       S("cert", L("AMU: Mobile personløftere (lift), 2018"), L("AMU: Sikkerhed ved arbejde i højden, 2021"),
         head="Courses"),
       S("profile", "Glazier with 18 years of experience, in Denmark since 2017. Curtain walls, windows and "
                    "glass roofs on large building sites."),
       S("exp",
         I("05/2017 – present", "Glazier (glarmester), Gyvelstrup Facadeglas ApS",
           "Curtain wall glazing in aluminium systems on office buildings and hotels",
           "Replacement of insulated glass units"),
         I("09/2008 – 04/2017", "Glazier, SC Dealu Mierlei Sticla SRL, Romania")),
       S("edu",
         I("2008", "Certificate of professional qualification as glazier (certificat de calificare, level 3, "
                   "720-hour course), Romania"),
         I("2003 – 2007", "High school, Dealu Mierlei, Romania")),
       order="left-first"),
    cv("lene-friis.pdf", "da", "pdf", "one-column", "MMMMMMX",
       "'Svendebrev som glarmester (EUV, erhvervsuddannelse for voksne)', glarmester from 'aug. 2015 – aug. 2019' "
       "and since 'marts 2020 – nu' (ten years and eight months; the months in a DIY store are another role), "
       "'Montage af aluminiumsfacader med termoruder og strukturel silikone', 'AMU: Mobile personløftere, "
       "2019', 'Kørekort: B', 'Dansk – modersmål'",
       "Lene Kastrup Friis", "Glarmester",
       S("contact", L("Tlf. +45 12 35 86 44"), L("lene.friis@example.dk"), L("Gyvelstrup")),
       S("profile", "Glarmester med svendebrev fra voksenlærlingeforløb. Jeg arbejder mest med facader og har "
                    "været arbejdsleder på pladsen siden 2023."),
       S("exp",
         I("marts 2020 – nu", "Glarmester, Gyvelstrup Facadeglas ApS",
           "Montage af aluminiumsfacader med termoruder og strukturel silikone",
           "Arbejdsleder på facadepladsen siden 2023"),
         I("sep. 2019 – feb. 2020", "Salgsmedarbejder, byggemarked i Gyvelstrup"),
         I("aug. 2015 – aug. 2019", "Glarmestersvend, Hyldebæk Glarmester ApS")),
       S("edu", I("2013 – 2015", "Svendebrev som glarmester (EUV, erhvervsuddannelse for voksne), Snerlebjerg "
                                 "Tekniske Skole")),
       S("cert", L("AMU: Mobile personløftere, 2019"), L("Førstehjælp, 2024")),
       S("lic", L("Kørekort: B")),
       S("lang", L("Dansk – modersmål"), L("Engelsk – godt"))),
)


# ===========================================================================
# 5. en: HSE Advisor
# ===========================================================================

job(
    "hse-advisor",
    "HSE Advisor – offshore wind construction, Furuskjæret base (Nordic contractor, English-speaking project team)",
    "en", "HSE advisor",
    [
        ("Bachelor's degree in occupational health and safety, safety engineering or a related engineering field",
         "education"),
        ("NEBOSH International General Certificate (IGC) or NEBOSH National/International Diploma", "certificate"),
        ("Minimum 5 years of experience as HSE Advisor, HSE Coordinator or Safety Officer", "experience"),
        ("Valid GWO Basic Safety Training (all five modules)", "certificate"),
        ("Hands-on experience with risk assessment methods (HAZID, HAZOP or Job Safety Analysis)", "must_mention"),
        ("Fluent English, written and spoken", "language"),
        ("Driving licence class B", "driving_licence"),
        ("Willingness to work a 14/21 offshore rotation", "manual"),
    ],
    cv("ewan-macrorie.docx", "en", "docx", "table", "MMMMMMMX",
       "'BSc (Hons) Occupational Safety and Health', 'NEBOSH International Diploma in Occupational Health and "
       "Safety, 2016', HSE advisor since 'Mar 2014 – Jun 2019' and 'Jul 2019 – present', GWO BST with all five "
       "modules, 'refresher March 2026' (valid two years), 'Facilitated HAZID workshops', 'English – native', "
       "'category B'",
       "Ewan Macrorie", "Senior HSE Advisor",
       S("contact", L("+47 123 58 611"), L("ewan.macrorie@example.co.uk"), L("Furuskjæret, Norway")),
       S("profile", "HSE professional from Scotland with twelve years in marine and offshore wind construction, "
                    "based in Norway since 2019."),
       S("exp",
         I("Jul 2019 – present", "Senior HSE Advisor, Skjellvikøra Offshore Services AS",
           "HSE lead for cable-laying and turbine installation campaigns",
           "Facilitated HAZID workshops and reviewed task risk assessments"),
         I("Mar 2014 – Jun 2019", "HSE Advisor, Kettlebrook Marine Contractors Ltd, England",
           "Harbour and jetty construction, permit to work and incident investigation")),
       S("edu", I("2009 – 2013", "BSc (Hons) Occupational Safety and Health, University of Dunmarrow")),
       S("cert",
         L("NEBOSH International Diploma in Occupational Health and Safety, 2016"),
         L("GWO Basic Safety Training (First Aid, Manual Handling, Fire Awareness, Working at Heights, Sea "
           "Survival) – refresher March 2026"),
         L("OPITO BOSIET, 2023")),
       S("lic", L("Full UK and Norwegian driving licence, category B")),
       S("lang", L("English – native"), L("Norwegian – A2"))),
    cv("gunvor-helleland.pdf", "nn", "pdf", "two-column", "MUMMMMMX",
       "nynorsk: 'Bachelor i ingeniørfag, sikkerheit og miljø (HMS)', HMS-koordinator and HMS-rådgjevar since "
       "'aug. 2016 – des. 2019' and 'jan. 2020 – d.d.', 'GWO BST – alle fem modular, oppfriska juni 2025', "
       "'Risikovurderingar, SJA og HAZID', 'Engelsk – flytande munnleg og skriftleg', 'Førarkort klasse B'; "
       "but no NEBOSH, only 'HMS-leiarkurs (40 t), 2018'",
       "Gunvor Lid Helleland", "HMS-rådgjevar",
       S("contact", L("Tlf. 123 58 612"), L("gunvor.helleland@example.no"), L("Skjellvikøra")),
       S("cert", L("GWO BST – alle fem modular, oppfriska juni 2025"), L("HMS-leiarkurs (40 t), 2018"),
         L("Verneombodskurs, 2017"), head="Kurs"),
       S("lic", L("Førarkort klasse B")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – flytande munnleg og skriftleg")),
       S("profile", "HMS-ingeniør med ti års erfaring frå anlegg og havvind. Eg vil gjerne jobbe i eit "
                    "internasjonalt prosjektteam."),
       S("exp",
         I("jan. 2020 – d.d.", "HMS-rådgjevar, Skjellvikøra Vindservice AS",
           "Risikovurderingar, SJA og HAZID før installasjon av vindturbinar", "Oppfølging av underleverandørar"),
         I("aug. 2016 – des. 2019", "HMS-koordinator, Vierbotn Anlegg AS")),
       S("edu", I("2013 – 2016", "Bachelor i ingeniørfag, sikkerheit og miljø (HMS), Lomtjønnlia høgskule")),
       order="right-first"),
    cv("rodel-manalastas.pdf", "en", "pdf", "one-column", "MMMUMMNX",
       "a Filipino: 'Bachelor of Science in Industrial Engineering' is a related engineering field, 'NEBOSH "
       "International General Certificate (IGC), 2015', safety officer and HSE coordinator since 'Jun 2011 – Jul "
       "2018' and 'Aug 2018 – present', 'toolbox talks and JSA', 'English – fluent (IELTS 7.5)'; but only two "
       "GWO modules ('Working at Heights and First Aid') and 'No driving licence'",
       "Rodel Manalastas", "HSE Coordinator",
       S("contact", L("+47 123 58 613"), L("rodel.manalastas@example.ph"),
         L("Furuskjæret, Norway (on assignment; home: Marikit Bay, Philippines)")),
       S("profile", "Safety professional with 15 years in shipyards and offshore construction. NEBOSH IGC "
                    "holder, used to multinational crews."),
       S("exp",
         I("Aug 2018 – present", "HSE Coordinator, offshore construction (contract via Marikit Bay Manpower Inc.)",
           "Permit to work, toolbox talks and JSA for jacket and topside installation"),
         I("Jun 2011 – Jul 2018", "Safety Officer, Marikit Bay Shipyard Corp.",
           "Hot work permits, confined space entry, incident investigation")),
       S("edu", I("2006 – 2010", "Bachelor of Science in Industrial Engineering, Marikit Bay Polytechnic College")),
       S("cert",
         L("NEBOSH International General Certificate (IGC), 2015"),
         L("GWO BST: Working at Heights and First Aid, June 2025"),
         L("OPITO BOSIET, valid to 2027")),
       S("lic", L("No driving licence")),
       S("lang", L("Filipino – native"), L("English – fluent (IELTS 7.5)"))),
    cv("karl-johan-falt.docx", "en", "docx", "dates-after", "MMMMMMMX",
       "a Swede writing in English: 'BSc in Fire Protection Engineering and Risk Management (högskoleingenjör, "
       "180 ECTS)', 'NEBOSH International General Certificate, 2021', safety engineer and HSE coordinator since "
       "'Sep 2016 – Feb 2019' and 'Mar 2019 – present', 'GWO Basic Safety Training, all five modules, renewed "
       "October 2025', 'HAZOP studies', 'English – fluent, spoken and written (C1)', 'Driving licence: B'",
       "Karl-Johan Fält", "Work Environment Engineer / HSE Coordinator",
       S("contact", L("Tel. 0980-327 418"), L("karljohan.falt@example.se"), L("Tranviksborg, Sweden")),
       S("profile", "Work environment engineer with ten years in construction and wind power. I lead risk "
                    "assessments in English with international contractors."),
       S("exp",
         I("Mar 2019 – present", "Work Environment Engineer / HSE Coordinator (arbetsmiljöingenjör), Tranviksborg "
                                 "Vindkraftmontage AB",
           "Risk assessments and HAZOP studies before lifting and installation of wind turbines",
           "Safety inspections, near-miss reporting and training of subcontractors"),
         I("Sep 2016 – Feb 2019", "Safety Engineer (skyddsingenjör), Gäddsjövallens Bygg AB")),
       S("edu", I("2013 – 2016", "BSc in Fire Protection Engineering and Risk Management (högskoleingenjör, "
                                 "180 ECTS), Gäddsjövallen University")),
       S("cert", L("NEBOSH International General Certificate, 2021"),
         L("GWO Basic Safety Training, all five modules, renewed October 2025")),
       S("lic", L("Driving licence: B")),
       S("lang", L("Swedish – native"), L("English – fluent, spoken and written (C1)"),
         L("Norwegian – I understand it well"))),
    cv("thorkild-bisgaard.txt", "da", "txt", "no-headings", "MUUMMMMX",
       "no headings, a Dane: 'Maskinmester (professionsbachelor)' is a related engineering degree, 'GWO BST, alle "
       "moduler, gyldig til august 2027', 'HAZID, risikovurderinger', 'engelsk – flydende i skrift og tale', "
       "'Kørekort B'; but NEBOSH is still in progress ('under uddannelse, eksamen januar 2027'), and "
       "HSE-koordinator only since 'marts 2022 – nu' (four years and eight months; the years as maskinmester at "
       "sea are another role)",
       "Thorkild Bisgaard", "Maskinmester / HSE-koordinator",
       S("contact", "thorkild.bisgaard@example.dk · +45 12 35 86 45 · Hyldebæk"),
       S("profile", "Maskinmester med ti år til søs, nu HSE-koordinator i havvind. Søger en rolle som HSE "
                    "advisor i et internationalt projekt."),
       S("exp",
         I("marts 2022 – nu", "HSE-koordinator, Hyldebæk Offshore Wind A/S",
           "HAZID, risikovurderinger og sikkerhedsgennemgange før tunge løft"),
         I("2012 – feb. 2022", "Maskinmester / 1. mester, Snerlebjerg Rederi A/S")),
       S("edu", I("2008 – 2012", "Maskinmester (professionsbachelor), Hyldebæk Maskinmesterskole")),
       S("cert", L("GWO BST, alle moduler, gyldig til august 2027"),
         L("NEBOSH IGC – under uddannelse, eksamen januar 2027")),
       S("other", L("Kørekort B"), L("Dansk – modersmål, engelsk – flydende i skrift og tale")),
       sep=": "),
)


# ===========================================================================
# 6. sv: Betongarbetare
# ===========================================================================

job(
    "betongarbetare", "Betongarbetare till husbyggnadsprojekt i Tranviksborg – tillsvidareanställning", "sv",
    "concrete worker",
    [
        ("Yrkesbevis som betongarbetare", "education"),
        ("Minst tre års erfarenhet som betongarbetare", "experience"),
        ("Erfarenhet av formsättning, armering och gjutning", "must_mention"),
        ("Giltigt certifikat för Heta arbeten", "certificate"),
        ("God svenska eller engelska i tal och skrift", "language"),
        ("Du måste kunna uppvisa ett negativt drogtest före anställning", "manual"),
    ],
    cv("roger-wennstrom.docx", "sv", "docx", "one-column", "MMMMMX",
       "'Yrkesbevis betongarbetare (BYN)', betongarbetare since '2011-05 – nu' (the lärling years do not count), "
       "'Formsättning med systemform och platsbyggd form' and 'Armering, gjutning och vibrering', 'Heta arbeten, "
       "förnyat april 2024' (valid five years), 'Svenska – modersmål'",
       "Roger Wennström", "Betongarbetare / lagbas",
       S("contact", L("Mobil 0980-327 419"), L("roger.wennstrom@example.se"), L("Tranviksborg")),
       S("profile", "Betongarbetare med yrkesbevis och 15 år i yrket, de senaste åren som lagbas på "
                    "flerbostadshus."),
       S("exp",
         I("2011-05 – nu", "Betongarbetare / lagbas, Blåbärsnäs Bygg & Betong AB",
           "Formsättning med systemform och platsbyggd form",
           "Armering, gjutning och vibrering av bjälklag, väggar och grundplattor"),
         I("2008-06 – 2011-04", "Betonglärling, Blåbärsnäs Bygg & Betong AB")),
       S("edu",
         I("2011", "Yrkesbevis betongarbetare (BYN)"),
         I("2005 – 2008", "Bygg- och anläggningsprogrammet, Tranviksborgs gymnasium")),
       S("cert", L("Heta arbeten, förnyat april 2024"), L("Säkra lyft, 2019"), L("Fallskydd, 2022")),
       S("lic", L("Körkort B, BE")),
       S("lang", L("Svenska – modersmål"), L("Engelska – hyfsad"))),
    cv("taras-kovalchyn.pdf", "en", "pdf", "two-column", "UMMMMX",
       "a Ukrainian: concrete worker since '07/2006 – 02/2022' and '03/2023 – present', 'Formwork (system and "
       "timber), rebar tying and concrete pouring', 'Heta arbeten (Brandskyddsföreningen), June 2024', 'English "
       "– B2, spoken and written' (svenska eller engelska: one is enough); but a 'Vocational lyceum diploma: "
       "reinforced-concrete worker' from a school is not shown to equal a yrkesbevis",
       "Taras Kovalchyn", "Concrete worker / formwork carpenter",
       S("contact", L("+46 980 327 420"), L("taras.kovalchyn@example.ua"), L("Lingonhällan, Sweden")),
       S("lang", L("Ukrainian – native"), L("Russian – fluent"), L("English – B2, spoken and written"),
         L("Swedish – A2 (SFI course D ongoing)")),
       S("cert", L("Heta arbeten (Brandskyddsföreningen), June 2024"), L("Säkra lyft, 2023"), head="Courses"),
       S("lic", L("Driving licence: B")),
       S("profile", "Concrete worker with 19 years on housing sites, in Sweden since 2023."),
       S("exp",
         I("03/2023 – present", "Concrete worker (betongarbetare), Lingonhällan Grund & Betong AB",
           "Formwork (system and timber), rebar tying and concrete pouring for apartment buildings"),
         I("07/2006 – 02/2022", "Concrete worker / formwork carpenter, Kalynove Pole Budivelnyk LLC, Ukraine",
           "Monolithic frames for apartment buildings")),
       S("edu", I("2003 – 2006", "Vocational lyceum diploma: reinforced-concrete worker, Kalynove Pole, Ukraine")),
       order="rows"),
    cv("dennis-palmqvist.txt", "sv", "txt", "badly-written", "NMMUMX",
       "badly written; betongare 'sen 2020' who 'sätter form, armerar och gjuter', 'svenska är mitt modersmål'; "
       "but 'har inget yrkesbevis', and 'heta arbeten hade jag men det gick ut i somras'",
       raw="""
Dennis Palmqvist
dennis.palmqvist@example.se  tel 0980-327 421  Blåbärsnäs

hej söker jobb som betongarbetare
har jobbat som betongare på Blåbärsnäs Mark & Betong sen 2020, sätter form, armerar och gjuter mest plattor och väggar
har inget yrkesbevis, gick bygg på gymnasiet men blev aldrig lärling
heta arbeten hade jag men det gick ut i somras
svenska är mitt modersmål
"""),
    cv("oystein-bakke.pdf", "nb", "pdf", "right-dates", "MMMUMX",
       "a Norwegian: 'Fagbrev i betongfaget' is the Norwegian certificate of the same trade, betongfagarbeider "
       "since 'aug. 2014 – d.d.' (the apprenticeship does not count), 'Forskaling, armering og støp', 'Engelsk – "
       "godt muntlig og skriftlig' (svenska eller engelska: one is enough); but 'Varme arbeider, fornyet mai "
       "2023' is the Norwegian scheme, not Heta arbeten",
       "Øystein Fjærli Bakke", "Betongfagarbeider",
       S("contact", L("Tlf. +47 123 58 614"), L("oystein.bakke@example.no"), L("Vierbotn")),
       S("profile", "Betongfagarbeider og bas med tolv års erfaring. Vurderer å flytte til Sverige og søker fast "
                    "jobb der."),
       S("exp",
         I("aug. 2014 – d.d.", "Betongfagarbeider, Vierbotn Entreprenør AS",
           "Forskaling, armering og støp av dekker, vegger og fundamenter", "Bas for fire mann siden 2021"),
         I("aug. 2012 – juli 2014", "Lærling i betongfaget, Vierbotn Entreprenør AS")),
       S("edu",
         I("2014", "Fagbrev i betongfaget"),
         I("2010 – 2012", "Vg1 bygg- og anleggsteknikk, Vg2 betong og mur, Vierbotn videregående skole")),
       S("cert", L("Varme arbeider, fornyet mai 2023"), L("Stillasopplæring (inntil 9 meter), 2016"), head="Kurs"),
       S("lic", L("Førerkort B og BE")),
       S("lang", L("Norsk – morsmål"), L("Engelsk – godt muntlig og skriftlig"), L("Svensk – forstår godt"))),
    cv("tilde-marklund.pdf", "sv", "pdf", "two-column", "MMMMMX",
       "'Yrkesbevis som betongarbetare, Byggnadsindustrins Yrkesnämnd', betongarbetare since '2023-01 – nu' "
       "(three years and ten months; the lärling years do not count), 'Väggar i systemform, armering av bjälklag "
       "och gjutning med pump', 'Heta arbeten, giltigt t.o.m. mars 2027', 'Svenska – modersmål'",
       "Tilde Marklund", "Betongarbetare",
       S("contact", L("Tel. 0980-327 422"), L("tilde.marklund@example.se"), L("Gäddsjövallen")),
       S("profile", "Betongarbetare med yrkesbevis. Jag gillar tempot i stomskedet och vill vidare mot "
                    "lagbasrollen."),
       S("exp",
         I("2023-01 – nu", "Betongarbetare, Gäddsjövallens Bygg AB",
           "Väggar i systemform, armering av bjälklag och gjutning med pump"),
         I("2020-08 – 2022-12", "Betonglärling, Gäddsjövallens Bygg AB")),
       S("edu",
         I("december 2022", "Yrkesbevis som betongarbetare, Byggnadsindustrins Yrkesnämnd"),
         I("2017 – 2020", "Bygg- och anläggningsprogrammet, Gäddsjövallens gymnasium")),
       S("cert", L("Heta arbeten, giltigt t.o.m. mars 2027"), L("Säkra lyft, 2021")),
       S("lic", L("Körkort B")),
       S("lang", L("Svenska – modersmål"), L("Engelska – god")),
       order="left-first"),
)



# --------------------------------------------------------------------------
# The README's closing sections, written by hand
# --------------------------------------------------------------------------

HARD_CASES = [
    "### Hard cases, on purpose",
    "",
    "Trade certificates: fagbrev i blikkenslagerfaget, its nynorsk name blikkenslagarfaget, one taken",
    "by a Latvian as praksiskandidat and a Swedish \"Yrkesbevis som byggnadsplåtslagare\" for it; a",
    "Danish svendebrev som glarmester (one through EUV, the adult route), a Swedish \"Gesällbrev som",
    "glasmästare\" and a Romanian \"certificat de calificare, level 3, 720-hour course\"; a Swedish",
    "yrkesbevis som betongarbetare from BYN, a Norwegian \"Fagbrev i betongfaget\", a Ukrainian",
    "vocational lyceum diploma and \"har inget yrkesbevis\". Degrees: a bachelor in",
    "ortopediingeniørfag, a Swedish kandidatexamen i ortopedteknik, a British BSc (Hons) Prosthetics",
    "and Orthotics and the older three-year høgskole education; the audionom programme, a Norwegian",
    "bachelor in audiology (audiograf) and a Portuguese Licenciatura em Audiologia (240 ECTS); a BSc",
    "in occupational safety, a Norwegian HMS engineering bachelor, a Filipino BS Industrial",
    "Engineering, a Swede's BSc in fire protection engineering (högskoleingenjör) and a Danish",
    "maskinmester. Authorisations: \"Autorisert ortopediingeniør siden 2009\", a Swedish",
    "legitimation with a Norwegian application \"skickad oktober 2026\", a Norwegian authorisation",
    "granted to a Scot; \"Legitimerad audionom\", \"leg audionom\", a Portuguese audiologist",
    "legitimated by Socialstyrelsen in 2026 and a Norwegian audiograf whose application is only",
    "\"sendt\". Certificates: varme arbeider \"fornyet mars 2024\", \"fornya oktober 2022\",",
    "\"expired 05/2024 – renewal course booked January 2027\", and the Swedish Heta arbeten for it (and",
    "the reverse, varme arbeider for Heta arbeten); Heta arbeten \"giltigt t.o.m. mars 2027\" and",
    "\"det gick ut i somras\"; the Danish AMU course for mobile personløftere against a Swedish",
    "\"Liftutbildning, skylift och saxlift (Sverige)\"; NEBOSH IGC, the NEBOSH International Diploma,",
    "\"HMS-leiarkurs (40 t)\" and \"NEBOSH IGC – under uddannelse\"; GWO BST with all five modules",
    "(\"refresher March 2026\", \"oppfriska juni 2025\", \"gyldig til august 2027\") and with only two.",
    "Experience: apprenticeships, lærling and læretid years, student jobs, a praksis and a summer job as",
    "a student (training, not experience); three years and five months as blikkenslager, two years and",
    "ten months as ortopediingeniør and as glarmestersvend, one year and eleven months as audionom,",
    "four years and eight months as HSE-koordinator; two glazier jobs with a spell in a DIY store",
    "between them; an undersköterska at an ear clinic and a maskinmester at sea (other roles); an",
    "audiograf and a Portuguese audiologista (the same role). Named skills: båndtekking as",
    "\"dobbeltfalsede plater\", \"Falsa tak\", \"Standing seam roofs (dobbeltfals)\" and \"Bandtäckning\"",
    "against \"lite tak\"; leg and thigh prostheses as \"transtibiale og transfemorale\", \"Benproteser\",",
    "\"Lårproteser ... og leggproteser\"; hearing aid fitting as \"Anpassning\", \"Tilpasning\",",
    "\"Hörapparatanpassning\"; curtain walls as \"Facadeglas ... i aluminiumssystemer\", \"aluprofiler\",",
    "\"Curtain wall glazing in aluminium systems\"; HAZID, HAZOP, SJA and JSA; \"Forskaling, armering og",
    "støp\" for formsättning, armering och gjutning. Languages: Norskprøven B2 against B1, \"Norska –",
    "förstår allt och pratar bra, skriver lite\", \"Svensk – forstår godt, snakker litt\", a stated B1",
    "and A2, \"Danska – förstår bra, pratar lite\", English for \"svenska eller engelska\". Driving",
    "licences: \"har lappen (B)\", \"har kørekort\", \"B (Portuguese licence)\", \"No driving licence\".",
    "Badly written TXT CVs in bokmål, Swedish (two) and Danish; a TXT CV without headings, Europass",
    "DOCX, right-aligned dates with the date first in the stream, and all three column orders.",
    "",
    "### Labelling decisions specific to this set",
    "",
    "The conventions of `eval/README.md` and of the earlier held-out sets apply. In addition:",
    "",
    "- **Blikkenslager**: line 1 names no issuing body, so a fagbrev taken as praksiskandidat and a",
    "  Swedish yrkesbevis som byggnadsplåtslagare (the same trade) meet it. Line 4 asks for the",
    "  Norwegian certificate for varme arbeider (valid five years); an expired one and the Swedish",
    "  Heta arbeten are `unclear`. A lift course taken in Norway meets line 5. \"Har lappen\" is a",
    "  class B licence. Written Norwegian \"lite\" is `not_met`.",
    "- **Ortopediingeniør**: only a Norwegian authorisation meets line 1; a Swedish legitimation",
    "  with an application sent is `unclear`. A Swedish kandidatexamen i ortopedteknik, a British",
    "  BSc in prosthetics and orthotics and the older three-year høgskole education are",
    "  \"tilsvarande\". Transtibial and transfemoral prostheses are leg and thigh prostheses. A",
    "  stated B1 is below the B2 asked for (`not_met`).",
    "- **Audionom**: a Swedish legitimation granted to a foreign audiologist meets line 1; an",
    "  application does not. A Norwegian bachelor in audiology and a Portuguese licenciatura in",
    "  audiology are the same field at the same or a higher level; audiograf and audiologista are",
    "  the same role as audionom. \"God svenska\" is read as B2: \"snakker litt\" and a stated B1 are",
    "  `not_met`. A terse CV that shows every line is `met` all through.",
    "- **Glarmester**: line 1 names no body, so a Swedish gesällbrev as glasmästare is the",
    "  svendebrev; a Romanian course-based qualification is not shown to be one (`unclear`). Line 4",
    "  asks for the AMU course; a Swedish lift course is another country's scheme (`unclear`).",
    "  \"Dansk er mit modersmål\" meets line 6; \"pratar lite\" and a stated A2 are `not_met`.",
    "- **HSE advisor**: industrial engineering, fire engineering and risk management, and the",
    "  Danish maskinmester (a professional bachelor in engineering) are related engineering fields.",
    "  A NEBOSH course in progress and a 40-hour Norwegian HMS course are `unclear`. GWO BST is valid",
    "  for two years from the last refresher; two of the five modules are `unclear`. Only HSE roles",
    "  (HSE advisor, HSE coordinator, safety officer, skyddsingenjör, arbetsmiljöingenjör,",
    "  HMS-koordinator) count as experience.",
    "- **Betongarbetare**: as for the blikkenslager, line 1 names no body, so a Norwegian fagbrev i",
    "  betongfaget meets it; a Ukrainian school diploma is not shown to equal a yrkesbevis",
    "  (`unclear`), and \"har inget yrkesbevis\" is `not_met`. Line 4 names the Swedish Heta arbeten",
    "  (valid five years); an expired one and the Norwegian varme arbeider are `unclear`. English at",
    "  B2 or \"godt muntlig og skriftlig\" meets \"svenska eller engelska\". A \"betongare\" without",
    "  yrkesbevis is still a concrete worker.",
    "",
]


# --------------------------------------------------------------------------
# Checks of our own (on top of make_eval.check_data)
# --------------------------------------------------------------------------

EARLIER = (me.JOBS + mh.JOBS + mh2.JOBS + mh3.JOBS + mh4.JOBS + mh5.JOBS + mh6.JOBS + mh7.JOBS + mh8.JOBS
           + mh9.JOBS + mh10.JOBS + mh11.JOBS + mh12.JOBS + mh13.JOBS + mh14.JOBS + mh15.JOBS)
PHONE = re.compile(r"\+?\d[\d \-]{5,}\d")


def phones(text: str) -> set[str]:
    """Digit strings of phone-like runs (8 digits or more; the last 8 digits, so a country code does not matter)."""
    out = set()
    for m in PHONE.findall(text):
        digits = re.sub(r"\D", "", m)
        if len(digits) >= 8:
            out.add(digits[-8:])
    return out


def check_holdout16() -> None:
    mh.check_blind_set(JOBS, EARLIER, USED_TOWNS, per_job=(5, 5), min_qualified=2)
    # The same person or CV file name must not repeat across jobs either.
    names = [c.name or c.raw.strip().splitlines()[0] for j in JOBS for c in j.cvs]
    assert len(names) == len(set(names)), "a person appears twice"
    files = [c.file for j in JOBS for c in j.cvs]
    assert len(files) == len(set(files)), "a CV file name appears twice"
    # 5-8 lines a job, and not all jobs the same length.
    assert all(5 <= len(j.requirements) <= 8 for j in JOBS)
    assert len({len(j.requirements) for j in JOBS}) > 1
    # Every ad language is used, and every CV format.
    assert {j.lang for j in JOBS} == set(mh.LANG_ORDER), {j.lang for j in JOBS}
    assert {c.fmt for j in JOBS for c in j.cvs} == {"txt", "docx", "pdf"}
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
        "# Sikte's sixteenth held-out evaluation set",
        "",
        f"{len(JOBS)} fictional jobs and {n_all} fictional CVs, labelled by hand requirement by",
        "requirement, in the same layout and job-file format as `eval/` (see `eval/README.md`",
        "for the format, the label meanings and the labelling conventions). It is the seventeenth",
        "labelled set and exists to measure accuracy again on CVs the rules were never tuned on.",
        "It was written blind: without reading Sikte's rules, code, tests, docs or data tables,",
        "without running Sikte on it and without looking at any Sikte output, and no label was",
        "ever set from Sikte's output. The only files read were `eval/README.md` (format, label",
        "meanings, conventions), the script of `eval-holdout15/` (`make_holdout15.py`, as the",
        "template for this script's structure; it also defines the CVs of `eval-holdout15/`) and",
        "the shared code of `make_eval.py`, `make_holdout.py` and `scripts/fixtures/cvlib.py` (the",
        "CV definitions of `eval/` and `eval-holdout/` in the first two were skipped). The scripts",
        "`make_holdout2.py` ... `make_holdout14.py` are imported only to refuse their people, slugs,",
        "towns, e-mail addresses and phone numbers and were not read, and no CV folder of an",
        "earlier set was opened. Every CV x requirement is labelled with what a careful, fair",
        f"Nordic recruiter concludes on {TODAY} (the `today` of every job file, which closes open",
        "ranges such as \"d.d.\", \"nu\", \"dags dato\", \"now\" and \"present\"). Its professions appear",
        "in no earlier set. Keep it that way: do not tune rules on these CVs; once a rule changes",
        "because of a disagreement found here, the set is no longer held out, and its figures",
        "become a regression check.",
        "",
        "Everything here is invented for Sikte: people, employers, schools, towns",
        f"({TOWNS}), e-mail addresses (`example.*`) and phone numbers (unreal",
        "ranges: `123 58 6xx` in Norway, the Swedish fiction range `0980-327 41x` / `0980-327 42x`,",
        "`+45 12 35 86 4x` in Denmark). Nothing is copied from `/work/shared/corpus`, from the earlier",
        "sets or from any real CV or job ad. Authority, body, scheme, course and product names in CVs",
        "and ads (Helsedirektoratet, Socialstyrelsen, HCPC, NHS, Norskprøven, SFI, Svenska som",
        "andraspråk, varme arbeider, Heta arbeten, Brandskyddsföreningen, Byggnadsindustrins",
        "Yrkesnämnd (BYN), Säkra lyft, AMU, EUV, NEBOSH, GWO, OPITO BOSIET, IELTS, HAZID, HAZOP, SJA,",
        "JSA) are named as real ads and CVs name them. Licence: the same as the project (MIT OR",
        "Apache-2.0).",
        "",
        "The format is the one of `eval/`, so Sikte's evaluator reads this folder as it reads",
        "`eval/`; report its figures for each set separately.",
        "",
        "## Regenerate, never edit",
        "",
        "```sh",
        f"python3 {SCRIPT}            # (re)writes eval-holdout16/, removes stale files",
        f"python3 {SCRIPT} --verify   # generates twice elsewhere: byte-identical, and eval-holdout16/ fresh?",
        "```",
        "",
    ]
    extra = [
        "It also refuses an e-mail address or phone number that an earlier set's CVs use, a town of",
        "this set that an earlier set's CVs mention, and a stray single quote in a `why`.",
        "",
    ]
    return "\n".join(out + mh.script_paragraph(16) + extra + mh.jobs_and_figures(JOBS, HARD_CASES))


# --------------------------------------------------------------------------
# Writing and checking
# --------------------------------------------------------------------------


def main(argv: list[str]) -> int:
    check_holdout16()
    return mh.run_set(argv, OUT, JOBS, SCRIPT, readme, __doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
