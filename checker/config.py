"""The TOML config: which checks run, how severe their rules are, and each check's options.

Found at `--config PATH`, else in the working folder or the closest folder above it, up to the
repository's root (the folder holding `.git`): in each, `postcheck.toml` first, then the
`[tool.postcheck]` table of `pyproject.toml` (a pyproject without one is passed over), so a
command run from `posts/2026/` judges as one run from the repository's root. Every key is documented in the README;
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
from checker.selection import FileIgnores, decide, split_selectors, validate

COUNCILS = ("sandwell", "woking", "derbyshire", "solihull", "sheffield")
FAIL_ON = ("error", "warning", "never")
TOP_LEVEL_KEYS = ("council", "select", "extend_select", "ignore", "per_file_ignores", "fail_on", "severity", "checks",
                  "extra_parties")
# ruff writes these with hyphens; both spellings are read
HYPHENATED = {"extend-select": "extend_select", "per-file-ignores": "per_file_ignores"}


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
    select: list[str] | None = None  # check or rule ids (or ALL) that report; None means all
    extend_select: list[str] = field(default_factory=list)  # added to select
    ignore: set[str] = field(default_factory=set)  # check or rule ids switched off
    file_ignores: FileIgnores = field(default_factory=FileIgnores)  # per-file-ignores
    fail_on: str | None = None
    severity: dict[str, str] = field(default_factory=dict)  # check or rule id -> severity
    check_options: dict[str, dict[str, Any]] = field(default_factory=dict)
    extra_parties: list[str] = field(default_factory=list)  # local parties, for political and purdah

    def selected(self) -> list[str] | None:
        return None if self.select is None else [*self.select, *self.extend_select]

    def enabled(self, check_id: str) -> bool:
        """True when the check has a rule that may report (in some file)."""
        check = all_checks()[check_id]
        ids = [rule.id for rule in check.rules] or [check_id + "."]
        return any(decide(rule_id, self.selected(), self.ignore) for rule_id in ids)

    def command_line(self, select: list[str] | None, extend_select: list[str] | None, ignore: list[str] | None) -> None:
        """--select replaces the config's select; --extend-select and --ignore add to it (as ruff)."""
        if select:
            self.select = [validate(value, "--select") for value in split_selectors(select)]
        if extend_select:
            self.extend_select += [validate(value, "--extend-select") for value in split_selectors(extend_select)]
        if ignore:
            self.ignore |= {validate(value, "--ignore") for value in split_selectors(ignore)}

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
        """True when the rule does not report, in the file `source` if one is named."""
        ignore = self.ignore.union(self.file_ignores.for_file(source)) if source else self.ignore
        return not decide(rule_id, self.selected(), ignore)


def discover(explicit: str | None, cwd: Path | None = None) -> Config:
    """Load the config named by --config, else the closest one from the working folder up to
    the repository's root, else defaults."""
    cwd = cwd or Path.cwd()
    if explicit:
        target = Path(explicit)
        if not target.is_file():
            raise UsageError(f"--config: no such file: {explicit}")
        data = _read(target)
        if target.name == "pyproject.toml":
            data = data.get("tool", {}).get("postcheck", {})
        return from_dict(data, str(target), base=target.parent)
    for folder in (cwd, *cwd.resolve().parents):
        own = folder / "postcheck.toml"
        if own.is_file():
            return from_dict(_read(own), str(own), base=folder)
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file():
            table = _read(pyproject).get("tool", {}).get("postcheck")
            if table is not None:
                return from_dict(table, f"{pyproject} [tool.postcheck]", base=folder)
        if (folder / ".git").exists():  # the repository's root: a config above it is not this repo's
            break
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


def from_dict(data: dict, where: str = "config", base: Path | None = None) -> Config:
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

    data = {HYPHENATED.get(key, key): value for key, value in data.items()}
    for key in data:
        if key not in TOP_LEVEL_KEYS:
            raise fail(f"unknown key {key!r} (known keys: {', '.join(TOP_LEVEL_KEYS)})")
    config = Config(path=where)

    council = data.get("council")
    if council is not None:
        if council not in COUNCILS:
            raise fail(f"council: {council!r} is not one of {', '.join(COUNCILS)}")
        config.council = council

    for key in ("select", "extend_select"):
        if key in data:
            if not isinstance(data[key], list):
                raise fail(f"{key}: must be a list of check or rule ids")
            setattr(config, key, [validate(value, f"{where}: {key}") for value in data[key]])

    if "ignore" in data:
        if not isinstance(data["ignore"], list):
            raise fail("ignore: must be a list of check or rule ids")
        config.ignore = {validate(value, f"{where}: ignore") for value in data["ignore"]}

    if "per_file_ignores" in data:
        table = data["per_file_ignores"]
        if not isinstance(table, dict):
            raise fail('per-file-ignores: must be a table of "glob" = [check or rule ids]')
        globs: dict[str, list[str]] = {}
        for glob, selectors in table.items():
            if not isinstance(selectors, list):
                raise fail(f'per-file-ignores: "{glob}" must be a list of check or rule ids')
            globs[glob] = [validate(value, f'{where}: per-file-ignores "{glob}"') for value in selectors]
        config.file_ignores = FileIgnores(base or Path.cwd(), globs)

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
