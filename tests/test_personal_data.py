"""personal_data: must-flag and must-pass examples per rule, with look-alikes for each identifier.

All the data below is fictional: Ofcom drama numbers, test card and NHS numbers, invented people.
"""
from __future__ import annotations

import pytest

from checker.config import Config, from_dict
from checker.model import Post
from checker.personal import contact, identifiers
from checker.pipeline import Context, Pipeline
from checker.text.view import PostView
from checker.registry import all_checks

FLAGGING = ("error", "warning")


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline(Config(), checks=["personal_data"])


def findings(pipeline, text, **options):
    if options:
        config = from_dict({"checks": {"personal_data": options}})
        pipeline = Pipeline(config, checks=["personal_data"])
    return pipeline.check(Post(text)).findings


def flagged(found):
    return {(f.rule, f.severity) for f in found if f.severity in FLAGGING}


def is_error(pipeline, text) -> bool:
    """Whether the post gets a personal_data finding at error severity."""
    return "personal_data" in {r.split(".")[0] for r, severity in flagged(findings(pipeline, text)) if severity == "error"}


MUST_FLAG = [
    # National Insurance: spaced or not, any case with the words; a bad prefix is a warning.
    ("personal_data.ni-number", "error", "Your National Insurance number AB 12 34 56 C has been added to your claim."),
    ("personal_data.ni-number", "error", "NI number: JT123456A"),
    ("personal_data.ni-number", "error", "his national insurance no. is ce 45 67 89 d"),
    ("personal_data.ni-number", "warning", "Her NI number is QQ 12 34 56 C, please update it."),
    ("personal_data.ni-number", "warning", "Found a form with BG123456A written on it."),
    # NHS numbers: mod 11 check digit; a bad check digit beside the word NHS is a warning.
    ("personal_data.nhs-number", "error", "NHS number 943 476 5919 was read out at the meeting."),
    ("personal_data.nhs-number", "error", "Patient 943-476-5919 was seen today."),
    ("personal_data.nhs-number", "error", "Her NHS no. is 9434765919."),
    ("personal_data.nhs-number", "warning", "NHS number 943 476 5918 is on the letter."),
    # Addresses: a house number and street said to be a home, or completed by a postcode.
    ("personal_data.address", "error", "Well done to the Singh family of 8 Rowan Close, Shirley, on their allotment prize."),
    ("personal_data.address", "error", "Mrs Green, 3 Elm Avenue, Solihull B91 2AB, has won the raffle."),
    ("personal_data.address", "error", "Parcels were left outside 22 Cherry Tree Road B90 3AA this morning."),
    ("personal_data.address", "error", "The tenant at Flat 2, 19 Mill Lane has been evicted."),
    ("personal_data.address", "error", "He lives at 5 Kingfisher Way with his mum."),
    # Bank details: a sort code said as one, or with an account number; a valid IBAN.
    ("personal_data.bank-details", "error", "Refund paid to sort code 40-11-62, account number 31926819."),
    ("personal_data.bank-details", "error", "Paid into 20 45 77 account 41829360 today."),
    ("personal_data.bank-details", "error", "Transfer it to GB82 WEST 1234 5698 7654 32 please."),
    # Card numbers: Luhn; a failed check beside the word card is a warning.
    ("personal_data.card-number", "error", "Card number 4111 1111 1111 1111 was used."),
    ("personal_data.card-number", "error", "She read out 5500-0000-0000-0004 on the call."),
    ("personal_data.card-number", "warning", "Her debit card 4111 1111 1111 1112 was declined."),
    # Passports and driving licences.
    ("personal_data.passport", "error", "His passport number is 123456789."),
    ("personal_data.passport", "error", "Passport no. AB1234567 was found at the leisure centre."),
    ("personal_data.driving-licence", "error", "Driving licence MORGA753116SM9IJ handed in at reception."),
    ("personal_data.driving-licence", "error", "Licence found: JONES 710238 JA9AB"),
    # Vehicle registrations: current format; an impossible one as a warning; older with context.
    ("personal_data.vehicle-registration", "error", "The blue van WX19 KLM has been parked here for weeks."),
    ("personal_data.vehicle-registration", "error", "Fine issued to AB12CDE for parking on the zigzags."),
    ("personal_data.vehicle-registration", "warning", "The owner of QY19 VQX has been fined."),
    ("personal_data.vehicle-registration", "error", "Abandoned car, registration P123 ABC, removed today."),
    # Email: free mail is a private person's; first.last at a firm is likely a person's.
    ("personal_data.email", "error", "If it's yours, email jo.bloggs@hotmail.co.uk"),
    ("personal_data.email", "error", "Contact SueEvans62@gmail.com to collect it."),
    ("personal_data.email", "warning", "Send photos to sam.jones@localgarage.co.uk by Friday."),
    # Phone: mobiles of private individuals in every written form, drama ranges included.
    ("personal_data.phone", "error", "Lost cat. Ring Mrs Evans on 07700 900456."),
    ("personal_data.phone", "error", "Call Pete on +44 7700 900123 to volunteer."),
    ("personal_data.phone", "error", "Found keys: text 07700900987."),
    ("personal_data.phone", "error", "Call Jo on +44 (0)7700 900731 to collect it."),
    ("personal_data.phone", "error", "Ring Brian at home on 020 7946 0018 any evening."),
    ("personal_data.phone", "error", "Call Mrs Khan on (0121) 496 0018 for tickets."),
    ("personal_data.phone", "error", "Call Dave Smith on 01632 960123 to join the team."),
    # People: a private individual named with details about them.
    ("personal_data.person", "error", "Mrs Evans, who is a service user at our day centre, turned 90."),
    ("personal_data.person", "error", "Congratulations to Amelia Hughes, a pupil at Oakfield Primary, who has autism."),
    ("personal_data.person", "error", "Happy birthday to Doris Whitfield, 100 today, who lives in a care home and has dementia."),
    ("personal_data.person", "error", "Tom Walker (born 3 March 2015) is looking for a foster family."),
    ("personal_data.person", "error", "Mr Karl Novak owes £2,340 in rent arrears."),
    ("personal_data.person", "error", "Meet Liam, 8, who is looking for a foster family."),
    ("personal_data.person", "error", "Well done to Cinthia van Lint, a resident of our care home who has dementia."),
    ("personal_data.person", "error", "Don McBryde, who is in foster care with us, has won the art award."),
    ("personal_data.person", "error", "Happy birthday to Lily Hill, born 03/04/1965, one of our service users."),
    ("personal_data.person", "error", "Santo Armendáriz, aged 9, has been excluded from school."),
    # The detail said in the sentence after the name.
    ("personal_data.person", "error", "Thanks to Priya Shah for the cakes. Priya was diagnosed with cancer last spring."),
    # A relative named in a reply, however the reply is written.
    ("personal_data.person", "error", "Thank you, Mr Ahmed. Your daughter Zara has a place at the hearing impairment base."),
    ("personal_data.person", "error", "hi Dee, ur son Kian's move to Elm Tree Primary is confirmed"),
    # A first name with a school year, or taken up by 'he'/'she' with a detail.
    ("personal_data.person", "error", "Well done to Isla (P6) for her sponsored walk."),
    ("personal_data.person", "error", "Hi Gemma, we've spoken to the school about Noah and, because of his epilepsy, he can keep his inhaler in class."),
    # Illnesses named by their medical endings and head nouns, not from a list of the ones seen.
    ("personal_data.person", "error", "Congratulations to Bethan Rowlands, who swam a mile despite her arthritis."),
    ("personal_data.person", "error", "Get well soon to Callum Fraser, off school with scarlet fever."),
    # Where a named person lives, by street.
    ("personal_data.person", "error", "The van belongs to Trevor Nash of Poplar Crescent and must be moved."),
    # Housing and social care details.
    ("personal_data.person", "error", "Hi Sue, your brother Martin is booked into the night shelter hostel from today."),
    # Addresses: Welsh street types written first, one-word streets, Scots flat positions.
    ("personal_data.address", "error", "Diolch to the family at 14 Heol y Nant for telling us about the culvert."),
    ("personal_data.address", "error", "Hi Bev, the crew will be back at 9 Briggate first thing tomorrow."),
    ("personal_data.address", "error", "Reply to Morag: your crisis grant for 3/2, 41 Dumbarton Road is approved."),
    ("personal_data.address", "error", "Hi Jo, we've updated the council tax account for 18 Lime Avenue."),
    ("personal_data.address", "error", "Our candidate will meet voters at his home, 9 Larch Road, on Sunday."),
    # References with a letter prefix and spaces; any reference in a reply about the resident's grant.
    ("personal_data.reference", "error", "Hi Kath, your parking permit no. PP 3390 1126 has been renewed."),
    ("personal_data.reference", "error", "Reply to Sean: your hardship grant is approved. Ref HG-55102."),
    # The resident's own money dealings, with the sum, in a reply to them.
    ("personal_data.person", "error", "Hi Tom, your rent arrears of £412.50 will be added to the payment plan."),
]


