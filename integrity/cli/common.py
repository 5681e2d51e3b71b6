"""What the commands share: errors and exit status 2 for bad configuration, option bundles
(the checker's, the database's) and reading the inputs given by option.
"""
from __future__ import annotations

import datetime as dt
import functools
import os
import re
import sqlite3
from dataclasses import dataclass
from typing import Callable, Iterator

import click
from rapidfuzz import fuzz, process

from integrity.detect.checker import Checker
from integrity.detect.classifier.judge import ModelError
from integrity.detect.lexicons import LexiconError
from integrity.cli.language import _, current
from integrity.findings import parallel
from integrity.i18n import N_, gettext_for, translated
from integrity.read.attribution import Attribution, PathPattern, PatternError
from integrity.read.files import MAX_FILE_SIZE, iter_input_files
from integrity.read.listings import read_authorisations, read_listings
from integrity.read.model import InputError, Listing, Session
from integrity.read.sessions import read_sessions
from integrity.store import keys
from integrity.text.display import printable


class ConfigError(click.ClickException):
    """Bad configuration or usage that click cannot check (a lexicon, a profile, an unknown id,
    a missing database): one line, exit status 2, like bad usage."""

    exit_code = 2


class Failure(click.ClickException):
    """A run that could not finish (a worker process died): exit status 2, never 1, which
    ``check`` uses for findings."""

    exit_code = 2


class Refused(click.ClickException):
    """A request refused for what it asks (a judge without an active account, a finding that is
    not stored): one line, exit status 2, like bad usage."""

    exit_code = 2


WORKER_DIED = N_("a worker process died (out of memory?); run the command again")


def error_line(message: str) -> str:
    """The one line a bad input or a failure is reported with on standard error; control
    characters in it (from file names, input) escaped."""
    return _("integrity: error: %(message)s") % {"message": printable(message)}


def shown(error: InputError) -> str:
    """A bad input's file, line and message, the message in the current language (``str(error)``
    stays English for what machines read and the database stores)."""
    where = error.source if error.line is None else f"{error.source}:{error.line}"
    return _("%(where)s: %(message)s") % {"where": where, "message": translated(error.message, gettext_for(current()))}


def print_error(message: str) -> None:
    click.echo(error_line(message), err=True)


def parse_date(ctx, param, value):
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(_("%(value)s is not a date in YYYY-MM-DD form") % {"value": repr(value)}) from None


def _day(value: str, last: bool) -> dt.date:
    """YYYY-MM-DD, or YYYY-MM for its first (or ``last``) day."""
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        pass
    try:
        first = dt.datetime.strptime(value, "%Y-%m").date()
    except ValueError:
        raise click.BadParameter(_("%(value)s is not a date (YYYY-MM-DD, or YYYY-MM for a month)")
                                 % {"value": repr(value)}) from None
    if not last:
        return first
    return (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)


def period_options(command):
    """``--since DATE`` and ``--until DATE`` (both included; YYYY-MM is a month's first or last
    day), given to the command as ``since`` and ``until``."""

    @functools.wraps(command)
    def wrapper(*args, since, until, **kwargs):
        if since and until and since > until:
            raise click.UsageError(_("--since %(since)s is after --until %(until)s") % {"since": since, "until": until})
        return command(*args, since=since, until=until, **kwargs)

    wrapper = click.option("--until", metavar="DATE", callback=lambda c, p, v: v and _day(v, last=True),
                           help="Only sessions (and complaints) dated up to this day, YYYY-MM-DD or YYYY-MM "
                                "(to the month's end).")(wrapper)
    return click.option("--since", metavar="DATE", callback=lambda c, p, v: v and _day(v, last=False),
                        help="Only sessions (and complaints) dated from this day, YYYY-MM-DD or YYYY-MM "
                             "(from the month's start).")(wrapper)


class FileSize(click.ParamType):
    """A number of bytes: 1000000, or with a unit: 500kB, 200MB, 1GB (powers of 1,000)."""

    name = "SIZE"
    UNITS = {"": 1, "b": 1, "kb": 10**3, "k": 10**3, "mb": 10**6, "m": 10**6, "gb": 10**9, "g": 10**9}

    def convert(self, value, param, ctx):
        if isinstance(value, int):
            return value
        match = re.fullmatch(r"\s*([0-9]+(?:\.[0-9]+)?)\s*([a-zA-Z]*)\s*", str(value))
        unit = match and self.UNITS.get(match[2].lower())
        if not unit or float(match[1]) * unit < 1:
            self.fail(_("%(value)s is not a size such as 1000000, 500MB or 2GB") % {"value": repr(value)}, param, ctx)
        return int(float(match[1]) * unit)


