"""No evaluation sentence in the project: no segment text of the shared evaluation sets shares a
run of ``RUN`` characters (white space and punctuation removed) with a file of the project's
data, rules or code. The sets measure; copied into the project, they would teach.

The failure names the file, the line and the shared run only, never more of an evaluation
sentence.
"""
from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
EVAL_FILES = ("dev.jsonl", "real-dev.jsonl")
SCANNED = ("models", "lexicons", "fixtures", "integrity", "tests", "benchmarks", "README.md")
# What benchmarks write (git-ignored corpora and results).
IGNORED = ("benchmarks/out/",)
RUN = 10
_DROP = re.compile(r"[\W_]+")


def _clean(text: str) -> str:
    return _DROP.sub("", text.lower())


def _eval_runs() -> set[str]:
    runs = set()
    for name in EVAL_FILES:
        for line in (EVAL / name).read_text("utf-8").splitlines():
            if not line.strip():
                continue
            for segment in json.loads(line).get("segments", []):
                text = _clean(segment.get("text", ""))
                runs.update(text[i:i + RUN] for i in range(len(text) - RUN + 1))
    return runs


def _overlaps(path: Path, runs: set[str]) -> list[tuple[int, str, str]]:
    """(line number, run, the line's digest) of each eval run in the file; a run may reach back
    into the lines before."""
    try:
        text = path.read_text("utf-8")
    except (UnicodeDecodeError, OSError):
        return []  # not a text file
    found, tail = [], ""
    for number, line in enumerate(text.splitlines(), 1):
        cleaned = tail + _clean(line)
        for i in range(max(0, len(tail) - RUN + 1), len(cleaned) - RUN + 1):
            if cleaned[i:i + RUN] in runs:
                found.append((number, cleaned[i:i + RUN], _digest(line)))
        tail = cleaned[-(RUN - 1):]
    return found


def _digest(run: str) -> str:
    return hashlib.sha256(run.encode("utf-8")).hexdigest()[:16]


@pytest.mark.skipif(not all((EVAL / name).is_file() for name in EVAL_FILES),
                    reason=f"the shared evaluation sets are not beside this checkout ({EVAL})")
def test_no_evaluation_text_in_the_project():
    runs = _eval_runs()
    assert runs, "the evaluation sets hold no segment text"
    problems = {}
    for name in SCANNED:
        top = ROOT / name
        for path in [top] if top.is_file() else sorted(top.rglob("*")):
            relative = path.relative_to(ROOT).as_posix()
            if not path.is_file() or "__pycache__" in path.parts or relative.startswith(IGNORED):
                continue
            for number, run, line in _overlaps(path, runs):
                # One line per line of the file: its first shared run, and how many more.
                where = f"{relative}:{number}"
                first, more = problems.get(where, (f"shares {run!r}", -1))
                problems[where] = (first, more + 1)
    problems = [f"{where}: {first}" + (f" and {more} more runs" if more else "")
                for where, (first, more) in problems.items()]
    assert not problems, f"{len(problems)} runs of {RUN} characters shared with {', '.join(EVAL_FILES)}:\n" + \
        "\n".join(problems)


@pytest.mark.parametrize("lines,expected", [
    (["甲乙丙丁戊己庚辛壬癸"], [(1, "甲乙丙丁戊己庚辛壬癸", 0)]),
    (["甲乙丙，丁戊己 庚辛壬癸！"], [(1, "甲乙丙丁戊己庚辛壬癸", 0)]),  # punctuation and spaces removed
    (["甲乙丙丁戊", "己庚辛壬癸"], [(2, "甲乙丙丁戊己庚辛壬癸", 1)]),    # across lines
    (["甲乙丙丁戊己庚辛壬"], []),                                      # nine characters
])
def test_overlaps_are_found_after_removing_punctuation(tmp_path, lines, expected):
    path = tmp_path / "f.txt"
    path.write_text("\n".join(lines), "utf-8")
    found = _overlaps(path, {"甲乙丙丁戊己庚辛壬癸"})
    assert found == [(number, run, _digest(lines[line])) for number, run, line in expected]
