"""Swearing, obscene and sexual words, insults and slurs, including disguised spellings.

Matching is a dictionary lookup over folded tokens, not a scan for substrings, so Scunthorpe,
Penistone, cocktail and assessment never match. Each token is tried as written, with its
disguises undone (masks such as f*ck, leetspeak, repeated, spaced or dotted letters, hidden
and look-alike characters), and a hit is then tested against what makes it innocent: a GB place
name written as one, a name such as Dick Whittington, or a phrase from the allow list.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterator

from checker import wordlists
from checker.model import Hit
from checker.registry import register
from checker.text import places, politics
from checker.text.normalise import collapse_runs, fold, leet_readings
from checker.text.words import APPOSITION, LETTERS, TRIM
from checker.text.words import Chunk as Token

MASKS = frozenset("*#_?-")
MASKS_ANY = frozenset("*#_?-.@!")  # inside a word, each of these may stand for any letter
PICTOGRAPHS = re.compile(r"[^\w\s*#_?\-.@!'’$|+€£]")
TITLES = frozenset("mr mrs ms miss dr sir dame lord lady cllr councillor uncle aunt saint st hi hello dear thanks cheers morning evening".split())
# Stems strong enough that any word starting with them is swearing (shitload, fuckfest).
KIND_ORDER = ("swear", "insult", "sexual", "slur")
NAME_CALLING, AIMED = "name-calling", "name-calling when aimed"  # insults.csv: always, or only aimed at someone
STRONG_STEMS = ("fuck", "shit", "cunt", "wank", "twat", "bollock")


@dataclass(frozen=True)
class Entry:
    word: str
    severity: str
    kind: str
    name_like: bool
    innocent_as: str = ""  # spaCy part of speech in which the word is ordinary (shag as a NOUN: the bird)
    # Words of a subject in which the word is ordinary (bitch beside whelping, litters, breeders).
    innocent_near: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Lexicon:
    words: dict[str, Entry]  # single words
    phrases: dict[str, list[tuple[str, ...]]]  # first word -> phrases starting with it
    collapsed: dict[str, Entry]  # words with repeated letters collapsed
    by_length: dict[int, list[Entry]]  # for masks such as f**k
    allow: frozenset[tuple[str, ...]]  # innocent phrases, as word tuples
    variants: dict[str, Entry]  # misspellings people use to slip past filters (fck, fuq, bollox)
    skeletons: dict[str, Entry]  # strong words with their vowels dropped (fck, cnt, twt)
    # Variants that abbreviate their word rather than spell it (bwc, mfs): in capitals, an acronym
    # of something else in a council's post (BWC: body-worn camera).
    initialisms: frozenset[str] = frozenset()
    # lookup_token's answers by what they depend on (see looked_up): a batch repeats its words.
    answers: dict = field(default_factory=dict, compare=False, repr=False)


@lru_cache(maxsize=8)
def lexicon(extra_allow: tuple[str, ...] = (), extra_words: tuple[str, ...] = ()) -> Lexicon:
    """The word list with a council's own additions (`words`) and exceptions (`allow`)."""
    words: dict[str, Entry] = {}
    phrases: dict[str, list[tuple[str, ...]]] = {}
    rows = [*wordlists.rows("profanity.csv"), *({"word": w.lower(), "severity": "error", "kind": "swear"} for w in extra_words)]
    listed = {row["word"] for row in rows}
    # Name-calling (wordlists/insults.csv) goes through the same lookups, so "g*t" is caught too.
    rows += [{"word": row["word"], "severity": "warning", "kind": NAME_CALLING if row["aimed"] == "always" else AIMED}
             for row in wordlists.rows("insults.csv") if row["word"] not in listed]
    for row in rows:
        entry = Entry(row["word"], row["severity"], row["kind"], row.get("name_like") == "yes", row.get("innocent_as") or "",
                      frozenset((row.get("innocent_near") or "").split()))
        parts = tuple(entry.word.split())
        if len(parts) > 1:
            words[" ".join(parts)] = entry
            phrases.setdefault(parts[0], []).append(parts)
        else:
            words[entry.word] = entry
    # A two-word phrase written as one word ("pisstake", "bellend"), unless that is an English word.
    for parts_ in [p for ps in phrases.values() for p in ps if len(p) == 2]:
        closed = "".join(parts_)
        if closed not in words and closed.isalpha() and not _english(closed):
            words[closed] = words[" ".join(parts_)]
    collapsed = {collapse_runs(w): e for w, e in words.items() if " " not in w and len(collapse_runs(w)) >= 3}
    by_length: dict[int, list[Entry]] = {}
    for w, e in words.items():
        if " " not in w:
            by_length.setdefault(len(w), []).append(e)
    # A mask such as f---ing fits several words: prefer the everyday swear word to a slur.
    for entries in by_length.values():
        entries.sort(key=lambda e: (KIND_ORDER.index(e.kind) if e.kind in KIND_ORDER else len(KIND_ORDER), e.word))
    allow = {tuple(LETTERS.findall(fold(p)[0])) for p in (*wordlists.lines("profanity_allow.txt"), *extra_allow)}
    for parts in phrases.values():
        parts.sort(key=len, reverse=True)
    variants = {}
    for row in wordlists.rows("profanity_variants.csv"):
        entry = words.get(row["canonical"])
        if entry and row["variant"] not in words:
            variants[row["variant"]] = entry
    initialisms = frozenset(v for v, e in variants.items() if v.isalpha() and not _spells(v, e.word))
    skeletons: dict[str, Entry] = {}
    # Where two words share a skeleton (feckin, fuckin: fckn), the stronger is what the writer hid.
    for w, e in sorted(words.items(), key=lambda item: (KIND_ORDER.index(item[1].kind) if item[1].kind in KIND_ORDER else 9,
                                                        item[1].severity != "error", item[0])):
        skeleton = _skeleton(w)
        if " " not in w and len(skeleton) >= 3 and skeleton != w:
            skeletons.setdefault(skeleton, e)
            # "ck" written as one "k" once the vowels go: fkn, fkng for fuckin, fucking.
            if "ck" in skeleton[1:] and len(skeleton) >= 4 and w.startswith(STRONG_STEMS):
                skeletons.setdefault(skeleton.replace("ck", "k"), e)
    return Lexicon(words, phrases, collapsed, by_length, frozenset(allow), variants=variants, skeletons=skeletons,
                   initialisms=initialisms)


