"""Case files: lossless round trips, conflict decisions, and merging two people's work with git."""

from __future__ import annotations

import filecmp
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, SEED_CASE, SHIPPED_CASE

DURATION = "li-shangfu.moscow-visit.duration"


def tree(directory: Path) -> dict[str, bytes]:
    return {str(p.relative_to(directory)): p.read_bytes() for p in sorted(directory.rglob("*")) if p.is_file()}


def claim_id(run, key: str, value: str) -> str:
    return next(c["id"] for c in run.json("list", "--json", "--key", key) if c["value"] == value)


def test_seed_case_round_trips_byte_for_byte(seeded, tmp_path):
    seeded("export", "--format", "case", tmp_path / "out")
    assert tree(tmp_path / "out") == tree(SEED_CASE)


def test_round_trip_with_decisions_verdicts_and_notes(seeded, tmp_path):
    three, four = claim_id(seeded, DURATION, "three-day"), claim_id(seeded, DURATION, "four-day")
    seeded("status", three, "in-review")
    seeded("verdict", three, "mostly-true", "--why", "Two outlets say three days")
    seeded("verdict", three, "true", "--why", "The Kremlin readout says three days", "--note", "Kremlin readout")
    seeded("note", four, "Only one outlet says four days", "--url", "https://example.org/x", "--stance", "refutes")
    conflicts = {c["key"]: c["id"] for c in seeded.json("list", "--conflicts", "--json")}
    seeded("conflict", "resolve", conflicts[DURATION], "--side", three, "--why", "Kremlin readout: three days")
    seeded("conflict", "confirm", conflicts["china.lethal-aid-to-russia.agreed"])
    seeded("conflict", "reopen", conflicts["china.lethal-aid-to-russia.agreed"])
    first = tmp_path / "first"
    result = seeded("export", "--format", "case", first)
    assert "2 conflict decisions" in result.stderr
    assert sorted(p.name for p in (first / "conflicts").iterdir()) == sorted(f"{c}.json" for c in conflicts.values())
    decision = json.loads((first / "conflicts" / f"{conflicts[DURATION]}.json").read_text(encoding="utf-8"))
    assert decision["state"] == "resolved" and decision["reason"] == "Kremlin readout: three days"
    assert [h["action"] for h in decision["history"]] == ["resolve"]

    other = tmp_path / "other.db"
    imported = seeded("--db", other, "import", first)
    assert "1 decisions applied" in imported.stderr  # the reopened one is open anyway; its history comes along
    second = tmp_path / "second"
    seeded("--db", other, "export", "--format", "case", second)
    assert tree(second) == tree(first)
    shown = seeded.json("--db", other, "conflict", "show", conflicts[DURATION], "--json")
    assert shown["state"] == "resolved" and shown["resolution"]["value"] == "three-day"
    assert seeded.json("--db", other, "show", three, "--json")["verdict"] == "true"
    # importing again changes nothing
    assert "nothing new" in seeded("--db", other, "import", first).stderr


def _origins(db: Path) -> dict[str, str | None]:
    with sqlite3.connect(db) as conn:
        return dict(conn.execute("SELECT id, origin FROM claims"))


def test_extracted_candidates_keep_their_origin(seeded, db_path, tmp_path):
    seeded("extract")
    made = _origins(db_path)
    assert set(made.values()) == {None, "extract"}  # the seed case's claims were added by hand
    seeded("export", "--format", "case", tmp_path / "out")
    files = [json.loads(p.read_text(encoding="utf-8")) for p in (tmp_path / "out" / "claims").glob("*.json")]
    assert {record["id"]: record["origin"] for record in files} == made
    other = tmp_path / "other.db"
    seeded("--db", other, "import", tmp_path / "out")
    assert _origins(other) == made


