"""personal_data: contact details, identifiers and details of private individuals.

The recognisers live in checker/personal/ (one module per kind of entity); this module runs them,
keeps one finding per stretch of text, and marks every finding personal so that reports mask the
matched text. Messages never repeat the personal data itself.
"""
from __future__ import annotations

from checker.model import Finding, Rule
from checker.personal import Hit, address, contact, identifiers, people, settings
from checker.registry import register

CLAUSES = ("sandwell-5.4", "woking-5.8", "solihull-3.1.6", "derbyshire-6.4", "sheffield-14")
PEOPLE_CLAUSES = ("sandwell-5.4", "woking-5.8", "solihull-3.12", "solihull-3.1.6", "derbyshire-6.4", "sheffield-14")


def rule(kind: str, summary: str, clauses: tuple[str, ...] = CLAUSES) -> Rule:
    return Rule(f"personal_data.{kind}", "error", summary, clauses)


RULES = {
    r.id.split(".", 1)[1]: r
    for r in (
        rule("ni-number", "National Insurance numbers (a valid prefix, or a mistyped one as a warning)"),
        rule("nhs-number", "NHS numbers (mod 11 check digit)"),
        rule("address", "Home addresses: a house number and street, with or without a postcode"),
        rule("bank-details", "Sort codes with account numbers, and IBANs"),
        rule("card-number", "Payment card numbers (Luhn check)"),
        rule("passport", "Passport numbers"),
        rule("driving-licence", "DVLA driving licence numbers"),
        rule("vehicle-registration", "Registrations of private vehicles (not road numbers such as A34)"),
        rule("email", "Email addresses of private individuals (not the council's or other public bodies')"),
        rule("phone", "Phone numbers of private individuals (not the council's published numbers)"),
        rule("person", "A private individual named with details about them (care, health, age, school, home)",
             PEOPLE_CLAUSES),
    )
}
# When two recognisers claim the same text, the earlier kind here wins (an NHS number is not also
# a phone number; a card number is not also a bank account).
PRIORITY = tuple(RULES)
RECOGNISERS = (identifiers.find, contact.find, address.find, people.find)


@register(
    id="personal_data",
    summary="Personal contact details, identifiers and details of private individuals",
    rules=list(RULES.values()),
    options={
        # The council's own published numbers and addresses: never personal data.
        "allow": [],
        # Email domains that are the council's, besides any *.gov.uk.
        "own_domains": [],
    },
    needs_nlp=True,
)
def check(post, ctx):
    prepared = settings(tuple(ctx.options["allow"]), tuple(ctx.options["own_domains"]))
    text = post.text
    hits = [hit for recognise in RECOGNISERS for hit in recognise(text, prepared, ctx.doc)]
    for hit in without_overlaps(hits):
        yield Finding.of(RULES[hit.kind], post, hit.start, hit.end, hit.message, hit.suggestion,
                         severity=hit.severity, personal=True)


def without_overlaps(hits: list[Hit]) -> list[Hit]:
    """One finding per stretch of text: the most severe, then by PRIORITY, then the longest."""
    rank = {"error": 0, "warning": 1, "info": 2}
    ordered = sorted(hits, key=lambda h: (rank[h.severity], PRIORITY.index(h.kind), h.start - h.end))
    kept: list[Hit] = []
    for hit in ordered:
        if all(hit.end <= other.start or other.end <= hit.start for other in kept):
            kept.append(hit)
    return sorted(kept, key=lambda h: h.start)
