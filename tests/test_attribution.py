"""Attributing plain transcripts: streamer, unit, platform and date by option or read from the
path by a pattern, and session ids from the relative path so that repeated file names in
different folders are different sessions."""
from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from integrity.cli import cli
from integrity.read.attribution import Attribution, PathPattern, PatternError
from integrity.read.model import InputError
from integrity.read.sessions import read_sessions


def run(*args, input=None):
    return CliRunner().invoke(cli, [str(a) for a in args], input=input, catch_exceptions=False)


@pytest.mark.parametrize("pattern, name, expected", [
    ("{streamer}/{date}.txt", "st-a/2026-11-01.txt", {"streamer": "st-a", "date": "2026-11-01"}),
    ("{streamer}/{date}.txt", "data/st-a/2026-11-01.txt", {"streamer": "st-a", "date": "2026-11-01"}),
    ("{streamer}/{date}.txt", "2026-11-01.txt", None),
    ("{streamer}/{date}.txt", "st-a/2026-11-01.srt", None),
    ("{streamer}/{date}", "st-a/2026-11-01.srt", {"streamer": "st-a", "date": "2026-11-01"}),
    ("{unit}/{streamer}/{date}_{n}.srt", "mcn-3/小美/20261101_2.srt",
     {"unit": "mcn-3", "streamer": "小美", "date": "20261101", "n": "2"}),
    ("{unit}/{streamer}/{date}_{n}.srt", "mcn-3/小美/20261101_two.srt", None),
    ("{platform}-{streamer}/{date}.vtt", "douyin-st-a/2026-11-01.vtt",
     {"platform": "douyin", "streamer": "st-a", "date": "2026-11-01"}),
])
def test_a_pattern_reads_fields_from_the_last_parts_of_a_path(pattern, name, expected):
    found = PathPattern.parse(pattern).match(name)
    assert (found[1] if found else None) == expected


@pytest.mark.parametrize("pattern, message", [
    ("{streamer}/{day}.txt", "unknown field {day}"),
    ("transcripts/*.txt", "has no field"),
    ("{streamer}/{streamer}.txt", "appears twice"),
])
def test_a_bad_pattern_is_named(pattern, message):
    with pytest.raises(PatternError, match=message.replace("{", r"\{").replace("}", r"\}")):
        PathPattern.parse(pattern)


def test_a_value_given_twice_is_refused():
    with pytest.raises(PatternError, match="--streamer and the path pattern"):
        Attribution(streamer="st-a", pattern=PathPattern.parse("{streamer}/{date}.txt"))


def folder(tmp_path: Path) -> Path:
    root = tmp_path / "transcripts"
    for streamer, text in (("st-a", "大家好\n这款面霜是全网最好用的\n"), ("st-b", "欢迎\n医生都推荐，喝了能降血压\n")):
        (root / streamer).mkdir(parents=True)
        (root / streamer / "2026-11-01.txt").write_text(text, "utf-8")
    return root


def only(items):
    [item] = items
    return item


def test_transcripts_in_a_folder_are_named_by_their_relative_path(tmp_path):
    root = folder(tmp_path)
    attribution = Attribution(pattern=PathPattern.parse("{streamer}/{date}.txt"), roots=(str(root),))
    session = only(read_sessions(str(root / "st-b" / "2026-11-01.txt"), attribution=attribution))
    assert (session.session_id, session.streamer_id, session.date) == ("st-b/2026-11-01", "st-b", dt.date(2026, 11, 1))
    plain = only(read_sessions(str(root / "st-b" / "2026-11-01.txt"), attribution=Attribution(roots=(str(root),))))
    assert (plain.session_id, plain.streamer_id) == ("st-b/2026-11-01", None)


def test_a_file_given_directly_keeps_its_stem_unless_a_pattern_names_it(tmp_path):
    path = str(folder(tmp_path) / "st-a" / "2026-11-01.txt")
    assert only(read_sessions(path)).session_id == "2026-11-01"
    given = Attribution(streamer="st-a", unit="mcn-1", platform="douyin", date=dt.date(2026, 11, 2))
    session = only(read_sessions(path, attribution=given))
    assert (session.session_id, session.streamer_id, session.unit_id, session.platform, session.date) == (
        "2026-11-01", "st-a", "mcn-1", "douyin", dt.date(2026, 11, 2))
    named = only(read_sessions(path, attribution=Attribution(pattern=PathPattern.parse("{streamer}/{date}.txt"))))
    assert (named.session_id, named.streamer_id) == ("st-a/2026-11-01", "st-a")


