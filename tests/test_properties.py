"""Properties that must hold for any input (hypothesis).

Values: reading never fails, comparing never fails and is symmetric, a value
always agrees with itself, whatever the text and type hint. Conflicts: the
engine's verdict does not depend on the order appearances are seen in. Case
files: any claims, notes and sources, with any unicode in them, survive
export, import into an empty database and export again byte for byte.
"""

from __future__ import annotations

import itertools
import json
import random
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from claimtrack import values
from claimtrack.values import VALUE_TYPES, Value, compare, normalize

VERDICTS = {values.AGREE, values.CONFLICT, values.UNRESOLVED, values.INCOMPARABLE}
REFS = st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
KINDS = st.sampled_from((None,) + VALUE_TYPES)
# Text that looks like what a value reader meets, and text that does not.
WORDS = st.sampled_from(["at least", "more than", "about", "nearly", "between", "and", "to", "-", "or", "of",
                         "people", "dead", "days", "weeks", "km", "miles", "%", "per cent", "$", "€", "million",
                         "bn", "Sunday", "April", "last", "week", "ago", "2023", "1990s", "yes", "no", "half",
                         "a dozen", "dozens", "three", "twenty-one", "1,200", "3.5", "½", "~", "+", "early", "late"])
PHRASES = st.one_of(
    st.lists(st.one_of(WORDS, st.integers(min_value=0, max_value=10**12).map(str)), min_size=1, max_size=6)
    .map(" ".join),
    st.text(max_size=40),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=40),
)
FAST = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(PHRASES, REFS, KINDS, PHRASES, REFS, KINDS)
def test_compare_never_fails_and_is_symmetric_for_any_text(a, ref_a, kind_a, b, ref_b, kind_b):
    va, vb = normalize(a, ref_date=ref_a, kind=kind_a), normalize(b, ref_date=ref_b, kind=kind_b)
    forward, backward = compare(va, vb), compare(vb, va)
    assert forward in VERDICTS
    assert forward == backward


@FAST
@given(PHRASES, REFS, KINDS)
def test_a_value_always_agrees_with_itself(raw, ref, kind):
    value = normalize(raw, ref_date=ref, kind=kind)
    again = normalize(raw, ref_date=ref, kind=kind)
    assert value == again  # reading is deterministic
    if value.resolved:
        assert compare(value, value) == values.AGREE
        assert compare(value, again) == values.AGREE
    else:
        assert compare(value, value) == values.UNRESOLVED


@FAST
@given(PHRASES, REFS, KINDS)
def test_stored_form_reads_back_to_the_same_value(raw, ref, kind):
    value = normalize(raw, ref_date=ref, kind=kind)
    back = Value.from_json(json.loads(json.dumps(value.to_json(), sort_keys=True)))
    assert back == value
    assert back.canonical() == value.canonical()
    if value.resolved:
        assert compare(back, value) == values.AGREE


@FAST
@given(st.lists(st.tuples(PHRASES, st.sampled_from(["asserts", "denies"]), st.sampled_from(["A", "B", "C", None]),
                          REFS), min_size=2, max_size=6), st.randoms(use_true_random=False))
def test_conflicts_do_not_depend_on_the_order_appearances_are_read(rows, rng):
    from claimtrack import conflicts

    def detect(appearances):
        found = conflicts._detect("case", "storm.deaths", appearances)
        sides = [(side.normalized, side.stance, tuple(side.sources)) for side in found.sides]
        return sides, sorted(found.pairs), found.headline

    values_read = [normalize(raw, ref_date=ref) for raw, _, _, ref in rows]
    appearances = [
        conflicts.Appearance(claim_id=f"c{i}", claim_status="unverified", value_raw=raw, source_id=f"s{i}",
                             outlet=outlet, published=ref.isoformat() if ref else None, stance=stance, attribution=None,
                             quote=raw, context=raw, value=value, normalized=value.canonical())
        for i, ((raw, stance, outlet, ref), value) in enumerate(zip(rows, values_read))
    ]
    shuffled = list(appearances)
    rng.shuffle(shuffled)
    assert detect(appearances) == detect(shuffled)


# --- case files round-trip --------------------------------------------------------------------

# Any unicode a person or a scraper could put in: control characters, quotes, newlines, markup.
ANY_TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=60)
NASTY = st.sampled_from(['"', "'", "\\", "\n", "\r\n", "\t", "---", ": ", "\x00", "\x1b[31m", "\u202e", "\ufeff",
                         "[bold]", "<b>", "{", "}", "\u2028", "\x85", "e\u0301", "🦆", "unknown", "null"])
MIXED = st.lists(st.one_of(ANY_TEXT, NASTY), min_size=1, max_size=6).map("".join)
KEYS = st.sampled_from(["storm.deaths", "storm.damage", "visit.length", "li-shangfu.moscow-visit.duration"])
VALUES = st.one_of(st.none(), st.sampled_from(["12", "at least 40", "three-day", "Sunday", "April 16", "$3 million",
                                               "2018", "yes"]), MIXED)


