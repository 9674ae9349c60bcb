"""spaCy's attribute ruler with its answers remembered: the same annotations, without its matcher.

The model's attribute ruler maps each token's fine tag to a part of speech (and morphology and,
for a few words, a lemma or a tag). It runs a spaCy Matcher of about 180 patterns over every
token of every post: about a fifth of the whole spaCy pass here (benchmarks/bench_speed.py
profile), for answers that, for one-token patterns, depend on the token alone: its tag, whether it
is a space and its lower-case form (only where a pattern names that form; the form is otherwise
irrelevant). So each such answer is worked out once, by the model's own ruler on a one-token doc,
and kept; patterns of several tokens still go through a matcher of their own (a few patterns),
and a match of theirs wins over a one-token answer as the ruler's order says (the later pattern).

Used only when it is exact: every one-token pattern reads nothing but LOWER (a word, a list of
words or a regular expression), TAG, IS_SPACE and DEP, and sets nothing but POS, TAG, MORPH,
LEMMA and DEP; a doc that has dependency labels or lacks tags (no model here does either) is
handed to the ruler itself. tests/test_remembered_ruler.py compares both over the labelled posts.
"""
from __future__ import annotations

import re
from typing import Any

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

# What a one-token pattern may read, and what any pattern may set, for the answers to be exact.
READ = {"LOWER", "TAG", "IS_SPACE", "DEP"}
SET = (POS, TAG, MORPH, LEMMA, DEP)
KEY = (LOWER, TAG, IS_SPACE)
# Lower-case forms looked at so far, and whether a pattern names each: bounded (a batch of
# 100,000 posts meets hundreds of thousands of words); cleared when full. Two such tables of
# 100,000 64-bit keys held about 20 MB at the end of a long batch; a form's answer is a set lookup
# and a few patterns to work out again, so a smaller table costs nothing measurable.
FORMS_KEPT = 16_384



def _add_lower(value, words: set, regexes: list) -> bool:
    """Record what a LOWER constraint matches (a word, a set of words, a pattern); False when it is
    none of these."""
    if isinstance(value, str):
        words.add(value)
    elif isinstance(value, dict) and set(value) == {"IN"}:
        words.update(value["IN"])
    elif isinstance(value, dict) and set(value) == {"REGEX"}:
        regexes.append(re.compile(value["REGEX"]))
    else:
        return False
    return True

class Unsupported(ValueError):
    """The ruler has a pattern whose answer may depend on more than the token's own kind."""


