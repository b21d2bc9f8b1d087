"""claimtrack check"""

from __future__ import annotations

from typing import Annotated

import typer

from claimtrack.cli import output, state


def check(as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False) -> None:
    """Look for damage: SQLite integrity, foreign keys, quotes that no longer match
    their source text, orphan rows. Prints "ok", or the problems and exits 1.

    Example: claimtrack check --json
    """
    from claimtrack import check as check_mod
    from claimtrack.context import clock_from_env
    from claimtrack.storage import connect

    conn = connect(state.db_path(), now=clock_from_env()(), create=False)
    findings = check_mod.run(conn)
    if as_json:
        output.print_json({"ok": not findings, "findings": [finding.to_json() for finding in findings]})
    elif not findings:
        output.echo("ok")
    else:
        for finding in findings:
            output.echo(f"{finding.check}: {output.safe(finding.message, keep_newlines=False)}")
        output.info(f"{len(findings)} problem{'s' if len(findings) != 1 else ''} found")
    if findings:
        raise typer.Exit(1)
