"""Time claimtrack's commands as whole processes and check them against their budgets.

    python benchmarks/run.py                    # every budget, full sizes (1M-claim file: see README)
    python benchmarks/run.py --quick            # a smoke run: small files, few runs, same checks
    python benchmarks/run.py --only startup,reading
    python benchmarks/run.py --runs 15 --install current

Each budget runs its commands interleaved with the baseline it is judged
against (round r runs them in an order rotated by r), after a warm-up run of
each that is also checked for exit status and output. The verdict uses
medians: ratio = median(command) / median(baseline), both from the same
rounds, so drift on a shared machine hits both. Results go to
benchmarks/results/<time>.json and results/latest.json.

Commands run the way a user runs them: the ``claimtrack`` script of a regular
(non-editable) install in a dedicated virtual environment, whose bytecode pip
compiled at install time, with PYTHONDONTWRITEBYTECODE removed from the
environment, stdout to /dev/null, and ``--db`` given on the command line.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
TOOLS = HERE / "tools"
CACHE = HERE / ".cache"
RESULTS = HERE / "results"
sys.path.insert(0, str(HERE))

BUDGETS = ("startup", "reading", "ingest", "scaling", "memory", "pages")
PAGES_PER_SECOND = 100  # budget 6: saved web pages read and stored by one 'source add'
PAGES_PEAK_MB = 300
TIMEOUT = 1800


def log(message: str = "") -> None:
    sys.stderr.write(message + "\n")
    sys.stderr.flush()


# --- the install under test ----------------------------------------------------------------


def _tree_digest() -> str:
    digest = hashlib.sha256()
    for path in sorted((ROOT / "src").rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and ".egg-info" not in str(path):
            digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes())
    for name in ("pyproject.toml", "setup.py", "MANIFEST.in"):
        if (ROOT / name).exists():
            digest.update(name.encode() + (ROOT / name).read_bytes())
    return digest.hexdigest()[:16]


def _pinned_requirements() -> list[str]:
    """claimtrack's dependencies, closed over, at the versions this environment has."""
    import importlib.metadata as md
    import re

    wanted, seen, pins = ["claimtrack"], set(), []
    while wanted:
        name = wanted.pop()
        key = re.sub(r"[-_.]+", "-", name).lower()
        if key in seen:
            continue
        seen.add(key)
        try:
            dist = md.distribution(name)
        except md.PackageNotFoundError:
            continue
        if key != "claimtrack":
            pins.append(f"{dist.metadata['Name']}=={dist.version}")
        for requirement in dist.requires or []:
            if "extra ==" in requirement or 'platform_system == "Windows"' in requirement:
                continue
            wanted.append(re.match(r"[A-Za-z0-9._-]+", requirement).group(0))
    return sorted(pins)


def prepare_install(mode: str) -> dict:
    """The interpreter and claimtrack script to measure."""
    if mode == "current":
        bindir = Path(sys.executable).parent
        return {"mode": "current", "bin": str(bindir), "python": str(bindir / "python"),
                "note": "the environment run.py runs in (an editable install compiles nothing ahead)"}
    venv = CACHE / "venv"
    python = venv / "bin" / "python"
    stamp = venv / "claimtrack-tree.txt"
    digest = _tree_digest()
    if not python.exists():
        log(f"creating a dedicated environment: {venv}")
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        pins = _pinned_requirements()
        subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--no-deps", *pins], check=True)
    if not stamp.exists() or stamp.read_text() != digest:
        log("installing claimtrack from the working tree (regular install, bytecode compiled by pip)")
        build = Path(tempfile.mkdtemp(prefix="claimtrack-src-"))
        try:
            # Copy the tree so the build leaves nothing in the checkout (build/, egg-info).
            shutil.copytree(ROOT, build / "src-tree", ignore=shutil.ignore_patterns(
                ".git", "benchmarks", "__pycache__", "*.egg-info", "build", ".venv*", "tests", "*.db*"))
            subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--no-deps",
                            "--force-reinstall", str(build / "src-tree")], check=True)
        finally:
            shutil.rmtree(build, ignore_errors=True)
        stamp.write_text(digest)
    return {"mode": "dedicated", "bin": str(venv / "bin"), "python": str(python), "tree": digest,
            "note": "regular install of the working tree in benchmarks/.cache/venv; pip compiled the bytecode"}


