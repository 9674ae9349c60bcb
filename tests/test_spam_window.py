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


def test_the_minhash_is_the_masked_integer_arithmetic_it_stands_for():
    # numpy's uint64 arithmetic wraps modulo 2**64: the same fingerprints as Python integers masked.
    import hashlib

    def by_python_integers(text):
        words = spam.normal_words(text)
        shingles = {" ".join(words[i:i + 3]) for i in range(max(1, len(words) - 2))}
        values = [int.from_bytes(hashlib.blake2b(s.encode(), digest_size=8).digest(), "big") for s in shingles]
        return tuple(min(((v ^ seed) * spam.MULTIPLIER) & spam.MASK for v in values) for seed in spam.SEEDS)

    for text in ["", "Hi", "Bins go out on Monday 2 March, see https://x.gov.uk/bins for more.",
                 "Garden waste collections restart on Monday across the borough " * 5]:
        assert spam.fingerprint(text) == by_python_integers(text)
        assert all(type(value) is int for value in spam.fingerprint(text))


def test_first_seen_keeps_the_first_post_of_each_digest_through_growth():
    import random
    from datetime import datetime, timedelta

    from checker.first_seen import FirstSeen

    store, expected = FirstSeen(capacity=4), {}
    rng = random.Random(7)
    digests = [0, 2, 2**64 - 1] + [rng.getrandbits(64) for _ in range(3000)]
    start = datetime(2026, 3, 30, 9, 15, 0, 250)
    for number, digest in enumerate(digests + digests[:500]):  # the repeats must keep the first post
        record = (f"row-{number}-é", f"file{number % 3}.csv", start + timedelta(minutes=number))
        store.add(digest, *record)
        expected.setdefault(digest, record)
    assert len(store) == len(expected)
    assert all(store.get(digest) == record for digest, record in expected.items())
    assert store.get(12345) is None and store.get(2**63 + 5) is None
    # the digest 0 is kept apart from the table's empty slots, as 1 (one collision in 2**64)
    assert store.get(0) == expected[0]


def test_first_seen_keeps_one_string_per_file_not_per_row():
    # a row's source is "file:line": the file is kept once, the line as a number, and both come back
    from datetime import datetime

    from checker.first_seen import FirstSeen

    seen = FirstSeen()
    for line in range(1, 3001):
        seen.add(line, f"p{line}", f"posts.csv:{line}", datetime(2026, 5, 1))
    seen.add(9999, "draft", "draft", datetime(2026, 5, 1))
    assert seen.get(1234) == ("p1234", "posts.csv:1234", datetime(2026, 5, 1))
    assert seen.get(9999)[1] == "draft"
    assert seen._sources == ["posts.csv", "draft"]
