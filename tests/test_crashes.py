"""Inputs the readers accept never crash the checker: each reproduction of issue 14, and the
structural guard that turns any unexpected error while checking one session into that
session's error line."""
from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from integrity.cli import cli
from integrity.read.documents import session_from_dict


def run(*args: str):
    return CliRunner().invoke(cli, [*args, "--no-model", "-j", "1"])


# --- Half characters ------------------------------------------------------------------------


def test_a_lone_surrogate_is_one_bad_line_and_the_rest_is_checked_and_stored(tmp_path):
    path = tmp_path / "s.jsonl"
    lines = [{"session_id": f"s{i}", "segments": [{"text": f"全网最低价{tail}"}]}
             for i, tail in enumerate(["", "\ud800", "\ud83d\ude00"])]
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", "ascii")  # \u escapes
    checked = CliRunner().invoke(cli, ["check", str(path), "--format", "jsonl"])  # with the model
    assert checked.exit_code == 2 and checked.exception is None or isinstance(checked.exception, SystemExit)
    assert {json.loads(line)["session_id"] for line in checked.stdout.splitlines()} == {"s0", "s2"}
    assert checked.stderr == (f"integrity: error: {path}:2: invalid JSON: \\ud800 is half of a character "
                              "(a lone surrogate), not text\n")
    db = tmp_path / "f.db"
    scanned = CliRunner().invoke(cli, ["scan", str(path), "--db", str(db), "-q", "--no-model"])
    assert scanned.exit_code == 2 and "internal error" not in scanned.output
    assert sorted(r[0] for r in sqlite3.connect(db).execute("SELECT session_id FROM sessions")) == ["s0", "s2"]


def test_the_model_drops_a_lone_surrogate_given_through_the_python_api():
    from integrity.api import check_text

    assert [f.rule for f in check_text("全网最低价\ud800")] == [f.rule for f in check_text("全网最低价")]


# --- Dates near year 1 -----------------------------------------------------------------------


def test_a_session_dated_in_year_1_with_a_listing(tmp_path, checker):
    document = {"session_id": "y1", "date": "0001-01-05", "segments": [{"text": "原价999，今天只要99"}],
                "listings": [{"listing_id": "p", "price": 99, "list_price": 999,
                              "price_history": [{"date": "0001-01-01", "price": 120}]}]}
    findings = checker.check(session_from_dict(document, "y1.json"))
    assert {"PRC006", "PRC007"} <= {f.rule for f in findings}  # 999 is above the sale at 120


def test_date_option_near_year_1(tmp_path):
    path = tmp_path / "t.txt"
    path.write_text("原价999，今天只要99\n", encoding="utf-8")
    listings = tmp_path / "l.json"
    listings.write_text(json.dumps([{"listing_id": "p", "price": 99, "list_price": 999,
                                     "price_history": [{"date": "0001-01-02", "price": 100}]}]))
    result = run("check", str(path), "--date", "0001-01-03", "--listings", str(listings))
    assert result.exit_code == 1, result.output
    assert "PRC006" in result.output


# --- Numbers too large to be prices ----------------------------------------------------------


@pytest.mark.parametrize("line", ["原价" + "九" * 309 + "元", "专柜价" + "9" * 309 + "今天99"],
                         ids=["309 nines", "309 digits after 专柜价"])
def test_numbers_beyond_any_price_are_no_crash(tmp_path, line):
    path = tmp_path / "n.txt"
    path.write_text(line + "\n全网最低价\n", encoding="utf-8")
    result = run("check", str(path))
    assert result.exit_code == 1, result.output
    assert "n.txt:2:1 PRC001" in result.output


# --- Structural: an unexpected error costs one session, not the batch ------------------------


@pytest.fixture
def fragile(monkeypatch):
    """Checking a session with 💥 in it raises, as a bug in a detector would (worker processes
    are forked, so they inherit the patch)."""
    from integrity.detect.checker import Checker

    check = Checker.check

    def failing(self, session, use_model=True):
        if any("💥" in segment.text for segment in session.segments):
            raise RuntimeError("a detector bug\n  on two lines")
        return check(self, session, use_model)

    monkeypatch.setattr(Checker, "check", failing)


def three_sessions(tmp_path: Path) -> Path:
    lines = [{"session_id": sid, "segments": [{"text": text}]}
             for sid, text in (("s1", "全网最低价"), ("s2", "💥 最好的"), ("s3", "喝了能降血压"))]
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8")
    return path


EXPECTED_LINE = "in.jsonl:2: session 's2': checking failed: RuntimeError: a detector bug on two lines"


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_check_reports_a_failing_session_and_checks_the_rest(tmp_path, fragile, jobs):
    path = three_sessions(tmp_path)
    result = CliRunner().invoke(cli, ["check", str(path), "--no-model", "-j", jobs, "--format", "jsonl"])
    assert result.exit_code == 2
    assert [json.loads(line)["session_id"] for line in result.stdout.splitlines()] == ["s1", "s3"]
    [error] = result.stderr.splitlines()
    assert error.endswith(EXPECTED_LINE)
    assert "Traceback" not in result.output


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_scan_reports_a_failing_session_and_stores_the_rest(tmp_path, fragile, jobs):
    path = three_sessions(tmp_path)
    db = tmp_path / "f.db"
    result = CliRunner().invoke(cli, ["scan", str(path), "--db", str(db), "--no-model", "-j", jobs, "-q"])
    assert result.exit_code == 2
    assert result.stderr.strip().endswith(EXPECTED_LINE)
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT session_id FROM sessions ORDER BY 1").fetchall() == [("s1",), ("s3",)]
        [(line, message)] = conn.execute("SELECT line, message FROM errors").fetchall()
        assert (line, message) == (2, "session 's2': checking failed: RuntimeError: a detector bug on two lines")
        assert conn.execute("SELECT status FROM runs").fetchall() == [("finished",)]


def test_an_unexpected_error_outside_checking_exits_2_with_one_line(tmp_path, monkeypatch):
    from integrity.findings import output

    def broken(*args, **kwargs):
        raise ValueError("a bug in the output")

    monkeypatch.setattr(output, "write_text", broken)
    path = tmp_path / "a.txt"
    path.write_text("全网最低价\n", encoding="utf-8")
    result = run("check", str(path))
    assert result.exit_code == 2  # 1 would read as "findings"
    assert result.stderr == "integrity: error: internal error: ValueError: a bug in the output (please report it with the command)\n"


def test_a_worker_that_dies_exits_2(tmp_path, monkeypatch):
    from integrity.findings import batch

    def dying(self, part):
        os._exit(9)

    monkeypatch.setattr(batch.FileChecker, "process", dying)
    for name in "ab":
        (tmp_path / f"{name}.txt").write_text("全网最低价\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(tmp_path), "--no-model", "-j", "2"])
    assert result.exit_code == 2
    assert result.stderr.strip().endswith("a worker process died (out of memory?); run the command again")
