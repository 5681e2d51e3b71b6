"""API tokens: how a platform's servers call the HTTP API (``/api/v1``).

A token is 32 random bytes (``secrets.token_urlsafe``) with the prefix ``itk_``, shown once
when it is made and stored only as its sha256: a token that long and random cannot be guessed
from its hash, so a slow password hash would add nothing. Each token has a name (the platform it
was given to), never reused, so every request stays attributable; a token is revoked, never
deleted. Each may have its own limit of requests per minute (else the server's default).

``RequestLimit`` counts each token's requests over the last minute, in memory, for the one
server process; past the limit a request is refused (429) with the seconds to wait.
"""
from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from sqlite_utils import Database

from integrity.store import schema

PREFIX = "itk_"
NAME_RE = re.compile(r"^[^\s\x00-\x1f\x7f]{1,64}$")
WINDOW_SECONDS = 60.0


class TokenError(ValueError):
    """A token that cannot be made, found or revoked; the message says why in one line."""


@dataclass(frozen=True)
class Token:
    name: str
    created_at: str
    revoked_at: str | None
    per_minute: int | None

    @property
    def active(self) -> bool:
        return self.revoked_at is None


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def add(db: Database, name: str, per_minute: int | None = None) -> tuple[Token, str]:
    """A new token called ``name``: the stored record and the token itself (shown once)."""
    if not NAME_RE.match(name):
        raise TokenError("a token name is 1 to 64 characters without spaces or control characters")
    if per_minute is not None and per_minute < 1:
        raise TokenError("a token's limit is at least 1 request per minute")
    secret = PREFIX + secrets.token_urlsafe(32)
    stamp = schema.now()
    with schema.writing(db):
        if db.execute("SELECT 1 FROM api_tokens WHERE name = ?", [name]).fetchone():
            raise TokenError(f"there is already a token {name!r} (names are never reused)")
        db.execute("INSERT INTO api_tokens (name, hash, created_at, per_minute) VALUES (?, ?, ?, ?)",
                   [name, digest(secret), stamp, per_minute])
    return Token(name, stamp, None, per_minute), secret


def all_tokens(db: Database) -> list[Token]:
    return [Token(*row) for row in db.execute(
        "SELECT name, created_at, revoked_at, per_minute FROM api_tokens ORDER BY name")]


def revoke(db: Database, name: str) -> Token:
    with schema.writing(db):
        row = db.execute("SELECT revoked_at FROM api_tokens WHERE name = ?", [name]).fetchone()
        if row is None:
            raise TokenError(f"no token {name!r}")
        if row[0] is None:
            db.execute("UPDATE api_tokens SET revoked_at = ? WHERE name = ?", [schema.now(), name])
    return next(token for token in all_tokens(db) if token.name == name)


def authenticate(db: Database, secret: str) -> Token | None:
    """The active token whose hash is that of ``secret``, else None."""
    if not secret.startswith(PREFIX):
        return None
    found = digest(secret)
    row = db.execute("SELECT name, created_at, revoked_at, per_minute, hash FROM api_tokens WHERE hash = ?",
                     [found]).fetchone()
    if row is None or row[2] is not None or not hmac.compare_digest(row[4], found):
        return None
    return Token(*row[:4])


class RequestLimit:
    """Requests per token over the last minute; ``wait`` says how long one must wait, 0 if none."""

    def __init__(self, default_per_minute: int, clock: Callable[[], float] = time.monotonic):
        self.default = default_per_minute
        self.clock = clock
        self._times: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def take(self, token: Token) -> float:
        """Count one request of ``token``: 0 if it may go ahead, else the seconds until it may."""
        limit = token.per_minute or self.default
        with self._lock:
            now = self.clock()
            times = self._times.setdefault(token.name, deque())
            while times and times[0] <= now - WINDOW_SECONDS:
                times.popleft()
            if len(times) >= limit:
                return times[len(times) - limit] + WINDOW_SECONDS - now
            times.append(now)
            return 0.0
