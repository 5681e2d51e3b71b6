"""Checking many inputs: read, check in worker processes, results in input order.

``check_paths`` is the loop behind ``integrity check`` (and any other interface that checks
files): it reads the paths (files, folders, ``-`` for standard input), hands parts of the input
to ``jobs`` worker processes that each hold the ``Checker``, and yields each session's findings
in input order; every bad input goes to ``on_error`` and the rest go on.

An unexpected error while reading a file or checking a session (a bug, not bad input) is no
crash either: :func:`check_one` and :func:`read_guarded` turn it into an ``InputError`` naming
the file, the line and the session, with the error in one line, which takes the same path as
bad input (a line on stderr, exit status 2), and every other session is still checked.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from integrity.detect.checker import Checker
from integrity.detect.finding import Finding
from integrity.findings import parallel
from integrity.read.attribution import Attribution
from integrity.read.files import MAX_FILE_SIZE, iter_input_files, shown_path
from integrity.read.model import InputError, Listing, Session
from integrity.read.sessions import read_jsonl_part, read_sessions

STDIN_NAME = "<stdin>"


def check_one(checker: Checker, session: Session) -> list[Finding] | InputError:
    """The session's findings, or an InputError naming its file, line and id when checking it
    failed unexpectedly."""
    try:
        return checker.check(session)
    except Exception as exc:  # a bug must cost one session, not the batch
        return InputError(session.source, f"session {session.session_id!r}: checking failed: {one_line(exc)}",
                          session.line)


def read_guarded(items: Iterable[Session | InputError], source: str) -> Iterator[Session | InputError]:
    """A reader's sessions and errors; an unexpected exception ends them with an InputError
    naming the file."""
    try:
        yield from items
    except Exception as exc:  # a reader bug must cost one file, not the batch
        yield InputError(source, f"reading failed: {one_line(exc)}")


def one_line(exc: BaseException, limit: int = 300) -> str:
    """``Type: message`` on one line, cut at ``limit`` characters."""
    text = re.sub(r"\s+", " ", f"{type(exc).__name__}: {exc}").strip()
    return text if len(text) <= limit else text[:limit - 1] + "…"


@dataclass(frozen=True)
class Checked:
    """One checked session: where it came from, the session (its segments for a summary) and
    its findings."""

    source: str
    session: Session
    findings: list[Finding]


class FileChecker:
    """The worker of ``check_paths`` (see ``integrity.findings.parallel``): reads a part of the
    input and checks its sessions. Results are plain tuples, in input order."""

    def __init__(self, checker: Checker, listings: tuple[Listing, ...], attribution: Attribution,
                 max_bytes: int = MAX_FILE_SIZE):
        self.checker, self.listings, self.attribution, self.max_bytes = checker, listings, attribution, max_bytes

    def process(self, part: parallel.Part) -> tuple[int, list[tuple[str, Session | None, list[Finding] | InputError]]]:
        """The part's size, and each session's source, summary and findings (or an error)."""
        if part.end is None:
            items = read_sessions(part.path, listings=self.listings, attribution=self.attribution,
                                  max_bytes=self.max_bytes)
        else:
            items = read_jsonl_part(part.path, part.start, part.end, part.first_line,
                                    listings=self.listings, attribution=self.attribution, max_bytes=self.max_bytes)
        out: list[tuple[str, Session | None, list[Finding] | InputError]] = []
        for item in read_guarded(items, shown_path(part.path)):
            if isinstance(item, InputError):
                out.append((part.path, None, item))
            else:
                out.append((item.source, _summary_only(item), check_one(self.checker, item)))
        return part.size, out

    def close(self) -> None:
        pass


def _summary_only(session: Session) -> Session:
    """What the parent needs of a checked session (its id, source, form and segments), light to send back."""
    return Session(session.session_id, session.segments, source=session.source, form=session.form)


def check_paths(
    paths: Sequence[str],
    checker: Checker,
    *,
    listings: Iterable[Listing] = (),
    date: dt.date | None = None,
    attribution: Attribution | None = None,
    jobs: int | None = None,
    on_error: Callable[[InputError], None] = lambda error: None,
    on_progress: Callable[[int, int, int], None] | None = None,
    start_method: str | None = None,
    max_bytes: int = MAX_FILE_SIZE,
) -> Iterator[Checked]:
    """Each session of ``paths`` checked, in input order.

    ``listings`` and the ``attribution`` (``integrity.read.attribution``: streamer, unit,
    platform, date and session ids; or ``date`` alone) apply to plain transcripts; ``jobs`` worker processes (default:
    the CPUs; 1, or reading standard input, checks in this process); ``start_method`` picks how
    workers start (``fork``, ``spawn``, ``forkserver``; default: the platform's).
    ``on_progress(sessions, bytes_done, bytes_total)`` is called as each file or part is done. A
    file larger than ``max_bytes``, or not a regular file, is an error and skipped.
    """
    listings = tuple(listings)
    attribution = attribution or Attribution(date=date)
    jobs = jobs or parallel.default_jobs()
    if "-" in paths:
        for path in iter_input_files(paths):
            if isinstance(path, InputError):
                on_error(path)
                continue
            items = read_sessions(path, listings=listings, attribution=attribution, max_bytes=max_bytes)
            for item in read_guarded(items, STDIN_NAME if path == "-" else shown_path(path)):
                outcome = item if isinstance(item, InputError) else check_one(checker, item)
                if isinstance(outcome, InputError):
                    on_error(outcome)
                else:
                    yield Checked(STDIN_NAME if path == "-" else item.source, item, outcome)
        return
    files, missing = parallel.input_files(paths, max_bytes)
    for problem in missing:
        on_error(problem)
    total = sum(size for _, size in files)
    sessions = done = 0

    def parts() -> Iterator[parallel.Part]:
        for part in parallel.plan(files, max_bytes=max_bytes):
            if isinstance(part, InputError):
                on_error(part)
            else:
                yield part

    for size, batch in parallel.results(parts(), jobs, FileChecker, (checker, listings, attribution, max_bytes),
                                        start_method):
        for source, session, outcome in batch:
            if isinstance(outcome, InputError):
                on_error(outcome)
            else:
                sessions += 1
                yield Checked(source, session, outcome)
        done += size
        if on_progress:
            on_progress(sessions, done, total)
