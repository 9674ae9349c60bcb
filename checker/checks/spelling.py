"""Spelling (Solihull 3.5): misspellings, American spellings, text language, real-word slips.

British English is right; an American spelling is a finding with its British form. Names are
not spelling mistakes: places, councils, @handles, URLs, what spaCy tags as a name, capitalised
words inside a sentence, and the council's own dictionary ([checks.spelling] dictionary).
"""
from __future__ import annotations

import calendar
import re
from functools import lru_cache

import regex

from checker import wordlists
from checker.model import Hit
from checker.registry import register
from checker.text import lexicon as _british
from checker.text import places, speech
from checker.text.words import APPOSITION, WORD, WORDS_REMEMBERED, SpanSet, any_pattern

HASHTAG = re.compile(r"(?<![\w#])#(\w+)")
CAMEL = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
# A run of non-space text; a run holding anything but letters, digits, apostrophes, hyphens and
# ordinary punctuation (sh*t, 5h!t, a zero-width space) is disguised or code: not spelling.
CHUNK = re.compile(r"\S+")
PLAIN_CHUNK = re.compile(r"[\w'’\-.,;:!?()\"“”‘…/&£$%€+]*")
ELONGATED = re.compile(r"([a-z])\1\1", re.IGNORECASE)
NAME_ENTITIES = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "EVENT", "WORK_OF_ART"}

# "4" for "for" and "2" for "to": only when the words around them make a number impossible.
FOR_NEXT = {"all", "any", "the", "a", "an", "you", "u", "your", "ur", "me", "us", "them", "everyone",
            "everybody", "free", "sale", "more", "info", "details", "this", "that", "tonight", "today",
            "tomorrow", "tmrw", "life", "ever", "sure", "now", "yourself", "sharing", "coming", "joining",
            "waiting", "helping", "having"}
FOR_PREV = {"thanks", "thx", "thank", "sorry", "ready", "wait", "waiting", "look", "looking", "time",
            "great", "perfect", "fun", "apply", "register", "vote", "out", "here", "hope", "ask", "asking",
            "pay", "call", "search", "head", "good", "luck", "prepare", "prepared"}
TO_NEXT = {"be", "the", "you", "u", "your", "ur", "get", "go", "see", "do", "make", "help", "come", "find",
           "keep", "know", "take", "use", "join", "me", "us", "them", "say", "school", "work", "bed",
           "let", "try", "pay", "visit", "check", "collect", "put", "hear", "read", "watch", "tell", "ask",
           "stay", "save", "give", "share", "sign", "book", "apply", "register", "vote", "leave", "bring"}
TO_PREV = {"need", "needs", "want", "wants", "going", "have", "has", "had", "due", "back", "able",
           "how", "where", "what", "welcome", "listen", "talk", "speak", "go", "come", "nice", "hard",
           "easy", "ready", "remember", "forget", "forgot", "sure", "try", "trying", "used", "plan",
           "planning", "hope", "like", "love", "ought", "is", "are", "was", "up", "sent", "said"}
NUMBER_PREV = {"aged", "age", "ages", "under", "over", "page", "route", "bus", "number", "no", "junction",
               "platform", "band", "phase", "unit", "level", "grade", "year", "years", "the", "of", "from",
               "between", "and", "or", "to", "top", "flat", "room", "gate", "step", "section", "about",
               # an hour: "open till 4 today", "at 4 tomorrow", "back by 4 tonight"
               "till", "til", "until", "at", "by", "past", "after", "before", "around"}


@register(id="spelling", options={"dictionary": []}, needs_nlp=True)
def check(post, ctx):
    text = post.text
    own = {w.lower() for w in ctx.options.get("dictionary") or []}
    skip = _skipped_spans(post)
    skip += _other_languages(text, post.sentences, own)
    names = _names(post.doc)
    starts = _sentence_starts(post)
    flagged: set[tuple[int, int]] = set()
    findings = []

    # The parts of the @handles a reply answers ("@ludlow_lol ... Yep Lol"): the resident's name.
    handle_parts = {part for start, end in post.mentions for part in re.split(r"[_\d.]+", text[start + 1:end].lower()) if part}
    # Speech in quotation marks (checker.text.speech): a word in it that is only unusual (no list
    # calls it a misspelling) is the speaker's own: a council quotes people as they speak, in dialect.
    quoted = SpanSet(speech.quoted_spans(text))
    for start, end, word in _words(text, skip):
        finding = _judge(text, start, end, word, own, names, starts)
        if finding and finding.rule == "text-language" and word.lower() in handle_parts:
            continue
        if finding and finding.rule == "misspelling" and start in quoted and not _listed(word):
            continue  # "It's pure dreich oot": someone's own words, dialect and all, quoted as said
        if finding:
            flagged.add((finding.start, finding.end))
            findings.append(finding)

    for finding in [*_context_findings(text, skip), *_slips_by_grammar(post.doc, skip, text)]:
        if not any(s < finding.end and finding.start < e for s, e in flagged):
            flagged.add((finding.start, finding.end))  # "their is": the phrase list and the tags both see it
            findings.append(finding)
    return sorted(findings, key=lambda f: f.start)


