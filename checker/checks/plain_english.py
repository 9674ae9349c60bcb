"""Plain English (Solihull 3.3, 3.5, 6.1): jargon, unexplained abbreviations, hard-to-read text.

Jargon comes from an editable list with a plain alternative for each term; abbreviations are
flagged when residents are unlikely to know them and the post does not spell them out; long
sentences and a low Flesch reading ease are reported with the figure and the target.
"""
from __future__ import annotations

import re
from functools import lru_cache

from checker import wordlists
from checker.model import Hit
from checker.registry import register
from checker.text import lexicon as _british
from checker.text.words import any_pattern

# Postcodes, vehicle registrations, National Insurance numbers and road numbers are capitals
# that are not abbreviations (links, e-mails, handles and hashtags are left out by the view).
CODES = re.compile(
    r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b"  # postcode
    r"|\b[A-Z]{2}\d{2}\s?[A-Z]{3}\b"  # vehicle registration
    r"|\b[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b"  # National Insurance number
    r"|\b[ABM]\d{1,4}(?:\(M\))?\b",  # road number
    re.IGNORECASE,
)
CAPS = re.compile(r"(?<![\w&'’-])([A-Z][A-Za-z0-9&]*[A-Z0-9](?:-19)?)(s|'s|’s)?(?![\w&'’-])")
ROMAN = re.compile(r"[IVXLC]+")
WORDS = re.compile(r"[A-Za-z][A-Za-z'’]*")
SENTENCE_WORDS = re.compile(r"[A-Za-z0-9£][\w'’£.,%/-]*")
GCS_SENTENCE = 25  # Government Communication Service: sentences of 25 words or fewer
PLAIN_TARGET = 60  # Flesch reading ease of 60 or more: plain English, easy for most adults


