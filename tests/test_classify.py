"""The trained classifier: stable features, the shipped weights, and how the checks use it."""
from __future__ import annotations

import numpy as np
import pytest

from checker.classify import features, reading
from checker.classify import model as classifier
from checker.config import Config, from_dict
from checker.model import Post
from checker.pipeline import Pipeline
from checker.text.view import PostView


def test_features_are_stable_and_normalised():
    indices, values = features.vector("Get 20% off at the Copper Kettle!")
    again, _ = features.vector("Get 20% off at the Copper Kettle!")
    assert list(indices) == list(again)  # CRC-32, not Python's per-process hash
    assert indices.max() < features.DIMENSION
    assert np.isclose(float((values * values).sum()), 1.0)
    assert features.vector("")[0].size == 0


def test_digits_and_links_are_folded():
    assert features.grams("Call 0121 555") == features.grams("Call 0999 111")
    assert features.grams("see shop.example.com now") == features.grams("see www.other.co.uk now")


def test_shipped_weights_load_with_a_threshold_per_head():
    model = classifier.classifier()
    assert model is not None, "checker/classify/weights.npz is missing: python -m checker.classify.train"
    assert model.weights.shape == (features.DIMENSION, len(classifier.HEADS))
    assert all(0 < t < 1 for t in model.thresholds)
    assert 0.0 <= model.probability("Bins are collected on Monday.", "political") <= 1.0


class Always:
    """A stand-in classifier that fires on every post (so the tests do not depend on weights)."""

    thresholds = np.array([0.5, 0.5, 0.5])

    def probability(self, text, head, marks=()):
        return 0.9 if "STRONG" in text else 0.6

    def fires(self, text, head, marks=()):
        return True


class LeansOnGovernment(Always):
    """Fires on every post, but reads it as partisan only for the word "government" (or STRONG)."""

    def probability(self, text, head, marks=()):
        return 0.9 if "STRONG" in text else 0.6 if "government" in text.lower() else 0.2


@pytest.fixture
def always():
    classifier.install(Always())
    yield
    classifier.install(None)


def findings(text, check, at=None, **options):
    config = from_dict({"checks": {check: options}}) if options else Config()
    post = Post(text, scheduled=at)
    return Pipeline(config, checks=[check]).check(post).findings


def test_model_finding_is_on_the_strongest_sentence(always):
    view = PostView(Post("The market opens at nine. STRONG sentence here. Parking is free."))
    start, end = classifier.strongest_sentence(view, "endorsement")
    assert view.text[start:end] == "STRONG sentence here."


def test_an_emoji_on_its_own_is_no_sentence_to_point_at():
    class EmojiStrong(Always):
        def probability(self, text, head, marks=()):
            return 0.95 if "🛟" in text and not any(c.isalpha() for c in text) else 0.6

    classifier.install(EmojiStrong())
    try:
        view = PostView(Post("The crew were thanked at the castle tonight. 🛟"))
        start, end = classifier.strongest_sentence(view, "endorsement")
        assert view.text[start:end] == "The crew were thanked at the castle tonight."
    finally:
        classifier.install(None)


def test_model_adds_a_finding_only_when_the_rules_found_none(always):
    rules = {f.rule for f in findings("Thanks to Labour councillors, the new library opened on time.", "political")}
    assert "political.taking-sides" not in rules and rules
    assert {f.rule for f in findings("The Chancellor owes this town a library.", "political")} == {"political.taking-sides"}


def test_model_can_be_switched_off(always):
    assert not findings("The Chancellor owes this town a library.", "political", model=False)
    assert not findings("Lovely scones at Crumbs in Shirley.", "endorsement", model=False)
    assert findings("Lovely scones at Crumbs in Shirley.", "endorsement")


def test_purdah_model_only_inside_a_period(always):
    from datetime import datetime

    inside = findings("Despite objections, the new road layout is in.", "purdah", at=datetime(2026, 4, 20, 10))
    outside = findings("Despite objections, the new road layout is in.", "purdah", at=datetime(2026, 6, 20, 10))
    assert [f.rule for f in inside] == ["purdah.publicity"] and not outside
    emergency = findings("Flood warning: evacuate the riverside homes now.", "purdah", at=datetime(2026, 4, 20, 10))
    assert not [f for f in emergency if f.rule == "purdah.publicity"]


def test_endorsement_model_respects_approvals(always):
    found = findings("Lovely scones at Crumbs in Shirley. [approved: COMMS-1]", "endorsement")
    assert [f.rule for f in found] == ["endorsement.approved"]


def test_recognisers_overrule_the_model_where_they_know_better(always):
    from datetime import datetime

    # Nothing to take a side about: "labour" the work, neutral election information.
    assert not findings("The latest labour market figures show unemployment has fallen.", "political")
    assert not findings("Register to vote by 20 April to vote on 7 May.", "political")
    # Government news: the model leaned on the word (this stub: nothing partisan without it).
    classifier.install(LeansOnGovernment())
    assert not findings("The government has given the council £2m for road repairs.", "political")
    assert findings("The government has given the council £2m. STRONG words about it.", "political")
    classifier.install(Always())
    # No business: the council's own offer.
    assert not findings("Get 20% off your garden waste subscription if you sign up before March.", "endorsement")
    inside = datetime(2026, 4, 20, 10)
    assert not findings("The Mayor welcomed 40 new citizens at the Council House today.", "purdah", at=inside)
    assert not findings("Contact your local councillor about planning matters via our website.", "purdah", at=inside)


