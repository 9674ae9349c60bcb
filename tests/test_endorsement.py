"""endorsement: must-flag and must-pass tables per rule, look-alikes, and approvals (info only)."""
from __future__ import annotations

import pytest

from checker.config import Config, from_dict
from checker.model import Post
from checker.pipeline import Pipeline

FLAGGING = ("error", "warning")


def run(text, meta=None, **options):
    config = from_dict({"checks": {"endorsement": options}}) if options else Config()
    return Pipeline(config, checks=["endorsement"]).check(Post(text, meta=meta or {})).findings


@pytest.fixture(scope="module")
def default():
    return Pipeline(Config(), checks=["endorsement"])


def rules(pipeline, text):
    return {f.rule for f in pipeline.check(Post(text)).findings if f.severity in FLAGGING}


MUST_FLAG = [
    ("endorsement.recommendation", "Looking for a roofer? We recommend Smith & Sons Roofing Ltd - reliable, fair and local."),
    ("endorsement.recommendation", "If you need a window cleaner, look no further than SparkleClean Windows - the best around!"),
    ("endorsement.recommendation", "You can't beat the burgers from Hollis Family Butchers in Dorridge - trust us."),
    ("endorsement.recommendation", "Thanks to Crusty's Bakery for the free pasties! Best pasties in the borough, no contest."),
    ("endorsement.recommendation", "The cakes at Crumbs Bakery on Poplar Road are unreal."),
    ("endorsement.recommendation", "Our favourite Sunday roast? The Red Lion in Hockley Heath. Tell them we sent you!"),
    ("endorsement.recommendation", "Try Dunmore Construction, who built our new library. We can't recommend them enough."),
    ("endorsement.recommendation", "Pop down to Greggs on Mell Square for the best sausage rolls in town!"),
    ("endorsement.offer", "Get 20% off pizzas at Bella's Pizzeria on High Street this weekend!"),
    ("endorsement.offer", "Bank with NorthStar Bank this month and get a £150 switching bonus."),
    ("endorsement.offer", "We've teamed up with ZoomRide e-scooters: use code SOLI26 for a free first ride."),
    ("endorsement.offer", "Arden Building Society's Junior ISA pays 4.5%. Open one in branch."),
    # "by" after a participle names the sponsor; it is no landmark ("the car park by Aldi").
    ("endorsement.offer", "The fun run is sponsored by Kelso Tyres, with 10% off winter tyres this month."),
    ("endorsement.call-to-buy", "Buy your fireworks from Blast Off Fireworks on Lode Lane."),
    ("endorsement.call-to-buy", "Our strategic partner Apex Digital Solutions Ltd can help: find out more about their services online."),
    ("endorsement.implied-approval", "Solar panels from SunRoof UK, the council's approved installer."),
    ("endorsement.implied-approval", "Bright Homes Ltd are a council-approved builder for loft conversions."),
]

MUST_PASS = [
    "We recommend you check your route before travelling.",
    "Looking for something to do this half term? Look no further than our libraries!",
    "Thanks to Tesco for donating food to Solihull Food Bank.",
    "Our mobile library stops in the car park behind Aldi every Tuesday.",
    "The bus stop outside Greggs on High Street is closed for repairs.",
    "Get 20% off your garden waste subscription if you sign up before March.",
    "Single person discount: you may get 25% off your council tax if you live alone.",
    "Huge thanks to Hollis Butchers for donating sausages to our volunteers' barbecue.",
    "Our parks are among the best in the country, say the Green Flag judges.",
    "Trust us, our gritters are out on every priority route tonight.",
    "Please support Solihull Food Bank's winter appeal. Donations can be left at any library.",
    "The Mayor's charity fun run raises money for Birmingham St Mary's Hospice. Sign up now.",
    "Take part in the RSPB's Big Garden Birdwatch this weekend.",
    "Our friends at West Midlands Police recommend locking your car.",
    "Badminton at Tudor Grange Leisure Centre: £5 a session, pay on the door.",
    "Learn to swim at North Solihull Sports Centre, £35 per child. Book now at solihull.gov.uk/swim",
    "Birmingham Airport is consulting on flight paths. Have your say on the airport's website.",
    "Trading Standards approved trader scheme: find a trusted trader on our website.",
    "Open days at Solihull College: book now at solihull.ac.uk",
    "Our favourite photo from the weekend: Dorridge in Bloom volunteers at work.",
    "Your council tax can be paid by Direct Debit: choose a date and you'll get a discount-free, easy life.",
]


