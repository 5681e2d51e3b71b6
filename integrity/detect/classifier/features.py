"""The model's features and scores: hashed character n-grams of a whole session at once.

One featuriser, used identically by ``integrity train`` and by checks, computed with numpy over
all segments of a session in one set of array operations:

* the segments' normalised texts are joined with a NUL between them and encoded as one array of
  code points; letters and digits are lower-cased and everything else (white space,
  punctuation, symbols) is dropped (``_fold_table``), so that ASR output without punctuation
  reads like written text; beyond the basic plane only the CJK ideographs of planes 2 and 3
  are kept (emoji are dropped);
* the character n-grams of ``ORDERS`` that do not cross a NUL are hashed with fixed integer
  arithmetic (the same numbers on every platform and in every process) into ``BUCKETS`` buckets;
* the (segment, bucket) pairs are counted; a feature is ``(1 + log count) * idf`` (sublinear tf),
  scaled to unit length per segment (l2);
* each category's score is the dot product with its weights plus its intercept, and its
  probability the logistic of that.

``Model`` holds the fitted numbers as plain arrays (idf and weights of the buckets that occur in
at least ``MIN_DF`` training segments; every other bucket weighs nothing) and is stored as an
``.npz`` read without pickle (``judge.load_model`` checks the file before use).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np

ORDERS = (1, 2, 3)
BUCKETS = 1 << 18
MIN_DF = 2
_DROPPED = np.uint32(0xFFFFFFFF)
_FOLD: np.ndarray | None = None


def _fold_table() -> np.ndarray:
    """For each code point of the basic plane: a letter or digit (``str.isalnum``) lower-cased,
    else ``_DROPPED`` (white space, punctuation, symbols); NUL stays NUL (the segment
    separator). Built once, on first use."""
    global _FOLD
    if _FOLD is None:
        table = np.full(0x10000, _DROPPED, dtype=np.uint32)
        for code in range(1, 0x10000):
            char = chr(code)
            if char.isalnum():
                lower = char.lower()
                table[code] = ord(lower) if len(lower) == 1 else code
        table[0] = 0
        _FOLD = table
    return _FOLD


# Odd 64-bit constants for the hash: an n-gram's code points are folded in one by one.
_STEP = np.uint64(0x9E3779B97F4A7C15)
_MIX1 = np.uint64(0xBF58476D1CE4E5B9)
_MIX2 = np.uint64(0x94D049BB133111EB)


def ngram_counts(texts: Sequence[str], orders: Sequence[int] = ORDERS, buckets: int = BUCKETS,
                 known: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The hashed n-gram counts of ``texts``: parallel arrays of row (the text's index), bucket
    and count, sorted by row then bucket, each (row, bucket) once. With ``known`` (a boolean
    per bucket), only the buckets it marks are counted."""
    if buckets & (buckets - 1) or not 1 < buckets <= 1 << 32:
        raise ValueError(f"the number of buckets must be a power of two up to 2^32, not {buckets}")
    shift = np.uint64(64 - (buckets.bit_length() - 1))
    joined = "\x00".join(texts)
    if joined.count("\x00") != len(texts) - 1:  # a text holds a NUL itself: it is no separator
        joined = "\x00".join(t.replace("\x00", "") for t in texts)
    codes = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype="<u4")  # a lone surrogate is dropped
    basic = codes < 0x10000
    if basic.all():
        codes = _fold_table()[codes]
    else:  # beyond the basic plane only the CJK ideographs of planes 2 and 3 are kept
        ideograph = (codes >= 0x20000) & (codes < 0x40000)
        codes = np.where(basic, _fold_table()[np.where(basic, codes, 0)], np.where(ideograph, codes, _DROPPED))
    codes = codes[codes != _DROPPED].astype(np.uint64)
    size = len(codes)
    empty = np.zeros(0, dtype=np.int64)
    # Separators seen up to each position: the row of a position, and a window without one is
    # inside one segment.
    seen = np.concatenate(([0], np.cumsum(codes == 0)))
    row_of = seen[:-1]
    keys = []
    for n in orders:
        if n > size:
            continue
        starts = size - n + 1
        h = np.full(starts, np.uint64(n), dtype=np.uint64) * _STEP
        for offset in range(n):
            h = (h ^ codes[offset:offset + starts]) * _STEP
        inside = seen[n:n + starts] - seen[:starts] == 0
        bucket = (h[inside] >> shift).astype(np.int64)
        rows = row_of[:starts][inside]
        if known is not None:
            keep = known[bucket]
            bucket, rows = bucket[keep], rows[keep]
        keys.append(rows * buckets + bucket)
    if not keys:
        return empty, empty, empty
    unique, counts = np.unique(np.concatenate(keys), return_counts=True)
    return unique // buckets, unique % buckets, counts.astype(np.int64)


