"""Accounts: scrypt-hashed passwords, roles, disabling, and the users commands."""
from __future__ import annotations

import sqlite3

import pytest
from click.testing import CliRunner

from integrity.cli import cli
from integrity.rating import accounts
from integrity.store import schema


@pytest.fixture
def db(tmp_path):
    return schema.open_db(tmp_path / "a.db")


def test_passwords_are_stored_only_as_salted_scrypt_hashes(db):
    accounts.add(db, "王芳", "judge", "correct horse")
    accounts.add(db, "李明", "judge", "correct horse")
    stored = [row[0] for row in db.execute("SELECT password FROM accounts ORDER BY name")]
    assert all(value.startswith("scrypt$") and "correct horse" not in value for value in stored)
    assert stored[0] != stored[1]  # each has its own salt
    assert accounts.authenticate(db, "王芳", "correct horse").role == "judge"
    assert accounts.authenticate(db, "王芳", "wrong password") is None
    assert accounts.authenticate(db, "nobody", "correct horse") is None


def test_roles_decide_what_an_account_may_do(db):
    judge = accounts.add(db, "j", "judge", "password1")
    regulator = accounts.add(db, "r", "regulator", "password1")
    admin = accounts.add(db, "a", "admin", "password1")
    assert judge.may("decide") and not regulator.may("decide") and not admin.may("decide")
    assert regulator.may("export") and admin.may("manage") and not judge.may("manage")


def test_a_disabled_account_cannot_log_in_or_decide_and_names_are_never_reused(db):
    accounts.add(db, "j", "judge", "password1")
    accounts.disable(db, "j")
    assert accounts.authenticate(db, "j", "password1") is None
    with pytest.raises(accounts.AccountError, match="disabled"):
        accounts.active(db, "j")
    with pytest.raises(accounts.AccountError, match="never reused"):
        accounts.add(db, "j", "judge", "password2")


@pytest.mark.parametrize("name,role,password,message", [
    ("", "judge", "password1", "1 to 64 characters"),
    ("a b", "judge", "password1", "without spaces"),
    ("j", "boss", "password1", "a role is one of"),
    ("j", "judge", "short", "at least 8"),
])
def test_bad_accounts_are_refused(db, name, role, password, message):
    with pytest.raises(accounts.AccountError, match=message):
        accounts.add(db, name, role, password)


def test_users_commands(tmp_path):
    path = str(tmp_path / "u.db")
    run = lambda *args, **kw: CliRunner().invoke(cli, list(args), **kw)  # noqa: E731
    added = run("users", "add", "王芳", "--role", "judge", "--password-stdin", "--db", path, input="s3cret-pass\n")
    assert added.exit_code == 0 and "added judge 王芳" in added.output
    again = run("users", "add", "王芳", "--role", "judge", "--password-stdin", "--db", path, input="s3cret-pass\n")
    assert again.exit_code == 2 and "never reused" in again.output
    listed = run("users", "list", "--db", path, "--format", "json")
    assert '"name": "王芳"' in listed.output and "scrypt" not in listed.output and "s3cret" not in listed.output
    assert run("users", "passwd", "王芳", "--password-stdin", "--db", path, input="another-pass\n").exit_code == 0
    assert accounts.authenticate(schema.open_db(path), "王芳", "another-pass")
    assert run("users", "disable", "王芳", "--db", path).exit_code == 0
    assert run("users", "disable", "nobody", "--db", path).exit_code == 2
    missing = run("users", "list", "--db", str(tmp_path / "none.db"))
    assert missing.exit_code == 2 and "no such database" in missing.output


def test_the_accounts_table_refuses_unknown_roles(db):
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO accounts VALUES ('x', 'king', 'h', 1, 't', 't')")
