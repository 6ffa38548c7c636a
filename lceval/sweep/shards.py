"""Sweeps spread over machines: shard ``i`` of ``N`` runs a deterministic share of the cells.

Cells go to shards by expected work (samples x prompt tokens), largest
first, each to the least loaded shard; ties break on the cell id, so every
machine computes the same split from the same config. A shard writes its own
run folder ``<output>/shard-i-of-N`` with a shard marker in run.json (its
index, N and the whole plan). ``lceval report <output>`` merges the shard
folders it finds there into one report (``lceval.runfolder.shards``), after checking
that they are shards of one sweep on one model (equal fingerprints and plans).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..errors import LcevalError
from ..families import family
from ..runfolder import Cell, shard_folder
from ..task_index import resolve
from .config import SweepConfig


@dataclass(frozen=True)
class Shard:
    index: int  # 1-based, as written on the command line
    count: int

    @classmethod
    def parse(cls, text: str) -> "Shard":
        match = re.fullmatch(r"\s*(\d+)\s*/\s*(\d+)\s*", text or "")
        if not match or not 1 <= int(match[1]) <= int(match[2]):
            raise LcevalError(f"--shard takes i/N with 1 <= i <= N (e.g. 1/4), got {text!r}.")
        return cls(int(match[1]), int(match[2]))

    @property
    def folder(self) -> str:
        return shard_folder(self.index, self.count)

    def marker(self, cells: list[Cell]) -> dict[str, Any]:
        """What run.json records so the shards of one sweep can be found and merged."""
        return {"index": self.index, "count": self.count, "plan": [c.to_dict() for c in cells]}


def expected_work(cfg: SweepConfig, cell: Cell) -> float:
    """Prompt tokens a cell sends the model: samples x its budget (the whole context for ``full``)."""
    defaults = family(resolve(cell.task)[0]).defaults
    context = cfg.max_seq_length or defaults["max_seq_length"]
    budget = cell.budget
    tokens = context if budget is None else (budget * context if isinstance(budget, float) else min(budget, context))
    samples = cfg.num_samples or defaults.get("num_samples") or 200  # LongBench: every record, ~200
    return samples * tokens


def assign(cfg: SweepConfig, cells: list[Cell], count: int) -> dict[str, int]:
    """Cell id -> shard index (1-based): longest-processing-time-first onto the least loaded shard."""
    loads, owner = [0.0] * count, {}
    for cell in sorted(cells, key=lambda c: (-expected_work(cfg, c), c.id)):
        target = min(range(count), key=lambda i: (loads[i], i))
        loads[target] += expected_work(cfg, cell)
        owner[cell.id] = target + 1
    return owner


def shard_cells(cfg: SweepConfig, cells: list[Cell], shard: Shard) -> list[Cell]:
    """This shard's cells, in plan order."""
    owner = assign(cfg, cells, shard.count)
    return [c for c in cells if owner[c.id] == shard.index]

