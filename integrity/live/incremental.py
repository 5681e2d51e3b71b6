"""One live stream: findings written as segments arrive, as a check of the whole session finds them.

``Checker.check(session)`` is a pure function of a whole session; checking the whole session
again at every segment would cost more with every segment. A ``LiveSession`` checks, for each
new segment, a window made of:

* the last ``REACH`` segments before it: as far back as a segment's findings depend on others
  (the kind of goods is read from the ``goods.LOOKBACK`` segments before a segment) plus as far
  as a correction reaches back to a claim (``corrections.WINDOW_SEGMENTS``);
* the segments that first stated each fact about the whole session that a detector reads
  wherever it is said (``Checker.context``: a health food's disclaimer, a brand the store says
  it is authorised for, a kind of goods), one segment per fact;
* every listing received so far.

Of that check it writes the findings on the new segment, those on a listing alone, and a
finding written before that a correction in the new segment now takes back (written again with
``corrected`` set). The window has at most ``REACH + 1`` segments plus one per fact, whatever
the length of the stream.

A listing that arrives mid-stream can make an earlier claim checkable (原价 said before the link
went up): a new listing rechecks the last ``CATCH_UP`` segments. At the end of the stream the
whole session is checked once, and whatever it finds that was not written yet (a claim older
than ``CATCH_UP`` segments that a late listing contradicts, say) is written then, with its own
segment index. So nothing that a check of the whole file finds is missing from a live run.

A finding is one finding for as long as its rule, segment, listing, span and evidence are the
same; it is written once (twice if it is corrected later). Live mode may also write findings the
whole session would not have: a claim judged with what was known when it was said (a health
food's disclaimer said only later, a reference price before the listing's data arrived).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import replace

from integrity.detect.checker import Checker
from integrity.detect.corrections import WINDOW_SEGMENTS
from integrity.detect.finding import Correction, Finding
from integrity.detect.goods import LOOKBACK
from integrity.read.model import Listing, Segment, Session
from integrity.text.text import Text

REACH = WINDOW_SEGMENTS + LOOKBACK
CATCH_UP = 120


def identity(finding: Finding) -> tuple:
    """What makes two findings of one stream the same finding."""
    return finding.rule, finding.segment, finding.listing_id, finding.span, finding.evidence


class LiveSession:
    """The state of one stream: its segments (with their normalised texts), its listings, the
    segments stating facts about the whole session, and the findings written so far."""

    def __init__(self, checker: Checker, session_id: str = "live", *, streamer_id: str | None = None,
                 unit_id: str | None = None, date: dt.date | None = None, platform: str | None = None,
                 listings: Iterable[Listing] = ()):
        self.checker = checker
        self.session_id, self.streamer_id, self.unit_id = session_id, streamer_id, unit_id
        self.date, self.platform = date, platform
        self.segments: list[Segment] = []
        self.texts: list[Text] = []
        self.listings: dict[str, Listing] = {listing.listing_id: listing for listing in listings}
        self._facts: dict[object, int] = {}
        self._written: dict[tuple, Correction | None] = {}

    @property
    def written(self) -> int:
        """How many distinct findings were written."""
        return len(self._written)

    def add_segment(self, segment: Segment) -> list[Finding]:
        """Take the next segment (its ``index`` is set here); the findings to write now."""
        index = len(self.segments)
        segment = replace(segment, index=index)
        text = self.checker.text(segment.text)
        self.segments.append(segment)
        self.texts.append(text)
        for fact in self.checker.context(text):
            self._facts.setdefault(fact, index)
        return self._check(index - REACH, index, index)

    def add_listing(self, listing: Listing) -> list[Finding]:
        """Take a listing (one with a listing id seen before replaces it): the findings it brings,
        on itself and on the last ``CATCH_UP`` segments."""
        self.listings.pop(listing.listing_id, None)
        self.listings[listing.listing_id] = listing
        last = len(self.segments) - 1
        return self._check(last - CATCH_UP - REACH, last, last - CATCH_UP)

    def finish(self) -> list[Finding]:
        """The end of the stream: what a check of the whole session finds that was not written."""
        return self._new(self.checker.check_texts(self.session(), self.texts), trusted_from=0)

    def session(self, positions: Sequence[int] | None = None) -> Session:
        """The session so far, or the segments at ``positions`` of it, numbered from 0."""
        chosen = self.segments if positions is None else [replace(self.segments[i], index=k)
                                                          for k, i in enumerate(positions)]
        return Session(self.session_id, tuple(chosen), tuple(self.listings.values()), self.streamer_id,
                       self.unit_id, self.date, self.platform, source="<live>")

    def _check(self, low: int, high: int, trusted_from: int) -> list[Finding]:
        """Check segments ``low..high`` with the segments stating facts before them; the new
        findings from ``trusted_from`` on (and on listings), and new corrections anywhere."""
        low = max(0, low)
        facts = sorted({at for at in self._facts.values() if at < low})
        positions = facts + list(range(low, high + 1))
        found = self.checker.check_texts(self.session(positions), [self.texts[i] for i in positions])
        return self._new([_renumbered(finding, positions) for finding in found], trusted_from)

    def _new(self, findings: list[Finding], trusted_from: int) -> list[Finding]:
        out = []
        for finding in findings:
            key = identity(finding)
            if key in self._written:
                if finding.corrected is None or self._written[key] is not None:
                    continue  # written already, and no news of a correction
            elif finding.segment is not None and finding.segment < trusted_from:
                continue  # judged without all of its context: the window's edge
            self._written[key] = finding.corrected
            out.append(finding)
        return out


def _renumbered(finding: Finding, positions: Sequence[int]) -> Finding:
    """A finding of a window check with the stream's segment numbers."""
    if finding.segment is None:
        return finding
    corrected = finding.corrected
    if corrected is not None:
        corrected = replace(corrected, segment=positions[corrected.segment])
    return replace(finding, segment=positions[finding.segment], corrected=corrected)
