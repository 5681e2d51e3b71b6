"""The database as others read it: foreign keys, views, a full-text index that sqlite-utils
and Datasette find and that scans keep current, Datasette metadata in Chinese, and migrations
that upgrade a database made before them."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from click.testing import CliRunner
from sqlite_utils import Database

from integrity.cli import cli
from integrity.rating import accounts
from integrity.store import metadata, schema

ROOT = Path(__file__).resolve().parent.parent
SCENARIO = ROOT / "fixtures" / "scenario"
NEW = ("m020", "m021")


def run(*args, input=None):
    return CliRunner().invoke(cli, [str(a) for a in args], input=input, catch_exceptions=False)


def copy(source: Path, target: Path) -> Path:
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    src.backup(dst)
    src.close(), dst.close()
    return target


def test_segments_listings_and_findings_name_their_session_and_reviews_do_not(scenario_db):
    db = Database(sqlite3.connect(scenario_db))
    keys = {(fk.table, fk.column, fk.other_table) for table in ("segments", "listings", "findings", "reviews")
            for fk in db[table].foreign_keys}
    assert {("segments", "session_id", "sessions"), ("listings", "session_id", "sessions"),
            ("findings", "session_id", "sessions")} <= keys
    assert not any(table == "reviews" for table, _, _ in keys)
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_a_scan_keeps_the_text_index_current_for_sqlite_utils_and_datasette(scenario_db):
    db = Database(sqlite3.connect(scenario_db))
    assert db["segments"].detect_fts() == "segments_fts"
    assert "content=[segments]" in db["segments_fts"].schema
    indexed = db.execute("SELECT indexed_to FROM search_index").fetchone()[0]
    assert indexed == db.execute("SELECT max(id) FROM segments").fetchone()[0]
    # sqlite-utils' own search (as `sqlite-utils search` runs it), no `integrity search` before
    found = list(db["segments"].search("降血压"))
    assert found and all("降血压" in row["text"] for row in found)
    # Datasette quotes each word: a phrase of trigrams, which needs the full-detail index
    phrase = db.execute("SELECT count(*) FROM segments WHERE rowid IN "
                        "(SELECT rowid FROM segments_fts WHERE segments_fts MATCH ?)", ['"原价二百九十九"']).fetchone()
    assert phrase[0] == db.execute("SELECT count(*) FROM segments WHERE text LIKE '%原价二百九十九%'").fetchone()[0] > 0


def test_views_show_findings_with_their_session_and_the_decision_in_force(scenario_db, tmp_path):
    path = copy(scenario_db, tmp_path / "db.db")
    finding = json.loads(run("findings", "--db", path, "--session", "dalong-03", "--rule", "PRC006",
                             "--format", "json").output)["findings"][0]
    opened = schema.open_db(path)
    for judge in ("王芳", "李明"):
        accounts.add(opened, judge, "judge", "correct horse battery")
    run("review", "dismiss", finding["id"], "--by", "王芳", "--reason", "商品数据有误", "--db", path)
    run("review", "confirm", finding["id"], "--by", "李明", "--reason", "复核属实", "--db", path)
    db = Database(sqlite3.connect(path))
    [row] = db.query("SELECT * FROM findings_reviewed WHERE id = ?", [finding["id"]])
    assert (row["streamer_id"], row["unit_id"], row["date"], row["session_id"]) == (
        "st-dalong", "mcn-red", "2026-10-01", "dalong-03")
    assert (row["segment_no"], row["timestamp"], row["rule"]) == (finding["segment"] + 1, "00:02:05", "PRC006")
    assert (row["decision"], row["decided_by"], row["reason"]) == ("confirmed", "李明", "复核属实")
    [decided] = db.query("SELECT * FROM decisions_in_force")
    assert decided["finding_id"] == finding["id"] and decided["finding_stored"] == 1
    assert db.execute("SELECT count(*) FROM findings_reviewed").fetchone()[0] == \
        db.execute("SELECT count(*) FROM findings").fetchone()[0]
    activity = {(r["kind"], r["candidate_id"]): r for r in db.query("SELECT * FROM candidate_activity")}
    dalong = activity["streamer", "st-dalong"]
    assert (dalong["sessions"], dalong["findings"], dalong["price_findings"], dalong["confirmed"], dalong["open"]) == (
        10, 5, 5, 1, 4)
    assert dalong["complaints"] == db.execute(
        "SELECT count(*) FROM complaints WHERE streamer_id = 'st-dalong'").fetchone()[0]
    summary = json.loads(run("summary", "--db", path, "--format", "json", "--min-hours", "0").output)
    assert sum(r["findings"] for (kind, _), r in activity.items() if kind == "streamer") == summary["findings"]


def _old_migrations(monkeypatch):
    monkeypatch.setattr(schema, "MIGRATIONS", [m for m in schema.MIGRATIONS if not m.__name__.startswith(NEW)])
    monkeypatch.setattr(schema, "VIEWS", {})


def test_a_database_made_by_the_earlier_migrations_is_upgraded_with_its_data(tmp_path, monkeypatch):
    path = tmp_path / "old.db"
    _old_migrations(monkeypatch)
    assert run("scan", SCENARIO / "sessions.jsonl", "--db", path, "-j", "1", "-q", "--no-model").exit_code == 0
    run("complaints", "import", SCENARIO / "complaints.csv", "--db", path)
    old = sqlite3.connect(path)
    finding = old.execute("SELECT id FROM findings ORDER BY id LIMIT 1").fetchone()[0]
    old.execute("INSERT INTO reviews (finding_id, decision, by, reason, at) VALUES (?, 'dismissed', '王芳', '口感', "
                "'2026-12-01T00:00:00+00:00')", [finding])
    old.execute("DELETE FROM segments WHERE id = (SELECT max(id) FROM segments)")  # the counter must not go back
    old.commit()
    counts = {t: old.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("sessions", "segments", "listings", "findings", "reviews", "complaints")}
    segment_ids = old.execute("SELECT id, text FROM segments ORDER BY id").fetchall()
    sequence = old.execute("SELECT seq FROM sqlite_sequence WHERE name = 'segments'").fetchone()[0]
    assert "content=[segments]" not in old.execute("SELECT sql FROM sqlite_master WHERE name = 'segments_fts'").fetchone()[0]
    old.close()
    monkeypatch.undo()

    db = schema.open_db(path, create=False)
    applied = [row[0] for row in db.execute("SELECT name FROM _migrations")]
    assert [name for name in applied if name.startswith(NEW)] == ["m020_foreign_keys", "m021_segment_search_for_datasette"]
    assert {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in counts} == counts
    assert db.execute("SELECT id, text FROM segments ORDER BY id").fetchall() == segment_ids
    assert db.execute("SELECT seq FROM sqlite_sequence WHERE name = 'segments'").fetchone()[0] == sequence
    assert db["findings"].foreign_keys and db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert db["segments"].detect_fts() == "segments_fts"
    assert set(schema.VIEWS) <= set(db.view_names())
    assert db.execute("SELECT decision FROM findings_reviewed WHERE id = ?", [finding]).fetchone()[0] == "dismissed"
    db.close()
    again = run("scan", SCENARIO / "sessions.jsonl", "--db", path, "-j", "1", "-q", "--no-model")
    assert "0 checked" in again.output  # the same checker: nothing checked again, and the index caught up
    assert list(Database(sqlite3.connect(path))["segments"].search("降血压"))


def test_a_migration_may_rebuild_a_table_a_view_reads(tmp_path, monkeypatch):
    path = tmp_path / "db.db"
    schema.open_db(path).close()

    def m099_rebuild_reviews(db):
        db.execute("CREATE TABLE reviews_new AS SELECT * FROM reviews")
        db.execute("DROP TABLE reviews")
        db.execute("ALTER TABLE reviews_new RENAME TO reviews")

    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, m099_rebuild_reviews])
    db = schema.open_db(path)
    assert set(schema.VIEWS) <= set(db.view_names())
    assert db.execute("SELECT count(*) FROM decisions_in_force").fetchone()[0] == 0


def test_changed_views_are_made_again_when_the_database_is_opened(tmp_path, monkeypatch):
    path = tmp_path / "db.db"
    schema.open_db(path).close()
    monkeypatch.setitem(schema.VIEWS, "decisions_in_force", "SELECT 1 AS finding_id")
    db = schema.open_db(path)
    assert db.execute("SELECT * FROM decisions_in_force").fetchall() == [(1,)]


def test_datasette_metadata_describes_every_table_view_and_column_in_chinese(scenario_db, tmp_path):
    out = tmp_path / "metadata.json"
    result = run("datasette-metadata", "--db", scenario_db, "-o", out)
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text("utf-8"))
    [(name, database)] = data["databases"].items()
    assert name == scenario_db.stem
    db = Database(sqlite3.connect(scenario_db))
    shown = [t for t in [*db.table_names(), *db.view_names()]
             if not t.startswith(("segments_fts", "sqlite_"))]
    assert sorted(database["tables"]) == sorted(shown)
    for table in shown:
        entry = database["tables"][table]
        assert _chinese(entry["description"]), table
        assert sorted(entry["columns"]) == sorted(c.name for c in db[table].columns), table
        assert all(_chinese(text) for text in entry["columns"].values()), table
    assert database["tables"]["accounts"]["hidden"] is True
    assert database["tables"]["segments"]["fts_table"] == "segments_fts"
    assert _chinese(data["title"]) and metadata.TITLE == data["title"]


def _chinese(text: str) -> bool:
    return any("\u4e00" <= char <= "\u9fff" for char in text)


def test_datasette_metadata_needs_the_database(tmp_path):
    result = run("datasette-metadata", "--db", tmp_path / "none.db")
    assert result.exit_code == 2 and "no such database" in result.stderr
