"""Long segments are checked in overlapping windows, so time and memory grow with the length of
the text (issue 14: 全网最低价 repeated took 0.16 s at 16k characters and 2.2 s at 64k)."""
from __future__ import annotations

import datetime as dt

import pytest

from integrity.detect import windows
from integrity.detect.checker import Checker
from integrity.read.model import Listing, PricePoint, Segment, Session

FILLER = "这是一段用来填满窗口的普通说明文字没有任何问题"


def session(*texts: str, listings=()) -> Session:
    return Session("s", tuple(Segment(i, t, start=float(i)) for i, t in enumerate(texts)), tuple(listings))


@pytest.mark.parametrize("text", [
    "一二三四五六七八九十" * 1000,                      # no clause mark at all: hard cuts
    ("这款围巾很暖和，" * 2000)[:15000],               # marks everywhere
    "啊" * 4001,
])
def test_windows_cover_the_text_and_overlap(text):
    cuts = windows.cuts(text)
    assert cuts[0][0] == 0 and cuts[-1][1] == len(text)
    assert all(end - start <= windows.WINDOW for start, end in cuts)
    for (_, end), (start, _) in zip(cuts, cuts[1:]):
        assert end - windows.OVERLAP <= start <= end - windows.OVERLAP // 2
    if "，" in text:
        assert all(text[end - 1] == "，" for _, end in cuts[:-1])  # cut after a clause mark


def test_a_short_segment_is_one_window():
    assert windows.cuts("全网最低价") == [(0, 5)]


def test_detectors_never_see_more_than_a_window_nor_a_session_more_than_a_part(checker, monkeypatch):
    seen = recorded(monkeypatch)
    text = ("全网最低价" * 13000)[:64000]
    findings = checker.check(session("开场", text, text, "喝了能降血压"))
    assert max(max(lengths) for lengths in seen) <= windows.WINDOW
    assert max(sum(lengths) for lengths in seen) <= windows.PART + windows.WINDOW
    assert {(f.segment, f.rule) for f in findings} >= {(1, "PRC001"), (2, "PRC001"), (3, "WRD003")}


def recorded(monkeypatch) -> list[list[int]]:
    """The lengths of the segments the detectors are given, check by check."""
    seen = []
    check_texts = Checker._check_texts

    def recording(self, session, texts, use_model=True):
        seen.append([len(segment.text) for segment in session.segments])
        return check_texts(self, session, texts, use_model)

    monkeypatch.setattr(Checker, "_check_texts", recording)
    return seen


def test_live_mode_checks_a_long_segment_in_windows_too(checker, monkeypatch):
    from integrity.live.incremental import LiveSession

    seen = recorded(monkeypatch)
    text = FILLER * 400 + "这个茶喝了能降血压" + FILLER * 300 + "全网最低价"
    live = LiveSession(checker, "s")
    written = live.add_segment(Segment(0, "开场", start=0.0)) + live.add_segment(Segment(1, text, start=1.0))
    written += live.finish()
    assert max(max(lengths) for lengths in seen) <= windows.WINDOW
    assert sorted((f.segment, f.rule, f.span) for f in written) == \
        sorted((f.segment, f.rule, f.span) for f in checker.check(session("开场", text)))


def test_findings_in_a_long_segment_are_where_the_text_says(checker):
    text = FILLER * 400 + "这个茶喝了能降血压" + FILLER * 300 + "全网最低价" + FILLER * 200
    assert len(text) > 3 * windows.WINDOW
    [short] = [f for f in checker.check(session("这个茶喝了能降血压")) if f.rule == "WRD003"]
    findings = checker.check(session("开场", text))
    by_rule = {f.rule: f for f in findings}
    assert set(by_rule) == {"WRD003", "PRC001"}
    wording = by_rule["WRD003"]
    offset = len(FILLER) * 400
    assert wording.segment == 1 and wording.start == 1.0
    assert wording.span == (offset + short.span[0], offset + short.span[1])
    assert wording.evidence == short.evidence == text[slice(*wording.span)]
    assert text[slice(*by_rule["PRC001"].span)] == "全网最低价"


@pytest.mark.parametrize("position", [3596, 3598, 3600, 3602, 3797, 3800, 3996, 3998, 4000])
def test_a_term_across_a_cut_is_found_once(checker, position):
    """A hard cut (no clause mark near) falls inside the term, or the overlap holds it twice."""
    text = "啊" * position + "全网最低价" + "啊" * 6000
    findings = [f for f in checker.check(session(text)) if f.rule == "PRC001"]
    assert [(f.span, f.evidence) for f in findings] == [((position, position + 5), "全网最低价")]


def test_every_listing_finding_once_when_a_session_is_checked_in_parts(checker):
    listing = Listing("p-1", "羊绒围巾", price=99, list_price=999,
                      price_history=(PricePoint(dt.date(2026, 11, 15), 99),))
    long = Session("s", (Segment(0, FILLER * 20000),), (listing,), date=dt.date(2026, 11, 20))
    short = Session("s", (Segment(0, FILLER),), (listing,), date=dt.date(2026, 11, 20))
    listing_only = [f for f in checker.check(short) if f.segment is None]
    assert listing_only and [f for f in checker.check(long) if f.segment is None] == listing_only


def test_sessions_without_a_long_segment_are_checked_as_they_are(checker, monkeypatch):
    monkeypatch.setattr(windows, "parts", lambda *a, **k: pytest.fail("cut a session that needs no cutting"))
    assert checker.check(session("全网最低价", FILLER * 100))