def _listed(word: str) -> bool:
    return re.sub(r"['’]s?$", "", word.lstrip("#")).lower() in _british.lexicon().misspellings


def _skipped_spans(view) -> list[tuple[int, int]]:
    """Text that is not prose: links, e-mail addresses, @mentions, hashtags (their CamelCase
    words are checked apart), and chunks holding anything but letters and ordinary punctuation."""
    text = view.text
    spans = list(view.not_prose)
    spans += [m.span() for m in HASHTAG.finditer(text)]
    for chunk in CHUNK.finditer(text):
        if not PLAIN_CHUNK.fullmatch(chunk.group()):
            spans.append(chunk.span())
    return spans


# Clauses of a bilingual post: sentences, and the halves of "English / Cymraeg" or "English | Gàidhlig"
# and of lines.
# Tried only where a run of whitespace starts, and read through it once (possessive): a post of
# 100,000 spaces was read from every one of its characters to the end (quadratic: minutes).
# A heading before a colon is its own clause too ("Gofal plant: childcare in Welsh ...").
CLAUSE_BREAK = re.compile(r"(?<!\s)(?:\s++[/|]\s+|[^\S\n]*+\n\s*+|\s++[–—-]\s+)|:\s+")
# Letters of Welsh and Gaelic spelling that English words never carry (ŵ, ŷ, the grave accents of
# Gaelic): a clause holding one is worth asking the identifier about even if every word is known.
CELTIC_LETTERS = re.compile(r"[ŵŷŴŶàèìòùÀÈÌÒÙ]")
LANGUAGE_CONFIDENCE = 0.5  # the identifier's share for the other language, over English
# For two or three words the identifier guesses more: an English slip after a short word ("our
# gardners", 0.58 Breton) must not pass for another language, a Gaelic greeting ("Mòran taing",
# 0.99) does.
RUN_CONFIDENCE = 0.8


def _other_languages(text: str, sentence_spans, own: set[str]) -> list[tuple[int, int]]:
    """Clauses written in Welsh, Gaelic or another language of these islands: left to that
    language, not checked word by word as English. The identifier only runs on a clause with a
    word English does not know, so an English post never loads it."""
    spans = []
    # Each distinct word asked once per post: a run-on post repeats a handful of words thousands
    # of times ('Mr Mrs Dr Cllr ' x 6,700 took 0.6 s asking each again).
    known_words: dict[str, bool] = {}

    def is_plain_english(word: str) -> bool:
        if word not in known_words:
            known_words[word] = _plain_english(word, own)
        return known_words[word]

    for s_start, s_end in sentence_spans or [(0, len(text))]:
        position = s_start
        for piece in [*CLAUSE_BREAK.finditer(text, s_start, s_end), None]:
            c_start, c_end = position, (piece.start() if piece else s_end)
            position = piece.end() if piece else s_end
            clause = text[c_start:c_end]
            words = list(WORD.finditer(clause))
            known = [is_plain_english(w.group()) for w in words]
            if len(words) < 2 or all(known) and not CELTIC_LETTERS.search(clause):
                continue
            if _mostly_unknown(words, known):
                spans.append((c_start, c_end))
                continue
            label, confidence = _british.language(clause)
            if label != "en" and confidence >= LANGUAGE_CONFIDENCE:
                spans.append((c_start, c_end))
                continue
            # An English clause with a greeting or phrase of another language inside ("Mòran taing to
            # all staff", "Meal ur naidheachd to our singers"): each run of words English does not
            # know (short words between them kept) is asked about on its own.
            for r_start, r_end in _unknown_runs(words, known):
                label, confidence = _british.language(clause[r_start:r_end])
                if label != "en" and confidence >= RUN_CONFIDENCE:
                    spans.append((c_start + r_start, c_start + r_end))
    return spans


# A clause whose ordinary words are mostly unknown to English is in another language, whichever it
# is: Bengali, Urdu or Punjabi written in Latin letters, Somali, Yoruba, which the identifier does
# not know ("Robibar shokal 9ta theke Idea Store khola thakbe"). Counted over lower-case words, as
# names are unknown in any language, and not counting text speak, which is English's ("pls", "abt").
# An English clause with slips has a few unknown words among more known ones: more than half.
FOREIGN_UNKNOWN_WORDS, FOREIGN_UNKNOWN_SHARE = 3, 0.5


