"""claimtrack claim add|link, and the daily commands: list, show, status, verdict, note, log."""

from __future__ import annotations

from typing import Annotated, List, Optional

import typer

from claimtrack.cli import output, state

claim_app = typer.Typer(no_args_is_help=True)

JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON.")]
CaseOption = Annotated[Optional[str], typer.Option("--case", help="Only this case (story).")]
StanceOption = Annotated[str, typer.Option("--stance", help="asserts or denies.")]
AttributionOption = Annotated[
    Optional[str], typer.Option("--attribution", help="Who the source credits: 'according to TASS'.")
]


@claim_app.command("add")
def add(
    statement: Annotated[str, typer.Argument(help="The checkable statement, in your words.", show_default=False)],
    source: Annotated[str, typer.Option("--source", help="Source ID (or prefix) that states it.", show_default=False)],
    quote: Annotated[str, typer.Option("--quote", help="The source's verbatim words.", show_default=False)],
    key: Annotated[Optional[str], typer.Option(help="What it is about: subject.attribute, e.g. li-shangfu.moscow-visit.duration.")] = None,
    value: Annotated[Optional[str], typer.Option(help="The value as worded: 'three-day', 'at least 40', 'April 16'.")] = None,
    value_type: Annotated[Optional[str], typer.Option("--value-type", help="Read the value as: count, quantity, money, percent, duration, date, year, time, bool, text.")] = None,
    tag: Annotated[Optional[List[str]], typer.Option("--tag", help="A tag (repeatable).")] = None,
    stance: StanceOption = "asserts",
    attribution: AttributionOption = None,
    value_from: Annotated[Optional[str], typer.Option("--value-from-elsewhere", help="Where the value comes from when the quote does not state it (kept in the claim's history).")] = None,
) -> None:
    """Add a claim, anchored to a verbatim quote in a source.

    A value must be one the quote states (read as a figure, length or date:
    "twelve" states 12), unless --value-from-elsewhere says where it comes from.

    Example: claimtrack claim add "Li's visit lasted three days" --source s1a2b3c
    --quote "a three-day visit to Moscow" --key li-shangfu.moscow-visit.duration --value three-day
    """
    from claimtrack import claims, storage

    conn = state.connect()
    with storage.write(conn):
        claim_id = claims.add(conn, state.actor(), statement=statement, source=source, quote=quote, key=key,
                              value=value, value_type=value_type, tags=tag, stance=stance, attribution=attribution,
                              value_stated=True, value_from=value_from)
    output.echo(output.short(claim_id))


@claim_app.command("link")
def link(
    claim: Annotated[str, typer.Argument(help="Claim ID or prefix.", show_default=False)],
    source: Annotated[str, typer.Option("--source", help="Another source that states the claim.", show_default=False)],
    quote: Annotated[str, typer.Option("--quote", help="That source's verbatim words.", show_default=False)],
    stance: StanceOption = "asserts",
    attribution: AttributionOption = None,
) -> None:
    """Attach another outlet's wording of the same claim.

    Example: claimtrack claim link c7k2m9q --source s9f8e7d --quote "a three-day trip"
    """
    from claimtrack import claims, storage

    conn = state.connect()
    with storage.write(conn):
        linked = claims.link(conn, state.actor(), claim=claim, source=source, quote=quote, stance=stance,
                             attribution=attribution)
        row = claims.appearance(conn, linked)
    output.echo(f"{output.short(row['claim_id'])}: linked to source {output.short(row['source_id'])}"
                f" \u201c{output.safe(row['quote'], keep_newlines=False)}\u201d")


MatchKeyOption = Annotated[Optional[str], typer.Option(
    "--match-key", help="Every claim whose key starts with this prefix (with --case: in that case only).")]
MatchCaseOption = Annotated[Optional[str], typer.Option("--case", help="With --match-key: only this case.")]


