"""Typed, normalized claim values and whether two of them agree.

Articles state the same fact in different words ("at least 40", "dozens",
"three-day", "Sunday"); fact-checkers need those read as intervals and dates so
two articles can be compared without string matching.  Every reading is an
interval, because news figures are often bounds or vague, and a comparison
only says "conflict" when the two intervals cannot both be true.

Conventions (chosen so that a conflict is never raised on a plausible reading):
- vague words: a couple 2..3, a few / a handful 2..5, several 3..9 (times any
  scale word after them: "several hundred" 300..900); plurals mean at least
  two of the unit and less than the next word up: dozens 24..<100, scores
  40..<200, hundreds 200..<1000, thousands 2000..<10000, tens of thousands
  20000..<100000, millions 2e6..<1e7.
- about/around/some/roughly X: X +-10%; nearly/almost X: 0.9X..<X;
  just over X: >X..1.1X; "40-odd": >40..<50; counts stated exactly are exact.
- durations are days; a month is 28..31 days (n months: the calendar's
  shortest..longest run), a year 365..366.
- dates are resolved in the past of the publication date: "April 16" is the
  latest one not after it, a bare "Sunday" the latest Sunday on or before it
  (a Sunday paper's "Sunday" is that day), "last Sunday" strictly before it.
- "5m" is metres unless money or a noun follows ("5m people"); "$" is USD,
  "¥" JPY unless yuan is named; "tons" are metric; "04/05/2023" is refused.

Pure module: stdlib plus dateutil, imported lazily (start-up time matters).
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, fields
from datetime import date, datetime, timedelta
from functools import lru_cache

from . import numwords as _nw

VALUE_TYPES = ("count", "quantity", "money", "percent", "duration", "date", "year", "bool", "text")

AGREE, CONFLICT, UNRESOLVED, INCOMPARABLE = "agree", "conflict", "unresolved", "incomparable"

_UNREAD = "not a number, amount, date or yes/no that can be read"


class _Lazy:
    """A regex compiled on first use: most runs of the CLI never read a value."""

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern, self.flags, self._rx = pattern, flags, None

    def __getattr__(self, name):
        if self._rx is None:
            self._rx = re.compile(self.pattern, self.flags)
        found = getattr(self._rx, name)
        setattr(self, name, found)  # looked up directly from now on
        return found


_FOUR_DIGITS = _Lazy(r"\d{4}")
_ONE_OR_TWO_DIGITS = _Lazy(r"\d{1,2}")


_NUMERIC = ("count", "quantity", "money", "percent", "duration", "year")
_MAX_LEN = 200  # longer wording is a sentence, not a value
_EPS = 1e-9
_REL_EPS = 1e-12  # bounds this close (relative to their size) touch: float noise, not a different figure


# --------------------------------------------------------------------------
# The value
# --------------------------------------------------------------------------


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
            return "duration " + _fmt_duration(self)
        num = _fmt_interval(self.lo, self.hi, self.lo_open, self.hi_open, self.approx, _fmt_num)
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


def _fmt_num(x: float) -> str:
    if abs(x - round(x)) <= _EPS * max(1.0, abs(x)) and abs(x) < 1e15:
        return str(int(round(x)))
    return f"{x:.10g}"


def _fmt_interval(lo, hi, lo_open, hi_open, approx, fmt) -> str:
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


def _fmt_duration(v: Value) -> str:
    """Days when the bounds are whole or half days, else the largest unit that is."""
    nums = [x for x in (v.lo, v.hi, v.approx) if x is not None]
    for suffix, factor in _DUR_UNITS:
        if all(abs(x * factor * 2 - round(x * factor * 2)) <= 1e-6 for x in nums):
            break
    body = _fmt_interval(v.lo, v.hi, v.lo_open, v.hi_open, v.approx, lambda x: _fmt_num(round(x * factor, 6)))
    return body + suffix


def _text(raw: str, note: str) -> Value:
    return Value(type="text", raw=raw, note=note)


# --------------------------------------------------------------------------
# Cleaning and tokens
# --------------------------------------------------------------------------

_VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 0.125}
_VULGAR_RE = _Lazy(r"(\d*)\s?([½¼¾⅓⅔⅛])")
_DASHES = str.maketrans({c: "-" for c in "‐‑‒–—―−﹣－"} | {"’": "'", "‘": "'", "“": '"', "”": '"'})
_US_RE = _Lazy(r"\bu\.\s?s\.?(?=\s|\$|$)", re.I)


def _vulgar(m: re.Match) -> str:
    whole = int(m.group(1)) if m.group(1) else 0
    return f"{whole + _VULGAR[m.group(2)]:g}"


def _clean(raw: str) -> str:
    """Unicode-normalized, single-spaced wording without wrapping punctuation."""
    s = _VULGAR_RE.sub(_vulgar, raw)
    s = unicodedata.normalize("NFKC", s).translate(_DASHES)
    if not s.isascii():
        # Digits NFKC leaves alone ("⓵") match \d but float() refuses them: fold to their value.
        s = "".join(str(unicodedata.digit(c)) if c.isdigit() and not c.isdecimal() else c for c in s)
    s = _US_RE.sub("us", s)
    s = " ".join(s.split())
    for _ in range(3):
        s = s.strip(" \"'*_«»").rstrip(".,;:!?").strip()
        while len(s) > 1 and (s[0], s[-1]) in (("(", ")"), ("[", "]"), ("{", "}")):
            s = s[1:-1].strip()
    return s


_DOLLAR_PREFIX = {
    "us": "usd", "a": "aud", "au": "aud", "c": "cad", "ca": "cad", "can": "cad", "nz": "nzd",
    "hk": "hkd", "s": "sgd", "r": "brl", "nt": "twd", "mx": "mxn",
}
_DOLLAR_RE = _Lazy(r"(?<![^\W\d_])(us|au|a|can|ca|c|nz|hk|s|r|nt|mx)\$")
_THOUSANDS_SPACE = _Lazy(r"[ '\u00a0\u202f]")
_SPACE_THOUSANDS_RE = _Lazy(r"(?<![\d.,])\d{1,3}(?:[ '\u00a0\u202f]\d{3})+(?![\d])")
_TOKEN_RE = _Lazy(
    r"(?:sq)?(?:km|cm|mm|mi|ft|m)[23](?!\d)"
    r"|\d+(?:[.,]\d+)*"
    r"|[^\W\d_]+(?:'[^\W\d_]+)*"
    r"|[$€£¥₹₽₩₺₴₦₪%+~<>≥≤≈°/-]"
)


_CLOSED_LONG_RE = _Lazy(r"\b(day|night|week|fortnight|month|year|decade|hour|minute)long\b", re.IGNORECASE)


def _num_tokens(t: str) -> list[str]:
    t = _CLOSED_LONG_RE.sub(r"\1-long", t)  # "weeklong" as "week-long"
    t = _DOLLAR_RE.sub(lambda m: " " + _DOLLAR_PREFIX[m.group(1)] + " ", t)
    t = _SPACE_THOUSANDS_RE.sub(lambda m: _THOUSANDS_SPACE.sub("", m.group(0)), t)
    return _TOKEN_RE.findall(t)


def _index(table: dict) -> dict:
    """Phrase table keyed by first token, longest phrases first."""
    idx: dict = {}
    for key, val in table.items():
        idx.setdefault(key[0], []).append((key, val))
    for lst in idx.values():
        lst.sort(key=lambda kv: -len(kv[0]))
    return idx


def _match(idx: dict, toks: list[str], i: int):
    if i >= len(toks):
        return None, 0
    for key, val in idx.get(toks[i], ()):
        n = len(key)
        if tuple(toks[i:i + n]) == key:
            return val, n
    return None, 0


def _tok(toks: list[str], i: int) -> str | None:
    return toks[i] if 0 <= i < len(toks) else None


def _is_digits(tok: str | None) -> bool:
    return bool(tok) and tok[0].isdigit()


# --------------------------------------------------------------------------
# Tables: qualifiers, currencies, units
# --------------------------------------------------------------------------


def _phrases(spec: dict) -> dict:
    return {tuple(k.split()): v for k, v in spec.items()}


_PREFIX = _index(_phrases({
    # lower bounds
    "at least": "ge", "no fewer than": "ge", "no less than": "ge", "not less than": "ge",
    "not fewer than": "ge", "a minimum of": "ge", "minimum of": "ge", "minimum": "ge", "≥": "ge", "> =": "ge",
    "as few as": "ge",
    "more than": "gt", "over": "gt", "above": "gt", "in excess of": "gt", "upwards of": "gt",
    "upward of": "gt", "greater than": "gt", "exceeding": "gt", "north of": "gt", "well over": "gt",
    "well above": "gt", "well in excess of": "gt", "well more than": "gt", ">": "gt",
    "just over": "gt_near", "just above": "gt_near", "just more than": "gt_near", "slightly more than": "gt_near",
    "a little over": "gt_near", "a little more than": "gt_near", "slightly over": "gt_near",
    # upper bounds
    "fewer than": "lt", "less than": "lt", "under": "lt", "below": "lt", "well under": "lt",
    "well below": "lt", "<": "lt",
    "just under": "nearly", "just below": "nearly", "just shy of": "nearly", "just short of": "nearly",
    "slightly less than": "nearly", "slightly fewer than": "nearly", "a little under": "nearly",
    "a little less than": "nearly", "nearly": "nearly", "almost": "nearly", "approaching": "nearly",
    "close to": "approx",
    "up to": "le", "as many as": "le", "as much as": "le", "at most": "le", "no more than": "le",
    "not more than": "le", "a maximum of": "le", "maximum of": "le", "at the most": "le", "within": "le",
    "≤": "le", "< =": "le",
    # about
    "about": "approx", "around": "approx", "roughly": "approx", "some": "approx",
    "approximately": "approx", "approx": "approx", "circa": "approx", "ca": "approx", "~": "approx",
    "≈": "approx", "an estimated": "approx", "estimated": "approx", "est": "approx",
    "in the region of": "approx", "on the order of": "approx", "of the order of": "approx",
    "give or take": "approx", "more or less": "approx", "an approximate": "approx",
    # words that change nothing
    "exactly": "filler", "precisely": "filler", "only": "filler", "just": "filler", "a total of": "filler",
    "total of": "filler", "total": "filler", "the": "filler", "all": "filler", "another": "filler",
    "an additional": "filler", "additional": "filler", "a further": "filler", "further": "filler",
    "a reported": "filler", "reportedly": "filler", "a record": "filler", "record": "filler",
    "a staggering": "filler", "a whopping": "filler", "a mere": "filler", "a modest": "filler",
    "officially": "filler", "at": "filler",
    "of": "filler", "to": "filler", "for": "filler", "lasting": "filler", "a single": "one", "single": "one",
    "between": "between", "from": "between", "aged": "aged", "age": "aged",
    "magnitude": "mag", "a magnitude": "mag",
}))

_SUFFIX = _index(_phrases({
    "or more": "ge", "or over": "ge", "or above": "ge", "or higher": "ge", "and more": "ge",
    "and above": "ge", "and up": "ge", "plus": "ge", "+": "ge", "and counting": "ge", "and rising": "ge",
    "at least": "ge", "at a minimum": "ge", "minimum": "ge", "or so": "approx", "or thereabouts": "approx",
    "odd": "odd", "something": "something", "or fewer": "le", "or less": "le", "or under": "le",
    "at most": "le", "at the most": "le", "maximum": "le", "max": "le", "at the latest": "le",
    "approximately": "approx", "roughly": "approx", "or nearly so": "approx", "give or take": "approx",
}))

_CURRENCY_CODES = {
    "usd", "eur", "gbp", "jpy", "cny", "rmb", "rub", "inr", "aud", "cad", "chf", "hkd", "sgd", "nzd", "krw",
    "brl", "mxn", "zar", "uah", "pln", "sek", "nok", "dkk", "czk", "huf", "ils", "sar", "aed", "qar", "egp",
    "ngn", "kes", "pkr", "bdt", "idr", "myr", "thb", "php", "vnd", "twd", "ars", "clp", "cop", "pen", "irr",
    "iqd", "kwd", "bhd", "omr", "jod", "lbp", "ghs", "etb", "xof", "xaf", "mad", "tnd", "dzd", "ron", "bgn",
    "rsd", "isk", "kzt", "byn", "gel", "amd", "azn", "lkr", "npr", "mmk", "khr", "btc",
} - {"rmb"}
_CUR_SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₽": "RUB", "₩": "KRW",
                "₺": "TRY", "₴": "UAH", "₦": "NGN", "₪": "ILS"}

_CUR_PREFIX = _index(
    {(c,): c.upper() for c in _CURRENCY_CODES}
    | {(s,): code for s, code in _CUR_SYMBOLS.items()}
    | {("us", "$"): "USD", ("rs",): "INR", ("rmb",): "CNY", ("sfr",): "CHF", ("ksh",): "KES", ("ush",): "UGX",
       ("tsh",): "TZS"}
)

_CUR_WORDS = {
    "dollar": "USD", "dollars": "USD", "us dollars": "USD", "us dollar": "USD", "american dollars": "USD",
    "australian dollars": "AUD", "australian dollar": "AUD", "canadian dollars": "CAD", "canadian dollar": "CAD",
    "hong kong dollars": "HKD", "singapore dollars": "SGD", "new zealand dollars": "NZD",
    "taiwan dollars": "TWD", "new taiwan dollars": "TWD", "euro": "EUR", "euros": "EUR",
    "pounds sterling": "GBP", "pound sterling": "GBP", "sterling": "GBP", "british pounds": "GBP",
    "egyptian pounds": "EGP", "ruble": "RUB", "rubles": "RUB", "rouble": "RUB", "roubles": "RUB",
    "yuan": "CNY", "renminbi": "CNY", "yen": "JPY", "rupee": "INR", "rupees": "INR", "indian rupees": "INR",
    "pakistani rupees": "PKR", "sri lankan rupees": "LKR", "nepalese rupees": "NPR", "won": "KRW",
    "hryvnia": "UAH", "hryvnias": "UAH", "hryvnas": "UAH", "lira": "TRY", "liras": "TRY", "turkish lira": "TRY",
    "shekel": "ILS", "shekels": "ILS", "new shekels": "ILS", "naira": "NGN", "rand": "ZAR",
    "swiss francs": "CHF", "swiss franc": "CHF", "cfa francs": "XOF", "mexican pesos": "MXN",
    "argentine pesos": "ARS", "philippine pesos": "PHP", "colombian pesos": "COP", "chilean pesos": "CLP",
    "reais": "BRL", "brazilian reais": "BRL", "rupiah": "IDR", "ringgit": "MYR", "baht": "THB", "dong": "VND",
    "zloty": "PLN", "zlotys": "PLN", "zlotych": "PLN", "kronor": "SEK", "swedish kronor": "SEK",
    "norwegian kroner": "NOK", "danish kroner": "DKK", "forint": "HUF", "forints": "HUF", "dirham": "AED",
    "dirhams": "AED", "riyal": "SAR", "riyals": "SAR", "saudi riyals": "SAR", "qatari riyals": "QAR",
    "kuwaiti dinars": "KWD", "iraqi dinars": "IQD", "iranian rials": "IRR", "rials": "IRR", "tenge": "KZT",
    "cedi": "GHS", "cedis": "GHS", "kenyan shillings": "KES", "taka": "BDT", "kyat": "MMK", "birr": "ETB",
    "lari": "GEL", "lei": "RON", "leva": "BGN", "bitcoin": "BTC", "bitcoins": "BTC", "rmb": "CNY",
}
_CUR_SUFFIX = _index(_phrases(_CUR_WORDS) | {(c,): c.upper() for c in _CURRENCY_CODES}
                     | {(s,): code for s, code in _CUR_SYMBOLS.items()})

# (class, canonical unit, factor, offset): canonical = stated * factor + offset.
_Q = "quantity"
_UNITS_SPEC: dict[str, tuple] = {}


def _units(cls, unit, factor, names, offset=0.0):
    for n in names.split("|"):
        _UNITS_SPEC[n] = (cls, unit, factor, offset)


_units(_Q, "km", 1.0, "km|kms|kilometre|kilometres|kilometer|kilometers")
_units(_Q, "km", 1e-3, "m|metre|metres|meter|meters")
_units(_Q, "km", 1e-5, "cm|centimetre|centimetres|centimeter|centimeters")
_units(_Q, "km", 1e-6, "mm|millimetre|millimetres|millimeter|millimeters")
_units(_Q, "km", 1.609344, "mile|miles|mi")
_units(_Q, "km", 1.852, "nautical mile|nautical miles|nmi")
_units(_Q, "km", 0.0003048, "ft|feet|foot")
_units(_Q, "km", 0.0009144, "yard|yards|yd|yds")
_units(_Q, "km", 0.0000254, "inch|inches")
_units(_Q, "kg", 1.0, "kg|kgs|kilogram|kilograms|kilogramme|kilogrammes|kilo|kilos")
_units(_Q, "kg", 1e-3, "gram|grams|gramme|grammes")
_units(_Q, "kg", 1e3, "t|tonne|tonnes|ton|tons|metric ton|metric tons|metric tonne|metric tonnes")
_units(_Q, "kg", 907.18474, "short ton|short tons")
_units(_Q, "kg", 1016.0469088, "long ton|long tons")
_units(_Q, "kg", 0.45359237, "lb|lbs|pound|pounds")
_units(_Q, "kg", 0.028349523125, "oz|ounce|ounces")
_units(_Q, "km2", 1.0, "km2|sqkm|sq km|square kilometre|square kilometres|square kilometer|square kilometers"
       "|square km|sq kilometres|sq kilometers")
_units(_Q, "km2", 0.01, "hectare|hectares|ha")
_units(_Q, "km2", 0.0040468564224, "acre|acres")
_units(_Q, "km2", 2.589988110336, "square mile|square miles|sq mi|sq miles|sqmi|mi2")
_units(_Q, "km2", 1e-6, "m2|sq m|square metre|square metres|square meter|square meters|sqm")
_units(_Q, "km2", 9.290304e-8, "sq ft|square feet|square foot|sqft|ft2")
_units(_Q, "l", 1.0, "l|litre|litres|liter|liters")
_units(_Q, "l", 1e-3, "ml|millilitre|millilitres|milliliter|milliliters")
_units(_Q, "l", 1e3, "m3|cubic metre|cubic metres|cubic meter|cubic meters")
_units(_Q, "l", 1e12, "bcm")
_units(_Q, "l", 28.316846592, "cubic feet|cubic foot")
_units(_Q, "l", 3.785411784, "gallon|gallons")
_units(_Q, "l", 158.987294928, "barrel|barrels|bbl|bbls")
_units(_Q, "km/h", 1.0, "km / h|km/h|kmh|kph|km per hour|kilometres per hour|kilometers per hour"
       "|kilometres an hour|kilometers an hour")
_units(_Q, "km/h", 1.609344, "mph|miles per hour|miles an hour|mile per hour")
_units(_Q, "km/h", 1.852, "knot|knots|kt|kts")
_units(_Q, "km/h", 3.6, "m / s|metres per second|meters per second")
_units(_Q, "C", 1.0, "c|° c|°c|degrees celsius|degrees c|celsius|° celsius|degrees centigrade|centigrade")
_units(_Q, "C", 5 / 9, "f|° f|°f|degrees fahrenheit|degrees f|fahrenheit|° fahrenheit", offset=-32 * 5 / 9)
_units(_Q, "deg", 1.0, "degrees|degree|°")
_units(_Q, "MW", 1e-3, "kw|kilowatt|kilowatts")
_units(_Q, "MW", 1.0, "mw|megawatt|megawatts")
_units(_Q, "MW", 1e3, "gw|gigawatt|gigawatts")
_units(_Q, "MWh", 1e-3, "kwh|kilowatt hours|kilowatt-hours|kilowatt hour")
_units(_Q, "MWh", 1.0, "mwh|megawatt hours|megawatt hour")
_units(_Q, "MWh", 1e3, "gwh|gigawatt hours|gigawatt hour")
_units(_Q, "MWh", 1e6, "twh|terawatt hours|terawatt hour")
_units(_Q, "mag", 1.0, "magnitude|on the richter scale|on richter scale|richter")
_units("duration", "d", 1 / 86400, "second|seconds|sec|secs")
_units("duration", "d", 1 / 1440, "minute|minutes|min|mins")
_units("duration", "d", 1 / 24, "hour|hours|hr|hrs|h")
_units("duration", "d", 1.0, "day|days|night|nights")
_units("duration", "d", 7.0, "week|weeks|wk|wks")
_units("duration", "d", 14.0, "fortnight|fortnights")
_units("duration", "month", 1.0, "month|months")
_units("duration", "year", 1.0, "year|years|yr|yrs")
_units("duration", "year", 10.0, "decade|decades")
_units("duration", "year", 100.0, "century|centuries")
_units("percent", None, 1.0, "%|per cent|percent|pc|pct|per centum")
_units("percent", "pp", 1.0, "percentage points|percentage point|percent points|per cent points|pp|ppt|ppts"
       "|percentage pts")

_UNIT_IDX = _index({tuple(k.split()): v for k, v in _UNITS_SPEC.items()})
_DURATION_PLURALS = {"seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "nights"}
_DIM_ADJ = {"high", "tall", "long", "wide", "deep", "away", "above", "below", "under", "across", "thick",
            "up", "down", "from", "in", "of", "off", "offshore", "inland", "underground", "-"}

_NUMBER_WORDS = set(_nw.SMALL) | set(_nw.TENS) | set(_nw.BIG) | {"hundred", "dozen", "dozens", "scores",
                                                                 "hundreds", "thousands", "millions",
                                                                 "billions", "trillions"}


# --------------------------------------------------------------------------
# Numbers
# --------------------------------------------------------------------------


class _Mag:
    """A read figure in stated units, before qualifiers and conversion."""

    __slots__ = ("lo", "hi", "hi_open", "point", "step", "scale", "frac")

    def __init__(self, lo, hi=None, *, hi_open=False, point=True, step=1.0, scale=1.0, frac=False):
        self.lo, self.hi = float(lo), float(lo if hi is None else hi)
        self.hi_open, self.point, self.step, self.scale, self.frac = hi_open, point, step, scale, frac

    def times(self, k: float) -> None:
        self.lo, self.hi, self.step, self.scale = self.lo * k, self.hi * k, self.step * k, self.scale * k


_COMMA_THOUSANDS = _Lazy(r"(\d{1,3}(?:,\d{3})+)(?:\.(\d+))?")
_DOT_THOUSANDS_DECIMAL_COMMA = _Lazy(r"(\d{1,3}(?:\.\d{3})+),(\d+)")
_DOT_THOUSANDS = _Lazy(r"(\d{1,3}(?:\.\d{3}){2,})()")
_DECIMAL = _Lazy(r"(\d+)[.,](\d+)")


def _digits(tok: str):
    """(value, step) of a digit token, or None when its separators make no sense."""
    if "," not in tok and "." not in tok:
        return float(tok), 1.0
    m = _COMMA_THOUSANDS.fullmatch(tok)  # 1,200,000.5
    if m:
        dec = m.group(2) or ""
        return float(m.group(1).replace(",", "") + ("." + dec if dec else "")), 10.0 ** -len(dec)
    m = _DOT_THOUSANDS_DECIMAL_COMMA.fullmatch(tok) or _DOT_THOUSANDS.fullmatch(tok)
    if m:  # 1.200.000 or 1.200,50 (continental)
        dec = m.group(2)
        return float(m.group(1).replace(".", "") + ("." + dec if dec else "")), 10.0 ** -len(dec)
    m = _DECIMAL.fullmatch(tok)  # 1.5 / 1,5
    if m and (tok.count(".") == 1 or len(m.group(2)) != 3):
        return float(f"{m.group(1)}.{m.group(2)}"), 10.0 ** -len(m.group(2))
    return None


def _words(toks: list[str], i: int):
    """Number words from i ("one hundred and twenty", "twenty-five", "a dozen"): (value, next index)."""
    total, cur, last, j, seen = 0.0, 0.0, None, i, False
    small, tens, big = _nw.SMALL, _nw.TENS, _nw.BIG
    while j < len(toks):
        w = toks[j]
        nx = _tok(toks, j + 1)
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
                if nx in tens and _tok(toks, k) == "-":
                    k += 2
                elif nx in tens and _tok(toks, k) in small:
                    k += 1
                if _tok(toks, k) == "hundred" or _tok(toks, k) in big:
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


def _is_cur_suffix(toks, k) -> bool:
    return _match(_CUR_SUFFIX, toks, k)[1] > 0


def _scales(toks: list[str], j: int, money: bool):
    """Scale words after a figure ("million", "bn", "k"): (factor, next index)."""
    factor = 1.0
    while True:
        k = j + 1 if _tok(toks, j) == "-" else j
        w = _tok(toks, k)
        if w in _nw.SCALE_AFTER_DIGITS and not (w == "hundred" and factor > 1):
            factor *= _nw.SCALE_AFTER_DIGITS[w]
        elif w == "m" and _m_is_million(toks, k, money):
            factor *= 1e6
        elif w == "b" and (money or _is_cur_suffix(toks, k + 1)):
            factor *= 1e9
        else:
            return factor, j
        j = k + 1


def _m_is_million(toks, k, money) -> bool:
    """'m' is million with money or before a noun ("5m people"), else metres ("5m", "5m-high")."""
    if money:
        return True
    nx = _tok(toks, k + 1)
    if nx == "-":
        nx = _tok(toks, k + 2)
    if nx is None or nx in _DIM_ADJ or _match(_UNIT_IDX, toks, k + 1)[1]:
        return False
    return _is_cur_suffix(toks, k + 1) or nx.isalpha()


def _is_unit_at(toks, k) -> bool:
    return _match(_UNIT_IDX, toks, k)[1] > 0 or _is_cur_suffix(toks, k)


def _magnitude(toks: list[str], i: int, money: bool):
    """A figure at i: (_Mag, next index), or (None, note)."""
    sign = 1.0
    if _tok(toks, i) in ("-", "minus") and (_is_digits(_tok(toks, i + 1)) or _tok(toks, i + 1) in _NUMBER_WORDS):
        sign, i = -1.0, i + 1
    elif _tok(toks, i) == "+" and _is_digits(_tok(toks, i + 1)):
        i += 1
    mag, j = _magnitude_abs(toks, i, money)
    if mag is None:
        return None, j
    if sign < 0:
        mag.lo, mag.hi = -mag.hi, -mag.lo
    return mag, j


def _magnitude_abs(toks, i, money):
    w = _tok(toks, i)
    if w is None:
        return None, "no number"
    v, n = _match(_VPLURAL, toks, i)
    if v:
        return _Mag(v[0], v[1], hi_open=True, point=False), i + n
    v, n = _match(_VMULT, toks, i)
    if v:
        factor, j = _scales(toks, i + n, money)  # "several hundred", "a few thousand"
        return _Mag(v[0] * factor, v[1] * factor, point=False, step=factor), j
    frac = _fraction(toks, i, money)
    if frac:
        return frac
    if w in ("a", "an") and _is_unit_at(toks, i + 1) and _tok(toks, i + 1) != "second":
        return _Mag(1.0), i + 1
    unit, k = _unit_at(toks, i)
    if unit and unit[0] == "duration" and toks[k:k + 2] in (["-", "long"], ["long"]):  # "week-long"
        return _Mag(1.0), i
    if _is_digits(w):
        d = _digits(w)
        if d is None:
            return None, f"cannot read the number {w!r}"
        if _tok(toks, i + 1) in _nw.ORDINAL_SUFFIXES:
            return None, "an ordinal, not an amount"
        mag, j = _Mag(d[0], step=d[1]), i + 1
    else:
        r = _words(toks, i)
        if r is None:
            return None, "no number"
        mag, j = _Mag(r[0]), r[1]
    k = _and_a_half(toks, j)
    if k:
        mag.lo += 0.5
        mag.hi += 0.5
        j = k
    factor, j = _scales(toks, j, money)
    if factor != 1.0:
        mag.times(factor)
    return mag, j


def _and_a_half(toks, j) -> int:
    """Index after "and a half" / "-and-a-half" at j, else 0."""
    words = [x for x in toks[j:j + 6] if x != "-"]
    if words[:3] not in (["and", "a", "half"], ["and", "one", "half"]):
        return 0
    seen = 0
    while seen < 3:
        if toks[j] != "-":
            seen += 1
        j += 1
    return j


def _fraction(toks, i, money):
    """'half a million', 'a quarter of an hour', 'two-thirds': (_Mag, next) or None."""
    j, numer = i, 1.0
    w = _tok(toks, j)
    if w in ("a", "an", "one") and _tok(toks, j + 1) in _nw.FRACTIONS:
        j += 1
    elif w in _nw.SMALL and 2 <= _nw.SMALL[w] <= 9:
        k = j + 2 if _tok(toks, j + 1) == "-" else j + 1
        if _tok(toks, k) not in _nw.FRACTIONS:
            return None
        numer, j = float(_nw.SMALL[w]), k
    if _tok(toks, j) not in _nw.FRACTIONS:
        return None
    value = numer * _nw.FRACTIONS[toks[j]]
    j += 1
    k = j + 1 if _tok(toks, j) == "of" else j
    if _tok(toks, k) in ("a", "an"):
        k += 1
    if _tok(toks, k) == "-":
        k += 1
    factor, k2 = _scales(toks, k, money)
    if factor != 1.0:
        return _Mag(value * factor, step=factor * 0.5), k2
    if _is_unit_at(toks, k):
        return _Mag(value, step=0.25), k
    return _Mag(value, frac=True), j


_VPLURAL = _index(_nw.VAGUE_PLURAL)
_VMULT = _index(_nw.VAGUE_MULT)


def _unit_at(toks, j):
    """A unit after a figure (skipping a joining hyphen or 'of'): (spec, next) or (None, j)."""
    k = j + 1 if _tok(toks, j) == "-" else j
    if _tok(toks, k) == "of" and _is_cur_suffix(toks, k + 1):
        k += 1
    v, n = _match(_UNIT_IDX, toks, k)
    c, cn = _match(_CUR_SUFFIX, toks, k)
    if c and cn > n:  # "pounds sterling" is money, "pounds" weight
        return ("money", c, 1.0, 0.0), k + cn
    if v:
        return v, k + n
    return None, j


def _suffixes(toks, j, quals):
    while True:
        k = j + 1 if _tok(toks, j) == "-" else j
        v, n = _match(_SUFFIX, toks, k)
        if not v:
            return j
        quals.append(v)
        j = k + n


_RANGE_SEPS = {"-", "to", "or", "through", "thru", "and"}


def _month_days(n: float, longest: bool) -> float:
    """Fewest/most days in n consecutive calendar months."""
    if n != int(n) or n > 120:
        return n * (31 if longest else 28) if n < 2 else n * (30.5 + (0.5 if longest else -1))
    n = int(n)
    lengths = [31, 29 if longest else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    sums = [sum(lengths[(s + k) % 12] for k in range(n)) for s in range(12)]
    return float(max(sums) if longest else min(sums))


def _year_days(n: float, longest: bool) -> float:
    if n != int(n):
        return n * 365.2425 + (1 if longest else -1)
    return 365.0 * n + (math.ceil(n / 4) if longest else math.floor(n / 4))


def _to_days(x: float, spec, longest: bool) -> float:
    unit, factor = spec[1], spec[2]
    if unit == "month":
        return _month_days(x * factor, longest) if x >= 0 else x * 30.44 * factor
    if unit == "year":
        return _year_days(x * factor, longest) if x >= 0 else x * 365.25 * factor
    return x * factor


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


_LEADS = {"of", "to", "at", "by", "is", "was", "were", "are", "reached", "hit", "totalled", "totaled",
          "numbered", "stood", "stands", "cost", "costing", "worth", "valued"}
_NEGATIONS = {"not", "no", "never", "without", "nor", "neither"}


# Shares said in words: "two-thirds", "a fifth", "half", "one in five", "nine out of ten".
_SHARE_FRACTIONS = {**_nw.FRACTIONS, **{name + plural: 1 / n for n, name in enumerate(
    ("fifth", "sixth", "seventh", "eighth", "ninth", "tenth"), start=5) for plural in ("", "s")}}
_SHARE_NUMBER = {**{w: n for w, n in _nw.SMALL.items() if n >= 1}, **_nw.TENS, "hundred": 100, "a": 1, "an": 1}


def _share_number(tok: str | None) -> float | None:
    if tok is None:
        return None
    if tok in _SHARE_NUMBER:
        return float(_SHARE_NUMBER[tok])
    return float(tok.replace(",", "")) if _is_digits(tok) else None


def _read_share(toks: list[str], raw: str) -> Value | None:
    """A share in words, as a percent: a rounded figure, so bare it reads as 'about' ('two-thirds': ~66.67%)."""
    quals = []
    i = 0
    while True:
        q, n = _match(_PREFIX, toks, i)
        if not q or q in ("between", "aged", "mag", "one"):
            break
        if q != "filler":
            quals.append(q)
        i += n
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
        if k and _tok(rest, k) == "every":
            k += 1
        part, whole = _share_number(rest[0]), _share_number(_tok(rest, k))
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


def _read_number(t: str, raw: str, kind: str | None) -> Value:
    """Counts, quantities, money, percents and durations: one grammar, typed by the unit."""
    if _TIME_OF_DAY_RE.search(t):
        return _text(raw, "a time of day, not an amount")
    if kind in (None, "percent"):
        share = _read_share(_num_tokens(t), raw)
        if share is not None:
            return share
    got = _read_number_tokens(_num_tokens(t), t, raw, kind)
    if got.type == "text" and got.note == _UNREAD:
        # "winds of 150 km/h", "the death toll rose to 41": the figure after the lead-in words
        toks = _num_tokens(t)
        for k, x in enumerate(toks[:7]):
            if _is_digits(x) or x in _NUMBER_WORDS or x in _nw.FRACTIONS or x in _NEGATIONS or not x.isalpha():
                break
            rest = toks[k + 1:]
            if len(rest) == 1 and _FOUR_DIGITS.fullmatch(rest[0]) and _year_ok(int(rest[0])):
                break  # "by 2018", "to 2030": a year with a preposition that changes its meaning
            if x in _LEADS and rest:
                again = _read_number_tokens(rest, t, raw, kind)
                if again.type != "text":
                    return again
    return got


_TIME_OF_DAY_RE = _Lazy(r"\d\s*(?:a\.?m\.?|p\.?m\.?)(?![a-z])|\d:\d\d")


_YUAN = _Lazy(r"yuan|renminbi|rmb|cny")


def _read_number_tokens(toks: list[str], t: str, raw: str, kind: str | None) -> Value:
    if not toks:
        return _text(raw, _UNREAD)
    # "no deaths", "none", "nobody": zero
    if toks[0] in ("none", "nobody", "noone") or toks[:2] == ["no", "one"] or (
            toks[0] in ("no", "zero") and len(toks) > 1 and toks[1] not in _NUMBER_WORDS
            and not _is_digits(toks[1]) and toks[1] not in ("more", "fewer", "less", "longer")):
        first = 2 if toks[:2] == ["no", "one"] else 1
        if any(_is_digits(x) or x in _NUMBER_WORDS for x in toks[first:]):
            return _text(raw, "more than one number in the wording")
        unit, _ = _unit_at(toks, first)
        cls = unit[0] if unit and unit[0] in ("quantity", "duration") else "count"
        return _with_kind(Value(type=cls, raw=raw, lo=0.0, hi=0.0, unit=unit[1] if cls == "quantity" else None),
                          kind)
    quals: list[str] = []
    between = aged = False
    pre_unit = None
    i = 0
    while True:
        v, n = _match(_PREFIX, toks, i)
        if not v:
            nx = _tok(toks, i + 1)
            if _tok(toks, i) in ("a", "an") and (_is_digits(nx) or nx in _nw.SMALL or nx in _nw.TENS
                                                 or _match(_CUR_PREFIX, toks, i + 1)[1]):
                i += 1
                continue
            break
        i += n
        if v == "between":
            between = True
        elif v == "aged":
            aged = True
        elif v == "mag":
            pre_unit = _UNITS_SPEC["magnitude"]
            if _tok(toks, i) == "-":
                i += 1
        elif v == "one":
            toks = toks[:i] + ["one"] + toks[i:]
        elif v != "filler":
            quals.append(v)
    if kind is None and i and not quals and len(toks) == i + 1 and _FOUR_DIGITS.fullmatch(toks[i]) \
            and _year_ok(int(toks[i])):  # "to 2030", "the 2018": a year, and the word changes its meaning
        return _text(raw, f"a year after {' '.join(toks[:i])!r}, not a count")
    if _tok(toks, i) in _nw.TOO_VAGUE:
        return _text(raw, f"{toks[i]!r} is too vague to compare")
    cur1, n = _match(_CUR_PREFIX, toks, i)
    i += n
    # a bare plural unit ("for weeks", "days ago"): a vague count of that unit
    if _tok(toks, i) in _DURATION_PLURALS and not cur1:
        m1, i = _Mag(2, 9, point=False), i
    else:
        m1, i = _magnitude(toks, i, cur1 is not None)
        if m1 is None:
            note = i if isinstance(i, str) and i != "no number" else _UNREAD
            return _text(raw, note)
    u1, i = _unit_at(toks, i)
    if u1 and u1[0] == "duration" and _and_a_half(toks, i):
        m1.lo, m1.hi, i = m1.lo + 0.5, m1.hi + 0.5, _and_a_half(toks, i)
    # composite durations: "1 hour 30 minutes", "two days and six hours"
    while u1 and u1[0] == "duration" and u1[1] == "d" and not between:
        k = i + 1 if _tok(toks, i) == "and" else i
        m_x, k2 = _magnitude(toks, k, False)
        if m_x is None or not m_x.point:
            break
        u_x, k3 = _unit_at(toks, k2)
        if not u_x or u_x[0] != "duration" or u_x[1] != "d" or u_x[2] >= u1[2]:
            break
        m1.lo += m_x.lo * u_x[2] / u1[2]
        m1.hi += m_x.lo * u_x[2] / u1[2]
        i = k3
    i = _suffixes(toks, i, quals)
    m2 = u2 = cur2 = None
    if _tok(toks, i) == "-" and _tok(toks, i + 1) in ("to", "or"):
        i += 1
    sep = _tok(toks, i)
    if sep in _RANGE_SEPS and (sep != "and" or between):
        k = i + 2 if _tok(toks, i + 1) == "-" and sep != "-" else i + 1
        cur2, n = _match(_CUR_PREFIX, toks, k)
        k += n
        m2_try, k2 = _magnitude(toks, k, (cur1 or cur2) is not None)
        if m2_try is not None:
            m2, i = m2_try, k2
            u2, i = _unit_at(toks, i)
            i = _suffixes(toks, i, quals)
    tail = toks[i:]
    for x in tail:
        if _is_digits(x) or x in _NUMBER_WORDS:
            return _text(raw, "more than one number in the wording")
        if x in _CUR_SYMBOLS or x in ("%", "<", ">", "~", "≈", "≥", "≤"):
            return _text(raw, f"stray {x!r} in the wording")
    # settle the unit
    money_codes = {c for c in (cur1, cur2) if c} | {u[1] for u in (u1, u2) if u and u[0] == "money"}
    if money_codes == {"JPY", "CNY"} and "¥" in toks:  # the same sign is used for yuan
        money_codes = {"CNY"}
    if len(money_codes) > 1:
        return _text(raw, "two different currencies")
    units = [u for u in (pre_unit, u1, u2) if u and u[0] != "money"]
    if money_codes and units:
        return _text(raw, "money mixed with another unit")
    if units and len({(u[0], u[1] if u[0] != "duration" else "d") for u in units}) > 1:
        return _text(raw, "mixed units")
    if aged and not units and not money_codes:
        units = [_UNITS_SPEC["years"]]
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
    else:
        cls, unit = "count", None
    if m1.frac or (m2 is not None and m2.frac):
        if cls != "duration" or m2 is not None:
            return _text(raw, "a fraction of an unstated whole")
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
        return _text(raw, "a range whose ends are reversed (a score?)")
    if m2 is not None and lo == hi and m1.point and m2.point:
        return _text(raw, "a range whose ends are equal (a score or split?)")
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
        lo = None if lo is None else _to_days(lo, s_lo, False)
        hi = None if hi is None else _to_days(hi, s_hi, True)
        if approx is not None:
            approx = approx * spec1[2]
        unit = None
    elif cls == "quantity" or (cls == "percent" and spec1):
        f1, o1, f2, o2 = spec1[2], spec1[3], spec2[2], spec2[3]
        lo = None if lo is None else lo * f1 + o1
        hi = None if hi is None else hi * f2 + o2
        approx = None if approx is None else approx * f1 + o1
        if cls == "quantity" and (f1 != 1.0 or o1 or f2 != 1.0 or o2):
            tol = step / 2 * max(f1, f2)
    nums = [x for x in (lo, hi, approx, tol) if x is not None]
    if not all(math.isfinite(x) for x in nums):
        return _text(raw, "number out of range")
    if lo is not None and hi is not None and (lo > hi or (lo == hi and (lo_open or hi_open))):
        return _text(raw, "an empty range")
    return _with_kind(Value(type=cls, raw=raw, lo=lo, hi=hi, unit=unit, lo_open=lo_open, hi_open=hi_open,
                            approx=approx, tol=tol), kind)


def _with_kind(v: Value, kind: str | None) -> Value:
    """A bare number takes the kind the user gave ("12" as percent); other readings must match it."""
    if kind is None or kind == v.type:
        return v
    if v.type == "count" and kind in ("quantity", "money", "percent"):
        return Value(**{**v.__dict__, "type": kind})
    return _text(v.raw, f"cannot read {v.raw!r} as {kind}")


# --------------------------------------------------------------------------
# Yes / no and years
# --------------------------------------------------------------------------

_YES = {"yes", "true", "confirmed", "correct", "affirmative", "y"}
_NO = {"no", "false", "denied", "untrue", "not true", "incorrect", "negative", "n", "not confirmed"}


def _read_bool(t: str, raw: str) -> Value | None:
    w = t.strip(" .!?")
    if w in _YES:
        return Value(type="bool", raw=raw, lo=1.0, hi=1.0)
    if w in _NO:
        return Value(type="bool", raw=raw, lo=0.0, hi=0.0)
    return None


_YEAR_RE = _Lazy(r"(?:(?:in|during|since|from|of) )?(?:(?:the )?(?:calendar |fiscal |financial )?year |fiscal |fy ?)?"
                      r"(\d{4})")
_YEAR_RANGE_RE = _Lazy(r"(?:(?:in|from|between|during) )?(?:the )?(?:years? )?(\d{4}) ?(?:-|to|and|until|"
                            r"through|/) ?(\d{4}|\d{2})")
_YEAR_APPROX_RE = _Lazy(r"(?:around|about|circa|c|ca|approximately|roughly) ?(\d{4})")
_DECADE_RE = _Lazy(r"(?:(?:in|during) )?(?:the )?(?:(early|mid|late) ?-?)?(\d{3}0)s")


def _year_ok(y: int) -> bool:
    return 1800 <= y <= 2100


def _read_year(t: str, raw: str) -> Value | None:
    t = t.replace(".", "").replace("'", "")
    m = _YEAR_RE.fullmatch(t)
    if m and _year_ok(int(m.group(1))):
        y = float(m.group(1))
        return Value(type="year", raw=raw, lo=y, hi=y)
    m = _YEAR_RANGE_RE.fullmatch(t)
    if m:
        a, b = int(m.group(1)), m.group(2)
        hi = int(b) if len(b) == 4 else a // 100 * 100 + int(b)
        if _year_ok(a) and _year_ok(hi) and hi > a:
            return Value(type="year", raw=raw, lo=float(a), hi=float(hi))
    m = _YEAR_APPROX_RE.fullmatch(t)
    if m and _year_ok(int(m.group(1))):
        y = float(m.group(1))
        return Value(type="year", raw=raw, lo=y - 1, hi=y + 1, approx=y)
    m = _DECADE_RE.fullmatch(t)
    if m and _year_ok(int(m.group(2))):
        y = int(m.group(2))
        a, b = {"early": (0, 3), "mid": (3, 6), "late": (6, 9), None: (0, 9)}[m.group(1)]
        return Value(type="year", raw=raw, lo=float(y + a), hi=float(y + b))
    return None


# --------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------

_MONTHS = {"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
           "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
           "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12}
_WEEKDAYS = {"monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
             "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5,
             "sunday": 6, "sun": 6}
_WD_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_TIME_OF_DAY = {"morning", "afternoon", "evening", "night", "dawn", "dusk", "midday", "noon", "midnight",
                "daybreak", "lunchtime", "nightfall", "sunrise", "sunset", "am", "pm"}
_FILLERS = {"on", "the", "of", "at", "in", "during", "from", "since", "as", "occurred", "happened"}
_MONTH_PARTS = {"early": (1, 10), "beginning": (1, 10), "start": (1, 10), "mid": (11, 20),
                "middle": (11, 20), "late": (21, 31), "end": (21, 31)}
_YEAR_PARTS = {"early": (1, 4), "beginning": (1, 4), "start": (1, 4), "mid": (5, 8), "middle": (5, 8),
               "late": (9, 12), "end": (9, 12)}
_ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1": 1, "2": 2, "3": 3, "4": 4}

_TIME_RE = _Lazy(
    r"(?:\b(?:at|around|about|shortly after|shortly before|just after|just before|after|before)\s+)?"
    r"(?:\b\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)(?![a-z])|\b\d{1,2}:\d{2}(?::\d{2})?\b"
    r"|\b\d{4}\s*(?:gmt|utc)\b)"
    r"|\b(?:local time|gmt|utc|bst|cet|cest|edt|pst|pdt|msk|jst|eet|eest|aest|\(?[a-z]{1,3}t\)?(?= *$))\b"
)
_DATE_TOKEN_RE = _Lazy(
    r"\d{4}-\d{1,2}-\d{1,2}|\d{1,4}[/.]\d{1,2}[/.]\d{2,4}|\d+|[^\W\d_]+|-"
)


def _iso(d: date) -> str:
    return d.isoformat()


def _month_end(y: int, m: int) -> int:
    if m == 2:
        return 29 if y % 4 == 0 and (y % 100 != 0 or y % 400 == 0) else 28
    return 30 if m in (4, 6, 9, 11) else 31


def _dv(raw, start: date, end: date, precision: str, relative=None) -> Value:
    if start > end:
        start, end = end, start
    if start == end and precision == "range":
        precision = "day"
    return Value(type="date", raw=raw, start=_iso(start), end=_iso(end), precision=precision, relative=relative)


def _unres(raw, typ, relative) -> Value:
    return Value(type=typ, raw=raw, resolved=False, relative=relative,
                 note=f"no publication date to resolve {raw!r}")


def _year_value(raw, y: int, relative=None) -> Value:
    return Value(type="year", raw=raw, lo=float(y), hi=float(y), relative=relative)


def _two_digit_year(s: str) -> int:
    y = int(s)
    if len(s) == 2:
        y += 2000 if y < 70 else 1900
    return y


_DATE_SEPARATOR = _Lazy(r"[/.]")


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
    y, a, b = _two_digit_year(c), int(a), int(b)
    if "." in tok:  # dotted dates are day-first everywhere they are used
        return y, b, a
    if a > 12 >= b:
        return y, b, a
    if b > 12 >= a or a == b:
        return y, a, b
    return "ambiguous"


_ISO_DATE = _Lazy(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_NUMERIC_DATE = _Lazy(r"\d{1,4}[/.]\d{1,2}[/.]\d{2,4}")


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
    if allow_day_only and len(toks) == 2 and _ONE_OR_TWO_DIGITS.fullmatch(toks[0]) and _FOUR_DIGITS.fullmatch(toks[1]):
        if 1 <= int(toks[0]) <= 31:  # "16 2023" on the right of "April 10-16, 2023"
            return int(toks[1]), None, int(toks[0])
    months = [k for k, t in enumerate(toks) if t in _MONTHS]
    if len(months) != 1 or len(toks) > 3:
        return None
    k = months[0]
    mon = _MONTHS[toks[k]]
    y = d = None
    for j, t in enumerate(toks):
        if j == k:
            continue
        if _FOUR_DIGITS.fullmatch(t) and y is None:
            y = int(t)
        elif _ONE_OR_TWO_DIGITS.fullmatch(t) and d is None and 1 <= int(t) <= 31 and abs(j - k) == 1:
            d = int(t)
        else:
            return None
    return y, mon, d


def _valid(y, m, d) -> bool:
    try:
        date(y, m, d)
        return True
    except (ValueError, TypeError, OverflowError):
        return False


def _latest(ref: date, make) -> date | None:
    """The latest year's candidate whose start is not after ref (news reports the past)."""
    for y in range(ref.year, ref.year - 9, -1):
        got = make(y)
        if got and got[0] <= ref:
            return got
    return None


