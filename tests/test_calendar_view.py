"""postcheck calendar: month grids with the period days marked, and the elections listed."""
from datetime import date

import pytest
from rich.console import Console

from checker.calendar_view import calendar_command, render
from checker.config import Config, from_dict
from checker.elections import Calendar
from checker.errors import UsageError


def plain_console():
    return Console(width=160, no_color=True, record=True, file=open("/dev/null", "w"))


def test_april_2026_is_shaded_from_30_march():
    console = plain_console()
    periods = render(console, Calendar(), date(2026, 3, 1), 3)
    out = console.export_text()
    assert [p[0].poll for p in periods] == [date(2026, 5, 7)]
    assert "30*" in out and "7#" in out
    march = plain_console()
    render(march, Calendar(), date(2026, 3, 1), 1)
    assert "30*" in march.export_text() and "29*" not in march.export_text()
    assert "local elections" in out and "30 March 2026 to 22:00 on 7 May 2026" in out


def test_no_period_says_so():
    console = plain_console()
    assert render(console, Calendar(), date(2026, 8, 1), 2) == []
    assert "No pre-election period" in console.export_text()


def test_config_elections_are_shown():
    config = from_dict({"checks": {"purdah": {"elections": [{"name": "Elmdon ward by-election", "poll": "2026-09-17", "kind": "by-election"}]}}})
    console = plain_console()
    calendar_command(console, config, 2, "2026-08-01")
    assert "Elmdon ward by-election" in console.export_text()


@pytest.mark.parametrize("months, start", [(0, None), (30, None), (3, "not a date")])
def test_bad_options(months, start):
    with pytest.raises(UsageError):
        calendar_command(plain_console(), Config(), months, start)
