"""The findings database: SQLite through sqlite-utils, its migrations, writes and queries.

One file holds the scanned sessions with their segments, listings and findings, a record of
each scan run (with the checker configuration that produced it) and the input errors met.
The database runs in WAL mode, so readers query while a scan writes; only the scanning
process writes, one transaction per session.

Schema changes are an ordered list of small migration functions, each recorded by name in
``_migrations`` once applied (as in simonw/llm): add a function decorated with
``@migration`` at the end of the list, never edit or reorder released ones.

Segment text is searchable through ``segments_fts``, an FTS5 trigram index (any run of three
or more characters, Chinese included) of ``segments.folded``: the text folded as the checker
folds it (traditional to simplified, full width to half width, case), so 全网最低 finds 全網最低. Indexing row by row, in each session's transaction,
would cost several times the checking itself, and even in bulk the index costs about as much
as storing everything else, so scans leave it alone: :func:`index_text` brings it up to date
in bulk when someone searches, and ``search_index.indexed_to`` records how far it got.
:func:`search` reads the index up to there and matches the rows after it directly, so its
results are complete either way.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import socket
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from integrity.read.complaints import Complaint
from integrity.text.normalize import fold
from integrity.rating.scoring import FindingRecord, Period, SessionRecord

MIGRATIONS: list[Callable[[Database], None]] = []
migration = MIGRATIONS.append

BUSY_TIMEOUT_MS = 60_000


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


# --- Opening and migrating -------------------------------------------------------------------


def open_db(path: str | Path, *, create: bool = True) -> Database:
    """Open (or create) the database in WAL mode with a busy timeout, and migrate it.

    With ``create=False`` a missing file raises FileNotFoundError instead of being created.
    """
    if not create and not Path(path).is_file():
        raise FileNotFoundError(f"no such database: {path}")
    db = Database(sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000))
    db.enable_wal()
    # Safe against a killed process in WAL mode; a power cut may lose the last commits, which
    # the next scan simply redoes.
    db.execute("PRAGMA synchronous = NORMAL")
    # Fold the log into the database every 10,000 pages (40 MB) rather than 1,000: a scan
    # commits once per session, and checkpointing less often costs it a third less.
    db.execute("PRAGMA wal_autocheckpoint = 10000")
    migrate(db)
    return db


@contextmanager
def writing(db: Database) -> Iterator[Database]:
    """A transaction that takes the write lock at once (waiting up to the busy timeout), so
    it cannot fail half-way because another connection wrote after it first read."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        db.rollback()
        raise
    db.commit()


def migrate(db: Database) -> None:
    """Apply the migrations not yet recorded in ``_migrations``, in order, in one transaction."""
    if _pending(db):
        with writing(db):
            for fn in _pending(db):
                fn(db)
                db.execute("INSERT INTO _migrations (name, applied_at) VALUES (?, ?)", [fn.__name__, now()])


def _pending(db: Database) -> list[Callable[[Database], None]]:
    if not db["_migrations"].exists():
        return list(MIGRATIONS)
    applied = {row[0] for row in db.execute("SELECT name FROM _migrations")}
    return [fn for fn in MIGRATIONS if fn.__name__ not in applied]


@migration
def m001_migrations(db: Database) -> None:
    db.execute("CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT)")


@migration
def m002_runs_and_errors(db: Database) -> None:
    db["runs"].create(
        {"id": int, "started": str, "finished": str, "status": str, "paths": str, "jobs": int,
         "configuration": str, "config_hash": str, "files": int, "bytes": int, "sessions": int,
         "checked": int, "unchanged": int, "errors": int, "findings": int},
        pk="id",
    )
    db["errors"].create(
        {"id": int, "run_id": int, "source": str, "line": int, "message": str, "at": str},
        pk="id",
        foreign_keys=[("run_id", "runs", "id")],
    )
    db["errors"].create_index(["run_id"])