def _mostly_unknown(words, known) -> bool:
    ordinary = [(w.group(), k) for w, k in zip(words, known) if not w.group()[:1].isupper()]
    unknown = [w for w, k in ordinary if not k and w.lower() not in _text_words()]
    return len(unknown) >= FOREIGN_UNKNOWN_WORDS and len(unknown) > FOREIGN_UNKNOWN_SHARE * len(ordinary)


def _other_language_tag(parts: list[str]) -> bool:
    """A CamelCase hashtag whose words, read as a phrase, are Welsh or Gaelic (asked only when
    one of them is a word English does not know)."""
    if all(_plain_english(p, set()) for p in parts if p.isalpha()):
        return False
    label, confidence = _british.language(" ".join(parts))
    return label != "en" and confidence >= RUN_CONFIDENCE


def _unknown_runs(words, known) -> list[tuple[int, int]]:
    """Runs of two or more words, each unknown to English or of three letters or fewer, holding
    at least one unknown word of four letters or more (a short unknown word alone is text-speak)."""
    runs, current = [], []
    for word, is_known in [*zip(words, known), (None, True)]:
        if word is not None and (not is_known or len(word.group()) <= 3 or CELTIC_LETTERS.search(word.group())):
            current.append((word, is_known))
            continue
        while current and current[-1][1] and not CELTIC_LETTERS.search(current[-1][0].group()):
            current.pop()  # a run ends on an unknown word, not on "to" or "a" (it may start on "ur", "an")
        if len(current) >= 2 and any(not k and len(w.group()) >= 4 for w, k in current):
            runs.append((current[0][0].start(), current[-1][0].end()))
        current = []
    return runs


def _plain_english(word: str, own: set[str]) -> bool:
    low = word.lower().strip("'’-")
    return not low.isalpha() or low in own or _known_or_in_use(low)


@lru_cache(maxsize=WORDS_REMEMBERED)
def _known_or_in_use(low: str) -> bool:
    """Asked of nearly every word of every post: words repeat from post to post, so each is
    looked up in the lexicon and the frequencies once per process."""
    return _british.is_known(low) or _british.in_real_use(low)


def _words(text: str, skip: list[tuple[int, int]]):
    """(start, end, word) for each word of prose, including the words inside CamelCase hashtags."""
    skipped = SpanSet(skip)
    for match in WORD.finditer(text):
        start, end = match.span()
        if start not in skipped:
            yield start, end, match.group()
    for match in HASHTAG.finditer(text):
        tag = match.group(1)
        parts = _camel_parts(tag)
        if len(parts) > 1 and _other_language_tag([word for _, _, word in parts]):
            continue  # #HafGwynedd, #CeadMileFailte: a tag in Welsh or Gaelic
        if len(parts) > 1:  # one-word and all-lower tags are names or run-together: left alone
            base = match.start(1)
            for start, end, word in parts:
                if word.isalpha():
                    # Inside a tag every part is capitalised; judge it as a lower-case word unless it
                    # is a known name.
                    yield base + start, base + end, "#" + word


def _camel_parts(tag: str) -> list[tuple[int, int, str]]:
    """The words of a CamelCase tag. Capitals before a lower-case run are read as initials and a
    word ("#ITcrowd": IT, crowd) when the capital and the run are no word and the run alone is one;
    otherwise the last capital opens the word ("#NHSWales": NHS, Wales)."""
    parts = [(m.start(), m.end(), m.group()) for m in CAMEL.finditer(tag)]
    for i in range(1, len(parts)):
        (s0, e0, before), (s1, e1, word) = parts[i - 1], parts[i]
        if e0 == s1 and before.isupper() and before.isalpha() and word[:1].isupper() and word[1:].islower() \
                and len(word) > 3 and not _plain_english(word, set()) and _plain_english(word[1:], set()):
            parts[i - 1], parts[i] = (s0, e0 + 1, before + word[0]), (s1 + 1, e1, word[1:])
    return parts


def _names(doc) -> tuple[set[int], set[int]]:
    """Character offsets of tokens spaCy sees as names: (proper nouns or entities, entities)."""
    if doc is None:
        return set(), set()
    entities = {tok.idx for ent in doc.ents if ent.label_ in NAME_ENTITIES for tok in ent}
    return {tok.idx for tok in doc if tok.pos_ == "PROPN"} | entities, entities


def _named_elsewhere(text: str, word: str, starts: set[int]) -> bool:
    """The post writes the word capitalised mid-sentence somewhere too ("Pingles will close" after
    "the Pingles Leisure Centre"): a name. Asked only of an unknown word opening a sentence."""
    pattern = re.compile(r"(?<![\w'’-])" + re.escape(word) + r"(?![\w'’-])")
    return any(m.start() not in starts for m in pattern.finditer(text))


