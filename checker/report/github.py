"""GitHub Actions workflow commands: `::error file=F,line=L,col=C,title=T::message`.

GitHub turns each line into an annotation on the pull request's diff. Values are escaped as
the Actions toolkit does (`escapeData` for the message: % CR LF; `escapeProperty` for file
and title: also : and ,), so a message holding "::" or a newline cannot end the command early
or inject another one.
"""
from __future__ import annotations

from collections import Counter
from typing import TextIO

from checker.model import Result
from checker.report.ci_common import full_message, is_file, relative_path
from checker.report.lines import position, where
from checker.report.summary import Summary

LEVEL = {"error": "error", "warning": "warning", "info": "notice"}
# GitHub turns at most 10 commands of each level per step into annotations (actions/toolkit,
# docs/problem-matchers.md); the rest stay in the log only, so a notice says how many there were.
SHOWN_PER_LEVEL = 10


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(level: str, message: str, **properties) -> str:
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items() if value is not None)
    return f"::{level} {props}::{escape_data(message)}\n" if props else f"::{level}::{escape_data(message)}\n"


class GithubReport:
    def __init__(self, out: TextIO, show_personal_data: bool = False):
        self.out = out
        self.show_personal_data = show_personal_data
        self.summary = Summary()
        self.written: Counter = Counter()

    def write(self, level: str, message: str, **properties) -> None:
        self.written[level] += 1
        self.out.write(command(level, message, **properties))

    def file_error(self, path: str, message: str) -> None:
        self.write("error", message, file=relative_path(path), title="postcheck input.unreadable")

    def add(self, result: Result) -> None:
        self.summary.add(result)
        path = relative_path(where(result)) if is_file(where(result)) else None
        if result.problem:
            self.write("error", result.problem, file=path, line=result.post.first_line, title="postcheck input.unreadable")
        for finding in result.findings:
            line, column = position(result, finding.start)
            end_line, end_column = position(result, finding.end)
            quoted = finding.text
            self.write(LEVEL[finding.severity], f"\"{quoted}\": {full_message(finding)}", file=path, line=line, col=column,
                       endLine=end_line, endColumn=max(end_column, column), title=f"postcheck {finding.rule}")

    def close(self, **_extra) -> Summary:
        for warning in self.summary.warnings:
            self.write("warning", warning, title="postcheck")
        over = {level: count for level, count in self.written.items() if count > SHOWN_PER_LEVEL}
        if over:
            counted = ", ".join(f"{count} {level}s" for level, count in sorted(over.items()))
            self.out.write(command("notice", f"postcheck wrote {counted}; GitHub shows the first {SHOWN_PER_LEVEL} of "
                                             f"each level as annotations: every one is in this log, and in the SARIF "
                                             f"report (--format sarif) for code scanning", title="postcheck"))
        return self.summary
