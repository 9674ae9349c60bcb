#!/usr/bin/env python3
"""Measure the spelling and plain_english checks. Run from the project root:

    python benchmarks/bench_spelling.py

1. breame's 1,730 British/American pairs: share of British forms flagged (must be 0) and of
   American forms flagged, each word checked as a post on its own.
2. Norvig's spelling test sets: share of misspellings detected, and share whose top suggestion is
   the right word, for postcheck and for pyspellchecker alone in the same run.
3. Clean posts: the share of the labelled posts that must pass spelling (data/labelled/) that
   each tool flags, and the share of their words it flags.
4. Time to check a 250-word post with both checks, after start-up, spaCy's own time excluded.

Each measure is printed for postcheck beside pyspellchecker and Hunspell with its en_GB
dictionary (the `hunspell` command: `apt-get install hunspell hunspell-en-gb`; skipped with a
note when it is missing), in the same run.
"""
from __future__ import annotations

import csv
import json
import re
import shutil
import statistics
import subprocess
import time
from pathlib import Path

from checker.config import Config
from checker.model import Post
from checker.pipeline import Pipeline

REAL = Path(__file__).resolve().parent.parent.parent / "shared" / "realdata"
LABELLED = Path(__file__).resolve().parent.parent / "data" / "labelled"
WORD = re.compile(r"[A-Za-z][A-Za-z'’]*[A-Za-z]|[A-Za-z]")


def hunspell_unknown(texts: list[str]) -> list[set[str]] | None:
    """The words Hunspell en_GB does not know, per text, from one `hunspell -a` call (its ispell
    pipe mode answers each input line with a line per word and then a blank line; '^' keeps a
    line from being read as a command); None when hunspell is not installed."""
    if not shutil.which("hunspell"):
        return None
    lines = "".join("^" + " ".join(t.split()) + "\n" for t in texts)
    answer = subprocess.run(["hunspell", "-d", "en_GB", "-a"], input=lines, capture_output=True, text=True, check=True)
    groups = answer.stdout.split("\n", 1)[1].split("\n\n")  # the first line is hunspell's banner
    out = [{line.split()[1] for line in group.splitlines() if line[:1] in ("&", "#")} for group in groups]
    return out[:len(texts)]


def pyspell_unknown(texts: list[str]) -> list[set[str]]:
    from spellchecker import SpellChecker

    speller = SpellChecker(language="en")
    return [{w for w in WORD.findall(t) if w.lower() not in speller} for t in texts]


def flagged(pipeline: Pipeline, words: list[str]) -> list[list]:
    """Findings (error or warning) for each word checked as a post on its own."""
    results = pipeline.run(Post(w, id=str(i)) for i, w in enumerate(words))
    return [[f for f in r.findings if f.severity in ("error", "warning")] for r in results]