# Spaces right after an emoji (or its variation selector or joiner): found from the spaces, so a run
# of 100,000 emoji is one pass, not a rescan from each of them.
AFTER_EMOJI = regex.compile(r"(?<=[\p{Extended_Pictographic}\p{Regional_Indicator}\uFE0F\u200d])\s+")


def _sentence_starts(view) -> set[int]:
    starts = {0}
    starts.update(m.end() for m in re.finditer(r"[.!?:…]['\"”’)]*\s+|\n\s*|^\W+", view.text))
    starts.update(start for start, _ in view.sentences)
    # An emoji ends a sentence the way a full stop does ("... all weekend 🥧 Definitely worth it").
    starts.update(m.end() for m in AFTER_EMOJI.finditer(view.text))
    # The first word after leading quotes, emoji or "RT @x:" counts as starting a sentence.
    return starts


# Letters of Polish, Lithuanian, Latvian, Czech, Romanian, Turkish and Hungarian, and the ø of
# Norwegian, Danish and Shetland dialect spelling ("shø kens"), that English never
# borrows (unlike é, ü or ç in café, über, façade): a word with one is another language's, and a
# short line of it ("Ważne:") is too short for the language identifier to say so.
# Matched by case, not ignoring it: the dotless ı of Turkish folds to i.
NOT_ENGLISH_LETTER = re.compile(r"[ąćęłńśźżėįųūčšžřůěőűğşțăāēīķļņıøĄĆĘŁŃŚŹŻĖĮŲŪČŠŽŘŮĚŐŰĞŞȚĂĀĒĪĶĻŅØ]")


DROPPED_G = re.compile(r"in['’]$")
ROAD = re.compile(r"[MA]\d{1,4}")  # a motorway or A road: capital letter, then its number


@lru_cache(maxsize=WORDS_REMEMBERED)
def _plainly_right(word: str) -> bool:
    """A lower-case word of letters that _judge below would pass: known as written, and neither
    text speak, an American form, a plural slip nor stretched out ("sooo")."""
    return (word not in _text_words() and not ELONGATED.search(word) and _british_word(word) is None
            and _plural_slip(word) is None and (_british.is_known(word) or _is_place(word)))


def _judge(text, start, end, word, own, names, starts):
    if len(word) > 1 and word.isalpha() and word.islower() and _plainly_right(word):
        return None  # most words of most posts: answered once per process
    in_tag = word.startswith("#")
    word = word.lstrip("#")
    low = word.lower()
    if low in own or any(ch.isdigit() for ch in word):
        return _text_language_digits(text, start, end, low)
    if len(word) == 1:
        # Only a letter standing alone: not the u of f.u.c.k, u-turn or R&B.
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        alone = before not in ".-/&'’" and (after not in ".-/&'’" or after == "." and text[end + 1:end + 2] in ("", " ", "\n"))
        return _text_language(start, end, word) if word in {"u", "r"} and alone else None
    if ELONGATED.search(word):
        return None  # "Sooo", "Fuuuck": deliberate, not a slip of spelling
    if NOT_ENGLISH_LETTER.search(word):
        return None  # "Ważne", "parką": a letter no English word is written with
    found = _text_language(start, end, word) if not in_tag else None
    if found:
        return found
    if word.isupper() or sum(c.isupper() for c in word) > max(1, sum(c.islower() for c in word)):
        return None  # acronyms (TfGM, PhD) and shouting are plain_english's business
    if not in_tag and re.search(r"[a-z][A-Z]", word):
        return None  # "FitHub", "iPhone": a capital inside the word makes it a brand's name
    bare = re.sub(r"['’]s?$", "", word)
    if (DROPPED_G.search(word) or word.endswith("in") and text[end:end + 1] in ("'", "’")) \
            and _british.is_known(bare.lower() + "g"):
        return None  # "bleedin'", "nothin'": the apostrophe says the g was dropped on purpose
    capital = word[0].isupper() and not in_tag
    first = start in starts or _after_opening(text, start, starts)
    if capital and not first and _in_proper_name(text, start, end, starts):
        return None  # "World Health Organization", "Lincoln Center": a name, spelt as its owner does
    if capital and first and _before_place_word(text, end):
        return None  # "Callendar Park", "Glenurquhart Road" opening a sentence: a place's own spelling
    british = _british_word(bare)
    if british and capital and _is_place(bare):
        british = None  # Devizes is a town, not "devize" spelt the American way
    if british:
        repl = _match_case(british, bare) + word[len(bare):]
        return Hit("american", start, end, {"word": word, "british": repl}, replacement=repl)
    plural = None if capital or low in own else _plural_slip(bare.lower())
    if plural:
        return _misspelling(start, end, word, bare, plural, True)
    if _known(bare, low, own):
        return None
    listed = bare.lower() in _british.lexicon().misspellings
    if capital:
        # A capitalised unknown word is usually a name (people, streets, businesses). It is a
        # misspelling when codespell lists it (unless spaCy sees a person or place there, mid-
        # sentence), or when it opens a sentence and nothing says it is a name.
        if listed and (first or start not in names[1]) and not APPOSITION.match(text, end):
            return _misspelling(start, end, word, bare, *_british.suggest(bare))
        calendar_word = _calendar_slip(bare)
        if calendar_word:  # "Feburary", "Wedensday": the capital is the month's or the day's, not a name's
            return _misspelling(start, end, word, bare, calendar_word, False)
        if not first or start in names[0] or _is_place(bare) or _named_elsewhere(text, bare, starts) \
                or APPOSITION.match(text, end):
            return None  # ... or a name introduced by what it is ("Tigger, a ginger tom")
    if listed:  # codespell's common misspellings: wrong however often people write them
        return _misspelling(start, end, word, bare, *_british.suggest(bare))
    # Unknown to the lists: a slip only when it is rare in real usage and a close, much more
    # frequent word exists (the noisy channel); otherwise a word of current English or a name.
    if _in_real_use(bare) or _dialect_form(bare.lower()):
        return None
    short = None if capital else _british.vowels_dropped(bare.lower())
    if short:
        return _text_finding(start, end, word, short)  # "this wkend": weekend with its vowels left out
    meant, gap = _british.likely_meant(bare)
    if meant is not None and not capital and _british.is_only_a_name(meant) and meant.lower() not in CALENDAR_WORDS \
            and not _typing_slip(bare.lower(), meant.lower()):
        return None  # "bostin" is no slip for Boston: a lower-case word with another vowel is not a name mistyped ("chrismas" is)
    if meant is None or gap < _british.MUCH_MORE_FREQUENT and not _never_written(bare, meant) \
            and not (gap >= TYPING_SLIP_GAP and _typing_slip(bare.lower(), meant.lower())):
        return None
    return _misspelling(start, end, word, bare, meant, False)


