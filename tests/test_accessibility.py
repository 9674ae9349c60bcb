"""accessibility: advice (info) after the GCS guidance on accessible social media posts."""
import pytest

from checker.config import Config, from_dict
from checker.model import Post
from checker.pipeline import Pipeline


def findings(text, config=None):
    return Pipeline(config or Config(), checks=["accessibility"]).check(Post(text)).findings


def rules(text, config=None):
    return [f.rule for f in findings(text, config)]


MUST_FLAG = [
    ("Bins go out on Monday #recyclingweek", "accessibility.hashtag-case"),
    ("Walk with us #mentalhealthawarenessweek", "accessibility.hashtag-case"),
    ("Shop local #lovesolihull", "accessibility.hashtag-case"),
    ("Bins go out #BINDAY", "accessibility.hashtag-case"),
    ("Bins go out #Binday", "accessibility.hashtag-case"),
    ("What to recycle:\n✅ Cans\n✅ Glass jars\n✅ Card", "accessibility.emoji-bullet"),
    ("Today:\n🗑️ Bins\n📦 Boxes", "accessibility.emoji-bullet"),
    ("Bins go out on Monday #BinDay #Recycling #Solihull", "accessibility.too-many-hashtags"),
    ("Our #BinDay is Monday for every street", "accessibility.hashtag-mid-text"),
    ("#Solihull residents can now book a slot", "accessibility.hashtag-mid-text"),
]

MUST_PASS = [
    "Bins go out on Monday #RecyclingWeek",
    "Bins go out on Monday #Solihull",
    "Bins go out on Monday #solihull",      # one word: no case to fix
    "Cases are falling #NHS #COVID19",
    "📢 Bins go out on Monday",             # one emoji at the start is not a list
    "What to recycle:\n- Cans\n- Glass jars",
    "Book a slot https://www.solihull.gov.uk/tip #BinDay #Recycling 🎉",
    "Book online at https://example.com/page#section today",
    "Call 0121 704 6000 (option #2)",
]


@pytest.mark.parametrize("text,rule", MUST_FLAG)
def test_must_flag(text, rule):
    assert rule in rules(text)


@pytest.mark.parametrize("text", MUST_PASS)
def test_must_pass(text):
    assert rules(text) == []


def test_all_advice_is_info_and_camel_case_is_suggested():
    found = findings("Our #recyclingweek starts\n✅ Cans\n✅ Card #a #b #c")
    assert found and {f.severity for f in found} == {"info"}
    case = [f for f in found if f.rule == "accessibility.hashtag-case"]
    assert case[0].replacement == "#RecyclingWeek"


def test_max_hashtags_option():
    config = from_dict({"checks": {"accessibility": {"max_hashtags": 3}}})
    assert rules("Bins on Monday #BinDay #Recycling #Solihull", config) == []
