"""A value's canonical string read back ("count >=40", "money 1500000 USD",
"daterange 2023-04-10..2023-04-16", "time 21:30..22:30"): every reading's canonical
form is itself a wording the reader reads, to the same canonical form.
"""

from __future__ import annotations

from .model import Value
from .tokens import Lazy

_NUMBER = r"-?\d+(?:\.\d+)?(?:e[+-]?\d+)?"
_INTERVAL = Lazy(
    rf"(?:~(?P<approx>{_NUMBER})|any|(?P<lo_op>>=|>)?(?P<lo>{_NUMBER})(?:\.\.(?P<hi_lt><)?(?P<hi>{_NUMBER}))?"
    rf"|(?P<hi_op><=|<)(?P<only_hi>{_NUMBER}))"
)
_NUMERIC = Lazy(r"(count|quantity|money|percent|year) (\S+)(?: (\S+))?")
_DURATION = Lazy(r"duration (\S+?)(d|h|min|s)")
_DURATION_DAYS = {"d": 1.0, "h": 1 / 24, "min": 1 / 1440, "s": 1 / 86400}
_DATE = Lazy(r"date (\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_DATERANGE = Lazy(r"daterange (\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})")
_STAMP = r"(?:\d{4}-\d{2}-\d{2}T)?\d{2}:\d{2}"
_TIME = Lazy(rf"time ({_STAMP})(?:\.\.({_STAMP}))?(?: (\S+))?")
_UNRESOLVED = Lazy(r"(count|quantity|money|percent|duration|date|year|time) \? (\S+)")
_TYPES = ("count", "quantity", "money", "percent", "year", "duration", "date", "daterange", "time")


def looks_canonical(t: str) -> bool:
    return t.split(" ", 1)[0] in _TYPES


def read_canonical(s: str, raw: str) -> Value | None:
    """The value a canonical string names, or None when the string is not one."""
    m = _UNRESOLVED.fullmatch(s)
    if m:
        return Value(type=m.group(1), raw=raw, resolved=False, relative=m.group(2),
                     note=f"no publication date to resolve {raw!r}")
    m = _NUMERIC.fullmatch(s)
    if m:
        typ, unit = m.group(1), m.group(3)
        if typ == "year" and unit:
            return None
        bounds = _interval(m.group(2), 1.0, approx_width=1.0 if typ == "year" else None)
        return None if bounds is None else Value(type=typ, raw=raw, unit=unit, **bounds)
    m = _DURATION.fullmatch(s)
    if m:
        bounds = _interval(m.group(1), _DURATION_DAYS[m.group(2)])
        return None if bounds is None else Value(type="duration", raw=raw, **bounds)
    m = _DATE.fullmatch(s)
    if m:
        return _date(raw, *m.groups())
    m = _DATERANGE.fullmatch(s)
    if m and m.group(1) < m.group(2):
        return Value(type="date", raw=raw, start=m.group(1), end=m.group(2), precision="range")
    m = _TIME.fullmatch(s)
    if m:
        start, end = m.group(1), m.group(2) or m.group(1)
        if ("T" in start) != ("T" in end) or ("T" in start and end < start):
            return None
        return Value(type="time", raw=raw, start=start, end=end, precision="minute", unit=m.group(3))
    return None


def _interval(text: str, factor: float, approx_width: float | None = None) -> dict | None:
    m = _INTERVAL.fullmatch(text)
    if m is None:
        return None
    if m.group("approx"):
        x = float(m.group("approx"))
        if approx_width is not None:  # "year ~1850": a year either side
            lo, hi = x - approx_width, x + approx_width
        else:  # "~40": ten percent either side, as "about 40" is read
            lo, hi = sorted((x * 0.9, x * 1.1))
        return {"lo": lo * factor, "hi": hi * factor, "approx": x * factor}
    if m.group("only_hi"):
        return {"lo": None, "hi": float(m.group("only_hi")) * factor, "hi_open": m.group("hi_op") == "<"}
    if m.group("lo") is None:
        return {"lo": None, "hi": None}
    lo = float(m.group("lo")) * factor
    if m.group("lo_op") and m.group("hi") is None:
        return {"lo": lo, "hi": None, "lo_open": m.group("lo_op") == ">"}
    hi = float(m.group("hi")) * factor if m.group("hi") else lo
    if hi < lo:
        return None
    return {"lo": lo, "hi": hi, "lo_open": m.group("lo_op") == ">", "hi_open": m.group("hi_lt") == "<"}


def _date(raw: str, year: str, month: str | None, day: str | None) -> Value | None:
    from datetime import date

    from .spans import month_end, valid

    y = int(year)
    if day:
        if not valid(y, int(month), int(day)):
            return None
        return Value(type="date", raw=raw, start=f"{year}-{month}-{day}", end=f"{year}-{month}-{day}", precision="day")
    if month:
        if not 1 <= int(month) <= 12 or not valid(y, 1, 1):
            return None
        return Value(type="date", raw=raw, start=f"{year}-{month}-01",
                     end=date(y, int(month), month_end(y, int(month))).isoformat(), precision="month")
    return Value(type="date", raw=raw, start=f"{year}-01-01", end=f"{year}-12-31", precision="year")
