"""Time one `postcheck hook` run over 200 post files, as pre-commit would run it (one process).

Writes 200 drafts (a mix of .txt and .md with front matter, a few with problems) into a
temporary folder, runs `postcheck hook` on all of them once, and prints the wall time, the
time of a one-file run (mostly start-up and the spaCy model load) for comparison, and the
number of findings. Usage: python benchmarks/bench_hook.py [N]
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TEMPLATES = [
    "Green bin collections move to {day} next week because of the bank holiday. Check your day at https://www.solihull.gov.uk/bins #BinDay",
    "Libraries across the borough open late on {day}: drop in for homework help, free wifi and the summer reading challenge.",
    "Roadworks on the A45 start on {day}. Allow extra time and follow the diversion signs. More at https://www.solihull.gov.uk/roads",
    "Our #recyclingweek starts on {day}!\n✅ Rinse your tins\n✅ Flatten your boxes\n✅ Lids back on bottles",
    "Council tax bills for 2026/27 are on their way. Pay by direct debit from {day} and spread the cost over 12 months.",
    "The bloody bins were late again on {day}, sorry.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def write_posts(folder: Path, count: int) -> list[Path]:
    paths = []
    for number in range(count):
        text = TEMPLATES[number % len(TEMPLATES)].format(day=DAYS[number % len(DAYS)])
        if number % 2:
            path = folder / f"post{number:03}.md"
            path.write_text(f"---\nplatform: x\nscheduled: 2026-06-{number % 28 + 1:02} 10:00\n---\n\n{text}\n", encoding="utf-8")
        else:
            path = folder / f"post{number:03}.txt"
            path.write_text(text + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def timed(args: list[str], cwd: Path) -> tuple[float, subprocess.CompletedProcess]:
    start = time.perf_counter()
    done = subprocess.run(args, cwd=cwd, capture_output=True, text=True)
    return time.perf_counter() - start, done


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    command = shutil.which("postcheck") or "postcheck"
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = write_posts(folder, count)
        names = [p.name for p in paths]
        single, _ = timed([command, "hook", names[0]], folder)
        elapsed, done = timed([command, "hook", *names], folder)
        if done.returncode not in (0, 1):
            sys.exit(f"postcheck hook failed ({done.returncode}): {done.stderr.strip()}")
        findings = sum(1 for line in done.stdout.splitlines() if ": error " in line or ": warning " in line or ": info " in line)
        print(f"postcheck hook, {count} files in one run: {elapsed:.2f} s wall ({1000 * elapsed / count:.1f} ms a file), exit {done.returncode}, {findings} findings")
        print(f"postcheck hook, 1 file (start-up and model load): {single:.2f} s wall")
        print(f"so the {count - 1} further files cost {elapsed - single:.2f} s: the model is loaded once per run")
        print(done.stdout.splitlines()[-1] if done.stdout else "")


if __name__ == "__main__":
    main()
