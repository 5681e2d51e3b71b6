"""semgrep-style annotated fixtures: every rule has ``fixtures/rules/<CODE>.txt`` (or ``.json``).

In a ``.txt`` fixture each transcript line is preceded by ``# ruleid: CODE`` (the rule must fire
on that line) or ``# ok: CODE`` (it must not). In a ``.json`` fixture (a session document, for
rules that need listing data) segments and listings carry ``"ruleid": [...]`` and ``"ok": [...]``.

On-the-spot corrections (``fixtures/rules/corrections.*``) add two kinds: ``corrected: CODE``
(CODE fires there and its finding is marked corrected) and ``uncorrected: CODE`` (CODE fires
there and no correction addresses it: the look-alikes).

The model's rules (MLP, MLC, MLW) have no annotated lines: what a trained model says of one
line is no prediction a person can write down before the code, so they are measured on
held-out data instead (``tests/test_classifier.py``, ``models/README.md``).
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from integrity.detect import lexicons
from integrity.read.documents import session_from_dict

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "rules"
KINDS = ("ruleid", "ok", "corrected", "uncorrected")


def _txt_cases(path: Path):
    lines, expect, pending = [], [], None
    for number, raw in enumerate(path.read_text("utf-8").splitlines(), 1):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("#"):
            kind, _, codes = line[1:].partition(":")
            if kind.strip() in KINDS:
                pending = (kind.strip(), [c.strip() for c in codes.split(",") if c.strip()], number)
            continue
        if pending:
            expect.append((len(lines), *pending))
        lines.append(line)
        pending = None
    document = {"session_id": path.stem, "segments": [{"text": t} for t in lines]}
    return document, [("segment", index, kind, codes, number, lines[index]) for index, kind, codes, number in expect]


def _json_cases(path: Path):
    document = json.loads(path.read_text("utf-8"))
    cases = []
    for key, unit in (("segments", "segment"), ("listings", "listing")):
        for index, item in enumerate(document.get(key, [])):
            ident = index if unit == "segment" else item["listing_id"]
            label = item.get("text") or item.get("title", "")
            for kind in KINDS:
                if item.get(kind):
                    cases.append((unit, ident, kind, item[kind], index + 1, label))
    return document, cases


def _fixture_files():
    return sorted(FIXTURES.glob("*.txt")) + sorted(FIXTURES.glob("*.json"))


def _cases():
    for path in _fixture_files():
        document, cases = _txt_cases(path) if path.suffix == ".txt" else _json_cases(path)
        for unit, ident, kind, codes, number, label in cases:
            yield pytest.param(path, document, unit, ident, kind, codes, id=f"{path.name}:{number}:{kind}:{label[:24]}")


_RESULTS: dict[Path, list] = {}
MODEL_PREFIX = "ML"


def _findings(checker, path, document):
    if path not in _RESULTS:
        _RESULTS[path] = checker.check(session_from_dict(document, str(path)))
    return _RESULTS[path]


@pytest.mark.parametrize("path,document,unit,ident,kind,codes", list(_cases()))
def test_annotated_line(preview_checker, path, document, unit, ident, kind, codes):
    findings = _findings(preview_checker, path, document)
    if unit == "segment":
        here = [f for f in findings if f.segment == ident]
    else:
        here = [f for f in findings if f.segment is None and f.listing_id == ident]
    fired = {f.rule for f in here}
    for code in codes:
        if kind == "ok":
            assert code not in fired, f"{code} must not fire here: {[f.message for f in findings if f.rule == code]}"
            continue
        assert code in fired, f"{code} should fire here; fired: {sorted(fired) or 'nothing'}"
        corrections = [f.corrected for f in here if f.rule == code]
        if kind == "corrected":
            assert any(corrections), f"{code} should be marked corrected here"
        elif kind == "uncorrected":
            assert not any(corrections), f"{code} must not be marked corrected here: {corrections}"


def test_every_rule_has_a_fixture_that_fires_and_one_that_must_not():
    seen: dict[str, set[str]] = {}
    for path in _fixture_files():
        _, cases = _txt_cases(path) if path.suffix == ".txt" else _json_cases(path)
        for _, _, kind, codes, _, _ in cases:
            for code in codes:  # a corrected or uncorrected finding fires too
                seen.setdefault(code, set()).add("ok" if kind == "ok" else "ruleid")
    missing = [r.code for r in lexicons.load_rules()
               if not r.code.startswith(MODEL_PREFIX) and seen.get(r.code) != {"ruleid", "ok"}]
    assert not {code for code in seen if code.startswith(MODEL_PREFIX)}, "model rules have no annotated lines"
    assert not missing, f"rules without both ruleid: and ok: fixtures: {missing}"
