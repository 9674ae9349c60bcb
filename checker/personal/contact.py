"""Contact details of private individuals: phone numbers and email addresses.

Numbers are found with the `phonenumbers` library in every written form (07700 900123,
+44 7700 900123, (0121) 496 0018), and kept when the library finds them valid or when they sit in
one of Ofcom's ranges reserved for drama, which the library rejects but which people still type.
The organisation's own contacts pass: numbers and addresses in the allow list, the council's
domains and other public bodies', and numbers introduced as the organisation's ("call us on").
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import cache

from checker.personal import Hit, Settings, data, sentence_around, words_pattern
from checker.text import lexicon
from checker.text.words import alternation

PHONE = data()["phone"]
EMAIL_WORDS = data()["email"]
PEOPLE = data()["people"]

# Ofcom's numbers for drama (national form): not in service, so phonenumbers calls them invalid.
DRAMA = (
    "07700900", "01134960", "01144960", "01154960", "01164960", "01174960", "01184960",
    "01214960", "01314960", "01414960", "01514960", "01614960", "01914980", "02079460",
    "02896496", "02920180", "01632960", "08081570", "09098790", "03069990",
)
UK_SHAPE = re.compile(r"^(?:07\d{9}|0[12]\d{8,9})$")
MAYBE_PHONE = re.compile(r"\d(?:[\s().-]{0,3}\d){8}")
ORGANISATION = words_pattern(PHONE["organisation_cues"])
PERSONAL = words_pattern(PHONE["person_cues"])
REFERENCE = words_pattern(PHONE["reference_cues"])
PLACE_WORDS = words_pattern(PEOPLE["place_words"])
TITLE = r"(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)"
# The name may come after who the person is, in lower case: "ring our volunteer Maeve on", "call
# our plot rep Carol Ingham on" (a job title in capitals, "our Tenancy Officer Jo", is staff's).
NAMED_BEFORE = re.compile(
    r"\b(?i:call|ring|phone|text|contact|ask for|speak to|message)\s+(?P<who>(?i:our|the|my)\s+(?:[a-z][a-z'’-]+\s+){1,3})?"
    r"(?P<name>" + TITLE + r"?[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?)"
    r"(?:\s+\([^)]*\))?(?:\s+at home)?,?\s+(?:on|at)\W*$"
)
TITLED = re.compile(r"\b" + TITLE + r"[A-Z]")
# A titled name with the number right after it, bracketed or after a colon ("Mr T. Farr (tel 0113
# 496 0872)", "Mrs Evans: 07700 900123"): that person's number, whatever verb is missing.
TITLED_BESIDE = re.compile(r"\b" + TITLE + r"(?:[A-Z]\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s*[(:,–-]?\s*"
                           r"(?:(?i:tel|telephone|mob|mobile|phone|t)\.?\s*:?\s*)?$")
ASIDE = re.compile(r"\s*\([^()]*\)")
LOOSE_CUES = {
    ORGANISATION: re.compile(alternation(PHONE["organisation_cues"]), re.IGNORECASE),
    PERSONAL: re.compile(alternation(PHONE["person_cues"]), re.IGNORECASE),
    REFERENCE: re.compile(alternation(PHONE["reference_cues"]), re.IGNORECASE),
    NAMED_BEFORE: re.compile(r"call|ring|phone|text|contact|ask for|speak to|message", re.IGNORECASE),
}


def is_drama(national: str) -> bool:
    return national.startswith(DRAMA)


def phones(text: str, settings: Settings, doc=None) -> Iterator[Hit]:
    if not MAYBE_PHONE.search(text):
        return
    around = Around(text, doc)
    matcher = bounded_matcher()(text)
    resumed_at = 0
    numbers: list[tuple[int, int]] = []  # what the library read as whole numbers
    try:
        for match in matcher:
            resumed_at = match.end
            number = match.number
            if number.country_code == 44:
                national = "0" + national_significant_number(number)
                if not match.raw_string.lstrip("(").startswith(("0", "+", "00")) or len(national) < 10:
                    continue  # "100234567", "340 2026": digits that only look like a number
                if not (UK_SHAPE.match(national) or is_drama(national) or is_valid_number(number)):
                    continue  # a mobile or landline shape the library does not know yet is still a number
            elif match.raw_string.startswith("+") and is_valid_number(number):
                national = ""
            else:
                continue
            numbers.append((match.start, match.end))
            if not is_own_line(national, settings):
                hit = judge_phone(text, match.start, match.end, national, around)
                if hit:
                    yield hit
    except CandidateBudgetSpent:
        yield from phones_by_shape(text, resumed_at, settings, around)
        return
    # A number run into the digits of the next word ("ring u on 07700 900873 2moro") is split by
    # the library into pieces too short to be numbers: the written UK forms find it whole.
    yield from phones_by_shape(text, 0, settings, around, skip=numbers)


def is_own_line(national: str, settings: Settings) -> bool:
    """Allow-listed, or a non-geographic 03/08/09 number: an organisation's line."""
    return national in settings.allow_digits or national[1:2] in ("3", "5", "8", "9")


