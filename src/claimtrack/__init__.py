"""claimtrack: track factual claims across news outlets."""

__version__ = "0.1.0"


def main(argv: "list[str] | None" = None) -> None:
    """The console entry point.

    ``--version`` is answered at once, and the daily read commands by the fast
    path (cli/fast.py) without loading typer; everything else goes to the
    typer application.
    """
    import sys

    args = sys.argv[1:] if argv is None else list(argv)
    if sys.stdout is None:  # started with its standard output closed ('claimtrack list >&-')
        if sys.stderr is not None:
            sys.stderr.write("Error: standard output is closed; nothing was done\n")
        sys.exit(1)
    if args == ["--version"]:
        sys.stdout.write(f"claimtrack {__version__}\n")
        return
    from claimtrack.cli import fast

    status = fast.run(args)
    if status is not None:
        sys.exit(status)
    from claimtrack.cli.root import app

    app(args=args)
