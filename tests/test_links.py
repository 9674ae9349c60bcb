"""Links by the public suffix list (tldextract's bundled snapshot): UK government domains
outside .gov.uk are links, and trusted."""
from __future__ import annotations

import pytest

from checker.text.links import find
from conftest import findings


@pytest.mark.parametrize("text, host", [
    ("Check your bin day at conwy.gov.wales/bins today.", "conwy.gov.wales"),
    ("Apply at mygov.scot/x before Friday.", "mygov.scot"),
    ("Gwybodaeth: llyw.cymru/x.", "llyw.cymru"),
    ("What's on this summer: visit.london/summer", "visit.london"),
])
def test_hosts_under_any_public_suffix_are_links(text, host):
    (link,) = find(text)
    assert link.host == host
    assert text[link.start:link.end].startswith(host) and not text[link.start:link.end].endswith(".")


@pytest.mark.parametrize("text", [
    "Check your bin day at conwy.gov.wales/bins today.",
    "Apply at mygov.scot/x before Friday.",
    "Gwybodaeth: llyw.cymru/x.",
    "Vaccines: www.nhs.scot/flu and nhs.wales/x",
])
def test_uk_government_domains_are_trusted(text):
    assert findings("links", text) == []


def test_a_london_domain_is_a_link_but_not_trusted():
    (finding,) = findings("links", "What's on this summer: visit.london/summer")
    assert finding.rule == "links.unknown-domain" and finding.text == "visit.london/summer"


def test_not_links():
    assert find("Open today.It was busy. See file.txt or v1.2") == []


def test_x_counts_a_bare_gov_wales_link_as_23():
    # 257 letters and one link: 257 + 1 space + 23 = 281 > 280 only if the link counts 23
    text = "a" * 257 + " conwy.gov.wales/" + "b" * 40
    rules = [f.rule for f in findings("length", text, meta={"platform": "x"})]
    assert "length.too-long" in rules
    shorter = "a" * 256 + " conwy.gov.wales/" + "b" * 40
    assert "length.too-long" not in [f.rule for f in findings("length", shorter, meta={"platform": "x"})]