def _spells(variant: str, word: str) -> bool:
    """The variant's letters appear in the word, in order (fck, fuk, mfer in motherfucker): it spells
    the word, with letters dropped; bwc or mfs does not, it stands for words."""
    rest = iter(word)
    return all(letter in rest for letter in variant)


# Compounds that make a listed word into name-calling: a part of a person (tithead, prat-face,
# numptybrains) after any listed word; an object (shitbag, arsewipe) only after a word with no
# everyday sense, since a tool bag is a bag. Checked against wordfreq's 400,000 most used English
# words: none of those it turns into name-calling is innocent but "toolbag", which the rule leaves.
PERSON_TAILS = ("head", "heads", "face", "faces", "wit", "wits", "brain", "brains")
OBJECT_TAILS = ("bag", "bags", "stain", "stains", "wipe", "wipes")


def _compound(word: str, lex: Lexicon, split_at: int | None = None) -> Entry | None:
    """The entry for a listed word with a tail that turns it into name-calling, or None."""
    for tail in (*PERSON_TAILS, *OBJECT_TAILS):
        stem = word[:-len(tail)]
        if not word.endswith(tail) or len(stem) < 3 or split_at is not None and split_at != len(stem):
            continue
        entry = lex.words.get(stem)
        if entry is None or entry.kind == "slur" or entry.kind == AIMED and tail in OBJECT_TAILS:
            continue
        if entry.kind in (AIMED, NAME_CALLING):
            return Entry(word, entry.severity, NAME_CALLING, False)
        return entry
    return None


# Endings that inflect a swear word, make a person of it, or an adjective or a noun of conduct:
# bolloxed, fecking, scummers, arsey, muppetry.
INFLECTIONS = ("ed", "ing", "in", "ers", "er", "ry", "ey", "y", "s")


def _inflected(word: str, lex: Lexicon) -> tuple[Entry, bool] | None:
    """A listed word, or a disguised spelling of one, with an ending English adds to verbs and nouns
    (bolloxed: bollox + ed; scummers: scum + m + ers), when the whole is no English word (cocked,
    dicked and shagged are). The stem may have doubled its last consonant or lost a final e."""
    if len(word) < 4 or _english(word):
        return None
    for ending in INFLECTIONS:
        stem = word[:-len(ending)]
        if not word.endswith(ending) or len(stem) < 3:
            continue
        stems = [stem, stem + "e"] + ([stem[:-1]] if stem[-1] == stem[-2] else [])
        for form in stems:
            if form.endswith("s"):
                continue  # a plural inflected again is a slip ("assesed"), not a word
            entry = lex.words.get(form)
            if entry is not None and entry.kind != "slur" and not entry.innocent_as and not entry.name_like:
                if entry.kind == AIMED and ending in ("er", "ers"):
                    return Entry(word, entry.severity, NAME_CALLING, False), False  # scum -> scummer: a person
                return entry, False
            entry = lex.variants.get(form) or (_sound_alike(form, form, lex) if len(form) >= 4 else None)
            if entry is not None and entry.kind == "swear":
                return entry, True
    return None


def _masked_tail(folded: str, lex: Lexicon) -> Entry | None:
    """An English word with a masked strong swear word as its tail: clusterf*ck, mindf***."""
    for cut in range(4, len(folded) - 2):
        head, tail = folded[:cut], folded[cut:]
        if not head.isalpha() or tail[0] not in "fsctw" or not any(c in MASKS for c in tail):
            continue
        entry = match_mask(tail, lex)
        if entry is not None and entry.kind == "swear" and entry.severity == "error" and _english(head):
            return entry
    return None


def _skeleton(word: str) -> str:
    """The word without its vowels after the first letter: fuck -> fck, wanker -> wnkr."""
    return word[:1] + "".join(c for c in word[1:] if c not in "aeiou")


# Sound-alike spellings: phuck, fuq, shyt, fukk, azz.
SOUND_ALIKES = ((re.compile(r"^ph"), "f"), (re.compile(r"q(?!u)|kk|(?<=u)k(?=$|[aeiy])"), "ck"), (re.compile(r"y"), "i"),
                (re.compile(r"zz"), "ss"))


@dataclass
class Match:
    start: int  # first token index
    stop: int  # one past the last token index
    entry: Entry
    disguised: bool


CODE_AND_PLURAL = re.compile(r"[A-Z]\d{1,2}s?")


