"""Name-calling words, from the insult list and the profanity list's insults, for recognisers
that ask what an insult points at: a party or politician (political), a resident's address
(personal data). The profanity check owns finding the insults themselves."""
from __future__ import annotations

from functools import lru_cache

from checker import wordlists


@lru_cache(maxsize=1)
def words() -> frozenset[str]:
    """Every listed insult, one word or phrase each, in lower case."""
    listed = {row["word"] for row in wordlists.rows("insults.csv")}
    listed |= {row["word"] for row in wordlists.rows("profanity.csv") if row["kind"] == "insult"}
    return frozenset(listed)


@lru_cache(maxsize=1)
def swear_words() -> frozenset[str]:
    """Every listed swear word and phrase (profanity.csv, kind "swear"), in lower case: said of the
    government or an elected body, they attack it ("a load of bollocks", "this bloody freeze")."""
    return frozenset(row["word"] for row in wordlists.rows("profanity.csv") if row["kind"] == "swear")

