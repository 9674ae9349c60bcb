"""British English word knowledge (spelling and plain English): which words are right, which are American.

Everything is built once, on first use, from the files in wordlists/ (SCOWL's British list via
Debian wbritish, breame's and codespell's American/British pairs, codespell's misspellings, OS
place names, council names) plus pyspellchecker's frequency list for modern words. The American
forms are taken out of the known words, so that "color" is never "known".
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from checker import cache, packed, wordlists
from checker.text import nearby, places

# Regular American endings and their British forms, for American words no pair list names
# (pyspellchecker knows thousands of -ize words). Only used when the British form is a known
# British word and the American form is not in the British list.
ENDINGS = (
    ("izations", "isations"), ("ization", "isation"), ("izing", "ising"), ("ized", "ised"),
    ("izes", "ises"), ("izer", "iser"), ("izers", "isers"), ("ize", "ise"),
    ("yzing", "ysing"), ("yzed", "ysed"), ("yzes", "yses"), ("yze", "yse"),
    ("ors", "ours"), ("or", "our"), ("ored", "oured"), ("oring", "ouring"), ("orful", "ourful"),
    ("orite", "ourite"), ("orites", "ourites"), ("orable", "ourable"),
    ("ers", "res"), ("er", "re"), ("ogs", "ogues"), ("og", "ogue"), ("ense", "ence"),
    ("eled", "elled"), ("eling", "elling"), ("eler", "eller"), ("elers", "ellers"),
    ("aled", "alled"), ("aling", "alling"),
)


@dataclass(frozen=True)
class Lexicon:
    british: frozenset[str]  # lower-case words written the British way (SCOWL's British list)
    known: frozenset[str]  # every lower-case word the check accepts
    american: dict[str, str]  # lower-case American spelling -> British spelling
    context: tuple[dict[str, str], ...]  # American words that are British in another sense
    misspellings: dict[str, tuple[str, ...]]  # codespell: misspelling -> corrections
    places: frozenset[str]  # lower-case place and council names, and the words in them


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The lexicon, built once and then loaded from postcheck's cache (checker.cache) until a
    list, this module or pyspellchecker changes; the big sets are packed to load in milliseconds."""
    return cache.load("lexicon", _packed_lexicon, code=(places, packed), packages=LEXICON_PACKAGES)


# Packages (import names) whose data the lexicon holds: reinstalling one rebuilds the cached lexicon.
LEXICON_PACKAGES = ("spellchecker", "wordfreq")


def _packed_lexicon() -> Lexicon:
    lex = build_lexicon()
    return replace(lex, british=packed.Words(lex.british), known=packed.Words(lex.known),
                   american=packed.Table(lex.american), misspellings=packed.Table(lex.misspellings),
                   places=packed.Words(lex.places))


def build_lexicon() -> Lexicon:
    """British word knowledge from the lists (slow: about a second; lexicon() caches it)."""
    british = {w.lower() for w in wordlists.lines("british_words.txt")}
    both = {w.lower() for w in wordlists.lines("spelling_both_british.txt")}
    context = tuple(wordlists.rows("american_context.csv"))
    ambiguous = {row["word"] for row in context}
    american: dict[str, str] = {}
    pairs_british: set[str] = set()  # every British form a pair list gives, kept or not
    for name in ("american_british_breame.csv", "american_british_codespell.csv"):
        for row in wordlists.rows(name):
            us, uk = row["american"].strip().lower(), row["british"].strip()
            pairs_british.add(uk.lower())
            if us and uk and us != uk.lower() and us not in both and us not in ambiguous:
                american.setdefault(us, uk)
    extra = {w.lower() for w in wordlists.lines("spelling_extra.txt")}
    pairs_british -= american.keys()
    misspellings = {}
    for line in wordlists.lines("misspellings_codespell.txt"):
        wrong, _, right = line.partition("->")
        misspellings[wrong] = tuple(_british_form(o.strip(), american) for o in right.split(",") if o.strip())
    # pyspellchecker's list, drawn from subtitles, holds some common misspellings ("wether",
    # "cancelation"): codespell's entries win over it, and the American forms are taken out.
    known = ((british | pairs_british | _pyspell_words()) - american.keys() - misspellings.keys()) | extra
    known |= _profane_words()
    names = set(places.names()) | {c.lower() for c in places.councils()}
    names |= {part for name in names for part in re.split(r"[\s\-]+", name)}
    return Lexicon(frozenset(british | pairs_british), frozenset(known), american, context, misspellings,
                   frozenset(names))


def _profane_words() -> set[str]:
    """The profanity check's words: slang it reports, and a spelling finding on top would be noise."""
    try:
        return {row["word"].lower() for row in wordlists.rows("profanity.csv") if " " not in row["word"]}
    except (FileNotFoundError, KeyError):
        return set()


def _british_form(word: str, american: dict[str, str]) -> str:
    return american.get(word.lower(), word)


def _pyspell_words() -> set[str]:
    """pyspellchecker's English words: modern vocabulary (online, podcast...) SCOWL lacks."""
    return set(_speller().word_frequency.dictionary)


@lru_cache(maxsize=1)
def _speller():
    # Reading pyspellchecker's gzipped JSON takes half a second; its pickle, a few milliseconds.
    return cache.load("pyspellchecker", _build_speller, packages=("spellchecker",))


def _build_speller():
    from spellchecker import SpellChecker

    return SpellChecker(language="en", distance=2)


def american_to_british(word: str) -> str | None:
    """The British spelling of an American word (lower case in, lower case out), else None."""
    lex = lexicon()
    low = word.lower()
    if low in lex.american:
        return lex.american[low]
    if low in lex.british:
        return None
    # A word only pyspellchecker knows, with a regular American ending whose British twin is in
    # the British list: organizer -> organiser, traveling -> travelling.
    for us, uk in ENDINGS:
        if low.endswith(us):
            candidate = low[: -len(us)] + uk
            if candidate in lex.british:
                return candidate
    return None


def is_known(word: str) -> bool:
    low = word.lower()
    known = lexicon().known
    if low in known:
        return True
    # Plurals and third persons of known words that the lists lack (deliverables, signposts).
    return len(low) > 4 and low.endswith("s") and low not in lexicon().misspellings and (
        low[:-1] in known or (low.endswith("es") and low[:-2] in known))


@lru_cache(maxsize=4096)
def suggest(word: str) -> tuple[str | None, bool]:
    """The likely correction of an unknown word, and whether it is certain enough to apply.

    codespell's list of common misspellings first (a direct mapping: certain when it gives one
    answer); then pyspellchecker's candidates within two edits, ranked by frequency, with American
    candidates turned British and unknown ones dropped. Cached: candidate generation is slow.
    """
    lex = lexicon()
    low = word.lower()
    options = lex.misspellings.get(low)
    if options:
        return options[0], len(options) == 1
    if len(low) > 25:
        return None, False
    speller = _speller()
    candidates = nearby.candidates(speller, low) or set()  # pyspellchecker's answer, faster
    ranked = sorted(
        ((speller.word_frequency[c], c) for c in candidates if c != low),
        key=lambda item: (-item[0], item[1]),
    )
    for _, candidate in ranked:
        british = american_to_british(candidate) or candidate
        if british.lower() in lex.known:
            return british, False
    return None, False
