import datetime as dt
import json

import pytest

from integrity.read.complaints import Complaint, parse_complaints, read_complaints

HEADER = "complaint_id,received,streamer_id,unit_id,session_id,listing_id,category,status,amount\n"


def test_csv_with_chinese_names_maps_to_codes():
    text = HEADER + (
        "c1,2026-11-21,st-1,,s-1,p-1,价格,核实属实,99\n"
        "c2,2026-11-22,,mcn-1,,,假冒,调解,\n"
        "c3,2026-11-23,st-1,mcn-1,,,虚假宣传,不予受理,0\n"
        "c4,2026-11-24,st-2,,,,售后服务,处理中,12.5\n"
        "c5,2026-11-25,st-2,,,,质量,verified,\n"
        "c6,2026-11-26,st-2,,,,其他,Pending,\n"
    )
    complaints, errors = parse_complaints(text, "c.csv", "csv")
    assert errors == []
    assert [(c.category, c.status) for c in complaints] == [
        ("price", "verified"), ("counterfeit", "mediated"), ("false_advertising", "rejected"),
        ("after_sales", "pending"), ("quality", "verified"), ("other", "pending"),
    ]
    first = complaints[0]
    assert first == Complaint("c1", dt.date(2026, 11, 21), "price", "verified", "st-1", None, "s-1", "p-1", 99.0)
    assert complaints[1].streamer_id is None and complaints[1].amount is None


@pytest.mark.parametrize("row, reason", [
    ("c1,2026-11-21,,,,,价格,核实属实,", "needs a 'streamer_id' or a 'unit_id'"),
    ("c1,2026/11/21,st-1,,,,价格,核实属实,", "'received' must be a date YYYY-MM-DD"),
    ("c1,2026-02-30,st-1,,,,价格,核实属实,", "'received' must be a date YYYY-MM-DD"),
    ("c1,,st-1,,,,价格,核实属实,", "missing required field 'received'"),
    (",2026-11-21,st-1,,,,价格,核实属实,", "missing required field 'complaint_id'"),
    ("c1,2026-11-21,st-1,,,,价钱,核实属实,", "'category' must be one of price (价格)"),
    ("c1,2026-11-21,st-1,,,,价格,已解决,", "'status' must be one of verified (核实属实)"),
    ("c1,2026-11-21,st-1,,,,价格,核实属实,九十九", "'amount' must be a number"),
    ("c1,2026-11-21,st-1,,,,价格,核实属实,-5", "'amount' must be a number"),
    ("c1,2026-11-21,st-1,,,,价格,核实属实,5,extra", "more cells than the header"),
])
def test_bad_csv_row_is_reported_with_line_and_reason_and_skipped(row, reason):
    text = HEADER + "ok1,2026-11-20,st-9,,,,质量,调解,\n" + row + "\nok2,2026-11-20,st-9,,,,质量,调解,\n"
    complaints, errors = parse_complaints(text, "c.csv", "csv")
    assert [c.complaint_id for c in complaints] == ["ok1", "ok2"]
    assert len(errors) == 1
    assert errors[0].line == 3 and errors[0].source == "c.csv"
    assert reason in errors[0].message, errors[0].message
    assert str(errors[0]).startswith("c.csv:3: ")


def test_csv_header_must_name_the_required_columns():
    complaints, errors = parse_complaints("id,received\n1,2026-11-20\n", "c.csv", "csv")
    assert complaints == [] and len(errors) == 1
    assert "no 'complaint_id' column" in str(errors[0]) and errors[0].line == 1


def test_csv_lines_count_blank_lines_and_quoted_newlines():
    text = HEADER + "\n" + 'c1,2026-11-21,"st\n1",,,,价格,核实属实,\n' + "c2,2026-11-21,,,,,价格,核实属实,\n"
    complaints, errors = parse_complaints(text, "c.csv", "csv")
    assert [c.streamer_id for c in complaints] == ["st\n1"]
    assert [e.line for e in errors] == [5]


def test_jsonl_records_and_bad_lines():
    lines = [
        {"complaint_id": "j1", "received": "2026-11-21", "streamer_id": "st-1", "category": "假冒",
         "status": "核实属实", "amount": 1999},
        "not json",
        ["a", "list"],
        {"complaint_id": 7, "received": "2026-11-22", "unit_id": "mcn-1", "category": "quality",
         "status": "pending", "extra": "kept out"},
        {"complaint_id": "j3", "received": "2026-11-22", "streamer_id": ["x"], "category": "quality",
         "status": "pending"},
    ]
    text = "\n".join(line if isinstance(line, str) else json.dumps(line, ensure_ascii=False) for line in lines)
    complaints, errors = parse_complaints(text, "c.jsonl", "jsonl")
    assert [(c.complaint_id, c.category, c.status) for c in complaints] == [
        ("j1", "counterfeit", "verified"), ("7", "quality", "pending")]
    assert [e.line for e in errors] == [2, 3, 5]
    assert errors[0].message.startswith("invalid JSON")
    assert errors[1].message == "expected a JSON object"
    assert errors[2].message.startswith("'streamer_id' must be a string")


def test_read_complaints_decodes_gb18030_and_rejects_other_suffixes(tmp_path):
    path = tmp_path / "complaints.csv"
    path.write_bytes((HEADER + "c1,2026-11-21,st-1,,,,价格,核实属实,\n").encode("gb18030"))
    complaints, errors = read_complaints(str(path))
    assert errors == [] and complaints[0].category == "price"
    other = tmp_path / "complaints.xlsx"
    other.write_bytes(b"PK")
    assert "unsupported file type '.xlsx'" in str(read_complaints(str(other))[1][0])
    missing = read_complaints(str(tmp_path / "none.csv"))[1][0]
    assert "none.csv" in str(missing)


def test_a_jsonl_complaint_holding_half_a_character_is_a_bad_line():
    text = ('{"complaint_id": "j1", "received": "2026-11-21", "streamer_id": "st-\\ud800", "category": "价格", '
            '"status": "pending"}\n'
            '{"complaint_id": "j2", "received": "2026-11-21", "streamer_id": "st-\\ud83d\\ude00", "category": "价格", '
            '"status": "pending"}\n')
    complaints, errors = parse_complaints(text, "c.jsonl", "jsonl")
    assert [c.complaint_id for c in complaints] == ["j2"]
    assert [(e.line, e.message) for e in errors] == [
        (1, "invalid JSON: \\ud800 is half of a character (a lone surrogate), not text")]
