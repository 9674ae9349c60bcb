"""The terminal report: one screen for a draft, findings marked without colour, nothing raw printed."""
from __future__ import annotations

import io
from datetime import datetime

import pytest
from rich.console import Console

from checker.config import Config
from checker.model import Post
from checker.pipeline import Pipeline
from checker.report import ReportSettings, make
from checker.report.marked import wrap
from checker.report.visible import visible

# Five findings: text language, two American spellings, a misspelling and a private phone number
# (the phone number cites five councils' clauses).
FIVE = "Pls help us organize the recieve day at the town center. Call Jane Smith on 07700 900123."
WHEN = datetime(2026, 9, 15, 10, 0)


def report(text: str, width: int = 80, explain: bool = False, color: bool = True) -> tuple[list[str], list]:
    result = Pipeline(Config(), now=WHEN).check(Post(text, scheduled=WHEN))
    console = Console(width=width, record=True, file=io.StringIO(), highlight=False, soft_wrap=False,
                      no_color=not color, force_terminal=color)
    reporter = make("rich-draft", ReportSettings(io.StringIO(), console, explain=explain))
    reporter.add(result)
    reporter.close()
    return console.export_text().splitlines(), result.findings


def test_a_five_finding_draft_fits_in_thirty_lines_at_80_columns():
    lines, found = report(FIVE)
    assert len(found) == 5
    assert len(lines) <= 30, "\n".join(lines)
    assert all(len(line.rstrip()) <= 80 for line in lines)
    assert lines[-1].startswith("✖ Not ready to post: 1 error, 4 warnings")
    # each clause is described once, not once per finding that cites it
    assert sum(line.startswith("solihull-3.5") for line in lines) == 1


def test_each_finding_is_marked_under_its_words_without_colour():
    lines, found = report(FIVE, color=False)
    draft, markers = lines[0], lines[1]
    for number, finding in enumerate(found[:4], 1):
        column = draft.index(finding.text)
        assert markers[column:column + len(finding.text)] == "^" * len(finding.text)
        assert markers[column + len(finding.text)] == str(number)[0]


def test_each_finding_names_severity_rule_and_what_to_write():
    lines, _ = report(FIVE)
    text = "\n".join(lines)
    assert "1 ▲ warning spelling.text-language: 'Pls' is text language." in text
    assert "→ Write 'organise'." in text and "✖ error" in text and "sandwell-5.4" in text


def test_explain_prints_clauses_in_full_and_why_each_rule_matters():
    short, _ = report(FIVE)
    full, _ = report(FIVE, explain=True)
    assert any(line.endswith("…") for line in short)  # one line a clause by default
    text = " ".join(" ".join(full).split())
    assert "no impersonation" in text and "Why" in full and "Clauses" in full
    assert "Councils write British English" in text


def test_marker_lines_follow_wide_characters_and_wrapping():
    lines, found = report("🎉🎉 Help us organize the fair. " + "It is on Monday. " * 6 + "Meet at the center.", width=60, color=False)
    assert [f.text for f in found] == ["organize", "center"]
    for finding in found:
        row = next(i for i, line in enumerate(lines) if finding.text in line)
        # emoji take two cells; the markers still sit under the word
        column = lines[row].index(finding.text) + lines[row][: lines[row].index(finding.text)].count("🎉")
        assert lines[row + 1][column:column + len(finding.text)] == "^" * len(finding.text)


def test_wrap_breaks_at_spaces_and_keeps_newlines():
    text = "one two three\nfour"
    assert [text[a:b] for a, b in wrap(text, 9)] == ["one two", "three", "four"]


@pytest.mark.parametrize("raw, shown", [("\x1b[2J", "␛[2J"), ("a\rb", "a␍b"), ("\x07", "␇"), ("\x08", "␈"),
                                         ("\x85", "\\x85"), ("\u202e", "\\u202e"), ("\u2066", "\\u2066")])
def test_control_and_direction_characters_are_shown(raw, shown):
    assert visible(raw) == shown


def test_emoji_joiners_and_newlines_are_left_alone():
    assert visible("👩\u200d🚒\nok") == "👩\u200d🚒\nok"


ATTACK = "Pls \x1b[2J\x1b]0;owned\x07 organize\rthe day\u202e at the center"


def test_an_escape_sequence_in_a_draft_never_reaches_stdout_raw(run_cli):
    _, out, _ = run_cli("check", ATTACK, "--format", "rich")
    assert "\x1b" not in out and "\x07" not in out and "\r" not in out and "\u202e" not in out
    assert "␛[2J" in out
    _, out, _ = run_cli("check", ATTACK, "--format", "json")
    assert "\x1b" not in out  # JSON escapes control characters itself (\u001b)


def test_an_escape_sequence_in_a_file_never_reaches_the_text_output(run_cli, tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text(ATTACK, encoding="utf-8")
    for fmt in ("text", "rich"):
        _, out, _ = run_cli("hook", str(draft), "--format", fmt)
        assert "\x1b" not in out and "\x07" not in out and "\r" not in out and "\u202e" not in out
        assert "spelling" in out
