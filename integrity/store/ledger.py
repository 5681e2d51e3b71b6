"""The decision record: judges' review decisions (``reviews``) and complaint status changes
(``complaint_history``), append-only, hash-chained and signed, so that no decision can be edited
or removed without trace.

* **Append-only.** Triggers refuse UPDATE and DELETE on both tables (and on ``signed_heads``).
* **Hash-chained.** Each row holds ``prev_hash``, the hash of the row before it in its table
  (``GENESIS`` for the first), and ``hash``, the sha256 of that and of its content (every
  column, its id first): editing a row breaks its own hash, removing or inserting one breaks
  the link of the row after it.
* **Signed.** Whoever has write access to the file could recompute every hash, so after each
  append the chain's head (its last row's id and hash) is signed with HMAC-SHA256 under a key
  kept outside the database (``integrity.store.keys``) and stored in ``signed_heads``. An
  attacker without the key cannot sign a rewritten chain; the heads signed before still name the
  hashes the rows had.

:func:`verify` checks every row's hash, every link, every signature, that each signed head is
still in its chain and that the last row of each chain is signed; and that each complaint's
status is the last one its history recorded. It also checks that each decision's finding is
still stored: one that is gone although no session was checked again since the decision was
removed by hand (a problem); one gone after a later scan is listed as *orphaned* by a re-scan
with other rules (see ``integrity.rating.review``), which is no tampering. Nothing can stop a
database from being put back whole to an earlier state (every row and signature of that time is
valid): the chain heads :func:`verify` prints are for the judges' minutes, so such a rollback
shows as an earlier head. Appending checks the chain first, so a new signature never covers
rows that do not verify.
"""
from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

GENESIS = "0" * 64
"""The ``prev_hash`` of the first row of a chain."""


@dataclass(frozen=True)
class Chain:
    """A table kept as a chain: its name, the columns hashed (the id first) and what a row is."""

    table: str
    columns: tuple[str, ...]
    noun: str


REVIEWS = Chain("reviews", ("id", "finding_id", "decision", "by", "os_user", "reason", "at"), "decision")
COMPLAINT_HISTORY = Chain("complaint_history",
                          ("id", "complaint_id", "status", "previous_status", "source", "changed_at"), "status change")
CHAINS = (REVIEWS, COMPLAINT_HISTORY)


class RecordError(ValueError):
    """The decision record does not verify, so nothing is appended to it."""


def row_hash(table: str, prev_hash: str, values: list[Any] | tuple[Any, ...]) -> str:
    """sha256 of a row: its table, the hash of the row before it, and its values in column order."""
    data = json.dumps([table, prev_hash, *values], separators=(",", ":"))
    return hashlib.sha256(data.encode("ascii")).hexdigest()


def signature(key: bytes, table: str, row_id: int, head: str) -> str:
    """HMAC-SHA256 under ``key`` of a chain's head: its table, last row id and that row's hash."""
    return hmac.new(key, f"{table}\x1f{row_id}\x1f{head}".encode("ascii"), hashlib.sha256).hexdigest()


# --- Appending -------------------------------------------------------------------------------


def append(db: Database, chain: Chain, values: dict[str, Any]) -> tuple[int, str]:
    """Insert a row at the end of ``chain`` with its links; return its id and hash. Call it inside
    a write transaction (``schema.writing``), after :func:`check_chain`, and sign the head
    (:func:`sign_head`) before committing."""
    last = db.execute(f"SELECT id, hash FROM {chain.table} ORDER BY id DESC LIMIT 1").fetchone()
    row_id = (last[0] if last else 0) + 1
    prev = last[1] if last else GENESIS
    row = {**values, "id": row_id}
    digest = row_hash(chain.table, prev, [row[column] for column in chain.columns])
    columns = [*chain.columns, "prev_hash", "hash"]
    db.execute(f"INSERT INTO {chain.table} ({', '.join(f'[{c}]' for c in columns)}) "
               f"VALUES ({', '.join('?' * len(columns))})", [*(row[c] for c in chain.columns), prev, digest])
    return row_id, digest


def sign_head(db: Database, chain: Chain, key: bytes, at: str) -> None:
    """Sign the chain's head as it is now (in the caller's transaction)."""
    last = db.execute(f"SELECT id, hash FROM {chain.table} ORDER BY id DESC LIMIT 1").fetchone()
    if last is None:
        return
    db.execute("INSERT INTO signed_heads (chain, row_id, hash, signature, at) VALUES (?, ?, ?, ?, ?)",
               [chain.table, last[0], last[1], signature(key, chain.table, last[0], last[1]), at])


def check_chain(db: Database, chain: Chain, key: bytes) -> None:
    """RecordError naming the first broken row when ``chain`` does not verify under ``key``."""
    problems = _chain_problems(db, chain, key)[0]
    if problems:
        raise RecordError(f"the decision record does not verify ({problems[0].text}); nothing was recorded "
                          "(`integrity verify` says more)")


def sign_unsigned(db: Database, key: bytes, at: str) -> list[tuple[str, int]]:
    """Sign the head of each chain whose rows all verify but whose last rows are not signed: a
    record kept before signing began (rows chained by the migration). Returns the heads signed;
    RecordError if a chain has any other problem."""
    signed = []
    for chain in CHAINS:
        problems, head = _chain_problems(db, chain, key)
        if any(problem.kind != "unsigned" for problem in problems):
            first = next(problem for problem in problems if problem.kind != "unsigned")
            raise RecordError(f"the decision record does not verify ({first.text}): nothing was signed")
        if problems:
            sign_head(db, chain, key, at)
            signed.append((chain.table, head[0]))
    return signed


