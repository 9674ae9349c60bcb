"""confidential, consent, spam, links, emergency, offensive, branding: must-flag and must-pass tables."""
from __future__ import annotations

from datetime import datetime

import pytest

from checker.config import Config, from_dict
from checker.model import Post
from checker.pipeline import Pipeline

CHECKS = ["confidential", "consent", "spam", "links", "emergency", "offensive", "branding"]


def found(text, check, meta=None, config=None, **options):
    config = config or from_dict({"checks": {check: options}} if options else {})
    result = Pipeline(config, checks=[check]).check(Post(text, meta=meta or {}))
    return {(f.rule, f.severity) for f in result.findings}


MUST_FLAG = [
    ("confidential", "confidential.marking", "error", "INTERNAL ONLY: new rota for the bin crews from Monday."),
    ("confidential", "confidential.marking", "error", "Not for publication - budget figures attached."),
    ("confidential", "confidential.marking", "error", "OFFICIAL-SENSITIVE: site visit plans for Friday."),
    ("confidential", "confidential.marking", "error", "[Staff only] Car park closure for the Christmas party."),
    ("confidential", "confidential.embargo", "warning", "Embargoed until 00:01 Thursday: new leisure centre opens."),
    ("confidential", "confidential.draft", "warning", "DRAFT - Council tax rises by 4.99% from April."),
    ("confidential", "confidential.draft", "warning", "Join us on [insert date] at the library."),
    ("confidential", "confidential.staff-or-service-user", "warning", "Disciplinary action against two refuse crew members has begun."),
    ("confidential", "confidential.staff-or-service-user", "warning", "A safeguarding referral about the family was made on Monday."),
    ("consent", "consent.children", "info", "Photo: Cllr Helen Brady with pupils at Tudor Grange Primary. 📸"),
    ("consent", "consent.photo", "info", "Pictured: volunteers at Babbs Mill Park after the tree planting."),
    ("consent", "consent.photo", "info", "Watch Cllr Farrell cut the ribbon at the skate park. Video below."),
    ("spam", "spam.money-request", "warning", "Send us £50 by bank transfer to the account below to claim your refund."),
    ("spam", "spam.money-request", "warning", "Pay in bitcoin and get a 10% reduction on your bill."),
    ("spam", "spam.money-request", "warning", "Buy £100 of Amazon gift cards and send us the codes."),
    ("links", "links.shortener", "warning", "Read more at bit.ly/3xYz"),
    ("links", "links.shortener", "warning", "Details: https://tinyurl.com/abc123."),
    ("links", "links.unknown-domain", "info", "Check live times at tfwm.org.uk before you travel."),
    ("links", "links.unknown-domain", "info", "Get a quote at sunroof.example.co.uk"),
    ("offensive", "offensive.derogatory", "warning", "Free swimming for the disabled and their carers."),
    ("offensive", "offensive.derogatory", "warning", "Mr Jones, who is wheelchair-bound, welcomed the new ramp."),
    ("offensive", "offensive.derogatory", "warning", "She suffers from dementia but loves the memory café."),
    ("offensive", "offensive.derogatory", "warning", "Illegals are not entitled to council housing."),
    ("offensive", "offensive.derogatory", "warning", "Dementia sufferers and their families are welcome."),
    ("offensive", "offensive.derogatory", "warning", "A new sensory room for the handicapped opens today."),
    ("offensive", "offensive.outdated", "info", "Our new service helps the elderly stay independent."),
    ("branding", "branding.abbreviation", "warning", "SMBC offices are closed on Monday."),
    ("branding", "branding.abbreviation", "warning", "Gritting routes are on the DCC website."),
]

MUST_PASS = [
    ("confidential", "Call our confidential helpline on 0121 496 0000."),
    ("confidential", "Have your say on our draft budget for 2026/27."),
    ("confidential", "The car park behind the Council House is for staff only on weekdays."),
    ("confidential", "Please do not share your bank details with anyone who calls."),
    ("consent", "Caught on camera: the owner of QY19 VQX has been fined for parking on the zigzags."),
    ("consent", "Bins are collected as normal on Monday."),
    ("spam", "Please support Solihull Food Bank's winter appeal: donate online."),
    ("spam", "Pay your council tax by bank transfer to our account: the details are on your bill."),
    ("spam", "Refunds: we've paid £45 into your account."),
    ("spam", "Badminton is £5 a session, pay on the door."),
    ("links", "Apply at solihull.gov.uk/admissions or visit 111.nhs.uk, e.g. at 5.30pm."),
    ("links", "Email neil.foster@solihull.gov.uk for help."),
    ("links", "Courses at www.solihull.ac.uk and school news at tudorgrange.sch.uk"),
    ("offensive", "Disabled parking bays on High Street are being repainted."),
    ("offensive", "The disabled toilets at the library are closed for repairs."),
    ("offensive", "Slow down: blind bend ahead, and watch the blind summit."),
    ("offensive", "Put your coloured glass in the blue box."),
    ("offensive", "Bakewell tarts and jam tarts at the Christmas fayre."),
    ("offensive", "Support for blind and partially sighted residents at the library."),
    ("branding", "Solihull Council (SMBC) offices are closed on Monday."),
    ("branding", "Solihull Metropolitan Borough Council (SMBC) offices are closed on Monday."),
    ("branding", "Watch the BBC tonight, or the NYC marathon. HMO licences are renewed."),
    ("emergency", "Flooding on the A45: roads closed."),  # no emergency declared
]


