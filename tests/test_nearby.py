"""checker.text.nearby gives exactly pyspellchecker's candidates (only faster)."""
from __future__ import annotations

import pytest
from spellchecker import SpellChecker

from checker.text import nearby

WORDS = ["council", "councils", "counsel", "bin", "bins", "binge", "recycling", "recycled", "library",
         "libraries", "parking", "park", "parks", "café", "naïve", "don't", "a", "i", "ab", "ba", "abc",
         "acb", "collection", "collections", "tuesday", "thursday", "weekend", "weekday", "residents"]
# One and two edits of every kind, three edits, accents, apostrophes, numbers, single letters.
PROBES = ["councel", "cuoncil", "cnucil", "counci", "councill", "xouncixl", "lbirary", "libarary",
          "reycling", "recylcing", "parkng", "prakign", "cafe", "naive", "dont", "do'nt", "b", "c",
          "ac", "bca", "cab", "zzzz", "collectoin", "colection", "tusday", "thurday", "wekend",
          "weakday", "resdients", "123", "1.5", "nan", "'", "bns", "bis", "binz", "bnge"]


@pytest.fixture(scope="module")
def speller():
    checker = SpellChecker(language=None, distance=2)
    checker.word_frequency.load_words(WORDS)
    return checker


@pytest.mark.parametrize("word", PROBES)
def test_same_candidates_as_pyspellchecker(speller, word):
    assert nearby.candidates(speller, word) == speller.candidates(word)


def test_one_edit_is_pyspellchecker_edit_distance_1(speller):
    letters = speller.word_frequency.letters
    for word in ("bins", "abc", "aab", "don't"):
        edits = speller.edit_distance_1(word)
        for other in edits | {"xyz", word + "zz", word[1:-1], word[::-1]}:
            assert nearby.one_edit(word, other, letters) == (other in edits), (word, other)
