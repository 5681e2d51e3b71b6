"""``integrity tokens``: the tokens platforms call the HTTP API with."""
from __future__ import annotations

import sys

import click

from integrity.cli import language
from integrity.cli.common import open_db
from integrity.cli.language import Group, _
from integrity.i18n import N_
from integrity.report import records
from integrity.web import tokens


def _db_option(command):
    return click.option("--db", "db_path", required=True, type=click.Path(dir_okay=False),
                        help="The database the server runs on (the scan database).")(command)


@click.group("tokens", cls=Group)
def tokens_group() -> None:
    """Tokens for the HTTP API of `integrity serve` (stored hashed, shown once).

    A platform's servers send one as `Authorization: Bearer TOKEN` with every call to /api/v1.
    Tokens are revoked, never deleted, and their names are never reused, so every call stays
    attributable.

    \b
    Examples:
      integrity tokens add douyin-audit --db findings.db
      integrity tokens list --db findings.db
      integrity tokens revoke douyin-audit --db findings.db
    """


@tokens_group.command("add")
@click.argument("name")
@click.option("--per-minute", type=click.IntRange(min=1),
              help="This token's limit of requests per minute  [default: the server's, 600].")
@_db_option
def tokens_add(name, per_minute, db_path):
    """Make a token called NAME and print it: the last word of the output. It is shown only this
    once (the database keeps its sha256). The database is created if missing.

    \b
    Example:
      integrity tokens add douyin-audit --db findings.db
    """
    try:
        token, secret = tokens.add(open_db(db_path, create=True), name, per_minute)
    except tokens.TokenError as error:
        raise click.UsageError(str(error)) from None
    click.echo(_("token %(name)s (shown once, keep it now): %(token)s") % {"name": token.name, "token": secret})


@tokens_group.command("list")
@click.option("--format", "fmt", type=click.Choice(records.RECORD_FORMATS), default="table", show_default=True)
@_db_option
def tokens_list(fmt, db_path):
    """List the tokens: name, created, revoked, limit per minute (never a token or its hash).

    \b
    Example:
      integrity tokens list --db findings.db
    """
    rows = [{"name": t.name, "created_at": t.created_at, "revoked_at": t.revoked_at, "per_minute": t.per_minute}
            for t in tokens.all_tokens(open_db(db_path))]
    records.write_records(sys.stdout, rows, fmt, "tokens", (N_("name"), N_("created_at"), N_("revoked_at"),
                                                             N_("per_minute")), lang=language.current())


@tokens_group.command("revoke")
@click.argument("name")
@_db_option
def tokens_revoke(name, db_path):
    """Revoke the token NAME: calls with it are refused (401) from now on.

    \b
    Example:
      integrity tokens revoke douyin-audit --db findings.db
    """
    try:
        tokens.revoke(open_db(db_path), name)
    except tokens.TokenError as error:
        raise click.UsageError(str(error)) from None
    click.echo(_("revoked %(name)s") % {"name": name})
