"""Precision and recall per check on the team's labelled posts, one writer at a time.

    python benchmarks/eval_heldout.py [data/labelled] [--misses N]

Each file in data/labelled/ holds one writer's posts (see data/labelled/README.md). Every post
is run through the whole pipeline as `postcheck batch` would run it (scheduled at its own time;
a post with no schedule judged as of 30 November 2026, the day the set was written), and a
check counts as flagging a post when it reports an error or a warning (CONTRACT.md). Scores are
printed per writer and overall, so a change tuned on one writer's posts shows up as a gap on
the others. The rules are not fitted to any writer; when a trained model joins them, it must be
trained on the other writers' files and scored on the one held out.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from checker.config import Config  # noqa: E402
from checker.model import Post  # noqa: E402
from checker.pipeline import Pipeline  # noqa: E402

CHECKS = ("profanity", "political", "purdah", "personal_data", "spelling", "plain_english", "endorsement")
WRITTEN = datetime(2026, 11, 30, 12, 0)


def load(folder: Path) -> dict[str, list[dict]]:
    writers = {}
    for path in sorted(folder.glob("*.jsonl")):
        writers[path.stem] = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    return writers


def score(rows: list[dict], flagged: list[set[str]]) -> dict[str, list[int]]:
    counts = {check: [0, 0, 0] for check in CHECKS}  # tp, fp, fn
    for row, found in zip(rows, flagged):
        for check in CHECKS:
            if check in row["expect"]:
                counts[check][0 if check in found else 2] += 1
            elif check in row["clean"] and check in found:
                counts[check][1] += 1
    return counts


def ratio(a: int, b: int) -> str:
    return f"{a / b:.2f}" if b else "  - "


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", nargs="?", default=str(Path(__file__).resolve().parent.parent / "data" / "labelled"))
    parser.add_argument("--misses", type=int, default=0, help="print this many misses and false alarms per check")
    parser.add_argument("--checks", default="", help="comma-separated check ids to run and score (default: all); "
                        "faster, but findings other checks would have settled away are kept")
    parser.add_argument("--writers", default="", help="comma-separated writers to score (default: all)")
    args = parser.parse_args()
    global CHECKS
    if args.checks:
        CHECKS = tuple(c for c in args.checks.split(",") if c)
    writers = load(Path(args.folder))
    if args.writers:
        writers = {w: rows for w, rows in writers.items() if w in args.writers.split(",")}
    if not writers:
        sys.exit(f"no labelled files in {args.folder}")
    pipeline = Pipeline(Config(), now=WRITTEN, checks=CHECKS if args.checks else None)
    total = {check: [0, 0, 0] for check in CHECKS}
    examples = defaultdict(list)
    print(f"{'writer':8} {'posts':>5}  " + "  ".join(f"{c[:13]:>13}" for c in CHECKS))
    for writer, rows in writers.items():
        posts = [Post(r["text"], scheduled=datetime.fromisoformat(r["scheduled"]) if r.get("scheduled") else None,
                      id=r["id"], source=writer) for r in rows]
        flagged = []
        for row, result in zip(rows, pipeline.run(posts)):
            found = {f.check for f in result.findings if f.severity in ("error", "warning")}
            flagged.append(found)
            for check in CHECKS:
                if check in row["expect"] and check not in found:
                    examples[check].append(("miss", row))
                elif check in row["clean"] and check in found:
                    examples[check].append(("false alarm", row))
        counts = score(rows, flagged)
        cells = []
        for check in CHECKS:
            tp, fp, fn = counts[check]
            cells.append(f"{ratio(tp, tp + fp)}/{ratio(tp, tp + fn)}".rjust(13))
            for i in range(3):
                total[check][i] += counts[check][i]
        print(f"{writer:8} {len(rows):5}  " + "  ".join(cells))
    cells = []
    for check in CHECKS:
        tp, fp, fn = total[check]
        cells.append(f"{ratio(tp, tp + fp)}/{ratio(tp, tp + fn)}".rjust(13))
    print(f"{'all':8} {sum(len(r) for r in writers.values()):5}  " + "  ".join(cells))
    print("(each cell: precision/recall of the check on that writer's posts)")
    if args.misses:
        for check in CHECKS:
            for kind, row in examples[check][:args.misses]:
                print(f"{check:13} {kind:11} {row['id']}: {row['text'][:150]!r}")


if __name__ == "__main__":
    main()
