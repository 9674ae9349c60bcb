"""The brand list (OpenStreetMap's name-suggestion-index) and where a brand counts as named."""
import pytest

from checker import wordlists
from checker.text import brands
from tests.conftest import findings, flagged


@pytest.mark.parametrize("text, named", [
    ("Pop in to Greggs for a sausage roll.", ["Greggs"]),
    ("Argos at the retail park is open late.", ["Argos"]),
    ("Krispy Kreme opens in the shopping centre on Saturday.", ["Krispy Kreme"]),
    ("Thanks to Marks & Spencer and Sainsbury's for the hampers.", ["Marks & Spencer", "Sainsbury's"]),
    # an everyday word or a place counts only inside a sentence, standing alone
    ("You can buy them at Boots or Next.", ["Boots", "Next"]),
    ("Next week the bins go out on Tuesday.", []),
    ("Three new parks open in spring.", []),
    ("The Boots Corner bus gate stays open.", []),
    ("Walk up to Halifax Minster from the station.", []),
    # the council's own event or scheme named like a brand
    ("Sign up for our Marathon volunteer days.", []),
    # inside other words, hashtags and handles: no brand
    ("Our #GreggsRun raised £400 for the hospice.", []),
    ("Ask @argoshelpers for the tracking number.", []),
])
def test_brands_named_in_a_text(text, named):
    assert [m.text for m in brands.mentions(text)] == named


def test_the_list_says_where_it_comes_from_and_carries_its_licence():
    # Rebuilt by scripts/build_brands.py; its notice travels with it (BSD 3-Clause).
    header = (wordlists.path("brands_nsi.txt")).read_text(encoding="utf-8").splitlines()[:6]
    assert any("name-suggestion-index" in line for line in header)
    assert "BSD 3-Clause" in wordlists.path("brands_nsi.LICENSE").read_text(encoding="utf-8")
    # charities' shops are no trade: never a brand to endorse
    assert not {"Oxfam", "British Heart Foundation", "Citizens Advice"} & {m.text for m in brands.mentions(
        "Donate at Oxfam, British Heart Foundation or Citizens Advice.")}


@pytest.mark.parametrize("text", [
    "Greggs in the precinct is giving away free sausage rolls on Friday. Get down there early!",
    "Why not pop in to Costa at the retail park while you're out? Their new menu is lush.",
    "Last-minute shopping? Argos on Fore Street is open till 10pm and they've got 3 for 2 on toys!",
])
def test_a_chain_passed_on_is_an_endorsement(text):
    assert flagged("endorsement", text)


@pytest.mark.parametrize("text", [
    "The 14 bus now stops outside Greggs on Fore Street.",
    "Cllr Dave Evans opened the new play park this morning.",
    "Next collection: Tuesday. Put your bin out by 7am.",
])
def test_a_brand_as_a_landmark_or_a_surname_is_not(text):
    assert not flagged("endorsement", text)


@pytest.mark.parametrize("text", [
    "Gas leak: the High Street is closed. SGN engineers are on site.",
    "Broadband down at the library; BT are on it.",
])
def test_a_uk_company_in_capitals_is_a_name_not_an_abbreviation(text):
    assert not [f for f in findings("plain_english", text) if f.rule == "plain_english.acronym"]


def test_a_brand_traded_only_abroad_is_no_name_readers_know():
    # ETRO is an Italian fashion house in the list, and here an experimental traffic order
    assert "ETRO" not in brands.capitalised_names()
    assert [f for f in findings("plain_english", "The ETRO for the one-way system runs six months.")
            if f.rule == "plain_english.acronym"]


@pytest.mark.parametrize("text, named", [
    # a chain and its branch, which the small model reads as a first name and a surname
    ("Thanks to Lidl Gateshead for the Christmas hampers.", ["Lidl"]),
    ("Morrisons Cwmbrân has a new pensioners' discount.", ["Morrisons"]),
    # a surname a chain shares, after a first name, is the person's
    ("Cllr Dave Evans opened the new play park this morning.", []),
])
def test_a_brand_opening_a_name_the_model_calls_a_person_is_the_brand(text, named):
    from checker import nlp

    assert [m.text for m in brands.mentions(text, nlp.model().nlp(text))] == named
