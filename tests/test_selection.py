"""ruff's habits: --select/--ignore/--extend-select, --statistics, -q, config found upwards,
per-file-ignores."""
from __future__ import annotations

import json
import subprocess

import pytest

from checker.config import Config, discover, from_dict
from checker.selection import decide

SCHEDULE = 'text,scheduled\n"What the fuck, bloody hell",2026-09-20 10:00\n"Bloody bins again, shit",2026-09-21 10:00\n'


@pytest.fixture
def schedule(tmp_path):
    (tmp_path / "s.csv").write_text(SCHEDULE, encoding="utf-8")
    return "s.csv"


def rules_in(out: str) -> set[str]:
    return {f["rule"] for post in json.loads(out)["posts"] for f in post["findings"]}


def test_more_specific_selector_wins_and_ignore_wins_ties():
    assert decide("endorsement.offer", ["endorsement.offer"], ["endorsement"])
    assert not decide("endorsement.offer", ["endorsement"], ["endorsement.offer"])
    assert not decide("endorsement.offer", ["endorsement"], ["endorsement"])
    assert decide("profanity.mild", None, [])
    assert not decide("profanity.mild", ["endorsement"], [])
    assert decide("profanity.mild", ["ALL"], ["endorsement"])


@pytest.mark.parametrize("command", ["batch", "hook"])
def test_select_ignore_extend_select_on_the_command_line(run_cli, schedule, command):
    _, out, _ = run_cli(command, schedule, "-f", "json", "--select", "profanity.mild")
    assert rules_in(out) == {"profanity.mild"}
    _, out, _ = run_cli(command, schedule, "-f", "json", "--select", "profanity", "--ignore", "profanity.mild")
    assert rules_in(out) == {"profanity.swear-word"}
    _, out, _ = run_cli(command, schedule, "-f", "json", "--select", "profanity.mild", "--extend-select", "profanity.swear-word")
    assert rules_in(out) == {"profanity.mild", "profanity.swear-word"}
    _, out, _ = run_cli(command, schedule, "-f", "json", "--select", "profanity.mild,profanity.swear-word")
    assert rules_in(out) == {"profanity.mild", "profanity.swear-word"}


def test_check_takes_the_same_options(run_cli):
    code, out, _ = run_cli("check", "What the fuck, bloody hell", "-f", "json", "--ignore", "profanity.swear-word")
    assert rules_in(out) == {"profanity.mild"} and code == 0


def test_cli_select_replaces_config_and_ignore_adds(run_cli, tmp_path, schedule):
    (tmp_path / "postcheck.toml").write_text('select = ["profanity.mild"]\nignore = ["spelling"]\n', encoding="utf-8")
    _, out, _ = run_cli("hook", schedule, "-f", "json")
    assert rules_in(out) == {"profanity.mild"}
    _, out, _ = run_cli("hook", schedule, "-f", "json", "--select", "profanity.swear-word")
    assert rules_in(out) == {"profanity.swear-word"}


def test_unknown_selector_names_the_nearest(run_cli, schedule):
    code, _, err = run_cli("hook", schedule, "--select", "profanty")
    assert code == 2 and "did you mean profanity?" in err


def test_renamed_rule_ids_are_followed(monkeypatch):
    import checker.selection

    monkeypatch.setattr(checker.selection, "current_id", lambda rule_id: {"profanity.light": "profanity.mild"}.get(rule_id, rule_id))
    config = Config()
    config.command_line(["profanity.light"], None, None)
    assert config.select == ["profanity.mild"]


def test_statistics_counts_per_rule(run_cli, schedule):
    code, out, _ = run_cli("batch", schedule, "--statistics", "-f", "json")
    counts = {row["rule"]: row["count"] for row in json.loads(out)}
    assert counts == {"profanity.mild": 2, "profanity.swear-word": 2}
    assert code == 1
    _, out, _ = run_cli("hook", schedule, "--statistics")
    assert out.splitlines()[0].split()[:2] == ["2", "profanity.mild"]


def test_quiet_prints_findings_only(run_cli, schedule):
    _, out, _ = run_cli("hook", schedule)
    assert "post(s) checked" in out
    code, out, err = run_cli("hook", schedule, "-q")
    assert code == 1 and "post(s) checked" not in out and "profanity/swear-word" in out


def git_repo(path):
    subprocess.run(["git", "init", "-q", str(path)], check=True)


def test_config_found_upwards_to_the_repository_root(tmp_path):
    git_repo(tmp_path / "repo")
    (tmp_path / "repo" / "postcheck.toml").write_text('council = "woking"\n', encoding="utf-8")
    deep = tmp_path / "repo" / "posts" / "2026"
    deep.mkdir(parents=True)
    assert discover(None, cwd=deep).council == "woking"
    # the closest wins, pyproject without [tool.postcheck] is passed over
    (tmp_path / "repo" / "posts" / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    assert discover(None, cwd=deep).council == "woking"
    (tmp_path / "repo" / "posts" / "pyproject.toml").write_text('[tool.postcheck]\ncouncil = "sandwell"\n', encoding="utf-8")
    assert discover(None, cwd=deep).council == "sandwell"


def test_config_above_the_repository_root_is_not_used(tmp_path):
    (tmp_path / "postcheck.toml").write_text('council = "woking"\n', encoding="utf-8")
    git_repo(tmp_path / "repo")
    assert discover(None, cwd=tmp_path / "repo").council is None


def test_per_file_ignores_with_globs(tmp_path):
    config = from_dict({"per-file-ignores": {"archive/**": ["profanity"], "*.csv": ["profanity.mild"],
                                             "posts/2026/*.md": ["spelling.misspelling"]}}, base=tmp_path)
    assert config.ignored("profanity.swear-word", str(tmp_path / "archive" / "old" / "a.txt"))
    assert not config.ignored("profanity.swear-word", str(tmp_path / "posts" / "a.txt"))
    assert config.ignored("profanity.mild", str(tmp_path / "deep" / "plan.csv") + ":12")
    assert not config.ignored("profanity.swear-word", str(tmp_path / "plan.csv:3"))
    assert config.ignored("spelling.misspelling", str(tmp_path / "posts" / "2026" / "x.md"))
    assert not config.ignored("spelling.misspelling", str(tmp_path / "posts" / "2025" / "x.md"))
    assert not config.ignored("profanity.mild", "<arg>")


def test_per_file_ignores_in_a_hook_run(run_cli, tmp_path):
    (tmp_path / "postcheck.toml").write_text('[per-file-ignores]\n"archive/*.txt" = ["profanity.mild"]\n', encoding="utf-8")
    (tmp_path / "archive").mkdir()
    (tmp_path / "archive/old.txt").write_text("What a bloody mess on Station Road\n", encoding="utf-8")
    (tmp_path / "new.txt").write_text("The bloody bins are late on Elm Grove\n", encoding="utf-8")
    code, out, _ = run_cli("hook", "archive/old.txt", "new.txt", "-q")
    assert "new.txt:1:5: warning profanity/mild" in out and "archive/old.txt" not in out


def test_per_file_ignores_must_name_rules(tmp_path):
    from checker.errors import UsageError

    with pytest.raises(UsageError, match="per-file-ignores"):
        from_dict({"per-file-ignores": {"*.csv": ["profanty"]}})
    with pytest.raises(UsageError, match="per-file-ignores"):
        from_dict({"per-file-ignores": {"*.csv": "profanity"}})
