"""Rendering findings: linter-style text, JSON, JSON Lines and SARIF 2.1.0; records read back
from the database as a table, JSON, JSON Lines or CSV."""
from __future__ import annotations

import csv
import json
import unicodedata
from typing import IO, Iterable, Mapping, Sequence

import click

from integrity import __version__
from integrity.detect import rules
from integrity.detect.finding import Finding

SEVERITY_COLOURS = {"high": "red", "medium": "yellow", "low": "cyan"}
SARIF_LEVELS = {"high": "error", "medium": "warning", "low": "note"}
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def text_line(finding: Finding, source: str, colour: bool) -> str:
    """``file:segment:col CODE message`` (segment and column 1-based; ``-`` for a listing)."""
    if finding.segment is None:
        where = f"{source}:listing {finding.listing_id}"
    else:
        column = (finding.span[0] + 1) if finding.span else 1
        where = f"{source}:{finding.segment + 1}:{column}"
    code = finding.rule
    if colour:
        code = click.style(code, fg=SEVERITY_COLOURS[finding.severity], bold=True)
        where = click.style(where, bold=True)
    evidence = f" 「{finding.evidence}」" if finding.evidence and finding.evidence not in finding.message else ""
    return f"{where} {code} [{finding.severity}] {finding.message}{evidence}"


def write_text(out: IO[str], results: Iterable[tuple[str, list[Finding]]], summary: dict, colour: bool) -> None:
    for source, findings in results:
        for finding in findings:
            out.write(text_line(finding, source, colour) + "\n")
    noun = "finding" if summary["findings"] == 1 else "findings"
    out.write(
        f"{summary['findings']} {noun} in {summary['sessions']} sessions ({summary['segments']} segments)\n"
    )


def write_json(out: IO[str], results: Iterable[tuple[str, list[Finding]]], summary: dict) -> None:
    findings = [f.to_dict() for _, batch in results for f in batch]
    json.dump({"findings": findings, "summary": summary}, out, ensure_ascii=False, indent=2)
    out.write("\n")


def write_jsonl(out: IO[str], results: Iterable[tuple[str, list[Finding]]]) -> None:
    for _, findings in results:
        for finding in findings:
            out.write(json.dumps(finding.to_dict(), ensure_ascii=False) + "\n")


def sarif_rule(rule: rules.Rule, status: str) -> dict:
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": f"{rule.summary} ({rule.basis})"},
        "help": {"text": rule.doc, "markdown": rule.doc},
        "defaultConfiguration": {"level": SARIF_LEVELS[rule.severity]},
        "properties": {"category": rule.category, "basis": rule.basis, "status": status},
    }


def write_sarif(out: IO[str], results: Iterable[tuple[str, list[Finding]]], status: Mapping[str, str]) -> None:
    """SARIF 2.1.0 with every rule's metadata; ``status`` is each rule's status as it ran."""
    all_rules = rules.all_rules()
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
                },
            })
    document = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "integrity", "version": __version__,
                "rules": [sarif_rule(rule, status.get(rule.code, rule.status)) for rule in all_rules],
            }},
            "results": sarif_results,
        }],
    }
    json.dump(document, out, ensure_ascii=False, indent=2)
    out.write("\n")


# --- Records from the database: table, JSON, JSON Lines, CSV ---------------------------------

RECORD_FORMATS = ("table", "json", "jsonl", "csv")
TABLE_CELL = 36


def write_records(out: IO[str], records: Iterable[dict], fmt: str, key: str, columns: Sequence[str]) -> int:
    """Write dicts as an aligned ``table`` of ``columns``, JSON (``{key: [...]}``, one record a
    line), JSON Lines, or CSV of ``columns`` (lists and objects as JSON); return how many.

    Streams every format but the table, so large results need no memory.
    """
    count = 0
    if fmt == "table":
        rows = [[_cell(record.get(c)) for c in columns] for record in records]
        write_table(out, columns, rows)
        return len(rows)
    if fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        for count, record in enumerate(records, 1):
            writer.writerow(_csv_value(record.get(c)) for c in columns)
        return count
    if fmt == "json":
        out.write(f'{{"{key}": [')
    for count, record in enumerate(records, 1):
        line = json.dumps(record, ensure_ascii=False)
        out.write(line + "\n" if fmt == "jsonl" else ("," if count > 1 else "") + "\n  " + line)
    if fmt == "json":
        out.write("\n]}\n" if count else "]}\n")
    return count


def write_table(out: IO[str], headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """Columns padded to their display width (a CJK character counts two); cells cut at
    TABLE_CELL columns except in the last column."""
    rows = [[cell if i == len(row) - 1 else _cut(cell, TABLE_CELL) for i, cell in enumerate(row)] for row in rows]
    widths = [max([display_width(h)] + [display_width(row[i]) for row in rows]) for i, h in enumerate(headers)]
    for row in [list(headers), *rows]:
        cells = [cell + " " * (width - display_width(cell)) for cell, width in zip(row[:-1], widths)]
        out.write("  ".join([*cells, row[-1]]).rstrip() + "\n")


def display_width(text: str) -> int:
    return sum(map(_char_width, text))


def _char_width(char: str) -> int:
    return 2 if unicodedata.east_asian_width(char) in "WF" else 1


def _cut(text: str, width: int) -> str:
    """``text``, or as much of it as fits in ``width`` columns with an ellipsis."""
    if display_width(text) <= width:
        return text
    used = 0
    for end, char in enumerate(text):
        used += _char_width(char)
        if used > width - 1:
            return text[:end] + "…"
    return text


def _cell(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value).replace("\n", " ")


def _csv_value(value: object) -> object:
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else value


def write_summary(out: IO[str], summary: dict) -> None:
    """The regulator's summary (``storage.summary``) as text."""
    out.write(f"{summary['sessions']:,} sessions, {summary['segments']:,} segments, "
              f"{summary['hours']:,.1f} hours streamed, {summary['findings']:,} findings\n")
    for title, counts in (("category", summary["by_category"]), ("severity", summary["by_severity"])):
        out.write(f"\nFindings by {title}\n")
        write_table(out, [title, "findings"], [[name, f"{n:,}"] for name, n in counts.items()])
    out.write("\nFindings by rule\n")
    write_table(out, ["rule", "category", "severity", "findings"],
                [[r["rule"], r["category"], r["severity"], f"{r['findings']:,}"] for r in summary["by_rule"]])
    for kind in ("streamers", "units"):
        out.write(f"\n{kind.capitalize()} with the most findings per hour\n")
        write_table(out, [kind[:-1], "sessions", "hours", "findings", "per hour"], [
            [c["candidate_id"], f"{c['sessions']:,}", f"{c['hours']:,.1f}", f"{c['findings']:,}",
             "-" if c["findings_per_hour"] is None else f"{c['findings_per_hour']:,.2f}"]
            for c in summary[kind]
        ])
    run = summary["last_run"]
    if run:
        out.write(f"\nLast run: {run['id']} ({run['status']}, started {run['started']}): {run['sessions'] or 0:,} "
                  f"sessions, {run['checked'] or 0:,} checked, {run['unchanged'] or 0:,} unchanged, "
                  f"{run['errors'] or 0:,} errors; configuration {run['config_hash'][:12]}\n")
