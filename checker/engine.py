"""The phrase engine: checks that are data alone, in the manner of Vale's rule kinds.

A rules file (wordlists/rules/<check>.toml) whose `[check]` table says `kind = "phrases"` needs
no Python module: each rule says what to look for, and this engine runs it over the post view.
- `existence`: any of the rule's `patterns` (regular expressions), or the words a council lists
  under the option named by `patterns_option`, is a hit; `first = true` keeps only the earliest.
- `substitution`: rows of a CSV `terms` file (pattern, alternative, ...) whose `rule` column
  names this rule; every column is a template value, and a term already matched by a longer one
  is skipped. `allow_option` names an option listing matches that are fine.
- `conditional`: like existence, but only when one of `requires` also matches somewhere in the
  post and none of `unless` does (a photo *of children*).
Any rule may also name `severity_option` (an option that sets its severity) and `account`
("unknown" or "unofficial": the post's account, against the list in `official_option`). A check
may name `active_option`, a true/false option that switches the whole check on.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Callable, Iterator

from checker import wordlists
from checker.model import Hit
from checker.text.screen import screened
from checker.text.words import alternation, any_pattern, overlaps

FLAGS = re.IGNORECASE | re.MULTILINE


@dataclass(frozen=True)
class PhraseRule:
    key: str
    kind: str
    spec: dict[str, Any]

    @property
    def patterns(self) -> re.Pattern:
        return _compiled(tuple(self.spec.get("patterns", ())))

    def matches(self, text: str, options: dict) -> list[re.Match]:
        if "patterns_option" in self.spec:
            pattern = _literal(tuple(options[self.spec["patterns_option"]]))
        else:
            pattern = self.patterns
        found = list(pattern.finditer(text))
        return found[:1] if self.spec.get("first", True) and found else found

    def conditions_hold(self, text: str, meta, options: dict) -> bool:
        if "requires" in self.spec and not _compiled(tuple(self.spec["requires"])).search(text):
            return False
        if "unless" in self.spec and _compiled(tuple(self.spec["unless"])).search(text):
            return False
        account = self.spec.get("account")
        if account:
            own = (meta.get("account") or "").strip()
            official = {a.strip().lower().lstrip("@") for a in options.get(self.spec.get("official_option", ""), ())}
            if account == "unknown" and own:
                return False
            if account == "unofficial" and (not own or own.lower().lstrip("@") in official):
                return False
        return True


@lru_cache(maxsize=None)
def _compiled(patterns: tuple[str, ...]) -> re.Pattern:
    return any_pattern(patterns, FLAGS)


@lru_cache(maxsize=64)
def _literal(words: tuple[str, ...]) -> re.Pattern:
    # A word's start only: a topic "flood" also finds "flooding".
    return re.compile(r"\b(?:" + alternation(words) + ")", re.IGNORECASE)


@lru_cache(maxsize=None)
def _terms(name: str, rule: str) -> tuple[tuple[re.Pattern, dict[str, str]], ...]:
    out = []
    for row in wordlists.rows(name):
        if row.get("rule", rule) == rule:
            out.append((re.compile(r"(?<![\w-])(?:" + row["pattern"] + r")(?![\w-])", re.IGNORECASE), dict(row)))
    return tuple(out)


BACKREFERENCE = re.compile(r"\\[1-9]|\(\?P=")


@lru_cache(maxsize=None)
def _any_term(name: str, rule: str) -> re.Pattern | None:
    """One pattern that matches wherever any of the rule's terms does: most posts hold none, and
    one scan then replaces a scan per term. None when the terms cannot be joined safely."""
    terms = _terms(name, rule)
    if not terms or any(BACKREFERENCE.search(pattern.pattern) for pattern, _ in terms):
        return None
    try:
        return screened(re.compile("|".join(f"(?:{pattern.pattern})" for pattern, _ in terms), re.IGNORECASE))
    except re.error:
        return None


def build(check_id: str, data: dict) -> tuple[Callable[[Any, Any], Iterator[Hit]], dict[str, Any]]:
    """The check function and declared options of a data-only check."""
    table = data["check"]
    if table["kind"] != "phrases":
        raise ValueError(f"rules/{check_id}.toml: unknown check kind {table['kind']!r}")
    rules = [PhraseRule(key, spec.get("kind", "existence"), spec) for key, spec in data.get("rules", {}).items()]
    active = table.get("active_option")

    def check(view, ctx) -> Iterator[Hit]:
        options = ctx.options
        if active and not options[active]:
            return
        text = view.text
        taken: list[tuple[int, int]] = []  # spans of substitution terms already reported
        for rule in rules:
            if not rule.conditions_hold(text, view.meta, options):
                continue
            severity = options.get(rule.spec["severity_option"]) if "severity_option" in rule.spec else None
            if rule.kind == "substitution":
                screen = _any_term(rule.spec["terms"], rule.key)
                if screen is not None and not screen.search(text):
                    continue
                allowed = {a.lower() for a in options.get(rule.spec.get("allow_option", ""), ())}
                for pattern, row in _terms(rule.spec["terms"], rule.key):
                    for match in pattern.finditer(text):
                        if match.group().lower() in allowed or overlaps(match.span(), taken):
                            continue
                        taken.append(match.span())
                        # A row's own advice, else the rule's wording around its alternative.
                        instead = row.get("advice") or rule.spec.get("instead", "").format_map(row)
                        yield Hit(rule.key, match.start(), match.end(), {**row, "instead": instead}, severity=severity)
            else:
                args = {"account": (view.meta.get("account") or "").strip()}
                for name in rule.spec.get("list_args", ()):
                    args[name] = ", ".join(options.get(name, ())) or rule.spec.get("list_default", "")
                for match in rule.matches(text, options):
                    yield Hit(rule.key, match.start(), match.end(), args, severity=severity)

    return check, dict(table.get("options", {}))
