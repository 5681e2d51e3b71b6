"""The command line: thin commands that open what they need, call the library and render."""
from __future__ import annotations

import datetime as dt
import functools
import json
import sqlite3
import sys
from collections.abc import Callable
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import click

from integrity import __version__
from integrity.detect import rules
from integrity.detect.checker import Checker, FileChecker
from integrity.detect.classifier import ModelError
from integrity.detect.classifier import train as train_model
from integrity.detect.exemptions import FILTERS
from integrity.detect.finding import Finding
from integrity.detect.lexicons import LexiconError
from integrity.findings import output as report
from integrity.report import records
from integrity.findings import parallel
from integrity.findings.evaluate import evaluate
from integrity.paths import data_dir, in_checkout
from integrity.rating import dataset, review, scoring
from integrity.read.complaints import read_complaints
from integrity.read.model import InputError, Listing, Session
from integrity.read.sessions import (
    iter_input_files,
    read_authorisations,
    read_listings,
    read_sessions,
)
from integrity.report import review_card, scorecard
from integrity.store import complaints as stored_complaints
from integrity.store import queries, search
from integrity.store import scan as scanning
from integrity.store import schema


class ConfigError(click.ClickException):
    """Bad configuration (a lexicon, a profile): exit status 2, like bad usage."""

    exit_code = 2


def _error(message: str) -> None:
    click.echo(f"integrity: error: {message}", err=True)


def _parse_date(ctx, param, value):
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from None


def _split(values: tuple[str, ...]) -> list[str]:
    return [part for value in values for part in value.split(",") if part.strip()]


@dataclass(frozen=True)
class CheckerSettings:
    """The options shared by the commands that check: rules, lexicons, preview, model."""

    select: tuple[str, ...]
    ignore: tuple[str, ...]
    lexicon_dirs: tuple[str, ...]
    preview: bool
    model: bool
    models_dir: str | None = None

    def make(self, authorisations: dict[str, set[str]] | None = None) -> Checker:
        try:
            return Checker(self.lexicon_dirs, _split(self.select), _split(self.ignore),
                           authorisations=authorisations, preview=self.preview, model=self.model,
                           models_dir=self.models_dir)
        except KeyError as error:
            raise click.UsageError(f"unknown rule code or prefix {error.args[0]!r} (see `integrity rules`)") from None
        except LexiconError as error:
            raise ConfigError(f"bad lexicon: {error}") from None
        except ModelError as error:
            raise ConfigError(f"bad model: {error}") from None


def checker_options(command):
    """``--select``, ``--ignore``, ``--lexicons``, ``--preview``, ``--model`` and ``--no-model``,
    given to the command as one ``settings`` argument."""

    @functools.wraps(command)
    def wrapper(*args, select, ignore, lexicon_dirs, preview, models_dir, no_model, **kwargs):
        if models_dir and no_model:
            raise click.UsageError("--model and --no-model cannot be used together")
        settings = CheckerSettings(select, ignore, lexicon_dirs, preview, not no_model, models_dir)
        return command(*args, settings=settings, **kwargs)

    wrapper = click.option("--no-model", is_flag=True,
                           help="Rules only: do not load the trained model (see models/README.md).")(wrapper)
    wrapper = click.option("--model", "models_dir", type=click.Path(file_okay=False, exists=True),
                           help="A model directory written by `integrity train --out DIR` "
                                "(default: the shipped models/).")(wrapper)
    wrapper = click.option("--preview", is_flag=True,
                           help="Also run rules in preview status (`integrity rules` marks them).")(wrapper)
    wrapper = click.option("--lexicons", "lexicon_dirs", multiple=True, type=click.Path(file_okay=False),
                           help="An extra lexicon directory, read after the shipped lexicons (repeatable).")(wrapper)
    wrapper = click.option("--ignore", multiple=True, metavar="CODES",
                           help="Rule codes or prefixes to leave out, comma-separated (e.g. WRD007,PRC).")(wrapper)
    wrapper = click.option("--select", multiple=True, metavar="CODES",
                           help="Only these rule codes or prefixes, comma-separated (e.g. WRD,PRC001).")(wrapper)
    return wrapper


class _Errors:
    """Counts bad inputs while reporting each on one line of stderr."""

    def __init__(self) -> None:
        self.count = 0

    def report(self, error: InputError) -> None:
        self.count += 1
        _error(str(error))


def _listings(listings_file, errors: _Errors) -> tuple[Listing, ...]:
    if not listings_file:
        return ()
    listings, problems = read_listings(listings_file)
    for problem in problems:
        errors.report(problem)
    return tuple(listings)


def _parts(files, errors: _Errors) -> Iterator[parallel.Part]:
    for part in parallel.plan(files):
        if isinstance(part, InputError):
            errors.report(part)
        else:
            yield part


