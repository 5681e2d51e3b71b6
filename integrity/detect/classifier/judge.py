"""The trained model as a check runs it: its card, its arrays (checked against the card before
use), and how its judgement joins the rules (``ModelJudge.apply``).
"""
from __future__ import annotations

import hashlib
import io
import math
import re
import zipfile
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, TYPE_CHECKING, Callable, Protocol, Sequence

import numpy as np

from integrity.detect.classifier.card import CARD_FILE, MODEL_FILE, MODEL_RULES, read_card
from integrity.detect.classifier.features import Model
from integrity.detect.finding import CATEGORIES, Finding
from integrity.read.model import Session
from integrity.text.text import Text

if TYPE_CHECKING:
    from integrity.detect.lexicons import Lexicon

LOOKALIKE_FACTOR = 0.5
# Price claims whose truth the listing data decides (a reference price, the price now, a
# discount, the stock, a deadline): the price rules check them against the data, and words alone
# cannot, so the price model adds no finding to a segment that makes one.
DATA_DECIDES = frozenset({"current", "reference", "discount", "scarcity", "limited"})
# The arrays of a model file, with their types and number of dimensions; nothing else is read.
ARRAYS = {"used": ("<u4", 1), "idf": ("<f4", 1), "weights": ("<f4", 2), "intercepts": ("<f8", 1),
          "orders": ("<i8", 1), "buckets": ("<i8", 0)}
MAX_BUCKETS = 1 << 22  # the check builds a (categories + 1) x buckets table of float64
MAX_ORDER = 8


MIN_HAN = 2
_HAN = re.compile(r"[\u3400-\u9fff]")


def model_may_add(category: str, text: Text, lexicon: "Lexicon") -> bool:
    """Whether a model finding of ``category`` may be added to a segment the rules have read.

    Not where a look-alike exemption cleared a lexicon term of the category (国家级的篮球裁判,
    不敢说是最好的): the model, which reads no context, does not overrule that judgement. Where
    an exemption only found the context of a claim missing (``no_…``), the model may judge. Nor
    on a segment with fewer than two Han characters: the model learnt Chinese speech, and English,
    another script or an error message pasted in is nothing it can judge."""
    if len(_HAN.findall(text.text)) < MIN_HAN:
        return False
    for hit in text.matched_hits():
        if lexicon.rules[hit.entry.rule].category == category and any(
                exemption.lookalike and exemption.test(hit, text, lexicon) for exemption in hit.entry.exemptions):
            return False
    return category != "price" or not any(c.kind in DATA_DECIDES for c in lexicon.price_talk.extract(text.text))


_NAMES = {"price": "价格", "counterfeit": "假冒侵权", "wording": "违规广告用语"}


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


def load_model(path: Path, size: object, sha256: object) -> Model:
    """The model in ``path`` if it is the file its card describes (``size`` bytes, ``sha256``)
    and holds exactly the arrays of ``ARRAYS``, fitting together; else ModelError saying what is
    wrong. The size is checked before the file is read, the hash before anything in it is
    parsed, and the arrays' sizes (the archive's, and each array's header: type and shape
    against its bytes) before they are unpacked; nothing is unpickled."""
    def fail(what: str) -> ModelError:
        return ModelError(f"{path}: {what}")

    if not isinstance(size, int) or isinstance(size, bool) or not isinstance(sha256, str):
        raise fail("its card must give the model file's 'bytes' (an integer) and 'sha256'")
    try:
        actual = path.stat().st_size
        if actual != size:
            raise fail(f"{actual} bytes, but its card says {size}: not the model the card describes")
        data = path.read_bytes()
    except OSError as error:
        raise fail(f"cannot be read ({error.strerror or error})") from None
    if hashlib.sha256(data).hexdigest() != sha256:
        raise fail("its sha256 differs from the card's: not the model the card describes")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = {info.filename: info.file_size for info in archive.infolist()}
            if set(members) != {f"{name}.npy" for name in ARRAYS}:
                raise fail(f"holds {sorted(members)}, not the arrays {sorted(ARRAYS)}")
            # A bucket number, an idf and a weight per category (4 bytes each) for every bucket
            # is the most a model can need.
            if sum(members.values()) > (2 + len(CATEGORIES)) * 4 * MAX_BUCKETS + 4096:
                raise fail("its arrays are larger than any model can be")
            for name in ARRAYS:
                with archive.open(f"{name}.npy") as member:
                    _check_header(member, name, members[f"{name}.npy"], fail)
        with np.load(io.BytesIO(data), allow_pickle=False) as arrays:
            loaded = {name: arrays[name] for name in ARRAYS}
    except ModelError:
        raise
    except Exception as error:  # zipfile and numpy raise several types for a damaged file
        raise fail(f"not a readable model file ({error})") from None
    used, idf, weights, intercepts = (loaded[n] for n in ("used", "idf", "weights", "intercepts"))
    buckets, orders = int(loaded["buckets"]), tuple(int(n) for n in loaded["orders"])
    if buckets & (buckets - 1) or not 1 < buckets <= MAX_BUCKETS:
        raise fail(f"'buckets' must be a power of two up to {MAX_BUCKETS}, not {buckets}")
    if not orders or len(set(orders)) != len(orders) or not all(0 < n <= MAX_ORDER for n in orders):
        raise fail(f"'orders' must be distinct n-gram lengths from 1 to {MAX_ORDER}, not {orders}")
    if not (len(used) == len(idf) == len(weights) and weights.shape[1:] == intercepts.shape == (len(CATEGORIES),)):
        raise fail("its arrays do not fit together")
    if len(used) and (used[-1] >= buckets or np.any(np.diff(used.astype(np.int64)) <= 0)):
        raise fail("'used' must hold increasing bucket numbers under 'buckets'")
    if not (np.all(np.isfinite(weights)) and np.all(np.isfinite(intercepts)) and np.all(np.isfinite(idf))
            and np.all(idf > 0)):
        raise fail("its numbers must be finite (and every idf positive)")
    return Model(used.astype(np.int64), idf, weights, intercepts, orders, buckets)


