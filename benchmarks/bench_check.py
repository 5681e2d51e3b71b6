"""Time `integrity check` against one jieba.lcut pass over the same text, in CPU seconds.

What is measured, in one run:

a) `integrity check FILES... --format jsonl --jobs N` (default 1) as a whole process: wall
   clock from start to exit and CPU seconds (user + system of the process and its workers), so
   interpreter start-up, imports, loading lexicons and models, reading and parsing the files and
   writing findings all count. Standard output goes through a pipe that is read in 1 MB chunks
   and its newlines counted: that is the finding count. Exit status 0 (no findings) and 1
   (findings) are both success. Peak RSS is the child's ru_maxrss (getrusage RUSAGE_CHILDREN;
   with worker processes, the largest single process, not their sum).
b) jieba.lcut over exactly the segment texts of the same files, in this process, after they are
   read into memory: jieba.initialize() (loading the dictionary) is timed and shown on its own;
   the lcut loop is the baseline.

The verdict compares the same work on the same cores: CPU seconds of the check (all its
processes) over CPU seconds of the jieba pass (one process), target at most 0.5 (issue 17), and
MB of segment text per CPU second of the check, target at least 3. Wall-clock figures are
printed beside them but not judged: they move when other work shares the machine, and with
--jobs above 1 the check uses more cores than the baseline. MB are of segment text (UTF-8
bytes); the corpus size on disk is shown as well. 1 MB = 10^6 bytes.

Without --corpus, a corpus of --mb megabytes is written to a temporary directory with
make_corpus.py (deleted at the end unless --keep).
"""

from __future__ import annotations

import argparse
import json
import logging
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import jieba
import make_corpus

SUFFIXES = (".jsonl", ".json", ".txt")


def integrity_command() -> list[str]:
    """The `integrity` next to this Python, else `python -m integrity` if that runs."""
    exe = Path(sys.executable).with_name("integrity")
    if exe.is_file():
        return [str(exe)]
    probe = subprocess.run([sys.executable, "-m", "integrity", "--help"],
                           capture_output=True, text=True)
    if probe.returncode == 0:
        return [sys.executable, "-m", "integrity"]
    last = (probe.stderr.strip().splitlines() or ["no message"])[-1]
    raise SystemExit(
        f"bench_check: integrity is not installed for {sys.executable}: there is no {exe} and "
        f"`python -m integrity --help` failed ({last}).\n"
        "Install it with `pip install -e .` in the repository, or use --jieba-only.")


def corpus_files(corpus: Path) -> list[Path]:
    files = sorted(p for p in corpus.rglob("*") if p.suffix in SUFFIXES and p.is_file())
    if not files:
        raise SystemExit(f"bench_check: no {', '.join(SUFFIXES)} files under {corpus}")
    return files


def segment_texts(files: list[Path]) -> list[str]:
    """The segment texts, as `check` sees them: sessions' segments; non-empty lines of a .txt."""
    texts: list[str] = []
    for path in files:
        with path.open(encoding="utf-8-sig") as f:
            if path.suffix == ".txt":
                texts.extend(line.strip() for line in f if line.strip())
                continue
            docs = [json.loads(line) for line in f if line.strip()] if path.suffix == ".jsonl" else [json.load(f)]
        for doc in docs:
            texts.extend(seg["text"] for seg in doc.get("segments", ()))
    return texts


CPU_RATIO_TARGET = 0.5
MB_PER_CPU_SECOND_TARGET = 3.0


