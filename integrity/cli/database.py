"""The commands that fill and read the database: ``scan``, ``findings``, ``summary``, ``runs``,
``search`` and ``complaints import``.
"""
from __future__ import annotations

import json
import sqlite3
import sys
from concurrent.futures.process import BrokenProcessPool

import click

from integrity.cli import language
from integrity.cli.language import Command, Group, _, ncount
from integrity.cli.common import (
    Errors,
    Failure,
    cannot_use,
    attribution_options,
    checker_options,
    key_option,
    load_key,
    max_file_size_option,
    not_blank,
    open_db,
    period_options,
    require_id,
)
from integrity.read.complaints import read_complaints
from integrity.read.listings import read_authorisations, read_listings
from integrity.cli import configuration
from integrity.cli.output import output_options
from integrity.report import records, spreadsheet
from integrity.report.progress import FileProgress, terminal_stream
from integrity.store import complaints as stored_complaints
from integrity.store import ledger, queries, schema, search
from integrity.store import scan as scanning
from integrity.i18n import C_, N_
from integrity.text.display import timestamp


@click.command("scan", cls=Command)
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", "db_path", type=click.Path(dir_okay=False),
              help="SQLite database to store into (created if missing); required with the local engine.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Worker processes  [default: the CPU count; 1 checks in this process].")
@click.option("--engine", type=click.Choice(["local", "spark"]), default="local", show_default=True,
              help="local: worker processes on this machine, into --db; spark: Apache Spark, into --out "
                   "(needs pip install 'integrity[spark]' and Java 17+).")
@click.option("--master", metavar="URL",
              help="With --engine spark: the Spark master (local[2], spark://HOST:7077, yarn)  "
                   "[default: spark-submit's, else local[*]].")
@click.option("--out", "out", metavar="DIR",
              help="With --engine spark: the output directory (Parquet by date; any path Spark writes).")
@click.option("--conf", "spark_conf", metavar="KEY=VALUE", multiple=True,
              help="With --engine spark: a Spark setting (repeatable), e.g. spark.executor.memory=4g.")
@click.option("--listings", "listings_file", type=click.Path(dir_okay=False),
              help="Listings (.json, .jsonl or .csv) to attach to plain transcripts.")
@attribution_options
@click.option("--authorisations", "authorisations_file", type=click.Path(dir_okay=False),
              help="Brands each unit may sell (.csv or .jsonl with unit, brand), as for `check`.")