def lookup_token(token: Token, lex: Lexicon) -> tuple[Entry, bool] | None:
    """The list entry a single token stands for, and whether it was disguised."""
    folded = token.folded
    words = token.words
    if not words:
        return None
    # A possessive or the first half of a compound, disguised: "f**k's sake", "fck's", "@rse-loads".
    core = re.sub(r"['’]s$", "", folded)
    if core != folded and len(core) > 2:
        found = lookup_token(Token(token.start, token.end, token.raw, core, token.hidden), lex)
        if found:
            return found
    if "-" in folded.strip("-") and not folded.replace("-", "").isalpha():
        head = folded.strip("-").split("-", 1)[0]
        if len(head) > 2 and not head.isalpha():
            found = lookup_token(Token(token.start, token.end, token.raw, head, token.hidden), lex)
            if found:
                return found[0], True
    # A masked word put inside another, between hyphens: "a-f**king-gain", "fan-f*cking-tastic".
    parts = folded.strip("-").split("-")
    if len(parts) >= 3:
        for part in parts[1:-1]:
            entry = match_mask(part, lex) if len(part) > 2 and not part.isalpha() else None
            if entry:
                return entry, True
    # Emoji and other symbols put inside a word (fu🤬ck, sh💩t): dropped, or read as a masked letter.
    if not folded.isascii() and any(unicodedata.category(c).startswith("S") or c == "\ufe0f" for c in folded):
        # Only inside the word: an emoji stuck to its front or end ("📍Pick one up") is a bullet.
        inner = re.sub(r"^[^\w*]+|[^\w*]+$", "", folded)
        for reading in (PICTOGRAPHS.sub("", inner), PICTOGRAPHS.sub("*", inner)):
            if reading and reading != folded and any(c.isalpha() for c in reading):
                found = lookup_token(Token(token.start, token.end, token.raw, reading, token.hidden), lex)
                if found:
                    return found[0], True
    # Plain: the token is a listed word (possibly with hyphens or an apostrophe around it).
    if folded.isalpha():
        entry = lex.words.get(folded) or _plural(folded, lex) or _diminutive(folded, lex)
        if entry:
            return entry, token.hidden
        if token.raw.isupper() and folded in lex.initialisms:
            return None  # "BWC", "MFS" in capitals: an acronym, plain English's business
        entry = lex.variants.get(folded) or _sound_alike(folded, token.raw, lex)
        if entry:
            return entry, True
        entry = _compound(folded, lex)
        if entry:
            return entry, token.hidden
        found = _inflected(folded, lex)
        if found:
            return found[0], found[1] or token.hidden
    else:
        # A listed word or phrase written with a hyphen or apostrophe: f-ing, bell-end.
        entry = lex.words.get(folded.strip("-'’.")) or (lex.words.get(" ".join(words)) if len(words) > 1 else None)
        if entry:
            return entry, token.hidden
        for part in words if len(words) > 1 else ():
            # Chorlton-cum-Hardy, Stow-cum-Quy: "cum" between hyphens is Latin for "with".
            if part == "cum" and "-cum-" in folded:
                continue
            entry = lex.words.get(part)
            if entry and part == folded.strip("'’-"):
                return entry, token.hidden
        if len(words) == 2 and "-" in folded:
            # A listed closed compound written with a hyphen (knob-end for knobend), or two words.
            entry = lex.words.get("".join(words)) or _compound("".join(words), lex, split_at=len(words[0]))
            if entry:
                return entry, token.hidden  # tit-head, arse-wipe
        joined = "".join(words)
        # Letters split by dots, dashes or underscores: f.u.c.k, s-h-i-t.
        if len(words) >= 3 and all(len(w) == 1 for w in words[:-1]) and joined in lex.words:
            return lex.words[joined], True
        # Digits and symbols for letters: sh1t, b0llocks, 5h!t, @rse. Not a letter and its number
        # (P1s and S1s, the school years; A1, M8): a code, however its digits read.
        if any(c.isalpha() for c in folded) and any(c in "0134579@$!|+€£" for c in folded) \
                and not CODE_AND_PLURAL.fullmatch(token.raw.strip(TRIM)):
            core = folded.strip("-'’.")
            for reading in leet_readings(core):
                if reading.isalpha():
                    entry = lex.words.get(reading) or lex.words.get(collapse_runs(reading)) or lex.collapsed.get(collapse_runs(reading)) \
                        or _plural(reading, lex)  # a$$holes, as assholes
                    entry = entry or next((lex.words.get(stem) for stem in STRONG_STEMS if reading.startswith(stem)), None)
                    if entry:
                        return entry, True
        entry = lex.variants.get(folded.strip("-'’."))
        if entry:
            return entry, True
        # Masked letters: f*ck, f***, sh*tshow, gobsh*te, f---, *uck, f-ck, sh.t, f@cking.
        if any(c in MASKS or c in ".@!" for c in folded):
            entry = match_mask(folded, lex) or _masked_tail(folded, lex)
            if entry:
                return entry, True
        # Hyphenated words whose parts are listed (shit-show) or a listed word with a suffix.
        for part in words:
            entry = lex.words.get(part)
            if entry and entry.kind != "sexual" and len(part) >= 4 and "-cum-" not in folded:
                return entry, token.hidden
        # A strong word's misspelling as the first part of a compound: "fck-up", "sht-show".
        if len(words) == 2 and "-" in folded and words[0].isalpha() and len(words[0]) >= 3:
            entry = lex.variants.get(words[0]) or _sound_alike(words[0], token.raw.split("-")[0], lex)
            if entry and entry.kind == "swear":
                return entry, True
    # Repeated letters: fuuuuck, shiiiit.
    if folded.isalpha() and _has_run(folded):
        entry = lex.collapsed.get(collapse_runs(folded))
        if entry and not _english(folded):  # assess is not "asses" stretched
            return entry, True
    # Compounds of the strongest words: shitload, fuckfest.
    if folded.isalpha():
        for stem in STRONG_STEMS:
            if folded.startswith(stem) and len(folded) > len(stem):
                return lex.words[stem] if stem in lex.words else Entry(stem, "error", "swear", False), token.hidden
    return None


REMEMBERED = 1 << 14


def looked_up(token: Token, lex: Lexicon) -> tuple[Entry, bool] | None:
    """lookup_token's answer, remembered per lexicon: it depends only on the token's folded form,
    whether its raw form is in capitals (an acronym) and whether folding undid hidden characters."""
    key = (token.folded, token.raw.isupper() and len(token.raw) > 1, token.hidden)
    answers = lex.answers
    if key not in answers:
        if len(answers) >= REMEMBERED:
            answers.clear()  # bounded, so memory stays flat over a long batch of new words
        answers[key] = lookup_token(token, lex)
    return answers[key]


def _plural(word: str, lex: Lexicon) -> Entry | None:
    """`spastics` -> the entry for `spastic`: the list holds singulars, people write plurals."""
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):  # assess is not "asses" + s
        # -es only after a hissing sound (bitches, not spaces -> "spac").
        stem_es = word[:-2] if word.endswith(("ches", "shes", "sses", "xes", "zes")) else None
        # A consonant and y takes -ies: fannies, dummies (not "monkeys", which keeps its y).
        stem_y = word[:-3] + "y" if word.endswith("ies") and len(word) > 4 and word[-4] not in "aeiou" else None
        return lex.words.get(word[:-1]) or (lex.words.get(stem_es) if stem_es else None) \
            or (lex.words.get(stem_y) if stem_y else None)
    return None


def _diminutive(word: str, lex: Lexicon) -> Entry | None:
    """A listed name-calling word in its other diminutive spelling: daftie for dafty, numpty for
    numptie. Insults only: -ie and -y spell the same pet form of a name-calling word."""
    for ending, other in (("ie", "y"), ("y", "ie")):
        if word.endswith(ending) and len(word) > 4:
            entry = lex.words.get(word[:-len(ending)] + other)
            if entry and entry.kind in (NAME_CALLING, AIMED, "insult"):
                return entry
    return None


def _has_run(word: str) -> bool:
    return any(a == b for a, b in zip(word, word[1:]))


