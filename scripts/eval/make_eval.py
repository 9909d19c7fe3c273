#!/usr/bin/env python3
"""Write Sikte's labelled evaluation set: eval/jobs/<job>.toml and eval/cvs/<job>/<file>.

    python3 scripts/eval/make_eval.py            # (re)write eval/
    python3 scripts/eval/make_eval.py --verify   # generate twice in temporary folders and
                                                 # check both runs and eval/ are byte-identical

Twelve fictional jobs (one per profession, ads in all five languages) with 5-7
requirement lines each, and 8 fictional CVs per job in TXT, DOCX and PDF (one
and two columns, tables, Europass-like, dates before, after or right-aligned,
no headings, badly written), in bokmål, nynorsk, Swedish, Danish and English.

Every CV x requirement is labelled by hand with what a careful, fair recruiter
concludes on TODAY (see eval/README.md): met, not_met, unclear or manual. The
labels are the point of this file; they are never adjusted to Sikte's output.

Python 3.11 standard library only; reuses scripts/fixtures/cvlib.py. Every
person, employer, school, town, e-mail address and phone number is invented;
nothing is copied from /work/shared/corpus or any real CV or ad.
"""

from __future__ import annotations

import filecmp
import hashlib
import os
import sys
import tempfile
import tomllib
from dataclasses import dataclass, field

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "scripts", "fixtures"))
import cvlib  # noqa: E402

TODAY = "2026-11-27"
LABEL_CODES = {"M": "met", "N": "not_met", "U": "unclear", "X": "manual"}
KINDS = ("driving_licence", "authorisation", "education", "language", "experience", "certificate",
         "must_mention", "manual")

# --------------------------------------------------------------------------
# The CV model: sections of entries, rendered by a layout into TXT, DOCX or PDF
# --------------------------------------------------------------------------

# Section kinds and their default headings per CV language.
HEADINGS = {
    "nb": dict(profile="Profil", exp="Arbeidserfaring", edu="Utdanning", lang="Språk", lic="Førerkort",
               cert="Kurs og sertifikater", skills="Ferdigheter", contact="Kontakt", auth="Autorisasjon",
               other="Annet"),
    "nn": dict(profile="Profil", exp="Arbeidserfaring", edu="Utdanning", lang="Språk", lic="Førarkort",
               cert="Kurs og sertifikat", skills="Kompetanse", contact="Kontakt", auth="Autorisasjon",
               other="Anna"),
    "sv": dict(profile="Profil", exp="Arbetslivserfarenhet", edu="Utbildning", lang="Språk", lic="Körkort",
               cert="Certifikat och kurser", skills="Kompetenser", contact="Kontakt", auth="Legitimation",
               other="Övrigt"),
    "da": dict(profile="Profil", exp="Erhvervserfaring", edu="Uddannelse", lang="Sprog", lic="Kørekort",
               cert="Kurser og certifikater", skills="Kompetencer", contact="Kontakt", auth="Autorisation",
               other="Andet"),
    "en": dict(profile="Profile", exp="Work experience", edu="Education", lang="Languages", lic="Driving licence",
               cert="Certificates", skills="Skills", contact="Contact", auth="Registration", other="Other"),
}
# Sections that go into the sidebar of a two-column PDF unless told otherwise.
SIDE = {"contact", "lic", "lang", "skills", "cert"}

LAYOUTS = {
    "txt": ("one-column", "dates-after", "no-headings", "badly-written"),
    "docx": ("one-column", "table", "bold-headings", "europass", "dates-after"),
    "pdf": ("one-column", "two-column", "right-dates", "europass", "dates-after", "no-headings"),
}


@dataclass
class Section:
    kind: str
    entries: list
    head: str | None = None
    side: bool | None = None


def S(kind: str, *entries, head: str | None = None, side: bool | None = None) -> Section:
    """A section: entries are str (a paragraph), L(text), I(dates, title, *desc) or KV(label, value)."""
    return Section(kind, list(entries), head, side)


def L(text: str):
    return ("li", text)


def I(dates: str, title: str, *desc: str):
    return ("item", dates, title, list(desc))


def KV(label: str, value: str):
    return ("kv", label, value)


@dataclass
class CV:
    file: str
    lang: str
    fmt: str
    layout: str
    labels: str  # one letter per requirement: M met, N not_met, U unclear, X manual
    why: str
    name: str = ""
    headline: str = ""
    sections: list = field(default_factory=list)
    raw: str | None = None  # the whole text of a badly written TXT CV
    opts: dict = field(default_factory=dict)


def cv(file, lang, fmt, layout, labels, why, name="", headline="", *sections, raw=None, **opts) -> CV:
    return CV(file, lang, fmt, layout, labels, why, name, headline, list(sections), raw, opts)


def heading(c: CV, s: Section) -> str:
    return s.head or HEADINGS[c.lang][s.kind]


# ---- TXT ------------------------------------------------------------------


def render_txt(c: CV) -> str:
    if c.layout == "badly-written":
        return c.raw.strip("\n") + "\n"
    o = c.opts
    sep, bullet = o.get("sep", "  "), o.get("bullet", "- ")
    out = [c.name, c.headline, ""]
    for s in c.sections:
        if c.layout != "no-headings":
            h = heading(c, s)
            out.append(h.upper() if o.get("upper", True) else h)
            if o.get("rule"):
                out.append("=" * len(h))
        for e in s.entries:
            if isinstance(e, str):
                out.append(e)
            elif e[0] == "li":
                out.append(bullet + e[1])
            elif e[0] == "kv":
                out.append(f"{e[1]}: {e[2]}")
            elif c.layout == "dates-after":
                out.append(f"{e[2]} ({e[1]})" if e[1] else e[2])
                out.extend("  " + bullet + d for d in e[3])
            else:
                out.append(f"{e[1]}{sep}{e[2]}" if e[1] else e[2])
                out.extend(" " * o.get("indent", 4) + bullet + d for d in e[3])
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


# ---- DOCX -----------------------------------------------------------------


