"""Posts from a CSV of scheduled posts: the contract's generic layout or a scheduling tool's.

The file is read as a stream (memory stays flat however long it is). Its encoding (UTF-8 with
or without BOM, UTF-16 with or without BOM as Excel's "Unicode Text" writes it, else
Windows-1252 or Mac Roman, told apart by charset-normalizer), separator (comma, semicolon, tab)
and layout (see layouts.py) are worked out from the file itself, and so is the date order: one
order for the whole file, decided from the dates that can only be read one way (a first pass
over the date column), day first when nothing says otherwise. A row that cannot be read (no
text, a date that is not a date) comes out as a Result with a `problem`, so it is reported with
its row number while the rest of the file is still checked. Posts with no readable schedule are
counted, and the file's InputNotes say so once at the end.
"""
from __future__ import annotations

import csv
import io
import re
from collections import deque
from datetime import datetime
from pathlib import Path
from typing import Iterator

from checker.errors import UsageError
from checker.inputs import layouts
from checker.inputs.files import REPLACED_BYTES, clean_text, detect_encoding, open_binary, replaced_message
from checker.inputs.layouts import DATE_COLUMNS, ID_COLUMNS, META_COLUMNS, TEXT_COLUMNS, Layout  # noqa: F401 (re-exported)
from checker.inputs.notes import InputNotes
from checker.model import Post, Result
from checker.when import DateOrder

SAMPLE = 64 * 1024
SEPARATORS = (",", ";", "\t")
# Excel writes whole essays into one cell; the csv module's default limit (128 KiB) is too low
# for a pasted thread, and a larger cell is a mistake we report rather than crash on.
csv.field_size_limit(4 * 1024 * 1024)


def sniff_encoding(path: str | Path) -> str:
    """The file's encoding (see checker.inputs.files.detect_encoding)."""
    return detect_encoding(path, "CSV")


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


QUOTE_NEVER_CLOSED = ('a quote (") opens in this row and is never closed, so the rows after it would have been '
                      'read as part of this post; close the quote (a quote inside a cell is written "")')


# Key under which a CSV post keeps where its cell starts on the file's line (1-based column) and
# the offsets in its text of quotes written doubled (`""`); checker.report.lines.position reads it.
CELL = "_cell"


def cell_start(raw: str, index: int, delimiter: str) -> tuple[int, int, tuple[int, ...]]:
    """Where cell `index` of a record's raw text starts: (lines into the record, 1-based column
    of its first character on that line, text offsets of its doubled quotes), as csv reads it."""
    at, size = 0, len(raw)
    for _ in range(index):
        if at < size and raw[at] == '"':
            at += 1
            while at < size:
                if raw[at] == '"':
                    if raw[at + 1:at + 2] == '"':
                        at += 2
                        continue
                    at += 1
                    break
                at += 1
        while at < size and raw[at] != delimiter:
            at += 1
        at += 1
    escaped: list[int] = []
    if at < size and raw[at] == '"':
        at += 1
        cursor, offset = at, 0
        while cursor < size:
            if raw[cursor] == '"':
                if raw[cursor + 1:cursor + 2] != '"':
                    break
                escaped.append(offset)
                cursor += 1
            cursor += 1
            offset += 1
    at = min(at, size)
    line_start = raw.rfind("\n", 0, at) + 1
    column = at - line_start + 1
    return raw.count("\n", 0, at), column, tuple(escaped)


# A column of reviewed exceptions: `RULE[, RULE] -- reason`, several separated by `;`
# (or the Markdown comment's own words, `postcheck: ignore RULE -- reason`).
SUPPRESSION_COLUMN = "postcheck ignore"  # as layouts.normal writes postcheck_ignore, Postcheck-Ignore...


def suppression_column(header: list[str] | None) -> int | None:
    for index, name in enumerate(header or ()):
        if layouts.normal(name) == SUPPRESSION_COLUMN:
            return index
    return None


