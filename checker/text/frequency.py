"""wordfreq's English frequencies, kept in postcheck's cache so a run need not load wordfreq.

Importing wordfreq (with langcodes, ftfy, regex and msgpack) and unpacking its English list took
about 0.3 s of every batch that asked how often a word is written. The answers a run asks for
are laid out once in a packed table (checker.packed) that loads in milliseconds: every word of
lower-case letters (ASCII, and the accented Latin letters of Welsh, Gaelic and Irish) wordfreq
knows, and every word of its 100,000 most frequent, each with exactly what
`wordfreq.zipf_frequency(word, "en")` returns, and its entry in wordfreq's list. A word of such
words joined by hyphens ("pre-election") is worked out from its parts' entries as wordfreq does
(1/f = 1/f1 + 1/f2, to three significant figures), checked against wordfreq on thousands of
made-up compounds when the table is built (and left to wordfreq if one differs). Any other word
(an apostrophe not in the top list, another script) is still asked of wordfreq itself.

Why a table by word is exact: wordfreq reads a word of such letters as one token, itself (checked
for every such word of its list when the table is built, and for thousands of made-up ones, with
the shortcut for unseen words kept to ASCII if one fails; tests/test_frequency.py compares the
answers), so its frequency is its entry in the list, or nothing; and it case-folds a word first,
so a capitalised word is asked in lower case.
"""
from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from checker import cache, packed

LANGUAGE = "en"
RANKED = 100_000  # the most frequent words, in order (the spelling index grows down them)
# Lower-case letters wordfreq reads as themselves: ASCII, Latin-1 and Latin Extended-A, less
# those case folding changes (ß becomes ss).
LETTERS = "".join(c for c in map(chr, [*range(0x61, 0x7B), *range(0xDF, 0x100), *range(0x100, 0x180)])
                  if c.isalpha() and c.islower() and c.casefold() == c and unicodedata.normalize("NFC", c) == c)
PLAIN = re.compile(f"[{LETTERS}]+")
ASCII = re.compile(r"[a-z]+")
COMPOUND = re.compile(f"[{LETTERS}]+(?:-[{LETTERS}]+)+")
# A possessive or clitic ("walsall's", "rock'n'roll"): letters joined by apostrophes, the first
# run three letters or more. wordfreq reads such a word as one token, itself (an apostrophe between
# letters joins them; only "l'", "d'", "qu'" and the like, one or two letters before a vowel,
# are split off, hence the three), so its answer is its list entry or nothing. A curly apostrophe
# is read as a straight one, and apostrophes at the end are not part of the word ("pets'" is
# "pets"). Checked against wordfreq when the table is built, like every other rule here.
JOINED = re.compile(f"[{LETTERS}]{{3,}}(?:'[{LETTERS}]+)+")
JOINED_ASCII = re.compile(r"[a-z]{3,}(?:'[a-z]+)+")


@dataclass(frozen=True)
class Frequencies:
    zipf: packed.Table  # word -> repr of wordfreq's Zipf frequency, a space, repr of its list entry
    unseen: float  # wordfreq's answer for a word of lower-case letters it has never seen
    plain: re.Pattern  # the words that answer is good for: PLAIN, or ASCII if a check failed
    compounds: bool  # hyphenated words are worked out from their parts (the check passed)
    ranked: str  # the RANKED most frequent words (wordfreq.top_n_list), one a line
    joined: re.Pattern | None = None  # words read by the apostrophe rule (JOINED), None if it failed


@lru_cache(maxsize=1)
def _frequencies() -> Frequencies | None:
    """From the cache (built there on first use), or None when there is no cache: building takes
    longer than asking wordfreq itself for one run."""
    if cache.folder() is None:
        return None
    return cache.load("word-frequencies", build, code=(packed,), packages=("wordfreq",))