@pytest.mark.parametrize("rule,severity,text", MUST_FLAG)
def test_must_flag(pipeline, rule, severity, text):
    assert (rule, severity) in flagged(findings(pipeline, text))


MUST_PASS = [
    # Look-alikes of identifiers in council posts.
    "Order ref AB 12 34 56 C has been dispatched.",
    "Booking reference JT123456A confirmed.",
    "Call us on 0121 496 0000 about reference 943 476 5918.",
    "Invoice 9434765919 is now due.",
    "Closed from 20-04-26 to 24-04-26 for repairs.",
    "Final score 21-14-10 in the quiz.",
    "Transfer to GB00 WEST 1234 5698 7654 32 is not a real IBAN.",
    "Order 4111111111111112 has shipped.",
    "Order number 1234 5678 9012 3456 is ready to collect.",
    "We sold 123456789 tickets. Bring your passport to the ceremony.",
    "Promo code SUMMER2026 gives 10% off.",
    # Road numbers, postcodes and times are not vehicle registrations.
    "Roadworks on the A34 and the M42 junction 6, 9pm to 5am.",
    "Lane closures on the A452 and B4102 from 13 to 17 July.",
    "Drop off at the Council House, Manor Square, Solihull B91 3QB.",
    "Open 9AM to 5PM, Monday to Saturday. COVID-19 rules no longer apply.",
    # Dates, prices, years, opening hours, council numbers.
    "Children born between 1 September 2021 and 31 August 2022 can apply for a Reception place.",
    "Council tax for 2026/27 rises by 4.99%, about £1.70 a week, or £2,340 a year for Band H.",
    "Over 300 volunteers planted 2,000 trees; 40 bags of litter collected; round 14 runs weekly.",
    "Resurfacing starts on 9 March Road users should expect delays.",
    "The 37 bus on Warwick Road is diverted. Junction 6 Moat Lane is closed.",
    "Our library at 12 Station Road opens at 9am on Saturdays.",
    # The council's own contacts.
    "For help with your council tax, call us on 0121 496 0000 or email counciltax@examplecouncil.gov.uk.",
    "Questions? Call our housing team on 0121 496 0700, day or night.",
    "Freephone 0800 123 4567 or call 0300 555 0101 for advice.",
    "Email our transport coordinator, Neil Foster, at neil.foster@solihull.gov.uk.",
    "Donations to info@solihullfoodbank.org.uk please.",
    "Contact the practice at reception.greenlane@nhs.net for an appointment.",
    "Scam alert: residents report calls from 020 7946 0312. Hang up.",
    # Public figures in their public role, place names, names with no details.
    "Cllr Priya Nair visited pupils at Dorridge Primary today.",
    "The Mayor, Ann Smith, welcomed 60 new British citizens and their children.",
    "Michelle Grant, Director of Children's Services, said the children's centres will stay open.",
    "Shirley Library is open to children aged 5 to 11 after school.",
    "Roadworks on Warwick Road near Knowle Primary: pupils please use the side gate.",
    "Thanks to volunteer Sarah Jones for organising the litter pick in Shirley.",
    "Shout-out to SparkleClean Windows in Shirley, who did a brilliant job.",
    "Families in Shirley with children aged 2 can get 15 hours of free childcare.",
    "Tickets for Children, 5, are free. Year 7 pupils aged 11 to 12 go free.",
    "Walks start near Dorridge Heath, a nature reserve loved by children aged 5 and over.",
    "Headteacher Mrs Karen Lloyd said the pupils had worked hard all year.",
    "Dr Anna Morris, Director of Public Health, said: 'Children aged 6 months to 2 years need the flu vaccine.'",
    # Groups with an age range; saints' names; two places with a comma; a place and a plural noun.
    "Everyone aged 18 to 25 can get help with a CV at the hub.",
    "Pupils from St Bede's joined our litter pick this morning.",
    "The tip at Whinney Hill, Accrington, is open to residents until 6pm; bring proof of address.",
    "Ashton Meadows' new pond is open again, and the path by the hospital is resurfaced.",
    # Candidates and titled public figures; a name used for a building or scheme.
    "Candidate Ruth Ellis visited Year 6 at Elm Primary today.",
    "Princess Anne opened the new children's hospital wing.",
    "Our consultation on closing Dorothy Ward care home is open until Friday. Residents and families can respond online.",
    # A thing named in capitals; a public register; a building's address; a shared mailbox.
    "If your child has an Education, Health and Care Plan, the SEN team will call you.",
    "The committee approved the Oakwood scheme despite objections. See planning application PA26/01234 on our portal.",
    "Drop-in at our Family Hub at 12 Station Road for advice on benefits and debts.",
    "Any questions? Email our clerk at clerk@upton-pc.org.uk.",
    "Hi Tom, if you are behind with rent, our team can help: hardship payments of up to £500 are available.",
    # The same public figure named twice, once in each language.
    "Thadhail Ruairidh MacAoidh air an sgoil. Candidate Ruairidh Mackay read with P3 pupils today.",
]


