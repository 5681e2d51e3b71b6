"""Long segments checked in overlapping windows, so the cost of a check grows with the length
of the text, not with its square, and its memory stays bounded.

Detectors read a segment as a whole, and some of their steps look at the whole segment for each
hit. On a segment of ordinary length that costs nothing; on one of 64,000 characters (an ASR
transcript without a single line break) it took seconds, and a 50 MB line never finished. So a
segment longer than ``WINDOW`` characters is checked as windows of at most ``WINDOW`` characters
that overlap by about ``OVERLAP``: each window ends after a clause mark (，。！？…) where one
falls in its last ``OVERLAP`` characters, and the next starts after a clause mark in that
overlap (else both are cut where the sizes say). Each window is checked as a segment of its
own, in place of the long one; its findings are mapped back (segment, span and evidence in the
original segment's text), and a finding found again in the overlap of the next window is
dropped: of findings of one rule whose spans overlap, the one from the window whose middle part
(``Piece.owned``) holds the span's start is kept. Each window may give its own finding of a rule
that fires once per segment, so a long segment can have several.

A session holding such a segment is checked in parts of about ``PART`` characters (short
segments and windows in their order), so memory stays bounded however long the segment is;
findings on listings alone, which every part gives again, are kept once. Context that detectors
gather over a whole session (such as brands a seller calls its own) is then gathered per part.
Sessions without a long segment are checked as they are.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass

from integrity.detect.finding import Finding
from integrity.read.model import Segment, Session
from integrity.text.clauses import MARK_RE

WINDOW = 4000
"""The longest segment checked as it is, and the length of a window."""

OVERLAP = 400
"""How far windows overlap: enough for any term and the clause around it."""

PART = 200_000
"""The characters of segment text checked at once in a session with a long segment."""


@dataclass(frozen=True)
class Piece:
    """One segment of a part: a whole segment, or a window of a long one.

    ``number`` is its place among all the pieces of the session, ``segment`` the position of
    the original segment in the session, ``offset`` where the piece's text starts in it, and
    ``owned`` the original positions whose findings this piece decides when windows overlap
    (its whole text for a segment checked whole).
    """

    number: int
    segment: int
    offset: int
    owned: tuple[int, int]


@dataclass(frozen=True)
class Part:
    """A session made of pieces, to check in place of (a stretch of) the original."""

    session: Session
    pieces: tuple[Piece, ...]


def needs_windows(session: Session, size: int = WINDOW) -> bool:
    return any(len(segment.text) > size for segment in session.segments)


def cuts(text: str, size: int = WINDOW, overlap: int = OVERLAP) -> list[tuple[int, int]]:
    """The (start, end) of the windows of ``text``: at most ``size`` characters each, every one
    after the first starting inside the previous one, at least ``overlap // 2`` before its end."""
    if len(text) <= size:
        return [(0, len(text))]
    windows: list[tuple[int, int]] = []
    start = 0
    while True:
        end = start + size
        if end >= len(text):
            windows.append((start, len(text)))
            return windows
        end = _after_mark(text, end - overlap // 2, end, last=True) or end
        windows.append((start, end))
        start = _after_mark(text, end - overlap, end - overlap // 2, last=False) or end - overlap


def _after_mark(text: str, lo: int, hi: int, *, last: bool) -> int | None:
    """The position just after the last (or first) clause mark in ``text[lo:hi]``, if any."""
    found = None
    for match in MARK_RE.finditer(text, lo, hi):
        found = match.end()
        if not last:
            break
    return found


def parts(session: Session, size: int = WINDOW, overlap: int = OVERLAP, part: int = PART) -> Iterator[Part]:
    """The session as parts of at most about ``part`` characters, long segments cut into windows."""
    pieces: list[Piece] = []
    segments: list[Segment] = []
    length = number = 0
    for position, segment in enumerate(session.segments):
        windows = cuts(segment.text, size, overlap)
        for at, (start, end) in enumerate(windows):
            lo = 0 if at == 0 else (windows[at - 1][1] + start) // 2
            hi = len(segment.text) if at == len(windows) - 1 else (end + windows[at + 1][0]) // 2
            if segments and length + end - start > part:
                yield _part(session, segments, pieces)
                segments, pieces, length = [], [], 0
            pieces.append(Piece(number, position, start, (lo, hi)))
            number += 1
            segments.append(dataclasses.replace(segment, index=len(segments), text=segment.text[start:end]))
            length += end - start
    if segments or not session.segments:
        yield _part(session, segments, pieces)


def _part(session: Session, segments: list[Segment], pieces: list[Piece]) -> Part:
    return Part(dataclasses.replace(session, segments=tuple(segments)), tuple(pieces))


Found = tuple[Finding, bool, int]
"""A finding mapped back to the session, whether its piece owns it, and the piece's number."""


def original(session: Session, part: Part, findings: list[Finding]) -> Iterator[Found]:
    """The findings of a part as findings of ``session``."""
    for finding in findings:
        if finding.segment is None:
            yield finding, True, -1
            continue
        piece = part.pieces[finding.segment]
        segment = session.segments[piece.segment]
        span = None
        if finding.span is not None:
            span = (finding.span[0] + piece.offset, finding.span[1] + piece.offset)
        start = span[0] if span else piece.offset
        owned = piece.owned[0] <= start < piece.owned[1] or (start == piece.owned[1] == len(segment.text))
        corrected = finding.corrected
        if corrected is not None:
            corrected = dataclasses.replace(
                corrected, segment=session.segments[part.pieces[corrected.segment].segment].index)
        yield dataclasses.replace(finding, segment=segment.index, span=span, corrected=corrected), owned, piece.number


def deduplicated(found: list[Found]) -> list[Finding]:
    """Findings without the copies that overlapping windows and parts give: each finding on a
    listing alone once; a finding on a segment is dropped when the window next to its own kept
    a finding of the same rule (and listing) whose span overlaps it, those that their window
    owns being kept first. (Windows two apart never overlap.)"""
    kept: list[Finding] = []
    seen: set[Finding] = set()
    spans: dict[tuple, list[tuple[int, int]]] = {}
    for finding, _, number in sorted(found, key=lambda item: not item[1]):
        if finding.segment is None:
            if finding not in seen:
                seen.add(finding)
                kept.append(finding)
            continue
        key = (finding.segment, finding.rule, finding.listing_id)
        a, b = finding.span or (0, 0)
        neighbours = (*spans.get((*key, number - 1), ()), *spans.get((*key, number + 1), ()))
        if any(x < b and a < y or (x, y) == (a, b) for x, y in neighbours):
            continue
        spans.setdefault((*key, number), []).append((a, b))
        kept.append(finding)
    return kept
