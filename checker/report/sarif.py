"""SARIF 2.1.0 (OASIS), for code-scanning dashboards: one run, every rule, one result per finding.

Findings suppressed inline are kept as results with a `suppressions` entry (kind inSource and
the reason as justification), which is how SARIF viewers show a reviewed exception: never
silently dropped. A file or row that could not be read is a result of the `input.unreadable`
rule. Paths are written relative to the working directory (pre-commit runs hooks from the
repository root), so dashboards resolve them against the checkout. A file that cannot be read at
all is a tool execution notification (level error) and the run is marked unsuccessful: the log
is still written, so an upload step never gets an empty file. Each result carries a
`partialFingerprints` entry that does not depend on line numbers (ci_common.Fingerprints).
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import TextIO

from checker import __version__
from checker.clauses import describe
from checker.model import Finding, Result
from checker.registry import all_checks
from checker.report.ci_common import Fingerprints, is_file
from checker.report.lines import position, where
from checker.report.summary import Summary

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVEL = {"error": "error", "warning": "warning", "info": "note"}
INPUT_RULE = "input.unreadable"
# partialFingerprints key: GitHub code scanning reads its own; others read any named one
FINGERPRINT = "postcheckFinding/v1"


def rule_descriptors() -> list[dict]:
    descriptors = []
    for check in all_checks().values():
        for rule in check.rules:
            clauses = [f"{clause}: {describe(clause)}" if describe(clause) else clause for clause in rule.clauses]
            help_text = rule.summary + "." + (" Policy: " + "; ".join(clauses) if clauses else "")
            descriptors.append({
                "id": rule.id,
                "name": "".join(part.capitalize() for part in rule.id.replace("-", ".").replace("_", ".").split(".")),
                "shortDescription": {"text": rule.summary},
                "fullDescription": {"text": f"{check.summary}. {rule.summary}."},
                "help": {"text": help_text + f" Suppress a reviewed exception with `<!-- postcheck: ignore {rule.id} -- reason -->`."},
                "defaultConfiguration": {"level": LEVEL[rule.severity]},
                "properties": {"tags": ["postcheck", check.id, *rule.clauses]},
            })
    descriptors.append({
        "id": INPUT_RULE,
        "name": "InputUnreadable",
        "shortDescription": {"text": "A post that could not be read (empty, bad date, bad suppression)"},
        "help": {"text": "Fix the file or row so the post can be checked."},
        "defaultConfiguration": {"level": "error"},
    })
    return descriptors


def uri(path: str) -> str:
    """A relative URI when the file is under the working directory, else a file: URI."""
    target = Path(path)
    try:
        relative = target.resolve().relative_to(Path.cwd().resolve()) if target.is_absolute() else target
        return relative.as_posix()
    except ValueError:
        return target.resolve().as_uri()


class SarifReport:
    def __init__(self, out: TextIO, show_personal_data: bool = False):
        self.out = out
        self.show_personal_data = show_personal_data
        self.summary = Summary()
        self.rules = rule_descriptors()
        self.index = {rule["id"]: number for number, rule in enumerate(self.rules)}
        self.results: list[dict] = []
        self.fingerprints = Fingerprints()
        self.file_errors: list[dict] = []

    def file_error(self, path: str, message: str) -> None:
        """A file that could not be read at all: a tool execution notification, so the log stays valid."""
        self.file_errors.append({
            "level": "error",
            "message": {"text": message},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri(path), "uriBaseId": "%SRCROOT%"}}}],
            "descriptor": {"id": INPUT_RULE},
        })

    def location(self, result: Result, finding: Finding | None) -> dict:
        region: dict
        if finding is None:
            region = {"startLine": result.post.first_line}
        else:
            line, column = position(result, finding.start)
            end_line, end_column = position(result, finding.end)
            region = {"startLine": line, "startColumn": column, "endLine": end_line, "endColumn": max(end_column, column)}
            if finding.end > finding.start:
                region["snippet"] = {"text": finding.text}
        path = where(result)
        artifact = ({"uri": uri(path), "uriBaseId": "%SRCROOT%"} if is_file(path)
                    else {"description": {"text": f"the draft given on the command line ({path})"}})
        return {"physicalLocation": {"artifactLocation": artifact, "region": region}}

    def finding(self, result: Result, finding: Finding, reason: str | None = None) -> dict:
        clauses = f" ({', '.join(finding.clauses)})" if finding.clauses else ""
        data = {
            "ruleId": finding.rule,
            "ruleIndex": self.index.get(finding.rule, self.index[INPUT_RULE]),
            "level": LEVEL[finding.severity],
            "message": {"text": f"{finding.message} Write instead: {finding.suggestion}{clauses}"},
            "locations": [self.location(result, finding)],
            "partialFingerprints": {FINGERPRINT: self.fingerprints.of(result, finding, self.show_personal_data)},
            "properties": {"postId": result.post.id, "check": finding.check, "clauses": list(finding.clauses)},
        }
        if reason is not None:
            data["suppressions"] = [{"kind": "inSource", "justification": reason}]
        return data

    def add(self, result: Result) -> None:
        self.summary.add(result)
        if result.problem:
            self.results.append({
                "ruleId": INPUT_RULE,
                "ruleIndex": self.index[INPUT_RULE],
                "level": "error",
                "message": {"text": result.problem},
                "locations": [self.location(result, None)],
                "partialFingerprints": {FINGERPRINT: self.fingerprints.of(result, None)},
            })
        self.results.extend(self.finding(result, f) for f in result.findings)
        self.results.extend(self.finding(result, f, reason) for f, reason in result.suppressed)

    def close(self, **_extra) -> Summary:
        log = {
            "$schema": SCHEMA,
            "version": "2.1.0",
            "runs": [{
                "tool": {"driver": {
                    "name": "postcheck",
                    "version": __version__,
                    "semanticVersion": __version__,
                    "rules": self.rules,
                }},
                "originalUriBaseIds": {"%SRCROOT%": {"uri": Path.cwd().resolve().as_uri() + "/"}},
                "columnKind": "unicodeCodePoints",
                "results": self.results,
                "invocations": [{"executionSuccessful": not self.file_errors, "toolExecutionNotifications": [
                    *self.file_errors,
                    *({"level": "warning", "message": {"text": warning}} for warning in self.summary.warnings)]}],
            }],
        }
        json.dump(log, self.out, ensure_ascii=False)
        self.out.write("\n")
        return self.summary