def _sessions(paths, listings, date, errors: _Errors) -> Iterator[tuple[str, Session]]:
    for path in iter_input_files(paths):
        if isinstance(path, InputError):
            errors.report(path)
            continue
        for item in read_sessions(path, listings=listings, date=date):
            if isinstance(item, InputError):
                errors.report(item)
            else:
                yield ("<stdin>" if path == "-" else path), item


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="integrity")
def cli():
    """Check livestream selling (直播带货) for false price claims, counterfeit signals and
    prohibited advertising wording, and score streamers and units for integrity titles.

    Exit status of `check`: 0 no findings, 1 findings, 2 bad usage or unreadable input.
    """


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--listings", "listings_file", type=click.Path(dir_okay=False),
              help="Listings (.json, .jsonl or .csv) to attach to plain transcripts.")
@click.option("--date", type=str, callback=_parse_date, help="Session date (YYYY-MM-DD) for plain transcripts.")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "jsonl", "sarif"]), default="text",
              show_default=True, help="Output format.")
@click.option("--color/--no-color", default=None, help="Colour the text output (default: only on a terminal).")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Worker processes for many files  [default: the CPU count; 1 checks in this process].")
@click.option("--authorisations", "authorisations_file", type=click.Path(dir_okay=False),
              help="Brands each unit may sell (.csv or .jsonl with unit, brand): naming them is legitimate.")
@checker_options
def check(paths, listings_file, date, fmt, color, authorisations_file, jobs, settings):
    """Check transcripts and session files and print the findings.

    PATHS are .json/.jsonl session documents, .txt/.srt/.vtt transcripts, directories (walked
    for those suffixes) or - for standard input. Bad files are reported on stderr, one line
    each, and the rest are still checked.

    \b
    Examples:
      integrity check fixtures/sessions/
      integrity check live.srt --listings listings.csv --date 2026-11-20
      integrity check session.json --format sarif > findings.sarif
      integrity check sessions.jsonl --authorisations authorised_brands.csv
    """
    errors = _Errors()
    authorisations = None
    if authorisations_file:
        authorisations, problems = read_authorisations(authorisations_file)
        for problem in problems:
            errors.report(problem)
    checker = settings.make(authorisations)
    listings = _listings(listings_file, errors)
    out = sys.stdout
    colour = color if color is not None else out.isatty()
    summary = {"sessions": 0, "segments": 0, "findings": 0}
    jobs = jobs or parallel.default_jobs()

    def checked() -> Iterator[tuple[str, Session, list[Finding]]]:
        if jobs == 1 or "-" in paths:
            for source, session in _sessions(paths, listings, date, errors):
                yield source, session, checker.check(session)
            return
        files, missing = parallel.input_files(paths)
        for problem in missing:
            errors.report(problem)
        for batch in parallel.results(_parts(files, errors), jobs, FileChecker, (checker, listings, date)):
            for source, session, outcome in batch:
                if isinstance(outcome, InputError):
                    errors.report(outcome)
                else:
                    yield source, session, outcome

    def results():
        for source, session, findings in checked():
            summary["sessions"] += 1
            summary["segments"] += len(session.segments)
            summary["findings"] += len(findings)
            yield source, findings

    if fmt == "text":
        report.write_text(out, results(), summary, colour)
    elif fmt == "jsonl":
        report.write_jsonl(out, results())
    elif fmt == "json":
        report.write_json(out, list(results()), summary)
    else:
        report.write_sarif(out, list(results()), checker.rule_status)
    if errors.count:
        sys.exit(2)
    sys.exit(1 if summary["findings"] else 0)


@cli.command("rules")
@click.argument("code", required=False)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--exemptions", is_flag=True, help="List the named exemptions that lexicon entries can use.")
def rules_command(code, fmt, exemptions):
    """List the rules, or explain one rule (what, why, legal basis, example).

    \b
    Examples:
      integrity rules
      integrity rules WRD003
      integrity rules --exemptions
    """
    if exemptions:
        rules.all_rules()
        for name in sorted(FILTERS):
            click.echo(f"{name:24} {FILTERS[name].description}")
        return
    if code:
        try:
            rule = rules.get(code)
        except KeyError:
            raise click.UsageError(f"unknown rule {code!r} (see `integrity rules`)") from None
        if fmt == "json":
            click.echo(json.dumps(_rule_dict(rule), ensure_ascii=False, indent=2))
            return
        click.echo(f"{rule.code} ({rule.name}) [{rule.category}, {rule.severity}, {rule.status}]")
        click.echo(f"{rule.summary}\n\nLegal basis: {rule.basis}\n")
        click.echo(rule.doc)
        return
    listed = rules.all_rules()
    if fmt == "json":
        click.echo(json.dumps({"rules": [_rule_dict(r) for r in listed]}, ensure_ascii=False, indent=2))
        return
    for rule in listed:
        status = "" if rule.status == "stable" else f" ({rule.status})"
        click.echo(f"{rule.code}  {rule.category:11} {rule.severity:6} {rule.summary}{status}")


