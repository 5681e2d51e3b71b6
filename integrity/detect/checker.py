"""Checking sessions: the loaded rules, and the pure per-session check.

``Checker`` loads lexicons and builds the detectors once; ``Checker.check(session)`` is a pure
function of the session (no I/O, no state kept between calls), so it can run in worker
processes or under a distributed engine unchanged.
"""
from __future__ import annotations

import hashlib
import json
from datetime import date as Date
from pathlib import Path
from typing import Iterable

from integrity import __version__
from integrity import detect as detectors
from integrity.detect import lexicons, rules
from integrity.detect.base import Options
from integrity.detect.classifier import CARD_FILE, MODEL_FILE, ModelError, ModelJudge
from integrity.detect.finding import Finding
from integrity.findings.parallel import Part
from integrity.paths import data_dir
from integrity.read.model import InputError, Listing, Session
from integrity.read.sessions import read_jsonl_part, read_sessions
from integrity.text.matcher import Matcher, Text


class Checker:
    def __init__(
        self,
        lexicon_dirs: Iterable[str | Path] = (),
        select: Iterable[str] = (),
        ignore: Iterable[str] = (),
        authorisations: dict[str, set[str]] | None = None,
        preview: bool = False,
        model: bool = True,
        models_dir: str | Path | None = None,
    ):
        self.lexicon_dirs = [str(d) for d in lexicon_dirs]
        self.judge = ModelJudge.load(Path(models_dir) if models_dir else data_dir("models")) if model else None
        if model and models_dir and self.judge is None:
            raise ModelError(f"{models_dir}: no {MODEL_FILE} and {CARD_FILE} here "
                             f"(write them with `integrity train --out {models_dir}`)")
        self.enabled = rules.select(select, ignore, preview=preview,
                                    status=self.judge.rule_status if self.judge else None)
        self.lexicon = lexicons.load(self.lexicon_dirs)
        self.authorisations = {unit: frozenset(brands) for unit, brands in (authorisations or {}).items()}
        matcher = Matcher(self.lexicon, [e for e in self.lexicon.entries if e.rule in self.enabled])
        options = Options(matcher=matcher, authorisations=self.authorisations)
        self.detectors = [cls(self.lexicon, self.enabled, options) for cls in detectors.ALL]

    def check(self, session: Session, use_model: bool = True) -> list[Finding]:
        """The findings of one session: rules first, then the model's judgement, if loaded."""
        return self.check_texts(session, [Text.of(segment.text) for segment in session.segments], use_model)

    def check_texts(self, session: Session, texts: list[Text], use_model: bool = True) -> list[Finding]:
        """``check`` with the segments' texts given (``Text.of`` of each), which keep the lexicon
        hits found in them."""
        findings = [
            finding
            for detector in self.detectors
            for finding in detector.detect(session, texts)
            if finding.rule in self.enabled
        ]
        if use_model and self.judge is not None:
            findings = self.judge.apply(session, texts, findings, self.enabled)
        findings.sort(key=lambda f: f.sort_key)
        return findings

    @property
    def configuration(self) -> dict:
        """What produced the findings: version, enabled rules, lexicon versions."""
        return {
            "integrity": __version__,
            "rules": sorted(self.enabled),
            "lexicons": dict(sorted(self.lexicon.versions.items())),
            "lexicon_dirs": self.lexicon_dirs,
            "model": {"sha256": self.judge.sha256, "thresholds": self.judge.thresholds,
                      "lookalike_below": self.judge.lookalike_below} if self.judge else None,
            "authorisations": hashlib.sha256(json.dumps(
                {unit: sorted(brands) for unit, brands in self.authorisations.items()}, sort_keys=True,
                ensure_ascii=False).encode()).hexdigest() if self.authorisations else None,
        }

    @property
    def rule_status(self) -> dict[str, str]:
        """Each rule's status as this checker runs it: the loaded model's card sets its rules'."""
        return {rule.code: rule.status for rule in rules.all_rules()} | (self.judge.rule_status if self.judge else {})

    @property
    def fingerprint(self) -> str:
        return hashlib.sha256(json.dumps(self.configuration, sort_keys=True).encode()).hexdigest()


class FileChecker:
    """The worker of ``integrity check`` (see ``integrity.findings.parallel``): reads a part of the
    input and checks its sessions. Results are plain tuples, in input order."""

    def __init__(self, checker: Checker, listings: tuple[Listing, ...], date: Date | None):
        self.checker, self.listings, self.date = checker, listings, date

    def process(self, part: Part) -> list[tuple[str, Session | None, list[Finding] | InputError]]:
        if part.end is None:
            items = read_sessions(part.path, listings=self.listings, date=self.date)
        else:
            items = read_jsonl_part(part.path, part.start, part.end, part.first_line,
                                    listings=self.listings, date=self.date)
        out: list[tuple[str, Session | None, list[Finding] | InputError]] = []
        for item in items:
            if isinstance(item, InputError):
                out.append((part.path, None, item))
            else:
                out.append((part.path, _summary_only(item), self.checker.check(item)))
        return out

    def close(self) -> None:
        pass


def _summary_only(session: Session) -> Session:
    """What the parent needs of a checked session (its id and segment count), light to send back."""
    return Session(session.session_id, session.segments)
