"""Party-political content: parties in their political sense, slogans, campaigning, taking sides.

The one recogniser of political content, shared by the political check (at any date) and the
pre-election check (inside a period), so the two never disagree on what is political. Everyday
words that are also party names (Labour, Green, Reform, Conservative, Alliance...) count only in
their political sense, judged from their neighbours and, when spaCy tags are there, their part of
speech. Neutral election information (candidate lists, results, how to vote) is not political.
Words and cues: wordlists/parties.csv and wordlists/political.toml.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterator

from checker import wordlists
from checker.model import Hit
from checker.text import insults as insult_words
from checker.text import places as gazetteer
from checker.text.screen import screened
from checker.text.words import any_pattern, words_pattern

# Fragments of party account handles and hashtags (@SolihullLabour, @LibDems, #VoteReform).
HANDLE_PARTS = ("labour", "tory", "tories", "conservative", "libdem", "liberaldem", "greenparty",
                "greens", "reformuk", "reformparty", "snp", "plaid", "ukip", "dup", "sinnfein", "votelab",
                "votecon", "votegreen", "votereform")
# Parts that name a party in an account (@ReformConwy) but a topic in a hashtag (#PlanningReform).
ACCOUNT_ONLY_PARTS = ("reform",)
HANDLE = re.compile(r"(?<![\w@#])[@#](\w{2,})")
RETWEET = re.compile(r"\b(RT|MT|repost(ed)?|shared? from|retweet(ed)?)\b:?\s*$", re.I)
REELECT = re.compile(r"\bre-?elect\b(?!ed|ion)", re.I)
PERSON_TITLE = re.compile(r"(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?")
# Two or three capitalised words: a person's name when spaCy is not there to say so.
NAME = re.compile(r"[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+){1,2}")


@dataclass(frozen=True)
class Lexicon:
    forms: dict[str, tuple[str, str]]  # form -> (party, sense)
    names: re.Pattern
    data: dict[str, Any]
    promotion: re.Pattern
    attack: re.Pattern
    partisan: re.Pattern
    government_attack: re.Pattern
    neutral: re.Pattern
    ordinary: re.Pattern
    slogans: re.Pattern
    vote: re.Pattern


@lru_cache(maxsize=8)
def lexicon(extra: tuple[str, ...] = ()) -> Lexicon:
    forms = {row["form"]: (row["party"], row["sense"]) for row in wordlists.rows("parties.csv")}
    for name in extra:  # a council's local parties, from [checks.political] extra_parties
        forms.setdefault(name, (name, "always"))
    alternatives = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    data = wordlists.toml("political.toml")
    verbs = "|".join(re.escape(v) for v in sorted(data["vote_verbs"], key=len, reverse=True))
    return Lexicon(
        forms=forms,
        # Case-sensitive: "Labour" the party, "labour" the work; never inside a handle or word.
        names=re.compile(rf"(?<![\w@#&-])({alternatives})(?![\w&])"),
        data=data,
        promotion=any_pattern(data["promotion_cues"]),
        attack=any_pattern(data["attack_cues"]),
        partisan=any_pattern(data["partisan_phrases"]),
        government_attack=any_pattern(data["government_attack_cues"]),
        neutral=any_pattern(data["neutral_context"]),
        ordinary=any_pattern(data["ordinary_phrases"]),
        slogans=words_pattern(data["slogans"]),
        vote=re.compile(rf"(?<![\w-])(?:{verbs})\s+(?:for\s+)?$", re.I),
    )


def _next_word(text: str, end: int) -> tuple[str, str]:
    """The word after `end` and what joins it ("-" for Labour-led, " " otherwise, "" at the end)."""
    match = re.match(r"(\s*-\s*|\s+|'s\b\s*|’s\b\s*)?([A-Za-z]+)?", text[end:])
    joiner = (match.group(1) or "").strip() or (" " if match.group(1) else "")
    return joiner, (match.group(2) or "").lower()


def _token_at(doc: Any, start: int):
    if doc is None:
        return None
    for token in doc:
        if token.idx == start:
            return token
    return None


def _token_after(doc: Any, end: int):
    if doc is None:
        return None
    for token in doc:
        if token.idx >= end:
            return token
    return None


def political_sense(text: str, start: int, end: int, form: str, sense: str, lex: Lexicon, doc: Any = None) -> bool:
    """Whether the party name at text[start:end] means the party here."""
    if sense == "always":
        return True
    if lex.vote.search(text[max(0, start - 20):start]):
        return True  # "vote Labour", "back Reform"
    before = re.findall(r"[A-Za-z]+", text[max(0, start - 20):start])
    joiner, following = _next_word(text, end)
    nouns = set(lex.data["political_nouns"])
    if joiner == "-":
        return following in nouns  # Labour-led, Green-led; not Green-fingered
    if following in nouns and joiner != "'s":
        return True
    if joiner == "'s" and following in nouns - {"led", "run", "controlled", "group", "groups"}:
        return True  # "Reform's candidate", "Labour's councillors": a party's people and programme
    token = _token_at(doc, start)
    if token is not None and token.pos_ == "VERB":
        return False  # "Reform the police", "Green the verges"
    ordinary_before = lex.data["ordinary_before"]
    if before and before[-1].lower() in ordinary_before.get("all", []) + ordinary_before.get(form, []) and joiner != "'s":
        return False
    if form not in lex.data["noun_use_is_party"]:
        return False
    if following in lex.data["party_words"] and joiner != "'s":
        return True
    # Used as a noun on its own ("Labour promised...", "...? Labour."), the word is the party;
    # used before a noun ("Labour market", "Conservative estimate", "Reform of"), it is not.
    if following in lex.data["ordinary_followers"] and joiner != "'s":
        return False
    if joiner == "'s":
        return True  # "Labour's plans"
    # Capitalised in mid-sentence ("a key Labour priority", "a Conservative vision"), it is the
    # party: the everyday words are written in lower case there. (Reform is too often a noun.)
    if form != "Reform" and not _sentence_initial(text, start):
        return True
    token = _token_after(doc, end)
    if token is not None and token.pos_:
        if text[end:token.idx].strip():  # punctuation glued on, e.g. "Labour," or "Labour's"
            return True
        return token.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM")
    # No tagger: only a plain stop or a verb-looking word after it.
    return not following or joiner == "'s" or following in {"will", "has", "have", "is", "are", "would", "can", "says", "said", "wants"} or following.endswith("ed")


def _sentence_initial(text: str, start: int) -> bool:
    """Whether a capital at `start` may just be the start of a sentence, heading or list item."""
    before = text[:start].rstrip(" \t\"'‘“(")
    return not before or before[-1] in ".!?:;\n-–—•*#|" or before.endswith(("RT", "📢"))


def sentence_bounds(text: str, start: int, doc: Any = None) -> tuple[int, int]:
    if doc is not None and doc.has_annotation("SENT_START"):
        for sent in doc.sents:
            if sent.start_char <= start < sent.end_char:
                return sent.start_char, sent.end_char
    left = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    rights = [i for i in (text.find(c, start) for c in ".!?\n") if i != -1]
    return left, (min(rights) + 1 if rights else len(text))


def party_mentions(text: str, lex: Lexicon, doc: Any = None) -> Iterator[tuple[int, int, str]]:
    """(start, end, party) for every party named in its political sense."""
    ordinary = [m.span() for m in lex.ordinary.finditer(text)]
    for match in lex.names.finditer(text):
        form = match.group(1)
        if any(s <= match.start(1) < e for s, e in ordinary):
            continue  # the Labour and Delivery Suite, Tory Road, the Liberal Club
        party, sense = lex.forms[form]
        if political_sense(text, match.start(1), match.end(1), form, sense, lex, doc):
            yield match.start(1), match.end(1), party


def _is_person(text: str, start: int, end: int, doc: Any) -> bool:
    if doc is not None and doc.has_annotation("ENT_IOB"):
        return any(ent.label_ == "PERSON" and ent.start_char < end and ent.end_char > start for ent in doc.ents)
    return bool(NAME.match(text[start:end]))


def detect(text: str, doc: Any = None, extra_parties: tuple[str, ...] = (), allow: tuple[str, ...] = ()) -> list[Hit]:
    """Every piece of party-political content in the text, as hits of the political rules."""
    # The political and pre-election checks both ask about each post, one after the other: the
    # second asking gets the first's answer (a copy of the list; the hits are frozen).
    key = (text, tuple(extra_parties), tuple(allow))
    if _detected[0] == key and _detected[1] is doc:
        return list(_detected[2])
    found = _detect(text, doc, extra_parties, allow)
    _detected[:] = [key, doc, found]
    return list(found)


CAMEL_WORD = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")


def _handle_has(handle: str, part: str) -> bool:
    """Whether a handle or hashtag holds a party's part where one of its words begins: "dup" is
    in #JoinedUp, but not at a word of it. A handle in one case shows no words: a short part
    (dup, snp) must then open or close it."""
    lowered = handle.lower()
    if part not in lowered:
        return False
    if handle.islower() or handle.isupper():
        return len(part) >= 5 or lowered.startswith(part) or lowered.endswith(part)
    starts = {m.start() for m in CAMEL_WORD.finditer(handle)}
    return any(lowered.startswith(part, i) for i in starts)


_detected: list = [None, None, []]  # the last detect's arguments (the doc by identity) and hits


def _detect(text: str, doc: Any, extra_parties: tuple[str, ...], allow: tuple[str, ...]) -> list[Hit]:
    lex = lexicon(tuple(extra_parties))
    allowed = tuple(a.lower() for a in allow)
    found: list[Hit] = []

    def add(rule: str, start: int, end: int, **args) -> None:
        if not any(a in text[start:end].lower() for a in allowed):
            found.append(Hit(rule, start, end, args))

    for match in HANDLE.finditer(text):
        handle = match.group(1)
        if any(_handle_has(handle, part) for part in HANDLE_PARTS) or match.group().startswith("@") and any(
                _handle_has(handle, part) for part in ACCOUNT_ONLY_PARTS):
            shared = RETWEET.search(text[:match.start()])
            add("party-share", match.start(), match.end(), variant=None if shared else "tag")
    for match in lex.slogans.finditer(text):
        add("slogan", match.start(), match.end())
    for match in REELECT.finditer(text):
        add("campaign", match.start(), match.end(), variant="re-elect")

    mentions = list(party_mentions(text, lex, doc))
    for start, end, party in mentions:
        verb = lex.vote.search(text[max(0, start - 20):start])
        if verb and verb.group().split()[0].lower() in ("vote", "voting", "elect", "back", "support", "choose", "re-elect", "reelect"):
            add("campaign", max(0, start - 20) + verb.start(), end, party=party, variant="party")
    for match in re.finditer(r"\b(?:vote|voting)\s+for\s+", text, re.I):
        person = PERSON_TITLE.match(text, match.end()) or NAME.match(text, match.end())
        if person and _is_person(text, person.start(), person.end(), doc) or (person and person.group().startswith(("Cllr", "Councillor"))):
            add("campaign", match.start(), person.end())

    for match in lex.partisan.finditer(text):
        add("partisan", match.start(), match.end())
    for start, end in constitutional_sides(text, doc):
        add("constitutional", start, end)

    offices = [(start, end, "the government") for start, end in elected_offices(text)]
    named = [(start, end) for start, end, _ in mentions + offices]
    for start, end, party in mentions + offices:
        s_start, s_end = sentence_bounds(text, start, doc)
        sentence = text[s_start:s_end]
        attack = lex.attack.search(text) or insults().search(sentence) or _insult_after(text, s_end, named, doc)
        if party == "the government":
            # An elected body or office named is only partisan with attack words or an insult in its
            # own sentence ("this government of wasters", "City Hall's broken promises").
            if (lex.government_attack.search(sentence) or insults().search(sentence)
                    or _sworn_at(sentence, start - s_start)) and not lex.neutral.search(sentence):
                add("partisan", start, end, variant="government")
            continue
        neutral = lex.neutral.search(sentence) or _list_entry(text, s_start, s_end, doc) and lex.neutral.search(text)
        if neutral and not attack and not lex.partisan.search(text) and not lex.promotion.search(text):
            continue  # a candidate list, a result: neutral election information
        if attack or lex.partisan.search(text):
            add("partisan", start, end, party=party, variant="party")
        elif lex.promotion.search(text):
            add("party-promotion", start, end, party=party)
        else:
            add("party-mention", start, end, party=party)
    return _dedupe(found)


@dataclass(frozen=True)
class Constitution:
    campaigns: re.Pattern
    causes: re.Pattern
    personal_before: re.Pattern
    personal_after: re.Pattern
    nations: re.Pattern
    stance: re.Pattern


@lru_cache(maxsize=1)
def constitution() -> Constitution:
    data = wordlists.toml("political.toml")
    before, after = data["constitutional_personal"]
    return Constitution(
        campaigns=words_pattern(data["constitutional_campaigns"]),
        causes=any_pattern(data["constitutional_causes"]),
        personal_before=re.compile(before, re.I),
        personal_after=re.compile(after, re.I),
        nations=any_pattern(data["constitutional_nations"]),
        stance=any_pattern(data["constitutional_stance"]),
    )


def constitutional_sides(text: str, doc: Any = None) -> Iterator[tuple[int, int]]:
    """Spans taking a side on independence, the union or a united Ireland: a referendum
    campaign's name or hashtag anywhere, or the cause named with a side taken in its sentence in
    a post about one of the nations (not the independence that care services help people keep)."""
    c = constitution()
    for match in c.campaigns.finditer(text):
        yield match.span()
    if not c.nations.search(text):
        return
    for match in c.causes.finditer(text):
        start, end = match.span()
        if c.personal_before.search(text[max(0, start - 25):start]) or c.personal_after.search(text[end:end + 30]):
            continue
        s_start, s_end = sentence_bounds(text, start, doc)
        sentence = text[s_start:s_end]
        if c.stance.search(sentence) and not _targets(key="neutral_information").search(sentence):
            yield start, end


def elected_offices(text: str) -> list[tuple[int, int]]:
    """Spans naming an elected body or politician by office: the government, ministers, City Hall,
    Stormont, an elected mayor (political.toml attack_targets; wordlists/elected_mayors.txt)."""
    spans = [m.span() for m in _targets(key="attack_targets").finditer(text)]
    spans += [span for span in elected_mayors(text) if not any(s < span[1] and span[0] < e for s, e in spans)]
    return sorted(spans)


def _list_entry(text: str, start: int, end: int, doc: Any = None) -> bool:
    """A sentence that is one entry of a list: no verb, a name and its figures ("Ian Cole
    (Conservative Party) 987."). It takes its meaning from the post around it (a result)."""
    if doc is None:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and len(span) <= 12 and any(t.like_num for t in span) \
        and not any(t.pos_ in ("VERB", "AUX", "ADJ") for t in span)


def _insult_after(text: str, end: int, named: list[tuple[int, int]], doc: Any = None) -> bool:
    """The sentence after the one naming a party or office calls someone names and names nobody
    else ("The Tory candidates want to close the bike hub. What a bunch of wazzocks."): the
    insult is the verdict on what the sentence before reported."""
    start = len(text) - len(text[end:].lstrip())
    if start >= len(text):
        return False
    n_start, n_end = sentence_bounds(text, start, doc)
    if n_start < end or any(n_start <= s < n_end for s, _ in named) or not insults().search(text, n_start, n_end):
        return False
    # A verdict has no action of its own ("What a bunch of wazzocks", "They're clowns."); "Some
    # muppet has dumped a sofa" is news about somebody else.
    if doc is None:
        return len(text[n_start:n_end].split()) <= 8
    span = doc.char_span(n_start, n_end, alignment_mode="expand")
    return span is not None and not any(token.pos_ == "VERB" for token in span)


@lru_cache(maxsize=1)
def insults() -> re.Pattern:
    """Name-calling words (wordlists/insults.csv, and the insults of profanity.csv), singular or
    plural: aimed at a party or an elected politician, they make the post an attack on them."""
    words = insult_words.words()
    return words_pattern(sorted(words | {w + "s" for w in words if not w.endswith("s")}))


@lru_cache(maxsize=1)
def swearing() -> re.Pattern:
    """Swear words (profanity.csv): in an elected body's sentence, an attack on it."""
    return words_pattern(sorted(insult_words.swear_words()))


QUOTE = re.compile(r"[\"“][^\"“”]*[\"”]")


def _sworn_at(sentence: str, target: int) -> bool:
    """Swearing in the sentence of an elected body or office, not only inside a quotation that
    body speaks ("Metro Mayor X: 'It's a bloody scandal that ...'" is the mayor's own words)."""
    quotes = [m.span() for m in QUOTE.finditer(sentence)]
    inside = lambda i: any(s <= i < e for s, e in quotes)
    return any(not inside(m.start()) or inside(target) for m in swearing().finditer(sentence))


GOVERNMENT = re.compile(r"\bgov(?:ern|er|n)?ment\b|\bgovt\b", re.I)  # "goverment", "govt" too


def neutral_government(sentence: str, extra_parties: tuple[str, ...] = ()) -> bool:
    """A sentence whose only political reference is the government, with nothing against it:
    government funding, rules or consultations reported as facts. The trained classifier leans
    on the word "government" (most posts naming it in its training set take a side), so its
    verdict on such a sentence is not taken: the rules above judge government attacks."""
    if not GOVERNMENT.search(sentence):
        return False
    lex = lexicon(tuple(extra_parties))
    if lex.government_attack.search(sentence) or lex.attack.search(sentence) or lex.partisan.search(sentence) \
            or swearing().search(sentence) or _government_praise().search(sentence):
        return False
    # Anything else to take a side about (a minister, a campaign, a party) leaves it to the model.
    return not political_target(GOVERNMENT.sub(" ", sentence), None, extra_parties)


@lru_cache(maxsize=1)
def _government_praise() -> re.Pattern:
    """political.toml's government_praise_cues: government news that praises takes a side."""
    return any_pattern(wordlists.toml("political.toml")["government_praise_cues"])


def party_named(text: str, lex: Lexicon, doc: Any = None) -> bool:
    """Whether a party's name is written as a name: capitalised, outside the ordinary uses the
    lexicon knows ("Labour Ward", "Tory Road") and not a verb ("Reform the police").

    Looser than party_mentions, which must tell the party from the word with nothing else to go
    on: this is the check that a post the trained classifier already reads as partisan names
    something to be partisan about ("Reform's promises", "let down by Labour")."""
    ordinary = [m.span() for m in lex.ordinary.finditer(text)]
    for match in lex.names.finditer(text):
        start, end = match.span(1)
        if any(s <= start < e for s, e in ordinary):
            continue
        if _sentence_initial(text, start) and not text[end:end + 2] in ("'s", "’s") and not _subject(doc, end):
            continue
        token = _token_at(doc, start)
        if token is None or token.pos_ != "VERB":
            return True
    return False


def _subject(doc: Any, end: int) -> bool:
    """Whether the word ending at `end` is the subject of a finite verb or modal right after it
    ("Reform would close...", "Labour promised..."): a capital at a sentence's start that is a
    name, where the ordinary word would be a verb or an adjective ("Reform the police", "Green
    spaces")."""
    token = _token_after(doc, end)
    return token is not None and token.idx - end <= 1 and (
        token.tag_ in ("MD", "VBD", "VBZ", "VBP") or token.text in _text_speak_verbs())


FINITE = {"are", "is", "was", "were", "will", "would", "could", "should", "has", "have", "can", "want", "going"}


@lru_cache(maxsize=1)
def _text_speak_verbs() -> frozenset[str]:
    """Text language for a finite verb ("Reform r clueless"): the tagger reads "r" as a letter.
    Lower case only, as the spelling check reads one-letter text language."""
    return frozenset(row["short"] for row in wordlists.rows("text_language.csv")
                     if row["full"].split()[0] in FINITE and row["short"].islower())


CAMEL = re.compile(r"#(\w*[a-z][A-Z]\w*)")


def _hashtags_spelt_out(text: str) -> str:
    """The text with each camel-case hashtag's words added after it (#IndyWales -> "Indy Wales"),
    so a cause or slogan written as a tag reads as one."""
    return CAMEL.sub(lambda m: m.group(0) + " " + re.sub(r"(?<=[a-z])(?=[A-Z])", " ", m.group(1)), text)


def political_target(sentence: str, doc: Any = None, extra_parties: tuple[str, ...] = (), loose: bool = False) -> bool:
    # `doc`, when given, is spaCy's reading of exactly this text (parts of speech tell "Labour"
    # the party from the work).
    """Whether a sentence names something to take a side about (a party in its political sense,
    a party handle or slogan, a government, an elected politician or a mayor elected to an office
    ("Mayor of Greater Manchester"), a campaign or cause), and is
    not neutral election information."""
    lex = lexicon(tuple(extra_parties))
    parties = party_named(sentence, lex, doc) if loose else any(True for _ in party_mentions(sentence, lex, doc))
    handles = any(any(part in m.group(1).lower() for part in HANDLE_PARTS) for m in HANDLE.finditer(sentence))
    spelt = _hashtags_spelt_out(sentence)
    if not (parties or handles or lex.slogans.search(spelt) or _targets().search(spelt) or elected_mayors(sentence)
            or loose and mayoralty_named(sentence)):
        return False
    leaning = lex.attack.search(sentence) or lex.partisan.search(sentence) or lex.promotion.search(sentence)
    return not (_targets(key="neutral_information").search(sentence) and not leaning)


# Words that continue a council's name without making it another place's ("Bedford Borough Council").
NAME_PARTS = {"Council", "City", "Metropolitan", "Borough", "District", "Combined", "Mayoral", "County", "Authority"}


@lru_cache(maxsize=1)
def elected_mayor() -> re.Pattern:
    """A directly elected mayor named by office: "Mayor of Hackney", "the Mayor of Greater
    Manchester", "Greater Manchester's Mayor", "Tees Valley Mayor", "City Mayor", "Metro Mayor"
    (places: wordlists/elected_mayors.txt). Not the civic offices written the same way: "Lord",
    "Civic", "Ceremonial" or "Deputy" before the title names the Mayor of LGA tip 7 (the Lord Mayor
    of Leicester, the Civic Mayor of Doncaster)."""
    register = sorted(wordlists.lines("elected_mayors.txt"), key=len, reverse=True)
    places = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in register)
    # A place that begins another council's name is not that council: the Mayor of North East
    # Lincolnshire or of the London Borough of Barnet is a civic Mayor.
    longer = {re.escape(m.group(1)) for c in gazetteer.councils() for p in register
              if (m := re.match(re.escape(p) + r" ((?:Borough of)|\w+)", c)) and m.group(1) not in NAME_PARTS}
    other = rf"(?!\s+(?:{'|'.join(sorted(longer))})\b)" if longer else ""
    civic = r"(?<!Lord\s)(?<!Civic\s)(?<!Ceremonial\s)(?<!Deputy\s)"
    return re.compile(
        rf"{civic}\bMayor\s+of\s+(?:the\s+)?(?:{places})\b{other}"
        rf"|\b(?:{places})(?:['’]s)?\s+(?:(?:City|Metro|Combined\s+Authority)\s+)?Mayor\b"
        r"|\b(?:City|Metro|Elected|elected|Combined\s+Authority|Regional)\s+Mayor\b")


