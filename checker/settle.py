"""The one place where a post's findings are settled, after every check has run.

In order: rules the config ignores go; severities the config sets apply; the council's own
clauses come first; where findings of different checks cover the same words, the more specific
one stays (one span, one finding: a rule names in `yields_to` the checks it gives way to, so a
disguised swear word is reported as swearing and not again as a misspelling); inline
suppressions take findings out of the report but keep them for --verbose.
"""
from __future__ import annotations

from typing import Iterable

from checker.model import SEVERITIES, Finding, Post, Result, Rule


def settle(post: Post, found: list[Finding], config, rules: dict[str, Rule]) -> Result:
    kept: list[Finding] = []
    suppressed: list[tuple[Finding, str]] = []
    suppressions = post.meta.get("suppress") or {}
    found = [f for f in found if not config.ignored(f.rule, post.source)]
    found = drop_overlapped(found, rules)
    for finding in found:
        finding = finding.with_changes(
            severity=config.severity_of(finding.rule, finding.severity),
            clauses=order_clauses(finding.clauses, config.council),
        )
        reason = suppressions.get(finding.rule) or suppressions.get(finding.check)
        if reason:
            suppressed.append((finding, reason))
        else:
            kept.append(finding)
    kept.sort(key=lambda f: (f.start, -SEVERITIES.index(f.severity), f.rule))
    return Result(post, kept, suppressed)


def drop_overlapped(found: list[Finding], rules: dict[str, Rule]) -> list[Finding]:
    """Drop a finding whose words a finding of a check it yields to also covers."""
    out = []
    for finding in found:
        rule = rules.get(finding.rule)
        yields_to = rule.yields_to if rule else ()
        # The same words: a word-level finding over them, not one about the whole sentence or post
        # (a long sentence or a low reading ease must not swallow a misspelling inside it).
        size = finding.end - finding.start
        covered = any(
            other.check in yields_to and other.start < finding.end and finding.start < other.end
            and other.end - other.start <= max(3 * size, size + 30)
            for other in found if other is not finding
        )
        if not covered:
            out.append(finding)
    return out


def order_clauses(clauses: Iterable[str], council: str | None) -> tuple[str, ...]:
    """The council's own clauses first, the rest in their declared order."""
    clauses = tuple(dict.fromkeys(clauses))
    if not council:
        return clauses
    own = tuple(c for c in clauses if c.startswith(council + "-"))
    return own + tuple(c for c in clauses if not c.startswith(council + "-"))
