"""Length: a post too long for the platform it is going to, or with too many hashtags or links.

The platform comes from post.meta["platform"] (front matter, a CSV `platform` column, or the
--platform option), else the `platform` option; a post with no platform is not measured.
Several platforms may be named at once ("x, facebook"): the post must fit each. Limits and how
each platform counts are data, in wordlists/platforms.toml, with their sources.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from checker import wordlists
from checker.checks._social import graphemes, hashtags, is_emoji, links
from checker.checks.links import links as web_links
from checker.errors import UsageError
from checker.model import Finding, Rule
from checker.registry import register

TOO_LONG = Rule("length.too-long", "error", "Longer than the platform allows: it will be refused or cut off")
TOO_MANY_HASHTAGS = Rule("length.too-many-hashtags", "error", "More hashtags than the platform allows in one post")
TOO_MANY_LINKS = Rule("length.too-many-links", "error", "More links than the platform allows in one post")
UNKNOWN_PLATFORM = Rule("length.unknown-platform", "info", "Names a platform postcheck has no limits for, so its length is not checked")

SEPARATORS = re.compile(r"\s*(?:[,;|+&]|\band\b)\s*", re.IGNORECASE)


@lru_cache(maxsize=1)
def platforms() -> dict[str, dict]:
    return dict(wordlists.toml("platforms.toml")["platforms"])


@lru_cache(maxsize=1)
def aliases() -> dict[str, str]:
    table = {}
    for key, platform in platforms().items():
        table[key] = key
        for alias in platform.get("aliases", []):
            table[alias.lower()] = key
    return table


def resolve(name: str) -> str | None:
    """The platforms.toml key for a name people write ("Twitter", "X", "IG"), or None."""
    return aliases().get(" ".join(name.lower().split()))


def names(value: str) -> list[str]:
    return [part.strip() for part in SEPARATORS.split(value or "") if part.strip()]


def check_platform_option(value: str) -> str:
    """Validate a --platform value: every name it lists must be known (else exit 2)."""
    for name in names(value):
        if resolve(name) is None:
            known = ", ".join(sorted(platforms()))
            raise UsageError(f"--platform: {name!r} is not a platform postcheck knows ({known})")
    return value


def weights(text: str, counting: str) -> list[tuple[int, int]]:
    """(offset, weight) for each counted unit of the text, as the platform counts it."""
    if counting == "x":
        return x_weights(text)
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


def x_weights(text: str) -> list[tuple[int, int]]:
    """twitter-text v3: a link counts 23, an emoji 2, other code points 1 or 2 by range."""
    platform = platforms()["x"]
    light = [tuple(pair) for pair in platform["light_ranges"]]
    out = []
    spans = sorted((start, end) for start, end, _host in web_links(text))
    offset = 0
    for start, end in spans + [(len(text), len(text))]:
        for grapheme_offset, grapheme in graphemes(text[offset:start]):
            at = offset + grapheme_offset
            if is_emoji(grapheme):
                out.append((at, 2))
            else:
                out.extend((at + i, 1 if any(low <= ord(ch) <= high for low, high in light) else 2)
                           for i, ch in enumerate(grapheme))
        if end > start:
            out.append((start, platform["link_weight"]))
        offset = max(offset, end)
    return out


def measure(text: str, counting: str, limit: int) -> tuple[int, int | None]:
    """The post's length as the platform counts it, and the offset of the first character past the limit."""
    total, cut = 0, None
    for offset, weight in weights(text, counting):
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


@register(
    id="length",
    summary="Posts too long for their platform (X 280 with links as 23, Bluesky 300, Threads 500, Instagram 2,200 and 5 hashtags, LinkedIn 3,000, Facebook)",
    rules=[TOO_LONG, TOO_MANY_HASHTAGS, TOO_MANY_LINKS, UNKNOWN_PLATFORM],
    options={"platform": "", "limits": {}},
)
def check(post, ctx):
    requested = post.meta.get("platform") or ctx.options["platform"]
    if not requested:
        return
    overrides = limits(ctx)
    text = unicodedata.normalize("NFC", post.text)
    if len(text) != len(post.text):
        text = post.text  # keep offsets into the post's own text
    for name in names(requested):
        key = resolve(name)
        if key is None:
            yield Finding.of(
                UNKNOWN_PLATFORM, post, 0, 0,
                f"postcheck has no limits for the platform {name!r}, so the post's length was not checked.",
                f"Use one of: {', '.join(sorted(platforms()))}, or add the platform to wordlists/platforms.toml.",
            )
            continue
        yield from measure_for(post, text, key, overrides)


def measure_for(post, text: str, key: str, overrides: dict[str, int]):
    platform = platforms()[key]
    label = platform.get("name", key)
    limit = overrides.get(key, platform["max_chars"])
    counting = platform.get("counting", "utf16")
    length, cut = measure(text, counting, limit)
    if cut is not None:
        how = {"x": " (each link counts as 23, emoji and some scripts as 2)", "utf16": " (emoji count as 2)",
               "threads": " (emoji count as their bytes)"}.get(counting, "")
        yield Finding.of(
            TOO_LONG, post, cut, len(post.text),
            f"Too long for {label}: {length:,} characters{how}, the limit is {limit:,}.",
            f"Cut at least {length - limit:,} characters: the highlighted part is past the limit.",
        )
    max_bytes = platform.get("max_bytes")
    if max_bytes and cut is None:
        size = len(text.encode("utf-8"))
        if size > max_bytes:
            yield Finding.of(
                TOO_LONG, post, 0, len(post.text),
                f"Too long for {label}: {size:,} bytes of text, the limit is {max_bytes:,}.",
                "Shorten the post or use fewer emoji and accented letters.",
            )
    for rule, limit_key, spans, noun in (
        (TOO_MANY_HASHTAGS, "max_hashtags", hashtags, "hashtags"),
        (TOO_MANY_LINKS, "max_links", links, "links"),
    ):
        most = platform.get(limit_key)
        if most is None:
            continue
        found = spans(text)
        if len(found) > most:
            extra = found[most:]
            yield Finding.of(
                rule, post, extra[0][0], extra[-1][1],
                f"{len(found)} {noun}: {label} allows at most {most} in one post.",
                f"Keep the {most} that matter most and remove the rest.",
            )
