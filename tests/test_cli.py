"""The command line: the contract's calls, formats, exit codes and one-line errors."""
from __future__ import annotations


import pytest

from conftest import parse_json

FINDING_KEYS = {"check", "rule", "severity", "start", "end", "text", "message", "suggestion", "clauses"}


def test_swearing_fails_with_a_report(run_cli):
    code, out, err = run_cli("check", "What the fuck is this")
    assert code == 1
    assert "fuck" in out and "profanity.swear-word" in out
    assert "solihull-3.1.4" in out
    assert "Not ready to post" in out


def test_clean_draft_passes_quietly(run_cli):
    code, out, err = run_cli("check", "Scunthorpe library reopens on Monday")
    assert code == 0
    assert out.strip().startswith("✔ Ready to post")
    assert len(out.strip().splitlines()) == 1


def test_json_matches_the_contract(run_cli):
    code, out, _ = run_cli("check", "What the fuck is this", "--format", "json", "--at", "2026-04-20T10:00")
    assert code == 1
    report = parse_json(out)
    assert report["version"] == 1
    (post,) = report["posts"]
    assert post["id"] == "1" and post["source"] == "<arg>"
    assert post["scheduled"] == "2026-04-20T10:00:00"
    assert post["verdict"] == "fail"
    finding = next(f for f in post["findings"] if f["check"] == "profanity")
    assert FINDING_KEYS <= set(finding)
    assert (finding["start"], finding["end"], finding["text"]) == (9, 13, "fuck")
    assert finding["severity"] == "error"
    assert report["summary"] == {"posts": 1, "fail": 1, "warn": 0, "pass": 0}


def test_uk_day_first_at(run_cli):
    code, out, _ = run_cli("check", "Bins go out on Monday", "--format", "json", "--at", "20/04/2026 10:00")
    assert parse_json(out)["posts"][0]["scheduled"] == "2026-04-20T10:00:00"


def test_stdin_and_file(run_cli, tmp_path):
    code, out, _ = run_cli("check", "-", "--format", "json", stdin="Bollocks to the rain\n")
    assert code == 1 and parse_json(out)["posts"][0]["source"] == "<stdin>"
    draft = tmp_path / "draft.txt"
    draft.write_text("Bollocks to the rain\n", encoding="utf-8")
    code, out, _ = run_cli("check", "--file", str(draft), "--format", "json")
    assert code == 1 and parse_json(out)["posts"][0]["source"] == str(draft)


def test_fail_on_warning_and_never(run_cli):
    assert run_cli("check", "What a bloody mess on Station Road")[0] == 0
    assert run_cli("check", "What a bloody mess on Station Road", "--fail-on", "warning")[0] == 1
    assert run_cli("check", "What the fuck is this", "--fail-on", "never")[0] == 0


def test_config_is_discovered_and_validated(run_cli, tmp_path):
    (tmp_path / "postcheck.toml").write_text('ignore = ["profanity.mild"]\n', encoding="utf-8")
    code, out, _ = run_cli("check", "What a bloody mess", "--fail-on", "warning", "--format", "json")
    assert code == 0 and not parse_json(out)["posts"][0]["findings"]
    (tmp_path / "postcheck.toml").unlink()
    (tmp_path / "pyproject.toml").write_text('[tool.postcheck]\n[tool.postcheck.severity]\n"profanity.mild" = "error"\n', encoding="utf-8")
    assert run_cli("check", "What a bloody mess")[0] == 1
    other = tmp_path / "strict.toml"
    other.write_text('fail_on = "warning"\n', encoding="utf-8")
    (tmp_path / "pyproject.toml").unlink()
    assert run_cli("check", "What a bloody mess", "--config", str(other))[0] == 1


@pytest.mark.parametrize(
    "args, setup, message",
    [
        (("check", ""), None, "empty"),
        (("check", "   \n"), None, "empty"),
        (("check",), None, "no draft given"),
        (("check", "--file", "missing.txt"), None, "no such file"),
        (("check", "--file", "image.png"), lambda d: (d / "image.png").write_bytes(b"\x89PNG\x00\x00\x01"), "binary"),
        (("check", "--file", "latin1.txt"), lambda d: (d / "latin1.txt").write_bytes("caf\xe9".encode("latin-1")), "UTF-8"),
        (("check", "hello"), lambda d: (d / "postcheck.toml").write_text("colour = 1\n"), "unknown key 'colour'"),
        (("check", "hello"), lambda d: (d / "postcheck.toml").write_text("[checks.profanity]\nallwo = []\n"), "unknown key 'allwo'"),
        (("check", "hello"), lambda d: (d / "postcheck.toml").write_text("select = [\n"), "not valid TOML"),
        (("check", "hello", "--at", "next blue moon"), None, "--at"),
        (("check", "hello", "--format", "xml"), None, "--format"),
        (("check", "hello", "--fail-on", "sometimes"), None, "--fail-on"),
        (("check", "hello", "--no-such-option"), None, "no such option"),
        (("batch", "missing.csv"), None, "no such file"),
        (("hook", "missing.txt"), None, "no such file"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(run_cli, tmp_path, args, setup, message):
    if setup:
        setup(tmp_path)
    code, out, err = run_cli(*args)
    assert code == 2
    assert message in err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_batch_generic_csv(run_cli, tmp_path):
    (tmp_path / "posts.csv").write_text(
        "id,text,scheduled\np001,Bins go out on Monday,20/04/2026 10:00\np002,What the fuck,2026-04-21T09:00\n",
        encoding="utf-8",
    )
    code, out, _ = run_cli("batch", "posts.csv", "--format", "json")
    assert code == 1
    report = parse_json(out)
    assert [p["id"] for p in report["posts"]] == ["p001", "p002"]
    assert report["posts"][0]["source"] == "posts.csv:2"
    assert report["posts"][0]["scheduled"] == "2026-04-20T10:00:00"
    assert [p["verdict"] for p in report["posts"]] == ["pass", "fail"]
    assert report["summary"]["posts"] == 2


def test_rules_lists_every_check_with_clauses(run_cli):
    code, out, _ = run_cli("rules")
    assert code == 0
    assert "profanity.disguised" in out and "solihull-3.1.4" in out


def test_help_teaches(run_cli):
    code, out, _ = run_cli("check", "--help")
    assert code == 0
    for words in ("--at", "--format", "--fail-on", "--config", "--file"):
        assert words in out
