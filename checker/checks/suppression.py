"""Unused inline suppressions (suppression.unused).

Only settling a post's findings (checker.settle) can tell whether a suppression matched one,
so that is where the findings are made; this module declares the check, so that the rule can be
selected, ignored and listed like any other.
"""
from __future__ import annotations

from checker.registry import register


@register(id="suppression")
def check(view, ctx):
    return ()
