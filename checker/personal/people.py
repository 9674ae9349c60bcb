"""People: a private individual named together with details about them.

Names come from spaCy's entities (`ctx.doc`), plus titled names ("Mrs Evans") found by pattern, so
the check still works, more narrowly, when no model is installed. A name alone is not a finding
(thanking a volunteer is normal); a name in the same sentence as a detail about that person (a
service user, a child and their school, health, a date of birth, a home, debts) is. Public figures
in their public role (the Mayor, a councillor, a named officer) pass, and so do place names that
the small model takes for people (Shirley, Knowle, Warwick Road).
"""
from __future__ import annotations

import re
from typing import Iterator

from checker import wordlists
from checker.personal import (
    Hit,
    Settings,
    address,
    data,
    end_of_next_sentence,
    sentence_around,
    words_pattern,
)
from checker.text import lexicon, places, politics, speech

WORDS = data()["people"]
# A court's outcome said right before the name: the defendant of a published prosecution.
COURT_BEFORE = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in WORDS["court_outcomes"]) + r")\s+$", re.IGNORECASE)
TRADING_AS = re.compile(r"\b(?:trading as|t/a)\s+['‘\"“]?(?:[\w&’'-]+\s+){0,3}$", re.IGNORECASE)
# A public body's name (Trading Standards, Police Scotland) inside what the model calls a person:
# "Norfolk Trading Standards" is an organisation.
PUBLIC_BODY = words_pattern(wordlists.lines("public_bodies.txt"))
TITLES = "|".join(t.capitalize() for t in WORDS["titles"])
# A capitalised word in any European spelling (Armendáriz, Kjær, Strømsnes).
UPPER, LOWER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĘĚĞĪŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŹŻŽ", "a-zß-öø-ÿ\u0100-\u017f'’-"
# Smith, McCune, O'Brien, MacDonald.
WORD = f"[{UPPER}](?:[{LOWER}]+|[{LOWER}]*[{UPPER}][{LOWER}]+)"
# Between the words of one name: spaces, never a line break ("Coalville and Ashby\n\nOur 16-year-old"
# is a heading's places and the next paragraph's first word, not "Ashby Our").
GAP = r"[^\S\n]+"
PARTICLE = "(?:" + "|".join(WORDS["name_particles"]) + ")"
# A full name: capitalised words, with particles between them (Cinthia van Lint).
FULL_NAME = WORD + r"(?:" + GAP + r"(?:" + PARTICLE + GAP + r"){0,2}" + WORD + "){1,2}"
TITLED_NAME = re.compile(r"\b(?:" + TITLES + r")\.?\s+(?:[A-Z]\.?\s+)?" + WORD + r"(?:" + GAP + WORD + ")?")
PUBLIC_ROLE = words_pattern(WORDS["public_roles"])
# Capitalised titles of rank, right before the name (case matters: "Princess Anne", not "carnival princess, Daisy").
HONORIFIC_BEFORE = re.compile(r"(?<![\w'’])(?:" + "|".join(WORDS["honorifics"]) + r")\s+$")
HONORIFIC = re.compile(r"(?:" + "|".join(WORDS["honorifics"]) + r")\s")
# A capital inside a word after three lower-case letters (PureGym, FitHub), not the Mc, Mac, De or
# Le of a surname (McDonald, MacLeod, DeShawn).
BRAND = re.compile(r"\b(?!Mac)[A-Z][a-z]{2,}[A-Z][a-z]")
# A saint's name is a church, a school or a town (St Peter's, St Andrews), never a private person.
SAINT = re.compile(r"(?:St\.?|Saint)\s")
# A home street said right after the name ("Gary Stott from Aragon Road", "Kev Marsh of Rowan Way"):
# where a private person lives. Not a named building on that street ("from Elm Road Surgery").
STREET_TYPES = "|".join(sorted(data()["address"]["street_types"], key=len, reverse=True))
HOME_STREET = re.compile(
    r"^,?\s+(?:of|from|(?:who\s+)?lives?\s+(?:on|in|at))\s+(?:[A-Z][\w'’-]+\s+){1,3}(?i:" + STREET_TYPES + r")\b(?!\s+[A-Z])"
)
REFERRAL_REACH = 300  # characters read for the pronoun: a run-on post must not make it quadratic
# Words that refer back to one person ("... for his award", "because of her asthma").
PRONOUN = re.compile(r"\b(?:he|him|his|she|her|hers|he['’]s|she['’]s|he['’]ll|she['’]ll|himself|herself)\b", re.IGNORECASE)
# ", who" right after the name, or after a short description of names, numbers and places ("Ruby
# Price, Year 5 at Ledbury Primary, who has ADHD"), opens a clause said only of people: a firm or a
# thing takes "which" or "that". (Not after a common noun: "the OT team, who'll call" is the team.)
_DESCRIBED = r"(?:[A-Z0-9][\w'’-]*|at|in|of|from|on)"
WHO_AFTER = re.compile(rf"(?:(?:,\s+|\s+(?=of\s|from\s|at\s)){_DESCRIBED}(?:\s+{_DESCRIBED})*)?,\s+who\b")
# Words that make a name a place, a building or a business: personal_data's own, and the business
# nouns of the endorsement check's data (Cnoc Conwy Lettings, Speyside Glazing), except those
# that are also surnames (Butcher, Barber).
PLACE_WORD = words_pattern([*WORDS["place_words"], *(w for w in wordlists.toml("endorsement.toml")["names"]["business_nouns"]
                                                    if w.lower() not in WORDS["place_words_also_surnames"] + ["butcher", "barber"])])
