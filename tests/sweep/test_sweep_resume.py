"""SIGKILL a sweep in the middle of a cell, run it again: it completes like an uninterrupted run."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from helpers_sweep import cell_records, write_config


def _finished_prompts(run: Path) -> set[str]:
    cells = run / "cells"
    folders = [p for p in cells.iterdir() if not p.name.startswith(".")] if cells.is_dir() else []
    return {json.loads(line)["prompt_sha256"] for p in folders for line in (p / "samples.jsonl").read_text().splitlines()}


def _responses(run: Path) -> int:
    db = run / "responses.sqlite"
    if not db.is_file():
        return 0
    with sqlite3.connect(db, timeout=5) as con:
        try:
            return con.execute("SELECT COUNT(*) FROM responses").fetchone()[0]
        except sqlite3.OperationalError:  # the table is not created yet
            return 0


def _kill_mid_cell(proc: subprocess.Popen, run: Path, timeout: float = 240) -> None:
    """SIGKILL once a cell has saved some responses but is not finished."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        if _responses(run) > len(_finished_prompts(run)):
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
            return
        time.sleep(0.01)
    raise AssertionError(f"never caught the sweep inside a cell (exit code {proc.poll()})")


def test_sigkill_mid_cell_then_rerun_completes_without_recomputing(baseline, tmp_path):
    _, reference, _ = baseline
    model = {"type": "hf", "args": {"pretrained": str(reference / "tiny-model"), "dtype": "float32"}}
    config = write_config(tmp_path, model=model)
    run = tmp_path / "run"
    command = [sys.executable, "-m", "lceval.sweep", str(config), "--no-report"]
    env = {**os.environ, "OMP_NUM_THREADS": "1"}  # as the in-process baseline
    with open(tmp_path / "first.log", "w") as log:
        _kill_mid_cell(subprocess.Popen(command, stdout=log, stderr=log, env=env), run)

    finished = {p.name: p.stat().st_mtime_ns for p in (run / "cells").iterdir() if not p.name.startswith(".")}
    saved = _responses(run)
    assert len(finished) < 6 and saved > len(_finished_prompts(run))  # killed inside a cell

    done = subprocess.run(command, capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr[-2000:]

    for name, mtime in finished.items():  # no finished cell was recomputed
        assert (run / "cells" / name).stat().st_mtime_ns == mtime
    session = json.loads((run / "sessions.jsonl").read_text().splitlines()[-1])
    assert session["cells_run"] == 6 - len(finished)
    records = cell_records(run)
    unique = {r["prompt_sha256"] for rs in records.values() for r in rs}
    assert session["calls"]["model_calls"] == len(unique) - saved  # the partial cell's responses were reused
    assert all(sorted(r["doc_id"] for r in rs) == [0, 1, 2, 3] for rs in records.values())  # none lost or doubled
    assert records == cell_records(reference)  # the same results as the uninterrupted sweep
