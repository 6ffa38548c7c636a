"""Shared helpers for the sweep and report tests (the ``baseline`` sweep fixture is in conftest.py)."""

from __future__ import annotations

import json
from pathlib import Path

import yaml

TASKS = ["lceval_ruler_niah_single_1", "lceval_ruler_vt"]  # no data files needed, quick to generate
SMALL = {
    "tasks": TASKS,
    "selectors": ["full", "bm25"],
    "budgets": [128, 1.0],  # 1.0 keeps the whole context: the same prompts as full, served from the cache
    "num_samples": 4,
    "max_seq_length": 1024,
    "chunk_tokens": 64,
    "gen_kwargs": {"max_gen_toks": 12},  # a random model never stops early: keep generations short
}
# Fields that measure time, or how a response was obtained, not what was computed.
TIMING = {"selection_ms", "model_s", "wall_s", "model_calls", "cache_hits", "requests"}


def write_config(folder: Path, **overrides) -> Path:
    path = folder / "sweep.yaml"
    path.write_text(yaml.safe_dump({**SMALL, "model": {"type": "tiny-random"}, "output": "run", **overrides}))
    return path


def cell_records(run: Path) -> dict[str, list[dict]]:
    """Per cell (its readable name, without the identity key that differs between models): records without timing fields."""
    out = {}
    for folder in sorted((run / "cells").iterdir()):
        lines = (folder / "samples.jsonl").read_text().splitlines()
        out[folder.name.rsplit("-", 1)[0]] = [{k: v for k, v in json.loads(line).items() if k not in TIMING} for line in lines]
    return out
