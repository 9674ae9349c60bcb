"""The report a comms officer reads: the draft with problems highlighted, then what to do."""
from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from checker.clauses import describe
from checker.model import Finding, Result

STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
HIGHLIGHT = {"error": "bold white on red", "warning": "black on yellow", "info": "underline cyan"}
MARK = {"error": "✖ error", "warning": "▲ warning", "info": "ℹ info"}


def draft(result: Result, show_personal_data: bool) -> Text:
    """The post's text with each finding's span highlighted (personal data masked)."""
    # Masked before it gets here (checker.report.make); masks keep length, so offsets line up.
    text = Text(result.post.text)
    for finding in sorted(result.findings, key=lambda f: ["info", "warning", "error"].index(f.severity)):
        text.stylize(HIGHLIGHT[finding.severity], finding.start, finding.end)
    return text


def clause_cell(finding: Finding) -> Text:
    return Text("\n".join(finding.clauses), style="bold")


# Each finding lists every clause it breaks, but the legend under the table explains only the
# first few of each, once: the report stays short enough to read.
LEGEND_PER_FINDING = 2


def clause_legend(findings: list[Finding]) -> Text:
    cited: list[str] = []
    for finding in findings:
        for clause_id in finding.clauses[:LEGEND_PER_FINDING]:
            if clause_id not in cited:
                cited.append(clause_id)
    legend = Text()
    for clause_id in cited:
        summary = describe(clause_id)
        if summary:
            legend.append(f"{clause_id}", style="bold")
            legend.append(f"  {summary}\n", style="dim")
    return legend


def findings_table(result: Result, show_personal_data: bool) -> Table:
    table = Table(show_lines=True, expand=True, pad_edge=False)
    table.add_column("Severity", no_wrap=True)
    table.add_column("What is wrong", ratio=3)
    table.add_column("Write instead", ratio=2)
    widest = max((len(c) for f in result.findings for c in f.clauses), default=6)
    table.add_column("Policy", min_width=widest, no_wrap=True)
    for finding in result.findings:
        wrong = Text()
        wrong.append(f"“{finding.text}” ", style=STYLE[finding.severity])
        wrong.append(finding.message)
        wrong.append(f"\n{finding.rule}", style="dim")
        if finding.note:
            wrong.append(f"\n{finding.note}", style="italic")
        table.add_row(Text(MARK[finding.severity], style=STYLE[finding.severity]), wrong, finding.suggestion, clause_cell(finding))
    return table


def verdict_line(result: Result) -> Text:
    counts = {s: sum(f.severity == s for f in result.findings) for s in ("error", "warning", "info")}
    if result.verdict == "fail":
        return Text(f"✖ Not ready to post: {plural(counts['error'], 'error')}, {plural(counts['warning'], 'warning')}. Fix the errors first.", style="bold red")
    if result.verdict == "warn":
        return Text(f"▲ Check before posting: {plural(counts['warning'], 'warning')} to review.", style="bold yellow")
    advice = f" ({plural(counts['info'], 'note')} below)" if counts["info"] else ""
    return Text(f"✔ Ready to post: no problems found{advice}.", style="bold green")


def plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def render_post(console: Console, result: Result, show_personal_data: bool = False, heading: str | None = None) -> None:
    """The full report on one post. A post that passes gets one green line (plus any notes)."""
    if result.problem:
        console.print(Text(f"✖ {heading or result.post.source}: {result.problem}", style="bold red"))
        return
    if heading:
        console.rule(Text(heading, style="bold"), align="left")
    if result.verdict == "pass" and not result.findings:
        console.print(verdict_line(result))
        return
    console.print(draft(result, show_personal_data))
    console.print()
    console.print(findings_table(result, show_personal_data))
    legend = clause_legend(result.findings)
    if legend:
        console.print(legend, end="")
    console.print(verdict_line(result))


def render_suppressed(console: Console, result: Result) -> None:
    for finding, reason in result.suppressed:
        console.print(Text(f"  suppressed {finding.rule} at {finding.start}: {reason}", style="dim"))


class RichStream:
    """Rich output for many posts (hook): only posts with findings get a full report."""

    def __init__(self, console: Console, show_personal_data: bool = False, verbose: bool = False):
        from checker.report.summary import Summary

        self.console = console
        self.show_personal_data = show_personal_data
        self.verbose = verbose
        self.summary = Summary()

    def add(self, result: Result) -> None:
        self.summary.add(result)
        if result.findings or result.problem:
            render_post(self.console, result, self.show_personal_data, heading=result.post.source)
        if self.verbose:
            render_suppressed(self.console, result)

    def close(self, **_extra):
        s = self.summary
        style = "bold red" if s.fail or s.problems else "bold yellow" if s.warn else "bold green"
        for warning in s.warnings:
            self.console.print(Text(f"warning: {warning}", style="yellow"))
        self.console.print(Text(f"{plural(s.posts, 'post')} checked: {s.fail} fail, {s.warn} warn, {s.passed} pass", style=style))
        return s


class DraftReport:
    """Rich output for one draft (check): the draft highlighted, its findings, the verdict."""

    def __init__(self, console: Console, show_personal_data: bool = False):
        from checker.report.summary import Summary

        self.console = console
        self.show_personal_data = show_personal_data
        self.summary = Summary()

    def add(self, result: Result) -> None:
        self.summary.add(result)
        render_post(self.console, result, self.show_personal_data)

    def close(self, **_extra):
        return self.summary
