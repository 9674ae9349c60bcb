"""Reading what the user points postcheck at, with a clear error for anything unreadable."""
from __future__ import annotations

from pathlib import Path

from checker.errors import UsageError


def open_binary(path: str | Path):
    """The file opened for reading bytes, or a one-line error saying why it cannot be."""
    target = Path(path)
    if not target.exists():
        raise UsageError(f"{path}: no such file")
    if target.is_dir():
        raise UsageError(f"{path}: is a folder, not a file")
    try:
        return open(target, "rb")
    except OSError as error:
        raise UsageError(f"{path}: cannot read: {error.strerror}") from None


def read_bytes(path: str | Path) -> bytes:
    with open_binary(path) as handle:
        return handle.read()


def looks_binary(data: bytes) -> bool:
    return b"\x00" in data[:8192]


def decode_text(data: bytes, name: str) -> str:
    """UTF-8 text (a byte-order mark is dropped); anything else is an error naming the file."""
    if looks_binary(data):
        raise UsageError(f"{name}: looks like a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise UsageError(f"{name}: not valid UTF-8 text (byte {error.start}); save it as UTF-8") from None


def read_text_file(path: str | Path) -> str:
    return decode_text(read_bytes(path), str(path))


def require_text(text: str, name: str) -> str:
    if not text.strip():
        raise UsageError(f"{name}: the draft is empty")
    return text
