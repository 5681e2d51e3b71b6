"""Time the trained model's scoring alone: MB/s of segment text on one core.

What is measured: `Model.predict_proba` of `integrity/detect/classifier/features.py`, called once
per session on the session's normalised segment texts, exactly as a check calls it (hashed
character n-grams, tf-idf and the linear model per category, all in numpy). Reading the files
and normalising the texts are done before the clock starts; loading the model (size and sha256
checked against its card) is timed on its own line. Everything runs in this one process, so the
figures are for one core (numpy's bincount and sort do not use threads).

The target is at most 0.1 s of CPU per MB of segment text (>= 10 MB/s), a small share of the
project's end-to-end target of >= 3 MB/s per core. The verdict is judged on CPU seconds, which
other work on the machine does not inflate; wall-clock figures are printed beside them. MB = 10^6
bytes of UTF-8 segment text.

Without --corpus, a corpus of --mb megabytes is written to a temporary directory with
make_corpus.py (deleted at the end unless --keep).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

import make_corpus

from integrity.detect.checker import Checker
from integrity.detect.classifier.judge import ModelJudge
from integrity.paths import data_dir

TARGET_SECONDS_PER_MB = 0.1


def sessions_of(corpus: Path) -> list[list[str]]:
    """Each session's segment texts, from every .jsonl file under the corpus."""
    files = sorted(p for p in corpus.rglob("*.jsonl") if p.is_file())
    if not files:
        raise SystemExit(f"bench_model: no .jsonl files under {corpus}")
    sessions = []
    for path in files:
        with path.open(encoding="utf-8-sig") as handle:
            for line in handle:
                if line.strip():
                    sessions.append([segment["text"] for segment in json.loads(line).get("segments", ())])
    return sessions


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     epilog="Example: python benchmarks/bench_model.py --mb 20")
    parser.add_argument("--corpus", type=Path, metavar="DIR",
                        help="existing corpus: every .jsonl file under DIR (default: write one)")
    parser.add_argument("--mb", type=float, default=20,
                        help="size of the corpus to write when --corpus is not given (default 20)")
    parser.add_argument("--seed", type=int, default=7, help="seed for the written corpus (default 7)")
    parser.add_argument("--model", type=Path, metavar="DIR", help="a model folder (default: the shipped models/)")
    parser.add_argument("--repeat", type=int, default=3, help="passes over the corpus; the fastest is reported")
    parser.add_argument("--keep", action="store_true", help="keep the written corpus and print where it is")
    args = parser.parse_args(argv)

    corpus = args.corpus
    written = corpus is None
    if written:
        corpus = Path(tempfile.mkdtemp(prefix="bench-model-"))
        make_corpus.generate(corpus, args.mb, args.seed, "jsonl")
    try:
        started = time.perf_counter()
        judge = ModelJudge.load(args.model or data_dir("models"))
        load = time.perf_counter() - started
        if judge is None:
            raise SystemExit("bench_model: no model in the models folder")
        checker = Checker(model=False)
        sessions = [[checker.text(t).text for t in texts] for texts in sessions_of(corpus)]
        text_mb = sum(len(t.encode()) for texts in sessions for t in texts) / make_corpus.MB
        segments = sum(len(texts) for texts in sessions)
        passes = []
        for _ in range(max(1, args.repeat)):
            wall, cpu = time.perf_counter(), time.process_time()
            for texts in sessions:
                judge.model.predict_proba(texts)
            passes.append((time.perf_counter() - wall, time.process_time() - cpu))
        seconds, cpu = min(passes, key=lambda p: p[1])
        print(f"corpus           {corpus}: {len(sessions)} sessions, {segments} segments, "
              f"{text_mb:.2f} MB of segment text")
        print(f"model            {judge.sha256[:12]} loaded and checked in {load * 1000:.0f} ms")
        print(f"scoring          {cpu:.3f} s CPU, {seconds:.3f} s wall (the pass with least CPU of {len(passes)})")
        print(f"speed (CPU)      {text_mb / cpu:.1f} MB/s, {cpu / text_mb:.3f} s per MB, "
              f"{cpu / len(sessions) * 1e6:.0f} us per session")
        print(f"speed (wall)     {text_mb / seconds:.1f} MB/s (lower when other work shares the cores)")
        verdict = "meets" if cpu / text_mb <= TARGET_SECONDS_PER_MB else "misses"
        print(f"target           {verdict} <= {TARGET_SECONDS_PER_MB} s of CPU per MB")
    finally:
        if written:
            if args.keep:
                print(f"corpus kept in {corpus}")
            else:
                shutil.rmtree(corpus)
    return 0


if __name__ == "__main__":
    sys.exit(main())
