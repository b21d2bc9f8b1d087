"""claimtrack conflict show|confirm|dismiss|resolve|reopen, list --conflicts, matrix"""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from claimtrack.cli import output, state

app = typer.Typer(no_args_is_help=True)

ConflictArg = Annotated[str, typer.Argument(help="Conflict ID or prefix (k...).", show_default=False)]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON.")]


@app.command("show")
def show(conflict: ConflictArg, as_json: JsonOption = False) -> None:
    """Show a conflict: each side with its outlets and quotes, and its history.

    Example: claimtrack conflict show k3f9a2b
    """
    from claimtrack import conflicts

    record = conflicts.get(state.connect(), conflict)
    if as_json:
        output.print_json(record)
        return
    output.line(f"conflict {record['id']}  {record['key']}  ({record['case']})", style="bold")
    output.line(f"  state: {record['state']}" + ("  (unreviewed candidates)" if record["unreviewed"] else ""))
    if record.get("class"):
        output.line(f"  {record['class']}: {record['class_reason']}")
    if record["reason"]:
        output.line(f"  reason: {record['reason']}")
    if record["resolution"] and record["state"] == "resolved":  # a reopened conflict holds no side
        output.line(f"  holds: side {record['resolution']['side'] + 1} ({record['resolution'].get('value')})")
    for number, side in enumerate(record["sides"], start=1):
        stance = "not " if side["stance"] == "denies" else ""
        output.line(f"\nside {number}: {stance}{side['value']}  [{side['normalized']}]  "
                    f"{side['independent_sources']} independent source(s)", style="bold")
        if side.get("class"):
            output.line(f"  {side['class']}: {side['reason']}")
        for quote in side["quotes"]:
            attribution = f" ({quote['attribution']})" if quote["attribution"] else ""
            output.line(f"  {quote['outlet']}  {quote['published'] or 'date unknown'}  claim {output.short(quote['claim'])}{attribution}")
            output.line(f"    \u201c{quote['quote']}\u201d")
    if record.get("others"):
        output.line("\nalso reported, not in conflict:", style="bold")
        for side in record["others"]:
            # the side of reference has no relation of its own: the others were weighed against it
            why = f"{side['class']}: {side['reason']}" if side["class"] else "the figure the others were weighed against"
            output.line(f"  {side['value']}  ({', '.join(side['outlets'])})  {why}")
    if record.get("set_aside"):
        output.line("\nset aside, each beside the figure its article reports:", style="bold")
        for item in record["set_aside"]:
            output.line(f"  {item['value']}  \u201c{item['quote']}\u201d  ({item.get('why') or 'beside'}; the article"
                        f" reports {item['reported']})")
    if record.get("parts"):
        output.line("\nparts of this figure, never compared with it:", style="bold")
        for part in record["parts"]:
            output.line(f"  {part['key']}: {', '.join(part['values'])}")
    if record["unresolved"]:
        output.line("\nunresolved (no publication date):", style="bold")
        for side in record["unresolved"]:
            output.line(f"  {side['value']}: {', '.join(side['outlets'])}")
    output.line("\nhistory", style="bold")
    for entry in record["history"]:
        text = f"  {entry['at'][:19].replace('T', ' ')}  {entry['author'] or '?'}  {entry['action']}"
        if entry["note"]:
            text += f"  \u2014 {entry['note']}"
        output.line(text)


def _decide(conflict: str, decision: str, reason: str | None = None, side: str | None = None) -> None:
    from claimtrack import conflicts, storage

    conn = state.connect()
    with storage.write(conn):
        change = conflicts.decide(conn, state.actor(), conflict, decision, reason=reason, side=side)
    output.echo(f"{output.short(change['id'])}: {change['old']} -> {change['new']}")


ReasonOption = Annotated[Optional[str], typer.Option("--reason", help="Why.")]


@app.command("confirm")
def confirm(conflict: ConflictArg, reason: ReasonOption = None) -> None:
    """Confirm that the outlets really contradict each other.

    Example: claimtrack conflict confirm k3f9a2b
    """
    _decide(conflict, "confirm", reason)


