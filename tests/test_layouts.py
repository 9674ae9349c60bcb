"""Every scheduling tool's layout, time zones, date order and encodings: each fixture holds a
councillor quote scheduled for 20 April 2026 (inside the period before the 7 May 2026 poll),
so reading the schedule right shows as a purdah finding, and reading it wrong as none."""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import parse_json

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"
QUOTE = "Cllr Jane Smith said the new play area"


def fixture(name: str) -> str:
    return str(LAYOUTS / name)


def batch(run_cli, name: str, *args: str) -> tuple[dict, str]:
    code, out, err = run_cli("batch", fixture(name), "--format", "json", *args)
    assert code in (0, 1), err
    return parse_json(out), err


def purdah(post: dict) -> bool:
    return any(f["check"] == "purdah" and f["severity"] in ("error", "warning") for f in post["findings"])


# name -> the layout it is read as (documented, or a guess read by meaning)
FIXTURES = {
    "hootsuite.csv": "documented", "buffer.csv": "documented", "sprout.csv": "documented",
    "socialbee.csv": "documented", "highlevel.csv": "documented", "ayrshare.csv": "documented",
    "postfast.csv": "documented", "publer.csv": "documented", "postpickr.csv": "documented",
    "postcron.csv": "documented", "postcron_header.csv": "documented",
    "meta_guess.csv": "guess", "later_guess.csv": "guess", "sendible_guess.csv": "guess",
    "loomly_guess.csv": "guess", "split_date_time.csv": "case",
}


@pytest.mark.parametrize("name", sorted(FIXTURES))
def test_each_layout_reads_the_schedule_and_the_quote_is_in_the_period(run_cli, name):
    report, err = batch(run_cli, name)
    quote, other = report["posts"]
    assert quote["scheduled"] == "2026-04-20T10:00:00"
    assert purdah(quote), f"{name}: the councillor quote on 20 April 2026 must be a purdah finding"
    assert other["scheduled"] == "2026-04-21T09:00:00" and not purdah(other)
    assert "warnings" not in report["summary"] and "warning" not in err


@pytest.mark.parametrize(
    "name, expected",
    [
        ("hootsuite.csv", "hootsuite"), ("buffer.csv", "buffer"), ("sprout.csv", "sprout"),
        ("socialbee.csv", "socialbee"), ("highlevel.csv", "highlevel"), ("ayrshare.csv", "ayrshare"),
        ("postfast.csv", "postfast"), ("publer.csv", "publer"), ("postpickr.csv", "postpickr"),
        ("postcron.csv", "postcron"), ("postcron_header.csv", "postcron"), ("meta_guess.csv", "generic"),
        ("loomly_guess.csv", "meta"),
    ],
)
def test_layouts_are_told_apart_from_the_first_row(name, expected):
    from checker.inputs.csv_posts import CsvPosts

    source = CsvPosts(fixture(name))
    try:
        assert source.layout.name == expected
    finally:
        source.close()


def test_ids_are_not_taken_from_an_account_id_column(run_cli):
    report, _ = batch(run_cli, "postfast.csv")
    assert [post["id"] for post in report["posts"]] == ["1", "2"]


@pytest.mark.parametrize(
    "row, scheduled, in_period",
    [
        (0, "2026-05-07T22:30:00", False),  # 21:30Z on polling day is 22:30 BST: the poll has closed
        (1, "2026-05-07T21:30:00", True),   # 20:30Z is 21:30 BST: still inside
        (2, "2026-03-29T23:30:00", False),  # 00:30+02:00 on 30 March is 23:30 the day before in the UK
        (3, "2026-04-20T10:00:00", True),
    ],
)
def test_offsets_are_converted_to_uk_time_before_any_rule_reads_them(run_cli, row, scheduled, in_period):
    report, _ = batch(run_cli, "utc_polling_day.csv")
    post = report["posts"][row]
    assert post["scheduled"] == scheduled
    assert purdah(post) is in_period


def test_a_file_with_month_first_only_dates_is_read_month_first_and_says_so(run_cli):
    report, err = batch(run_cli, "month_first.csv")
    bins, quote = report["posts"]
    assert quote["scheduled"] == "2026-04-20T10:00:00" and purdah(quote)
    assert bins["scheduled"] == "2026-05-04T09:00:00"  # 05/04 read the same way as 04/20, not as 5 April
    (warning,) = report["summary"]["warnings"]
    assert "month first" in warning and "row 3" in warning and warning in err


