"""The live protocol: JSON lines in, one JSON object out per segment.

In, one JSON object per line: a segment ``{"start": 12.3, "end": 15.0, "text": "..."}`` (only
``text`` is required) or a listing ``{"listing": {...}}`` (the contract's listing object), at
any time. Blank lines are skipped. Out:

* for each segment, ``{"segment": n, "findings": [...]}`` (``n`` counts segments from 0), when
  it brings findings, or always with ``all_segments``; the findings are the contract's objects,
  each with its own ``segment`` (an earlier one for a claim a correction in this segment takes
  back, written again with ``corrected`` set);
* for each listing, ``{"segment": null, "listing": "p-1", "findings": [...]}`` likewise;
* at the end, always, ``{"segment": null, "end": true, "findings": [...], "summary": {...}}``:
  what only the check of the whole session found, and the counts.

A line that is not a segment or a listing raises ``InputError`` naming its line; the stream
goes on.
"""
from __future__ import annotations

import json
from typing import Any

from integrity.live.incremental import LiveSession
from integrity.read.documents import listing_from_dict, segment_from_dict
from integrity.read.files import lone_surrogate, surrogate_message
from integrity.read.model import InputError


class LiveStream:
    """A ``LiveSession`` fed the protocol's lines, answering with the protocol's objects."""

    def __init__(self, live: LiveSession, *, all_segments: bool = False, source: str = "<stdin>"):
        self.live = live
        self.all_segments = all_segments
        self.source = source
        self.lines = 0
        self.errors = 0

    def feed(self, line: str | bytes) -> dict[str, Any] | None:
        """One line of input: the object to write, or None when there is nothing to write."""
        self.lines += 1
        number = self.lines
        if isinstance(line, bytes):
            try:
                line = line.decode("utf-8")
            except UnicodeDecodeError:
                self.errors += 1
                raise InputError(self.source, "not UTF-8 text", number) from None
        if not line.strip():
            return None
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            self.errors += 1
            raise InputError(self.source, f"not JSON ({error.msg} at column {error.colno})", number) from None
        except (ValueError, RecursionError) as error:  # a number of thousands of digits; nesting
            self.errors += 1
            reason = "nested too deeply" if isinstance(error, RecursionError) else str(error)
            raise InputError(self.source, f"not JSON ({reason})", number) from None
        surrogate = lone_surrogate(line, record)
        if surrogate:
            self.errors += 1
            raise InputError(self.source, surrogate_message(surrogate), number)
        try:
            if isinstance(record, dict) and "listing" in record:
                listing = listing_from_dict(record["listing"], self.source, number)
                found = self.live.add_listing(listing)
                if not found and not self.all_segments:
                    return None
                return {"segment": None, "listing": listing.listing_id, "findings": [f.to_dict() for f in found]}
            segment = segment_from_dict(record, len(self.live.segments), self.source, number)
        except InputError:
            self.errors += 1
            raise
        found = self.live.add_segment(segment)
        if not found and not self.all_segments:
            return None
        return {"segment": len(self.live.segments) - 1, "findings": [f.to_dict() for f in found]}

    def end(self) -> dict[str, Any]:
        """The end of the stream: the findings only the whole session shows, and the counts."""
        found = self.live.finish()
        return {"segment": None, "end": True, "findings": [f.to_dict() for f in found],
                "summary": {"segments": len(self.live.segments), "listings": len(self.live.listings),
                            "findings": self.live.written, "errors": self.errors}}


def dumps(message: dict[str, Any]) -> str:
    """One output object as a line of JSON (without the newline)."""
    return json.dumps(message, ensure_ascii=False, separators=(",", ":"))
