"""The daily read commands' work: list, list --conflicts, show.

Free of typer, so that the typer commands (cli/claims.py) and the fast path
(cli/fast.py) run exactly this code: they differ only in how they read argv.
"""

from __future__ import annotations

import itertools
import sys

from claimtrack.cli import output, state


def list_claims(
    *,
    case: str | None = None,
    status: str | None = None,
    verdict: str | None = None,
    source: str | None = None,
    outlet: str | None = None,
    key: str | None = None,
    tag: str | None = None,
    candidates: bool = False,
    conflicts: bool = False,
    all_states: bool = False,
    exit_code: bool = False,
    as_json: bool = False,
) -> int:
    """``claimtrack list``; returns the exit status."""
    from claimtrack.errors import UsageError

    key = key.strip().lower() if key else None
    if conflicts:
        other = [name for name, given in (("--status", status), ("--verdict", verdict), ("--source", source),
                                          ("--outlet", outlet), ("--tag", tag), ("--candidates", candidates)) if given]
        if other:
            raise UsageError(f"{', '.join(other)} cannot be combined with --conflicts (use --case or --key)")
        return print_conflicts(case=case, key=key, all_states=all_states, as_json=as_json, exit_code=exit_code)
    if all_states or exit_code:
        raise UsageError("--all and --exit-code go with --conflicts")

    from claimtrack import cases, claims, lookup
    from claimtrack.claims import STATUSES, check_choice

    if candidates:
        if status and status != "candidate":
            raise UsageError("--candidates and --status cannot be combined")
        status = "candidate"
    if status:
        status = check_choice(status, STATUSES, "status")
    conn = state.connect()
    cases.require(conn, case)
    if verdict and verdict != "none":
        from claimtrack import verdicts

        verdict = verdicts.check_verdict(conn, verdict)
    source_id = lookup.resolve(conn, "source", source) if source else None
    filters = {"case": case, "status": status, "verdict": verdict, "source": source_id, "outlet": outlet, "key": key,
               "tag": tag}
    if as_json:
        import json

        from claimtrack import storage

        with storage.snapshot(conn):
            output.print_json_texts(json.dumps(claims.public(claim), ensure_ascii=False)
                                    for claim in claims.iter_claims(conn, **filters))
        return 0
    if not sys.stdout.isatty():
        return _print_claim_lines(conn, filters)
    return _print_claim_table(conn, filters)


_TABLE_ROWS = 200  # claims laid out at a time on a terminal
_CLAIM_HEADER = ("ID", "key", "value", "status", "verdict", "sources", "statement")


def _print_claim_table(conn, filters: dict) -> int:
    """The listing on a terminal: a table fitted to the window, whose statements wrap.

    Up to ``_TABLE_ROWS`` claims are one table, its columns sized to them. A
    longer listing (an archive of 100,000 claims) is printed as it is read, in
    tables of that many rows that share one header and column widths (from the
    longest key and value listed), so the first rows show at once and memory
    stays flat, where one table would lay out every row before printing any.
    Keys break after a '.' (see output.wrap_key), never inside a word that fits.
    """
    from claimtrack import claims, storage

    with storage.snapshot(conn):
        listed = claims.iter_claims(conn, **filters)
        first = list(itertools.islice(listed, _TABLE_ROWS + 1))
        if not first:
            output.info("no claims match")
            return 0
        if len(first) <= _TABLE_ROWS:
            keys = [row["key"] or "-" for row in first]
            widths = _claim_widths(max(map(len, keys)), max(len(output.clip(row["value"], _VALUE_CLIP) or "-")
                                                            for row in first),
                                   max(len(output.clip(row["statement"], _STATEMENT_CLIP)) for row in first),
                                   max(len(part) for key in keys for part in key.split(".")))
        else:
            key_width, value_width = claims.listing_widths(conn, **filters)
            widths = _claim_widths(key_width, min(value_width, _VALUE_CLIP), _STATEMENT_CLIP, _KEY_SEGMENT)
        rows = itertools.chain(first, listed)
        for number in itertools.count():
            chunk = list(itertools.islice(rows, _TABLE_ROWS))
            if not chunk:
                break
            table = output.table(*_CLAIM_HEADER, wrap=("value", "statement"), widths=widths,
                                 show_header=number == 0, show_edge=False, padding=(0, _padding()))
            _print_claim_rows(table, chunk, widths["key"])
    return 0


_KEY_SEGMENT = 24  # the longest segment of a key assumed when the keys are not all read first


def _claim_widths(key: int, value: int, statement: int, segment: int) -> dict[str, int]:
    """Column widths for the listing in this window: the key keeps room for its longest segment
    (taken from the statement, which wraps) while the window allows."""
    fixed = _fixed_widths()
    room = output.console().width - output.table_overhead(len(_CLAIM_HEADER), _padding()) - sum(fixed.values())
    widths = output.share(room, {"key": key, "value": value, "statement": statement})
    for column, wanted in (("key", min(key, segment)), ("value", min(value, 12))):
        if widths[column] < wanted:
            grow = min(wanted - widths[column], max(0, widths["statement"] - 12))  # a statement keeps a dozen
            widths[column] += grow
            widths["statement"] -= grow
    return fixed | widths


