"""Who said it: the source a sentence attributes its words to ("..., officials said",
"according to the ministry", "citing police"), and where that phrase is.
"""

from __future__ import annotations

import re
from itertools import groupby

from claimtrack.extract import lexicon as lex
from claimtrack.extract.text import Document, Sentence, between_marks


_SPEECH = "(?-i:" + "|".join(sorted(lex.SPEECH_VERBS, key=len, reverse=True)) + ")"
# Whether a sentence has one of the verbs at all: grouped by first letter, the search tries a dozen
# branches at each character instead of fifty, and finds a verb just where the list would.
_ANY_SPEECH = re.compile("|".join(f"{first}(?:{'|'.join(verb[1:] for verb in verbs)})"
                                  for first, verbs in groupby(sorted(lex.SPEECH_VERBS), key=lambda verb: verb[0])))
# (a word, or initials with their dots: "according to the U.S. Geological Survey")
_CREDITED_WORD = r"(?:(?-i:[A-Z])\.(?:(?-i:[A-Z])\.)+|[^\s,.;:!?\"“”()]+)"
_ACCORDING = re.compile(r"\baccording to\s+((?:" + _CREDITED_WORD + r"[ \u00a0]?){1,10})", re.IGNORECASE)
_CITING = re.compile(r"\b(?:citing|cited by|quoted by|reported by|said by)\s+((?:" + _CREDITED_WORD
                     + r"[ \u00a0]?){1,8})", re.IGNORECASE)
# when it was said, after the verb: "officials said on Tuesday", "police said late Sunday"
_SAID_WHEN = (r"(?:\s+(?:(?:on|late|early|last|this)\s+[A-Z]?[a-z]+|(?-i:" + "|".join(lex.WEEKDAY_NAMES) + r")"
              r"|today|yesterday|tonight)(?:\s+(?:morning|afternoon|evening|night))?)?")  # "police said Friday"
_TRAILING = re.compile(
    # (two bodies may say it together, "the institute and civil defence said"; a clause's "and" opens none)
    r"[,—–-]\s*(?!\d)(?!(?:and|but|while|as|which|who|than)\b)"
    r"((?:(?!(?:but|while|as|which|who|than)\b)[\w'’.\-]+\s+){0,7}?(?:" + _SPEECH + r"))" + _SAID_WHEN
    + r"\s*[.!?]?[\"”’]*\s*$",
    re.IGNORECASE,
)
_TRAILING_BARE = re.compile(
    r"\s((?:the|a|an|officials|police|authorities|rescuers|witnesses|residents)\b(?:\s+[\w'’\-]+){0,4}?\s+(?:"
    + _SPEECH + r"))" + _SAID_WHEN + r"\s*[.!?]?[\"”’]*\s*$",
    re.IGNORECASE,
)
# A word is matched whole ("[\w...]+" then no word character): split over several repeats, a
# long word would give the engine exponentially many ways to fail, and no other match.
_WORD = r"[\w'’.\-]+(?![\w'’.\-])"
_INVERTED = re.compile(r"[,—–]\s*(?:" + _SPEECH + r")\s+((?:" + _WORD + r"\s*){1,8}?)\s*[.!?]?[\"”’]*\s*$",
                       re.IGNORECASE)
# "confirmed cases", "reported deaths": the verb's participle naming what is counted, no one speaking
_COUNTED_AFTER = (r"(?!\s+(?:cases|deaths|infections|dead|injuries|fatalities|incidents|attacks|crimes|sightings|figures))"
                  # "employers added 187,000 jobs": adding, not speaking
                  r"(?!(?<=added)\s+(?:(?:about|some|nearly|almost|roughly|more\s+than|a\s+further|another)\s+)?"
                  r"[$£€]?\d)")
# (the source's own aside between it and its verb: "The charity Open Hands, which runs the ward, said")
_LEADING = re.compile(r"^((?:[\w'’.\-]+\s+){0,7}?"
                      r"(?:[\w'’.\-]+,\s+(?:which|who|an?|the)\s+[^,;:\"“”]{1,80},\s+)?(?:" + _SPEECH + r"))"
                      + _COUNTED_AFTER
                      + r"(?:\s+(?:on|in|late|early|last|this)\s+\w+)?(?:\s+that\b|\s*[,:]|\s+)", re.IGNORECASE)
