#!/usr/bin/env python3
"""Write the seed corpus fuzz/seeds/<target>/ and the dictionaries fuzz/dicts/.

    python3 fuzz/make_seeds.py

Python 3.11 standard library only; reuses the hostile-fixture writers in
scripts/hostile/make_hostile.py. Deterministic. Seeds are small (libFuzzer
takes the largest seed as its default -max_len) and committed; what
libFuzzer finds goes to fuzz/corpus/ (not committed).
"""

from __future__ import annotations

import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
sys.path.insert(0, os.path.join(ROOT, "scripts", "hostile"))
import make_hostile as mh  # noqa: E402

SEEDS = os.path.join(HERE, "seeds")
DICTS = os.path.join(HERE, "dicts")
SPLIT = b"\xff"

REQUIREMENTS = {
    "nb": ["Førerkort klasse B", "Autorisasjon som sykepleier", "Minst 3 års erfaring som sykepleier",
           "Gode norskkunnskaper muntlig og skriftlig", "Bachelor i sykepleie eller tilsvarende",
           "Fagbrev som elektriker", "Truckførerbevis T1–T4", "HMS-kort", "Erfaring med SAP",
           "Politiattest må fremlegges", "Engelsk på B2-nivå", "Relevant høyere utdanning på masternivå"],
    "nn": ["Førarkort klasse B", "Autorisasjon som sjukepleiar", "Minst 2 års erfaring som elektrikar",
           "Gode norskkunnskapar munnleg og skriftleg", "Fagbrev som elektrikar"],
    "sv": ["B-körkort", "C-körkort och YKB", "Legitimerad sjuksköterska", "Flytande svenska i tal och skrift",
           "Högskoleexamen inom ekonomi", "Minst 3 års erfarenhet som lastbilschaufför"],
    "da": ["Kørekort til bil", "Autoriseret sygeplejerske", "Kandidatuddannelse i datalogi",
           "Gode danskkundskaber i skrift og tale", "Mindst 2 års erfaring som pædagog"],
    "en": ["Valid driving licence", "Registered nurse", "Master's degree in computer science",
           "Fluent English", "At least 5 years of experience as a software developer", "PRINCE2 certification",
           "Experience with Kubernetes", "Must be able to obtain security clearance", "Young and dynamic"],
}

JOB_AD = """Sykepleier til hjemmetjenesten

Arbeidsoppgaver
- Pasientarbeid

Kvalifikasjoner
• Autorisasjon som sykepleier
• Førerkort klasse B
1. Gode norskkunnskaper

Vi tilbyr
- Gode betingelser
"""

CVS = {
    "nb": """Kari Nordmann
Erfaring
jan. 2019 – d.d.  Sykepleier, Havbu sykehus
2015–2018 Sykepleier, Fjellby kommune, 50 %
aug 2016 til des 2018 sykepleier på medisinsk avdeling
Utdanning
Bachelor i sykepleie, Nordfjell universitet 2013–2016
Sertifikater
Førerkort klasse B
Autorisasjon som sykepleier (HPR), 2016
Språk
Norsk – morsmål, engelsk flytende (C1)
""",
    "nn": """Erfaring
2018–no Elektrikar, Vestby Elektro
sommar 2017 Lærling
Fagbrev som elektrikar 2012
Har ikkje førarkort
""",
    "sv": """Arbetslivserfarenhet
sedan 2020 Lastbilschaufför, Granby Åkeri
03/2017 - 05/2019 Lagerarbetare
B-körkort, C-körkort (YKB utgånget 2021)
Legitimerad sjuksköterska sedan 2020
""",
    "da": """Erhvervserfaring
2018-nu Pædagog, Vestby Børnehave
1.8.2015 – 31.7.2018 Pædagogmedhjælper
Kørekort til bil
Autoriseret sygeplejerske
""",
    "en": """Work experience
2019 – present Software developer, Example AS
Aug 2016 - Present Consultant (part-time)
Oct. 2012 – Dec. 2014 Intern
Education
Master of Science in Computer Science, 2012–2014 (expected June 2027)
Driving licence: none
""",
}