# "Mayor" with a person's name after it: in a place with a directly elected mayor, the civic head
# has another title (Speaker, Chair, Civic Mayor), so "Mayor Joanne Pryce" in a post about Hackney
# is the elected politician.
TITLED_MAYOR = re.compile(r"(?<!Lord\s)(?<!Civic\s)(?<!Ceremonial\s)(?<!Deputy\s)\bMayor\s+(?:[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*\s+){1,2}[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*")


@lru_cache(maxsize=1)
def _elected_mayor_places() -> re.Pattern:
    register = sorted(wordlists.lines("elected_mayors.txt"), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in register) + r")\b")


def elected_mayors(text: str) -> list[tuple[int, int]]:
    """Spans naming a directly elected mayor: by office (elected_mayor()), or as "Mayor" and a
    name in a post that names a place with an elected mayor ("Mayor Shahid Miah has kept every
    promise he made. Tower Hamlets is in safe hands.")."""
    spans = [m.span() for m in elected_mayor().finditer(text)]
    if "Mayor " in text and _elected_mayor_places().search(text):
        spans += [m.span() for m in TITLED_MAYOR.finditer(text) if not any(s < m.end() and m.start() < e for s, e in spans)]
    return sorted(spans)


# "Mayor" as an office with no name or place after it ("our Mayor", "the previous Mayor", "a mayor
# who stands up to London", "Mayor Brindley"), not a civic title before it (Lord, Civic, Deputy) and
# not "Mayor of" another place (the Mayor of Barnet is civic), nor the Mayoress or a mayoral car.
MAYOR_OFFICE = re.compile(r"(?<!Lord\s)(?<!Lady\s)(?<!Civic\s)(?<!Ceremonial\s)(?<!Deputy\s)(?<!Town\s)\b[Mm]ayor(?:['’]s)?\b(?!\s+of\b)")


