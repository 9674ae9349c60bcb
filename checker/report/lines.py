"""One line per finding, `path:line:col: severity check/rule: message (clauses)`, for editors and CI."""
from __future__ import annotations

from typing import TextIO

from checker.model import Result
from checker.report.summary import Summary
from checker.report.visible import visible


def position(result: Result, offset: int) -> tuple[int, int]:
    """1-based line and column in the source file of a character offset in the post's text."""
    text = result.post.text
    line = text.count("\n", 0, offset)
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    # A Markdown post whose HTML comments were taken out keeps the file line of each of its
    # lines (checker.inputs.content_files.LINE_MAP).
    line_map = result.post.meta.get("_lines")
    if line_map and line < len(line_map):
        return line_map[line], column
    # A CSV cell: its first line starts where the cell does on the file's line, and a quote
    # written doubled ("") takes two columns (checker.inputs.csv_posts.CELL).
    cell = result.post.meta.get("_cell")
    if cell:
        start_column, escaped = cell
        line_start = offset - column + 1
        column += sum(1 for quote in escaped if line_start <= quote < offset)
        if line == 0:
            column += start_column - 1
    return result.post.first_line + line, column


def short(rule_id: str) -> str:
    """`profanity.swear-word` -> `swear-word`: the line already names the check."""
    return rule_id.split(".", 1)[-1]


def where(result: Result) -> str:
    """The file the post came from, without any `:row` suffix a CSV reader added."""
    source = result.post.source
    head, _, tail = source.rpartition(":")
    return head if head and tail.isdigit() else source


class LinesReport:
    def __init__(self, out: TextIO, show_personal_data: bool = False, verbose: bool = False, quiet: bool = False):
        self.out = out
        self.quiet = quiet
        self.show_personal_data = show_personal_data
        self.verbose = verbose
        self.summary = Summary()

    def add(self, result: Result) -> None:
        self.summary.add(result)
        # Post text, file names and reasons are outside data: control characters are shown, never written.
        path = visible(where(result), newlines=False)
        if result.problem:
            line = result.post.first_line
            self.out.write(f"{path}:{line}:1: error input: {visible(result.problem, newlines=False)}\n")
        for finding in result.findings:
            line, column = position(result, finding.start)
            clauses = f" ({', '.join(finding.clauses)})" if finding.clauses else ""
            quoted = visible(finding.text, newlines=False)
            quoted = f" \"{quoted}\"" if finding.end > finding.start else ""
            message, suggestion = visible(finding.message, newlines=False), visible(finding.suggestion, newlines=False)
            self.out.write(
                f"{path}:{line}:{column}: {finding.severity} {finding.check}/{short(finding.rule)}: "
                f"{message}{quoted} -> {suggestion}{clauses}\n"
            )
        if self.verbose:
            for finding, reason in result.suppressed:
                line, column = position(result, finding.start)
                self.out.write(f"{path}:{line}:{column}: suppressed {finding.check}/{short(finding.rule)}: {visible(reason, newlines=False)}\n")

    def close(self, **_extra) -> Summary:
        s = self.summary
        if (s.fail or s.warn or s.problems) and not self.quiet:
            self.out.write(f"{s.posts} post(s) checked: {s.fail} fail, {s.warn} warn, {s.passed} pass\n")
        return s
