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
from re import _compiler, _parser  # noqa: compiling a narrowed pattern outside re's cache

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

    def _for(self, text: str) -> re.Pattern | None:
        """The pattern to search `text` with: None when the screen says no match can be in it;
        else, for a pattern of parts, only the parts that could match (see _Screen.parts_in)."""
        if self.runs is None:
            self.uses += 1
            self.runs = _screen(self, build=self.uses > BUILD_AFTER)
            if self.runs is None:
                return self.pattern_
        return self.runs.pattern_for(self, text)

    def _may_match(self, text: str) -> bool:
        return self._for(text) is not None

    def search(self, text: str, *args):
        pattern = self._for(text)
        return pattern.search(text, *args) if pattern is not None else None

    def finditer(self, text: str, *args):
        pattern = self._for(text)
        return pattern.finditer(text, *args) if pattern is not None else iter(())

    def findall(self, text: str, *args):
        pattern = self._for(text)
        return pattern.findall(text, *args) if pattern is not None else []

    def __getattr__(self, name: str):
        if name.startswith("__") or name in Screened.__slots__:
            raise AttributeError(name)  # (unpickling, copying): not the pattern's
        return getattr(self.pattern_, name)


class _Screen:
    """What a match needs: one of the literal `runs` (in the lower-cased text), or a match of
    `rest` (the parts without runs, with the pattern's flags); neither given: anything goes.

    With `by_run` (a pattern of parts), a text that gets through is searched with only the parts
    that could match in it: the parts without runs, and each part one of whose runs the text
    holds. A case-insensitive alternation of hundreds of
    phrases tries every one at every word boundary, and common runs ("council", "best", "age")
    let most posts through the screen; the narrowed pattern tries the few that are there. A part
    left out matches nowhere in the text, so at every position the same part wins as in the whole
    pattern: the same matches, found the same way. A part with groups of its own (or one that
    cannot be read alone) is never left out, so that every group keeps its number and name: one
    that cannot match is kept behind `(?!)`, which fails at once."""

    __slots__ = ("runs", "rest", "starts", "by_run", "always", "grouped", "narrowed")

    def __init__(self, runs: str | None, rest: str | None, flags: int, by_run=None):
        self.runs = re.compile(runs) if runs else None
        self.rest = re.compile(rest, flags) if rest else None
        # by_run: (always, grouped, {shortest run: ((run, part indices), ...)}), or None
        self.starts = re.compile(f"(?=({runs}))") if runs and by_run else None
        self.always, self.grouped, self.by_run = by_run if by_run else ((), frozenset(), {})
        self.narrowed: dict[tuple[int, ...], re.Pattern] = {}

    def may_match(self, text: str) -> bool:
        return self._low(text) is not False

    def _low(self, text: str) -> str | bool | None:
        """False: no match can be in the text; None: search it whole; else its lower case."""
        if self.runs is None:
            return None
        low = text.lower()
        if len(low) != len(text) or _ODD.search(low):
            return None
        if self.runs.search(low):
            return low
        return None if self.rest is not None and self.rest.search(text) else False

    def pattern_for(self, pattern: Screened, text: str) -> re.Pattern | None:
        low = self._low(text)
        if low is False:
            return None
        if low is None or self.starts is None:
            return pattern.pattern_
        return self._narrowed(pattern, self.parts_in(low))

    def parts_in(self, low: str) -> tuple[int, ...]:
        """The indices of the parts that could match in a text of this lower case. The trie
        finds, at each position, the one shortest run starting there; the longer runs beginning
        with it are looked for at the same place."""
        found = set(self.always)
        for match in self.starts.finditer(low):
            at = match.start()
            for run, parts in self.by_run[match.group(1)]:
                if low.startswith(run, at):
                    found.update(parts)
        return tuple(sorted(found))

    def _narrowed(self, pattern: Screened, parts: tuple[int, ...]) -> re.Pattern:
        if len(parts) == len(pattern.parts):
            return pattern.pattern_
        found = self.narrowed.get(parts)
        if found is None:
            if len(self.narrowed) >= NARROWED:
                return pattern.pattern_  # bounded: the sets met first are kept, the rest search whole
            kept = set(parts)
            source = pattern.frame[0] + "|".join(
                part if index in kept else f"(?!)(?:{part})"
                for index, part in enumerate(pattern.parts) if index in kept or index in self.grouped) + pattern.frame[1]
            # Compiled past re's own cache of 512: a batch's few hundred narrowed patterns
            # would push out the patterns the checks compile by text (re.search(r"...", ...)).
            found = self.narrowed[parts] = _compiler.compile(source, pattern.flags_)
        return found


NARROWED = 128  # narrowed patterns per screen, about 3 KB each (all 30 lists full: about 11 MB)


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


def _screen_sources(pattern: Screened) -> tuple[str | None, str | None, tuple | None]:
    """The trie of the runs, the pattern of the parts without runs and, for a pattern of parts,
    which parts need which runs (None, None, None: no screen)."""
    if not pattern.parts:
        runs = _runs_of(pattern.pattern, pattern.flags_)
        return (_trie({run.lower() for run in runs}), None, None) if runs else (None, None, None)
    runs: set[str] = set()
    rest = []
    needs: dict[str, set[int]] = {}
    grouped = set()
    for index, part in enumerate(pattern.parts):
        found = _runs_of(part, pattern.flags_)
        if _groups(part, pattern.flags_) != 0:
            grouped.add(index)
        if found:
            runs |= found
            for run in found:
                needs.setdefault(run.lower(), set()).add(index)
        else:
            rest.append(part)
    if not runs or len(rest) == len(pattern.parts):
        return None, None, None
    rest_source = pattern.frame[0] + "|".join(rest) + pattern.frame[1] if rest else None
    if rest_source is not None:
        try:
            re.compile(rest_source, pattern.flags_)
        except re.error:  # a part that leans on another's group: no screen rather than a wrong one
            return None, None, None
    trie = _trie(set(needs))
    shortest = sorted(needs, key=len)
    table: dict[str, list] = {}
    for run in shortest:
        first = next(s for s in shortest if run.startswith(s) and s in table or s == run)
        table.setdefault(first, []).append((run, tuple(sorted(needs[run]))))
    always = tuple(index for index, part in enumerate(pattern.parts) if part in rest)
    by_run = (always, frozenset(grouped), {first: tuple(found) for first, found in table.items()})
    return trie, rest_source, by_run


def _groups(source: str, flags: int) -> int:
    """How many groups a pattern (or part of one) opens; -1 when it cannot be read alone."""
    try:
        return _parser.parse(source, flags).state.groups - 1
    except Exception:  # noqa: BLE001 - e.g. a part referring to another's group
        return -1


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
        runs, rest, by_run = sources
        _built[key] = _Screen(runs, rest, pattern.flags_, by_run)
    return _built[key]


_built: dict[tuple, _Screen] = {}  # the screens of this run, shared by equal patterns


def _digest(source: str, flags: int, parts: tuple[str, ...]) -> str:
    text = f"{flags}|{len(parts)}|{source}".encode("utf-8", "surrogatepass")
    return hashlib.blake2b(text, digest_size=16).hexdigest()


@lru_cache(maxsize=1)
def _stored() -> dict[str, tuple]:
    """The screens built in earlier runs, by the digest of their pattern (keyed in the cache by
    this module's code and Python's version, whose parser they come from)."""
    return cache.load("literal-screens", _no_screens, only_cached=True) or {}


def _no_screens() -> dict[str, tuple]:
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
