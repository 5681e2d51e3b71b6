"""The command line: thin commands that open what they need, call the library and render."""
from __future__ import annotations

import datetime as dt
import functools
import json
import sqlite3
import sys
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import click

from integrity import __version__, rules
from integrity.check import Checker
from integrity.classifier import ModelError
from integrity.classifier import train as train_model
from integrity.evaluate import evaluate
from integrity.filters import FILTERS
from integrity.lexicons import LexiconError
from integrity.model import InputError, Session
from integrity.paths import data_dir
from integrity.readers import iter_input_files, read_authorisations, read_listings, read_sessions
from integrity import report
from integrity import scan as scanning, storage


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

    def make(self, authorisations: dict[str, set[str]] | None = None) -> Checker:
        try:
            return Checker(self.lexicon_dirs, _split(self.select), _split(self.ignore),
                           authorisations=authorisations, preview=self.preview, model=self.model)
        except KeyError as error:
            raise click.UsageError(f"unknown rule code or prefix {error.args[0]!r} (see `integrity rules`)") from None
        except LexiconError as error:
            raise ConfigError(f"bad lexicon: {error}") from None
        except ModelError as error:
            raise ConfigError(f"bad model: {error}") from None


def checker_options(command):
    """``--select``, ``--ignore``, ``--lexicons``, ``--preview`` and ``--no-model``, given to the
    command as one ``settings`` argument."""

    @functools.wraps(command)
    def wrapper(*args, select, ignore, lexicon_dirs, preview, no_model, **kwargs):
        settings = CheckerSettings(select, ignore, lexicon_dirs, preview, not no_model)
        return command(*args, settings=settings, **kwargs)

    wrapper = click.option("--no-model", is_flag=True,
                           help="Rules only: do not load the trained model (see models/README.md).")(wrapper)
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


def _sessions(paths, listings_file, date, errors: _Errors) -> Iterator[tuple[str, Session]]:
    listings = ()
    if listings_file:
        listings, problems = read_listings(listings_file)
        for problem in problems:
            errors.report(problem)
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
@click.option("--authorisations", "authorisations_file", type=click.Path(dir_okay=False),
              help="Brands each unit may sell (.csv or .jsonl with unit, brand): naming them is legitimate.")
@checker_options
def check(paths, listings_file, date, fmt, color, authorisations_file, settings):
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
    out = sys.stdout
    colour = color if color is not None else out.isatty()
    summary = {"sessions": 0, "segments": 0, "findings": 0}

    def results():
        for source, session in _sessions(paths, listings_file, date, errors):
            findings = checker.check(session)
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
        report.write_sarif(out, list(results()))
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
    sessions = [s for _, s in _sessions(paths, None, None, errors)]
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
@click.option("--train", "train_file", type=click.Path(dir_okay=False, exists=True),
              default=lambda: str(data_dir("models") / "data" / "train.jsonl"), show_default="models/data/train.jsonl",
              help="Labelled sessions to learn from.")
@click.option("--test", "test_file", type=click.Path(dir_okay=False, exists=True),
              default=lambda: str(data_dir("models") / "data" / "test.jsonl"), show_default="models/data/test.jsonl",
              help="Held-out labelled sessions: thresholds are set from the precision measured here.")
@click.option("--dev", "dev_file", type=click.Path(dir_okay=False, exists=True),
              help="Labelled sessions whose precision decides each model rule's status (stable at 0.90).")
@click.option("--out", "out_dir", type=click.Path(file_okay=False), default=lambda: str(data_dir("models")),
              show_default="models/", help="Where to write classifier.skops and classifier.json.")
def train_command(train_file, test_file, dev_file, out_dir):
    """Rebuild the segment classifier from labelled sessions, reproducibly.

    Fits the pipeline of `integrity.classifier.build_pipeline` (fixed seed), chooses each
    category's threshold from the precision measured on --test, records data hashes, metrics
    and versions in classifier.json, and saves the model with skops (no pickle).

    \b
    Example:
      integrity train --dev ../shared/eval/dev.jsonl
    """
    try:
        card = train_model(Path(train_file), Path(test_file), Path(out_dir), Path(dev_file) if dev_file else None)
    except ModelError as error:
        raise ConfigError(str(error)) from None
    click.echo(f"wrote {Path(out_dir) / card['model']} ({card['data']['train']['segments']} training segments)")
    for category, threshold in card["thresholds"].items():
        test = card["metrics"]["test"][category]
        dev = card["metrics"].get("dev", {}).get(category)
        dev_text = f", dev precision {dev['precision']:.3f} recall {dev['recall']:.3f}" if dev else ""
        click.echo(f"{category:12} threshold {threshold:.2f}  test precision {test['precision']:.3f} "
                   f"recall {test['recall']:.3f}{dev_text}  -> {card['status'][category]}")


def _open_db(path: str):
    try:
        return storage.open_db(path, create=False)
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
@click.option("--format", "fmt", type=click.Choice(report.RECORD_FORMATS), default="table", show_default=True,
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
    found = storage.findings(db, candidate=candidate, category=category, rule=rule, session=session)
    report.write_records(sys.stdout, found, fmt, "findings", FINDING_TABLE if fmt == "table" else storage.FINDING_FIELDS)


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
    result = storage.summary(_open_db(db_path), top)
    if fmt == "json":
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        report.write_summary(sys.stdout, result)


@cli.command("search")
@click.argument("query")
@click.option("--db", "db_path", required=True, type=click.Path(dir_okay=False), help="The scan database.")
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True, help="At most this many segments.")
@click.option("--format", "fmt", type=click.Choice(report.RECORD_FORMATS), default="table", show_default=True)
def search_command(query, db_path, limit, fmt):
    """Search the stored transcripts for segments holding every word of QUERY.

    Words are separated by spaces and matched as substrings (Chinese needs no spaces:
    `全网最低` finds 今天全网最低价). Segments come in session order. The first search
    after a scan first adds the new segments to the text index (about a second per 10 MB).

    \b
    Examples:
      integrity search 全网最低 --db findings.db
      integrity search "专柜 正品" --db findings.db --format json
    """
    db = _open_db(db_path)
    try:
        storage.index_text(db)
    except sqlite3.OperationalError:
        pass  # a read-only database: the rows not yet indexed are matched directly
    rows = storage.search(db, query, limit)
    columns = ("session_id", "segment", "start", "text") if fmt == "table" else storage.SEARCH_FIELDS
    report.write_records(sys.stdout, rows, fmt, "segments", columns)
