"""Report files written whole or not at all.

A report is written to a temporary file in the folder it goes to and renamed over the target
(os.replace, atomic on one file system) only when the run has finished. A run that fails half
way (a CSV that cannot be read at row 3, Ctrl-C, a full disk) leaves the previous report as it
was, never a truncated one; runs writing the same file at once leave one complete report.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from checker.errors import UsageError


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


class ReportFile:
    """A text file opened for writing at `path` that only appears there on `commit()`."""

    def __init__(self, path: str | Path, option: str, encoding: str = "utf-8"):
        self.path = Path(path)
        try:
            handle, self.temporary = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".part",
                                                      dir=self.path.parent if str(self.path.parent) else ".")
        except OSError as error:
            raise UsageError(f"{option}: cannot write {path}: {error.strerror}") from None
        self.option = option
        self.file = open(handle, "w", encoding=encoding, newline="")

    def write(self, text: str) -> int:
        return self.file.write(text)

    def flush(self) -> None:
        self.file.flush()

    def commit(self) -> None:
        """Put the finished report in place (an existing file there is replaced)."""
        self.file.close()
        # mkstemp makes the file readable by its owner alone; a report gets the usual mode.
        os.chmod(self.temporary, 0o666 & ~_umask())
        try:
            os.replace(self.temporary, self.path)
        except OSError as error:
            self.discard()
            raise UsageError(f"{self.option}: cannot write {self.path}: {error.strerror}") from None

    def discard(self) -> None:
        """Drop what was written: the target keeps what it held before the run."""
        self.file.close()
        try:
            os.unlink(self.temporary)
        except FileNotFoundError:
            pass

    def close(self) -> None:
        """Closing without commit() discards (a reporter closing its file does not publish it)."""
        if not self.file.closed:
            self.discard()

    def __enter__(self) -> ReportFile:
        return self

    def __exit__(self, kind, error, trace) -> None:
        if kind is None:
            self.commit()
        else:
            self.discard()