_ONLY_ATTRIBUTION = re.compile(
    r"^(?:(?:[\w'’.\-]+\s+){0,7}?(?:" + _SPEECH + r")|according to\s+(?:" + _WORD + r"\s*){1,8})\s*[.!?]?[\"”’]*$",
    re.IGNORECASE,
)
_TRIM_ACCORDING = re.compile(r"\s+(?:based|which|that|who|on|in|at|for|from|published|released|seen|obtained)\b.*$",
                             re.IGNORECASE)
_BAD_SAYERS = {"he", "she", "it", "they", "i", "we", "you", "this", "that", "which", "who",
               # a clause of how far something went, no one's word: "With every ballot counted, ..."
               "with", "after", "once", "when", "until"}


def attribution(doc: Document, sentence: Sentence) -> tuple[str, int, int] | None:
    """Who the sentence credits, as worded, with its span; an attribution-only
    sentence right after ("Russian news agency TASS reported.") counts too."""
    if sentence.index in doc.attributions:
        return doc.attributions[sentence.index]
    found = _attribution_in(doc.text, sentence.start, sentence.end)
    if found is None:
        # "... rose to 45 on Tuesday, the ministry said, up from 30": a comparison's tail after who said it
        tail = _COMPARED_TAIL.search(doc.text, sentence.start, sentence.end) \
            if doc.text.find(" from ", sentence.start, sentence.end) >= 0 else None
        if tail is not None:
            found = _attribution_in(doc.text, sentence.start, tail.start())
    if found is None and sentence.index + 1 < len(doc.sentences):
        nxt = doc.sentences[sentence.index + 1]
        body = doc.text[nxt.start:nxt.end]
        if len(body) < 80 and _ONLY_ATTRIBUTION.match(body):
            found = (body.rstrip(" .!?\"”’"), nxt.start, nxt.start + len(body.rstrip(" .!?\"”’")))
    doc.attributions[sentence.index] = found
    return found


# the tail of a sentence that sets its figure against another, after who said it
_COMPARED_TAIL = re.compile(r",\s+(?:up|down)\s+from\s+(?:[^,;]|,(?=\d))*[.!?]?[\"”’]*\s*$", re.IGNORECASE)


# Where a sentence turns to another source: "police said 3,000 attended, organisers said 10,000",
# "the ministry said 45 were killed; the monitor put the toll at 52", "..., while organisers said ..."
_PARTS = re.compile(r";\s*|,?\s+(?:while|whereas|but)\s+|,\s+(?=(?:[\w'’.\-]+\s+){1,4}?(?:" + _SPEECH
                    + r")\s+[\w$€£])")  # not ", the ministry said, but ...": that credits the part before
# a body's own estimate, said as one: "the monitor put the toll at 52", "police estimated the crowd at 3,000"
# a figure credited right after it: "the 7.4 recorded by the USGS", "the 48,000 counted by police"
_CREDITED_AFTER = re.compile(r"(?:[$€£¥₹]\s?)?[\d.,]+(?:\s+[a-z]+){0,2}?\s+(?P<by>(?:recorded|measured|reported"
                             r"|registered|given|estimated|counted)\s+by\s+(?:the\s+)?[\w'’.\-]+"
                             r"(?:\s+(?!(?:and|but|while|on|in|at|for|after|as)\b)[\w'’.\-]+){0,5}"
                             # "18,000 by the police count", "60,000 by the organisers' estimate"
                             r"|by\s+(?:the\s+)?[\w'’.\-]+(?:\s+[\w'’.\-]+)?\s+(?:count|estimates?|tally"
                             r"|figures?)\b)",
                             re.IGNORECASE)
