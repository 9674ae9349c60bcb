"""Fuzzing harness: generated and mutated posts through every check, and through the full pipeline
and every report format.

Stage 1 (--posts, default 100,000): each post, cleaned as the input readers clean it, goes
through every check's function over a tokenised doc (spaCy's tokenizer and sentencizer, without
the statistical model: the checks' own code is what is fuzzed here, at thousands of posts a
second). Stage 2 (--pipeline, default 5,000): posts go through Pipeline.run with the real model,
settle, and every report format (masked), as the commands run them.

Invariants: no exception; every span inside the text; severities valid; rule ids registered;
clauses in wordlists/clauses.toml; no raw personal value (3+ characters) in any masked report, nor
any word of a person's name where it recurs on its own.
Printed: counts and rate, crashes and violations (with the input), the slowest inputs per check.
Every failing post is also saved whole to --failures (JSON Lines: stage, kind, detail, text), and
`--replay FILE` runs saved posts through stage 2 again, together as one batch and each alone (a
leak that shows only beside other posts is found either way).

Posts come from fragments of what goes wrong (identifiers, names, swearing, parties, control
characters, lone surrogates), random Unicode, and mutations of ../shared/corpus/dev.jsonl when
it is there. Run from the project root:

    python benchmarks/fuzz.py [--posts 100000] [--pipeline 5000] [--seed 1] [--jobs 1]
    python benchmarks/fuzz.py --replay fuzz-failures.jsonl
"""
from __future__ import annotations

import argparse
import heapq
import io
import json
import multiprocessing
import random
import re
import sys
import time
import traceback
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
CORPUS = ROOT.parent / "shared" / "corpus" / "dev.jsonl"

FRAGMENTS = [
    "Bins go out on Monday.", "Call Jane on 07700 900461", "NHS number 943 476 5919", "NHS no. 9434765919",
    "National Insurance number QQ 12 34 56 C", "NI number: JT123456A", "email jane.whitfield1962@gmail.com",
    "at 14 Larkspur Close, Shirley B90 4QT", "Mrs Jane Whitfield, aged 84,", "sort code 40-11-62 account 31926819",
    "card 4111 1111 1111 1111", "passport no. AB1234567", "GB82 WEST 1234 5698 7654 32", "+44 7700 900461",
    "Vote Labour on Thursday!", "Cllr Smith (Conservative) opened the park.", "Great deal at Tesco today",
    "bloody brilliant", "sh1t", "f*** off", "https://www.solihull.gov.uk/bins", "www.example.com/a?b=c",
    "#RecyclingWeek", "#recyclingweek", "@SolihullCouncil", "😀👍🏽", "👨‍👩‍👧", "20/04/2026", "£5 off", "colour color",
    "Mr. Dr. St.", "...", "!!!", "?!", "\u200b", "\u202e", "\x1b[2J", "\x1b]0;title\x07", "\ud800", "\udcff", "\x00",
    "\t\n", "\r\n", "FREE FREE FREE", "donate now", "purdah", "election", "manifesto", "[approved: CE-12]",
    "<!-- postcheck: ignore spelling -- reason -->", "e.g.", "Ltd", "PLC", "ａｂｃ", "İstanbul", "ß", "ﬁ", "\u0301",
    # A private person named once with details, then again shorter: every mention must be masked.
    "Neil Foster, who has dementia, lives in our care home.", "Neil says thanks.", "Mr Foster's daughter",
]
ALPHABETS = ["abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "0123456789", " \n\t", ".,;:!?'\"()[]{}-_/\\@#£$%&*+=<>|~^`",
             "éèêëàâäôöûüçñ", "αβγδ", "абвгд", "中文字", "\u200b\u200c\u200d\ufeff", "\x00\x01\x1b\x7f"]
TARGETS = [("email", "{local}@{domain}"), ("phone", "07700 {n6}"), ("nhs", "943 476 5919")]


def random_unicode(rng: random.Random, size: int) -> str:
    out = []
    for _ in range(size):
        roll = rng.random()
        if roll < 0.7:
            out.append(rng.choice(rng.choice(ALPHABETS)))
        elif roll < 0.95:
            out.append(chr(rng.randrange(0x20, 0x3000)))
        else:
            out.append(chr(rng.randrange(0, 0x110000)))
    return "".join(out)


