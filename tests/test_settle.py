"""One place settles findings: overlaps across checks, renamed ids, and the rules listing."""
from __future__ import annotations

import json

import pytest

from checker.config import Config, from_dict
from checker.model import Post
from checker.pipeline import Pipeline
from checker.registry import all_rules


@pytest.mark.parametrize("text", [
    "This w a n k e r keeps dumping mattresses behind Park Road.",
    "This fu\u0441king tip is a disgrace.",  # a Cyrillic es inside the word
])
def test_a_disguised_swear_word_is_a_profanity_finding_only(text):
    findings = Pipeline(Config()).check(Post(text)).findings
    assert [f.check for f in findings] == ["profanity"]


def test_jargon_is_not_also_a_misspelling():
    found = Pipeline(Config(), checks=["spelling", "plain_english"]).check(Post("We will upskill staff going forward.")).findings
    spans = {}
    for finding in found:
        spans.setdefault((finding.start, finding.end), []).append(finding.check)
    assert all(len(checks) == 1 for checks in spans.values()), spans


def test_purdah_stands_beside_political():
    from datetime import datetime

    at = datetime(2026, 4, 20, 10, 0)
    found = Pipeline(Config(), now=at).check(Post("Years of Tory cuts have left our roads in ruins.", scheduled=at)).findings
    assert {"political", "purdah"} <= {f.check for f in found}


def test_a_renamed_rule_id_still_works_in_config(monkeypatch):
    from checker import registry

    monkeypatch.setattr(registry, "renamed", lambda: {"profanity.swearing": "profanity.swear-word"})
    config = from_dict({"ignore": ["profanity.swearing"]})
    assert config.ignored("profanity.swear-word")


def test_rules_json_lists_every_rule_with_existing_clauses(run_cli):
    from checker.clauses import clauses

    code, out, _ = run_cli("rules", "--format", "json")
    assert code == 0
    listed = json.loads(out)["rules"]
    assert {r["id"] for r in listed} == set(all_rules())
    for rule in listed:
        assert set(rule) == {"id", "check", "severity", "summary", "clauses"}
        assert rule["clauses"] and all(c in clauses() for c in rule["clauses"]), rule["id"]


def test_no_check_imports_another_check_or_the_config():
    import ast
    from pathlib import Path

    import checker.checks as package

    for path in Path(package.__path__[0]).glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                assert not node.module.startswith("checker.checks"), f"{path.name} imports {node.module}"
                assert node.module != "checker.config", f"{path.name} imports the config"


def test_a_long_sentence_does_not_swallow_the_misspellings_inside_it():
    # long-sentence spans the whole sentence; spelling yields to plain_english only where a
    # finding about particular words (jargon, say) covers the same words.
    text = ("Help us organize the very big and very busy community clean up day at the town "
            "center next Saturday morning with all of our brilliant volunteers, neighbours, "
            "friends and families from every part of the borough.")
    rules = {f.rule for f in Pipeline(Config(), checks=["spelling", "plain_english"]).check(Post(text)).findings}
    assert "plain_english.long-sentence" in rules
    assert "spelling.american" in rules


def test_a_rule_with_an_unknown_covers_value_is_refused():
    import pytest
    from checker.registry import load_rules

    with pytest.raises(ValueError, match="covers"):
        load_rules("example", {"rules": {"x": {"severity": "warning", "summary": "s", "covers": "page"}}})
