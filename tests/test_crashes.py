"""Inputs the readers accept never crash the checker: each reproduction of issue 14, and the
structural guard that turns any unexpected error while checking one session into that
session's error line."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from integrity.cli import cli
from integrity.read.documents import session_from_dict


def run(*args: str):
    return CliRunner().invoke(cli, [*args, "--no-model", "-j", "1"])


# --- Dates near year 1 -----------------------------------------------------------------------


def test_a_session_dated_in_year_1_with_a_listing(tmp_path, checker):
    document = {"session_id": "y1", "date": "0001-01-05", "segments": [{"text": "原价999，今天只要99"}],
                "listings": [{"listing_id": "p", "price": 99, "list_price": 999,
                              "price_history": [{"date": "0001-01-01", "price": 120}]}]}
    findings = checker.check(session_from_dict(document, "y1.json"))
    assert {"PRC006", "PRC007"} <= {f.rule for f in findings}  # 999 is above the sale at 120


def test_date_option_near_year_1(tmp_path):
    path = tmp_path / "t.txt"
    path.write_text("原价999，今天只要99\n", encoding="utf-8")
    listings = tmp_path / "l.json"
    listings.write_text(json.dumps([{"listing_id": "p", "price": 99, "list_price": 999,
                                     "price_history": [{"date": "0001-01-02", "price": 100}]}]))
    result = run("check", str(path), "--date", "0001-01-03", "--listings", str(listings))
    assert result.exit_code == 1, result.output
    assert "PRC006" in result.output


# --- Numbers too large to be prices ----------------------------------------------------------


@pytest.mark.parametrize("line", ["原价" + "九" * 309 + "元", "专柜价" + "9" * 309 + "今天99"],
                         ids=["309 nines", "309 digits after 专柜价"])
def test_numbers_beyond_any_price_are_no_crash(tmp_path, line):
    path = tmp_path / "n.txt"
    path.write_text(line + "\n全网最低价\n", encoding="utf-8")
    result = run("check", str(path))
    assert result.exit_code == 1, result.output
    assert "n.txt:2:1 PRC001" in result.output
