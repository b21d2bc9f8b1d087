"""Reading an article for extraction: its sentences and who is named in them (who said it:
see attribution).

Everything is found with rules over the raw text, never with a trained model,
and every position is an offset into the text as stored, so quotes cut from it
anchor exactly. Copy pasted from web pages is messy: sentences run into each
other without a space ("to the Kremlin.Russian news agency"), headlines and
bullets carry no full stop, quotation marks are curly.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from claimtrack.extract import lexicon as lex

# Case-blind matching is slow, so some case-blind patterns are matched lower-cased, case-sensitively,
# over the lower-cased text instead. Letter for letter that is the same test (checked over every code
# point: lower-casing keeps \w, \d and \s, and a case-blind letter matches just what lower-cases to it)
# but for these two, which a case-blind "i" and "s" match too: texts with them are read case-blind.
# Patterns lower-cased must hold no escape that lower-casing changes, such as \S or \D.
CASELESS_ODDITIES = ("ı", "ſ")


@lru_cache(maxsize=None)
def lowered_pattern(pattern: re.Pattern) -> re.Pattern | None:
    """A case-blind ``pattern`` lower-cased, to be matched over a :func:`caseless` text; None where
    lower-casing would change what it says (an escape such as \\S, a part bound to a case, a letter
    that lower-cases to two or that CASELESS_ODDITIES holds)."""
    source = pattern.pattern
    lowered = source.lower()
    if not pattern.flags & re.IGNORECASE or re.search(r"\\[A-Z]|\(\?[a-zA-Z]*-", source) \
            or caseless(source, lowered) is None:
        return None
    return re.compile(lowered, pattern.flags & ~re.IGNORECASE)


def caseless(text: str, lowered: str) -> str | None:
    """``lowered`` (``text.lower()``) where case-blind patterns may be matched over it lower-cased:
    its offsets line up with the text's, and it holds none of the CASELESS_ODDITIES."""
    if len(lowered) != len(text) or any(c in lowered for c in CASELESS_ODDITIES):
        return None
    return lowered


_UPPER = "".join(chr(c) for c in range(0xC0, 0x250) if chr(c).isupper() and chr(c).isalpha())
CAP = f"[A-Z{_UPPER}]"

# Abbreviations after which a full stop does not end the sentence.
_ABBREVIATIONS = {
    "gen", "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "cpl", "maj", "adm",
    "st", "mt", "ft", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "no", "nos", "vs", "v", "jr", "sr", "inc", "ltd", "co", "corp", "dept", "est", "fig", "approx", "rev",
    "hon", "pres", "gens", "messrs", "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m", "d.c", "cf", "al",
}
_TIME_FOLLOWERS = re.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|local|GMT|UTC|ET|EST|EDT|PT|CET|on|in|at)\b"
)

# Where a sentence may end: a full stop (or ! or ?) ...
_STOP = re.compile(r"[.!?]+[\"'”’»)\]]*(?:\s+|(?=[\"“‘«(]?" + CAP + r"))")
# ... or none at all: "... on Sunday the mayor said Rescue teams were ..." (the verb, after a
# lower-case word: see _run_on_cuts). The two never overlap (one starts with a letter, the
# other holds none), so together they are what one pattern with both would find; apart, the
# first is found by its first character, and the second is looked for only in texts with the verbs.
_RUN_ON = re.compile(r"(?:said|says|reported|added)(?= " + CAP + r"[a-z]+ [a-z])")
_BULLET = re.compile(r"[ \t]*(?:[-*•·▪‣◦–—]|\d{1,2}[.)])[ \t]+")
_LOWER_WORD = re.compile(r"(?<![\w'’])[a-z][a-z\-]+\b")


_LOWER_NEXT = re.compile(r"\s*[a-z]")
_SHORT_CAPITAL = re.compile(r"[A-Z][a-z]{1,4}")


class Sentence(NamedTuple):
    index: int
    start: int
    end: int


def split_sentences(text: str) -> list[Sentence]:
    """Sentences as spans of ``text``: lines first (headlines, bullets), then full stops."""
    out: list[Sentence] = []
    pos = 0
    runs_on = " said " in text or " says " in text or " reported " in text or " added " in text
    vocabulary = None  # read from the text at the first run-on cut (few texts have one)
    for line in text.split("\n"):
        line_start = pos
        pos += len(line) + 1
        content_end = len(line.rstrip())
        if not content_end:
            continue
        bullet = _BULLET.match(line)
        offset = bullet.end() if bullet and bullet.end() < len(line) else 0
        cut = offset
        stops = _STOP.finditer(line, offset)
        if runs_on:
            stops = sorted([*stops, *_run_on_cuts(line, offset)], key=lambda m: m.start())
        for match in stops:
            end = match.end()
            if end >= content_end:
                break
            if vocabulary is None and line[match.start()].isalpha():
                vocabulary = _vocabulary(text) if runs_on else frozenset()
            if not _ends_sentence(line, match, vocabulary):
                continue
            _add(out, text, line_start + cut, line_start + end)
            cut = end
        _add(out, text, line_start + cut, line_start + len(line))
    return out


