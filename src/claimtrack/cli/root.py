"""The typer application: the root command, its error mapping, and the lazily built command table."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from typer import _click as click  # typer 0.26-0.28 bundle click; see pyproject.toml

from claimtrack import __version__
from claimtrack.cli import state
from claimtrack.cli.lazy import LazyGroup


class ClaimtrackGroup(LazyGroup):
    """Maps every failure to one line on stderr and an exit code (0/1/2)."""

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        from claimtrack.errors import ExitStatus

        with state.guard(sys.argv[1:] if args is None else args):
            try:
                result = super().main(
                    args=args, prog_name=prog_name or "claimtrack", complete_var=complete_var,
                    standalone_mode=False, **extra,
                )
            except click.exceptions.NoArgsIsHelpError as error:
                error.show()
                sys.exit(ExitStatus.USAGE)
            except click.exceptions.UsageError as error:
                hint = f" (see '{error.ctx.command_path} --help')" if error.ctx else ""
                state.fail(error.format_message() + hint, ExitStatus.USAGE)
            except click.exceptions.ClickException as error:
                state.fail(error.format_message(), error.exit_code)
            except typer.Abort:
                state.fail("aborted", ExitStatus.ERROR)
        sys.exit(result if isinstance(result, int) else 0)

    def invoke(self, ctx):
        # typer turns Ctrl-C into a silent exit 130; the fast path says "Error: interrupted" (state.guard)
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            state.fail("interrupted", 130)


app = typer.Typer(
    cls=ClaimtrackGroup,
    name="claimtrack",
    help="Track factual claims across news outlets: sources, claims, conflicts, verdicts, reports.",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"claimtrack {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    db: Annotated[
        Optional[Path],
        typer.Option("--db", help="Database file (default: $CLAIMTRACK_DB, else the user data directory).",
                     dir_okay=False, show_default=False),
    ] = None,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """Track factual claims across news outlets.

    Daily use:

        claimtrack list --conflicts
        claimtrack note C7 "Treasury notice lists him" --url https://... --stance supports
        claimtrack export --format markdown -o report.md
    """
    state.STATE.db_option = db


# name: (module, attribute, help). Only the command being run is imported and built.
COMMANDS = {
    "list": ("claimtrack.cli.claims", "list_claims", "List claims; with --conflicts, where the outlets disagree."),
    "show": ("claimtrack.cli.claims", "show", "Show one claim: value, state, every appearance with its quote, notes, history."),
    "status": ("claimtrack.cli.claims", "set_status", "Move a claim through the work: unverified -> in-review -> done."),
    "verdict": ("claimtrack.cli.claims", "set_verdict", "Give a claim its verdict, with the rationale readers see."),
    "note": ("claimtrack.cli.claims", "add_note", "Add a note to a claim: internal, or --public evidence."),
    "note-edit": ("claimtrack.cli.claims", "edit_note", "Publish a note or make it internal again; add an archive link."),
    "log": ("claimtrack.cli.claims", "log", "Show the history of changes, oldest first."),
    "conflict": ("claimtrack.cli.conflicts", "app", "Review conflicts: show, confirm, dismiss, resolve, reopen."),
    "matrix": ("claimtrack.cli.conflicts", "matrix", "Outlets across, keys down: who says what; '!' marks a conflict."),
    "source": ("claimtrack.cli.sources", "app", "Add and read sources (articles)."),
    "claim": ("claimtrack.cli.claims", "claim_app", "Add, link, edit, unlink and retract claims; accept or reject candidates."),
    "extract": ("claimtrack.cli.extract", "extract", "Propose candidate claims from article text."),
    "review": ("claimtrack.cli.extract", "review", "Review extracted candidates one by one."),
    "case": ("claimtrack.cli.cases", "app", "Cases: one story each, holding its sources and claims; list or rename them."),
    "import": ("claimtrack.cli.cases", "import_case", "Load a case directory; importing the same files again changes nothing."),
    "export": ("claimtrack.cli.cases", "export", "Export a report (markdown, html, claimreview, json, csv) or case files."),
    "config": ("claimtrack.cli.config", "app", "Settings: the publishing organization and the report's address."),
    "check": ("claimtrack.cli.check", "check", "Check the database: integrity, quotes still matching, orphans."),
    "demo": ("claimtrack.cli.demo", "demo", "Load the shipped case into a throwaway database and write its reports."),
}
ClaimtrackGroup.lazy_commands = COMMANDS
ClaimtrackGroup.lazy_context = {"help_option_names": ["-h", "--help"]}