@pytest.mark.parametrize("rule, text", MUST_FLAG)
def test_must_flag(default, rule, text):
    assert rule in rules(default, text)


# Plain thanks to a business for a gift and praise of the council's parks beside an award's name
# were the classifier's false alarms; the gift and award recognisers now pass them.
@pytest.mark.parametrize("text", MUST_PASS)
def test_must_pass(default, text):
    assert rules(default, text) == set()


def test_own_venue_from_config_passes():
    text = "Buy your panto tickets from the Core Theatre box office."
    assert any(f.severity in FLAGGING for f in run(text))
    assert not any(f.severity in FLAGGING for f in run(text, own_venues=["Core Theatre"]))


@pytest.mark.parametrize("text, meta, options, named", [
    ("We recommend Smith & Sons Roofing Ltd.", {"approval": "COMMS-2026-014"}, {}, "COMMS-2026-014"),
    ("[approved: COMMS-2026-015] We recommend Smith & Sons Roofing Ltd.", {}, {}, "COMMS-2026-015"),
    ("We recommend Smith & Sons Roofing Ltd.", {}, {"approved": ["Smith & Sons"]}, "Smith & Sons Roofing Ltd"),
])
def test_approval_turns_findings_into_one_info_note(text, meta, options, named):
    found = run(text, meta, **options)
    assert [f.rule for f in found] == ["endorsement.approved"]
    assert found[0].severity == "info" and named in found[0].message


def test_approved_list_must_cover_every_business():
    found = run("We recommend Smith & Sons Roofing Ltd and Acme Plumbing Ltd.", approved=["Smith & Sons"])
    assert any(f.rule == "endorsement.recommendation" for f in found)


def test_findings_cite_both_endorsement_clauses(default):
    found = default.check(Post("We recommend Smith & Sons Roofing Ltd.")).findings
    assert set(found[0].clauses) == {"sandwell-5.4", "solihull-3.1.7"}
    assert found[0].suggestion


@pytest.mark.parametrize("text", [
    "Half-price junior swim memberships at Caerphilly Leisure Centre until 31 August. Use code SWIM50 at the front desk.",
    "Use code READ10 at Bexhill Library for 10% off room hire this month.",
])
def test_an_offer_whose_only_venue_is_exempt_is_the_councils_own(default, text):
    assert not {r for r in rules(default, text) if r.startswith("endorsement.offer")}


def test_a_ranking_reaches_the_list_that_follows_it(default):
    # the ranked names are on the lines after "Our top N", each its own sentence
    text = ("Our Top 4 boarding kennels for the summer holidays 🐕\n1. Waggy Tails, Kendal\n2. Barkley Manor, Sedbergh\n"
            "3. The Dog House, Kirkby Lonsdale\n4. Pawsome Stays, Windermere")
    assert "endorsement.recommendation" in rules(default, text)
    assert not rules(default, "Our top 5 walks in the Peak District:\n1. Mam Tor\n2. Kinder Scout\n3. Stanage Edge")
    # a ranking of beaches or trails lists places to visit, whatever the model makes of "top 3"
    assert not rules(default, "Our top 3 beaches this summer 🏖\n1. Saunton Sands\n2. Woolacombe\n3. Croyde Bay")


def test_an_offer_with_no_venue_named_still_counts(default):
    assert "endorsement.offer" in rules(default, "Use code SWIM50 for 50% off this week only!")


