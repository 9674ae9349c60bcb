"""Plain English (Solihull 3.3, 3.5, 6.1): jargon, unexplained abbreviations, hard-to-read text.

Jargon comes from an editable list with a plain alternative for each term; abbreviations are
flagged when residents are unlikely to know them and the post does not spell them out; long
sentences and a low Flesch reading ease are reported with the figure and the target.
"""
from __future__ import annotations

import re
from functools import lru_cache

from checker import cache, wordlists
from checker.model import Hit
from checker.registry import register
from checker.text import brands
from checker.text import lexicon as _british
from checker.text.words import WORDS_REMEMBERED, any_pattern

# Postcodes, vehicle registrations, National Insurance numbers and road numbers are capitals
# that are not abbreviations (links, e-mails, handles and hashtags are left out by the view).
CODES = re.compile(
    r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b"  # postcode
    r"|\b[A-Z]{2}\d{2}\s?[A-Z]{3}\b"  # vehicle registration
    r"|\b[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b"  # National Insurance number
    r"|\b[ABM]\d{1,4}(?:\(M\))?\b",  # road number
    re.IGNORECASE,
)
# Capitals standing alone, or leading a compound ("UKSPF-funded", "SRO-led": the reader still has to know them).
CAPS = re.compile(r"(?<![\w&'’-])([A-Z][A-Za-z0-9&]*[A-Z0-9](?:-19)?)(s|'s|’s)?(?![\w&'’]|-(?![a-z]))")
ROMAN = re.compile(r"[IVXLC]+")  # Henry VIII, Part IV; not a council abbreviation made of the same letters (CIL)
WORDS = re.compile(r"[A-Za-z][A-Za-z'’]*")
SENTENCE_WORDS = re.compile(r"[A-Za-z0-9£][\w'’£.,%/-]*")
NAME_WORD = "name"  # stands for a proper name in the syllable count: one syllable
SERVICE_AFTER = re.compile(r"\s+(?:team|teams|service|services|officer|officers|worker|workers|unit|hub)\b", re.IGNORECASE)
JARGON_PILE = 2  # different jargon terms in one post that make each of them a finding
GCS_SENTENCE = 25  # Government Communication Service: sentences of 25 words or fewer
PLAIN_TARGET = 60  # Flesch reading ease of 60 or more: plain English, easy for most adults
# wordfreq Zipf of an abbreviation that English writers use so often the public knows it (POV 3.3,
# PTSD 3.5, DEA 3.4); the council's own terms of art sit lower (HMO 2.6, EHCP 0, DBS 3.0) or are
# in acronyms_council.csv, which always asks for the meaning (SEND, NDP).
IN_EVERYDAY_USE = 3.2


@register(
    id="plain_english",
    options={
        "known_acronyms": [],
        "allow": [],
        "max_sentence_words": 40,
        "min_reading_ease": 30,
        "reading_ease_min_words": 20,
    },
    needs_nlp=True,
)
def check(post, ctx):
    text = post.text
    masked = CODES.sub(lambda m: " " * len(m.group()), _blank(post.prose, post.hashtags))
    findings = list(_jargon(post, masked, {a.lower() for a in ctx.options["allow"]}))
    findings += _acronyms(post, text, masked, set(ctx.options["known_acronyms"]))
    findings += _readability(post, ctx, masked)
    return sorted(findings, key=lambda f: f.start)


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


# --- jargon -----------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _jargon_patterns():
    out = []
    for row in wordlists.rows("jargon.csv"):
        term = row["term"].strip()
        out.append((term, row["alternative"], row["severity"].strip() or "warning", _term_pattern(term),
                    (row.get("jargon_as") or "").strip()))
    # Longer terms first, so "whole-system approach" wins over a shorter term inside it.
    return sorted(out, key=lambda t: -len(t[0]))


@lru_cache(maxsize=1)
def _any_jargon() -> re.Pattern:
    """All the terms as one pattern: most posts hold no jargon, and one scan then replaces a scan
    per term."""
    return any_pattern(pattern for _, _, _, pattern, _ in _jargon_patterns())


@lru_cache(maxsize=None)
def _compiled(pattern: str) -> re.Pattern:
    """A term's own pattern, compiled the first time a post holds some jargon."""
    return re.compile(pattern, re.IGNORECASE)


