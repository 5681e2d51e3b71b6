"""Control characters from the input (file names, reasons, evidence) are escaped in text shown
at a terminal, so they cannot move the cursor, recolour or retitle it (issue 14)."""
from __future__ import annotations

import io
import json
import sqlite3

import pytest
from click.testing import CliRunner

from integrity.cli import cli
from integrity.text.display import PrintableWriter, printable

ESC = "\x1b"


@pytest.mark.parametrize("text, shown", [
    ("a\x1b[2Jb", "a\\x1b[2Jb"),
    ("title\x1b]0;pwned\x07", "title\\x1b]0;pwned\\x07"),
    ("tab\tnew\nline\r", "tab\\x09new\\x0aline\\x0d"),
    ("c1\x9b31m del\x7f", "c1\\x9b31m del\\x7f"),
    ("bidi \u202egnp.exe", "bidi \\u202egnp.exe"),
    ("全网最低价 ok", "全网最低价 ok"),
])
def test_printable(text, shown):
    assert printable(text) == shown


def test_printable_writer_keeps_newlines():
    out = io.StringIO()
    PrintableWriter(out).write("a\x1b[1m\nb\n")
    assert out.getvalue() == "a\\x1b[1m\nb\n"


def test_check_escapes_file_names_and_evidence(tmp_path):
    path = tmp_path / "a\x1b[2J.txt"
    path.write_text("全网\t最低价\n", encoding="utf-8")
    bad = tmp_path / "b\x1b]0;x\x07.json"
    bad.write_text("{broken", encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(tmp_path), "--no-model", "-j", "1"])
    assert result.exit_code == 2
    assert ESC not in result.output and "\t" not in result.output
    assert f"{tmp_path}/a\\x1b[2J.txt:1:1 PRC001" in result.stdout
    assert "全网\\x09最低价" in result.stdout
    assert f"{tmp_path}/b\\x1b]0;x\\x07.json:1: invalid JSON" in result.stderr


def test_tables_and_score_cards_escape_what_came_from_the_input(tmp_path):
    sessions = tmp_path / "s.jsonl"
    sessions.write_text(json.dumps({"session_id": "s\x1b[31m1", "streamer_id": "st\x1b[2J", "date": "2026-11-20",
                                    "segments": [{"start": 0, "end": 3700, "text": "这款精华是全网最好用的\x1b[8m"}]}, ensure_ascii=False) + "\n",
                        encoding="utf-8")
    db = tmp_path / "f.db"
    assert CliRunner().invoke(cli, ["scan", str(sessions), "--db", str(db), "--no-model", "-j", "1", "-q"]).exit_code == 0
    for args in (["findings", "--db", str(db)], ["summary", "--db", str(db)],
                 ["explain", "st\x1b[2J", "--db", str(db)], ["search", "全网", "--db", str(db)]):
        result = CliRunner().invoke(cli, args)
        assert result.exit_code == 0, result.output
        assert ESC not in result.output and "\\x1b[" in result.output, args
    with sqlite3.connect(db) as conn:  # the data itself is kept as it came
        assert conn.execute("SELECT session_id FROM sessions").fetchone() == ("s\x1b[31m1",)

