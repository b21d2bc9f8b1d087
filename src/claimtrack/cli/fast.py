"""The daily read commands, answered without loading typer.

``claimtrack list --conflicts`` and ``claimtrack show ID`` are typed all day
and piped into other tools; typer and click cost ~35 ms to import, more than
the work itself. Command lines in the plain forms below are read here and run
by the very functions the typer commands call (cli/reads.py). Anything else
(help, completion, an unknown or repeated option, an option value that looks
like an option, ``--``...) returns None and goes to the typer application,
which gives its usual help and errors. tests/test_fast_path.py runs both paths
over the same command lines and compares their output.
"""

from __future__ import annotations

import os

# command -> (function in cli/reads.py, options taking a value, flags, positional parameters);
# option and flag names map to the function's keyword parameters.
COMMANDS: dict[str, tuple[str, dict[str, str], dict[str, str], tuple[str, ...]]] = {
    "list": (
        "list_claims",
        {"--case": "case", "--status": "status", "--verdict": "verdict", "--source": "source", "--outlet": "outlet",
         "--key": "key", "--tag": "tag"},
        {"--candidates": "candidates", "--conflicts": "conflicts", "--all": "all_states", "--exit-code": "exit_code",
         "--json": "as_json"},
        (),
    ),
    "show": ("show", {}, {"--json": "as_json"}, ("claim",)),
}


def parse(args: list[str]) -> tuple[str | None, str, dict] | None:
    """``(db, command, keyword arguments)`` for a command line read here, else None."""
    args = list(args)
    db = None
    if args and (args[0] == "--db" or args[0].startswith("--db=")):
        if args[0] == "--db":
            if len(args) < 2:
                return None
            db = args[1]
            del args[:2]
        else:
            db = args.pop(0)[len("--db="):]
        if not db or db.startswith("-") or os.path.isdir(db):
            return None
    if not args or args[0] not in COMMANDS:
        return None
    name, tokens = args[0], args[1:]
    _, options, flags, positional = COMMANDS[name]
    values: dict = {}
    given: list[str] = []
    while tokens:
        token = tokens.pop(0)
        if not token.startswith("-") or token == "-":
            given.append(token)
            continue
        option, equals, value = token.partition("=")
        if option in flags and not equals:
            parameter, value = flags[option], True
        elif option in options:
            if not equals:
                if not tokens:
                    return None
                value = tokens.pop(0)
            if value.startswith("-"):
                return None
            parameter = options[option]
        else:
            return None
        if parameter in values:
            return None
        values[parameter] = value
    if len(given) != len(positional):
        return None
    values.update(zip(positional, given))
    return db, name, values


def run(args: list[str]) -> int | None:
    """Run a command line read here and return its exit status; None if it is not one of them."""
    if any(variable.startswith("_CLAIMTRACK_COMPLETE") for variable in os.environ):
        return None  # shell completion is typer's
    parsed = parse(args)
    if parsed is None:
        return None
    db, name, values = parsed
    from claimtrack.cli import reads, state

    with state.guard(args):
        if db is None:
            state.STATE.db_option = None
        else:
            state.STATE.db_option = db
        return getattr(reads, COMMANDS[name][0])(**values) or 0
