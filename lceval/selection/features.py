"""Per-chunk features of the learned selector: dense similarity plus cheap lexical and positional cues.

Every feature is computed from the question and the chunk texts alone (never
the evidence), deterministically, and is normalised within its document, so
one head serves 4K and 100K contexts alike:

Dense features are computed over the chunks that were embedded (the
selector's candidates, see ``learned``), lexical ones over the whole document:

- ``dense_max``: cosine of the question with the chunk's best sentence (the selector's encoder);
  ``dense_max_z`` its z-score in the document, ``dense_max_rr`` its reciprocal rank,
  ``dense_max_gap`` its distance to the document's best chunk.
- ``dense_chunk``: cosine with the mean of the chunk's sentence embeddings (the chunk as a whole);
  ``dense_chunk_z`` its z-score.
- ``bm25_norm``: Okapi BM25 (the ``bm25`` selector's scores) divided by the document's best;
  ``bm25_z``, ``bm25_rr`` its z-score and reciprocal rank.
- ``overlap``: IDF-weighted share of the question's distinct words found in the chunk.
- ``bigram_overlap``: share of the question's word bigrams found in the chunk.
- ``position``: chunk index / (chunks - 1); ``length``: tokens / the document's longest chunk.
- ``value_log``, ``value_density``: value-like tokens (numbers of 3+ digits, UUIDs, codes
  mixing letters and digits, upper-case identifiers) — log count, and per word.
- ``later_match``, ``earlier_match``: among the chunks sharing the most question words
  (BM25 at least half the best), how late / early this chunk comes (0 elsewhere) —
  lets the head tell the latest write of a key from its first.
- ``q_latest``, ``q_earlier``: whether the question asks for a current / an earlier
  state (cue words such as "current", "latest" / "first", "previous", "original").
- ``slot_match``, ``slot_bind``, ``slot_withdraw``, ``slot_lookalike``: from the hybrid's
  slot reader (``slot_reader``), read once over the whole document — the best
  probability that one of the chunk's sentences is about the asked key, and that
  one such sentence binds, withdraws or only looks like a binding; ``slot_needed``:
  the reader's belief that the question needs the chunk (the key's soft history:
  the value in force, the n-th, a withdrawn one), ``slot_needed_top``: 1 for the
  chunk it believes in most. All 0 for a chunk without an event of the key.
"""

from __future__ import annotations

import math
import re
from typing import Sequence

import numpy as np

from ..sample import Chunk
from .bm25 import BM25, word_tokens
from .patterns import VALUE as _VALUE
from .encoder import DocumentEmbedding

FEATURES = (
    "dense_max", "dense_max_z", "dense_max_rr", "dense_max_gap", "dense_chunk", "dense_chunk_z",
    "bm25_norm", "bm25_z", "bm25_rr", "overlap", "bigram_overlap", "position", "length",
    "value_log", "value_density", "later_match", "earlier_match", "q_latest", "q_earlier",
    "slot_match", "slot_bind", "slot_withdraw", "slot_lookalike", "slot_needed", "slot_needed_top",
)

_SLOT_COLUMNS = 6
_LATEST = {"current", "currently", "latest", "now", "final", "last", "newest", "updated", "present"}
_EARLIER = {"first", "original", "originally", "initial", "initially", "previous", "previously", "earlier", "before", "old", "older", "prior"}
_STOP = frozenset(
    "a an the of to in on at for by with from and or is are was were be been it its this that these those "
    "what which who whom whose when where why how all any some do does did i you he she we they them his her "
    "our their as about into than then there here not no".split()
)


