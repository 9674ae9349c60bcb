"""The CSV layouts of scheduling tools, and telling them apart from the first row.

A layout says where the text, schedule, id and extra columns are. The schedule's columns are
found by what their names mean, not by exact spelling (`find_schedule`): one column holding date
and time (`scheduled`, `postAtSpecificTime`, `scheduleDate`, `scheduled_at`, `publish date`,
`go live`, `send time`, `Posting Time`...), a date column and a time column (`date` +
`time_24hr`), or Postcron's five columns (year, month, day, hour, minute).

Layouts with a documented source (the tool's own help page, read through the search tool's
stored copy; the README's table says the same):
- hootsuite: no header: date and time, message, optional link (FACTS section 5; Hootsuite's own
  page was not readable, so this rests on users' write-ups and a public example file).
- buffer: `Text`, `Image URL`, `Tags`, `Posting Time` (support.buffer.com article 926, via two
  repositories citing it).
- sprout: `date`, `time_24hr`, `message_text`
  (support.sproutsocial.com/hc/en-us/articles/115005864203).
- socialbee: `text`, `link`, `imageUrls`, `gifUrls`, `videoUrls`, `postAtSpecificTime`
  (help.socialbee.com/article/80-how-do-i-import-content-via-csv).
- highlevel: `postAtSpecificTime (yyyy-MM-dd HH:mm:ss)`, `content`, `link`, `imageUrls`,
  `gifUrl`, `videoUrls` (help.hoopai.com/marketing/social-csv-import, and a HighLevel reseller's
  copy at help.kyriossystems.com).
- ayrshare: `post`, `platforms`, `mediaUrls`, `scheduleDate` in UTC with `Z`
  (ayrshare.com/docs/apis/post/bulk-post).
- postfast: `scheduled_at` (ISO 8601 with an offset), `account_id`, `content`, `media_urls`,
  `first_comment` (help.postfa.st/publishing-scheduling/csv-format-for-bulk-import).
- publer: `Date`, `Text` (older template `Message`), `Link(s)`, `Media URL(s)`, ...
  (help.publer.io/en/article/what-csv-template-should-i-use-18qhxcq, publer.com blog on the
  twelve-column template); dates YYYY-MM-DD HH:MM or YYYY/MM/DD.
- postpickr: no header: A text, B link, C date dd/mm/yyyy hh:mm, D `L` or `I`
  (postpickr.com/centro-assistenza/bulk-scheduling/).
- postcron: A text, B year, C month, D day, E hour (24 h), F minute, G image URL, H link, with
  or without a header row (intercom.help/postcron/en/articles/6904404).
Guesses, not documented formats (no help page found): Meta Business Suite, Later, Sendible and
Loomly. Files from them are read by the `meta` and `generic` layouts: a text column found by
a word in its name (message, text, caption...) and the schedule found by meaning.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from checker.errors import UsageError
from checker.when import choose_order, order_evidence, parse_when

TEXT_COLUMNS = ("text", "message", "post", "content", "body")
DATE_COLUMNS = ("scheduled", "date", "publish_at", "send_at", "date and time")
TIME_COLUMNS = ("time", "time_24hr")
ID_COLUMNS = ("id", "post_id", "ref")
# Further columns passed to checks through Post.meta when present.
META_COLUMNS = ("platform", "account", "approval", "link")

# Words looked for inside header names when no column is named exactly (the `meta` layout).
TEXT_WORDS = ("message", "text", "caption", "content", "post", "body", "description", "copy")
ID_WORDS = ("id", "ref")

LAYOUTS = ("generic", "hootsuite", "buffer", "sprout", "meta", "socialbee", "highlevel", "ayrshare",
           "postfast", "publer", "postpickr", "postcron")
HEADERLESS = ("hootsuite", "postpickr", "postcron")

# What header words mean, for finding the schedule (see `column_kind`).
DATE_WORDS = {"date", "datetime"}
TIME_WORDS = {"time", "hour", "hr", "hrs", "clock"}
SCHEDULE_WORDS = {"schedule", "scheduled", "scheduling", "publish", "publishing", "publication",
                  "send", "sending", "post", "posting", "live", "release", "due", "when"}
SCHEDULE_NAMES = {"scheduled", "schedule", "when", "go live", "golive", "live"}
VERBS_AT = {"publish", "send", "post", "posting", "release", "scheduled", "schedule", "go", "live"}
NOT_SCHEDULE = {"created", "updated", "modified", "edited", "last", "deleted", "expiry", "expires",
                "end", "birth", "import", "imported", "added"}
NOT_POST_IDS = {"account", "accounts", "profile", "board", "page", "channel", "user", "platform", "workspace"}
# Postcron's split columns (its help pages are in English and Spanish).
PART_NAMES = {
    "year": {"year", "yyyy", "ano", "anio", "año"},
    "month": {"month", "mm", "mes"},
    "day": {"day", "dd", "dia", "día"},
    "hour": {"hour", "hours", "hh", "hora", "horas"},
    "minute": {"minute", "minutes", "min", "mins", "minuto", "minutos"},
}


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
    # year/month/day/hour/minute columns (Postcron); used when `date` is None
    parts: dict[str, int] = field(default_factory=dict)

    def describe(self) -> str:
        return f"{self.name} layout ({'header' if self.has_header else 'no header'})"

    @property
    def has_schedule(self) -> bool:
        return self.date is not None or bool(self.parts)

    def schedule_columns(self) -> str:
        """The columns the schedule is read from, for messages."""
        if self.date is not None:
            names = [self.header[self.date]] + ([self.header[self.time]] if self.time is not None else [])
        else:
            names = [self.header[index] for index in self.parts.values()]
        return " + ".join(repr(name) for name in names)


def _lowered(header: list[str]) -> list[str]:
    return [cell.strip().lower() for cell in header]


def normal(name: str) -> str:
    """A header name as plain words: `postAtSpecificTime (yyyy-MM-dd HH:mm:ss)` -> `post at specific time`."""
    name = re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", name or "")
    name = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", name)
    return re.sub(r"[\W_]+", " ", name).strip().lower()


def exact(header: list[str], names: tuple[str, ...]) -> int | None:
    lowered = _lowered(header)
    plain = [normal(cell) for cell in header]
    for name in names:
        if name in lowered:
            return lowered.index(name)
        if normal(name) in plain:
            return plain.index(normal(name))
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


def column_kind(name: str) -> tuple[str, bool] | None:
    """What a header says about the schedule: ('datetime' | 'date' | 'time' | 'when-time', names
    a schedule?), or None. 'when-time' is a time column that may hold the whole date and time
    (`send time`, `Posting Time`, `postAtSpecificTime`)."""
    plain = normal(name)
    words = set(plain.split())
    if not words or words & NOT_SCHEDULE:
        return None
    scheduling = bool(words & SCHEDULE_WORDS) or "go live" in plain
    has_date = bool(words & DATE_WORDS)
    has_time = bool(words & TIME_WORDS)
    if "datetime" in words or (has_date and has_time):
        return "datetime", scheduling
    if has_date:
        return "date", scheduling
    if has_time:
        return ("when-time" if scheduling else "time"), scheduling
    if plain in SCHEDULE_NAMES or "go live" in plain or words & {"scheduled", "schedule"}:
        return "datetime", True
    if words & VERBS_AT and words & {"at", "on", "for"}:
        return "datetime", True
    return None


def find_parts(header: list[str], taken: set[int]) -> dict[str, int]:
    """Postcron's year, month, day, hour and minute columns, when year, month and day are there."""
    found: dict[str, int] = {}
    for index, cell in enumerate(header):
        plain = normal(cell)
        for part, names in PART_NAMES.items():
            if index not in taken and part not in found and plain in names:
                found[part] = index
    return found if {"year", "month", "day"} <= found.keys() else {}