# The same words right after the name, in any case ("Glenurquhart High", "Warwick Road").
PLACE_WORD_AFTER = re.compile(r"\s+(?:" + PLACE_WORD.pattern + ")", re.IGNORECASE)
SURNAME_PLACE = words_pattern(WORDS["place_words_also_surnames"])
# What follows a surname in a family firm's name: "and Son", "& Daughters", "Bros", "& Co".
FIRM_AFTER = re.compile(r"\s*(?:(?:and|&)\s+(?:Sons?|Daughters?|Co\b|Company|Partners|Brothers)|Bros\b)")
# "in Selly Oak", and the later places of a list ("in Hatfield and Hemel Hempstead").
LOCATIVE_BEFORE = re.compile(r"(?:^|\s)(?i:" + "|".join(WORDS["locative"]) + r"|the)\s+"
                             r"(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s*(?:,|and|or|&)\s+)*$")
LEADING_VERB = words_pattern(WORDS["leading_verbs"])
SENSITIVE = words_pattern([*WORDS["sensitive"], *WORDS["special_category"], *WORDS["wedding"]], regex=True)
SPECIAL = words_pattern(WORDS["special_category"], regex=True)
ELECTED_ROLE = words_pattern(WORDS["elected_roles"])


def _sensitive_acronyms() -> re.Pattern:
    """The council abbreviations whose meaning is itself a sensitive detail (EHCP, ASN, SEBN: a
    child's support needs; CAMHS: mental health), from the list plain English reads
    (acronyms_council.csv). Case kept: SEND the plan, not "send" the verb."""
    sensitive = [row["acronym"].strip() for row in wordlists.rows("acronyms_council.csv")
                 if SENSITIVE.search(row["meaning"])]
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(sensitive, key=len, reverse=True))) + r")(?![\w-])")


SENSITIVE_ACRONYM = _sensitive_acronyms()


# A detail said of everybody or of the reader ("the checks every reception child gets", "your
# child's school"): not of the staff member named beside it.
OF_ALL = re.compile(r"\b(?:every|each|all|any|your|our)\s+(?:[\w'’-]+\s+)?$", re.IGNORECASE)


def _about_the_one(fragment: str) -> bool:
    """A detail about the one person named (staff in their job): not one said of a group."""
    return any(not OF_ALL.search(fragment[max(0, m.start() - 30):m.start()])
               for pattern in (SENSITIVE, SENSITIVE_ACRONYM) for m in pattern.finditer(fragment))


# The people named said yes to it: a consent given in the post covers what they shared (a wedding,
# a birthday), not their health, care or money.
CONSENT = re.compile(r"\b(?:with (?:their|his|her) (?:kind )?permission|thank(?:s| you) for letting us share|"
                     r"(?:shared|posted) with (?:their |his |her )?(?:permission|consent)|(?:who|they) (?:asked|agreed) "
                     r"(?:us )?to share)\b", re.IGNORECASE)
