"""The garbage collector is tuned while a batch's results are made, and put back after."""
from __future__ import annotations

import gc

from checker.batch_run import GC_THRESHOLD, collected_lightly


def test_thresholds_during_the_batch_and_restored_after():
    before = gc.get_threshold()
    seen = []

    def results():
        for number in range(3):
            seen.append((gc.get_threshold(), gc.get_freeze_count() > 0 if number else None))
            yield number

    assert list(collected_lightly(results())) == [0, 1, 2]
    assert [threshold for threshold, _ in seen] == [GC_THRESHOLD] * 3
    assert seen[1][1] and seen[2][1]  # what was loaded by the first result is frozen
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0


def test_restored_when_the_batch_stops_early():
    before = gc.get_threshold()
    made = collected_lightly(iter(range(10)))
    next(made)
    next(made)
    made.close()
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0
