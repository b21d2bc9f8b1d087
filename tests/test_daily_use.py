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
             signal_after: tuple[str, int] | None = None, timeout: float = 30) -> tuple[int, str]:
    """Run ``claimtrack ARGS`` on a pseudo-terminal ``columns`` wide: (exit status, everything it showed).

    ``keys``: (text to wait for, keys to type) in turn; ``signal_after``: (text to wait for, signal to send).
    """
    import fcntl
    import pty
    import struct
    import termios

    pid, fd = pty.fork()
    if pid == 0:  # the child: the command, on the terminal (its size from the terminal, as a shell leaves it)
        os.environ.pop("COLUMNS", None)
        os.environ.pop("LINES", None)
        os.environ.update(env or {})
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 40, columns, 0, 0))
        os.execv(sys.executable, [sys.executable, "-m", "claimtrack", *map(str, args)])
    shown, waiting, answered = b"", list(keys), 0
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
        if waiting and waiting[0][0] in text[answered:]:  # each prompt after the last one answered
            answered = text.index(waiting[0][0], answered) + len(waiting[0][0])
            os.write(fd, waiting.pop(0)[1].encode())
        if signal_after and signal_after[0] in text[answered:]:
            os.kill(pid, signal_after[1])
            signal_after = None
    while True:  # the child has closed the terminal, or the time is up
        finished, status = os.waitpid(pid, os.WNOHANG)
        if finished:
            break
        if time.monotonic() > deadline + 10:  # still waiting for keys it was never sent: the test fails on what it showed
            os.kill(pid, signal.SIGKILL)
        time.sleep(0.05)
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


# --- on a terminal ----------------------------------------------------------------------------

ESCAPE = re.compile(r"\x1b\[[0-9;]*m")


@pytest.mark.parametrize("args", [["list"], ["list", "--conflicts"], ["matrix"], ["show", "{twelve}"]])
def test_no_color_means_no_styling_on_a_terminal(quake, db_path, args):
    args = [a.format(**quake) for a in args]
    code, styled = terminal(args, env={"CLAIMTRACK_DB": str(db_path), "NO_COLOR": ""})
    assert code == 0 and ESCAPE.search(styled), styled  # the terminal does get styles without NO_COLOR
    code, plain = terminal(args, env={"CLAIMTRACK_DB": str(db_path), "NO_COLOR": "1"})
    assert code == 0 and "\x1b[" not in plain, plain
    assert ESCAPE.sub("", styled) == plain


def _seed_db(run, tmp_path):
    from conftest import SEED_CASE

    db = tmp_path / "seed.db"
    run("--db", db, "import", SEED_CASE)
    return db


def test_narrow_terminal_matrix_keeps_its_key_column(run, tmp_path):
    db = _seed_db(run, tmp_path)
    keys = run.json("--db", db, "matrix", "--json")["keys"]
    code, shown = terminal(["matrix"], columns=80, env={"CLAIMTRACK_DB": str(db), "NO_COLOR": "1"})
    assert code == 0
    lines = shown.splitlines()
    assert lines[0].split()[0] == "key" and max(map(len, lines)) <= 80
    for key in keys:  # every key is there, broken (if at all) after a '.' or a '-'
        assert all(part in shown for part in re.split(r"(?<=[.-])", key)), key


def test_narrow_terminal_list_breaks_keys_between_words(run, tmp_path):
    db = _seed_db(run, tmp_path)
    keys = {c["key"] for c in run.json("--db", db, "list", "--json")}
    code, shown = terminal(["list"], columns=80, env={"CLAIMTRACK_DB": str(db), "NO_COLOR": "1"})
    assert code == 0 and max(map(len, shown.splitlines())) <= 80
    words = {word for key in keys for word in re.split(r"[.-]", key) if len(word) > 4}
    assert [word for word in sorted(words) if not re.search(rf"(?<![a-z]){word}(?![a-z])", shown)] == []


def test_extract_progress_says_what_it_counts(run, quake, db_path):
    code, shown = terminal(["extract", "--case", "quake"], columns=120, env={"CLAIMTRACK_DB": str(db_path)})
    assert code == 0
    assert "2/2 sources read and stored" in ESCAPE.sub("", shown)


@pytest.fixture
def candidates(run, quake):
    run("extract", "--case", "quake")
    assert run.json("list", "--candidates", "--json")
    return quake


def test_review_asks_again_after_an_answer_it_does_not_know(candidates, db_path):
    code, shown = terminal(["review"], env={"CLAIMTRACK_DB": str(db_path), "NO_COLOR": "1"},
                           keys=[("[q]uit", "yes please\r"), ("type a, r, e, s or q", "q\r")])
    assert code == 0
    assert "'yes please' is not an answer: type a, r, e, s or q" in shown
    assert shown.count("[q]uit") == 2 and shown.count("[1/") == 1  # asked again, the candidate not skipped
    assert "accepted 0, rejected 0, edited 0, skipped 0" in shown


def test_review_ctrl_c_exits_130_keeping_what_was_decided(run, candidates, db_path):
    first = run.json("list", "--candidates", "--json")[0]["id"]
    code, shown = terminal(["review"], env={"CLAIMTRACK_DB": str(db_path), "NO_COLOR": "1"},
                           keys=[("[q]uit", "r\r"), ("[2/", "\x03")])
    assert code == 130, shown
    assert "accepted 0, rejected 1, edited 0, skipped 0" in shown and shown.rstrip().endswith("Error: interrupted")
    assert run.json("show", first, "--json")["status"] == "rejected"


def test_review_refuses_a_bad_key_before_asking_the_value(candidates, db_path):
    code, shown = terminal(["review"], env={"CLAIMTRACK_DB": str(db_path), "NO_COLOR": "1"},
                           keys=[("[q]uit", "e\r"), ("key [", "Deaths In Medellin\r"), ("invalid key", "quake.deaths\r"),
                                 ("value [", "\r"), ("statement [", "\r"), ("[q]uit", "q\r")])
    assert code == 0, shown
    assert shown.index("invalid key 'Deaths In Medellin'") < shown.index("value [")
    assert "edited 1" in shown
