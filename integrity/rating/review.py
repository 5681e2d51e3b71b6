"""Judges' review of findings: an append-only record of decisions, and what is built on it.

As in detect-secrets' ``audit``, a judge marks each finding *confirmed* (a true positive) or
*dismissed* (a false positive, always with a reason). Each decision is a row of ``reviews``,
appended and never edited: the latest row for a finding is the decision in force, the earlier
ones stay as the record of who decided what and why. A decision names the finding's stable id,
so it survives re-scans; when a re-scan (new rules, new lexicons) no longer produces the
finding, its decisions are *orphaned*: kept, reported, and in force again if the finding
comes back.

Built on the record: the open findings and the card a judge decides one from
(:func:`open_findings`, :func:`context`), precision per rule (:func:`stats`), and the decided
segments and listings as labelled sessions that ``integrity eval`` and ``integrity train`` read
(:func:`export`). The scorer reads the decision in force itself
(:func:`integrity.rating.dataset.scoring_records`).
"""
from __future__ import annotations

import getpass
import itertools
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from integrity.detect.finding import CATEGORIES
from integrity.rating import accounts
from integrity.store import ledger, queries, schema

DECISIONS = ("confirmed", "dismissed")
HISTORY_FIELDS = ("finding_id", "decision", "by", "os_user", "reason", "at")
TAGS = {"confirmed": "judge_confirmed", "dismissed": "judge_dismissed"}
"""The tag an exported segment or listing gets for each kind of decision on it."""

_LATEST = "(SELECT finding_id, max(id) AS id FROM reviews GROUP BY finding_id)"
"""The id of the decision in force on each decided finding: the last one appended."""


class ReviewError(ValueError):
    """A decision that cannot be recorded: an unknown finding, no judge, or no reason to dismiss."""


@dataclass(frozen=True)
class Review:
    """One decision as recorded; ``by`` is the judge's account, ``os_user`` the operating-system
    user who ran the command (None for decisions recorded before it was kept); ``state`` says
    whether it is in force, superseded by a later one, or orphaned (its finding is no longer
    produced)."""

    id: int
    finding_id: str
    decision: str
    by: str
    os_user: str | None
    reason: str | None
    at: str
    state: str

    def to_dict(self) -> dict[str, Any]:
        """The history's JSON shape: ``finding_id``, ``decision``, ``by``, ``os_user``, ``reason``, ``at``."""
        return {field: getattr(self, field) for field in HISTORY_FIELDS}


# --- Deciding --------------------------------------------------------------------------------


def decide(db: Database, finding_id: str, decision: str, by: str, reason: str | None = None, *,
           key: bytes, os_user: str | None = None) -> tuple[Review, Review | None]:
    """Append a decision on a stored finding to the decision record (``integrity.store.ledger``:
    chained, and its head signed with ``key``); return it and the decision it supersedes, if any.

    ``by`` must name an active judge's account (``integrity.rating.accounts``). A dismissal
    needs a reason; a confirmation may have one. Names and reasons are stripped. ``os_user`` is
    who ran the command, recorded beside the judge. Raises ReviewError, and ``ledger.RecordError``
    when the record does not verify (nothing is appended then).
    """
    if decision not in DECISIONS:
        raise ReviewError(f"a decision is one of {', '.join(DECISIONS)}, not {decision!r}")
    by, reason = by.strip(), (reason or "").strip() or None
    if not by:
        raise ReviewError("a decision needs the name of the judge who takes it (--by NAME)")
    if decision == "dismissed" and reason is None:
        raise ReviewError("a dismissal needs a reason (--reason TEXT): the record shows why")
    judge(db, by)
    at = schema.now()
    with schema.writing(db):
        if db.execute("SELECT 1 FROM findings WHERE id = ?", [finding_id]).fetchone() is None:
            raise ReviewError(f"no finding {finding_id!r} in the database "
                              "(`integrity findings` lists them with their ids)")
        ledger.check_chain(db, ledger.REVIEWS, key)
        previous = latest(db, finding_id)
        row_id, _ = ledger.append(db, ledger.REVIEWS, {"finding_id": finding_id, "decision": decision, "by": by,
                                                      "os_user": os_user, "reason": reason, "at": at})
        ledger.sign_head(db, ledger.REVIEWS, key, at)
    return Review(row_id, finding_id, decision, by, os_user, reason, at, "in force"), previous


