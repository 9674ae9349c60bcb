"""`check --fix`: the draft with every unambiguous replacement applied, and what is left for a person."""
from __future__ import annotations

from dataclasses import replace
from typing import TextIO

from checker.model import Finding, Result


def chosen_fixes(result: Result) -> list[Finding]:
    """The findings whose replacement is applied: right to left; where two overlap, the first one wins."""
    chosen, last_start = [], len(result.post.text) + 1
    for finding in sorted(result.findings, key=lambda f: (f.start, f.end), reverse=True):
        if finding.replacement is None or finding.end > last_start:
            continue
        chosen.append(finding)
        last_start = finding.start
    return chosen


def apply_fixes(result: Result) -> str:
    text = result.post.text
    for finding in chosen_fixes(result):
        text = text[: finding.start] + finding.replacement + text[finding.end :]
    return text


def unfixed(result: Result) -> list[Finding]:
    """Findings --fix could not settle: no unambiguous replacement, or one that overlapped another."""
    fixed = {id(f) for f in chosen_fixes(result)}
    return [f for f in result.findings if id(f) not in fixed]


def report_unfixed(result: Result, err: TextIO, show_personal_data: bool = False) -> Result:
    """One line per finding still to settle by hand, on standard error (stdout is the fixed text).

    Returns the post's result with only those findings, for the exit code.
    """
    from checker.report.lines import position, short
    from checker.report.redact import Masker, personal_spans
    from checker.report.visible import visible

    fixes = chosen_fixes(result)
    fixed_post = replace(result.post, text=apply_fixes(result))
    left = unfixed(result)
    # masked as every report is (checker.report.redact): quoted words, messages, suggestions
    masker = None if show_personal_data else Masker(result.post.text, personal_spans(result))
    if left:
        err.write(f"postcheck: fixed {len(fixes)}; {len(left)} still need a person (line:column in the fixed text):\n")
    for finding in left:
        # where the finding's words are in the fixed text: after every fix before them
        shift = sum(len(f.replacement) - (f.end - f.start) for f in fixes if f.end <= finding.start)
        line, column = position(Result(fixed_post, []), finding.start + shift)
        if masker is not None:
            finding = masker.finding(finding, result.post.text)
        quoted = visible(finding.text, newlines=False)
        err.write(f"  {line}:{column}: {finding.severity} {finding.check}/{short(finding.rule)}: "
                  f"{visible(finding.message, newlines=False)} \"{quoted}\" -> {visible(finding.suggestion, newlines=False)}\n")
    return Result(result.post, left, problem=result.problem)
