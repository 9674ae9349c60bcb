"""Run every enabled check over each post's view, make findings of their hits, and settle them."""
from __future__ import annotations

import re
from contextlib import nullcontext
from dataclasses import dataclass, field
from datetime import datetime
from itertools import islice
from typing import Any, Iterable, Iterator

from checker.config import Config
from checker.elections import Calendar
from checker.model import Finding, Hit, Post, Result, Rule
from checker.registry import Check, all_checks
from checker.settle import settle
from checker.text import sentences
from checker.text.view import PostView

# Posts are handed to spaCy in chunks: nlp.pipe is much faster than one call per text, and
# chunking keeps memory flat however long the input is.
CHUNK = 256
# spaCy wants about 1 GB per 100,000 characters for NER and refuses texts over nlp.max_length
# (E088). A longer post (far longer than any platform allows) is parsed in pieces of at most
# PIECE characters, cut after whitespace where there is some, and the pieces' docs joined into
# one (Doc.from_docs), so every check still sees one doc whose offsets are the post's.
PIECE = 5_000
# spaCy's tokenizer takes time quadratic in the length of a word it splits affix by affix
# ('#' * 20,000 takes over a minute), so a run of more than LONGEST_WORD non-space characters
# is also cut into pieces of that length. No real word or link is near it; links are found from
# the text (checker.text.links), never from tokens.
LONGEST_WORD = 200
LONG_RUN = re.compile(r"\S{%d,}" % (LONGEST_WORD + 1))


def spacy_batches(texts: list[str]) -> Iterator[list[str]]:
    """`texts` in order, in batches of at most nlp.BATCH_SIZE texts and, past the first text,
    nlp.BATCH_CHARS characters: the arrays spaCy makes for a batch grow with its tokens, and the
    peak memory of a whole run is that of its largest batch (see nlp.BATCH_CHARS)."""
    from checker import nlp

    batch: list[str] = []
    chars = 0
    for text in texts:
        if batch and (len(batch) == nlp.BATCH_SIZE or chars + len(text) > nlp.BATCH_CHARS):
            yield batch
            batch, chars = [], 0
        batch.append(text)
        chars += len(text)
    if batch:
        yield batch


def piped(nlp: Any, texts: list[str]) -> Iterator[Any]:
    """The docs of `texts`, in order, made batch by batch (spacy_batches)."""
    for batch in spacy_batches(texts):
        yield from nlp.pipe(batch, batch_size=len(batch))


def pieces(text: str, size: int | None = None) -> Iterator[str]:
    """`text` in consecutive non-empty pieces of at most `size` (PIECE) characters, each ending
    after a line break or space when the piece has one, with no run of more than LONGEST_WORD
    non-space characters; together they are exactly `text`."""
    for part in _bounded(text, size or PIECE):
        cursor = 0
        for run in LONG_RUN.finditer(part):
            for cut in range(run.start() + LONGEST_WORD, run.end(), LONGEST_WORD):
                yield part[cursor:cut]
                cursor = cut
        if cursor < len(part):
            yield part[cursor:]