def read_suppression_cell(value: str, post: Post, row_number: int) -> str | None:
    """Put the cell's suppressions on the post; a problem when one has no reason or no id."""
    from checker.inputs.content_files import DIRECTIVE, Suppress, read_directive

    suppress = Suppress()
    for part in re.split(r"[;\n]", value):
        part = part.strip()
        if not part:
            continue
        written = part if part.lower().startswith("postcheck") else f"postcheck: ignore {part}"
        directive = DIRECTIVE.match(written)
        if directive is None:
            return f"row {row_number}: cannot read the postcheck_ignore cell {part!r}; write `RULE -- reason`"
        problem = read_directive(directive, suppress, row_number)
        if problem:
            return problem.replace(f"line {row_number}:", f"row {row_number}, postcheck_ignore:", 1)
    suppress.unknown = [(written, f"row {row_number}, postcheck_ignore") for written, _ in suppress.unknown]
    suppress.store(post)
    return None


class Records:
    """csv.reader over the file's lines that survives a broken record.

    A record that the csv module refuses (a cell over csv.field_size_limit) or that swallows the
    rest of the file (a quote opened and never closed: its lines hold an odd number of `"`) is
    given back as broken; its first line is dropped and the lines it took are read again as rows
    of their own, so one bad row costs one row, not the file. `line` counts the file's lines
    consumed, so every record knows the line it starts on.
    """

    def __init__(self, handle, delimiter: str, lines_before: int = 0):
        self.handle = handle
        self.delimiter = delimiter
        self.line = lines_before
        self.replay: deque[str] = deque()
        self.current: list[str] = []
        self.reader = csv.reader(self._lines(), delimiter=delimiter)
        # the file's own text of each record read, by its first line, until its post is made
        # (so a finding's column is counted on the file's line, not inside the cell)
        self.raw: dict[int, str] = {}

    def _lines(self):
        while True:
            if self.replay:
                line = self.replay.popleft()
            else:
                line = self.handle.readline()
                if not line:
                    return
            self.current.append(line)
            yield line

    def next(self) -> tuple[int, list[str] | None, str | None] | None:
        """(line, row, None), or (line, None, why) for a broken record, or None at the end."""
        start = self.line + 1
        self.current = []
        try:
            row = next(self.reader)
        except StopIteration:
            return None
        except csv.Error as error:
            return self._broken(start, f"cannot read this row: {error}")
        if len(self.current) > 1 and sum(line.count('"') for line in self.current) % 2:
            return self._broken(start, QUOTE_NEVER_CLOSED)
        self.line += len(self.current)
        self.raw[start] = "".join(self.current)
        return start, row, None

    def _broken(self, start: int, why: str) -> tuple[int, None, str]:
        self.replay.extendleft(reversed(self.current[1:]))
        self.current = []
        self.line = start
        self.reader = csv.reader(self._lines(), delimiter=self.delimiter)
        return start, None, why


