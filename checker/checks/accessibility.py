"""Accessibility advice (info only): what makes a post hard to follow with a screen reader.

After the GCS guidance on accessible social media (and councils that reproduce it): write
multi-word hashtags in CamelCase (#RecyclingWeek), so screen readers say the words, not a
string of letters; use at most two hashtags, at the end of the post; do not use emoji as
bullet points, since each one is read out by name before every line.
"""
from __future__ import annotations

import re
from functools import lru_cache

from checker import cache, packed, wordlists
from checker.model import Hit
from checker.registry import register
from checker.text import places
from checker.text.social import graphemes, is_emoji

# Short words a hashtag may contain; other words must have 3 letters or more, so that
# "#solihull" is not read as "soli" + "hull".
SHORT_WORDS = {"a", "i", "an", "as", "at", "be", "by", "do", "go", "in", "is", "it", "me", "my",
               "no", "of", "on", "or", "so", "to", "up", "us", "we"}
LETTERS = re.compile(r"[a-z]+")


@lru_cache(maxsize=1)
def vocabulary() -> packed.Words:
    """English words and British place names, lower case, letters only: built once (about half a
    second) and then loaded from postcheck's cache until a list or this code changes."""
    return cache.load("hashtag-vocabulary", _build_vocabulary, code=(places, packed))


def _build_vocabulary() -> packed.Words:
    words = set()
    for line in (*wordlists.lines("british_words.txt"), *places.names()):
            word = "".join(ch for ch in line.lower() if ch.isalpha())
            if word.isascii() and (len(word) >= 3 or word in SHORT_WORDS):
                words.add(word)
    return packed.Words(words)


def segment(body: str) -> list[str] | None:
    """The fewest known words that make up `body` (lower case letters), or None."""
    words = vocabulary()
    if body in words:
        return [body]
    best: list[list[str] | None] = [None] * (len(body) + 1)
    best[0] = []
    for end in range(1, len(body) + 1):
        for start in range(max(0, end - 30), end):
            if best[start] is not None and body[start:end] in words:
                candidate = best[start] + [body[start:end]]
                if best[end] is None or len(candidate) < len(best[end]):
                    best[end] = candidate
    return best[len(body)]


def camel_case(tag: str) -> str | None:
    """`#recyclingweek` -> `#RecyclingWeek`; None when the hashtag is one word or already cased."""
    body = tag[1:]
    if not body.isalpha() or not body.isascii() or len(body) < 5:
        return None
    if body not in (body.lower(), body.upper(), body.capitalize()):
        return None  # already has capitals inside: taken as CamelCase
    words = segment(body.lower())
    if not words or len(words) < 2:
        return None
    if body.isupper() and any(len(word) < 3 for word in words):
        return None  # an acronym, more likely than short words in capitals
    return "#" + "".join(word.capitalize() for word in words)


def bullet_emoji(text: str) -> list[tuple[int, int]]:
    """Emoji that start two or more lines, each followed by text: a list with emoji bullets."""
    found = []
    offset = 0
    for line in text.split("\n"):
        stripped = line.lstrip()
        start = offset + len(line) - len(stripped)
        first = next(graphemes(stripped), None)
        if first and is_emoji(first[1]):
            rest = stripped[len(first[1]):].strip()
            if rest and any(ch.isalnum() for ch in rest):
                found.append((start, start + len(first[1])))
        offset += len(line) + 1
    return found if len(found) >= 2 else []


def last_word_end(text: str, skip: list[tuple[int, int]]) -> int:
    """Offset just past the last letter or digit of the text outside hashtags, links and emoji."""
    masked = list(text)
    for start, end in skip:
        masked[start:end] = " " * (end - start)
    # A grapheme is an emoji when it holds an emoji character: a text with none has none, and
    # is not walked grapheme by grapheme.
    for offset, grapheme in graphemes(text) if is_emoji(text) else ():
        if is_emoji(grapheme):
            masked[offset:offset + len(grapheme)] = " " * len(grapheme)
    for index in range(len(masked) - 1, -1, -1):
        if masked[index].isalnum():
            return index + 1
    return 0


@register(id="accessibility", options={"max_hashtags": 2})
def check(view, ctx):
    text = view.text
    tags = view.hashtags
    for start, end in tags:
        fixed = camel_case(text[start:end])
        if fixed:
            yield Hit("hashtag-case", start, end, {"fixed": fixed}, replacement=fixed)
    for start, end in bullet_emoji(text):
        yield Hit("emoji-bullet", start, end)
    most = ctx.options["max_hashtags"]
    if len(tags) > most:
        yield Hit("too-many-hashtags", tags[most][0], tags[-1][1], {"count": len(tags), "most": most})
    words_end = last_word_end(text, tags + view.link_spans)
    for start, end in tags:
        if start < words_end:
            yield Hit("hashtag-mid-text", start, end)
