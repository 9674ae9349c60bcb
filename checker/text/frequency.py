"""wordfreq's English frequencies, kept in postcheck's cache so a run need not load wordfreq.

Importing wordfreq (with langcodes, ftfy, regex and msgpack) and unpacking its English list took
about 0.3 s of every batch that asked how often a word is written. The answers a run asks for
are laid out once in a packed table (checker.packed) that loads in milliseconds: every word of
lower-case ASCII letters wordfreq knows, and every word of its 100,000 most frequent, each with
exactly what `wordfreq.zipf_frequency(word, "en")` returns. Any other word (capitals, accents,
apostrophes not in the top list) is still asked of wordfreq itself.

Why a table by word is exact: wordfreq reads a word of lower-case ASCII letters as one token,
itself (tests/test_frequency.py checks a sample against wordfreq), so its frequency is its entry
in the list, or nothing; words with the same entry get the same answer.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from checker import cache, packed

LANGUAGE = "en"
RANKED = 100_000  # the most frequent words, in order (the spelling index grows down them)
PLAIN = re.compile(r"[a-z]+")


@dataclass(frozen=True)
class Frequencies:
    zipf: packed.Table  # word -> repr of wordfreq's Zipf frequency
    unseen: float  # wordfreq's answer for a word of lower-case letters it has never seen
    ranked: str  # the RANKED most frequent words (wordfreq.top_n_list), one a line


@lru_cache(maxsize=1)
def _frequencies() -> Frequencies | None:
    """From the cache (built there on first use), or None when there is no cache: building takes
    longer than asking wordfreq itself for one run."""
    if cache.folder() is None:
        return None
    return cache.load("word-frequencies", build, code=(packed,), packages=("wordfreq",))


def build() -> Frequencies:
    from wordfreq import get_frequency_dict, top_n_list, zipf_frequency

    by_entry: dict[float, str] = {}  # a list entry -> wordfreq's answer for a word with it
    table: dict[str, str] = {}
    for word, entry in get_frequency_dict(LANGUAGE).items():
        if PLAIN.fullmatch(word):
            if entry not in by_entry:
                by_entry[entry] = repr(zipf_frequency(word, LANGUAGE))
            table[word] = by_entry[entry]
    ranked = top_n_list(LANGUAGE, RANKED)
    for word in ranked:
        if word not in table:
            table[word] = repr(zipf_frequency(word, LANGUAGE))
    unseen = zipf_frequency("qxqxqxqxqxqxqxqx", LANGUAGE)
    return Frequencies(packed.Table(table), unseen, "\n".join(ranked))


def zipf(word: str) -> float:
    """`wordfreq.zipf_frequency(word, "en")`."""
    known = _frequencies()
    if known is not None:
        found = known.zipf.get(word)
        if found is not None:
            return float(found)
        if PLAIN.fullmatch(word):
            return known.unseen
    from wordfreq import zipf_frequency

    return zipf_frequency(word, LANGUAGE)


def ranked() -> list[str]:
    """`wordfreq.top_n_list("en", RANKED)`: the most frequent words first."""
    known = _frequencies()
    if known is not None:
        return known.ranked.split("\n")
    from wordfreq import top_n_list

    return top_n_list(LANGUAGE, RANKED)
