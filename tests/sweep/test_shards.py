"""Sweeps spread over machines: --shard i/N splits the cells, `lceval report` merges the shard folders."""

from __future__ import annotations

import json
import shutil

import pytest

from helpers_sweep import TIMING, write_config
from lceval.cli import main
from lceval.errors import LcevalError
from lceval.report import write_report
from lceval.sweep import load_config
from lceval.sweep.plan import plan
from lceval.sweep.shards import Shard, assign, expected_work, shard_cells

RUN_FACTS = TIMING | {"wall_s"}


def test_shard_argument_is_i_of_n():
    assert Shard.parse("2/3") == Shard(2, 3) and Shard.parse("1/1").folder == "shard-1-of-1"
    for bad in ("0/2", "3/2", "1", "a/b", "1/0"):
        with pytest.raises(LcevalError, match="i/N"):
            Shard.parse(bad)


def test_shards_cover_every_cell_once_balanced_by_work(tmp_path):
    cfg = load_config(write_config(tmp_path, tasks=["lceval_ruler_niah_single_1", "lceval_ruler_vt", "lceval_ruler_cwe"],
                                   selectors=["full", "bm25", "oracle"], budgets=[64, 128, 256, 512], seeds=[1, 2]))
    cells = plan(cfg)
    for count in (2, 3, 5):
        parts = [shard_cells(cfg, cells, Shard(i, count)) for i in range(1, count + 1)]
        assert sorted(c.id for p in parts for c in p) == sorted(c.id for c in cells)  # each cell exactly once
        loads = [sum(expected_work(cfg, c) for c in p) for p in parts]
        biggest = max(expected_work(cfg, c) for c in cells)
        assert max(loads) - min(loads) <= biggest  # greedy largest-first: within one cell of even
    assert assign(cfg, cells, 3) == assign(cfg, list(reversed(cells)), 3)  # the same split on every machine


def _comparable(summary: dict) -> dict:
    strip = lambda rows: [{k: v for k, v in r.items() if k not in RUN_FACTS} for r in rows]  # noqa: E731
    return {key: sorted(strip(summary[key]), key=json.dumps) for key in ("cells", "overall", "tasks")}


def test_two_shards_merge_into_the_unsharded_report(baseline, tmp_path, capsys):
    _, run, _ = baseline
    path = write_config(tmp_path)
    for shard in ("1/2", "2/2"):
        assert main(["sweep", str(path), "--shard", shard, "--no-report"]) == 0
    out = tmp_path / "run"
    assert sorted(p.name for p in out.iterdir()) == ["shard-1-of-2", "shard-2-of-2"]
    sizes = [len(list((out / s / "cells").iterdir())) for s in ("shard-1-of-2", "shard-2-of-2")]
    assert sum(sizes) == 6 and min(sizes) >= 2
    assert main(["report", str(out), "--bootstrap", "200", "--no-plots"]) == 0
    merged = json.loads((out / "summary.json").read_text())
    write_report(run, bootstrap_iters=200, plots=False)
    whole = json.loads((run / "summary.json").read_text())
    assert merged["complete"] and merged["cells_planned"] == 6
    assert _comparable(merged) == _comparable(whole)

    # a missing shard's cells are reported as missing, not silently dropped
    shutil.rmtree(out / "shard-2-of-2")
    assert main(["report", str(out), "--bootstrap", "50", "--no-plots"]) == 0
    partial = json.loads((out / "summary.json").read_text())
    assert not partial["complete"] and len(partial["missing"]) == sizes[1]


def test_shards_of_different_runs_are_not_merged(tmp_path, capsys):
    out = tmp_path / "run"
    for i, samples in ((1, 4), (2, 5)):  # the second shard was run with another num_samples
        cfg = load_config(write_config(tmp_path, num_samples=samples, tasks=["lceval_ruler_niah_single_1"], selectors=["full"]))
        from lceval.sweep.store import RunStore

        store = RunStore(out / f"shard-{i}-of-2")
        store.open(cfg.fingerprint(), cfg.source, [], shard=Shard(i, 2).marker(plan(cfg)))
        store.close()
    assert main(["report", str(out)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "cannot merge shard-2-of-2 with shard-1-of-2" in err and "num_samples" in err
