"""Spam: the same or nearly the same post repeated, and requests for money (Sandwell 5.4; Solihull 3.1.10).

Repeats are judged across every post of a run (a cross-post check): each post leaves only a small
digest in ctx.state; the most recent posts also keep a MinHash of their word 3-shingles, paired
through locality-sensitive hashing bands, so a large file is not compared pair by pair.
A repeat on the same platform and account within `window_hours` of the earlier post is a warning;
further apart it is an info note (a reminder weeks later is normal practice).
"""
from __future__ import annotations

import hashlib
import re
from datetime import timedelta
from functools import cache

import numpy as np

from checker import wordlists
from checker.first_seen import FirstSeen
from checker.model import Hit
from checker.registry import register
from checker.text.words import any_pattern

HASHES, BAND = 16, 2  # 8 bands of 2: pairs above about 0.7 similarity nearly always meet in a band
SEEDS = [int.from_bytes(hashlib.blake2b(str(i).encode(), digest_size=8).digest(), "big") for i in range(HASHES)]
MASK = (1 << 64) - 1
MULTIPLIER = 0x9E3779B97F4A7C15
_SEEDS, _MULTIPLIER = np.array(SEEDS, dtype=np.uint64), np.uint64(MULTIPLIER)
TOKEN = re.compile(r"\S+")


def _urlish(token: str) -> bool:
    """A link-like token: `x.y/...` or `http(s)://...`. Tested on each token in Python rather than
    by a pattern such as `\\S+\\.\\S+/\\S*`, which backtracks in cubic time on a run of dots."""
    if "http://" in token or "https://" in token:
        return True
    dot = token.find(".", 1)
    return dot > 0 and "/" in token[dot + 2:]


def without_links(text: str) -> str:
    return TOKEN.sub(lambda match: " " if _urlish(match.group()) else match.group(), text)


def normal_words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9£%]+", without_links(text.lower()))


def fingerprint(text: str) -> tuple[int, ...]:
    """MinHash of the word 3-shingles of the text, normalised (case, punctuation, links)."""
    return _fingerprint(normal_words(text))


def _fingerprint(words: list[str]) -> tuple[int, ...]:
    shingles = {" ".join(words[i:i + 3]) for i in range(max(1, len(words) - 2))}
    values = np.array([int.from_bytes(hashlib.blake2b(s.encode(), digest_size=8).digest(), "big") for s in shingles],
                      dtype=np.uint64)
    # ((v ^ seed) * MULTIPLIER) & MASK for every seed and shingle at once: uint64 arithmetic wraps
    # modulo 2**64, which is what the mask does to Python's integers (a loop of 16 x shingles
    # Python operations was most of this check's time).
    return tuple(((values[None, :] ^ _SEEDS[:, None]) * _MULTIPLIER).min(axis=1).tolist())


def similarity(a: tuple[int, ...], b: tuple[int, ...]) -> float:
    return sum(x == y for x, y in zip(a, b)) / HASHES


@cache
def phrases(key: str) -> re.Pattern:
    """One of the phrase lists of wordlists/policy_phrases.toml [spam], as one pattern."""
    return any_pattern(wordlists.toml("policy_phrases.toml")["spam"][key], re.IGNORECASE | re.MULTILINE)


def _channel(post) -> str:
    # The same text on Facebook and on X is one message cross-posted, not spam.
    return "|".join((post.meta.get("platform") or "").lower().split() + [(post.meta.get("account") or "").lower()])


# Near repeats are looked for among the most recent posts only, so memory stays flat however
# long the file is; exact repeats (the same words) are found across the whole run through an
# 8-byte digest per post (checker.first_seen: no Python object per post). Schedules are exported in date order, so near repeats close enough in
# time to matter are close in the file too.
RECENT = 2000


def _repeat(post, ctx):
    state = ctx.state
    exact = state.get("exact")  # digest -> (id, source, when) of its first post, every post
    if exact is None:
        exact = state["exact"] = FirstSeen()
    recent = state.setdefault("recent", {})  # sequence number -> (id, source, when, fingerprint, band keys)
    bands = state.setdefault("bands", {})  # band key -> sequence number of the latest post in it
    words = normal_words(post.text)
    if len(words) < 4:
        return  # "Thank you!" twice is not spam
    channel = _channel(post)
    when = post.when
    digest = int.from_bytes(hashlib.blake2b(f"{channel}\0{' '.join(words)}".encode(), digest_size=8).digest(), "big")
    mark = _fingerprint(words)
    keys = [hash((channel, i, mark[i:i + BAND])) for i in range(0, HASHES, BAND)]
    first = exact.get(digest)
    best = (1.0, first) if first is not None else None
    if best is None:
        for key in keys:
            earlier = recent.get(bands.get(key))
            if earlier is None:
                continue
            score = similarity(mark, earlier[3])
            if score >= ctx.options["similarity"] and (best is None or score > best[0]):
                best = (score, earlier[:3])
    sequence = state["next"] = state.get("next", 0) + 1
    exact.add(digest, post.id, post.source, when)
    recent[sequence] = (post.id, post.source, when, mark, keys)
    for key in keys:
        bands[key] = sequence
    if len(recent) > RECENT:
        _forget(recent, bands, sequence - RECENT)
    if best is None:
        return
    earlier_id, earlier_source, earlier_when = best[1]
    close = abs(when - earlier_when) <= timedelta(hours=ctx.options["window_hours"])
    args = {"how": "repeats" if best[0] == 1 else "nearly repeats", "earlier": earlier_id,
            "earlier_source": earlier_source, "earlier_when": f"{earlier_when:%d %b %Y %H:%M}",
            "variant": "close" if close else "spaced"}
    yield Hit("repeat", 0, len(post.text), args, severity=None if close else "info")


def _forget(recent: dict, bands: dict, sequence: int) -> None:
    """Drop one old post from the near-repeat window, and the band entries that point at it."""
    *_, keys = recent.pop(sequence)
    for key in keys:
        if bands.get(key) == sequence:
            del bands[key]


def _money(post):
    match = phrases("money").search(post.text)
    if not match:
        return
    always = phrases("always").search(match.group())
    if not always and (phrases("charity").search(post.text) or phrases("council_payments").search(post.text)):
        return
    yield Hit("money-request", match.start(), match.end())


@register(id="spam", options={"similarity": 0.75, "window_hours": 24}, cross_post=True)
def check(post, ctx):
    yield from _money(post)
    yield from _repeat(post, ctx)
