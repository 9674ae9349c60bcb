"""How much a person has to read: lines of the terminal reports at 80 columns, and the HTML page,
for this checkout beside a baseline checkout (another clone, e.g. at the previous release) in
the same run.

    git worktree add /tmp/postcheck-v0.3.0 v0.3.0      # a baseline: the previous release
    python benchmarks/bench_report_size.py --baseline /tmp/postcheck-v0.3.0 --rows 300

The schedule is built from ../shared/corpus/dev.jsonl (each text once, then again, spread over
April-May 2026 so that some fall in the 2026 pre-election period). Prints, for each checkout:
the lines of `check` on a five-finding draft, the lines of `batch --format rich`, and the size of
`batch --html` (bytes, and the number of times the longest clause description is repeated).
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
CORPUS = HERE.parent / "shared" / "corpus" / "dev.jsonl"
FIVE = "Pls help us organize the recieve day at the town center. Call Jane Smith on 07700 900123."
LONG_CLAUSE = "Posting rules: a clear purpose"  # sandwell-5.4's description starts so


def schedule(rows: int, folder: Path) -> Path:
    texts = [json.loads(line)["text"] for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    path = folder / "schedule.csv"
    start = datetime(2026, 3, 20, 9, 0)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "text", "scheduled"])
        for n in range(rows):
            when = start + timedelta(hours=5 * n)
            writer.writerow([f"p{n + 1}", texts[n % len(texts)], when.strftime("%Y-%m-%d %H:%M")])
    return path


def run(tree: Path, *args: str) -> str:
    env = dict(os.environ, PYTHONPATH=str(tree), COLUMNS="80", TERM="dumb", NO_COLOR="1")
    done = subprocess.run([sys.executable, "-m", "checker", *args], capture_output=True, text=True, env=env, cwd=tree)
    return done.stdout


def measure(tree: Path, csv_path: Path, folder: Path) -> dict:
    draft = run(tree, "check", FIVE, "--format", "rich")
    batch = run(tree, "batch", str(csv_path), "--format", "rich")
    page = folder / f"{tree.name}.html"
    run(tree, "batch", str(csv_path), "--format", "json", "--html", str(page))
    html = page.read_text(encoding="utf-8")
    return {"check lines": len(draft.splitlines()), "batch lines": len(batch.splitlines()),
            "html bytes": len(html.encode("utf-8")), "long clause repeats": html.count(LONG_CLAUSE)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", type=Path, required=True, help="another checkout of postcheck to compare with")
    parser.add_argument("--rows", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        csv_path = schedule(args.rows, folder)
        results = {name: measure(tree, csv_path, folder) for name, tree in (("baseline", args.baseline.resolve()), ("this", HERE))}
    print(f"{args.rows} rows from {CORPUS.name}; terminal 80 columns")
    print(f"{'':22}{'baseline':>12}{'this':>12}")
    for key in results["this"]:
        print(f"{key:22}{results['baseline'][key]:>12}{results['this'][key]:>12}")


if __name__ == "__main__":
    main()
