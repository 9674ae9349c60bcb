"""The cached word frequencies answer exactly as wordfreq does."""
from __future__ import annotations

import random

import pytest
from wordfreq import top_n_list, zipf_frequency

from checker import cache
from checker.text import frequency

# Plain words wordfreq knows (common and rare), words it does not, capitals, accents,
# apostrophes, hyphens, digits and the empty string (these last go to wordfreq itself).
WORDS = ["the", "council", "bins", "recycling", "gardners", "wether", "zyzzyva", "qxqxqx", "a", "i",
         "Council", "SOLIHULL", "café", "naïve", "don't", "it's", "council’s", "well-being", "covid19",
         "2026", "", "x", "ll", "colour", "color", "hsve", "wiyh", "There'll", "DON'T", "Dont", "Ceredigion",
         # Welsh and Gaelic, known to wordfreq or not; Greek; a long s and ß (case folding changes them)
         "gŵyl", "Gàidhlig", "mòran", "fàilte", "dràibhibh", "pre-consultation", "year-olds", "λόγος",
         "ſtreet", "straße", "STRASSE", "İstanbul", "Llanfair", "eBooks",
         # possessives and clitics, listed or not, curly and trailing apostrophes, French elisions
         "walsall's", "Walsall’s", "lambeth's", "pets'", "pets’", "strangers'", "rock'n'roll", "ailgylchu'r",
         "o'groats", "d'arcy", "l'église", "qu'il", "x'", "'tis", "walsall's'", "hay-on-wye's"]


@pytest.fixture
def cached(tmp_path, monkeypatch):
    monkeypatch.setenv(cache.ENVIRONMENT, str(tmp_path / "cache"))
    frequency._frequencies.cache_clear()
    yield
    frequency._frequencies.cache_clear()


def test_same_answers_as_wordfreq(cached):
    rng = random.Random(17)
    made_up = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(1, 8))) for _ in range(1500)]
    made_up += ["".join(rng.choice(frequency.LETTERS) for _ in range(rng.randint(1, 8))) for _ in range(500)]
    ranked = top_n_list("en", frequency.RANKED)
    compounds = ["-".join(rng.choice(ranked[:20000] + made_up) for _ in range(rng.randint(2, 3))) for _ in range(500)]
    sample = WORDS + compounds + made_up + ranked[::97] + [word.upper() for word in ranked[:200]] + [w.title() for w in made_up[-300:]]
    for word in sample:
        assert repr(frequency.zipf(word)) == repr(zipf_frequency(word, "en")), word
    assert frequency.ranked() == ranked
    known = frequency._frequencies()
    assert known is not None and known.compounds and known.joined is not None  # the answers came from the table


def test_without_a_cache_wordfreq_answers(monkeypatch):
    monkeypatch.setenv(cache.ENVIRONMENT, "off")
    frequency._frequencies.cache_clear()
    try:
        assert frequency._frequencies() is None
        assert frequency.zipf("council") == zipf_frequency("council", "en")
        assert frequency.ranked()[:3] == top_n_list("en", 3)
    finally:
        frequency._frequencies.cache_clear()
