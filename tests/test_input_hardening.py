"""Hostile and careless input (issue 18): YAML alias bombs, broken CSV rows, header-only files,
a second text column, FIFOs and devices, and text no check could encode."""
from __future__ import annotations

import csv
import os
import time

import pytest
from conftest import parse_json


def test_a_yaml_alias_bomb_is_refused_with_one_line(run_cli, tmp_path):
    levels = ["a: &a [" + ",".join(['"lol"'] * 9) + "]"]
    for previous, name in zip("abcdefgh", "bcdefghi"):
        levels.append(f"{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]")
    path = tmp_path / "bomb.md"
    path.write_text("---\n" + "\n".join(levels) + "\n---\nBins go out on Monday.\n", encoding="utf-8")
    started = time.monotonic()
    code, out, err = run_cli("hook", str(path))
    # Expanded, this is 9**9 strings; refused, it never gets near the time a test would notice.
    assert time.monotonic() - started < 30
    assert code == 2 and out == ""
    assert "alias" in err and "*a" in err and len(err.strip().splitlines()) == 1


def test_front_matter_over_the_size_limit_is_refused(run_cli, tmp_path):
    path = tmp_path / "big.md"
    path.write_text("---\nnotes: " + "x" * 70_000 + "\n---\nBins go out on Monday.\n", encoding="utf-8")
    code, _, err = run_cli("hook", str(path))
    assert code == 2 and "front matter" in err and "at most" in err


def test_aliases_are_refused_but_anchors_alone_are_fine(run_cli, tmp_path):
    path = tmp_path / "anchor.md"
    path.write_text("---\nplatform: &p x\ndate: 2026-09-14 10:00\n---\nBins go out on Monday.\n", encoding="utf-8")
    code, out, err = run_cli("hook", str(path), "--format", "json")
    assert code == 0 and parse_json(out)["posts"][0]["scheduled"] == "2026-09-14T10:00:00"


def test_an_unterminated_quote_is_one_broken_row_and_the_rest_is_checked(run_cli, tmp_path):
    path = tmp_path / "broken.csv"
    path.write_text('id,text,scheduled\n'
                    'a1,"Bins go out on Monday.,14/09/2026 10:00\n'
                    'a2,Library open late.,15/09/2026 10:00\n'
                    'a3,Park run on Saturday.,16/09/2026 10:00\n', encoding="utf-8")
    code, out, err = run_cli("batch", str(path), "--format", "json")
    report = parse_json(out)
    posts = report["posts"]
    assert code == 1
    assert posts[0]["problem"].startswith("row 2: a quote") and posts[0]["source"].endswith(":2")
    assert [(p["id"], p["scheduled"]) for p in posts[1:]] == [("a2", "2026-09-15T10:00:00"), ("a3", "2026-09-16T10:00:00")]
    assert report["summary"]["unreadable"] == 1


def test_a_legitimate_multiline_cell_is_not_a_broken_row(run_cli, tmp_path):
    path = tmp_path / "multiline.csv"
    path.write_text('text,scheduled\n"Line one\nline two with ""quotes""",14/09/2026 10:00\nNext.,15/09/2026 10:00\n',
                    encoding="utf-8")
    _, out, _ = run_cli("batch", str(path), "--format", "json")
    posts = parse_json(out)["posts"]
    assert len(posts) == 2 and not any("problem" in p for p in posts)


def test_a_cell_over_the_csv_field_limit_is_one_broken_row(run_cli, tmp_path):
    path = tmp_path / "oversize.csv"
    path.write_text("text,scheduled\n" + "x" * 5000 + ",14/09/2026 10:00\nLibrary open late.,15/09/2026 10:00\n",
                    encoding="utf-8")
    limit = csv.field_size_limit()
    csv.field_size_limit(1000)
    try:
        code, out, err = run_cli("batch", str(path), "--format", "json")
    finally:
        csv.field_size_limit(limit)
    posts = parse_json(out)["posts"]
    assert "row 2: cannot read this row" in posts[0]["problem"] and "field limit" in posts[0]["problem"]
    assert posts[1]["scheduled"] == "2026-09-15T10:00:00" and "problem" not in posts[1]


def test_a_header_only_csv_gets_a_warning(run_cli, tmp_path):
    path = tmp_path / "empty.csv"
    path.write_text("text,scheduled\n", encoding="utf-8")
    code, out, err = run_cli("batch", str(path), "--format", "json")
    report = parse_json(out)
    assert code == 0 and report["posts"] == []
    assert any("header row but no posts" in w for w in report["summary"]["warnings"]) and "no posts" in err


def test_a_second_text_column_gets_a_warning(run_cli, tmp_path):
    path = tmp_path / "twice.csv"
    path.write_text("text,scheduled,Text\nBins on Monday.,14/09/2026 10:00,This is shit.\n", encoding="utf-8")
    code, out, err = run_cli("batch", str(path), "--format", "json")
    (warning,) = parse_json(out)["summary"]["warnings"]
    assert "more than one column is named 'text'" in warning and "columns 1 and 3" in warning


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
@pytest.mark.parametrize("args", [("batch", "{}.csv"), ("hook", "{}.md"), ("check", "--file", "{}.txt")])
def test_a_fifo_is_refused_without_opening_it(run_cli, tmp_path, args):
    target = str(tmp_path / "pipe") + args[-1][2:]
    os.mkfifo(target)
    code, out, err = run_cli(*args[:-1], target)  # opening it would block for ever
    assert code == 2 and "named pipe" in err and len(err.strip().splitlines()) == 1


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero here")
def test_a_device_is_refused(run_cli):
    code, _, err = run_cli("batch", "/dev/zero")
    assert code == 2 and "is a device" in err


def test_invalid_utf16_is_replaced_and_reported_once(run_cli, tmp_path):
    path = tmp_path / "unicode.txt"
    text = "Text\tPosting Time\nBins on Monday.\t2026-09-14 10:00\nLibrary X\t2026-09-15 10:00\n".encode("utf-16-le")
    text = text.replace("X".encode("utf-16-le"), b"\x00\xd8")  # a lone high surrogate
    path.write_bytes(b"\xff\xfe" + text)
    code, out, err = run_cli("batch", str(path), "--format", "json")
    report = parse_json(out)
    assert report["posts"][1]["scheduled"] == "2026-09-15T10:00:00"
    (warning,) = report["summary"]["warnings"]
    assert "could not be read" in warning and err.count("could not be read") == 1


def test_nul_inside_a_cell_is_replaced_and_reported(run_cli, tmp_path):
    path = tmp_path / "nul.csv"
    filler = "".join(f"Post number {n} about the bins.,14/09/2026 10:00\n" for n in range(300))  # past the binary sniff
    path.write_bytes(("text,scheduled\n" + filler + "Library\x00 open late.,15/09/2026 10:00\n").encode("utf-8"))
    code, out, err = run_cli("batch", str(path), "--format", "json")
    report = parse_json(out)
    assert "\x00" not in out and any("could not be read" in w for w in report["summary"]["warnings"])


def test_lone_surrogates_in_an_argument_are_replaced_not_a_crash(run_cli):
    code, out, err = run_cli("check", "Bins go out \udcff on Monday.")
    assert code == 0 and "internal error" not in err and "1 character that could not be read" in err
