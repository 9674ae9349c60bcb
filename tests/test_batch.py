"""`postcheck batch`: scheduling tools' layouts, Excel's encodings and quirks, reports, --jobs."""
from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from conftest import parse_json

FIXTURES = Path(__file__).parent / "fixtures" / "batch"


def fixture(name: str) -> str:
    return str(FIXTURES / name)


def batch_json(run_cli, name: str, *args: str):
    code, out, err = run_cli("batch", fixture(name), "--format", "json", *args)
    assert code in (0, 1), err
    return code, parse_json(out)


def posts_by_id(report: dict) -> dict:
    return {post["id"]: post for post in report["posts"]}


@pytest.mark.parametrize(
    "name, args, expected",
    [
        # (id, line, scheduled, text-derived verdict or None) per readable row
        ("generic.csv", (), [("p1", 2, "2026-04-20T10:00:00"), ("p4", 5, "2026-04-05T21:30:00")]),
        ("bom.csv", (), [("1", 2, "2026-06-01T09:00:00")]),
        ("excel_cp1252_semicolon.csv", (), [("r1", 2, "2026-09-15T10:00:00"), ("r2", 3, "2026-09-16T10:00:00"), ("r3", 5, "2026-09-17T00:00:00")]),
        ("excel_sep_hint.csv", (), [("1", 3, "2026-09-01T18:00:00")]),
        ("hootsuite.csv", (), [("1", 1, "2026-09-15T10:00:00"), ("2", 2, "2026-09-16T14:05:00")]),
        ("hootsuite_ampm.csv", (), [("1", 1, "2026-09-15T09:30:00"), ("2", 2, "2026-09-16T14:05:30"), ("3", 3, "2026-09-16T14:15:00")]),
        ("buffer.csv", (), [("1", 2, "2026-10-20T09:30:00")]),
        ("sprout.csv", (), [("1", 2, "2026-02-10T14:30:00"), ("2", 3, "2026-03-10T09:00:00")]),
        ("sprout.csv", ("--month-first",), [("1", 2, "2026-10-02T14:30:00"), ("2", 3, "2026-10-03T09:00:00")]),
        ("meta.csv", (), [("fb-1", 2, "2026-09-15T10:00:00")]),
    ],
)
def test_layouts_and_quirks_give_ids_sources_and_times(run_cli, name, args, expected):
    _, report = batch_json(run_cli, name, *args)
    posts = posts_by_id(report)
    for post_id, line, scheduled in expected:
        post = posts[post_id]
        assert post["source"] == f"{fixture(name)}:{line}"
        assert post["scheduled"] == scheduled
        assert "problem" not in post


def test_posts_are_reported_in_input_order_with_the_contract_shape(run_cli):
    _, report = batch_json(run_cli, "generic.csv")
    assert report["version"] == 1
    assert [p["id"] for p in report["posts"]] == ["p1", "p2", "p3", "p4"]
    assert report["summary"] == {"posts": 4, "fail": 3, "warn": 0, "pass": 1, "unreadable": 2}


def test_windows_1252_and_embedded_newlines_keep_the_text(run_cli):
    _, report = batch_json(run_cli, "excel_cp1252_semicolon.csv", "--show-personal-data")
    assert len(report["posts"]) == 3  # the newline inside row 2 does not start a new post
    assert report["posts"][2]["source"].endswith(":5")


@pytest.mark.parametrize(
    "name, post_id, why",
    [
        ("generic.csv", "p2", "row 3: no text"),
        ("generic.csv", "p3", "row 4: cannot read the date 'not a date'"),
        ("hootsuite.csv", "3", "row 3: cannot read the date '31/02/2026 10:00'"),
        ("buffer.csv", "2", "image-only"),
    ],
)
def test_unreadable_rows_are_problems_and_the_rest_is_checked(run_cli, name, post_id, why):
    code, report = batch_json(run_cli, name)
    post = posts_by_id(report)[post_id]
    assert why in post["problem"]
    assert post["verdict"] == "fail"
    assert code == 1
    assert any("problem" not in p for p in report["posts"])


def test_a_problem_post_is_still_checked_when_readable(run_cli):
    _, report = batch_json(run_cli, "generic.csv")
    post = posts_by_id(report)["p4"]
    assert {"political", "purdah"} <= {f["check"] for f in post["findings"]}


def test_layout_option_and_column_overrides(run_cli, tmp_path):
    path = tmp_path / "odd.csv"
    path.write_text("Ref No,Words,When\nA7,Bin day moves to Tuesday.,01/10/2026 08:00\n", encoding="utf-8")
    code, out, err = run_cli("batch", str(path), "--format", "json", "--text-column", "Words",
                             "--date-column", "3", "--id-column", "ref no")
    assert code == 0, err
    (post,) = parse_json(out)["posts"]
    assert (post["id"], post["scheduled"]) == ("A7", "2026-10-01T08:00:00")


def test_forcing_a_layout_that_does_not_fit_is_a_usage_error(run_cli):
    code, _, err = run_cli("batch", fixture("generic.csv"), "--layout", "sprout")
    assert code == 2 and "sprout" in err and "Traceback" not in err