WEDDING = words_pattern(WORDS["wedding"], regex=True)


def _beyond_consent(fragment: str) -> bool:
    """A detail other than the wedding itself."""
    return says_something_about(WEDDING.sub(" ", fragment))


# The same words matched case-sensitively against lower-cased text: asked of every post, and an
# alternation of hundreds of words runs twice as fast without re.IGNORECASE (0.11 -> 0.06 ms a post).
SENSITIVE_LOWER = re.compile(SENSITIVE.pattern, SENSITIVE.flags & ~re.IGNORECASE)


def says_something_about(fragment: str) -> bool:
    """Whether the text holds a detail about a person: a sensitive word or abbreviation."""
    return bool(SENSITIVE_LOWER.search(fragment.lower()) or SENSITIVE_ACRONYM.search(fragment))
NAME_TOKEN = re.compile(f"^{WORD}$|^[{UPPER}]\\.?$|^{PARTICLE}$")
# A full name set off by a comma and a description ("Czcibor Kaczmarek, a resident of ...",
# "Don McBryde, who is in foster care"): found without the model, which misses unusual names.
APPOSITIVE = re.compile(
    r"(?<![\w'’])(" + FULL_NAME + r")(?=,\s+(?:a|an|one of|who|whose|born|aged|age|our|the)\b|\s+\((?:aged|born|\d))"
)
# A role said right before the name ("Cllr", "the Mayor,", "Director of Public Health") or right
# after it (", Cabinet Member for", " (headteacher)").
ROLE_BEFORE = re.compile(
    r"(?i:" + PUBLIC_ROLE.pattern + r")\.?(?:\s+(?:of|for|the|and|&|[A-Z][\w&'’-]*))*\s*[,:]?(?:\s*(?:Dr|Prof|Professor)\.?)?\s*$"
)
STAFF_ROLE = words_pattern(WORDS["staff_roles"])
STAFF_BEFORE = re.compile(r"(?i:" + STAFF_ROLE.pattern + r")\.?(?:\s+[A-Z][\w&'’-]*)*\s*[,:]?\s*$")
STAFF_AFTER = re.compile(r"^\s*(?:,|\(|-|–|—|who is|is)\s*(?:the\s+|our\s+|a\s+|an\s+)?[^.!?;]{0,25}?(?:" + STAFF_ROLE.pattern + r")", re.IGNORECASE)
# A job title in capitals after "our", made of ordinary words ("our Care Navigator Amy", "our Tenancy
# Officer Jo"): the council introducing its own staff, whatever the title.
TITLE_CASE_ROLE_BEFORE = re.compile(r"\b(?i:our)\s+((?:[A-Z][a-z]+\s+){1,3})$")


def job_title_before(before: str) -> bool:
    match = TITLE_CASE_ROLE_BEFORE.search(before)
    return bool(match) and all(map(lexicon.is_only_common_word, match.group(1).split()))


# ("from our" too: "Lorna Ashby from our fostering team" is the council's own staff.)
ROLE_AFTER = re.compile(r"^\s*(?:,|\(|-|–|—|who is|is|from our)\s*(?:the\s+|our\s+|a\s+)?[^.!?;]{0,25}?(?:" + PUBLIC_ROLE.pattern + r")", re.IGNORECASE)
# The rest of a capitalised job title after its role word ("Director for Special Educational Needs").
TITLE_REST = re.compile(r"(?:\s+(?:of|for|and|&|the)(?=\s+[A-Z])|\s+[A-Z][\w&'’-]*)*")
# A new starter's post said after the name, however long the words between ("Gemma Lloyd, who
# joins us as Executive Director for Adult Social Care").
JOINS_AS = re.compile(r"\s*,?\s*(?:who\s+)?(?:joins|joined|has\s+joined|will\s+join|is\s+joining)\s+(?:us|the\s+\w+(?:\s+\w+)?)\s+as\s+"
                      r"(?:our\s+|the\s+|a\s+|an\s+|new\s+)*(?:[A-Za-z&-]+\s+){0,3}?(?:" + PUBLIC_ROLE.pattern + r")", re.IGNORECASE)
