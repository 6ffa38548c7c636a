"""``recency``: keep the chunks nearest the end of the context, plus the first ``sink_chunks``.

The recency window of streaming and sliding-window KV caches, with the
"attention sink" of StreamingLLM (Xiao et al., 2023): the first tokens are
kept whatever their content. It never reads the question, so it is the
position-only baseline a query-aware selector has to beat.
"""

from __future__ import annotations

from dataclasses import dataclass

from lceval.selection import ScoringSelector


@dataclass
class Recency(ScoringSelector):
    """Keeps the last chunks that fit the budget, after the first ``sink_chunks`` chunks.

    sink_chunks: leading chunks kept before any recent one (0: a pure recency window).
    """

    sink_chunks: int = 0

    def __post_init__(self):
        if self.sink_chunks < 0:
            raise ValueError("sink_chunks must be >= 0")

    def score(self, question, chunks, evidence=()):
        n = len(chunks)
        return [float(n + 1) if c.index < self.sink_chunks else float(c.index) for c in chunks]
