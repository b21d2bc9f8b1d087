"""Parts of weeks, months and quarters said against the publication date: "late last
month", "the end of the week", "Q3", "last quarter", "on the 27th"."""

from __future__ import annotations

from datetime import date, timedelta

from .lexicon import calendar as _calendar
from .model import Value, as_text
from .spans import date_value, month_end, unresolved

_SHIFTS = {"last": -1, "previous": -1, "past": -1, "this": 0, "next": 1, "coming": 1}
_PART_NAMES = {"beginning": "early", "start": "early", "middle": "mid", "end": "late"}


def _span(ref: date, what: str, shift: int) -> tuple[date, date]:
    """The week (Monday..Sunday), month, quarter or year of ref, moved by shift of them."""
    if what == "week":
        monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=shift)
        return monday, monday + timedelta(days=6)
    if what == "year":
        return date(ref.year + shift, 1, 1), date(ref.year + shift, 12, 31)
    months = 3 if what == "quarter" else 1
    y, m = divmod(ref.year * 12 + (ref.month - 1) // months * months + shift * months, 12)
    last = m + months
    return date(y, m + 1, 1), date(y, last, month_end(y, last))


def period_part(raw: str, toks: list[str], ref: date | None) -> Value | None:
    """ "late last month", "early this week", "the end of the month" (this month), "mid-next week"."""
    toks = [x for x in toks if x != "-"]
    if len(toks) not in (2, 3) or toks[0] not in _calendar.MONTH_PARTS:
        return None
    mod, what = ("this", toks[1]) if len(toks) == 2 else (toks[1], toks[2])
    if mod not in _SHIFTS or what not in ("week", "month", "year") or (what == "year" and len(toks) == 3):
        return None  # "late last year" is read with the year in its words (see dates)
    part = _PART_NAMES.get(toks[0], toks[0])
    rel = f"{mod}-{what}:{part}"
    if ref is None:
        return unresolved(raw, "date", rel)
    start, end = _span(ref, what, _SHIFTS[mod])
    if what == "week":
        a, b = _calendar.WEEK_PARTS[part]
        return date_value(raw, start + timedelta(days=a), start + timedelta(days=b), "range", rel)
    if what == "month":
        a, b = _calendar.MONTH_PARTS[part]
        return date_value(raw, start.replace(day=a), start.replace(day=min(b, end.day)), "range", rel)
    a, b = _calendar.YEAR_PARTS[part]
    return date_value(raw, date(start.year, a, 1), date(start.year, b, month_end(start.year, b)), "range", rel)


def quarter(raw: str, toks: list[str], ref: date | None) -> Value | None:
    """ "Q3" (the latest one begun), "last quarter", "this quarter"; "the third quarter" alone stays text."""
    if len(toks) != 2:
        return None
    if toks[0] == "q" and toks[1] in ("1", "2", "3", "4"):
        n = int(toks[1])
        if ref is None:
            return unresolved(raw, "date", f"quarter:{n}")
        y = ref.year if 3 * n - 2 <= ref.month else ref.year - 1
        return date_value(raw, date(y, 3 * n - 2, 1), date(y, 3 * n, month_end(y, 3 * n)), "range", f"quarter:{n}")
    if toks[1] != "quarter":
        return None
    if toks[0] in _SHIFTS:
        rel = f"{toks[0]}-quarter"
        if ref is None:
            return unresolved(raw, "date", rel)
        return date_value(raw, *_span(ref, "quarter", _SHIFTS[toks[0]]), "range", rel)
    if toks[0] in _calendar.QUARTERS:
        return as_text(raw, "a quarter with no year: of a year, or of a match?")
    return None


def day_of_month(raw: str, toks: list[str], ref: date | None) -> Value | None:
    """ "on the 27th" (the latest 27th), "the 3rd of last month", "the first of the month"."""
    if not toks or not toks[0].isdigit() or not 1 <= int(toks[0]) <= 31:
        return None
    day, rest = int(toks[0]), toks[1:]
    if rest and rest not in (["month"], *([mod, "month"] for mod in _SHIFTS)):
        return None
    rel = f"day:{day}" + (f":{rest[0]}-month" if len(rest) == 2 else "")
    if ref is None:
        return unresolved(raw, "date", rel)
    if rest:
        start, end = _span(ref, "month", _SHIFTS[rest[0]] if len(rest) == 2 else 0)
        if day > end.day:
            return as_text(raw, f"no day {day} in {start:%B %Y}")
        return date_value(raw, start.replace(day=day), start.replace(day=day), "day", rel)
    for shift in range(0, -3, -1):  # the latest such day on or before the publication date
        start, end = _span(ref, "month", shift)
        if day <= end.day and start.replace(day=day) <= ref:
            found = start.replace(day=day)
            return date_value(raw, found, found, "day", rel)
    return None
