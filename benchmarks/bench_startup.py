"""Time the commands a person waits for: `integrity --help`, `integrity rules` and the check of
a one-line transcript, each as a fresh process, best of --repeat runs.

For each it prints wall and CPU seconds (user + system of the process) of the fastest run by
wall clock, and the targets of issue 17: --help and rules at most 0.15 s, the one-line check at
most 0.3 s, by wall clock. CPU seconds are printed beside them: on a machine shared with other
work the wall clock of a short process is mostly waiting for a core, and the CPU figure shows
what the command itself costs.
"""
from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGETS = {"--help": 0.15, "rules": 0.15, "one-line check": 0.3}
LINE = "这款面霜全网最低价，今天只要九十九\n"


def integrity_command() -> list[str]:
    exe = Path(sys.executable).with_name("integrity")
    return [str(exe)] if exe.is_file() else [sys.executable, "-m", "integrity"]


def timed(args: list[str], cwd: str) -> tuple[float, float]:
    """Wall and CPU seconds of one run of ``args`` in ``cwd`` (no configuration file there;
    exit status 0 or 1)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(args, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1):
        raise SystemExit(f"bench_startup: `{' '.join(args)}` exited with {done.returncode}:\n{done.stderr[-2000:]}")
    return wall, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     epilog="Example: python benchmarks/bench_startup.py --repeat 10")
    parser.add_argument("--repeat", type=int, default=5, help="runs of each command, the fastest counts (default 5)")
    args = parser.parse_args(argv)
    command = integrity_command()
    with tempfile.TemporaryDirectory(prefix="integrity-startup-") as work:
        one_line = Path(work, "one-line.txt")
        one_line.write_text(LINE, encoding="utf-8")
        commands = {"--help": ["--help"], "rules": ["rules"],
                    "one-line check": ["check", str(one_line), "--jobs", "1"]}
        print(f"{'command':16}{'wall s':>8}{'CPU s':>8}   target (wall)")
        for name, extra in commands.items():
            runs = [timed(command + extra, work) for _ in range(args.repeat)]
            wall, cpu = min(runs)
            verdict = "meets" if wall <= TARGETS[name] else "misses"
            print(f"{name:16}{wall:8.3f}{cpu:8.3f}   {verdict} <= {TARGETS[name]} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