# Slips of typing are far likelier than other edits (Kernighan, Church and Gale's channel counts):
# two letters swapped inside a word (hosptial) or a consonant dropped from a cluster or a double
# letter (chrismas, alergic). For these a smaller frequency gap makes the common word the likelier
# meaning; dialect spells a vowel or an ending differently (gurt, saft, heid, rowies), which these
# edits never are. Chosen on the read writers: 2.0 and 3.0 fixed 4 and 2 posts, and lost none.
TYPING_SLIP_GAP = 2.5
VOWELISH = "aeiouwy"
VOWELS = "aeiou"


def _typing_slip(low: str, meant: str) -> bool:
    """`low` is `meant` with two inner letters swapped, with a consonant dropped beside another, or
    with a vowel dropped beside another vowel (dialect changes a vowel; it does not drop one of two)."""
    if len(low) < 5:
        return False
    if len(low) == len(meant):
        diff = [i for i, (a, b) in enumerate(zip(low, meant)) if a != b]
        return (len(diff) == 2 and diff[1] == diff[0] + 1 and diff[0] > 0
                and low[diff[0]] == meant[diff[1]] and low[diff[1]] == meant[diff[0]])
    if len(low) + 1 == len(meant):
        for i in range(1, len(meant) - 1):
            if meant[:i] + meant[i + 1:] == low:
                if meant[i] in VOWELS:  # a vowel dropped from a pair of them: delic(i)ous, rec(e)ipt
                    return meant[i - 1] in VOWELS or meant[i + 1] in VOWELS
                return meant[i] not in VOWELISH and (meant[i - 1] not in VOWELISH or meant[i + 1] not in VOWELISH)
    return False


def _never_written(bare: str, meant: str) -> bool:
    """wordfreq has never seen the word in its billions of words of English, and one edit turns it
    into a word in real use: however frequent that word is, no one writes the slip on purpose."""
    return (_british.frequency(bare.lower()) == 0.0 and _british.in_real_use(meant)
            and _british.one_edit_apart(bare.lower(), meant.lower()))


CALENDAR_WORDS = frozenset(name.lower() for name in (*calendar.month_name[1:], *calendar.day_name))


def _calendar_slip(bare: str) -> str | None:
    """A capitalised word one edit from a month or a day of the week (and itself no known word)."""
    low = bare.lower()
    if len(low) < 5 or low in CALENDAR_WORDS or _british.is_known(low):
        return None
    meant = _british.one_edit_from_any(low, CALENDAR_WORDS)
    return meant.capitalize() if meant else None


