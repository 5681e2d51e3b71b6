"""A trained classifier for what the lexicons miss, and how it joins the rules.

The model is a plain scikit-learn ``Pipeline`` (``build_pipeline``): TF-IDF over character
1-3-grams of the normalised segment text and one logistic regression per category. Word
tokens from jieba were measured too (``models/README.md``): they added nothing on the held-out
splits and cost five times the prediction time, so the model reads characters only.

It joins the rules in two ways (``ModelJudge.apply``):

* where no rule found a category on a segment and the model's probability reaches the
  category's threshold, it adds a finding under its own rule (MLP001, MLC001, MLW001) saying that
  a model decided, with its probability;
* where a rule fired but the model judges the segment a look-alike (probability under the
  category's look-alike cut), the rule's finding stays and its confidence is lowered, with the
  model's probability in the explanation.

``integrity train`` measures both on the project's test split, whose sentences and products
never occur in the training split: a category's threshold is the lowest probability at which
its model findings, counted only where no rule fired, reach ``TARGET_PRECISION``; its look-alike
cut is the largest probability under which the rule hits were mostly false alarms. Either is
None (the model stays silent there) when the test split does not support it. Cross-validation
over the training sessions was tried for thresholds: their sentences recur across sessions in
variants, so it measured 0.95 where the test split gave 0. The model is stored with skops,
never pickle; loading refuses any type outside ``TRUSTED_TYPES``.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import zipfile
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Protocol, Sequence

import ahocorasick
import numpy as np

from integrity.detect import rules
from integrity.detect.exemptions import FILTERS
from integrity.detect.finding import CATEGORIES, Finding
from integrity.detect.rules import Rule, register
from integrity.read.model import Session
from integrity.text.matcher import Text
from integrity.text.prices import extract_claims

if TYPE_CHECKING:
    from sklearn.pipeline import Pipeline

MODEL_FILE = "classifier.skops"
CARD_FILE = "classifier.json"
# The layout of the cached arrays (``_FastScorer.save``); change it when the layout changes.
CACHE_FORMAT = "v1"
MODEL_RULES = {"price": "MLP001", "counterfeit": "MLC001", "wording": "MLW001"}
# Look-alike cuts tried: a rule hit under the cut has its confidence multiplied by the factor.
LOOKALIKE_CUTS = (0.01, 0.02, 0.05, 0.1)
LOOKALIKE_FACTOR = 0.5
# Thresholds: the lowest probability at which the model's findings, as they run in the checker
# (only where no rule of the category fired), reach this precision on the project's test split,
# measured on at least MIN_SUPPORT findings.
TARGET_PRECISION = 0.95
MIN_SUPPORT = 5
# A model rule is ``stable`` when it has a threshold and its precision on the dev set reaches
# this, both for the model alone at that threshold and, where it makes any, for the findings it
# adds as it runs in the checker; else ``preview``.
STABLE_PRECISION = 0.9
SEED = 20261126
# Segments whose label comes from listing data, not from the words, cannot be learnt from text.
UNTEACHABLE_TAGS = frozenset({"listing_dependent"})
# Price claims whose truth the listing data decides (a reference price, the price now, a
# discount, the stock, a deadline): the price rules check them against the data, and words alone
# cannot, so the price model adds no finding to a segment that makes one.
DATA_DECIDES = frozenset({"current", "reference", "discount", "scarcity", "limited"})


def model_may_add(category: str, text: Text) -> bool:
    """Whether a model finding of ``category`` may be added to a segment the rules have read.

    Not where a look-alike exemption cleared a lexicon term of the category (国家级的篮球裁判,
    不敢说是最好的): the model, which reads no context, does not overrule that judgement. Where
    an exemption only found the context of a claim missing (``no_…``), the model may judge."""
    for hit in text.matched_hits():
        if rules.get(hit.entry.rule).category == category and any(
                FILTERS[name].lookalike and FILTERS[name].test(hit, text) for name in hit.entry.exempt):
            return False
    return category != "price" or not any(c.kind in DATA_DECIDES for c in extract_claims(text.text))

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


@dataclass(frozen=True)
class Examples:
    """Labelled segments in ``CATEGORIES`` column order, with what the rules found on them."""

    texts: list[str]
    labels: np.ndarray  # (n, 3) 0/1: the categories that must be found
    also_ok: np.ndarray  # (n, 3) bool: acceptable, neither right nor wrong
    ruled: np.ndarray  # (n, 3) bool: a rule of the category fired (the checker's default rules)
    closed: np.ndarray  # (n, 3) bool: the model may not add a finding (``model_may_add``)
    teachable: np.ndarray  # (n,) bool: the label can be learnt from the words

    @property
    def open(self) -> np.ndarray:
        """Where a model finding can be added and judged: no rule fired, the model may add one,
        and the category is not merely also-ok."""
        return ~self.ruled & ~self.closed & ~self.also_ok


def collect(sessions: Sequence[Session], with_rules: bool = True) -> Examples:
    """Every segment of the sessions; ``with_rules`` runs the rules-only checker on them."""
    checker = None
    if with_rules:
        from integrity.detect.checker import Checker

        checker = Checker(model=False)
    texts, labels, also_ok, ruled, closed, teachable = [], [], [], [], [], []
    for session in sessions:
        read = [Text.of(segment.text) for segment in session.segments]
        found = ({(f.segment, f.category) for f in checker.check_texts(session, read, use_model=False)
                  if f.segment is not None} if checker else set())
        for segment, text in zip(session.segments, read):
            texts.append(text.text)
            labels.append([int(c in segment.labels) for c in CATEGORIES])
            also_ok.append([c in segment.also_ok for c in CATEGORIES])
            ruled.append([(segment.index, c) in found for c in CATEGORIES])
            closed.append([not model_may_add(c, text) for c in CATEGORIES] if checker else [False] * len(CATEGORIES))
            teachable.append(not UNTEACHABLE_TAGS & set(segment.tags))
    shape = (-1, len(CATEGORIES))
    return Examples(texts, np.array(labels, dtype=int).reshape(shape), np.array(also_ok, dtype=bool).reshape(shape),
                    np.array(ruled, dtype=bool).reshape(shape), np.array(closed, dtype=bool).reshape(shape),
                    np.array(teachable, dtype=bool))


def examples(sessions: Iterable[Session]) -> tuple[list[str], np.ndarray]:
    """The teachable segments' normalised texts and their (n, 3) 0/1 label matrix."""
    data = collect(list(sessions), with_rules=False)
    return [t for t, keep in zip(data.texts, data.teachable) if keep], data.labels[data.teachable]


