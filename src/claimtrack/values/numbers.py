"""Figures: digits with their separators, number words, scale words, fractions
and vague quantities ("dozens", "several hundred"), read into a Mag."""

from __future__ import annotations

from .lexicon import numbers as _nw
from .tokens import Lazy, index, is_digits, match, phrases, tok
from .units import DIM_ADJ, UNIT_IDX, is_cur_suffix, is_unit_at, unit_at

NUMBER_WORDS = set(_nw.SMALL) | set(_nw.TENS) | set(_nw.BIG) | {"hundred", "dozen", "dozens", "scores",
                                                               "hundreds", "thousands", "millions",
                                                               "billions", "trillions"}


class Mag:
    """A read figure in stated units, before qualifiers and conversion."""

    __slots__ = ("lo", "hi", "hi_open", "point", "step", "scale", "frac")

    def __init__(self, lo, hi=None, *, hi_open=False, point=True, step=1.0, scale=1.0, frac=False):
        self.lo, self.hi = float(lo), float(lo if hi is None else hi)
        self.hi_open, self.point, self.step, self.scale, self.frac = hi_open, point, step, scale, frac

    def times(self, k: float) -> None:
        self.lo, self.hi, self.step, self.scale = self.lo * k, self.hi * k, self.step * k, self.scale * k


_COMMA_THOUSANDS = Lazy(r"(\d{1,3}(?:,\d{3})+)(?:\.(\d+))?")
_DOT_THOUSANDS_DECIMAL_COMMA = Lazy(r"(\d{1,3}(?:\.\d{3})+),(\d+)")
_DOT_THOUSANDS = Lazy(r"(\d{1,3}(?:\.\d{3}){2,})()")
_DECIMAL = Lazy(r"(\d+)[.,](\d+)")
_INDIAN_GROUPS = Lazy(r"(\d{1,2}(?:,\d\d)+,\d{3})(?:\.(\d+))?")
_POINT_THREE = Lazy(r"[1-9]\d{0,2}\.\d{3}")


def digits(token: str):
    """(value, step) of a digit token, or None when its separators make no sense."""
    if "," not in token and "." not in token:
        return float(token), 1.0
    m = _COMMA_THOUSANDS.fullmatch(token)  # 1,200,000.5
    if m:
        dec = m.group(2) or ""
        return float(m.group(1).replace(",", "") + ("." + dec if dec else "")), 10.0 ** -len(dec)
    m = _DOT_THOUSANDS_DECIMAL_COMMA.fullmatch(token) or _DOT_THOUSANDS.fullmatch(token)
    if m:  # 1.200.000 or 1.200,50 (continental)
        dec = m.group(2)
        return float(m.group(1).replace(".", "") + ("." + dec if dec else "")), 10.0 ** -len(dec)
    m = _INDIAN_GROUPS.fullmatch(token)  # 1,00,000 (a lakh), 12,34,567
    if m:
        dec = m.group(2) or ""
        return float(m.group(1).replace(",", "") + ("." + dec if dec else "")), 10.0 ** -len(dec)
    m = _DECIMAL.fullmatch(token)  # 1.5 / 1,5
    if m and (token.count(".") == 1 or len(m.group(2)) != 3):
        return float(f"{m.group(1)}.{m.group(2)}"), 10.0 ** -len(m.group(2))
    return None


def point_or_thousands(token: str) -> bool:
    """ "1.500": a decimal point in English copy, a thousands separator in translated copy."""
    return _POINT_THREE.fullmatch(token) is not None