def build() -> Frequencies:
    import random

    from wordfreq import get_frequency_dict, top_n_list, zipf_frequency
    from wordfreq.tokens import lossy_tokenize

    by_entry: dict[float, str] = {}  # a list entry -> wordfreq's answer for a plain word with it
    table: dict[str, str] = {}
    entries = get_frequency_dict(LANGUAGE)
    for word, entry in entries.items():
        if JOINED.fullmatch(word):
            table[word] = f"{zipf_frequency(word, LANGUAGE)!r} {entry!r}"
        if not PLAIN.fullmatch(word):
            continue
        if ASCII.fullmatch(word) or lossy_tokenize(word, LANGUAGE) == [word]:
            if entry not in by_entry:
                by_entry[entry] = repr(zipf_frequency(word, LANGUAGE))
            table[word] = f"{by_entry[entry]} {entry!r}"
        else:
            table[word] = f"{zipf_frequency(word, LANGUAGE)!r} {entry!r}"
    ranked = top_n_list(LANGUAGE, RANKED)
    for word in ranked:
        if word not in table:
            table[word] = f"{zipf_frequency(word, LANGUAGE)!r} {entries.get(word, 0.0)!r}"
    unseen = zipf_frequency("qxqxqxqxqxqxqxqx", LANGUAGE)
    rng = random.Random(0)
    made_up = ["".join(rng.choice(LETTERS) for _ in range(rng.randint(1, 12))) for _ in range(3000)]
    one_token = all(lossy_tokenize(word, LANGUAGE) == [word] for word in made_up)
    frozen = Frequencies(packed.Table(table), unseen, PLAIN if one_token else ASCII, False, "\n".join(ranked))
    # Compounds of listed words (common and rare), and of made-up ones, as wordfreq answers them.
    listed = [word for word in ranked[::7] if PLAIN.fullmatch(word)] + made_up[:300]
    compounds = ["-".join(rng.choice(listed) for _ in range(rng.randint(2, 3))) for _ in range(3000)]
    agrees = all(_compound(frozen, word) == zipf_frequency(word, LANGUAGE) for word in compounds)
    # Words with apostrophes: listed ones and made-up ones, possessives of listed words, curly and
    # trailing apostrophes; the rule is kept for the letters it answers every one of them for.
    joined = [w for w in entries if "'" in w][::5] + [w + "'s" for w in ranked[::11]]
    joined += ["'".join(rng.choice([*made_up, *ranked[:5000]]) for _ in range(rng.randint(2, 3))) for _ in range(3000)]
    joined += [w + "'" * rng.randint(1, 2) for w in ranked[::13] + made_up[:500]]
    joined += [w.replace("'", "’") for w in joined[::3]]
    for pattern in (JOINED, JOINED_ASCII, None):
        with_rule = Frequencies(frozen.zipf, unseen, frozen.plain, agrees, frozen.ranked, pattern)
        if pattern is None or all(_joined(with_rule, word) in (None, zipf_frequency(word, LANGUAGE)) for word in joined):
            return with_rule
    raise AssertionError("unreachable")


def _joined(known: Frequencies, word: str) -> float | None:
    """wordfreq's answer for a word of the apostrophe rule (JOINED), with curly or trailing
    apostrophes; None for other words."""
    if known.joined is None or ("'" not in word and "’" not in word):
        return None
    word = word.replace("’", "'").rstrip("'")
    if "'" not in word:  # "pets'": the word without its trailing apostrophes
        found = known.zipf.get(word)
        if found is not None:
            return float(found.partition(" ")[0])
        return known.unseen if word and known.plain.fullmatch(word) else None
    if not known.joined.fullmatch(word):
        return None
    found = known.zipf.get(word)
    return float(found.partition(" ")[0]) if found is not None else known.unseen


def _compound(known: Frequencies, word: str) -> float | None:
    """wordfreq's answer for plain words joined by hyphens, from their entries: 1/f = 1/f1 + 1/f2...,
    kept to three significant figures, on the Zipf scale; None for other words."""
    if not COMPOUND.fullmatch(word) or not all(known.plain.fullmatch(part) for part in word.split("-")):
        return None
    one_over = 0.0
    for part in word.split("-"):
        found = known.zipf.get(part)
        if found is None:
            return known.unseen  # wordfreq: a part it has never seen makes the whole unseen
        one_over += 1.0 / float(found.partition(" ")[2])
    frequency = max(1.0 / one_over, 1 / 1e9)  # the floor: zipf_to_freq(0), as zipf_frequency asks
    # math.log(x, 10), as wordfreq writes it: log10 may differ in the last bit, and so in rounding.
    frequency = round(frequency, math.floor(-math.log(frequency, 10)) + 3)  # noqa: FURB163
    return round(math.log(frequency, 10) + 9, 2)  # noqa: FURB163


def zipf(word: str) -> float:
    """`wordfreq.zipf_frequency(word, "en")`."""
    known = _frequencies()
    if known is not None:
        lower = word.lower()
        if lower != word and word.casefold() == lower:
            word = lower  # wordfreq case-folds first: "Council" is "council"
        found = known.zipf.get(word)
        if found is not None:
            return float(found.partition(" ")[0])
        if known.plain.fullmatch(word):
            return known.unseen
        if known.compounds:
            worked_out = _compound(known, word)
            if worked_out is not None:
                return worked_out
        with_apostrophes = _joined(known, word)
        if with_apostrophes is not None:
            return with_apostrophes
    from wordfreq import zipf_frequency

    return zipf_frequency(word, LANGUAGE)


def ranked() -> list[str]:
    """`wordfreq.top_n_list("en", RANKED)`: the most frequent words first."""
    known = _frequencies()
    if known is not None:
        return known.ranked.split("\n")
    from wordfreq import top_n_list

    return top_n_list(LANGUAGE, RANKED)
