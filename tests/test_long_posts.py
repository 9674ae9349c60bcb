"""A post far longer than any platform allows gives a clear result: reported as such, and checked
in bounded pieces, never handed whole to spaCy past its limit."""
from __future__ import annotations

from datetime import datetime

import pytest

from checker import pipeline as pipeline_module
from checker.config import Config, from_dict
from checker.model import Post
from checker.pipeline import LONG_RUN, LONGEST_WORD, Pipeline, pieces


@pytest.mark.parametrize("text", ["a" * 1000, "word " * 300, "line\n" * 250, "a b\tc\nd " * 111, "x", "",
                                  "#" * 5000 + " short words " * 50, ("word " * 30 + "." * 450) * 5])
def test_pieces_are_bounded_and_give_back_the_text(text):
    parts = list(pieces(text, 1000))
    assert "".join(parts) == text
    assert all(0 < len(part) <= 1000 for part in parts)
    assert not any(LONG_RUN.search(part) for part in parts)
    if " " in text and not LONG_RUN.search(text):  # cut after whitespace where there is some
        assert all(part[-1].isspace() for part in parts[:-1])


def test_a_long_run_without_spaces_is_tokenised_in_pieces():
    text = "Bins on Monday " + "#" * 5000 + " and Tuesday."
    doc = Pipeline(Config()).doc(text)
    assert doc.text == text
    assert max(len(token) for token in doc) <= LONGEST_WORD


def test_a_long_post_is_parsed_in_pieces_under_the_models_limit(monkeypatch):
    base = Pipeline(Config(), now=datetime(2026, 9, 15, 10, 0))
    nlp = base.model.nlp
    monkeypatch.setattr(pipeline_module, "PIECE", 400)
    monkeypatch.setattr(nlp, "max_length", 1000)  # a 3,000-character post is past it
    text = ("Bins go out on Monday as usual. Call Jane Whitfield on 07700 900461 about her bin. " * 40).strip()
    doc = base.doc(text)
    assert doc.text == text
    assert len(list(doc.sents)) >= 40
    result = base.check(Post(text))
    assert any(f.rule == "personal_data.phone" for f in result.findings)
    assert all(0 <= f.start <= f.end <= len(text) for f in result.findings)


def test_a_post_longer_than_every_platform_is_reported_without_a_platform():
    config = from_dict({"checks": {"length": {"any_platform_limit": 50}}})
    result = Pipeline(config, checks=["length"]).check(Post("Bins go out on Monday as usual, and garden waste on Tuesday."))
    assert [f.rule for f in result.findings] == ["length.beyond-every-platform"]
    assert "longer than any platform allows" in result.findings[0].message
    assert Pipeline(Config(), checks=["length"]).check(Post("Bins go out on Monday.")).findings == []


def signature(doc):
    return ([t.text for t in doc], [(e.start_char, e.end_char, e.label_) for e in doc.ents],
            [t.is_sent_start for t in doc], [t.pos_ for t in doc])


def test_repeated_pieces_are_parsed_once_and_give_the_same_doc(monkeypatch):
    from spacy.tokens import Doc

    base = Pipeline(Config())
    nlp = base.model.nlp
    sentence = "Please call Dave Smith on 07700 900123 about the Solihull Council event. "
    monkeypatch.setattr(pipeline_module, "PIECE", 5 * len(sentence))  # pieces of five sentences
    text = sentence * 60
    one_by_one = Doc.from_docs([nlp(part) for part in pieces(text)], ensure_whitespace=False)
    calls = []
    pipe = nlp.pipe
    def counted(texts, **options):
        texts = list(texts)
        calls.extend(texts)
        return pipe(texts, **options)

    monkeypatch.setattr(nlp, "pipe", counted)
    doc = base.doc(text)
    assert signature(doc) == signature(one_by_one)
    assert len(list(pieces(text))) == 12 and len(calls) == 1


def test_a_run_of_titles_is_tokenised_not_parsed():
    text = "Mr Mrs Dr Cllr " * 2000
    doc = Pipeline(Config()).doc(text)
    assert doc.text == text
    parts = list(pieces(text))
    tagged = [t for t in doc if t.pos_]
    # Only a last piece too short to tell (RUN_ON) is parsed.
    assert len(parts[-1]) <= pipeline_module.RUN_ON
    assert all(t.idx >= len(text) - len(parts[-1]) for t in tagged)
    assert not [e for e in doc.ents if e.start_char < len(text) - len(parts[-1])]


def test_long_prose_is_still_parsed_in_every_piece():
    text = "Thanks to Jane Whitfield of Solihull Council, who ran the library quiz. " * 150
    doc = Pipeline(Config()).doc(text)
    people = [e for e in doc.ents if e.label_ == "PERSON"]
    assert len(people) >= 100 and people[-1].start_char > len(text) - 200
