"""The CSV layouts of scheduling tools, and telling them apart from the first row.

A layout says where the text, schedule, id and extra columns are. Sources (FACTS section 5):
- generic: the layout of CONTRACT.md (header; columns found by name).
- hootsuite: Hootsuite's bulk composer has no header: date and time, message, optional link.
- buffer: Buffer's bulk upload: `Text`, `Image URL`, `Tags`, `Posting Time` (YYYY-MM-DD HH:mm).
- sprout: Sprout Social's bulk scheduling: `date`, `time_24hr`, `message_text`.
- meta: Meta Business Suite's bulk-upload columns are not documented anywhere we could read, so
  this is a guess, not a documented format: any header with a column whose name *contains* a
  recognisable word for the text (message, text, caption, content, post, body, description)
  and, if there is one, a date or time column found the same way.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from checker.errors import UsageError
from checker.when import parse_when

TEXT_COLUMNS = ("text", "message", "post", "content", "body")
DATE_COLUMNS = ("scheduled", "date", "publish_at", "send_at", "date and time")
TIME_COLUMNS = ("time", "time_24hr")
ID_COLUMNS = ("id", "post_id", "ref")
# Further columns passed to checks through Post.meta when present.
META_COLUMNS = ("platform", "account", "approval", "link")

# Words looked for inside header names when no column is named exactly (the `meta` layout).
TEXT_WORDS = ("message", "text", "caption", "content", "post", "body", "description", "copy")
DATE_WORDS = ("scheduled", "schedule", "publish", "date", "posting time", "send")
TIME_WORDS = ("time",)
ID_WORDS = ("id", "ref")

LAYOUTS = ("generic", "hootsuite", "buffer", "sprout", "meta")


@dataclass
class Layout:
    """Where the parts of a post are in each row (0-based column indexes)."""

    name: str
    has_header: bool
    header: list[str]  # the file's header, or names given to a headerless layout's columns
    text: int
    date: int | None = None
    time: int | None = None  # a separate time-of-day column (Sprout's time_24hr)
    id: int | None = None
    meta: dict[str, int] = field(default_factory=dict)

    def describe(self) -> str:
        return f"{self.name} layout ({'header' if self.has_header else 'no header'})"


def _lowered(header: list[str]) -> list[str]:
    return [cell.strip().lower() for cell in header]


def exact(header: list[str], names: tuple[str, ...]) -> int | None:
    lowered = _lowered(header)
    for name in names:
        if name in lowered:
            return lowered.index(name)
    return None


def containing(header: list[str], words: tuple[str, ...], taken: set[int] = frozenset()) -> int | None:
    """The first column (in the order of `words`) whose name contains one of the words."""
    lowered = _lowered(header)
    for word in words:
        pattern = re.compile(rf"(^|[^a-z]){re.escape(word)}")
        for index, name in enumerate(lowered):
            if index not in taken and pattern.search(name):
                return index
    return None


def override_column(header: list[str], value: str, has_header: bool, option: str) -> int:
    """--text-column and friends: a column name (case-insensitive) or a 1-based column number."""
    value = value.strip()
    if value.isdigit():
        index = int(value) - 1
        if index < 0:
            raise UsageError(f"{option}: column numbers start at 1")
        return index
    lowered = _lowered(header)
    if not has_header or value.lower() not in lowered:
        shown = ", ".join(header) if has_header else "the file has no header: give a column number, e.g. 2"
        raise UsageError(f"{option}: no column named {value!r} ({shown})")
    return lowered.index(value.lower())


def looks_like_date(cell: str, dayfirst: bool) -> bool:
    if not re.search(r"\d", cell or ""):
        return False
    try:
        parse_schedule(cell, dayfirst)
    except ValueError:
        return False
    return True


def parse_schedule(value: str, dayfirst: bool = True):
    """A schedule cell as a datetime. Year-first dates (2026/04/05) are always year-month-day."""
    if re.match(r"\s*\d{4}[-/.]\d", value):
        dayfirst = False
    return parse_when(value, dayfirst=dayfirst)


def _meta_columns(header: list[str]) -> dict[str, int]:
    found = {key: exact(header, (key,)) for key in META_COLUMNS}
    return {key: index for key, index in found.items() if index is not None}


def _generic(header: list[str]) -> Layout | None:
    text = exact(header, TEXT_COLUMNS)
    if text is None:
        return None
    date = exact(header, DATE_COLUMNS)
    return Layout("generic", True, header, text, date, exact(header, TIME_COLUMNS) if date is not None else None,
                  exact(header, ID_COLUMNS), _meta_columns(header))


def _buffer(header: list[str]) -> Layout | None:
    # Buffer's names are case-sensitive in its uploader; we accept any case.
    text, when = exact(header, ("text",)), exact(header, ("posting time",))
    if text is None or when is None:
        return None
    meta = _meta_columns(header)
    for key, name in (("image", "image url"), ("tags", "tags")):
        index = exact(header, (name,))
        if index is not None:
            meta[key] = index
    return Layout("buffer", True, header, text, when, None, exact(header, ID_COLUMNS), meta)


def _sprout(header: list[str]) -> Layout | None:
    text = exact(header, ("message_text",))
    if text is None:
        return None
    return Layout("sprout", True, header, text, exact(header, ("date",)), exact(header, ("time_24hr",)),
                  exact(header, ID_COLUMNS), _meta_columns(header))


def _meta(header: list[str]) -> Layout | None:
    text = containing(header, TEXT_WORDS)
    if text is None:
        return None
    taken = {text}
    date = containing(header, DATE_WORDS, taken)
    if date is not None:
        taken.add(date)
    time = containing(header, TIME_WORDS, taken) if date is not None else None
    if time is not None:
        taken.add(time)
    ident = exact(header, ID_COLUMNS)
    if ident is None:
        ident = containing(header, ID_WORDS, taken | {text})
    return Layout("meta", True, header, text, date, time, ident, _meta_columns(header))


def _hootsuite(first_row: list[str]) -> Layout:
    names = ["date and time", "message", "link"][: max(len(first_row), 2)]
    names += [f"column {n}" for n in range(len(names) + 1, len(first_row) + 1)]
    meta = {"link": 2} if len(first_row) > 2 else {}
    return Layout("hootsuite", False, names, 1, 0, None, None, meta)


BY_HEADER = {"generic": _generic, "buffer": _buffer, "sprout": _sprout, "meta": _meta}


def detect(first_row: list[str], dayfirst: bool, name: str) -> Layout:
    """The layout of a file from its first row: specific tools before the loose guess."""
    for guess in (_sprout, _buffer, _generic):
        layout = guess(first_row)
        if layout is not None:
            return layout
    if first_row and looks_like_date(first_row[0], dayfirst) and len(first_row) >= 2:
        return _hootsuite(first_row)
    layout = _meta(first_row)
    if layout is not None:
        return layout
    raise UsageError(
        f"{name}: cannot tell which column holds the posts (first row: {', '.join(first_row)[:200]}); "
        f"name it with --text-column, or give --layout ({', '.join(LAYOUTS)})"
    )


def choose(first_row: list[str], layout_name: str | None, dayfirst: bool, name: str) -> Layout:
    """The layout asked for with --layout, else the one detected."""
    if not layout_name:
        return detect(first_row, dayfirst, name)
    wanted = layout_name.strip().lower()
    if wanted == "hootsuite":
        return _hootsuite(first_row)
    if wanted not in BY_HEADER:
        raise UsageError(f"--layout: {layout_name!r} is not one of {', '.join(LAYOUTS)}")
    layout = BY_HEADER[wanted](first_row)
    if layout is None:
        raise UsageError(f"{name}: does not look like the {wanted} layout (header: {', '.join(first_row)[:200]})")
    return layout


def apply_overrides(layout: Layout, text: str | None, date: str | None, ident: str | None) -> Layout:
    """--text-column, --date-column and --id-column win over what was detected."""
    if text:
        layout.text = override_column(layout.header, text, layout.has_header, "--text-column")
    if date:
        layout.date = override_column(layout.header, date, layout.has_header, "--date-column")
        layout.time = None
    if ident:
        layout.id = override_column(layout.header, ident, layout.has_header, "--id-column")
    return layout


def with_text_override(first_row: list[str], layout_name: str | None, text: str | None, dayfirst: bool, name: str) -> Layout:
    """Detection that does not fail when --text-column names the text column itself."""
    try:
        return choose(first_row, layout_name, dayfirst, name)
    except UsageError:
        if not text or layout_name:
            raise
        index = override_column(first_row, text, True, "--text-column")
        return Layout("generic", True, first_row, index, exact(first_row, DATE_COLUMNS), None,
                      exact(first_row, ID_COLUMNS), _meta_columns(first_row))
