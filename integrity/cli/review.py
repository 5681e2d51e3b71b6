"""``integrity review``: judges confirm or dismiss findings, on the record.
"""
from __future__ import annotations

import json
import sys

import click

from integrity.cli import language
from integrity.cli.common import Failure, Refused, key_option, load_key, not_blank, open_db, print_error, require_id
from integrity.cli.language import Group, _, ncount
from integrity.i18n import C_, N_
from integrity.detect import lexicons
from integrity.rating import review
from integrity.report import records, review_card
from integrity.store import ledger


@click.group("review", cls=Group)
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
      integrity review next --candidate st-dalong --by 王芳 --db findings.db
      integrity review dismiss 75be2251dcda5976 --by 王芳 --reason "说的是口感，不是功效" --db findings.db
      integrity review stats --db findings.db
    """


def _judge(ctx: click.Context, param: click.Parameter, value: str) -> str:
    if not value.strip():
        raise click.BadParameter(_("give the name of the judge who decides"))
    return value.strip()


def _reason(value: str) -> str:
    if not value.strip():
        raise click.UsageError(_("a dismissal needs a reason"))
    return value.strip()


def review_options(command):
    """``--by NAME`` (the judge, required, not blank), ``--db FILE`` and ``--key FILE``."""
    command = key_option(command)
    command = click.option("--db", "db_path", required=True, type=click.Path(dir_okay=False),
                           help="The scan database.")(command)
    return click.option("--by", required=True, metavar="NAME", callback=_judge,
                        help="The judge who decides: an active judge's account (`integrity users`), recorded "
                             "with each decision beside the OS user running the command.")(command)


def _record(db, finding_id: str, decision: str, by: str, reason: str | None, key: bytes):
    """Append a decision; a record that does not verify is one line and exit status 2."""
    try:
        return review.decide(db, finding_id, decision, by, reason, key=key, os_user=review.os_user())
    except ledger.RecordError as error:
        raise Failure(str(error)) from None


def _decide(decision: str, finding_id: str, by: str, reason: str | None, db_path: str, key_file: str | None) -> None:
    key = load_key(key_file)
    db = open_db(db_path)
    require_id(db, "finding", finding_id, db_path)
    try:
        made, previous = _record(db, finding_id, decision, by, reason, key)
    except review.ReviewError as error:
        raise Refused(str(error)) from None
    superseded = _(" (supersedes %(decision)s by %(by)s at %(at)s)") % {
        "decision": _(previous.decision), "by": previous.by, "at": previous.at} if previous else ""
    click.echo(_("%(finding)s: %(decision)s by %(by)s (OS user %(os_user)s) at %(at)s%(superseded)s") % {
        "finding": made.finding_id, "decision": _(made.decision), "by": made.by,
        "os_user": made.os_user or _("unknown"), "at": made.at, "superseded": superseded})


@review_group.command("confirm")
@click.argument("finding_id", callback=not_blank)
@review_options
@click.option("--reason", metavar="TEXT", help="Why (optional when confirming).")
def review_confirm(finding_id, by, db_path, key_file, reason):
    """Confirm the finding FINDING_ID (as `integrity findings` lists it): it counts in full.

    Appends the decision; an earlier one on the same finding stays in the history and is
    superseded.

    \b
    Example:
      integrity review confirm 75be2251dcda5976 --by 王芳 --db findings.db
    """
    _decide("confirmed", finding_id, by, reason, db_path, key_file)


@review_group.command("dismiss")
@click.argument("finding_id", callback=not_blank)
@review_options
@click.option("--reason", metavar="TEXT", help="Why it is not a violation (required).")
def review_dismiss(finding_id, by, db_path, key_file, reason):
    """Dismiss the finding FINDING_ID as a false alarm: it counts for nothing. A reason is required.

    Appends the decision; an earlier one on the same finding stays in the history and is
    superseded. Exit status 2, and nothing recorded, without a reason.

    \b
    Example:
      integrity review dismiss 75be2251dcda5976 --by 王芳 --reason "说的是口感，不是功效" --db findings.db
    """
    _decide("dismissed", finding_id, by, reason, db_path, key_file)


def _rule_summary(code: str) -> str | None:
    book = lexicons.load_rules()
    return book[code].summary_in(language.current()) if code in book else None


REVIEW_KEYS = {"c": "confirmed", "d": "dismissed", "s": "skip", "q": "quit"}
STATS_TABLE = (N_("rule"), N_("category"), C_("column", "findings"), N_("confirmed"), N_("dismissed"), N_("open"),
               N_("precision"))
"""``review.STATS_FIELDS``, the columns of ``review stats``, marked for translation."""
STATES = {"in force": N_("in force"), "superseded": N_("superseded"), "orphaned": N_("orphaned")}


@review_group.command("next")
@click.option("--candidate", metavar="ID", callback=not_blank, help="Only findings in sessions of this streamer or unit.")
@review_options
def review_next(candidate, by, db_path, key_file):
    """Go through the open findings at the terminal, one by one, and decide each.

    For each finding: its session, the rule, its legal basis and why it fired, the segment
    with the evidence highlighted among the segments around it, and the listing numbers.
    Then a key: c confirm, d dismiss (asks the reason), s skip (it stays open), q quit. Each
    decision is recorded at once, so quitting (or Ctrl-C) loses nothing decided. A finding
    another judge decides meanwhile is passed over.

    \b
    Example:
      integrity review next --candidate st-dalong --by 王芳 --db findings.db
    """
    key = load_key(key_file)
    db = open_db(db_path)
    require_id(db, "candidate", candidate, db_path)
    try:
        review.judge(db, by)
    except review.ReviewError as error:
        raise Refused(str(error)) from None
    queue = review.open_findings(db, candidate)
    counts = dict.fromkeys(("confirmed", "dismissed", "skipped"), 0)
    for position, finding in enumerate(queue, 1):
        if review.latest(db, finding["id"]) is not None:
            continue
        click.echo(review_card.card(finding, review.context(db, finding),
                                    _("%(position)d of %(total)d") % {"position": position, "total": len(queue)},
                                    _rule_summary(finding["rule"]), language.current()))
        choice = click.prompt(_("[c]onfirm, [d]ismiss, [s]kip, [q]uit"), type=click.Choice(list(REVIEW_KEYS),
                              case_sensitive=False), show_choices=False).lower()
        if choice == "q":
            break
        if choice == "s":
            counts["skipped"] += 1
            click.echo()
            continue
        reason = click.prompt(_("Reason for dismissing"), value_proc=_reason) if choice == "d" else None
        try:
            made, _previous = _record(db, finding["id"], REVIEW_KEYS[choice], by, reason, key)
        except review.ReviewError as error:  # a re-scan removed the finding meanwhile
            print_error(str(error))
            continue
        counts[made.decision] += 1
        click.echo(f"{_(made.decision)}\n")
    left = len(review.open_findings(db, candidate))
    click.echo(_("%(confirmed)d confirmed, %(dismissed)d dismissed, %(skipped)d skipped; %(left)s left") % {
        **counts, "left": ncount(left, "%(n)s open finding", "%(n)s open findings")})


@review_group.command("history")
@click.option("--db", "db_path", required=True, type=click.Path(dir_okay=False), help="The scan database.")
@click.option("--finding", "finding_id", metavar="ID", callback=not_blank, help="Only the decisions on this finding.")
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
    db = open_db(db_path)
    require_id(db, "recorded", finding_id, db_path)
    decisions = review.history(db, finding_id, orphaned)
    orphans = sorted({d.finding_id for d in decisions if d.state == "orphaned"})
    if fmt == "json":
        click.echo(json.dumps({"reviews": [d.to_dict() for d in decisions], "orphaned": orphans},
                              ensure_ascii=False, indent=2))
        return
    rows = [{**d.to_dict(), "decision": _(d.decision), "state": _(STATES[d.state])} for d in decisions]
    columns = (N_("at"), N_("finding_id"), N_("decision"), N_("by"), N_("os_user"), N_("state"), N_("reason"))
    records.write_records(sys.stdout, rows, "table", "reviews", columns, lang=language.current())
    click.echo(_("%(decisions)s; %(orphaned)s (no longer produced)") % {
        "decisions": ncount(len(decisions), "%(n)s decision", "%(n)s decisions"),
        "orphaned": ncount(len(orphans), "%(n)s orphaned finding", "%(n)s orphaned findings")}
        + (": " + ", ".join(orphans) if orphans else ""))


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
    db = open_db(db_path)
    per_rule, total = review.stats(db)
    orphans = len(review.orphaned(db))
    if fmt == "json":
        click.echo(json.dumps({"rules": [s.to_dict() for s in per_rule], "total": total.to_dict(),
                               "orphaned": orphans}, ensure_ascii=False, indent=2))
        return
    rows = [{**row, "category": _(row["category"]) if row["category"] else row["category"]}
            for row in (s.to_dict() for s in (*per_rule, total))]
    records.write_records(sys.stdout, rows, "table", "rules", STATS_TABLE,
                          lang=language.current())
    click.echo(_("%(orphaned)s with decisions (no longer produced)") % {
        "orphaned": ncount(orphans, "%(n)s orphaned finding", "%(n)s orphaned findings")})


@review_group.command("export")
@click.option("--db", "db_path", required=True, type=click.Path(dir_okay=False), help="The scan database.")
@click.option("--candidate", metavar="ID", callback=not_blank, help="Only sessions of this streamer or unit.")
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
    db = open_db(db_path)
    require_id(db, "candidate", candidate, db_path)
    sessions = segments = listings = 0
    for document in review.export(db, candidate):
        out.write(json.dumps(document, ensure_ascii=False) + "\n")
        sessions += 1
        segments += len(document["segments"])
        listings += len(document["listings"])
    orphans = len(review.orphaned(db))
    click.echo(_("exported %(sessions)s (%(segments)s, %(listings)s); %(orphaned)s left out") % {
        "sessions": ncount(sessions, "%(n)s session", "%(n)s sessions"),
        "segments": ncount(segments, "%(n)s segment", "%(n)s segments"),
        "listings": ncount(listings, "%(n)s listing", "%(n)s listings"),
        "orphaned": ncount(orphans, "%(n)s orphaned finding", "%(n)s orphaned findings")}, err=True)
