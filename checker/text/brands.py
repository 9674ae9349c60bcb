"""Brands and chains trading in the UK, and the companies running its utility networks, from
OpenStreetMap's name-suggestion-index (wordlists/brands_nsi.txt, BSD 3-Clause; rebuilt by
scripts/build_brands.py).

The endorsement check reads a brand as a business however spaCy tags it (Greggs a person, Costa
a place, Argos nothing at all); plain English reads a company's name in capitals (EE, BT, SGN) as
a name, not an abbreviation to spell out. A brand that is also an everyday word or a place
(Next, Boots, Three, Halifax, Lincoln) is one only where the words around it say so: see
`mentions`.
"""
from __future__ import annotations

import re
from functools import lru_cache

from checker import wordlists
from checker.text import lexicon, places
from checker.text.words import Word

LIST = "brands_nsi.txt"
FIRST_WORD = re.compile(r"[A-Z0-9][\w&'’.+!-]*")
# Where a name ends: no letter, digit or joining mark straight after it.
ENDS = re.compile(r"(?![\w&'’+-]|\.\w)")


@lru_cache(maxsize=1)
def _listed() -> tuple[tuple[str, bool], ...]:
    """(name, whether it trades in the UK itself rather than only Europe or the world)."""
    return tuple((line.split("\t")[0], line.endswith("\tuk")) for line in wordlists.lines(LIST))


@lru_cache(maxsize=1)
def _by_first_word() -> dict[str, tuple[str, ...]]:
    """Each capitalised brand name under its first word, longest first (one dictionary lookup a
    capitalised word, rather than one pattern of 2,400 alternatives to compile)."""
    index: dict[str, list[str]] = {}
    for name, _ in _listed():
        first = FIRST_WORD.match(name)
        if first and len(name) >= 2:
            index.setdefault(first.group(), []).append(name)
    return {word: tuple(sorted(names, key=len, reverse=True)) for word, names in index.items()}


def _ambiguous(name: str) -> bool:
    """One word that is also an everyday word or a place (Next, Boots, Three, Costa, Halifax)."""
    if " " in name or name.isupper():
        return False
    lowered = name.lower()
    return lexicon.is_common_word(lowered) or lowered in places.names()


def mentions(text: str, doc=None) -> list[Word]:
    """The brands a text names (each a Word: start, end and the name as listed). A brand that is
    an everyday word or a place counts only inside a sentence and standing alone: not opening a sentence or a line ("Next week", "Three new
    parks"), not inside a longer name ("Three Rivers", "Boots Corner", "Halifax Minster"). With
    spaCy's `doc` of the text, not a surname a chain shares inside a person's longer name ("Cllr
    Dave Evans")."""
    index = _by_first_word()
    found: list[Word] = []
    position = 0
    for word in FIRST_WORD.finditer(text):
        if word.start() < position or word.start() and (text[word.start() - 1].isalnum() or text[word.start() - 1] in "@#"):
            continue
        # The word as written and without a mark after it ("Greggs." is Greggs; "Sainsbury's" is itself).
        for name in dict.fromkeys(index.get(word.group(), ()) + index.get(word.group().rstrip(".!'’"), ())):
            end = word.start() + len(name)
            if not text.startswith(name, word.start()) or not ENDS.match(text, end):
                continue
            if _ambiguous(name) and not _standing_alone(text, word.start(), end):
                continue
            if not _inside_a_person(doc, word.start(), end):
                found.append(Word(word.start(), end, name))
            position = end
            break
    return found


def _inside_a_person(doc, start: int, end: int) -> bool:
    """A person spaCy finds holding more than these characters, with a name before them: a
    surname a chain shares ("Dave Evans" around "Evans"). A brand opening the "person" is the
    brand and its branch ("Lidl Gateshead", "Morrisons Cwmbrân"), which the small model takes for
    a first name and a surname."""
    return doc is not None and any(ent.label_ == "PERSON" and ent.start_char < start and end <= ent.end_char
                                   for ent in doc.ents)


def _standing_alone(text: str, start: int, end: int) -> bool:
    before = text[:start].rstrip(" ")
    if not before or before[-1] in ".!?:\n•-–—\"“‘(" or re.search(r"[A-Z][\w'’-]*$", before):
        return False
    if re.search(r"\b(?i:our|the\s+council['’]s)$", before):
        return False  # "our Marathon", "our Spark": the council's own event or scheme, named like a brand
    # The end of a place's name: "Stratford upon Avon", "Burton upon Trent".
    words = before.split()[-4:]
    for k in range(1, len(words) + 1):
        whole = f"{' '.join(words[-k:])} {text[start:end]}".lower()
        if whole in places.names() or whole.replace(" ", "-") in places.names():
            return False
    return not re.match(r"\s+[A-Z]", text[end:])


@lru_cache(maxsize=1)
def capitalised_names() -> frozenset[str]:
    """Words in capitals that are a UK brand's whole name (EE, BT, SGN, DFS) or open it with three
    letters or more (SSEN of SSEN Transmission): a company's name, known as a name in the UK. (Two
    capitals opening a longer name, as in "DS Automobiles", are too many other things; a brand
    traded only abroad, as ETRO, is no name a reader here knows.)"""
    out = set()
    for name, in_uk in _listed():
        first = name.split()[0]
        if not in_uk:
            continue
        if first.isupper() and first.isalpha() and (len(first) >= 3 or first == name and len(first) == 2):
            out.add(first)
    return frozenset(out)
