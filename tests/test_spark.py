"""`scan --engine spark` and `load`: the same findings, ids and scores as a local scan;
incremental, restartable, bad input in the errors dataset.

One SparkSession (local[2]) serves the module. Skipped, with the reason, only where pyspark or
Java is missing; CI sets INTEGRITY_REQUIRE_SPARK=1, which turns that skip into a failure.
"""
from __future__ import annotations

import json
import os
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from integrity.cli import cli

ROOT = Path(__file__).resolve().parent.parent
SCENARIO = ROOT / "fixtures" / "scenario" / "sessions.jsonl"
sys.path.insert(0, str(ROOT / "benchmarks"))


def _missing() -> str | None:
    try:
        import pyarrow  # noqa: F401
        import pyspark  # noqa: F401
    except ImportError:
        return "pyspark is not installed (pip install 'integrity[spark]')"
    from integrity.scale.hadoop import JAVA_HINT, java_found

    return None if java_found() else JAVA_HINT


@pytest.fixture(scope="module")
def spark():
    reason = _missing()
    if reason:
        if os.environ.get("INTEGRITY_REQUIRE_SPARK"):
            pytest.fail(f"INTEGRITY_REQUIRE_SPARK is set but Spark cannot run: {reason}")
        pytest.skip(reason)
    from integrity.scale import hadoop

    session, _ = hadoop.start("local[2]", {"spark.sql.shuffle.partitions": "4"}, progress=False)
    yield session
    session.stop()


def run(*args, code: int | None = 0):
    result = CliRunner().invoke(cli, [str(a) for a in args])
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    if code is not None:
        assert result.exit_code == code, result.output
    return result


def spark_scan(out: Path, *inputs, code: int | None = 0):
    return run("scan", "--engine", "spark", "--master", "local[2]", *inputs, "--out", out, "-q", code=code)


def rows(db: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


FINDINGS = ("SELECT id, session_id, ordinal, segment, listing_id, start, rule, category, severity, confidence, "
            "message, evidence, span_start, span_end, basis, explanation, corrected FROM findings ORDER BY id")
SESSIONS = ("SELECT session_id, streamer_id, unit_id, date, platform, source, content_hash, config_hash, "
            "duration_seconds, segments, listings, findings FROM sessions ORDER BY session_id")
DETAILS = ("SELECT * FROM listings ORDER BY session_id, idx",
           'SELECT session_id, idx, start, "end", text, folded FROM segments ORDER BY session_id, idx')
ERRORS = "SELECT source, line, message FROM errors ORDER BY source, line, message"


def assert_same_database(loaded: Path, scanned: Path, *, sources: bool = True) -> None:
    """Findings (ids and every column), sessions, listings, segments and scores are identical."""
    assert rows(loaded, FINDINGS) == rows(scanned, FINDINGS)
    assert rows(loaded, FINDINGS), "nothing to compare"
    sessions = SESSIONS if sources else SESSIONS.replace(" source,", "")
    assert rows(loaded, sessions) == rows(scanned, sessions)
    for sql in DETAILS:
        assert rows(loaded, sql) == rows(scanned, sql)
    scores = [json.loads(run("score", "--db", db, "--format", "json").output) for db in (loaded, scanned)]
    assert scores[0] == scores[1]


def files(out: Path) -> list[str]:
    return sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())


def test_spark_output_loads_to_the_findings_and_scores_of_a_local_scan(spark, tmp_path):
    from make_corpus import generate

    inputs = tmp_path / "in"
    generate(inputs / "corpus", 0.25, seed=3)
    shutil.copy(SCENARIO, inputs / "scenario.jsonl")
    (inputs / "bad.jsonl").write_text('{"session_id": "ok-1", "segments": [{"text": "全网最低价"}]}\n'
                                      '{"session_id": \n'
                                      '\n'
                                      '{"session_id": "no-segments"}\n', encoding="utf-8")
    (inputs / "talk.txt").write_text("原价五百九十九，今天只要九十九\n这款茶喝了能降血压\n", encoding="utf-8")
    out, loaded, scanned = tmp_path / "out", tmp_path / "loaded.db", tmp_path / "scanned.db"

    first = spark_scan(out, inputs, code=2)
    assert "run 1 written" in first.output
    assert f"{inputs / 'bad.jsonl'}:2:" in first.output
    assert run("load", out, "--db", loaded, code=2).exit_code == 2
    run("scan", inputs, "--db", scanned, "-j", "1", "-q", code=2)
    assert_same_database(loaded, scanned)
    assert rows(loaded, ERRORS) == rows(scanned, ERRORS)
    assert [line for _, line, _ in rows(loaded, ERRORS)] == [2, 4]
    published = [name for name in files(out) if name.endswith(".parquet")]
    assert {name.split("/")[0] for name in published} == {"sessions", "segments", "listings", "findings", "errors"}
    assert any(name.startswith("findings/date=2026-11-") for name in published)
    record = json.loads((out / "runs" / "000001.json").read_text("utf-8"))
    assert record["config_hash"] == rows(scanned, "SELECT config_hash FROM runs")[0][0]

    before = files(out)
    again = spark_scan(out, inputs, code=2)
    assert "nothing new" in again.output
    assert files(out) == before
    reloaded = run("load", out, "--db", loaded)
    assert " 0 loaded" in reloaded.output and " 0 errors" in reloaded.output
    assert_same_database(loaded, scanned)


