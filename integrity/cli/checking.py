"""The commands that check text: ``check``, ``rules`` and ``eval``.
"""
from __future__ import annotations

import json
import sys
from concurrent.futures.process import BrokenProcessPool
from typing import Iterator

import click

from integrity import i18n
from integrity.cli.common import (
    WORKER_DIED,
    Errors,
    Failure,
    checker_options,
    attribution_options,
    listings_option,
    max_file_size_option,
    print_error,
    sessions_of,
)
from integrity.detect import families, lexicons
from integrity.detect.finding import Finding
from integrity.detect.rules import Rule
from integrity.findings import output as report
from integrity.findings import parallel
from integrity.findings.batch import check_paths
from integrity.findings.evaluate import evaluate
from integrity.read.listings import read_authorisations
from integrity.read.model import Session
from integrity.report.progress import FileProgress, terminal_stream
from integrity.text.display import display_width


@click.command()
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
    authorisations = None
    if authorisations_file:
        authorisations, problems = read_authorisations(authorisations_file)
        for problem in problems:
            errors.report(problem)
    checker = settings.make(authorisations)
    listings = listings_option(listings_file, errors)
    colour = color if color is not None else sys.stdout.isatty()
    summary = {"sessions": 0, "segments": 0, "findings": 0}
    jobs = jobs or parallel.default_jobs()
    bar = FileProgress(terminal_stream(), delay=1.0)
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
        for source, _, findings in located():
            yield source, findings

    try:
        with bar:
            if fmt == "text":
                instead = {rule.code: rule.instead for rule in checker.rules} if show_fixes else None
                report.write_text(out, located(), summary, colour, instead)
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
        raise Failure(WORKER_DIED) from None
    if errors.count:
        sys.exit(2)
    sys.exit(1 if summary["findings"] else 0)


@click.command("rules")
@click.argument("code", required=False)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--lang", type=click.Choice(i18n.LANGUAGES),
              help="The language of the text output (default: Chinese in a zh_* locale, else English).")
@click.option("--exemptions", is_flag=True, help="List the named exemptions that lexicon entries can use.")
def rules_command(code, fmt, lang, exemptions):
    """List the rules, or explain one rule (what, why, legal basis, example).

    Text output is in Simplified Chinese when the locale is Chinese (LC_ALL, LC_MESSAGES or LANG
    such as zh_CN.UTF-8) or with --lang zh, else in English. JSON gives both: summary and doc
    in English, summary_zh and doc_zh in Chinese.

    \b
    Examples:
      integrity rules
      integrity rules WRD003
      integrity rules WRD003 --lang zh
      integrity rules --exemptions
    """
    if exemptions:
        table = families.load_lexicon().exemptions
        for name in sorted(table):
            click.echo(f"{name:24} {table[name].description}")
        return
    book = lexicons.load_rules()
    lang = lang or i18n.from_environment()
    _ = i18n.gettext_for(lang)
    if code:
        try:
            rule = book[code]
        except KeyError:
            raise click.UsageError(f"unknown rule {code!r} (see `integrity rules`)") from None
        if fmt == "json":
            click.echo(json.dumps(_rule_dict(rule), ensure_ascii=False, indent=2))
            return
        click.echo(_("%(code)s (%(name)s) [%(category)s, %(severity)s, %(status)s]") % {
            "code": rule.code, "name": rule.name, "category": _(rule.category), "severity": _(rule.severity),
            "status": _(rule.status)})
        basis = _("Legal basis: %(basis)s") % {"basis": rule.basis}
        click.echo(f"{rule.summary_in(lang)}\n\n{basis}\n")
        click.echo(rule.doc_in(lang))
        return
    listed = list(book)
    if fmt == "json":
        click.echo(json.dumps({"rules": [_rule_dict(r) for r in listed]}, ensure_ascii=False, indent=2))
        return
    for rule in listed:
        status = "" if rule.status == "stable" else _(" (%(status)s)") % {"status": _(rule.status)}
        click.echo(f"{rule.code}  {_padded(_(rule.category), 11)} {_padded(_(rule.severity), 6)} "
                   f"{rule.summary_in(lang)}{status}")


def _padded(text: str, width: int) -> str:
    return text + " " * max(0, width - display_width(text))


def _rule_dict(rule: Rule) -> dict:
    return {"code": rule.code, "name": rule.name, "category": rule.category, "severity": rule.severity,
            "status": rule.status, "basis": rule.basis, "summary": rule.summary, "doc": rule.doc,
            "summary_zh": rule.summary_zh, "doc_zh": rule.doc_zh}


@click.command("eval")
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
        print_error(f"no labelled sessions in {', '.join(paths)}")
    elif errors.count and sessions:
        print_error("nothing measured: some input could not be read, and scores on part of the data would mislead")
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
