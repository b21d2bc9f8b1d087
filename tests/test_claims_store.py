"""Storing new claims: the rows ``add_many`` builds column by column, and ``add_read``
(extraction's path, claims read already) storing exactly what ``add_many`` stores."""

from __future__ import annotations

import sqlite3

import pytest

NOW = "2024-05-11T09:00:00.000000Z"
TEXT = (
    "The earthquake struck on Sunday, killing at least 40 people, officials said.\n\n"
    "Rescuers said the quake was of magnitude 5.0 and lasted three days of aftershocks.\n"
)
PUBLISHED = "2024-05-12"


def _actor():
    from claimtrack.context import Actor

    return Actor(clock=lambda: NOW, _name="tester")


@pytest.fixture
def source(tmp_path):
    """(connection, source ID) of a database holding one source."""
    from claimtrack import sources, storage

    conn = storage.connect(tmp_path / "claims.db", now=NOW)
    with storage.write(conn):
        source_id = sources.add(conn, _actor(), sources.SourceInput(sources.normalize_text(TEXT), {}, "quake"),
                                {"case": "quake", "outlet": "Wire", "published": PUBLISHED})
    assert conn.execute("SELECT text FROM sources").fetchone()[0] == TEXT
    yield conn, source_id
    conn.close()


CLAIMS = [
    dict(statement="At least 40 people were killed.", quote="killing at least 40", key="quake.deaths",
         value="at  least 40 ", value_type="count", attribution=" officials   said"),
    dict(statement="  The quake was of\tmagnitude 5. ", quote="magnitude 5.0", key="Quake.Magnitude", value="5.0",
         tags=["Seismic", "first-pass", "seismic"], stance=" Denies", status="Candidate", origin="extract"),
    dict(statement="It struck on Sunday.", quote="on Sunday", key="quake.date", value="Sunday", value_type=" Date",
         status="candidate", origin="extract", near=0),
    dict(statement="Aftershocks lasted three days.", quote="three days", key="quake.aftershocks", value="three days",
         value_type="duration", status="candidate", origin="extract", attribution="   "),
]


def _rows(conn: sqlite3.Connection) -> dict:
    """Every stored row, as dicts, claim and appearance IDs replaced by their order of creation."""
    conn.row_factory = sqlite3.Row
    name: dict[str, str] = {}
    for n, row in enumerate(conn.execute("SELECT id FROM claims ORDER BY rowid")):
        name[row["id"]] = f"claim {n}"
    for n, row in enumerate(conn.execute("SELECT id FROM appearances ORDER BY rowid")):
        name[row["id"]] = f"appearance {n}"
    rename = lambda value: name.get(value, value)
    out = {}
    for table, order in (("claims", "rowid"), ("appearances", "rowid"), ("claim_tags", "rowid"),
                         ("history", "at, id")):
        out[table] = [{k: rename(v) for k, v in dict(row).items() if not (table == "history" and k == "id")}
                      for row in conn.execute(f"SELECT * FROM {table} WHERE {_NOT_SOURCES[table]} ORDER BY {order}")]
    return out


_NOT_SOURCES = {"claims": "1", "appearances": "1", "claim_tags": "1", "history": "entity != 'source'"}


