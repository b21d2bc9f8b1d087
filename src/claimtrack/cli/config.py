"""claimtrack config set|get|unset|list, and config scale list|set|remove|reset"""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from claimtrack.cli import output, state

app = typer.Typer(no_args_is_help=True)
scale_app = typer.Typer(no_args_is_help=True)
app.add_typer(scale_app, name="scale", help="The rating scale: names, labels, definitions, ClaimReview values.\n\nExample: claimtrack config scale list")

KeyArg = Annotated[str, typer.Argument(
    help="org.name, org.url, org.corrections-contact, org.methodology, org.corrections-policy; per case: "
         "report.title, report.url, report.byline, report.intro, report.published.", show_default=False)]
CaseOption = Annotated[Optional[str], typer.Option(
    "--case", help="The case a report.* setting is for (default: the only case).")]


def _where(key: str, case: str | None) -> str:
    return f"{key.strip().lower()}" + (f" ({case})" if case else "")


@app.command("set")
def set_(key: KeyArg, value: Annotated[str, typer.Argument(help="The value.", show_default=False)],
         case: CaseOption = None) -> None:
    """Set a setting; reports and ClaimReview read them.

    Organisation settings hold for every case; report.* settings for one case.

    Example: claimtrack config set report.title "Li Shangfu in Moscow" --case li-shangfu-moscow-2023
    """
    from claimtrack import config, storage

    conn = state.connect()
    with storage.write(conn):
        stored, for_case = config.set_value(conn, key, value, case=case)
    output.info(f"{_where(key, for_case)} = {output.safe(stored)}")


@app.command("get")
def get(key: KeyArg, case: CaseOption = None) -> None:
    """Print one setting's value (exit 1 if it is not set).

    Example: claimtrack config get org.url
    """
    from claimtrack import config

    output.echo(output.safe(config.get(state.connect(), key, case=case)))


@app.command("unset")
def unset(key: KeyArg, case: CaseOption = None) -> None:
    """Remove a setting.

    Example: claimtrack config unset report.title --case li-shangfu-moscow-2023
    """
    from claimtrack import config, storage

    conn = state.connect()
    with storage.write(conn):
        removed = config.unset(conn, key, case=case)
    output.info(f"{key.strip().lower()} unset" if removed else f"{key.strip().lower()} was not set")


@app.command("list")
def list_(case: CaseOption = None, as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False) -> None:
    """List the organisation's settings and, for a case, its report settings.

    Example: claimtrack config list --case li-shangfu-moscow-2023
    """
    from claimtrack import config

    conn = state.connect()
    names = [row[0] for row in conn.execute("SELECT name FROM cases ORDER BY name")]
    if case is None and len(names) == 1:
        case = names[0]
    elif case is not None:
        case = config.which_case(conn, case)
    values = config.settings(conn, case)
    if as_json:
        output.print_json(values)
        return
    table = output.table("key", "value", "what it is for", wrap=("value", "what it is for"))
    for key, value in values.items():
        table.add_row(key + (f" ({case})" if key in config.CASE_KEYS else ""),
                      output.text(value if value is not None else "(not set)"), config.KEYS[key][0])
    output.console().print(table)


@scale_app.command("list")
def scale_list(as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False) -> None:
    """The rating scale, as reports define it.

    Example: claimtrack config scale list
    """
    from claimtrack import verdicts

    ratings = verdicts.scale(state.connect())
    if as_json:
        output.print_json(ratings)
        return
    table = output.table("name", "label", "value", "definition", wrap=("definition",))
    for rating in ratings:
        table.add_row(rating["name"], output.text(rating["label"]),
                      "-" if rating["value"] is None else str(rating["value"]), output.text(rating["definition"]))
    output.console().print(table)


@scale_app.command("set")
def scale_set(
    name: Annotated[str, typer.Argument(help="The rating's name, as 'verdict' takes it: mostly-true.", show_default=False)],
    label: Annotated[Optional[str], typer.Option(help="As readers see it: 'Mostly true'.")] = None,
    definition: Annotated[Optional[str], typer.Option(help="What the rating means, in a sentence.")] = None,
    value: Annotated[Optional[int], typer.Option(help="ClaimReview ratingValue (higher is truer).")] = None,
    no_value: Annotated[bool, typer.Option("--no-value", help="Not a point between false and true (like unproven).")] = False,
) -> None:
    """Add a rating to the scale or change one.

    Example: claimtrack config scale set half-true --label "Half true" --definition "Partly accurate." --value 3
    """
    from claimtrack import storage, verdicts

    conn = state.connect()
    with storage.write(conn):
        rating = verdicts.set_rating(conn, name, label=label, definition=definition, value=value, no_value=no_value)
    output.info(f"{rating['name']}: {output.safe(rating['label'])} ({'no value' if rating['value'] is None else rating['value']})")


@scale_app.command("remove")
def scale_remove(name: Annotated[str, typer.Argument(help="The rating's name.", show_default=False)]) -> None:
    """Take a rating off the scale (refused while a claim carries it).

    Example: claimtrack config scale remove half-true
    """
    from claimtrack import storage, verdicts

    conn = state.connect()
    with storage.write(conn):
        verdicts.remove_rating(conn, name)
    output.info(f"{name.strip().lower()} removed")


@scale_app.command("reset")
def scale_reset() -> None:
    """Back to the default scale (refused while a claim carries a rating it lacks).

    Example: claimtrack config scale reset
    """
    from claimtrack import storage, verdicts

    conn = state.connect()
    with storage.write(conn):
        verdicts.reset_scale(conn)
    output.info("the default scale applies")
