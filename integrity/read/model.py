"""The data the checker works on: sessions, their segments and listings.

Readers build these from files; detectors read them and never change them.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class PricePoint:
    """One actual transaction price on a day before the session."""

    date: _dt.date
    price: float


@dataclass(frozen=True)
class Segment:
    """One utterance of a transcript; ``index`` is its 0-based position in the session."""

    index: int
    text: str
    start: float | None = None
    end: float | None = None
    labels: tuple[str, ...] = ()
    also_ok: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Listing:
    """One product on sale in a session."""

    listing_id: str
    title: str = ""
    brand: str | None = None
    category: str | None = None
    price: float | None = None
    list_price: float | None = None
    list_price_basis: str | None = None
    stock: int | None = None
    price_history: tuple[PricePoint, ...] = ()
    labels: tuple[str, ...] = ()
    also_ok: tuple[str, ...] = ()

    @property
    def list_price_is_msrp(self) -> bool:
        return (self.list_price_basis or "").lower() == "msrp"


@dataclass(frozen=True)
class Session:
    """One livestream broadcast: who, when, what was said and what was on sale.

    ``source`` names the file the session came from and ``line`` the line it starts on, where
    known (for messages); ``form`` what kind of input it was (``document``: a session document;
    ``transcript``: plain text, one segment per line; ``subtitles``: .srt or .vtt cues), so that
    a person is told where a finding is in the terms of that input; ``extra`` keeps keys the
    contract does not define, untouched.
    """

    session_id: str
    segments: tuple[Segment, ...] = ()
    listings: tuple[Listing, ...] = ()
    streamer_id: str | None = None
    unit_id: str | None = None
    date: _dt.date | None = None
    platform: str | None = None
    source: str = ""
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    form: str = field(default="", compare=False)
    line: int | None = field(default=None, compare=False, hash=False)

    def listing(self, listing_id: str | None) -> Listing | None:
        for listing in self.listings:
            if listing.listing_id == listing_id:
                return listing
        return None


class InputError(Exception):
    """Unreadable or malformed input, named by file (and line or row where known)."""

    def __init__(self, source: str, message: str, line: int | None = None):
        super().__init__(message)
        self.source = source
        self.line = line
        self.message = message

    def __str__(self) -> str:
        where = self.source if self.line is None else f"{self.source}:{self.line}"
        return f"{where}: {self.message}"

    def __reduce__(self):
        # Worker processes send errors back to the parent.
        return InputError, (self.source, self.message, self.line)
