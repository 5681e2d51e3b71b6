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
folds it (traditional to simplified, full width to half width, case), so 全网最低 finds 全網最低.
It has the layout of sqlite-utils' ``enable_fts``, so sqlite-utils and Datasette find it. Indexing
row by row, in each session's transaction, would cost several times the checking itself, so a
scan adds the segments it stored in bulk (``search.index_text``), every 100,000 and at its end;
``search_index.indexed_to`` records how far the index got, and ``integrity search`` matches the
rows after it directly, so its results are complete even after a scan was killed.

Foreign keys tie segments, listings and findings to their session, for the tools that follow
them (Datasette links them); SQLite does not enforce them unless asked, and the one writer
keeps them true (``PRAGMA foreign_key_check`` finds nothing). Reviews are deliberately not
tied to findings. ``VIEWS`` are the
queries a person reads first (findings with their session and the decision in force, the
decisions in force, each candidate's activity); they are derived, and made again after
migrations.
"""
from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from integrity.store import ledger
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
    """Apply the migrations not yet recorded in ``_migrations``, in order, in one transaction,
    and bring the views (``VIEWS``) up to date.

    The views are dropped while migrations run and made again after them, so that a migration
    may rebuild any table a view reads (SQLite refuses to rename a table while a view names a
    table that is missing).
    """
    if _pending(db):
        with writing(db):
            _drop_views(db)
            for fn in _pending(db):
                fn(db)
                db.execute("INSERT INTO _migrations (name, applied_at) VALUES (?, ?)", [fn.__name__, now()])
            _create_views(db)
    elif _stale_views(db):
        with writing(db):
            _drop_views(db)
            _create_views(db)


VIEWS: dict[str, str] = {}
"""Views a person reading the database queries first, by name: their SQL (``CREATE VIEW name AS``
followed by this). Derived from the tables, so they are made again whenever they change."""


def view(name: str, sql: str) -> None:
    VIEWS[name] = " ".join(sql.split())


def _view_sql(name: str) -> str:
    return f"CREATE VIEW {name} AS {VIEWS[name]}"


def _stale_views(db: Database) -> bool:
    present = dict(db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'view'").fetchall())
    return present != {name: _view_sql(name) for name in VIEWS}


def _drop_views(db: Database) -> None:
    for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'view'").fetchall():
        db.execute(f"DROP VIEW [{name}]")


def _create_views(db: Database) -> None:
    for name in VIEWS:
        db.execute(_view_sql(name))


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


# --- The database as others read it: foreign keys, full-text search, views ------------------


def _rebuild(db: Database, table: str, create: str, indexes: list[str]) -> None:
    """Rebuild ``table`` from ``create`` (its new definition, for a table named ``{table}_new``),
    keeping every row, every column (one added by a later migration that ran first, on a branch,
    is added to the new table too) and its AUTOINCREMENT counter, then make its ``indexes`` again."""
    sequence = db.execute("SELECT seq FROM sqlite_sequence WHERE name = ?", [table]).fetchone() \
        if db["sqlite_sequence"].exists() else None
    columns = ", ".join(f"[{c.name}]" for c in db[table].columns)
    db.execute(create)
    defined = {row[1] for row in db.execute(f"PRAGMA table_info([{table}_new])").fetchall()}
    for column in db[table].columns:
        if column.name not in defined:
            db.execute(f"ALTER TABLE [{table}_new] ADD COLUMN [{column.name}] {column.type}")
    db.execute(f"INSERT INTO [{table}_new] ({columns}) SELECT {columns} FROM [{table}]")
    db.execute(f"DROP TABLE [{table}]")
    db.execute(f"ALTER TABLE [{table}_new] RENAME TO [{table}]")
    if sequence is not None:
        db.execute("DELETE FROM sqlite_sequence WHERE name = ?", [table])
        db.execute("INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)", [table, sequence[0]])
    for index in indexes:
        db.execute(index)


@migration
def m020_foreign_keys(db: Database) -> None:
    """Segments, listings and findings name their session by a foreign key (findings their run
    too), so that sqlite-utils and Datasette link them. Reviews do not: a decision outlives a
    finding a re-scan no longer produces (the ``findings_reviewed`` view links them)."""
    _rebuild(db, "segments", (
        "CREATE TABLE segments_new (id INTEGER PRIMARY KEY AUTOINCREMENT, "
        "session_id TEXT NOT NULL REFERENCES sessions(session_id), idx INTEGER NOT NULL, start REAL, "
        '"end" REAL, text TEXT NOT NULL, folded TEXT)'
    ), ['CREATE UNIQUE INDEX "idx_segments_session_id_idx" ON "segments" ("session_id", "idx")'])
    _rebuild(db, "listings", (
        "CREATE TABLE listings_new (session_id TEXT REFERENCES sessions(session_id), idx INTEGER, "
        "listing_id TEXT, title TEXT, brand TEXT, category TEXT, price REAL, list_price REAL, "
        "list_price_basis TEXT, stock INTEGER, price_history TEXT, PRIMARY KEY (session_id, idx))"
    ), [])
    _rebuild(db, "findings", (
        "CREATE TABLE findings_new (id TEXT PRIMARY KEY, session_id TEXT REFERENCES sessions(session_id), "
        "ordinal INTEGER, segment INTEGER, listing_id TEXT, start REAL, rule TEXT, category TEXT, severity TEXT, "
        "confidence REAL, message TEXT, evidence TEXT, span_start INTEGER, span_end INTEGER, basis TEXT, "
        "explanation TEXT, run_id INTEGER REFERENCES runs(id))"
    ), ['CREATE INDEX "idx_findings_session_id_ordinal" ON "findings" ("session_id", "ordinal")',
        'CREATE INDEX "idx_findings_rule" ON "findings" ("rule")'])


@migration
def m021_segment_search_for_datasette(db: Database) -> None:
    """The text index in the layout of sqlite-utils' ``enable_fts`` (``segments_fts`` with
    ``content=[segments]``), which sqlite-utils and Datasette detect, and with full detail, so
    that their phrase queries work; scans keep it up to date from the next one on."""
    db.execute("DROP TABLE segments_fts")
    db.execute(FTS_TABLE)
    # Scans add to the index in bulk: merging its b-trees as it grows ('automerge') costs a fifth
    # of the indexing; SQLite still merges a level that reaches 16 of them ('crisismerge').
    db.execute("INSERT INTO segments_fts (segments_fts, rank) VALUES ('automerge', 0)")
    db.execute("UPDATE search_index SET indexed_to = 0")


FTS_TABLE = """CREATE VIRTUAL TABLE [segments_fts] USING FTS5 (
    [folded],
    tokenize='trigram',
    content=[segments]
)"""


view("decisions_in_force", """
    SELECT r.finding_id, r.decision, r.by AS decided_by, r.reason, r.at AS decided_at, r.id AS review_id,
           EXISTS (SELECT 1 FROM findings f WHERE f.id = r.finding_id) AS finding_stored
    FROM reviews r WHERE r.id IN (SELECT max(id) FROM reviews GROUP BY finding_id)
