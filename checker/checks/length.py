"""Length: a post too long for the platform it is going to, or with too many hashtags or links.

The platform comes from post.meta["platform"] (front matter, a CSV `platform` column, or the
--platform option), else the `platform` option; a post with no platform is not measured.
Several platforms may be named at once ("x, facebook"): the post must fit each. Limits and how
each platform counts are data, in wordlists/platforms.toml, with their sources.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache
from itertools import repeat
from typing import Callable

from checker.errors import UsageError
from checker.model import Hit
from checker.platforms import names, platforms, resolve
from checker.registry import register
from checker.text import links
from checker.text.social import EMOJI, graphemes, is_emoji


def weights(text: str, counting: str, link_spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(offset, weight) for each counted unit of the text, as the platform counts it."""
    if counting == "x":
        return x_weights(text, link_spans)
    if counting == "graphemes":
        return [(offset, 1) for offset, _ in graphemes(text)]
    if counting == "utf16":
        return [(offset, 2 if ord(char) > 0xFFFF else 1) for offset, char in enumerate(text)]
    if counting == "threads":
        out = []
        for offset, grapheme in graphemes(text):
            if is_emoji(grapheme):
                out.append((offset, len(grapheme.encode("utf-8"))))
            else:
                out.extend((offset + i, 1) for i in range(len(grapheme)))
        return out
    raise UsageError(f"wordlists/platforms.toml: unknown counting {counting!r}")


def x_weights(text: str, link_spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """twitter-text v3: a link counts 23, an emoji 2, other code points 1 or 2 by range."""
    platform = platforms()["x"]
    weight, ascii_light = _x_weight(tuple(tuple(pair) for pair in platform["light_ranges"]))
    out = []
    spans = sorted(link_spans)
    offset = 0
    for start, end in spans + [(len(text), len(text))]:
        stretch = text[offset:start]
        if ascii_light and stretch.isascii():
            out.extend(zip(range(offset, start), repeat(1)))  # no emoji, every code point light
        elif not EMOJI.search(stretch):
            # No emoji in the stretch (every emoji's mark is one code point, so none in any of
            # its graphemes): each code point counts alone, and walking graphemes and testing
            # each one for an emoji (most of the check's time) would change nothing.
            out.extend((offset + i, weight(ch)) for i, ch in enumerate(stretch))
        else:
            for grapheme_offset, grapheme in graphemes(stretch):
                at = offset + grapheme_offset
                if is_emoji(grapheme):
                    out.append((at, 2))
                else:
                    out.extend((at + i, weight(ch)) for i, ch in enumerate(grapheme))
        if end > start:
            out.append((start, platform["link_weight"]))
        offset = max(offset, end)
    return out


@lru_cache(maxsize=4)
def _x_weight(light: tuple[tuple[int, int], ...]) -> tuple[Callable[[str], int], bool]:
    """A code point's weight on X (1 in a light range, else 2), remembered per code point (the
    same few hundred characters make up nearly every post), and whether all of ASCII is light."""
    known: dict[str, int] = {}

    def weight(ch: str) -> int:
        found = known.get(ch)
        if found is None:
            found = 1 if any(low <= ord(ch) <= high for low, high in light) else 2
            if len(known) < 10_000:  # bounded: a post in a rare script adds only its letters
                known[ch] = found
        return found

    return weight, all(weight(chr(code)) == 1 for code in range(128))


def measure(text: str, counting: str, limit: int, link_spans: list[tuple[int, int]] | None = None) -> tuple[int, int | None]:
    """The post's length as the platform counts it, and the offset of the first character past the limit."""
    if link_spans is None:
        link_spans = [(link.start, link.end) for link in links.find(text)]
    total, cut = 0, None
    for offset, weight in weights(text, counting, link_spans):
        total += weight
        if cut is None and total > limit:
            cut = offset
    return total, cut


def limits(ctx) -> dict[str, int]:
    overrides = ctx.options["limits"]
    table = {}
    for name, value in overrides.items():
        key = resolve(str(name))
        if key is None or not isinstance(value, int) or isinstance(value, bool) or value <= 0:
            raise UsageError(f"[checks.length] limits: {name} = {value!r}: give a known platform and a whole number of characters")
        table[key] = value
    return table


HOW_COUNTED = {"x": " (each link counts as 23, emoji and some scripts as 2)", "utf16": " (emoji count as 2)",
               "threads": " (emoji count as their bytes)"}


def longest_limit() -> tuple[str, int]:
    """The platform that allows the longest post, and its limit."""
    key = max(platforms(), key=lambda name: platforms()[name]["max_chars"])
    return platforms()[key].get("name", key), platforms()[key]["max_chars"]


# any_platform_limit: a post longer than this is too long for every platform, whether or not one
# is named (0: the longest limit in wordlists/platforms.toml). Such a post is still checked, in
# bounded pieces (checker.pipeline.PIECE), but the user is told first.
@register(id="length", options={"platform": "", "limits": {}, "any_platform_limit": 0})
def check(view, ctx):
    name, longest = longest_limit()
    ceiling = ctx.options["any_platform_limit"] or longest
    if len(view.text) > ceiling:
        yield Hit("beyond-every-platform", ceiling, len(view.text),
                  {"length": f"{len(view.text):,}", "limit": f"{ceiling:,}", "platform": name})
    requested = view.meta.get("platform") or ctx.options["platform"]
    if not requested:
        return
    overrides = limits(ctx)
    for name in names(requested):
        key = resolve(name)
        if key is None:
            yield Hit("unknown-platform", 0, 0, {"platform": name, "known": ", ".join(sorted(platforms()))})
            continue
        yield from measure_for(view, key, overrides)


def measure_for(view, key: str, overrides: dict[str, int]):
    text = view.text
    platform = platforms()[key]
    label = platform.get("name", key)
    limit = overrides.get(key, platform["max_chars"])
    counting = platform.get("counting", "utf16")
    composed = unicodedata.normalize("NFC", text)
    counted = composed if len(composed) == len(text) else text  # keep offsets into the post's own text
    length, cut = measure(counted, counting, limit, view.link_spans)
    if cut is not None:
        yield Hit("too-long", min(cut, len(text)), len(text), {"platform": label, "length": f"{length:,}", "how": HOW_COUNTED.get(counting, ""),
                                                    "limit": f"{limit:,}", "over": f"{length - limit:,}"})
    max_bytes = platform.get("max_bytes")
    if max_bytes and cut is None:
        size = len(text.encode("utf-8"))
        if size > max_bytes:
            yield Hit("too-long", 0, len(text), {"platform": label, "size": f"{size:,}", "limit": f"{max_bytes:,}", "variant": "bytes"})
    for rule, limit_key, found, noun in (
        ("too-many-hashtags", "max_hashtags", view.hashtags, "hashtags"),
        ("too-many-links", "max_links", view.link_spans, "links"),
    ):
        most = platform.get(limit_key)
        if most is not None and len(found) > most:
            extra = found[most:]
            yield Hit(rule, extra[0][0], extra[-1][1], {"count": len(found), "noun": noun, "platform": label, "most": most})
