"""The command line: thin modules, one per command group, over the core."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from typer import _click as click  # typer 0.26-0.28 bundle click; see pyproject.toml
from typer.core import TyperGroup

from claimtrack import __version__
from claimtrack.cli import state


class ClaimtrackGroup(TyperGroup):
    """Maps every failure to one line on stderr and an exit code (0/1/2)."""

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        from claimtrack.errors import ClaimtrackError, ExitStatus

        try:
            result = super().main(
                args=args, prog_name=prog_name or "claimtrack", complete_var=complete_var,
                standalone_mode=False, **extra,
            )
        except ClaimtrackError as error:
            state.fail(error.message, error.exit_status)
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
        except KeyboardInterrupt:
            state.fail("interrupted", 130)
        except BrokenPipeError:
            sys.stderr.close()
            sys.exit(1)
        sys.exit(result if isinstance(result, int) else 0)


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


from claimtrack.cli import cases as _cases  # noqa: E402
from claimtrack.cli import claims as _claims  # noqa: E402
from claimtrack.cli import conflicts as _conflicts  # noqa: E402
from claimtrack.cli import sources as _sources  # noqa: E402

app.add_typer(_sources.app, name="source", help="Add and read sources (articles).")
app.add_typer(_claims.claim_app, name="claim", help="Add claims and link them to more sources.")
app.add_typer(_cases.app, name="case", help="Cases: one story each, holding its sources and claims.")
app.add_typer(_conflicts.app, name="conflict", help="Review conflicts: confirm, dismiss, resolve, reopen.")
app.command("matrix")(_conflicts.matrix)
_claims.register(app)
_cases.register(app)


def main() -> None:
    app()
