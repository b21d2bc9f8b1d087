"""Dates said relative to the publication date: "yesterday", "last Sunday", "last
month", "three days ago", "the past week". Read in its past: a bare "Sunday" is
the latest Sunday on or before it (a Sunday paper's "Sunday" is that day),
"last Sunday" strictly before it."""

from __future__ import annotations

import math
from datetime import date, timedelta

from .amounts import read_number
from .model import EPS, Value, as_text, fmt_duration
from .spans import MONTHS, date_value, month_end, unresolved, year_value
from .tokens import Lazy, match
from .units import UNIT_IDX

_WD_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def _duration_days(text: str):
    """Days interval of a duration wording, or None."""
    v = read_number(text, text, None)
    if v.type != "duration":
        return None
    return v.lo, v.hi


def relative_day(raw, phrase, ref):
    days = {"today": (0, 0), "tonight": (0, 0), "this morning": (0, 0), "this afternoon": (0, 0),
            "this evening": (0, 0), "earlier today": (0, 0), "later today": (0, 0), "yesterday": (-1, -1),
            "last night": (-1, 0), "overnight": (-1, 0), "day before yesterday": (-2, -2),
            "tomorrow": (1, 1), "day after tomorrow": (2, 2)}
    if phrase not in days:
        return None
    rel = {"tonight": "today", "this morning": "today", "this afternoon": "today", "this evening": "today",
           "earlier today": "today", "later today": "today"}.get(phrase, phrase.replace(" ", "-"))
    if ref is None:
        return unresolved(raw, "date", rel)
    a, b = days[phrase]
    return date_value(raw, ref + timedelta(days=a), ref + timedelta(days=b), "day" if a == b else "range", rel)


def weekday(raw, wd: int, mod: str, ref):
    code = _WD_CODES[wd]
    mod = {"this past": "last", "past": "last"}.get(mod, mod)
    rel = f"weekday:{code}" + (f":{mod}" if mod else "")
    if ref is None:
        return unresolved(raw, "date", rel)
    back = (ref.weekday() - wd) % 7
    if mod == "last":  # strictly before the publication day
        d = ref - timedelta(days=back or 7)
    elif mod == "next":
        d = ref + timedelta(days=(wd - ref.weekday()) % 7 or 7)
    elif mod == "this":  # the one in the publication week (Monday..Sunday)
        d = ref - timedelta(days=ref.weekday()) + timedelta(days=wd)
    else:  # bare "Sunday": the latest one on or before the publication day
        d = ref - timedelta(days=back)
    return date_value(raw, d, d, "day", rel)


_RELATIVE_PERIOD = Lazy(r"(last|this|next|earlier this|later this|past|previous|coming) (week|month|year|weekend)"
                         r"|(weekend)")
_LAST_THIS_NEXT = Lazy(r"(last|this|next) (\w+)")


