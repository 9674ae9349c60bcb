"""Every rule's examples, kept beside its words in wordlists/rules/<check>.toml, run as tests.

A rule must have at least one example it flags, one its check passes, and one clause; a flag
example must get a finding of that rule; a pass example must get no finding of that check at
all (not only no finding of that rule). An example is a string, or a table with `text` and any
of `at` (when it is scheduled), `options` (the check's config), `meta` (platform, account...),
`before` (posts checked first in the same run, for checks that compare posts) and `with`
(other checks run alongside, for a check about other checks' findings).
"""
from __future__ import annotations

from datetime import datetime

import pytest

from checker.clauses import clauses
from checker.config import Config, from_dict
from checker.model import Post
from checker.pipeline import Pipeline
from checker.registry import all_checks, all_rules


def example_cases(kind: str):
    for rule in all_rules().values():
        for index, example in enumerate(rule.flags if kind == "flag" else rule.passes):
            yield pytest.param(rule, example, id=f"{rule.id}-{kind}-{index}")


def run(check_id: str, example) -> list:
    example = {"text": example} if isinstance(example, str) else dict(example)
    at = datetime.fromisoformat(example["at"]) if example.get("at") else None
    options = example.get("options")
    config = from_dict({"checks": {check_id: options}}) if options else Config()
    pipeline = Pipeline(config, now=at or datetime(2026, 9, 15, 10, 0), checks=[check_id, *example.get("with", ())])
    for number, earlier in enumerate(example.get("before", ())):
        pipeline.check(Post(earlier, scheduled=at, id=f"before-{number}", meta=dict(example.get("meta", {}))))
    return pipeline.check(Post(example["text"], scheduled=at, meta=dict(example.get("meta", {})))).findings


@pytest.mark.parametrize("rule", list(all_rules().values()), ids=lambda r: r.id)
def test_every_rule_has_examples_words_and_clauses(rule):
    assert rule.flags, f"{rule.id} has no example it flags"
    assert rule.passes, f"{rule.id} has no example its check passes"
    assert rule.clauses and all(c in clauses() for c in rule.clauses), rule.id
    assert rule.message and rule.suggestion and rule.explanation, rule.id


@pytest.mark.parametrize(("rule", "example"), list(example_cases("flag")))
def test_flag_examples_are_flagged_by_their_rule(rule, example):
    found = run(rule.check, example)
    assert rule.id in [f.rule for f in found], f"{rule.id} did not flag {example!r}: {[f.rule for f in found]}"


@pytest.mark.parametrize(("rule", "example"), list(example_cases("pass")))
def test_pass_examples_get_no_finding_of_the_check(rule, example):
    found = [f for f in run(rule.check, example) if f.check == rule.check]
    assert found == [], f"{rule.check} flagged {example!r}: {[(f.rule, f.text) for f in found]}"


def test_every_check_has_a_rules_file_with_a_summary():
    for check in all_checks().values():
        assert check.summary and check.rules, check.id
