"""The TOML config: which checks run, how severe their rules are, and each check's options.

Found, in order, at `--config PATH`, `postcheck.toml` in the working directory, or the
`[tool.postcheck]` table of `pyproject.toml` there. Every key is documented in the README;
a key postcheck does not know is an error, so a typo never silently does nothing.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from checker.errors import UsageError
from checker.model import SEVERITIES
from checker.registry import all_checks, all_rules, current_id

COUNCILS = ("sandwell", "woking", "derbyshire", "solihull", "sheffield")
FAIL_ON = ("error", "warning", "never")
TOP_LEVEL_KEYS = ("council", "select", "ignore", "fail_on", "severity", "checks", "extra_parties")


# Options whose items are not text (tables, dates, years, numbers): the check validates them
# itself, with messages naming the keys; every other list holds words or phrases.
CHECKED_BY_THE_CHECK = {("purdah", "elections"), ("purdah", "no_poll_years"), ("purdah", "days_off"), ("length", "limits")}


def wrong_items(value: Any) -> str | None:
    """What is wrong with a list option's items (each must be text), or None."""
    if isinstance(value, list):
        for index, item in enumerate(value):
            if not isinstance(item, str):
                return f"item {index + 1} is {item!r}; each must be text in quotes"
    return None


@dataclass
class Config:
    path: str | None = None
    council: str | None = None
    select: list[str] | None = None  # check ids that run; None means all
    ignore: set[str] = field(default_factory=set)  # check or rule ids switched off
    fail_on: str | None = None
    severity: dict[str, str] = field(default_factory=dict)  # check or rule id -> severity
    check_options: dict[str, dict[str, Any]] = field(default_factory=dict)
    extra_parties: list[str] = field(default_factory=list)  # local parties, for political and purdah

    def enabled(self, check_id: str) -> bool:
        if check_id in self.ignore:
            return False
        return self.select is None or check_id in self.select

    def options(self, check_id: str) -> dict[str, Any]:
        """The options of one check: its declared defaults with the config's values over them."""
        declared = all_checks()[check_id].options
        return {**declared, **self.check_options.get(check_id, {})}

    def parties(self) -> tuple[str, ...]:
        """Local parties: the top-level list, and [checks.political] extra_parties where older configs put them."""
        older = self.check_options.get("political", {}).get("extra_parties", [])
        return tuple(dict.fromkeys([*self.extra_parties, *older]))

    def severity_of(self, rule_id: str, default: str) -> str:
        check_id = rule_id.split(".", 1)[0]
        return self.severity.get(rule_id) or self.severity.get(check_id) or default

    def ignored(self, rule_id: str, source: str | None = None) -> bool:
        return rule_id in self.ignore or rule_id.split(".", 1)[0] in self.ignore


def discover(explicit: str | None, cwd: Path | None = None) -> Config:
    """Load the config named by --config, else the one in the working directory, else defaults."""
    cwd = cwd or Path.cwd()
    if explicit:
        target = Path(explicit)
        if not target.is_file():
            raise UsageError(f"--config: no such file: {explicit}")
        data = _read(target)
        if target.name == "pyproject.toml":
            data = data.get("tool", {}).get("postcheck", {})
        return from_dict(data, str(target))
    own = cwd / "postcheck.toml"
    if own.is_file():
        return from_dict(_read(own), str(own))
    pyproject = cwd / "pyproject.toml"
    if pyproject.is_file():
        table = _read(pyproject).get("tool", {}).get("postcheck")
        if table is not None:
            return from_dict(table, f"{pyproject} [tool.postcheck]")
    return Config()


def _read(target: Path) -> dict:
    try:
        with open(target, "rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        raise UsageError(f"{target}: not valid TOML: {error}") from None
    except UnicodeDecodeError as error:
        raise UsageError(f"{target}: not UTF-8 text (byte {error.start}); save it as UTF-8") from None
    except OSError as error:
        raise UsageError(f"{target}: cannot read: {error.strerror}") from None


def from_dict(data: dict, where: str = "config") -> Config:
    checks = all_checks()
    rules = all_rules()

    def fail(message: str) -> UsageError:
        return UsageError(f"{where}: {message}")

    def check_or_rule(value: Any, key: str) -> str:
        if isinstance(value, str):
            value = current_id(value)  # a renamed rule keeps working under its old id
        if not isinstance(value, str) or (value not in checks and value not in rules):
            raise fail(f"{key}: {value!r} is not a check or rule id (see `postcheck rules`)")
        return value

    for key in data:
        if key not in TOP_LEVEL_KEYS:
            raise fail(f"unknown key {key!r} (known keys: {', '.join(TOP_LEVEL_KEYS)})")
    config = Config(path=where)

    council = data.get("council")
    if council is not None:
        if council not in COUNCILS:
            raise fail(f"council: {council!r} is not one of {', '.join(COUNCILS)}")
        config.council = council

    if "select" in data:
        if not isinstance(data["select"], list):
            raise fail("select: must be a list of check ids")
        config.select = []
        for value in data["select"]:
            if value not in checks:
                raise fail(f"select: {value!r} is not a check id (see `postcheck rules`)")
            config.select.append(value)

    if "ignore" in data:
        if not isinstance(data["ignore"], list):
            raise fail("ignore: must be a list of check or rule ids")
        config.ignore = {check_or_rule(value, "ignore") for value in data["ignore"]}

    if "extra_parties" in data:
        if not isinstance(data["extra_parties"], list) or not all(isinstance(v, str) for v in data["extra_parties"]):
            raise fail("extra_parties: must be a list of party names")
        config.extra_parties = list(data["extra_parties"])

    if "fail_on" in data:
        if data["fail_on"] not in FAIL_ON:
            raise fail(f"fail_on: must be one of {', '.join(FAIL_ON)}")
        config.fail_on = data["fail_on"]

    severity = data.get("severity", {})
    if not isinstance(severity, dict):
        raise fail("severity: must be a table of check or rule id = severity")
    for key, value in severity.items():
        check_or_rule(key, "severity")
        if value not in SEVERITIES:
            raise fail(f"severity.{key}: {value!r} must be one of {', '.join(SEVERITIES)}")
        config.severity[key] = value

    tables = data.get("checks", {})
    if not isinstance(tables, dict):
        raise fail("checks: must hold one table per check, e.g. [checks.profanity]")
    for check_id, options in tables.items():
        if check_id not in checks:
            raise fail(f"[checks.{check_id}]: no such check (see `postcheck rules`)")
        if not isinstance(options, dict):
            raise fail(f"checks.{check_id}: must be a table")
        declared = checks[check_id].options
        for key, value in options.items():
            if key not in declared:
                known = ", ".join(declared) or "none"
                raise fail(f"[checks.{check_id}] unknown key {key!r} (known keys: {known})")
            expected = type(declared[key])
            if expected is float and isinstance(value, int):
                value = float(value)
            if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
                raise fail(f"[checks.{check_id}] {key}: expected {expected.__name__}, got {type(value).__name__}")
            if (check_id, key) not in CHECKED_BY_THE_CHECK:
                problem = wrong_items(value)
                if problem:
                    raise fail(f"[checks.{check_id}] {key}: {problem}")
        config.check_options[check_id] = dict(options)
    return config
