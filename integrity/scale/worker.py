"""What runs in Spark's Python workers: reading inputs into sessions, and checking them.

Each function here is handed to ``DataFrame.mapInArrow`` with the run's configuration (plain
JSON text, :func:`job_config`) bound in front: Spark sends the function by reference and the
text as it is, so nothing of ours is pickled. A worker process builds what the configuration
describes once and keeps it for the tasks that follow (Spark reuses its Python workers): the
``Checker`` is rebuilt from its settings, as in a process started by spawn, and must have the
driver's fingerprint, so an executor with another version of integrity or its lexicons stops
the job instead of writing other findings.

Reading turns each input into rows of ``tables.ITEMS`` (a session hashed and encoded, or an
error naming its file and line); checking turns those left to check into rows of
``tables.RECORDS``, with :func:`integrity.store.scan.session_record`, the function ``scan``
stores with: the same finding ids, whichever engine ran.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import decimal
import json
from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import unquote

import pyarrow as pa

from integrity.detect.checker import Checker, Settings
from integrity.read.attribution import Attribution, PathPattern
from integrity.read.documents import session_from_dict
from integrity.read.files import MAX_FILE_SIZE, parse_json
from integrity.read.model import InputError, Session
from integrity.read.sessions import read_jsonl_part, read_sessions
from integrity.scale import codec
from integrity.scale.tables import ITEMS, RECORDS
from integrity.store.scan import content_hash, session_record

BATCH_ROWS = 64
BATCH_BYTES = 16_000_000
"""Rows go back to Spark in Arrow batches of at most this many rows, or about this many bytes."""


# --- The run's configuration, built once per worker process ---------------------------------


def job_config(checker: Checker, listings: Iterable, attribution: Attribution, max_bytes: int = MAX_FILE_SIZE) -> str:
    """The plain text that tells a worker what to build: the checker's settings and
    fingerprint, the listings and attribution for plain transcripts, the largest file to read."""
    pattern = attribution.pattern.text if attribution.pattern else None
    return json.dumps({
        "settings": dataclasses.asdict(checker.settings),
        "fingerprint": checker.fingerprint,
        "listings": [codec.listing_values(listing) for listing in listings],
        "attribution": {"streamer": attribution.streamer, "unit": attribution.unit, "platform": attribution.platform,
                        "date": attribution.date.isoformat() if attribution.date else None,
                        "pattern": pattern, "roots": list(attribution.roots)},
        "max_bytes": max_bytes,
    }, ensure_ascii=False, sort_keys=True)


class Job:
    """What one configuration builds in a worker: listings, attribution, and (when first
    needed) the checker."""

    def __init__(self, config: str):
        data = json.loads(config)
        self.fingerprint = data["fingerprint"]
        settings = data["settings"]
        self.settings = Settings(
            tuple(settings["lexicon_dirs"]), tuple(settings["select"]), tuple(settings["ignore"]),
            tuple((unit, tuple(brands)) for unit, brands in settings["authorisations"]),
            settings["preview"], settings["model"], settings["models_dir"],
        )
        self.listings = tuple(codec.listing_of(values) for values in data["listings"])
        given = data["attribution"]
        self.attribution = Attribution(
            given["streamer"], given["unit"], given["platform"],
            dt.date.fromisoformat(given["date"]) if given["date"] else None,
            PathPattern.parse(given["pattern"]) if given["pattern"] else None, tuple(given["roots"]),
        )
        self.max_bytes: int = data["max_bytes"]
        self._checker: Checker | None = None

    @property
    def checker(self) -> Checker:
        if self._checker is None:
            checker = Checker.from_settings(self.settings)
            if checker.fingerprint != self.fingerprint:
                raise RuntimeError(
                    "this executor's checker is not the driver's (another version of integrity, its lexicons "
                    "or its model): install the same integrity on every node")
            self._checker = checker
        return self._checker


_JOBS: dict[str, Job] = {}


def job(config: str) -> Job:
    """The worker's Job for ``config``, built on first use (one kept: a worker serves one run)."""
    found = _JOBS.get(config)
    if found is None:
        _JOBS.clear()
        found = _JOBS[config] = Job(config)
    return found


# --- Reading ---------------------------------------------------------------------------------


def _batches(rows: Iterable[dict[str, Any]], schema: pa.Schema, size_of) -> Iterator[pa.RecordBatch]:
    pending: list[dict[str, Any]] = []
    size = 0
    for row in rows:
        pending.append(row)
        size += size_of(row)
        if len(pending) >= BATCH_ROWS or size >= BATCH_BYTES:
            yield pa.RecordBatch.from_pylist(pending, schema=schema)
            pending, size = [], 0
    if pending:
        yield pa.RecordBatch.from_pylist(pending, schema=schema)


