"""The data a Spark run passes between its steps, and the tables it writes, as Arrow schemas.

One definition serves both sides: Spark's schemas are made from these (``from_arrow_schema``),
the Python workers build their Arrow batches with them, and ``load`` reads the columns named
here. The output tables hold the rows ``scan`` stores in SQLite (``store.scan.session_record``),
with the run that wrote them and, for sessions, the checker configuration's hash; every table
but ``errors`` is partitioned by the session's date (``date=YYYY-MM-DD``), ``errors`` by run.
"""
from __future__ import annotations

import pyarrow as pa

TEXT, NUMBER, COUNT, FLAG = pa.string(), pa.float64(), pa.int64(), pa.bool_()

ITEMS = pa.schema([
    ("kind", TEXT),            # "session" or "error"
    ("key", TEXT),             # the session id; for an error, a key of its own
    ("session_id", TEXT),
    ("content_hash", TEXT),
    ("date", TEXT),
    ("rank", COUNT),           # input order: rank, file, offset, pos
    ("file", TEXT),
    ("offset", COUNT),
    ("pos", COUNT),
    ("source", TEXT),          # the file, as messages and the sessions table name it
    ("line", COUNT),           # line (row, for Parquet) from 1; None when not known yet
    ("fix_line", FLAG),        # a JSON-lines dataset's line, counted once the run is done
    ("payload", TEXT),         # the session (codec.encode), to be checked
    ("message", TEXT),         # an error's message
])
"""What reading the inputs yields: each session read (hashed, not yet checked) or error."""

SEGMENT = pa.struct([("idx", COUNT), ("start", NUMBER), ("end", NUMBER), ("text", TEXT)])

LISTING = pa.struct([
    ("idx", COUNT), ("listing_id", TEXT), ("title", TEXT), ("brand", TEXT), ("category", TEXT),
    ("price", NUMBER), ("list_price", NUMBER), ("list_price_basis", TEXT), ("stock", COUNT),
    ("price_history", TEXT),
])

FINDING = pa.struct([
    ("id", TEXT), ("ordinal", COUNT), ("segment", COUNT), ("listing_id", TEXT), ("start", NUMBER),
    ("rule", TEXT), ("category", TEXT), ("severity", TEXT), ("confidence", NUMBER), ("message", TEXT),
    ("evidence", TEXT), ("span_start", COUNT), ("span_end", COUNT), ("basis", TEXT), ("explanation", TEXT),
    ("corrected", TEXT),
])

RECORDS = pa.schema([
    ("status", TEXT),          # "checked", "unchanged" or "error"
    ("session_id", TEXT),
    ("date", TEXT),
    ("source", TEXT),
    ("line", COUNT),
    ("fix_line", FLAG),
    ("file", TEXT),
    ("offset", COUNT),
    ("pos", COUNT),
    ("message", TEXT),
    ("content_hash", TEXT),
    ("streamer_id", TEXT),
    ("unit_id", TEXT),
    ("platform", TEXT),
    ("duration_seconds", NUMBER),
    ("n_segments", COUNT),
    ("n_listings", COUNT),
    ("n_findings", COUNT),
    ("segments", pa.list_(SEGMENT)),
    ("listings", pa.list_(LISTING)),
    ("findings", pa.list_(FINDING)),
])
"""What checking yields: one row per session checked (with its rows), found unchanged, or in error."""

SESSIONS = ("session_id", "streamer_id", "unit_id", "platform", "source", "content_hash", "config_hash",
            "duration_seconds", "segments", "listings", "findings", "run")
SEGMENTS = ("session_id", "idx", "start", "end", "text", "run")
LISTINGS = ("session_id", *LISTING.names, "run")
FINDINGS = ("id", "session_id", *[name for name in FINDING.names if name != "id"], "run")
ERRORS = ("source", "line", "message")

TABLES = {"sessions": SESSIONS, "segments": SEGMENTS, "listings": LISTINGS, "findings": FINDINGS}
"""The output tables partitioned by date, and their columns (``date`` is the partition)."""

DETAILS = ("segments", "listings", "findings")
"""The tables whose rows belong to a session; their counts are in the session's row."""

DOCUMENT_COLUMNS = ("session_id", "streamer_id", "unit_id", "date", "platform", "segments", "listings")
"""The columns of a Parquet dataset of sessions that are read: the contract's fields."""
