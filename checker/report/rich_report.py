"""The report a comms officer reads in a terminal: one screen, in the spirit of ruff's concise
output and Vale's CLI.

The draft once, each finding's words marked underneath with `^^^` and its number; then one or
two lines per finding (severity, rule id, what is wrong, what to write instead, clause ids); the
clauses cited are described once per report, one line each (`--explain` prints them in full,
with each rule's explanation).
"""
from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from checker.clauses import describe
from checker.model import Finding, Result
from checker.report.marked import marked_draft
from checker.report.visible import visible

STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
MARK = {"error": "✖ error", "warning": "▲ warning", "info": "ℹ info"}
EXPLAIN_HINT = "A rule and its clauses in full: postcheck rules --explain RULE"
CHECK_EXPLAIN_HINT = "Clauses in full: add --explain · one rule: postcheck rules --explain RULE"


def plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def numbered(result: Result) -> list[tuple[int, Finding]]:
    return list(enumerate(result.findings, 1))


# Clause ids shown beside each finding; the rest are counted ("+3"), listed in the legend and in
# full with --explain. The council's own clauses come first (settle.order_clauses), so they show.
CLAUSES_SHOWN = 2


def clause_ids(clauses: tuple[str, ...], every: bool = False) -> str:
    if every or len(clauses) <= CLAUSES_SHOWN + 1:
        return " ".join(clauses)
    return " ".join(clauses[:CLAUSES_SHOWN]) + f" +{len(clauses) - CLAUSES_SHOWN}"


def findings_list(result: Result, every_clause: bool = False) -> Table:
    """One or two lines per finding: `n ✖ error rule: what is wrong` / `→ what to write  clauses`."""
    table = Table.grid(padding=(0, 1))
    table.add_column(justify="right", no_wrap=True)
    table.add_column(no_wrap=True)
    table.add_column(ratio=1)
    for number, finding in numbered(result):
        body = Text()
        body.append(finding.rule, style="bold")
        body.append(": " + visible(finding.message, newlines=False))
        body.append("\n→ " + visible(finding.suggestion, newlines=False))
        if finding.clauses:
            body.append("  " + clause_ids(finding.clauses, every_clause), style="dim")
        if finding.note:
            body.append("\n" + visible(finding.note, newlines=False), style="italic")
        table.add_row(Text(str(number), style=STYLE[finding.severity]), Text(MARK[finding.severity], style=STYLE[finding.severity]), body)
    return table


def verdict_line(result: Result) -> Text:
    counts = {s: sum(f.severity == s for f in result.findings) for s in ("error", "warning", "info")}
    if result.verdict == "fail":
        return Text(f"✖ Not ready to post: {plural(counts['error'], 'error')}, {plural(counts['warning'], 'warning')}. Fix the errors first.", style="bold red")
    if result.verdict == "warn":
        return Text(f"▲ Check before posting: {plural(counts['warning'], 'warning')} to review.", style="bold yellow")
    advice = f" ({plural(counts['info'], 'note')} above)" if counts["info"] else ""
    return Text(f"✔ Ready to post: no problems found{advice}.", style="bold green")


class ClauseLegend:
    """The clauses cited in a report, each described once (one line, or in full with --explain)."""

    def __init__(self):
        self.cited: dict[str, None] = {}

    def add(self, findings: list[Finding]) -> None:
        for finding in findings:
            self.cited.update(dict.fromkeys(finding.clauses))

    def render(self, console: Console, full: bool = False, hint: str = EXPLAIN_HINT) -> None:
        described = [(clause_id, describe(clause_id)) for clause_id in self.cited]
        described = [(c, d) for c, d in described if d]
        if not described:
            return
        if full:
            console.print(Text("Clauses", style="bold underline"))
            console.print(two_columns((clause_id, summary) for clause_id, summary in described))
            return
        width = max(len(c) for c, _ in described)
        for clause_id, summary in described:
            line = Text(clause_id.ljust(width), style="bold")
            line.append("  " + summary, style="dim")
            console.print(line, no_wrap=True, overflow="ellipsis", crop=True)
        console.print(Text(hint, style="dim"), no_wrap=True, overflow="ellipsis", crop=True)


