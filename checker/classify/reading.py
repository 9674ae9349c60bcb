"""What the spaCy doc adds to the classifier's n-grams: who is named, and how they are talked about.

Hashed n-grams learn particular names ("Bean There", "Screwfix") that the next post will not
repeat. Here each named thing becomes a placeholder of its kind, so the model can learn the
pattern instead of the name: a business followed by an offer ("BIZ are doing a free week"), a
price, a superlative, a call to visit. The placeholders are added beside the n-grams, never in
their place: party names are ORG to spaCy, and the political head needs the names themselves.

Kinds of name (placeholders):
- PUBLIC: an organisation whose words say it is a charity, community group or public body (the
  endorsement check's exempt words and wordlists/public_bodies.txt): praise of partners is no
  promotion, and the model must be able to tell them from businesses;
- BIZ: an organisation, facility, product or run of proper nouns holding a business noun or a
  company suffix (wordlists/endorsement.toml [names]), and a chain or national brand
  (checker.text.brands) whatever spaCy made of it;
- PLACE: also an organisation or name that is an OS place name;
- ORG / NAME: other organisations, facilities and products; other proper-noun runs (small
  businesses are mostly names the small entity model does not know);
- PERSON, PLACE, MONEY, PERCENT, DATE, NUM.
Dense marks say what the sentence around a name does: a price or percentage, a superlative
(JJS, or "most"/"least" before an adjective), an imperative opening, all of these beside a
business-like name; and a name rated by an adjective after "is"/"are" ("X are ace").

Same function to train and to score (checker.classify.train, model.strongest_sentence).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from checker import wordlists
from checker.text import brands, places
from checker.text.words import words_pattern

LABELS = {"ORG": "ORG", "FAC": "ORG", "PRODUCT": "ORG", "PERSON": "PERSON", "GPE": "PLACE", "LOC": "PLACE",
          "MONEY": "MONEY", "PERCENT": "PERCENT", "DATE": "DATE", "TIME": "DATE", "CARDINAL": "NUM",
          "QUANTITY": "NUM"}
NAMES = {"ORG", "BIZ", "NAME"}  # placeholders that may be a business


@lru_cache(maxsize=1)
def _landmarks() -> frozenset[str]:
    exempt = wordlists.toml("endorsement.toml")["exempt"]
    return frozenset(w.lower() for w in exempt["landmark_nouns"] + exempt["street_nouns"])


@lru_cache(maxsize=1)
def _ranking() -> re.Pattern:
    return words_pattern(wordlists.toml("endorsement.toml")["superlatives"]["words"])


@lru_cache(maxsize=1)
def _lists() -> tuple[re.Pattern, re.Pattern]:
    data = wordlists.toml("endorsement.toml")
    public = words_pattern({w.lower() for w in data["exempt"]["words"] + list(wordlists.lines("public_bodies.txt"))})
    nouns = data["names"]["business_nouns"]
    business = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True)) + r")(?![\w-])"
                          r"|\b(?:Ltd|Limited|plc|PLC|LLP|Inc)\b", re.I)
    return public, business


def _kind(label: str, text: str) -> str:
    if label not in ("ORG", "NAME"):
        return label
    public, business = _lists()
    if public.search(text):
        return "PUBLIC"
    if business.search(text):
        return "BIZ"
    # The small entity model calls many villages and landmarks organisations; the OS names and
    # the landmark nouns (endorsement.toml) know them.
    lowered = text.lower().removeprefix("the ")
    if lowered in places.names() or lowered.rsplit(" ", 1)[-1] in _landmarks():
        return "PLACE"
    return label


BE = {"is", "are", "was", "were", "'s", "'re", "’s", "’re", "r", "am", "be"}
PLURAL_BE = {"are", "were", "'re", "’re", "r"}


def _rated(seq: list[tuple[str, bool, int, str]]) -> bool:
    """A business-like name rated by the words after it: the name, a form of "be" within three
    words, then an adjective (or comparative, superlative) within three more: "X are ace",
    "X is the best one round here", "X r the cheapest", "X is ten times better"."""
    for i, (word, placeholder, sentence, _) in enumerate(seq):
        if not (placeholder and (word in NAMES or word == "PERSON")):
            continue
        after = [w for w in seq[i + 1:i + 7] if w[2] == sentence]
        for j, (w, _, _, _) in enumerate(after[:3]):
            # The small model calls many firms people; "are" after a name says it is not one person.
            if word == "PERSON" and w not in PLURAL_BE:
                continue
            if w in BE and any(tag in ("JJ", "JJR", "JJS") for _, _, _, tag in after[j + 1:j + 4]):
                return True
    return False


class _Tokens:
    """The doc's tokens as plain lists, read in one `Doc.to_array` call: the post and each of its
    sentences are read from here, never from spaCy Token objects (made anew on every access, they
    were most of the classifier's cost)."""

    __slots__ = ("brands", "ents", "idx", "length", "lower", "propn", "skip", "start", "tag", "text")

    def __init__(self, doc, text: str):
        from spacy.attrs import (
            IDX,
            IS_PUNCT,
            IS_SPACE,
            LENGTH,
            LOWER,
            POS,
            SENT_START,
            TAG,
        )
        from spacy.symbols import PROPN

        # doc.text and Span.text join their tokens' texts anew: the post's text is the doc's.
        self.text = text
        self.ents = [(e.start, e.end, e.start_char, e.end_char, e.label_, text[e.start_char:e.end_char]) for e in doc.ents]
        # A chain or national brand is a business whatever spaCy called it (Greggs a person,
        # Costa a place): its placeholder is BIZ, in place of spaCy's entity over it.
        self.brands = [(m.start, m.end) for m in brands.mentions(text, doc)]
        if len(doc):
            columns = doc.to_array([IDX, LENGTH, POS, TAG, LOWER, SENT_START, IS_PUNCT, IS_SPACE]).T.tolist()
        else:
            columns = [[] for _ in range(8)]
        idx, length, pos, tag, lower, start, punct, space = columns
        strings = doc.vocab.strings
        self.idx, self.length = idx, length
        self.propn = [p == PROPN for p in pos]
        self.tag = [strings[t] for t in tag]
        self.lower = [strings[w] for w in lower]
        self.start = [s == 1 for s in start]  # Token.is_sent_start is true only for 1 (-1 reads as 2**64 - 1 here)
        self.skip = [bool(a or b) for a, b in zip(punct, space)]


_last: list = [None, None, {}]  # the doc last read, its tokens and its marks by span: three checks ask of one post


def marks(doc, text: str, start: int = 0, end: int | None = None) -> tuple[str, ...]:
    """The extra features (as strings, hashed by features.vector) of text[start:end], `text`
    being the text `doc` was made from."""
    if doc is None:
        return ()
    if _last[0] is not doc:
        _last[:] = [doc, _Tokens(doc, text), {}]
    key = (start, end)
    if key not in _last[2]:
        _last[2][key] = _read(_last[1], start, end)
    return _last[2][key]


def _read(doc: _Tokens, start: int, end: int | None) -> tuple[str, ...]:
    doc_text = doc.text
    end = len(doc_text) if end is None else end
    idx, length, propn, tag, lower, sent_start = doc.idx, doc.length, doc.propn, doc.tag, doc.lower, doc.start
    first, last = bisect_left(idx, start), bisect_left(idx, end)
    tokens = [i for i in range(first, last) if idx[i] + length[i] <= end]
    if not tokens:
        return ()
    label_of: dict[int, tuple[str, int]] = {}  # token index -> (placeholder, last token index)
    for brand_start, brand_end in doc.brands:
        if brand_start >= start and brand_end <= end:
            first_token, last_token = bisect_left(idx, brand_start), bisect_left(idx, brand_end) - 1
            if first_token <= last_token:
                label_of[first_token] = ("BIZ", last_token)
    branded = {i for s, (_, e) in label_of.items() for i in range(s, e + 1)}
    for ent_start, ent_end, start_char, end_char, label, text in doc.ents:
        if label in LABELS and start_char >= start and end_char <= end \
                and not any(i in branded for i in range(ent_start, ent_end)):
            label_of[ent_start] = (_kind(LABELS[label], text), ent_end - 1)
    covered = {i for s, (_, e) in label_of.items() for i in range(s, e + 1)}
    # Proper-noun runs spaCy gave no entity: not at a sentence's start, where any word has a capital.
    k, first = 0, tokens[0]
    while k < len(tokens):
        t = tokens[k]
        if t not in covered and propn[t] and doc_text[idx[t]].isupper() and not (sent_start[t] or t == first):
            j = k
            while j + 1 < len(tokens) and propn[tokens[j + 1]] and tokens[j + 1] not in covered:
                j += 1
            last_token = tokens[j]
            label_of[t] = (_kind("NAME", doc_text[idx[t]:idx[last_token] + length[last_token]]), last_token)
            covered.update(range(t, last_token + 1))
            k = j + 1
        else:
            k += 1
    # The sequence with each name as its placeholder; sentences numbered for the dense marks.
    seq: list[tuple[str, bool, int, str]] = []  # (word, is placeholder, sentence number, tag)
    sentence, skip_to = 0, -1
    opening = set()  # sentences whose first word is a bare verb (an imperative)
    superlative, priced, imperative, named = set(), set(), set(), set()
    ranking = {m.start() for m in _ranking().finditer(doc_text, start, end)}
    count = len(idx)
    for k, t in enumerate(tokens):
        if k and sent_start[t]:
            sentence += 1
        if idx[t] in ranking:
            superlative.add(sentence)
        if t <= skip_to:
            continue
        if t in label_of:
            kind, skip_to = label_of[t]
            seq.append((kind, True, sentence, ""))
            if kind in NAMES:
                named.add(sentence)
            if kind in ("MONEY", "PERCENT"):
                priced.add(sentence)
            continue
        if doc.skip[t]:
            continue
        word, t_tag = lower[t], tag[t]
        if sentence not in opening:
            opening.add(sentence)
            if t_tag == "VB":
                imperative.add(sentence)
        if t_tag in ("JJS", "RBS") and word not in ("most", "least") or word in ("most", "least") and t + 1 < count and tag[t + 1] == "JJ":
            superlative.add(sentence)
        if doc_text[idx[t]] in "£$€" or t_tag == "$":
            priced.add(sentence)
        seq.append((word, False, sentence, t_tag))
    out = ["p " + w for w, placeholder, _, _ in seq if placeholder]
    for n in (1, 2):
        for (a, pa, _, _), (b, pb, _, _) in zip(seq, seq[n:]):
            if pa or pb:
                out.append(f"p{n} {a} {b}")
    if _rated(seq):
        out.append("d named rated")
    for name, group in (("superlative", superlative), ("price", priced), ("imperative", imperative)):
        if group:
            out.append("d " + name)
            if group & named:
                out.append("d named " + name)
            elif named:
                out.append("d post named " + name)
    return tuple(out)
