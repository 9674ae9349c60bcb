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
    # "DOB 14/03/1961", "date of birth: 3 May 1950", "your date of birth as 14/03/1961", "DOB is ..."
    r"\b(?:born(?:\s+on)?|d\.?o\.?b\.?|date of birth)\s*:?\s*(?:(?:is|was|as|of|recorded as|listed as|given as|shown as|down as)\s+)?"
    r"(?P<date>\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)?\d{2}|\d{1,2}(?:st|nd|rd|th)?\s+" + MONTHS + r",?\s+(?:19|20)\d{2})",
    re.IGNORECASE,
)
# The cue, then the date later in the same sentence ("we need your date of birth to confirm: we have
# 12/03/1961 on file"): a full date with a year long past, once a date of birth is asked about.
BIRTH_DATE_LATER = re.compile(
    r"\b(?:d\.?o\.?b\.?|date of birth)\b[^.!?\n]{1,80}?"
    r"(?P<date>\b\d{1,2}[/.-]\d{1,2}[/.-](?:19\d\d|20[01]\d)|\b\d{1,2}(?:st|nd|rd|th)?\s+" + MONTHS + r",?\s+(?:19\d\d|20[01]\d))\b",
    re.IGNORECASE,
)
TITLED = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z][a-z]+")
NAME = re.compile(r"\b[A-Z][a-z]+\s+[A-Z][a-z'’-]+\b")
NAME_OVERLAP = 100  # a name running across the previous date's position is still found


def find(text: str, settings: Settings, doc=None) -> Iterator[Hit]:
    if not any(ch.isdigit() for ch in text):
        return
    # What holds for the whole post is asked once, and a name before each date is looked for only
    # in the text since the previous date: a post of thousands of dates stays linear.
    in_post, name_before, searched = None, False, 0
    dates = {m.start("date"): m for m in BIRTH_DATE.finditer(text)}
    for m in BIRTH_DATE_LATER.finditer(text):
        dates.setdefault(m.start("date"), m)
    for m in sorted(dates.values(), key=lambda m: m.start("date")):
        if in_post is None:
            in_post = bool(is_reply(text) or TITLED.search(text)
                           or (doc is not None and any(e.label_ == "PERSON" for e in doc.ents)))
        if not in_post and not name_before:
            name_before = bool(NAME.search(text, max(0, searched - NAME_OVERLAP), m.start()))
            searched = m.start()
        named = in_post or name_before
        if named:
            yield Hit("person", m.start("date"), m.end("date"), "error", "birth-date")
