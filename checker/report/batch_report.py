"""The report on a whole schedule: a summary first, the pre-election days, then each post to fix.

Results stream in; the posts that need attention are rendered to a temporary file as they
come and copied out after the summary, so the summary can lead while memory stays flat.
"""
from __future__ import annotations

import shutil
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime

from rich.console import Console
from rich.table import Table
from rich.text import Text

from checker.model import Result
from checker.report.rich_report import plural, render_post
from checker.report.summary import Summary

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


def summary_table(stats: BatchStats) -> Table:
    s = stats.summary
    table = Table(title="Summary", show_header=True, title_justify="left")
    for name in ("posts", "fail", "warn", "pass", "unreadable"):
        table.add_column(name, justify="right")
    table.add_row(str(s.posts), Text(str(s.fail), style="bold red" if s.fail else ""),
                  Text(str(s.warn), style="yellow" if s.warn else ""), str(s.passed), str(s.problems))
    return table


def checks_table(stats: BatchStats) -> Table:
    table = Table(title="Findings per check (errors and warnings)", title_justify="left")
    table.add_column("check")
    table.add_column("findings", justify="right")
    table.add_column("posts", justify="right")
    for check, count in stats.findings.most_common():
        table.add_row(check, str(count), str(stats.posts_flagged[check]))
    return table


def periods_table(stats: BatchStats) -> Table:
    table = Table(title="Days in a pre-election period", title_justify="left")
    table.add_column("day")
    table.add_column("posts", justify="right")
    table.add_column("fail", justify="right")
    table.add_column("warn", justify="right")
    table.add_column("period")
    for described, (_, _, days) in stats.period_days.items():
        for day in sorted(days):
            count = days[day]
            table.add_row(day.strftime("%a %d %b %Y"), str(count.posts), str(count.fail), str(count.warn), described)
    return table


def final_line(summary: Summary) -> Text:
    style = "bold red" if summary.fail else "bold yellow" if summary.warn else "bold green"
    unreadable = f", {summary.problems} unreadable" if summary.problems else ""
    return Text(f"{plural(summary.posts, 'post')} checked: {summary.fail} fail, {summary.warn} warn, "
                f"{summary.passed} pass{unreadable}", style=style)


class BatchRichReport:
    """Summary, findings per check, pre-election days, then each post that needs attention.

    Posts are rendered to a temporary file as they come and copied out after the summary, so the
    summary leads while memory stays flat.
    """

    def __init__(self, console: Console, show_personal_data: bool, stats: BatchStats):
        self.console = console
        self.show_personal_data = show_personal_data
        self.stats = stats
        self.spool = tempfile.TemporaryFile("w+", encoding="utf-8")
        self.posts_out = Console(file=self.spool, width=console.width, color_system=console.color_system,
                                 force_terminal=console.is_terminal, highlight=False, soft_wrap=False)

    @property
    def summary(self) -> Summary:
        return self.stats.summary

    def add(self, result: Result) -> None:
        self.stats.add(result)
        if needs_attention(result):
            heading = row_label(result) if result.problem else f"{row_label(result)}  {when_label(result)}"
            if result.period is not None:
                heading += "  ⚑ pre-election period"
            render_post(self.posts_out, result, self.show_personal_data, heading=heading)

    def close(self, **_extra) -> Summary:
        console, stats, spool = self.console, self.stats, self.spool
        with spool:
            console.print(summary_table(stats))
            if stats.findings:
                console.print(checks_table(stats))
            if stats.period_days:
                console.print(periods_table(stats))
            spool.seek(0)
            if spool.read(1):
                spool.seek(0)
                console.print()
                console.file.flush()
                shutil.copyfileobj(spool, console.file)
            for warning in stats.summary.warnings:
                console.print(Text(f"warning: {warning}", style="yellow"))
            console.print(final_line(stats.summary))
        return stats.summary
