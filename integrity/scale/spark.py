"""``integrity scan --engine spark``: check sessions on Apache Spark into partitioned Parquet.

The job, as the driver runs it:

1. Recover the output directory (``commit.recover``: finish a commit that began, drop the
   staging of a job that died before its own) and number the run.
2. Plan the inputs. Files and folders of the kinds ``scan`` reads (``.json``, ``.jsonl``,
   ``.txt``, ``.srt``, ``.vtt``) on a local path are planned as ``scan`` plans them and read by
   the workers with integrity's readers (the path must be the same on every executor: always
   so on ``local[N]``). Any path with a scheme (``hdfs://``, ``s3a://``, ``file:``) is listed
   through Hadoop: ``.jsonl`` files are read by Spark line by line, whatever their size, the
   other kinds whole; ``.parquet`` files, local or not, are datasets with the contract's
   fields as columns.
3. Read everything into items (``worker.read_*``: a session hashed and encoded, or an error),
   one Spark job with the next steps: items are shuffled by session id, joined with the
   sessions already in the output (the latest run's row of each) and ordered, so that a session
   stored with the same content and configuration is not checked again ("unchanged"), nor a
   second copy of one in the same run (a copy with other content is an error: the first copy
   in input order is kept, as in ``scan``); the rest are checked (``worker.check``, a Checker
   built once per Python worker) into records, written to the run's staging folder.
4. Split the records into the output tables (sessions, segments, listings, findings by date;
   errors), count the lines of JSON-lines files where errors need them, and publish the run
   (``commit.commit``), with its configuration and counts in ``runs/N.json``. A run that
   checked nothing and met no error it had not met before publishes nothing.
"""
from __future__ import annotations

import functools
import hashlib
import json
import math
import os
import re
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from pyspark.sql import DataFrame, SparkSession, Window
from pyspark.sql import functions as F
from pyspark.sql.pandas.types import from_arrow_schema

from integrity.detect.checker import Checker
from integrity.findings.parallel import input_files, plan
from integrity.read.attribution import Attribution
from integrity.read.files import MAX_FILE_SIZE, SUFFIXES, shown_path, too_large, unsupported
from integrity.read.model import InputError, Listing
from integrity.scale import commit, worker
from integrity.scale.hadoop import HadoopFS
from integrity.scale.tables import DOCUMENT_COLUMNS, ITEMS, RECORDS, TABLES

PART_BYTES = 1_000_000
"""Local .jsonl files are cut into parts of about this size, as ``scan`` cuts them."""

SLICE_BYTES = 8_000_000
PARTITION_BYTES = 8_000_000
"""About this much input per reading task, and per checking task (at least two per core)."""

SHOWN_ERRORS = 100
"""Errors printed at most; every one is in the errors table."""

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:/")
WHOLE = (".json", ".txt", ".srt", ".vtt")
LINES = (".jsonl", ".jsonl.gz", ".jsonl.bz2")
RANKS = {"files": 1 << 40, "lines": 2 << 40, "parquet": 3 << 40}
"""Input order of sessions read by Spark's readers: after local files, then by file and position."""


def remote(path: str) -> bool:
    """A path Spark reads through Hadoop (``hdfs://``, ``s3a://``, ``file:``) rather than a local one."""
    return bool(_SCHEME.match(path))


@dataclass
class Inputs:
    """What a run reads: local parts for integrity's readers, files for Spark's readers."""

    parts: list[tuple[int, str, int, int, int]] = field(default_factory=list)  # rank, path, start, end, first_line
    whole: list[str] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    parquet: list[str] = field(default_factory=list)
    roots: list[str] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    files: int = 0
    bytes: int = 0


