"""The Rich report on a whole schedule: each post that needs attention, then a summary."""
from __future__ import annotations

from typing import Iterable

from rich.console import Console
from rich.table import Table
from rich.text import Text

from checker.model import Result
from checker.report.rich_report import plural, render_post
from checker.report.summary import Summary


def render_batch(console: Console, results: Iterable[Result], show_personal_data: bool, pipeline) -> Summary:
    summary = Summary()
    for result in results:
        summary.add(result)
        if result.verdict != "pass" or result.problem:
            when = result.post.scheduled.strftime("%a %d %b %Y %H:%M") if result.post.scheduled else "no date"
            render_post(console, result, show_personal_data, heading=f"{result.post.source}  id {result.post.id}  {when}")
    table = Table(title="Summary", show_header=True)
    for name in ("posts", "fail", "warn", "pass"):
        table.add_column(name, justify="right")
    table.add_row(str(summary.posts), str(summary.fail), str(summary.warn), str(summary.passed))
    console.print(table)
    if summary.by_check:
        console.print(Text("Findings per check: " + ", ".join(f"{check} {count}" for check, count in summary.by_check.most_common()), style="dim"))
    style = "bold red" if summary.fail else "bold yellow" if summary.warn else "bold green"
    console.print(Text(f"{plural(summary.posts, 'post')} checked: {summary.fail} fail, {summary.warn} warn, {summary.passed} pass", style=style))
    return summary