@pytest.mark.parametrize("text", [
    # the council's own offer, said in the offer's sentence
    "Open Air Theatre season tickets are on sale! Use code SPRING27 for £5 off at the council box office.",
    # a day is no business, however it follows a call to buy
    "A new controlled parking zone starts on 3 May. Buy permits online from Monday at https://www.barnet.gov.uk/permits.",
])
def test_the_councils_own_offers_and_days_are_no_business(text):
    # The rules' verdict (the model's is measured on the labelled writers, not pinned here).
    assert not [f for f in run(text, model=False) if f.severity in FLAGGING]


@pytest.mark.parametrize("text", [
    # a promenade is a landmark, and a candidate the political checks' business: nothing here
    # could be the business the classifier's promotion would be about
    "Lost child point today at Portstewart Promenade is the lifeguard hut.",
    "Best of luck on Thursday to our brilliant candidate Tina Dowse, a real fighter for the coast!",
])
def test_landmarks_and_politicians_are_no_business_to_promote(default, text):
    assert not {r for r in rules(default, text) if r.startswith("endorsement.")}


@pytest.mark.parametrize("text", [
    # an "organisation" of emoji alone; a prom is a promenade
    "Christmas lights switch-on is tonight, see you there! 🎶",
    "The new benches on Newquay Prom are in! Grab one and watch the sunset. 🌅",
])
def test_emoji_alone_and_a_prom_are_no_business(default, text):
    assert not {r for r in rules(default, text) if r.startswith("endorsement.")}


def test_an_emoji_glued_to_a_word_is_no_organisation(default):
    text = "Spring clean time 🧹 Bulky waste collections are half price in May. Book at newcastle.gov.uk/bulky."
    assert not {r for r in rules(default, text) if r.startswith("endorsement.")}


@pytest.mark.parametrize("text, name, exempt", [
    # a business noun heads the name: the place word before it does not make it the council's park
    ("Spa days at Brackenholme Park Spa are back.", "Brackenholme Park Spa", False),
    ("The Town Hall Tavern reopens on Friday.", "The Town Hall Tavern", False),
    ("Easter breaks at Marshwick Holiday Park start in April.", "Marshwick Holiday Park", False),
    # an organisation word keeps its exemption wherever it stands
    ("The Hospice Shop on Bridge Street has a sale.", "The Hospice Shop", True),
    # a trade ending in s still ends the name: "Motors" is no park's
    ("Pride Park Motors are offering 0% finance this month.", "Pride Park Motors", False),
])
def test_a_business_noun_at_the_end_of_a_name_is_its_head(text, name, exempt):
    from checker import nlp
    from checker.checks.endorsement import business_names

    found = {n.text: n.exempt for n in business_names(text, nlp.model().nlp(text), [])}
    assert found.get(name) is exempt


@pytest.mark.parametrize("text, described", [
    ("Our favourite Whitby chip shop has a new menu.", True),
    ("Lunch at the Skegness pier café was lovely.", True),
    # shops in general, and a trade with no place: nobody in particular
    ("Support Whitby's shops this Christmas.", False),
    ("The shop on the corner is closed.", False),
    # the place after the trade; "our" with no praise between is the council's own shop
    ("Our favourite bakery in Holbeach has a new menu.", True),
    ("The chippy in Cromer is open late tonight.", True),
    ("Our shop in Holbeach reopens on Monday.", False),
    # whose favourite it is picks out one business, placed or not, past a possessor or a hyphen
    ("Our go-to bakery does the best sausage rolls.", True),
    ("My neighbour's favourite family-run garage fixed it in a day.", True),
    ("Our museum café reopens on Monday.", False),
    # a headline with praise and a street after a verb of opening
    ("Gorgeous new florist now open on Market Street!", True),
    ("New florist now open on Market Street.", False),
    ("Gorgeous new florist now open, see the photos.", False),
    # a praised or ranked trade with a name set after it is that business, whatever its words
    ("Leeds' finest new bakery, Crumb Quay, opens its doors on Friday.", True),
    ("The county's busiest garage, Mill Lane Motors, has a new owner.", True),
    ("Our newest library, Central Library, reopens on Monday.", False),
    ("The biggest market in the region, Barnsley Market, is ours.", False),
    # with the place given before the trade, the name after it is the business, hamlet or not
    ("Get your compost at Wakefield's best garden centre, Greenfields in Ossett.", True),
])
def test_a_business_pointed_at_by_place_and_trade(text, described):
    from checker import nlp
    from checker.checks.endorsement import _described_business

    assert _described_business(nlp.model().nlp(text), text) is described


