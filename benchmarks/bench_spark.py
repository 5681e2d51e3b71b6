"""Benchmark `integrity scan --engine spark`: throughput per executor core against a local
`scan --jobs 1` on the same corpus, and what that means for a national deployment.

    python benchmarks/bench_spark.py [--mb 10] [--days 1] [--cores 2] [--work DIR] [--province-gb 3]

Writes the synthetic corpus with benchmarks/make_corpus.py (kept under --work and reused), its
sessions dated over --days days (default 1: a day's run, as a platform runs it; the corpus
itself spreads them over a year, and Spark writes a file per table and day), then in this
process:

    local   integrity.store.scan.scan(CORPUS, new.db, jobs=1)                (as `scan --jobs 1`)
    spark   integrity.scale.spark.run(CORPUS, new DIR) on local[--cores]     (as `scan --engine spark`)
    again   the same Spark run on the same DIR: nothing new to write

Both engines are timed as their commands report it: without starting Python, loading the
Checker in the driver, or starting the JVM (a fixed cost of seconds, not of the volume). Before
the timed Spark run, a warm-up run over a small corpus has every Python worker build its
Checker once, as a long-running cluster's executors have. MB are MB (10^6 bytes) of input files.

Prints MB/s of each, Spark's MB/s per executor core and its ratio to local `scan --jobs 1`
(one core), then the cores a national deployment needs: 100 times a province's daily volume
(--province-gb of transcripts a day) checked in 24 hours and in an 8-hour night, from the
per-core figure (Spark adds executors linearly: sessions are independent; the driver's work,
planning and committing, grows with files, not bytes).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_corpus import generate  # noqa: E402


def corpus(work: Path, mb: float, seed: int = 7) -> Path:
    path = work / f"corpus-{mb:g}mb-{seed}"
    if not path.exists():
        generate(path, mb, seed=seed)
    return path


def dated(source: Path, days: int) -> Path:
    """A copy of the corpus with its sessions dated over ``days`` days up to 2026-11-20."""
    target = source.with_name(f"{source.name}-days{days}")
    if not target.exists():
        target.mkdir()
        last = dt.date(2026, 11, 20)
        for path in sorted(source.glob("*.jsonl")):
            with path.open(encoding="utf-8") as lines, (target / path.name).open("w", encoding="utf-8") as out:
                for n, line in enumerate(lines):
                    document = json.loads(line)
                    document["date"] = (last - dt.timedelta(days=n % days)).isoformat()
                    out.write(json.dumps(document, ensure_ascii=False) + "\n")
    return target


def size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*.jsonl"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=10, help="corpus size in MB (default 10)")
    parser.add_argument("--days", type=int, default=1, help="days the sessions are dated over (default 1)")
    parser.add_argument("--cores", type=int, default=2, help="Spark's local[N] (default 2)")
    parser.add_argument("--work", type=Path, help="where corpora and outputs go (default: a temporary directory)")
    parser.add_argument("--province-gb", type=float, default=3.0,
                        help="a province's transcripts a day, in GB, for the sizing (default 3)")
    args = parser.parse_args(argv)

    from integrity.detect.checker import Checker
    from integrity.scale import hadoop
    from integrity.scale import spark as engine
    from integrity.store import scan as scanning

    work = args.work or Path(tempfile.mkdtemp(prefix="bench-spark-"))
    work.mkdir(parents=True, exist_ok=True)
    data = dated(corpus(work, args.mb), args.days)
    warm = corpus(work, 0.3, seed=11)
    mb = size(data) / 1e6
    stamp = time.strftime("%H%M%S")
    checker = Checker()

    local = scanning.scan(str(work / f"local-{stamp}.db"), [str(data)], checker, jobs=1)
    local_rate = mb / local.seconds

    session, _ = hadoop.start(f"local[{args.cores}]", {}, progress=False)
    engine.run(session, str(work / f"warm-{stamp}"), [str(warm)], checker)
    out = str(work / f"spark-{stamp}")
    first = engine.run(session, out, [str(data)], checker)
    again = engine.run(session, out, [str(data)], checker)
    session.stop()
    assert first.counts["findings"] == local.counts["findings"], "the engines disagree: compare with tests/test_spark.py"

    rate = mb / first.seconds
    per_core = rate / args.cores
    print(f"corpus: {mb:,.1f} MB, {local.counts['sessions']:,} sessions over {args.days} days, "
          f"{local.counts['findings']:,} findings")
    print(f"local scan --jobs 1          {local.seconds:8.1f} s  {local_rate:6.2f} MB/s")
    print(f"spark local[{args.cores}]               {first.seconds:8.1f} s  {rate:6.2f} MB/s  "
          f"{per_core:.2f} MB/s per core = {per_core / local_rate:.2f} x local per core")
    print(f"spark again (nothing new)    {again.seconds:8.1f} s  {mb / again.seconds:6.2f} MB/s")
    national = 100 * args.province_gb * 1000  # MB a day
    for hours in (24, 8):
        cores = national / (per_core * hours * 3600)
        print(f"national: 100 x {args.province_gb:g} GB a day = {national / 1e6:,.2f} TB in {hours} h needs "
              f"{math.ceil(cores):,} executor cores at {per_core:.2f} MB/s each")
    print(f"(work directory: {work})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