# ... and said before it: "estimated by police at 15,000", "put by the ministry at 212"
_CREDITED_BEFORE = re.compile(r"\b(?P<by>(?:estimated|put|counted|numbered|given|recorded|measured)\s+by\s+(?:the\s+)?"
                              r"[\w'’.\-]+(?:\s+[\w'’.\-]+){0,3}?)\s+(?:at|as)\s+(?:(?:about|some|around|roughly"
                              r"|nearly|almost|more\s+than|over)\s+)?$", re.IGNORECASE)
# a poll named as its sentence's subject, with its verb: "A Castell poll published on Saturday has"
_POLL_SAYS = re.compile(r"\s*((?:[Aa]n?|[Tt]he)\s+(?:(?:new|latest|separate|fresh)\s+)?(?-i:[A-Z])[\w&'’-]+"
                        r"(?:\s+(?-i:[A-Z])[\w&'’-]+)?\s+(?:opinion\s+)?(?:poll|survey)\b[^.;:]{0,60}?"
                        r"\b(?:has|had|shows|showed|puts|put|gives|gave|found|finds|placed|places))\b")
# a time said first, before who speaks: "In April, the World Bank put ...", "On Monday, the Treasury expects ..."
_TIME_LEAD = r"\s*(?:(?:in|on|last|earlier|this)\s+[\w\s]{1,20}?,\s+)?"
# (and a quake measured by an agency: "the USGS measured the quake at magnitude 7.4", "the agency put it at 7.2")
_PUT_AT = re.compile(_TIME_LEAD + r"((?:[\w'’.\-]+\s+){0,5}?[\w'’.\-]+"
                     # (a clause said of the body between: "The monitor, which tracks casualties on the ground, put")
                     # ... or its name, set off ("An independent group, Frontline Casualty Watch, has put"), and the
                     # day it spoke ("the ministry on Thursday raised")
                     r"(?:,\s+(?:which|who|an?|the)\s+[^,;]{1,80},|,\s+(?-i:[A-Z])[^,;]{1,60},)?"
                     r"(?:\s+on\s+(?-i:[A-Z])[a-z]+day)?\s+(?:(?:has|have|had)\s+)?"
                     r"(?:put|puts|estimated|estimates|placed|places|gave|gives|raised|revised|updated|lowered"
                     r"|counted|counts|measured|measures|recorded|records|registered|registers|rated|rates))"
                     r"\s+(?:it|(?:(?:next|this|last)\s+)?(?:the|its|their|[\w-]+['’]s)\s+(?:[\w'’-]+\s+){0,2}?"
                     r"(?:toll|figure|number|crowd|count|total|turnout|tally"
                     r"|attendance|growth|inflation|gdp|output|deficit|unemployment|jobless\s+rate"
                     r"|area|losses|damage|cost"
                     r"|size|magnitude|strength|quake|earthquake|tremor|temblor|aftershock|shock))"
                     r"(?:\s+(?-i:[a-z]+(?:ed|en)))?(?:\s+(?:from|in|of|for)(?:\s+[\w'’-]+){1,7}?)?\s+(?:at|as|to)\b",
                     re.IGNORECASE)


# a stem of each verb _PUT_AT needs, as lower-cased text holds it
_PUT_STEMS = ("put", "estimat", "place", "gave", "give", "count", "measur", "record", "regist", "rate", "raised",
              "revised", "updated", "lowered")


