"""One article as the rules see it: its text (and lower-cased copy), its sentences and people,
its incidents; the clause around a figure, the words and people in a stretch, the windows of
text before and after a figure; and where its values are.

The caches here (each sentence's clauses, people, words) are memos of pure functions of the
text: no rule writes anything another rule reads.
"""

from __future__ import annotations

import bisect
import re
from datetime import date

from claimtrack.extract import text as et
from claimtrack.extract.incidents import Incident, find_incidents
from claimtrack.extract.model import MAX_STATEMENT, REACH
from claimtrack.extract.patterns import (HOLIDAY_FIRST_WORDS, HOLIDAY_ONLY_CORES, START_WORDS, holiday_re, patterns,
                                         value_re, value_re_lowered)


# a phrase set off by commas between the counted and what happened to them
APPOSITION = re.compile(r",\s+[^,;:.]{1,60},|\s*\([^()]{1,60}\)")


class LoweredMatch:
    """A match over a text's lower-cased copy, whose offsets are the text's, read as a match over
    the text: its groups are the text's own words."""

    __slots__ = ("_match", "_text", "lastgroup")

    def __init__(self, match: re.Match, text: str) -> None:
        self._match, self._text, self.lastgroup = match, text, match.lastgroup

    def group(self, name: int | str = 0) -> str | None:
        start, end = self._match.span(name)
        return None if start < 0 else self._text[start:end]

    def __getitem__(self, name: int | str) -> str | None:
        return self.group(name)

    def start(self, name: int | str = 0) -> int:
        return self._match.start(name)

    def end(self, name: int | str = 0) -> int:
        return self._match.end(name)

    def span(self, name: int | str = 0) -> tuple[int, int]:
        return self._match.span(name)


