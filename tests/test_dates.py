"""Publication dates: the common written forms are read without dateutil, exactly as dateutil reads them."""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from claimtrack import dates
from claimtrack.errors import InvalidInput

MONTHS = ["January", "jan", "JAN", "Jan.", "February", "Feb", "March", "april", "Apr", "May", "may", "June", "Jun",
          "July", "August", "Aug", "September", "Sept", "sept", "Sep", "October", "Oct", "November", "December", "Dec",
          "Mai", "Janvier", "Ju", "Sun", "Monday"]
DAYS = ["0", "1", "09", "29", "31", "32"]
YEARS = ["1799", "1800", "2023", "2024", "2200", "2201"]
FORMS = ["{d} {m} {y}", "{m} {d}, {y}", "{m} {d} {y}", "{m} {d},{y}", "{d} {m}, {y}", "{d}  {m}\t{y}"]


def _outcome(read, text):
    try:
        return read(text)
    except InvalidInput as error:
        return f"error: {error}"


def test_written_dates_read_as_dateutil_reads_them(monkeypatch):
    texts = [form.format(d=d, m=m, y=y) for form, d, m, y in itertools.product(FORMS, DAYS, MONTHS, YEARS)]
    ours = [_outcome(dates.parse_publication_date.__wrapped__, text) for text in texts]
    monkeypatch.setattr(dates, "_written_date", lambda cleaned: None)  # dateutil alone
    theirs = [_outcome(dates.parse_publication_date.__wrapped__, text) for text in texts]
    assert [(t, a) for t, a, b in zip(texts, ours, theirs) if a != b] == []
    assert sum(isinstance(o, date) for o in ours) > 1000  # many of them are dates


@pytest.mark.parametrize("text, expected", [
    ("16 April 2023", date(2023, 4, 16)),
    ("April 16, 2023", date(2023, 4, 16)),
    ("apr 16 2023", date(2023, 4, 16)),
    ("29 Feb 2024", date(2024, 2, 29)),
    ("Sept 3, 1999", date(1999, 9, 3)),
    ("29 Feb 2023", None),  # not a date: dateutil words the error
    ("31 April 2023", None),
    ("16 Avril 2023", None),
    ("16 April 2201", None),
    ("16th April 2023", None),
    ("2023-04-16", None),
])
def test_the_written_forms_read_without_dateutil(text, expected):
    assert dates._written_date(text) == expected


@pytest.mark.parametrize("text,moment,utc", [
    ("2025-09-04", None, None),  # a date alone
    ("4 September 2025", None, None),
    ("2025-09-04T09:00", "2025-09-04T09:00", "2025-09-04T09:00"),  # a time with no zone: as written
    ("4 September 2025, 9:30 pm", "2025-09-04T21:30", "2025-09-04T21:30"),
    ("Sept. 4, 2025 9 a.m.", "2025-09-04T09:00", "2025-09-04T09:00"),
    ("2025-09-04T09:00+03:00", "2025-09-04T09:00+03:00", "2025-09-04T06:00"),  # its zone kept, compared in UTC
    ("2025-09-04 23:30 -05:00", "2025-09-04T23:30-05:00", "2025-09-05T04:30"),  # the next day in UTC
    ("2025-09-04 09:00 UTC", "2025-09-04T09:00+00:00", "2025-09-04T09:00"),
    ("Sep 4, 2025 10:15 AM EDT", "2025-09-04T10:15", "2025-09-04T10:15"),  # a zone by letters: none known
])
def test_a_publication_date_s_time_of_day(text, moment, utc):
    assert dates.publication_time(text) == moment
    assert (dates.utc_moment(moment) if moment else None) == utc
    assert dates.utc_moment(text[:10]) == text[:10]


def test_a_time_of_day_on_a_date_that_cannot_be_read_is_refused():
    with pytest.raises(InvalidInput):
        dates.publication_time("04/05/2025 09:00")  # which is the month: not guessed
    with pytest.raises(InvalidInput):
        dates.publication_time("2025-09-04 25:00")