@pytest.mark.parametrize("text", MUST_PASS)
def test_must_pass(pipeline, text):
    assert flagged(findings(pipeline, text)) == set()


def test_allow_list_compares_numbers_by_digits(pipeline):
    text = "Text 07700 900555 or call +44 121 496 0018."
    assert ("personal_data.phone", "error") in flagged(findings(pipeline, text))
    allowed = findings(pipeline, text, allow=["07700900555", "0121 4960018"])
    assert flagged(allowed) == set()


def test_allow_list_and_own_domains_for_email(pipeline):
    text = "Email jo.bloggs@gmail.com or events.team@solihull-libraries.org.uk."
    assert flagged(findings(pipeline, text, allow=["jo.bloggs@gmail.com"], own_domains=["solihull-libraries.org.uk"])) == set()


def test_options_are_declared():
    assert all_checks()["personal_data"].options == {"allow": [], "own_domains": []}
    assert all_checks()["personal_data"].needs_nlp


def test_every_finding_is_personal_and_messages_do_not_leak(pipeline):
    for rule, _, text in MUST_FLAG:
        for finding in findings(pipeline, text):
            assert finding.personal, finding.rule
            assert finding.text not in finding.message and finding.text not in finding.suggestion
            assert finding.clauses and finding.suggestion


def test_suggestion_for_phone_points_to_published_contact(pipeline):
    (finding,) = findings(pipeline, "Call Pete on 07700 900482 to find out more.")
    assert finding.suggestion == "Remove the number, or use the service's published contact."


def test_one_finding_per_stretch_of_text(pipeline):
    found = findings(pipeline, "Her NHS number is 943 476 5919.")
    assert [f.rule for f in found] == ["personal_data.nhs-number"]


def test_without_nlp_titled_names_still_count():
    check = all_checks()["personal_data"]
    context = Context(options=dict(check.options))
    found = list(check.function(PostView(Post("Mrs Evans, a service user at the day centre, turned 90.")), context))
    assert [(f.rule, f.severity) for f in found] == [("person", "error")]
    # A full name set off by a description is found without the model too...
    described = list(check.function(PostView(Post("Amelia Hughes, a pupil at Oakfield Primary, has autism.")), context))
    assert [f.rule for f in described] == ["person"]
    # ...but a bare name needs spaCy's entities: without them the check degrades, never fails.
    untitled = list(check.function(PostView(Post("We are proud of Amelia Hughes and her fight against cancer.")), context))
    assert untitled == []


@pytest.mark.parametrize("digits,ok", [("9434765919", True), ("9434765918", False), ("0000000000", False)])
def test_nhs_check_digit(digits, ok):
    assert identifiers.nhs_check_digit_ok(digits) is ok


@pytest.mark.parametrize("digits,ok", [("4111111111111111", True), ("4111111111111112", False), ("378282246310005", True)])
def test_luhn(digits, ok):
    assert identifiers.luhn_ok(digits) is ok


@pytest.mark.parametrize("prefix,ok", [("AB", True), ("JT", True), ("QQ", False), ("BG", False), ("AO", False), ("DA", False)])
def test_ni_prefix(prefix, ok):
    assert identifiers.ni_prefix_valid(prefix) is ok


@pytest.mark.parametrize("national,drama", [("07700900123", True), ("01214960018", True), ("07751385842", False)])
def test_drama_ranges(national, drama):
    assert contact.is_drama(national) is drama


