"""personal_data: contact details, identifiers and details of private individuals.

The recognisers live in checker/personal/ (one module per kind of entity); this module runs them,
keeps one finding per stretch of text, and marks every finding personal so that reports mask the
matched text. Messages never repeat the personal data itself.
"""
from __future__ import annotations

from bisect import bisect_left, insort

from checker.model import Hit
from checker.personal import Hit as Found
from checker.personal import address, birth, contact, identifiers, people, reference, settings
from checker.registry import register, rules_file

# When two recognisers claim the same text, the earlier kind here wins (an NHS number is not also
# a phone number; a card number is not also a bank account).
PRIORITY = tuple(rules_file("personal_data")["rules"])
RECOGNISERS = (identifiers.find, contact.find, address.find, reference.find, birth.find, people.find)


@register(
    id="personal_data",
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
    hits = [hit for recognise in RECOGNISERS for hit in recognise(text, prepared, post.doc)]
    for hit in without_overlaps(hits):
        # The recogniser says which of the rule's wordings fits what it saw; the words are data
        # (wordlists/rules/personal_data.toml) and never quote the personal data itself.
        yield Hit(hit.kind, hit.start, hit.end, {"variant": hit.variant, **dict(hit.args)},
                  severity=hit.severity, personal=True)


def without_overlaps(hits: list[Found]) -> list[Found]:
    """One finding per stretch of text: the most severe, then by PRIORITY, then the longest."""
    rank = {"error": 0, "warning": 1, "info": 2}
    ordered = sorted(hits, key=lambda h: (rank[h.severity], PRIORITY.index(h.kind), h.start - h.end))
    kept: list[Found] = []
    spans: list[tuple[int, int]] = []  # the kept ones, by position: they never overlap
    for hit in ordered:
        # Only the kept span starting last before this hit ends can overlap it (linear in hits:
        # comparing with every kept span was quadratic on a post made of addresses).
        before = bisect_left(spans, (hit.end, -1))
        if before == 0 or spans[before - 1][1] <= hit.start:
            insort(spans, (hit.start, hit.end))
            kept.append(hit)
    return sorted(kept, key=lambda h: h.start)
