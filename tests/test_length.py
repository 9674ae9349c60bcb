"""length: platform limits, counted as each platform counts (wordlists/platforms.toml)."""
import pytest

from checker.checks.length import measure
from checker.platforms import check_platform_option, resolve
from checker.config import Config, from_dict
from checker.errors import UsageError
from checker.model import Post
from checker.pipeline import Pipeline

URL = "https://www.solihull.gov.uk/bins-and-recycling/collection-days-for-every-street-in-the-borough"


def rules(text, platform, config=None):
    pipeline = Pipeline(config or Config(), checks=["length"])
    return [f.rule for f in pipeline.check(Post(text, meta={"platform": platform} if platform else {})).findings]


MUST_FLAG = [
    ("a" * 281, "x", "length.too-long"),
    ("😀" * 141, "twitter", "length.too-long"),          # emoji weigh 2 on X
    ("日本" * 71, "X", "length.too-long"),                 # CJK weighs 2 on X
    (URL + " " + "b" * 257, "x", "length.too-long"),      # 23 + 1 + 257 = 281
    ("a" * 301, "bluesky", "length.too-long"),
    ("👨‍👩‍👧‍👦" * 200, "bsky", "length.too-long"),           # 200 graphemes but 5,000 bytes
    ("a" * 501, "threads", "length.too-long"),
    ("😀" * 126, "threads", "length.too-long"),           # 4 bytes each: 504
    ("a" * 2201, "instagram", "length.too-long"),
    (" ".join(f"#tag{n}x" for n in range(6)), "instagram", "length.too-many-hashtags"),
    ("a" * 3001, "linkedin", "length.too-long"),
    ("😀" * 1501, "LinkedIn", "length.too-long"),         # UTF-16: 3,002 units
    ("a" * 63207, "facebook", "length.too-long"),
    (" ".join(f"https://example.com/{n}" for n in range(6)), "threads", "length.too-many-links"),
    ("a" * 281, "facebook, x", "length.too-long"),
    ("hello", "tiktok", "length.unknown-platform"),
]

MUST_PASS = [
    ("a" * 280, "x"),
    (URL + " " + "b" * 256, "x"),        # a long link counts 23
    ("é" * 280, "x"),                    # Latin-1 accents weigh 1
    ("😀" * 140, "x"),
    ("👍🏽" * 300, "bluesky"),           # one grapheme each
    ("a" * 500, "threads"),
    ("a" * 2200, "instagram"),
    (" ".join(f"#tag{n}x" for n in range(5)), "instagram"),
    ("a" * 3000, "linkedin"),
    ("a" * 5000, "facebook"),
    ("a" * 10000, None),                 # no platform: not measured
]


@pytest.mark.parametrize("text,platform,rule", MUST_FLAG)
def test_must_flag(text, platform, rule):
    assert rule in rules(text, platform)


@pytest.mark.parametrize("text,platform", MUST_PASS)
def test_must_pass(text, platform):
    assert rules(text, platform) == []


def test_span_starts_where_the_limit_is_passed():
    pipeline = Pipeline(Config(), checks=["length"])
    (finding,) = pipeline.check(Post("a" * 290, meta={"platform": "x"})).findings
    assert (finding.start, finding.end) == (280, 290)
    assert "290" in finding.message and "280" in finding.message


def test_x_counts_a_url_as_23():
    assert measure("see " + URL, "x", 280) == (4 + 23, None)


def test_platform_option_and_override():
    config = from_dict({"checks": {"length": {"platform": "x", "limits": {"x": 25000}}}})
    assert rules("a" * 300, None, config) == []
    config = from_dict({"checks": {"length": {"platform": "x"}}})
    assert rules("a" * 300, None, config) == ["length.too-long"]


def test_bad_limit_override_is_a_usage_error():
    config = from_dict({"checks": {"length": {"limits": {"myspace": 10}}}})
    with pytest.raises(UsageError):
        rules("hi", "x", config)


@pytest.mark.parametrize("name,key", [("Twitter", "x"), ("X (Twitter)", "x"), ("IG", "instagram"), ("Blue Sky", "bluesky")])
def test_aliases(name, key):
    assert resolve(name) == key


def test_unknown_platform_option_is_a_usage_error():
    with pytest.raises(UsageError):
        check_platform_option("x, tiktok")