def match_mask(folded: str, lex: Lexicon) -> Entry | None:
    core = folded.rstrip(".")
    letters = sum(c.isalpha() for c in core)
    if letters == 0 or letters == len(core):
        return None
    if not core[0].isalpha() and not (len(core) >= 4 and letters >= 2 and (
            core[0] == "*" or core[1:].isalpha() and not _english(core[1:]))):
        return None  # a mask first only as in *uck, #rse, -rse (not #Otter): a mask and most of the word
    if re.fullmatch(r"[a-z]\*s?", core):
        return None  # exam grades: A*, A*s
    # A single hyphen or dot between two real words (co-op, re-elect, e.g.) is punctuation, not
    # a mask; between a letter or two and the rest of a swear word (f-ck, sh.t) it is one.
    soft = [c for c in core if c in "-.@!"]
    if soft and not any(c in "*#_?" for c in core) and "--" not in core and not core.endswith("-"):
        if len(soft) > 1 or any(len(p) > 2 and p.isalpha() and _english(p) for p in re.split(r"[-.@!]", core)):
            return None
    for form in (core, core[:-1] if core.endswith("s") and len(core) > 4 else None):
        for entry in lex.by_length.get(len(form or ""), ()):
            if all(c == w or (c in MASKS_ANY and w.isalpha()) for c, w in zip(form, entry.word)):
                return entry
    # A masked word with a tail that makes it name-calling: sh*tbags, tw@tface.
    for tail in (*PERSON_TAILS, *OBJECT_TAILS):
        stem = core[:-len(tail)]
        if core.endswith(tail) and len(stem) >= 3 and not stem.isalpha():
            entry = match_mask(stem, lex)
            if entry:
                return _compound(entry.word + tail, lex)
    return None


def _english(word: str) -> bool:
    from checker.text import lexicon as british

    return british.is_known(word)


def _sound_alike(folded: str, raw: str, lex: Lexicon) -> Entry | None:
    """fck, sht, shyt, fuq, phuck: a strong word spelt by sound or without its vowels, when the
    token is no English word (nor an acronym written in capitals)."""
    if raw.isupper() and len(raw) > 1:
        return None
    readings = [folded]
    for pattern, replacement in SOUND_ALIKES:
        readings.append(pattern.sub(replacement, readings[-1]))
    for reading in dict.fromkeys(readings[1:]):
        entry = lex.words.get(reading)
        if entry:
            return entry if not _english(folded) else None
    for reading in dict.fromkeys(readings):
        entry = lex.skeletons.get(reading) if reading == _skeleton(reading) else None
        if entry:
            return entry if not _english(folded) else None
    return None


def spaced_letters(tokens: list[Token], lex: Lexicon) -> list[Match]:
    """Runs of single letters spelling a word: `f u c k`, `s h 1 t`."""
    hits, i = [], 0
    longest = max(lex.by_length, default=0)  # the longest word of the list
    while i < len(tokens):
        j = i
        while j < len(tokens) and len(tokens[j].folded) == 1 and (tokens[j].folded.isalnum() or tokens[j].folded in "@$!*"):
            j += 1
        if j - i > longest + 1:
            i = j  # longer than any word of the list, even after a one-letter word: not one word
        elif j - i >= 3:
            # The run may start with a real one-letter word: "be a d i c k".
            for first in range(i, min(i + 2, j - 2)):
                joined = "".join(t.folded for t in tokens[first:j])
                entry = next((lex.words[r] for r in [joined, *leet_readings(joined)] if r in lex.words), None)
                if entry:
                    hits.append(Match(first, j, entry, True))
                    break
            i = j
        else:
            i += 1
    return hits


def find_hits(tokens: list[Token], lex: Lexicon) -> list[Match]:
    hits = spaced_letters(tokens, lex)
    taken = {k for hit in hits for k in range(hit.start, hit.stop)}
    words = [t.folded.strip("'’-.") for t in tokens]
    i = 0
    while i < len(tokens):
        if i in taken:
            i += 1
            continue
        phrase = next(
            (p for p in lex.phrases.get(words[i], ()) if tuple(words[i : i + len(p)]) == p),
            None,
        )
        if phrase:
            hits.append(Match(i, i + len(phrase), lex.words[" ".join(phrase)], any(t.hidden for t in tokens[i : i + len(phrase)])))
            i += len(phrase)
            continue
        found = looked_up(tokens[i], lex)
        if found:
            hits.append(Match(i, i + 1, found[0], found[1]))
        i += 1
    return sorted(hits, key=lambda h: h.start)


# Who an insult is aimed at: "you (absolute) X", "some X has", "what a X", "a right X", "these X",
# "whoever did it is a X", "to the X(s) who", or the word standing alone as an exclamation.
_MODIFIERS = (r"an?|absolute|utter|complete|total|proper|right|and|wee|little|lazy|dirty|mindless|thieving|selfish|brainless|"
              r"gormless|sad|bleeding|bloody|daft|silly|stupid|great|big|pure|reckless|pathetic|careless|inconsiderate|sodding|"
              r"poor|lucky|jammy|miserable|cheeky|old|fat|ugly|useless|lazy|gobby|mouthy|lippy|clarty|mardy|manky|"
              r"minging|scabby|smelly|stroppy|thick|dozy|soft|"
              r"[a-z]+less|[a-z]+ing")
# Words between "which" or "some" and the word in a question about who did something.
_MODIFIERS_PLAIN = "absolute|utter|complete|total|proper|daft|silly|stupid|useless|bright|genius|clever"
POINTER = re.compile(
    r"(?:\b(?:you|ya|yer|ye|youse|ur|u|you['’]re|some|what\s+an?|such\s+an?|bunch\s+of|pack\s+of|load\s+of|lot\s+of|these|those"
    r"|whichever|whoever|(?:is|was|['’]s)\s+an?|are|were|['’]re|be\s+an?|being(?:\s+an?)?|like\s+an?|to\s+the"
    r"|a\s+(?:right|proper|total|complete|absolute|utter))"
    # after a word that points at people, a party or a place may come between ("those Labour muppets");
    # at a sentence's start it may not ("Blue tits and robins are...")
    r"\s+(?:(?:" + _MODIFIERS + r"|(?-i:[A-Z][\w'’-]+))\s+){0,3}"
    r"|^\W*\s+(?:(?:" + _MODIFIERS + r")\s+){0,3})$", re.IGNORECASE)
