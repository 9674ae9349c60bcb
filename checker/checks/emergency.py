"""Emergency: during a declared emergency only the official account posts about it (Solihull 4.2, 4.3).

Off by default. A council declares one in its config ([checks.emergency] active = true, with the
`topic` words that identify it and the `official_accounts` that may post). A post about the topic
from another account (post.meta["account"], from a CSV column or front matter) is flagged; when
the account is not known the post gets an info reminder instead.
"""
from __future__ import annotations

import re

from checker.model import Finding, Rule
from checker.registry import register

CLAUSES = ("solihull-4.2", "solihull-4.3")
UNOFFICIAL = Rule("emergency.unofficial", "warning",
                  "A post about a declared emergency from an account that is not the official one", CLAUSES)
UNKNOWN_ACCOUNT = Rule("emergency.reminder", "info",
                       "A post about a declared emergency whose posting account is not known", CLAUSES)


@register(
    id="emergency",
    summary="Posts about a declared emergency from accounts other than the official one",
    rules=[UNOFFICIAL, UNKNOWN_ACCOUNT],
    options={"active": False, "topic": [], "official_accounts": []},
)
def check(post, ctx):
    options = ctx.options
    if not options["active"] or not options["topic"]:
        return
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(t) for t in options["topic"] if t) + r")", re.I)
    match = pattern.search(post.text)
    if not match:
        return
    account = (post.meta.get("account") or "").strip()
    official = {a.strip().lower().lstrip("@") for a in options["official_accounts"]}
    shown = ", ".join(options["official_accounts"]) or "the official council account"
    if not account:
        yield Finding.of(UNKNOWN_ACCOUNT, post, match.start(), match.end(),
                         "An emergency is declared and this post is about it: only the official account should post about it.",
                         f"Post this from {shown}, or share its post instead.")
    elif account.lower().lstrip("@") not in official:
        yield Finding.of(UNOFFICIAL, post, match.start(), match.end(),
                         f"An emergency is declared: {account} is not the official account for it.",
                         f"Do not post your own update; share the post from {shown}.")
