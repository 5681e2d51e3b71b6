"""Who streamed a plain transcript, for whom, where and when, and the id of its session.

A plain transcript (.txt, .srt, .vtt) holds only what was said. ``--streamer``, ``--unit``,
``--platform`` and ``--date`` attach the same values to every transcript; ``--path-pattern``
reads them from each transcript's path instead, as a regulator's folders name them
(``{streamer}/{date}.txt``, ``{unit}/{streamer}/{date}_{n}.srt``).

A transcript found in a folder given on the command line is named by its path relative to that
folder, without its suffix (``st-a/2026-11-01``): that is its session id, so files with the same
name in different folders are different sessions. A file given directly keeps its stem as
session id. A pattern matches the last parts of the relative path (of the path as given, for a
file given directly: then the part matched, without its suffix, is the session id), as many
as it has parts; a transcript whose path does not match is an error for that file alone.
"""
from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass, field
from pathlib import PurePath

from integrity.i18n import Message
from integrity.read.documents import Origin
from integrity.read.files import shown_path
from integrity.read.model import InputError, Listing

FIELDS = {
    "streamer": r"[^/]+?",
    "unit": r"[^/]+?",
    "platform": r"[^/]+?",
    "date": r"[0-9]{4}-?[0-9]{2}-?[0-9]{2}",
    "n": r"[0-9]+",
}
"""The fields a path pattern may hold, and what each matches (``{date}``: 2026-11-01 or 20261101)."""

_FIELD = re.compile(r"\{([^{}]*)\}")


class PatternError(ValueError):
    """A path pattern that cannot be used: an unknown or repeated field, or none at all."""


@dataclass(frozen=True)
class PathPattern:
    """A pattern such as ``{unit}/{streamer}/{date}_{n}.srt``: literal text and ``{field}``s.

    It matches a path of as many parts as it has (split at ``/``); without a file suffix of its
    own it matches the path without its suffix.
    """

    text: str
    regex: re.Pattern[str] = field(compare=False)
    fields: tuple[str, ...] = ()
    parts: int = 1
    has_suffix: bool = False

    @classmethod
    def parse(cls, text: str) -> PathPattern:
        fields = _FIELD.findall(text)
        for name in fields:
            if name not in FIELDS:
                raise PatternError(Message("unknown field %(field)s in path pattern %(pattern)s (fields: %(fields)s)",
                                           field="{" + name + "}", pattern=repr(text),
                                           fields=", ".join("{" + f + "}" for f in FIELDS)))
        if not fields:
            raise PatternError(Message("path pattern %(pattern)s has no field such as {streamer} or {date}",
                                       pattern=repr(text)))
        repeated = sorted({name for name in fields if fields.count(name) > 1})
        if repeated:
            raise PatternError(Message("field %(field)s appears twice in path pattern %(pattern)s",
                                       field="{" + repeated[0] + "}", pattern=repr(text)))
        pattern, position = "", 0
        for match in _FIELD.finditer(text):
            pattern += re.escape(text[position:match.start()]) + f"(?P<{match.group(1)}>{FIELDS[match.group(1)]})"
            position = match.end()
        pattern += re.escape(text[position:])
        tail = text.rsplit("/", 1)[-1]
        has_suffix = bool(re.search(r"\.[A-Za-z0-9]+$", tail)) and not tail.endswith("}")
        return cls(text, re.compile(pattern), tuple(fields), text.count("/") + 1, has_suffix)

    def match(self, name: str) -> tuple[str, dict[str, str]] | None:
        """The part of ``name`` (a ``/``-separated path) the pattern matches and the fields read
        from it; None when it does not match the last parts of ``name``."""
        parts = name.split("/")
        if len(parts) < self.parts:
            return None
        tail = "/".join(parts[-self.parts:])
        subject = tail if self.has_suffix else _without_suffix(tail)
        found = self.regex.fullmatch(subject)
        return (tail, found.groupdict()) if found else None


def _without_suffix(name: str) -> str:
    stem, dot, suffix = name.rpartition(".")
    return stem if dot and "/" not in suffix and stem and not stem.endswith("/") else name


@dataclass(frozen=True)
class Attribution:
    """What to attach to plain transcripts, and how to name their sessions.

    ``roots`` are the folders given on the command line (transcripts found in them are named
    by their path relative to the folder); ``pattern`` reads fields from each path. The other
    values apply to every transcript, and to session documents that lack them.
    """

    streamer: str | None = None
    unit: str | None = None
    platform: str | None = None
    date: dt.date | None = None
    pattern: PathPattern | None = None
    roots: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.pattern:
            given = [name for name in ("streamer", "unit", "platform", "date") if getattr(self, name)]
            both = [name for name in given if name in self.pattern.fields]
            if both:
                raise PatternError(Message("--%(name)s and the path pattern's {%(name)s} both give the %(name)s; "
                                           "give one of them", name=both[0]))

    def origin(self, source: str, listings: tuple[Listing, ...], transcript: bool) -> Origin:
        """What to attach to the sessions read from ``source``: for a session document, the
        values given (used where it has none); for a transcript, its session id and the values
        read from its path. Raises InputError when a transcript's path does not match the pattern."""
        stem = PurePath(source).stem
        if not transcript:
            return Origin(source, stem, listings, self.date, self.streamer, self.unit, self.platform)
        name, walked = self._name(source)
        session_id = _without_suffix(name) if walked else stem
        values = {"streamer": self.streamer, "unit": self.unit, "platform": self.platform}
        date = self.date
        if self.pattern is not None:
            matched = self.pattern.match(name)
            if matched is None:
                shown = {"name": shown_path(name), "pattern": repr(self.pattern.text)}
                raise InputError(source, Message(
                    "its path relative to the folder (%(name)s) does not match --path-pattern %(pattern)s", **shown)
                    if walked else Message("its path (%(name)s) does not match --path-pattern %(pattern)s", **shown))
            part, fields = matched
            if not walked:
                session_id = _without_suffix(part)
            values.update((key, fields[key]) for key in values if key in fields)
            if "date" in fields:
                date = _date(fields["date"], source)
        return Origin(source, session_id, listings, date, values["streamer"], values["unit"], values["platform"])

    def _name(self, path: str) -> tuple[str, bool]:
        """The path as a pattern sees it, and whether it was found in one of the ``roots``."""
        for root in self.roots:
            prefix = root.rstrip("/" + os.sep) + os.sep
            if path.startswith(prefix):
                return PurePath(os.path.relpath(path, root)).as_posix(), True
        return PurePath(path).as_posix(), False


def _date(text: str, path: str) -> dt.date:
    digits = text.replace("-", "")
    try:
        return dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    except ValueError:
        raise InputError(path, Message("%(text)s in its path is not a date (YYYY-MM-DD or YYYYMMDD)",
                                       text=repr(text))) from None