def mutate(rng: random.Random, text: str) -> str:
    chars = list(text)
    for _ in range(rng.randint(1, 6)):
        roll = rng.random()
        at = rng.randrange(len(chars) + 1)
        if roll < 0.25 and chars:
            del chars[min(at, len(chars) - 1)]
        elif roll < 0.5:
            chars[at:at] = list(rng.choice(FRAGMENTS))
        elif roll < 0.65 and chars:
            chars[min(at, len(chars) - 1)] = random_unicode(rng, 1)
        elif roll < 0.75 and chars:
            end = min(len(chars), at + rng.randint(1, 40))
            chars[at:at] = chars[at:end] * rng.randint(2, 20)
        elif roll < 0.85:
            chars = list("".join(chars).upper() if rng.random() < 0.5 else "".join(chars).lower())
        elif roll < 0.95:
            chars[at:at] = list(random_unicode(rng, rng.randint(1, 30)))
        else:
            chars = chars[: rng.randrange(len(chars) + 1)]
    return "".join(chars)


def corpus() -> list[str]:
    if not CORPUS.exists():
        return []
    with open(CORPUS, encoding="utf-8") as handle:
        return [json.loads(line)["text"] for line in handle if line.strip()]


def generate(rng: random.Random, seeds: list[str]) -> str:
    roll = rng.random()
    if roll < 0.3:
        return " ".join(rng.choice(FRAGMENTS) for _ in range(rng.randint(1, 10)))
    if roll < 0.45:
        return random_unicode(rng, rng.randint(0, 400))
    if roll < 0.5:
        unit = rng.choice(FRAGMENTS + ["a", ".", "@", "1 ", "Mr ", "#"])
        return unit * rng.randint(1, 2000 // max(1, len(unit)))
    base = rng.choice(seeds) if seeds else rng.choice(FRAGMENTS)
    return mutate(rng, base)


# ---- stage 1: the checks alone ---------------------------------------------------------------

_STATE: dict = {}


def _setup() -> None:
    import spacy

    from checker.clauses import clauses
    from checker.config import Config
    from checker.pipeline import Pipeline

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    pipeline = Pipeline(Config())
    _STATE.update(nlp=nlp, pipeline=pipeline, clauses=set(clauses()))


def _check_batch(args) -> dict:
    seed, count, seeds = args
    if not _STATE:
        _setup()
    from spacy.tokens import Doc

    from checker.inputs.files import clean_text
    from checker.model import SEVERITIES, Post
    from checker.pipeline import pieces, whole
    from checker.text.view import PostView

    rng = random.Random(seed)
    nlp, pipeline, known_clauses = _STATE["nlp"], _STATE["pipeline"], _STATE["clauses"]
    crashes, violations, slowest = [], [], defaultdict(list)
    for _ in range(count):
        text, _ = clean_text(generate(rng, seeds))
        try:
            doc = nlp(text) if whole(text) else Doc.from_docs(list(nlp.pipe(pieces(text))), ensure_whitespace=False)
        except Exception as error:  # noqa: BLE001
            crashes.append(("spacy-tokenizer", type(error).__name__, str(error)[:200], text))
            continue
        for check in pipeline.checks:
            view = PostView(Post(text, meta={"platform": rng.choice(["", "x", "instagram", "bluesky"])}), doc, pipeline.now)
            started = time.perf_counter()
            try:
                hits = list(check.function(view, pipeline.contexts[check.id]))
            except Exception as error:  # noqa: BLE001
                crashes.append((check.id, type(error).__name__, "".join(traceback.format_exception_only(error)).strip()[:300], text))
                continue
            seconds = time.perf_counter() - started
            heap = slowest[check.id]
            item = (seconds, len(text), text[:80])
            heapq.heappush(heap, item) if len(heap) < 3 else heapq.heappushpop(heap, item)
            for hit in hits:
                problem = None
                if not (0 <= hit.start <= hit.end <= len(text)):
                    problem = f"span {hit.start}-{hit.end} outside a text of {len(text)}"
                else:
                    try:
                        rule = check.rule(hit.rule)
                    except KeyError:
                        problem = f"unknown rule {hit.rule!r}"
                    else:
                        if (hit.severity or rule.severity) not in SEVERITIES:
                            problem = f"severity {hit.severity!r}"
                        elif not rule.clauses or not set(rule.clauses) <= known_clauses:
                            problem = f"clauses {rule.clauses} of {rule.id}"
                if problem:
                    violations.append((check.id, problem, text))
    return {"crashes": crashes, "violations": violations, "slowest": dict(slowest)}


# ---- stage 2: the full pipeline and every report format ---------------------------------------

def pipeline_stage(texts: list[str]) -> dict:
    from collections import deque
    from types import SimpleNamespace

    from rich.console import Console

    from checker.config import Config
    from checker.model import Post
    from checker.pipeline import Pipeline
    from checker.report import FORMATS, ReportSettings, make
    from checker.report.batch_report import BatchStats
    from checker.report.redact import name_parts

    pipeline = Pipeline(Config())
    posts = [Post(text or ".", id=str(number + 1), source=f"fuzz.csv:{number + 2}") for number, text in enumerate(texts)]
    crashes, leaks = [], []
    checked = 0
    started = time.perf_counter()
    for start in range(0, len(posts), 256):
        chunk = posts[start:start + 256]
        try:
            results = list(pipeline.run(chunk))
        except Exception:  # noqa: BLE001
            for post in chunk:  # find the post that breaks the chunk
                try:
                    results = [pipeline.check(post)]
                except Exception as single:  # noqa: BLE001
                    crashes.append(("pipeline", type(single).__name__, str(single)[:200], post.text))
            continue
        checked += len(results)
        for name in FORMATS:
            for result in results:  # one report per post: a value is personal in its own post
                out, screen = io.StringIO(), io.StringIO()
                source = SimpleNamespace(header=["text"], separator=",", rows=deque([[result.post.text]]), notes=None)
                try:
                    reporter = make(name, ReportSettings(out, Console(file=screen, width=160, color_system=None),
                                                         source=source, stats=BatchStats()))
                    reporter.add(result)
                    reporter.close()
                except Exception as error:  # noqa: BLE001
                    crashes.append((f"report:{name}", type(error).__name__, str(error)[:200], result.post.text))
                    continue
                shown = out.getvalue() + screen.getvalue()
                output = shown.lower()
                for s, e in result.personal:
                    value = result.post.text[s:e].strip()
                    # Identifiers (digits, @) anywhere in any case; a word value (a name) as a word
                    # in its own case, since the reports' rule texts hold ordinary words: a person
                    # called Price is not leaked by "a business's prices".
                    if any(not c.isalpha() and not c.isspace() for c in value):
                        leaked = len(value) >= 3 and value.lower() in output
                    else:
                        leaked = len(value) >= 3 and re.search(rf"(?<![\w'’-]){re.escape(value)}(?![\w-])", shown)
                    if leaked:
                        leaks.append((name, value, result.post.text))
                    # A name's words wherever they recur as words of their own ("Neil says").
                    for part in name_parts(value):
                        if re.search(rf"(?<![\w'’-]){re.escape(part)}(?![\w-])", shown):
                            leaks.append((name, part, result.post.text))
    return {"posts": checked, "seconds": time.perf_counter() - started, "crashes": crashes, "leaks": leaks}


def _save(path: Path, failures: list[dict]) -> None:
    """Failing posts whole, one JSON object a line, so they can be replayed (--replay) and read."""
    if not failures:
        return
    with open(path, "a", encoding="utf-8", errors="surrogatepass") as handle:
        handle.writelines(json.dumps(failure, ensure_ascii=True) + "\n" for failure in failures)
    print(f"  {len(failures)} failing posts saved whole to {path}")


def _stage2(texts: list[str], label: str) -> list[dict]:
    report = pipeline_stage(texts)
    print(f"\nstage 2{label}: {report['posts']:,} posts through the pipeline (spaCy model, settle) and every report "
          f"format in {report['seconds']:.0f} s ({report['posts'] / max(report['seconds'], 1e-9):,.0f} posts/s)")
    print(f"  crashes: {len(report['crashes'])}; personal values shown raw in a report: {len(report['leaks'])}")
    for crash in report["crashes"][:10]:
        print(f"  crash {crash[0]} {crash[1]}: {crash[2]!r} on {crash[3][:300]!r}")
    for leak in report["leaks"][:10]:
        print(f"  leak in {leak[0]}: {leak[1]!r} in {leak[2][:200]!r}")
    return ([{"stage": 2, "kind": f"crash {c[0]} {c[1]}", "detail": c[2], "text": c[3]} for c in report["crashes"]]
            + [{"stage": 2, "kind": f"leak in {leak[0]}", "detail": leak[1], "text": leak[2]} for leak in report["leaks"]])


def replay(path: Path) -> int:
    """Saved failing posts through stage 2 again: all together as one batch, then each alone."""
    with open(path, encoding="utf-8", errors="surrogatepass") as handle:
        texts = list(dict.fromkeys(json.loads(line)["text"] for line in handle if line.strip()))
    print(f"replaying {len(texts)} saved posts from {path}")
    failures = _stage2(texts, " (replay, one batch)")
    for number, text in enumerate(texts, 1):
        failures += _stage2([text], f" (replay, post {number} alone)")
    print(f"\nreplay: {len(failures)} failures remain")
    return 1 if failures else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--posts", type=int, default=100_000, help="posts through the checks")
    parser.add_argument("--pipeline", type=int, default=5_000, help="posts through the full pipeline and reports")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=1, help="worker processes for stage 1 (the machine is shared: 1 or 2)")
    parser.add_argument("--failures", type=Path, default=Path("fuzz-failures.jsonl"),
                        help="where failing posts are appended whole (default: %(default)s)")
    parser.add_argument("--replay", type=Path, metavar="FILE", help="run the posts saved in FILE through stage 2 again")
    args = parser.parse_args()
    if args.replay:
        sys.exit(replay(args.replay))
    seeds = corpus()
    print(f"seed {args.seed}; {len(seeds)} corpus posts to mutate" + ("" if seeds else f" ({CORPUS} not found)"))

    batch = 250
    tasks = [(args.seed * 1_000_003 + n, min(batch, args.posts - n * batch), seeds)
             for n in range((args.posts + batch - 1) // batch)]
    started = time.perf_counter()
    crashes, violations, slowest = [], [], defaultdict(list)
    if args.jobs > 1:
        pool = multiprocessing.get_context("spawn").Pool(args.jobs)
        parts = pool.imap_unordered(_check_batch, tasks)
    else:
        parts = map(_check_batch, tasks)
    done = 0
    for part, task in zip(parts, tasks):
        done += task[1]
        crashes += part["crashes"]
        violations += part["violations"]
        for check_id, items in part["slowest"].items():
            slowest[check_id] = heapq.nlargest(3, slowest[check_id] + items)
        if done % 10_000 < batch or args.posts < 20_000:
            print(f"  {done:,} posts, {time.perf_counter() - started:.0f} s", flush=True)
    seconds = time.perf_counter() - started
    print(f"\nstage 1: {done:,} posts through every check in {seconds:.0f} s ({done / max(seconds, 1e-9):,.0f} posts/s)")
    print(f"  crashes: {len(crashes)}; invariant violations: {len(violations)}")
    for kind, count in Counter((c[0], c[1]) for c in crashes).most_common(10):
        example = next(c for c in crashes if (c[0], c[1]) == kind)
        print(f"  crash {kind[0]} {kind[1]} x{count}: {example[2]!r} on {example[3][:300]!r}")
    for kind, count in Counter((v[0], v[1]) for v in violations).most_common(10):
        example = next(v for v in violations if (v[0], v[1]) == kind)
        print(f"  violation {kind[0]}: {kind[1]} x{count} on {example[2][:300]!r}")
    print("  slowest inputs per check (seconds, characters, start of the post):")
    for check_id in sorted(slowest):
        worst = ", ".join(f"{s:.3f} s/{n:,} {t[:30]!r}" for s, n, t in slowest[check_id])
        print(f"    {check_id:<14} {worst}")
    failures = ([{"stage": 1, "kind": f"crash {c[0]} {c[1]}", "detail": c[2], "text": c[3]} for c in crashes]
                + [{"stage": 1, "kind": f"violation {v[0]}", "detail": v[1], "text": v[2]} for v in violations])

    if args.pipeline:
        from checker.inputs.files import clean_text

        rng = random.Random(args.seed + 7)
        texts = [clean_text(generate(rng, seeds))[0] for _ in range(args.pipeline)]
        failures += _stage2(texts, "")
    _save(args.failures, failures)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
