"""Wire credits: which news agency a story credits as its origin.

Ten outlets running one AFP story are one source. An article says so in a
few set places: its dateline ("MOSCOW, April 16 (Reuters) -"), its byline
("By The Associated Press"), its sign-off ("— AFP", "© AFP 2023",
"Copyright 2023 The Associated Press") or its lead ("..., TASS reported").
A credit anywhere else in the text (a quote "according to AFP" halfway
down) credits that quote, not the story: claims' attributions carry those.

Only agencies named in :data:`AGENCIES` are read, so a local station's call
letters in a dateline ("YPSILANTI, Mich. (WXYZ) -") credit no one.
"""

from __future__ import annotations

import re

# canonical name: the ways articles write it (matched with their case, as words)
AGENCIES: dict[str, tuple[str, ...]] = {
    "AFP": ("AFP", "Agence France-Presse", "Agence France Presse"),
    "AP": ("AP", "Associated Press"),
    "Reuters": ("Reuters", "REUTERS", "Thomson Reuters"),
    "TASS": ("TASS", "Tass", "ITAR-TASS"),
    "RIA Novosti": ("RIA Novosti", "RIA"),
    "Interfax": ("Interfax",),
    "Xinhua": ("Xinhua",),
    "dpa": ("dpa", "DPA", "Deutsche Presse-Agentur"),
    "EFE": ("EFE",),
    "ANSA": ("ANSA",),
    "Kyodo": ("Kyodo", "Kyodo News"),
    "Jiji Press": ("Jiji Press", "Jiji"),
    "Yonhap": ("Yonhap",),
    "PTI": ("PTI", "Press Trust of India"),
    "ANI": ("ANI",),
    "IANS": ("IANS",),
    "UPI": ("UPI", "United Press International"),
    "Bloomberg": ("Bloomberg", "Bloomberg News"),
    "PA Media": ("PA Media", "Press Association"),
    "AAP": ("AAP", "Australian Associated Press"),
    "The Canadian Press": ("Canadian Press",),
    "Anadolu": ("Anadolu", "Anadolu Agency"),
    "Ukrinform": ("Ukrinform",),
    "Sputnik": ("Sputnik",),
    "IRNA": ("IRNA",),
    "KCNA": ("KCNA",),
    "WAFA": ("WAFA",),
    "Bernama": ("Bernama",),
    "Antara": ("Antara",),
    "Lusa": ("Lusa",),
    "Europa Press": ("Europa Press",),
    "PAP": ("PAP",),
    "CTK": ("CTK", "ČTK"),
    "MTI": ("MTI",),
    "BTA": ("BTA",),
    "NTB": ("NTB",),
}

_CANONICAL = {alias: name for name, aliases in AGENCIES.items() for alias in aliases}
_NAME = "(?:" + "|".join(re.escape(a) for a in sorted(_CANONICAL, key=len, reverse=True)) + r")(?![\w-])"
_AGENCY = r"(?<![\w-])(?:[Tt]he\s+)?(?P<agency>" + _NAME + ")"
_ANY_NAME = re.compile(_NAME)  # found wherever a credit pattern below matches
_DASH = "[-\u2010\u2011\u2012\u2013\u2014\u2015]"

# where in the article each kind of credit is read: the lead's lines, or the last lines
_DATELINE = re.compile(r"\((?P<agencies>" + _NAME + r"(?:\s*[/,]\s*" + _NAME + r")*)\)\s*(?:" + _DASH + "|:|$)",
                       re.MULTILINE)
_BYLINE = re.compile(r"^\s*[Bb][Yy]:?\s+(?:[^\n]*?[\s,;|/])?" + _AGENCY + r"(?:\s+(?:[Ss]taff|[Rr]eporters?|[Ww]riters?))?"
                     r"\s*\.?\s*$", re.MULTILINE)
