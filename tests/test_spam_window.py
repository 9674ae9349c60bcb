"""Spam repeats: exact repeats across a whole run, near repeats within a bounded window."""
from checker.checks import spam
from checker.config import Config
from checker.model import Post
from checker.pipeline import Pipeline


def test_state_for_near_repeats_is_bounded_and_exact_repeats_are_still_found(monkeypatch):
    monkeypatch.setattr(spam, "RECENT", 50)
    pipeline = Pipeline(Config(), checks=["spam"])
    first = "Garden waste collections restart on Monday 2 March across the borough."
    assert pipeline.check(Post(first, id="a")).findings == []
    for number in range(200):
        pipeline.check(Post(f"Notice {number}: library {number} opening hours change from {number} June.", id=str(number)))
    state = pipeline.contexts["spam"].state
    assert len(state["recent"]) <= 50
    assert len(state["bands"]) <= 50 * spam.HASHES // spam.BAND
    (repeat,) = pipeline.check(Post(first, id="b")).findings
    assert repeat.rule == "spam.repeat" and "post a" in repeat.message