@pytest.mark.parametrize("text, rule", [
    ("Hi Pauline, ur assisted bin collection for 11 Hawes Lane, Rowley Regis is now sorted.", "personal_data.address"),
    ("@kelly_w sorry ur bin wasnt emptied Kelly, ive passed 7 Ribble Avenue to the crew.", "personal_data.address"),
    ("Hi Sam, the arrears on your rent account (ref LH/449021) are now £634.", "personal_data.reference"),
    ("Good news! Mr Ahmed Raza (council tax account 3004417829) has had his discount backdated.", "personal_data.reference"),
    ("@biltongrange_b Hi Becky, your son Jayden (Year 5, Bilton Grange Primary) was added to the free school meals list.",
     "personal_data.person"),
    ("Special mention to Leo Ferraro (8, St Mary's CE Primary), who played despite his asthma.", "personal_data.person"),
    # what one named person holds of the council's: a membership, a grave, a plot, a microchip on the register
    ("Update for leisure member John Kerr, membership no. 300241: your direct debit has failed.", "personal_data.reference"),
    ("Mr Thomas Finlay, registered owner of grave J-447 in the City Cemetery, please contact the office.", "personal_data.reference"),
    ("Microchip 941000024873316 is registered to Mr Colin Hewitt of Ballyclare.", "personal_data.reference"),
])
def test_replies_references_and_relatives(pipeline, text, rule):
    assert (rule, "error") in flagged(findings(pipeline, text)), text


@pytest.mark.parametrize("text", [
    "Quote reference PL/2026/0012 when you comment on the planning application.",
    "Roadworks outside 14 Station Road, the library, start on Monday.",
])
def test_general_notices_pass(pipeline, text):
    assert not {r for r, severity in flagged(findings(pipeline, text)) if severity == "error"}, text


@pytest.mark.parametrize("text", [
    "Our Adult Social Care team can help if you or someone you care for needs support at home.",
    "Thanks to Welsh Labour for the free school meals pledge.",
    "@grove_g Thanks, we've raised works ref HW/26/18830 for the pothole on Mill Lane.",
    "Reminder: the consultation on closing Ysgol Gynradd Llanfihangel closes on 24 April.",
])
def test_organisations_services_and_works_references_are_not_personal(pipeline, text):
    assert not {r for r, severity in flagged(findings(pipeline, text)) if severity == "error"}, text


@pytest.mark.parametrize("text, rule", [
    ("Happy 100th birthday to Ivy Kerridge of Leiston, born on 14 October 1926!", "personal_data.person"),
    ("Hi Jade, the nursery funding for Noah (DOB 12/05/2023) has been approved.", "personal_data.person"),
    ("Update for Mr Fraser McBride: your taxi licence application (ref GCC/TX/26/00931) will be heard on 21 April.",
     "personal_data.reference"),
])
def test_dates_of_birth_and_references_beside_names(pipeline, text, rule):
    assert (rule, "error") in flagged(findings(pipeline, text)), text


def test_a_year_of_birth_of_a_historical_figure_passes(pipeline):
    assert not flagged(findings(pipeline, "A blue plaque for novelist Fanny Burney, who was born in the town in 1752."))


@pytest.mark.parametrize("text", [
    "We've reported the man at 22 Orchard Way, Hexham to the police.",
    "Cheers to the lads from 9 Alder Close for clearing the snow.",
])
def test_a_person_pointed_at_by_their_house_address_is_personal_data(text):
    found = [f for f in _address_findings(text) if f.rule == "personal_data.address"]
    assert found and found[0].severity == "error"


def test_a_team_or_a_crew_at_an_address_is_no_resident():
    found = [f for f in _address_findings("Our gritting crew will be at 22 Orchard Way from 6am.") if f.rule == "personal_data.address"]
    assert all(f.severity == "info" for f in found)


def _address_findings(text):
    pipeline = Pipeline(Config(), checks=["personal_data"])
    return pipeline.check(Post(text)).findings


@pytest.mark.parametrize("text", [
    "Cheshire Trading Standards warns of doorstep callers in Crewe this week.",  # a public body, not a person
    "Trading Standards successfully prosecuted Dean Hollis, who took £4,000 from a 90-year-old.",  # a court outcome
    "Sam Pryce, trading as 'Pryce Paving', was fined £3,000 after leaving a drive unfinished.",  # a trading name
])
def test_organisations_defendants_and_trading_names_are_not_private_people(text):
    assert not [f for f in _address_findings(text) if f.rule == "personal_data.person"]


def test_a_private_person_named_with_an_age_is_still_flagged():
    assert [f for f in _address_findings("Well done to Dean Hollis, 90, who ran the fun run.") if f.rule == "personal_data.person"]


@pytest.mark.parametrize("text, name", [
    ("Welcome back Harvey! After his leukaemia treatment he's back at Oakwood Primary and loving it.", "Harvey"),
    ("Huge shout out to Kayden from St Mark's Academy who smashed his first DJ set despite his anxiety.", "Kayden"),
    ("Our young leader Jamie Reid (15, Hillside High) has written about living with ADHD.", "Jamie Reid"),
    # a hyphenated first name, which the small model files as an organisation
    ("Well done to Lacey-Mae Pritchard, Year 3 at Fernhill Primary, who is back at school after her heart surgery.", "Lacey-Mae Pritchard"),
])
def test_a_child_the_model_gives_no_person_label_is_found_by_he_or_she(text, name):
    found = [text[f.start:f.end] for f in _address_findings(text) if f.rule == "personal_data.person"]
    assert found == [name]


@pytest.mark.parametrize("text", [
    "Thanks to Greggs for the pasties! The manager said he was happy to help our pupils.",
    "Thanks to Barclays for their donation; he said the pupils loved the visit.",
    "Congrats to Maisie from Ysgol y Castell on her poem.",  # no detail about her
])
def test_a_pronoun_another_noun_could_take_does_not_make_a_firm_a_person(text):
    assert not [f for f in _address_findings(text) if f.rule == "personal_data.person" and f.start > 20]


@pytest.mark.parametrize("text", [
    "Tenants at Chy Kernow and Bos Venton: the new boilers go in on Monday, after the hospital contract ends.",
    "Residents of Hafan Deg care home in Bangor enjoyed a choir visit today.",
    "Homes at Millbrook Developments, built by Trentside Homes, are let through our housing register to tenants.",
    "Ruth Adeyemi, a support worker in our reablement team, has won a national care award.",
    "Camden's street trees are being watered by volunteers after the illness of an oak.",
    # a party's name, whatever the model files it under
    "Sinn Féin's bid for free swimming for every P6 child was agreed at tonight's meeting.",
])
def test_house_names_firms_staff_in_role_and_a_place_possessive_are_not_private(text):
    assert not [f for f in _address_findings(text) if f.rule == "personal_data.person"]