@claim_app.command("edit")
def edit(
    claims_: Annotated[Optional[List[str]], typer.Argument(metavar="[CLAIM]...", help="Claim IDs or prefixes.",
                                                           show_default=False)] = None,
    statement: Annotated[Optional[str], typer.Option(help="New statement.")] = None,
    key: Annotated[Optional[str], typer.Option(help="New key ('-' to clear).")] = None,
    value: Annotated[Optional[str], typer.Option(help="New value wording.")] = None,
    value_type: Annotated[Optional[str], typer.Option("--value-type", help="Read the value as this type.")] = None,
    tag: Annotated[Optional[List[str]], typer.Option("--tag", help="Replace the tags (repeatable).")] = None,
    note: Annotated[Optional[str], typer.Option("--note", help="Why.")] = None,
    match_key: MatchKeyOption = None,
    case: MatchCaseOption = None,
) -> None:
    """Change the statement, key, value or tags of one claim or many (each change logged in its history).

    Several claims change in one unit of work; one that already says what is
    asked is left as it is.

    Example: claimtrack claim edit --match-key cebu-quake.deaths --key cebu-quake.death-toll
    """
    from claimtrack import claims, storage
    from claimtrack.errors import InvalidInput

    conn = state.connect()
    actor = state.actor()
    results, unchanged = [], []
    with storage.write(conn):
        chosen = claims.select(conn, claims_, key=match_key, case=case)
        for claim_id in chosen:
            try:
                results.append(claims.edit(conn, actor, claim_id, statement=statement, key=key, value=value,
                                           value_type=value_type, tags=tag, note=note))
            except InvalidInput as error:
                if len(chosen) == 1 or not error.message.startswith("nothing to change"):
                    raise
                unchanged.append(claim_id)
    for result in results:
        for field, (old, new) in result["changes"].items():
            output.echo(f"{output.short(result['id'])}: {field}: {output.safe(old) or '-'} -> {output.safe(new) or '-'}")
    if len(chosen) > 1:
        output.info(f"{len(results)} claims changed" + (f", {len(unchanged)} said so already" if unchanged else ""))


@claim_app.command("settle")
def settle(
    claim: Annotated[str, typer.Argument(help="Claim ID or prefix.", show_default=False)],
    field: Annotated[str, typer.Argument(help="statement, key, value, status, verdict or tags.", show_default=False)],
    take: Annotated[str, typer.Option("--take", help="ours (this database's value) or theirs (the other copy's).",
                                      show_default=False)],
    note: Annotated[Optional[str], typer.Option("--note", help="Why; required to take another verdict.")] = None,
) -> None:
    """Settle a field that this database and imported case files changed apart.

    Import keeps this database's value and records the other; 'claimtrack show'
    lists what is open.

    Example: claimtrack claim settle c7k2m9q verdict --take theirs --note "Bo's source is the readout"
    """
    from claimtrack import divergences, storage

    conn = state.connect()
    with storage.write(conn):
        change = divergences.settle(conn, state.actor(), claim, field, take, note)
    output.echo(f"{output.short(change['id'])}: {change['field']}: {output.safe(change['old']) or '-'}"
                f" -> {output.safe(change['new']) or '-'} (settled)")


@claim_app.command("retract")
def retract(
    claims_: Annotated[List[str], typer.Argument(metavar="CLAIM...", help="Claim IDs or prefixes.", show_default=False)],
    reason: Annotated[str, typer.Option("--reason", help="Why it is taken back.", show_default=False)],
) -> None:
    """Take claims back: a typo, a test, a claim no outlet made.

    A retracted claim stays on record with the reason in its history, and leaves
    listings (list --status retracted shows it), reports and conflicts.

    Example: claimtrack claim retract c7k2m9q --reason "typed into the wrong case"
    """
    from claimtrack import claims, storage

    conn = state.connect()
    with storage.write(conn):
        changes = claims.retract(conn, state.actor(), claims_, reason)
    for change in changes:
        output.echo(f"{output.short(change['id'])}: {change['old']} -> {change['new']}")


@claim_app.command("unlink")
def unlink(
    claim: Annotated[str, typer.Argument(help="Claim ID or prefix.", show_default=False)],
    source: Annotated[str, typer.Option("--source", help="The source whose words were linked by mistake.", show_default=False)],
    quote: Annotated[Optional[str], typer.Option("--quote", help="Which of its words, when the claim appears there more than once.")] = None,
    reason: Annotated[Optional[str], typer.Option("--reason", help="Why.")] = None,
) -> None:
    """Detach a claim from a source's words; the words stay in the claim's history.

    Example: claimtrack claim unlink c7k2m9q --source s9f8e7d --reason "another visit"
    """
    from claimtrack import claims, storage

    conn = state.connect()
    with storage.write(conn):
        change = claims.unlink(conn, state.actor(), claim, source, quote, reason)
    output.echo(f"{output.short(change['id'])}: unlinked from source {output.short(change['source'])}"
                f" \u201c{output.safe(change['quote'], keep_newlines=False)}\u201d")


