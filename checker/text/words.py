"""Words and chunks of a post with their offsets and folded forms, and the pattern builders.

A *word* is a run of letters and digits, with inner apostrophes and hyphens (don't, well-being).
A *chunk* is a run between spaces and bracket-like punctuation, so that masks (f*ck, sh!t) and
hidden characters stay inside the word they disguise; swearing is looked up chunk by chunk.
"""
from __future__ import annotations

from bisect import bisect_right

import re
from dataclasses import dataclass
from typing import Iterable

from checker.text.normalise import fold
from checker.text.screen import screened

WORD = re.compile(r"[^\W_]+(?:['’][^\W\d_]+)*(?:-[^\W_]+(?:['’][^\W\d_]+)*)*")
CHUNK = re.compile(r"[^\s,;:()\[\]{}\"“”«»<>/\\]+")
LETTERS = re.compile(r"[a-z]+")
TRIM = ".,?;:'’\"!)…"
# Answers remembered per word (lru_cache) by the checks that ask about nearly every word. A few
# thousand of the most recent words answer nearly every question (words repeat from post to post),
# and a bigger cache only grows memory as a long batch meets rarer words: with the sizes at 16,384
# and 32,768 these caches held about 20 MB after 20,000 posts, and more as the batch grew.
WORDS_REMEMBERED = 1 << 12
# After a capitalised word, what introduces who or what it names ("Fanny, a 14-year-old Belted
# Galloway", "Tigger, a ginger tom, ..."): the word is a name, whatever else it spells.
APPOSITION = re.compile(r",\s+(?:a|an|our|who|aged|now)\s")


@dataclass(frozen=True)
class Word:
    start: int
    end: int
    text: str

    @property
    def lower(self) -> str:
        return self.text.lower()


@dataclass(frozen=True)
class Chunk:
    """A run of non-space text, trimmed of sentence punctuation, with its folded form."""

    start: int
    end: int
    raw: str
    folded: str  # lower case, with look-alike, accented and hidden characters undone
    hidden: bool  # folding had to undo zero-width, look-alike or full-width characters

    @property
    def words(self) -> list[str]:
        return LETTERS.findall(self.folded)


def words(text: str) -> list[Word]:
    return [Word(m.start(), m.end(), m.group()) for m in WORD.finditer(text)]


def chunks(text: str) -> list[Chunk]:
    out = []
    for match in CHUNK.finditer(text):
        raw, start = match.group(), match.start()
        stripped = raw.rstrip(TRIM).lstrip("'‘\"(“")
        if not stripped:
            continue
        start += raw.index(stripped)
        folded, hidden = fold(stripped)
        out.append(Chunk(start, start + len(stripped), stripped, folded, hidden))
    return out


def alternation(items: Iterable[str], *, regex: bool = False) -> str:
    """The items as one regex alternation, longest first so that a longer phrase wins."""
    parts = _alternatives(items, regex)
    return "|".join(parts) if parts else r"(?!)"


def _alternatives(items: Iterable[str], regex: bool) -> list[str]:
    return sorted((item if regex else re.escape(item) for item in items if item), key=len, reverse=True)


WHOLE_WORDS = (r"(?:(?<![\w@])|(?!\w))(?:", r")(?:(?!\w)|(?<!\w))")


def words_pattern(items: Iterable[str], *, regex: bool = False, flags: int = re.IGNORECASE) -> re.Pattern:
    """Whole words or phrases as one compiled pattern.

    Word boundaries only where the phrase itself starts or ends with a word character, so that
    a phrase such as ", 15," can still match.
    """
    parts = tuple(_alternatives(items, regex)) or (r"(?!)",)
    return screened(WHOLE_WORDS[0] + "|".join(parts) + WHOLE_WORDS[1], flags, parts, WHOLE_WORDS)


def any_pattern(patterns: Iterable[str], flags: int = re.IGNORECASE) -> re.Pattern:
    """Several regular expressions as one: a match of any of them (behind a literal screen,
    checker.text.screen, which only makes a post that holds none of them faster)."""
    parts = tuple(f"(?:{p})" for p in patterns if p) or (r"(?!)",)
    return screened("|".join(parts), flags, parts)


def overlaps(span: tuple[int, int], spans: Iterable[tuple[int, int]]) -> bool:
    start, end = span
    return any(s < end and start < e for s, e in spans)


def inside(offset: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(s <= offset < e for s, e in spans)


def merged_spans(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans sorted, with overlapping and touching ones joined and empty ones left out."""
    # One pass with the open span in locals (no list of lists, no max() per span): 33,000 hashtags
    # of a pasted run took a third of a second this way less.
    merged: list[tuple[int, int]] = []
    open_start = open_end = -1
    for start, end in sorted(spans):
        if open_end >= 0 and start <= open_end:
            if end > open_end:
                open_end = end
        elif start < end:
            if open_end >= 0:
                merged.append((open_start, open_end))
            open_start, open_end = start, end
    if open_end >= 0:
        merged.append((open_start, open_end))
    return merged


class SpanSet:
    """Spans merged and sorted, asked whether an offset falls in any of them by bisection: asking
    each span in turn for each word is quadratic on a post of thousands of spans (67 s for 100 KB
    of '#a ' in endorsement, 25 s for 'a@b.' x 25,000 in spelling)."""

    def __init__(self, spans: Iterable[tuple[int, int]]):
        merged = merged_spans(spans)
        self.starts = [start for start, _ in merged]
        self.ends = [end for _, end in merged]

    def __contains__(self, offset: int) -> bool:
        index = bisect_right(self.starts, offset) - 1
        return index >= 0 and offset < self.ends[index]


def window(text: str, start: int, end: int, before: int, after: int = 0) -> str:
    """The text just before and just after a span (the span itself left out)."""
    return text[max(0, start - before):start] + " " + text[end:end + after]
