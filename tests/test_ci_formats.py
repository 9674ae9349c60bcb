"""CI formats: GitHub annotations, GitLab Code Quality, JUnit, and SARIF valid against the
official schema (tests/sarif-schema-2.1.0.json: oasis-tcs/sarif-spec, sarif-2.1/schema/, commit
e0583813964ec43cea53b6b531b402866095ed1f) even when a file cannot be read."""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from checker.report.github import command, escape_data, escape_property

SCHEMA = Path(__file__).resolve().parent / "sarif-schema-2.1.0.json"
DRAFT = "The bloody bins are late,\nwhat a shit service.\n"


@pytest.fixture
def posts(tmp_path):
    (tmp_path / "posts" / "sub").mkdir(parents=True)
    (tmp_path / "posts" / "a.txt").write_text(DRAFT, encoding="utf-8")
    (tmp_path / "posts" / "sub" / "bad.md").write_bytes(b"\xff\xfe\x00\x00bad")
    return tmp_path


def test_github_escaping_keeps_one_command_per_line():
    assert escape_data("50% off\r\nnow") == "50%25 off%0D%0Anow"
    assert escape_property("a:b,c%") == "a%3Ab%2Cc%25"
    line = command("error", "x::y\n::warning::injected", file="we,ird:name.txt", line=3, title="postcheck a.b")
    assert line.count("\n") == 1 and line.endswith("\n")
    assert line.startswith("::error file=we%2Cird%3Aname.txt,line=3,title=postcheck a.b::")
    assert "%0A::warning::injected" in line


def test_github_annotations(run_cli, posts):
    code, out, err = run_cli("hook", "posts/a.txt", "-f", "github")
    assert code == 1
    lines = out.splitlines()
    assert lines[0].startswith("::warning file=posts/a.txt,line=1,col=5,endLine=1,endColumn=11,title=postcheck profanity.mild::")
    assert lines[1].startswith("::error file=posts/a.txt,line=2,col=8,")
    assert all(line.startswith("::") for line in lines)


def test_gitlab_code_quality(run_cli, posts):
    code, out, _ = run_cli("hook", "posts/a.txt", "-f", "gitlab")
    issues = json.loads(out)
    assert code == 1 and len(issues) == 2
    for issue in issues:
        assert {"description", "check_name", "fingerprint", "severity", "location"} <= set(issue)
        assert issue["location"]["path"] == "posts/a.txt"
    assert [(i["check_name"], i["severity"], i["location"]["lines"]["begin"]) for i in issues] == [
        ("profanity.mild", "minor", 1), ("profanity.swear-word", "major", 2)]
    assert len({i["fingerprint"] for i in issues}) == 2


def test_fingerprints_survive_a_line_added_above(run_cli, posts):
    _, before, _ = run_cli("hook", "posts/a.txt", "-f", "gitlab")
    (posts / "posts" / "a.txt").write_text("Update:\n" + DRAFT, encoding="utf-8")
    _, after, _ = run_cli("hook", "posts/a.txt", "-f", "gitlab")
    assert [i["fingerprint"] for i in json.loads(before)] == [i["fingerprint"] for i in json.loads(after)]
    assert [i["location"]["lines"]["begin"] for i in json.loads(after)] == [2, 3]


def test_junit(run_cli, posts):
    (posts / "posts" / "ok.txt").write_text("Green bin collections move to Tuesday.\n", encoding="utf-8")
    code, out, _ = run_cli("hook", "posts/a.txt", "posts/ok.txt", "-f", "junit", "--fail-on", "error")
    root = ET.fromstring(out.encode("utf-8"))
    assert code == 1 and root.tag == "testsuites"
    assert (root.get("tests"), root.get("failures")) == ("3", "2")
    suites = {suite.get("name"): suite for suite in root}
    assert set(suites) == {"posts/a.txt", "posts/ok.txt"}
    assert [case.get("name") for case in suites["posts/a.txt"]] == ["profanity.mild", "profanity.swear-word"]


def test_junit_survives_control_characters(run_cli, tmp_path):
    (tmp_path / "c.txt").write_text("The bloody\x1b[31m bins\x01 are late\n", encoding="utf-8")
    _, out, _ = run_cli("hook", "c.txt", "-f", "junit")
    ET.fromstring(out.encode("utf-8"))


@pytest.mark.parametrize("fmt", ["sarif", "github", "gitlab", "junit"])
def test_an_unreadable_file_keeps_the_report(run_cli, posts, fmt):
    code, out, err = run_cli("hook", "posts", "-f", fmt)
    assert code == 2
    assert "posts/sub/bad.md" in out and "profanity" in out
    assert "posts/sub/bad.md" in err


def sarif_validator():
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    validator = jsonschema.validators.validator_for(schema)
    validator.check_schema(schema)
    return validator(schema)


def test_sarif_is_valid_with_fingerprints_and_notifications(run_cli, posts):
    (posts / "posts" / "ok.md").write_text(
        "---\npostcheck-ignore:\n  profanity.mild: \"quoting a resident, ref COMMS-9\"\n---\nThe bloody bins.\n", encoding="utf-8")
    code, out, _ = run_cli("hook", "posts", "-f", "sarif")
    log = json.loads(out)
    errors = sorted(sarif_validator().iter_errors(log), key=str)
    assert not errors, [error.message for error in errors[:5]]
    (run,) = log["runs"]
    assert all("partialFingerprints" in result for result in run["results"])
    assert any("suppressions" in result for result in run["results"])
    (invocation,) = run["invocations"]
    assert invocation["executionSuccessful"] is False
    assert any(n["level"] == "error" and "bad.md" in n["message"]["text"] for n in invocation["toolExecutionNotifications"])
    assert code == 2


def test_batch_sarif_for_a_missing_file_is_still_a_valid_log(run_cli):
    code, out, err = run_cli("batch", "missing.csv", "-f", "sarif")
    assert code == 2 and "missing.csv" in err
    log = json.loads(out)
    assert not list(sarif_validator().iter_errors(log))
    assert log["runs"][0]["results"] == []


def test_check_offers_the_ci_formats_too(run_cli):
    code, out, _ = run_cli("check", "What the fuck", "-f", "sarif")
    log = json.loads(out)
    assert code == 1 and not list(sarif_validator().iter_errors(log))
    (result,) = log["runs"][0]["results"]
    assert "uri" not in result["locations"][0]["physicalLocation"]["artifactLocation"]
    code, out, _ = run_cli("check", "What the fuck", "-f", "github")
    assert out.startswith("::error line=1,col=10,") and code == 1


def test_github_says_when_annotations_will_be_dropped(run_cli, tmp_path):
    (tmp_path / "many.txt").write_text("\n".join(f"Line {n}: what a shit day." for n in range(12)) + "\n", encoding="utf-8")
    _, out, _ = run_cli("hook", "many.txt", "-f", "github", "--select", "profanity")
    lines = out.splitlines()
    assert sum(line.startswith("::error ") for line in lines) == 12
    assert lines[-1].startswith("::notice title=postcheck::postcheck wrote 12 errors; GitHub shows the first 10")
    _, out, _ = run_cli("hook", "many.txt", "-f", "github", "--select", "profanity", "--ignore", "profanity")
    assert "::notice" not in out
