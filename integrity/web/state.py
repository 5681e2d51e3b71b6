"""What the running workbench holds: its settings, a database connection per worker thread, the
cached scores, the login throttle and the lock that makes checking and recording a decision
one step.
"""
from __future__ import annotations

import threading

from sqlite_utils import Database

from integrity.store import schema
from integrity.web.scores import Scores
from integrity.web.settings import Settings
from integrity.web.throttle import Throttle


class Workbench:
    """The server's state, built once from :class:`Settings` (``app.state.workbench``)."""

    def __init__(self, settings: Settings):
        self.settings = settings
        schema.open_db(settings.db_path, create=False).conn.close()  # exists, and migrated once here
        self._local = threading.local()
        self.scores = Scores()
        self.throttle = Throttle(settings.max_failures, settings.max_client_failures, settings.failure_window)
        self.deciding = threading.Lock()

    def db(self) -> Database:
        """This thread's connection (SQLite connections stay in the thread that made them)."""
        db = getattr(self._local, "db", None)
        if db is None:
            db = self._local.db = schema.open_db(self.settings.db_path, create=False)
        return db