# A first name given with an age ("Liam, 8,", "Kai (7)"): a child is identified by much less than
# a full name.
# A school year in brackets ("Ruby (Year 3)", "Ewan (P2)", Scotland's secondary "Jamie (S3)") says as much as an age; a range ("aged 3-7",
# "aged 16 to 24") is a group, not a person.
AGED_NAME = re.compile(
    r"\b((?:" + WORD + r"\s+)?" + WORD + r")(?=,\s*(?:aged\s+)?\d{1,2},|\s*\(\s*(?:aged\s+)?\d{1,2}\s*[),]"
    r"|,?\s+aged\s+\d{1,2}\b(?!\s*(?:[-–—]|to)\s*\d)|\s*\(\s*(?i:year|yr|p|s)\s?\d{1,2}\b)")
RATINGS = re.compile(r"\b(?:ratings?|rated|scores?|stars?)\b", re.IGNORECASE)
# Two people named together ("Chloe Pattinson & Ryan Irving", "Hannah & Josh Ridley"), which the
# small model often reads as one organisation.
COUPLE = re.compile(rf"(?<![\w'’])({WORD}(?:{GAP}{WORD})?){GAP}(?:&|and){GAP}({WORD}{GAP}{WORD})(?![\w'’])")
# An age said right before the name ("6-year-old Alfie Moss"): a person, whatever the model calls it.
AGED_BEFORE = re.compile(r"\b\d{1,2}[- ]years?[- ]old\s+(" + WORD + r"(?:" + GAP + WORD + r")?)")
# A relative named in a reply ("your son Freddie", "your mum, Dorothy Pickles"): the first name alone
# identifies the child or the person cared for to everyone who knows the family.
RELATIVE_NAME = re.compile(
    r"\b(?i:(?:your|ur|yr|his|her|their|my)\s+(?:son|daughter|child|boy|girl|grandson|granddaughter|mum|mother|dad|"
    r"father|wife|husband|partner|nan|gran|grandad|grandma|brother|sister)(?:['’]s)?),?\s+(" + WORD + r"(?:" + GAP + WORD + r")?)"
    r"(?![\w])")  # a whole word: not the "Do" of "your gran's DoLS"
NOT_A_NAME = re.compile(
    r"year|years|junction|route|stage|level|grade|room|page|round|ward|term|week|day|class|group|team|under|"
    r"over|aged|age|ages|platform|bus|gate|number|no|step|phase|chapter|section|figure|table|item|children|"
    r"adults|kids|pupils|boys|girls|men|women|players|people|residents|january|february|march|april|may|"
    r"june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|the|and|or|for|with|from",
    re.IGNORECASE,
)


def find(text: str, settings: Settings, doc=None) -> Iterator[Hit]:
    if not says_something_about(text) and not re.search(r"\b(?:of|from|lives?)\s+[A-Z]", text):
        return  # a name with nothing about the person is not a finding: skip the work
    yield from addressee_details(text)
    consented = CONSENT.search(text)
    seen: set[tuple[int, int]] = set()
    found = list(dict.fromkeys(candidates(text, doc)))
    # A first name given elsewhere in the post with a public role is that public figure, named again
    # (a bilingual post names "Candidate Seumas MacLean" and, in Gaelic, "Seumas MacIlleathain").
    in_role = {text[s:e].split()[0] for s, e in found
               if " " in text[s:e] and in_public_role(text, s, e) and not hr_record(text, s, e, sentence_around(text, s, e)[0])}
    # "Replying to Jen: frankly Jen, ...": the name the reply opens on, said again, is still theirs.
    greeting = address.REPLY.match(text)
    addressee = greeting.group(0).split()[-1] if greeting else None
    for start, end in found:
        if (start, end) in seen or text[start:end] == addressee or not is_private(text, start, end, doc) \
                or in_role.intersection(text[start:end].split()):
            continue
        seen.add((start, end))
        left, _ = sentence_around(text, start, end)
        told = speech.without_others_speech(text, start, end)
        if (says_something_about(told[left:start]) or says_something_about(told[end:end_of_next_sentence(text, start)])
                or HOME_STREET.match(text[end:end + 80])):
            if consented and not _beyond_consent(text[left:end_of_next_sentence(text, start)]):
                continue  # "thank you for letting us share your photo": their own choice to be named
            yield Hit("person", start, end, "error")