def tfidf(rows: np.ndarray, counts: np.ndarray, idf: np.ndarray, n_rows: int) -> np.ndarray:
    """The l2-normalised sublinear tf-idf values of counted n-grams, given each one's idf."""
    values = (1.0 + np.log(counts.astype(np.float64))) * idf
    norms = np.sqrt(np.bincount(rows, weights=values * values, minlength=n_rows))
    return values / np.where(norms > 0, norms, 1.0)[rows]


@dataclass(frozen=True)
class Model:
    """The fitted numbers: for each used bucket (sorted), its idf and one weight per category;
    an intercept per category. Scores with ``predict_proba``."""

    used: np.ndarray  # (k,) int: bucket numbers, strictly increasing, < buckets
    idf: np.ndarray  # (k,) float32, > 0
    weights: np.ndarray  # (k, categories) float32
    intercepts: np.ndarray  # (categories,) float64
    orders: tuple[int, ...] = ORDERS
    buckets: int = BUCKETS

    def __post_init__(self):
        # One row per bucket: its idf, then its weight per category, so that one gather fetches
        # all a n-gram needs (a bucket nobody saw in training has idf 0 and weighs nothing).
        table = np.zeros((self.buckets, 1 + len(self.intercepts)), dtype=np.float64)
        table[self.used, 0] = self.idf
        table[self.used, 1:] = self.weights
        object.__setattr__(self, "_table", table)
        object.__setattr__(self, "_known", table[:, 0] > 0)

    def features(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Rows, buckets and tf-idf values of the texts' known n-grams (those with an idf): the
        matrix ``integrity train`` fits on is made of these."""
        rows, columns, counts = ngram_counts(texts, self.orders, self.buckets, self._known)
        return rows, columns, tfidf(rows, counts, self._table[columns, 0], len(texts))

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        """(len(texts), categories) probabilities; a text with no known n-gram gets the
        intercepts' (the same for every such text), never an error.

        The same numbers as the dot product of ``features`` with the weights: per text, the sum
        of each n-gram's tf-idf times its weight over the text's l2 norm, summed for all texts
        at once over the row-sorted n-grams (``np.add.reduceat``)."""
        rows, columns, counts = ngram_counts(texts, self.orders, self.buckets, self._known)
        scores = np.zeros((len(texts), len(self.intercepts)), dtype=np.float64)
        if len(rows):
            gathered = self._table[columns]
            values = (1.0 + np.log(counts.astype(np.float64))) * gathered[:, 0]
            gathered[:, 0] = values
            gathered *= values[:, None]  # column 0: the squared value; then value x weight
            starts = np.flatnonzero(np.concatenate(([True], rows[1:] != rows[:-1])))
            sums = np.add.reduceat(gathered, starts, axis=0)
            scores[rows[starts]] = sums[:, 1:] / np.sqrt(sums[:, :1])
        return 1.0 / (1.0 + np.exp(-(scores + self.intercepts)))
