"""Phone numbers in posts made of phone-shaped text stay linear and are all still found.

The library's matcher parses every candidate; identical candidates are parsed once, and past a
per-post budget the rest of the post is read by shape. These tests pin that the shape path finds
what the library path finds, that nothing is lost past the budget, and that a repeated number is
parsed once. (Times are measured by benchmarks/adversarial.py, never asserted here.)
All numbers are fictional: Ofcom drama ranges.
"""
from __future__ import annotations

import pytest
from phonenumbers import phonenumbermatcher

from checker.config import Config
from checker.model import Post
from checker.personal import contact
from checker.pipeline import Pipeline

PHONE_POSTS = [
    "Lost cat. Ring Mrs Evans on 07700 900456.",
    "Call Pete on +44 7700 900123 to volunteer.",
    "Found keys: text 07700900987.",
    "Call Jo on +44 (0)7700 900731 to collect it.",
    "Ring Brian at home on 020 7946 0018 any evening.",
    "Call Mrs Khan on (0121) 496 0018 for tickets.",
    "Call Dave Smith on 01632 960123 to join the team.",
    "Call Customer Services on 0121 496 0000 for help.",
    "Our office number is 0113 496 0123.",
    "Freephone 0800 123 4567 or call 0300 555 0101 for advice.",
]


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline(Config(), checks=["personal_data"])


def phone_findings(pipeline, text):
    return [(f.severity, f.start, f.end) for f in pipeline.check(Post(text)).findings
            if f.rule == "personal_data.phone"]


@pytest.mark.parametrize("text", PHONE_POSTS)
def test_shape_path_judges_as_the_library_path_does(pipeline, monkeypatch, text):
    by_library = phone_findings(pipeline, text)
    monkeypatch.setattr(contact, "CANDIDATE_BUDGET", 0)
    by_shape = phone_findings(pipeline, text)
    # Same verdicts; the shape's span may leave out an opening bracket the library keeps.
    assert [s for s, *_ in by_shape] == [s for s, *_ in by_library]
    for (_, start, end), (_, lib_start, lib_end) in zip(by_shape, by_library):
        assert lib_start <= start < end <= lib_end and text[start:end].strip("()") == text[lib_start:lib_end].strip("()")


def test_no_number_lost_past_the_budget(pipeline):
    count = 3 * contact.CANDIDATE_BUDGET
    text = " ".join(f"Call Dave on 07700 9{n:05d}." for n in range(count))
    found = phone_findings(pipeline, text)
    assert len(found) == count
    assert all(text[start:end].startswith("07700 9") for _, start, end in found)


def test_a_repeated_candidate_is_parsed_once(pipeline, monkeypatch):
    calls = []
    parse = phonenumbermatcher.parse

    def counting(*args, **kwargs):
        calls.append(args[0])
        return parse(*args, **kwargs)

    monkeypatch.setattr(phonenumbermatcher, "parse", counting)
    text = "Call Dave on 07700 900123. " * 300
    assert len(phone_findings(pipeline, text)) == 300
    assert len(calls) < 5
