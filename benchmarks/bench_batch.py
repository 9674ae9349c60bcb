"""How fast is `postcheck batch`, against the floor of bare spaCy, and does memory stay flat?

    python benchmarks/bench_batch.py                 # 10,000 rows timed; memory at 10,000 and 100,000
    python benchmarks/bench_batch.py --rows 2000 --memory-rows 2000,20000 --profile 1000

Prints, in one run:
- posts per second for `postcheck batch FILE --format json` (in-process, model already loaded);
- posts per second for the same spaCy model and pipes (`checker.nlp.model().nlp`) running bare
  `nlp.pipe` over the same texts, and the ratio of the two times (the aim: 1.5 or less);
- peak memory (max RSS) of `postcheck batch` in a fresh process for each memory size;
- with --profile N: seconds per check over N posts, to say which check is slow.
The texts are generated here: council-style posts, varied, some with things to flag.
"""
from __future__ import annotations

import argparse
import contextlib
import csv
import io
import os
import random
import subprocess
import sys
import tempfile
import time
from collections import defaultdict

SERVICES = ["Bin collections", "The library", "The leisure centre", "Parking at the town hall", "The recycling centre",
            "Council tax online payments", "The register office", "Adult social care drop-ins", "The food bank referral line",
            "Pothole repairs", "Street lighting work", "The museum", "Garden waste collections", "School admissions"]
CHANGES = ["will be closed", "opens late", "moves to a new time", "is back to normal", "is paused for maintenance",
           "has extra slots", "is changing", "runs as usual", "starts again", "is delayed by a day"]
DAYS = ["on Monday", "on Tuesday", "this Wednesday", "on Thursday", "this Friday", "at the weekend", "next week",
        "over the bank holiday", "from 1 June", "until further notice"]
PLACES = ["in Shirley", "in Solihull town centre", "at Chelmsley Wood", "in Knowle", "near Elmdon Park", "in Castle Bromwich",
          "on the High Street", "at Tudor Grange", "in Meriden", "in Dorridge"]
ENDINGS = ["Find out more on our website.", "Thanks for your patience.", "Please share with neighbours.",
           "Call 0121 704 6000 for help.", "Sorry for any inconvenience.", "Details: solihull.gov.uk/news",
           "Book your place online.", "Check the map before you travel.", ""]
# Some posts carry something a check should flag, so the checks do real work.
SPICE = ["", "", "", "", "", "Cllr Jones said it was great news.", "Vote Conservative on Thursday!",
         "The color of the new bins is gray.", "Email jane.smith@gmail.com to book.", "This is a f***ing disgrace.",
         "Grab a coffee at Costa while you wait.", "Contact John on 07700 900123.", "We will leverage synergies going forward.",
         "Thx 4 ur patience, c u soon.", "The HMO licence scheme applies."]


def make_texts(count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for number in range(count):
        parts = [f"{rng.choice(SERVICES)} {rng.choice(PLACES)} {rng.choice(CHANGES)} {rng.choice(DAYS)}.",
                 rng.choice(ENDINGS), rng.choice(SPICE)]
        if rng.random() < 0.3:
            parts.append(f"Ref {number}.")  # keeps near-repeats from being exact repeats
        texts.append(" ".join(part for part in parts if part))
    return texts


def write_csv(path: str, texts: list[str], seed: int = 11) -> None:
    rng = random.Random(seed)
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "text", "scheduled"])
        for number, text in enumerate(texts, 1):
            day, month, hour = rng.randint(1, 28), rng.randint(1, 12), rng.randint(7, 20)
            writer.writerow([f"p{number}", text, f"{day:02d}/{month:02d}/2026 {hour:02d}:{rng.choice(['00', '15', '30', '45'])}"])


def bare_spacy(texts: list[str]) -> float:
    from checker import nlp

    pipeline = nlp.model().nlp
    started = time.perf_counter()
    for _ in pipeline.pipe(texts):
        pass
    return time.perf_counter() - started


def postcheck_in_process(path: str, jobs: int = 1) -> float:
    from checker.cli import main

    sink = io.StringIO()
    started = time.perf_counter()
    with contextlib.redirect_stdout(sink), contextlib.suppress(SystemExit):
        main(["batch", path, "--format", "json", "--jobs", str(jobs)])
    elapsed = time.perf_counter() - started
    if '"summary"' not in sink.getvalue()[-500:]:
        sys.exit("postcheck batch did not finish its JSON")
    return elapsed