def _words(toks: list[str], i: int):
    """Number words from i ("one hundred and twenty", "twenty-five", "a dozen"): (value, next index)."""
    total, cur, last, j, seen = 0.0, 0.0, None, i, False
    small, tens, big = _nw.SMALL, _nw.TENS, _nw.BIG
    while j < len(toks):
        w = toks[j]
        nx = tok(toks, j + 1)
        if w in ("a", "an") and not seen:
            if nx in ("hundred", "dozen") or nx in big:
                cur, last, seen, j = 1.0, "unit", True, j + 1
                continue
            break
        if w == "-" and seen:
            if (last == "tens" and nx in small and 1 <= small[nx] <= 9) or nx in ("hundred", "dozen") or nx in big:
                j += 1
                continue
            break
        if w == "and" and seen and last in ("hundred", "big"):
            if nx in tens or (nx in small and small[nx] > 0):
                k = j + 2
                if nx in tens and tok(toks, k) == "-":
                    k += 2
                elif nx in tens and tok(toks, k) in small:
                    k += 1
                if tok(toks, k) == "hundred" or tok(toks, k) in big:
                    break
                j += 1
                continue
            break
        if w in small:
            v = small[w]
            if last in ("unit", "teen") or (last == "tens" and not 1 <= v <= 9):
                break
            cur += v
            last = "unit" if v < 10 else "teen"
        elif w in tens:
            if last in ("unit", "teen", "tens"):
                break
            cur += tens[w]
            last = "tens"
        elif w == "hundred":
            if last == "hundred":
                break
            cur = (cur or 1.0) * 100
            last = "hundred"
        elif w == "dozen":
            cur = (cur or 1.0) * 12
            last = "dozen"
        elif w in big:
            total += (cur or 1.0) * big[w]
            cur, last = 0.0, "big"
        else:
            break
        seen = True
        j += 1
    if not seen:
        return None
    return total + cur, j


def scales(toks: list[str], j: int, money: bool):
    """Scale words after a figure ("million", "bn", "k"): (factor, next index)."""
    factor = 1.0
    while True:
        k = j + 1 if tok(toks, j) == "-" else j
        w = tok(toks, k)
        if w in _nw.SCALE_AFTER_DIGITS and not (w == "hundred" and factor > 1):
            factor *= _nw.SCALE_AFTER_DIGITS[w]
        elif w == "m" and _m_is_million(toks, k, money):
            factor *= _nw.LETTER_SCALES[w]
        elif w == "b" and (money or is_cur_suffix(toks, k + 1)):
            factor *= _nw.LETTER_SCALES[w]
        else:
            return factor, j
        j = k + 1


def _m_is_million(toks, k, money) -> bool:
    """'m' is million with money or before a noun ("5m people"), else metres ("5m", "5m-high")."""
    if money:
        return True
    nx = tok(toks, k + 1)
    if nx == "-":
        nx = tok(toks, k + 2)
    if nx is None or nx in DIM_ADJ or match(UNIT_IDX, toks, k + 1)[1]:
        return False
    return is_cur_suffix(toks, k + 1) or nx.isalpha()


def magnitude(toks: list[str], i: int, money: bool):
    """A figure at i: (Mag, next index), or (None, note)."""
    sign = 1.0
    if tok(toks, i) in ("-", "minus") and (is_digits(tok(toks, i + 1)) or tok(toks, i + 1) in NUMBER_WORDS):
        sign, i = -1.0, i + 1
    elif tok(toks, i) == "+" and is_digits(tok(toks, i + 1)):
        i += 1
    mag, j = _magnitude_abs(toks, i, money)
    if mag is None:
        return None, j
    if sign < 0:
        mag.lo, mag.hi = -mag.hi, -mag.lo
    return mag, j


def _magnitude_abs(toks, i, money):
    w = tok(toks, i)
    if w is None:
        return None, "no number"
    v, n = match(_VPLURAL, toks, i)
    if v:
        return Mag(v[0], v[1], hi_open=True, point=False), i + n
    v, n = match(_VMULT, toks, i)
    if v:
        factor, j = scales(toks, i + n, money)  # "several hundred", "a few thousand"
        return Mag(v[0] * factor, v[1] * factor, point=False, step=factor), j
    frac = _fraction(toks, i, money)
    if frac:
        return frac
    if w in ("a", "an") and is_unit_at(toks, i + 1) and tok(toks, i + 1) != "second":
        return Mag(1.0), i + 1
    unit, k = unit_at(toks, i)
    if unit and unit[0] == "duration" and toks[k:k + 2] in (["-", "long"], ["long"]):  # "week-long"
        return Mag(1.0), i
    if is_digits(w):
        d = digits(w)
        if d is None:
            return None, f"cannot read the number {w!r}"
        if point_or_thousands(w) and scales(toks, i + 1, money)[0] == 1.0:
            return None, f"{w!r}: a decimal point or a thousands separator (translated copy)?"
        if tok(toks, i + 1) in _nw.ORDINAL_SUFFIXES:
            return None, "an ordinal, not an amount"
        mag, j = Mag(d[0], step=d[1]), i + 1
        over = _over(toks, i)
        if over:  # "1/2 mile": a fraction, where a unit says what of
            if not is_unit_at(toks, over[1]):
                return None, f"{'/'.join(toks[i:over[1]:2])} with no unit: a fraction, a date or a score?"
            mag, j = Mag(over[0], step=over[0]), over[1]
        elif d[1] == 1.0 and _over(toks, j):  # "10 1/2 miles"
            part, j = _over(toks, j)
            mag.lo, mag.hi, mag.step = mag.lo + part, mag.hi + part, part
    else:
        r = _words(toks, i)
        if r is None:
            return None, "no number"
        mag, j = Mag(r[0]), r[1]
        k = j + 1 if tok(toks, j) == "-" else j
        if toks[j - 1] in _nw.TENS and _nw.ORDINALS.get(tok(toks, k), 10) < 10:
            return None, f"an ordinal ({toks[j - 1]} {toks[k]}), not an amount"
    part, k = and_a_fraction(toks, j)  # "two and a half million", "a dozen and a half"
    if part:
        step = _last_scale(toks, j)
        mag.lo, mag.hi, j = mag.lo + part * step, mag.hi + part * step, k
    factor, j = scales(toks, j, money)
    if factor != 1.0:
        mag.times(factor)
        part, k = and_a_fraction(toks, j)  # "two million and a half"
        if part:
            mag.lo, mag.hi, j = mag.lo + part * factor, mag.hi + part * factor, k
    return mag, j


