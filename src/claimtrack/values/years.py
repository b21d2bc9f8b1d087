"""Years, year ranges, decades and centuries ("2018", "2019-20", "circa 1850", "the
late 1980s", "the '80s", "the 21st century")."""

from __future__ import annotations

from datetime import date

from .lexicon import calendar as _calendar
from .lexicon import numbers as _nw
from .model import Value, as_text
from .spans import two_digit_year, unresolved
from .tokens import Lazy

_YEAR_RE = Lazy(r"(?:(?:in|during|since|from|of) )?(?:(?:the )?(?:calendar |fiscal |financial )?year |fiscal |fy ?)?"
                r"(\d{4})")
_YEAR_RANGE_RE = Lazy(r"(?:(?:in|from|between|during) )?(?:the )?(?:years? )?(\d{4}) ?(?:-|to|and|until|"
                      r"through|/) ?(\d{4}|\d{2})")
_YEAR_APPROX_RE = Lazy(r"(?:around|about|circa|c|ca|approximately|roughly) ?(\d{4})")
_LEAD = r"(?:(?:in|during|since|from|of|by) )?(?:the )?"
_PART = r"(?:(early|mid|late) ?-?)?"
_DECADE_RE = Lazy(_LEAD + _PART + r"(\d{3}0)s")
_SHORT_DECADE_RE = Lazy(_LEAD + _PART + r"(?:(\d)0s|(" + "|".join(_calendar.DECADE_WORDS) + "))")
_AGE_RE = Lazy(r"(?:(?:in|into) )?(?:" + "|".join(_calendar.AGE_OWNERS) + r") " + _PART
               + r"(?:\d0s|" + "|".join(_calendar.DECADE_WORDS) + ")")
_SHORT_YEAR_RE = Lazy(r"(?:(?:in|since|during|of|the class of|from|by) )?'(\d\d)")
_CENTURY_RE = Lazy(_LEAD + _PART + r"(\d{1,2})(?:st|nd|rd|th)[ -]century")
_CENTURY_WORDS_RE = Lazy(_LEAD + _PART + r"(?:(twenty|thirty)[ -]?)?(" + "|".join(_nw.ORDINALS) + r")[ -]century")
_PARTS = {"early": (0, 3), "mid": (3, 6), "late": (6, 9), None: (0, 9)}
_CENTURY_PARTS = {"early": (0, 33), "mid": (33, 66), "late": (66, 100), None: (0, 100)}


def year_ok(y: int) -> bool:
    return 1800 <= y <= 2100


def read_year(t: str, raw: str, ref: date | None = None) -> Value | None:
    m = _SHORT_YEAR_RE.fullmatch(t)
    if m:  # "'68": the century is the publication date's to choose
        if ref is None:
            return unresolved(raw, "year", f"two-digit-year:{m.group(1)}")
        y = float(two_digit_year(int(m.group(1)), ref))
        return Value(type="year", raw=raw, lo=y, hi=y, relative=f"two-digit-year:{m.group(1)}")
    t = t.replace(".", "").replace("'", "")
    m = _YEAR_RE.fullmatch(t)
    if m and year_ok(int(m.group(1))):
        y = float(m.group(1))
        return Value(type="year", raw=raw, lo=y, hi=y)
    m = _YEAR_RANGE_RE.fullmatch(t)
    if m:
        a, b = int(m.group(1)), m.group(2)
        hi = int(b) if len(b) == 4 else a // 100 * 100 + int(b)
        if year_ok(a) and year_ok(hi) and hi > a:
            return Value(type="year", raw=raw, lo=float(a), hi=float(hi))
    m = _YEAR_APPROX_RE.fullmatch(t)
    if m and year_ok(int(m.group(1))):
        y = float(m.group(1))
        return Value(type="year", raw=raw, lo=y - 1, hi=y + 1, approx=y)
    return _decade(t, raw, ref) or _century(t, raw)


def _decade(t: str, raw: str, ref: date | None) -> Value | None:
    """ "the late 1980s"; "the '80s" and "the eighties", of the century the publication date makes them past."""
    m = _DECADE_RE.fullmatch(t)
    if m and year_ok(int(m.group(2))):
        y = int(m.group(2))
        if y % 100 == 0:
            return as_text(raw, f"the {y}s: the decade {y}-{y + 9}, or the century?")
        a, b = _PARTS[m.group(1)]
        return Value(type="year", raw=raw, lo=float(y + a), hi=float(y + b))
    if _AGE_RE.fullmatch(t):
        return as_text(raw, "an age ('in his 80s'), not years")
    m = _SHORT_DECADE_RE.fullmatch(t)
    if not m:
        return None
    tens = int(m.group(2)) * 10 if m.group(2) else _calendar.DECADE_WORDS[m.group(3)]
    rel = f"decade:{tens:02d}s" + (f":{m.group(1)}" if m.group(1) else "")
    if ref is None:
        return unresolved(raw, "year", rel)
    y = max(c + tens for c in (1800, 1900, 2000) if c + tens <= ref.year)
    if y <= ref.year <= y + 9:
        return as_text(raw, f"the {tens:02d}s: the {y - 100}s or the {y}s?")
    a, b = _PARTS[m.group(1)]
    return Value(type="year", raw=raw, lo=float(y + a), hi=float(y + b), relative=rel)


def _century(t: str, raw: str) -> Value | None:
    """ "the 21st century" (2000..2100: whichever year it is said to begin with), "the late nineteenth century"."""
    m = _CENTURY_RE.fullmatch(t)
    if m:
        n = int(m.group(2))
    else:
        m = _CENTURY_WORDS_RE.fullmatch(t)
        if not m:
            return None
        n = {"twenty": 20, "thirty": 30}.get(m.group(2), 0) + _nw.ORDINALS[m.group(3)]
    if not 1 <= n <= 30:
        return None
    a, b = _CENTURY_PARTS[m.group(1)]
    start = (n - 1) * 100
    return Value(type="year", raw=raw, lo=float(start + a), hi=float(start + b))
