"""Work on input files in worker processes, results in input order.

The unit of work is a ``Part``: a file, or a slice of a large ``.jsonl`` file. A worker is an
object built once per process from arguments handed over at start (the loaded ``Checker``
among them: on Linux the processes are forked, so nothing is loaded twice) with a
``process(part)`` method and a ``close()``. ``scan`` and ``check`` each define theirs.

Workers never outlive their parent: killed with ``kill -9``, it cannot shut them down, so each
worker asks the kernel for SIGKILL when its parent dies (Linux ``prctl(PR_SET_PDEATHSIG)``) or,
where that is not available, watches its parent from a thread and exits when it is gone.
"""
from __future__ import annotations

import ctypes
import itertools
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from typing import Any, Protocol

from integrity.read.files import MAX_FILE_SIZE, iter_input_files, jsonl_parts, os_reason, shown_path, too_large
from integrity.read.model import InputError

PART_BYTES = 1_000_000
"""Large .jsonl files are cut into parts of about this size, the unit of work of a worker."""


class Worker(Protocol):
    def process(self, part: "Part") -> Any: ...

    def close(self) -> None: ...


def default_jobs() -> int:
    """The CPUs this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


@dataclass(frozen=True)
class Part:
    """A file, or bytes ``start`` to ``end`` of a large .jsonl file (``end`` None: the whole file)."""

    path: str
    size: int
    start: int = 0
    end: int | None = None
    first_line: int = 1


def input_files(paths: Iterable[str], max_bytes: int = MAX_FILE_SIZE) -> tuple[list[tuple[str, int]], list[InputError]]:
    """The input files under ``paths`` with their sizes, and the paths that could not be read
    (or are larger than ``max_bytes``)."""
    files, errors = [], []
    for path in iter_input_files(paths):
        if isinstance(path, InputError):
            errors.append(path)
            continue
        try:
            size = os.path.getsize(path)
        except OSError as exc:
            errors.append(InputError(shown_path(path), os_reason(exc)))
            continue
        if size > max_bytes:
            errors.append(InputError(shown_path(path), too_large(max_bytes)))
        else:
            files.append((path, size))
    return files, errors


def plan(files: Iterable[tuple[str, int]], part_bytes: int = PART_BYTES,
         max_bytes: int = MAX_FILE_SIZE) -> Iterator[Part | InputError]:
    """Parts to hand to workers, in input order: whole files, large .jsonl files in parts."""
    for path, size in files:
        if size <= part_bytes or not path.lower().endswith(".jsonl"):
            yield Part(path, size)
            continue
        try:
            yield from (Part(path, end - start, start, end, line)
                        for start, end, line in jsonl_parts(path, part_bytes, max_bytes))
        except OSError as exc:
            yield InputError(shown_path(path), os_reason(exc))
        except InputError as error:
            yield error


_worker: Worker | None = None


def _init_worker(worker_class: type, *args: Any) -> None:
    global _worker
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    exit_with_parent()
    _worker = worker_class(*args)


PR_SET_PDEATHSIG = 1


def exit_with_parent(use_prctl: bool = True) -> None:
    """Make this process exit when its parent dies, even by ``kill -9``.

    On Linux the kernel sends SIGKILL (``prctl(PR_SET_PDEATHSIG)``); elsewhere, or if that
    fails, a daemon thread checks ``os.getppid()`` every second and exits when the parent is
    gone (the process was handed to another parent).
    """
    parent = os.getppid()
    if use_prctl and sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            if libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0:
                if os.getppid() != parent:  # the parent died before the request took effect
                    os._exit(1)
                return
        except (OSError, AttributeError):
            pass
    threading.Thread(target=_watch_parent, args=(parent,), name="exit-with-parent", daemon=True).start()


def _watch_parent(parent: int, interval: float = 1.0) -> None:
    while os.getppid() == parent:
        time.sleep(interval)
    os._exit(1)


def _process(part: Part) -> Any:
    assert _worker is not None
    return _worker.process(part)


def results(parts: Iterator[Part], jobs: int, worker_class: type, worker_args: tuple,
            start_method: str | None = None) -> Iterator[Any]:
    """Each part's result, in input order; at most a few parts per worker in flight.
    With one job the work is done in this process. ``start_method`` picks how worker processes
    start (``fork``, ``spawn``, ``forkserver``; default: the platform's); with other than fork,
    the worker arguments are pickled, and a ``Checker`` among them is rebuilt from its settings."""
    if jobs == 1:
        worker = worker_class(*worker_args)
        try:
            yield from map(worker.process, parts)
        finally:
            worker.close()
        return
    context = multiprocessing.get_context(start_method) if start_method else None
    pool = ProcessPoolExecutor(jobs, mp_context=context, initializer=_init_worker, initargs=(worker_class, *worker_args))
    try:
        pending = deque(pool.submit(_process, part) for part in itertools.islice(parts, 3 * jobs))
        while pending:
            result = pending.popleft().result()
            part = next(parts, None)
            if part is not None:
                pending.append(pool.submit(_process, part))
            yield result
    finally:
        pool.shutdown(cancel_futures=True)
