"""Tests for integrity.rating.review and the `integrity review` commands: an append-only record of
judges' decisions that survives re-scans, moves the scores, and feeds eval and train."""
from __future__ import annotations

import getpass
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from integrity.cli import cli
from integrity.detect.classifier.train import examples
from integrity.rating import accounts, review
from integrity.read.sessions import read_sessions
from integrity.store import queries, schema

ROOT = Path(__file__).resolve().parent.parent
TEA = ROOT / "fixtures" / "demo" / "tea-session.json"

S1 = ["大家晚上好，欢迎进直播间", "这款精华是全网最好用的，没有之一", "喝了这个茶能降血压",
      "这款包是LV的高仿，跟专柜一模一样", "今天给大家带的是围巾"]
S2 = ["这个枕头是全网最舒服的", "喜欢的宝宝点点关注"]


def run(*args, input=None):
    return CliRunner().invoke(cli, [str(a) for a in args], input=input, catch_exceptions=False)


def session(sid: str, streamer: str, texts: list[str]) -> dict:
    return {"session_id": sid, "streamer_id": streamer, "unit_id": "mcn-1", "date": "2026-11-20",
            "segments": [{"start": 10.0 * i, "end": 10.0 * i + 8, "text": t} for i, t in enumerate(texts)]}


def write_sessions(path: Path, s1: list[str] = S1) -> Path:
    sessions = [session("s1", "st-1", s1), session("s2", "st-2", S2)]
    path.write_text("".join(json.dumps(s, ensure_ascii=False) + "\n" for s in sessions), encoding="utf-8")
    return path


def scan(db: Path, *paths: Path, extra: tuple[str, ...] = ()) -> None:
    result = run("scan", *paths, "--db", db, "-j", "1", "--no-model", *extra)
    assert result.exit_code == 0, result.output


@pytest.fixture
def scanned(tmp_path) -> tuple[Path, Path]:
    """A database with s1 (st-1: WRD001, WRD003, CFT001), s2 (st-2: WRD001) and the demo tea
    session (st-demo-1: PRC007 on its listing, PRC006, WRD003, WRD001); and the sessions file."""
    sessions, db = write_sessions(tmp_path / "sessions.jsonl"), tmp_path / "findings.db"
    scan(db, sessions, TEA)
    judges(db, "王芳", "李明")
    return db, sessions


def judges(db: Path, *names: str, role: str = "judge") -> None:
    opened = schema.open_db(db)
    for name in names:
        accounts.add(opened, name, role, "correct horse battery")


def finding_id(db: Path, session_id: str, rule: str) -> str:
    [found] = [f["id"] for f in queries.findings(schema.open_db(db), session=session_id, rule=rule)]
    return found


def history(db: Path, *args: str) -> dict:
    return json.loads(run("review", "history", "--db", db, "--format", "json", *args).output)


def stats(db: Path) -> dict:
    data = json.loads(run("review", "stats", "--db", db, "--format", "json").output)
    return {**data, "rules": {row["rule"]: row for row in data["rules"]}}


def decide(db: Path, decision: str, fid: str, by: str = "王芳", reason: str | None = None):
    extra = ("--reason", reason) if reason is not None else ()
    return run("review", decision, fid, "--by", by, "--db", db, *extra)


# --- Deciding ------------------------------------------------------------------------------


def test_a_dismissal_without_a_reason_is_refused(scanned):
    db, _ = scanned
    fid = finding_id(db, "s1", "WRD003")
    for reason in (None, "", "   "):
        result = decide(db, "dismiss", fid, reason=reason)
        assert result.exit_code == 2 and "a dismissal needs a reason" in result.output
    assert history(db)["reviews"] == []
    confirmed = decide(db, "confirm", fid)
    assert confirmed.exit_code == 0 and f"{fid}: confirmed by 王芳" in confirmed.output


def test_unknown_findings_and_blank_judges_are_refused(scanned):
    db, _ = scanned
    unknown = decide(db, "confirm", "0123456789abcdef")
    assert unknown.exit_code == 2 and "no finding '0123456789abcdef'" in unknown.output
    blank = decide(db, "confirm", finding_id(db, "s1", "WRD003"), by="  ")
    assert blank.exit_code == 2 and "--by" in blank.output
    assert history(db)["reviews"] == []