def _rule_dict(rule: rules.Rule) -> dict:
    return {"code": rule.code, "name": rule.name, "category": rule.category, "severity": rule.severity,
            "status": rule.status, "basis": rule.basis, "summary": rule.summary, "doc": rule.doc}


@cli.command("eval")
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--show-errors", is_flag=True, help="List every missed label and false alarm.")
@checker_options
def eval_command(paths, fmt, show_errors, settings):
    """Measure the checker on labelled sessions: precision, recall and F1 per category.

    Segments and listings carry `labels` (categories that must be found) and `also_ok`
    (acceptable, not required). Also prints the share of unlabelled segments flagged.

    \b
    Example:
      integrity eval ../shared/eval/dev.jsonl
    """
    checker = settings.make()
    errors = _Errors()
    sessions = [s for _, s in _sessions(paths, (), None, errors)]
    result = evaluate(sessions, checker.check)
    baseline = evaluate(sessions, lambda s: checker.check(s, use_model=False)) if checker.judge else None
    if fmt == "json":
        data = result.to_dict()
        if baseline:
            data["without_model"] = baseline.to_dict()
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        model = f"model {checker.judge.sha256[:12]}" if checker.judge else "no model"
        click.echo(f"{result.sessions} sessions, {result.units} segments and listings ({model})")
        extra = f" {'F1 w/o model':>13}" if baseline else ""
        click.echo(f"{'category':12} {'precision':>9} {'recall':>7} {'F1':>6} {'TP':>5} {'FP':>5} {'FN':>5}{extra}")
        for name, c in result.categories.items():
            without = f" {baseline.categories[name].f1:13.3f}" if baseline else ""
            click.echo(f"{name:12} {c.precision:9.3f} {c.recall:7.3f} {c.f1:6.3f} {c.tp:5} {c.fp:5} {c.fn:5}{without}")
        without = f" {baseline.macro_f1:37.3f}" if baseline else ""
        click.echo(f"{'macro F1':12} {result.macro_f1:24.3f}{without}")
        click.echo(f"unlabelled flagged: {result.unlabelled_flagged}/{result.unlabelled} ({result.false_alarm_rate:.1%})"
                   + (f"; without the model {baseline.unlabelled_flagged} ({baseline.false_alarm_rate:.1%})" if baseline else ""))
        if show_errors:
            for m in result.mistakes:
                rules_used = f" {','.join(m.rules)}" if m.rules else ""
                click.echo(f"{m.kind:11} {m.category:11} {m.session_id} {m.unit}{rules_used}: {m.text}")
    sys.exit(2 if errors.count else 0)


@cli.command("train")
@click.option("--train", "train_files", type=click.Path(dir_okay=False, exists=True), multiple=True,
              default=lambda: [str(data_dir("models") / "data" / "train.jsonl")],
              show_default="models/data/train.jsonl",
              help="Labelled sessions to learn from (repeatable; given, it replaces the default, so name "
                   "models/data/train.jsonl too to add `review export` files to the shipped data).")
@click.option("--test", "test_file", type=click.Path(dir_okay=False, exists=True),
              default=lambda: str(data_dir("models") / "data" / "test.jsonl"), show_default="models/data/test.jsonl",
              help="Held-out labelled sessions: thresholds are set from the precision measured here.")
@click.option("--dev", "dev_file", type=click.Path(dir_okay=False, exists=True),
              help="Labelled sessions whose precision decides each model rule's status (stable at 0.90).")
@click.option("--out", "out_dir", type=click.Path(file_okay=False),
              help="Where to write classifier.skops and classifier.json  [default in a source checkout: "
                   "its models/; an installed package needs --out, so the shipped model is never overwritten].")
def train_command(train_files, test_file, dev_file, out_dir):
    """Rebuild the segment classifier from labelled sessions, reproducibly.

    Fits the pipeline of `integrity.detect.classifier.build_pipeline` (fixed seed). Each category's
    threshold is the lowest probability at which the model's findings on --test, where no rule
    of the category fired, reach 0.95 precision on at least 5 findings (none if no threshold
    does: that model rule then stays silent). Measures --dev the same way, records data
    hashes, metrics and versions in classifier.json, and saves the model with skops (no pickle).

    \b
    Examples:
      integrity train --dev ../shared/eval/dev.jsonl
      integrity train --train models/data/train.jsonl --train judged.jsonl --out my-model/
    """
    if out_dir is None:
        if not in_checkout():
            raise click.UsageError("pass --out DIR: the installed package's shipped model is not overwritten "
                                   "(then use it with `integrity check --model DIR`)")
        out_dir = str(data_dir("models"))
    try:
        card = train_model([Path(f) for f in train_files], Path(test_file), Path(out_dir), Path(dev_file) if dev_file else None)
    except ModelError as error:
        raise ConfigError(str(error)) from None
    click.echo(f"wrote {Path(out_dir) / card['model']} ({card['data']['train']['segments']} training segments)")
    click.echo("model findings where no rule fired (right/all, of the labels the rules missed):")
    sets = [name for name in ("test", "dev") if name in card["metrics"]]
    click.echo(f"{'category':12} {'threshold':>9}  " + "  ".join(f"{name:>18}" for name in sets) + "  status")
    for category, threshold in card["thresholds"].items():
        cells = []
        for name in sets:
            as_rule = card["metrics"][name][category]["as_rule"]
            cells.append(f"{as_rule['correct']}/{as_rule['findings']} of {as_rule['missed_by_rules']}".rjust(18))
        shown = "none" if threshold is None else f"{threshold:.2f}"
        click.echo(f"{category:12} {shown:>9}  " + "  ".join(cells) + f"  {card['status'][category]}")


