"""What postcheck costs beyond the spaCy pass it needs anyway, measured side by side in one run.

    python benchmarks/bench_speed.py                          # 2,000 rows, 3 repeats, memory at 10k and 100k
    python benchmarks/bench_speed.py --rows 1500 --repeats 5 --memory-rows 10000 --jobs 1,2
    python benchmarks/bench_speed.py --compare /path/to/other/tree  # the same figures for another checkout

Every figure is a whole process (start-up included) run through a small probe that reports its
wall time, CPU time (user + system) and peak memory (max RSS). Each comparison runs its two
sides interleaved, `--repeats` times, and prints the median and the spread (min-max): on a
shared machine the wall clock is noisy, CPU time much less so, so ratios are given for both.
- batch: `python -m checker batch F.csv --format json` against bare scripts that run
  `nlp.pipe` over the same texts with the same spaCy model: one as `spacy.load(model)` gives it
  (every default component, parser and lemmatizer included: the issue's baseline), one with
  postcheck's own components (checker.nlp's choice: no parser or lemmatizer, senter on; the
  stricter), and that one with one BLAS thread as postcheck sets (the strictest: the bare runs
  otherwise get the caller's environment); and the in-process ratios (models loaded on both sides);
- cold check: `python -m checker check "Bins go out on Monday." --format json` against a bare
  `import spacy; spacy.load(model)`;
- `python -m checker hook` on 1 and on 200 files;
- `--jobs N` for each N given;
- peak memory of batch at each `--memory-rows` size, and the ratio of the largest to the first;
- a per-check profile (seconds per check, and per spaCy component) over the posts.
Posts are the labelled posts (data/labelled/*.jsonl), repeated to reach the row counts.

Subprocesses run with byte-code caching on (PYTHONPYCACHEPREFIX in a folder of their own), as an
installed postcheck has .pyc files, and with postcheck's own cache warmed by a first run that is
not counted (the first check and batch, which build the cache, are reported apart).
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The caller's environment, kept before checker is imported here: checker sets one BLAS thread for
# its own process (checker/__init__.py), and the bare spaCy runs must not inherit that from this
# process. They run as spaCy runs by default; BLAS_ONE adds the bare run with one thread too.
ENVIRONMENT = dict(os.environ)
BLAS_ONE = {"OPENBLAS_NUM_THREADS": "1"}
sys.path.insert(0, str(ROOT / "benchmarks"))

PROBE = (
    "import json, resource, subprocess, sys, time\n"
    "start = time.perf_counter()\n"
    "done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)\n"
    "wall = time.perf_counter() - start\n"
    "usage = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "print(json.dumps({'wall': wall, 'cpu': usage.ru_utime + usage.ru_stime, 'rss_mb': usage.ru_maxrss / 1024,\n"
    "                  'code': done.returncode, 'stderr': done.stderr.decode(errors='replace')[-400:]}))\n"
)

BARE_PIPE = """
import csv, sys, warnings
import spacy
name, exclude, path = sys.argv[1], [p for p in sys.argv[2].split(",") if p], sys.argv[3]
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    nlp = spacy.load(name, exclude=exclude)
if exclude and "senter" in nlp.disabled:  # postcheck's pipe; the default pipe is left as loaded
    nlp.enable_pipe("senter")
with open(path, encoding="utf-8", newline="") as handle:
    texts = [row["text"] for row in csv.DictReader(handle)]
for doc in nlp.pipe(texts, batch_size=int(sys.argv[4])):
    pass
