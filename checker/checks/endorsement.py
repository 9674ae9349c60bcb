"""Endorsement: posts that promote a business or imply the council approves of one.

Sandwell 5.4 and Solihull 3.1.7. A post is flagged when it carries a commercial signal (a
recommendation, an offer, a call to buy, wording of approval: wordlists/endorsement.toml) and
names a business that is not exempt. Charities, community groups, public bodies, the council's
own venues and businesses named only as landmarks are exempt. A post carrying an approval
reference (post.meta["approval"], an inline `[approved: REF]` marker, or a business in the
config's `approved` list) passes with an info note naming the approval.

Beside the rules, the trained classifier (checker.classify) decides whether a post promotes a
business in wording no signal list knows; when it does and no rule found anything, the finding
(`endorsement.promotion`) is on the sentence the model finds most promotional, naming the business
there if the entity recognisers see one. `model = false` switches the classifier off.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from spacy.symbols import PROPN

from checker import cache, wordlists
from checker.classify import model as classifier
from checker.classify import reading
from checker.model import Hit
from checker.registry import register
from checker.text import brands, lexicon, places, politics, social
from checker.text.words import SpanSet, any_pattern, words_pattern

# The sections of wordlists/endorsement.toml, each the signals of the rule of the same name.
SECTIONS = {"recommendation": "recommendation", "offer": "offer", "call_to_buy": "call-to-buy",
            "implied_approval": "implied-approval"}

# An inline approval marker: [approved: COMMS-2026-014] (also "approval"). Documented in README.
MARKER = re.compile(r"\[\s*approv(?:ed|al)\s*[:=]\s*([^\]\s][^\]]*?)\s*\]", re.I)
# CamelCase and letters around a digit ("FitHub", "Run4It", "Gym4Less"): brand names, no words.
CAMEL = re.compile(r"\b[A-Z][a-z]+[A-Z][A-Za-z]+\b|\b[A-Z][a-z]*\d+[A-Za-z]*[a-z][A-Za-z]*\b")
# A run of capitalised words (with &, of, on the inside; not "and", which joins two names), optionally ending in a lowercase
# business word such as "café": the candidates for a business name.
NAME_WORD = r"[A-Z][\w'’.-]*"
APP_NAME = re.compile(r"\b((?:[A-Z][\w'’&-]*\s+){0,3}[A-Z][\w'’&-]*)\s+(?:app|App)\b")
OWN_BEFORE = re.compile(r"\b(?:our|our\s+own|our\s+new|our\s+free|council['’]s)\s+(?:new\s+|free\s+)?$", re.IGNORECASE)
RUN = re.compile(
    rf"(?:\b[Tt]he\s+)?\b{NAME_WORD}(?:\s+(?:&\s+|of\s+|on\s+the\s+)?{NAME_WORD})*"
    r"(?:\s+(?:café|cafe|bakery|butchers|pizzeria|e-scooters|scooters|salon|bar|pub|takeaway))?"
)


# Domains of public bodies, schools, universities and charities: a name like this is exempt.
PUBLIC_DOMAIN = re.compile(r"\.(?:gov|ac|sch|nhs|police|org|mod|parliament)\.uk\b|\bnhs\.uk\b", re.I)


@dataclass(frozen=True)
class Name:
    start: int
    end: int
    text: str
    exempt: bool
    # True when only spaCy's entity recogniser calls it an organisation: noisier than the word
    # lists, so such a name counts only for a signal in the same sentence.
    ner_only: bool = False


@lru_cache(maxsize=1)
def _data():
    data = wordlists.toml("endorsement.toml")
    signals = {}
    for section in SECTIONS:
        table = data[section]
        signals[section] = (
            [re.compile(p, re.I) for p in table.get("patterns", [])],
            [re.compile(p, re.I) for p in table.get("strong", [])],
        )
    nouns = data["names"]["business_nouns"]
    noun_re = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True)) + r")(?![\w-])", re.I)
    suffix_re = re.compile(rf"\b{NAME_WORD}(?:\s+(?:&\s+)?{NAME_WORD})*\s+" + data["names"]["company_suffix"])
    exempt_re = words_pattern({w.lower() for w in data["exempt"]["words"] + list(wordlists.lines("public_bodies.txt"))})
    landmark_re = re.compile(r"(?:\b(?:" + "|".join(re.escape(w) for w in data["exempt"]["landmark"]) + r"))\s+(?:the\s+)?$", re.I)
    return signals, noun_re, suffix_re, exempt_re, landmark_re


@lru_cache(maxsize=1)
def _any_signal() -> re.Pattern:
    """Every signal as one pattern: most posts hold none, and one scan then replaces a scan per
    signal."""
    data = wordlists.toml("endorsement.toml")
    return any_pattern(p for section in SECTIONS for key in ("patterns", "strong") for p in data[section].get(key, []))


def _landmark(name: str, after: str) -> bool:
    """Whether a name is a landmark, feature or route: it ends with a landmark noun, or one
    follows it ("the Pooh Sticks Bridge walk", "the High Lodge trails")."""
    landmarks = _not_business_words()[1]
    last = re.findall(r"[\w'’]+", name.lower())[-1:]
    following = re.match(r"\s+([\w'’]+)(?:\s+([\w'’]+))?", after)
    # One word or two ("Victoria car park").
    return bool(last and last[0] in landmarks or following and (
        following.group(1).lower() in landmarks or f"{following.group(1)} {following.group(2)}".lower() in landmarks))


AGENT = re.compile(r"\b(\w+)(?:\s+to\s+(?:you|us))?\s+by\s+(?:the\s+)?$", re.I)


@lru_cache(maxsize=1)
def _visiting_verbs() -> frozenset[str]:
    return frozenset(wordlists.toml("endorsement.toml")["exempt"]["visiting_verbs"])


def _as_landmark(text: str, start: int, doc, landmark_re) -> bool:
    """Whether the words before a name use it as a landmark ("the bus stop outside Tesco",
    "the car park by Aldi"). "by" after a verb names who did something ("sponsored by", "donated
    by", "brought to you by") or whom someone relies on ("our fleet team swear by"): no landmark."""
    before = text[max(0, start - 40):start]
    if not landmark_re.search(before):
        return False
    agent = AGENT.search(before)
    if agent is None:
        return True
    if doc is not None:
        offset = max(0, start - 40) + agent.start(1)
        token = next((t for t in doc if t.idx == offset), None)
        if token is not None and token.lower_ in _visiting_verbs() and (token.pos_ == "VERB" or token.is_sent_start):
            # "swing by", "pop by", "stop by": come and visit the business (not "the bus stop by");
            # opening a sentence it is the imperative, whatever the tagger says
            return False
        if token is not None:
            # "sponsored by" names the agent and "we swear by", "they stand by" the one relied on;
            # "parking by Tesco" (a gerund), "the bus stop by Aldi" and an instruction opening a
            # sentence ("Meet by Greggs at 10am") name a place.
            if token.tag_ == "VB" and token.is_sent_start:
                return True
            return token.tag_ not in ("VBN", "VBD", "VB", "VBP", "VBZ")
    return not re.search(r"(?:ed|en|wn|t)$", agent.group(1), re.I)


def business_names(text: str, doc, own_venues, after=()) -> list[Name]:
    """Names in the post that look like businesses, each marked exempt or not.

    `after`: offsets where a signal ends ("pop down to ", "buy your tree from "): a capitalised
    name right there is the business the signal is about, whatever its words.
    """
    _, noun_re, suffix_re, exempt_re, landmark_re = _data()
    spans: dict[tuple[int, int], str] = {}
    ner: set[tuple[int, int]] = set()
    for offset in after:
        match = RUN.match(text, offset)
        if match and match.group() and not all(w.lower() in calendar_words() for w in match.group().split()) \
                and not _place_at(text, match):
            spans[match.span()] = match.group()  # not "buy permits from Monday", "try Horton in Ribblesdale"
    for match in suffix_re.finditer(text):
        spans[match.span()] = match.group()
    for match in RUN.finditer(text):
        if noun_re.search(match.group()):
            spans.setdefault(match.span(), match.group())
    for match in CAMEL.finditer(text):
        spans.setdefault(match.span(), match.group())
    for brand in brands.mentions(text, doc):
        # A chain or national brand (Greggs, Argos, Krispy Kreme), whatever spaCy calls it.
        spans.setdefault((brand.start, brand.end), brand.text)
    for match in APP_NAME.finditer(text):
        # "the Olio app", "the Recycle Rewards app": a product and its maker, unless it is the
        # council's own ("our new Hastings app", "the Belfast City Council app", the NHS App).
        if not OWN_BEFORE.search(text, max(0, match.start(1) - 20), match.start(1)):
            spans.setdefault(match.span(1), match.group(1))
    if doc is not None:
        for ent in doc.ents:
            # Short all-capitals "organisations" from the small model are mostly acronyms (HMO, ASB).
            # Single words it calls organisations are mostly places (Dorridge, Kingshurst).
            # Words, not emoji: "🧹 Bulky" is one word the small model glued to a broom.
            if ent.label_ == "ORG" and len(WORDS_OF.findall(ent.text)) > 1 and not _place_name(ent.text):
                if (ent.start_char, ent.end_char) not in spans:
                    ner.add((ent.start_char, ent.end_char))
                spans.setdefault((ent.start_char, ent.end_char), ent.text)
    own = [v.lower() for v in own_venues]
    names = []
    # Word-list names first (more reliable than spaCy's), longer before shorter.
    for (start, end), name in sorted(spans.items(), key=lambda item: ((item[0] in ner), item[0][0] - item[0][1])):
        if any(start < n.end and n.start < end for n in names):
            continue  # an overlapping, earlier name already covers it
        if _landmark(name, text[end:]):
            # "Maggie's Kitchen on the Newtownards Road": the business before its street
            head = re.match(r"(.+?)\s+(?:on\s+the|of)\s", name)
            # "Priory Beans on Church Street": spaCy's organisation before its street is a premises
            # at an address, with or without a trade word.
            at_street = (start, end) in ner and re.match(r"((?:[A-Z][\w'’&-]*\s+){1,3}?[A-Z][\w'’&-]*)\s+on\s+[A-Z]", name)
            head = head if head and noun_re.search(head.group(1)) else at_street
            if not head:
                continue  # a place to visit names no organisation, exempt or not
            name, end = head.group(1), start + len(head.group(1))
        if noun_re.fullmatch(re.sub(r"^[Tt]he\s+", "", name)):
            continue  # "Café owners – ...": the trade alone names no business
        # A name and its address ("Bates Family Fun Fair on Cannock Park"): the park is where the
        # fair stands, not what it is; the words before the address say whether it is exempt.
        addressed = ADDRESS_AFTER.match(name)
        own_words = addressed.group(1) if addressed and len(addressed.group(1).split()) >= 2 else name
        lowered = name.lower()
        exempt = bool(
            _exempt_words(own_words, exempt_re, noun_re) and not _trade_that_sells(name, start, end, doc, exempt_re)
            or PUBLIC_DOMAIN.search(name)
            or any(v and v in lowered for v in own)
            or _as_landmark(text, start, doc, landmark_re)
        )
        names.append(Name(start, end, name, exempt, (start, end) in ner))
    names.sort(key=lambda n: n.start)
    return names


ADDRESS_AFTER = re.compile(r"(.+?)\s+(?:on|at|in)\s+(?:the\s+)?[A-Z]")


@lru_cache(maxsize=1)
def _trade_senses() -> frozenset[str]:
    return frozenset(w.lower() for w in wordlists.toml("endorsement.toml")["exempt"]["trade_senses"])


def _trade_that_sells(name: str, start: int, end: int, doc, exempt_re: re.Pattern) -> bool:
    """Whether a name exempt only by a word with a trade sense too ("Hornchurch Karate Academy",
    "Sunflower Care Agency", "Bryn's Tree Surgery") sells in its own sentence: a price, a
    discount or a code. A school, a GP surgery or a public agency offers nobody 15% off."""
    found = {m.group().lower() for m in exempt_re.finditer(name)}
    if doc is None or not found or not found <= _trade_senses():
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and (_sells(span.sent) or bool(_offer_signal().search(span.sent.text)))


@lru_cache(maxsize=1)
def _leading_place_words() -> frozenset[str]:
    return frozenset(wordlists.toml("endorsement.toml")["exempt"]["leading_place_words"])


PLACE_TAIL = re.compile(r"(?:\s+(?:in|on|upon|under|next|by|le|en)(?:[\s-]+(?:the|Sea))?[\s-]+[A-Z][\w'’-]+)?")


def _place_at(text: str, run: re.Match) -> bool:
    """The capitalised words after a signal are a place ("Try Horton in Ribblesdale instead"),
    with the joined tail English place names take ("Stratford upon Avon", "Horton in
    Ribblesdale")."""
    tail = PLACE_TAIL.match(text, run.end())
    whole = (run.group() + tail.group()).lower() if tail else run.group().lower()
    return whole in places.names() or run.group().lower() in places.names()


def _place_name(name: str) -> bool:
    """A name of several words that is a place as a whole ("Horton in Ribblesdale", "Weston
    Hills") or opens on a Welsh or Gaelic generic ("Cwm Idwal", "Loch Chon"), with no trade word in
    it ("Loch Morlich Watersports" is a business)."""
    words = name.split()
    # The generic and one name, with an article between ("Cwm y Glo"): a third word makes a
    # thing at the place ("Loch Lomond Shores", a shopping centre).
    generic = words[0].lower() in _leading_place_words() and (
        len(words) == 2 or len(words) == 3 and words[1].lower() in ("y", "yr", "an", "na", "nan", "a'"))
    return len(words) > 1 and (name.lower() in places.names() or generic) and not _data()[1].search(name)


@lru_cache(maxsize=1)
def _place_words() -> frozenset[str]:
    return frozenset(w.lower() for w in wordlists.toml("endorsement.toml")["exempt"]["place_words"])


TRAILING_POSSESSIVE = re.compile(r"(?:['’]s)?[\s.]*$")


def _exempt_words(name: str, exempt_re: re.Pattern, noun_re: re.Pattern) -> bool:
    """Whether the name's words make it no business: an exempt word, unless every exempt word
    only names a place and a business noun is the name's head, its last word ("Rudding Park
    Spa", "Seawick Holiday Park"); an English name's last word says what the thing is."""
    # An exempt word inside a trade that ends the name is the trade's ("Avon Gorge Driving School").
    # The name without a possessive or a full stop after it: rstrip(" .'’s") also took the s of
    # "Motors" and "Kitchens", so no trade ended the name and "Pride Park Motors" was a park.
    head = TRAILING_POSSESSIVE.sub("", name)
    trades = [m.span() for m in noun_re.finditer(name) if m.end() == len(head)]
    found = {m.group().lower() for m in exempt_re.finditer(name) if not any(s <= m.start() and m.end() <= e for s, e in trades)}
    if not found or not found <= _place_words():
        return bool(found)
    return not any(m.end() == len(head) for m in noun_re.finditer(head))


def approval_of(post, names: list[Name], approved) -> str | None:
    """The approval a post carries, in words for the info note, or None."""
    if post.meta.get("approval"):
        return f"approval {post.meta['approval']}"
    marker = MARKER.search(post.text)
    if marker:
        return f"approval {marker.group(1)}"
    listed = [a.lower() for a in approved if a]
    businesses = [n for n in names if not n.exempt]
    if listed and businesses and all(any(a in n.text.lower() for a in listed) for n in businesses):
        return "the config's approved list (" + ", ".join(n.text for n in businesses) + ")"
    return None


# Entities that are never the business: dates, times, amounts, nationalities. (Places are told
# by the OS place names instead: the small model calls many shops places or people.)
NOT_BUSINESS = {"DATE", "TIME", "EVENT", "NORP", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY", "LAW", "LANGUAGE"}

@lru_cache(maxsize=1)
def calendar_words() -> frozenset[str]:
    """Days, months and the words of UK bank holiday names (Easter, Christmas, Boxing...):
    capitalised, and often taken by the small model for names, but never a business. Kept in
    postcheck's cache: importing `holidays` and walking its calendars took 0.14 s of a batch."""
    return cache.load("calendar-words", _calendar_words, packages=("holidays",))


def _calendar_words() -> frozenset[str]:
    import calendar

    import holidays

    words = {w.lower() for w in (*calendar.day_name, *calendar.month_name) if w}
    for nation in ("ENG", "NIR", "SCT", "WLS"):
        for name in holidays.UK(subdiv=nation, years=range(2024, 2028)).values():
            words.update(w.lower() for w in re.findall(r"[A-Za-z]{3,}", name))
    return frozenset(words)


# Link suffixes of public bodies, schools and charities: a link there names no business.
PUBLIC_SUFFIX = re.compile(r"(?:^|\.)(?:gov\.uk|gov\.wales|gov\.scot|ac\.uk|sch\.uk|nhs\.uk|police\.uk|mod\.uk|parliament\.uk|org\.uk|org)$")


@lru_cache(maxsize=1)
def _not_business_words() -> tuple[frozenset[str], frozenset[str]]:
    exempt = wordlists.toml("endorsement.toml")["exempt"]
    return frozenset(w.lower() for w in exempt["award_after"]), frozenset(w.lower() for w in exempt["landmark_nouns"] + exempt["street_nouns"])


@lru_cache(maxsize=1)
def _attraction_words() -> frozenset[str]:
    """The landmark nouns that are not streets: a pier or an island park can sell, a road cannot."""
    return frozenset(w.lower() for w in wordlists.toml("endorsement.toml")["exempt"]["landmark_nouns"])


def _proper_runs(doc) -> list[tuple[int, int]]:
    """Token index ranges [start, end) of the runs of proper nouns, read from spaCy's arrays:
    making a Token for every word of a 100 KB post (four times over) cost more than the check."""
    runs, start = [], None
    for i, pos in enumerate([*doc.to_array("POS").tolist(), -1]):
        if pos == PROPN:
            start = i if start is None else start
        elif start is not None:
            runs.append((start, i))
            start = None
    return runs


def _award_or_landmark_names(doc, runs: list[tuple[int, int]]) -> set[int]:
    """Token indices of proper-noun runs that name an award or scheme (followed by an award
    word: "the Green Flag judges", "Purple Flag status") or a landmark (ending in, or followed
    by, a landmark noun: "Framlingham Castle", "the High Lodge trails")."""
    awards, landmarks = _not_business_words()
    out: set[int] = set()
    for start, end in runs:
        following = doc[end].lower_ if end < len(doc) else ""
        if following in awards or following in landmarks or doc[end - 1].lower_ in landmarks:
            out.update(range(_branch_place(doc, start, end), end))
    return out


def _branch_place(doc, start: int, end: int) -> int:
    """Where the place begins in a run that names a brand's branch: "Specsavers Brierley Hill",
    "Tesco Extra Dudley Port" (a word no dictionary knows, then a known place). The run's start
    when it is a place throughout."""
    for i in range(start + 1, end):
        if " ".join(t.text for t in doc[i:end]).lower() in places.names() \
                and all(_coined(t.text) and t.text.lower() not in places.names() for t in doc[start:i]):
            return i
    return start


WORDS_OF = re.compile(r"[^\W\d_][\w'’&.-]*")
MEMBERS = re.compile(r"\b(?:Cllrs|Councillors|candidates|MPs)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
                     r"(?:\s*(?:,|and|&)\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)+")
POLITICAL_ROLES = {"candidate", "cllr", "councillor", "mp", "msp", "mla", "ms", "mayor", "minister", "leader"}
# Words before a person's name: the honorifics personal data reads, and the political roles above.
TITLES = frozenset(wordlists.toml("personal_data.toml")["people"]["titles"]) | POLITICAL_ROLES
GENERIC = {"council", "county", "borough", "district", "city", "metropolitan", "of", "and", "the", "royal", "upon", "on"}


@lru_cache(maxsize=1)
def _region_words() -> frozenset[str]:
    """Words of the counties and boroughs (council names) and the nations and wider areas of
    endorsement.toml [exempt] regions: a proper noun like these is no business."""
    words = {w.lower() for name in wordlists.toml("endorsement.toml")["exempt"]["regions"] for w in name.split()}
    for council in places.councils():
        words.update(w for w in re.findall(r"[\w'-]+", council.lower()) if w not in GENERIC)
    return frozenset(words)


def _sentence_openings(post) -> set[int]:
    """Offsets of the first word of each sentence (the splitter's, which knows line breaks; an
    emoji before the word does not make it mid-sentence)."""
    out = set()
    for start, end in post.sentences:
        match = re.compile(r"[^\W\d_]").search(post.text, start, end)
        if match:
            out.add(match.start())
    return out


def _all_in(ent, indices: set[int]) -> bool:
    """Whether every proper noun of the entity (there is one at least) is in `indices`."""
    proper = [t.i for t in ent if t.pos_ == "PROPN"]
    return bool(proper) and all(i in indices for i in proper)


def _exempt_around(ent, exempt_re, text: str) -> bool:
    """Whether an exempt word or name covers part of the entity, reading two words before it
    too: spaCy's "Bloom" is part of "Dorridge in Bloom". `text` is the doc's text, passed in
    (doc.text rebuilds it from every token: once per entity was quadratic on a long post)."""
    start = ent.doc[max(0, ent.start - 2)].idx
    return any(m.end() > ent.start_char for m in exempt_re.finditer(text, start, ent.end_char))


def _not_businesses(post, names: list[Name], exempt_re, landmark_re, runs: list[tuple[int, int]]) -> set[int]:
    """Token indices that name no business: dates, amounts and exempt organisations (charities,
    public bodies); exempt names and hashtags; awards and landmarks; a name used as a landmark
    ("the bus stop outside Greggs"); and what an exempt organisation owns ("the RSPB's Big
    Garden Birdwatch")."""
    doc, text = post.doc, post.text
    # A nationality is no business, but the small model calls many coined shop names one
    # ("Kebabish"): a NORP entity counts as one only in words the dictionary knows.
    out = {i for ent in doc.ents if ent.label_ in NOT_BUSINESS and not (ent.label_ == "NORP" and _coined(ent.text))
           or _exempt_around(ent, exempt_re, text)
           for i in range(ent.start, ent.end)}
    # A landmark that sells is a business: "Fantasy Island: wristbands just £12" (a price in the
    # landmark's own sentence).
    attractions = {i for start, end in runs if doc[end - 1].lower_ in _attraction_words() for i in range(start, end)}
    out |= {i for i in _award_or_landmark_names(doc, runs) if i not in attractions or not _sells(doc[i].sent)}
    # A person named after a political role ("candidate Tina Dowse", "Cllr Amy Reid") is a
    # politician, the political checks' to judge, not a business.
    out |= {i for ent in doc.ents if ent.label_ == "PERSON" and ent.start > 0 and doc[ent.start - 1].lower_ in POLITICAL_ROLES
            for i in range(ent.start, ent.end)}
    # The names of a list after a plural role ("Cllrs Hulme and Surjan"): councillors, each of them.
    for match in MEMBERS.finditer(text):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is not None:
            out.update(range(span.start, span.end))
    household = {w.lower() for w in wordlists.toml("endorsement.toml")["exempt"]["household_after"]}
    out |= {i for ent in doc.ents if ent.label_ == "PERSON" and ent.end < len(doc) and doc[ent.end].lower_ in household
            for i in range(ent.start, ent.end)}
    # Single-word "organisations" of the small model are mostly places (Dorridge, Kingshurst).
    # Not a name with a possessive and no noun after it ("the cod at Hanbury's –"): a shop called
    # by its owner's name, as "at Sainsbury's" is.
    placed = {ent.start for ent in doc.ents if len(ent) == 1 and ent.text.lower() in places.names()
              and not _owner_named(doc, ent.end)}
    out |= placed
    # A longer name that is a place as a whole ("Horton in Ribblesdale", "Weston Hills") or opens
    # on a Welsh or Gaelic generic ("Cwm Idwal"), with no trade word in it.
    out |= {i for ent in doc.ents if len(ent) > 1 and ent.label_ in ("ORG", "PERSON", "FAC") and _place_name(ent.text)
            for i in range(ent.start, ent.end)}
    # The person a reply greets ("Hi Rob, sorry, we can't recommend a groomer"), not who is thanked
    # ("Thanks Greggs for the pasties"): a resident, however the tagger reads the name.
    greeting = social.REPLY.match(text)
    if greeting and not greeting.group(0).lstrip().lower().startswith("thank"):
        out.update(t.i for t in doc if t.idx < greeting.end())
    spans = SpanSet([(n.start, n.end) for n in names if n.exempt] + list(post.hashtags))
    offsets = doc.to_array("IDX").tolist()
    for start, end in zip(spans.starts, spans.ends):  # the tokens that start inside each span
        out.update(range(bisect_left(offsets, start), bisect_left(offsets, end)))
    for start, end in runs:
        first = doc[start]
        before = doc[start - 1] if start > 0 else None
        owner = doc[start - 2] if start > 1 else None
        if _as_landmark(text, first.idx, doc, landmark_re) \
                or before is not None and before.text in ("'s", "’s") and owner is not None \
                and (owner.i in out and owner.i not in placed or exempt_re.search(owner.text)):
            # What an exempt organisation owns; a place's own ("Dartmouth's Crab Pot") can be a business.
            out.update(range(start, end))
    return out


# A food hygiene (or other) rating given after each name: "Kennet Café – 5", "Abbey Larder (5)".
RATING_FIGURE = re.compile(r"(?:\s[–—:-]\s*|\(\s*)[0-5]\b(?!\s*(?:%|p\b|pm|am|:|\d))")
RATINGS_WORD = re.compile(r"\bratings?\b", re.IGNORECASE)
PRAISE = re.compile(r"\b(?:best|finest|favourite|fave|fav|top pick|must-try|amazing|brilliant|fantastic|delicious|"
                    r"lovely|gorgeous|recommend\w*|go-to|love)\b", re.IGNORECASE)


def _rating_list(text: str) -> bool:
    """A list of ratings: a post about ratings giving two or more, with no price and no praise.
    Publishing inspection ratings is the council's job, whichever businesses they name."""
    return bool(RATINGS_WORD.search(text)) and len(RATING_FIGURE.findall(text)) >= 2 \
        and not PRICE.search(text) and not PRAISE.search(text)


def _unit(doc, token) -> bool:
    """A unit's letter after a figure ("63°C", "5 C"): no name."""
    return len(token.text) == 1 and token.i > 0 and (doc[token.i - 1].like_num or doc[token.i - 1].text.endswith("°"))


def _owner_named(doc, end: int) -> bool:
    """A possessive that ends its noun phrase ("at Hanbury's!", "from Walsh's, the butcher")."""
    if end >= len(doc) or doc[end].text not in ("'s", "’s"):
        return False
    after = doc[end + 1] if end + 1 < len(doc) else None
    return after is None or after.is_punct or after.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM")


RANKING = re.compile(r"our\s+(?:top\b|(?:[\w-]+\s+){0,4}ranking\b)", re.IGNORECASE)
# What a "top N" ranks: the words after the number, up to a preposition or the end of the phrase.
RANKED = re.compile(r"\btop\s+(?:\d+|three|five|ten|twenty)\s+((?:[a-z][\w'’-]*\s+){0,3}?[a-z][\w'’-]*)(?=\s+(?:in|on|at|for|to|of|near|around|across)\b|\s*[:,.!?\n(–—-]|\s*$|\s+[^\w\s])", re.IGNORECASE)


def _ranks_landmarks(text: str) -> bool:
    """A ranking of walks, beaches or hills ("Our top 5 walks in the Peak District:"): the names
    listed are places to visit, whatever the model makes of a ranking."""
    ranked = RANKED.search(text)
    if ranked is None:
        return False
    head = ranked.group(1).split()[-1].lower()
    landmarks = _attraction_words()  # endorsement.toml's landmark nouns
    return head in landmarks or head.removesuffix("s") in landmarks or head.removesuffix("es") in landmarks
LETTER = re.compile(r"[^\W\d_]")  # an "organisation" of emoji alone ("🎶") names nothing
PRICE = re.compile(r"[£€$]\s?\d|\d\s?(?:%|p\b|per\s?cent)")


def _sells(sentence) -> bool:
    """Whether a sentence prices something ("£12", "20% off"). Not a superlative: "the best
    views in Dorset are from Golden Cap" praises a hill nobody sells."""
    # A figure: the small model calls the "#" of a hashtag money.
    return bool(PRICE.search(sentence.text)) or any(t.like_num and t.ent_type_ in ("MONEY", "PERCENT") for t in sentence)


def _candidates(post, names: list[Name], own) -> bool:
    """Whether the post names anything that could be a business: a name the recognisers above
    call one, an organisation, facility or product spaCy finds that is not exempt, a
    commercial link or an @handle. Promotion of nobody in particular (the council's own
    services, charities, public bodies) is not an endorsement, whatever the model thinks."""
    # A hashtag is a topic, not a business (#EastSussex, #OutdoorTheatre).
    tagged = SpanSet(post.hashtags)
    names = [n for n in names if n.start not in tagged]
    if any(not n.exempt for n in names):
        return True
    _, _, _, exempt_re, landmark_re = _data()
    if post.doc is not None:
        text = post.text
        runs = _proper_runs(post.doc)
        excluded = _not_businesses(post, names, exempt_re, landmark_re, runs)
        openings = _sentence_openings(post)
        for ent in post.doc.ents:
            lowered = ent.text.lower()
            if (ent.label_ in ("ORG", "FAC", "PRODUCT") or ent.label_ == "NORP" and _coined(ent.text)) \
                    and LETTER.search(ent.text) \
                    and not _exempt_around(ent, exempt_re, text) \
                    and not _all_in(ent, excluded) \
                    and not any(v in lowered for v in own) and not PUBLIC_DOMAIN.search(ent.text) \
                    and not _place_or_opening_word(ent, openings):
                return True
        # Small businesses are mostly names spaCy's entity recogniser does not know: a proper
        # noun that is not a place, a date or part of an exempt name still could be one.
        for token in (post.doc[i] for start, end in runs for i in range(start, end)):
            # A capital at the start of a sentence says nothing ("Download our colouring sheets"),
            # unless the word is no word the dictionary knows ("Maranto's - the best Italian").
            opening = token.is_sent_start or token.idx in openings
            if token.i not in excluded and token.text[:1].isupper() and not _unit(post.doc, token) \
                    and (not opening or _coined(token.text)) and token.lower_ not in _region_words() \
                    and token.text.lower() not in places.names() and token.text.lower() not in calendar_words() \
                    and not exempt_re.search(token.text) \
                    and not any(token.text.lower() in v for v in own):
                return True
        if _described_business(post.doc, text) or _trader(post.doc, excluded) or _the_house_name(post.doc, exempt_re) \
                or _premises_on_a_street(post.doc, text, exempt_re, openings):
            return True
        # A capitalised word no dictionary knows that the tagger took for a common noun or an
        # adjective ("Halfords sell genuine chargers", "a Dunelm dehumidifier", "a new Primark
        # flagship"): a brand's or a family's name all the same.
        for token in post.doc:
            if token.pos_ in ("NOUN", "ADJ") and token.text[:1].isupper() and token.i not in excluded and _coined(token.text) \
                    and token.text.lower() not in places.names() and not exempt_re.search(token.text) \
                    and not any(token.text.lower() in v for v in own):
                return True
    if any(not PUBLIC_SUFFIX.search(link.host) for link in post.links):
        return True
    return bool(post.mentions)


def _the_house_name(doc, exempt_re) -> bool:
    """A capitalised common noun after "the" inside a sentence ("the Swan", "the Crown", "the
    Plough"): the name of a pub, an inn or a shop, which the gazetteer may also hold as a hamlet
    but which no place takes "the" before. Not the council's own words (the Council, the Park)."""
    for token in doc:
        # "the" or, written as part of the name, "The" inside a sentence ("5 stars for The Crown");
        # opening a sentence only where the sentence sells ("The Crown is doing 3 courses for £25"):
        # a capitalised word after a sentence's "The" is as often a heading's.
        if token.i == 0 or token.is_sent_start or doc[token.i - 1].lower_ != "the" \
                or doc[token.i - 1].is_sent_start and not (_sells(token.sent) or _offer_signal().search(token.sent.text)):
            continue
        if token.text[:1].isupper() and token.text[1:].islower() and token.pos_ in ("PROPN", "NOUN") \
                and lexicon.is_only_common_word(token.lower_) and not exempt_re.search(token.text) \
                and token.lower_ not in calendar_words() and token.lower_ not in _region_words() \
                and (token.i + 1 == len(doc) or not doc[token.i + 1].text[:1].isupper()):
            return True
    # The inn sign's pair: "the Rose and Crown", "the Fox & Hounds", "the Bull and Butcher" (two
    # capitalised common nouns joined by "and" after "the", neither the council's own word).
    for match in INN_PAIR.finditer(doc.text):
        first, second = match.group(1), match.group(2)
        if all(lexicon.is_common_word(w.lower()) and not exempt_re.search(w) and w.lower() not in calendar_words()
               and w.lower() not in _region_words() for w in (first, second)):
            return True
    return False


INN_PAIR = re.compile(r"\b[Tt]he\s+([A-Z][a-z]+)\s+(?:and|&)\s+([A-Z][a-z]+)\b(?!\s+[A-Z])")


# A name, then "on" a street the post names ("Pages on Lower Clapton Road", "Scoops on King
# Street"): a name with a street address is a premises. The gazetteer's hamlets share many shops'
# names (Poundland, Fenwick, Crown), and spaCy calls such names places or people, but a village or
# a person is not "on" a street.
ON_A_STREET = re.compile(r"((?:[A-Z][\w'’&-]*)(?:\s+(?:of|&|and|the)?\s*[A-Z][\w'’&-]*){0,3})\s+on\s+"
                         r"((?:[A-Z][\w'’-]*\s+){1,3}[A-Z][a-z]+)\b")


def _premises_on_a_street(doc, text: str, exempt_re, openings: set[int]) -> bool:
    streets = _not_business_words()[1]
    for match in ON_A_STREET.finditer(text):
        name, street = match.group(1), match.group(2)
        if street.split()[-1].lower() not in streets or name.split()[-1].lower() in streets \
                or exempt_re.search(name) or name.lower() in _region_words():
            continue
        first = doc.char_span(match.start(1), match.start(1) + len(name.split()[0]), alignment_mode="expand")
        if first is None or first[0].ent_type_ in ("DATE", "TIME", "EVENT") or first[0].lower_ in calendar_words():
            continue
        # A word capitalised to open a sentence ("Roadworks on Hope Street") names nothing.
        if (first.start_char in openings or first[0].is_sent_start) and not _coined(name) and len(name.split()) == 1:
            continue
        # A person at home on a street is a resident, not a premises ("Mrs Jones on Hope Street").
        # A name used as a landmark ("the bus stop outside Greggs on High Street") is no premises praised.
        if _as_landmark(text, match.start(1), doc, _data()[4]):
            continue
        if name.split()[0].lower().rstrip(".") in TITLES or first.start > 0 and doc[first.start - 1].lower_.rstrip(".") in TITLES:
            continue
        if first[0].pos_ in ("PROPN", "NOUN") or _coined(name):
            return True
    return False


@lru_cache(maxsize=1)
def _nationalities() -> frozenset[str]:
    return frozenset(w.lower() for w in wordlists.toml("endorsement.toml")["exempt"]["nationalities"])


def _place_or_opening_word(ent, openings: set[int]) -> bool:
    """An "organisation" the small model made of a nationality ("Welsh lamb") or of a common noun
    capitalised to open a sentence, which the tagger itself reads as a common noun ("Bluebells in
    the woods"): no business is named. (A place's name is no proof: Costa is a hamlet in Orkney,
    and "Reading's Broad Street branch" names a chain's shop.)"""
    words = [t for t in ent if not t.is_punct]
    if words and all(t.lower_ in _nationalities() for t in words):
        return True
    return len(words) == 1 and (words[0].is_sent_start or words[0].idx in openings) and words[0].tag_ in ("NN", "NNS") \
        and not _coined(words[0].text)


def _trader(doc, excluded: set[int]) -> bool:
    """A "person" the small model found in a sentence that prices something ("Fenny Flowers have
    tulips at 3 bunches for £10") or compares prices ("get your logs from Ray, best price
    around"): a sole trader or a shop spaCy took for a name. Who sells at a price is a business,
    whatever their name looks like."""
    for ent in doc.ents:
        if ent.label_ != "PERSON" or _all_in(ent, excluded):
            continue
        if _sells(ent.sent) or PRICE_TALK.search(ent.sent.text) or _offer_signal().search(ent.sent.text):
            return True
    return False


@lru_cache(maxsize=1)
def _offer_signal() -> re.Pattern:
    """The offer rule's signals as one pattern ("2-for-1", "buy one get one free", "free MOT checks")."""
    data = wordlists.toml("endorsement.toml")["offer"]
    return any_pattern([*data.get("patterns", []), *data.get("strong", [])])


# Prices compared without a figure: "best price around", "the cheapest going", "you can't beat".
PRICE_TALK = re.compile(r"\b(?:best|lowest|keenest|great|good)\s+prices?\b|\bcheapest\b|\bbargains?\b|\bcan['’]?t\s+beat\b", re.IGNORECASE)


PARTICULAR = {"the", "our", "my", "this", "that"}
PRAISED = {"favourite", "fave", "fav", "favorite", "go-to", "top", "best", "little", "lovely", "local"}
# Whose favourite it is: one business somebody picked ("our fav chippy"), whatever its place.
CHOSEN = {"favourite", "fave", "fav", "favorite", "go-to"}


def _described_business(doc, text: str) -> bool:
    """Whether the post points at one business by its place and trade instead of its name:
    "our favourite Hornsea pottery shop", "the Walton pier fish bar", "our favourite farm shop in
    Pinchbeck", "Amazing new doughnut shop just opened on Bridge Street", or by whose favourite it
    is ("our team's go-to dog-friendly café"). A singular business noun whose noun phrase opens
    with a word that picks out one thing (or opens a headline with praise) and holds or is followed
    by a place; a plural ("Hornsea's shops", shop-local campaigns) names no business in particular."""
    noun_re = _data()[1]
    for match in noun_re.finditer(text):
        if not match.group().islower() or match.group().endswith("s"):
            continue
        head = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if head is None:
            continue
        index, placed = head.start - 1, False
        while index >= head.sent.start and head.start - index <= 6 \
                and (doc[index].pos_ in ("NOUN", "PROPN", "ADJ") or _in_compound(doc, index)):
            placed = placed or doc[index].text[:1].isupper() and doc[index].text.lower() in places.names()
            index -= 1
        modifiers = doc[index + 1:head.start].text.lower().split()
        praised = any(w in PRAISED for w in modifiers) or bool(PRAISE.search(" ".join(modifiers)))
        chosen = any(w in CHOSEN for w in modifiers)
        # "our team's favourite", "my mum's go-to": the possessor is somebody's, the pick one business.
        if index >= 2 and doc[index].tag_ == "POS" and doc[index - 1].pos_ == "NOUN" and doc[index - 2].lower_ in ("our", "my"):
            index -= 2
        after = _placed_after(doc, head.end)
        superlative = any(doc[i].tag_ == "JJS" for i in range(index + 1, head.start))
        # With the place already given ("Doncaster's best garden centre, Greenfields"), the name
        # after is the business even where the gazetteer holds a hamlet of that name.
        place_given = index >= 1 and doc[index].tag_ == "POS" and doc[index - 1].pos_ == "PROPN"
        if (praised or superlative) and _named_after(doc, head.end, any_name=place_given):
            return True  # "Hull's newest Indian restaurant, Spice Quay, ...": the name is the trade's
        if index >= head.sent.start and doc[index].lower_ in PARTICULAR:
            # "Our shop in Ely" is the council's own: with "our", the place after needs praise between.
            if placed or after and (praised or doc[index].lower_ != "our") or chosen:
                return True
        elif index < head.sent.start and praised and (placed or after):
            return True  # a headline: "Amazing new doughnut shop just opened on Bridge Street"
        if APPOSED.search(text, max(0, match.start() - 120), match.start()):
            return True  # "Beverley Park in Paignton – the best caravan park in the South West"
    return False


def _named_after(doc, end: int, any_name: bool = False) -> bool:
    """A name set after a business noun by a comma, colon or dash ("the best bakery in town,
    Crumbs & Co"): proper nouns, not a place the gazetteer holds (unless `any_name`)."""
    if end + 1 >= len(doc) or doc[end].text not in (",", ":", "–", "—", "-"):
        return False
    name = []
    for token in doc[end + 1:end + 5]:
        if token.pos_ != "PROPN" or not token.text[:1].isupper():
            break
        name.append(token.text)
    return bool(name) and (any_name or " ".join(name).lower() not in places.names() and name[0].lower() not in places.names())


def _in_compound(doc, index: int) -> bool:
    """A piece of a hyphenated modifier ("dog-friendly", "family-run", "go-to"), which spaCy
    tokenises apart and tags as anything: the hyphen, or a word joined to one."""
    def joining(i: int) -> bool:
        return 0 < i < len(doc) - 1 and doc[i].text in ("-", "‐") and not doc[i - 1].whitespace_ and not doc[i].whitespace_
    return joining(index) or joining(index + 1) or joining(index - 1)


def _placed_after(doc, end: int) -> bool:
    """A place or named street right after a business noun, perhaps past a verb of opening
    ("the chippy on Wells quay", "doughnut shop just opened on Bridge Street in Banbridge")."""
    index = end
    while index < len(doc) and index - end < 3 and doc[index].pos_ in ("ADV", "VERB", "AUX"):
        index += 1
    if index + 1 >= len(doc) or doc[index].lower_ not in ("in", "at", "on") or not doc[index + 1].text[:1].isupper():
        return False
    streets = _not_business_words()[1]
    name = doc[index + 1:index + 4]
    return doc[index + 1].text.lower() in places.names() \
        or any(t.text[:1].isupper() and t.lower_ in streets for t in name[1:])


# A name, then a dash, comma or colon and "the", "a" or "an" with up to three words before the trade
# noun: the name is of that trade ("Beverley Park in Paignton – the best caravan park").
APPOSED = re.compile(r"[A-Z][\w'’&]*(?:\s+(?:in|on|at)\s+[A-Z][\w'’]*)?\s*[–—:,-]\s*(?:the|a|an)\s+"
                     r"(?:[\w'’-]+\s+){0,3}$")


def _coined(text: str) -> bool:
    """Whether a name holds a word no dictionary knows (Kebabish, Maranto, Screwfix): a brand or
    a family's name, not a word capitalised for the start of a sentence or a nationality."""
    return any(not lexicon.is_known(word) for word in re.findall(r"[^\W\d_]{3,}", text))


@lru_cache(maxsize=1)
def _gift_words() -> re.Pattern:
    return words_pattern({w.lower() for w in wordlists.toml("endorsement.toml")["exempt"]["gift"]})


# The reading marks (checker.classify.reading) of commerce: a price or percentage, a superlative,
# a sentence opening with an imperative.
COMMERCE = {"d price", "d superlative", "d imperative"}


GIVEAWAY = re.compile(r"\s+away\b", re.I)
# Whom a gift goes to, when it is the public: customers, passers-by, "the first 50 through the door".
TO_THE_PUBLIC = re.compile(r"\bto\s+(?:anyone|anybody|everyone|everybody|all\s+(?:customers|shoppers|visitors|comers)|"
                           r"the\s+first\s+\d+|(?:every|each)\s+(?:customer|shopper|visitor)|customers|shoppers|passers-by)\b"
                           # or with what they buy: "a free kids' portion with every fish supper"
                           r"|\bwith\s+(?:every|each|any)\b", re.I)
# A need the post answers by pointing at the business: "if you need fencing or feed, they're the
# ones to go to", "if you're after a plumber". Thanks for a gift do not go on to say that.
NEED = re.compile(r"\bif\s+(?:you|u)(?:['’]re|\s+are)?\s+(?:need|want|looking\s+for|after|ever\s+need)\b", re.I)


def _acknowledges_a_gift(post, names: list[Name]) -> bool:
    """Whether the post only thanks a business for a gift: every sentence naming a business
    names a gift, and nothing in the post prices, rates or calls to act. The model learns thanks
    from sponsor lines and praise, where a donor thanked in plain words is no promotion."""
    if COMMERCE & set(reading.marks(post.doc, post.text)) or _offer_signal().search(post.text) or NEED.search(post.text):
        return False  # a price, a deal or a code offered to the public is no gift to the council
    exempt_re = _data()[3]
    starts = [n.start for n in names if not n.exempt]
    if post.doc is not None:
        starts += [ent.start_char for ent in post.doc.ents
                   if ent.label_ in ("ORG", "FAC", "PRODUCT", "PERSON") and not exempt_re.search(ent.text)]
    gift = _gift_words()

    def gives(sentence: str) -> bool:
        # "giving away free bag holders", "giving a free coffee to anyone who...": the business's
        # own offer to the public, not a gift
        return any(not GIVEAWAY.match(sentence, m.end()) and not TO_THE_PUBLIC.search(sentence, m.end())
                   for m in gift.finditer(sentence))
    return bool(starts) and all(gives(post.text[s:e]) for s, e in {post.sentence_at(start) for start in starts})


def _parties(post, ctx) -> list[tuple[int, int]]:
    """Spans of the political parties the post names in their political sense (checker.text.politics)."""
    lex = politics.lexicon(tuple(ctx.extra_parties or ()))
    return [(start, end) for start, end, _ in politics.party_mentions(post.text, lex, post.doc)]


def _priced_name(post, span, parties) -> bool:
    """A name beside the party in a sentence that prices something ("Thanks to the Tories, the Toy
    Barn in Leominster can offer 10% off"): whoever offers the price is a business, whatever its
    words. Not a place, a party or a council's own."""
    doc = post.doc
    if doc is None:
        return False
    sentence = doc.char_span(span[0], span[1], alignment_mode="expand")
    if sentence is None or not _sells(sentence):
        return False
    exempt_re = _data()[3]
    for start, end in _proper_runs(doc):
        first = doc[start]
        if not (span[0] <= first.idx < span[1]) or any(s <= first.idx < e for s, e in parties):
            continue
        words = doc[start:end].text
        if words.lower() in places.names() or all(t.lower_ in _region_words() or t.text.lower() in places.names()
                                                  for t in doc[start:end]) \
                or exempt_re.search(words) or first.is_sent_start:
            continue
        return True
    return False


def _beyond_parties(name: Name, parties: list[tuple[int, int]]) -> bool:
    """Whether a name holds a capitalised word of its own outside the parties it overlaps: "Tory-
    backed Black Country Builders" is a firm, "the Green Party's" the party."""
    own = list(name.text)
    for start, end in parties:
        for i in range(max(start, name.start), min(end, name.end)):
            own[i - name.start] = " "
    return bool(re.search(r"\b[A-Z][a-z]", "".join(own)))


def _model_hit(post, ctx):
    """The classifier's finding when the rules found none: on its most promotional sentence."""
    span = classifier.strongest_sentence(post, "endorsement")
    if span is None:
        return
    names = business_names(post.text, post.doc, ctx.options["own_venues"])
    if not _candidates(post, names, [v.lower() for v in ctx.options["own_venues"] if v]):
        return
    if _acknowledges_a_gift(post, names):
        return
    if _rating_list(post.text) or _ranks_landmarks(post.text):
        return
    parties = _parties(post, ctx)
    if parties:
        # A party is no business: praise of a party or its win is the political check's to judge.
        names = [n for n in names if not any(s < n.end and n.start < e for s, e in parties) or _beyond_parties(n, parties)]
        if any(span[0] <= s < span[1] for s, _ in parties) and not any(
                not n.exempt and span[0] <= n.start < span[1] for n in names) and not _priced_name(post, span, parties):
            return
    inside = [n for n in names if span[0] <= n.start < span[1]]
    own = [v.lower() for v in ctx.options["own_venues"] if v]
    if inside and all(n.exempt for n in inside) and any(v in n.text.lower() for n in inside for v in own):
        return  # the council's own venue, which the council listed: not a business to promote
    approval = approval_of(post, names, ctx.options["approved"])
    if approval:
        yield Hit("approved", span[0], span[1], {"approval": approval})
        return
    businesses = [n for n in inside if not n.exempt] or [n for n in names if not n.exempt]
    named = re.sub(r"^[Tt]he\s+(?=\w)|['’]s$", "", businesses[0].text.rstrip(".")) if businesses else "a business"
    yield Hit("promotion", span[0], span[1], {"name": named})


@register(id="endorsement", options={"own_venues": [], "approved": [], "model": True}, needs_nlp=True)
def check(post, ctx):
    found = list(_rule_hits(post, ctx))
    yield from found
    if not found and ctx.options["model"]:
        yield from _model_hit(post, ctx)


def _a_place(post, start: int, end: int) -> bool:
    """The validate step of a signal with a `place` group ("the best chips in Whitby"): the words
    are a place the gazetteer or spaCy knows, not a business ("the best chips in Harry's")."""
    name = post.text[start:end]
    if name.lower() in places.names() or name.lower() in _region_words():
        return True
    return post.doc is not None and any(ent.label_ in ("GPE", "LOC") and ent.start_char <= start and end <= ent.end_char
                                        for ent in post.doc.ents)


def _rule_hits(post, ctx):
    if not _any_signal().search(post.text):
        return
    signals = _data()[0]
    hits = []  # (section, match, strong)
    for section, (patterns, strong) in signals.items():
        for is_strong, group in ((False, patterns), (True, strong)):
            for pattern in group:
                for match in pattern.finditer(post.text):
                    if "place" in pattern.groupindex and not _a_place(post, match.start("place"), match.end("place")):
                        continue
                    hits.append((section, match, is_strong))
    if not hits:
        return
    names = business_names(post.text, post.doc, ctx.options["own_venues"],
                           [match.end() for _, match, _ in hits])
    # Every name the post gives is exempt: its own words' (a charity, "Leisure Centre"), or, when
    # the word lists see no name at all, the organisations and venues spaCy finds ("half-price
    # swims at Caerphilly Leisure Centre, use code SWIM50": the council's own offer).
    exempt_re = _data()[3]
    only_exempt = all(n.exempt for n in names) if names else post.doc is not None and any(
        ent.label_ in ("ORG", "FAC") and exempt_re.search(ent.text) for ent in post.doc.ents)
    reported = set()
    findings = []
    for section, match, is_strong in sorted(hits, key=lambda h: h[1].start()):
        if section in reported:
            continue  # one finding per rule is enough to say what is wrong
        sentence = post.sentence_at(match.start())
        # A business spaCy alone found, or one ranked best in a place, must be in the signal's sentence;
        # not for a ranking, whose list follows it ("Our top 5 catteries:" then a line each).
        local = "place" in match.re.groupindex
        ranked_list = bool(RANKING.match(match.group()))
        businesses = [n for n in names if not n.exempt
                      and (ranked_list or not (n.ner_only or local) or sentence[0] <= n.start < sentence[1])]
        # A strong signal with no business named counts, unless its own sentence says whose the
        # offer is: the council's or an exempt venue's ("£5 off at the council box office").
        sellers_exempt = only_exempt or bool(exempt_re.search(post.text, sentence[0], sentence[1]))
        if not (businesses or (is_strong and not sellers_exempt)):
            continue
        named = businesses[0].text.rstrip(".") if businesses else "a business"
        findings.append((SECTIONS[section], match, named))
        reported.add(section)
    if not findings:
        return
    approval = approval_of(post, names, ctx.options["approved"])
    if approval:
        _, match, _ = findings[0]
        yield Hit("approved", match.start(), match.end(), {"approval": approval})
        return
    for rule, match, named in findings:
        yield Hit(rule, match.start(), match.end(), {"name": named})
