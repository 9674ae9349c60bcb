"""What the CI formats (github, gitlab, junit, sarif) share: paths, fingerprints, message text."""
from __future__ import annotations

import hashlib
from collections import Counter
from pathlib import Path

from checker.model import Finding, Result
from checker.report.lines import where


def is_file(path: str) -> bool:
    """False for a draft given as an argument or on standard input (`<arg>`, `<stdin>`)."""
    return not (path.startswith("<") and path.endswith(">"))


def relative_path(path: str) -> str:
    """The file relative to the working folder (CI runs from the checkout's root), with / separators."""
    target = Path(path)
    try:
        return target.resolve().relative_to(Path.cwd().resolve()).as_posix() if target.is_absolute() else target.as_posix()
    except ValueError:
        return target.as_posix()


def full_message(finding: Finding) -> str:
    clauses = f" ({', '.join(finding.clauses)})" if finding.clauses else ""
    return f"{finding.message} Write instead: {finding.suggestion}{clauses}"


class Fingerprints:
    """Stable ids for findings, so dashboards follow one across commits.

    Made of the file, the post's id, the rule and the words (masked when personal, so a hash
    never carries a phone number), plus how many times the same words were reported before
    in that post: not of line numbers, so adding a line above a finding keeps its id.
    """

    def __init__(self) -> None:
        self.seen: Counter = Counter()

    def of(self, result: Result, finding: Finding | None, show_personal_data: bool = False) -> str:
        rule = finding.rule if finding else "input.unreadable"
        words = finding.text if finding else (result.problem or "")
        key = (relative_path(where(result)), result.post.id, rule, words.casefold())
        self.seen[key] += 1
        text = "\x1f".join((*key, str(self.seen[key])))
        return hashlib.sha256(text.encode("utf-8")).hexdigest()
