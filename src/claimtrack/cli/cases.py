"""claimtrack case list, import, export"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from claimtrack.cli import output, state

app = typer.Typer(no_args_is_help=True)

EXPORT_FORMATS = ("markdown", "html", "claimreview", "json", "csv", "case")


@app.command("list")
def list_(as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False) -> None:
    """List cases with their numbers of sources and claims.

    Example: claimtrack case list
    """
    from claimtrack import cases

    rows = cases.list_cases(state.connect())
    if as_json:
        output.print_json(rows)
        return
    if not rows:
        output.info("no cases")
        return
    table = output.table("case", "sources", "claims", "candidates", "created")
    for row in rows:
        table.add_row(output.text(row["name"]), str(row["sources"]), str(row["claims"]), str(row["candidates"]),
                      row["created_at"][:10])
    output.console().print(table)


@app.command("rename")
def rename(
    old: Annotated[str, typer.Argument(help="The case's name now.", show_default=False)],
    new: Annotated[str, typer.Argument(help="Its new name.", show_default=False)],
) -> None:
    """Rename a case: its sources, claims, conflicts and settings move with it.

    The old name stays in the case's history; case files exported under it
    may be exported over under the new one.

    Example: claimtrack case rename quake quake-2026
    """
    from claimtrack import cases, storage

    conn = state.connect()
    with storage.write(conn):
        done = cases.rename(conn, state.actor(), old, new)
    output.echo(f"{output.safe(done['old'])} -> {output.safe(done['new'])} ({done['sources']} sources,"
                f" {done['claims']} claims)")


def import_case(
    directory: Annotated[Path, typer.Argument(help="A case directory (with case.json).", show_default=False)],
    case: Annotated[Optional[str], typer.Option("--case", help="Import under this case name instead.")] = None,
) -> None:
    """Load a case directory; importing the same files again changes nothing.

    Example: claimtrack import claims/li-shangfu-moscow-2023
    """
    from claimtrack import caseio, storage

    conn = state.connect()
    with storage.write(conn):
        counts = caseio.import_case(conn, state.actor(), directory, case=case, notice=output.info)
    changed = {k: v for k, v in counts.items() if v}
    if not changed:
        output.info("nothing new: the database already holds everything in " + str(directory))
        return
    output.info(", ".join(f"{v} {k.replace('_', ' ')}" for k, v in changed.items()))


def export(
    target: Annotated[Optional[Path], typer.Argument(help="Directory for --format case; file for the others (like -o).", show_default=False)] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="markdown, html, claimreview, json, csv or case.")] = "markdown",
    case: Annotated[Optional[str], typer.Option("--case", help="The case to export (needed when there are several).")] = None,
    out: Annotated[Optional[Path], typer.Option("-o", "--output", help="File to write (default: stdout).")] = None,
    key: Annotated[Optional[str], typer.Option("--key", help="Only claims whose key starts with this prefix.")] = None,
    tag: Annotated[Optional[str], typer.Option("--tag", help="Only claims with this tag.")] = None,
    status: Annotated[Optional[str], typer.Option("--status", help="Only claims at this point of the work: unverified, in-review or done.")] = None,
    edition: Annotated[str, typer.Option("--edition", help="published (what readers see: rated claims, public notes, "
                                         "no keys, IDs or history) or internal (everything).")] = "published",
) -> None:
    """Export a case: a fact-check report (Markdown, HTML, ClaimReview JSON-LD), JSON, CSV, or case files.

    Reports are the published edition unless --edition internal: only rated
    claims and public notes, and no keys, IDs or tool history.

    Example: claimtrack export --format html -o report.html
    """
    import sys

    from claimtrack import caseio, cases
    from claimtrack.errors import InvalidInput, UsageError

    fmt = fmt.strip().lower()
    if status is not None:
        from claimtrack.claims import WORK_STATUSES, check_choice

        status = check_choice(status, WORK_STATUSES, "status")
    edition = edition.strip().lower()
    if edition not in ("published", "internal"):
        raise UsageError(f"unknown edition {edition!r}; choose one of: published, internal")
    if fmt not in EXPORT_FORMATS:
        raise UsageError(f"unknown format {fmt!r}; choose one of: {', '.join(EXPORT_FORMATS)}")
    if target is not None and out is not None:
        raise UsageError("give the destination once: as an argument or with -o")
    conn = state.connect()
    names = [row["name"] for row in cases.list_cases(conn)]
    cases.require(conn, case)
    if case is None:
        if len(names) != 1:
            raise InvalidInput(f"say which case to export with --case ({', '.join(names) or 'there are no cases'})")
        case = names[0]
    destination = target or out
    if fmt == "case":
        if key or tag or status:
            raise UsageError("--key, --tag and --status do not apply to --format case: case files hold the whole case")
        if destination is None:
            raise UsageError("give the directory to write the case to: claimtrack export --format case DIR")
        written = caseio.export_case(conn, case, destination)
        parts = [f"{written['sources']} sources", f"{written['claims']} claims"]
        if written.get("conflicts"):
            parts.append(f"{written['conflicts']} conflict decisions")
        output.info(f"wrote {', '.join(parts)} to {destination}")
        return
    from claimtrack import reports
    from claimtrack.context import clock_from_env

    now = clock_from_env()()
    warn = lambda message: output.info("warning: " + output.safe(message, keep_newlines=False))  # noqa: E731
    if destination is None:
        reports.export(conn, fmt, case, sys.stdout, now=now, key=key, tag=tag, warn=warn, edition=edition,
                       status=status)
        return
    from claimtrack.files import database_files

    with reports.atomic_file(destination, newline="" if fmt == "csv" else "\n",
                             protect=database_files(state.db_path())) as handle:
        reports.export(conn, fmt, case, handle, now=now, key=key, tag=tag, warn=warn, edition=edition,
                       status=status)
    output.info(f"wrote the {fmt} export of {case} to {destination}")
