"""claimtrack extract, and review: propose candidate claims, then accept or reject them."""

from __future__ import annotations

import sys
from typing import Annotated, List, Optional

import typer

from claimtrack.cli import output, state

CaseOption = Annotated[Optional[str], typer.Option("--case", help="Only this case (story).")]
CHOICES = "[a]ccept, [r]eject, [e]dit, [s]kip, [q]uit"
ANSWERS = ("a", "r", "e", "s", "q")


def extract(
    sources: Annotated[Optional[List[str]], typer.Argument(
        metavar="[SOURCE]...", help="Source IDs or prefixes (default: every source not yet extracted).",
        show_default=False)] = None,
    case: CaseOption = None,
    again: Annotated[bool, typer.Option("--again", help="Read the sources again, even if extracted before.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the new candidates as JSON.")] = False,
) -> None:
    """Propose candidate claims from article text: figures, dates, durations, with keys.

    Candidates never repeat one already on record for the same words, even a
    rejected one. Review them with 'claimtrack review'.

    Example: claimtrack extract --case quake-2026 && claimtrack list --conflicts
    """
    from claimtrack.extract import store as extract_store

    conn = state.connect()
    todo, done = extract_store.pick_sources(conn, sources, case=case, again=again)
    for source_id in done:
        output.info(f"source {output.short(source_id)} was extracted before; use --again to read it again")
    progress, stop = _progress(len(todo))
    try:
        result = extract_store.run(conn, state.actor(), todo, progress=progress, skipped=done)
    finally:
        stop()
    if as_json:
        output.print_json({
            "summary": result.summary(),
            "sources": result.sources,
            "candidates": extract_store.created_claims(conn, result.created),
        })
    counts = result.summary()
    plural = lambda n, word: f"{n} {word}{'' if n == 1 else 's'}"
    output.info(f"extracted {plural(counts['candidates'], 'candidate')} from {plural(counts['sources'], 'source')}"
                f" ({plural(counts['keys'], 'key')}, {plural(counts['conflicts'], 'conflict')})")
    for failure in result.failed:
        output.info(f"Error: source {output.short(failure['id'])} could not be read ({failure['error']}); nothing was"
                    " stored from it, and the next 'claimtrack extract' reads it again")
    if result.failed:
        state.fail(f"{plural(len(result.failed), 'source')} could not be read", 1)


def _progress(total: int):
    """A progress bar on stderr, only when stderr is a terminal."""
    if total < 2 or not sys.stderr.isatty():
        return None, lambda: None
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    bar = Progress(TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), TextColumn("sources read and stored"),
                   TimeRemainingColumn(),
                   console=Console(file=sys.stderr, color_system=None if output.no_color() else "auto"),
                   transient=True)
    task = bar.add_task("extract", total=total)

    def progress(done: int, steps: int, _source: str) -> None:
        # drawn from the first step on: the run's worker processes are forked before the bar's thread starts
        if not bar.live.is_started:
            bar.start()
        bar.update(task, completed=done / 2, total=steps / 2)  # each source is read, then stored: two steps

    return progress, bar.stop


def review(case: CaseOption = None) -> None:
    """Go through extracted candidates one by one: accept, reject, edit, skip or quit.

    Each answer is saved at once; quitting keeps what was decided.

    Example: claimtrack review --case quake-2026
    """
    from claimtrack import cases
    from claimtrack.extract import store as extract_store

    conn = state.connect()
    actor = state.actor()
    cases.require(conn, case)
    items = extract_store.queue(conn, case=case)
    if not items:
        output.info("no candidates to review")
        return
    tally = {"accepted": 0, "rejected": 0, "edited": 0, "skipped": 0}
    try:
        _review(conn, actor, items, tally)
    except KeyboardInterrupt:  # Ctrl-C: what was decided is kept and said, then the usual exit 130
        _report(tally)
        raise
    _report(tally)


