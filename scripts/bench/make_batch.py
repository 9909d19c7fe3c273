"""Write N fictional two-page PDF CVs for the benchmarks (deterministic).

Usage: python3 scripts/bench/make_batch.py N OUT_DIR
Every second CV is two-column. Content varies (names, employers, years,
licence classes, languages) so that the screening work is realistic; the
text is roughly what a real two-page CV holds (4–6 kB).
"""
import os
import random
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "fixtures"))
import cvlib  # noqa: E402

FIRST = ["Kari", "Ola", "Åshild", "Bjørn", "Ingrid", "Lars", "Sigrid", "Håkon", "Ewa", "Tomasz", "Amina", "Jonas", "Maja", "Erik", "Linnéa", "Søren"]
LAST = ["Nordmann", "Bærø", "Haugen", "Kjølstad", "Lien", "Sjöberg", "Nyström", "Kowalska", "Hansen", "Dahl", "Berg", "Aas"]
PLACES = ["Fjellby", "Havbu", "Fjordheim", "Granby", "Vestby", "Nordfjell"]
JOBS = ["Sykepleier", "Intensivsykepleier", "Helsefagarbeider", "Assistent", "Miljøterapeut", "Lagermedarbeider"]
TASKS = [
    "Ansvar for medisinering, sårstell og dokumentasjon i DIPS Arena.",
    "Veiledning av studenter og nyansatte, deltakelse i fagutvikling.",
    "Observasjon og oppfølging av pasienter med sammensatte behov.",
    "Samarbeid med lege, fysioterapeut og pårørende om tiltaksplaner.",
    "Koordinering av vaktlister og opplæring i velferdsteknologi.",
]


def cv(rng: random.Random, i: int):
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    start = rng.randint(2005, 2016)
    jobs = []
    y = start
    for _ in range(rng.randint(3, 5)):
        end = y + rng.randint(1, 4)
        jobs.append((y, end if end < 2026 else None, rng.choice(JOBS), rng.choice(PLACES)))
        y = end
    licence = rng.choice(["Klasse B", "Klasse B og BE", "Klasse C1", "Ikke førerkort", "Klasse B, C og CE"])
    norsk = rng.choice(["Norsk – morsmål", "Norsk – flytende", "Norsk – B1", "Norsk – god muntlig og skriftlig"])
    exp_items = []
    for a, b, job, place in reversed(jobs):
        exp_items.append(("row", f"{a} – {b if b else 'nå'}", f"{job}, {place} kommune", "b"))
        for t in rng.sample(TASKS, 3):
            exp_items.append(("row", "", t))
        exp_items.append("")
    edu = [("row", f"{start - 3} – {start}", "Bachelor i sykepleie, Nordfjell universitet", "b"),
           ("row", "", "Praksis i hjemmesykepleie, medisinsk sengepost og psykisk helsevern."),
           ("row", f"{start - 6} – {start - 3}", "Helse- og oppvekstfag, Fjellby videregående skole", "b")]
    profile = ("p", " ".join(rng.sample(TASKS, 4)))
    if i % 2:
        pages = [
            {"header": [("title", name), ("sub", "Sykepleier · CV")],
             "left": [("h", "KONTAKT"), rng.choice(PLACES), f"kandidat{i}@example.no", ("h", "FØRERKORT"), licence,
                      ("h", "SPRÅK"), norsk, "Engelsk – god", ("h", "KURS"), "HLR, 2024", "Legemiddelhåndtering, 2023"],
             "right": [("h", "PROFIL"), profile, ("h", "ARBEIDSERFARING")] + exp_items[: len(exp_items) // 2]},
            {"header": [("title", name), ("sub", "side 2")],
             "left": [("h", "FERDIGHETER"), "DIPS Arena", "Gerica", "Office 365"],
             "right": [("h", "ARBEIDSERFARING (forts.)")] + exp_items[len(exp_items) // 2:] + [("h", "UTDANNING")] + edu
                      + [("h", "AUTORISASJON"), ("row", str(start), "Autorisasjon som sykepleier, Helsedirektoratet")]},
        ]
        cvlib.write_pdf(os.path.join(out, f"cv-{i:04d}.pdf"), pages, columns=2, title="CV")
    else:
        items = [("title", name), ("sub", f"{rng.choice(PLACES)} · kandidat{i}@example.no"), ("h", "Profil"), profile,
                 ("h", "Arbeidserfaring")] + exp_items + [("pagebreak",), ("h", "Utdanning")] + edu + [
                 ("h", "Autorisasjon"), ("row", str(start), "Autorisasjon som sykepleier, Helsedirektoratet"),
                 ("h", "Førerkort"), licence, ("h", "Språk"), norsk, "Engelsk – flytende",
                 ("h", "Kurs"), "HLR, 2024", "Legemiddelhåndtering, 2023", ("h", "Referanser"), "Oppgis ved forespørsel."]
        cvlib.write_pdf(os.path.join(out, f"cv-{i:04d}.pdf"), [items], columns=1, title="CV")


if __name__ == "__main__":
    n, out = int(sys.argv[1]), sys.argv[2]
    os.makedirs(out, exist_ok=True)
    rng = random.Random(20261127)
    for i in range(n):
        cv(rng, i)
    print(f"{n} CVs in {out}")
