"""What the scorer reads from the database: sessions, findings with the judges' decision in
force, and complaints, for a period.
"""
from __future__ import annotations

import datetime as dt
import json

from sqlite_utils import Database

from integrity.detect.finding import Correction
from integrity.rating.scoring import FindingRecord, Period, SessionRecord
from integrity.read.complaints import Complaint
from integrity.store.complaints import COMPLAINT_COLUMNS
from integrity.store.schema import rows


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
    in_period, dates = period_clause("date", period)
    received, received_dates = period_clause("received", period)
    session_sql = (
        "SELECT session_id, streamer_id, unit_id, date, duration_seconds FROM sessions "
        f"WHERE {in_period} OR session_id IN (SELECT session_id FROM complaints WHERE {received}) ORDER BY session_id"
    )
    sessions = [
        SessionRecord(row["session_id"], row["streamer_id"], row["unit_id"],
                      dt.date.fromisoformat(row["date"]) if row["date"] else None,
                      row["duration_seconds"] / 3600 if row["duration_seconds"] else None)
        for row in rows(db, session_sql, [*dates, *received_dates])
    ]
    finding_sql = (
        "SELECT f.id, f.session_id, f.rule, f.category, f.severity, f.confidence, f.evidence, f.message, "
        "f.segment, f.start, f.listing_id, f.corrected, r.decision FROM findings f "
        "LEFT JOIN (SELECT finding_id, max(id) AS id FROM reviews GROUP BY finding_id) latest "
        "ON latest.finding_id = f.id LEFT JOIN reviews r ON r.id = latest.id "
        f"WHERE f.session_id IN (SELECT session_id FROM sessions WHERE {in_period}) ORDER BY f.session_id, f.ordinal"
    )
    findings = [
        FindingRecord(row["id"], row["session_id"], row["rule"], row["category"], row["severity"],
                      row["confidence"], row["evidence"] or "", row["message"] or "", row["segment"],
                      row["start"], row["listing_id"], row["decision"],
                      Correction(**json.loads(row["corrected"])) if row["corrected"] else None)
        for row in rows(db, finding_sql, dates)
    ]
    complaint_sql = f"SELECT {', '.join(COMPLAINT_COLUMNS)} FROM complaints WHERE {received} ORDER BY complaint_id"
    complaints = [
        Complaint(row["complaint_id"], dt.date.fromisoformat(row["received"]), row["category"], row["status"],
                  row["streamer_id"], row["unit_id"], row["session_id"], row["listing_id"], row["amount"])
        for row in rows(db, complaint_sql, received_dates)
    ]
    return sessions, findings, complaints


def period_clause(column: str, period: Period) -> tuple[str, list[str]]:
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