def _run_on_cuts(line: str, offset: int) -> list[re.Match]:
    """The reporting verbs that may end a sentence with no full stop: after a lower-case word."""
    return [m for m in _RUN_ON.finditer(line, offset)
            if m.start() >= 2 and line[m.start() - 1] == " " and "a" <= line[m.start() - 2] <= "z"]


def _ends_sentence(line: str, match: re.Match, vocabulary: frozenset[str] | None) -> bool:
    """Whether a boundary match ends a sentence; ``vocabulary`` is needed (and given)
    only for a run-on cut, one that starts with a letter."""
    stop = match.start()
    if line[stop].isalpha():  # a run-on cut after "said": the next word must be a common word, not a name
        nxt = line[match.end():].split()[:1]
        word = nxt[0].lower() if nxt else ""
        return word in vocabulary or word in _RUN_ON_STARTERS
    start = stop  # the word (letters, digits, dots) right before the stop, at most 30 characters back
    lowest = max(0, stop - 30)
    while start > lowest and (line[start - 1].isalnum() or line[start - 1] in "_."):
        start -= 1
    word = line[start:stop].lower()
    if line[stop] == ".":
        if word.rstrip(".") in _ABBREVIATIONS:
            if word.rstrip(".") in ("a.m", "p.m"):
                # (nor before a word in lower case: "the 6:15 p.m. train")
                return not (_TIME_FOLLOWERS.match(line, match.end()) or _LOWER_NEXT.match(line, match.end()))
            return False
        if _LOWER_NEXT.match(line, match.end()) and _SHORT_CAPITAL.fullmatch(line, start, stop):
            return False  # an abbreviated name before a word in lower case: "Reno, Nev. with his wife"
        if len(word) == 1 and word.isalpha() and not (start and line[start - 1] in "'’"):
            # an initial: "J. Smith" (not a possessive's s: "than the government's. The ministry")
            return False
        if word[-1:].isdigit() and match.end() < len(line) and line[match.end()].isdigit():
            return False  # a decimal such as 3.5 cut by a stray space
    after = line[match.end():match.end() + 1]
    if match.group(0).strip() == match.group(0) and after[:1].islower():
        return False
    return True


# Words that often open a sentence whose full stop went missing ("... the mayor said Rescue teams were ...").
_RUN_ON_STARTERS = {
    "the", "a", "an", "it", "they", "he", "she", "we", "this", "that", "these", "those", "there", "rescue",
    "rescuers", "police", "officials", "authorities", "residents", "witnesses", "emergency", "firefighters",
    "troops", "medics", "doctors", "local", "many", "some", "several", "most", "its", "their", "his", "her",
}


