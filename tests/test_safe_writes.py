"""Reports are written whole or not at all, never over the input or the config in use, and
--jobs is capped at the cores the machine gives postcheck."""
from __future__ import annotations

import json

import pytest

from checker import batch_run
from checker.errors import UsageError
from checker.pipeline import Pipeline
from checker.report.output import ReportFile

GOOD = '{"version": 1, "posts": [], "summary": {}}\n'


def schedule(tmp_path, rows: int = 5):
    lines = ["text,scheduled"] + [f"Bins go out on Monday {n} as usual,2026-09-{10 + n} 10:00" for n in range(rows)]
    (tmp_path / "posts.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")


def leftovers(tmp_path):
    return [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_a_run_that_fails_half_way_leaves_the_previous_report(run_cli, tmp_path, monkeypatch):
    schedule(tmp_path)
    (tmp_path / "keep.json").write_text(GOOD, encoding="utf-8")
    (tmp_path / "keep.html").write_text("<p>good</p>", encoding="utf-8")
    real = Pipeline.check

    def fail_at_row_3(self, post, doc=None):
        if post.id == "3":
            raise UsageError("posts.csv: row 3 cannot be read")
        return real(self, post, doc)

    monkeypatch.setattr(Pipeline, "check", fail_at_row_3)
    code, _, err = run_cli("batch", "posts.csv", "-f", "json", "--output", "keep.json", "--html", "keep.html")
    assert code == 2 and "row 3" in err
    assert (tmp_path / "keep.json").read_text(encoding="utf-8") == GOOD
    assert (tmp_path / "keep.html").read_text(encoding="utf-8") == "<p>good</p>"
    assert leftovers(tmp_path) == []


def test_a_run_that_succeeds_replaces_the_report_whole(run_cli, tmp_path):
    schedule(tmp_path)
    (tmp_path / "keep.json").write_text(GOOD, encoding="utf-8")
    code, out, err = run_cli("batch", "posts.csv", "-f", "json", "--output", "keep.json", "--html", "keep.html")
    assert code == 0, err
    assert out == ""
    assert json.loads((tmp_path / "keep.json").read_text(encoding="utf-8"))["summary"]["posts"] == 5
    assert (tmp_path / "keep.html").read_text(encoding="utf-8").rstrip().endswith("</html>")
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("config_name", ["postcheck.toml", "pyproject.toml"])
@pytest.mark.parametrize("option", ["--output", "--html"])
def test_a_report_never_goes_over_the_config_in_use(run_cli, tmp_path, config_name, option):
    schedule(tmp_path)
    body = 'fail_on = "error"\n' if config_name == "postcheck.toml" else '[tool.postcheck]\nfail_on = "error"\n'
    (tmp_path / config_name).write_text(body, encoding="utf-8")
    code, _, err = run_cli("batch", "posts.csv", "-f", "json", option, config_name)
    assert code == 2 and "config in use" in err
    assert (tmp_path / config_name).read_text(encoding="utf-8") == body


def test_report_file_discards_on_error_and_commits_on_success(tmp_path):
    target = tmp_path / "report.json"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError):
        with ReportFile(target, "--output") as out:
            out.write("half a rep")
            raise RuntimeError("disk full")
    assert target.read_text(encoding="utf-8") == "old"
    with ReportFile(target, "--output") as out:
        out.write("new")
    assert target.read_text(encoding="utf-8") == "new"
    assert leftovers(tmp_path) == []


def test_jobs_beyond_the_cores_are_capped_with_a_warning(run_cli, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(batch_run, "usable_cores", lambda: 1)
    assert batch_run.jobs_option(1) == 1
    assert batch_run.jobs_option(1000) == 1
    assert "using 1 worker" in capsys.readouterr().err
    with pytest.raises(UsageError):
        batch_run.jobs_option(0)
    schedule(tmp_path, rows=2)
    code, out, err = run_cli("batch", "posts.csv", "-f", "json", "--jobs", "64")
    assert code == 0 and "--jobs 64" in err
    assert json.loads(out)["summary"]["posts"] == 2
