"""Benchmark `integrity scan`: the speed-up of two workers, the cost of storing, peak memory.

    python benchmarks/bench_scan.py [--mb 20] [--big] [--repeat 3] [--work DIR]

Writes the synthetic corpus with benchmarks/make_corpus.py (once per size, kept under --work
and reused), then times each command in a fresh process, best of --repeat runs:

    integrity check CORPUS --format jsonl --jobs 1 > /dev/null
    integrity scan CORPUS --db new.db --jobs 1
    integrity check CORPUS --format jsonl --jobs 2 > /dev/null
    integrity scan CORPUS --db new.db --jobs 2
    integrity scan CORPUS --db same.db --jobs 2      (again: nothing to check)
    integrity search 全网最低 --db same.db             (the scan has built the text index)

and reports wall seconds and CPU seconds (user + system, the process and its workers). While each runs it samples the memory of the whole process tree (the scanner and its workers)
from /proc every 0.2 s: the sum of RSS, which counts pages shared by forked workers once per
process, and the sum of PSS, which shares them out (PSS rises during a run as forked workers
write to pages they shared). --big adds the 200 MB corpus, to show that peak memory does not
grow with corpus size. The speed-up is also given for the scan alone, without the start-up both
runs share (importing the package and building the Checker), from the time `scan` reports.
Linux only (reads /proc).
"""
from __future__ import annotations

import argparse
import os
import re
import resource
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_corpus import generate  # noqa: E402

PAGE = os.sysconf("SC_PAGE_SIZE")
SPEED_UP = 1.7
OVERHEAD = 0.15  # storing, in CPU seconds over the same check (issue 17)
MEMORY_GROWTH = 1.1


@dataclass
class Measure:
    seconds: float
    cpu: float
    rss: int
    pss: int
    inner: float | None = None  # what `scan` reports, start-up left out


def integrity(*args: str) -> list[str]:
    return [sys.executable, "-m", "integrity", *args]