"""

DEFAULT_PIPE = "bare nlp.pipe, default pipe (spacy.load(model))"
SAME_PIPE = "bare nlp.pipe, postcheck's components"
SAME_PIPE_ONE = "bare nlp.pipe, postcheck's components, 1 BLAS thread"


def posts(count: int) -> list[dict]:
    """The labelled posts, repeated (with a suffix, so repeats are not identical) to `count`."""
    base = []
    for path in sorted((ROOT / "data" / "labelled").glob("*.jsonl")):
        with open(path, encoding="utf-8") as handle:
            base += [json.loads(line) for line in handle if line.strip()]
    out = []
    for number in range(count):
        post = dict(base[number % len(base)])
        if number >= len(base):
            post["text"] = f"{post['text']} ({number // len(base)})"
        post["id"] = f"p{number + 1}"
        out.append(post)
    return out


def write_csv(path: Path, rows: list[dict]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "text", "scheduled", "platform"])
        for row in rows:
            writer.writerow([row["id"], row["text"], row.get("scheduled", ""), row.get("platform", "")])


class Runner:
    """Runs commands as whole processes under the probe, in an environment for one tree."""

    def __init__(self, tree: Path, pycache: Path, cache: Path):
        self.tree = tree
        self.env = {k: v for k, v in ENVIRONMENT.items() if k != "PYTHONDONTWRITEBYTECODE"}
        self.env.update(PYTHONPATH=str(tree), PYTHONPYCACHEPREFIX=str(pycache), POSTCHECK_CACHE_DIR=str(cache))

    def run(self, args: list[str], cwd: Path | None = None, ok=(0, 1), env: dict | None = None) -> dict:
        done = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True,
                              env=self.env | (env or {}), cwd=cwd or self.tree, check=True)
        figures = json.loads(done.stdout)
        if figures["code"] not in ok:
            sys.exit(f"{' '.join(args[:4])}... exited {figures['code']}: {figures['stderr']}")
        return figures

    def python(self, *args: str, cwd: Path | None = None, ok=(0, 1), env: dict | None = None) -> dict:
        return self.run([sys.executable, *args], cwd=cwd, ok=ok, env=env)


def interleaved(sides: dict[str, callable], repeats: int) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = defaultdict(list)
    for _ in range(repeats):
        for name, run in sides.items():
            out[name].append(run())
    return out


def summary(runs: list[dict], key: str) -> tuple[float, float, float]:
    values = [run[key] for run in runs]
    return statistics.median(values), min(values), max(values)


def show(label: str, runs: list[dict]) -> None:
    wall, cpu = summary(runs, "wall"), summary(runs, "cpu")
    rss = max(run["rss_mb"] for run in runs)
    print(f"  {label:<50} wall {wall[0]:6.2f} s ({wall[1]:.2f}-{wall[2]:.2f})  cpu {cpu[0]:6.2f} s "
          f"({cpu[1]:.2f}-{cpu[2]:.2f})  {rss:5.0f} MB")


def ratio(label: str, ours: list[dict], base: list[dict], target: float | None = None) -> None:
    aim = f"  (target {target})" if target else ""
    wall = statistics.median(o["wall"] / b["wall"] for o, b in zip(ours, base))
    cpu = statistics.median(o["cpu"] / b["cpu"] for o, b in zip(ours, base))
    spread = [round(o["wall"] / b["wall"], 2) for o, b in zip(ours, base)]
    print(f"  ratio {label:<62} wall {wall:5.2f}  cpu {cpu:5.2f}  (wall per repeat {spread}){aim}")


def in_process(model_choice, path: Path, texts: list[str], repeats: int, batch_size: int) -> None:
    """Both sides in this process with the models loaded: the checks' cost alone, against each
    baseline (the default pipe and postcheck's own components)."""
    import contextlib
    import io
    import warnings

    import spacy

    from checker import nlp as nlp_module
    from checker.cli import main

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        default = spacy.load(model_choice.name)
        # spaCy's own components, as the whole-process baseline loads them (postcheck's model
        # answers the attribute ruler's part itself: checker.remembered_ruler)
        same = spacy.load(model_choice.name, exclude=list(nlp_module.EXCLUDE))
    if "senter" in same.disabled:
        same.enable_pipe("senter")
    bares = {DEFAULT_PIPE: default, SAME_PIPE: same}
    ratios: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for _ in range(repeats):
        spent = {}
        for name, nlp in bares.items():
            started = time.perf_counter()
            for _doc in nlp.pipe(texts, batch_size=batch_size):
                pass
            spent[name] = time.perf_counter() - started
        sink = io.StringIO()
        started = time.perf_counter()
        with contextlib.redirect_stdout(sink), contextlib.suppress(SystemExit):
            main(["batch", str(path), "--format", "json"])
        ours = time.perf_counter() - started
        for name, bare in spent.items():
            ratios[name].append((ours / bare, bare))
    for name, found in ratios.items():
        print(f"  in-process batch / {name.removeprefix('bare '):<40} {statistics.median(r[0] for r in found):5.2f}  "
              f"(per repeat {[round(r[0], 2) for r in found]}; bare {statistics.median(r[1] for r in found):.2f} s)")


def profile(texts: list[str]) -> None:
    """Seconds per check and per spaCy component over the texts, in this process."""
    from checker.config import Config
    from checker.model import Post
    from checker.pipeline import Pipeline
    from checker.text.view import PostView

    pipeline = Pipeline(Config())
    nlp = pipeline.model.nlp
    spent: dict[str, float] = defaultdict(float)
    posts_ = [Post(text, id=str(n)) for n, text in enumerate(texts, 1)]
    docs = [nlp.make_doc(text) for text in texts]
    started = time.perf_counter()
    docs = [nlp.make_doc(text) for text in texts]
    spent["spaCy tokenizer"] = time.perf_counter() - started
    for name, component in nlp.pipeline:
        started = time.perf_counter()
        docs = list(component.pipe(docs, batch_size=256)) if hasattr(component, "pipe") else [component(d) for d in docs]
        spent[f"spaCy {name}"] = time.perf_counter() - started
    for post, doc in zip(posts_, docs):
        started = time.perf_counter()
        view = PostView(post, doc, pipeline.now)
        spent["post view (shared)"] += time.perf_counter() - started
        for check in pipeline.checks:
            started = time.perf_counter()
            for _hit in check.function(view, pipeline.contexts[check.id]):
                pass
            spent[check.id] += time.perf_counter() - started
    total = sum(spent.values())
    print(f"\nprofile over {len(texts):,} posts, in process ({total:.2f} s in all):")
    for name, seconds in sorted(spent.items(), key=lambda item: -item[1]):
        print(f"  {name:<24} {seconds:7.3f} s  {1000 * seconds / len(texts):6.3f} ms/post  {100 * seconds / total:5.1f}%")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=2000, help="rows for the batch comparison")
    parser.add_argument("--repeats", type=int, default=3, help="interleaved repeats of each comparison")
    parser.add_argument("--memory-rows", default="10000,100000", help="row counts for peak memory ('' to skip)")
    parser.add_argument("--jobs", default="1,2", help="batch --jobs values to time ('' to skip)")
    parser.add_argument("--hook-files", type=int, default=200)
    parser.add_argument("--profile", type=int, default=1000, help="posts for the per-check profile (0 to skip)")
    parser.add_argument("--compare", type=Path, help="another checkout: its figures are printed beside these")
    args = parser.parse_args()

    sys.path.insert(0, str(ROOT))
    from checker import nlp

    model = nlp.model()
    exclude = ",".join(nlp.EXCLUDE)
    batch_size = getattr(nlp, "BATCH_SIZE", 256)
    print(f"model {model.name}; pipes {model.nlp.pipe_names}; CPUs {os.cpu_count()}; load average "
          f"{os.getloadavg()[0]:.1f}; {args.rows:,} rows; {args.repeats} repeats, interleaved; medians (min-max)")

    bench_home = Path(tempfile.gettempdir()) / f"postcheck-bench-{os.getuid()}"
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        trees = {"this tree": ROOT} | ({"compared": args.compare.resolve()} if args.compare else {})
        runners = {name: Runner(tree, bench_home / "pycache", folder / f"cache-{index}")
                   for index, (name, tree) in enumerate(trees.items())}
        rows = posts(args.rows)
        path = folder / "posts.csv"
        write_csv(path, rows)
        check = ["-m", "checker", "check", "Bins go out on Monday.", "--format", "json"]
        batch = ["-m", "checker", "batch", str(path), "--format", "json"]

        print("\nfirst runs (empty postcheck cache: they build it; not counted below):")
        for name, runner in runners.items():
            show(f"{name}: check", [runner.python(*check)])
            show(f"{name}: batch (builds the spelling index)", [runner.python(*batch)])
        runner = runners["this tree"]
        runner.python("-c", "import spacy")  # warm the .pyc of the bare side too

        def beside_bare(title, bares, what, command, target):
            """Each tree's `command` and the bare spaCy runs, interleaved, with their ratios."""
            print(f"\n{title} (whole process):")
            sides = dict(bares)
            sides |= {f"{name}: {what}": (lambda r=r: r.python(*command)) for name, r in runners.items()}
            found = interleaved(sides, args.repeats)
            for name, runs in found.items():
                show(name, runs)
            for bare_name in bares:
                for name in runners:
                    ratio(f"{name}: {what} / {bare_name.removeprefix('bare ')}", found[f"{name}: {what}"], found[bare_name], target)

        beside_bare("cold check", {"bare spacy.load": lambda: runner.python("-c", f"import spacy; spacy.load({model.name!r})")},
                    "check", check, 1.2)
        # Three baselines for the batch: the model as spacy.load gives it (every default component:
        # the "bare nlp.pipe with the same spaCy model"), the stricter one, the same model
        # with postcheck's own components (no parser or lemmatizer, senter on), and that one again
        # with one BLAS thread, as postcheck runs it (what is left is postcheck's own cost).
        beside_bare(f"batch, {args.rows:,} rows",
                    {DEFAULT_PIPE: lambda: runner.python("-c", BARE_PIPE, model.name, "", str(path), str(batch_size)),
                     SAME_PIPE: lambda: runner.python("-c", BARE_PIPE, model.name, exclude, str(path), str(batch_size)),
                     SAME_PIPE_ONE: lambda: runner.python("-c", BARE_PIPE, model.name, exclude, str(path), str(batch_size),
                                                          env=BLAS_ONE)},
                    "batch", batch, 1.25)
        in_process(model, path, [row["text"] for row in rows], args.repeats, batch_size)

        jobs = [int(n) for n in args.jobs.split(",") if n.strip()]
        if jobs:
            print(f"\nbatch --jobs, {args.rows:,} rows (whole process):")
            sides = {f"--jobs {n}": (lambda n=n: runner.python(*batch, "--jobs", str(n))) for n in jobs}
            found = interleaved(sides, args.repeats)
            for name, runs in found.items():
                show(name, runs)

        if args.hook_files:
            from bench_hook import write_posts

            hook_folder = folder / "hook"
            hook_folder.mkdir()
            names = [p.name for p in write_posts(hook_folder, args.hook_files)]
            print("\nhook (whole process, one call):")
            sides = {}
            for name, r in runners.items():
                sides[f"{name}: hook, 1 file"] = lambda r=r: r.python("-m", "checker", "hook", names[0], cwd=hook_folder)
                sides[f"{name}: hook, {len(names)} files"] = lambda r=r: r.python("-m", "checker", "hook", *names, cwd=hook_folder)
            for name, runs in interleaved(sides, args.repeats).items():
                show(name, runs)

        if args.profile:
            profile([row["text"] for row in posts(args.profile)])

        sizes = [int(n) for n in args.memory_rows.split(",") if n.strip()]
        if sizes:
            print("\npeak memory of batch (whole process, one run each, this tree only):")
            peaks = {}
            for size in sizes:
                big = folder / f"posts_{size}.csv"
                write_csv(big, posts(size))
                for name, r in {"this tree": runner}.items():
                    figures = r.python("-m", "checker", "batch", str(big), "--format", "json")
                    peaks[name, size] = figures["rss_mb"]
                    print(f"  {name}: {size:>7,} rows ({big.stat().st_size / 1e6:5.1f} MB)  {figures['rss_mb']:6.0f} MB max RSS"
                          f"  ({figures['wall']:.0f} s wall, {size / figures['wall']:.0f} posts/s)")
                big.unlink()
            if len(sizes) > 1:
                for name in ("this tree",):
                    print(f"  {name}: peak at {sizes[-1]:,} / peak at {sizes[0]:,}: "
                          f"{peaks[name, sizes[-1]] / peaks[name, sizes[0]]:.3f}  (target 1.10 or less)")



if __name__ == "__main__":
    main()
