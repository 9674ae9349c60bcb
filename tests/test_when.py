"""Dates as people write them: ISO, UK day-first, and year-first with slashes."""
from datetime import datetime

import pytest

from checker.when import parse_when


@pytest.mark.parametrize(
    "written, expected",
    [
        ("2026-04-20T10:00", datetime(2026, 4, 20, 10, 0)),
        ("20/04/2026 10:00", datetime(2026, 4, 20, 10, 0)),
        ("05/04/2026 9:30am", datetime(2026, 4, 5, 9, 30)),
        ("2026/04/05 14:00", datetime(2026, 4, 5, 14, 0)),
        ("5 April 2026 2pm", datetime(2026, 4, 5, 14, 0)),
        ("2026-04-20T10:00:00+01:00", datetime(2026, 4, 20, 10, 0)),
    ],
)
def test_reads_dates(written, expected):
    assert parse_when(written) == expected


def test_month_first_when_asked():
    assert parse_when("04/05/2026", dayfirst=False) == datetime(2026, 4, 5)


@pytest.mark.parametrize("written", ["", "next blue moon", "32/13/2026"])
def test_rejects_what_is_not_a_date(written):
    with pytest.raises(ValueError):
        parse_when(written)
