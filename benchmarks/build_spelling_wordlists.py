#!/usr/bin/env python3
"""Rebuild the spelling check's shipped word lists from their upstream sources.

Reads ../shared/realdata (breame, codespell, OS Open Names, digital-land) and Debian's
`wbritish` (/usr/share/dict/british-english, `apt-get install wbritish`), and writes the files
in wordlists/ with a header naming each source and its licence. Run from the project root:

    python benchmarks/build_spelling_wordlists.py [IPN.csv]

IPN.csv, when given, is the ONS Index of Place Names (a CSV whose first column is the name), from
which places_ons_ipn.txt is built.
"""
from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT.parent / "shared" / "realdata"
OUT = ROOT / "wordlists"
WBRITISH = Path("/usr/share/dict/british-english")
WBRITISH_COPYRIGHT = Path("/usr/share/doc/wbritish/copyright")


def write(name: str, header: str, lines) -> None:
    with open(OUT / name, "w", encoding="utf-8", newline="\n") as handle:
        for line in header.strip().splitlines():
            handle.write(f"# {line}\n" if line else "#\n")
        for line in lines:
            handle.write(f"{line}\n")
    print(f"wrote wordlists/{name}", file=sys.stderr)


def british_words() -> None:
    words = sorted({w.strip() for w in WBRITISH.read_text(encoding="utf-8").splitlines()
                    if w.strip() and "'" not in w})
    write("british_words.txt", """
British English words: Debian package wbritish 2020.12.07 (/usr/share/dict/british-english),
built from SCOWL (Spell Checker Oriented Word Lists) by Kevin Atkinson. Possessive ('s) forms
dropped; otherwise unchanged. Copyright 2000-2011 by Kevin Atkinson and the other authors named in
british_words.LICENSE, which holds the full copyright and permission notice (use, copy, modify,
distribute and sell permitted provided the notice appears in all copies).
One word per line; the spelling check treats these as correct, except American spellings that
american_british*.csv map to a British form. Add local words in spelling_extra.txt, not here.
""", words)
    (OUT / "british_words.LICENSE").write_text(WBRITISH_COPYRIGHT.read_text(encoding="utf-8"), encoding="utf-8")


def breame_pairs() -> None:
    with open(REAL / "british_american_spellings_breame.csv", encoding="utf-8") as handle:
        pairs = [(row["american"], row["british"]) for row in csv.DictReader(handle)]
    write("american_british_breame.csv", """
American spellings and their British forms. Source: PyPI breame 0.1.2 (github.com/cdpierse/breame),
breame/data/spelling_constants.py, BRITISH_ENGLISH_SPELLINGS. Licence: Apache-2.0.
Pairs whose American form is also standard British English are listed in spelling_both_british.txt
and are not flagged; words whose meaning decides (meter, program, licence...) are in
american_context.csv.
""", ["american,british"] + [f"{a},{b}" for a, b in pairs])


def codespell_pairs() -> None:
    rows = []
    for line in (REAL / "codespell_en-GB_to_en-US.txt").read_text(encoding="utf-8").splitlines():
        if "->" in line:
            british, american = line.split("->", 1)
            american = american.strip().rstrip(",")
            if "," not in american:
                rows.append(f"{american},{british.strip()}")
    write("american_british_codespell.csv", """
More American spellings and their British forms. Source: PyPI codespell 2.4.3,
codespell_lib/data/dictionary_en-GB_to_en-US.txt (reversed). Licence: CC BY-SA 3.0
(derived from Wikipedia's lists; codespell's code is GPL-2.0, only the data is used here).
""", ["american,british"] + sorted(set(rows)))


def codespell_misspellings() -> None:
    british = {w.lower() for w in WBRITISH.read_text(encoding="utf-8").split()}
    out = []
    for line in (REAL / "codespell_common_misspellings_dictionary.txt").read_text(encoding="utf-8").splitlines():
        if "->" not in line:
            continue
        wrong, right = line.split("->", 1)
        wrong = wrong.strip()
        # A key that is itself a British word (codespell is written for code) is not a misspelling
        # in a post; keys with digits or odd characters are code identifiers.
        if wrong.lower() in british or not re.fullmatch(r"[a-z]+(?:'[a-z]+)?", wrong):
            continue
        options = [o.strip() for o in right.split(",") if o.strip()]
        out.append(f"{wrong}->{', '.join(options)}")
    write("misspellings_codespell.txt", """
Common misspellings and their corrections, one `wrong->right` per line (several rights: ambiguous).
Source: PyPI codespell 2.4.3, codespell_lib/data/dictionary.txt, itself derived from Wikipedia's
"Lists of common misspellings". Licence: CC BY-SA 3.0 (codespell's code is GPL-2.0; only the
data is used). Entries whose misspelling is a British word (per british_words.txt) were dropped.
""", out)


