"""Who is asking, and whether they may: checked here, for every page and every action, on the
server (hiding a button is never the check).

Each route declares the action it needs (:data:`ACTIONS`): ``public`` (the login page, the
language switch), ``read`` (every page a logged-in account sees), ``export`` (downloads),
``decide`` (judges' decisions) or ``manage`` (accounts and the scoring profile, admins only);
``api`` routes (the HTTP API) take no login session at all but a token, checked by
:mod:`integrity.web.api` (no account may call them with its login).
:meth:`integrity.rating.accounts.Account.may` says which roles may do what. A login session
names the account and the moment it last changed: once the account is disabled or given a new
password, the session is no longer valid.

Every request that changes something (POST) carries the session's CSRF token, in the form
field ``csrf_token`` or the header ``X-CSRF-Token``.
"""
from __future__ import annotations

import hmac
import secrets
from collections.abc import Mapping, MutableMapping
from typing import Any

from sqlite_utils import Database

from integrity.rating import accounts
from integrity.rating.accounts import Account

ACTIONS = ("public", "read", "export", "decide", "manage", "api")
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"


def actor(db: Database, session: Mapping[str, Any]) -> Account | None:
    """The account the login session names, if it is still active and unchanged since login."""
    name = session.get("user")
    if not name:
        return None
    account = accounts.get(db, name)
    if account is None or not account.active or accounts.stamp(db, name) != session.get("stamp"):
        return None
    return account


def allowed(who: Account | None, action: str) -> bool:
    """Whether ``who`` (None: nobody logged in) may do ``action``."""
    if action not in ACTIONS:
        raise ValueError(f"unknown action {action!r}")
    if action == "public":
        return True
    return who is not None and who.may(action)


def log_in(db: Database, session: MutableMapping[str, Any], account: Account) -> None:
    """Start a fresh login session (nothing kept from before it, a new CSRF token)."""
    session.clear()
    session.update(user=account.name, stamp=accounts.stamp(db, account.name), csrf=secrets.token_urlsafe(32))


def csrf_token(session: MutableMapping[str, Any]) -> str:
    """The session's CSRF token, made on first use (anonymous sessions have one for the login form)."""
    if "csrf" not in session:
        session["csrf"] = secrets.token_urlsafe(32)
    return session["csrf"]


def csrf_ok(session: Mapping[str, Any], form: Mapping[str, Any] | None, headers: Mapping[str, str]) -> bool:
    expected = session.get("csrf")
    given = (form or {}).get(CSRF_FIELD) or headers.get(CSRF_HEADER)
    return bool(expected) and isinstance(given, str) and hmac.compare_digest(expected, given)
