"""Counts, quantities, money, percents and durations: one grammar over tokens
(qualifier, currency, figure, unit, range, suffix), typed by the unit.

Conventions (chosen so that a conflict is never raised on a plausible reading):
about/around/some/roughly X is X +-10%; nearly/almost X 0.9X..<X; just over X
>X..1.1X; "40-odd" >40..<50; counts stated exactly are exact. "5m" is metres
unless money or a noun follows ("5m people"); "$" is USD, "¥" JPY unless yuan
is named; "tons" are metric.
"""

from __future__ import annotations

import math

from .durations import add_smaller_units, to_days
from .lexicon import money as _money
from .lexicon import numbers as _nw
from .lexicon import qualifiers as _qualifiers
from .lexicon import units as _units
from .model import Value, as_text
from .numbers import NUMBER_WORDS, Mag, and_a_fraction, magnitude
from .tokens import FOUR_DIGITS, Lazy, index, is_digits, match, num_tokens, phrases, tok
from .units import CUR_PREFIX, DURATION_PLURALS, UNIT_IDX, UNITS_SPEC, is_cur_suffix, unit_at
from .years import year_ok

UNREAD = "not a number, amount, date or yes/no that can be read"
_PREFIX = index(phrases(_qualifiers.BEFORE))
_SUFFIX = index(phrases(_qualifiers.AFTER))


def _suffixes(toks, j, quals):
    while True:
        k = j + 1 if tok(toks, j) == "-" else j
        v, n = match(_SUFFIX, toks, k)
        if not v:
            return j
        quals.append(v)
        j = k + n


_RANGE_SEPS = {"-", "to", "or", "through", "thru", "and"}


def _apply_qual(q, lo, hi, lo_open, hi_open, point, approx):
    """Narrow or widen an interval by a qualifier word ("at least", "about", "-odd")."""
    if q == "ge":
        return lo, None, lo_open, False, None
    if q == "gt" or (q == "gt_near" and not point):
        return lo, None, True, False, None
    if q == "le":
        return None, hi, False, hi_open, None
    if q == "lt" or (q == "nearly" and not point):
        return None, hi, False, True, None
    if q == "nearly" and hi == 0:
        return 0.0, 0.0, False, False, 0.0
    if q == "nearly" and hi < 0:  # "nearly -50": between -50 and -45
        return hi, hi * 0.9, True, False, None
    if q == "approx":
        if point:
            a, b = sorted((lo * 0.9, lo * 1.1))
            return a, b, False, False, lo
        return (None if lo is None else min(lo * 0.9, lo * 1.1), None if hi is None else max(hi * 0.9, hi * 1.1),
                lo_open, hi_open, None)
    if q == "nearly":  # just below the figure
        return hi * 0.9, hi, False, True, None
    if q == "gt_near":
        return lo, lo * 1.1, True, False, None
    if q in ("odd", "something") and point and lo > 0:
        place = 10.0 ** max(0, len(str(int(lo))) - len(str(int(lo)).rstrip("0")))
        if place == 1.0 and lo >= 10:
            place = 10.0
        return lo, lo + place, q == "odd", True, None
    return lo, hi, lo_open, hi_open, approx


# Shares said in words: "two-thirds", "a fifth", "half", "one in five", "nine out of ten".
_SHARE_FRACTIONS = {**_nw.FRACTIONS, **_nw.SHARE_FRACTIONS}
_SHARE_NUMBER = {**{w: n for w, n in _nw.SMALL.items() if n >= 1}, **_nw.TENS, "hundred": 100, "a": 1, "an": 1}


def _share_number(tok: str | None) -> float | None:
    if tok is None:
        return None
    if tok in _SHARE_NUMBER:
        return float(_SHARE_NUMBER[tok])
    return float(tok.replace(",", "")) if is_digits(tok) else None


