"""Every check finishes on 100 KB adversarial posts (runs of one character, of digits and spaces,
of punctuation, of titles), the worst cases for backtracking patterns.

Only completion is asserted, under a generous timeout: a pattern that backtracks badly takes
minutes on these, not seconds. Times against the 1 s budget are measured by
benchmarks/adversarial.py, not here. The checks run in a child process (so a hang can be
stopped) over a tokenised doc without the statistical model, which is what keeps this fast;
the benchmark uses the real model.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SIZE = 100_000
UNITS = ["a", ".", "@", "07700 ", "1 ", "Mr ", "Mr Mrs Dr Cllr ", "12 High Street ", "a@b.", "#a ", "1,", "!", "\n",
         "Council ", "+44 ", "943 "]
TIMEOUT = 60  # seconds for every check on one post: about 4 s each, against minutes for a bad pattern

RUNNER = r"""
import sys
import spacy
from checker.config import Config
from checker.model import Post
from checker.pipeline import Pipeline
from checker.text.view import PostView

unit, size = sys.argv[1], int(sys.argv[2])
text = (unit * (size // len(unit) + 1))[:size]
pipeline = Pipeline(Config())
nlp = spacy.blank("en")
nlp.add_pipe("sentencizer")
nlp.max_length = size + 1
doc = nlp(text)
for check in pipeline.checks:
    print(check.id, flush=True)
    list(check.function(PostView(Post(text), doc, pipeline.now), pipeline.contexts[check.id]))
print("done", flush=True)
"""


@pytest.mark.parametrize("unit", UNITS, ids=[repr(u) for u in UNITS])
def test_every_check_finishes_on_a_100kb_run(unit):
    try:
        done = subprocess.run([sys.executable, "-c", RUNNER, unit, str(SIZE)], cwd=ROOT, capture_output=True,
                              text=True, timeout=TIMEOUT, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    except subprocess.TimeoutExpired as expired:
        running = (expired.stdout or b"").decode() if isinstance(expired.stdout, bytes) else (expired.stdout or "")
        pytest.fail(f"still running after {TIMEOUT} s on {unit!r} x {SIZE}: {running.split()[-1:]}")
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split()[-1] == "done"
