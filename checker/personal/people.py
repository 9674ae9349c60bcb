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
from checker.text import lexicon

WORDS = data()["people"]
TITLES = "|".join(t.capitalize() for t in WORDS["titles"])
# A capitalised word in any European spelling (Armendáriz, Kjær, Strømsnes).
UPPER, LOWER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĘĚĞĪŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŹŻŽ", "a-zß-öø-ÿ\u0100-\u017f'’-"
# Smith, McCune, O'Brien, MacDonald.
WORD = f"[{UPPER}](?:[{LOWER}]+|[{LOWER}]*[{UPPER}][{LOWER}]+)"
PARTICLE = "(?:" + "|".join(WORDS["name_particles"]) + ")"
# A full name: capitalised words, with particles between them (Cinthia van Lint).
FULL_NAME = WORD + r"(?:\s+(?:" + PARTICLE + r"\s+){0,2}" + WORD + "){1,2}"
TITLED_NAME = re.compile(r"\b(?:" + TITLES + r")\.?\s+(?:[A-Z]\.?\s+)?" + WORD + r"(?:\s+" + WORD + ")?")
PUBLIC_ROLE = words_pattern(WORDS["public_roles"])
PLACE_WORD = words_pattern(WORDS["place_words"])
SURNAME_PLACE = words_pattern(WORDS["place_words_also_surnames"])
LOCATIVE_BEFORE = re.compile(r"(?:^|\s)(?i:" + "|".join(WORDS["locative"]) + r"|the)\s+$")
LEADING_VERB = words_pattern(WORDS["leading_verbs"])
SENSITIVE = words_pattern(WORDS["sensitive"], regex=True)
NAME_TOKEN = re.compile(f"^{WORD}$|^[{UPPER}]\\.?$|^{PARTICLE}$")
# A full name set off by a comma and a description ("Czcibor Kaczmarek, a resident of ...",
# "Don McBryde, who is in foster care"): found without the model, which misses unusual names.
APPOSITIVE = re.compile(
    r"(?<![\w'’])(" + FULL_NAME + r")(?=,\s+(?:a|an|one of|who|whose|born|aged|age|our|the)\b|\s+\((?:aged|born|\d))"
)
# A role said right before the name ("Cllr", "the Mayor,", "Director of Public Health") or right
# after it (", Cabinet Member for", " (headteacher)").
ROLE_BEFORE = re.compile(
    r"(?i:" + PUBLIC_ROLE.pattern + r")\.?(?:\s+(?:of|for|the|and|&|[A-Z][\w&'’-]*))*\s*[,:]?\s*$"
)
ROLE_AFTER = re.compile(r"^\s*(?:,|\(|-|–|—|who is|is)\s*(?:the\s+|our\s+|a\s+)?[^.!?;]{0,25}?(?:" + PUBLIC_ROLE.pattern + r")", re.IGNORECASE)
# A first name given with an age ("Liam, 8,", "Kai (7)"): a child is identified by much less than
# a full name.
AGED_NAME = re.compile(r"\b((?:" + WORD + r"\s+)?" + WORD + r")(?=,\s*(?:aged\s+)?\d{1,2},|\s*\(\s*(?:aged\s+)?\d{1,2}\s*[),]|,?\s+aged\s+\d{1,2}\b)")
# A relative named in a reply ("your son Freddie", "your mum, Dorothy Pickles"): the first name alone
# identifies the child or the person cared for to everyone who knows the family.
RELATIVE_NAME = re.compile(
    r"\b(?:your|his|her|their|my)\s+(?:son|daughter|child|boy|girl|grandson|granddaughter|mum|mother|dad|father|"
    r"wife|husband|partner|nan|gran|grandad|grandma|brother|sister)(?:['’]s)?,?\s+(" + WORD + r"(?:\s+" + WORD + r")?)")
NOT_A_NAME = re.compile(
    r"year|years|junction|route|stage|level|grade|room|page|round|ward|term|week|day|class|group|team|under|"
    r"over|aged|age|ages|platform|bus|gate|number|no|step|phase|chapter|section|figure|table|item|children|"
    r"adults|kids|pupils|boys|girls|men|women|players|people|residents|january|february|march|april|may|"
    r"june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|the|and|or|for|with|from",
    re.IGNORECASE,
)


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
            yield Hit("person", start, end, "error")


def candidates(text: str, doc) -> Iterator[tuple[int, int]]:
    for m in TITLED_NAME.finditer(text):
        yield m.start(), m.end()
    for m in RELATIVE_NAME.finditer(text):
        yield from trimmed(m.start(1), m.group(1).split(" "), minimum=1)
    for pattern in (AGED_NAME, APPOSITIVE):
        for m in pattern.finditer(text):
            yield from trimmed(m.start(1), m.group(1).split(" "), minimum=1 if pattern is AGED_NAME else 2)
    if doc is None:
        return
    for ent in doc.ents:
        if ent.label_ != "PERSON" and not (ent.label_ == "ORG" and 2 <= len(ent) <= 3):
            continue  # the small model sometimes files a child's full name under ORG
        tokens = [t for t in ent if not t.is_punct and t.text not in ("'s", "’s")]
        # Organisations and services are not people: an ORG with an ordinary word in it (Adult
        # Social Care, Welsh Labour, Hebridean Housing), a PERSON made only of ordinary words
        # (Changing Places, Care Plan, Universal Credit).
        ordinary = [lexicon.is_common_word(t.text) for t in tokens]
        if tokens and (any(ordinary) if ent.label_ == "ORG" else all(ordinary)):
            continue
        if tokens and all(NAME_TOKEN.match(t.text) for t in tokens):
            yield from trimmed(tokens[0].idx, text[tokens[0].idx:tokens[-1].idx + len(tokens[-1].text)].split(" "), 2)


def trimmed(start: int, words: list[str], minimum: int) -> Iterator[tuple[int, int]]:
    """The name without a verb or greeting glued to its front ("Ring Brian", "Meet Liam")."""
    end = start + len(" ".join(words))
    while words and (LEADING_VERB.fullmatch(words[0]) or NOT_A_NAME.fullmatch(words[0])):
        start += len(words[0]) + 1
        words = words[1:]
    # A lone first name (or Shirley, Knowle) identifies no one unless an age comes with it.
    if len(words) >= minimum and not any(NOT_A_NAME.fullmatch(w) for w in words):
        yield start, end


def is_private(text: str, start: int, end: int) -> bool:
    name = text[start:end]
    after = text[end:end + 60]
    if PLACE_WORD.search(name) or re.match(r"\s+" + PLACE_WORD.pattern, after):
        return False  # Warwick Road, Shirley Library, Oakfield Primary
    left, _ = sentence_around(text, start, end)
    before = text[max(left, start - 45):start]
    if SURNAME_PLACE.fullmatch(name.split()[-1]) and LOCATIVE_BEFORE.search(before):
        return False  # "near Dorridge Heath", but "to Lily Hill" is a person
    if PUBLIC_ROLE.match(name) or ROLE_BEFORE.search(before) or ROLE_AFTER.match(after):
        return False  # Cllr Priya Nair; Michelle Grant, Director of Environment Services
    return True
