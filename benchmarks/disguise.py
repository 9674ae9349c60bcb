"""How many disguised swear words the profanity check catches, and how many manifesto sentences it flags.

    python benchmarks/disguise.py [--show N]

25 common swear words and insults, each written in 34 kinds of disguise (masks in any letter,
dashes, digits and symbols, emoji inside, spaced and dotted letters, look-alike and hidden
characters, common misspellings, repeated letters, upper case) and put in a council-style
sentence. A variant counts as caught when the check reports a finding over its words.
Then every sentence of the 2010 Conservative, Labour and Liberal Democrat manifestos
(../shared/realdata/uk_manifesto_sentences_2010.csv, 3,444 sentences of formal political
English) is checked: none should be flagged. Target: at least 97% caught, 0 manifesto hits.
"""
from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from checker.config import Config  # noqa: E402
from checker.model import Post  # noqa: E402
from checker.pipeline import Pipeline  # noqa: E402

SHARED = Path(__file__).resolve().parents[2] / "shared"
WORDS = ("fuck", "fucking", "shit", "shite", "cunt", "twat", "wanker", "bollocks", "bastard", "bellend",
         "dickhead", "arsehole", "prick", "knobhead", "tosser", "bitch", "arse", "piss", "crap", "bloody",
         "git", "prat", "slag", "pillock", "sod")
VOWELS = "aeiou"
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}
SENTENCES = ("Some {w} has dumped a mattress on Park Road again.",
             "{w} – the bins were missed for the third week running!",
             "Honestly, what a {w} this week has been for the crews.")


def first_vowel(word: str) -> int:
    return next((i for i, c in enumerate(word) if c in VOWELS), 1)


def replace_at(word: str, index: int, new: str) -> str:
    return word[:index] + new + word[index + 1:]


def disguises(word: str) -> dict[str, str]:
    v = first_vowel(word)
    vowels = [i for i, c in enumerate(word) if c in VOWELS]
    out = {
        "star for first vowel": replace_at(word, v, "*"),
        "star for every vowel": "".join("*" if c in VOWELS else c for c in word),
        "star for first letter": "*" + word[1:],
        "stars after first letter": word[0] + "*" * (len(word) - 1),
        "hash for vowel": replace_at(word, v, "#"),
        "at sign for vowel": replace_at(word, v, "@"),
        "dash for vowel": replace_at(word, v, "-"),
        "underscore for vowel": replace_at(word, v, "_"),
        "question mark for vowel": replace_at(word, v, "?"),
        "dot for vowel": replace_at(word, v, "."),
        "digits for letters": "".join(LEET.get(c, c) for c in word),
        "one digit for a letter": next((replace_at(word, i, LEET[c]) for i, c in enumerate(word) if c in LEET), word + "!"),
        "exclamation for i": word.replace("i", "!") if "i" in word else replace_at(word, v, "!"),
        "dollar for s": word.replace("s", "$") if "s" in word else replace_at(word, v, "*"),
        "emoji for vowel": replace_at(word, v, "💩"),
        "emoji inside": word[:2] + "🤬" + word[2:],
        "spaced letters": " ".join(word),
        "dotted letters": ".".join(word),
        "dashed letters": "-".join(word),
        "repeated vowel": word[:v] + word[v] * 4 + word[v + 1:],
        "repeated last letter": word + word[-1] * 3,
        "upper case": word.upper(),
        "capitalised": word.capitalize(),
        "zero-width space inside": word[:2] + "\u200b" + word[2:],
        "soft hyphen inside": word[:2] + "\u00ad" + word[2:],
        "Cyrillic look-alike": word.translate(str.maketrans({"a": "а", "o": "о", "e": "е", "c": "с", "p": "р"})) if any(c in "aoecp" for c in word) else word.upper().replace(word.upper()[0], "Ⅽ" if word[0] == "c" else word.upper()[0], 1),
        "full-width letters": "".join(chr(ord(c) + 0xFEE0) for c in word),
        "vowels dropped": "".join(c for i, c in enumerate(word) if c not in VOWELS or i == 0) if len(vowels) >= 1 and len(word) > 3 else replace_at(word, v, "*"),
        "y for i": word.replace("i", "y") if "i" in word else replace_at(word, v, "*"),
        "ph for f, ck to q": word.replace("ck", "q").replace("f", "ph") if ("ck" in word or "f" in word) else replace_at(word, v, "#"),
        "two masks": replace_at(replace_at(word, v, "*"), len(word) - 1, "*") if len(word) > 3 else replace_at(word, v, "*"),
        "bold maths letters": "".join(chr(0x1D41A + ord(c) - 97) if c.isalpha() else c for c in word),
        # letters drawn as emoji: regional indicators (🇫 🇺 ...) and negative squared capitals (🅵🆄...)
        "regional-indicator letters": " ".join(chr(0x1F1E6 + ord(c) - 97) for c in word),
        "squared emoji letters": " ".join(chr(0x1F170 + ord(c) - 97) for c in word),
    }
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--show", type=int, default=20, help="print this many misses and manifesto hits")
    args = parser.parse_args()
    pipeline = Pipeline(Config(), checks=["profanity"])
    cases = []
    for i, word in enumerate(WORDS):
        for kind, variant in disguises(word).items():
            sentence = SENTENCES[(i + len(cases)) % len(SENTENCES)]
            text = sentence.format(w=variant)
            start = text.index(variant)
            cases.append((word, kind, text, start, start + len(variant)))
    results = pipeline.run(Post(text) for _, _, text, _, _ in cases)
    missed = []
    per_kind: dict[str, list[int]] = {}
    for (word, kind, text, start, end), result in zip(cases, results):
        caught = any(f.check == "profanity" and f.start < end and start < f.end for f in result.findings)
        per_kind.setdefault(kind, [0, 0])[0 if caught else 1] += 1
        if not caught:
            missed.append((word, kind, text))
    caught = len(cases) - len(missed)
    print(f"disguised swearing: {caught}/{len(cases)} caught ({caught / len(cases):.1%}); "
          f"{len(WORDS)} words x {len(per_kind)} kinds of disguise (target 97%)")
    for kind, (yes, no) in sorted(per_kind.items(), key=lambda item: -item[1][1]):
        if no:
            print(f"  {kind:28} {yes}/{yes + no}")
    for word, kind, text in missed[: args.show]:
        print(f"  missed {word:10} {kind:26} {text!r}")
    path = SHARED / "realdata" / "uk_manifesto_sentences_2010.csv"
    if not path.exists():
        print(f"(no {path}: manifesto sentences not checked)")
        return
    with path.open(encoding="utf-8") as handle:
        sentences = [row["sentence"] for row in csv.DictReader(handle)]
    flagged = [(r.post.text, [f.text for f in r.findings if f.check == "profanity"])
               for r in pipeline.run(Post(s) for s in sentences)]
    flagged = [(text, words) for text, words in flagged if words]
    print(f"manifesto sentences flagged: {len(flagged)}/{len(sentences)} (target 0)")
    for text, words in flagged[: args.show]:
        print(f"  {words} in {text[:120]!r}")


if __name__ == "__main__":
    main()
