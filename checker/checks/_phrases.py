"""Compiled phrase lists from wordlists/policy_phrases.toml, shared by confidential, consent and spam."""
from __future__ import annotations

import re
from functools import lru_cache

from checker import wordlists


@lru_cache(maxsize=None)
def patterns(section: str, key: str) -> tuple[re.Pattern, ...]:
    return tuple(re.compile(p, re.I | re.M) for p in wordlists.toml("policy_phrases.toml")[section][key])


def first(section: str, key: str, text: str) -> re.Match | None:
    """The earliest match of any pattern of the list in the text."""
    found = [m for p in patterns(section, key) if (m := p.search(text))]
    return min(found, key=lambda m: m.start()) if found else None
