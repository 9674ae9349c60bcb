"""Home addresses: a house number and street ("14 Larch Grove"), with or without a postcode.

A postcode alone is an area, and a building's address (the Council House, a library) is public:
what identifies a person is a numbered house, said to be somebody's home or completed with a
postcode. A numbered street address that is neither is left as advice.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Iterator

from checker.personal import Hit, Settings, data, sentence_around, words_pattern
from checker.text import insults, lexicon, social

WORDS = data()["address"]
STREET_TYPES = "|".join(sorted((re.escape(w) for w in WORDS["street_types"]), key=len, reverse=True))
# Optional flat, a house number (12, 12a, 12-14), one to three capitalised words, a street type
# (any case: "14 Larch grove").
TYPES_BEFORE = "|".join(sorted((re.escape(w) for w in WORDS["street_types_before"]), key=len, reverse=True))
ENDINGS = "|".join(sorted((re.escape(w) for w in WORDS["street_endings"]), key=len, reverse=True))
# Optional flat (Flat 2, or the Scots tenement position 2/1), a house number (12, 12a, 12-14), then
# the street: one to three capitalised words and a street type (any case: "14 Larch grove"), a
# street type written first (Welsh and Gaelic: "22 Heol y Bont"), or one word ending in a street
# type ("14 Kirkgate", "23 Kingsway"; checked to be no ordinary word in find()).
HOUSE = re.compile(
    r"(?<![\w£$.,/:-])(?:(?:(?:Flat|Apartment|Apt|Unit)\s+\d+[A-Za-z]?|\d{1,2}/\d{1,2}),?\s+)?"
    r"(\d{1,4}[A-Za-z]?(?:-\d{1,4})?),?\s+"
    r"((?:[A-Z][a-z'’]+\s+){1,3}(?i:" + STREET_TYPES + r")"
    r"|(?i:" + TYPES_BEFORE + r")(?:\s+(?:[a-zy]{1,3}\s+)?[A-ZÂÊÎÔÛŴŶÀ][\w'’-]+){1,2}"
    r"|(?P<single>[A-Z][a-z'’]+(?:" + ENDINGS + r"))"
    # "33 The Hornbeams", "3 The Row": a close or a terrace known by "The" and one name.
    r"|The\s+[A-Z][a-z'’]+(?=\s*[,.;:!?)\n]|\s+[a-z]|\s*$))\b\.?"
)
# A flat in a named block or estate, the flat's number the only number: "Flat 62, Aylesbury
# Estate", "Apartment 4, Kelvin House".
FLAT = re.compile(
    r"(?<![\w£$.,/:-])(?:Flat|Apartment|Apt)\s+(\d{1,4}[A-Za-z]?),?\s+((?:[A-Z][a-z'’]+\s+){1,3}"
    r"(?:Estate|House|Court|Tower|Towers|Mansions|Buildings|Block|Point|Lodge|Heights))\b(?P<single>(?!))?"
)
POSTCODE = re.compile(
    r"\b(?:GIR ?0AA|[A-PR-UWYZ](?:\d[A-HJKPSTUW\d]?|[A-HK-Y]\d[ABEHMNPRVWXY\d]?) ?\d[ABD-HJLNP-UW-Z]{2})\b"
)
NOT_HOUSE = words_pattern(w for w in WORDS["not_a_house_number"] if w != "£")
HOME = words_pattern(WORDS["home_cues"])
VENUE = words_pattern(WORDS["venue_cues"])
TITLE_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z]")
# "the bloke at", "some idiot from", "the elderly woman of": a person pointed at by where they live.
PERSON_WORDS = "|".join(sorted({re.escape(w) for w in WORDS["person_nouns"]}
                               | {re.escape(word) for word in insults.words() if " " not in word},
                               key=len, reverse=True))
PERSON_AT = re.compile(
    r"\b(?:whoever|whoever it is|someone|somebody|anyone)\s+(?:at|of|from|in)\s*$|"
    r"\b(?:the|a|an|this|that|some|our|your)\s+(?:[a-z'’-]+\s+){0,2}(?:" + PERSON_WORDS + r")\s+(?:at|of|from|in)\s*$",
    re.IGNORECASE)
# "the lads dealing outside the baths are from 41 Shaw Road": a person said to be from or at it.
PERSON_IS_AT = re.compile(
    r"\b(?:the|a|an|this|that|those|these|some)\s+(?:[a-z'’-]+\s+){0,2}(?:" + PERSON_WORDS + r")\b"
    r"(?:\s+[\w'’-]+){0,6}\s+(?:is|are|r|was|were|lives?|living)\s+(?:at|from|in)\s*$", re.IGNORECASE)
# The reader's own home, said to them: "we know you're at 5 Saltwell View", "we sent your bill to
# 27 Chester Road" (the post answers one resident, however it opens).
YOU_AT = re.compile(r"\b(?:(?:you|u)(?:['’]re|\s+are|\s+r|\s+live|\s+living|\s+moved)\s+(?:at|to|in)|(?:sent|posted|delivered|addressed|wrote)\s+your\s+(?:[a-z'’-]+\s+){0,2}(?:to|at))\s*$",
                    re.IGNORECASE)
# ", Cliftonville who keeps dumping sofas": whoever lives at the address is who the sentence is about.
WHO_LIVES_THERE = re.compile(r"^(?:,?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?,?\s+(?:who|whose)\b")
TOWN_AFTER = re.compile(r",\s+[A-Z][\w'’-]+")
# The next sentence opens on the one person of the house.
OCCUPANT = re.compile(r"\s*(?:The|Its|Their)\s+(?:owner|occupier|householder|tenant|landlord|resident)\b")
OF_BEFORE = re.compile(r"\b(?:of|lives? at|living at|moved to|address(?: is)?:?)\s*$", re.IGNORECASE)
OF_WORDS = re.compile(r"\b(?:of|lives?|living|moved|address)\b", re.IGNORECASE)  # OF_BEFORE's words anywhere
CALENDAR = re.compile(
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b", re.IGNORECASE
)
CONTEXT = 300
# A reply to one resident: a house address in it is that resident's, given back in public.
REPLY = social.REPLY


# Between a name and the address: a comma, "at", "of", "from", or the same bracket ("Terry Ashworth
# (hackney carriage licence HC/0917, 22 Layton Road)").
NAME_JOIN = re.compile(r"^\s*(?:,|\(|\bat\b|\bof\b|\bfrom\b|\([^()]{0,50},)?\s*$")


def _named_just_before(text: str, start: int, person_ends: list[int]) -> bool:
    """A person's name right before the address: "Rachel Hocking, 4 Trelawney Road", "Sheila Grant
    (4 Ripon Road)", "Lena Hart at 9 Villette Road". `person_ends`: where the doc's PERSON
    entities end, sorted (looked up by bisection: a long post has thousands of entities)."""
    first = bisect_left(person_ends, start - 60)
    return any(NAME_JOIN.match(text[end:start]) for end in person_ends[first:bisect_right(person_ends, start)])


# Between a venue word and the address: its name and a joining word ("Our Family Hub at ",
# "the library, "), not a sentence going on about something else ("council tax account for ").
VENUE_TO_ADDRESS = re.compile(r"^(?:\s+[A-Z0-9][\w'’&.-]*)*\s*(?:,|:|-|–|\(|\bat\b|\bon\b|\bin\b|\bis at\b)?\s*$")


def is_venue(before: str) -> bool:
    """A venue named just before the address, and no home cue between the venue and it ("a
    surgery at his home, 7 ..." is the home)."""
    last = None
    for last in VENUE.finditer(before):
        pass
    return last is not None and bool(VENUE_TO_ADDRESS.match(before[last.end():]))


def is_reply(text: str) -> bool:
    """The post answers one resident, by handle or by name."""
    return bool(REPLY.match(text))


def find(text: str, settings: Settings, doc=None) -> Iterator[Hit]:
    if not any(ch.isdigit() for ch in text):
        return
    person_ends = sorted(e.end_char for e in doc.ents if e.label_ == "PERSON") if doc is not None else []
    reply = is_reply(text)  # once per post, not once per address
    # A cue absent from the whole post is not looked for around each of its addresses: a page of
    # thousands of addresses was searched six times per address (1.5 s per 100 KB).
    may_have_home, may_have_title, may_have_of = HOME.search(text), TITLE_BEFORE.search(text), OF_WORDS.search(text)
    houses = list(HOUSE.finditer(text))
    houses += [m for m in FLAT.finditer(text) if not any(h.start() < m.end() and m.start() < h.end() for h in houses)]
    covered: list[tuple[int, int]] = []
    for m in houses:
        if m.group("single") and lexicon.is_common_word(m.group("single")) and not TOWN_AFTER.match(text, m.end()):
            continue  # "10 Railways", "3 Gateway": an ordinary word, not a street ("5 Hillside, Haltwhistle" is)
        before = text[max(0, m.start() - 20):m.start()]
        last_word = re.search(r"(\w+)\W*$", before)
        if last_word and NOT_HOUSE.fullmatch(last_word.group(1)):
            continue  # "junction 6 Moat Lane", "bus 37 Warwick Road"
        if before.rstrip().endswith("£") or CALENDAR.match(m.group(2)):
            continue  # "£30 Drive", "from 9 March Road users..."
        left, right = sentence_around(text, m.start(), m.end())
        # Context words are read within CONTEXT characters of the address, inside its sentence:
        # reading a whole run-on "sentence" for each of thousands of addresses is quadratic.
        left, right = max(left, m.start() - CONTEXT), min(right, m.end() + CONTEXT)
        sentence_before = text[left:m.start()]
        postcode = POSTCODE.search(text, m.end(), min(len(text), m.end() + 45))
        end = postcode.end() if postcode else m.end()
        # A venue named just before ("Our Family Hub at 12 ...") makes it a building's address,
        # unless the address is said outright to be somebody's ("Mrs Green of 3 Elm Avenue").
        venue = is_venue(text[max(left, m.start() - 30):m.start()])
        strong = (may_have_of and OF_BEFORE.search(sentence_before)) or (may_have_title and TITLE_BEFORE.search(sentence_before)) \
            or PERSON_AT.search(text[max(left, m.start() - 60):m.start()]) \
            or PERSON_IS_AT.search(text[max(left, m.start() - 100):m.start()]) or WHO_LIVES_THERE.match(text, end) \
            or YOU_AT.search(text[max(left, m.start() - 40):m.start()])
        # "... at 4 Hengrove Lane. The owner has been told": one person of the house, said next.
        strong = strong or (may_have_home and OCCUPANT.match(text, right) and not venue)
        home = strong or _named_just_before(text, m.start(), person_ends) or (not venue and (
            reply or (may_have_home and (HOME.search(sentence_before) or HOME.search(text[m.end():right])))))
        if home or (postcode and not venue):
            yield Hit("address", m.start(), end, "error")
        elif not venue:
            yield Hit("address", m.start(), end, "info", "unsure")
        covered.append((m.start(), end))
    yield from _named_houses(text, covered, person_ends, may_have_title)
    yield from _numbered_only(text, covered, person_ends)


# A house given by its number alone, the street said elsewhere: "some idiot at no. 214", "the
# bloke with the dog is Gary Lister at number 19". Only a person pointed at makes it a home.
NUMBERED = re.compile(r"\b(?:[Nn]o\.?\s?|[Nn]umber\s+)(\d{1,4}[A-Za-z]?)\b(?![.,]?\d|\s*(?:%|am|pm|bus|route|service))")


def _numbered_only(text: str, covered: list[tuple[int, int]], person_ends: list[int]) -> Iterator[Hit]:
    for m in NUMBERED.finditer(text):
        if any(s <= m.start() < e for s, e in covered):
            continue
        left = sentence_around(text, m.start(), m.end())[0]
        before = text[max(left, m.start() - 60):m.start()]
        if re.search(r"['’]s\s*$", before):
            continue  # "Mid Ulster's No.1 fuel supplier": a ranking
        if PERSON_AT.search(before) or PERSON_IS_AT.search(text[max(left, m.start() - 100):m.start()]) \
                or _named_just_before(text, m.start(), person_ends) \
                or re.search(r"\b(?:[Mm]r|[Mm]rs|[Mm]s|[Mm]iss)\.?\s+[A-Z][a-z'’-]+\s+(?:at|of|from)\s*$", before):
            yield Hit("address", m.start(), m.end(), "error")


# A house known by its name, not a number, then a full postcode: "Mr Roger Eastley of Leighon Farm,
# Manaton TQ13 9XX". A full postcode covers a few households; beside the person said to live there
# it is their home. From the name's joining word to the postcode's end.
NAMED_HOUSE = re.compile(r"(?:,|\bof|\bat|\bfrom|\blives? at)\s+((?:[A-Z][\w'’-]*,?\s+){1,5})$")


def _named_houses(text: str, covered: list[tuple[int, int]], person_ends: list[int], may_have_title) -> Iterator[Hit]:
    for postcode in POSTCODE.finditer(text):
        if any(s <= postcode.start() < e for s, e in covered):
            continue
        left = sentence_around(text, postcode.start(), postcode.end())[0]
        before = text[max(left, postcode.start() - 60):postcode.start()]
        house = NAMED_HOUSE.search(before)
        if house is None or is_venue(before):
            continue
        join = postcode.start() - len(before) + house.start()
        named = (may_have_title and TITLE_BEFORE.search(text[max(left, join - 40):join])) \
            or _named_just_before(text, join, person_ends)
        if named:
            yield Hit("address", postcode.start() - len(house.group(1)), postcode.end(), "error")