def tree(root: int) -> list[int]:
    """root and every process below it."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            parent = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(parent, []).append(int(entry))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo += children.get(pid, [])
    return found


def memory(pids: list[int]) -> tuple[int, int]:
    """Sums of RSS and PSS in bytes."""
    rss = pss = 0
    for pid in pids:
        try:
            rss += int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    pss += int(line.split()[1]) * 1024
        except (OSError, IndexError, ValueError):
            continue
    return rss, pss


def measure(command: list[str], stdout=subprocess.PIPE) -> Measure:
    """Run command; its wall time and the peak memory of its process tree."""
    peak = [0, 0]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=stdout, stderr=subprocess.PIPE, text=True)

    def sample() -> None:
        while process.poll() is None:
            rss, pss = memory(tree(process.pid))
            peak[0], peak[1] = max(peak[0], rss), max(peak[1], pss)
            time.sleep(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = process.communicate()
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    sampler.join()
    if process.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}):\n{err}")
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    inner = re.search(r" in ([0-9.,]+) s:", out or "")
    return Measure(seconds, cpu, *peak, float(inner[1].replace(",", "")) if inner else None)


def best(runs: list[Measure]) -> Measure:
    inner = [r.inner for r in runs if r.inner is not None]
    return Measure(min(r.seconds for r in runs), min(r.cpu for r in runs), max(r.rss for r in runs),
                   max(r.pss for r in runs), min(inner) if inner else None)


def corpus(work: Path, mb: float) -> Path:
    out = work / f"corpus-{mb:g}mb"
    if not (out.is_dir() and any(out.iterdir())):
        print(f"writing the {mb:g} MB corpus to {out} ...", flush=True)
        generate(out, mb)
    return out


def bench(work: Path, mb: float, repeat: int) -> dict[str, Measure]:
    data = corpus(work, mb)
    results: dict[str, list[Measure]] = {}

    def run(name: str, command: list[str], stdout=subprocess.PIPE) -> None:
        m = measure(command, stdout)
        results.setdefault(name, []).append(m)
        print(f"  {mb:g} MB {name:12} {m.seconds:8.2f} s  CPU {m.cpu:7.2f} s  RSS {m.rss / 1e6:5.0f} MB  "
              f"PSS {m.pss / 1e6:5.0f} MB", flush=True)

    for attempt in range(repeat):
        for jobs in (1, 2):
            with open(os.devnull, "w") as null:
                run(f"check -j{jobs}", integrity("check", str(data), "--format", "jsonl", "-j", str(jobs)), null)
            db = work / f"scan-{mb:g}mb-j{jobs}-{attempt}.db"
            for leftover in db.parent.glob(db.name + "*"):
                leftover.unlink()
            run(f"scan -j{jobs}", integrity("scan", str(data), "--db", str(db), "-j", str(jobs), "-q"))
        run("rescan -j2", integrity("scan", str(data), "--db", str(db), "-j", "2", "-q"))
        run("first search", integrity("search", "全网最低", "--db", str(db)))
    return {name: best(runs) for name, runs in results.items()}


def report(mb: float, results: dict[str, Measure]) -> list[tuple[str, bool]]:
    print(f"\n{mb:g} MB corpus")
    print(f"  {'command':12} {'seconds':>8} {'CPU s':>7} {'MB/s':>6} {'peak RSS (sum)':>15} {'peak PSS (sum)':>15}")
    for name, m in results.items():
        print(f"  {name:12} {m.seconds:8.2f} {m.cpu:7.2f} {mb / m.seconds:6.2f} {m.rss / 1e6:12.0f} MB "
              f"{m.pss / 1e6:12.0f} MB")
    one, two = results["scan -j1"], results["scan -j2"]
    speed_up = one.seconds / two.seconds
    print(f"  speed-up, --jobs 2 over --jobs 1: {speed_up:.2f}x (target >= {SPEED_UP}x); the scan alone, "
          f"start-up left out: {one.inner / two.inner:.2f}x ({one.inner:.1f} s / {two.inner:.1f} s)")
    checks = [(f"{mb:g} MB: speed-up {speed_up:.2f}x >= {SPEED_UP}x", speed_up >= SPEED_UP)]
    for jobs in (1, 2):
        check, scan = results[f"check -j{jobs}"], results[f"scan -j{jobs}"]
        overhead = scan.cpu / check.cpu - 1
        print(f"  storing: scan --jobs {jobs} costs {overhead:+.0%} CPU seconds over check --jobs {jobs} > /dev/null "
              f"(target <= +{OVERHEAD:.0%}); by wall clock {scan.seconds / check.seconds - 1:+.0%} (not judged)")
        checks.append((f"{mb:g} MB, --jobs {jobs}: storing overhead {overhead:+.0%} (CPU) <= +{OVERHEAD:.0%}",
                       overhead <= OVERHEAD))
    return checks


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=20, help="corpus size in MB (default 20)")
    parser.add_argument("--big", action="store_true", help="also the 200 MB corpus, for the memory comparison")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each command, the fastest counts (default 3)")
    parser.add_argument("--work", type=Path, help="where corpora and databases go (default: a temporary directory)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-scan-") as temporary:
        work = args.work or Path(temporary)
        work.mkdir(parents=True, exist_ok=True)
        print(f"{os.cpu_count()} CPUs; python {sys.version.split()[0]}")
        sizes = [args.mb] + ([200.0] if args.big else [])
        measured = {mb: bench(work, mb, args.repeat if mb == args.mb else 1) for mb in sizes}
        checks = [check for mb, results in measured.items() for check in report(mb, results)]
        if args.big:
            for name in ("scan -j1", "scan -j2"):
                small, big = (measured[mb][name] for mb in sizes)
                growth = big.rss / small.rss
                print(f"\npeak memory of {name}: RSS {small.rss / 1e6:.0f} MB at {args.mb:g} MB, "
                      f"{big.rss / 1e6:.0f} MB at 200 MB ({growth:.2f}x for {200 / args.mb:.0f}x the data); "
                      f"PSS {small.pss / 1e6:.0f} MB, {big.pss / 1e6:.0f} MB")
                checks.append((f"{name}: peak RSS grows {growth:.2f}x <= {MEMORY_GROWTH}x", growth <= MEMORY_GROWTH))
    print()
    for text, ok in checks:
        print(f"  {'PASS' if ok else 'FAIL'}  {text}")
    return 0 if all(ok for _, ok in checks) else 1


if __name__ == "__main__":
    sys.exit(main())