def _leading_qualifiers(toks: list[str]) -> tuple[list[str], int]:
    """The qualifiers a share in words opens with ("nearly", "about"), and where its figure begins."""
    quals = []
    i = 0
    while True:
        q, n = match(_PREFIX, toks, i)
        if not q or q in ("between", "aged", "mag", "one"):
            return quals, i
        if q not in ("filler", "skip"):
            quals.append(q)
        i += n


def _read_share(toks: list[str], raw: str) -> Value | None:
    """A share in words, as a percent: a rounded figure, so bare it reads as 'about' ('two-thirds': ~66.67%)."""
    quals, i = _leading_qualifiers(toks)
    rest = toks[i:]
    share = None
    if rest == ["half"] or rest in (["a", "half"], ["one", "half"]):
        share = 0.5
    elif len(rest) in (2, 3) and rest[-1] in _SHARE_FRACTIONS and (len(rest) == 2 or rest[1] == "-"):
        numer = _share_number(rest[0])
        if numer is not None and 1 <= numer < 10 and (numer == 1) == (not rest[-1].endswith("s")):
            share = numer * _SHARE_FRACTIONS[rest[-1]]
    elif len(rest) >= 3 and rest[1] in ("in", "out"):
        k = 2 if rest[1] == "in" else (3 if rest[2] == "of" else 0)
        if k and tok(rest, k) == "every":
            k += 1
        part, whole = _share_number(rest[0]), _share_number(tok(rest, k))
        if k and k + 1 == len(rest) and part is not None and whole is not None and rest[0] not in ("a", "an") \
                and 1 <= part < whole:
            share = part / whole
    if share is None or not 0 < share < 1:
        return None
    point = round(share * 100, 2)
    lo, hi, lo_open, hi_open, approx = point, point, False, False, None
    for q in dict.fromkeys(quals or ["approx"]):
        lo, hi, lo_open, hi_open, approx = _apply_qual(q, lo, hi, lo_open, hi_open, lo == hi, approx)
    if hi is None or hi > 100:  # a share is at most the whole
        hi, hi_open = 100.0, False
    return Value(type="percent", raw=raw, lo=lo, hi=hi, lo_open=lo_open, hi_open=hi_open, approx=approx)


_POINT_FRACTIONS = {**_nw.FRACTIONS, **_nw.SHARE_FRACTIONS}


def _read_point_share(toks: list[str], raw: str, kind: str | None) -> Value | None:
    """A share of a point in words ("a quarter point", "half a percentage point", "three-tenths of a
    point", "a half-point"), as percentage points: a rate's move as central banks and statisticians
    give it. A bare "point" is a percentage point only where a percent is being read (an index
    moves by points of its own); None where the wording is no share of a point."""
    quals, i = _leading_qualifiers(toks)
    rest = [x for x in toks[i:] if x != "-"]
    if not rest or rest[-1] not in ("point", "points"):
        return None
    if rest[0] == "half" and tok(rest, 1) in ("a", "an"):
        numer, fraction, k = 1.0, "half", 2  # "half a point"
    else:
        k = 1 if rest[0] in ("a", "an", "one") or rest[0] in _SHARE_NUMBER else 0
        numer = 1.0 if rest[0] in ("a", "an", "one") or k == 0 else _share_number(rest[0])
        fraction = tok(rest, k)
        if fraction not in _POINT_FRACTIONS or numer is None or (numer > 1) != fraction.endswith("s"):
            return None
        k += 1
        if tok(rest, k) == "of":  # "a quarter of a point"
            k += 1
            if tok(rest, k) not in ("a", "an"):
                return None
            k += 1
    words = rest[k:-1]
    if words not in ([], ["percentage"], ["percent"], ["per", "cent"]):
        return None
    if not words and kind != "percent":
        return as_text(raw, "a share of a 'point': of a percentage point, or of an index's point?")
    point = round(numer * _POINT_FRACTIONS[fraction], 4)
    if not 0 < point < 1:
        return None
    lo, hi, lo_open, hi_open, approx = point, point, False, False, None
    for q in dict.fromkeys(quals):
        lo, hi, lo_open, hi_open, approx = _apply_qual(q, lo, hi, lo_open, hi_open, lo == hi, approx)
    return Value(type="percent", raw=raw, lo=lo, hi=hi, lo_open=lo_open, hi_open=hi_open, approx=approx, unit="pp")


