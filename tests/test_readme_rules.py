"""The README's rule tables name only rules that exist, and every rule is documented there."""
from __future__ import annotations

import re
from pathlib import Path

from checker.registry import all_rules

README = Path(__file__).resolve().parent.parent / "README.md"


def test_every_rule_in_the_registry_is_in_the_readme_and_back():
    text = README.read_text(encoding="utf-8")
    named = set(re.findall(r"`([a-z_]+\.[a-z][a-z-]*)`", text))
    rules = set(all_rules())
    checks = {rule.split(".")[0] for rule in rules}
    named = {n for n in named if n.split(".")[0] in checks}
    assert rules - named == set(), f"rules missing from the README: {sorted(rules - named)}"
    assert named - rules == set(), f"the README names rules that do not exist: {sorted(named - rules)}"
