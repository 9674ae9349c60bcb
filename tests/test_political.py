"""political: party promotion, partisan attacks, party accounts, campaigning, slogans, party mentions."""
from datetime import datetime

import pytest

from checker.config import Config, from_dict
from checker.model import Post
from checker.pipeline import Pipeline

OUTSIDE = datetime(2026, 9, 15, 10)  # no pre-election period


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline(Config(), checks=["political"])


def rules(pipeline, text):
    return {f.rule for f in pipeline.check(Post(text, scheduled=OUTSIDE)).findings if f.severity in ("error", "warning")}


@pytest.mark.parametrize("rule, text", [
    ("political.party-promotion", "Thanks to our Labour administration, every library now opens on Sundays."),
    ("political.party-promotion", "New play areas in six parks, delivered by your Green-led council."),
    ("political.party-promotion", "Only the Liberal Democrats can be trusted with our parks."),
    ("political.party-promotion", "Another Plaid Cymru pledge kept: free school breakfasts from September."),
    ("political.partisan", "The Tories have wrecked our high street and their cuts have failed us."),
    ("political.partisan", "Under Labour, bin collections fell apart. Don't let them undo our progress."),
    ("political.partisan", "Some parties talk, we deliver: 3,000 new homes."),
    ("political.partisan", "Residents deserve better than the mess left by the previous administration."),
    ("political.partisan", "Westminster has abandoned our town once again."),
    ("political.party-share", "RT @WestMidsLabour: Great day on the doorstep in Shirley!"),
    ("political.party-share", "Thanks to @LibDems for joining our litter pick."),
    ("political.campaign", "Vote Conservative on 7 May for lower council tax."),
    ("political.campaign", "Re-elect Cllr Ahmed Khan for Shirley West."),
    ("political.campaign", "Please vote for Sarah Jenkins on Thursday."),
    ("political.slogan", "Stop the boats! Ferry timetables change next week."),
    ("political.party-mention", "The Reform group proposed an amendment at last night's meeting."),
    ("political.party-mention", "Labour has asked for a report on the bus lanes."),
])
def test_must_flag(pipeline, rule, text):
    assert rule in rules(pipeline, text)


@pytest.mark.parametrize("text", [
    "The latest labour market figures show unemployment has fallen.",
    "Labour ward visiting times change on Monday; see the hospital website.",
    "Restoring the bandstand was a labour of love for our parks team.",
    "Labour costs for the bridge repair came in under budget.",
    "A conservative estimate puts attendance at 5,000.",
    "Conservative estimates put the repair bill at £40,000.",
    "Put grass cuttings in your green bin. Green bins are emptied every other Tuesday.",
    "Our Green Flag parks are ready for summer.",
    "Green-fingered volunteers wanted for the community garden.",
    "Party in the Park is back on Saturday with live music.",
    "We are reforming how you book a bulky waste collection.",
    "Reform of the bus network starts in June.",
    "We made liberal use of grit on the hills last night.",
    "Independent living flats are available in Shirley.",
    "Alliance for Children runs a stall at the fun day.",
    "Register to vote by 20 April to vote on 7 May.",
    "Polling stations are open from 7am to 10pm on Thursday.",
    "Apply for a postal vote by 5pm on 21 April.",
    "Candidates for Elmdon ward: Jane Smith (Labour Party), Tom Brown (Conservative Party), Amy Lee (Green Party).",
    "Results: Labour won 30 seats and the Conservatives 15. Turnout was 34%.",
    "The government has announced new funding for pothole repairs.",
    "Vote for your favourite park in the Green Flag People's Choice award.",
    "Support Solihull Food Bank's winter appeal this December.",
    "Follow @SolihullCouncil for updates on road closures.",
    "Women in labour can now use the new birth centre at the hospital.",
])
def test_must_pass(pipeline, text):
    assert rules(pipeline, text) == set()


def test_finding_has_clauses_and_suggestion(pipeline):
    finding = next(iter(pipeline.check(Post("Vote Labour on 7 May!", scheduled=OUTSIDE)).findings))
    assert finding.clauses and finding.suggestion and finding.check == "political"


def test_extra_parties_option():
    config = from_dict({"checks": {"political": {"extra_parties": ["Shirley Independents Alliance"]}}})
    found = Pipeline(config, checks=["political"]).check(Post("Thanks to the Shirley Independents Alliance for delivering this.", scheduled=OUTSIDE))
    assert {f.rule for f in found.findings} == {"political.party-promotion"}


def test_party_named_for_the_model_gate_reads_names_not_ordinary_words():
    # The gate after the classifier: a party written as a name counts even where the stricter
    # party_mentions cannot tell it from the word ("Reform's", "by Labour for decades").
    from checker.text import politics

    lex = politics.lexicon(())
    assert politics.party_named("Reform's promises on council tax were nonsense.", lex)
    assert politics.party_named("Glasgow was let down by Labour for decades.", lex)
    assert not politics.party_named("Reform of the bus network starts today.", lex)
    assert not politics.party_named("Visit the Labour Ward on floor 2.", lex)
    assert not politics.party_named("Tory Road is closed.", lex)
    # text language for a verb after a sentence-initial name: the tagger reads "r" as a letter
    from checker import nlp

    text = "Labour r hopeless on potholes."
    assert politics.party_named(text, lex, nlp.model().nlp(text))


