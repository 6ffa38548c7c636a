"""The selector interface: rank a context's chunks for a question, keep the best within a budget.

Two levels (after NVIDIA/kvpress's presses): ``Selector.select`` returns the
kept chunk indices; ``ScoringSelector`` only needs ``score`` and keeps the
highest-scoring chunks that fit the token budget. Kept chunks always go back
into the prompt in their original order.
"""

from __future__ import annotations

import math
from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import ClassVar, Sequence

from ..errors import LcevalError
from ..sample import Chunk, Evidence


def resolve_budget(budget: int | float | None, total_tokens: int) -> int:
    """A token budget from an int (tokens) or a float in (0, 1] (fraction of the context)."""
    if budget is None:
        return total_tokens
    if isinstance(budget, bool) or not isinstance(budget, (int, float)):
        raise LcevalError(f"budget must be an integer token count or a fraction in (0, 1], got {budget!r}.")
    if isinstance(budget, int):
        if budget <= 0:
            raise LcevalError(f"budget must be a positive number of tokens, got {budget}.")
        return budget
    if not 0.0 < budget <= 1.0 or math.isnan(budget):
        raise LcevalError(f"a fractional budget must be in (0, 1], got {budget}. Use an integer for a token budget.")
    return math.ceil(budget * total_tokens)


def check_budget(budget: int | float) -> int | float:
    """A budget as configured (tokens, or a fraction in (0, 1]), validated the same for every entry point."""
    if isinstance(budget, bool) or not isinstance(budget, (int, float)) or (isinstance(budget, float) and not math.isfinite(budget)):
        raise LcevalError(f"a budget must be an integer (tokens) or a float in (0, 1] (a fraction), got {budget!r} ({type(budget).__name__}).")
    resolve_budget(budget, 1)
    return budget


@dataclass
class Selector(ABC):
    """Chooses which chunks of a context reach the model.

    ``evidence`` is passed to every selector but only one that declares
    ``reads_evidence`` (``oracle``) may read it: a real selector decides from
    the question and the chunk texts alone. One that declares
    ``ignores_budget`` (``full``) keeps what it keeps whatever the budget, so a
    sweep runs it once per task, not once per budget.
    """

    ignores_budget: ClassVar[bool] = False
    reads_evidence: ClassVar[bool] = False

    @abstractmethod
    def select(self, question: str, chunks: Sequence[Chunk], budget: int, evidence: Sequence[Evidence] = ()) -> list[int]:
        """Indices of kept chunks, ascending, whose tokens sum to at most ``budget``."""


@dataclass
class ScoringSelector(Selector):
    """A selector defined by a relevance score per chunk; higher is kept first."""

    @abstractmethod
    def score(self, question: str, chunks: Sequence[Chunk], evidence: Sequence[Evidence] = ()) -> list[float]:
        """One relevance score per chunk."""

    def select(self, question, chunks, budget, evidence=()):
        if not chunks:
            return []
        scores = self.score(question, chunks, evidence)
        return keep_within_budget(chunks, scores, budget)


def keep_within_budget(chunks: Sequence[Chunk], scores: Sequence[float], budget: int) -> list[int]:
    """Best-first greedy fill: take chunks by descending score (ties: earlier first) while they fit."""
    order = sorted(range(len(chunks)), key=lambda i: (-scores[i], i))
    kept, used = [], 0
    for i in order:
        if used + chunks[i].n_tokens <= budget:
            kept.append(i)
            used += chunks[i].n_tokens
    return sorted(kept)
