"""The output directory of Spark runs, and how a run becomes visible whole or not at all.

    DIR/dataset.json                       what the directory is: format, version, its id
    DIR/runs/000001.json                   one per committed run: configuration, inputs, counts
    DIR/sessions/date=2026-11-20/run-000001-part-….parquet
    DIR/segments/…, DIR/listings/…, DIR/findings/…   (partitioned by the session's date)
    DIR/errors/run=1/run-000001-part-….parquet
    DIR/_staging/000002/                   a run being written

A run writes everything under its staging folder first. Once all of it is written, the driver
writes the list of moves that publish it (``_COMMIT``, itself written to a temporary name and
renamed), then renames each file into place (a rename is atomic on a local disk and HDFS),
the sessions last, so a reader that sees a session sees its rows; then the run's record
(``runs/N.json``) and the staging folder is removed. A job that dies before ``_COMMIT`` leaves
a staging folder that the next job removes; one that dies after it leaves moves that the next
job finishes (roll forward). Either way the re-run ends with exactly the findings of an
uninterrupted one. ``load`` reads only committed runs (those with a record).

One job at a time may write to a directory.
"""
from __future__ import annotations

import datetime as dt
import json
import posixpath
import uuid
from typing import Any, Protocol

from integrity.scale.tables import DETAILS

FORMAT = "integrity-spark-output"
VERSION = 1
STAGING = "_staging"
COMMIT = "_COMMIT"
TABLE_ORDER = (*DETAILS, "errors", "sessions")
"""The order files are published in: a session's row comes after every row that belongs to it."""


class OutputError(Exception):
    """A directory that is not (or not yet) an output of Spark runs, or that cannot be used."""


class FileSystem(Protocol):
    """The few operations a commit needs, on paths joined with ``/`` (local paths or URIs)."""

    def exists(self, path: str) -> bool: ...

    def files(self, path: str) -> list[str]:
        """Every file under ``path`` (recursively), relative to it; [] when there is none."""

    def folders(self, path: str) -> list[str]:
        """The names of the folders directly in ``path``; [] when there is none."""

    def makedirs(self, path: str) -> None: ...

    def rename(self, source: str, target: str) -> None: ...

    def delete(self, path: str) -> None: ...

    def read_text(self, path: str) -> str: ...

    def write_text(self, path: str, text: str) -> None:
        """Write a small file whole: to a temporary name, then renamed."""


def join(*parts: str) -> str:
    return posixpath.join(*parts)


def run_name(run: int) -> str:
    return f"{run:06d}"


def staging(root: str, run: int) -> str:
    return join(root, STAGING, run_name(run))


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def dataset(fs: FileSystem, root: str, create: bool = False) -> dict[str, Any]:
    """The directory's ``dataset.json``, written when ``create`` and missing."""
    path = join(root, "dataset.json")
    if fs.exists(path):
        try:
            info = json.loads(fs.read_text(path))
        except ValueError as error:
            raise OutputError(f"{path}: not valid JSON ({error})") from None
        if not isinstance(info, dict) or info.get("format") != FORMAT:
            raise OutputError(f"{path}: not the dataset file of `integrity scan --engine spark`")
        if info.get("version") != VERSION:
            raise OutputError(f"{path}: format version {info.get('version')}, this integrity reads {VERSION}")
        return info
    if not create:
        raise OutputError(f"{root}: not an output of `integrity scan --engine spark` (no dataset.json)")
    if fs.files(root):
        raise OutputError(f"{root}: not empty and not an output of `integrity scan --engine spark`; "
                          "give a new or empty directory")
    info = {"format": FORMAT, "version": VERSION, "id": uuid.uuid4().hex, "created": now()}
    fs.makedirs(root)
    fs.write_text(path, json.dumps(info, indent=2) + "\n")
    return info


def committed_runs(fs: FileSystem, root: str) -> dict[int, dict[str, Any]]:
    """Each committed run's record, by run number."""
    runs = {}
    folder = join(root, "runs")
    for name in fs.files(folder):
        stem, _, suffix = name.partition(".")
        if suffix == "json" and stem.isdigit():
            try:
                runs[int(stem)] = json.loads(fs.read_text(join(folder, name)))
            except ValueError as error:
                raise OutputError(f"{join(folder, name)}: not valid JSON ({error})") from None
    return runs


def recover(fs: FileSystem, root: str) -> list[tuple[int, str]]:
    """Finish the commits that began, remove the staging of runs that died before theirs;
    what was done to each run, as (run, "finished" or "removed")."""
    done = []
    for name in sorted(fs.folders(join(root, STAGING))):
        folder = join(root, STAGING, name)
        if name.isdigit() and fs.exists(join(folder, COMMIT)):
            finish(fs, root, int(name))
            done.append((int(name), "finished"))
        else:
            fs.delete(folder)
            done.append((int(name) if name.isdigit() else -1, "removed"))
    return done


