"""Masking personal data in reports: reports end up in CI logs and shared screens."""
from __future__ import annotations

from checker.model import Finding

BULLET = "•"


def mask(text: str) -> str:
    """Keep just enough to recognise the item: `07700 900123` -> `07700 9•••23`.

    Long values keep their first seven and last two characters; an email keeps its domain and
    first letter; short values and names keep their first letter of each word.
    """
    if "@" in text and not text.startswith("@"):
        local, _, domain = text.partition("@")
        return local[:1] + BULLET * (len(local) - 1) + "@" + domain
    if len(text) >= 11 and sum(ch.isdigit() for ch in text) >= 6:
        return text[:7] + _hide(text[7:-2]) + text[-2:]
    words = text.split(" ")
    return " ".join(word[:1] + _hide(word[1:]) for word in words)


def _hide(text: str) -> str:
    # Keep spacing and separators so the shape of the value stays readable.
    return "".join(ch if ch in " -./" else BULLET for ch in text)


def shown(finding: Finding, show_personal_data: bool) -> str:
    if finding.personal and not show_personal_data:
        return mask(finding.text)
    return finding.text


def redact_text(text: str, findings: list[Finding], show_personal_data: bool) -> str:
    """The post's text with every personal-data span masked (unless asked to show it)."""
    if show_personal_data:
        return text
    spans = sorted((f.start, f.end) for f in findings if f.personal)
    out, cursor = [], 0
    for start, end in spans:
        if start < cursor:
            start = cursor
        if start >= end:
            continue
        out.append(text[cursor:start])
        out.append(mask(text[start:end]))
        cursor = end
    out.append(text[cursor:])
    return "".join(out)