def _padding() -> int:
    return output.cell_padding()


def _fixed_widths() -> dict[str, int]:
    """The listing's columns whose width does not depend on the claims listed."""
    from claimtrack import claims, ids

    return {"ID": ids.SHORT_LENGTH, "status": max(map(len, claims.STATUSES)),
            "verdict": max(map(len, claims.VERDICTS)), "sources": len("sources")}


def _print_claim_rows(table, rows: list[dict], key_width: int) -> None:
    for row in rows:
        table.add_row(
            output.short(row["id"]), output.text(output.wrap_key(row["key"] or "-", key_width)),
            output.text(output.clip(row["value"], _VALUE_CLIP) or "-"),
            row["status"], row["verdict"] or "-", str(len({a["source"] for a in row["appearances"]})),
            output.text(output.clip(row["statement"], _STATEMENT_CLIP)),
        )
    output.console().print(table)


def _print_claim_lines(conn, filters: dict) -> int:
    """The listing written to a pipe or a file: one line per claim, in aligned columns, as it is read.

    A table laid out to a width must see every row before it prints one, and wraps
    statements over several lines, out of reach of grep; a newsroom's archive lists
    100,000 claims. Here the columns' widths come from the claims' keys and values, the
    statement comes last and whole, and the claims stream in listing order.
    """
    from claimtrack import claims, storage

    with storage.snapshot(conn):
        key_width, value_width = claims.listing_widths(conn, **filters)
        listed = claims.iter_claims(conn, **filters)
        first = next(listed, None)
        if first is None:
            output.info("no claims match")
            return 0
        header = _CLAIM_HEADER
        fixed = _fixed_widths()
        widths = [fixed["ID"], key_width, min(value_width, _VALUE_CLIP), fixed["status"], fixed["verdict"],
                  fixed["sources"]]
        widths = [max(width, len(name)) for width, name in zip(widths, header)]
        write = sys.stdout.write
        write(output.columns(header, widths) + "\n")
        for claim in itertools.chain((first,), listed):
            write(output.columns((
                output.short(claim["id"]), claim["key"] or "-", output.clip(claim["value"], _VALUE_CLIP) or "-",
                claim["status"], claim["verdict"] or "-", str(len({a["source"] for a in claim["appearances"]})),
                " ".join(claim["statement"].split()),
            ), widths) + "\n")
    return 0


_VALUE_CLIP = 24  # characters of a value shown in a listing
_STATEMENT_CLIP = 70  # and of a statement, on a terminal


def print_conflicts(*, case: str | None, key: str | None, all_states: bool, as_json: bool, exit_code: bool) -> int:
    """``claimtrack list --conflicts``; with ``exit_code``, 1 when any conflict is open."""
    from claimtrack import cases, conflicts

    conn = state.connect()
    cases.require(conn, case)
    if as_json:
        listed = conflicts.list_conflicts_json(conn, case=case, key=key, all_states=all_states)
        output.print_json_texts(text for _, text in listed)
        any_open = any(state_ == "open" for state_, _ in listed)
    else:
        records = conflicts.list_conflicts(conn, case=case, key=key, all_states=all_states)
        render_conflicts(records, conflicts.list_unresolved(conn, case=case, key=key))
        any_open = any(record["state"] == "open" for record in records)
    return 1 if exit_code and any_open else 0


def render_conflicts(records: list[dict], unresolved: list[dict]) -> None:
    """One table per conflict, grouped by key: each side's quotes on rows of their own."""
    if not records:
        output.info("no conflicts")
    for number_, record in enumerate(records):
        if number_:
            output.line()
        title = f"{output.short(record['id'])}  {record['key']}  [{record['state']}" + (
            ", unreviewed]" if record["unreviewed"] else "]") + (f"  {record['class']}" if record.get("class") else "")
        table = output.table("side", "value", "indep.", "outlet", "quote", wrap=("value", "outlet", "quote"),
                             title=output.safe(title), title_justify="left")
        for number, side in enumerate(record["sides"], start=1):
            value = side["value"] or "-"
            if side["stance"] == "denies":
                value = f"not {value}"
            for index, quote in enumerate(side["quotes"]):
                first = index == 0
                table.add_row(str(number) if first else "", output.text(value if first else ""),
                              str(side["independent_sources"]) if first else "", output.text(quote["outlet"]),
                              output.text(f"\u201c{quote['quote']}\u201d"),
                              end_section=index == len(side["quotes"]) - 1)
        output.console().print(table)
        if record.get("class_reason"):
            output.line(output.safe(f" {record['class']}: {record['class_reason']}"))
    lines = []
    for record in unresolved:
        for side in record["unresolved"]:
            lines.append(f"  {record['key']}: \u201c{side['value']}\u201d in {', '.join(side['outlets'])} "
                         "(no publication date to read it against)")
    if lines:
        output.line(f"\nunresolved, not counted as conflicts ({len(lines)}):")
        for line in lines:
            output.line(line)


