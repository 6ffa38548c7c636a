"""A run folder on disk: one model, its response cache, one folder per finished cell.

Layout::

    <run>/run.json              what the latest invocation shared across cells (model, lengths, ...)
    <run>/config.yaml           the sweep config exactly as written (latest invocation)
    <run>/plan.json             the planned cells, so a partial run knows what is missing
    <run>/sessions.jsonl        one line per invocation: cells run, model calls, wall time
    <run>/responses.sqlite      model responses by request (resume inside a cell)
    <run>/cells/<slug>-<key>/   result.json, samples.jsonl, config.json — written to a
                                temporary folder and renamed, so a cell is all there or absent;
                                <key> hashes the cell's identity (see identity.py)
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
from ..data import current_sha256
from ..errors import LcevalError
from .identity import slug
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
        self.damaged: list[str] = []  # cell folders that could not be read (named by the report)

    # -- writing (a sweep) -------------------------------------------------

    def open(self, fingerprint: dict[str, Any], source: dict[str, Any], cells: list[Cell]) -> None:
        """Claim the folder for this sweep (no other sweep writing) and record what this invocation runs.

        Called only after the config has been validated: a folder is never
        pinned by a failed attempt. Cells are kept by identity, so a changed
        setting does not refuse the folder; it gives the affected cells new folders.
        """
        self.root.mkdir(parents=True, exist_ok=True)
        self._lock = open(self.root / ".lock", "w")
        try:
            fcntl.flock(self._lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self.close()
            raise LcevalError(f"another sweep is writing to {str(self.root)!r}; wait for it or choose another output.") from None
        created = self._created()
        atomic_write_text(self.root / "run.json", json.dumps({"fingerprint": to_json(fingerprint), "created": created}, indent=2))
        atomic_write_text(self.root / "config.yaml", yaml.safe_dump(source, sort_keys=False))
        atomic_write_text(self.root / "plan.json", json.dumps([c.to_dict() for c in cells], indent=1))
        self.cells_dir.mkdir(exist_ok=True)
        for leftover in self.cells_dir.glob(PARTIAL + "*"):  # a cell killed while being written
            shutil.rmtree(leftover, ignore_errors=True)

    def _created(self) -> float:
        try:
            return float(json.loads((self.root / "run.json").read_text())["created"])
        except (OSError, ValueError, KeyError, TypeError):  # absent or damaged: this run starts now
            return time.time()

    def close(self) -> None:
        """Release the folder for the next sweep."""
        if self._lock is not None:
            self._lock.close()
            self._lock = None

    def done(self, cell: Cell, data_dir: str | None = None) -> bool:
        """Whether the cell's folder is whole and the data files it read still hold the same bytes."""
        files = self._read(self.cells_dir / cell.id)
        if files is None:
            return False
        return all(current_sha256(name, data_dir) == sha for name, sha in (files.result.get("data_files") or {}).items())

    def save(self, cell: Cell, result: dict[str, Any], records: list[dict[str, Any]], config: dict[str, Any]) -> None:
        """Write the three files of a cell into a temporary folder, then rename it into place.

        A damaged or outdated folder of the same cell, and folders of the same
        labelled cell under an older identity, are replaced.
        """
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
        final = self.cells_dir / cell.id
        for old in [final, *self._older(cell)]:
            if old.exists():
                trash = self.cells_dir / f"{PARTIAL}old-{old.name}-{os.getpid()}"
                os.rename(old, trash)
                shutil.rmtree(trash, ignore_errors=True)
        os.rename(tmp, final)

    def _older(self, cell: Cell) -> list[Path]:
        """Folders of the same task, label, budget and seed under another identity (superseded results)."""
        out = []
        for folder in self.cells_dir.glob(slug(cell.name) + "*"):
            result = self._result(folder)
            if folder.name != cell.id and result is not None and Cell.from_dict(result["cell"]).name == cell.name:
                out.append(folder)
        return out

    def log_session(self, entry: dict[str, Any]) -> None:
        with open(self.root / "sessions.jsonl", "a", encoding="utf-8") as out:
            out.write(json.dumps(to_json(entry)) + "\n")

    # -- reading (a report) ------------------------------------------------

    def planned(self) -> list[Cell]:
        return [Cell.from_dict(c) for c in self._json("plan.json", list) or []]

    def finished(self) -> list[CellFiles]:
        """Every readable cell folder; unreadable ones are listed in ``damaged``."""
        out, self.damaged = [], []
        for folder in sorted(self.cells_dir.glob("*")) if self.cells_dir.is_dir() else []:
            if folder.name.startswith(PARTIAL) or not folder.is_dir():
                continue
            files = self._read(folder)
            if files is None:
                self.damaged.append(folder.name)
            else:
                out.append(files)
        return out

    def finished_seconds(self) -> dict[str, float]:
        """Cell id -> wall seconds, from the finished cells' result.json alone (cheap: no samples read)."""
        out = {}
        for folder in self.cells_dir.glob("*") if self.cells_dir.is_dir() else []:
            result = None if folder.name.startswith(PARTIAL) else self._result(folder)
            if result is not None:
                out[folder.name] = result.get("wall_s") or 0.0
        return out

    def _read(self, folder: Path) -> CellFiles | None:
        """A cell folder's files, or None when absent, incomplete or unreadable."""
        result = self._result(folder)
        if result is None:
            return None
        try:
            with jsonlines.open(folder / "samples.jsonl") as lines:
                records = list(lines)
            config = json.loads((folder / "config.json").read_text())
            return CellFiles(Cell.from_dict(result["cell"]), result, records, config)
        except (OSError, ValueError, KeyError, TypeError, jsonlines.InvalidLineError):
            return None

    @staticmethod
    def _result(folder: Path) -> dict[str, Any] | None:
        try:
            result = json.loads((folder / "result.json").read_text())
            return result if isinstance(result, dict) and isinstance(result.get("cell"), dict) else None
        except (OSError, ValueError):
            return None

    def _json(self, name: str, kind: type):
        """A run file's JSON; a damaged one is a one-line error naming it and the repair."""
        path = self.root / name
        if not path.is_file():
            return None
        try:
            value = json.loads(path.read_text())
        except (OSError, ValueError):
            value = None
        if not isinstance(value, kind):
            raise LcevalError(f"{str(path)!r} is damaged (not the JSON a sweep writes); re-run `lceval sweep` on its config to repair it.")
        return value

    def fingerprint(self) -> dict[str, Any]:
        run = self._json("run.json", dict) or {}
        return run.get("fingerprint") or {}

    def source(self) -> dict[str, Any]:
        """The sweep config as last written."""
        path = self.root / "config.yaml"
        try:
            data = yaml.safe_load(path.read_text()) if path.is_file() else {}
        except (OSError, yaml.YAMLError):
            data = None
        return data if isinstance(data, dict) else {}
