"""The planned work of a sweep, said before it starts: cells, prompts, prompt tokens, and time once known.

Tokens are an upper bound from the plan alone (a budget in tokens, a fraction
of the task's length, or the whole length for ``full``), so the line can be
printed before any data is generated. Time comes from the run's finished
cells (seconds per prompt: generation, not prompt length, dominates a small
model's time: on the built-in reader a 256-token cell took as long as a 4K one),
so it appears once the first cell has run; until then the live display's ETA
takes over after the first samples.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..families import family
from ..task_index import resolve
from .config import SweepConfig
from .plan import Cell

DEFAULT_SAMPLES = 100  # what a family reads when num_samples is unset (LongBench: every record, fewer or more)


@dataclass
class Estimate:
    cells: int
    to_run: int
    prompts: int
    tokens: int
    seconds: float | None  # None until a cell has finished

    def line(self) -> str:
        text = (f"plan: {self.cells} cells ({self.to_run} to run), {self.prompts:,} prompts, "
                f"≤ {_si(self.tokens)} prompt tokens")
        if self.to_run == 0:
            return text + "; nothing to run."
        if self.seconds is None:
            return text + "; time: the ETA shows once the first samples finish."
        return text + f"; time ≈ {_duration(self.seconds)} (from this run's finished cells)."


def estimate(cfg: SweepConfig, cells: list[Cell], finished: dict[str, float]) -> Estimate:
    """``finished``: cell id -> wall seconds of the cells already in the run folder."""
    todo = [c for c in cells if c.id not in finished]
    samples = cfg.num_samples or DEFAULT_SAMPLES
    planned = {c.id for c in cells}
    done = [finished[i] for i in finished if i in planned]
    per_prompt = sum(done) / (samples * len(done)) if done else None
    prompts = samples * len(todo)
    tokens = sum(samples * cell_tokens(cfg, c) for c in todo)
    return Estimate(len(cells), len(todo), prompts, tokens, None if per_prompt is None else per_prompt * prompts)


def cell_tokens(cfg: SweepConfig, cell: Cell) -> int:
    """At most this many prompt tokens per sample: the budget, or the task's length for the whole context."""
    length = cfg.max_seq_length or family(resolve(cell.task)[0]).defaults["max_seq_length"]
    if cell.budget is None:
        return length
    if isinstance(cell.budget, float):
        return int(cell.budget * length)
    return min(cell.budget, length)


def _si(n: int) -> str:
    for unit, size in (("G", 1e9), ("M", 1e6), ("k", 1e3)):
        if n >= size:
            return f"{n / size:.1f}{unit}"
    return str(n)


def _duration(seconds: float) -> str:
    if seconds < 90:
        return f"{seconds:.0f} s"
    if seconds < 5400:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.1f} h"
