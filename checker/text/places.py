"""GB place names (OS Open Names; contains OS data © Crown copyright and database right), loaded once.

One set for every check that must know a place when it sees one: swearing (Penistone,
Shitterton), spelling (Llanfairpwllgwyngyll) and names of councils.
"""
from __future__ import annotations

from functools import lru_cache

from checker import wordlists


@lru_cache(maxsize=1)
def names() -> frozenset[str]:
    """Place names in lower case, as written (with spaces, hyphens and apostrophes)."""
    return frozenset(name.lower() for name in wordlists.lines("places_os_open_names.txt"))


@lru_cache(maxsize=1)
def councils() -> tuple[str, ...]:
    return wordlists.lines("local_authorities.txt")


@lru_cache(maxsize=1)
def words() -> frozenset[str]:
    """Every word inside a place or council name, lower case (for spelling)."""
    out: set[str] = set()
    for name in (*names(), *(c.lower() for c in councils())):
        out.update(part for part in name.replace("-", " ").replace("'", " ").split() if part)
    return frozenset(out)
