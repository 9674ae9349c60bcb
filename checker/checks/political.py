"""political: posts that promote, or seem to promote, a party, candidate or campaign, or take sides.

Applies at any date (Local Government Act 1986 s.2 has no season). A party named in its political
sense is at least a warning; with credit or attack language around it, an error. What counts as
political is the shared recogniser's (checker.text.politics), which the pre-election check uses too.
"""
from __future__ import annotations

from typing import Iterator

from checker.model import Hit
from checker.registry import register
from checker.text import politics


# extra_parties is read from the config's top level (both this check and purdah use it); the key
# is still accepted here, where earlier configs put it.
@register(id="political", options={"extra_parties": [], "allow": []}, needs_nlp=True)
def check(view, ctx) -> Iterator[Hit]:
    yield from politics.detect(view.text, view.doc, ctx.extra_parties, tuple(ctx.options["allow"]))