@click.option("--quiet", "-q", is_flag=True, help="No progress line (it is only shown on a terminal anyway).")
@max_file_size_option
@checker_options
def scan_command(paths, db_path, jobs, engine, master, out, spark_conf, listings_file, attribution,
                 authorisations_file, quiet, max_bytes, settings):
    """Check files and folders of sessions into a database, incrementally.

    Takes every input `check` takes, except standard input (regular files only, each up to
    --max-file-size). A session already stored with
    the same content and the same checker configuration is not checked again; one whose
    content or configuration changed has its findings replaced. Safe to stop at any moment
    (even kill -9): run it again and it finishes the work. Bad files and sessions are
    reported on stderr and in the `errors` table and skipped. Exit status: 0, or 2 if any
    input was bad.

    With --engine spark the same check runs on Apache Spark (the checker loaded once per
    executor) and writes Parquet to --out: sessions, segments, listings and findings by date,
    errors with their file and line, and each run's configuration in runs/. It also reads
    Parquet datasets of sessions and any path Spark reads (hdfs://, s3a://), each file up to
    --max-file-size too. A re-run writes only what changed, and finishes the work of a job
    that failed; `integrity load` brings the output into a database.

    \b
    Examples:
      integrity scan fixtures/scenario/sessions.jsonl --db findings.db
      integrity scan fixtures/regulator/transcripts/ --path-pattern '{unit}/{streamer}/{date}.srt' --db findings.db -j 8
      integrity scan --engine spark --master 'local[2]' fixtures/scenario/sessions.jsonl --out spark-out
    """
    if "-" in paths:
        raise click.UsageError(_("scan reads files and folders, not standard input; save it to a file first"))
    if engine == "spark":
        given = click.get_current_context().get_parameter_source("jobs") == click.core.ParameterSource.COMMANDLINE
        if db_path or given:
            raise click.UsageError(_("--engine spark writes to --out, not --db (bring it in with `integrity load`), "
                                     "and Spark's executors replace --jobs"))
        if not out:
            raise click.UsageError(_("--engine spark needs --out DIR"))
    else:
        if master or out or spark_conf:
            raise click.UsageError(_("--master, --out and --conf go with --engine spark"))
        if not db_path:
            raise click.UsageError(_("scan needs --db FILE (or --engine spark with --out DIR)"))
    listings, problems = read_listings(listings_file) if listings_file else ([], [])
    authorisations = None
    if authorisations_file:
        authorisations, bad_rows = read_authorisations(authorisations_file)
        problems += bad_rows
    checker = settings.make(authorisations)
    if engine == "spark":
        from integrity.cli.spark import parse_conf, scan_on_spark

        scan_on_spark(paths, out, master, parse_conf(spark_conf), checker, listings, attribution, problems,
                      configuration.settings(click.get_current_context()), quiet, max_bytes)
    errors = Errors()
    try:
        with FileProgress(None if quiet else terminal_stream(), lang=language.current()) as bar:
            errors.echo = bar.echo
            result = scanning.scan(
                db_path, paths, checker, jobs=jobs, listings=listings, attribution=attribution, problems=problems,
                on_error=errors.report, on_progress=lambda sessions, done, total: bar.update(sessions, done, total),
                settings=configuration.settings(click.get_current_context()), max_bytes=max_bytes,
            )
    except sqlite3.Error as error:
        raise click.ClickException(cannot_use(db_path, error)) from None
    except BrokenProcessPool:
        raise Failure(_("a worker process died (out of memory?); run the command again to finish the scan")) from None
    counts = result.counts
    click.echo(_("Run %(run)s: %(sessions)s in %(files)s (%(mb)s MB) in %(seconds)s s: %(checked)s checked, "
                 "%(unchanged)s unchanged, %(errors)s; %(findings)s stored in %(db)s") % {
        "run": result.run_id, "sessions": ncount(counts["sessions"], "%(n)s session", "%(n)s sessions"),
        "files": ncount(counts["files"], "%(n)s file", "%(n)s files"), "mb": f"{counts['bytes'] / 1e6:,.1f}",
        "seconds": f"{result.seconds:,.1f}", "checked": f"{counts['checked']:,}",
        "unchanged": f"{counts['unchanged']:,}", "errors": ncount(counts["errors"], "%(n)s error", "%(n)s errors"),
        "findings": ncount(counts["findings"], "%(n)s finding", "%(n)s findings"), "db": db_path})
    sys.exit(2 if errors.count else 0)


FINDING_TABLE = (N_("id"), N_("session_id"), N_("segment"), N_("rule"), N_("severity"), N_("evidence"),
                 N_("message"), N_("corrected"))


@click.command("findings", cls=Command)
@click.option("--db", "db_path", required=True, type=click.Path(dir_okay=False), help="The scan database.")
@click.option("--candidate", metavar="ID", callback=not_blank, help="Only sessions of this streamer or unit.")
@click.option("--category", type=click.Choice(["price", "counterfeit", "wording"]), help="Only this category.")
@click.option("--rule", metavar="CODE", callback=not_blank, help="Only this rule code or prefix (e.g. PRC001 or PRC).")
@click.option("--session", metavar="ID", callback=not_blank, help="Only this session.")
@period_options
@click.option("--format", "fmt", type=click.Choice([*records.RECORD_FORMATS, "xlsx"]), default="table",
              show_default=True, help="table; json ({\"findings\": [...]} as `check` writes them, plus id); jsonl; "
                                      "csv or xlsx (a regulator's export: who, when, what, basis, decision).")
