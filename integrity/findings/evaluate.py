"""``integrity eval``: precision, recall and F1 per category over labelled sessions.

The unit is a segment (findings with that segment index) or a listing (findings on the listing
alone, ``segment`` null). A unit's ``labels`` are the categories that must be found there;
``also_ok`` names categories that are acceptable but not required (flagging one is neither a hit
nor a false alarm). The false-alarm rate is the share of units without labels that get any
finding outside ``also_ok``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterable

from integrity.detect.finding import CATEGORIES, Finding
from integrity.read.model import Session


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Mistake:
    session_id: str
    unit: str
    text: str
    kind: str
    category: str
    rules: tuple[str, ...] = ()


@dataclass
class Report:
    categories: dict[str, Counts] = field(default_factory=lambda: {c: Counts() for c in CATEGORIES})
    units: int = 0
    unlabelled: int = 0
    unlabelled_flagged: int = 0
    sessions: int = 0
    mistakes: list[Mistake] = field(default_factory=list)

    @property
    def false_alarm_rate(self) -> float:
        return self.unlabelled_flagged / self.unlabelled if self.unlabelled else 0.0

    @property
    def macro_f1(self) -> float:
        return sum(c.f1 for c in self.categories.values()) / len(self.categories)

    def to_dict(self) -> dict:
        return {
            "sessions": self.sessions,
            "units": self.units,
            "categories": {
                name: {"tp": c.tp, "fp": c.fp, "fn": c.fn, "precision": round(c.precision, 4),
                       "recall": round(c.recall, 4), "f1": round(c.f1, 4)}
                for name, c in self.categories.items()
            },
            "macro_f1": round(self.macro_f1, 4),
            "unlabelled": self.unlabelled,
            "unlabelled_flagged": self.unlabelled_flagged,
            "false_alarm_rate": round(self.false_alarm_rate, 4),
        }


def _score_unit(report: Report, session_id: str, unit: str, text: str, labels: Iterable[str],
                also_ok: Iterable[str], found: dict[str, list[str]]) -> None:
    labels, also_ok = set(labels), set(also_ok)
    report.units += 1
    for category in CATEGORIES:
        counts = report.categories[category]
        hit = category in found
        if category in labels:
            if hit:
                counts.tp += 1
            else:
                counts.fn += 1
                report.mistakes.append(Mistake(session_id, unit, text, "missed", category))
        elif hit and category not in also_ok:
            counts.fp += 1
            report.mistakes.append(Mistake(session_id, unit, text, "false alarm", category, tuple(found[category])))
    if not labels:
        report.unlabelled += 1
        if any(c not in also_ok for c in found):
            report.unlabelled_flagged += 1


def evaluate(sessions: Iterable[Session], check: Callable[[Session], list[Finding]]) -> Report:
    report = Report()
    for session in sessions:
        report.sessions += 1
        findings = check(session)
        by_segment: dict[int, dict[str, list[str]]] = {}
        by_listing: dict[str, dict[str, list[str]]] = {}
        for finding in findings:
            if finding.segment is not None:
                target = by_segment.setdefault(finding.segment, {})
            elif finding.listing_id is not None:
                target = by_listing.setdefault(finding.listing_id, {})
            else:
                continue
            target.setdefault(finding.category, []).append(finding.rule)
        for segment in session.segments:
            _score_unit(report, session.session_id, f"segment {segment.index}", segment.text,
                        segment.labels, segment.also_ok, by_segment.get(segment.index, {}))
        for listing in session.listings:
            _score_unit(report, session.session_id, f"listing {listing.listing_id}", listing.title,
                        listing.labels, listing.also_ok, by_listing.get(listing.listing_id, {}))
    return report
