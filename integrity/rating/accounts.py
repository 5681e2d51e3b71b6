"""Accounts: who may decide (judges), read and export (regulators) and manage (admins).

Accounts live in the database beside the decisions they make. A password is stored only as a
scrypt hash (memory-hard; ``hashlib.scrypt``) with its own random salt and parameters, and is
checked in constant time; it is never stored, logged or printed in clear. An account is never
deleted, only disabled, so every decision keeps naming an account that existed; a name is
never reused.
"""
from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from functools import cache

from sqlite_utils import Database

from integrity.store import schema

ROLES = ("judge", "regulator", "admin")
NAME_RE = re.compile(r"^[^\s\x00-\x1f\x7f]{1,64}$")
MIN_PASSWORD = 8
# scrypt cost: 2**14 x 8 x 128 bytes = 16 MiB of memory per check, about 50 ms.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1


class AccountError(ValueError):
    """An account that cannot be made, found or changed; the message says why in one line."""


@dataclass(frozen=True)
class Account:
    name: str
    role: str
    active: bool
    created_at: str

    def may(self, action: str) -> bool:
        """Whether the role allows ``action``: ``decide`` (judges), ``read`` and ``export``
        (everyone), ``manage`` (admins: accounts and the scoring profile)."""
        allowed = {"read": ROLES, "export": ROLES, "decide": ("judge",), "manage": ("admin",)}
        return self.active and self.role in allowed.get(action, ())


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def password_matches(password: str, stored: str) -> bool:
    try:
        kind, n, r, p, salt, digest = stored.split("$")
        if kind != "scrypt":
            return False
        found = hashlib.scrypt(password.encode("utf-8"), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p),
                               maxmem=256 * 1024 * 1024)
    except (ValueError, MemoryError):
        return False
    return hmac.compare_digest(found.hex(), digest)


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"a password needs at least {MIN_PASSWORD} characters")


def add(db: Database, name: str, role: str, password: str) -> Account:
    if not NAME_RE.match(name):
        raise AccountError("an account name is 1 to 64 characters without spaces or control characters")
    if role not in ROLES:
        raise AccountError(f"a role is one of {', '.join(ROLES)}, not {role!r}")
    _check_password(password)
    stamp = schema.now()
    with schema.writing(db):
        if db.execute("SELECT 1 FROM accounts WHERE name = ?", [name]).fetchone():
            raise AccountError(f"there is already an account {name!r} (names are never reused)")
        db.execute("INSERT INTO accounts (name, role, password, active, created_at, updated_at) "
                   "VALUES (?, ?, ?, 1, ?, ?)", [name, role, hash_password(password), stamp, stamp])
    return Account(name, role, True, stamp)


def get(db: Database, name: str) -> Account | None:
    row = db.execute("SELECT name, role, active, created_at FROM accounts WHERE name = ?", [name]).fetchone()
    return Account(row[0], row[1], bool(row[2]), row[3]) if row else None


def active(db: Database, name: str) -> Account:
    """The active account called ``name``, or AccountError saying there is none."""
    account = get(db, name)
    if account is None:
        raise AccountError(f"no account {name!r} (`integrity users add` makes one)")
    if not account.active:
        raise AccountError(f"the account {name!r} is disabled")
    return account


def authenticate(db: Database, name: str, password: str) -> Account | None:
    """The active account if the password is its own, else None (unknown names cost the same
    time as wrong passwords)."""
    row = db.execute("SELECT password FROM accounts WHERE name = ? AND active = 1", [name]).fetchone()
    stored = row[0] if row else _decoy()
    return get(db, name) if password_matches(password, stored) and row else None


def stamp(db: Database, name: str) -> str | None:
    """When the account last changed (made, disabled, given a new password), or None if there
    is none: a login session made before that is no longer valid."""
    row = db.execute("SELECT updated_at FROM accounts WHERE name = ?", [name]).fetchone()
    return row[0] if row else None


def all_accounts(db: Database) -> list[Account]:
    return [Account(n, r, bool(a), c) for n, r, a, c in
            db.execute("SELECT name, role, active, created_at FROM accounts ORDER BY name")]


def disable(db: Database, name: str) -> Account:
    with schema.writing(db):
        if get(db, name) is None:
            raise AccountError(f"no account {name!r}")
        db.execute("UPDATE accounts SET active = 0, updated_at = ? WHERE name = ?", [schema.now(), name])
    return get(db, name)


def set_password(db: Database, name: str, password: str) -> None:
    _check_password(password)
    with schema.writing(db):
        if get(db, name) is None:
            raise AccountError(f"no account {name!r}")
        db.execute("UPDATE accounts SET password = ?, updated_at = ? WHERE name = ?",
                   [hash_password(password), schema.now(), name])


@cache
def _decoy() -> str:
    """A hash no password matches, checked for unknown names so that they cost as much time."""
    return hash_password(secrets.token_hex(16))
