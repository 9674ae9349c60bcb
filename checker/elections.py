"""The election calendar: which pre-election period, if any, a moment falls in.

A period starts on the last day the notice of election may be published (counted back in
working days from the poll, as the election rules count them) or on the day the returning
officer actually published it, and ends at the close of poll (22:00) on polling day. Pure: no
CLI, no config file reading; callers pass the `[checks.purdah]` options in.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import Any, Iterable

from dateutil.easter import easter

from checker import cache, wordlists
from checker.errors import UsageError

CLOSE_OF_POLL = time(22, 0)  # polls close at 10pm (SI 2006/3304 Sch 3 r.1)
ALL_UK = ("ENG", "SCT", "WLS", "NIR")
NATIONS = {
    "england": ("ENG",), "eng": ("ENG",),
    "wales": ("WLS",), "wls": ("WLS",),
    "scotland": ("SCT",), "sct": ("SCT",),
    "northern ireland": ("NIR",), "northern-ireland": ("NIR",), "ni": ("NIR",), "nir": ("NIR",),
    "uk": ALL_UK, "united kingdom": ALL_UK, "gb": ALL_UK,
}
ELECTION_KEYS = {"name", "poll", "nation", "kind", "notice", "end"}


@dataclass(frozen=True)
class Election:
    name: str  # "local elections", "Elmdon ward by-election"...
    poll: date
    regions: tuple[str, ...]  # holidays subdivisions whose bank holidays the timetable skips
    kind: str = "local"
    notice: date | None = None  # the notice date actually published, when known
    end: datetime | None = None  # a later end than the close of poll, when configured

    def start(self, extra_days_off: Iterable[date] = ()) -> datetime:
        """Start of the period: the published notice day, else the latest legal one."""
        # Counting back working days walks the calendar day by day; a batch asks the same
        # question for every post, so the answer is remembered.
        return _period_start(self, tuple(extra_days_off))

    def _start(self, extra_days_off: tuple[date, ...]) -> datetime:
        if self.notice:
            return datetime.combine(self.notice, time())
        rule = kind_rule(self.kind)
        if rule.get("calendar_days"):
            day = self.poll - timedelta(days=int(rule["calendar_days"]))
        else:
            day = last_notice_day(
                self.poll, self.regions, int(rule.get("working_days", 25)), extra_days_off,
                easter_monday=bool(rule.get("easter_monday")),
            )
        return datetime.combine(day, time())

    def finish(self) -> datetime:
        return self.end or datetime.combine(self.poll, CLOSE_OF_POLL)

    def describe(self, extra_days_off: Iterable[date] = ()) -> str:
        """'7 May 2026 local elections; period from 30 March 2026' (why a post is in a period)."""
        start = self.start(extra_days_off)
        how = "notice of election published" if self.notice else "period from"
        return f"{long_date(self.poll)} {self.name}; {how} {long_date(start.date())}"


@lru_cache(maxsize=1024)
def _period_start(election: Election, extra_days_off: tuple[date, ...]) -> datetime:
    return election._start(extra_days_off)


def long_date(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


def kind_rule(kind: str) -> dict:
    return wordlists.toml("elections.toml").get("kinds", {}).get(kind, {"working_days": 25})


@lru_cache(maxsize=64)
def _bank_holidays(region: str, year: int) -> frozenset[date]:
    # Importing `holidays` and building a year takes about a quarter of a second; the answer
    # only changes with the package, so it is kept in postcheck's cache.
    return cache.load(f"bank-holidays-{region}-{year}", lambda: _holidays_of(region, year), packages=("holidays",))


def _holidays_of(region: str, year: int) -> frozenset[date]:
    import holidays

    return frozenset(holidays.UK(subdiv=region, years=year))


def is_day_off(day: date, regions: Iterable[str], extra_days_off: Iterable[date] = (), *, easter_monday: bool = False) -> bool:
    """Whether the election rules disregard `day` in counting time.

    Weekends, Christmas Eve (not in `holidays`), and every bank holiday of each region (Christmas
    Day and Good Friday are among them); a general election passes all four nations.
    """
    if day.weekday() >= 5 or (day.month, day.day) == (12, 24):
        return True
    if easter_monday and day == easter(day.year) + timedelta(days=1):
        return True
    if day in set(extra_days_off):
        return True
    return any(day in _bank_holidays(region, day.year) for region in regions)


def last_notice_day(
    poll: date,
    regions: Iterable[str] = ("ENG",),
    working_days: int = 25,
    extra_days_off: Iterable[date] = (),
    *,
    easter_monday: bool = False,
) -> date:
    """The `working_days`-th working day before the poll, counting back."""
    regions, extra = tuple(regions), tuple(extra_days_off)
    day, counted = poll, 0
    while counted < working_days:
        day -= timedelta(days=1)
        if not is_day_off(day, regions, extra, easter_monday=easter_monday):
            counted += 1
    return day


def first_thursday_of_may(year: int) -> date:
    first = date(year, 5, 1)
    return first + timedelta(days=(3 - first.weekday()) % 7)


def _date(value: Any, where: str) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise UsageError(f"{where}: expected a date like 2026-05-07, got {value!r}")


def _regions(nation: Any, where: str) -> tuple[str, ...]:
    if isinstance(nation, str) and nation.strip().lower() in NATIONS:
        return NATIONS[nation.strip().lower()]
    raise UsageError(f"{where}: nation must be one of england, wales, scotland, northern-ireland, uk; got {nation!r}")


def election_from_table(table: Any, where: str = "[checks.purdah] elections") -> Election:
    """An Election from a config table {name, poll, nation, kind, notice, end}."""
    if not isinstance(table, dict):
        raise UsageError(f"{where}: each election must be a table, e.g. {{name = \"...\", poll = 2026-05-07}}")
    unknown = set(table) - ELECTION_KEYS
    if unknown:
        raise UsageError(f"{where}: unknown key {sorted(unknown)[0]!r} (known keys: {', '.join(sorted(ELECTION_KEYS))})")
    if "poll" not in table:
        raise UsageError(f"{where}: each election needs a poll date")
    kind = str(table.get("kind", "local"))
    kinds = wordlists.toml("elections.toml").get("kinds", {})
    if kind not in kinds:
        raise UsageError(f"{where}: kind must be one of {', '.join(kinds)}; got {kind!r}")
    default_nation = "uk" if kind == "general" else "england"
    end = table.get("end")
    if end is not None:
        end = end if isinstance(end, datetime) else datetime.combine(_date(end, where), time(23, 59))
    return Election(
        name=str(table.get("name") or ("UK general election" if kind == "general" else "election")),
        poll=_date(table["poll"], where),
        regions=_regions(table.get("nation", default_nation), where),
        kind=kind,
        notice=_date(table["notice"], where) if table.get("notice") is not None else None,
        end=end,
    )


@dataclass(frozen=True)
class Calendar:
    """The elections that apply: the defaults, changed by a council's [checks.purdah] options."""

    added: tuple[Election, ...] = ()
    replace_defaults: bool = False
    no_poll_years: frozenset[int] = frozenset()
    days_off: tuple[date, ...] = ()

    @classmethod
    def from_options(cls, options: dict | None = None) -> Calendar:
        options = options or {}
        elections = options.get("elections", [])
        added = tuple(election_from_table(t, f"[checks.purdah] elections[{i}]") for i, t in enumerate(elections))
        days_off = tuple(_date(d, "[checks.purdah] days_off") for d in options.get("days_off", []))
        years = options.get("no_poll_years", [])
        if not all(isinstance(y, int) and not isinstance(y, bool) for y in years):
            raise UsageError("[checks.purdah] no_poll_years: expected a list of years, e.g. [2026]")
        return cls(added, bool(options.get("replace_defaults", False)), frozenset(years), days_off)

    def defaults(self, first_year: int, last_year: int) -> list[Election]:
        if self.replace_defaults:
            return []
        data = wordlists.toml("elections.toml")
        local = data.get("local", {})
        skip = set(local.get("skip_years", [])) | self.no_poll_years
        out = [
            Election(local.get("name", "local elections"), first_thursday_of_may(year),
                     _regions(local.get("nation", "england"), "elections.toml"), local.get("kind", "local"))
            for year in range(first_year, last_year + 1)
            if year not in skip
        ]
        for table in data.get("general", []):
            election = election_from_table({"kind": "general", **table}, "wordlists/elections.toml [[general]]")
            if first_year <= election.poll.year <= last_year:
                out.append(election)
        return out

    def elections(self, first_year: int, last_year: int) -> list[Election]:
        """Every election with a poll in these years, in poll order."""
        added = [e for e in self.added if first_year <= e.poll.year <= last_year]
        # A configured election on a default's poll day and of its kind (e.g. with the notice
        # date actually published) replaces that default.
        same = {(e.poll, e.kind) for e in added}
        chosen = [e for e in self.defaults(first_year, last_year) if (e.poll, e.kind) not in same] + added
        return sorted(chosen, key=lambda e: (e.poll, e.name))

    def periods(self, start: date, end: date) -> list[tuple[Election, datetime, datetime]]:
        """(election, start, end) for every period that overlaps start..end (dates inclusive)."""
        return list(_periods(self, start, end))

    def _periods(self, start: date, end: date) -> tuple[tuple[Election, datetime, datetime], ...]:
        found = []
        # A poll early in the next year can have its period start in this one.
        for election in self.elections(start.year, end.year + 1):
            begins, ends = election.start(self.days_off), election.finish()
            if begins.date() <= end and ends.date() >= start:
                found.append((election, begins, ends))
        return tuple(found)

    def period_at(self, when: datetime) -> tuple[Election, datetime, datetime] | None:
        """The period `when` falls in (the one with the nearest poll when several overlap)."""
        for election, begins, ends in self.periods(when.date(), when.date()):
            if begins <= when <= ends:
                return election, begins, ends
        return None


# A batch asks about the same few dates for every post (twice: the report's period and the
# pre-election check), and each asking built the years' elections and counted working days back
# from each poll. The answer depends on the calendar and the dates alone (the word lists are read
# once per process).
@lru_cache(maxsize=256)
def _periods(calendar: Calendar, start: date, end: date) -> tuple[tuple[Election, datetime, datetime], ...]:
    return calendar._periods(start, end)


def period_at(when: datetime, options: dict | None = None) -> tuple[Election, datetime, datetime] | None:
    """The pre-election period `when` falls in under these [checks.purdah] options, or None."""
    return Calendar.from_options(options).period_at(when)
