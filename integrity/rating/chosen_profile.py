"""The scoring profile in force in a database: the one an admin chose last in the workbench,
else the shipped default. Each choice is appended to ``profiles`` with its whole text, so the
scores of any day can be told from the record.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from integrity.rating.profile import Profile, default_profile_path, load_profile, parse_profile
from integrity.store import schema


@dataclass(frozen=True)
class Choice:
    """One choice of profile: which, by whom and when (``id`` 0: the shipped default)."""

    id: int
    name: str
    version: str
    sha256: str
    source: str
    chosen_by: str | None
    chosen_at: str | None


def choice_id(db: Database) -> int:
    """The id of the choice in force (0 while none was made): changes whenever one is made."""
    return db.execute("SELECT coalesce(max(id), 0) FROM profiles").fetchone()[0]


def current(db: Database) -> tuple[Profile, Choice]:
    """The profile in force and the choice that made it so."""
    row = db.execute("SELECT id, source, toml, chosen_by, chosen_at FROM profiles ORDER BY id DESC LIMIT 1").fetchone()
    if row is None:
        profile = load_profile()
        return profile, Choice(0, profile.name, profile.version, profile.sha256, "default", None, None)
    profile = parse_profile(row[2].encode("utf-8"), row[1])
    return profile, Choice(row[0], profile.name, profile.version, profile.sha256, row[1], row[3], row[4])


def choose(db: Database, data: bytes | None, source: str, by: str) -> Choice:
    """Put a profile in force: ``data`` is its TOML (validated: ProfileError names the key at
    fault), or None for the shipped default. ``by`` is the admin's account name."""
    if data is None:
        data, source = default_profile_path().read_bytes(), "default"
    profile = parse_profile(data, source)
    at = schema.now()
    with schema.writing(db):
        cursor = db.execute(
            "INSERT INTO profiles (name, version, sha256, source, toml, chosen_by, chosen_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [profile.name, profile.version, profile.sha256, source, data.decode("utf-8-sig"), by, at])
    return Choice(cursor.lastrowid, profile.name, profile.version, profile.sha256, source, by, at)


def history(db: Database) -> list[Choice]:
    """Every choice, newest first."""
    return [Choice(*row) for row in db.execute(
        "SELECT id, name, version, sha256, source, chosen_by, chosen_at FROM profiles ORDER BY id DESC")]
