"""Personal data is masked at the edge: no output format, no finding and no echo shows it raw."""
from __future__ import annotations

import csv
import io
import re
from collections import deque
from datetime import datetime
from types import SimpleNamespace

import pytest
from rich.console import Console

from checker.config import Config
from checker.model import Post
from checker.pipeline import Pipeline
from checker.report import FORMATS, ReportSettings, make
from checker.report.batch_report import BatchStats
from checker.report.redact import mask

# One long sentence (so plain_english quotes all of it) carrying every kind of identifier.
POST = ("Thank you to Mrs Jane Whitfield who called us from her mobile 07700 900461 yesterday about the missed "
        "bin collection at her home at 14 Larkspur Close, Shirley, Solihull B90 4QT, and who also gave us her "
        "National Insurance number QQ 12 34 56 C and her NHS number 943 476 5919 as well as her other NHS no. "
        "9434765919 and her email jane.whitfield1962@gmail.com so that we could follow up with her about it all today.")
RAW = ["07700 900461", "07700900461", "900461", "07700", "QQ 12 34 56 C", "QQ123456C", "123456",
       "943 476 5919", "9434765919", "5919", "jane.whitfield1962", "whitfield", "1962", "Larkspur", "B90 4QT"]


def leaks(output: str) -> list[str]:
    """The raw values (and their digit runs, however spaced) found in an output."""
    found = [value for value in RAW if value.lower() in output.lower()]
    digits_only = re.sub(r"[\s\-./\"',:]", "", output)
    found += [run for run in ("07700900461", "9434765919", "123456") if run in digits_only and run not in found]
    return found


@pytest.fixture(scope="module")
def result():
    pipeline = Pipeline(Config(), now=datetime(2026, 9, 15, 10, 0))
    result = pipeline.check(Post(POST, source="post.txt"))
    kinds = {f.rule for f in result.findings}
    # The post must carry what the test is about, or it proves nothing.
    assert {"personal_data.phone", "personal_data.nhs-number", "personal_data.email", "personal_data.address"} <= kinds
    assert any(f.check != "personal_data" and "07700" in f.text for f in result.findings)
    return result


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_no_format_shows_personal_data(name, result, tmp_path):
    out = io.StringIO()
    terminal = io.StringIO()
    source = SimpleNamespace(header=["text"], separator=",", rows=deque([[POST]]), notes=None)
    settings = ReportSettings(out, Console(file=terminal, width=160, color_system=None), source=source, stats=BatchStats())
    reporter = make(name, settings)
    reporter.add(result)
    reporter.close()
    output = out.getvalue() + terminal.getvalue()
    assert "NHS" in output or "nhs" in output  # the report says something about the post
    assert leaks(output) == []


def test_show_personal_data_shows_it(result):
    out = io.StringIO()
    reporter = make("json", ReportSettings(out, show_personal_data=True))
    reporter.add(result)
    reporter.close()
    assert "9434765919" in out.getvalue() and "07700 900461" in out.getvalue()