def max_file_size_option(command):
    """``--max-file-size SIZE``, given to the command as ``max_bytes``."""
    return click.option("--max-file-size", "max_bytes", type=FileSize(), default=MAX_FILE_SIZE,
                        help="Skip (and report) input files larger than this (e.g. 200MB, 5GB)  "
                        "[default: 1GB].")(command)


def split_codes(values: tuple[str, ...]) -> list[str]:
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
            return Checker(self.lexicon_dirs, split_codes(self.select), split_codes(self.ignore),
                           authorisations=authorisations, preview=self.preview, model=self.model,
                           models_dir=self.models_dir)
        except KeyError as error:
            raise click.UsageError(_("unknown rule code or prefix %(code)s (see `integrity rules`)")
                                   % {"code": repr(error.args[0])}) from None
        except LexiconError as error:
            raise ConfigError(_("bad lexicon: %(error)s") % {"error": error}) from None
        except ModelError as error:
            raise ConfigError(_("bad model: %(error)s") % {"error": error}) from None


def checker_options(command):
    """``--select``, ``--ignore``, ``--lexicons``, ``--preview``, ``--model`` and ``--no-model``,
    given to the command as one ``settings`` argument."""

    @functools.wraps(command)
    def wrapper(*args, select, ignore, lexicon_dirs, preview, models_dir, no_model, **kwargs):
        if models_dir and no_model:
            raise click.UsageError(_("--model and --no-model cannot be used together"))
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


def attribution_options(command):
    """``--streamer``, ``--unit``, ``--platform``, ``--date`` and ``--path-pattern`` for plain
    transcripts, given to the command as one ``attribution`` argument (the command's ``paths``
    name the folders whose transcripts are named by their relative path)."""

    @functools.wraps(command)
    def wrapper(*args, streamer, unit, platform, date, path_pattern, **kwargs):
        roots = tuple(path for path in kwargs.get("paths", ()) if path != "-" and os.path.isdir(path))
        try:
            pattern = PathPattern.parse(path_pattern) if path_pattern else None
            attribution = Attribution(streamer, unit, platform, date, pattern, roots)
        except PatternError as error:
            raise click.UsageError(translated(error.args[0], gettext_for(current()))) from None
        return command(*args, attribution=attribution, **kwargs)

    for name, meta, text in (
        ("--path-pattern", "PATTERN", N_("Read streamer, unit, platform and date from each transcript's path "
                                         "relative to the folder given, e.g. '{streamer}/{date}.txt' or "
                                         "'{unit}/{streamer}/{date}_{n}.srt'.")),
        ("--platform", "NAME", N_("Platform of plain transcripts (and of session documents that name none).")),
        ("--unit", "ID", N_("Unit (MCN, shop, company) of plain transcripts (and of session documents that name "
                            "none).")),
        ("--streamer", "ID", N_("Streamer of plain transcripts (and of session documents that name none).")),
    ):
        wrapper = click.option(name, metavar=meta, callback=not_blank, help=text)(wrapper)
    return click.option("--date", type=str, callback=parse_date, metavar="YYYY-MM-DD",
                        help="Session date of plain transcripts (and of session documents that have none).")(wrapper)


class Errors:
    """Counts bad inputs while reporting each on one line of stderr (through ``echo``, which a
    progress bar replaces while it is drawn)."""

    def __init__(self) -> None:
        self.count = 0
        self.echo: Callable[[str], None] | None = None

    def report(self, error: InputError) -> None:
        self.count += 1
        if self.echo is None:
            print_error(shown(error))
        else:
            self.echo(error_line(shown(error)))


def authorisations_option(authorisations_file, errors: Errors) -> dict[str, set[str]] | None:
    """The brand authorisations of ``--authorisations``, its bad rows reported; None without it."""
    if not authorisations_file:
        return None
    authorisations, problems = read_authorisations(authorisations_file)
    for problem in problems:
        errors.report(problem)
    return authorisations


def listings_option(listings_file, errors: Errors) -> tuple[Listing, ...]:
    if not listings_file:
        return ()
    listings, problems = read_listings(listings_file)
    for problem in problems:
        errors.report(problem)
    return tuple(listings)


def parts(files, errors: Errors) -> Iterator[parallel.Part]:
    for part in parallel.plan(files):
        if isinstance(part, InputError):
            errors.report(part)
        else:
            yield part