def test_a_header_with_no_text_column_is_a_usage_error(run_cli, tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("alpha,beta\n1,2\n", encoding="utf-8")
    code, _, err = run_cli("batch", str(path))
    assert code == 2 and "--text-column" in err


def test_csv_output_adds_verdict_and_findings_columns(run_cli, tmp_path):
    out_path = tmp_path / "checked.csv"
    code, out, err = run_cli("batch", fixture("generic.csv"), "--format", "csv", "--output", str(out_path))
    assert code == 1, err
    assert out == ""
    raw = out_path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 only with a BOM
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0] == ["id", "text", "scheduled", "postcheck verdict", "postcheck findings"]
    assert [row[0] for row in rows[1:]] == ["p1", "p2", "p3", "p4"]
    assert rows[1][3] == "pass" and rows[1][4] == ""
    assert rows[2][3] == "fail" and "no text" in rows[2][4]
    assert rows[4][3] == "fail" and "political.campaign" in rows[4][4]


def test_csv_output_keeps_the_input_separator_and_multiline_cells(run_cli, tmp_path):
    out_path = tmp_path / "checked.csv"
    run_cli("batch", fixture("excel_cp1252_semicolon.csv"), "-f", "csv", "-o", str(out_path))
    with open(out_path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0][:3] == ["Post", "Scheduled", "Ref"]
    assert rows[2][0] == "Line one\r\nLine two of the same post"
    assert rows[1][0] == "Our café is open – come along; all welcome"


@pytest.mark.parametrize("option", ["--output", "--html"])
def test_reports_never_overwrite_the_input(run_cli, tmp_path, option):
    path = tmp_path / "posts.csv"
    original = "id,text\n1,Bins on Monday.\n"
    path.write_text(original, encoding="utf-8")
    code, _, err = run_cli("batch", str(path), "--format", "csv", option, str(path))
    assert code == 2 and "input file" in err
    assert path.read_text(encoding="utf-8") == original


def test_html_report_is_self_contained_and_lists_failing_posts(run_cli, tmp_path):
    page = tmp_path / "report.html"
    code, out, err = run_cli("batch", fixture("generic.csv"), "--format", "json", "--html", str(page))
    assert code == 1, err
    parse_json(out)  # the JSON on stdout is unchanged by --html
    html = page.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "http" not in html.split("<body>")[0]
    assert "Vote Labour" in html and "political.campaign" in html
    assert "row 3" in html and "no text" in html
    assert "Days in a pre-election period" in html and "Sun 05 Apr 2026" in html
    # posts that pass come last, folded away
    assert html.index("Vote Labour") < html.index("<details") < html.index("Bins are collected")


def test_rich_report_leads_with_the_summary_and_marks_pre_election_days(run_cli):
    code, out, _ = run_cli("batch", fixture("generic.csv"), "--format", "rich")
    assert code == 1
    assert out.index("4 posts checked") < out.index("Vote Labour")
    assert "days in a pre-election period" in out and "Sun 05 Apr 2026" in out
    assert "pre-election period" in out.split("Vote Labour")[0].splitlines()[-2]
    assert "row 4" in out and "cannot read the date" in out
    assert out.strip().splitlines()[-1].startswith("4 posts checked: 3 fail")


def test_repeats_across_the_file_are_found(run_cli):
    _, report = batch_json(run_cli, "repeats.csv")
    repeat = [f for f in posts_by_id(report)["r3"]["findings"] if f["check"] == "spam"]
    assert repeat and "r1" in (repeat[0]["message"] + repeat[0].get("note", ""))


def test_jobs_give_the_same_report_in_the_same_order(run_cli):
    # Spam repeats are a cross-post check: with --jobs they still see every post.
    _, single = batch_json(run_cli, "repeats.csv")
    _, parallel = batch_json(run_cli, "repeats.csv", "--jobs", "2")
    assert parallel["posts"] == single["posts"]
    assert parallel["summary"] == single["summary"]


def test_bad_jobs_is_a_usage_error(run_cli):
    code, _, err = run_cli("batch", fixture("generic.csv"), "--jobs", "0")
    assert code == 2 and "--jobs" in err


def test_rich_report_puts_failures_first_and_pre_election_days_as_ranges(run_cli, tmp_path):
    schedule = tmp_path / "april.csv"
    rows = ["id,text,scheduled",
            "w1,Help us organize the spring fair.,2026-04-01 10:00",  # a warning, first in the file
            "p1,Bins are collected on Thursday.,2026-04-02 10:00",
            "p2,The library opens at 9am.,2026-04-03 10:00",
            "f1,Call Jane Smith on 07700 900123 about the fair.,2026-04-10 10:00"]  # a failure, last
    schedule.write_text("\n".join(rows) + "\n", encoding="utf-8")
    code, out, _ = run_cli("batch", str(schedule), "--format", "rich")
    assert code == 1
    assert out.index("Not ready to post (1)") < out.index("about the fair") < out.index("Check before posting (1)") < out.index("organize")
    assert "Bins are collected" not in out
    # three consecutive days are one row with their counts; a day on its own is another
    assert re.search(r"Wed 01 Apr–Fri 03 Apr 2026\s+3\s+0\s+1", out), out
    assert re.search(r"Fri 10 Apr 2026\s+1\s+1\s+0", out), out
    assert out.count("period from 30 March 2026") == 1