def read_number(t: str, raw: str, kind: str | None) -> Value:
    """Counts, quantities, money, percents and durations: one grammar, typed by the unit."""
    if _TIME_OF_DAY_RE.search(t):
        return as_text(raw, "a time of day, not an amount")
    if _POWER.search(raw):
        return as_text(raw, "a power (a raised figure, '10⁶'), not a figure")
    if "c" in t and _CENTS_OR_CELSIUS.search(raw):
        return as_text(raw, "a small 'c' glued to a figure: cents or degrees Celsius?")
    if kind in (None, "percent") and "point" in t:
        points = _read_point_share(num_tokens(t), raw, kind)
        if points is not None:
            return points
    if kind in (None, "percent"):
        share = _read_share(num_tokens(t), raw)
        if share is not None:
            return share
    if kind in (None, "count"):
        multiple = _read_multiple(num_tokens(t))
        if multiple is not None:
            return _read_number_tokens([str(multiple)], str(multiple), raw, kind)
    got = _read_number_tokens(num_tokens(t), t, raw, kind)
    if got.type == "text" and got.note == UNREAD:
        # "winds of 150 km/h", "the death toll rose to 41": the figure after the lead-in words
        toks = num_tokens(t)
        for k, x in enumerate(toks[:7]):
            if is_digits(x) or x in NUMBER_WORDS or x in _nw.FRACTIONS or x in _qualifiers.NEGATIONS \
                    or not x.isalpha():
                break
            rest = toks[k + 1:]
            if len(rest) == 1 and FOUR_DIGITS.fullmatch(rest[0]) and year_ok(int(rest[0])):
                break  # "by 2018", "to 2030": a year with a preposition that changes its meaning
            if x in _qualifiers.LEADS and rest:
                again = _read_number_tokens(rest, t, raw, kind)
                if again.type != "text":
                    return again
    return got


def _read_multiple(toks: list[str]) -> int | None:
    """ "a triple shooting", "double fatal shooting": the people it struck; None for anything else."""
    if toks[:1] in (["a"], ["the"]):
        toks = toks[1:]
    if len(toks) == 3 and toks[1] in _nw.MULTIPLE_FATAL:
        toks = [toks[0], toks[2]]
    if len(toks) == 2 and toks[0] in _nw.MULTIPLES and toks[1] in _nw.MULTIPLE_NOUNS:
        return _nw.MULTIPLES[toks[0]]
    return None


_TIME_OF_DAY_RE = Lazy(r"\d\s*(?:a\.?m\.?|p\.?m\.?)(?![a-z])|\d:\d\d")


_YUAN = Lazy(r"yuan|renminbi|rmb|cny")
_POWER = Lazy(r"\d[⁰¹²³⁴⁵⁶⁷⁸⁹]")
_CENTS_OR_CELSIUS = Lazy(r"\dc(?![^\W\d_])")  # "99c"; a capital "30C" is Celsius
_GLUED_M = Lazy(r"\dm$")  # "3m" and nothing else
_PARTITIVE = {"the", "them", "those", "these", "us", "you", "its", "his", "her", "their", "our", "my", "your",
              "which", "whom"}


