"""A run folder on disk: one model, its response cache, one folder per finished cell.

Layout::

    <run>/run.json              fingerprint (model + data settings) every cell shares
    <run>/config.yaml           the sweep config exactly as written (latest invocation)
    <run>/plan.json             the planned cells, so a partial run knows what is missing
    <run>/sessions.jsonl        one line per invocation: cells run, model calls, wall time
    <run>/responses.sqlite      model responses by request (resume inside a cell)
    <run>/cells/<cell id>/      result.json, samples.jsonl, config.json — written to a
                                temporary folder and renamed, so a cell is all there or absent
"""

from __future__ import annotations

import fcntl
import json
import math
import os
import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonlines
import yaml

from ..cache import atomic_write_text
from ..errors import LcevalError
from .plan import Cell

PARTIAL = ".partial-"


def to_json(value: Any) -> Any:
    """NaN -> None, recursively: the files stay standard JSON."""
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, dict):
        return {k: to_json(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_json(v) for v in value]
    return value


@dataclass
class CellFiles:
    cell: Cell
    result: dict[str, Any]
    records: list[dict[str, Any]]
    config: dict[str, Any]


class RunStore:
    def __init__(self, root: Path):
        self.root = Path(root)
        self.cells_dir = self.root / "cells"
        self._lock = None

    # -- writing (a sweep) -------------------------------------------------

    def open(self, fingerprint: dict[str, Any], source: dict[str, Any], cells: list[Cell]) -> None:
        """Claim the folder for this sweep: same fingerprint as before, no other sweep writing."""
        self.root.mkdir(parents=True, exist_ok=True)
        self._lock = open(self.root / ".lock", "w")
        try:
            fcntl.flock(self._lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self.close()
            raise LcevalError(f"another sweep is writing to {str(self.root)!r}; wait for it or choose another output.") from None
        try:
            self._check_fingerprint(fingerprint)
        except LcevalError:
            self.close()
            raise
        atomic_write_text(self.root / "config.yaml", yaml.safe_dump(source, sort_keys=False))
        atomic_write_text(self.root / "plan.json", json.dumps([c.to_dict() for c in cells], indent=1))
        self.cells_dir.mkdir(exist_ok=True)
        for leftover in self.cells_dir.glob(PARTIAL + "*"):  # a cell killed while being written
            shutil.rmtree(leftover, ignore_errors=True)

    def _check_fingerprint(self, fingerprint: dict[str, Any]) -> None:
        run_file, fingerprint = self.root / "run.json", to_json(fingerprint)
        if not run_file.is_file():
            atomic_write_text(run_file, json.dumps({"fingerprint": fingerprint, "created": time.time()}, indent=2))
            return
        before = json.loads(run_file.read_text())["fingerprint"]
        changed = sorted(k for k in fingerprint if before.get(k) != fingerprint[k])
        if changed:
            raise LcevalError(
                f"{str(self.root)!r} holds a run with different {', '.join(changed)}; "
                "use another output folder (or delete that run) to change them."
            )

    def close(self) -> None:
        """Release the folder for the next sweep."""
        if self._lock is not None:
            self._lock.close()
            self._lock = None

    def done(self, cell: Cell) -> bool:
        return (self.cells_dir / cell.id).is_dir()

    def save(self, cell: Cell, result: dict[str, Any], records: list[dict[str, Any]], config: dict[str, Any]) -> None:
        """Write the three files of a cell into a temporary folder, then rename it into place."""
        tmp = self.cells_dir / f"{PARTIAL}{cell.id}-{os.getpid()}"
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        (tmp / "result.json").write_text(json.dumps(to_json({"cell": cell.to_dict(), **result}), indent=2))
        (tmp / "config.json").write_text(json.dumps(to_json(config), indent=2, default=str))
        with jsonlines.open(tmp / "samples.jsonl", "w") as out:
            out.write_all(to_json(records))
        for path in tmp.iterdir():  # durable before the rename makes the cell visible
            with open(path, "rb") as f:
                os.fsync(f.fileno())
        os.rename(tmp, self.cells_dir / cell.id)

    def log_session(self, entry: dict[str, Any]) -> None:
        with open(self.root / "sessions.jsonl", "a", encoding="utf-8") as out:
            out.write(json.dumps(to_json(entry)) + "\n")

    # -- reading (a report) ------------------------------------------------

    def planned(self) -> list[Cell]:
        path = self.root / "plan.json"
        return [Cell(**c) for c in json.loads(path.read_text())] if path.is_file() else []

    def finished(self) -> list[CellFiles]:
        out = []
        for folder in sorted(self.cells_dir.glob("*")) if self.cells_dir.is_dir() else []:
            if folder.name.startswith(PARTIAL) or not (folder / "result.json").is_file():
                continue
            result = json.loads((folder / "result.json").read_text())
            with jsonlines.open(folder / "samples.jsonl") as lines:
                records = list(lines)
            out.append(CellFiles(Cell(**result["cell"]), result, records, json.loads((folder / "config.json").read_text())))
        return out

    def fingerprint(self) -> dict[str, Any]:
        path = self.root / "run.json"
        return json.loads(path.read_text())["fingerprint"] if path.is_file() else {}

    def source(self) -> dict[str, Any]:
        """The sweep config as last written."""
        path = self.root / "config.yaml"
        return (yaml.safe_load(path.read_text()) or {}) if path.is_file() else {}
