"""`--statistics`: how many findings each rule made, most first (ruff's --statistics)."""
from __future__ import annotations

import json
from collections import Counter
from typing import TextIO

from checker.model import Result
from checker.registry import all_rules
from checker.report.summary import Summary

UNREADABLE = "input.unreadable"


class StatisticsReport:
    def __init__(self, out: TextIO, as_json: bool = False):
        self.out = out
        self.as_json = as_json
        self.summary = Summary()
        self.counts: Counter = Counter()
        self.severity: dict[str, str] = {}

    def add(self, result: Result) -> None:
        self.summary.add(result)
        if result.problem:
            self.counts[UNREADABLE] += 1
            self.severity[UNREADABLE] = "error"
        for finding in result.findings:
            self.counts[finding.rule] += 1
            self.severity.setdefault(finding.rule, finding.severity)

    def rows(self) -> list[dict]:
        rules = all_rules()
        return [
            {"rule": rule_id, "count": count, "severity": self.severity[rule_id],
             "summary": rules[rule_id].summary if rule_id in rules else "a post that could not be read"}
            for rule_id, count in sorted(self.counts.items(), key=lambda item: (-item[1], item[0]))
        ]

    def close(self, **_extra) -> Summary:
        rows = self.rows()
        if self.as_json:
            json.dump(rows, self.out, indent=1, ensure_ascii=False)
            self.out.write("\n")
            return self.summary
        width = max((len(row["rule"]) for row in rows), default=0)
        digits = max((len(str(row["count"])) for row in rows), default=1)
        for row in rows:
            self.out.write(f"{row['count']:>{digits}}  {row['rule']:<{width}}  {row['severity']:<7}  {row['summary']}\n")
        return self.summary