def _resolve_partial(raw, p, ref, rel_hint=None):
    """A single partial date (year may be missing) as a Value."""
    y, m, d = p
    if not 1 <= m <= 12:
        return _text(raw, "month out of range")
    if d is not None and not _valid(2000 if y is None else y, m, d):
        return _text(raw, "no such calendar date")
    if y is not None:
        if not 1 <= y <= 9999:
            return _text(raw, "year out of range")
        if d is None:
            return _dv(raw, date(y, m, 1), date(y, m, _month_end(y, m)), "month")
        return _dv(raw, date(y, m, d), date(y, m, d), "day")
    rel = rel_hint or (f"month-day:{m:02d}-{d:02d}" if d else f"month:{m:02d}")
    if ref is None:
        return _unres(raw, "date", rel)
    if d is None:
        yy = ref.year if m <= ref.month else ref.year - 1
        return _dv(raw, date(yy, m, 1), date(yy, m, _month_end(yy, m)), "month", rel)
    got = _latest(ref, lambda yy: (date(yy, m, d), None) if _valid(yy, m, d) else None)
    if got is None:
        return _text(raw, "no such calendar date")
    return _dv(raw, got[0], got[0], "day", rel)


def _duration_days(text: str):
    """Days interval of a duration wording, or None."""
    v = _read_number(text, text, None)
    if v.type != "duration":
        return None
    return v.lo, v.hi


