"""purdah: what a council may not publish once a pre-election period has begun.

Only a post going out inside a period (ctx.when(post): its schedule, else --at, else now) is
judged. Inside one: councillors, candidates and MPs named, quoted, pictured or shared;
controversial decisions framed around members; and anything `political` finds. Allowed: the
Mayor or chair in their civic role, emergencies and public safety, council officers, neutral
election information. Every finding's note says which election's period the post falls in.

The calendar decides WHEN; inside a period, the trained classifier (checker.classify) decides
whether content the rules did not recognise (councillors credited as a group, a contested decision
publicised, anything political) is publicity the period forbids: `purdah.publicity`, on the
sentence it finds strongest. Emergencies stay allowed. `model = false` switches it off.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from checker import wordlists
from checker.classify import model as classifier
from checker.model import Hit
from checker.registry import register
from checker.text import politics


def _join(patterns: list[str], flags: int = 0) -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in patterns), flags)


@lru_cache(maxsize=1)
def patterns() -> dict[str, re.Pattern]:
    data = wordlists.toml("purdah.toml")
    cased = {"names", "roles", "handles", "share_cues", "civic_roles"}
    # One list of the words for councillors as a group, spelt into every pattern that names them.
    members = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(data["member_groups"], key=len, reverse=True))
    return {key: _join([p.replace("{members}", members) for p in value], 0 if key in cased else re.I)
            for key, value in data.items() if key != "member_groups"}


# Between a name and the civic office given after it: a comma or a bracket, and "the" ("Cllr Peter
# Mallory, the Chair of Fenland District Council,", "Cllr Ann Lowe (Mayor of Ludlow)").
APPOSED = re.compile(r"\s*[,(]\s*(?:the\s+|our\s+)?")
CAMPAIGNING = re.compile(r"\b(?:re-?elect(?:ion|ed)?|standing\s+(?:for|in|again)|vote\s+(?:for|him|her)|his\s+campaign|her\s+campaign)\b", re.IGNORECASE)


def politicians(text: str, civic_names: tuple[str, ...] = ()) -> Iterator[tuple[int, int, str]]:
    """(start, end, kind) for each councillor, candidate or MP named, by name, role or handle,
    leaving out the Mayor or chair in their civic role."""
    p = patterns()
    # An elected mayor named by office (the register in checker.text.politics) is a politician,
    # though "Mayor" alone is the civic office.
    elected = politics.elected_mayors(text)
    roles = [m for m in p["civic_roles"].finditer(text) if not any(s <= m.start() < e for s, e in elected)]
    civic = [m.end() for m in roles]
    civic_after = [m.start() for m in roles]
    # The civic office is no shelter for a member the post campaigns for ("He's standing for
    # re-election in Eirias ward").
    campaigning = bool(roles) and CAMPAIGNING.search(text)
    spans: list[tuple[int, int, str]] = []
    for kind in ("handles", "names", "roles", "elected"):
        for start, end in ([m.span() for m in p[kind].finditer(text)] if kind != "elected" else elected):
            if any(start <= s < end or s <= start < e for s, e, _ in spans):
                continue
            between = [text[c:start] for c in civic if 0 <= start - c <= 25]
            if kind != "handles" and not campaigning and any(not re.search(r"[.!?;]", gap) for gap in between):
                continue  # "The Mayor, Cllr Jane Smith, ..." in the civic role
            if kind == "names" and not campaigning and any(APPOSED.fullmatch(text, end, c) for c in civic_after if 0 <= c - end <= 12):
                continue  # "Cllr Peter Mallory, the Chair of Fenland District Council, ...": the same
            if any(name.lower() in text[start:end].lower() for name in civic_names):
                continue
            spans.append((start, end, kind))
    return iter(sorted(spans))


def _shared(text: str, start: int) -> bool:
    return bool(patterns()["share_cues"].search(text[max(0, start - 20):start]))


# Disagreement offered as a right ("if you are unhappy with a decision", "you can object by 30
# April", "how to object"): how to appeal or comment, not a dispute the post reports.
OFFERED = re.compile(r"\b(?:if\s+(?:you|your|anyone|someone|a\s+resident)\b[^.!?]{0,70}|(?:you|residents|anyone)\s+(?:can|may|could)\s+|how\s+to\s+|right\s+to\s+|wish\s+to\s+|want\s+to\s+)$", re.IGNORECASE)


def detect(view, ctx, note: str) -> list[Hit]:
    text, p = view.text, patterns()
    found: list[Hit] = []
    emergency = bool(p["emergency_cues"].search(text) and p["emergency_actions"].search(text))
    neutral_list = bool(p["neutral_lists"].search(text))
    photo = bool(p["photo_cues"].search(text))

    def add(rule: str, start: int, end: int, **args) -> None:
        found.append(Hit(rule, start, end, args, note=note))

    # In an emergency a member may give safety information; a photo of members is still publicity
    # ("📸 our ward councillors filling sandbags ahead of the flood warning").
    named = [] if (emergency and not photo or neutral_list) else list(politicians(text, tuple(ctx.options.get("civic_names", []))))
    for start, end, kind in named:
        if _shared(text, start) or kind == "handles" and re.match(r"\s*:", text[end:]):
            add("share", start, end)
        elif photo:
            add("photo", start, end)
        else:
            add("councillor", start, end)
    if not named and photo:
        for match in p["photo_generic"].finditer(text):
            add("photo", match.start(), match.end(), variant="generic")
    if not emergency and not named and not found:
        for match in p["credited"].finditer(text):
            add("councillor", match.start(), match.end(), variant="group")
    if not emergency and not named and not found:
        for match in p["group_action"].finditer(text):
            add("councillor", match.start(), match.end(), variant="group")
    topic = p["controversial_topics"].search(text)
    framing = p["member_framing"].search(text)
    if topic and framing and not emergency:
        add("controversial", topic.start(), topic.end())
    elif not emergency and (topic or p["decisions"].search(text)):
        disputed = next((m for m in p["disagreement"].finditer(text) if not OFFERED.search(text[max(0, m.start() - 80):m.start()])), None)
        if disputed:
            add("controversial", disputed.start(), disputed.end(), variant="disputed")
    if not emergency and not found:
        launch = p["consultation_launch"].search(text)
        if launch and not p["statutory_consultation"].search(text):
            add("consultation", launch.start(), launch.end())
    # The council's own allowances for political wording hold inside the period too.
    for hit in politics.detect(text, view.doc, ctx.extra_parties, tuple(ctx.options["allow"])):
        add("political", hit.start, hit.end, kind=hit.rule)
    if not found and not emergency and ctx.options.get("model", True):
        span = classifier.strongest_sentence(view, "purdah")
        if span is not None and not _not_publicity(text, span, ctx, p, view.doc):
            add("publicity", span[0], span[1])
        else:
            # What the political check's model finding would report is political content too.
            span = classifier.partisan_sentence(view, ctx.extra_parties, tuple(ctx.options["allow"]))
            if span is not None and not _civic_or_contact(text[span[0]:span[1]], ctx, p):
                add("political", span[0], span[1], kind="political.taking-sides")
    return found


# The Mayor said to be the civic one: "the civic Mayor", "the Lord Mayor", "Mayor of Spennymoor"
# (civic_roles already leaves out the elected mayors of London and the combined authorities).
CIVIC_MAYOR = re.compile(r"\b(?:[Cc]ivic|Lord|Deputy)\s+Mayor\b|\bMayor\s+of\s")


CONSULTATION = re.compile(r"\b(?:consultation|consulting)\b", re.IGNORECASE)


def _publicity_subject(text: str, p, doc) -> bool:
    """A subject of publicity in the post: not the Mayor in their civic role ("the civic Mayor of
    Havering opened..."), nor "plan" as a verb ("met to plan the summer programme"). (A kind of
    plan is still one: "the conference centre plan goes ahead".)"""
    civic = [m.span() for m in p["civic_roles"].finditer(text)
             if CIVIC_MAYOR.search(text, max(0, m.start() - 8), min(len(text), m.end() + 4))]
    for match in p["publicity_subjects"].finditer(text):
        if any(s <= match.start() < e for s, e in civic):
            continue
        if doc is not None and match.group(0).lower() in ("plan", "plans"):
            token = doc.char_span(match.start(), match.end())
            if token is not None and token[0].pos_ == "VERB":
                continue
        return True
    return False


def _civic_or_contact(sentence: str, ctx, p) -> bool:
    """The Mayor or chair in their civic role (or the config's civic names), or councillors as
    people to contact, with no member named: allowed in the period."""
    civic = [n.lower() for n in ctx.options.get("civic_names", []) if n]
    if any(n in sentence.lower() for n in civic):
        return True
    members = list(politicians(sentence, tuple(ctx.options.get("civic_names", []))))
    return bool(p["civic_roles"].search(sentence) or p["contact_cues"].search(sentence)) and not members


def _not_publicity(text: str, span: tuple[int, int], ctx, p, doc=None) -> bool:
    """What the rules know is allowed, whatever the model thinks: a post with no member,
    politician, political subject or contested matter in it; the Mayor or chair in their civic
    role (and the config's civic names) or councillors as people to contact, with no member
    named; and government news with nothing against it."""
    sentence = text[span[0]:span[1]]
    if not (_publicity_subject(text, p, doc) or p["controversial_topics"].search(text) or p["member_framing"].search(text)
            or list(politicians(text)) or politics.political_target(text, None, ctx.extra_parties)):
        return True  # nobody and nothing contested to publicise
    if _civic_or_contact(sentence, ctx, p):
        return True
    members = list(politicians(sentence, tuple(ctx.options.get("civic_names", []))))
    if CONSULTATION.search(sentence) and p["statutory_consultation"].search(text) and not members \
            and not p["disagreement"].search(text):
        return True  # a consultation the law requires goes ahead in the period (FACTS 1.3)
    return politics.neutral_government(text, ctx.extra_parties) and not classifier.fires_without_government(text)


@register(
    id="purdah",
    options={"elections": [], "replace_defaults": False, "no_poll_years": [], "days_off": [], "civic_names": [],
             "allow": [], "model": True},
    needs_nlp=True,
)
def check(view, ctx) -> Iterator[Hit]:
    period = ctx.calendar.period_at(view.when)
    if period is None:
        return
    election, _, _ = period
    yield from detect(view, ctx, election.describe(ctx.calendar.days_off))
