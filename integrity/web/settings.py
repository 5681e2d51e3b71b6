"""The server's setup in one place: the database, the key that signs session cookies, the
limits of logging in, and for the HTTP API the checker it checks with and its limits.

The key is kept outside the database, in a file only its owner can read: by default
``$XDG_CONFIG_HOME/integrity/web-secret`` (``~/.config/integrity/web-secret``), created with
mode 0600 in a directory of mode 0700 on first use. A key file that others can read or that
belongs to another user is refused, never trusted.
"""
from __future__ import annotations

import os
import secrets
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SESSION_HOURS = 8


class SettingsError(ValueError):
    """A setup the server cannot start with; the message says why in one line."""


@dataclass(frozen=True)
class Settings:
    """What the workbench runs on. ``secret`` signs the session cookies; ``decision_key`` signs
    the record of decisions (``integrity.store.keys``): without it nothing can be decided, and
    scores are shown only while nothing has been decided.

    ``checker`` is the one ``Checker`` every API request shares, built once when the server
    starts (``integrity serve``); left None, the API builds the default one at its first call.
    """

    db_path: Path
    secret: str = field(repr=False)
    decision_key: bytes | None = field(default=None, repr=False)
    session_seconds: int = SESSION_HOURS * 3600
    https_only: bool = False
    max_failures: int = 5          # failed logins per account within ``failure_window`` ...
    max_client_failures: int = 20  # ... and per client address, before logins are refused
    failure_window: int = 15 * 60  # seconds
    checker: Any = field(default=None, repr=False, compare=False)
    api_per_minute: int = 600           # requests per token per minute, unless the token has its own
    api_max_body: int = 8 * 1024 * 1024  # bytes of a request body (a session document)
    api_max_line: int = 64 * 1024        # bytes of one line of the live protocol
    api_max_segments: int = 50_000       # segments of one live stream (about 14 hours of speech)
    api_threads: int = 2                 # threads that run checks, so the event loop stays free


def config_dir() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "integrity"


def default_secret_file() -> Path:
    return config_dir() / "web-secret"


def load_secret(path: str | Path | None = None) -> str:
    """The session key in ``path`` (default :func:`default_secret_file`, created if missing)."""
    path = Path(path) if path else default_secret_file()
    if not path.exists() and path == default_secret_file():
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        try:
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            pass  # another server made it just now
        else:
            with os.fdopen(descriptor, "w") as out:
                out.write(secrets.token_hex(32) + "\n")
    try:
        info = path.stat()
    except OSError as error:
        raise SettingsError(f"cannot read the secret key file {path}: {error.strerror}") from None
    if not stat.S_ISREG(info.st_mode):
        raise SettingsError(f"the secret key file {path} is not a regular file")
    if info.st_uid != os.getuid():
        raise SettingsError(f"the secret key file {path} belongs to another user")
    if info.st_mode & 0o077:
        raise SettingsError(f"the secret key file {path} can be read by others (chmod 600 {path})")
    secret = path.read_text("utf-8").strip()
    if len(secret) < 32:
        raise SettingsError(f"the secret key in {path} is too short (at least 32 characters)")
    return secret
