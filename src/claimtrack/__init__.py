"""claimtrack: track factual claims across news outlets."""

__version__ = "0.1.0"


def main() -> None:
    """The console entry point; ``--version`` is answered before typer loads."""
    import sys

    if sys.argv[1:] == ["--version"]:
        sys.stdout.write(f"claimtrack {__version__}\n")
        return
    from claimtrack.cli import app

    app()
