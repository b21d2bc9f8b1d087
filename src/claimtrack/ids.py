"""Record IDs: random (or content-derived) so separate copies never collide.

IDs are a type letter plus 20 Crockford base32 characters (100 bits). Users
may type any unique prefix, like git's short hashes.
"""

from __future__ import annotations

import itertools

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


def new_id(kind: str) -> str:
    import secrets  # only writers mint IDs; reads skip the import

    return PREFIXES[kind] + _encode(secrets.token_bytes(16), BODY_LENGTH)


_sequence = itertools.count()
SEQUENCE_LENGTH = 6


def sequential_id(kind: str) -> str:
    """Random, but sorting after the IDs this process made before it.

    History entries of one command share a timestamp; sorting by (time, ID)
    must still give the order they happened in, in every copy of a case.
    """
    import secrets

    prefix = _encode_number(next(_sequence), SEQUENCE_LENGTH)[::-1]
    return PREFIXES[kind] + prefix + _encode(secrets.token_bytes(16), BODY_LENGTH - SEQUENCE_LENGTH)


def derived_id(kind: str, *parts: str) -> str:
    """An ID fixed by content, so the same thing gets the same ID everywhere."""
    import hashlib

    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).digest()
    return PREFIXES[kind] + _encode(digest, BODY_LENGTH)


def short(record_id: str) -> str:
    return record_id[:SHORT_LENGTH]


_TRANSLATE = str.maketrans({"i": "1", "l": "1", "o": "0"})


def clean_prefix(text: str) -> str:
    """Lower-case and apply Crockford's forgiving reads (O->0, I/L->1)."""
    text = text.strip().lower()
    if not text:
        return text
    return text[0] + text[1:].translate(_TRANSLATE)
