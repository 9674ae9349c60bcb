"""The remembered attribute ruler gives exactly the model's own ruler's annotations."""
from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest
from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG
from spacy.tokens import Doc

from checker import nlp as nlp_module
from checker.remembered_ruler import RememberedRuler, remember

LABELLED = Path(__file__).resolve().parent.parent / "data" / "labelled"
# The ruler's patterns of several tokens ("gon na", "y' all", "let 's", "ai n't"), its regular
# expressions ("nothin'"), words it names (not, is, 's, that) and spaces of every kind.
CRAFTED = [
    "We're gonna fix it, y'all. Let's go! C'mon, it ain't nothin' but a bin.",
    "I'm not sure that it is; she's got to go, gotta be quick",
    "   leading spaces\n\n\tand tabs  inside   ",
    " ",
    "Don't you think so? I do. Whether or not, it's fine.",
]


def _load(name: str):
    import spacy

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        nlp = spacy.load(name, exclude=list(nlp_module.EXCLUDE))
    nlp.enable_pipe("senter")
    return nlp


@pytest.fixture(scope="module")
def pipes():
    model = nlp_module.model()
    if model.degraded:
        pytest.skip("no spaCy English model installed")
    plain = _load(model.name)
    remembered = _load(model.name)
    assert remember(remembered)
    return plain, remembered


def _annotations(doc):
    return doc.to_array([POS, TAG, MORPH, LEMMA, DEP]).tolist(), [(t.pos_, t.tag_, str(t.morph), t.lemma_) for t in doc]


def test_same_annotations_as_the_ruler_on_labelled_and_crafted_posts(pipes):
    plain, remembered = pipes
    texts = []
    for path in sorted(LABELLED.glob("*.jsonl")):
        with open(path, encoding="utf-8") as handle:
            texts += [json.loads(line)["text"] for line in handle if line.strip()][::20]
    texts += CRAFTED
    assert len(texts) > 100
    for ours, theirs in zip(remembered.pipe(texts), plain.pipe(texts)):
        assert _annotations(ours) == _annotations(theirs), ours.text


def test_a_pattern_of_several_tokens_still_applies(pipes):
    plain, remembered = pipes
    text = "We're gonna win, y'all"
    expected = [t.lemma_ for t in plain(text)]
    assert "go" in expected  # the model's ruler sets it through "gon na": the case is live
    assert [t.lemma_ for t in remembered(text)] == expected


def test_the_model_in_use_has_it(pipes):
    model = nlp_module.model()
    assert "remembered_ruler" in model.nlp.pipe_names
    assert "attribute_ruler" not in model.nlp.pipe_names


def test_a_doc_with_dependency_labels_goes_to_the_ruler_itself(pipes):
    plain, remembered = pipes
    ruler = remembered.get_pipe("remembered_ruler")
    words = ["There", "is", "a", "bin"]

    def doc():
        return Doc(plain.vocab, words=words, tags=["EX", "VBZ", "DT", "NN"], deps=["expl", "ROOT", "det", "attr"],
                   heads=[1, 1, 3, 1])

    # The pattern [{DEP: expl}, {LOWER: is}] makes "is" a VERB, as only the ruler itself knows.
    expected = plain.get_pipe("attribute_ruler")(doc())
    assert expected[1].pos_ == "VERB"
    assert _annotations(ruler(doc())) == _annotations(expected)


def test_a_ruler_reading_more_than_the_token_kind_is_left_in_place():
    import spacy

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"POS": "NOUN"}]], {"LEMMA": "thing"})  # reads POS: not part of the token's kind
    assert not remember(nlp)
    assert nlp.pipe_names == ["attribute_ruler"]
    with pytest.raises(ValueError):
        RememberedRuler(ruler)
