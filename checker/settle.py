"""The one place where a post's findings are settled, after every check has run.

In order: rules the config ignores go; severities the config sets apply; the council's own
clauses come first; where findings of different checks cover the same words, the more specific
one stays (one span, one finding: a rule names in `yields_to` the checks it gives way to, so a
disguised swear word is reported as swearing and not again as a misspelling); inline
suppressions take findings out of the report but keep them for --verbose, and a suppression
that took out nothing, of a check that ran, is itself reported (suppression.unused, as ruff's
RUF100).
"""
from __future__ import annotations

from typing import Iterable

from checker.model import SEVERITIES, Finding, Post, Result, Rule


def settle(post: Post, found: list[Finding], config, rules: dict[str, Rule]) -> Result:
    kept: list[Finding] = []
    suppressed: list[tuple[Finding, str]] = []
    suppressions = post.meta.get("suppress") or {}
    used: set[str] = set()
    found = [f for f in found if not config.ignored(f.rule, post.source)]
    found = drop_overlapped(found, rules)
    for finding in found:
        finding = finding.with_changes(
            severity=config.severity_of(finding.rule, finding.severity),
            clauses=order_clauses(finding.clauses, config.council),
        )
        key = finding.rule if finding.rule in suppressions else finding.check
        reason = suppressions.get(key)
        if reason:
            suppressed.append((finding, reason))
            used.add(key)
        else:
            kept.append(finding)
    kept.extend(unused_suppressions(post, suppressions, used, config, rules))
    kept.extend(unknown_suppressions(post, config, rules))
    kept.sort(key=lambda f: (f.start, -SEVERITIES.index(f.severity), f.rule))
    return Result(post, kept, suppressed)


def drop_overlapped(found: list[Finding], rules: dict[str, Rule]) -> list[Finding]:
    """Drop a finding whose words a finding of a check it yields to also covers. Only a finding
    about particular words displaces another: a judgement on a whole sentence or post does not."""
    def about_words(finding: Finding) -> bool:
        rule = rules.get(finding.rule)
        return rule is None or rule.covers == "words"

    out = []
    for finding in found:
        rule = rules.get(finding.rule)
        yields_to = rule.yields_to if rule else ()
        covered = any(
            other.check in yields_to and other.start < finding.end and finding.start < other.end
            for other in found if other is not finding and about_words(other)
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


UNUSED = "suppression.unused"
UNKNOWN = "suppression.unknown-rule"
UNKNOWN_KEY = "suppress_unknown"  # checker.inputs.content_files.UNKNOWN_KEY


def suppression_finding(rule: Rule, post: Post, values: dict, config) -> Finding:
    message, suggestion = rule.words(None)
    finding = Finding.of(rule, post, 0, 0, message.format_map(values), suggestion.format_map(values))
    return finding.with_changes(severity=config.severity_of(rule.id, finding.severity),
                                clauses=order_clauses(finding.clauses, config.council))


def unknown_suppressions(post: Post, config, rules: dict[str, Rule]) -> list[Finding]:
    """An error for each suppression naming no rule or check (the post was still checked)."""
    rule = rules.get(UNKNOWN)
    named = post.meta.get(UNKNOWN_KEY) or ()
    if rule is None or not named or config.ignored(UNKNOWN, post.source):
        return []
    import difflib

    from checker.registry import all_checks, all_rules

    known = [*all_checks(), *all_rules()]
    out = []
    for written, where in named:
        near = difflib.get_close_matches(written, known, n=1, cutoff=0.6)
        values = {"written": written, "where": where, "nearest": f" (did you mean {near[0]}?)" if near else ""}
        out.append(suppression_finding(rule, post, values, config))
    return out


def unused_suppressions(post: Post, suppressions: dict, used: set[str], config, rules: dict[str, Rule]) -> list[Finding]:
    """A finding for each suppression that suppressed nothing, when the check it names ran."""
    rule = rules.get(UNUSED)
    if rule is None or config.ignored(UNUSED, post.source):
        return []
    ran = {known.check for known in rules.values()}
    out = []
    for name, reason in suppressions.items():
        if name in used or name.split(".", 1)[0] not in ran or (name in rules and config.ignored(name, post.source)):
            continue
        out.append(suppression_finding(rule, post, {"suppressed": name, "reason": reason}, config))
    return out