@output_options
def findings_command(db_path, candidate, category, rule, session, since, until, fmt, output):
    """List stored findings, each with its stable id.

    A finding keeps its id across re-scans of an unchanged session, so reviews can refer
    to it. Findings come by session, in the order `check` reports them. csv and xlsx are the
    export a regulator files: streamer, unit, platform, date, session, time, segment (from 1),
    rule, category, severity, evidence, message, legal basis, and the decision in force with
    its judge, reason and time.

    \b
    Examples:
      integrity findings --db findings.db --candidate st-dalong
      integrity findings --db findings.db --since 2026-11 --until 2026-11 --format xlsx -o findings.xlsx
      integrity findings --db findings.db --rule PRC --format csv -o price.csv
    """
    db = open_db(db_path)
    require_id(db, "candidate", candidate, db_path)
    require_id(db, "session", session, db_path)
    filters = dict(candidate=candidate, category=category, rule=rule, session=session, since=since, until=until)
    if fmt == "xlsx":
        with output.binary("xlsx") as out:
            spreadsheet.write_xlsx(out, [spreadsheet.Sheet("findings", queries.EXPORT_COLUMNS,
                                                           queries.finding_exports(db, **filters))])
        return
    if fmt == "csv":
        with output.text(csv=True) as out:
            records.write_records(out, queries.finding_exports(db, **filters), "csv", "findings",
                                  queries.EXPORT_COLUMNS, excel=output.for_excel)
        return
    found = queries.findings(db, **filters)
    if fmt == "table":  # people count segments from 1, as `check` prints them; JSON keeps the index
        found = ({**f, "segment": None if f["segment"] is None else f["segment"] + 1,
                  "severity": _(f["severity"]), "corrected": f["corrected"]["evidence"] if f["corrected"] else None}
                 for f in found)
    with output.text() as out:
        records.write_records(out, found, fmt, "findings", FINDING_TABLE if fmt == "table" else queries.FINDING_FIELDS,
                              lang=language.current())


@click.command("summary", cls=Command)
@click.option("--db", "db_path", required=True, type=click.Path(dir_okay=False), help="The scan database.")
@click.option("--top", type=click.IntRange(min=1), default=10, show_default=True,
              help="How many streamers and units to list.")
@click.option("--min-hours", type=click.FloatRange(min=0), default=queries.MIN_HOURS, show_default=True,
              help="Rank by findings per hour only streamers and units that streamed this many hours.")
@period_options
@click.option("--format", "fmt", type=click.Choice(["text", "json", "xlsx"]), default="text", show_default=True,
              help="text; json; xlsx (a workbook, a sheet per table).")
@output_options
def summary_command(db_path, top, min_hours, since, until, fmt, output):
    """Summarise a scan database for a regulator.

    Sessions, hours streamed, findings by category, severity and rule, and the streamers
    and units with the most findings per hour first (among those that streamed --min-hours
    or more, so that one short session does not lead); then the last run. --since and
    --until keep the sessions dated in that period.

    \b
    Examples:
      integrity summary --db findings.db --top 20
      integrity summary --db findings.db --since 2026-11 --until 2026-11
      integrity summary --db findings.db --since 2026-11 --until 2026-11 --format xlsx -o summary.xlsx
    """
    result = queries.summary(open_db(db_path), top, since=since, until=until, min_hours=min_hours)
    if fmt == "xlsx":
        with output.binary("xlsx") as out:
            spreadsheet.write_xlsx(out, records.summary_sheets(result))
        return
    with output.text() as out:
        if fmt == "json":
            out.write(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
        else:
            records.write_summary(out, result, language.current())


RUN_STATUSES = {"running": N_("running"), "finished": N_("finished"), "failed": N_("failed"),
                "interrupted": N_("interrupted")}
RUN_COLUMNS = (N_("id"), N_("started"), C_("column", "finished"), N_("status"), N_("jobs"), N_("files"), "sessions",
               N_("checked"), N_("unchanged"), N_("errors"), "findings", N_("configuration"), N_("paths"))


@click.command("runs", cls=Command)
@click.option("--db", "db_path", required=True, type=click.Path(dir_okay=False), help="The scan database.")
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True, help="The newest this many runs.")
@click.option("--format", "fmt", type=click.Choice(records.RECORD_FORMATS), default="table", show_default=True)
def runs_command(db_path, limit, fmt):
    """List the scans stored in a database, newest first.

    Each run's status (running, finished, failed, interrupted: a run whose process is gone
    without finishing, e.g. after kill -9), its counts, the paths it read and its
    configuration (version, rules, lexicon versions, model): in the table its fingerprint,
    in json/jsonl/csv in full, so two runs can be compared.

    \b
    Examples:
      integrity runs --db findings.db
      integrity runs --db findings.db --limit 2 --format json
    """
    rows = queries.runs(open_db(db_path), limit)
    if fmt == "table":
        for run in rows:
            run["configuration"] = run["config_hash"][:12]
            run["status"] = _(RUN_STATUSES.get(run["status"], run["status"]))
    records.write_records(sys.stdout, rows, fmt, "runs", RUN_COLUMNS, lang=language.current())