@pytest.mark.parametrize("by, setup, message", [
    ("张三", None, "no account '张三'"),
    ("赵六", "disabled", "the account '赵六' is disabled"),
    ("监管员", "regulator", "'监管员' is a regulator"),
], ids=["unknown", "disabled", "not a judge"])
def test_by_must_name_an_active_judges_account(scanned, by, setup, message):
    db, _ = scanned
    if setup:
        judges(db, by, role="regulator" if setup == "regulator" else "judge")
        if setup == "disabled":
            accounts.disable(schema.open_db(db), by)
    fid = finding_id(db, "s1", "WRD003")
    for result in (decide(db, "confirm", fid, by=by),
                   run("review", "next", "--candidate", "st-1", "--by", by, "--db", db, input="c\n")):
        assert result.exit_code == 2
        assert result.stderr.count("\n") == 1 and message in result.stderr
    assert history(db)["reviews"] == []


def test_a_later_decision_supersedes_and_both_stay_in_the_history(scanned):
    db, _ = scanned
    fid = finding_id(db, "s1", "CFT001")
    assert decide(db, "confirm", fid, by="李明", reason="明说高仿").exit_code == 0
    second = decide(db, "dismiss", fid, reason="LV 授权经销，商家有证明")
    assert "supersedes confirmed by 李明" in second.output
    reviews = history(db)["reviews"]
    assert [r["decision"] for r in reviews] == ["confirmed", "dismissed"]
    assert [(r["by"], r["reason"]) for r in reviews] == [("李明", "明说高仿"), ("王芳", "LV 授权经销，商家有证明")]
    assert all(set(r) == {"finding_id", "decision", "by", "os_user", "reason", "at"} and r["finding_id"] == fid
               for r in reviews)
    assert {r["os_user"] for r in reviews} == {getpass.getuser()}
    table = run("review", "history", "--db", db).output.splitlines()
    assert "superseded" in table[1] and "李明" in table[1]
    assert "in force" in table[2] and "王芳" in table[2]
    latest = review.latest(schema.open_db(db), fid)
    assert latest.decision == "dismissed" and latest.state == "in force"
    assert stats(db)["rules"]["CFT001"] == {"rule": "CFT001", "category": "counterfeit", "findings": 1,
                                                   "confirmed": 0, "dismissed": 1, "open": 0, "precision": 0.0}


# --- Re-scans ----------------------------------------------------------------------------------


def test_decisions_survive_rescans_and_edits_elsewhere(scanned, tmp_path):
    db, sessions = scanned
    confirmed, dismissed = finding_id(db, "s1", "WRD001"), finding_id(db, "s1", "WRD003")
    decide(db, "confirm", confirmed)
    decide(db, "dismiss", dismissed, reason="说的是茶的口感")
    # A new first segment moves every segment down one: the findings keep their ids.
    write_sessions(sessions, ["主播来啦", *S1])
    scan(db, sessions)
    assert finding_id(db, "s1", "WRD001") == confirmed
    moved = next(queries.findings(schema.open_db(db), session="s1", rule="WRD003"))
    assert moved["id"] == dismissed and moved["segment"] == 3
    assert stats(db)["rules"]["WRD003"]["dismissed"] == 1
    assert {r["finding_id"]: r for r in history(db)["reviews"]}.keys() == {confirmed, dismissed}
    assert history(db)["orphaned"] == []
    open_ids = {f["id"] for f in review.open_findings(schema.open_db(db), "st-1")}
    assert open_ids == {finding_id(db, "s1", "CFT001")}


