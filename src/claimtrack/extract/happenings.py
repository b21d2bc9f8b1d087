"""Whether a date in a sentence is the day of the incident the sentence names, or of another
happening told beside it: a hearing, an arrest, a news conference, a funeral ("was arraigned on
six counts Thursday in the shooting", "described the attack Monday at a news conference").
"""

from __future__ import annotations

import re

from claimtrack.extract import lexicon as lex
from claimtrack.extract.patterns import LATER_STATUSES, MONTH, WEEKDAYS, alternation, lexicon_word

# Between an incident and its date, only words of the incident itself: "the shooting happened
# early Sunday", "Thursday night, police responded to a shooting". Another verb or a word for
# another happening makes the date that one's: "the shooting ... accepted plea deals Friday",
# "on Friday announced charges in the shooting", "the shooting ... was in court Tuesday".
_INCIDENT_VERBS = frozenset(
    "happened happen happens occurred occur occurs erupted unfolded started began begun broke place "
    "left killed wounded injured hurt struck hit shot opened fired reported responded dispatched "
    "found involved involving targeted sparked triggered killing wounding injuring leaving happening "
    "occurring erupting broken was were is are been being had has have in at on near of the a an "
    "and outside inside along just shortly before after around about early late earlier later last this "
    "that which where when morning afternoon evening night overnight".split()) | frozenset(
    # what the incident itself does or is: "protesters gathered", "the train derailed", "sank"
    # (not the dead-or-missing's: their words are the deaths' and the missing's, and fillers, "went", "or", "for")
    word for phrase in (*lex.INCIDENTS, *(w for w, status in lex.STATUS.items()
                                          if status not in LATER_STATUSES and status != "dead-or-missing"))
    for word in phrase.split())
_OTHER_HAPPENINGS = re.compile(
    r"\b(?:motive|plea|pleas|trial|hearing|court|funeral|vigil|service|memorial|update|updates|arraignment"
    r"|sentencing|indictment|charges|charged|lawsuit|conference|meeting|rally|protest|march|identity|autopsy"
    r"|arrest|arrests|arrested|custody|bond|bail|verdict|jury|appearance|interview|statement|release"
    r"|investigation|briefing|connection|took\s+(?:his|her|their)\s+own\s+li(?:fe|ves)"
    # a court's doings ("arraigned on six counts"), and wounds that date from before ("remained in
    # hospital on Monday with injuries sustained in the blast")
    r"|arraigned|sentenced|indicted|convicted|acquitted|counts?\s+of|warrant"
    r"|(?:wounds?|injur(?:y|ies))\s+(?:\w+\s+)?(?:suffered|sustained|received))\b", re.IGNORECASE)
# before a date, in its clause, with the incident after it: "was arraigned on six counts Thursday,
# including murder in the shooting", "taken into custody on a warrant Tuesday, near the shooting"
_OTHER_BEFORE_DATE = re.compile(
    r"\b(?:arraigned|sentenced|indicted|convicted|acquitted|counts?|warrant|custody|court|bail|bond|hearing"
    r"|trial|funeral|vigil|memorial|conference|briefing|interview(?:ed)?|questioned)\b[^.;]*$", re.IGNORECASE)
# after a date: "described the attack Monday at a news conference": the day of the conference
_OTHER_AFTER_DATE = re.compile(
    r"\s*,?\s*(?:at|during)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:news\s+conference|press\s+conference"
    r"|conference|briefing|hearing|vigil|funeral|memorial|rally|meeting|arraignment|court\s+appearance|trial)\b",
    re.IGNORECASE)
# an incident with its own time before it: "for the January shooting", "in Saturday night's shooting",
# "last week's attack": a date elsewhere in the clause is another happening's
_OWN_TIME_BEFORE = re.compile(
    rf"(?:\b{MONTH}\.?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s+\d{{4}})?,?"
    rf"|\b(?i:{alternation(WEEKDAYS)}|yesterday|today|tonight)(?:\s+(?:morning|afternoon|evening|night))?['’]s"
    r"|\b(?i:last|this)\s+(?:week|weekend|month|year)['’]s"
    # "the weekend rocket attack", "the overnight strikes": a time of its own, which no day named apart is
    r"|\b(?:the|a|an)\s+(?i:weekend|overnight|morning|evening|night|nighttime|night-time|pre-dawn|predawn)"
    r"|\b(?:19|20)\d{2})\s+(?:[\w-]+\s+){0,2}$")