OBJECT_START = {"DET", "NOUN", "PROPN", "PRON", "ADJ", "NUM"}
# Units of length, height, weight, time and share: a number with one after a verb is a measure.
MEASURE = re.compile(r"(?:metre|meter|m|km|kilometre|cm|mm|mile|foot|feet|ft|yard|yd|inch|inches|in|"
                     r"metres|meters|kilometres|miles|yards|percent|per|%|kg|tonnes?|litres?|minutes?|hours?|"
                     r"seconds?|days?|weeks?|years?|times)", re.IGNORECASE)


ROUTE_WORDS = frozenset({"from", "along", "via", "off", "around", "through", "throughout", "up", "down"})


# After "going forward": a route goes on past, along or towards somewhere; "from now on" goes nowhere.
ROUTE_ON = ROUTE_WORDS | {"past", "towards", "toward", "across", "into", "onto", "over", "under", "to", "beside", "alongside", "by"}


def _in_sense(doc, start: int, sense: str, end: int | None = None) -> bool:
    """The word used in its jargon sense, by spaCy's tags: `transitive` is a verb with an object
    ("cascade the message to staff"), not a river that cascades over a weir or the cascades of
    a waterfall; `referral` is a verb not followed by a word of a route ("signpost you to
    advice", not "signposted from the A23"); any other value is a part of speech. Without a
    model, every use counts."""
    if not sense or doc is None:
        return True
    for token in doc:
        if token.idx == start:
            if sense == "transitive":
                if token.tag_ == "VBN" and token.i > 0 and doc[token.i - 1].lemma_ == "be":
                    return True  # "messages are being cascaded to staff": the passive has its object as subject
                following = doc[token.i + 1] if token.i + 1 < len(doc) else None
                if following is not None and following.pos_ == "NUM" and following.i + 1 < len(doc) \
                        and MEASURE.fullmatch(doc[following.i + 1].text):
                    return False  # "the water cascades 30 metres": a distance, not an object
                return token.pos_ == "VERB" and following is not None and following.pos_ in OBJECT_START
            if sense == "referral":
                # A route is signposted from, along or via somewhere; people are sent to help.
                following = doc[token.i + 1] if token.i + 1 < len(doc) else None
                if _passive(doc, token) and (following is None or following.lower_ != "to"):
                    return False  # "the route is fully signposted": people are signposted TO help
                return token.pos_ == "VERB" and (following is None or following.lower_ not in ROUTE_WORDS)
            if sense == "provision":
                return _provision(doc, token)
            if sense == "temporal":
                # "Going forward past the bandstand": a walk, not "from now on".
                after = next((t for t in doc[token.i:] if t.idx >= (end or start)), None)
                return after is None or after.lower_ not in ROUTE_ON
            return token.pos_ == sense
    return True


def _passive(doc, token) -> bool:
    """A past participle after a form of "be", an adverb or two between ("is fully signposted")."""
    if token.tag_ != "VBN":
        return False
    index = token.i - 1
    while index >= 0 and token.i - index <= 3 and doc[index].pos_ == "ADV":
        index -= 1
    return index >= 0 and doc[index].lemma_ == "be"


# Words before "offer" that make it a deal, not what a service provides ("a fair offer", "our
# special offer"); and words of a sale in its sentence.
DEAL_WORDS = frozenset("fair special great fantastic amazing exclusive limited introductory latest best "
                       "first final cash job pay funding settlement school place price bird term".split())
SALE = re.compile(r"[£$€%]|\d\s?p\b|\b(?:free|discount\w*|half[- ]price|deal|code|voucher|off)\b", re.IGNORECASE)
# An offer made to someone, which they get, accept or turn down ("a permanent offer comes through",
# "accept the buy-back offer", "National offer day", "an offer of a place"): the literal sense.
OFFER_MADE_AFTER = re.compile(r"\s+(?:(?:is|was|has\s+been|will\s+be|gets?|got)\s+)?(?:made|accepted|refused|declined|withdrawn|sent|"
                              r"comes?\s+through|came\s+through|arrives?|days?|letters?|emails?|of)\b", re.IGNORECASE)