@pytest.mark.parametrize("text", [
    "No to Indyref2! Aberdeenshire voted to stay in the UK. #NoThanks",
    "Our county, our future: it's time for Wales to choose independence.",
    "Mid Ulster supports the call for a border poll.",
    "Proud to be British, proud of Ayrshire. Better together. 🇬🇧",
])
def test_a_side_on_the_constitution_is_political(pipeline, text):
    assert "political.constitutional" in rules(pipeline, text)


@pytest.mark.parametrize("text", [
    # the independence care services help people keep, not the nation's
    "Our reablement team in Scotland helps people regain their independence after a hospital stay.",
    "Independent living: Welsh homes adapted so older people keep independence for longer.",
    "Skills for independence: a course for young people leaving care in Wales.",
    # neutral information about a referendum is no side taken
    "Polling stations for the independence referendum in Scotland are open from 7am to 10pm.",
    # a cause with no nation of these islands in the post
    "Independence Day barbecue at the American diner on Saturday? Now that's a plan.",
])
def test_independence_in_its_everyday_senses_is_not_a_side(pipeline, text):
    assert "political.constitutional" not in rules(pipeline, text)


def test_our_candidate_with_a_party_is_the_partys_voice(pipeline):
    assert "political.party-promotion" in rules(pipeline, "Good luck to our candidate Ailsa Robb (SNP) on Thursday!")
    assert rules(pipeline, "Candidates for Central ward: Ailsa Robb (SNP), Tom Gear (Independent).") == set()


@pytest.mark.parametrize("text", [
    "The opposition group are a bunch of prats who'd rather shout than fix a single estate.",
    "The Housing Minister is an absolute clown if they think we can house 3,000 families on this.",
    "City Hall's broken promises have failed Southwark on housing.",
    "The Executive has starved Mid Ulster of leisure funding for a decade.",
])
def test_an_elected_body_or_office_attacked_or_insulted_is_partisan(pipeline, text):
    assert "political.partisan" in rules(pipeline, text)


@pytest.mark.parametrize("text", [
    "The Mayor of London opened the new library today.",
    "Clowns, jugglers and face painting at the Mayor's gala on Saturday.",
    "City Hall's new exhibition on the Thames opens on Monday.",
    "The Minister visited the new flood defences at Kingston this morning.",
])
def test_offices_named_without_attack_pass(pipeline, text):
    assert "political.partisan" not in rules(pipeline, text)


@pytest.mark.parametrize("text", [
    "Another Twelfth done, another mountain of bottles to lift. For God and Ulster!",
    "Our lough belongs to everyone on this island – a new Ireland is coming! 🇮🇪",
    "Yes, we're ready for a border poll! 🇮🇪",
])
def test_northern_ireland_border_slogans_are_constitutional_sides(pipeline, text):
    assert "political.constitutional" in rules(pipeline, text)


@pytest.mark.parametrize("rule, text", [
    ("political.campaign", "Want buses that turn up? Then back Labour candidates in Leeds."),
    ("political.party-promotion", "Great to see Reform's candidate at the café this morning!"),
    ("political.party-share", "RT @ReformConwy: Conwy deserves better. Couldn't agree more."),
])
def test_backing_a_partys_candidates_and_its_accounts(pipeline, rule, text):
    assert rule in rules(pipeline, text)


@pytest.mark.parametrize("text", [
    "Have your say on #PlanningReform at the library.",   # a topic's hashtag, not a party's account
    "Reform's effect on the high street has been studied.",
])
def test_reform_as_a_topic_is_not_the_party(pipeline, text):
    assert rules(pipeline, text) == set()


@pytest.mark.parametrize("text, partisan", [
    # the next sentence is a verdict on the party, with no action of its own
    ("The Tory group want to shut the skate park. Utter plonkers.", True),
    ("Labour voted against the cycle lanes. They're a bunch of muppets.", True),
    # the next sentence is news about somebody else
    ("Labour won the Riverside ward. Some muppet has dumped a sofa on Elm Road.", False),
])
def test_an_insult_right_after_a_party_is_named_is_a_verdict_on_it(pipeline, text, partisan):
    from checker.text import politics
    from checker import nlp

    found = {h.rule for h in politics.detect(text, nlp.model().nlp(text))}
    assert ("partisan" in found) is partisan


@pytest.mark.parametrize("text, flagged_", [
    ("Food safety and trading standards, side by side. #JoinedUpWorking", False),  # "dup" inside a word
    ("Spring at the Birthplace Trust garden #DoveCottage", False),
    ("Proud to stand with @DUPleader on the doorstep today", True),  # the party's word opens the handle
    ("Out with the team today #VoteSNP", True),
])
def test_party_parts_of_handles_start_a_word(pipeline, text, flagged_):
    assert ("political.party-share" in rules(pipeline, text)) is flagged_, text


