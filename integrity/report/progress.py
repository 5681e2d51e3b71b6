"""A progress bar for long work on input files, drawn with rich on a terminal only.

``scan`` and ``check`` both measure their work in bytes of input read: the bar shows the
sessions done, megabytes done of the total, the rate and the time left. It appears only after
``delay`` seconds, so short runs draw nothing, and it is cleared when the work ends. Lines
written meanwhile (errors, or findings when the bar shares their terminal) go through the bar's
console, above the bar, so the two never garble each other. rich is imported only when there
is a terminal to draw on.
"""
from __future__ import annotations

import sys
import time
from functools import cache
from typing import IO, TYPE_CHECKING

from integrity import i18n

if TYPE_CHECKING:
    from rich.progress import Progress


def on_terminal(stream: IO[str]) -> bool:
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def terminal_stream() -> IO[str] | None:
    """Where a bar goes: standard error if it is a terminal, else standard output if that is
    one, else nowhere."""
    for stream in (sys.stderr, sys.stdout):
        if on_terminal(stream):
            return stream
    return None


class FileProgress:
    """Sessions and bytes done of a known total, on ``stream`` (a terminal) after ``delay`` seconds.

    Use as a context manager; ``update`` is cheap to call often. ``stream`` None draws nothing,
    and then ``echo`` and ``proxy`` write straight through.
    """

    def __init__(self, stream: IO[str] | None, total_bytes: int = 0, delay: float = 0.5, lang: str = "en"):
        self.stream = stream
        self._ngettext = i18n.ngettext_for(lang)
        self.total = total_bytes
        self.delay = delay
        self.started = time.monotonic()
        self.console = None
        if stream is not None:
            from rich.console import Console

            self.console = Console(file=stream, stderr=stream is sys.stderr)
        self._bar: Progress | None = None
        self._task = None

    def __enter__(self) -> FileProgress:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def update(self, sessions: int, done_bytes: int, total_bytes: int | None = None) -> None:
        if total_bytes is not None:
            self.total = total_bytes
        if self.console is None:
            return
        if self._bar is None:
            if time.monotonic() - self.started < self.delay:
                return
            from rich.progress import (
                BarColumn,
                DownloadColumn,
                Progress,
                TextColumn,
                TimeRemainingColumn,
                TransferSpeedColumn,
            )

            self._bar = Progress(
                TextColumn("{task.fields[sessions]}"), BarColumn(), DownloadColumn(),
                TransferSpeedColumn(), TimeRemainingColumn(), console=self.console, transient=True,
                redirect_stdout=False, redirect_stderr=False,
            )
            self._task = self._bar.add_task("", total=self.total or None, completed=done_bytes,
                                            sessions=self._sessions(sessions))
            self._bar.start()
        self._bar.update(self._task, completed=done_bytes, total=self.total or None, sessions=self._sessions(sessions))

    def _sessions(self, n: int) -> str:
        return self._ngettext("%(n)s session", "%(n)s sessions", n) % {"n": f"{n:,}"}

    def echo(self, line: str) -> None:
        """Write a line to standard error, above the bar if both are on a terminal."""
        if self._bar is not None and on_terminal(sys.stderr):
            self.console.out(line, highlight=False)
        else:
            sys.stderr.write(line + "\n")
            sys.stderr.flush()

    def proxy(self, out: IO[str]) -> IO[str]:
        """``out`` as a file whose lines go above the bar while it is drawn, when ``out`` is a
        terminal too (as rich's own ``redirect_stdout`` does); else ``out`` itself."""
        if self.console is None or not on_terminal(out):
            return out
        return _bar_aware()(self, out)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None


@cache
def _bar_aware() -> type:
    """The file proxy class, made once rich is imported."""
    from rich.file_proxy import FileProxy

    class BarAware(FileProxy):
        """Writes go through the console while the bar is drawn, straight to the file otherwise."""

        def __init__(self, progress: FileProgress, out: IO[str]):
            super().__init__(progress.console, out)
            self._progress = progress
            self._out = out

        def write(self, text: str) -> int:
            if self._progress._bar is None:
                return self._out.write(text)
            return super().write(text)

        def flush(self) -> None:
            if self._progress._bar is None:
                self._out.flush()
            else:
                super().flush()

    return BarAware
