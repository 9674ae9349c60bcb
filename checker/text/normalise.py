"""Folding disguised text back to plain lower-case letters, for word-list lookups.

People hide words from filters with zero-width characters, letters from other alphabets that
look Latin (Cyrillic а, Greek ο), accents, full-width or "bold" Unicode letters, digits and
symbols for letters (sh1t, b0llocks, 5h!t) and repeated letters (fuuuck). These helpers undo
that one token at a time, so offsets into the original text stay simple.
"""
from __future__ import annotations

import re
import unicodedata

# Invisible characters that split a word without showing anything.
ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\u2061\u2062\u2063\u2064")

# Letters from other alphabets that look like Latin ones (the common subset of Unicode's
# confusables list for Cyrillic and Greek).
LOOKALIKES = str.maketrans({
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c",
    "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i", "ј": "j", "ԁ": "d", "ԛ": "q", "ԝ": "w",
    "ո": "n", "ս": "u", "ɑ": "a", "ɡ": "g", "ı": "i", "ℓ": "l",
    "α": "a", "β": "b", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t",
    "υ": "u", "χ": "x", "ϲ": "c",
})

# Letters drawn as emoji or enclosed symbols: regional indicators (🇦-🇿, the halves of flags),
# and squared, negative squared and negative circled capitals (🄰, 🅰, 🅐). Unicode gives most of
# these no decomposition to the letter, so they are mapped by their place in the block.
EMOJI_LETTERS = {start + n: chr(ord("a") + n) for start in (0x1F1E6, 0x1F130, 0x1F170, 0x1F150) for n in range(26)}
# Variation selectors ask for an emoji's picture or text form (🅱️ is 🅱 and U+FE0F): no letter.
VARIATION = frozenset("\ufe0e\ufe0f")

# Digits and symbols written for letters. "1" is both i and l, so it gets both readings.
LEET = {"0": "o", "1": "il", "3": "e", "4": "a", "5": "s", "7": "t", "9": "g", "@": "a", "$": "s", "!": "i", "|": "l", "+": "t", "€": "e", "£": "l"}

_RUNS = re.compile(r"(.)\1+")


def fold(token: str) -> tuple[str, bool]:
    """Lower-case Latin letters for a token, and whether folding had to undo a disguise.

    Accents are stripped, zero-width characters dropped, look-alike letters mapped.
    """
    if token.isascii():
        return token.lower(), False
    disguised = False
    out = []
    for char in token:
        if char in ZERO_WIDTH:
            disguised = True
            continue
        if char in VARIATION:
            continue
        if ord(char) in EMOJI_LETTERS:
            out.append(EMOJI_LETTERS[ord(char)])
            disguised = True
            continue
        mapped = char.lower().translate(LOOKALIKES)
        if mapped != char.lower():
            disguised = True
        elif not mapped.isascii():
            decomposed = unicodedata.normalize("NFKD", mapped)
            plain = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
            if plain != mapped and unicodedata.normalize("NFKC", char) != char:
                disguised = True  # full-width or mathematical letters, not ordinary accents
            mapped = plain
        out.append(mapped)
    return "".join(out), disguised


def leet_readings(word: str, limit: int = 8) -> list[str]:
    """Every reading of digits and symbols as letters: `sh1t` -> ['shit', 'shlt']."""
    readings = [""]
    for char in word:
        options = LEET.get(char, char)
        readings = [r + o for r in readings for o in options][:limit]
    return readings


def collapse_runs(word: str) -> str:
    """Repeated letters to one: `fuuuck` -> `fuck`, `bollocks` -> `bolocks`."""
    return _RUNS.sub(r"\1", word)
