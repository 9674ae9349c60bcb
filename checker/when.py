"""Reading the dates and times people write: ISO 8601 or UK day-first."""
from __future__ import annotations

import re
from datetime import datetime

from dateutil import parser as dateutil_parser

from checker.errors import UsageError

YEAR_FIRST = re.compile(r"\d{4}[-/.]")


def parse_when(value: str, *, dayfirst: bool = True) -> datetime:
    """A naive local datetime from `2026-04-20T10:00`, `20/04/2026 10:00`, `20 Apr 2026 9am`...

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
    # Scheduled times are local (UK) wall-clock times; keep them naive.
    return parsed.replace(tzinfo=None) if parsed.tzinfo else parsed


def parse_at_option(value: str | None) -> datetime | None:
    if value is None:
        return None
    try:
        return parse_when(value)
    except ValueError:
        raise UsageError(f"--at: cannot read {value!r} as a date and time (try 2026-04-20T10:00 or '20/04/2026 10:00')") from None
