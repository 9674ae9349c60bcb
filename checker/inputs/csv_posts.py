"""Posts from a CSV of scheduled posts: the contract's generic layout or a scheduling tool's.

The file is read as a stream (memory stays flat however long it is). Its encoding (UTF-8 with
or without BOM, else Excel's Windows-1252), separator (comma, semicolon, tab) and layout (see
layouts.py) are worked out from the file itself. A row that cannot be read (no text, a date
that is not a date) comes out as a Result with a `problem`, so it is reported with its row
number while the rest of the file is still checked.
"""
from __future__ import annotations

import codecs
import csv
import io
from collections import deque
from pathlib import Path
from typing import Iterator

from checker.errors import UsageError
from checker.inputs import layouts
from checker.inputs.files import looks_binary, open_binary
from checker.inputs.layouts import DATE_COLUMNS, ID_COLUMNS, META_COLUMNS, TEXT_COLUMNS, Layout  # noqa: F401 (re-exported)
from checker.model import Post, Result

SAMPLE = 64 * 1024
SEPARATORS = (",", ";", "\t")
# Excel writes whole essays into one cell; the csv module's default limit (128 KiB) is too low
# for a pasted thread, and a larger cell is a mistake we report rather than crash on.
csv.field_size_limit(4 * 1024 * 1024)


def sniff_encoding(path: str | Path) -> str:
    """utf-8-sig when the whole file is UTF-8 (BOM or not), else cp1252. One streaming pass."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    with open_binary(path) as handle:
        first = True
        while block := handle.read(1 << 20):
            if first and looks_binary(block):
                raise UsageError(f"{path}: looks like a binary file, not a CSV")
            first = False
            try:
                decoder.decode(block)
            except UnicodeDecodeError:
                return "cp1252"
        try:
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return "cp1252"
    return "utf-8-sig"


def sniff_separator(sample: str) -> str:
    """The separator that splits the first rows into the same number (>1) of columns."""
    best, best_score = ",", (-1.0, 0)
    for separator in SEPARATORS:
        try:
            rows = list(csv.reader(io.StringIO(sample, newline=""), delimiter=separator))
        except csv.Error:
            continue
        if len(sample) >= SAMPLE and len(rows) > 1:
            rows = rows[:-1]  # the sample may end half-way through a row
        rows = [row for row in rows if any(cell.strip() for cell in row)]
        if not rows or len(rows[0]) < 2:
            continue
        width = len(rows[0])
        score = (sum(len(row) == width for row in rows) / len(rows), width)
        if score > best_score:
            best, best_score = separator, score
    return best


class CsvPosts:
    """One CSV file of scheduled posts, read lazily: `header`, `layout`, then `items()`.

    With keep_rows, each row read is appended to `rows` (a queue the CSV writer drains in
    step with the results, so only rows still being checked are held).
    """

    def __init__(self, path: str | Path, *, dayfirst: bool = True, layout: str | None = None,
                 text_column: str | None = None, date_column: str | None = None,
                 id_column: str | None = None, keep_rows: bool = False):
        self.path = Path(path)
        self.name = str(path)
        self.dayfirst = dayfirst
        self.encoding = sniff_encoding(path)
        self.handle = io.TextIOWrapper(open_binary(path), encoding=self.encoding, errors="replace", newline="")
        self.size = self.path.stat().st_size
        sample = self.handle.read(SAMPLE)
        self.handle.seek(0)
        self.skip_lines = 0
        if sample.lower().startswith("sep=") and len(sample) > 4 and sample[4] not in "\r\n":
            # Excel's hint line: `sep=;` names the separator and is not part of the data.
            self.separator = sample[4]
            self.handle.readline()
            self.skip_lines = 1
            sample = sample.split("\n", 1)[-1]
        else:
            self.separator = sniff_separator(sample)
        self.reader = csv.reader(self.handle, delimiter=self.separator)
        first = self._next_row()
        if first is None or not any(cell.strip() for cell in first[1]):
            self.close()
            raise UsageError(f"{self.name}: the CSV is empty")
        self.first_line, first_row = first
        chosen = layouts.with_text_override(first_row, layout, text_column, dayfirst, self.name)
        self.layout = layouts.apply_overrides(chosen, text_column, date_column, id_column)
        self.header = self.layout.header
        self.pending = None if self.layout.has_header else first
        self.keep_rows = keep_rows
        self.rows: deque[list[str]] = deque()

    def _next_row(self) -> tuple[int, list[str]] | None:
        line = self.reader.line_num + self.skip_lines + 1  # the file line on which this record starts
        try:
            return line, next(self.reader)
        except StopIteration:
            return None
        except csv.Error as error:
            raise UsageError(f"{self.name}:{line}: cannot read the CSV: {error}") from None

    @property
    def position(self) -> int:
        """Bytes read so far (for a progress bar)."""
        try:
            return self.handle.buffer.tell()
        except (OSError, ValueError):
            return 0

    def close(self) -> None:
        self.handle.close()

    def items(self) -> Iterator[Post | Result]:
        layout = self.layout
        row_number = 1 if layout.has_header else 0  # the spreadsheet row, as Excel numbers it
        try:
            while True:
                if self.pending is not None:
                    (line, row), self.pending = self.pending, None
                else:
                    got = self._next_row()
                    if got is None:
                        break
                    line, row = got
                row_number += 1
                if not any(cell.strip() for cell in row):
                    continue  # a blank line in the sheet, not a post
                if self.keep_rows:
                    self.rows.append(row)
                yield self._item(layout, line, row, row_number)
        finally:
            self.close()

    def _item(self, layout: Layout, line: int, row: list[str], row_number: int) -> Post | Result:
        def cell(index: int | None) -> str:
            return row[index].strip() if index is not None and index < len(row) else ""

        data_row = row_number - 1 if layout.has_header else row_number
        post = Post(
            text=row[layout.text] if layout.text < len(row) else "",
            source=f"{self.name}:{line}",
            id=cell(layout.id) or str(data_row),
            meta={key: cell(index) for key, index in layout.meta.items() if cell(index)},
            first_line=line,
        )
        post.meta["row"] = str(row_number)  # the spreadsheet's row number, for reports
        if not post.text.strip():
            why = "no text in the post column"
            if post.meta.get("image"):
                why += " (an image-only post: check the image by hand)"
            return Result(post, [], problem=f"row {row_number}: {why}")
        when = " ".join(part for part in (cell(layout.date), cell(layout.time)) if part)
        if when:
            if layout.time is not None and not cell(layout.date):
                return Result(post, [], problem=f"row {row_number}: a time ({when!r}) but no date")
            try:
                post.scheduled = layouts.parse_schedule(when, self.dayfirst)
            except ValueError:
                return Result(post, [], problem=f"row {row_number}: cannot read the date {when!r}")
        return post


def read_posts(path: str | Path, *, dayfirst: bool = True, **options) -> Iterator[Post | Result]:
    """Every row as a Post, or a Result with a problem for a row that cannot be read."""
    return CsvPosts(path, dayfirst=dayfirst, **options).items()
