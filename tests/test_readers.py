"""Tests for integrity.read.sessions: formats, encodings, stdin sniffing and bad input."""
from __future__ import annotations

import codecs
import datetime
import io
import json
from pathlib import Path

import pytest

from integrity.read.documents import listing_from_dict, session_from_dict
from integrity.read.files import SUFFIXES, decode_bytes, iter_input_files
from integrity.read.listings import read_listings
from integrity.read.model import InputError, Listing, PricePoint, Session
from integrity.read.sessions import read_sessions

DATA = Path(__file__).parent / "data" / "readers"
TRANSCRIPT_LINES = ["原价五百九十九，直播间今天只要九十九", "全网最低价，错过再等一年"]
TRANSCRIPT = "\n".join(TRANSCRIPT_LINES) + "\n"
DAY = datetime.date(2026, 11, 20)
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"


def write(tmp_path: Path, name: str, content: str | bytes) -> str:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return str(path)


def split(results: list[Session | InputError]) -> tuple[list[Session], list[InputError]]:
    sessions = [item for item in results if isinstance(item, Session)]
    errors = [item for item in results if isinstance(item, InputError)]
    assert len(sessions) + len(errors) == len(results)
    return sessions, errors


def read_ok(path: str, **options) -> list[Session]:
    sessions, errors = split(list(read_sessions(path, **options)))
    assert errors == [], [str(error) for error in errors]
    return sessions


def read_error(path: str, **options) -> InputError:
    sessions, errors = split(list(read_sessions(path, **options)))
    assert sessions == [] and len(errors) == 1, [str(error) for error in errors]
    return errors[0]


def doc(**fields: object) -> dict[str, object]:
    """A valid session document with ``fields`` replaced."""
    return {"session_id": "s-1", "segments": [{"text": "a"}], **fields}


def texts(session: Session) -> list[str]:
    return [segment.text for segment in session.segments]


def times(session: Session) -> list[tuple[float | None, float | None]]:
    return [(segment.start, segment.end) for segment in session.segments]


# --- Formats -------------------------------------------------------------------

CUE_TEXTS = ["家人们晚上好", TRANSCRIPT_LINES[0]]
CUE_TIMES = [(1.0, 4.5), (5.0, 8.25), (3723.04, 3725.0)]

FORMATS = [
    pytest.param(
        "session.json",
        [("s-0001", [TRANSCRIPT_LINES[0], "全网最低价，假一赔十"])],
        id="json",
    ),
    pytest.param(
        "sessions.jsonl",
        [("s-0002", ["这款面霜能根治湿疹"]), ("s-0003", ["专柜正品，假一赔十", "最后三单"])],
        id="jsonl",
    ),
    pytest.param("transcript.txt", [("transcript", ["家人们晚上好", *TRANSCRIPT_LINES])], id="txt"),
    pytest.param("cues.srt", [("cues", [*CUE_TEXTS, "Hello world 正品"])], id="srt"),
    pytest.param("cues.vtt", [("cues", [*CUE_TEXTS, "Tom & Jerry 9 折"])], id="vtt"),
]


@pytest.mark.parametrize("name, expected", FORMATS)
def test_each_format_reads_its_sessions(name: str, expected: list[tuple[str, list[str]]]) -> None:
    sessions = read_ok(str(DATA / name))
    assert [(session.session_id, texts(session)) for session in sessions] == expected
    for session in sessions:
        assert session.source == str(DATA / name)
        assert [segment.index for segment in session.segments] == list(range(len(session.segments)))


@pytest.mark.parametrize("name, expected", FORMATS)
def test_stdin_sniffs_each_format(name: str, expected: list[tuple[str, list[str]]]) -> None:
    stdin = io.BytesIO((DATA / name).read_bytes())
    sessions = read_ok("-", stdin=stdin)
    plain = Path(name).suffix in (".txt", ".srt", ".vtt")
    wanted = [("stdin" if plain else session_id, lines) for session_id, lines in expected]
    assert [(session.session_id, texts(session)) for session in sessions] == wanted
    assert {session.source for session in sessions} == {"<stdin>"}


@pytest.mark.parametrize("name", ["cues.srt", "cues.vtt"])
def test_subtitle_cues_have_times_in_seconds(name: str) -> None:
    [session] = read_ok(str(DATA / name))
    assert times(session) == CUE_TIMES


