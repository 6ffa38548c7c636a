"""The cells of a sweep: task x selector x budget x seed, with ``full`` once per (task, seed)."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from .config import SweepConfig


@dataclass(frozen=True)
class Cell:
    task: str
    selector: str  # the sweep's label for the selector
    budget: int | float | None  # None: the selector keeps the whole context, whatever the budget
    seed: int

    @property
    def budget_label(self) -> str:
        return "all" if self.budget is None else repr(self.budget)

    @property
    def id(self) -> str:
        """A folder name, unique within a run."""
        return f"{self.task}__{self.selector}__{self.budget_label}__s{self.seed}"

    def to_dict(self) -> dict:
        return asdict(self)


def plan(cfg: SweepConfig) -> list[Cell]:
    """Every cell, in run order: per seed and task, each selector at each budget."""
    whole = {e.label: e.selector.ignores_budget for e in cfg.selectors}
    return [
        Cell(task, entry.label, budget, seed)
        for seed in cfg.seeds
        for task in cfg.tasks
        for entry in cfg.selectors
        for budget in ([None] if whole[entry.label] else cfg.budgets)
    ]
