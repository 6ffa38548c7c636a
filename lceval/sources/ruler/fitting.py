"""Fit a generated prompt to the token budget by searching over the haystack size.

Upstream binary-searches the size once per task and shrinks an overflowing
sample by a fixed step (500 essay words, 25 noise sentences, 10 documents).
Here each sample gets its own search on exact token counts (secant steps,
then bisection), so every prompt fits and fills the budget as closely as the
haystack's unit allows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Generic, TypeVar

from ...errors import LcevalError

T = TypeVar("T")


@dataclass
class Fitted(Generic[T]):
    """The largest size found that fits, its built payload and its token count."""

    size: int
    payload: T
    tokens: int


def fit_size(
    build: Callable[[int], T],
    count: Callable[[T], int],
    budget: int,
    guess: int,
    minimum: int = 1,
    tolerance: float = 0.005,
    max_steps: int = 30,
) -> Fitted[T]:
    """Largest ``n >= minimum`` with ``count(build(n)) <= budget``, to within ``tolerance * budget`` tokens."""
    if budget <= 0:
        raise LcevalError(f"no room for a prompt: max_seq_length leaves {budget} tokens after the generation budget.")
    best: Fitted[T] | None = None
    over: int | None = None  # smallest size known to overflow
    n, previous = max(guess, minimum), None
    for _ in range(max_steps):
        payload = build(n)
        tokens = count(payload)
        if tokens <= budget:
            if best is None or n > best.size:
                best = Fitted(n, payload, tokens)
            if budget - tokens <= tolerance * budget:
                break
        else:
            over = n if over is None else min(over, n)
        if over is None and previous is not None and n >= 2 * previous[0] and tokens <= previous[1]:
            # growing the haystack adds nothing (an empty source): no size can ever fill the budget
            raise LcevalError(f"the haystack stays at {tokens} tokens however large: its source text is empty.")
        low = best.size if best is not None else minimum - 1
        if over is not None and over - low <= 1:
            break
        n, previous = _next_size(n, tokens, previous, budget, low, over), (n, tokens)
    if best is None:
        raise LcevalError(f"even the smallest haystack does not fit in {budget} tokens: raise max_seq_length.")
    return best


def _next_size(n: int, tokens: int, previous: tuple[int, int] | None, budget: int, low: int, over: int | None) -> int:
    """A secant step towards the budget, kept strictly inside the open interval (low, over)."""
    if previous is not None and previous[0] != n and previous[1] != tokens:
        per_unit = (tokens - previous[1]) / (n - previous[0])
    else:
        per_unit = tokens / max(n, 1)
    per_unit = max(per_unit, 1e-3)
    step = (budget - tokens) / per_unit
    guess = n + int(step) if step >= 0 else n + int(step) - 1
    if over is None:  # everything tried so far fits: grow
        return max(guess, low + 1)
    if low + 1 <= guess < over:
        return guess
    return (low + over) // 2
