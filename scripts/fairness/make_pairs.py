#!/usr/bin/env python3
"""Counterfactual fairness pairs for Sikte (Python standard library only).

Reads the base CVs in tests/fixtures/fairness/base/ (plain text, named
`<lang>-<what>.txt`, lang one of nb, nn, sv, da, en) and writes variants
into tests/fixtures/fairness/pairs/ as `<base stem>__<variant>.txt`. Each
variant changes one thing that no rule may use; tests/fairness.rs screens
every variant and its base with tests/fixtures/fairness/requirements.txt and
requires identical verdicts and status.

Variants:
  name-majority, name-mohammed-ali, name-nguyen-thi-lan, name-amina-yusuf
      the name (first line) and the e-mail's local part replaced by a
      majority-typical or minority-typical name
  name-transliterated
      æ ø å ä ö written ae oe aa ae oe, in the name only (bases with such
      letters in the name)
  sex-female, sex-male
      a "Kjønn: kvinne"/"Gender: male" line under the birth date, and a
      sentence with "hun"/"han" ("she"/"he") in the profile
  born-later, born-earlier, graduated-earlier
      the birth year +7; the birth year -15 and the education years -6;
      the education years -3. The dates of work stay the same.
  parental-leave
      the largest gap between two jobs (6 months or more) labelled as
      parental leave ("Foreldrepermisjon", "Föräldraledighet",
      "Barselsorlov", "Parental leave"), with its dates

Run from anywhere:  python3 scripts/fairness/make_pairs.py
The output is deterministic; running it twice changes nothing.
"""

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FAIRNESS = ROOT / "tests" / "fixtures" / "fairness"
BASE = FAIRNESS / "base"
PAIRS = FAIRNESS / "pairs"

MAJORITY = {"nb": "Ole Hansen", "nn": "Ole Hansen", "sv": "Erik Johansson", "da": "Jens Nielsen", "en": "James Smith"}
MINORITY = ["Mohammed Ali", "Nguyen Thi Lan", "Amina Yusuf"]

SEX_LINE = {
    "nb": ("Kjønn: kvinne", "Kjønn: mann"),
    "nn": ("Kjønn: kvinne", "Kjønn: mann"),
    "sv": ("Kön: kvinna", "Kön: man"),
    "da": ("Køn: kvinde", "Køn: mand"),
    "en": ("Gender: female", "Gender: male"),
}
SEX_SENTENCE = {
    "nb": ("Hun er kjent som en pålitelig kollega.", "Han er kjent som en pålitelig kollega."),
    "nn": ("Ho er kjend som ein påliteleg kollega.", "Han er kjend som ein påliteleg kollega."),
    "sv": ("Hon är känd som en pålitlig kollega.", "Han är känd som en pålitlig kollega."),
    "da": ("Hun er kendt som en pålidelig kollega.", "Han er kendt som en pålidelig kollega."),
    "en": ("She is known as a reliable colleague.", "He is known as a reliable colleague."),
}
LEAVE = {
    "nb": "Foreldrepermisjon",
    "nn": "Foreldrepermisjon",
    "sv": "Föräldraledighet",
    "da": "Barselsorlov",
    "en": "Parental leave",
}

PROFILE_HEADINGS = {"profil", "om meg", "profile", "om mig", "sammanfattning"}
EXPERIENCE_HEADINGS = {
    "arbeidserfaring", "arbeidsrøynsle", "arbetslivserfarenhet", "erhvervserfaring", "work experience", "experience",
}
EDUCATION_HEADINGS = {"utdanning", "utbildning", "uddannelse", "education"}
BIRTH = re.compile(r"^(Født|Fødd|Född|Date of birth:?)\s")

MONTHS_IN = {
    "jan": 1, "januar": 1, "january": 1, "januari": 1,
    "feb": 2, "februar": 2, "february": 2, "februari": 2,
    "mar": 3, "mars": 3, "marts": 3, "march": 3,
    "apr": 4, "april": 4,
    "mai": 5, "maj": 5, "may": 5,
    "jun": 6, "juni": 6, "june": 6,
    "jul": 7, "juli": 7, "july": 7,
    "aug": 8, "august": 8, "augusti": 8,
    "sep": 9, "sept": 9, "september": 9,
    "okt": 10, "oct": 10, "oktober": 10, "october": 10,
    "nov": 11, "november": 11,
    "des": 12, "dec": 12, "desember": 12, "december": 12,
}
MONTHS_OUT = {
    "nb": ["jan.", "feb.", "mars", "april", "mai", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "des."],
    "nn": ["jan.", "feb.", "mars", "april", "mai", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "des."],
    "sv": ["jan", "feb", "mars", "april", "maj", "juni", "juli", "aug", "sep", "okt", "nov", "dec"],
    "da": ["jan.", "feb.", "marts", "april", "maj", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "dec."],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
}
TRANSLIT = {"æ": "ae", "ø": "oe", "å": "aa", "ä": "ae", "ö": "oe", "Æ": "Ae", "Ø": "Oe", "Å": "Aa", "Ä": "Ae", "Ö": "Oe"}
SLUG = {"æ": "ae", "ø": "o", "å": "a", "ä": "a", "ö": "o", "é": "e", "ü": "u"}

# a date: "jan. 2014", "03/2016", "2014"
DATE = r"(?:(?P<{p}m>[A-Za-zæøåÆØÅäöÄÖ]+)\.?\s+(?P<{p}y1>\d{{4}})|(?P<{p}mm>\d{{1,2}})/(?P<{p}y2>\d{{4}})|(?P<{p}y3>\d{{4}}))"
RANGE = re.compile(r"^\s*" + DATE.format(p="a") + r"\s*[–-]\s*(?:" + DATE.format(p="b") + r"|\S+)")


