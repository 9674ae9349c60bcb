"""batch's progress: posts checked (not bytes read), with the rate and time left, on a terminal only."""
from __future__ import annotations

import io
import re
from types import SimpleNamespace

from checker.batch_run import PROGRESS_MIN_BYTES, progress_over, rate_text, rows_in


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def schedule(tmp_path, rows: int):
    path = tmp_path / "big.csv"
    path.write_text("text\n" + "".join(f"post number {n} {'x' * 200}\n" for n in range(rows)), encoding="utf-8")
    return SimpleNamespace(path=path, size=max(path.stat().st_size, PROGRESS_MIN_BYTES))


def test_progress_counts_posts_of_the_file_on_a_terminal(tmp_path):
    source = schedule(tmp_path, 300)
    stream = Terminal()
    results = list(progress_over(iter(range(300)), source, stream))
    assert results == list(range(300))  # every result passes through, in order
    shown = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", stream.getvalue())  # the colours Rich adds
    assert "checking" in shown and "300/300 posts" in shown and "left" in shown


def test_no_progress_when_standard_error_is_not_a_terminal(tmp_path):
    stream = io.StringIO()
    assert list(progress_over(iter(range(5)), schedule(tmp_path, 300), stream)) == list(range(5))
    assert stream.getvalue() == ""


def test_the_total_is_the_number_of_rows_and_the_rate_is_posts_a_second(tmp_path):
    assert rows_in(schedule(tmp_path, 300).path) == 300
    assert rate_text(120, 10.0) == "12.0 posts/s"
    assert rate_text(0, 0.0) == ""
