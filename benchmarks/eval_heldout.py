"""Precision and recall per check on the team's labelled posts, one writer held out at a time.

    python benchmarks/eval_heldout.py [data/labelled] [--misses N] [--all-checks | --checks a,b] [--writers w1,w2] [--manifesto] [--inner-folds K] [--groups N]

Each file in data/labelled/ holds one writer's posts (see data/labelled/README.md). For each
writer, the classifier is trained on the OTHER writers' posts (with --manifesto, also the
party-naming manifesto sentences from ../shared/realdata), its thresholds chosen by leave-one-writer-out
inside those writers (checker.classify.train), and installed for that writer's posts only. Every
post is run through the whole pipeline as `postcheck batch` would run it (scheduled at its own
time; a post with no schedule judged as of 30 November 2026), and a check counts as flagging a
post when it reports an error or a warning (CONTRACT.md).

For endorsement, political and purdah three scores are printed: the rules alone (the checks'
findings other than the model's own rule), the model alone (the held-out classifier's verdict on
the post; for purdah, only inside an election period), and the combination postcheck ships.
`--all-checks` adds the other contract checks (slow: spelling and plain English on every post);
`--checks profanity,spelling` adds only those; `--writers w1,w4` scores only those writers (each
still against a classifier trained on all the others). `--groups 10` holds out ten groups of
writers in turn instead of one writer at a time: still no writer scored by a model that saw their
posts, each model trained on about nine tenths of the others, in a tenth of the time.
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from checker.classify import model as classifier  # noqa: E402
from checker.classify import train  # noqa: E402
from checker.config import Config  # noqa: E402
from checker.elections import Calendar  # noqa: E402
from checker.model import Post  # noqa: E402
from checker.pipeline import Pipeline  # noqa: E402

SEMANTIC = ("endorsement", "political", "purdah")
OTHERS = ("profanity", "personal_data", "spelling", "plain_english")
MODEL_RULES = {"endorsement.promotion", "political.taking-sides", "purdah.publicity"}
WRITTEN = train.WRITTEN


def ratio(a: int, b: int) -> str:
    return f"{a / b:.2f}" if b else "  - "


def cell(counts: list[int]) -> str:
    tp, fp, fn = counts
    return f"{ratio(tp, tp + fp)}/{ratio(tp, tp + fn)}"


def tally(counts: dict, key, row: dict, check: str, flagged: bool, examples=None) -> None:
    if check in row["expect"]:
        counts[key][0 if flagged else 2] += 1
        if not flagged and examples is not None:
            examples[check].append(("miss", row))
    elif check in row["clean"] and flagged:
        counts[key][1] += 1
        if examples is not None:
            examples[check].append(("false alarm", row))


def columns(checks) -> list:
    """(check, kind) per printed column: rules, model and shipped for the semantic checks, shipped for the rest."""
    return [(c, k) for c in SEMANTIC for k in ("rules", "model", "shipped")] + [(c, "shipped") for c in checks[3:]]


def score_writer(held, rows, corpus, model, pipeline, calendar, checks, counts, examples) -> None:
    """Run one held-out writer's posts through the pipeline (with the model installed) and tally each check."""
    posts = [Post(r["text"], scheduled=datetime.fromisoformat(r["scheduled"]) if r.get("scheduled") else None,
                  id=r["id"], source=held) for r in rows]
    held_rows = corpus.rows_of([held])
    fired = corpus.probabilities(held_rows, model.weights, model.bias) >= model.thresholds
    for row, fires, result in zip(rows, fired, pipeline.run(posts)):
        found = {f.check for f in result.findings if f.severity in ("error", "warning")}
        by_rules = {f.check for f in result.findings if f.severity in ("error", "warning") and f.rule not in MODEL_RULES}
        inside = calendar.period_at(datetime.fromisoformat(row["scheduled"]) if row.get("scheduled") else WRITTEN) is not None
        for check in SEMANTIC:
            by_model = fires[SEMANTIC.index(check)] and (check != "purdah" or inside)
            for kind, flagged in (("rules", check in by_rules), ("model", by_model), ("shipped", check in found)):
                tally(counts, (held, check, kind), row, check, flagged)
                tally(counts, ("all", check, kind), row, check, flagged, examples if kind == "shipped" else None)
        for check in checks[3:]:
            tally(counts, (held, check, "shipped"), row, check, check in found)
            tally(counts, ("all", check, "shipped"), row, check, check in found, examples)
    keys = columns(checks)
    print(f"{held:7}" + "".join(f"{cell(counts[(held, c, k)]):>18}" for c, k in keys), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", nargs="?", default=str(train.LABELLED))
    parser.add_argument("--misses", type=int, default=0, help="print this many misses and false alarms per check (shipped combination)")
    parser.add_argument("--all-checks", action="store_true", help="also score profanity, personal_data, spelling, plain_english")
    parser.add_argument("--checks", default="", help="comma-separated other checks to score as well (profanity, spelling...)")
    parser.add_argument("--writers", default="", help="comma-separated writers to score (default: all)")
    parser.add_argument("--manifesto", action="store_true", help="also train on the party-naming 2010 manifesto sentences (../shared/realdata)")
    parser.add_argument("--groups", type=int, default=0,
                        help="hold out this many groups of writers in turn (writer k in group k mod N) rather than "
                             "one writer at a time: every writer still scored by a model that never saw their posts, "
                             "trained on fewer others, in N fits rather than one per writer")
    parser.add_argument("--inner-folds", type=int, default=0,
                        help="choose each held-out model's thresholds by this many groups of the other writers "
                             "rather than leaving each out (faster: 50 writers x (K + 1) fits, not 50 x 50)")
    args = parser.parse_args()
    writers = train.load_writers(Path(args.folder))
    if len(writers) < 3:
        sys.exit(f"need at least three writers' files in {args.folder}")
    started = time.time()
    manifesto = train.manifesto_sentences(train.MANIFESTO) if args.manifesto else []
    print(f"{sum(len(writers[w]) for w in writers)} posts from {len(writers)} writers; {len(manifesto)} manifesto sentences in training")
    rules = train.rule_flags(writers)
    corpus = train.Corpus(writers, manifesto, rules)
    calendar = Calendar.from_options({})
    extra = OTHERS if args.all_checks else tuple(c for c in args.checks.split(",") if c and c not in SEMANTIC)
    checks = SEMANTIC + extra
    scored = [w for w in writers if not args.writers or w in args.writers.split(",")]
    pipeline = Pipeline(Config(), now=WRITTEN, checks=checks)
    counts = defaultdict(lambda: [0, 0, 0])
    examples = defaultdict(list)
    names = [f"{c} {k}" for c in SEMANTIC for k in ("rules", "model", "shipped")] + list(checks[3:])
    print(f"{'writer':7}" + "".join(f"{n[:17]:>18}" for n in names))
    folds = [[w] for w in scored]
    if args.groups:
        folds = [scored[k::args.groups] for k in range(min(args.groups, len(scored)))]
    for fold in folds:
        others = [w for w in writers if w not in fold]
        model = train.train(corpus, others, log=lambda line: None, folds=args.inner_folds or None)
        classifier.install(model)
        for held in fold:
            score_writer(held, writers[held], corpus, model, pipeline, calendar, checks, counts, examples)
        classifier.install(None)
    keys = columns(checks)
    print(f"{'all':7}" + "".join(f"{cell(counts[('all', c, k)]):>18}" for c, k in keys))
    print("(each cell: precision/recall on that writer's posts; the model trained on the other writers only)")
    # The pooled counts, so that a score printed as 0.95 can be told from 0.946 or 0.954.
    for check, kind in keys:
        tp, fp, fn = counts[("all", check, kind)]
        print(f"  {check} {kind}: tp {tp} fp {fp} fn {fn}, precision {tp / max(1, tp + fp):.3f}, recall {tp / max(1, tp + fn):.3f}")
    print(f"{time.time() - started:.0f} s")
    if args.misses:
        for check in checks:
            for kind, row in examples[check][:args.misses]:
                print(f"{check:13} {kind:11} {row['id']}: {row['text'][:150]!r}")


if __name__ == "__main__":
    main()