def test_decisions_on_findings_no_longer_produced_are_reported_as_orphaned(scanned):
    db, sessions = scanned
    kept, gone = finding_id(db, "s1", "WRD001"), finding_id(db, "s1", "WRD003")
    decide(db, "confirm", kept)
    decide(db, "confirm", gone, by="李明")
    decide(db, "dismiss", gone, reason="说的是茶的口感")
    scan(db, sessions, extra=("--ignore", "WRD003"))  # new rules: WRD003 no longer runs
    assert not list(queries.findings(schema.open_db(db), rule="WRD003", session="s1"))
    everything = history(db)
    assert len(everything["reviews"]) == 3 and everything["orphaned"] == [gone]
    assert [r["finding_id"] for r in history(db, "--orphaned")["reviews"]] == [gone, gone]
    table = run("review", "history", "--db", db).output
    assert table.count("orphaned") == 3 and f"1 orphaned finding (no longer produced): {gone}" in table
    numbers = stats(db)
    assert numbers["orphaned"] == 1 and numbers["rules"]["WRD001"]["confirmed"] == 1
    assert numbers["rules"]["WRD003"]["findings"] == 1  # the tea session's, not scanned again
    assert "1 orphaned finding left out" in run("review", "export", "--db", db).output
    verified = run("verify", "--db", db)
    assert verified.exit_code == 0 and "(orphaned, not tampering)" in verified.output
    # The rule comes back: so does the finding, with its decision in force.
    scan(db, sessions)
    assert history(db)["orphaned"] == []
    assert review.latest(schema.open_db(db), gone).state == "in force"
    assert gone not in {f["id"] for f in review.open_findings(schema.open_db(db))}


# --- Scores ------------------------------------------------------------------------------------


def candidate(scores: dict, candidate_id: str) -> dict:
    [found] = [c for c in scores["candidates"] if c["candidate_id"] == candidate_id and c["kind"] == "streamer"]
    return found


def test_scores_follow_the_decisions(scanned):
    db, _ = scanned

    def score() -> dict:
        result = run("score", "--db", db, "--format", "json")
        assert result.exit_code == 0, result.output
        return json.loads(result.output)

    before = score()
    unreviewed = candidate(before, "st-1")
    assert unreviewed["score"] < 1000 and before["decisions_applied"] == 0
    for rule in ("WRD001", "WRD003", "CFT001"):
        decide(db, "dismiss", finding_id(db, "s1", rule), reason="误报")
    dismissed = score()
    assert candidate(dismissed, "st-1")["score"] == 1000
    assert set(candidate(dismissed, "st-1")["breakdown"].values()) == {0}
    assert candidate(dismissed, "st-2") == candidate(before, "st-2")
    assert dismissed["decisions_applied"] == 3
    assert "3 review decisions applied" in run("score", "--db", db).output
    assert "[dismissed]" in run("explain", "st-1", "--db", db).output
    for rule in ("WRD001", "WRD003", "CFT001"):
        decide(db, "confirm", finding_id(db, "s1", rule), reason="确认")
    confirmed = candidate(score(), "st-1")
    assert sum(confirmed["breakdown"].values()) < sum(unreviewed["breakdown"].values()) < 0  # more points lost
    assert confirmed["vetoes"] and not unreviewed["vetoes"]
    assert "[confirmed]" in run("explain", "st-1", "--db", db).output


# --- Stats -------------------------------------------------------------------------------------


def test_stats_give_precision_per_rule_from_the_decisions_in_force(scanned):
    db, _ = scanned
    decide(db, "confirm", finding_id(db, "s1", "WRD001"))
    decide(db, "dismiss", finding_id(db, "s2", "WRD001"), reason="枕头舒服是主观感受")
    decide(db, "confirm", finding_id(db, "demo-tea-0412", "WRD001"))
    decide(db, "dismiss", finding_id(db, "s1", "WRD003"), reason="口感")
    decide(db, "dismiss", finding_id(db, "demo-tea-0412", "WRD003"), reason="口感")
    decide(db, "confirm", finding_id(db, "demo-tea-0412", "WRD003"))  # supersedes the dismissal
    data = stats(db)
    assert data["rules"]["WRD001"] == {"rule": "WRD001", "category": "wording", "findings": 3, "confirmed": 2,
                                       "dismissed": 1, "open": 0, "precision": 0.6667}
    assert data["rules"]["WRD003"] == {"rule": "WRD003", "category": "wording", "findings": 2, "confirmed": 1,
                                            "dismissed": 1, "open": 0, "precision": 0.5}
    assert data["rules"]["CFT001"]["precision"] is None and data["rules"]["CFT001"]["open"] == 1
    assert data["total"] == {"rule": "all", "category": "-", "findings": 8, "confirmed": 3, "dismissed": 2,
                             "open": 3, "precision": 0.6}
    assert data["orphaned"] == 0
    order = [row["rule"] for row in json.loads(run("review", "stats", "--db", db, "--format", "json").output)["rules"]]
    assert order[:2] == ["WRD003", "WRD001"] and set(order[2:]) == {"CFT001", "PRC006", "PRC007"}
    table = run("review", "stats", "--db", db).output.splitlines()
    assert table[0].split() == list(review.STATS_FIELDS)
    assert table[1].split()[0] == "WRD003" and table[-2].split()[:2] == ["all", "-"]


