"""`batch --html report.html`: one self-contained page a manager reads in a browser or on a phone.

Rendered with Jinja2 (autoescape on) from checker/report/templates/. No outside files: styles
and the small filter script are inline, so the page works offline and can be mailed. Posts are
rendered as results stream in, to one temporary file per verdict, and copied into the page
after the summary: failures first, then posts to check, then (folded) the posts that pass.
Each clause cited is described once, as a footnote.
"""
from __future__ import annotations

import shutil
import tempfile
from datetime import datetime
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from checker.clauses import describe
from checker.model import Result
from checker.report.batch_report import BatchStats, day_ranges, range_label, row_label, when_label
from checker.report.visible import visible, visible_with_offsets

RANK = {"info": 1, "warning": 2, "error": 3}
SEVERITY = {1: "info", 2: "warning", 3: "error"}
VERDICTS = ("fail", "warn", "pass")
POSTS_GO_HERE = "<!-- posts -->"  # where the spooled posts are copied into the page


@lru_cache(maxsize=1)
def templates() -> Environment:
    env = Environment(loader=FileSystemLoader(Path(__file__).parent / "templates"),
                      autoescape=select_autoescape(["html", "j2"], default=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["visible"] = lambda text, newlines=True: visible(text, newlines, pictures=False)
    return env


def pieces(result: Result, show_personal_data: bool) -> list[dict]:
    """The post's text cut where findings start and end: each piece with its worst severity and the
    numbers of the findings that end there (shown as markers, so the highlight is not colour alone)."""
    text = result.post.text
    seen, offsets = visible_with_offsets(text, pictures=False)
    ranks = [0] * len(seen)
    ends: dict[int, list[int]] = {}
    for number, finding in enumerate(result.findings, 1):
        start, end = offsets[min(finding.start, len(text))], offsets[min(finding.end, len(text))]
        for index in range(start, end):
            ranks[index] = max(ranks[index], RANK[finding.severity])
        ends.setdefault(max(end, start), []).append(number)
    cuts = sorted({0, len(seen), *ends} | {i for i in range(1, len(seen)) if ranks[i] != ranks[i - 1]})
    out = []
    for start, end in zip(cuts, cuts[1:]):
        out.append({"text": seen[start:end], "severity": SEVERITY.get(ranks[start]), "labels": ends.get(end, [])})
    if 0 in ends:  # a finding with no words, at the very start
        out.insert(0, {"text": "", "severity": None, "labels": ends[0]})
    return out


class HtmlReport:
    def __init__(self, path: str | Path, source_name: str, show_personal_data: bool = False):
        self.path = Path(path)
        self.source_name = source_name
        self.show_personal_data = show_personal_data
        self.spools = {verdict: tempfile.TemporaryFile("w+", encoding="utf-8") for verdict in VERDICTS}
        self.counts = dict.fromkeys(VERDICTS, 0)
        self.cited: dict[str, int] = {}  # clause id -> footnote number, in the order first cited
        self.checks: dict[str, None] = {}
        self.card = templates().get_template("post.html.j2")

    def add(self, result: Result, period=None) -> None:
        verdict = result.verdict
        self.counts[verdict] += 1
        for finding in result.findings:
            self.checks[finding.check] = None
            for clause_id in finding.clauses:
                self.cited.setdefault(clause_id, len(self.cited) + 1)
        findings = [{
            "number": number, "severity": f.severity, "check": f.check, "rule": f.rule,
            "text": f.text, "message": f.message, "suggestion": f.suggestion,
            "note": f.note, "clauses": [(c, self.cited[c]) for c in f.clauses],
        } for number, f in enumerate(result.findings, 1)]
        self.spools[verdict].write(self.card.render(
            verdict=verdict, anchor=f"post-{sum(self.counts.values())}", label=row_label(result),
            when=None if result.problem else when_label(result), problem=result.problem,
            period=period[0].name if period is not None else None,
            pieces=[] if result.problem else pieces(result, self.show_personal_data), findings=findings,
        ))

    def close(self, stats: BatchStats, model: str | None = None) -> None:
        s = stats.summary
        periods = [{"label": described, "ranges": [
            {"label": f"{range_label(first, last)} {last.year}", **counts(days, first, last)}
            for first, last in day_ranges(days)]} for described, (_, _, days) in stats.period_days.items()]
        page = templates().get_template("report.html.j2").render(
            title=Path(self.source_name).name, source=self.source_name, model=model,
            made=datetime.now().strftime("%d %B %Y %H:%M"), summary=s, counts=self.counts,
            by_check=[(check, n, stats.posts_flagged[check]) for check, n in stats.findings.most_common()],
            checks=sorted(self.checks), periods=periods, warnings=s.warnings,
            footnotes=[(number, clause_id, describe(clause_id)) for clause_id, number in self.cited.items()],
            posts_go_here=POSTS_GO_HERE,
        )
        before, after = page.split(POSTS_GO_HERE, 1)
        from checker.report.output import ReportFile

        sections = templates().get_template("sections.html.j2")
        # Written beside the target and renamed into place once whole (checker.report.output).
        with ReportFile(self.path, "--html") as out:
            out.write(before)
            for verdict in VERDICTS:
                with self.spools[verdict] as spool:
                    opening, closing = sections.render(verdict=verdict, count=self.counts[verdict]).split(POSTS_GO_HERE)
                    out.write(opening)
                    spool.seek(0)
                    shutil.copyfileobj(spool, out)
                    out.write(closing)
            out.write(after)


def counts(days: dict, first, last) -> dict:
    from datetime import timedelta

    included = [days[first + timedelta(days=n)] for n in range((last - first).days + 1)]
    return {"posts": sum(c.posts for c in included), "fail": sum(c.fail for c in included),
            "warn": sum(c.warn for c in included)}