""")

view("findings_reviewed", """
    SELECT f.id, s.streamer_id, s.unit_id, s.platform, s.date, f.session_id,
           CASE WHEN f.start IS NULL THEN NULL ELSE printf('%02d:%02d:%02d', CAST(f.start AS INTEGER) / 3600,
                CAST(f.start AS INTEGER) / 60 % 60, CAST(f.start AS INTEGER) % 60) END AS timestamp,
           f.segment + 1 AS segment_no, f.listing_id, f.rule, f.category, f.severity, f.confidence, f.evidence,
           f.message, f.basis, json_extract(f.corrected, '$.evidence') AS corrected, d.decision, d.decided_by,
           d.reason, d.decided_at, f.ordinal
    FROM findings f JOIN sessions s ON s.session_id = f.session_id
    LEFT JOIN decisions_in_force d ON d.finding_id = f.id
""")

view("candidate_activity", """
    WITH counts AS (
        SELECT f.session_id, count(*) AS findings, sum(f.category = 'price') AS price,
               sum(f.category = 'counterfeit') AS counterfeit, sum(f.category = 'wording') AS wording,
               sum(d.decision = 'confirmed') AS confirmed, sum(d.decision = 'dismissed') AS dismissed
        FROM findings f LEFT JOIN decisions_in_force d ON d.finding_id = f.id GROUP BY f.session_id
    ), per_session AS (
        SELECT s.streamer_id, s.unit_id, s.date, coalesce(s.duration_seconds, 0) AS seconds,
               coalesce(c.findings, 0) AS findings, coalesce(c.price, 0) AS price,
               coalesce(c.counterfeit, 0) AS counterfeit, coalesce(c.wording, 0) AS wording,
               coalesce(c.confirmed, 0) AS confirmed, coalesce(c.dismissed, 0) AS dismissed
        FROM sessions s LEFT JOIN counts c ON c.session_id = s.session_id
    ), candidates AS (
        SELECT 'streamer' AS kind, streamer_id AS candidate_id, * FROM per_session WHERE streamer_id IS NOT NULL
        UNION ALL
        SELECT 'unit' AS kind, unit_id AS candidate_id, * FROM per_session WHERE unit_id IS NOT NULL
    )
    SELECT kind, candidate_id, count(*) AS sessions, min(date) AS first_date, max(date) AS last_date,
           round(sum(seconds) / 3600.0, 2) AS hours, sum(findings) AS findings, sum(price) AS price_findings,
           sum(counterfeit) AS counterfeit_findings, sum(wording) AS wording_findings,
           sum(confirmed) AS confirmed, sum(dismissed) AS dismissed,
           sum(findings) - sum(confirmed) - sum(dismissed) AS open,
           (SELECT count(*) FROM complaints c WHERE CASE kind WHEN 'streamer' THEN c.streamer_id ELSE c.unit_id END
                = candidate_id) AS complaints
    FROM candidates GROUP BY kind, candidate_id