@pytest.mark.parametrize("text, business", [
    # a name with a street address is a premises, even where the gazetteer has a hamlet of that
    # name or spaCy calls it a person
    ("Christmas windows at Fenwick on Northumberland Street are the best in the North East!", True),
    ("Tasty Bites on Carlton Road are doing two pizzas for £12 this week.", True),
    # a brand the tagger reads as an adjective
    ("Grab a Dunelm throw for the cold nights, they're the best around.", True),
    # works on a street, a resident at home, a day: no premises
    ("Roadworks on Hope Street start on Monday, the best we could do before winter.", False),
    ("Monday on King Street: the best of the market is back.", False),
])
def test_a_premises_on_a_named_street_could_be_the_business(text, business):
    from checker import nlp
    from checker.checks import endorsement as E
    from checker.model import Post
    from checker.text.view import PostView

    view = PostView(Post(text), nlp.model().nlp(text))
    assert E._candidates(view, E.business_names(text, view.doc, []), []) is business


def test_a_resident_on_a_street_is_no_premises():
    from checker import nlp
    from checker.checks import endorsement as E

    text = "Thanks to Mrs Okafor on Hope Street for the best hanging baskets in the village!"
    doc = nlp.model().nlp(text)
    assert not E._premises_on_a_street(doc, text, E._data()[3], set())
    text = "Thanks to Okafor's Kitchen on Hope Street for the best jollof in the village!"
    assert E._premises_on_a_street(nlp.model().nlp(text), text, E._data()[3], set())


def test_by_after_a_participle_names_who_did_it_not_a_landmark():
    from checker import nlp
    from checker.checks import endorsement as E
    from checker.model import Post
    from checker.text.view import PostView

    def candidate(text):
        view = PostView(Post(text), nlp.model().nlp(text))
        return E._candidates(view, E.business_names(text, view.doc, []), [])

    assert candidate("Our open day is brought to you by Bridal Dreams Swindon, our valued partner.")
    assert not candidate("Meet us at the bus stop by Greggs on the High Street.")


@pytest.mark.parametrize("text, trader", [
    ("At the market today Poppy Blooms have roses at two bunches for £8.", True),
    ("Thanks to Jo Smith, who picked litter on the beach all morning.", False),
    # prices compared without a figure
    ("Get your firewood from Dave Jenkins in Upwell, best prices around.", True),
    ("Thanks to Dave Jenkins for clearing the best part of the ditch.", False),
])
def test_a_name_in_a_sentence_that_prices_something_is_a_trader(text, trader):
    from checker import nlp
    from checker.checks import endorsement as E

    doc = nlp.model().nlp(text)
    people = [e for e in doc.ents if e.label_ == "PERSON"]
    assert people, "the small model should read a person here"
    assert E._trader(doc, set()) is trader


@pytest.mark.parametrize("text", [
    # letters around a digit make a brand name
    "The crew at Fit4Less on Queen Street are giving 10% off memberships to anyone who shows this post.",
    # a brand before the place of its branch, the place ending in a landmark word
    "Cheers to our headline sponsor Specsavers Brierley Hill for the eye tests – simply the best around!",
    # a trade noun in apposition names the trade of the name before it
    "Hats off to Whitsand Park in Looe – the best caravan park in Cornwall!",
    # a possessive with no noun after it is a shop called by its owner's name, not the place
    "Loved the cod at Bickley's – deffo the best chippy in Wirral!",
])
def test_brands_branches_appositions_and_owners_are_businesses(default, text):
    assert rules(default, text), text


