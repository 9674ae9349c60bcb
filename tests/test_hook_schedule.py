"""`postcheck hook`: the schedule read from front matter under every usual key, in UK time, and
never a silent "now" (standard error and every report format say so)."""
from __future__ import annotations

import json
from datetime import datetime

import pytest

from checker.cli import main
from checker.inputs.content_files import read_content_files
from checker.inputs.notes import InputNotes

QUOTE = "Cllr Jane Smith said the new play area is great news for families."


def run(capsys, *args):
    with pytest.raises(SystemExit) as exit_info:
        main(["hook", *map(str, args)])
    out, err = capsys.readouterr()
    return exit_info.value.code, out, err


def markdown(tmp_path, front: str, name: str = "post.md"):
    path = tmp_path / name
    path.write_text(f"---\n{front}\n---\n\n{QUOTE}\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "front, scheduled",
    [
        ("date: 2026-04-20 10:00", datetime(2026, 4, 20, 10, 0)),  # Jekyll and Hugo
        ("publishDate: 2026-04-20T10:00:00+01:00", datetime(2026, 4, 20, 10, 0)),  # Hugo, with an offset
        ("publish_date: 20/04/2026 10:00", datetime(2026, 4, 20, 10, 0)),
        ("scheduled: 2026-04-20 09:00:00Z", datetime(2026, 4, 20, 10, 0)),  # YAML timestamp in UTC
        ("date: 2026-04-20", datetime(2026, 4, 20, 0, 0)),
        ("date: 2025-01-01\npublishDate: 2026-04-20 10:00", datetime(2026, 4, 20, 10, 0)),  # going live wins
        ("date: 04/20/2026 10:00", datetime(2026, 4, 20, 10, 0)),  # can only be month first
    ],
)
def test_front_matter_schedule_keys(tmp_path, front, scheduled):
    (post,) = list(read_content_files([markdown(tmp_path, front)]))
    assert post.scheduled == scheduled


def test_hook_uses_front_matter_date_for_the_purdah_verdict(tmp_path, capsys):
    path = markdown(tmp_path, "date: 2026-04-20 10:00")
    code, out, err = run(capsys, path, "--format", "json")
    (post,) = json.loads(out)["posts"]
    assert code == 1 and post["scheduled"] == "2026-04-20T10:00:00"
    assert any(f["check"] == "purdah" for f in post["findings"])
    assert "warning" not in err


def test_a_utc_time_after_the_close_of_poll_is_outside_the_period(tmp_path, capsys):
    code, out, _ = run(capsys, markdown(tmp_path, "date: 2026-05-07T21:30:00Z"), "--format", "json")
    (post,) = json.loads(out)["posts"]
    assert post["scheduled"] == "2026-05-07T22:30:00" and not any(f["check"] == "purdah" for f in post["findings"])


def test_a_misspelt_key_gets_a_did_you_mean_warning(tmp_path, capsys):
    path = markdown(tmp_path, "shedule: 2026-04-20 10:00\ntitle: Play area")
    code, out, err = run(capsys, path, "--format", "json")
    warnings = json.loads(out)["summary"]["warnings"]
    assert any("'shedule'" in w and "did you mean 'scheduled'" in w for w in warnings)
    assert not any("'title'" in w for w in warnings)  # a site generator's own key is not a typo
    assert any("had no readable schedule" in w for w in warnings)  # and the post was judged as of now
    assert err.count("postcheck: warning:") == len(warnings)


def test_an_unreadable_front_matter_date_names_the_key(tmp_path, capsys):
    code, out, err = run(capsys, markdown(tmp_path, "publishDate: 31/02/2026"), "--format", "json")
    (post,) = json.loads(out)["posts"]
    assert "publishDate" in post["problem"]


def test_drafts_without_a_schedule_are_named_together_once(tmp_path):
    notes = InputNotes(now=datetime(2026, 11, 30, 9, 0))
    paths = [tmp_path / "a.txt", markdown(tmp_path, "platform: x", "b.md"), markdown(tmp_path, "date: 2026-04-20", "c.md")]
    paths[0].write_text("Bins go out on Monday.\n", encoding="utf-8")
    list(read_content_files(paths, notes=notes))
    (message,) = notes.messages
    assert message.startswith("a.txt, b.md: 2 of 3 posts had no readable schedule")
    assert "30 Nov 2026 09:00" in message


@pytest.mark.parametrize("fmt", ["rich", "text"])
def test_hook_warnings_reach_standard_error_in_every_format(tmp_path, capsys, fmt):
    path = tmp_path / "a.txt"
    path.write_text("Bins go out on Monday.\n", encoding="utf-8")
    code, out, err = run(capsys, path, "--format", fmt)
    assert code == 0 and err.count("postcheck: warning:") == 1 and "a.txt: the post had no readable schedule" in err


def test_sarif_carries_the_warnings_as_tool_notifications(tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_text("Bins go out on Monday.\n", encoding="utf-8")
    code, out, err = run(capsys, path, "--format", "sarif")
    (invocation,) = json.loads(out)["runs"][0]["invocations"]
    (notification,) = invocation["toolExecutionNotifications"]
    assert notification["level"] == "warning" and "no readable schedule" in notification["message"]["text"]


def test_hook_csv_decides_its_own_date_order(tmp_path, capsys):
    path = tmp_path / "plan.csv"
    path.write_text(f'text,scheduled\n"{QUOTE}",04/20/2026 10:00\nBins on Monday.,05/04/2026 09:00\n', encoding="utf-8")
    code, out, err = run(capsys, path, "--format", "json")
    posts = json.loads(out)["posts"]
    assert [p["scheduled"] for p in posts] == ["2026-04-20T10:00:00", "2026-05-04T09:00:00"]
    assert "month first" in err