def docx_blocks(c: CV) -> list:
    if c.layout == "europass":
        rows = [[c.name, c.headline]]
        for s in c.sections:
            rows.append([heading(c, s).upper(), ""])
            for e in s.entries:
                if isinstance(e, str):
                    rows.append(["", e])
                elif e[0] == "li":
                    rows.append(["", "• " + e[1]])
                elif e[0] == "kv":
                    rows.append([e[1], e[2]])
                else:
                    rows.append([e[1], "\n".join([e[2]] + e[3])])
        return [("title", "Europass Curriculum Vitae"), ("table-nohead", rows)]
    blocks: list = [("title", c.name), c.headline]
    for s in c.sections:
        h = heading(c, s)
        blocks.append(("b", h) if c.layout == "bold-headings" else ("h", h))
        items = [e for e in s.entries if not isinstance(e, str) and e[0] == "item"]
        if c.layout == "table" and items:
            blocks.append(("table-nohead", [[e[1], "\n".join([e[2]] + e[3])] for e in items]))
        for e in s.entries:
            if isinstance(e, str):
                blocks.append(e)
            elif e[0] == "li":
                blocks.append(("li", e[1]))
            elif e[0] == "kv":
                blocks.append(f"{e[1]}: {e[2]}")
            elif c.layout == "table":
                continue  # already in the table
            elif c.layout == "dates-after":
                blocks.append(("b", e[2]))
                if e[1]:
                    blocks.append(e[1])
                blocks.extend(("li", d) for d in e[3])
            else:
                blocks.append(f"{e[1]}\t{e[2]}" if e[1] else e[2])
                blocks.extend(("li", d) for d in e[3])
    return blocks


# ---- PDF ------------------------------------------------------------------


def pdf_items(c: CV, sections: list, rows: bool = True) -> list:
    """Items for cvlib's column layout. rows=False (narrow columns, dates-after): title, then dates."""
    items: list = []
    for s in sections:
        if c.layout == "no-headings":
            items.append("")
        elif c.layout == "europass" or c.layout == "two-column":
            items.append(("h", heading(c, s).upper()))
        else:
            items.append(("h", heading(c, s)))
        for e in s.entries:
            if isinstance(e, str):
                items.append(("row", "", e) if c.layout == "europass" else ("p", e))
            elif e[0] == "li":
                items.append(("li", e[1]))
            elif e[0] == "kv":
                items.append(("row", e[1], e[2]) if c.layout == "europass" else ("p", f"{e[1]}: {e[2]}"))
            elif rows and e[1]:
                items.append(("row", e[1], e[2], "b"))
                items.extend(("row", "", d) for d in e[3])
            else:
                items.append(("b", e[2]))
                if e[1]:
                    items.append(("small", e[1]))
                items.extend(("p", d) for d in e[3])
    return items


def write_pdf_cv(c: CV, path: str) -> None:
    head = [("title", c.name), ("sub", c.headline)]
    if c.layout == "two-column":
        def side(s):
            return s.side if s.side is not None else s.kind in SIDE
        left = pdf_items(c, [s for s in c.sections if side(s)], rows=False)
        right = pdf_items(c, [s for s in c.sections if not side(s)], rows=c.opts.get("rows", True))
        cvlib.write_pdf(path, [{"header": head, "left": left, "right": right}], columns=2,
                        order=c.opts.get("order", "left-first"), title=c.name)
    elif c.layout == "right-dates":
        write_pdf_right_dates(path, c, head)
    else:
        body = pdf_items(c, c.sections, rows=c.layout != "dates-after")
        cvlib.write_pdf(path, [head + body], columns=1, title=c.name)


def write_pdf_right_dates(path: str, c: CV, head: list) -> None:
    """One column; each job title on the left with its dates right-aligned on the same baseline.

    opts date_first=True writes the date before the title in the content stream
    (as some producers do); otherwise after it.
    """
    x0, width = cvlib.MARGIN, cvlib.PAGE_W - 2 * cvlib.MARGIN
    pages: list[list] = [[]]
    y = cvlib.TOP

    def place(x, font, size, lead, text, before=0.0):
        nonlocal y
        y -= before
        if y - lead < cvlib.BOTTOM:
            pages.append([])
            y = cvlib.TOP
        y -= lead
        pages[-1].append(cvlib._Placed(x, y, font, size, text, "main"))

    def styled(kind, text):
        font, size, lead, before = cvlib._STYLES_PDF[kind]
        for i, line in enumerate(cvlib.wrap(text, width, size, font == "F2")):
            place(x0, font, size, lead, line, before if i == 0 else 0.0)

    for kind, text in head:
        styled(kind, text)
    for s in c.sections:
        styled("h", heading(c, s))
        for e in s.entries:
            if isinstance(e, str):
                styled("p", e)
            elif e[0] == "li":
                styled("p", "•  " + e[1])
            elif e[0] == "kv":
                styled("p", f"{e[1]}: {e[2]}")
            else:
                font, size, lead, _ = cvlib._STYLES_PDF["b"]
                dw = cvlib.text_width(e[1], 10.0)
                lines = cvlib.wrap(e[2], width - dw - 18, size, True)
                place(x0, font, size, lead, lines[0], 3.0)
                date = cvlib._Placed(x0 + width - dw, y, "F1", 10.0, e[1], "main")
                if c.opts.get("date_first"):
                    pages[-1].insert(len(pages[-1]) - 1, date)
                else:
                    pages[-1].append(date)
                for line in lines[1:]:
                    place(x0, font, size, lead, line)
                for d in e[3]:
                    styled("p", d)
    streams = [cvlib._content_stream(p) for p in pages]
    cvlib._assemble_pdf(path, streams, c.name)


def write_cv(c: CV, path: str) -> None:
    assert c.layout in LAYOUTS[c.fmt], (c.file, c.fmt, c.layout)
    if c.fmt == "txt":
        cvlib.write_text(path, render_txt(c))
    elif c.fmt == "docx":
        cvlib.write_docx(path, docx_blocks(c), title=c.name)
    else:
        write_pdf_cv(c, path)


