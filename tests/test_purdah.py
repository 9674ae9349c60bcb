"""purdah: councillors, shares, photos, controversial matters and politics, inside a period only."""
from datetime import date, datetime

import pytest

from checker.config import Config, from_dict
from checker.model import Post
from checker.pipeline import Pipeline

INSIDE = datetime(2026, 4, 15, 10)   # 7 May 2026 local elections: period from 30 March 2026
OUTSIDE = datetime(2026, 6, 15, 10)


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline(Config(), checks=["purdah"])


def rules(pipeline, text, when=INSIDE):
    return {f.rule for f in pipeline.check(Post(text, scheduled=when)).findings if f.severity in ("error", "warning")}


QUOTE = "Cllr Priya Patel said: 'The new library is a fantastic space for everyone.'"


def test_period_starts_on_30_march_2026(pipeline):
    assert rules(pipeline, QUOTE, datetime(2026, 3, 29, 12)) == set()
    assert rules(pipeline, QUOTE, datetime(2026, 3, 30, 9)) == {"purdah.councillor"}


def test_note_names_the_election(pipeline):
    finding = pipeline.check(Post(QUOTE, scheduled=INSIDE)).findings[0]
    assert finding.note == "7 May 2026 local elections; period from 30 March 2026"


@pytest.mark.parametrize("rule, text", [
    ("purdah.councillor", "Councillor Mark Jones opened the new skate park this morning."),
    ("purdah.councillor", "Leader of the Council Jane Ward explains where your money goes."),
    ("purdah.councillor", "Our Cabinet Member for Housing welcomed the new homes."),
    # the cabinet member by the title other councils give them
    ("purdah.councillor", "Our Lead Member for Children opened the new family hub this morning."),
    ("purdah.councillor", "Jane Smith MP visited the food bank on Friday."),
    ("purdah.councillor", "A big thank you to our ward councillors for backing the new play area."),
    ("purdah.share", "RT @CllrPatel: Lovely morning at the Olton litter pick!"),
    ("purdah.share", "RT @JaneSmithMP: Proud to support our local hospice."),
    ("purdah.photo", "Cllr Tom Okafor with pupils at the new outdoor classroom (photo)."),
    ("purdah.photo", "Pictured with local councillors, the winners of the Best Garden award."),
    ("purdah.photo", "Watch Cllr Amy Reid cut the ribbon at the new play area 🎥"),
    ("purdah.controversial", "Cabinet has voted to close two children's centres. Details on our website."),
    ("purdah.controversial", "Councillors agreed a 4.99% council tax rise at last night's budget meeting."),
    ("purdah.political", "Vote Green on 7 May for cleaner air!"),
    ("purdah.political", "The Labour group has asked for a report on bus lanes."),   # a warning outside is an error inside
    # councillors as a group in the languages bilingual councils publish in, and the ruling group
    ("purdah.photo", "Pictured: cynghorwyr at the reopening of the Aberdâr lido this morning."),
    ("purdah.photo", "Photo: Comhairlichean Uibhist a Tuath at the new pier in Lochmaddy."),
    ("purdah.councillor", "Thanks to the administration, the new play park opens in June."),
    ("purdah.councillor", "Cynghorydd Eleri Jones opened the new Welsh-medium nursery."),
    ("purdah.councillor", "Candidates for the community council pictured at the gala."),
    ("purdah.photo", "📸 Our councillors from all parties were down at the marina to welcome the crews."),
    ("purdah.councillor", "Ward councillors came along to open the new play area."),
])
def test_must_flag_inside(pipeline, rule, text):
    assert rule in rules(pipeline, text)
    assert rules(pipeline, text, OUTSIDE) == set()


@pytest.mark.parametrize("text", [
    "The Mayor, Cllr Jane Smith, welcomed 40 new citizens at the Council House today.",
    "The Mayor's charity fun run is on Sunday 19 April in Malvern Park.",
    "Michelle Grant, Director of Environment Services, said: 'Food waste collections start on Monday.'",
    "Flood warning: Cllr Sam Hill, Cabinet Member for Highways, urges residents near the river to move cars to higher ground.",
    "Severe weather: strong winds overnight. Please secure your bins.",
    "Statement of persons nominated: the candidates standing for Elmdon ward are Jane Smith and Tom Brown.",
    "Want a postal vote? Apply by 5pm on 21 April.",
    "Bin collections are normal on Easter Monday.",
    "Castle Bromwich library is open late on Thursdays.",
    "Contact your local councillor about planning matters via our website.",
    "Follow @WMPolice for road safety advice.",
])
def test_must_pass_inside(pipeline, text):
    assert rules(pipeline, text) == set()