def _open_db(path: str):
    try:
        return schema.open_db(path, create=False)
    except FileNotFoundError as error:
        raise click.ClickException(f"{error} (create one with `integrity scan PATH --db {path}`)") from None
    except sqlite3.Error as error:
        raise click.ClickException(f"cannot use database {path}: {error}") from None


@cli.command("scan")
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", "db_path", required=True, type=click.Path(dir_okay=False),
              help="SQLite database to store into (created if missing).")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Worker processes  [default: the CPU count; 1 checks in this process].")
@click.option("--listings", "listings_file", type=click.Path(dir_okay=False),
              help="Listings (.json, .jsonl or .csv) to attach to plain transcripts.")
@click.option("--date", type=str, callback=_parse_date, help="Session date (YYYY-MM-DD) for plain transcripts.")
@click.option("--authorisations", "authorisations_file", type=click.Path(dir_okay=False),
              help="Brands each unit may sell (.csv or .jsonl with unit, brand), as for `check`.")
@click.option("--quiet", "-q", is_flag=True, help="No progress line (it is only shown on a terminal anyway).")
@checker_options
def scan_command(paths, db_path, jobs, listings_file, date, authorisations_file, quiet, settings):
    """Check files and folders of sessions into a database, incrementally.

    Takes every input `check` takes, except standard input. A session already stored with
    the same content and the same checker configuration is not checked again; one whose
    content or configuration changed has its findings replaced. Safe to stop at any moment
    (even kill -9): run it again and it finishes the work. Bad files and sessions are
    reported on stderr and in the `errors` table and skipped. Exit status: 0, or 2 if any
    input was bad.

    \b
    Examples:
      integrity scan sessions/ --db findings.db
      integrity scan live/*.srt --listings listings.csv --date 2026-11-20 --db findings.db -j 8
    """
    if "-" in paths:
        raise click.UsageError("scan reads files and folders, not standard input; save it to a file first")
    listings, problems = read_listings(listings_file) if listings_file else ([], [])
    authorisations = None
    if authorisations_file:
        authorisations, bad_rows = read_authorisations(authorisations_file)
        problems += bad_rows
    checker = settings.make(authorisations)
    errors = _Errors()
    try:
        result = scanning.scan(
            db_path, paths, checker, jobs=jobs, listings=listings, date=date, problems=problems,
            on_error=errors.report, progress_stream=None if quiet or not sys.stderr.isatty() else sys.stderr,
        )
    except sqlite3.Error as error:
        raise click.ClickException(f"cannot use database {db_path}: {error}") from None
    except BrokenProcessPool:
        raise click.ClickException("a worker process died (out of memory?); run the scan again to finish") from None
    counts = result.counts
    click.echo(
        f"Run {result.run_id}: {counts['sessions']:,} sessions in {counts['files']:,} files "
        f"({counts['bytes'] / 1e6:,.1f} MB) in {result.seconds:,.1f} s: {counts['checked']:,} checked, "
        f"{counts['unchanged']:,} unchanged, {counts['errors']:,} errors; "
        f"{counts['findings']:,} findings stored in {db_path}"
    )
    sys.exit(2 if errors.count else 0)


FINDING_TABLE = ("id", "session_id", "segment", "rule", "severity", "evidence", "message")


@cli.command("findings")
@click.option("--db", "db_path", required=True, type=click.Path(dir_okay=False), help="The scan database.")
@click.option("--candidate", metavar="ID", help="Only sessions of this streamer or unit.")
@click.option("--category", type=click.Choice(["price", "counterfeit", "wording"]), help="Only this category.")
@click.option("--rule", metavar="CODE", help="Only this rule code or prefix (e.g. PRC001 or PRC).")
@click.option("--session", metavar="ID", help="Only this session.")
@click.option("--format", "fmt", type=click.Choice(records.RECORD_FORMATS), default="table", show_default=True,
              help="table; json ({\"findings\": [...]} as `check` writes them, plus id); jsonl; csv.")