def plan_inputs(spark: SparkSession, paths: Iterable[str], absolute: bool, max_bytes: int = MAX_FILE_SIZE) -> Inputs:
    """Sort the paths given into what each reader reads; missing paths, unsupported files given
    by name and files larger than ``max_bytes`` (of any kind, as ``scan`` refuses them) are
    errors. ``absolute``: local paths are made absolute (for executors that do not share the
    driver's working directory)."""
    inputs = Inputs()
    local, parquet = [], []
    for given in paths:
        if remote(given):
            _plan_remote(spark, given, inputs, max_bytes)
            continue
        path = os.path.abspath(given) if absolute else given
        if os.path.isdir(path):
            parquet += _parquet_under(path)
            local.append(path)
        elif path.lower().endswith(".parquet") and os.path.isfile(path):
            parquet.append(path)
        else:
            local.append(path)
    found, missing = input_files(local, max_bytes)
    inputs.errors += missing
    sizes = [(path, os.path.getsize(path)) for path in parquet]
    inputs.errors += [InputError(shown_path(path), too_large(max_bytes)) for path, size in sizes if size > max_bytes]
    parquet = [path for path, size in sizes if size <= max_bytes]
    for rank, part in enumerate(plan(found, PART_BYTES, max_bytes)):
        if isinstance(part, InputError):
            inputs.errors.append(part)
            continue
        inputs.parts.append((rank, part.path, part.start, -1 if part.end is None else part.end, part.first_line))
    inputs.parquet += ["file://" + os.path.abspath(path) for path in parquet]
    inputs.files += len(found) + len(parquet)
    inputs.bytes += sum(size for _, size in found) + sum(os.path.getsize(path) for path in parquet)
    return inputs


def _parquet_under(folder: str) -> list[str]:
    found = []
    for parent, folders, names in os.walk(folder):
        folders[:] = sorted(name for name in folders if not name.startswith((".", "_")))
        found += [os.path.join(parent, name) for name in names
                  if name.lower().endswith(".parquet") and not name.startswith((".", "_"))]
    return sorted(found)


def _plan_remote(spark: SparkSession, given: str, inputs: Inputs, max_bytes: int) -> None:
    fs = HadoopFS(spark, given)
    try:
        if not fs.exists(given):
            inputs.errors.append(InputError(given, "no such file or directory"))
            return
        folder = fs.is_dir(given)
        if folder:
            inputs.roots.append(worker.source_name(fs.qualify(given)))
        for path, relative, size in fs.listing(given):
            if folder and any(part.startswith((".", "_")) for part in relative.split("/")):
                continue
            name = path.lower()
            kind = ("parquet" if name.endswith(".parquet") else "lines" if name.endswith(LINES)
                    else "whole" if name.endswith(WHOLE) else None)
            if kind is None:
                if not folder:
                    inputs.errors.append(InputError(given, unsupported(Path(name).suffix, (*SUFFIXES, ".parquet"))))
                continue
            if size > max_bytes:
                inputs.errors.append(InputError(worker.source_name(path), too_large(max_bytes)))
                continue
            getattr(inputs, kind).append(path)
            inputs.files += 1
            inputs.bytes += size
    except Exception as error:  # a file system Hadoop cannot open (no such scheme, no access)
        inputs.errors.append(InputError(given, f"cannot list: {_reason(error)}"))


def _reason(error: BaseException) -> str:
    from integrity.scale.hadoop import first_line

    return first_line(error)


# --- The job ---------------------------------------------------------------------------------


@dataclass
class SparkRun:
    """What one run did; ``counts`` as ``scan`` counts (files, bytes, sessions, checked,
    unchanged, errors, findings); ``committed`` False when there was nothing new to write."""

    run: int
    committed: bool
    seconds: float
    counts: Counter
    errors: list[InputError]
    recovered: list[tuple[int, str]]
    master: str
    cores: int


