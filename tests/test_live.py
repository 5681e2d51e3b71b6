"""Live mode: every fixture session replayed segment by segment finds what the whole-file check
finds, on time; the window stays bounded; `integrity live` writes a line per segment at once."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from integrity.cli import cli
from integrity.detect.corrections import WINDOW_SEGMENTS
from integrity.live.incremental import REACH, LiveSession, identity
from integrity.read.model import Listing, Segment
from integrity.read.sessions import read_sessions

ROOT = Path(__file__).resolve().parent.parent
FIXTURE_FILES = sorted([*ROOT.glob("fixtures/rules/*.txt"), *ROOT.glob("fixtures/rules/*.json"),
                        *ROOT.glob("fixtures/demo/*.json"), *ROOT.glob("fixtures/demo/*.txt"),
                        *ROOT.glob("fixtures/demo/*.srt"), ROOT / "fixtures" / "scenario" / "sessions.jsonl"])


def fixture_sessions():
    for path in FIXTURE_FILES:
        for session in read_sessions(str(path)):
            yield pytest.param(session, id=f"{path.name}:{session.session_id}")


def replay(checker, session, listings_at: int | None):
    """The session streamed segment by segment, its listings up front (``listings_at`` None) or
    arriving before segment ``listings_at``: the findings written with the segment count at the
    time, and those only the end of the stream added."""
    live = LiveSession(checker, session.session_id, streamer_id=session.streamer_id, unit_id=session.unit_id,
                       date=session.date, platform=session.platform,
                       listings=session.listings if listings_at is None else ())
    written = []
    for segment in session.segments:
        if segment.index == listings_at:
            for listing in session.listings:
                written += [(segment.index - 1, f) for f in live.add_listing(listing)]
        written += [(segment.index, f) for f in live.add_segment(Segment(0, segment.text, segment.start, segment.end))]
    if listings_at is not None and listings_at >= len(session.segments):
        for listing in session.listings:
            written += [(len(session.segments) - 1, f) for f in live.add_listing(listing)]
    return written, live.finish()


@pytest.mark.parametrize("session", list(fixture_sessions()))
def test_live_finds_what_the_whole_file_check_finds(preview_checker, session):
    whole = preview_checker.check(session)
    for listings_at in (None, len(session.segments) // 2):
        written, at_end = replay(preview_checker, session, listings_at)
        latest = {}
        for when, finding in written:
            latest[identity(finding)] = (when, finding)
        for finding in whole:
            assert identity(finding) in latest, (listings_at, finding.rule, finding.segment, finding.message)
            when, seen = latest[identity(finding)]
            assert seen.corrected == finding.corrected, (finding.rule, finding.segment)
            if finding.segment is not None and listings_at is None:
                # written with its own segment, or with the segment that corrected it
                assert finding.segment <= when <= finding.segment + WINDOW_SEGMENTS
                assert when == (finding.corrected.segment if finding.corrected else finding.segment)
        # The fixture sessions are short: the stream itself found everything, the end added nothing.
        assert at_end == [], [(f.rule, f.segment) for f in at_end]


def test_a_claim_made_before_the_listing_arrived_is_checked_when_it_arrives(checker):
    live = LiveSession(checker, "s", date=__import__("datetime").date(2026, 11, 20))
    assert [f.rule for f in live.add_segment(Segment(0, "这条围巾原价五百九十九，今天九十九"))] == ["PRC012"]
    for _ in range(30):
        assert live.add_segment(Segment(0, "好的家人们我们继续往下看")) == []
    found = live.add_listing(Listing("p-1", "羊绒围巾", price=99, list_price=599, price_history=(
        __import__("integrity.read.model", fromlist=["PricePoint"]).PricePoint(
            __import__("datetime").date(2026, 11, 15), 129.0),)))
    assert {(f.rule, f.segment) for f in found} >= {("PRC006", 0), ("PRC007", None)}
    assert live.finish() == []


def test_a_correction_rewrites_the_finding_with_corrected_set(checker):
    live = LiveSession(checker, "s")
    (claim,) = live.add_segment(Segment(0, "这条围巾今天全网最低价", start=10.0))
    assert claim.corrected is None
    assert live.add_segment(Segment(0, "好的家人们", start=12.0)) == []
    (again,) = live.add_segment(Segment(0, "刚才口误，不是全网最低价", start=15.0))
    assert identity(again) == identity(claim) and again.corrected.segment == 2 and again.corrected.start == 15.0
    assert live.finish() == []


def test_the_window_stays_bounded_on_a_long_stream(checker, monkeypatch):
    sizes = []
    check_texts = checker.check_texts

    def measured(session, texts, *args):
        sizes.append(len(session.segments))
        return check_texts(session, texts, *args)

    monkeypatch.setattr(checker, "check_texts", measured)
    live = LiveSession(checker, "long")
    lines = ["这个包包是真皮的，大家看一下", "本品不能代替药物", "我们是耐克官方授权店", "这款鞋子很舒服", "这条围巾很暖和"]
    for n in range(600):
        live.add_segment(Segment(0, f"{lines[n % len(lines)]}，第{n}位进来的朋友欢迎"))
    facts = len({at for at in live._facts.values()})
    assert max(sizes) <= REACH + 1 + facts and facts < 10
    live.finish()
    assert sizes[-1] == 600


def run_live(*args, input: str):
    return CliRunner().invoke(cli, ["live", "--no-model", *args], input=input)


def test_integrity_live_writes_a_line_per_segment_with_findings_and_an_end_line():
    lines = [{"start": 1.0, "end": 3.0, "text": "大家好欢迎来到直播间"},
             {"start": 4.0, "end": 6.0, "text": "这条围巾今天全网最低价"},
             {"listing": {"listing_id": "p-1", "title": "羊绒围巾", "price": 99}},
             {"start": 7.0, "end": 9.0, "text": "刚才口误，不是全网最低价"}]
    result = run_live("--session-id", "s-9", input="".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines))
    assert result.exit_code == 1, result.output
    out = [json.loads(line) for line in result.output.splitlines()]
    assert [(m["segment"], [f["rule"] for f in m["findings"]]) for m in out] == [
        (1, ["PRC001"]), (2, ["PRC001"]), (None, [])]
    assert out[0]["findings"][0]["session_id"] == "s-9" and out[0]["findings"][0]["corrected"] is None
    assert out[1]["findings"][0]["corrected"] == {"segment": 2, "start": 7.0, "evidence": "口误，不是全网最低"}
    assert out[-1]["end"] is True and out[-1]["summary"] == {"segments": 3, "listings": 1, "findings": 1, "errors": 0}


def test_integrity_live_all_writes_every_segment_and_reports_bad_lines():
    result = run_live("--all", input='{"text": "大家好"}\nnot json\n{"start": 1}\n\n{"text": "全网最低价"}\n')
    assert result.exit_code == 2
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [m["segment"] for m in out] == [0, 1, None]
    assert [len(m["findings"]) for m in out] == [0, 1, 0]
    assert "<stdin>:2: not JSON (Expecting value at column 1)" in result.stderr
    assert "<stdin>:3: segment 1: missing required field 'text'" in result.stderr


def test_integrity_live_reports_numbers_too_long_deep_nesting_and_half_characters_as_bad_lines():
    lines = ['{"text": ' + "1" * 5000 + "}", "[" * 100000 + "]" * 100000, '{"text": "全网最低价\\ud800"}',
             '{"text": "全网最低价\\ud83d\\ude00"}']
    result = run_live(input="\n".join(lines) + "\n")
    assert result.exit_code == 2 and result.exception is None or isinstance(result.exception, SystemExit)
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(m["segment"], len(m["findings"])) for m in out] == [(0, 1), (None, 0)]  # the emoji pair is text
    assert out[-1]["summary"]["errors"] == 3
    errors = result.stderr.splitlines()
    assert len(errors) == 3 and errors[0].startswith("integrity: error: <stdin>:1: not JSON (Exceeds the limit")
    assert errors[1:] == ["integrity: error: <stdin>:2: not JSON (nested too deeply)",
                          "integrity: error: <stdin>:3: \\ud800 is half of a character (a lone surrogate), not text"]


def test_integrity_live_answers_each_segment_before_the_next_is_written(tmp_path):
    """Through a pipe: the findings of a segment come out while standard input is still open."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen([sys.executable, "-m", "integrity", "live", "--no-model"], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, text=True, env=env)
    try:
        process.stdin.write('{"text": "这条围巾今天全网最低价"}\n')
        process.stdin.flush()
        first = json.loads(process.stdout.readline())
        assert first["segment"] == 0 and first["findings"][0]["rule"] == "PRC001"
        process.stdin.write('{"text": "这个茶能降血压"}\n')
        process.stdin.flush()
        assert json.loads(process.stdout.readline())["findings"][0]["rule"] == "WRD003"
        process.stdin.close()
        assert json.loads(process.stdout.readline())["end"] is True
        assert process.wait(timeout=30) == 1
    finally:
        process.kill()
