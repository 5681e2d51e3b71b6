"""Reading the database back: findings, the regulator's summary and the scan runs.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import socket
import sqlite3
from collections.abc import Iterator
from typing import Any

from sqlite_utils import Database

from integrity.store import schema
from integrity.store.schema import escape_like
from integrity.store.sessions import FINDING_COLUMNS


_ID_QUERIES = {
    "candidate": "SELECT streamer_id FROM sessions UNION SELECT unit_id FROM sessions "
                 "UNION SELECT streamer_id FROM complaints UNION SELECT unit_id FROM complaints",
    "session": "SELECT session_id FROM sessions",
    "finding": "SELECT id FROM findings",
    "recorded": "SELECT id FROM findings UNION SELECT finding_id FROM reviews",
}


def known_ids(db: Database, kind: str) -> list[str]:
    """Every stored id of a ``kind``: ``candidate`` (streamers and units of the sessions and the
    complaints), ``session``, ``finding``, or ``recorded`` (findings, and those with decisions
    that a re-scan no longer produces)."""
    return [row[0] for row in db.execute(_ID_QUERIES[kind]) if row[0] is not None]


def is_known(db: Database, kind: str, value: str) -> bool:
    """Whether ``value`` is a stored id of ``kind`` (see :func:`known_ids`)."""
    return db.execute(f"WITH known (id) AS ({_ID_QUERIES[kind]}) SELECT 1 FROM known WHERE id = ? LIMIT 1",
                      [value]).fetchone() is not None


def runs(db: Database, limit: int | None = None) -> list[dict[str, Any]]:
    """Scan runs, newest first, with their configuration and counts."""
    sql = "SELECT * FROM runs ORDER BY id DESC" + (" LIMIT ?" if limit else "")
    return [_run_dict(row) for row in schema.rows(db, sql, [limit] if limit else [])]


def dated(column: str, since: dt.date | None, until: dt.date | None) -> tuple[str, list[str]]:
    """SQL true for an ISO date ``column`` from ``since`` to ``until`` (both included; an undated
    row only when neither is given), and its arguments."""
    if since is None and until is None:
        return "1", []
    clauses, args = [f"{column} IS NOT NULL"], []
    if since:
        clauses.append(f"{column} >= ?")
        args.append(since.isoformat())
    if until:
        clauses.append(f"{column} <= ?")
        args.append(until.isoformat())
    return "(" + " AND ".join(clauses) + ")", args


EXPORT_COLUMNS = ("id", "streamer_id", "unit_id", "platform", "date", "session_id", "timestamp", "segment_no",
                  "listing_id", "rule", "category", "severity", "confidence", "evidence", "message", "basis",
                  "decision", "decided_by", "reason", "decided_at", "corrected")
"""What an export of findings carries for a regulator (the view ``findings_reviewed``): where and
when, what was found and on what basis, the judges' decision in force with who, why, when, and
the words of an on-the-spot correction."""


def finding_exports(db: Database, **filters: Any) -> Iterator[dict[str, Any]]:
    """The findings :func:`findings` selects with the same ``filters``, as EXPORT_COLUMNS rows,
    in the same order."""
    where, args = _finding_filter(**filters)
    sql = (f"SELECT {', '.join('f.' + c for c in EXPORT_COLUMNS)} FROM findings_reviewed f {where} "
           "ORDER BY f.session_id, f.ordinal")
    for row in schema.rows(db, sql, args):
        yield dict(row)


def findings(
    db: Database,
    *,
    candidate: str | None = None,
    category: str | None = None,
    rule: str | None = None,
    session: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> Iterator[dict[str, Any]]:
    """Stored findings in the contract's shape plus ``id``, by session then check order.

    ``rule`` is a code or a prefix of codes (``PRC``); ``candidate`` a streamer or unit id;
    ``since`` and ``until`` keep the sessions dated in that period.
    """
    where, args = _finding_filter(candidate=candidate, category=category, rule=rule, session=session,
                                  since=since, until=until)
    sql = f"SELECT {', '.join('f.' + c for c in FINDING_COLUMNS)} FROM findings f {where} ORDER BY f.session_id, f.ordinal"
    for row in schema.rows(db, sql, args):
        yield finding_dict(row)


def _finding_filter(
    *,
    candidate: str | None = None,
    category: str | None = None,
    rule: str | None = None,
    session: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> tuple[str, list[Any]]:
    """The WHERE clause (on findings as ``f``) and its arguments for :func:`findings`' filters."""
    clauses, args = [], []
    if candidate:
        clauses.append("f.session_id IN (SELECT session_id FROM sessions WHERE streamer_id = ? OR unit_id = ?)")
        args += [candidate, candidate]
    if category:
        clauses.append("f.category = ?")
        args.append(category)
    if rule:
        clauses.append("(f.rule = ? OR f.rule LIKE ? ESCAPE '\\')")
        args += [rule.upper(), escape_like(rule.upper()) + "%"]
    if session:
        clauses.append("f.session_id = ?")
        args.append(session)
    if since or until:
        in_period, dates = dated("date", since, until)
        clauses.append(f"f.session_id IN (SELECT session_id FROM sessions WHERE {in_period})")
        args += dates
    return (f"WHERE {' AND '.join(clauses)}" if clauses else ""), args