@app.command("dismiss")
def dismiss(conflict: ConflictArg, reason: Annotated[str, typer.Option("--reason", help="Why it is not a real contradiction.", show_default=False)]) -> None:
    """Dismiss a flagged conflict, saying why it is not one.

    Example: claimtrack conflict dismiss k3f9a2b --reason "different visits"
    """
    _decide(conflict, "dismiss", reason)


@app.command("resolve")
def resolve(
    conflict: ConflictArg,
    side: Annotated[str, typer.Option("--side", help="The side that holds: its number as shown, or one of its claims.", show_default=False)],
    reason: Annotated[str, typer.Option("--reason", "--why", help="Why that side holds.", show_default=False)],
) -> None:
    """Resolve a conflict: the side that holds, and why.

    Example: claimtrack conflict resolve k3f9a2b --side 1 --why "Kremlin readout: three days"
    """
    _decide(conflict, "resolve", reason, side)


@app.command("reopen")
def reopen(conflict: ConflictArg, reason: ReasonOption = None) -> None:
    """Reopen a confirmed, dismissed or resolved conflict.

    Example: claimtrack conflict reopen k3f9a2b
    """
    _decide(conflict, "reopen", reason)


def matrix(
    case: Annotated[Optional[str], typer.Option("--case", help="Only this case.")] = None,
    key: Annotated[Optional[str], typer.Option("--key", help="Only keys starting with this prefix.")] = None,
    as_json: JsonOption = False,
) -> None:
    """Outlets across, keys down: what each outlet says; '!' marks a value in conflict.

    Example: claimtrack matrix --key li-shangfu
    """
    from claimtrack import cases
    from claimtrack import matrix as grid_mod

    conn = state.connect()
    cases.require(conn, case)
    grid = grid_mod.build(conn, case=case, key=key.strip().lower() if key else None)
    if as_json:
        output.print_json(grid)
        return
    if not grid["keys"]:
        output.info("no keyed claims")
        return
    _print_matrix(grid)
    for number, outlet in enumerate(grid["outlets"], start=1):
        output.line(f"  {number}: {outlet['name']}" + (f"  ({outlet['published']})" if outlet["published"] else ""))


_CELL = 16  # the widest a matrix cell gets
_NARROWEST_CELL = 6


def _print_matrix(grid: dict) -> None:
    """Keys down, outlets across, fitted to the window: the key column keeps room for a key's longest
    segment (keys break after a '.'), cells are clipped, and outlets that still do not fit go to a
    further table below, under the same keys."""
    keys = [row["key"] for row in grid["rows"]]
    texts = [[("! " if cell and cell["conflict"] else "") + " / ".join(cell["values"]) if cell else ""
              for cell in row["cells"]] for row in grid["rows"]]
    width = output.console().width
    pad = output.cell_padding()
    segment = min(24, max(len(part) for key in keys for part in key.split(".")))
    key_width = min(max(map(len, keys)), max(segment, width // 2))
    count = len(grid["outlets"])
    want = min(_CELL, max([len(text) for row in texts for text in row] + [1]))
    # the key gives up room for whole cells, down to a third of the window (or its longest segment)
    key_width = max(min(key_width, max(segment, width // 3)),
                    min(key_width, width - count * want - output.table_overhead(count + 1, pad)))
    per_block = count
    cell = min(want, (width - key_width - output.table_overhead(count + 1, pad)) // count)
    if cell < min(want, _NARROWEST_CELL):
        cell = min(want, 10)
        per_block = max(1, (width - key_width - output.table_overhead(1, pad)) // (cell + 2 * pad + 1))
    for first in range(0, count, per_block):
        columns = range(first, min(count, first + per_block))
        table = output.table("key", *[str(i + 1) for i in columns],
                             widths={"key": key_width, **{str(i + 1): cell for i in columns}},
                             show_edge=False, padding=(0, pad))
        for key, row in zip(keys, texts):
            table.add_row(output.text(output.wrap_key(key, key_width)),
                          *[output.text(output.clip(row[i], cell)) for i in columns])
        if first:
            output.line()
        output.console().print(table)
