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
from checker.text import frequency as word_frequency
from checker.text import nearby, places
from checker.text.words import WORDS_REMEMBERED

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
    lex = cache.load("lexicon", _packed_lexicon, code=(places, packed), packages=LEXICON_PACKAGES)
    # Asked once per word no list knows: a bounded memo does, and memory stays flat over a batch.
    for rarely_asked in (lex.places, lex.misspellings.keys()):
        rarely_asked.keep_packed()
    return lex


# Packages (import names) whose data the lexicon holds: reinstalling one rebuilds the cached lexicon.
LEXICON_PACKAGES = ("spellchecker", "wordfreq")


def _packed_lexicon() -> Lexicon:
    lex = build_lexicon()
    return replace(lex, british=packed.Words(lex.british), known=packed.Words(lex.known),
                   american=packed.Table(lex.american), misspellings=packed.Table(lex.misspellings),
                   places=packed.Words(lex.places))


def build_lexicon() -> Lexicon:
    """British word knowledge from the lists (slow: about a second; lexicon() caches it)."""
    written = wordlists.lines("british_words.txt")
    british = {w.lower() for w in written}
    # Words SCOWL writes in lower case: its capitalised entries are names (Gray the surname), and a
    # name spelt like an American word does not make that word British ("gray stone walls").
    common = {w for w in written if not w[:1].isupper()}
    both = {w.lower() for w in wordlists.lines("spelling_both_british.txt")}
    context = tuple(wordlists.rows("american_context.csv"))
    ambiguous = {row["word"] for row in context}
    american: dict[str, str] = {}
    pairs_british: set[str] = set()  # every British form a pair list gives, kept or not
    for name in ("american_british_breame.csv", "american_british_codespell.csv"):
        for row in wordlists.rows(name):
            us, uk = row["american"].strip().lower(), row["british"].strip()
            pairs_british.add(uk.lower())
            # A pair whose "American" form SCOWL's British list also holds (focusing, judgment,
            # ageing/aging) is two British spellings: neither is flagged.
            if us and uk and us != uk.lower() and us not in both and us not in ambiguous and us not in common:
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
    names = set(places.every_name()) | {c.lower() for c in places.councils()}
    names |= {part for name in names for part in re.split(r"[\s\-]+", name)}
    return Lexicon(frozenset(british | pairs_british), frozenset(known), american, context, misspellings,
                   frozenset(names))


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    # With postcheck's own list of modern words the general list lacks (carers, e-scooters).
    return frozenset(w for w in (*wordlists.lines("british_words.txt"), *wordlists.lines("spelling_extra.txt"))
                     if w.islower())


def is_common_word(word: str) -> bool:
    """A word SCOWL's British list writes in lower case (care, housing, hope): an ordinary word,
    not only a name (Amy, Llewellyn and Welsh are written with a capital there)."""
    return word.lower() in _common_words()


@lru_cache(maxsize=1)
def _capitalised_words() -> frozenset[str]:
    return frozenset(w.lower() for w in wordlists.lines("british_words.txt") if w[:1].isupper())


@lru_cache(maxsize=1)
def dictionary_abbreviations() -> frozenset[str]:
    """Abbreviations SCOWL's British list holds in capitals (TB, IPA, AA, BBC, ASAP), or in capitals
    with a small letter inside (PhD, VoIP, MHz): a general dictionary's entries, so in everyday use
    rather than one trade's jargon."""
    return frozenset(w for w in wordlists.lines("british_words.txt")
                     if len(w) > 1 and (w.isupper() or sum(c.isupper() for c in w) >= 2 and not w.endswith("s")))


def is_only_a_name(word: str) -> bool:
    """A word SCOWL's British list writes only with a capital (Boston, Amy, Tuesday): a name."""
    return word.lower() in _capitalised_words() and word.lower() not in _common_words()


def is_only_common_word(word: str) -> bool:
    """An ordinary word that SCOWL never writes as a name (clerk, planning; not rose or parks,
    which are also a first name and a surname)."""
    return is_common_word(word) and word.lower() not in _capitalised_words()


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


