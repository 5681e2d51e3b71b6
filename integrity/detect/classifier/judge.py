"""The trained model as a check runs it: its card, its fitted numbers (cached as plain arrays),
and how its judgement joins the rules (``ModelJudge.apply``).
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, Sequence

import ahocorasick
import numpy as np

from integrity.detect.finding import CATEGORIES, Finding
from integrity.read.model import Session
from integrity.text.text import Text

if TYPE_CHECKING:
    from sklearn.pipeline import Pipeline

    from integrity.detect.lexicons import Lexicon

MODEL_FILE = "classifier.skops"
CARD_FILE = "classifier.json"
# The layout of the cached arrays (``_FastScorer.save``); change it when the layout changes.
CACHE_FORMAT = "v1"
MODEL_RULES = {"price": "MLP001", "counterfeit": "MLC001", "wording": "MLW001"}
LOOKALIKE_FACTOR = 0.5
# Price claims whose truth the listing data decides (a reference price, the price now, a
# discount, the stock, a deadline): the price rules check them against the data, and words alone
# cannot, so the price model adds no finding to a segment that makes one.
DATA_DECIDES = frozenset({"current", "reference", "discount", "scarcity", "limited"})


def model_may_add(category: str, text: Text, lexicon: "Lexicon") -> bool:
    """Whether a model finding of ``category`` may be added to a segment the rules have read.

    Not where a look-alike exemption cleared a lexicon term of the category (国家级的篮球裁判,
    不敢说是最好的): the model, which reads no context, does not overrule that judgement. Where
    an exemption only found the context of a claim missing (``no_…``), the model may judge."""
    for hit in text.matched_hits():
        if lexicon.rules[hit.entry.rule].category == category and any(
                exemption.lookalike and exemption.test(hit, text, lexicon) for exemption in hit.entry.exemptions):
            return False
    return category != "price" or not any(c.kind in DATA_DECIDES for c in lexicon.price_talk.extract(text.text))
TRUSTED_TYPES = [
    "numpy.dtype",
    "numpy.float64",
    "numpy.int64",
    "sklearn.feature_extraction.text.TfidfTransformer",
    "sklearn.feature_extraction.text.TfidfVectorizer",
    "sklearn.linear_model._logistic.LogisticRegression",
    "sklearn.multiclass.OneVsRestClassifier",
    "sklearn.pipeline.Pipeline",
    "sklearn.preprocessing._label.LabelBinarizer",
]
_NAMES = {"price": "价格", "counterfeit": "假冒侵权", "wording": "违规广告用语"}


def _card(models_dir: Path) -> dict:
    path = models_dir / CARD_FILE
    if not path.is_file():
        return {}
    return json.loads(path.read_text("utf-8"))


def card_status(models_dir: Path) -> dict[str, str]:
    """The status a model's card gives its rules, by code (``preview`` where it says none), or
    {} when there is no readable card: read without loading the model."""
    try:
        status = _card(models_dir).get("status", {})
    except (OSError, ValueError):
        return {}
    return {code: status.get(category, "preview") if isinstance(status, dict) else "preview"
            for category, code in MODEL_RULES.items()}


def _checked_card(path: Path, card: object) -> dict:
    """The card's thresholds, status and look-alike cuts, or ModelError saying what is wrong."""
    def fail(what: str) -> ModelError:
        return ModelError(f"{path}: {what}")

    if not isinstance(card, dict):
        raise fail("a model card must be a JSON object")
    numbers = {"thresholds": card.get("thresholds"), "lookalike_below": card.get("lookalike_below", {})}
    for key, values in numbers.items():
        if not isinstance(values, dict) or (key == "thresholds" and set(values) != set(CATEGORIES)):
            raise fail(f"'{key}' must map each of {', '.join(CATEGORIES)} to a probability or null")
        for category, value in values.items():
            if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1):
                raise fail(f"'{key}' of {category} must be a probability from 0 to 1 or null, not {value!r}")
    status = card.get("status", {})
    if not isinstance(status, dict) or not all(s in ("stable", "preview") for s in status.values()):
        raise fail("'status' must map categories to 'stable' or 'preview'")
    return {**numbers, "status": status}


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class ModelError(Exception):
    pass


