"""Every example a newcomer copies, in the README and in each command's help, names only input
files that exist in a clone of the repository (or that an earlier example of the same text
writes)."""
from __future__ import annotations

import re
import shlex
from pathlib import Path

import click
import pytest

from integrity.cli import COMMANDS, cli

ROOT = Path(__file__).resolve().parent.parent
SUFFIXES = (".txt", ".srt", ".vtt", ".json", ".jsonl", ".csv", ".toml", ".skops", ".db", ".xlsx", ".sarif")
OUTPUT_OPTIONS = {"--db", "-o", "--out", "--output", ">"}


def _commands() -> list[tuple[str, click.Command]]:
    found = []
    for name in sorted(COMMANDS):
        command = cli.get_command(None, name)
        found.append((name, command))
        if isinstance(command, click.Group):
            found += [(f"{name} {sub}", each) for sub, each in sorted(command.commands.items())]
    return found


def _example_lines(text: str) -> list[str]:
    """The integrity command lines of a README's sh blocks or of a help text's example block."""
    lines = []
    for block in re.findall(r"```sh\n(.*?)```", text, re.S) or [text]:
        for line in re.sub(r"\\\n\s*", " ", block).splitlines():
            line = line.split("  # ")[0].strip()
            if re.search(r"(^|[ /])integrity ", line) and not line.startswith("#"):
                lines.append(line)
    return lines


def _missing_inputs(lines: list[str]) -> list[str]:
    written: set[str] = set()
    missing = []
    for line in lines:
        for command in re.split(r"&&|\|", line):
            words = shlex.split(command)
            for before, word in zip(["", *words], words):
                if before in OUTPUT_OPTIONS:
                    written.add(word.rstrip("/"))
                    continue
                if "integrity" in word or word.startswith("-") or "=" in word or "{" in word or "://" in word:
                    continue  # not a file of the repository (an option, a pattern, a URI such as hdfs://)
                if not (word.endswith("/") or word.lower().endswith(SUFFIXES)):
                    continue
                outside = word.startswith(("/", "../", "~"))
                if word.rstrip("/") not in written and (outside or not (ROOT / word).exists()):
                    missing.append(f"{word} in: {line}")
    return missing


def test_readme_examples_name_only_files_in_the_repository():
    assert _missing_inputs(_example_lines((ROOT / "README.md").read_text("utf-8"))) == []


@pytest.mark.parametrize("name, command", _commands())
def test_help_examples_name_only_files_in_the_repository(name, command):
    help_text = command.help or ""
    assert "Example" in help_text, f"integrity {name} has no example block"
    examples = help_text.split("Example", 1)[1]
    assert _missing_inputs(_example_lines(examples)) == []


def test_the_regulators_day_in_the_readme_runs_end_to_end(tmp_path, monkeypatch):
    """Every integrity command of the README's "A regulator's day", in order, in a fresh folder."""
    import json
    import sqlite3

    import openpyxl
    from click.testing import CliRunner

    readme = (ROOT / "README.md").read_text("utf-8")
    day = readme.split("## A regulator's day", 1)[1].split("\n## ", 1)[0]
    lines = [line for line in _example_lines(day) if line.startswith(".venv/bin/integrity ")]
    assert [shlex.split(line)[1] for line in lines] == [
        "scan", "summary", "findings", "findings", "score", "summary", "datasette-metadata"]
    (tmp_path / "fixtures").symlink_to(ROOT / "fixtures")
    monkeypatch.chdir(tmp_path)
    for line in lines:
        result = CliRunner().invoke(cli, shlex.split(line)[1:], catch_exceptions=False)
        assert result.exit_code == 0, (line, result.output)
    sessions = sqlite3.connect("findings.db").execute("SELECT session_id, streamer_id, unit_id, date FROM sessions "
                                                      "ORDER BY 1").fetchall()
    assert len(sessions) == 11 and sessions[0] == ("mcn-east/st-a/2026-10-08", "st-a", "mcn-east", "2026-10-08")
    for name in ("findings-2026-11.xlsx", "scores-2026-11.xlsx", "summary-2026-11.xlsx"):
        assert openpyxl.load_workbook(name).sheetnames
    assert "findings_reviewed" in json.loads(Path("metadata.json").read_text("utf-8"))["databases"]["findings"]["tables"]