@migration
def m003_sessions(db: Database) -> None:
    db["sessions"].create(
        {"session_id": str, "streamer_id": str, "unit_id": str, "date": str, "platform": str,
         "source": str, "content_hash": str, "config_hash": str, "duration_seconds": float,
         "segments": int, "listings": int, "findings": int, "scanned_at": str, "run_id": int,
         "seen_run": int},
        pk="session_id",
        foreign_keys=[("run_id", "runs", "id")],
    )
    db["sessions"].create_index(["streamer_id"])
    db["sessions"].create_index(["unit_id"])
    # AUTOINCREMENT: a segment id is never reused, so ids above search_index.indexed_to are
    # exactly the segments not yet in the text index.
    db.execute(
        'CREATE TABLE segments (id INTEGER PRIMARY KEY AUTOINCREMENT, session_id TEXT NOT NULL, '
        'idx INTEGER NOT NULL, start REAL, "end" REAL, text TEXT NOT NULL)'
    )
    db["segments"].create_index(["session_id", "idx"], unique=True)
    db["listings"].create(
        {"session_id": str, "idx": int, "listing_id": str, "title": str, "brand": str,
         "category": str, "price": float, "list_price": float, "list_price_basis": str,
         "stock": int, "price_history": str},
        pk=("session_id", "idx"),
    )


@migration
def m004_findings(db: Database) -> None:
    db["findings"].create(
        {"id": str, "session_id": str, "ordinal": int, "segment": int, "listing_id": str,
         "start": float, "rule": str, "category": str, "severity": str, "confidence": float,
         "message": str, "evidence": str, "span_start": int, "span_end": int, "basis": str,
         "explanation": str, "run_id": int},
        pk="id",
    )
    db["findings"].create_index(["session_id", "ordinal"])
    db["findings"].create_index(["rule"])


@migration
def m005_segment_search(db: Database) -> None:
    db.execute(
        "CREATE VIRTUAL TABLE segments_fts USING fts5(text, content=segments, content_rowid=id, "
        "tokenize='trigram', detail=none)"
    )
    db.execute("CREATE TABLE search_index (id INTEGER PRIMARY KEY CHECK (id = 1), indexed_to INTEGER NOT NULL)")
    db.execute("INSERT INTO search_index (id, indexed_to) VALUES (1, 0)")


@migration
def m006_complaints(db: Database) -> None:
    db["complaints"].create(
        {"complaint_id": str, "received": str, "streamer_id": str, "unit_id": str, "session_id": str,
         "listing_id": str, "category": str, "status": str, "amount": float, "source": str,
         "imported_at": str, "updated_at": str},
        pk="complaint_id",
    )
    db["complaints"].create_index(["streamer_id"])
    db["complaints"].create_index(["unit_id"])
    db["complaint_history"].create(
        {"id": int, "complaint_id": str, "status": str, "previous_status": str, "source": str,
         "changed_at": str},
        pk="id",
        foreign_keys=[("complaint_id", "complaints", "complaint_id")],
    )
    db["complaint_history"].create_index(["complaint_id"])


@migration
def m007_reviews(db: Database) -> None:
    """Judges' decisions on findings: appended, never edited; the latest per finding counts.

    ``finding_id`` is deliberately not a foreign key: a decision outlives a finding that a
    re-scan with new rules no longer produces (it is then reported as orphaned).
    """
    db.execute(
        "CREATE TABLE reviews (id INTEGER PRIMARY KEY AUTOINCREMENT, finding_id TEXT NOT NULL, "
        "decision TEXT NOT NULL CHECK (decision IN ('confirmed', 'dismissed')), by TEXT NOT NULL, "
        "reason TEXT, at TEXT NOT NULL)"
    )
    db["reviews"].create_index(["finding_id", "id"])


@migration
def m008_run_process(db: Database) -> None:
    """The process that ran a scan, so that a run killed before it could finish (kill -9, power
    loss) reads as ``interrupted`` instead of ``running`` for ever."""
    db["runs"].add_column("pid", int)
    db["runs"].add_column("host", str)