def test_staff_named_with_their_own_health_in_the_sentence_are_still_flagged():
    text = "Welcome back to our apprentice Priya Okonkwo, who returns after treatment for cancer."
    assert [text[f.start:f.end] for f in _address_findings(text) if f.rule == "personal_data.person"] == ["Priya Okonkwo"]


def test_short_forms_of_places_are_places():
    from checker.text import places

    assert {"thornaby", "camden", "barnsley"} <= places.names()


@pytest.mark.parametrize("text, rule", [
    # a number run into the next word's digits: the library splits it, the written form finds it whole
    ("Hi Bev, we'll ring u on 07700 900873 2moro", "personal_data.phone"),
    # words between "date of birth" and the date
    ("Hi Sandra Rowe, we have your date of birth as 14/03/1961 on the form.", "personal_data.person"),
    ("Mr Alan Pike's DOB is 3 May 1950, please update the record.", "personal_data.person"),
    # health and discipline: an HR record even for staff named in their job
    ("Housing Officer Kim Lowe has been dismissed for gross misconduct.", "personal_data.person"),
    ("Welcome back to Priya Shah in Payroll after her heart attack in June.", "personal_data.person"),
    ("Tom Reece from Revenues is on a phased return after sick leave.", "personal_data.person"),
    # a council abbreviation whose meaning is a child's support needs
    ("Ellie Forbes in S2 has SEBN and a support plan, so no PE this term.", "personal_data.person"),
])
def test_special_category_details_and_split_numbers(pipeline, text, rule):
    assert rule in {r for r, _ in flagged(findings(pipeline, text))}


@pytest.mark.parametrize("text", [
    # elected members' conduct is public business
    "Cllr Jane Smith has been suspended from her party pending an investigation.",
    # services suspended, places listed, jobs advertised
    "Corran Ferry suspended this morning due to high winds.",
    "We're recruiting Special Educational Needs Officers in Hatfield and Hemel Hempstead.",
    "Michelle Grant, Director of Environment Services, said bin collections are suspended on Monday.",
    # SEND the plan is sensitive, "send" the verb is not
    "Send Mark Evans your photos of the Christmas lights!",
    # a school named by its short form is a place, not a person
    "Reminder to Glenurquhart High staff: the SEBN training is on Friday.",
])
def test_special_category_words_need_a_private_person(pipeline, text):
    assert flagged(findings(pipeline, text)) == set()


@pytest.mark.parametrize("text, rule", [
    # a person said to be one before the name, whatever the model labels the name
    ("Costume swap: ring our volunteer Maeve on 07700 900524.", "personal_data.phone"),
    # a flat in a named block, the flat's number the only number
    ("Great news for Mr Desmond Afolabi at Flat 62, Aylesbury Estate: your repair is done.", "personal_data.address"),
    # a resident pointed at by where they live
    ("To whoever at 9 Portland Road keeps blocking the cycle lane: get a permit.", "personal_data.address"),
    # a household named by its surname, with its case
    ("We're pleased the Mensah family (case ref LBL-HOU-60218) have moved out of the hotel.", "personal_data.reference"),
])
def test_people_said_to_be_people(pipeline, text, rule):
    assert rule in {r for r, _ in flagged(findings(pipeline, text))}


@pytest.mark.parametrize("text", [
    "Out of hours, call the duty Social Worker on 0121 496 0018.",   # a job, not a name
    "Call our team on 0121 496 0018 for a new bin.",
    "Whatever the council signed off this year, Sandy Row still needs sweeping.",  # not 'signed off sick'
])
def test_job_titles_and_everyday_senses_stay_clean(pipeline, text):
    assert flagged(findings(pipeline, text)) == set()


@pytest.mark.parametrize("text", [
    "Welsh Labour should explain to Mrs Edwards at 6 Bryn Estyn, Penmaenmawr why her bus has gone.",  # Welsh street first
    "To the twat at 31 Stryd Fawr who keeps tipping garden waste in the lane: stop now.",  # any insult points at a resident
])
def test_welsh_streets_and_insulted_residents_addresses(pipeline, text):
    assert ("personal_data.address", "error") in flagged(findings(pipeline, text))


@pytest.mark.parametrize("text, flagged_", [
    # a name of everyday words (Grace Wells) taken up by ", who" is a person, however ordinary its words
    ("Congratulations to Grace Wells, Year 4 at Millbrook Primary, who has dyslexia and won our poster prize!", True),
    # ", who" after a team is the team
    ("Thanks Sam. Your request has gone to the OT team, who'll be in touch about your care.", False),
])
def test_who_after_a_name_says_it_is_a_person(pipeline, text, flagged_):
    assert bool([f for f in findings(pipeline, text) if f.rule == "personal_data.person"]) is flagged_


@pytest.mark.parametrize("fragment, detail", [
    ("a student at Leeds Beckett", True),
    ("a Year 6 pupil, who", True),
    ("putting students first on transport", False),  # a group, not the person named
    ("£10 student memberships this month", False),  # a kind of thing
    ("funded by the pupil premium", False),
])
def test_a_role_in_the_singular_is_about_the_person(fragment, detail):
    from checker.personal import people

    assert people.says_something_about(fragment) is detail


@pytest.mark.parametrize("text, flagged_", [
    ("Case study: Mr Owen Pryce (ref HB/2026/3381) waited a month for his refund.", True),
    ("Please quote ref PL/2026/0014 on the form, Mr Jones said.", False),
    # a number with a service, an employer or the state, said as a number
    ("Welcome to Priya Desai (employee no. 55120), our new planning apprentice.", True),
    ("Hi Tom, your customer number is GH-38817 if you ring back.", True),
    ("Call customer services on 0121 704 6000 or email us.", False),
])
def test_a_reference_given_right_after_a_name_is_theirs(pipeline, text, flagged_):
    assert bool([f for f in findings(pipeline, text) if f.rule == "personal_data.reference"]) is flagged_


