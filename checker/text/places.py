"""UK place names, loaded once: Great Britain's from OS Open Names (contains OS data © Crown
copyright and database right), Northern Ireland's from GeoNames (CC BY 4.0), and for checks that
only need a place to pass, the ONS Index of Place Names too (Open Government Licence).

One set for every check that must know a place when it sees one: swearing (Penistone,
Shitterton), spelling (Llanfairpwllgwyngyll) and names of councils.
"""
from __future__ import annotations

import re
from functools import lru_cache

from checker import wordlists


# What a council's name puts around its place ("London Borough of Camden", "Barnsley Metropolitan
# Borough Council"), and the river or sea a town is "on" ("Thornaby-on-Tees").
COUNCIL_WORDS = re.compile(
    r"^(?:(?:the\s+)?(?:london\s+borough|royal\s+borough|city\s+and\s+county|city|county\s+borough|borough|council)\s+of\s+)"
    r"|\s+(?:(?:metropolitan\s+)?(?:borough|district|county|city|town|parish|unitary)\s+)?(?:council|combined\s+authority)$")
ON_WATER = re.compile(r"^(.+?)[- ](?:on|upon|under|in|by)[- ](?:the[- ])?[a-z]+(?:[- ][a-z]+)?$")


@lru_cache(maxsize=1)
def names() -> frozenset[str]:
    """Place names in lower case, as written (with spaces, hyphens and apostrophes), with the short
    forms people write: "Thornaby" for Thornaby-on-Tees, "Camden" for the London Borough of Camden."""
    full = {name.lower() for name in (*wordlists.lines("places_os_open_names.txt"), *wordlists.lines("places_ni_geonames.txt"))}
    short = {m.group(1) for name in full if (m := ON_WATER.match(name)) and len(m.group(1)) > 3}
    short |= {COUNCIL_WORDS.sub("", council.lower()) for council in councils()}
    return frozenset(full | {s for s in short if s})


@lru_cache(maxsize=1)
def every_name() -> frozenset[str]:
    """names(), with the ONS Index of Place Names' wider list: the English names of Welsh towns that
    OS gives in Welsh (Swansea, Wrexham, Tenby), wards, parishes, estates and localities. For
    swearing and spelling, where a place need only pass. Not for telling a business or a person
    from a place: the wider list names shopping centres, resorts and pools (Cribbs Causeway,
    Bluestone, Jubilee Pool) and places that are also surnames (Mason), and with it 12 labelled
    endorsements and personal details were missed."""
    return names() | {name.lower() for name in wordlists.lines("places_ons_ipn.txt")}


@lru_cache(maxsize=1)
def councils() -> tuple[str, ...]:
    return wordlists.lines("local_authorities.txt")


@lru_cache(maxsize=1)
def council_places() -> frozenset[str]:
    """The places councils are named after, lower case ("walsall", "torbay", "camden")."""
    return frozenset(COUNCIL_WORDS.sub("", council.lower()) for council in councils())


@lru_cache(maxsize=1)
def council_areas() -> frozenset[str]:
    """Every UK council's area, lower case, from ISO 3166-2:GB (council_areas.txt): Wales, Scotland
    and Northern Ireland too ("blaenau gwent", "torfaen", "glasgow"), with England's council places.
    Some are also first names (Angus, Gwynedd): read them as places only beside other evidence."""
    areas = {name.lower() for name in wordlists.lines("council_areas.txt")}
    areas |= {name[:-len(" city")] for name in areas if name.endswith(" city")}  # "Glasgow City"
    return frozenset(areas | council_places())


@lru_cache(maxsize=1)
def words() -> frozenset[str]:
    """Every word inside a place or council name, lower case (for spelling)."""
    out: set[str] = set()
    for name in (*names(), *(c.lower() for c in councils())):
        out.update(part for part in name.replace("-", " ").replace("'", " ").split() if part)
    return frozenset(out)


@lru_cache(maxsize=1)
def toponym_words() -> frozenset[str]:
    """Words that end a street's, hamlet's or feature's name (Lane, Bottom, Park, Glen), lower case."""
    return frozenset(w for line in wordlists.lines("toponym_words.txt") for w in line.split())


def is_toponym_word(word: str) -> bool:
    """A place-name element, or its plural (Shitlington Crags, Druid's Stones), in lower case."""
    return word in toponym_words() or word.endswith("s") and word[:-1] in toponym_words()
