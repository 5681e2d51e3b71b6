"""Tests for integrity.store.scan and the scan/findings/summary/search commands: incremental,
honest and safe under faults."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from integrity.cli import cli
from integrity.read.files import jsonl_parts
from integrity.read.model import InputError, Segment, Session
from integrity.read.sessions import read_jsonl_part, read_sessions
from integrity.store import queries, schema, search, sessions
from integrity.store import scan as scanning

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "fixtures" / "demo"

CLEAN = ["大家晚上好，欢迎进直播间", "今天给大家带的是围巾", "喜欢的宝宝点点关注"]
FLAGGED = ["这款精华是全网最好用的，没有之一", "喝了这个茶能降血压", "大家好"]


def session(sid: str, texts: list[str], streamer: str = "st-1", unit: str = "mcn-1") -> dict:
    return {"session_id": sid, "streamer_id": streamer, "unit_id": unit, "date": "2026-11-20",
            "segments": [{"start": 10.0 * i, "end": 10.0 * i + 8, "text": t} for i, t in enumerate(texts)]}


def write_jsonl(path: Path, sessions: list[dict]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(s, ensure_ascii=False) + "\n" for s in sessions), encoding="utf-8")
    return path


def corpus(root: Path, n: int = 12) -> Path:
    """n sessions over three files, about half of them with findings."""
    for f in range(3):
        write_jsonl(root / f"batch-{f}.jsonl",
                    [session(f"s-{f}-{i}", FLAGGED if i % 2 else CLEAN, streamer=f"st-{i % 3}")
                     for i in range(n // 3)])
    return root


def stored_findings(db_path: Path) -> list[dict]:
    return list(queries.findings(schema.open_db(db_path)))


def table(db_path: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(db_path) as conn:
        return conn.execute(sql).fetchall()


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def test_rescan_adds_nothing(tmp_path, checker):
    inputs, db = corpus(tmp_path / "in"), tmp_path / "scan.db"
    first = scanning.scan(str(db), [str(inputs)], checker, jobs=1)
    assert first.counts["checked"] == 12 and first.counts["findings"] > 0
    before = stored_findings(db)
    second = scanning.scan(str(db), [str(inputs)], checker, jobs=1)
    assert second.counts["unchanged"] == 12 and second.counts["checked"] == 0
    assert stored_findings(db) == before
    assert table(db, "SELECT count(*) FROM segments") == [(36,)]
    runs = table(db, "SELECT id, status, config_hash, configuration FROM runs ORDER BY id")
    assert [r[1] for r in runs] == ["finished", "finished"] and runs[0][2] == runs[1][2] == checker.fingerprint
    assert json.loads(runs[0][3]) == json.loads(json.dumps(checker.configuration))


def test_changed_session_replaces_its_findings_and_keeps_ids_of_the_rest(tmp_path, checker):
    db = tmp_path / "scan.db"
    path = write_jsonl(tmp_path / "in.jsonl", [session("a", FLAGGED), session("b", FLAGGED)])
    scanning.scan(str(db), [str(path)], checker, jobs=1)
    before = {f["id"]: f for f in stored_findings(db)}
    # "a" gets a new first segment (every index moves) and loses its medical claim.
    write_jsonl(path, [session("a", ["开播啦", FLAGGED[0], FLAGGED[2]]), session("b", FLAGGED)])
    result = scanning.scan(str(db), [str(path)], checker, jobs=1)
    assert (result.counts["checked"], result.counts["unchanged"]) == (1, 1)
    after = {f["id"]: f for f in stored_findings(db)}
    assert len(after) == len(before) - 1
    assert {i for i, f in before.items() if f["rule"] != "WRD003" or f["session_id"] == "b"} == set(after)
    moved = next(f for f in after.values() if f["session_id"] == "a")
    assert moved["segment"] == 1 and before[moved["id"]]["segment"] == 0
    assert table(db, "SELECT count(*) FROM segments WHERE session_id = 'a'") == [(3,)]


def test_configuration_change_checks_again_and_replaces(tmp_path, checker):
    from integrity.detect.checker import Checker

    db, inputs = tmp_path / "scan.db", corpus(tmp_path / "in")
    scanning.scan(str(db), [str(inputs)], Checker(select=["WRD003"]), jobs=1)
    assert {f["rule"] for f in stored_findings(db)} == {"WRD003"}
    result = scanning.scan(str(db), [str(inputs)], checker, jobs=1)
    assert result.counts["checked"] == 12
    full = tmp_path / "full.db"
    scanning.scan(str(full), [str(inputs)], checker, jobs=1)
    assert stored_findings(db) == stored_findings(full)
    assert len(table(db, "SELECT DISTINCT config_hash FROM runs")) == 2


class Crash(Exception):
    pass


def test_crash_mid_batch_then_rerun_equals_a_clean_scan(tmp_path, checker, monkeypatch):
    inputs = corpus(tmp_path / "in")
    clean = tmp_path / "clean.db"
    scanning.scan(str(clean), [str(inputs)], checker, jobs=1)

    crashed = tmp_path / "crashed.db"
    replace = sessions.replace_session
    calls = []

    def dying(db, record, *args):
        calls.append(record["session_id"])
        if len(calls) == 5:
            raise Crash  # mid-transaction: this session must not be half stored
        replace(db, record, *args)

    monkeypatch.setattr(sessions, "replace_session", dying)
    with pytest.raises(Crash):
        scanning.scan(str(crashed), [str(inputs)], checker, jobs=1)
    monkeypatch.setattr(sessions, "replace_session", replace)
    assert table(crashed, "SELECT count(*) FROM sessions") == [(4,)]
    assert table(crashed, "SELECT status FROM runs") == [("failed",)]
    result = scanning.scan(str(crashed), [str(inputs)], checker, jobs=2, part_bytes=600)
    assert (result.counts["unchanged"], result.counts["checked"]) == (4, 8)
    assert stored_findings(crashed) == stored_findings(clean)
    assert table(crashed, "SELECT count(*) FROM segments") == table(clean, "SELECT count(*) FROM segments")


def test_kill_9_then_rerun_equals_a_clean_scan(tmp_path, checker):
    inputs = tmp_path / "in"
    for f in range(10):
        write_jsonl(inputs / f"{f}.jsonl", [session(f"k-{f}-{i:03d}", FLAGGED if i % 3 else CLEAN) for i in range(50)])
    clean = tmp_path / "clean.db"
    scanning.scan(str(clean), [str(inputs)], checker, jobs=1)

    killed = tmp_path / "killed.db"
    command = [sys.executable, "-m", "integrity", "scan", str(inputs), "--db", str(killed), "-j", "2", "-q", "--no-model"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and process.poll() is None:
            if killed.exists() and _count(killed) >= 20:
                break
            time.sleep(0.01)
    finally:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    stored = _count(killed)
    assert 0 < stored < 500, stored
    [run] = queries.runs(schema.open_db(killed))
    assert run["status"] == "interrupted" and run["finished"] is None
    result = scanning.scan(str(killed), [str(inputs)], checker, jobs=1)
    assert result.counts["unchanged"] == stored
    assert stored_findings(killed) == stored_findings(clean)
    assert search.search(schema.open_db(killed), "降血压", None) == search.search(schema.open_db(clean), "降血压", None)


def _count(db: Path) -> int:
    try:
        return table(db, "SELECT count(*) FROM sessions")[0][0]
    except sqlite3.OperationalError:
        return 0


def test_bad_files_and_sessions_are_reported_and_the_rest_stored(tmp_path):
    inputs = corpus(tmp_path / "in")
    (inputs / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (inputs / "broken.jsonl").write_text(
        json.dumps(session("ok-1", FLAGGED), ensure_ascii=False) + "\n{not json\n"
        + json.dumps({"session_id": "no-segments"}) + "\n", encoding="utf-8")
    db = tmp_path / "scan.db"
    result = run("scan", inputs, tmp_path / "missing.txt", "--db", db, "-j", "2")
    assert result.exit_code == 2
    errors = result.stderr.splitlines()
    assert len(errors) == 4 and all(e.startswith("integrity: error: ") for e in errors)
    assert any("broken.jsonl:2:" in e for e in errors) and any("image.txt" in e for e in errors)
    assert "13 checked" in result.stdout
    assert table(db, "SELECT count(*) FROM sessions") == [(13,)]
    assert table(db, "SELECT coalesce(line, 0) FROM errors ORDER BY 1") == [(0,), (0,), (2,), (3,)]
    assert table(db, "SELECT errors FROM runs") == [(4,)]


def test_a_session_id_seen_twice_keeps_the_first_copy(tmp_path, checker):
    write_jsonl(tmp_path / "in" / "1.jsonl", [session("dup", FLAGGED)])
    write_jsonl(tmp_path / "in" / "2.jsonl", [session("dup", CLEAN)])
    db = tmp_path / "scan.db"
    messages = []
    result = scanning.scan(str(db), [str(tmp_path / "in")], checker, jobs=1, on_error=messages.append)
    assert result.counts["errors"] == 1 and "appears again" in str(messages[0])
    assert table(db, "SELECT source FROM sessions") == [(str(tmp_path / "in" / "1.jsonl"),)]
    again = scanning.scan(str(db), [str(tmp_path / "in")], checker, jobs=1)
    assert again.counts["errors"] == 1 and again.counts["unchanged"] == 1


def test_findings_output_matches_check(tmp_path):
    inputs = corpus(tmp_path / "in")
    options = [DEMO, inputs, "--listings", DEMO / "skincare-listings.csv", "--date", "2026-11-20"]
    checked = json.loads(run("check", *options, "--format", "json").stdout)["findings"]
    assert {"price", "wording"} <= {f["category"] for f in checked}
    db = tmp_path / "scan.db"
    assert run("scan", *options, "--db", db, "-j", "1").exit_code == 0
    stored = json.loads(run("findings", "--db", db, "--format", "json").stdout)["findings"]
    assert all(len(f.pop("id")) == 16 for f in stored)
    by_session: dict[str, list] = {}
    for finding in checked:
        by_session.setdefault(finding["session_id"], []).append(finding)
    assert stored == [f for sid in sorted(by_session) for f in by_session[sid]]
    assert table(db, "SELECT date FROM sessions WHERE session_id = 'skincare-live'") == [("2026-11-20",)]
    lines = run("findings", "--db", db, "--format", "jsonl", "--candidate", "st-1", "--rule", "wrd").stdout
    assert {json.loads(line)["rule"][:3] for line in lines.splitlines()} == {"WRD"}
    csv_rows = run("findings", "--db", db, "--format", "csv", "--category", "price").stdout.splitlines()
    assert csv_rows[0].startswith("id,streamer_id,unit_id,platform,date,session_id") and len(csv_rows) == 1 + sum(
        f["category"] == "price" for f in checked)


def test_summary_and_search_commands(tmp_path):
    db = tmp_path / "scan.db"
    run("scan", corpus(tmp_path / "in"), "--db", db)
    data = json.loads(run("summary", "--db", db, "--format", "json", "--min-hours", "0").stdout)
    assert data["sessions"] == 12 and data["hours"] == round(12 * 28 / 3600, 2)
    assert data["by_category"]["wording"] == data["findings"]
    assert [s["candidate_id"] for s in data["streamers"]] == ["st-1", "st-0", "st-2"]
    text = run("summary", "--db", db).stdout
    assert "Streamers with the most findings per hour" in text and "WRD003" in text
    found = run("search", "降血压", "--db", db, "--format", "json").stdout
    assert len(json.loads(found)["segments"]) == 6
    assert "s-0-1" in run("search", "血压", "--db", db).stdout
    missing = CliRunner().invoke(cli, ["summary", "--db", str(tmp_path / "none.db")])
    assert missing.exit_code == 2 and "no such database" in missing.output


def test_runs_command_lists_runs_newest_first_with_their_configuration(tmp_path):
    db = tmp_path / "scan.db"
    inputs = corpus(tmp_path / "in")
    run("scan", inputs, "--db", db, "-q", "--no-model")
    run("scan", inputs, "--db", db, "-q", "--no-model", "--ignore", "WRD003")
    runs = json.loads(run("runs", "--db", db, "--format", "json").stdout)["runs"]
    assert [r["id"] for r in runs] == [2, 1] and {r["status"] for r in runs} == {"finished"}
    assert runs[1]["checked"] == 12 and runs[0]["checked"] == 12  # new configuration: all checked again
    assert "WRD003" in runs[1]["configuration"]["rules"] and "WRD003" not in runs[0]["configuration"]["rules"]
    table = run("runs", "--db", db, "--limit", "1").stdout.splitlines()
    assert table[0].split()[:4] == ["id", "started", "finished", "status"]
    assert len(table) == 2 and table[1].split()[0] == "2" and runs[0]["config_hash"][:12] in table[1]


def test_a_run_whose_process_is_gone_reads_as_interrupted(tmp_path):
    db = schema.open_db(tmp_path / "runs.db")
    mine = sessions.start_run(db, {}, "hash", ["in"], 1)
    gone = sessions.start_run(db, {}, "hash", ["in"], 1)
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    db.execute("UPDATE runs SET pid = ? WHERE id = ?", [int(finished.stdout), gone])
    statuses = {r["id"]: r["status"] for r in queries.runs(db)}
    assert statuses == {mine: "running", gone: "interrupted"}


def test_jobs_give_the_same_database(tmp_path, checker):
    inputs = corpus(tmp_path / "in", n=30)
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    scanning.scan(str(one), [str(inputs)], checker, jobs=1)
    scanning.scan(str(two), [str(inputs)], checker, jobs=2, part_bytes=500)
    assert stored_findings(one) == stored_findings(two)
    query = "SELECT session_id, idx, text FROM segments ORDER BY 1, 2"
    assert table(one, query) == table(two, query)


def test_jsonl_parts_read_like_the_whole_file(tmp_path):
    lines = [json.dumps(session(f"p-{i}", CLEAN), ensure_ascii=False) for i in range(40)]
    lines[17] = "{broken"
    path = tmp_path / "big.jsonl"
    path.write_text("\r\n".join(lines) + "\r\n\r\n", encoding="utf-8-sig")
    parts = list(jsonl_parts(str(path), 1000))
    assert len(parts) > 5 and parts[0][0] == 0 and parts[-1][1] == path.stat().st_size
    assert all(a[1] == b[0] for a, b in zip(parts, parts[1:]))
    whole = list(read_sessions(str(path)))
    pieced = [item for start, end, line in parts for item in read_jsonl_part(str(path), start, end, line)]
    assert [s for s in pieced if isinstance(s, Session)] == [s for s in whole if isinstance(s, Session)]
    assert [(e.line, e.message) for e in pieced if isinstance(e, InputError)] == \
           [(e.line, e.message) for e in whole if isinstance(e, InputError)] == [(18, e.message)
                                                                               for e in whole[17:18]]


def test_finding_ids_leave_out_positions(checker):
    def make(texts: list[str]) -> Session:
        return Session("x", segments=tuple(Segment(i, t, start=5.0 * i) for i, t in enumerate(texts)))

    shifted, plain = make(["开场", *FLAGGED]), make(FLAGGED)
    ids = scanning.finding_ids(plain, checker.check(plain))
    assert scanning.finding_ids(shifted, checker.check(shifted)) == ids and len(set(ids)) == len(ids) > 0
    twice = make([FLAGGED[0], FLAGGED[0]])
    findings = checker.check(twice)
    assert len(set(scanning.finding_ids(twice, findings))) == len(findings) > 1