def _plural_slip(low: str) -> str | None:
    """English writes a consonant and y as -ies before an s (ceremonies, families, subsidies):
    an unknown word in -ys whose -ies form is known is that slip, however rare wordfreq finds it.
    (After a vowel -ys is right: days, valleys, journeys.)"""
    if len(low) < 5 or not low.endswith("ys") or low[-3] in "aeiouy":
        return None
    meant = low[:-2] + "ies"
    return meant if _british.is_known(meant) else None


@lru_cache(maxsize=1)
def _dialect_sounds() -> tuple[tuple[re.Pattern, str], ...]:
    return tuple((re.compile(row["written"]), row["standard"]) for row in wordlists.rows("dialect_spellings.csv"))


def _dialect_form(low: str) -> bool:
    """A Scots or Northern spelling of a vowel (dialect_spellings.csv): written the standard way,
    the word is one English knows ("oot", "cooncil", "blawn", "tae"). A slip of typing changes a
    letter anywhere; dialect changes these vowels, the same way every time."""
    for pattern, standard in _dialect_sounds():
        for match in pattern.finditer(low):
            if _british.is_known(low[:match.start()] + standard + low[match.end():]):
                return True
    return False


def _in_real_use(word: str) -> bool:
    """wordfreq knows the word (or, hyphenated, each part) as one English writers use."""
    parts = [p for p in re.split(r"[-'’]", word) if p] if re.search(r"[-'’]", word) else [word]
    if _british.in_real_use(word.replace("’", "'")):
        return True
    return len(parts) > 1 and all(len(p) < 3 or _british.is_known(p) or _british.in_real_use(p) for p in parts)


def _misspelling(start, end, word, bare, suggestion, certain):
    if suggestion:
        repl = _match_case(suggestion, bare) + word[len(bare):]
        return Hit("misspelling", start, end, {"word": word, "suggestion": repl}, replacement=repl if certain else None)
    return Hit("misspelling", start, end, {"word": word, "variant": "unknown"})


def _known(bare: str, low: str, own: set[str]) -> bool:
    lowbare = bare.lower()
    if lowbare in own or _british.is_known(lowbare) or _is_place(bare):
        return True
    if "-" in bare:  # fly-tipped, e-scooters, Clitheroe-born: every part must be right
        parts = [p for p in bare.split("-") if p]
        return all(len(p) == 1 or p.lower() in own or _british.is_known(p) or _is_place(p)
                   or (p[0].isupper() and p[1:].islower()) for p in parts)
    return False


def _british_word(word: str) -> str | None:
    """The British form if `word` (or each part of a hyphenated word) is an American spelling."""
    parts = word.split("-")
    fixed = [_british.american_to_british(p) if len(p) > 1 else None for p in parts]
    if not any(fixed):
        return None
    return "-".join(f or p for f, p in zip(fixed, parts))


def _is_place(word: str) -> bool:
    return word.lower() in _british.lexicon().places


def _after_opening(text: str, start: int, starts: set[int]) -> bool:
    """True when only quotes, brackets, emoji or an 'RT @x:' stand between a sentence start and here."""
    head = text[max(0, start - 40):start]
    return bool(re.search(r"(?:^|[.!?:]\s+|\n)[^\w\s]*\s*$", head)) or start - 1 in starts


FUNCTION_WORD_ZIPF = 5.5  # wordfreq: the 7.7, our 6.6, this 7.0; reading 5.0, bath 4.6


def _in_proper_name(text: str, start: int, end: int, starts: set[int]) -> bool:
    if re.match(r"\s+(?:of\s+(?:the\s+)?)?[A-Z]", text[end:end + 12]):
        return True  # a capitalised word after: a name whatever comes before (asked first: cheaper)
    window = max(0, start - 40)
    before = re.search(r"([A-Z][\w'’-]*)\s+$", text[window:start])
    # A very frequent word with a capital only because it opens the sentence ("The", "Our",
    # "This"; not "Reading" or "Bath") is not part of a name: "The Goverment's plans" is a slip,
    # "Lincoln Center" a name.
    if before and window + before.start(1) in starts and _british.frequency(before.group(1).lower()) >= FUNCTION_WORD_ZIPF:
        before = None
    return bool(before)


PLACE_WORD_AFTER = re.compile(r"[ \t]+([A-Z][a-z]+)\b")


def _before_place_word(text: str, end: int) -> bool:
    """The next word is a capitalised place-name element (Park, Road, Glen, Bottom)."""
    following = PLACE_WORD_AFTER.match(text, end)
    return bool(following) and places.is_toponym_word(following.group(1).lower())


def _match_case(new: str, old: str) -> str:
    if old.isupper() and len(old) > 1:
        return new.upper()
    if old[:1].isupper():
        return new[:1].upper() + new[1:]
    return new


