"""The decision key: the secret that signs the head of the decision record, kept outside the
database (a copy of the database, or someone who can write to it, does not have it).

It lives in a file of its own, readable by its owner only: ``--key FILE`` where a command takes
it, else ``$INTEGRITY_KEY_FILE``, else ``decision.key`` in a private directory under the user's
configuration directory (``$XDG_CONFIG_HOME/integrity/``, else ``~/.config/integrity/``, made
with mode 0700). ``integrity keys init`` writes it (32 random bytes, hex) with mode 0600 and
never overwrites one.
"""
from __future__ import annotations

import os
import secrets
import stat
from pathlib import Path

KEY_BYTES = 32


class KeyFileError(ValueError):
    """No usable key: missing, unreadable, malformed or readable by others."""


def default_path() -> Path:
    """Where the key is looked for when no file is named."""
    if os.environ.get("INTEGRITY_KEY_FILE"):
        return Path(os.environ["INTEGRITY_KEY_FILE"])
    base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / "integrity" / "decision.key"


def init(path: str | Path | None = None) -> Path:
    """Write a new key to ``path`` (default: :func:`default_path`) with mode 0600, its directory
    made 0700 if missing; refuse to overwrite an existing key (the record it signed would no
    longer verify)."""
    target = Path(path) if path else default_path()
    if target.exists() or target.is_symlink():
        raise KeyFileError(f"{target} exists: a key is never overwritten (the decisions it signed would no "
                        "longer verify)")
    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    try:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
    except OSError as exc:
        raise KeyFileError(f"cannot write {target}: {(exc.strerror or str(exc)).lower()}") from None
    with os.fdopen(fd, "w") as file:
        file.write(secrets.token_hex(KEY_BYTES) + "\n")
    return target


def load(path: str | Path | None = None) -> bytes:
    """The key in ``path`` (default: :func:`default_path`), or KeyFileError saying why not. A key
    file that others can read (or write) is refused, as ssh refuses such a private key."""
    source = Path(path) if path else default_path()
    try:
        info = source.stat()
        text = source.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        raise KeyFileError(f"no decision key at {source} (make one with `integrity keys init`, or name it "
                        "with --key FILE or $INTEGRITY_KEY_FILE)") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise KeyFileError(f"cannot read the decision key {source}: {exc}") from None
    if os.name == "posix" and stat.S_IMODE(info.st_mode) & 0o077:
        raise KeyFileError(f"the decision key {source} is open to other users (chmod 600 {source})")
    try:
        key = bytes.fromhex(text)
    except ValueError:
        key = b""
    if len(key) != KEY_BYTES:
        raise KeyFileError(f"{source} is not a decision key ({KEY_BYTES * 2} hex digits)")
    return key