def chunk_features(
    question: str, chunks: Sequence[Chunk], embedding: DocumentEmbedding, query: np.ndarray,
    subset: Sequence[int] | None = None, bm25: np.ndarray | None = None, slots: Sequence[np.ndarray] | None = None,
) -> np.ndarray:
    """A (len(subset) x features) float32 matrix, columns in ``FEATURES`` order.

    ``subset``: the chunks ``embedding`` covers (default: all), in its order. Lexical
    features are computed over the whole document, dense ones over the subset.
    ``bm25``: the document's BM25 scores when the caller has them already.
    ``slots``: the slot reader's per-chunk columns over the whole document (``SlotReading.chunk_columns``; default: none).
    """
    n = len(chunks)
    rows = np.arange(n) if subset is None else np.asarray(subset, dtype=np.int64)
    dense_max = embedding.chunk_max(embedding.vectors @ query, len(rows))
    dense_chunk = embedding.chunk_means(len(rows)) @ query
    bm25 = np.asarray(BM25().score(question, chunks) if bm25 is None else bm25, dtype=np.float64)
    bm25_norm = bm25 / bm25.max() if bm25.max() > 0 else np.zeros(n)
    q_words = word_tokens(question)
    chunk_words = [word_tokens(c.text) for c in chunks]
    n_tokens = np.array([c.n_tokens for c in chunks], dtype=np.float64)
    values = np.array([len(_VALUE.findall(c.text)) for c in chunks], dtype=np.float64)
    words = np.array([max(len(w), 1) for w in chunk_words], dtype=np.float64)
    later, earlier = _order_among_matches(bm25_norm)
    q_set = set(q_words)
    lexical = [
        bm25_norm, _z(bm25), _reciprocal_rank(bm25), _overlap(q_words, chunk_words), _bigram_overlap(q_words, chunk_words),
        np.arange(n) / max(n - 1, 1), n_tokens / max(n_tokens.max(), 1), np.log1p(values), values / words, later, earlier,
    ]
    dense = [dense_max, _z(dense_max), _reciprocal_rank(dense_max), dense_max - dense_max.max(), dense_chunk, _z(dense_chunk)]
    cues = [np.full(len(rows), float(bool(q_set & _LATEST))), np.full(len(rows), float(bool(q_set & _EARLIER)))]
    slots = [np.zeros(n)] * _SLOT_COLUMNS if slots is None else slots
    return np.stack([*dense, *(c[rows] for c in lexical), *cues, *(c[rows] for c in slots)], axis=1).astype(np.float32)


def _z(x: np.ndarray) -> np.ndarray:
    return (x - x.mean()) / (x.std() + 1e-6)


def _reciprocal_rank(x: np.ndarray) -> np.ndarray:
    order = sorted(range(len(x)), key=lambda i: (-x[i], i))  # ties: earlier first, as the greedy fill does
    ranks = np.empty(len(x))
    ranks[order] = np.arange(len(x))
    return 1.0 / (1.0 + ranks)


def _overlap(q_words: list[str], chunk_words: list[list[str]]) -> np.ndarray:
    terms = sorted({w for w in q_words if w not in _STOP}) or sorted(set(q_words))
    if not terms:
        return np.zeros(len(chunk_words))
    sets = [set(w) for w in chunk_words]
    n = len(sets)
    idf = {t: math.log((n + 1) / (sum(t in s for s in sets) + 0.5)) for t in terms}
    total = sum(idf.values()) or 1.0
    return np.array([sum(idf[t] for t in terms if t in s) / total for s in sets])


def _bigram_overlap(q_words: list[str], chunk_words: list[list[str]]) -> np.ndarray:
    wanted = set(zip(q_words, q_words[1:]))
    if not wanted:
        return np.zeros(len(chunk_words))
    return np.array([len(wanted & set(zip(w, w[1:]))) / len(wanted) for w in chunk_words])


def _order_among_matches(bm25_norm: np.ndarray, threshold: float = 0.5) -> tuple[np.ndarray, np.ndarray]:
    """For chunks scoring at least ``threshold`` of the best: 1 for the last/first of them, down to 1/k."""
    later, earlier = np.zeros(len(bm25_norm)), np.zeros(len(bm25_norm))
    matches = [i for i in range(len(bm25_norm)) if bm25_norm[i] >= threshold and bm25_norm[i] > 0]
    for rank, i in enumerate(matches):
        earlier[i] = 1.0 / (1 + rank)
        later[i] = 1.0 / (len(matches) - rank)
    return later, earlier
