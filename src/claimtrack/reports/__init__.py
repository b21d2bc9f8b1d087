"""Publishable exports of a case: Markdown, HTML, ClaimReview JSON-LD, JSON, CSV.

``data`` gathers a case into plain dicts, claim by claim; each other module
renders that stream in one format and writes it to a text stream as it goes.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Callable, ContextManager, TextIO

from claimtrack.errors import InvalidInput

FORMATS = ("markdown", "html", "claimreview", "json", "csv")

Warn = Callable[[str], None]


def renderer(fmt: str) -> Callable:
    if fmt == "markdown":
        from claimtrack.reports.markdown import render
    elif fmt == "html":
        from claimtrack.reports.html import render
    elif fmt == "claimreview":
        from claimtrack.reports.claimreview import render
    elif fmt == "json":
        from claimtrack.reports.tabular import render_json as render
    elif fmt == "csv":
        from claimtrack.reports.tabular import render_csv as render
    else:
        raise InvalidInput(f"unknown report format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    return render


def export(conn: sqlite3.Connection, fmt: str, case: str, out: TextIO, *, now: str, key: str | None = None,
           tag: str | None = None, warn: Warn | None = None, edition: str = "published", status: str | None = None) -> None:
    """Write ``case`` in ``fmt`` to ``out``, from one consistent read of the database.

    The published edition (the default) is what readers see; the internal one holds everything."""
    from claimtrack import config, storage
    from claimtrack.reports import data

    render = renderer(fmt)
    report = data.open_report(conn, case, now, key=key, tag=tag, settings=config.settings(conn, case), edition=edition,
                              status=status)
    with storage.snapshot(conn):  # every pass over the case sees the same data
        render(report, out, warn or (lambda message: None))


def atomic_file(path: Path, *, newline: str = "\n", protect=()) -> ContextManager[TextIO]:
    """A report file written beside its target and renamed into place only when complete, or
    written through to a device or pipe (:func:`claimtrack.files.output_text`); a directory, a
    missing one, or one of ``protect`` (the database's files) is refused first."""
    from claimtrack.files import output_text

    return output_text(path, newline=newline, protect=protect)
