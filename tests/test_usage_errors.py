"""Usage errors: exit 2 and ONE line saying what was wrong; "internal error" only for real bugs."""
from __future__ import annotations

import pytest

from checker import __version__


def one_error_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    (line,) = lines
    assert line.startswith("postcheck: error: "), line
    assert "internal error" not in line and "Traceback" not in err
    return line


@pytest.mark.parametrize("args, expected", [
    (["check", "x", "--bogus"], "no such option: --bogus"),
    (["check", "--fromat", "json", "x"], "did you mean --format?"),
    (["batch", "--jobs", "abc", "x.csv"], "--jobs / -j 'abc': not a whole number"),
    (["batch", "--jobs=abc", "x.csv"], "'abc'"),
    (["hook"], "hook: missing FILE..."),
    (["batch"], "batch: missing FILE.csv"),
    (["calendar", "--from", "9999-12-01"], "--from: '9999-12-01' is outside"),
    (["check", "x", "--at", "9999-12-31T23:00"], "--at"),
    (["rules", "--format", "xml"], "--format: 'xml'"),
    (["check", "x", "y"], "unexpected extra argument"),
    (["calendar", "--months"], "--months"),
])
def test_usage_errors_are_one_line_and_exit_2(run_cli, args, expected):
    code, _, err = run_cli(*args)
    assert code == 2
    assert expected in one_error_line(err)


def test_misspelt_short_option_gets_the_nearest(run_cli):
    code, _, err = run_cli("batch", "x.csv", "--html-report", "r.html")
    assert code == 2
    assert "did you mean --html?" in one_error_line(err)


def test_unreadable_files_are_usage_errors(run_cli, tmp_path):
    (tmp_path / "folder.txt").mkdir()
    (tmp_path / "binary.txt").write_bytes(b"\xff\xfe\x00\x00\xff")
    for args in (["check", "--file", "missing.txt"], ["check", "--file", "folder.txt"],
                 ["check", "--file", "binary.txt"], ["hook", "missing.md"], ["batch", "missing.csv"]):
        code, _, err = run_cli(*args)
        assert code == 2, args
        one_error_line(err)


@pytest.mark.parametrize("config, expected", [
    (b'fail_on = 1\n', "fail_on"),
    (b'council = "\xff"\n', "not UTF-8"),
    (b'[checks.profanity]\nallow = [1]\n', "[checks.profanity] allow: item 1"),
    (b'[checks.personal_data]\nallow = ["ok", true]\n', "item 2"),
    (b'[checks.plain_english]\nmax_sentence_words = "long"\n', "expected int"),
    (b'select = "profanity"\n', "select"),
    (b'[checks.purdah]\nelections = [1]\n', "elections"),
    (b'council = \n', "not valid TOML"),
])
def test_bad_config_values_are_usage_errors(run_cli, tmp_path, config, expected):
    (tmp_path / "postcheck.toml").write_bytes(config)
    code, _, err = run_cli("check", "Bins go out on Monday")
    assert code == 2
    assert expected in one_error_line(err)


@pytest.mark.parametrize("flag", ["--version", "-V"])
def test_version(run_cli, flag):
    code, out, err = run_cli(flag)
    assert code == 0 and out.strip() == f"postcheck {__version__}" and not err


def test_a_real_bug_is_still_an_internal_error(run_cli, monkeypatch):
    import checker.cli

    def broken(*_args, **_kwargs):
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(checker.cli, "Pipeline", broken)
    code, _, err = run_cli("check", "Bins go out on Monday")
    assert code == 2 and "internal error: ZeroDivisionError" in err


def test_version_is_the_package_version_and_in_the_changelog():
    import tomllib
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    declared = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert declared == __version__
    assert f"## {__version__}" in (root / "CHANGELOG.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("command", [[], ["check"], ["batch"], ["hook"], ["rules"], ["calendar"]])
def test_help_shows_config_table_and_no_bool_metavar(run_cli, monkeypatch, command):
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.setenv("TERM", "dumb")
    code, out, _ = run_cli(*command, "--help")
    assert code == 0 and "Usage:" in out
    assert "<bool>" not in out
    if command and command[0] != "rules":
        assert "[tool.postcheck]" in out and "\\[" not in out


def test_permission_denied_is_a_usage_error(run_cli, tmp_path, monkeypatch):
    import builtins

    import checker.config
    import checker.inputs.files

    def denied(path, *args, **kwargs):
        if str(path).endswith(("secret.txt", "secret.csv", "postcheck.toml")):
            raise PermissionError(13, "Permission denied")
        return builtins.open(path, *args, **kwargs)

    monkeypatch.setattr(checker.inputs.files, "open", denied, raising=False)
    monkeypatch.setattr(checker.config, "open", denied, raising=False)
    for name in ("secret.txt", "secret.csv", "postcheck.toml"):
        (tmp_path / name).write_text("text\nBins on Monday\n", encoding="utf-8")
    for args in (["check", "--file", "secret.txt"], ["hook", "secret.txt"], ["batch", "secret.csv"], ["check", "x"]):
        code, _, err = run_cli(*args)
        assert code == 2, args
        assert "Permission denied" in one_error_line(err)
