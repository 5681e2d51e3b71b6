"""Rendering findings: linter-style text, JSON, JSON Lines and SARIF 2.1.0; records read back
from the database as a table, JSON, JSON Lines or CSV."""
from __future__ import annotations

import json
from typing import IO, Iterable, Mapping

import click

from integrity import __version__, i18n
from integrity.detect.finding import Finding
from integrity.detect.rules import Rule, RuleBook
from integrity.text.display import printable, timestamp

SEVERITY_COLOURS = {"high": "red", "medium": "yellow", "low": "cyan"}
SARIF_LEVELS = {"high": "error", "medium": "warning", "low": "note"}
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def location(finding: Finding, source: str, form: str = "") -> str:
    """Where a finding is, in the terms of its input (segments and columns count from 1):

    * ``FILE:SEGMENT:COLUMN`` for a plain transcript (a segment is a non-empty line);
    * ``FILE@HH:MM:SS`` for subtitles (.srt, .vtt): the start of the cue;
    * ``FILE:SESSION:SEGMENT:COLUMN`` for session documents (.json, .jsonl), which hold
      sessions by id;
    * ``listing ID`` in place of the segment for a finding about a listing alone.
    """
    prefix = f"{source}:{finding.session_id}" if form == "document" else source
    if finding.segment is None:
        return f"{prefix}:listing {finding.listing_id}"
    if form == "subtitles" and finding.start is not None:
        return f"{prefix}@{timestamp(finding.start)}"
    column = (finding.span[0] + 1) if finding.span else 1
    return f"{prefix}:{finding.segment + 1}:{column}"


def text_line(finding: Finding, source: str, colour: bool, form: str = "", lang: str = "en") -> str:
    """``LOCATION CODE [severity] message 「evidence」`` (see :func:`location`), and the
    on-the-spot correction that took the claim back, if any; the severity and the words around
    the finding in ``lang``; control characters in what came from the input are escaped
    (``integrity.text.display.printable``)."""
    _ = i18n.gettext_for(lang)
    where = printable(location(finding, source, form))
    code = finding.rule
    if colour:
        code = click.style(code, fg=SEVERITY_COLOURS[finding.severity], bold=True)
        where = click.style(where, bold=True)
    evidence = f" 「{finding.evidence}」" if finding.evidence and finding.evidence not in finding.message else ""
    corrected = ""
    if finding.corrected:
        corrected = _(" (corrected on the spot in segment %(segment)d: 「%(evidence)s」)") % {
            "segment": finding.corrected.segment + 1, "evidence": finding.corrected.evidence}
    return f"{where} {code} [{_(finding.severity)}] {printable(finding.message + evidence + corrected)}"


def write_text(out: IO[str], results: Iterable[tuple[str, str, list[Finding]]], summary: dict, colour: bool,
               instead: Mapping[str, str] | None = None, lang: str = "en") -> None:
    """A line per finding of ``(source, form, findings)`` results, each followed by what to say
    instead when ``instead`` gives it for the rule, then a summary line, in ``lang``."""
    _, ngettext = i18n.gettext_for(lang), i18n.ngettext_for(lang)
    for source, form, findings in results:
        for finding in findings:
            out.write(text_line(finding, source, colour, form, lang) + "\n")
            if instead and instead.get(finding.rule):
                out.write(_("    instead: %(advice)s") % {"advice": instead[finding.rule]} + "\n")
    counts = {"findings": ngettext("%(n)d finding", "%(n)d findings", summary["findings"]),
              "sessions": ngettext("%(n)d session", "%(n)d sessions", summary["sessions"]),
              "segments": ngettext("%(n)d segment", "%(n)d segments", summary["segments"])}
    counts = {key: text % {"n": summary[key]} for key, text in counts.items()}
    out.write(_("%(findings)s in %(sessions)s (%(segments)s)") % counts + "\n")


def write_json(out: IO[str], results: Iterable[tuple[str, list[Finding]]], summary: dict) -> None:
    findings = [f.to_dict() for _, batch in results for f in batch]
    json.dump({"findings": findings, "summary": summary}, out, ensure_ascii=False, indent=2)
    out.write("\n")


def write_jsonl(out: IO[str], results: Iterable[tuple[str, list[Finding]]]) -> None:
    for _, findings in results:
        for finding in findings:
            out.write(json.dumps(finding.to_dict(), ensure_ascii=False) + "\n")


def sarif_rule(rule: Rule) -> dict:
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": f"{rule.summary} ({rule.basis})"},
        "help": {"text": rule.doc, "markdown": rule.doc},
        "defaultConfiguration": {"level": SARIF_LEVELS[rule.severity]},
        "properties": {"category": rule.category, "basis": rule.basis, "status": rule.status},
    }


def write_sarif(out: IO[str], results: Iterable[tuple[str, list[Finding]]], book: RuleBook) -> None:
    """SARIF 2.1.0 with the metadata of every rule of ``book`` (with each rule's status as it ran)."""
    all_rules = list(book)
    index = {rule.code: i for i, rule in enumerate(all_rules)}
    sarif_results = []
    for source, findings in results:
        for finding in findings:
            location: dict = {"physicalLocation": {"artifactLocation": {"uri": source}}}
            if finding.segment is not None:
                region = {"startLine": finding.segment + 1}
                if finding.span:
                    region.update(startColumn=finding.span[0] + 1, endColumn=finding.span[1] + 1)
                if finding.evidence:
                    region["snippet"] = {"text": finding.evidence}
                location["physicalLocation"]["region"] = region
            location["logicalLocations"] = [
                {"name": finding.session_id, "kind": "module"}
            ] + ([{"name": finding.listing_id, "kind": "object"}] if finding.listing_id else [])
            sarif_results.append({
                "ruleId": finding.rule,
                "ruleIndex": index[finding.rule],
                "level": SARIF_LEVELS[finding.severity],
                "message": {"text": finding.message},
                "locations": [location],
                "properties": {
                    "category": finding.category, "confidence": round(finding.confidence, 3),
                    "basis": finding.basis, "session_id": finding.session_id, "segment": finding.segment,
                    "listing_id": finding.listing_id, "start": finding.start,
                    "corrected": finding.corrected.to_dict() if finding.corrected else None,
                },
            })
    document = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "integrity", "version": __version__,
                "rules": [sarif_rule(rule) for rule in all_rules],
            }},
            "results": sarif_results,
        }],
    }
    json.dump(document, out, ensure_ascii=False, indent=2)
    out.write("\n")


# --- Records from the database: table, JSON, JSON Lines, CSV ---------------------------------


