"""UK identifiers: National Insurance, NHS, bank, card, passport, driving licence, vehicle numbers.

Each has a pattern for its written shape, a validate step where the number has one (NHS mod 11,
Luhn, IBAN mod 97, the NI and DVLA rules), and context words for the shapes that are too common
to flag on their own (a passport number is nine digits; a sort code looks like a date).
"""
from __future__ import annotations

import re
from typing import Iterator

from checker.personal import Hit, Settings, data, sentence_around, window, words_pattern

REFERENCE = words_pattern(data()["phone"]["reference_cues"] + ["no", "number", "code", "ref no", "id"])

# --- National Insurance numbers -------------------------------------------------------------
# The suffix letter is often left off ("ZT 01 87 75"): then the spaced pairs or the words must say it.
NI = re.compile(r"(?<![\w-])([A-Za-z]{2})([ -]?)(\d{2})\2(\d{2})\2(\d{2})(?:\2([A-Da-d]))?(?![\w-]|[ -]\d)")
NI_CONTEXT = re.compile(r"national\s+insurance|\bN\.?I\.?\s*(?:no|number|num)\b|\bNINO\b", re.IGNORECASE)
NI_BAD_PAIRS = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def ni_prefix_valid(prefix: str) -> bool:
    """HMRC's rules: D F I Q U V never used; O not second; BG GB KN NK NT TN ZZ not allocated."""
    first, second = prefix[0], prefix[1]
    return first not in "DFIQUV" and second not in "DFIOQUV" and prefix not in NI_BAD_PAIRS


def national_insurance(text: str) -> Iterator[Hit]:
    for m in NI.finditer(text):
        context = bool(NI_CONTEXT.search(window(text, m.start(), m.end(), 50)))
        suffix = m.group(6)
        shaped = m.group(1).isupper() and (suffix.isupper() if suffix else m.group(2) == " ")
        if not (shaped or context):
            continue
        if not context and REFERENCE.search(text[max(0, m.start() - 20):m.start()]):
            continue  # "Order ref AB 12 34 56 C": a reference in the NI shape
        if not suffix and not (context or ni_prefix_valid(m.group(1))):
            continue
        if ni_prefix_valid(m.group(1).upper()):
            yield Hit("ni-number", m.start(), m.end(), "error")
        else:
            yield Hit("ni-number", m.start(), m.end(), "warning", "mistyped")


# --- NHS numbers: ten digits, the last a mod 11 check digit -----------------------------------
NHS = re.compile(r"(?<![\w+£$.,/:-])(\d{3})([ -]?)(\d{3})\2(\d{4})(?![\w/-]|[.,:]\d)")
NHS_CONTEXT = re.compile(r"\bNHS\b|national health|health service|CHI\b|hospital number|patient", re.IGNORECASE)


def nhs_check_digit_ok(digits: str) -> bool:
    total = sum(int(d) * weight for d, weight in zip(digits[:9], range(10, 1, -1)))
    check = 11 - total % 11
    check = 0 if check == 11 else check
    return check != 10 and check == int(digits[9]) and len(set(digits)) > 1


def nhs_number(text: str) -> Iterator[Hit]:
    for m in NHS.finditer(text):
        digits = m.group(1) + m.group(3) + m.group(4)
        context = bool(NHS_CONTEXT.search(window(text, m.start(), m.end(), 40)))
        grouped = m.group(2) != ""
        if not context and (not grouped or digits[0] == "0"):
            continue  # unspaced ten digits, or a 0 start (phone-like), need the word NHS nearby
        if nhs_check_digit_ok(digits):
            yield Hit("nhs-number", m.start(), m.end(), "error")
        elif context:
            yield Hit("nhs-number", m.start(), m.end(), "warning", "mistyped")