_ISO_MONTH = _Lazy(r"(?:(?:in|during|since) )?(\d{4})-(\d{2})")
_POSSESSIVE = _Lazy(r"'s\b")
_ORDINAL_SUFFIX = _Lazy(r"(\d)(?:st|nd|rd|th)\b")
_ABBREVIATION_DOT = _Lazy(r"\b([a-z]{3,9})\.")


def _read_date(t: str, raw: str, ref: date | None) -> Value | None:
    """Absolute, partial and relative dates; None when the wording is not a date at all."""
    m = _ISO_MONTH.fullmatch(t)
    if m:  # "2023-04" is a month unless it reads as a span of years ("2011-12")
        y, mo = int(m.group(1)), int(m.group(2))
        if 1 <= mo <= 12 and mo != (y + 1) % 100:
            return _dv(raw, date(y, mo, 1), date(y, mo, _month_end(y, mo)), "month")
        return None
    s = _POSSESSIVE.sub("", t)
    s = _TIME_RE.sub(" ", s)
    s = _ORDINAL_SUFFIX.sub(r"\1", s)
    s = _ABBREVIATION_DOT.sub(r"\1", s)  # "Sept." "Apr."
    toks_all = _DATE_TOKEN_RE.findall(s)
    if not toks_all:
        return None
    # rolling windows: "the past week", "over the last 24 hours", "past few days"
    k = 0
    while k < len(toks_all) and toks_all[k] in ("in", "over", "during", "for", "within", "throughout"):
        k += 1
    rest = toks_all[k:]
    rolling = None
    if rest[:1] == ["the"] and rest[1:2] and rest[1] in ("past", "last", "previous"):
        rolling = rest[2:]
    elif rest[:1] == ["past"] or (rest[:1] in (["last"], ["previous"]) and len(rest) > 2):
        rolling = rest[1:]
    if rolling:
        return _rolling(raw, rolling, ref)
    toks = [x for x in toks_all if x not in _FILLERS]
    if not toks:
        return None
    if toks[-1] == "ago":
        return _ago(raw, toks[:-1], ref)
    phrase = " ".join(toks)
    rel = _relative_day(raw, phrase, ref)
    if rel is not None:
        return rel
    # drop times of day, and early/late before a day word ("late on Sunday")
    cleaned = []
    for j, x in enumerate(toks):
        if x in _TIME_OF_DAY or (x == "hours" and j and toks[j - 1] in ("early", "small", "wee")):
            continue
        nx = toks[j + 1] if j + 1 < len(toks) else None
        if x in ("early", "late", "earlier", "later") and (nx in _WEEKDAYS or nx in _TIME_OF_DAY or nx in (
                "yesterday", "today", "tomorrow", "hours")):
            continue
        cleaned.append(x)
    toks = cleaned
    if not toks:
        return None
    phrase = " ".join(toks)
    rel = _relative_day(raw, phrase, ref)
    if rel is not None:
        return rel
    got = _relative_period(raw, toks, ref)
    if got is not None:
        return got
    if len(toks) > 2 and toks[-2:] in (["last", "year"], ["this", "year"], ["next", "year"]):
        # "late last year", "April last year": the year from the publication date
        rel = "-".join(toks[-2:]) + ":" + "-".join(toks[:-2])
        if ref is None:  # unresolved where a year would make it a date, as any year does (see normalize)
            return None if _read_date_body(raw, toks[:-2] + ["2000"], date(2000, 12, 31)) is None else _unres(
                raw, "date", rel)
        y = ref.year + {"last": -1, "this": 0, "next": 1}[toks[-2]]
        got = _read_date_body(raw, toks[:-2] + [str(y)], ref)
        if got is not None and got.type == "date" and got.resolved:
            return Value(**{**got.__dict__, "relative": rel})
        return got
    # weekday, alone or next to a date
    wds = [x for x in toks if x in _WEEKDAYS]
    if wds:
        others = [x for x in toks if x not in _WEEKDAYS]
        if len(wds) > 1:
            return None
        wd = _WEEKDAYS[wds[0]]
        if others and others[0] in ("last", "this", "next", "past") and all(
                x in ("last", "this", "next", "past") for x in others):
            return _weekday(raw, wd, " ".join(others), ref)
        if not others:
            return _weekday(raw, wd, "", ref)
        p = _partial(others)
        if ref is not None and p not in (None, "ambiguous") and p[0] is None and p[2] is not None:
            m, d = p[1], p[2]  # "Tuesday 5 November": the latest such date that was a Tuesday
            for y in range(ref.year, ref.year - 15, -1):
                if _valid(y, m, d) and date(y, m, d) <= ref and date(y, m, d).weekday() == wd:
                    return _dv(raw, date(y, m, d), date(y, m, d), "day", f"month-day:{m:02d}-{d:02d}")
        got = _read_date_body(raw, others, ref)
        if got is None or got.type != "date":
            return got
        if got.resolved and got.precision == "day" and date.fromisoformat(got.start).weekday() != wd:
            return _text(raw, f"{wds[0].capitalize()} does not fall on {got.start}")
        return got
    return _read_date_body(raw, toks, ref)


