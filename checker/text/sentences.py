"""The one sentence splitter: punctuation and line breaks, never the parser.

The same splitting whatever checks run and whether or not spaCy is loaded, so a finding never
depends on which other checks were switched on. A full stop after an initial or a common
abbreviation (J. Evans, Mrs., no., approx.) does not end a sentence; a line break always does.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

ABBREVIATIONS = ("Mr", "Mrs", "Ms", "Dr", "St", "Rd", "No", "no", "etc", "Cllr", "approx", "e.g", "i.e",
                 "vs", "Ave", "Prof", "Rev", "Sgt", "Insp", "Supt", "Co", "Ltd", "tel", "Tel", "ext", "Ext")
# Linear on any input: a run of end marks is taken whole, possessively, from its first character
# only (giving one back can never make the lookahead succeed), so '.' * 100,000 is one pass
# rather than the quadratic backtracking of a plain [.!?…]+ retried at every dot.
# The lookahead in front only says what the pattern's first character must be, so that `re` does
# not try the 27 lookbehinds at every character of the post (same matches, about 15 times faster).
END = re.compile(
    r"(?=[.!?…\n])(?:(?<![A-Z.!?…])" + "".join(rf"(?<!\b{re.escape(a)})" for a in ABBREVIATIONS)
    + r"[.!?…]++['\"”’)]*+(?=\s)|\n++)"
)


@lru_cache(maxsize=16)
def spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each sentence, without the spaces around it; empty ones left out."""
    out, left = [], 0
    for match in END.finditer(text):
        _add(text, left, match.end(), out)
        left = match.end()
    _add(text, left, len(text), out)
    return tuple(out)


def _add(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    piece = text[start:end]
    stripped = piece.strip()
    if stripped:
        offset = start + len(piece) - len(piece.lstrip())
        out.append((offset, offset + len(stripped)))


def around(sentences, offset: int, text_length: int) -> tuple[int, int]:
    """The sentence holding `offset` (the whole text when it falls between sentences)."""
    # By bisection: a post with thousands of sentences and a finding in each stays linear.
    index = bisect_right(sentences, (offset, float("inf"))) - 1
    if index < 0:
        return (0, text_length)
    return tuple(sentences[index])
