"""Links: shortened links and links to domains nobody has vouched for (Solihull 3.1.11).

A shortener (wordlists/link_shorteners.txt) hides where a link goes, so residents cannot judge
it: a warning. Any other domain outside the trusted ones (every UK government, NHS, police,
parliament, academic and school domain in wordlists/trusted_domains.txt, and the config's
`trusted` list, typically the council's own domains) gets an info note asking the officer to
check it: partners' sites are linked every day, so an unknown domain is a prompt, not a fault.
Placeholder domains (*.example.*) say so. What counts as a link is the post view's
(checker.text.links: the public suffix list).
"""
from __future__ import annotations

import re
from functools import lru_cache

from checker import wordlists
from checker.model import Hit
from checker.registry import register
from checker.text.links import under


@lru_cache(maxsize=1)
def shorteners() -> frozenset[str]:
    return frozenset(line.lower() for line in wordlists.lines("link_shorteners.txt"))


@lru_cache(maxsize=1)
def trusted_defaults() -> tuple[str, ...]:
    return tuple(line.lower() for line in wordlists.lines("trusted_domains.txt"))


@register(id="links", options={"trusted": []})
def check(view, ctx):
    trusted = trusted_defaults() + tuple(d.lower().removeprefix("www.") for d in ctx.options["trusted"])
    for link in view.links:
        if link.host in shorteners():
            yield Hit("shortener", link.start, link.end, {"host": link.host})
        elif under(link.host, trusted):
            continue
        elif re.search(r"(?:^|\.)example\.", link.host):
            yield Hit("unknown-domain", link.start, link.end, {"host": link.host, "variant": "placeholder"})
        else:
            yield Hit("unknown-domain", link.start, link.end, {"host": link.host})
