"""``integrity load``: the output of Spark runs brought into the database, incrementally.

Only committed runs are read (``commit.committed_runs``; a run being published, or one whose
job died while publishing it, is left for the job that finishes it). Of each session the row
of the latest run that checked it is taken; one the database already holds with the same
content and configuration is skipped (marked seen by this load, as ``scan`` marks it), the
others replace what the database held for them, one transaction each, with the rows the
Spark run wrote: the same rows ``scan`` stores (``store.scan.session_record``), so ``score``,
``explain``, ``review`` and the workbench read them as any other. Each load is a run in the
database's ``runs`` table; its configuration names the output (``load.dataset``) and the Spark
runs whose errors it brought in, so the next load brings in only the errors of later runs.

Reads a day's partition at a time: the memory a load needs is that of one day of the sessions
it brings in, not of the whole output.
"""
from __future__ import annotations

import json
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

import pyarrow as pa
import pyarrow.dataset as ds

from integrity.read.model import InputError
from integrity.scale import commit
from integrity.scale.tables import TABLES
from integrity.store import schema, search, sessions
from integrity.text.normalize import fold

NO_DATE = "__HIVE_DEFAULT_PARTITION__"
"""The partition Spark writes the rows of sessions without a date to."""


class LoadError(Exception):
    """The output cannot be loaded (not an output of Spark runs, or unreadable)."""


@dataclass
class LoadResult:
    """What one load did; ``counts`` has sessions, checked (brought in), unchanged, errors,
    findings, as a scan counts them, and runs (the Spark runs read)."""

    run_id: int
    seconds: float
    counts: Counter = field(default_factory=Counter)


def load(db_path: str, out: str, *, on_error: Callable[[InputError], None] | None = None) -> LoadResult:
    """Bring the committed runs of the Spark output ``out`` into the database ``db_path``."""
    started = time.monotonic()
    fs = commit.ArrowFS(out)
    try:
        info = commit.dataset(fs, out)
        runs = commit.committed_runs(fs, out)
    except commit.OutputError as error:
        raise LoadError(str(error)) from None
    db = schema.open_db(db_path)
    counts: Counter = Counter(runs=len(runs))
    done = _loaded_runs(db, info["id"])
    latest = runs[max(runs)] if runs else {}
    configuration = {**latest.get("configuration", {}),
                     "load": {"output": out, "dataset": info["id"], "runs": sorted(runs)}}
    run_id = sessions.start_run(db, configuration, latest.get("config_hash", ""), [out], 1)
    status = "failed"
    try:
        for number in sorted(set(runs) - done):
            for error in _errors(fs, out, number):
                counts["errors"] += 1
                sessions.record_error(db, run_id, error.source, error.line, error.message)
                if on_error:
                    on_error(error)
        wanted = _latest_sessions(fs, out, set(runs))
        by_date: dict[str | None, dict[str, int]] = defaultdict(dict)
        for session_id, (run, content, config, date) in wanted.items():
            counts["sessions"] += 1
            stored = sessions.stored_state(db.conn, session_id)
            if stored and stored[:2] == (content, config):
                sessions.mark_seen(db, session_id, run_id)
                counts["unchanged"] += 1
            else:
                by_date[date][session_id] = run
        for date, chosen in by_date.items():
            for record, config in _records(fs, out, date, chosen):
                sessions.replace_session(db, record, config, run_id)
                counts["checked"] += 1
                counts["findings"] += len(record["findings"])
        search.index_text(db)
        status = "finished"
    except KeyboardInterrupt:
        status = "interrupted"
        raise
    except (OSError, pa.ArrowException) as error:
        raise LoadError(f"{out}: cannot read the output: {error}") from None
    finally:
        sessions.finish_run(db, run_id, status, counts)
        db.close()
    return LoadResult(run_id, time.monotonic() - started, counts)


def _loaded_runs(db, dataset_id: str) -> set[int]:
    """The Spark runs of this output whose errors an earlier finished load brought in."""
    done: set[int] = set()
    rows = db.execute("SELECT configuration FROM runs WHERE status = 'finished' AND configuration LIKE ?",
                      [f'%"dataset": "{dataset_id}"%']).fetchall()
    for (text,) in rows:
        loaded = json.loads(text).get("load") or {}
        if loaded.get("dataset") == dataset_id:
            done.update(loaded.get("runs", ()))
    return done


