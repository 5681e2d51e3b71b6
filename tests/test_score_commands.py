"""The complaints import, score and explain commands, through the CLI on temporary databases."""
import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from integrity.cli import cli
from integrity.rating import dataset
from integrity.rating import accounts
from integrity.rating import review as reviews
from integrity.rating.profile import load_profile
from integrity.rating.scoring import Period, score
from integrity.store import complaints, keys, schema

ROOT = Path(__file__).resolve().parent.parent
HEADER = "complaint_id,received,streamer_id,unit_id,session_id,listing_id,category,status,amount\n"
DALONG_PRICE = ("dalong-01", "dalong-03", "dalong-05", "dalong-07", "dalong-09")


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def copy_db(source: Path, target: Path) -> Path:
    """A consistent copy of a database (its write-ahead log included), to write to in one test."""
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    src.backup(dst)
    src.close()
    dst.close()
    return target


def finding_ids(db: Path, sessions: tuple[str, ...]) -> list[str]:
    conn = sqlite3.connect(db)
    marks = ", ".join("?" * len(sessions))
    ids = [row[0] for row in conn.execute(
        f"SELECT id FROM findings WHERE session_id IN ({marks}) ORDER BY session_id, ordinal", sessions)]
    conn.close()
    return ids


def review(db: Path, *decisions: tuple[str, str]) -> None:
    """Record judges' decisions as the review commands do: appended to the signed record."""
    opened = schema.open_db(db)
    if accounts.get(opened, "judge-li") is None:
        accounts.add(opened, "judge-li", "judge", "correct horse battery")
    for finding_id, decision in decisions:
        reviews.decide(opened, finding_id, decision, "judge-li", "checked the recording", key=keys.load())


# --- complaints import -------------------------------------------------------


def test_import_reports_bad_rows_and_keeps_the_good_ones(tmp_path):
    path = tmp_path / "complaints.csv"
    path.write_text(HEADER + "c1,2026-11-20,st-1,,,,价格,核实属实,99\n"
                             "c2,2026-11-20,,,,,价格,核实属实,\n"
                             "c3,2026-11-21,st-2,,,,质量,处理中,\n", encoding="utf-8")
    db = tmp_path / "x.db"
    result = CliRunner().invoke(cli, ["complaints", "import", str(path), "--db", str(db)])
    assert result.exit_code == 2
    assert result.stderr.strip() == (f"integrity: error: {path}:3: needs a 'streamer_id' or a 'unit_id' "
                                     "(both are empty)")
    assert result.stdout.startswith(f"{path}: 2 added, 0 updated, 0 unchanged (0 status changes); 1 bad row skipped")
    rows = sqlite3.connect(db).execute("SELECT complaint_id, category, status FROM complaints ORDER BY 1").fetchall()
    assert rows == [("c1", "price", "verified"), ("c3", "quality", "pending")]


def test_reimport_changes_nothing_and_a_status_change_keeps_its_history(tmp_path):
    path, db = tmp_path / "complaints.jsonl", tmp_path / "x.db"
    record = {"complaint_id": "c1", "received": "2026-11-20", "streamer_id": "st-1", "category": "假冒",
              "status": "处理中", "amount": 99}
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    assert "1 added" in run("complaints", "import", path, "--db", db).output
    conn = sqlite3.connect(db)
    before = conn.execute("SELECT * FROM complaints").fetchall()
    again = run("complaints", "import", path, "--db", db)
    assert again.exit_code == 0
    assert "0 added, 0 updated, 1 unchanged (0 status changes)" in again.output
    assert conn.execute("SELECT * FROM complaints").fetchall() == before
    path.write_text(json.dumps({**record, "status": "核实属实"}, ensure_ascii=False) + "\n", encoding="utf-8")
    assert "0 added, 1 updated, 0 unchanged (1 status change)" in run("complaints", "import", path, "--db", db).output
    assert conn.execute("SELECT status FROM complaints").fetchall() == [("verified",)]
    run("complaints", "import", path, "--db", db)
    history = complaints.complaint_history(schema.open_db(db), "c1")
    assert [(h["previous_status"], h["status"]) for h in history] == [(None, "pending"), ("pending", "verified")]
    assert {h["source"] for h in history} == {str(path)}


