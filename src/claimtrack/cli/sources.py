"""claimtrack source add|list|show"""

from __future__ import annotations

from typing import Annotated, List, Optional

import typer

from claimtrack.cli import output, state

app = typer.Typer(no_args_is_help=True)

FILES_PER_TRANSACTION = 500  # sources added per unit of work by one 'source add' (fewer commits write less)

CaseOption = Annotated[Optional[str], typer.Option("--case", help="Only this case (story).")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON.")]


@app.command("add")
def add(
    files: Annotated[List[str], typer.Argument(help="Saved web pages (.html, .mhtml), UTF-8 text or Markdown files, or folders of them; '-' reads stdin.", show_default=False)],
    case: Annotated[Optional[str], typer.Option("--case", help="Case to file the sources under (default: 'default').")] = None,
    outlet: Annotated[Optional[str], typer.Option(help="Outlet name, e.g. 'The Epoch Times'.")] = None,
    title: Annotated[Optional[str], typer.Option(help="Headline.")] = None,
    url: Annotated[Optional[str], typer.Option(help="Address of the article (http or https).")] = None,
    author: Annotated[Optional[str], typer.Option(help="Byline.")] = None,
    published: Annotated[Optional[str], typer.Option(
        help="Publication date as written: '24 April 2023', '2023-04-18'; with the time of day if known"
             " ('2023-04-18T09:30+03:00'), which orders two reports of one day.")] = None,
    credit: Annotated[Optional[str], typer.Option(help="Wire agency the story comes from, e.g. 'AFP' (read from its dateline, byline or sign-off when not given).")] = None,
    date_order: Annotated[Optional[str], typer.Option("--date-order", help="How to read a date in figures such as 03/04/2023: dmy (3 April) or mdy (4 March).")] = None,
    keep_furniture: Annotated[bool, typer.Option("--keep-furniture", help="Store the text as given: leave in the menus, 'Advertisement' lines, photo credits, share buttons and copyright lines that are otherwise left out.")] = False,
    as_json: JsonOption = False,
) -> None:
    """Add articles as sources: saved web pages, text or Markdown files.

    A saved page (.html, .htm, .mhtml; 'Save page as', SingleFile, an archive
    capture) gives its main text and what it states of itself: outlet, title,
    author, date, address; a field it does not state stays unknown. The page
    itself is kept, compressed, beside the text. A text file may start with a
    metadata block giving the same fields. Options win over both:

    \b
        ---
        outlet: Warsaw Institute
        published: 24 April 2023
        ---

    Page furniture (menus, 'Skip to content', 'Advertisement', photo credits,
    'Most read' lists, copyright lines) is left out of the text, whole lines
    at a time; the file as given is kept beside it. The wire agency a story
    credits in its dateline, byline or sign-off ('(AFP)', '- Reuters') is
    recorded: copies of one agency story count as one independent source.

    Files are added in the order given, in batches of up to 500 files, each
    batch all or nothing: if the command is interrupted, the batches already
    added stay, and running it again adds the rest (no duplicates).

    Example: claimtrack source add --case quake-2026 article.txt
    """
    import sys

    from claimtrack import sources, storage
    from claimtrack.errors import DuplicateSource

    from claimtrack.dates import DATE_ORDERS
    from claimtrack.errors import UsageError

    if date_order is not None and date_order.strip().lower() not in DATE_ORDERS:
        raise UsageError(f"unknown date order {date_order!r}; choose one of: {', '.join(DATE_ORDERS)}")
    overrides = {"case": case, "outlet": outlet, "title": title, "url": url, "author": author, "published": published,
                 "credit": credit, "date_order": date_order.strip().lower() if date_order else None}
    actor = state.actor()
    # bad options and files refused before writing
    stdin = sys.stdin.buffer if sys.stdin is not None else None  # None: started with standard input closed
    checked = sources.read_files(files, overrides, stdin, keep_furniture=keep_furniture, today=actor.now()[:10])
    conn = state.connect()
    results = []
    for first in range(0, len(checked), FILES_PER_TRANSACTION):
        batch = checked[first:first + FILES_PER_TRANSACTION]
        with storage.write(conn):  # one unit of work per batch: a killed command keeps the batches already added
            outcomes = sources.add_many(conn, actor, batch)
        for (item, _), outcome in zip(batch, outcomes):
            if isinstance(outcome, DuplicateSource):
                output.info(outcome.message)
                results.append({"id": outcome.source_id, "file": item.origin, "added": False})
            else:
                results.append({"id": outcome, "file": item.origin, "added": True})
    if as_json:
        output.print_json(results)
        return
    for result in results:
        if result["added"]:
            output.echo(f"{output.short(result['id'])}  {output.safe(result['file'])}")


@app.command("edit")
def edit(
    source: Annotated[str, typer.Argument(help="Source ID or unique prefix.", show_default=False)],
    outlet: Annotated[Optional[str], typer.Option(help="Outlet name ('-' for unknown).")] = None,
    title: Annotated[Optional[str], typer.Option(help="Headline ('-' for unknown).")] = None,
    url: Annotated[Optional[str], typer.Option(help="Address of the article ('-' for unknown).")] = None,
    author: Annotated[Optional[str], typer.Option(help="Byline ('-' for unknown).")] = None,
    published: Annotated[Optional[str], typer.Option(help="Publication date as written ('-' for unknown).")] = None,
    credit: Annotated[Optional[str], typer.Option(help="Wire agency the story comes from, e.g. 'AFP' ('-' for none).")] = None,
) -> None:
    """Fix a source's metadata; the text stays as it is, and every change is kept in history.

    A new publication date re-reads relative values ("Sunday") quoted from it.

    Example: claimtrack source edit s1a2b3c --outlet "Warsaw Institute" --published "24 April 2023"
    """
    from claimtrack import sources, storage

    conn = state.connect()
    with storage.write(conn):
        result = sources.edit(conn, state.actor(), source, {"outlet": outlet, "title": title, "url": url,
                                                            "author": author, "published": published,
                                                            "credit": credit})
    for field, (old, new) in result["changes"].items():
        output.echo(f"{output.short(result['id'])}: {field}: {output.safe(old) or 'unknown'} -> {output.safe(new) or 'unknown'}")


@app.command("list")
def list_(case: CaseOption = None, outlet: Annotated[Optional[str], typer.Option(help="Only this outlet.")] = None,
          as_json: JsonOption = False) -> None:
    """List sources, oldest publication first.

    Example: claimtrack source list --case li-shangfu-moscow-2023 --json
    """
    from claimtrack import sources

    from claimtrack import cases

    conn = state.connect()
    cases.require(conn, case)
    rows = sources.list_sources(conn, case=case, outlet=outlet)
    if as_json:
        output.print_json([{k: row[k] for k in ("id", "case", "outlet", "title", "url", "author", "published",
                                                   "published_at", "credit", "original_url", "captured_at",
                                                   "added_at")} for row in rows])
        return
    if not rows:
        output.info("no sources")
        return
    table = output.table("ID", "case", "outlet", "published", "title", wrap=("case", "outlet", "title"))
    for row in rows:
        table.add_row(output.short(row["id"]), output.text(row["case"]), output.text(row["outlet"] or "unknown"),
                      row["published"] or "unknown", output.text(output.clip(row["title"], 60) or "-"))
    output.console().print(table)


@app.command("show")
def show(source: Annotated[str, typer.Argument(help="Source ID or unique prefix.")],
         as_json: JsonOption = False,
         no_text: Annotated[bool, typer.Option("--no-text", help="Leave out the article text.")] = False,
         original: Annotated[bool, typer.Option("--original", help="Print the file the source was read from, as it was given (a saved page, a text before its furniture was left out).")] = False) -> None:
    """Show a source: metadata, the claims found in it, and its text.

    Example: claimtrack source show s1a2b3c
    """
    from claimtrack import claims, lookup, sources

    conn = state.connect()
    source_id = lookup.resolve(conn, "source", source)
    if original:
        import sys

        sys.stdout.buffer.write(sources.original_bytes(conn, source_id))
        sys.stdout.buffer.flush()
        return
    record = sources.get(conn, source_id)
    found = claims.list_claims(conn, source=source_id)
    if as_json:
        record["claims"] = [
            {"id": c["id"], "key": c["key"], "value": c["value"], "statement": c["statement"], "status": c["status"],
             "quotes": [a["quote"] for a in c["appearances"] if a["source"] == source_id]}
            for c in found
        ]
        if no_text:
            record.pop("text")
        output.print_json(record)
        return
    # output.line: wrapped to the window on a terminal; to a pipe or a file each line whole, so the
    # article text comes out as stored, not broken into lines of the console's width
    output.line(f"source {record['id']}", style="bold")
    for label in ("case", "outlet", "title", "author", "url", "published", "credit", "original_url", "captured_at",
                  "added_at", "added_by", "content_hash"):
        if label in ("original_url", "captured_at") and record[label] is None:
            continue  # not a capture
        value = record["published_at"] or record[label] if label == "published" else record[label]
        output.line(f"  {label + ':':<13} {value if value is not None else 'unknown'}")
    kept = record["original"]
    if kept:
        output.line(f"  {'original:':<13} {kept['file_name'] or '-'} ({kept['media_type']}, {kept['size']:,} bytes,"
                    f" sha256 {kept['content_hash']}); --original prints it")
    output.line(f"\nclaims ({len(found)})", style="bold")
    for claim in found:
        output.line(f"  {output.short(claim['id'])}  {claim['key'] or '-'} = {claim['value'] or '-'}  [{claim['status']}]")
        for appearance in claim["appearances"]:
            if appearance["source"] == source_id:
                output.line(f"      \u201c{appearance['quote']}\u201d")
    if not no_text:
        output.line("\ntext", style="bold")
        output.line(record["text"].rstrip("\n"))