def peak_memory_mb(path: str) -> tuple[float, float]:
    """Max RSS (MB) and wall time of `postcheck batch` in a fresh process."""
    probe = ("import resource, subprocess, sys, time; t = time.perf_counter(); "
             "subprocess.run([sys.executable, '-m', 'checker', 'batch', sys.argv[1], '--format', 'json'], "
             "stdout=subprocess.DEVNULL, check=False); "
             "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, time.perf_counter() - t)")
    done = subprocess.run([sys.executable, "-c", probe, path], capture_output=True, text=True, check=True)
    kilobytes, seconds = done.stdout.split()
    return int(kilobytes) / 1024, float(seconds)


def profile_checks(texts: list[str]) -> None:
    """Seconds spent in each check (and in spaCy) over these texts, in one process."""
    from checker.config import Config
    from checker.model import Post
    from checker.pipeline import Pipeline

    pipeline = Pipeline(Config())
    spent: dict[str, float] = defaultdict(float)
    for check in pipeline.checks:
        function = check.function

        def timed(post, ctx, _function=function, _id=check.id):
            started = time.perf_counter()
            found = list(_function(post, ctx))
            spent[_id] += time.perf_counter() - started
            return found

        check.function = timed
    posts = [Post(text, id=str(n)) for n, text in enumerate(texts, 1)]
    started = time.perf_counter()
    try:
        docs = list(pipeline.model.nlp.pipe(post.text for post in posts))
        spent["(spaCy nlp.pipe)"] = time.perf_counter() - started
        for post, doc in zip(posts, docs):
            pipeline.check(post, doc)
    finally:
        for check in pipeline.checks:
            check.function = check.function.__defaults__[0]
    total = time.perf_counter() - started
    print(f"\nprofile over {len(texts):,} posts ({total:.2f} s in all):")
    for name, seconds in sorted(spent.items(), key=lambda item: -item[1]):
        print(f"  {name:<22} {seconds:7.3f} s  {1000 * seconds / len(texts):6.3f} ms/post  {100 * seconds / total:5.1f}%")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=10_000, help="rows for the speed comparison")
    parser.add_argument("--memory-rows", default="10000,100000", help="row counts for peak memory, comma-separated")
    parser.add_argument("--jobs", type=int, default=1, help="also time postcheck batch --jobs N (N > 1)")
    parser.add_argument("--profile", type=int, default=0, help="profile the checks over this many posts")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        texts = make_texts(args.rows)
        path = os.path.join(folder, f"posts_{args.rows}.csv")
        write_csv(path, texts)
        from checker import nlp

        model = nlp.model()  # both sides start with the model loaded
        print(f"model {model.name}, pipes {model.nlp.pipe_names}; {args.rows:,} rows; CPUs {os.cpu_count()}")
        spacy_seconds = bare_spacy(texts)
        batch_seconds = postcheck_in_process(path)
        print(f"bare nlp.pipe:   {args.rows / spacy_seconds:8.0f} posts/s  ({spacy_seconds:.2f} s)")
        print(f"postcheck batch: {args.rows / batch_seconds:8.0f} posts/s  ({batch_seconds:.2f} s)")
        print(f"ratio (batch time / bare spaCy time): {batch_seconds / spacy_seconds:.2f}  (aim: 1.5 or less)")
        if args.jobs > 1:
            parallel_seconds = postcheck_in_process(path, args.jobs)
            print(f"postcheck batch --jobs {args.jobs}: {args.rows / parallel_seconds:8.0f} posts/s  ({parallel_seconds:.2f} s, "
                  f"includes starting {args.jobs} workers that each load the model)")
        for rows in (int(n) for n in args.memory_rows.split(",") if n.strip()):
            big = os.path.join(folder, f"posts_{rows}.csv")
            write_csv(big, make_texts(rows))
            megabytes, seconds = peak_memory_mb(big)
            size = os.path.getsize(big) / 1e6
            print(f"peak memory, {rows:>7,} rows ({size:5.1f} MB file): {megabytes:6.0f} MB max RSS  ({seconds:.0f} s in a fresh process)")
            os.remove(big)
        if args.profile:
            profile_checks(texts[: args.profile])


if __name__ == "__main__":
    main()