def two_columns(rows) -> Table:
    """A name and its words, the words wrapping under themselves (not under the name)."""
    table = Table.grid(padding=(0, 2))
    table.add_column(no_wrap=True, style="bold")
    table.add_column(ratio=1)
    for name, words in rows:
        table.add_row(name, words)
    return table


def render_explanations(console: Console, findings: list[Finding]) -> None:
    """Each rule's explanation once (`check --explain`)."""
    from checker.registry import all_rules

    rules = all_rules()
    explained = [(rule_id, rules[rule_id].explanation) for rule_id in dict.fromkeys(f.rule for f in findings)
                 if rule_id in rules and rules[rule_id].explanation]
    if explained:
        console.print(Text("Why", style="bold underline"))
        console.print(two_columns(explained))


def render_post(console: Console, result: Result, show_personal_data: bool = False, heading: str | None = None,
                every_clause: bool = False) -> None:
    """One post: its draft marked, its findings, its verdict. A post that passes gets one line."""
    if result.problem:
        console.print(Text(f"✖ {visible(heading or result.post.source, newlines=False)}: {visible(result.problem, newlines=False)}", style="bold red"))
        return
    if heading:
        console.print(Text(visible(heading, newlines=False), style="bold reverse"), no_wrap=True, overflow="ellipsis", crop=True)
    if result.verdict == "pass" and not result.findings:
        console.print(verdict_line(result))
        return
    # Masks keep the length of what they hide, so finding offsets still line up.
    text = result.post.text
    for line in marked_draft(text, numbered(result), console.width):
        console.print(line, no_wrap=True, overflow="crop", crop=True)
    console.print()
    console.print(findings_list(result, every_clause))


def render_suppressed(console: Console, result: Result) -> None:
    for finding, reason in result.suppressed:
        console.print(Text(f"  suppressed {finding.rule} at {finding.start}: {visible(reason, newlines=False)}", style="dim"))


class RichStream:
    """Rich output for many posts (hook): only posts with findings get a report; clauses once at the end."""

    def __init__(self, console: Console, show_personal_data: bool = False, verbose: bool = False):
        from checker.report.summary import Summary

        self.console = console
        self.show_personal_data = show_personal_data
        self.verbose = verbose
        self.summary = Summary()
        self.legend = ClauseLegend()

    def add(self, result: Result) -> None:
        self.summary.add(result)
        if result.findings or result.problem:
            render_post(self.console, result, self.show_personal_data, heading=result.post.source)
            if not result.problem:
                self.console.print(verdict_line(result))
            self.legend.add(result.findings)
        if self.verbose:
            render_suppressed(self.console, result)

    def close(self, **_extra):
        s = self.summary
        self.legend.render(self.console)
        style = "bold red" if s.fail or s.problems else "bold yellow" if s.warn else "bold green"
        for warning in s.warnings:
            self.console.print(Text(f"warning: {visible(warning, newlines=False)}", style="yellow"))
        self.console.print(Text(f"{plural(s.posts, 'post')} checked: {s.fail} fail, {s.warn} warn, {s.passed} pass", style=style))
        return s


class DraftReport:
    """Rich output for one draft (check): the draft marked, its findings, the clauses, the verdict."""

    def __init__(self, console: Console, show_personal_data: bool = False, explain: bool = False):
        from checker.report.summary import Summary

        self.console = console
        self.show_personal_data = show_personal_data
        self.explain = explain
        self.summary = Summary()

    def add(self, result: Result) -> None:
        self.summary.add(result)
        render_post(self.console, result, self.show_personal_data, every_clause=self.explain)
        if result.findings:
            if self.explain:
                render_explanations(self.console, result.findings)
            legend = ClauseLegend()
            legend.add(result.findings)
            legend.render(self.console, full=self.explain, hint=CHECK_EXPLAIN_HINT)
            self.console.print(verdict_line(result))

    def close(self, **_extra):
        return self.summary