FINDING_FIELDS = ("id", "session_id", "segment", "listing_id", "start", "rule", "category", "severity",
                  "confidence", "message", "evidence", "span", "basis", "corrected", "explanation")


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
        "corrected": json.loads(row["corrected"]) if row["corrected"] else None,
        "explanation": json.loads(row["explanation"]),
    }


MIN_HOURS = 1.0
"""The hours a streamer or unit must have streamed to be ranked by findings per hour."""


def summary(db: Database, top: int = 10, *, since: dt.date | None = None, until: dt.date | None = None,
            min_hours: float = MIN_HOURS) -> dict[str, Any]:
    """What a regulator reads first: totals, findings by category, rule and severity, and the
    streamers and units with the most findings per hour streamed, among those that streamed
    ``min_hours`` or more (one short session must not lead the ranking); for the sessions
    dated from ``since`` to ``until`` when given.
    """
    in_period, dates = dated("date", since, until)
    sessions, segments, seconds = db.execute(
        f"SELECT count(*), coalesce(sum(segments), 0), coalesce(sum(duration_seconds), 0) FROM sessions "
        f"WHERE {in_period}", dates
    ).fetchone()
    of_sessions = f"session_id IN (SELECT session_id FROM sessions WHERE {in_period})"

    def counts(column: str) -> dict[str, int]:
        return dict(db.execute(f"SELECT {column}, count(*) FROM findings WHERE {of_sessions} GROUP BY 1 "
                               "ORDER BY 2 DESC, 1", dates).fetchall())

    by_rule = [
        {"rule": rule, "category": category, "severity": severity, "findings": n}
        for rule, category, severity, n in db.execute(
            f"SELECT rule, category, severity, count(*) FROM findings WHERE {of_sessions} GROUP BY rule "
            "ORDER BY 4 DESC, 1", dates
        )
    ]
    last_run = runs(db, limit=1)
    streamers, short_streamers = per_hour_ranking(db, "streamer_id", top, since=since, until=until, min_hours=min_hours)
    units, short_units = per_hour_ranking(db, "unit_id", top, since=since, until=until, min_hours=min_hours)
    return {
        "since": since.isoformat() if since else None,
        "until": until.isoformat() if until else None,
        "sessions": sessions,
        "segments": segments,
        "hours": round(seconds / 3600, 2),
        "findings": db.execute(f"SELECT count(*) FROM findings WHERE {of_sessions}", dates).fetchone()[0],
        "by_category": counts("category"),
        "by_severity": counts("severity"),
        "by_rule": by_rule,
        "min_hours": min_hours,
        "streamers": streamers,
        "units": units,
        "not_ranked": {"streamers": short_streamers, "units": short_units},
        "last_run": last_run[0] if last_run else None,
    }


def per_hour_ranking(db: Database, column: str, top: int, *, since: dt.date | None = None,
                     until: dt.date | None = None, min_hours: float = MIN_HOURS) -> tuple[list[dict[str, Any]], int]:
    """The streamers (``column`` ``streamer_id``) or units (``unit_id``) that streamed
    ``min_hours`` or more in the sessions dated from ``since`` to ``until``, by findings per hour,
    then findings, the ``top`` first; and how many streamed less (they are not ranked)."""
    in_period, dates = dated("date", since, until)
    sql = (
        f"SELECT {column} AS candidate_id, count(*) AS sessions, sum(findings) AS findings, "
        f"sum(duration_seconds) / 3600.0 AS hours FROM sessions WHERE {column} IS NOT NULL AND {in_period} GROUP BY 1"
    )
    rows = [
        {
            "candidate_id": row["candidate_id"],
            "sessions": row["sessions"],
            "hours": round(row["hours"], 2),
            "findings": row["findings"],
            "findings_per_hour": round(row["findings"] / row["hours"], 2) if row["hours"] else None,
        }
        for row in schema.rows(db, sql, dates)
    ]
    ranked = [r for r in rows if r["hours"] >= min_hours and r["findings_per_hour"] is not None]
    ranked.sort(key=lambda r: (-r["findings_per_hour"], -r["findings"], r["candidate_id"]))
    return ranked[:top], len(rows) - len(ranked)


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
"""The keys of a finding read back: ``id``, then ``Finding.to_dict()``'s."""
