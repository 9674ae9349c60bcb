"""The paths given to `postcheck hook`: files, folders and patterns the shell left alone."""
from __future__ import annotations

import glob
from pathlib import Path
from typing import Callable

from checker.errors import UsageError
from checker.inputs.content_files import is_content_file


def expand_paths(paths: list[Path], on_unreadable: Callable[[str, str], None] | None = None) -> list[Path]:
    """Files as given; a folder stands for the content files inside it (at any depth, sorted,
    hidden folders such as .git skipped); a pattern the shell did not expand (`posts/*.md` in
    PowerShell or cmd) is expanded here. A folder holding no content file, or a pattern matching
    nothing, is an error: UsageError, or told to `on_unreadable(path, message)` when given (CI
    formats report it in place and go on)."""
    out: list[Path] = []
    for path in paths:
        try:
            out.extend(expand_one(Path(path)))
        except UsageError as error:
            if on_unreadable is None:
                raise
            on_unreadable(str(path), str(error))
    return out


def expand_one(path: Path) -> list[Path]:
    if not path.exists() and glob.has_magic(str(path)):
        matched = sorted(glob.glob(str(path), recursive=True))
        if not matched:
            raise UsageError(f"{path}: no files match")
        return [inner for name in matched for inner in expand_one(Path(name))]
    if not path.is_dir():
        return [path]
    found = sorted(
        inner for inner in path.rglob("*")
        if inner.is_file() and is_content_file(inner)
        and not any(part.startswith(".") for part in inner.relative_to(path).parts)
    )
    if not found:
        raise UsageError(f"{path}: a folder with no .txt, .md or .csv files in it")
    return found
