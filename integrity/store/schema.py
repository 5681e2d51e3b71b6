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
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from integrity.text.normalize import fold

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




def escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


# --- Findings and the regulator's summary ----------------------------------------------------


def rows(db: Database, sql: str, args: list[Any]) -> Iterator[sqlite3.Row]:
    cursor = db.conn.cursor()
    cursor.row_factory = sqlite3.Row
    return cursor.execute(sql, args)


# --- What the scorer reads -------------------------------------------------------------------


@migration
def m010_accounts(db: Database) -> None:
    """Accounts of the people who decide and read: judges, regulators and admins, each with a
    password hash (scrypt) and whether the account is active. Names are never reused."""
    db.execute(
        "CREATE TABLE accounts (name TEXT PRIMARY KEY, role TEXT NOT NULL CHECK (role IN ('judge', 'regulator', "
        "'admin')), password TEXT NOT NULL, active INTEGER NOT NULL DEFAULT 1, created_at TEXT NOT NULL, "
        "updated_at TEXT NOT NULL)"
    )


@migration
def m030_profiles(db: Database) -> None:
    """The scoring profile an admin chose for the web workbench: each choice appended (the
    profile's TOML text, its name, version and sha256, who chose it and when); the latest is
    in force."""
    db.execute(
        "CREATE TABLE profiles (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, version TEXT NOT NULL, "
        "sha256 TEXT NOT NULL, source TEXT NOT NULL, toml TEXT NOT NULL, chosen_by TEXT NOT NULL, "
        "chosen_at TEXT NOT NULL)"
    )