@st.composite
def cases(draw):
    """A case: sources with arbitrary text and metadata, claims quoting them, notes, reviews."""
    n_sources = draw(st.integers(min_value=1, max_value=3))
    source_specs = [
        {
            # NUL never gets in: files and case files that hold one are refused as binary
            "text": (draw(MIXED) + " Officials said 12 people died. " + draw(MIXED)).replace("\x00", ""),
            "outlet": draw(st.one_of(st.none(), MIXED)),
            "title": draw(st.one_of(st.none(), MIXED)),
            "author": draw(st.one_of(st.none(), MIXED)),
            "published": draw(st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 1, 1)))),
            "added_by": draw(MIXED),
        }
        for _ in range(n_sources)
    ]
    claim_specs = [
        {
            "source": draw(st.integers(min_value=0, max_value=n_sources - 1)),
            "span": draw(st.tuples(st.floats(min_value=0, max_value=1), st.integers(min_value=2, max_value=40))),
            "statement": draw(MIXED),
            "key": draw(st.one_of(st.none(), KEYS)),
            "value": draw(VALUES),
            "stance": draw(st.sampled_from(["asserts", "denies"])),
            "attribution": draw(st.one_of(st.none(), MIXED)),
            "tags": draw(st.lists(st.sampled_from(["a", "b:c", "x-y", "z.1"]), max_size=3)),
            "notes": draw(st.lists(st.tuples(MIXED, st.sampled_from(["supports", "refutes", "context"])), max_size=2)),
            "review": draw(st.sampled_from([None, "in-review", "verdict", "done"])),
            "author": draw(MIXED),
        }
        for _ in range(draw(st.integers(min_value=1, max_value=4)))
    ]
    return source_specs, claim_specs


def _build(db: Path, source_specs, claim_specs) -> None:
    from claimtrack import claims, errors, sources, storage
    from claimtrack.context import Actor

    ticks = itertools.count()
    clock = lambda: f"2024-05-09T10:{next(ticks) // 60 % 60:02d}:{next(ticks) % 60:02d}.000000Z"  # noqa: E731
    conn = storage.connect(db, now="2024-05-09T00:00:00.000000Z")
    stored = []
    with storage.write(conn):
        for spec in source_specs:
            actor = Actor(clock=clock, _name=spec["added_by"])
            meta = {"case": "prop", "outlet": spec["outlet"], "title": spec["title"], "author": spec["author"],
                    "published": spec["published"].isoformat() if spec["published"] else None}
            item = sources.SourceInput(text=sources.normalize_text(spec["text"]), meta={}, origin="hypothesis")
            try:
                stored.append(sources.add(conn, actor, item, meta))
            except errors.DuplicateSource as duplicate:
                stored.append(duplicate.source_id)
        for spec in claim_specs:
            actor = Actor(clock=clock, _name=spec["author"])
            source = sources.get(conn, stored[spec["source"]])
            text = source["text"]
            start = int(spec["span"][0] * max(len(text) - 2, 0))
            quote = text[start:start + spec["span"][1]]
            if len(" ".join(quote.split())) < 2:
                quote = "12 people died"
            try:
                claim_id = claims.add(conn, actor, statement=spec["statement"], source=source["id"], quote=quote,
                                      key=spec["key"], value=spec["value"], tags=spec["tags"], stance=spec["stance"],
                                      attribution=spec["attribution"], near=start)
            except errors.InvalidInput:  # a statement of only white space, say: not a claim
                continue
            for text_, stance in spec["notes"]:
                if text_.strip():
                    claims.add_note(conn, actor, claim_id, text_, stance=stance)
            if spec["review"]:
                claims.set_status(conn, actor, claim_id, "in-review", note=spec["statement"])
                if spec["review"] in ("verdict", "done"):
                    claims.set_verdict(conn, actor, claim_id, "mixed", note=spec["author"], rationale="checked " + spec["author"])
                if spec["review"] == "done":
                    claims.set_status(conn, actor, claim_id, "done")
    conn.close()


def _files(directory: Path) -> dict[str, bytes]:
    return {str(p.relative_to(directory)): p.read_bytes() for p in sorted(directory.rglob("*")) if p.is_file()}


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(cases())
def test_case_files_round_trip_byte_for_byte(tmp_path_factory, case):
    from claimtrack import caseio, storage
    from claimtrack.context import Actor

    source_specs, claim_specs = case
    root = tmp_path_factory.mktemp("roundtrip")
    _build(root / "first.db", source_specs, claim_specs)
    first = storage.connect(root / "first.db", now="2024-05-09T00:00:00.000000Z")
    assume(first.execute("SELECT count(*) FROM sources").fetchone()[0] > 0)
    caseio.export_case(first, "prop", root / "one")
    first.close()
    second = storage.connect(root / "second.db", now="2024-05-09T00:00:00.000000Z")
    with storage.write(second):
        caseio.import_case(second, Actor(clock=lambda: "2024-05-10T00:00:00.000000Z", _name="importer"), root / "one")
    caseio.export_case(second, "prop", root / "two")
    from claimtrack import check

    assert check.run(second) == []
    second.close()
    one, two = _files(root / "one"), _files(root / "two")
    assert one.keys() == two.keys()
    for name in one:
        assert one[name] == two[name], name


