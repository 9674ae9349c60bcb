"""Every command example in the README runs, from a copy of examples/, with the exit code the
README implies: the files it names exist, its options exist, its shell examples (sh, PowerShell,
cmd) are the same commands."""
from __future__ import annotations

import json
import re
import shlex
import shutil
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
EXAMPLES = ROOT / "examples"
CLIPBOARD = "Bins go out on Monday as usual."

# README command -> exit code (0 nothing at --fail-on, 1 found something). A command added to
# the README must be added here, so each example is run and its outcome known.
EXPECTED = {
    'postcheck check "Bollocks to the rain - the fun run is still on!"': 1,
    'postcheck check "Bins go out on Monday"': 0,
    "pbpaste | postcheck check -": 0,
    "Get-Clipboard | postcheck check -": 0,
    "type draft.txt | postcheck check -": 1,
    "postcheck check --file draft.txt": 1,
    'postcheck check --file draft.txt --at "20/04/2026 10:00"': 1,
    'postcheck check "We will organize a program" --fix': 0,
    'postcheck check "Pls call 07700 900123" --explain': 1,
    "postcheck rules --explain spelling.american": 0,
    "postcheck batch april.csv": 1,
    "postcheck hook posts/*.md": 1,
    "postcheck hook posts\\*.md": 1,
    "postcheck hook posts\\": 1,
    "postcheck rules": 0,
    "postcheck rules --coverage --council solihull": 0,
    "postcheck calendar --months 6": 0,
    "postcheck batch april.csv -f csv -o april-checked.csv": 1,
    "postcheck batch april.csv -f json -o report.json": 1,
    "postcheck batch april.csv --html april.html": 1,
    "postcheck batch export.csv --layout hootsuite": 1,
    'postcheck batch plan.csv --text-column "Copy"': 0,
    'postcheck batch plan.csv --date-column "Go live"': 0,
    'postcheck batch plan.csv --id-column "Ref No"': 0,
    "postcheck batch sprout.csv --month-first": 1,
    "postcheck batch year.csv -j 2": 0,
    "postcheck batch april.csv --fail-on warning": 1,
    "postcheck hook posts/ --format sarif > postcheck.sarif || true": 1,
}
SHELLS = ("sh", "powershell", "bat")


def code_blocks(text: str) -> list[tuple[str, str]]:
    return re.findall(r"^```(\w*)\n(.*?)^```", text, flags=re.DOTALL | re.MULTILINE)


def readme_commands() -> list[str]:
    text = README.read_text(encoding="utf-8")
    commands: list[str] = []
    for language, body in code_blocks(text):
        if language in SHELLS:
            for line in body.splitlines():
                line = line.strip()
                if "postcheck " in line and not line.startswith(("#", "::", "pip ")):
                    commands.append(line)
        if language == "yaml":
            for line in body.splitlines():
                if line.strip().startswith("postcheck "):
                    commands.append(line.strip())
    # the "example" column of every table
    lines = text.splitlines()
    for index, line in enumerate(lines):
        if not line.startswith("|") or "example" not in line or not lines[index + 1].startswith("|---"):
            continue
        cells = [cell.strip() for cell in re.split(r"(?<!\\)\|", line)[1:-1]]
        column = cells.index("example")
        for row in lines[index + 2:]:
            if not row.startswith("|"):
                break
            cell = re.split(r"(?<!\\)\|", row)[1:-1][column]
            for span in re.findall(r"`([^`]*)`", cell):
                if "postcheck " in span:
                    commands.append(span.replace("\\|", "|"))
    return list(dict.fromkeys(commands))


def test_every_readme_example_has_an_expected_exit_code():
    commands = readme_commands()
    assert set(commands) - set(EXPECTED) == set(), "README examples with no expected exit code here"
    assert set(EXPECTED) - set(commands) == set(), "expected exit codes for commands the README lost"


@pytest.fixture
def content(tmp_path, monkeypatch):
    """A copy of examples/ as a content repository (a .git folder bounds config discovery)."""
    target = tmp_path / "content"
    shutil.copytree(EXAMPLES, target)
    (target / ".git").mkdir()
    monkeypatch.chdir(target)
    return target


def as_arguments(command: str) -> tuple[list[str], str | None]:
    """The postcheck arguments of a README command, and what a pipe before it would give it."""
    stdin = None
    if "|" in command.split("||")[0]:
        source, _, command = command.partition("|")
        source = source.strip()
        stdin = (Path(source.split()[1]).read_text(encoding="utf-8") if source.startswith(("type ", "cat "))
                 else CLIPBOARD)
    command = command.split(">")[0].strip()  # a redirection is the shell's business
    command = command.replace("\\", "/")  # PowerShell and cmd paths
    words = shlex.split(command)
    assert words[0] == "postcheck"
    return words[1:], stdin


@pytest.mark.parametrize("command", readme_commands())
def test_readme_example_runs(content, capsys, monkeypatch, command):
    import io
    import sys

    from checker.cli import main

    arguments, stdin = as_arguments(command)
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8"))))
    with pytest.raises(SystemExit) as exit_info:
        main(arguments)
    out, err = capsys.readouterr()
    assert exit_info.value.code == EXPECTED[command], f"{command}: {err or out[-500:]}"
    assert "error:" not in err, err
    if "--format sarif" in command:
        assert json.loads(out)["version"] == "2.1.0"
    if " -o " in command:
        assert (content / arguments[arguments.index("-o") + 1]).stat().st_size > 0


def test_github_actions_recipe_uploads_sarif():
    text = README.read_text(encoding="utf-8")
    (workflow,) = [yaml.safe_load(body) for language, body in code_blocks(text)
                   if language == "yaml" and "upload-sarif" in body]
    steps = workflow["jobs"]["postcheck"]["steps"]
    uses = [step.get("uses", "") for step in steps]
    assert any(use.startswith("pre-commit/action@") for use in uses)
    upload = next(step for step in steps if step.get("uses", "").startswith("github/codeql-action/upload-sarif@"))
    assert upload["with"]["sarif_file"] == "postcheck.sarif" and upload["if"] == "always()"
    assert workflow["jobs"]["postcheck"]["permissions"]["security-events"] == "write"
    rev = re.search(r"@(v[\d.]+)\"", next(step["run"] for step in steps if "run" in step)).group(1)
    assert f"## {rev.lstrip('v')}" in (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
