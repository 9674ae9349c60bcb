"""political: posts that promote, or seem to promote, a party, candidate or campaign, or take sides.

Applies at any date (Local Government Act 1986 s.2 has no season). A party named in its political
sense is at least a warning; with credit or attack language around it, an error. What counts as
political is the shared recogniser's (checker.text.politics), which the pre-election check uses too.
When it finds nothing, the trained classifier (checker.classify) may still read the post as taking a
side (an attack on ministers naming no party, a campaign the account joins): its finding,
`political.taking-sides`, is on the sentence it finds most partisan. `model = false` switches it off.
"""
from __future__ import annotations

from typing import Iterator

from checker.classify import model as classifier
from checker.model import Hit
from checker.registry import register
from checker.text import politics


# extra_parties is read from the config's top level (both this check and purdah use it); the key
# is still accepted here, where earlier configs put it.
@register(id="political", options={"extra_parties": [], "allow": [], "model": True}, needs_nlp=True)
def check(view, ctx) -> Iterator[Hit]:
    allow = tuple(ctx.options["allow"])
    found = politics.detect(view.text, view.doc, ctx.extra_parties, allow)
    yield from found
    if found or not ctx.options["model"]:
        return
    # The model says whether; the recognisers must find, somewhere in the post, what it would be
    # partisan about, and more than the government reported without blame.
    span = classifier.partisan_sentence(view, ctx.extra_parties, allow)
    if span is not None:
        yield Hit("taking-sides", span[0], span[1])
