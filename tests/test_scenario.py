"""The scoring scenario in fixtures/scenario/: the decisions written down in EXPECTED.md, and
what the commands print, on the database that `integrity scan` and `integrity complaints import`
make of it (the ``scenario_db`` fixture)."""
import io
import re
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner

from integrity.cli import cli
from integrity.rating import dataset
from integrity.rating.profile import load_profile
from integrity.rating.scoring import score
from integrity.report import scorecard
from integrity.store import schema

SCENARIO = Path(__file__).resolve().parent.parent / "fixtures" / "scenario"
ROW = re.compile(r"\| (\d+) \| (\S+) \| (streamer|unit) \| (\d+) \| ([A-E]) \| (\S+) \|")
CONSOLE = re.compile(r"```console\n\$ ([^\n]+)\n(.*?)```", re.S)


def expected_rows() -> list[tuple[str, str, int, str, str | None]]:
    rows = []
    for match in ROW.finditer((SCENARIO / "EXPECTED.md").read_text("utf-8")):
        _, candidate, kind, points, grade, title = match.groups()
        rows.append((candidate, kind, int(points), grade, None if title == "none" else title))
    return rows


@pytest.fixture(scope="module")
def report(scenario_db):
    """The scores as `integrity score` makes them: the database's records, the default profile."""
    return score(*dataset.scoring_records(schema.open_db(scenario_db)), load_profile())


def console_blocks() -> list[tuple[str, list[str]]]:
    """The commands EXPECTED.md shows, each with the lines it prints."""
    text = (SCENARIO / "EXPECTED.md").read_text("utf-8")
    return [(command, output.splitlines()) for command, output in CONSOLE.findall(text)]


def follows(expected: list[str], actual: list[str]) -> bool:
    """Whether ``actual`` is ``expected``, where ``…`` in a line stands for any text, and a line
    of only ``…`` for any lines."""
    position, skipping = 0, False
    for line in expected:
        if line == "…":
            skipping = True
            continue
        pattern = re.compile(".*".join(map(re.escape, line.split("…"))))
        while skipping and position < len(actual) and not pattern.fullmatch(actual[position]):
            position += 1
        if position == len(actual) or not pattern.fullmatch(actual[position]):
            return False
        position, skipping = position + 1, False
    return skipping or position == len(actual)


def test_expected_table_is_complete():
    rows = expected_rows()
    assert len(rows) == 11 and len({(c, k) for c, k, *_ in rows}) == 11


def test_order_grades_and_titles_are_as_expected(report):
    actual = [(c.candidate_id, c.kind, c.grade.grade, c.title) for c in report.candidates]
    assert actual == [(c, k, grade, title) for c, k, _, grade, title in expected_rows()]


def test_scores_are_what_the_profile_gives(report):
    assert [(c.candidate_id, c.score) for c in report.candidates] == [(c, points) for c, _, points, _, _ in expected_rows()]


@pytest.mark.parametrize("candidate, kind, vetoes, pending", [
    ("st-ajie", "streamer", ["verified counterfeit complaint"], ["confirmed high-severity counterfeit finding"]),
    ("mcn-red", "unit", ["verified counterfeit complaint"],
     ["confirmed high-severity counterfeit finding", "repeated confirmed price fraud"]),
    ("st-dalong", "streamer", [], ["repeated confirmed price fraud"]),
    ("st-laozhang", "streamer", [], []),
    ("mcn-good", "unit", [], []),
])
def test_vetoes_are_as_expected(report, candidate, kind, vetoes, pending):
    [result] = [c for c in report.find(candidate) if c.kind == kind]
    assert [v.name for v in result.vetoes] == vetoes
    assert [v.name for v in result.pending_vetoes] == pending


def test_as_of_is_the_latest_date_in_the_data(report):
    assert str(report.as_of) == "2026-11-30"


def test_ranking_rows_carry_the_profile_and_the_decision(report):
    rows = list(scorecard.score_rows(report))
    assert scorecard.header(report).startswith(f"profile default 1.1 (sha256 {report.profile.sha256}), as of 2026-11-30")
    assert [row["rank"] for row in rows] == list(range(1, 12))
    assert all(set(scorecard.CSV_COLUMNS) | set(scorecard.TABLE_COLUMNS) <= set(row) for row in rows)
    assert rows[0]["decision"] == "诚信规范经营直播电商达人"
    assert rows[-1]["decision"].startswith("no title: grade E") and "veto: verified counterfeit complaint" in rows[-1]["decision"]


def test_score_card_shows_each_point_lost_and_its_source(report):
    out = io.StringIO()
    scorecard.write_scorecard(out, report, report.find("st-dalong")[0])
    card = out.getvalue()
    assert card.startswith("st-dalong (streamer): 511 of 1000, grade D 较差\n")
    assert "  - pending review: repeated confirmed price fraud if confirmed\n" in card
    assert "PRC006 price/high  session dalong-01, segment 4, at 2:05, listing dalong-01-p2" in card
    assert "「原价二百九十九」" in card and "800 x 0.8 [unreviewed] x recency" in card
    assert "c-003  price (价格), verified (核实属实), session dalong-03" in card
    assert "(1000 - 489 = 511)" in card


def test_score_card_lists_what_costs_nothing_and_why(report):
    out = io.StringIO()
    scorecard.write_scorecard(out, report, report.find("st-xiaomei")[0])
    card = out.getvalue()
    assert "Title 诚信规范经营直播电商达人: eligible" in card
    free = card.split("In the record, costing nothing\n")[1]
    assert "PRC012" in free and "[unreviewed, confidence 0.4 below 0.5]" in free


def test_expected_shows_score_and_explain():
    assert [command.split()[:2] for command, _ in console_blocks()] == [["integrity", "score"], ["integrity", "explain"]]


@pytest.mark.parametrize("command, expected", console_blocks(),
                         ids=[command.split()[1] for command, _ in console_blocks()])
def test_the_commands_print_what_expected_shows(scenario_db, command, expected):
    args = [str(scenario_db) if arg == "scenario.db" else arg for arg in shlex.split(command)[1:]]
    result = CliRunner().invoke(cli, args, catch_exceptions=False)
    assert result.exit_code == 0
    assert follows(expected, result.output.splitlines()), result.output
