"""Reading a value's wording: normalize() tries yes/no, then dates and years,
then amounts, and keeps what none of them reads as text, with why.

Pure: stdlib plus dateutil, imported lazily (start-up time matters).
"""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache

from .amounts import read_number
from .canonical import looks_canonical, read_canonical
from .dates import read_date
from .model import VALUE_TYPES, Value, as_text
from .spans import iso
from .times import has_clock_time, read_time
from .tokens import Lazy, clean
from .years import read_year

_MAX_LEN = 200  # longer wording is a sentence, not a value


_YES = {"yes", "true", "confirmed", "correct", "affirmative", "y"}
_NO = {"no", "false", "denied", "untrue", "not true", "incorrect", "negative", "n", "not confirmed"}


def _read_bool(t: str, raw: str) -> Value | None:
    w = t.strip(" .!?")
    if w in _YES:
        return Value(type="bool", raw=raw, lo=1.0, hi=1.0)
    if w in _NO:
        return Value(type="bool", raw=raw, lo=0.0, hi=0.0)
    return None


def normalize(raw: str, *, ref_date: date | None = None, kind: str | None = None) -> Value:
    """Read a value's wording; never raises, unreadable wording becomes type 'text' with a note."""
    if not isinstance(raw, str):
        raw = "" if raw is None else str(raw)
    if isinstance(ref_date, datetime):
        ref_date = ref_date.date()
    if not isinstance(ref_date, date):
        ref_date = None
    kind = _kind(kind)
    if kind not in _DATED or (ref_date is not None and ANY_YEAR[0] <= ref_date.year <= ANY_YEAR[1]
                              and date_free(raw, kind)):
        ref_date = None  # the reading is the same on any date: one cache entry for all
    return _read(raw, ref_date, kind)


_DATED = (None, "date", "year", "time")  # what is read against the reference date (None: any type)
ANY_YEAR = (1001, 9998)  # the reference years over which date_free holds


def date_free(raw: str, kind: str | None = None) -> bool:
    """Whether the wording reads the same against any reference date (of a year in ANY_YEAR) as
    without one: "16 April 2023", "1969" and "300 people" do; "Sunday" and "last year" do not.

    Read without a date, such a wording is resolved, and owes nothing to a date (its relative is
    None). That is enough because every step of the date reader that consults the date first
    asks whether there is one, and without one returns an unresolved value (relative set) at that
    very step; the steps before it do not depend on the date. "Late last year" puts a year in its
    words and reads them again: whether they then read as a date does not depend on which
    four-digit year it is. tests/test_values.py checks both readings against each other.
    """
    kind = _kind(kind)
    if kind not in _DATED:
        return True
    undated = _read(raw, None, kind)
    return undated.resolved and undated.relative is None and undated.type != "text"


def reads_dates(kind: str | None) -> bool:
    """Whether values of this type (None: of any type) are read against the reference date."""
    return kind in _DATED or _kind(kind) in _DATED


def _kind(kind) -> str | None:
    kind = kind.strip().lower() if isinstance(kind, str) and kind.strip() else None
    return kind if kind in VALUE_TYPES else None


@lru_cache(maxsize=8192)  # values are frozen, and articles state the same wordings again and again
def _read(raw: str, ref_date: date | None, kind: str | None) -> Value:
    try:
        return _normalize(raw, ref_date, kind)
    except Exception as error:  # a reader bug must not stop a fact-check; keep the wording as text
        return as_text(raw, f"could not read the value ({type(error).__name__})")


_BRACKETED = Lazy(r"\([^()]*\)")


def _normalize(raw: str, ref_date, kind) -> Value:
    if isinstance(ref_date, datetime):
        ref_date = ref_date.date()
    if not isinstance(ref_date, date):
        ref_date = None
    kind = kind.strip().lower() if isinstance(kind, str) and kind.strip() else None
    if kind is not None and kind not in VALUE_TYPES:
        kind = None
    s = clean(raw)
    if not s:
        return as_text(raw, "empty value")
    if len(s) > _MAX_LEN:
        return as_text(raw, "too long to be a single value")
    if kind == "text":
        return as_text(raw, "value type given as text")
    t = s.lower()
    if "(" in t:  # "€1.5 billion ($1.6 billion)": read the figure outside the brackets
        outside = " ".join(_BRACKETED.sub(" ", t).split())
        if outside and outside != t:
            got = _normalize(outside, ref_date, kind)
            if got.type != "text":
                return Value(**{**got.__dict__, "raw": raw})
    if looks_canonical(t):  # "count >=40": a reading's own canonical form
        got = read_canonical(raw.strip(), raw)
        if got is not None and kind in (None, got.type):
            return got
    if kind in (None, "bool"):
        got = _read_bool(t, raw)
        if got or kind == "bool":
            return got or as_text(raw, f"cannot read {raw!r} as yes/no")
    if kind in (None, "time") and has_clock_time(t):  # "9:59 pm", "10 pm Saturday"
        try:
            got = read_time(t, raw, ref_date, lambda words: read_date(words, words, ref_date) or read_year(words, words))
        except (OverflowError, ValueError):  # a publication date at the ends of the calendar
            return as_text(raw, "date out of range")
        if got is not None:
            return got
    if kind == "time":
        return as_text(raw, f"cannot read {raw!r} as a time")
    if kind in (None, "date", "year"):
        try:
            got = read_date(t, raw, ref_date)
        except (OverflowError, ValueError):  # a publication date at the ends of the calendar
            return as_text(raw, "date out of range")
        if got is None and kind != "date":
            got = read_year(t, raw, ref_date)
        if got is None and kind == "date":
            got = read_year(t, raw, ref_date)
        if got is not None:
            return _as_kind(got, kind, raw)
        if kind is not None:
            return as_text(raw, f"cannot read {raw!r} as {kind}")
    below = _BELOW_ZERO.fullmatch(t) if "zero" in t else None
    if below is not None:  # "14 degrees below zero": minus 14
        t = f"minus {below.group(1)}"
    return read_number(t, raw, kind)


# a temperature told as below zero, its degrees named ("14 degrees below zero", "5°C below zero")
_BELOW_ZERO = Lazy(r"(.+?\s*(?:degrees?|°)(?:\s*(?:celsius|centigrade|fahrenheit|c|f))?)\s+below\s+zero")


def _as_kind(v: Value, kind, raw) -> Value:
    """Dates and years stand in for each other when the user asked for one of them."""
    if kind is None or v.type == "text" or v.type == kind:
        return v
    if kind == "date" and v.type == "year":
        if not v.resolved:
            return Value(type="date", raw=raw, resolved=False, relative=v.relative, note=v.note)
        a, b = date(int(v.lo), 1, 1), date(int(v.hi), 12, 31)
        return Value(type="date", raw=raw, start=iso(a), end=iso(b),
                     precision="year" if v.lo == v.hi else "range", relative=v.relative)
    if kind == "year" and v.type == "date":
        if not v.resolved:
            return v if v.relative and v.relative.endswith("year") else as_text(raw, f"cannot read {raw!r} as year")
        if v.start[5:] == "01-01" and v.end[5:] == "12-31":
            return Value(type="year", raw=raw, lo=float(v.start[:4]), hi=float(v.end[:4]), relative=v.relative)
    return as_text(raw, f"cannot read {raw!r} as {kind}")
