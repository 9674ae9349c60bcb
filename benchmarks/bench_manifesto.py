#!/usr/bin/env python3
"""How much of real party political text the `political` check catches.

Reads the 2010 Conservative, Labour and Liberal Democrat manifesto sentences in
../shared/realdata/uk_manifesto_sentences_2010.csv (Benoit et al. 2016; texts (c) the parties,
used for testing only) and reports:
  - recall on sentences that name a party: the share flagged political (error or warning);
  - for context, the share of all sentences flagged (most manifesto sentences are policy
    statements with no party in them: "We will cut the deficit").

A sentence "names a party" when it has one of the main parties' names in their political sense,
found by this script's own simple pattern (capitalised, not "Labour market" and the like), so the
benchmark does not grade the check against its own word list.

Usage: python benchmarks/bench_manifesto.py [CSV] [--misses N]
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
import time
from pathlib import Path

from checker.config import Config
from checker.model import Post
from checker.pipeline import Pipeline

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "realdata" / "uk_manifesto_sentences_2010.csv"
PARTY = re.compile(
    r"\b(Conservatives?|Tory|Tories|Labour(?!\s+(?:market|force|costs?|shortages?|supply)\b)|"
    r"Liberal Democrats?|Lib Dems?|SNP|Plaid Cymru|UKIP|BNP|Green Party)\b"
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("csv", nargs="?", default=str(DEFAULT))
    parser.add_argument("--misses", type=int, default=10, help="list this many party sentences not flagged")
    args = parser.parse_args()
    with open(args.csv, encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    pipeline = Pipeline(Config(), checks=["political"])
    started = time.perf_counter()
    posts = [Post(row["sentence"], id=f"{row['party']}-{row['sentence_id']}") for row in rows]
    results = list(pipeline.run(posts))
    elapsed = time.perf_counter() - started
    flagged = [any(f.check == "political" and f.severity in ("error", "warning") for f in r.findings) for r in results]
    errors = [any(f.check == "political" and f.severity == "error" for f in r.findings) for r in results]
    named = [bool(PARTY.search(row["sentence"])) for row in rows]
    n_named = sum(named)
    hit = sum(f for f, n in zip(flagged, named) if n)
    hit_error = sum(e for e, n in zip(errors, named) if n)
    print(f"{len(rows)} manifesto sentences (2010: Con, Lab, LD), {elapsed:.1f} s")
    print(f"sentences naming a party: {n_named}; flagged political: {hit} ({hit / n_named:.1%}); as an error: {hit_error} ({hit_error / n_named:.1%})")
    print(f"all sentences flagged political: {sum(flagged)} of {len(rows)} ({sum(flagged) / len(rows):.1%})")
    by_party = {}
    for row, f, n in zip(rows, flagged, named):
        if n:
            got = by_party.setdefault(row["party"], [0, 0])
            got[0] += f
            got[1] += 1
    print("by manifesto: " + ", ".join(f"{p} {a}/{b}" for p, (a, b) in sorted(by_party.items())))
    misses = [row["sentence"] for row, f, n in zip(rows, flagged, named) if n and not f]
    for sentence in misses[: args.misses]:
        print("  missed:", sentence[:150])
    return 0


if __name__ == "__main__":
    sys.exit(main())
