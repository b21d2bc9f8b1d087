"""The driver: runs the rules in their order (see :data:`claimtrack.extract.rules.RULES`) over
an article and its headline, each rule with what the rules before it read, passed in (never
state another rule left behind), and hands back the candidates and the incidents named.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from claimtrack.extract import lexicon as lex
from claimtrack.extract.attribution import attribution_at
from claimtrack.extract.context import Context
from claimtrack.extract.guards import earlier_event_figure
from claimtrack.extract.incidents import HEADLINE_WEIGHT, article_events
from claimtrack.extract.model import Candidate, Found, KEY, Prior, normalize, plain_type
from claimtrack.extract.patterns import WORD_NUMBER, alternation, lexicon_word, patterns, value_re_lowered
from claimtrack.extract.facets import relative_facet
from claimtrack.extract.rules import ARTICLE_RULES, CANDIDATE_RULES, VALUE_RULES
from claimtrack.extract.rules.headline import headline_figures


def compile_patterns() -> None:
    """Compile the rules' patterns now: worker processes forked afterwards share them.

    Not the value pattern for text in any case, ``value_re()`` (~75 ms to compile): it reads
    only texts whose letters do not lower-case letter for letter ("İ"); a worker that meets one
    compiles it then.
    """
    value_re_lowered()
    patterns()


def read(text: str, *, published: date | None = None, title: str | None = None) -> tuple[list[Candidate], tuple]:
    """Every candidate in ``text`` and the incidents the article speaks of (see
    :func:`claimtrack.align.article_incidents`), for aligning it with the rest of its case.

    A figure of an incident that the ``title`` states and the text does not ("7 Shot, 3 Dead")
    is a candidate quoted from the title; the title's incidents weigh most in what the
    article is about."""
    if not text or not text.strip():
        return [], ((), (), ())
    article = Context(text, published, title=title)
    found = run(article)
    events = article_events(article, found)
    if title and title.strip():
        p = patterns()
        if p["core_any_case"].search(title) is None:
            # no figure in it: what it names still says what the article is about
            rows = tuple((kind, kind, None, None, 2.0, None, False) for kind in
                         (lex.INCIDENTS[lexicon_word(m.group(0))] for m in p["incident"].finditer(title)))
            return found, (_with_headline(events[0], rows), *events[1:])
        headline = Context(title, published, headline=True)
        titled = run(headline)
        if titled:
            found.extend(headline_figures(text, title, published, found, titled))
        events = (_with_headline(events[0], article_events(headline, [])[0]), *events[1:])
    return found, events


def run(ctx: Context) -> list[Candidate]:
    """Every candidate the rules propose in one text, in reading order.

    The value rules, each on the values of its kind in reading order, with what the ones
    before read (:class:`Prior`); each figure narrowed as it is read (relative facets); then
    the rules that read the text themselves; then those that narrow the candidates' keys."""
    out: dict[tuple[int, int, str], Candidate] = {}
    prior = Prior()
    for match in ctx.value_matches():
        sentence = ctx.doc.sentence_at(match.start())
        if sentence is None or match.end() > sentence.end:
            continue
        if ctx.says_when and earlier_event_figure(ctx, sentence, match):
            continue  # "the deadliest since 2017, when 64 people died": an earlier event's figure
        if _BOUND_START.match(ctx.text, match.start()) and _NEGATED_BEFORE.search(ctx.text, max(sentence.start,
                                                                                                  match.start() - 30),
                                                                                  match.start()):
            continue  # "did not drop below 30C": at least 30, which the bound read alone would turn round
        if _SPOKEN_DECIMAL_BEFORE.search(ctx.text, max(sentence.start, match.start() - 40), match.start()) \
                or _SPOKEN_DECIMAL_AFTER.match(ctx.text, match.end()):
            continue  # "four point three percent": a decimal said in words, which no part of is: left unread
        if (_FRACTION_OF_BEFORE.search(ctx.text, max(sentence.start, match.start() - 30), match.start())
                and _BARE_MAGNITUDE.match(match.group(0))) or _OF_MAGNITUDE_AFTER.match(ctx.text, match.end()):
            continue  # "a quarter of a million votes": a fraction of the figure, which is not a million: left unread
        found = VALUE_RULES[match.lastgroup](ctx, sentence, match, prior)
        if found is None:
            continue
        prior = prior.after(found, sentence.index)
        if found.key is not None:
            _emit(ctx, out, sentence, relative_facet(ctx, sentence, match, found))
    for rule in ARTICLE_RULES:
        for sentence, found in rule.read(ctx):
            _emit(ctx, out, sentence, found)
    for rule in CANDIDATE_RULES:
        if not ctx.headline or rule.in_headlines:
            rule.read(ctx, out)
    return sorted(out.values(), key=lambda c: (c.start, c.end, c.key))