def _relative_day(raw, phrase, ref):
    days = {"today": (0, 0), "tonight": (0, 0), "this morning": (0, 0), "this afternoon": (0, 0),
            "this evening": (0, 0), "earlier today": (0, 0), "later today": (0, 0), "yesterday": (-1, -1),
            "last night": (-1, 0), "overnight": (-1, 0), "day before yesterday": (-2, -2),
            "tomorrow": (1, 1), "day after tomorrow": (2, 2)}
    if phrase not in days:
        return None
    rel = {"tonight": "today", "this morning": "today", "this afternoon": "today", "this evening": "today",
           "earlier today": "today", "later today": "today"}.get(phrase, phrase.replace(" ", "-"))
    if ref is None:
        return _unres(raw, "date", rel)
    a, b = days[phrase]
    return _dv(raw, ref + timedelta(days=a), ref + timedelta(days=b), "day" if a == b else "range", rel)


def _weekday(raw, wd: int, mod: str, ref):
    code = _WD_CODES[wd]
    mod = {"this past": "last", "past": "last"}.get(mod, mod)
    rel = f"weekday:{code}" + (f":{mod}" if mod else "")
    if ref is None:
        return _unres(raw, "date", rel)
    back = (ref.weekday() - wd) % 7
    if mod == "last":  # strictly before the publication day
        d = ref - timedelta(days=back or 7)
    elif mod == "next":
        d = ref + timedelta(days=(wd - ref.weekday()) % 7 or 7)
    elif mod == "this":  # the one in the publication week (Monday..Sunday)
        d = ref - timedelta(days=ref.weekday()) + timedelta(days=wd)
    else:  # bare "Sunday": the latest one on or before the publication day
        d = ref - timedelta(days=back)
    return _dv(raw, d, d, "day", rel)


