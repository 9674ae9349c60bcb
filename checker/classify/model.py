"""The shipped classifier, loaded on first use, and the questions the checks ask it.

Cold start is one small .npz read (NumPy is already imported by spaCy); scoring a post is one
sparse dot product. A process may install another model (a benchmark's writer-held-out fold, a
council's retrained weights) with `install`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from checker.classify import features, reading

HEADS = ("endorsement", "political", "purdah")
WEIGHTS = Path(__file__).resolve().parent / "weights.npz"


@dataclass(frozen=True)
class Classifier:
    weights: np.ndarray  # (features.DIMENSION, len(HEADS)), float32 when trained, float16 when read
    bias: np.ndarray  # (len(HEADS),)
    thresholds: np.ndarray  # (len(HEADS),): a post fires at or above this probability

    def probabilities(self, text: str, marks: tuple[str, ...] = ()) -> np.ndarray:
        """`marks`: the entity-aware features of the text (reading.marks of its spaCy doc)."""
        # The three checks ask about the same post, and each about its sentences, one after
        # another: score each text once (a few posts' texts kept, then all dropped at once).
        key = (id(self), text, marks)
        out = _scored.get(key)
        if out is None:
            if len(_scored) >= SCORED:
                _scored.clear()
            indices, values = features.vector(text, marks)
            logits = self.bias + values @ self.weights[indices] if len(indices) else self.bias.copy()
            out = _scored[key] = 1.0 / (1.0 + np.exp(-logits))
        return out

    def probability(self, text: str, head: str, marks: tuple[str, ...] = ()) -> float:
        return float(self.probabilities(text, marks)[HEADS.index(head)])

    def fires(self, text: str, head: str, marks: tuple[str, ...] = ()) -> bool:
        return self.probability(text, head, marks) >= float(self.thresholds[HEADS.index(head)])

    def save(self, path: Path, **meta) -> None:
        # Uncompressed: a cold check reads it in a few milliseconds (unzipping took 10-15 ms).
        np.savez(path, weights=self.weights.astype(np.float16), bias=self.bias.astype(np.float32),
                            thresholds=self.thresholds.astype(np.float32), heads=np.array(HEADS), **meta)

    @classmethod
    def read(cls, path: Path) -> "Classifier":
        with np.load(path) as data:
            if tuple(data["heads"]) != HEADS or data["weights"].shape[0] != features.DIMENSION:
                raise ValueError(f"{path} was trained for other heads or features: retrain it")
            # Kept in float16 as stored: the few rows a post gathers are widened by the product.
            return cls(data["weights"], data["bias"], data["thresholds"])


LETTER = re.compile(r"[^\W\d_]")
SCORED = 64  # texts whose scores are kept: a post and its sentences, a few posts over
_scored: dict[tuple[int, str, tuple[str, ...]], np.ndarray] = {}
_installed: list[Classifier | None] = [None]


def install(classifier: Classifier | None) -> None:
    """Use this classifier in this process instead of the shipped one (None: back to shipped)."""
    _installed[0] = classifier
    _scored.clear()  # keyed by id(): a new classifier may be given a freed one's id


@lru_cache(maxsize=1)
def _shipped() -> Classifier | None:
    return Classifier.read(WEIGHTS) if WEIGHTS.is_file() else None


def classifier() -> Classifier | None:
    """The classifier in use, or None when no weights are shipped (the rules then work alone)."""
    return _installed[0] or _shipped()


WITHOUT_GOVERNMENT = 0.5


def fires_without_government(text: str) -> bool:
    """Whether the model still reads the text as partisan with the word "government" taken out.

    The model leans on that word (most training posts naming it take a side), so the rules do not
    take its verdict on government news with no party or politician in it (checker.text.politics
    .neutral_government). Asked again without the word, the model says whether the rest of the
    wording ("doesn't give a damn", "Shameful.") takes the side: the political head, more likely
    than not, whichever check asks (the question is whether a side is taken). Measured on the
    shipped model: attacks keep 0.69-0.79 without the word, funding news falls to 0.17-0.34."""
    from checker.text.politics import GOVERNMENT

    model = classifier()
    return model is not None and model.probability(GOVERNMENT.sub(" ", text), "political") >= WITHOUT_GOVERNMENT


def partisan_sentence(view, extra_parties: tuple[str, ...] = (), allow: tuple[str, ...] = ()) -> tuple[int, int] | None:
    """The sentence the model reads as taking a party-political side, once the recognisers find
    something in the post to take a side about (checker.text.politics.political_target: a party
    written as a name, a government, an elected politician, a campaign) that is more than the
    government's news reported without blame or praise; None otherwise, or when the council
    allowed a name or phrase in that sentence. The political check reports it; inside a
    pre-election period, so does the purdah check (political content is what the period forbids)."""
    from checker.text import politics

    span = strongest_sentence(view, "political")
    if span is None:
        return None
    sentence = view.text[span[0]:span[1]].lower()
    if any(a.lower() in sentence for a in allow if a):
        return None  # the council allowed this name or phrase
    if not politics.political_target(view.text, view.doc, extra_parties, loose=True):
        return None
    if politics.neutral_government(view.text, extra_parties) and not fires_without_government(view.text):
        return None
    return span


def strongest_sentence(view, head: str) -> tuple[int, int] | None:
    """The span of the post's sentence the model finds most `head`-like, when the post fires.

    The model is trained on whole posts; scoring each sentence with it (a post is as strong as
    its strongest sentence) only says WHERE, once the whole post has said WHETHER.
    """
    model = classifier()
    if model is None or not view.text.strip():
        return None
    if not model.fires(view.text, head, reading.marks(view.doc, view.text)):
        return None
    # Sentences with a letter in them: an emoji the splitter left on its own ("... Lough. 🛟") is
    # nothing an officer could rewrite.
    spans = [(s, e) for s, e in view.sentences if LETTER.search(view.text, s, e)] or [(0, len(view.text))]
    if len(spans) == 1:
        start, end = spans[0]
    else:
        start, end = max(spans, key=lambda span: model.probability(view.text[span[0]:span[1]], head,
                                                                   reading.marks(view.doc, view.text, *span)))
    # Trim surrounding blanks so the finding's text is the sentence itself.
    while start < end and view.text[start].isspace():
        start += 1
    while end > start and view.text[end - 1].isspace():
        end -= 1
    return start, end