def run(
    spark: SparkSession,
    out: str,
    paths: list[str],
    checker: Checker,
    *,
    listings: Iterable[Listing] = (),
    attribution: Attribution | None = None,
    problems: Iterable[InputError] = (),
    settings: dict[str, Any] | None = None,
    max_bytes: int = MAX_FILE_SIZE,
) -> SparkRun:
    """Check every session under ``paths`` that ``out`` does not hold as it is, and publish the
    new rows as run N of ``out`` (see the module's docstring); files larger than ``max_bytes``
    are errors, as in ``scan``."""
    started, started_at = time.monotonic(), commit.now()
    root = HadoopFS(spark, out).qualify(out)
    # On the local disk, publishing (thousands of renames) goes through pyarrow, not the JVM.
    fs = commit.ArrowFS(root) if root.startswith("file:") else HadoopFS(spark, out)
    commit.dataset(fs, root, create=True)
    recovered = commit.recover(fs, root)
    number = commit.next_run(fs, root)
    context = spark.sparkContext
    cores = context.defaultParallelism
    local_master = context.master.startswith("local")
    inputs = plan_inputs(spark, paths, absolute=not local_master, max_bytes=max_bytes)
    attribution = attribution or Attribution()
    roots = tuple(os.path.abspath(r) if not local_master else r for r in attribution.roots)
    attribution = replace(attribution, roots=roots + tuple(inputs.roots))
    config = worker.job_config(checker, listings, attribution, max_bytes)
    fingerprint = checker.fingerprint

    spark.conf.set("spark.sql.execution.arrow.maxRecordsPerBatch", str(worker.BATCH_ROWS))
    spark.conf.set("spark.sql.adaptive.coalescePartitions.enabled", "false")
    spark.conf.set("spark.sql.shuffle.partitions",
                   str(max(2 * cores, math.ceil(inputs.bytes / PARTITION_BYTES))))
    stage = commit.staging(root, number)
    fs.delete(stage)
    items, lines = _items(spark, inputs, [*problems, *inputs.errors], config)
    statuses = _statuses(items, _stored(spark, fs, root), fingerprint)
    records = statuses.mapInArrow(functools.partial(worker.check, config), from_arrow_schema(RECORDS))
    records.write.parquet(commit.join(stage, "records"))

    records = spark.read.parquet(commit.join(stage, "records"))
    counts = _counts(records)
    counts.update(files=inputs.files, bytes=inputs.bytes)
    tables = commit.join(stage, "tables")
    _with_lines(records.where("status = 'error'"), lines).coalesce(1).write.parquet(commit.join(tables, "errors"))
    errors = spark.read.parquet(commit.join(tables, "errors"))
    shown = [InputError(row["source"] or "", row["message"], row["line"])
             for row in errors.orderBy("source", "line", "message").limit(SHOWN_ERRORS).collect()]
    new_errors = _new_errors(spark, fs, root, errors) if counts["errors"] else 0
    committed = bool(counts["checked"] or new_errors)
    if committed:
        _write_tables(records, tables, fingerprint, number, inputs.bytes, counts["days"])
        record = {
            "run": number, "engine": "spark", "started": started_at, "finished": commit.now(),
            "spark": spark.version, "master": context.master, "cores": cores,
            "paths": list(paths), "configuration": {**checker.configuration, **({"settings": settings} if settings else {})},
            "config_hash": fingerprint, "hashes": hashes(checker),
            "counts": dict(counts),
        }
        commit.commit(fs, root, number, record)
    else:
        fs.delete(stage)
    return SparkRun(number, committed, time.monotonic() - started, counts, shown, recovered, context.master, cores)


def hashes(checker: Checker) -> dict[str, str | None]:
    """The configuration's hash and its parts' (lexicon versions, model), as a run records them."""
    configuration = checker.configuration
    lexicons = json.dumps(configuration["lexicons"], sort_keys=True, ensure_ascii=False).encode()
    return {"config": checker.fingerprint, "lexicons": hashlib.sha256(lexicons).hexdigest(),
            "model": configuration["model"]["sha256"] if configuration["model"] else None}