@pytest.mark.parametrize("text", [
    "Harbour car park is full. Try Albert car park instead.",  # a car park is a place, not a business
    "Great to see Cllrs Hulme and Surjan at the swimathon – a brilliant day all round!",  # both councillors
])
def test_car_parks_and_listed_councillors_are_no_business(default, text):
    assert rules(default, text) == set(), text


@pytest.mark.parametrize("text", [
    # inspection ratings published as a list, with no price and no praise
    "Latest food hygiene ratings in Frome: Cheap Street Café – 5, Badcox Noodles – 4, Catherine Hill Kebabs – 3, "
    "The Old Dairy – 5. See them all online.",
    # a trade on its own names no business
    "Café owners – your food hygiene rating sticker is best placed where customers see it before they walk in 👀",
    # the register office is the council's
    "Need a copy of a death certificate? Order online from Somerset Register Office.",
    # a unit's letter after a figure is no name
    "Fancy a taste of Cornwall? Remember pasties must be kept hot above 63°C 🥧",
])
def test_rating_lists_bare_trades_register_offices_and_units_pass(default, text):
    assert rules(default, text) == set(), text


def test_a_rating_list_with_praise_is_still_promotion(default):
    assert rules(default, "Food hygiene ratings: Quay Café – 5, Lime Kiln Kebabs – 3. Quay Café is our favourite, go and try it!")


@pytest.mark.parametrize("text, flagged_", [
    # a name that prices something beside the party: the business, whatever its words
    ("Thanks to the Tories, the Toy Barn in Leominster can offer 10% off to Herefordshire families!", True),
    # a party and a public price or a museum: no business
    ("Thanks to Labour, bus fares in Leeds are capped at £2.", False),
    ("Thanks to the Lib Dems, entry to Taunton Museum is free and parking is £1.", False),
])
def test_a_priced_name_beside_a_party(default, text, flagged_):
    assert bool(rules(default, text)) is flagged_, text


@pytest.mark.parametrize("text, flagged_", [
    # an outdoor trade heads the name: a business, not the Girl Guides
    ("Sponsored by Cairngorm Mountain Guides – book this week for 15% off a navigation course!", True),
    ("Need fencing wire? Swaffham Agri Supplies are the ones to go to, 10% off this month.", True),
    ("Thanks to 3rd Diss Girl Guides for the litter pick – free hot chocolate for every volunteer!", False),
    # a volunteer rescue team is a charity
    ("Huge thanks to Swaledale Mountain Rescue – pop in to their open day, free tea and cake!", False),
])
def test_outdoor_trades_and_rescue_charities(default, text, flagged_):
    assert bool(rules(default, text)) is flagged_, text


@pytest.mark.parametrize("text", [
    # a village with its joined tail after a signal word is where to go, not who sells
    "Car park full by 9am. Try Kettlewell instead, or Stratford upon Avon for the day.",
    # a Welsh or Gaelic generic opens a place name
    "Llyn Padarn at dawn 🌅 our favourite view in the whole park",
    "Loch Chon this morning – our favourite spot for a quiet paddle",
])
def test_places_after_signals_and_leading_generics_are_no_business(default, text):
    assert rules(default, text) == set(), text


def test_a_third_word_after_a_generic_is_a_business_again(default):
    assert rules(default, "Thanks to Loch Lomond Outlets for sponsoring the walk – pop in for 20% off this weekend!")


@pytest.mark.parametrize("text, flagged_", [
    # a school that sells lessons is a trade, whose "school" is no exemption
    ("Our friends at Severn Valley Driving School are offering £10 off your first lesson!", True),
    ("St Mary's School choir sang at the lights switch-on – thanks to all who came!", False),
    # a garage names itself by its trade; a person named beside an offer is a trader
    ("Tyre Masters on Hall Road have got 2-for-1 on tyres all week. Can't recommend them enough.", True),
])
def test_schools_that_sell_and_garages(default, text, flagged_):
    assert bool(rules(default, text)) is flagged_, text


