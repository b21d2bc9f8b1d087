"""Time and memory of a quote that is not in its source, at one size and four times that size.

    python benchmarks/closest_passage.py              # quotes of 10,000 and 40,000 characters, 5 rounds
    python benchmarks/closest_passage.py --size 2500 --runs 7

A quote not found is answered with the closest passage of the source. The
whole command runs (``claimtrack claim add ... --quote Q``, which fails with
that message), as a subprocess under GNU time for its peak memory, against a
200,000-character article (40 KB words, generated); the baseline is the same
command with a quote of 100 characters, in the same interleaved rounds.
Prints medians, the ratio of the 4x size to the 1x size, and each against the
baseline.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WORDS = ("the storm killed people on sunday mayor said damage was put at million officials river town county bridge"
         " rescue crews reached village after floods cut roads").split()


def _text(rng: random.Random, length: int) -> str:
    out, size = [], 0
    while size < length:
        word = rng.choice(WORDS)
        out.append(word)
        size += len(word) + 1
    return " ".join(out)[:length]


def _run(claimtrack: str, db: str, source: str, quote: str) -> tuple[float, int]:
    """Wall time and peak resident memory (KB) of one failing 'claim add'."""
    started = time.perf_counter()
    result = subprocess.run(["/usr/bin/time", "-f", "%M", claimtrack, "--db", db, "claim", "add", "x", "--source", source,
                             "--quote", quote], capture_output=True, text=True, timeout=600)
    elapsed = time.perf_counter() - started
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 1 and "closest passage" in lines[0], result.stderr[:300]
    return elapsed, int(lines[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=10_000, help="characters of the 1x quote")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    claimtrack = str(Path(sys.executable).with_name("claimtrack"))
    rng = random.Random(21)
    with tempfile.TemporaryDirectory() as folder:
        db = os.path.join(folder, "claims.db")
        article = os.path.join(folder, "article.txt")
        Path(article).write_text(_text(rng, 200_000) + "\n", encoding="utf-8")
        subprocess.run([claimtrack, "--db", db, "source", "add", article], check=True, capture_output=True)
        source = subprocess.run([claimtrack, "--db", db, "source", "list", "--json"], check=True, capture_output=True,
                                text=True).stdout.split('"id": "')[1][:7]
        quotes = {"baseline (100)": _text(rng, 100) + " qqzx", f"1x ({args.size:,})": _text(rng, args.size) + " qqzx",
                  f"4x ({4 * args.size:,})": _text(rng, 4 * args.size) + " qqzx"}
        samples: dict[str, list[tuple[float, int]]] = {name: [] for name in quotes}
        for quote in quotes.values():  # warm-up
            _run(claimtrack, db, source, quote)
        names = list(quotes)
        for round_ in range(args.runs):
            for name in names[round_ % len(names):] + names[:round_ % len(names)]:
                samples[name].append(_run(claimtrack, db, source, quotes[name]))
    medians = {name: (statistics.median(t for t, _ in runs), statistics.median(m for _, m in runs))
               for name, runs in samples.items()}
    base = medians["baseline (100)"][0]
    print(f"{'quote':<16} {'median':>9} {'min-max':>17} {'peak memory':>12} {'vs baseline':>12}")
    for name, runs in samples.items():
        times = [t for t, _ in runs]
        wall, memory = medians[name]
        print(f"{name:<16} {wall:>8.3f}s {min(times):>7.3f}-{max(times):.3f}s {memory / 1024:>9.1f} MB {wall / base:>11.2f}x")
    one, four = medians[f"1x ({args.size:,})"], medians[f"4x ({4 * args.size:,})"]
    print(f"4x / 1x: time {four[0] / one[0]:.2f}x, peak memory {four[1] / one[1]:.2f}x ({args.runs} rounds, medians)")


if __name__ == "__main__":
    main()
