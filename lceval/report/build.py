"""A run folder's numbers: one summary per cell, per (task, selector, budget) and overall.

Seeds are pooled. A selector that ignores the budget (``full``) has cells with
budget None and is the reference every gap is measured against.
"""

from __future__ import annotations

import dataclasses
import math
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import LcevalError
from ..families import family
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
    identical: list[dict[str, Any]] = field(default_factory=list)  # selector pairs that kept the same chunks
    runs: list[dict[str, Any]] = field(default_factory=list)  # several when comparing: name, folder, model, fingerprint

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

    def reference_for(self, selector: str) -> str | None:
        """The whole-context selector ``selector`` is compared with: the one of its own run when comparing runs."""
        run = _run_of(selector)
        return next((r for r in self.references if _run_of(r) == run), None)

    def shows_depth(self, task: str) -> bool:
        """Whether the depth heatmaps show ``task``: its family says so (RULER: NIAH) and its samples have evidence."""
        records = next((f.records for f in self.finished if f.cell.task == task and f.records), [])
        return any(family(r["family"]).shows_depth(r["task"]) for r in records[:1]) and any(r.get("evidence_depths") for r in records)

    @property
    def tiny(self) -> bool:
        return any(m.get("type") == "tiny-random" for m in [self.model, *(r["model"] for r in self.runs)])

    def _all_cells(self) -> list[Cell]:
        return [*self.planned, *(f.cell for f in self.finished)]


def build_report(run_dir: str | Path, iters: int = 2000) -> Report:
    store = _open(run_dir)
    fingerprint, planned, finished = _latest_plan(store)
    name = store.source().get("name") or store.root.name
    report = Report(store.root, name, fingerprint.get("model", {}), planned, finished, iters, store.damaged)
    report.runs = [{"name": name, "folder": str(store.root), "model": report.model, "fingerprint": fingerprint}]
    return _summarize(report)


def build_comparison(run_dirs: list[str | Path], output: Path, iters: int = 2000) -> Report:
    """Several runs as one report: each selector is labelled ``run/selector`` and compared with its own run's full."""
    stores = [_open(d) for d in run_dirs]
    names = _run_names(stores)
    planned, finished, runs, damaged = [], [], [], []
    for store, name in zip(stores, names):
        fingerprint, cells, done = _latest_plan(store)
        planned += [_relabel(c, name) for c in cells]
        finished += [dataclasses.replace(f, cell=_relabel(f.cell, name)) for f in done]
        damaged += [f"{name}/{d}" for d in store.damaged]
        runs.append({"name": name, "folder": str(store.root), "model": fingerprint.get("model", {}), "fingerprint": fingerprint})
    report = Report(Path(output), " vs ".join(names), {"type": "several (see runs)"}, planned, finished, iters, damaged, runs=runs)
    return _summarize(report)


def _latest_plan(store: RunStore) -> tuple[dict[str, Any], list[Cell], list[CellFiles]]:
    """The run's fingerprint, planned cells and finished ones; cells of earlier configurations stay on disk,
    but a report is of the latest plan."""
    fingerprint, planned, finished = store.fingerprint(), store.planned(), store.finished()
    if planned:
        wanted = {c.id for c in planned}
        finished = [f for f in finished if f.cell.id in wanted]
    return fingerprint, planned, finished


def _open(run_dir) -> RunStore:
    store = RunStore(Path(run_dir))
    if not (store.root / "run.json").is_file():
        raise LcevalError(f"{str(run_dir)!r} is not a sweep run folder (no run.json); run `lceval sweep CONFIG` first.")
    return store


def _run_names(stores: list[RunStore]) -> list[str]:
    """Folder names, made unique with their parent's name when two runs share one."""
    names = [s.root.name for s in stores]
    if len(set(names)) < len(names):
        names = [f"{s.root.parent.name}/{s.root.name}" for s in stores]
    if len(set(names)) < len(names):
        raise LcevalError(f"the same run folder is given twice: {', '.join(map(str, (s.root for s in stores)))}.")
    return [n.replace("/", "-") for n in names]


