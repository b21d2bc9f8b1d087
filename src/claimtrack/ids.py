"""Record IDs: random (or content-derived) so separate copies never collide.

IDs are a type letter plus 20 Crockford base32 characters (100 bits). Users
may type any unique prefix, like git's short hashes.
"""

from __future__ import annotations

import itertools
import os

ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz"
BODY_LENGTH = 20
SHORT_LENGTH = 7  # type letter + 6 characters, as shown in tables

PREFIXES = {
    "source": "s",
    "claim": "c",
    "appearance": "a",
    "note": "n",
    "history": "h",
    "conflict": "k",
}


# Every 10-bit number as its two characters, least significant first.
_PAIRS = [ALPHABET[n & 31] + ALPHABET[n >> 5] for n in range(1024)]


def _encode(data: bytes, length: int) -> str:
    """The low ``5 * length`` bits of ``data`` (read big-endian), least significant character first."""
    return _encode_number(int.from_bytes(data, "big"), length)


def _encode_number(number: int, length: int) -> str:
    pairs = _PAIRS
    return "".join([pairs[(number >> shift) & 1023] for shift in range(0, 5 * length, 10)])[:length]


# A random byte to a character: its low 5 bits, uniform because 256 is a multiple of 32.
_BYTE_TO_CHAR = bytes(ord(ALPHABET[n & 31]) for n in range(256))


def _random(length: int) -> str:
    """``length`` random characters, 5 random bits each.

    Random bytes are drawn 4 KiB at a time and mapped to characters in C by
    ``bytes.translate`` (one byte per character); each ID takes the next
    ``length`` of them (extraction mints several IDs per candidate, and one
    draw per ID cost more than the rest of making it). The pool is dropped in
    a forked child, so two processes never hand out the same characters.

    The bytes come from ``secrets.token_bytes``, the one source of randomness
    here (a benchmark build seeds it).
    """
    global _pool, _taken
    end = _taken + length
    if end > len(_pool):
        _pool = _token_bytes(max(POOL_BYTES, length)).translate(_BYTE_TO_CHAR).decode("ascii")
        _taken, end = 0, length
    chars = _pool[_taken:end]
    _taken = end
    return chars


POOL_BYTES = 4096
_pool = ""
_taken = 0


def reset() -> None:
    """Start a fresh pool of random characters (a forked child must not reuse its parent's)."""
    global _pool, _taken
    _pool, _taken = "", 0


os.register_at_fork(after_in_child=reset)


def _token_bytes(count: int) -> bytes:
    import secrets  # only writers mint IDs; reads skip the import

    return secrets.token_bytes(count)


def new_id(kind: str) -> str:
    return PREFIXES[kind] + _random(BODY_LENGTH)


_sequence = itertools.count()
SEQUENCE_LENGTH = 6


def sequential_id(kind: str) -> str:
    """Random, but sorting after the IDs this process made before it.

    History entries of one command share a timestamp; sorting by (time, ID)
    must still give the order they happened in, in every copy of a case.
    """
    return PREFIXES[kind] + _sequence_prefix(next(_sequence)) + _random(BODY_LENGTH - SEQUENCE_LENGTH)


_PAIRS_FIRST_HIGH = [pair[::-1] for pair in _PAIRS]
_last_high: tuple[int, str] = (-1, "")


def _sequence_prefix(number: int) -> str:
    """``number`` as SEQUENCE_LENGTH characters, most significant first (so they sort as numbers).

    The high characters change once every 1024 numbers and are kept.
    """
    global _last_high
    high, low = divmod(number, 1024)
    if _last_high[0] != high:
        _last_high = (high, _encode_number(high, SEQUENCE_LENGTH - 2)[::-1])
    return _last_high[1] + _PAIRS_FIRST_HIGH[low]


def derived_id(kind: str, *parts: str) -> str:
    """An ID fixed by content, so the same thing gets the same ID everywhere."""
    import hashlib

    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).digest()
    return PREFIXES[kind] + _encode(digest, BODY_LENGTH)


def is_valid(kind: str, record_id: object) -> bool:
    """Whether ``record_id`` is a whole ID of this kind: its letter and 20 characters of the alphabet."""
    return (isinstance(record_id, str) and len(record_id) == 1 + BODY_LENGTH and record_id[0] == PREFIXES[kind]
            and all(char in ALPHABET for char in record_id[1:]))


def short(record_id: str) -> str:
    return record_id[:SHORT_LENGTH]


_TRANSLATE = str.maketrans({"i": "1", "l": "1", "o": "0"})


def clean_prefix(text: str) -> str:
    """Lower-case and apply Crockford's forgiving reads (O->0, I/L->1)."""
    text = text.strip().lower()
    if not text:
        return text
    return text[0] + text[1:].translate(_TRANSLATE)