def _review(conn, actor, items: list[dict], tally: dict) -> None:
    from claimtrack import claims, storage
    from claimtrack.extract import store as extract_store
    from claimtrack.errors import ClaimtrackError, InvalidTransition

    for number, item in enumerate(items, start=1):
        shown = False
        while True:
            if not shown:
                item["proposed"] = claims.proposed_for(conn, item["id"])
                _show(item, number, len(items))
                shown = True
            reply = _ask(CHOICES, "s", show_default=False)
            answer = None if reply is None else reply.strip().lower()[:1]
            if answer is not None and answer not in ANSWERS:
                output.info(f"{output.safe(reply.strip(), keep_newlines=False)!r} is not an answer: type a, r, e, s or q")
                continue
            if answer in ("a", "r"):
                try:
                    with storage.write(conn):
                        (claims.accept if answer == "a" else claims.reject)(conn, actor, [item["id"]])
                except InvalidTransition:  # someone else decided it while it was on screen
                    now = extract_store.status_of(conn, item["id"])["status"]
                    output.info(f"{output.short(item['id'])} was decided meanwhile (it is {now} now); skipped")
                    tally["skipped"] += 1
                else:
                    tally["accepted" if answer == "a" else "rejected"] += 1
            elif answer == "e":
                key = _ask_key(item["key"] or "-")
                value = None if key is None else _ask("value", item["value"] or "")
                statement = None if value is None else _ask("statement", item["proposed"] or item["statement"])
                if key is None or value is None or statement is None:
                    return
                if statement == item["statement"]:
                    statement = None
                try:
                    with storage.write(conn):
                        claims.edit(conn, actor, item["id"], key=key, value=value, statement=statement,
                                    note="edited in review")
                except ClaimtrackError as error:
                    output.info(output.safe(error.message))
                else:
                    tally["edited"] += 1
                item.update(extract_store.status_of(conn, item["id"]))
                shown = False
                continue
            elif answer == "q" or answer is None:
                return
            else:
                tally["skipped"] += 1
            break


def _ask_key(default: str) -> str | None:
    """A key, asked again until it is one (or '-' for none): a typo is caught before the value is asked."""
    from claimtrack.claims import check_key
    from claimtrack.errors import InvalidInput

    while True:
        key = _ask("key", default)
        if key is None or key.strip() in ("", "-"):
            return key
        try:
            check_key(key)
            return key
        except InvalidInput as error:
            output.info(output.safe(error.message, keep_newlines=False))


def _ask(question: str, default: str, *, show_default: bool = True) -> str | None:
    """An answer from stdin; None once input ends, which quits like 'q'. The default is shown
    with its control characters made visible: a value from an article may carry terminal escapes."""
    if show_default:
        question = f"{question} [{output.safe(default, keep_newlines=False)}]"
    try:
        return typer.prompt(question, default=default, show_default=False, err=True)
    except typer.Abort as abort:  # the end of input, or Ctrl-C (which stops the review: exit 130)
        if isinstance(abort.__context__, KeyboardInterrupt):
            raise KeyboardInterrupt from None
        return None
    except EOFError:
        return None
    except RuntimeError:  # input(): lost sys.stdin (started with standard input closed)
        return None


def _show(item: dict, number: int, total: int) -> None:
    """A candidate, its quote highlighted in its statement on a terminal; each line whole to a pipe."""
    statement = output.safe(item["statement"], keep_newlines=False)
    quote = " ".join(output.safe(item["quote"], keep_newlines=False).split())
    where = item["outlet"] or f"unknown outlet ({output.short(item['source'])})"
    output.line(f"\n[{number}/{total}] {output.short(item['id'])}  {where}  {item['published'] or 'date unknown'}",
                style="bold")
    at = statement.find(quote)
    if sys.stdout.isatty() and at >= 0:
        from rich.text import Text

        line = Text(statement)
        line.stylize("bold reverse", at, at + len(quote))
        output.console().print(line)
    else:
        output.line(statement)
    output.line(f"  quote:      \u201c{quote}\u201d")
    if item.get("proposed"):
        output.line(f"  statement:  {output.safe(item['proposed'], keep_newlines=False)}  (on accept; [e]dit to change)")
    output.line(f"  key:        {item['key'] or '-'}")
    output.line(f"  value:      {item['value'] or '-'}  [{item['normalized'] or 'not normalized'}]")
    if item.get("attribution"):
        output.line(f"  attributed: {item['attribution']}")


def _report(tally: dict) -> None:
    output.info(", ".join(f"{k} {v}" for k, v in tally.items()))