# The two questions the spelling and plain-English checks ask of nearly every word are
# remembered per word: the lexicon is fixed for the process, and a batch repeats its words.
@lru_cache(maxsize=WORDS_REMEMBERED)
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


@lru_cache(maxsize=WORDS_REMEMBERED)
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


# --- real usage and the noisy channel ----------------------------------------------------------
# A word the lists lack is not wrong for that: people write parkrun, storytime and masterplan.
# wordfreq (Robyn Speer's frequencies from subtitles, news, Wikipedia, books, web and social media)
# says how often a word is really written, on the Zipf scale (log10 of uses per billion words:
# "the" is about 7.7, a word seen once in a hundred million words is 1). A word is a misspelling
# only when it is rare in real usage AND a close word is much more frequent (Norvig's noisy
# channel: the writer more likely meant the common word). The cut-offs were chosen on the labelled
# posts of data/labelled/ one writer held out at a time; every choice on five writers gave nearly
# the same F1 on the sixth, and the gate on real use hardly mattered below 3 (wordfreq's web data
# holds typos of the commonest words too: "hsve", "wiyh"), so the channel decides.
RARE_BELOW = 3.0  # Zipf: once per million words or more is a word in real use, whatever the lists say
MUCH_MORE_FREQUENT = 4.0  # Zipf gap: the intended word is about 10,000 times as frequent
TWO_EDITS_COST = 2.0  # Zipf: a second edit makes a slip about a hundred times rarer


@lru_cache(maxsize=WORDS_REMEMBERED)
def frequency(word: str) -> float:
    """How often English writers use `word` (Zipf scale; 0 when wordfreq has never seen it).
    Remembered: wordfreq tokenises the word and reads its table on every call (about 15 us), and a
    batch asks about the same words post after post. From postcheck's cache (text/frequency.py)."""
    return word_frequency.zipf(word)


def in_real_use(word: str) -> bool:
    """Written often enough (wordfreq) to be a word of current English, not a slip."""
    return frequency(word) >= RARE_BELOW


def likely_meant(word: str) -> tuple[str | None, float]:
    """The close, known British word the writer most likely meant, and how much more likely it is
    than `word` as written (Zipf difference, less TWO_EDITS_COST for a word two edits away);
    (None, 0) when no known word is within two edits."""
    written = frequency(word.lower())
    # Only a word this frequent two edits away could ever be "much more frequent" after the cost
    # of the second edit: rarer ones need not be looked for (they are most of the work).
    best, best_freq, distance = closest_known(word.lower(), written + MUCH_MORE_FREQUENT + TWO_EDITS_COST)
    if best is None:
        return None, 0.0
    return best, best_freq - written - (TWO_EDITS_COST if distance == 2 else 0.0)


@lru_cache(maxsize=8192)
def closest_known(low: str, two_edits_from: float = 0.0) -> tuple[str | None, float, int]:
    """The most frequent known word one edit from `low` (two when none is one away, for words of
    4 to 12 letters), its Zipf frequency and the number of edits. Two edits away, only words at
    least `two_edits_from` frequent (Zipf) are looked for."""
    if len(low) > LONGEST_SEARCHED:
        return None, 0.0, 0
    known = lexicon().known
    distance = 1
    # Norvig's channel: one edit is far likelier than two, so two edits only when one finds nothing.
    first = _edits(low)
    candidates = {c for c in first if c in known}
    if not candidates and 4 <= len(low) <= 12:
        distance = 2
        if two_edits_from > 0:
            candidates = _two_edits_among_frequent(first, two_edits_from)
        else:  # every known word: about three million strings made and looked up
            candidates = {c2 for c1 in first for c2 in _edits(c1) if c2 in known}
    best, best_freq = None, 0.0
    for candidate in sorted(candidates - {low}):
        british = american_to_british(candidate) or candidate
        if british.lower() not in known:
            continue
        freq = frequency(british)
        if freq > best_freq:
            best, best_freq = british, freq
    return best, best_freq, distance