class CsvPosts:
    """One CSV file of scheduled posts, read lazily: `header`, `layout`, then `items()`.

    `dayfirst`: True or False when the user gave --day-first or --month-first, None to decide
    from the file. With keep_rows, each row read is appended to `rows` (a queue the CSV writer
    drains in step with the results, so only rows still being checked are held). `notes`
    collects messages about the file as a whole (CONTRACT.md summary.warnings).
    """

    def __init__(self, path: str | Path, *, dayfirst: bool | None = None, layout: str | None = None,
                 text_column: str | None = None, date_column: str | None = None,
                 id_column: str | None = None, keep_rows: bool = False, notes: InputNotes | None = None):
        self.path = Path(path)
        self.name = str(path)
        self.notes = notes if notes is not None else InputNotes()
        self.encoding = sniff_encoding(path)
        self.handle = self._open("postcheck-replace")
        self.size = self.path.stat().st_size
        sample = self.handle.read(SAMPLE)
        self.handle.seek(0)
        self.replaced_before = REPLACED_BYTES[0]  # the main pass counts from here
        self.replaced_chars = 0
        self.skip_lines = 0
        if sample.lower().startswith("sep=") and len(sample) > 4 and sample[4] not in "\r\n":
            # Excel's hint line: `sep=;` names the separator and is not part of the data.
            self.separator = sample[4]
            self.handle.readline()
            self.skip_lines = 1
            sample = sample.split("\n", 1)[-1]
        else:
            self.separator = sniff_separator(sample)
        self.records = Records(self.handle, self.separator, self.skip_lines)
        first = self._next_row()
        if first is not None and first[1] is None:
            self.close()
            raise UsageError(f"{self.name}:{first[0]}: cannot read the first row: {first[2]}")
        if first is None or not any(cell.strip() for cell in first[1]):
            self.close()
            raise UsageError(f"{self.name}: the CSV is empty")
        self.first_line, first_row = first[0], first[1]
        chosen = layouts.with_text_override(first_row, layout, text_column, dayfirst, self.name)
        self.layout = layouts.apply_overrides(chosen, text_column, date_column, id_column)
        self.header = self.layout.header
        self.pending = None if self.layout.has_header else first
        self.ignore_column = suppression_column(self.header) if self.layout.has_header else None
        self._note_duplicate_text_column()
        self.keep_rows = keep_rows
        self.rows: deque[list[str]] = deque()
        self.dayfirst = dayfirst if dayfirst is not None else self._decide_order()

    def _open(self, errors: str = "replace") -> io.TextIOWrapper:
        return io.TextIOWrapper(open_binary(self.path), encoding=self.encoding, errors=errors, newline="")

    def _note_duplicate_text_column(self) -> None:
        """A second column with the text column's name is never read: say so rather than ignore it."""
        layout = self.layout
        if not layout.has_header:
            return
        name = layouts.normal(self.header[layout.text])
        twins = [index for index, cell in enumerate(self.header) if index != layout.text and layouts.normal(cell) == name]
        if twins:
            numbers = ", ".join(str(index + 1) for index in twins)
            self.notes.warn(f"{self.name}: more than one column is named {self.header[layout.text]!r} (columns "
                            f"{layout.text + 1} and {numbers}); only column {layout.text + 1} is checked; name the "
                            f"one to check with --text-column N")

    def _decide_order(self) -> bool:
        """Day first or month first for the whole file, from a first pass over its date column."""
        column = self.layout.date
        if column is None:
            return True
        order = DateOrder(self.name)
        with self._open() as handle:
            if self.skip_lines:
                handle.readline()
            reader = csv.reader(handle, delimiter=self.separator)
            row_number = 0
            try:
                for row in reader:
                    row_number += 1
                    if row_number == 1 and self.layout.has_header:
                        continue
                    if column < len(row):
                        order.add(row[column], f"row {row_number}")
            except csv.Error:
                pass  # the main pass reports the broken row
        dayfirst = order.dayfirst()
        note = order.note()
        if note:
            self.notes.warn(note)
        return dayfirst

    def _next_row(self) -> tuple[int, list[str] | None, str | None] | None:
        """(file line the record starts on, row, None), (line, None, why) for a broken row, or None."""
        return self.records.next()

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
        posts = unscheduled = rows = 0
        try:
            while True:
                if self.pending is not None:
                    (line, row, broken), self.pending = self.pending, None
                else:
                    got = self._next_row()
                    if got is None:
                        break
                    line, row, broken = got
                row_number += 1
                if broken is not None:
                    rows += 1
                    if self.keep_rows:
                        self.rows.append([])
                    post = Post(text="", source=f"{self.name}:{line}", id=str(row_number - layout.has_header),
                                meta={"row": str(row_number)}, first_line=line)
                    yield Result(post, [], problem=f"row {row_number}: {broken}")
                    continue
                if not any(cell.strip() for cell in row):
                    self.records.raw.pop(line, None)
                    continue  # a blank line in the sheet, not a post
                rows += 1
                if self.keep_rows:
                    self.rows.append(row)
                item = self._item(layout, line, row, row_number)
                if isinstance(item, Post):
                    posts += 1
                    unscheduled += item.scheduled is None
                yield item
        finally:
            self.close()
        replaced = REPLACED_BYTES[0] - self.replaced_before + self.replaced_chars
        if replaced:
            self.notes.warn(replaced_message(self.name, replaced))
        if not rows and layout.has_header:
            self.notes.warn(f"{self.name}: the file has a header row but no posts under it; nothing was checked")
        self._note_unscheduled(posts, unscheduled)

    def _note_unscheduled(self, posts: int, unscheduled: int) -> None:
        layout = self.layout
        if not unscheduled:
            return
        if layout.has_schedule:
            why = f"empty date cells in {layout.schedule_columns()}"
        elif layout.has_header:
            why = f"no column with a date: the header has {', '.join(repr(name) for name in self.header)[:300]}; name it with --date-column"
        else:
            why = "no date column; name it with --date-column"
        self.notes.unscheduled(self.name, unscheduled, posts, why)

    def _item(self, layout: Layout, line: int, row: list[str], row_number: int) -> Post | Result:
        def cell(index: int | None) -> str:
            return row[index].strip() if index is not None and index < len(row) else ""

        data_row = row_number - 1 if layout.has_header else row_number
        text, replaced = clean_text(row[layout.text] if layout.text < len(row) else "")
        self.replaced_chars += replaced
        post = Post(
            text=text,
            source=f"{self.name}:{line}",
            id=cell(layout.id) or str(data_row),
            meta={key: cell(index) for key, index in layout.meta.items() if cell(index)},
            first_line=line,
        )
        raw = self.records.raw.pop(line, None)
        if raw is not None:
            line_offset, column, escaped = cell_start(raw, layout.text, self.separator)
            post.first_line = line + line_offset
            if column > 1 or escaped:
                post.meta[CELL] = (column, escaped)  # type: ignore[assignment]
        post.meta["row"] = str(row_number)  # the spreadsheet's row number, for reports
        if self.ignore_column is not None and cell(self.ignore_column):
            problem = read_suppression_cell(cell(self.ignore_column), post, row_number)
            if problem:
                return Result(post, [], problem=problem)
        if not post.text.strip():
            why = "no text in the post column"
            if post.meta.get("image"):
                why += " (an image-only post: check the image by hand)"
            return Result(post, [], problem=f"row {row_number}: {why}")
        if layout.date is None and layout.parts:
            return self._parts(post, layout, cell, row_number)
        when = " ".join(part for part in (cell(layout.date), cell(layout.time)) if part)
        if when:
            if layout.time is not None and not cell(layout.date):
                return Result(post, [], problem=f"row {row_number}: a time ({when!r}) but no date")
            try:
                post.scheduled = layouts.parse_schedule(when, self.dayfirst)
            except ValueError as error:
                why = f" ({error})" if str(error).startswith("it can only") else ""
                return Result(post, [], problem=f"row {row_number}: cannot read the date {when!r}{why}")
        return post

    def _parts(self, post: Post, layout: Layout, cell, row_number: int) -> Post | Result:
        """Postcron's year, month, day, hour and minute columns as one time."""
        values = {part: cell(index) for part, index in layout.parts.items()}
        if not any(values.values()):
            return post
        try:
            numbers = {part: int(value) if value else 0 for part, value in values.items()}
            post.scheduled = datetime(numbers["year"], numbers["month"], numbers["day"],
                                      numbers.get("hour", 0), numbers.get("minute", 0))
        except (KeyError, ValueError):
            shown = "-".join(values.get(part, "") for part in ("year", "month", "day"))
            shown += " " + ":".join(values.get(part, "") for part in ("hour", "minute"))
            return Result(post, [], problem=f"row {row_number}: cannot read the date {shown.strip()!r}")
        return post


def read_posts(path: str | Path, *, dayfirst: bool | None = None, **options) -> Iterator[Post | Result]:
    """Every row as a Post, or a Result with a problem for a row that cannot be read."""
    return CsvPosts(path, dayfirst=dayfirst, **options).items()