# In a reply, the resident's own money or health dealings stated with a sum ("your HB overpayment
# of £340.20", "your rent arrears of £634"): their name is the greeting, the detail is theirs.
YOUR_DETAIL = re.compile(r"\b(?i:your|ur)\s+(?:[\w'’-]+\s+){0,3}?(?P<detail>" + SENSITIVE.pattern + r")"
                         r"[^.!?\n]{0,40}?£\s?\d[\d,]*(?:\.\d\d)?", re.IGNORECASE)


def addressee_details(text: str) -> Iterator[Hit]:
    if address.is_reply(text):
        for m in YOUR_DETAIL.finditer(text):
            yield Hit("person", m.start(), m.end(), "error")


def candidates(text: str, doc) -> Iterator[tuple[int, int]]:
    for m in TITLED_NAME.finditer(text):
        yield m.start(), m.end()
    for m in RELATIVE_NAME.finditer(text):
        if re.search(r"['’]s,?\s*$", text[m.start():m.start(1)]) and all(map(lexicon.is_common_word, m.group(1).split())):
            continue  # "your child's Personal Education Plan": after a possessive, ordinary words are a thing of theirs
        yield from trimmed(m.start(1), m.group(1).split(" "), minimum=1)
    # A figure in brackets after each name of a post about ratings is a rating, not an age
    # ("Abbey Larder (5), Kingsmead Grill (3)").
    for m in COUPLE.finditer(text):
        first, second = m.group(1), m.group(2)
        before = text[max(0, m.start() - 30):m.start()]
        if (first.lower() in places.names() or second.lower() in places.names()) \
                and (LOCATIVE_BEFORE.search(before) or re.search(r",\s*$", before)):
            continue  # "in Hatfield and Hemel Hempstead", "of Nasty, Haultwick and Dane End": places
        if not all(map(lexicon.is_common_word, first.split())) and not all(map(lexicon.is_common_word, second.split())):
            # "Hannah & Josh Ridley": the first shares the second's surname, so the pair is one name
            yield from trimmed(m.start(1), first.split(" "), minimum=2) if " " in first else iter([(m.start(1), m.end(2))])
            yield from trimmed(m.start(2), second.split(" "), minimum=2)
    rated = RATINGS.search(text)
    for pattern in (AGED_BEFORE,) if rated else (AGED_NAME, AGED_BEFORE):
        for m in pattern.finditer(text):
            yield from trimmed(m.start(1), m.group(1).split(" "), minimum=1)
    for m in APPOSITIVE.finditer(text):
        if not all(lexicon.is_common_word(w) for w in m.group(1).split()):  # "Care Plan, the ..." is a thing
            yield from trimmed(m.start(1), m.group(1).split(" "), minimum=2)
    if doc is None:
        return
    greeting = address.REPLY.match(text)
    # Where the model saw a one-word name that is no ordinary word or known place (Kerensa, Amy):
    # a he or she after it is more likely that person's than an earlier name's.
    name_starts = tuple(ent.start_char for ent in doc.ents if ent.label_ in ("PERSON", "ORG") and len(ent) == 1
                        and NAME_TOKEN.match(ent.text) and not lexicon.is_common_word(ent.text)
                        and ent.text.lower() not in places.names())
    for ent in doc.ents:
        if ent.label_ not in ("PERSON", "ORG"):
            continue
        tokens = [t for t in ent if not t.is_punct and t.text not in ("'s", "’s")]
        # Words, not tokens: a hyphenated first name is three tokens ("Ellie-Mae Thomas" is a name of two).
        if ent.label_ == "ORG" and len(tokens) > 3:
            # The small model sometimes files a child's name under ORG, and runs a name into where the
            # person is from ("Edna Rolfe of Brading"): the words before "of" or "from" are the name.
            joint = next((i for i, t in enumerate(tokens) if t.text in ("of", "from")), None)
            if joint not in (2, 3):
                continue
            tokens = tokens[:joint]
        if not tokens or not all(NAME_TOKEN.match(t.text) for t in tokens):
            continue
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        if greeting and start < greeting.end():
            continue  # the resident the reply answers: their own name, given back to them
        # Organisations and services are not people: an ORG with an ordinary word in it (Adult
        # Social Care, Welsh Labour, Hebridean Housing), a PERSON made only of ordinary words
        # (Changing Places, Care Plan, Universal Credit). Unless the post goes on to say "he" or
        # "she" of it: then it is a person the small model misfiled ("Jayden Price (...) for his
        # award"), and a first name alone is enough to identify a child to everyone who knows them.
        if PUBLIC_BODY.search(text[start:end]):
            continue
        # A party's name is no person's, however the model files it ("Sinn Féin's motion").
        if politics.lexicon().forms.get(text[start:end], ("", ""))[1] == "always":
            continue
        ordinary = [lexicon.is_common_word(t.text) for t in tokens]
        is_org = ent.label_ == "ORG"
        referred = referred_to(text, end, name_starts) and not lexicon.is_only_common_word(tokens[0].text)
        if (any(ordinary) if is_org else all(ordinary)) and not referred:
            continue
        if is_org and len(tokens) == 1 and not referred:
            continue
        if is_org and {tokens[0].text.lower(), tokens[-1].text.lower()} & places.council_areas():
            continue  # what the model calls an organisation, with a council's area: a branch (Basildon Homebase)
        yield from trimmed(start, text[start:end].split(" "), 1 if referred else 2)
    yield from _unlabelled_names(text, doc)


