"""One case of many articles: does aligning it grow linearly with its size?

    python benchmarks/align_case.py                 # 1,000 and 10,000 articles, 3 rounds
    python benchmarks/align_case.py --sizes 500,5000 --runs 5

Every article of the generated corpus goes into one case (a desk that files a
day's wire and web copy under one story), so extraction aligns the whole case
at once: one plan over every article's incidents, every figure keyed by it,
and each disagreeing pair of reports weighed for being of one incident. Each
round runs ``claimtrack source add DIR`` then ``claimtrack extract`` as whole
processes on a fresh database, the sizes interleaved; the verdict is the ratio
of the medians of ``extract`` (largest size over smallest) against the ratio
of the sizes.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402

CASE = "one-desk"


def write_case(directory: Path, count: int, seed: int) -> int:
    directory.mkdir(parents=True, exist_ok=True)
    written = 0
    for story, articles in corpus.stories(seed, sources=count, case=CASE):
        for article in articles:
            (directory / article.filename).write_text(article.file_text(CASE), encoding="utf-8")
            written += 1
    return written


def timed(argv: list[str], env: dict) -> float:
    """Wall seconds of one whole process."""
    started = time.perf_counter()
    subprocess.run(argv, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=20230416)
    parser.add_argument("--claimtrack", default=shutil.which("claimtrack") or "claimtrack")
    args = parser.parse_args(argv)
    sizes = [int(x) for x in args.sizes.split(",")]
    tmp = Path(tempfile.mkdtemp(prefix="align-case-"))
    folders = {}
    for size in sizes:
        folders[size] = tmp / f"articles-{size}"
        written = write_case(folders[size], size, args.seed)
        print(f"{size}: {written} article files in one case", file=sys.stderr)
    timings: dict[int, list[float]] = {size: [] for size in sizes}
    for round_ in range(args.runs):
        order = sizes[round_ % len(sizes):] + sizes[:round_ % len(sizes)]
        for size in order:
            db = tmp / f"case-{size}.db"
            for stale in tmp.glob(f"case-{size}.db*"):
                stale.unlink()
            env = dict(os.environ, CLAIMTRACK_DB=str(db), NO_COLOR="1")
            subprocess.run([args.claimtrack, "source", "add", str(folders[size])], env=env, check=True,
                           stdout=subprocess.DEVNULL)
            seconds = timed([args.claimtrack, "extract"], env)
            timings[size].append(seconds)
            print(f"  round {round_ + 1}: {size} articles: extract {seconds:.2f} s", file=sys.stderr)
    medians = {size: statistics.median(times) for size, times in timings.items()}
    small, large = min(sizes), max(sizes)
    for size in sizes:
        print(f"{size:>7} articles  extract median {medians[size]:7.2f} s  ({size / medians[size]:6.0f} articles/s;"
              f" runs {', '.join(f'{t:.2f}' for t in timings[size])})")
    ratio = medians[large] / medians[small]
    print(f"time ratio {ratio:.2f}x for {large / small:.0f}x the articles "
          f"({'linear' if ratio <= 1.2 * large / small else 'faster than linear growth'})")
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
