"""Build wordlists/profanity_variants.csv from Surge AI's profanity list (MIT licence).

    python benchmarks/build_profanity_variants.py

Surge AI's list (github surge-ai/profanity, profanity_en.csv; copied to
../shared/realdata/surge_profanity_en.csv) gives, for 1,600 spellings people really use
(fck, fuq, bollox, sh1te), the word each stands for. Kept: one-token spellings whose word is in
postcheck's own list (so a council's edits to wordlists/profanity.csv still decide what counts),
that are not English words in their own right (SCOWL, pyspellchecker), GB place names, or common
in ordinary text (wordfreq Zipf 3 or more: bbc, bates).
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from checker import wordlists  # noqa: E402
from checker.text import lexicon, places  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT.parent / "shared" / "realdata" / "surge_profanity_en.csv"
# Surge spellings that are also ordinary words, names or Latin elsewhere (Fick's law, Nicka, nigra in
# species names, Knobe, cack-handed): a lookup would take those for swearing.
NOT_DISGUISES = {"fick", "nicka", "nickas", "nigra", "nigre", "spig", "spix", "feg", "shet", "knobe", "knober",
                 "cack", "caca", "fuc", "fucs", "bater", "diks", "fuku", "shitti", "tard"}
HEADER = """# Spellings people use to slip swearing past filters, each with the listed word it stands for.
# Source: Surge AI's profanity list (github.com/surge-ai/profanity, profanity_en.csv, MIT licence,
# Copyright (c) 2022 Surge AI), filtered by benchmarks/build_profanity_variants.py: one-token
# spellings of words in wordlists/profanity.csv that are not English words, GB places or common.
"""


def main() -> None:
    ours = {row["word"] for row in wordlists.rows("profanity.csv")}
    place_names = places.names()
    kept = {}
    with SOURCE.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            variant, word = row["text"].strip().lower(), row["canonical_form_1"].strip().lower()
            if word not in ours or variant in NOT_DISGUISES or variant == word or variant in ours or " " in variant or len(variant) < 3:
                continue
            letters = "".join(c for c in variant if c.isalpha())
            if lexicon.is_known(variant) or (variant.isalpha() and lexicon.frequency(variant) >= 3.0):
                continue
            if variant in place_names or letters in place_names:
                continue
            kept[variant] = word
    with (ROOT / "wordlists" / "profanity_variants.csv").open("w", encoding="utf-8") as out:
        out.write(HEADER)
        out.write("variant,canonical\n")
        for variant, word in sorted(kept.items()):
            out.write(f"{variant},{word}\n")
    print(f"{len(kept)} variants written")


if __name__ == "__main__":
    main()