def load_pipeline(path: Path) -> "Pipeline":
    """Load a skops file, refusing any type that is not in ``TRUSTED_TYPES``."""
    import skops.io as sio
    from skops.io.exceptions import UntrustedTypesFoundException

    try:
        return sio.load(path, trusted=TRUSTED_TYPES)
    except UntrustedTypesFoundException as error:
        raise ModelError(f"{path}: refusing to load unexpected types: {error}") from None
    except Exception as error:  # skops raises several types for a damaged file
        raise ModelError(f"{path}: not a readable skops model ({error})") from None
_WHITE_SPACE = re.compile(r"\s\s+")


class _Scorer(Protocol):
    def predict_proba(self, texts: Sequence[str]) -> np.ndarray: ...


class _FastScorer:
    """The pipeline's probabilities from its fitted numbers alone, without scikit-learn.

    A check calls the model once per session, and for short sessions scikit-learn's per-call
    validation costs more than the arithmetic; importing scikit-learn and skops also costs
    seconds at every start. This computes the same numbers (``tests/test_classifier.py``
    holds it to ``predict_proba``) from the vocabulary, idf and coefficients, which
    ``ModelJudge.load`` keeps in a cache (``save``/``read``) keyed by the model file's sha256.
    """

    def __init__(self, terms: Sequence[str], idf: np.ndarray, weights: np.ndarray, intercepts: np.ndarray):
        self.terms = list(terms)
        self.idf = idf
        self.weights = weights
        self.intercepts = intercepts
        # Every vocabulary n-gram in one automaton: one C-level pass finds them all in a text.
        self.ngrams = ahocorasick.Automaton()
        for column, term in enumerate(self.terms):
            self.ngrams.add_word(term, column)
        self.ngrams.make_automaton()

    @classmethod
    def of(cls, pipeline: "Pipeline") -> "_FastScorer":
        features = pipeline.named_steps["features"]
        estimators = pipeline.named_steps["classify"].estimators_
        terms = [""] * len(features.vocabulary_)
        for term, column in features.vocabulary_.items():
            terms[column] = term
        return cls(terms, features.idf_, np.column_stack([e.coef_.ravel() for e in estimators]),
                   np.array([e.intercept_[0] for e in estimators]))

    def save(self, path: Path) -> None:
        """Write the numbers as a plain .npz (no pickled objects), atomically and readable by all."""
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = tempfile.NamedTemporaryFile(dir=path.parent, suffix=".npz", delete=False)
        try:
            with handle:
                np.savez(handle, terms=np.array(self.terms), idf=self.idf, weights=self.weights,
                         intercepts=self.intercepts)
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(handle.name, 0o644)
            os.replace(handle.name, path)
        except BaseException:
            Path(handle.name).unlink(missing_ok=True)
            raise

    @classmethod
    def read(cls, path: Path) -> "_FastScorer":
        """The numbers ``save`` wrote; ValueError if they do not fit together."""
        with np.load(path, allow_pickle=False) as numbers:
            terms, idf = numbers["terms"], numbers["idf"]
            weights, intercepts = numbers["weights"], numbers["intercepts"]
        if not (len(terms) == len(idf) == weights.shape[0] and weights.shape[1:] == intercepts.shape == (len(CATEGORIES),)):
            raise ValueError(f"{path}: the cached arrays do not fit together")
        return cls([str(t) for t in terms], idf, weights, intercepts)

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        rows: list[int] = []
        columns: list[int] = []
        counts: list[int] = []
        for row, text in enumerate(texts):
            # The vectorizer's character n-grams: it lower-cases and folds white space first.
            text = _WHITE_SPACE.sub(" ", text.lower())
            for column, count in Counter(column for _, column in self.ngrams.iter(text)).items():
                rows.append(row)
                columns.append(column)
                counts.append(count)
        row_index = np.array(rows, dtype=np.intp)
        column_index = np.array(columns, dtype=np.intp)
        values = (np.log(np.array(counts, dtype=float)) + 1.0) * self.idf[column_index]
        norms = np.sqrt(np.bincount(row_index, weights=values * values, minlength=len(texts)))
        contributions = values[:, None] * self.weights[column_index]
        scores = np.column_stack([np.bincount(row_index, weights=contributions[:, k], minlength=len(texts))
                                  for k in range(self.weights.shape[1])])
        scores /= np.where(norms > 0, norms, 1.0)[:, None]
        return 1.0 / (1.0 + np.exp(-(scores + self.intercepts)))