def child_env() -> dict:
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPATH", "CLAIMTRACK_DB", "CLAIMTRACK_NOW", "PYTHONUNBUFFERED")}
    return env


# --- running and timing one process -------------------------------------------------------------


@dataclass
class Sample:
    seconds: float
    max_rss_kb: int
    code: int
    cpu: float | None = None  # user + system seconds of the process and its children


GNU_TIME = "/usr/bin/time" if Path("/usr/bin/time").exists() else None
_RSS_FILE = Path(tempfile.gettempdir()) / f"claimtrack-bench-rss-{os.getpid()}.txt"


def run_once(argv: list[str], *, env: dict, cwd: Path | None = None, stdout=None, stdin=None) -> Sample:
    """Wall time and peak resident memory of one whole process.

    Peak memory comes from GNU time (/usr/bin/time -f %M), which forks the
    command from its own small process: a child forked straight from this
    runner would report the runner's own peak as a floor (Linux keeps the
    pre-exec high-water mark). Without GNU time, os.wait4's figure is used.
    The wrapper costs every command, baselines included, the same extra fork.
    """
    full = [GNU_TIME, "-f", "%M %U %S", "-o", str(_RSS_FILE), *argv] if GNU_TIME else argv
    started = time.perf_counter()
    proc = subprocess.Popen(full, env=env, cwd=cwd, stdout=stdout if stdout is not None else subprocess.DEVNULL,
                            stderr=subprocess.PIPE if stdout is not None else subprocess.DEVNULL,
                            stdin=stdin if stdin is not None else subprocess.DEVNULL)
    err = b""
    if stdout is not None:
        err = proc.stderr.read()
        proc.stderr.close()
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    rss, cpu = usage.ru_maxrss, usage.ru_utime + usage.ru_stime
    if GNU_TIME:
        try:
            rss = int(_RSS_FILE.read_text().split()[-3])  # CPU from wait4: microseconds, GNU time's are 10 ms
        except (OSError, ValueError, IndexError):
            rss = 0
    sample = Sample(elapsed, rss, proc.returncode, cpu)
    sample.stderr = err.decode("utf-8", "replace")  # type: ignore[attr-defined]
    return sample


@dataclass
class Command:
    name: str
    argv: list[str]
    role: str = "subject"  # or "baseline", "reference"
    before: object = None  # called before every run (fresh database for ingest)
    check: object = None  # called on the warm-up's (stdout text, sample): returns a problem or None
    samples: list[Sample] = field(default_factory=list)
    problem: str | None = None

    def stats(self) -> dict:
        times = [s.seconds for s in self.samples]
        if not times:
            return {"runs": 0}
        cpus = [s.cpu for s in self.samples if s.cpu is not None]
        return {"runs": len(times), "median": statistics.median(times), "min": min(times), "max": max(times),
                "cpu_median": statistics.median(cpus) if cpus else None,
                "max_rss_mb": max(s.max_rss_kb for s in self.samples) / 1024,
                "times": [round(t, 4) for t in times]}


def measure(commands: list[Command], *, runs: int, warmup: int, env: dict, tmp: Path) -> None:
    """Warm up each command (checking it works), then ``runs`` interleaved rounds."""
    for command in commands:
        for index in range(warmup):
            if command.before:
                command.before()
            out_path = tmp / f"warmup-{command.name.replace(' ', '_')[:40]}.out"
            with open(out_path, "wb") as out:
                sample = run_once(command.argv, env=env, stdout=out)
            if sample.code != 0:
                command.problem = f"exit {sample.code}: {sample.stderr.strip()[-400:]}"
                log(f"  ! {command.name}: {command.problem}")
                break
            if index == 0 and command.check:
                problem = command.check(out_path.read_text(errors="replace"), sample)
                if problem:
                    command.problem = problem
                    log(f"  ! {command.name}: {problem}")
    live = [c for c in commands if c.problem is None]
    for round_ in range(runs):
        order = live[round_ % len(live):] + live[: round_ % len(live)] if live else []
        for command in order:
            if command.before:
                command.before()
            sample = run_once(command.argv, env=env)
            if sample.code != 0:
                command.problem = f"exit {sample.code} in round {round_ + 1}"
            command.samples.append(sample)
        line = "  ".join(f"{c.name[:28]} {c.samples[-1].seconds * 1000:.0f}ms" for c in live)
        log(f"  round {round_ + 1}/{runs}: {line}")


# --- budgets ---------------------------------------------------------------------------------------


