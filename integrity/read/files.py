"""Finding and reading input files: walking folders, decoding text (UTF-8 with or without BOM,
UTF-16 with BOM, GB18030), and cutting large .jsonl files into parts at line ends.

Only regular files are read (a FIFO would block for ever, a symlink to /dev/zero never ends),
each at most ``MAX_FILE_SIZE`` bytes unless the caller gives another limit (``--max-file-size``);
anything else is an InputError naming the file. A file name that is not valid UTF-8 is shown
(in messages, session ids and the database) with its odd bytes written ``\\xNN``.
"""
from __future__ import annotations

import codecs
import json
import os
import re
import stat
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, BinaryIO

from integrity.i18n import Message
from integrity.read.model import InputError

SUFFIXES = (".json", ".jsonl", ".txt", ".srt", ".vtt")


LISTING_SUFFIXES = (".json", ".jsonl", ".csv")


STDIN_SOURCE = "<stdin>"


NOT_TEXT = Message("not a text file (binary or unknown encoding)")


PART_BLOCK = 1 << 16


MAX_FILE_SIZE = 1_000_000_000
"""The largest input file read by default (1 GB); ``--max-file-size`` changes it."""


NOT_REGULAR = Message("not a regular file (a FIFO, device or socket): skipped")


def too_large(limit: int) -> Message:
    return Message("larger than the limit of %(limit)s bytes (--max-file-size): skipped", limit=format(limit, ","))


def shown_path(path: str | os.PathLike) -> str:
    """``path`` as text that can be printed and stored: bytes of a file name that are not UTF-8
    (which the OS hands over as surrogates) are written ``\\xNN``."""
    path = os.fspath(path)
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(path).decode("utf-8", "backslashreplace")
    return path


def decode_bytes(data: bytes, source: str) -> str:
    """Decode a text file and normalise its line endings to LF.

    Reads UTF-8 (with or without BOM), UTF-16 with a BOM and GB18030; the BOM
    is dropped. Empty (or whitespace-only) and binary input raise InputError.
    """
    text = decode_text(data)
    if text is None:
        raise InputError(source, NOT_TEXT)
    if not text.strip():
        raise InputError(source, Message("empty file"))
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode_lines(data: bytes, source: str, first_line: int = 1) -> Iterator[tuple[int, str] | InputError]:
    """The non-blank lines of a line-oriented file (.jsonl) as (line number, line), the first
    numbered ``first_line``, with line endings normalised.

    Each line that is not UTF-8 is decoded on its own (else as GB18030), so one bad byte costs
    its line alone (an InputError naming it), and a file reads the same whole or in parts.
    UTF-16 (with a BOM) is decoded as a whole; a NUL byte without one means binary.
    """
    text = decode_text(data) if data.startswith(_UTF16_BOMS) or b"\x00" in data else _utf8(data)
    if text is not None:
        yield from numbered_lines(text.replace("\r\n", "\n").replace("\r", "\n"), first_line)
        return
    if b"\x00" in data:
        yield InputError(source, NOT_TEXT, first_line)
        return
    for number, raw in enumerate(_LINE_END.split(data.removeprefix(codecs.BOM_UTF8)), start=first_line):
        line = _utf8(raw)
        if line is None:
            try:
                line = raw.decode("gb18030")
            except UnicodeDecodeError:
                yield InputError(source, Message("this line is not UTF-8 or GB18030 text"), number)
                continue
        if line.strip():
            yield number, line


_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


_LINE_END = re.compile(rb"\r\n|\r|\n")


def _utf8(data: bytes) -> str | None:
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError:
        return None


def decode_text(data: bytes) -> str | None:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encodings: tuple[str, ...] = ("utf-16",)
    elif b"\x00" in data:
        return None
    elif data.startswith(codecs.BOM_UTF8):
        encodings = ("utf-8-sig",)
    else:
        encodings = ("utf-8", "gb18030")
    for encoding in encodings:
        try:
            # GB18030 has a BOM of its own, which the codec keeps.
            return data.decode(encoding).removeprefix("\ufeff")
        except UnicodeDecodeError:
            continue
    return None


def iter_input_files(paths: Iterable[str]) -> Iterator[str | InputError]:
    """Expand paths into input files: directories are walked, the rest pass through.

    A directory yields, in sorted order, every file below it whose suffix is one of
    SUFFIXES, skipping hidden files and directories. A missing path, and one that is not a
    regular file (after symlinks), is an InputError.
    """
    for path in paths:
        if path == "-":
            yield path
        elif os.path.isdir(path):
            yield from _walk(path)
        elif os.path.lexists(path):
            yield _regular(path)
        else:
            yield InputError(shown_path(path), Message("no such file or directory"))


def _regular(path: str) -> str | InputError:
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        return InputError(shown_path(path), os_reason(exc))
    return path if stat.S_ISREG(mode) else InputError(shown_path(path), NOT_REGULAR)


def _walk(root: str) -> Iterator[str | InputError]:
    failures: list[OSError] = []
    found = []
    for folder, subfolders, names in os.walk(root, onerror=failures.append):
        subfolders[:] = [name for name in subfolders if not name.startswith(".")]
        found += [
            os.path.join(folder, name)
            for name in names
            if not name.startswith(".") and Path(name).suffix.lower() in SUFFIXES
        ]
    for failure in failures:
        yield InputError(shown_path(failure.filename or root), os_reason(failure))
    yield from map(_regular, sorted(found, key=lambda path: Path(path).parts))


