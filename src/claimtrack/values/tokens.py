"""Wording cleaned and split into tokens, and phrase tables looked up over them."""

from __future__ import annotations

import re
import unicodedata

from .lexicon import money as _money
from .lexicon import numbers as _numbers


class Lazy:
    """A regex compiled on first use: most runs of the CLI never read a value."""

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern, self.flags, self._rx = pattern, flags, None

    def __getattr__(self, name):
        if self._rx is None:
            self._rx = re.compile(self.pattern, self.flags)
        found = getattr(self._rx, name)
        setattr(self, name, found)  # looked up directly from now on
        return found


_VULGAR_RE = Lazy(r"(\d*)\s?([" + "".join(_numbers.VULGAR) + "])")
_DASHES = str.maketrans({c: "-" for c in "‐‑‒–—―−﹣－"} | {"’": "'", "‘": "'", "“": '"', "”": '"'})
_US_RE = Lazy(r"\bu\.\s?s\.?(?=\s|\$|$)", re.I)


def _vulgar(m: re.Match) -> str:
    whole = int(m.group(1)) if m.group(1) else 0
    return f"{whole + _numbers.VULGAR[m.group(2)]:g}"


_SHORT_YEAR_START = Lazy(r"'\d\ds?(?!\w)")
_BOUND_SIGNS = Lazy(r">\s?=|=\s?>|<\s?=|=\s?<")


def _bound_sign(m: re.Match) -> str:
    return "≥" if ">" in m.group(0) else "≤"


def clean(raw: str) -> str:
    """Unicode-normalized, single-spaced wording without wrapping punctuation."""
    s = _VULGAR_RE.sub(_vulgar, raw)
    if "=" in s:  # ">= 30" is "≥ 30", not "> 30"
        s = _BOUND_SIGNS.sub(_bound_sign, s)
    s = unicodedata.normalize("NFKC", s).translate(_DASHES)
    if not s.isascii():
        # Digits NFKC leaves alone ("⓵") match \d but float() refuses them: fold to their value.
        s = "".join(str(unicodedata.digit(c)) if c.isdigit() and not c.isdecimal() else c for c in s)
    s = _US_RE.sub("us", s)
    s = " ".join(s.split())
    for _ in range(3):
        s = s.strip(" \"*_«»").rstrip(".,;:!?").strip().rstrip("'")
        if s.startswith("'") and not _SHORT_YEAR_START.match(s):  # "'68" keeps its mark: a year
            s = s[1:]
        while len(s) > 1 and (s[0], s[-1]) in (("(", ")"), ("[", "]"), ("{", "}")):
            s = s[1:-1].strip()
    return s


_DOLLAR_RE = Lazy(r"(?<![^\W\d_])(" + "|".join(
    re.escape(p) for p in sorted(_money.DOLLAR_PREFIXES, key=lambda p: (-len(p), p))) + r")\$")
FOUR_DIGITS = Lazy(r"\d{4}")
_THOUSANDS_SPACE = Lazy(r"[ '\u00a0\u202f]")
_SPACE_THOUSANDS_RE = Lazy(r"(?<![\d.,])\d{1,3}(?:[ '\u00a0\u202f]\d{3})+(?![\d])")
_TOKEN_RE = Lazy(
    r"(?:sq)?(?:km|cm|mm|mi|ft|m)[23](?!\d)"
    r"|\d+(?:[.,]\d+)*"
    r"|[^\W\d_]+(?:'[^\W\d_]+)*"
    r"|[$€£¥₹₽₩₺₴₦₪¢%+~<>≥≤≈°/-]"
)
_CLOSED_LONG_RE = Lazy(r"\b(day|night|week|fortnight|month|year|decade|hour|minute)long\b", re.IGNORECASE)


_LEADING_POINT = Lazy(r"(?<![\w.,])\.(?=\d)")


def num_tokens(t: str) -> list[str]:
    """Lower-cased wording as tokens: figures, words, signs ("US$3.2bn": us, $, 3.2, bn)."""
    t = _CLOSED_LONG_RE.sub(r"\1-long", t)  # "weeklong" as "week-long"
    if "." in t:
        t = _LEADING_POINT.sub("0.", t)  # ".5 percent" is 0.5
    t = _DOLLAR_RE.sub(lambda m: " " + _money.DOLLAR_PREFIXES[m.group(1)] + " ", t)
    t = _SPACE_THOUSANDS_RE.sub(lambda m: _THOUSANDS_SPACE.sub("", m.group(0)), t)
    return _TOKEN_RE.findall(t)


def name_tokens(name: str) -> tuple[str, ...]:
    """A lexicon name ("km/h", "kilowatt-hours") as the tokens of a wording that says it. Names are
    written plain (no "$" after letters, no figures), so the token pattern alone splits them."""
    return tuple(_TOKEN_RE.findall(name.lower()))


def phrases(spec: dict) -> dict:
    """``{"at least": v}`` -> ``{("at", "least"): v}``."""
    return {tuple(k.split()): v for k, v in spec.items()}


def index(table: dict) -> dict:
    """Phrase table keyed by first token, longest phrases first."""
    idx: dict = {}
    for key, val in table.items():
        idx.setdefault(key[0], []).append((key, val))
    for lst in idx.values():
        lst.sort(key=lambda kv: -len(kv[0]))
    return idx


def match(idx: dict, toks: list[str], i: int):
    """(value, tokens taken) of the longest phrase of ``idx`` at token i, or (None, 0)."""
    if i >= len(toks):
        return None, 0
    for key, val in idx.get(toks[i], ()):
        n = len(key)
        if tuple(toks[i:i + n]) == key:
            return val, n
    return None, 0


def tok(toks: list[str], i: int) -> str | None:
    return toks[i] if 0 <= i < len(toks) else None


def is_digits(token: str | None) -> bool:
    return bool(token) and token[0].isdigit()