# --------------------------------------------------------------------------
# Jobs
# --------------------------------------------------------------------------


@dataclass
class Job:
    slug: str
    title: str
    lang: str
    profession: str
    requirements: list
    kinds: list
    cvs: list


JOBS: list[Job] = []


def job(slug, title, lang, profession, reqs: list[tuple[str, str]], *cvs: CV) -> None:
    JOBS.append(Job(slug, title, lang, profession, [r for r, _ in reqs], [k for _, k in reqs], list(cvs)))


# ===========================================================================
# 1. nb: Sykepleier, hjemmetjenesten
# ===========================================================================
job("sykepleier", "Sykepleier, hjemmetjenesten", "nb", "nurse", [
    ("Autorisasjon som sykepleier", "authorisation"),
    ("Bachelor i sykepleie", "education"),
    ("Minst 2 års erfaring som sykepleier", "experience"),
    ("Førerkort klasse B", "driving_licence"),
    ("Gode norskkunnskaper muntlig og skriftlig", "language"),
    ("Erfaring med Gerica eller CosDoc", "must_mention"),
    ("Politiattest må fremlegges før tiltredelse", "manual"),
],
    cv("ingrid-haugen.docx", "nb", "docx", "table", "MMMMMMX",
       "Meets everything; jobs and education sit in DOCX tables, the licence class is alone under its heading.",
       "Ingrid Haugen", "Sykepleier · Fjordheim · ingrid.haugen@example.no · 123 45 601",
       S("profile", "Engasjert sykepleier med åtte års erfaring fra hjemmesykepleie og sykehjem. Trives med "
                    "selvstendig arbeid og tett samarbeid med pårørende."),
       S("exp", I("jan. 2020 – d.d.", "Sykepleier, hjemmesykepleien, Fjordheim kommune",
                  "Sårstell, legemiddelhåndtering og oppfølging av kronisk syke", "Dokumentasjon i Gerica"),
         I("aug. 2018 – des. 2019", "Sykepleier, Lindely sykehjem", "Ansvarsvakter kveld og helg")),
       S("edu", I("2015 – 2018", "Bachelor i sykepleie, Fjellby høgskole")),
       S("auth", "Autorisert sykepleier, HPR-nr. 1234567"),
       S("lic", "Klasse B"),
       S("lang", "Norsk – morsmål", "Engelsk – god"),
       S("other", "Referanser oppgis ved forespørsel.")),
    cv("maja-lindqvist.pdf", "sv", "pdf", "two-column", "UMMMNUX",
       "Swedish nurse: Swedish legitimation and a Norwegian authorisation only applied for (unclear); "
       "Norwegian spoken at a basic level (not met); documents in Cosmic, not Gerica or CosDoc.",
       "Maja Lindqvist", "Legitimerad sjuksköterska · Granby",
       S("contact", "Granby", "maja.lindqvist@example.se", "070-174 06 11"),
       S("lic", "B"),
       S("lang", "Svenska – modersmål", "Engelska – flytande", "Norska – förstår bra, talar på grundläggande nivå"),
       S("skills", "Cosmic", "Office 365", head="IT"),
       S("profile", "Legitimerad sjuksköterska med sex års erfarenhet från hemsjukvård. Vill arbeta i Norge "
                    "från våren 2027."),
       S("exp", I("aug. 2020 – nu", "Sjuksköterska, hemsjukvården, Granby kommun",
                  "Hembesök, läkemedelshantering och sårvård"),
         I("jun. 2019 – aug. 2019", "Undersköterska (sommarvikariat), Granby lasarett")),
       S("edu", I("2017 – 2020", "Sjuksköterskeprogrammet, 180 hp, Granby högskola",
                  "Sjuksköterskeexamen och kandidatexamen i omvårdnad")),
       S("auth", "Legitimerad sjuksköterska (Socialstyrelsen), 2020",
         "Norsk autorisation: ansökt hos Helsedirektoratet, under behandling", side=False),
       order="rows"),
    cv("per-olav-rise.txt", "nb", "txt", "no-headings", "MMMMMMX",
       "No headings at all; the recent job title is the compound 'Intensivsykepleier' (a nurse), CosDoc "
       "sits in a list of journal systems.",
       "Per Olav Rise", "Intensivsykepleier · Fjellby · per.olav.rise@example.no · 123 45 602",
       S("profile", "Intensivsykepleier med bred erfaring fra akuttmedisin. Ønsker å bruke kompetansen min i "
                    "hjemmetjenesten."),
       S("exp", I("mars 2022 – d.d.", "Intensivsykepleier, intensivavdelingen, Fjellby sykehus"),
         I("aug. 2018 – feb. 2022", "Sykepleier, kirurgisk sengepost, Fjellby sykehus")),
       S("edu", I("2015 – 2018", "Bachelor i sykepleie, Fjellby høgskole"),
         I("2020 – 2022", "Master i intensivsykepleie, Fjellby høgskole")),
       S("other", "Autorisasjon som sykepleier (2018) og spesialsykepleier", "Førerkort kl. B og BE",
         "Norsk (morsmål), engelsk (flytende)", "Journalsystemer: DIPS, Metavision, CosDoc")),
    cv("anders-nilsen.pdf", "nb", "pdf", "one-column", "UUUMMMX",
       "Nursing student: bachelor expected June 2027, authorisation to be applied for later, only "
       "helsefagarbeider jobs and a summer job as 'sykepleierstudent' (not nurse experience).",
       "Anders Nilsen", "Sykepleierstudent · Havbu · anders.nilsen@example.no · 123 45 603",
       S("profile", "Tredjeårs sykepleierstudent med lang erfaring som helsefagarbeider i hjemmetjenesten."),
       S("exp", I("2024 – d.d.", "Helsefagarbeider, helgestilling 20 %, Havbu sykehjem"),
         I("juni – aug. 2025", "Sommervikar (sykepleierstudent), Havbu sykehjem"),
         I("2017 – 2024", "Helsefagarbeider, hjemmetjenesten, Havbu kommune", "Daglig bruk av Gerica")),
       S("edu", I("2024 – 2027", "Bachelor i sykepleie, Havbu høgskole (forventet ferdig juni 2027)"),
         I("2015 – 2017", "Fagbrev som helsefagarbeider")),
       S("auth", "Autorisasjon som sykepleier søkes når utdanningen er fullført."),
       S("lic", "Førerkort klasse B"),
       S("lang", "Norsk – morsmål", "Engelsk – god")),
    cv("sara-ahmed.docx", "en", "docx", "europass", "MMMMMMX",
       "English Europass-like table; Norwegian authorisation with HPR number, BScN from abroad, Norwegian B2 "
       "spoken and written, six years as a registered nurse abroad plus home care in Norway.",
       "Sara Ahmed", "Registered nurse · Fjellby, Norway · sara.ahmed@example.com · 123 45 604",
       S("exp", I("08/2022 – present", "Nurse, home care services", "Fjellby municipality, Norway",
                  "Wound care, medication and documentation in Gerica"),
         I("02/2013 – 06/2019", "Registered Nurse, medical ward", "Lakeside General Hospital, Kenya"),
         head="Work experience"),
       S("edu", I("2009 – 2012", "Bachelor of Science in Nursing (BScN)", "Lakeside University College, Kenya"),
         head="Education and training"),
       S("auth", KV("Norway", "Authorisation as a nurse (sykepleier), Norwegian Directorate of Health, "
                              "HPR no. 2345678, 2021")),
       S("lang", KV("Mother tongue(s)", "Swahili"), KV("Other language(s)", "English – C2"),
         KV("", "Norwegian – B2 spoken and written (Norskprøven 2021)"), head="Personal skills"),
       S("lic", KV("Driving licence", "B"), head="Additional information")),
    cv("kari-moe.txt", "nb", "txt", "badly-written", "MMMMMUX",
       "Lower-case running prose; everything is there except a journal system ('sertifikat klasse b' is "
       "the driving licence).",
       raw="""
CV Kari Moe

kari moe, fjordheim. tlf 123 45 605

jeg er utdanna sykepleier, bachelor sykepleie ferdig 2010 fra fjellby høgskole og har autorisasjon.
har jobba som sykepleier på lindely sykehjem siden 2010 og trives godt der men vil prøve hjemmetjenesten.
har mye ansvar, bla. medisiner og sår.

har sertifikat klasse b og egen bil.
snakker og skriver norsk flytende, litt engelsk.

interesser: strikking, turer i skog og fjell
"""),
    cv("lene-dahl.pdf", "nb", "pdf", "two-column", "MMMMMMX",
       "Two columns, sidebar first in the stream: authorisation, licence ('B' alone under FØRERKORT), "
       "languages and Gerica are only in the sidebar.",
       "Lene Dahl", "Sykepleier · Vestby",
       S("contact", "Vestby", "lene.dahl@example.no", "123 45 606"),
       S("auth", "Autorisert sykepleier (2019)", side=True),
       S("lic", "B"),
       S("lang", "Norsk – morsmål", "Engelsk – god", "Tysk – grunnleggende"),
       S("skills", "Gerica", "DIPS", "Office 365", head="Data"),
       S("profile", "Sykepleier med fem års erfaring fra hjemmetjeneste og sykehjem."),
       S("exp", I("09/2021 – nå", "Sykepleier, hjemmetjenesten, Vestby kommune"),
         I("2019 – 2021", "Sykepleier (vikar, 50 %), Vestby sykehjem")),
       S("edu", I("2016 – 2019", "Bachelor i sykepleie, Vestby høgskole")),
       order="left-first"),
    cv("jonas-berg.docx", "nn", "docx", "one-column", "MMMNMMX",
       "Nynorsk ('sjukepleiar', 'sjukepleie'); meets everything except the licence: 'Eg har ikkje førarkort' "
       "contradicts it.",
       "Jonas Berg", "Sjukepleiar · Havbu · jonas.berg@example.no · 123 45 607",
       S("profile", "Sjukepleiar med erfaring frå medisinsk avdeling og heimesjukepleie."),
       S("exp", I("2019 – d.d.", "Sjukepleiar, heimesjukepleia, Havbu kommune", "Dokumentasjon i CosDoc"),
         I("2016 – 2019", "Sjukepleiar, medisinsk avdeling, Havbu sjukehus")),
       S("edu", I("2013 – 2016", "Bachelor i sjukepleie, Høgskulen i Havbu")),
       S("auth", "Autorisasjon som sjukepleiar (HPR)"),
       S("lic", "Eg har ikkje førarkort, men bruker el-sykkel og kollektivtransport."),
       S("lang", "Norsk – morsmål", "Engelsk – god")),
)

