"""`batch --jobs N`: check chunks of posts in worker processes, results in input order.

Each worker builds its own Pipeline (and loads the spaCy model once, when it starts). Checks
declared `cross_post=True` (repeats across the file) judge posts together, so they run here in
the main process over every post, in order; their findings are settled by the same config and
merged with the worker's. At most 2 chunks per worker are in flight, so memory stays flat.
"""
from __future__ import annotations

import multiprocessing
from dataclasses import replace
from collections import deque
from datetime import datetime
from itertools import islice
from typing import Iterable, Iterator

from checker.config import Config
from checker.model import Post, Result
from checker.pipeline import CHUNK, Pipeline
from checker.registry import all_checks

SEVERITY_ORDER = ["info", "warning", "error"]
_WORKER: Pipeline | None = None


def _start(config: Config, now: datetime, checks: list[str]) -> None:
    global _WORKER
    _WORKER = Pipeline(config, now=now, checks=checks)
    _WORKER.model  # load spaCy now, once per worker, not inside the first chunk


def _work(chunk: list[Post | Result]) -> tuple[str | None, list[Result]]:
    model = _WORKER.model
    return (model.name if model else None), list(_WORKER.run(chunk))


class ParallelRun:
    """Iterate over `run(posts)` for Results; `model_name` is known once a chunk is back."""

    def __init__(self, config: Config, now: datetime, jobs: int):
        self.config, self.now, self.jobs = config, now, jobs
        enabled = [check for check in all_checks().values() if config.enabled(check.id)]
        self.worker_checks = [c.id for c in enabled if not c.cross_post]
        cross = [c.id for c in enabled if c.cross_post]
        self.main = Pipeline(config, now=now, checks=cross) if cross else None
        self.model_name: str | None = None

    def run(self, posts: Iterable[Post | Result]) -> Iterator[Result]:
        iterator = iter(posts)
        # spawn, not fork: the main process may hold threads (the progress bar) and fork
        # would copy them half-way through.
        context = multiprocessing.get_context("spawn")
        with context.Pool(self.jobs, initializer=_start, initargs=(self.config, self.now, self.worker_checks)) as pool:
            in_flight: deque = deque()
            while chunk := list(islice(iterator, CHUNK)):
                in_flight.append(pool.apply_async(_work, (chunk,)))
                while len(in_flight) >= 2 * self.jobs:
                    yield from self._finish(in_flight.popleft().get())
            while in_flight:
                yield from self._finish(in_flight.popleft().get())

    def _finish(self, done: tuple[str | None, list[Result]]) -> Iterator[Result]:
        name, results = done
        self.model_name = self.model_name or name
        for result in results:
            yield self._cross_post(result)

    def _cross_post(self, result: Result) -> Result:
        if self.main is None or result.problem:
            return result
        extra = self.main.check(result.post)
        if not extra.findings and not extra.suppressed:
            return result
        findings = sorted(result.findings + extra.findings,
                          key=lambda f: (f.start, -SEVERITY_ORDER.index(f.severity), f.rule))
        # replace, not a new Result: the period and the personal-data spans go through.
        return replace(result, findings=findings, suppressed=result.suppressed + extra.suppressed,
                       personal=tuple(sorted(result.personal + extra.personal)))