def test_a_change_other_than_the_status_updates_without_history(tmp_path):
    path, db = tmp_path / "complaints.csv", tmp_path / "x.db"
    path.write_text(HEADER + "c1,2026-11-20,st-1,,,,price,pending,99\n", encoding="utf-8")
    run("complaints", "import", path, "--db", db)
    path.write_text(HEADER + "c1,2026-11-20,st-1,,,,price,pending,199\n", encoding="utf-8")
    assert "1 updated, 0 unchanged (0 status changes)" in run("complaints", "import", path, "--db", db).output
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT amount FROM complaints").fetchall() == [(199.0,)]
    assert conn.execute("SELECT count(*) FROM complaint_history").fetchone() == (1,)


def test_import_of_an_unreadable_file_is_an_error(tmp_path):
    result = CliRunner().invoke(cli, ["complaints", "import", str(tmp_path / "none.csv"), "--db",
                                      str(tmp_path / "x.db")])
    assert result.exit_code == 2 and "none.csv" in result.stderr
    assert not (tmp_path / "x.db").exists()


# --- score -------------------------------------------------------------------


def test_score_json_follows_the_contract(scenario_db):
    data = json.loads(run("score", "--db", scenario_db, "--format", "json").output)
    assert data["profile"]["name"] == "default" and len(data["profile"]["sha256"]) == 64
    assert data["as_of"] == "2026-11-30" and data["period"] is None and data["decisions_applied"] == 0
    assert len(data["candidates"]) == 11
    for candidate in data["candidates"]:
        assert {"candidate_id", "kind", "score", "grade", "eligible", "title", "vetoes", "breakdown",
                "evidence"} <= set(candidate)
        assert set(candidate["breakdown"]) == {"price", "counterfeit", "wording", "complaints"}
        assert set(candidate["evidence"]) == {"sessions", "findings", "complaints"}
        assert candidate["kind"] in ("streamer", "unit")
    ajie = next(c for c in data["candidates"] if c["candidate_id"] == "st-ajie")
    assert ajie["vetoes"] == ["verified counterfeit complaint"] and ajie["title"] is None
    assert ajie["eligible"] is False and ajie["grade"] == "E"
    qingfeng = next(c for c in data["candidates"] if c["candidate_id"] == "st-qingfeng")
    assert qingfeng["title"] == "诚信规范经营直播电商达人" and qingfeng["evidence"]["sessions"] == 12


def test_score_is_reproducible(scenario_db):
    first = run("score", "--db", scenario_db, "--format", "json").output
    assert run("score", "--db", scenario_db, "--format", "json").output == first


def test_score_table_and_csv(scenario_db):
    table = run("score", "--db", scenario_db).output.splitlines()
    assert table[0].startswith("profile default 1.1 (sha256 ") and "as of 2026-11-30" in table[0]
    assert table[1].split()[:5] == ["rank", "candidate_id", "kind", "score", "grade"]
    assert table[2].split()[:5] == ["1", "st-anran", "streamer", "1000", "A"]
    assert table[-1] == "11 candidates; 0 review decisions applied"
    rows = list(csv.DictReader(io.StringIO(run("score", "--db", scenario_db, "--format", "csv").output)))
    assert len(rows) == 11 and rows[0]["profile"] == "default" and rows[0]["eligible"] == "True"
    assert rows[-1]["candidate_id"] == "mcn-red" and rows[-1]["vetoes"] == "verified counterfeit complaint"