@pytest.mark.parametrize("text, flagged_", [
    # ranked best in a named place, with the business in the same sentence (premises on a street)
    ("Hands down the best hot chocolate in Malvern is at Priory Beans on Church Street. You won't regret it.", True),
    # the best of a place that sells nothing, or the council's own
    ("The best views in Malvern are from the top of the Worcestershire Beacon.", False),
    ("Our libraries have the best range of books in Cannock.", False),
    ("Walk the wall for the best views in Suffolk.\n\n#Suffolk #EasterHolidays", False),
])
def test_best_in_a_named_place(default, text, flagged_):
    assert bool(rules(default, text)) is flagged_, text


@pytest.mark.parametrize("text, flagged_", [
    # the team's own love of a named product or business; an app named before "app" is a product
    ("Clearing out before a move? We love the Olio app. List your unwanted bits for free.", True),
    ("We're obsessed with Harriet & Co on George Street for gifts.", True),
    # a place, a charity, the council's own app, an app named as a way to pay or borrow
    ("We love Bristol! See you at the Harbour Festival.", False),
    ("We love our Age UK volunteers.", False),
    ("Our new Hastings app is live! Report a missed bin in seconds.", False),
    ("Renew your loans online or via the Libby app.", False),
])
def test_the_teams_love_of_a_named_business(default, text, flagged_):
    assert bool(rules(default, text)) is flagged_, text


@pytest.mark.parametrize("text, flagged_", [
    # spaCy's "organisation" is a common noun opening the sentence, or a nationality: nobody is named
    ("Bluebells in the woods by the river this week 💙 Go and see them while they last! #Ceredigion", False),
    # a business opening the sentence, its name a dictionary word the tagger reads as a name
    ("Half-term plans? Bluestone is offering 30% off short breaks for Pembrokeshire residents – book now!", True),
])
def test_a_capitalised_common_noun_opening_a_sentence_names_no_business(default, text, flagged_):
    assert bool({r for r in rules(default, text) if r.startswith("endorsement.")}) is flagged_, text


@pytest.mark.parametrize("text, named", [
    # "the" and a capitalised common noun inside a sentence: a pub's or a shop's name
    ("We had our Christmas meal at the Swan last night.", True),
    ("Congratulations to the Crown, best pint in the valley.", True),
    # "The" written as part of the name inside a sentence
    ("Five stars for The Plough at Wreay, best Sunday lunch in Cumbria.", True),
    # the inn sign's pair of nouns
    ("Best carvery in the valley? The Fox & Hounds, every time.", True),
    ("Thanks to the Fire and Rescue team for the demonstration.", False),
    # the council's own words, a date, a sentence's first word, and a name of several words
    ("Thanks to everyone who came to the Park on Sunday.", False),
    ("The Council meets on Tuesday.", False),
    ("The Swan is closed for repairs.", False),
    ("Join us at the Winter Gardens pavilion.", False),
])
def test_a_capitalised_noun_after_the_names_an_establishment(default, text, named):
    from checker.checks import endorsement

    doc = default._docs([Post(text)])[0]
    assert endorsement._the_house_name(doc, endorsement._data()[3]) is named, text


@pytest.mark.parametrize("text, flags", [
    # the council ranking businesses
    ("Our top 5 parmos in Middlesbrough: 1. Parmo Palace 2. Marton Road Kitchen 3. Acklam Fryer", True),
    ("Our Whitby fish and chip ranking is in: number one, Harbourside Fryers on Pier Road.", True),
    # a top-N list of no business
    ("The top five recipes from our healthy eating competition are on the website.", False),
    ("Thanks for telling us about your estate. The top three asks were lighting, bins and benches.", False),
])
def test_the_council_ranking_businesses(default, text, flags):
    assert ("endorsement.recommendation" in rules(default, text)) is flags, text


def test_swing_by_a_business_is_a_visit_not_a_landmark():
    from checker import nlp
    from checker.checks.endorsement import business_names

    text = "Swing by Rutland Garden Centre this weekend for a free scams leaflet."
    found = {n.text: n.exempt for n in business_names(text, nlp.model().nlp(text), [])}
    assert found.get("Rutland Garden Centre") is False


