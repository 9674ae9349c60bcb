"""Which rules report, as ruff decides it: selectors are check ids, rule ids or `ALL`.

`endorsement` selects every rule of the check, `endorsement.offer` one rule; a renamed rule is
followed (wordlists/rules/renamed.toml). Where a rule matches both a selected and an ignored
selector, the more specific one wins (`--select endorsement.offer --ignore endorsement` keeps
deal); at equal specificity ignore wins. `per-file-ignores` maps file globs to selectors ignored
in those files only.
"""
from __future__ import annotations

import difflib
import fnmatch
import os
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Iterable

from checker.errors import UsageError
from checker.registry import all_checks, all_rules, current_id

ALL = "ALL"


def split_selectors(values: Iterable[str] | None) -> list[str]:
    """`--select a,b --select c` -> [a, b, c]."""
    out: list[str] = []
    for value in values or ():
        out.extend(part.strip() for part in str(value).split(",") if part.strip())
    return out


def known_ids() -> list[str]:
    return [*all_checks(), *all_rules()]


def validate(selector: str, where: str) -> str:
    """The selector as it now is (renames followed), or a UsageError naming the nearest id."""
    if not isinstance(selector, str):
        raise UsageError(f"{where}: {selector!r} is not a check or rule id (see `postcheck rules`)")
    if selector == ALL:
        return selector
    selector = current_id(selector.strip())
    if selector in all_checks() or selector in all_rules():
        return selector
    near = difflib.get_close_matches(selector, known_ids(), n=1, cutoff=0.6)
    hint = f" (did you mean {near[0]}?)" if near else " (see `postcheck rules`)"
    raise UsageError(f"{where}: {selector!r} is not a check or rule id{hint}")


def specificity(selector: str, rule_id: str) -> int:
    """How closely a selector names a rule: 0 no match, 1 ALL, 2 its check, 3 the rule itself."""
    if selector == rule_id:
        return 3
    if rule_id.startswith(selector + "."):
        return 2
    return 1 if selector == ALL else 0


def decide(rule_id: str, select: Iterable[str] | None, ignore: Iterable[str]) -> bool:
    """True when the rule reports: the most specific matching selector decides, ignore on a tie."""
    chosen = max((specificity(s, rule_id) for s in select), default=0) if select is not None else 1
    dropped = max((specificity(s, rule_id) for s in ignore), default=0)
    return chosen > 0 and chosen > dropped


@dataclass
class FileIgnores:
    """`per-file-ignores`: globs (relative to the config's folder) -> selectors ignored there."""

    base: Path = field(default_factory=Path.cwd)
    table: dict[str, list[str]] = field(default_factory=dict)

    seen: dict[str, list[str]] = field(default_factory=dict, repr=False, compare=False)  # per file, once

    def for_file(self, source: str | None) -> list[str]:
        if not self.table or not source or source.startswith("<"):
            return []
        name = file_part(source)
        if name not in self.seen:
            self.seen[name] = self._match(Path(name))
        return self.seen[name]

    def _match(self, path: Path) -> list[str]:
        try:
            relative = os.path.relpath(path.resolve(), self.base.resolve())
        except ValueError:  # another drive on Windows
            relative = str(path)
        posix = PurePosixPath(Path(relative).as_posix())
        out: list[str] = []
        for glob, selectors in self.table.items():
            if matches(glob, posix):
                out.extend(selectors)
        return out


def file_part(source: str) -> str:
    """`posts/april.csv:12` (a CSV row) -> `posts/april.csv`."""
    head, _, tail = source.rpartition(":")
    return head if head and tail.isdigit() else source


def matches(glob: str, path: PurePosixPath) -> bool:
    """ruff's rule: a glob with no slash matches the file name anywhere; otherwise the path."""
    glob = glob.replace("\\", "/").removeprefix("./")
    if "/" not in glob:
        return fnmatch.fnmatchcase(path.name, glob)
    if glob.endswith("/"):
        glob += "**"
    # `**/` may match no folder at all (`**/*.csv` matches `april.csv`)
    return fnmatch.fnmatchcase(str(path), glob) or fnmatch.fnmatchcase(str(path), glob.replace("**/", ""))
