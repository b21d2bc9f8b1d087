"""claimtrack demo: the seed case, its conflicts and its reports, in one command."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from claimtrack.cli import output, state


def demo(
    db: Annotated[Optional[Path], typer.Option("--db", help="Load into this database (default: a throwaway one).",
                                               dir_okay=False, show_default=False)] = None,
    out_dir: Annotated[Path, typer.Option("--out", help="Folder for the reports.", file_okay=False)] = Path("claimtrack-demo"),
) -> None:
    """Load the shipped seed case, show where the outlets disagree, and write its reports.

    Example: claimtrack demo --out claimtrack-demo
    """
    import tempfile

    from claimtrack import caseio, conflicts, reports, storage
    from claimtrack.cli.reads import render_conflicts
    from claimtrack.context import clock_from_env
    from claimtrack.errors import InvalidInput

    if out_dir.exists() and not out_dir.is_dir():
        raise InvalidInput(f"{out_dir} is not a folder")
    seed = caseio.seed_case_dir()
    db = db or state.STATE.db_option
    with tempfile.TemporaryDirectory(prefix="claimtrack-demo-") as scratch:
        path = db or Path(scratch) / "demo.db"
        now = clock_from_env()()
        conn = storage.connect(path, now=now)
        try:
            case = caseio.SEED_CASE
            with storage.write(conn):
                caseio.import_case(conn, state.actor(), seed)
                example = _example_publisher(conn, case)
            where = f"the database {path}" if db else "a throwaway database"
            counts = conn.execute(
                "SELECT (SELECT count(*) FROM sources WHERE case_name = ?), (SELECT count(*) FROM claims WHERE case_name = ?)",
                (case, case),
            ).fetchone()
            output.echo(f"Loaded the seed case {case} into {where}: {counts[0]} sources, {counts[1]} claims.")
            if example:
                output.echo("The reports name an example publisher (" + ", ".join(example)
                            + "): set your own with 'claimtrack config set'.")
            output.echo("Where the outlets disagree:\n")
            render_conflicts(conflicts.list_conflicts(conn, case=case), conflicts.list_unresolved(conn, case=case))
            out_dir.mkdir(parents=True, exist_ok=True)
            written = []
            for fmt, name in (("markdown", "report.md"), ("html", "report.html")):
                target = out_dir / name
                with reports.atomic_file(target) as handle:
                    reports.export(conn, fmt, case, handle, now=now)
                written.append(target)
        finally:
            conn.close()
    output.echo("\nReports:")
    for target in written:
        output.echo(f"  {target}")
    output.echo(f"\nOpen {written[1]} in a browser, or read {written[0]}.")


EXAMPLE_PUBLISHER = {
    "org.name": "Example Fact Desk",
    "org.url": "https://factdesk.example.org",
    "org.corrections-contact": "corrections@factdesk.example.org",
}


def _example_publisher(conn, case: str) -> list[str]:
    """An example organisation and address for the demo's reports, where none is set: a
    published fact-check names its publisher, and ClaimReview needs an address."""
    from claimtrack import config

    settings = config.settings(conn, case)
    wanted = {**EXAMPLE_PUBLISHER, "report.url": f"https://factdesk.example.org/checks/{case}"}
    made = []
    for key, value in wanted.items():
        if settings.get(key) is None:
            config.set_value(conn, key, value, case=case)
            made.append(key)
    return made
