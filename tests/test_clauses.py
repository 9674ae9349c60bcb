"""wordlists/clauses.toml: the policy clauses findings cite and `rules --coverage` reports."""
import re
import tomllib
from pathlib import Path

CLAUSES = Path(__file__).parent.parent / "wordlists" / "clauses.toml"
ID = re.compile(r"^(sandwell|woking|derbyshire|solihull|sheffield)-[0-9a-z.]+$")
CHECKS = {
    "profanity", "offensive", "political", "purdah", "personal_data", "spelling",
    "plain_english", "endorsement", "confidential", "consent", "spam", "links", "emergency",
    "branding", "length", "accessibility", "suppression",
}
REQUIRED = (
    [f"sandwell-{n}" for n in ("4.2", "4.7", "5.2", "5.3", "5.4")]
    + [f"woking-{n}" for n in ("5.1", "5.5", "5.7", "5.8", "7.3", "7.6")]
    + [f"derbyshire-{n}" for n in ("6.1", "6.2", "6.4")]
    + [f"solihull-3.1.{n}" for n in range(1, 16)]
    + [f"solihull-{n}" for n in ("3.3", "3.5", "3.13", "4.2", "6.1", "8.9")]
    + [f"solihull-7.{n}" for n in range(1, 7)]
    + [f"sheffield-{n}" for n in ("compliance", "9", "10", "14")]
)


def load():
    with open(CLAUSES, "rb") as handle:
        return tomllib.load(handle)


def test_every_clause_is_well_formed():
    data = load()
    ids = [clause["id"] for clause in data["clause"]]
    assert len(ids) == len(set(ids)), "duplicate clause ids"
    for clause in data["clause"]:
        assert ID.match(clause["id"]), clause["id"]
        assert clause["council"] in data["councils"], clause["id"]
        assert clause["number"] and clause["summary"].strip(), clause["id"]
        assert clause["id"] == f"{clause['council']}-{clause['number']}"
        assert set(clause["checks"]) <= CHECKS, clause["id"]
        assert clause["checks"] or clause.get("reminder", "").strip(), clause["id"]


def test_readme_clauses_are_present():
    ids = {clause["id"] for clause in load()["clause"]}
    assert not set(REQUIRED) - ids


def test_every_council_is_described():
    councils = load()["councils"]
    assert set(councils) == {"sandwell", "woking", "derbyshire", "solihull", "sheffield"}
    assert all(c["name"] and c["document"] for c in councils.values())


def test_every_clause_a_rule_cites_exists_and_expects_that_check():
    """Findings cite only clauses in the data file, and the file says which checks enforce them."""
    from checker.clauses import clauses
    from checker.registry import all_checks

    known = clauses()
    for check in all_checks().values():
        for rule in check.rules:
            for clause_id in rule.clauses:
                assert clause_id in known, f"{rule.id} cites unknown clause {clause_id}"
                assert check.id in known[clause_id].checks, f"{clause_id} does not list {check.id}, yet {rule.id} cites it"
