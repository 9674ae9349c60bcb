"""The sentence splitter's end pattern: the fast form finds exactly what the plain form did."""
from __future__ import annotations

import random
import re

import pytest

from checker.text import sentences

# The pattern before the lookahead was put in front of it (kept here to compare against).
PLAIN = re.compile(
    r"(?<![A-Z.!?…])" + "".join(rf"(?<!\b{re.escape(a)})" for a in sentences.ABBREVIATIONS)
    + r"[.!?…]++['\"”’)]*+(?=\s)|\n++"
)
TEXTS = [
    "Mr. Smith went home. Dr. Who? Yes! No. 5 is shut… “Quoted.” Then e.g. this. I.e. that.\n\nNext",
    "A.B. Co. Ltd. ok.  CAPS. A. B. St. Mary's. tel. 0121 ext. 5!!! ?? ...",
    "", ".", "\n", "\n\n\n", "." * 500 + " x", "No.\n", "etc. etc.", "Cllr. Jones said.) Then.' ok",
]


def test_same_ends_as_the_plain_pattern():
    rng = random.Random(17)
    alphabet = "aAbMrsDt .!?…\n'\")”’"
    texts = TEXTS + ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60))) for _ in range(3000)]
    for text in texts:
        assert [m.span() for m in sentences.END.finditer(text)] == [m.span() for m in PLAIN.finditer(text)], text


def test_sentences_of_a_post():
    text = "Mr. Smith opened the library. Come along!\nFree entry"
    assert [text[s:e] for s, e in sentences.spans(text)] == ["Mr. Smith opened the library.", "Come along!", "Free entry"]


@pytest.mark.parametrize("text, expected", [
    # an emoji with a capital after it ends a sentence of five words or more
    ("The new play area at Hall Park is open 🛝 Come and try the zip wire",
     ["The new play area at Hall Park is open 🛝", "Come and try the zip wire"]),
    ("Thanks to everyone who came to the fun run 💜💜 Every penny goes to the hospice.",
     ["Thanks to everyone who came to the fun run 💜💜", "Every penny goes to the hospice."]),
    # not after a heading, a sentence already ended, or before a lower-case word
    ("Road closed 🚧 Diversion via Mill Lane.", ["Road closed 🚧 Diversion via Mill Lane."]),
    ("Mrs Hall is 100 years young today! 🎂 She lives in Olney.", ["Mrs Hall is 100 years young today!", "🎂 She lives in Olney."]),
    ("Grab a coffee at the new kiosk ☕ and enjoy the view.", ["Grab a coffee at the new kiosk ☕ and enjoy the view."]),
])
def test_an_emoji_ends_a_sentence_as_social_posts_write_it(text, expected):
    assert [text[s:e] for s, e in sentences.spans(text)] == expected