@pytest.mark.parametrize("text, rule", [
    # a paper issued to one named holder: the number is theirs
    ("Fixed penalty notice FPN/26/0931 was served on Wayne Corbett for fly-tipping in Lowther Street.",
     "personal_data.reference"),
    ("Street trading consent ST/2210, held by Mr Hussain, has been suspended.", "personal_data.reference"),
    # the date of birth asked for, then given later in the sentence
    ("Hi Joan, we need your date of birth to renew the pass: we have 04/11/1948, is that right?",
     "personal_data.person"),
    # a condition named after a physician
    ("Well done to Shona Baird of Kirkwall, who has Crohn's and still ran the 10k.", "personal_data.person"),
    # a time right after the name is when something happened to the person, not a thing named after them
    ("Thanks to the lifeguards who helped 6-year-old Alfie Moss yesterday after a seizure at the pool.",
     "personal_data.person"),
    # a resident pointed at: a seafront street, and "who" said of whoever lives there
    ("To the idiot at 8 North Promenade, Cleveleys who leaves bin bags on the beach: we have CCTV.",
     "personal_data.address"),
    ("The lads selling vapes outside the leisure centre are from 19 Mill Lane, everyone knows.",
     "personal_data.address"),
    # the address in the bracket opened right after the name
    ("Well done to Kerry Nash (taxi driver, 14 Marsh Lane) for handing in a lost wallet.", "personal_data.address"),
])
def test_holders_papers_later_birth_dates_and_pointed_at_addresses(pipeline, text, rule):
    assert (rule, "error") in flagged(findings(pipeline, text)), text


@pytest.mark.parametrize("text", [
    "Please quote notice ENF/2026/0412 on the form, Ms Grant said.",  # who speaks, not whose case
    "Premises licence PL/0042 for the Red Lion is up for review.",  # a public register, no person
    "Director of Public Health, Dr Amina Rauf, urges parents to check every child has had both MMR doses.",
    "Lead nurse Karen Butt explains the hearing checks every reception child gets.",  # said of all children
    "Walsall Mind runs a free drop-in at the Central Library on Saturday.",  # a town and ordinary words
    "Bring proof of address to join, says Ellie Shaw, who started the reading group.",
])
def test_speakers_registers_staff_and_organisations_stay_clean(pipeline, text):
    assert not is_error(pipeline, text), text


@pytest.mark.parametrize("text, rule", [
    ("Reply to Dawn Hirst: your library card (no. 5521 0093) has been blocked.", "personal_data.reference"),
    ("Hi Craig, your new PIN is 4410 – please don't share it.", "personal_data.reference"),
    ("Reply to @bookworm_bev: we know you live at 12 Front St, so please bring the books back.", "personal_data.address"),
    ("Reply to Jen: we've sent the reminder to 7 Brookside, Hexham.", "personal_data.address"),  # an ordinary word, then a town
    ("We've had complaints about the dogs at 9 Mill Lane. The owner has been warned.", "personal_data.address"),
    ("Our learners Jade and Kev Burn, both on ESA, have signed up.", "personal_data.person"),  # a benefit by its initials
])
def test_cards_pins_handles_and_benefits(pipeline, text, rule):
    assert (rule, "error") in flagged(findings(pipeline, text)), text


@pytest.mark.parametrize("text", [
    "Food hygiene ratings this month: Abbey Larder (5), Quay Street Bakery (5) and Southgate Noodles (4).",
    "Milton Keynes' first clean air zone goes live today.",
    "Roadworks at 14 Station Road. Residents can still park on Elm Grove.",  # many residents, not the house's one
])
def test_ratings_places_and_roadworks_stay_clean(pipeline, text):
    assert not is_error(pipeline, text), text


def test_a_couple_named_with_their_wedding(pipeline):
    text = "Congratulations to Nadia Shah and Owen Price, who married at Bury Town Hall on Saturday 3 October!"
    assert ("personal_data.person", "error") in flagged(findings(pipeline, text))


@pytest.mark.parametrize("text", [
    # they agreed to be named
    "Congratulations to Nadia Shah and Owen Price, married at Bury Town Hall on Saturday – thank you for letting us share your photo!",
    # a wedding trade, not a wedding
    "Our wedding open day is brought to you by Wedding Wishes Swindon, our partner for couples.",
    "Thanks to Fylde Flowers for our register office bouquets – ask about their wedding flowers.",
])
def test_consented_weddings_and_wedding_trades_pass(pipeline, text):
    assert not is_error(pipeline, text), text


@pytest.mark.parametrize("text, flagged_", [
    # two people the small model reads as one organisation
    ("Congrats to Abbie Rowntree & Kyle Hepworth, married at Whitby Pavilion on 4 April!", True),
    ("Wedding of the week: Hannah & Josh Ridley at Kendal Town Hall on 3 April!", True),
    # two places
    ("We're recruiting support officers in Hatfield and Hemel Hempstead to work with children with special needs.", False),
])
def test_couples_named_together(pipeline, text, flagged_):
    assert (("personal_data.person", "error") in flagged(findings(pipeline, text))) is flagged_, text


@pytest.mark.parametrize("text, flagged_", [
    ("Happy 18th to Tyler Brooks, who has lived at our children's home since he was 12!", True),
    ("Residents have asked about Paul Kirby, who sleeps by the bus station. He has schizophrenia.", True),
    ("Reminder to Kerry Bowen of Hay: your nursery fees are £320 behind.", True),
    ("The idiot at 17 Tany's Dell has left his dog out again.", True),  # a dell is a street
    ("Norfolk needs more foster carers like him. Could you be one?", False),  # the county
    ("Free passes to PureGym Chelmsford for every new tenant this spring.", False),  # a brand
    ("Thank you to Chelmsford Foodbank for the hampers for families in temporary accommodation.", False),
])
def test_placements_conditions_money_owed_brands_and_charities(pipeline, text, flagged_):
    assert is_error(pipeline, text) is flagged_, text