def _last_scale(toks, j) -> float:
    """What the last number word before j counts in: "two million" millions, "a dozen" dozens."""
    w = toks[j - 1]
    return _nw.BIG.get(w) or {"hundred": 100.0, "dozen": 12.0}.get(w, 1.0)


def _over(toks, j):
    """A proper fraction in digits at j ("1/2", "3/4"): (value, next index), or None."""
    n, slash, d = tok(toks, j), tok(toks, j + 1), tok(toks, j + 2)
    if slash != "/" or not (n and d and n.isdigit() and d.isdigit()):
        return None
    if not 0 < int(n) < int(d) <= 100:
        return None
    return int(n) / int(d), j + 3


def and_a_fraction(toks, j) -> tuple[float, int]:
    """ "and a half", "-and-a-quarter", "and three quarters" at j: (the fraction, next index), or (0.0, j)."""
    words, k = [], j
    while k < len(toks) and len(words) < 3:
        if toks[k] != "-":
            words.append(toks[k])
        k += 1
    if len(words) < 3 or words[0] != "and" or words[2] not in _nw.FRACTIONS:
        return 0.0, j
    numer = 1 if words[1] in ("a", "an") else _nw.SMALL.get(words[1])
    if numer is None or (numer > 1) != words[2].endswith("s") or not 0 < numer * _nw.FRACTIONS[words[2]] < 1:
        return 0.0, j
    return numer * _nw.FRACTIONS[words[2]], k


_ANY_FRACTION = {**_nw.FRACTIONS, **_nw.SHARE_FRACTIONS}  # "a fifth of a mile", "two-tenths of a second"


def _fraction(toks, i, money):
    """'half a million', 'a quarter of an hour', 'two-thirds': (Mag, next) or None."""
    j, numer = i, 1.0
    w = tok(toks, j)
    if w in ("a", "an", "one") and tok(toks, j + (2 if tok(toks, j + 1) == "-" else 1)) in _ANY_FRACTION:
        j += 2 if tok(toks, j + 1) == "-" else 1
    elif w in _nw.SMALL and 2 <= _nw.SMALL[w] <= 9:
        k = j + 2 if tok(toks, j + 1) == "-" else j + 1
        if tok(toks, k) not in _ANY_FRACTION:
            return None
        numer, j = float(_nw.SMALL[w]), k
    if tok(toks, j) not in _ANY_FRACTION:
        return None
    fraction = toks[j]
    value = numer * _ANY_FRACTION[fraction]
    j += 1
    k = j + 1 if tok(toks, j) == "of" else j
    if tok(toks, k) in ("a", "an"):
        k += 1
    if tok(toks, k) == "-":
        k += 1
    factor, k2 = scales(toks, k, money)
    if factor != 1.0:
        return Mag(value * factor, step=factor * 0.5), k2
    if is_unit_at(toks, k):
        return Mag(value, step=0.25), k
    if fraction not in _nw.FRACTIONS:
        return None  # "a fifth of the budget": a share, which the share reader reads where it can
    return Mag(value, frac=True), j


_VPLURAL = index(phrases(_nw.VAGUE_PLURAL))
_VMULT = index(phrases(_nw.VAGUE_MULT))
