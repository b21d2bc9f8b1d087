"""Figures only the headline states: "7 Shot, 3 Dead" over a text that gives no count."""

from __future__ import annotations

from dataclasses import replace

from claimtrack.extract import lexicon as lex
from claimtrack.extract.model import Candidate, Rule, examples, negatives, normalize
from claimtrack.extract.qualifiers import DEATH_WORDS


def headline_figures(text: str, title: str, published, found: list[Candidate], titled: list[Candidate]) -> list[Candidate]:
    """Of what the rules read in the ``title`` (``titled``), the figures of an incident that
    the text's candidates (``found``) do not give, as candidates quoted from the title. The
    people a headline says were shot, where neither it nor the text names a death, are also
    its count of the injured."""
    titled = [c for c in titled if c.value_type != "date" and _is_incident(c.key.split(".", 1)[0])]
    if not titled:
        return []
    if any(c.key.endswith(".shot") for c in titled) and not DEATH_WORDS.search(text) and not DEATH_WORDS.search(title):
        titled = titled + [replace(c, key=c.key[:-len("shot")] + "injuries") for c in titled if c.key.endswith(".shot")]
    keys = {c.key for c in titled}
    said = {(c.key, normalize(c.value, published, c.value_type).canonical()) for c in found if c.key in keys}
    # what the text says under another subject ("wins majority with 164 seats" over "the Progress Party won
    # 164 of the 300 seats", "Dam collapse kills 9" over "nine people died when the dam collapsed"): the same
    # figure, which the headline names less well
    # (of an incident, only the same one named otherwise: not another the text tells apart, "shooting-2014")
    kinds = {c.key.split(".", 1)[0] for c in titled}
    wanted = {_role(c.key) for c in titled}  # (only the headline's roles are looked up)
    roles = {(role, normalize(c.value, published, c.value_type).canonical()) for c in found
             if (role := _role(c.key)) in wanted
             and (not _is_incident(subject := c.key.split(".", 1)[0]) or _same_incident(subject, kinds))}
    # ... or as a place's part, the same figure the text gives for one place ("19 killed in Calvara" over "In Calvara
    # province, 19 people were killed", keyed storm.calvara.deaths): the text's key says what it counts
    parts = {(c.key.rsplit(".", 1)[-1], normalize(c.value, published, c.value_type).canonical())
             for c in found if c.rule == "places" and _is_incident(c.key.split(".", 1)[0])}
    return [replace(c, field="title", rule="headline", attribution=c.attribution or _credited(c, found, published))
            for c in titled if (c.key, value := normalize(c.value, published, c.value_type).canonical()) not in said
            and (_role(c.key), value) not in roles
            and (c.key.rsplit(".", 1)[-1], value) not in parts]


def _role(key: str) -> str:
    """What a key's figure measures, without whose it is: "seats", "vote-share"."""
    return key.split(".", 1)[1] if "." in key else key


def _credited(c: Candidate, found: list[Candidate], published) -> str | None:
    """Who the text credits for the headline's figure: "kills 14" over "killed at least 14, the
    governor said" is the governor's figure, as a headline rounds what its story credits."""
    from claimtrack import values

    value = normalize(c.value, published, c.value_type)
    for other in found:
        if other.key == c.key and other.attribution and \
                values.compare(value, normalize(other.value, published, other.value_type)) == values.AGREE:
            return other.attribution
    return None


def _same_incident(subject: str, kinds: set[str]) -> bool:
    """Whether an unlabelled incident subject of the text names one of the headline's incidents: the
    same kind, none ("incident"), or the buildings it brought down ("Dam collapse kills 9" over a flood)."""
    if "-" in subject:
        return False
    return bool(subject == "incident" or subject in kinds or "incident" in kinds
                or (subject == "collapse" and kinds & lex.COLLAPSE_CAUSES)
                or ("collapse" in kinds and subject in lex.COLLAPSE_CAUSES))


def _is_incident(subject: str) -> bool:
    kind = subject.split("-", 1)[0]
    return kind == "incident" or kind in lex.INCIDENT_KINDS


RULE = Rule("headline", "headline", headline_figures,
             reads="a figure of an incident that the headline states and the text does not, quoted from the headline",
             examples=examples("""
3 Dead, 5 Hurt In Highway Shooting || Police said the gunman fled after the attack on the highway.
    shooting.deaths | 3 | 3 Dead
    shooting.injuries | 5 | 5 Hurt
Two Killed in Quarry Blast || An explosion tore through the quarry on Tuesday.
    explosion.date | Tuesday | explosion tore through the quarry on Tuesday
    explosion.deaths | Two | Two Killed
"""),
             negatives=negatives("""
Gunman Wounds 2 || Two people were wounded when a gunman opened fire.
Shooting on Elm Street || Five people were shot on Elm Street on Friday night.
Storm Hits Coast on 12 March || The storm brought down power lines along the coast.
Ruling Party Wins Majority With 164 Seats || The Progress Party won 164 of the 300 seats.
"""))