def sessions_of(paths, listings, date, errors: Errors) -> Iterator[tuple[str, Session]]:
    for path in iter_input_files(paths):
        if isinstance(path, InputError):
            errors.report(path)
            continue
        for item in read_sessions(path, listings=listings, date=date):
            if isinstance(item, InputError):
                errors.report(item)
            else:
                yield ("<stdin>" if path == "-" else path), item


ID_KINDS = {
    "candidate": (N_("no streamer or unit %(value)s in %(db)s"), "integrity score --db {db}"),
    "session": (N_("no session %(value)s in %(db)s"), None),
    "finding": (N_("no finding %(value)s in %(db)s"), "integrity findings --db {db}"),
    "recorded": (N_("no finding %(value)s in %(db)s"), "integrity review history --db {db}"),
}


def not_blank(ctx, param, value):
    """An option or argument that may be left out but not given empty."""
    if value is not None and not value.strip():
        raise click.BadParameter(_("must not be empty"))
    return value.strip() if value is not None else None


def nearest(value: str, known: list[str]) -> list[str]:
    """Up to three of ``known`` that look like ``value`` (a mistyped id), closest first."""
    return [match for match, _score, _index in process.extract(value, known, scorer=fuzz.WRatio, limit=3, score_cutoff=70)]


def require_id(db, kind: str, value: str | None, db_path: str) -> None:
    """Stop with exit status 2 and the nearest known ids when ``value`` is not a stored id of
    ``kind`` (see ``integrity.store.queries.known_ids``); None passes."""
    from integrity.store import queries  # sqlite-utils: only for the commands that read a database

    if value is None or queries.is_known(db, kind, value):
        return
    missing, listing = ID_KINDS[kind]
    near = nearest(value, queries.known_ids(db, kind))
    raise ConfigError(_(missing) % {"value": repr(value), "db": db_path} + did_you_mean(near)
                      + (_(" (`%(command)s` lists them)") % {"command": listing.format(db=db_path)} if listing else ""))


def did_you_mean(near: list[str]) -> str:
    """"; did you mean A, B?" for the nearest ids, or nothing."""
    return _("; did you mean %(ids)s?") % {"ids": ", ".join(near)} if near else ""


def key_option(command):
    """``--key FILE``: the decision key (default ``$INTEGRITY_KEY_FILE``, else
    ``$XDG_CONFIG_HOME/integrity/decision.key``), given to the command as ``key_file``."""
    return click.option("--key", "key_file", type=click.Path(dir_okay=False), metavar="FILE",
                        help="The decision key that signs the record of decisions  [default: $INTEGRITY_KEY_FILE, "
                             "else $XDG_CONFIG_HOME/integrity/decision.key].")(command)


def load_key(key_file: str | None) -> bytes:
    """The decision key, or a one-line error (exit status 2)."""
    try:
        return keys.load(key_file)
    except keys.KeyFileError as error:
        raise ConfigError(str(error)) from None


def require_verified(db, db_path: str, key_file: str | None) -> None:
    """Refuse, in one line (exit status 2), to go on with a database whose decision record does
    not verify: scores must not rest on edited or removed decisions."""
    from integrity.store import ledger  # sqlite-utils: only for the commands that read a database

    if ledger.is_empty(db):
        return
    try:
        key = keys.load(key_file)
    except keys.KeyFileError as error:
        raise Failure(_("cannot verify the decision record of %(db)s: %(error)s") % {"db": db_path, "error": error}) \
            from None
    found = ledger.verify(db, key)
    if not found.intact:
        raise Failure(_("the decision record of %(db)s does not verify (%(problem)s); no scores are shown from it "
                        "(`integrity verify --db %(db)s` says more)") % {"db": db_path, "problem": found.problems[0].text})


def open_db(path: str, create: bool = False):
    """The database at ``path`` (created when ``create``), or a one-line error, exit status 2."""
    from integrity.store import schema  # sqlite-utils: only for the commands that read a database

    try:
        return schema.open_db(path, create=create)
    except FileNotFoundError:
        raise ConfigError(_("no such database: %(db)s (create one with `integrity scan PATH --db %(db)s`)")
                          % {"db": path}) from None
    except sqlite3.Error as error:
        raise click.ClickException(cannot_use(path, error)) from None


def cannot_use(path: str, error: Exception) -> str:
    return _("cannot use database %(db)s: %(error)s") % {"db": path, "error": error}
