"""``integrity keys`` and ``integrity verify``: the key that signs the decision record, and the
check that the record is intact.
"""
from __future__ import annotations

import sys

import click

from integrity.cli.common import ConfigError, error_line, key_option, load_key, open_db
from integrity.cli.language import Command, Group, _, ncount
from integrity.store import keys, ledger, schema


@click.group("keys", cls=Group)
def keys_group():
    """The decision key that signs the record of decisions (judges' and complaint statuses).

    The key is kept outside the database, in a file only its owner can read (the workbench
    server holds it too), so an edit that recomputes the record's hashes is still caught by
    `integrity verify`. Default location: $INTEGRITY_KEY_FILE, else
    $XDG_CONFIG_HOME/integrity/decision.key (~/.config/integrity/decision.key).

    \b
    Examples:
      integrity keys init
      integrity keys sign --db findings.db
    """


@keys_group.command("init")
@key_option
def keys_init(key_file):
    """Write a new decision key (32 random bytes) with owner-only permissions (0600).

    Its directory is made owner-only (0700) if missing. An existing key is never overwritten:
    the decisions it signed would no longer verify. Keep a copy somewhere safe.

    \b
    Examples:
      integrity keys init
      integrity keys init --key /etc/integrity/decision.key
    """
    try:
        path = keys.init(key_file)
    except keys.KeyFileError as error:
        raise ConfigError(str(error)) from None
    click.echo(_("wrote a new decision key to %(path)s (mode 0600); keep a copy somewhere safe") % {"path": path})


@keys_group.command("sign")
@click.option("--db", "db_path", required=True, type=click.Path(dir_okay=False), help="The database.")
@key_option
def keys_sign(db_path, key_file):
    """Sign the record of a database kept before decisions were signed.

    Upgrading chains the decisions and complaint statuses already recorded, in the order they
    were added, but cannot sign them (there is no key in the database). Check them first (with
    `integrity review history`), then sign them once with this. Only a record whose every row
    verifies is signed; exit status 1 otherwise, and nothing is signed.

    \b
    Example:
      integrity keys sign --db findings.db
    """
    key = load_key(key_file)
    db = open_db(db_path)
    try:
        with schema.writing(db):
            signed = ledger.sign_unsigned(db, key, schema.now())
    except ledger.RecordError as error:
        click.echo(error_line(str(error)), err=True)
        sys.exit(1)
    if not signed:
        click.echo(_("nothing to sign: every chain's head is signed already"))
    for table, row_id in signed:
        click.echo(_("signed the head of %(table)s at row %(row)s") % {"table": table, "row": row_id})


@click.command("verify", cls=Command)
@click.option("--db", "db_path", required=True, type=click.Path(dir_okay=False), help="The database.")
@key_option
def verify_command(db_path, key_file):
    """Check that the record of decisions is intact, and print its chain heads for the minutes.

    Checks every judge's decision and complaint status change: each row's hash, the chain
    that links it to the row before, the signatures of the chains' heads (made with the
    decision key), that the last row of each chain is signed, and that each complaint's status
    is the last one its history recorded, and that each decided finding is still stored (one
    gone with no scan since the decision was removed by hand). Decisions on findings that a
    later scan no longer produces are listed as orphaned: that is no tampering. Write the heads it prints in the
    judges' minutes: a database put back to an earlier state shows an earlier head. Exit
    status 0 when intact, 1 with the first broken row named otherwise, 2 without a key.

    \b
    Example:
      integrity verify --db findings.db
    """
    db = open_db(db_path)
    found = ledger.verify(db, load_key(key_file))
    for chain in ledger.CHAINS:
        rows, head = found.rows[chain.table], found.heads[chain.table]
        shown = _("head %(head)s (row %(row)s)") % {"head": head[1], "row": head[0]} if head else _("empty")
        click.echo(f"{chain.table}: {_rows(chain, rows)}; {shown}")
    if found.orphaned:
        click.echo(_("%(orphaned)s no longer produced by a re-scan (orphaned, not tampering): %(ids)s") % {
            "orphaned": ncount(len(found.orphaned), "%(n)s decided finding", "%(n)s decided findings"),
            "ids": ", ".join(found.orphaned)})
    if found.intact:
        click.echo(_("the decision record is intact"))
        return
    first, *others = found.problems
    more = _(" (%(more)s below)") % {"more": ncount(len(others), "%(n)s more problem", "%(n)s more problems")} \
        if others else ""
    click.echo(_("the decision record is BROKEN at %(where)s%(more)s") % {"where": first.text, "more": more})
    for problem in others:
        click.echo(_("  also: %(problem)s") % {"problem": problem.text})
    sys.exit(1)


def _rows(chain: ledger.Chain, n: int) -> str:
    """``n`` rows of ``chain`` with their noun ("1 decision", "2 status changes")."""
    if chain.noun == "decision":
        return ncount(n, "%(n)s decision", "%(n)s decisions")
    if chain.noun == "status change":
        return ncount(n, "%(n)s status change", "%(n)s status changes")
    return f"{n:,} {chain.noun}"