@migration
def m009_folded_search(db: Database) -> None:
    """Search folded text: a ``folded`` column beside ``text``, and the index rebuilt over it
    (by the next search, like any new rows)."""
    db.conn.create_function("fold", 1, fold, deterministic=True)
    db.execute("ALTER TABLE segments ADD COLUMN folded TEXT")
    db.execute("UPDATE segments SET folded = fold(text)")
    db.execute("DROP TABLE segments_fts")
    db.execute(
        "CREATE VIRTUAL TABLE segments_fts USING fts5(folded, content=segments, content_rowid=id, "
        "tokenize='trigram', detail=none)"
    )
    db.execute("UPDATE search_index SET indexed_to = 0")


# --- Runs and errors -------------------------------------------------------------------------


def start_run(db: Database, configuration: dict, config_hash: str, paths: Iterable[str], jobs: int) -> int:
    cursor = db.execute(
        "INSERT INTO runs (started, status, paths, jobs, configuration, config_hash, pid, host) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [now(), "running", json.dumps(list(paths), ensure_ascii=False), jobs,
         json.dumps(configuration, ensure_ascii=False, sort_keys=True), config_hash, os.getpid(), socket.gethostname()],
    )
    return cursor.lastrowid


def runs(db: Database, limit: int | None = None) -> list[dict[str, Any]]:
    """Scan runs, newest first, with their configuration and counts."""
    sql = "SELECT * FROM runs ORDER BY id DESC" + (" LIMIT ?" if limit else "")
    return [_run_dict(row) for row in _rows(db, sql, [limit] if limit else [])]


def finish_run(db: Database, run_id: int, status: str, counts: dict[str, int]) -> None:
    columns = ("files", "bytes", "sessions", "checked", "unchanged", "errors", "findings")
    db.execute(
        f"UPDATE runs SET finished = ?, status = ?, {', '.join(f'{c} = ?' for c in columns)} WHERE id = ?",
        [now(), status, *(counts.get(c, 0) for c in columns), run_id],
    )


def record_error(db: Database, run_id: int, source: str, line: int | None, message: str) -> None:
    db.execute(
        "INSERT INTO errors (run_id, source, line, message, at) VALUES (?, ?, ?, ?, ?)",
        [run_id, source, line, message, now()],
    )


# --- Sessions --------------------------------------------------------------------------------


def stored_state(conn: sqlite3.Connection, session_id: str) -> tuple[str, str, int] | None:
    """(content_hash, config_hash, seen_run) of a stored session, or None."""
    return conn.execute(
        "SELECT content_hash, config_hash, seen_run FROM sessions WHERE session_id = ?", [session_id]
    ).fetchone()


def mark_seen(db: Database, session_id: str, run_id: int) -> None:
    db.execute("UPDATE sessions SET seen_run = ? WHERE session_id = ?", [run_id, session_id])


_SESSION_COLUMNS = ("session_id", "streamer_id", "unit_id", "date", "platform", "source", "content_hash",
                    "config_hash", "duration_seconds", "segments", "listings", "findings", "scanned_at",
                    "run_id", "seen_run")
