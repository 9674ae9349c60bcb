"""`postcheck rules --explain RULE`: a rule explained the way `ruff rule` does."""
from __future__ import annotations

from checker.clauses import describe
from checker.registry import all_rules


def test_explain_a_rule_gives_why_clauses_in_full_examples_and_how_to_switch_it_off(run_cli):
    code, out, _ = run_cli("rules", "--explain", "spelling.american")
    rule = all_rules()["spelling.american"]
    flat = " ".join(out.split())
    assert code == 0
    assert out.startswith("spelling.american  warning")
    assert " ".join(rule.explanation.split()) in flat  # why, from wordlists/rules/spelling.toml
    assert " ".join(describe("solihull-3.5").split()) in flat  # the clause in full, from clauses.toml
    assert "✖ " + rule.flags[0] in out and "✔ " + rule.passes[0] in out
    assert 'ignore = ["spelling.american"]' in flat and "[tool.postcheck]" in flat
    assert '[severity] "spelling.american" = "info"' in flat
    assert "<!-- postcheck: ignore spelling.american" in flat


def test_explain_a_check_explains_each_of_its_rules(run_cli):
    code, out, _ = run_cli("rules", "--explain", "spelling")
    assert code == 0
    assert all(rule_id in out for rule_id in all_rules() if rule_id.startswith("spelling."))


def test_an_unknown_rule_is_a_usage_error_with_the_nearest_names(run_cli):
    code, out, err = run_cli("rules", "--explain", "spelling.americn")
    assert code == 2 and out == ""
    assert "spelling.american" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
