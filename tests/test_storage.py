"""Tests for integrity.store.database: migrations, WAL, one transaction per session, search, queries."""
from __future__ import annotations

import sqlite3

import pytest

from integrity.read.model import Segment, Session
from integrity.store import queries, schema, search, sessions
from integrity.store import scan as scanning

TEXTS = ["原价五百九十九，今天只要九十九", "这款精华是全网最好用的", "喝了这个茶能降血压", "ok 正品 OK"]


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "findings.db"


def make(sid: str, texts: list[str], streamer: str = "st-1", start: float = 0.0) -> Session:
    segments = tuple(Segment(i, t, start + 60.0 * i, start + 60.0 * i + 30) for i, t in enumerate(texts))
    return Session(sid, segments=segments, streamer_id=streamer, unit_id="mcn-1", source=f"{sid}.json")


def store(db, checker, session: Session, run_id: int = 1) -> dict:
    record = scanning.session_record(session, checker.check(session), scanning.content_hash(session))
    sessions.replace_session(db, record, checker.fingerprint, run_id)
    return record


def test_migrations_are_recorded_once_and_wal_is_on(db_path):
    db = schema.open_db(db_path)
    names = [row[0] for row in db.execute("SELECT name FROM _migrations ORDER BY rowid")]
    assert names == [fn.__name__ for fn in schema.MIGRATIONS]
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    db.close()
    again = schema.open_db(db_path)
    assert again.execute("SELECT count(*) FROM _migrations").fetchone()[0] == len(schema.MIGRATIONS)
    assert {"sessions", "segments", "listings", "findings", "runs", "errors", "segments_fts"} <= set(again.table_names())
    with pytest.raises(FileNotFoundError):
        schema.open_db(db_path.with_name("other.db"), create=False)


def test_a_new_migration_runs_once(db_path, monkeypatch):
    schema.open_db(db_path).close()
    ran = []

    def m999_test_column(db):
        ran.append(1)
        db["sessions"].add_column("note", str)

    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, m999_test_column])
    schema.open_db(db_path).close()
    db = schema.open_db(db_path)
    assert ran == [1] and "note" in db["sessions"].columns_dict


def test_replacing_a_session_is_one_transaction(db_path, checker, monkeypatch):
    db = schema.open_db(db_path)
    store(db, checker, make("a", TEXTS))
    before = db.execute("SELECT count(*) FROM findings").fetchone()[0]
    record = scanning.session_record(make("a", TEXTS[:1]), [], "other")
    record["findings"] = [("bad",)]  # fails after the deletes and the inserts of segments
    with pytest.raises(sqlite3.ProgrammingError):
        sessions.replace_session(db, record, checker.fingerprint, 2)
    assert db.execute("SELECT count(*) FROM findings").fetchone()[0] == before
    assert db.execute("SELECT count(*) FROM segments").fetchone()[0] == len(TEXTS)
    assert sessions.stored_state(db.conn, "a")[1:] == (checker.fingerprint, 1)


def test_a_reader_queries_while_a_scan_writes(db_path, checker):
    writer = schema.open_db(db_path)
    store(writer, checker, make("a", TEXTS))
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("DELETE FROM findings")
    reader = schema.open_db(db_path, create=False)
    assert len(list(queries.findings(reader))) > 0 and queries.summary(reader)["sessions"] == 1
    writer.rollback()


def test_search_folds_traditional_and_full_width_text_both_ways(db_path, checker):
    db = schema.open_db(db_path)
    store(db, checker, make("t", ["今天全網最低價", "ＯＫ　正品", "普通的一句话"]))

    def hits(query: str) -> list[int]:
        return [r["segment"] for r in search.search(db, query, None)]

    for _ in ("before indexing", "after"):
        assert hits("全网最低") == [0] and hits("全網最低價") == [0] and hits("ok 正品") == [1] and hits("ＯＫ") == [1]
        search.index_text(db)
    assert [r["text"] for r in search.search(db, "全网最低", None)] == ["今天全網最低價"]


