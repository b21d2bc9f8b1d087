"""claimtrack case list, import, export"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from claimtrack.cli import output, state

app = typer.Typer(no_args_is_help=True)

EXPORT_FORMATS = ("case", "json")


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
        counts = caseio.import_case(conn, state.actor(), directory, case=case)
    changed = {k: v for k, v in counts.items() if v}
    if not changed:
        output.info("nothing new: the database already holds everything in " + str(directory))
        return
    output.info(", ".join(f"{v} {k.replace('_', ' ')}" for k, v in changed.items()))


def export(
    target: Annotated[Optional[Path], typer.Argument(help="Directory for --format case.", show_default=False)] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="case or json.")] = "case",
    case: Annotated[Optional[str], typer.Option("--case", help="The case to export (needed when there are several).")] = None,
    out: Annotated[Optional[Path], typer.Option("-o", "--output", help="File to write (default: stdout).")] = None,
) -> None:
    """Export a case: plain-text case files, or everything as JSON.

    Example: claimtrack export --format case claims/li-shangfu-moscow-2023
    """
    from claimtrack import caseio, cases
    from claimtrack.errors import InvalidInput, UsageError

    fmt = fmt.strip().lower()
    if fmt not in EXPORT_FORMATS:
        raise UsageError(f"unknown format {fmt!r}; choose one of: {', '.join(EXPORT_FORMATS)}")
    conn = state.connect()
    names = [row["name"] for row in cases.list_cases(conn)]
    if case is None:
        if len(names) != 1:
            raise InvalidInput(f"say which case to export with --case ({', '.join(names) or 'there are no cases'})")
        case = names[0]
    if fmt == "case":
        directory = target or out
        if directory is None:
            raise UsageError("give the directory to write the case to: claimtrack export --format case DIR")
        written = caseio.export_case(conn, case, directory)
        output.info(f"wrote {written['sources']} sources and {written['claims']} claims to {directory}")
        return
    raise UsageError(f"format {fmt} is not available yet")


def register(root: typer.Typer) -> None:
    root.command("import")(import_case)
    root.command("export")(export)
