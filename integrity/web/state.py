"""What the running workbench holds: its settings, a database connection per worker thread, the
cached scores, the login throttle and the lock that makes checking and recording a decision
one step.
"""
from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from sqlite_utils import Database

from integrity.rating.scoring import Period
from integrity.store import schema
from integrity.web.scores import Scores, state
from integrity.web.settings import Settings
from integrity.web.throttle import Throttle


MEMO_SIZE = 32


class Workbench:
    """The server's state, built once from :class:`Settings` (``app.state.workbench``)."""

    def __init__(self, settings: Settings):
        self.settings = settings
        schema.open_db(settings.db_path, create=False).conn.close()  # exists, and migrated once here
        self._local = threading.local()
        self.scores = Scores(settings.decision_key)
        self.throttle = Throttle(settings.max_failures, settings.max_client_failures, settings.failure_window)
        self.deciding = threading.Lock()
        self._memo: dict[tuple, Any] = {}
        self._memo_lock = threading.Lock()

    def memo(self, name: str, period: Period, compute: Callable[[], Any], *, reviews: bool = True) -> Any:
        """``compute()``, kept while the database is in the same state (any scan, complaint or
        profile choice is a new state, and any decision unless ``reviews`` is false: what does
        not read the decisions): for pages read from many rows."""
        last_review, rest = state(self.db())
        key = (name, period, last_review if reviews else None, rest)
        with self._memo_lock:
            if key in self._memo:
                return self._memo[key]
        value = compute()
        with self._memo_lock:
            self._memo[key] = value
            while len(self._memo) > MEMO_SIZE:
                del self._memo[next(iter(self._memo))]
        return value

    def db(self) -> Database:
        """This thread's connection (SQLite connections stay in the thread that made them)."""
        db = getattr(self._local, "db", None)
        if db is None:
            db = self._local.db = schema.open_db(self.settings.db_path, create=False)
        return db
