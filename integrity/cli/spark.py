"""Beyond one machine: ``scan --engine spark`` (its rendering; ``scan`` parses the options) and
``load``, which brings the Spark output into a database. pyspark and pyarrow are imported only
here, when these run, and a missing one is a one-line error naming the extra to install.
"""
from __future__ import annotations

import sqlite3
import sys

import click

from integrity.cli.common import Errors, cannot_use
from integrity.cli.language import Command, _, ncount
from integrity.i18n import N_

EXTRA = N_("Spark support is not installed: pip install 'integrity[spark]' (and Java 17 or newer)")


def _need(module: str) -> None:
    try:
        __import__(module)
    except ImportError:
        raise click.ClickException(_(EXTRA)) from None


def parse_conf(values: tuple[str, ...]) -> dict[str, str]:
    conf = {}
    for value in values:
        key, sep, setting = value.partition("=")
        if not sep or not key.strip():
            raise click.UsageError(_("--conf takes KEY=VALUE (a Spark setting), not %(value)s") % {"value": repr(value)})
        conf[key.strip()] = setting
    return conf


def scan_on_spark(paths, out, master, conf, checker, listings, attribution, problems, settings, quiet,
                  max_bytes) -> None:
    """Run ``scan``'s job on Spark into ``out``, print what it did, exit as ``scan`` does."""
    _need("pyspark")
    from integrity.scale import commit, hadoop
    from integrity.scale import spark as engine

    errors = Errors()
    try:
        session, started = hadoop.start(master, conf, progress=not quiet and sys.stderr.isatty())
    except hadoop.SparkUnavailable as error:
        raise click.ClickException(str(error)) from None
    try:
        result = engine.run(session, out, list(paths), checker, listings=listings, attribution=attribution,
                            problems=problems, settings=settings, max_bytes=max_bytes)
    except commit.OutputError as error:
        raise click.ClickException(str(error)) from None
    except Exception as error:  # the job failed on the cluster: one line; running it again finishes it
        raise click.ClickException(_("the Spark job failed (%(reason)s); run the same command again to finish it")
                                   % {"reason": hadoop.first_line(error)}) from None
    finally:
        if started:
            session.stop()
    for recovered, what in result.recovered:
        if what == "finished":
            click.echo(_("integrity: finished publishing run %(run)s, which a stopped job had begun")
                       % {"run": recovered}, err=True)
    for error in result.errors:
        errors.report(error)
    counts = result.counts
    if counts["errors"] > len(result.errors):
        more = ncount(counts["errors"] - len(result.errors), "%(n)s more error", "%(n)s more errors")
        click.echo(_("integrity: %(more)s in %(folder)s") % {"more": more, "folder": f"{out}/errors"}, err=True)
    written = (_("run %(run)s written to %(out)s") % {"run": result.run, "out": out} if result.committed
               else _("nothing new: %(out)s already holds every session as it is") % {"out": out})
    click.echo(_("Spark (%(master)s, %(cores)s): %(sessions)s in %(files)s (%(mb)s MB) in %(seconds)s s: "
                 "%(checked)s checked, %(unchanged)s unchanged, %(errors)s; %(findings)s; %(written)s") % {
        "master": result.master, "cores": ncount(result.cores, "%(n)s core", "%(n)s cores"),
        "sessions": ncount(counts["sessions"], "%(n)s session", "%(n)s sessions"),
        "files": ncount(counts["files"], "%(n)s file", "%(n)s files"), "mb": f"{counts['bytes'] / 1e6:,.1f}",
        "seconds": f"{result.seconds:,.1f}", "checked": f"{counts['checked']:,}",
        "unchanged": f"{counts['unchanged']:,}", "errors": ncount(counts["errors"], "%(n)s error", "%(n)s errors"),
        "findings": ncount(counts["findings"], "%(n)s finding", "%(n)s findings"), "written": written})
    sys.exit(2 if counts["errors"] else 0)


@click.command("load", cls=Command)
@click.argument("out", metavar="DIR")
@click.option("--db", "db_path", required=True, type=click.Path(dir_okay=False),
              help="SQLite database to store into (created if missing).")
def load_command(out, db_path):
    """Bring the output of `scan --engine spark` into a database, incrementally.

    Reads the runs the Spark jobs committed to DIR (a local path, or a URI pyarrow opens such
    as s3://BUCKET/PATH or hdfs://HOST/PATH). A session the database already holds with the
    same content and configuration is skipped, as in `scan`; the others replace what it held,
    with the same finding ids a local scan gives, so `score`, `explain`, `review` and the
    workbench work on them unchanged. The errors of runs not loaded before are added to the
    `errors` table and printed. Exit status: 0, or 2 if those runs met bad input.

    \b
    Examples:
      integrity scan --engine spark --master 'local[2]' fixtures/scenario/sessions.jsonl --out spark-out
      integrity load spark-out --db findings.db
    """
    _need("pyarrow")
    from integrity.scale.load import LoadError, load

    errors = Errors()
    try:
        result = load(db_path, out, on_error=errors.report)
    except LoadError as error:
        raise click.ClickException(str(error)) from None
    except sqlite3.Error as error:
        raise click.ClickException(cannot_use(db_path, error)) from None
    counts = result.counts
    click.echo(_("Run %(run)s: %(sessions)s from %(runs)s in %(seconds)s s: %(loaded)s loaded, "
                 "%(unchanged)s unchanged, %(errors)s; %(findings)s stored in %(db)s") % {
        "run": result.run_id, "sessions": ncount(counts["sessions"], "%(n)s session", "%(n)s sessions"),
        "runs": ncount(counts["runs"], "%(n)s Spark run", "%(n)s Spark runs"), "seconds": f"{result.seconds:,.1f}",
        "loaded": f"{counts['checked']:,}", "unchanged": f"{counts['unchanged']:,}",
        "errors": ncount(counts["errors"], "%(n)s error", "%(n)s errors"),
        "findings": ncount(counts["findings"], "%(n)s finding", "%(n)s findings"), "db": db_path})
    sys.exit(2 if errors.count else 0)