# ===========================================================================
# 2. nn: Helsefagarbeidar, sjukeheim
# ===========================================================================
job("helsefagarbeidar", "Helsefagarbeidar, Solbakken sjukeheim", "nn", "healthcare worker", [
    ("Fagbrev som helsefagarbeidar", "education"),
    ("Autorisasjon som helsefagarbeidar", "authorisation"),
    ("Minst to års arbeidserfaring som helsefagarbeidar", "experience"),
    ("Gode norskkunnskapar munnleg og skriftleg", "language"),
    ("Førarkort klasse B", "driving_licence"),
    ("Politiattest må leggjast fram", "manual"),
    ("Må kunne arbeide turnus, inkludert kvar tredje helg", "manual"),
],
    cv("signe-vik.docx", "nn", "docx", "one-column", "MMMMMXX",
       "Straightforward nynorsk CV; the apprenticeship before the trade certificate does not matter.",
       "Signe Vik", "Helsefagarbeidar · Solbakken · signe.vik@example.no · 123 45 611",
       S("profile", "Roleg og påliteleg helsefagarbeidar med sju års erfaring frå sjukeheim."),
       S("exp", I("aug. 2018 – d.d.", "Helsefagarbeidar, Solbakken sjukeheim",
                  "Stell, måltid og aktivitetar for bebuarar med demens"),
         I("2016 – 2018", "Lærling i helsearbeidarfaget, Solbakken sjukeheim")),
       S("edu", I("2018", "Fagbrev som helsefagarbeidar"),
         I("2014 – 2016", "Vg1 helse- og oppvekstfag og Vg2 helsearbeidarfag, Solbakken vidaregåande skule")),
       S("auth", "Autorisasjon som helsefagarbeidar, 2018"),
       S("lic", "Førarkort klasse B"),
       S("lang", "Norsk – morsmål", "Engelsk – grunnleggjande")),
    cv("ahmad-karimi.pdf", "nb", "pdf", "one-column", "MMMNMXX",
       "Part-time (60 %) job still counts as time; Norwegian B1 spoken is below the B2 asked for (not met) "
       "even though written is B2.",
       "Ahmad Karimi", "Helsefagarbeider · Fjellby · ahmad.karimi@example.no · 123 45 612",
       S("profile", "Helsefagarbeider med fagbrev og fem års erfaring fra sykehjem."),
       S("exp", I("sep. 2021 – d.d.", "Helsefagarbeider (60 % stilling), Fjellby sykehjem"),
         I("2019 – 2021", "Lærling, helsearbeiderfaget, Fjellby sykehjem")),
       S("edu", I("2021", "Fagbrev som helsefagarbeider"),
         I("2017 – 2019", "Grunnskole for voksne, Fjellby voksenopplæring")),
       S("auth", "Autorisasjon som helsefagarbeider (HPR), 2021"),
       S("lic", "Førerkort klasse B"),
       S("lang", "Norsk: B1 muntlig, B2 skriftlig (Norskprøven 2022)", "Dari: morsmål", "Engelsk: god")),
    cv("elin-rasmussen.txt", "da", "txt", "one-column", "UUMNMXX",
       "Danish social- og sundhedsassistent: the Danish education and authorisation must be recognised "
       "first (unclear), ten years in the equivalent role count; Norwegian 'taler lidt' is below B2.",
       "Elin Rasmussen", "Social- og sundhedsassistent · Sønderby, Danmark · elin.rasmussen@example.dk",
       S("profile", "Uddannet social- og sundhedsassistent med 10 års erfaring fra plejecenter og hjemmepleje. "
                    "Søger job i Norge."),
       S("exp", I("2016 – nu", "Social- og sundhedsassistent, Plejecenter Engly, Sønderby kommune"),
         I("2015 – 2016", "Social- og sundhedshjælper, hjemmeplejen, Sønderby kommune")),
       S("edu", I("2013 – 2015", "Social- og sundhedsassistentuddannelsen, SOSU-skolen Sønderby")),
       S("auth", "Autoriseret social- og sundhedsassistent (Styrelsen for Patientsikkerhed), 2016"),
       S("lic", "B"),
       S("lang", "Dansk – modersmål", "Norsk – forstår godt, taler lidt", "Engelsk – godt")),
    cv("tone-brekke.pdf", "nn", "pdf", "two-column", "MUUMMXX",
       "Authorisation applied for (unclear); only 21 months as helsefagarbeidar since March 2025, the "
       "apprenticeship does not count.",
       "Tone Brekke", "Helsefagarbeidar · Vestby",
       S("contact", "Vestby", "tone.brekke@example.no"),
       S("lic", "B (manuell)"),
       S("lang", "Norsk – morsmål", "Engelsk – god"),
       S("cert", "Demensomsorgas ABC, 2024", "Førstehjelp, 2025", head="Kurs"),
       S("profile", "Helsefagarbeidar med fagbrev frå 2023 og erfaring frå korttidsavdeling."),
       S("exp", I("mars 2025 – d.d.", "Helsefagarbeidar, korttidsavdelinga, Vestby helsetun"),
         I("2023 – 2025", "Butikkmedarbeidar (deltid), Vestby Sport"),
         I("2021 – 2023", "Lærling i helsearbeidarfaget, Vestby helsetun")),
       S("edu", I("2023", "Fagbrev som helsefagarbeidar")),
       S("auth", "Søknad om autorisasjon som helsefagarbeidar er send, under behandling"),
       order="right-first"),
    cv("olga-petrova.docx", "nb", "docx", "table", "MMMMMXX",
       "'Fagbrev i helsearbeiderfaget' is the trade's official name; two periods as helsefagarbeider "
       "around a gap; Norwegian C1.",
       "Olga Petrova", "Helsefagarbeider · Fjellby · olga.petrova@example.no · 123 45 614",
       S("exp", I("2022 – d.d.", "Helsefagarbeider, Fjellby sykehjem, avdeling for demens"),
         I("2020 – 2022", "Norskkurs og permisjon"),
         I("2017 – 2020", "Helsefagarbeider, hjemmetjenesten, Havbu kommune")),
       S("edu", I("2015 – 2017", "Fagbrev i helsearbeiderfaget (praksiskandidat)")),
       S("auth", "Autorisert helsefagarbeider (HPR-nr. 3456789)"),
       S("lic", "Førerkort: B"),
       S("lang", "Russisk – morsmål", "Norsk – flytende (C1)", "Engelsk – grunnleggende")),
    cv("helge-aasen.txt", "nn", "txt", "dates-after", "MMMMMXX",
       "Dates after the titles, open end written 'no' (nynorsk for now); licence class BE gives B.",
       "Helge Aasen", "Helsefagarbeidar, Havbu – helge.aasen@example.no – 123 45 615",
       S("exp", I("2019 – no", "Helsefagarbeidar ved Vikane bu- og behandlingssenter"),
         I("2016 – 2019", "Assistent i heimetenesta")),
       S("edu", I("2019", "Fagbrev som helsefagarbeidar")),
       S("auth", I("2019", "Autorisasjon som helsefagarbeidar")),
       S("lic", "Klasse BE"),
       S("lang", "Norsk – morsmål"),
       upper=False),
    cv("fatima-ali.pdf", "en", "pdf", "europass", "MMMMUXX",
       "English Europass with a CEFR grid (Norwegian B2 in every column); the licence is still being taken "
       "(unclear).",
       "Fatima Ali", "Healthcare worker · Fjellby, Norway · fatima.ali@example.com · 123 45 616",
       S("exp", I("09/2020 – Present", "Healthcare worker (helsefagarbeider)", "Fjellby nursing home, dementia unit"),
         head="Work experience"),
       S("edu", I("2020", "Norwegian trade certificate as healthcare worker (fagbrev som helsefagarbeider)"),
         I("2018 – 2020", "Health and care programme for adults, Fjellby adult education centre"),
         head="Education and training"),
       S("auth", KV("Authorisation", "Authorised healthcare worker in Norway (HPR), 2020")),
       S("lang", KV("Mother tongue(s)", "Somali"),
         KV("Other language(s)", "UNDERSTANDING: Listening, Reading / SPEAKING: Spoken interaction, "
                                 "Spoken production / WRITING"),
         KV("Norwegian", "B2   B2   B2   B2   B2"), KV("English", "C1   C1   B2   B2   B2"),
         "Levels: A1 and A2: Basic user - B1 and B2: Independent user - C1 and C2: Proficient user",
         head="Personal skills"),
       S("lic", KV("Driving licence", "Currently taking lessons for class B (theory test passed 2026)"),
         head="Additional information")),
    cv("nora-lunde.docx", "nn", "docx", "bold-headings", "MMMMMXX",
       "Headings by bold text only; helsefagarbeidar twice with a shop job between (12 + 40 months).",
       "Nora Lunde", "Helsefagarbeidar · Fjordheim · nora.lunde@example.no · 123 45 617",
       S("exp", I("aug. 2023 – d.d.", "Helsefagarbeidar, Fjordheim sjukeheim"),
         I("2017 – 2020", "Butikkmedarbeidar, Fjordheim Bakeri"),
         I("jan. 2016 – des. 2016", "Helsefagarbeidar (50 % stilling), Fjordheim heimeteneste")),
       S("edu", I("2015", "Fagbrev som helsefagarbeidar")),
       S("auth", "Autorisasjon som helsefagarbeidar"),
       S("lic", "Klasse B"),
       S("lang", "Norsk: morsmål")),
)

