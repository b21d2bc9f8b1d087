"""Daily use without surprises: what a fact-checker tripped over in a week's work, end to end.

Each test runs the commands on a temporary database, as a person would;
what only shows on a terminal (colour, width, Ctrl-C, the progress bar) runs
through a pseudo-terminal (see ``terminal``).
"""

from __future__ import annotations

import json
import os
import re
import select
import signal
import subprocess
import sys
import time

import pytest

from conftest import checkpoint, db_fingerprint

QUAKE_A = ("The earthquake killed 12 people in Medellin and 40 across the region, the governor said on Sunday. "
           "The quake lasted 45 seconds.\n")
QUAKE_B = "Officials said the earthquake killed 15 people in Medellin, and rescuers were still searching on Monday.\n"


@pytest.fixture
def quake(run, article):
    run("source", "add", article("a.txt", QUAKE_A, {"outlet": "Andes Daily", "published": "2026-03-10",
                                                    "case": "quake"}))
    run("source", "add", article("b.txt", QUAKE_B, {"outlet": "Valley Post", "published": "2026-03-10",
                                                    "case": "quake"}))
    ids = {s["outlet"]: s["id"] for s in run.json("source", "list", "--json")}
    twelve = run("claim", "add", "12 died in Medellin", "--source", ids["Andes Daily"], "--quote", "killed 12 people",
                 "--key", "quake.medellin.deaths", "--value", "12").stdout.strip()
    fifteen = run("claim", "add", "15 died in Medellin", "--source", ids["Valley Post"], "--quote",
                  "killed 15 people", "--key", "quake.medellin.deaths", "--value", "15").stdout.strip()
    return {"a": ids["Andes Daily"], "b": ids["Valley Post"], "twelve": twelve, "fifteen": fifteen}


def terminal(args: list[str], *, columns: int = 80, env: dict | None = None, keys: list[tuple[str, str]] = (),
             signal_after: tuple[str, int] | None = None, timeout: float = 60) -> tuple[int, str]:
    """Run ``claimtrack ARGS`` on a pseudo-terminal ``columns`` wide: (exit status, everything it showed).

    ``keys``: (text to wait for, keys to type) in turn; ``signal_after``: (text to wait for, signal to send).
    """
    import fcntl
    import pty
    import struct
    import termios

    pid, fd = pty.fork()
    if pid == 0:  # the child: the command, on the terminal
        os.environ.update(env or {})
        os.execv(sys.executable, [sys.executable, "-m", "claimtrack", *map(str, args)])
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, columns, 0, 0))
    os.kill(pid, signal.SIGWINCH)
    shown, waiting = b"", list(keys)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.1)
        if ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:  # the child has closed the terminal
                break
            if not chunk:
                break
            shown += chunk
        text = shown.decode("utf-8", "replace")
        if waiting and waiting[0][0] in text:
            os.write(fd, waiting.pop(0)[1].encode())
        if signal_after and signal_after[0] in text:
            os.kill(pid, signal_after[1])
            signal_after = None
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    return os.waitstatus_to_exitcode(status), shown.decode("utf-8", "replace").replace("\r\n", "\n")


# --- log, conflict show, claim link, help -------------------------------------------------------


def test_log_limit_shows_the_newest_entries(run, quake):
    run("note", quake["twelve"], "first look")
    run("status", quake["twelve"], "in-review")
    every = run.json("log", "--json")
    newest = run.json("log", "--json", "--limit", "2")
    assert newest == every[-2:] and [e["action"] for e in newest] == ["note", "status"]
    shown = run("log", "--limit", "2").stdout.splitlines()
    assert len(shown) == 2 and shown[-1].endswith("status: unverified -> in-review")


def test_a_reopened_conflict_no_longer_says_which_side_holds(run, quake, article):
    conflict = run.json("list", "--conflicts", "--json")[0]["id"]
    run("conflict", "resolve", conflict, "--side", "2", "--why", "The later count")
    assert "holds: side 2 (15)" in run("conflict", "show", conflict).stdout
    run("source", "add", article("c.txt", "The earthquake killed 17 people in Medellin.\n",
                                 {"outlet": "Coast Wire", "published": "2026-03-11", "case": "quake"}))
    source = next(s["id"] for s in run.json("source", "list", "--json") if s["outlet"] == "Coast Wire")
    run("claim", "add", "17 died", "--source", source, "--quote", "killed 17 people", "--key", "quake.medellin.deaths",
        "--value", "17")
    shown = run("conflict", "show", conflict).stdout
    assert "state: open" in shown and "holds:" not in shown
    record = run.json("conflict", "show", conflict, "--json")
    assert record["resolution"] is None
    assert "(side 2, 15, had been held)" in record["history"][-1]["note"]  # what held is kept in history


def test_claim_link_says_what_it_linked(run, quake):
    result = run("claim", "link", quake["twelve"], "--source", quake["b"], "--quote", "in Medellin")
    assert result.stdout == f"{quake['twelve']}: linked to source {quake['b'][:7]} \u201cin Medellin\u201d\n"


def test_help_examples_run_and_the_metadata_block_keeps_its_lines(run, quake):
    shown = run("source", "show", "--help").stdout
    example = re.search(r"Example: (claimtrack source show) \S+", shown)
    assert example
    run("source", "show", quake["a"], "--no-text")  # the example's command, with a real ID
    assert "    ---\n      outlet: Warsaw Institute\n      published: 24 April 2023\n      ---\n" in \
        run("source", "add", "--help").stdout


# --- misspelled choices are usage errors, with the likely word ----------------------------------


@pytest.mark.parametrize("args,message", [
    (["status", "{twelve}", "in-reveiw"], "unknown status 'in-reveiw'; did you mean 'in-review'? choose one of:"),
    (["verdict", "{twelve}", "flase", "--why", "x"], "unknown verdict 'flase'; did you mean 'false'? choose one of:"),
    (["list", "--status", "unverifed"], "unknown status 'unverifed'; did you mean 'unverified'?"),
    (["note", "{twelve}", "x", "--stance", "suports"], "unknown note stance 'suports'; did you mean 'supports'?"),
    (["status", "{twelve}", "zzz"], "unknown status 'zzz'; choose one of:"),
])
def test_a_misspelled_choice_exits_2_with_the_word_meant(run, quake, db_path, args, message):
    checkpoint(db_path)
    before = db_fingerprint(db_path)
    result = run(*[a.format(**quake) for a in args], expect=2)
    assert result.stderr.startswith(f"Error: {message}") and result.stderr.count("\n") == 1, result.stderr
    assert db_fingerprint(db_path) == before


# --- an unknown case is an error, not an empty result -------------------------------------------


@pytest.mark.parametrize("args", [["list"], ["list", "--json"], ["list", "--conflicts"], ["matrix"], ["log"],
                                  ["source", "list"], ["review"], ["extract"], ["export"]])
def test_an_unknown_case_is_named_as_such(run, quake, args):
    result = run(*args, "--case", "qauke", expect=1)
    assert result.stderr == "Error: no case 'qauke' (cases: quake)\n"