# --- Verifying -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    """One way the record fails: ``row`` is the row of ``chain`` it names (None for a complaint)."""

    chain: str
    row: int | None
    kind: str
    text: str


@dataclass
class Verification:
    """What :func:`verify` found: per chain its rows and head (last row id and hash, or None),
    the problems in record order (the first names the first broken row), and the orphaned
    decisions (their finding ids)."""

    rows: dict[str, int] = field(default_factory=dict)
    heads: dict[str, tuple[int, str] | None] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    orphaned: list[str] = field(default_factory=list)

    @property
    def intact(self) -> bool:
        return not self.problems


def is_empty(db: Database) -> bool:
    """Whether nothing has been recorded yet (no decision, no complaint status, no signature)."""
    return not any(db.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone()
                   for table in (*(chain.table for chain in CHAINS), "signed_heads"))


def verify(db: Database, key: bytes) -> Verification:
    """Check the whole decision record under ``key`` (see the module's description)."""
    found = Verification()
    for chain in CHAINS:
        problems, head = _chain_problems(db, chain, key)
        found.problems += problems
        found.heads[chain.table] = head
        found.rows[chain.table] = db.execute(f"SELECT count(*) FROM {chain.table}").fetchone()[0]
    found.problems += _complaint_problems(db)
    last_scan = db.execute("SELECT max(scanned_at) FROM sessions").fetchone()[0] or ""
    gone: list[Problem] = []
    for row_id, finding_id, at in db.execute(
            "SELECT max(id), finding_id, max(at) FROM reviews WHERE finding_id NOT IN (SELECT id FROM findings) "
            "GROUP BY finding_id ORDER BY 1"):
        if at is not None and last_scan >= str(at):
            found.orphaned.append(finding_id)
        else:
            gone.append(Problem(REVIEWS.table, row_id, "finding", (
                f"{REVIEWS.table} row {row_id}: its finding {finding_id} is gone, and no session was checked "
                "again since it was decided (removed by hand)")))
    if gone:  # among the reviews' problems, in row order
        reviews = sorted([p for p in found.problems if p.chain == REVIEWS.table] + gone, key=lambda p: p.row or 0)
        found.problems = reviews + [p for p in found.problems if p.chain != REVIEWS.table]
    found.orphaned.sort()
    return found


def _chain_problems(db: Database, chain: Chain, key: bytes) -> tuple[list[Problem], tuple[int, str] | None]:
    table = chain.table
    problems: list[Problem] = []
    hashes: dict[int, str] = {}
    prev, prev_id = GENESIS, None
    columns = ", ".join(f"[{c}]" for c in chain.columns)
    for row in db.execute(f"SELECT {columns}, prev_hash, hash FROM {table} ORDER BY id"):
        *values, prev_hash, stored = row
        row_id = values[0]
        where = f"{table} row {row_id}"
        if stored is None or prev_hash is None:
            problems.append(Problem(table, row_id, "outside", f"{where}: not in the chain (added without its hash)"))
        elif prev_hash != prev:
            after = "the first row" if prev_id is None else f"row {prev_id}"
            problems.append(Problem(table, row_id, "link", f"{where}: does not follow {after} "
                                                           "(a row before it was removed or put in)"))
        elif row_hash(table, prev_hash, values) != stored:
            problems.append(Problem(table, row_id, "edited", f"{where}: does not match its hash "
                                                             "(changed after it was recorded)"))
        hashes[row_id] = stored
        prev, prev_id = stored, row_id
    signed_to = 0
    for head_id, row_id, head, signed in db.execute(
            "SELECT id, row_id, hash, signature FROM signed_heads WHERE chain = ? ORDER BY id", [table]):
        where = f"{table} row {row_id}"
        if not hmac.compare_digest(signature(key, table, row_id, head), str(signed)):
            problems.append(Problem(table, row_id, "signature", f"{where}: the signature of the head at this row "
                                                                "is not valid (made without the key, or with another)"))
        elif row_id not in hashes:
            problems.append(Problem(table, row_id, "gone", f"{where}: signed, and now gone (removed)"))
        elif hashes[row_id] != head:
            problems.append(Problem(table, row_id, "rewritten", f"{where}: not the row that was signed "
                                                                "(the chain was rewritten)"))
        else:
            signed_to = max(signed_to, row_id)
    unsigned = [row_id for row_id in hashes if row_id > signed_to]
    if unsigned:
        problems.append(Problem(table, unsigned[0], "unsigned",
                                f"{table} rows {unsigned[0]} to {unsigned[-1]}: not signed (added without the key, "
                                "or kept from before signing: `integrity keys sign`)"))
    problems.sort(key=lambda problem: problem.row or 0)
    head = (prev_id, prev) if prev_id is not None else None
    return problems, head


def _complaint_problems(db: Database) -> list[Problem]:
    sql = ("SELECT c.complaint_id, c.status, (SELECT h.status FROM complaint_history h "
           "WHERE h.complaint_id = c.complaint_id ORDER BY h.id DESC LIMIT 1) FROM complaints c ORDER BY 1")
    return [
        Problem(COMPLAINT_HISTORY.table, None, "status",
                f"complaint {complaint_id!r}: its status {status!r} is not the last one its history recorded "
                f"({recorded!r})")
        for complaint_id, status, recorded in db.execute(sql) if status != recorded
    ]
