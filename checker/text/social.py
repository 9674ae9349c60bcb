"""Hashtags, @mentions, e-mail addresses, graphemes and emoji: the parts of a post that are not prose."""
from __future__ import annotations

import re
from typing import Iterator

import regex

# A hashtag: `#` not glued to a word or another `#`, then letters/digits/underscores with at
# least one letter (`#1` is not a hashtag).
HASHTAG = regex.compile(r"(?<![\p{L}\p{N}_&#/])#(?=[\p{L}\p{M}\p{N}_]*\p{L})[\p{L}\p{M}\p{N}_]+")
MENTION = regex.compile(r"(?<![\w@.])@\w{1,30}")
EMAIL = regex.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+")
# The opening of a reply to one resident ("@kelly_w ...", "Hi Pauline, ...", "Reply to Jackie:", X's
# own "Replying to @kelly_w", the label a drafting officer puts before a reply, "Reply:", Welsh
# "Ateb:"): the name in it is the person addressed.
REPLY = re.compile(
    r"^\s*(?:(?:reply|ateb)\s*:|(?:reply(?:ing)? to\s+)?@\w+\b|(?:hi|hello|hiya|hey|dear|morning|afternoon|evening|thanks|thank you|reply(?:ing)? to)\s+"
    r"(?:(?:mr|mrs|ms|miss|mx|dr)\.?\s+)?[A-Z][a-z'’-]+\b)", re.IGNORECASE)
GRAPHEME = regex.compile(r"\X")
# A grapheme that shows as an emoji: a pictograph (with any modifiers), a flag or a keycap.
EMOJI = regex.compile(r"\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20e3")


def hashtags(text: str, links: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of hashtags, leaving out `#` inside web addresses (page anchors)."""
    return [m.span() for m in HASHTAG.finditer(text) if not any(s <= m.start() < e for s, e in links)]


def mentions(text: str, emails: list[tuple[int, int]]) -> list[tuple[int, int]]:
    return [m.span() for m in MENTION.finditer(text) if not any(s <= m.start() < e for s, e in emails)]


def emails(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in EMAIL.finditer(text)]


def is_emoji(grapheme: str) -> bool:
    return bool(EMOJI.search(grapheme))


def graphemes(text: str) -> Iterator[tuple[int, str]]:
    """(offset, grapheme) for each user-perceived character."""
    for match in GRAPHEME.finditer(text):
        yield match.start(), match.group()
