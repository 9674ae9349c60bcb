"""Spam: the same or nearly the same post repeated, and requests for money (Sandwell 5.4; Solihull 3.1.10).

Repeats are judged across every post of a run (a cross-post check): each post leaves only a small
fingerprint in ctx.state (a MinHash of its word 3-shingles, 16 integers, plus its id), and posts
are paired through locality-sensitive hashing bands, so a large file is not compared pair by pair.
A repeat on the same platform and account within `window_hours` of the earlier post is a warning;
further apart it is an info note (a reminder weeks later is normal practice).
"""
from __future__ import annotations

import hashlib
import re
from datetime import timedelta

from checker.checks._phrases import first, patterns
from checker.model import Finding, Rule
from checker.registry import register

REPEAT = Rule("spam.repeat", "warning", "The same or nearly the same post again", ("solihull-3.1.10", "sandwell-5.4"))
MONEY = Rule("spam.money-request", "warning", "Asks the public for money outside a charity appeal", ("sandwell-5.4",))

HASHES, BAND = 16, 2  # 8 bands of 2: pairs above about 0.7 similarity nearly always meet in a band
SEEDS = [int.from_bytes(hashlib.blake2b(str(i).encode(), digest_size=8).digest(), "big") for i in range(HASHES)]
MASK = (1 << 64) - 1
URLISH = re.compile(r"\S+\.\S+/\S*|https?://\S+")


def fingerprint(text: str) -> tuple[int, ...]:
    """MinHash of the word 3-shingles of the text, normalised (case, punctuation, links)."""
    words = re.findall(r"[a-z0-9£%]+", URLISH.sub(" ", text.lower()))
    shingles = {" ".join(words[i:i + 3]) for i in range(max(1, len(words) - 2))}
    values = [int.from_bytes(hashlib.blake2b(s.encode(), digest_size=8).digest(), "big") for s in shingles]
    return tuple(min(((v ^ seed) * 0x9E3779B97F4A7C15) & MASK for v in values) for seed in SEEDS)


def similarity(a: tuple[int, ...], b: tuple[int, ...]) -> float:
    return sum(x == y for x, y in zip(a, b)) / HASHES


def _channel(post) -> str:
    # The same text on Facebook and on X is one message cross-posted, not spam.
    return "|".join((post.meta.get("platform") or "").lower().split() + [(post.meta.get("account") or "").lower()])


def _repeat(post, ctx):
    state = ctx.state
    bands = state.setdefault("bands", {})
    seen = state.setdefault("seen", [])  # (id, source, when, fingerprint) per post: small
    if len(re.findall(r"\w+", post.text)) < 4:
        return  # "Thank you!" twice is not spam
    mark = fingerprint(post.text)
    channel = _channel(post)
    when = ctx.when(post)
    best = None
    keys = [(channel, i, mark[i:i + BAND]) for i in range(0, HASHES, BAND)]
    for key in keys:
        for index in bands.get(key, ()):
            score = similarity(mark, seen[index][3])
            if score >= ctx.options["similarity"] and (best is None or score > best[0]):
                best = (score, index)
    seen.append((post.id, post.source, when, mark))
    for key in keys:
        bands.setdefault(key, []).append(len(seen) - 1)
    if best is None:
        return
    earlier_id, earlier_source, earlier_when, _ = seen[best[1]]
    close = abs(when - earlier_when) <= timedelta(hours=ctx.options["window_hours"])
    how = "repeats" if best[0] == 1 else "nearly repeats"
    yield Finding.of(REPEAT, post, 0, len(post.text),
                     f"This post {how} post {earlier_id} ({earlier_source}, {earlier_when:%d %b %Y %H:%M}).",
                     "Post it once, or reword it if it is a planned reminder." if close else
                     "Fine as a reminder spaced out in time; reword it so followers do not see the same text twice.",
                     severity=None if close else "info")


def _money(post):
    match = first("spam", "money", post.text)
    if not match:
        return
    always = any(p.search(match.group()) for p in patterns("spam", "always"))
    if not always and (first("spam", "charity", post.text) or first("spam", "council_payments", post.text)):
        return
    yield Finding.of(MONEY, post, match.start(), match.end(),
                     "The post asks people to send money or payment details.",
                     "Council accounts do not ask for money except for charity appeals; if this is a council payment, link to the council's payment page instead.")


@register(
    id="spam",
    summary="The same or nearly the same post repeated, and requests for money",
    rules=[REPEAT, MONEY],
    options={"similarity": 0.75, "window_hours": 24},
    cross_post=True,
)
def check(post, ctx):
    yield from _money(post)
    yield from _repeat(post, ctx)