@pytest.mark.parametrize("text", [
    # A deal offered to the public is no gift to the council, and a code to quote at checkout is a promotion's.
    "Weekend plans? Go Ape at Coombe Abbey is giving Coventry foster families half-price tickets all summer – quote FOSTERCOV at checkout.",
    "Cheaper swims all week at Splash Zone with code SWIM50.",
])
def test_offers_and_codes_to_quote(default, text):
    assert "endorsement.offer" in rules(default, text), text


@pytest.mark.parametrize("text", [
    "Thanks to Tesco for donating 40 hampers to the food bank.",
    "If your heat pump is showing an error code please phone Housing and we'll get an engineer out.",
    "The Highway Code explains both lines.", "Don't scan QR codes on the parking machines.",
    "Check your email for a code from us to sign in.",
])
def test_gifts_and_other_codes_pass(default, text):
    assert "endorsement.offer" not in rules(default, text), text


def test_a_gift_to_the_public_is_the_business_own_offer():
    from checker.checks.endorsement import TO_THE_PUBLIC

    # what a shop gives its customers is an offer; what it gives the food bank is a gift
    assert TO_THE_PUBLIC.search("is giving a free coffee to anyone who brings a cup")
    assert TO_THE_PUBLIC.search("are giving a free tote bag to the first 50 shoppers")
    assert not TO_THE_PUBLIC.search("for giving 60 selection boxes to the children's ward")
    # or with what the customer buys
    assert TO_THE_PUBLIC.search("they're giving a free drink with every meal deal")


def test_thanks_for_a_gift_that_go_on_to_recommend_are_no_acknowledgement():
    from checker import nlp
    from checker.checks import endorsement as E
    from checker.model import Post
    from checker.text.view import PostView

    def acknowledged(text):
        view = PostView(Post(text), nlp.model().nlp(text), None)
        return E._acknowledges_a_gift(view, E.business_names(text, view.doc, []))

    assert acknowledged("Thanks to Lowther Builders Merchants for donating the sandbags for our flood stores.")
    assert not acknowledged("Thanks to Lowther Builders Merchants for donating the sandbags – if you need timber, they're the ones to call.")


def test_a_name_and_its_address_are_judged_by_the_name():
    from checker import nlp
    from checker.checks.endorsement import business_names

    text = "Unlimited-ride wristbands at Hallam Family Fun Fair on Endcliffe Park are just £10 on Saturday."
    assert [n.exempt for n in business_names(text, nlp.model().nlp(text), []) if "Fun Fair" in n.text] == [False]
    text = "Join the Friends of Weston Park for a litter pick on Sunday."
    assert all(n.exempt for n in business_names(text, nlp.model().nlp(text), []))


@pytest.mark.parametrize("text, flagged_", [
    # a word with a public sense and a trade sense: the trade when its own sentence sells
    ("Our friends at Pennine Dance Academy are doing 20% off their tap classes this term.", True),
    ("Thanks to Brightside Home Care Agency for the 10% discount for Rochdale residents, use code CARE10.", True),
    # the school, the GP surgery and the public agency, priced or not, stay public
    ("Oakfield Academy's summer fair is on Saturday: entry £2, all proceeds to the PTA.", False),
    ("Flu jabs at Dale Road Surgery from Monday: book on 01632 960123.", False),
    ("The Environment Agency has issued a flood alert for the River Calder.", False),
])
def test_a_trade_that_sells_is_no_public_body(default, text, flagged_):
    assert bool(rules(default, text)) is flagged_, text


@pytest.mark.parametrize("text, flagged_", [
    # the house name opening a sentence that prices its meals is a pub
    ("Festive plans? The Anchor in Wareham is doing three courses for £27 all December. Book now!", True),
    # a capitalised word after a sentence's "The" with no price is a heading's, not a name
    ("The Library reopens on Monday with longer hours.", False),
])
def test_a_house_name_opening_a_sentence_that_sells(default, text, flagged_):
    assert bool(rules(default, text)) is flagged_, text
