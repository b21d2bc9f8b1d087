"""Years, year ranges and decades ("2018", "2019-20", "circa 1850", "the late 1980s")."""

from __future__ import annotations

from .model import Value
from .tokens import Lazy

_YEAR_RE = Lazy(r"(?:(?:in|during|since|from|of) )?(?:(?:the )?(?:calendar |fiscal |financial )?year |fiscal |fy ?)?"
                r"(\d{4})")
_YEAR_RANGE_RE = Lazy(r"(?:(?:in|from|between|during) )?(?:the )?(?:years? )?(\d{4}) ?(?:-|to|and|until|"
                      r"through|/) ?(\d{4}|\d{2})")
_YEAR_APPROX_RE = Lazy(r"(?:around|about|circa|c|ca|approximately|roughly) ?(\d{4})")
_DECADE_RE = Lazy(r"(?:(?:in|during) )?(?:the )?(?:(early|mid|late) ?-?)?(\d{3}0)s")


def year_ok(y: int) -> bool:
    return 1800 <= y <= 2100


def read_year(t: str, raw: str) -> Value | None:
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
    m = _DECADE_RE.fullmatch(t)
    if m and year_ok(int(m.group(2))):
        y = int(m.group(2))
        a, b = {"early": (0, 3), "mid": (3, 6), "late": (6, 9), None: (0, 9)}[m.group(1)]
        return Value(type="year", raw=raw, lo=float(y + a), hi=float(y + b))
    return None