def write_posts(tmp_path):
    (tmp_path / "post.txt").write_text(POST + "\n", encoding="utf-8")
    with open(tmp_path / "posts.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["text", "scheduled", "notes"])
        writer.writerow([POST, "2026-09-15 10:00", "call back on 07700 900461"])


@pytest.mark.parametrize("args", [
    ["check", "-f", "json", POST], ["check", "-f", "rich", POST],
    ["hook", "-f", "text", "post.txt"], ["hook", "-f", "json", "post.txt"], ["hook", "-f", "sarif", "post.txt"],
    ["hook", "-f", "rich", "post.txt"], ["batch", "-f", "json", "posts.csv"], ["batch", "-f", "csv", "posts.csv"],
    ["batch", "-f", "rich", "posts.csv"],
])
def test_every_command_and_format_masks(args, run_cli, tmp_path):
    write_posts(tmp_path)
    code, out, err = run_cli(*args)
    assert code == 1, err
    assert leaks(out + err) == []


def test_batch_html_and_output_files_mask(run_cli, tmp_path):
    write_posts(tmp_path)
    code, _, err = run_cli("batch", "-f", "csv", "posts.csv", "--output", "out.csv", "--html", "out.html")
    assert code == 1, err
    for name in ("out.csv", "out.html"):
        written = (tmp_path / name).read_text(encoding="utf-8-sig")
        assert "postcheck" in written
        assert leaks(written) == [], name


@pytest.mark.parametrize("value", ["943 476 5919", "9434765919", "07700 900461", "+44 7700 900461", "QQ 12 34 56 C",
                                   "jane.whitfield1962@gmail.com", "Mrs Jane Whitfield", "14 Larkspur Close, Shirley",
                                   "GB82 WEST 1234 5698 7654 32", "4111 1111 1111 1111"])
def test_a_mask_shows_at_most_two_characters_and_keeps_length(value):
    masked = mask(value)
    assert len(masked) == len(value)
    shown = [ch for ch in masked if ch.isalnum()]
    assert len(shown) <= 2, masked


def test_a_number_is_masked_where_it_touches_letters_elsewhere_in_the_post():
    from checker.report.redact import Masker

    text = "card 4111 1111 1111 1111 paid; card 4111 1111 1111 1111card again"
    masker = Masker(text, [(5, 24)])  # the recogniser flagged the first only
    assert "4111" not in masker.text and masker.text.endswith("••11card again")


def test_touching_values_are_each_searched_for():
    from checker.report.redact import Masker

    text = "+44 7700 900461+44 7700 900461"
    masker = Masker(text, [(0, 15), (15, 30)])
    assert "900461" not in masker.string("call +44 7700 900461 now") and "7700" not in masker.text


def test_the_csv_echo_masks_the_post_cell_by_position_even_mid_word():
    # A span that ends inside a word is not found again by a bounded search of the cell: the
    # post's own cell is masked by position, as the draft is.
    from checker.model import Result
    from checker.report.redact import MaskedReporter

    text = "Ring Neil Fosterton tomorrow"
    rows = deque([["p1", text, "x"]])
    seen = []
    inner = SimpleNamespace(add=lambda result: seen.append(result))
    MaskedReporter(inner, SimpleNamespace(rows=rows)).add(Result(Post(text), [], personal=((5, 16),)))
    assert "Neil Fost" not in rows[0][1] and rows[0][1].startswith("Ring N••• F")
    assert "Neil Fost" not in seen[0].post.text


# A private person named in full once with details about them, then again in full, by first name
# alone and by title and surname: every mention is hers, and none may show in any report.
NAMED = ("Happy 90th birthday to Neil Foster, who has dementia and lives at Oak House care home in Shirley. "
         "Neil Foster has lived in the village all his life. Neil says the secret is porridge, and Mr Foster's "
         "daughter Mary-Jane Foster-Hughes, a pupil with autism at Oak Primary, agrees. Mary-Jane made him a cake; Ms Hughes iced it.")
NAMES = ["Neil", "Foster", "Mary", "Jane", "Hughes"]


def name_leaks(output: str) -> list[str]:
    return [name for name in NAMES if re.search(rf"\b{name}\b", output)]


@pytest.fixture(scope="module")
def named_result():
    result = Pipeline(Config(), now=datetime(2026, 9, 15, 10, 0)).check(Post(NAMED, source="post.txt"))
    people = [f for f in result.findings if f.rule == "personal_data.person"]
    # Only the first mentions are findings: the rest are what the masking must catch.
    assert people and not any(f.text == "Neil" for f in people)
    return result


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_no_format_shows_a_repeated_name(name, named_result):
    out, terminal = io.StringIO(), io.StringIO()
    source = SimpleNamespace(header=["text"], separator=",", rows=deque([[NAMED]]), notes=None)
    settings = ReportSettings(out, Console(file=terminal, width=160, color_system=None), source=source, stats=BatchStats())
    reporter = make(name, settings)
    reporter.add(named_result)
    reporter.close()
    output = out.getvalue() + terminal.getvalue()
    assert name_leaks(output) == [], output


def test_every_command_and_html_mask_a_repeated_name(run_cli, tmp_path):
    (tmp_path / "post.txt").write_text(NAMED + "\n", encoding="utf-8")
    with open(tmp_path / "posts.csv", "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([["text", "notes"], [NAMED, "Neil prefers mornings"]])
    ci = ("sarif", "github", "gitlab", "junit")
    # check's rich is the draft (rich-draft), hook's the stream (rich), batch's the summary (rich-batch).
    runs = [["check", "-f", f, NAMED] for f in ("rich", "json", *ci)]
    runs += [["hook", "-f", f, "post.txt"] for f in ("rich", "text", "json", *ci)]
    runs += [["batch", "-f", f, "posts.csv"] for f in ("rich", "csv", "json", *ci)]
    for args in runs:
        code, out, err = run_cli(*args)
        assert code == 1, (args, err)
        assert name_leaks(out + err) == [], (args, out + err)
    code, _, err = run_cli("batch", "-f", "csv", "posts.csv", "--output", "out.csv", "--html", "out.html")
    assert code == 1, err
    for written in ("out.csv", "out.html"):
        assert name_leaks((tmp_path / written).read_text(encoding="utf-8-sig")) == [], written


def test_a_name_part_is_masked_as_a_word_of_its_own_only():
    from checker.report.redact import Masker

    text = "Rose Hill has dementia. Rose says the roses rose early; Mrs Hill agrees with Rosemary."
    masker = Masker(text, [(0, 9)])
    assert "Rose " not in masker.text and "Hill" not in masker.text
    assert "roses rose early" in masker.text and "Rosemary" in masker.text


def test_a_name_with_a_combining_accent_is_masked_at_its_later_mentions():
    # Found by benchmarks/fuzz.py (seed 21): "Jayd\u0301en Price" was masked where found, but the
    # accent made it no name to the name-part rule, so a later "Price" stayed raw.
    from checker.report.redact import Masker

    text = "Jayd\u0301en Price is in foster care. Price won the award."
    masker = Masker(text, [(0, 13)])
    assert "Price" not in masker.text and "Jayd" not in masker.text


def test_a_value_ending_in_a_letter_is_masked_where_digits_follow_it():
    # Found by benchmarks/fuzz.py (seed 21): "QQ 12 34 56 C46 0000", an NI number run into the
    # next number, was left raw because a number may not touch digits; only its digit ends may not.
    from checker.report.redact import Masker

    text = "NI number QQ 12 34 56 C. Again: QQ 12 34 56 C46 0000. Call 07700 900461, not 07700 9004612."
    masker = Masker(text, [(10, 23), (59, 71)])
    assert "QQ 12" not in masker.text
    assert "07700 9004612" in masker.text  # a longer number is another number


def test_thousands_of_values_are_all_masked_wherever_they_recur():
    from checker.report.redact import Masker

    numbers = [f"07700 9{n:05d}" for n in range(3000)]
    text = ", ".join(numbers)
    spans, cursor = [], 0
    for number in numbers:
        spans.append((cursor, cursor + len(number)))
        cursor += len(number) + 2
    masker = Masker(text, spans)
    echoed = masker.string(" ".join(number.replace(" ", "") for number in reversed(numbers)))
    assert not re.search(r"\d{3}", echoed) and not re.search(r"\d{3}", masker.text)


def test_a_value_longer_than_the_trie_holds_is_still_masked():
    from checker.report.redact import LONGEST_IN_TRIE, Masker

    address = "x@" + "a." * (5 * LONGEST_IN_TRIE) + "com"
    text = f"Write to {address} or to {address} today"
    masker = Masker(text, [(9, 9 + len(address))])
    assert "a.a." not in masker.text and masker.text.endswith(" today")