def test_decision_about_other_values_leaves_the_conflict_open(seeded, tmp_path):
    conflict = seeded.json("list", "--conflicts", "--json", "--key", DURATION)[0]["id"]
    seeded("conflict", "dismiss", conflict, "--reason", "different visits")
    seeded("export", "--format", "case", tmp_path / "case")
    path = tmp_path / "case" / "conflicts" / f"{conflict}.json"
    record = json.loads(path.read_text(encoding="utf-8"))
    record["fingerprint"] = "0000000000000000"
    path.write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    result = seeded("--db", tmp_path / "other.db", "import", tmp_path / "case")
    assert "1 decisions skipped" in result.stderr
    shown = seeded.json("--db", tmp_path / "other.db", "conflict", "show", conflict, "--json")
    assert shown["state"] == "open"
    actions = [h["action"] for h in shown["history"]]
    assert "dismiss" in actions and actions.count("reopen") == 1


@pytest.mark.parametrize("change, message", [
    (lambda r: r.update(state="maybe"), "unknown state 'maybe'"),
    (lambda r: r.update(id="kbad"), "bad conflict id"),
    (lambda r: r.update(resolution="side one"), "resolution must be an object"),
    (lambda r: r["history"][0].update(entity_id="kzzzzzzzzzzzzzzzzzzzz"), "not this conflict"),
])
def test_bad_conflict_files_are_refused_before_anything_is_written(seeded, tmp_path, change, message):
    conflict = seeded.json("list", "--conflicts", "--json", "--key", DURATION)[0]["id"]
    seeded("conflict", "confirm", conflict)
    seeded("export", "--format", "case", tmp_path / "case")
    path = tmp_path / "case" / "conflicts" / f"{conflict}.json"
    record = json.loads(path.read_text(encoding="utf-8"))
    change(record)
    path.write_text(json.dumps(record), encoding="utf-8")
    result = seeded("--db", tmp_path / "other.db", "import", tmp_path / "case", expect=1)
    assert message in result.stderr and str(path) in result.stderr
    assert seeded.json("--db", tmp_path / "other.db", "case", "list", "--json") == []


# --- two people, one case, git ------------------------------------------------------


def git(repo: Path, *args: str) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.org", "GIT_CONFIG_NOSYSTEM": "1", "HOME": str(repo.parent)}
    result = subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, env=env)
    assert result.returncode == 0, f"git {' '.join(args)}:\n{result.stdout}\n{result.stderr}"
    return result.stdout


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_two_people_merge_their_case_directories_with_git(run, tmp_path, monkeypatch):
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    case = repo / "case"
    shutil.copytree(SEED_CASE, case)
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "seed")

    # Alice adds a claim (and a note) on her own database
    git(repo, "checkout", "-q", "-b", "alice")
    monkeypatch.setenv("CLAIMTRACK_USER", "alice")
    alice = ("--db", tmp_path / "alice.db")
    run(*alice, "import", case)
    warsaw = next(s["id"] for s in run.json(*alice, "source", "list", "--json") if s["outlet"] == "Warsaw Institute")
    added = run(*alice, "claim", "add", "Li Shangfu was received by Putin in the Kremlin", "--source", warsaw,
                "--quote", "Li Shangfu", "--key", "li-shangfu.putin-meeting.place").stdout.strip()
    run(*alice, "export", "--format", "case", case)
    [new_file] = [line[3:] for line in git(repo, "status", "--porcelain", "-uall").split("\n") if line]
    assert new_file.startswith(f"case/claims/{added}") and new_file.endswith(".json")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "alice: new claim")

    # Bob, from the same starting point, reviews an existing claim and decides a conflict
    git(repo, "checkout", "-q", "main")
    git(repo, "checkout", "-q", "-b", "bob")
    monkeypatch.setenv("CLAIMTRACK_USER", "bob")
    bob = ("--db", tmp_path / "bob.db")
    run(*bob, "import", case)
    three = next(c["id"] for c in run.json(*bob, "list", "--json", "--key", DURATION) if c["value"] == "three-day")
    run(*bob, "status", three, "in-review")
    run(*bob, "verdict", three, "true", "--why", "Kremlin readout", "--note", "Kremlin readout")
    conflict = run.json(*bob, "list", "--conflicts", "--json", "--key", DURATION)[0]["id"]
    run(*bob, "conflict", "resolve", conflict, "--side", three, "--why", "Kremlin readout: three days")
    run(*bob, "export", "--format", "case", case)
    changed = sorted(line[3:] for line in git(repo, "status", "--porcelain", "-uall").split("\n") if line)
    assert changed == [f"case/claims/{three}.json", f"case/conflicts/{conflict}.json"]
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "bob: verdict and decision")

    # the merge has no conflict, and the merged directory imports as the union
    git(repo, "checkout", "-q", "main")
    git(repo, "merge", "-q", "--no-edit", "alice")
    git(repo, "merge", "-q", "--no-edit", "bob")
    assert (repo / new_file).exists()
    fresh = ("--db", tmp_path / "fresh.db")
    run(*fresh, "import", case)
    claims = {c["id"]: c for c in run.json(*fresh, "list", "--json")}
    assert len(claims) == 34
    [place] = [c for c in claims.values() if c["key"] == "li-shangfu.putin-meeting.place"]
    assert place["id"].startswith(added)
    assert claims[three]["verdict"] == "true"
    assert run.json(*fresh, "conflict", "show", conflict, "--json")["state"] == "resolved"
    out = tmp_path / "again"
    run(*fresh, "export", "--format", "case", out)
    assert tree(out) == tree(case)



