"""What the word tables are built with."""

from __future__ import annotations


def expand(spec: dict[str, str]) -> dict[str, str]:
    """``{"visit": "visit|visits|trip|..."}`` -> ``{"visits": "visit", "trip": "visit", ...}``."""
    out: dict[str, str] = {}
    for canonical, words in spec.items():
        for word in words.split("|"):
            out[word] = canonical
    return out
