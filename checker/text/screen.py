"""A fast first look for a big case-insensitive alternation: most posts match none of it.

Python's `re` cannot skip ahead through a case-insensitive alternation (it tries every
alternative at every position), so a screen of a few hundred phrases costs a tenth of a
millisecond a post. Nearly every alternative holds a run of literal characters any match must
contain ("look no further" in `\\blook no further\\b`, one of "best"/"cheapest" in
`(?:best|cheapest)\\b`). One case-sensitive pattern of those runs, searched in the lower-cased
text, says in C whether any alternative could match; only then does the real pattern run. The
answers are the real pattern's: the runs are only a necessary condition. A pattern with an
alternative that has no such run is used as it is.
"""
from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from re import _constants as C  # noqa: the parsed form of a pattern, to find its literal runs
from re import _parser

from checker import cache

# Shorter runs ("a", "of") are in nearly every post: they would screen nothing out.
SHORTEST_RUN = 3
# Comparing lower-case forms is what `re` does case-insensitively except for the extra pairs it
# knows (i and dotless i, s and long s, the Greek and old Cyrillic letter variants: non-ASCII on
# at least one side) and for a character whose lower case is longer (I with a dot). A text whose
# lower case holds one of these, or changes length, is searched with the real pattern alone, and
# a literal that is one ends a run.
def _odd_characters() -> str:
    from re import _casefix

    paired = {chr(c) for key, values in _casefix._EXTRA_CASES.items() for c in (key, *values)}
    return "".join(sorted(c for c in paired if not c.isascii()))


ODD = _odd_characters()
REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", C.MAX_REPEAT))
_ODD = re.compile("[" + re.escape(ODD) + "]")


def _weakest(runs: set[str]) -> int:
    """How selective a set of runs is: the length of its shortest, spaces aside (" to " is "to")."""
    return min(len(run.strip()) for run in runs)


def _runs(items):
    """The sets of literal runs of which a match of this parsed sequence must contain one;
    None when no such set is known."""
    best = None
    run: list[str] = []

    def consider(option):
        nonlocal best
        if option and (best is None or _weakest(option) > _weakest(best)):
            best = option

    for op, av in list(items) + [(None, None)]:
        if op is C.LITERAL and len(chr(av).lower()) == 1 and chr(av).lower() not in ODD:
            run.append(chr(av))
            continue
        if len("".join(run).strip()) >= SHORTEST_RUN:
            consider({"".join(run)})
        run = []
        if op is C.SUBPATTERN:
            consider(_runs(av[3]))
        elif op is C.BRANCH:
            options = [_runs(alternative) for alternative in av[1]]
            if all(options):
                consider(set().union(*options))
        elif op in REPEATS and av[0] >= 1:
            consider(_runs(av[2]))
    return best


# A screen costs a parse of the pattern (a few milliseconds for a list of places): it is built
# once the pattern has been searched this many times, so checking one draft never pays for it.
# Built once, it is kept in postcheck's cache (by the pattern's text), and used from the first
# search in every later run.
BUILD_AFTER = 32


class Screened:
    """`pattern`, compiled when first needed, searched only where one of its literal runs occurs
    (same answers). A post that holds none of the runs never needs the pattern compiled: a list
    of 400 public bodies takes 37 ms to compile, more than checking a short draft.

    Given as `parts` (the alternatives, joined by "|" between `frame`'s prefix and suffix), the
    parts with no literal run ("p[1-7]", "d\\.?o\\.?b") are left out of the runs and looked
    for by a pattern of their own, so that a few of them no longer let every text through."""

    __slots__ = ("pattern", "flags_", "parts", "frame", "_compiled", "runs", "uses")

    def __init__(self, source: str, flags: int = 0, parts: tuple[str, ...] = (), frame: tuple[str, str] = ("", "")):
        self.pattern = source  # as re.Pattern.pattern: reading it compiles nothing
        self.flags_ = flags
        self.parts, self.frame = parts, frame
        self._compiled: re.Pattern | None = None
        self.runs: _Screen | None = None
        self.uses = 0

    @property
    def pattern_(self) -> re.Pattern:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self.flags_)
        return self._compiled

    def _may_match(self, text: str) -> bool:
        if self.runs is None:
            self.uses += 1
            self.runs = _screen(self, build=self.uses > BUILD_AFTER)
            if self.runs is None:
                return True
        return self.runs.may_match(text)

    def search(self, text: str, *args):
        return self.pattern_.search(text, *args) if self._may_match(text) else None

    def finditer(self, text: str, *args):
        return self.pattern_.finditer(text, *args) if self._may_match(text) else iter(())

    def findall(self, text: str, *args):
        return self.pattern_.findall(text, *args) if self._may_match(text) else []

    def __getattr__(self, name: str):
        if name.startswith("__") or name in Screened.__slots__:
            raise AttributeError(name)  # (unpickling, copying): not the pattern's
        return getattr(self.pattern_, name)