# "their", "they" or "its" before any he or she: the name is a firm or a group ("Thanks to Barclays
# for their donation").
THEY_FIRST = re.compile(r"(?:(?!\b(?:he|him|his|she|her|hers)\b)[^.!?])*?\b(?:they|their|theirs|them|its)\b", re.IGNORECASE)


# A new sentence opening on another noun phrase before the he or she ("Thanks to Greggs! The
# manager said he..."): the pronoun is that noun's.
NEW_SUBJECT = re.compile(r"(?:(?!\b(?:he|him|his|she|her|hers)\b)[^.!?])*[.!?]+\s+(?:The|A|An|Our|Their|Its|This|That|These|Those|Every|Each)\b")


def _unlabelled_names(text: str, doc) -> Iterator[tuple[int, int]]:
    """One or two capitalised words the small model gave no person label, or took for a place
    ("Welcome back Harvey!", "Kayden from St Mark's"), taken up by he or she: a person, and a
    first name is enough to identify a child to everyone who knows them."""
    labelled = {t.i for ent in doc.ents if ent.label_ in ("PERSON", "ORG") for t in ent}
    i = 0
    while i < len(doc):
        token = doc[i]
        if not (token.i not in labelled and not token.is_sent_start and NAME_TOKEN.match(token.text)
                and token.text[:1].isupper() and (token.pos_ == "PROPN" or token.ent_type_ in ("GPE", "NORP", "LOC"))):
            i += 1
            continue
        j = i + 1 if i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN" and doc[i + 1].text[:1].isupper() \
            and doc[i + 1].i not in labelled and NAME_TOKEN.match(doc[i + 1].text) else i
        words = [doc[k].text for k in range(i, j + 1)]
        start, end = token.idx, doc[j].idx + len(doc[j].text)
        if not any(lexicon.is_common_word(w) or w.lower() in places.names() or NOT_A_NAME.fullmatch(w) for w in words) \
                and text[start:end].lower() not in places.names() and text[start:end].lower() not in places.council_places() \
                and referred_to(text, end):
            yield start, end
        i = j + 1


def referred_to(text: str, end: int, other_names: tuple[int, ...] = ()) -> bool:
    """The name is taken up by 'he' or 'she' later in its sentence or the next, before any other
    name (a titled one, or one of `other_names`, where the model saw other people), a new
    sentence's subject or a 'their' could be what the pronoun means."""
    if WHO_AFTER.match(text, end):
        return True
    if THEY_FIRST.match(text, end) or NEW_SUBJECT.match(text, end):
        return False
    after = text[end:min(end + REFERRAL_REACH, end_of_next_sentence(text, end))]
    pronoun = PRONOUN.search(after)
    if not pronoun or any(end < start < end + pronoun.start() for start in other_names):
        return False  # "Mousehole carers: our worker Kerensa is at the hall. Come and see her"
    return not re.search(r"(?<![.!?]\s)(?<!^)\b(?:Mr|Mrs|Ms|Miss|Dr)\b", after[:pronoun.start()])


