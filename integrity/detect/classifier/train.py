"""Training the model (``integrity train``): fit the featuriser's idf and a logistic regression
per category, choose thresholds and look-alike cuts on the calibration split, measure on the test
split (which plays no part in any choice), and write the model's arrays and its card
reproducibly. scikit-learn and scipy are imported here only, never by a check.
"""
from __future__ import annotations

import hashlib
import io
import json
import os
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

from integrity.detect.classifier.features import BUCKETS, MIN_DF, ORDERS, Model, ngram_counts
from integrity.detect.classifier.judge import (
    CARD_FILE,
    MODEL_FILE,
    ModelError,
    file_sha256,
    model_may_add,
)
from integrity.detect.finding import CATEGORIES
from integrity.read.model import Session

# Look-alike cuts tried: a rule hit under the cut has its confidence multiplied by the factor.
LOOKALIKE_CUTS = (0.01, 0.02, 0.05, 0.1)
# Thresholds: the lowest probability at which the model's findings, as they run in the checker
# (only where no rule of the category fired), reach this precision on the calibration split,
# measured on at least MIN_SUPPORT findings.
TARGET_PRECISION = 0.97
MIN_SUPPORT = 5
# A model rule is ``stable`` when it has a threshold and its precision on the dev set reaches
# this, both for the model alone at that threshold and, where it makes any, for the findings it
# adds as it runs in the checker; else ``preview``.
STABLE_PRECISION = 0.9
SEED = 20261126
# The logistic regression of each category: inverse regularisation strength, balanced classes.
C = 10.0
# Segments whose label comes from listing data, not from the words, cannot be learnt from text.
UNTEACHABLE_TAGS = frozenset({"listing_dependent"})


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
    """Every segment of the sessions, read with the checker's normaliser as a check reads it;
    ``with_rules`` also runs the rules-only checker on them."""
    from integrity.detect.checker import Checker

    checker = Checker(model=False)
    texts, labels, also_ok, ruled, closed, teachable = [], [], [], [], [], []
    for session in sessions:
        read = [checker.text(segment.text) for segment in session.segments]
        found = ({(f.segment, f.category) for f in checker.check_texts(session, read, use_model=False)
                  if f.segment is not None} if with_rules else set())
        for segment, text in zip(session.segments, read):
            texts.append(text.text)
            labels.append([int(c in segment.labels) for c in CATEGORIES])
            also_ok.append([c in segment.also_ok for c in CATEGORIES])
            ruled.append([(segment.index, c) in found for c in CATEGORIES])
            closed.append([with_rules and not model_may_add(c, text, checker.lexicon) for c in CATEGORIES])
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


def fit(texts: Sequence[str], labels: np.ndarray, seed: int = SEED) -> Model:
    """The featuriser's idf (n-gram buckets in at least ``MIN_DF`` texts) and one logistic
    regression per category, fitted on the tf-idf matrix that ``Model.features`` computes, as
    a check computes it (the idf stored as float32 is the one the features use)."""
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    rows, columns, _ = ngram_counts(texts, ORDERS, BUCKETS)
    df = np.bincount(columns, minlength=BUCKETS)
    used = np.flatnonzero(df >= MIN_DF)
    idf = (np.log((1.0 + len(texts)) / (1.0 + df[used])) + 1.0).astype(np.float32)
    blank = Model(used, idf, np.zeros((len(used), labels.shape[1]), dtype=np.float32), np.zeros(labels.shape[1]))
    rows, columns, values = blank.features(texts)
    matrix = csr_matrix((values, (rows, np.searchsorted(used, columns))), shape=(len(texts), len(used)))
    weights, intercepts = [], []
    for column in range(labels.shape[1]):
        regression = LogisticRegression(C=C, max_iter=5000, class_weight="balanced", random_state=seed)
        regression.fit(matrix, labels[:, column])
        weights.append(regression.coef_.ravel())
        intercepts.append(regression.intercept_[0])
    return Model(used, idf, np.column_stack(weights).astype(np.float32), np.array(intercepts, dtype=np.float64))


def save_model(model: Model, path: Path) -> None:
    """Write the model's arrays as an ``.npz`` (no pickled objects) that is the same bytes for
    the same numbers: fixed member order and time; written to a temporary file and renamed, so
    that a crash cannot leave half a model."""
    arrays = {"used": model.used.astype("<u4"), "idf": model.idf.astype("<f4"),
              "weights": model.weights.astype("<f4"), "intercepts": model.intercepts.astype("<f8"),
              "orders": np.array(model.orders, dtype="<i8"), "buckets": np.array(model.buckets, dtype="<i8")}
    partial = path.with_name(path.name + ".partial")
    with zipfile.ZipFile(partial, "w") as archive:
        for name, array in arrays.items():
            buffer = io.BytesIO()
            np.lib.format.write_array(buffer, array, allow_pickle=False)
            info = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
            archive.writestr(info, buffer.getvalue(), compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)
    os.replace(partial, path)