# ===========================================================================
# 3. nb: Elektriker
# ===========================================================================
job("elektriker", "Elektriker, service og installasjon", "nb", "electrician", [
    ("Fagbrev som elektriker (gruppe L)", "education"),
    ("Minst 3 års erfaring som elektriker", "experience"),
    ("Førerkort klasse B", "driving_licence"),
    ("Gode norskkunnskaper, muntlig og skriftlig", "language"),
    ("FSE-kurs", "certificate"),
    ("Personlig egnethet vil bli vektlagt", "manual"),
],
    cv("thomas-hagen.pdf", "nb", "pdf", "right-dates", "MMMMMX",
       "Dates right-aligned on the title's line (written after the title in the stream); apprenticeship "
       "listed but not needed.",
       "Thomas Hagen", "Elektriker · Fjellby · thomas.hagen@example.no · 123 45 621",
       S("profile", "Elektriker med fagbrev og elleve års erfaring fra bolig, næring og service."),
       S("exp", I("aug. 2019 – d.d.", "Elektriker, Fjellby Elektro AS", "Service og feilsøking i næringsbygg"),
         I("2015 – 2019", "Elektriker, Nordlys Installasjon AS"),
         I("2013 – 2015", "Lærling, Nordlys Installasjon AS")),
       S("edu", I("2015", "Fagbrev som elektriker"),
         I("2011 – 2013", "Vg1 elektro og Vg2 elenergi, Fjellby videregående skole")),
       S("cert", "FSE-kurs, årlig, sist oktober 2026", "Varme arbeider, 2025"),
       S("lic", "Førerkort: B, BE"),
       S("lang", "Norsk – morsmål", "Engelsk – god")),
    cv("mikael-sjoberg.docx", "sv", "docx", "one-column", "MMMUUX",
       "Swedish installationselektriker: yrkesbevis is the trade certificate and eight years count; "
       "Norwegian only 'talar bra' (written not stated: unclear); ESA is not FSE.",
       "Mikael Sjöberg", "Elektriker · Granby · mikael.sjoberg@example.se · 070-174 06 22",
       S("profile", "Installationselektriker med åtta års erfarenhet av bostäder och kommersiella fastigheter. "
                    "Söker arbete i Norge."),
       S("exp", I("2024 – nu", "Servicetekniker el, Fastighetsservice Granby AB"),
         I("2016 – 2024", "Installationselektriker, Granby El & Tele AB")),
       S("edu", I("2016", "Yrkesbevis som installationselektriker (ECY)"),
         I("2013 – 2016", "El- och energiprogrammet, Granby gymnasium")),
       S("cert", "ESA Fackman, 2025", "Heta arbeten, 2024"),
       S("lic", "B"),
       S("lang", "Svenska – modersmål", "Norska – förstår och talar bra", "Engelska – goda kunskaper")),
    cv("jon-erik-lie.txt", "nn", "txt", "one-column", "MMMMMX",
       "Nynorsk 'elektrikar'; five years after the trade certificate, the apprenticeship aside.",
       "Jon Erik Lie", "Elektrikar · Havbu · jon.erik.lie@example.no · 123 45 623",
       S("exp", I("sep. 2021 – d.d.", "Elektrikar, Havbu Elektro AS"), I("2019 – 2021", "Lærling, Havbu Elektro AS")),
       S("edu", I("2021", "Fagbrev som elektrikar"),
         I("2017 – 2019", "Vg1 elektro og datateknologi, Vg2 elenergi og ekom")),
       S("cert", "FSE-kurs, oppdatert 2026", "Arbeid på lavspenningsanlegg"),
       S("lic", "B"),
       S("lang", "Norsk – morsmål"),
       sep="\t"),
    cv("kristian-dahl.docx", "nb", "docx", "one-column", "MMMMMX",
       "Two jobs with their own dates in one line (2017–2019 and 2019–2022: 5 years as elektriker); the "
       "current job is not as an electrician.",
       "Kristian Dahl", "Elektriker · Vestby · kristian.dahl@example.no · 123 45 624",
       S("exp", "Elektriker hos Volt AS (2017–2019) og hos Nordlys Elektro AS (2019–2022)",
         I("2022 – d.d.", "Prosjektleder, Vestby Bygg AS")),
       S("edu", I("2017", "Fagbrev i elektrikerfaget")),
       S("cert", "FSE 2026", "HMS-kort"),
       S("lic", "Førerkort klasse B"),
       S("lang", "Norsk (morsmål)", "Engelsk (god)")),
    cv("ali-hassan.pdf", "en", "pdf", "two-column", "MMMMMX",
       "English two-column PDF, rows interleaved; Norwegian trade certificate and 'Norwegian – fluent'.",
       "Ali Hassan", "Electrician · Fjellby, Norway",
       S("contact", "ali.hassan@example.com", "123 45 625"),
       S("lic", "B"),
       S("lang", "Norwegian – fluent", "English – fluent", "Arabic – native"),
       S("cert", "FSE course (annual), 2026", "Working at height, 2024"),
       S("profile", "Electrician with a Norwegian trade certificate and six years of experience in residential "
                    "and commercial installations."),
       S("exp", I("Jan 2020 – Present", "Electrician, Fjellby Elektro AS"),
         I("2018 – 2019", "Apprentice electrician, Fjellby Elektro AS")),
       S("edu", I("2019", "Trade certificate (fagbrev) as electrician, Norway")),
       order="rows"),
    cv("rune-sand.txt", "nb", "txt", "badly-written", "MMMUMX",
       "Five terse lines: self-stated 12 years, 'fagbrev 2010', 'FSE ok', 'sertifikat B'; no language "
       "named (a CV written in Norwegian is not a level).",
       raw="""
Rune Sand
elektriker
tlf 123 45 626

Har jobba som elektriker i 12 år, mest bolig og hytter. fagbrev 2010. Jobber nå for meg selv (enkeltpersonforetak).
FSE ok (2026)
sertifikat B
kan ta vakter
"""),
    cv("emil-strand.docx", "nn", "docx", "one-column", "MUMMMX",
       "Only 35 months as elektrikar after the certificate (Jan 2024 – now); the two apprentice years "
       "('Elektrikarlærling') are training, not experience.",
       "Emil Strand", "Elektrikar · Fjordheim · emil.strand@example.no · 123 45 627",
       S("exp", I("jan. 2024 – d.d.", "Elektrikar, Fjordheim Elektro AS"),
         I("2022 – 2024", "Elektrikarlærling, Fjordheim Elektro AS")),
       S("edu", I("des. 2023", "Fagbrev som elektrikar")),
       S("cert", "FSE-kurs 2026"),
       S("lic", "Førarkort klasse B"),
       S("lang", "Norsk – morsmål", "Engelsk – god")),
    cv("lars-holm.pdf", "da", "pdf", "one-column", "MMMUUX",
       "Danish svendebrev as elektriker gives the trade certificate; Norwegian only 'forstår godt'; the "
       "Danish L-AUS course is not FSE.",
       "Lars Holm", "Elektriker · Sønderby, Danmark · lars.holm@example.dk · +45 12 34 56 28",
       S("exp", I("2012 – nu", "Elektriker, Sønderby El-service ApS")),
       S("edu", I("2008 – 2012", "Elektrikeruddannelsen, svendebrev 2012, Sønderby Tekniske Skole")),
       S("cert", "Kursus i sikkerhed ved el-arbejde (L-AUS), 2025"),
       S("lic", "Kørekort: B"),
       S("lang", "Dansk – modersmål", "Norsk – forstår godt", "Engelsk – godt")),
)

