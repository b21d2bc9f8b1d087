"""A claim's statement: the fact it names, in words, apart from the sentence it was read in.

Extraction keeps the whole source sentence as a candidate's statement, so a
reviewer sees the figure in context. A rating covers one fact, though, not a
sentence that may state several ("The quake hit at 9.59pm, 21 km northeast of
Bogo City, at a depth of five kilometres"): accepting a candidate gives it a
statement built from its key and value, such as "Deaths in the Cebu
earthquake: 69" or "Duration of Li Shangfu's Moscow visit: three-day".
Words take the case they have in the article ("Cebu", "Li Shangfu"), so
names read as names; nothing else is guessed.

Pure: key, value and article text in, a statement out.
"""

from __future__ import annotations

import re

# What a figure counts, when it counts what happened in an event ("Deaths in the ..."); other
# attributes measure the subject ("Duration of ...", "Magnitude of ...").
_IN_EVENT = frozenset({
    "deaths", "dead", "killed", "injuries", "injured", "wounded", "casualties", "missing", "displaced", "evacuated",
    "rescued", "hospitalized", "arrests", "arrested", "shot", "victims", "affected", "homeless", "trapped", "damage",
    "losses",
})
_PLAIN_WORDS = {"count": "number", "date": "date", "year": "year"}
_SENTENCE_START = re.compile(r"(?:^|[.!?\n]\s*|[\"\u201c\u2018(]\s*)$")


def _cased(word: str, text: str) -> str:
    """The word as the article writes it where it is not just opening a sentence; lower case otherwise."""
    capitalised = None
    for match in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text, re.IGNORECASE):
        found = match.group(0)
        if found[:1].isupper() and not _SENTENCE_START.search(text[max(0, match.start() - 3):match.start()]):
            capitalised = found
            break
    return capitalised or word.lower()


def _words(segment: str, text: str) -> list[str]:
    words = [word for word in segment.split("-") if word and not word.isdigit()]
    if len(words) > 1:  # a name written whole ("Li Shangfu"), even where it opens a sentence
        phrase = re.search(r"(?<![\w-])" + r"\s+".join(map(re.escape, words)) + r"(?![\w-])", text, re.IGNORECASE)
        if phrase and all(word[:1].isupper() for word in phrase.group(0).split()):
            return phrase.group(0).split()
    return [_cased(word, text) for word in words]


def _is_name(words: list[str]) -> bool:
    return bool(words) and all(word[:1].isupper() for word in words)


def _subject(words: list[str]) -> tuple[str, bool]:
    """The subject in reading order, and whether it is a name: "earthquake Cebu" reads "the Cebu earthquake"."""
    if _is_name(words):
        return " ".join(words), True
    if len(words) > 1 and not words[0][:1].isupper() and _is_name(words[1:]):
        return "the " + " ".join(words[1:] + words[:1]), False
    return "the " + " ".join(words), False


def propose(key: str | None, value: str | None, text: str = "") -> str | None:
    """A statement naming the fact of a claim with this key and value, read in ``text``; None without both."""
    if not key or not value:
        return None
    segments = key.split(".")
    if segments[-1] == "count" and len(segments) > 2:  # "quake.deaths.count": the deaths are what is counted
        segments = segments[:-1]
    if len(segments) < 2:
        return None
    subject_words = _words(segments[0], text)
    if not subject_words:
        return None
    subject, is_name = _subject(subject_words)
    middle = [" ".join(_words(segment, text)) for segment in segments[1:-1]]
    measured = " ".join(_PLAIN_WORDS.get(word, word) for word in _words(segments[-1], text))
    about = subject
    if middle:
        about = (f"{subject}'s " if is_name else f"{subject} ") + " ".join(part for part in middle if part)
    relation = "in" if segments[-1] in _IN_EVENT and not is_name else "of"
    statement = f"{measured[:1].upper()}{measured[1:]} {relation} {about}: {' '.join(value.split())}"
    return statement
