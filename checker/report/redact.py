"""Masking personal data at the edge: every reporter receives results already masked.

Reports end up in CI logs, shared screens and spreadsheets. The pipeline records each post's
personal-data spans once (Result.personal: the hits marked personal, whichever check made them);
here those characters are masked wherever they reach a report: the post text reporters echo,
every finding's quoted text, message, suggestion and note, and the input row a CSV report
copies. checker.report.make wraps every reporter in MaskedReporter, so no reporter masks (or
can forget to mask) by itself.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from checker.model import Finding, Result
from checker.text.words import merged_spans

BULLET = "•"
# Kept as they are, so the shape of a value stays readable: `07700 ••••61`.
SEPARATORS = frozenset(" \t\r\n-./@()+,:;'_")
REVEALED = 2  # characters a mask may show: enough to tell two findings apart, not to rebuild one
# Values shorter than this are masked where they were found, but not searched for in messages:
# "Jo" would otherwise mask every "jo" in every suggestion.
MIN_SEARCHED = 3


def mask(text: str) -> str:
    """The value with at most two of its characters showing, same length (offsets still line up).

    Numbers keep their last two digits (`943 476 5919` -> `••• ••• ••19`); an e-mail address its
    first letter; names and addresses the first letter of their first two words (`J••• S••••`).
    """
    positions = [index for index, ch in enumerate(text) if ch not in SEPARATORS and not ch.isspace()]
    if sum(text[index].isdigit() for index in positions) >= 6:
        shown = set(positions[-REVEALED:])
    elif "@" in text.lstrip("@"):
        shown = set(positions[:1])
    else:
        starts = [index for index in positions if index == 0 or text[index - 1] in SEPARATORS or text[index - 1].isspace()]
        shown = set(starts[:REVEALED])
    return "".join(ch if index in shown or ch in SEPARATORS or ch.isspace() else BULLET for index, ch in enumerate(text))


def _is_number(value: str) -> bool:
    return sum(ch.isdigit() for ch in value) >= 6


def _units(value: str) -> tuple[str, ...]:
    """The value as pattern pieces, however it is spaced: a number matches its characters with or
    without a separator between any two (so a message repeating it normalised is masked too),
    other values their words with any whitespace between."""
    if _is_number(value):
        # Not inside a longer number: a digit at either end may not touch another digit. A letter
        # at an end may ("QQ 12 34 56 C46 0000": the NI number run into a phone number).
        chars = [ch for ch in value if ch.isalnum()]
        pieces = [re.escape(ch.lower()) + r"[\s./-]?" for ch in chars]
        if chars[0].isdigit():
            pieces[0] = r"(?<!\d)" + pieces[0]
        if chars[-1].isdigit():
            pieces[-1] += r"(?!\d)"
        return tuple(pieces)
    pieces = [re.escape(ch.lower()) for ch in " ".join(value.split())]
    return tuple(r"\s+" if piece == r"\ " else piece for piece in pieces)


LONGEST_IN_TRIE = 100


def _trie(keys) -> str:
    """One pattern matching any of `keys` (tuples of pattern pieces), longest first at a position,
    built as a trie: a post with thousands of values (a page of phone numbers) is searched in one
    pass, where an alternation of thousands of patterns was tried one by one at every character
    (minutes on such a post) and took seconds to compile."""
    root: dict = {}
    # A long value (an e-mail address of a thousand dots) stays a flat alternative of its own: a
    # trie nests one group per branching piece, and the regex compiler recurses on nesting.
    flat = sorted(("".join(key) for key in keys if len(key) > LONGEST_IN_TRIE), key=len, reverse=True)
    for key in (key for key in keys if len(key) <= LONGEST_IN_TRIE):
        node = root
        for piece in key:
            node = node.setdefault(piece, {})
        node[None] = {}  # a value ends here

    def pattern(node: dict) -> str:
        branches = [piece + pattern(child) for piece, child in sorted(node.items(), key=lambda item: item[0] or "") if piece]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if None in node else body

    return "|".join([*flat, pattern(root)]) if root else "|".join(flat)


# A name is found once ("Neil Foster, who has dementia") and mentioned again shorter ("Neil says",
# "Mr Foster"): each of its words is masked wherever it recurs as a capitalised word of its own.
# Letters, and the combining accents written after one ("Jayd\u0301en": no precomposed form exists).
_LETTERS = r"[^\W\d_](?:[^\W\d_'’.-]|[\u0300-\u036f])*"
NAME = re.compile(_LETTERS + r"(?:[\s'’.-]+" + _LETTERS + ")*")
TITLES = frozenset({"Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Cllr", "Prof", "Rev", "Sir", "Dame", "Lady", "Lord"})


def name_parts(value: str) -> set[str]:
    """The words of a value made only of letters (a person's name), titles left out."""
    if not NAME.fullmatch(value):
        return set()
    words = re.split(r"[\s.]+", value)
    words += [piece for word in words if "-" in word for piece in word.split("-")]  # Foster-Hughes: Ms Hughes
    return {w for w in words if len(w) >= 2 and w[0].isupper() and w not in TITLES}




class Masker:
    """The personal data of one post, and the masking of any string a report prints about it."""

    def __init__(self, text: str, spans):
        spans = [(max(start, 0), min(end, len(text))) for start, end in spans]
        self.spans = merged_spans(spans)
        # Each value as found, not as merged with its neighbours: "+44 7700 900461+44 7700 900461"
        # is two numbers, either of which may recur elsewhere (a CSV row, another finding).
        values = {text[start:end].strip() for start, end in spans}
        searched = [v for v in values if len(v) >= MIN_SEARCHED]
        # Each value not inside a longer one: a number not inside a longer number (see _units; it
        # may touch letters: "account 31926819sort code"), a word not inside a longer word; a name's own
        # words only as capitalised words of their own ("Rose" the name, not "rose" the verb).
        kinds = [
            ("(?:{})", {_units(v) for v in searched if _is_number(v)}),
            (r"(?<!\w)(?:{})(?!\w)", {_units(v) for v in searched if not _is_number(v)}),
            (r"(?<![\w'’-])(?-i:{})(?![\w-])", {tuple(re.escape(part)) for v in values for part in name_parts(v)}),
        ]
        patterns = [shape.format(_trie(keys)) for shape, keys in kinds if keys]
        self.pattern = re.compile("|".join(patterns), re.IGNORECASE) if patterns else None
        self.text = self.string(self._positional(text))

    def _positional(self, text: str) -> str:
        out, cursor = [], 0
        for start, end in self.spans:
            out.append(text[cursor:start])
            out.append(mask(text[start:end]))
            cursor = end
        out.append(text[cursor:])
        return "".join(out)

    def string(self, value: Any) -> Any:
        """Every personal value in `value` masked (same length); anything not a string as it is."""
        if not isinstance(value, str) or self.pattern is None or not value:
            return value
        return self.pattern.sub(lambda match: mask(match.group()), value)

    def finding(self, finding: Finding, original: str) -> Finding:
        if original[finding.start:finding.end] == finding.text:
            text = self.text[finding.start:finding.end]  # positional: exact whatever the spacing
        else:
            text = self.string(finding.text)
        return finding.with_changes(
            text=text,
            message=self.string(finding.message),
            suggestion=self.string(finding.suggestion),
            note=self.string(finding.note),
            replacement=self.string(finding.replacement),
        )


def personal_spans(result: Result) -> list[tuple[int, int]]:
    """The pipeline's record of the post's personal data, and any finding marked personal."""
    spans = list(result.personal)
    spans += [(f.start, f.end) for f in result.findings if f.personal]
    spans += [(f.start, f.end) for f, _ in result.suppressed if f.personal]
    return spans


def masked(result: Result) -> tuple[Result, Masker]:
    """The result as reports may show it: every personal value masked wherever it appears."""
    original = result.post.text
    masker = Masker(original, personal_spans(result))
    if masker.pattern is None and not masker.spans:
        return result, masker
    post = replace(result.post, text=masker.text,
                   meta={key: masker.string(value) for key, value in result.post.meta.items()})
    return replace(
        result,
        post=post,
        findings=[masker.finding(f, original) for f in result.findings],
        suppressed=[(masker.finding(f, original), masker.string(reason)) for f, reason in result.suppressed],
        problem=masker.string(result.problem),
    ), masker


class MaskedReporter:
    """A reporter that only ever receives masked results (and, for the CSV report, masked rows)."""

    def __init__(self, inner, source: Any = None):
        self.inner = inner
        self.rows = getattr(source, "rows", None)  # the CSV report's queue of input rows to echo

    def add(self, result: Result, *args, **kwargs):
        safe, masker = masked(result)
        if self.rows:
            # The post's own cell is masked by position, as the draft is (a value cut mid-word is
            # masked there too); other cells wherever a personal value recurs.
            original = result.post.text
            self.rows[0] = [safe.post.text if cell == original else masker.string(cell) for cell in self.rows[0]]
        return self.inner.add(safe, *args, **kwargs)

    def __getattr__(self, name: str):
        return getattr(self.inner, name)
