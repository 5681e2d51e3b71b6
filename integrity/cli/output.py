"""Where a command's output goes: standard output, or ``--output FILE``; .xlsx workbooks, and
CSV that Excel on Chinese Windows reads (UTF-8 with a byte order mark).
"""
from __future__ import annotations

import contextlib
import functools
import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Iterator

import click

from integrity.cli.language import _


@dataclass(frozen=True)
class Output:
    """``path`` None is standard output. ``excel`` None: a byte order mark (and formula-safe
    cells) exactly when writing a .csv file."""

    path: str | None = None
    excel: bool | None = None

    @property
    def for_excel(self) -> bool:
        if self.excel is not None:
            return self.excel
        return bool(self.path and self.path.lower().endswith(".csv"))

    @contextlib.contextmanager
    def text(self, csv: bool = False) -> Iterator[IO[str]]:
        """A text stream: UTF-8, with a byte order mark for a CSV meant for Excel."""
        encoding = "utf-8-sig" if csv and self.for_excel else "utf-8"
        if self.path is None:
            if encoding == "utf-8-sig":
                sys.stdout.buffer.write("\ufeff".encode())
            yield sys.stdout
            sys.stdout.flush()
            return
        with self._replacing() as temporary, open(temporary, "w", encoding=encoding, newline="") as out:
            yield out

    @contextlib.contextmanager
    def binary(self, what: str) -> Iterator[IO[bytes]]:
        """A byte stream for ``what`` (a file format): the file, or standard output when it is
        not a terminal."""
        if self.path is None:
            if sys.stdout.isatty():
                raise click.UsageError(_("%(what)s is binary: give --output FILE, or redirect standard output")
                                       % {"what": what})
            yield sys.stdout.buffer
            sys.stdout.buffer.flush()
            return
        with self._replacing() as temporary, open(temporary, "wb") as out:
            yield out

    @contextlib.contextmanager
    def _replacing(self) -> Iterator[str]:
        """A temporary file beside ``path`` that replaces it once complete, so that a failed
        export never leaves half a file."""
        target = Path(self.path)
        if target.is_dir():
            raise click.UsageError(_("--output %(path)s is a directory") % {"path": self.path})
        try:
            handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
        except OSError as error:
            raise click.ClickException(_("cannot write %(path)s: %(error)s")
                                       % {"path": self.path, "error": error.strerror or error}) from None
        os.close(handle)
        umask = os.umask(0)
        os.umask(umask)
        try:
            yield temporary
            os.chmod(temporary, 0o666 & ~umask)  # as a file opened for writing would be
            os.replace(temporary, target)
        finally:
            if os.path.exists(temporary):
                os.unlink(temporary)


def output_options(command):
    """``--output FILE`` and ``--excel/--no-excel``, given to the command as one ``output``."""

    @functools.wraps(command)
    def wrapper(*args, output_path, excel, **kwargs):
        return command(*args, output=Output(output_path, excel), **kwargs)

    wrapper = click.option("--excel/--no-excel", default=None,
                           help="CSV for Excel: a UTF-8 byte order mark (so Excel on Chinese Windows reads it) "
                                "and no cell read as a formula  [default: for a .csv --output file].")(wrapper)
    return click.option("--output", "-o", "output_path", type=click.Path(dir_okay=False), metavar="FILE",
                        help="Write to FILE instead of standard output (xlsx: needed on a terminal).")(wrapper)
