"""Time the swearing check against better-profanity's contains_profanity on the same posts.

    python benchmarks/bench_profanity.py [--posts N]

Posts: the labelled council-style drafts in ../shared/corpus/dev.jsonl and real tweets from
../shared/realdata/davidson_hate_offensive_tweets_labeled.csv (content warning: slurs). Both
tools are warmed up first (word lists loaded), then each checks every post once, in one run.
Also prints, for the tweets labelled offensive or hate (1, 0) and neither (2), how many each
tool flags, as a rough agreement figure (better-profanity has no severities or disguises).
"""
from __future__ import annotations

import argparse
import csv
import json
import time
from pathlib import Path

from better_profanity import profanity

from checker.config import Config
from checker.model import Post
from checker.pipeline import Context
from checker.text.view import PostView
from checker.registry import all_checks

SHARED = Path(__file__).resolve().parents[2] / "shared"


def load_posts(limit: int) -> tuple[list[str], list[int]]:
    texts, labels = [], []
    corpus = SHARED / "corpus" / "dev.jsonl"
    for line in corpus.read_text(encoding="utf-8").splitlines():
        if line.strip():
            texts.append(json.loads(line)["text"])
            labels.append(-1)
    with open(SHARED / "realdata" / "davidson_hate_offensive_tweets_labeled.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            texts.append(row["tweet"])
            labels.append(int(row["class"]))
            if len(texts) >= limit:
                break
    return texts, labels


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--posts", type=int, default=5000)
    args = parser.parse_args()
    texts, labels = load_posts(args.posts)
    posts = [Post(text) for text in texts]

    check = all_checks()["profanity"]
    config = Config()
    context = Context(options=config.options("profanity"))
    posts = [PostView(post) for post in posts]
    list(check.function(posts[0], context))  # load the word lists
    profanity.contains_profanity("warm up")  # load better-profanity's list

    started = time.perf_counter()
    ours = [any(f.severity != "info" for f in check.function(post, context)) for post in posts]
    ours_seconds = time.perf_counter() - started

    started = time.perf_counter()
    theirs = [profanity.contains_profanity(text) for text in texts]
    theirs_seconds = time.perf_counter() - started

    n = len(posts)
    print(f"{n} posts ({sum(l == -1 for l in labels)} council drafts, {sum(l >= 0 for l in labels)} tweets)")
    print(f"{'':<28}{'posts/s':>12}{'ms/post':>10}")
    print(f"{'postcheck profanity':<28}{n / ours_seconds:>12,.0f}{1000 * ours_seconds / n:>10.3f}")
    print(f"{'better-profanity':<28}{n / theirs_seconds:>12,.0f}{1000 * theirs_seconds / n:>10.3f}")
    print(f"speed-up: {theirs_seconds / ours_seconds:,.0f}x")
    for label, name in ((0, "hate"), (1, "offensive"), (2, "neither")):
        picked = [i for i, l in enumerate(labels) if l == label]
        if picked:
            print(
                f"tweets labelled {name:<9} {len(picked):>5}: flagged by postcheck {sum(ours[i] for i in picked) / len(picked):.0%},"
                f" by better-profanity {sum(theirs[i] for i in picked) / len(picked):.0%}"
            )


if __name__ == "__main__":
    main()