def findings_command(db_path, candidate, category, rule, session, fmt):
    """List stored findings, each with its stable id.

    A finding keeps its id across re-scans of an unchanged session, so reviews can refer
    to it. Findings come by session, in the order `check` reports them.

    \b
    Examples:
      integrity findings --db findings.db --candidate st-17
      integrity findings --db findings.db --rule PRC --format csv > price.csv
    """
    db = _open_db(db_path)
    found = queries.findings(db, candidate=candidate, category=category, rule=rule, session=session)
    records.write_records(sys.stdout, found, fmt, "findings", FINDING_TABLE if fmt == "table" else queries.FINDING_FIELDS)


@cli.command("summary")
@click.option("--db", "db_path", required=True, type=click.Path(dir_okay=False), help="The scan database.")
@click.option("--top", type=click.IntRange(min=1), default=10, show_default=True,
              help="How many streamers and units to list.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def summary_command(db_path, top, fmt):
    """Summarise a scan database for a regulator.

    Sessions, hours streamed, findings by category, severity and rule, and the streamers
    and units with the most findings per hour first; then the last run.

    \b
    Example:
      integrity summary --db findings.db --top 20
    """
    result = queries.summary(_open_db(db_path), top)
    if fmt == "json":
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        records.write_summary(sys.stdout, result)


RUN_COLUMNS = ("id", "started", "finished", "status", "jobs", "files", "sessions", "checked", "unchanged",
               "errors", "findings", "configuration", "paths")


@cli.command("runs")
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
    rows = queries.runs(_open_db(db_path), limit)
    if fmt == "table":
        for run in rows:
            run["configuration"] = run["config_hash"][:12]
    records.write_records(sys.stdout, rows, fmt, "runs", RUN_COLUMNS)


@cli.command("search")
@click.argument("query")
@click.option("--db", "db_path", required=True, type=click.Path(dir_okay=False), help="The scan database.")
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True, help="At most this many segments.")
@click.option("--format", "fmt", type=click.Choice(records.RECORD_FORMATS), default="table", show_default=True)
def search_command(query, db_path, limit, fmt):
    """Search the stored transcripts for segments holding every word of QUERY.

    Words are separated by spaces and matched as substrings (Chinese needs no spaces:
    `全网最低` finds 今天全网最低价), traditional or simplified, full or half width, any case. Segments come in session order. The first search
    after a scan first adds the new segments to the text index (about a second per 10 MB).

    \b
    Examples:
      integrity search 全网最低 --db findings.db
      integrity search "专柜 正品" --db findings.db --format json
    """
    db = _open_db(db_path)
    try:
        search.index_text(db)
    except sqlite3.OperationalError:
        pass  # a read-only database: the rows not yet indexed are matched directly
    rows = search.search(db, query, limit)
    columns = ("session_id", "segment", "start", "text") if fmt == "table" else search.SEARCH_FIELDS
    records.write_records(sys.stdout, rows, fmt, "segments", columns)


@cli.group("complaints")
def complaints_group() -> None:
    """Consumer complaint records: load them into the database that `score` reads.

    \b
    Example:
      integrity complaints import complaints.csv --db findings.db
    """


@complaints_group.command("import")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--db", "db_path", required=True, type=click.Path(dir_okay=False),
              help="The database to load into (created if missing).")
def complaints_import(file: str, db_path: str) -> None:
    """Load complaint records from a .csv or .jsonl FILE.

    Columns: complaint_id, received (YYYY-MM-DD), streamer_id, unit_id, session_id,
    listing_id, category, status, amount. Categories and statuses may be the English codes or
    the Chinese names (价格, 假冒, 虚假宣传, 质量, 售后服务, 其他; 核实属实, 调解, 不予受理, 处理中).
    Records are keyed by complaint_id: importing the same file again changes nothing; a
    changed record is updated, and a changed status is appended to its history. A bad row is
    reported on stderr with its line and the reason and skipped; the good rows are kept. Exit
    status: 0, or 2 if any row was bad or the file unreadable.

    \b
    Example:
      integrity complaints import fixtures/scenario/complaints.csv --db findings.db
    """
    complaints, problems = read_complaints(file)
    errors = _Errors()
    for problem in problems:
        errors.report(problem)
    if any(problem.line is None for problem in problems):
        sys.exit(2)
    try:
        counts = stored_complaints.import_complaints(schema.open_db(db_path), complaints, file)
    except sqlite3.Error as error:
        raise click.ClickException(f"cannot use database {db_path}: {error}") from None
    changes, bad = counts["status_changes"], errors.count
    click.echo(f"{file}: {counts['added']} added, {counts['updated']} updated, {counts['unchanged']} unchanged "
               f"({changes} status change{'' if changes == 1 else 's'}); {bad} bad row{'' if bad == 1 else 's'} "
               f"skipped; stored in {db_path}")
    sys.exit(2 if errors.count else 0)


def _parse_period(ctx: click.Context, param: click.Parameter, value: str | None) -> scoring.Period:
    if value is None:
        return scoring.Period()
    try:
        return scoring.Period.parse(value)
    except ValueError as error:
        raise click.BadParameter(str(error)) from None