def _thresholds(probabilities: np.ndarray, data: Examples) -> tuple[dict, dict]:
    thresholds, cuts = {}, {}
    for column, category in enumerate(CATEGORIES):
        where = data.open[:, column]
        thresholds[category] = choose_threshold(probabilities[where, column], data.labels[where, column])
        hits = data.ruled[:, column]
        wrong = ~data.labels[:, column].astype(bool) & ~data.also_ok[:, column]
        cuts[category] = choose_lookalike_cut(probabilities[hits, column], wrong[hits])
    return thresholds, cuts


def train(train_paths: Sequence[Path], calibration_path: Path, test_path: Path, out_dir: Path,
          dev_path: Path | None = None) -> dict:
    """Fit the model on the sessions of ``train_paths`` and write ``classifier.npz`` and its card
    ``classifier.json`` to ``out_dir``.

    Thresholds and look-alike cuts come from ``calibration_path``, measured as the model rules
    run in the checker: only where no rule of the category fired. ``test_path`` plays no part in
    any choice: it is only measured, the same way. ``dev_path``, if given, is measured too, and a
    model rule whose precision there reaches ``STABLE_PRECISION`` is made ``stable``. All is
    recorded in the card. Reproducible: the same data and versions give the same bytes.
    """
    import sklearn

    texts, labels = examples(session for path in train_paths for session in _read(path))
    for column, category in enumerate(CATEGORIES):
        if len(set(labels[:, column].tolist())) < 2:
            raise ModelError(f"training data: a model needs segments with and without the label {category!r}")
    model = fit(texts, labels)
    measured: dict[str, Examples] = {}
    for name, path in (("calibration", calibration_path), ("test", test_path), ("dev", dev_path)):
        if path is not None:
            measured[name] = collect(_read(path))
            if not measured[name].texts:
                raise ModelError(f"{path}: no segments to measure the model on")
    probabilities = {name: model.predict_proba(data.texts) for name, data in measured.items()}
    thresholds, cuts = _thresholds(probabilities["calibration"], measured["calibration"])
    metrics = {name: measure(probabilities[name], data, thresholds, cuts) for name, data in measured.items()}
    status = {c: "stable" if _stable(metrics.get("dev", {}).get(c), thresholds[c]) else "preview"
              for c in CATEGORIES}
    out_dir.mkdir(parents=True, exist_ok=True)
    save_model(model, out_dir / MODEL_FILE)
    saved = (out_dir / MODEL_FILE).read_bytes()

    def described(path: Path) -> dict:
        return {"file": path.name, "sha256": file_sha256(path)}

    card = {
        "model": MODEL_FILE,
        "bytes": len(saved),
        "sha256": hashlib.sha256(saved).hexdigest(),
        "features": {"ngrams": list(ORDERS), "buckets": BUCKETS, "min_df": MIN_DF,
                     "text": "normalised segment text, lower-cased, without white space, punctuation or symbols",
                     "weighting": "sublinear tf x smooth idf, l2-normalised per segment",
                     "used_buckets": int(len(model.used))},
        "classifier": f"logistic regression per category (C={C:g}, balanced classes, lbfgs)",
        "seed": SEED,
        "categories": list(CATEGORIES),
        "thresholds": thresholds,
        "lookalike_below": cuts,
        "status": status,
        "target_precision": TARGET_PRECISION,
        "min_support": MIN_SUPPORT,
        "stable_precision": STABLE_PRECISION,
        "chosen_on": "calibration",
        "data": {
            "train": {"files": [described(path) for path in train_paths], "segments": len(texts)},
            "calibration": described(calibration_path),
            "test": described(test_path),
            **({"dev": described(dev_path)} if dev_path is not None else {}),
        },
        "metrics": metrics,
        "versions": {"scikit-learn": sklearn.__version__, "numpy": np.__version__},
    }
    (out_dir / CARD_FILE).write_text(json.dumps(card, ensure_ascii=False, indent=2) + "\n", "utf-8")
    return card


def _stable(dev: dict | None, threshold: float | None) -> bool:
    """A threshold, and dev precision of at least ``STABLE_PRECISION`` for the model alone and
    for the findings it adds where no rule fired (if it adds any: where the rules already find
    every label, it adds none, and its precision is judged on the model alone)."""
    if dev is None or threshold is None:
        return False
    alone, as_rule = dev["alone"], dev["as_rule"]
    return (alone["predicted"] > 0 and alone["precision"] >= STABLE_PRECISION
            and (as_rule["findings"] == 0 or as_rule["precision"] >= STABLE_PRECISION))
