"""`postcheck calendar`: the pre-election periods over the coming months, as shaded month grids.

Reads the same [checks.purdah] options as the purdah check, so what it shows is what the check
applies.
"""
from __future__ import annotations

import calendar as stdcal
from datetime import date, datetime

from rich.columns import Columns
from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from checker.config import Config
from checker.elections import Calendar, Election, long_date
from checker.errors import UsageError
from checker.when import FIRST_YEAR, LAST_YEAR, parse_when

SHADE = "black on dark_orange"
POLL = "bold white on red"


def add_months(day: date, months: int) -> date:
    index = day.month - 1 + months
    return date(day.year + index // 12, index % 12 + 1, 1)


def periods_between(cal: Calendar, first: date, months: int) -> list[tuple[Election, datetime, datetime]]:
    last = date.fromordinal(add_months(first, months).toordinal() - 1)
    return cal.periods(first, last)


def month_grid(year: int, month: int, periods: list[tuple[Election, datetime, datetime]], plain: bool = False) -> Table:
    """One month, Monday first, with period days shaded and polling days marked (without
    colour: * after a period day, # after a polling day)."""
    table = Table(title=f"{stdcal.month_name[month]} {year}", show_header=True, box=None, pad_edge=False, padding=(0, 1))
    for name in ("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"):
        table.add_column(name, justify="right")
    for week in stdcal.Calendar(firstweekday=0).monthdatescalendar(year, month):
        cells = []
        for day in week:
            if day.month != month:
                cells.append(Text(""))
                continue
            style, mark = "", " "
            for election, start, end in periods:
                if start.date() <= day <= end.date():
                    style, mark = (POLL, "#") if day == election.poll else (SHADE, "*")
            cells.append(Text(f"{day.day:>2}" + (mark if plain else ""), style=style))
        table.add_row(*cells)
    return table


def render(console: Console, cal: Calendar, first: date, months: int) -> list[tuple[Election, datetime, datetime]]:
    """Print the month grids and the list of periods; return the periods shown."""
    first = first.replace(day=1)
    periods = periods_between(cal, first, months)
    plain = console.no_color or console.color_system is None
    grids = [month_grid(d.year, d.month, periods, plain) for d in (add_months(first, i) for i in range(months))]
    console.print(Columns(grids, padding=(1, 3)))
    legend = Text.assemble(("* " if plain else "  ", SHADE), " pre-election period   ", ("# " if plain else "  ", POLL),
                           " polling day (the period ends at the close of poll)")
    if not periods:
        console.print(Group(Text("No pre-election period in these months."), legend))
        return periods
    listing = Table(show_header=True, header_style="bold", box=None)
    for column in ("election", "poll", "period", "why"):
        listing.add_column(column)
    for election, start, end in periods:
        why = f"notice of election published {long_date(election.notice)}" if election.notice else _why(election)
        listing.add_row(election.name, long_date(election.poll),
                        f"{long_date(start.date())} to {end:%H:%M} on {long_date(end.date())}", why)
    console.print(legend)
    console.print(listing)
    return periods


def _why(election: Election) -> str:
    if election.kind == "referendum":
        return "28 days before the poll"
    return f"latest day for the notice of election ({election.kind}, {'/'.join(election.regions)} bank holidays)"


def calendar_command(console: Console, config: Config, months: int = 3, start: str | None = None) -> int:
    """What `postcheck calendar` does: validate its options, then render."""
    if months < 1 or months > 24:
        raise UsageError("--months: give a number of months from 1 to 24")
    try:
        first = parse_when(start).date() if start else date.today()
    except ValueError:
        raise UsageError(f"--from: cannot read {start!r} as a date (try 2026-03-01)") from None
    if not FIRST_YEAR <= first.year <= LAST_YEAR:
        raise UsageError(f"--from: {start!r} is outside the years postcheck knows elections for ({FIRST_YEAR} to {LAST_YEAR})")
    render(console, Calendar.from_options(config.options("purdah")), first, months)
    return 0
