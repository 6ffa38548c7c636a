"""A run folder's numbers: one summary per cell, per (task, selector, budget) and overall.

Seeds are pooled. A selector that ignores the budget (``full``) has cells with
budget None and is the reference every gap is measured against.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import LcevalError
from ..sweep.plan import Cell
from ..sweep.store import CellFiles, RunStore
from .stats import Record, summarize

Budget = int | float | None
TINY_NOTE = "a randomly initialised model: scores are ~0 by design and only show that the pipeline runs end to end"


@dataclass
class Report:
    run_dir: Path
    name: str
    model: dict[str, Any]
    planned: list[Cell]
    finished: list[CellFiles]
    iters: int
    damaged: list[str] = field(default_factory=list)  # cell folders that could not be read
    cells: list[dict[str, Any]] = field(default_factory=list)
    groups: dict[tuple[str, str, Budget], dict[str, Any]] = field(default_factory=dict)
    overall: dict[tuple[str, Budget], dict[str, Any]] = field(default_factory=dict)

    @property
    def tasks(self) -> list[str]:
        return _unique(c.task for c in [*self.planned, *(f.cell for f in self.finished)])

    @property
    def references(self) -> list[str]:
        """Selectors that keep the whole context (run once per task and seed)."""
        return _unique(c.selector for c in self._all_cells() if c.budget is None)

    @property
    def selectors(self) -> list[str]:
        """Selectors that honour the budget."""
        return _unique(c.selector for c in self._all_cells() if c.budget is not None)

    @property
    def budgets(self) -> list[int | float]:
        found = {c.budget for c in self._all_cells() if c.budget is not None}
        return sorted(found, key=lambda b: (isinstance(b, float), b))  # tokens first, then fractions

    @property
    def missing(self) -> list[Cell]:
        done = {f.cell.id for f in self.finished}
        return [c for c in self.planned if c.id not in done]

    @property
    def tiny(self) -> bool:
        return self.model.get("type") == "tiny-random"

    def _all_cells(self) -> list[Cell]:
        return [*self.planned, *(f.cell for f in self.finished)]


def build_report(run_dir: str | Path, iters: int = 2000) -> Report:
    store = RunStore(Path(run_dir))
    if not (store.root / "run.json").is_file():
        raise LcevalError(f"{str(run_dir)!r} is not a sweep run folder (no run.json); run `lceval sweep CONFIG` first.")
    fingerprint, planned, finished = store.fingerprint(), store.planned(), store.finished()
    if planned:  # cells of earlier configurations stay on disk, but the report is of the latest plan
        wanted = {c.id for c in planned}
        finished = [f for f in finished if f.cell.id in wanted]
    name = store.source().get("name") or store.root.name
    report = Report(store.root, name, fingerprint.get("model", {}), planned, finished, iters, store.damaged)
    _summarize_cells(report)
    _summarize_groups(report)
    return report


def _summarize_cells(report: Report) -> None:
    full = {(f.cell.task, f.cell.seed): f for f in report.finished if f.cell.budget is None}
    for f in report.finished:
        row = {**f.cell.to_dict(), **summarize({f.cell.task: f.records}, report.iters)}
        row.update({k: f.result.get(k) for k in ("requests", "model_calls", "cache_hits", "model_s", "wall_s", "selector_repr")})
        ref = full.get((f.cell.task, f.cell.seed))
        row["gap_to_full"] = row["score"] - _mean_score(ref.records) if ref and f.cell.budget is not None else None
        report.cells.append(row)


def _summarize_groups(report: Report) -> None:
    pooled: dict[tuple[str, str, Budget], list[Record]] = defaultdict(list)
    for f in report.finished:
        pooled[(f.cell.task, f.cell.selector, f.cell.budget)].extend(f.records)
    for key, records in pooled.items():
        report.groups[key] = summarize({key[0]: records}, report.iters)
    reference = report.references[0] if report.references else None
    for selector in [*report.references, *report.selectors]:
        for budget in [None] if selector in report.references else report.budgets:
            by_task = {t: pooled[(t, selector, budget)] for t in report.tasks if (t, selector, budget) in pooled}
            if not by_task:
                continue
            row = summarize(by_task, report.iters)
            ref_tasks = {t: pooled[(t, reference, None)] for t in by_task if (t, reference, None) in pooled}
            row["gap_to_full"] = row["score"] - summarize(ref_tasks, 0)["score"] if budget is not None and len(ref_tasks) == len(by_task) else math.nan
            report.overall[(selector, budget)] = row
    for (task, selector, budget), row in report.groups.items():
        ref = report.groups.get((task, reference, None))
        row["gap_to_full"] = row["score"] - ref["score"] if ref and budget is not None else math.nan


def _mean_score(records: list[Record]) -> float:
    return sum(r["score"] for r in records) / len(records) if records else math.nan


def _unique(items) -> list:
    return list(dict.fromkeys(items))
