"""Data built from the word lists once, kept on disk, and loaded in milliseconds after that.

`load(name, build)` returns what `build()` returns, from the cache when it is still good. A
cached value is good while nothing it was made from has changed:
- the word lists it read (checker.wordlists records every file the build opens, and the cache
  keeps each one's content hash: editing a list rebuilds what was made from it);
- the code that builds it (the builder's module and any `code` modules, by content hash);
- the installed `packages` whose data it holds (pyspellchecker's dictionary), and Python.
A list whose size and modification time are unchanged is not hashed again.

The folder is POSTCHECK_CACHE_DIR if set (`off` turns the cache off), else the user cache
folder (platformdirs: ~/.cache/postcheck on Linux). When it cannot be written, values are
built in memory each run, as before: slower, never wrong. Writes are atomic, so worker
processes that build the same value at once cannot leave a half-written file.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import sys
import time
from importlib.util import find_spec
from pathlib import Path
from types import ModuleType
from typing import Callable, Iterable, TypeVar

from checker import wordlists

T = TypeVar("T")
FORMAT = 1  # bump when the layout of a cache file changes
ENVIRONMENT = "POSTCHECK_CACHE_DIR"
STALE_DAYS = 30  # files of other versions unused this long are removed when a new one is written


def folder() -> Path | None:
    """Where cached values live, or None when caching is off."""
    chosen = os.environ.get(ENVIRONMENT)
    if chosen is not None:
        return None if chosen.strip().lower() in ("", "off", "0", "no") else Path(chosen)
    try:
        import platformdirs

        return Path(platformdirs.user_cache_dir("postcheck", appauthor=False))
    except Exception:  # noqa: BLE001 - no home folder, odd platform: run without a cache
        return None


def load(name: str, build: Callable[[], T], *, code: Iterable[ModuleType] = (), packages: Iterable[str] = (),
         only_cached: bool = False) -> T | None:
    """`build()`, from the cache when the lists, code and packages it came from are unchanged.
    With `only_cached`, None instead of building when the cache has no good copy."""
    where = folder()
    if where is None:
        return None if only_cached else build()
    path = where / f"{name}-{_stamp(name, build, code, packages)}.pickle"
    value = _read(path)
    if value is not _MISSING:
        return value
    if only_cached:
        return None
    with wordlists.recording() as read:
        value = build()
    _write(path, {file: _fingerprint(file) for file in sorted(read)}, value)
    return value


def save(name: str, build: Callable[[], T], value: T, *, code: Iterable[ModuleType] = (),
         packages: Iterable[str] = ()) -> None:
    """Keep `value` as what `load(name, build, ...)` gives from now on: for a value a run adds to
    as it learns (the literal screens of checker.text.screen), built from no word list."""
    where = folder()
    if where is not None:
        _write(where / f"{name}-{_stamp(name, build, code, packages)}.pickle", {}, value)


def _fingerprint(file: str) -> tuple[int, int, str]:
    """A list file's size, modification time and content hash."""
    try:
        stat = wordlists.folder().joinpath(file).stat()
        return stat.st_size, stat.st_mtime_ns, wordlists.digest(file)
    except OSError:
        return -1, -1, ""


def _unchanged(file: str, recorded: tuple[int, int, str]) -> bool:
    size, modified, digest = recorded
    try:
        stat = wordlists.folder().joinpath(file).stat()
    except OSError:
        return digest == ""
    if (stat.st_size, stat.st_mtime_ns) == (size, modified):
        return True
    return stat.st_size == size and wordlists.digest(file) == digest


def _stamp(name: str, build: Callable, code: Iterable[ModuleType], packages: Iterable[str]) -> str:
    """The hash of everything but the word lists: format, Python, the builder's code, packages."""
    h = hashlib.blake2b(digest_size=10)
    h.update(f"{FORMAT}|{name}|{sys.version_info[:2]}|{pickle.HIGHEST_PROTOCOL}".encode())
    sources = {getattr(sys.modules.get(build.__module__), "__file__", None) or build.__module__}
    sources |= {module.__file__ or module.__name__ for module in code}
    for source in sorted(sources):
        try:
            h.update(Path(source).read_bytes())
        except OSError:
            h.update(source.encode())
    for package in sorted(packages):
        h.update(f"|{package}={_installed(package)}".encode())
    return h.hexdigest()


def _installed(module: str) -> str:
    """Where an importable package is and when it was installed (cheaper than its metadata)."""
    try:
        spec = find_spec(module)
    except (ImportError, ValueError):
        spec = None
    if spec is None or not spec.origin:
        return "missing"
    try:
        stat = os.stat(spec.origin)
    except OSError:
        return spec.origin
    return f"{spec.origin}:{stat.st_size}:{stat.st_mtime_ns}"


_MISSING = object()


def _read(path: Path):
    """The cached value, or _MISSING when there is none or a list it came from has changed."""
    try:
        with open(path, "rb") as handle:
            header = pickle.load(handle)
            if header.get("format") != FORMAT:
                return _MISSING
            for file, recorded in header["files"].items():
                if not _unchanged(file, recorded):
                    return _MISSING
            return pickle.load(handle)
    except Exception:  # noqa: BLE001 - missing, unreadable, truncated or from old code: rebuild
        return _MISSING


def _write(path: Path, files: dict[str, str], value) -> None:
    import tempfile

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, prefix=path.stem, suffix=".tmp", delete=False) as handle:
            pickle.dump({"format": FORMAT, "files": files}, handle, protocol=pickle.HIGHEST_PROTOCOL)
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(handle.name, path)
    except Exception:  # noqa: BLE001 - read-only home, full disk, unpicklable value: carry on uncached
        try:
            os.unlink(handle.name)  # type: ignore[possibly-undefined]
        except Exception:  # noqa: BLE001
            pass
        return
    _prune(path)


def _prune(kept: Path) -> None:
    """Remove this value's files from other versions that nothing has used for a month."""
    family, stamp = kept.stem.rsplit("-", 1)
    cutoff = time.time() - STALE_DAYS * 86400
    for other in kept.parent.glob(f"{family}-{'?' * len(stamp)}.pickle"):
        try:
            if other != kept and other.stat().st_atime < cutoff:
                other.unlink()
        except OSError:
            pass