def test_villages_in_a_list_are_not_a_couple(pipeline):
    text = "A drop-in for residents of Nasty, Haultwick and Dane End. Worried about your tenancy? Come along."
    assert not is_error(pipeline, text)


@pytest.mark.parametrize("text, flagged_", [
    # a private person in the reference's own sentence: their case
    ("Name and shame: Gary Pilling of Outwell is due before the magistrates, ref PROW/2026/0551.", True),
    # the small model's "person" made of the reference's own words is no holder
    ("Thanks for flagging the broken lamp on Elm Road. Fault ref: SL-260101-442.", False),
    # a drafting officer's "Reply:" label makes the post a reply to one resident
    ("Reply: Ian, your permit ref CMZ-2026-00418 is for Friday, pitch 7.", True),
    # he or she is on a number: a person's
    ("Reply: ask for the chap who does the hedges, he's on 07700 900412.", True),
    ("Reply: ring the depot, it's on 01632 960112.", False),
    # a named house and a full postcode beside the person who lives there
    ("The objector is Mrs Ellen Marsh of Wheatsheaf Cottage, Upwell PE14 9AA.", True),
    ("Send entries to the Council Offices, Market Street, Upwell PE14 9AA.", False),
])
def test_references_pronouns_and_named_houses(pipeline, text, flagged_):
    assert is_error(pipeline, text) is flagged_, text


@pytest.mark.parametrize("text, flagged_", [
    # a house given by its number alone, a person pointed at
    ("Residents of Sea Lane: some idiot at no. 58 keeps dumping bags on the verge.", True),
    ("The man with the noisy cockerel is Derek Moss at number 7. Have a word.", True),
    # a ranking, a bus stop, a league table
    ("Sponsored by Fenland Fuels, the county's No.1 fuel supplier.", False),
    ("Buses from stop number 12 are diverted until Friday.", False),
    # a close known by "The" and one name, beside its resident
    ("Cllr Amy Reid visited Mrs Joan Fisher at 14 The Paddocks today about her damp repair.", True),
])
def test_numbers_alone_and_the_closes(pipeline, text, flagged_):
    assert is_error(pipeline, text) is flagged_, text


@pytest.mark.parametrize("text, flagged_", [
    # the council's own vehicle, however often the post repeats its plate, and the format's example
    ("Meet our new electric gritter KX26 GRT! Registration KX26 GRT – give it a wave.", False),
    ("You'll need your number plate, which looks like AB12 CDE.", False),
    # a resident's car
    ("The car blocking the lane, KX26 GRT, has been reported to the police.", True),
])
def test_fleet_and_example_plates(pipeline, text, flagged_):
    assert is_error(pipeline, text) is flagged_, text


@pytest.mark.parametrize("text, flagged_", [
    # X's own reply label, and the resident's name said again inside the reply
    ("Replying to Dawn: Dawn, the grab rails at 9 Mill Lane, Tiverton go in on Friday.", True),
    ("Replying to Sam: honestly Sam your posts are rude. Your grandad's carer is doing her best.", False),
    # immigration status, in the Home Office's terms, said of a named resident
    ("Mr Adam Kowal, who has pre-settled status, asked us to share his story.", True),
    ("Mrs Hana Ali is on a student visa and has no recourse to public funds.", True),
    ("Our advisers explain settled status to anyone who asks at the library.", False),
    # what a care record says of one person, and their own flat
    ("Replying to Joe: your dad Harold Penrose's care plan is being reviewed this week.", True),
    ("Replying to Tina: your nan Rita Blake will get two calls a day at her flat on Elm Road.", True),
    # a school's record of one child: Scotland's secondary years, free meals, exclusion
    ("Congratulations to Lewis Grant (S4) on his county cross-country win!", True),
    ("Great to see Ellie Boyd from Hillside Primary enjoying her free school meals again.", True),
    ("Reply: Tyler Moss's exclusion from Castle High has been extended until Friday.", True),
    ("Free climbing sessions for S1 to S4 at Xcite Whitburn. Places are free for young people on free school meals.", False),
    ("Enforcement notice ENF/2026/0412 has been served on Gary Pocklington of the Lumley Road kiosk.", True),
    # the reader's own home, said back to them however the reply opens
    ("Alright pet, we posted your renewal to 14 Grange Road, Jarrow last week.", True),
    ("Come off it Stan, we know you're at 8 Cedar Grove and the letter arrived.", True),
    # a flat white is coffee, not a home
    ("Cllr Ann Vale popped into Bean There café this morning - she says their flat white is the best in town.", False),
    # where to take things, and the council's own office
    ("Take your old batteries to 4 Market Street, the library, any weekday.", False),
])
def test_replies_immigration_status_care_records_and_the_readers_home(pipeline, text, flagged_):
    assert is_error(pipeline, text) is flagged_, text


