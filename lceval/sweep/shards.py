"""Sweeps spread over machines: shard ``i`` of ``N`` runs a deterministic share of the cells.

Cells go to shards by expected work (samples x prompt tokens), largest
first, each to the least loaded shard; ties break on the cell id, so every
machine computes the same split from the same config. A shard writes its own
run folder ``<output>/shard-i-of-N`` with a shard marker in run.json (its
index, N and the whole plan). ``lceval report <output>`` merges the shard
folders it finds there into one report, after checking that they are shards
of one sweep on one model (equal fingerprints and plans).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import LcevalError
from ..families import family
from ..task_index import resolve
from .config import SweepConfig
from .plan import Cell
from .store import CellFiles, RunStore

FOLDER = re.compile(r"^shard-(\d+)-of-(\d+)$")
# Fingerprint entries that differ between machines for the same model (file times); the plans' cell keys,
# compared too, hash the model's files by content.
MACHINE_LOCAL = {"model_weights"}


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
        return f"shard-{self.index}-of-{self.count}"

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


@dataclass
class MergedShards:
    """The shard folders of one sweep, read like one run folder (the reading half of ``RunStore``)."""

    root: Path
    _fingerprint: dict[str, Any]
    _source: dict[str, Any]
    _planned: list[Cell]
    _finished: list[CellFiles]
    damaged: list[str]

    def fingerprint(self) -> dict[str, Any]:
        return self._fingerprint

    def source(self) -> dict[str, Any]:
        return self._source

    def planned(self) -> list[Cell]:
        return self._planned

    def finished(self) -> list[CellFiles]:
        return self._finished


def shard_folders(root: Path) -> list[Path]:
    return sorted(p for p in Path(root).glob("shard-*-of-*") if FOLDER.match(p.name) and (p / "run.json").is_file())


def merge_shards(root: Path) -> MergedShards | None:
    """The shard folders under ``root`` as one run; None if there are none. Refuses shards of different runs."""
    folders = shard_folders(root)
    if not folders:
        return None
    stores = [RunStore(f) for f in folders]
    markers = [json.loads((s.root / "run.json").read_text()).get("shard") for s in stores]
    if any(m is None for m in markers):
        raise LcevalError(f"{str(root)!r}: a shard folder has no shard marker in its run.json; was it written by `lceval sweep --shard`?")
    first, first_fp = stores[0], stores[0].fingerprint()
    for store, marker in zip(stores[1:], markers[1:]):
        fingerprint = store.fingerprint()
        changed = sorted(k for k in {*first_fp, *fingerprint} - MACHINE_LOCAL if first_fp.get(k) != fingerprint.get(k))
        if changed:
            raise LcevalError(
                f"cannot merge {store.root.name} with {first.root.name}: they differ in {', '.join(changed)} "
                "(shards of one sweep share one model and data settings)."
            )
        if marker["count"] != markers[0]["count"] or marker["plan"] != markers[0]["plan"]:
            raise LcevalError(
                f"cannot merge {store.root.name} with {first.root.name}: they split different sweeps "
                "(another config, model files or shard count: their cells' identities differ)."
            )
    indexes = [m["index"] for m in markers]
    if len(set(indexes)) != len(indexes):
        raise LcevalError(f"{str(root)!r} holds shard folders with the same index twice: {sorted(indexes)}.")
    finished = [f for s in stores for f in s.finished()]
    return MergedShards(Path(root), first_fp, first.source(), [Cell.from_dict(c) for c in markers[0]["plan"]],
                        finished, [d for s in stores for d in s.damaged])