def trimmed(start: int, words: list[str], minimum: int) -> Iterator[tuple[int, int]]:
    """The name without a verb or greeting glued to its front ("Ring Brian", "Meet Liam"), nor a
    possessive on its end ("Mia's place")."""
    words = words[:-1] + [re.sub(r"['’]s$", "", words[-1])] if words else words
    end = start + len(" ".join(words))
    while words and (LEADING_VERB.fullmatch(words[0]) or NOT_A_NAME.fullmatch(words[0])):
        start += len(words[0]) + 1
        words = words[1:]
    # A lone first name (or Shirley, Knowle) identifies no one unless an age comes with it.
    if len(words) >= minimum and not any(NOT_A_NAME.fullmatch(w) for w in words):
        yield start, end


PLACE_AFTER_AND = re.compile(r"\s*(?:and|&|or)\s+([A-Z][\w'’-]+(?:[\s-]+(?:[A-Z][\w'’-]+|on|upon|in|le|under)){0,3})")
PLACE_BEFORE_AND = re.compile(r"([A-Z][\w'’-]+(?:[\s-]+(?:[A-Z][\w'’-]+|on|upon|in|le|under)){0,3})\s*(?:and|&|or)\s*$")


def _beside_a_place(text: str, start: int, end: int, before: str) -> bool:
    """The name ends on a place-name element (Marsh, Heath, Green) and is joined by "and" or "or"
    to a name the gazetteer holds as a place: two places listed together ("Romney Marsh and
    Lydd"), not "Mary Jones and Hythe"."""
    if not places.is_toponym_word(text[start:end].split()[-1].lower()):
        return False
    other = PLACE_AFTER_AND.match(text, end) or PLACE_BEFORE_AND.search(before)
    if other is None:
        return False
    return other.group(1).lower() in places.names()


def is_private(text: str, start: int, end: int, doc=None) -> bool:
    name = text[start:end]
    after = text[end:end + 60]
    if PLACE_WORD.search(name) or PLACE_WORD_AFTER.match(after):
        return False  # Warwick Road, Shirley Library, Oakfield Primary
    if FIRM_AFTER.match(after):
        return False  # "A. Pugh and Son", "Hughes & Daughters", "Dyer Bros": a family firm
    if name.lower() in places.council_places() or " " in name and name.lower() in places.council_areas():
        return False  # "Norfolk needs more carers like him", "back into Blaenau Gwent": the area, not a person
    if BRAND.search(name):
        return False  # "PureGym Chelmsford": a capital inside a word of three letters or more is a brand
    if SAINT.match(name) or "," in name:
        return False  # St Peter's, St Andrews; "Salthill, Clitheroe" is two places
    words = name.split()
    left, _ = sentence_around(text, start, end)
    before = text[max(left, start - 45):start]
    known_place = name.lower() in places.names()
    if (SURNAME_PLACE.fullmatch(words[-1]) or known_place) and LOCATIVE_BEFORE.search(before):
        return False  # "near Dorridge Heath", "in Selly Oak", but "to Lily Hill" is a person
    if len(words) > 1 and words[-1].lower() in places.names() and re.search(r"\b(?:at|in)\s+$", before):
        return False  # "at Xcite Whitburn": a venue's branch in a town ("served on Gary Pocklington" stays a person)
    if known_place and re.match(r"['’]s?\s+(?:own\s+|new\s+|oldest\s+|youngest\s+|first\s+|biggest\s+)?[a-z]", text[end:end + 20]):
        return False  # "Thornaby's oldest resident", "Camden's street trees": the place's
    if len(words) > 1 and words[0].lower() in places.names() and lexicon.is_common_word(words[-1]) and words[-1].endswith("s"):
        return False  # a place and a plural (Ladywell Fields, Thornham Walks) is somewhere to go
    if len(words) > 1 and words[0].lower() in places.council_areas() and all(map(lexicon.is_common_word, words[1:])):
        return False  # a council's town and ordinary words (Walsall Mind, Wolverhampton Adult Education)
    if len(words) > 1 and words[-1].lower() in places.council_areas() and all(map(lexicon.is_common_word, words[:-1])):
        return False  # ordinary words and the area a branch serves (Citizens Advice Torfaen, Victim Support Kent)
    if _beside_a_place(text, start, end, before):
        return False  # "Romney Marsh and Lydd:", "Lydd and Romney Marsh": places listed together
    if COURT_BEFORE.search(before):
        return False  # "prosecuted Barry Nunn": a defendant named in a published court outcome
    if TRADING_AS.search(before):
        return False  # "trading as 'Ace Tree Care'": the name of a business
    if STAFF_BEFORE.search(before) or STAFF_AFTER.match(text[end:end + 60]) or job_title_before(before):
        right = sentence_around(text, start, end)[1]
        told = speech.without_others_speech(text, start, end)
        if not _about_the_one(told[left:start]) and not _about_the_one(told[end:right]):
            return False  # "Julie Bramwell, a Reablement Worker": staff in their job
    if in_public_role(text, start, end) and not hr_record(text, start, end, left):
        return False  # Cllr Priya Nair; Michelle Grant, Director of Environment Services
    if HONORIFIC.match(name) or HONORIFIC_BEFORE.search(before):
        return False  # Dame Kelly Holmes, Princess Anne
    if doc is not None and names_a_thing(doc, end):
        return False  # "Thomas Hope care home", "the Trevithick Fields scheme": a name on a thing
    return True