_RELATIVE_PERIOD = _Lazy(r"(last|this|next|earlier this|later this|past|previous|coming) (week|month|year|weekend)"
                         r"|(weekend)")
_LAST_THIS_NEXT = _Lazy(r"(last|this|next) (\w+)")


def _relative_period(raw, toks, ref):
    """last/this/next week|month|year|weekend, earlier/later this X, last April."""
    phrase = " ".join(toks)
    m = _RELATIVE_PERIOD.fullmatch(phrase)
    if m:
        mod, what = (m.group(1), m.group(2)) if m.group(2) else ("", "weekend")
        mod = {"past": "last", "previous": "last", "coming": "next"}.get(mod, mod)
        rel = "-".join(x for x in (mod.replace(" ", "-"), what) if x)
        typ = "year" if what == "year" and mod in ("last", "this", "next") else "date"
        if ref is None:
            return _unres(raw, typ, rel)
        if what == "year":
            y = ref.year + {"last": -1, "next": 1}.get(mod, 0)
            if typ == "year":
                return _year_value(raw, y, rel)
            a, b = (date(y, 1, 1), ref) if mod == "earlier this" else (ref, date(y, 12, 31))
            return _dv(raw, a, b, "range", rel)
        if what == "month":
            y, mo = ref.year, ref.month + {"last": -1, "next": 1}.get(mod, 0)
            if mo == 0:
                y, mo = y - 1, 12
            elif mo == 13:
                y, mo = y + 1, 1
            a, b = date(y, mo, 1), date(y, mo, _month_end(y, mo))
            if mod == "earlier this":
                b = ref
            elif mod == "later this":
                a = ref
            return _dv(raw, a, b, "month" if mod in ("last", "this", "next") else "range", rel)
        if what == "week":
            monday = ref - timedelta(days=ref.weekday()) + timedelta(days={"last": -7, "next": 7}.get(mod, 0))
            a, b = monday, monday + timedelta(days=6)
            if mod == "earlier this":
                b = ref
            elif mod == "later this":
                a = ref
            return _dv(raw, a, b, "week" if mod in ("last", "this", "next") else "range", rel)
        # weekend: the Saturday..Sunday of the publication week for "this", else the latest one begun
        sat = ref - timedelta(days=(ref.weekday() - 5) % 7)
        if mod == "this":
            sat = ref - timedelta(days=ref.weekday()) + timedelta(days=5)
        elif mod == "last" and ref.weekday() >= 5:
            sat -= timedelta(days=7)
        elif mod == "next":
            sat = ref + timedelta(days=(5 - ref.weekday()) % 7 or 7)
        elif mod not in ("", "last"):
            return None
        return _dv(raw, sat, sat + timedelta(days=1), "range", rel)
    m = _LAST_THIS_NEXT.fullmatch(phrase)
    if m and m.group(2) in _MONTHS:
        mod, mo = m.group(1), _MONTHS[m.group(2)]
        rel = f"month:{mo:02d}:{mod}"
        if ref is None:
            return _unres(raw, "date", rel)
        if mod == "last":
            y = ref.year if mo < ref.month else ref.year - 1
        elif mod == "next":
            y = ref.year if mo > ref.month else ref.year + 1
        else:
            y = ref.year
        return _dv(raw, date(y, mo, 1), date(y, mo, _month_end(y, mo)), "month", rel)
    return None


