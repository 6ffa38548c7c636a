"""The shard folders of one sweep (``<output>/shard-i-of-N``, written by ``lceval sweep --shard``) read as one run.

Each shard folder's run.json carries a shard marker (its index, N and the whole
plan); shards merge only when they are shards of one sweep on one model
(equal fingerprints and plans).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import LcevalError
from .cell import Cell
from .folder import CellFiles, RunFolder

FOLDER = re.compile(r"^shard-(\d+)-of-(\d+)$")
# Fingerprint entries that differ between machines for the same model (file times); the plans' cell keys,
# compared too, hash the model's files by content.
MACHINE_LOCAL = {"model_weights"}


def shard_folder(index: int, count: int) -> str:
    """The folder name of shard ``index`` (1-based) of ``count``."""
    return f"shard-{index}-of-{count}"


@dataclass
class MergedShards:
    """The shard folders of one sweep, read like one run folder (the same reading methods as ``RunFolder``)."""

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
    stores = [RunFolder(f) for f in folders]
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


def open_run(run_dir: str | Path) -> RunFolder | MergedShards:
    """A run folder; a folder of shard-i-of-N folders reads as one run (the shards merged)."""
    store = RunFolder(Path(run_dir))
    if (store.root / "run.json").is_file():
        return store
    if (shards := merge_shards(store.root)) is not None:  # cells of a missing shard are missing cells
        return shards
    raise LcevalError(f"{str(run_dir)!r} is not a sweep run folder (no run.json); run `lceval sweep CONFIG` first.")