_UPSERT_SESSION = (
    f"INSERT INTO sessions ({', '.join(_SESSION_COLUMNS)}) VALUES ({', '.join('?' * len(_SESSION_COLUMNS))}) "
    f"ON CONFLICT (session_id) DO UPDATE SET "
    + ", ".join(f"{c} = excluded.{c}" for c in _SESSION_COLUMNS[1:])
)
_INSERT_SEGMENT = 'INSERT INTO segments (session_id, idx, start, "end", text, folded) VALUES (?, ?, ?, ?, ?, ?)'
_INSERT_LISTING = (
    "INSERT INTO listings (session_id, idx, listing_id, title, brand, category, price, list_price, "
    "list_price_basis, stock, price_history) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
FINDING_COLUMNS = ("id", "session_id", "ordinal", "segment", "listing_id", "start", "rule", "category",
                   "severity", "confidence", "message", "evidence", "span_start", "span_end", "basis",
                   "explanation")
_INSERT_FINDING = (
    f"INSERT INTO findings ({', '.join(FINDING_COLUMNS)}, run_id) "
    f"VALUES ({', '.join('?' * (len(FINDING_COLUMNS) + 1))})"
)


def replace_session(db: Database, record: dict[str, Any], config_hash: str, run_id: int) -> None:
    """Store a checked session, replacing what was stored for it, in one transaction.

    ``record`` is what :func:`integrity.store.scan.session_record` makes: a ``session`` row and
    ``segments``, ``listings`` and ``findings`` tuples. Only this session's segments,
    listings and findings are deleted; anything else attached to it stays.
    """
    row = record["session"]
    session_id = row["session_id"]
    values = {**row, "config_hash": config_hash, "scanned_at": now(), "run_id": run_id, "seen_run": run_id}
    conn = db.conn
    with writing(db):
        conn.execute(
            "INSERT INTO segments_fts (segments_fts, rowid, folded) SELECT 'delete', id, folded FROM segments "
            "WHERE session_id = ? AND id <= (SELECT indexed_to FROM search_index)",
            [session_id],
        )
        for table in ("segments", "listings", "findings"):
            conn.execute(f"DELETE FROM {table} WHERE session_id = ?", [session_id])
        conn.execute(_UPSERT_SESSION, [values[c] for c in _SESSION_COLUMNS])
        conn.executemany(_INSERT_SEGMENT, record["segments"])
        conn.executemany(_INSERT_LISTING, record["listings"])
        conn.executemany(_INSERT_FINDING, [(*finding, run_id) for finding in record["findings"]])


# --- Text search -----------------------------------------------------------------------------


def index_text(db: Database, batch: int = 200_000) -> int:
    """Add the segments stored since the last call to the text index; return how many.

    Works in transactions of ``batch`` segments, each moving ``search_index.indexed_to``
    with the rows it adds, so a killed process leaves the index consistent.
    """
    added = 0
    while True:
        with writing(db):
            start = db.execute("SELECT indexed_to FROM search_index").fetchone()[0]
            last = db.execute(
                "SELECT max(id), count(*) FROM (SELECT id FROM segments WHERE id > ? ORDER BY id LIMIT ?)",
                [start, batch],
            ).fetchone()
            if not last[1]:
                return added
            db.execute(
                "INSERT INTO segments_fts (rowid, folded) SELECT id, folded FROM segments WHERE id > ? AND id <= ?",
                [start, last[0]],
            )
            db.execute("UPDATE search_index SET indexed_to = ?", [last[0]])
        added += last[1]


SEARCH_FIELDS = ("session_id", "segment", "start", "end", "text", "streamer_id", "unit_id", "date", "source")


def search(db: Database, query: str, limit: int | None = 50) -> list[dict[str, Any]]:
    """Segments whose text holds every whitespace-separated term of ``query``, both folded
    (``normalize.fold``: traditional/simplified, full/half width, case), in session and segment
    order, with their session's candidates and date.

    Terms of three or more characters narrow the rows through the trigram index; the rows
    past ``indexed_to`` and queries of only shorter terms are matched directly.
    """
    terms = fold(query).split()
    if not terms:
        return []
    like = " AND ".join("s.folded LIKE ? ESCAPE '\\'" for _ in terms)
    args: list[Any] = [f"%{_escape_like(term)}%" for term in terms]
    select = (
        'SELECT s.session_id, s.idx AS segment, s.start, s."end", s.text, ss.streamer_id, ss.unit_id, '
        "ss.date, ss.source FROM segments s JOIN sessions ss ON ss.session_id = s.session_id WHERE "
    )  # the columns of SEARCH_FIELDS
    grams = [gram for term in terms for gram in _trigrams(term)]
    if grams:
        match = " AND ".join('"' + gram.replace('"', '""') + '"' for gram in grams)
        sql = (
            f"{select}s.id IN (SELECT rowid FROM segments_fts WHERE segments_fts MATCH ?) AND {like} UNION ALL "
            f"{select}s.id > (SELECT indexed_to FROM search_index) AND {like}"
        )
        args = [match, *args, *args]
    else:
        sql = select + like
    sql += " ORDER BY 1, 2"
    if limit is not None:
        sql += " LIMIT ?"
        args.append(limit)
    return [dict(row) for row in _rows(db, sql, args)]


def _trigrams(term: str) -> list[str]:
    """Trigrams that cover ``term`` (none when it is shorter): the index keeps no positions,
    so the LIKE that follows checks they are in the right order."""
    if len(term) < 3:
        return []
    return [term[i:i + 3] for i in range(0, len(term) - 3, 3)] + [term[-3:]]


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


# --- Findings and the regulator's summary ----------------------------------------------------


def findings(
    db: Database,
    *,
    candidate: str | None = None,
    category: str | None = None,
    rule: str | None = None,
    session: str | None = None,
) -> Iterator[dict[str, Any]]:
    """Stored findings in the contract's shape plus ``id``, by session then check order.

    ``rule`` is a code or a prefix of codes (``PRC``); ``candidate`` a streamer or unit id.
    """
    clauses, args = [], []
    if candidate:
        clauses.append("f.session_id IN (SELECT session_id FROM sessions WHERE streamer_id = ? OR unit_id = ?)")
        args += [candidate, candidate]
    if category:
        clauses.append("f.category = ?")
        args.append(category)
    if rule:
        clauses.append("(f.rule = ? OR f.rule LIKE ? ESCAPE '\\')")
        args += [rule.upper(), _escape_like(rule.upper()) + "%"]
    if session:
        clauses.append("f.session_id = ?")
        args.append(session)
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    sql = f"SELECT {', '.join('f.' + c for c in FINDING_COLUMNS)} FROM findings f {where} ORDER BY f.session_id, f.ordinal"
    for row in _rows(db, sql, args):
        yield finding_dict(row)


FINDING_FIELDS = ("id", "session_id", "segment", "listing_id", "start", "rule", "category", "severity",
                  "confidence", "message", "evidence", "span", "basis", "explanation")
"""The keys of a finding read back: ``id``, then ``Finding.to_dict()``'s."""


def finding_dict(row: sqlite3.Row) -> dict[str, Any]:
    """A findings row as ``Finding.to_dict()`` shapes it, with ``id`` first."""
    span = [row["span_start"], row["span_end"]] if row["span_start"] is not None else None
    return {
        "id": row["id"],
        "session_id": row["session_id"],
        "segment": row["segment"],
        "listing_id": row["listing_id"],
        "start": row["start"],
        "rule": row["rule"],
        "category": row["category"],
        "severity": row["severity"],
        "confidence": round(row["confidence"], 3),
        "message": row["message"],
        "evidence": row["evidence"],
        "span": span,
        "basis": row["basis"],
        "explanation": json.loads(row["explanation"]),
    }


def summary(db: Database, top: int = 10) -> dict[str, Any]:
    """What a regulator reads first: totals, findings by category, rule and severity, and the
    streamers and units with the most findings per hour streamed.
    """
    sessions, segments, seconds = db.execute(
        "SELECT count(*), coalesce(sum(segments), 0), coalesce(sum(duration_seconds), 0) FROM sessions"
    ).fetchone()

    def counts(column: str) -> dict[str, int]:
        return dict(db.execute(f"SELECT {column}, count(*) FROM findings GROUP BY 1 ORDER BY 2 DESC, 1").fetchall())

    by_rule = [
        {"rule": rule, "category": category, "severity": severity, "findings": n}
        for rule, category, severity, n in db.execute(
            "SELECT rule, category, severity, count(*) FROM findings GROUP BY rule ORDER BY 4 DESC, 1"
        )
    ]
    last_run = runs(db, limit=1)
    return {
        "sessions": sessions,
        "segments": segments,
        "hours": round(seconds / 3600, 2),
        "findings": db.execute("SELECT count(*) FROM findings").fetchone()[0],
        "by_category": counts("category"),
        "by_severity": counts("severity"),
        "by_rule": by_rule,
        "streamers": _candidates(db, "streamer_id", top),
        "units": _candidates(db, "unit_id", top),
        "last_run": last_run[0] if last_run else None,
    }


def _candidates(db: Database, column: str, top: int) -> list[dict[str, Any]]:
    """Candidates by findings per hour (those with no timed segments last), then findings."""
    sql = (
        f"SELECT {column} AS candidate_id, count(*) AS sessions, sum(findings) AS findings, "
        f"sum(duration_seconds) / 3600.0 AS hours FROM sessions WHERE {column} IS NOT NULL GROUP BY 1"
    )
    rows = [
        {
            "candidate_id": row["candidate_id"],
            "sessions": row["sessions"],
            "hours": round(row["hours"], 2),
            "findings": row["findings"],
            "findings_per_hour": round(row["findings"] / row["hours"], 2) if row["hours"] else None,
        }
        for row in _rows(db, sql, [])
    ]
    rows.sort(key=lambda r: (r["findings_per_hour"] is None, -(r["findings_per_hour"] or 0), -r["findings"],
                             r["candidate_id"]))
    return rows[:top]


def _run_dict(row: sqlite3.Row) -> dict[str, Any]:
    run = dict(row)
    run["paths"] = json.loads(run["paths"])
    run["configuration"] = json.loads(run["configuration"])
    if run["status"] == "running" and run.get("host") == socket.gethostname() and not _alive(run.get("pid")):
        run["status"] = "interrupted"
    return run


def _alive(pid: int | None) -> bool:
    """Whether a process of this id runs on this machine (unknown ids count as alive)."""
    if not pid:
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _rows(db: Database, sql: str, args: list[Any]) -> Iterator[sqlite3.Row]:
    cursor = db.conn.cursor()
    cursor.row_factory = sqlite3.Row
    return cursor.execute(sql, args)


# --- Complaints ------------------------------------------------------------------------------


COMPLAINT_COLUMNS = ("complaint_id", "received", "streamer_id", "unit_id", "session_id", "listing_id",
                     "category", "status", "amount")
_INSERT_COMPLAINT = (
    f"INSERT INTO complaints ({', '.join(COMPLAINT_COLUMNS)}, source, imported_at, updated_at) "
    f"VALUES ({', '.join('?' * (len(COMPLAINT_COLUMNS) + 3))})"
)
_UPDATE_COMPLAINT = (
    f"UPDATE complaints SET {', '.join(f'{c} = ?' for c in COMPLAINT_COLUMNS[1:])}, source = ?, updated_at = ? "
    "WHERE complaint_id = ?"
)


def import_complaints(db: Database, complaints: Iterable[Complaint], source: str) -> dict[str, int]:
    """Store complaint records keyed by ``complaint_id``, in one transaction; return the counts
    ``added``, ``updated``, ``unchanged`` and ``status_changes``.

    A record stored with the same values is left alone, so importing a file twice changes
    nothing. A record whose values changed is updated; a new record's status, and every change
    of a stored record's status, is appended to ``complaint_history``. When several records in
    ``complaints`` share an id, the last one counts.
    """
    latest = {complaint.complaint_id: complaint for complaint in complaints}
    counts = {"added": 0, "updated": 0, "unchanged": 0, "status_changes": 0}
    stamp = now()
    select = f"SELECT {', '.join(COMPLAINT_COLUMNS)} FROM complaints WHERE complaint_id = ?"
    with writing(db):
        for complaint_id, complaint in latest.items():
            record = complaint.to_dict()
            values = tuple(record[column] for column in COMPLAINT_COLUMNS)
            stored = db.execute(select, [complaint_id]).fetchone()
            if stored == values:
                counts["unchanged"] += 1
                continue
            if stored is None:
                db.execute(_INSERT_COMPLAINT, [*values, source, stamp, stamp])
                counts["added"] += 1
                previous = None
            else:
                db.execute(_UPDATE_COMPLAINT, [*values[1:], source, stamp, complaint_id])
                counts["updated"] += 1
                previous = stored[COMPLAINT_COLUMNS.index("status")]
            if previous != complaint.status:
                db.execute(
                    "INSERT INTO complaint_history (complaint_id, status, previous_status, source, changed_at) "
                    "VALUES (?, ?, ?, ?, ?)",
                    [complaint_id, complaint.status, previous, source, stamp],
                )
                if previous is not None:
                    counts["status_changes"] += 1
    return counts


def complaint_history(db: Database, complaint_id: str) -> list[dict[str, Any]]:
    """The statuses a complaint has had, oldest first: ``status``, ``previous_status`` (None for
    the first), the ``source`` file that brought it and when (``changed_at``)."""
    sql = ("SELECT status, previous_status, source, changed_at FROM complaint_history "
           "WHERE complaint_id = ? ORDER BY id")
    return [dict(row) for row in _rows(db, sql, [complaint_id])]


# --- What the scorer reads -------------------------------------------------------------------


def scoring_records(
    db: Database, period: Period = Period()
) -> tuple[list[SessionRecord], list[FindingRecord], list[Complaint]]:
    """The sessions, findings and complaints :func:`integrity.rating.scoring.score` needs, read from
    the database; give ``score`` the same ``period``.

    Each finding carries the latest review decision on its id, if any. With a period, only the
    complaints received in it and the findings of the sessions dated in it are read; the sessions
    are those dated in it plus those the complaints name (the scorer leaves the latter out of the
    record, and only uses them to find the unit a complaint about a session answers to).
    """
    in_period, dates = _period_clause("date", period)
    received, received_dates = _period_clause("received", period)
    session_sql = (
        "SELECT session_id, streamer_id, unit_id, date, duration_seconds FROM sessions "
        f"WHERE {in_period} OR session_id IN (SELECT session_id FROM complaints WHERE {received}) ORDER BY session_id"
    )
    sessions = [
        SessionRecord(row["session_id"], row["streamer_id"], row["unit_id"],
                      dt.date.fromisoformat(row["date"]) if row["date"] else None,
                      row["duration_seconds"] / 3600 if row["duration_seconds"] else None)
        for row in _rows(db, session_sql, [*dates, *received_dates])
    ]
    finding_sql = (
        "SELECT f.id, f.session_id, f.rule, f.category, f.severity, f.confidence, f.evidence, f.message, "
        "f.segment, f.start, f.listing_id, r.decision FROM findings f "
        "LEFT JOIN (SELECT finding_id, max(id) AS id FROM reviews GROUP BY finding_id) latest "
        "ON latest.finding_id = f.id LEFT JOIN reviews r ON r.id = latest.id "
        f"WHERE f.session_id IN (SELECT session_id FROM sessions WHERE {in_period}) ORDER BY f.session_id, f.ordinal"
    )
    findings = [
        FindingRecord(row["id"], row["session_id"], row["rule"], row["category"], row["severity"],
                      row["confidence"], row["evidence"] or "", row["message"] or "", row["segment"],
                      row["start"], row["listing_id"], row["decision"])
        for row in _rows(db, finding_sql, dates)
    ]
    complaint_sql = f"SELECT {', '.join(COMPLAINT_COLUMNS)} FROM complaints WHERE {received} ORDER BY complaint_id"
    complaints = [
        Complaint(row["complaint_id"], dt.date.fromisoformat(row["received"]), row["category"], row["status"],
                  row["streamer_id"], row["unit_id"], row["session_id"], row["listing_id"], row["amount"])
        for row in _rows(db, complaint_sql, received_dates)
    ]
    return sessions, findings, complaints


def _period_clause(column: str, period: Period) -> tuple[str, list[str]]:
    """SQL true for an ISO date ``column`` inside ``period`` (any value, NULL too, when it is
    open, as :meth:`Period.contains` has it), and its arguments."""
    if period.is_open:
        return "1", []
    clauses, args = [f"{column} IS NOT NULL"], []
    if period.start:
        clauses.append(f"{column} >= ?")
        args.append(period.start.isoformat())
    if period.end:
        clauses.append(f"{column} <= ?")
        args.append(period.end.isoformat())
    return "(" + " AND ".join(clauses) + ")", args
