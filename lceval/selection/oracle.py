"""``oracle``: keeps the evidence first — the upper bound any real selector can reach."""

from dataclasses import dataclass
from typing import ClassVar

from .base import ScoringSelector


@dataclass
class Oracle(ScoringSelector):
    """Chunks overlapping an evidence span first, then the rest by position (earliest first).

    Reads the gold evidence, so it is a reference line in reports, never a method.
    """

    reads_evidence: ClassVar[bool] = True

    def score(self, question, chunks, evidence=()):
        n = len(chunks)
        return [2.0 if any(c.overlaps(e) for e in evidence) else 1.0 - c.index / n for c in chunks]
