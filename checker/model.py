"""The objects every part of postcheck shares: a post, a rule, a finding, a post's result."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any, TypedDict

SEVERITIES = ("info", "warning", "error")


def severity_rank(severity: str) -> int:
    """0 for info, 1 for warning, 2 for error; used to compare against --fail-on."""
    return SEVERITIES.index(severity)


class PostMeta(TypedDict, total=False):
    """Facts about a post besides its text, from a CSV column, front matter or the command line."""

    platform: str  # where it goes: "x", "x, facebook" (length limits)
    account: str  # the account that posts it (emergency)
    approval: str  # an approval reference for an endorsement
    link: str  # a link column of a scheduling tool's export
    image: str  # an image column (alt text reminders)
    row: str  # the spreadsheet's row number, for reports
    suppress: dict[str, str]  # rule or check id -> reason, from inline suppressions
    _lines: list[int]  # content files: the source line of each line of the text


@dataclass
class Post:
    """One draft: its text, when it is scheduled to go out, and where it came from."""

    text: str
    scheduled: datetime | None = None
    source: str = "<arg>"
    id: str = "1"
    # Extra facts about the post from a CSV column or front matter: platform, account,
    # approval, ... Checks read what they understand and ignore the rest.
    meta: PostMeta = field(default_factory=PostMeta)
    # Line of the source file on which the text starts (1-based), so that hook output can
    # point editors at path:line:col.
    first_line: int = 1


@dataclass(frozen=True)
class Rule:
    """A rule a check applies, as declared in wordlists/rules/<check>.toml: a stable dotted id,
    its default severity, the clauses it enforces, and its words (message and suggestion
    templates, an explanation, examples that flag and pass)."""

    id: str
    severity: str
    summary: str
    clauses: tuple[str, ...] = ()
    message: str = ""
    suggestion: str = ""
    explanation: str = ""
    flags: tuple[str, ...] = ()  # examples the rule must flag
    passes: tuple[str, ...] = ()  # examples its check must not flag at all
    # Checks whose findings are more specific than this rule's: where one of theirs covers
    # the same words, this rule's finding is dropped (one span, one finding).
    yields_to: tuple[str, ...] = ()
    # What a finding's span stands for: "words" (the words at fault) or "sentence"/"post"
    # (a judgement on the whole: a long sentence). Only findings about words displace others,
    # or a long sentence would swallow every misspelling inside it.
    covers: str = "words"
    # Other wordings of the message or suggestion, chosen by a hit's "variant" value.
    variants: dict[str, dict[str, str]] = field(default_factory=dict, hash=False, compare=False)

    def words(self, variant: str | None) -> tuple[str, str]:
        """The message and suggestion templates for a hit of this rule."""
        chosen = self.variants.get(variant or "", {})
        return chosen.get("message", self.message), chosen.get("suggestion", self.suggestion)

    @property
    def check(self) -> str:
        return self.id.split(".", 1)[0]


@dataclass(frozen=True)
class Hit:
    """What a check returns: a rule broken over text[start:end], with the values its message
    and suggestion templates need. The pipeline turns hits into findings."""

    rule: str  # the rule id, or its last part (the check's id is added)
    start: int
    end: int
    args: dict[str, Any] = field(default_factory=dict)
    replacement: str | None = None  # an unambiguous fix for the matched text
    note: str | None = None
    severity: str | None = None  # when an option or the data sets it, else the rule's
    personal: bool = False  # the matched text is personal data


@dataclass(frozen=True)
class Finding:
    """Something in a post that breaks a rule, with where it is and what to write instead."""

    check: str
    rule: str
    severity: str
    start: int
    end: int
    text: str
    message: str
    suggestion: str
    clauses: tuple[str, ...]
    # True when the matched text is personal data: reports mask it unless asked not to.
    personal: bool = False
    # An unambiguous replacement for the matched text, applied by `check --fix`.
    replacement: str | None = None
    # Extra context shown under the finding (why a post is in a pre-election period...).
    note: str | None = None

    @classmethod
    def of(
        cls,
        rule: Rule,
        post: Post,
        start: int,
        end: int,
        message: str,
        suggestion: str,
        *,
        severity: str | None = None,
        clauses: tuple[str, ...] | None = None,
        personal: bool = False,
        replacement: str | None = None,
        note: str | None = None,
    ) -> Finding:
        """Make a finding for `rule` over post.text[start:end]."""
        return cls(
            check=rule.check,
            rule=rule.id,
            severity=severity or rule.severity,
            start=start,
            end=end,
            text=post.text[start:end],
            message=message,
            suggestion=suggestion,
            clauses=tuple(clauses if clauses is not None else rule.clauses),
            personal=personal,
            replacement=replacement,
            note=note,
        )

    def with_changes(self, **changes) -> Finding:
        return replace(self, **changes)


@dataclass
class Result:
    """A post with the findings that apply to it, and those suppressed inline."""

    post: Post
    findings: list[Finding]
    suppressed: list[tuple[Finding, str]] = field(default_factory=list)
    problem: str | None = None  # the row could not be read: why (batch input)
    # The pre-election period the post's schedule falls in: (election, start, end), and its
    # description; set by the pipeline from the one election calendar of the run.
    period: tuple | None = None
    period_label: str | None = None
    # The post's personal data: the spans of every hit marked personal, whichever check made it
    # and whether or not its finding is kept. Reports mask these characters wherever they appear.
    personal: tuple[tuple[int, int], ...] = ()

    @property
    def verdict(self) -> str:
        if self.problem:
            return "fail"  # a row that cannot be read cannot go out as it is
        severities = {f.severity for f in self.findings}
        if "error" in severities:
            return "fail"
        if "warning" in severities:
            return "warn"
        return "pass"

    def worst(self) -> int:
        """Rank of the worst severity here, -1 when there is none."""
        return max((severity_rank(f.severity) for f in self.findings), default=-1)