# The library parses every candidate it finds and runs its own patterns around it (0.05-0.2 ms a
# candidate), so a post made of phone-shaped text ('07700 ' x 20,000, thousands of distinct
# numbers) would take seconds. Identical candidates are parsed once, and past CANDIDATE_BUDGET
# candidates the rest of the post is read by shape alone (UK written forms): what that finds is
# still judged, reported and masked. No real post comes near: fifty numbers try about a hundred.
CANDIDATE_BUDGET = 500
UK_WRITTEN = re.compile(
    r"(?<![\w+])(?:(?:\+|00)44[\s.-]?(?:\(0\)[\s.-]?)?|\(?0)\d(?:[\s().-]{0,2}\d){8,9}(?!\d)"
)


class CandidateBudgetSpent(Exception):
    """The post held more phone-shaped candidates than CANDIDATE_BUDGET."""


@cache
def bounded_matcher():
    """phonenumbers' matcher with its parse step memoised per candidate, and bounded per post.

    At Leniency.POSSIBLE the step depends on the candidate text alone, so a remembered answer is
    the answer the library would give again. Built on first use: importing phonenumbers costs a
    cold check for every post, and most posts hold no number."""
    from phonenumbers import Leniency, PhoneNumberMatch, PhoneNumberMatcher

    class BoundedMatcher(PhoneNumberMatcher):
        def __init__(self, text: str):
            super().__init__(text, "GB", leniency=Leniency.POSSIBLE)
            self.parsed: dict = {}
            self.budget = CANDIDATE_BUDGET

        def _parse_and_verify(self, candidate, offset):
            self.budget -= 1
            if self.budget < 0:
                raise CandidateBudgetSpent
            if candidate not in self.parsed:
                match = super()._parse_and_verify(candidate, offset)
                self.parsed[candidate] = match.number if match else None
            number = self.parsed[candidate]
            return PhoneNumberMatch(offset, candidate, number) if number is not None else None

    return BoundedMatcher


def phones_by_shape(text: str, start: int, settings: Settings, around: Around,
                    skip: list[tuple[int, int]] = ()) -> Iterator[Hit]:
    """UK numbers in the usual written forms from `start` on, judged as the library's would be
    (leaving out those overlapping a span in `skip`, numbers already judged)."""
    for m in UK_WRITTEN.finditer(text, start):
        if any(s < m.end() and m.start() < e for s, e in skip):
            continue
        digits = re.sub(r"\D", "", m.group())
        if m.group().startswith(("+", "00")):
            digits = digits[4:] if m.group().startswith("00") else digits[2:]
            national = digits if digits.startswith("0") else "0" + digits
        else:
            national = digits
        if (UK_SHAPE.match(national) or is_drama(national)) and not is_own_line(national, settings):
            hit = judge_phone(text, m.start(), m.end(), national, around)
            if hit:
                yield hit


def national_significant_number(number) -> str:
    from phonenumbers import national_significant_number as nsn

    return nsn(number)


def is_valid_number(number) -> bool:
    from phonenumbers import is_valid_number as valid

    return valid(number)


class Around:
    """What judging a number reads around it, prepared once per post. Where the parser saw an
    organisation or a place: read from the doc on first need (doc.ents is rebuilt on every
    access, so asking it once per number made a post of named numbers quadratic). Which cue
    patterns can match anywhere: a cue word absent from the whole post is not looked for around
    each of its numbers (a page of numbers with no cue words)."""

    def __init__(self, text: str, doc):
        self.doc = doc
        self._spans: list[tuple[int, int]] | None = None
        # The cue words without their word boundaries: a window cut mid-word can match where the
        # whole text does not, so the test is whether the words occur at all, boundaries or not.
        self._absent = {pattern for pattern, loose in LOOSE_CUES.items() if not loose.search(text)}

    def may(self, pattern: re.Pattern) -> bool:
        return pattern not in self._absent

    def overlaps_place(self, start: int, end: int) -> bool:
        if self._spans is None:
            ents = self.doc.ents if self.doc is not None else ()
            self._spans = [(e.start_char, e.end_char) for e in ents if e.label_ in ("ORG", "GPE", "FAC", "NORP")]
        # Entities never overlap each other: only the last one starting before `end` can reach `start`.
        index = bisect_left(self._spans, (end, -1)) - 1
        return index >= 0 and self._spans[index][1] > start


