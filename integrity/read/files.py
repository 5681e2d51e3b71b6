"""Finding and reading input files: walking folders, decoding text (UTF-8 with or without BOM,
UTF-16 with BOM, GB18030), and cutting large .jsonl files into parts at line ends.
"""
from __future__ import annotations

import codecs
import json
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, BinaryIO

from integrity.read.model import InputError

SUFFIXES = (".json", ".jsonl", ".txt", ".srt", ".vtt")


LISTING_SUFFIXES = (".json", ".jsonl", ".csv")


STDIN_SOURCE = "<stdin>"


NOT_TEXT = "not a text file (binary or unknown encoding)"


PART_BLOCK = 1 << 16


def decode_bytes(data: bytes, source: str) -> str:
    """Decode a text file and normalise its line endings to LF.

    Reads UTF-8 (with or without BOM), UTF-16 with a BOM and GB18030; the BOM
    is dropped. Empty (or whitespace-only) and binary input raise InputError.
    """
    text = decode_text(data)
    if text is None:
        raise InputError(source, NOT_TEXT)
    if not text.strip():
        raise InputError(source, "empty file")
    return text.replace("\r\n", "\n").replace("\r", "\n")


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
    SUFFIXES, skipping hidden files and directories. A missing path is an InputError.
    """
    for path in paths:
        if path == "-":
            yield path
        elif os.path.isdir(path):
            yield from _walk(path)
        elif os.path.exists(path):
            yield path
        else:
            yield InputError(path, "no such file or directory")


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
        yield InputError(failure.filename or root, os_reason(failure))
    yield from sorted(found, key=lambda path: Path(path).parts)


def read_bytes(path: str, stdin: BinaryIO | None = None) -> bytes:
    try:
        if path == "-":
            return (sys.stdin.buffer if stdin is None else stdin).read()
        return Path(path).read_bytes()
    except OSError as exc:
        raise InputError(STDIN_SOURCE if path == "-" else path, os_reason(exc)) from None


def os_reason(exc: OSError) -> str:
    return (exc.strerror or str(exc)).lower()


def unsupported(suffix: str, expected: Sequence[str]) -> str:
    names = ", ".join(expected[:-1]) + " or " + expected[-1]
    if not suffix:
        return f"no file type suffix (expected {names})"
    return f"unsupported file type '{suffix}' (expected {names})"


def numbered_lines(text: str, first_line: int = 1) -> Iterator[tuple[int, str]]:
    """Yield (line number, line) for each non-blank line; the first line is ``first_line``."""
    for number, line in enumerate(text.split("\n"), start=first_line):
        if line.strip():
            yield number, line


def parse_json(text: str, source: str, line: int | None = None) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        where = exc.lineno if line is None else line
        raise InputError(source, f"invalid JSON: {exc.msg} (column {exc.colno})", where) from None
    except ValueError as exc:
        raise InputError(source, f"invalid JSON: {exc}", line) from None
    except RecursionError:
        raise InputError(source, "invalid JSON: nested too deeply", line) from None


def jsonl_parts(path: str, size: int) -> Iterator[tuple[int, int, int]]:
    """Cut a .jsonl file into parts of at least ``size`` bytes that end at line ends.

    Yields ``(start, end, first_line)`` for :func:`read_jsonl_part`: a byte range and the
    1-based number of its first line. A UTF-16 file cannot be cut at a byte and is one
    part; an empty file has none. Reads the file once, a block at a time. Raises OSError.
    """
    with open(path, "rb") as file:
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