def _read_number_tokens(toks: list[str], t: str, raw: str, kind: str | None) -> Value:
    if not toks:
        return as_text(raw, UNREAD)
    # "no deaths", "none", "nobody": zero
    if toks[0] in ("none", "nobody", "noone") or toks[:2] == ["no", "one"] or (
            toks[0] in ("no", "zero") and len(toks) > 1 and toks[1] not in NUMBER_WORDS
            and not is_digits(toks[1]) and toks[1] not in ("more", "fewer", "less", "longer")):
        first = 2 if toks[:2] == ["no", "one"] else 1
        if any(is_digits(x) or x in NUMBER_WORDS for x in toks[first:]):
            return as_text(raw, "more than one number in the wording")
        unit, _ = unit_at(toks, first)
        cls = unit[0] if unit and unit[0] in ("quantity", "duration") else "count"
        return _with_kind(Value(type=cls, raw=raw, lo=0.0, hi=0.0, unit=unit[1] if cls == "quantity" else None),
                          kind)
    quals: list[str] = []
    between = aged = False
    pre_unit = None
    i = 0
    while True:
        v, n = match(_PREFIX, toks, i)
        if not v:
            nx = tok(toks, i + 1)
            if tok(toks, i) in ("a", "an") and (is_digits(nx) or nx in _nw.SMALL or nx in _nw.TENS
                                                 or match(CUR_PREFIX, toks, i + 1)[1]):
                i += 1
                continue
            break
        i += n
        if v == "between":
            between = True
        elif v == "aged":
            aged = True
        elif v == "mag":
            pre_unit = UNITS_SPEC["magnitude"]
            if tok(toks, i) == "-":
                i += 1
        elif v == "one":
            toks = toks[:i] + ["one"] + toks[i:]
        elif v not in ("filler", "skip"):
            quals.append(v)
    if kind is None and i and not quals and len(toks) == i + 1 and FOUR_DIGITS.fullmatch(toks[i]) \
            and year_ok(int(toks[i])):  # "to 2030", "the 2018": a year, and the word changes its meaning
        return as_text(raw, f"a year after {' '.join(toks[:i])!r}, not a count")
    if tok(toks, i) in _nw.TOO_VAGUE:
        return as_text(raw, f"{toks[i]!r} is too vague to compare")
    if toks[i:i + 2] == ["one", "of"] and tok(toks, i + 2) in _PARTITIVE:  # "one of them"
        return as_text(raw, "'one of ...' picks one out of a group; it says nothing of how many")
    cur1, n = match(CUR_PREFIX, toks, i)
    i += n
    # a bare plural unit ("for weeks", "days ago"): a vague count of that unit
    if tok(toks, i) in DURATION_PLURALS and not cur1:
        m1, i = Mag(2, 9, point=False), i
    else:
        m1, i = magnitude(toks, i, cur1 is not None)
        if m1 is None:
            note = i if isinstance(i, str) and i != "no number" else UNREAD
            return as_text(raw, note)
    u1, i = unit_at(toks, i)
    part, k = and_a_fraction(toks, i) if u1 and u1[0] == "duration" else (0.0, i)
    if part:  # "an hour and a half", "two days and a quarter"
        m1.lo, m1.hi, i = m1.lo + part, m1.hi + part, k
    if u1 and not between:  # "1 hour 30 minutes", "two days and six hours"
        i = add_smaller_units(toks, i, m1, u1)
    i = _suffixes(toks, i, quals)
    m2 = u2 = cur2 = None
    if tok(toks, i) == "-" and tok(toks, i + 1) in ("to", "or"):
        i += 1
    sep = tok(toks, i)
    if sep in _RANGE_SEPS and (sep != "and" or between):
        k = i + 2 if tok(toks, i + 1) == "-" and sep != "-" else i + 1
        cur2, n = match(CUR_PREFIX, toks, k)
        k += n
        m2_try, k2 = magnitude(toks, k, (cur1 or cur2) is not None)
        if m2_try is not None:
            m2, i = m2_try, k2
            u2, i = unit_at(toks, i)
            i = _suffixes(toks, i, quals)
    tail = toks[i:]
    upper = next((k for k, x in enumerate(tail[:3]) if x in _qualifiers.TWO_SIDED
                  and match(_PREFIX, tail, k + 1)[0] in _UPPER_BOUNDS), None) if m2 is None else None
    if upper is not None:  # "more than 100 but fewer than 300"
        return _two_sided(toks[:i + upper], tail[upper + 1:], t, raw, kind)
    problem = _tail_problem(tail)
    if problem:
        return as_text(raw, problem)
    # settle the unit
    money_codes = {c for c in (cur1, cur2) if c} | {u[1] for u in (u1, u2) if u and u[0] == "money"}
    if "pounds" in money_codes:  # a weight or money: only the kind tells
        if kind != "quantity":
            return as_text(raw, "'pounds' names a weight and several currencies: say which ('£5', '5 lb')")
        weight = UNITS_SPEC[_money.WEIGHT_OR_MONEY["pounds"]]
        u1, u2 = ((weight if u and u[0] == "money" else u) for u in (u1, u2))
        money_codes.discard("pounds")
    if money_codes == {"JPY", "CNY"} and "¥" in toks:  # the same sign is used for yuan
        money_codes = {"CNY"}
    if len(money_codes) > 1:
        return as_text(raw, "two different currencies")
    units = [u for u in (pre_unit, u1, u2) if u and u[0] != "money"]
    if money_codes and units:
        return as_text(raw, "money mixed with another unit")
    if units and len({(u[0], u[1] if u[0] != "duration" else "d") for u in units}) > 1:
        return as_text(raw, "mixed units")
    if aged and not units and not money_codes:
        units = [UNITS_SPEC["years"]]
    spec1 = spec2 = None
    if units:
        spec1 = u1 if (u1 and u1[0] != "money") else (pre_unit or u2 or units[0])
        spec2 = u2 if (u2 and u2[0] != "money") else spec1
        if pre_unit and not u1:
            spec1 = spec2 = pre_unit
    if money_codes:
        cls, unit = "money", money_codes.pop()
        if unit == "JPY" and "¥" in toks and _YUAN.search(t):
            unit = "CNY"
    elif spec1:
        cls, unit = spec1[0], spec1[1]
        if spec1 is UNITS_SPEC["m"] and not tail and _GLUED_M.search(t):
            return as_text(raw, "'m' glued to a figure with nothing after it: metres or million?")
    else:
        cls, unit = "count", None
    if m1.frac or (m2 is not None and m2.frac):
        if cls != "duration" or m2 is not None:
            return as_text(raw, "a fraction of an unstated whole")
    # a range: scale shared from the right ("1-2 billion"), bounds from both sides
    if m2 is not None:
        if m1.scale == 1.0 and m2.scale != 1.0 and m1.point and m1.lo * m2.scale <= m2.hi:
            m1.times(m2.scale)
        lo, hi, lo_open, hi_open = m1.lo, m2.hi, False, m2.hi_open
        point = False
        step = max(m1.step, m2.step)
    else:
        lo, hi, lo_open, hi_open = m1.lo, m1.hi, False, m1.hi_open
        point = m1.point
        step = m1.step
    if m2 is not None and lo > hi:
        return as_text(raw, "a range whose ends are reversed (a score?)")
    if m2 is not None and lo == hi and m1.point and m2.point:
        return as_text(raw, "a range whose ends are equal (a score or split?)")
    approx = None
    for q in dict.fromkeys(quals):
        lo, hi, lo_open, hi_open, approx = _apply_qual(q, lo, hi, lo_open, hi_open, point, approx)
        point = False
    # convert to the canonical unit
    tol = None
    if cls == "duration":
        s_lo, s_hi = spec1, spec2
        if approx is not None and spec1[1] in ("month", "year"):
            approx = None
        lo = None if lo is None else to_days(lo, s_lo, False)
        hi = None if hi is None else to_days(hi, s_hi, True)
        if approx is not None:
            approx = approx * spec1[2]
        unit = None
    elif cls == "money":  # "50 cents": a hundredth of the currency
        factor = next((u[2] for u in (u1, u2) if u and u[0] == "money"), 1.0)
        lo, hi, approx = (None if x is None else x * factor for x in (lo, hi, approx))
    elif cls == "quantity" or (cls == "percent" and spec1):
        f1, o1, f2, o2 = spec1[2], spec1[3], spec2[2], spec2[3]
        lo = None if lo is None else lo * f1 + o1
        hi = None if hi is None else hi * f2 + o2
        approx = None if approx is None else approx * f1 + o1
        if cls == "quantity" and (f1 != 1.0 or o1 or f2 != 1.0 or o2):
            tol = step / 2 * max(f1, f2)
    nums = [x for x in (lo, hi, approx, tol) if x is not None]
    if not all(math.isfinite(x) for x in nums):
        return as_text(raw, "number out of range")
    if lo is not None and hi is not None and (lo > hi or (lo == hi and (lo_open or hi_open))):
        return as_text(raw, "an empty range")
    return _with_kind(Value(type=cls, raw=raw, lo=lo, hi=hi, unit=unit, lo_open=lo_open, hi_open=hi_open,
                            approx=approx, tol=tol), kind)


