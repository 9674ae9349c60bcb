"""Contact details of private individuals: phone numbers and email addresses.

Numbers are found with the `phonenumbers` library in every written form (07700 900123,
+44 7700 900123, (0121) 496 0018), and kept when the library finds them valid or when they sit in
one of Ofcom's ranges reserved for drama, which the library rejects but which people still type.
The organisation's own contacts pass: numbers and addresses in the allow list, the council's
domains and other public bodies', and numbers introduced as the organisation's ("call us on").
"""
from __future__ import annotations

import re
from typing import Iterator

from checker.personal import Hit, Settings, data, national_digits, sentence_around, words_pattern
from checker.text import lexicon

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
NAMED_BEFORE = re.compile(
    r"\b(?i:call|ring|phone|text|contact|ask for|speak to|message)\s+(" + TITLE + r"?[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?)"
    r"(?:\s+\([^)]*\))?(?:\s+at home)?,?\s+(?:on|at)\W*$"
)
TITLED = re.compile(r"\b" + TITLE + r"[A-Z]")


def is_drama(national: str) -> bool:
    return national.startswith(DRAMA)


def phones(text: str, settings: Settings, doc=None) -> Iterator[Hit]:
    if not MAYBE_PHONE.search(text):
        return
    # Loaded only when the post holds nine digits in a row: most posts have none, and a cold
    # check need not pay for the library's number plans.
    import phonenumbers
    from phonenumbers import Leniency, PhoneNumberMatcher

    for match in PhoneNumberMatcher(text, "GB", leniency=Leniency.POSSIBLE):
        raw, number = match.raw_string, match.number
        national = national_digits(raw) if number.country_code == 44 else ""
        if number.country_code == 44:
            if not raw.lstrip("(").startswith(("0", "+", "00")) or len(national) < 10:
                continue  # "100234567", "340 2026": digits that only look like a number
            if not (phonenumbers.is_valid_number(number) or is_drama(national) or UK_SHAPE.match(national)):
                continue  # a mobile or landline shape the library does not know yet is still a number
        elif not (raw.startswith("+") and phonenumbers.is_valid_number(number)):
            continue
        if national in settings.allow_digits or national[1:2] in ("3", "5", "8", "9"):
            continue  # allow-listed, or a non-geographic 03/08/09 number: an organisation's line
        hit = judge_phone(text, match.start, match.end, national, doc)
        if hit:
            yield hit


def judge_phone(text: str, start: int, end: int, national: str, doc) -> Hit | None:
    left, right = sentence_around(text, start, end)
    before = text[max(left, start - 45):start]
    around = text[max(left, start - 45):min(right, end + 30)]
    if REFERENCE.search(text[max(left, start - 20):start]):
        return None  # "ref 0121 496 0018" is a case number
    personal = PERSONAL.search(around)
    named = named_person_before(before, doc, start - len(before))
    if ORGANISATION.search(before) and not (personal or named):
        return None
    mobile = national.startswith("07") or not national  # abroad: treated like a mobile
    if mobile or personal or named:
        kind = "mobile number" if national.startswith("07") else "phone number"
        whose = " given for a named person" if named else ""
        return Hit("phone", start, end, "error", args=(("kind", kind), ("whose", whose)))
    return Hit("phone", start, end, "info", "unsure")


def named_person_before(before: str, doc, offset: int) -> bool:
    """'call Pete on', 'ring Mrs Evans on': a person named just before the number."""
    match = NAMED_BEFORE.search(before)
    if not match:
        return False
    name = match.group(1)
    if TITLED.match(name):
        return True
    if PLACE_WORDS.search(name) or ORGANISATION.search(name):
        return False  # "call Solihull Carers Centre on", "call Customer Services on"
    if doc is not None and doc.ents:
        start = offset + match.start(1)
        for ent in doc.ents:
            if ent.start_char < start + len(name) and start < ent.end_char and ent.label_ in ("ORG", "GPE", "FAC", "NORP"):
                return False
    return True


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
        elif ROLE.match(local) or all(lexicon.is_only_common_word(w) for w in re.split(r"[._-]", local)):
            continue  # info@, bookings@, clerk@, street.cleansing@: a shared mailbox, not anybody's name
        else:
            # Not a shared mailbox and not a public body's: most likely one person's own address
            # (first.last@firm.co.uk, GuyMigneault@teleworm.us).
            yield Hit("email", m.start(), end, "warning", "own-looking")


def is_under(domain: str, suffixes: tuple[str, ...]) -> bool:
    return any(domain == s or domain.endswith("." + s) for s in suffixes)


def find(text: str, settings: Settings, doc=None) -> Iterator[Hit]:
    yield from phones(text, settings, doc)
    yield from emails(text, settings, doc)
