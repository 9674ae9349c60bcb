"""UK time for every written offset, and one date order decided per file."""
from datetime import datetime

import pytest

from checker.errors import UsageError
from checker.when import DateOrder, order_evidence, parse_when


@pytest.mark.parametrize(
    "written, expected",
    [
        ("2026-05-07T21:30:00Z", datetime(2026, 5, 7, 22, 30)),  # BST: one hour ahead of UTC
        ("2026-05-07T20:30:00Z", datetime(2026, 5, 7, 21, 30)),
        ("2026-01-15T10:00:00Z", datetime(2026, 1, 15, 10, 0)),  # GMT in winter
        ("2026-03-30T00:30:00+02:00", datetime(2026, 3, 29, 23, 30)),
        ("20/04/2026 10:00 +0000", datetime(2026, 4, 20, 11, 0)),
        ("2026-04-20 10:00", datetime(2026, 4, 20, 10, 0)),  # no zone: already UK time
    ],
)
def test_offsets_become_uk_wall_clock_time(written, expected):
    assert parse_when(written) == expected


@pytest.mark.parametrize(
    "written, kind",
    [("13/05/2026", "day"), ("05/13/2026 09:00", "month"), ("05/04/2026", "either"), ("04/04/2026", None),
     ("2026-05-04", None), ("5 May 2026", None), ("31.12.26", "day")],
)
def test_order_evidence(written, kind):
    assert order_evidence(written) == kind


def test_one_order_per_file():
    order = DateOrder("plan.csv")
    for where, value in (("row 2", "05/04/2026"), ("row 3", "04/20/2026")):
        order.add(value, where)
    assert order.dayfirst() is False and "row 3" in order.note()
    clash = DateOrder("plan.csv")
    clash.add("20/04/2026", "row 2")
    clash.add("04/20/2026", "row 3")
    with pytest.raises(UsageError, match="--day-first or --month-first"):
        clash.dayfirst()
    quiet = DateOrder("plan.csv")
    quiet.add("05/04/2026", "row 2")
    assert quiet.dayfirst() is True and quiet.note() is None