def pairs(pipeline: Pipeline) -> None:
    with open(REAL / "british_american_spellings_breame.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    british = flagged(pipeline, [r["british"] for r in rows])
    american = flagged(pipeline, [r["american"] for r in rows])
    bad = [(r["british"], [f.rule for f in fs]) for r, fs in zip(rows, british) if fs]
    missed = [r["american"] for r, fs in zip(rows, american) if not fs]
    n = len(rows)
    print(f"breame pairs: {n}")
    print(f"  British forms flagged:  {len(bad)}/{n} = {len(bad) / n:.2%}  {bad[:20]}")
    print(f"  American forms flagged: {n - len(missed)}/{n} = {(n - len(missed)) / n:.2%}")
    print(f"  American forms passed ({len(missed)}): {', '.join(missed)}")
    for name, unknown in (("pyspellchecker", pyspell_unknown), ("hunspell en_GB", hunspell_unknown)):
        brit, amer = unknown([r["british"] for r in rows]), unknown([r["american"] for r in rows])
        if brit is None:
            print(f"  {name}: not installed, skipped")
            continue
        print(f"  {name}: British forms flagged {sum(map(bool, brit)) / n:.2%}, American forms flagged {sum(map(bool, amer)) / n:.2%}")


def clean_posts(pipeline: Pipeline) -> None:
    posts = [json.loads(line) for path in sorted(LABELLED.glob("w*.jsonl")) for line in path.read_text(encoding="utf-8").splitlines()]
    texts = [p["text"] for p in posts if "spelling" in p.get("clean", [])]
    words = sum(len(WORD.findall(t)) for t in texts)
    ours = flagged(pipeline, texts)
    print(f"clean posts (labelled must-pass for spelling): {len(texts)} posts, {words} words")
    print(f"  postcheck:      posts flagged {sum(map(bool, ours)) / len(texts):.1%}, words flagged {sum(map(len, ours)) / words:.2%}")
    for name, unknown in (("pyspellchecker", pyspell_unknown), ("hunspell en_GB", hunspell_unknown)):
        found = unknown(texts)
        if found is None:
            print(f"  {name}: not installed, skipped")
            continue
        print(f"  {name:15} posts flagged {sum(map(bool, found)) / len(texts):.1%}, words flagged {sum(map(len, found)) / words:.2%}")


def norvig(pipeline: Pipeline) -> None:
    from spellchecker import SpellChecker

    speller = SpellChecker(language="en")
    for name in ("norvig_spell_testset1.txt", "norvig_spell_testset2.txt"):
        tests = []
        for line in (REAL / name).read_text(encoding="utf-8").splitlines():
            if ":" in line:
                right, wrongs = line.split(":", 1)
                tests += [(right.strip(), w) for w in wrongs.split()]
        started = time.perf_counter()
        found = flagged(pipeline, [w for _, w in tests])
        ours_time = time.perf_counter() - started
        detected = sum(bool(fs) for fs in found)
        top = sum(bool(fs) and _suggested(fs[0]) == right for (right, _), fs in zip(tests, found))
        started = time.perf_counter()
        py_detected = sum(w not in speller for _, w in tests)
        py_top = sum(w not in speller and speller.correction(w) == right for right, w in tests)
        py_time = time.perf_counter() - started
        n = len(tests)
        started = time.perf_counter()
        hun = hunspell_unknown([w for _, w in tests])
        hun_line = "not installed, skipped" if hun is None else \
            f"detected {sum(map(bool, hun)) / n:.1%}  ({time.perf_counter() - started:.1f} s; suggestions not asked)"
        print(f"{name}: {n} misspellings")
        print(f"  postcheck:      detected {detected / n:.1%}, top suggestion right {top / n:.1%}  ({ours_time:.1f} s)")
        print(f"  pyspellchecker: detected {py_detected / n:.1%}, top suggestion right {py_top / n:.1%}  ({py_time:.1f} s)")
        print(f"  hunspell en_GB: {hun_line}")


def _suggested(finding) -> str | None:
    if finding.replacement:
        return finding.replacement.lower()
    match = re.search(r"'([^']+)'", finding.suggestion)
    return match.group(1).lower() if match else None


POST = (
    "Our summer holiday programme is out now, and there is something for everyone across the borough. "
    "Children aged 5 to 11 can join free arts and crafts sessions at Shirley, Chelmsley Wood and Knowle "
    "libraries every Tuesday and Thursday morning from 10am to 12pm. Older children can try climbing, "
    "archery and canoeing at Tudor Grange Leisure Centre, with qualified instructors and all the kit "
    "provided. Places are limited, so please book early at examplecouncil.gov.uk/summer or call our team "
    "on 0121 496 0000. If your child gets free school meals, they can also have a healthy lunch at any of "
    "our holiday clubs, at no cost to you. Families can borrow board games, books and films from every "
    "library with a free library card, and our parks team is running nature trails, bug hunts and pond "
    "dipping at Malvern Park and Brueton Park on Saturdays. Remember to bring sun cream, a hat and plenty "
    "of water on hot days, and keep an eye on younger children near the lake. Our rangers will be on hand "
    "to answer questions about the wildlife you spot. The colour run returns to Tudor Grange Park on "
    "Sunday 9 August, raising money for the Mayor's charity appeal, and you can organise a street party "
    "for free if you apply for a road closure four weeks before. We hope you have a brilliant summer and "
    "we look forward to seeing you at one of our events. Share your photos with us using #SolihullSummer "
    "and tag @SolihullCouncil so we can see what you got up to, and have a safe and happy holiday."
)


def timing(pipeline: Pipeline) -> None:
    words = len(POST.split())
    doc = pipeline.model.nlp(POST)
    pipeline.check(Post(POST), doc)  # first use loads the word lists
    runs = []
    for _ in range(30):
        started = time.perf_counter()
        pipeline.check(Post(POST), doc)
        runs.append(time.perf_counter() - started)
    print(f"{words}-word post, spelling + plain_english, spaCy excluded: median {statistics.median(runs) * 1000:.1f} ms, "
          f"max {max(runs) * 1000:.1f} ms over {len(runs)} runs")
    messy = POST.replace("programme", "programe").replace("libraries", "libaries").replace("brilliant", "brillant")
    doc = pipeline.model.nlp(messy)
    started = time.perf_counter()
    pipeline.check(Post(messy), doc)
    print(f"  same post with 3 new misspellings (suggestions computed, not cached): {(time.perf_counter() - started) * 1000:.1f} ms")


if __name__ == "__main__":
    spelling = Pipeline(Config(), checks=["spelling"])
    started = time.perf_counter()
    spelling.check(Post("Start-up."))
    print(f"start-up (spaCy and word lists): {time.perf_counter() - started:.1f} s")
    pairs(spelling)
    norvig(spelling)
    clean_posts(spelling)
    timing(Pipeline(Config(), checks=["spelling", "plain_english"]))
