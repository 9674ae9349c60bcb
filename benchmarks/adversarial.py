"""Benchmark: every check on 100 KB adversarial posts (long runs of one character, of digits and
spaces, of punctuation, of titles), the worst cases for backtracking patterns.

Prints the time each check takes on each input, the spaCy doc's time beside them, and marks any
over the budget (1 s per 100 KB post). A check still running after --limit seconds is stopped
and printed as over it (so one bad pattern cannot hang the benchmark). Run from the project root:

    python benchmarks/adversarial.py [--size 100000] [--limit 20] [--check spam]
"""
from __future__ import annotations

import argparse
import multiprocessing
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

BUDGET = 1.0  # seconds per check per 100 KB post

# name -> the unit repeated to the size asked
UNITS = {
    "a": "a", "dot": ".", "at": "@", "mobile": "07700 ", "digit-space": "1 ", "mr": "Mr ",
    "titles": "Mr Mrs Dr Cllr ", "hash": "#", "space": " ", "newline": "\n", "dash": "-",
    "word-dot": "a.", "aA": "aA", "capitals": "A", "digits": "1", "digits-dash": "12-", "url": "http://",
    "www": "www.", "slash": "/", "at-word": "@a", "email": "a@b.", "hashtag": "#a ", "comma-digit": "1,",
    "emoji": "\U0001F600", "quote": "'", "colon": "1:", "plus44": "+44 ", "zero-width": "a\u200b",
    "the": "the ", "capital-words": "Council ", "exclaim": "!", "pound": "£1 ", "postcode": "B90 4QT ",
    "street": "12 High Street ", "nhs": "943 ", "bullet": "•",
}




def distinct_numbers(size: int, separator: str, named: bool = False) -> str:
    """Different valid-looking UK numbers (mobiles, Birmingham and London landlines, +44 forms)
    until the size is reached: nothing for a memo to reuse, as many as a post can hold."""
    forms = ("07{:03d} {:06d}", "0121 {:03d} {:04d}", "020 {:04d} {:04d}", "+44 7{:03d} {:06d}")
    out, length, n = [], 0, 0
    while length < size:
        a, b = 100 + (n * 37) % 900, (n * 7919) % 10_000
        number = forms[n % 4].format(a if n % 4 != 2 else 7000 + a, b)
        item = f"Call Dave on {number}." if named else number
        out.append(item)
        length += len(item) + len(separator)
        n += 1
    return separator.join(out)[:size]


def posts(size: int) -> dict[str, str]:
    made = {name: (unit * (size // len(unit) + 1))[:size] for name, unit in UNITS.items()}
    made["uk-numbers"] = distinct_numbers(size, ", ")
    made["uk-num-lines"] = distinct_numbers(size, "\n")
    made["uk-num-space"] = distinct_numbers(size, " ")
    made["named-numbers"] = distinct_numbers(size, " ", named=True)
    return made


_DOCS: dict = {}  # the worker keeps the last input's doc: built once, not once per check


def _time_check(args):
    check_id, text = args
    from checker.config import Config
    from checker.model import Post
    from checker.pipeline import Pipeline
    from checker.text.view import PostView

    pipeline = Pipeline(Config(), checks=[check_id])
    post = Post(text)
    doc = None
    if pipeline.needs_nlp:
        if text not in _DOCS:
            _DOCS.clear()
            _DOCS[text] = Pipeline(Config()).doc(text)
        doc = _DOCS[text]
    view = PostView(post, doc, pipeline.now)
    check = pipeline.checks[0]
    started = time.perf_counter()
    list(check.function(view, pipeline.contexts[check_id]))
    return time.perf_counter() - started


def _time_doc(text):
    from checker.config import Config
    from checker.pipeline import Pipeline

    pipeline = Pipeline(Config())
    pipeline.model  # loaded outside the timing
    started = time.perf_counter()
    _DOCS.clear()
    _DOCS[text] = pipeline.doc(text)
    return time.perf_counter() - started


def timed(pool, function, argument, limit):
    """Seconds, or None when it ran past the limit (the worker is then replaced)."""
    try:
        return pool.apply_async(function, (argument,)).get(timeout=limit)
    except multiprocessing.TimeoutError:
        return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--limit", type=float, default=20.0)
    parser.add_argument("--check", action="append", help="only these checks (repeatable)")
    parser.add_argument("--input", action="append", help="only these inputs (repeatable)")
    args = parser.parse_args()
    from checker.registry import all_checks

    check_ids = args.check or sorted(all_checks())
    inputs = {k: v for k, v in posts(args.size).items() if not args.input or k in args.input}
    over = []
    context = multiprocessing.get_context("spawn")
    pool = context.Pool(1)
    print(f"{'input':<14}" + "".join(f"{c[:10]:>11}" for c in ["spacy-doc", *check_ids]))
    for name, text in inputs.items():
        row = [timed(pool, _time_doc, text, args.limit)]
        if row[0] is None:
            pool.terminate()
            pool = context.Pool(1)
        for check_id in check_ids:
            # A check needing the doc may have to build it again (after a worker was replaced):
            # that time is not the check's, so its wait allows for it.
            wait = args.limit + (0 if not all_checks()[check_id].needs_nlp else 10 * args.limit)
            seconds = timed(pool, _time_check, (check_id, text), wait)
            if seconds is None:
                pool.terminate()
                pool = context.Pool(1)
            row.append(seconds)
            budget = BUDGET * args.size / 100_000
            if seconds is None or seconds > budget:
                over.append((name, check_id, seconds))
        cells = "".join(f"{'>' + str(int(args.limit)) + 's' if s is None else f'{s:.3f}':>11}" for s in row)
        print(f"{name:<14}{cells}", flush=True)
    pool.terminate()
    print(f"\nbudget: {BUDGET:.1f} s per check per 100 KB; size {args.size:,} characters")
    if over:
        print("over budget:")
        for name, check_id, seconds in over:
            print(f"  {check_id} on {name}: {'did not finish in ' + str(args.limit) + ' s' if seconds is None else f'{seconds:.2f} s'}")
    else:
        print("every check within budget on every input")


if __name__ == "__main__":
    main()