def places() -> None:
    name = "places_os_open_names.txt"
    if (OUT / name).exists():
        print(f"wordlists/{name} exists: reused", file=sys.stderr)
        return
    with open(REAL / "uk_place_names_os_open_names.csv", encoding="utf-8") as handle:
        names = sorted({row["name"].strip() for row in csv.DictReader(handle) if row["name"].strip()})
    write(name, """
UK place names (cities, towns, villages, hamlets), one per line.
Source: Ordnance Survey OS Open Names, via github.com/briang/british-placenames (places.csv).
Contains OS data © Crown copyright and database right. Open Government Licence v3.0.
""", names)


def _ipn_names(written: str) -> list[str]:
    """The places one entry of the ONS Index of Place Names names: an inverted name put right
    ("Holland, Great"), an electoral division's "ED" and a district in brackets dropped, and a
    ward that joins several places ("Kilgetty/Begelly", "Capel, Leigh, Newdigate") split."""
    if "Ã" in written:  # UTF-8 read as Latin-1 somewhere on the way ("CwmbrÃ¢n")
        try:
            written = written.encode("latin-1").decode("utf-8")
        except UnicodeError:
            return []
    name = written.split(":")[0]
    name = re.sub(r"\s*\([^)]*\)", "", name).strip()
    name = re.sub(r"(?:\s+ED|, unparished area)$", "", name)
    if m := re.fullmatch(r"([^,/&]+), ([^,/&]+)", name):
        return [f"{m.group(2)} {m.group(1)}"]
    parts = re.split(r"\s*/\s*|\s+&\s+", name)
    if name.count(",") >= 1:
        parts = [p for part in parts for p in re.split(r",\s*|\s+and\s+", part)]
    return [p.strip() for p in parts if len(p.strip()) > 2]


def places_ons(path: Path) -> None:
    """Places OS Open Names does not list by that name: above all the English names of Welsh towns
    (Swansea, Wrexham, Tenby; OS gives Abertawe, Wrecsam, Dinbych-y-pysgod), wards and parishes."""
    with open(OUT / "places_os_open_names.txt", encoding="utf-8") as handle:
        known = {line.strip().lower() for line in handle if line.strip() and not line.startswith("#")}
    with open(path, encoding="utf-8") as handle:
        rows = list(csv.reader(handle))[1:]
    names = sorted({name for row in rows if row for name in _ipn_names(row[0]) if name.lower() not in known})
    write("places_ons_ipn.txt", """
UK place names that places_os_open_names.txt lacks, one per line: above all the English names of
Welsh places (Swansea, Wrexham, Tenby), with wards, parishes and districts.
Source: Office for National Statistics, Index of Place Names in Great Britain (2023), column
place23nm, by way of github.com/rm-hull/placenames-api (data/placenames_with_relevancy.csv.gz; only
the names are used). Source: Office for National Statistics licensed under the Open Government
Licence v3.0. Contains OS data © Crown copyright and database right 2023.
Inverted names put right (Holland, Great: Great Holland), "ED" and bracketed districts dropped,
wards naming several places split; names already in places_os_open_names.txt left out.
""", names)


def authorities() -> None:
    with open(REAL / "england_local_authorities_digital_land.csv", encoding="utf-8") as handle:
        names = sorted({row["name"].strip() for row in csv.DictReader(handle) if row["name"].strip()})
    write("local_authorities.txt", """
Local authorities in England, one name per line (including abolished ones, which posts still name).
Source: digital-land organisation-collection, data/local-authority.csv. Contains public sector
information licensed under the Open Government Licence v3.0. © Crown copyright.
""", names)


if __name__ == "__main__":
    british_words()
    breame_pairs()
    codespell_pairs()
    codespell_misspellings()
    places()
    if len(sys.argv) > 1:  # the ONS Index of Place Names as a CSV (name first), when at hand
        places_ons(Path(sys.argv[1]))
    authorities()
