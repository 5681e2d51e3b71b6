"""Locating a finding: text output names the session of a session document and the cue time
of subtitles, every command a person reads counts segments from 1 (JSON keeps the contract's
0-based index), and text output says what to say instead."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from integrity.cli import cli
from integrity.rating import accounts
from integrity.store import schema

ROOT = Path(__file__).resolve().parent.parent
SCENARIO = ROOT / "fixtures" / "scenario" / "sessions.jsonl"
DEMO = ROOT / "fixtures" / "demo"


def run(*args, input=None):
    return CliRunner().invoke(cli, [str(a) for a in args], input=input, catch_exceptions=False)


def test_text_output_of_session_documents_names_each_session():
    out = run("check", SCENARIO, "--no-model", "-j", "1", "--no-show-fixes").output.splitlines()
    wrd001 = [line.split()[0] for line in out if " WRD001 " in line]
    assert f"{SCENARIO}:xiaomei-03:5:8" in wrd001 and f"{SCENARIO}:xiaomei-08:5:8" in wrd001
    assert len(wrd001) == len(set(wrd001)), "two findings at one place: the session is missing"
    tea = run("check", DEMO / "tea-session.json", "--no-model", "--no-show-fixes").output
    assert f"{DEMO / 'tea-session.json'}:demo-tea-0412:listing t-1 PRC007" in tea


def test_subtitles_are_located_by_the_cue_time_and_transcripts_by_segment_and_column():
    srt = run("check", DEMO / "jade.srt", "--no-model", "--no-show-fixes").output
    assert srt.startswith(f"{DEMO / 'jade.srt'}@00:00:05 WRD007 ")
    txt = run("check", DEMO / "skincare-live.txt", "--no-model", "--no-show-fixes").output
    assert f"{DEMO / 'skincare-live.txt'}:2:18 WRD005" in txt


def test_standard_input_is_located_by_what_it_holds():
    document = json.dumps({"session_id": "live-7", "segments": [{"text": "大家好"}, {"text": "全网最低价"}]})
    assert run("check", "-", "--no-model", "--no-show-fixes", input=document).output.startswith("<stdin>:live-7:2:1 PRC001")
    assert run("check", "-", "--no-model", "--no-show-fixes", input="大家好\n全网最低价\n").output.startswith("<stdin>:2:1 PRC001")


def test_text_output_says_what_to_say_instead_unless_told_not_to():
    shown = run("check", "-", "--no-model", input="这个茶能降血压\n").output.splitlines()
    assert shown[0].startswith("<stdin>:1:5 WRD003 [high]")
    assert shown[1] == ("    instead: State what the product is and its approved function, if any "
                        "(蓝帽子保健食品，具有调节肠道菌群功能), and add that it does not replace medicine.")
    quiet = run("check", "-", "--no-model", "--no-show-fixes", input="这个茶能降血压\n").output.splitlines()
    assert len(quiet) == 2 and quiet[1].startswith("1 finding in 1 session ")
    assert "instead" not in run("check", "-", "--no-model", "--format", "jsonl", input="这个茶能降血压\n").output


def test_one_finding_has_one_segment_number_in_every_command_a_person_reads(scenario_db, tmp_path):
    db = tmp_path / "scenario.db"
    source, copy = sqlite3.connect(scenario_db), sqlite3.connect(db)
    source.backup(copy)
    source.close(), copy.close()
    [finding] = json.loads(run("findings", "--db", db, "--session", "dalong-03", "--rule", "PRC006",
                               "--format", "json").output)["findings"]
    assert finding["segment"] == 3  # the contract's 0-based index in JSON
    number = finding["segment"] + 1
    checked = run("check", SCENARIO, "--no-model", "-j", "1", "--no-show-fixes").output
    assert f":dalong-03:{number}:" in checked
    table = run("findings", "--db", db, "--session", "dalong-03", "--rule", "PRC006").output.splitlines()
    assert table[1].split()[:3] == [finding["id"], "dalong-03", str(number)]
    card = run("explain", "st-dalong", "--db", db).output
    assert f"{finding['id']}  PRC006 price/high  session dalong-03, segment {number}," in card
    accounts.add(schema.open_db(db), "王芳", "judge", "correct horse battery")  # --by names a judge's account
    review = run("review", "next", "--candidate", "st-dalong", "--by", "王芳", "--db", db, input="s\n" * 40 + "q\n").output
    shown = review[review.index(f"finding {finding['id']}"):]
    assert f">{number:>5}  " in shown.split("── ")[0]


# --- Mistyped and empty ids ------------------------------------------------------------------

MISTYPED = [
    (("findings", "--candidate", "st-dalon"), "no streamer or unit 'st-dalon'", "did you mean st-dalong"),
    (("review", "next", "--candidate", "st-dalon", "--by", "王芳"), "no streamer or unit 'st-dalon'", "st-dalong"),
    (("review", "export", "--candidate", "st-dalon"), "no streamer or unit 'st-dalon'", "st-dalong"),
    (("findings", "--session", "dalong-3"), "no session 'dalong-3'", "dalong-03"),
    (("explain", "st-dalon"), "no streamer or unit 'st-dalon'", "did you mean st-dalong"),
    (("review", "history", "--finding", "{cut}"), "no finding '{cut}'", "{finding}"),
    (("review", "confirm", "{cut}", "--by", "王芳"), "no finding '{cut}'", "{finding}"),
]


@pytest.mark.parametrize("args, error, suggestion", MISTYPED)
def test_a_mistyped_id_is_an_error_naming_the_nearest_ids(scenario_db, args, error, suggestion):
    [finding] = json.loads(run("findings", "--db", scenario_db, "--session", "dalong-03", "--rule", "PRC006",
                               "--format", "json").stdout)["findings"]
    ids = {"finding": finding["id"], "cut": finding["id"][:-1]}  # a finding id with its last digit lost
    args, error, suggestion = [a.format(**ids) for a in args], error.format(**ids), suggestion.format(**ids)
    result = run(*args, "--db", scenario_db)
    assert result.exit_code == 2
    [line] = result.stderr.strip().splitlines()
    assert error in line and suggestion in line
    assert result.stdout == ""


@pytest.mark.parametrize("args", [
    ("findings", "--candidate", ""), ("findings", "--session", " "), ("review", "next", "--candidate", "", "--by", "王芳"),
    ("explain", ""), ("review", "confirm", "", "--by", "王芳"), ("review", "history", "--finding", ""),
])
def test_an_empty_id_is_a_usage_error(scenario_db, args):
    result = run(*args, "--db", scenario_db)
    assert result.exit_code == 2 and "must not be empty" in result.stderr


def test_a_known_id_still_lists_its_findings(scenario_db):
    rows = run("findings", "--candidate", "st-dalong", "--db", scenario_db).output.splitlines()
    assert len(rows) == 6 and all(" dalong-0" in row for row in rows[1:])


# --- A missing database ----------------------------------------------------------------------

READERS = {
    "findings": (), "summary": (), "runs": (), "search": ("全网",), "score": (), "explain": ("st-a",),
    "review next": ("--by", "王芳"), "review confirm": ("abc", "--by", "王芳"),
    "review dismiss": ("abc", "--by", "王芳", "--reason", "r"), "review history": (), "review stats": (),
    "review export": (), "users list": (), "users disable": ("王芳",), "users passwd": ("王芳", "--password-stdin"),
    "report": ("--out", "dashboard.html"), "serve": (),
    "datasette-metadata": (), "tokens list": (), "tokens revoke": ("douyin",), "verify": (), "keys sign": (),
}
CREATORS = {"scan", "load", "complaints import", "users add", "tokens add"}


def _commands_with_db():
    from integrity.cli import COMMANDS, LazyGroup
    import click

    group = LazyGroup(name="integrity")
    found = []
    for name in COMMANDS:
        command = group.get_command(None, name)
        subcommands = command.commands.items() if isinstance(command, click.Group) else [(None, command)]
        for sub, each in subcommands:
            if any("--db" in param.opts for param in each.params):
                found.append(f"{name} {sub}" if sub else name)
    return found


def test_every_command_that_reads_a_database_is_in_the_table():
    assert set(_commands_with_db()) - CREATORS == set(READERS)


@pytest.mark.parametrize("command", sorted(READERS))
def test_a_missing_database_is_one_line_and_exit_status_2(tmp_path, command):
    missing = tmp_path / "nope.db"
    result = run(*command.split(), *READERS[command], "--db", missing, input="secret-password\n")
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        f"Error: no such database: {missing} (create one with `integrity scan PATH --db {missing}`)"]
    assert not missing.exists()