@dataclass
class Check:
    budget: str
    what: str
    subject: str
    baseline: str | None
    limit: str
    value: float | None
    passed: bool | None
    detail: str = ""
    subject_median: float | None = None
    baseline_median: float | None = None


class Runner:
    def __init__(self, args):
        self.args = args
        self.quick = args.quick
        self.install = prepare_install(args.install)
        self.bin = Path(self.install["bin"])
        self.python = self.install["python"]
        self.env = child_env()
        self.tmp = Path(tempfile.mkdtemp(prefix="claimtrack-bench-", dir=args.tmp))
        self.groups: dict[str, list[Command]] = {}
        self.checks: list[Check] = []
        self.generation: dict = {}
        self.notes: list[str] = []

    # command lines
    def ct(self, *args: str) -> list[str]:
        return [str(self.bin / "claimtrack"), *args]

    def py(self, *args: str) -> list[str]:
        return [self.python, *args]

    def runs(self, full: int, quick: int) -> int:
        if self.args.runs:
            return self.args.runs
        return quick if self.quick else full

    def has_command(self, *words: str, needle: str | None = None) -> bool:
        result = subprocess.run(self.ct(*words, "--help"), env=self.env, capture_output=True, text=True)
        return result.returncode == 0 and (needle is None or needle in result.stdout)

    def db(self, claims: int) -> tuple[Path, dict]:
        import generate

        generator_python = self.python
        # Generated in a child on the install under test, so the rows are that claimtrack's.
        code = ("import json, sys; sys.path.insert(0, %r); import generate; "
                "p, m = generate.cached_db(%d, seed=%d); print(json.dumps([str(p), m]))"
                % (str(HERE), claims, self.args.seed))
        started = time.perf_counter()
        result = subprocess.run([generator_python, "-c", code], env=self.env, stdout=subprocess.PIPE, text=True,
                                check=True)
        path, meta = json.loads(result.stdout.strip().splitlines()[-1])
        meta = dict(meta)
        meta["wall_seconds_this_run"] = round(time.perf_counter() - started, 2)
        self.generation[f"db-{claims}"] = meta
        return Path(path), meta

    def ratio_check(self, budget, what, subject: Command, baseline: Command, limit: float, detail=""):
        s, b = subject.stats(), baseline.stats()
        if subject.problem or baseline.problem or not s.get("runs") or not b.get("runs"):
            self.checks.append(Check(budget, what, subject.name, baseline.name, f"<= {limit:g}x", None, None,
                                     subject.problem or baseline.problem or "not measured"))
            return
        ratio = s["median"] / b["median"]
        if s.get("cpu_median") and b.get("cpu_median"):
            detail = (detail + "; " if detail else "") + f"CPU-time ratio {s['cpu_median'] / b['cpu_median']:.2f}x"
        self.checks.append(Check(budget, what, subject.name, baseline.name, f"<= {limit:g}x", ratio, ratio <= limit,
                                 detail, s["median"], b["median"]))

    # 1. start-up
    def startup(self):
        empty = self.tmp / "empty.db"
        subprocess.run(self.ct("--db", str(empty), "list", "--json"), env=self.env, check=True,
                       stdout=subprocess.DEVNULL)
        base = Command("python3 -c pass", self.py("-c", "pass"), role="baseline")
        version = Command("claimtrack --version", self.ct("--version"),
                          check=lambda out, s: None if out.startswith("claimtrack") else f"unexpected output {out!r}")
        listing = Command("claimtrack list --json (empty db)", self.ct("--db", str(empty), "list", "--json"),
                          check=lambda out, s: None if out.strip() == "[]" else f"expected [], got {out[:80]!r}")
        log("budget 1, start-up")
        measure([base, version, listing], runs=self.runs(21, 7), warmup=2, env=self.env, tmp=self.tmp)
        self.groups["startup"] = [base, version, listing]
        for command in (version, listing):
            self.ratio_check("1 start-up", "median within 6x of python3 -c pass", command, base, 6)
        self.startup_base = base

    # 2. reading at scale
    def reading(self):
        size = 10_000 if self.quick else 100_000
        path, meta = self.db(size)
        listed = meta["counts"]["listed_conflicts"]
        claim_id = self.contested_claim(path)
        short = self.short_id(path, claim_id)
        conflict_sql = ("SELECT * FROM conflicts WHERE active = 1 AND state IN ('open', 'confirmed')"
                        " ORDER BY case_name, key")
        upper = short[:-1] + chr(ord(short[-1]) + 1)
        claim_sql = f"SELECT * FROM claims WHERE id >= '{short}' AND id < '{upper}' ORDER BY id LIMIT 2"

        def json_count(expected):
            def check(out, sample):
                try:
                    got = len(json.loads(out))
                except ValueError as error:
                    return f"output is not JSON: {error}"
                return None if got == expected else f"expected {expected} records, got {got}"
            return check

        bare_c = Command("bare sqlite3: conflicts query", self.py(str(TOOLS / "bare_query.py"), str(path), "conflicts"),
                         role="baseline")
        bare_s = Command("bare sqlite3: claim by ID", self.py(str(TOOLS / "bare_query.py"), str(path), "claim", short),
                         role="baseline")
        su_c = Command("sqlite-utils query (conflicts)", [str(self.bin / "sqlite-utils"), "query", str(path),
                                                          conflict_sql], role="baseline", check=json_count(listed))
        su_s = Command("sqlite-utils query (claim)", [str(self.bin / "sqlite-utils"), "query", str(path), claim_sql],
                       role="baseline", check=json_count(1))
        listing = Command("claimtrack list --conflicts --json",
                          self.ct("--db", str(path), "list", "--conflicts", "--json"), check=json_count(listed))
        show = Command(f"claimtrack show {short}", self.ct("--db", str(path), "show", short),
                       check=lambda out, s: None if claim_id in out else "claim not shown")
        log(f"budget 2, reading at scale ({meta['counts']['claims']:,} claims, {listed:,} listed conflicts)")
        group = [bare_c, bare_s, listing, show, su_c, su_s]
        measure(group, runs=self.runs(11, 5), warmup=1, env=self.env, tmp=self.tmp)
        self.groups["reading"] = group
        self.ratio_check("2 reading", "within 2.5x of bare sqlite3", listing, bare_c, 2.5)
        self.ratio_check("2 reading", "within 2.5x of bare sqlite3", show, bare_s, 2.5)
        self.ratio_check("2 reading", "faster than sqlite-utils query", listing, su_c, 1.0)
        self.ratio_check("2 reading", "faster than sqlite-utils query", show, su_s, 1.0)

    def contested_claim(self, path: Path) -> str:
        import sqlite3

        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        row = conn.execute("SELECT sides_json FROM conflicts WHERE active = 1 AND state = 'open'"
                           " ORDER BY key LIMIT 1 OFFSET 100").fetchone()
        conn.close()
        return json.loads(row[0])["sides"][0]["claims"][0]

    def short_id(self, path: Path, full: str, table: str = "claims") -> str:
        """The shortest prefix (7 characters at least, as tables show) naming only this record."""
        import sqlite3

        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            for length in range(7, len(full) + 1):
                prefix = full[:length]
                upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
                n = conn.execute(f"SELECT count(*) FROM {table} WHERE id >= ? AND id < ?", (prefix, upper)).fetchone()[0]
                if n == 1:
                    return prefix
        finally:
            conn.close()
        return full

    # 3. ingest
    def ingest(self):
        import generate

        count = 500 if self.quick else 5000
        started = time.perf_counter()
        directory, meta = generate.cached_articles(count, seed=self.args.seed)
        meta = dict(meta, wall_seconds_this_run=round(time.perf_counter() - started, 2))
        self.generation[f"articles-{count}"] = meta
        files = sorted(str(p) for p in directory.glob("*.txt"))
        db = self.tmp / "ingest.db"
        bare_db = self.tmp / "bare-ingest.db"

        def fresh(*paths):
            def clear():
                for p in paths:
                    for suffix in ("", "-wal", "-shm"):
                        Path(str(p) + suffix).unlink(missing_ok=True)
                for bak in self.tmp.glob("ingest.db.*"):
                    bak.unlink()
            return clear

        extract_available = self.has_command("extract")
        add = Command(f"claimtrack source add ({count} files)", self.ct("--db", str(db), "source", "add", *files),
                      before=fresh(db))
        bare = Command(f"reference: bare sqlite3 insert ({count} files)",
                       self.py(str(TOOLS / "bare_ingest.py"), str(bare_db), *files), role="reference",
                       before=fresh(bare_db))
        group = [bare, add]
        log(f"budget 3, ingest ({count} article files; extract {'available' if extract_available else 'not available yet'})")
        if extract_available:
            # One end-to-end command line, as a desk types it: add, then extract.
            script = (f'"$0" --db "$1" source add "${{@:2}}" >/dev/null && "$0" --db "$1" extract')
            both = Command(f"claimtrack source add + extract ({count} files)",
                           ["bash", "-c", script, str(self.bin / "claimtrack"), str(db), *files], before=fresh(db),
                           check=self.extract_check(db))
            group = [bare, add, both]
        measure(group, runs=self.runs(3, 1), warmup=1, env=self.env, tmp=self.tmp)
        self.groups["ingest"] = group
        subject = group[-1]
        stats = subject.stats()
        if subject.problem or not stats.get("runs"):
            self.checks.append(Check("3 ingest", ">= 500 articles/s end to end", subject.name, None, ">= 500/s", None,
                                     None, subject.problem or "not measured"))
        else:
            rate = count / stats["median"]
            detail = "" if extract_available else "extract not available yet: source add alone"
            reference = bare.stats()
            detail = (detail + "; " if detail else "") + (
                f"reference {count / reference['median']:,.0f} files/s" if reference.get("runs") else "")
            self.checks.append(Check("3 ingest", ">= 500 articles/s end to end", subject.name, bare.name, ">= 500/s",
                                     rate, rate >= 500 if extract_available else None, detail, stats["median"],
                                     reference.get("median")))
        self.extract_available = extract_available

    def extract_check(self, db: Path):
        def check(out, sample):
            import sqlite3

            conn = sqlite3.connect(db)
            try:
                sources = conn.execute("SELECT count(*) FROM sources").fetchone()[0]
                candidates = conn.execute("SELECT count(*) FROM claims WHERE status = 'candidate'").fetchone()[0]
                conflicts = conn.execute("SELECT count(*) FROM conflicts WHERE active = 1").fetchone()[0]
            finally:
                conn.close()
            self.notes.append(f"ingest warm-up: {sources} sources, {candidates} candidates, {conflicts} conflicts")
            return None if sources and candidates else f"{sources} sources, {candidates} candidates after extract"
        return check

    # 4. scaling
    def scaling(self):
        small, large = (10_000, 100_000) if self.quick else (100_000, 1_000_000)
        small_path, small_meta = self.db(small)
        large_path, large_meta = self.db(large)
        log(f"budget 4, scaling ({small:,} vs {large:,} claims)")
        detect_s = Command(f"conflict detection, {small:,} claims",
                           self.py(str(TOOLS / "detect_conflicts.py"), str(small_path)), role="baseline")
        detect_l = Command(f"conflict detection, {large:,} claims",
                           self.py(str(TOOLS / "detect_conflicts.py"), str(large_path)))
        measure([detect_s, detect_l], runs=self.runs(3, 2), warmup=1, env=self.env, tmp=self.tmp)
        list_s = Command(f"list --conflicts --json, {small:,}",
                         self.ct("--db", str(small_path), "list", "--conflicts", "--json"), role="baseline")
        list_l = Command(f"list --conflicts --json, {large:,}",
                         self.ct("--db", str(large_path), "list", "--conflicts", "--json"))
        measure([list_s, list_l], runs=self.runs(5, 3), warmup=1, env=self.env, tmp=self.tmp)
        # Adding a claim writes: work on a copy, one contested key per run.
        work = CACHE / f"work-{large}.db"
        log(f"  copying the {large:,}-claim database for the write test")
        for suffix in ("-wal", "-shm"):
            Path(str(work) + suffix).unlink(missing_ok=True)
        shutil.copyfile(large_path, work)
        runs = self.runs(9, 3)
        targets = self.claim_targets(work, runs + 1)
        state = {"next": 0}
        add = Command(f"claim add on a contested key, {large:,}", [])

        def next_target():
            target = targets[state["next"] % len(targets)]
            state["next"] += 1
            add.argv = self.ct("--db", str(work), "claim", "add", "Desk re-check of the reported figure",
                               "--source", target["source"], "--quote", target["quote"], "--key", target["key"],
                               "--value", target["value"])
        add.before = next_target
        base = Command("python3 -c pass", self.py("-c", "pass"), role="baseline")
        measure([base, add], runs=runs, warmup=1, env=self.env, tmp=self.tmp)
        self.groups["scaling"] = [detect_s, detect_l, list_s, list_l, base, add]
        self.ratio_check("4 scaling", f"{large // small}x the claims: at most 12x the time", detect_l, detect_s, 12)
        self.ratio_check("4 scaling", f"{large // small}x the claims: at most 12x the time", list_l, list_s, 12)
        self.ratio_check("4 scaling", "under 3x the start-up budget (18x python3 -c pass)", add, base, 18)
        self.claim_add_check(work, targets[: state["next"]])
        for suffix in ("", "-wal", "-shm"):
            Path(str(work) + suffix).unlink(missing_ok=True)

    def claim_targets(self, path: Path, n: int) -> list[dict]:
        """Contested keys spread over the file; for each, the first side's first quote, its source and value.

        The added claim restates that side, so once claimtrack has updated the
        key's conflict, the new claim must be listed on that side.
        """
        import sqlite3

        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        total = conn.execute("SELECT count(*) FROM conflicts WHERE active = 1 AND state = 'open'").fetchone()[0]
        step = max(1, total // (2 * n + 2))
        rows = conn.execute("SELECT key, sides_json FROM conflicts WHERE active = 1 AND state = 'open'"
                            " ORDER BY key").fetchall()[::step][: 2 * n]
        out = []
        for key, sides_json in rows:
            side = json.loads(sides_json)["sides"][0]
            quote = side["quotes"][0]
            value = conn.execute("SELECT value FROM claims WHERE id = ?", (quote["claim"],)).fetchone()[0]
            if side["stance"] != "asserts" or value is None:
                continue
            out.append({"key": key, "source": quote["source"], "quote": quote["quote"], "value": value})
        conn.close()
        for target in out:
            target["source"] = self.short_id(path, target["source"], "sources")
        return out[:n]

    def claim_add_check(self, path: Path, targets: list[dict]) -> None:
        import sqlite3

        conn = sqlite3.connect(path)
        try:
            added = conn.execute("SELECT count(*) FROM claims WHERE statement = 'Desk re-check of the reported figure'"
                                 ).fetchone()[0]
            stale = 0
            for target in targets:
                row = conn.execute("SELECT sides_json FROM conflicts WHERE key = ?", (target["key"],)).fetchone()
                claims = {c for side in json.loads(row[0])["sides"] for c in side["claims"]}
                mine = {r[0] for r in conn.execute(
                    "SELECT id FROM claims WHERE key = ? AND statement = 'Desk re-check of the reported figure'",
                    (target["key"],))}
                stale += not (mine <= claims) or not mine
        finally:
            conn.close()
        self.notes.append(f"claim add: {added} claims added on {len(targets)} contested keys; "
                          + ("each listed on its conflict's side after the command" if not stale
                             else f"{stale} key(s) whose conflict does not list the new claim"))

    # 5. memory
    def memory(self):
        size = 10_000 if self.quick else 100_000
        path, meta = self.db(size)
        available = self.has_command("export", needle="markdown")
        out = self.tmp / "report.md"
        args = ["--db", str(path), "export", "--format", "markdown", "-o", str(out)]
        if self.has_command("export", needle="--case"):
            args += ["--case", "newsroom-archive"]
        if self.has_command("export", needle="--edition"):
            args += ["--edition", "internal"]  # every claim: the published edition holds only rated ones
        log(f"budget 5, memory (export --format markdown of {meta['counts']['claims']:,} claims;"
            f" {'available' if available else 'not available yet'})")
        base = Command("python3 -c pass", self.py("-c", "pass"), role="reference")
        listing = Command("reference: list --json (all claims)", self.ct("--db", str(path), "list", "--json"),
                          role="reference")
        group = [base, listing]
        export = None
        if available:
            export = Command(f"claimtrack export --format markdown ({size:,} claims)", self.ct(*args),
                             check=lambda o, s: None if out.exists() and out.stat().st_size > 0 else "no report written")
            group.append(export)
        measure(group, runs=self.runs(3, 1), warmup=1, env=self.env, tmp=self.tmp)
        self.groups["memory"] = group
        if export is None or export.problem or not export.samples:
            self.checks.append(Check("5 memory", "peak RSS under 250 MB", "claimtrack export --format markdown", None,
                                     "< 250 MB", None, None,
                                     export.problem if export else "export --format markdown not available yet"))
            return
        peak = max(s.max_rss_kb for s in export.samples) / 1024
        self.checks.append(Check("5 memory", "peak RSS under 250 MB", export.name, None, "< 250 MB", peak, peak < 250,
                                 f"report {out.stat().st_size / 1e6:.1f} MB", export.stats()["median"]))

    # 6. saved web pages
    def pages(self):
        """``source add`` of 1,000 saved pages in one command, fresh database each round: pages per
        second and peak memory; the same articles as text files alongside, as the yardstick."""
        count = 200 if self.quick else 1000
        directory, meta = cached_pages(count, seed=self.args.seed)
        self.generation[f"pages-{count}"] = meta
        pages_ = sorted(str(p) for p in directory.glob("*.html"))
        texts = sorted(str(p) for p in (directory / "text").glob("*.txt"))
        db, text_db = self.tmp / "pages.db", self.tmp / "pages-text.db"

        def fresh(path):
            def clear():
                for suffix in ("", "-wal", "-shm"):
                    Path(str(path) + suffix).unlink(missing_ok=True)
            return clear

        def stored(out, sample):
            import sqlite3

            conn = sqlite3.connect(db)
            try:
                n, outlets, dated, kept = conn.execute(
                    "SELECT count(*), count(outlet), count(published), (SELECT count(*) FROM source_originals)"
                    " FROM sources").fetchone()
            finally:
                conn.close()
            self.notes.append(f"pages warm-up: {n} sources, {outlets} with an outlet, {dated} dated, {kept} pages kept")
            return None if n == count and kept == count else f"{n} sources, {kept} pages kept of {count}"
        add = Command(f"claimtrack source add ({count} saved pages)", self.ct("--db", str(db), "source", "add", *pages_),
                      before=fresh(db), check=stored)
        text = Command(f"reference: source add ({count} text files)",
                       self.ct("--db", str(text_db), "source", "add", *texts), role="reference", before=fresh(text_db))
        log(f"budget 6, saved pages ({count} pages, {meta['mean_kb']} KB on average)")
        measure([text, add], runs=self.runs(5, 2), warmup=1, env=self.env, tmp=self.tmp)
        self.groups["pages"] = [text, add]
        stats = add.stats()
        if add.problem or not stats.get("runs"):
            self.checks.append(Check("6 pages", f">= {PAGES_PER_SECOND} pages/s", add.name, None,
                                     f">= {PAGES_PER_SECOND}/s", None, None, add.problem or "not measured"))
            return
        rate = count / stats["median"]
        reference = text.stats()
        detail = f"text files {count / reference['median']:,.0f}/s" if reference.get("runs") else ""
        self.checks.append(Check("6 pages", f">= {PAGES_PER_SECOND} pages/s", add.name, text.name,
                                 f">= {PAGES_PER_SECOND}/s", rate, rate >= PAGES_PER_SECOND, detail, stats["median"],
                                 reference.get("median")))
        peak = stats["max_rss_mb"]
        self.checks.append(Check("6 pages", f"peak RSS under {PAGES_PEAK_MB} MB", add.name, None,
                                 f"< {PAGES_PEAK_MB} MB", peak, peak < PAGES_PEAK_MB,
                                 "the largest process (GNU time: the command or one of its workers)", stats["median"]))

    # report
    def report(self) -> dict:
        rows = []
        for budget, commands in self.groups.items():
            for command in commands:
                rows.append({"budget": budget, "command": command.name, "role": command.role,
                             "argv": [a if len(a) < 200 else a[:200] + "..." for a in command.argv[:12]]
                             + (["..."] if len(command.argv) > 12 else []),
                             "problem": command.problem, **command.stats()})
        return {
            "when": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "quick": self.quick,
            "machine": {"cpus": os.cpu_count(), "platform": platform.platform(), "python": platform.python_version(),
                        "load_average": os.getloadavg()},
            "install": self.install,
            "git": _git_state(),
            "generation": self.generation,
            "commands": rows,
            "checks": [c.__dict__ for c in self.checks],
            "notes": self.notes,
        }


def cached_pages(count: int, *, seed: int) -> tuple[Path, dict]:
    """Saved pages made by benchmarks/pages.py, cached while it and the corpus are unchanged."""
    import pages

    digest = hashlib.sha256((HERE / "corpus.py").read_bytes() + (HERE / "pages.py").read_bytes()).hexdigest()[:12]
    directory = CACHE / f"pages-{count}-seed{seed}-{digest}"
    meta_path = directory.with_suffix(".json")
    if directory.is_dir() and meta_path.exists():
        return directory, json.loads(meta_path.read_text())
    for old in CACHE.glob(f"pages-{count}-seed{seed}-*"):
        shutil.rmtree(old) if old.is_dir() else old.unlink()
    started = time.perf_counter()
    meta = pages.write_pages(directory, count=count, seed=seed)
    meta["seconds"] = round(time.perf_counter() - started, 2)
    meta_path.write_text(json.dumps(meta, indent=2))
    return directory, meta


def _git_state() -> dict:
    def git(*args):
        result = subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True, text=True)
        return result.stdout.strip()
    return {"commit": git("rev-parse", "--short", "HEAD"), "dirty": bool(git("status", "--porcelain", "src"))}


