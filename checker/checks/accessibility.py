"""Accessibility advice (info only): what makes a post hard to follow with a screen reader.

After the GCS guidance on accessible social media (and councils that reproduce it): write
multi-word hashtags in CamelCase (#RecyclingWeek), so screen readers say the words, not a
string of letters; use at most two hashtags, at the end of the post; do not use emoji as
bullet points, since each one is read out by name before every line.
"""
from __future__ import annotations

import re
from functools import lru_cache

from checker import wordlists
from checker.checks._social import graphemes, hashtags, is_emoji, links
from checker.model import Finding, Rule
from checker.registry import register

CLAUSES = ("solihull-3.3",)

HASHTAG_CASE = Rule("accessibility.hashtag-case", "info", "Multi-word hashtag not written in CamelCase", CLAUSES)
EMOJI_BULLET = Rule("accessibility.emoji-bullet", "info", "Emoji used as bullet points", CLAUSES)
TOO_MANY_HASHTAGS = Rule("accessibility.too-many-hashtags", "info", "More hashtags than accessibility guidance advises", CLAUSES)
HASHTAG_MID_TEXT = Rule("accessibility.hashtag-mid-text", "info", "Hashtag in the middle of the text rather than at the end", CLAUSES)

# Short words a hashtag may contain; other words must have 3 letters or more, so that
# "#solihull" is not read as "soli" + "hull".
SHORT_WORDS = {"a", "i", "an", "as", "at", "be", "by", "do", "go", "in", "is", "it", "me", "my",
               "no", "of", "on", "or", "so", "to", "up", "us", "we"}
LETTERS = re.compile(r"[a-z]+")


@lru_cache(maxsize=1)
def vocabulary() -> frozenset[str]:
    """English words and British place names, lower case, letters only."""
    words = set()
    for name in ("british_words.txt", "places_os_open_names.txt"):
        for line in wordlists.lines(name):
            word = "".join(ch for ch in line.lower() if ch.isalpha())
            if word.isascii() and (len(word) >= 3 or word in SHORT_WORDS):
                words.add(word)
    return frozenset(words)


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
    for offset, grapheme in graphemes(text):
        if is_emoji(grapheme):
            masked[offset:offset + len(grapheme)] = " " * len(grapheme)
    for index in range(len(masked) - 1, -1, -1):
        if masked[index].isalnum():
            return index + 1
    return 0


@register(
    id="accessibility",
    summary="Accessibility advice: CamelCase multi-word hashtags, at most 2 hashtags at the end, no emoji as bullet points",
    rules=[HASHTAG_CASE, EMOJI_BULLET, TOO_MANY_HASHTAGS, HASHTAG_MID_TEXT],
    options={"max_hashtags": 2},
)
def check(post, ctx):
    text = post.text
    tags = hashtags(text)
    for start, end in tags:
        fixed = camel_case(text[start:end])
        if fixed:
            yield Finding.of(
                HASHTAG_CASE, post, start, end,
                "Screen readers read a hashtag in one case as a single made-up word.",
                f"Write it in CamelCase: {fixed}.",
                replacement=fixed,
            )
    for start, end in bullet_emoji(text):
        yield Finding.of(
            EMOJI_BULLET, post, start, end,
            "Emoji used as bullet points are read out by name before every line.",
            "Start the lines with a dash or nothing at all; keep emoji, if any, for the end of the post.",
        )
    most = ctx.options["max_hashtags"]
    if len(tags) > most:
        yield Finding.of(
            TOO_MANY_HASHTAGS, post, tags[most][0], tags[-1][1],
            f"{len(tags)} hashtags: accessibility guidance advises at most {most}.",
            f"Keep the {most} that matter most, at the end of the post.",
        )
    words_end = last_word_end(text, tags + links(text))
    for start, end in tags:
        if start < words_end:
            yield Finding.of(
                HASHTAG_MID_TEXT, post, start, end,
                "A hashtag inside a sentence interrupts it for screen-reader users.",
                f"Write the words plainly in the sentence and put {text[start:end]} at the end of the post, if it is needed.",
            )