# A place's or a team's name may come between: "the number of Derby muppets who've asked".
THE_WHO = re.compile(r"\b(?i:the|that|this|those|these)\s+(?:(?:[a-z]+|[A-Z][\w'’-]+)\s+){0,3}$")
# "Which muppet decided to shut the library?", "some clown at County Hall thought": deciding and
# thinking are done by people, so the word is a person whatever its everyday sense.
ASKED_WHO = re.compile(r"\b(?:which|what|some|the|that)\s+(?:(?:" + _MODIFIERS_PLAIN + r")\s+){0,2}$", re.IGNORECASE)
HUMAN_VERB = re.compile(r"(?:\s+(?:at|in|on|from)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,3}?|\s+)"
                        r"(?:decided|decides|thought|thinks|reckoned|reckons|approved|agreed|voted|planned|designed|chose|"
                        r"signed off|came up with|dreamt up|dreamed up|"
                        # what people do to a street: park, dump, block, smash (no bird or tool does)
                        r"parked|parks|dumped|dumps|blocked|blocks|nicked|nicks|stole|smashed|sprayed|vandalised|fly-?tipped)\b")
# "the useless gits.", "the poor sod!": a word of judgement between "the" and the word, with
# nothing after it, says a person is meant (a sod of turf, the first sod cut, take no modifier).
# Words of size or age alone ("the great tits.", "the little tits", "the nesting shags") judge nobody.
_JUDGEMENTS = (r"absolute|utter|complete|total|proper|lazy|dirty|mindless|thieving|selfish|brainless|gormless|sad|"
               r"bleeding|bloody|daft|silly|stupid|reckless|pathetic|careless|inconsiderate|sodding|poor|lucky|jammy|"
               r"miserable|cheeky|gobby|mouthy|lippy|clarty|mardy|manky|minging|scabby|smelly|stroppy|dozy|[a-z]+less")
THE_JUDGED = re.compile(r"\bthe\s+(?:(?:" + _JUDGEMENTS + r")\s+){1,3}$", re.IGNORECASE)
# "only a daft gowk would", "a lazy sod never": a judged person doing something.
A_JUDGED = re.compile(r"\ban?\s+(?:(?:" + _JUDGEMENTS + r")\s+){1,3}$", re.IGNORECASE)
# "called our technician a \"fat useless git\"": the word is what someone was called, quoted or not.
# Plural, with no article, the word needs a judgement before it ("calling our drivers lazy gits").
CALLED = re.compile(r"\bcall(?:ed|ing|s)?\s+(?:[\w'’]+\s+){0,3}?(?:an?\s+[\"“‘']?(?:(?:" + _MODIFIERS + r")\s+){0,3}"
                    r"|[\"“‘']?(?:(?:" + _JUDGEMENTS + r")\s+){1,3})[\"“‘']?$", re.IGNORECASE)
# "Scruffy gits, the lot of you": said of the people addressed or talked about.
THE_LOT_OF = re.compile(r",?\s+the\s+lot\s+of\s+(?:you|yous|youse)\b", re.IGNORECASE)
WHO_AFTER = re.compile(r"[’']?\s+(?:who|that|which|responsible|leaving|parking|dumping|driving|speeding|throwing)\b", re.IGNORECASE)
# "the X at the bus stop who...", "the X in the blue van who...": "who" is said only of people, so
# a place or vehicle between the word and its relative clause does not make it an ordinary word.
WHO_LATER = re.compile(r"\s+(?:at|in|on|from|near|outside|behind|with)\s[^.!?\n]{0,40}?\bwho\b", re.IGNORECASE)
# "the wally at 51 Dover Road", "that mug in Flat 8": whoever lives at a numbered house is a person.
AT_HOUSE = re.compile(r"\s+(?:at|from|in|of)\s+(?:number\s+|no\.?\s*|flat\s+)?\d{1,4}[a-z]?\b", re.IGNORECASE)
# "of" and a bare noun after the word: what it is made of or belongs to ("a sod of turf").
PART_OF = re.compile(r"\s+of\s+(?!(?:an?|the|this|that|these|those|our|your|their|his|her|my|its)\b)[a-z]")
DISMISSIVE_VERBS = frozenset({"sod", "bugger", "screw", "damn"})  # words that are also verbs of dismissal
DISMISSED = re.compile(r"\s+(?:the|it|that|this|them|all|off)\b(?!\s+of\b)", re.IGNORECASE)
# Nothing after the word, or its verb: "the daft gits never answer", "the lazy sods won't".
ALONE_AFTER = re.compile(r"\s*(?:[^\w\s]|$)|\s+(?:have|has|are|were|keep|keeps|kept|out|off|away|never|always|still|just|can['’]?t|won['’]t|"
                         r"don['’]?t|didn['’]?t|couldn['’]?t|wouldn['’]?t|will|would|could|should|did|do)\b", re.IGNORECASE)
# An emoji ends a sentence as a full stop does ("...is 'affordable' 💀 absolute clown").
SENTENCE_OPEN = re.compile(r"(?:^|[.!?…:]\s+|\n\s*|[\U0001F300-\U0001FAFF\u2600-\u27BF]\s*)\W*(?:(?:absolute|utter|complete|total|proper|bloody|[a-z]+less|[a-z]+ing)[\s,]+){0,3}$", re.IGNORECASE)


