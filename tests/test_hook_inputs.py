"""`hook DIR` and where a CSV finding is: the file's real line and column."""
from __future__ import annotations

from checker.inputs.csv_posts import cell_start

SCHEDULE = ('id,text,scheduled\n'
            '7,"He said ""bloody"" twice, bloody hell",2026-09-20 10:00\n'
            '8,"First line\nthen a shit service",2026-09-21 10:00\n'
            '9,plain bloody text,2026-09-22 10:00\n')


def test_csv_findings_point_at_the_column_on_the_line(run_cli, tmp_path):
    (tmp_path / "c.csv").write_text(SCHEDULE, encoding="utf-8")
    _, out, _ = run_cli("hook", "c.csv", "--select", "profanity", "-q")
    places = [line.split(": ")[0] for line in out.splitlines()]
    # "bloody" after a doubled quote, "bloody hell" after two, a line inside a cell, an unquoted cell
    assert places == ["c.csv:2:14", "c.csv:2:30", "c.csv:4:8", "c.csv:5:9"]


def test_cell_start_counts_quotes_and_separators():
    assert cell_start('a;"b;c";"x""y"\n', 2, ";") == (0, 10, (1,))
    assert cell_start('"multi\nline",text\n', 1, ",") == (1, 7, ())
    assert cell_start('only\n', 0, ",") == (0, 1, ())


def test_hook_on_a_folder_checks_the_files_inside(run_cli, tmp_path):
    (tmp_path / "posts" / "2026").mkdir(parents=True)
    (tmp_path / "posts" / "2026" / "a.txt").write_text("What a shit service.\n", encoding="utf-8")
    (tmp_path / "posts" / "b.md").write_text("The bloody bins.\n", encoding="utf-8")
    (tmp_path / "posts" / "image.png").write_bytes(b"\x89PNG\r\n")
    (tmp_path / "posts" / ".git").mkdir()
    (tmp_path / "posts" / ".git" / "x.txt").write_text("shit\n", encoding="utf-8")
    code, out, _ = run_cli("hook", "posts", "-q")
    assert code == 1
    assert [line.split(":")[0] for line in out.splitlines()] == ["posts/2026/a.txt", "posts/b.md"]


def test_hook_refuses_a_folder_with_nothing_to_check(run_cli, tmp_path):
    (tmp_path / "empty").mkdir()
    code, _, err = run_cli("hook", "empty")
    assert code == 2 and "empty: a folder with no .txt, .md or .csv files" in err


def test_hook_expands_patterns_the_shell_left_alone(run_cli, tmp_path):
    (tmp_path / "posts").mkdir()
    (tmp_path / "posts" / "a.md").write_text("What a shit service.\n", encoding="utf-8")
    (tmp_path / "posts" / "b.txt").write_text("The bloody bins.\n", encoding="utf-8")
    code, out, _ = run_cli("hook", "posts/*.md", "-q")
    assert [line.split(":")[0] for line in out.splitlines()] == ["posts/a.md"]
    code, _, err = run_cli("hook", "nothing/*.md")
    assert code == 2 and "nothing/*.md: no files match" in err


def test_ci_formats_report_a_folder_with_nothing_in_place(run_cli, tmp_path):
    import json

    (tmp_path / "empty").mkdir()
    (tmp_path / "a.txt").write_text("What a shit service.\n", encoding="utf-8")
    code, out, err = run_cli("hook", "empty", "a.txt", "-f", "sarif")
    log = json.loads(out)
    assert code == 2 and "empty: a folder" in err
    assert log["runs"][0]["results"] and log["runs"][0]["invocations"][0]["executionSuccessful"] is False