def judge_phone(text: str, start: int, end: int, national: str, around: Around) -> Hit | None:
    left, right = sentence_around(text, start, end)
    before = text[max(left, start - 45):start]
    # What the sentence says before the number, without its bracketed asides: "call our Adult
    # Social Care team (the people who arrange help at home) on ..." is still the team's line.
    said_before = ASIDE.sub("", text[left:start])[-45:]
    nearby = said_before + text[start:min(right, end + 30)]
    if around.may(REFERENCE) and REFERENCE.search(text[max(left, start - 20):start]):
        return None  # "ref 0121 496 0018" is a case number
    personal = around.may(PERSONAL) and PERSONAL.search(nearby)
    named = around.may(NAMED_BEFORE) and named_person_before(before, around, start - len(before)) \
        or bool(TITLED_BESIDE.search(before))
    if around.may(ORGANISATION) and ORGANISATION.search(said_before) and not (personal or named):
        return None
    mobile = national.startswith("07") or not national  # abroad: treated like a mobile
    if mobile or personal or named:
        kind = "mobile number" if national.startswith("07") else "phone number"
        whose = " given for a named person" if named else ""
        return Hit("phone", start, end, "error", args=(("kind", kind), ("whose", whose)))
    return Hit("phone", start, end, "info", "unsure")


def named_person_before(before: str, around: Around, offset: int) -> bool:
    """'call Pete on', 'ring Mrs Evans on': a person named just before the number."""
    match = NAMED_BEFORE.search(before)
    if not match:
        return False
    name = match.group("name")
    if TITLED.match(name):
        return True
    if PLACE_WORDS.search(name) or ORGANISATION.search(name):
        return False  # "call Solihull Carers Centre on", "call Customer Services on"
    if " " in name and all(map(lexicon.is_only_common_word, name.split())):
        return False  # "call Care Connect on": a service named in ordinary words (Rose and Bill are names)
    if match.group("who") and not all(lexicon.is_only_common_word(w) for w in name.split()):
        return True  # "our volunteer Maeve": said to be a person, whatever the model labels the name
    start = offset + match.start("name")
    return not around.overlaps_place(start, start + len(name))


EMAIL = re.compile(r"(?<![\w.+-])[A-Za-z0-9][\w.+'-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
PERSONAL_DOMAINS = frozenset(EMAIL_WORDS["personal_domains"])
PUBLIC_SUFFIXES = tuple(EMAIL_WORDS["public_suffixes"])
ROLE = re.compile(r"^(?:" + "|".join(re.escape(w) for w in EMAIL_WORDS["role_mailboxes"]) + r")(?:[._-][a-z]+)*\d*$")


def emails(text: str, settings: Settings, doc=None) -> Iterator[Hit]:
    if "@" not in text:
        return
    for m in EMAIL.finditer(text):
        address = m.group().lower().rstrip(".")
        local, _, domain = address.partition("@")
        if address in settings.allow_emails or is_under(domain, settings.own_domains + PUBLIC_SUFFIXES):
            continue
        end = m.start() + len(address)
        if domain in PERSONAL_DOMAINS:
            yield Hit("email", m.start(), end, "error")
        elif ROLE.match(local) or all(lexicon.is_only_common_word(w) or _closed_compound(w) for w in re.split(r"[._-]", local)):
            continue  # info@, bookings@, clerk@, street.cleansing@, coastalrangers@: a shared mailbox, not anybody's name
        else:
            # Not a shared mailbox and not a public body's: most likely one person's own address
            # (first.last@firm.co.uk, GuyMigneault@teleworm.us).
            yield Hit("email", m.start(), end, "warning", "own-looking")


def _closed_compound(word: str, parts: int = 3) -> bool:
    """Two or three ordinary words written together (coastalrangers, parishpump): a team's or a
    publication's mailbox. Names never count as ordinary words, so johnsmith or sandrabrown do not
    pass."""
    if parts == 0 or len(word) < 3:
        return False
    for cut in range(3, len(word) - 2):
        head, tail = word[:cut], word[cut:]
        if lexicon.is_only_common_word(head) and (lexicon.is_only_common_word(tail) or _closed_compound(tail, parts - 1)):
            return True
    return False


def is_under(domain: str, suffixes: tuple[str, ...]) -> bool:
    return any(domain == s or domain.endswith("." + s) for s in suffixes)


def find(text: str, settings: Settings, doc=None) -> Iterator[Hit]:
    yield from phones(text, settings, doc)
    yield from emails(text, settings, doc)