def next_run(fs: FileSystem, root: str) -> int:
    runs = committed_runs(fs, root)
    return max(runs, default=0) + 1


def commit(fs: FileSystem, root: str, run: int, record: dict[str, Any]) -> int:
    """Publish run ``run`` from its staging folder (``tables/<table>/…``); returns the files moved."""
    tables = join(staging(root, run), "tables")
    moves = []
    for table in TABLE_ORDER:
        for name in sorted(fs.files(join(tables, table))):
            folder, base = posixpath.split(name)
            if base.startswith(("_", ".")):
                continue
            folder = f"run={run}" if table == "errors" else folder
            moves.append([join("tables", table, name), join(table, folder, f"run-{run_name(run)}-{base}")])
    fs.write_text(join(staging(root, run), COMMIT), json.dumps({"run": run, "moves": moves, "record": record},
                                                               ensure_ascii=False))
    finish(fs, root, run)
    return len(moves)


def finish(fs: FileSystem, root: str, run: int) -> None:
    """Carry out the moves of a run's ``_COMMIT`` not yet done, write its record, drop its staging."""
    folder = staging(root, run)
    plan = json.loads(fs.read_text(join(folder, COMMIT)))
    made: set[str] = set()
    for source, target in plan["moves"]:
        source, target = join(folder, source), join(root, target)
        if not fs.exists(source):
            continue  # moved before the job stopped
        parent = posixpath.dirname(target)
        if parent not in made:
            fs.makedirs(parent)
            made.add(parent)
        fs.rename(source, target)
    fs.write_text(join(root, "runs", f"{run_name(run)}.json"),
                  json.dumps(plan["record"], ensure_ascii=False, indent=2, sort_keys=True) + "\n")
    fs.delete(folder)


class ArrowFS:
    """``FileSystem`` on pyarrow's file systems: local paths (and ``file:`` URIs, as Hadoop
    names them), and the URIs pyarrow opens (s3://, gs://, hdfs:// where libhdfs is installed).
    ``path`` gives what pyarrow calls a path of this file system."""

    def __init__(self, uri: str):
        from pyarrow import fs as arrow_fs

        self._fs_module = arrow_fs
        if uri.startswith("file:"):
            self.prefix = "file://" if uri.startswith("file://") else "file:"
            self.fs, self.base = arrow_fs.LocalFileSystem(), uri[len(self.prefix):]
        elif "://" in uri:
            self.fs, self.base = arrow_fs.FileSystem.from_uri(uri)
            self.prefix = uri[: len(uri) - len(self.base)] if uri.endswith(self.base) else ""
        else:
            self.fs, self.base, self.prefix = arrow_fs.LocalFileSystem(), uri, ""

    def path(self, path: str) -> str:
        return path[len(self.prefix):] if self.prefix and path.startswith(self.prefix) else path

    def exists(self, path: str) -> bool:
        return self.fs.get_file_info(self.path(path)).type != self._fs_module.FileType.NotFound

    def _listing(self, path: str, recursive: bool):
        selector = self._fs_module.FileSelector(self.path(path), recursive=recursive, allow_not_found=True)
        return self.fs.get_file_info(selector)

    def files(self, path: str) -> list[str]:
        base = self.path(path).rstrip("/") + "/"
        return sorted(info.path[len(base):] for info in self._listing(path, True)
                      if info.type == self._fs_module.FileType.File)

    def folders(self, path: str) -> list[str]:
        return sorted(info.base_name for info in self._listing(path, False)
                      if info.type == self._fs_module.FileType.Directory)

    def makedirs(self, path: str) -> None:
        self.fs.create_dir(self.path(path), recursive=True)

    def rename(self, source: str, target: str) -> None:
        self.fs.move(self.path(source), self.path(target))

    def delete(self, path: str) -> None:
        info = self.fs.get_file_info(self.path(path))
        if info.type == self._fs_module.FileType.Directory:
            self.fs.delete_dir(self.path(path))
        elif info.type == self._fs_module.FileType.File:
            self.fs.delete_file(self.path(path))

    def read_text(self, path: str) -> str:
        with self.fs.open_input_stream(self.path(path)) as stream:
            return stream.read().decode("utf-8")

    def write_text(self, path: str, text: str) -> None:
        temporary = f"{path}.{uuid.uuid4().hex}.tmp"
        self.makedirs(posixpath.dirname(path))
        with self.fs.open_output_stream(self.path(temporary)) as stream:
            stream.write(text.encode("utf-8"))
        self.rename(temporary, path)

    def open(self, path: str):
        return self.fs.open_input_file(self.path(path))