def _dataset(fs: commit.ArrowFS, out: str, table: str, partition: str) -> ds.Dataset | None:
    path = commit.join(out, table)
    if not fs.files(path):
        return None
    partitioning = ds.HivePartitioning(pa.schema([(partition, pa.string())]), null_fallback=NO_DATE)
    return ds.dataset(fs.path(path), filesystem=fs.fs, format="parquet", partitioning=partitioning,
                      ignore_prefixes=[".", "_"])


def _errors(fs: commit.ArrowFS, out: str, run: int) -> list[InputError]:
    path = commit.join(out, "errors", f"run={run}")
    if not fs.files(path):
        return []
    table = ds.dataset(fs.path(path), filesystem=fs.fs, format="parquet", ignore_prefixes=[".", "_"]).to_table()
    rows = sorted(table.to_pylist(), key=lambda row: (row["source"] or "", row["line"] or 0, row["message"]))
    return [InputError(row["source"] or "", row["message"], row["line"]) for row in rows]


def _latest_sessions(fs: commit.ArrowFS, out: str, runs: set[int]) -> dict[str, tuple[int, str, str, str | None]]:
    """Each session's row of the latest committed run that checked it: (run, content hash,
    configuration hash, date partition)."""
    data = _dataset(fs, out, "sessions", "date")
    if data is None:
        return {}
    table = data.to_table(columns=["session_id", "run", "content_hash", "config_hash", "date"],
                          filter=ds.field("run").isin(sorted(runs)))
    latest: dict[str, tuple[int, str, str, str | None]] = {}
    for sid, run, content, config, date in zip(*(table.column(name).to_pylist() for name in table.column_names)):
        if sid not in latest or run > latest[sid][0]:
            latest[sid] = (run, content, config, date)
    return dict(sorted(latest.items()))


def _rows(fs: commit.ArrowFS, out: str, table: str, date: str | None, chosen: dict[str, int]) -> dict[str, list[dict]]:
    """The rows of ``table`` of the chosen sessions (each of its chosen run) in one date's partition."""
    data = _dataset(fs, out, table, "date")
    found: dict[str, list[dict]] = defaultdict(list)
    if data is None:
        return found
    where = ds.field("date").is_null() if date is None else ds.field("date") == date
    where &= ds.field("session_id").isin(sorted(chosen))
    for batch in data.to_batches(filter=where):
        for row in batch.to_pylist():
            if chosen[row["session_id"]] == row["run"]:
                found[row["session_id"]].append(row)
    return found


def _records(fs: commit.ArrowFS, out: str, date: str | None, chosen: dict[str, int]):
    """(record, configuration hash) of each chosen session of one date, as ``scan`` stores it."""
    rows = {table: _rows(fs, out, table, date, chosen) for table in TABLES}
    for sid in sorted(chosen):
        (session,) = rows["sessions"][sid]
        segments = sorted(rows["segments"][sid], key=lambda row: row["idx"])
        listings = sorted(rows["listings"][sid], key=lambda row: row["idx"])
        findings = sorted(rows["findings"][sid], key=lambda row: row["ordinal"])
        if (len(segments), len(listings), len(findings)) != (session["segments"], session["listings"],
                                                             session["findings"]):
            raise LoadError(f"{out}: session {sid!r} of run {session['run']} lacks some of its rows; "
                            "the output was changed after it was written")
        yield {
            "session_id": sid, "content_hash": session["content_hash"], "checked": True, "source": session["source"],
            "session": {**{name: session[name] for name in TABLES["sessions"] if name not in ("config_hash", "run")},
                        "date": date},
            "segments": [(sid, row["idx"], row["start"], row["end"], row["text"], fold(row["text"]))
                         for row in segments],
            "listings": [tuple(row[name] for name in TABLES["listings"][:-1]) for row in listings],
            "findings": [tuple(row[name] for name in TABLES["findings"][:-1]) for row in findings],
        }, session["config_hash"]
