"""Read the data files in wordlists/: the lists councils edit, kept out of the code."""
from __future__ import annotations

import csv
import tomllib
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def folder() -> Path:
    """The wordlists folder: inside the installed package, or beside it in a source checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "wordlists", here.parent / "wordlists"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("postcheck's wordlists folder is missing: reinstall postcheck")


def path(name: str) -> Path:
    return folder() / name


@lru_cache(maxsize=None)
def lines(name: str) -> tuple[str, ...]:
    """Non-blank lines of a list file, without `#` comments."""
    out = []
    with open(path(name), encoding="utf-8") as handle:
        for line in handle:
            line = line.split("#", 1)[0].strip()
            if line:
                out.append(line)
    return tuple(out)


@lru_cache(maxsize=None)
def rows(name: str) -> tuple[dict[str, str], ...]:
    """Rows of a CSV list file with a header; lines starting with `#` are comments."""
    with open(path(name), encoding="utf-8", newline="") as handle:
        data = [line for line in handle if not line.startswith("#")]
    return tuple(dict(row) for row in csv.DictReader(data))


@lru_cache(maxsize=None)
def toml(name: str) -> dict:
    with open(path(name), "rb") as handle:
        return tomllib.load(handle)