# --- Export ------------------------------------------------------------------------------------


@pytest.mark.filterwarnings("ignore:Label not . is present in all training examples")
def test_export_then_eval_and_train_round_trip(scanned, tmp_path):
    db, _ = scanned
    decide(db, "confirm", finding_id(db, "s1", "WRD001"))
    decide(db, "dismiss", finding_id(db, "s1", "CFT001"), reason="讲的是不买高仿")
    decide(db, "dismiss", finding_id(db, "s2", "WRD001"), reason="主观感受")
    decide(db, "confirm", finding_id(db, "demo-tea-0412", "PRC006"))
    decide(db, "confirm", finding_id(db, "demo-tea-0412", "PRC007"))
    out = tmp_path / "judged.jsonl"
    result = run("review", "export", "--db", db, "-o", out)
    assert "exported 3 sessions (4 segments, 1 listing); 0 orphaned findings left out" in result.output
    documents = {d["session_id"]: d for d in map(json.loads, out.read_text("utf-8").splitlines())}
    s1 = documents["s1"]
    assert s1["streamer_id"] == "st-1" and s1["date"] == "2026-11-20" and s1["listings"] == []
    assert [(s["text"], s["labels"], s.get("also_ok"), s["tags"]) for s in s1["segments"]] == [
        (S1[1], ["wording"], None, ["judge_confirmed"]),
        (S1[3], [], None, ["judge_dismissed", "hard_negative"]),
    ]
    assert s1["segments"][1]["decisions"] == [{"finding_id": finding_id(db, "s1", "CFT001"), "rule": "CFT001", "category": "counterfeit", "decision": "dismissed",
                                               "by": "王芳", "reason": "讲的是不买高仿"}]
    tea = documents["demo-tea-0412"]
    assert [s["text"] for s in tea["segments"]] == ["龙井原价三百六十八，今天直播间只要一百九十八"]
    assert tea["segments"][0]["tags"] == ["judge_confirmed", "listing_dependent"]
    [listing] = tea["listings"]
    assert listing["listing_id"] == "t-1" and listing["labels"] == ["price"] and listing["price_history"]

    evaluated = run("eval", out, "--no-model", "--format", "json")
    assert evaluated.exit_code == 0, evaluated.output
    categories = json.loads(evaluated.output)["categories"]
    assert (categories["wording"]["tp"], categories["wording"]["fp"]) == (1, 1)
    assert (categories["counterfeit"]["tp"], categories["counterfeit"]["fp"]) == (0, 1)
    assert (categories["price"]["tp"], categories["price"]["fp"], categories["price"]["fn"]) == (2, 0, 0)

    texts, labels = examples(s for s in read_sessions(out) if not isinstance(s, Exception))
    assert texts and len(texts) == 3  # the listing-dependent segment is left out
    assert labels.sum() == 1 and labels.shape == (3, 3)
    more = tmp_path / "more.jsonl"
    more.write_text("".join(json.dumps({"session_id": f"m{n}", "segments": [
        {"text": text, "labels": labels} for text, labels in rows]}, ensure_ascii=False) + "\n" for n, rows in enumerate([
            [("喝了它血压稳稳的", ["wording"]), ("今天发顺丰包邮", []), ("颜色有黑白两种", [])],
            [("跟大牌一个厂出来的", ["counterfeit"]), ("尺码偏大一码", []), ("晚上好家人们", [])],
            [("外面专柜卖好几千", ["price"]), ("下单备注颜色", []), ("库存加好了", [])]])), "utf-8")
    trained = run("train", "--train", out, "--train", more, "--test", out, "--out", tmp_path / "model")
    assert trained.exit_code == 0, trained.output
    card = json.loads((tmp_path / "model" / "classifier.json").read_text("utf-8"))
    assert card["data"]["train"]["segments"] == 3 + 9
    assert [f["file"] for f in card["data"]["train"]["files"]] == ["judged.jsonl", "more.jsonl"]