def os_user() -> str | None:
    """The operating-system user running this process, recorded beside the judge's account."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no name for this uid
        return None


def in_force(db: Database, finding_ids: Iterable[str]) -> dict[str, Review]:
    """The decision in force on each of ``finding_ids`` that has one (orphaned or not)."""
    wanted = list(dict.fromkeys(finding_ids))
    found: dict[str, Review] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        sql = ("SELECT r.id, r.finding_id, r.decision, r.by, r.os_user, r.reason, r.at, 'in force' AS state "
               f"FROM reviews r JOIN {_LATEST} latest ON latest.id = r.id "
               f"WHERE r.finding_id IN ({', '.join('?' * len(chunk))})")
        found.update((row["finding_id"], Review(**row)) for row in db.query(sql, chunk))
    return found


def judge(db: Database, name: str) -> accounts.Account:
    """The active judge's account called ``name``, or ReviewError saying why there is none."""
    try:
        account = accounts.active(db, name.strip())
    except accounts.AccountError as error:
        raise ReviewError(f"--by must name an active judge's account: {error}") from None
    if not account.may("decide"):
        raise ReviewError(f"--by must name an active judge's account: {name.strip()!r} is a {account.role}")
    return account


def latest(db: Database, finding_id: str) -> Review | None:
    """The decision in force on a finding (orphaned or not), or None if it was never decided."""
    decisions = history(db, finding_id)
    return decisions[-1] if decisions else None


# --- The record ------------------------------------------------------------------------------


def history(db: Database, finding_id: str | None = None, orphaned_only: bool = False) -> list[Review]:
    """Every decision in the order it was taken, each with its state; optionally only those on
    one finding, or only the orphaned ones."""
    sql = (
        "SELECT r.id, r.finding_id, r.decision, r.by, r.os_user, r.reason, r.at, CASE "
        "WHEN NOT EXISTS (SELECT 1 FROM findings f WHERE f.id = r.finding_id) THEN 'orphaned' "
        f"WHEN r.id IN (SELECT id FROM {_LATEST}) THEN 'in force' ELSE 'superseded' END AS state "
        "FROM reviews r"
    )
    clauses, args = [], []
    if finding_id:
        clauses.append("r.finding_id = ?")
        args.append(finding_id)
    if orphaned_only:
        clauses.append("NOT EXISTS (SELECT 1 FROM findings f WHERE f.id = r.finding_id)")
    if clauses:
        sql += " WHERE " + " AND ".join(clauses)
    return [Review(**row) for row in db.query(sql + " ORDER BY r.id", args)]


def orphaned(db: Database) -> list[str]:
    """The ids of decided findings that are no longer in the database, sorted."""
    return [row[0] for row in db.execute(
        "SELECT DISTINCT finding_id FROM reviews WHERE finding_id NOT IN (SELECT id FROM findings) ORDER BY 1"
    )]


# --- Going through the open findings ---------------------------------------------------------


def open_findings(db: Database, candidate: str | None = None) -> list[dict[str, Any]]:
    """Stored findings nobody has decided yet (as :func:`integrity.store.queries.findings` gives
    them), by session and check order; ``candidate`` is a streamer or unit id."""
    decided = {row[0] for row in db.execute("SELECT DISTINCT finding_id FROM reviews")}
    return [finding for finding in queries.findings(db, candidate=candidate) if finding["id"] not in decided]


def context(db: Database, finding: dict[str, Any], around: int = 2) -> dict[str, Any]:
    """What a judge needs around a finding: its session (streamer, unit, date, platform), the
    segments ``around`` either side of its segment, and the listings it concerns (every listing
    of the session for a price finding that names none), with their numbers."""
    sid = finding["session_id"]
    session = next(db.query("SELECT streamer_id, unit_id, date, platform FROM sessions WHERE session_id = ?", [sid]))
    segment = finding["segment"]
    segments = [] if segment is None else list(db.query(
        "SELECT idx, start, text FROM segments WHERE session_id = ? AND idx BETWEEN ? AND ? ORDER BY idx",
        [sid, segment - around, segment + around]))
    return {"session": {"session_id": sid, **session}, "segments": segments, "listings": _listings_shown(db, finding)}