def test_score_period_and_as_of(scenario_db):
    data = json.loads(run("score", "--db", scenario_db, "--format", "json", "--period", "2026-11-01..").output)
    assert data["period"] == "2026-11-01.."
    streamers = {c["candidate_id"]: c for c in data["candidates"] if c["kind"] == "streamer"}
    assert "st-xinren" in streamers and all(c["evidence"]["sessions"] <= 5 for c in streamers.values())
    assert streamers["st-dalong"]["evidence"]["complaints"] == 1  # c-003 was received in October
    early = json.loads(run("score", "--db", scenario_db, "--format", "json", "--as-of", "2026-10-01").output)
    assert early["as_of"] == "2026-10-01"
    assert "st-xinren" not in {c["candidate_id"] for c in early["candidates"]}
    bad = CliRunner().invoke(cli, ["score", "--db", str(scenario_db), "--period", "2026-12-01..2026-01-01"])
    assert bad.exit_code == 2 and "ends before it starts" in bad.output


def test_the_database_reads_a_period_as_the_scorer_does(scenario_db):
    db, profile = schema.open_db(scenario_db), load_profile()
    for period in (Period.parse("2026-10-25.."), Period.parse("..2026-10-20"), Period.parse("2026-10-01..2026-10-31")):
        narrow = score(*dataset.scoring_records(db, period), profile, period=period)
        whole = score(*dataset.scoring_records(db), profile, period=period)
        assert narrow.to_dict(details=True) == whole.to_dict(details=True)


def test_score_with_a_profile_of_ones_own(scenario_db, tmp_path):
    text = (ROOT / "integrity" / "rating" / "profiles" / "default.toml").read_text("utf-8")
    strict = tmp_path / "strict.toml"
    strict.write_text(text.replace('name = "default"', 'name = "strict"').replace("min_sessions = 10", "min_sessions = 11"),
                      encoding="utf-8")
    data = json.loads(run("score", "--db", scenario_db, "--format", "json", "--profile", strict).output)
    assert data["profile"]["name"] == "strict"
    assert {c["candidate_id"] for c in data["candidates"] if c["eligible"]} == {"st-qingfeng", "st-xiaomei", "mcn-good"}


def test_a_malformed_profile_is_one_line_naming_the_key(scenario_db, tmp_path):
    text = (ROOT / "integrity" / "rating" / "profiles" / "default.toml").read_text("utf-8")
    broken = tmp_path / "broken.toml"
    broken.write_text(text.replace("high = 800", 'high = "800"'), encoding="utf-8")
    result = CliRunner().invoke(cli, ["score", "--db", str(scenario_db), "--profile", str(broken)])
    assert result.exit_code == 2
    assert result.stderr == f"Error: bad profile: {broken}: findings.price.high: must be a number\n"
    explain = CliRunner().invoke(cli, ["explain", "st-dalong", "--db", str(scenario_db), "--profile", str(broken)])
    assert explain.exit_code == 2 and "findings.price.high" in explain.stderr


def test_score_needs_an_existing_database(tmp_path):
    result = CliRunner().invoke(cli, ["score", "--db", str(tmp_path / "none.db")])
    assert result.exit_code != 0 and "none.db" in result.output
    assert not (tmp_path / "none.db").exists()


def test_review_decisions_change_the_score_and_are_counted(scenario_db, tmp_path):
    db = copy_db(scenario_db, tmp_path / "reviewed.db")
    first, second, third, fourth, _ = finding_ids(db, DALONG_PRICE)
    review(db, (first, "dismissed"), (first, "confirmed"), (second, "confirmed"), (third, "confirmed"),
           (fourth, "dismissed"))
    before = {(c["candidate_id"], c["kind"]): c for c in
              json.loads(run("score", "--db", scenario_db, "--format", "json").output)["candidates"]}
    data = json.loads(run("score", "--db", db, "--format", "json").output)
    after = {(c["candidate_id"], c["kind"]): c for c in data["candidates"]}
    assert data["decisions_applied"] == 4  # the first finding's later decision replaces its earlier one
    dalong = after["st-dalong", "streamer"]
    assert dalong["vetoes"] == ["repeated confirmed price fraud"]
    assert dalong["breakdown"]["price"] > before["st-dalong", "streamer"]["breakdown"]["price"]
    assert "repeated confirmed price fraud" in after["mcn-red", "unit"]["vetoes"]
    unchanged = {key for key in before if key[0] not in ("st-dalong", "mcn-red")}
    assert all(after[key] == before[key] for key in unchanged)
    assert run("score", "--db", db).output.splitlines()[-1] == "11 candidates; 4 review decisions applied"