def test_export_puts_open_categories_in_also_ok_and_filters_by_candidate(scanned):
    db, sessions = scanned
    write_sessions(sessions, ["这款包是LV的高仿，全网最好用的，没有之一"])
    scan(db, sessions)
    found = {f["rule"]: f["id"] for f in queries.findings(schema.open_db(db), session="s1")}
    assert {"CFT001", "WRD001"} <= found.keys()
    decide(db, "dismiss", found["CFT001"], reason="否认是高仿")
    result = run("review", "export", "--db", db, "--candidate", "st-1")
    [document] = [json.loads(line) for line in result.stdout.splitlines()]
    [segment] = document["segments"]
    assert segment["labels"] == [] and segment["also_ok"] == ["wording"]
    assert run("review", "export", "--db", db, "--candidate", "st-2").stdout == ""


# --- The interactive loop -------------------------------------------------------------------


def test_the_loop_confirms_dismisses_skips_and_quits(scanned):
    db, _ = scanned
    first, second, third = (finding_id(db, "s1", rule) for rule in ("WRD001", "WRD003", "CFT001"))
    keys = "c\nd\n\n   \n说的是茶的口感\nx\ns\n"
    result = run("review", "next", "--candidate", "st-1", "--by", "王芳", "--db", db, input=keys)
    assert result.exit_code == 0, result.output
    out = result.output
    assert "1 of 3 ── finding " + first in out and "3 of 3 ── finding " + third in out
    assert "WRD001 wording, medium" in out and "basis: 《" in out and "rule: " in out
    assert ">    2      0:10  这款精华是全网最好用的，没有之一" in out  # segments count from 1, as check's
    assert "     1      0:00  大家晚上好，欢迎进直播间" in out and "     4      0:30  " + S1[3] in out
    assert " " * 32 + "^" * 6 + "\n" in out  # under 最好用: 18 columns of prefix, 14 of 这款精华是全网
    assert "Error: a dismissal needs a reason" in out and "Error: 'x' is not one of" in out
    assert out.rstrip().endswith("1 confirmed, 1 dismissed, 1 skipped; 1 open finding left")
    reviews = history(db)["reviews"]
    assert [(r["finding_id"], r["decision"], r["by"], r["reason"]) for r in reviews] == [
        (first, "confirmed", "王芳", None), (second, "dismissed", "王芳", "说的是茶的口感")]
    assert "s2" not in out

    again = run("review", "next", "--candidate", "st-1", "--by", "李明", "--db", db, input="q\n")
    assert "1 of 1 ── finding " + third in again.output
    assert again.output.rstrip().endswith("0 confirmed, 0 dismissed, 0 skipped; 1 open finding left")


def test_the_loop_shows_the_listing_numbers_and_ends_when_nothing_is_open(scanned):
    db, _ = scanned
    result = run("review", "next", "--candidate", "st-demo-1", "--by", "王芳", "--db", db, input="c\nC\nq\n")
    out = result.output
    assert "PRC007 price, high" in out and "listing t-1: 明前龙井 绿茶 250g 罐装" in out
    assert "price 198; list price 368; stock 2000; sales before the session: 2026-04-01 238, 2026-04-07 218" in out
    assert "PRC006 price, high" in out and "2 confirmed, 0 dismissed, 0 skipped; 2 open findings left" in out
    done = run("review", "next", "--candidate", "st-2", "--by", "王芳", "--db", db, input="d\n主观\n")
    assert done.output.rstrip().endswith("0 confirmed, 1 dismissed, 0 skipped; 0 open findings left")
    nothing = run("review", "next", "--candidate", "st-2", "--by", "王芳", "--db", db)
    assert nothing.exit_code == 0 and nothing.output == "0 confirmed, 0 dismissed, 0 skipped; 0 open findings left\n"


def test_every_review_command_has_help_and_is_in_the_readme():
    readme = (ROOT / "README.md").read_text("utf-8")
    group = cli.get_command(None, "review")
    for name, command in group.commands.items():
        assert command.help and "Example" in command.help
        assert f"integrity review {name}" in readme