def attribution_at(doc: Document, sentence: Sentence, pos: int) -> tuple[str, int, int] | None:
    """Who the sentence credits for the figure at ``pos``: the source named in its own part of
    the sentence, where the sentence turns from one source to another; else :func:`attribution`."""
    text = doc.text
    credited = _CREDITED_AFTER.match(text, pos, sentence.end)
    if credited is not None:  # "slightly lower than the 7.4 recorded by the USGS": the USGS's, whoever else spoke
        phrase = credited.group("by").rstrip(" ,.;:")
        return _span(credited.start("by"), phrase)
    lead = max(sentence.start, pos - 70)
    credited = _CREDITED_BEFORE.search(text, lead, pos) if text.find(" by ", lead, pos) >= 0 else None
    if credited is not None:  # "Crowds, estimated by police at 15,000": the police's figure
        return _span(credited.start("by"), credited.group("by"))
    cuts = doc.turns.get(sentence.index)
    if cuts is None:
        # a comma turns to another source only after a first one spoke: not "Police in Oakland, California say"
        cuts = doc.turns[sentence.index] = [
            m.span() for m in _PARTS.finditer(text, sentence.start, sentence.end)
            if not m.group(0).startswith(",") or m.group(0).strip(", ") or _ANY_SPEECH.search(text, sentence.start,
                                                                                              m.start())]
    if cuts:
        start, end = between_marks(cuts, pos, sentence.start, sentence.end)
        if (start, end) != (sentence.start, sentence.end):
            own = _put_at(text, start, end) or _attribution_in(text, start, end)
            if own is not None and _a_source(own[0]):
                return own
    # "The ministry put the death toll at 52.": the ministry's figure, said as its estimate
    return attribution(doc, sentence) or _put_at(text, sentence.start, sentence.end) or _foreseen_by(
        text, sentence, pos) or _poll_says(text, sentence.start, pos)


def _poll_says(text: str, start: int, pos: int) -> tuple[str, int, int] | None:
    """A poll that gives the figures of its sentence: "A Castell poll published on Saturday has the Greens
    on 27%"."""
    m = _POLL_SAYS.match(text, start, pos)
    return _span(m.start(1), m.group(1)) if m else None


# The words a source's name starts with when not a proper name ("the ministry", "police", "a monitor").
_SOURCE_FIRST = frozenset("the a an police officials authorities witnesses organisers organizers residents rescuers "
                          "doctors medics paramedics investigators prosecutors officers deputies troops".split())
_OF_THE_SOURCE = re.compile(r",\s+(?:which|who|an?|the)\s+[^,;]{1,80},")
_NOT_IN_SOURCE = frozenset("so although though whom who which that are is both we they he she it you potentially "
                           "can't can’t cannot".split())


# whose outlook a figure is, where a forecaster says it with its own verb or names it as its own:
# "The Treasury still expects growth of 2.1%", "the government's own forecast, 2.4% growth this year"
_FORESEE_WORD = re.compile(r"expect|forecast|project|predict|\bsees?\b|\bsaw\b", re.IGNORECASE)
_FORESEE_STEMS = ("expect", "forecast", "project", "predict", "see", "saw")  # one is in each word it finds
_OUTLOOK_STEMS = ("forecast", "projection", "outlook", "estimate")
_NOT_FORESEERS = frozenset("is are was were be been being has have it its their his her".split())
_FORESEES = re.compile(_TIME_LEAD + r"((?:[\w'’.\-]+\s+){1,6}?(?:(?:still|now|also|currently|had)\s+)?"
                       r"(?:expects|expected|forecasts"
                       r"|forecast|projects|projected|predicts|predicted|sees|saw))\b", re.IGNORECASE)
_OWN_OUTLOOK = re.compile(r"((?:[\w.\-]+\s+){0,5}?[\w.\-]+['’]s\s+(?:(?:own|latest|new|revised|updated|official"
                          r"|current)\s+)*(?:[\w-]+\s+)?(?:forecasts?|projections?|outlook|estimates?))\b",
                          re.IGNORECASE)


def _foreseen_by(text: str, sentence: Sentence, pos: int) -> tuple[str, int, int] | None:
    """The forecaster a sentence names before the figure at ``pos``, as worded: the subject of a verb of
    foreseeing that opens the sentence, or an outlook named as someone's own."""
    # (each pattern tried only where its words are: most figures have neither; a word looked for first
    # in the lower-cased words, which hold it wherever the case-blind pattern could find it)
    lowered = text[sentence.start:pos].lower()
    m = _FORESEES.match(text, sentence.start, pos) if any(word in lowered for word in _FORESEE_STEMS) \
        and _FORESEE_WORD.search(text, sentence.start, pos) else None
    if m is not None:
        phrase = m.group(1).strip()
        sayer = [word.lower() for word in phrase.split()[:-1]]
        if _credible(phrase, False) and _a_source(phrase) and set(sayer) - {"the", "a", "an"} \
                and not set(sayer) & _NOT_FORESEERS:  # (not "Prices are expected", "The forecast")
            return _span(m.start(1), phrase)
    window = lowered[-90:]
    m = _OWN_OUTLOOK.search(text, max(sentence.start, pos - 90), pos) \
        if ("'s " in window or "’s " in window) and any(word in window for word in _OUTLOOK_STEMS) else None
    if m is not None and m.group(1).split()[0].lower() not in _BAD_SAYERS:
        return _span(m.start(1), m.group(1).strip())
    return None


