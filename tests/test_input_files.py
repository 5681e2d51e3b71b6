"""What is read, and how far: regular files only, a size limit per file, file names that are not
UTF-8, and a .jsonl line with a byte that is not text (issue 14, input handling)."""
from __future__ import annotations

import contextlib
import json
import os
import signal
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from integrity.cli import cli
from integrity.read.files import iter_input_files, read_bytes
from integrity.read.model import InputError
from integrity.read.sessions import read_sessions


@contextlib.contextmanager
def deadline(seconds: int = 20):
    """Fail instead of hanging for ever (a FIFO opened for reading waits for a writer)."""
    def expired(signum, frame):
        raise TimeoutError("still blocked")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def invoke(*args: str):
    with deadline():
        return CliRunner().invoke(cli, [*args, "--no-model"])


@pytest.fixture
def folder(tmp_path) -> Path:
    """A folder with a good transcript, a FIFO and a symlink to /dev/zero, both named .txt."""
    root = tmp_path / "in"
    root.mkdir()
    (root / "good.txt").write_text("全网最低价\n", encoding="utf-8")
    os.mkfifo(root / "pipe.txt")
    (root / "zero.txt").symlink_to("/dev/zero")
    return root


NOT_REGULAR = "not a regular file (a FIFO, device or socket): skipped"


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_check_skips_fifos_and_devices_and_checks_the_rest(folder, jobs):
    result = invoke("check", str(folder), "-j", jobs)
    assert result.exit_code == 2
    assert "good.txt:1:1 PRC001" in result.stdout
    assert sorted(result.stderr.splitlines()) == [
        f"integrity: error: {folder / 'pipe.txt'}: {NOT_REGULAR}",
        f"integrity: error: {folder / 'zero.txt'}: {NOT_REGULAR}",
    ]


def test_check_of_a_fifo_named_explicitly(folder):
    result = invoke("check", str(folder / "pipe.txt"), str(folder / "good.txt"), "-j", "1")
    assert result.exit_code == 2 and "good.txt:1:1 PRC001" in result.stdout
    assert NOT_REGULAR in result.stderr


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_scan_skips_fifos_and_devices(folder, tmp_path, jobs):
    db = tmp_path / "s.db"
    result = invoke("scan", str(folder), "--db", str(db), "-j", jobs, "-q")
    assert result.exit_code == 2
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT session_id FROM sessions").fetchall() == [("good",)]
        assert sorted(conn.execute("SELECT message FROM errors").fetchall()) == [(NOT_REGULAR,), (NOT_REGULAR,)]


def test_readers_refuse_what_is_not_a_regular_file(folder):
    with deadline():
        [error] = list(read_sessions(str(folder / "pipe.txt")))
        assert isinstance(error, InputError) and error.message == NOT_REGULAR
        with pytest.raises(InputError, match="not a regular file"):
            read_bytes(str(folder / "zero.txt"))
    assert [str(p) if isinstance(p, str) else p.message for p in iter_input_files([str(folder)])] == [
        str(folder / "good.txt"), NOT_REGULAR, NOT_REGULAR]


# --- The size limit --------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["check", "scan"])
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_files_over_the_size_limit_are_reported_and_skipped(tmp_path, command, jobs):
    (tmp_path / "small.txt").write_text("全网最低价\n", encoding="utf-8")
    (tmp_path / "big.txt").write_text("全网最低价\n" * 100, encoding="utf-8")
    db = ["--db", str(tmp_path / "s.db"), "-q"] if command == "scan" else []
    result = invoke(command, str(tmp_path / "big.txt"), str(tmp_path / "small.txt"), "--max-file-size", "1kB",
                    "-j", jobs, *db)
    assert result.exit_code == 2
    assert result.stderr.strip().endswith(
        "big.txt: larger than the limit of 1,000 bytes (--max-file-size): skipped")
    if command == "check":
        assert "small.txt:1:1 PRC001" in result.stdout and "big.txt:" not in result.stdout