def _listings_shown(db: Database, finding: dict[str, Any]) -> list[dict[str, Any]]:
    sql = "SELECT * FROM listings WHERE session_id = ?"
    args = [finding["session_id"]]
    if finding["listing_id"] is not None:
        sql += " AND listing_id = ?"
        args.append(finding["listing_id"])
    elif finding["category"] != "price":
        return []
    listings = list(db.query(sql + " ORDER BY idx", args))
    for listing in listings:
        listing["price_history"] = json.loads(listing["price_history"] or "[]")
    return listings


# --- Precision per rule ----------------------------------------------------------------------


@dataclass(frozen=True)
class RuleStats:
    """How judges decided one rule's stored findings (the decision in force on each)."""

    rule: str
    category: str
    findings: int
    confirmed: int
    dismissed: int

    @property
    def decided(self) -> int:
        return self.confirmed + self.dismissed

    @property
    def open(self) -> int:
        return self.findings - self.decided

    @property
    def precision(self) -> float | None:
        """Confirmed over decided; None while nothing is decided."""
        return self.confirmed / self.decided if self.decided else None

    def to_dict(self) -> dict[str, Any]:
        precision = self.precision
        return {"rule": self.rule, "category": self.category, "findings": self.findings,
                "confirmed": self.confirmed, "dismissed": self.dismissed, "open": self.open,
                "precision": None if precision is None else round(precision, 4)}


STATS_FIELDS = ("rule", "category", "findings", "confirmed", "dismissed", "open", "precision")


def stats(db: Database) -> tuple[list[RuleStats], RuleStats]:
    """Precision per rule, lowest first (the rules judges keep dismissing), rules with nothing
    decided last; and the totals over all rules (``rule`` "all", ``category`` "-").

    Orphaned decisions are left out: their findings, and so their rules, are gone
    (:func:`orphaned` counts them).
    """
    sql = (
        "SELECT f.rule, f.category, count(*) AS findings, "
        "count(CASE WHEN r.decision = 'confirmed' THEN 1 END) AS confirmed, "
        "count(CASE WHEN r.decision = 'dismissed' THEN 1 END) AS dismissed "
        f"FROM findings f LEFT JOIN {_LATEST} latest ON latest.finding_id = f.id "
        "LEFT JOIN reviews r ON r.id = latest.id GROUP BY f.rule, f.category"
    )
    found = [RuleStats(**row) for row in db.query(sql)]
    found.sort(key=lambda s: (s.precision is None, s.precision or 0.0, s.rule))
    sums = (sum(getattr(s, key) for s in found) for key in ("findings", "confirmed", "dismissed"))
    total = RuleStats("all", "-", *sums)
    return found, total


# --- Export as labelled sessions -------------------------------------------------------------


def export(db: Database, candidate: str | None = None) -> Iterator[dict[str, Any]]:
    """The decided segments and listings as labelled session documents, one per session with
    a decision in force, in session order; ``candidate`` is a streamer or unit id.

    A segment (or a listing, for findings on a listing alone) with a decision in force becomes
    a labelled unit: ``labels`` are the categories of its confirmed findings; the categories of
    its dismissed findings stay out of them, so the unit is a negative for those (tagged
    ``judge_dismissed``, and ``hard_negative`` when nothing on it was confirmed); categories of
    findings still open there go in ``also_ok``. A listing that a decided segment finding is
    about comes along with its numbers, which that finding depends on, and the segment is
    tagged ``listing_dependent`` (a text-only classifier cannot learn it from the words; ``train``
    leaves it out). ``decisions`` on each unit record the findings, judges and reasons behind
    its labels (extra keys, which readers keep and ignore).
    """
    decided = "SELECT session_id FROM findings WHERE id IN (SELECT finding_id FROM reviews)"
    clauses, args = [f"f.session_id IN ({decided})"], []
    if candidate:
        clauses.append("f.session_id IN (SELECT session_id FROM sessions WHERE streamer_id = ? OR unit_id = ?)")
        args += [candidate, candidate]
    sql = (
        "SELECT f.id, f.session_id, f.segment, f.listing_id, f.rule, f.category, r.decision, r.by, r.reason "
        f"FROM findings f LEFT JOIN {_LATEST} latest ON latest.finding_id = f.id "
        f"LEFT JOIN reviews r ON r.id = latest.id WHERE {' AND '.join(clauses)} ORDER BY f.session_id, f.ordinal"
    )
    for session_id, rows in itertools.groupby(db.query(sql, args), key=lambda row: row["session_id"]):
        yield _session_document(db, session_id, list(rows))


