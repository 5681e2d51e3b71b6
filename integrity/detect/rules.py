"""The rule registry: stable codes, what each rule checks, why, and on what legal basis.

Codes are a family prefix plus three digits (WRD wording, PRC price, CFT counterfeit, and ML
for the trained model). A released code is never reused or renumbered; a retired code stays in
``RETIRED`` so that old results still resolve.
"""
from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from typing import Iterable, Mapping

from integrity.detect.finding import CATEGORIES, SEVERITIES

CODE_RE = re.compile(r"^[A-Z]{2,4}\d{3}$")
DOC_HEADINGS = ("## What it does", "## Why is this bad?", "## Example", "## Use instead")
STATUSES = ("stable", "preview")


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    category: str
    severity: str
    basis: str
    summary: str
    doc: str
    status: str = "stable"

    def __post_init__(self) -> None:
        if not CODE_RE.match(self.code):
            raise ValueError(f"rule code {self.code!r} is not a prefix plus three digits")
        if self.category not in CATEGORIES:
            raise ValueError(f"rule {self.code}: unknown category {self.category!r}")
        if self.severity not in SEVERITIES:
            raise ValueError(f"rule {self.code}: unknown severity {self.severity!r}")
        if self.status not in STATUSES:
            raise ValueError(f"rule {self.code}: unknown status {self.status!r}")

    @property
    def prefix(self) -> str:
        return self.code.rstrip("0123456789")


RETIRED: dict[str, str] = {}

_REGISTRY: dict[str, Rule] = {}


def register(*rules: Rule) -> None:
    for rule in rules:
        if rule.code in _REGISTRY or rule.code in RETIRED:
            raise ValueError(f"rule code {rule.code} is registered twice or was retired")
        _REGISTRY[rule.code] = rule


def all_rules() -> list[Rule]:
    _load_detectors()
    return sorted(_REGISTRY.values(), key=lambda r: r.code)


def get(code: str) -> Rule:
    _load_detectors()
    return _REGISTRY[code.upper()]


def _load_detectors() -> None:
    """Detector modules register their rules when they are imported."""
    importlib.import_module("integrity.detect")


def _matches(code: str, selectors: Iterable[str]) -> bool:
    return any(code.startswith(s.strip().upper()) for s in selectors if s.strip())


def select(select: Iterable[str] = (), ignore: Iterable[str] = (), preview: bool = False,
           status: Mapping[str, str] | None = None) -> frozenset[str]:
    """Codes enabled by ``--select`` / ``--ignore`` (codes or prefixes, like ruff).

    Rules in ``preview`` status run only with ``preview`` or when selected by their full code.
    ``status`` overrides the registered status of some codes (a model's card sets its rules').
    """
    status = status or {}
    select, ignore = list(select), list(ignore)
    known = all_rules()
    for selector in select + ignore:
        s = selector.strip().upper()
        if s and not any(r.code.startswith(s) for r in known):
            raise KeyError(selector)
    enabled = {
        r.code
        for r in known
        if (not select or _matches(r.code, select))
        and not _matches(r.code, ignore)
        and (preview or status.get(r.code, r.status) == "stable" or r.code in {s.strip().upper() for s in select})
    }
    return frozenset(enabled)
