"""Run every enabled check over each post, then apply the config to what they found."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from itertools import islice
from typing import Any, Iterable, Iterator

from checker.config import Config
from checker.model import Finding, Post, Result
from checker.registry import Check, all_checks

# Posts are handed to spaCy in chunks: nlp.pipe is much faster than one call per text, and
# chunking keeps memory flat however long the input is.
CHUNK = 256


@dataclass
class Context:
    """What a check may read besides the post: its options, the time, the spaCy doc, run state."""

    config: Config
    options: dict[str, Any]
    now: datetime
    doc: Any = None  # the post's spaCy Doc when the check declared needs_nlp
    model: Any = None  # checker.nlp.Model when loaded
    state: dict = field(default_factory=dict)  # per run, per check (for cross_post checks)

    def when(self, post: Post) -> datetime:
        """The time the post goes out: its schedule, else --at, else now."""
        return post.scheduled or self.now


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
        self.options = {check.id: config.options(check.id) for check in self.checks}
        self.state: dict[str, dict] = {check.id: {} for check in self.checks}
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
            readable = [item for item in chunk if isinstance(item, Post)]
            docs = iter(self._docs(readable))
            for item in chunk:
                yield item if isinstance(item, Result) else self.check(item, next(docs))

    def _docs(self, posts: list[Post]) -> list:
        model = self.model
        if model is None:
            return [None] * len(posts)
        return list(model.nlp.pipe(post.text for post in posts))

    def check(self, post: Post, doc: Any = None) -> Result:
        model = self.model
        if doc is None and model is not None:
            doc = model.nlp(post.text)
        found: list[Finding] = []
        for check in self.checks:
            context = Context(
                config=self.config,
                options=self.options[check.id],
                now=self.now,
                doc=doc if check.needs_nlp else None,
                model=model if check.needs_nlp else None,
                state=self.state[check.id],
            )
            found.extend(check.function(post, context))
        return self.settle(post, found)

    def settle(self, post: Post, found: list[Finding]) -> Result:
        """Apply ignores, severity overrides, the council's clauses first, and inline suppressions."""
        kept: list[Finding] = []
        suppressed: list[tuple[Finding, str]] = []
        suppressions = post.meta.get("suppress") or {}
        for finding in found:
            if self.config.ignored(finding.rule):
                continue
            severity = self.config.severity_of(finding.rule, finding.severity)
            clauses = order_clauses(finding.clauses, self.config.council)
            finding = finding.with_changes(severity=severity, clauses=clauses)
            reason = suppressions.get(finding.rule) or suppressions.get(finding.check)
            if reason:
                suppressed.append((finding, reason))
            else:
                kept.append(finding)
        kept.sort(key=lambda f: (f.start, -["info", "warning", "error"].index(f.severity), f.rule))
        return Result(post, kept, suppressed)


def order_clauses(clauses: Iterable[str], council: str | None) -> tuple[str, ...]:
    """The council's own clauses first, the rest in their declared order."""
    clauses = tuple(dict.fromkeys(clauses))
    if not council:
        return clauses
    own = tuple(c for c in clauses if c.startswith(council + "-"))
    return own + tuple(c for c in clauses if not c.startswith(council + "-"))