def find_schedule(header: list[str], taken: set[int]) -> tuple[int | None, int | None, dict[str, int]]:
    """(date column, time column, parts) found by what the header names mean."""
    parts = find_parts(header, taken)
    if parts:
        return None, None, parts
    kinds = {index: column_kind(cell) for index, cell in enumerate(header) if index not in taken}
    kinds = {index: kind for index, kind in kinds.items() if kind is not None}
    rank = {"datetime": 2, "date": 2, "when-time": 1}
    candidates = [(scheduling, rank[kind], -index, index) for index, (kind, scheduling) in kinds.items() if kind in rank]
    if not candidates:
        return None, None, {}
    date = max(candidates)[3]
    time = None
    if kinds[date][0] == "date":
        times = [index for index, (kind, _) in kinds.items() if kind in ("time", "when-time") and index != date]
        time = times[0] if times else None
    return date, time, {}


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


def looks_like_date(cell: str, dayfirst: bool | None) -> bool:
    if not re.search(r"\d", cell or "") or len(cell) > 40:
        return False
    try:
        parse_schedule(cell, dayfirst)
    except ValueError:
        return False
    return True


def parse_schedule(value: str, dayfirst: bool | None = True):
    """A schedule cell as a datetime. Year-first dates (2026/04/05) are always year-month-day."""
    if dayfirst is not None and order_evidence(value) == ("month" if dayfirst else "day"):
        order = "day" if dayfirst else "month"
        raise ValueError(f"it can only be read {'month' if dayfirst else 'day'} first, and dates are read {order} first")
    dayfirst = choose_order(dayfirst, value)
    if re.match(r"\s*\d{4}[-/.]\d", value):
        dayfirst = False
    return parse_when(value, dayfirst=dayfirst)


