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
        # Ctrl-C interrupts, as for a shell's foreground job, even where the tests run with SIGINT
        # ignored (a background job of a script): the command would inherit that and never see it
        signal.signal(signal.SIGINT, signal.SIG_DFL)
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


# --- a value must be stated by its quote ---------------------------------------------------------


@pytest.mark.parametrize("value,value_type,stated", [
    ("12", None, True), ("twelve", None, True), ("99", None, False), ("at least 40", None, True),
    ("40", None, True), ("41", None, False), ("3 days", None, True), ("72 hours", None, True),
    ("4 days", None, False), ("8 March 2026", None, True), ("9 March 2026", None, False), ("2026", "year", False),
    ("$3 million", None, True), ("$4 million", None, False), ("yes", None, None), ("in Medellin", "text", None),
])
def test_a_quote_states_a_value_when_its_words_read_as_it(value, value_type, stated):
    from claimtrack.stated import quote_states

    quote = "killed twelve in Medellin and at least 40 in all; it lasted three days from Sunday, costing $3 million"
    assert quote_states(quote, value, value_type, "2026-03-10") is stated


def test_claim_add_refuses_a_value_its_quote_does_not_state(run, quake, db_path):
    checkpoint(db_path)
    before = db_fingerprint(db_path)
    result = run("claim", "add", "99 died in Medellin", "--source", quake["a"], "--quote", "12 people in Medellin",
                 "--key", "quake.medellin.deaths", "--value", "99", expect=1)
    assert result.stderr == ("Error: the quote does not state the value '99': give the value in the quote's words, or"
                             " say where it comes from with --value-from-elsewhere \"...\"\n")
    assert db_fingerprint(db_path) == before
    claim = run("claim", "add", "99 died in Medellin", "--source", quake["a"], "--quote", "12 people in Medellin",
                "--key", "quake.medellin.deaths", "--value", "99",
                "--value-from-elsewhere", "Civil defence bulletin of 11 March").stdout.strip()
    [entry] = [h for h in run.json("show", claim, "--json")["history"] if h["action"] == "value-source"]
    assert (entry["new"], entry["note"]) == ("99", "Civil defence bulletin of 11 March")
    assert "value 99 is not in the quote; it comes from: Civil defence bulletin of 11 March" in run("show", claim).stdout


# --- bulk work ----------------------------------------------------------------------------------


def test_claim_edit_rekeys_every_claim_a_key_prefix_selects(run, quake, article):
    run("source", "add", article("c.txt", "The quake killed 9 people in Bello.\n", {"case": "other", "outlet": "X"}))
    elsewhere = run("claim", "add", "9 died", "--source", run.json("source", "list", "--json", "--case", "other")[0]["id"],
                    "--quote", "killed 9 people", "--key", "quake.medellin.deaths", "--value", "9").stdout.strip()
    result = run("claim", "edit", "--match-key", "quake.medellin", "--case", "quake", "--key", "quake.medellin.toll",
                 "--note", "one key for the city's toll")
    assert result.stdout.splitlines() == [
        f"{quake['twelve']}: key: quake.medellin.deaths -> quake.medellin.toll",
        f"{quake['fifteen']}: key: quake.medellin.deaths -> quake.medellin.toll"]
    assert result.stderr == "2 claims changed\n"
    assert run.json("show", elsewhere, "--json")["key"] == "quake.medellin.deaths"  # another case, left alone
    for claim in (quake["twelve"], quake["fifteen"]):
        [entry] = [h for h in run.json("show", claim, "--json")["history"] if h["action"] == "edit"]
        assert entry["note"] == "one key for the city's toll"
    assert run.json("list", "--conflicts", "--json")[0]["key"] == "quake.medellin.toll"


def test_claim_edit_takes_several_ids_and_skips_those_already_so(run, quake):
    run("claim", "edit", quake["twelve"], "--tag", "toll")
    result = run("claim", "edit", quake["twelve"], quake["fifteen"], "--tag", "toll")
    assert result.stdout == f"{quake['fifteen']}: tags: - -> toll\n"
    assert result.stderr == "1 claims changed, 1 said so already\n"
    assert "name the claims" in run("claim", "edit", "--key", "a.b", expect=2).stderr
    assert "no claim has a key starting with 'nothing.'" in run("claim", "edit", "--match-key", "nothing.", "--tag", "x",
                                                               expect=1).stderr


def test_accept_and_reject_take_a_key_prefix(run, quake):
    run("extract", "--case", "quake")
    candidates = run.json("list", "--candidates", "--json")
    keys = sorted({c["key"] for c in candidates})
    prefix = keys[0].split(".")[0] + "." + keys[0].split(".")[1]
    chosen = [c for c in candidates if c["key"].startswith(prefix)]
    result = run("claim", "reject", "--match-key", prefix, "--case", "quake", "--note", "another incident")
    assert result.stdout == f"rejected {len(chosen)}\n"
    assert {c["id"] for c in run.json("list", "--json", "--status", "rejected")} == {c["id"] for c in chosen}