class RememberedRuler:
    def __init__(self, ruler: Any):
        self.ruler = ruler
        self.vocab = ruler.vocab
        self.words: set[str] = set()  # lower-case forms a one-token pattern names
        self.regexes: list[re.Pattern] = []  # and the forms it matches
        self.several = Matcher(self.vocab)  # the patterns of several tokens
        # Lower-case forms one of which a doc must hold for a pattern of several tokens to match
        # ("gon" of "gon na"): the matcher runs only on such docs. None: it runs on every doc.
        self.cues: Cues | None = Cues()
        for group, entry in enumerate(ruler.patterns):
            if any(not isinstance(name, int) or name not in SET for name in ruler.attrs[group]):
                raise Unsupported(f"pattern {group} sets {entry['attrs']}")
            longer = [pattern for pattern in entry["patterns"] if len(pattern) > 1]
            if longer:
                self.several.add(str(group), longer)
            for pattern in longer:
                if self.cues is not None and not self.cues.add(pattern):
                    self.cues = None
            for pattern in entry["patterns"]:
                if len(pattern) == 1:
                    self._read(pattern[0], group)
        self.forms: dict[int, int] = {}  # LOWER hash -> itself when a pattern names it, else 0
        self.answers: dict[tuple[int, int, int], tuple[tuple[int, ...], tuple[int, ...]]] = {}
        self.stand_in = {False: self._free("x"), True: self._free(" ")}

    def _read(self, token: dict, group: int) -> None:
        for name, value in token.items():
            if name not in READ:
                raise Unsupported(f"pattern {group} reads {name}")
            if name != "LOWER":
                continue
            if not _add_lower(value, self.words, self.regexes):
                raise Unsupported(f"pattern {group} reads LOWER as {value}")

    def _named(self, form: str) -> bool:
        return form in self.words or any(regex.search(form) for regex in self.regexes)

    def _free(self, seed: str) -> str:
        """A form no pattern names, with the same IS_SPACE as `seed`: stands for every such form."""
        form = seed
        while self._named(form):
            form += seed
        return form

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc) or doc.has_annotation("DEP") or not doc.has_annotation("TAG", require_complete=True):
            return self.ruler(doc)
        keys = doc.to_array(KEY).tolist()
        cues = self.cues
        if cues is None:
            cued = True
        else:
            known = cues.known
            cued = any(known[lower] if lower in known else cues.cue(self.vocab.strings, lower) for lower, _, _ in keys)
        answers = [self._answer_for(lower, tag, space) for lower, tag, space in keys]
        found = numpy.array([answer[0] for answer in answers], dtype="uint64")
        setters = [answer[1] for answer in answers]
        doc.from_array(SET, numpy.where(numpy.array(setters) >= 0, found, doc.to_array(SET)))
        if len(self.several) and cued:
            self._apply_several(doc, setters)
        return doc

    def _answer_for(self, lower: int, tag: int, space: int) -> tuple[tuple[int, ...], tuple[int, ...]]:
        form = self.forms.get(lower)
        if form is None:
            form = self._form(lower)
        answer = self.answers.get((form, tag, space))
        return answer if answer is not None else self._answer(form, tag, space)

    def pipe(self, docs, batch_size: int = 128):
        for doc in docs:
            yield self(doc)

    def _form(self, lower: int) -> int:
        if len(self.forms) >= FORMS_KEPT:
            self.forms.clear()
        form = lower if self._named(self.vocab.strings[lower]) else 0
        self.forms[lower] = form
        return form

    def _answer(self, form: int, tag: int, space: int) -> tuple[tuple[int, ...], tuple[int, ...]]:
        """The ruler's answer for one token of this kind: the values it leaves in SET, and for each
        the pattern group that set it (-1 where none did)."""
        text = self.vocab.strings[form] if form else self.stand_in[bool(space)]
        doc = Doc(self.vocab, words=[text], spaces=[False])
        doc[0].tag = tag
        matches = self.ruler.match(doc)
        self.ruler.set_annotations(doc, matches)
        setter = [-1] * len(SET)
        for group, _key, _start, _end in matches:  # sorted: a later group wins
            for column, name in enumerate(SET):
                if name in self.ruler.attrs[group]:
                    setter[column] = group
        answer = tuple(int(v) for v in doc.to_array(SET)[0]), tuple(setter)
        self.answers[form, tag, space] = answer
        return answer

    def _apply_several(self, doc: Doc, setters: list[tuple[int, ...]]) -> None:
        """Matches of several tokens, set where the ruler would have: a later group than the one
        whose answer a token has for that attribute."""
        matches = sorted((int(self.vocab.strings[key]), key, start, end)
                         for key, start, end in self.several(doc, allow_missing=True))
        won: dict[tuple[int, int], int] = {}
        for group, _key, start, end in matches:
            token = doc[start:end][self.ruler.indices[group]]
            wanted = {}
            for name, value in self.ruler.attrs[group].items():
                column = SET.index(name)
                if group >= max(setters[token.i][column], won.get((token.i, column), -1)):
                    wanted[name] = value
                    won[token.i, column] = group
            if wanted:
                set_token_attrs(token, wanted)


class Cues:
    """For each pattern of several tokens, the lower-case forms one of its tokens must have."""

    def __init__(self):
        self.words: set[str] = set()
        self.regexes: list[re.Pattern] = []
        self.known: dict[int, bool] = {}  # LOWER hash -> is a cue; bounded like the forms

    def add(self, pattern: list[dict]) -> bool:
        """Note the forms of the first token of `pattern` that names some; False when none does.
        A pattern asking for a dependency label needs none: it never matches a doc without them
        (and a doc with them goes to the ruler itself)."""
        if any(_needs_label(token.get("DEP")) for token in pattern):
            return True
        for token in pattern:
            if _add_lower(token.get("LOWER"), self.words, self.regexes):
                return True
        return False

    def cue(self, strings, lower: int) -> bool:
        found = self.known.get(lower)
        if found is None:
            if len(self.known) >= FORMS_KEPT:
                self.known.clear()
            form = strings[lower]
            found = self.known[lower] = form in self.words or any(regex.search(form) for regex in self.regexes)
        return found


def _needs_label(value) -> bool:
    """A DEP condition no token without a dependency label ("") meets."""
    if isinstance(value, str):
        return value != ""
    return isinstance(value, dict) and set(value) == {"IN"} and "" not in value["IN"]


@Language.factory("postcheck_remembered_ruler")
def _remembered_ruler(nlp: Language, name: str) -> RememberedRuler:
    return RememberedRuler(nlp.get_pipe("attribute_ruler"))


def remember(nlp: Language) -> bool:
    """Put a RememberedRuler in place of `nlp`'s attribute ruler (the ruler itself stays loaded,
    disabled, for the docs it is handed); False, and `nlp` unchanged, when there is no ruler or
    its patterns are not all of the kinds the RememberedRuler answers exactly."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    try:
        nlp.add_pipe("postcheck_remembered_ruler", name="remembered_ruler", after="attribute_ruler")
    except Unsupported:
        return False
    nlp.disable_pipe("attribute_ruler")
    return True
