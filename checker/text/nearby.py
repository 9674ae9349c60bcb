"""pyspellchecker's `candidates`, the same answers, without building a million strings.

For a word with no dictionary word one edit away, pyspellchecker makes every string two edits
away (about 800,000 for a nine-letter word over its 45 letters) and looks each one up: a second
or more per unknown name, which made the spelling check most of a batch's time. Here the second
step is answered from an index instead: two strings one edit apart (delete, adjacent swap,
replace, insert) always share a "deletion key" (the string itself or it with one character
removed), so the dictionary words one edit from each first-step string are found by looking up
its keys, then confirmed by the exact edit rule pyspellchecker uses. The index (every
dictionary word's keys, by CRC) is built once and kept in postcheck's cache.
tests/test_nearby.py checks the answers against pyspellchecker's own.
"""
from __future__ import annotations

from array import array
from typing import Any
from zlib import crc32

from checker import cache, packed


BUCKET_BITS = 20


class Index:
    """Dictionary words by deletion key, as one sorted array of (CRC-32 of key) << 32 | word id.

    A CRC names its key only up to collisions: a lookup may bring extra words, which the exact
    edit rule then turns away, and never misses one. 1.5 million entries are 12 MB, built in
    seconds and loaded in milliseconds.
    """

    def __init__(self, dictionary) -> None:
        self.words = packed.Words(dictionary)
        entries = array("Q")
        for number, word in enumerate(self.words):
            entries.extend({crc32(key.encode("utf-8", "surrogatepass")) << 32 | number for key in _keys(word)})
        self.entries = array("Q", sorted(entries))
        # Where each bucket (the CRC's top BUCKET_BITS bits) starts in `entries`: a lookup reads
        # one or two entries instead of bisecting 1.5 million.
        self.starts = array("I", [0] * ((1 << BUCKET_BITS) + 1))
        for entry in self.entries:
            self.starts[(entry >> (64 - BUCKET_BITS)) + 1] += 1
        for bucket in range(1 << BUCKET_BITS):
            self.starts[bucket + 1] += self.starts[bucket]

    def sharing_a_key(self, key: str) -> list[str]:
        """The words one of whose deletion keys is `key` (and maybe a few more)."""
        crc = crc32(key.encode("utf-8", "surrogatepass"))
        bucket = crc >> (32 - BUCKET_BITS)
        words = self.words
        return [words[entry & 0xFFFFFFFF].decode("utf-8", "surrogatepass")
                for entry in self.entries[self.starts[bucket]:self.starts[bucket + 1]] if entry >> 32 == crc]


def _keys(word: str) -> set[str]:
    return {word, *(word[:i] + word[i + 1:] for i in range(len(word)))}


def one_edit(x: str, w: str, letters) -> bool:
    """Whether pyspellchecker's edit_distance_1(x) holds w (x already lower case)."""
    lx, lw = len(x), len(w)
    if lw == lx - 1:
        return any(x[:i] + x[i + 1:] == w for i in range(lx))
    if lw == lx + 1:
        return any(w[:i] + w[i + 1:] == x and w[i] in letters for i in range(lw))
    if lw != lx:
        return False
    if x == w:  # replacing a letter by itself, or swapping two equal neighbours
        return any(c in letters for c in x) or any(x[i] == x[i + 1] for i in range(lx - 1))
    differ = [i for i in range(lx) if x[i] != w[i]]
    if len(differ) == 1:
        return w[differ[0]] in letters
    if len(differ) == 2 and differ[1] == differ[0] + 1:
        i, j = differ
        return x[i] == w[j] and x[j] == w[i]
    return False


def candidates(speller: Any, word: str) -> set[str] | None:
    """Exactly `speller.candidates(word)` (pyspellchecker, distance 2)."""
    try:
        should_check = speller._check_if_should_check
        distance = speller._distance
        frequency = speller.word_frequency
    except AttributeError:  # a pyspellchecker whose insides differ: its own, slow, answer
        return speller.candidates(word)
    if speller.known([word]):
        return {word}
    if not should_check(word):
        return {word}
    first = list(speller.edit_distance_1(word))
    found = speller.known(first)
    if found or distance != 2:
        return found or None
    index = _index(speller)
    if index is None:  # not built yet, and too few unknown words so far to be worth building
        return speller.candidates(word)
    letters = frequency.letters
    dictionary = frequency.dictionary
    # The first step's strings by deletion key: neighbouring strings share most of their keys,
    # so each key is looked up once.
    by_key: dict[str, list[str]] = {}
    for x in {w.lower() for w in first if should_check(w)}:
        for key in _keys(x):
            by_key.setdefault(key, []).append(x)
    second: set[str] = set()
    for key, sources in by_key.items():
        for w in index.sharing_a_key(key):
            if w not in second and w in dictionary and should_check(w) and any(one_edit(x, w, letters) for x in sources):
                second.add(w)
    return second or None


_INDEXES: dict[int, Index] = {}
# Building the index takes a few seconds, once; pyspellchecker's own way about a second a word.
# A run meets this many words the slow way before it builds the index (a one-post check with a
# typo or two never waits for it; a batch builds it once, and every later run loads it).
SLOW_WORDS_BEFORE_BUILDING = 3
_slow_words = 0


def _index(speller: Any) -> Index | None:
    global _slow_words
    dictionary = speller.word_frequency.dictionary
    index = _INDEXES.get(id(speller))
    if index is not None:
        return index
    from checker.text import lexicon

    if speller is lexicon._speller():  # the lexicon's own: its index is kept in the cache
        def build() -> Index:
            return Index(dictionary)

        options = dict(code=(lexicon, packed), packages=("spellchecker",))
        index = cache.load("spelling-index", build, only_cached=True, **options)
        if index is None:
            if _slow_words < SLOW_WORDS_BEFORE_BUILDING and cache.folder() is not None:
                _slow_words += 1
                return None
            index = cache.load("spelling-index", build, **options)
    if index is None or len(index.words) != len(dictionary):
        index = Index(dictionary)
    _INDEXES[id(speller)] = index
    return index
