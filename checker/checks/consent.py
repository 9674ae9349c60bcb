"""Consent: a post with a photo or video of people needs their consent on file (Solihull 7.1-7.6; Sandwell 5.4).

The tool cannot see the picture, so this is a reminder (info): it fires when the text says a photo
or video of people goes with it. With children or young people in the post the reminder asks for
the signed parental consent forms Solihull 7.6 requires. Phrases: policy_phrases.toml [consent].
"""
from __future__ import annotations

from checker.checks._phrases import first
from checker.model import Finding, Rule
from checker.registry import register

PHOTO = Rule("consent.photo", "info", "A photo or video of people: hold their consent",
             ("solihull-7.1", "solihull-7.2", "solihull-7.3", "solihull-7.4", "solihull-7.5", "sandwell-5.4",
              "sandwell-3.4", "woking-1.5"))
CHILDREN = Rule("consent.children", "info", "A photo or video of children: hold signed parental consent forms",
                ("solihull-7.6", "solihull-3.1.2", "sandwell-5.4", "sandwell-3.4", "woking-1.5"))


@register(
    id="consent",
    summary="Reminders to hold consent for photos and videos of people, above all children",
    rules=[PHOTO, CHILDREN],
    options={"children_severity": "info"},
)
def check(post, ctx):
    media = first("consent", "media", post.text)
    if not media:
        return
    if first("consent", "people", post.text):
        yield Finding.of(CHILDREN, post, media.start(), media.end(),
                         "This post goes with a photo or video that may show children or young people.",
                         "Check a signed consent form from a parent or guardian is held for every child shown (for school pupils, through their teacher); otherwise blur them or use another picture.",
                         severity=ctx.options["children_severity"])
    elif first("consent", "adults", post.text):
        yield Finding.of(PHOTO, post, media.start(), media.end(),
                         "This post goes with a photo or video of people.",
                         "Check everyone who is clearly the subject agreed to it being posted, and that the consent is recorded (a crowd in a public place is an exception).")
