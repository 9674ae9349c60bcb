"""Recognisers of personal data in a post, one module per kind of entity (the Presidio way).

Each module exposes `find(text, settings, doc)` that yields `Hit`s: a pattern finds candidates,
context words around them decide, and a validate step (check digits, number plans) rejects
look-alikes. The registered check, checker/checks/personal_data.py, runs them all and turns hits
into findings. Nothing here ever puts the matched text into a message: reports mask it.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from checker import wordlists
from checker.text import sentences
from checker.text.words import window, words_pattern  # noqa: F401  (re-exported for the recognisers)


@dataclass(frozen=True)
class Hit:
    """One piece of personal data: its kind (the rule id's last part), span and severity, and
    which wording of the rule fits what was seen (wordlists/rules/personal_data.toml)."""

    kind: str
    start: int
    end: int
    severity: str
    variant: str = ""  # one of the rule's [variants] in its TOML; "" is the rule's own wording
    args: tuple[tuple[str, str], ...] = ()  # values its templates need


@dataclass(frozen=True)
class Settings:
    """The check's options, prepared once per run (not per post)."""

    allow_digits: frozenset[str]  # allowed phone numbers, as national digits ("01214960000")
    allow_emails: frozenset[str]  # allowed email addresses, lower case
    own_domains: tuple[str, ...]  # the council's own email domains, lower case


@lru_cache(maxsize=32)
def settings(allow: tuple[str, ...], own_domains: tuple[str, ...]) -> Settings:
    digits, emails = set(), set()
    for item in allow:
        item = item.strip().lower()
        if "@" in item:
            emails.add(item)
        elif any(ch.isdigit() for ch in item):
            digits.add(national_digits(item))
    domains = tuple(d.strip().lower().lstrip("@") for d in own_domains if d.strip())
    return Settings(frozenset(digits), frozenset(emails), domains)


def national_digits(number: str) -> str:
    """A UK number's digits in national form: '+44 (0)121 496 0000' -> '01214960000'."""
    import phonenumbers  # here, not at the top: loading it costs a cold check for every post

    try:
        parsed = phonenumbers.parse(number, "GB")
    except phonenumbers.NumberParseException:
        return re.sub(r"\D", "", number)
    national = phonenumbers.national_significant_number(parsed)
    return ("0" + national) if parsed.country_code == 44 else f"+{parsed.country_code}{national}"


def data() -> dict:
    return wordlists.toml("personal_data.toml")


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the sentence holding text[start:end], by the one shared splitter."""
    return sentences.around(sentences.spans(text), start, len(text))


def end_of_next_sentence(text: str, offset: int) -> int:
    """Where the sentence after the one holding `offset` ends (the end of that one when it is the
    last): a detail about a person is often said in the sentence after their name."""
    spans = sentences.spans(text)
    index = bisect_right(spans, (offset, float("inf"))) - 1  # the sentence holding offset
    if index + 1 < len(spans):
        return spans[index + 1][1]
    return spans[index][1] if index >= 0 else len(text)
