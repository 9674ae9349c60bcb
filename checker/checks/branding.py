"""Branding: the council called by an unexplained abbreviation ("SMBC") (Solihull 6.1).

Pages and posts must be clearly identifiable as the council's: an in-house abbreviation of its
name means nothing to most residents. Only abbreviations of councils' names are flagged
(wordlists/council_abbreviations.csv, plus config `abbreviations`); generic acronyms are the
plain_english check's job. An abbreviation passes when the post also gives the full name (or the
short "<Place> Council"). With `council` set in the config, only that council's abbreviations count.
"""
from __future__ import annotations

import re
from functools import lru_cache

from checker import wordlists
from checker.model import Hit
from checker.registry import register

TYPE_WORDS = re.compile(r"\b(?:Metropolitan|Borough|City|County|District|Council|Royal|London|of)\b")


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[str, ...]]:
    table: dict[str, list[str]] = {}
    for row in wordlists.rows("council_abbreviations.csv"):
        table.setdefault(row["abbreviation"].strip(), []).append(row["name"].strip())
    return {k: tuple(v) for k, v in table.items()}


def _own_names(ctx) -> tuple[str, ...] | None:
    """The configured council's full name, when the config says which council this is."""
    council = ctx.council
    if not council:
        return None
    name = wordlists.toml("clauses.toml").get("councils", {}).get(council, {}).get("name")
    return (name,) if name else None


def _spelled_out(text: str, names) -> bool:
    lowered = text.lower()
    for name in names:
        place = TYPE_WORDS.sub(" ", name).split()
        if name.lower() in lowered:
            return True
        if place and re.search(r"\b" + re.escape(" ".join(place).lower()) + r"(?:'s)? council\b", lowered):
            return True
    return False


@register(id="branding", options={"abbreviations": [], "allow": []})
def check(post, ctx):
    table = dict(_table())
    own = _own_names(ctx)
    if own:
        initials = {abbr for abbr, names in table.items() if set(names) & set(own)}
        table = {abbr: own for abbr in initials}
    for extra in ctx.options["abbreviations"]:
        table[extra] = table.get(extra, ()) or own or ("the council",)
    allowed = set(ctx.options["allow"])
    seen = set()
    for match in re.finditer(r"\b[A-Z]{3,6}\b", post.text):
        abbr = match.group()
        if abbr not in table or abbr in allowed or abbr in seen:
            continue
        seen.add(abbr)
        names = table[abbr]
        if _spelled_out(post.text, names):
            continue
        shown = " or ".join(names[:3]) + (" ..." if len(names) > 3 else "")
        yield Hit("abbreviation", match.start(), match.end(), {"abbreviation": abbr, "names": shown})
