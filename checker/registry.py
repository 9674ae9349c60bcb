"""The registry of checks and their rules.

A check is a module in checker/checks/ that calls `register`, or a data file alone: every
wordlists/rules/<check>.toml declares the check's rules (id, severity, summary, clauses,
message and suggestion templates, explanation, examples), and one whose `[check]` table names a
`kind` is run by the shared phrase engine (checker.engine) with no Python module at all. Adding a
check is adding one module or one TOML file: nothing else needs editing.

Renamed rule ids live in wordlists/rules/renamed.toml, so that a config or suppression naming an
old id keeps working (ruff keeps such a table too).
"""
from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Callable, Iterable

from checker import wordlists
from checker.model import Hit, Rule

# A check's function: the post view and its context in, hits out.
CheckFunction = Callable[[Any, Any], Iterable[Hit]]
CONTRACT_ORDER = ("profanity", "political", "purdah", "personal_data", "spelling", "plain_english", "endorsement")
RULES_FOLDER = "rules"


@dataclass
class Check:
    """A check's declared metadata and the pure function that applies it to one post view."""

    id: str
    summary: str
    rules: tuple[Rule, ...]
    function: CheckFunction
    # Config keys this check accepts under [checks.<id>], with their defaults. The type of each
    # default is the type the key must have.
    options: dict[str, Any] = field(default_factory=dict)
    needs_nlp: bool = False
    # Runs on every post of a batch but judges them together (repeats across a file): such a
    # check keeps its state in Context.state and is always run in the main process.
    cross_post: bool = False

    def rule(self, rule_id: str) -> Rule:
        for rule in self.rules:
            if rule.id == rule_id or rule.id == f"{self.id}.{rule_id}":
                return rule
        raise KeyError(rule_id)


_CHECKS: dict[str, Check] = {}
_LOADED = False


def rules_file(check_id: str) -> dict:
    return wordlists.toml(f"{RULES_FOLDER}/{check_id}.toml")


COVERS = ("words", "sentence", "post")


def _covers(value: str, check_id: str, key: str) -> str:
    if value not in COVERS:
        raise ValueError(f"{RULES_FOLDER}/{check_id}.toml: rules.{key}.covers must be one of {COVERS}")
    return value


def load_rules(check_id: str, data: dict | None = None) -> tuple[Rule, ...]:
    """The rules of a check from its TOML file."""
    data = data if data is not None else rules_file(check_id)
    default_yields = tuple(data.get("check", {}).get("yields_to", ()))
    out = []
    for key, table in data.get("rules", {}).items():
        out.append(Rule(
            id=f"{check_id}.{key}",
            severity=table["severity"],
            summary=table["summary"],
            clauses=tuple(table.get("clauses", ())),
            message=table.get("message", ""),
            suggestion=table.get("suggestion", ""),
            explanation=table.get("explanation", "").strip(),
            flags=tuple(table.get("flag", ())),
            passes=tuple(table.get("pass", ())),
            yields_to=tuple(table.get("yields_to", default_yields)),
            covers=_covers(table.get("covers", "words"), check_id, key),
            variants=dict(table.get("variants", {})),
        ))
    return tuple(out)


def register(
    id: str,
    options: dict[str, Any] | None = None,
    needs_nlp: bool = False,
    cross_post: bool = False,
) -> Callable[[CheckFunction], CheckFunction]:
    """Decorator for a check function: declares its id and options; its rules come from its TOML."""

    def decorate(function: CheckFunction) -> CheckFunction:
        data = rules_file(id)
        _CHECKS[id] = Check(id, data["check"]["summary"], load_rules(id, data), function,
                            dict(options or {}), needs_nlp, cross_post)
        return function

    return decorate


def _data_checks() -> None:
    """Checks that are data alone: a rules file whose [check] table names an engine kind."""
    from checker import engine

    for path in sorted(wordlists.path(RULES_FOLDER).glob("*.toml")):
        check_id = path.stem
        if check_id in _CHECKS or check_id == "renamed":
            continue
        data = rules_file(check_id)
        table = data.get("check", {})
        if "kind" not in table:
            continue
        function, options = engine.build(check_id, data)
        _CHECKS[check_id] = Check(check_id, table["summary"], load_rules(check_id, data), function,
                                  options, bool(table.get("needs_nlp", False)))


def all_checks() -> dict[str, Check]:
    """Every registered check by id, in a stable order (the contract's seven first)."""
    global _LOADED
    if not _LOADED:
        import checker.checks as package

        for module in pkgutil.iter_modules(package.__path__):
            if not module.name.startswith("_"):
                importlib.import_module(f"checker.checks.{module.name}")
        _data_checks()
        _LOADED = True

    def order(item):
        return (CONTRACT_ORDER.index(item[0]) if item[0] in CONTRACT_ORDER else len(CONTRACT_ORDER), item[0])

    return dict(sorted(_CHECKS.items(), key=order))


def all_rules() -> dict[str, Rule]:
    return {rule.id: rule for check in all_checks().values() for rule in check.rules}


@lru_cache(maxsize=1)
def renamed() -> dict[str, str]:
    """Old rule id -> current rule id."""
    return dict(rules_file("renamed").get("renamed", {}))


def current_id(rule_id: str) -> str:
    """The id a rule has now, following renames (an unknown id comes back as it is)."""
    seen = set()
    while rule_id in renamed() and rule_id not in seen:
        seen.add(rule_id)
        rule_id = renamed()[rule_id]
    return rule_id
