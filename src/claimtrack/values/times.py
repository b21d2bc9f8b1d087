"""Clock times: "9:59 pm", "around 10 pm", "21:30", on the day the wording names
("10 pm Saturday", "9:59 p.m. on April 16, 2023") or as a time of day.

A time is an interval of minutes: a time with its minutes is that minute; a bare
hour ("10 pm") is a rounded figure, the half hour either side, and so is "about
10 pm"; "about 9:45 pm" is a quarter of an hour either side; "shortly after 10
pm" the half hour after. A time in a named zone ("2130 GMT") is compared only with
times in that zone. Open bounds ("after 10 pm", "by 10 pm") and times that could
be morning or evening ("10 o'clock", "at 10:30"; not "09:30" nor "21:30") stay text.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from .model import Value, as_text
from .tokens import Lazy

_AMPM = r"(?P<ampm>a\.?\s?m\.?|p\.?\s?m\.?)(?![a-z])"
_ZONES = ("gmt|utc|bst|cet|cest|eet|eest|msk|ist|jst|aest|aedt|est|edt|et|cst|cdt|ct|mst|mdt|mt|pst|pdt|pt|"
          "local time|local")
_TIME = Lazy(
    r"(?P<qual>(?:about|around|approximately|roughly|some|circa|shortly after|just after|soon after|"
    r"shortly before|just before|after|before|by|until|till|since|at)\s+)*"
    r"(?:(?P<h12>\d{1,2})(?:[:.](?P<m12>\d{2}))?\s*" + _AMPM
    + r"|(?P<h24>\d{1,2}):(?P<m24>\d{2})(?::\d{2})?(?!\d)"
    r"|(?P<hhmm>\d{4})\s*(?=gmt|utc|hrs|hours)(?:hrs|hours)?"
    r"|(?P<word>noon|midday|midnight)"
    r"|(?P<oclock>\d{1,2}\s*o'?clock))"
    r"(?:\s*\(?(?P<zone>" + _ZONES + r")\)?(?![a-z]))?"
)
_APPROX = {"about", "around", "approximately", "roughly", "some", "circa"}
_AFTER = {"shortly after", "just after", "soon after"}
_BEFORE = {"shortly before", "just before"}
_OPEN = {"after", "before", "by", "until", "till", "since"}
_QUALS = Lazy(r"shortly after|just after|soon after|shortly before|just before|[a-z]+")
_LEFTOVER = Lazy(r"[\s,;:()\-]*(?:on|at|the|of|in|local|time|,)?[\s,;:()\-]*")


# Whether a wording may hold a clock time at all: a small pattern, so that figures and dates never
# compile the large one above.
_MAYBE = Lazy(r"\d\s*[ap]\.?\s?m|\d:\d\d|\d{4}\s*(?:gmt|utc|hrs|hours)|noon|midday|midnight|o'?clock")


def has_clock_time(t: str) -> bool:
    return _MAYBE.search(t) is not None and _TIME.search(t) is not None


def read_time(t: str, raw: str, ref: date | None, read_day) -> Value | None:
    """A clock time, on the day the rest of the wording names if it names one; None if there is no
    clock time. ``read_day(words)`` reads the rest as a date."""
    m = _TIME.search(t)
    if m is None:
        return None
    if m.group("oclock"):
        return as_text(raw, f"{m.group('oclock')!r}: morning or evening?")
    hour = m.group("h24")
    if hour is not None and not m.group("zone") and 1 <= int(hour) <= 12 and not hour.startswith("0"):
        # "at 10:30": a twelve-hour clock with its a.m. or p.m. left out, or a 24-hour one ("09:30", "21:30" are)
        return as_text(raw, f"{hour + ':' + m.group('m24')!r}: morning or evening?")
    quals = set(_QUALS.findall(m.group("qual") or ""))
    if quals & _OPEN:
        return as_text(raw, f"a bound on a time ({sorted(quals & _OPEN)[0]!r}), not a time")
    minute, exact = _minute(m)
    if minute is None:
        return as_text(raw, "no such time of day")
    if quals & _APPROX:
        width = 15 if exact and not m.group("word") else 30  # "about 9:45 pm"; "about 10 pm", "about midnight"
        lo, hi = minute - width, minute + width
    elif quals & _AFTER:
        lo, hi = minute, minute + 30
    elif quals & _BEFORE:
        lo, hi = minute - 30, minute
    else:
        lo, hi = (minute, minute) if exact else (minute - 30, minute + 30)
    zone = (m.group("zone") or "").upper()
    zone = None if zone in ("", "LOCAL", "LOCAL TIME") else zone
    rest = (t[:m.start()] + " " + t[m.end():]).strip()
    day = None
    relative = None
    if _LEFTOVER.fullmatch(rest) is None:
        got = read_day(rest)
        if got is None or got.type not in ("date", "year"):
            return as_text(raw, "a time of day with words that are no date")
        if got.type == "date" and got.resolved and got.precision == "day":
            day = date.fromisoformat(got.start)
        elif not got.resolved:
            relative = got.relative  # the day needs a publication date: compared as a time of day till then
    if m.group("word") == "midnight" and day is not None:
        return as_text(raw, "midnight on a named day: its start or its end?")
    return Value(type="time", raw=raw, start=_stamp(day, lo), end=_stamp(day, hi), precision="minute", unit=zone,
                 relative=relative)


def _minute(m: re.Match) -> tuple[int | None, bool]:
    """(minutes after midnight, whether the minutes were stated) of the time matched."""
    if m.group("word"):
        return (0 if m.group("word") == "midnight" else 720), True
    if m.group("h12"):
        h, mi = int(m.group("h12")), int(m.group("m12") or 0)
        if not 1 <= h <= 12 or mi > 59:
            return None, False
        pm = m.group("ampm").startswith("p")
        return (h % 12 + (12 if pm else 0)) * 60 + mi, m.group("m12") is not None
    text = m.group("hhmm") or (m.group("h24") + m.group("m24"))
    h, mi = int(text[:-2]), int(text[-2:])
    if h > 23 or mi > 59:
        return None, False
    return h * 60 + mi, True


def _stamp(day: date | None, minute: int) -> str:
    if day is None:
        return f"{minute // 60 % 24:02d}:{minute % 60:02d}"
    return (datetime(day.year, day.month, day.day) + timedelta(minutes=minute)).isoformat(timespec="minutes")


def minutes(v: Value) -> tuple[int, int]:
    """The time of day of a time value as minutes after midnight (the end may pass midnight)."""
    lo, hi = (_of_day(x) for x in (v.start, v.end))
    return lo, hi if hi >= lo else hi + 1440


def _of_day(stamp: str) -> int:
    clock = stamp[-5:]
    return int(clock[:2]) * 60 + int(clock[3:])