def _meta_columns(header: list[str]) -> dict[str, int]:
    found = {key: exact(header, (key,)) for key in META_COLUMNS}
    found = {key: index for key, index in found.items() if index is not None}
    for key, names in (("image", ("image url", "imageurls", "image_url", "media urls", "mediaurls", "media_urls", "media url")),
                       ("tags", ("tags",))):
        index = exact(header, names)
        if index is not None:
            found[key] = index
    return found


def _with_header(name: str, header: list[str], text: int | None) -> Layout | None:
    """A layout whose text column is `text` and whose other columns are found by name."""
    if text is None:
        return None
    taken = {text}
    ident = exact(header, ID_COLUMNS)
    if ident is not None and ident != text:
        taken.add(ident)
    date, time, parts = find_schedule(header, taken)
    if ident is None:
        used = taken | ({date} if date is not None else set()) | ({time} if time is not None else set()) | set(parts.values())
        # an account, profile or board id names where a post goes (PostFast's account_id), not the post
        used |= {index for index, cell in enumerate(header) if set(normal(cell).split()) & NOT_POST_IDS}
        ident = containing(header, ID_WORDS, used)
    meta = {key: index for key, index in _meta_columns(header).items() if index != text}
    return Layout(name, True, header, text, date, time, ident, meta, parts)


def _has(header: list[str], *names: str) -> bool:
    plain = {normal(cell) for cell in header}
    return all(any(normal(option) in plain for option in name.split("|")) for name in names)


# Tools told apart by the columns their templates always have (header names compared as plain
# words, so case, `_` and camelCase do not matter). Checked in this order, before the generic
# layout; each then reads its columns by meaning like any other file.
SIGNATURES = (
    ("sprout", ("message_text",), ("message_text",)),
    ("buffer", ("text", "posting time"), ("text",)),
    ("socialbee", ("text", "postAtSpecificTime"), ("text",)),
    ("highlevel", ("content", "postAtSpecificTime"), ("content",)),
    ("ayrshare", ("post", "scheduleDate"), ("post",)),
    ("postfast", ("content", "scheduled_at"), ("content",)),
    ("publer", ("date", "text|message", "link|links", "media url|media urls"), ("text", "message")),
    ("postcron", ("year", "month", "day"), TEXT_COLUMNS),
)


def _signature(name: str, header: list[str]) -> Layout | None:
    for tool, required, text_names in SIGNATURES:
        if tool == name:
            if not _has(header, *required):
                return None
            return _with_header(tool, header, exact(header, text_names))
    return None


def _generic(header: list[str]) -> Layout | None:
    return _with_header("generic", header, exact(header, TEXT_COLUMNS))


def _meta(header: list[str]) -> Layout | None:
    return _with_header("meta", header, containing(header, TEXT_WORDS))


def _hootsuite(first_row: list[str]) -> Layout:
    names = ["date and time", "message", "link"][: max(len(first_row), 2)]
    names += [f"column {n}" for n in range(len(names) + 1, len(first_row) + 1)]
    meta = {"link": 2} if len(first_row) > 2 else {}
    return Layout("hootsuite", False, names, 1, 0, None, None, meta)


