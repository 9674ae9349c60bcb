"""Read the data files in wordlists/: the lists councils edit, kept out of the code."""
from __future__ import annotations

import csv
import hashlib
import tomllib
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Iterator

# Names read while a `recording()` block is open: checker.cache keeps the content hash of every
# list a cached value was built from, so that editing any of them rebuilds it.
_recorders: list[set[str]] = []


@lru_cache(maxsize=1)
def folder() -> Path:
    """The wordlists folder: inside the installed package, or beside it in a source checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "wordlists", here.parent / "wordlists"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("postcheck's wordlists folder is missing: reinstall postcheck")


def path(name: str) -> Path:
    _note(name)
    return folder() / name


def _note(name: str) -> None:
    for names in _recorders:
        names.add(name)


@contextmanager
def recording() -> Iterator[set[str]]:
    """The names of the files read (through this module) inside the block."""
    names: set[str] = set()
    _recorders.append(names)
    try:
        yield names
    finally:
        _recorders.remove(names)


def digest(name: str) -> str:
    """The content hash of a file in the wordlists folder ("" when it is missing)."""
    try:
        return hashlib.blake2b((folder() / name).read_bytes(), digest_size=16).hexdigest()
    except OSError:
        return ""


def lines(name: str) -> tuple[str, ...]:
    """Non-blank lines of a list file, without `#` comments."""
    _note(name)
    return _lines(name)


def rows(name: str) -> tuple[dict[str, str], ...]:
    """Rows of a CSV list file with a header; lines starting with `#` are comments."""
    _note(name)
    return _rows(name)


def toml(name: str) -> dict:
    _note(name)
    return _toml(name)


@lru_cache(maxsize=None)
def _lines(name: str) -> tuple[str, ...]:
    out = []
    with open(path(name), encoding="utf-8") as handle:
        for line in handle:
            line = line.split("#", 1)[0].strip()
            if line:
                out.append(line)
    return tuple(out)


@lru_cache(maxsize=None)
def _rows(name: str) -> tuple[dict[str, str], ...]:
    with open(path(name), encoding="utf-8", newline="") as handle:
        data = [line for line in handle if not line.startswith("#")]
    return tuple(dict(row) for row in csv.DictReader(data))


@lru_cache(maxsize=None)
def _toml(name: str) -> dict:
    with open(path(name), "rb") as handle:
        return tomllib.load(handle)
