"""What the length and accessibility checks both look for in a post: links, hashtags, emoji."""
from __future__ import annotations

from typing import Iterator

import regex

# A hashtag: `#` not glued to a word or another `#`, then letters/digits/underscores with at
# least one letter (`#1` is not a hashtag). Spans inside links are left out by `hashtags`.
HASHTAG = regex.compile(r"(?<![\p{L}\p{N}_&#/])#(?=[\p{L}\p{M}\p{N}_]*\p{L})[\p{L}\p{M}\p{N}_]+")
GRAPHEME = regex.compile(r"\X")
# A grapheme that shows as an emoji: a pictograph (with any modifiers), a flag or a keycap.
EMOJI = regex.compile(r"\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20e3")


def links(text: str) -> list[tuple[int, int]]:
    """Spans of web addresses, with or without https:// (the links check's finder)."""
    from checker.checks.links import links as web_links

    return [(start, end) for start, end, _host in web_links(text)]


def hashtags(text: str) -> list[tuple[int, int]]:
    inside = links(text)
    return [
        match.span()
        for match in HASHTAG.finditer(text)
        if not any(start <= match.start() < end for start, end in inside)
    ]


def is_emoji(grapheme: str) -> bool:
    return bool(EMOJI.search(grapheme))


def graphemes(text: str) -> Iterator[tuple[int, str]]:
    """(offset, grapheme) for each user-perceived character."""
    for match in GRAPHEME.finditer(text):
        yield match.start(), match.group()
