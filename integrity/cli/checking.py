"""The commands that check text: ``check`` and ``eval``.
"""
from __future__ import annotations

import json
import sys
from concurrent.futures.process import BrokenProcessPool
from typing import Iterator

import click

from integrity.cli import language
from integrity.cli.language import Command, _, ncount
from integrity.cli.common import (
    WORKER_DIED,
    Errors,
    Failure,
    checker_options,
    attribution_options,
    authorisations_option,
    listings_option,
    max_file_size_option,
    print_error,
    sessions_of,
)
from integrity.i18n import N_
from integrity.detect.finding import Finding
from integrity.findings import output as report
from integrity.findings import parallel
from integrity.findings.batch import check_paths
from integrity.findings.evaluate import evaluate
from integrity.read.model import Session
from integrity.report.progress import FileProgress, terminal_stream
from integrity.report.records import write_table
from integrity.text.display import display_width


@click.command(cls=Command)
@click.argument("paths", nargs=-1, required=True)
@click.option("--listings", "listings_file", type=click.Path(dir_okay=False),
              help="Listings (.json, .jsonl or .csv) to attach to plain transcripts.")
@attribution_options
@click.option("--format", "fmt", type=click.Choice(["text", "json", "jsonl", "sarif"]), default="text",
              show_default=True, help="Output format.")
@click.option("--color/--no-color", default=None, help="Colour the text output (default: only on a terminal).")
@click.option("--show-fixes/--no-show-fixes", default=True, show_default=True,
              help="In text output, follow each finding with what to say instead (the rule's advice, one line).")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Worker processes for many files  [default: the CPU count; 1 checks in this process].")
@click.option("--authorisations", "authorisations_file", type=click.Path(dir_okay=False),
              help="Brands each unit may sell (.csv or .jsonl with unit, brand): naming them is legitimate.")
@max_file_size_option
@checker_options
def check(paths, listings_file, attribution, fmt, color, show_fixes, authorisations_file, jobs, max_bytes,
          settings):
    """Check transcripts and session files and print the findings.

    PATHS are .json/.jsonl session documents, .txt/.srt/.vtt transcripts, directories (walked
    for those suffixes) or - for standard input. Only regular files are read, each up to
    --max-file-size. Bad files are reported on stderr, one line each, and the rest are still
    checked.

    \b
    Examples:
      integrity check fixtures/demo/
      integrity check fixtures/demo/skincare-live.txt --listings fixtures/demo/skincare-listings.csv --date 2026-11-20
      integrity check fixtures/demo/tea-session.json --format sarif > findings.sarif
      integrity check fixtures/regulator/transcripts/ --path-pattern '{unit}/{streamer}/{date}.srt'
      integrity check fixtures/scenario/sessions.jsonl --authorisations fixtures/regulator/authorised-brands.csv
    """
    errors = Errors()
    checker = settings.make(authorisations_option(authorisations_file, errors))
    listings = listings_option(listings_file, errors)
    colour = color if color is not None else sys.stdout.isatty()
    summary = {"sessions": 0, "segments": 0, "findings": 0}
    jobs = jobs or parallel.default_jobs()
    lang = language.current()
    bar = FileProgress(terminal_stream(), delay=1.0, lang=lang)
    errors.echo = bar.echo
    out = bar.proxy(sys.stdout)

    def checked() -> Iterator[tuple[str, Session, list[Finding]]]:
        for item in check_paths(paths, checker, listings=listings, attribution=attribution, jobs=jobs,
                                on_error=errors.report, on_progress=bar.update, max_bytes=max_bytes):
            yield item.source, item.session, item.findings

    def located():
        for source, session, findings in checked():
            summary["sessions"] += 1
            summary["segments"] += len(session.segments)
            summary["findings"] += len(findings)
            yield source, session.form, findings

    def results():
        for source, _form, findings in located():
            yield source, findings

    try:
        with bar:
            if fmt == "text":
                instead = {rule.code: rule.instead_in(lang) for rule in checker.rules} if show_fixes else None
                report.write_text(out, located(), summary, colour, instead, lang)
            elif fmt == "jsonl":
                report.write_jsonl(out, results())
            else:
                found = list(results())
                bar.close()
                if fmt == "json":
                    report.write_json(out, found, summary)
                else:
                    report.write_sarif(out, found, checker.rules)
    except BrokenProcessPool:
        raise Failure(_(WORKER_DIED)) from None
    if errors.count:
        sys.exit(2)
    sys.exit(1 if summary["findings"] else 0)


