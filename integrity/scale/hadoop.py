"""Spark itself: starting (or joining) a SparkSession, and Hadoop's file systems through it.

Every path Spark reads (hdfs://, s3a://, file:, a local path) is listed, read and renamed here
through Hadoop's ``FileSystem`` in the driver's JVM, so the output directory and the inputs may
be wherever the cluster keeps its data.
"""
from __future__ import annotations

import os
import shutil
import sys
import uuid
import warnings
from collections.abc import Iterator

from pyspark import SparkConf
from pyspark.sql import SparkSession

JAVA_HINT = ("Spark needs Java 17 or newer (a JRE is enough: apt-get install openjdk-17-jre-headless), "
             "on PATH or in JAVA_HOME")


class SparkUnavailable(Exception):
    """Spark cannot start here (no Java, or the JVM would not start); the message says what to do."""


def java_found() -> bool:
    home = os.environ.get("JAVA_HOME")
    return bool(shutil.which("java") or (home and os.path.exists(os.path.join(home, "bin", "java"))))


def start(master: str | None, conf: dict[str, str], progress: bool) -> tuple[SparkSession, bool]:
    """The active SparkSession (one started by spark-submit, or a test's), else a new one on
    ``master`` (default: spark-submit's or ``local[*]``); and whether this call started it."""
    # PySpark warns on every Arrow step that it is not yet tested with pandas 3; we use Arrow only.
    warnings.filterwarnings("ignore", "PySpark does not yet fully support pandas", FutureWarning)
    active = SparkSession.getActiveSession()
    if active is not None:
        return active, False
    if not java_found():
        raise SparkUnavailable(JAVA_HINT)
    builder = SparkSession.builder.appName("integrity scan")
    defaults = SparkConf()
    master = master or (defaults.get("spark.master") if defaults.contains("spark.master") else "local[*]")
    builder = builder.master(master)
    if master.startswith("local") and not os.environ.get("PYSPARK_PYTHON"):
        # Python workers on this machine run this Python, with integrity installed in it
        # (PySpark reads the variable when the context starts; on a cluster, set it yourself).
        os.environ["PYSPARK_PYTHON"] = sys.executable
    builder = builder.config("spark.ui.showConsoleProgress", "true" if progress else "false")
    for key, value in conf.items():
        builder = builder.config(key, value)
    try:
        spark = builder.getOrCreate()
    except Exception as error:  # the JVM did not start: say why in one line
        raise SparkUnavailable(f"Spark did not start ({first_line(error)}); {JAVA_HINT}") from None
    spark.sparkContext.setLogLevel("ERROR")
    return spark, True


def first_line(error: BaseException) -> str:
    """The line of a Spark or Py4J error that says what went wrong, without the JVM's stack."""
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    for line in reversed(lines):
        if line.startswith(("RuntimeError:", "ValueError:", "OSError:", "pyspark.errors", "org.apache.spark.SparkException")):
            return line
    for line in lines:
        if not line.startswith(("at ", "Traceback", "File ", "An error occurred")):
            return line[:500]
    return type(error).__name__


class HadoopFS:
    """``integrity.scale.commit.FileSystem`` on Hadoop's file system of a path."""

    def __init__(self, spark: SparkSession, path: str):
        jvm = spark.sparkContext._jvm
        self._path = jvm.org.apache.hadoop.fs.Path
        self._fs = self._path(path).getFileSystem(spark.sparkContext._jsc.hadoopConfiguration())
        self._io = jvm.org.apache.commons.io.IOUtils

    def qualify(self, path: str) -> str:
        """``path`` with its file system's scheme and authority (``file:/data/out``, ``hdfs://nn:8020/x``)."""
        return self._fs.makeQualified(self._path(path)).toString()

    def exists(self, path: str) -> bool:
        return bool(self._fs.exists(self._path(path)))

    def is_dir(self, path: str) -> bool:
        return bool(self._fs.getFileStatus(self._path(path)).isDirectory())

    def listing(self, path: str) -> Iterator[tuple[str, str, int]]:
        """(qualified path, path relative to ``path``, size) of every file under ``path``."""
        status = self._fs.getFileStatus(self._path(path))
        if not status.isDirectory():
            yield status.getPath().toString(), status.getPath().getName(), int(status.getLen())
            return
        base = status.getPath().toString().rstrip("/") + "/"
        found = self._fs.listFiles(self._path(path), True)
        while found.hasNext():
            item = found.next()
            name = item.getPath().toString()
            yield name, name[len(base):] if name.startswith(base) else item.getPath().getName(), int(item.getLen())

    def files(self, path: str) -> list[str]:
        if not self.exists(path):
            return []
        return sorted(relative for _, relative, _ in self.listing(path))

    def folders(self, path: str) -> list[str]:
        if not self.exists(path):
            return []
        return sorted(s.getPath().getName() for s in self._fs.listStatus(self._path(path)) if s.isDirectory())

    def makedirs(self, path: str) -> None:
        self._fs.mkdirs(self._path(path))

    def rename(self, source: str, target: str) -> None:
        if not self._fs.rename(self._path(source), self._path(target)):
            raise OSError(f"cannot rename {source} to {target}")

    def delete(self, path: str) -> None:
        self._fs.delete(self._path(path), True)

    def read_text(self, path: str) -> str:
        stream = self._fs.open(self._path(path))
        try:
            return bytes(self._io.toByteArray(stream)).decode("utf-8")
        finally:
            stream.close()

    def write_text(self, path: str, text: str) -> None:
        temporary = f"{path}.{uuid.uuid4().hex}.tmp"
        stream = self._fs.create(self._path(temporary), True)
        try:
            stream.write(bytearray(text.encode("utf-8")))
        finally:
            stream.close()
        if self.exists(path):
            self.delete(path)
        self.rename(temporary, path)