def scoring_options(command: Callable[..., None]) -> Callable[..., None]:
    """``--db``, ``--profile``, ``--period`` and ``--as-of``, given to the command as one
    ``scores`` argument: the scores of every candidate (see :func:`_score_report`)."""

    @functools.wraps(command)
    def wrapper(*args, db_path, profile_path, period, as_of, **kwargs):
        return command(*args, scores=_score_report(db_path, profile_path, period, as_of), **kwargs)

    wrapper = click.option("--as-of", "as_of", metavar="DATE", callback=_parse_date,
                           help="Count recency back from this date  [default: the latest date in the data].")(wrapper)
    wrapper = click.option("--period", metavar="FROM..TO", callback=_parse_period,
                           help="Only sessions and complaints dated in this period; either side may be empty "
                                "(2026-01-01..).")(wrapper)
    wrapper = click.option("--profile", "profile_path", type=click.Path(dir_okay=False),
                           help="A scoring profile (TOML)  [default: integrity/rating/profiles/default.toml].")(wrapper)
    wrapper = click.option("--db", "db_path", required=True, type=click.Path(dir_okay=False),
                           help="The database of `scan` and `complaints import`.")(wrapper)
    return wrapper


def _score_report(db_path: str, profile_path: str | None, period: scoring.Period,
                  as_of: dt.date | None) -> scoring.ScoreReport:
    try:
        profile = scoring.load_profile(profile_path)
    except scoring.ProfileError as error:
        raise ConfigError(f"bad profile: {error}") from None
    sessions, findings, complaints = dataset.scoring_records(_open_db(db_path), period)
    return scoring.score(sessions, findings, complaints, profile, as_of=as_of, period=period)


@cli.command("score")
@scoring_options
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True,
              help="table (a ranking); json (the contract's shape, plus as_of, period, decisions_applied); "
                   "csv (one row per candidate).")
def score_command(scores: scoring.ScoreReport, fmt: str) -> None:
    """Score every streamer and unit for the integrity titles.

    Candidates are every streamer and unit seen in the scanned sessions and the imported
    complaints. Each gets a score out of the profile's scale (1,000 by default), a grade, its
    vetoes (一票否决) and whether it may hold the title 诚信规范经营直播电商达人 (streamers) or
    诚信规范经营直播电商单位 (units), with the reasons when not. Findings count with a judge's
    latest decision on them (`integrity review`): dismissed ones cost nothing. The same data
    and profile always give the same scores: recency counts back from --as-of, never the clock.

    \b
    Examples:
      integrity score --db findings.db
      integrity score --db findings.db --format json --period 2026-01-01..2026-12-31
      integrity score --db findings.db --profile strict.toml --format csv > scores.csv
    """
    if fmt == "json":
        click.echo(json.dumps(scores.to_dict(), ensure_ascii=False, indent=2))
        return
    rows = scorecard.score_rows(scores)
    if fmt == "csv":
        records.write_records(sys.stdout, rows, "csv", "candidates", scorecard.CSV_COLUMNS)
        return
    click.echo(scorecard.header(scores))
    count = records.write_records(sys.stdout, rows, "table", "candidates", scorecard.TABLE_COLUMNS)
    decisions = scores.decisions_applied
    click.echo(f"{count} candidates; {decisions} review decision{'' if decisions == 1 else 's'} applied")


@cli.command("explain")
@click.argument("candidate")
@scoring_options
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="text (the score card); json (the candidate as `score` has it, plus each deduction).")
def explain_command(candidate: str, scores: scoring.ScoreReport, fmt: str) -> None:
    """Print the score card of one streamer or unit (CANDIDATE is its id), for a judge.

    The decision on the title and its reasons, each veto and the items behind it, the points
    lost per category, then each finding and complaint with the points it cost and how: rule,
    evidence, session, time and the judge's decision for a finding; category, status and
    amount for a complaint; base points, recency and exposure for both. Items that cost
    nothing are listed with the reason. A streamer and a unit with the same id get a card each.

    \b
    Example:
      integrity explain st-dalong --db findings.db
    """
    found = scores.find(candidate)
    if not found:
        raise click.BadParameter(f"no streamer or unit {candidate!r} in the scored record "
                                 "(`integrity score` lists the candidates)", param_hint="CANDIDATE")
    if fmt == "json":
        shown = scoring.ScoreReport(scores.profile, scores.as_of, scores.period, tuple(found))
        click.echo(json.dumps(shown.to_dict(details=True), ensure_ascii=False, indent=2))
        return
    for index, result in enumerate(found):
        if index:
            click.echo()
        scorecard.write_scorecard(sys.stdout, scores, result)


# --- Judges' review --------------------------------------------------------------------------


