"""Complaint records in the database: imported keyed by id, each status change kept.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlite_utils import Database

from integrity.read.complaints import Complaint
from integrity.store import ledger
from integrity.store.schema import now, rows, writing

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


def import_complaints(db: Database, complaints: Iterable[Complaint], source: str, *,
                      key: bytes) -> dict[str, int]:
    """Store complaint records keyed by ``complaint_id``, in one transaction; return the counts
    ``added``, ``updated``, ``unchanged`` and ``status_changes``.

    A record stored with the same values is left alone, so importing a file twice changes
    nothing. A record whose values changed is updated; a new record's status, and every change
    of a stored record's status, is appended to ``complaint_history``, which is part of the
    decision record (``integrity.store.ledger``): chained, and its head signed with ``key`` at
    the end of the import; nothing is written when that record does not verify
    (``ledger.RecordError``). When several records in ``complaints`` share an id, the last one
    counts.
    """
    latest = {complaint.complaint_id: complaint for complaint in complaints}
    counts = {"added": 0, "updated": 0, "unchanged": 0, "status_changes": 0}
    stamp = now()
    select = f"SELECT {', '.join(COMPLAINT_COLUMNS)} FROM complaints WHERE complaint_id = ?"
    with writing(db):
        ledger.check_chain(db, ledger.COMPLAINT_HISTORY, key)
        appended = False
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
                ledger.append(db, ledger.COMPLAINT_HISTORY, {
                    "complaint_id": complaint_id, "status": complaint.status, "previous_status": previous,
                    "source": source, "changed_at": stamp})
                appended = True
                if previous is not None:
                    counts["status_changes"] += 1
        if appended:
            ledger.sign_head(db, ledger.COMPLAINT_HISTORY, key, stamp)
    return counts


def complaint_history(db: Database, complaint_id: str) -> list[dict[str, Any]]:
    """The statuses a complaint has had, oldest first: ``status``, ``previous_status`` (None for
    the first), the ``source`` file that brought it and when (``changed_at``)."""
    sql = ("SELECT status, previous_status, source, changed_at FROM complaint_history "
           "WHERE complaint_id = ? ORDER BY id")
    return [dict(row) for row in rows(db, sql, [complaint_id])]
