"""`check --fix`: the draft with every unambiguous replacement applied."""
from __future__ import annotations

from checker.model import Result


def apply_fixes(result: Result) -> str:
    """Apply findings' replacements right to left; where two overlap, the first one wins."""
    text = result.post.text
    chosen, last_start = [], len(text) + 1
    for finding in sorted(result.findings, key=lambda f: (f.start, f.end), reverse=True):
        if finding.replacement is None or finding.end > last_start:
            continue
        chosen.append(finding)
        last_start = finding.start
    for finding in chosen:
        text = text[: finding.start] + finding.replacement + text[finding.end :]
    return text
