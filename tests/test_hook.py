"""`postcheck hook`: content files (txt, md with front matter, csv), suppressions, positions, formats."""
import json

from pathlib import Path

import pytest

from checker.cli import main
from checker.inputs.content_files import read_content_files
from checker.model import Post, Result


def run(capsys, *args):
    with pytest.raises(SystemExit) as exit_info:
        main(["hook", *map(str, args)])
    out, err = capsys.readouterr()
    return exit_info.value.code, out, err


def write(tmp_path, name, content):
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


MARKDOWN = """---
platform: x
scheduled: 20/04/2026 10:00
account: "@SolihullCouncil"
approval: COMMS-14
---

Bins go out on Monday.
<!-- a note for the author,
     over two lines -->
This is shit.
"""


def test_front_matter_goes_into_the_post(tmp_path):
    (post,) = read_content_files([write(tmp_path, "a.md", MARKDOWN)])
    assert isinstance(post, Post)
    assert post.text == "Bins go out on Monday.\nThis is shit."
    assert post.scheduled.isoformat() == "2026-04-20T10:00:00"
    assert post.meta["platform"] == "x" and post.meta["account"] == "@SolihullCouncil"
    assert post.meta["approval"] == "COMMS-14"
    assert post.first_line == 8


def test_line_numbers_point_into_the_file(tmp_path, capsys):
    path = write(tmp_path, "a.md", MARKDOWN)
    code, out, _ = run(capsys, path)
    assert code == 1
    # "shit" is on line 11 (after front matter, a blank line and a two-line comment), column 9.
    assert f"{path}:11:9: error profanity/" in out


def test_plain_text_line_and_column(tmp_path, capsys):
    path = write(tmp_path, "post.txt", "Bins go out on Monday.\nThis is shit.\n")
    code, out, _ = run(capsys, path)
    assert code == 1 and f"{path}:2:9: error profanity/swear-word" in out


def test_clean_files_pass_silently(tmp_path, capsys):
    code, out, err = run(capsys, write(tmp_path, "a.txt", "Bins go out on Monday.\n"),
                         write(tmp_path, "b.md", "---\nplatform: bluesky\n---\nLibraries open at 9am.\n"))
    # Nothing on standard output; standard error says once that the drafts had no schedule.
    assert (code, out) == (0, "")
    assert err.count("postcheck: warning:") == 1 and "a.txt, b.md: both posts had no readable schedule" in err


def test_other_file_types_are_skipped(tmp_path, capsys):
    image = write(tmp_path, "photo.png", b"\x89PNG\r\n\x1a\n\x00\x00binary")
    data = write(tmp_path, "notes.json", '{"text": "shit"}')
    assert run(capsys, image, data) == (0, "", "")


@pytest.mark.parametrize("name,content", [
    ("bad.txt", b"\x00\x01\x02binary"),
    ("bad.md", "caf\xe9".encode("latin-1")),
    ("bad.csv", b"text\n\x00\x00"),
])
def test_binary_or_undecodable_file_is_an_error_naming_it(tmp_path, capsys, name, content):
    path = write(tmp_path, name, content)
    code, out, err = run(capsys, write(tmp_path, "ok.txt", "Hello"), path)
    assert code == 2 and out == ""
    assert str(path) in err and "Traceback" not in err


def test_bad_front_matter_is_an_error(tmp_path, capsys):
    path = write(tmp_path, "a.md", "---\nplatform: [x\n---\nHello\n")
    code, _, err = run(capsys, path)
    assert code == 2 and str(path) in err and "front matter" in err


def test_csv_schedule_is_checked_as_in_batch(tmp_path, capsys):
    path = write(tmp_path, "campaign.csv", "id,text,platform\np1,Bins go out on Monday,x\np2,This is shit,x\n")
    code, out, _ = run(capsys, path)
    assert code == 1
    assert f"{path}:3:12: error profanity/swear-word" in out  # the column on the line, not in the cell
    assert ":2:" not in out


def test_csv_platform_column_feeds_length(tmp_path, capsys):
    path = write(tmp_path, "campaign.csv", f"text,platform\n{'a' * 300},x\n{'a' * 300},facebook\n")
    code, out, _ = run(capsys, path)
    assert code == 1 and out.count("length/too-long") == 1


def test_platform_option_applies_to_files_without_one(tmp_path, capsys):
    txt = write(tmp_path, "a.txt", "a " * 150)
    md = write(tmp_path, "b.md", "---\nplatform: facebook\n---\n" + "a " * 150)
    code, out, _ = run(capsys, "--platform", "x", txt, md)
    too_long = [line for line in out.splitlines() if "length/too-long" in line]
    assert code == 1 and len(too_long) == 1 and too_long[0].startswith(f"{txt}:1:")


def test_unknown_platform_option_is_exit_2(tmp_path, capsys):
    code, _, err = run(capsys, "--platform", "myspace", write(tmp_path, "a.txt", "Hello"))
    assert code == 2 and "myspace" in err


SUPPRESSED_COMMENT = """Our partner Joe's Cafe is the best in town, visit them!
<!-- postcheck: ignore endorsement.recommendation -- approved partner promotion, ref COMMS-14 -->
"""


def test_comment_suppression_with_reason(tmp_path, capsys):
    path = write(tmp_path, "a.md", SUPPRESSED_COMMENT)
    code, out, _ = run(capsys, path)
    assert "endorsement/recommendation" not in out
    code, out, _ = run(capsys, "--verbose", path)
    assert "suppressed endorsement/recommendation: approved partner promotion, ref COMMS-14" in out


