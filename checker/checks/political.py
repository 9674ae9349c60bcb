"""political: posts that promote, or seem to promote, a party, candidate or campaign, or take sides.

Applies at any date (Local Government Act 1986 s.2 has no season). A party named in its political
sense is at least a warning; with credit or attack language around it, an error. Everyday words
that are also party names (Labour, Green, Reform, Conservative, Alliance...) count only in their
political sense, judged from their neighbours and, when spaCy tags are there, their part of speech.
Neutral election information (candidate lists, results, how to vote) is not flagged.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterator

from checker import wordlists
from checker.model import Finding, Post, Rule
from checker.registry import register

PROMOTION = Rule("political.party-promotion", "error", "Promotes or credits a political party",
                 ("sandwell-5.4", "sandwell-5.2", "solihull-3.1.3", "solihull-8.9", "solihull-3.13"))
PARTISAN = Rule("political.partisan", "error", "Attacks a party, the opposition or the government, or takes a side",
                ("solihull-3.1.3", "sandwell-5.2", "sheffield-9", "solihull-3.13"))
SHARE = Rule("political.party-share", "error", "Shares, retweets or tags a political party's account",
             ("sandwell-5.4", "solihull-8.9", "solihull-3.1.3"))
CAMPAIGN = Rule("political.campaign", "error", "Asks people to vote for a party or candidate",
                ("sandwell-5.3", "sandwell-5.4", "solihull-3.13", "solihull-8.9"))
SLOGAN = Rule("political.slogan", "error", "Uses a party's campaign slogan",
              ("sandwell-5.4", "solihull-8.9", "solihull-3.1.3"))
MENTION = Rule("political.party-mention", "warning", "Names a political party",
               ("solihull-3.1.3", "sandwell-4.2", "woking-5.7"))
RULES = [PROMOTION, PARTISAN, SHARE, CAMPAIGN, SLOGAN, MENTION]

# Fragments of party account handles and hashtags (@SolihullLabour, @LibDems, #VoteReform).
HANDLE_PARTS = ("labour", "tory", "tories", "conservative", "libdem", "liberaldem", "greenparty",
                "greens", "reformuk", "reformparty", "snp", "plaid", "ukip", "dup", "sinnfein", "votelab",
                "votecon", "votegreen", "votereform")
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


def _any(patterns: list[str]) -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I)


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
        promotion=_any(data["promotion_cues"]),
        attack=_any(data["attack_cues"]),
        partisan=_any(data["partisan_phrases"]),
        government_attack=_any(data["government_attack_cues"]),
        neutral=_any(data["neutral_context"]),
        ordinary=_any(data["ordinary_phrases"]),
        slogans=re.compile("|".join(re.escape(s) for s in data["slogans"]), re.I),
        vote=re.compile(rf"(?<![\w-])(?:{verbs})\s+(?:for\s+)?$", re.I),
    )


def _next_word(text: str, end: int) -> tuple[str, str]:
    """The word after `end` and what joins it ("-" for Labour-led, " " otherwise, "" at the end)."""
    match = re.match(r"(\s*-\s*|\s+|'s\b|’s\b)?([A-Za-z]+)?", text[end:])
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


def detect(post: Post, doc: Any = None, extra_parties: tuple[str, ...] = (), allow: tuple[str, ...] = ()) -> list[Finding]:
    """Every political finding in the post (used by this check and by `purdah`)."""
    text, lex = post.text, lexicon(tuple(extra_parties))
    allowed = tuple(a.lower() for a in allow)
    found: list[Finding] = []

    def add(rule: Rule, start: int, end: int, message: str, suggestion: str) -> None:
        if not any(a in text[start:end].lower() for a in allowed):
            found.append(Finding.of(rule, post, start, end, message, suggestion))

    for match in HANDLE.finditer(text):
        handle = match.group(1).lower()
        if any(part in handle for part in HANDLE_PARTS):
            shared = RETWEET.search(text[:match.start()])
            add(SHARE, match.start(), match.end(),
                f"{'Sharing' if shared else 'Tagging'} a political party's account on a council channel promotes the party.",
                "Do not retweet, share or tag party accounts; post the council's own factual information instead.")
    for match in lex.slogans.finditer(text):
        add(SLOGAN, match.start(), match.end(), "This is a party's campaign slogan.", "Say it in neutral words of your own, or leave it out.")
    for match in REELECT.finditer(text):
        add(CAMPAIGN, match.start(), match.end(), "Asking people to re-elect someone is campaigning.",
            "Remove it: council channels must not campaign for anyone.")

    mentions = list(party_mentions(text, lex, doc))
    for start, end, party in mentions:
        verb = lex.vote.search(text[max(0, start - 20):start])
        if verb and verb.group().split()[0].lower() in ("vote", "voting", "elect"):
            add(CAMPAIGN, max(0, start - 20) + verb.start(), end, f"Asks people to vote for {party}.",
                "Remove it: council channels must not campaign. Neutral facts about how to vote are fine.")
    for match in re.finditer(r"\b(?:vote|voting)\s+for\s+", text, re.I):
        person = PERSON_TITLE.match(text, match.end()) or NAME.match(text, match.end())
        if person and _is_person(text, person.start(), person.end(), doc) or (person and person.group().startswith(("Cllr", "Councillor"))):
            add(CAMPAIGN, match.start(), person.end(), "Asks people to vote for a candidate.",
                "Remove it: council channels must not campaign for anyone.")

    for match in lex.partisan.finditer(text):
        add(PARTISAN, match.start(), match.end(), "This takes a side against other parties, the opposition or the government.",
            "State the facts about the service without comparing parties or blaming anyone.")

    government = re.compile(r"\b(government|ministers|westminster|opposition)\b", re.I)
    for start, end, party in mentions + [(m.start(), m.end(), "the government") for m in government.finditer(text)]:
        s_start, s_end = sentence_bounds(text, start, doc)
        sentence = text[s_start:s_end]
        attack = lex.attack.search(text)
        if party == "the government":
            # The government named is only partisan with attack words in its own sentence.
            if lex.government_attack.search(sentence) and not lex.neutral.search(sentence):
                add(PARTISAN, start, end, "This criticises the government or the opposition.",
                    "Report the facts (funding, dates, what changes) without blame.")
            continue
        if lex.neutral.search(sentence) and not attack and not lex.partisan.search(text) and not lex.promotion.search(text):
            continue  # a candidate list, a result: neutral election information
        if attack or lex.partisan.search(text):
            add(PARTISAN, start, end, f"The post attacks or blames {party}, or sets parties against each other.",
                "Remove the party and the blame; state the facts about the service.")
        elif lex.promotion.search(text):
            add(PROMOTION, start, end, f"The post credits or promotes {party}.",
                "Credit the council, not a party: e.g. 'the council has...'.")
        else:
            add(MENTION, start, end, f"Naming {party} on a council account can read as taking a side.",
                "Leave the party out unless this is neutral election information (candidates, results).")
    return _dedupe(found)


def _dedupe(found: list[Finding]) -> list[Finding]:
    """One finding per stretch of text: drop one that lies inside another of the same rule, or
    a warning inside an error."""
    out = []
    for f in found:
        inside = any(
            g is not f and g.start <= f.start and f.end <= g.end and (g.start, g.end) != (f.start, f.end)
            and g.rule == f.rule for g in found
        )
        shadowed = f.severity != "error" and any(g.severity == "error" and g.start <= f.start and f.end <= g.end for g in found)
        if not inside and not shadowed and not any((g.rule, g.start, g.end) == (f.rule, f.start, f.end) for g in out):
            out.append(f)
    return out


@register(
    id="political",
    summary="Promoting or seeming to promote a party, candidate or campaign, or taking a partisan side (any date)",
    rules=RULES,
    options={"extra_parties": [], "allow": []},
    needs_nlp=True,
)
def check(post: Post, ctx) -> Iterator[Finding]:
    yield from detect(post, ctx.doc, tuple(ctx.options.get("extra_parties", [])), tuple(ctx.options.get("allow", [])))