@pytest.mark.parametrize("text, flagged_", [
    ("The government's parking plan is a load of bollocks and everyone in Hatfield knows it.", True),
    ("Ministers' bloody benefit freeze is the real scandal here.", True),
    # the elected mayor's own words, quoted: not an attack on the mayor
    ('Metro Mayor Steve Rourke on the tolls: "It\'s a bloody scandal that people still pay to cross their own river."', False),
])
def test_swearing_at_the_government_is_an_attack(pipeline, text, flagged_):
    assert ("political.partisan" in rules(pipeline, text)) is flagged_, text


@pytest.mark.parametrize("text, flagged_", [
    # a crowd's turnout is no election result: a party celebrated beside it is still a party
    ("What a turnout for Cllr Dan Hale, who joined Reform UK today! Welcome to the team, Dan.", True),
    # an election's turnout, with its figure, is neutral information
    ("Turnout was 31% in Abbey ward. Labour won the seat.", False),
])
def test_turnout_in_its_election_sense_only(pipeline, text, flagged_):
    assert bool(rules(pipeline, text)) is flagged_, text


@pytest.mark.parametrize("text, flagged_", [
    # an elected mayor named without "Cllr", or as a place's mayor, can be praised or attacked
    ("Mayor Jo Barnard's bus franchising is the best thing to happen to this region. Other mayors, take note!", True),
    ("Fenchester's Mayor has done nothing but waffle. Time for real change, not more of his drivel.", True),
    # the civic mayor at a ceremony takes no side
    ("The Mayor of Ludlow, Cllr Ann Lowe, opened the new playground this morning.", False),
    ("Mayor Ann Lowe presented the Best Kept Village certificates at the town hall.", False),
    # a mayor elected to an office, praised with no party named: the model says whether, the
    # office is what the side is taken about
    ("The Liverpool City Region Mayor has transformed our buses. What a leader, delivering again!", True),
    ("The Liverpool City Region Mayor opened the new bus station at Lime Street today.", False),
])
def test_mayors_named_without_cllr(pipeline, text, flagged_):
    assert bool(rules(pipeline, text)) is flagged_, text


@pytest.mark.parametrize("text, flagged_", [
    # "the result of" is a cause, not an election result: the party blamed is no neutral list
    ("The closure is the direct result of this Labour government refusing to fund councils.", True),
    ("As a result of Tory cuts, the library will close.", True),
    # an election result stays neutral information
    ("Election results: Labour 3 seats, Conservative 2 seats.", False),
    ("The result of the Hartcliffe by-election: Liberal Democrat hold.", False),
])
def test_a_result_of_something_is_not_an_election_result(pipeline, text, flagged_):
    assert bool(rules(pipeline, text)) is flagged_, text


@pytest.mark.parametrize("sentence, neutral", [
    # government news reported as fact is neutral; praise of the government's own doing is not
    ("The government has given us £2m for new buses.", True),
    ("Thanks to the Chancellor's bold fuel duty freeze, hauliers in Grimsby can breathe again.", False),
    ("Credit where it's due: the government has finally funded the sea wall.", False),
    ("Thanks to UK Government funding, the great new library opened today.", True),
])
def test_government_news_that_praises_takes_a_side(sentence, neutral):
    from checker.text import politics

    assert politics.neutral_government(sentence) is neutral


@pytest.mark.parametrize("text, named", [
    # where the mayor is elected, "the Mayor" with no name is that office, whatever its case
    ("Since our Mayor took charge, Hackney's buses have never been better.", True),
    ("Under the last Mayor, Newham wasted years. Never again.", True),
    ("The West Midlands needs a mayor who listens, not one who hides.", True),
    ("After a year of Mayor Okafor, Greater Manchester has fewer buses.", True),
    # the civic offices, another place's civic Mayor, or no place with an elected mayor
    ("The Lord Mayor of Leicester opened the new library today.", False),
    ("The Deputy Mayor of Hackney will read the names at the war memorial.", False),
    ("The Mayor of Barnet, a London borough, switched on the lights.", False),
    ("Our Mayor switched on the Ludlow Christmas lights tonight.", False),
])
def test_a_mayor_elected_where_the_post_is_can_be_taken_sides_about(text, named):
    # The gate in front of the classifier's verdict (checker.classify.model.partisan_sentence):
    # loose, so that "our Mayor" in Tower Hamlets counts; the rules' own findings stay strict.
    from checker.text import politics

    assert politics.political_target(text, None, loose=True) is named, text


@pytest.mark.parametrize("text", [
    "Huge thanks to the London Assembly Member for Brent, the best friend our high street has had.",
    "The new coalition running the council has finally delivered for our town centre after years of neglect.",
])
def test_other_elected_politicians_and_coalitions_are_targets(text):
    from checker.text import politics

    assert politics.political_target(text, None, loose=True), text