def test_json_array_holds_several_sessions(tmp_path: Path) -> None:
    documents = [doc(session_id="a"), doc(session_id=7, segments=[{"text": "二"}])]
    sessions = read_ok(write(tmp_path, "many.json", json.dumps(documents)))
    assert [(session.session_id, texts(session)) for session in sessions] == [
        ("a", ["a"]),
        ("7", ["二"]),
    ]


def test_session_document_fields() -> None:
    [session] = read_ok(str(DATA / "session.json"))
    assert (session.streamer_id, session.unit_id, session.platform, session.date) == (
        "st-17",
        "mcn-3",
        "douyin",
        DAY,
    )
    assert times(session) == [(12.5, 15.0), (15.0, 18.2)]
    assert [(segment.labels, segment.also_ok) for segment in session.segments] == [
        (("price",), ()),
        ((), ("wording",)),
    ]
    [listing] = session.listings
    assert listing == Listing(
        listing_id="p-1",
        title="羊绒围巾 男女同款",
        brand="鄂尔多斯",
        category="apparel",
        price=99.0,
        list_price=599.0,
        stock=500,
        price_history=(
            PricePoint(datetime.date(2026, 11, 13), 129.0),
            PricePoint(datetime.date(2026, 11, 15), 119.0),
        ),
    )
    assert session.extra == {"room_title": "双十一返场"}


def test_stdin_pretty_printed_object_is_one_session() -> None:
    document = {"session_id": "s-9", "segments": [{"text": "一"}, {"text": "二"}]}
    stdin = io.BytesIO(json.dumps(document, ensure_ascii=False, indent=2).encode())
    [session] = read_ok("-", stdin=stdin)
    assert (session.session_id, texts(session)) == ("s-9", ["一", "二"])


def test_stdin_jsonl_with_a_broken_line_is_read_line_by_line() -> None:
    stdin = io.BytesIO(b'{"session_id": "a", "segments": [{"text": "x"}]}\n{"session_id": \n'
                       b'{"session_id": "b", "segments": [{"text": "y"}]}\n')
    sessions, errors = split(list(read_sessions("-", stdin=stdin)))
    assert [session.session_id for session in sessions] == ["a", "b"]
    assert [(error.source, error.line) for error in errors] == [("<stdin>", 2)]


def test_txt_strips_lines_and_skips_blank_ones(tmp_path: Path) -> None:
    path = write(tmp_path, "live.txt", "\n  第一句 \n\n\u3000第二句\u3000\n\n")
    [session] = read_ok(path)
    assert texts(session) == ["第一句", "第二句"]
    assert times(session) == [(None, None), (None, None)]


def test_srt_without_numbers_and_vtt_without_hours(tmp_path: Path) -> None:
    srt = write(tmp_path, "a.srt", "00:00:01.5 --> 00:00:02,25\n<b>一</b>\n")
    vtt = write(tmp_path, "b.vtt", "WEBVTT\n\n1\n00:01.000 --> 00:02.000 line:0\n二\n")
    assert times(read_ok(srt)[0]) == [(1.5, 2.25)]
    assert (texts(read_ok(vtt)[0]), times(read_ok(vtt)[0])) == (["二"], [(1.0, 2.0)])


def test_subtitle_cue_without_timing_is_reported_and_others_kept(tmp_path: Path) -> None:
    content = "1\n00:00:01,000 --> 00:00:02,000\n一\n\n孤立的一行\n\n2\n00:00:03,000 --> x\n二\n"
    path = write(tmp_path, "a.srt", content)
    sessions, errors = split(list(read_sessions(path)))
    assert [texts(session) for session in sessions] == [["一"]]
    assert [(error.line, error.message) for error in errors] == [
        (5, "expected a cue timing line 'start --> end'"),
        (8, "expected a cue timing line 'start --> end'"),
    ]


def test_a_cue_whose_hours_have_thousands_of_digits_is_a_bad_line(tmp_path: Path) -> None:
    content = f"1\n{'1' * 4301}:00:00,000 --> 00:00:01,000\n全网最低价\n\n2\n00:00:02,000 --> 00:00:03,000\n二\n"
    sessions, errors = split(list(read_sessions(write(tmp_path, "a.srt", content))))
    assert [texts(session) for session in sessions] == [["二"]]
    assert [(error.line, error.message) for error in errors] == [(2, "expected a cue timing line 'start --> end'")]