_AGO_UNIT = _Lazy(r"\b(weeks?|months?|years?|decades?|fortnights?)\b")


def _ago(raw, toks, ref):
    """'three days ago', 'a month ago', 'weeks ago': loose for weeks and longer."""
    text = " ".join(toks)
    span = _duration_days(text) if toks else None
    if span is None or span[0] is None or span[1] is None:
        return _text(raw, "cannot read how long ago")
    lo, hi = span
    loose = _AGO_UNIT.search(text) is not None
    rel = "ago:" + _fmt_duration(Value(type="duration", raw="", lo=lo, hi=hi))
    if ref is None:
        return _unres(raw, "date", rel)
    if loose:
        lo, hi = lo * 0.7, hi * 1.5
    if hi < 1:
        return _dv(raw, ref - timedelta(days=1), ref, "range", rel)
    try:
        a, b = ref - timedelta(days=math.ceil(hi - _EPS)), ref - timedelta(days=math.floor(lo + _EPS))
    except OverflowError:
        return _text(raw, "too long ago")
    return _dv(raw, a, b, "day" if a == b else "range", rel)


def _rolling(raw, toks, ref):
    toks = [x for x in toks if x not in ("the",)]
    if len(toks) == 1 and _match(_UNIT_IDX, toks, 0)[1]:
        toks = ["a"] + toks
    text = " ".join(toks)
    span = _duration_days(text)
    if span is None or span[1] is None:
        return None
    rel = "past:" + _fmt_duration(Value(type="duration", raw="", lo=span[1], hi=span[1]))
    if ref is None:
        return _unres(raw, "date", rel)
    try:
        a = ref - timedelta(days=math.ceil(span[1] - _EPS))
    except OverflowError:
        return _text(raw, "window too long")
    return _dv(raw, a, ref, "range", rel)