def _items(rows: Iterable[dict[str, Any]]) -> Iterator[pa.RecordBatch]:
    return _batches(rows, ITEMS, lambda row: len(row["payload"] or ""))


def session_item(session: Session, rank: int, file: str, offset: int, pos: int) -> dict[str, Any]:
    sid = session.session_id
    return {"kind": "session", "key": sid, "session_id": sid, "content_hash": content_hash(session),
            "date": session.date.isoformat() if session.date else None, "rank": rank, "file": file,
            "offset": offset, "pos": pos, "source": session.source, "line": None, "fix_line": False,
            "payload": codec.encode(session), "message": None}


def error_item(error: InputError, rank: int, file: str, offset: int, pos: int, fix_line: bool = False) -> dict[str, Any]:
    return {"kind": "error", "key": f"\0{rank}\0{file}\0{offset}\0{pos}", "session_id": None, "content_hash": None,
            "date": None, "rank": rank, "file": file, "offset": offset, "pos": pos, "source": error.source,
            "line": None if fix_line else error.line, "fix_line": fix_line, "payload": None,
            "message": error.message}


def _read(items: Iterable[Session | InputError], rank: int, file: str, offset: int) -> Iterator[dict[str, Any]]:
    pos = 0
    try:
        for pos, item in enumerate(items):
            if isinstance(item, InputError):
                yield error_item(item, rank, file, offset, pos)
            else:
                yield session_item(item, rank, file, offset, pos)
    except Exception as exc:  # a reader bug must not stop the run: report the file, go on
        yield error_item(InputError(file, f"reading failed: {type(exc).__name__}: {exc}"), rank, file, offset, pos + 1)


