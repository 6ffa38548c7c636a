"""Writing a run folder (a sweep): claim it, record the plan, save each finished cell atomically.

What the folder holds and how it is read is ``lceval.runfolder``; a ``RunStore`` is
a ``RunFolder`` that a sweep also writes.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import time
from pathlib import Path
from typing import Any

import jsonlines
import yaml

from ..cache import atomic_write_text
from ..data import current_sha256
from ..errors import LcevalError
from ..runfolder import PARTIAL, Cell, RunFolder, slug, to_json


class RunStore(RunFolder):
    def __init__(self, root: Path):
        super().__init__(root)
        self._lock = None

    def open(self, fingerprint: dict[str, Any], source: dict[str, Any], cells: list[Cell], shard: dict[str, Any] | None = None) -> None:
        """Claim the folder for this sweep (no other sweep writing) and record what this invocation runs.

        Called only after the config has been validated: a folder is never
        pinned by a failed attempt. Cells are kept by identity, so a changed
        setting does not refuse the folder; it gives the affected cells new folders.
        ``shard``: the shard marker (index, count, whole plan) of a sweep spread over machines.
        """
        self.root.mkdir(parents=True, exist_ok=True)
        self._lock = open(self.root / ".lock", "w")
        try:
            fcntl.flock(self._lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self.close()
            raise LcevalError(f"another sweep is writing to {str(self.root)!r}; wait for it or choose another output.") from None
        created, marker = self._created(), {"shard": to_json(shard)} if shard else {}
        run = {"fingerprint": to_json(fingerprint), "created": created, **marker}
        atomic_write_text(self.root / "run.json", json.dumps(run, indent=2))
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