def test_subtitles_without_any_cue_are_one_error(tmp_path: Path) -> None:
    error = read_error(write(tmp_path, "notes.vtt", "WEBVTT\n\nNOTE 只有注释\n\n随便写的\n"))
    assert error.message == "no subtitle cues with text found"


@pytest.mark.parametrize(
    "lines, expected",
    [
        (["原价五百九十九，", "今天只要九十九"], "原价五百九十九，今天只要九十九"),
        (["今天买", "iPhone 15", "Pro", "送壳"], "今天买iPhone 15 Pro送壳"),
        (["<i>第一行</i>", "<b></b>", "{\\an8}第二行"], "第一行第二行"),
    ],
)
def test_cue_lines_join_without_separator_except_between_ascii_words(
    tmp_path: Path, lines: list[str], expected: str
) -> None:
    content = "1\n00:00:01,000 --> 00:00:02,000\n" + "\n".join(lines) + "\n"
    [session] = read_ok(write(tmp_path, "a.srt", content))
    assert texts(session) == [expected]


# --- Encodings and line endings -------------------------------------------------

ENCODINGS = [
    pytest.param(lambda text: text.encode("utf-8"), id="utf-8"),
    pytest.param(lambda text: codecs.BOM_UTF8 + text.encode("utf-8"), id="utf-8-bom"),
    pytest.param(lambda text: codecs.BOM_UTF16_LE + text.encode("utf-16-le"), id="utf-16-le-bom"),
    pytest.param(lambda text: codecs.BOM_UTF16_BE + text.encode("utf-16-be"), id="utf-16-be-bom"),
    pytest.param(lambda text: text.encode("gb18030"), id="gb18030"),
]


@pytest.mark.parametrize("encode", ENCODINGS)
def test_decode_bytes_reads_each_encoding(encode) -> None:
    assert decode_bytes(encode(TRANSCRIPT), "x.txt") == TRANSCRIPT


@pytest.mark.parametrize("encode", ENCODINGS)
def test_transcript_in_each_encoding(tmp_path: Path, encode) -> None:
    [session] = read_ok(write(tmp_path, "live.txt", encode(TRANSCRIPT)))
    assert texts(session) == TRANSCRIPT_LINES


@pytest.mark.parametrize("encode", ENCODINGS)
def test_stdin_in_each_encoding(encode) -> None:
    [session] = read_ok("-", stdin=io.BytesIO(encode(TRANSCRIPT)))
    assert texts(session) == TRANSCRIPT_LINES


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_crlf_and_cr_become_lf(tmp_path: Path, newline: str) -> None:
    assert decode_bytes(TRANSCRIPT.replace("\n", newline).encode(), "x") == TRANSCRIPT
    srt = (DATA / "cues.srt").read_text(encoding="utf-8").replace("\n", newline)
    [session] = read_ok(write(tmp_path, "cues.srt", srt))
    assert times(session) == CUE_TIMES
    assert all("\r" not in text for text in texts(session))


def test_jsonl_with_crlf_keeps_line_numbers(tmp_path: Path) -> None:
    content = '{"session_id": "a", "segments": [{"text": "x"}]}\r\n\r\n{broken\r\n'
    sessions, errors = split(list(read_sessions(write(tmp_path, "a.jsonl", content))))
    assert [session.session_id for session in sessions] == ["a"]
    assert [error.line for error in errors] == [3]


# --- Listings and date ------------------------------------------------------------


def test_listings_and_date_attach_to_plain_transcripts(tmp_path: Path) -> None:
    path = write(tmp_path, "l.json", json.dumps([{"listing_id": "p-1", "price": 99}]))
    listings, errors = read_listings(path)
    assert errors == []
    for path in (str(DATA / "transcript.txt"), str(DATA / "cues.srt"), str(DATA / "cues.vtt")):
        [session] = read_ok(path, listings=listings, date=DAY)
        assert (session.listings, session.date) == (tuple(listings), DAY)
    [session] = read_ok("-", stdin=io.BytesIO(TRANSCRIPT.encode()), listings=listings, date=DAY)
    assert (session.listings, session.date) == (tuple(listings), DAY)


