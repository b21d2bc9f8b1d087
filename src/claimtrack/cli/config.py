"""claimtrack config set|get|unset|list"""

from __future__ import annotations

from typing import Annotated

import typer

from claimtrack.cli import output, state

app = typer.Typer(no_args_is_help=True)

KeyArg = Annotated[str, typer.Argument(help="org.name, org.url, report.url or report.title.", show_default=False)]


@app.command("set")
def set_(key: KeyArg, value: Annotated[str, typer.Argument(help="The value.", show_default=False)]) -> None:
    """Set a setting; reports and ClaimReview read them.

    Example: claimtrack config set org.name "Example Fact Check"
    """
    from claimtrack import config, storage

    conn = state.connect()
    with storage.write(conn):
        stored = config.set_value(conn, key, value)
    output.info(f"{key.strip().lower()} = {output.safe(stored)}")


@app.command("get")
def get(key: KeyArg) -> None:
    """Print one setting's value (exit 1 if it is not set).

    Example: claimtrack config get org.url
    """
    from claimtrack import config

    output.echo(output.safe(config.get(state.connect(), key)))


@app.command("unset")
def unset(key: KeyArg) -> None:
    """Remove a setting.

    Example: claimtrack config unset report.title
    """
    from claimtrack import config, storage

    conn = state.connect()
    with storage.write(conn):
        removed = config.unset(conn, key)
    output.info(f"{key.strip().lower()} unset" if removed else f"{key.strip().lower()} was not set")


@app.command("list")
def list_(as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False) -> None:
    """List every setting, with what it is for.

    Example: claimtrack config list
    """
    from claimtrack import config

    values = config.settings(state.connect())
    if as_json:
        output.print_json(values)
        return
    table = output.table("key", "value", "what it is for", wrap=("value", "what it is for"))
    for key, value in values.items():
        table.add_row(key, output.text(value if value is not None else "(not set)"), config.KEYS[key][0])
    output.console().print(table)
