"""Properties every result keeps, whatever the post (Hypothesis): no crash, spans inside the text,
valid severities, clauses that exist, and no raw personal value in any masked report.

Kept fast (a few hundred examples a run); benchmarks/fuzz.py runs the same invariants over
100,000 generated and mutated posts.
"""
from __future__ import annotations

import io
import json
from datetime import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.console import Console

from checker.clauses import clauses
from checker.config import Config
from checker.inputs.files import clean_text
from checker.model import SEVERITIES, Post
from checker.pipeline import Pipeline
from checker.registry import all_rules
from checker.report import ReportSettings, make

# Pieces of real posts and of what goes wrong in them: identifiers, names, swearing, parties,
# links, hashtags, emoji, dates, control characters and lone surrogates.
FRAGMENTS = [
    "Bins go out on Monday.", "Call Jane on 07700 900461", "NHS number 943 476 5919", "NHS no. 9434765919",
    "National Insurance number QQ 12 34 56 C", "email jane.whitfield1962@gmail.com", "at 14 Larkspur Close, Shirley B90 4QT",
    "Mrs Jane Whitfield, aged 84,", "sort code 40-11-62 account 31926819", "card 4111 1111 1111 1111",
    "Vote Labour on Thursday!", "Cllr Smith (Conservative) opened the park.", "Great deal at Tesco today",
    "bloody brilliant", "sh1t", "https://www.solihull.gov.uk/bins", "#RecyclingWeek", "@SolihullCouncil", "😀👍",
    "20/04/2026", "£5 off", "colour color", "Mr. Dr. St.", "...", "!!!", "\u200b", "\x1b[2J", "\ud800", "\x00", "\t\n",
    "FREE FREE FREE", "donate now", "1 " * 20, "a" * 60, "07700 " * 10,
]
posts = st.one_of(
    st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=8).map(" ".join),
    st.text(min_size=1, max_size=300),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=20)), min_size=1, max_size=6).map("".join),
)
RULES = set(all_rules())
CLAUSES = set(clauses())


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline(Config(), now=datetime(2026, 9, 15, 10, 0))


def check(pipeline, text: str):
    cleaned, _ = clean_text(text)  # what every input reader does at the boundary
    return cleaned, pipeline.check(Post(cleaned, meta={"platform": "x"}))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(text=posts)
def test_every_finding_is_well_formed(pipeline, text):
    cleaned, result = check(pipeline, text)
    for finding in result.findings + [f for f, _ in result.suppressed]:
        assert 0 <= finding.start <= finding.end <= len(cleaned), finding
        assert finding.text == cleaned[finding.start:finding.end]
        assert finding.severity in SEVERITIES
        assert finding.rule in RULES
        assert finding.clauses and set(finding.clauses) <= CLAUSES, finding.rule
        assert isinstance(finding.message, str) and isinstance(finding.suggestion, str)
    for start, end in result.personal:
        assert 0 <= start < end <= len(cleaned)


def raw_values(text: str, result) -> list[str]:
    """The personal values worth searching for: three characters or more."""
    return [text[s:e].strip() for s, e in result.personal if len(text[s:e].strip()) >= 3]


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(text=st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=8).map(" ".join))
def test_masked_reports_hold_no_raw_personal_value(pipeline, text):
    cleaned, result = check(pipeline, text)
    values = raw_values(cleaned, result)
    for name in ("json", "text", "rich-draft"):
        out, screen = io.StringIO(), io.StringIO()
        reporter = make(name, ReportSettings(out, Console(file=screen, width=200, color_system=None)))
        reporter.add(result)
        reporter.close()
        output = out.getvalue() + screen.getvalue()
        if name == "json":
            output = json.dumps(json.loads(output), ensure_ascii=False)
        for value in values:
            assert value.lower() not in output.lower(), (name, value)
