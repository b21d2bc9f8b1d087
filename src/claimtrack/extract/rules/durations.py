"""Lengths of events: "a three-day visit", "talks lasted six hours", "sentenced to 12 years",
"47 days in captivity", "five years in office".
"""

from __future__ import annotations

import re

from claimtrack.extract import lexicon as lex
from claimtrack.extract import text as et
from claimtrack.extract.events import antecedent_event, event_key, event_near
from claimtrack.extract.incidents import incident_for
from claimtrack.extract.model import Found, MAX_QUOTE, Prior, Rule, examples, negatives
from claimtrack.extract.outlooks import ANOTHER_LEADS
from claimtrack.extract.patterns import QUAL, any_of


_A_OR_AN_LEAD = re.compile(r"^(?:a|an)\s+", re.IGNORECASE)
_WORD_TOKENS = re.compile(r"[\w\-]+")


def read_duration_adjective(ctx, sentence, m: re.Match, prior: Prior) -> Found | None:
    """A length written before its event: "a three-day visit", "a 10-year war", "a 48-hour strike"."""
    raw = m.group(0)
    value = _A_OR_AN_LEAD.sub("", raw)
    after = ctx.after(m.end(), 50, sentence.end)
    words = _WORD_TOKENS.findall(after)[:3]
    if not words or words[0].lower() in ("old", "olds", "ago", "high", "low", "record", "long"):
        return None
    e_start = e_end = None
    for k in range(len(words)):
        if words[k] in ("March", "May"):
            break  # "the biggest one-day drop since March": the month, not a protest march
        for span in (3, 2, 1):
            phrase = " ".join(words[k:k + span]).lower()
            if phrase == "war" and words[k + 1:k + 2] and words[k + 1].lower() in ("crimes", "crime", "criminal"):
                continue  # "a 28-year war crimes sentence": the sentence's length, no war's
            if phrase in lex.PERSON_EVENTS or phrase in lex.INCIDENTS or phrase in _DURATION_NOUNS:
                pm = re.search(r"\b" + r"\s+".join(map(re.escape, phrase.split())) + r"\b", after, re.IGNORECASE)
                e_start, e_end = m.end() + pm.start(), m.end() + pm.end()
                return _duration_key(ctx, sentence, m, value, phrase, e_start, e_end, "duration-adjectives")
    return None


_LASTING_BEFORE = re.compile(r"\b(?:for|lasted|lasting|lasts|last|spent|spend|spending|took)\s+$", re.IGNORECASE)
_NOT_A_LENGTH_AFTER = re.compile(
    r"\s*(?:ago|after|before|later|earlier|since|from\s+now|old|of\s+age|apart|into|in\s+advance)\b", re.IGNORECASE)
_BEFORE_OR_AFTER = re.compile(r"\s*(?:before|after)\b")
# (not "last" as a verb: "the truce will last 60 days"; what "could" or "may" last is no length agreed)
_POINT_IN_TIME_BEFORE = re.compile(
    r"\b(?:in|within|after|past|(?<!will\s)(?<!would\s)(?<!to\s)(?<!should\s)"
    r"(?<!which\s)(?<!that\s)(?<!must\s)(?<!can\s)last|next|first|over|every|each|per|the)\s+$", re.IGNORECASE)
_OF_PHRASE = re.compile(r"\s+of\s+((?:[\w\-]+\s+){0,1}[\w\-]+)")
_SENTENCED_BEFORE = re.compile(
    r"\b(?:sentenced\s+to|jailed\s+for|imprisoned\s+for|term\s+of|sentence\s+of)\s+$", re.IGNORECASE)
_IN_PRISON_AFTER = re.compile(r"\s+(?:in\s+(?:prison|jail)|behind\s+bars|imprisonment)", re.IGNORECASE)
# "47 days in captivity", "14 months in detention": how long someone was held
# "five years in office": the length of a term
# ("six years in the job", "four years at the finance ministry", "held the post for four years": the same)
_IN_OFFICE_AFTER = re.compile(r"\s+(?:in\s+(?:office|power|the\s+(?:job|post|role|position))|at\s+the\s+helm"
                              r"|at\s+the\s+(?:[\w-]+\s+){0,2}?(?:ministry|treasury|central\s+bank))\b", re.IGNORECASE)
_POST_HELD_BEFORE = re.compile(r"\b(?:held|holding|has\s+held|had\s+held)\s+(?:the|that|this|his|her|their)\s+"
                               r"(?:[\w-]+\s+)?(?:post|office|job|role|position|portfolio|seat|title)\s+for\s+$",
                               re.IGNORECASE)
_HELD_AFTER = re.compile(r"\s+(?:in\s+(?:captivity|detention|custody|solitary\s+confinement)"
                         r"|as\s+(?:a\s+)?hostages?)\b", re.IGNORECASE)
