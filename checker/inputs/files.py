"""Reading what the user points postcheck at, with a clear error for anything unreadable."""
from __future__ import annotations

import codecs
import re
import stat
from pathlib import Path

from checker.errors import UsageError

# How much of a file the 8-bit and BOM-less UTF-16 guesses look at.
ENCODING_SAMPLE = 256 * 1024
BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# The 8-bit encodings spreadsheets still write: Excel on Windows, and Excel/Numbers on older Macs.
EIGHT_BIT = ["cp1252", "mac_roman"]


def open_binary(path: str | Path):
    """The file opened for reading bytes, or a one-line error saying why it cannot be."""
    target = Path(path)
    if not target.exists():
        raise UsageError(f"{path}: no such file")
    if target.is_dir():
        raise UsageError(f"{path}: is a folder, not a file")
    try:
        mode = target.stat().st_mode
    except OSError as error:
        raise UsageError(f"{path}: cannot read: {error.strerror}") from None
    if not stat.S_ISREG(mode):
        # Opening a FIFO blocks until something writes to it, and a device never ends: refuse both
        # before opening, so the run cannot hang.
        kind = "a named pipe (FIFO)" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode) else "a device"
        raise UsageError(f"{path}: is {kind}, not a regular file; save the posts to a file first")
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
    """The draft, cleaned (see clean_text; a replacement is reported on standard error), or an
    error when it is empty."""
    text, replaced = clean_text(text)
    if replaced:
        import sys

        print(f"postcheck: warning: {replaced_message(name, replaced)}", file=sys.stderr)
    if not text.strip():
        raise UsageError(f"{name}: the draft is empty")
    return text


# Lone surrogates (undecodable bytes in argv arrive as U+DC80..U+DCFF) and NUL cannot be encoded
# or parsed downstream (spaCy's string store fails on them): they become U+FFFD at the boundary.
UNREADABLE = re.compile("[\x00\ud800-\udfff]")
REPLACEMENT = "\ufffd"


def clean_text(text: str) -> tuple[str, int]:
    """The text with lone surrogates and NUL replaced by U+FFFD, and how many were replaced."""
    cleaned, count = UNREADABLE.subn(REPLACEMENT, text)
    return cleaned, count


def replaced_message(name: str, count: int) -> str:
    return (f"{name}: {count} character{'s' if count != 1 else ''} that could not be read (invalid bytes, lone "
            f"surrogates or NUL) {'were' if count != 1 else 'was'} replaced with {REPLACEMENT}")


# Decoding with errors="postcheck-replace" replaces undecodable bytes with U+FFFD like "replace",
# and counts them, so a reader can say how many it replaced.
REPLACED_BYTES = [0]


def _count_and_replace(error: UnicodeError):
    REPLACED_BYTES[0] += error.end - error.start
    return REPLACEMENT, error.end


codecs.register_error("postcheck-replace", _count_and_replace)


def _utf16_without_bom(sample: bytes) -> str | None:
    """utf-16-le or utf-16-be when NUL bytes fall where UTF-16 puts them (Excel "Unicode Text")."""
    from charset_normalizer import from_bytes

    sample = sample[: len(sample) - len(sample) % 2]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if not sample or max(even, odd) < len(sample) // 8:  # UTF-16 text is mostly ASCII: half its bytes NUL
        return None
    best = from_bytes(sample, cp_isolation=["utf_16_le", "utf_16_be"]).best()
    if best is not None:
        return best.encoding.replace("_", "-")
    return "utf-16-le" if odd > even else "utf-16-be"


def _utf8_throughout(handle) -> bool:
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        while block := handle.read(1 << 20):
            decoder.decode(block)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def detect_encoding(path: str | Path, kind: str = "text") -> str:
    """The encoding of a text file: a byte-order mark (UTF-8, UTF-16), else UTF-16 without one
    (NULs where UTF-16 puts them), else UTF-8 when the whole file decodes, else the 8-bit encoding
    charset-normalizer finds least garbled (Windows-1252 or Mac Roman). One streaming pass."""
    with open_binary(path) as handle:
        sample = handle.read(ENCODING_SAMPLE)
        for bom, encoding in BOMS:
            if sample.startswith(bom):
                return encoding
        if looks_binary(sample):
            encoding = _utf16_without_bom(sample)
            if encoding is None:
                raise UsageError(f"{path}: looks like a binary file, not a {kind}")
            return encoding
        handle.seek(0)
        if _utf8_throughout(handle):
            return "utf-8-sig"
    from charset_normalizer import from_bytes

    best = from_bytes(sample, cp_isolation=EIGHT_BIT).best()
    found = best.encoding.replace("_", "-") if best is not None else ""
    return found if found in ("cp1252", "mac-roman") else "cp1252"