def test_a_database_from_before_folded_search_is_migrated_and_found(db_path, checker, monkeypatch):
    monkeypatch.setattr(schema, "MIGRATIONS", [m for m in schema.MIGRATIONS if m.__name__ < "m009"])
    old = schema.open_db(db_path)
    old.execute('INSERT INTO segments (session_id, idx, text) VALUES (?, ?, ?)', ["s", 0, "全網最低價"])
    old.execute("INSERT INTO sessions (session_id) VALUES ('s')")
    old.execute("INSERT INTO segments_fts (rowid, text) SELECT id, text FROM segments")  # the old index
    old.execute("UPDATE search_index SET indexed_to = (SELECT max(id) FROM segments)")
    old.conn.commit()
    old.close()
    monkeypatch.undo()
    db = schema.open_db(db_path)
    assert db.execute("SELECT folded FROM segments").fetchone()[0] == "全网最低价"
    assert db.execute("SELECT indexed_to FROM search_index").fetchone()[0] == 0
    assert [r["segment"] for r in search.search(db, "全网最低", None)] == [0]
    search.index_text(db)
    assert [r["segment"] for r in search.search(db, "全网最低", None)] == [0]


def test_search_before_and_after_indexing_and_after_replacing(db_path, checker):
    db = schema.open_db(db_path)
    store(db, checker, make("a", TEXTS))
    store(db, checker, make("b", ["今天全网最低价", "降血压的茶"], streamer="st-2"))

    def hits(query: str) -> list[tuple[str, int]]:
        return [(r["session_id"], r["segment"]) for r in search.search(db, query, None)]

    unindexed = {q: hits(q) for q in ("降血压", "全网最", "血压", "ok", "全网 好用", "%", "正品 ok")}
    assert unindexed == {"降血压": [("a", 2), ("b", 1)], "全网最": [("a", 1), ("b", 0)], "血压": [("a", 2), ("b", 1)],
                         "ok": [("a", 3)], "全网 好用": [("a", 1)], "%": [], "正品 ok": [("a", 3)]}
    assert search.index_text(db, batch=2) == 6 and search.index_text(db) == 0
    assert {q: hits(q) for q in unindexed} == unindexed
    store(db, checker, make("a", ["新的内容"]))
    assert hits("降血压") == [("b", 1)] and hits("新的内容") == [("a", 0)]
    search.index_text(db)
    assert hits("降血压") == [("b", 1)] and hits("新的内容") == [("a", 0)]
    assert db.execute("INSERT INTO segments_fts(segments_fts) VALUES ('integrity-check')").fetchall() == []


def test_findings_filters_and_summary(db_path, checker):
    db = schema.open_db(db_path)
    store(db, checker, make("a", TEXTS))
    store(db, checker, make("b", TEXTS[1:2] * 4, streamer="st-2"))
    every = list(queries.findings(db))
    assert [f["session_id"] for f in every] == sorted(f["session_id"] for f in every)
    assert {f["session_id"] for f in queries.findings(db, candidate="st-2")} == {"b"}
    assert {f["session_id"] for f in queries.findings(db, candidate="mcn-1")} == {"a", "b"}
    assert {f["rule"] for f in queries.findings(db, rule="wrd00")} <= {f"WRD00{i}" for i in range(10)}
    assert all(f["category"] == "price" for f in queries.findings(db, category="price"))
    assert list(queries.findings(db, rule="WRD%")) == []
    summary = queries.summary(db, top=5, min_hours=0)
    assert summary["sessions"] == 2 and summary["segments"] == 8
    assert summary["hours"] == round((3 * 60 + 30) * 2 / 3600, 2)
    assert summary["findings"] == len(every) == sum(summary["by_category"].values())
    assert sum(r["findings"] for r in summary["by_rule"]) == len(every)
    streamers = summary["streamers"]
    assert [s["candidate_id"] for s in streamers] == ["st-2", "st-1"]
    assert streamers[0]["findings_per_hour"] > streamers[1]["findings_per_hour"]
    assert summary["units"][0]["findings"] == len(every)
    short = queries.summary(db, top=5)  # 3.5 minutes each: under the default hour, nobody is ranked
    assert short["streamers"] == [] and short["not_ranked"] == {"streamers": 2, "units": 1}


def test_content_hash_ignores_where_the_session_came_from():
    a = make("a", TEXTS)
    moved = Session("a", segments=a.segments, streamer_id="st-1", unit_id="mcn-1", source="elsewhere.jsonl",
                    extra={"crawled_at": "now"})
    assert scanning.content_hash(a) == scanning.content_hash(moved)
    assert scanning.content_hash(a) != scanning.content_hash(make("a", TEXTS[:-1]))
