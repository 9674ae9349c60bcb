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
from typing import Iterable

from rich.console import Console
from rich.table import Table
from rich.text import Text

from checker.config import Config
from checker.model import Result
from checker.report.rich_report import plural, render_post
from checker.report.summary import Summary

try:  # the election calendar (checker/elections.py)
    from checker.elections import Calendar
except ImportError:  # pragma: no cover - kept so batch works without it
    Calendar = None


class Periods:
    """Which pre-election period, if any, a scheduled time falls in (cached per year)."""

    def __init__(self, config: Config):
        self.calendar = None
        if Calendar is not None:
            from checker.registry import all_checks

            options = config.options("purdah") if "purdah" in all_checks() else {}
            self.calendar = Calendar.from_options(options)
        self._by_year: dict[int, list] = {}

    def at(self, when: datetime | None):
        """(election, start, end) or None."""
        if when is None or self.calendar is None:
            return None
        periods = self._by_year.get(when.year)
        if periods is None:
            periods = self._by_year[when.year] = self.calendar.periods(date(when.year, 1, 1), date(when.year, 12, 31))
        for period in periods:  # in poll order: the nearest poll wins, as in period_at
            if period[1] <= when <= period[2]:
                return period
        return None


@dataclass
class DayCount:
    posts: int = 0
    fail: int = 0
    warn: int = 0


@dataclass
class BatchStats:
    """Everything the summaries need, counted as results stream past (bounded memory)."""

    periods: Periods
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
        period = self.periods.at(result.post.scheduled)
        if period is not None:
            election, start, end = period
            key = election.describe(self.periods.calendar.days_off)
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


def render_batch(console: Console, results: Iterable[Result], show_personal_data: bool, stats: BatchStats,
                 extra=None) -> Summary:
    """Summary, findings per check, pre-election days, then each post that needs attention.

    `extra`, when given, is called with each result and its period (the HTML report rides along).
    """
    with tempfile.TemporaryFile("w+", encoding="utf-8") as spool:
        posts_out = Console(file=spool, width=console.width, color_system=console.color_system,
                            force_terminal=console.is_terminal, highlight=False, soft_wrap=False)
        for result in results:
            period = stats.add(result)
            if extra is not None:
                extra(result, period)
            if needs_attention(result):
                heading = row_label(result) if result.problem else f"{row_label(result)}  {when_label(result)}"
                if period is not None:
                    heading += "  ⚑ pre-election period"
                render_post(posts_out, result, show_personal_data, heading=heading)
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
