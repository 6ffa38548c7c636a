"""Fit a generated prompt to the token budget by choosing the haystack size.

Two procedures (the ``length_fit`` setting):

- ``upstream`` (default), NVIDIA/RULER's: the size is searched once per task
  (``search_once``, a binary search on freshly drawn examples), then each
  sample takes that size and, when it overflows, steps down by a fixed amount
  (``step_down``: 500 essay words, 25 noise or needle lines, 10 documents,
  10 noise lines for vt, 10 cwe words). Scores are comparable with upstream's
  tables; a share of the prompts sit well under the target.
- ``tight``: each sample gets its own search on exact token counts (secant
  steps, then bisection, ``fit_size``), so every prompt fills the budget as
  closely as the haystack's unit allows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Generic, TypeVar

from ...errors import LcevalError

T = TypeVar("T")

LENGTH_FITS = ("upstream", "tight")


def check_length_fit(length_fit: str) -> str:
    if length_fit not in LENGTH_FITS:
        raise LcevalError(f"length_fit must be one of {', '.join(LENGTH_FITS)}, got {length_fit!r}.")
    return length_fit


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


def search_once(count_at: Callable[[int], int], budget: int, lower: int, upper: int) -> int | None:
    """Upstream's once-per-task binary search: the largest size in [lower, upper] whose example fits.

    ``count_at(n)`` builds a fresh example of size ``n`` (upstream draws new
    needles for every probe) and returns its token count.
    """
    best = None
    while lower <= upper:
        mid = (lower + upper) // 2
        if count_at(mid) <= budget:
            best, lower = mid, mid + 1
        else:
            upper = mid - 1
    return best


def upstream_upper_bound(tokens_at_step: int, step: int, max_seq_length: int, factor: int = 3) -> int:
    """Upstream's search ceiling: ``factor`` times the sizes that the probe's tokens per unit allow."""
    per_unit = tokens_at_step / step
    return max(int(max_seq_length / per_unit * factor), step * 2)


def step_down(build: Callable[[int], T], count: Callable[[T], int], budget: int, size: int, step: int, minimum: int = 1) -> Fitted[T]:
    """One sample at the task's size, ``step`` smaller while it overflows (upstream's per-sample rule).

    Where upstream would loop for ever (the sample still overflows at ``step``
    or less), the sample is fitted tightly instead.
    """
    while True:
        payload = build(size)
        tokens = count(payload)
        if tokens <= budget:
            return Fitted(size, payload, tokens)
        if size <= step:
            return fit_size(build, count, budget, guess=min(size, step), minimum=minimum)
        size -= step
