"""A trained classifier for what the lexicons miss, and how it joins the rules.

The model is a plain scikit-learn ``Pipeline`` (``build_pipeline``): TF-IDF over character
1-3-grams of the normalised segment text and one logistic regression per category. Word
tokens from jieba were measured too (``models/README.md``): they added nothing on the held-out
splits and cost five times the prediction time, so the model reads characters only.

It joins the rules in two ways (``ModelJudge.apply``):

* where no rule found a category on a segment and the model's probability reaches the
  category's threshold, it adds a finding under its own rule (MLP001, MLC001, MLW001) saying that
  a model decided, with its probability;
* where a rule fired but the model judges the segment a look-alike (probability under
  ``LOOKALIKE_BELOW``), the rule's finding stays and its confidence is lowered, with the
  model's probability in the explanation.

Thresholds are chosen by ``integrity train`` from the precision measured on the project's own
test split. The model is stored with skops, never pickle; loading refuses any type outside
``TRUSTED_TYPES``.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import zipfile
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Protocol, Sequence

import ahocorasick
import numpy as np

from integrity.findings import CATEGORIES, Finding
from integrity.matcher import Text
from integrity.model import Session
from integrity.rules import Rule, register

if TYPE_CHECKING:
    from sklearn.pipeline import Pipeline

MODEL_FILE = "classifier.skops"
CARD_FILE = "classifier.json"
MODEL_RULES = {"price": "MLP001", "counterfeit": "MLC001", "wording": "MLW001"}
LOOKALIKE_BELOW = 0.05
LOOKALIKE_FACTOR = 0.5
# Thresholds: the lowest probability whose precision on the project's test split reaches this.
TARGET_PRECISION = 0.97
# A model rule is ``stable`` when its precision on the dev set, as it runs in the checker,
# reaches this; else ``preview``.
STABLE_PRECISION = 0.9
SEED = 20261126
# Segments whose label comes from listing data, not from the words, cannot be learnt from text.
UNTEACHABLE_TAGS = frozenset({"listing_dependent"})

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
_BASES = {
    "price": "《明码标价和禁止价格欺诈规定》第十九条；《价格法》第十四条第（四）项",
    "counterfeit": "《商标法》第五十七条；《网络直播营销管理办法（试行）》第十八条",
    "wording": "《中华人民共和国广告法》第九条、第十七条、第二十八条",
}


def _model_rule(category: str, status: str) -> Rule:
    code = MODEL_RULES[category]
    return Rule(
        code=code, name=f"model-{category}", category=category, severity="low", basis=_BASES[category],
        summary=f"The trained model judges the segment a {category} finding that no lexicon rule caught",
        status=status,
        doc=f"""## What it does
A scikit-learn classifier (character n-grams, logistic regression) trained on the project's
labelled segments reads every segment. Where no {category} rule fired and its probability
reaches the threshold chosen from measured precision, it reports a finding that says a model,
not a word list, decided, with the probability. Paraphrases are its purpose: 吃了胃就不疼了
makes a medical claim without one lexicon word.

## Why is this bad?
The segment reads like the {category} findings of the training data ({_NAMES[category]}); see
the rules of that category for the law behind them. A model can be wrong: these findings are
low severity and ask for a human look.

## Example
这个病大家都怕，幸好有了它，吃了三天就好了

## Use instead
What the {category} rules recommend. If the model is wrong here, dismiss the finding in review:
the decision is kept, and exported reviews become training data.""",
    )


def _card(models_dir: Path) -> dict:
    path = models_dir / CARD_FILE
    if not path.is_file():
        return {}
    return json.loads(path.read_text("utf-8"))


def register_rules(models_dir: Path) -> None:
    """Register the model rules; their status comes from the model card (preview by default)."""
    statuses = _card(models_dir).get("status", {})
    register(*(_model_rule(c, statuses.get(c, "preview")) for c in CATEGORIES))


def build_pipeline(seed: int = SEED) -> "Pipeline":
    """The classifier: one obvious place to change features or model."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.multiclass import OneVsRestClassifier
    from sklearn.pipeline import Pipeline

    return Pipeline([
        ("features", TfidfVectorizer(analyzer="char", ngram_range=(1, 3), sublinear_tf=True, min_df=2)),
        ("classify", OneVsRestClassifier(
            LogisticRegression(C=10.0, max_iter=2000, class_weight="balanced", random_state=seed))),
    ])


