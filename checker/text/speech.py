"""Quoted speech: the spans of a post inside quotation marks, and what someone says there.

Double quotation marks, and British single ones ('the Overseers are desir'd to remove him'): an
apostrophe inside a word ("desir'd", "it's") neither opens nor closes one. One pattern for every
check that asks what is quoted (spelling leaves a quoted speaker's dialect alone; personal data
does not read a named officer's words about the service as details about them).
"""
from __future__ import annotations

import re
from functools import lru_cache

QUOTED = re.compile(r"(?<!\w)[\"“][^\"“”\n]{1,400}[\"”](?!\w)|(?<![\w'’])['‘](?=\w)[^\n]{1,400}?(?<=[\w.!?,])['’](?![\w'’])")
# The speaker talking about themselves: what they say of themselves is theirs to be judged on.
FIRST_PERSON = re.compile(r"\b(?:I|I['’](?:m|ve|d|ll)|me|my|mine|myself)\b")


@lru_cache(maxsize=16)
def quoted_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each quotation, its quotation marks included."""
    return tuple(m.span() for m in QUOTED.finditer(text))


def without_others_speech(text: str, start: int, end: int) -> str:
    """`text` with every quotation blanked out (same length, so offsets hold) that is said by
    someone about something other than themselves, when the name at start:end stands outside all
    quotations: "'We've taken on 14 more educational psychologists,' said Alison Greaves" says
    nothing about Alison Greaves. A quotation in the first person singular is kept ("'I was
    diagnosed last year,' says Jo"), and so is every quotation when the name is inside one."""
    spans = quoted_spans(text)
    if not spans or any(s <= start and end <= e for s, e in spans):
        return text
    pieces, cursor = [], 0
    for s, e in spans:
        if FIRST_PERSON.search(text, s, e):
            continue
        pieces.append(text[cursor:s])
        pieces.append(" " * (e - s))
        cursor = e
    pieces.append(text[cursor:])
    return "".join(pieces)