def _items(spark: SparkSession, inputs: Inputs, problems: list[InputError], config: str) -> tuple[DataFrame, DataFrame | None]:
    """Every input read into ``ITEMS`` rows; and the JSON-lines files' lines, if any, for
    counting lines later."""
    schema = from_arrow_schema(ITEMS)
    frames = []
    if inputs.parts:
        total = sum(end - start if end >= 0 else os.path.getsize(path)
                    for _, path, start, end, _ in inputs.parts if os.path.exists(path))
        slices = min(len(inputs.parts), max(2 * spark.sparkContext.defaultParallelism, math.ceil(total / SLICE_BYTES)))
        parts = spark.createDataFrame(spark.sparkContext.parallelize(inputs.parts, slices),
                                      "rank long, path string, start long, `end` long, first_line long")
        frames.append(parts.mapInArrow(functools.partial(worker.read_parts, config), schema))
    if inputs.whole:
        files = spark.read.format("binaryFile").load(inputs.whole).select("path", "content")
        frames.append(files.mapInArrow(functools.partial(worker.read_files, config, RANKS["files"]), schema))
    lines = None
    if inputs.lines:
        lines = spark.read.text(inputs.lines).select(
            "value", F.col("_metadata.file_path").alias("file"), F.col("_metadata.file_block_start").alias("block"))
        frames.append(lines.mapInArrow(functools.partial(worker.read_lines, config, RANKS["lines"]), schema))
    if inputs.parquet:
        table = spark.read.option("mergeSchema", "true").parquet(*inputs.parquet)
        columns = [name for name in DOCUMENT_COLUMNS if name in table.columns]
        rows = table.select(*columns, F.col("_metadata.file_path").alias("file"),
                            F.col("_metadata.row_index").alias("row"))
        frames.append(rows.mapInArrow(functools.partial(worker.read_rows, config, RANKS["parquet"]), schema))
    if problems:
        rows = [worker.error_item(problem, 0, problem.source, 0, n) for n, problem in enumerate(problems)]
        frames.append(spark.createDataFrame([tuple(row[name] for name in ITEMS.names) for row in rows], schema))
    if not frames:
        return spark.createDataFrame([], schema), lines
    return functools.reduce(DataFrame.unionByName, frames), lines


def _stored(spark: SparkSession, fs: commit.FileSystem, root: str) -> DataFrame | None:
    """Each session in the output as its latest run stored it: ``key``, ``stored_hash``, ``stored_config``."""
    path = commit.join(root, "sessions")
    if not fs.files(path):
        return None
    rows = spark.read.schema("session_id string, content_hash string, config_hash string, run long, date string") \
        .parquet(path)
    latest = rows.groupBy("session_id").agg(F.max(F.struct("run", "content_hash", "config_hash")).alias("v"))
    return latest.select(F.col("session_id").alias("key"), F.col("v.content_hash").alias("stored_hash"),
                         F.col("v.config_hash").alias("stored_config"))


def _statuses(items: DataFrame, stored: DataFrame | None, fingerprint: str) -> DataFrame:
    """Each item with what to do with it: ``check``, ``unchanged`` (stored as it is), ``repeat``
    (a second copy in this run, same content), ``duplicate`` (other content) or ``error``."""
    if stored is not None:
        items = items.join(stored, "key", "left")
    else:
        items = items.withColumn("stored_hash", F.lit(None).cast("string")) \
            .withColumn("stored_config", F.lit(None).cast("string"))
    order = Window.partitionBy("key").orderBy("rank", "file", "offset", "pos")
    items = items.withColumn("n", F.row_number().over(order)) \
        .withColumn("first_hash", F.first("content_hash").over(order))
    status = (F.when(F.col("kind") == "error", "error")
              .when((F.col("n") > 1) & (F.col("content_hash") == F.col("first_hash")), "repeat")
              .when(F.col("n") > 1, "duplicate")
              .when((F.col("stored_hash") == F.col("content_hash")) & (F.col("stored_config") == fingerprint),
                    "unchanged")
              .otherwise("check"))
    return items.select(*ITEMS.names, status.alias("status"))


