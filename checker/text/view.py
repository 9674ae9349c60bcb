"""The post view: one reading of a post, built once by the pipeline and shared by every check.

Every part is computed on first use and then kept, so a check that never asks for sentences
costs nothing, and two checks that both ask share one answer.
"""
from __future__ import annotations

import re
from datetime import datetime
from functools import cached_property
from typing import Any

from checker.model import Post, PostMeta
from checker.text import links as _links
from checker.text import sentences as _sentences
from checker.text import social, words as _words

NUMBER = re.compile(r"\d+(?:[ .,:/-]?\d+)*")


class PostView:
    """A post and what is in it: words, chunks, sentences, links, hashtags, mentions, e-mails,
    numbers, and the spaCy doc when a check declared that it needs one."""

    def __init__(self, post: Post, doc: Any = None, now: datetime | None = None):
        self.post = post
        self.text = post.text
        self.doc = doc
        # When the post goes out: its schedule, else --at, else the run's "now".
        self.when: datetime = post.scheduled or now or datetime.now().replace(microsecond=0)

    @property
    def meta(self) -> PostMeta:
        return self.post.meta

    @property
    def id(self) -> str:
        return self.post.id

    @property
    def source(self) -> str:
        return self.post.source

    @cached_property
    def words(self) -> list[_words.Word]:
        return _words.words(self.text)

    @cached_property
    def chunks(self) -> list[_words.Chunk]:
        return _words.chunks(self.text)

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        return _sentences.spans(self.text)

    def sentence_at(self, offset: int) -> tuple[int, int]:
        return _sentences.around(self.sentences, offset, len(self.text))

    @cached_property
    def links(self) -> list[_links.Link]:
        return _links.find(self.text)

    @cached_property
    def link_spans(self) -> list[tuple[int, int]]:
        return [(link.start, link.end) for link in self.links]

    @cached_property
    def emails(self) -> list[tuple[int, int]]:
        return social.emails(self.text)

    @cached_property
    def hashtags(self) -> list[tuple[int, int]]:
        return social.hashtags(self.text, self.link_spans)

    @cached_property
    def mentions(self) -> list[tuple[int, int]]:
        return social.mentions(self.text, self.emails)

    @cached_property
    def numbers(self) -> list[tuple[int, int]]:
        return [m.span() for m in NUMBER.finditer(self.text)]

    @cached_property
    def not_prose(self) -> list[tuple[int, int]]:
        """Links, e-mail addresses and @mentions: text that no word rule should read."""
        return sorted(self.link_spans + self.emails + self.mentions)

    @cached_property
    def prose(self) -> str:
        """The text with links, e-mail addresses and @mentions blanked out (offsets unchanged)."""
        chars = list(self.text)
        for start, end in self.not_prose:
            chars[start:end] = " " * (end - start)
        return "".join(chars)