def section(lines, headings):
    """Indices of the lines under the first heading in `headings`, up to the
    next blank-line-preceded heading-like line."""
    out, inside = [], False
    for i, line in enumerate(lines):
        key = line.strip().rstrip(":").lower()
        if key in headings:
            inside = True
            continue
        if inside:
            if line.strip() == "":
                if out:
                    break
                continue
            out.append(i)
    return out


def parse_date(m, p):
    """(year, month, style) of one side of a range, or None."""
    if m.group(p + "y1"):
        month = MONTHS_IN.get(m.group(p + "m").lower())
        return (int(m.group(p + "y1")), month, "name") if month else None
    if m.group(p + "y2"):
        return int(m.group(p + "y2")), int(m.group(p + "mm")), "num"
    if m.group(p + "y3"):
        return int(m.group(p + "y3")), None, "year"
    return None


def months(y, m):
    return y * 12 + (m - 1)


def ym(n):
    return n // 12, n % 12 + 1


def periods(lines, idx):
    """(line index, first month, last month, style) of every dated job line."""
    out = []
    for i in idx:
        m = RANGE.match(lines[i])
        if not m:
            continue
        a = parse_date(m, "a")
        if not a:
            continue
        b = parse_date(m, "b") if m.group("by1") or m.group("by2") or m.group("by3") else None
        first = months(a[0], a[1] or 1)
        if b is None:
            last = None  # open: "– d.d."
        else:
            last = months(b[0], b[1] or 12)
        out.append((i, first, last, a[2]))
    return out


def leave_line(lang, style, first, last, sep):
    (y1, m1), (y2, m2) = ym(first), ym(last)
    if style == "year":
        when = str(y1) if y1 == y2 else f"{y1} – {y2}"
    elif style == "num":
        when = f"{m1:02d}/{y1} – {m2:02d}/{y2}"
    else:
        names = MONTHS_OUT[lang]
        when = f"{names[m1 - 1]} {y1} – {names[m2 - 1]} {y2}"
    return f"{when}{sep}{LEAVE[lang]}"


def slug(name):
    s = "".join(SLUG.get(c, c) for c in name.lower())
    return ".".join(re.sub(r"[^a-z0-9]", "", w) for w in s.split())


def with_name(lines, new):
    out = list(lines)
    out[0] = new
    for i, line in enumerate(out):
        out[i] = re.sub(r"[\w.]+@(example\.\w+)", lambda m: f"{slug(new)}@{m.group(1)}", line)
    return out


def shift_years(lines, idx, delta):
    out = list(lines)
    for i in idx:
        out[i] = re.sub(r"\b(19|20)\d{2}\b", lambda m: str(int(m.group(0)) + delta), out[i])
    return out


def birth_index(lines):
    return next(i for i, line in enumerate(lines) if BIRTH.match(line))


def variants(lang, lines):
    name = lines[0]
    out = {}
    if MAJORITY[lang] != name:
        out["name-majority"] = with_name(lines, MAJORITY[lang])
    for minority in MINORITY:
        out["name-" + minority.lower().replace(" ", "-")] = with_name(lines, minority)
    translit = "".join(TRANSLIT.get(c, c) for c in name)
    if translit != name:
        v = list(lines)
        v[0] = translit
        out["name-transliterated"] = v

    b = birth_index(lines)
    profile = section(lines, PROFILE_HEADINGS)
    for k, sex in enumerate(["female", "male"]):
        v = list(lines)
        v[profile[0]] = v[profile[0]] + " " + SEX_SENTENCE[lang][k]
        v.insert(b + 1, SEX_LINE[lang][k])
        out["sex-" + sex] = v

    education = section(lines, EDUCATION_HEADINGS)
    out["born-later"] = shift_years(lines, [b], 7)
    out["born-earlier"] = shift_years(shift_years(lines, [b], -15), education, -6)
    out["graduated-earlier"] = shift_years(lines, education, -3)

    jobs = periods(lines, section(lines, EXPERIENCE_HEADINGS))
    gaps = []
    for (i, _, last, style), (_, first, _, _) in zip(jobs, jobs[1:]):
        if last is not None and first - last - 1 >= 6:
            gaps.append((first - last - 1, i, last + 1, first - 1, style))
    if gaps:
        _, i, g1, g2, style = max(gaps, key=lambda g: (g[0], -g[1]))
        sep = re.search(r"\s{2,}", lines[i])
        v = list(lines)
        v.insert(i + 1, leave_line(lang, style, g1, g2, sep.group(0) if sep else "  "))
        out["parental-leave"] = v
    return out


def main():
    bases = sorted(BASE.glob("*.txt"))
    if not bases:
        sys.exit(f"no base CVs in {BASE}")
    PAIRS.mkdir(parents=True, exist_ok=True)
    for old in PAIRS.glob("*__*.txt"):
        old.unlink()
    count = 0
    for path in bases:
        lang = path.stem.split("-")[0]
        if lang not in MAJORITY:
            sys.exit(f"{path.name}: the name must start with nb-, nn-, sv-, da- or en-")
        lines = path.read_text(encoding="utf-8").split("\n")
        for variant, v in variants(lang, lines).items():
            (PAIRS / f"{path.stem}__{variant}.txt").write_text("\n".join(v), encoding="utf-8")
            count += 1
    print(f"wrote {count} variants of {len(bases)} base CVs to {PAIRS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
