"""What a run folder holds and how to read it (``lceval sweep`` writes it, ``lceval report`` reads it).

Layout::

    <run>/run.json              what the latest invocation shared across cells (model, lengths, ...)
    <run>/config.yaml           the sweep config exactly as written (latest invocation)
    <run>/plan.json             the planned cells, so a partial run knows what is missing
    <run>/sessions.jsonl        one line per invocation: cells run, model calls, wall time
    <run>/responses.sqlite      model responses by request (resume inside a cell)
    <run>/cells/<slug>-<key>/   result.json, samples.jsonl, config.json — written to a
                                temporary folder and renamed, so a cell is all there or absent;
                                <key> hashes the cell's identity
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonlines
import yaml

from ..errors import LcevalError
from .cell import Cell

PARTIAL = ".partial-"  # a cell folder being written (or removed): never read


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


class RunFolder:
    """A run folder, read: its fingerprint, config, planned cells and finished cells."""

    def __init__(self, root: Path):
        self.root = Path(root)
        self.cells_dir = self.root / "cells"
        self.damaged: list[str] = []  # cell folders that could not be read (named by the report)

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
