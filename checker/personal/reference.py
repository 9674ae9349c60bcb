"""Case, account and reference numbers of one person's dealings with the council.

A reference number is harmless in a general notice ("quote ref PL/2026/001 on the form"); in a
reply to a resident, or beside a named person, it is that person's case, account or claim, and
anyone who reads it can quote it. Pattern (a cue word then a code with digits), context (a reply
or a name), validate (at least three digits, not a date, a phone number or an amount).
"""
from __future__ import annotations

import re
from typing import Iterator

from checker.personal import Hit, Settings
from checker.personal.address import is_reply

CUE = (r"(?:ref(?:erence)?|case|account|acct|a/c|application|report|repair|claim|tenancy|booking|crime|"
       r"permit|badge|order|complaint|enquiry|ticket|award)")
REFERENCE = re.compile(
    r"\b" + CUE + r"(?:\s+(?:no\.?|number|num|ref(?:erence)?))?\.?(?:\s+(?:is|was))?\s*[:#(]?\s*"
    r"(?:(?:ending|ending in)\s+)?"
    r"(?P<code>(?=[A-Z0-9/ -]*\d[A-Z0-9/ -]*\d[A-Z0-9/ -]*\d)[A-Z]{0,5}[/-]?[A-Z0-9]+(?:[/ -][A-Z0-9]+){0,3})",
    re.IGNORECASE,
)
TITLED = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z][a-z]+")
NOT_A_REFERENCE = re.compile(r"\d{1,2}[/-]\d{1,2}(?:[/-]\d{2,4})?|0\d{3,4} ?\d{3} ?\d{3,4}|\d{1,3}(?:,\d{3})+")
SUGGESTION = "Take the reference number out of the public reply: send it by direct message or e-mail."


def find(text: str, settings: Settings, doc=None) -> Iterator[Hit]:
    if not any(ch.isdigit() for ch in text):
        return
    named = is_reply(text) or TITLED.search(text) or (doc is not None and any(e.label_ == "PERSON" for e in doc.ents))
    if not named:
        return
    for m in REFERENCE.finditer(text):
        code = m.group("code").strip(" -/")
        if sum(c.isdigit() for c in code) < 3 or NOT_A_REFERENCE.fullmatch(code):
            continue
        start = m.start("code")
        yield Hit("reference", start, start + len(code), "error",
                  "A case, account or reference number beside a person's name identifies their dealings with the council.",
                  SUGGESTION)
