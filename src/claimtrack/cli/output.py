"""Rendering shared by the commands: JSON, tables, and user text made safe."""

from __future__ import annotations

import os
import re
import sys

TYPE_CHECKING = False  # typing costs ~5 ms to import; the read commands never need it
if TYPE_CHECKING:
    from typing import Any, Iterable

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")
_CONTROL_WITH_NEWLINES = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


def _escape(match: re.Match) -> str:
    char = match.group(0)
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def safe(text: Any, *, keep_newlines: bool = True) -> str:
    """User text shown literally: control characters and ANSI escapes made visible."""
    if text is None:
        return ""
    pattern = _CONTROL if keep_newlines else _CONTROL_WITH_NEWLINES
    return pattern.sub(_escape, str(text))


def print_json(data: Any) -> None:
    """Listings print one record per line (greppable, and json's C encoder
    only runs without ``indent``); single objects print indented."""
    import json

    if isinstance(data, list):
        print_json_texts(json.dumps(item, ensure_ascii=False) for item in data)
        return
    sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")


def print_json_texts(texts: Iterable[str]) -> None:
    """A JSON list of records already encoded, one per line, written as they come."""
    write = sys.stdout.write
    separator = "[\n"
    for text in texts:
        write(separator)
        write(text)
        separator = ",\n"
    write("[]\n" if separator == "[\n" else "\n]\n")


_console = None


def console():
    """A rich console on stdout: colour only on a terminal, none with NO_COLOR."""
    global _console
    if _console is None:
        from rich.console import Console

        width = None
        if not sys.stdout.isatty():
            width = int(os.environ.get("COLUMNS", "160") or 160)
        _console = Console(highlight=False, soft_wrap=False, width=width, emoji=False, markup=False,
                           color_system=None if no_color() else "auto")
    return _console


def no_color() -> bool:
    """NO_COLOR (no-color.org): set and not empty, no colour nor any other styling (bold, italic) reaches the terminal."""
    return bool(os.environ.get("NO_COLOR"))


def wrap_key(key: str, width: int) -> str:
    """A key on lines of at most ``width`` characters, broken after a '.' (a segment longer than a line
    after a '-'): cut inside a word only when a word is longer than the line."""
    if len(key) <= width:
        return key
    lines: list[str] = []

    def pack(pieces: list[str], line: str) -> str:
        for piece in pieces:
            if line and len(line) + len(piece) > width:
                lines.append(line)
                line = ""
            while len(piece) > width:
                lines.append(piece[:width])
                piece = piece[width:]
            line += piece
        return line

    line = ""
    for segment in re.findall(r"[^.]+\.?|\.", key):
        if len(segment) <= width:
            line = pack([segment], line)
        else:  # a segment of its own lines, broken at its hyphens
            if line:
                lines.append(line)
            line = pack(re.findall(r"[^-]+-?|-", segment), "")
    return "\n".join(lines + [line] if line else lines)


def text(value: Any, style: str | None = None):
    from rich.text import Text

    return Text(safe(value), style=style or "")


def table(*columns: str, title: str | None = None, wrap: tuple[str, ...] = (), widths: dict[str, int] | None = None,
          **options):
    """A table whose rows stay on one line, except in the ``wrap`` columns.

    With ``widths``, those columns get exactly that width (their names at least)
    and the others share what is left of the window: tables printed one after
    the other then line up.
    """
    from rich import box
    from rich.table import Table

    plain = not console().is_terminal
    options.setdefault("show_edge", not plain)
    if widths is not None:
        options.setdefault("padding", _TABLE_PADDING)
    result = Table(title=title, box=box.ASCII if plain else box.SIMPLE_HEAD, highlight=False, **options)
    for column in columns:
        sizing = {}
        if widths is not None:
            sizing = {"width": max(widths[column], len(column))} if column in widths else {"ratio": 1}
        if column in wrap:
            result.add_column(column, overflow="fold", **sizing)
        else:
            result.add_column(column, no_wrap=True, min_width=len(column), **sizing)
    return result


_TABLE_PADDING = (0, 1)  # a cell's blank columns on either side


def table_overhead(count: int, padding: int = _TABLE_PADDING[1]) -> int:
    """The terminal columns a table of ``count`` columns without edges spends around its cells."""
    return 2 * padding * count + (count - 1)  # padding, and one rule (a space) between columns


NARROW = 120  # a terminal narrower than this gets tables without padding (one space between columns)


def cell_padding() -> int:
    """Blank columns on either side of a table cell: none on a narrow terminal, one elsewhere."""
    shown = console()
    return 0 if shown.is_terminal and shown.width < NARROW else 1


def share(room: int, wants: dict[str, int]) -> dict[str, int]:
    """Widths for columns that would like ``wants`` but together get at most ``room``:
    the widest are narrowed first, to one cap they all fit under (at least 1 each)."""
    if sum(wants.values()) <= room:
        return dict(wants)
    cap = max(1, room // len(wants))
    while sum(min(want, cap + 1) for want in wants.values()) <= room:
        cap += 1
    return {name: max(1, min(want, cap)) for name, want in wants.items()}


def columns(cells: Iterable[Any], widths: list[int]) -> str:
    """One line of plain text: each cell shown literally on one line and padded to its column's width
    (in terminal cells: a wide character takes two), two spaces apart; the last cell is not padded."""
    shown = [safe(cell, keep_newlines=False) for cell in cells]
    padded = [cell + " " * (width - _cell_len(cell)) for cell, width in zip(shown, widths)]
    return "  ".join(padded + shown[len(widths):])


def _cell_len(text: str) -> int:
    if text.isascii():
        return len(text)
    from rich.cells import cell_len

    return cell_len(text)


def line(value: Any = "", style: str | None = None) -> None:
    """One line of user text: through rich on a terminal (style, wrapping to
    the window); written whole and unstyled to a pipe or a file, without
    loading rich."""
    if sys.stdout.isatty():
        console().print(text(value, style))
    else:
        sys.stdout.write(safe(value) + "\n")


def echo(message: str = "") -> None:
    sys.stdout.write(message + "\n")


def info(message: str) -> None:
    """Progress and confirmations go to stderr so stdout stays parseable; file names in them are shown literally."""
    sys.stderr.write(safe(message) + "\n")


def short(record_id: str | None) -> str:
    from claimtrack import ids

    return ids.short(record_id) if record_id else "-"


def clip(value: str | None, length: int) -> str:
    if not value:
        return ""
    value = " ".join(value.split())
    return value if len(value) <= length else value[: length - 1] + "…"