def show(claim: str, *, as_json: bool = False) -> None:
    """``claimtrack show``: one claim, its appearances, notes and history."""
    from claimtrack import claims

    record = claims.get(state.connect(), claim)
    if as_json:
        data = claims.public(record)
        data["notes"] = record["notes"]
        data["history"] = record["history"]
        data["divergences"] = record["divergences"]
        data["value_note"] = record["value_note"]
        output.print_json(data)
        return
    line = output.line
    line(f"claim {record['id']}  ({record['case']})", style="bold")
    line(record["statement"])
    value = record["value"] or "-"
    normalized = record["normalized"] or ("kept as text" if record["value"] else "-")
    if record["value_note"]:  # why it was kept as text, or is not resolved
        normalized += f": {record['value_note']}"
    for label, shown in (("key", record["key"] or "-"), ("value", f"{value}  [{normalized}]"),
                         ("status", record["status"]), ("verdict", record["verdict"] or "-"),
                         ("tags", ", ".join(record["tags"]) or "-")):
        line(f"  {label + ':':<9}{shown}")
    if record["rationale"]:
        line(f"  {'why:':<9}{record['rationale']}")
    for divergence in record["divergences"]:
        line(f"  diverged: {divergence['field']} is {divergence['kept'] or '-'} here, {divergence['other'] or '-'} in"
             f" {divergence['from']}; settle: claimtrack claim settle {output.short(record['id'])}"
             f" {divergence['field']} --take ours|theirs", style="bold")
    line(f"\nappearances ({len(record['appearances'])})", style="bold")
    for appearance in record["appearances"]:
        header = f"  {appearance['outlet'] or 'unknown outlet'}  {output.short(appearance['source'])}  {appearance['published'] or 'date unknown'}"
        if appearance.get("field") == "title":
            header += "  [headline]"
        if appearance["stance"] != "asserts":
            header += f"  [{appearance['stance']}]"
        if appearance["attribution"]:
            header += f"  ({appearance['attribution']})"
        line(header)
        line(f"    \u201c{appearance['quote']}\u201d")
        if appearance["normalized"] and appearance["normalized"] != record["normalized"]:
            line(f"    read here as: {appearance['normalized']}")
    line(f"\nnotes ({len(record['notes'])})", style="bold")
    for note in record["notes"]:
        line(f"  {output.short(note['id'])}  {note['created_at'][:16]}  {note['author']}  [{note['stance']}, "
             f"{note['visibility'] or 'internal'}]  {note['text']}")
        if note["url"]:
            line(f"    {note['url']}" + (f"  (archived: {note['archive_url']})" if note["archive_url"] else ""))
    line("\nhistory", style="bold")
    print_history(record["history"], with_claim=False)


def print_history(entries: list[dict], *, with_claim: bool) -> None:
    """History entries, one line each, oldest first (``show`` and ``log``)."""
    for entry in entries:
        change = entry["action"]
        if entry["action"] in ("status", "verdict"):
            change = f"{entry['action']}: {entry['old'] or '-'} -> {entry['new'] or '-'}"
        elif entry["field"] and entry["action"] in ("edit", "accept", "reject", "import", "settle"):
            change += f" {entry['field']}: {entry['old'] or '-'} -> {entry['new'] or '-'}"
        elif entry["action"] == "value-source":
            change = f"value {entry['new']} is not in the quote; it comes from: {entry['note']}"
        elif entry["action"] == "diverge":
            change += f" {entry['field']}: kept {entry['old'] or '-'}, other {entry['new'] or '-'} ({entry['note']})"
        elif entry["action"] == "unlink":
            change += f" {output.short(entry['new'])} \u201c{entry['note']}\u201d"
        elif entry["action"] == "retract":
            change += f": {entry['old']} -> retracted  \u2014 {entry['note']}"
        elif entry["action"] == "link":
            change += f" {output.short(entry['new'])}"
        elif entry["action"] == "create":
            change += f" {output.clip(entry['new'], 50)}"
        elif entry["action"] == "note":
            change += f" ({entry['field']})"
        about = entry["claim_id"] or entry["entity_id"]
        subject = f"{about if entry['entity'] == 'case' else output.short(about)}  " if with_claim else ""
        text = f"  {entry['at'][:19].replace('T', ' ')}  {entry['author'] or '?'}  {subject}{change}"
        if entry["note"] and entry["action"] in ("status", "verdict"):
            text += f"  \u2014 {entry['note']}"
        output.line(text)