def _emit(ctx: Context, out: dict, sentence, found: Found) -> None:
    value = found.value
    value_type = plain_type(value, found.kind)
    if value_type is None:
        value_type = normalize(value, ctx.published, found.kind).type
        if value_type == "text":
            return
    key = found.key
    if not KEY.fullmatch(key) or len(key) > 200:
        return
    start, end = ctx.trim(found.start, found.end, sentence)
    if end - start < 2 or (start, end, key) in out:
        return  # too short, or these words under this key are proposed already
    quote = ctx.text[start:end]
    statement = ctx.statement(sentence, start, end)
    attributed = attribution_at(ctx.doc, sentence, found.vstart)
    who = None
    if attributed is not None:
        phrase, a_start, a_end = attributed
        if not (a_start <= found.vstart < a_end) and (not (start <= a_start and a_end <= end)
                                                      or "by" in phrase.split()[:2]):
            # (words the quote itself holds are the claim's, not who made it; but a credit, "estimated by
            # police at 15,000", says whose the figure is wherever it stands)
            who = phrase
    out[start, end, key] = Candidate(statement=statement, quote=quote, start=start, end=end, key=key, value=value,
                                     value_type=value_type, attribution=who, rule=found.rule)


_BOUND_START = re.compile(r"(?:below|above|under|over|more\s+than|less\s+than|fewer\s+than|beyond|past)\b",
                          re.IGNORECASE)
_SPOKEN_DIGIT = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
_SPOKEN_DECIMAL_BEFORE = re.compile(rf"\b(?:{WORD_NUMBER}|zero|\d+)\s+point\s+(?:{_SPOKEN_DIGIT}\s+)*$", re.IGNORECASE)
_SPOKEN_DECIMAL_AFTER = re.compile(rf"\s+point\s+{_SPOKEN_DIGIT}\b", re.IGNORECASE)
_FRACTION_OF_BEFORE = re.compile(r"\b(?:quarters?|thirds?|fifths?|tenths?|fraction)\s+of\s+$", re.IGNORECASE)
_BARE_MAGNITUDE = re.compile(rf"(?:a|an|one)\s+(?:{alternation(lex.SCALE_WORDS)})\b", re.IGNORECASE)
_OF_MAGNITUDE_AFTER = re.compile(rf"\s+of\s+{_BARE_MAGNITUDE.pattern}", re.IGNORECASE)
_NEGATED_BEFORE = re.compile(r"\b(?:not|never|no)\b[^,;.]{0,20}$|n['’]t\b[^,;.]{0,20}$", re.IGNORECASE)
_NAMED_DATE = re.compile(r"\d|\b(?:" + "|".join(name[:3] for name in lex.MONTH_NAMES) + r")", re.IGNORECASE)
_WEEKDAY = re.compile(r"\b(?:" + "|".join(lex.WEEKDAY_NAMES) + r")\b", re.IGNORECASE)


def _with_headline(rows: tuple, headline_rows: tuple) -> tuple:
    """An article's incidents with its headline's, each headline mention weighing three."""
    out = {row[0]: list(row) for row in rows}
    for row in headline_rows:
        extra = HEADLINE_WEIGHT * (row[4] / 2.0)  # a headline mention counted as a lead one (2.0) there
        if row[0] in out:
            out[row[0]][4] += extra
        else:
            out[row[0]] = [*row[:4], extra, *row[5:]]
    return tuple(tuple(row) for row in out.values())


