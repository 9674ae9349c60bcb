"""What the trained classifier costs, beside bare spaCy, in one run.

    python benchmarks/bench_model.py [--posts 2000] [--cold 5] [--repeat 3]

Prints (batch figures: the best of --repeat interleaved runs, as the machine is shared):
- batch: milliseconds a post for bare spaCy (`nlp.pipe`, the pipeline's own model), for the
  endorsement, political and purdah checks with the classifier switched off (`model = false`) and
  on, and the difference: what the classifier adds to a post (the aim: at most 1 ms);
- cold: seconds for a fresh `python -m checker check TEXT` with the classifier off and on
  (median of --cold runs each, interleaved), beside a fresh process that only loads spaCy's model;
  the difference is what the classifier adds to a cold check (the aim: at most 0.2 s);
- the classifier's own parts per post: reading the doc (checker.classify.reading.marks), hashing
  the n-grams (features.vector) and the dot product, each on the whole post once.
The posts are the labelled set's (data/labelled), so the sentences are real-sized.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker import nlp  # noqa: E402
from checker.classify import features, reading, train  # noqa: E402
from checker.classify import model as classifier  # noqa: E402
from checker.config import Config  # noqa: E402
from checker.model import Post  # noqa: E402
from checker.pipeline import Pipeline  # noqa: E402

CHECKS = ["endorsement", "political", "purdah"]
TEXT = "Cllr Jo Bell says the new leisure centre is a triumph - grab 20% off memberships at FitLife this week!"


def batch(posts: list[Post], docs: list, model: bool) -> float:
    config = Config(check_options={c: {"model": model} for c in CHECKS})
    pipeline = Pipeline(config, now=datetime(2026, 4, 20, 12), checks=CHECKS)
    pipeline.check(posts[0], docs[0])  # load word lists and weights outside the timing
    started = time.perf_counter()
    for post, doc in zip(posts, docs):
        pipeline.check(post, doc)
    return (time.perf_counter() - started) / len(posts) * 1000


def cold(args: list[str], config: str | None) -> float:
    command = [sys.executable, *args] + (["--config", config] if config else [])
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    started = time.perf_counter()
    subprocess.run(command, env=env, cwd=tempfile.gettempdir(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--posts", type=int, default=2000)
    parser.add_argument("--cold", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    rows = [row for rows in train.load_writers().values() for row in rows][:args.posts]
    # Every post inside a pre-election period, so the purdah check does its full work too.
    posts = [Post(row["text"], scheduled=datetime(2026, 4, 20, 12), id=row["id"]) for row in rows]
    spacy_nlp = nlp.model().nlp
    bare, off, on = [], [], []
    for _ in range(args.repeat):
        started = time.perf_counter()
        docs = list(spacy_nlp.pipe(p.text for p in posts))
        bare.append((time.perf_counter() - started) / len(posts) * 1000)
        off.append(batch(posts, docs, model=False))
        on.append(batch(posts, docs, model=True))
    bare, off, on = min(bare), min(off), min(on)
    print(f"batch, {len(posts)} labelled posts, ms a post:")
    print(f"  bare spaCy nlp.pipe            {bare:7.3f}")
    print(f"  three checks, classifier off   {off:7.3f}")
    print(f"  three checks, classifier on    {on:7.3f}")
    print(f"  the classifier adds            {on - off:7.3f}   (aim: <= 1 ms)")
    texts = [p.text for p in posts]
    model = classifier.classifier()
    parts = {"reading the doc": [], "hashing the n-grams": [], "dot product": []}
    for _ in range(args.repeat):
        reading._last[:] = [None, None, {}]
        started = time.perf_counter()
        marks = [reading.marks(doc, text) for doc, text in zip(docs, texts)]
        parts["reading the doc"].append(time.perf_counter() - started)
        started = time.perf_counter()
        vectors = [features.vector(text, mark) for text, mark in zip(texts, marks)]
        parts["hashing the n-grams"].append(time.perf_counter() - started)
        started = time.perf_counter()
        for indices, values in vectors:
            model.bias + values @ model.weights[indices]
        parts["dot product"].append(time.perf_counter() - started)
    print("the classifier's parts, whole post once, ms a post:")
    for name, seconds in parts.items():
        print(f"  {name:29}{min(seconds) / len(texts) * 1000:7.3f}")

    with tempfile.NamedTemporaryFile("w", suffix=".toml", delete=False) as handle:
        handle.write("".join(f"[checks.{c}]\nmodel = false\n" for c in CHECKS))
        config_off = handle.name
    spacy_only = ["-c", f"import spacy; spacy.load({nlp.model().name!r}, exclude={list(nlp.EXCLUDE)!r})"]
    check = ["-m", "checker", "check", TEXT]
    times = {"spacy": [], "off": [], "on": []}
    for _ in range(args.cold):
        times["spacy"].append(cold(spacy_only, None))
        times["off"].append(cold(check, config_off))
        times["on"].append(cold(check, None))
    os.unlink(config_off)
    median = {key: statistics.median(value) for key, value in times.items()}
    print(f"cold, median of {args.cold} fresh processes, seconds:")
    print(f"  python + spacy.load only       {median['spacy']:7.3f}")
    print(f"  postcheck check, classifier off{median['off']:7.3f}")
    print(f"  postcheck check, classifier on {median['on']:7.3f}")
    print(f"  the classifier adds            {median['on'] - median['off']:7.3f}   (aim: <= 0.2 s)")


if __name__ == "__main__":
    main()
