"""Full-text search over the stored segments (FTS5 trigram index of ``segments.folded``).

The text is folded as the checker folds it (traditional to simplified, full width to half
width, case), so 全网最低 finds 全網最低. Scans leave the index alone (indexing row by row costs
several times the checking): :func:`index_text` brings it up to date in bulk when someone
searches, and ``search_index.indexed_to`` records how far it got; :func:`search` reads the index
up to there and matches the rows after it directly, so its results are complete either way.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from sqlite_utils import Database

from integrity.store.queries import dated
from integrity.store.schema import escape_like, rows, writing
from integrity.text.normalize import fold


def index_text(db: Database, batch: int = 200_000) -> int:
    """Add the segments stored since the last call to the text index; return how many.

    Works in transactions of ``batch`` segments, each moving ``search_index.indexed_to``
    with the rows it adds, so a killed process leaves the index consistent.
    """
    added = 0
    while True:
        with writing(db):
            start = db.execute("SELECT indexed_to FROM search_index").fetchone()[0]
            last = db.execute(
                "SELECT max(id), count(*) FROM (SELECT id FROM segments WHERE id > ? ORDER BY id LIMIT ?)",
                [start, batch],
            ).fetchone()
            if not last[1]:
                return added
            db.execute(
                "INSERT INTO segments_fts (rowid, folded) SELECT id, folded FROM segments WHERE id > ? AND id <= ?",
                [start, last[0]],
            )
            db.execute("UPDATE search_index SET indexed_to = ?", [last[0]])
        added += last[1]


SEARCH_FIELDS = ("session_id", "segment", "start", "end", "text", "streamer_id", "unit_id", "date", "source")


def search(db: Database, query: str, limit: int | None = 50, *, since: dt.date | None = None,
           until: dt.date | None = None) -> list[dict[str, Any]]:
    """Segments whose text holds every whitespace-separated term of ``query``, both folded
    (``normalize.fold``: traditional/simplified, full/half width, case), in session and segment
    order, with their session's candidates and date; only sessions dated from ``since`` to
    ``until`` when given.

    Terms of three or more characters narrow the rows through the trigram index; the rows
    past ``indexed_to`` and queries of only shorter terms are matched directly.
    """
    terms = fold(query).split()
    if not terms:
        return []
    in_period, dates = dated("ss.date", since, until)
    like = " AND ".join("s.folded LIKE ? ESCAPE '\\'" for _ in terms) + f" AND {in_period}"
    args: list[Any] = [f"%{escape_like(term)}%" for term in terms] + dates
    select = (
        'SELECT s.session_id, s.idx AS segment, s.start, s."end", s.text, ss.streamer_id, ss.unit_id, '
        "ss.date, ss.source FROM segments s JOIN sessions ss ON ss.session_id = s.session_id WHERE "
    )  # the columns of SEARCH_FIELDS
    grams = [gram for term in terms for gram in _trigrams(term)]
    if grams:
        match = " AND ".join('"' + gram.replace('"', '""') + '"' for gram in grams)
        sql = (
            f"{select}s.id IN (SELECT rowid FROM segments_fts WHERE segments_fts MATCH ?) AND {like} UNION ALL "
            f"{select}s.id > (SELECT indexed_to FROM search_index) AND {like}"
        )
        args = [match, *args, *args]
    else:
        sql = select + like
    sql += " ORDER BY 1, 2"
    if limit is not None:
        sql += " LIMIT ?"
        args.append(limit)
    return [dict(row) for row in rows(db, sql, args)]


def _trigrams(term: str) -> list[str]:
    """Trigrams that cover ``term`` (none when it is shorter): the index keeps no positions,
    so the LIKE that follows checks they are in the right order."""
    if len(term) < 3:
        return []
    return [term[i:i + 3] for i in range(0, len(term) - 3, 3)] + [term[-3:]]
