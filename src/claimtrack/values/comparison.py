"""Whether two values can both be true: agree, conflict, or neither (unresolved,
incomparable). A conflict only where the two intervals cannot meet."""

from __future__ import annotations

import math
import re
import unicodedata

from .model import Value
from .times import minutes

AGREE, CONFLICT, UNRESOLVED, INCOMPARABLE = "agree", "conflict", "unresolved", "incomparable"

_NUMERIC = ("count", "quantity", "money", "percent", "duration", "year")
_REL_EPS = 1e-12  # bounds this close (relative to their size) touch: float noise, not a different figure


def _textkey(raw: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", raw).casefold().split()).strip(" .,;:!?\"'")


def _bounds(v: Value):
    return (-math.inf if v.lo is None else v.lo, v.lo_open and v.lo is not None,
            math.inf if v.hi is None else v.hi, v.hi_open and v.hi is not None)


def _overlap(a: Value, b: Value, pad_a=0.0, pad_b=0.0) -> bool:
    alo, alo_o, ahi, ahi_o = _bounds(a)
    blo, blo_o, bhi, bhi_o = _bounds(b)
    alo, ahi, blo, bhi = alo - pad_a, ahi + pad_a, blo - pad_b, bhi + pad_b
    lo, lo_o = max((alo, alo_o), (blo, blo_o), key=lambda x: (x[0], x[1]))
    hi, hi_o = min((ahi, ahi_o), (bhi, bhi_o), key=lambda x: (x[0], not x[1]))
    scale = max(1.0, abs(lo) if math.isfinite(lo) else 1.0, abs(hi) if math.isfinite(hi) else 1.0)
    if lo < hi - _REL_EPS * scale:
        return True
    if abs(lo - hi) <= _REL_EPS * scale:  # touching ends: agree unless one of them is strict
        return not (lo_o or hi_o)
    return False


def _date_span(v: Value):
    if v.type == "year":
        if v.lo is None or v.hi is None:
            return None
        return f"{int(v.lo):04d}-01-01", f"{int(v.hi):04d}-12-31"
    if not v.start or not v.end:
        return None
    return v.start, v.end


def compare(a: Value, b: Value) -> str:
    """agree / conflict / unresolved / incomparable: conflict only when both cannot be true."""
    if not a.resolved or not b.resolved:
        return UNRESOLVED
    ta, tb = a.type, b.type
    if ta == "text" or tb == "text":
        if ta == tb and _textkey(a.raw) == _textkey(b.raw):
            return AGREE
        return INCOMPARABLE
    if ta == "bool" or tb == "bool":
        if ta != tb:
            return INCOMPARABLE
        return AGREE if bool(a.lo) == bool(b.lo) else CONFLICT
    if "time" in (ta, tb):
        return _compare_times(a, b)
    if {ta, tb} <= {"date", "year"} and "date" in (ta, tb):
        sa, sb = _date_span(a), _date_span(b)
        if sa is None or sb is None:
            return INCOMPARABLE
        return AGREE if max(sa[0], sb[0]) <= min(sa[1], sb[1]) else CONFLICT
    if ta != tb:
        pair = {ta: a, tb: b}
        if {ta, tb} == {"count", "quantity"} and pair["quantity"].unit is None:
            return AGREE if _overlap(a, b) else CONFLICT
        return INCOMPARABLE
    if ta not in _NUMERIC:
        return INCOMPARABLE
    if ta == "percent" and a.unit != b.unit:
        return INCOMPARABLE
    if ta in ("quantity", "money") and a.unit and b.unit and a.unit != b.unit:
        return INCOMPARABLE
    pad_a = pad_b = 0.0
    if ta == "quantity" and (a.tol or b.tol):  # a figure converted from other units was rounded there
        pad_a = (a.tol or 0.0) + 0.01 * _size(a)
        pad_b = (b.tol or 0.0) + 0.01 * _size(b)
    if _overlap(a, b, pad_a, pad_b):
        return AGREE
    if ta in ("percent", "money") and (_rounds_to(a, b) or _rounds_to(b, a)):
        return AGREE  # "58%" and "58.3%": the same figure, one of them rounded
    return CONFLICT


def at_bound(a: Value, b: Value) -> bool:
    """Whether one of two counts is a round figure the other says is exceeded, or not reached ("120"
    and "more than 120", "300" and "fewer than 300"): strictly both cannot hold, but news copy gives
    an official "more than 120" as "120", and the difference is the wording's, not the fact's."""
    if a.type != "count" or b.type != "count":
        return False
    for point, bound in ((a, b), (b, a)):
        if point.lo is None or point.lo != point.hi or point.lo_open or point.hi_open:
            continue
        n = point.lo
        if n < 10 or n % 10:
            continue  # a round figure only: "14" against "more than 14" is a different count
        if (bound.lo == n and bound.lo_open and bound.hi is None) or (bound.hi == n and bound.hi_open
                                                                       and bound.lo in (None, 0)):
            return True
    return False


_STATED = re.compile(r"(?<![\d.,])\d[\d,]*(?:\.(\d+))?")


def _rounds_to(rounded: Value, exact: Value) -> bool:
    """Whether ``rounded``, one figure as written ("58%", "$18.6 billion"), is ``exact`` rounded to the
    decimals it was written with ("58.3%", "$18.62 billion"); never for a bound or a range."""
    if rounded.lo is None or rounded.lo != rounded.hi or exact.lo is None or exact.lo != exact.hi:
        return False
    if rounded.lo_open or rounded.hi_open or exact.lo_open or exact.hi_open or rounded.approx or exact.approx:
        return False
    written = list(_STATED.finditer(rounded.raw or ""))
    if len(written) != 1:
        return False
    decimals = len(written[0].group(1) or "")
    stated = float(written[0].group(0).replace(",", ""))
    if stated == 0 or decimals >= _decimals(exact):
        return False
    scale = rounded.lo / stated  # "billion", a unit's factor
    # (and only a close figure: "$2 billion" is no rounding of "$1.5 billion", nor "2%" of "2.4%")
    close = abs(exact.lo - rounded.lo) <= _ROUNDING_SHARE[rounded.type] * abs(rounded.lo)
    return close and round(exact.lo / scale, decimals) == round(stated, decimals)


_ROUNDING_SHARE = {"percent": 0.1, "money": 0.05}  # how far, as a share of it, a rounded figure may be from the exact


def _decimals(v: Value) -> int:
    """How many decimals a single figure is written with: 1 for "58.3%", 0 for "58%"."""
    written = _STATED.findall(v.raw or "")
    return len(written[0]) if len(written) == 1 else 0


def _size(v: Value) -> float:
    return max(abs(x) for x in (v.lo, v.hi, 0.0) if x is not None)


def _compare_times(a: Value, b: Value) -> str:
    """Two times on their days; two times of day, either on no known day; a time's day against a date."""
    if a.type != b.type:
        time, other = (a, b) if a.type == "time" else (b, a)
        span = _date_span(other) if other.type in ("date", "year") else None
        if span is None or "T" not in time.start:
            return INCOMPARABLE
        return AGREE if max(time.start[:10], span[0]) <= min(time.end[:10], span[1]) else CONFLICT
    if a.unit != b.unit:  # times in different zones
        return INCOMPARABLE
    if "T" in a.start and "T" in b.start:
        return AGREE if max(a.start, b.start) <= min(a.end, b.end) else CONFLICT
    (alo, ahi), (blo, bhi) = minutes(a), minutes(b)
    met = any(max(alo, blo + shift) <= min(ahi, bhi + shift) for shift in (-1440, 0, 1440))
    return AGREE if met else CONFLICT