OFFER_MADE_BEFORE = re.compile(r"\b(?:accept(?:ed|ing|s)?|refus(?:e|ed|ing)|decline[ds]?|turn(?:ed)?\s+down|receive[ds]?|get|got)\s+"
                               r"(?:(?:the|an?|your|their|his|her|this|that)\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)


def _provision(doc, token) -> bool:
    """"Offer" as LGA jargon for what a service provides ("our cultural offer", "the visitor
    economy offer", "our SEND offer"): a noun after an ordinary noun or adjective, in a sentence
    that sells nothing. Not "a fair offer", "our Easter offer", "20% off as an offer"."""
    if token.i == 0:
        return False
    before = doc[token.i - 1]
    # The small model reads "our early help offer is" as a verb; "our/the ... offer" then a verb is
    # the noun all the same.
    owned = any(t.lower_ in ("our", "the", "a", "an", "their", "its", "your") for t in doc[max(0, token.i - 4):token.i])
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    as_noun = token.pos_ == "NOUN" or (token.pos_ == "VERB" and owned and before.pos_ == "NOUN"
                                       and following is not None and following.pos_ in ("AUX", "VERB"))
    if not as_noun:
        return False
    text = doc.text
    if OFFER_MADE_AFTER.match(text, token.idx + len(token)) or OFFER_MADE_BEFORE.search(text, max(0, token.idx - 40), token.idx):
        return False  # an offer someone is made: the literal sense
    if before.lower_ in DEAL_WORDS or before.pos_ not in ("NOUN", "ADJ", "PROPN") or \
            before.pos_ == "PROPN" and not before.text.isupper():
        return False  # "our Easter offer"; but initials ("our SEND offer") name a service
    return token.lower_ == "offer" and not SALE.search(doc.text)  # an offer made to someone, or a sale, anywhere


def _term_pattern(term: str) -> str:
    """Hyphens and spaces alike; the last word with its usual endings (leverage -> leveraging)."""
    words = re.split(r"[\s-]+", term)
    last = words[-1]
    if last.endswith("e"):
        last = re.escape(last[:-1]) + r"(?:e|es|ed|ing|er|ers|ation|ations)"
    elif last.endswith("y"):
        last = re.escape(last[:-1]) + r"(?:y|ies)"
    elif last.endswith("s"):
        last = re.escape(last)
    else:
        last = re.escape(last) + r"(?:s|es|ed|ing|ally|ly)?"
    return r"\b" + r"[\s-]?".join([re.escape(w) for w in words[:-1]] + [last]) + r"\b"


# A term written closed with a capital inside is a brand's name (StepChange the debt charity), not
# the phrase ("a step change").
CAMEL_CASE = re.compile(r"[a-z][A-Z]")
# The writer says they mean the words literally ("a deep dive – literally", "an actual deep dive").
LITERAL_AFTER = re.compile(r"(?:(?:\s+[\w'’]+){1,3}\s*[,–—(-]|[\s,–—(-]*)\s*(?:quite\s+)?(?:literally|in the literal sense)\b",
                           re.IGNORECASE)
LITERAL_BEFORE = re.compile(r"\b(?:literal|literally|actual|real-life)\s+(?:an?\s+)?$", re.IGNORECASE)
SENTENCE_OPEN = re.compile(r"(?:^|[.!?:…\n]['\"”’)]*)\s*$")


def _said_literally(masked: str, start: int, end: int) -> bool:
    return bool(LITERAL_AFTER.match(masked, end) or LITERAL_BEFORE.search(masked[max(0, start - 20):start]))


def _title_cased_name(masked: str, start: int, end: int) -> bool:
    """Every word of the term capitalised beside another capitalised word inside a sentence: the
    name of an event, a venue or a group ("Deep Dive Saturdays", "the Touch Base Café"), not the
    phrase. A sentence's opening word is capitalised anyway, and a term in capitals is shouted."""
    if not all(w[:1].isupper() and not w.isupper() for w in re.split(r"[\s-]+", masked[start:end])):
        return False
    if re.match(r"\s+[A-Z][a-z]", masked[end:end + 3]):
        return True  # "Deep Dive Saturdays"
    before = re.search(r"[A-Z][\w'’]*\s+$", masked[max(0, start - 30):start])
    return bool(before) and not SENTENCE_OPEN.search(masked[max(0, start - 30):max(0, start - 30) + before.start()])


def _jargon(post, masked, allow):
    if not _any_jargon().search(masked):
        return
    taken: list[tuple[int, int]] = []
    found = []
    for term, alternative, severity, pattern, sense in _jargon_patterns():
        if term.lower() in allow:
            continue
        for match in _compiled(pattern).finditer(masked):
            start, end = match.span()
            if any(s < end and start < e for s, e in taken) or not _in_sense(post.doc, start, sense, end) \
                    or _introduced(masked, start) or CAMEL_CASE.search(masked, start, end) \
                    or _said_literally(masked, start, end) \
                    or _title_cased_name(masked, start, end) and not SERVICE_AFTER.match(masked, end):
                continue
            taken.append((start, end))
            if SERVICE_AFTER.match(masked, end):
                severity = "info"  # "our reablement team": the name of the service residents deal with
            found.append((term.lower(), start, end, alternative, severity))
    # One word that is jargon only in some uses is a note; several different ones in one post
    # ("a robust outcomes framework") are the management register itself: each is a finding.
    piled_up = len({term for term, *_ in found}) >= JARGON_PILE
    for term, start, end, alternative, severity in found:
        yield Hit("jargon", start, end, {"alternative": alternative},
                  severity="warning" if piled_up and severity == "info" else severity)


# --- abbreviations ----------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _known() -> frozenset[str]:
    """The list of abbreviations residents know, and those a general British dictionary holds
    (SCOWL: TB, IPA, AA), less the council abbreviations that have another everyday sense
    elsewhere (HMO is a US health plan, residents here know it as nothing)."""
    listed = frozenset(word for line in wordlists.lines("acronyms_known.txt") for word in line.split())
    return listed | (_british.dictionary_abbreviations() - set(_council()))


@lru_cache(maxsize=1)
def _council() -> dict[str, str]:
    return {row["acronym"].strip(): row["meaning"].strip() for row in wordlists.rows("acronyms_council.csv")}


@lru_cache(maxsize=1)
def _council_write() -> dict[str, str]:
    return {row["acronym"].strip(): (row.get("write") or row["meaning"]).strip()
            for row in wordlists.rows("acronyms_council.csv")}


CONNECTIVES = {"and", "of", "upon", "with", "on", "the", "in", "y", "a"}


@lru_cache(maxsize=1)
def _area_initials() -> frozenset[str]:
    """Initials of the UK's council areas (Rhondda Cynon Taff: RCT; Neath Port Talbot: NPT): the
    name residents use for where they live. Three letters or more, and never one of the council
    abbreviations residents seldom know (acronyms_council.csv keeps its meaning)."""
    out = set()
    for name in wordlists.lines("council_areas.txt"):
        words = [w for w in re.split(r"[\s,-]+|(?<=[a-z])(?=[A-Z])", name) if w and w.lower() not in CONNECTIVES]
        initials = "".join(w[0] for w in words).upper()
        if len(initials) >= 3:
            out.add(initials)
    return frozenset(out - set(_council()))


@lru_cache(maxsize=1)
def _all_known() -> frozenset[str]:
    """Every list of known abbreviations, joined once per process rather than once per post."""
    return _known() | _party_forms() | _area_initials() | _public_body_forms() | (brands.capitalised_names() - set(_council()))


@lru_cache(maxsize=1)
def _public_body_forms() -> frozenset[str]:
    """Short names of public bodies as public_bodies.txt gives them (TfL, TfWM, Ofsted is a word):
    what residents call the body, known like a party's initials."""
    return frozenset(line for line in wordlists.lines("public_bodies.txt") if " " not in line and len(line) <= 6)


@lru_cache(maxsize=1)
def _party_forms() -> frozenset[str]:
    """Party short forms from the Electoral Commission's register (SNP, DUP, SDLP): names, known to voters."""
    return frozenset(row["form"] for row in wordlists.rows("parties.csv") if row["form"].isupper())


# Initials written with a small word or letter inside (DfE, DofE, PRoW, SaaS, MoU, SENCo): capitals
# with at most two lower-case letters between or after them, six letters at most; not a Scots or
# Irish surname (McArt, MacRae) and not a word in CamelCase (ParkPay: three or more in a run).
MIXED_INITIALS = re.compile(r"(?=\w{3,6}$)(?!Mc|Mac)[A-Z](?:[a-z]{0,2}[A-Z])+[a-z]{0,2}")


# Said right before capitals that are a code to type or quote, not an abbreviation to spell out.
CODE_CUE = re.compile(r"\b(?:code|voucher|coupon|promo|password|quote|ref|reference|start(?:s|ing)?(?: with)?|begin(?:s|ning)?(?: with)?|"
                      r"prefix|prefixed|hashtag)\W{0,3}$", re.IGNORECASE)
# How far back the cues before an abbreviation are read. Reading all of the text before each one
# (a slice, or a search ending in `$` tried from every earlier character) made a long post
# quadratic: 1.4 s for a 200 KB post of ordinary prose.
BEFORE = 120
NOT_SPACE, NOT_SPACES = re.compile(r"\S"), re.compile(r"\S*")
EXCLAIMED = re.compile(r"[!?.…]+(?:\s|$)")
OTHER_THAN_SIGN_OFF_END = re.compile(r"[^ .!]")  # the post goes on after the initials
SIGN_OFF_BEFORE = re.compile(r"(?:[-–—^~]|\n|,)\s*$")
GREETING = re.compile(r"(?:^|[.!?]\s+|\n)\s*(?:@\w+\s+)?(?:hi|hello|hey|hiya|thanks|thank you|cheers|dear|morning|evening)\s*,?\s*$", re.IGNORECASE)


# The paper's own number after it ("your PCN LC40217395", "his PCN (LC39014402)"): the reader holds
# the paper the initials name, with its number on it.
OWN_NUMBER = re.compile(r"\s*\(?\s*(?:no\.?\s*|number\s+)?[A-Z]{0,4}[-/]?\d[\dA-Z/-]{4,}\b")


def _is_code(text: str, match) -> bool:
    """'with code NBGOLF', 'a reference starting with BB': letters to type, not to read; and
    initials followed by the number of the paper they name."""
    return bool(CODE_CUE.search(text[max(0, match.start() - 30):match.start()]) or OWN_NUMBER.match(text, match.end()))


def _addressed(text: str, match, handles: list[str]) -> bool:
    """Initials that name the person the post answers: in their @handle ('@chellaston_cj Thanks
    CJ'), or right after a greeting ('Hi JP,')."""
    word = match.group(1).lower()
    if len(word) <= 3 and any(re.search(r"(?:^|[_\d.])" + word + r"(?:$|[_\d.])", h.lower().lstrip("@")) for h in handles):
        return True
    return len(word) <= 3 and bool(GREETING.search(text, max(0, match.start() - BEFORE), match.start()))


def _interjection(post, match) -> bool:
    """Capitals that are a whole sentence by themselves ("FFS.", "OMG!"): an exclamation, not a
    term the reader needs spelt out."""
    # Read off the text, not the splitter: a full stop after a capital is taken for an initial's.
    text = post.text
    opens = NOT_SPACE.search(text, 0, match.start()) is None or re.search(
        r"(?:[.!?…]['\"”’)]*\s+|\n\s*)[^\w\s]*$", text[max(0, match.start() - 10):match.start()])
    return bool(opens) and bool(EXCLAIMED.match(text, match.end()))


def _signed_off(text: str, match) -> bool:
    """Initials signing off a post ("– JT", "^KP", "Thanks, AB"): a person, not an abbreviation."""
    return len(match.group(1)) <= 3 and OTHER_THAN_SIGN_OFF_END.search(text, match.end()) is None and \
        bool(SIGN_OFF_BEFORE.search(text, max(0, match.start() - BEFORE), match.start()))


def _in_name(masked: str, match) -> bool:
    """Capitals inside a proper name: St Mary's CE Primary, MV Loch Seaforth, the Taff Vale RFC ground."""
    before = re.search(r"([A-Z][\w'’&.-]*)\s+$", masked[max(0, match.start() - 30):match.start()])
    after = re.match(r"\s+([A-Z][a-z][\w'’-]*)", masked[match.end():match.end() + 30])
    return bool(after and (before or match.start() == 0 or masked[max(0, match.start() - BEFORE):match.start()].rstrip()[-1:] not in ".!?:"))


def _initials_in_post(word: str, text: str) -> bool:
    """The post names what the letters stand for: 'Low Emission Zone ... LEZ', or in lower case,
    'the parking charge notice (PCN KC40192837)'."""
    if len(word.rstrip("s")) > 7:
        return False  # longer than the initials of the longest run below: 'A' x 100,000 is no acronym
    letters = word.rstrip("s")
    if len(letters) >= 2 and any(letters in initials for initials in _capital_initials(text)):
        return True
    return _spelt_out_in_lower_case(word, text)


@lru_cache(maxsize=8)
def _capital_initials(text: str) -> tuple[str, ...]:
    """The initials of each run of capitalised words ('Low Emission Zone' -> 'LEZ', 'UK Shared
    Prosperity Fund' -> 'UKSPF'), built once per post however many abbreviations ask."""
    # From word starts only, each word read once (possessive): tried from every capital of
    # 'AAAA...' to its end, this was quadratic (minutes on 100 KB).
    # Each run gives its capitals' initials and, where a connective is in it, the initials with the
    # connective's too: "Animal Reporting and Movement Service" is ARMS or ARAMS.
    runs = [re.split(r"[\s-]+", run.group())
            for run in re.finditer(r"(?<![\w'’-])(?:[A-Z][\w'’-]*+(?:\s+(?:of|and|for|the|&)\s+|\s+)){1,6}[A-Z][\w'’-]*+", text)]
    return tuple(dict.fromkeys(form for words in runs for form in (
        "".join(w[0] for w in words if w[:1].isupper()), "".join(w[0].upper() for w in words if w[:1].isalpha()),
        _with_capitals(words))))


def _with_capitals(words: list[str]) -> str:
    """The initials of a name in which a short word in capitals opening a part of it gives all its
    letters: "UK Shared Prosperity Fund" is UKSPF. A word in capitals with no name word after it
    is an abbreviation of its own, not part of the name ("The TPO", "Central Beacons MRT")."""
    letters = []
    for i, word in enumerate(words):
        if not word[:1].isupper():
            continue
        if word.isupper():
            following = words[i + 1] if i + 1 < len(words) else ""
            if len(word) > 3 or not (following[:1].isupper() and not following.isupper()):
                return ""
            letters.append(word)
        else:
            letters.append(word[0])
    return "".join(letters) if any(w.isupper() for w in words) else ""


def _spelt_out_in_lower_case(word: str, text: str) -> bool:
    letters = word.rstrip("s").lower()
    if len(letters) < 3:
        return False
    # Words of three letters or more, connectives skipped: their initials in a row spell it.
    initials = _lower_initials(text)
    return initials.find(letters) >= 0


@lru_cache(maxsize=8)
def _lower_initials(text: str) -> str:
    """The initial of each lower-case word of three letters or more, connectives skipped, with a
    gap where a shorter word breaks the row (built once per post, however many abbreviations)."""
    words = [w for w in re.findall(r"[a-z][a-z'’]*", text) if w not in LOWER_CONNECTIVES]
    return "".join(w[0] if len(w) >= 3 else " " for w in words)


LOWER_CONNECTIVES = {"of", "and", "for", "the", "in", "on", "to", "a", "an", "or"}


def _acronyms(post, text, masked, own_known):
    known = _all_known() | own_known if own_known else _all_known()
    handles = [text[start:end] for start, end in post.mentions]
    council = _council()
    seen: dict[str, bool] = {}
    for match in CAPS.finditer(masked):
        word = match.group(1)
        if word.isupper() is False and word not in council and not MIXED_INITIALS.fullmatch(word):
            continue  # mixed case (ParkPay, McArt) is a name, not an abbreviation; DfE, PRoW, SaaS are initials
        chunk = re.search(r"\S*$", text[max(0, match.start() - BEFORE):match.start()]).group() + NOT_SPACES.match(text, match.start()).group()
        if word not in council and word not in known and (any(ch.isdigit() for ch in chunk)
                                                          or re.match(r" ?\d", masked[match.end():match.end() + 2])):
            continue  # letters with digits: a code (TYNE15, CF 88 2219), a route (SL4), a postcode district (SK7)
        if re.fullmatch(r"[A-Z]&[A-Z]", word):
            continue  # P&O, B&B, R&B: a brand or an everyday term written with an ampersand
        if word not in council and len(word) == 2 and _british.is_common_word(word.lower()):
            continue  # NO, ON, UP: an ordinary word in capitals for emphasis
        if word not in council and (_in_name(masked, match) or _signed_off(text, match) or _is_code(text, match)
                                    or _addressed(text, match, handles) or _interjection(post, match)):
            continue
        if word not in council and _initials_in_post(word, text):
            continue
        if word not in council and _who_to_contact(text, match):
            continue
        letters = sum(ch.isupper() for ch in word)
        if word in known or (word.rstrip("s") in known) or word not in council and ROMAN.fullmatch(word):
            continue
        if word not in council and _in_everyday_use(word):
            continue  # POV, PTSD: written so often that readers know them
        if word not in council and (letters < 2 or word.endswith("-19") or len(word) > 6):
            # One capital, or long: a name, a code (SOLIHULL26) or shouting, not an abbreviation.
            continue
        if word not in council and _shouting(word, masked, match) and not _named_thing(post.doc, masked, match):
            continue
        if word in council and _shouting_run(masked, match):
            continue
        if word not in seen:
            seen[word] = _explained(word, text, council.get(word))
        if seen[word]:
            continue
        meaning = council.get(word)
        start, end = match.span(1)
        if meaning:
            yield Hit("acronym", start, end, {"word": word, "meaning": meaning, "write": _council_write()[word], "variant": "known"})
        else:
            yield Hit("acronym", start, end, {"word": word})
        seen[word] = True  # one finding per abbreviation per post


# "Call PSNI on 101", "report it to PSNI on 101", "contact SSEN", "volunteers from UEA": initials as the name of whom to call
# or where people come from, standing alone (no article before them, as in "call the EDT", and no
# noun after, as in "from S106 money"). The reader can act on a name without its expansion; a
# team or a term of art is not used that way.
CONTACT_BEFORE = re.compile(r"\b(?:call|contact|ring|phone|email|e-mail|text|from|"
                            r"report(?:\s+(?:it|this|them|that|incidents?|concerns?|anything))?\s+to)\s+$", re.IGNORECASE)
ALONE_AFTER = re.compile(r"(?:['’]s\b|\s*[,.;:!?)]|\s*$|\s+(?:on|or|and|at|via|for|if|to)\b|\s+\d)")


def _who_to_contact(text: str, match) -> bool:
    start, end = match.span(1)
    return bool(CONTACT_BEFORE.search(text[max(0, start - 20):start]) and ALONE_AFTER.match(text, end))


NAMED_THING = re.compile(r"\b(?i:the|a|an|our|your|this|that|its|their)\s+(?i:new\s+|draft\s+|local\s+)?(?:[A-Z][\w'’-]*\s+){0,3}$")


def _named_thing(doc, masked: str, match) -> bool:
    """Capitals after an article and at most a few names ("the Kingsbridge TIC", "the new SANG"),
    tagged a noun and with no more capitals after: a thing called by its initials, not a word
    shouted ("the BEST hot chocolate" is an adjective)."""
    article = NAMED_THING.search(masked[max(0, match.start() - 60):match.start()]) if doc is not None else None
    if article is None or article.group().split()[0].isupper() and len(article.group().split()[0]) > 1:
        return False  # "MEET THE MAKER": the article in capitals too, a heading shouted
    if re.match(r"\s+[A-Z]{2,}\b", masked[match.end():]):
        return False
    span = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
    return span is not None and len(span) == 1 and span[0].pos_ in ("NOUN", "PROPN") and not (
        span[0].i + 1 < len(doc) and doc[span[0].i + 1].pos_ in ("NOUN", "ADJ") and doc[span[0].i + 1].text.islower())


def _in_everyday_use(word: str) -> bool:
    """Initials of three letters or more that English writers use often (wordfreq), and that are
    no word or name in their own right: what TOM, CAT or SANG stand for is not what makes them
    frequent, and two letters (PC, RO, SU) are too many things at once."""
    letters = word[:-1] if word.endswith("s") and word[:-1].isupper() else word
    lower = letters.lower()
    return len(letters) >= 3 and _british.frequency(lower) >= IN_EVERYDAY_USE \
        and not _british.is_common_word(lower) and not _british.is_known(letters.capitalize())


def _shouting(word: str, masked: str, match) -> bool:
    """Capitals that are an ordinary word (FREE, NOW) or part of a run of them: emphasis, not an abbreviation."""
    return _ordinary(word) and len(word) > 2 or _shouting_run(masked, match)


def _ordinary(word: str) -> bool:
    """An everyday English word (SCOWL writes it in lower case, and it is in real use), unlike CPO,
    TIC or LEVI, which word lists drawn from web text also hold in lower case."""
    return _british.is_common_word(word.lower()) and _british.frequency(word.lower()) >= 3.0


def _shouting_run(masked: str, match) -> bool:
    before = re.findall(r"[A-Za-z]+", masked[max(0, match.start() - 30):match.start()])[-1:]
    after = re.findall(r"[A-Za-z]+", masked[match.end():match.end() + 30])[:1]
    return any(w.isupper() and len(w) > 2 and _ordinary(w) for w in before + after)


# "This is called reablement", "(sometimes called ASN)", "known as Section 106": the post is
# teaching the term, having just said what it means.
INTRODUCED = re.compile(r"\b(?:called|known\s+as|short\s+for|what\s+we\s+call)\s+(?:an?\s+|the\s+)?['\"‘“]?$", re.IGNORECASE)


def _introduced(text: str, start: int) -> bool:
    return bool(INTRODUCED.search(text[max(0, start - 30):start]))


# What comes right after a name (or a name of up to three more capitalised words) to say what it
# is: a noun phrase in commas ending on a common noun ("SSAFA, the Armed Forces charity,"), or
# "that's ..." after a dash or comma.
APPOSITION = (r"s?(?:\s+[A-Z][\w-]*){0,3}(?:,\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){1,6}[a-z][\w-]*\s*[,.;:)!]"
              # or a noun phrase and a relative clause saying what it does ("SCOOT, a computer
              # system that adjusts the timings")
              r"|,\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,4}[a-z][\w-]*\s+(?:that|which|who)\s"
              r"|\s*[,–—-]\s*(?:that['’]s|that\s+is|which\s+is|i\.e\.|meaning)\s)")


def _explained(word: str, text: str, meaning: str | None) -> bool:
    """The post spells it out: 'full name (ABC)', 'ABC (full name)', 'what this is called ABC',
    or its meaning appears."""
    if any(_introduced(text, m.start()) for m in re.finditer(r"\b" + re.escape(word) + r"s?\b", text)):
        return True
    if re.search(r"\(\s*" + re.escape(word) + r"s?(?:\s+for\s+short)?\s*\)", text):
        return True  # "Local government reorganisation (LGR)", "(LGR for short)"
    if re.search(re.escape(word) + r"s?\s*\(\s*[a-z][^)\d]*\s[^)\d]*\)", text, re.IGNORECASE):
        return True  # "HMO (house in multiple occupation)"; not "EHCP (ref 2025/3381)", a reference
    if re.search(r"\b" + re.escape(word) + APPOSITION, text):
        return True  # "repairs by SGN, the gas network company.", "our SEND team - that's travel support for..."
    if meaning:
        core = re.sub(r"\s*\(.*?\)", "", meaning).lower()
        if core and core in text.lower():
            return True
        # Most of the meaning, from its start, says what it is ("special educational needs" for
        # SEND, "special educational needs and disabilities").
        words = core.split()
        if len(words) >= 4 and " ".join(words[:-(len(words) * 2 // 5)]) in text.lower():
            return True
    return _spelt_out_in_lower_case(word, text)


# --- readability ------------------------------------------------------------------------------

def _readability(post, ctx, masked):
    limit = ctx.options["max_sentence_words"]
    spans = post.sentences
    all_words: list[str] = []
    counted = 0
    for start, end in spans:
        part = masked[start:end]
        count = len(SENTENCE_WORDS.findall(part))
        if count == 0:
            continue
        counted += 1
        # A name (Cheltenham, Montpellier Gardens, Wednesday) is read at a glance however many
        # syllables it has: capitalised words after the first of a sentence count as one syllable.
        all_words += [w if i == 0 or not w[:1].isupper() else NAME_WORD for i, w in enumerate(WORDS.findall(part))]
        target = min(GCS_SENTENCE, limit)
        if count > target:
            # Over the GCS guide: a note; over the configured limit: a finding.
            severity = "warning" if count > limit else "info"
            stripped = part.strip()
            offset = start + part.index(stripped[:1]) if stripped else start
            yield Hit("long-sentence", offset, offset + len(stripped), {"count": count, "target": target}, severity=severity)
    if len(all_words) >= ctx.options["reading_ease_min_words"] and counted:
        score = reading_ease(all_words, counted)
        if score < PLAIN_TARGET:
            severity = "warning" if score < ctx.options["min_reading_ease"] else "info"
            yield Hit("reading-ease", 0, len(post.text), {"score": f"{score:.0f}", "target": PLAIN_TARGET}, severity=severity)


@lru_cache(maxsize=1)
def _hyphenator():
    # From postcheck's cache: pyphen reads and parses its dictionary file each run (about 65 ms),
    # the pickled copy loads in about 5.
    return cache.load("hyphenator-en_GB", _build_hyphenator, packages=("pyphen",))


def _build_hyphenator():
    import pyphen  # installed with textstat

    return pyphen.Pyphen(lang="en_GB")


@lru_cache(maxsize=WORDS_REMEMBERED)
def _syllables(word: str) -> int:
    """pyphen's syllable count of a lower-case word, remembered: a batch repeats its words."""
    hyphenator = _hyphenator()
    # pyphen remembers every word it was asked, without bound (about 200 bytes a word): the cache
    # above already remembers, so pyphen's own is emptied when it grows past the same size.
    remembered = getattr(getattr(hyphenator, "hd", None), "cache", None)
    if remembered is not None and len(remembered) > WORDS_REMEMBERED:
        remembered.clear()
    return len(hyphenator.positions(word)) + 1


def reading_ease(words: list[str], sentences: int) -> float:
    """Flesch reading ease, syllables counted by pyphen's hyphenation dictionary.

    textstat's own flesch_reading_ease (0.7.13) fetches NLTK's cmudict over the network on first use
    and fails offline, and postcheck must run offline; so the formula is applied here to pyphen's
    syllable counts (textstat's own fallback for words cmudict lacks).
    """
    syllables = sum(_syllables(w.lower()) for w in words)
    return 206.835 - 1.015 * len(words) / sentences - 84.6 * syllables / len(words)