_ALONE = re.compile(r"^\s*\(?" + _AGENCY + r"\)?\.?\s*$", re.MULTILINE)
_SIGN_OFF = re.compile(r"^\s*(?:" + _DASH + r"+|\u00a9|\([Cc]\)|[Cc]opyright(?:\s+\u00a9)?)\s*(?:\d{4}\s+)?" + _AGENCY,
                       re.MULTILINE)
_LEAD = re.compile(_AGENCY + r"(?:\s+news\s+agency)?\s+(?:reported|reports)\b|"
                   r"\b(?:according\s+to|[Ss]ource:)\s+(?:(?:[Tt]he\s+)?(?:state\s+|official\s+)?"
                   r"(?:[A-Z]\w+\s+){0,2}news\s+agency\s+)?(?:[Tt]he\s+)?(?P<according>" + _NAME + ")")

LEAD_CHARS = 600  # the dateline, byline and lead sit at the top of a story
TAIL_LINES = 3  # the sign-off is among the last lines


def credits(text: str, author: str | None = None) -> list[str]:
    """The agencies a story credits as its origin, canonical names in alphabetical order."""
    found: set[str] = set()
    head = _lead(text)
    if _ANY_NAME.search(head):  # every credit names an agency: most stories name none, and are read no further
        for match in _DATELINE.finditer(head):
            found.update(_CANONICAL[name] for name in _ANY_NAME.findall(match.group("agencies")))
        for pattern in (_BYLINE, _ALONE):
            for match in pattern.finditer(head):
                found.add(_CANONICAL[match.group("agency")])
        for match in _LEAD.finditer(_first_paragraph(head)):
            found.add(_CANONICAL[match.group("agency") or match.group("according")])
    tail = "\n".join([line for line in text.splitlines() if line.strip()][-TAIL_LINES:])
    if _ANY_NAME.search(tail):
        for pattern in (_SIGN_OFF, _ALONE):
            for match in pattern.finditer(tail):
                found.add(_CANONICAL[match.group("agency")])
    if author:
        for pattern in (_BYLINE, _ALONE):
            match = pattern.search(author if pattern is _ALONE else "By " + author)
            if match:
                found.add(_CANONICAL[match.group("agency")])
    return sorted(found, key=str.casefold)


def _lead(text: str) -> str:
    """The top of the story: LEAD_CHARS characters, and the rest of the line they end in (up to as many again)."""
    end = text.find("\n", LEAD_CHARS, 2 * LEAD_CHARS)
    return text[:end if end >= 0 else 2 * LEAD_CHARS]


def _first_paragraph(head: str) -> str:
    """The story's first paragraph of prose: headlines, bullets and bylines before it are passed over.

    Only there does "TASS reported" credit the story: further down it credits one fact.
    """
    for line in head.splitlines():
        line = line.strip()
        if len(line) >= 60 and not line.startswith(("-", "\u2022", "*")) and re.search(r"[.!?][\"'\u201d\u2019)]*$", line):
            return line
    return ""


def credit(text: str, author: str | None = None) -> str | None:
    """:func:`credits` as a source stores it ('AFP', 'AFP, Reuters'), or None."""
    found = credits(text, author)
    return ", ".join(found) if found else None


def names(stored: str | None) -> list[str]:
    """A stored credit's agencies, as independence counts them (case-folded)."""
    if not stored:
        return []
    return [part.strip().casefold() for part in stored.split(",") if part.strip()]


def canonical(given: str) -> str:
    """A credit as people type it ('Associated Press, afp'): each known agency by its canonical name."""
    folded = {alias.casefold(): name for alias, name in _CANONICAL.items()}
    folded.update({name.casefold(): name for name in AGENCIES})
    parts = [" ".join(part.split()) for part in given.split(",")]
    out = [folded.get(part.casefold().removeprefix("the "), part) for part in parts if part]
    return ", ".join(sorted(dict.fromkeys(out), key=str.casefold))