# Longer "words" are runs of letters no one misspelt (a pasted 100,000-letter run): the strings one
# edit away number 54 per letter, each as long as the word, so making them is quadratic in time
# and memory (2.3 GB for a 4,000-letter run).
LONGEST_SEARCHED = 25


def one_edit_apart(a: str, b: str) -> bool:
    """`b` is one deletion, transposition, replacement or insertion from `a` (lower case)."""
    if abs(len(a) - len(b)) > 1 or len(a) > LONGEST_SEARCHED:
        return False
    return b in _edits(a)


def one_edit_from_any(word: str, words: frozenset[str]) -> str | None:
    """The word of `words` one edit from `word` (lower case), if any: a few hundred strings made."""
    if len(word) > LONGEST_SEARCHED:
        return None
    found = _edits(word) & words
    return min(found) if found else None


LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _two_edits_among_frequent(first: set[str], at_least: float) -> set[str]:
    """The known words at least `at_least` frequent that are one edit from a string of `first`.

    Two strings one edit apart share a deletion key (the string, or it less one letter), so the
    frequent words are found through their keys, then confirmed by the edit rule itself: a few
    thousand look-ups instead of making every string two edits away."""
    index = _frequent_index()
    cutoff = index.cutoff(round(at_least, 1))
    found = set()
    for x in first:
        for key in {x, *(x[:i] + x[i + 1:] for i in range(len(x)))}:
            for rank, word in index.by_key.get(key, ()):
                if rank < cutoff and word not in found and nearby.one_edit(x, word, LETTERS):
                    found.add(word)
    return found


class _FrequentIndex:
    """Known words by deletion key, with the rank in wordfreq's list of the word each came from.

    Each unknown word asks for the words above its own bar (its frequency plus the channel's
    gaps), so bars differ from word to word: one index, grown down the ranked list only as far as
    the lowest bar asked for, answers them all (a word at `at_least` is one whose rank is before
    the first word below it), where an index per bar was rebuilt for most unknown words."""

    def __init__(self):
        lex = lexicon()
        self.known = lex.known
        self.american_of: dict[str, set[str]] = {}
        for us, uk in lex.american.items():
            self.american_of.setdefault(uk, set()).add(us)
        self.ranked = word_frequency.ranked()  # wordfreq's 100,000 most frequent words, most frequent first
        self.frequencies: list[float] = []  # of ranked[:len(frequencies)], each indexed
        self.by_key: dict[str, list[tuple[int, str]]] = {}
        self.cutoffs: dict[float, int] = {}

    def _spellings(self, british: str) -> set[str]:
        # The word and its American twins, whose candidates are judged by the British form.
        forms = {british, *self.american_of.get(british, ())}
        forms.update(british[: -len(uk)] + us for us, uk in ENDINGS if british.endswith(uk))
        return forms

    def _add_next(self) -> None:
        rank = len(self.frequencies)
        word = self.ranked[rank]
        self.frequencies.append(frequency(word))
        for form in self._spellings(word):
            if form in self.known and (american_to_british(form) or form).lower() in self.known:
                for key in {form, *(form[:i] + form[i + 1:] for i in range(len(form)))}:
                    self.by_key.setdefault(key, []).append((rank, form))

    def cutoff(self, at_least: float) -> int:
        """The rank of the first listed word less frequent than `at_least` (the list's length when
        none is): the words before it are those at least that frequent."""
        if at_least not in self.cutoffs:
            rank = 0
            while True:
                if rank == len(self.frequencies):
                    if rank == len(self.ranked):
                        break
                    self._add_next()
                if self.frequencies[rank] < at_least:
                    break
                rank += 1
            self.cutoffs[at_least] = rank
        return self.cutoffs[at_least]


@lru_cache(maxsize=1)
def _frequent_index() -> _FrequentIndex:
    return _FrequentIndex()