@cli.group("review")
def review_group():
    """Judges' review of findings: confirm or dismiss each, with a reason, on the record.

    Decisions are appended, never edited: the latest on a finding is in force and the
    earlier ones stay in the history. They attach to the finding's stable id, so they survive
    re-scans; a decision on a finding a re-scan no longer produces is kept and reported as
    orphaned (and is in force again if the finding comes back). `score` and `explain` count
    each finding with the decision in force: dismissed ones cost nothing, confirmed ones
    count in full.

    \b
    Examples:
      integrity review next --candidate st-17 --by 王芳 --db findings.db
      integrity review dismiss 75be2251dcda5976 --by 王芳 --reason "说的是口感，不是功效" --db findings.db
      integrity review stats --db findings.db
    """


def _judge(ctx: click.Context, param: click.Parameter, value: str) -> str:
    if not value.strip():
        raise click.BadParameter("give the name of the judge who decides")
    return value.strip()


def _reason(value: str) -> str:
    if not value.strip():
        raise click.UsageError("a dismissal needs a reason")
    return value.strip()


def review_options(command):
    """``--by NAME`` (the judge, required, not blank) and ``--db FILE``."""
    command = click.option("--db", "db_path", required=True, type=click.Path(dir_okay=False),
                           help="The scan database.")(command)
    return click.option("--by", required=True, metavar="NAME", callback=_judge,
                        help="The judge who decides (recorded with each decision).")(command)


def _decide(decision: str, finding_id: str, by: str, reason: str | None, db_path: str) -> None:
    try:
        made, previous = review.decide(_open_db(db_path), finding_id, decision, by, reason)
    except review.ReviewError as error:
        raise click.UsageError(str(error)) from None
    superseded = f" (supersedes {previous.decision} by {previous.by} at {previous.at})" if previous else ""
    click.echo(f"{made.finding_id}: {made.decision} by {made.by} at {made.at}{superseded}")


@review_group.command("confirm")
@click.argument("finding_id")
@review_options
@click.option("--reason", metavar="TEXT", help="Why (optional when confirming).")
def review_confirm(finding_id, by, db_path, reason):
    """Confirm the finding FINDING_ID (as `integrity findings` lists it): it counts in full.

    Appends the decision; an earlier one on the same finding stays in the history and is
    superseded.

    \b
    Example:
      integrity review confirm 75be2251dcda5976 --by 王芳 --db findings.db
    """
    _decide("confirmed", finding_id, by, reason, db_path)


@review_group.command("dismiss")
@click.argument("finding_id")
@review_options
@click.option("--reason", metavar="TEXT", help="Why it is not a violation (required).")
def review_dismiss(finding_id, by, db_path, reason):
    """Dismiss the finding FINDING_ID as a false alarm: it counts for nothing. A reason is required.

    Appends the decision; an earlier one on the same finding stays in the history and is
    superseded. Exit status 2, and nothing recorded, without a reason.

    \b
    Example:
      integrity review dismiss 75be2251dcda5976 --by 王芳 --reason "说的是口感，不是功效" --db findings.db
    """
    _decide("dismissed", finding_id, by, reason, db_path)


def _rule_summary(code: str) -> str | None:
    try:
        return rules.get(code).summary
    except KeyError:
        return None


REVIEW_KEYS = {"c": "confirmed", "d": "dismissed", "s": "skip", "q": "quit"}


@review_group.command("next")
@click.option("--candidate", metavar="ID", help="Only findings in sessions of this streamer or unit.")
@review_options
def review_next(candidate, by, db_path):
    """Go through the open findings at the terminal, one by one, and decide each.

    For each finding: its session, the rule, its legal basis and why it fired, the segment
    with the evidence highlighted among the segments around it, and the listing numbers.
    Then a key: c confirm, d dismiss (asks the reason), s skip (it stays open), q quit. Each
    decision is recorded at once, so quitting (or Ctrl-C) loses nothing decided. A finding
    another judge decides meanwhile is passed over.

    \b
    Example:
      integrity review next --candidate st-17 --by 王芳 --db findings.db
    """
    db = _open_db(db_path)
    queue = review.open_findings(db, candidate)
    counts = dict.fromkeys(("confirmed", "dismissed", "skipped"), 0)
    for position, finding in enumerate(queue, 1):
        if review.latest(db, finding["id"]) is not None:
            continue
        click.echo(review_card.card(finding, review.context(db, finding), f"{position} of {len(queue)}",
                                    _rule_summary(finding["rule"])))
        key = click.prompt("[c]onfirm, [d]ismiss, [s]kip, [q]uit", type=click.Choice(list(REVIEW_KEYS),
                           case_sensitive=False), show_choices=False).lower()
        if key == "q":
            break
        if key == "s":
            counts["skipped"] += 1
            click.echo()
            continue
        reason = click.prompt("Reason for dismissing", value_proc=_reason) if key == "d" else None
        try:
            made, _ = review.decide(db, finding["id"], REVIEW_KEYS[key], by, reason)
        except review.ReviewError as error:  # a re-scan removed the finding meanwhile
            _error(str(error))
            continue
        counts[made.decision] += 1
        click.echo(f"{made.decision}\n")
    left = len(review.open_findings(db, candidate))
    click.echo(f"{counts['confirmed']} confirmed, {counts['dismissed']} dismissed, {counts['skipped']} skipped; "
               f"{left} open finding{'' if left == 1 else 's'} left")