def time_check(command: list[str], files: list[Path], jobs: int) -> dict:
    """Run the checker once over all files; wall and CPU seconds, finding lines, exit status,
    peak RSS."""
    args = command + ["check", *map(str, files), "--format", "jsonl", "--jobs", str(jobs)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    with tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        with subprocess.Popen(args, stdout=subprocess.PIPE, stderr=err) as proc:
            lines = 0
            while chunk := proc.stdout.read(1 << 20):
                lines += chunk.count(b"\n")
            status = proc.wait()
        seconds = time.perf_counter() - started
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace").strip()
    if status not in (0, 1) or (status == 1 and not lines):
        raise SystemExit(f"bench_check: `{' '.join(args[:3])} ...` exited with {status} and "
                         f"{lines} findings:\n{stderr[-2000:]}")
    if stderr:
        print(f"integrity check wrote to stderr:\n{stderr[:1000]}", file=sys.stderr)
    rss_unit = 1 if sys.platform == "darwin" else 1024  # bytes on macOS, KiB on Linux
    return {"seconds": seconds, "findings": lines, "status": status, "jobs": jobs,
            "cpu": usage.ru_utime + usage.ru_stime - before.ru_utime - before.ru_stime,
            "rss_mib": usage.ru_maxrss * rss_unit / 2**20}


def time_jieba(texts: list[str]) -> dict:
    jieba.setLogLevel(logging.WARNING)
    started = time.perf_counter()
    jieba.initialize()
    init = time.perf_counter() - started
    lcut = jieba.lcut
    tokens = 0
    started, cpu = time.perf_counter(), time.process_time()
    for text in texts:
        tokens += len(lcut(text))
    return {"init": init, "seconds": time.perf_counter() - started, "cpu": time.process_time() - cpu,
            "tokens": tokens}


def report(corpus: Path, files: list[Path], texts: list[str], check: dict | None, jb: dict) -> None:
    mb = make_corpus.MB
    disk = sum(p.stat().st_size for p in files) / mb
    text_mb = sum(len(t.encode()) for t in texts) / mb
    print(f"corpus         {corpus}: {len(files)} files, {disk:.2f} MB on disk, {len(texts)} segments, "
          f"{text_mb:.2f} MB of segment text")
    print(f"{'':20}{'wall s':>10}{'CPU s':>10}{'MB/CPU s':>10}")
    if check:
        print(f"{'integrity check':20}{check['seconds']:10.2f}{check['cpu']:10.2f}{text_mb / check['cpu']:10.2f}"
              f"   --jobs {check['jobs']}, exit {check['status']}")
    print(f"{'jieba.lcut loop':20}{jb['seconds']:10.2f}{jb['cpu']:10.2f}{text_mb / jb['cpu']:10.2f}"
          f"   {jb['tokens']} tokens")
    print(f"{'jieba.initialize':20}{jb['init']:10.2f}")
    if check:
        ratio = check["cpu"] / jb["cpu"]
        speed = text_mb / check["cpu"]
        print(f"{'CPU check/jieba':20}{ratio:10.2f}   "
              f"{'meets' if ratio <= CPU_RATIO_TARGET else 'misses'} the target <= {CPU_RATIO_TARGET}")
        print(f"{'MB per CPU second':20}{speed:10.2f}   "
              f"{'meets' if speed >= MB_PER_CPU_SECOND_TARGET else 'misses'} the target >= {MB_PER_CPU_SECOND_TARGET}")
        print(f"{'wall check/jieba':20}{check['seconds'] / jb['seconds']:10.2f}   (not judged)")
        print(f"{'findings':20}{check['findings']:10d}")
        print(f"{'check peak RSS':20}{check['rss_mib']:10.1f} MiB")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        epilog="Example: python benchmarks/bench_check.py --mb 200 --keep",
    )
    parser.add_argument("--corpus", type=Path, metavar="DIR",
                        help=f"existing corpus: every {'/'.join(SUFFIXES)} file under DIR (default: write one)")
    parser.add_argument("--mb", type=float, default=20,
                        help="size of the corpus to write when --corpus is not given (default 20)")
    parser.add_argument("--seed", type=int, default=7, help="seed for the written corpus (default 7)")
    parser.add_argument("--format", choices=("jsonl", "txt"), default="jsonl",
                        help="format of the written corpus (default jsonl)")
    parser.add_argument("--jobs", type=int, default=1,
                        help="worker processes of the check (default 1: the same cores as the jieba pass)")
    parser.add_argument("--keep", action="store_true", help="keep the written corpus and print where it is")
    parser.add_argument("--jieba-only", action="store_true",
                        help="skip `integrity check`; measure only the jieba baseline")
    args = parser.parse_args(argv)

    command = None if args.jieba_only else integrity_command()
    corpus = args.corpus
    if corpus is None:
        corpus = Path(tempfile.mkdtemp(prefix="integrity-bench-"))
        started = time.perf_counter()
        stats, _ = make_corpus.generate(corpus, args.mb, args.seed, args.format)
        print(f"wrote {stats.sessions} sessions, {stats.segments} segments ({stats.unique} unique) "
              f"in {time.perf_counter() - started:.1f} s")
    try:
        files = corpus_files(corpus)
        check = time_check(command, files, args.jobs) if command else None
        texts = segment_texts(files)
        report(corpus, files, texts, check, time_jieba(texts))
    finally:
        if args.corpus is None:
            if args.keep:
                print(f"corpus kept in {corpus}")
            else:
                shutil.rmtree(corpus)
    return 0


if __name__ == "__main__":
    sys.exit(main())
