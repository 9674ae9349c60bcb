"""Hashed word and character n-grams of a text: the classifier's only input.

The same function is used to train and to score, so a model and its features can never drift
apart. Hashing (CRC-32, stable across processes, unlike Python's hash()) keeps the model a fixed
size with no vocabulary to ship; a sign bit from the same hash lets colliding n-grams cancel out
rather than add up.
"""
from __future__ import annotations

import re
import zlib
from functools import lru_cache

import numpy as np

from checker.text.words import WORDS_REMEMBERED

BITS = 18
DIMENSION = 1 << BITS
MASK = DIMENSION - 1

# Domain labels bounded as DNS bounds them (63 characters, a few levels): unbounded, a run like
# '12-12-12-...' or 'a.a.a....' was read to its end from every word start (quadratic: minutes on
# 100 KB). The same tokens on every labelled and corpus post.
LINK = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]{1,63}(?:\.[\w-]{1,63}){0,9}\.(?:com|co\.uk|uk|org|net|io|shop|store)(?:/\S*)?", re.I)
DIGITS = re.compile(r"\d")
# Character n-grams share a word's evidence among many features; weighed down, they still carry
# spelling variants and compounds (#VoteLabour, "Tory-led") without letting one frequent word
# ("government") outvote the words around it.
CHAR_WEIGHT = 0.25  # measured writer-held-out: 1.0 -> 0.25 raised endorsement F1 0.86 -> 0.89, others level
MARK_WEIGHT = 1.0
TOKEN = re.compile(r"[a-z0-9£$€%'’]+|[^\w\s]")


def _tokens(text: str) -> list[str]:
    text = LINK.sub(" urlx ", text)
    text = DIGITS.sub("0", text.lower()).replace("’", "'")
    return TOKEN.findall(text)


def grams(text: str) -> list[str]:
    """Word 1- and 2-grams and character 3- to 5-grams inside words (each word padded by spaces)."""
    tokens = _tokens(text)
    out = ["w " + t for t in tokens]
    out += ["b " + a + " " + b for a, b in zip(tokens, tokens[1:])]
    for token in tokens:
        if len(token) < 2 or not token[0].isalnum():
            continue
        padded = f" {token} "
        size = len(padded)
        for n in (3, 4, 5):
            out += ["c " + padded[i:i + n] for i in range(size - n + 1)]
    return out


def _hashed(gram: str) -> tuple[int, float]:
    h = zlib.crc32(gram.encode("utf-8"))
    weight = CHAR_WEIGHT if gram[0] == "c" else 1.0
    return h & MASK, (weight if h & 0x80000000 else -weight)


# A word's features are cached as one int32 array of codes: the index (BITS bits), a flag for a
# character n-gram (weight CHAR_WEIGHT, else 1.0) and a flag for the negative sign. As tuples of
# (int, float) tuples a cached word cost about 2 KB: 140 MB once a long run of varied posts had
# filled the cache, against under 10 MB as arrays.
CHAR_FLAG, NEGATIVE_FLAG = 1 << BITS, 1 << (BITS + 1)


def _code(gram: str) -> int:
    h = zlib.crc32(gram.encode("utf-8"))
    return (h & MASK) | (CHAR_FLAG if gram[0] == "c" else 0) | (0 if h & 0x80000000 else NEGATIVE_FLAG)


@lru_cache(maxsize=WORDS_REMEMBERED)
def _word_features(token: str) -> np.ndarray:
    """The codes of the hashed unigram and character n-grams of one word: words repeat across
    posts, so each is hashed once per process (the same features as grams() gives)."""
    out = [_code("w " + token)]
    if len(token) >= 2 and token[0].isalnum():
        padded = f" {token} "
        for n in (3, 4, 5):
            out += [_code("c " + padded[i:i + n]) for i in range(len(padded) - n + 1)]
    return np.array(out, dtype=np.int32)


def vector(text: str, marks: tuple[str, ...] = ()) -> tuple[np.ndarray, np.ndarray]:
    """(indices, values): the text's hashed features (those of grams()) and the entity-aware
    `marks` of checker.classify.reading, L2-normalised so long posts do not shout."""
    tokens = _tokens(text)
    codes = [np.array([_code(mark) for mark in marks], dtype=np.int32)] if marks else []
    codes += [_word_features(token) for token in tokens]
    codes.append(np.array([_code("b " + a + " " + b) for a, b in zip(tokens, tokens[1:])], dtype=np.int32))
    joined = np.concatenate(codes)
    if not len(joined):
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
    weights = np.where(joined & CHAR_FLAG, CHAR_WEIGHT, 1.0) * np.where(joined & NEGATIVE_FLAG, -1.0, 1.0)
    if marks:
        weights[:len(marks)] *= MARK_WEIGHT
    # Summed in the order written, as a dict of running sums would: the same values to the bit.
    indices, inverse = np.unique(joined & MASK, return_inverse=True)
    values = np.bincount(inverse, weights=weights).astype(np.float32)
    indices = indices.astype(np.int64)
    norm = float(np.sqrt((values * values).sum())) or 1.0
    return indices, values / norm
