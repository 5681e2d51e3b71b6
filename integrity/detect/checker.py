"""Checking sessions: the loaded rules, and the pure per-session check.

``Checker`` loads the lexicons (rules, exemptions, vocabularies, its own normaliser), the
model and the detector families once; ``Checker.check(session)`` is a pure function of the
session (no I/O, no state kept between calls), so it can run in worker processes or under a
distributed engine unchanged. Everything a check depends on belongs to the ``Checker``: two
checkers built with different lexicons never see each other's folds or words. A checker sent
to another process (spawn, forkserver, Spark) is rebuilt there from its settings.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Mapping


from integrity import __version__
from integrity.detect import families, windows
from integrity.detect.base import Options
from integrity.detect.corrections import Corrections
from integrity.detect.classifier.judge import (
    CARD_FILE,
    MODEL_FILE,
    ModelError,
    ModelJudge,
)
from integrity.detect.finding import Finding
from integrity.detect.matcher import Matcher
from integrity.detect.rules import RuleBook
from integrity.paths import data_dir
from integrity.read.model import Session
from integrity.text.text import Text, load_words


@dataclass(frozen=True)
class Settings:
    """What a checker is built from: plain data, so that it can travel to another process."""

    lexicon_dirs: tuple[str, ...] = ()
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    authorisations: tuple[tuple[str, tuple[str, ...]], ...] = ()
    preview: bool = False
    model: bool = True
    models_dir: str | None = None


class Checker:
    def __init__(
        self,
        lexicon_dirs: Iterable[str | Path] = (),
        select: Iterable[str] = (),
        ignore: Iterable[str] = (),
        authorisations: Mapping[str, Iterable[str]] | None = None,
        preview: bool = False,
        model: bool = True,
        models_dir: str | Path | None = None,
    ):
        self.settings = Settings(
            tuple(str(d) for d in lexicon_dirs), tuple(select), tuple(ignore),
            tuple(sorted((unit, tuple(sorted(brands))) for unit, brands in (authorisations or {}).items())),
            preview, model, str(models_dir) if models_dir else None,
        )
        self.lexicon_dirs = list(self.settings.lexicon_dirs)
        self.judge = ModelJudge.load(Path(models_dir) if models_dir else data_dir("models")) if model else None
        if model and models_dir and self.judge is None:
            raise ModelError(f"{models_dir}: no {MODEL_FILE} and {CARD_FILE} here "
                             f"(write them with `integrity train --out {models_dir}`)")
        self.lexicon = families.load_lexicon(self.lexicon_dirs)
        self.rules: RuleBook = self.lexicon.rules.with_status(self.judge.rule_status if self.judge else {})
        self.enabled = self.rules.select(select, ignore, preview=preview)
        self.authorisations = {unit: frozenset(brands) for unit, brands in self.settings.authorisations}
        matcher = Matcher(self.lexicon, [e for e in self.lexicon.entries if e.rule in self.enabled])
        options = Options(matcher=matcher, authorisations=self.authorisations)
        self.detectors = [cls(self.lexicon, self.enabled, options) for cls in families.DETECTORS]
        self.corrections = Corrections(self.lexicon, matcher)

    @classmethod
    def from_settings(cls, settings: Settings) -> "Checker":
        return cls(settings.lexicon_dirs, settings.select, settings.ignore, dict(settings.authorisations),
                   settings.preview, settings.model, settings.models_dir)

    def __reduce__(self):
        # Sent to a process that does not share this one's memory: rebuilt there from its settings.
        return Checker.from_settings, (self.settings,)

    def warm_up(self) -> None:
        """Load now what checks otherwise load when they first need it (the word segmenter's
        dictionary, about a second): for a server, whose first request should not wait."""
        load_words()

    def text(self, original: str) -> Text:
        """A segment's (or title's) text read with this checker's normaliser."""
        return Text.of(original, self.lexicon.normalizer)

    def check(self, session: Session, use_model: bool = True) -> list[Finding]:
        """The findings of one session: rules first, then the model's judgement, if loaded,
        then the on-the-spot corrections that take a finding's claim back.

        A segment longer than ``windows.WINDOW`` characters is checked in overlapping windows,
        and a session holding one in parts (``integrity.detect.windows``), so time and memory
        grow with the length of the text."""
        if windows.needs_windows(session):
            return self._check_windows(session, use_model)
        return self._check_texts(session, [self.text(segment.text) for segment in session.segments], use_model)

    def check_texts(self, session: Session, texts: list[Text], use_model: bool = True) -> list[Finding]:
        """``check`` with the segments' texts given (``Checker.text`` of each), which keep the
        lexicon hits found in them (a session with a long segment is checked in windows, as
        ``check`` does, its texts made again)."""
        if windows.needs_windows(session):
            return self._check_windows(session, use_model)
        return self._check_texts(session, texts, use_model)

    def _check_windows(self, session: Session, use_model: bool) -> list[Finding]:
        found: list[windows.Found] = []
        for part in windows.parts(session):
            texts = [self.text(segment.text) for segment in part.session.segments]
            found.extend(windows.original(session, part, self._check_texts(part.session, texts, use_model)))
        return sorted(windows.deduplicated(found), key=lambda f: f.sort_key)

    def _check_texts(self, session: Session, texts: list[Text], use_model: bool) -> list[Finding]:
        findings = [
            finding
            for detector in self.detectors
            for finding in detector.detect(session, texts)
            if finding.rule in self.enabled
        ]
        if use_model and self.judge is not None:
            findings = self.judge.apply(session, texts, findings, self.enabled, self.lexicon)
        findings = self.corrections.mark(session, texts, findings)
        findings.sort(key=lambda f: f.sort_key)
        return findings

    def context(self, text: Text) -> frozenset:
        """The facts about the whole session that a segment's text states, by detector (see
        ``integrity.detect.base.Detector``): what an incremental check keeps beside its window."""
        return frozenset((detector.name, fact) for detector in self.detectors
                         for fact in detector.context(text))

    @property
    def configuration(self) -> dict:
        """What produced the findings: version, enabled rules, lexicon versions, model."""
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
        return {rule.code: rule.status for rule in self.rules}

    @property
    def fingerprint(self) -> str:
        return hashlib.sha256(json.dumps(self.configuration, sort_keys=True).encode()).hexdigest()