def _add(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end - start >= 2:
        out.append(Sentence(len(out), start, end))


# --- names -------------------------------------------------------------------------

_NAME_TAIL = r"[\w\-]*(?:(?:\.(?=\w)|['’](?!s\b)(?=\w))[\w\-]*)*"  # a name's word after its capital
_NAME_TOKEN = CAP + _NAME_TAIL
# The first capital comes before the look-behind (which still looks at the character before it,
# never a line break): a pattern that opens with a character class is searched for by that class,
# so the search skips to capitals instead of trying the pattern at every character.
_NAME_SEQ = re.compile(
    rf"{CAP}(?<![\w'’].){_NAME_TAIL}\.?"
    rf"(?:[ \u00a0](?:(?:de|da|van|von|der|den|al|el|bin|ibn|le|la|di|du|dos|del|ter)[ \u00a0])?(?:{_NAME_TOKEN})\.?)*"
    # a body named with a possessive inside: "the People's Alliance", "the Workers' Party"
    rf"(?:(?:['’]s|(?<=s)['’])[ \u00a0](?=(?i:{'|'.join(sorted(lex.ORG_WORDS))})\b){_NAME_TOKEN}"
    rf"(?:[ \u00a0]{_NAME_TOKEN})*)?"
    rf"(?:['’]s\b)?"
)
_PRONOUN = re.compile(r"\b(?:he|his|him|himself|she|her|hers|herself)\b")  # over the lower-cased text
_ROLE_REF = re.compile(
    r"\bthe\s+(?:(?:new|former|chinese|russian|american|british|top|defen[cs]e|foreign|prime|deputy|senior|"
    r"[a-z]+-(?:born|based))\s+)*(" + "|".join(sorted((re.escape(r) for r in lex.ROLE_NOUNS), key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)
_ROLE_REF_LOWERED = re.compile(_ROLE_REF.pattern.lower())  # see CASELESS_ODDITIES
_LOCATION_PREPS = {"in", "at", "near", "from", "across", "outside", "inside", "into", "towards", "toward",
                   "around", "throughout", "off", "on", "to", "hit", "struck", "targeting", "over", "of", "against",
                   "through", "rocked", "shook", "battered", "swept"}


@dataclass
class Mention:
    start: int
    end: int
    kind: str  # person, place, org, pronoun
    slug: str | None
    sentence: int
    titled: bool = False


_SLUG_POSSESSIVE = re.compile(r"['’]s\b")
_SLUG_SEPARATOR = re.compile(r"[^a-z0-9]+")


def between_marks(marks: list[tuple[int, int]], pos: int, start: int, end: int) -> tuple[int, int]:
    """The stretch of ``start``..``end`` around ``pos`` that no mark cuts: from the end of the last
    mark before it to the start of the first after it (the marks, as (start, end), in order)."""
    for m_start, m_end in marks:
        if m_end <= pos:
            start = m_end
        elif m_start >= pos:
            end = m_start
            break
    return start, end


@lru_cache(maxsize=8192)
def slugify(words: str) -> str:
    text = unicodedata.normalize("NFKD", words)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = _SLUG_POSSESSIVE.sub("", text)
    text = _SLUG_SEPARATOR.sub("-", text).strip("-")
    return text[:60].strip("-")


def _clean_token(token: str) -> str:
    if token.endswith(("'s", "’s")):
        token = token[:-2]
    return token.rstrip(".")


# Capitalized words that, standing alone, are never a name worth keeping.
_NEVER_ALONE = (lex.NOT_NAMES | lex.TITLES | lex.DEMONYMS) - lex.COUNTRIES


@dataclass
class Document:
    """An article's sentences; names and each sentence's main person are found
    on first use, since most figures (tolls, money, shares) need no person."""

    text: str
    sentences: list[Sentence]
    attributions: dict[int, tuple[str, int, int] | None] = field(default_factory=dict)
    turns: dict[int, list[tuple[int, int]]] = field(default_factory=dict)  # where each sentence turns to a source
    _starts: list[int] = field(default_factory=list)
    _mentions: list[Mention] | None = None
    _by_sentence: dict[int, list[Mention]] = field(default_factory=dict)
    _topic: list[str | None] = field(default_factory=list)
    _main_person: str | None = None

    def _names(self) -> None:
        if self._mentions is None:
            self._mentions = []
            _find_names(self)
            _find_topics(self)

    @property
    def mentions(self) -> list[Mention]:
        self._names()
        return self._mentions

    @property
    def by_sentence(self) -> dict[int, list[Mention]]:
        self._names()
        return self._by_sentence

    @property
    def topic(self) -> list[str | None]:
        self._names()
        return self._topic

    @property
    def main_person(self) -> str | None:
        self._names()
        return self._main_person

    def sentence_at(self, pos: int) -> Sentence | None:
        i = bisect.bisect_right(self._starts, pos) - 1
        if i < 0:
            return None
        s = self.sentences[i]
        return s if s.start <= pos < s.end else None

    def people(self, sentence: int) -> list[Mention]:
        return [m for m in self.by_sentence.get(sentence, ()) if m.kind in ("person", "pronoun")]

    def named(self, sentence: int, kinds=("person",)) -> list[Mention]:
        return [m for m in self.by_sentence.get(sentence, ()) if m.kind in kinds]

    def resolve(self, mention: Mention) -> str | None:
        """The person a mention stands for: pronouns and roles refer back."""
        if mention.kind != "pronoun":
            return mention.slug
        for m in self.by_sentence.get(mention.sentence, ()):
            if m.kind == "person" and m.start < mention.start:
                return m.slug
        i = mention.sentence - 1
        return self.topic[i] if i >= 0 else None


def read(text: str) -> Document:
    sentences = split_sentences(text)
    return Document(text=text, sentences=sentences, _starts=[s.start for s in sentences])


def _name_runs(doc: Document):
    """Runs of capitalized words, each cut at its sentence's end ("Moscow. His" is two)."""
    text, pos = doc.text, 0
    while True:
        match = _NAME_SEQ.search(text, pos)
        if match is None:
            return
        pos = match.end()
        sentence = doc.sentence_at(match.start())
        if sentence is None:
            continue
        if match.end() > sentence.end:
            match = _NAME_SEQ.match(text, match.start(), sentence.end)
            pos = sentence.end
            if match is None:
                continue
        yield sentence, match


def _name_words(text: str, sentence: Sentence, match: re.Match, lowercase: frozenset[str]):
    """The words of a run that may be a name, the same lower-cased, its start, and whether a title led it."""
    words = match.group(0).replace("\u00a0", " ").split(" ")
    starts, at = [], match.start()
    for word in words:
        starts.append(at)
        at += len(word) + 1
    owner = next((i for i, word in enumerate(words[:-1]) if word.endswith(("'s", "’s", "s'", "s’"))), None)
    if owner is not None and owner >= 1:
        # "Marta Lind's Centre Party": the party, whose leader is named before it ("the People's Alliance",
        # one word before its possessive, is one name)
        words, starts = words[owner + 1:], starts[owner + 1:]
    cleaned = [_clean_token(word) for word in words]
    lowers = [word.lower() for word in cleaned]
    if len(words) == 1 and lowers[0] in _NEVER_ALONE:
        return None
    first = 0  # the run's first word that is kept
    if len(words) >= 2 and any(low in lex.ORG_WORDS for low in lowers[1:]):
        # "The National Democratic Congress", "Natural Resources Wales": an organisation, whole
        while first < len(words) and lowers[first] in ("the", "a", "an"):
            first += 1
        if len(words) - first >= 2:
            return cleaned[first:], lowers[first:], starts[first], False
    # drop leading words that are not names: "The", "Russian", "President", "Defense Minister",
    # and a sentence's first word when the article also writes it in lower case ("Following") or it
    # names an event ("Talks collapsed on Monday")
    titled = False
    opening = _opens(text, sentence.start, match.start())
    while first < len(words):
        low = lowers[first]
        if "-" in low and all(piece in lex.TITLES for piece in low.split("-")):
            low = low.split("-")[-1]  # "Vice-President", "Lieutenant-General"
        if opening and (low in lowercase or low.endswith(("ing", "ly")) or low in lex.PERSON_EVENTS
                        or low in lex.INCIDENTS) and low not in lex.PERSON_TITLES:
            opening = False
            first += 1
            continue
        opening = False
        if low in lex.DEMONYMS and low not in lex.TITLES and len(words) - first == 2 \
                and lowers[first + 1].endswith("s") and lowers[first + 1] not in lex.TITLES:
            break  # a party or a group by its creed and its members: "Christian Democrats", "Liberal Greens"
        if low in lex.PERSON_TITLES:
            titled = True
        elif low in lex.NOT_NAMES and low not in lex.TITLES and low not in lex.DEMONYMS:
            titled = False
        elif low not in lex.TITLES and low not in lex.DEMONYMS:
            break
        first += 1
    if first == len(words):
        return None
    return cleaned[first:], lowers[first:], starts[first], titled


def _find_names(doc: Document) -> None:
    text = doc.text
    raw: list[tuple[Sentence, int, int, list[str], list[str], bool, str]] = []
    full_names: dict[str, str] = {}  # a full name, lower-cased -> its slug
    token_slugs: dict[str, set[str]] = {}  # one word of a full name -> the slugs it belongs to
    lowercase = _vocabulary(text)
    for sentence, match in _name_runs(doc):
        named = _name_words(text, sentence, match, lowercase)
        if named is None:
            continue
        tokens, lowers, start, titled = named
        prev = text[max(sentence.start, start - 12):start].split()
        prev_word = prev[-1].lower() if prev else ""
        kind = _classify(tokens, lowers, titled, prev_word)
        if kind in ("person", "maybe") and _DAY_AFTER.match(text, match.end()):
            kind = "other"  # "St. Patrick's Day", "Valentine's Day": a day's name, no one's
        raw.append((sentence, start, match.end(), tokens, lowers, titled, kind))
        if kind == "person" and len(tokens) >= 2:
            slug = slugify(" ".join(tokens))
            for low in lowers:
                token_slugs.setdefault(low, set()).add(slug)
            full_names[" ".join(lowers)] = slug
    for sentence, start, end, tokens, lowers, titled, kind in raw:
        slug = None
        if kind == "person":
            slug = full_names.get(" ".join(lowers)) or _alias(lowers, token_slugs) or slugify(" ".join(tokens))
        elif kind == "maybe":
            alias = _alias(lowers, token_slugs)
            if alias:
                kind, slug = "person", alias
            elif lowers[0] in lex.COUNTRIES:
                kind = "place"
            elif _ACTS.match(text, end):
                kind, slug = "person", slugify(" ".join(tokens))
            else:
                kind = "other"
        if kind in ("place", "org", "other"):
            slug = slugify(" ".join(tokens))
        doc._mentions.append(Mention(start, end, kind, slug, sentence.index, titled))
    lowered = text.lower()
    blind = caseless(text, lowered)
    if len(lowered) != len(text):
        lowered = text  # offsets must line up; capitalized pronouns are then missed
    for match in _PRONOUN.finditer(lowered):
        sentence = doc.sentence_at(match.start())
        if sentence is not None:
            doc._mentions.append(Mention(match.start(), match.end(), "pronoun", None, sentence.index))
    for match in _ROLE_REF_LOWERED.finditer(blind) if blind is not None else _ROLE_REF.finditer(text):
        sentence = doc.sentence_at(match.start())
        if sentence is not None and not _followed_by_name(text, match.end()):
            doc._mentions.append(Mention(match.start(), match.end(), "pronoun", None, sentence.index))
    doc._mentions.sort(key=lambda m: m.start)
    for m in doc._mentions:
        doc._by_sentence.setdefault(m.sentence, []).append(m)


_DAY_AFTER = re.compile(r"[ \u00a0](?:Day|Eve)\b")

# What follows a lone capitalized word that makes it a person: "Berg said", "Berg, who ...".
_ACTS = re.compile(
    r"\s+(?:(?:also|later|then|previously|reportedly|has|had|will|would)\s+)?(?:said|says|told|tells|added|met|meets"
    r"|began|begins|left|leaves|flew|spoke|speaks|held|holds|led|leads|won|wins|lost|wrote|became|gave|took|made"
    r"|went|came|sought|thought|saw|fought|ran|stood|sent|[a-z]{3,}ed)\b"
    r"|,\s+(?:who|whose)\b"
)


@lru_cache(maxsize=4)  # asked for by the sentence splitter and the name finder, text by text
def _vocabulary(text: str) -> frozenset[str]:
    """The words the text writes in lower case: common words, never names."""
    return frozenset(_LOWER_WORD.findall(text))


def _opens(text: str, sentence_start: int, pos: int) -> bool:
    """Whether ``pos`` begins the sentence (after any opening quotes or brackets)."""
    return not text[sentence_start:pos].strip(" \"“‘'(«[-–—•*")


_NAME_AFTER = re.compile(r"\s+" + CAP + r"[a-z]")


def _followed_by_name(text: str, pos: int) -> bool:
    return bool(_NAME_AFTER.match(text[pos:pos + 4]))


def _alias(lowers: list[str], token_slugs: dict[str, set[str]]) -> str | None:
    if len(lowers) > 2:
        return None
    found: set[str] | None = None
    for low in lowers:
        slugs = token_slugs.get(low)
        if not slugs:
            return None
        found = slugs if found is None else found & slugs
    if found and len(found) == 1:
        return next(iter(found))
    return None


def _classify(tokens: list[str], lowers: list[str], titled: bool, prev_word: str) -> str:
    """person, place, org, other, or maybe (a lone word: a person if the article names them in full)."""
    if any(t in lex.ORG_WORDS for t in lowers):
        return "org"
    if len(tokens) == 1 and (tokens[0].isupper() and len(tokens[0]) >= 2):
        return "org"
    if any(t in lex.NOT_NAMES for t in lowers):
        return "other"
    if all(t in lex.COUNTRIES for t in lowers):
        return "place"
    if any(t in lex.COUNTRIES or t in lex.DEMONYMS for t in lowers):
        return "place" if not titled else "other"
    if len(tokens) > 4:
        return "other"
    if titled:
        return "person"
    if prev_word in _LOCATION_PREPS and prev_word not in ("to", "on", "of", "against", "over"):
        return "place"
    if len(tokens) >= 2 and not any(t.isupper() for t in tokens):
        return "person"
    if prev_word in _LOCATION_PREPS:
        return "place"
    return "maybe"


def _find_topics(doc: Document) -> None:
    """Each sentence's main person: its first named person, else the one before."""
    counts: Counter = Counter()
    current: str | None = None
    topics: list[str | None] = []
    for sentence in doc.sentences:
        first = next((m for m in doc._by_sentence.get(sentence.index, ()) if m.kind == "person"), None)
        if first is not None:
            current = first.slug
        topics.append(current)
        for m in doc._by_sentence.get(sentence.index, ()):
            if m.kind == "person":
                counts[m.slug] += 1
    doc._topic = topics
    if counts:
        best = max(counts.values())
        doc._main_person = next(slug for slug, n in counts.items() if n == best)