""")


@migration
def m040_corrections(db: Database) -> None:
    """The on-the-spot correction that took a finding's claim back, as JSON (``{"segment",
    "start", "evidence"}``), or NULL. Findings stored before it read as not corrected until the
    next scan, which checks them again (the checker's configuration changed with it)."""
    db.execute("ALTER TABLE findings ADD COLUMN corrected TEXT")


@migration
def m041_api_tokens(db: Database) -> None:
    """Tokens for the HTTP API (``integrity tokens``): a name never reused, the sha256 of the
    token (never the token), when it was made and revoked, and its own request limit."""
    db.execute(
        "CREATE TABLE api_tokens (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL UNIQUE, "
        "hash TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL, revoked_at TEXT, per_minute INTEGER)"
    )


@migration
def m011_decision_record(db: Database) -> None:
    """The decision record made tamper-evident (``integrity.store.ledger``): reviews and complaint
    status changes get ``prev_hash`` and ``hash`` (the rows kept so far are chained in the order
    they were added), reviews the OS user who ran the command (unknown for the rows before), a
    ``signed_heads`` table for the signatures of the chains' heads, and triggers that refuse any
    UPDATE or DELETE of the three. The rows chained here are not signed: there is no key in a
    migration (``integrity keys sign`` signs them once)."""
    db.execute("ALTER TABLE reviews ADD COLUMN os_user TEXT")
    for chain in ledger.CHAINS:
        db.execute(f"ALTER TABLE {chain.table} ADD COLUMN prev_hash TEXT")
        db.execute(f"ALTER TABLE {chain.table} ADD COLUMN hash TEXT")
        prev = ledger.GENESIS
        columns = ", ".join(f"[{c}]" for c in chain.columns)
        for values in db.execute(f"SELECT {columns} FROM {chain.table} ORDER BY id").fetchall():
            digest = ledger.row_hash(chain.table, prev, values)
            db.execute(f"UPDATE {chain.table} SET prev_hash = ?, hash = ? WHERE id = ?", [prev, digest, values[0]])
            prev = digest
    db.execute(
        "CREATE TABLE signed_heads (id INTEGER PRIMARY KEY AUTOINCREMENT, chain TEXT NOT NULL, "
        "row_id INTEGER NOT NULL, hash TEXT NOT NULL, signature TEXT NOT NULL, at TEXT NOT NULL)"
    )
    for table in (*(chain.table for chain in ledger.CHAINS), "signed_heads"):
        for action in ("UPDATE", "DELETE"):
            db.execute(
                f"CREATE TRIGGER {table}_no_{action.lower()} BEFORE {action} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{table} is append-only: the decision record is never edited'); END"
            )