@click.command("search", cls=Command)
@click.argument("query")
@click.option("--db", "db_path", required=True, type=click.Path(dir_okay=False), help="The scan database.")
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True, help="At most this many segments.")
@period_options
@click.option("--format", "fmt", type=click.Choice(records.RECORD_FORMATS), default="table", show_default=True)
def search_command(query, db_path, limit, since, until, fmt):
    """Search the stored transcripts for segments holding every word of QUERY.

    Words are separated by spaces and matched as substrings (Chinese needs no spaces:
    `全网最低` finds 今天全网最低价), traditional or simplified, full or half width, any case.
    Segments come in session order. It reads the text index `scan` keeps, and first indexes
    what a scan killed before its end left out. --since and --until keep the sessions dated in
    that period.

    \b
    Examples:
      integrity search 全网最低 --db findings.db
      integrity search "专柜 正品" --db findings.db --format json
    """
    db = open_db(db_path)
    try:
        search.index_text(db)
    except sqlite3.OperationalError:
        pass  # a read-only database: the rows not yet indexed are matched directly
    rows = search.search(db, query, limit, since=since, until=until)
    if fmt == "table":  # for people: segments from 1, times as a clock, as `check` shows them
        rows = [{**row, "segment": row["segment"] + 1, "start": timestamp(row["start"]) or None} for row in rows]
    columns = (N_("session_id"), N_("segment"), N_("start"), N_("text")) if fmt == "table" else search.SEARCH_FIELDS
    records.write_records(sys.stdout, rows, fmt, "segments", columns, lang=language.current())


@click.group("complaints", cls=Group)
def complaints_group() -> None:
    """Consumer complaint records: load them into the database that `score` reads.

    \b
    Example:
      integrity complaints import fixtures/scenario/complaints.csv --db findings.db
    """


@complaints_group.command("import")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--db", "db_path", required=True, type=click.Path(dir_okay=False),
              help="The database to load into (created if missing).")
@key_option
def complaints_import(file: str, db_path: str, key_file: str | None) -> None:
    """Load complaint records from a .csv or .jsonl FILE.

    Columns: complaint_id, received (YYYY-MM-DD), streamer_id, unit_id, session_id,
    listing_id, category, status, amount. Categories and statuses may be the English codes or
    the Chinese names (价格, 假冒, 虚假宣传, 质量, 售后服务, 其他; 核实属实, 调解, 不予受理, 处理中).
    Records are keyed by complaint_id: importing the same file again changes nothing; a
    changed record is updated, and a changed status is appended to its history, which is part
    of the signed record of decisions (it needs the decision key: `integrity keys init`). A bad
    row is reported on stderr with its line and the reason and skipped; the good rows are kept.
    Exit status: 0, or 2 if any row was bad, the file unreadable or the record does not verify.

    \b
    Example:
      integrity complaints import fixtures/scenario/complaints.csv --db findings.db
    """
    key = load_key(key_file)
    complaints, problems = read_complaints(file)
    errors = Errors()
    for problem in problems:
        errors.report(problem)
    if any(problem.line is None for problem in problems):
        sys.exit(2)
    try:
        counts = stored_complaints.import_complaints(schema.open_db(db_path), complaints, file, key=key)
    except sqlite3.Error as error:
        raise click.ClickException(cannot_use(db_path, error)) from None
    except ledger.RecordError as error:
        raise Failure(str(error)) from None
    click.echo(_("%(file)s: %(added)s added, %(updated)s updated, %(unchanged)s unchanged (%(changes)s); "
                 "%(bad)s skipped; stored in %(db)s") % {
        "file": file, "added": counts["added"], "updated": counts["updated"], "unchanged": counts["unchanged"],
        "changes": ncount(counts["status_changes"], "%(n)s status change", "%(n)s status changes"),
        "bad": ncount(errors.count, "%(n)s bad row", "%(n)s bad rows"), "db": db_path})
    sys.exit(2 if errors.count else 0)
