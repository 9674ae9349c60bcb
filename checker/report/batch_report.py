"""The report on a whole schedule: a summary first, the pre-election periods as date ranges, then
each post to fix, the posts that fail before those to check, and the clauses cited once at the end.

Results stream in; the posts that need attention are rendered to two temporary files (failures,
warnings) as they come and copied out after the summary, so the summary leads while memory stays flat.
"""
from __future__ import annotations

import shutil
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from checker.model import Result
from checker.report.rich_report import ClauseLegend, plural, render_post
from checker.report.summary import Summary
from checker.report.visible import visible

@dataclass
class DayCount:
    posts: int = 0
    fail: int = 0
    warn: int = 0


@dataclass
class BatchStats:
    """Everything the summaries need, counted as results stream past (bounded memory)."""

    summary: Summary = field(default_factory=Summary)
    findings: Counter = field(default_factory=Counter)  # check -> findings (error, warning)
    posts_flagged: Counter = field(default_factory=Counter)  # check -> posts it flagged
    # election description -> (start, end, {day: DayCount})
    period_days: dict[str, tuple[datetime, datetime, dict[date, DayCount]]] = field(default_factory=dict)

    def add(self, result: Result):
        """Count one result; returns its pre-election period (or None)."""
        self.summary.add(result)
        flagged = set()
        for finding in result.findings:
            if finding.severity != "info":
                self.findings[finding.check] += 1
                flagged.add(finding.check)
        self.posts_flagged.update(flagged)
        period = result.period
        if period is not None:
            _, start, end = period
            key = result.period_label
            days = self.period_days.setdefault(key, (start, end, {}))[2]
            day = days.setdefault(result.post.scheduled.date(), DayCount())
            day.posts += 1
            day.fail += result.verdict == "fail"
            day.warn += result.verdict == "warn"
        return period


def row_label(result: Result) -> str:
    """'row 12' (as a spreadsheet numbers it), with the id when the file has its own."""
    post = result.post
    row = post.meta.get("row")
    label = f"row {row}" if row else post.source
    if row and post.id not in (str(int(row) - 1), row):
        label += f" · id {post.id}"
    return label


def when_label(result: Result) -> str:
    when = result.post.scheduled
    return when.strftime("%a %d %b %Y %H:%M") if when else "no date (judged as now)"


def needs_attention(result: Result) -> bool:
    return bool(result.problem) or result.verdict != "pass"


def summary_line(stats: BatchStats) -> Text:
    s = stats.summary
    line = Text(f"{plural(s.posts, 'post')} checked: ", style="bold")
    line.append(f"✖ {s.fail} fail", style="bold red" if s.fail else "")
    line.append(" · ")
    line.append(f"▲ {s.warn} warn", style="yellow" if s.warn else "")
    line.append(f" · ✔ {s.passed} pass")
    if s.problems:
        line.append(f" · {s.problems} unreadable", style="bold red")
    return line


def checks_table(stats: BatchStats) -> Table:
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False)
    table.add_column("findings per check")
    table.add_column("errors and warnings", justify="right")
    table.add_column("posts", justify="right")
    for check, count in stats.findings.most_common():
        table.add_row(check, str(count), str(stats.posts_flagged[check]))
    return table


def day_ranges(days) -> list[tuple[date, date]]:
    """Runs of consecutive days: [1, 2, 3, 5 April] -> [(1, 3 April), (5, 5 April)]."""
    runs: list[tuple[date, date]] = []
    for day in sorted(days):
        if runs and day - runs[-1][1] == timedelta(days=1):
            runs[-1] = (runs[-1][0], day)
        else:
            runs.append((day, day))
    return runs


def range_label(first: date, last: date) -> str:
    if first == last:
        return first.strftime("%a %d %b")
    return f"{first.strftime('%a %d %b')}–{last.strftime('%a %d %b')}"


def periods_table(stats: BatchStats) -> Table:
    """One row per run of consecutive days with posts in a pre-election period, with its counts."""
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False)
    table.add_column("days in a pre-election period")
    table.add_column("posts", justify="right")
    table.add_column("fail", justify="right")
    table.add_column("warn", justify="right")
    for described, (_, _, days) in stats.period_days.items():
        table.add_row(Text(described, style="bold"), end_section=False)
        for first, last in day_ranges(days):
            counts = [days[first + timedelta(days=n)] for n in range((last - first).days + 1)]
            table.add_row(f"  {range_label(first, last)} {last.year}", str(sum(c.posts for c in counts)),
                          str(sum(c.fail for c in counts)), str(sum(c.warn for c in counts)))
    return table


def final_line(summary: Summary) -> Text:
    style = "bold red" if summary.fail else "bold yellow" if summary.warn else "bold green"
    unreadable = f", {summary.problems} unreadable" if summary.problems else ""
    return Text(f"{plural(summary.posts, 'post')} checked: {summary.fail} fail, {summary.warn} warn, "
                f"{summary.passed} pass{unreadable}", style=style)


class BatchRichReport:
    """Summary, findings per check, pre-election periods, then each post that needs attention:
    the failures first, then the warnings; the clauses cited are described once, at the end.

    Posts are rendered to two temporary files as they come and copied out after the summary, so
    the summary leads while memory stays flat.
    """

    def __init__(self, console: Console, show_personal_data: bool, stats: BatchStats):
        self.console = console
        self.show_personal_data = show_personal_data
        self.stats = stats
        self.legend = ClauseLegend()
        self.spools = {verdict: tempfile.TemporaryFile("w+", encoding="utf-8") for verdict in ("fail", "warn")}
        self.counts = {"fail": 0, "warn": 0}
        self.out = {verdict: Console(file=spool, width=console.width, color_system=console.color_system,
                                     force_terminal=console.is_terminal, highlight=False, soft_wrap=False)
                    for verdict, spool in self.spools.items()}

    @property
    def summary(self) -> Summary:
        return self.stats.summary

    def add(self, result: Result) -> None:
        self.stats.add(result)
        if not needs_attention(result):
            return
        verdict = result.verdict
        self.counts[verdict] += 1
        if result.problem:
            # The reader's message names the row already: "row 4: cannot read the date ..."
            self.out[verdict].print(Text(f"✖ unreadable  {visible(result.problem, newlines=False)}", style="bold red"))
            return
        mark = "✖ fail" if verdict == "fail" else "▲ warn"
        heading = f"{mark}  {row_label(result)} · {when_label(result)}"
        if result.period is not None:
            heading += " · ⚑ pre-election period"
        render_post(self.out[verdict], result, self.show_personal_data, heading=heading)
        self.out[verdict].print()
        self.legend.add(result.findings)

    def close(self, **_extra) -> Summary:
        console, stats = self.console, self.stats
        console.print(summary_line(stats))
        if stats.findings:
            console.print()
            console.print(checks_table(stats))
        if stats.period_days:
            console.print()
            console.print(periods_table(stats))
        for verdict, title in (("fail", "Not ready to post"), ("warn", "Check before posting")):
            with self.spools[verdict] as spool:
                if not self.counts[verdict]:
                    continue
                console.print()
                console.print(Text(f"{title} ({self.counts[verdict]})", style="bold underline"))
                console.file.flush()
                spool.seek(0)
                shutil.copyfileobj(spool, console.file)
        self.legend.render(console)
        for warning in stats.summary.warnings:
            console.print(Text(f"warning: {visible(warning, newlines=False)}", style="yellow"))
        console.print(final_line(stats.summary))
        return stats.summary
