#!/usr/bin/env python3
"""The WordNet nouns that insults.csv's rule admits, and whether each is listed.

The rule (insults.csv's header): nouns under fool, simpleton, unpleasant person, good-for-nothing
and rotter whose first sense is the insult, in current use (wordfreq Zipf 2 or more). The list is
then sifted by hand: words that describe without judging (cynic, disciplinarian, misogynist) and
words whose everyday use is another sense (sneak peek, bore, crank) stay out. Reads Debian's
wordnet-base (`apt-get install wordnet-base`, /usr/share/wordnet). Run from the project root:

    python benchmarks/wordnet_insults.py          # "+" marks a candidate not in insults.csv
"""
from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

from wordfreq import zipf_frequency

ROOT = Path(__file__).resolve().parent.parent
WORDNET = Path("/usr/share/wordnet")
ROOTS = ("fool", "simpleton", "good-for-nothing", "rotter", "unpleasant_person")


def synsets() -> dict[str, tuple[list[str], list[str], str]]:
    """offset -> (words, hyponym offsets, gloss), from data.noun."""
    out = {}
    for line in open(WORDNET / "data.noun", encoding="latin-1"):
        if line.startswith("  "):
            continue  # the licence header
        head, _, gloss = line.partition("|")
        fields = head.split()
        count = int(fields[3], 16)
        words = [fields[4 + 2 * i] for i in range(count)]
        at = 4 + 2 * count
        pointers = [fields[at + 1 + 4 * k: at + 5 + 4 * k] for k in range(int(fields[at]))]
        out[fields[0]] = (words, [p[1] for p in pointers if p[0] in ("~", "~i") and p[2] == "n"], gloss.strip())
    return out


def first_senses() -> dict[str, str]:
    """lemma -> the offset of its first (commonest) noun sense, from index.noun."""
    out = {}
    for line in open(WORDNET / "index.noun", encoding="latin-1"):
        if line.startswith("  "):
            continue
        fields = line.split()
        out[fields[0]] = fields[4 + int(fields[3]) + 2]
    return out


def main() -> None:
    if not WORDNET.is_dir():
        sys.exit("wordnet_insults: WordNet is not installed (apt-get install wordnet-base)")
    nouns, first = synsets(), first_senses()
    under, stack = set(), [first[word] for word in ROOTS]
    while stack:
        offset = stack.pop()
        if offset not in under:
            under.add(offset)
            stack += nouns[offset][1]
    listed = {row[0] for row in csv.reader(open(ROOT / "wordlists" / "insults.csv", encoding="utf-8"))
              if row and not row[0].startswith("#")}
    listed |= {row[0] for row in csv.reader(open(ROOT / "wordlists" / "profanity.csv", encoding="utf-8"))
               if row and not row[0].startswith("#")}
    found = set()
    for offset in under:
        for word in nouns[offset][0]:
            lemma = re.sub(r"\(.*\)", "", word).lower()
            written = lemma.replace("_", " ")
            if first.get(lemma) == offset and zipf_frequency(written, "en") >= 2:
                found.add((written, nouns[offset][2][:70]))
    for written, gloss in sorted(found):
        print(f"{' ' if written in listed else '+'} {written:22s} {gloss}")


if __name__ == "__main__":
    main()