def test_round_trip_of_a_hand_made_nasty_case(tmp_path):
    """The nastiest characters all at once, not left to chance."""
    nasty = 'A "quoted" \\ back\\slash\n---\nkey: value\x01\x1b[31m\u202e\ufeff[bold]<b>{}\u2028\x85e\u0301🦆 null'
    specs = [{"text": nasty + " Officials said 12 people died. " + nasty, "outlet": nasty, "title": "unknown",
              "author": "null", "published": date(2023, 4, 18), "added_by": nasty}]
    claim_specs = [{"source": 0, "span": (0.5, 20), "statement": nasty, "key": "storm.deaths", "value": nasty,
                    "stance": "asserts", "attribution": nasty, "tags": ["a"], "notes": [(nasty, "refutes")],
                    "review": "done", "author": nasty}]
    from claimtrack import caseio, storage
    from claimtrack.context import Actor

    _build(tmp_path / "first.db", specs, claim_specs)
    first = storage.connect(tmp_path / "first.db", now="2024-05-09T00:00:00.000000Z")
    caseio.export_case(first, "prop", tmp_path / "one")
    second = storage.connect(tmp_path / "second.db", now="2024-05-09T00:00:00.000000Z")
    with storage.write(second):
        caseio.import_case(second, Actor(_name="importer"), tmp_path / "one")
    caseio.export_case(second, "prop", tmp_path / "two")
    assert _files(tmp_path / "one") == _files(tmp_path / "two")
    [claim] = second.execute("SELECT statement, value FROM claims").fetchall()
    assert claim["statement"] == " ".join(nasty.split())
    assert second.execute("SELECT text FROM notes").fetchone()[0] == nasty.strip()


def test_randomized_values_in_bulk_never_crash_the_engine():
    """A seeded sweep across many combinations, cheaper than hypothesis per example."""
    rng = random.Random(7)
    pieces = ["at least", "about", "12", "40", "three", "days", "week", "Sunday", "April", "2023", "$", "million",
              "%", "km", "miles", "no", "yes", "-", "to", "between", "and", "nearly", "late", "early", "1990s"]
    phrases = [" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 4))) for _ in range(400)]
    readings = [normalize(p, ref_date=date(2023, 4, 18)) for p in phrases]
    for a, b in zip(readings, reversed(readings)):
        assert compare(a, b) == compare(b, a)


# --- a case-blind pattern lower-cased, over the lower-cased text ----------------------------------------
# Context.speaks_of searches a whole article for a story's words; it does so case-sensitively over the
# lower-cased text where text.lowered_pattern allows. Whatever the text, that must find what the case-blind
# pattern finds over the text itself.

_LOWERED_WORDS = ["takeover offer", "Buyout", "pay rise", "sanctioned", "ballot measure", "İstanbul", "straße",
                  "KELVIN", "ǅemal", "Σίσυφος", "ﬁnal", "ss", "i", "k"]


def _story_patterns():
    import re

    from claimtrack.extract.patterns import any_of
    from claimtrack.extract.rules import listings, money, rate_topics, shares

    return [listings._SPEAKS_OF, money._TAKEOVER, rate_topics.REFERENDUM, shares._PAY,
            any_of(["ﬁnal", "straße", "ǅemal", "kelvin", "istanbul"]),
            re.compile(r"\b(?:KELVIN|Straße|ǅemal|Pay\s+Rise)\b", re.IGNORECASE),
            re.compile(r"\b(?:pay|buyout)\s+(?:rise|offer)s?\b[^a-z]{0,3}\w+", re.IGNORECASE)]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(_LOWERED_WORDS), st.text(min_size=1, max_size=6)), max_size=12),
       st.sampled_from(["", " ", "  ", ", ", "\n"]))
def test_a_lowered_pattern_finds_what_the_case_blind_one_finds(words, gap):
    from claimtrack.extract import text as et

    text = gap.join(words)
    lowered = et.caseless(text, text.lower())
    assume(lowered is not None)
    for pattern in _story_patterns():
        low = et.lowered_pattern(pattern)
        assert low is not None, pattern.pattern[:60]
        blind = pattern.search(text)
        found = low.search(lowered)
        assert (found and found.span()) == (blind and blind.span()), (pattern.pattern[:60], text)


def test_a_pattern_that_lower_casing_would_change_is_not_lowered():
    import re

    from claimtrack.extract import text as et

    for source, flags in [(r"(?-i:[A-Z])\w+ said", re.IGNORECASE), (r"\S+ said", re.IGNORECASE),
                          (r"\N{LATIN SMALL LETTER A}", re.IGNORECASE), (r"(?x-i: A )", re.IGNORECASE),
                          (r"takeover", 0), ("İstanbul", re.IGNORECASE), ("ſtreet", re.IGNORECASE)]:
        assert et.lowered_pattern(re.compile(source, flags)) is None, source
    assert et.lowered_pattern(re.compile(r"\btakeover\s+\w+", re.IGNORECASE)).pattern == r"\btakeover\s+\w+"
