"""Choose the spelling check's noisy-channel cut-offs one writer held out at a time.

    python benchmarks/tune_spelling_channel.py [data/labelled]

The spelling check is run once on every labelled post with the channel wide open (every unknown
word is a candidate); for each candidate the script keeps its Zipf frequency (wordfreq), the
closest known word's frequency and the number of edits. Then, for each writer, the cut-offs
(RARE_BELOW, MUCH_MORE_FREQUENT, TWO_EDITS_COST in checker/text/lexicon.py) that give the best
F1 on the other five writers are chosen and scored on the held-out one. The spelling check
alone runs, so findings other checks would settle away are still counted.
"""
from __future__ import annotations

import itertools
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from checker.config import Config  # noqa: E402
from checker.model import Post  # noqa: E402
from checker.pipeline import Pipeline  # noqa: E402
from checker.text import lexicon  # noqa: E402

SHIPPED = (lexicon.RARE_BELOW, lexicon.MUCH_MORE_FREQUENT, lexicon.TWO_EDITS_COST)
GRID = list(itertools.product([1.0, 2.0, 2.5, 3.0, 3.5, 99.0], [3.0, 3.5, 4.0, 4.5, 5.0], [1.0, 2.0, 3.0]))


def features(folder: Path) -> list[dict]:
    lexicon.RARE_BELOW, lexicon.MUCH_MORE_FREQUENT = 99.0, -99.0  # every unknown word is a candidate
    pipeline = Pipeline(Config(), checks=["spelling"])
    rows = [json.loads(line) for path in sorted(folder.glob("*.jsonl")) for line in path.open(encoding="utf-8") if line.strip()]
    out = []
    for row, result in zip(rows, pipeline.run(Post(r["text"], id=r["id"]) for r in rows)):
        found = []
        for f in result.findings:
            bare = re.sub(r"['’]s?$", "", f.text).lstrip("#")
            if f.rule == "spelling.misspelling" and bare.lower() not in lexicon.lexicon().misspellings:
                best, best_freq, edits = lexicon.closest_known(bare.lower())
                found.append((lexicon.frequency(bare.replace("’", "'")), best_freq if best else None, edits))
            else:
                found.append(None)  # codespell, American, text language, word choice: not tuned here
        out.append({"writer": row["writer"], "expect": "spelling" in row["expect"], "clean": "spelling" in row["clean"], "found": found})
    return out


def flags(post: dict, rare: float, gap: float, cost: float) -> bool:
    for item in post["found"]:
        if item is None:
            return True
        own, best, edits = item
        if own < rare and best is not None and best - own - (cost if edits == 2 else 0) >= gap:
            return True
    return False


def score(posts: list[dict], params) -> tuple[float, float, float]:
    tp = fp = fn = 0
    for post in posts:
        flagged = flags(post, *params)
        if post["expect"]:
            tp, fn = tp + flagged, fn + (not flagged)
        elif post["clean"]:
            fp += flagged
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "data" / "labelled"
    posts = features(folder)
    print("held out  chosen on the other five (rare, gap, 2-edit cost)   train F1   held-out P/R")
    for writer in sorted({p["writer"] for p in posts}):
        train = [p for p in posts if p["writer"] != writer]
        test = [p for p in posts if p["writer"] == writer]
        best = max(GRID, key=lambda params: score(train, params)[2])
        p, r, _ = score(test, best)
        print(f"{writer:9} {str(best):45} {score(train, best)[2]:8.2f}   {p:.2f}/{r:.2f}")
    p, r, f1 = score(posts, SHIPPED)
    print(f"shipped {SHIPPED}: P/R/F1 on all six {p:.2f}/{r:.2f}/{f1:.2f}")


if __name__ == "__main__":
    main()
