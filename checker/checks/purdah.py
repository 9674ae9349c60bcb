"""purdah: what a council may not publish once a pre-election period has begun.

Only a post going out inside a period (ctx.when(post): its schedule, else --at, else now) is
judged. Inside one: councillors, candidates and MPs named, quoted, pictured or shared;
controversial decisions framed around members; and anything `political` finds. Allowed: the
Mayor or chair in their civic role, emergencies and public safety, council officers, neutral
election information. Every finding's note says which election's period the post falls in.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from checker import wordlists
from checker.checks import political
from checker.elections import Calendar
from checker.model import Finding, Post, Rule
from checker.registry import register

COUNCILLOR = Rule("purdah.councillor", "error", "Names or quotes a councillor, candidate or MP during a pre-election period",
                  ("sandwell-5.3", "solihull-3.13", "solihull-3.1.3"))
SHARE = Rule("purdah.share", "error", "Shares or retweets a councillor or politician during a pre-election period",
             ("sandwell-5.3", "solihull-3.13"))
PHOTO = Rule("purdah.photo", "error", "Pictures councillors other than the Mayor during a pre-election period",
             ("sandwell-5.3", "solihull-3.13"))
CONTROVERSIAL = Rule("purdah.controversial", "error", "Publicises a politically controversial matter, framed around members, during a pre-election period",
                     ("woking-5.7", "solihull-3.13", "sandwell-5.3"))
POLITICAL = Rule("purdah.political", "error", "Political content during a pre-election period",
                 ("sandwell-5.3", "solihull-3.13", "solihull-3.1.3", "solihull-8.9"))
RULES = [COUNCILLOR, SHARE, PHOTO, CONTROVERSIAL, POLITICAL]


def _join(patterns: list[str], flags: int = 0) -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in patterns), flags)


@lru_cache(maxsize=1)
def patterns() -> dict[str, re.Pattern]:
    data = wordlists.toml("purdah.toml")
    cased = {"names", "roles", "handles", "share_cues", "civic_roles"}
    return {key: _join(value, 0 if key in cased else re.I) for key, value in data.items()}


def calendar(ctx) -> Calendar:
    """The calendar for this run, built once from [checks.purdah] (ctx.state is per run)."""
    if "calendar" not in ctx.state:
        ctx.state["calendar"] = Calendar.from_options(ctx.options)
    return ctx.state["calendar"]


def politicians(text: str, civic_names: tuple[str, ...] = ()) -> Iterator[tuple[int, int, str]]:
    """(start, end, kind) for each councillor, candidate or MP named, by name, role or handle,
    leaving out the Mayor or chair in their civic role."""
    p = patterns()
    civic = [m.end() for m in p["civic_roles"].finditer(text)]
    spans: list[tuple[int, int, str]] = []
    for kind in ("handles", "names", "roles"):
        for match in p[kind].finditer(text):
            start, end = match.span()
            if any(start <= s < end or s <= start < e for s, e, _ in spans):
                continue
            between = [text[c:start] for c in civic if 0 <= start - c <= 25]
            if kind != "handles" and any(not re.search(r"[.!?;]", gap) for gap in between):
                continue  # "The Mayor, Cllr Jane Smith, ..." in the civic role
            if any(name.lower() in match.group().lower() for name in civic_names):
                continue
            spans.append((start, end, kind))
    return iter(sorted(spans))


def _shared(text: str, start: int) -> bool:
    return bool(patterns()["share_cues"].search(text[max(0, start - 20):start]))


def detect(post: Post, ctx, note: str) -> list[Finding]:
    text, p = post.text, patterns()
    found: list[Finding] = []
    emergency = bool(p["emergency_cues"].search(text))
    neutral_list = bool(p["neutral_lists"].search(text))
    photo = bool(p["photo_cues"].search(text))

    def add(rule: Rule, start: int, end: int, message: str, suggestion: str) -> None:
        found.append(Finding.of(rule, post, start, end, message, suggestion, note=note))

    named = [] if (emergency or neutral_list) else list(politicians(text, tuple(ctx.options.get("civic_names", []))))
    for start, end, kind in named:
        if _shared(text, start) or kind == "handles" and re.match(r"\s*:", text[end:]):
            add(SHARE, start, end, "Sharing or retweeting a politician during the pre-election period gives them a platform.",
                "Do not share or retweet councillors, candidates or MPs until the period ends (emergencies excepted).")
        elif photo:
            add(PHOTO, start, end, "A photo or video of a councillor (other than the Mayor) during the pre-election period.",
                "Use a photo without councillors, or hold the post until after polling day.")
        else:
            add(COUNCILLOR, start, end, "Naming or quoting a councillor during the pre-election period can promote them as a candidate.",
                "Leave the councillor out, or quote a council officer instead (e.g. the service's director).")
    if not emergency and not named and photo:
        for match in p["photo_generic"].finditer(text):
            add(PHOTO, match.start(), match.end(), "Photos with councillors are not published during the pre-election period.",
                "Use a photo without councillors, or hold the post until after polling day.")
    if not emergency and not named and not found:
        for match in p["credited"].finditer(text):
            add(COUNCILLOR, match.start(), match.end(), "Crediting councillors during the pre-election period can promote them as candidates.",
                "Credit the council or the service, not its members, until after polling day.")
    topic = p["controversial_topics"].search(text)
    framing = p["member_framing"].search(text)
    if topic and framing and not emergency:
        add(CONTROVERSIAL, topic.start(), topic.end(),
            "A politically controversial matter, presented through members, during the pre-election period.",
            "Hold it until after polling day, or give only the factual service information without members' views.")
    political_options = ctx.config.options("political") if "political" in _checks() else {}
    for finding in political.detect(post, ctx.doc, tuple(political_options.get("extra_parties", [])),
                                    tuple(political_options.get("allow", []))):
        add(POLITICAL, finding.start, finding.end,
            f"Political content during the pre-election period: {finding.message[:1].lower()}{finding.message[1:]}",
            finding.suggestion)
    return found


def _checks():
    from checker.registry import all_checks
    return all_checks()


@register(
    id="purdah",
    summary="In a pre-election period only: councillors named, quoted, pictured or shared; controversial matters; anything political",
    rules=RULES,
    options={"elections": [], "replace_defaults": False, "no_poll_years": [], "days_off": [], "civic_names": []},
    needs_nlp=True,
)
def check(post: Post, ctx) -> Iterator[Finding]:
    period = calendar(ctx).period_at(ctx.when(post))
    if period is None:
        return
    election, _, _ = period
    yield from detect(post, ctx, election.describe(calendar(ctx).days_off))
