"""Plumbing for `postcheck batch`: where results come from and where reports go.

Kept out of cli.py so the command stays a list of options: checking in one process or with
--jobs, the progress bar on a terminal, and refusing to write a report over the input.
"""
from __future__ import annotations

import gc
import os
import sys
from datetime import datetime
from pathlib import Path
from typing import Callable, Iterable, Iterator, TextIO

from checker.config import Config
from checker.errors import UsageError
from checker.model import Result
from checker.pipeline import Pipeline

# Below this size a file is checked in a second or two: no progress bar.
PROGRESS_MIN_BYTES = 32 * 1024


def same_file(a: Path, b: Path) -> bool:
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
    except OSError:
        pass
    return a.resolve() == b.resolve()


def check_output_paths(source: Path, output: Path | None, html: Path | None, fmt: str, config: str | None = None) -> None:
    """Reports never go over the input file or the config in use, and --output needs a format
    that writes a file."""
    for target, option in ((output, "--output"), (html, "--html")):
        if target is not None and same_file(Path(target), Path(source)):
            raise UsageError(f"{option}: {target} is the input file; give another path so the schedule is not overwritten")
        # config is the file's path, or "pyproject.toml [tool.postcheck]"
        if target is not None and config and same_file(Path(target), Path(config.partition(" [")[0])):
            raise UsageError(f"{option}: {target} is the config in use; give another path so it is not overwritten")
        if target is not None and Path(target).is_dir():
            raise UsageError(f"{option}: {target} is a folder; give a file name")
    if output is not None and html is not None and same_file(Path(output), Path(html)):
        raise UsageError("--output and --html name the same file")
    if output is not None and fmt == "rich":
        raise UsageError("--output: give --format json or --format csv (the rich report is for the terminal; --html writes a page)")


def open_output(output: Path | None, fmt: str) -> TextIO:
    """Standard output, or a ReportFile that replaces `output` only when the run succeeds."""
    if output is None:
        return sys.stdout
    from checker.report.output import ReportFile

    # A BOM so that Excel reads a CSV as UTF-8 (accents, £, curly quotes).
    return ReportFile(output, "--output", encoding="utf-8-sig" if fmt == "csv" else "utf-8")


def usable_cores() -> int:
    """The cores this process may run on (a container or taskset may allow fewer than exist)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def jobs_option(jobs: int) -> int:
    """--jobs capped at the usable cores. More workers than cores only queue for them while each
    holds its own spaCy model (about 230 MB), so a larger number is capped with a warning rather
    than refused: the same CI config then runs on a small runner and a large one."""
    if jobs < 1:
        raise UsageError(f"--jobs: {jobs} is not a number of processes (1 or more)")
    cores = usable_cores()
    if jobs > cores:
        print(f"postcheck: warning: --jobs {jobs}: this machine lets postcheck use {cores} "
              f"core{'s' if cores != 1 else ''}; using {cores} worker{'s' if cores != 1 else ''}", file=sys.stderr)
        return cores
    return jobs


# Python's cyclic garbage collector walks every tracked object of a generation each time it runs.
# A batch allocates millions of short-lived objects (tokens, hits, findings) beside a few hundred
# thousand long-lived ones (the spaCy model, word lists): with the default threshold (700) it ran
# about 800 times over 1,500 posts and took 0.5 s of CPU. A larger first threshold, and freezing
# what is loaded once the first post is checked (the model and each check's lazy data), cut that
# to about 0.2 s (benchmarks/bench_speed.py). The second generation is collected after 100 of the
# first's collections, not 10: each of its collections walked the chunk's docs and results (about
# 15 ms, ten times per 1,000 posts) and the tenth set off a full one, for a few hundred cyclic
# objects in all; with 100, collecting took 0.2 s per 1,000 posts instead of 0.39, at the same peak
# memory. Nothing is collected later than it would be by reference counting: only cycles wait,
# and a batch makes few.
GC_THRESHOLD = (10_000, 100, 10)


def collected_lightly(results: Iterable[Result]) -> Iterator[Result]:
    """`results`, with the garbage collector tuned for a batch while they are produced."""
    before = gc.get_threshold()
    gc.set_threshold(*GC_THRESHOLD)
    try:
        for count, result in enumerate(results):
            yield result
            if count == 0:
                gc.freeze()  # the model and every check's data are loaded by now
    finally:
        gc.set_threshold(*before)
        gc.unfreeze()


def batch_results(config: Config, source, jobs: int) -> tuple[Iterator[Result], Callable[[], str | None]]:
    """Results in input order, and a function giving the spaCy model's name once they are out."""
    notes = getattr(source, "notes", None)  # posts with no schedule are judged as of the time the notes name
    now = notes.now if notes is not None else datetime.now().replace(microsecond=0)
    if jobs > 1:
        from checker.parallel import ParallelRun

        runner = ParallelRun(config, now, jobs)
        return runner.run(source.items()), lambda: runner.model_name
    pipeline = Pipeline(config, now=now)
    return collected_lightly(pipeline.run(source.items())), lambda: pipeline.model.name if pipeline.needs_nlp else None


def rows_in(path: Path) -> int:
    """About how many posts a CSV holds: its line count less the header (a cell over several
    lines makes it an overestimate). One fast pass over the bytes, for the progress bar's total."""
    lines = 0
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            lines += chunk.count(b"\n")
    return max(lines - 1, 1)


def rate_text(count: int, seconds: float) -> str:
    return f"{count / seconds:.1f} posts/s" if seconds > 0 and count else ""


def progress_over(results: Iterable[Result], source, stream: TextIO | None = None) -> Iterator[Result]:
    """Posts checked, of about how many, with the rate and the time left: on standard error, only
    when it is a terminal and the file is long. The clock starts at the first post, so loading
    the language model does not count against the rate."""
    stream = stream or sys.stderr
    if not stream.isatty() or source.size < PROGRESS_MIN_BYTES:
        yield from results
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TextColumn("posts"),
               TextColumn("{task.fields[rate]}"), TimeRemainingColumn(), TextColumn("left"))
    with Progress(*columns, console=Console(file=stream), transient=True) as progress:
        task = progress.add_task("loading", total=rows_in(source.path), start=False, rate="")
        started, count = 0.0, 0
        for count, result in enumerate(results, 1):
            if count == 1:
                progress.start_task(task)
                started = progress.get_time()
            total = max(progress.tasks[0].total or 0, count)
            progress.update(task, description="checking", completed=count, total=total,
                            rate=rate_text(count - 1, progress.get_time() - started))
            yield result