_UPPER_BOUNDS = ("lt", "le", "nearly")
_LOWER_BOUNDS = ("ge", "gt", "gt_near")
_SIGNS = {"%", "<", ">", "~", "≈", "≥", "≤"}


def _tail_problem(tail: list[str]) -> str | None:
    """Why the words after a figure and its unit keep the wording from being read, if they do."""
    if tail and tail[0] in _nw.LETTER_SCALES:  # "5b people": billions only with money, "5m" metres only alone
        return f"{tail[0]!r} after the figure is no scale or unit here"
    if tail and tail[0] in _units.AMBIGUOUS:
        return _units.AMBIGUOUS[tail[0]]
    for k, x in enumerate(tail):
        if is_digits(x) or x in NUMBER_WORDS:
            return "more than one number in the wording"
        if x in _money.SYMBOLS or x in _SIGNS:
            return f"stray {x!r} in the wording"
        if k == 0 and x in ("/", "per"):  # right after the figure and its unit
            return f"a rate or a ratio ({' '.join(tail[:2])!r}), not an amount"
        if x in _nw.FRACTIONS or x in _nw.SHARE_FRACTIONS:
            return f"a fraction ({x!r}) apart from the figure"
        if is_cur_suffix(tail, k):
            return f"a currency ({x!r}) apart from the figure: which words say what it is?"
        if len(x) > 1 and match(UNIT_IDX, tail, k)[1]:
            return f"a unit ({x!r}) apart from the figure: which words say what it is?"
    return None


