"""Counting results as they stream past, for every reporter's summary."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from checker.model import Result, severity_rank


@dataclass
class Summary:
    posts: int = 0
    fail: int = 0
    warn: int = 0
    passed: int = 0
    problems: int = 0  # rows that could not be read
    by_check: Counter = field(default_factory=Counter)
    worst: int = -1  # rank of the worst severity seen, -1 for none
    # messages about the input as a whole (CONTRACT.md summary.warnings), shared with the reader
    warnings: list = field(default_factory=list)

    def add(self, result: Result) -> None:
        self.posts += 1
        verdict = result.verdict
        if result.problem:
            self.problems += 1
            self.worst = max(self.worst, severity_rank("error"))
        if verdict == "fail":
            self.fail += 1
        elif verdict == "warn":
            self.warn += 1
        else:
            self.passed += 1
        for finding in result.findings:
            if finding.severity != "info":
                self.by_check[finding.check] += 1
        self.worst = max(self.worst, result.worst())

    def as_json(self) -> dict:
        data = {"posts": self.posts, "fail": self.fail, "warn": self.warn, "pass": self.passed}
        if self.problems:
            data["unreadable"] = self.problems
        if self.warnings:
            data["warnings"] = list(self.warnings)
        return data
