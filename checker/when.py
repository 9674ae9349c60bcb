"""Reading the dates and times people write: ISO 8601 or UK day-first, in UK time.

Every time a rule reads is a naive UK wall-clock time (Europe/London): a time written with an
offset or `Z` is converted to UK time first (so 2026-05-07T21:30:00Z is 22:30 BST, after the
close of poll), and a time written without one is taken to be UK time already.

Dates such as 05/04/2026 can be read two ways. `order_evidence` says which ways a value can be
read, so a reader can decide one order for a whole file from the values that can only be read
one way (`DateOrder`), instead of reading each row on its own.
"""
from __future__ import annotations

import re
from datetime import date, datetime
from zoneinfo import ZoneInfo

from dateutil import parser as dateutil_parser

from checker.errors import UsageError

UK = ZoneInfo("Europe/London")
YEAR_FIRST = re.compile(r"\s*\d{4}[-/.]")
# 05/04/2026, 5.4.26, 05-04-2026 10:00: two small numbers then a year.
NUMERIC_DATE = re.compile(r"\s*(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})(?!\d)")


def to_uk(moment: datetime) -> datetime:
    """A naive UK wall-clock time: aware times are converted to Europe/London, naive ones kept."""
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(UK).replace(tzinfo=None)


def from_value(value) -> datetime | None:
    """A datetime or date object (YAML gives these) as a naive UK time; None for anything else."""
    if isinstance(value, datetime):
        return to_uk(value)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    return None


def parse_when(value: str, *, dayfirst: bool = True) -> datetime:
    """A naive UK datetime from `2026-04-20T10:00`, `20/04/2026 10:00`, `20 Apr 2026 9am`...

    Raises ValueError when the value is not a date.
    """
    value = value.strip()
    if not value:
        raise ValueError("empty date")
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        try:
            # 2026/04/05 starts with the year, so it is year-month-day whatever the day-first rule.
            year_first = bool(YEAR_FIRST.match(value))
            parsed = dateutil_parser.parse(value, dayfirst=dayfirst and not year_first, yearfirst=year_first)
        except (ValueError, OverflowError) as error:
            raise ValueError(f"not a date: {value!r}") from error
    return to_uk(parsed)


def order_evidence(value: str) -> str | None:
    """How a written date can be read: 'day' (only day first, 13/05/2026), 'month' (only month
    first, 05/13/2026), 'either' (05/04/2026), or None when the order does not matter (ISO,
    year first, month names, 04/04/2026) or the value is not a numeric date."""
    match = NUMERIC_DATE.match(value or "")
    if not match:
        return None
    first, second = int(match.group(1)), int(match.group(2))
    if first == second:
        return None
    if first > 12 and 1 <= second <= 12:
        return "day"
    if second > 12 and 1 <= first <= 12:
        return "month"
    if 1 <= first <= 12 and 1 <= second <= 12:
        return "either"
    return None


class DateOrder:
    """One date order for a whole file, decided from the values that can only be read one way."""

    def __init__(self, name: str):
        self.name = name
        self.first: dict[str, tuple[str, str]] = {}  # 'day'/'month' -> (where, value) of the first seen
        self.ambiguous = 0

    def add(self, value: str, where: str) -> None:
        kind = order_evidence(value)
        if kind == "either":
            self.ambiguous += 1
        elif kind is not None and kind not in self.first:
            self.first[kind] = (where, value.strip())

    def dayfirst(self) -> bool:
        """True for day first (the UK default when nothing contradicts it), False for month first.

        Raises UsageError when some values can only be read day first and others only month first.
        """
        if "day" in self.first and "month" in self.first:
            day_where, day_value = self.first["day"]
            month_where, month_value = self.first["month"]
            raise UsageError(
                f"{self.name}: the dates cannot all be read one way: {day_where} ({day_value}) is day first "
                f"but {month_where} ({month_value}) is month first; fix the file, or give --day-first or "
                f"--month-first to read every date one way (dates that do not fit are reported by row)"
            )
        return "month" not in self.first

    def note(self) -> str | None:
        """A message when the file was read month first because of what it holds."""
        if "month" in self.first and self.ambiguous:
            where, value = self.first["month"]
            return (f"{self.name}: dates read month first (mm/dd/yyyy), because {where} ({value}) can only be "
                    f"read that way; give --day-first if that is wrong")
        return None


def choose_order(dayfirst: bool | None, value: str) -> bool:
    """The order for one value on its own: the one asked for, else the only one it can be read in,
    else day first."""
    if dayfirst is not None:
        return dayfirst
    return order_evidence(value) != "month"


# The election calendar looks a year either side of a date; Python's dates end at 9999.
FIRST_YEAR, LAST_YEAR = 1900, 9990


def parse_at_option(value: str | None) -> datetime | None:
    if value is None:
        return None
    try:
        when = parse_when(value)
    except ValueError:
        raise UsageError(f"--at: cannot read {value!r} as a date and time (try 2026-04-20T10:00 or '20/04/2026 10:00')") from None
    if not FIRST_YEAR <= when.year <= LAST_YEAR:
        raise UsageError(f"--at: {value!r} is outside the years postcheck knows elections for ({FIRST_YEAR} to {LAST_YEAR})")
    return when


def order_option(day_first: bool, month_first: bool) -> bool | None:
    """--day-first / --month-first as the `dayfirst` readers take: None means decide from the file."""
    if day_first and month_first:
        raise UsageError("give --day-first or --month-first, not both")
    return True if day_first else False if month_first else None