# "after six weeks of talks": how long the talks had lasted, though "after six weeks" alone is a time
_AFTER_BEFORE = re.compile(r"\bafter\s+$", re.IGNORECASE)


_ON_BEFORE = re.compile(r"\b(?:on|upon)\s+$", re.IGNORECASE)
_ONE_UNIT = re.compile(r"(?:a|an|one|the)\s+(?:day|night|morning|evening|afternoon|week|weekend)", re.IGNORECASE)
_PART_OF_A_UNIT_BEFORE = re.compile(r"\b(?:half|quarter|third|fraction|part|portion|rest|most|much)\s+of\s+$",
                                    re.IGNORECASE)


def read_duration(ctx, sentence, m: re.Match, prior: Prior) -> Found | None:
    text = ctx.text
    raw = m.group(0)
    after = ctx.after(m.end(), 40, sentence.end)
    before = ctx.before(m.start(), 50, sentence.start)
    lasting = _LASTING_BEFORE.search(before)
    delay = _delay(ctx, sentence, m, raw, before, after)
    if delay is not None:
        return delay
    if _ON_BEFORE.search(before) and _ONE_UNIT.fullmatch(raw):
        return None  # "on a day of high avalanche danger": when, not for how long
    if _PART_OF_A_UNIT_BEFORE.search(before):
        return None  # "the last quarter of an hour": a part of the hour, left unread (an hour would be four times it)
    if _NOT_A_LENGTH_AFTER.match(after) and not (lasting and _BEFORE_OR_AFTER.match(after)):
        return None
    term = _TERM_BEFORE.search(before) if _OVER_LEAD.match(raw) else None
    if term is not None:
        # "a $3.4 billion loan over 36 months", "the loan ... will be repaid over 10 years": the loan's term,
        # no bound ("over" is across it, not more than it)
        loan = term.group(1) or any(w in ("loan", "loans") for w, _, _ in ctx.words(ctx.clause(sentence, m.start())[0],
                                                                                   m.start()))
        if loan:
            return _duration_key(ctx, sentence, m, _OVER_LEAD.sub("", raw), "loan",
                                 m.start() - len(before) + term.start(), m.end(), "durations")
    point = _POINT_IN_TIME_BEFORE.search(before)
    if point and not _AFTER_BEFORE.search(before):
        return None
    value = raw
    of = _OF_PHRASE.match(after)
    if of:
        phrase = of.group(1).lower()
        last = phrase.split()[-1]
        for cand in (phrase, last):
            if cand in lex.PERSON_EVENTS or cand in lex.INCIDENTS or cand in _DURATION_NOUNS:
                # (the noun's own words: "two days of intensifying tremors" are the tremors', whatever is near)
                e_start = m.end() + (of.start(1) if cand == phrase else of.end(1) - len(last))
                return _duration_key(ctx, sentence, m, value, cand, e_start, m.end() + of.end(1), "durations")
    held = _HELD_AFTER.match(after)
    if held:
        return _duration_key(ctx, sentence, m, value, "detention", m.end(), m.end() + held.end(), "durations")
    post = _POST_HELD_BEFORE.search(before)
    if post is not None:  # "held the post for four years": a term, no detention
        return _duration_key(ctx, sentence, m, value, "term", m.start() - len(before) + post.start(), m.end(),
                             "durations")
    in_office = _IN_OFFICE_AFTER.match(after)
    if in_office:
        return _duration_key(ctx, sentence, m, value, "term", m.end(), m.end() + in_office.end(), "durations")
    sentenced = None if point else _SENTENCED_BEFORE.search(before)
    if sentenced or _IN_PRISON_AFTER.match(after):
        s = m.start() - len(before) + sentenced.start() if sentenced else m.start()
        return _duration_key(ctx, sentence, m, value, "sentence", s, m.end(), "durations")
    if point or not lasting:
        return None
    if _SOMEONES_SPELL_BEFORE.search(before):
        return None  # "had been at the wheel for 16 hours": how long someone worked or drove, no event's length
    if _RECORD_SINCE_BEFORE.search(before):
        return None  # "the largest protest in the city for more than four years": how long since one as large
    event = event_near(ctx, sentence, m.start(), m.end(), same_clause=True)
    c_start, _ = ctx.clause(sentence, m.start())
    if event is None or event[2] >= m.end():
        # "the talks, which lasted 18 hours, ended without a deal": the length is the antecedent's
        event = antecedent_event(ctx, sentence, c_start) or event
    if event is None or abs(event[2] - m.start()) > 90:
        c_start, _ = ctx.clause(sentence, m.start())
        words = list(reversed(ctx.words(max(c_start, m.start() - 60), m.start())))
        for w, ws, we in words:
            if w in lex.VERB_EVENTS:
                name = lex.VERB_EVENTS[w]
                if name == "duration":
                    break
                return _duration_key(ctx, sentence, m, value, name, ws, we, "durations")
        for w, ws, we in words:
            if w in _DURATION_NOUNS:  # "the siege of the city lasted 86 days"
                return _duration_key(ctx, sentence, m, value, w, ws, we, "durations")
        return None
    _, _, e_start, e_end = event
    word = text[e_start:e_end].lower()
    return _duration_key(ctx, sentence, m, value, word, e_start, e_end, "durations")