MISTAKES = {"missed": N_("missed"), "false alarm": N_("false alarm")}


def _padded(text: str, width: int) -> str:
    return text + " " * max(0, width - display_width(text))


@click.command("eval", cls=Command)
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--show-errors", is_flag=True, help="List every missed label and false alarm.")
@checker_options
def eval_command(paths, fmt, show_errors, settings):
    """Measure the checker on labelled sessions: precision, recall and F1 per category.

    Segments and listings carry `labels` (categories that must be found) and `also_ok`
    (acceptable, not required). Also prints the share of unlabelled segments flagged. A
    missing, empty or unreadable file (or line) stops it before any score is printed (exit
    status 2): scores on part of the data would mislead.

    \b
    Example:
      integrity eval models/data/test.jsonl
      integrity eval models/data/challenge.jsonl --show-errors
    """
    errors = Errors()
    sessions = [s for _, s in sessions_of(paths, (), None, errors)]
    if not sessions and not errors.count:
        print_error(_("no labelled sessions in %(paths)s") % {"paths": ", ".join(paths)})
    elif errors.count and sessions:
        print_error(_("nothing measured: some input could not be read, and scores on part of the data would "
                      "mislead"))
    if errors.count or not sessions:
        sys.exit(2)
    checker = settings.make()
    result = evaluate(sessions, checker.check)
    baseline = evaluate(sessions, lambda s: checker.check(s, use_model=False)) if checker.judge else None
    if fmt == "json":
        data = result.to_dict()
        if baseline:
            data["without_model"] = baseline.to_dict()
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        model = _("model %(sha)s") % {"sha": checker.judge.sha256[:12]} if checker.judge else _("no model")
        click.echo(_("%(sessions)s, %(units)s (%(model)s)") % {
            "sessions": ncount(result.sessions, "%(n)s session", "%(n)s sessions"),
            "units": ncount(result.units, "%(n)s segment or listing", "%(n)s segments and listings"), "model": model})
        headers = [_("category"), _("precision"), _("recall"), "F1", "TP", "FP", "FN"]
        if baseline:
            headers.append(_("F1 w/o model"))
        rows = []
        for name, c in result.categories.items():
            rows.append([_(name), f"{c.precision:.3f}", f"{c.recall:.3f}", f"{c.f1:.3f}", str(c.tp), str(c.fp),
                         str(c.fn), *([f"{baseline.categories[name].f1:.3f}"] if baseline else [])])
        rows.append([_("macro F1"), "", "", f"{result.macro_f1:.3f}", "", "", "",
                     *([f"{baseline.macro_f1:.3f}"] if baseline else [])])
        write_table(sys.stdout, headers, rows, right=range(1, len(headers)))
        flagged = _("unlabelled flagged: %(flagged)d/%(all)d (%(rate).1f%%)") % {
            "flagged": result.unlabelled_flagged, "all": result.unlabelled, "rate": result.false_alarm_rate * 100}
        if baseline:
            flagged += _("; without the model %(flagged)d (%(rate).1f%%)") % {
                "flagged": baseline.unlabelled_flagged, "rate": baseline.false_alarm_rate * 100}
        click.echo(flagged)
        if show_errors:
            for m in result.mistakes:
                rules_used = f" {','.join(m.rules)}" if m.rules else ""
                click.echo(f"{_padded(_(MISTAKES[m.kind]), 11)} {_padded(_(m.category), 11)} {m.session_id} {m.unit}"
                           f"{rules_used}: {m.text}")
