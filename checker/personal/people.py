"""People: a private individual named together with details about them.

Names come from spaCy's entities (`ctx.doc`), plus titled names ("Mrs Evans") found by pattern, so
the check still works, more narrowly, when no model is installed. A name alone is not a finding
(thanking a volunteer is normal); a name in the same sentence as a detail about that person (a
service user, a child and their school, health, a date of birth, a home, debts) is. Public figures
in their public role (the Mayor, a councillor, a named officer) pass, and so do place names that
the small model takes for people (Shirley, Knowle, Warwick Road).
"""
from __future__ import annotations

import re
from typing import Iterator

from checker.personal import Hit, Settings, data, sentence_around, words_pattern

WORDS = data()["people"]
TITLES = "|".join(t.capitalize() for t in WORDS["titles"])
TITLED_NAME = re.compile(
    r"\b(?:" + TITLES + r")\.?\s+(?:[A-Z]\.?\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?"
)
PUBLIC_ROLE = words_pattern(WORDS["public_roles"])
PLACE_WORD = words_pattern(WORDS["place_words"])
LEADING_VERB = words_pattern(WORDS["leading_verbs"])
SENSITIVE = words_pattern(WORDS["sensitive"], regex=True)
NAME_TOKEN = re.compile(r"^[A-Z][a-z'’-]+$|^[A-Z]\.?$")
# A role said right before the name ("Cllr", "the Mayor,", "Director of Public Health") or right
# after it (", Cabinet Member for", " (headteacher)").
ROLE_BEFORE = re.compile(
    r"(?i:" + PUBLIC_ROLE.pattern + r")\.?(?:\s+(?:of|for|the|and|&|[A-Z][\w&'’-]*))*\s*[,:]?\s*$"
)
ROLE_AFTER = re.compile(r"^\s*(?:,|\(|-|–|—|who is|is)\s*(?:the\s+|our\s+|a\s+)?[^.!?;]{0,25}?(?:" + PUBLIC_ROLE.pattern + r")", re.IGNORECASE)
# A first name given with an age ("Liam, 8,", "Kai (7)"): a child is identified by much less than
# a full name.
AGED_NAME = re.compile(r"\b((?:[A-Z][a-z'’-]+\s+)?[A-Z][a-z'’-]+)(?=,\s*(?:aged\s+)?\d{1,2},|\s*\(\s*(?:aged\s+)?\d{1,2}\s*\)|,?\s+aged\s+\d{1,2}\b)")
NOT_A_NAME = re.compile(
    r"year|years|junction|route|stage|level|grade|room|page|round|ward|term|week|day|class|group|team|under|"
    r"over|aged|age|ages|platform|bus|gate|number|no|step|phase|chapter|section|figure|table|item|children|"
    r"adults|kids|pupils|boys|girls|men|women|players|people|residents|january|february|march|april|may|"
    r"june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|the|and|or|for|with|from",
    re.IGNORECASE,
)
SUGGESTION = "Remove the name, or the details about them: posts must not identify a private individual."


def find(text: str, settings: Settings, doc=None) -> Iterator[Hit]:
    if not SENSITIVE.search(text):
        return  # a name with nothing about the person is not a finding: skip the work
    seen: set[tuple[int, int]] = set()
    for start, end in candidates(text, doc):
        if (start, end) in seen or not is_private(text, start, end):
            continue
        seen.add((start, end))
        left, right = sentence_around(text, start, end)
        _, next_right = sentence_around(text, right, right) if right < len(text) else (right, right)
        if SENSITIVE.search(text[left:start]) or SENSITIVE.search(text[end:next_right]):
            yield Hit("person", start, end, "error",
                      "A private individual is named together with details about them "
                      "(care, health, age, school, home or money).", SUGGESTION)


def candidates(text: str, doc) -> Iterator[tuple[int, int]]:
    for m in TITLED_NAME.finditer(text):
        yield m.start(), m.end()
    for m in AGED_NAME.finditer(text):
        start, words = m.start(1), m.group(1).split()
        if len(words) == 2 and (LEADING_VERB.fullmatch(words[0]) or NOT_A_NAME.fullmatch(words[0])):
            start, words = m.end(1) - len(words[1]), words[1:]
        if not any(NOT_A_NAME.fullmatch(w) for w in words):
            yield start, m.end(1)
    if doc is None:
        return
    for ent in doc.ents:
        tokens = [t for t in ent if not t.is_punct]
        # Drop a verb or greeting the small model glued on ("Ring Brian", "Thanks Sarah").
        while tokens and LEADING_VERB.fullmatch(tokens[0].text):
            tokens = tokens[1:]
        while tokens and tokens[-1].text in ("'s", "’s"):
            tokens = tokens[:-1]
        if not tokens:
            continue
        if ent.label_ != "PERSON" and not (ent.label_ == "ORG" and 2 <= len(tokens) <= 3):
            continue  # the small model sometimes files a child's full name under ORG
        words = [t.text for t in tokens]
        if not all(NAME_TOKEN.match(w) for w in words):
            continue
        if len(words) < 2:
            continue  # a lone first name (or Shirley, Knowle) does not identify anyone on its own
        yield tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def is_private(text: str, start: int, end: int) -> bool:
    name = text[start:end]
    after = text[end:end + 60]
    if PLACE_WORD.search(name) or re.match(r"\s+" + PLACE_WORD.pattern, after):
        return False  # Warwick Road, Shirley Library, Oakfield Primary
    before = text[max(0, start - 45):start]
    left, _ = sentence_around(text, start, end)
    before = before[max(0, left - max(0, start - 45)):]
    if PUBLIC_ROLE.match(name) or ROLE_BEFORE.search(before) or ROLE_AFTER.match(after):
        return False  # Cllr Priya Nair; Michelle Grant, Director of Environment Services
    return True