def _relabel(cell: Cell, run: str) -> Cell:
    return dataclasses.replace(cell, selector=f"{run}/{cell.selector}")


def _run_of(selector: str) -> str:
    return selector.rsplit("/", 1)[0] if "/" in selector else ""


def _summarize(report: Report) -> Report:
    _summarize_cells(report)
    _summarize_groups(report)
    report.identical = identical_selections(report.finished)
    return report


def _summarize_cells(report: Report) -> None:
    full = {(f.cell.task, f.cell.selector, f.cell.seed): f for f in report.finished if f.cell.budget is None}
    for f in report.finished:
        row = {"run": _run_of(f.cell.selector) or report.name, **f.cell.to_dict(), **summarize({f.cell.task: f.records}, report.iters)}
        row.update({k: f.result.get(k) for k in ("requests", "model_calls", "cache_hits", "model_s", "wall_s", "selector_repr")})
        ref = full.get((f.cell.task, report.reference_for(f.cell.selector), f.cell.seed))
        row["gap_to_full"] = row["score"] - _mean_score(ref.records) if ref and f.cell.budget is not None else None
        report.cells.append(row)


def _summarize_groups(report: Report) -> None:
    pooled: dict[tuple[str, str, Budget], list[Record]] = defaultdict(list)
    for f in report.finished:
        pooled[(f.cell.task, f.cell.selector, f.cell.budget)].extend(f.records)
    for key, records in pooled.items():
        report.groups[key] = summarize({key[0]: records}, report.iters)
    for selector in [*report.references, *report.selectors]:
        reference = report.reference_for(selector)
        for budget in [None] if selector in report.references else report.budgets:
            by_task = {t: pooled[(t, selector, budget)] for t in report.tasks if (t, selector, budget) in pooled}
            if not by_task:
                continue
            row = summarize(by_task, report.iters)
            ref_tasks = {t: pooled[(t, reference, None)] for t in by_task if (t, reference, None) in pooled}
            row["gap_to_full"] = row["score"] - summarize(ref_tasks, 0)["score"] if budget is not None and len(ref_tasks) == len(by_task) else math.nan
            report.overall[(selector, budget)] = row
    for (task, selector, budget), row in report.groups.items():
        ref = report.groups.get((task, report.reference_for(selector), None))
        row["gap_to_full"] = row["score"] - ref["score"] if ref and budget is not None else math.nan
        row["full_score"] = ref["score"] if ref else math.nan  # beside kept-vs-lost: ~0 means the task fails anyway


def identical_selections(finished: list[CellFiles]) -> list[dict[str, Any]]:
    """Per task and budget, pairs of selectors that kept exactly the same chunks on every sample.

    Their lines coincide in the plots (one hides the other); the report says so.
    """
    kept: dict[tuple[str, Budget, str], dict[tuple, tuple]] = defaultdict(dict)
    for f in finished:
        if f.cell.budget is not None:
            for r in f.records:
                kept[(f.cell.task, f.cell.budget, f.cell.selector)][(f.cell.seed, r.get("doc_id"))] = tuple(r.get("kept_chunks") or ())
    out = []
    for (task, budget, a), mine in kept.items():
        for (other_task, other_budget, b), theirs in kept.items():
            if a < b and (task, budget) == (other_task, other_budget) and mine.keys() == theirs.keys() and mine == theirs:
                out.append({"selectors": [a, b], "task": task, "budget": budget, "samples": len(mine)})
    return sorted(out, key=lambda d: (d["selectors"], d["task"], isinstance(d["budget"], float), d["budget"]))


def _mean_score(records: list[Record]) -> float:
    return sum(r["score"] for r in records) / len(records) if records else math.nan


def _unique(items) -> list:
    return list(dict.fromkeys(items))