NASTY = [
    "Fører\u00adkort klas\u00adse B\r\nAutori-\nsasjon som syke\u00adpleier",
    "e\u0301e\u0301 o\u0308\u0332 \u0345\u0345 İİ ẞ ǅ ﬁﬂ ﷺ ㍻ Ⅻ ½ ２０１９–２０２１",
    "Kari \u202enamdroN\u202c \u2066iso\u2069 \u200f\u200b\ufeff",
    "\u0000\u0001\u0085\u2028\u2029\r\r\n\t",
    "👩\u200d⚕️ sykepleier 😀 – — ‐ -\n",
    "• · ▪ – 1) a. i. Førerkort: B\n",
]


# Inputs the fuzzers crashed on (minimised), kept as seeds so that the seed
# tests replay them on every run. Each also belongs in an ordinary test of
# the crate it broke (see fuzz/README.md).
CRASHES = {
    # job_ad::requirement_lines kept the line break of a word hyphenated across
    # lines ("m-\ng" is one word in the document): the picked line held "\n"
    "requirement_lines": {
        "crash-job-ad-hyphen-across-lines.txt": b"Krav\nm-\ng",
        # a time limit ("senaste") as the line's second-last word: the months
        # word was looked for past the last word (PatternSet::match_at)
        "crash-max-age-at-line-end-489c2ccb.txt": b"B-k\xc3\xb6rkortsvenska i\x01\x00\x11\x00 tal och skrift\nH\xc3\xb6gst tsvenskabilscha1ke\xc3\xb6r\n",
    },
    # a future start with an open end ("2038 –" at a line end) is a counted
    # period of 0 months (kept: the target now allows 0-month spans)
    "dates": {"crash-future-open-range.txt": "2038–\nelektrikar".encode()},
    # a list item wrapped over lines is one line of the document since
    # session 10; the target still said no line holds a line break
    "normalize": {
        "crash-wrapped-list-item.txt": "• Førstehjelp og HLR – årlig\nrepetisjon, sist september\n2026\n".encode(),
        "crash-wrapped-list-item-f8ce8055.txt": b"Erffr%ng\n2018\n-and E-\x00\x00\xad\x00\nl20 VestF\xc3\xc2\xade B\r\n\x0b \x00b",
    },
}
# Every input from the first fuzz runs (fuzz/artifacts/, 2026-11-27), all
# one of the two causes above, kept so that the seed tests replay them.
CRASHES["requirement_lines"].update({
    "crash-job-ad-hyphen-ce3bab59.txt": b'K\xc3\xb8rekort til bode d\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00t\r\n# Krav\n\t1. HMS-kort\n\xc2\xadencgelsk\xc3\xa5rmm\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00anskkundskabe_\x00r i skrift og tale\nMindst 3 \xc3\xa5IIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIrs erfarinil\nAut\xc2\xadiseret sygeplejerskber i-\n skrift og tale\nM#ndst 2 \xc3\xa5rs efraring som-\n p\xc3\xa6dagog\n',
    "crash-job-ad-hyphen-fcb39189.txt": b'\x00\x00t\r\n# Krav\n\t1kefraring som-\n p\xc3\xa6dagog\n',
    "crash-job-ad-hyphen-442ce408.txt": b'K\xc3\xb8rekort til bode \x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00t\r\n# Krav\n\t1.krskber i-\n skrift og tale\nM#ndst 2 \xc3\xa5rs efraring som-\n p\xc3\xa6dagog\n',
    "crash-job-ad-hyphen-55ed5180.txt": b'K\xc3\xb8rekort til \x00\x00\x00\x00\x00\x00\x00t\r\n# Krav\n\t1.kefraring som-\n p\xc3\xa6dagog\n',
    "crash-job-ad-hyphen-288b3a7d.txt": b'K\xc3\xb8rekort til bode d\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00t\r\n# Krav\n\t1.krskber i-\n skrift og tale\nM#ndst 2 \xc3\xa5rs efraring som-\n p\xc3\xa6dagog\n',
    "crash-job-ad-hyphen-337ffc8e.txt": b'K\xc3\xb8rekort til \x00\x00\x00\x00\x00\x00\x00t\r\n# Krav\n\t1.krskber i-\n skrift og tale\nM#ndst 2 \xc3\xa5rs efraring som-\n p\xc3\xa6dagog\n',
    "crash-job-ad-hyphen-03f91f5d.txt": b'\x00\x00t\r\n# Krav\n\t1.kefraring som-\n p\xc3\xa6dagog\n',
    "crash-job-ad-hyphen-895ab213.txt": b'\x00\x00t\r# Krav\n\t1kefog\nism-\n p\xc3\xa6gog\n',
    "crash-job-ad-hyphen-9135a942.txt": b'\x00\x00t\r# Krav\n\t1kefrarisom-\n p\xc3\xa6dagog\n',
    "crash-job-ad-hyphen-fb20ca97.txt": b'Krav\nm-\ng',
    "crash-job-ad-hyphen-9cc3a4c5.txt": b'\x00\x00t\r# Krav\nsm-\n p\xc3\xa6gog\n',
    "crash-job-ad-hyphen-66c890bb.txt": b'\x00\x00t\r# Krav\n\t1kefrarisom-\n p\xc3\xa6gog\n',
    "crash-job-ad-hyphen-ed43e7df.txt": b'\x00\x00t\r# Krav\nsm-\nog\n',
    "crash-job-ad-hyphen-ca1905c9.txt": b'\x01Krav\nsm-\ng\n',
    "crash-job-ad-hyphen-f7e7dbb2.txt": b'\x01Krav\nm-\ng\n',
    "crash-job-ad-hyphen-370ad680.txt": b'K\xc3\xb8rekort til bode d\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00t\r\n# Krav\n\t1. HMS-kort\n\xc2\xadencgelsk\xc3\xa5rmm\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00anskrskber i-\n skrift og tale\nM#ndst 2 \xc3\xa5rs efraring som-\n p\xc3\xa6dagog\n',
    "crash-job-ad-hyphen-af33d3f1.txt": b'\x01Krav\nsm-\nog\n',
    "crash-job-ad-hyphen-84d7b296.txt": b'\x01Krav\nm-\ng',
    "crash-job-ad-hyphen-81d8ad06.txt": b'\x00\x00t\r# Krav\n\t1kefraring som-\n p\xc3\xa6dagog\n',
})
CRASHES["dates"].update({
    "crash-future-open-range-a1cc1c2e.txt": b'Work experience\n2038 \xe2\x80\x93 present Softwareelektrikar, Example AS\nAuj 2016 - Present Consultant (parec. 2014 Intern\nEducation\nMaster of Science in Computer Science, 2012\xe2\x80\x932014 (expected June 9\x00\x00\x00)\nDriving licence: none\n',
    "crash-future-open-range-802aedc9.txt": b'Work experience\n2038 \xe2\x80\x93 present Softwareelektrikar,  2012\xe2\x80\x932014 (expected June 9\x00\x00\x00)\nDriicence: none\n',
    "crash-future-open-range-a19571f8.txt": b'2038 \xe2\x80\x93\n elektrikar,\n',
    "crash-future-open-range-a9734327.txt": b'2038 \xe2\x80\x93 present Softwareelektrikar,\n',
    "crash-future-open-range-c6b0a021.txt": b'2038 \xe2\x80\x93\nelektrikar',
    "crash-future-open-range-5f3633f8.txt": b'2038 \xe2\x80\x93 present elektrikar,\n',
    "crash-future-open-range-29d31730.txt": b'2038 \xe2\x80\x93,\n elektrikar,\n',
    "crash-future-open-range-e5b61f39.txt": b'Work experience\n2038 \xe2\x80\x93 present Softwareelektrikar,  201\x00\x00)\nDriicence: none\n',
    "crash-future-open-range-9cab18b5.txt": b'Work exce\n2038 \xe2\x80\x93 present Softwareelektrikar,\n',
    "crash-future-open-range-d7d24d58.txt": b'Work expnce\n2038 \xe2\x80\x93 present Softwareelektrikar,  20 none\n',
    "crash-future-open-range-2a04a745.txt": b'exce\n2038 \xe2\x80\x93 present Softwareelektrikar,\n',
    "crash-future-open-range-3c2ccf3e.txt": b'2038 \xe2\x80\x93\n elektrikar',
    "crash-future-open-range-c5a21daf.txt": b'Work experience\n2038 \xe2\x80\x93 present Softwareelektrikar, Example AS\nAuj 2016 - Present Consultant (parec. 2014 Intern\nEducation\nMaster of Science in Computer Science, 2012\xe2\x80\x932014 (expected June 9\x00\x00\x00)\nDriicence: none\n',
    "crash-future-open-range-58f784a6.txt": b'2038 \xe2\x80\x93 present Soareelektrikar,\n',
    "crash-future-open-range-109f3c84.txt": b'Work experience\n2038 \xe2\x80\x93 present Softwareelektrikar, Example A\nEducation\nMaster of Science in Computer Science, 2012\xe2\x80\x932014 (expected June 9\x00\x00\x00)\nDriicence: none\n',
    "crash-future-open-range-b529a646.txt": b'2038\xe2\x80\x93\nelektrikar',
    "crash-future-open-range-8f6fd241.txt": b'Work expnce\n2038 \xe2\x80\x93 present Softwareelektrikar,\n',
    "crash-future-open-range-9c9a8ae2.txt": b'Work expnce\n2038 \xe2\x80\x93 present Softwareelektrikar,  201\x00\x00)\nDriicence: none\n',
})