# --- Bank details: sort code with account number, IBAN ----------------------------------------
SORT_CODE = re.compile(r"(?<![\w/.-])(\d{2})([- ])(\d{2})\2(\d{2})(?![\w/.]|-\d)")
SORT_CODE_WORDS = re.compile(r"sort\s*-?code|\bs/c\b", re.IGNORECASE)
SORT_CODE_BARE = re.compile(r"(?:sort\s*-?code|\bs/c)\W{0,3}(?:is\s+)?(\d{6})(?!\d)", re.IGNORECASE)
ACCOUNT = re.compile(r"(?<![\w.-])(\d{8})(?![\w]|[.,]\d)")
ACCOUNT_AFTER = re.compile(r"\W{1,5}(?:\w+\W{1,3}){0,2}\d{8}(?!\d)")  # "60-83-71 / 12345678"
ACCOUNT_WORDS = re.compile(r"\b(?:account|acct|acc|a/c)\b", re.IGNORECASE)
IBAN = re.compile(r"\bGB\d{2} ?[A-Z]{4}(?: ?\d){14}\b")


def iban_ok(iban: str) -> bool:
    compact = iban.replace(" ", "")
    moved = compact[4:] + compact[:4]
    return int("".join(str(int(ch, 36)) for ch in moved)) % 97 == 1


def bank_details(text: str) -> Iterator[Hit]:
    sort_codes = []
    for m in SORT_CODE.finditer(text):
        before = text[max(0, m.start() - 25):m.start()]
        after = text[m.end():m.end() + 60]
        if SORT_CODE_WORDS.search(before) or ACCOUNT_AFTER.match(after) or (
            ACCOUNT.search(after) and ACCOUNT_WORDS.search(after)
        ):
            sort_codes.append((m.start(), m.end()))
    for m in SORT_CODE_BARE.finditer(text):
        sort_codes.append((m.start(1), m.end(1)))
    for start, end in sort_codes:
        yield Hit("bank-details", start, end, "error")
    for m in ACCOUNT.finditer(text):
        if ACCOUNT_WORDS.search(text[max(0, m.start() - 30):m.start()]) or (
            sort_codes and any(0 < m.start() - end < 60 for _, end in sort_codes)
        ):
            yield Hit("bank-details", m.start(), m.end(), "error", "account")
    for m in IBAN.finditer(text):
        if iban_ok(m.group()):
            yield Hit("bank-details", m.start(), m.end(), "error", "iban")


# --- Payment card numbers: 13 to 19 digits passing Luhn ---------------------------------------
CARD = re.compile(r"(?<![\w.,-])[3-6]\d{3}(?:[ -]?\d){9,15}(?![\w]|[.,-]\d)")
CARD_GROUPED = re.compile(r"^\d{4}([ -])\d{4}\1\d{4}\1\d{4}(?:\1\d{1,3})?$|^\d{4}([ -])\d{6}\2\d{4,5}$")
CARD_CONTEXT = re.compile(r"\bcard|visa|master\s?card|amex|american express|maestro|debit|credit|paid with|payment", re.IGNORECASE)


def luhn_ok(digits: str) -> bool:
    total = 0
    for index, ch in enumerate(reversed(digits)):
        d = int(ch)
        if index % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def card_number(text: str) -> Iterator[Hit]:
    for m in CARD.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if not 13 <= len(digits) <= 19:
            continue
        context = bool(CARD_CONTEXT.search(window(text, m.start(), m.end(), 40)))
        if not (context or CARD_GROUPED.match(m.group())):
            continue  # sixteen bare digits are an order number unless a card is mentioned
        if REFERENCE.search(text[max(0, m.start() - 20):m.start()]) and not context:
            continue
        if luhn_ok(digits):
            yield Hit("card-number", m.start(), m.end(), "error")
        elif context:
            yield Hit("card-number", m.start(), m.end(), "warning", "mistyped")


# --- Passports: too plain a shape to flag without the word passport ---------------------------
PASSPORT = re.compile(r"(?<![\w])(?:[A-Z]{2}\d{7}|\d{9}|\d{3} \d{3} \d{3})(?![\w])")
PASSPORT_CONTEXT = re.compile(r"\bpassport", re.IGNORECASE)


def passport(text: str) -> Iterator[Hit]:
    if not PASSPORT_CONTEXT.search(text):
        return
    for m in PASSPORT.finditer(text):
        left, _ = sentence_around(text, m.start(), m.end())
        if PASSPORT_CONTEXT.search(text[max(left, m.start() - 30):m.start()]):
            yield Hit("passport", m.start(), m.end(), "error")


