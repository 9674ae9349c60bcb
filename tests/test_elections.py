"""checker.elections: the last day for the notice of election and the periods it starts."""
from datetime import date, datetime

import pytest

from checker.elections import ALL_UK, Calendar, Election, last_notice_day, period_at
from checker.errors import UsageError


@pytest.mark.parametrize("poll, regions, start", [
    # Electoral Commission's published last day for the notice of election (or dissolution).
    (date(2021, 5, 6), ("ENG",), date(2021, 3, 29)),
    (date(2022, 5, 5), ("ENG",), date(2022, 3, 28)),
    (date(2023, 5, 4), ("ENG",), date(2023, 3, 27)),
    (date(2024, 5, 2), ("ENG",), date(2024, 3, 26)),
    (date(2025, 5, 1), ("ENG",), date(2025, 3, 25)),
    (date(2026, 5, 7), ("ENG",), date(2026, 3, 30)),
    (date(2024, 7, 4), ALL_UK, date(2024, 5, 30)),
    # 2019 general election: St Andrew's Day observed (Scotland) counts only with the UK union.
    (date(2019, 12, 12), ALL_UK, date(2019, 11, 6)),
    (date(2019, 12, 12), ("ENG",), date(2019, 11, 7)),
    # Northern Ireland 2023 (poll moved to 18 May): EC "not later than 11 April".
    (date(2023, 5, 18), ("NIR",), date(2023, 4, 11)),
    (date(2022, 5, 5), ("WLS",), date(2022, 3, 28)),
])
def test_last_notice_day_matches_published_dates(poll, regions, start):
    assert last_notice_day(poll, regions) == start


def test_scottish_timetable_skips_easter_monday():
    # Scottish Parliament 2026: notice window 16-25 March (28th working day, Easter Monday skipped).
    assert last_notice_day(date(2026, 5, 7), ("SCT",), 28, easter_monday=True) == date(2026, 3, 25)
    assert last_notice_day(date(2026, 5, 7), ("SCT",), 28) == date(2026, 3, 26)


def test_extra_days_off_push_the_start_back():
    assert last_notice_day(date(2026, 5, 7), ("ENG",), extra_days_off=[date(2026, 4, 20)]) == date(2026, 3, 27)


@pytest.mark.parametrize("when, inside", [
    (datetime(2026, 3, 29, 23, 30), False),
    (datetime(2026, 3, 30, 0, 0), True),
    (datetime(2026, 5, 7, 21, 59), True),   # polling day until the close of poll
    (datetime(2026, 5, 7, 22, 1), False),
    (datetime(2024, 6, 15, 12, 0), True),   # 4 July 2024 general election
    (datetime(2024, 7, 5, 9, 0), False),
    (datetime(2020, 4, 20, 9, 0), False),   # 2020 polls postponed
    (datetime(2027, 4, 1, 9, 0), True),     # 6 May 2027: from 31 March 2027
])
def test_default_calendar(when, inside):
    assert (period_at(when) is not None) == inside


def test_note_says_why():
    election, start, end = period_at(datetime(2026, 4, 8, 10))
    assert election.describe() == "7 May 2026 local elections; period from 30 March 2026"
    assert (start, end) == (datetime(2026, 3, 30), datetime(2026, 5, 7, 22))
    assert period_at(datetime(2024, 6, 1))[0].describe() == "4 July 2024 UK general election; period from 30 May 2024"


def test_config_adds_replaces_and_skips():
    by_election = {"name": "Elmdon ward by-election", "poll": date(2026, 9, 17), "kind": "by-election"}
    assert period_at(datetime(2026, 8, 20), {"elections": [by_election]})[0].name == "Elmdon ward by-election"
    assert period_at(datetime(2026, 8, 20)) is None
    assert period_at(datetime(2026, 4, 8), {"no_poll_years": [2026]}) is None
    assert period_at(datetime(2024, 6, 15), {"replace_defaults": True}) is None
    # A published notice date earlier than the latest legal one starts the period then.
    published = {"elections": [{"name": "local elections", "poll": "2026-05-07", "notice": "2026-03-25"}]}
    for when in (datetime(2026, 3, 26), datetime(2026, 4, 20)):  # it replaces the default 7 May poll
        election, start, _ = period_at(when, published)
        assert start == datetime(2026, 3, 25)
        assert "notice of election published 25 March 2026" in election.describe()


def test_scottish_and_general_elections_from_config():
    options = {"replace_defaults": True, "elections": [
        {"name": "Scottish Parliament election", "poll": date(2026, 5, 7), "nation": "scotland", "kind": "scottish-parliament"},
        {"poll": date(2029, 5, 3), "kind": "general"},
    ]}
    calendar = Calendar.from_options(options)
    assert calendar.period_at(datetime(2026, 3, 25, 9))[0].kind == "scottish-parliament"
    assert calendar.period_at(datetime(2026, 3, 24, 9)) is None
    general = calendar.period_at(datetime(2029, 4, 20))[0]
    assert general.regions == ALL_UK and general.name == "UK general election"


@pytest.mark.parametrize("options", [
    {"elections": [{"name": "x"}]},                               # no poll
    {"elections": [{"poll": "7 May"}]},                           # not a date
    {"elections": [{"poll": "2026-05-07", "nation": "mars"}]},
    {"elections": [{"poll": "2026-05-07", "kind": "coronation"}]},
    {"elections": [{"poll": "2026-05-07", "typo": 1}]},
    {"elections": ["2026-05-07"]},
    {"no_poll_years": ["2026"]},
])
def test_bad_config_is_a_usage_error(options):
    with pytest.raises(UsageError):
        Calendar.from_options(options)


def test_election_end_can_be_extended():
    election = Election("count", date(2026, 5, 7), ("ENG",), end=datetime(2026, 5, 8, 18))
    assert election.finish() == datetime(2026, 5, 8, 18)