@lru_cache(maxsize=1)
def _text_words() -> dict[str, str]:
    return {row["short"]: row["full"] for row in wordlists.rows("text_language.csv")}


def _text_language(start, end, word):
    low = word.lower()
    full = _text_words().get(low)
    if full is None or (len(low) == 1 and word != low):
        return None
    return _text_finding(start, end, word, full)


def _text_finding(start, end, word, full):
    if full.startswith("("):
        return Hit("text-language", start, end, {"word": word, "variant": "remove"})
    repl = _match_case(full, word) if word[:1].isupper() else full
    return Hit("text-language", start, end, {"word": word, "full": repl}, replacement=repl)


def _text_language_digits(text, start, end, low):
    if ROAD.fullmatch(text[start:end]):
        return None  # the M8 and the A1 are roads, not "mate" and text speak
    if low in _text_words():
        return _text_finding(start, end, text[start:end], _text_words()[low])
    if low not in {"2", "4"}:
        return None
    if re.match(r"[\d.,:%/£$-]|\s*(?:am|pm|st|nd|rd|th|x|-|–)\b", text[end:end + 3]) or \
            re.search(r"[\d.,:£$/–—-]\s*$", text[max(0, start - 2):start]):  # "Cotham Hill Deli – 4": a score
        return None
    prev = re.findall(r"[\w']+", text[max(0, start - 30):start].lower())[-1:] or [""]
    nxt = re.findall(r"[\w']+", text[end:end + 30].lower())[:1] or [""]
    prev, nxt = prev[0], nxt[0]
    if prev in NUMBER_PREV:
        return None
    if low == "4" and (nxt in FOR_NEXT or prev in FOR_PREV):
        return _text_finding(start, end, "4", "for")
    if low == "2" and (nxt in TO_NEXT or prev in TO_PREV):
        return _text_finding(start, end, "2", "to")
    return None


SLIP_WORDS = frozenset({"there", "their", "its", "were", "ca", "wo", "who"})  # the only words the rules below read
EXISTENTIAL_BEFORE = {"is", "are", "was", "were", "isn't", "aren't", "wasn't", "weren't", "'s", "’s", "be", "been"}


def _slips_by_grammar(doc, skip, text: str):
    """Real-word slips that the parts of speech around them give away (spaCy's tags):
    "there" before a noun ("on there way") is "their", before an -ing verb ("there doing a deal")
    "they're"; "their" before a verb of being, "to" or the end of a clause ("their is", "are their
    to help") is "there"; "its" before "not", an article or an adjective ("its not hard") is "it's".
    `text` is the doc's text (doc.text is rebuilt from every token on each call)."""
    if doc is None:
        return
    skipped = SpanSet(skip)
    for token in doc:
        low = token.lower_
        if low not in SLIP_WORDS or token.idx in skipped or token.i + 1 >= len(doc):
            continue  # (most tokens: their neighbours, made into tokens, were a tenth of the check)
        following = doc[token.i + 1]
        if token.text[:1].isupper() and not token.is_sent_start:
            continue  # capitalised mid-sentence, part of a name: "Over There Books", "Bean There café"
        previous = doc[token.i - 1].lower_ if token.i else ""
        right = None
        if low == "there" and previous not in EXISTENTIAL_BEFORE:
            # a word: the small model tags an emoji after "there" ("get down there 🍽️") as a noun
            if following.pos_ == "NOUN" and following.is_alpha and following.tag_ != "VBG" and not following.ent_type_ and \
                    following.lower_ not in ("yesterday", "today", "tomorrow", "tonight", "now", "too"):
                right = "their"
            elif following.tag_ == "VBG":
                right = "they're"
            elif following.pos_ == "ADJ" and following.is_alpha and token.i + 2 < len(doc) \
                    and doc[token.i + 2].tag_ in ("NN", "NNS") and not doc[token.i + 2].ent_type_:
                right = "their"  # "log in to there online accounts": an adjective and a plural noun
        elif low == "their" and _not_a_possessive(doc, following):
            right = "there"
        # ("own" follows only a possessive: "on its own." is right, however the clause ends.)
        elif low == "its" and (following.lower_ == "not" or following.pos_ == "DET" and following.tag_ != "PRP$"
                               or following.pos_ == "ADJ" and following.lower_ != "own" and _ends_phrase(doc, following.i)):
            right = "it's"
        elif low == "were" and token.is_sent_start and (following.tag_ in ("VBG", "VBN", "JJ") or following.tag_ == "RB"
                                                         and token.i + 2 < len(doc) and doc[token.i + 2].tag_ in ("VBG", "VBN", "JJ")) \
                and not doc[token.i:].sent.text.rstrip().endswith("?"):
            right = "we're"  # "Were gutted.", "Were reviewing the footage": a statement, not a question
        elif low == "who" and following.lower_ in ("'s", "’s") and token.i + 3 < len(doc) \
                and doc[token.i + 2].pos_ in ("NOUN", "PROPN") and doc[token.i + 2].is_alpha \
                and doc[token.i + 3].pos_ in ("AUX", "VERB") and doc[token.i + 3].tag_ != "VBG":
            right, following_end = "whose", following.idx + len(following.text)
        end = token.idx + len(token.text)
        if right == "whose":
            end = following_end  # "who's ADHD hasn't stopped him": the possessive, whose
        if low in ("ca", "wo") and following.lower_ == "nt" and following.idx == end and \
                token.i + 2 < len(doc) and doc[token.i + 2].tag_ == "VB":
            right, end = low + "n't", following.idx + 2  # "Cant believe", "wont take": spaCy splits ca|nt
        if right:
            word = text[token.idx:end]
            repl = _match_case(right, word)
            why = {"their": "'their' (belonging to them) is meant.", "there": "'there' (in that place, or 'there is') is meant.", "they're": "'they're' (they are) is meant.",
                   "it's": "'it's' (it is) is meant.", "we're": "'we're' (we are) is meant.",
                   "can't": "'can't' (cannot) is meant.", "won't": "'won't' (will not) is meant.",
                   "whose": "'whose' (belonging to whom) is meant."}[right]
            yield Hit("word-choice", token.idx, end,
                      {"word": word, "british": repl, "right": repl, "why": why, "variant": "context"}, replacement=repl)