# --- Driving licences (DVLA): surname, birth date and initials in 16 characters ---------------
LICENCE = re.compile(
    r"(?<![\w])([A-Z]{1,5}9{0,4})[ ]?(\d)(\d{2})(\d{2})(\d)[ ]?([A-Z9]{2})(\d)([A-Z]{2})(?:[ ]?\d{2})?(?![\w])"
)


def driving_licence(text: str) -> Iterator[Hit]:
    for m in LICENCE.finditer(text):
        surname, month, day = m.group(1), int(m.group(3)), int(m.group(4))
        if len(surname) != 5 or not (1 <= month <= 12 or 51 <= month <= 62) or not 1 <= day <= 31:
            continue
        yield Hit("driving-licence", m.start(), m.end(), "error")


# --- Vehicle registrations of private cars (not road numbers such as A34 or M42) ---------------
CURRENT_PLATE = re.compile(r"(?<![\w-])([A-Z]{2})(\d{2}) ?([A-Z]{3})(?![\w-])")
OLDER_PLATE = re.compile(r"(?<![\w-])(?:[A-Z]\d{1,3} ?[A-Z]{3}|[A-Z]{3} ?\d{1,3}[A-Z])(?![\w-])")
VEHICLE_CONTEXT = re.compile(
    r"\b(?:reg(?:istration|istered)?|number ?plates?|plates?|vehicles?|cars?|vans?|motorbikes?|"
    r"lorry|keeper|owner|driver|parked|parking)\b|ford|vauxhall|toyota|bmw|audi|nissan|volkswagen|vw\b",
    re.IGNORECASE,
)


def plate_valid(area: str, age: str, letters: str) -> bool:
    """DVLA's 2001 format: no I, Q or Z in the area code, no I or Q in the random letters, and an
    age identifier for March (02-..) or September (51-..)."""
    year = int(age)
    return (
        area[0] not in "IQZ" and area[1] not in "IQZ" and not set(letters) & {"I", "Q"}
        and (2 <= year <= 49 or 51 <= year <= 99)
    )


# The council's own vehicle ("our new electric gritter BK26 GRT", "our ring-and-ride minibus BX25
# CTB") or a plate given as an example of the format ("looks like AB12 CDE"): no private keeper.
OWN_FLEET = re.compile(
    r"\b(?:our|the council['’]s)\s+(?:[\w-]+\s+){0,3}(?:gritters?|sweepers?|lorr(?:y|ies)|minibus(?:es)?|bus(?:es)?|"
    r"vans?|vehicles?|fleet|trucks?|tractors?|cars?)\b[^.!?]{0,40}$|\b(?:like|e\.g\.?|such as|for example)\s*$",
    re.IGNORECASE)


def vehicle_registration(text: str) -> Iterator[Hit]:
    plates = list(CURRENT_PLATE.finditer(text))
    # Said once to be the council's, the plate is the council's wherever the post repeats it.
    owned = {m.group().replace(" ", "") for m in plates if OWN_FLEET.search(text[max(0, m.start() - 80):m.start()])}
    for m in plates:
        if m.group().replace(" ", "") in owned:
            continue
        if REFERENCE.search(text[max(0, m.start() - 15):m.start()]) and not VEHICLE_CONTEXT.search(
            window(text, m.start(), m.end(), 60, 30)
        ):
            continue
        if plate_valid(*m.groups()):
            yield Hit("vehicle-registration", m.start(), m.end(), "error")
        else:
            yield Hit("vehicle-registration", m.start(), m.end(), "warning", "mistyped")
    if VEHICLE_CONTEXT.search(text):
        for m in OLDER_PLATE.finditer(text):
            if VEHICLE_CONTEXT.search(window(text, m.start(), m.end(), 60, 30)):
                yield Hit("vehicle-registration", m.start(), m.end(), "error")


RECOGNISERS = (national_insurance, nhs_number, bank_details, card_number, passport, driving_licence,
               vehicle_registration)


def find(text: str, settings: Settings, doc=None) -> Iterator[Hit]:
    if not any(ch.isdigit() for ch in text):
        return
    for recognise in RECOGNISERS:
        yield from recognise(text)