# --- exports ------------------------------------------------------------------------------------


def test_csv_has_the_quote_outlet_and_evidence_addresses(run, quake):
    import csv
    import io

    run("note", quake["twelve"], "Morgue count", "--url", "https://example.org/morgue", "--stance", "supports")
    rows = {r["id"][:7]: r for r in csv.DictReader(io.StringIO(run("export", "--format", "csv", "--edition", "internal").stdout))}
    twelve = rows[quake["twelve"]]
    assert (twelve["quote"], twelve["outlet"], twelve["evidence_urls"]) == \
        ("killed 12 people", "Andes Daily", "https://example.org/morgue")


def test_json_export_names_no_local_path(run, quake, tmp_path, article):
    deep = tmp_path / "desk" / "inbox"
    deep.mkdir(parents=True)
    run("source", "add", article("desk/inbox/dawn.txt", "The quake killed 3 people in Bello.\n",
                                 {"case": "quake", "outlet": "Dawn"}))
    run("export", "--format", "case", "--case", "quake", tmp_path / "files")
    run("--db", tmp_path / "other.db", "import", tmp_path / "files")
    for db in (None, tmp_path / "other.db"):
        text = run(*(("--db", db) if db else ()), "export", "--format", "json", "--edition", "internal").stdout
        assert str(tmp_path) not in text and "/desk/" not in text
        assert db is not None or "dawn.txt" in text  # the file's own name stays


def test_export_can_hold_done_claims_only(run, quake):
    run("status", quake["twelve"], "in-review")
    run("verdict", quake["twelve"], "false", "--why", "The morgue counted 15")
    run("status", quake["twelve"], "done")
    run("status", quake["fifteen"], "in-review")
    run("verdict", quake["fifteen"], "true", "--why", "The morgue counted 15")
    every = json.loads(run("export", "--format", "json", "--edition", "internal").stdout)["claims"]
    done = json.loads(run("export", "--format", "json", "--edition", "internal", "--status", "done").stdout)["claims"]
    assert len(every) == 2 and [c["status"] for c in done] == ["done"]
    assert "did you mean 'done'" in run("export", "--status", "dnoe", expect=2).stderr


# --- taking things back, with history -------------------------------------------------------------


def test_a_retracted_claim_leaves_listings_reports_and_conflicts_but_stays_on_record(run, quake):
    assert run.json("list", "--conflicts", "--json")
    assert "say why" in run("claim", "retract", quake["fifteen"], "--reason", " ", expect=1).stderr
    result = run("claim", "retract", quake["fifteen"], "--reason", "test claim typed into the live case")
    assert result.stdout == f"{quake['fifteen']}: unverified -> retracted\n"
    assert [c["id"][:7] for c in run.json("list", "--json")] == [quake["twelve"]]
    assert run.json("list", "--conflicts", "--json") == []
    assert [c["id"][:7] for c in run.json("list", "--json", "--status", "retracted")] == [quake["fifteen"]]
    desk_report = run("export", "--format", "markdown", "--edition", "internal").stdout
    assert "12 died in Medellin" in desk_report and "15 died in Medellin" not in desk_report
    everything = json.loads(run("export", "--format", "json", "--edition", "internal").stdout)["claims"]
    assert {c["id"][:7]: c["status"] for c in everything}[quake["fifteen"]] == "retracted"  # every record, as ever
    shown = run("show", quake["fifteen"]).stdout
    assert "status:  retracted" in shown and "retract: unverified -> retracted  \u2014 test claim typed" in shown
    assert "was retracted; it takes no status" in run("status", quake["fifteen"], "in-review", expect=1).stderr
    assert "is retracted already" in run("claim", "retract", quake["fifteen"], "--reason", "x", expect=1).stderr