def test_add_many_stores_each_column_as_checked(source):
    from claimtrack import anchor, claims, storage

    conn, source_id = source
    with storage.write(conn):
        made = claims.add_many(conn, _actor(), source_id, [dict(claim) for claim in CLAIMS[:2]], refresh=False)
    rows = _rows(conn)
    assert [row["id"] for row in rows["claims"]] == ["claim 0", "claim 1"]
    first, second = rows["claims"]
    assert first == {
        "id": "claim 0", "case_name": "quake", "statement": "At least 40 people were killed.", "key": "quake.deaths",
        "value": "at least 40", "value_type": "count", "normalized": first["normalized"],
        "value_json": first["value_json"], "status": "unverified", "verdict": None, "created_at": NOW,
        "created_by": "tester", "updated_at": NOW, "origin": None, "rationale": None}
    assert first["normalized"].startswith("count ") and '"canonical"' in first["value_json"]
    assert (second["statement"], second["key"], second["status"], second["origin"]) == \
        ("The quake was of magnitude 5.", "quake.magnitude", "candidate", "extract")
    appearance = rows["appearances"][0]
    start = TEXT.index("killing at least 40")
    assert appearance == {
        "id": "appearance 0", "claim_id": "claim 0", "source_id": source_id, "quote": "killing at least 40",
        "start": start, "end": start + len("killing at least 40"), "before": appearance["before"],
        "after": appearance["after"], "stance": "asserts", "attribution": "officials said",
        "normalized": first["normalized"], "value_json": first["value_json"], "created_at": NOW,
        "created_by": "tester", "case_name": "quake", "key": "quake.deaths", "field": None}
    assert (appearance["before"], appearance["after"]) == anchor.context(TEXT, start, appearance["end"])
    assert rows["appearances"][1]["stance"] == "denies"
    assert rows["claim_tags"] == [{"claim_id": "claim 1", "tag": "first-pass"},
                                  {"claim_id": "claim 1", "tag": "seismic"}]
    assert [(h["entity_id"], h["claim_id"], h["action"], h["field"], h["old"], h["new"], h["note"])
            for h in rows["history"]] == [
        ("claim 0", "claim 0", "create", None, None, "At least 40 people were killed.",
         "key=quake.deaths value=at least 40 status=unverified"),
        ("claim 0", "claim 0", "link", "appearance", None, source_id, "killing at least 40"),
        ("claim 1", "claim 1", "create", None, None, "The quake was of magnitude 5.",
         "key=quake.magnitude value=5.0 status=candidate"),
        ("claim 1", "claim 1", "link", "appearance", None, source_id, "magnitude 5.0"),
    ]
    assert all((h["at"], h["author"], h["entity"]) == (NOW, "tester", "claim") for h in rows["history"])
    assert made == [row["id"] for row in conn.execute("SELECT id FROM claims ORDER BY rowid")]


def _packed(reading) -> tuple:
    """A reading as extraction's worker processes send it: plain tuples."""
    return (tuple(reading.anchor), *reading[1:])


def test_read_plain_is_read_as_plain_tuples():
    from claimtrack import claims

    for claim in CLAIMS:
        plain = claims.read_plain(TEXT, PUBLISHED, claim["quote"], claim.get("near"), claim.get("value"),
                                  claim.get("value_type"))
        assert plain == _packed(claims.read(TEXT, PUBLISHED, claim))
        assert type(plain[0]) is tuple and all(type(part) in (tuple, bool) for part in plain)


@pytest.mark.parametrize("packed", [False, True])
def test_add_read_stores_what_add_many_stores(source, tmp_path, packed):
    """Extraction's path: the claims read beforehand, stance, tags, status and origin shared."""
    from claimtrack import claims, storage

    conn, source_id = source
    path = tmp_path / "copy.db"
    conn.execute("VACUUM INTO ?", (str(path),))
    copy = storage.connect(path, now=NOW)
    wanted = [{**claim, "status": "candidate", "origin": "extract"} for claim in CLAIMS]
    for claim in wanted:
        claim.pop("tags", None), claim.pop("stance", None)
    readings = [claims.read(TEXT, PUBLISHED, claim) for claim in wanted]
    with storage.write(conn):
        by_dicts = claims.add_many(conn, _actor(), source_id,
                                   [{**claim, "reading": reading} for claim, reading in zip(wanted, readings)])
    with storage.write(copy):
        read = claims.add_read(copy, _actor(), source_id, [
            (c["statement"], c["key"], c["value"], c.get("value_type"), c.get("attribution"),
             _packed(reading) if packed else reading) for c, reading in zip(wanted, readings)],
            status="candidate", origin="extract")
    assert len(by_dicts) == len(read) == len(CLAIMS)
    assert _rows(conn) == _rows(copy)
    assert [h["action"] for h in _rows(copy)["history"]] == ["create", "link"] * len(CLAIMS)
    copy.close()