def _review_decision(decide, claims_: list[str] | None, note: str | None, match_key: str | None,
                     case: str | None) -> list[str]:
    from claimtrack import claims, storage

    conn = state.connect()
    with storage.write(conn):
        chosen = claims.select(conn, claims_, key=match_key, case=case, status="candidate" if match_key else None)
        return decide(conn, state.actor(), chosen, note)


@claim_app.command("accept")
def accept(
    claims_: Annotated[Optional[List[str]], typer.Argument(metavar="[CLAIM]...", help="Candidate IDs or prefixes.",
                                                           show_default=False)] = None,
    note: Annotated[Optional[str], typer.Option("--note", help="Why.")] = None,
    match_key: MatchKeyOption = None,
    case: MatchCaseOption = None,
) -> None:
    """Accept extracted candidates: they become claims to verify.

    --match-key takes every candidate whose key starts with the prefix.

    Example: claimtrack claim accept c7k2m9q c9x8w7v
    """
    from claimtrack import claims

    done = _review_decision(claims.accept, claims_, note, match_key, case)
    output.echo(f"accepted {len(done)}")


@claim_app.command("reject")
def reject(
    claims_: Annotated[Optional[List[str]], typer.Argument(metavar="[CLAIM]...", help="Candidate IDs or prefixes.",
                                                           show_default=False)] = None,
    note: Annotated[Optional[str], typer.Option("--note", help="Why.")] = None,
    match_key: MatchKeyOption = None,
    case: MatchCaseOption = None,
) -> None:
    """Reject extracted candidates; they are not proposed again for the same text.

    Example: claimtrack claim reject --match-key quake.aftershock --case quake-2026
    """
    from claimtrack import claims

    done = _review_decision(claims.reject, claims_, note, match_key, case)
    output.echo(f"rejected {len(done)}")


def list_claims(
    case: CaseOption = None,
    status: Annotated[Optional[str], typer.Option(help="unverified, in-review, done (or candidate, rejected).")] = None,
    verdict: Annotated[Optional[str], typer.Option(help="A verdict, or 'none' for claims without one.")] = None,
    source: Annotated[Optional[str], typer.Option(help="Only claims stated by this source.")] = None,
    outlet: Annotated[Optional[str], typer.Option(help="Only claims stated by this outlet.")] = None,
    key: Annotated[Optional[str], typer.Option(help="Only keys starting with this prefix.")] = None,
    tag: Annotated[Optional[str], typer.Option(help="Only claims with this tag.")] = None,
    candidates: Annotated[bool, typer.Option("--candidates", help="Only extracted candidates awaiting review.")] = False,
    conflicts: Annotated[bool, typer.Option("--conflicts", help="List open and confirmed conflicts between outlets instead.")] = False,
    all_states: Annotated[bool, typer.Option("--all", help="With --conflicts: dismissed and resolved ones too.")] = False,
    exit_code: Annotated[bool, typer.Option("--exit-code", help="With --conflicts: exit 1 if any conflict is open.")] = False,
    as_json: JsonOption = False,
) -> None:
    """List claims, grouped by key; or, with --conflicts, where the outlets disagree.

    Example: claimtrack list --conflicts --case li-shangfu-moscow-2023
    """
    from claimtrack.cli import reads

    code = reads.list_claims(case=case, status=status, verdict=verdict, source=source, outlet=outlet, key=key, tag=tag,
                             candidates=candidates, conflicts=conflicts, all_states=all_states, exit_code=exit_code,
                             as_json=as_json)
    if code:
        raise typer.Exit(code)


def show(claim: Annotated[str, typer.Argument(help="Claim ID or prefix.", show_default=False)], as_json: JsonOption = False) -> None:
    """Show one claim: value, state, every appearance with its quote, notes, history.

    Example: claimtrack show c7k2m9q
    """
    from claimtrack.cli import reads

    reads.show(claim, as_json=as_json)


def set_status(
    claim: Annotated[str, typer.Argument(help="Claim ID or prefix.", show_default=False)],
    new_status: Annotated[str, typer.Argument(metavar="STATUS", help="unverified, in-review or done.", show_default=False)],
    note: Annotated[Optional[str], typer.Option("--note", help="Why.")] = None,
) -> None:
    """Move a claim through the work: unverified -> in-review -> done.

    Example: claimtrack status c7k2m9q in-review
    """
    from claimtrack import claims, storage

    conn = state.connect()
    with storage.write(conn):
        change = claims.set_status(conn, state.actor(), claim, new_status, note)
    output.echo(f"{output.short(change['id'])}: {change['old']} -> {change['new']}")