def _postpickr(first_row: list[str]) -> Layout:
    names = ["text", "link", "date and time", "link type"][: max(len(first_row), 3)]
    names += [f"column {n}" for n in range(len(names) + 1, len(first_row) + 1)]
    return Layout("postpickr", False, names, 0, 2, None, None, {"link": 1})


POSTCRON_NAMES = ["text", "year", "month", "day", "hour", "minute", "image url", "link"]


def _postcron(first_row: list[str]) -> Layout:
    names = POSTCRON_NAMES[: max(len(first_row), 4)]
    names += [f"column {n}" for n in range(len(names) + 1, len(first_row) + 1)]
    parts = {part: index for index, part in enumerate(("year", "month", "day", "hour", "minute"), 1) if index < len(first_row)}
    meta = {key: index for key, index in (("image", 6), ("link", 7)) if index < len(first_row)}
    return Layout("postcron", False, names, 0, None, None, None, meta, parts)


def _is_number(cell: str, low: int, high: int) -> bool:
    cell = (cell or "").strip()
    return cell.isdigit() and low <= int(cell) <= high


def _looks_postcron(row: list[str]) -> bool:
    """Text, then a year, month and day as plain numbers (hour and minute may be empty)."""
    return (len(row) >= 4 and _is_number(row[1], 1900, 2999) and _is_number(row[2], 1, 12)
            and _is_number(row[3], 1, 31) and all(not cell.strip() or _is_number(cell, 0, 59) for cell in row[4:6]))


def _headerless(first_row: list[str], dayfirst: bool | None) -> Layout | None:
    """A layout with no header, when the first row is already a post."""
    if len(first_row) >= 2 and looks_like_date(first_row[0], dayfirst):
        return _hootsuite(first_row)
    if _looks_postcron(first_row):
        return _postcron(first_row)
    if len(first_row) >= 3 and looks_like_date(first_row[2], dayfirst) and not looks_like_date(first_row[0], dayfirst):
        return _postpickr(first_row)
    return None


def detect(first_row: list[str], dayfirst: bool | None, name: str) -> Layout:
    """The layout of a file from its first row: specific tools before the loose guess."""
    for tool, _, _ in SIGNATURES:
        layout = _signature(tool, first_row)
        if layout is not None:
            return layout
    layout = _generic(first_row)
    if layout is not None:
        return layout
    layout = _headerless(first_row, dayfirst)
    if layout is not None:
        return layout
    layout = _meta(first_row)
    if layout is not None:
        return layout
    raise UsageError(
        f"{name}: cannot tell which column holds the posts (first row: {', '.join(first_row)[:200]}); "
        f"name it with --text-column, or give --layout ({', '.join(LAYOUTS)})"
    )


def choose(first_row: list[str], layout_name: str | None, dayfirst: bool | None, name: str) -> Layout:
    """The layout asked for with --layout, else the one detected."""
    if not layout_name:
        return detect(first_row, dayfirst, name)
    wanted = layout_name.strip().lower()
    if wanted not in LAYOUTS:
        raise UsageError(f"--layout: {layout_name!r} is not one of {', '.join(LAYOUTS)}")
    if wanted == "hootsuite":
        return _hootsuite(first_row)
    if wanted == "postpickr":
        return _postpickr(first_row)
    if wanted == "postcron" and not _has(first_row, "year", "month", "day"):
        return _postcron(first_row)
    if wanted == "generic":
        layout = _generic(first_row)
    elif wanted == "meta":
        layout = _meta(first_row)
    else:
        layout = _signature(wanted, first_row)
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
        layout.parts = {}
    if ident:
        layout.id = override_column(layout.header, ident, layout.has_header, "--id-column")
    return layout


def with_text_override(first_row: list[str], layout_name: str | None, text: str | None, dayfirst: bool | None, name: str) -> Layout:
    """Detection that does not fail when --text-column names the text column itself."""
    try:
        return choose(first_row, layout_name, dayfirst, name)
    except UsageError:
        if not text or layout_name:
            raise
        index = override_column(first_row, text, True, "--text-column")
        layout = _with_header("generic", first_row, index)
        assert layout is not None
        return layout
