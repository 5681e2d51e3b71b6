"""``integrity score`` and ``integrity explain``: the candidates' scores and score cards.
"""
from __future__ import annotations

import datetime as dt
import functools
import json
import sys
from collections.abc import Callable

import click
from sqlite_utils import Database

from integrity.cli import language
from integrity.cli.common import (
    ConfigError,
    did_you_mean,
    key_option,
    nearest,
    not_blank,
    open_db,
    parse_date,
    period_options,
    require_verified,
)
from integrity.cli.language import Command, _, ncount
from integrity.rating import dataset, review, scoring
from integrity.rating.profile import ProfileError, load_profile
from integrity.cli.output import Output, output_options
from integrity.report import records, scorecard, spreadsheet


def _parse_period(ctx: click.Context, param: click.Parameter, value: str | None) -> scoring.Period:
    if value is None:
        return scoring.Period()
    try:
        return scoring.Period.parse(value)
    except ValueError as error:
        raise click.BadParameter(str(error)) from None


def scoring_options(command: Callable[..., None]) -> Callable[..., None]:
    """``--db``, ``--profile``, ``--since``/``--until`` (or ``--period``), ``--as-of`` and ``--key``,
    given to the command as ``db`` and ``scores``: the scores of every candidate (see
    :func:`_score_report`), read only from a database whose record of decisions verifies under the
    key."""

    @functools.wraps(command)
    def wrapper(*args, db_path, profile_path, period, since, until, as_of, key_file, **kwargs):
        if since or until:
            if not period.is_open:
                raise click.UsageError(_("give the period as --since/--until or as --period, not both"))
            period = scoring.Period(since, until)
        db = open_db(db_path)
        require_verified(db, db_path, key_file)
        return command(*args, db=db, scores=_score_report(db, profile_path, period, as_of), **kwargs)

    wrapper = key_option(wrapper)
    wrapper = click.option("--as-of", "as_of", metavar="DATE", callback=parse_date,
                           help="Count recency back from this date  [default: the latest date in the data].")(wrapper)
    wrapper = period_options(wrapper)
    wrapper = click.option("--period", metavar="FROM..TO", callback=_parse_period,
                           help="The period as one option, FROM..TO; either side may be empty (2026-01-01..). "
                                "--since and --until say the same.")(wrapper)
    wrapper = click.option("--profile", "profile_path", type=click.Path(dir_okay=False),
                           help="A scoring profile (TOML)  [default: integrity/rating/profiles/default.toml].")(wrapper)
    wrapper = click.option("--db", "db_path", required=True, type=click.Path(dir_okay=False),
                           help="The database of `scan` and `complaints import`.")(wrapper)
    return wrapper


def _score_report(db: Database, profile_path: str | None, period: scoring.Period,
                  as_of: dt.date | None) -> scoring.ScoreReport:
    try:
        loaded = load_profile(profile_path)
    except ProfileError as error:
        raise ConfigError(_("bad profile: %(error)s") % {"error": error}) from None
    sessions, findings, complaints = dataset.scoring_records(db, period)
    return scoring.score(sessions, findings, complaints, loaded, as_of=as_of, period=period)


@click.command("score", cls=Command)
@scoring_options
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv", "xlsx"]), default="table",
              show_default=True, help="table (a ranking); json (the contract's shape, plus as_of, period, "
                                      "decisions_applied); csv or xlsx (one row per candidate).")
@output_options
def score_command(db: Database, scores: scoring.ScoreReport, fmt: str, output: Output) -> None:
    """Score every streamer and unit for the integrity titles.

    Candidates are every streamer and unit seen in the scanned sessions and the imported
    complaints. Each gets a score out of the profile's scale (1,000 by default), a grade, its
    vetoes (一票否决) and whether it may hold the title 诚信规范经营直播电商达人 (streamers) or
    诚信规范经营直播电商单位 (units), with the reasons when not. Findings count with a judge's
    latest decision on them (`integrity review`): dismissed ones cost nothing. The same data
    and profile always give the same scores: recency counts back from --as-of, never the clock.
    A database whose record of decisions does not verify (`integrity verify`) gets no scores:
    one line on stderr and exit status 2.

    \b
    Examples:
      integrity score --db findings.db
      integrity score --db findings.db --format json --since 2026-01-01 --until 2026-12-31
      integrity score --db findings.db --profile integrity/rating/profiles/default.toml --format csv -o scores.csv
      integrity score --db findings.db --since 2026-11 --until 2026-11 --format xlsx -o scores.xlsx
    """
    rows = scorecard.score_rows(scores)
    lang = language.current()
    if fmt == "xlsx":
        with output.binary("xlsx") as out:
            spreadsheet.write_xlsx(out, [spreadsheet.Sheet("scores", scorecard.CSV_COLUMNS, rows)])
        return
    with output.text(csv=fmt == "csv") as out:
        if fmt == "json":
            out.write(json.dumps(scores.to_dict(), ensure_ascii=False, indent=2) + "\n")
        elif fmt == "csv":
            records.write_records(out, rows, "csv", "candidates", scorecard.CSV_COLUMNS, excel=output.for_excel)
        else:
            out.write(scorecard.header(scores, lang) + "\n")
            count = records.write_records(out, scorecard.table_rows(rows, scores, lang), "table", "candidates",
                                          scorecard.TABLE_COLUMNS, lang=lang)
            out.write(_("%(candidates)s; %(decisions)s applied") % {
                "candidates": ncount(count, "%(n)s candidate", "%(n)s candidates"),
                "decisions": ncount(scores.decisions_applied, "%(n)s review decision", "%(n)s review decisions")}
                + "\n")


@click.command("explain", cls=Command)
@click.argument("candidate", callback=not_blank)
@scoring_options
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="text (the score card); json (the candidate as `score` has it, plus each deduction).")
def explain_command(candidate: str, db: Database, scores: scoring.ScoreReport, fmt: str) -> None:
    """Print the score card of one streamer or unit (CANDIDATE is its id), for a judge.

    The decision on the title and its reasons, each veto and the items behind it, the points
    lost per category, then each finding and complaint with the points it cost and how: rule,
    evidence, session, time and the judge's decision for a finding; category, status and
    amount for a complaint; base points, recency and exposure for both. Items that cost
    nothing are listed with the reason. A streamer and a unit with the same id get a card each.
    As `score`, refuses a database whose record of decisions does not verify.

    \b
    Example:
      integrity explain st-dalong --db findings.db
    """
    found = scores.find(candidate)
    if not found:
        near = nearest(candidate, sorted({c.candidate_id for c in scores.candidates}))
        raise ConfigError(_("no streamer or unit %(value)s in the scored record") % {"value": repr(candidate)}
                          + did_you_mean(near) + _(" (`integrity score` lists the candidates)"))
    decisions = review.in_force(db, (d.item_id for result in found for d in result.deductions
                                     if d.source == "finding"))
    if fmt == "json":
        click.echo(json.dumps(scorecard.explained(scores, found, decisions), ensure_ascii=False, indent=2))
        return
    for index, result in enumerate(found):
        if index:
            click.echo()
        scorecard.write_scorecard(sys.stdout, scores, result, decisions, language.current())