def test_session_document_keeps_its_own_listings_and_date() -> None:
    other = Listing(listing_id="other")
    later = datetime.date(2030, 1, 1)
    [session] = read_ok(str(DATA / "session.json"), listings=[other], date=later)
    assert ([listing.listing_id for listing in session.listings], session.date) == (["p-1"], DAY)


def test_a_negative_price_in_a_listings_file_is_a_bad_row_with_its_line(tmp_path: Path) -> None:
    path = write(tmp_path, "l.csv", "listing_id,title,price,price_history\np-1,围巾,99,2026-11-13:-3\np-2,帽子,59,\n")
    listings, errors = read_listings(path)
    assert [listing.listing_id for listing in listings] == ["p-2"]
    assert [(error.line, error.message) for error in errors] == [
        (2, "listing 'p-1': price_history[0]: 'price' must be a number from 0 to 10^15, got '-3'")]


def test_session_document_without_listings_or_date_takes_the_given_ones(tmp_path: Path) -> None:
    other = Listing(listing_id="other")
    documents = [doc(), doc(listings=[], date=None), doc(segments=[], listings=None)]
    sessions = read_ok(write(tmp_path, "s.json", json.dumps(documents)), listings=[other], date=DAY)
    assert [(session.listings, session.date) for session in sessions] == [((other,), DAY)] * 3


def test_read_listings_csv_skips_a_bad_row_and_keeps_the_good_ones() -> None:
    listings, errors = read_listings(str(DATA / "listings.csv"))
    assert [listing.listing_id for listing in listings] == ["p-1", "p-3"]
    assert [(error.line, error.message) for error in errors] == [
        (3, "listing 'p-2': 'price' must be a number, got 'abc'")
    ]
    first, third = listings
    assert first.price_history == (
        PricePoint(datetime.date(2026, 11, 13), 129.0),
        PricePoint(datetime.date(2026, 11, 15), 119.0),
    )
    assert (first.brand, first.list_price_basis, first.stock) == ("鄂尔多斯", None, 500)
    assert third == Listing(
        listing_id="p-3",
        title="保温杯, 500ml",
        category="home",
        price=59.0,
        list_price_basis="msrp",
        stock=500,
        price_history=(PricePoint(datetime.date(2026, 11, 10), 69.0),),
    )
    assert third.list_price_is_msrp


TWO_LISTINGS = [{"listing_id": "p-1"}, {"listing_id": 2, "stock": "5"}]


@pytest.mark.parametrize(
    "name, content",
    [
        ("a.json", json.dumps(TWO_LISTINGS)),
        ("a.json", json.dumps({"listings": TWO_LISTINGS})),
        ("a.jsonl", '{"listing_id": "p-1"}\n\n{"listing_id": "2", "stock": 5}\n'),
        ("a.CSV", "Listing_ID , Stock\np-1,\n2, 5\n"),
    ],
)
def test_read_listings_formats(tmp_path: Path, name: str, content: str) -> None:
    listings, errors = read_listings(write(tmp_path, name, content))
    assert errors == []
    assert [(listing.listing_id, listing.stock) for listing in listings] == [
        ("p-1", None),
        ("2", 5),
    ]


TOO_MANY_CELLS = "row has more cells than the header"


@pytest.mark.parametrize(
    "name, content, expected",
    [
        (
            "a.jsonl",
            '{"listing_id": "a"}\n{"listing_id": "b", "stock": 1.5}\n',
            [(2, "listing 'b': 'stock' must be a whole number, got 1.5")],
        ),
        (
            "a.json",
            '[{"listing_id": "a"}, {"title": "x"}]',
            [(None, "item 1: listing: missing required field 'listing_id'")],
        ),
        ("a.csv", "listing_id,title\na,x\nb,y,extra\n", [(3, TOO_MANY_CELLS)]),
    ],
)
def test_read_listings_reports_bad_entries(
    tmp_path: Path, name: str, content: str, expected: list[tuple[int | None, str]]
) -> None:
    listings, errors = read_listings(write(tmp_path, name, content))
    assert [listing.listing_id for listing in listings] == ["a"]
    assert [(error.line, error.message) for error in errors] == expected


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("missing.csv", None, "no such file or directory"),
        ("a.xml", "<x/>", "unsupported file type '.xml' (expected .json, .jsonl or .csv)"),
        ("a.csv", "", "empty file"),
        ("a.csv", "title,price\nx,1\n", "the CSV header has no 'listing_id' column"),
        (
            "a.json",
            '{"listing_id": "p-1"}',
            "expected a list of listings or an object with a 'listings' list",
        ),
    ],
)
def test_read_listings_unreadable_file(
    tmp_path: Path, name: str, content: str | None, message: str
) -> None:
    path = str(tmp_path / name) if content is None else write(tmp_path, name, content)
    listings, [error] = read_listings(path)
    assert (listings, error.source, error.message) == ([], path, message)