def test_the_size_limit_applies_to_standard_input():
    result = CliRunner().invoke(cli, ["check", "-", "--max-file-size", "10", "--no-model"], input="全网最低价\n")
    assert result.exit_code == 2
    assert "<stdin>: larger than the limit of 10 bytes" in result.stderr


@pytest.mark.parametrize("size", ["0", "-3", "1TB", "lots"])
def test_a_bad_size_is_a_usage_error(tmp_path, size):
    result = CliRunner().invoke(cli, ["check", str(tmp_path), "--max-file-size", size])
    assert result.exit_code == 2 and "is not a size" in result.stderr


# --- File names that are not UTF-8 -----------------------------------------------------------


def test_scan_stores_files_whose_names_are_not_utf8(tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    odd = os.path.join(os.fsencode(root), b"caf\xe9.txt")
    with open(odd, "wb") as file:
        file.write("全网最低价\n".encode())
    (root / "z.txt").write_text("喝了能降血压\n", encoding="utf-8")
    db = tmp_path / "s.db"
    result = invoke("scan", str(root), "--db", str(db), "-j", "1", "-q")
    assert result.exit_code == 0, result.output
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT session_id, source FROM sessions ORDER BY 1").fetchall() == [
            ("caf\\xe9", f"{root}/caf\\xe9.txt"), ("z", f"{root}/z.txt")]
        assert conn.execute("SELECT status FROM runs").fetchall() == [("finished",)]
    checked = invoke("check", str(root), "-j", "1")
    assert f"{root}/caf\\xe9.txt:1:1 PRC001" in checked.stdout


# --- One bad byte in a .jsonl costs one line ---------------------------------------------------


def jsonl_with_a_bad_byte(path: Path, sessions: int = 300, bad: int = 150) -> None:
    lines = [json.dumps({"session_id": f"s{i}", "segments": [{"text": f"第{i}场，全网最低价"}]},
                        ensure_ascii=False).encode() for i in range(sessions)]
    lines[bad] = lines[bad].replace("全".encode(), b"\xff", 1)
    path.write_bytes(b"\n".join(lines) + b"\n")


def test_one_invalid_byte_costs_only_its_line_whatever_the_jobs(tmp_path, monkeypatch):
    from integrity.findings import parallel

    monkeypatch.setattr(parallel, "PART_BYTES", 2000)  # many parts, so -j2 cuts the file
    path = tmp_path / "s.jsonl"
    jsonl_with_a_bad_byte(path)
    outputs = {}
    for jobs in ("1", "2"):
        result = invoke("check", str(path), "-j", jobs, "--format", "jsonl")
        assert result.exit_code == 2
        assert result.stderr == f"integrity: error: {path}:151: this line is not UTF-8 or GB18030 text\n"
        outputs[jobs] = result.stdout
    assert outputs["1"] == outputs["2"]
    assert len(outputs["1"].splitlines()) == 299


def test_scan_of_a_jsonl_with_one_invalid_byte_stores_every_other_line(tmp_path):
    path = tmp_path / "s.jsonl"
    jsonl_with_a_bad_byte(path, 3000, 1500)
    db = tmp_path / "s.db"
    result = invoke("scan", str(path), "--db", str(db), "-j", "2", "-q")
    assert result.exit_code == 2
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM sessions").fetchone() == (2999,)
        assert conn.execute("SELECT line, message FROM errors").fetchall() == [
            (1501, "this line is not UTF-8 or GB18030 text")]


def test_a_gb18030_jsonl_still_reads(tmp_path):
    path = tmp_path / "g.jsonl"
    path.write_bytes(json.dumps({"session_id": "g", "segments": [{"text": "全网最低价"}]},
                                ensure_ascii=False).encode("gb18030") + b"\n")
    [session] = list(read_sessions(str(path)))
    assert session.segments[0].text == "全网最低价"