def choose_threshold(probabilities: np.ndarray, truth: np.ndarray, target: float = TARGET_PRECISION,
                     min_support: int = MIN_SUPPORT) -> float | None:
    """The lowest threshold (at least 0.5) at which at least ``min_support`` predictions reach
    ``target`` precision; None if none does (the model rule then never fires)."""
    for threshold in np.round(np.arange(0.5, 1.0, 0.01), 2):
        predicted = probabilities >= threshold
        if predicted.sum() >= min_support and truth[predicted].mean() >= target:
            return float(threshold)
    return None


def choose_lookalike_cut(probabilities: np.ndarray, wrong: np.ndarray, min_support: int = MIN_SUPPORT) -> float | None:
    """The largest of ``LOOKALIKE_CUTS`` under which at least ``min_support`` rule hits fall and
    at least half of them were false alarms; None if none (no confidence is lowered)."""
    for cut in sorted(LOOKALIKE_CUTS, reverse=True):
        below = probabilities < cut
        if below.sum() >= min_support and wrong[below].mean() >= 0.5:
            return cut
    return None


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
              enabled: frozenset[str]) -> list[Finding]:
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
                if p >= threshold and model_may_add(category, text):
                    judged.append(Finding(
                        session_id=session.session_id, rule=code, category=category, severity="low",
                        confidence=round(p, 3),
                        message=f"模型判断此段可能涉及{_NAMES[category]}问题（概率{p:.2f}，阈值{threshold:.2f}），"
                                f"未命中词表规则，请人工复核",
                        basis=_BASES[category], evidence=segment.text, span=(0, len(segment.text)),
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


def _read(path: Path) -> list[Session]:
    from integrity.read.sessions import read_sessions

    sessions = []
    for item in read_sessions(str(path)):
        if not isinstance(item, Session):
            raise ModelError(f"labelled data: {item}")
        sessions.append(item)
    return sessions


def _ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def measure(probabilities: np.ndarray, data: Examples, thresholds: dict[str, float | None],
            cuts: dict[str, float | None]) -> dict[str, dict]:
    """Per category: the model alone on the teachable segments; the model as its rule runs
    (findings only where no rule of the category fired); and the rule hits it would mark as
    look-alikes, with how many of those were in fact wrong."""
    result = {}
    for column, category in enumerate(CATEGORIES):
        p = probabilities[:, column]
        truth = data.labels[:, column].astype(bool)
        threshold = thresholds[category]
        predicted = p >= threshold if threshold is not None else np.zeros(len(p), dtype=bool)
        alone = predicted & data.teachable
        added = predicted & data.open[:, column]
        missed = truth & data.open[:, column]
        wrong_hit = data.ruled[:, column] & ~truth & ~data.also_ok[:, column]
        cut = cuts[category]
        lowered = data.ruled[:, column] & (p < cut) if cut is not None else np.zeros(len(p), dtype=bool)
        labelled = int((truth & data.teachable).sum())
        result[category] = {
            "alone": {"predicted": int(alone.sum()), "correct": int((alone & truth).sum()), "labelled": labelled,
                      "precision": _ratio(int((alone & truth).sum()), int(alone.sum())),
                      "recall": _ratio(int((alone & truth).sum()), labelled)},
            "as_rule": {"findings": int(added.sum()), "correct": int((added & truth).sum()),
                        "precision": _ratio(int((added & truth).sum()), int(added.sum())),
                        "missed_by_rules": int(missed.sum()),
                        "recall_of_missed": _ratio(int((added & truth).sum()), int(missed.sum()))},
            "lookalikes": {"rule_hits": int(data.ruled[:, column].sum()), "wrong_rule_hits": int(wrong_hit.sum()),
                           "lowered": int(lowered.sum()), "lowered_and_wrong": int((lowered & wrong_hit).sum())},
        }
    return result


def train(train_paths: Sequence[Path], test_path: Path, out_dir: Path, dev_path: Path | None = None) -> dict:
    """Fit the pipeline on the sessions of ``train_paths`` and write ``classifier.skops`` and its card
    ``classifier.json`` to ``out_dir``.

    Thresholds come from ``test_path``, measured as the model rules run in the checker: only
    where no rule of the category fired. ``dev_path``, if given, is measured the same way; a
    model rule whose precision there reaches ``STABLE_PRECISION`` is made ``stable``. Both are
    recorded in the card. Reproducible: the same data and versions give the same model and
    predictions.
    """
    import sklearn
    import skops.io as sio

    data = examples(session for path in train_paths for session in _read(path))
    for column, category in enumerate(CATEGORIES):
        if len(set(data[1][:, column].tolist())) < 2:
            raise ModelError(f"training data: a model needs segments with and without the label {category!r}")
    pipeline = build_pipeline().fit(*data)
    # Only kept for introspection (the n-grams min_df dropped), and most of the file's size.
    pipeline.named_steps["features"].stop_words_ = None
    test = collect(_read(test_path))
    if not test.texts:
        raise ModelError(f"{test_path}: no segments to measure the model on")
    test_probabilities = pipeline.predict_proba(test.texts)
    thresholds, cuts = {}, {}
    for column, category in enumerate(CATEGORIES):
        where = test.open[:, column]
        thresholds[category] = choose_threshold(test_probabilities[where, column], test.labels[where, column])
        hits = test.ruled[:, column]
        wrong = ~test.labels[:, column].astype(bool) & ~test.also_ok[:, column]
        cuts[category] = choose_lookalike_cut(test_probabilities[hits, column], wrong[hits])
    metrics = {"test": measure(test_probabilities, test, thresholds, cuts)}
    if dev_path is not None:
        dev = collect(_read(dev_path))
        if not dev.texts:
            raise ModelError(f"{dev_path}: no segments to measure the model on")
        metrics["dev"] = measure(pipeline.predict_proba(dev.texts), dev, thresholds, cuts)
    status = {c: "stable" if _stable(metrics.get("dev", {}).get(c), thresholds[c]) else "preview"
              for c in CATEGORIES}
    out_dir.mkdir(parents=True, exist_ok=True)
    sio.dump(pipeline, out_dir / MODEL_FILE, compression=zipfile.ZIP_DEFLATED, compresslevel=9)
    _make_reproducible(out_dir / MODEL_FILE)
    card = {
        "model": MODEL_FILE,
        "pipeline": "char 1-3-gram TF-IDF + one-vs-rest logistic regression (C=10, balanced)",
        "seed": SEED,
        "categories": list(CATEGORIES),
        "thresholds": thresholds,
        "lookalike_below": cuts,
        "status": status,
        "target_precision": TARGET_PRECISION,
        "min_support": MIN_SUPPORT,
        "stable_precision": STABLE_PRECISION,
        "data": {
            "train": {"files": [{"file": path.name, "sha256": file_sha256(path)} for path in train_paths],
                      "segments": len(data[0])},
            "test": {"file": test_path.name, "sha256": file_sha256(test_path)},
        },
        "metrics": metrics,
        "versions": {"scikit-learn": sklearn.__version__, "skops": _version("skops"),
                     "numpy": np.__version__},
    }
    (out_dir / CARD_FILE).write_text(json.dumps(card, ensure_ascii=False, indent=2) + "\n", "utf-8")
    return card


# skops names the objects in a file by their id() in the process that saved it.
_SKOPS_ID = re.compile(r'("__id__": )(\d+)|"(\d+)\.npy"')


def _make_reproducible(path: Path) -> None:
    """Renumber the object ids skops took from memory (in order of first use) and give every
    member one fixed time, so that the same model is the same bytes, and the same sha256 in scan
    fingerprints, whenever it is trained. Shared objects keep sharing one number."""
    with zipfile.ZipFile(path) as source:
        members = {info.filename: source.read(info) for info in source.infolist()}
    numbers: dict[str, str] = {}

    def renumber(match: re.Match) -> str:
        number = numbers.setdefault(match.group(2) or match.group(3), str(len(numbers) + 1))
        return f"{match.group(1)}{number}" if match.group(2) else f'"{number}.npy"'

    schema = _SKOPS_ID.sub(renumber, members.pop("schema.json").decode("utf-8"))
    renamed = {f"{numbers[name[:-4]]}.npy" if name.endswith(".npy") else name: data for name, data in members.items()}
    partial = path.with_name(path.name + ".partial")
    with zipfile.ZipFile(partial, "w") as target:
        for name, data in [("schema.json", schema.encode("utf-8")), *sorted(renamed.items())]:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            target.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)
    os.replace(partial, path)


def _stable(dev: dict | None, threshold: float | None) -> bool:
    """A threshold, and dev precision of at least ``STABLE_PRECISION`` for the model alone and
    for the findings it adds where no rule fired (if it adds any: where the rules already find
    every label, it adds none, and its precision is judged on the model alone)."""
    if dev is None or threshold is None:
        return False
    alone, as_rule = dev["alone"], dev["as_rule"]
    return (alone["predicted"] > 0 and alone["precision"] >= STABLE_PRECISION
            and (as_rule["findings"] == 0 or as_rule["precision"] >= STABLE_PRECISION))


def _version(package: str) -> str:
    from importlib.metadata import version

    return version(package)