@review_group.command("history")
@click.option("--db", "db_path", required=True, type=click.Path(dir_okay=False), help="The scan database.")
@click.option("--finding", "finding_id", metavar="ID", help="Only the decisions on this finding.")
@click.option("--orphaned", is_flag=True, help="Only the decisions on findings a re-scan no longer produces.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help='table (with each decision\'s state: in force, superseded or orphaned); json '
                   '({"reviews": [{"finding_id", "decision", "by", "reason", "at"}...], "orphaned": [ids]}).')
def review_history(db_path, finding_id, orphaned, fmt):
    """The record of every decision: who decided what, why and when, oldest first.

    Nothing is ever edited or deleted: a later decision on a finding supersedes the earlier
    ones, which stay here. Decisions on findings that a re-scan no longer produces are
    orphaned: listed, and named in the summary line (json: `orphaned`).

    \b
    Examples:
      integrity review history --db findings.db
      integrity review history --db findings.db --orphaned --format json
    """
    decisions = review.history(_open_db(db_path), finding_id, orphaned)
    orphans = sorted({d.finding_id for d in decisions if d.state == "orphaned"})
    if fmt == "json":
        click.echo(json.dumps({"reviews": [d.to_dict() for d in decisions], "orphaned": orphans},
                              ensure_ascii=False, indent=2))
        return
    rows = [{**d.to_dict(), "state": d.state} for d in decisions]
    columns = ("at", "finding_id", "decision", "by", "state", "reason")
    records.write_records(sys.stdout, rows, "table", "reviews", columns)
    click.echo(f"{len(decisions)} decision{'' if len(decisions) == 1 else 's'}; {len(orphans)} orphaned "
               f"finding{'' if len(orphans) == 1 else 's'} (no longer produced){': ' if orphans else ''}"
               f"{', '.join(orphans)}")


@review_group.command("stats")
@click.option("--db", "db_path", required=True, type=click.Path(dir_okay=False), help="The scan database.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help='table; json ({"rules": [...], "total": {...}, "orphaned": N}).')
def review_stats(db_path, fmt):
    """Precision per rule from the judges' decisions: confirmed over decided.

    Each stored finding counts with the decision in force on it. Rules come lowest precision
    first, so the rules judges keep dismissing show at the top; rules with nothing decided
    come last. Decisions on findings no longer produced (orphaned) are counted apart: their
    rules are gone with them.

    \b
    Example:
      integrity review stats --db findings.db
    """
    db = _open_db(db_path)
    per_rule, total = review.stats(db)
    orphans = len(review.orphaned(db))
    if fmt == "json":
        click.echo(json.dumps({"rules": [s.to_dict() for s in per_rule], "total": total.to_dict(),
                               "orphaned": orphans}, ensure_ascii=False, indent=2))
        return
    records.write_records(sys.stdout, [s.to_dict() for s in (*per_rule, total)], "table", "rules", review.STATS_FIELDS)
    click.echo(f"{orphans} orphaned finding{'' if orphans == 1 else 's'} with decisions (no longer produced)")


@review_group.command("export")
@click.option("--db", "db_path", required=True, type=click.Path(dir_okay=False), help="The scan database.")
@click.option("--candidate", metavar="ID", help="Only sessions of this streamer or unit.")
@click.option("--out", "-o", type=click.File("w", encoding="utf-8"), default="-",
              help="Where to write the sessions (JSON Lines)  [default: standard output].")
def review_export(db_path, candidate, out):
    """Write the decided segments and listings as labelled sessions, for `eval` and `train`.

    One session document per line (JSON Lines), with only the segments and listings that
    carry a decision in force (and the listings their price findings depend on). `labels`
    are the categories judges confirmed there; dismissed categories stay out of them (tags
    `judge_dismissed`, and `hard_negative` when nothing there was confirmed); categories of
    findings still open go in `also_ok`. Segments whose finding depends on listing data are
    tagged `listing_dependent` (`train` leaves them out). Each unit lists the decisions
    behind its labels under `decisions`. A summary goes to stderr.

    \b
    Examples:
      integrity review export --db findings.db -o judged.jsonl
      integrity eval judged.jsonl
    """
    db = _open_db(db_path)
    sessions = segments = listings = 0
    for document in review.export(db, candidate):
        out.write(json.dumps(document, ensure_ascii=False) + "\n")
        sessions += 1
        segments += len(document["segments"])
        listings += len(document["listings"])
    orphans = len(review.orphaned(db))
    click.echo(f"exported {sessions} sessions ({segments} segments, {listings} listings); "
               f"{orphans} orphaned finding{'' if orphans == 1 else 's'} left out", err=True)