@register(
    id="plain_english",
    options={
        "known_acronyms": [],
        "allow": [],
        "max_sentence_words": 35,
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


def _in_sense(doc, start: int, sense: str) -> bool:
    """The word used in its jargon sense, by spaCy's tags: `transitive` is a verb with an object
    ("cascade the message to staff"), not a river that cascades over a weir or the cascades of
    a waterfall; any other value is a part of speech. Without a model, every use counts."""
    if not sense or doc is None:
        return True
    for token in doc:
        if token.idx == start:
            if sense == "transitive":
                following = doc[token.i + 1] if token.i + 1 < len(doc) else None
                return token.pos_ == "VERB" and following is not None and following.pos_ in OBJECT_START
            return token.pos_ == sense
    return True


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


def _jargon(post, masked, allow):
    if not _any_jargon().search(masked):
        return
    taken: list[tuple[int, int]] = []
    for term, alternative, severity, pattern, sense in _jargon_patterns():
        if term.lower() in allow:
            continue
        for match in _compiled(pattern).finditer(masked):
            start, end = match.span()
            if any(s < end and start < e for s, e in taken) or not _in_sense(post.doc, start, sense):
                continue
            taken.append((start, end))
            yield Hit("jargon", start, end, {"alternative": alternative}, severity=severity)


# --- abbreviations ----------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _known() -> frozenset[str]:
    return frozenset(word for line in wordlists.lines("acronyms_known.txt") for word in line.split())


@lru_cache(maxsize=1)
def _council() -> dict[str, str]:
    return {row["acronym"].strip(): row["meaning"].strip() for row in wordlists.rows("acronyms_council.csv")}


@lru_cache(maxsize=1)
def _council_write() -> dict[str, str]:
    return {row["acronym"].strip(): (row.get("write") or row["meaning"]).strip()
            for row in wordlists.rows("acronyms_council.csv")}


@lru_cache(maxsize=1)
def _party_forms() -> frozenset[str]:
    """Party short forms from the Electoral Commission's register (SNP, DUP, SDLP): names, known to voters."""
    return frozenset(row["form"] for row in wordlists.rows("parties.csv") if row["form"].isupper())


def _signed_off(text: str, match) -> bool:
    """Initials signing off a post ("– JT", "^KP", "Thanks, AB"): a person, not an abbreviation."""
    return len(match.group(1)) <= 3 and not text[match.end():].strip(" .!") and \
        bool(re.search(r"(?:[-–—^~]|\n|,)\s*$", text[:match.start()]))


def _in_name(masked: str, match) -> bool:
    """Capitals inside a proper name: St Mary's CE Primary, MV Loch Seaforth, the Taff Vale RFC ground."""
    before = re.search(r"([A-Z][\w'’&.-]*)\s+$", masked[max(0, match.start() - 30):match.start()])
    after = re.match(r"\s+([A-Z][a-z][\w'’-]*)", masked[match.end():match.end() + 30])
    return bool(after and (before or match.start() == 0 or masked[:match.start()].rstrip()[-1:] not in ".!?:"))


def _initials_in_post(word: str, text: str) -> bool:
    """The post names what the letters stand for: 'Low Emission Zone ... LEZ'."""
    for run in re.finditer(r"(?:[A-Z][\w'’-]*(?:\s+(?:of|and|for|the|&)\s+|\s+)){1,6}[A-Z][\w'’-]*", text):
        initials = "".join(w[0] for w in re.split(r"[\s-]+", run.group()) if w[:1].isupper())
        if len(word.rstrip("s")) >= 2 and word.rstrip("s") in initials:
            return True
    return False


def _acronyms(post, text, masked, own_known):
    known = _known() | own_known | _party_forms()
    council = _council()
    seen: dict[str, bool] = {}
    for match in CAPS.finditer(masked):
        word = match.group(1)
        if word.isupper() is False and word not in council:
            continue  # mixed case (PhD, ParkPay) is a name or a unit, not an abbreviation
        chunk = re.search(r"\S*$", text[:match.start()]).group() + re.match(r"\S*", text[match.start():]).group()
        if word not in council and word not in known and (any(ch.isdigit() for ch in chunk)
                                                          or re.match(r" ?\d", masked[match.end():match.end() + 2])):
            continue  # letters with digits: a code (TYNE15, CF 88 2219), a route (SL4), a postcode district (SK7)
        if re.fullmatch(r"[A-Z]&[A-Z]", word):
            continue  # P&O, B&B, R&B: a brand or an everyday term written with an ampersand
        if word not in council and len(word) == 2 and _british.is_common_word(word.lower()):
            continue  # NO, ON, UP: an ordinary word in capitals for emphasis
        if word not in council and (_in_name(masked, match) or _signed_off(text, match)):
            continue
        if word not in council and _initials_in_post(word, text):
            continue
        letters = sum(ch.isupper() for ch in word)
        if word in known or (word.rstrip("s") in known) or ROMAN.fullmatch(word):
            continue
        if word not in council and (letters < 2 or word.endswith("-19") or len(word) > 6):
            # One capital, or long: a name, a code (SOLIHULL26) or shouting, not an abbreviation.
            continue
        if word not in council and _shouting(word, masked, match):
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


def _explained(word: str, text: str, meaning: str | None) -> bool:
    """The post spells it out: 'full name (ABC)', 'ABC (full name)', or its meaning appears."""
    if re.search(r"\(\s*" + re.escape(word) + r"s?\s*\)", text):
        return True
    if re.search(re.escape(word) + r"s?\s*\(\s*[a-z][^)]*\s[^)]*\)", text, re.IGNORECASE):
        return True
    if meaning:
        core = re.sub(r"\s*\(.*?\)", "", meaning).lower()
        if core and core in text.lower():
            return True
    return False


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
        all_words += WORDS.findall(part)
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
    import pyphen  # installed with textstat

    return pyphen.Pyphen(lang="en_GB")


@lru_cache(maxsize=1 << 14)
def _syllables(word: str) -> int:
    """pyphen's syllable count of a lower-case word, remembered: a batch repeats its words."""
    return len(_hyphenator().positions(word)) + 1


def reading_ease(words: list[str], sentences: int) -> float:
    """Flesch reading ease, syllables counted by pyphen's hyphenation dictionary.

    textstat's own flesch_reading_ease (0.7.13) fetches NLTK's cmudict over the network on first use
    and fails offline, and postcheck must run offline; so the formula is applied here to pyphen's
    syllable counts (textstat's own fallback for words cmudict lacks).
    """
    syllables = sum(_syllables(w.lower()) for w in words)
    return 206.835 - 1.015 * len(words) / sentences - 84.6 * syllables / len(words)