def _a_source(phrase: str) -> bool:
    """Whether a part's attribution names a source ("organisers said", "the monitor put", "McManus
    said"), not a turn of phrase that happens to hold a speech verb ("so we can't say", "whom police
    say", "potentially confirming reports"). A clause said of the source between is not its words ("the
    unions' federation, which organised it, put")."""
    words = _OF_THE_SOURCE.sub("", phrase).split()
    if words[0].lower() == "according":
        return True
    sayer = [w.lower() for w in words[:-1]]
    return bool(sayer) and (words[0][:1].isupper() or sayer[0] in _SOURCE_FIRST) \
        and not any(w in _NOT_IN_SOURCE for w in sayer)


def _put_at(text: str, start: int, end: int) -> tuple[str, int, int] | None:
    lowered = text[start:end].lower()
    if not any(verb in lowered for verb in _PUT_STEMS):
        return None  # (no verb the pattern needs: most sentences)
    m = _PUT_AT.match(text, start, end)
    if m and _credible(m.group(1).strip(), False):
        return _span(m.start(1), m.group(1).strip())
    return None


def _attribution_in(text: str, start: int, end: int) -> tuple[str, int, int] | None:
    body = text[start:end]
    # what the pattern matches holds "accord" once lower-cased (a case-blind a, c, o, r or d matches
    # nothing that lower-cases to another letter): most sentences have none
    m = _ACCORDING.search(body) if "accord" in body.lower() else None
    if m:
        who = _TRIM_ACCORDING.sub("", m.group(1).strip())
        who = " ".join(who.split()[:8]).rstrip(" ,.;:")
        if who and who.split()[0].lower() not in _BAD_SAYERS:
            phrase = "according to " + who
            s = start + m.start()
            return phrase, s, s + len(m.group(0).split(who, 1)[0]) + len(who)
    if not _ANY_SPEECH.search(body):  # what the patterns below all need, case for case
        return _cited(body, start)
    for regex in (_TRAILING, _INVERTED, _TRAILING_BARE):
        m = regex.search(body)
        if m:
            phrase = m.group(1).strip()
            if regex is _INVERTED and _REPORTED_WORDS.search(phrase):
                continue  # ", said at least 27 had been killed": what was said, no one saying it
            if _credible(phrase, regex is _INVERTED):
                s = start + m.start(1)
                return _span(s, phrase)
    m = _LEADING.match(body)
    if m:
        phrase = m.group(1).strip()
        if _credible(phrase, False):
            return _span(start + m.start(1), phrase)
    return _cited(body, start)


_REPORTED_WORDS = re.compile(r"\d|\b(?:had|has|have|were|was|is|are|been|that)\b", re.IGNORECASE)


def _cited(body: str, start: int) -> tuple[str, int, int] | None:
    m = _CITING.search(body)
    if m:
        who = " ".join(m.group(1).split()[:6]).rstrip(" ,.;:")
        phrase = body[m.start():m.start(1)] + who
        return _span(start + m.start(), phrase.strip())
    return None


def _span(s: int, phrase: str) -> tuple[str, int, int]:
    words = phrase.split()
    clean = " ".join(words)
    return clean, s, s + len(phrase)


def _credible(phrase: str, inverted: bool) -> bool:
    words = phrase.split()
    if not words:
        return False
    sayer = words if inverted else words[:-1]
    if not sayer:
        return False
    if sayer[0].lower() in _BAD_SAYERS:
        return False
    if any(w.lower() in ("not", "never", "no", "would", "could", "might", "will") for w in sayer):
        return False
    return True
