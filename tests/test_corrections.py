"""On-the-spot corrections: what takes a claim back, within which window, and how the finding
shows it (JSON, text, SARIF). The annotated fixtures (fixtures/rules/corrections.*) hold more
positives and look-alikes."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from integrity.cli import cli
from integrity.detect.corrections import WINDOW_SECONDS, WINDOW_SEGMENTS
from integrity.read.model import Segment, Session

FILLER = "好的家人们我们继续往下看"


def check(checker, *lines: str, starts: list[float] | None = None):
    segments = tuple(Segment(i, text, start=starts[i] if starts else None) for i, text in enumerate(lines))
    return checker.check(Session("s", segments))


def first(findings, rule: str):
    return next(f for f in findings if f.rule == rule and f.segment == 0)


@pytest.mark.parametrize("claim,later,rule,evidence", [
    ("这条围巾今天全网最低价", "刚才口误，不是全网最低价", "PRC001", "口误，不是全网最低"),
    ("这条围巾今天全网最低价", "不是全网最低啊，刚才说错了", "PRC001", "不是全网最低啊，刚才说错"),
    ("这个茶能治好失眠", "纠正一下，这个不能治失眠", "WRD003", "纠正一下，这个不能治失眠"),
    ("这款面霜是最好用的", "我收回刚才那句，最好用这个说法不对", "WRD001", "收回刚才那句，最好用"),
    ("这口锅全网最便宜", "更正一下，全网最便宜这句话作废", "PRC001", "更正一下，全网最便宜"),
    ("原价五百九十九，今天只要九十九", "更正一下，原价应该是一百二十九", "PRC012", "更正一下，原价应该是一百二十九"),
    ("原价二百八十八，直播间一百四十九", "刚才那个二百八十八说错了，不是原价", "PRC012", "说错了，不是原价"),
])
def test_a_correction_that_takes_the_claim_back_marks_the_finding(checker, claim, later, rule, evidence):
    finding = first(check(checker, claim, FILLER, later), rule)
    assert finding.corrected is not None
    assert finding.corrected.segment == 2 and finding.corrected.evidence == evidence


@pytest.mark.parametrize("claim,later,rule", [
    ("这条围巾今天全网最低价", "刚才说错了，是三号链接，不是二号链接", "PRC001"),      # 说错 about something else
    ("这款面霜是最好用的", "纠正大家一个误区，面霜就是最好用的", "WRD001"),            # reasserted
    ("这个茶能降血压", "我没有说错，就是能降血压", "WRD003"),                       # a denial, not a correction
    ("这个茶能降血压", "纠正一下，这个不能说是最好的茶", "WRD003"),                   # another claim taken back
    ("这款面霜是最好用的", "纠正一下，这个不能治病", "WRD001"),                      # same category, another rule
    ("原价五百九十九，今天只要九十九", "更正一下，链接是三号", "PRC012"),               # no amount restated
    ("这条围巾今天全网最低价", "这条围巾不是全网最低价", "PRC001"),                  # no cue: a negation only
])
def test_a_look_alike_corrects_nothing(checker, claim, later, rule):
    assert first(check(checker, claim, FILLER, later), rule).corrected is None


def test_the_correction_may_follow_the_claim_in_its_own_segment_but_not_precede_it(checker):
    after = first(check(checker, "这款是全网最低价，哎呀口误，不是全网最低"), "PRC001")
    assert after.corrected is not None and after.corrected.segment == 0
    (before,) = [f for f in check(checker, "刚才口误了，不是全网最低，这款是全网最低价") if f.rule == "PRC001"]
    assert before.corrected is None


def test_the_window_is_three_segments_and_sixty_seconds(checker):
    correction = "刚才口误，不是全网最低价"
    inside = check(checker, "全网最低价", *[FILLER] * (WINDOW_SEGMENTS - 1), correction)
    outside = check(checker, "全网最低价", *[FILLER] * WINDOW_SEGMENTS, correction)
    assert first(inside, "PRC001").corrected.segment == WINDOW_SEGMENTS
    assert first(outside, "PRC001").corrected is None
    soon = check(checker, "全网最低价", correction, starts=[100.0, 100.0 + WINDOW_SECONDS])
    late = check(checker, "全网最低价", correction, starts=[100.0, 100.0 + WINDOW_SECONDS + 1])
    assert first(soon, "PRC001").corrected.start == 100.0 + WINDOW_SECONDS
    assert first(late, "PRC001").corrected is None


def test_a_listing_finding_is_never_corrected_by_speech(checker):
    session = Session("s", (Segment(0, "更正一下，划线价不是一百七十九"),), listings=(), date=None)
    assert all(f.corrected is None for f in checker.check(session))


def test_corrected_is_in_every_json_finding_and_in_the_text_line(tmp_path):
    path = tmp_path / "live.txt"
    path.write_text("这条围巾今天全网最低价\n刚才口误，不是全网最低价\n这款面霜是最好用的\n", "utf-8")
    result = CliRunner().invoke(cli, ["check", str(path), "--no-model", "--format", "json"])
    findings = {f["rule"]: f for f in json.loads(result.output)["findings"]}
    assert findings["PRC001"]["corrected"] == {"segment": 1, "start": None, "evidence": "口误，不是全网最低"}
    assert "corrected" in findings["WRD001"] and findings["WRD001"]["corrected"] is None
    text = CliRunner().invoke(cli, ["check", str(path), "--no-model"]).output
    assert "PRC001 [medium] 使用绝对化价格表述「全网最低价」，无法证明 (corrected on the spot in segment 2: 「口误，不是全网最低」)" in text
    sarif = json.loads(CliRunner().invoke(cli, ["check", str(path), "--no-model", "--format", "sarif"]).output)
    properties = [r["properties"] for r in sarif["runs"][0]["results"]]
    assert [p["corrected"] is not None for p in properties] == [True, False]


def test_a_correction_is_stored_and_weighs_less_in_scores_explain_and_the_workbench(tmp_path):
    from conftest import PASSWORD
    from web_client import Client, make_app

    from integrity.rating import accounts
    from integrity.store import schema

    sessions = tmp_path / "sessions.jsonl"
    lines = [{"session_id": f"s-{name}", "streamer_id": f"st-{name}", "date": "2026-11-20", "segments": [
        {"start": 10.0, "text": "这条围巾今天全网最低价"}, {"start": 14.0, "text": later}]}
        for name, later in (("kept", "好的家人们我们继续往下看"), ("taken-back", "刚才口误，不是全网最低价"))]
    sessions.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), "utf-8")
    db = tmp_path / "f.db"
    run = CliRunner()
    assert run.invoke(cli, ["scan", str(sessions), "--db", str(db), "-q", "-j", "1", "--no-model"]).exit_code == 0
    stored = json.loads(run.invoke(cli, ["findings", "--db", str(db), "--format", "json"]).output)["findings"]
    assert {f["session_id"]: f["corrected"] for f in stored} == {
        "s-kept": None, "s-taken-back": {"segment": 1, "start": 14.0, "evidence": "口误，不是全网最低"}}
    scores = json.loads(run.invoke(cli, ["score", "--db", str(db), "--format", "json"]).output)
    lost = {c["candidate_id"]: c["breakdown"]["price"] for c in scores["candidates"]}
    assert lost == {"st-kept": -240, "st-taken-back": -120}  # PRC001 medium: 300 x 0.8, then x 0.5
    card = run.invoke(cli, ["explain", "st-taken-back", "--db", str(db)]).output
    assert "corrected on the spot in segment 1 at 0:14: 「口误，不是全网最低」" in card
    assert "300 x 0.8 [unreviewed, corrected on the spot] x corrected 0.5 x recency" in card

    accounts.add(schema.open_db(db), "judge", "judge", PASSWORD)
    client = Client(make_app(db))
    client.login("judge", PASSWORD)
    page = client.get("/candidates/st-taken-back").text
    assert "已当场更正，第 #2 段 0:14：「口误，不是全网最低」" in page
