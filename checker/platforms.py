"""The platforms posts go to, their limits and the names people write for them (wordlists/platforms.toml).

Shared by the length check and the command line's --platform option, which both need to know
what "Twitter", "X" or "IG" stands for.
"""
from __future__ import annotations

import re
from functools import lru_cache

from checker import wordlists
from checker.errors import UsageError

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