# ===========================================================================
# 4. sv: Lastbilschaufför
# ===========================================================================
job("lastbilschauffor", "Lastbilschaufför, distribution", "sv", "truck driver", [
    ("CE-körkort", "driving_licence"),
    ("Giltigt YKB", "certificate"),
    ("ADR-intyg", "certificate"),
    ("Minst 2 års erfarenhet som lastbilschaufför", "experience"),
    ("Goda kunskaper i svenska i tal och skrift", "language"),
    ("Krav på drogtest innan anställning", "manual"),
],
    cv("johan-ek.docx", "sv", "docx", "one-column", "MMMMMX",
       "Meets everything; validity dates on YKB and ADR are in the future.",
       "Johan Ek", "Lastbilschaufför · Granby · johan.ek@example.se · 070-174 06 31",
       S("exp", I("2015 – nu", "Lastbilschaufför, Granby Åkeri AB", "Distribution av livsmedel med kyl- och frysbil"),
         I("2012 – 2015", "Lagerarbetare, Granby Grossist AB")),
       S("edu", I("2011 – 2012", "Yrkesförarutbildning, Granby Vuxenutbildning")),
       S("cert", "YKB giltigt t.o.m. 2029-05", "ADR grund och tank, giltigt till 2027-03", "Truckkort A+B",
         head="Behörigheter"),
       S("lic", "B, C, CE"),
       S("lang", "Svenska – modersmål", "Engelska – goda kunskaper")),
    cv("peter-lund.pdf", "sv", "pdf", "right-dates", "UMUMMX",
       "Only class C (CE asked for) and an ADR certificate that ran out in 2024; eight years as a "
       "distribution driver of a C truck is truck-driving experience. Dates first in the stream.",
       "Peter Lund", "Chaufför · Vestby · peter.lund@example.se · 070-174 06 32",
       S("exp", I("2018 – 2026", "Distributionsförare, Vestby Transport AB",
                  "Kör medeltung lastbil (C) med bakgavellyft"),
         I("2014 – 2018", "Budbilsförare, Vestby Bud")),
       S("cert", "YKB (giltigt till 2028)", "ADR-intyg, utgånget 2024"),
       S("lic", "Körkort: B, C"),
       S("lang", "Svenska – modersmål"),
       date_first=True),
    cv("marek-nowak.txt", "en", "txt", "one-column", "MMMMNX",
       "English CV: 'C+E' is CE, 'Driver CPC (code 95)' is the YKB; Swedish A2 is below good (not met).",
       "Marek Nowak", "Truck driver (CE) · Granby, Sweden · marek.nowak@example.com",
       S("exp", I("2023 – present", "Truck driver, Granby Åkeri AB (Sweden)"),
         I("2012 – 2023", "International truck driver, Trans-Pol Logistics (Poland)")),
       S("cert", "Driving licence: B, C, C+E (since 2012)", "Driver CPC (code 95), valid until 2028",
         "ADR certificate (basic), valid until 2027", head="Licences and certificates"),
       S("lang", "Polish – native", "English – good", "Swedish – basic (A2), attending SFI"),
       upper=True),
    cv("ola-bakken.pdf", "nb", "pdf", "two-column", "MMMMUX",
       "Norwegian driver: YSK is the Norwegian name of the YKB (driver CPC), ADR-kompetansebevis the ADR "
       "certificate; Swedish only 'forstår godt' (unclear).",
       "Ola Bakken", "Yrkessjåfør · Fjellby",
       S("contact", "Fjellby", "ola.bakken@example.no", "123 45 634"),
       S("lic", "C1, C, CE"),
       S("cert", "YSK, gyldig til 2028", "ADR-kompetansebevis grunnkurs, gyldig til 2027", head="Kompetansebevis"),
       S("lang", "Norsk – morsmål", "Svensk – forstår godt", "Engelsk – god"),
       S("profile", "Erfaren lastebilsjåfør med sikker kjøring i all slags vær."),
       S("exp", I("2010 – d.d.", "Lastebilsjåfør, Fjellby Transport AS", "Distribusjon av dagligvarer"),
         I("2007 – 2010", "Lagermedarbeider, Fjellby Lager AS")),
       S("edu", I("2005 – 2007", "Vg2 transport og logistikk, Fjellby videregående skole")),
       order="left-first"),
    cv("sven-karlsson.docx", "sv", "docx", "table", "MMMMMX",
       "Exactly 24 months as lastbilschaufför (mars 2019 – feb. 2021), in a DOCX table; the current "
       "warehouse job does not count.",
       "Sven Karlsson", "Lastbilschaufför · Havbu · sven.karlsson@example.se · 070-174 06 35",
       S("exp", I("mars 2021 – nu", "Lagerarbetare, Havbu Logistik AB"),
         I("mars 2019 – feb. 2021", "Lastbilschaufför, Havbu Frakt AB", "Fjärrtrafik med CE-ekipage")),
       S("edu", I("2018 – 2019", "Transportutbildning, Havbu gymnasium")),
       S("cert", "YKB – fortbildning klar 2024, giltigt till 2029", "ADR-intyg (grund), giltigt till 2028"),
       S("lic", "B, C, CE"),
       S("lang", "Svenska – modersmål", "Engelska – grundläggande")),
    cv("anna-holm.txt", "sv", "txt", "no-headings", "MMMMMX",
       "No headings; licence, YKB and ADR in one profile sentence; jobs are 'Timmerbilschaufför' and "
       "'Tankbilschaufför' (both truck drivers).",
       "Anna Holm", "Granby · anna.holm@example.se · 070-174 06 36",
       S("profile", "Jag har CE-körkort sedan 2017, YKB och ADR-intyg för tank. Jag trivs bakom ratten och är "
                    "noggrann med säkerheten."),
       S("exp", I("2020 – nu", "Tankbilschaufför, Granby Bränsle AB"),
         I("2017 – 2020", "Timmerbilschaufför, Norrskog Transport AB")),
       S("lang", "Svenska – modersmål, engelska – goda kunskaper")),
    cv("ida-berg.pdf", "da", "pdf", "one-column", "MMUMUX",
       "Danish driver: the EU kvalifikationsbevis is the YKB; ADR-bevis 'udløbet marts 2025'; Swedish "
       "only understood.",
       "Ida Berg", "Lastbilchauffør · Sønderby · ida.berg@example.dk · +45 12 34 56 37",
       S("exp", I("2016 – nu", "Lastbilchauffør, Sønderby Fragt A/S"),
         I("2013 – 2016", "Chaufførmedhjælper, Sønderby Flytteforretning")),
       S("edu", I("2015 – 2016", "Chaufføruddannelsen (vejgodstransport), AMU Sønderby")),
       S("cert", "Chaufføruddannelsens kvalifikationsbevis (EU-kvalifikationsbevis), gyldigt til 2027",
         "ADR-bevis, udløbet marts 2025"),
       S("lic", "Kørekort: B, C, CE"),
       S("lang", "Dansk – modersmål", "Svensk – forstår godt", "Engelsk – godt")),
    cv("erik-nyberg.docx", "sv", "docx", "bold-headings", "MMUUMX",
       "ADR only planned; 21 + 2 = 23 months as lastbilschaufför (a summer job included), just short of "
       "two years; the forklift years do not count.",
       "Erik Nyberg", "Chaufför · Vestby · erik.nyberg@example.se · 070-174 06 38",
       S("exp", I("mars 2025 – nu", "Lastbilschaufför, Vestby Åkeri AB"),
         I("juni – juli 2024", "Sommarvikarie, lastbilschaufför, Vestby Åkeri AB"),
         I("2018 – 2025", "Truckförare, Vestby Lager AB")),
       S("cert", "YKB, giltigt till 2030", "ADR: planerad utbildning våren 2027"),
       S("lic", "B, C, CE (CE sedan 2025)"),
       S("lang", "Svenska – modersmål")),
)