# "police were called to the shooting", "the shooting took place": the incident's own words
_INCIDENT_PHRASES = re.compile(r"\b(?:took\s+place|(?:was|were)\s+called)\b", re.IGNORECASE)
# a date before "on the shooting", "about the shooting": the day something was said of it
_ABOUT_BEFORE_EVENT = re.compile(r"\b(?:on|about|regarding|concerning|into|over|leading\s+up\s+to|surrounding)\s+"
                                 r"(?:the|a|an|this|that|last)?\s*(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# a date that names the incident's own day, written before it: "the March 27 shooting", "Sunday's
# shooting", "the fatal Thursday night shooting": whatever else the sentence dates, this is the incident's
_MODIFIER_BETWEEN = re.compile(r"(?:['’]s)?(?:,\s+|\s+(?:(?!(?:the|a|an|in|on|at|of|for|to|and|or|but|by|with|from"
                               r"|after|before|that|which|who|was|were|is|are|had|has|have|including)\s)[a-z][\w-]*\s+)"
                               r"{0,2})")
_PAST_WORD = re.compile(r"[a-z]{3,}ed|held|said|told|met|made|went|came|saw|gave|got|brought|sought|caught"
                        r"|led|pled|sent|spoke|wrote|kept|paid|won|ran|fled|stood|sat|heard|knew|thought|took"
                        r"|shed|set|put|spent|read|began|drew|threw|chose|rose|fell|grew"
                        r"|given|taken|shown|written|driven|broken|chosen|drawn|thrown|stolen|beaten|hidden")
# "arrested Thursday in connection with the shooting": the day of the verb right before it
_VERB_JUST_BEFORE = re.compile(r"\b([a-z]{3,}ed|held|met|sent|charged|booked|sought|caught|taken|brought|seen)"
                               r"\s+(?:on\s+|late\s+|early\s+)?$")
# the people of an incident a verb acts on: "officers arrested the gunman Wednesday", "combing the
# gunman's apartment": the day is the verb's (while "investigating a shooting Friday" dates the
# shooting). Not what is thought or said of it ("believed the shooting"), nor what only places it
# in time ("the talks, which followed the attack on Monday").
_VERB_OF_INCIDENT = re.compile(r"\b([a-z]{3,}(?:ed|ing))\s+(?:the|a|an|this|that|his|her|their|its)\s+"
                               r"(?:[\w-]+\s+){0,2}$")
_NOT_ACTING = frozenset("believed alleged suspected thought feared estimated assumed expected saying reporting "
                        "believing threatened followed preceded "
                        # what carries the incident out: "drivers staged a strike on Wednesday"
                        "staged launched conducted carried mounted waged unleashed organised organized".split())
# an incident after a preposition is no verb's subject: "accused in the shooting accepted ..."
_OBJECT_OF_BEFORE = re.compile(r"\b(?:in|of|for|to|with|into|about|over|after|before|from|by|at|on|since|during"
                               r"|following|behind|against)\s+(?:the|a|an|this|that|last|its|their|[\w-]+['’]s)?\s*"
                               r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def another_happening(ctx, between: str, e_start: int, e_end: int, d_start: int, d_end: int, c_start: int) -> bool:
    if e_end <= d_start and _FIRST_NOTED_END.search(between):
        return False  # "an outbreak ... since it was first detected on March 12": when it began, as far as is known
    if _OTHER_HAPPENINGS.search(between):
        return True
    if _RIOT_GEAR_AFTER.match(ctx.text, e_end):
        return True  # "riot police cleared the square on Wednesday night": what the police did that day
    if e_start > d_start and (backdrop := _BACKDROP_BETWEEN.search(between)) is not None and (
            backdrop.group("within") is None or _A_DAY.search(ctx.text, d_start, d_end)
            and lex.INCIDENTS.get(lexicon_word(ctx.text[e_start:e_end])) in _LASTING):
        # "ships were waiting on Tuesday as a five-day strike ...", "cleared the square on Wednesday, five days after
        # the protests began": the day of what the clause tells, with the incident as its backdrop or its start
        return True
    if e_start > d_start and _MODIFIER_BETWEEN.fullmatch(between):
        return False  # "charged in the March 27 shooting"
    own_time = ctx.search_before(_OWN_TIME_BEFORE, e_start, 40, c_start)
    if own_time is not None and not (own_time.start() < d_end and d_start < own_time.end()):
        return True  # "sentenced on Friday for the January shooting"
    if _OTHER_AFTER_DATE.match(ctx.text, d_end):
        return True  # "described the attack Monday at a news conference"
    if e_start > d_start:
        verb = ctx.search_before(_VERB_JUST_BEFORE, d_start, 25)
        if verb and verb.group(1).lower() not in _INCIDENT_VERBS:
            return True
        if ctx.search_before(_OTHER_BEFORE_DATE, d_start, 60, c_start):
            return True  # "was arraigned on six counts Thursday, including murder in the shooting"
    if e_start > d_start and _ABOUT_BEFORE_EVENT.search(between):
        return True  # "said Monday morning on the shooting"
    if e_end <= d_start:
        if _SITE_AFTER.match(ctx.text, e_end):
            return True  # "searched the crash site on Wednesday": a day at the site, after the incident
        person = ctx.text[e_start:e_end].lower() in lex.INCIDENT_PEOPLE
        verb = ctx.search_before(_VERB_OF_INCIDENT, e_start, 40, c_start) if person else None
        if verb is not None and _another_verb(verb.group(1)):
            return True  # "officers arrested the gunman Wednesday night"
        if person and _DONE_TO_PERSON.match(between):
            return True  # "the gunman was identified on Friday": what was done to him after
        if not ctx.search_before(_OBJECT_OF_BEFORE, e_start, 40):
            return False  # "the blast ripped through the station on Wednesday": the incident's own doing
        if ctx.search_before(_OTHER_BEFORE_DATE, e_start, 80, c_start) and any(
                _PAST_WORD.fullmatch(word) or word in ("is", "are", "was", "were")
                for word in ctx.p["words"].findall(between.lower())):
            # "the trial of the two men charged over the bombing began on Monday": the trial's verb
            # (while in "charged in the shooting of a boy in June" the date is the shooting's own)
            return True
    between = _INCIDENT_PHRASES.sub(" ", between)
    for word in ctx.p["words"].findall(between):
        if word[:1].isupper():
            continue  # a name's word: "the Hidden Park Apartments" holds no verb
        if _PAST_WORD.fullmatch(word) and _another_verb(word):
            return True
    return False


# officers named by what they are for, whose doings are the police's, no riot's
_RIOT_GEAR_AFTER = re.compile(r"\s+(?:police|policemen|officers|squads?|units?|troops)\b", re.IGNORECASE)
# the incident after a date as what went on around it, or as what the day is counted from
# (a day "during" a long happening is one of its days; a month or a year "during" it dates it: "in August 2019,
# during a heatwave that killed 211 people")
_BACKDROP_BETWEEN = re.compile(r"^\s*,?\s*(?:as|while|(?P<within>amid|amidst|during|throughout))\b"
                               r"|\b(?:after|since|following)\s+(?:the|a|an|this|that|its|their)?\s*"
                               r"(?:[\w-]+\s+){0,2}$",
                               re.IGNORECASE)
# (and only in one that lasts days: "killed Saturday during a shooting" is the shooting's day)
_LASTING = frozenset({"protest", "fighting", "heatwave", "drought", "outbreak", "flood", "fire", "eruption"})
_A_DAY = re.compile(rf"\b(?:{alternation(WEEKDAYS)}|yesterday|today|tonight)\b", re.IGNORECASE)


# the incident's place, named by it: "the crash site", "the blast scene"
_SITE_AFTER = re.compile(r"\s+(?:site|scene|zone|wreckage)\b", re.IGNORECASE)
_DONE_TO_PERSON = re.compile(r"\s*(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+(?:later\s+|formally\s+"
                             r"|publicly\s+|finally\s+)?(?:identified|named|arrested|charged|detained|caught|captured"
                             r"|apprehended|sentenced|convicted|located|indicted|arraigned|extradited|released)\b",
                             re.IGNORECASE)


def _another_verb(word: str) -> bool:
    """A verb of something other than the incident itself."""
    word = word.lower()
    return word not in _INCIDENT_VERBS and word not in lex.MOMENT_VERBS and word not in _NOT_ACTING


# when an incident was first noticed, which is when it began as far as is known
FIRST_NOTED = r"first\s+(?:detected|identified|reported|recorded|confirmed|diagnosed|spotted)"
# ... right before the date, after the incident's own words: "the outbreak, first detected on June 4"
_FIRST_NOTED_END = re.compile(rf"\b{FIRST_NOTED}\s+(?:in\s+\w+\s+)?$", re.IGNORECASE)