def align(candidates: list[Candidate], known_keys: set[str], text: str, plan=None, events: tuple = ()) -> list[Candidate]:
    """Keys made to meet the ones the case has.

    Incidents follow the case's ``plan`` (an :class:`claimtrack.align.CasePlan`; ``events``
    are the incidents this article names, as :func:`read` gives them): every figure of
    the incident the case is about meets under one subject, whatever word or place
    this outlet used. A person named only "Putin" joins ``vladimir-putin.*`` when the
    case knows exactly one such full name.
    """
    from claimtrack import align as case_align

    subjects = {key.split(".", 1)[0] for key in known_keys}
    incidents = case_align.article_incidents(events) if plan is not None else {}
    days = case_align.article_days(events) if plan is not None else {}
    scopes = dict(events[2]) if plan is not None and events else {}
    # a figure told in the same sentence as its incident's date goes where that date takes it: "In
    # January, a drone attack on the city killed three" is January's attack's three
    # (not a bare weekday: read against a late publication date, it is too often a week or more off
    # for the figures beside it to follow it)
    dated = {(c.statement, c.key.split(".", 1)[0]): days[c.start] for c in candidates
             if c.start in days and (_NAMED_DATE.search(c.value) or not _WEEKDAY.search(c.value))}
    out = []
    for candidate in candidates:
        subject, rest = candidate.key.split(".", 1)
        if case_align.kind_of(subject) is not None or subject == case_align.WEATHER:
            when = days.get(candidate.start) or dated.get((candidate.statement, subject))
            better = plan.subject(incidents, subject, when, scopes.get(candidate.start)) if plan is not None \
                else subject
        else:
            better = _aligned_person(subject, subjects)
            if better == subject and subject in _ONE_OWNER_EVENTS:
                better = _event_owner(subject, known_keys)
            if better == subject and subject in _UNNAMED_VOTERS and rest in _VOTE_ROLES:
                better = _vote_body(subject, known_keys)
        if better != subject:
            candidate = replace(candidate, key=f"{better}.{rest}")
        out.append(candidate)
    return out


# the events a case usually has one person for, who may go unnamed in one outlet ("the former mayor was given a
# 12-year sentence"); not deaths or arrests, which a case has many of, most never named
_ONE_OWNER_EVENTS = frozenset({"sentence", "conviction"})


def _event_owner(event: str, known_keys: set[str]) -> str:
    """The person's event a figure with no person is of, where the case knows one person only
    with that event: "was given a 12-year sentence" (the former mayor, unnamed) is the one sentenced
    person's sentence (``pavel-odrin.sentence``); with two or none, the event stays as it is."""
    owners = {key.split(".", 1)[0] for key in known_keys if key.split(".")[1:2] == [event]}
    owners = {owner for owner in owners if "-" in owner and owner.split("-")[0] not in lex.INCIDENT_KINDS}
    return f"{owners.pop()}.{event}" if len(owners) == 1 else event


# a chamber's vote told without naming it ("lawmakers voted 201 to 87", "parliament passed it by 212 to 131"), and
# what its keys hold
_UNNAMED_VOTERS = frozenset({"lawmakers", "legislators", "members", "vote", "parliament", "legislature", "congress"})
_VOTE_ROLES = frozenset({"votes-for", "votes-against", "abstentions", "votes.needed", "vote.date"})


def _vote_body(subject: str, known_keys: set[str]) -> str:
    """The chamber a vote told without naming it is of, where the case names one chamber only for its votes
    ("lawmakers voted 210 to 87" meets "the National Assembly voted 201 to 87"); else as it is."""
    roles: dict[str, set[str]] = {}
    for key in known_keys:
        body, _, role = key.partition(".")
        if role in _VOTE_ROLES:
            roles.setdefault(body, set()).add(role)
    # (a chamber is named as one, or its vote is told by both its sides; a party's part of one side is no chamber:
    # "All 198 National Union MPs present voted yes")
    bodies = {body for body, told in roles.items() if len(told) > 1 or _CHAMBER_WORD.search(body)}
    bodies -= _UNNAMED_VOTERS | _NO_CHAMBERS  # (not "election.votes.needed": the majority a chamber's vote needs)
    return bodies.pop() if len(bodies) == 1 else subject


_NO_CHAMBERS = frozenset({"election", "referendum", "poll", "primary", "runoff"})
_CHAMBER_WORD = re.compile(r"(?:^|-)(?:house|senate|parliament|congress|assembly|knesset|bundestag|duma|sabha|dail"
                           r"|chamber|council)(?:$|-)")


# words a figure's subject may be that name what is measured, never a person: "spending" is no surname of
# "defence-spending"
_TOPIC_WORDS = frozenset(word.replace(" ", "-") for word in (*lex.PERCENT_TOPICS, *lex.PERCENT_TOPICS.values(),
                                                             *lex.MONEY_NOUNS, *lex.FISCAL_NOUNS, *lex.THINGS))


def _aligned_person(subject: str, subjects: set[str]) -> str:
    # (a surname the case has as a subject of its own still joins the one full name: its own key is among
    # the case's as soon as it is read)
    if "-" in subject or subject in _TOPIC_WORDS:
        return subject
    # (a surname is a full name's last word: "odrin" joins "pavel-odrin"; "aid" is no part of "military-aid-to-date")
    fuller = [s for s in subjects
              if "-" in s and s.split("-")[-1] == subject and s.split("-")[0] not in lex.INCIDENT_KINDS]
    return fuller[0] if len(fuller) == 1 else subject
