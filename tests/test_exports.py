"""Exports a regulator files: findings, scores and the summary as .xlsx workbooks and as CSV
that Excel on Chinese Windows reads, with who, when, what, the legal basis and the decision in
force; written to --output FILE, or to standard output when it is not a terminal."""
from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from integrity.cli import cli
from integrity.rating import accounts
from integrity.store import schema
from integrity.store.queries import EXPORT_COLUMNS

REGULATOR_COLUMNS = {"streamer_id", "unit_id", "platform", "date", "timestamp", "rule", "category", "severity",
                     "evidence", "message", "basis", "decision", "decided_by", "reason"}


def run(*args, input=None):
    return CliRunner().invoke(cli, [str(a) for a in args], input=input, catch_exceptions=False)


def reviewed(source: Path, target: Path) -> tuple[Path, str]:
    """A copy of ``source`` with one finding dismissed by a judge; the finding's id."""
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    src.backup(dst)
    src.close(), dst.close()
    accounts.add(schema.open_db(target), "王芳", "judge", "correct horse battery")
    finding = json.loads(run("findings", "--db", target, "--candidate", "st-d", "--format", "json").stdout)["findings"][0]
    assert run("review", "dismiss", finding["id"], "--by", "王芳", "--reason", "=说的是手串的材质",
               "--db", target).exit_code == 0
    return target, finding["id"]


def sheet_rows(path: Path, sheet: str) -> list[dict]:
    book = openpyxl.load_workbook(path)
    rows = list(book[sheet].values)
    return [dict(zip(rows[0], row)) for row in rows[1:]]


def test_an_xlsx_export_of_findings_carries_what_a_regulator_needs(regulator_db, tmp_path):
    db, dismissed = reviewed(regulator_db, tmp_path / "db.db")
    out = tmp_path / "findings.xlsx"
    result = run("findings", "--db", db, "--since", "2026-11", "--until", "2026-11", "--format", "xlsx", "-o", out)
    assert result.exit_code == 0 and result.stdout == ""
    rows = sheet_rows(out, "findings")
    assert REGULATOR_COLUMNS <= set(rows[0]) and list(rows[0]) == list(EXPORT_COLUMNS)
    assert all(row["date"].startswith("2026-11") for row in rows)
    every = json.loads(run("findings", "--db", db, "--since", "2026-11", "--until", "2026-11", "--format", "json").stdout)
    assert [row["id"] for row in rows] == [f["id"] for f in every["findings"]]
    [row] = [row for row in rows if row["id"] == dismissed]
    assert (row["streamer_id"], row["unit_id"], row["platform"]) == ("st-d", "shop-west", "douyin")
    assert (row["decision"], row["decided_by"], row["reason"]) == ("dismissed", "王芳", "=说的是手串的材质")
    assert row["timestamp"].count(":") == 2 and row["segment_no"] >= 1 and row["basis"].startswith("《")
    cell = next(c for c in openpyxl.load_workbook(out)["findings"]["S"] if c.value == "=说的是手串的材质")
    assert cell.data_type == "s"  # a judge's text is never a formula
    assert all(row["decision"] is None for row in rows if row["id"] != dismissed)


def test_a_csv_file_opens_in_excel_and_standard_output_stays_plain(regulator_db, tmp_path):
    db, dismissed = reviewed(regulator_db, tmp_path / "db.db")
    out = tmp_path / "findings.csv"
    assert run("findings", "--db", db, "--format", "csv", "-o", out).exit_code == 0
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # the byte order mark Excel needs to read UTF-8
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert list(rows[0]) == list(EXPORT_COLUMNS)
    assert next(r for r in rows if r["id"] == dismissed)["reason"] == "'=说的是手串的材质"
    plain = run("findings", "--db", db, "--format", "csv").stdout
    assert not plain.startswith("\ufeff") and "=说的是手串的材质" in plain and "'=说" not in plain
    assert run("findings", "--db", db, "--format", "csv", "--excel").stdout_bytes.startswith(b"\xef\xbb\xbf")
    no_bom = tmp_path / "plain.csv"
    run("findings", "--db", db, "--format", "csv", "--no-excel", "-o", no_bom)
    assert not no_bom.read_bytes().startswith(b"\xef\xbb\xbf")


def test_scores_and_the_summary_export_to_xlsx(regulator_db, tmp_path):
    scores = tmp_path / "scores.xlsx"
    assert run("score", "--db", regulator_db, "--since", "2026-11", "--until", "2026-11", "--format", "xlsx",
               "-o", scores).exit_code == 0
    expected = json.loads(run("score", "--db", regulator_db, "--since", "2026-11", "--until", "2026-11",
                              "--format", "json").stdout)
    rows = sheet_rows(scores, "scores")
    assert [(r["candidate_id"], r["score"]) for r in rows] == [
        (c["candidate_id"], c["score"]) for c in expected["candidates"]]
    summary = tmp_path / "summary.xlsx"
    assert run("summary", "--db", regulator_db, "--format", "xlsx", "-o", summary).exit_code == 0
    book = openpyxl.load_workbook(summary)
    assert book.sheetnames == ["summary", "by category", "by severity", "by rule", "streamers", "units"]
    totals = dict(list(book["summary"].values)[1:])
    assert totals["sessions"] == 11 and totals["min_hours"] == 1
    assert [r["candidate_id"] for r in sheet_rows(summary, "streamers")] == [
        s["candidate_id"] for s in json.loads(run("summary", "--db", regulator_db, "--format", "json").stdout)["streamers"]]


def test_xlsx_goes_to_standard_output_when_it_is_not_a_terminal(regulator_db):
    result = run("summary", "--db", regulator_db, "--format", "xlsx")
    assert result.exit_code == 0 and result.stdout_bytes.startswith(b"PK")  # a zip: the workbook
    assert openpyxl.load_workbook(io.BytesIO(result.stdout_bytes)).sheetnames[0] == "summary"


def test_xlsx_is_refused_on_a_terminal(regulator_db, monkeypatch):
    import sys
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True, raising=False)
    from integrity.cli.output import Output
    with pytest.raises(Exception, match="xlsx is binary"):
        with Output().binary("xlsx"):
            pass


def test_a_failed_export_leaves_no_file_and_keeps_the_old_one(regulator_db, tmp_path, monkeypatch):
    from integrity.report import spreadsheet

    out = tmp_path / "findings.xlsx"
    out.write_bytes(b"the export of last month")

    def failing(stream, sheets):
        stream.write(b"PK half a workbook")
        raise OSError("disk full")

    monkeypatch.setattr(spreadsheet, "write_xlsx", failing)
    result = CliRunner().invoke(cli, ["findings", "--db", str(regulator_db), "--format", "xlsx", "-o", str(out)])
    assert result.exit_code == 2 and result.stderr == "integrity: error: OSError: disk full\n"
    assert out.read_bytes() == b"the export of last month" and list(tmp_path.iterdir()) == [out]