def read_bytes(path: str, stdin: BinaryIO | None = None, limit: int = MAX_FILE_SIZE) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes, or of standard input for ``-``;
    else an InputError."""
    try:
        if path == "-":
            data = (sys.stdin.buffer if stdin is None else stdin).read(limit + 1)
        else:
            with open_regular(path, limit) as file:
                data = file.read(limit + 1)  # a file growing meanwhile is cut here
    except OSError as exc:
        raise InputError(STDIN_SOURCE if path == "-" else shown_path(path), os_reason(exc)) from None
    if len(data) > limit:
        raise InputError(STDIN_SOURCE if path == "-" else shown_path(path), too_large(limit))
    return data


def open_regular(path: str, limit: int = MAX_FILE_SIZE) -> BinaryIO:
    """Open a regular file of at most ``limit`` bytes for reading, or raise InputError; never
    blocks on a FIFO (it is opened without waiting for a writer, then refused)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise InputError(shown_path(path), os_reason(exc)) from None
    file = os.fdopen(fd, "rb")
    info = os.fstat(fd)
    problem = NOT_REGULAR if not stat.S_ISREG(info.st_mode) else too_large(limit) if info.st_size > limit else None
    if problem:
        file.close()
        raise InputError(shown_path(path), problem)
    return file


_OS_REASONS = {reason: reason for reason in (
    Message("no such file or directory"), Message("permission denied"), Message("is a directory"),
    Message("not a directory"), Message("too many levels of symbolic links"), Message("file name too long"),
    Message("input/output error"), Message("too many open files"))}
"""The reasons the OS gives most often, as messages that can be shown translated."""


def os_reason(exc: OSError) -> str:
    reason = (exc.strerror or str(exc)).lower()
    return _OS_REASONS.get(reason, reason)


def unsupported(suffix: str, expected: Sequence[str]) -> Message:
    names = Message("%(names)s or %(last)s", names=", ".join(expected[:-1]), last=expected[-1])
    if not suffix:
        return Message("no file type suffix (expected %(names)s)", names=names)
    return Message("unsupported file type '%(suffix)s' (expected %(names)s)", suffix=suffix, names=names)


def numbered_lines(text: str, first_line: int = 1) -> Iterator[tuple[int, str]]:
    """Yield (line number, line) for each non-blank line; the first line is ``first_line``."""
    for number, line in enumerate(text.split("\n"), start=first_line):
        if line.strip():
            yield number, line


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def lone_surrogate(text: str, value: Any) -> str | None:
    """The first lone surrogate (as ``\\ud800``) in ``value``, which JSON ``text`` decoded to:
    an escape of half a character that pairs with nothing, which no text can hold (writing it
    out, or to the database, fails); None when there is none."""
    if not _SURROGATE_ESCAPE.search(text):
        return None
    try:
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError as error:
        return f"\\u{ord(error.object[error.start]):04x}"
    return None


def surrogate_message(surrogate: str) -> Message:
    return Message("%(surrogate)s is half of a character (a lone surrogate), not text", surrogate=surrogate)


_JSON_REASONS = {reason: reason for reason in (
    Message("Expecting value"), Message("Extra data"), Message("Expecting ',' delimiter"),
    Message("Expecting ':' delimiter"), Message("Expecting property name enclosed in double quotes"),
    Message("Unterminated string starting at"), Message("Invalid control character at"),
    Message("Invalid \\escape"), Message("Illegal trailing comma before end of object"),
    Message("Illegal trailing comma before end of array"))}
"""What Python's JSON decoder says most often, as messages that can be shown translated."""


def json_reason(reason: str) -> str:
    """What the JSON decoder said, as a message that can be shown translated if it is a usual one."""
    return _JSON_REASONS.get(reason, reason)


def parse_json(text: str, source: str, line: int | None = None) -> Any:
    """The JSON ``text``, or InputError naming ``source`` and ``line``: not JSON, nested too
    deeply, or holding a lone surrogate."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        where = exc.lineno if line is None else line
        raise InputError(source, Message("invalid JSON: %(reason)s (column %(column)d)", reason=json_reason(exc.msg),
                                         column=exc.colno),
                         where) from None
    except ValueError as exc:
        raise InputError(source, Message("invalid JSON: %(reason)s", reason=str(exc)), line) from None
    except RecursionError:
        raise InputError(source, Message("invalid JSON: nested too deeply"), line) from None
    surrogate = lone_surrogate(text, value)
    if surrogate:
        raise InputError(source, Message("invalid JSON: %(reason)s", reason=surrogate_message(surrogate)), line)
    return value


def jsonl_parts(path: str, size: int, limit: int = MAX_FILE_SIZE) -> Iterator[tuple[int, int, int]]:
    """Cut a .jsonl file into parts of at least ``size`` bytes that end at line ends.

    Yields ``(start, end, first_line)`` for :func:`read_jsonl_part`: a byte range and the
    1-based number of its first line. A UTF-16 file cannot be cut at a byte and is one
    part; an empty file has none. Reads the file once, a block at a time. Raises OSError,
    and InputError for a file that is not regular or is larger than ``limit``.
    """
    with open_regular(path, limit) as file:
        utf16 = file.read(2) in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
        file.seek(0)
        start, first_line, done, newlines = 0, 1, 0, 0
        for block in iter(lambda: file.read(min(size, PART_BLOCK)), b""):
            done += len(block)
            newlines += block.count(b"\n")
            cut = -1 if utf16 or done - start < size else block.rfind(b"\n")
            if cut >= 0:
                end = done - len(block) + cut + 1
                yield start, end, first_line
                start, first_line, newlines = end, first_line + newlines, 0
        if done > start:
            yield start, done, first_line
