"""Batch scanning: check files and folders of sessions into the database, incrementally.

The parent process lists the input files, cuts large ``.jsonl`` files into parts, and alone
writes to the database. Worker processes (``parallel.py``), each handed the loaded Checker
once, at start, read a part; for each session they hash its content, skip it when the database
already holds it with the same content and checker configuration, and otherwise check it and
turn it into plain rows (:func:`session_record`, a pure function of the session and its
findings). Results come back in input order and each session is stored in its own transaction,
so a scan killed at any moment and run again ends with exactly the findings of an
uninterrupted one.

A session id names one session in a scan: a later copy with other content is reported as an
error and the first copy kept, whether or not the scan was interrupted in between.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date as Date
from typing import Any

from sqlite_utils import Database

from integrity.detect.checker import Checker
from integrity.detect.finding import Finding
from integrity.findings import parallel
from integrity.findings.batch import check_one, read_guarded
from integrity.findings.parallel import (
    PART_BYTES,
    Part,
    default_jobs,
    input_files,
    plan,
)
from integrity.read.attribution import Attribution
from integrity.read.files import MAX_FILE_SIZE, shown_path
from integrity.read.model import InputError, Listing, Session
from integrity.read.sessions import read_jsonl_part, read_sessions
from integrity.store import schema, search, sessions
from integrity.text.normalize import fold

# --- The pure part: a session in, rows out ---------------------------------------------------


def content_hash(session: Session) -> str:
    """sha256 of a canonical JSON of what the session holds: ids, date, segments, listings.

    The file it came from and keys the contract does not define are left out, so the same
    session read again, from any file, has the same hash.
    """
    document = [
        session.session_id, session.streamer_id, session.unit_id, _iso(session.date), session.platform,
        [[s.text, s.start, s.end] for s in session.segments],
        [_listing_values(listing) for listing in session.listings],
    ]
    return hashlib.sha256(json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode()).hexdigest()


def finding_ids(session: Session, findings: Iterable[Finding]) -> list[str]:
    """A stable id per finding: a short hash of session, rule, listing, the segment's text and
    the evidence, and which occurrence it is among findings with all of those equal.

    Positions (segment index, start time, span) are left out, so an id survives a re-scan and
    edits elsewhere in the transcript.
    """
    seen: Counter[str] = Counter()
    ids = []
    for finding in findings:
        text = "" if finding.segment is None else session.segments[finding.segment].text
        key = "\x1f".join((
            finding.session_id, finding.rule, finding.listing_id or "",
            hashlib.sha256(text.encode()).hexdigest() if text else "", finding.evidence,
        ))
        ids.append(hashlib.sha256(f"{key}\x1f{seen[key]}".encode()).hexdigest()[:16])
        seen[key] += 1
    return ids


def session_record(session: Session, findings: list[Finding], content: str) -> dict[str, Any]:
    """The rows that store a checked session: plain data, cheap to send between processes."""
    sid = session.session_id
    times = [t for s in session.segments for t in (s.start, s.end) if t is not None]
    return {
        "session_id": sid,
        "content_hash": content,
        "checked": True,
        "source": session.source,
        "session": {
            "session_id": sid, "streamer_id": session.streamer_id, "unit_id": session.unit_id,
            "date": _iso(session.date), "platform": session.platform, "source": session.source,
            "content_hash": content,
            "duration_seconds": max(times) - min(times) if times else 0.0,
            "segments": len(session.segments), "listings": len(session.listings), "findings": len(findings),
        },
        "segments": [(sid, s.index, s.start, s.end, s.text, fold(s.text)) for s in session.segments],
        "listings": [(sid, i, *values[:-1], json.dumps(values[-1], ensure_ascii=False))
                     for i, values in enumerate(map(_listing_values, session.listings))],
        "findings": [
            (fid, sid, ordinal, f.segment, f.listing_id, f.start, f.rule, f.category, f.severity, f.confidence,
             f.message, f.evidence, *(f.span or (None, None)), f.basis,
             json.dumps(f.explanation, ensure_ascii=False),
             json.dumps(f.corrected.to_dict(), ensure_ascii=False) if f.corrected else None)
            for ordinal, (fid, f) in enumerate(zip(finding_ids(session, findings), findings))
        ],
    }


def _iso(value: Date | None) -> str | None:
    return value.isoformat() if value else None


def _listing_values(listing: Listing) -> list[Any]:
    return [listing.listing_id, listing.title, listing.brand, listing.category, listing.price,
            listing.list_price, listing.list_price_basis, listing.stock, _history(listing)]


def _history(listing: Listing) -> list[dict[str, Any]]:
    return [{"date": point.date.isoformat(), "price": point.price} for point in listing.price_history]


# --- Work: parts of the input, and the worker that handles one -------------------------------


class Worker:
    """Reads parts and checks their sessions; one per worker process, built once.

    Holds only the loaded Checker, the listings and date for plain transcripts, and a
    read-only connection to look up what is stored.
    """

    def __init__(self, checker: Checker, db_path: str, listings: tuple[Listing, ...], attribution: Attribution,
                 max_bytes: int = MAX_FILE_SIZE):
        self.checker = checker
        self.max_bytes = max_bytes
        self.fingerprint = checker.fingerprint
        self.listings = listings
        self.attribution = attribution
        self.conn = sqlite3.connect(db_path, timeout=schema.BUSY_TIMEOUT_MS / 1000)
        self.conn.execute("PRAGMA query_only = 1")

    def process(self, part: Part) -> dict[str, Any]:
        """``{"bytes", "records", "errors"}`` for one part; errors are (source, line, message)."""
        records: list[dict[str, Any]] = []
        errors: list[tuple[str, int | None, str]] = []
        if part.end is None:
            items = read_sessions(part.path, listings=self.listings, attribution=self.attribution,
                                  max_bytes=self.max_bytes)
        else:
            items = read_jsonl_part(part.path, part.start, part.end, part.first_line,
                                    listings=self.listings, attribution=self.attribution, max_bytes=self.max_bytes)
        for item in read_guarded(items, shown_path(part.path)):
            outcome = item if isinstance(item, InputError) else self._record(item)
            if isinstance(outcome, InputError):
                errors.append((outcome.source, outcome.line, outcome.message))
            else:
                records.append(outcome)
        return {"bytes": part.size, "records": records, "errors": errors}

    def _record(self, session: Session) -> dict[str, Any] | InputError:
        content = content_hash(session)
        stored = sessions.stored_state(self.conn, session.session_id)
        if stored and stored[:2] == (content, self.fingerprint):
            return {"session_id": session.session_id, "content_hash": content, "checked": False,
                    "source": session.source}
        findings = check_one(self.checker, session)
        if isinstance(findings, InputError):
            return findings
        return session_record(session, findings, content)

    def close(self) -> None:
        self.conn.close()


# --- The scan --------------------------------------------------------------------------------


INDEX_BATCH = 100_000
"""A scan adds the segments it stored to the text index every this many, and at its end."""


@dataclass
class ScanResult:
    """What one run did; ``counts`` has files, bytes, sessions, checked, unchanged, errors, findings."""

    run_id: int
    status: str
    seconds: float
    counts: Counter = field(default_factory=Counter)


def scan(
    db_path: str,
    paths: Iterable[str],
    checker: Checker,
    *,
    jobs: int | None = None,
    listings: Iterable[Listing] = (),
    date: Date | None = None,
    attribution: Attribution | None = None,
    problems: Iterable[InputError] = (),
    on_error: Callable[[InputError], None] | None = None,
    on_progress: Callable[[int, int, int], None] | None = None,
    settings: dict[str, Any] | None = None,
    part_bytes: int = PART_BYTES,
    max_bytes: int = MAX_FILE_SIZE,
) -> ScanResult:
    """Check every session under ``paths`` that the database does not hold as it is, and store it.

    A session is checked again when its content or the checker's configuration changed; its
    segments, listings and findings are then replaced. ``listings`` and the ``attribution``
    (or ``date`` alone) are attached to plain transcripts, as in ``check``. Bad files and sessions are recorded in ``errors``
    (with ``problems``, the errors met before the scan, such as bad listings), passed to
    ``on_error`` and skipped. ``jobs`` worker processes (default: the CPU count; 1 checks in
    this process). ``on_progress(sessions, bytes_done, bytes_total)`` is called as parts are done.
    ``settings`` (the options and where each came from: command line, configuration file,
    default) are recorded with the run's configuration; they do not change its fingerprint. A file larger
    than ``max_bytes``, or not a regular file, is an error and skipped.
    """
    paths = list(paths)
    jobs = jobs or default_jobs()
    started = time.monotonic()
    db = schema.open_db(db_path)
    fingerprint = checker.fingerprint
    configuration = {**checker.configuration, **({"settings": settings} if settings else {})}
    run_id = sessions.start_run(db, configuration, fingerprint, map(shown_path, paths), jobs)
    files, missing = input_files(paths, max_bytes)
    counts: Counter = Counter(files=len(files), bytes=sum(size for _, size in files))

    def progress(done: int) -> None:
        if on_progress:
            on_progress(counts["sessions"], done, counts["bytes"])

    def report(error: InputError) -> None:
        counts["errors"] += 1
        sessions.record_error(db, run_id, error.source, error.line, error.message)
        if on_error:
            on_error(error)

    def parts() -> Iterator[Part]:
        for part in plan(files, part_bytes, max_bytes):
            if isinstance(part, InputError):
                report(part)
            else:
                yield part

    status = "failed"
    unindexed = 0
    try:
        for problem in [*problems, *missing]:
            report(problem)
        done = 0
        for result in parallel.results(parts(), jobs, Worker, (checker, db_path, tuple(listings),
                                                                 attribution or Attribution(date=date), max_bytes)):
            for source, line, message in result["errors"]:
                report(InputError(source, message, line))
            for record in result["records"]:
                counts["sessions"] += 1
                outcome = _store(db, record, fingerprint, run_id)
                if outcome is None:
                    counts["checked"] += 1
                    counts["findings"] += len(record["findings"])
                    unindexed += len(record["segments"])
                elif outcome == "unchanged":
                    counts["unchanged"] += 1
                else:
                    report(InputError(record["source"], outcome))
            done += result["bytes"]
            if unindexed >= INDEX_BATCH:
                search.index_text(db)
                unindexed = 0
            progress(done)
        search.index_text(db)
        status = "finished"
    except KeyboardInterrupt:
        status = "interrupted"
        raise
    finally:
        sessions.finish_run(db, run_id, status, counts)
        db.close()
    return ScanResult(run_id, status, time.monotonic() - started, counts)


def _store(db: Database, record: dict[str, Any], fingerprint: str, run_id: int) -> str | None:
    """Store a worker's record: None when stored, "unchanged", or an error message."""
    session_id = record["session_id"]
    stored = sessions.stored_state(db.conn, session_id)
    if stored and stored[2] == run_id:
        if stored[0] == record["content_hash"]:
            return "unchanged"
        return f"session {session_id!r} appears again with other content; the first copy is kept"
    if stored and stored[:2] == (record["content_hash"], fingerprint):
        sessions.mark_seen(db, session_id, run_id)
        return "unchanged"
    if not record["checked"]:
        return f"session {session_id!r} was changed by another process during this scan; scan again"
    sessions.replace_session(db, record, fingerprint, run_id)
    return None