def _part_of(raw, toks, ref):
    """'late March', 'mid-April 2023', 'early 2023', 'first half of 2023', 'Q3 2022'."""
    toks = [x for x in toks if x != "-"]
    if len(toks) in (2, 3) and toks[0] in _MONTH_PARTS and toks[1] in _MONTHS:
        if len(toks) == 3 and not _FOUR_DIGITS.fullmatch(toks[2]):
            return None
        part, mo = toks[0], _MONTHS[toks[1]]
        a, b = _MONTH_PARTS[part]
        part = {"beginning": "early", "start": "early", "middle": "mid", "end": "late"}.get(part, part)

        def make(y):
            return date(y, mo, a), date(y, mo, min(b, _month_end(y, mo)))

        if len(toks) == 3:
            s, e = make(int(toks[2]))
            return _dv(raw, s, e, "range")
        rel = f"month-part:{mo:02d}:{part}"
        if ref is None:
            return _unres(raw, "date", rel)
        s, e = _latest(ref, make)
        return _dv(raw, s, e, "range", rel)
    if len(toks) >= 2 and _FOUR_DIGITS.fullmatch(toks[-1]):
        y, head = int(toks[-1]), toks[:-1]
        months = None
        if len(head) == 1 and head[0] in _YEAR_PARTS:
            months = _YEAR_PARTS[head[0]]
        elif len(head) == 2 and head[1] == "half" and head[0] in ("first", "second", "1", "2"):
            months = (1, 6) if head[0] in ("first", "1") else (7, 12)
        elif len(head) == 2 and head[1] == "quarter" and head[0] in _ORDINAL_WORDS:
            q = _ORDINAL_WORDS[head[0]]
            months = (3 * q - 2, 3 * q)
        elif len(head) == 2 and head[0] in ("q", "h") and head[1] in "1234" and (head[0] == "q" or head[1] in "12"):
            n = int(head[1])
            months = (3 * n - 2, 3 * n) if head[0] == "q" else ((1, 6) if n == 1 else (7, 12))
        if months and 1 <= y <= 9999:
            return _dv(raw, date(y, months[0], 1), date(y, months[1], _month_end(y, months[1])), "range")
    return None


