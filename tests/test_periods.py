"""Asking by period: --since and --until on summary, findings, search and score (both days
included; YYYY-MM is a month), and summary's per-hour ranking only of those that streamed
--min-hours or more."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from integrity.cli import cli


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def data(*args):
    result = run(*args, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_summary_for_a_month(regulator_db):
    whole = data("summary", "--db", regulator_db)
    november = data("summary", "--db", regulator_db, "--since", "2026-11", "--until", "2026-11")
    assert (whole["sessions"], november["sessions"]) == (11, 8)
    assert (november["since"], november["until"]) == ("2026-11-01", "2026-11-30")
    assert november["findings"] == sum(november["by_category"].values()) < whole["findings"]
    october = data("summary", "--db", regulator_db, "--until", "2026-10-31")
    assert october["sessions"] + november["sessions"] == whole["sessions"]
    assert october["findings"] + november["findings"] == whole["findings"]


def test_one_short_session_does_not_lead_the_per_hour_ranking(regulator_db):
    ranked = data("summary", "--db", regulator_db)
    assert ranked["min_hours"] == 1.0
    assert "st-d" not in [s["candidate_id"] for s in ranked["streamers"]]
    assert ranked["not_ranked"]["streamers"] == 1
    everyone = data("summary", "--db", regulator_db, "--min-hours", "0")
    assert everyone["streamers"][0]["candidate_id"] == "st-d" and everyone["streamers"][0]["hours"] < 1
    text = run("summary", "--db", regulator_db).output
    assert "Not ranked: 1 streamer with less than 1 hour streamed" in text


def test_findings_and_search_by_period(regulator_db):
    every = data("findings", "--db", regulator_db)["findings"]
    late = data("findings", "--db", regulator_db, "--since", "2026-11-20")["findings"]
    dates = {f["session_id"].rsplit("/", 1)[1] for f in late}
    assert late and all(d >= "2026-11-20" for d in dates) and len(late) < len(every)
    found = data("search", "全网", "--db", regulator_db)["segments"]
    october = data("search", "全网", "--db", regulator_db, "--since", "2026-10-01", "--until", "2026-10-31")["segments"]
    assert october and all(s["date"].startswith("2026-10") for s in october) and len(october) < len(found)


def test_score_by_since_and_until_is_score_by_period(regulator_db):
    since_until = data("score", "--db", regulator_db, "--since", "2026-11-01", "--until", "2026-11-30")
    period = data("score", "--db", regulator_db, "--period", "2026-11-01..2026-11-30")
    assert since_until == period and since_until["period"] == "2026-11-01..2026-11-30"
    assert {c["candidate_id"] for c in since_until["candidates"]} >= {"st-a", "st-b", "st-c", "st-d"}


@pytest.mark.parametrize("args, error", [
    (("summary", "--since", "2026-12-01", "--until", "2026-11-01"), "is after --until"),
    (("findings", "--since", "November"), "is not a date"),
    (("score", "--since", "2026-11", "--period", "2026-11-01.."), "not both"),
])
def test_bad_periods_are_usage_errors(regulator_db, args, error):
    result = run(*args, "--db", regulator_db)
    assert result.exit_code == 2 and error in result.stderr