# --- Documents ----------------------------------------------------------------------


def test_session_from_dict_keeps_extra_keys_and_converts_ids() -> None:
    document = doc(
        session_id=42,
        streamer_id=17,
        unit_id="",
        segments=[{"text": "x", "start": None, "speaker": "A"}],
        asr={"model": "whisper"},
        tags=["双11"],
    )
    session = session_from_dict(document, "in.json")
    assert (session.session_id, session.streamer_id, session.unit_id) == ("42", "17", None)
    assert session.source == "in.json"
    assert session.extra == {"asr": {"model": "whisper"}, "tags": ["双11"]}
    assert (session.segments[0].start, session.segments[0].end) == (None, None)


def test_listing_from_dict_accepts_csv_style_strings() -> None:
    record = {
        "listing_id": 5,
        "price": "99.0",
        "list_price": " 599 ",
        "stock": "500",
        "price_history": "2026-11-15:119; 2026-11-13:129",
        "labels": ["price"],
        "also_ok": [],
    }
    listing = listing_from_dict(record, "l.csv")
    assert (listing.listing_id, listing.price, listing.list_price) == ("5", 99.0, 599.0)
    assert (listing.stock, listing.labels) == (500, ("price",))
    assert [point.date.day for point in listing.price_history] == [13, 15]


def listing_doc(**fields: object) -> dict[str, object]:
    """A session document with no segments and one listing 'p' with ``fields``."""
    return doc(segments=[], listings=[{"listing_id": "p", **fields}])


