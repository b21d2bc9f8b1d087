"""Score candidate extraction on the labelled set, and time it on generated articles.

    python benchmarks/extract_quality.py              # precision, recall, key accuracy
    python benchmarks/extract_quality.py --details    # every miss and every extra candidate
    python benchmarks/extract_quality.py --throughput 3000

A candidate matches a label when its quote overlaps the labelled words and
its value normalizes to the same reading (against the story's publication
date). Each label and each candidate is matched at most once. Key accuracy is
the share of matched candidates whose key contains the labelled attribute
("deaths", "visit.duration", ...).

Throughput covers what a desk runs: ``source add`` (store the article) plus
``extract`` (read it, store its candidates, refresh conflicts), on a fresh
database, articles spread over cases of ten. The generated articles are short
(about 1.3 KB) and dense with figures (about 11 candidates each); real
articles run longer with fewer figures per line, so time per article scales
with both length and the number of candidates stored.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LABELLED = ROOT / "tests" / "data" / "extract" / "labelled.txt"
HELD_OUT = ROOT / "tests" / "data" / "extract" / "heldout.txt"


@dataclass
class Label:
    value: str
    type: str
    attribute: str
    start: int
    end: int


@dataclass
class Story:
    id: str
    published: date | None
    kind: str
    text: str
    labels: list[Label] = field(default_factory=list)


def load(path: Path = LABELLED) -> list[Story]:
    stories: list[Story] = []
    header, lines, labels = None, [], []

    def close():
        if header is None:
            return
        text = "\n".join(lines).strip() + "\n"
        story = Story(header[0], header[1], header[2], text)
        for raw in labels:
            value, vtype, attribute = [part.strip() for part in raw.split("|")]
            nth = 1
            m = re.fullmatch(r"(.*?)\s+#(\d+)", value)
            if m:
                value, nth = m.group(1), int(m.group(2))
            at = -1
            for _ in range(nth):
                at = text.find(value, at + 1)
                if at < 0:
                    raise ValueError(f"{story.id}: label {value!r} not in the text")
            story.labels.append(Label(value, vtype, attribute, at, at + len(value)))
        stories.append(story)

    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            close()
            name, published, kind = [part.strip() for part in line[3:].split("|")]
            header = (name, None if published == "-" else date.fromisoformat(published), kind)
            lines, labels = [], []
        elif line.startswith("> "):
            labels.append(line[2:])
        elif line.startswith("#") or header is None:
            continue
        else:
            lines.append(line)
    close()
    return stories


def _reading(value: str, kind: str | None, published: date | None) -> str:
    from claimtrack import values

    if kind == "bool":
        return "yes"
    typed = values.normalize(value, ref_date=published, kind=kind)
    return typed.canonical() or "text:" + typed.raw.casefold()


@dataclass
class Score:
    labels: int = 0
    candidates: int = 0
    matched: int = 0
    keyed: int = 0
    misses: list[tuple[str, Label]] = field(default_factory=list)
    extras: list[tuple[str, object]] = field(default_factory=list)
    wrong_keys: list[tuple[str, Label, object]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.candidates if self.candidates else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.labels if self.labels else 0.0

    @property
    def key_accuracy(self) -> float:
        return self.keyed / self.matched if self.matched else 0.0


def score(stories: list[Story]) -> Score:
    from claimtrack import extract

    result = Score()
    for story in stories:
        found = extract.extract(story.text, published=story.published)
        result.labels += len(story.labels)
        result.candidates += len(found)
        used: set[int] = set()
        for label in story.labels:
            want = _reading(label.value, label.type, story.published)
            hit = None
            for n, candidate in enumerate(found):
                if n in used or candidate.end <= label.start or candidate.start >= label.end:
                    continue
                if _reading(candidate.value, candidate.value_type, story.published) == want:
                    hit = n
                    break
            if hit is None:
                result.misses.append((story.id, label))
                continue
            used.add(hit)
            result.matched += 1
            if label.attribute in found[hit].key:
                result.keyed += 1
            else:
                result.wrong_keys.append((story.id, label, found[hit]))
        result.extras.extend((story.id, c) for n, c in enumerate(found) if n not in used)
    return result


# --- throughput ------------------------------------------------------------------------

_PLACES = ["Alderford", "Brennick", "Castemoor", "Dunmere", "Eastwick", "Farrowgate", "Glenholt", "Harcastle",
           "Ivybridge", "Kelmouth", "Larkspur", "Marrowdale", "Northam", "Oakhaven", "Pellingford", "Quarrington"]
_PEOPLE = ["Anna Kovacs", "Tomas Reyes", "Miriam Osei", "Pavel Dorn", "Leila Haddad", "Jonas Berg", "Ines Duarte",
           "Kenji Mori", "Sara Lindqvist", "Omar Farouk"]
_SENTENCES = [
    "A {kind} struck {place} on {day}, killing at least {n} people and injuring {m} others, officials said.",
    "The death toll from the {kind} in {place} rose to {n} on {day}, according to the regional governor.",
    "Rescue teams were still searching for {small} missing residents, the emergency ministry said.",
    "More than {big} people were evacuated and {small} homes were destroyed.",
    "Damage was estimated at ${money} million, the mayor said.",
    "{person} arrived in {place} on {day} for a {dur}-day visit, her first trip abroad since taking office in {month}.",
    "Officials said {pct}% of the town's water supply had been cut off.",
    "The government approved {money} million euros in emergency aid on {day}.",
    "Police arrested {small} people after protests in {place}, the interior ministry said.",
    "Inflation rose to {pct}.{small} percent in {month}, the statistics office said.",
    "Local media reported that {n} people were taken to hospital with injuries.",
    "{person} said the recovery would take at least {dur} years.",
    "The region has seen {small} similar disasters since 2010.",
    "Residents described scenes of chaos as buildings collapsed around them.",
    "Aid agencies warned that the situation could worsen in the coming days.",
]
_KINDS = ["earthquake", "flood", "storm", "fire", "missile strike", "landslide", "explosion"]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MONTHS = ["January", "March", "May", "July", "September", "November"]
_WORDS = ["twelve", "nine", "fourteen", "dozens", "several hundred", "about 40", "nearly 300"]


def generate(count: int, seed: int = 7) -> list[tuple[str, str, str]]:
    """(case, publication date, text) for ``count`` news-like articles."""
    rng = random.Random(seed)
    out = []
    for n in range(count):
        fill = {
            "kind": rng.choice(_KINDS), "place": rng.choice(_PLACES), "day": rng.choice(_DAYS),
            "n": rng.choice([str(rng.randint(3, 400)), rng.choice(_WORDS)]), "m": str(rng.randint(5, 900)),
            "small": str(rng.randint(2, 60)), "big": f"{rng.randint(1, 40)},{rng.randint(100, 999)}",
            "money": str(rng.randint(2, 900)), "person": rng.choice(_PEOPLE), "dur": str(rng.randint(2, 5)),
            "month": rng.choice(_MONTHS), "pct": str(rng.randint(2, 60)),
        }
        body = [s.format(**fill) for s in rng.sample(_SENTENCES, k=rng.randint(8, 13))]
        paragraphs = [" ".join(body[i:i + 3]) for i in range(0, len(body), 3)]
        text = f"{fill['kind'].capitalize()} hits {fill['place']}\n\n" + "\n\n".join(paragraphs) + "\n"
        published = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        out.append((f"story-{n // 10:04d}", published, text))
    return out


def throughput(count: int) -> dict:
    from claimtrack import extract, sources, storage
    from claimtrack.extract import store as extract_store
    from claimtrack.context import Actor

    articles = generate(count)
    started = time.perf_counter()
    found = sum(len(extract.extract(text, published=date.fromisoformat(pub))) for _, pub, text in articles)
    pure = time.perf_counter() - started
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.db"
        conn = storage.connect(path, now="2024-01-01T00:00:00Z")
        actor = Actor(_name="bench")
        started = time.perf_counter()
        ids = []
        with storage.write(conn):
            for case, pub, text in articles:
                item = sources.SourceInput(text=sources.normalize_text(text), meta={"case": case, "published": pub},
                                           origin="generated")
                ids.append(sources.add(conn, actor, item, {}))
        added = time.perf_counter() - started
        todo, _ = extract_store.pick_sources(conn)
        result = extract_store.run(conn, actor, todo)
        total = time.perf_counter() - started
        conn.close()
    return {
        "articles": count,
        "candidates": found,
        "extract_only_per_s": count / pure,
        "source_add_s": added,
        "add_and_extract_s": total,
        "add_and_extract_per_s": count / total,
        "stored": len(result.created),
        "conflicts": result.conflicts,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--details", action="store_true", help="List misses, extra candidates and wrong keys.")
    parser.add_argument("--throughput", type=int, metavar="N", default=0, help="Also time N generated articles.")
    args = parser.parse_args(argv)
    for name, path in (("labelled set", LABELLED), ("held-out set", HELD_OUT)):
        stories = load(path)
        result = score(stories)
        print(f"{name}: {len(stories)} stories, {result.labels} labels, {result.candidates} candidates; "
              f"precision {result.precision:.3f}  recall {result.recall:.3f}  "
              f"key accuracy {result.key_accuracy:.3f} (of {result.matched} matched)")
        if args.details:
            for story, label in result.misses:
                print(f"  miss   {story:14} {label.value!r} ({label.type}, {label.attribute})")
            for story, candidate in result.extras:
                print(f"  extra  {story:14} {candidate.value!r} {candidate.key}  | {candidate.quote!r}")
            for story, label, candidate in result.wrong_keys:
                print(f"  key    {story:14} {label.value!r} wants *{label.attribute}*, got {candidate.key}")
    if args.throughput:
        t = throughput(args.throughput)
        print(f"throughput: {t['articles']} articles, {t['candidates']} candidates; "
              f"extract alone {t['extract_only_per_s']:.0f} articles/s; "
              f"source add + extract {t['add_and_extract_per_s']:.0f} articles/s "
              f"({t['add_and_extract_s']:.2f} s, of which source add {t['source_add_s']:.2f} s; "
              f"{t['stored']} stored, {t['conflicts']} conflicts)")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    sys.exit(main())
