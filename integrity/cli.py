"""The command line: thin commands that open what they need, call the library and render."""
from __future__ import annotations

import datetime as dt
import json
import sys
from typing import Iterator

import click

from integrity import __version__, rules
from integrity.check import Checker
from integrity.evaluate import evaluate
from integrity.filters import FILTERS
from integrity.lexicons import LexiconError
from integrity.model import InputError, Session
from integrity.readers import iter_input_files, read_listings, read_sessions
from integrity import report


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


def checker_options(command):
    """``--select``, ``--ignore`` and ``--lexicons``, shared by the commands that check."""
    command = click.option("--lexicons", "lexicon_dirs", multiple=True, type=click.Path(file_okay=False),
                           help="An extra lexicon directory, read after the shipped lexicons (repeatable).")(command)
    command = click.option("--ignore", multiple=True, metavar="CODES",
                           help="Rule codes or prefixes to leave out, comma-separated (e.g. WRD007,PRC).")(command)
    command = click.option("--select", multiple=True, metavar="CODES",
                           help="Only these rule codes or prefixes, comma-separated (e.g. WRD,PRC001).")(command)
    return command


def _make_checker(select, ignore, lexicon_dirs) -> Checker:
    try:
        return Checker(lexicon_dirs, _split(select), _split(ignore))
    except KeyError as error:
        raise click.UsageError(f"unknown rule code or prefix {error.args[0]!r} (see `integrity rules`)") from None
    except LexiconError as error:
        raise ConfigError(f"bad lexicon: {error}") from None


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
@checker_options
def check(paths, listings_file, date, fmt, color, select, ignore, lexicon_dirs):
    """Check transcripts and session files and print the findings.

    PATHS are .json/.jsonl session documents, .txt/.srt/.vtt transcripts, directories (walked
    for those suffixes) or - for standard input. Bad files are reported on stderr, one line
    each, and the rest are still checked.

    \b
    Examples:
      integrity check fixtures/sessions/
      integrity check live.srt --listings listings.csv --date 2026-11-20
      integrity check session.json --format sarif > findings.sarif
    """
    checker = _make_checker(select, ignore, lexicon_dirs)
    errors = _Errors()
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
def eval_command(paths, fmt, show_errors, select, ignore, lexicon_dirs):
    """Measure the checker on labelled sessions: precision, recall and F1 per category.

    Segments and listings carry `labels` (categories that must be found) and `also_ok`
    (acceptable, not required). Also prints the share of unlabelled segments flagged.

    \b
    Example:
      integrity eval ../shared/eval/dev.jsonl
    """
    checker = _make_checker(select, ignore, lexicon_dirs)
    errors = _Errors()
    result = evaluate((s for _, s in _sessions(paths, None, None, errors)), checker.check)
    if fmt == "json":
        click.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(f"{result.sessions} sessions, {result.units} segments and listings")
        click.echo(f"{'category':12} {'precision':>9} {'recall':>7} {'F1':>6} {'TP':>5} {'FP':>5} {'FN':>5}")
        for name, c in result.categories.items():
            click.echo(f"{name:12} {c.precision:9.3f} {c.recall:7.3f} {c.f1:6.3f} {c.tp:5} {c.fp:5} {c.fn:5}")
        click.echo(f"{'macro F1':12} {result.macro_f1:24.3f}")
        click.echo(f"unlabelled flagged: {result.unlabelled_flagged}/{result.unlabelled} "
                   f"({result.false_alarm_rate:.1%})")
        if show_errors:
            for m in result.mistakes:
                rules_used = f" {','.join(m.rules)}" if m.rules else ""
                click.echo(f"{m.kind:11} {m.category:11} {m.session_id} {m.unit}{rules_used}: {m.text}")
    sys.exit(2 if errors.count else 0)