BAD_SESSIONS = [
    pytest.param("s-1", "session: expected an object, got 's-1'", id="not-an-object"),
    pytest.param({"segments": []}, "session: missing required field 'session_id'", id="no-id"),
    pytest.param(
        doc(session_id=" "),
        "session: 'session_id' must be a non-empty string, got ' '",
        id="blank-id",
    ),
    pytest.param(
        doc(segments=None),
        "session 's-1': missing required field 'segments'",
        id="no-segments",
    ),
    pytest.param(
        doc(segments="hi"),
        "session 's-1': 'segments' must be a list, got 'hi'",
        id="segments-not-list",
    ),
    pytest.param(
        doc(segments=[]),
        "session 's-1': 'segments' may be empty only when there are listings",
        id="empty-segments",
    ),
    pytest.param(
        doc(segments=[{"text": "a"}, {"start": 1}]),
        "session 's-1': segment 1: missing required field 'text'",
        id="no-text",
    ),
    pytest.param(
        doc(segments=[{"text": 3}]),
        "session 's-1': segment 0: 'text' must be a string, got 3",
        id="text-not-string",
    ),
    pytest.param(
        doc(segments=["a"]),
        "session 's-1': segment 0: expected an object, got 'a'",
        id="segment-not-object",
    ),
    pytest.param(
        doc(segments=[{"text": "a", "start": "1s"}]),
        "session 's-1': segment 0: 'start' must be a number, got '1s'",
        id="bad-start",
    ),
    pytest.param(
        doc(segments=[{"text": "a", "labels": "price"}]),
        "session 's-1': segment 0: 'labels' must be a list of strings, got 'price'",
        id="bad-labels",
    ),
    pytest.param(
        doc(date="2026-13-01"),
        "session 's-1': 'date' must be a date YYYY-MM-DD, got '2026-13-01'",
        id="bad-date",
    ),
    pytest.param(
        doc(date="20261120"),
        "session 's-1': 'date' must be a date YYYY-MM-DD, got '20261120'",
        id="compact-date",
    ),
    pytest.param(
        doc(platform=1),
        "session 's-1': 'platform' must be a string, got 1",
        id="bad-platform",
    ),
    pytest.param(
        listing_doc(price="九十九"),
        "session 's-1': listing 'p': 'price' must be a number, got '九十九'",
        id="bad-price",
    ),
    pytest.param(
        listing_doc(price=True),
        "session 's-1': listing 'p': 'price' must be a number, got true",
        id="bool-price",
    ),
    pytest.param(
        listing_doc(price=-3),
        "session 's-1': listing 'p': 'price' must be a number from 0 to 10^15, got -3",
        id="negative-price",
    ),
    pytest.param(
        listing_doc(list_price="-0.5"),
        "session 's-1': listing 'p': 'list_price' must be a number from 0 to 10^15, got '-0.5'",
        id="negative-list-price",
    ),
    pytest.param(
        listing_doc(price_history=[{"date": "2026-11-01", "price": -3}]),
        "session 's-1': listing 'p': price_history[0]: 'price' must be a number from 0 to 10^15, got -3",
        id="negative-history-price",
    ),
    pytest.param(
        listing_doc(stock=-1),
        "session 's-1': listing 'p': 'stock' must be a whole number from 0 to 10^15, got -1",
        id="negative-stock",
    ),
    pytest.param(
        listing_doc(stock=1e300),
        "session 's-1': listing 'p': 'stock' must be a whole number from 0 to 10^15, got 1e+300",
        id="stock-beyond-any-count",
    ),
    pytest.param(
        doc(listings=[{"price": 1}]),
        "session 's-1': listing: missing required field 'listing_id'",
        id="listing-no-id",
    ),
    pytest.param(
        listing_doc(price_history=[{"date": "2026-11-01", "price": 1}, {"date": "昨天", "price": 2}]),
        "session 's-1': listing 'p': price_history[1]: 'date' must be a date YYYY-MM-DD, got '昨天'",
        id="bad-history-date",
    ),
    pytest.param(
        listing_doc(price_history=[{"date": "2026-11-01"}]),
        "session 's-1': listing 'p': price_history[0]: missing required field 'price'",
        id="history-no-price",
    ),
    pytest.param(
        listing_doc(price_history="2026-11-01=3"),
        "session 's-1': listing 'p': "
        "'price_history' entry '2026-11-01=3' must look like 2026-11-13:129",
        id="bad-history-text",
    ),
]


@pytest.mark.parametrize("document, message", BAD_SESSIONS)
def test_session_from_dict_names_session_and_field(document: object, message: str) -> None:
    with pytest.raises(InputError) as caught:
        session_from_dict(document, "in.jsonl", 4)
    error = caught.value
    assert (error.source, error.line, error.message) == ("in.jsonl", 4, message)
    assert str(error) == f"in.jsonl:4: {message}"


@pytest.mark.parametrize("document, message", BAD_SESSIONS)
def test_bad_session_in_a_json_file_is_yielded_not_raised(
    tmp_path: Path, document: object, message: str
) -> None:
    error = read_error(write(tmp_path, "s.json", json.dumps(document, ensure_ascii=False)))
    assert (error.line, error.message) == (None, message)


def test_jsonl_broken_lines_are_reported_by_line_and_good_lines_still_read(tmp_path: Path) -> None:
    content = (
        '{"session_id": "a", "segments": [{"text": "一"}]}\n'
        '{"session_id": "b", "segments": [{"text": "二"}\n'
        "\n"
        '{"session_id": "c", "segments": [{"text": 3}]}\n'
        '{"session_id": "d", "segments": [{"text": "四"}]}\n'
    )
    sessions, errors = split(list(read_sessions(write(tmp_path, "s.jsonl", content))))
    assert [session.session_id for session in sessions] == ["a", "d"]
    assert [error.line for error in errors] == [2, 4]
    assert errors[0].message.startswith("invalid JSON: ")
    assert errors[1].message == "session 'c': segment 0: 'text' must be a string, got 3"


def test_json_array_error_names_the_item(tmp_path: Path) -> None:
    documents = [doc(session_id="a"), doc(session_id="b", segments=None)]
    sessions, errors = split(list(read_sessions(write(tmp_path, "s.json", json.dumps(documents)))))
    assert [session.session_id for session in sessions] == ["a"]
    assert [error.message for error in errors] == [
        "item 1: session 'b': missing required field 'segments'"
    ]


