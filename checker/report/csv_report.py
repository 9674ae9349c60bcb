"""`batch --format csv`: the input rows as they were, with a verdict and a findings column added.

Meant to be opened in Excel by the person who wrote the schedule: UTF-8 with a BOM (so Excel
reads accents and £ right), the input's own separator, one line per finding inside the cell.
"""
from __future__ import annotations

import csv
from typing import TextIO

from checker.inputs.csv_posts import CsvPosts
from checker.model import Result
from checker.report.summary import Summary

EXCEL_CELL_LIMIT = 32_767


def findings_cell(result: Result, show_personal_data: bool) -> str:
    if result.problem:
        return f"cannot check this row: {result.problem}"
    lines = []
    for finding in result.findings:
        clauses = f" [{', '.join(finding.clauses)}]" if finding.clauses else ""
        lines.append(f"{finding.severity} {finding.rule}: “{finding.text}” "
                     f"{finding.message} Instead: {finding.suggestion}{clauses}")
    cell = "\n".join(lines)
    return cell if len(cell) <= EXCEL_CELL_LIMIT else cell[: EXCEL_CELL_LIMIT - 1] + "…"


class CsvReport:
    """Writes one output row per input row, in step with the reader's queue of raw rows."""

    def __init__(self, out: TextIO, source: CsvPosts, show_personal_data: bool = False):
        self.source = source
        self.show_personal_data = show_personal_data
        self.width = len(source.header)
        self.writer = csv.writer(out, delimiter=source.separator)
        self.writer.writerow(list(source.header) + ["postcheck verdict", "postcheck findings"])
        self.summary = Summary()

    def add(self, result: Result) -> None:
        self.summary.add(result)
        row = self.source.rows.popleft()
        padded = row + [""] * (self.width - len(row))
        self.writer.writerow(padded + [result.verdict, findings_cell(result, self.show_personal_data)])

    def close(self, **_extra) -> Summary:
        for warning in self.summary.warnings:  # after the rows, so each input row keeps its line
            self.writer.writerow([""] * self.width + ["warning", warning])
        return self.summary