# "the muppets in Westminster", "the clowns at City Hall": a seat of government after the word
# (political.toml's attack targets) says who is meant; "the Tory muppets": so does a party's name
# before it.
PARTY_BEFORE = re.compile(r"(?:\bthe\s+|^\W*|[.!?:]\s+)([A-Z][\w'’-]+)\s+$")
# An intensifier straight before the word ("absolute roasters", "utter clown"): said of someone.
INTENSIFIED = re.compile(r"\b(?:absolute|utter|complete|total)\s+$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _institution_after() -> re.Pattern:
    targets = "|".join(politics.lexicon().data["attack_targets"])
    return re.compile(r"\s+(?:in|at|running)\s+(?:" + targets + ")", re.IGNORECASE)


PARTY_AFTER = re.compile(r"\s+(?:in|from|of|at)\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)")


def _party(word: str) -> bool:
    return word in politics.lexicon().forms  # case-sensitive: "the Labour muppets", not "labour"


def _aimed(token: Token, index: int, text: str) -> bool:
    """An insult with an everyday sense too (clown, tit, muppet, sod) aimed at someone."""
    if token.raw[:1].isupper() and token.raw[1:2].islower() and index > 0 and \
            not text[:token.start].rstrip().endswith((".", "!", "?", ":")):
        return False  # a capital mid-sentence: a name (Tit Hill, the Clown Cafe)
    line_start = max(text.rfind("\n", 0, token.start), text.rfind(". ", 0, token.start)) + 1
    before = text[max(line_start, token.start - 60):token.start]
    after = text[token.end:token.end + 20]
    if PART_OF.match(after):
        return False  # "a sod of turf"; not "a sod of a job", "those muppets of the cabinet"
    if POINTER.search(before) or CALLED.search(before) or THE_LOT_OF.match(after + text[token.end + 20:token.end + 40]):
        return True
    if THE_WHO.search(before) and (WHO_AFTER.match(after) or WHO_LATER.match(text, token.end, token.end + 70)
                                   or AT_HOUSE.match(after) or _institution_after().match(text, token.end)):
        return True
    party = PARTY_BEFORE.search(before)
    if party and _party(party.group(1)):
        return True
    member = PARTY_AFTER.match(after)
    if THE_WHO.search(before) and member and _party(member.group(1)):
        return True  # "the clowns in Reform", "those muppets from Labour"
    if (THE_JUDGED.search(before) or A_JUDGED.search(before)) and ALONE_AFTER.match(after):
        return True
    if INTENSIFIED.search(before) and (ALONE_AFTER.match(after) or WHO_AFTER.match(after)):
        return True  # "stop acting like absolute roasters", "Absolute walloper who drove across the field"
    if ASKED_WHO.search(before) and HUMAN_VERB.match(text, token.end, token.end + 60):
        return True
    # "Sod the rain!", "Sod it.": the word opening a sentence as a verb of dismissal.
    if token.folded in DISMISSIVE_VERBS and (SENTENCE_OPEN.search(text[:token.start]) or before.endswith(", ")) \
            and DISMISSED.match(after):
        return True
    return bool(SENTENCE_OPEN.search(text[:token.start]) and ALONE_AFTER.match(after))


def _ordinary_sense(hit: Match, tokens: list[Token], doc) -> bool:
    """The word in the part of speech where it is an ordinary word (shags nesting on the cliffs)."""
    if not hit.entry.innocent_as or doc is None or hit.stop - hit.start != 1:
        return False
    start = tokens[hit.start].start
    # The spaCy token starting where the hit starts, looked up rather than found by walking the doc
    # (a long post has tens of thousands of tokens and may have many hits).
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span is not None and span[0].idx == start and span[0].pos_ == hit.entry.innocent_as


def _on_its_subject(hit: Match, tokens: list[Token], text: str) -> bool:
    """A word written plainly in a post on the subject where it is the ordinary word: a bitch and
    her litters in a dog-breeding licence notice. A disguised spelling is never innocent."""
    near = hit.entry.innocent_near
    if not near or hit.disguised or _aimed(tokens[hit.start], hit.start, text):
        return False  # "stop being a bitch about the puppies" is aimed at a person all the same
    return any(t.folded.strip(TRIM) in near for t in tokens)


def _surname(hit: Match, tokens: list[Token], doc) -> bool:
    """A capitalised word inside a person's name, after its first word (Cllr Maureen Cummings,
    Dominic Cummings): a surname, whatever list it is on. Not the name's first word ("Fuck
    Boris" is no name)."""
    if doc is None or hit.stop - hit.start != 1 or not tokens[hit.start].raw[:1].isupper() or hit.entry.kind == "swear":
        return False  # "Boris Fucking Johnson" is still swearing
    start = tokens[hit.start].start
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    # (The small model often files a name with an unusual surname under ORG.)
    return span is not None and span[0].idx == start and span[0].ent_type_ in ("PERSON", "ORG") \
        and span[0].ent_iob_ == "I" and doc[span[0].i - 1].text[:1].isupper() and doc[span[0].i - 1].is_alpha


def _toponym(folded: str) -> bool:
    """A place-name element, or its plural (Shitlington Crags, Druid's Stones)."""
    return places.is_toponym_word(folded.strip(TRIM))


PHRASE_WORDS = 4  # the longest allowed phrase looked for around a hit, in words


def _words_around(tokens: list[Token], start: int, stop: int, reach: int) -> list[tuple[int, str]]:
    """(token index, word) pairs of the hit's tokens and `reach` words either side: an allowed
    phrase covering the hit lies within them. Read around the hit, not over the whole post: a
    100 KB post with a hundred hits read all its words once per hit (quadratic, 14 s on 200 KB)."""
    before: list[tuple[int, str]] = []
    index = start - 1
    while index >= 0 and len(before) < reach:
        before[:0] = [(index, w) for w in tokens[index].words]
        index -= 1
    inside = [(index, w) for index in range(start, stop) for w in tokens[index].words]
    after: list[tuple[int, str]] = []
    index = stop
    while index < len(tokens) and len(after) < reach:
        after.extend((index, w) for w in tokens[index].words)
        index += 1
    return [*before[-reach:], *inside, *after[:reach]] if reach else inside


def innocent(hit: Match, tokens: list[Token], text: str, lex: Lexicon) -> bool:
    """A place name written as one, a person's name, or an allowed phrase."""
    flat_positions = _words_around(tokens, hit.start, hit.stop, PHRASE_WORDS - 1)
    # Allowed phrases covering the hit.
    for n in range(1, PHRASE_WORDS + 1):
        for first in range(len(flat_positions) - n + 1):
            window = flat_positions[first : first + n]
            if window[0][0] <= hit.start and window[-1][0] >= hit.stop - 1 and tuple(w for _, w in window) in lex.allow:
                return True
    # Place names: written capitalised, as a place is (Bell End, Twatt, Shitterton), up to seven
    # words ("Great and Little Kimble cum Marsh").
    for size in range(1, 8):
        for first in range(max(0, hit.stop - size), min(hit.start, len(tokens) - size) + 1):
            span = tokens[first : first + size]
            if not span[0].raw[:1].isupper():
                continue
            name = text[span[0].start : span[-1].end].lower().rstrip(TRIM)
            candidates = {name, name.replace("’", "'"), " ".join(t.raw.lower().rstrip(TRIM) for t in span)}
            if candidates & places.every_name():
                return True
    # A street, hamlet or feature the gazetteer lacks: capitalised words before a toponym word
    # (Titty Ho, Scratchy Bottom, Butt Lane).
    first_token, last = tokens[hit.start], hit.stop
    if first_token.raw[:1].isupper():
        j = last
        while j < len(tokens) and tokens[j].raw[:1].isupper() and not _toponym(tokens[j].folded):
            j += 1
        if j < len(tokens) and j - last <= 2 and tokens[j].raw[:1].isupper() and _toponym(tokens[j].folded) \
                and not re.search(r"[.!?,;:()\n]", text[first_token.end:tokens[j].start]):
            return True  # one name, not "Damn! Temple Gate closed again"
    # A mild word capitalised inside a proper name (the Bloody Assizes, Dorset Knob): not sentence-first.
    if hit.entry.severity == "warning" and first_token.raw.istitle() and first_token.raw[:1].isalpha() and hit.start > 0:
        before, after = tokens[hit.start - 1], tokens[hit.stop] if hit.stop < len(tokens) else None
        sentence_first = text[:first_token.start].rstrip().endswith((".", "!", "?", ":", "\n")) or not text[:first_token.start].strip()
        if not sentence_first and (before.raw[:1].isupper() or (after is not None and after.raw[:1].isupper())):
            return True
    # Names: a name-like word (Dick, Willy, Fanny) capitalised next to a capitalised word or a title.
    # (A letter drawn as an emoji, 🅳, counts as upper case to Python, but is no capital.)
    if hit.entry.name_like and hit.stop - hit.start == 1 and tokens[hit.start].raw[:1].isupper() \
            and tokens[hit.start].raw[:1].isalpha():
        before = tokens[hit.start - 1] if hit.start > 0 else None
        after = tokens[hit.stop] if hit.stop < len(tokens) else None
        if before and before.folded.rstrip(".") in TITLES:
            return True
        if after and after.raw[:1].isupper():
            return True
        if before and before.raw[:1].isupper() and not text[: before.start].rstrip().endswith((".", "!", "?")) and before.start > 0:
            return True
        word = tokens[hit.start].raw.strip(TRIM)
        # A name introduced by who or what it is ("Meet Fanny, a 14-year-old Belted Galloway").
        at = tokens[hit.start].start + tokens[hit.start].raw.find(word) + len(word)
        if APPOSITION.match(text, at) and not _aimed(tokens[hit.start], hit.start, text):
            return True
        # The same name given in full elsewhere in the post ("Meet Dick Cox ... Happy retirement, Dick!").
        if re.search(r"(?<![\w'’])" + re.escape(word) + r"\s+[A-Z][a-z'’-]+", text):
            return True
    return False


@lru_cache(maxsize=1)
def _expletive_frame() -> tuple[re.Pattern, dict[str, str]]:
    """ "what the f🦆", "who the f… does that": a letter masked (by symbols, dots or an emoji) in
    the frame an expletive fills, which no word-by-word lookup can read (wordlists/expletive_frames.toml)."""
    data = wordlists.toml("expletive_frames.toml")
    openers = "|".join(re.escape(w) for w in data["openers"])
    pattern = re.compile(rf"\b(?:{openers})\s+the\s+([a-z])(?:[*#_?@!.…—–-]|{PICTOGRAPHS.pattern})+(?=\s|$)", re.IGNORECASE)
    return pattern, {k.lower(): v for k, v in data["letters"].items()}


def _framed_expletives(text: str, lex: Lexicon, covered: list[tuple[int, int]]) -> Iterator[Hit]:
    pattern, letters = _expletive_frame()
    for match in pattern.finditer(text):
        word = letters.get(match.group(1).lower())
        entry = lex.words.get(word) if word else None
        start, end = match.start(1), match.end()
        if entry and not any(s < end and start < e for s, e in covered):
            yield Hit("disguised", start, end, severity=entry.severity)


# "you", "you're a", "ya", "yous" and the like, opening words said to a person.
ADDRESSED = r"\b(?:you|ya|ye|yer|u|yous|youse)(?:\s*(?:['’]re|\s+r|\s+are)\s+(?:such\s+)?an?|\s+an?(?=\s))?"


@lru_cache(maxsize=1)
def _name_calling() -> tuple[frozenset[str], tuple[re.Pattern, ...], frozenset[str]]:
    """wordlists/name_calling.toml as patterns, each with the insult as group 1 and its noun as group 2:
    - "you" (or "you're a", "makes you a"), words of contempt, a noun;
    - words of contempt and a noun said of people: "the dozy mare who...", "mindless thugs, the lot
      of you" (a relative "who" and "the lot of them" are said only of people);
    - words of contempt and a noun quoted as what someone was called: "is not a 'useless cow'",
      "called a \"dirty foreign cow\""."""
    data = wordlists.toml("name_calling.toml")
    contempt = "|".join(re.escape(w) for w in sorted(data["adjectives"], key=len, reverse=True))
    leading = "|".join(re.escape(w) for w in data["intensifiers"])
    insult = rf"((?:(?:{contempt})[\s,]+)+(?:(?:little|old|big)\s+)?([a-z][\w*#@’'-]*))"
    addressed = re.compile(ADDRESSED + rf"(?:\s+(?:{leading}))*\s+" + insult, re.IGNORECASE)
    said_of_people = re.compile(r"(?<![\w'’-])" + insult + r"(?=\s+(?:who|who['’]\w+)\b|,?\s+the\s+lot\s+of\s+(?:you|them|['’]em)\b)",
                                re.IGNORECASE)
    quoted = re.compile(r"\b(?:call(?:ed|ing|s)?|is\s+not|isn['’]t|aren['’]t|weren['’]t|not|was|is|are|were)\s+(?:\w+\s+){0,2}?(?:an?\s+)?[\"“‘'](?:an?\s+)?"
                        + insult + r"[\"”’']", re.IGNORECASE)
    # Called a name without quotation marks ("calling her a stupid cow"), told not to be one ("don't
    # be a gormless get"), or said to be one by a pronoun for a person ("she's a lazy cow").
    called = re.compile(rf"\bcall(?:ed|ing|s)?\s+(?!(?:it|this|that|these|those)\b)(?:\w+\s+){{1,2}}?an?\s+(?:(?:{leading})\s+)*"
                        + insult, re.IGNORECASE)
    told = re.compile(rf"\b(?:don['’]?t|do\s+not|stop|never)\s+be(?:ing)?\s+(?:such\s+)?an?\s+(?:(?:{leading})\s+)*" + insult,
                      re.IGNORECASE)
    # (Not "sad" or "soft" here: "she was a sad sight" is pity, "he's a soft touch" kindness.)
    unkind = "|".join(re.escape(w) for w in sorted(set(data["adjectives"]) - {"sad", "soft"}, key=len, reverse=True))
    said_to_be = re.compile(r"\b(?:he|she)(?:['’]s|\s+is|\s+was)\s+(?:being\s+)?(?:such\s+)?an?\s+"
                            rf"(?:(?:{leading})\s+)*((?:(?:{unkind})[\s,]+)+(?:(?:little|old|big)\s+)?([a-z][\w*#@’'-]*))",
                            re.IGNORECASE)
    # The same said of people in the plural ("some people are just ignorant gets"): "people" or
    # "folk" as the subject, not "they", which may be bins or days; not an agent noun ("lazy
    # gardeners", "selfish drivers"), which says what people do, not what they are called.
    people_are = re.compile(r"\b(?:some\s+|these\s+|those\s+)?(?:people|folk)\s+(?:are|were)\s+(?:just\s+|nothing\s+but\s+|such\s+)?"
                            rf"(?:(?:{leading})\s+)*((?:(?:{unkind})[\s,]+)+((?![a-z]+(?:ers|ors|ists|ants|ents)\b)[a-z][\w*#@’'-]*s))\b", re.IGNORECASE)
    return frozenset(data["adjectives"]), (addressed, said_of_people, quoted, called, told, said_to_be, people_are), \
        frozenset(data["not_nouns"])


CONDITION = re.compile(r"\b(?:if|whether|unless|when|even if)\s+$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _collective_frames() -> re.Pattern:
    """wordlists/name_calling.toml's collectives as one pattern, the noun as group 1: "you pack of
    X", "you're a bunch of X", "absolute shower of X", and "ya big X"."""
    data = wordlists.toml("name_calling.toml")
    collective = "|".join(re.escape(w) for w in data["collectives"])
    leading = "|".join(re.escape(w) for w in data["intensifiers"])
    return re.compile(
        r"(?:" + ADDRESSED + r"(?:\s+(?:" + leading + r"))*"
        r"|\b(?:absolute|utter|complete|total)(?:\s+(?:" + leading + r"))*)"
        r"\s+(?:" + collective + r")\s+of\s+([a-z][\w’'-]*)"
        r"|\b(?:ya|ye)\s+(?:big|great|wee)\s+([a-z][\w’'-]*)", re.IGNORECASE)


def _collective_names(text: str, covered: list[tuple[int, int]]) -> Iterator[Hit]:
    """Dialect name-calling in a frame aimed at people ("you pack of clampets", "ya big gype"):
    the noun is one no English dictionary knows. Known nouns are left to the word lists: the
    frame alone does not tell "you bunch of legends" from an insult."""
    from checker.text import lexicon

    if not any(word in text.lower() for word in (" of ", "ya ", "ye ")):
        return
    for match in _collective_frames().finditer(text):
        group = 1 if match.group(1) else 2
        noun = match.group(group)
        start, end = match.start(group), match.end(group)
        if not noun.islower() or lexicon.is_known(noun) or any(s < end and start < e for s, e in covered):
            continue
        covered.append((start, end))
        yield Hit("insult", start, end, {"word": noun})


def _called_names(text: str, tokens, covered: list[tuple[int, int]]) -> Iterator[Hit]:
    """Name-calling by frame ("you filthy pig", "the dozy mare who", "not a 'lazy cow'"): a noun
    after a word of contempt, in a frame said of people, is an insult whatever the noun is. A
    listed insult found already is not repeated."""
    contempt, patterns, not_nouns = _name_calling()
    if not any(token.folded in contempt or any(word in contempt for word in token.words) for token in tokens):
        return  # most posts call nobody anything: the post's words looked up, not three patterns run
    for match in (m for pattern in patterns for m in pattern.finditer(text)):
        noun = match.group(2)
        start, end = match.start(1), match.end(2)
        if noun.lower() in not_nouns or not noun.islower() or any(s < end and start < e for s, e in covered):
            continue
        covered.append((start, end))  # one finding, whichever frames match
        if CONDITION.search(text, max(0, match.start() - 12), match.start()):
            continue  # "if you're a lazy gardener, try no-dig beds": a description, not an address
        yield Hit("insult", start, end, {"word": match.group(1)})


@register(id="profanity", options={"allow": [], "words": []}, needs_nlp=True)  # parts of speech: shags nesting are birds
def check(view, ctx) -> Iterator[Hit]:
    lex = lexicon(tuple(ctx.options["allow"]), tuple(ctx.options["words"]))
    tokens = view.chunks
    covered: list[tuple[int, int]] = []
    for hit in _word_hits(view, lex, tokens):
        covered.append((hit.start, hit.end))
        yield hit
    if " the " in view.text.lower():
        yield from _framed_expletives(view.text, lex, covered)
    yield from _called_names(view.text, tokens, covered)
    yield from _collective_names(view.text, covered)


def _word_hits(view, lex: Lexicon, tokens) -> Iterator[Hit]:
    for match in find_hits(tokens, lex):
        if innocent(match, tokens, view.text, lex) or _ordinary_sense(match, tokens, view.doc) \
                or _surname(match, tokens, view.doc) or _on_its_subject(match, tokens, view.text):
            continue
        if match.entry.kind in (NAME_CALLING, AIMED):
            token = tokens[match.start]
            if match.disguised or match.entry.kind == NAME_CALLING or _aimed(token, match.start, view.text):
                yield Hit("insult", token.start, tokens[match.stop - 1].end, {"word": match.entry.word})
            continue
        start, end = tokens[match.start].start, tokens[match.stop - 1].end
        entry = match.entry
        if entry.kind == "slur":
            yield Hit("slur", start, end)
        elif match.disguised:
            yield Hit("disguised", start, end, severity=entry.severity)
        elif entry.severity == "warning":
            yield Hit("mild", start, end, {"word": entry.word})
        else:
            yield Hit("swear-word", start, end, severity=entry.severity)
