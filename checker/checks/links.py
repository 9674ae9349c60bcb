"""Links: shortened links and links to domains nobody has vouched for (Solihull 3.1.11).

A shortener (wordlists/link_shorteners.txt) hides where a link goes, so residents cannot judge
it: a warning. Any other domain outside the trusted ones (gov.uk, nhs.uk, police.uk, ac.uk,
sch.uk, parliament.uk, and the config's `trusted` list, typically the council's own domains)
gets an info note asking the officer to check it: partners' sites are linked every day, so an
unknown domain is a prompt, not a fault. Placeholder domains (*.example.*) say so.
"""
from __future__ import annotations

import re
from functools import lru_cache

from checker import wordlists
from checker.model import Finding, Rule
from checker.registry import register

CLAUSES = ("solihull-3.1.11", "derbyshire-6.4", "sandwell-5.4")
SHORTENER = Rule("links.shortener", "warning", "A link shortener hides where the link goes", CLAUSES)
UNKNOWN = Rule("links.unknown-domain", "info", "A link to a domain that is not on the trusted list", CLAUSES)

TRUSTED = ("gov.uk", "nhs.uk", "police.uk", "ac.uk", "sch.uk", "parliament.uk")
# Top-level domains recognised without http:// or www. in front; keeps "e.g." and "5.30pm" out.
TLDS = ("uk com org net co io ly gl me info biz gov edu eu ie de fr app dev ai tv be do gd cc id "
        "it ink link site online shop store club live news at to us ca au nz in so la").split()
URL = re.compile(
    r"(?<![@\w.-])(?P<scheme>https?://)?(?P<host>(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?P<tld>[a-z]{2,24}))"
    r"(?::\d+)?(?P<path>/[^\s<>\"')\]]*)?",
    re.I,
)


@lru_cache(maxsize=1)
def shorteners() -> frozenset[str]:
    return frozenset(line.lower() for line in wordlists.lines("link_shorteners.txt"))


def links(text: str):
    """(start, end, host) for every web address in the text, with or without http://."""
    for match in URL.finditer(text):
        host = match.group("host").lower()
        if not (match.group("scheme") or host.startswith("www.") or match.group("tld").lower() in TLDS):
            continue
        end = match.end()
        while end > match.start() and text[end - 1] in ".,;:!?":
            end -= 1  # sentence punctuation after a link is not part of it
        yield match.start(), end, host.removeprefix("www.")


def _under(host: str, domains) -> bool:
    return any(host == d or host.endswith("." + d) for d in domains)


@register(
    id="links",
    summary="Link shorteners and links to domains outside the trusted list",
    rules=[SHORTENER, UNKNOWN],
    options={"trusted": []},
)
def check(post, ctx):
    trusted = TRUSTED + tuple(d.lower().removeprefix("www.") for d in ctx.options["trusted"])
    for start, end, host in links(post.text):
        if host in shorteners():
            yield Finding.of(SHORTENER, post, start, end,
                             f"{host} is a link shortener: residents cannot see where the link goes.",
                             "Use the full address of the page (shorten it on the council's own domain if it is too long).")
        elif _under(host, trusted):
            continue
        elif re.search(r"(?:^|\.)example\.", host):
            yield Finding.of(UNKNOWN, post, start, end,
                             f"{host} is a placeholder domain.",
                             "Put in the real address before publishing.")
        else:
            yield Finding.of(UNKNOWN, post, start, end,
                             f"{host} is not on the trusted list: check the link goes where it should and is safe.",
                             "If it is a partner's site you link to often, add it to [checks.links] trusted.")