def test_a_new_appearance_of_a_claim_edited_since_takes_the_claims_stored_value_and_key(run, tmp_path, monkeypatch):
    """Desk B links a claim to another source; desk A, later, edits that claim's value and key. A's
    claim is the newer, so importing B's files keeps it, and B's new appearance must read A's value:
    read with B's older value, it would make the claim contradict itself under its new key."""
    a, b, files = ("--db", tmp_path / "a.db"), ("--db", tmp_path / "b.db"), tmp_path / "b-files"
    monkeypatch.setenv("CLAIMTRACK_NOW", "2024-05-01T10:00:00Z")
    run(*a, "import", SEED_CASE)
    run(*b, "import", SEED_CASE)
    four = next(c["id"] for c in run.json(*b, "list", "--json", "--key", DURATION) if c["value"] == "four-day")
    warsaw = next(s["id"] for s in run.json(*b, "source", "list", "--json") if s["outlet"] == "Warsaw Institute")
    monkeypatch.setenv("CLAIMTRACK_NOW", "2024-05-01T11:00:00Z")
    run(*b, "claim", "link", four, "--source", warsaw, "--quote", "Li Shangfu")
    run(*b, "export", "--format", "case", files)
    monkeypatch.setenv("CLAIMTRACK_NOW", "2024-05-01T12:00:00Z")
    run(*a, "claim", "edit", four, "--value", "five-day", "--key", "li-shangfu.moscow-visit.length")

    run(*a, "import", files)
    claim = run.json(*a, "show", four, "--json")
    assert (claim["value"], claim["key"]) == ("five-day", "li-shangfu.moscow-visit.length")
    assert len(claim["appearances"]) == 2
    assert {appearance["normalized"] for appearance in claim["appearances"]} == {claim["normalized"]}
    conn = sqlite3.connect(tmp_path / "a.db")
    assert conn.execute("SELECT DISTINCT key FROM appearances WHERE claim_id = ?", (four,)).fetchall() \
        == [("li-shangfu.moscow-visit.length",)]
    conn.close()
    assert run.json(*a, "list", "--conflicts", "--json", "--key", "li-shangfu.moscow-visit") == []


# --- packaging ----------------------------------------------------------------------


def test_build_ships_the_seed_case_in_the_package(tmp_path):
    """A non-editable build copies claims/ into claimtrack/data/cases/, where `claimtrack demo` looks."""
    checkout = tmp_path / "checkout"
    checkout.mkdir()
    for name in ("setup.py", "pyproject.toml", "MANIFEST.in"):
        shutil.copy(ROOT / name, checkout / name)
    shutil.copytree(ROOT / "claims", checkout / "claims")
    shutil.copytree(ROOT / "src" / "claimtrack", checkout / "src" / "claimtrack",
                    ignore=shutil.ignore_patterns("__pycache__", "data"))
    result = subprocess.run([sys.executable, "setup.py", "-q", "build_py", "--build-lib", str(tmp_path / "lib")],
                            cwd=checkout, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    shipped = tmp_path / "lib" / "claimtrack" / "data" / "cases" / "li-shangfu-moscow-2023"
    assert filecmp.dircmp(shipped, SHIPPED_CASE).diff_files == []
    assert tree(shipped) == tree(SHIPPED_CASE)