@pytest.mark.parametrize("bad, message", [
    (dict(statement="  "), "statement is empty"),
    (dict(key="no dots here"), "invalid key"),
    (dict(key=42), "invalid key 42: a key is text"),
    (dict(value_type="colour"), "unknown value type 'colour'"),
])
def test_add_read_rejects_what_add_many_rejects(source, bad, message):
    from claimtrack import claims, storage
    from claimtrack.errors import InvalidInput

    conn, source_id = source
    fine = dict(statement="Fine.", quote="earthquake", key="quake.kind", value=None, value_type=None)
    wrong = {**fine, **bad}
    reading = claims.read(TEXT, PUBLISHED, fine)
    errors = []
    for store in ("add_many", "add_read"):
        with pytest.raises(InvalidInput, match=message) as caught:
            with storage.write(conn):
                if store == "add_many":
                    claims.add_many(conn, _actor(), source_id, [dict(fine), dict(wrong)])
                else:
                    claims.add_read(conn, _actor(), source_id, [
                        (c["statement"], c["key"], c["value"], c["value_type"], None, reading) for c in (fine, wrong)])
        errors.append(str(caught.value))
    assert errors[0] == errors[1]
    assert conn.execute("SELECT count(*) FROM claims").fetchone()[0] == 0


def test_add_read_checks_the_shared_status(source):
    from claimtrack import claims
    from claimtrack.errors import InvalidInput

    conn, source_id = source
    reading = claims.read(TEXT, PUBLISHED, dict(quote="earthquake"))
    with pytest.raises(InvalidInput, match="unknown initial status 'done'"):
        claims.add_read(conn, _actor(), source_id, [("Fine.", None, None, None, None, reading)], status="done")
    assert conn.execute("SELECT count(*) FROM claims").fetchone()[0] == 0


@pytest.mark.parametrize("field, given, error", [
    ("stance", "agrees", "unknown stance 'agrees'"),
    ("status", "done", "unknown initial status 'done'"),
    ("value_type", "Colour", "unknown value type 'Colour'"),
    ("tags", ["Bad Tag"], "invalid tag 'Bad Tag'"),
])
def test_choices_given_clean_or_not_are_checked_as_ever(source, field, given, error):
    from claimtrack import claims
    from claimtrack.errors import InvalidInput

    conn, source_id = source
    with pytest.raises(InvalidInput, match=error):
        claims.add(conn, _actor(), statement="Fine.", source=source_id, quote="earthquake", **{field: given})
    assert conn.execute("SELECT count(*) FROM claims").fetchone()[0] == 0


@pytest.mark.parametrize("value_type", [None, "date", "year", "count"])
@pytest.mark.parametrize("value", ["16 April 2023", "1969", "in 2018", "the 1990s", "Sunday", "April 16",
                                   "last year", "early last year", "three days ago", "March 2021", "2018",
                                   "40 people", "Tuesday, 5 November 2019"])
def test_a_value_is_read_once_for_every_date_only_where_no_date_changes_it(value, value_type):
    """A wording read against no date where it reads the same on every publication date
    (values.date_free) is stored as read against each date: claim and appearance alike."""
    from claimtrack import claims, values

    for published in ("2024-02-29", "2019-03-15", "1999-12-31", None):
        shared = claims._read_value(value, value_type, claims._read_on(published, value, value_type))
        on_that_date = published if values.reads_dates(value_type) else None
        assert shared == claims._read_value.__wrapped__(value, value_type, on_that_date), published
    if claims._date_free(value, value_type):
        assert claims._read_on("2024-02-29", value, value_type) is None