@pytest.mark.parametrize("check, rule, severity, text", MUST_FLAG)
def test_must_flag(check, rule, severity, text):
    assert (rule, severity) in found(text, check)


@pytest.mark.parametrize("check, text", MUST_PASS)
def test_must_pass(check, text):
    assert found(text, check) == set()


def test_trusted_domains_from_config():
    assert found("Times at tfwm.org.uk", "links", trusted=["tfwm.org.uk"]) == set()
    assert found("Times at www.journeys.tfwm.org.uk", "links", trusted=["tfwm.org.uk"]) == set()


EMERGENCY = {"active": True, "topic": ["flood"], "official_accounts": ["@SolihullCouncil"]}


@pytest.mark.parametrize("text, account, expected", [
    ("Flooding on the A45: roads closed near junction 6.", "@SolihullLibraries", {("emergency.unofficial", "warning")}),
    ("Flood update: rest centre open at the Civic Hall.", "", {("emergency.reminder", "info")}),
    ("Flood update: rest centre open at the Civic Hall.", "@solihullcouncil", set()),
    ("Storytime is back at Shirley Library on Saturday.", "@SolihullLibraries", set()),
])
def test_emergency(text, account, expected):
    meta = {"account": account} if account else {}
    assert found(text, "emergency", meta=meta, **EMERGENCY) == expected


def test_branding_with_configured_council_flags_only_its_own_abbreviation():
    config = from_dict({"council": "solihull"})
    assert found("SMBC offices are closed.", "branding", config=config) == {("branding.abbreviation", "warning")}
    assert found("Surrey's SCC roads are gritted.", "branding", config=config) == set()


def run_batch(posts):
    pipeline = Pipeline(Config(), checks=["spam"])
    return list(pipeline.run(posts))


def test_repeats_across_a_batch_name_the_earlier_post():
    text = "Bins out by 7am tomorrow please, crews are starting early because of the heat."
    results = run_batch([
        Post(text, id="a1", scheduled=datetime(2026, 7, 1, 9)),
        Post("Leisure centre opening hours change from Monday.", id="a2", scheduled=datetime(2026, 7, 1, 9)),
        Post(text.replace(",", ":") + "!", id="a3", scheduled=datetime(2026, 7, 1, 12)),
        Post(text, id="a4", scheduled=datetime(2026, 8, 20, 9)),
    ])
    repeat = [f for f in results[2].findings if f.rule == "spam.repeat"]
    assert repeat and repeat[0].severity == "warning" and "a1" in repeat[0].message
    assert not results[1].findings
    later = [f for f in results[3].findings if f.rule == "spam.repeat"]
    assert later and later[0].severity == "info"  # weeks apart: a reminder, not spam


def test_same_text_on_two_platforms_is_not_a_repeat():
    text = "Bins out by 7am tomorrow please, crews are starting early because of the heat."
    results = run_batch([Post(text, id="f", meta={"platform": "facebook"}),
                         Post(text, id="x", meta={"platform": "x"})])
    assert not results[1].findings


def test_fingerprint_is_small_and_tolerates_small_edits():
    from checker.checks.spam import HASHES, fingerprint, similarity
    a = fingerprint("Our libraries are warm, welcoming places to spend time this winter, with free hot drinks.")
    b = fingerprint("Our libraries are warm and welcoming places to spend time this winter, with free hot drinks!")
    c = fingerprint("Council tax bills for 2026/27 arrive by the end of March.")
    assert len(a) == HASHES and all(isinstance(v, int) for v in a)
    assert similarity(a, b) >= 0.5 > similarity(a, c)


def test_every_rule_cites_clauses_that_exist():
    from checker import wordlists
    from checker.registry import all_checks
    known = {c["id"] for c in wordlists.toml("clauses.toml")["clause"]}
    for check in CHECKS + ["endorsement"]:
        for rule in all_checks()[check].rules:
            assert rule.clauses and set(rule.clauses) <= known, rule.id