def _session_document(db: Database, session_id: str, findings: list[dict[str, Any]]) -> dict[str, Any]:
    segments: dict[int, list[dict[str, Any]]] = {}
    listings: dict[str, list[dict[str, Any]]] = {}
    for finding in findings:
        if finding["segment"] is not None:
            segments.setdefault(finding["segment"], []).append(finding)
        else:
            listings.setdefault(finding["listing_id"], []).append(finding)
    decided_segments = {idx: on for idx, on in segments.items() if any(f["decision"] for f in on)}
    context = {f["listing_id"] for on in decided_segments.values() for f in on
               if f["decision"] and f["listing_id"] is not None}  # the listings decided segments are about
    decided_listings = {lid: on for lid, on in listings.items() if any(f["decision"] for f in on) or lid in context}
    session = next(db.query("SELECT streamer_id, unit_id, date, platform FROM sessions WHERE session_id = ?",
                            [session_id]))
    document: dict[str, Any] = {"session_id": session_id, **{k: v for k, v in session.items() if v is not None}}
    rows = db.query(f'SELECT idx, start, "end", text FROM segments WHERE session_id = ? AND idx IN '
                    f"({', '.join('?' * len(decided_segments))}) ORDER BY idx", [session_id, *decided_segments])
    document["segments"] = [
        {**{k: v for k, v in row.items() if k != "idx" and v is not None}, **_labelled(decided_segments[row["idx"]])}
        for row in rows
    ]
    wanted = set(decided_listings) | context
    document["listings"] = [
        {**_listing(row), **_labelled(decided_listings.get(row["listing_id"], []))}
        for row in db.query("SELECT * FROM listings WHERE session_id = ? ORDER BY idx", [session_id])
        if row["listing_id"] in wanted
    ]
    return document


def _labelled(findings: list[dict[str, Any]]) -> dict[str, Any]:
    """``labels``, ``also_ok``, ``tags`` and ``decisions`` of one segment or listing from its findings."""
    decided = [f for f in findings if f["decision"]]
    labels = [c for c in CATEGORIES if any(f["category"] == c and f["decision"] == "confirmed" for f in decided)]
    open_categories = {f["category"] for f in findings if not f["decision"]}
    also_ok = [c for c in CATEGORIES if c in open_categories and c not in labels]
    tags = [TAGS[d] for d in DECISIONS if any(f["decision"] == d for f in decided)]
    if decided and not labels:
        tags.append("hard_negative")
    if any(f["segment"] is not None and f["listing_id"] is not None for f in decided):
        tags.append("listing_dependent")
    unit: dict[str, Any] = {"labels": labels}
    if also_ok:
        unit["also_ok"] = also_ok
    if tags:
        unit["tags"] = tags
    if decided:
        keys = ("rule", "category", "decision", "by", "reason")
        unit["decisions"] = [{"finding_id": f["id"], **{key: f[key] for key in keys}} for f in decided]
    return unit


def _listing(row: dict[str, Any]) -> dict[str, Any]:
    keys = ("listing_id", "title", "brand", "category", "price", "list_price", "list_price_basis", "stock")
    listing = {key: row[key] for key in keys if row[key] is not None}
    history = json.loads(row["price_history"] or "[]")
    if history:
        listing["price_history"] = history
    return listing
