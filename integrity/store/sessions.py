"""Writing scans: runs, errors, and checked sessions stored one transaction each.
"""
from __future__ import annotations

import json
import os
import socket
import sqlite3
from collections.abc import Iterable
from typing import Any

from sqlite_utils import Database

from integrity.store.schema import now, writing


def start_run(db: Database, configuration: dict, config_hash: str, paths: Iterable[str], jobs: int) -> int:
    cursor = db.execute(
        "INSERT INTO runs (started, status, paths, jobs, configuration, config_hash, pid, host) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [now(), "running", json.dumps(list(paths), ensure_ascii=False), jobs,
         json.dumps(configuration, ensure_ascii=False, sort_keys=True), config_hash, os.getpid(), socket.gethostname()],
    )
    return cursor.lastrowid


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
                   "explanation", "corrected")


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