def test_a_path_that_does_not_match_or_names_no_date_is_an_error_for_that_file(tmp_path):
    root = folder(tmp_path)
    (root / "notes.txt").write_text("备忘\n", "utf-8")
    (root / "st-a" / "2026-13-01.txt").write_text("你好\n", "utf-8")
    attribution = Attribution(pattern=PathPattern.parse("{streamer}/{date}.txt"), roots=(str(root),))
    error = only(read_sessions(str(root / "notes.txt"), attribution=attribution))
    assert isinstance(error, InputError) and "(notes.txt) does not match --path-pattern '{streamer}/{date}.txt'" in str(error)
    error = only(read_sessions(str(root / "st-a" / "2026-13-01.txt"), attribution=attribution))
    assert isinstance(error, InputError) and "'2026-13-01' in its path is not a date" in str(error)


def test_session_documents_get_the_values_only_where_they_have_none(tmp_path):
    path = tmp_path / "s.jsonl"
    path.write_text(json.dumps({"session_id": "a", "streamer_id": "own", "segments": [{"text": "你好"}]}) + "\n"
                    + json.dumps({"session_id": "b", "segments": [{"text": "你好"}]}) + "\n", "utf-8")
    pattern = PathPattern.parse("{platform}/{date}.txt")  # patterns are for transcripts only
    a, b = read_sessions(str(path), attribution=Attribution(streamer="given", unit="u-1", pattern=pattern))
    assert (a.streamer_id, b.streamer_id, a.unit_id, b.unit_id) == ("own", "given", "u-1", "u-1")
    assert (a.session_id, b.platform) == ("a", None)


def test_a_regulators_folder_scans_into_distinct_attributed_sessions(tmp_path):
    root = folder(tmp_path)
    db = tmp_path / "r.db"
    result = run("scan", root, "--path-pattern", "{streamer}/{date}.txt", "--unit", "mcn-9", "--platform", "douyin",
                 "--db", db, "-j", "1", "--no-model")
    assert result.exit_code == 0, result.output
    rows = sqlite3.connect(db).execute(
        "SELECT session_id, streamer_id, unit_id, platform, date FROM sessions ORDER BY 1").fetchall()
    assert rows == [("st-a/2026-11-01", "st-a", "mcn-9", "douyin", "2026-11-01"),
                    ("st-b/2026-11-01", "st-b", "mcn-9", "douyin", "2026-11-01")]
    again = run("scan", root, "--path-pattern", "{streamer}/{date}.txt", "--unit", "mcn-9", "--platform", "douyin",
                "--db", db, "-j", "1", "--no-model")
    assert "0 checked, 2 unchanged, 0 errors" in again.output


def test_check_takes_the_same_options_and_reports_a_mismatch_on_one_line(tmp_path):
    root = folder(tmp_path)
    (root / "notes.txt").write_text("全网最低价\n", "utf-8")
    result = run("check", root, "--path-pattern", "{streamer}/{date}.txt", "--format", "jsonl", "--no-model", "-j", "1")
    assert result.exit_code == 2
    assert {json.loads(line)["session_id"] for line in result.stdout.splitlines()} == {"st-a/2026-11-01", "st-b/2026-11-01"}
    assert result.stderr.strip().splitlines() == [
        f"integrity: error: {root / 'notes.txt'}: its path relative to the folder (notes.txt) does not match "
        "--path-pattern '{streamer}/{date}.txt'"]
    bad = run("check", root, "--path-pattern", "{streamer}/{day}.txt")
    assert bad.exit_code == 2 and "unknown field {day}" in bad.output
    both = run("check", root, "--path-pattern", "{streamer}/{date}.txt", "--date", "2026-11-02")
    assert both.exit_code == 2 and "--date and the path pattern's {date}" in both.output
    blank = run("check", root, "--streamer", " ")
    assert blank.exit_code == 2 and "must not be empty" in blank.output