def relative_period(raw, toks, ref):
    """last/this/next week|month|year|weekend, earlier/later this X, last April."""
    phrase = " ".join(toks)
    m = _RELATIVE_PERIOD.fullmatch(phrase)
    if m:
        mod, what = (m.group(1), m.group(2)) if m.group(2) else ("", "weekend")
        mod = {"past": "last", "previous": "last", "coming": "next"}.get(mod, mod)
        rel = "-".join(x for x in (mod.replace(" ", "-"), what) if x)
        typ = "year" if what == "year" and mod in ("last", "this", "next") else "date"
        if ref is None:
            return unresolved(raw, typ, rel)
        if what == "year":
            y = ref.year + {"last": -1, "next": 1}.get(mod, 0)
            if typ == "year":
                return year_value(raw, y, rel)
            a, b = (date(y, 1, 1), ref) if mod == "earlier this" else (ref, date(y, 12, 31))
            return date_value(raw, a, b, "range", rel)
        if what == "month":
            y, mo = ref.year, ref.month + {"last": -1, "next": 1}.get(mod, 0)
            if mo == 0:
                y, mo = y - 1, 12
            elif mo == 13:
                y, mo = y + 1, 1
            a, b = date(y, mo, 1), date(y, mo, month_end(y, mo))
            if mod == "earlier this":
                b = ref
            elif mod == "later this":
                a = ref
            return date_value(raw, a, b, "month" if mod in ("last", "this", "next") else "range", rel)
        if what == "week":
            monday = ref - timedelta(days=ref.weekday()) + timedelta(days={"last": -7, "next": 7}.get(mod, 0))
            a, b = monday, monday + timedelta(days=6)
            if mod == "earlier this":
                b = ref
            elif mod == "later this":
                a = ref
            return date_value(raw, a, b, "week" if mod in ("last", "this", "next") else "range", rel)
        # weekend: the Saturday..Sunday of the publication week for "this", else the latest one begun
        sat = ref - timedelta(days=(ref.weekday() - 5) % 7)
        if mod == "this":
            sat = ref - timedelta(days=ref.weekday()) + timedelta(days=5)
        elif mod == "last" and ref.weekday() >= 5:
            sat -= timedelta(days=7)
        elif mod == "next":
            sat = ref + timedelta(days=(5 - ref.weekday()) % 7 or 7)
        elif mod not in ("", "last"):
            return None
        return date_value(raw, sat, sat + timedelta(days=1), "range", rel)
    m = _LAST_THIS_NEXT.fullmatch(phrase)
    if m and m.group(2) in MONTHS:
        mod, mo = m.group(1), MONTHS[m.group(2)]
        rel = f"month:{mo:02d}:{mod}"
        if ref is None:
            return unresolved(raw, "date", rel)
        if mod == "last":
            y = ref.year if mo < ref.month else ref.year - 1
        elif mod == "next":
            y = ref.year if mo > ref.month else ref.year + 1
        else:
            y = ref.year
        return date_value(raw, date(y, mo, 1), date(y, mo, month_end(y, mo)), "month", rel)
    return None


_AGO_UNIT = Lazy(r"\b(weeks?|months?|years?|decades?|fortnights?)\b")
_UNIT_DAYS = {"week": 7, "fortnight": 14, "month": 365.25 / 12, "year": 365.25, "decade": 3652.5}


def ago(raw, toks, ref):
    """'three days ago', 'a month ago', 'weeks ago': loose for weeks and longer."""
    text = " ".join(toks)
    span = _duration_days(text) if toks else None
    if span is None or span[0] is None or span[1] is None:
        return as_text(raw, "cannot read how long ago")
    lo, hi = span
    loose = _AGO_UNIT.search(text)
    rel = "ago:" + fmt_duration(Value(type="duration", raw="", lo=lo, hi=hi))
    if ref is None:
        return unresolved(raw, "date", rel)
    if loose:
        unit = _UNIT_DAYS[loose.group(1).rstrip("s")]
        if hi <= lo * 1.1 and lo >= 1.8 * unit:
            # "26 months ago", "two years ago": within half a unit of the count said (about February 2024, not
            # anywhere from 2023 to late 2024)
            lo, hi = lo - unit / 2, hi + unit / 2
        else:
            lo, hi = lo * 0.7, hi * 1.5  # "a month ago", "weeks ago": loose
    if hi < 1:
        return date_value(raw, ref - timedelta(days=1), ref, "range", rel)
    try:
        a, b = ref - timedelta(days=math.ceil(hi - EPS)), ref - timedelta(days=math.floor(lo + EPS))
    except OverflowError:
        return as_text(raw, "too long ago")
    return date_value(raw, a, b, "day" if a == b else "range", rel)


def rolling(raw, toks, ref):
    toks = [x for x in toks if x not in ("the",)]
    if len(toks) == 1 and match(UNIT_IDX, toks, 0)[1]:
        toks = ["a"] + toks
    text = " ".join(toks)
    span = _duration_days(text)
    if span is None or span[1] is None:
        return None
    rel = "past:" + fmt_duration(Value(type="duration", raw="", lo=span[1], hi=span[1]))
    if ref is None:
        return unresolved(raw, "date", rel)
    try:
        a = ref - timedelta(days=math.ceil(span[1] - EPS))
    except OverflowError:
        return as_text(raw, "window too long")
    return date_value(raw, a, ref, "range", rel)