def test_config_by_election_and_no_poll_year():
    options = {"purdah": {"no_poll_years": [2026],
                          "elections": [{"name": "Elmdon ward by-election", "poll": date(2026, 9, 17), "kind": "by-election"}]}}
    pipeline = Pipeline(from_dict({"checks": options}), checks=["purdah"])
    assert not pipeline.check(Post(QUOTE, scheduled=INSIDE)).findings
    found = pipeline.check(Post(QUOTE, scheduled=datetime(2026, 8, 25, 9))).findings
    assert found and found[0].note.startswith("17 September 2026 Elmdon ward by-election")


def test_civic_names_option():
    options = {"purdah": {"civic_names": ["Cllr Priya Patel"]}}
    pipeline = Pipeline(from_dict({"checks": options}), checks=["purdah"])
    assert not pipeline.check(Post(QUOTE, scheduled=INSIDE)).findings


def test_wording_the_council_allows_is_allowed_inside_the_period_too():
    at = datetime(2026, 4, 20, 10, 0)
    text = "Find our recycling stall at the Green Party fair in the park on Saturday."
    before = Pipeline(from_dict({}), checks=["purdah"], now=at).check(Post(text, scheduled=at)).findings
    allowed = from_dict({"checks": {"purdah": {"allow": ["Green Party"]}}})
    after = Pipeline(allowed, checks=["purdah"], now=at).check(Post(text, scheduled=at)).findings
    assert any(f.rule == "purdah.political" for f in before)
    assert not any(f.rule == "purdah.political" for f in after)


@pytest.mark.parametrize("text", [
    "Mayor of Hackney Jo Bloggs visited the new changing rooms on Hackney Marshes today.",
    "Greater Manchester's Mayor launched the new landlord charter this morning.",
    "Tees Valley Mayor Sam Green met apprentices at the new engineering centre.",
    "City Mayor Sam Green opened the new cycle hub at the railway station.",
])
def test_an_elected_mayor_named_by_office_is_a_politician(pipeline, text):
    # The register of elected mayoralties (wordlists/elected_mayors.txt), not "Mayor" alone.
    assert "purdah.councillor" in rules(pipeline, text)


@pytest.mark.parametrize("text", [
    "The Lord Mayor of Leicester welcomed 40 new citizens at the Town Hall today.",
    "The Civic Mayor of Doncaster opened the spring flower show on Saturday.",
    "The Mayor of North East Lincolnshire opened the new play area in Cleethorpes.",
    "The Mayor of the London Borough of Barnet presented the awards at the Town Hall.",
])
def test_the_civic_mayor_of_a_place_with_an_elected_one_stays_civic(pipeline, text):
    assert "purdah.councillor" not in rules(pipeline, text)


@pytest.mark.parametrize("text", [
    "Ward councillors toured the new skatepark with the young people who designed it.",
    "Candidates for the Riverside ward joined our litter pickers on Saturday.",
    "Our cabinet members were at the launch of the new food waste service.",
])
def test_councillors_as_a_group_seen_doing_something_are_credited(pipeline, text):
    assert rules(pipeline, text) == {"purdah.councillor"}
    assert rules(pipeline, text, OUTSIDE) == set()


@pytest.mark.parametrize("text", [
    "Candidates standing in the Riverside ward are listed in the statement of persons nominated.",
    "Councillors from every party will be able to see the draft plan online.",
])
def test_a_group_not_shown_doing_anything_is_not_credited(pipeline, text):
    assert "purdah.councillor" not in rules(pipeline, text)


def test_a_flood_scheme_is_a_project_not_an_emergency(pipeline):
    assert rules(pipeline, "Cllr Jo Hart cut the ribbon on the new flood defence wall at Kirkby today.") == {"purdah.councillor"}
    assert rules(pipeline, "Flood warning for Kirkby: Cllr Jo Hart asks residents not to travel tonight.") == set()


@pytest.mark.parametrize("text, flagged", [
    # a member named beside a storm or flood the post does not deal with: no emergency message
    ("Cllr Anna Pryce popped round to see the flood damage on Mill Lane today.", True),
    ("Thanks to Cllr Owen Bell for the new bus shelter on Station Road!", True),
    # an emergency message, with what is open and what to do: the Leader may comment
    ("Flood warning for Ripley. A rest centre is open at the Town Hall. Council Leader Sam Hart said: "
     "\"Please check on your neighbours.\"", False),
])
def test_an_emergency_is_a_message_about_one_not_a_mention(pipeline, text, flagged):
    assert bool({r for r in rules(pipeline, text) if r.startswith("purdah.")}) is flagged