def test_day_first_stays_the_default_when_nothing_contradicts_it(run_cli):
    report, _ = batch(run_cli, "day_first_default.csv")
    quote, bins = report["posts"]
    assert quote["scheduled"] == "2026-04-03T10:00:00" and purdah(quote)  # month first would be 4 March
    assert bins["scheduled"] == "2026-04-05T09:00:00"
    assert "warnings" not in report["summary"]


def test_a_file_that_cannot_be_read_one_way_is_an_error_naming_both_options(run_cli):
    code, out, err = run_cli("batch", fixture("undecidable.csv"), "--format", "json")
    assert code == 2 and out == ""
    assert "--day-first" in err and "--month-first" in err and "row 2" in err and "row 3" in err
    assert len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("option, quote_when, problem_row", [("--day-first", "2026-04-20T10:00:00", "row 3"),
                                                              ("--month-first", None, "row 2")])
def test_an_order_given_reads_every_date_that_way_and_reports_the_rest(run_cli, option, quote_when, problem_row):
    report, _ = batch(run_cli, "undecidable.csv", option)
    problems = [post["problem"] for post in report["posts"] if "problem" in post]
    assert len(problems) == 1 and problems[0].startswith(problem_row)
    assert report["posts"][0]["scheduled"] == quote_when


def test_both_orders_at_once_is_a_usage_error(run_cli):
    code, _, err = run_cli("batch", fixture("sprout.csv"), "--day-first", "--month-first")
    assert code == 2 and "not both" in err


@pytest.mark.parametrize(
    "name",
    ["excel_unicode_text.txt", "utf16le_no_bom.csv", "utf16be_no_bom.csv", "mac_roman.csv",
     "windows_1252.csv", "utf8_bom.csv", "utf8.csv"],
)
def test_encodings_keep_the_text_and_the_schedule(run_cli, name):
    report, _ = batch(run_cli, name, "--show-personal-data")
    (post,) = report["posts"]
    assert post["scheduled"] == "2026-04-20T10:00:00" and purdah(post)
    # the dash and the pound sign survive (a wrong guess turns "–" into "Ð" or "â€“")
    from checker.inputs.csv_posts import CsvPosts

    source = CsvPosts(fixture(name))
    (item,) = list(source.items())
    assert "play area – free, £0 – is great" in item.text


def test_batch_with_no_date_column_warns_once_on_stderr_and_in_the_report(run_cli):
    report, err = batch(run_cli, "no_date_column.csv")
    (warning,) = report["summary"]["warnings"]
    assert "both posts had no readable schedule" in warning and "judged as of now" in warning
    assert "'id', 'text', 'platform'" in warning and "--date-column" in warning
    assert err.count("postcheck: warning:") == 1 and warning in err
    assert all(post["scheduled"] is None for post in report["posts"])


def test_only_the_posts_without_a_date_are_counted(run_cli, tmp_path):
    path = tmp_path / "some.csv"
    path.write_text("text,scheduled\nBins on Monday.,20/04/2026 10:00\nLibrary open late.,\nPark run Saturday.,\n",
                    encoding="utf-8")
    code, out, err = run_cli("batch", str(path), "--format", "json")
    (warning,) = parse_json(out)["summary"]["warnings"]
    assert "2 of 3 posts" in warning and "empty date cells in 'scheduled'" in warning


@pytest.mark.parametrize("fmt", ["csv", "rich"])
def test_the_warning_shows_in_csv_and_rich_reports(run_cli, fmt):
    code, out, err = run_cli("batch", fixture("no_date_column.csv"), "--format", fmt)
    assert "had no readable schedule" in " ".join(out.split())  # Rich wraps long lines
    assert "had no readable schedule" in err


def test_the_warning_shows_in_the_html_report(run_cli, tmp_path):
    page = tmp_path / "report.html"
    run_cli("batch", fixture("no_date_column.csv"), "--format", "json", "--html", str(page))
    html = page.read_text(encoding="utf-8")
    assert "<h2>Warnings</h2>" in html and "had no readable schedule" in html