def test_a_failed_job_run_again_gives_the_findings_of_an_uninterrupted_one(spark, tmp_path, monkeypatch):
    from integrity.scale import commit
    from integrity.scale import spark as engine

    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(SCENARIO, inputs / "scenario.jsonl")
    scanned = tmp_path / "scanned.db"
    run("scan", inputs, "--db", scanned, "-j", "1", "-q")

    # Dies after the checking, while writing the tables: nothing is published; the re-run
    # drops the staging folder and does the work again.
    out = tmp_path / "out"
    write_tables = engine._write_tables

    def dies(records, folder, *args):
        write_tables(records.limit(3), folder, *args)
        raise RuntimeError("executor lost")

    monkeypatch.setattr(engine, "_write_tables", dies)
    assert "run the same command again" in spark_scan(out, inputs, code=1).output
    assert not (out / "runs").exists() and (out / "_staging").exists()
    monkeypatch.undo()
    spark_scan(out, inputs)
    assert not list((out / "_staging").iterdir())
    run("load", out, "--db", tmp_path / "a.db")
    assert_same_database(tmp_path / "a.db", scanned)

    # Dies half-way through publishing: the re-run finishes the moves the commit listed, and
    # a load before it sees none of the half-published run.
    (inputs / "scenario.jsonl").write_text(SCENARIO.read_text("utf-8").replace("九十九元", "八十八元"), "utf-8")
    rename, moved = commit.ArrowFS.rename, []

    def stops(self, source, target):  # the first rename publishes _COMMIT, the next ones the files
        if len(moved) == 2:
            raise OSError("node lost")
        moved.append(target)
        rename(self, source, target)

    monkeypatch.setattr(commit.ArrowFS, "rename", stops)
    spark_scan(out, inputs, code=1)
    monkeypatch.undo()
    assert len(moved) == 2 and not (out / "runs" / "000002.json").exists()
    half = run("load", out, "--db", tmp_path / "a.db")
    assert " 0 loaded" in half.output
    finished = spark_scan(out, inputs)
    assert "run 3 written" not in finished.output
    assert json.loads((out / "runs" / "000002.json").read_text("utf-8"))["counts"]["checked"] >= 1
    run("scan", inputs, "--db", scanned, "-j", "1", "-q")
    run("load", out, "--db", tmp_path / "a.db")
    assert_same_database(tmp_path / "a.db", scanned)


