"""The spelling check: must-flag and must-pass tables per rule (Solihull 3.5)."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from conftest import findings


def rules(text: str, **kwargs) -> dict[str, list]:
    out: dict[str, list] = {}
    for f in findings("spelling", text, **kwargs):
        if f.severity in ("error", "warning"):
            out.setdefault(f.rule, []).append(f)
    return out


@pytest.mark.parametrize("text, word, british", [
    ("We organize free guided tours of the Civic Hall.", "organize", "organise"),
    ("Download our coloring sheets and color in a bunny.", "color", "colour"),
    ("Meet us at the community center on Saturday.", "center", "centre"),
    ("Please leave your bin at the curb by 7am.", "curb", "kerb"),
    ("Our summer program of events is out now.", "program", "programme"),
    ("You'll need a premises license from us.", "license", "licence"),
    ("The path is 200 meters long.", "meters", "metres"),
    ("Our organizers traveled from Leeds.", "traveled", "travelled"),
    ("Pay by check at the reception desk.", "check", "cheque"),
])
def test_american_flagged_with_british_form(text, word, british):
    found = {f.text: f for f in rules(text).get("spelling.american", [])}
    assert word in found
    assert found[word].replacement == british


@pytest.mark.parametrize("text", [
    "Our summer holiday programme: colour runs, and you can organise a street party without an entertainment licence.",
    "The World Health Organization recommends 150 minutes of activity a week.",
    "Children can write their first computer program with our volunteers.",
    "We license taxi drivers and check their vehicles every year.",
    "Want a dropped kerb? Apply online.",
    "Practise your strokes for free this summer!",
    "We're replacing the old parking meters on Herbert Road.",
    "Spread payments over 10 monthly instalments by Direct Debit.",
    "Donate online or drop off a cheque at the Council House.",
    "Councils must curb spending this year.",
])
def test_british_passes(text):
    assert "spelling.american" not in rules(text)


@pytest.mark.parametrize("text, word, correction", [
    ("We are recieving lots of questions.", "recieving", "receiving"),
    ("Answers are on our website tommorow.", "tommorow", "tomorrow"),
    ("The goverment has anounced new funding.", "goverment", "government"),
    ("Join our free bike maintainance session.", "maintainance", "maintenance"),
    ("We have extra emergency accomodation available tonight.", "accomodation", "accommodation"),
    ("Please keep glass seperate from your other recycling.", "seperate", "separate"),
    ("Our new libary in Chelmsley Wood is open.", "libary", "library"),
    ("The challenge runs untill 5 September.", "untill", "until"),
    ("Join the #RecylingWeek fun!", "Recyling", "Recycling"),
])
def test_misspelling_flagged_with_correction(text, word, correction):
    found = {f.text: f for f in rules(text).get("spelling.misspelling", [])}
    assert word in found
    assert correction in found[word].suggestion


@pytest.mark.parametrize("text", [
    "The Penistone section of the Trans Pennine Trail reopens on Monday.",
    "Chorlton-cum-Hardy's Christmas lights switch-on is on Friday.",
    "Walkers came from Essex and West Sussex to join the route from Solihull to Meriden.",
    "Cockermouth rebuilt its defences after the floods.",
    "RT @CllrJoSmith: Great to see the new crossing on Streetsbrook Road open.",
    "Read the report: solihull.gov.uk/economy or email counciltax@examplecouncil.gov.uk",
    "Roadworks on the A45 near junction 6 of the M42, 9pm to 5am. #SolihullSummer",
    "Cllr Tom Okafor and Cllr Kwame Mensah visited Tudor Grange Primary.",
    "Fly-tipping and e-scooters: report them online. Free Wi-Fi and teabags.",
    "A fox got into the caddies: an absolute sh*tshow. Fuuuck, it's cold!",
    "Sessions run from 10am to 11.30am for children aged 4 to 11. Put 2 bins out.",
    "Bollocks to the rain.",
])
def test_names_and_non_prose_pass(text):
    assert "spelling.misspelling" not in rules(text)


def test_council_dictionary_passes_local_names():
    # A local name one letter from a very common word reads as a slip, until the council lists it.
    text = "bins in wiyh lane are collected on tuesday."
    assert "spelling.misspelling" in rules(text)
    assert "spelling.misspelling" not in rules(text, options={"dictionary": ["Wiyh"]})


@pytest.mark.parametrize("text, short, full", [
    ("Pls remember bins need 2 be out b4 6am tmrw. Thx!", "b4", "before"),
    ("Pls remember bins need 2 be out b4 6am tmrw. Thx!", "2", "to"),
    ("Pls remember bins need 2 be out b4 6am tmrw. Thx!", "tmrw", "tomorrow"),
    ("Free swim sessions 4 all kids this summer!", "4", "for"),
    ("Book ur slot online, spaces r limited.", "r", "are"),
    ("gr8 news! Ur new bin calendar is out now.", "gr8", "great"),
    ("Call us if u want to volunteer.", "u", "you"),
    ("Sorry 4 any inconvenience.", "4", "for"),
    ("Nvm the drizzle, the parade is still on!", "Nvm", "never mind"),
    ("Spaces at the craft fair are going fast, lmk if you want one.", "lmk", "let me know"),
])
def test_text_language_flagged_with_full_word(text, short, full):
    found = {f.text: f for f in rules(text).get("spelling.text-language", [])}
    assert short in found
    assert found[short].replacement.lower() == full


@pytest.mark.parametrize("text", [
    "Children aged 4 to 11 can swim for £2 a session.",
    "Put your 2 bins out by 7am; we are open 9 to 5.",
    "Routes 13 and 14 are diverted. Platform 2 is closed.",
    "We know it has been a f.u.c.k.i.n.g pain.",
    "Learn with the University of the Third Age (U3A).",
    # an hour after a word of time
    "The market is open till 4 today.", "Doors close at 4 tomorrow, so come early.",
])
def test_text_language_passes_numbers(text):
    assert "spelling.text-language" not in rules(text)


@pytest.mark.parametrize("text, word, right", [
    ("Residents should put there bins out by 7am.", "there", "their"),
    ("Learn how to adjust your breaks.", "breaks", "brakes"),
    ("It's a fantastic space for the hole community.", "hole", "whole"),
    ("Their is a new bus timetable.", "Their", "There"),
    ("We could of done better.", "of", "have"),
    ("Please bare with us while we fix the fault.", "bare", "bear"),
])
def test_word_choice_flagged(text, word, right):
    found = {f.text: f for f in rules(text).get("spelling.word-choice", [])}
    assert word in found
    assert found[word].replacement == right


@pytest.mark.parametrize("text", [
    "There is a new bus timetable. Is there parking?",
    "Take your breaks in the staff room.",
    "We filled a hole in the road on Friday.",
    "Their bins are collected on Mondays.",
    "A lunch break for the crews.",
    # "your welcome pack", "you're house-hunting": the next word runs on or is the noun's
    "Your bin calendar is in your welcome pack.", "If you're house-hunting, check the licence register.",
])
def test_word_choice_passes(text):
    assert "spelling.word-choice" not in rules(text)


def _pairs():
    with open(Path(__file__).parent / "data_spelling_pairs.csv", encoding="utf-8") as handle:
        return list(csv.DictReader(line for line in handle if not line.startswith("#")))


def test_breame_sample_british_pass_american_flagged():
    from checker.config import Config
    from checker.model import Post
    from checker.pipeline import Pipeline

    pipeline = Pipeline(Config(), checks=["spelling"])
    rows = _pairs()
    british = list(pipeline.run(Post(r["british"]) for r in rows))
    american = list(pipeline.run(Post(r["american"]) for r in rows))
    assert [r.post.text for r in british if r.findings] == []
    assert [r.post.text for r in american if not r.findings] == []


@pytest.mark.parametrize("text", [
    # Words of current English the word lists lack, which real usage (wordfreq) knows.
    "Join us for storytime and a parkrun before the masterplan consultation.",
    "Our playworkers run watersports and paddleboarding at the lake.",
    # British pairs: both forms stand.
    "We are focussing on focusing the judgement and the judgment of ageing and aging stock.",
])
def test_words_in_real_use_and_british_pairs_pass(text):
    assert not {r for r in rules(text) if r in ("spelling.misspelling", "spelling.american")}


@pytest.mark.parametrize("text", [
    "Croeso i bawb! Mae'r llyfrgell ar agor eto o ddydd Llun. Welcome back, the library opens on Monday.",
    "Tha sneachd air na rathaidean àrda, bithibh faiceallach. Snow on high roads, take care.",
    "Ydych chi wedi cofrestru i bleidleisio? / Have you registered to vote?",
])
def test_welsh_and_gaelic_clauses_are_not_checked_as_english(text):
    assert "spelling.misspelling" not in rules(text)


@pytest.mark.parametrize("text", [
    # A Welsh heading before a colon; a Gaelic greeting inside an English sentence; a Welsh tag.
    "Ailgylchu bwyd: put your food caddy out by 7am on collection day.",
    "Mòran taing to everyone who came to the ceilidh on Friday!",
    "Show us your photos of the beach with #TraethGwynedd this summer.",
])
def test_short_welsh_and_gaelic_phrases_in_english_posts_are_left_alone(text):
    assert "spelling.misspelling" not in rules(text), text


@pytest.mark.parametrize("text", [
    # A slip after a short English word is still English, whatever the identifier guesses for two words.
    "A big thank you to our voluntears at the park.",
    "Ailgylchu bwyd: please seperate your food waste by 7am.",
])
def test_english_slips_beside_short_words_or_welsh_headings_are_still_flagged(text):
    assert "spelling.misspelling" in rules(text), text


def test_a_rare_slip_of_a_common_word_is_flagged_with_it():
    # Noisy channel: "wiyh" is rare and one edit from "with", which is vastly more frequent.
    from checker.text import lexicon

    assert lexicon.likely_meant("wiyh")[0] == "with"
    assert "spelling.misspelling" in rules("Come along wiyh your family on Saturday.")
    assert "spelling.misspelling" in rules("The bins go out on Tuesday, as ususal.")


@pytest.mark.parametrize("text", [
    "Your poll card tells you where to go, but you don't need it to vote.",
    "The canoe race starts in Devizes on Easter Sunday.",
])
def test_places_and_reported_questions_pass(text):
    assert not rules(text), text


def test_a_name_introduced_by_what_it_is_passes():
    # a pet's name opening a sentence, which codespell lists as a slip for another word
    assert not rules("Lost dog 🐕 Jinxy, a black lurcher, was last seen by the canal.")
    assert not rules("Found near the park 🐈 Tigger, a ginger tom, is safe at our kennels.")


@pytest.mark.parametrize("text, right", [
    ("Crew are on there way.", "their"), ("Leaving there BBQs on the grass again.", "their"),
    ("The best in Cov and there doing a festival deal.", "they're"), ("Use the bins, its not hard.", "it's"),
])
def test_real_word_slips_given_away_by_grammar(text, right):
    found = [f for f in findings("spelling", text) if f.rule == "spelling.word-choice"]
    assert found and found[0].replacement == right, text


@pytest.mark.parametrize("text", [
    "Is there parking at the library?", "We went there yesterday.", "Community spirit at its best!",
    "The park and its cafe reopen.", "Its new opening hours start Monday.", "Over there, by the gate.",
    "The pool can't fix the leak on its own.",
])
def test_grammar_slips_pass_ordinary_uses(text):
    assert "spelling.word-choice" not in rules(text), text


def test_two_edit_search_among_frequent_words_agrees_with_the_exhaustive_one():
    # likely_meant only looks two edits away among words frequent enough to matter; wherever the
    # exhaustive search finds such a word, the quick one must find the same.
    from checker.text import lexicon

    for word in ["pavillion", "millenium", "thnigs", "becuase", "kirkcaldy", "wtih", "abuot", "greggs", "hwere", "thnx"]:
        bar = lexicon.frequency(word) + lexicon.MUCH_MORE_FREQUENT + lexicon.TWO_EDITS_COST
        slow = lexicon.closest_known(word, 0.0)
        quick = lexicon.closest_known(word, bar)
        if slow[2] == 1 or (slow[0] is not None and slow[1] >= bar):
            assert quick == slow, word
        else:
            assert quick[0] is None or quick[1] >= bar, word


def test_an_emoji_ends_a_sentence_so_the_capitalised_slip_after_it_is_judged():
    assert "spelling.misspelling" in rules("Fresh bread every morning 🍞 Absolutly worth the trip.")
    assert not rules("Lovely day at Clent Hills 🌳 Bromsgrove looks great.")


def test_a_word_never_written_one_edit_from_a_word_in_use_is_a_slip():
    # wordfreq has never seen "playgruond"; one edit makes "playground" (Zipf 3.8, under the gap of 4).
    from checker.text import lexicon

    assert lexicon.frequency("playgruond") == 0.0 and lexicon.likely_meant("playgruond")[1] < lexicon.MUCH_MORE_FREQUENT
    assert "spelling.misspelling" in rules("Our new playgruond opens on Saturday.")


@pytest.mark.parametrize("text", [
    "Buses in London are run by TfL, and in Manchester by TfGM.",
    "Congratulations on your PhD, Dr Okafor!",
])
def test_mixed_case_abbreviations_are_not_misspellings(text):
    assert "spelling.misspelling" not in rules(text), text


@pytest.mark.parametrize("text, right", [
    ("Were thrilled with the turnout at the fun run.", "We're"),
    ("Cant wait to see you all on Saturday!", "Can't"),
    ("We wont take garden waste in black bags.", "won't"),
])
def test_missing_apostrophes_the_grammar_gives_away(text, right):
    found = [f for f in findings("spelling", text) if f.rule == "spelling.word-choice"]
    assert found and found[0].replacement == right, text


@pytest.mark.parametrize("text", [
    "Were you affected by the flooding last week?",
    "Were the bins collected on time? Let us know.",
    "Parking charges were reduced in March.",
])
def test_were_in_questions_and_mid_sentence_passes(text):
    assert "spelling.word-choice" not in rules(text), text


def test_a_slip_of_a_month_or_day_is_flagged_despite_its_capital():
    found = [f for f in findings("spelling", "The craft fair is on Wedensday at the park.") if f.rule == "spelling.misspelling"]
    assert found and "Wednesday" in found[0].suggestion


def test_text_language_that_is_the_residents_handle_is_their_name():
    assert "spelling.text-language" not in rules("@derby_lol Cheers Lol, the light is fixed now.")
    assert "spelling.text-language" in rules("@derby_jo lol the light is fixed now")


def test_edit_searches_refuse_runs_no_one_misspelt():
    # A pasted run of 100,000 letters (fuzzing found 'İstanbulİstanbul...'): the strings one edit
    # away are 54 per letter, each as long as the run, so the search used to take minutes and
    # gigabytes (2.3 GB at 4,000 letters). Now it is refused at once.
    from checker.text import lexicon

    run = "istanbul" * 12_500
    assert lexicon.one_edit_from_any(run, frozenset({"istanbul"})) is None
    assert lexicon.one_edit_apart(run, run[:-1]) is False
    assert lexicon.one_edit_apart("recieve", "receive") is True  # ordinary words still searched
    assert lexicon.closest_known(run) == (None, 0.0, 0)


@pytest.mark.parametrize("text, word, right", [
    ("Their are new bins on the way.", "Their", "There"),
    ("The rangers are their to help you.", "their", "there"),
])
def test_their_where_there_is_meant(text, word, right):
    found = [f for f in findings("spelling", text) if f.rule == "spelling.word-choice"]
    assert [(text[f.start:f.end], f.replacement) for f in found] == [(word, right)]


@pytest.mark.parametrize("text", [
    "Parents can update their to-do list in the app.",
    "Thank the volunteers for their time.",
    "Residents put their bins out early.",
])
def test_their_before_a_noun_phrase_passes(text):
    assert not [f for f in findings("spelling", text) if f.rule == "spelling.word-choice"]


def test_a_listed_misspelling_after_a_capitalised_opening_word_is_flagged():
    found = [f for f in findings("spelling", "The Goverment's new rules start in April.") if f.rule == "spelling.misspelling"]
    assert [f.replacement for f in found] in ([None], ["Government's"]) and found[0].start == 4
    # a capitalised word before it that is not an everyday opening word still makes it a name
    assert not findings("spelling", "Visit Kelvingrove Goverment Buildings")  # unknown proper name run


@pytest.mark.parametrize("text", [
    "The ferry is back on time today. Tapadh leat for bearing with us.",
    "Oidhche mhath from the library team, see you on Monday.",
])
def test_a_gaelic_greeting_the_identifier_splits_between_irish_and_scottish_gaelic_passes(text):
    assert not [f for f in findings("spelling", text) if f.rule == "spelling.misspelling"]


@pytest.mark.parametrize("text", [
    # a place's own spelling, opening a sentence before a place-name element
    "Callendar Park fun day is on Sunday from 11am.",
    "Glenurquhart Road is closed for resurfacing until Friday.",
    # dialect quoted as the speaker said it
    'As one of our crews put it: "Dinnae leave it oot on the pavement fae Boxing Day."',
    '"It\'s pure dreich oot," as our front-of-house team likes to say.',
])
def test_places_before_their_element_and_quoted_dialect_pass(text):
    assert "spelling.misspelling" not in rules(text)


@pytest.mark.parametrize("text, word", [
    # a misspelling every list knows is still one inside quotes
    ('The resident said: "I never recieved the letter."', "recieved"),
    # and a slip outside quotes is still judged (a dialect vowel, "oot", passes anywhere: dialect_spellings.csv)
    ("Leave it oot on the pavment on Boxing Day.", "pavment"),
])
def test_quotes_keep_listed_misspellings_and_prose_is_judged(text, word):
    assert any(word in str(f) for f in rules(text).get("spelling.misspelling", []))


@pytest.mark.parametrize("text, slip, meant", [
    ("Both nurserys reopen on Monday.", "nurserys", "nurseries"),
    ("Thanks to all the charitys who joined us.", "charitys", "charities"),
])
def test_a_consonant_and_y_takes_ies_before_s(text, slip, meant):
    found = {f.text: f for f in rules(text).get("spelling.misspelling", [])}
    assert slip in found and meant in found[slip].suggestion


@pytest.mark.parametrize("text", [
    "Enjoy the valleys, the abbeys and the long summer days.",
    "The standbys are listed below.",
])
def test_a_vowel_and_y_keeps_ys(text):
    assert "spelling.misspelling" not in rules(text)


@pytest.mark.parametrize("text", [
    # British single quotation marks: a document's own spelling, quoted
    "A 1790 letter in our archive reads: 'the Overseers are desir'd to mend ye Bridge forthwith'. Come and see it.",
    # a score after a dash is a figure, not text language for "for"
    "New ratings:\n• Quay Deli – 4\n• The Old Bakehouse – 5",
])
def test_single_quoted_documents_and_scores_pass(text):
    assert not {f.rule for f in findings("spelling", text) if f.severity in ("error", "warning")}, text


def test_text_language_still_found_outside_single_quotes():
    assert "spelling.text-language" in {f.rule for f in findings("spelling", "Our archivist said 'lovely find' and ur welcome to visit")}


def test_a_capital_inside_a_word_is_a_brand():
    assert not findings("spelling", "Good news 💪 FitHub on Westfield Street has late opening this week.")


def test_deffo_is_text_language():
    assert "spelling.text-language" in {f.rule for f in findings("spelling", "Deffo the best day out this summer")}


@pytest.mark.parametrize("text, flagged_", [
    # SCOWL's capitalised Gray is a surname: the lower-case word is still American
    ("The volunteers rebuilt the gray drystone wall above the reservoir.", True),
    ("Thanks to Martin Gray for today's photo of the reservoir.", False),
    # letters no English word is written with: another language's line
    ("Przypominamy: zbiórka odpadów w środę.\nReminder: bins are collected on Wednesday.", False),
    ("Ačiū visiems!\nThanks to everyone who came along!", False),
    # a dropped g marked by its apostrophe is dialect on purpose; without it, a slip
    ("Stop chuckin' your rubbish in the beck.", False),
    ("This isn't rocket science, you bleedin' idiots.", False),
    # a motorway's number is no text speak; the same letters in lower case are
    ("The zone covers the city centre inside the M8 and the Clyde.", False),
    ("Cheers m8, we'll get it sorted.", True),
    ("The crews were workin all night after the storm.", True),
])
def test_name_only_entries_other_alphabets_and_dropped_g(text, flagged_):
    assert bool(rules(text)) is flagged_, text


@pytest.mark.parametrize("text, flagged_", [
    # a typing slip (two letters swapped, a consonant dropped from a cluster) of a frequent word
    ("We're at the hosptial open day on Saturday.", True),
    ("Merry chrismas from everyone at the depot!", True),
    ("The hotel has a fantasic spring offer.", True),
    # dialect and food words that are near a frequent word by another edit stay
    ("From rowies to cheese, there's something for everyone.", False),
    ("It's a gurt big lorry on the lane.", False),
])
def test_typing_slips_of_frequent_words(text, flagged_):
    assert bool(rules(text)) is flagged_, text


@pytest.mark.parametrize("text, flagged_", [
    # a sentence's first word written capitalised mid-sentence elsewhere in the post is a name
    ("The count is at the Pingles Leisure Centre. Pingles will close at 6pm on Thursday.", False),
    ("Pingles will close at 6pm on Thursday.", True),
    # a listed misspelling stays one wherever it stands
    ("Recieve your new bins this week. The Recieve team is here to help.", True),
])
def test_a_first_word_named_elsewhere_in_the_post(text, flagged_):
    assert bool(rules(text)) is flagged_, text


@pytest.mark.parametrize("text, flagged_", [
    # "there" before an adjective and a plural noun is "their"; "who's" before a noun and its verb is "whose"
    ("Some residents cannot log in to there online accounts this morning.", True),
    ("Congratulations to Ethan, who's ADHD hasn't stopped him winning!", True),
    # the same words used rightly
    ("Is there free parking? Yes, there are free spaces behind the hall.", False),
    ("Who's coming to the fair on Saturday?", False),
    ("Thanks to Sue, who's been brilliant all year.", False),
    ("Guess who's Santa this year!", False),
])
def test_there_and_whose_by_the_words_after(text, flagged_):
    assert bool(rules(text)) is flagged_, text


@pytest.mark.parametrize("text, flagged_", [
    # capitals before a lower-case run in a tag: initials and a word when only that reads
    ("When the website crashes five minutes before the deadline #CouncilLife #ITcrowd", False),
    ("Proud of our nurses #NHSWales", False),
    ("The island should have its own say. #IWfirst", False),
])
def test_initials_then_a_word_in_a_hashtag(text, flagged_):
    assert bool(rules(text)) is flagged_, text


@pytest.mark.parametrize("text, flagged_", [
    # an everyday word with only vowels left out is text speak, listed or not
    ("Pop into the Market Place this wkend!", True),
    ("Thanks for your msg, call us bck on Monday.", True),
    # dialect, Welsh and Scots words are not vowel-less everyday words
    ("It's a gurt big lorry on the lane.", False),
    ("Walk up the cwm to the waterfall.", False),
    ("Gie it a go at the ceilidh!", False),
])
def test_vowels_left_out_of_an_everyday_word(text, flagged_):
    assert any(f.rule == "spelling.text-language" for f in findings("spelling", text)) is flagged_, text


@pytest.mark.parametrize("text, flagged_", [
    # "Were" opening a statement with an adverb before its adjective; "there" before an adjective and a noun
    ("Were really pleased to announce our new partnership.", True),
    ("Congratulations to the Oakwood Bakery team on there new shop!", True),
    # a question, and the existential "there"
    ("Were you at the market on Saturday?", False),
    ("Is there new funding this year? Yes, there is.", False),
])
def test_were_and_there_with_a_word_between(text, flagged_):
    assert bool(rules(text)) is flagged_, text


@pytest.mark.parametrize("text", [
    # Scots and Geordie vowels (dialect_spellings.csv), not only when quoted
    "The engineers are oot the day an' the morn, so ye should aa be warm by Friday.",
    "Tell them the cooncil sent ye!", "Peerie hooses, muckle views on Bressay.",
    "Da wind's blawn da bins aa ower Sound again.", "Oor tenants get 10% aff this month.",
    # the ø of Shetland dialect spelling, as the letters of Polish or Czech
    "Dis is wir new housing officer, Kirsten. Shø's fae Yell.",
    # lines in a language the identifier does not know, written in Latin letters
    "Robibar shokal 9ta theke Idea Store khola thakbe. From February, Idea Store opens at 9am on Sundays.",
    "Free English classes on Mondays. Amader volunteer apnake shahajjo korbe.",
])
def test_dialect_vowels_and_unidentified_languages_pass(text):
    assert [f.text for f in findings("spelling", text)] == []


@pytest.mark.parametrize("text, slips", [
    ("Please phone the hosue team.", {"hosue"}),  # ou typed as uo: no dialect writes it
    ("We recieved ur complant abt the bins.", {"recieved", "complant"}),  # slips among known words stay slips
])
def test_slips_beside_dialect_rules_are_still_found(text, slips):
    assert slips <= {f.text for f in findings("spelling", text)}


@pytest.mark.parametrize("text, slip", [
    # a vowel dropped from a pair of vowels is a slip of typing, like two letters swapped
    ("The cafe does the most delicous flat whites in town.", "delicous"),
    ("Seriusly, the office is shut at 3am.", "Seriusly"),
    ("We're recruting for a Head of Active Travel.", "recruting"),
])
def test_a_vowel_dropped_from_a_pair_is_a_slip(text, slip):
    assert slip in {f.text for f in findings("spelling", text)}


@pytest.mark.parametrize("text", [
    "Yow lot were bostin at the sports day.",  # one edit from Boston: no one writes a place in lower case by slip
    "It were bostin at the splash sessions, ow bist?",
])
def test_lower_case_words_are_no_slips_for_names(text):
    assert [f for f in findings("spelling", text) if f.rule == "spelling.misspelling"] == [], text


@pytest.mark.parametrize("text", ["We will recieve applications until Friday.", "Someone has nicked the defibrilator from outside the shop.",
                                  "Merry chrismas from the depot!"])
def test_slips_for_common_words_and_days_still_flag(text):
    assert any(f.rule == "spelling.misspelling" for f in findings("spelling", text)), text
