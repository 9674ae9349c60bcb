"""Text from a post, made safe to print: control and direction characters shown, never sent raw.

A post is data from outside (a CSV export, a file in a pull request). Printed raw, ESC starts a
terminal escape sequence (clear the screen, rewrite the title, hide what follows), CR and
backspace overwrite what is already on the line, and the bidi overrides reorder text so that a
report shows something other than what the post says. Every such character is shown as a
visible stand-in, the way ruff and Rich show them: a control picture (␛, ␇, ␍) for the C0
controls, `\\x85` for the C1 controls, `\\u202e` for the invisible format characters.
"""
from __future__ import annotations

import unicodedata

# Format characters that are invisible but harmless, and part of how emoji and scripts are
# written: zero-width joiner and non-joiner, the emoji variation selectors.
KEEP_FORMAT = {"\u200c", "\u200d", "\ufe0e", "\ufe0f"}


def stand_in(ch: str, newlines: bool = True, pictures: bool = True) -> str:
    """The visible form of one character (the character itself when it is safe).

    pictures=False writes `\\x1b` instead of `␛`: web fonts often lack the control pictures."""
    code = ord(ch)
    if ch == "\n" and newlines:
        return ch
    if ch == "\t":
        return " "  # a tab is harmless, but one cell keeps the markers under the draft aligned
    if code < 0x20:
        if not pictures:
            return f"\\x{code:02x}"
        return chr(0x2400 + code)  # ␀ ... ␟: one cell, like the character it stands for
    if code == 0x7F:
        return "␡" if pictures else "\\x7f"
    if 0x80 <= code < 0xA0:
        return f"\\x{code:02x}"
    if ch in KEEP_FORMAT:
        return ch
    category = unicodedata.category(ch)
    if category in ("Cf", "Zl", "Zp", "Cs", "Co"):  # bidi overrides and isolates, U+2028, ...
        return f"\\u{code:04x}"
    return ch


def _unsafe(ch: str) -> bool:
    code = ord(ch)
    return code < 0x20 or 0x7F <= code < 0xA0 or (code > 0xFF and ch not in KEEP_FORMAT and unicodedata.category(ch) in ("Cf", "Zl", "Zp", "Cs", "Co"))


def visible(text: str, newlines: bool = True, pictures: bool = True) -> str:
    """`text` with every control or direction character shown; newlines kept unless newlines=False."""
    if not any(_unsafe(ch) for ch in text):
        return text
    return "".join(stand_in(ch, newlines, pictures) for ch in text)


def visible_with_offsets(text: str, pictures: bool = True) -> tuple[str, list[int]]:
    """The visible text, and where each character of `text` starts in it (one more entry for the end)."""
    out: list[str] = []
    offsets: list[int] = []
    length = 0
    for ch in text:
        offsets.append(length)
        shown = stand_in(ch, pictures=pictures)
        out.append(shown)
        length += len(shown)
    offsets.append(length)
    return "".join(out), offsets
