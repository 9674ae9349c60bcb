"""GitLab Code Quality report: a JSON array of issues (the CodeClimate subset GitLab reads).

Each issue has `description`, `check_name`, `fingerprint`, `severity` (info, minor, major,
critical, blocker) and `location.path` with `location.lines.begin`; GitLab shows them in the
merge request widget when a job uploads the file as `artifacts:reports:codequality`.
"""
from __future__ import annotations

import json
from typing import TextIO

from checker.model import Result
from checker.report.ci_common import Fingerprints, full_message, relative_path
from checker.report.lines import position, where
from checker.report.summary import Summary

SEVERITY = {"error": "major", "warning": "minor", "info": "info"}


class GitlabReport:
    def __init__(self, out: TextIO, show_personal_data: bool = False):
        self.out = out
        self.show_personal_data = show_personal_data
        self.summary = Summary()
        self.issues: list[dict] = []
        self.fingerprints = Fingerprints()

    def issue(self, description: str, check_name: str, fingerprint: str, severity: str, path: str, line: int) -> dict:
        return {"type": "issue", "description": description, "check_name": check_name, "fingerprint": fingerprint,
                "severity": severity, "categories": ["Style"], "location": {"path": path, "lines": {"begin": line}}}

    def file_error(self, path: str, message: str) -> None:
        import hashlib

        fingerprint = hashlib.sha256(f"{relative_path(path)}\x1finput.unreadable".encode("utf-8")).hexdigest()
        self.issues.append(self.issue(message, "input.unreadable", fingerprint, "blocker", relative_path(path), 1))

    def add(self, result: Result) -> None:
        self.summary.add(result)
        path = relative_path(where(result))
        if result.problem:
            self.issues.append(self.issue(result.problem, "input.unreadable", self.fingerprints.of(result, None),
                                          "blocker", path, result.post.first_line))
        for finding in result.findings:
            line, _ = position(result, finding.start)
            quoted = finding.text
            self.issues.append(self.issue(
                f"\"{quoted}\": {full_message(finding)}", finding.rule,
                self.fingerprints.of(result, finding, self.show_personal_data), SEVERITY[finding.severity], path, line))

    def close(self, **_extra) -> Summary:
        json.dump(self.issues, self.out, indent=1, ensure_ascii=False)
        self.out.write("\n")
        return self.summary