def _bounded(text: str, size: int) -> Iterator[str]:
    start = 0
    while len(text) - start > size:
        window_end = start + size
        cut = text.rfind("\n", start + size // 2, window_end)
        if cut < 0:
            cut = max(text.rfind(" ", start + size // 2, window_end), text.rfind("\t", start + size // 2, window_end))
        end = cut + 1 if cut >= 0 else window_end
        yield text[start:end]
        start = end
    yield text[start:]


# A piece with no letter holds no name, organisation or word to tag: it is tokenised only. The
# statistical pipes cost about a millisecond per token here, and '1 ' * 50,000 is 50,000 tokens.
LETTER = re.compile(r"[^\W\d_]")


# A long piece with no sentence end in it ('Mr Mr Mr ...', 'Council Council ...', titles or words
# repeated for pages) is not prose: nobody writes a name that way, and the statistical pipes cost
# about a millisecond per token, seconds per 100 KB of such a run. No sentence runs RUN_ON
# characters without a full stop or a line break, so such a piece is tokenised only. Only posts
# longer than PIECE are cut into pieces: an ordinary post is parsed whole, as before.
RUN_ON = 1_000


def needs_parse(part: str) -> bool:
    """The piece holds letters, and sentences (or is too short to tell)."""
    return bool(LETTER.search(part)) and (len(part) <= RUN_ON or bool(sentences.END.search(part)))


def tokens_only(nlp, text: str):
    """The piece tokenised, as one sentence, with nothing tagged."""
    import numpy
    from spacy.attrs import SENT_START

    doc = nlp.make_doc(text)
    # Set in one array: setting token.is_sent_start one token at a time checks the whole doc's
    # annotation each time, quadratic in the piece (over a second on 'Mr ' x 33,000).
    starts = numpy.full((len(doc), 1), -1, dtype="int64").view("uint64")
    starts[:1] = 1
    return doc.from_array([SENT_START], starts) if len(doc) else doc


def whole(text: str) -> bool:
    """True when spaCy can take the text in one go (see PIECE and LONGEST_WORD)."""
    return len(text) <= PIECE and not LONG_RUN.search(text)


@dataclass
class Context:
    """What a check may read besides the post view: its own options and its state for the run."""

    options: dict[str, Any]
    state: dict = field(default_factory=dict)  # per run, per check (for cross_post checks)
    council: str | None = None  # the council whose policy the run follows (config `council`)
    # Local parties the council lists (config `extra_parties`): political and purdah both read them.
    extra_parties: tuple[str, ...] = ()
    calendar: Any = None  # the run's election calendar (checker.elections.Calendar)


class Pipeline:
    def __init__(self, config: Config, now: datetime | None = None, checks: Iterable[str] | None = None):
        self.config = config
        self.now = now or datetime.now().replace(microsecond=0)
        wanted = set(checks) if checks is not None else None
        self.checks: list[Check] = [
            check
            for check in all_checks().values()
            if config.enabled(check.id) and (wanted is None or check.id in wanted)
        ]
        self.contexts = {
            check.id: Context(config.options(check.id), council=config.council, extra_parties=config.parties())
            for check in self.checks
        }
        self.rules: dict[str, Rule] = {rule.id: rule for check in self.checks for rule in check.rules}
        # One election calendar per run, from [checks.purdah]: the purdah check judges posts by
        # it and reports say which period each post falls in.
        self.calendar = Calendar.from_options(config.options("purdah") if "purdah" in all_checks() else {})
        for context in self.contexts.values():
            context.calendar = self.calendar
        self.needs_nlp = any(check.needs_nlp for check in self.checks)

    @property
    def model(self):
        if not self.needs_nlp:
            return None
        from checker import nlp

        return nlp.model()

    def run(self, posts: Iterable[Post | Result]) -> Iterator[Result]:
        """Check posts in order. A Result passed in (a row that could not be read) goes through."""
        iterator = iter(posts)
        while chunk := list(islice(iterator, CHUNK)):
            # spaCy's memory zone frees the strings a chunk's docs added to the vocabulary once
            # the chunk is checked (results hold no spaCy objects), so memory stays flat over
            # 100,000 posts of names and links.
            with self._memory_zone():
                readable = [item for item in chunk if isinstance(item, Post)]
                docs = iter(self._docs(readable))
                results = [item if isinstance(item, Result) else self.check(item, next(docs)) for item in chunk]
            yield from results

    def _memory_zone(self):
        model = self.model
        zone = getattr(model.nlp, "memory_zone", None) if model is not None else None
        return zone() if zone is not None else nullcontext()

    def _docs(self, posts: list[Post]) -> list:
        model = self.model
        if model is None:
            return [None] * len(posts)
        plain = [whole(post.text) for post in posts]
        short = iter(piped(model.nlp, [post.text for post, ok in zip(posts, plain) if ok]))
        return [next(short) if ok else self.doc(post.text) for post, ok in zip(posts, plain)]

    def doc(self, text: str) -> Any:
        """The spaCy doc of a text, however long (see PIECE); None when no check needs one."""
        model = self.model
        if model is None:
            return None
        if not text or whole(text):
            return model.nlp(text)
        from spacy.tokens import Doc

        parts = list(pieces(text))
        # Each distinct piece is made into a doc once: a post repeating itself for pages ('Call
        # Dave on 07700 900123. ' x 4,000, "'" x 100,000) has a few distinct pieces, and a piece's
        # doc depends on its text alone.
        distinct = list(dict.fromkeys(parts))
        wanted = [part for part in distinct if needs_parse(part)]
        made = dict(zip(wanted, piped(model.nlp, wanted)))
        made.update((part, tokens_only(model.nlp, part)) for part in distinct if part not in made)
        docs = [made[part] for part in parts]
        return Doc.from_docs(docs, ensure_whitespace=False, exclude=["tensor"])

    def check(self, post: Post, doc: Any = None) -> Result:
        if doc is None:
            doc = self.doc(post.text)
        view = PostView(post, doc, self.now)
        found: list[Finding] = []
        personal: list[tuple[int, int]] = []
        for check in self.checks:
            context = self.contexts[check.id]
            for hit in check.function(view, context):
                found.append(self.finding(check, view, hit))
                if hit.personal:
                    personal.append((hit.start, hit.end))
        result = settle(post, found, self.config, self.rules)
        result.personal = tuple(sorted(personal))
        period = self.calendar.period_at(post.scheduled) if post.scheduled else None
        if period is not None:
            result.period, result.period_label = period, period[0].describe(self.calendar.days_off)
        return result

    def finding(self, check: Check, view: PostView, hit: Hit) -> Finding:
        """A finding from a hit: the rule's words filled in with the hit's values."""
        rule = check.rule(hit.rule)
        args = {"text": view.text[hit.start:hit.end], **hit.args}
        message, suggestion = rule.words(hit.args.get("variant"))
        return Finding(
            check=check.id,
            rule=rule.id,
            severity=hit.severity or rule.severity,
            start=hit.start,
            end=hit.end,
            text=view.text[hit.start:hit.end],
            message=message.format_map(args),
            suggestion=suggestion.format_map(args),
            clauses=rule.clauses,
            personal=hit.personal,
            replacement=hit.replacement,
            note=hit.note,
        )
