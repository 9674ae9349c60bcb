"""Suppressions in every kind of input, with a reason; unused and unknown ones reported."""
from __future__ import annotations

import json

DRAFT_TXT = ("<!-- postcheck: ignore profanity.mild -- quoting a resident, ref COMMS-9 -->\n"
             "The bloody bins, said a resident.\n"
             "What a shit service.\n")


def findings_of(out: str) -> list[list[str]]:
    return [[f["rule"] for f in post["findings"]] for post in json.loads(out)["posts"]]


def test_txt_comment_line_suppresses_and_keeps_line_numbers(run_cli, tmp_path):
    (tmp_path / "a.txt").write_text(DRAFT_TXT, encoding="utf-8")
    code, out, _ = run_cli("hook", "a.txt", "-v", "-q")
    lines = out.splitlines()
    assert lines[0].startswith("a.txt:3:8: error profanity/swear-word")
    assert lines[1] == "a.txt:2:5: suppressed profanity/mild: quoting a resident, ref COMMS-9"
    assert "<!--" not in out


def test_txt_suppression_needs_a_reason(run_cli, tmp_path):
    (tmp_path / "a.txt").write_text("<!-- postcheck: ignore profanity.mild -->\nThe bloody bins.\n", encoding="utf-8")
    code, out, _ = run_cli("hook", "a.txt", "-q")
    assert code == 1 and "needs a reason" in out


def test_ordinary_txt_is_untouched(tmp_path):
    from checker.inputs.content_files import read_content_files

    text = "Our postcheck of the bins: <!-- a note --> fine.\n<!-- not a directive -->\nSee you."
    (tmp_path / "a.txt").write_text(text + "\n", encoding="utf-8")
    (post,) = read_content_files([tmp_path / "a.txt"])
    assert post.text == text and "suppress" not in post.meta


CSV = ("text,scheduled,postcheck_ignore\n"
       '"What a bloody mess, said a resident",2026-09-20 10:00,profanity.mild -- quoting a resident ref COMMS-9\n'
       '"Bins go out on Monday",2026-09-21 10:00,profanity.mild -- old exception\n'
       '"Bins out",2026-09-22 10:00,profanity.mild\n'
       '"Bins out on Tuesday",2026-09-22 10:00,profanity.mld -- typo\n'
       '"Bloody bins and a shit service",2026-09-23 10:00,postcheck: ignore profanity.mild -- quote; profanity.swear-word -- quote too\n')


def test_csv_column_suppresses(run_cli, tmp_path):
    (tmp_path / "s.csv").write_text(CSV, encoding="utf-8")
    for command in ("batch", "hook"):
        code, out, _ = run_cli(command, "s.csv", "-f", "json")
        posts = json.loads(out)["posts"]
        assert findings_of(out) == [[], ["suppression.unused"], [], ["suppression.unknown-rule"], []]
        assert posts[2]["verdict"] == "fail"  # no reason: the row is not checked until it has one
    code, out, _ = run_cli("hook", "s.csv", "-q")
    assert "did you mean profanity.mild?" in out and "row 5, postcheck_ignore" in out


def test_markdown_unused_suppression_is_reported(run_cli, tmp_path):
    (tmp_path / "a.md").write_text("---\npostcheck-ignore:\n  profanity.mild: \"quote\"\n---\nBins go out on Monday.\n",
                                   encoding="utf-8")
    code, out, _ = run_cli("hook", "a.md", "-q", "--fail-on", "warning")
    assert code == 1 and "suppression/unused" in out
    assert run_cli("hook", "a.md", "--fail-on", "warning", "--ignore", "suppression.unused")[0] == 0


def test_unused_is_not_reported_when_the_check_did_not_run(run_cli, tmp_path):
    (tmp_path / "a.txt").write_text("<!-- postcheck: ignore profanity.mild -- quote -->\nBins on Monday.\n", encoding="utf-8")
    _, out, _ = run_cli("hook", "a.txt", "-f", "json", "--ignore", "profanity")
    assert findings_of(out) == [[]]


def test_check_file_reads_txt_suppressions(run_cli, tmp_path):
    (tmp_path / "a.txt").write_text(DRAFT_TXT, encoding="utf-8")
    code, out, _ = run_cli("check", "--file", "a.txt", "-f", "json")
    assert findings_of(out) == [["profanity.swear-word"]]
    (tmp_path / "b.txt").write_text("<!-- postcheck: ignore profanity.mild -->\nThe bloody bins.\n", encoding="utf-8")
    code, _, err = run_cli("check", "--file", "b.txt")
    assert code == 2 and "needs a reason" in err