@pytest.mark.parametrize("text, flagged", [
    ("Garden waste charges rise 15% from June. We know some residents object, but the change goes ahead.", True),
    ("The depot move was narrowly approved after a heated debate.", True),
    # a right of appeal or comment, not a dispute the post reports
    ("If you are unhappy with a decision about your blue badge, you can ask for a review.", False),
    ("The decision notice is online. You can object to the licence application until 30 April.", False),
])
def test_a_decision_the_post_says_is_disputed_is_controversial(pipeline, text, flagged):
    assert ("purdah.controversial" in rules(pipeline, text)) is flagged


@pytest.mark.parametrize("text, flagged_", [
    # the civic chair of a council of several words, in the civic role
    ("The Chairman of East Riding of Yorkshire Council, Cllr Jo Hart, will open the library fair on Saturday.", False),
    ("The Convener of Moray Council, Cllr Ian Rae, laid a wreath at the memorial.", False),
    # a committee's chair is a councillor in a political role
    ("Cllr Jo Hart, Chair of the Planning Committee, will open the library fair on Saturday.", True),
])
def test_civic_chairs_of_councils_with_long_names(pipeline, text, flagged_):
    assert ("purdah.councillor" in rules(pipeline, text)) is flagged_, text


@pytest.mark.parametrize("text, flagged_", [
    # the civic office given after the name, in apposition: the civic role
    ("Cllr Rhian Owen, the Chair of Ceredigion County Council, will present the Best Kept Village prize.", False),
    ("Cllr Tom Hayes (Mayor of Ludlow) laid a wreath at the memorial.", False),
    # a member the post campaigns for is no civic figure, whichever side the office is given
    ("Cllr Rhian Owen, Chair of Ceredigion County Council, opened the hub. She is standing for re-election in May!", True),
    ("The Mayor, Cllr Tom Hayes, opened the fete. Vote for him on 6 May!", True),
])
def test_civic_office_after_the_name_and_campaigning(pipeline, text, flagged_):
    assert bool(rules(pipeline, text)) is flagged_, text


@pytest.mark.parametrize("text, flagged_", [
    # a proposal put out to consultation or to full council, which the post says people oppose
    ("The plan to move Thursday's market to the Bridge Street car park goes to consultation today. Stallholders strongly oppose it.", True),
    ("The new residents' parking order, opposed by many traders, will be debated at full council on 20 April.", True),
    # a consultation with a right to object offered, and nobody said to dispute it
    ("Consultation on the new play area opens today. If you object to any part of it, tell us by 30 April.", False),
])
def test_contested_proposals_in_the_making(pipeline, text, flagged_):
    # (Launching the consultation is purdah.consultation's warning, tested on its own.)
    assert ("purdah.controversial" in rules(pipeline, text)) is flagged_, text


@pytest.mark.parametrize("text, flagged_", [
    # a scheme made permanent, with objections
    ("The School Lane low-traffic scheme is now permanent, despite objections from traders.", True),
    # members pictured during an emergency are still publicity; a member's safety advice is not
    ("📸 Our ward councillors helping fill sandbags this morning ahead of the flood warning. Great work!", True),
    ("Flood warning for the Calder: Cllr Ann Lowe urges residents to move cars from Riverside car park now.", False),
])
def test_disagreement_forms_and_photos_in_emergencies(pipeline, text, flagged_):
    assert bool(rules(pipeline, text)) is flagged_, text


@pytest.mark.parametrize("text, subject", [
    # the Mayor in their civic role, "plan" as a verb: nothing to publicise
    ("The civic Mayor of Havering opened the new youth hub today. Well done all!", False),
    ("Youth workers met at the library to plan the summer programme. Brilliant ideas.", False),
    # an elected mayor, the council's plans, a kind of plan
    ("Harrogate conference centre plan goes ahead despite the row.", True),
    ("Under Kim Ashdown the North East finally has a Mayor who fights for us.", True),
    ("The plans for the new pool were approved last night. Brilliant news.", True),
])
def test_what_counts_as_a_subject_of_publicity(text, subject):
    from checker import nlp
    from checker.checks import purdah

    assert purdah._publicity_subject(text, purdah.patterns(), nlp.model().nlp(text)) is subject, text


@pytest.mark.parametrize("text, when, flagged", [
    # a consultation or survey launched inside the period, unless the law requires it
    ("Have your say! Today we're launching a consultation on moving the market.", INSIDE, True),
    ("New survey: should we bring in a visitor levy? Tell us by 30 June.", INSIDE, True),
    ("Have your say! Today we're launching a consultation on moving the market.", OUTSIDE, False),
    ("Our statutory consultation on the licensing policy opens today.", INSIDE, False),
    ("Last week to fill in the parks survey: it closes on Friday.", INSIDE, False),
    # announced as the council's own doing now
    ("We're consulting on moving the Saturday market to the car park. Tell us what you think.", INSIDE, True),
])
def test_a_consultation_launched_in_the_period(pipeline, text, when, flagged):
    assert ("purdah.consultation" in rules(pipeline, text, when)) is flagged, text


