"""The literal screen in front of big alternations (checker.text.screen) never changes an answer."""
import re

import pytest

from checker.text import screen
from checker.text.screen import Screened, literal_runs, screened
from checker.text.words import any_pattern, words_pattern

PATTERNS = [
    r"\blook no further\b",
    r"\b(?:pop|head|get yourself) (?:in|down|over|along) to (?=[A-Z])",
    r"\bhalf[- ]price\b",
    r"\b(?:the )?(?:best|cheapest|finest)\b(?:[\w ,\-]{0,40}?)\b(?:in|around) town\b",
    r"\bsecond to none\b",
    r"\bkiss\b",
    r"\bsilk\b",
]
TEXTS = [
    "Look no further than the market.", "LOOK NO FURTHER", "look no furthe", "Pop down to Greggs",
    "HALF-PRICE cakes", "half price", "The best chips in town", "Best in town!", "second to none",
    # re pairs these with ASCII letters although their lower case differs: ſ (s), ı (i), K (k)
    "ſecond to none", "kıss", "KISS", "ſilk", "SİLK", "İstanbul", "ΣΙΛΚ", "", "no match here at all",
]


@pytest.fixture(autouse=True)
def screen_at_once(monkeypatch):
    monkeypatch.setattr(screen, "BUILD_AFTER", 0)


@pytest.mark.parametrize("text", TEXTS)
def test_a_screened_pattern_finds_what_the_pattern_finds(text):
    real = re.compile("|".join(f"(?:{p})" for p in PATTERNS), re.IGNORECASE)
    fast = screened(real)
    assert isinstance(fast, Screened)
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in real.finditer(text)]
    assert bool(fast.search(text)) == bool(real.search(text))
    assert fast.findall(text) == real.findall(text)


def test_the_odd_case_pairs_still_match():
    pattern = screened(re.compile(r"\bsilk road\b", re.IGNORECASE))
    assert pattern.search("ſilk road")  # long s: re matches it case-insensitively
    assert pattern.search("SILK ROAD") and not pattern.search("silk roads")


def test_a_pattern_without_a_literal_run_has_no_screen():
    plain = re.compile(r"\b\w+ly\b|\d{3,}", re.IGNORECASE)
    assert literal_runs(plain) is None
    assert screened(plain).search("Apply quickly")


def test_the_screen_holds_the_runs_every_match_needs():
    runs = literal_runs(re.compile(r"\b(?:pop|head) (?:in|down) to (?=[A-Z])|\bhalf[- ]price\b", re.I))
    assert runs.search("pop down") and runs.search("price") and not runs.search("down to the shops")


def test_the_shared_builders_screen_and_keep_the_pattern():
    pattern = words_pattern(["fly-tipping", "dog fouling"])
    assert pattern.search("Report Fly-Tipping here") and not pattern.search("tipping point")
    assert pattern.pattern.startswith("(?:")  # the real pattern's attributes are there
    assert any_pattern([r"\bfree\b", r"\bcheap\b"]).search("FREE entry")


def test_span_set_answers_as_asking_every_span_does():
    # endorsement asked every hashtag for every token: 67 s on 100 KB of '#a '. SpanSet bisects
    # merged spans; its answers must be those of the plain `inside`.
    import random

    from checker.text.words import SpanSet, inside

    rng = random.Random(5)
    for _ in range(200):
        spans = [(s, s + rng.randint(0, 6)) for s in (rng.randint(0, 60) for _ in range(rng.randint(0, 8)))]
        members = SpanSet(spans)
        assert all((offset in members) == inside(offset, spans) for offset in range(-2, 70))


def test_parts_without_a_literal_run_are_looked_for_apart():
    # "p[1-7]" and "d.o.b" have no run of three letters: before, they let every text through.
    items = [r"service users?", r"p[1-7]", r"d\.?o\.?b\.?", r"\(\d{1,2}\)", r"foster(ed|ing)?"]
    fast = words_pattern(items, regex=True)
    real = re.compile(fast.pattern, re.IGNORECASE)
    texts = ["Ruby (P2) won", "ruby (7) won", "D.O.B. 1 May", "our fostering team", "Service User",
             "nothing here", "p8 is not", "SERVİCE USER", "ſervice users", ""]
    for text in texts:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in real.finditer(text)]
    assert fast.runs.rest is not None and fast.runs.runs is not None
    assert not fast._may_match("nothing here at all")


def test_a_pattern_is_compiled_only_when_a_text_gets_past_its_screen():
    fast = words_pattern(["look no further", "second to none"])
    fast.search("Bins go out on Monday.")
    assert fast._compiled is None
    assert fast.search("Look no further!") and fast._compiled is not None
