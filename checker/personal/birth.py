"""A date of birth beside a person's name: with the name it is enough to steal an identity.

Pattern: "born", "DOB" or "date of birth" with a full date (day, month and year). Context: the post
names someone (spaCy's PERSON, a titled name, a reply to a resident). A year alone ("born in
1752") or an age is not a date of birth.
"""
from __future__ import annotations

import re
from typing import Iterator

from checker.personal import Hit, Settings
from checker.personal.address import is_reply

MONTHS = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
BIRTH_DATE = re.compile(
    r"\b(?:born(?:\s+on)?|d\.?o\.?b\.?|date of birth)\s*:?\s*"
    r"(?P<date>\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)?\d{2}|\d{1,2}(?:st|nd|rd|th)?\s+" + MONTHS + r",?\s+(?:19|20)\d{2})",
    re.IGNORECASE,
)
TITLED = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z][a-z]+")
NAME = re.compile(r"\b[A-Z][a-z]+\s+[A-Z][a-z'’-]+\b")


def find(text: str, settings: Settings, doc=None) -> Iterator[Hit]:
    if not any(ch.isdigit() for ch in text):
        return
    for m in BIRTH_DATE.finditer(text):
        named = (is_reply(text) or TITLED.search(text) or NAME.search(text[:m.start()])
                 or (doc is not None and any(e.label_ == "PERSON" for e in doc.ents)))
        if named:
            yield Hit("person", m.start("date"), m.end("date"), "error", "birth-date")
