"""Units and currencies after (or before) a figure, looked up in the lexicon's tables."""

from __future__ import annotations

from .lexicon import money as _money
from .lexicon import units as _units
from .tokens import index, is_digits, match, name_tokens, tok

# name -> (kind of value, canonical unit, factor, offset)
UNITS_SPEC: dict[str, tuple] = {
    name: (kind, unit, factor, offset)
    for kind, unit, factor, offset, names in _units.UNITS for name in names.split("|")
}
UNIT_IDX = index({name_tokens(k): v for k, v in UNITS_SPEC.items()})

_CODES = {(c,): c.upper() for c in _money.CODES} | {(s,): code for s, code in _money.SYMBOLS.items()}
CUR_PREFIX = index(_CODES | {name_tokens(k): v for k, v in _money.BEFORE.items()})
# name -> (currency, factor): "50 cents" is 0.5 USD
CUR_SUFFIX = index({k: (v, 1.0) for k, v in _CODES.items()}
                   | {name_tokens(k): (v, 1.0) for k, v in (_money.NAMES | _money.SHARED_NAMES).items()}
                   | {name_tokens(k): ("pounds", 1.0) for k in _money.WEIGHT_OR_MONEY}
                   | {name_tokens(k): (v, 0.01) for k, v in _money.MINOR_UNITS.items()})

DURATION_PLURALS = {"seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "nights"}
# Words after "5m" that make it a length ("5m-high", "5m away"), not five million.
DIM_ADJ = {"high", "tall", "long", "wide", "deep", "away", "above", "below", "under", "across", "thick",
           "up", "down", "from", "in", "of", "off", "offshore", "inland", "underground", "-"}


def is_cur_suffix(toks, k) -> bool:
    return match(CUR_SUFFIX, toks, k)[1] > 0


def is_unit_at(toks, k) -> bool:
    return match(UNIT_IDX, toks, k)[1] > 0 or is_cur_suffix(toks, k)


def unit_at(toks, j):
    """A unit after a figure (skipping a joining hyphen or 'of'): (spec, next) or (None, j)."""
    k = j + 1 if tok(toks, j) == "-" else j
    if tok(toks, k) == "of" and is_cur_suffix(toks, k + 1):
        k += 1
    if k > j and tok(toks, k) in _money.SYMBOLS and is_digits(tok(toks, k + 1)):
        return None, j  # "$10-$15 billion": a sign after the hyphen opens the range's other end
    v, n = match(UNIT_IDX, toks, k)
    c, cn = match(CUR_SUFFIX, toks, k)
    if c and cn > n:  # "pounds sterling" is money, "pounds" weight
        return ("money", c[0], c[1], 0.0), k + cn
    if v:
        return v, k + n
    return None, j