# What never follows the possessive "their" directly: a verb of being, the "to" of an infinitive,
# or the end of the clause.
NOT_AFTER_THEIR = frozenset({"is", "are", "was", "were", "will", "to"})


def _not_a_possessive(doc, following) -> bool:
    if following.lower_ in NOT_AFTER_THEIR:
        # "their to-do list": a hyphenated word starts there
        return not (following.i + 1 < len(doc) and doc[following.i + 1].text == "-" and doc[following.i + 1].idx == following.idx + len(following))
    return following.is_punct and following.text in ".,!?;:"


def _ends_phrase(doc, i: int) -> bool:
    """The adjective ends the clause ("its not hard.", "its great to see") rather than describing a
    noun ("its new hours", "its rough, scrubby ground")."""
    if doc[i].tag_ != "JJ":
        return False  # "at its best", "its finest": a superlative after "its" is the possessive
    return i + 1 >= len(doc) or doc[i + 1].lower_ in (".", "!", "?", "to", "that", "when", "if", "and", "but")


@lru_cache(maxsize=1)
def _context_rows():
    """American spellings that are British words in another sense, and real-word slips."""
    rules = []
    for row in _british.lexicon().context:
        rules.append(("american", row["word"], row["british"], row["when"], row["after"], row["unless"], ""))
    for row in wordlists.rows("confusables.csv"):
        rules.append(("word-choice", row["word"], row["right"], row["before"], row["after"], "", row["why"]))
    return rules


def _word_pattern(word: str) -> str:
    return r"\b" + re.escape(word) + r"\b"


@lru_cache(maxsize=1)
def _context_rules():
    """The context rules as regexes, compiled the first time a post holds one of their words."""
    compiled = []
    for rule, word, right, when, after, unless, why in _context_rows():
        compiled.append((
            rule, right, why,
            re.compile(_word_pattern(word), re.IGNORECASE),
            re.compile(when + ("" if when.endswith("$") else r"$")) if when else None,
            re.compile(after, re.IGNORECASE) if after else None,
            re.compile(unless) if unless else None,
        ))
    return compiled


@lru_cache(maxsize=1)
def _any_context_word() -> re.Pattern:
    """Every context rule's word as one pattern: most posts hold none, and one scan then
    replaces a scan per rule."""
    return any_pattern(_word_pattern(word) for _, word, _, _, _, _, _ in _context_rows())


def _context_findings(text, skip):
    if not _any_context_word().search(text):
        return
    done = set()  # a word may have several context rows: one finding each
    skipped = SpanSet(skip)
    for rule, right, why, pattern, when, after, unless in _context_rules():
        for match in pattern.finditer(text):
            start, end = match.span()
            if (start, end) in done or start in skipped:
                continue
            if when and not when.search(text[max(0, start - 40):start]):
                continue
            if after and not after.match(text, end):
                continue
            if unless and unless.search(text[max(0, start - 60):end + 60]):
                continue
            done.add((start, end))
            word = match.group()
            repl = _match_case(right, word)
            args = {"word": word, "british": repl, "right": repl, "why": why, "variant": "context"}
            yield Hit(rule, start, end, args, replacement=repl)