def write(target: str, name: str, data: bytes) -> None:
    d = os.path.join(SEEDS, target)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


def dict_entry(s: bytes) -> str:
    out = []
    for b in s:
        if b in (0x22, 0x5C) or b < 0x20 or b >= 0x7F:
            out.append(f"\\x{b:02X}")
        else:
            out.append(chr(b))
    return '"' + "".join(out) + '"'


def main() -> None:
    shutil.rmtree(SEEDS, ignore_errors=True)

    for lang, lines in REQUIREMENTS.items():
        write("requirement_lines", f"{lang}.txt", ("\n".join(lines) + "\n").encode())
    write("requirement_lines", "job-ad.txt", JOB_AD.encode())
    write("requirement_lines", "edge.txt", "#\n\n  • \n- Førerkort\r\n# Krav\n\t1. HMS-kort\n\u00ad\n".encode())

    cv = mh.CV_LINES
    E = mh.Entry
    base = [E("[Content_Types].xml", mh.CONTENT_TYPES), E("_rels/.rels", mh.ROOT_RELS)]
    write("docx", "cv.docx", mh.docx_bytes(cv))
    write("docx", "stored.docx", mh.zip_bytes([E(e.name, e.data, method=0) for e in base]
                                              + [E("word/document.xml", mh.document_xml(cv), method=0)]))
    rich = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<w:document xmlns:w="{mh.W_NS}"><w:body>'
            '<w:p><w:r><w:t>Førerkort &amp; klasse &#x42; &#66; &unknown;</w:t></w:r></w:p>'
            '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>2019</w:t></w:r></w:p></w:tc>'
            '<w:tc><w:p><w:r><w:t>Sykepleier</w:t><w:tab/><w:t>Havbu</w:t><w:br/></w:r></w:p></w:tc></w:tr></w:tbl>'
            '<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>skjult</w:t></w:r><w:r><w:t>synlig</w:t></w:r></w:p>'
            '<w:p><w:r><w:instrText>HYPERLINK</w:instrText><w:delText>slettet</w:delText></w:r></w:p>'
            "</w:body></w:document>").encode()
    header = f'<w:hdr xmlns:w="{mh.W_NS}"><w:p><w:r><w:t>Topptekst</w:t></w:r></w:p></w:hdr>'.encode()
    footnotes = f'<w:footnotes xmlns:w="{mh.W_NS}"><w:footnote><w:p><w:r><w:t>Fotnote</w:t></w:r></w:p></w:footnote></w:footnotes>'.encode()
    write("docx", "rich.docx", mh.zip_bytes(base + [E("word/document.xml", rich), E("word/header1.xml", header),
                                                      E("word/footnotes.xml", footnotes),
                                                      E("word/footer1.xml", header)]))
    write("docx", "dtd.docx", mh.docx_with_document(
        b'<?xml version="1.0"?>\n<!DOCTYPE w:document [<!ENTITY a "aa"><!ENTITY b "&a;&a;">]>'
        + f'<w:document xmlns:w="{mh.W_NS}"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>'.encode()))
    deep = mh.XML_HEAD + b"<w:p>" * 300 + b"</w:p>" * 300 + mh.XML_TAIL
    write("docx", "deep-300.docx", mh.docx_with_document(deep))
    write("docx", "underdeclared.docx", mh.docx_with_document(mh.document_xml(cv * 10), declared_size=10))
    full = mh.docx_bytes(cv)
    write("docx", "truncated.docx", full[: len(full) * 6 // 10])
    write("docx", "not-word.docx", mh.zip_bytes(base))
    write("docx", "latin1.docx", mh.docx_with_document('<?xml version="1.0"?><w:document><w:t>Førerkort</w:t>'
                                                       "</w:document>".encode("latin-1")))
    for name in ("da-tabel.docx", "nb-skjult-tekst.docx", "corrupt.docx"):
        with open(os.path.join(ROOT, "tests", "fixtures", "cli", name), "rb") as f:
            write("docx", name, f.read())

    for i, s in enumerate(NASTY):
        write("normalize", f"nasty-{i}.txt", s.encode())
    for lang, text in CVS.items():
        write("normalize", f"cv-{lang}.txt", text.encode())
        write("dates", f"cv-{lang}.txt", text.encode())
    write("dates", "edge.txt", "1939–2101\n2019-\n– d.d.\n13/2019 - 00/2020\n31.02.2020\n2020–2019\n"
                               "sedan\npresent\nsommer 2019 – vinter 2018\n9999\n".encode())

    for lang in REQUIREMENTS:
        write("screen", f"{lang}.bin", ("\n".join(REQUIREMENTS[lang])).encode() + SPLIT + CVS[lang].encode())
    write("screen", "mixed.bin", "\n".join(sum(REQUIREMENTS.values(), [])).encode() + SPLIT
          + "".join(CVS.values()).encode())
    write("screen", "nasty.bin", "Førerkort klasse B\nErfaring med SAP".encode() + SPLIT + "\n".join(NASTY).encode())
    write("screen", "empty.bin", b"")

    os.makedirs(DICTS, exist_ok=True)
    words = set()
    for lines in REQUIREMENTS.values():
        for line in lines:
            words.update(line.split())
    for text in CVS.values():
        words.update(text.split())
    words.update(["d.d.", "nå", "no", "nu", "present", "sedan", "til", "fra", "–", "—", "\u00ad", "\r\n", "ikke",
                  "ikkje", "inte", "ikke", "not", "utløpt", "expired", "forventet", "expected", "under utdanning"])
    with open(os.path.join(DICTS, "cv.dict"), "w", encoding="ascii") as f:
        f.write("# Words of requirement lines and CVs in five languages (generated by make_seeds.py)\n")
        for w in sorted(words):
            f.write(dict_entry(w.encode()) + "\n")
    xml = ["<w:p>", "</w:p>", "<w:r>", "</w:r>", "<w:t>", "</w:t>", '<w:t xml:space="preserve">', "<w:tab/>",
           "<w:br/>", "<w:rPr>", "</w:rPr>", "<w:vanish/>", "<w:tbl>", "<w:tr>", "<w:tc>", "</w:tc>", "</w:tr>",
           "<w:instrText>", "<w:delText>", "<!DOCTYPE", "<!ENTITY", "&amp;", "&#x41;", "<![CDATA[", "]]>",
           "<?xml", "?>", "word/document.xml", "word/header1.xml", "word/footer1.xml", "word/footnotes.xml"]
    with open(os.path.join(DICTS, "docx.dict"), "w", encoding="ascii") as f:
        f.write("# ZIP signatures and WordprocessingML (generated by make_seeds.py)\n")
        for s in [b"PK\x03\x04", b"PK\x01\x02", b"PK\x05\x06", b"PK\x07\x08", b"\x14\x00", b"\x08\x00"]:
            f.write(dict_entry(s) + "\n")
        for s in xml:
            f.write(dict_entry(s.encode()) + "\n")
    for target, files in CRASHES.items():
        for name, data in files.items():
            write(target, name, data)
    count = sum(len(files) for _, _, files in os.walk(SEEDS))
    print(f"wrote {count} seeds to fuzz/seeds/ and 2 dictionaries to fuzz/dicts/")


if __name__ == "__main__":
    main()