def _read_date_body(raw, toks, ref):
    """Absolute dates, partial dates and date ranges once relative words are gone."""
    got = _part_of(raw, toks, ref)
    if got is not None:
        return got
    p = _partial(toks)
    if p == "ambiguous":
        return _text(raw, "day and month order is ambiguous")
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
            if not (_valid(yl, lm, ld or 1) and _valid(yr, rm, rd or 1)):
                return None
            a = date(yl, lm, ld or 1)
            b = date(yr, rm, rd or _month_end(yr, rm))
            if a > b:
                if not (_valid(yl - 1, lm, ld or 1)):
                    return None
                a = date(yl - 1, lm, ld or 1)
            return a, b

        if ly is None:
            rel = "month-day-range:" + (f"{lm:02d}-{ld:02d}" if ld else f"{lm:02d}") + ".." + (
                f"{rm:02d}-{rd:02d}" if rd else f"{rm:02d}")
            if ref is None:
                return _unres(raw, "date", rel)
            got = _latest(ref, lambda y: make(y, y if (rm, rd or 31) >= (lm, ld or 1) else y + 1))
            if got is None:
                return _text(raw, "no such calendar date")
            return _dv(raw, got[0], got[1], "range", rel)
        got = make(ly, ry)
        if got is None:
            return _text(raw, "no such calendar date")
        if not filled_left_year and got[0].year != ly:
            return _text(raw, "a date range whose ends are reversed")
        return _dv(raw, got[0], got[1], "range")
    return None


def _dateutil(raw, toks, ref):
    """Unusual orders ("2023 April 16", "16-Apr-2023"), guarded against dateutil's filled-in defaults."""
    if sum(x in _MONTHS for x in toks) != 1 or any(x not in _MONTHS and x != "-" and not x.isdigit() for x in toks):
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


# --------------------------------------------------------------------------
# normalize / compare
# --------------------------------------------------------------------------


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


_DATED = (None, "date", "year")  # what is read against the reference date (None: any type)
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
        return _text(raw, f"could not read the value ({type(error).__name__})")


_BRACKETED = _Lazy(r"\([^()]*\)")


def _normalize(raw: str, ref_date, kind) -> Value:
    if isinstance(ref_date, datetime):
        ref_date = ref_date.date()
    if not isinstance(ref_date, date):
        ref_date = None
    kind = kind.strip().lower() if isinstance(kind, str) and kind.strip() else None
    if kind is not None and kind not in VALUE_TYPES:
        kind = None
    s = _clean(raw)
    if not s:
        return _text(raw, "empty value")
    if len(s) > _MAX_LEN:
        return _text(raw, "too long to be a single value")
    if kind == "text":
        return _text(raw, "value type given as text")
    t = s.lower()
    if "(" in t:  # "€1.5 billion ($1.6 billion)": read the figure outside the brackets
        outside = " ".join(_BRACKETED.sub(" ", t).split())
        if outside and outside != t:
            got = _normalize(outside, ref_date, kind)
            if got.type != "text":
                return Value(**{**got.__dict__, "raw": raw})
    if kind in (None, "bool"):
        got = _read_bool(t, raw)
        if got or kind == "bool":
            return got or _text(raw, f"cannot read {raw!r} as yes/no")
    if kind in (None, "date", "year"):
        try:
            got = _read_date(t, raw, ref_date)
        except (OverflowError, ValueError):  # a publication date at the ends of the calendar
            return _text(raw, "date out of range")
        if got is None and kind != "date":
            got = _read_year(t, raw)
        if got is None and kind == "date":
            got = _read_year(t, raw)
        if got is not None:
            return _as_kind(got, kind, raw)
        if kind is not None:
            return _text(raw, f"cannot read {raw!r} as {kind}")
    return _read_number(t, raw, kind)


def _as_kind(v: Value, kind, raw) -> Value:
    """Dates and years stand in for each other when the user asked for one of them."""
    if kind is None or v.type == "text" or v.type == kind:
        return v
    if kind == "date" and v.type == "year":
        if not v.resolved:
            return Value(type="date", raw=raw, resolved=False, relative=v.relative, note=v.note)
        a, b = date(int(v.lo), 1, 1), date(int(v.hi), 12, 31)
        return Value(type="date", raw=raw, start=_iso(a), end=_iso(b),
                     precision="year" if v.lo == v.hi else "range", relative=v.relative)
    if kind == "year" and v.type == "date":
        if not v.resolved:
            return v if v.relative and v.relative.endswith("year") else _text(raw, f"cannot read {raw!r} as year")
        if v.start[5:] == "01-01" and v.end[5:] == "12-31":
            return Value(type="year", raw=raw, lo=float(v.start[:4]), hi=float(v.end[:4]), relative=v.relative)
    return _text(raw, f"cannot read {raw!r} as {kind}")


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
    return AGREE if _overlap(a, b, pad_a, pad_b) else CONFLICT


def _size(v: Value) -> float:
    return max(abs(x) for x in (v.lo, v.hi, 0.0) if x is not None)
