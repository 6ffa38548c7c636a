"""``fusion``: reciprocal rank fusion of scoring selectors (Cormack, Clarke & Buettcher, SIGIR 2009).

Each member ranks every chunk; a chunk scores ``sum(1 / (k + rank))`` over the
members, so a chunk that any member ranks near the top rises, and scales that
do not compare (BM25's unbounded scores, cosines) never need calibrating.
The default fuses the lexical and the dense baseline, which fail on different
questions: BM25 on a paraphrased key, the encoder on a look-alike that shares
the key's words.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from .base import ScoringSelector


@dataclass
class Fusion(ScoringSelector):
    """Chunks by reciprocal rank fusion of ``members``.

    members: scoring selectors (registered names, presets or specs), each ranking every chunk.
    k: the rank offset; larger flattens the difference between a member's first and tenth chunk.
    """

    members: list[Any] = field(default_factory=lambda: ["bm25", "dense"])
    k: float = 60.0

    def __post_init__(self):
        from . import build_selector

        if not isinstance(self.members, (list, tuple)) or not self.members:
            raise ValueError(f"members must be a non-empty list of scoring selectors, got {self.members!r}")
        self.members = [m if isinstance(m, ScoringSelector) else build_selector(m) for m in self.members]
        for m in self.members:
            if not isinstance(m, ScoringSelector):
                raise ValueError(f"fusion members must score every chunk; {type(m).__name__} only selects")
        if not self.k > 0:
            raise ValueError(f"k must be positive, got {self.k!r}")

    def score(self, question, chunks, evidence=()):
        fused = np.zeros(len(chunks))
        for member in self.members:
            scores = np.asarray(member.score(question, chunks), dtype=float)
            ranks = np.empty(len(chunks))
            ranks[np.lexsort((np.arange(len(chunks)), -scores))] = np.arange(1, len(chunks) + 1)  # ties: earlier first
            fused += 1.0 / (self.k + ranks)
        return fused.tolist()
