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
# An emoji with a capital after it ends a sentence too, as social posts write a full stop ("...
# Primary School 🎨 Thank you to the 600 children"): pictographs, dingbats and the flag letters, with
# their variation selectors, joiners and skin tones.
EMOJI = "\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF"
EMOJI_TAIL = "\uFE0F\u200D\U0001F3FB-\U0001F3FF\U000E0020-\U000E007F"
END = re.compile(
    rf"(?=[.!?…\n{EMOJI}])(?:(?<![A-Z.!?…])" + "".join(rf"(?<!\b{re.escape(a)})" for a in ABBREVIATIONS)
    + r"[.!?…]++['\"”’)]*+(?=\s)|\n++"
    + rf"|(?P<emoji>[{EMOJI}][{EMOJI}{EMOJI_TAIL}]*+)(?=[ \t]+[A-Z]))"
)
# Words before an emoji for it to end a sentence: "Wedding alert 💍 Ellie and Ben" is a heading
# on its sentence, "The card came from a pupil at Mayflower Primary School 🎨 Thank you" two.
EMOJI_END_WORDS = 5
WORD = re.compile(r"[^\W\d_][\w'’-]*")


@lru_cache(maxsize=16)
def spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each sentence, without the spaces around it; empty ones left out."""
    out, left = [], 0
    for match in END.finditer(text):
        # An emoji ends a sentence only after words of its own, not after one already ended
        # ("100 today! 🎂 She's") or a heading.
        if match.group("emoji") and len(WORD.findall(text, left, match.start())) < EMOJI_END_WORDS:
            continue
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
