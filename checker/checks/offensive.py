"""Offensive: derogatory or outdated words for people with protected characteristics (Derbyshire 6.4; Solihull 3.1.4, 3.1.13).

Not swearing (that is the profanity check): the words that belittle disabled people, older people,
ethnic and religious groups, trans and gay people, women. Each term in wordlists/offensive_terms.csv
comes with a respectful alternative. Look-alikes stay quiet through the patterns themselves:
"disabled parking bays", "a blind bend", "coloured bins".
"""
from __future__ import annotations

import re
from functools import lru_cache

from checker import wordlists
from checker.model import Finding, Rule
from checker.registry import register

CLAUSES = ("derbyshire-6.4", "solihull-3.1.4", "solihull-3.1.13", "sandwell-5.4", "woking-7.3",
           # Broader duties of respect and equality that these words also break.
           "sandwell-3.4", "sandwell-4.2", "sandwell-4.7", "sandwell-5.2", "woking-1.5", "woking-8.1",
           "derbyshire-6.1", "solihull-3.1.1", "solihull-3.6", "solihull-5.2", "sheffield-compliance", "sheffield-9")
DEROGATORY = Rule("offensive.derogatory", "warning",
                  "Derogatory language about a protected characteristic", CLAUSES)
OUTDATED = Rule("offensive.outdated", "info",
                "An outdated term for a group of people, with the preferred one", CLAUSES)
RULES = {"derogatory": DEROGATORY, "outdated": OUTDATED}


@lru_cache(maxsize=1)
def terms() -> tuple[tuple[re.Pattern, str, Rule, str], ...]:
    out = []
    for row in wordlists.rows("offensive_terms.csv"):
        pattern = re.compile(r"(?<![\w-])(?:" + row["pattern"] + r")(?![\w-])", re.I)
        out.append((pattern, row["alternative"], RULES[row["rule"]], row["characteristic"]))
    return tuple(out)


@register(
    id="offensive",
    summary="Derogatory or outdated language about protected characteristics (not swearing)",
    rules=[DEROGATORY, OUTDATED],
    options={"allow": []},
)
def check(post, ctx):
    allowed = {a.lower() for a in ctx.options["allow"]}
    taken: list[tuple[int, int]] = []
    for pattern, alternative, rule, characteristic in terms():
        for match in pattern.finditer(post.text):
            if match.group().lower() in allowed:
                continue
            if any(match.start() < b and a < match.end() for a, b in taken):
                continue  # a longer term already covers these words
            taken.append(match.span())
            plain = not alternative.startswith("(")
            yield Finding.of(rule, post, match.start(), match.end(),
                             f"'{match.group()}' is {'derogatory' if rule is DEROGATORY else 'an outdated way to refer to people'} ({characteristic}).",
                             f"Write '{alternative}' instead." if plain else alternative[1:-1].capitalize() + ".")