def test_the_model_finds_businesses_the_small_entity_model_misreads(always):
    # A place's own business ("Dartmouth's Crab Pot"), a coined name opening a sentence, a
    # coined name the small model calls a nationality: businesses the model may speak of.
    for text in ("Dartmouth's Crab Pot serves lovely crab.", "Our Sunday go-to? Maranto's, lovely pasta.",
                 "Our Christmas party is sorted: Kebabish on the High Street does lovely doner."):
        assert [f.rule for f in findings(text, "endorsement")] == ["endorsement.promotion"], text
    # What an exempt organisation owns, a word capitalised for the sentence, a nationality: none.
    for text in ("The RSPB's Big Garden Birdwatch is back this weekend.", "Sunday lunch? Lovely roast dinners.",
                 "Italian classes start in the library next week."):
        assert not findings(text, "endorsement"), text


def _marks(text):
    pipeline = Pipeline(Config(), checks=["endorsement"])
    return reading.marks(pipeline.doc(text), text)


def test_reading_marks_name_kinds_not_names():
    marks = _marks("Thanks to Tesco for donating food to Solihull Food Bank.")
    assert "p PUBLIC" in marks  # the food bank: a charity, told from a business
    # a national brand is a business whatever spaCy calls it (checker.text.brands)
    assert "p BIZ" in marks and not any("tesco" in m.lower() for m in marks)
    assert "p BIZ" in _marks("Greggs is giving away free sausage rolls on Friday.")  # spaCy: a person
    assert reading.marks(None, "") == ()


def test_reading_marks_price_and_superlative_beside_a_name():
    marks = _marks("We're partnering with SafeTrack, the UK's leading CCTV firm. Cameras from £40 a month.")
    assert {"d superlative", "d named superlative", "d price"} <= set(marks)
    assert "d superlative" not in _marks("The park is open from 8am until dusk.")


def test_reading_marks_a_firm_rated_after_are():
    assert "d named rated" in _marks("If you need a skip, Potters Skips are brilliant and only £25 a load.")
    assert "d named rated" not in _marks("Our Sarah is on the phones today.")


def test_reading_marks_of_a_sentence_are_its_own():
    text = "Our bins go out on Monday. Potters Skips are brilliant and only £25 a load!"
    doc = Pipeline(Config(), checks=["endorsement"]).doc(text)
    second = text.index("Potters")
    assert "d named rated" in reading.marks(doc, text, second, len(text))
    assert "d named rated" not in reading.marks(doc, text, 0, second)
    assert reading.marks(doc, text, 0, second) != reading.marks(doc, text)


def test_marks_change_the_features():
    text = "Potters Skips are brilliant."
    assert len(features.vector(text, ("d named rated",))[0]) == len(features.vector(text)[0]) + 1


def test_endorsement_model_passes_plain_thanks_for_a_gift(always):
    assert not findings("Thanks to Tesco for donating food to Solihull Food Bank.", "endorsement")
    # A gift with a price, a superlative or a call to act is promotion all the same.
    assert findings("Thanks to Crumbs for donating the cakes. Pop in for a slice, only £2!", "endorsement")


def test_endorsement_model_passes_awards_and_parties(always):
    assert not findings("Our parks are among the best in the country, say the Green Flag judges.", "endorsement")
    assert not findings("Congratulations to the Lib Dems on a brilliant night in Alnwick!", "endorsement")


def test_endorsement_model_needs_a_business_not_places_people_or_hashtags(always):
    # A family at an address in a village, a landmark, a hashtag: nobody to promote.
    assert not findings("Congratulations to our Best Front Garden winners: the Ahmed family of 23 Larkspur Drive, Dorridge!",
                        "endorsement")
    assert not findings("Walk up to Framlingham Castle for the views. #Suffolk #EasterHolidays", "endorsement")
    assert not findings("The bus stop outside Greggs on High Street is closed for repairs.", "endorsement")
    assert findings("Grab a coffee at Bean There Café on the High Street tonight!", "endorsement")


def test_thresholds_by_groups_of_writers_fit_one_model_a_group():
    """--inner-folds: thresholds from K groups of writers held out in turn, K + 1 fits, not one
    per writer; the same data with no folds fits one per writer."""
    from checker.classify import train

    def post(i, text, expect, scheduled=None):
        return {"id": str(i), "text": text, "scheduled": scheduled, "expect": expect,
                "clean": [c for c in ("endorsement", "political", "purdah") if c not in expect]}

    writers = {f"w{n}": [post(i, "Our favourite cafe has 20% off all week, pop in!", ["endorsement"]),
                         post(i + 1, "Bins go out on Monday as usual.", [], "2026-04-15T10:00"),
                         post(i + 2, "Vote Labour: the Tories have failed us.", ["political"])]
               for n, i in zip(range(6), range(0, 60, 10))}
    corpus = train.Corpus(writers, [])
    model = train.train(corpus, list(writers), log=lambda line: None, folds=2)
    assert len(corpus._fits) == 3 and model.thresholds.shape == (3,)
    train.train(train.Corpus(writers, []), list(writers), log=lambda line: None)


class PoliticalOnly(Always):
    """Reads every post as partisan, and as nothing else."""

    def fires(self, text, head, marks=()):
        return head == "political"


def test_inside_the_period_the_political_verdict_is_purdah_content_too():
    from datetime import datetime

    classifier.install(PoliticalOnly())
    try:
        text = "Don't let Reform near our schools. Think before you vote."
        inside = findings(text, "purdah", at=datetime(2027, 4, 20, 10))
        assert [f.rule for f in inside] == ["purdah.political"]
        assert not findings(text, "purdah", at=datetime(2027, 6, 20, 10))
        # nothing to take a side about: the political verdict alone is not enough
        assert not findings("Our bins go out on Monday.", "purdah", at=datetime(2027, 4, 20, 10))
    finally:
        classifier.install(None)
