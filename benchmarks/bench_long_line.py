"""Time `integrity check` on transcripts that are one long line, against the benchmark corpus.

A transcript without a single line break (ASR output saved as one line) is one segment of
millions of characters. The checker cuts such a segment into overlapping windows, so checking
it should cost what checking the same text as a corpus of ordinary segments costs. Measured,
each as a whole `integrity check FILE --format jsonl --jobs 1` process (start-up included):

a) the corpus: a make_corpus.py corpus of --corpus-mb MB (session documents), its MB/s of
   segment text, as bench_check.py gives it but in one process (a single line cannot be shared
   out among worker processes, so one process is the fair comparison);
b) one-line .txt files of --mb MB each: the segment texts of a make_corpus.py corpus joined
   into one line (ASR text: its own punctuation, 30% of it none), and two dense repetitions
   that once made the time grow with the square of the length: 全网最低价 (a lexicon hit
   every 5 characters) and 原价999今天99 (a price claim every 10).

For each it prints seconds, MB/s (UTF-8 bytes of text; 1 MB = 10^6 bytes), the ratio to the
corpus's MB/s, the findings and the peak RSS of the process. The target: every one-line file
at least half the corpus's MB/s, with peak memory that does not grow with the line's length
(compare --mb 5 and --mb 50).
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import make_corpus
from bench_check import integrity_command, segment_texts

DENSE = {"dense-claims": "全网最低价", "dense-prices": "原价999今天99"}


def run_check(command: list[str], files: list[Path]) -> dict:
    """One `check` process: wall seconds, finding lines, exit status, peak RSS (MiB)."""
    args = command + ["check", *map(str, files), "--format", "jsonl", "--jobs", "1"]
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        process = subprocess.Popen(args, stdout=out, stderr=err)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        findings = sum(block.count(b"\n") for block in iter(lambda: out.read(1 << 20), b""))
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace").strip()
    if process.returncode not in (0, 1):
        raise SystemExit(f"bench_long_line: `{' '.join(args[:3])} ...` exited with {process.returncode}:\n"
                         f"{stderr[-2000:]}")
    rss_unit = 1 if sys.platform == "darwin" else 1024
    return {"seconds": seconds, "findings": findings, "rss_mib": usage.ru_maxrss * rss_unit / 2**20}


def one_line(texts: list[str], path: Path, mb: float) -> int:
    """Write ``texts`` joined into one line of at least ``mb`` MB (repeated if need be); its bytes."""
    target = int(mb * make_corpus.MB)
    written = 0
    with path.open("w", encoding="utf-8") as file:
        while written < target:
            for text in texts:
                data = text.replace("\n", " ")
                file.write(data)
                written += len(data.encode())
                if written >= target:
                    break
        file.write("\n")
    return written


def row(name: str, text_bytes: int, result: dict, base: float | None) -> None:
    rate = text_bytes / make_corpus.MB / result["seconds"]
    ratio = f"{rate / base:8.2f}" if base else f"{'1.00':>8}"
    print(f"{name:14}{text_bytes / make_corpus.MB:9.1f}{result['seconds']:10.1f}{rate:8.2f}{ratio}"
          f"{result['findings']:10d}{result['rss_mib']:10.0f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     epilog="Example: python benchmarks/bench_long_line.py --mb 50")
    parser.add_argument("--mb", type=float, default=50, help="size of each one-line file (default 50)")
    parser.add_argument("--corpus-mb", type=float, default=10, help="size of the corpus to compare with (default 10)")
    parser.add_argument("--only", choices=("asr", *DENSE), action="append",
                        help="only these one-line files (repeatable; default all three)")
    parser.add_argument("--seed", type=int, default=7, help="seed for the corpora (default 7)")
    args = parser.parse_args(argv)
    command = integrity_command()
    work = Path(tempfile.mkdtemp(prefix="integrity-long-line-"))
    try:
        corpus = work / "corpus"
        make_corpus.generate(corpus, args.corpus_mb, args.seed, "jsonl")
        files = sorted(corpus.glob("*.jsonl"))
        corpus_bytes = sum(len(text.encode()) for text in segment_texts(files))
        print(f"{'file':14}{'MB':>9}{'seconds':>10}{'MB/s':>8}{'ratio':>8}{'findings':>10}{'RSS MiB':>10}")
        measured = run_check(command, files)
        row("corpus", corpus_bytes, measured, None)
        base = corpus_bytes / make_corpus.MB / measured["seconds"]
        for name in args.only or ("asr", *DENSE):
            path = work / f"{name}.txt"
            if name == "asr":
                source = work / "asr-corpus"
                make_corpus.generate(source, min(args.mb, 20) * 1.6, args.seed + 1, "txt")
                texts = [line.strip() for p in sorted(source.glob("*.txt"))
                         for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
            else:
                texts = [DENSE[name]]
            size = one_line(texts, path, args.mb)
            row(name, size, run_check(command, [path]), base)
            path.unlink()
    finally:
        shutil.rmtree(work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