def test_parquet_datasets_and_uris_are_read_with_errors_by_file_and_row(spark, tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    documents = [json.loads(line) for line in SCENARIO.read_text("utf-8").splitlines() if line.strip()]
    dataset = tmp_path / "in" / "sessions"
    dataset.mkdir(parents=True)
    for n, half in enumerate((documents[::2], documents[1::2])):
        table = pa.Table.from_pylist([{**doc, "listings": json.dumps(doc.get("listings", []), ensure_ascii=False)}
                                      for doc in half])
        pq.write_table(table, dataset / f"part-{n}.parquet")
    bad = pa.Table.from_pylist([{"session_id": "fine", "segments": [{"text": "大家好"}]},
                                {"session_id": "empty", "segments": []}])
    pq.write_table(bad, tmp_path / "in" / "bad.parquet")
    lines = tmp_path / "in" / "more.jsonl"
    lines.write_text('{"session_id": "x-1", "segments": [{"text": "全网最低价"}]}\n{oops}\n', encoding="utf-8")
    out, loaded, scanned = tmp_path / "out", tmp_path / "loaded.db", tmp_path / "scanned.db"

    result = spark_scan(out, dataset, tmp_path / "in" / "bad.parquet", f"file://{lines}", code=2)
    assert f"{tmp_path / 'in' / 'bad.parquet'}:2:" in result.output
    assert f"{lines}:2:" in result.output
    run("load", out, "--db", loaded, code=2)
    shutil.copy(SCENARIO, tmp_path / "scenario.jsonl")
    run("scan", tmp_path / "scenario.jsonl", lines, "--db", scanned, "-j", "1", "-q", code=2)
    assert rows(loaded, FINDINGS) == rows(scanned, FINDINGS)
    sessions = SESSIONS.replace(" source,", "")
    assert [row for row in rows(loaded, sessions) if row[0] != "fine"] == rows(scanned, sessions)


def test_files_larger_than_max_file_size_are_errors_as_in_a_local_scan(spark, tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "small.txt").write_text("全网最低价，今天只要九十九\n", encoding="utf-8")
    shutil.copy(SCENARIO, folder / "big.jsonl")
    shutil.copy(SCENARIO, tmp_path / "far.jsonl")
    pq.write_table(pa.Table.from_pylist([{"session_id": f"p-{n}", "segments": [{"text": "大家好" * 50}]}
                                         for n in range(100)]), folder / "rows.parquet")
    limit = ["--max-file-size", "2kB"]
    result = spark_scan(tmp_path / "out", folder, f"file://{tmp_path / 'far.jsonl'}", *limit, code=2)
    too_large = "larger than the limit of 2,000 bytes (--max-file-size): skipped"
    for name in (folder / "big.jsonl", folder / "rows.parquet", tmp_path / "far.jsonl"):
        assert f"{name}: {too_large}" in result.output
    run("load", tmp_path / "out", "--db", tmp_path / "loaded.db", code=2)
    run("scan", folder, "--db", tmp_path / "scanned.db", "-q", *limit, code=2)
    assert rows(tmp_path / "loaded.db", SESSIONS) == rows(tmp_path / "scanned.db", SESSIONS)
    local = [row for row in rows(tmp_path / "loaded.db", ERRORS) if not row[0].endswith(("far.jsonl", ".parquet"))]
    assert local == rows(tmp_path / "scanned.db", ERRORS)  # a local scan reads no Parquet, nor URIs


def test_a_decision_on_a_finding_a_loaded_rescan_drops_is_orphaned_not_tampering(spark, tmp_path):
    from integrity.rating import accounts
    from integrity.store import queries, schema

    source, out, db = tmp_path / "live.jsonl", tmp_path / "out", tmp_path / "d.db"
    session = {"session_id": "s-1", "streamer_id": "st-a", "date": "2026-11-20"}
    source.write_text(json.dumps({**session, "segments": [{"text": "全网最低价，只要九十九"}]}, ensure_ascii=False) + "\n",
                      encoding="utf-8")
    spark_scan(out, source)
    run("load", out, "--db", db)
    accounts.add(schema.open_db(db), "王芳", "judge", "correct horse battery")
    decided = next(queries.findings(schema.open_db(db)))["id"]
    run("review", "confirm", decided, "--by", "王芳", "--reason", "看过录像", "--db", db)
    source.write_text(json.dumps({**session, "segments": [{"text": "大家好，欢迎来到直播间"}]}, ensure_ascii=False) + "\n",
                      encoding="utf-8")
    spark_scan(out, source)
    run("load", out, "--db", db)
    assert not list(queries.findings(schema.open_db(db)))
    result = run("verify", "--db", db)
    assert f"(orphaned, not tampering): {decided}" in result.output


def test_spark_options_are_checked_before_spark_starts(tmp_path):
    assert "needs --out" in run("scan", "--engine", "spark", SCENARIO, code=2).output
    assert "--engine spark 需要 --out DIR" in run("--lang", "zh", "scan", "--engine", "spark", SCENARIO, code=2).output
    assert "not --db" in run("scan", "--engine", "spark", SCENARIO, "--out", tmp_path / "o", "--db",
                             tmp_path / "d.db", code=2).output
    assert "go with --engine spark" in run("scan", SCENARIO, "--db", tmp_path / "d.db", "--out", tmp_path / "o",
                                           code=2).output
    assert "KEY=VALUE" in run("scan", "--engine", "spark", SCENARIO, "--out", tmp_path / "o", "--conf", "x",
                              code=2).output
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "notes.txt").write_text("x", encoding="utf-8")
    if _missing() is None:
        assert "not an output" in run("load", tmp_path / "full", "--db", tmp_path / "d.db", code=1).output
