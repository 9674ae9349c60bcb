"""Confidential: text marked or worded as not for the public (Woking 5.8, 7.6; Sandwell 4.7; Solihull 3.1.6, 3.1.8).

Three rules: a marking ("internal only", "not for publication", OFFICIAL-SENSITIVE) is an error,
since the text says itself that it must not go out; an embargo or a draft marker is a warning (the
embargo may have lifted, the draft may be final); staff or service-user matters (disciplinary
cases, safeguarding referrals) are a warning. Phrases: wordlists/policy_phrases.toml [confidential].
"""
from __future__ import annotations

from checker.checks._phrases import first
from checker.model import Finding, Rule
from checker.registry import register

MARKING = Rule("confidential.marking", "error", "Text marked as internal or not for publication",
               ("woking-5.8", "woking-7.6", "sandwell-4.7", "solihull-3.1.6", "sheffield-14", "woking-5.6",
                "woking-5.7", "solihull-3.1.14", "solihull-5.3", "solihull-7.1", "solihull-8.10", "sheffield-compliance"))
EMBARGO = Rule("confidential.embargo", "warning", "Text under an embargo",
               ("woking-7.6", "sandwell-4.7", "solihull-3.1.6"))
DRAFT = Rule("confidential.draft", "warning", "A draft marker or an unfilled placeholder",
             ("woking-7.6", "sandwell-4.7"))
MATTER = Rule("confidential.staff-or-service-user", "warning",
              "Staff or service-user matters that social media is not the place for",
              ("woking-5.8", "solihull-3.1.8", "derbyshire-6.4", "sandwell-5.4"))

RULES = (
    ("markings", MARKING, "The post is marked as not for the public.",
     "Do not publish it: check with the author or the communications team what may be said publicly."),
    ("embargo", EMBARGO, "The post mentions an embargo.",
     "Schedule it for after the embargo lifts and remove the embargo wording."),
    ("draft", DRAFT, "The post still carries a draft marker or a placeholder.",
     "Finish the text and remove the marker before it is scheduled."),
    ("matters", MATTER, "The post discusses a staff or service-user matter.",
     "Leave individual staff and service-user matters off social media; say only what is already public record."),
)


@register(
    id="confidential",
    summary="Internal, embargoed or draft material, and staff or service-user matters",
    rules=[rule for _, rule, _, _ in RULES],
)
def check(post, ctx):
    for key, rule, message, suggestion in RULES:
        match = first("confidential", key, post.text)
        if match:
            yield Finding.of(rule, post, match.start(), match.end(), message, suggestion)