def cache_dir() -> Path:
    """Where derived files are kept: ``$INTEGRITY_CACHE_DIR``, else the user's cache folder."""
    if os.environ.get("INTEGRITY_CACHE_DIR"):
        return Path(os.environ["INTEGRITY_CACHE_DIR"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "integrity"


def _scorer(path: Path, sha256: str) -> _FastScorer:
    """The model's scorer from the cache, else from the skops file (type-checked), then cached.

    The cache holds only numeric and string arrays read without pickle, so a damaged or
    foreign cache file can at worst be ignored; any failure falls back to the skops file."""
    cached = cache_dir() / f"classifier-{CACHE_FORMAT}-{sha256[:32]}.npz"
    try:
        return _FastScorer.read(cached)
    except Exception:  # only a cache: whatever is wrong with it (empty, cut, foreign), rebuild it
        pass
    scorer = _FastScorer.of(load_pipeline(path))
    try:
        scorer.save(cached)
    except OSError:
        pass
    return scorer


@dataclass(frozen=True)
class ModelJudge:
    """A loaded model with its thresholds; ``apply`` is pure like the rest of the check."""

    pipeline: _Scorer
    thresholds: dict[str, float | None]
    sha256: str
    status: dict[str, str] = field(default_factory=dict)
    lookalike_below: dict[str, float | None] = field(default_factory=dict)

    @classmethod
    def load(cls, models_dir: Path) -> "ModelJudge | None":
        """The model in ``models_dir`` (``classifier.skops`` and its card), None if there is none."""
        path = models_dir / MODEL_FILE
        try:
            card = _card(models_dir)
        except (OSError, ValueError) as error:
            raise ModelError(f"{models_dir / CARD_FILE}: not a readable model card ({error})") from None
        if not path.is_file() and not card:
            return None
        if not path.is_file() or not card:
            missing = path if not path.is_file() else models_dir / CARD_FILE
            raise ModelError(f"{missing}: missing (a model is {MODEL_FILE} with its card {CARD_FILE})")
        checked = _checked_card(models_dir / CARD_FILE, card)
        sha256 = file_sha256(path)
        return cls(_scorer(path, sha256), checked["thresholds"], sha256, checked["status"],
                   checked["lookalike_below"])

    @property
    def rule_status(self) -> dict[str, str]:
        """The status of each model rule code: the card's, ``preview`` where it says none."""
        return {code: self.status.get(category, "preview") for category, code in MODEL_RULES.items()}

    def probabilities(self, texts: Sequence[Text]) -> np.ndarray:
        if not texts:
            return np.zeros((0, len(CATEGORIES)))
        return self.pipeline.predict_proba([t.text for t in texts])

    def apply(self, session: Session, texts: Sequence[Text], findings: list[Finding],
              enabled: frozenset[str], lexicon: "Lexicon") -> list[Finding]:
        if not set(MODEL_RULES.values()) & enabled and not any(self.lookalike_below.values()):
            return findings  # no model rule runs and no confidence is lowered: nothing to score
        probabilities = self.probabilities(texts)
        found = {(f.segment, f.category) for f in findings if f.segment is not None}
        judged = [self._judge(f, probabilities) for f in findings]
        for segment, text, row in zip(session.segments, texts, probabilities):
            for column, category in enumerate(CATEGORIES):
                code = MODEL_RULES[category]
                p = float(row[column])
                threshold = self.thresholds.get(category)
                if code not in enabled or threshold is None or (segment.index, category) in found:
                    continue
                if p >= threshold and model_may_add(category, text, lexicon):
                    judged.append(Finding(
                        session_id=session.session_id, rule=code, category=category, severity="low",
                        confidence=round(p, 3),
                        message=f"模型判断此段可能涉及{_NAMES[category]}问题（概率{p:.2f}，阈值{threshold:.2f}），"
                                f"未命中词表规则，请人工复核",
                        basis=lexicon.rules[code].basis, evidence=segment.text, span=(0, len(segment.text)),
                        segment=segment.index, start=segment.start,
                        explanation={"detector": "model", "probability": round(p, 3),
                                     "threshold": threshold, "model_sha256": self.sha256},
                    ))
        return judged

    def _judge(self, finding: Finding, probabilities: np.ndarray) -> Finding:
        if finding.segment is None or finding.segment >= len(probabilities):
            return finding
        p = float(probabilities[finding.segment][CATEGORIES.index(finding.category)])
        cut = self.lookalike_below.get(finding.category)
        if cut is None or p >= cut:
            return finding
        explanation = {**finding.explanation, "model": {
            "probability": round(p, 3), "note": "the model judges this a look-alike; confidence lowered"}}
        return replace(finding, confidence=finding.confidence * LOOKALIKE_FACTOR, explanation=explanation)
