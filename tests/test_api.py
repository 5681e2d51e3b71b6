"""The Python API: integrity.check_text, check_session, Checker and Finding.to_dict."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

import integrity
from integrity.read.model import InputError

ROOT = Path(__file__).resolve().parent.parent


def test_import_integrity_offers_the_api_and_loads_nothing_until_used():
    code = ("import sys, integrity; assert 'integrity.detect.checker' not in sys.modules; "
            "print(sorted(n for n in dir(integrity) if not n.startswith('_')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == str(["Checker", "Finding", "Listing", "Segment", "Session", "check_session", "check_text"])


def test_check_text_reads_lines_as_segments_and_checks_listings():
    findings = integrity.check_text(
        "原价五百九十九，今天只要九十九\n\n这款茶喝了能降血压",
        listings=[{"listing_id": "p-1", "title": "红茶", "price": 99, "list_price": 599,
                   "price_history": [{"date": "2026-11-18", "price": 99}]}],
        date="2026-11-20", model=False)
    by_rule = {f.rule: f for f in findings}
    assert by_rule["PRC006"].segment == 0 and by_rule["PRC006"].evidence == "原价五百九十九"
    assert by_rule["WRD003"].segment == 1
    assert by_rule["PRC007"].segment is None and by_rule["PRC007"].listing_id == "p-1"


def test_check_session_takes_a_document_or_a_session_and_the_checker_options():
    document = {"session_id": "s-1", "segments": [{"text": "高仿大牌包包，全网最低价"}]}
    assert {f.rule for f in integrity.check_session(document, model=False)} == {"CFT001", "PRC001"}
    assert {f.rule for f in integrity.check_session(document, select=["CFT"], model=False)} == {"CFT001"}
    session = integrity.Session("s-2", (integrity.Segment(0, "全网最低价"),))
    assert [f.rule for f in integrity.check_session(session, model=False)] == ["PRC001"]


def test_a_malformed_document_raises_input_error():
    with pytest.raises(InputError, match="segments"):
        integrity.check_session({"session_id": "s"}, model=False)


def test_finding_to_dict_is_the_contracts_object():
    (finding,) = integrity.check_text("全网最低价", model=False)
    data = finding.to_dict()
    assert list(data)[:12] == ["session_id", "segment", "listing_id", "start", "rule", "category", "severity",
                               "confidence", "message", "evidence", "span", "basis"]
    assert data["span"] == [0, 5] and data["segment"] == 0


def test_the_readme_example_runs():
    readme = (ROOT / "README.md").read_text("utf-8")
    (example,) = re.findall(r"## Python API\n.*?```python\n(.*?)```", readme, re.S)
    out = subprocess.run([sys.executable, "-c", example], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    assert "WRD003" in out.stdout and "CFT001" in out.stdout and "PRC001" in out.stdout