def test_unlinking_an_appearance_keeps_its_words_in_history_and_travels_in_case_files(run, quake, tmp_path):
    run("claim", "link", quake["twelve"], "--source", quake["b"], "--quote", "in Medellin")
    run("export", "--format", "case", "--case", "quake", tmp_path / "before")
    other = ("--db", tmp_path / "other.db")
    run(*other, "import", tmp_path / "before")
    assert "only appearance; retract the claim instead" in run("claim", "unlink", quake["fifteen"], "--source",
                                                              quake["b"], expect=1).stderr
    result = run("claim", "unlink", quake["twelve"], "--source", quake["b"], "--reason", "not the toll")
    assert result.stdout == f"{quake['twelve']}: unlinked from source {quake['b'][:7]} \u201cin Medellin\u201d\n"
    claim = run.json("show", quake["twelve"], "--json")
    assert [a["source"] for a in claim["appearances"]] == [run.json("source", "show", quake["a"], "--json")["id"]]
    [entry] = [h for h in claim["history"] if h["action"] == "unlink"]
    assert entry["note"].startswith("in Medellin [") and entry["note"].endswith("\u2014 not the toll")
    run("import", tmp_path / "before")  # the older files still hold it: it is not brought back
    assert len(run.json("show", quake["twelve"], "--json")["appearances"]) == 1
    run("export", "--format", "case", "--case", "quake", tmp_path / "before")  # exporting over them is allowed
    result = run(*other, "import", tmp_path / "before")  # the other desk takes the unlink
    assert "1 appearances removed" in result.stderr
    assert len(run.json(*other, "show", quake["twelve"], "--json")["appearances"]) == 1


def test_renaming_a_case_moves_everything_and_keeps_the_old_name_in_history(run, quake, tmp_path):
    conflict = run.json("list", "--conflicts", "--json")[0]["id"]
    run("conflict", "confirm", conflict, "--reason", "two tolls for one city")
    run("config", "set", "report.title", "The Medellin toll", "--case", "quake")
    run("export", "--format", "case", "--case", "quake", tmp_path / "files")
    result = run("case", "rename", "quake", "medellin-quake-2026")
    assert result.stdout == "quake -> medellin-quake-2026 (2 sources, 2 claims)\n"
    assert [c["name"] for c in run.json("case", "list", "--json")] == ["medellin-quake-2026"]
    assert {c["case"] for c in run.json("list", "--json")} == {"medellin-quake-2026"}
    [renamed] = run.json("list", "--conflicts", "--json")
    assert (renamed["id"], renamed["state"]) == (conflict, "confirmed")  # the decision kept, same ID
    run("claim", "add", "12 again", "--source", quake["a"], "--quote", "12 people in Medellin",
        "--key", "quake.medellin.deaths", "--value", "12")  # detection still finds the conflict's row
    assert [c["id"] for c in run.json("list", "--conflicts", "--json")] == [conflict]
    assert "no case 'quake'" in run("list", "--case", "quake", expect=1).stderr
    log = run.json("log", "--json", "--case", "medellin-quake-2026")
    assert [(e["action"], e["old"], e["new"]) for e in log if e["action"] == "rename"] == \
        [("rename", "quake", "medellin-quake-2026")]
    assert "The Medellin toll" in run("export", "--format", "markdown", "--edition", "internal").stdout
    run("export", "--format", "case", "--case", "medellin-quake-2026", tmp_path / "files")  # over its old files
    assert json.loads((tmp_path / "files" / "case.json").read_text())["name"] == "medellin-quake-2026"
    assert run("check").stdout == "ok\n"
    run("source", "add", "-", "--case", "other", input="Another story entirely.\n")
    assert "there is a case 'other' already" in run("case", "rename", "medellin-quake-2026", "other", expect=1).stderr
    assert "invalid case name" in run("case", "rename", "medellin-quake-2026", "Bad Name!", expect=1).stderr


def test_the_same_article_can_be_filed_under_a_second_case(run, quake, article, tmp_path):
    path = article("again.txt", QUAKE_A)
    again = run("source", "add", path)  # no case named: the source on record is it
    assert again.stdout == "" and "same text as source" in again.stderr and "not added again" in again.stderr
    copy = run("source", "add", path, "--case", "colombia-2026", "--outlet", "Andes Daily", "--json")
    [added] = json.loads(copy.stdout)
    assert added["added"] and added["id"] != run.json("source", "show", quake["a"], "--json")["id"]
    assert {s["case"] for s in run.json("source", "list", "--json") if s["outlet"] == "Andes Daily"} == \
        {"quake", "colombia-2026"}
    [entry] = [h for h in run.json("log", "--json", "--case", "colombia-2026") if h["action"] == "add"]
    assert f"the same text as source {run.json('source', 'show', quake['a'], '--json')['id']} in case quake" \
        in entry["note"]
    run("claim", "add", "12 died", "--source", added["id"], "--quote", "killed 12 people",
        "--key", "colombia.medellin.deaths", "--value", "12")
    assert "not added again" in run("source", "add", path, "--case", "colombia-2026").stderr
    run("export", "--format", "case", "--case", "colombia-2026", tmp_path / "colombia")
    run("export", "--format", "case", "--case", "quake", tmp_path / "quake")
    fresh = ("--db", tmp_path / "fresh.db")
    run(*fresh, "import", tmp_path / "quake")
    run(*fresh, "import", tmp_path / "colombia")
    assert len(run.json(*fresh, "source", "list", "--json")) == 3
    assert run(*fresh, "check").stdout == "ok\n" and run("check").stdout == "ok\n"