def read_parts(config: str, batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    """Files on a file system every worker sees at the same path, read with integrity's readers:
    rows ``rank, path, start, end, first_line`` (``end`` -1: the whole file), as ``scan`` plans them."""
    work = job(config)

    def rows():
        for batch in batches:
            for part in batch.to_pylist():
                path = part["path"]
                if part["end"] < 0:
                    items = read_sessions(path, listings=work.listings, attribution=work.attribution,
                                          max_bytes=work.max_bytes)
                else:
                    items = read_jsonl_part(path, part["start"], part["end"], part["first_line"],
                                            listings=work.listings, attribution=work.attribution,
                                            max_bytes=work.max_bytes)
                yield from _read(items, part["rank"], path, part["start"])

    return _items(rows())


def source_name(uri: str) -> str:
    """A file as Spark names it (``file:/data/a%20b.jsonl``, ``hdfs://nn/x.jsonl``) as messages
    and the sessions table name it: a local file by its path (``/data/a b.jsonl``)."""
    name = unquote(uri)
    for prefix in ("file://", "file:"):
        if name.startswith(prefix) and name[len(prefix):].startswith("/"):
            return name[len(prefix):]
    return name


def read_files(config: str, rank: int, batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    """Whole files from any file system Spark reads (Spark's ``binaryFile`` rows ``path,
    content``), read with integrity's readers: session documents and plain transcripts."""
    work = job(config)

    def rows():
        for batch in batches:
            for file in batch.to_pylist():
                path = source_name(file["path"])
                items = read_sessions(path, listings=work.listings, attribution=work.attribution,
                                      max_bytes=work.max_bytes, data=file["content"])
                yield from _read(items, rank, path, 0)

    return _items(rows())


def read_lines(config: str, rank: int, batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    """JSON-lines datasets (Spark's ``text`` rows ``value, file, block``: a line, its file and
    where Spark's part of the file starts): one session document per line. A line's number in
    its file is known only once every part is counted, so errors carry their part and position
    (``fix_line``) until then."""
    work = job(config)

    def rows():
        origins: dict[str, Any] = {}
        where, pos = None, 0
        for batch in batches:
            for row in batch.to_pylist():
                file, block = row["file"], row["block"]
                if (file, block) != where:
                    where, pos = (file, block), 0
                else:
                    pos += 1
                if not row["value"].strip():
                    continue
                source = source_name(file)
                if source not in origins:
                    origins = {source: work.attribution.origin(source, work.listings, transcript=False)}
                try:
                    document = parse_json(row["value"], source)
                    session = _document(document, origins[source], None)
                except InputError as error:
                    yield error_item(InputError(source, error.message), rank, file, block, pos, fix_line=True)
                    continue
                item = session_item(session, rank, file, block, pos)
                item["fix_line"] = True
                yield item

    return _items(rows())


def read_rows(config: str, rank: int, batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    """Parquet datasets with the contract's fields as columns (rows ``file``, ``row`` and those
    of ``tables.DOCUMENT_COLUMNS`` there are): one session per row. ``segments`` and
    ``listings`` may be lists of structs or JSON text; a row's errors name its file and row."""
    work = job(config)

    def rows():
        origins: dict[str, Any] = {}
        for batch in batches:
            for row in batch.to_pylist():
                file, number = row.pop("file"), row.pop("row") + 1
                source = source_name(file)
                if source not in origins:
                    origins = {source: work.attribution.origin(source, work.listings, transcript=False)}
                try:
                    session = _document(_plain(row, source, number), origins[source], number)
                except InputError as error:
                    yield error_item(error, rank, file, 0, number)
                    continue
                item = session_item(session, rank, file, 0, number)
                item["line"] = number
                yield item

    return _items(rows())


def _document(document: Any, origin, line: int | None) -> Session:
    return session_from_dict(document, origin.source, line, listings=origin.listings, date=origin.date,
                             streamer_id=origin.streamer_id, unit_id=origin.unit_id, platform=origin.platform)


def _plain(value: Any, source: str, row: int) -> Any:
    """A Parquet row as the JSON document it stands for: nulls are absent keys, dates ISO
    text, decimals numbers, and JSON text in ``segments`` or ``listings`` parsed."""
    if isinstance(value, dict):
        plain = {}
        for key, item in value.items():
            if item is None:
                continue
            if key in ("segments", "listings") and isinstance(item, str):
                item = parse_json(item, source, row)
            plain[key] = _plain(item, source, row)
        return plain
    if isinstance(value, list):
        return [_plain(item, source, row) for item in value]
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return float(value)
    return value


# --- Checking --------------------------------------------------------------------------------


def check(config: str, batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    """Rows of ``ITEMS`` with the ``status`` the driver gave each (``check``, ``unchanged``,
    ``repeat``, ``duplicate``, ``error``) in, rows of ``RECORDS`` out."""
    work = job(config)

    def rows():
        for batch in batches:
            for item in batch.to_pylist():
                yield _record(work, item)

    return _batches(rows(), RECORDS, lambda row: sum(len(s["text"]) for s in row.get("segments") or ()))


def _record(work: Job, item: dict[str, Any]) -> dict[str, Any]:
    status, sid = item["status"], item["session_id"]
    if status in ("unchanged", "repeat"):
        return {"status": "unchanged", "session_id": sid, "date": item["date"], "source": item["source"]}
    if status == "duplicate":
        return _error(item, f"session {sid!r} appears again with other content; the first copy is kept")
    if status == "error":
        return _error(item, item["message"])
    session = codec.decode(item["payload"])
    try:
        findings = work.checker.check(session)
    except Exception as exc:  # a detector bug must not stop the run: report the session, go on
        return _error(item, f"session {sid!r}: checking failed: {type(exc).__name__}: {exc}")
    record = session_record(session, findings, item["content_hash"])
    row = record["session"]
    return {
        "status": "checked", "session_id": sid, "date": row["date"], "source": row["source"],
        "content_hash": row["content_hash"], "streamer_id": row["streamer_id"], "unit_id": row["unit_id"],
        "platform": row["platform"], "duration_seconds": row["duration_seconds"],
        "n_segments": row["segments"], "n_listings": row["listings"], "n_findings": row["findings"],
        "segments": [{"idx": idx, "start": start, "end": end, "text": text}
                     for _, idx, start, end, text, _ in record["segments"]],
        "listings": [dict(zip(LISTING_FIELDS, values[1:])) for values in record["listings"]],
        "findings": [dict(zip(FINDING_FIELDS, (values[0], *values[2:]))) for values in record["findings"]],
    }


LISTING_FIELDS = [field.name for field in RECORDS.field("listings").type.value_type]
FINDING_FIELDS = [field.name for field in RECORDS.field("findings").type.value_type]


def _error(item: dict[str, Any], message: str) -> dict[str, Any]:
    return {"status": "error", "session_id": item["session_id"], "source": item["source"], "line": item["line"],
            "fix_line": item["fix_line"], "file": item["file"], "offset": item["offset"], "pos": item["pos"],
            "message": message}
