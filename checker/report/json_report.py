"""The machine-readable report of ../CONTRACT.md, version 1, written as results stream in."""
from __future__ import annotations

import json
from typing import TextIO

from checker.model import Finding, Result
from checker.report.summary import Summary


def finding_json(finding: Finding, show_personal_data: bool) -> dict:
    data = {
        "check": finding.check,
        "rule": finding.rule,
        "severity": finding.severity,
        "start": finding.start,
        "end": finding.end,
        "text": finding.text,  # masked before it gets here (checker.report.make)
        "message": finding.message,
        "suggestion": finding.suggestion,
        "clauses": list(finding.clauses),
    }
    if finding.personal and not show_personal_data:
        data["redacted"] = True
    if finding.replacement is not None:
        data["replacement"] = finding.replacement
    if finding.note:
        data["note"] = finding.note
    return data


def result_json(result: Result, show_personal_data: bool) -> dict:
    post = result.post
    data = {
        "id": post.id,
        "source": post.source,
        "scheduled": post.scheduled.isoformat() if post.scheduled else None,
        "verdict": result.verdict,
        "findings": [finding_json(f, show_personal_data) for f in result.findings],
    }
    if result.problem:
        data["problem"] = result.problem
    if result.suppressed:
        data["suppressed"] = [
            {**finding_json(f, show_personal_data), "reason": reason} for f, reason in result.suppressed
        ]
    return data


class JsonReport:
    """Writes `{"version": 1, "posts": [...], "summary": {...}}` one post at a time."""

    def __init__(self, out: TextIO, show_personal_data: bool = False, extra: dict | None = None):
        self.out = out
        self.show_personal_data = show_personal_data
        self.extra = extra or {}
        self.summary = Summary()
        self.out.write('{"version": 1, "posts": [')

    def add(self, result: Result) -> None:
        self.out.write(",\n  " if self.summary.posts else "\n  ")
        self.summary.add(result)
        self.out.write(json.dumps(result_json(result, self.show_personal_data), ensure_ascii=False))

    def close(self, **extra) -> Summary:
        tail = {"summary": self.summary.as_json(), **self.extra, **extra}
        self.out.write("\n]")
        for key, value in tail.items():
            self.out.write(f", {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}")
        self.out.write("}\n")
        return self.summary
