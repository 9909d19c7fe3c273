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
    cv("anders-nilsen.docx", "nb", "docx", "one-column", "UUUMMMX",
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
    cv("signe-vik.pdf", "nn", "pdf", "one-column", "MMMMMXX",
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
    cv("ahmad-karimi.pdf", "nb", "pdf", "no-headings", "MMMNMXX",
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
    cv("lars-holm.docx", "da", "docx", "dates-after", "MMMUUX",
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

# ===========================================================================
# 5. da: Lagermedarbejder
# ===========================================================================
job("lagermedarbejder", "Lagermedarbejder med truckcertifikat", "da", "warehouse worker", [
    ("Truckcertifikat B", "certificate"),
    ("Minimum 1 års erfaring fra lager", "experience"),
    ("Du kan tale og skrive dansk eller engelsk", "language"),
    ("Kørekort til bil", "driving_licence"),
    ("Kendskab til WMS eller SAP", "must_mention"),
    ("Mulighed for at arbejde i skiftehold", "manual"),
    ("Ren straffeattest", "manual"),
],
    cv("mads-jensen.pdf", "da", "pdf", "no-headings", "MMMMMXX",
       "Meets everything; 'SAP EWM' in a job line.",
       "Mads Jensen", "Lagermedarbejder · Horsby · mads.jensen@example.dk · +45 12 34 56 41",
       S("exp", I("2019 – nu", "Lagermedarbejder, Horsby Logistik A/S",
                  "Pluk og pak med håndscanner, varemodtagelse i SAP EWM"),
         I("2016 – 2019", "Butiksmedarbejder, Brugsen Horsby")),
       S("cert", "Truckcertifikat A og B, 2019"),
       S("lic", "Kørekort: B"),
       S("lang", "Dansk – modersmål", "Engelsk – godt")),
    cv("tomasz-kowalski.docx", "en", "docx", "one-column", "MMMMMXX",
       "English CV; 'Forklift licence (Danish truckcertifikat B)'; English good is enough where Danish or "
       "English is asked for.",
       "Tomasz Kowalski", "Warehouse worker · Horsby, Denmark · tomasz.kowalski@example.com · +45 12 34 56 42",
       S("exp", I("Mar 2021 – Present", "Warehouse worker, Nordpak Logistik A/S",
                  "Picking with scanner and WMS, reach truck"),
         I("2017 – 2021", "Production worker, Lasy Furniture (Poland)")),
       S("cert", "Forklift licence (Danish truckcertifikat B), 2021"),
       S("lic", "Driving licence: B"),
       S("lang", "Polish – native", "English – good", "Danish – basic")),
    cv("louise-nielsen.txt", "da", "txt", "one-column", "UMMNUXX",
       "Truck certificate A only (B asked for); part-time warehouse job for 30 months counts; "
       "'Kørekort: nej' contradicts the licence.",
       "Louise Nielsen", "Horsby · louise.nielsen@example.dk",
       S("exp", I("06.2024 – nu", "Lagerassistent (deltid, 20 timer/uge), Horsby Engros"),
         I("2020 – 2024", "Kassemedarbejder, Spar Horsby")),
       S("edu", I("2017 – 2020", "HHX, Horsby Handelsgymnasium")),
       S("cert", "Truckcertifikat A (2024)", head="Certifikater"),
       S("lic", "Kørekort: nej"),
       S("lang", "Dansk – modersmål", "Engelsk – godt")),
    cv("jonas-brandt.pdf", "da", "pdf", "two-column", "MUMMMXX",
       "Eight months on a picking warehouse; the apprenticeship placement (praktik) during the "
       "lager-uddannelse is training, not experience.",
       "Jonas Brandt", "Lager og logistik · Kolby",
       S("contact", "Kolby", "jonas.brandt@example.dk"),
       S("lic", "B"),
       S("lang", "Dansk – modersmål", "Engelsk – flydende", "Tysk – lidt"),
       S("skills", "SAP", "Excel", head="IT"),
       S("cert", "Truckcertifikat B (2022)", head="Certifikater"),
       S("profile", "Motiveret lager- og logistikmedarbejder med erfaring fra pluklager."),
       S("exp", I("04.2024 – nu", "Pizzabud (deltid), Kolby Pizza"),
         I("08.2023 – 03.2024", "Plukker, Kolby Pluklager ApS")),
       S("edu", I("2020 – 2022", "Lager- og logistikuddannelsen (EUD), Kolby Erhvervsskole",
                  "Praktik hos Kolby Transport 2021 – 2022")),
       order="rows"),
    cv("ahmed-yusuf.docx", "sv", "docx", "one-column", "MMMMMXX",
       "Swedish CV of someone working in Denmark: Danish truckcertifikat B listed next to the Swedish "
       "truckkort; English 'goda kunskaper' covers Danish-or-English.",
       "Ahmed Yusuf", "Lagerarbetare · Malmby · ahmed.yusuf@example.se · 070-174 06 45",
       S("exp", I("2022 – nu", "Lagermedarbetare, Horsby Logistik A/S (Danmark)"),
         I("2018 – 2022", "Lagerarbetare, Malmby Distribution AB")),
       S("cert", "Truckcertifikat B (Danmark, 2022)", "Truckkort A+B (Sverige, 2018)"),
       S("lic", "Körkort B"),
       S("lang", "Somaliska – modersmål", "Svenska – flytande", "Engelska – goda kunskaper", "Danska – förstår bra"),
       S("skills", "Astro WMS, handscanner")),
    cv("kasper-moller.txt", "da", "txt", "badly-written", "UMUMUXX",
       "Lower-case prose: 'har truckcertifikat' without a class, three years on a warehouse, 'taler "
       "dansk' with no level, no WMS or SAP.",
       raw="""
Kasper Møller

hej, jeg hedder kasper og har arbejdet på lager hos Bolig Lager i Kolby i 3 år (2021-2024) med pluk og pak og truck. har truckcertifikat. kørekort b. taler dansk
ellers har jeg arbejdet i netto og som avisbud.
ring på 12 34 56 46
"""),
    cv("line-poulsen.docx", "da", "docx", "table", "MMMMMXX",
       "Exactly 12 months on a warehouse (01.2020 – 12.2020) in a DOCX table; 'Truckcertifikat (A+B)'.",
       "Line Poulsen", "Lagermedarbejder · Horsby · line.poulsen@example.dk · +45 12 34 56 47",
       S("exp", I("2021 – nu", "Chauffør (varebil), Horsby Blomster"),
         I("01.2020 – 12.2020", "Lagermedarbejder, Horsby Engros A/S", "Varemodtagelse og pluk i Consafe Astro WMS")),
       S("cert", "Truckcertifikat (A+B), 2020"),
       S("lic", "Kørekort: B"),
       S("lang", "Dansk: modersmål", "Engelsk: godt")),
    cv("ole-svendsen.pdf", "nb", "pdf", "one-column", "UMMMMXX",
       "Norwegian truckførerbevis T1–T4 is another country's scheme, not the Danish certificate B "
       "(unclear); everything else is met.",
       "Ole Svendsen", "Lagerarbeider · Fjellby · ole.svendsen@example.no · 123 45 648",
       S("exp", I("2015 – d.d.", "Lagerarbeider, Fjellby Dagligvare AS", "Plukk med talestyring, vareregistrering i SAP")),
       S("cert", "Truckførerbevis T1–T4 (2015)"),
       S("lic", "Førerkort klasse B"),
       S("lang", "Norsk – morsmål", "Engelsk – flytende")),
)

# ===========================================================================
# 6. sv: Grundlärare F-3
# ===========================================================================
job("grundlarare", "Grundlärare F–3, Hagaskolan", "sv", "teacher", [
    ("Lärarlegitimation med behörighet för åk F–3", "authorisation"),
    ("Grundlärarexamen eller motsvarande lärarexamen", "education"),
    ("Minst 2 års erfarenhet som lärare", "experience"),
    ("Mycket goda kunskaper i svenska i tal och skrift", "language"),
    ("Goda kunskaper i engelska", "language"),
    ("Utdrag ur belastningsregistret ska uppvisas", "manual"),
],
    cv("karin-olsson.pdf", "sv", "pdf", "two-column", "MMMMMX",
       "Two columns; the legitimation ('behörig i förskoleklass och åk 1–3') is in the sidebar.",
       "Karin Olsson", "Legitimerad grundlärare F–3 · Granby",
       S("contact", "Granby", "karin.olsson@example.se", "070-174 06 51"),
       S("auth", "Lärarlegitimation, behörig i förskoleklass och åk 1–3 (sv, ma, en, so, no)", side=True),
       S("lang", "Svenska – modersmål", "Engelska – mycket goda kunskaper"),
       S("lic", "B"),
       S("profile", "Grundlärare som brinner för tidig läs- och skrivinlärning."),
       S("exp", I("aug. 2018 – nu", "Lärare åk 1–3, Hagaskolan, Granby kommun"),
         I("2017 – 2018", "Lärarvikarie, Granby kommun")),
       S("edu", I("2014 – 2018", "Grundlärarexamen med inriktning mot förskoleklass och årskurs 1–3, 240 hp, "
                                 "Granby universitet")),
       order="left-first"),
    cv("hanna-berg.docx", "sv", "docx", "one-column", "UMUMMX",
       "Legitimation applied for (under handläggning); 16 months as teacher plus a 6-month substitute "
       "post = 22 months.",
       "Hanna Berg", "Grundlärare · Havbu · hanna.berg@example.se · 070-174 06 52",
       S("exp", I("aug. 2025 – nu", "Lärare åk 2, Havbu skola"),
         I("jan. 2022 – jun. 2022", "Lärarvikarie, Havbu kommun")),
       S("edu", I("2021 – 2025", "Grundlärarexamen F–3, Havbu högskola")),
       S("auth", "Lärarlegitimation ansökt hos Skolverket, under handläggning"),
       S("lang", "Svenska – modersmål", "Engelska – goda kunskaper")),
    cv("lina-hansen.txt", "nb", "txt", "one-column", "UMMUMX",
       "Norwegian teacher: the master in grunnskolelærer 1–7 is an equivalent teacher degree, but there is "
       "no Swedish legitimation and Swedish is only understood.",
       "Lina Hansen", "Grunnskolelærer · Fjellby · lina.hansen@example.no · 123 45 653",
       S("exp", I("2016 – d.d.", "Lærer (kontaktlærer 2. trinn), Bakken skole, Fjellby kommune")),
       S("edu", I("2011 – 2016", "Grunnskolelærerutdanning 1–7 (master), Fjellby universitet")),
       S("lang", "Norsk – morsmål", "Svensk – forstår godt", "Engelsk – flytende"),
       S("other", "Godkjent lærer i Norge.")),
    cv("david-ek.docx", "sv", "docx", "dates-after", "UMMMMX",
       "Legitimation for åk 4–6 only, not F–3 (unclear); grundlärarexamen 4–6 is still a grundlärarexamen.",
       "David Ek", "Lärare åk 4–6 · Vestby · david.ek@example.se · 070-174 06 54",
       S("exp", I("2014 – nu", "Lärare åk 4–6, Vestbyskolan")),
       S("edu", I("2010 – 2014", "Grundlärarexamen med inriktning mot årskurs 4–6, Vestby högskola")),
       S("auth", "Lärarlegitimation, behörig i åk 4–6 (sv, ma, no)"),
       S("lang", "Svenska – modersmål", "Engelska – flytande")),
    cv("sofia-lindgren.docx", "sv", "docx", "table", "MMMMMX",
       "'Legitimerad lärare, behörig för förskoleklass och åk 1–3' is the legitimation for F–3; the "
       "older 'Lärarexamen för grundskolans tidigare år'; role 'Klasslärare'.",
       "Sofia Lindgren", "Legitimerad lärare · Granby · sofia.lindgren@example.se · 070-174 06 55",
       S("exp", I("2009 – nu", "Klasslärare åk 2, Ekbackens skola, Granby")),
       S("edu", I("2005 – 2009", "Lärarexamen för grundskolans tidigare år, Granby högskola")),
       S("auth", "Legitimerad lärare, behörig för förskoleklass och åk 1–3"),
       S("lang", "Svenska: modersmål", "Engelska: goda kunskaper")),
    cv("emma-persson.txt", "sv", "txt", "dates-after", "MMMMMX",
       "Dates in brackets after the titles; earlier years as förskollärare do not matter; English 'B2'.",
       "Emma Persson", "Grundlärare F–3 · Havbu · emma.persson@example.se",
       S("exp", I("2019 – nu", "Lärare i förskoleklass och åk 1, Havbu skola"),
         I("2012 – 2016", "Förskollärare, förskolan Lönnen")),
       S("edu", I("2016 – 2019", "Grundlärarexamen F–3"), I("2009 – 2012", "Förskollärarexamen")),
       S("auth", "Lärarlegitimation F–3"),
       S("lang", "Svenska – modersmål", "Engelska – B2"),
       upper=False, rule=True),
    cv("mette-dahl.docx", "da", "docx", "one-column", "UMMNMX",
       "Danish teacher: læreruddannelsen is an equivalent degree, no Swedish legitimation; Swedish 'taler "
       "godt' is below the 'mycket goda' (C1) asked for.",
       "Mette Dahl", "Lærer · Sønderby · mette.dahl@example.dk · +45 12 34 56 57",
       S("exp", I("2015 – nu", "Lærer (dansk og matematik, 1.–3. klasse), Sønderby Skole")),
       S("edu", I("2011 – 2015", "Læreruddannelsen (professionsbachelor), Sønderby Professionshøjskole")),
       S("lang", "Dansk – modersmål", "Svensk – forstår og taler godt", "Engelsk – flydende")),
    cv("jakob-nilsson.pdf", "en", "pdf", "right-dates", "MMMMMX",
       "English CV of a Swedish teacher: 'Swedish teacher certification (lärarlegitimation), qualified "
       "for preschool class and years 1–3'; role 'Class teacher'.",
       "Jakob Nilsson", "Primary school teacher · Granby, Sweden · jakob.nilsson@example.com",
       S("exp", I("Aug 2020 – present", "Class teacher, Year 2, Granby International School")),
       S("edu", I("2016 – 2020", "Bachelor of Arts in Primary Education (Grundlärarexamen F–3), Granby University")),
       S("auth", "Swedish teacher certification (lärarlegitimation), qualified for preschool class and years 1–3",
         head="Certification"),
       S("lang", "Swedish – native", "English – native (bilingual)")),
)

# ===========================================================================
# 7. nb: Barnehagelærer / pedagogisk leder
# ===========================================================================
job("barnehagelaerer", "Pedagogisk leder, Solsikken barnehage", "nb", "kindergarten teacher", [
    ("Utdanning som barnehagelærer", "education"),
    ("Minst 2 års erfaring fra barnehage", "experience"),
    ("Norskkunnskaper tilsvarende nivå B2", "language"),
    ("Kjennskap til Rammeplan for barnehagen", "must_mention"),
    ("Politiattest (ikke eldre enn 3 måneder)", "manual"),
    ("Gode samarbeidsevner", "manual"),
],
    cv("marte-solheim.pdf", "nb", "pdf", "two-column", "MMMMXX",
       "Meets everything; Rammeplan for barnehagen named in a job bullet.",
       "Marte Solheim", "Barnehagelærer · Fjellby · marte.solheim@example.no · 123 45 661",
       S("exp", I("aug. 2017 – d.d.", "Pedagogisk leder, Kløverenga barnehage",
                  "Planlegging og dokumentasjon etter Rammeplan for barnehagen"),
         I("2014 – 2017", "Barnehageassistent (deltid under studiene), Kløverenga barnehage")),
       S("edu", I("2014 – 2017", "Bachelor i barnehagelærerutdanning, Fjellby høgskole")),
       S("lang", "Norsk – morsmål", "Engelsk – god"),
       order="rows"),
    cv("erik-nygaard.pdf", "nn", "pdf", "two-column", "MMMMXX",
       "Nynorsk two-column PDF, main column first in the stream; 'Barnehagelærarutdanning (bachelor)', "
       "'rammeplanen' inflected.",
       "Erik Nygaard", "Barnehagelærar · Havbu",
       S("contact", "Havbu", "erik.nygaard@example.no", "123 45 662"),
       S("lang", "Norsk – morsmål", "Engelsk – god"),
       S("lic", "B"),
       S("profile", "Barnehagelærar som er glad i uteleik og friluftsliv."),
       S("exp", I("2020 – d.d.", "Pedagogisk leiar, Tusenfryd barnehage, Havbu",
                  "Arbeider etter rammeplanen med vekt på natur og friluftsliv")),
       S("edu", I("2017 – 2020", "Barnehagelærarutdanning (bachelor), Høgskulen i Havbu")),
       order="right-first"),
    cv("anna-svensson.txt", "sv", "txt", "one-column", "MMNUXX",
       "Swedish förskollärare approved as barnehagelærer by Udir; years in a Swedish förskola are "
       "kindergarten experience; Norwegian B1 is below B2; Lpfö 18 is not the Rammeplan.",
       "Anna Svensson", "Förskollärare · Granby · anna.svensson@example.se",
       S("exp", I("2015 – 2024", "Förskollärare, förskolan Lönnen, Granby kommun")),
       S("edu", I("2012 – 2015", "Förskollärarexamen, 210 hp, Granby universitet")),
       S("auth", "Godkjent som barnehagelærer av Utdanningsdirektoratet (2024)", head="Godkännande"),
       S("lang", "Svenska – modersmål", "Norska – B1 (muntligt och skriftligt)", "Engelska – goda kunskaper"),
       S("other", "Arbetat med Läroplan för förskolan (Lpfö 18)")),
    cv("sigrid-nes.docx", "nb", "docx", "table", "UMMMXX",
       "Barne- og ungdomsarbeider with 14 years in a barnehage; the barnehagelærer bachelor is 'forventet "
       "ferdig juni 2027' (unclear).",
       "Sigrid Nes", "Fagarbeider i barnehage · Vestby · sigrid.nes@example.no · 123 45 664",
       S("exp", I("2012 – d.d.", "Barne- og ungdomsarbeider, Bekkely barnehage",
                  "Ansvar for språkgrupper, arbeid etter rammeplan for barnehagen")),
       S("edu", I("2023 – 2027", "Bachelor i barnehagelærerutdanning, deltid, Vestby høgskole – forventet "
                                 "ferdig juni 2027"),
         I("2012", "Fagbrev som barne- og ungdomsarbeider")),
       S("lang", "Norsk – morsmål", "Engelsk – grunnleggende")),
    cv("peter-hansen.docx", "da", "docx", "bold-headings", "UMNUXX",
       "Danish pædagog: the degree is not approved as barnehagelærer (unclear); børnehave years count; "
       "Norwegian A2 is below B2.",
       "Peter Hansen", "Pædagog · Sønderby · peter.hansen@example.dk · +45 12 34 56 65",
       S("exp", I("2010 – nu", "Pædagog, Børnehaven Mælkebøtten, Sønderby")),
       S("edu", I("2006 – 2010", "Pædagoguddannelsen (professionsbachelor), Sønderby Professionshøjskole")),
       S("lang", "Dansk – modersmål", "Engelsk – godt", "Norsk – begynder (A2)")),
    cv("fatou-diallo.docx", "en", "docx", "one-column", "MMMMXX",
       "English CV: 'kindergarten' for barnehage, the degree glossed '(barnehagelærer)', Norwegian C1, "
       "Rammeplan named in brackets.",
       "Fatou Diallo", "Kindergarten teacher · Fjellby, Norway · fatou.diallo@example.com · 123 45 666",
       S("exp", I("Aug 2019 – present", "Pedagogical leader, Regnbuen kindergarten, Fjellby",
                  "Planning with the Framework Plan for Kindergartens (Rammeplan for barnehagen)"),
         I("2016 – 2019", "Assistant, Regnbuen kindergarten (part-time while studying)")),
       S("edu", I("2016 – 2019", "Bachelor's degree in Early Childhood Education and Care (barnehagelærer), "
                                 "Fjellby University College")),
       S("lang", "French – native", "Wolof – native", "Norwegian – C1 (Norskprøven)", "English – fluent")),
    cv("ida-myklebust.txt", "nn", "txt", "no-headings", "MMMMXX",
       "Nynorsk, no headings; the degree is stated in the profile sentence ('Barnehagelærar med bachelor').",
       "Ida Myklebust", "Havbu · ida.myklebust@example.no · 123 45 667",
       S("profile", "Barnehagelærar med bachelor frå Høgskulen i Havbu (2008). Eg kjenner rammeplanen godt og "
                    "har vore med på å innføre han i to barnehagar."),
       S("exp", I("2014 – d.d.", "Styrar, Lauvhaugen barnehage"), I("2008 – 2014", "Pedagogisk leiar, Kvitveis barnehage")),
       S("lang", "Norsk – morsmål", "Engelsk – god")),
    cv("thea-karlsen.pdf", "nn", "pdf", "right-dates", "MMMUXX",
       "'Førskulelærarutdanning' is the old name of the barnehagelærar education; eleven years in "
       "barnehage before an office job; no Rammeplan.",
       "Thea Karlsen", "Førskulelærar · Fjordheim · thea.karlsen@example.no · 123 45 668",
       S("exp", I("2010 – d.d.", "Kontormedarbeidar, Fjordheim Rekneskap AS"),
         I("2003 – 2010", "Styrar, Hagen barnehage"), I("1999 – 2003", "Førskulelærar, Hagen barnehage")),
       S("edu", I("1996 – 1999", "Førskulelærarutdanning, Høgskulen i Fjordheim")),
       S("lang", "Norsk – morsmål")),
)

# ===========================================================================
# 8. en: Electrical engineer
# ===========================================================================
job("electrical-engineer", "Electrical Engineer, power distribution", "en", "engineer", [
    ("MSc in Electrical Engineering or equivalent", "education"),
    ("At least 5 years of experience as an electrical engineer", "experience"),
    ("Fluent English, written and spoken", "language"),
    ("Valid driver's license", "driving_licence"),
    ("Experience with AutoCAD or EPLAN", "must_mention"),
    ("Must be eligible for security clearance", "manual"),
],
    cv("henrik-aas.pdf", "en", "pdf", "europass", "MMMMMX",
       "Europass PDF with a label column; English C1 in every column of the CEFR grid.",
       "Henrik Aas", "Electrical engineer · Fjellby, Norway · henrik.aas@example.com",
       S("exp", I("09/2014 – Present", "Electrical Engineer", "Fjellby Nett AS, Norway",
                  "Design of 22 kV distribution substations in AutoCAD Electrical"), head="Work experience"),
       S("edu", I("2009 – 2014", "MSc Electrical Power Engineering", "Fjellby University of Technology"),
         head="Education and training"),
       S("lang", KV("Mother tongue(s)", "Norwegian"),
         KV("Other language(s)", "UNDERSTANDING (Listening, Reading)  SPEAKING (Interaction, Production)  WRITING"),
         KV("English", "C1   C1   C1   C1   C1"), head="Personal skills"),
       S("lic", KV("Driving licence", "B"), head="Additional information")),
    cv("sivert-moen.docx", "nb", "docx", "dates-after", "MMMMMX",
       "Norwegian CV: 'Sivilingeniør (master) i elkraftteknikk', role 'Elkraftingeniør', EPLAN.",
       "Sivert Moen", "Sivilingeniør elkraft · Vestby · sivert.moen@example.no · 123 45 672",
       S("exp", I("2012 – d.d.", "Elkraftingeniør, Vestby Energi AS",
                  "Prosjektering av nettstasjoner og lavspentfordeling i EPLAN Electric P8")),
       S("edu", I("2007 – 2012", "Sivilingeniør (master) i elkraftteknikk, Vestby tekniske universitet")),
       S("lang", "Norsk – morsmål", "Engelsk – flytende"),
       S("lic", "Førerkort klasse B")),
    cv("maria-garcia.pdf", "en", "pdf", "two-column", "UUMMMX",
       "Mechanical, not electrical: the MSc and eight years as mechanical engineer do not show the "
       "electrical degree or experience.",
       "Maria García", "Mechanical engineer · Granby",
       S("contact", "maria.garcia@example.com", "070-174 06 73"),
       S("lang", "Spanish – native", "English – fluent (C2)", "Swedish – B1"),
       S("lic", "B"),
       S("skills", "AutoCAD", "SolidWorks", "MATLAB", head="Software"),
       S("profile", "Mechanical engineer with eleven years of experience in product development."),
       S("exp", I("2023 – present", "Design Engineer (mechanical), Granby Turbines AB"),
         I("2015 – 2023", "Mechanical Engineer, Granby Pumps AB")),
       S("edu", I("2010 – 2015", "MSc Mechanical Engineering, Technical University of Valdoria")),
       order="rows", rows=False),
    cv("jens-kofoed.txt", "da", "txt", "one-column", "MMMMMX",
       "Danish 'Cand.polyt. i elektroteknik (civilingeniør)'; roles 'Elektroingeniør' and "
       "'Projektingeniør (el-installationer)'.",
       "Jens Kofoed", "Civilingeniør, el · Sønderby · jens.kofoed@example.dk · +45 12 34 56 74",
       S("exp", I("2014 – nu", "Projektingeniør (el-installationer), Sønderby Rådgivning A/S"),
         I("2010 – 2014", "Elektroingeniør, Sønderby Forsyning")),
       S("edu", I("2005 – 2010", "Cand.polyt. i elektroteknik (civilingeniør), Danmarks Polytekniske Skole")),
       S("lang", "Dansk – modersmål", "Engelsk – flydende i skrift og tale"),
       S("lic", "B"),
       S("skills", "AutoCAD, EPLAN, Revit", head="IT")),
    cv("anna-lindstrom.docx", "sv", "docx", "europass", "MUMMMX",
       "Swedish Europass table: civilingenjör in elektroteknik, but only 51 months as elkonstruktör since "
       "09/2022 (a parallel consulting job overlaps, it adds no months); the thesis is not work.",
       "Anna Lindström", "Civilingenjör elektroteknik · Granby · anna.lindstrom@example.se",
       S("exp", I("09/2022 – nu", "Elkonstruktör", "Granby Kraft AB", "Konstruktion av ställverk i EPLAN"),
         I("09/2022 – 12/2024", "Elkonstruktör (konsult, 20 %)", "Eget företag, parallellt med anställningen"),
         I("01/2021 – 06/2021", "Examensarbete", "Granby Kraft AB")),
       S("edu", I("2016 – 2021", "Civilingenjör i elektroteknik (300 hp)", "Granby tekniska högskola")),
       S("lang", KV("Modersmål", "Svenska"), KV("Övriga språk", "FÖRSTÅ   TALA   SKRIVA"),
         KV("Engelska", "C1   C1   C1   C1   C1"), head="Personliga färdigheter"),
       S("lic", KV("Körkort", "B"), head="Kompletterande information")),
    cv("ravi-kumar.pdf", "en", "pdf", "right-dates", "UMMNMX",
       "B.Tech plus an MSc expected 2027 (unclear); 'No driving licence' contradicts the licence.",
       "Ravi Kumar", "Electrical Engineer · Fjellby · ravi.kumar@example.com · 123 45 676",
       S("exp", I("Aug 2022 – Present", "Electrical Engineer, Fjellby Nett AS"),
         I("Jul 2010 – Jun 2022", "Electrical Engineer, Eastern Grid Services, India")),
       S("edu", I("2024 – 2027", "MSc Electrical Power Engineering (part-time, expected 2027), Fjellby "
                                 "University of Technology"),
         I("2006 – 2010", "Bachelor of Technology, Electrical Engineering, Eastern Institute of Technology")),
       S("lang", "English – fluent", "Hindi – native", "Norwegian – A2"),
       S("lic", "No driving licence"),
       S("skills", "AutoCAD, ETAP")),
    cv("kjersti-bo.txt", "nn", "txt", "one-column", "MMMMMX",
       "Nynorsk: 'Master i elkraftteknikk', 'Elkraftingeniør' then 'Prosjektingeniør elektro', "
       "English 'flytande'.",
       "Kjersti Bø", "Elkraftingeniør · Fjordheim · kjersti.bo@example.no · 123 45 677",
       S("exp", I("2019 – d.d.", "Prosjektingeniør elektro, Fjordheim Kraft AS"),
         I("2016 – 2019", "Elkraftingeniør, Vestnett AS")),
       S("edu", I("2011 – 2016", "Master i elkraftteknikk, Fjordheim tekniske universitet")),
       S("lang", "Norsk – morsmål", "Engelsk – flytande"),
       S("lic", "Klasse B"),
       S("skills", "AutoCAD, Netbas, PowerFactory", head="Dataverktøy"),
       upper=False),
    cv("tobias-meyer.docx", "en", "docx", "table", "MMNMMX",
       "'Dipl.-Ing. Elektrotechnik (equivalent to MSc)'; English only 'good', below fluent (not met).",
       "Tobias Meyer", "Senior electrical engineer · Fjellby · tobias.meyer@example.com · 123 45 678",
       S("exp", I("2008 – present", "Senior Electrical Engineer, Rhein Energie Technik GmbH (Germany), remote "
                                   "since 2024")),
       S("edu", I("2002 – 2008", "Dipl.-Ing. Elektrotechnik (equivalent to MSc), Technische Hochschule Altstadt")),
       S("lang", "German – native", "English – good", "Norwegian – basic"),
       S("lic", "Driving licence: class B"),
       S("skills", "EPLAN, AutoCAD")),
)

# ===========================================================================
# 9. nn: Systemutviklar
# ===========================================================================
job("systemutviklar", "Systemutviklar, Fjordheim kommune", "nn", "software developer", [
    ("Bachelorgrad i informatikk eller tilsvarande", "education"),
    ("Minst 3 års erfaring som systemutviklar", "experience"),
    ("Erfaring med Java eller Kotlin", "must_mention"),
    ("Gode norskkunnskapar munnleg og skriftleg", "language"),
    ("Gode engelskkunnskapar", "language"),
    ("Må kunne tryggleiksklarerast", "manual"),
],
    cv("oddny-lid.pdf", "nn", "pdf", "dates-after", "MMMMMX",
       "Straightforward nynorsk CV.",
       "Oddny Lid", "Systemutviklar · Fjordheim · oddny.lid@example.no · 123 45 681",
       S("exp", I("2017 – d.d.", "Systemutviklar, Fjordheim IKT AS", "Backend i Kotlin og Java (Spring Boot), PostgreSQL")),
       S("edu", I("2014 – 2017", "Bachelor i informatikk, Universitetet i Fjordheim")),
       S("lang", "Norsk – morsmål", "Engelsk – flytande")),
    cv("magnus-berg.pdf", "nb", "pdf", "two-column", "MMMMMX",
       "A master in datateknikk (siv.ing.) covers the bachelor; 'Backend-utvikler' is a developer; a "
       "summer job aside.",
       "Magnus Berg", "Backend-utvikler · Fjellby",
       S("contact", "magnus.berg@example.no", "123 45 682"),
       S("skills", "Java, Spring", "Kotlin", "PostgreSQL, Kafka", "Docker, Kubernetes", head="Teknologi"),
       S("lang", "Norsk – morsmål", "Engelsk – flytende"),
       S("profile", "Backend-utvikler med erfaring fra bank og betalingsløsninger."),
       S("exp", I("2019 – d.d.", "Backend-utvikler, Fjellby Bank"), I("2018", "Sommerstudent, Fjellby Bank")),
       S("edu", I("2014 – 2019", "Master i datateknikk (siv.ing.), Fjellby tekniske universitet")),
       order="left-first"),
    cv("li-wei.txt", "en", "txt", "one-column", "MMMNMX",
       "English CV: 'Software Engineer' is a systemutviklar; Norwegian A2 is below good (not met).",
       "Li Wei", "Software engineer · Fjordheim · li.wei@example.com",
       S("exp", I("2021 – present", "Software Engineer, Fjordheim Maritime Software AS"),
         I("2016 – 2021", "Software Engineer, Eastbay Systems Ltd.")),
       S("edu", I("2012 – 2016", "BSc Computer Science, Eastbay University")),
       S("skills", "Java, Kotlin, TypeScript, AWS"),
       S("lang", "Chinese – native", "English – fluent", "Norwegian – A2 (attending a B1 course)")),
    cv("sindre-aa.pdf", "nn", "pdf", "one-column", "UMUMMX",
       "Årsstudium is not a bachelor; seven years as 'Utviklar'; JavaScript and TypeScript only, which is "
       "not Java.",
       "Sindre Aa", "Utviklar · Havbu · sindre.aa@example.no · 123 45 684",
       S("exp", I("2019 – d.d.", "Utviklar, Havbu Webbyrå AS", "Frontend i JavaScript og TypeScript (React)")),
       S("edu", I("2018 – 2019", "Årsstudium i informatikk, Høgskulen i Havbu"),
         I("2015 – 2017", "Fagbrev i IKT-servicefaget")),
       S("skills", "JavaScript, TypeScript, React, Node.js"),
       S("lang", "Norsk – morsmål", "Engelsk – god")),
    cv("eva-strom.docx", "sv", "docx", "one-column", "MMMMMX",
       "Swedish CV: kandidatexamen i datavetenskap, 'Systemutvecklare', Norwegian 'flytande i tal och skrift'.",
       "Eva Ström", "Systemutvecklare · Granby · eva.strom@example.se · 070-174 06 85",
       S("exp", I("2018 – nu", "Systemutvecklare, Granby Data AB", "Android-appar i Kotlin, backend i Java")),
       S("edu", I("2015 – 2018", "Kandidatexamen i datavetenskap, Granby universitet")),
       S("lang", "Svenska – modersmål", "Norska – flytande i tal och skrift", "Engelska – flytande")),
    cv("kim-tran.txt", "nn", "txt", "badly-written", "MUMMMX",
       "Running nynorsk prose: developer since January 2024 = 35 months, just under three years.",
       raw="""
Kim Tran
Fjordheim, kim.tran@example.no

Eg har jobba som utviklar sidan januar 2024 i Fjordheim Data, mest Java og litt Kotlin.
Bachelor i informatikk frå Universitetet i Fjordheim, ferdig 2023.
Snakkar og skriv norsk og engelsk flytande.
"""),
    cv("ole-hauge.pdf", "nb", "pdf", "right-dates", "MMMMMX",
       "Bachelor i informasjonsteknologi is an equivalent degree; 'Fullstack-utvikler' then 'Senior "
       "systemutvikler'; right-aligned dates.",
       "Ole Hauge", "Systemutvikler · Fjellby · ole.hauge@example.no · 123 45 687",
       S("exp", I("2020 – d.d.", "Senior systemutvikler, Fjellby Forsikring"),
         I("2015 – 2020", "Fullstack-utvikler, Byte Konsulent AS")),
       S("edu", I("2012 – 2015", "Bachelor i informasjonsteknologi, Fjellby høgskole")),
       S("skills", "Kotlin, Java, React, Azure"),
       S("lang", "Norsk – morsmål", "Engelsk – svært god")),
    cv("nina-foss.docx", "nn", "docx", "table", "UMMMMX",
       "Bachelor 'ikkje fullført, 150 av 180 studiepoeng' (unclear); ten years as systemutviklar.",
       "Nina Foss", "Systemutviklar · Vestby · nina.foss@example.no · 123 45 688",
       S("exp", I("2016 – d.d.", "Systemutviklar, Vestby kommune IT", "Java, Kotlin, Oracle")),
       S("edu", I("2012 – 2015", "Bachelor i informatikk, Universitetet i Vestby (ikkje fullført, 150 av 180 "
                                 "studiepoeng)")),
       S("lang", "Norsk – morsmål", "Engelsk – god")),
)

# ===========================================================================
# 10. da: Bogholder
# ===========================================================================
job("bogholder", "Bogholder / regnskabsmedarbejder", "da", "accountant", [
    ("Relevant uddannelse inden for regnskab eller økonomi", "education"),
    ("Minimum 3 års erfaring med bogføring", "experience"),
    ("Erfaring med e-conomic eller Dinero", "must_mention"),
    ("Flydende dansk i skrift og tale", "language"),
    ("Gode engelskkundskaber", "language"),
    ("Ren straffeattest", "manual"),
],
    cv("birgitte-holm.pdf", "da", "pdf", "one-column", "MMMMMX",
       "Meets everything: finansøkonom, bogholder since 2012, e-conomic.",
       "Birgitte Holm", "Bogholder · Horsby · birgitte.holm@example.dk · +45 12 34 56 91",
       S("exp", I("2012 – nu", "Bogholder, Horsby VVS ApS", "Bogføring, debitor/kreditor, moms og løn i e-conomic")),
       S("edu", I("2010 – 2012", "Finansøkonom (erhvervsakademiuddannelse), Erhvervsakademi Horsby")),
       S("lang", "Dansk – modersmål", "Engelsk – godt")),
    cv("rasmus-friis.docx", "da", "docx", "table", "MMMMMX",
       "'Bogholder' since 2016 is bookkeeping experience though the word 'bogføring' is not written; HD-R.",
       "Rasmus Friis", "Regnskabsmedarbejder · Kolby · rasmus.friis@example.dk · +45 12 34 56 92",
       S("exp", I("2016 – nu", "Bogholder, Kolby Revision"), I("2014 – 2016", "Regnskabsassistent, Kolby Kommune")),
       S("edu", I("2012 – 2016", "HD i regnskab og økonomistyring (HD-R), Kolby Handelshøjskole")),
       S("skills", "Dinero, e-conomic, Excel", head="IT"),
       S("lang", "Dansk – modersmål", "Engelsk – gode kundskaber")),
    cv("agnieszka-nowak.txt", "en", "txt", "one-column", "MMMNMX",
       "English CV: bookkeeper in Denmark since 2019 and accountant before; Danish B2 is below the "
       "'flydende' (C1) asked for.",
       "Agnieszka Nowak", "Bookkeeper · Horsby, Denmark · agnieszka.nowak@example.com",
       S("exp", I("2019 – present", "Bookkeeper, Horsby Transport A/S (e-conomic)"),
         I("2011 – 2019", "Accountant, Biuro Rachunkowe Lipa (Poland)")),
       S("edu", I("2006 – 2011", "Master in Finance and Accounting, Vistula School of Economics")),
       S("lang", "Polish – native", "English – fluent", "Danish – B2 (Prøve i Dansk 3)")),
    cv("sune-bach.pdf", "da", "pdf", "two-column", "MMMMNX",
       "Kontoruddannelse med speciale i regnskab is relevant education; English 'grundlæggende' is below "
       "good (not met).",
       "Sune Bach", "Bogholder · Kolby",
       S("contact", "sune.bach@example.dk", "+45 12 34 56 94"),
       S("lang", "Dansk – modersmål", "Engelsk – grundlæggende"),
       S("skills", "e-conomic", "Excel", head="IT"),
       S("profile", "Bogholder i en mindre virksomhed med ansvar for den løbende bogføring."),
       S("exp", I("09.2020 – nu", "Bogholder, Kolby Tømrer ApS", "Løbende bogføring og afstemning"),
         I("2018 – 2020", "Kontorelev (regnskab), Kolby Revision")),
       S("edu", I("2018 – 2020", "Kontoruddannelse med speciale i regnskab (EUD)")),
       order="right-first"),
    cv("maja-kjaer.docx", "da", "docx", "bold-headings", "MMMMMX",
       "Role 'Økonomiansvarlig' with 'Ansvar for bogføring' since 2018; cand.merc.aud.",
       "Maja Kjær", "Cand.merc.aud. · Horsby · maja.kjaer@example.dk · +45 12 34 56 95",
       S("exp", I("2018 – nu", "Økonomiansvarlig, Horsby Møbler A/S",
                  "Ansvar for bogføring, moms, løn og årsafslutning i Dinero"),
         I("2014 – 2018", "Revisorassistent, Horsby Revision")),
       S("edu", I("2009 – 2014", "Cand.merc.aud., Horsby Handelshøjskole")),
       S("lang", "Dansk – modersmål", "Engelsk – flydende")),
    cv("lars-eriksson.pdf", "sv", "pdf", "right-dates", "MMUUMX",
       "Swedish redovisningsekonom: 'Löpande bokföring' is bookkeeping; Fortnox and Visma, not e-conomic "
       "or Dinero; Danish only understood.",
       "Lars Eriksson", "Redovisningsekonom · Malmby · lars.eriksson@example.se · 070-174 06 96",
       S("exp", I("2010 – nu", "Redovisningsekonom, Malmby Redovisningsbyrå AB",
                  "Löpande bokföring, bokslut och deklarationer i Fortnox och Visma")),
       S("edu", I("2006 – 2010", "Civilekonomexamen, inriktning redovisning, Malmby universitet")),
       S("lang", "Svenska – modersmål", "Danska – förstår bra", "Engelska – flytande")),
    cv("hanne-lauritsen.txt", "da", "txt", "dates-after", "MMMMMX",
       "Dates after the titles; part-time bookkeeper since 2021 (71 months); merkonom i regnskab.",
       "Hanne Lauritsen", "Kolby · hanne.lauritsen@example.dk",
       S("exp", I("2021 – nu", "Bogholder, Tømrerfirma Lund, deltid 25 timer/uge"),
         I("2010 – 2021", "Kontorassistent, Kolby Kommune")),
       S("edu", I("2013 – 2015", "Merkonom i regnskab")),
       S("skills", "e-conomic og Excel", head="IT"),
       S("lang", "Dansk – modersmål", "Engelsk – godt")),
    cv("mikkel-storm.docx", "en", "docx", "one-column", "UUMMMX",
       "Student: BSc expected 2027 and a student job with bookkeeping since Feb 2024 (34 months).",
       "Mikkel Storm", "Student · Kolby · mikkel.storm@example.com · +45 12 34 56 98",
       S("exp", I("Feb 2024 – present", "Student assistant (bookkeeping), Kolby Consulting ApS, 15 hours a week",
                  "Bookkeeping in e-conomic")),
       S("edu", I("2023 – 2027", "BSc in Economics and Business Administration, Kolby Business School "
                                 "(expected 2027)")),
       S("lang", "Danish – native", "English – fluent")),
)

# ===========================================================================
# 11. sv: Kock
# ===========================================================================
job("kock", "Kock à la carte, Granby Hotell", "sv", "chef", [
    ("Kockutbildning från gymnasiet eller motsvarande", "education"),
    ("Minst 3 års erfarenhet som kock", "experience"),
    ("Utbildning i livsmedelshygien", "certificate"),
    ("Goda kunskaper i svenska", "language"),
    ("Erfarenhet av à la carte", "must_mention"),
    ("Arbete kvällar och helger", "manual"),
],
    cv("oskar-lind.docx", "sv", "docx", "table", "MMMMMX",
       "Meets everything: restaurang- och livsmedelsprogrammet, kock since 2014, livsmedelshygien nivå 2.",
       "Oskar Lind", "Kock · Granby · oskar.lind@example.se · 070-174 06 91",
       S("exp", I("2019 – nu", "Kock à la carte, Hotell Granby"), I("2014 – 2019", "Kock, Restaurang Sjöboden")),
       S("edu", I("2011 – 2014", "Restaurang- och livsmedelsprogrammet, inriktning kök och servering, Granby "
                                 "gymnasium")),
       S("cert", "Livsmedelshygien, nivå 2 (2023)"),
       S("lang", "Svenska – modersmål", "Engelska – goda kunskaper")),
    cv("nils-vik.pdf", "nb", "pdf", "two-column", "MMMNMX",
       "Norwegian kokk with fagbrev and hygienebevis; Swedish 'snakker litt' is below good (not met).",
       "Nils Vik", "Kokk · Fjellby",
       S("contact", "nils.vik@example.no", "123 45 702"),
       S("lang", "Norsk – morsmål", "Svensk – forstår godt, snakker litt", "Engelsk – god"),
       S("cert", "Hygienekurs for næringsmiddelarbeidere (hygienebevis), 2022", head="Kurs"),
       S("profile", "Kokk med fagbrev og ti års erfaring fra à la carte og selskap."),
       S("exp", I("2016 – d.d.", "Kokk, Restaurant Fjellstua", "À la carte for 70 gjester, selskaper")),
       S("edu", I("2016", "Fagbrev som kokk")),
       order="rows"),
    cv("amira-haddad.txt", "sv", "txt", "one-column", "MUMMUX",
       "Kock only 12 + 21 = 33 months; eight years as köksbiträde (kitchen assistant) are not cook "
       "experience; lunch restaurant, no à la carte.",
       "Amira Haddad", "Kock · Malmby · amira.haddad@example.se",
       S("exp", I("mars 2025 – nu", "Kock, Lunchrestaurangen Smak, Malmby"),
         I("2017 – 2025", "Köksbiträde, Malmby skolkök"),
         I("jan. 2013 – dec. 2013", "Kock, Restaurant Cedar, Beirut")),
       S("edu", I("2015 – 2016", "Yrkesutbildning kock, Komvux Malmby")),
       S("cert", "Livsmedelshygien (2024)", head="Certifikat"),
       S("lang", "Arabiska – modersmål", "Svenska – goda kunskaper", "Engelska – grundläggande")),
    cv("frederik-holt.docx", "da", "docx", "table", "MMMMMX",
       "Danish kok with svendebrev; 'Hygiejnebevis' is food hygiene training; Swedish 'flydende'; "
       "'À la carte-køkken' in capitals.",
       "Frederik Holt", "Kok · Sønderby · frederik.holt@example.dk · +45 12 34 56 04",
       S("exp", I("2012 – nu", "Kok, Restaurant Havnekøkkenet, Sønderby", "À la carte-køkken med 60 kuverter"),
         I("2008 – 2012", "Kokkeelev, Hotel Sønderby")),
       S("edu", I("2008 – 2012", "Kokkeuddannelsen, svendebrev 2012, Sønderby Hotel- og Restaurantskole")),
       S("cert", "Hygiejnebevis (2019)"),
       S("lang", "Dansk – modersmål", "Svensk – flydende", "Engelsk – godt")),
    cv("julia-strand.pdf", "sv", "pdf", "dates-after", "MMUMMX",
       "Overlapping jobs (kock since 2021, souschef since 2024, same place); food hygiene course only "
       "planned for spring 2027.",
       "Julia Strand", "Kock · Vestby · julia.strand@example.se · 070-174 06 05",
       S("exp", I("2024 – nu", "Souschef, Vestby Värdshus"),
         I("jun. 2021 – nu", "Kock, Vestby Värdshus (à la carte och catering)")),
       S("edu", I("2018 – 2021", "Restaurang- och livsmedelsprogrammet (kök), Vestby gymnasium")),
       S("cert", "Livsmedelshygien: planerad kurs våren 2027"),
       S("lang", "Svenska – modersmål")),
    cv("george-white.pdf", "en", "pdf", "right-dates", "MMMMMX",
       "English 'Head Chef' and 'Chef de partie' are cooks; NVQ Level 3 in Professional Cookery is a "
       "vocational cookery education; Swedish 'good (B2)'.",
       "George White", "Head chef · Granby, Sweden · george.white@example.com",
       S("exp", I("2015 – present", "Head Chef, The Oak Room, Granby (à la carte, 80 covers)"),
         I("2010 – 2015", "Chef de partie, Harbour Hotel, Seaford")),
       S("edu", I("2008 – 2010", "NVQ Level 3 Diploma in Professional Cookery, Seaford College")),
       S("cert", "Food hygiene certificate, Level 2 (2025)"),
       S("lang", "English – native", "Swedish – good (B2)")),
    cv("elsa-bergqvist.txt", "sv", "txt", "badly-written", "UMMUMX",
       "Short informal note: self-stated 5 years as kock, 'har hygienbevis', no education, 'pratar "
       "svenska' without a level.",
       raw="""
Elsa Bergqvist
elsa.b@example.se

Hej! jag har jobbat som kock i 5 år på olika ställen i Granby, både à la carte och catering. har hygienbevis. pratar svenska. är snabb och stresstålig och gillar att jobba kvällar.
"""),
    cv("petra-aho.docx", "sv", "docx", "one-column", "MMMMMX",
       "A one-year kockutbildning at a yrkeshögskola is equivalent to the upper-secondary one; "
       "'Kallskänka' before 'Kock, à la carte'.",
       "Petra Aho", "Kock · Havbu · petra.aho@example.se · 070-174 06 08",
       S("exp", I("2019 – nu", "Kock, à la carte, Restaurang Fyren, Havbu"), I("2017 – 2019", "Kallskänka, Havbu Konferens")),
       S("edu", I("2016 – 2017", "Kockutbildning, yrkeshögskola (1 år), Restaurangskolan Havbu")),
       S("cert", "Livsmedelshygien nivå 1"),
       S("lang", "Finska – modersmål", "Svenska – flytande")),
)

# ===========================================================================
# 12. en: Cleaner
# ===========================================================================
job("cleaner", "Cleaning operative, offices (Fjellby, Norway)", "en", "cleaner", [
    ("At least 1 year of experience in professional cleaning", "experience"),
    ("Good spoken English or Norwegian", "language"),
    ("Valid driving licence class B", "driving_licence"),
    ("Valid first aid certificate", "certificate"),
    ("Must be able to start work at 06:00", "manual"),
    ("Must be able to work independently", "manual"),
],
    cv("maria-santos.pdf", "en", "pdf", "one-column", "MMMMXX",
       "Meets everything: cleaner since March 2022, English fluent, first aid course 2025.",
       "Maria Santos", "Cleaner · Fjellby · maria.santos@example.com · 123 45 731",
       S("exp", I("Mar 2022 – present", "Cleaner, Clean Nord AS (offices and schools)"),
         I("2018 – 2021", "Shop assistant, Loja Azul, Portugal")),
       S("cert", "First aid course, Norwegian Red Cross (2025)"),
       S("lic", "Driving licence: B"),
       S("lang", "Portuguese – native", "English – fluent", "Norwegian – basic")),
    cv("ewa-nowak.txt", "nb", "txt", "one-column", "MMMMXX",
       "Norwegian CV: 'Renholder' since 2019 is cleaning; Norwegian 'god muntlig' is good spoken (written "
       "is not asked for).",
       "Ewa Nowak", "Renholder · Fjellby · ewa.nowak@example.no · 123 45 732",
       S("exp", I("2019 – d.d.", "Renholder, Fjellby Renhold AS (kontorbygg)"),
         I("2015 – 2019", "Hotellrengjøring, Hotel Fjellby")),
       S("cert", "Førstehjelpskurs (2024)", head="Kurs"),
       S("lic", "Førerkort klasse B"),
       S("lang", "Polsk – morsmål", "Norsk – god muntlig, grunnleggende skriftlig", "Engelsk – grunnleggende")),
    cv("abdi-hassan.pdf", "en", "pdf", "two-column", "UMUUXX",
       "Six months of part-time cleaning, then warehouse work; licence 'expired 2023'; no first aid.",
       "Abdi Hassan", "Fjellby",
       S("contact", "abdi.hassan@example.com", "123 45 733"),
       S("lang", "Somali – native", "English – good", "Norwegian – B1"),
       S("lic", "B (expired 2023)"),
       S("profile", "Reliable and hard-working, used to early shifts."),
       S("exp", I("Jul 2024 – present", "Warehouse worker, Fjellby Lager AS"),
         I("Jan 2024 – Jun 2024", "Cleaning assistant (part-time, 50 %), Fjellby Renhold AS")),
       S("edu", I("2020 – 2023", "Upper secondary school, Fjellby")),
       order="rows"),
    cv("gunnhild-aasen.txt", "nn", "txt", "one-column", "MMMMXX",
       "Nynorsk 'Reinhaldar' (cleaner) since 2010; Norwegian morsmål; licence class C1 only, which gives B.",
       "Gunnhild Aasen", "Reinhaldar · Fjordheim · gunnhild.aasen@example.no · 123 45 734",
       S("exp", I("2010 – d.d.", "Reinhaldar, Fjordheim kommune (skular og kontorbygg)")),
       S("cert", "Førstehjelp, kurs 2025", head="Kurs"),
       S("lic", "Klasse C1"),
       S("lang", "Norsk – morsmål")),
    cv("sara-lindqvist.docx", "sv", "docx", "one-column", "MUMMXX",
       "Swedish 'Städare' 2020–2024 is cleaning; English only basic and Norwegian 'förstår' (no level): "
       "neither shows good spoken English or Norwegian.",
       "Sara Lindqvist", "Städare · Granby · sara.lindqvist@example.se · 070-174 06 35",
       S("exp", I("2024 – nu", "Barnskötare, förskolan Lönnen"),
         I("2020 – 2024", "Städare, Städbolaget i Granby AB (kontor och trapphus)")),
       S("cert", "Första hjälpen och HLR (2024)"),
       S("lic", "Körkort B"),
       S("lang", "Svenska – modersmål", "Engelska – grundläggande", "Norska – förstår")),
    cv("jens-olsen.pdf", "da", "pdf", "one-column", "MMMUXX",
       "Danish 'Rengøringsassistent'; the first aid certificate was 'gyldigt til juni 2025' (expired).",
       "Jens Olsen", "Rengøringsassistent · Kolby · jens.olsen@example.dk · +45 12 34 56 36",
       S("exp", I("2018 – nu", "Rengøringsassistent, Kolby Service ApS")),
       S("cert", "Førstehjælpskursus (gyldigt til juni 2025)"),
       S("lic", "Kørekort: B"),
       S("lang", "Dansk – modersmål", "Engelsk – godt")),
    cv("pawel-zielinski.txt", "en", "txt", "badly-written", "MMMMXX",
       "Broken English with no headings or capitals: 'i work cleaning offices since 2021', 'speak english "
       "good', 'have driver licence B'.",
       raw="""
PAWEL ZIELINSKI
pawel.z@example.com  123 45 737

i work cleaning offices since 2021 for Rent Kontor AS in Fjellby. before i work in construction in Poland.
speak english good and some norwegian.
have driver licence B.
first aid course 2024
"""),
    cv("lise-berg.docx", "nb", "docx", "table", "MMNMXX",
       "Cleaning before and after a five-year gap at home; 'Førerkort: har ikke' contradicts the licence.",
       "Lise Berg", "Renholdsoperatør · Vestby · lise.berg@example.no · 123 45 738",
       S("exp", I("aug. 2024 – d.d.", "Renholder, Vestby Renhold AS"),
         I("2019 – 2024", "Hjemmeværende"),
         I("2015 – 2019", "Renholdsoperatør, Vestby sykehus")),
       S("edu", I("2015", "Fagbrev i renholdsoperatørfaget")),
       S("cert", "Førstehjelp (2023)", head="Kurs"),
       S("lic", "Førerkort: har ikke"),
       S("lang", "Norsk – morsmål")),
)


# --------------------------------------------------------------------------
# Writing and checking
# --------------------------------------------------------------------------

EXT = {"txt": ".txt", "docx": ".docx", "pdf": ".pdf"}


def labels_of(c: CV) -> list[str]:
    return [LABEL_CODES[ch] for ch in c.labels]


def truly_meets_all(c: CV) -> bool:
    return all(lab in ("met", "manual") for lab in labels_of(c))


def check_data(jobs: list[Job] | None = None) -> None:
    """Fail loudly on a label list of the wrong length, an unknown code, a manual mismatch, a duplicate."""
    slugs = set()
    for j in JOBS if jobs is None else jobs:
        assert j.slug not in slugs, j.slug
        slugs.add(j.slug)
        assert 5 <= len(j.requirements) <= 8, (j.slug, len(j.requirements))
        assert len(j.kinds) == len(j.requirements) and all(k in KINDS for k in j.kinds), j.slug
        assert j.lang in HEADINGS, j.slug
        files = set()
        for c in j.cvs:
            where = f"{j.slug}/{c.file}"
            assert c.file not in files, where
            files.add(c.file)
            assert c.file.endswith(EXT[c.fmt]), where
            assert c.lang in HEADINGS, where
            assert len(c.labels) == len(j.requirements), f"{where}: {len(c.labels)} labels, {len(j.requirements)} lines"
            assert all(ch in LABEL_CODES for ch in c.labels), where
            for k, ch in zip(j.kinds, c.labels):
                assert (k == "manual") == (ch == "X"), f"{where}: a manual line is labelled manual, nothing else"
            assert c.why and "\n" not in c.why, where
            assert (c.raw is not None) == (c.layout == "badly-written"), where
            if c.fmt == "pdf":
                text = "\n".join([c.name, c.headline] + [str(s.entries) for s in c.sections])
                text.encode("cp1252")  # the PDF writer's encoding


def job_toml(j: Job, script: str = "scripts/eval/make_eval.py") -> str:
    v = cvlib.toml_value
    out = [
        f"# Generated by {script}, where the labels are written by hand; edit it, not this file.",
        f"job = {v(j.title)}",
        f"lang = {v(j.lang)}",
        f"profession = {v(j.profession)}",
        f"today = {v(TODAY)}",
        "requirements = [",
        *[f"  {v(r)}," for r in j.requirements],
        "]",
        "# The kind a careful reader gives each line (sikte eval reports lines Sikte reads as another kind).",
        f"kinds = {v(j.kinds)}",
    ]
    for c in j.cvs:
        out += [
            "",
            "[[candidate]]",
            f"file = {v(f'cvs/{j.slug}/{c.file}')}",
            f"lang = {v(c.lang)}",
            f"format = {v(c.fmt)}",
            f"layout = {v(c.layout)}",
            f"labels = {v(labels_of(c))}",
            f"truly_meets_all = {v(truly_meets_all(c))}",
            f"why = {v(c.why)}",
        ]
    return "\n".join(out) + "\n"


def generate(out: str, jobs: list[Job] | None = None, script: str = "scripts/eval/make_eval.py") -> list[str]:
    """Write every job file and CV under `out` (the eval/ folder). Returns the relative paths written."""
    written = []
    for j in JOBS if jobs is None else jobs:
        for c in j.cvs:
            rel = f"cvs/{j.slug}/{c.file}"
            write_cv(c, os.path.join(out, rel))
            written.append(rel)
        rel = f"jobs/{j.slug}.toml"
        cvlib.write_text(os.path.join(out, rel), job_toml(j, script))
        written.append(rel)
    return written


def check_written(out: str, written: list[str], jobs: list[Job] | None = None) -> None:
    for rel in written:
        assert os.path.isfile(os.path.join(out, rel)), rel
    for j in JOBS if jobs is None else jobs:
        with open(os.path.join(out, "jobs", f"{j.slug}.toml"), "rb") as f:
            data = tomllib.load(f)
        assert data["requirements"] == j.requirements, j.slug
        assert len(data["candidate"]) == len(j.cvs), j.slug
        for cand, c in zip(data["candidate"], j.cvs):
            assert len(cand["labels"]) == len(data["requirements"]), cand["file"]
            assert os.path.isfile(os.path.join(out, cand["file"])), cand["file"]
            assert cand["truly_meets_all"] == all(x in ("met", "manual") for x in cand["labels"]), cand["file"]


def extra_files(out: str, written: list[str]) -> list[str]:
    """The files under `out`'s cvs/ and jobs/ that a generation did not write."""
    keep = {os.path.normpath(os.path.join(out, r)) for r in written}
    extra = []
    for sub in ("cvs", "jobs"):
        for dirpath, _, files in os.walk(os.path.join(out, sub)):
            for name in files:
                p = os.path.normpath(os.path.join(dirpath, name))
                if p not in keep:
                    extra.append(p)
    return sorted(extra)


def remove_stale(out: str, written: list[str]) -> None:
    for p in extra_files(out, written):
        print(f"removed stale {os.path.relpath(p, ROOT)}")
        os.remove(p)


def tree_digest(out: str, written: list[str]) -> str:
    h = hashlib.sha256()
    for rel in sorted(written):
        with open(os.path.join(out, rel), "rb") as f:
            h.update(rel.encode() + b"\0" + hashlib.sha256(f.read()).digest())
    return h.hexdigest()


def summary(jobs: list[Job] | None = None) -> str:
    from collections import Counter
    cvs = [(j, c) for j in (JOBS if jobs is None else jobs) for c in j.cvs]
    rows = [
        ("CVs", Counter({"all": len(cvs)})),
        ("truly meet all", Counter({"yes": sum(truly_meets_all(c) for _, c in cvs),
                                    "no": sum(not truly_meets_all(c) for _, c in cvs)})),
        ("CV language", Counter(c.lang for _, c in cvs)),
        ("ad language", Counter(j.lang for j, _ in cvs)),
        ("format", Counter(c.fmt for _, c in cvs)),
        ("layout", Counter(c.layout for _, c in cvs)),
        ("profession", Counter(j.profession for j, _ in cvs)),
        ("labels", Counter(lab for _, c in cvs for lab in labels_of(c))),
    ]
    return "\n".join(f"{k}: " + ", ".join(f"{a} {n}" for a, n in sorted(v.items())) for k, v in rows)


def run(argv: list[str], out: str, generate, jobs: list[Job], usage: str) -> int:
    """The command line every set's script shares: write the set into `out`,
    or with `--verify` generate it twice elsewhere and check that both are
    identical and that `out` is fresh. `generate(dir)` returns the files
    written."""
    name = os.path.relpath(out, ROOT) + "/"
    if argv[1:] == ["--verify"]:
        digests = []
        for _ in range(2):
            with tempfile.TemporaryDirectory() as tmp:
                written = generate(tmp)
                check_written(tmp, written, jobs)
                digests.append(tree_digest(tmp, written))
                if len(digests) == 2 and os.path.isdir(out):
                    stale = [r for r in written if not os.path.isfile(os.path.join(out, r))
                             or not filecmp.cmp(os.path.join(tmp, r), os.path.join(out, r), shallow=False)]
                    stale += [os.path.relpath(p, out) + " (not generated)" for p in extra_files(out, written)]
                    if stale:
                        print(f"{name} differs from a fresh generation: " + ", ".join(stale[:10]))
                        return 1
        if digests[0] != digests[1]:
            print(f"not reproducible: {digests[0]} != {digests[1]}")
            return 1
        print(f"reproducible and {name} is fresh: {len(written)} files, sha256 of the set {digests[0]}")
        return 0
    if argv[1:]:
        print(usage)
        return 2
    written = generate(out)
    check_written(out, written, jobs)
    remove_stale(out, written)
    print(summary(jobs))
    print(f"wrote {len(written)} files under {name} (sha256 of the set {tree_digest(out, written)})")
    return 0


def main(argv: list[str]) -> int:
    check_data()
    return run(argv, os.path.join(ROOT, "eval"), generate, JOBS, __doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
