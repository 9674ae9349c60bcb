"""The registry of checks. A check is a module in checker/checks/ that calls `register`.

Every module in that package is imported by `all_checks()`, so adding a check is adding one
module (plus its word lists): nothing else needs editing.
"""
from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Iterable

from checker.model import Finding, Post, Rule

if TYPE_CHECKING:
    from checker.pipeline import Context

CheckFunction = Callable[[Post, "Context"], Iterable[Finding]]


@dataclass
class Check:
    """A check's declared metadata and the pure function that applies it to one post."""

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
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)


_CHECKS: dict[str, Check] = {}
_LOADED = False


def register(
    id: str,
    summary: str,
    rules: Iterable[Rule],
    options: dict[str, Any] | None = None,
    needs_nlp: bool = False,
    cross_post: bool = False,
) -> Callable[[CheckFunction], CheckFunction]:
    """Decorator for a check function: declares its id, rules and options."""
    rules = tuple(rules)
    for rule in rules:
        if rule.check != id:
            raise ValueError(f"rule {rule.id} does not belong to check {id}")

    def decorate(function: CheckFunction) -> CheckFunction:
        _CHECKS[id] = Check(id, summary, rules, function, dict(options or {}), needs_nlp, cross_post)
        return function

    return decorate


def all_checks() -> dict[str, Check]:
    """Every registered check by id, in a stable order (the contract's seven first)."""
    global _LOADED
    if not _LOADED:
        import checker.checks as package

        for module in pkgutil.iter_modules(package.__path__):
            if not module.name.startswith("_"):
                importlib.import_module(f"checker.checks.{module.name}")
        _LOADED = True
    order = ["profanity", "political", "purdah", "personal_data", "spelling", "plain_english", "endorsement"]
    return dict(sorted(_CHECKS.items(), key=lambda item: (order.index(item[0]) if item[0] in order else len(order), item[0])))


def all_rules() -> dict[str, Rule]:
    return {rule.id: rule for check in all_checks().values() for rule in check.rules}
