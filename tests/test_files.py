"""Files written whole or not at all (claimtrack.files), and the modes exports leave."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from claimtrack.files import atomic_text


@pytest.fixture
def umask():
    """Set the process's umask for one test."""
    saved = os.umask(0o022)
    os.umask(saved)
    yield os.umask
    os.umask(saved)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("mask, mode", [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)])
def test_a_new_file_gets_the_mode_open_would_give_it(tmp_path, umask, mask, mode):
    umask(mask)
    target = tmp_path / "report.md"
    with atomic_text(target) as handle:
        handle.write("# Report\n")
    assert target.read_text(encoding="utf-8") == "# Report\n"
    assert _mode(target) == mode
    assert os.listdir(tmp_path) == ["report.md"]


def test_a_failure_leaves_the_target_as_it_was_and_no_partial_file(tmp_path):
    target = tmp_path / "report.md"
    target.write_text("old\n", encoding="utf-8")
    with pytest.raises(KeyboardInterrupt):
        with atomic_text(target) as handle:
            handle.write("half of the new")
            raise KeyboardInterrupt
    assert target.read_text(encoding="utf-8") == "old\n"
    assert os.listdir(tmp_path) == ["report.md"]


def test_a_stop_as_the_file_is_created_removes_it(tmp_path, monkeypatch):
    """Ctrl-C or SIGTERM landing the moment the file exists, before the writer has it in hand."""
    import claimtrack.files

    real_open = os.open

    def open_then_stop(path, flags, mode=0o777):
        real_open(path, flags, mode)
        raise KeyboardInterrupt

    target = tmp_path / "report.md"
    monkeypatch.setattr(claimtrack.files.os, "open", open_then_stop)
    with pytest.raises(KeyboardInterrupt):
        with atomic_text(target):
            pass
    assert list(tmp_path.iterdir()) == []


def test_a_name_already_taken_is_left_alone(tmp_path, monkeypatch):
    import claimtrack.files

    monkeypatch.setattr(claimtrack.files.secrets, "token_hex", lambda n: "0" * (2 * n))
    taken = tmp_path / ".report.md.00000000.tmp"
    taken.write_text("someone else's", encoding="utf-8")
    with pytest.raises(FileExistsError):
        with atomic_text(tmp_path / "report.md"):
            pass
    assert taken.read_text(encoding="utf-8") == "someone else's"
    assert not (tmp_path / "report.md").exists()


def test_newlines_are_written_as_asked(tmp_path):
    target = tmp_path / "rows.csv"
    with atomic_text(target, newline="") as handle:
        handle.write("a,b\r\n")
    assert target.read_bytes() == b"a,b\r\n"


def test_case_files_and_reports_are_readable_by_others_under_the_usual_umask(seeded, tmp_path, umask):
    umask(0o022)
    seeded("export", "--format", "case", tmp_path / "case")
    seeded("export", "--format", "markdown", "-o", tmp_path / "report.md")
    written = [path for path in (tmp_path / "case").rglob("*") if path.is_file()]
    assert written and {_mode(path) for path in written} == {0o644}
    assert _mode(tmp_path / "report.md") == 0o644
