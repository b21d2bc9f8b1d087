"""The value a claim states: its wording plus what it means, and one canonical
string per meaning."""

from __future__ import annotations

from dataclasses import dataclass, fields

VALUE_TYPES = ("count", "quantity", "money", "percent", "duration", "date", "year", "time", "bool", "text")

EPS = 1e-9


@dataclass(frozen=True)
class Value:
    """One claim value: the wording as given plus what it means.

    Numeric kinds are an interval [lo, hi] (None = unbounded); lo_open/hi_open
    make a bound strict ("more than 20"), approx keeps the stated figure of an
    "about X" for display, and tol is the rounding slack of a figure that was
    converted from another unit (10 miles -> km), used only when comparing.
    """

    type: str
    raw: str
    lo: float | None = None
    hi: float | None = None
    unit: str | None = None
    start: str | None = None
    end: str | None = None
    precision: str | None = None
    resolved: bool = True
    relative: str | None = None
    note: str | None = None
    lo_open: bool = False
    hi_open: bool = False
    approx: float | None = None
    tol: float | None = None

    def __post_init__(self):
        if self.type not in VALUE_TYPES:
            raise ValueError(f"unknown value type {self.type!r}")

    def canonical(self) -> str | None:
        """One stable string per meaning, so equal readings store equally."""
        t = self.type
        if t == "text":
            return None
        if not self.resolved:
            return f"{t} ? {self.relative or 'relative'}"
        if t == "bool":
            return "yes" if self.lo else "no"
        if t == "date":
            if not self.start or not self.end:
                return "date ?"
            if self.precision == "day" and self.start == self.end:
                return f"date {self.start}"
            if self.precision == "month":
                return f"date {self.start[:7]}"
            if self.precision == "year":
                return f"date {self.start[:4]}"
            return f"daterange {self.start}..{self.end}"
        if t == "duration":
            return "duration " + fmt_duration(self)
        if t == "time":
            span = self.start if self.start == self.end else f"{self.start}..{self.end}"
            return f"time {span}" + (f" {self.unit}" if self.unit else "")
        num = fmt_interval(self.lo, self.hi, self.lo_open, self.hi_open, self.approx, fmt_num)
        if t == "year":
            return f"year {num}"
        return f"{t} {num}" + (f" {self.unit}" if self.unit else "")

    def to_json(self) -> dict:
        """Every field (plus the canonical string, for readers that want only that)."""
        out = {name: getattr(self, name) for name in _FIELDS}
        out["canonical"] = self.canonical()
        return out

    @classmethod
    def from_json(cls, d: dict) -> "Value":
        """Inverse of to_json; unknown keys are ignored so older readers keep working."""
        if not isinstance(d, dict):
            raise TypeError("a value is read from a dict")
        kw = {k: d[k] for k in _FIELDS if k in d}
        if "type" not in kw or "raw" not in kw:
            raise ValueError("a value needs 'type' and 'raw'")
        for k in ("lo", "hi", "approx", "tol"):
            if kw.get(k) is not None:
                kw[k] = float(kw[k])
        for k in ("resolved", "lo_open", "hi_open"):
            if k in kw:
                kw[k] = bool(kw[k])
        return cls(**kw)


_FIELDS = tuple(f.name for f in fields(Value))


def fmt_num(x: float) -> str:
    if abs(x - round(x)) <= EPS * max(1.0, abs(x)) and abs(x) < 1e15:
        return str(int(round(x)))
    return f"{x:.10g}"


def fmt_interval(lo, hi, lo_open, hi_open, approx, fmt) -> str:
    if approx is not None:
        return "~" + fmt(approx)
    if lo is None and hi is None:
        return "any"
    if hi is None:
        return (">" if lo_open else ">=") + fmt(lo)
    if lo is None:
        return ("<" if hi_open else "<=") + fmt(hi)
    if lo == hi and not (lo_open or hi_open):
        return fmt(lo)
    return (">" if lo_open else "") + fmt(lo) + ".." + ("<" if hi_open else "") + fmt(hi)


_DUR_UNITS = (("d", 1.0), ("h", 24.0), ("min", 1440.0), ("s", 86400.0))


def fmt_duration(v: Value) -> str:
    """Days when the bounds are whole or half days, else the largest unit that is."""
    nums = [x for x in (v.lo, v.hi, v.approx) if x is not None]
    for suffix, factor in _DUR_UNITS:
        if all(abs(x * factor * 2 - round(x * factor * 2)) <= 1e-6 for x in nums):
            break
    body = fmt_interval(v.lo, v.hi, v.lo_open, v.hi_open, v.approx, lambda x: fmt_num(round(x * factor, 6)))
    return body + suffix


def as_text(raw: str, note: str) -> Value:
    """The wording kept as text, with why it was not read."""
    return Value(type="text", raw=raw, note=note)