def _counts(records: DataFrame) -> Counter:
    """Rows by status, sessions, findings, and the days of the sessions checked."""
    counts: Counter = Counter()
    for row in records.groupBy("status").agg(
            F.count(F.lit(1)).alias("rows"), F.count("session_id").alias("sessions"),
            F.sum("n_findings").alias("findings"), F.countDistinct("date").alias("days")).collect():
        counts["errors" if row["status"] == "error" else row["status"]] += row["rows"]
        counts["sessions"] += row["sessions"]
        counts["findings"] += row["findings"] or 0
        if row["status"] == "checked":
            counts["days"] = row["days"]
    return counts


def _with_lines(errors: DataFrame, lines: DataFrame | None) -> DataFrame:
    """Errors with their line: a JSON-lines file's line is the lines of the parts of the file
    before the error's, plus its position in its part (counted on the same reading of the files,
    so the parts are the same)."""
    if lines is None or not errors.where("fix_line").limit(1).count():
        return errors.select("source", "line", "message")
    parts = lines.groupBy("file", "block").count()
    before = Window.partitionBy("file").orderBy("block").rowsBetween(Window.unboundedPreceding, -1)
    parts = parts.select("file", F.col("block").alias("offset"),
                         F.coalesce(F.sum("count").over(before), F.lit(0)).alias("before"))
    fixed = errors.join(parts, ["file", "offset"], "left")
    line = F.when(F.col("fix_line"), F.col("before") + F.col("pos") + 1).otherwise(F.col("line"))
    return fixed.select("source", line.alias("line"), "message")


def _new_errors(spark: SparkSession, fs: commit.FileSystem, root: str, errors: DataFrame) -> int:
    """The errors of this run that no committed run recorded."""
    path = commit.join(root, "errors")
    if not fs.files(path):
        return errors.count()
    known = spark.read.schema("source string, line long, message string").parquet(path).alias("known")
    same = [F.col(f"new.{name}").eqNullSafe(F.col(f"known.{name}")) for name in ("source", "line", "message")]
    return errors.alias("new").join(known, functools.reduce(lambda a, b: a & b, same), "left_anti").count()


FILE_BYTES = 128_000_000
"""A day's segments are written in files of about this much input text (the other tables, 16 times fewer)."""


def _write_tables(records: DataFrame, folder: str, fingerprint: str, run: int, input_bytes: int, days: int) -> None:
    """The output tables of the run's checked records. Rows are spread over the tasks by day
    and, for a large day, by a hash of the session id, so that each task writes whole files
    (one per day and hash) and the days are written in parallel."""
    checked = records.where("status = 'checked'")
    many = max(1, math.ceil(input_bytes / max(days, 1) / FILE_BYTES))
    few = max(1, many // 16)
    number = F.lit(run).cast("long")
    tables = {
        "sessions": (checked.select(
            "session_id", "streamer_id", "unit_id", "platform", "source", "content_hash",
            F.lit(fingerprint).alias("config_hash"), "duration_seconds", F.col("n_segments").alias("segments"),
            F.col("n_listings").alias("listings"), F.col("n_findings").alias("findings"), number.alias("run"), "date"),
            few),
        "segments": (_exploded(checked, "segments", TABLES["segments"], number), many),
        "listings": (_exploded(checked, "listings", TABLES["listings"], number), few),
        "findings": (_exploded(checked, "findings", TABLES["findings"], number), few),
    }
    for name, (frame, files) in tables.items():
        spread = frame.repartition("date", F.pmod(F.hash("session_id"), F.lit(files)))
        spread.write.partitionBy("date").parquet(commit.join(folder, name))


def _exploded(checked: DataFrame, column: str, names: tuple[str, ...], run) -> DataFrame:
    rows = checked.select("session_id", "date", F.explode(column).alias("row"))
    return rows.select(*[F.col("session_id") if name == "session_id" else run.alias("run") if name == "run"
                         else F.col(f"row.{name}").alias(name) for name in names], "date")