def _two_sided(lower: list[str], upper: list[str], t: str, raw: str, kind: str | None) -> Value:
    """A lower bound and an upper one, read apart and joined: "more than 100 but fewer than 300"."""
    a, b = _read_number_tokens(lower, t, raw, kind), _read_number_tokens(upper, t, raw, kind)
    if a.type == "text" or b.type == "text":
        return a if a.type == "text" else b
    if b.type == "count" and a.type != "count" and b.unit is None:  # "more than 5 km but less than 10"
        return as_text(raw, "the upper bound has no unit of its own")
    if (a.type, a.unit) != (b.type, b.unit) or a.hi is not None or b.lo is not None:
        return as_text(raw, "two bounds that do not make one range")
    if a.lo is None or b.hi is None or a.lo > b.hi or (a.lo == b.hi and (a.lo_open or b.hi_open)):
        return as_text(raw, "an empty range")
    tol = max(a.tol or 0.0, b.tol or 0.0) or None
    return Value(type=a.type, raw=raw, lo=a.lo, hi=b.hi, unit=a.unit, lo_open=a.lo_open, hi_open=b.hi_open, tol=tol)


def _with_kind(v: Value, kind: str | None) -> Value:
    """A bare number takes the kind the user gave ("12" as percent); other readings must match it."""
    if kind is None or kind == v.type:
        return v
    if v.type == "count" and kind in ("quantity", "money", "percent"):
        return Value(**{**v.__dict__, "type": kind})
    return as_text(v.raw, f"cannot read {v.raw!r} as {kind}")