def set_verdict(
    claim: Annotated[str, typer.Argument(help="Claim ID or prefix.", show_default=False)],
    verdict: Annotated[str, typer.Argument(help="A rating of the scale: true, mostly-true, mixed, mostly-false, false, "
                                                "unproven (see 'claimtrack config scale list').", show_default=False)],
    why: Annotated[Optional[str], typer.Option("--why", help="Why it is rated so (required): published as 'Why we rated it'.")] = None,
    note: Annotated[Optional[str], typer.Option("--note", help="What changed and why; required when changing a verdict (a correction).")] = None,
) -> None:
    """Give a claim its verdict, with the rationale readers will see.

    Changing a verdict already given is a correction: --note says what changed,
    and the report lists it in its corrections log.

    Example: claimtrack verdict c7k2m9q false --why "The Kremlin readout gives three days"
    """
    from claimtrack import claims, storage

    conn = state.connect()
    with storage.write(conn):
        change = claims.set_verdict(conn, state.actor(), claim, verdict, note, rationale=why)
    if change["old"] == change["new"]:
        output.echo(f"{output.short(change['id'])}: rationale of {change['new']} reworded")
        return
    output.echo(f"{output.short(change['id'])}: verdict {change['old'] or '-'} -> {change['new']}"
                + (" (a correction)" if change["correction"] else ""))


def add_note(
    claim: Annotated[str, typer.Argument(help="Claim ID or prefix.", show_default=False)],
    text: Annotated[str, typer.Argument(help="The evidence, in a sentence or two.", show_default=False)],
    url: Annotated[Optional[str], typer.Option(help="Where the evidence is (http or https).")] = None,
    stance: Annotated[str, typer.Option(help="supports, refutes or context.")] = "context",
    public: Annotated[bool, typer.Option("--public", help="Evidence readers should see: published in the report.")] = False,
    archive: Annotated[Optional[str], typer.Option("--archive", help="An archived copy of --url (http or https).")] = None,
) -> None:
    """Add a note to a claim (append-only, timestamped, signed).

    Notes are internal working notes unless --public: only public notes reach a
    published report.

    Example: claimtrack note c7k2m9q "Treasury notice of 2018-09-20 lists him" --url https://home.treasury.gov/... --stance supports --public
    """
    from claimtrack import claims, storage

    conn = state.connect()
    with storage.write(conn):
        note_id = claims.add_note(conn, state.actor(), claim, text, url=url, stance=stance,
                                  visibility="public" if public else "internal", archive_url=archive)
    output.echo(output.short(note_id))


def edit_note(
    note: Annotated[str, typer.Argument(help="Note ID or prefix (see 'claimtrack show CLAIM').", show_default=False)],
    public: Annotated[Optional[bool], typer.Option("--public/--internal", help="Publish the note, or take it back to internal.", show_default=False)] = None,
    archive: Annotated[Optional[str], typer.Option("--archive", help="An archived copy of the note's URL.")] = None,
) -> None:
    """Publish a note or make it internal again, or add an archive link; its words stay as written.

    Example: claimtrack note-edit n72en4k --public --archive https://web.archive.org/web/2023/https://example.org/page
    """
    from claimtrack import claims, storage

    conn = state.connect()
    with storage.write(conn):
        result = claims.edit_note(conn, state.actor(), note, archive_url=archive,
                                  visibility=None if public is None else ("public" if public else "internal"))
    for field, (old, new) in result["changes"].items():
        output.echo(f"{output.short(result['id'])}: {field}: {output.safe(old) or '-'} -> {output.safe(new)}")


def log(
    claim: Annotated[Optional[str], typer.Argument(help="Claim ID or prefix (default: everything).")] = None,
    case: CaseOption = None,
    limit: Annotated[Optional[int], typer.Option(help="Show the newest this many entries.", min=1, max=1_000_000_000)] = None,
    as_json: JsonOption = False,
) -> None:
    """Show the history of changes, oldest first; with --limit N, the newest N.

    Example: claimtrack log c7k2m9q
    """
    from claimtrack import cases, history, lookup

    conn = state.connect()
    cases.require(conn, case)
    claim_id = lookup.resolve(conn, "claim", claim) if claim else None
    entries = history.entries(conn, claim_id=claim_id, case=case, limit=limit)
    if as_json:
        output.print_json(entries)
        return
    if not entries:
        output.info("no history")
        return
    from claimtrack.cli import reads

    reads.print_history(entries, with_claim=claim_id is None)