class _Screen:
    """What a match needs: one of the literal `runs` (in the lower-cased text), or a match of
    `rest` (the parts without runs, with the pattern's flags); neither given: anything goes."""

    __slots__ = ("runs", "rest")

    def __init__(self, runs: str | None, rest: str | None, flags: int):
        self.runs = re.compile(runs) if runs else None
        self.rest = re.compile(rest, flags) if rest else None

    def may_match(self, text: str) -> bool:
        if self.runs is None:
            return True
        low = text.lower()
        if self.runs.search(low) or len(low) != len(text) or _ODD.search(low):
            return True
        return self.rest is not None and bool(self.rest.search(text))


def screened(pattern: re.Pattern | str, flags: int = 0, parts: tuple[str, ...] = (), frame: tuple[str, str] = ("", "")):
    """`pattern` (compiled, or its text and flags: then compiled only when a text gets past the
    screen) behind a literal screen, built once it is used often enough (a pattern with no
    literal run in every match keeps an empty screen, which lets every text through)."""
    if isinstance(pattern, re.Pattern):
        if pattern.flags & re.LOCALE or isinstance(pattern.pattern, bytes):
            return pattern
        fast = Screened(pattern.pattern, pattern.flags)
        fast._compiled = pattern
        return fast
    if parts and frame[0] + "|".join(parts) + frame[1] != pattern:
        raise ValueError("the parts and frame do not make the pattern")
    return Screened(pattern, flags, tuple(parts), frame)


def literal_runs(pattern: re.Pattern) -> re.Pattern | None:
    """One case-sensitive pattern of the literal runs of which every match of `pattern` holds
    one (lower-cased), or None when some match need hold none."""
    runs = _runs_of(pattern.pattern, pattern.flags)
    return re.compile(_trie({run.lower() for run in runs})) if runs else None


def _runs_of(source: str, flags: int) -> set[str] | None:
    try:
        parsed = _parser.parse(source, flags)
    except Exception:  # noqa: BLE001 - the parser's internals: no screen rather than no pattern
        return None
    return _runs(parsed.data)


def _screen_sources(pattern: Screened) -> tuple[str | None, str | None]:
    """The trie of the runs and the pattern of the parts without runs (None, None: no screen)."""
    if not pattern.parts:
        runs = _runs_of(pattern.pattern, pattern.flags_)
        return (_trie({run.lower() for run in runs}), None) if runs else (None, None)
    runs: set[str] = set()
    rest = []
    for part in pattern.parts:
        found = _runs_of(part, pattern.flags_)
        if found:
            runs |= found
        else:
            rest.append(part)
    if not runs or len(rest) == len(pattern.parts):
        return None, None
    rest_source = pattern.frame[0] + "|".join(rest) + pattern.frame[1] if rest else None
    if rest_source is not None:
        try:
            re.compile(rest_source, pattern.flags_)
        except re.error:  # a part that leans on another's group: no screen rather than a wrong one
            return None, None
    return _trie({run.lower() for run in runs}), rest_source


def _screen(pattern: Screened, build: bool) -> _Screen | None:
    """The screen of a pattern: from the screens built before (this run's, or kept in the cache),
    else built when `build` says the pattern is used enough; None for not yet."""
    key = (pattern.pattern, pattern.flags_, pattern.parts)
    if key not in _built:
        stored = _stored()
        digest = _digest(*key)
        if digest in stored:
            sources = stored[digest]
        elif build:
            sources = stored[digest] = _screen_sources(pattern)
            cache.save("literal-screens", _no_screens, stored)
        else:
            return None
        _built[key] = _Screen(*sources, pattern.flags_)
    return _built[key]


_built: dict[tuple, _Screen] = {}  # the screens of this run, shared by equal patterns


def _digest(source: str, flags: int, parts: tuple[str, ...]) -> str:
    text = f"{flags}|{len(parts)}|{source}".encode("utf-8", "surrogatepass")
    return hashlib.blake2b(text, digest_size=16).hexdigest()


@lru_cache(maxsize=1)
def _stored() -> dict[str, tuple[str | None, str | None]]:
    """The screens built in earlier runs, by the digest of their pattern (keyed in the cache by
    this module's code and Python's version, whose parser they come from)."""
    return cache.load("literal-screens", _no_screens, only_cached=True) or {}


def _no_screens() -> dict[str, tuple[str | None, str | None]]:
    return {}


def _trie(words: set[str]) -> str:
    """The words as one alternation with shared beginnings factored out (`re` tries each branch
    in turn, so "council|councillor|county" costs three tries where "coun(?:cil|ty)" costs one)."""
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here: any run is enough, so nothing longer is needed
    return _branches(tree)


def _branches(node: dict) -> str:
    if "" in node:
        return ""
    parts = [re.escape(ch) + _branches(child) for ch, child in sorted(node.items())]
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