def _delay(ctx, sentence, m: re.Match, raw: str, before: str, after: str) -> Found | None:
    """How long after an incident a warning came or help arrived: "issued a tsunami warning nine minutes after
    the quake", "police arrived 40 minutes after the first shots" (the incident's ``warning.delay`` and
    ``response.delay``); no bound ("more than ten minutes after")."""
    lead = _AFTER_THE.match(after)
    if lead is None or (_QUALIFIED.match(raw) and not raw.lower().startswith("only")):  # ("only": no bound)
        return None
    at = m.end() + lead.end()
    words = _WORDS_ON.match(ctx.text, at)  # the next few words, up to a comma or a full stop
    inc = next(iter(ctx.incidents_in(at, words.end())), None)
    what = _DELAYED.search(before) if inc is not None else None
    if what is None:
        return None
    kind = "warning" if what.group("warning") else "response"
    start = m.start() - len(before) + what.start()
    return Found(start, inc.end, f"{inc.key}.{kind}.delay", raw, m.start(), "duration", "durations")


# A loan's term, after it or after what is done with it over the term ("over" is then across it, not more than
# it); what came a while after an incident ("... after the quake", "... after the first shots were fired"): a
# warning, or help arriving.
_TERM_BEFORE = re.compile(r"(?:\b(loans?)|\b(?:be|is|are|was|were)\s+(?:repaid|disbursed|paid\s+out))\s+$", re.I)
_OVER_LEAD = re.compile(r"over\s+", re.IGNORECASE)
_AFTER_THE = re.compile(r"\s+after\s+(?:the|a|an|its)\s+", re.IGNORECASE)
_WORDS_ON = re.compile(r"[^,;:.()]{0,30}(?:\.\d[^,;:.()]{0,20})?")
_QUALIFIED = re.compile(QUAL, re.IGNORECASE)
_DELAYED = re.compile(r"\b(?:(?P<warning>warnings?|alerts?|alarm|sirens?)(?:\s+(?:was|were|had\s+been|has\s+been"
                      r"|issued|sent|raised|went\s+out|sent\s+out|sounded|came))*|(?P<response>arrived|responded"
                      r"|got\s+there|reached\s+(?:the\s+)?(?:scene|site|area|town|village)))(?:\s+only)?\s+$",
                      re.IGNORECASE)