def _check_header(member: IO[bytes], name: str, size: int, fail: Callable[[str], ModelError]) -> None:
    """Refuse an array whose ``.npy`` header is not the type ``ARRAYS`` gives it, or whose shape
    does not account for exactly the bytes of its member: read before numpy allocates the array
    the header describes (a few bytes of header can ask for any amount of memory)."""
    dtype, ndim = ARRAYS[name]
    try:
        version = np.lib.format.read_magic(member)
        if version not in ((1, 0), (2, 0)):
            raise ValueError(f"format version {version}")
        read = np.lib.format.read_array_header_1_0 if version == (1, 0) else np.lib.format.read_array_header_2_0
        shape, _, found = read(member)
    except ValueError:
        raise fail(f"'{name}' is not an array") from None
    if found != np.dtype(dtype) or len(shape) != ndim:
        raise fail(f"array '{name}' must be {ndim}-dimensional {np.dtype(dtype)}, "
                   f"not {len(shape)}-dimensional {found}")
    if math.prod(shape) * found.itemsize != size - member.tell():
        raise fail(f"array '{name}' says its shape is {shape}, which its {size} bytes do not hold")


class _Scorer(Protocol):
    def predict_proba(self, texts: Sequence[str]) -> np.ndarray: ...


@dataclass(frozen=True)
class ModelJudge:
    """A loaded model with its thresholds; ``apply`` is pure like the rest of the check."""

    model: _Scorer
    thresholds: dict[str, float | None]
    sha256: str
    status: dict[str, str] = field(default_factory=dict)
    lookalike_below: dict[str, float | None] = field(default_factory=dict)

    @classmethod
    def load(cls, models_dir: Path) -> "ModelJudge | None":
        """The model in ``models_dir`` (``classifier.npz`` and its card), None if there is none."""
        path = models_dir / MODEL_FILE
        try:
            card = read_card(models_dir)
        except (OSError, ValueError) as error:
            raise ModelError(f"{models_dir / CARD_FILE}: not a readable model card ({error})") from None
        if not path.is_file() and not card:
            return None
        if not path.is_file() or not card:
            missing = path if not path.is_file() else models_dir / CARD_FILE
            raise ModelError(f"{missing}: missing (a model is {MODEL_FILE} with its card {CARD_FILE})")
        checked = _checked_card(models_dir / CARD_FILE, card)
        model = load_model(path, card.get("bytes"), card.get("sha256"))
        return cls(model, checked["thresholds"], card["sha256"], checked["status"], checked["lookalike_below"])

    @property
    def rule_status(self) -> dict[str, str]:
        """The status of each model rule code: the card's, ``preview`` where it says none."""
        return {code: self.status.get(category, "preview") for category, code in MODEL_RULES.items()}

    def probabilities(self, texts: Sequence[Text]) -> np.ndarray:
        if not texts:
            return np.zeros((0, len(CATEGORIES)))
        return self.model.predict_proba([t.text for t in texts])

    def apply(self, session: Session, texts: Sequence[Text], findings: list[Finding],
              enabled: frozenset[str], lexicon: "Lexicon") -> list[Finding]:
        if not set(MODEL_RULES.values()) & enabled and not any(self.lookalike_below.values()):
            return findings  # no model rule runs and no confidence is lowered: nothing to score
        probabilities = self.probabilities(texts)
        found = {(f.segment, f.category) for f in findings if f.segment is not None}
        judged = [self._judge(f, probabilities) for f in findings]
        # The few (segment, category) cells at or above their threshold, in segment order.
        thresholds = np.array([np.inf if self.thresholds.get(category) is None else self.thresholds[category]
                               for category in CATEGORIES])
        for position, column in zip(*map(np.ndarray.tolist, np.nonzero(probabilities >= thresholds))):
            segment, text, category = session.segments[position], texts[position], CATEGORIES[column]
            code = MODEL_RULES[category]
            p = float(probabilities[position, column])
            threshold = self.thresholds[category]
            if code not in enabled or (segment.index, category) in found:
                continue
            if model_may_add(category, text, lexicon):
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
