"""Worker processes never outlive their parent: after ``kill -9`` of a scan they exit too
(issue 14)."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest


def children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def alive(pid: int) -> bool:
    """Running (a zombie waiting for a parent that does not reap it counts as gone)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def wait_until(condition, seconds: float = 60.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")


def test_scan_workers_exit_when_the_scan_is_killed(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for f in range(40):
        lines = [json.dumps({"session_id": f"k-{f}-{i}", "segments": [{"text": "全网最低价，喝了能降血压"}] * 50},
                            ensure_ascii=False) for i in range(40)]
        (inputs / f"{f}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    command = [sys.executable, "-m", "integrity", "scan", str(inputs), "--db", str(tmp_path / "k.db"),
               "-j", "2", "-q", "--no-model"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    workers: list[int] = []
    try:
        assert wait_until(lambda: len(children(process.pid)) >= 2 or process.poll() is not None)
        workers = children(process.pid)
        assert len(workers) >= 2 and process.poll() is None, "the scan ended before it could be killed"
        os.kill(process.pid, signal.SIGKILL)  # the parent alone, as `kill -9 PID` does
        process.wait()
        assert wait_until(lambda: not any(map(alive, workers)), 10), "workers outlived the scan"
    finally:
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


@pytest.mark.parametrize("use_prctl", [True, False], ids=["prctl", "watching thread"])
def test_a_worker_exits_when_its_parent_dies(tmp_path, use_prctl):
    """Both ways: the kernel's death signal and the portable thread that watches the parent."""
    script = textwrap.dedent(f"""
        import multiprocessing, os, sys, time
        from integrity.findings.parallel import exit_with_parent

        def child():
            exit_with_parent(use_prctl={use_prctl})
            print(os.getpid(), flush=True)  # ready: it has asked to exit with its parent
            time.sleep(120)

        if __name__ == "__main__":
            multiprocessing.get_context("fork").Process(target=child).start()
            time.sleep(120)
    """)
    path = tmp_path / "parent.py"
    path.write_text(script)
    parent = subprocess.Popen([sys.executable, str(path)], stdout=subprocess.PIPE, text=True, start_new_session=True)
    try:
        child = int(parent.stdout.readline())
        assert alive(child)
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait()
        assert wait_until(lambda: not alive(child), 10)
    finally:
        try:
            os.killpg(parent.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