def hr_record(text: str, start: int, end: int, left: int) -> bool:
    """An officer named in their job with their health or discipline in the same sentence
    ("Planning Officer Lee Hammond has been dismissed"): an HR record, private whatever the job.
    An elected member's conduct is public business."""
    right = sentence_around(text, start, end)[1]
    told = speech.without_others_speech(text, start, end)
    role = ROLE_AFTER.match(text[end:end + 60])
    # The job title itself ("Assistant Director for Special Educational Needs") says nothing of them.
    after = end if role is None else TITLE_REST.match(text, end + role.end()).end()
    if not (SPECIAL.search(told[left:start]) or SPECIAL.search(told[after:right])):
        return False
    return not ELECTED_ROLE.search(text[max(left, start - 45):min(right, end + 60)])


# A role held in a youth or volunteer group ("young leader", "junior warden"): not a public figure.
YOUNG_ROLE = re.compile(r"\b(?:young|youth|junior|pupil|student|scout|cub|guide|brownie|club|play)\s+$", re.IGNORECASE)


def in_public_role(text: str, start: int, end: int) -> bool:
    """A role said right before or after the name, or the name starting with one."""
    left, _ = sentence_around(text, start, end)
    before = text[max(left, start - 45):start]
    role = ROLE_BEFORE.search(before)
    if role and YOUNG_ROLE.search(before[:role.start()]):
        role = None
    # The name starting with a role, or with the first word of one ("Cabinet" of "Cabinet Member Cllr ...").
    return bool(PUBLIC_ROLE.match(text[start:end + 30]) or role or ROLE_AFTER.match(text[end:end + 60])
                or JOINS_AS.match(text, end, end + 80))


def names_a_thing(doc, end: int) -> bool:
    """The name is followed straight away by a common noun in lower case: it is used as the name
    of a building, a scheme or a place, not of a person (people are followed by verbs, commas,
    'from', 'who')."""
    span = doc.char_span(end + 1, end + 2, alignment_mode="expand")  # the token after one space
    if span is None or not len(span) or span[0].idx != end + 1 or span[0].i == 0:
        return False
    token, before = span[0], doc[span[0].i - 1]
    # One space after the name, read off the token before (doc.text rebuilds the whole text: a
    # long post with hundreds of names paid for it once per name).
    if before.idx + len(before) != end or before.whitespace_ != " ":
        return False
    # "Poppy Larkin yesterday": a time after a name is when something happened to the person.
    # (A noun in lower case that the small model tags a proper noun, "Norah Fry care home", is still a noun.)
    return token.pos_ in ("NOUN", "PROPN") and token.text.islower() and lexicon.is_common_word(token.text) \
        and token.ent_type_ not in ("DATE", "TIME")

