"""Web addresses in a post, found by the public suffix list.

A link is anything with http(s):// or www. in front, or a bare host whose ending is a public
suffix (conwy.gov.wales, mygov.scot, llyw.cymru, visit.london, bit.ly). The suffix list is the
snapshot bundled with tldextract: it is never fetched, so no text or request leaves the machine.
A bare host must be written in lower case ("today.It was" is two sentences, not a link).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

CANDIDATE = re.compile(
    r"(?<![@\w.-])(?P<scheme>https?://)?(?P<host>(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,63})"
    r"(?::\d+)?(?P<path>/[^\s<>\"')\]]*)?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Link:
    start: int
    end: int
    host: str  # lower case, without www.
    registered: str  # the registrable domain: conwy.gov.wales -> gov.wales, bbc.co.uk -> bbc.co.uk
    suffix: str  # the public suffix: gov.wales, co.uk, com


@lru_cache(maxsize=1)
def _extractor():
    import tldextract

    # suffix_list_urls=() and no cache: the bundled snapshot only, never the network.
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, include_psl_private_domains=False)


def find(text: str) -> list[Link]:
    out = []
    for match in CANDIDATE.finditer(text):
        host = match.group("host")
        explicit = bool(match.group("scheme")) or host.lower().startswith("www.")
        if not explicit and host != host.lower():
            continue
        parts = _extractor()(host.lower())
        if not parts.suffix or not parts.domain:
            continue
        end = match.end()
        while end > match.start() and text[end - 1] in ".,;:!?":
            end -= 1  # sentence punctuation after a link is not part of it
        host = host.lower().removeprefix("www.")
        out.append(Link(match.start(), end, host, f"{parts.domain}.{parts.suffix}", parts.suffix))
    return out


def under(host: str, domains) -> bool:
    """Whether the host is one of the domains or a subdomain of one."""
    return any(host == d or host.endswith("." + d) for d in domains)
