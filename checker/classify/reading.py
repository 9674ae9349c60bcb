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
  company suffix (wordlists/endorsement.toml [names]);
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
from checker.text import places
from checker.text.words import words_pattern

LABELS = {"ORG": "ORG", "FAC": "ORG", "PRODUCT": "ORG", "PERSON": "PERSON", "GPE": "PLACE", "LOC": "PLACE",
          "MONEY": "MONEY", "PERCENT": "PERCENT", "DATE": "DATE", "TIME": "DATE", "CARDINAL": "NUM",
          "QUANTITY": "NUM"}
NAMES = {"ORG", "BIZ", "NAME"}  # placeholders that may be a business


@lru_cache(maxsize=1)
def _landmarks() -> frozenset[str]:
    return frozenset(w.lower() for w in wordlists.toml("endorsement.toml")["exempt"]["landmark_nouns"])


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


_last: list = [None, {}]  # the doc last read and its marks by span: three checks ask of one post


def marks(doc, start: int = 0, end: int | None = None) -> tuple[str, ...]:
    """The extra features (as strings, hashed by features.vector) of doc's text[start:end]."""
    if doc is None:
        return ()
    if _last[0] is not doc:
        # spaCy builds doc.ents and doc.text anew on every access: read them, and the tokens'
        # offsets, once.
        _last[:] = [doc, {"ents": [(e.start, e.end, e.start_char, e.end_char, e.label_, e.text) for e in doc.ents],
                          "offsets": [t.idx for t in doc], "text": doc.text}]
    key = (start, end)
    if key not in _last[1]:
        _last[1][key] = _read(doc, start, end, _last[1]["ents"], _last[1]["offsets"], _last[1]["text"])
    return _last[1][key]


def _read(doc, start: int, end: int | None, ents, offsets, doc_text: str) -> tuple[str, ...]:
    end = len(doc_text) if end is None else end
    first, last = bisect_left(offsets, start), bisect_left(offsets, end)
    tokens = [t for t in doc[first:last] if t.idx + len(t) <= end]
    if not tokens:
        return ()
    label_of: dict[int, tuple[str, int]] = {}  # token index -> (placeholder, last token index)
    for ent_start, ent_end, start_char, end_char, label, text in ents:
        if label in LABELS and start_char >= start and end_char <= end:
            label_of[ent_start] = (_kind(LABELS[label], text), ent_end - 1)
    covered = {i for s, (_, e) in label_of.items() for i in range(s, e + 1)}
    # Proper-noun runs spaCy gave no entity: not at a sentence's start, where any word has a capital.
    i, first = 0, tokens[0].i
    while i < len(tokens):
        t = tokens[i]
        if t.i not in covered and t.pos_ == "PROPN" and t.text[:1].isupper() and not (t.is_sent_start or t.i == first):
            j = i
            while j + 1 < len(tokens) and tokens[j + 1].pos_ == "PROPN" and tokens[j + 1].i not in covered:
                j += 1
            label_of[t.i] = (_kind("NAME", doc[t.i:tokens[j].i + 1].text), tokens[j].i)
            covered.update(range(t.i, tokens[j].i + 1))
            i = j + 1
        else:
            i += 1
    # The sequence with each name as its placeholder; sentences numbered for the dense marks.
    seq: list[tuple[str, bool, int, str]] = []  # (word, is placeholder, sentence number, tag)
    sentence, skip_to = 0, -1
    opening = set()  # sentences whose first word is a bare verb (an imperative)
    superlative, priced, imperative, named = set(), set(), set(), set()
    ranking = {m.start() for m in _ranking().finditer(doc_text, start, end)}
    for k, t in enumerate(tokens):
        if k and t.is_sent_start:
            sentence += 1
        if t.idx in ranking:
            superlative.add(sentence)
        if t.i <= skip_to:
            continue
        if t.i in label_of:
            kind, skip_to = label_of[t.i]
            seq.append((kind, True, sentence, ""))
            if kind in NAMES:
                named.add(sentence)
            if kind in ("MONEY", "PERCENT"):
                priced.add(sentence)
            continue
        if t.is_punct or t.is_space:
            continue
        word = t.lower_
        if sentence not in opening:
            opening.add(sentence)
            if t.tag_ == "VB":
                imperative.add(sentence)
        if t.tag_ in ("JJS", "RBS") and word not in ("most", "least") or word in ("most", "least") and t.i + 1 < len(doc) and doc[t.i + 1].tag_ == "JJ":
            superlative.add(sentence)
        if t.text[:1] in "£$€" or t.tag_ == "$":
            priced.add(sentence)
        seq.append((word, False, sentence, t.tag_))
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
