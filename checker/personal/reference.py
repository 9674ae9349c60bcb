"""Case, account and reference numbers of one person's dealings with the council.

A reference number is harmless in a general notice ("quote ref PL/2026/001 on the form"); in a
reply to a resident, or beside a named person, it is that person's case, account or claim, and
anyone who reads it can quote it. Pattern (a cue word then a code with digits), context (a reply
or a name), validate (at least three digits, not a date, a phone number or an amount).
"""
from __future__ import annotations

import re
from typing import Iterator

from checker.personal import Hit, Settings, sentence_around
from checker.personal import people
from checker.personal.address import is_reply

# Cues for a person's own dealings; in a reply to a resident, any reference is theirs.
PERSONAL_CUE = (r"(?:account|acct|acc|a/c|case|application|claim|tenancy|badge|benefit|award|appeal|elector|visa|home office|card|pin"
                # one person's number with a service, an employer or the state: said as a number, since
                # "service" or "customer" alone name no one's ("the customer service team")
                r"|(?:customer|service|passport|pension|payroll|employee|staff|student|patient)(?=\s*\(?\s*(?:no\b|no\.|number)))")
REPLY_CUE = r"(?:ref(?:erence)?|report|repair|booking|crime|permit|order|complaint|enquiry|ticket)"
# Papers the council issues to one named holder: a licence, a consent, a notice or a warning letter,
# and a licensed taxi's plate; and what one named person holds of the council's: a leisure
# membership, an allotment or burial plot, a grave, a beach hut, a caravan or market pitch, a pet's
# microchip on the council's pound register.
# With the holder named in the same sentence, the number is theirs.
HOLDER_CUE = r"(?:licen[cs]e|consent|notice|letter|plate|membership|member|plot|grave|hut|pitch|microchip)"
CUE = r"(?:" + PERSONAL_CUE + "|" + REPLY_CUE + "|" + HOLDER_CUE + r")"
REFERENCE = re.compile(
    r"\b(?i:(?P<cue>" + CUE + r"))\b(?i:\s*\(?\s*(?:no\.?|number|num|ref(?:erence)?))?\.?(?i:\s+(?:is|was))?\s*[:#(]?\s*"
    r"(?i:(?:ending|ending in)\s+)?"
    # Digits in groups first ("4013 8829"), so the whole number is masked, not its first group.
    r"(?P<code>(?:[A-Z]{1,4} )?\d{2,4}(?: \d{2,4}){1,3}(?![\w/-])"
    # Letters, a space, then one group of digits: a driver's badge "KDB 2291".
    r"|[A-Z]{1,4} \d{3,6}(?![\w/-])"
    r"|(?=[A-Z0-9/-]*\d[A-Z0-9/-]*\d[A-Z0-9/-]*\d)[A-Z]{0,5}[/-]?[A-Z0-9]+(?:[/-][A-Z0-9]+){0,3})(?![\w/-])",
)
# Public registers: anyone may look up a planning or licensing application by its number.
PUBLIC_REGISTER = re.compile(r"\b(?:planning|licensing|premises|building control)\b[^.!?\n]{0,40}$", re.IGNORECASE)
YOUR = re.compile(r"\byour\s+(?:\w+\s+){0,3}(?:account|application|claim|case|badge|licence|tenancy|benefit|grant|award|elector)", re.IGNORECASE)
TITLED = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z][a-z]+")
# A household named by its surname ("the Osei family", "the Mensah household"): people, as a name is.
FAMILY = re.compile(r"\b[Tt]he\s+[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?\s+(?:family|household|twins)\b")
NOT_A_REFERENCE = re.compile(r"\d{1,2}[/-]\d{1,2}(?:[/-]\d{2,4})?|0\d{3,4} ?\d{3} ?\d{3,4}|\d{1,3}(?:,\d{3})+")


