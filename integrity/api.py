"""The Python API: check a text or a session without going through files.

``check_text`` and ``check_session`` take the ``Checker``'s options as keywords (``select``,
``ignore``, ``lexicon_dirs``, ``preview``, ``model``, ``models_dir``, ``authorisations``) and
keep one loaded ``Checker`` per distinct set of options, so repeated calls cost only the check.
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

from integrity.detect.checker import Checker
from integrity.detect.finding import Finding
from integrity.read.documents import listing_from_dict, session_from_dict
from integrity.read.model import Listing, Segment, Session

API_SOURCE = "<api>"


def check_text(text: str, *, listings: Iterable[Listing | Mapping[str, Any]] = (),
               date: dt.date | str | None = None, session_id: str = "text", **options: Any) -> list[Finding]:
    """The findings of a transcript given as text: one segment per non-empty line, as a .txt file.

    ``listings`` are ``Listing`` objects or listing dicts in the contract's format; ``date``
    (a ``datetime.date`` or ``YYYY-MM-DD``) is the session date the price checks count back from.
    """
    segments = tuple(Segment(index, line) for index, line in enumerate(
        stripped for stripped in (line.strip() for line in text.splitlines()) if stripped))
    session = Session(session_id, segments, tuple(_listing(item) for item in listings), date=_date(date),
                      source=API_SOURCE)
    return _checker(options).check(session)


def check_session(session: Session | Mapping[str, Any], **options: Any) -> list[Finding]:
    """The findings of one session: a ``Session``, or a session document (dict) in the contract's
    format; a malformed document raises ``integrity.read.model.InputError``."""
    if not isinstance(session, Session):
        session = session_from_dict(session, API_SOURCE)
    return _checker(options).check(session)


def _listing(item: Listing | Mapping[str, Any]) -> Listing:
    return item if isinstance(item, Listing) else listing_from_dict(item, API_SOURCE)


def _date(value: dt.date | str | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value)


def _checker(options: dict[str, Any]) -> Checker:
    return _cached_checker(json.dumps(options, sort_keys=True, default=_plain))


def _plain(value: Any) -> Any:
    if isinstance(value, (set, frozenset, tuple)):
        return sorted(value, key=str)
    return str(value)


@lru_cache(maxsize=8)
def _cached_checker(options: str) -> Checker:
    return Checker(**json.loads(options))
