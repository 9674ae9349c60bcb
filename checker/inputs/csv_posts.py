"""Posts from a CSV of scheduled posts (the generic layout of CONTRACT.md).

Columns are found by name, case-insensitively. A row that cannot be read (no text, a date
that is not a date) comes out as a Result with a `problem`, so it is reported with its row
number while the rest of the file is still checked.
"""
from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Iterator

from checker.errors import UsageError
from checker.inputs.files import looks_binary, read_bytes
from checker.model import Post, Result
from checker.when import parse_when

TEXT_COLUMNS = ("text", "message", "post", "content", "body")
DATE_COLUMNS = ("scheduled", "date", "publish_at", "send_at", "date and time")
ID_COLUMNS = ("id", "post_id", "ref")
# Further columns passed to checks through Post.meta when present.
META_COLUMNS = ("platform", "account", "approval", "link")


def decode_csv(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM), else Excel's Windows-1252."""
    if looks_binary(data):
        raise UsageError(f"{name}: looks like a binary file, not a CSV")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def find_column(header: list[str], names: tuple[str, ...], override: str | None = None) -> int | None:
    lowered = [cell.strip().lower() for cell in header]
    if override:
        if override.strip().lower() not in lowered:
            raise UsageError(f"no column named {override!r} (columns: {', '.join(header)})")
        return lowered.index(override.strip().lower())
    for name in names:
        if name in lowered:
            return lowered.index(name)
    return None


def read_posts(path: str | Path, *, dayfirst: bool = True) -> Iterator[Post | Result]:
    name = str(path)
    text = decode_csv(read_bytes(path), name)
    sample = text[:4096]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t") if sample.strip() else csv.excel
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    header = next(reader, None)
    if not header:
        raise UsageError(f"{name}: the CSV is empty")
    text_col = find_column(header, TEXT_COLUMNS)
    if text_col is None:
        raise UsageError(f"{name}: no text column (expected one of: {', '.join(TEXT_COLUMNS)})")
    date_col = find_column(header, DATE_COLUMNS)
    id_col = find_column(header, ID_COLUMNS)
    meta_cols = {key: find_column(header, (key,)) for key in META_COLUMNS}
    row_number = 1
    while True:
        line = reader.line_num + 1  # the file line on which this record starts
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            raise UsageError(f"{name}:{line}: cannot read the CSV: {error}") from None
        row_number += 1
        if not any(cell.strip() for cell in row):
            continue
        def cell(index: int | None) -> str:
            return row[index].strip() if index is not None and index < len(row) else ""
        post = Post(
            text=row[text_col] if text_col < len(row) else "",
            source=f"{name}:{line}",
            id=cell(id_col) or str(row_number - 1),
            meta={key: cell(index) for key, index in meta_cols.items() if cell(index)},
            first_line=line,
        )
        if not post.text.strip():
            yield Result(post, [], problem=f"row {row_number}: no text in the post column")
            continue
        when = cell(date_col)
        if when:
            try:
                post.scheduled = parse_when(when, dayfirst=dayfirst)
            except ValueError:
                yield Result(post, [], problem=f"row {row_number}: cannot read the date {when!r}")
                continue
        yield post
