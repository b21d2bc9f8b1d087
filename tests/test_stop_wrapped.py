"""A stop that arrives while Python is making a class comes out wrapped in a RuntimeError
("Error calling __set_name__"): it is still reported as the stop it is, in one line."""

from __future__ import annotations

import signal

import pytest

from claimtrack.cli.state import Terminated, guard


class _Field:
    def __init__(self, stop: BaseException) -> None:
        self.stop = stop

    def __set_name__(self, owner, name) -> None:
        raise self.stop


def _make_class(stop: BaseException) -> None:
    type("Report", (), {"settings": _Field(stop)})


@pytest.mark.parametrize("stop,code,line", [
    (Terminated(signal.SIGTERM), 128 + signal.SIGTERM, "Error: terminated"),
    (KeyboardInterrupt(), 130, "Error: interrupted"),
])
def test_a_stop_wrapped_by_python_is_reported_as_the_stop(stop, code, line, capsys):
    with pytest.raises(SystemExit) as exited:
        with guard([]):
            _make_class(stop)
    assert exited.value.code == code
    assert capsys.readouterr().err.splitlines() == [line]


def test_an_error_that_wraps_no_stop_is_left_to_propagate():
    with pytest.raises(RuntimeError):
        with guard([]):
            _make_class(ValueError("not a stop"))