def examples(sessions: Iterable[Session], teachable_only: bool = True) -> tuple[list[str], np.ndarray]:
    """Normalised segment texts and a (n, 3) 0/1 label matrix in ``CATEGORIES`` order."""
    texts, rows = [], []
    for session in sessions:
        for segment in session.segments:
            if teachable_only and UNTEACHABLE_TAGS & set(segment.tags):
                continue
            texts.append(Text.of(segment.text).text)
            rows.append([int(c in segment.labels) for c in CATEGORIES])
    return texts, np.array(rows, dtype=int).reshape(-1, len(CATEGORIES))


def choose_threshold(probabilities: np.ndarray, truth: np.ndarray, target: float = TARGET_PRECISION) -> float:
    """The lowest threshold (at least 0.5) whose precision on held-out data reaches ``target``."""
    for threshold in np.round(np.arange(0.5, 0.99, 0.01), 2):
        predicted = probabilities >= threshold
        if predicted.sum() and truth[predicted].mean() >= target:
            return float(threshold)
    return 0.99


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
        """Write the numbers as a plain .npz (no pickled objects), atomically."""
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, suffix=".npz", delete=False) as handle:
            np.savez(handle, terms=np.array(self.terms), idf=self.idf, weights=self.weights,
                     intercepts=self.intercepts)
        os.replace(handle.name, path)

    @classmethod
    def read(cls, path: Path) -> "_FastScorer":
        with np.load(path, allow_pickle=False) as numbers:
            return cls([str(t) for t in numbers["terms"]], numbers["idf"], numbers["weights"], numbers["intercepts"])

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
    cached = cache_dir() / f"classifier-{sha256[:32]}.npz"
    try:
        return _FastScorer.read(cached)
    except (OSError, ValueError, KeyError, zipfile.BadZipFile):
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
    thresholds: dict[str, float]
    sha256: str

    @classmethod
    def load(cls, models_dir: Path) -> "ModelJudge | None":
        path = models_dir / MODEL_FILE
        card = _card(models_dir)
        if not path.is_file() or not card:
            return None
        sha256 = file_sha256(path)
        return cls(_scorer(path, sha256), card["thresholds"], sha256)

    def probabilities(self, texts: Sequence[Text]) -> np.ndarray:
        if not texts:
            return np.zeros((0, len(CATEGORIES)))
        return self.pipeline.predict_proba([t.text for t in texts])

    def apply(self, session: Session, texts: Sequence[Text], findings: list[Finding],
              enabled: frozenset[str]) -> list[Finding]:
        probabilities = self.probabilities(texts)
        found = {(f.segment, f.category) for f in findings if f.segment is not None}
        judged = [self._judge(f, probabilities) for f in findings]
        for segment, row in zip(session.segments, probabilities):
            for column, category in enumerate(CATEGORIES):
                code = MODEL_RULES[category]
                p = float(row[column])
                if code in enabled and (segment.index, category) not in found and p >= self.thresholds[category]:
                    judged.append(Finding(
                        session_id=session.session_id, rule=code, category=category, severity="low",
                        confidence=round(p, 3),
                        message=f"模型判断此段可能涉及{_NAMES[category]}问题（概率{p:.2f}，阈值{self.thresholds[category]:.2f}），"
                                f"未命中词表规则，请人工复核",
                        basis=_BASES[category], evidence=segment.text, span=(0, len(segment.text)),
                        segment=segment.index, start=segment.start,
                        explanation={"detector": "model", "probability": round(p, 3),
                                     "threshold": self.thresholds[category], "model_sha256": self.sha256},
                    ))
        return judged

    def _judge(self, finding: Finding, probabilities: np.ndarray) -> Finding:
        if finding.segment is None or finding.segment >= len(probabilities):
            return finding
        p = float(probabilities[finding.segment][CATEGORIES.index(finding.category)])
        if p >= LOOKALIKE_BELOW:
            return finding
        explanation = {**finding.explanation, "model": {
            "probability": round(p, 3), "note": "the model judges this a look-alike; confidence lowered"}}
        return replace(finding, confidence=finding.confidence * LOOKALIKE_FACTOR, explanation=explanation)


def _read(path: Path) -> list[Session]:
    from integrity.readers import read_sessions

    sessions = []
    for item in read_sessions(str(path)):
        if not isinstance(item, Session):
            raise ModelError(f"training data: {item}")
        sessions.append(item)
    return sessions


def _precision_recall(predicted: np.ndarray, truth: np.ndarray) -> dict[str, float]:
    tp = int((predicted & truth).sum())
    return {"precision": round(tp / predicted.sum(), 4) if predicted.sum() else 1.0,
            "recall": round(tp / truth.sum(), 4) if truth.sum() else 1.0,
            "predicted": int(predicted.sum()), "labelled": int(truth.sum())}


