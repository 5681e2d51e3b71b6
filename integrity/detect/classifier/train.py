"""Training the model (``integrity train``): fit, choose thresholds and look-alike cuts on a
held-out split, measure, and write the skops file and its card reproducibly.
"""
from __future__ import annotations

import json
import os
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Sequence

import numpy as np

from integrity.detect.classifier.judge import (
    CARD_FILE,
    MODEL_FILE,
    ModelError,
    file_sha256,
    model_may_add,
)
from integrity.detect.finding import CATEGORIES
from integrity.read.model import Session
from integrity.text.text import Text

if TYPE_CHECKING:
    from sklearn.pipeline import Pipeline

# Look-alike cuts tried: a rule hit under the cut has its confidence multiplied by the factor.
LOOKALIKE_CUTS = (0.01, 0.02, 0.05, 0.1)
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
        read = [checker.text(segment.text) if checker else Text.of(segment.text) for segment in session.segments]
        found = ({(f.segment, f.category) for f in checker.check_texts(session, read, use_model=False)
                  if f.segment is not None} if checker else set())
        for segment, text in zip(session.segments, read):
            texts.append(text.text)
            labels.append([int(c in segment.labels) for c in CATEGORIES])
            also_ok.append([c in segment.also_ok for c in CATEGORIES])
            ruled.append([(segment.index, c) in found for c in CATEGORIES])
            closed.append([not model_may_add(c, text, checker.lexicon) for c in CATEGORIES] if checker else [False] * len(CATEGORIES))
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