def mayoralty_named(text: str) -> bool:
    """Whether a post that names a place with a directly elected mayor (wordlists/elected_mayors.txt)
    speaks of "the Mayor" or "the mayor" as an office: there, whoever holds it was elected on a
    ticket, and the civic head has another title. Looser than elected_mayors(), whose spans the
    pre-election check reports: this only says that the post has an elected politician to take a
    side about, for the classifier's verdict (checker.classify.model.partisan_sentence)."""
    return bool(MAYOR_OFFICE.search(text)) and bool(_elected_mayor_places().search(text))


@lru_cache(maxsize=3)  # one per list: political_targets, attack_targets, neutral_information
def _targets(key: str = "political_targets") -> re.Pattern:
    # Mostly case-insensitive; the all-capitals abbreviations (MP, PM, EU) keep their case.
    data = wordlists.toml("political.toml")[key]
    cased = [p for p in data if re.search(r"[A-Z]{2}", p)]
    plain = [p for p in data if p not in cased]
    parts = [f"(?i:{p})" for p in plain] + cased
    # Behind a literal screen (checker.text.screen; same matches): searched in every post, the
    # alternation cost about 0.1 ms a post, most posts naming none of it.
    return screened("|".join(parts), 0, tuple(parts))


SEVERE = {"party-mention": False}  # every other political rule is an error


def _dedupe(found: list[Hit]) -> list[Hit]:
    """One finding per stretch of text: drop one that lies inside another of the same rule, or
    a warning inside an error."""
    out = []
    for f in found:
        inside = any(
            g is not f and g.start <= f.start and f.end <= g.end and (g.start, g.end) != (f.start, f.end)
            and g.rule == f.rule for g in found
        )
        shadowed = not SEVERE.get(f.rule, True) and any(SEVERE.get(g.rule, True) and g.start <= f.start and f.end <= g.end for g in found)
        if not inside and not shadowed and not any((g.rule, g.start, g.end) == (f.rule, f.start, f.end) for g in out):
            out.append(f)
    return out
