"""Locating a finding: text output names the session of a session document and the cue time
of subtitles, every command a person reads counts segments from 1 (JSON keeps the contract's
0-based index), and text output says what to say instead."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from integrity.cli import cli

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
    assert len(quiet) == 2 and quiet[1].startswith("1 finding in 1 sessions")
    assert "instead" not in run("check", "-", "--no-model", "--format", "jsonl", input="这个茶能降血压\n").output


def test_one_finding_has_one_segment_number_in_every_command_a_person_reads(scenario_db, tmp_path):
    db = tmp_path / "scenario.db"
    shutil.copy(scenario_db, db)
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
    review = run("review", "next", "--candidate", "st-dalong", "--by", "王芳", "--db", db, input="s\n" * 40 + "q\n").output
    shown = review[review.index(f"finding {finding['id']}"):]
    assert f">{number:>5}  " in shown.split("── ")[0]
