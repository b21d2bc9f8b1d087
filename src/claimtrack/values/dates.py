"""Dates: absolute ("16 April 2023", "2023-04-16"), partial ("April 16",
"April"), parts ("late March", "Q3 2022") and ranges ("March 4-6"), and the
entry that strips a wording down to them, handing relative words to
values.relative. "04/05/2023" is refused, never guessed.

dateutil is imported only for the unusual orders it alone reads (start-up time).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from .lexicon import calendar as _calendar
from .lexicon import numbers as _nw
from .model import Value, as_text
from .holidays import holiday
from .periods import day_of_month, period_part, quarter
from .relative import ago, relative_day, relative_period, rolling, weekday
from .spans import (DATE_TOKEN_RE, MONTHS, POSSESSIVE, WEEKDAYS, date_value, latest, month_end, two_digit_year,
                    unresolved, valid)
from .tokens import FOUR_DIGITS, Lazy

_ONE_OR_TWO_DIGITS = Lazy(r"\d{1,2}")

_TIME_RE = Lazy(
    r"(?:\b(?:at|around|about|shortly after|shortly before|just after|just before|after|before)\s+)?"
    r"(?:\b\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)(?![a-z])|\b\d{1,2}:\d{2}(?::\d{2})?\b"
    r"|\b\d{4}\s*(?:gmt|utc)\b)"
    r"|\b(?:local time|gmt|utc|bst|cet|cest|edt|pst|pdt|msk|jst|eet|eest|aest|\(?[a-z]{1,3}t\)?(?= *$))\b"
)


_DATE_SEPARATOR = Lazy(r"[/.]")


def _numeric_date(tok: str):
    """'16/04/2023', '2023/04/16', '16.04.2023': (y, m, d), 'ambiguous', or None."""
    parts = _DATE_SEPARATOR.split(tok)
    if len(parts) != 3:
        return None
    a, b, c = parts
    if len(a) == 4:
        return int(a), int(b), int(c)
    if len(a) > 2:
        return None
    if len(c) != 4:  # a two-digit year is made four digits against the publication date first
        return None
    y, a, b = int(c), int(a), int(b)
    if "." in tok:  # dotted dates are day-first everywhere they are used
        return y, b, a
    if a > 12 >= b:
        return y, b, a
    if b > 12 >= a or a == b:
        return y, a, b
    return "ambiguous"


_ISO_DATE = Lazy(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_NUMERIC_DATE = Lazy(r"\d{1,4}[/.]\d{1,2}[/.]\d{2,4}")


def _partial(toks: list[str], allow_day_only=False):
    """(year, month, day) from a few tokens, any of which may be None; None if not a date."""
    if len(toks) == 1:
        t = toks[0]
        m = _ISO_DATE.fullmatch(t)
        if m:
            return int(m.group(1)), int(m.group(2)), int(m.group(3))
        if _NUMERIC_DATE.fullmatch(t):
            return _numeric_date(t)
        if allow_day_only and _ONE_OR_TWO_DIGITS.fullmatch(t) and 1 <= int(t) <= 31:
            return None, None, int(t)
    if allow_day_only and len(toks) == 2 and _ONE_OR_TWO_DIGITS.fullmatch(toks[0]) and FOUR_DIGITS.fullmatch(toks[1]):
        if 1 <= int(toks[0]) <= 31:  # "16 2023" on the right of "April 10-16, 2023"
            return int(toks[1]), None, int(toks[0])
    months = [k for k, t in enumerate(toks) if t in MONTHS]
    if len(months) != 1 or len(toks) > 3:
        return None
    k = months[0]
    mon = MONTHS[toks[k]]
    y = d = None
    for j, t in enumerate(toks):
        if j == k:
            continue
        if FOUR_DIGITS.fullmatch(t) and y is None:
            y = int(t)
        elif _ONE_OR_TWO_DIGITS.fullmatch(t) and d is None and 1 <= int(t) <= 31 and abs(j - k) == 1:
            d = int(t)
        else:
            return None
    return y, mon, d


def _resolve_partial(raw, p, ref, rel_hint=None):
    """A single partial date (year may be missing) as a Value."""
    y, m, d = p
    if not 1 <= m <= 12:
        return as_text(raw, "month out of range")
    if d is not None and not valid(2000 if y is None else y, m, d):
        return as_text(raw, "no such calendar date")
    if y is not None:
        if not 1 <= y <= 9999:
            return as_text(raw, "year out of range")
        if d is None:
            return date_value(raw, date(y, m, 1), date(y, m, month_end(y, m)), "month")
        return date_value(raw, date(y, m, d), date(y, m, d), "day")
    rel = rel_hint or (f"month-day:{m:02d}-{d:02d}" if d else f"month:{m:02d}")
    if ref is None:
        return unresolved(raw, "date", rel)
    if d is None:
        yy = ref.year if m <= ref.month else ref.year - 1
        return date_value(raw, date(yy, m, 1), date(yy, m, month_end(yy, m)), "month", rel)
    got = _just_ahead(ref, m, d) or latest(ref, lambda yy: (date(yy, m, d), None) if valid(yy, m, d) else None)
    if got is None:
        return as_text(raw, "no such calendar date")
    return date_value(raw, got[0], got[0], "day", rel)


# A day named with its month but no year, within this many days after the report, is that coming day ("the
# policymakers meet on June 16", out on June 4; "the election is on June 14", out on May 8), not the one ten
# months or more before (copy gives a past year's date its year).
AHEAD_DAYS = 62


def _just_ahead(ref: date, m: int, d: int) -> tuple[date, None] | None:
    for yy in (ref.year, ref.year + 1):
        if valid(yy, m, d) and 0 < (date(yy, m, d) - ref).days <= AHEAD_DAYS:
            return date(yy, m, d), None
    return None


_ISO_MONTH = Lazy(r"(?:(?:in|during|since) )?(\d{4})-(\d{2})")
_ORDINAL_SUFFIX = Lazy(r"(\d)(?:st|nd|rd|th)\b")
_ABBREVIATION_DOT = Lazy(r"\b([a-z]{3,9})\.")
_LETTERS = Lazy(r"[a-z]+")
_SHORT_YEAR = Lazy(r"(?<![\w'])'(\d\d)\b")
_SHORT_YEAR_DATE = Lazy(r"\b(\d{1,2}([/.])\d{1,2}\2)(\d\d)\b")
_ORDINAL_WORD = Lazy(r"\b(?:(twenty|thirty)[- ]?)?(" + "|".join(sorted(_nw.ORDINALS, key=len, reverse=True))
                     + r")\b(?![ -](?:half|quarter|century))")  # days only: "the first half" stays words


def _ordinal_digits(m) -> str:
    return str({"twenty": 20, "thirty": 30}.get(m.group(1), 0) + _nw.ORDINALS[m.group(2)])


def read_date(t: str, raw: str, ref: date | None) -> Value | None:
    """Absolute, partial and relative dates; None when the wording is not a date at all."""
    m = _ISO_MONTH.fullmatch(t)
    if m:  # "2023-04" is a month unless it reads as a span of years ("2011-12")
        y, mo = int(m.group(1)), int(m.group(2))
        if 1 <= mo <= 12 and mo != (y + 1) % 100:
            return date_value(raw, date(y, mo, 1), date(y, mo, month_end(y, mo)), "month")
        return None
    s = POSSESSIVE.sub("", t)
    s = _TIME_RE.sub(" ", s)
    ordinal = _ORDINAL_SUFFIX.search(s) is not None or (
        not _nw.ORDINALS.keys().isdisjoint(_LETTERS.findall(s)) and _ORDINAL_WORD.search(s) is not None)
    s = _ORDINAL_SUFFIX.sub(r"\1", s)
    if ordinal:
        s = _ORDINAL_WORD.sub(_ordinal_digits, s)  # "the twenty-second of June" is the 22nd
    s = _ABBREVIATION_DOT.sub(r"\1", s)  # "Sept." "Apr."
    if _SHORT_YEAR_DATE.search(s) or ("'" in s and _SHORT_YEAR.search(s)
                                      and MONTHS.keys() & set(DATE_TOKEN_RE.findall(s))):
        # "16/04/68", "April '23": the century is the publication date's to choose ("'68" alone is a year)
        if ref is None:
            return unresolved(raw, "date", "two-digit-year")
        s = _SHORT_YEAR_DATE.sub(lambda m: m.group(1) + str(two_digit_year(int(m.group(3)), ref)), s)
        s = _SHORT_YEAR.sub(lambda m: " " + str(two_digit_year(int(m.group(1)), ref)), s)
    toks_all = DATE_TOKEN_RE.findall(s)
    if not toks_all:
        return None
    # rolling windows: "the past week", "over the last 24 hours", "past few days"
    k = 0
    while k < len(toks_all) and toks_all[k] in ("in", "over", "during", "for", "within", "throughout"):
        k += 1
    rest = toks_all[k:]
    window = None
    if rest[:1] == ["the"] and rest[1:2] and rest[1] in ("past", "last", "previous"):
        window = rest[2:]
    elif rest[:1] == ["past"] or (rest[:1] in (["last"], ["previous"]) and len(rest) > 2):
        window = rest[1:]
    if window:
        return rolling(raw, window, ref)
    toks = [x for x in toks_all if x not in _calendar.FILLERS]
    if not toks:
        return None
    if toks[-1] == "ago":
        return ago(raw, toks[:-1], ref)
    phrase = " ".join(toks)
    rel = relative_day(raw, phrase, ref)
    if rel is not None:
        return rel
    # drop times of day, and early/late before a day word ("late on Sunday")
    cleaned = []
    for j, x in enumerate(toks):
        if x in _calendar.TIMES_OF_DAY or (x == "hours" and j and toks[j - 1] in ("early", "small", "wee")):
            continue
        nx = toks[j + 1] if j + 1 < len(toks) else None
        if x in ("early", "late", "earlier", "later") and (nx in WEEKDAYS or nx in _calendar.TIMES_OF_DAY or nx in (
                "yesterday", "today", "tomorrow", "hours")):
            continue
        cleaned.append(x)
    toks = cleaned
    if not toks:
        return None
    phrase = " ".join(toks)
    rel = relative_day(raw, phrase, ref)
    if rel is not None:
        return rel
    got = relative_period(raw, toks, ref) or period_part(raw, toks, ref) or quarter(raw, toks, ref) or holiday(
        raw, toks, ref)
    if got is None and ordinal and ("the" in toks_all or "on" in toks_all):  # "on the 27th"
        got = day_of_month(raw, toks, ref)
    if got is not None:
        return got
    if len(toks) > 2 and toks[-2:] in (["last", "year"], ["this", "year"], ["next", "year"]):
        # "late last year", "April last year": the year from the publication date
        rel = "-".join(toks[-2:]) + ":" + "-".join(toks[:-2])
        if ref is None:  # unresolved where a year would make it a date, as any year does (see normalize)
            return None if _read_date_body(raw, toks[:-2] + ["2000"], date(2000, 12, 31)) is None else unresolved(
                raw, "date", rel)
        y = ref.year + {"last": -1, "this": 0, "next": 1}[toks[-2]]
        got = _read_date_body(raw, toks[:-2] + [str(y)], ref)
        if got is not None and got.type == "date" and got.resolved:
            return Value(**{**got.__dict__, "relative": rel})
        return got
    # weekday, alone or next to a date
    wds = [x for x in toks if x in WEEKDAYS]
    if wds:
        others = [x for x in toks if x not in WEEKDAYS]
        if len(wds) > 1:
            return None
        wd = WEEKDAYS[wds[0]]
        if others in (["last"], ["this"], ["next"], ["past"], ["this", "past"]):
            return weekday(raw, wd, " ".join(others), ref)
        if others and all(x in ("last", "this", "next", "past") for x in others):
            return None  # "Sunday last next": no day
        if not others:
            return weekday(raw, wd, "", ref)
        p = _partial(others)
        if ref is not None and p not in (None, "ambiguous") and p[0] is None and p[2] is not None:
            m, d = p[1], p[2]  # "Tuesday 5 November": the latest such date that was a Tuesday
            # (or one of the weeks ahead: "Friday, June 5", the day after publication, is no 2020 date)
            for y in (ref.year, ref.year + 1):
                if valid(y, m, d) and ref < date(y, m, d) <= ref + timedelta(days=_WEEKDAY_AHEAD_DAYS) \
                        and date(y, m, d).weekday() == wd:
                    return date_value(raw, date(y, m, d), date(y, m, d), "day", f"month-day:{m:02d}-{d:02d}")
            for y in (ref.year, ref.year - 1):
                if valid(y, m, d) and ref - timedelta(days=366) <= date(y, m, d) <= ref \
                        and date(y, m, d).weekday() == wd:
                    return date_value(raw, date(y, m, d), date(y, m, d), "day", f"month-day:{m:02d}-{d:02d}")
            # (the latest such date years back would be a guess: "Sunday, March 29", out in February 2026, is
            # no 2020 date)
            return as_text(raw, f"{wds[0].capitalize()} falls on no {m:02d}-{d:02d} within the year before the report "
                                "or the weeks after it")
        got = _read_date_body(raw, others, ref)
        if got is None or got.type != "date":
            return got
        if got.resolved and got.precision == "day" and date.fromisoformat(got.start).weekday() != wd:
            return as_text(raw, f"{wds[0].capitalize()} does not fall on {got.start}")
        return got
    return _read_date_body(raw, toks, ref)


_WEEKDAY_AHEAD_DAYS = 60  # how far ahead of its report a day named with its weekday may be read (as a month-day is)


def _part_of(raw, toks, ref):
    """'late March', 'mid-April 2023', 'early 2023', 'first half of 2023', 'Q3 2022'."""
    toks = [x for x in toks if x != "-"]
    if len(toks) in (2, 3) and toks[0] in _calendar.MONTH_PARTS and toks[1] in MONTHS:
        if len(toks) == 3 and not FOUR_DIGITS.fullmatch(toks[2]):
            return None
        part, mo = toks[0], MONTHS[toks[1]]
        a, b = _calendar.MONTH_PARTS[part]
        part = {"beginning": "early", "start": "early", "middle": "mid", "end": "late"}.get(part, part)

        def make(y):
            return date(y, mo, a), date(y, mo, min(b, month_end(y, mo)))

        if len(toks) == 3:
            s, e = make(int(toks[2]))
            return date_value(raw, s, e, "range")
        rel = f"month-part:{mo:02d}:{part}"
        if ref is None:
            return unresolved(raw, "date", rel)
        s, e = latest(ref, make)
        return date_value(raw, s, e, "range", rel)
    if len(toks) >= 2 and FOUR_DIGITS.fullmatch(toks[-1]):
        y, head = int(toks[-1]), toks[:-1]
        months = None
        if len(head) == 1 and head[0] in _calendar.YEAR_PARTS:
            months = _calendar.YEAR_PARTS[head[0]]
        elif len(head) == 2 and head[1] == "half" and head[0] in ("first", "second", "1", "2"):
            months = (1, 6) if head[0] in ("first", "1") else (7, 12)
        elif len(head) == 2 and head[1] == "quarter" and head[0] in _calendar.QUARTERS:
            q = _calendar.QUARTERS[head[0]]
            months = (3 * q - 2, 3 * q)
        elif len(head) == 2 and head[0] in ("q", "h") and head[1] in "1234" and (head[0] == "q" or head[1] in "12"):
            n = int(head[1])
            months = (3 * n - 2, 3 * n) if head[0] == "q" else ((1, 6) if n == 1 else (7, 12))
        if months and 1 <= y <= 9999:
            return date_value(raw, date(y, months[0], 1), date(y, months[1], month_end(y, months[1])), "range")
    return None


def _read_date_body(raw, toks, ref):
    """Absolute dates, partial dates and date ranges once relative words are gone."""
    got = _part_of(raw, toks, ref)
    if got is not None:
        return got
    p = _partial(toks)
    if p == "ambiguous":
        return as_text(raw, "day and month order is ambiguous")
    if p is not None:
        if p[1] is None:
            return None
        return _resolve_partial(raw, p, ref)
    got = _date_range(raw, toks, ref)
    if got is not None:
        return got
    if toks and toks[0] in ("early", "late") and len(toks) > 1:  # "late April 16" -> the day
        p = _partial(toks[1:])
        if p not in (None, "ambiguous") and p[2] is not None:
            return _resolve_partial(raw, p, ref)
    return _dateutil(raw, toks, ref)


def _date_range(raw, toks, ref):
    if toks and toks[0] == "between":
        toks, seps = toks[1:], ("and",)
    else:
        seps = ("-", "to", "until", "till", "through", "thru")
    for k, x in enumerate(toks):
        if x not in seps or k == 0:
            continue
        left, right = _partial(toks[:k], True), _partial(toks[k + 1:], True)
        if left in (None, "ambiguous") or right in (None, "ambiguous"):
            continue
        (ly, lm, ld), (ry, rm, rd) = left, right
        if lm is None and rm is None:
            continue
        if lm is None and ld is not None:
            lm = rm
        if rm is None and rd is not None:
            rm = lm
        if lm is None or rm is None:
            continue
        filled_left_year = ly is None and ry is not None
        ly = ly if ly is not None else ry
        ry = ry if ry is not None else ly

        def make(yl, yr, lm=lm, rm=rm, ld=ld, rd=rd):
            if not (valid(yl, lm, ld or 1) and valid(yr, rm, rd or 1)):
                return None
            a = date(yl, lm, ld or 1)
            b = date(yr, rm, rd or month_end(yr, rm))
            if a > b:
                if not (valid(yl - 1, lm, ld or 1)):
                    return None
                a = date(yl - 1, lm, ld or 1)
            return a, b

        if ly is None:
            rel = "month-day-range:" + (f"{lm:02d}-{ld:02d}" if ld else f"{lm:02d}") + ".." + (
                f"{rm:02d}-{rd:02d}" if rd else f"{rm:02d}")
            if ref is None:
                return unresolved(raw, "date", rel)
            got = latest(ref, lambda y: make(y, y if (rm, rd or 31) >= (lm, ld or 1) else y + 1))
            if got is None:
                return as_text(raw, "no such calendar date")
            return date_value(raw, got[0], got[1], "range", rel)
        got = make(ly, ry)
        if got is None:
            return as_text(raw, "no such calendar date")
        if not filled_left_year and got[0].year != ly:
            return as_text(raw, "a date range whose ends are reversed")
        return date_value(raw, got[0], got[1], "range")
    return None


def _dateutil(raw, toks, ref):
    """Unusual orders ("2023 April 16", "16-Apr-2023"), guarded against dateutil's filled-in defaults."""
    if sum(x in MONTHS for x in toks) != 1 or any(x not in MONTHS and x != "-" and not x.isdigit() for x in toks):
        return None
    nums = [x for x in toks if x.isdigit()]
    if len(nums) > 2 or sum(len(x) <= 2 for x in nums) > 1 or sum(len(x) == 4 for x in nums) > 1:
        return None
    from dateutil import parser

    text = " ".join(toks)
    try:
        a = parser.parse(text, default=datetime(2000, 1, 1))
        b = parser.parse(text, default=datetime(2004, 3, 2))
    except (ValueError, OverflowError, TypeError, parser.ParserError):
        return None
    if a.month != b.month:
        return None
    y = a.year if a.year == b.year else None
    d = a.day if a.day == b.day else None
    return _resolve_partial(raw, (y, a.month, d), ref)