@pytest.mark.parametrize("text, flagged", [
    # a decision the post says people do not welcome, approval denied in any words
    ("The garden waste charge is going up to £60 next year. We know this won't be welcome.", True),
    ("Parking charges rise 20% in May. We know not everyone backs it.", True),
    # an offer of help to anyone unhappy is no dispute
    ("Parking charges rise 20% in May. If you're not happy with your permit, call us.", False),
])
def test_a_decision_people_do_not_welcome(pipeline, text, flagged):
    assert ("purdah.controversial" in rules(pipeline, text)) is flagged, text


def test_a_campaign_launched_in_the_period_is_a_warning(pipeline):
    text = "Launching today: our biggest ever anti-litter campaign, with 60 new bins along the prom."
    assert "purdah.consultation" in rules(pipeline, text)
    assert "purdah.consultation" not in rules(pipeline, text, OUTSIDE)


@pytest.mark.parametrize("text, flagged_", [
    # a dispute said in other words: unpopular, dividing opinion, people split over it
    ("Swim prices rise from £4.80 to £6.20 in May. We know this is unpopular, but it keeps the pools open.", True),
    ("Residents are split over the solar farm at Taynton. Our planning committee decides next month.", True),
    ("We've opened a consultation on selling part of the playing fields. We know this will divide opinion.", True),
    # a price rise with nobody said to dispute it, and a split that is not about a decision
    ("Swim prices rise from £4.80 to £5.00 in May. Concessions stay the same.", False),
    ("Teams will split over two sites during the library refurbishment.", False),
])
def test_disputes_said_in_other_words(pipeline, text, flagged_):
    assert bool({r for r in rules(pipeline, text) if r in ("purdah.controversial", "purdah.consultation")}) is flagged_, text


@pytest.mark.parametrize("text, flagged_", [
    # a bus shelter is no emergency, so members named beside one are still named
    ("Cllr Ian Fletcher will update residents on the new bus shelter and the defibrillator.", True),
    # a shelter from danger is: a member may give safety information
    ("Rest centre update: Cllr Ian Fletcher says the emergency shelter at the school is open.", False),
    # a taxi licensing policy is no statutory consultation (a Licensing Act policy is)
    ("Consultation opens today on our draft taxi licensing policy. Tell us what you think.", True),
    ("Consultation opens today on our statement of licensing policy under the Licensing Act 2003.", False),
])
def test_bus_shelters_and_taxi_policies(pipeline, text, flagged_):
    assert bool({r for r in rules(pipeline, text) if r in ("purdah.councillor", "purdah.consultation")}) is flagged_, text


@pytest.mark.parametrize("text, flags", [
    # "Mayor" and a name, where the post names a place with a directly elected mayor
    ("Mayor Shahid Miah has kept every promise he made. Tower Hamlets is in safe hands.", True),
    ("Mayor Dominic Fairweather visited Lewisham Shopping Centre to hear from traders.", True),
    # elsewhere "Mayor" and a name is the civic Mayor, and the Lord Mayor is civic everywhere
    ("Mayor Jane Hollis opened the new play area in Ludlow on Saturday.", False),
    ("The Lord Mayor Ann Cole visited Leicester Market this morning.", False),
    # councillors as a group, by the name their council gives them
    ("Ward members for Bridlington North joined traders on the promenade to launch the market.", True),
    # a decision people are said to find unfair, or to want otherwise
    ("Heating charges at Lochee will rise by 18% from 1 May. The Tenants' Federation says the rise is unfair.", True),
    ("The block at Hillyland will be demolished. Some tenants want it refurbished instead.", True),
    ("Heating charges at Lochee will rise by 18% from 1 May. Help with bills: call us.", False),
])
def test_elected_mayors_by_name_ward_members_and_stated_objections(pipeline, text, flags):
    assert bool(rules(pipeline, text)) is flags, text


@pytest.mark.parametrize("text", [
    "Photo: Ald. Jim McCready at the reopening of the bandstand with members of the silver band.",
    "Alderman Heather Lyttle tried out the new splash pad today.",  # Northern Ireland's senior councillors
    "Bailie Morag Reid opened the new community garden.",  # a Scottish councillor's title
])
def test_aldermen_and_bailies_are_councillors(pipeline, text):
    assert rules(pipeline, text) & {"purdah.councillor", "purdah.photo"}, text
    assert not rules(pipeline, text, OUTSIDE)


def test_a_charge_up_from_its_old_price_is_a_rise(pipeline):
    text = "Garden waste charges are £60 this year, up from £45. Some residents oppose the change."
    assert "purdah.controversial" in rules(pipeline, text)
    assert "purdah.controversial" not in rules(pipeline, text, OUTSIDE)