# --- Bad files ------------------------------------------------------------------------

NOT_TEXT = "not a text file (binary or unknown encoding)"
UNSUPPORTED = "unsupported file type '.xyz' (expected .json, .jsonl, .txt, .srt or .vtt)"
NO_SUFFIX = "no file type suffix (expected .json, .jsonl, .txt, .srt or .vtt)"
BAD_FILES = [
    pytest.param("a.txt", b"", "empty file", None, id="empty"),
    pytest.param("a.srt", b" \n\r\n\t", "empty file", None, id="whitespace-only"),
    pytest.param("a.txt", codecs.BOM_UTF8, "empty file", None, id="bom-only"),
    pytest.param("a.txt", PNG, NOT_TEXT, None, id="png"),
    pytest.param("a.json", b"abc \xff\xfe\x80 def", NOT_TEXT, None, id="undecodable"),
    pytest.param("a.txt", codecs.BOM_UTF16_LE + b"\x00\xd8", NOT_TEXT, None, id="bad-utf-16"),
    pytest.param(
        "a.json",
        b'{"session_id": "s",\n "segments": [}',
        "invalid JSON: Expecting value (column 15)",
        2,
        id="invalid-json",
    ),
    pytest.param("a.json", b"[" * 100_000, "invalid JSON: nested too deeply", None, id="deep-json"),
    pytest.param("a.xyz", b"hello", UNSUPPORTED, None, id="unknown-suffix"),
    pytest.param("README", b"hello", NO_SUFFIX, None, id="no-suffix"),
]


@pytest.mark.parametrize("name, content, message, line", BAD_FILES)
def test_bad_file_is_one_error(
    tmp_path: Path, name: str, content: bytes, message: str, line: int | None
) -> None:
    path = write(tmp_path, name, content)
    error = read_error(path)
    assert (error.source, error.message, error.line) == (path, message, line)


@pytest.mark.parametrize("name, content, message, line", BAD_FILES[:6])
def test_bad_stdin_is_one_error(name: str, content: bytes, message: str, line: int | None) -> None:
    error = read_error("-", stdin=io.BytesIO(content))
    assert (error.source, error.message) == ("<stdin>", message)


def test_decode_bytes_raises_input_error() -> None:
    with pytest.raises(InputError, match="empty file"):
        decode_bytes(b"", "x.txt")
    with pytest.raises(InputError, match="not a text file"):
        decode_bytes(PNG, "x.png")


def test_unreadable_paths_are_errors(tmp_path: Path) -> None:
    missing = str(tmp_path / "gone.txt")
    (tmp_path / "folder.json").mkdir()
    assert read_error(missing).message == "no such file or directory"
    assert read_error(str(tmp_path / "folder.json")).message == "is a directory"


# --- Walking paths ---------------------------------------------------------------------


def test_iter_input_files_walks_directories_sorted(tmp_path: Path) -> None:
    names = ["b/z.txt", "b/a/deep.srt", "a.VTT", "m.jsonl", "c.json"]
    ignored = ["notes.md", "image.png", ".hidden.txt", ".git/x.json", "b/.cache/y.txt"]
    for name in names + ignored:
        write(tmp_path, name, "x")
    root = str(tmp_path)
    found = list(iter_input_files([root]))
    expected = ["a.VTT", "b/a/deep.srt", "b/z.txt", "c.json", "m.jsonl"]
    assert found == [str(tmp_path / name) for name in expected]
    assert list(iter_input_files([root])) == found


def test_iter_input_files_passes_files_and_stdin_through(tmp_path: Path) -> None:
    explicit = write(tmp_path, "notes.md", "x")
    hidden = write(tmp_path, ".live.txt", "x")
    missing = str(tmp_path / "missing.txt")
    found = list(iter_input_files(["-", explicit, hidden, missing]))
    assert found[:3] == ["-", explicit, hidden]
    assert isinstance(found[3], InputError)
    assert (found[3].source, found[3].message) == (missing, "no such file or directory")


def test_suffixes_are_the_session_formats() -> None:
    assert SUFFIXES == (".json", ".jsonl", ".txt", ".srt", ".vtt")