# Text speak drops an everyday word's vowels ("wkend", "wknd", "pls", "plz" aside): a word that is
# a frequent word with only vowels left out is that word in text speak, whatever list lacks it.
TEXT_SPEAK_FROM = 4.5  # Zipf: words written this way are everyday words (weekend 4.9, please 5.6)
VOWELS = frozenset("aeiou")


def _skeleton(word: str) -> str:
    return word[:1] + "".join(c for c in word[1:] if c not in VOWELS)


@lru_cache(maxsize=1)
def _skeletons() -> dict[str, str]:
    """Skeleton (first letter, then the consonants) -> the most frequent known word with it, of
    four letters or more, among words at least TEXT_SPEAK_FROM frequent (a few thousand)."""
    known, out, ranked = lexicon().known, {}, word_frequency.ranked()
    # The list is in order of frequency: the cut found by bisection, not by asking every word.
    low, high = 0, len(ranked)
    while low < high:
        middle = (low + high) // 2
        if frequency(ranked[middle]) >= TEXT_SPEAK_FROM:
            low = middle + 1
        else:
            high = middle
    # Asked of the packed word set directly: thousands of `in` questions would make it unpack itself
    # whole (a cold check's time, for one rare word in a draft).
    look_up = getattr(known, "index", None)
    for word in ranked[:low]:
        if len(word) >= 4 and word.isalpha() and (look_up(word) >= 0 if look_up else word in known):
            out.setdefault(_skeleton(word), word)
    return out


def vowels_dropped(low: str) -> str | None:
    """The everyday word that `low` (lower case, no known word) writes with vowels left out."""
    if len(low) < 3 or not low.isalpha():
        return None
    word = _skeletons().get(_skeleton(low))
    if word is None or len(word) <= len(low):
        return None
    i = 0
    for ch in word:  # `low` is `word` less some of its vowels, and nothing else
        if i < len(low) and low[i] == ch:
            i += 1
        elif ch not in VOWELS:
            return None
    return word if i == len(low) else None


def _edits(word: str) -> set[str]:
    """Every string one deletion, swap of neighbours, replacement or insertion away (Norvig)."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    return {a + b[1:] for a, b in splits if b} | {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1} | {
        a + c + b[1:] for a, b in splits if b for c in LETTERS} | {a + c + b for a, b in splits for c in LETTERS}


# --- other languages ---------------------------------------------------------------------------
# Welsh councils publish bilingually by law, and Scottish councils write Gaelic; neither half is
# English with misspellings. py3langid (langid.py's model, trained on 97 languages) tells them
# apart, limited to the languages a UK council post is written in.
LANGUAGES = ("en", "cy", "gd", "ga", "br")  # English, Welsh, Scottish Gaelic, Irish; Breton for Cornish


@lru_cache(maxsize=1)
def _language_identifier():
    """py3langid's model restricted to LANGUAGES, from postcheck's cache: unpacking the model
    file (LZMA) takes over a second, loading the cached copy a tenth of that."""
    return cache.load("language-identifier", _build_language_identifier, packages=("py3langid",))


def _build_language_identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(LANGUAGES))
    if hasattr(identifier, "_full_model"):
        # The other 92 languages' columns are never used here: the cached copy need not hold them.
        identifier._full_model = (identifier.nb_ptc, identifier.nb_pc, identifier.nb_classes)
    return identifier


# Languages the identifier splits its confidence between on a few words ("Tapadh leibh": Irish
# 0.52, Scottish Gaelic 0.48): a clause is in one of them when the family together is sure.
FAMILIES = ({"ga", "gd"}, {"cy", "br"})


def language(text: str) -> tuple[str, float]:
    """The language of a clause ("en", "cy", "gd"...) and the model's confidence in it (for a
    Celtic language, in its family: Goidelic or Brythonic)."""
    ranked = _language_identifier().rank(text)
    label = ranked[0][0]
    family = next((f for f in FAMILIES if label in f), {label})
    return label, float(sum(p for lang, p in ranked if lang in family))