def test_a_dismissed_finding_costs_nothing(scenario_db, tmp_path):
    db = copy_db(scenario_db, tmp_path / "dismissed.db")
    review(db, *((finding, "dismissed") for finding in finding_ids(db, ("xinren-01",))))
    xinren = next(c for c in json.loads(run("score", "--db", db, "--format", "json").output)["candidates"]
                  if c["candidate_id"] == "st-xinren")
    assert xinren["score"] == 1000 and xinren["breakdown"]["wording"] == 0


# --- explain -----------------------------------------------------------------


def test_explain_prints_a_score_card(scenario_db):
    card = run("explain", "st-dalong", "--db", scenario_db).output
    assert card.startswith("st-dalong (streamer): 511 of 1000, grade D 较差\n")
    assert "pending review: repeated confirmed price fraud if confirmed" in card
    assert "PRC006 price/high  session dalong-01, segment 4, at 2:05, listing dalong-01-p2" in card  # from 1, as check
    assert "「原价二百九十九」" in card and "800 x 0.8 [unreviewed] x recency" in card
    assert "c-003  price (价格), verified (核实属实), session dalong-03" in card
    assert "(1000 - 489 = 511)" in card


def test_explain_shows_each_review_decision(scenario_db, tmp_path):
    db = copy_db(scenario_db, tmp_path / "reviewed.db")
    confirmed, dismissed = finding_ids(db, ("dalong-01", "dalong-07"))
    review(db, (confirmed, "confirmed"), (dismissed, "dismissed"))
    card = run("explain", "st-dalong", "--db", db).output
    counted, free = card.split("In the record, costing nothing\n")
    assert f"{confirmed}  PRC006" in counted and "800 x 1 [confirmed] x recency" in counted
    assert f"{dismissed}  PRC006" in free and "800 x 0 [dismissed] x recency" in free
    recorded = {r.finding_id: r for r in reviews.history(schema.open_db(db))}

    def who(finding_id: str) -> str:
        made = recorded[finding_id]
        return f"{made.decision} by judge-li (OS user {made.os_user or 'unknown'}) at {made.at}: checked the recording"

    assert who(confirmed) in counted and who(dismissed) in free
    assert counted.count("by judge-li") == 1, "undecided findings name no judge"
    data = json.loads(run("explain", "st-dalong", "--db", db, "--format", "json").output)
    decided = {d["id"]: d["decision"] for d in data["candidates"][0]["deductions"] if d["source"] == "finding"}
    assert decided[dismissed] == {"finding_id": dismissed, "decision": "dismissed", "by": "judge-li",
                                  "os_user": recorded[dismissed].os_user, "reason": "checked the recording",
                                  "at": recorded[dismissed].at}
    assert sum(value is None for value in decided.values()) == len(decided) - 2


def test_explain_shows_what_costs_nothing_and_why(scenario_db):
    card = run("explain", "st-xiaomei", "--db", scenario_db).output
    assert "In the record, costing nothing" in card and "confidence 0.4 below 0.5" in card


def test_explain_json_lists_deductions(scenario_db):
    data = json.loads(run("explain", "mcn-red", "--db", scenario_db, "--format", "json").output)
    [candidate] = data["candidates"]
    assert candidate["vetoes"] == ["verified counterfeit complaint"]
    assert candidate["veto_items"]["verified counterfeit complaint"] == ["c-005"]
    assert {d["source"] for d in candidate["deductions"]} == {"finding", "complaint"}


def test_explain_unknown_candidate_is_an_error(scenario_db):
    result = CliRunner().invoke(cli, ["explain", "nobody", "--db", str(scenario_db)])
    assert result.exit_code == 2 and "no streamer or unit 'nobody'" in result.output


@pytest.mark.parametrize("command", [["score"], ["explain", "st-anran"]])
def test_as_of_must_be_a_date(scenario_db, command):
    result = CliRunner().invoke(cli, [*command, "--db", str(scenario_db), "--as-of", "yesterday"])
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output