# A reference given right after a person's name, in brackets or after a comma ("Ms Lorna Keats
# (ref DR/2026/5512)", "Tom Hale, ref 44182"): that person's case.
NAME_THEN = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?)\s*[(,]?\s*$")


def _given_with_a_name(text: str, start: int, person_ends: list[int]) -> bool:
    before = text[max(0, start - 40):start]
    if NAME_THEN.search(before):
        return True
    return any(0 <= start - end <= 3 and re.fullmatch(r"\s*[(,]?\s*", text[end:start]) for end in person_ends)


# A name followed or preceded by a verb of saying is who speaks, not whose case it is ("quote ref
# PL/2026/0014 on the form, Mr Jones said").
SPEAKS_AFTER = re.compile(r"^\s*(?:,\s*)?(?:\w+\s+){0,4}?(?:said|says|adds|added|explains|explained|told|tells)\b")
SPEAKS_BEFORE = re.compile(r"\b(?:said|says|adds|added|explains|explained)\s*,?\s*$")


def _holder_in_sentence(text: str, start: int, end: int, private: list[tuple[int, int]]) -> bool:
    """A private person named in the reference's sentence, not as its speaker: "licence ST/0339
    held by Dean Whitlock", "notice ENF/2026/0412 served on Gary Pocklington", "Kevin Dodds is due
    in court, ref PROW/0443". Staff, councillors and public figures are not private: a works
    reference beside the officer who runs the job stays the council's."""
    left, right = sentence_around(text, start, start + 1)
    # Not a "name" made of the reference's own words (the small model calls "Fault ref" a person).
    return any(left <= s and e <= right and (e <= start or s >= end) and not SPEAKS_AFTER.match(text[e:e + 40])
               and not SPEAKS_BEFORE.search(text[max(0, s - 20):s]) for s, e in private)


def find(text: str, settings: Settings, doc=None) -> Iterator[Hit]:
    if not any(ch.isdigit() for ch in text):
        return
    your_dealings = bool(YOUR.search(text))
    reply = is_reply(text) or your_dealings
    named = reply or TITLED.search(text) or FAMILY.search(text) or (doc is not None and any(
        e.label_ == "PERSON" and people.is_private(text, e.start_char, e.end_char, doc) for e in doc.ents))
    if not named:
        return
    person_ends = [e.end_char for e in doc.ents if e.label_ == "PERSON"] if doc is not None else []
    private = None  # asked only when a reference is not plainly the resident's
    for m in REFERENCE.finditer(text):
        personal = re.fullmatch(PERSONAL_CUE, m.group("cue"), re.IGNORECASE)
        yours = re.search(r"\b(?:your|ur|you['’]ve|you)\b[^.!?]{0,40}$", text[max(0, m.start() - 60):m.start()], re.IGNORECASE)
        # A reply about the resident's own claim, grant or account: its reference is theirs too.
        holder = re.fullmatch(HOLDER_CUE, m.group("cue"), re.IGNORECASE)
        if private is None and not personal:  # asked once, when first needed
            private = [(s.start(), s.end()) for s in TITLED.finditer(text)] + ([
                (e.start_char, e.end_char) for e in doc.ents
                if e.label_ == "PERSON" and people.is_private(text, e.start_char, e.end_char, doc)] if doc is not None else [])
        theirs = personal or (reply and (yours or your_dealings and is_reply(text))) \
            or _given_with_a_name(text, m.start(), person_ends)
        in_their_sentence = not theirs and _holder_in_sentence(text, m.start(), m.end(), private)
        if not (theirs or in_their_sentence):
            continue  # "works ref HW/26/18830" is the council's job, not the resident's case
        if (personal or holder or in_their_sentence) and PUBLIC_REGISTER.search(text[max(0, m.start() - 60):m.start() + len(m.group("cue"))]):
            continue  # "planning application PA26/04412" is on a public register
        code = m.group("code").strip(" -/")
        if sum(c.isdigit() for c in code) < 3 or NOT_A_REFERENCE.fullmatch(code):
            continue
        start = m.start("code")
        yield Hit("reference", start, start + len(code), "error")