def train(train_path: Path, test_path: Path, out_dir: Path, dev_path: Path | None = None) -> dict:
    """Fit the pipeline on ``train_path``, set thresholds from ``test_path`` and write
    ``classifier.skops`` and its card ``classifier.json`` to ``out_dir``.

    Reproducible: the same data and versions give the same model and the same predictions.
    With ``dev_path`` the card records the model's precision there, alone and as its rules run
    in the checker (only where no rule of the category fired); a model rule whose precision as
    it runs reaches ``STABLE_PRECISION`` is made ``stable``.
    """
    import sklearn
    import skops.io as sio

    texts, labels = examples(_read(train_path))
    pipeline = build_pipeline().fit(texts, labels)
    # Only kept for introspection (the n-grams min_df dropped), and most of the file's size.
    pipeline.named_steps["features"].stop_words_ = None
    test_texts, test_labels = examples(_read(test_path))
    test_probabilities = pipeline.predict_proba(test_texts)
    thresholds = {c: choose_threshold(test_probabilities[:, i], test_labels[:, i]) for i, c in enumerate(CATEGORIES)}
    metrics: dict[str, dict] = {"test": {}}
    for i, category in enumerate(CATEGORIES):
        metrics["test"][category] = _precision_recall(
            test_probabilities[:, i] >= thresholds[category], test_labels[:, i].astype(bool))
    status = {c: "preview" for c in CATEGORIES}
    if dev_path is not None:
        dev_sessions = _read(dev_path)
        dev_texts, dev_labels = examples(dev_sessions, teachable_only=False)
        dev_probabilities = pipeline.predict_proba(dev_texts)
        metrics["dev"] = {}
        metrics["dev_as_rules"] = _as_rules(dev_sessions, dev_probabilities, thresholds)
        for i, category in enumerate(CATEGORIES):
            metrics["dev"][category] = _precision_recall(
                dev_probabilities[:, i] >= thresholds[category], dev_labels[:, i].astype(bool))
            as_rule = metrics["dev_as_rules"][category]
            if as_rule["findings"] and as_rule["precision"] >= STABLE_PRECISION:
                status[category] = "stable"
    out_dir.mkdir(parents=True, exist_ok=True)
    sio.dump(pipeline, out_dir / MODEL_FILE, compression=zipfile.ZIP_DEFLATED, compresslevel=9)
    card = {
        "model": MODEL_FILE,
        "pipeline": "char 1-3-gram TF-IDF + one-vs-rest logistic regression (C=10, balanced)",
        "seed": SEED,
        "categories": list(CATEGORIES),
        "thresholds": thresholds,
        "status": status,
        "target_precision": TARGET_PRECISION,
        "stable_precision": STABLE_PRECISION,
        "data": {
            "train": {"file": train_path.name, "sha256": file_sha256(train_path), "segments": len(texts)},
            "test": {"file": test_path.name, "sha256": file_sha256(test_path), "segments": len(test_texts)},
        },
        "metrics": metrics,
        "versions": {"scikit-learn": sklearn.__version__, "skops": _version("skops"),
                     "numpy": np.__version__},
    }
    (out_dir / CARD_FILE).write_text(json.dumps(card, ensure_ascii=False, indent=2) + "\n", "utf-8")
    return card


def _as_rules(sessions: list[Session], probabilities: np.ndarray, thresholds: dict[str, float]) -> dict[str, dict]:
    """The model rules' precision as they run in the checker: only where no rule of the
    category fired. A finding in a category the segment lists as ``also_ok`` counts neither way."""
    from integrity.check import Checker

    rules_only = Checker(model=False)
    counts = {c: {"findings": 0, "correct": 0} for c in CATEGORIES}
    row = 0
    for session in sessions:
        found = {(f.segment, f.category) for f in rules_only.check(session) if f.segment is not None}
        for segment in session.segments:
            for column, category in enumerate(CATEGORIES):
                if (probabilities[row, column] >= thresholds[category] and (segment.index, category) not in found
                        and category not in segment.also_ok):
                    counts[category]["findings"] += 1
                    counts[category]["correct"] += category in segment.labels
            row += 1
    for result in counts.values():
        result["precision"] = round(result["correct"] / result["findings"], 4) if result["findings"] else None
    return counts


def _version(package: str) -> str:
    from importlib.metadata import version

    return version(package)