@pytest.mark.parametrize("text", [
    # a job title in capitals after "our": the council's own staff
    "Truro carers, our Carers Navigator Helen is at Truro library every Monday. She can help with benefits and breaks.",
    # a bracketed aside between "call our team" and the number; a service named in ordinary words
    "Please call our Adult Social Care team (the people who arrange help at home) on 01752 496 000 about her care.",
    "So sorry to hear that. Please call Care Connect on 01632 960 123 and ask for the duty team.",
    "If you need help at home this winter, call 01752 496 000 early.",
    # somewhere to go, a nursing home named after a person, a strategy named for a group
    "The safeguarding team moves to Wat Tyler House in April. DoLS protect people in care.",
    "Cllr Sue Hext visited the Norah Fry care home in Shepton Mallet. 'Care is our priority,' she said.",
    "Cllr Jo Hart, cabinet member for social care, launched our Carers' Strategy. 'Carers deserve a break,' she said.",
    # another person named between the place and the pronoun
    "Looe and Polperro carers: our worker Morwenna is at the Looe hall on Monday. Come and see her about a carer's assessment.",
    # a word of an abbreviation is no relative's name
    "Replying to Ben: your gran's DoLS was authorised in March and her new care plan is with the home.",
    # a charity's or a shop's branch, named with the council area it serves, anywhere in the UK
    "Thanks to Citizens Advice Wrexham, who helped 800 residents claim benefits they were missing.",
    "\"Every claim we help with puts money back into Merthyr Tydfil,\" said Jo Rees, our Welfare Rights Team Leader. "
    "Last year residents claimed £2 million in benefits.",
    "Get 10% off smoke alarms at Swindon Wickes this week with your resident card, for anyone with a disability.",
])
def test_staff_services_buildings_branches_and_areas_are_not_private(pipeline, text):
    assert not is_error(pipeline, text), text


@pytest.mark.parametrize("text, person", [
    # a name ending on a place-name element, listed with a place, is a place
    ("Romney Marsh and Lydd: our team will be at New Romney Town Hall on Wednesdays to help with housing, council tax and benefits.", False),
    # a person listed beside a place is still a person
    ("Thanks to Mary Jones and Hythe, Mary can now claim her benefits.", True),
])
def test_a_place_listed_with_a_place(pipeline, text, person):
    assert any(f.rule == "personal_data.person" for f in findings(pipeline, text)) is person, text


@pytest.mark.parametrize("text, person", [
    # a new starter's post said after the name is a public role, however many words it takes
    ("Welcome to Gemma Lloyd, who joins us as Executive Director for Adult Social Care. Gemma brings 20 years of experience in social care.", False),
    # not an apprentice's health
    ("Welcome to Gemma Lloyd, who joins us as an apprentice carer; she has autism and lives in Hove.", True),
])
def test_a_new_starter_in_a_public_role(pipeline, text, person):
    assert any(f.rule == "personal_data.person" for f in findings(pipeline, text)) is person, text


@pytest.mark.parametrize("text, flagged_", [
    # a team's or a magazine's mailbox written as one word, and a family firm
    ("Send your articles to the magazine team at parishpump@example.com by 15 May.", False),
    ("Volunteer with us: email coastalrangers@example.com.", False),
    ("Thanks to our contractor, A. Pugh and Son, for finishing the drainage works on time.", False),
    # a person's own address written as one word is still theirs
    ("Please email sandrabrown@example.com with the photos.", True),
    ("Please email johnsmith@example.com with the photos.", True),
    # a titled name with its number beside it, no verb before
    ("Allotment list: next in line are Mr T. Farr (tel 0113 496 0872) and Ms L. Boden.", True),
    ("Mrs Evans: 0113 496 0123", True),
    # an office's line with no one named
    ("Call the office on 0113 496 0123.", False),
    # a driver's badge in letters and digits, a licensed taxi's plate, beside the driver's name
    ("We've identified the driver as Shahid Akram, badge number KDB 2291.", True),
    ("Hackney carriage plate 114 (driver Gary Sutcliffe) has been suspended.", True),
    # a plate with no one named
    ("All plate 114 vehicles must be retested by June.", False),
])
def test_mailboxes_firms_titled_names_badges_and_plates(pipeline, text, flagged_):
    assert bool(flagged(findings(pipeline, text))) is flagged_, text


@pytest.mark.parametrize("text", [
    # a heading's two places, then a paragraph: no name runs over a line break ("Ashby Our")
    "Knife test purchases – Coalville and Ashby\n\nOur 16-year-old volunteer tried to buy a knife in 11 shops. "
    "Two sold without asking for ID.",
    "Results for Sherwood and Carrington\nOur 17-year-old volunteer was refused in every shop.",
    # home trades as OpenStreetMap tags them end a firm's name (endorsement.toml business_nouns)
    "The firms appointed for stairlifts and level-access showers are Clyde Mobility, Cowal Joinery and Lorn Plumbing. "
    "Your occupational therapist will arrange the work.",
    "Thinking about a new kitchen? Lewis Kitchens on Bayhead give a discount to anyone on our housing list.",
])
def test_line_breaks_and_home_trades_name_no_one(pipeline, text):
    assert not flagged(findings(pipeline, text)), text


@pytest.mark.parametrize("text", [
    # What an officer says about the service is not a detail about the officer.
    ("'We know waiting for an assessment is stressful,' said Alison Greaves, Birmingham's Assistant Director "
     "for Special Educational Needs. 'We have taken on 14 more educational psychologists.'"),
    '"Most cases start with a resident\'s report, so keep them coming," said Martin Greaves, our neighbourhood enforcement manager.',
    "'You don't need a big house or a perfect life,' says Lorna Ashby from our fostering team.",
    # The first word of a role is no person ("Cabinet" of "Cabinet Member").
    "Children's services have been transformed, says Cabinet Member Cllr Bernadette Quinlan, as she launches a review of foster carer allowances.",
    # After "your child's", ordinary capitalised words are a plan, not the child's name.
    "Your child's Personal Education Plan (PEP) is a school plan for every child in care.",
    "Your child's Education, Health and Care Plan should be reviewed at least once a year.",
    "@ParsonCrossPhil Sorry Phil, please report it to the police on 101 and our noise team can follow up if it's a regular address.",
])
def test_officers_quoted_roles_and_plans_pass(pipeline, text):
    assert not is_error(pipeline, text), text


@pytest.mark.parametrize("text", [
    "'I was diagnosed with cancer last year,' says volunteer Jo Smith from Hull.",  # the speaker on themselves
    "Your son Freddie has been given his EHCP.",  # a name no dictionary calls ordinary
    "Hi Mr Evans, we understand your farm is £14,300 behind on its business rates after the TB restrictions.",
])
def test_self_disclosure_relatives_and_titled_addressees_still_flag(pipeline, text):
    assert is_error(pipeline, text), text