class Context:
    def __init__(self, text: str, published: date | None, headline: bool = False, title: str | None = None):
        self.text = text
        self.title = title or ""  # the article's headline: what it speaks of, as its text does (see speaks_of)
        self.published = published
        self.headline = headline  # a title, in title case: capitals say nothing of names
        lowered = text.lower()
        self.lower = lowered if len(lowered) == len(text) else None  # offsets must line up
        # the same, where a case-blind pattern may be matched over it lower-cased (see et.CASELESS_ODDITIES)
        self.caseless = et.caseless(text, lowered)
        self.says_when = "when" in lowered  # no figure of an earlier event without (see guards)
        self._legislative: dict[int, bool] = {}  # by sentence index, -1 for the whole article
        self._speaks_of: dict[re.Pattern, bool] = {}
        self._of_sentence: dict[tuple, object] = {}  # (function, sentence index): what it found (see of_sentence)
        self.doc = et.read(text)
        self.p = patterns()
        self.last_status: dict[int, tuple[str, int]] = {}
        self.last_status_doc: tuple[str, int] | None = None
        self._clauses: dict[int, tuple[list, list, list]] = {}  # each sentence's clause marks, their ends, their starts
        self._clause_at: dict[tuple[int, int], tuple[int, int]] = {}  # (sentence, position): its clause
        self._bodies: dict[int, str] = {}  # each sentence's words, single-spaced
        self._people_at: dict[int, tuple[list, list]] = {}  # each sentence's people, and where each begins
        self.titled_people: dict[re.Pattern, frozenset] = {}  # the people named by a court's titles, an office's...
        self.incidents = find_incidents(self)
        self._main: tuple[str, Incident | None] | None | bool = False  # not looked for yet
        self._incident_starts = [inc.start for inc in self.incidents]  # sorted: where each begins
        # per incident, the last specific one up to it (for "the one the story is on", looked up by bisection)
        self._specific_upto: list[Incident | None] = []
        for inc in self.incidents:
            self._specific_upto.append(inc if inc.specific else (self._specific_upto[-1] if self._specific_upto
                                                                   else None))

    def speaks_of(self, words: re.Pattern) -> bool:
        """Whether the article has any of ``words`` anywhere, its title included, asked once per pattern."""
        found = self._speaks_of.get(words)
        if found is None:
            lowered = et.lowered_pattern(words) if self.caseless is not None else None
            in_text = lowered.search(self.caseless) if lowered is not None else words.search(self.text)
            found = self._speaks_of[words] = in_text is not None or (
                bool(self.title) and words.search(self.title) is not None)
        return found

    def of_sentence(self, reading, sentence):
        """``reading(self, sentence)``, a pure function of the sentence's text, asked once for each
        sentence (several figures of one sentence ask the same)."""
        spot = (reading, sentence.index)
        if spot in self._of_sentence:
            return self._of_sentence[spot]
        found = self._of_sentence[spot] = reading(self, sentence)
        return found

    def legislative(self, sentence=None) -> bool:
        """Whether the votes the article (or one of its sentences) speaks of are a chamber's, not an
        election's (see incident_words.legislative_vote), asked once for each."""
        at = -1 if sentence is None else sentence.index
        found = self._legislative.get(at)
        if found is None:
            from claimtrack.extract.incident_words import legislative_vote

            start, end = (0, len(self.text)) if sentence is None else (sentence.start, sentence.end)
            found = self._legislative[at] = legislative_vote(self.text, start, end)
        return found

    def value_matches(self):
        """Value matches in reading order, as ``finditer`` would give them, but the
        full pattern is only tried in the few words before each core word."""
        text = self.text
        word_start, start_word, boundary = self.p["word_start"], self.p["start_word"], self.p["boundary"]
        done = 0
        if self.lower is not None:
            cores = [m.start() for m in self.p["core_figures"].finditer(self.lower)]
            cores.extend(m.start() for m in self.p["core"].finditer(self.lower))
            names = [m for m in self.p["core_names"].finditer(text) if boundary.match(text, m.start())]
        else:
            cores, names = [], list(self.p["core_any_case"].finditer(text))
        # where a holiday is named, it is read first and whole ("Good Friday", not "Friday"); a
        # holiday's first word is a core only there ("New Year's Eve", not "New York")
        named = holiday_re().match
        holidays = set()
        for m in names:
            at = m.start()
            if m.group(0) in HOLIDAY_FIRST_WORDS:
                if named(text, at):
                    holidays.add(at)
                elif m.group(0) in HOLIDAY_ONLY_CORES:
                    continue
            cores.append(at)
        cores.sort()
        # starts that gave no value, with the holiday pattern or without (one found there would have
        # ended before a core)
        tried: set[tuple[int, bool]] = set()
        line_start, seen = 0, 0  # where the line of the last core begins; up to where the text was searched
        for at in cores:
            if at < done:
                continue
            newline = text.rfind("\n", seen, at)  # only what lies since the last core: linear in the text
            if newline >= 0:
                line_start = newline + 1
            seen = at
            low = max(done, line_start, at - 40)
            if self.lower is not None:
                # Read up to at + 1, so that what follows a word ending at the core is seen; no start
                # word runs on into the core, which starts a word or is a figure or a symbol.
                starts = [w.start() for w in start_word.finditer(self.lower, low, at + 1) if w.start() < at]
            else:
                starts = []
                for w in word_start.finditer(text, low):
                    if w.start() >= at:
                        break
                    word = w.group(1)  # None for a currency symbol
                    if word is None or word.lower() in START_WORDS:
                        starts.append(w.start())
            starts.append(at)
            holiday = at in holidays
            for start in starts:
                if (start, holiday) in tried:
                    continue
                match = (holiday and named(text, start)) or self.value_at(start)
                if match and match.end() > at:
                    yield match
                    done = match.end()
                    break
                tried.add((start, holiday))

    def value_at(self, start: int) -> re.Match | LoweredMatch | None:
        """``value_re().match(self.text, start)``, found over the lower-cased text where it can be."""
        if self.caseless is None:
            return value_re().match(self.text, start)
        lowered, cased = value_re_lowered()
        for kind, pattern in lowered:
            found = pattern.match(self.caseless, start)
            if found is not None:
                verify = cased.get(kind)
                if verify is None:
                    return LoweredMatch(found, self.text)
                match = verify.match(self.text, start)
                if match is not None:
                    return match
                # a month, weekday or currency code in another case ("MAY 5"): the kinds after it decide
        return None

    def trim(self, start: int, end: int, sentence) -> tuple[int, int]:
        text = self.text
        start, end = max(start, sentence.start), min(end, sentence.end)
        while start < end and (text[start].isspace() or text[start] in ",;:"):
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
            end -= 1
        return start, end

    def statement(self, sentence, start: int, end: int) -> str:
        body = self._bodies.get(sentence.index)
        if body is None:
            body = self._bodies[sentence.index] = " ".join(self.text[sentence.start:sentence.end].split())
        if len(body) <= MAX_STATEMENT:
            return body
        lo = max(sentence.start, start - 600)
        hi = min(sentence.end, end + 600)
        return "… " + " ".join(self.text[lo:hi].split()) + " …"

    # --- windows: the text a rule looks at around a figure -------------------------

    def before(self, pos: int, width: int, floor: int = 0) -> str:
        """The ``width`` characters before ``pos``, none before ``floor`` (a clause's or a
        sentence's start)."""
        return self.text[max(floor, pos - width):pos]

    def after(self, pos: int, width: int, ceiling: int | None = None) -> str:
        """The ``width`` characters from ``pos`` on, none past ``ceiling``."""
        return self.text[pos:pos + width if ceiling is None else min(ceiling, pos + width)]

    def search_before(self, pattern: re.Pattern, pos: int, width: int, floor: int = 0) -> re.Match | None:
        """``pattern`` searched for in the window :meth:`before` gives, over the text itself:
        a look-behind sees what lies before the window, and ``$`` is ``pos``."""
        return pattern.search(self.text, max(floor, pos - width), pos)

    def finditer_before(self, pattern: re.Pattern, pos: int, width: int, floor: int = 0):
        """Every match of ``pattern`` in the window :meth:`before` gives, over the text itself."""
        return pattern.finditer(self.text, max(floor, pos - width), pos)

    def raw(self, m: re.Match) -> str:
        """The value's words, without an "up to" that belongs to the verb ("picked up to 2.7%")."""
        raw = m.group(0)
        if _UP_TO.match(raw) and (_UP_VERB_BEFORE.search(self.before(m.start(), 20))
                                  or _REVISED_BEFORE.search(self.before(m.start(), 80))):
            return raw[raw.lower().index("to") + 2:].strip()
        return raw

    def clause(self, sentence, pos: int) -> tuple[int, int]:
        """The stretch of the sentence around ``pos`` between clause openers, within REACH of it."""
        spot = (sentence.index, pos)  # a figure's clause is asked for by several of its rules
        found = self._clause_at.get(spot)
        if found is None:
            found = self._clause_at[spot] = self._clause_of(sentence, pos)
        return found

    def _clause_of(self, sentence, pos: int) -> tuple[int, int]:
        marks = self._clauses.get(sentence.index)
        if marks is None:
            found = self.clause_marks(sentence)
            # a long run of marks is searched by bisection (the marks do not overlap and are in order)
            marks = self._clauses[sentence.index] = (found, [m_end for _, m_end in found] if len(found) > 8 else None,
                                                     [m_start for m_start, _ in found] if len(found) > 8 else None)
        found, ends, starts = marks
        start, end = sentence.start, sentence.end
        if ends is None:
            start, end = et.between_marks(found, pos, start, end)
        else:
            i = bisect.bisect_right(ends, pos) - 1
            if i >= 0:
                start = ends[i]
            j = bisect.bisect_left(starts, pos, max(i + 1, 0))
            if j < len(starts):
                end = starts[j]
        if end - start > 2 * REACH:
            return max(start, pos - REACH), min(end, pos + REACH)
        return start, end

    def clause_marks(self, sentence) -> list[tuple[int, int]]:
        clause, text = self.p["clause"], self.text
        if self.caseless is None:
            return [(m.start(), m.end()) for m in clause.finditer(text, sentence.start, sentence.end)]
        # Over the lower-cased text, lower-cased (see et.CASELESS_ODDITIES), the pattern finds the same
        # marks, and also an "as" before a small letter where it wants a capital: each "as" is checked
        # over the text. Where one fails, nothing starts at its "s" either: the marks after it are the same.
        lowered = self.p["clause_lowered"].finditer(self.caseless, sentence.start, sentence.end)
        return [(m.start(), m.end()) for m in lowered
                if m.group(0) != "as" or clause.match(text, m.start(), sentence.end)]

    def words(self, start: int, end: int) -> list[tuple[str, int, int]]:
        """The words in a stretch, lower-cased, with where each is; a word the stretch starts inside
        is left out ("arlow" of "Tarlow" is no word)."""
        found = [(m.group(0).lower(), m.start(), m.end()) for m in self.p["words"].finditer(self.text, start, end)]
        if found and start > 0 and found[0][1] == start and self.p["words"].match(self.text, start - 1):
            found.pop(0)
        return found

    def people(self, sentence, start: int, end: int) -> list[et.Mention]:
        people = self._people_at.get(sentence.index)
        if people is None:
            found = self.doc.people(sentence.index)
            people = self._people_at[sentence.index] = (found, [m.start for m in found])
        found, starts = people
        return found[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]

    def event_scan(self) -> tuple[re.Pattern, str]:
        """The event-word pattern and the text to run it over: case-blind, or as well over the
        lower-cased text (the same words, lower-cased)."""
        if self.caseless is not None:
            return self.p["event_lowered"], self.caseless
        return self.p["event"], self.text

    def incidents_in(self, start: int, end: int) -> list[Incident]:
        starts = self._incident_starts
        return self.incidents[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]

    def incident_at(self, start: int, end: int) -> Incident | None:
        """The incident whose words are exactly these."""
        return next((inc for inc in self.incidents_in(start, start + 1) if inc.end == end), None)

    @property
    def main_incident(self) -> tuple[str, Incident | None] | None:
        """The incident the article is about: its key, and its first mention in the text (None if
        only the headline names it). See :func:`claimtrack.extract.incidents.main_incident`."""
        if self._main is False:
            from claimtrack.extract.incidents import main_incident

            self._main = main_incident(self)
        return self._main

    def incident_nearby(self, sentence) -> bool:
        return any(i.specific and i.start < sentence.end for i in self.incidents)

# --- helpers --------------------------------------------------------------

_UP_TO = re.compile(r"up\s+to\s", re.IGNORECASE)
# a revision said before what it revised ("revised its estimate of growth up to 0.5%"): up to it, no bound
_REVISED_FIGURES = "estimates?|figures?|forecasts?|readings?|projections?|outlook|toll|numbers?|count|tally|growth|data"
_REVISED_BEFORE = re.compile(rf"\b(?:revised|revising|revises|revise)\s+(?:(?:its|their|the|his|her|an|a|this|that)"
                             rf"\s+)?(?:[\w-]+\s+)?(?:{_REVISED_FIGURES})\b[^.;!?]*$", re.IGNORECASE)
_UP_VERB_BEFORE = re.compile(
    r"\b(?:picked|pick|picks|went|go|goes|gone|moved|shot|ramped|sped|jumped|climbed|crept|ticked|edged"
    r"|inched|rose|rising|risen|came|comes|ran|stepped|built|revised|marked|bumped|shored|scaled)\s+$",
    re.IGNORECASE)