def test_front_matter_suppression_with_reason(tmp_path, capsys):
    text = ('---\npostcheck-ignore: {endorsement.recommendation: "approved partner promotion, ref COMMS-14"}\n---\n'
            "Our partner Joe's Cafe is the best in town, visit them!\n")
    path = write(tmp_path, "a.md", text)
    _, out, _ = run(capsys, "--verbose", path)
    assert "error endorsement" not in out and "warning endorsement/recommendation" not in out
    assert f"{path}:4:" in out and "suppressed endorsement/recommendation" in out


def test_suppression_is_narrow(tmp_path, capsys):
    # Ignoring one rule does not hide another check's findings.
    path = write(tmp_path, "a.md", "This is shit.\n<!-- postcheck: ignore endorsement.recommendation -- ref COMMS-14 -->\n")
    code, out, _ = run(capsys, path)
    assert code == 1 and "profanity/swear-word" in out


@pytest.mark.parametrize("text", [
    "Hello\n<!-- postcheck: ignore endorsement.recommendation -->\n",
    "Hello\n<!-- postcheck: ignore endorsement.recommendation -- -->\n",
    "Hello\n<!-- postcheck: ignore -- because -->\n",
    "---\npostcheck-ignore: {endorsement.recommendation: \"\"}\n---\nHello\n",
    "---\npostcheck-ignore: [endorsement.recommendation]\n---\nHello\n",
])
def test_suppression_without_reason_or_known_rule_is_reported(tmp_path, capsys, text):
    path = write(tmp_path, "a.md", text)
    code, out, _ = run(capsys, path)
    assert code == 1 and "error input:" in out and str(path) in out


def test_suppression_of_an_unknown_rule_is_an_error_and_the_post_is_still_checked(tmp_path, capsys):
    path = write(tmp_path, "a.md", "What a shit service\n<!-- postcheck: ignore endorsment.recomendation -- typo in the id -->\n")
    code, out, _ = run(capsys, path)
    assert code == 1 and "error suppression/unknown-rule: line 2:" in out and "did you mean endorsement.recommendation?" in out
    assert "profanity/swear-word" in out


@pytest.mark.parametrize("name,text", [("x.md", "---\nplatform: x\n---\n<!-- only a note -->\n"), ("x.txt", "\n  \n")])
def test_empty_post_is_a_problem(tmp_path, name, text):
    (result,) = read_content_files([write(tmp_path, name, text)])
    assert isinstance(result, Result) and result.problem


def test_json_format(tmp_path, capsys):
    path = write(tmp_path, "a.txt", "This is shit.")
    code, out, _ = run(capsys, "--format", "json", path)
    data = json.loads(out)
    assert code == 1 and data["posts"][0]["source"] == str(path)


def test_sarif_format(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "a.txt", "Bins go out on Monday.\nThis is shit.")
    write(tmp_path, "b.md", SUPPRESSED_COMMENT)
    code, out, _ = run(capsys, "--format", "sarif", "a.txt", "b.md")
    log = json.loads(out)
    assert code == 1 and log["version"] == "2.1.0" and "$schema" in log
    (sarif_run,) = log["runs"]
    rules = sarif_run["tool"]["driver"]["rules"]
    ids = [rule["id"] for rule in rules]
    assert "profanity.swear-word" in ids and "length.too-long" in ids
    assert all(rule["help"]["text"] and rule["shortDescription"]["text"] for rule in rules)
    results = sarif_run["results"]
    swear = next(r for r in results if r["ruleId"] == "profanity.swear-word")
    assert swear["level"] == "error" and ids[swear["ruleIndex"]] == "profanity.swear-word"
    location = swear["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "a.txt"
    assert (location["region"]["startLine"], location["region"]["startColumn"]) == (2, 9)
    suppressed = [r for r in results if r.get("suppressions")]
    assert suppressed and suppressed[0]["suppressions"][0]["justification"].startswith("approved partner")


def test_comments_are_not_checked_and_crlf_lines_count(tmp_path, capsys):
    text = "---\r\nplatform: x\r\n---\r\nBins on Monday.\r\n<!-- shit, remember to add the link -->\r\nThis is shit.\r\n"
    path = write(tmp_path, "a.md", text)
    code, out, _ = run(capsys, path)
    swear = [line for line in out.splitlines() if "profanity/" in line]
    assert code == 1 and len(swear) == 1 and swear[0].startswith(f"{path}:6:9:")


def test_hook_fails_on_warnings_as_pre_commit_runs_it_and_can_be_lowered(run_cli, tmp_path):
    # pre-commit hides a passing hook's output: a warning that passed would never be seen
    import yaml

    (hook,) = yaml.safe_load((Path(__file__).resolve().parent.parent / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    entry = hook["entry"].split()[2:]
    assert entry == ["--default-fail-on", "warning"]
    (tmp_path / "mess.txt").write_text("What a bloody mess on Station Road\n", encoding="utf-8")
    code, out, _ = run_cli("hook", *entry, "mess.txt")
    assert code == 1 and "profanity/mild" in out
    assert run_cli("hook", "mess.txt")[0] == 0  # by hand, the default is error (CONTRACT)
    assert run_cli("hook", *entry, "mess.txt", "--fail-on", "error")[0] == 0  # args lower it
    (tmp_path / "postcheck.toml").write_text('fail_on = "error"\n', encoding="utf-8")
    assert run_cli("hook", *entry, "mess.txt")[0] == 0  # and so does the config
    assert run_cli("hook", "--default-fail-on", "often", "mess.txt")[0] == 2
