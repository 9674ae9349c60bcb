"""The draft as a terminal shows it: wrapped, with a marker line under each finding's words.

The markers (`^^^` and the finding's number, as ruff and compilers print them) say where each
finding is without colour: a colour-blind reader, a monochrome terminal and a screenshot pasted
into a ticket all keep them. Colour is added on top.
"""
from __future__ import annotations

from dataclasses import dataclass

from rich.cells import get_character_cell_size
from rich.text import Text

from checker.model import Finding
from checker.report.visible import visible_with_offsets

HIGHLIGHT = {"error": "bold red underline", "warning": "yellow underline", "info": "cyan underline"}
MARKER_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
MARKER = {"error": "^", "warning": "^", "info": "-"}  # info is advice: a lighter mark
RANK = {"info": 0, "warning": 1, "error": 2}


@dataclass
class Span:
    start: int  # in the visible text
    end: int
    severity: str
    number: int


def wrap(text: str, width: int) -> list[tuple[int, int]]:
    """(start, end) of each line of `text` wrapped at `width` cells: at spaces when it can, newlines kept."""
    lines: list[tuple[int, int]] = []
    width = max(width, 8)
    start = 0
    for paragraph in text.split("\n"):
        end_of_paragraph = start + len(paragraph)
        line_start = start
        while line_start < end_of_paragraph:
            cells, index, last_space = 0, line_start, -1
            while index < end_of_paragraph:
                size = get_character_cell_size(text[index])
                if cells + size > width:
                    break
                if text[index] == " ":
                    last_space = index
                cells += size
                index += 1
            if index >= end_of_paragraph:
                lines.append((line_start, end_of_paragraph))
                break
            if last_space > line_start:
                lines.append((line_start, last_space))
                line_start = last_space + 1
            else:
                lines.append((line_start, index))
                line_start = index
        else:
            if line_start == start:  # an empty paragraph is a blank line of the draft
                lines.append((start, start))
        start = end_of_paragraph + 1
    return lines


def spans_of(findings: list[tuple[int, Finding]], offsets: list[int], length: int) -> list[Span]:
    spans = []
    for number, finding in findings:
        start = offsets[max(0, min(finding.start, length))]
        end = offsets[max(0, min(finding.end, length))]
        if end <= start:  # a finding about the post as a whole, or past its end: mark one cell
            start, end = (max(0, start - 1), start) if start else (0, min(1, offsets[-1]))
        spans.append(Span(start, end, finding.severity, number))
    return spans


def marked_draft(text: str, findings: list[tuple[int, Finding]], width: int, indent: int = 2) -> list[Text]:
    """Lines of the draft (already masked) with a marker line under each line holding a finding.

    `findings` are (number, finding) pairs; offsets are in `text`. Control characters are shown
    as visible stand-ins (checker.report.visible) and the markers follow them.
    """
    shown, offsets = visible_with_offsets(text)
    spans = spans_of(findings, offsets, len(text))
    labelled: set[int] = set()
    out: list[Text] = []
    pad = " " * indent
    for line_start, line_end in wrap(shown, width - indent):
        line = Text(pad + shown[line_start:line_end])
        columns = [indent]  # the cell column where each character of the line starts
        for ch in shown[line_start:line_end]:
            columns.append(columns[-1] + get_character_cell_size(ch))
        marks: list[tuple[str, str]] = [(" ", "")] * columns[-1]
        pieces = []
        for span in sorted(spans, key=lambda s: RANK[s.severity]):  # the worst drawn last, on top
            start, end = max(span.start, line_start), min(span.end, line_end)
            if start >= end:
                continue
            line.stylize(HIGHLIGHT[span.severity], indent + start - line_start, indent + end - line_start)
            first, last = columns[start - line_start], columns[end - line_start]
            for cell in range(first, last):
                marks[cell] = (MARKER[span.severity], MARKER_STYLE[span.severity])
            pieces.append((span, first, last))
        out.append(line)
        if pieces:
            marks += [(" ", "")] * (width - len(marks))
            for span, first, last in sorted(pieces, key=lambda p: p[1]):
                if span.number in labelled:
                    continue
                labelled.add(span.number)
                place_label(marks, str(span.number), first, last, MARKER_STYLE[span.severity])
            out.append(_assemble(marks))
    return out


def place_label(marks: list[tuple[str, str]], label: str, first: int, last: int, style: str) -> None:
    """The finding's number just after its markers when there is room, else over their start."""
    after = range(last, last + len(label))
    if after.stop <= len(marks) and all(marks[cell][0] == " " for cell in after):
        cells = after
    else:
        cells = range(first, min(first + len(label), len(marks)))
    for cell, digit in zip(cells, label):
        marks[cell] = (digit, style + " bold")


def _assemble(marks: list[tuple[str, str]]) -> Text:
    text = Text()
    for char, style in marks:
        text.append(char, style=style or None)
    text.rstrip()
    return text
