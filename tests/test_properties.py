"""Properties of the readers and the checker over generated inputs (hypothesis): bad input is
one clear InputError, never a crash; findings always index their text. Bounded and derandomised,
so the suite stays fast and deterministic; `benchmarks/fuzz.py` runs 100,000 inputs."""
from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from integrity.detect import windows
from integrity.read.documents import session_from_dict
from integrity.read.files import jsonl_parts
from integrity.read.model import InputError, Segment, Session
from integrity.read.sessions import read_jsonl_part, read_sessions
from integrity.text.display import printable
from integrity.text.numerals import LARGEST, find_amounts

BOUNDED = settings(max_examples=60, deadline=None, derandomize=True, database=None,
                   suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

WORDS = ["原价", "专柜价", "今天只要", "全网最低价", "到手价", "打八折", "立减", "仅剩三件", "最后", "限时", "明天涨",
         "一号链接", "高仿", "正品", "LV", "喝了能降血压", "国家级", "最好", "元", "块", "万", "亿", "多", "几",
         "99", "9" * 40, "九" * 40, "1e308", "三位数", "，", "。", "\x1b", "\u202e", "🔥", " ", "\n", "-->"]
texts = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=6)), max_size=14).map("".join)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | texts | st.sampled_from(
        ["2026-11-20", "0001-01-01", "9999-12-31", "2026-02-30"]),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.sampled_from(
        ["session_id", "segments", "text", "listings", "listing_id", "price", "list_price", "stock", "date",
         "price_history", "start", "end", "labels", "title", "brand"]) | texts, inner, max_size=5),
    max_leaves=20,
)


@pytest.fixture(scope="module")
def folder() -> Path:
    with tempfile.TemporaryDirectory() as directory:
        yield Path(directory)


def one_line_errors(items: list) -> None:
    for item in items:
        assert isinstance(item, (Session, InputError)), item
        if isinstance(item, InputError):
            assert "\n" not in str(item) and item.message


@BOUNDED
@given(data=st.one_of(st.binary(max_size=400), texts.map(lambda t: t.encode("utf-8", "surrogatepass"))),
       suffix=st.sampled_from([".txt", ".srt", ".vtt", ".json", ".jsonl"]))
def test_any_bytes_read_as_sessions_or_one_line_errors(folder, data, suffix):
    path = folder / f"in{suffix}"
    path.write_bytes(data)
    one_line_errors(list(read_sessions(str(path))))


@BOUNDED
@given(document=json_values)
def test_any_document_is_a_session_or_an_input_error(document):
    try:
        session = session_from_dict(document, "in.json", 1)
    except InputError as error:
        assert "\n" not in str(error)
    else:
        assert session.session_id and all(listing.price is None or listing.price >= 0 for listing in session.listings)


@BOUNDED
@given(lines=st.lists(st.one_of(
    json_values.map(lambda v: json.dumps(v).encode()),
    st.builds(lambda sid, text: json.dumps({"session_id": sid, "segments": [{"text": text}]},
                                           ensure_ascii=False).encode("utf-8", "surrogatepass"),
              st.text(min_size=1, max_size=5), texts),
    st.binary(max_size=40).filter(lambda b: b"\n" not in b and b"\r" not in b and b"\x00" not in b)),
    max_size=12), size=st.integers(min_value=1, max_value=300))
def test_a_jsonl_file_reads_the_same_whole_and_in_parts(folder, lines, size):
    path = folder / "parts.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")

    def shown(items):
        return [(type(i).__name__, getattr(i, "session_id", None), i.line, getattr(i, "message", None)) for i in items]

    whole = shown(read_sessions(str(path)))
    parts = shown(item for start, end, first in jsonl_parts(str(path), size)
                  for item in read_jsonl_part(str(path), start, end, first))
    assert parts == [entry for entry in whole if entry[3] != "empty file"]


@BOUNDED
@given(segments=st.lists(texts, min_size=1, max_size=5))
def test_the_checker_never_crashes_and_spans_index_the_text(checker, segments):
    session = Session("s", tuple(Segment(i, text) for i, text in enumerate(segments)))
    for finding in checker.check(session):
        if finding.segment is not None:
            text = segments[finding.segment]
            assert finding.span is not None and 0 <= finding.span[0] <= finding.span[1] <= len(text)
            assert text[finding.span[0]:finding.span[1]] == finding.evidence


@settings(BOUNDED, max_examples=20)
@given(filler=st.sampled_from(["填满窗口的普通文字", "啊", "这条围巾很暖和，", "abc def "]),
       term=st.sampled_from(["全网最低价", "喝了能降血压", "高仿", "原价999今天99"]),
       where=st.floats(min_value=0, max_value=1))
def test_a_long_segment_finds_a_term_where_it_is(checker, filler, term, where):
    """Wherever the term falls, at a window's edge or in an overlap, it is found once, as alone."""
    long = (filler * (2 * windows.WINDOW // len(filler) + 1))[:2 * windows.WINDOW]
    position = int(where * len(long))
    text = long[:position] + "，" + term + "，" + long[position:]
    found = {(f.rule, f.span) for f in checker.check(Session("s", (Segment(0, text),)))}
    alone = {(f.rule, (f.span[0] + position, f.span[1] + position))
             for f in checker.check(Session("s", (Segment(0, "，" + term + "，"),)))}
    assert alone and alone <= found
    assert all(text[span[0]:span[1]] for _, span in found)


@BOUNDED
@given(text=texts)
def test_amounts_are_finite_and_index_the_text(text):
    for amount in find_amounts(text):
        assert text[amount.start:amount.end] == amount.text
        assert -LARGEST <= amount.low <= amount.high <= LARGEST


@BOUNDED
@given(text=st.text())
def test_printable_text_has_no_control_characters(text):
    assert not re.search("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", printable(text))
