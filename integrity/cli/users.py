"""``integrity users``: the accounts of judges, regulators and admins."""
from __future__ import annotations

import sys

import click

from integrity.cli import language
from integrity.cli.common import open_db
from integrity.cli.language import Group, _
from integrity.i18n import N_
from integrity.rating import accounts
from integrity.report import records


def _password(password_stdin: bool) -> str:
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    elif sys.stdin.isatty():
        password = click.prompt(_("Password"), hide_input=True, confirmation_prompt=True)
    else:
        raise click.UsageError(_("give the password on standard input with --password-stdin"))
    if not password:
        raise click.UsageError(_("the password is empty"))
    return password


def _db_option(command):
    return click.option("--db", "db_path", required=True, type=click.Path(dir_okay=False),
                        help="The database the accounts live in (the scan database).")(command)


@click.group("users", cls=Group)
def users_group() -> None:
    """Accounts of judges, regulators and admins (stored in the database, passwords hashed).

    Judges decide on findings, regulators read and export, admins manage accounts and the
    scoring profile. Accounts are disabled, never deleted, so every decision keeps its author.

    \b
    Examples:
      printf '%s\\n' "$PASSWORD" | integrity users add 王芳 --role judge --password-stdin --db findings.db
      integrity users list --db findings.db
      integrity users disable 王芳 --db findings.db
    """


@users_group.command("add")
@click.argument("name")
@click.option("--role", required=True, type=click.Choice(accounts.ROLES), help="What the account may do.")
@click.option("--password-stdin", is_flag=True, help="Read the password from the first line of standard input.")
@_db_option
def users_add(name, role, password_stdin, db_path):
    """Add an account NAME with a role and a password (at least 8 characters).

    Without --password-stdin the password is asked for at the terminal, twice. The database is
    created if missing.

    \b
    Example:
      printf '%s\\n' "$PASSWORD" | integrity users add 王芳 --role judge --password-stdin --db findings.db
    """
    password = _password(password_stdin)
    try:
        account = accounts.add(open_db(db_path, create=True), name, role, password)
    except accounts.AccountError as error:
        raise click.UsageError(str(error)) from None
    click.echo(_("added %(role)s %(name)s") % {"role": _(account.role), "name": account.name})


@users_group.command("list")
@click.option("--format", "fmt", type=click.Choice(records.RECORD_FORMATS), default="table", show_default=True)
@_db_option
def users_list(fmt, db_path):
    """List the accounts: name, role, active, created (never a password or its hash).

    \b
    Example:
      integrity users list --db findings.db
    """
    rows = [{"name": a.name, "role": a.role, "active": a.active, "created_at": a.created_at}
            for a in accounts.all_accounts(open_db(db_path))]
    if fmt == "table":
        rows = [{**row, "role": _(row["role"]), "active": _("yes") if row["active"] else _("no")} for row in rows]
    records.write_records(sys.stdout, rows, fmt, "accounts", (N_("name"), N_("role"), N_("active"), N_("created_at")),
                          lang=language.current())


@users_group.command("disable")
@click.argument("name")
@_db_option
def users_disable(name, db_path):
    """Disable the account NAME: it can no longer log in or decide; its decisions stay.

    \b
    Example:
      integrity users disable 王芳 --db findings.db
    """
    try:
        accounts.disable(open_db(db_path), name)
    except accounts.AccountError as error:
        raise click.UsageError(str(error)) from None
    click.echo(_("disabled %(name)s") % {"name": name})


@users_group.command("passwd")
@click.argument("name")
@click.option("--password-stdin", is_flag=True, help="Read the new password from the first line of standard input.")
@_db_option
def users_passwd(name, password_stdin, db_path):
    """Set a new password for the account NAME.

    \b
    Example:
      printf '%s\\n' "$NEW_PASSWORD" | integrity users passwd 王芳 --password-stdin --db findings.db
    """
    password = _password(password_stdin)
    try:
        accounts.set_password(open_db(db_path), name, password)
    except accounts.AccountError as error:
        raise click.UsageError(str(error)) from None
    click.echo(_("password of %(name)s changed") % {"name": name})