def _ms(x):
    return "-" if x is None else (f"{x * 1000:,.0f} ms" if x < 10 else f"{x:,.1f} s")


def print_table(result: dict) -> None:
    print()
    print(f"{'budget':<9} {'command':<54} {'median':>9} {'min-max':>19} {'CPU':>9} {'peak RSS':>9}")
    for row in result["commands"]:
        if not row.get("runs"):
            print(f"{row['budget']:<9} {row['command'][:54]:<54} {'not run: ' + (row['problem'] or '')[:60]}")
            continue
        span = f"{_ms(row['min'])}-{_ms(row['max'])}"
        tag = {"baseline": " [baseline]", "reference": " [reference]"}.get(row["role"], "")
        print(f"{row['budget']:<9} {(row['command'] + tag)[:54]:<54} {_ms(row['median']):>9} {span:>19} "
              f"{_ms(row.get('cpu_median')):>9} {row['max_rss_mb']:>6.0f} MB")
    print()
    print(f"{'budget':<11} {'check':<40} {'subject':<38} {'median':>9} {'baseline':>9} {'value':>9} {'limit':>9}  verdict")
    for check in result["checks"]:
        value = check["value"]
        if value is None:
            shown = "-"
        elif check["limit"].endswith("x"):
            shown = f"{value:.2f}x"
        elif "MB" in check["limit"]:
            shown = f"{value:.0f} MB"
        else:
            shown = f"{value:,.0f}/s"
        verdict = {True: "PASS", False: "FAIL", None: "n/a"}[check["passed"]]
        extra = f"  ({check['detail']})" if check["detail"] else ""
        print(f"{check['budget']:<11} {check['what'][:40]:<40} {check['subject'][:38]:<38} "
              f"{_ms(check.get('subject_median')):>9} {_ms(check.get('baseline_median')):>9} {shown:>9} "
              f"{check['limit']:>9}  {verdict}{extra}")
    for note in result["notes"]:
        print(f"note: {note}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", help=f"comma-separated budgets: {', '.join(BUDGETS)}")
    parser.add_argument("--quick", action="store_true", help="small files (10k claims, 500 articles), few runs")
    parser.add_argument("--runs", type=int, help="timed rounds per group (default depends on the budget)")
    parser.add_argument("--install", choices=("dedicated", "current"), default="dedicated",
                        help="dedicated: regular install in benchmarks/.cache/venv (default); "
                             "current: the environment running this script")
    parser.add_argument("--seed", type=int, default=None, help="corpus seed (default: the generator's)")
    parser.add_argument("--tmp", default=None, help="directory for scratch files (default: system temp)")
    parser.add_argument("--output", type=Path, help="results file (default: benchmarks/results/<time>.json)")
    args = parser.parse_args(argv)
    import generate

    if args.seed is None:
        args.seed = generate.DEFAULT_SEED
    selected = args.only.split(",") if args.only else list(BUDGETS)
    unknown = set(selected) - set(BUDGETS)
    if unknown:
        parser.error(f"unknown budget(s): {', '.join(sorted(unknown))}")
    runner = Runner(args)
    try:
        for name in BUDGETS:
            if name in selected:
                getattr(runner, name)()
    finally:
        result = runner.report()
        RESULTS.mkdir(exist_ok=True)
        target = args.output or RESULTS / (time.strftime("%Y%m%d-%H%M%S") + ("-quick" if args.quick else "") + ".json")
        target.write_text(json.dumps(result, indent=2))
        shutil.copyfile(target, RESULTS / "latest.json")
        shutil.rmtree(runner.tmp, ignore_errors=True)
        print_table(result)
        log(f"\nresults: {target}")
    failed = [c for c in runner.checks if c.passed is False]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
