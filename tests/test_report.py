"""`integrity report`: the dashboard as one self-contained HTML file that opens offline and
prints on A4."""
from __future__ import annotations

import json
import re

from click.testing import CliRunner
from markupsafe import escape

from integrity.cli import cli
from integrity.detect.lexicons import load_rules

BOOK = load_rules()


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def test_the_report_is_one_file_with_everything_inside(scenario_db, tmp_path):
    out = tmp_path / "report.html"
    result = run("report", "--db", scenario_db, "--since", "2026-09-01", "--until", "2026-11-30", "--out", out)
    assert result.exit_code == 0, result.output
    html = out.read_text("utf-8")
    assert not re.search(r'(src|href)="(https?:)?//', html) and "<link" not in html  # nothing fetched
    assert not re.search(r'<script[^>]+src=', html)
    assert "echarts" in html and "@page { size: A4" in html and "beforeprint" in html
    data = json.loads(re.search(r'<script type="application/json" id="dashboard-data">(.*?)</script>', html, re.S)[1])
    summary = json.loads(run("summary", "--db", scenario_db, "--format", "json").output)
    assert data["data"]["findings"] == summary["findings"] and data["data"]["sessions"] == summary["sessions"]
    assert "2026-09-01 – 2026-11-30" in html and "直播带货诚信报告" in html
    assert data["data"]["by_rule"]
    for row in data["data"]["by_rule"]:  # what each rule checks, in Chinese
        assert f'<td class="rule-summary">{escape(BOOK[row["rule"]].summary_zh)}</td>' in html


def test_the_report_in_english_and_for_a_shorter_period(scenario_db, tmp_path):
    out = tmp_path / "october.html"
    assert run("report", "--db", scenario_db, "--since", "2026-10-01", "--until", "2026-10-31", "--out", out,
               "--lang", "en").exit_code == 0
    html = out.read_text("utf-8")
    assert "Livestream selling integrity report" in html
    data = json.loads(re.search(r'id="dashboard-data">(.*?)</script>', html, re.S)[1])["data"]
    assert data["period"] == {"since": "2026-10-01", "until": "2026-10-31"} and data["over_time"]["unit"] == "day"
    assert data["by_rule"] and all(f'<td class="rule-summary">{escape(BOOK[row["rule"]].summary)}</td>' in html
                                   for row in data["by_rule"])


def test_bad_reports_are_usage_errors(scenario_db, tmp_path):
    assert run("report", "--db", tmp_path / "none.db", "--out", tmp_path / "r.html").exit_code == 2
    backwards = run("report", "--db", scenario_db, "--since", "2026-12-01", "--until", "2026-11-01",
                    "--out", tmp_path / "r.html")
    assert backwards.exit_code == 2 and "ends before it starts" in backwards.output
    assert run("report", "--db", scenario_db, "--since", "soon", "--out", tmp_path / "r.html").exit_code == 2