# another of its kind named before an event: "a similar siege of Harrow lasted 11 months", "a previous truce"
_ANOTHER_ONE_BEFORE = re.compile(r"\b(?:another|a\s+similar|an?\s+(?:previous|earlier|prior|separate)|the\s+(?:previous"
                                 r"|earlier|prior)|last\s+year['’]s)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _duration_key(ctx, sentence, m, value, word, e_start, e_end, rule) -> Found | None:
    lead = ANOTHER_LEADS.match(ctx.text, sentence.start, m.start())
    if _ANOTHER_ONE_BEFORE.search(ctx.text, max(sentence.start, e_start - 40), e_start) \
            or (lead is not None and 0 <= e_start - lead.end() <= 25):
        # how long another one lasted, not the one the story is on ("A previous truce, agreed in 2023, lasted 11
        # days"; not "Another man, named Li, was sentenced to 8 years": another person)
        return None
    word = " ".join(word.lower().split())
    if word in ("flew", "flown") and _CRAFT.search(ctx.text, sentence.start, e_start):
        key = "flight.duration"  # "the missile flew for around 14 minutes": a flight's length, no one's visit
    elif word in _HELD and (any(inc.kind == "kidnapping" for inc in ctx.incidents) or ctx.speaks_of(_HELD_FOR_RANSOM)) \
            and not _HELD_BY_A_STATE.search(ctx.text, sentence.start, sentence.end):
        # "the crew have been held for 14 days", in a story of their kidnapping: how long the kidnapping has
        # lasted, no arrest's term
        subject = incident_for(ctx, sentence, e_start, e_end, "kidnapping")[0]
        key = f"{subject if subject.startswith('kidnapping') else 'kidnapping'}.duration"
    elif word in lex.PERSON_EVENTS:
        key = event_key(ctx, sentence, m.start(), lex.PERSON_EVENTS[word], e_start, e_end, "duration")
        if key is None:
            return None
    elif word in lex.INCIDENTS:
        # the length is that incident's ("after a 10-year war, the country held elections")
        own = ctx.incident_at(e_start, e_end)
        subject = own.key if own is not None else incident_for(ctx, sentence, e_start, e_end)[0]
        key = f"{subject}.duration"
    else:
        key = f"{_DURATION_NOUNS.get(word, et.slugify(word))}.duration"
    start, end = min(m.start(), e_start), max(m.end(), e_end)
    if end - start > MAX_QUOTE:
        start, end = m.start(), m.end()
    return Found(start, end, key, value, m.start(), "duration", rule)


_CRAFT = any_of(lex.CRAFT)
_HELD = frozenset({"held", "detained", "detention", "captive", "in captivity"})
# (not prisoners a state holds: "most had been held without trial for more than three years")
_HELD_BY_A_STATE = re.compile(r"\b(?:prisoners?|detainees?|inmates?|convicts?|without\s+(?:trial|charge)"
                              r"|in\s+(?:jail|prison|custody|detention))\b", re.IGNORECASE)
_HELD_FOR_RANSOM = re.compile(r"\b(?:ransom|pirates|hostages?)\b", re.IGNORECASE)  # those held, in such a story
# Nouns whose length is worth checking even though no person owns them.
_DURATION_NOUNS = {
    "festival": "festival", "conference": "conference", "siege": "siege", "blockade": "blockade",
    "standoff": "standoff", "search": "search", "operation": "operation", "mission": "mission",
    "campaign": "campaign", "tournament": "tournament", "flight": "flight", "blackout": "blackout",
    "outage": "outage", "shutdown": "shutdown", "closure": "closure", "state of emergency": "state-of-emergency",
    "emergency": "state-of-emergency", "occupation": "occupation", "exercise": "exercise", "exercises": "exercise",
    "drills": "exercise", "drill": "exercise", "fast": "fast", "retreat": "retreat", "mourning": "mourning",
    "holiday": "holiday", "break": "break", "plan": "plan", "programme": "programme", "program": "programme",
    "moratorium": "moratorium", "freeze": "freeze", "extension": "extension", "delay": "delay", "loan": "loan",
    # a stretch with no government or no deal: "ended 40 days of political deadlock"
    "deadlock": "deadlock", "stalemate": "deadlock", "impasse": "deadlock", "gridlock": "deadlock",
    "debate": "debate",
}


ADJECTIVES = Rule("duration-adjectives", "value", read_duration_adjective, kind="duradj",
                   reads="a length written before its event: \"a three-day visit\", \"a 10-year war\"",
                   examples=examples("""
The president began a four-day visit to Brazil on Monday.
    visit.duration | four-day | a four-day visit
    visit.date | Monday | visit to Brazil on Monday
Drivers staged a 24-hour strike on Wednesday.
    protest.duration | 24-hour | a 24-hour strike
    protest.date | Wednesday | strike on Wednesday
"""),
                   negatives=negatives("""
The 70-year-old was taken to hospital.
A one-day drop in shares alarmed investors.
It was the biggest one-day fall since March.
"""))
DURATIONS = Rule("durations", "value", read_duration, kind="dur",
                  reads="how long an event lasted, a sentence, a detention or a term: \"talks lasted six hours\"",
                  examples=examples("""
The talks lasted nine hours.
    talks.duration | nine hours | talks lasted nine hours
The court sentenced him to 15 years in prison.
    sentence.duration | 15 years | 15 years
The aid worker spent 200 days in captivity.
    arrest.duration | 200 days | 200 days in captivity
She served eight years in office.
    term.duration | eight years | eight years in office
"""),
                  negatives=negatives("""
The river crested three days later.
Results are expected within two weeks.
Two years ago the plant closed.
"""))


# a person's spell at a task, before its length: "at the wheel for", "on duty for", "awake for"
# a superlative before "for": what was not seen for that long ("the worst flooding for 40 years")
_RECORD_SINCE_BEFORE = re.compile(r"\b(?:largest|biggest|worst|deadliest|heaviest|highest|lowest|strongest|weakest"
                                  r"|hottest|coldest|wettest|driest|busiest|first|longest|fastest|steepest|sharpest"
                                  r"|most\s+[a-z]+)\b[^.;:,]{0,50}\bfor\s+$", re.IGNORECASE)
_SOMEONES_SPELL_BEFORE = re.compile(r"\b(?:at|behind)\s+the\s+wheel\s+for\s+$|\b(?:on\s+duty|on\s+shift|awake"
                                    r"|working|driving|worked|drove)\s+for\s+$", re.IGNORECASE)
